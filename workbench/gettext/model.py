"""The gettext catalogue in memory: :class:`Message`, :class:`Catalogue`, header metadata
and the order GNU gettext writes flags in. Knows nothing about files
(reading is :mod:`.parse`, writing :mod:`.write` and :mod:`.mo`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "FUZZY",
    "TRANSLATED",
    "UNTRANSLATED",
    "Catalogue",
    "Message",
    "canonical_flags",
    "format_metadata",
    "message_status",
    "parse_metadata",
]

TRANSLATED, FUZZY, UNTRANSLATED = "translated", "fuzzy", "untranslated"


@dataclass(slots=True)
class Message:
    msgid: str
    msgstr: str = ""
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr_plural: dict[int, str] = field(default_factory=dict)
    flags: list[str] = field(default_factory=list)
    references: list[tuple[str, int | None]] = field(default_factory=list)
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    previous_msgctxt: str | None = None
    previous_msgid: str | None = None
    obsolete: bool = False
    lineno: int | None = field(default=None, compare=False)
    previous_msgid_plural: str | None = None  # "#| msgid_plural" (extension of the contract)

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @fuzzy.setter
    def fuzzy(self, value: bool) -> None:
        if value and "fuzzy" not in self.flags:
            self.flags.insert(0, "fuzzy")
        elif not value:
            self.flags[:] = [f for f in self.flags if f != "fuzzy"]

    @property
    def first_msgstr(self) -> str:
        """msgstr, or msgstr[0] of a plural message (what msgfmt looks at)."""
        if self.msgid_plural is not None:
            return self.msgstr_plural.get(0, "")
        return self.msgstr

    @property
    def translated(self) -> bool:
        """Counted as translated by ``msgfmt --statistics`` (and compiled into the MO)."""
        return bool(self.first_msgstr) and not self.fuzzy

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)


@dataclass
class Catalogue:
    path: Path | None = field(default=None, compare=False)
    header_comments: list[str] = field(default_factory=list)
    header_flags: list[str] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)
    has_header: bool = True
    header_lineno: int | None = field(default=None, compare=False)   # where the header's msgid was read
    #: :func:`workbench.util.atomic.fingerprint` of the bytes it was read from (compare before rename)
    fingerprint: str | None = field(default=None, compare=False, repr=False)
    _index: dict[tuple[str | None, str], Message] | None = field(default=None, init=False, repr=False, compare=False)
    _index_len: int = field(default=-1, init=False, repr=False, compare=False)

    def _build_index(self) -> dict[tuple[str | None, str], Message]:
        index: dict[tuple[str | None, str], Message] = {}
        for m in self.messages:
            k = (m.msgctxt, m.msgid)
            old = index.get(k)
            if old is None or (old.obsolete and not m.obsolete):
                index[k] = m
        self._index = index
        self._index_len = len(self.messages)
        return index


    def get(self, msgid: str, msgctxt: str | None = None) -> Message | None:
        """The live message with this key (or the obsolete one if no live one). O(1)."""
        index = self._index
        if index is None or self._index_len != len(self.messages):
            index = self._build_index()
        m = index.get((msgctxt, msgid))
        if m is not None and (m.msgid != msgid or m.msgctxt != msgctxt):
            m = self._build_index().get((msgctxt, msgid))
        return m

    def live(self) -> list[Message]:
        return [m for m in self.messages if not m.obsolete]

    def obsolete(self) -> list[Message]:
        return [m for m in self.messages if m.obsolete]

    @property
    def header_fuzzy(self) -> bool:
        return "fuzzy" in self.header_flags


def parse_metadata(text: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in text.split("\n"):
        if not line:
            continue
        key, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        meta[key] = value
    return meta


def format_metadata(meta: dict[str, str]) -> str:
    return "".join(f"{k}: {v}\n" for k, v in meta.items())


_GNU_FORMATS = [
    "c", "objc", "python", "python-brace", "java", "java-printf", "csharp",
    "javascript", "scheme", "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua",
    "object-pascal", "smalltalk", "qt", "qt-plural", "kde", "kde-kuit", "boost",
    "tcl", "perl", "perl-brace", "php", "gcc-internal", "gfc-internal", "ycp",
]
_FLAG_ORDER: dict[str, int] = {"fuzzy": 0}
for _i, _f in enumerate(_GNU_FORMATS):
    _FLAG_ORDER[f"{_f}-format"] = 10 + 3 * _i
    _FLAG_ORDER[f"possible-{_f}-format"] = 10 + 3 * _i
    _FLAG_ORDER[f"no-{_f}-format"] = 10 + 3 * _i
_FLAG_ORDER["wrap"] = 1001
_FLAG_ORDER["no-wrap"] = 1001


def _flag_rank(flag: str) -> int:
    r = _FLAG_ORDER.get(flag)
    if r is not None:
        return r
    if flag.startswith("range:"):
        return 1000
    return 2000


def _flag_group(flag: str) -> str:
    """Flags that GNU stores in one slot (the last one read wins)."""
    if flag in ("wrap", "no-wrap"):
        return "wrap"
    if flag.startswith("range:"):
        return "range"
    if flag.endswith("-format"):
        base = flag[:-7]
        for prefix in ("no-", "possible-", "impossible-"):
            if base.startswith(prefix):
                base = base[len(prefix):]
                break
        return "format:" + base
    return flag


def canonical_flags(flags: list[str]) -> list[str]:
    """Flags in the order GNU writes them (unknown ones last); for contradicting
    flags (``wrap``/``no-wrap``, ``x-format``/``no-x-format``) the last wins."""
    slots: dict[str, str] = {}
    for f in flags:
        if f:
            slots[_flag_group(f)] = f
    return sorted(dict.fromkeys(slots.values()), key=_flag_rank)


def message_status(message: Message | None) -> str:
    """"translated", "fuzzy" or "untranslated", as ``msgfmt --statistics`` counts.

    A message marked fuzzy but with no translation is untranslated; a missing
    message (None) is untranslated. Every progress figure (stats, compile, the
    UI) classifies through this one function.
    """
    if message is None or not message.first_msgstr:
        return UNTRANSLATED
    return FUZZY if message.fuzzy else TRANSLATED
