"""Inline codes of exchange formats (TMX ``<ph>``/``<bpt>``, XLIFF ``<x/>``/``<bpt>``) left out
of a segment's text."""

from __future__ import annotations


def tail_after_code(parts: list[str], tail: str) -> str:
    """The text after an inline code that is left out, given the text gathered before it: one
    space where the code stood between two («Click <ph>image</ph> to start» → "Click to start")."""
    before = next((part for part in reversed(parts) if part), "")
    return tail[1:] if tail[:1] == " " and before[-1:] == " " else tail
