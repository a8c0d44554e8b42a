"""Reading the user's files, with every failure turned into one clear error.

:func:`read_input` is the one reader of user files (sources, catalogues, the glossary,
settings, imported termbases). It opens without blocking and refuses anything that is not a
regular file *before* reading a byte, so a named pipe, ``/dev/zero`` or a terminal given as a
catalogue is an error, never a hang; and it caps the size, so a runaway file is an error,
never an exhausted memory. Every read is logged on the ``workbench.io`` logger (``-v``).
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from pathlib import Path

from workbench.util.errors import WorkbenchError

__all__ = ["MAX_INPUT_BYTES", "Identity", "catalogue_exists", "describe_size", "file_identity", "file_kind",
           "read_input", "read_regular", "try_read_regular"]

#: The largest user file read (256 MiB, or ``WORKBENCH_MAX_INPUT_MB`` megabytes): a 100k-segment
#: catalogue is about 64 MB, a 20 MB document is a book.
MAX_INPUT_BYTES = int(float(os.environ.get("WORKBENCH_MAX_INPUT_MB", "256")) * 1024 * 1024)

log = logging.getLogger("workbench.io")

_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def file_kind(mode: int) -> str:
    """What a non-regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def describe_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def _open_error(exc: OSError, path: Path, shown: str | Path) -> WorkbenchError:
    if exc.errno == errno.ENOENT:
        if os.path.islink(path):
            return WorkbenchError("broken symbolic link (its target does not exist)", shown)
        return WorkbenchError("no such file", shown)
    if exc.errno == errno.EISDIR:
        return WorkbenchError("is a folder, not a file", shown)
    if exc.errno == errno.ELOOP:
        return WorkbenchError("symbolic link loop", shown)
    if exc.errno == errno.ENXIO:
        return WorkbenchError("not a regular file (a socket or a device without a reader)", shown)
    return WorkbenchError(f"cannot read: {exc.strerror or exc}", shown)


def check_regular(path: str | Path, shown: str | Path | None = None) -> None:
    """Refuse, as :func:`read_input` does, what is not a regular file — a folder, a named pipe
    (whose reader would wait forever), a device — before a streaming reader opens it."""
    shown = path if shown is None else shown
    try:
        st = os.stat(path)
    except OSError as exc:
        raise _open_error(exc, Path(path), shown) from None
    _refuse_irregular(st.st_mode, shown)


def _refuse_irregular(mode: int, shown: str | Path) -> None:
    """A folder, a pipe, a device… is refused with what it is."""
    if not stat.S_ISREG(mode):
        kind = file_kind(mode)
        if kind == "a folder":
            raise WorkbenchError("is a folder, not a file", shown)
        raise WorkbenchError(f"not a regular file ({kind}): refusing to read it", shown)


def read_input(path: str | Path, shown: str | Path | None = None, *, limit: int | None = None) -> bytes:
    """The bytes of *path*; a missing, unreadable, non-regular or too large file is a WorkbenchError.

    *shown* is the path to print in the message (e.g. relative to the project); *limit* the
    largest size accepted (default :data:`MAX_INPUT_BYTES`).
    """
    path = Path(path)
    shown = path if shown is None else shown
    limit = MAX_INPUT_BYTES if limit is None else limit
    try:
        fd = os.open(path, _FLAGS)
    except OSError as exc:
        raise _open_error(exc, path, shown) from None
    try:
        st = os.fstat(fd)
        _refuse_irregular(st.st_mode, shown)
        if st.st_size > limit:
            raise WorkbenchError(f"too large to read ({describe_size(st.st_size)}; the limit is "
                                 f"{describe_size(limit)}, WORKBENCH_MAX_INPUT_MB)", shown)
        chunks: list[bytes] = []
        total = 0
        want = max(st.st_size, 1 << 16)
        while True:
            try:
                chunk = os.read(fd, min(want, limit + 1 - total))
            except BlockingIOError:      # pragma: no cover - regular files never block
                continue
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:            # it grew while we read it
                raise WorkbenchError(f"too large to read (more than {describe_size(limit)}, "
                                     "WORKBENCH_MAX_INPUT_MB)", shown)
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror or exc}", shown) from None
    finally:
        os.close(fd)
    log.info("read %s", shown)
    return b"".join(chunks)


#: What tells one version of a file from another without reading it: a rename puts another inode
#: there, a write in place moves the change time (kept to the nanosecond).
Identity = tuple[int, int, int, int, int]


def _identity(st: os.stat_result) -> Identity:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def file_identity(path: str | Path) -> Identity | None:
    """The :data:`Identity` of the file at *path* now (None if there is none); one ``stat``."""
    try:
        return _identity(os.stat(path))
    except OSError:
        return None


def read_regular(path: str | Path) -> tuple[bytes, Identity] | None:
    """The bytes of *path* and the identity of what was read, if it is a readable regular file;
    else None. Never blocks, never raises.

    For looking at a file that may be anything (comparing before a rename, stamping a file
    to notice changes): a pipe put in place of a catalogue must not hang the reader.
    """
    try:
        fd = os.open(path, _FLAGS)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > MAX_INPUT_BYTES:
            return None
        chunks: list[bytes] = []
        while True:
            chunk = os.read(fd, max(st.st_size, 1 << 16))
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks), _identity(os.fstat(fd))
    except OSError:
        return None
    finally:
        os.close(fd)


def try_read_regular(path: str | Path) -> bytes | None:
    """The bytes of *path* if it is a readable regular file, else None (see :func:`read_regular`)."""
    found = read_regular(path)
    return None if found is None else found[0]


def catalogue_exists(path: Path) -> bool:
    """Whether a catalogue or template is there to read; a broken or looping link is an error.

    ``Path.exists()`` is False for both, and treating them as missing would
    replace the user's link with a new file.
    """
    if path.exists():
        return True
    if not os.path.lexists(path):
        return False
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WorkbenchError("symbolic link loop", path) from None
        if isinstance(exc, FileNotFoundError):
            raise WorkbenchError("broken symbolic link (its target does not exist)", path) from None
        raise WorkbenchError(f"cannot read: {exc.strerror or exc}", path) from None
    return True
