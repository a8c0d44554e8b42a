"""The lossless document model: blocks, sentence segments and a skeleton.

A :class:`Document` keeps the original text untouched.  Segments are spans of it
(offsets), and everything between them is skeleton: list markers, ``## ``,
``**`` wrapping a whole heading, blank lines, code blocks, trailing spaces, the
BOM.  ``skeleton()`` + segments therefore give the file back byte for byte, and
a translation is produced by swapping segment texts only (:meth:`Document.assemble`).

Layout rules (the seeds contain real damage, see tests/test_documents.py):

* Plain text: every non-empty line is a block (single newlines separate
  paragraphs in the seeds).  Markdown: CommonMark-style paragraphs (consecutive
  lines), ATX headings, list items, block quotes, fenced code, rules.
* ``RULE_PAGE_BREAK``: a block that does not end with final punctuation followed
  (after any blank lines) by a plain block starting in lower case is one
  paragraph broken by a page break; the two are joined, so the sentence across
  the break becomes one segment whose raw span contains the break.
* Lines with no letter or digit (``---``, ``* * *``) are ``separator`` blocks
  without segments; bylines (``by ...``, ``To: ...``, a date alone, ``e-mail: ...``)
  are ``byline`` blocks; short lines without final punctuation in plain text
  are ``heading`` blocks.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench.text.segmentation import split_sentences
from workbench.util.errors import WorkbenchError
from workbench.util.files import read_input

__all__ = [
    "DOCUMENT_SUFFIXES",
    "Block",
    "Document",
    "Segment",
    "find_documents",
    "load_document",
    "make_msgid",
    "parse_document",
]

DOCUMENT_SUFFIXES = {".txt": "text", ".md": "markdown", ".markdown": "markdown"}


@dataclass(frozen=True, slots=True)
class Segment:
    """One sentence: a span of the document text and its catalogue key."""

    index: int
    block: int
    start: int
    end: int
    line: int
    source: str
    msgid: str


@dataclass(frozen=True, slots=True)
class Block:
    """A structural unit (heading, paragraph, list item, byline, separator)."""

    kind: str
    start: int
    end: int
    line: int
    segments: tuple[int, ...]


@dataclass
class Document:
    """A parsed source file: the untouched text plus blocks and segments over it."""

    path: Path
    relpath: str
    name: str
    format: str
    text: str
    blocks: list[Block] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    title: str = ""

    def skeleton(self) -> list[str]:
        """The ``len(segments) + 1`` pieces of text around and between the segments."""
        pieces: list[str] = []
        pos = 0
        for seg in self.segments:
            pieces.append(self.text[pos:seg.start])
            pos = seg.end
        pieces.append(self.text[pos:])
        return pieces

    def assemble(self, replace: Callable[[Segment], str | None]) -> str:
        """Skeleton with each segment replaced by ``replace(seg)`` (or kept if it gives None)."""
        out: list[str] = []
        pos = 0
        text = self.text
        for seg in self.segments:
            out.append(text[pos:seg.start])
            new = replace(seg)
            out.append(seg.source if new is None else new)
            pos = seg.end
        out.append(text[pos:])
        return "".join(out)


# --------------------------------------------------------------------------
# Line-level patterns

_LINE_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_WS_RUN = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]")

_MD_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_MD_HR = re.compile(r" {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*\Z")
_MD_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+|\Z)")
_MD_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*\Z")
_MD_LIST = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|\Z)")
_MD_QUOTE = re.compile(r"(?: {0,3}>[ \t]?)+")
_TEXT_LIST = re.compile(
    r"[ \t]*(?:[-*+•‣◦⁃▪–]|\d{1,3}(?:\.\d{1,3})*(?:\.\)|[.)])|[a-zA-Z]\)|[ivxlcIVXLC]{1,6}\)"
    r"|\((?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\))[ \t]+"
)
#: "a." / "B." / "iv." open a list item only next to an item of the same sequence
#: (a lone "A. Smith said" is an initial).
_TEXT_LETTER_ITEM = re.compile(r"[ \t]*([a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})\.[ \t]+")

_WRAPS = ("**", "__", "*", "_")
#: Final punctuation: a block ending with it is complete (no page-break join).
_FINAL = re.compile(r"[.?!…:;‽][\"'”’»)\]}*_]*\Z")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+\d{4}"
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|" + _MONTH + r"\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
)
_BYLINE = re.compile(
    r"(?:(?:by|By|BY)\s+[^\W\d_][^\n]{0,100}"
    r"|(?:To|From|Cc|Date|Sent|Subject|E-?mail|e-?mail|Email|email|Tel|Phone|Posted)\s*:.*"
    r"|" + _DATE + r")\Z",
    re.S,
)
_HEADING_MAX = 150


@dataclass(slots=True)
class _Draft:
    """A block while parsing: content region [cs, ce) and structural facts."""

    kind: str          # "plain" | "heading" | "list_item" | "quote" | "separator"
    start: int         # start of the first line
    end: int           # end of the last line's content
    cs: int            # content start (after markers)
    ce: int            # content end (before closing markers / trailing space)
    first_line: int    # 0-based line index
    last_line: int
    lines: int = 1


# --------------------------------------------------------------------------
# Public API


def make_msgid(source: str) -> str:
    """The catalogue key of a segment: whitespace runs containing a line break become one space."""
    if _LINE_BREAK.search(source) is None:
        return source
    return _WS_RUN.sub(lambda m: " " if _LINE_BREAK.search(m.group()) else m.group(), source)


def parse_document(text: str, *, relpath: str, format: str, path: Path | None = None) -> Document:
    """Split ``text`` into blocks and sentence segments (never fails, never alters text)."""
    if format not in ("text", "markdown"):
        raise ValueError(f"unknown document format {format!r}")
    lines = _lines(text)
    if format == "markdown":
        drafts = _markdown_drafts(text, lines)
    else:
        drafts = _text_drafts(text, lines)
    drafts = _join_page_breaks(text, drafts)
    doc_path = Path(path).absolute() if path is not None else Path(relpath).absolute()
    doc = Document(
        path=doc_path,
        relpath=relpath,
        name=Path(relpath).stem,
        format=format,
        text=text,
    )
    _build(doc, drafts, lines, format)
    doc.title = _title(doc)
    return doc


def load_document(path: Path, root: Path) -> Document:
    """Read and parse one source file; every user-caused problem is a WorkbenchError."""
    path = Path(path)
    shown = _display_path(path, root)
    _check_regular_file(path, shown)
    text = decode_document(read_input(path, shown), shown)
    fmt = DOCUMENT_SUFFIXES.get(path.suffix.lower(), "text")
    return parse_document(text, relpath=shown, format=fmt, path=path.absolute())


def decode_document(data: bytes, shown: str) -> str:
    """Decode UTF-8 bytes, refusing binary, invalid and empty input with a clear message."""
    for bom, name in _OTHER_BOMS:
        if data.startswith(bom):
            raise WorkbenchError(f"{name} text (byte order mark), not UTF-8: save the document as UTF-8", shown, 1)
    nul = data.find(b"\0")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise WorkbenchError("binary file (contains NUL bytes), not a text document", shown, line)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = exc.start
        line = data.count(b"\n", 0, bad) + 1
        column = bad - (data.rfind(b"\n", 0, bad) + 1) + 1
        raise WorkbenchError(
            f"not valid UTF-8 (byte 0x{data[bad]:02x} at column {column})", shown, line
        ) from None
    if not text.lstrip("\ufeff").strip():
        raise WorkbenchError("no text to translate (the file is empty)", shown)
    return text


_OTHER_BOMS = (
    (b"\xff\xfe\0\0", "UTF-32"),
    (b"\0\0\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def find_documents(source_dir: Path) -> list[Path]:
    """The documents (*.txt, *.md, *.markdown) directly in ``source_dir``, sorted by name."""
    source_dir = Path(source_dir)
    if not source_dir.exists():
        raise WorkbenchError("source folder not found (is this a workbench project? `workbench init` starts one)",
                             source_dir)
    if not source_dir.is_dir():
        raise WorkbenchError("source path is not a directory", source_dir)
    try:
        entries = list(source_dir.iterdir())
    except OSError as exc:
        raise WorkbenchError(f"cannot list directory: {exc.strerror or exc}", source_dir) from None
    found = [p for p in entries if p.suffix.lower() in DOCUMENT_SUFFIXES and not p.name.startswith(".")]
    found.sort(key=lambda p: p.name)
    for path in found:
        _check_regular_file(path)
    return found


def _check_regular_file(path: Path, shown: str | Path | None = None) -> None:
    """A name with a document suffix must be a readable regular file, never skipped in silence."""
    path = Path(path)
    shown = path if shown is None else shown
    try:
        path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise WorkbenchError("broken symbolic link (its target does not exist)", shown) from None
        raise WorkbenchError("file not found", shown) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise WorkbenchError("symbolic link loop", shown) from None
        raise WorkbenchError(f"cannot read file: {exc.strerror or exc}", shown) from None
    if path.is_dir():
        raise WorkbenchError("is a directory, not a document", shown)
    if not path.is_file():
        raise WorkbenchError("not a regular file (a device, socket or pipe), not a document", shown)


# --------------------------------------------------------------------------
# Lines


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, content_end) of every line; content excludes ``\\n``/``\\r\\n`` (and the BOM)."""
    out: list[tuple[int, int]] = []
    pos = 1 if text.startswith("\ufeff") else 0
    n = len(text)
    while True:
        nl = text.find("\n", pos)
        if nl < 0:
            if pos < n:
                out.append((pos, n - 1 if text.endswith("\r") else n))
            break
        out.append((pos, nl - 1 if nl > pos and text[nl - 1] == "\r" else nl))
        pos = nl + 1
    return out


