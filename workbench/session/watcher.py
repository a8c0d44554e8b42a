"""Noticing files changed on disk by someone else, and merging their catalogue with our edits.

:class:`FileStamps` remembers what we last read or wrote of every file (mtime, size and a
SHA-1 of the bytes), so our own writes are never taken for someone else's.
:func:`merge_reloaded` is the three-way merge, message by message: for each message the
translator changed since the file was read (a :class:`LocalEdit`: its base and its value),
the message on disk is compared with the base. Unchanged there (a writer with an older
copy of the file): our edit is re-applied. Changed there too: theirs stays (it is what the
file says); if our edit was not on disk yet it is returned as a :class:`Conflict`, for the
session to keep as a draft — never written over theirs, never lost. If our edit had already
been saved, theirs is simply the newer version of the message and our edit is done with.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path

from workbench.gettext import Catalogue, Message

from .records import Conflict, LocalEdit, Stamp


class FileStamps:
    """What we last saw of each file; thread-safe."""

    def __init__(self) -> None:
        self._stamps: dict[Path, Stamp | None] = {}
        self._lock = threading.Lock()

    def remember(self, path: Path, stamp: Stamp | None) -> None:
        with self._lock:
            self._stamps[path] = stamp

    def get(self, path: Path) -> Stamp | None:
        with self._lock:
            return self._stamps.get(path)

    def changed(self, path: Path) -> bool:
        """Whether *path* differs from what we last read or wrote (content, not just mtime)."""
        old = self.get(path)
        try:
            st = path.stat()
        except OSError:
            return old is not None and path.exists()
        if old is not None and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
            return False
        fresh = Stamp.of(path)
        if fresh is None:
            return False
        if old is not None and old.digest == fresh.digest:
            self.remember(path, fresh)
            return False
        return True


@dataclass
class MergeResult:
    reapplied: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    superseded: int = 0         # our saved edits that someone changed again after us


def apply_translation(message: Message, text: str, fuzzy: bool) -> None:
    """Set a message's text and fuzzy flag; confirming drops the ``#|`` previous msgid."""
    message.msgstr = text
    message.fuzzy = bool(fuzzy and text)
    if not message.fuzzy:
        message.previous_msgid = None
        message.previous_msgctxt = None


def merge_reloaded(fresh: Catalogue, edits: dict[str, LocalEdit]) -> MergeResult:
    """Re-apply our *edits* to *fresh* (the catalogue as now on disk); conflicting edits leave *edits*."""
    result = MergeResult()
    for msgid, edit in list(edits.items()):
        message = fresh.get(msgid)
        if message is None:
            continue
        disk = (message.msgstr, message.fuzzy)
        if disk == edit.value:
            continue
        if disk == edit.base:
            # the other writer had an older copy of this message: keep ours
            apply_translation(message, *edit.value)
            result.reapplied += 1
        elif edit.saved:
            # they changed it after our confirm reached the file: theirs is the newer version
            result.superseded += 1
            del edits[msgid]
        else:
            # they changed it too before our confirm was saved: theirs is what the file says;
            # ours is never dropped but becomes a draft over theirs, to confirm again
            result.conflicts.append(Conflict(msgid, edit.value[0], message.msgstr))
            del edits[msgid]
    return result
