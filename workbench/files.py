"""Reading the user's files, with every failure turned into one clear error."""

from __future__ import annotations

from pathlib import Path

from workbench.errors import WorkbenchError


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