def _blank(text: str, a: int, b: int) -> bool:
    return text[a:b].isspace() or a >= b


def _has_alnum(text: str, a: int, b: int) -> bool:
    return _ALNUM.search(text, a, b) is not None


def _rtrim(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


def _ltrim(text: str, a: int, b: int) -> int:
    while a < b and text[a].isspace():
        a += 1
    return a


# --------------------------------------------------------------------------
# Plain text


def _text_drafts(text: str, lines: list[tuple[int, int]]) -> list[_Draft]:
    """Plain text: each non-empty line is a block (list item, separator or plain).

    A line starting with a list marker is a list item: a bullet or dash, ``1.``,
    ``1)``, ``1.2.``, ``a)``, ``(a)``, ``(1)``, ``iv)``, ``(iv)``; ``a.``, ``B.`` or ``iv.``
    only next to the item before or after it in sequence.
    """
    drafts: list[_Draft] = []
    letter_items = _letter_items(text, lines)
    for i, (a, b) in enumerate(lines):
        if _blank(text, a, b):
            continue
        if not _has_alnum(text, a, b):
            drafts.append(_Draft("separator", a, b, a, a, i, i))
            continue
        m = _TEXT_LIST.match(text, a, b) or letter_items.get(i)
        kind = "list_item" if m else "plain"
        cs = m.end() if m else a
        if cs >= _rtrim(text, cs, b):  # a marker alone on its line is not an item
            kind, cs = "plain", a
        drafts.append(_Draft(kind, a, b, _ltrim(text, cs, b), _rtrim(text, cs, b), i, i))
    return drafts


def _letter_items(text: str, lines: list[tuple[int, int]]) -> dict[int, re.Match[str]]:
    """Lines opened by ``a.``/``B.``/``iv.`` that have a neighbour in sequence (by line index)."""
    found: dict[int, tuple[re.Match[str], str]] = {}
    for i, (a, b) in enumerate(lines):
        if b - a > 2 and text[a + 1:a + 2] in ". \tivxlcIVXLC":
            m = _TEXT_LETTER_ITEM.match(text, a, b)
            if m is not None:
                found[i] = (m, m.group(1))
    items: dict[int, re.Match[str]] = {}
    keys = sorted(found)
    for k, i in enumerate(keys):
        neighbours = [found[j][1] for j in keys[max(0, k - 1):k + 2] if j != i and abs(j - i) <= 2]
        if any(_in_sequence(found[i][1], other) for other in neighbours):
            items[i] = found[i][0]
    return items


def _in_sequence(x: str, y: str) -> bool:
    """Whether two list labels are neighbours: a/b, B/C, iv/v (in either order)."""
    if len(x) == 1 and len(y) == 1 and x.isupper() == y.isupper() and abs(ord(x) - ord(y)) == 1:
        return True
    romans = [_roman(v) for v in (x, y)]
    return None not in romans and x.isupper() == y.isupper() and abs(romans[0] - romans[1]) == 1  # type: ignore[operator]


def _roman(label: str) -> int | None:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total, prev = 0, 0
    for ch in reversed(label.lower()):
        v = values.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


# --------------------------------------------------------------------------
# Markdown


def _markdown_drafts(text: str, lines: list[tuple[int, int]]) -> list[_Draft]:
    """Markdown: ATX headings, lists, quotes, fences (skeleton only), rules, paragraphs."""
    drafts: list[_Draft] = []
    i, n = 0, len(lines)
    while i < n:
        a, b = lines[i]
        if _blank(text, a, b):
            i += 1
            continue
        fence = _MD_FENCE.match(text, a, b)
        if fence:
            i = _skip_fence(text, lines, i, fence.group(1))
            continue
        if _MD_HR.match(text, a, b) or not _has_alnum(text, a, b):
            drafts.append(_Draft("separator", a, b, a, a, i, i))
            i += 1
            continue
        atx = _MD_ATX.match(text, a, b)
        if atx:
            close = _MD_ATX_CLOSE.search(text, atx.end(), b)
            ce = close.start() if close is not None else b
            drafts.append(_Draft("heading", a, b, atx.end(), max(ce, atx.end()), i, i))
            i += 1
            continue
        item = _MD_LIST.match(text, a, b)
        quote = None if item else _MD_QUOTE.match(text, a, b)
        if quote:
            cs = quote.end()
            drafts.append(_Draft("quote", a, b, _ltrim(text, cs, b), _rtrim(text, cs, b), i, i))
            i += 1
            continue
        # A paragraph or list item runs on over following plain lines (lazy continuation).
        j = i + 1
        while j < n and _md_continues(text, *lines[j]):
            j += 1
        end = lines[j - 1][1]
        cs = item.end() if item else a
        kind = "list_item" if item else "plain"
        drafts.append(_Draft(kind, a, end, _ltrim(text, cs, end), _rtrim(text, cs, end), i, j - 1, j - i))
        i = j
    return drafts


def _md_continues(text: str, a: int, b: int) -> bool:
    """Whether a line continues the paragraph above (not blank, not a new construct)."""
    if _blank(text, a, b):
        return False
    return not (
        _MD_FENCE.match(text, a, b)
        or _MD_HR.match(text, a, b)
        or _MD_ATX.match(text, a, b)
        or _MD_LIST.match(text, a, b)
        or _MD_QUOTE.match(text, a, b)
    )


def _skip_fence(text: str, lines: list[tuple[int, int]], i: int, opener: str) -> int:
    """Index of the line after the fenced code block opened at line ``i`` (or EOF)."""
    char, size = opener[0], len(opener)
    closing = re.compile(r" {0,3}" + re.escape(char) + "{" + str(size) + r",}[ \t]*\Z")
    for j in range(i + 1, len(lines)):
        if closing.match(text, *lines[j]):
            return j + 1
    return len(lines)


# --------------------------------------------------------------------------
# Joining and classification


def _join_page_breaks(text: str, drafts: list[_Draft]) -> list[_Draft]:
    """RULE_PAGE_BREAK: join a block without final punctuation to a lower-case plain block."""
    out: list[_Draft] = []
    for d in drafts:
        if out and d.kind == "plain" and _joinable(text, out[-1], d):
            prev = out[-1]
            prev.end, prev.ce, prev.last_line = d.end, d.ce, d.last_line
            prev.lines += d.lines
            continue
        out.append(d)
    return out


def _joinable(text: str, prev: _Draft, nxt: _Draft) -> bool:
    if prev.kind not in ("plain", "list_item") or prev.cs >= prev.ce or nxt.cs >= nxt.ce:
        return False
    if not text[nxt.cs].islower():
        return False
    if _FINAL.search(text, prev.cs, prev.ce):
        return False
    # A byline is complete on its own ("January 14, 2022" / "e-mail: ...").
    return not (_is_byline(text, prev) or _is_byline(text, nxt))


def _is_byline(text: str, d: _Draft) -> bool:
    if d.lines != 1 or d.kind != "plain":
        return False
    cs, ce = _unwrap(text, d.cs, d.ce)
    return ce - cs <= 200 and _BYLINE.match(text, cs, ce) is not None


def _unwrap(text: str, cs: int, ce: int) -> tuple[int, int]:
    """Drop ``**``/``__``/``*``/``_`` wrapping the *whole* content (it stays in the skeleton)."""
    if cs >= ce or text[cs] not in "*_":
        return cs, ce
    for w in _WRAPS:
        k = len(w)
        if ce - cs > 2 * k and text.startswith(w, cs) and text.endswith(w, cs, ce):
            inner_a, inner_b = cs + k, ce - k
            if text.find(w, inner_a, inner_b) >= 0 and k == 2:
                continue
            if k == 1 and (text.find(w, inner_a, inner_b) >= 0 or text[inner_a] == w):
                continue
            if text[inner_a].isspace() or text[inner_b - 1].isspace():
                continue
            return _unwrap(text, inner_a, inner_b)
    return cs, ce


def _classify(text: str, d: _Draft, fmt: str, lines: list[tuple[int, int]], cs: int, ce: int, sentences: int) -> str:
    """Final block kind for a draft (plain drafts become heading/paragraph/byline)."""
    if d.kind == "quote":
        return "paragraph"
    if d.kind == "list_item" and fmt == "text" and text[d.start:d.cs].strip()[:1].isalnum() and \
            _isolated_heading(text, d, lines, cs, ce):
        return "heading"  # "1. Introduction" alone between blank lines (not "- item")
    if d.kind != "plain":
        return d.kind
    if _is_byline(text, d):
        return "byline"
    if fmt == "text" and (sentences == 1 or _isolated_heading(text, d, lines, cs, ce)) and \
            _looks_like_heading(text, d, lines, cs, ce):
        return "heading"
    return "paragraph"


def _isolated_heading(text: str, d: _Draft, lines: list[tuple[int, int]], cs: int, ce: int) -> bool:
    """A short line without final punctuation with a blank line (or the document's edge)
    on both sides: a heading, whatever its first letter or its numbering."""
    if d.lines != 1 or cs >= ce or ce - cs > _ISOLATED_HEADING_MAX:
        return False
    content = text[cs:ce]
    if _FINAL.search(content) or content.endswith((",", ";")) or "://" in content:
        return False
    before = d.first_line == 0 or _blank(text, *lines[d.first_line - 1])
    after = d.last_line + 1 >= len(lines) or _blank(text, *lines[d.last_line + 1])
    return before and after


_ISOLATED_HEADING_MAX = 80


def _looks_like_heading(text: str, d: _Draft, lines: list[tuple[int, int]], cs: int, ce: int) -> bool:
    """Plain text heading: short, capitalised, no final full stop; a short line without
    final punctuation between blank lines; or an isolated "...!" slogan."""
    if _isolated_heading(text, d, lines, cs, ce):
        return True
    if ce - cs > _HEADING_MAX or cs >= ce or text[cs].islower():
        return False
    content = text[cs:ce]
    if "://" in content or content.endswith((",", ";", ":")):
        return False
    if not _FINAL.search(content):
        return True
    if content[-1] in "!?" or (content[-1] in "”\"’)" and len(content) > 1 and content[-2] in "!?"):
        before = d.first_line == 0 or _blank(text, *lines[d.first_line - 1])
        after = d.last_line + 1 >= len(lines) or _blank(text, *lines[d.last_line + 1])
        return before and after
    return False


def _build(doc: Document, drafts: list[_Draft], lines: list[tuple[int, int]], fmt: str) -> None:
    """Turn drafts into Blocks and Segments (line numbers counted incrementally)."""
    text = doc.text
    line_no, counted = 1, 0
    for d in drafts:
        cs, ce = _unwrap(text, d.cs, d.ce) if d.cs < d.ce else (d.cs, d.cs)
        spans = split_sentences(text, cs, ce) if d.kind != "separator" and cs < ce else []
        kind = "separator" if d.kind == "separator" else _classify(text, d, fmt, lines, cs, ce, len(spans))
        block_index = len(doc.blocks)
        seg_ids: list[int] = []
        segments = doc.segments
        for a, b in spans:
            line_no += text.count("\n", counted, a)
            counted = a
            source = text[a:b]
            index = len(segments)
            msgid = make_msgid(source) if "\n" in source or "\r" in source or not source.isprintable() else source
            segments.append(Segment(index, block_index, a, b, line_no, source, msgid))
            seg_ids.append(index)
        doc.blocks.append(Block(kind, d.start, d.end, d.first_line + 1, tuple(seg_ids)))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~])")
_MD_EMPHASIS = re.compile(r"\*\*|__|\*|`|(?<!\w)_|_(?!\w)")


def _title(doc: Document) -> str:
    """First heading's text (else the first segment) as plain text without markup."""
    chosen = next((b for b in doc.blocks if b.kind == "heading" and b.segments), None)
    if chosen is not None:
        title = " ".join(doc.segments[i].msgid for i in chosen.segments)
    elif doc.segments:
        title = doc.segments[0].msgid
    else:
        return ""
    if doc.format == "markdown":
        title = _MD_LINK.sub(r"\1", title)
        title = _MD_EMPHASIS.sub("", title)
        title = _MD_ESCAPE.sub(r"\1", title)
    return " ".join(title.split())


def _display_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` in POSIX form when it lies inside it, else as given."""
    try:
        rel = os.path.relpath(Path(path).absolute(), Path(root).absolute())
    except ValueError:  # different drive on Windows
        return Path(path).as_posix()
    if rel.startswith(".."):
        return Path(path).as_posix()
    return Path(rel).as_posix()
