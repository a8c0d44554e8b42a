"""URLs, e-mail addresses, file names and paths, @handles and #hashtags: copied unchanged.

Every such span of the source must be in the target character for character. When it is
not, the most similar span of the target (a truncated URL, a transliterated hashtag, a
handle without its @, a domain written in Cyrillic) is named and the fix puts the source's
span back in its place:

- ``url-changed`` (error) — the target has an altered copy;
- ``url-missing`` (warning) — nothing like it is in the target (it may have been rephrased).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .base import Hit, Pair
from .text import protected_spans, replace_span, rx

_KIND = {"url": "URL", "link": "link target", "domain": "web address", "email": "e-mail address",
         "file": "file name", "path": "path", "handle": "handle", "hashtag": "hashtag"}
#: Anything in a target that may be an altered copy: a run without spaces holding a dot, @, #,
#: slash or underscore, or a word (for a handle that lost its @).
_CANDIDATE = re.compile(r"[^\s«»\"“”()\[\]]*[./@#_:][^\s«»\"“”()\[\]]*|[^\W\d][\w-]*")
_TRAIL = ".,;:!?)]}»\"'’”*"


def check(pair: Pair) -> list[Hit]:
    spans = [s for s in protected_spans(pair.source) if s.kind != "code"]
    if not spans:
        return []
    target = pair.target
    present = {s.text for s in protected_spans(target)}
    hits: list[Hit] = []
    used: set[tuple[int, int]] = set()
    for span in spans:
        want = span.text
        if want in target and (want in present or _bounded(target, want)):
            continue
        best = _closest(target, want, used)
        kind = _KIND.get(span.kind, "address")
        if best is None:
            hits.append(Hit("url-missing", f"the {kind} {want!r} of the source is not in the translation", want))
            continue
        start, end = best
        used.add(best)
        found = target[start:end]
        hits.append(Hit("url-changed", f"the {kind} {want!r} is {found!r} here: copy it unchanged", found,
                        replace_span(target, start, end, want)))
    return hits


def _bounded(text: str, want: str) -> bool:
    """*want* occurs in *text* as a whole token (not as the start of a longer address)."""
    for m in rx(re.escape(want)).finditer(text):
        after = text[m.end():m.end() + 1]
        before = text[m.start() - 1:m.start()] if m.start() else ""
        if (not after or not (after.isalnum() or after in "/_@=&?-") or after in _TRAIL) and \
                (not before or not (before.isalnum() or before in "@#/_.")):
            return True
    return False


def _closest(target: str, want: str, used: set[tuple[int, int]]) -> tuple[int, int] | None:
    best: tuple[float, int, int] | None = None
    bare = want.lstrip("@#")
    for m in _CANDIDATE.finditer(target):
        start, end = m.start(), m.end()
        while end > start and target[end - 1] in _TRAIL and not want.endswith(target[end - 1]):
            end -= 1
        if (start, end) in used or end <= start:
            continue
        text = target[start:end]
        if len(text) < 3 or text == want:
            continue
        score = fuzz.ratio(text, want)
        if bare != want:
            score = max(score, fuzz.ratio(text, bare) - 5, fuzz.ratio(text.lstrip("@#"), bare) - 10)
        if want[0] in "#@" and text[0] == want[0]:
            score = max(score, 65)      # the same kind of tag, translated or transliterated
        if "." in want and "." in text:
            # a domain written in another script keeps its shape: Альтлефт.орг
            a, b = want.split(".")[-1], text.split(".")[-1]
            if len(a) == len(b) and not rx(r"[A-Za-z]").search(text):
                score = max(score, 70)
        if score >= 60 and (best is None or score > best[0]):
            best = (score, start, end)
    return (best[1], best[2]) if best else None
