"""How an edition lays out a document's blocks: which are headings (and of what
level), captions, web-page leftovers, numbered lists, and where the document
says it comes from.

The document model (:mod:`workbench.text.documents`) calls every short plain-text
line without a full stop a heading, which is right for segmentation but not for
a page: text copied from a web page brings photo captions ("Picture: …") and
navigation ("Back to main page, …") along. These rules look at the English
source of a block, so every edition language lays the document out the same way:

* a block that opens with a caption label (Picture, Photo, Image, Video,
  Caption, Illustration, Figure and a colon) is a **caption**;
* a block that opens with navigation words (back to / return to / go to the
  main, home, front or top page, click here, read more, share this, print this)
  is a **leftover**, printed small and muted;
* the first remaining heading is the **title** (level 1), every later one a
  section heading (level 2);
* a list item whose marker is a number (``1.``, ``2)``) is in a numbered list;
* a block that says where the text comes from (reproduced / republished /
  reprinted from, originally published, first published, posted on, "From the
  … issue of", "Source:") or a byline is part of the document's **origin** for
  the colophon.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from workbench.text.documents import Block, Document

__all__ = ["block_kind", "derived_title", "heading_levels", "is_origin", "list_ordered"]

_CAPTION = re.compile(r"\s*[*_]*\s*(?:picture|photo(?:graph)?|image|video|caption|illustration|figure)\s*:",
                      re.IGNORECASE)
_LEFTOVER = re.compile(
    r"\s*(?:(?:back|return|go)\s+to\s+(?:the\s+)?(?:main|home|front|top)\b|click\s+here\b|read\s+more\b"
    r"|share\s+this\b|print\s+this\b)",
    re.IGNORECASE,
)
_ORIGIN = re.compile(
    r"\b(?:reproduced|republished|reprinted)\s+from\b|\boriginally\s+(?:published|posted)\b"
    r"|\bfirst\s+published\b|\bposted\s+on\b|\Asource\s*:|\Afrom\s+the\s+.{0,80}?\bissue\s+of\b",
    re.IGNORECASE,
)
_ORDERED = re.compile(r"[ \t]*(?:>[ \t]?)*\d{1,9}[.)]")
_CONTACT = re.compile(r"\s*(?:e-?mail|tel|phone)\s*:", re.IGNORECASE)


class _HasSource(Protocol):
    @property
    def source(self) -> str: ...


def block_kind(document: Document, block: Block) -> str:
    """The block's kind in an edition (see the module docstring)."""
    kind = block.kind
    if kind == "separator" or not block.segments:
        return kind
    first = document.segments[block.segments[0]].msgid
    if _CAPTION.match(first):
        return "caption"
    if kind in ("heading", "paragraph", "byline") and _LEFTOVER.match(first):
        return "leftover"
    return kind


def heading_levels(kinds: Sequence[str]) -> list[int]:
    """1 for the first heading, 2 for every later one, 0 for other blocks."""
    levels: list[int] = []
    seen = False
    for kind in kinds:
        if kind == "heading":
            levels.append(2 if seen else 1)
            seen = True
        else:
            levels.append(0)
    return levels


def list_ordered(document: Document, block: Block) -> bool:
    """Whether a list item's marker is a number."""
    return _ORDERED.match(document.text, block.start) is not None


def is_origin(kind: str, segments: Sequence[_HasSource]) -> bool:
    """Whether a block tells where the document comes from (for the colophon)."""
    if not segments:
        return False
    text = segments[0].source[:300]   # a provenance line says so at its start
    if kind == "byline":
        return _CONTACT.match(text) is None
    return kind in ("paragraph", "caption") and _ORIGIN.search(text) is not None


def derived_title(sentence: str, limit: int = 90) -> str:
    """A title made from a document's first sentence: whole if short, else cut at a word."""
    text = " ".join(sentence.split())
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 8)
    if cut <= 0:
        cut = limit - 1
    return text[:cut].rstrip(" ,;:–—-") + "…"
