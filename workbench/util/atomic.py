"""Atomic file writes: a temporary file in the same folder, fsync, rename.

A reader (or a crash) sees either the old file or the new one, never half of
one. Writing identical content is skipped, so an unchanged file keeps its
mtime and git sees nothing.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from workbench.util.errors import WorkbenchError


def atomic_write_bytes(path: str | Path, data: bytes, *, skip_if_same: bool = True) -> bool:
    """Write *data* to *path* atomically. Return True if the file changed."""
    path = Path(path)
    if skip_if_same:
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                return False
        except FileNotFoundError:
            pass
        except OSError as exc:  # unreadable existing file: fall through and try to replace it
            del exc
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WorkbenchError(f"cannot write: {exc.strerror or exc}", path) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WorkbenchError(f"cannot write: {exc.strerror or exc}", path) from exc
    _fsync_folder(folder)
    return True


def atomic_write_text(path: str | Path, text: str, *, skip_if_same: bool = True) -> bool:
    """Write *text* as UTF-8 atomically. Return True if the file changed."""
    return atomic_write_bytes(path, text.encode("utf-8"), skip_if_same=skip_if_same)


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


@contextlib.contextmanager
def atomic_text_writer(path: str | Path) -> Iterator[IO[str]]:
    """A UTF-8 text stream that replaces *path* atomically when the block ends without an error
    (for files too large to build in memory first, such as a memory's TMX export).

    On an error the temporary file is removed and *path* is left as it was.
    """
    path = Path(path)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WorkbenchError(f"cannot write: {exc.strerror or exc}", path) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            mode = 0o644
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise WorkbenchError(f"cannot write: {exc.strerror or exc}", path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(folder)
