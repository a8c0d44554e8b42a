"""Markdown editions rendered with markdown-it-py (CommonMark, plus tables and
strikethrough), with raw HTML off: ``<b>`` in a source or a translation prints
as ``<b>``.

The translated document is parsed as a whole, so emphasis, links and lists that
span sentences render as the author wrote them. To mark untranslated segments
inside that rendering, each one is wrapped in invisible markers before parsing
— Unicode noncharacters (U+FDD0…U+FDEF), which are reserved for a program's
internal use and which markdown-it passes through as plain text; any that the
input itself holds are replaced first. The text renderer turns the markers
into ``<span class="untranslated">`` runs (one per text run, so the spans nest
properly inside ``<em>`` or ``<a>``) and a note after the segment. Markers out
of sequence (an HTML entity spelling one, say) print as U+FFFD.

Headings are renumbered so that the document's first heading is its title
(``<h1>``) and the rest are sections; paragraphs get the edition's block
classes (byline, caption, leftover) by their source line; images are not
loaded — an image prints as a link to it with its description.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from workbench.gettext import FUZZY

from .markup import attribute, escape_text, link_text
from .model import Edition, EditionSegment, one_line

__all__ = ["plain_text", "render_document", "render_inline"]

_OPEN, _MID, _CLOSE = "\ufdd0", "\ufdd1", "\ufdd2"
_DIGIT0 = 0xFDE0
_MARKER = re.compile("\ufdd0([\ufde0-\ufdef]{1,8})\ufdd1|\ufdd2")
_RESERVED = re.compile("[\ufdd0-\ufdef]")


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """The one Markdown parser: CommonMark + tables + strikethrough, no raw HTML."""
    md = MarkdownIt("commonmark", {"html": False, "xhtmlOut": True, "breaks": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.add_render_rule("text", _render_text)
    md.add_render_rule("code_inline", _render_code_inline)
    md.add_render_rule("code_block", _render_code_block)
    md.add_render_rule("fence", _render_code_block)
    md.add_render_rule("image", _render_image)
    return md


def _open_marker(index: int) -> str:
    return _OPEN + "".join(chr(_DIGIT0 + int(d, 16)) for d in f"{index:x}") + _MID


def _clean(text: str) -> str:
    return _RESERVED.sub("\ufffd", text)


class _State:
    """What the text renderer needs across tokens: which segment is open."""

    def __init__(self, edition: Edition | None, labels_note: dict[str, str]) -> None:
        self.segments: dict[int, EditionSegment] = (
            {s.index: s for s in edition.segments} if edition is not None else {}
        )
        self.expected = [s.index for s in edition.segments if s.translation is None] if edition else []
        self.next = 0
        self.open: EditionSegment | None = None
        self.first_run = False
        self.notes = labels_note

    def marker(self, match: re.Match[str]) -> str:
        """Apply one marker; return HTML to emit (a note) or a placeholder for a bad marker."""
        digits = match.group(1)
        if digits is None:  # close
            if self.open is None:
                return escape_text("\ufffd")
            segment, self.open = self.open, None
            return _note(segment, self.notes)
        index = int("".join(f"{ord(c) - _DIGIT0:x}" for c in digits), 16)
        if self.open is not None or self.next >= len(self.expected) or self.expected[self.next] != index:
            return escape_text("\ufffd")
        self.next += 1
        self.open = self.segments[index]
        self.first_run = True
        return ""

    def wrap(self, html: str) -> str:
        """A run of text of the open segment (if any), marked as untranslated."""
        segment = self.open
        if segment is None or not html:
            return html
        ident = f' id="s{segment.index}"' if self.first_run else ""
        self.first_run = False
        kind = "fuzzy" if segment.status == FUZZY else "untranslated"
        return f'<span class="{kind}" lang="en"{ident}>{html}</span>'


def _note(segment: EditionSegment, notes: dict[str, str]) -> str:
    kind = "fuzzy" if segment.status == FUZZY else "untranslated"
    return f' <small class="note {kind}-note">{escape_text(notes[kind])}</small>'


def _state(env: dict[str, Any]) -> _State:
    state = env.get("state")
    if not isinstance(state, _State):
        state = _State(None, {"fuzzy": "", "untranslated": ""})
        env["state"] = state
    return state


def _text_html(text: str, state: _State, in_link: bool) -> str:
    out: list[str] = []
    pos = 0
    for match in _MARKER.finditer(text):
        piece = text[pos:match.start()]
        out.append(state.wrap(escape_text(piece) if in_link else link_text(piece)))
        out.append(state.marker(match))
        pos = match.end()
    piece = text[pos:]
    out.append(state.wrap(escape_text(piece) if in_link else link_text(piece)))
    return "".join(out)


def _render_text(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    token = tokens[idx]
    return _text_html(token.content, _state(env), bool(token.meta.get("in_link")))


def _strip_markers(text: str, state: _State) -> tuple[str, str]:
    """Remove markers from code or alt text, applying them; return (text, notes emitted)."""
    notes: list[str] = []

    def apply(match: re.Match[str]) -> str:
        notes.append(state.marker(match))
        return ""

    return _MARKER.sub(apply, text), "".join(notes)


def _render_code_inline(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    state = _state(env)
    content, notes = _strip_markers(tokens[idx].content, state)
    return state.wrap(f"<code>{escape_text(content)}</code>") + notes


def _render_code_block(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    state = _state(env)
    content, notes = _strip_markers(tokens[idx].content, state)
    return f"<pre><code>{escape_text(content)}</code></pre>\n" + notes


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: dict[str, Any]) -> str:
    token = tokens[idx]
    state = _state(env)
    alt, notes = _strip_markers(_plain(token.children or []), state)
    src = _RESERVED.sub("", str(token.attrGet("src") or ""))
    label = escape_text(alt or src)
    return state.wrap(f'<a class="image" href="{attribute(src)}">{label}</a>') + notes


def _plain(tokens: Sequence[Token]) -> str:
    parts: list[str] = []
    for token in tokens:
        if token.type in ("text", "code_inline"):
            parts.append(token.content)
        elif token.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif token.children:
            parts.append(_plain(token.children))
    return "".join(parts)


def plain_text(markdown: str) -> str:
    """The text of a line of Markdown without its markup (for titles)."""
    tokens = parser().parseInline(_clean(markdown))
    return " ".join(_plain(tokens).split())


def _prepare_inline(children: Sequence[Token]) -> None:
    depth = 0
    for child in children:
        if child.type == "link_open":
            depth += 1
            for name in ("href", "title"):
                value = child.attrGet(name)
                if value is not None:
                    child.attrSet(name, _RESERVED.sub("", str(value)))
        elif child.type == "link_close":
            depth = max(0, depth - 1)
        elif child.type == "text" and depth:
            child.meta["in_link"] = True


#: Characters that can start Markdown inline syntax; text without any is plain text.
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<>!&~|]|  \n")


@lru_cache(maxsize=8192)
def render_inline(text: str) -> str:
    """One segment's Markdown as inline HTML (for the bilingual edition)."""
    if _INLINE_SYNTAX.search(text) is None:
        return link_text(_clean(text))
    md = parser()
    env: dict[str, Any] = {"state": _State(None, {"fuzzy": "", "untranslated": ""})}
    tokens = md.parseInline(_clean(text), env)
    for token in tokens:
        _prepare_inline(token.children or [])
    return str(md.renderer.render(tokens, md.options, env)).strip()


