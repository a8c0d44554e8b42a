"""One document in one edition language: its segments with their translations, the
blocks they are laid out in, its title and what the colophon says about it.

Every renderer (HTML, bilingual, EPUB, the source-format text) reads an
:class:`Edition`; none of them looks at catalogues or documents again.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from workbench.gettext import FUZZY, TRANSLATED, UNTRANSLATED, Catalogue, message_status
from workbench.text.documents import Document, Segment

from .languages import EditionLanguage
from .structure import block_kind, derived_title, heading_levels, is_origin, list_ordered

__all__ = [
    "CatalogueInfo",
    "Edition",
    "EditionBlock",
    "EditionSegment",
    "Translations",
    "build_edition",
    "catalogue_info",
    "fit_translation",
    "one_line",
    "translations_of",
]


@dataclass(frozen=True, slots=True)
class EditionSegment:
    """One sentence of the source and what the edition prints for it."""

    index: int
    line: int                  # line of the segment in the source file
    source: str                # the English text, line breaks folded (the msgid)
    translation: str | None    # in the edition's script; None = untranslated or fuzzy
    status: str                # TRANSLATED, FUZZY or UNTRANSLATED
    draft: str | None = None   # a fuzzy message's translation (shown to reviewers only)
    po_line: int | None = None  # where the message is in the catalogue

    @property
    def text(self) -> str:
        """What a reader sees: the translation, else the English source."""
        return self.translation if self.translation is not None else self.source


@dataclass(frozen=True, slots=True)
class EditionBlock:
    """A heading, paragraph, list item, byline, caption, web-page leftover or separator."""

    kind: str
    line: int
    segments: tuple[EditionSegment, ...]
    level: int = 0          # headings: 1 is the title, 2 the sections
    ordered: bool = False   # list items: numbered


@dataclass(frozen=True)
class CatalogueInfo:
    """What the catalogue's header says about the translation."""

    path: str | None = None              # relative to the project
    revised: datetime | None = None      # PO-Revision-Date
    draft: bool = False
    team: str = ""


@dataclass(frozen=True)
class Translations:
    """A catalogue's messages by msgid: translated ones, and fuzzy ones (with their draft)."""

    done: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    fuzzy: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    lines: dict[str, int | None] = field(default_factory=dict)


@dataclass
class Edition:
    """One document in one edition language."""

    document: Document
    language: EditionLanguage
    segments: list[EditionSegment]
    blocks: list[EditionBlock]
    title: str
    title_derived: bool
    source_title: str
    messages: int
    translated: int
    fuzzy: int
    untranslated: int
    catalogue: CatalogueInfo
    origin: list[str]
    source_sha256: str
    text: str              # the edition in the source's own format (.txt / .md)
    #: The rendered body, made once for the HTML page and the EPUB chapter (see html.document_body).
    body: str | None = field(default=None, repr=False, compare=False)

    @property
    def name(self) -> str:
        return self.document.name

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.messages if self.messages else 100.0


def translations_of(catalogue: Catalogue | None) -> Translations:
    """The live messages of *catalogue* by msgid (messages with a context are not segments)."""
    result = Translations()
    if catalogue is None:
        return result
    for message in catalogue.messages:
        if message.obsolete or message.msgctxt is not None:
            continue
        status = message_status(message)
        result.lines[message.msgid] = message.lineno
        if status == FUZZY:
            result.fuzzy[message.msgid] = (message.msgstr, message.lineno)
        elif status == TRANSLATED:
            result.done[message.msgid] = (message.msgstr, message.lineno)
    return result


_LINE_BREAK_RUN = re.compile(r"[^\S\n\r]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")


def fit_translation(segment: Segment, translation: str | None) -> str | None:
    """A translation as it goes into the edition's layout.

    Segments never start or end with white space, so neither does their
    replacement; and a line break the source segment does not have would start
    a new paragraph (plain text) or a new block (a blank line in Markdown), so
    it becomes one space: the layout stays the source's.
    """
    if translation is None:
        return None
    text = translation.strip()
    if not text:
        return None
    if "\n" not in segment.source and "\r" not in segment.source:
        text = _LINE_BREAK_RUN.sub(" ", text)
    return text


def one_line(text: str) -> str:
    """*text* with every run of white space around a line break folded to one space."""
    return _LINE_BREAK_RUN.sub(" ", text)


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2}))?")
_DRAFT = re.compile(r"\bdraft\b", re.IGNORECASE)


