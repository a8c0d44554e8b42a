"""The small records the session's parts exchange and report to the UI."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path

from workbench.checks import Finding
from workbench.gettext import Message
from workbench.glossary import Referent


@dataclass(frozen=True, slots=True)
class Stamp:
    """What we last saw of a file on disk."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> Stamp | None:
        try:
            st = path.stat()
            data = path.read_bytes()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha1(data).hexdigest())

    @classmethod
    def of_bytes(cls, path: Path, data: bytes) -> Stamp | None:
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha1(data).hexdigest())


@dataclass(slots=True)
class LocalEdit:
    """The translator's change to one message: what it was, what they made it, and whether
    that is on disk yet."""

    base: tuple[str, bool]    # (msgstr, fuzzy) before the edit
    value: tuple[str, bool]   # (msgstr, fuzzy) after the edit
    saved: bool = False       # written to the catalogue file


@dataclass(frozen=True, slots=True)
class MessageState:
    """What a confirm may change in a message: its text, flags and the ``#|`` previous msgid."""

    msgstr: str
    flags: tuple[str, ...]
    previous_msgctxt: str | None
    previous_msgid: str | None
    previous_msgid_plural: str | None

    @classmethod
    def of(cls, message: Message) -> MessageState:
        return cls(message.msgstr, tuple(message.flags), message.previous_msgctxt, message.previous_msgid,
                   message.previous_msgid_plural)

    def apply(self, message: Message) -> None:
        message.msgstr = self.msgstr
        message.flags[:] = list(self.flags)
        message.previous_msgctxt = self.previous_msgctxt
        message.previous_msgid = self.previous_msgid
        message.previous_msgid_plural = self.previous_msgid_plural


@dataclass(frozen=True, slots=True)
class Draft:
    """An unconfirmed edit of one message, journalled so that a crash does not lose it."""

    document: str
    language: str
    msgid: str
    text: str
    timestamp: float

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.document, self.language, self.msgid)


@dataclass(frozen=True, slots=True)
class Conflict:
    """A message both the translator and someone else changed: theirs was kept, ours became a draft."""

    msgid: str
    yours: str
    theirs: str


@dataclass(frozen=True, slots=True)
class Change:
    """Something the session noticed on disk (for the UI to report)."""

    kind: str                 # "catalogue" | "glossary" | "source" | "error"
    path: str
    message: str
    document: str | None = None
    language: str | None = None
    conflicts: tuple[str, ...] = ()          # msgids (details in ``kept``)
    kept: tuple[Conflict, ...] = ()          # our text of each conflict, now a draft


@dataclass(frozen=True, slots=True)
class NameHit:
    """A glossary name found in a source segment."""

    start: int
    end: int
    text: str
    referent: Referent
    deprecated: bool = False


@dataclass(frozen=True, slots=True)
class Located:
    """A check finding and the segment it was found in."""

    document: str
    language: str | None      # None: a finding about the English source
    index: int
    finding: Finding


@dataclass(slots=True)
class Progress:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    def add(self, status: str, count: int = 1) -> None:
        """Count *count* segments of *status* (translated, fuzzy or untranslated)."""
        if status == "translated":
            self.translated += count
        elif status == "fuzzy":
            self.fuzzy += count
        else:
            self.untranslated += count


class ProblemLog:
    """Problems found in a worker (loading, reloading) for the UI to take and show; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: list[str] = []

    def add(self, text: str) -> None:
        with self._lock:
            self._items.append(text)

    def take(self) -> list[str]:
        with self._lock:
            items, self._items = self._items, []
        return items

    def peek(self) -> list[str]:
        with self._lock:
            return list(self._items)


def short(text: str, limit: int = 40) -> str:
    """*text* on one line, cut to *limit* characters with an ellipsis."""
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 1] + "…"