def render_document(edition: Edition, block_classes: dict[int, str], notes: dict[str, str]) -> str:
    """The body of a Markdown edition; *block_classes* maps a source line to a paragraph class."""
    document = edition.document
    text = document.text
    pieces: list[str] = []
    #: source line (1-based) of each line of the text parsed (segments become one line each)
    source_line = [1]
    line = 1

    def skeleton(piece: str) -> None:
        nonlocal line
        pieces.append(_clean(piece))
        for _ in range(piece.count("\n")):
            line += 1
            source_line.append(line)

    pos = 0
    for segment, shown in zip(document.segments, edition.segments):
        skeleton(text[pos:segment.start])
        if shown.translation is not None:
            pieces.append(_clean(one_line(shown.translation)))
        else:
            pieces.append(_open_marker(segment.index) + _clean(one_line(shown.source)) + _CLOSE)
        line += segment.source.count("\n")
        pos = segment.end
    skeleton(text[pos:])
    source = "".join(pieces).removeprefix("\ufeff")

    md = parser()
    env: dict[str, Any] = {"state": _State(edition, notes)}
    tokens = md.parse(source, env)
    first_level: int | None = None
    level = 1
    for token in tokens:
        if token.type == "heading_open":
            written = int(token.tag[1:])
            if first_level is None:
                first_level, level = written, 1
            else:
                level = max(2, written - first_level + 1)
            token.tag = f"h{min(level, 6)}"
        elif token.type == "heading_close":
            token.tag = f"h{min(level, 6)}"
        elif token.type == "paragraph_open" and token.map and token.map[0] < len(source_line):
            css = block_classes.get(source_line[token.map[0]])
            if css:
                token.attrSet("class", css)
        elif token.type == "inline":
            _prepare_inline(token.children or [])
    return str(md.renderer.render(tokens, md.options, env))
