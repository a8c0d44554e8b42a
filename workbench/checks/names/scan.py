"""The one scan both name indexes run: leftmost-longest, non-overlapping, over word tokens.

:class:`~.matcher.NameIndex` (the English sources) and :class:`~.forms.FormIndex` (the
translations) keep their keys differently — token tuples, joined strings — so each hands this
scan two questions about a span of tokens: what it accepts there (:data:`Found`), and whether
any name is there at all (:data:`Reaches`, asked of a later name that may overtake this one).

The rule at each position: the longest span that is a name wins — unless a name that starts
inside it reaches further ("the Ukraine Solidarity Campaign" over "Ukraine"), in which case a
shorter name here that ends before that one still stands («депутат парламента Ирландии»:
депутат, then парламента Ирландии, not депутат парламента).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

#: (start, length) → the entries accepted there (empty: none, or no name spans it)
Found = Callable[[int, int], tuple[T, ...]]
#: (start, length) → is some name there, whichever entries the caller would keep
Reaches = Callable[[int, int], bool]


def leftmost_longest(folded: Sequence[str], first: dict[str, int], found: Found[T], reaches: Reaches,
                     skip: Callable[[int], bool] | None = None,
                     joined: Callable[[int, int], bool] | None = None) -> list[tuple[int, int, tuple[T, ...]]]:
    """(start, end, entries) of each name in the tokens *folded*, left to right, none overlapping.

    *first* maps a token to the most tokens of any name it begins; *skip* marks tokens no name may
    start at or cross (a name already found by another scan); *joined* says whether a span of several
    tokens may be one name at all (no stop or colon between its words: :meth:`~.matcher.Tokens.joined`)."""
    out: list[tuple[int, int, tuple[T, ...]]] = []
    if first.keys().isdisjoint(folded):
        return out                  # no word starts a name: the usual case for most text, decided in C
    n = len(folded)
    position = 0
    for i in [k for k, word in enumerate(folded) if word in first]:
        if i < position or (skip is not None and skip(i)):
            continue
        longest = first[folded[i]]
        limit = longest
        for length in range(min(longest, n - i), 0, -1):
            if length > limit or (skip is not None and any(skip(k) for k in range(i + 1, i + length))) \
                    or (length > 1 and joined is not None and not joined(i, i + length)):
                continue
            ok = found(i, length)
            if not ok:
                continue
            overtaken = _overtaken(folded, first, reaches, skip, joined, i, i + length) if length > 1 else None
            if overtaken is not None:
                limit = overtaken - i
                continue
            out.append((i, i + length, ok))
            position = i + length
            break
    return out


def _overtaken(folded: Sequence[str], first: dict[str, int], reaches: Reaches, skip: Callable[[int], bool] | None,
               joined: Callable[[int, int], bool] | None, start: int, end: int) -> int | None:
    """Where a name starts inside [start, end) that reaches past *end* (None if none does)."""
    n = len(folded)
    for j in range(start + 1, end):
        longest = first.get(folded[j])
        if not longest or j + longest <= end or (skip is not None and skip(j)):
            continue
        for length in range(min(longest, n - j), end - j, -1):
            if (joined is None or joined(j, j + length)) and reaches(j, length):
                return j
    return None