def parse_po_date(value: str) -> datetime | None:
    """``2026-11-23 12:45+0000`` as an aware datetime (None for the template's placeholder)."""
    m = _DATE.match(value.strip())
    if m is None:
        return None
    year, month, day, hour, minute = (int(m.group(i)) for i in range(1, 6))
    second = int(m.group(6) or 0)
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError:
        return None
    if m.group(7):
        offset = timedelta(hours=int(m.group(8)), minutes=int(m.group(9)))
        moment = moment - offset if m.group(7) == "+" else moment + offset
    return moment


def catalogue_info(catalogue: Catalogue | None, path: str | None) -> CatalogueInfo:
    """Date, team and draft status from a catalogue header.

    A catalogue is a draft when its header entry is fuzzy or when its
    Last-Translator, Language-Team or header comments say "draft".
    """
    if catalogue is None:
        return CatalogueInfo(path=path)
    meta = catalogue.metadata
    said = " ".join([meta.get("Last-Translator", ""), meta.get("Language-Team", ""), *catalogue.header_comments])
    return CatalogueInfo(
        path=path,
        revised=parse_po_date(meta.get("PO-Revision-Date", "")),
        draft=catalogue.header_fuzzy or _DRAFT.search(said) is not None,
        team=meta.get("Language-Team", "").strip(),
    )


def build_edition(
    document: Document,
    language: EditionLanguage,
    translations: Translations,
    catalogue: CatalogueInfo,
) -> Edition:
    """Put each segment's translation (in the edition's script) in place of its source."""
    segments: list[EditionSegment] = []
    for segment in document.segments:
        found = translations.done.get(segment.msgid)
        fitted = fit_translation(segment, found[0]) if found is not None else None
        if fitted is not None:
            status, po_line, draft = TRANSLATED, found[1] if found else None, None
        else:
            pending = translations.fuzzy.get(segment.msgid)
            if pending is not None and pending[0].strip():
                status, po_line, draft = FUZZY, pending[1], language.text(one_line(pending[0].strip()))
            else:
                status, po_line, draft = UNTRANSLATED, translations.lines.get(segment.msgid), None
        segments.append(EditionSegment(
            index=segment.index,
            line=segment.line,
            source=one_line(segment.msgid),
            translation=None if fitted is None else language.text(fitted),
            status=status,
            draft=draft,
            po_line=po_line,
        ))

    kinds = [block_kind(document, block) for block in document.blocks]
    levels = heading_levels(kinds)
    blocks = [
        EditionBlock(
            kind=kind,
            line=block.line,
            segments=tuple(segments[i] for i in block.segments),
            level=level,
            ordered=kind == "list_item" and list_ordered(document, block),
        )
        for block, kind, level in zip(document.blocks, kinds, levels)
    ]

    messages = list(dict.fromkeys(s.msgid for s in document.segments))
    # Counted in distinct messages, the unit of msgfmt --statistics, `workbench
    # stats` and po4a's threshold: a sentence repeated in a document is one message.
    translated = sum(1 for msgid in messages if msgid in translations.done)
    fuzzy = sum(1 for msgid in messages if msgid not in translations.done and msgid in translations.fuzzy)

    from .markdown import plain_text

    def plain(text: str) -> str:
        return plain_text(text) if document.format == "markdown" else text

    title_block = next((b for b in blocks if b.kind == "heading" and b.level == 1 and b.segments), None)
    if title_block is not None:
        title = plain(" ".join(s.text for s in title_block.segments))
        source_title = plain(" ".join(s.source for s in title_block.segments))
        derived = False
    else:
        first = next((b for b in blocks if b.kind == "paragraph" and b.segments), None)
        first = first or next((b for b in blocks if b.segments), None)
        title = derived_title(plain(first.segments[0].text)) if first else document.name
        source_title = derived_title(plain(first.segments[0].source)) if first else document.name
        derived = True

    replace_map = {s.index: s.translation for s in segments}
    text = document.assemble(lambda seg: replace_map.get(seg.index))
    origin = [" ".join(s.source for s in b.segments) for b in blocks if is_origin(b.kind, b.segments)]
    return Edition(
        document=document,
        language=language,
        segments=segments,
        blocks=blocks,
        title=title,
        title_derived=derived,
        source_title=source_title,
        messages=len(messages),
        translated=translated,
        fuzzy=fuzzy,
        untranslated=len(messages) - translated - fuzzy,
        catalogue=catalogue,
        origin=origin,
        source_sha256=hashlib.sha256(document.text.encode("utf-8", "surrogatepass")).hexdigest(),
        text=text,
    )
