"""Atomic file writes: a temporary file in the same folder, fsync, compare, rename.

A reader (or a crash) sees either the old file or the new one, never half of
one. Writing identical content is skipped, so an unchanged file keeps its
mtime and git sees nothing.

* **Compare before rename.** A writer that read the file first passes what it read
  (``expected``: the :func:`fingerprint` of those bytes, or None for "there was no
  file"). Just before the rename the file is read again; if someone else changed it
  meanwhile, nothing is renamed and :class:`ChangedOnDisk` is raised, so the caller
  merges their version or stops — it never writes over it. On Linux the rename itself
  is checked: the file in place is swapped out (``renameat2`` exchange, see
  :mod:`workbench.util.rename`) rather than unlinked, and if it is not the version just
  compared — an editor that does not take the project lock renamed its copy in after the
  comparison — it is swapped back and :class:`ChangedOnDisk` is raised. Where the system
  cannot exchange, the last look is a single ``stat`` right before the rename, and the
  few microseconds between the two are left open.
* **Symbolic links are written through**: a catalogue that is a link to a file elsewhere
  stays a link, and the file it points to gets the new content.
* **Temporary files** are named ``.NAME.wbPID.XXXX.tmp``; a process killed between the
  write and the rename leaves one behind, and :func:`remove_stale_temps` (run by the next
  command that writes) removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import re
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Final

from workbench.util.errors import WorkbenchError
from workbench.util.files import file_identity, read_regular, try_read_regular
from workbench.util.rename import exchange, rename_noreplace

__all__ = [
    "ANY",
    "ChangedOnDisk",
    "Expected",
    "atomic_write_bytes",
    "atomic_write_text",
    "file_fingerprint",
    "fingerprint",
    "remove_stale_temps",
    "write_target",
]

log = logging.getLogger("workbench.io")


class _Any:
    def __repr__(self) -> str:
        return "ANY"


#: ``expected=ANY``: write whatever the file holds now (no comparison).
ANY: Final = _Any()
#: What a writer expects to find: a fingerprint, None (no file) or ANY.
Expected = str | _Any | None


class ChangedOnDisk(WorkbenchError):
    """The file changed since the writer read it; nothing was written."""


def fingerprint(data: bytes) -> str:
    """What :func:`atomic_write_bytes` compares: a digest of the bytes."""
    return hashlib.sha1(data).hexdigest()


def file_fingerprint(path: str | Path) -> str | None:
    """The :func:`fingerprint` of the file now, or None if it is missing (or not a regular file)."""
    data = try_read_regular(path)
    return None if data is None else fingerprint(data)


def write_target(path: str | Path) -> Path:
    """The file a write to *path* lands in: a symbolic link is followed (and kept)."""
    path = Path(path)
    if not os.path.islink(path):
        return path
    try:
        resolved = Path(os.path.realpath(path, strict=True))
    except FileNotFoundError:
        raise WorkbenchError("broken symbolic link (its target does not exist); not replacing the link",
                             path) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WorkbenchError("symbolic link loop", path) from None
        raise WorkbenchError(f"cannot follow the symbolic link: {exc.strerror or exc}", path) from None
    if resolved.is_dir():
        raise WorkbenchError("is a link to a folder, not a file", path)
    return resolved



def _temp_beside(path: Path, shown: Path) -> tuple[int, str]:
    """A new temporary file in *path*'s folder (made if missing), named so that
    :func:`remove_stale_temp_files` knows it: (descriptor, name)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return tempfile.mkstemp(prefix=f".{path.name}.wb{os.getpid()}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WorkbenchError(f"cannot write: {exc.strerror or exc}", shown) from exc


def _keep_mode(tmp_name: str, path: Path) -> None:
    """Give the temporary file the permissions of the file it replaces (0644 for a new one)."""
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    os.chmod(tmp_name, mode)


@contextlib.contextmanager
def _removed_on_error(tmp_name: str, shown: Path) -> Iterator[None]:
    """Remove the temporary file when the block fails; an OSError becomes a WorkbenchError."""
    try:
        yield
    except WorkbenchError:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WorkbenchError(f"cannot write: {exc.strerror or exc}", shown) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise

def _rename_if_unchanged(tmp_name: str, path: Path, expected: str | None, shown: Path) -> bool:
    """Put the temporary file in place only if *path* still holds the *expected* version, with no
    gap between the last look and the rename: the old file is swapped out rather than unlinked
    and compared where it lands. False where the system has no ``renameat2`` (nothing done)."""
    if expected is None:
        try:
            return rename_noreplace(tmp_name, path)
        except FileExistsError:
            raise ChangedOnDisk("created on disk while it was being written; not overwriting it", shown) from None
    try:
        if not exchange(tmp_name, path):
            return False
    except FileNotFoundError:
        raise ChangedOnDisk("removed on disk while it was being written; not writing it", shown) from None
    displaced = read_regular(tmp_name)
    if displaced is not None and fingerprint(displaced[0]) == expected:
        os.unlink(tmp_name)
        return True
    _put_back(tmp_name, path)
    raise ChangedOnDisk("changed on disk while it was being written; not overwriting it", shown)


def _inode(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _put_back(tmp_name: str, path: Path) -> None:
    """Another writer's version came out at *tmp_name* in an exchange: swap it back in. Should
    yet another version have landed on *path* meanwhile, that one comes out instead, and it is
    the newest: swap again, until what comes out is what was swapped in."""
    put_in = _inode(path)
    for _ in range(100):
        try:
            swapped = exchange(tmp_name, path)
        except OSError:
            swapped = False
        if not swapped:
            os.replace(tmp_name, path)   # theirs back in place, ours dropped
            return
        if _inode(tmp_name) == put_in:
            return
        put_in = _inode(path)
    os.replace(tmp_name, path)


def atomic_write_bytes(path: str | Path, data: bytes, *, skip_if_same: bool = True,
                       expected: Expected = ANY) -> bool:
    """Write *data* to *path* atomically. Return True if the file changed.

    *expected*: the fingerprint of the content the caller read (None: it read no file);
    if the file holds something else just before the rename, :class:`ChangedOnDisk` is
    raised and nothing is written.
    """
    shown = Path(path)
    path = write_target(path)
    current: bytes | None = None
    if skip_if_same or expected is not ANY:
        current = try_read_regular(path)
        if skip_if_same and current == data:
            log.debug("unchanged %s", shown)
            return False
        if expected is not ANY and (None if current is None else fingerprint(current)) != expected:
            raise ChangedOnDisk("changed on disk since it was read; not overwriting it", shown)
    if os.path.lexists(path) and not path.is_file() and not os.path.islink(path):
        raise WorkbenchError("is not a regular file; not replacing it", shown)
    folder = path.parent
    fd, tmp_name = _temp_beside(path, shown)
    with _removed_on_error(tmp_name, shown):
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(tmp_name, path)
        if expected is ANY:
            os.replace(tmp_name, path)
        else:
            # compared again before the swap, though the swap compares too: a save that landed while
            # the temporary file was written and fsynced (milliseconds) is refused here, before ours
            # is ever in place; only one in the last microseconds reaches the swap back
            found = read_regular(path)
            if (None if found is None else fingerprint(found[0])) != expected:
                raise ChangedOnDisk("changed on disk while it was being written; not overwriting it", shown)
            if not _rename_if_unchanged(tmp_name, path, expected, shown):
                # no renameat2 here: the last look, a single stat right before the rename
                if file_identity(path) != (None if found is None else found[1]):
                    raise ChangedOnDisk("changed on disk while it was being written; not overwriting it", shown)
                os.replace(tmp_name, path)
    _fsync_folder(folder)
    log.info("wrote %s", shown)
    return True


def atomic_write_text(path: str | Path, text: str, *, skip_if_same: bool = True,
                      expected: Expected = ANY, encoding: str = "utf-8") -> bool:
    """Write *text* atomically, UTF-8 unless *encoding* says otherwise. Return True if the file changed."""
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise WorkbenchError(f"cannot write: the text holds {text[exc.start]!r}, which "
                             f"{'UTF-8' if encoding == 'utf-8' else encoding} cannot encode (a lone surrogate)",
                             path) from None
    return atomic_write_bytes(path, data, skip_if_same=skip_if_same, expected=expected)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_TEMP_RE = re.compile(r"\..+?\.(?:wb(\d+)\.)?[A-Za-z0-9_]{8}\.tmp\Z", re.S)
#: A temporary file this old is left over whatever its process id says (ids are reused).
STALE_AFTER_SECONDS = 3600.0


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:       # EPERM: it exists, owned by someone else
        return True
    return True


def remove_stale_temps(folder: Path, *, recursive: bool = False, now: float | None = None) -> list[Path]:
    """Delete the temporary files an interrupted write left in *folder*; return them.

    A temporary file is stale when the process that made it is gone, or when it is older
    than :data:`STALE_AFTER_SECONDS`; one that a running writer is still filling is left.
    """
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                if recursive and not entry.name.startswith("."):
                    removed.extend(remove_stale_temps(Path(entry.path), recursive=True, now=now))
                continue
            match = _TEMP_RE.match(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            age = now - entry.stat(follow_symlinks=False).st_mtime
            pid = int(match.group(1)) if match.group(1) else None
            if (pid is not None and not _process_alive(pid)) or age > STALE_AFTER_SECONDS:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
                log.info("removed %s (left by an interrupted write)", entry.path)
        except OSError:
            continue
    return removed


@contextlib.contextmanager
def atomic_text_writer(path: str | Path) -> Iterator[IO[str]]:
    """A UTF-8 text stream that replaces *path* atomically when the block ends without an error
    (for files too large to build in memory first, such as a memory's TMX export).

    On an error the temporary file is removed and *path* is left as it was.
    """
    shown = Path(path)
    path = write_target(path)
    folder = path.parent
    fd, tmp_name = _temp_beside(path, shown)
    with _removed_on_error(tmp_name, shown):
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(tmp_name, path)
        os.replace(tmp_name, path)
    _fsync_folder(folder)
