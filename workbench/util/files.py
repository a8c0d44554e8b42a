"""Reading the user's files, with every failure turned into one clear error."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from workbench.util.errors import WorkbenchError


def read_input(path: str | Path, shown: str | Path | None = None) -> bytes:
    """The bytes of *path*; a missing, unreadable or wrong kind of file is a WorkbenchError.

    *shown* is the path to print in the message (e.g. relative to the project).
    """
    path = Path(path)
    shown = path if shown is None else shown
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise WorkbenchError("no such file", shown) from None
    except IsADirectoryError:
        raise WorkbenchError("is a folder, not a file", shown) from None
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror or exc}", shown) from None


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
