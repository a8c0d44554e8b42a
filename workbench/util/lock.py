"""The project lock: one writer at a time among workbench processes.

Commands that write (``update``, ``compile``, ``glossary import``, ``check --accept-variants``)
and the terminal UI's saves hold ``.workbench/lock`` while they write. The lock is an
advisory ``flock`` on that file, which the kernel releases when the holder exits — even on
``kill -9`` — so a lock left by a dead process is never in the way: the next command takes
it over (and with ``-v`` says it did). The file also names its holder (process id, host,
command, start time) so a command that finds the lock taken says who has it.

Where ``flock`` is not available (no ``fcntl``, or a file system without locks), the file is
created exclusively instead and a lock whose process is gone (same host) is recovered.

Within one process the lock is re-entrant: the UI's ``update`` saves first, under the same lock.
Editors outside the workbench do not take it; for them, writes compare before they rename
(:mod:`workbench.util.atomic`).
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from workbench.util.errors import WorkbenchError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

__all__ = ["LOCK_NAME", "ProjectLocked", "project_lock"]

log = logging.getLogger("workbench.io")

LOCK_NAME = ".workbench/lock"
_POLL_SECONDS = 0.05


class ProjectLocked(WorkbenchError):
    """Another workbench process is writing the project."""


class _Held:
    def __init__(self, fd: int | None, path: Path) -> None:
        self.fd = fd
        self.path = path
        self.count = 1


_held: dict[str, _Held] = {}
_held_lock = threading.Lock()


def _describe(info: str) -> str:
    """'pid 123 on host, `workbench update`, since 12:00:01' from the lock file's content."""
    fields = dict(part.split("=", 1) for part in info.split("\n") if "=" in part)
    parts = []
    if fields.get("pid"):
        parts.append(f"pid {fields['pid']}" + (f" on {fields['host']}" if fields.get("host") else ""))
    if fields.get("command"):
        parts.append(f"`{fields['command']}`")
    if fields.get("since"):
        with contextlib.suppress(ValueError, OverflowError, OSError):
            parts.append("since " + time.strftime("%H:%M:%S", time.localtime(float(fields["since"]))))
    return ", ".join(parts) or "holder unknown"


def _holder_text(command: str) -> str:
    return f"pid={os.getpid()}\nhost={socket.gethostname()}\ncommand={command}\nsince={time.time():.0f}\n"


def _read(fd: int) -> str:
    with contextlib.suppress(OSError):
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 4096).decode("utf-8", "replace")
    return ""


def _write(fd: int, text: str) -> None:
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode("utf-8"))


def _ensure_folder(folder: Path) -> None:
    if folder.is_dir():
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# workbench's private state (drafts journal, lock)\n*\n", encoding="utf-8")
    except OSError as exc:
        raise WorkbenchError(f"cannot create the lock folder: {exc.strerror or exc}", folder) from None


def _alive(info: str) -> bool:
    fields = dict(part.split("=", 1) for part in info.split("\n") if "=" in part)
    if fields.get("host") and fields["host"] != socket.gethostname():
        return True       # cannot tell: assume it is alive
    try:
        os.kill(int(fields.get("pid", "")), 0)
    except (ValueError, ProcessLookupError):
        return False
    except OSError:
        return True
    return True


def _acquire_flock(path: Path, command: str, deadline: float) -> int:
    assert fcntl is not None
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    except OSError as exc:
        raise WorkbenchError(f"cannot open the project lock: {exc.strerror or exc}", path) from None
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = _describe(_read(fd))
                os.close(fd)
                raise ProjectLocked(f"another workbench is writing this project ({holder}); "
                                    "try again when it has finished", path) from None
            time.sleep(_POLL_SECONDS)
        except OSError:
            os.close(fd)
            raise
    previous = _read(fd)
    if previous.strip():
        log.info("recovered %s: its holder (%s) is gone", path, _describe(previous))
    _write(fd, _holder_text(command))
    return fd


def _acquire_exclusive(path: Path, command: str, deadline: float) -> None:
    """The fallback without flock: create the file exclusively; recover it from a dead holder."""
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            try:
                info = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                info = ""
            if info and not _alive(info):
                log.info("recovered %s: its holder (%s) is gone", path, _describe(info))
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            if time.monotonic() >= deadline:
                raise ProjectLocked(f"another workbench is writing this project ({_describe(info)}); "
                                    f"try again when it has finished (or delete {path.name} if no "
                                    "workbench is running)", path) from None
            time.sleep(_POLL_SECONDS)
            continue
        except OSError as exc:
            raise WorkbenchError(f"cannot create the project lock: {exc.strerror or exc}", path) from None
        try:
            os.write(fd, _holder_text(command).encode("utf-8"))
        finally:
            os.close(fd)
        return


@contextlib.contextmanager
def project_lock(root: Path, command: str, *, wait: float = 5.0) -> Iterator[Path]:
    """Hold the lock of the project in *root* for the block; wait up to *wait* seconds for it.

    Raises :class:`ProjectLocked` (naming the holder) when another process keeps it longer.
    """
    path = Path(root) / LOCK_NAME
    key = os.path.realpath(path)
    with _held_lock:       # held while acquiring: no other thread of ours can be holding it then
        held = _held.get(key)
        if held is not None:
            held.count += 1
        else:
            _ensure_folder(path.parent)
            deadline = time.monotonic() + wait
            fd: int | None = None
            try:
                fd = _acquire_flock(path, command, deadline) if fcntl is not None else None
            except OSError as exc:
                if exc.errno not in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
                    raise WorkbenchError(f"cannot lock the project: {exc.strerror or exc}", path) from None
                fd = None
            if fd is None:
                _acquire_exclusive(path, command, deadline)
            held = _held[key] = _Held(fd, path)
    try:
        yield path
    finally:
        with _held_lock:
            held.count -= 1
            last = held.count == 0
            if last:
                del _held[key]
        if last:
            if held.fd is not None:
                _write(held.fd, "")
                os.close(held.fd)          # releases the flock
            else:
                with contextlib.suppress(OSError):
                    path.unlink()
