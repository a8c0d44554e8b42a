"""Quotation marks and brackets: balanced, and in the target language's style.

The style (``Style.quotes``, ``«»„“`` for Russian and Kazakh) gives the outer and the inner
pair. A walk over the target decides for every quotation mark whether it opens or closes
(by what stands before it) and at which depth it stands, which yields both findings and the
fix (straight ``"…"``, English ``“…”`` and ``‘…’`` become ``«…»``, or ``„…“`` inside ``«…»``):

- ``quote-style`` (warning) — straight or English quotation marks, or «» nested in «»;
- ``quote-unbalanced`` (error) — a quotation mark or bracket without its partner.

A quotation that spans segments is not an error: the source then leaves the same quotation
open (or closes one opened earlier), and the target is compared with the source's balance,
not with zero.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .base import Hit, Pair
from .text import masked, rx

_OPEN_POS = " \t\u00a0([{—–-/\n"


def _opening(text: str, i: int) -> bool:
    """A quotation mark at *i* opens (space, start or bracket before it, a word after it)."""
    before = text[i - 1] if i else " "
    return before in _OPEN_POS or before in "«„“‘\"'*_"


@lru_cache(maxsize=4096)
def source_balance(source: str) -> tuple[int, int, int, int]:
    """(unclosed quotes, unopened quotes, unclosed brackets, unopened brackets) of the English source."""
    text = masked(source)
    depth = 0
    unopened = 0
    straight_open = False
    for i, ch in enumerate(text):
        if ch in "“":
            depth += 1
        elif ch == "”":
            if depth:
                depth -= 1
            else:
                unopened += 1
        elif ch == '"':
            if straight_open:
                straight_open = False
            elif _opening(text, i):
                straight_open = True
            else:
                unopened += 1
        elif ch == "‘" and _opening(text, i):
            depth += 1
        elif ch == "’" and depth and "‘" in text[:i] and not (i + 1 < len(text) and text[i + 1].isalpha()):
            depth -= 1
    br_open, br_unopened = _brackets(text)
    return depth + int(straight_open), unopened, br_open, br_unopened


def _brackets(text: str) -> tuple[int, int]:
    depth = 0
    unopened = 0
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            if depth:
                depth -= 1
            else:
                unopened += 1
    return depth, unopened


def check(pair: Pair) -> list[Hit]:
    target = pair.target
    text = masked(target)
    if not any(ch in text for ch in "«»„“”‘’\"'()[]"):
        return []
    outer_open, outer_close, inner_open, inner_close = tuple(pair.style.quotes)
    hits: list[Hit] = []
    stack: list[tuple[str, str]] = []      # (the closing mark expected, the opening mark seen)
    fixed = list(target)
    style_problems: list[str] = []
    unopened = 0
    # single quotes at the source's top level are inner quotes when the source also has double
    # ones or opens no quotation of its own (it continues one); alone, they are British outer quotes
    singles = "‘" in pair.source or bool(rx(r"(?:^|[\s(])'\w").search(pair.source))
    doubles = any(q in pair.source for q in "“”\"")
    source_inner = singles and (doubles or source_balance(pair.source)[1] > 0)

    def open_(i: int, ch: str) -> None:
        fixed[i] = outer_open if not stack else inner_open
        stack.append((outer_close if not stack else inner_close, ch))

    def close(i: int) -> None:
        nonlocal unopened
        if stack:
            fixed[i] = stack.pop()[0]
        else:
            unopened += 1

    for i, ch in enumerate(text):
        if ch == outer_open:
            if stack:
                style_problems.append(f"{outer_open} inside {outer_open}…{outer_close}")
            open_(i, ch)
        elif ch == inner_open and inner_open != inner_close:
            if not stack and not source_inner:
                # „…“ with no «…» around it, where the source quotes at its top level too
                style_problems.append(f"{inner_open}…{inner_close} outside {outer_open}…{outer_close}")
                fixed[i] = outer_open
                stack.append((outer_close, ch))
            else:
                stack.append((inner_close, ch))
        elif ch == inner_close and stack and stack[-1] == (outer_close, inner_open):
            fixed[i] = stack.pop()[0]
        elif ch == outer_close:
            if stack:
                want = stack.pop()[0]
                if want != ch:
                    fixed[i] = want
            else:
                unopened += 1
        elif ch == inner_close and stack and stack[-1][0] == ch and not _opening(text, i):
            stack.pop()
        elif ch == "'" and not (i and text[i - 1].isalpha() and i + 1 < len(text) and text[i + 1].isalpha()):
            # a straight single quote that is not an apostrophe (between letters): a quotation mark
            if _opening(text, i) and i + 1 < len(text) and not text[i + 1].isspace():
                style_problems.append(ch)
                open_(i, ch)
            elif stack and stack[-1][1] == "'":
                style_problems.append(ch)
                close(i)
        elif ch == "’":
            if stack and stack[-1][1] == "‘" and not (i + 1 < len(text) and text[i + 1].isalpha()):
                style_problems.append(ch)
                close(i)
        elif ch in '"“”‘':
            opening = _opening(text, i) and ch != "”"
            if ch == "‘" and not opening:
                continue
            style_problems.append(ch)
            if opening:
                open_(i, ch)
            else:
                close(i)
    unclosed = len(stack)
    s_unclosed, s_unopened, s_br_open, s_br_unopened = source_balance(pair.source)
    if style_problems:
        marks = "".join(dict.fromkeys(p for p in style_problems if len(p) == 1))
        what = f"straight or English quotation marks ({marks})" if marks else style_problems[0]
        suggestion = "".join(fixed)
        hits.append(Hit("quote-style", f"{what}: the style quotes «…», and „…“ inside them",
                        _window(target, style_problems, text), suggestion if suggestion != target else None))
    if (unclosed, unopened) != (s_unclosed, s_unopened) and (unclosed > s_unclosed or unopened > s_unopened):
        fix = None
        doubled = rx(f"{re.escape(outer_close)}{{2}}").search(target)
        if unopened == s_unopened + 1 and doubled and not unclosed:
            fix = target[:doubled.start()] + target[doubled.start() + 1:]
        what = "an opened quotation is not closed" if unclosed > s_unclosed else "a quotation is closed but not opened"
        hits.append(Hit("quote-unbalanced", f"{what} ({unclosed} open, {unopened} unopened; the source: "
                        f"{s_unclosed}, {s_unopened})", _quote_window(target), fix))
    br_open, br_unopened = _brackets(text)
    if (br_open > s_br_open or br_unopened > s_br_unopened) and (br_open, br_unopened) != (s_br_open, s_br_unopened):
        what = "an opened bracket is not closed" if br_open > s_br_open else "a bracket is closed but not opened"
        unclosed_at = rx(r"[(\[][^()\[\]]*$").search(text) if br_open > s_br_open else None
        hits.append(Hit("quote-unbalanced", f"{what} (the source's brackets are balanced)"
                        if (s_br_open, s_br_unopened) == (0, 0) else what,
                        target[unclosed_at.start():unclosed_at.start() + 30] if unclosed_at else ""))
    return hits


def _window(target: str, problems: list[str], text: str) -> str:
    marks = [i for i, ch in enumerate(text) if ch in '"“”‘’«»']
    if not marks:
        return ""
    return target[marks[0]:marks[-1] + 1][:120]


def _quote_window(target: str) -> str:
    marks = [i for i, ch in enumerate(target) if ch in "«»„“"]
    return target[marks[0]:marks[-1] + 1][:120] if marks else ""
