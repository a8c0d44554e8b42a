"""Writing a catalogue back that someone may have saved since it was read (an editor, the UI).

:func:`write_po_keeping_saves` compares before the rename: if the file is not what was read, it
is read again and the caller's change applied to it anew, so a save made meanwhile is kept.
(``workbench update`` has its own loop: it re-merges whole files as bytes.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.util.atomic import ChangedOnDisk, atomic_write_text
from workbench.util.errors import WorkbenchError

from .model import Catalogue
from .parse import read_po
from .write import format_po

#: times a catalogue that changed on disk meanwhile is read again and the change reapplied
RETRIES = 5


def write_po_keeping_saves(path: Path, catalogue: Catalogue, reapply: Callable[[Catalogue], None], *,
                           during: str, again: str) -> None:
    """Write *catalogue* (read from *path*) unless the file changed since it was read; then read it
    again, let *reapply* make the change on the fresh catalogue, and try again. After
    :data:`RETRIES` tries, nothing is written: ``kept changing on disk during {during}``."""
    for _attempt in range(RETRIES):
        try:
            atomic_write_text(path, format_po(catalogue), expected=catalogue.fingerprint)
            return
        except ChangedOnDisk:
            catalogue = read_po(path)
            reapply(catalogue)
    raise WorkbenchError(f"kept changing on disk during {during} ({RETRIES} tries); not overwritten: "
                         f"{again} when nobody is saving it", path)
