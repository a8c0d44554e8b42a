"""Length and sentence-count outliers (info): a translation far shorter or longer than its
source, or with a different number of sentences, is worth a second look — a dropped or
doubled clause shows up here first. Neither is an error: languages differ in length and a
translator may join or split sentences.

- ``length-ratio`` — the target is under half or over two and a half times the source's length
  (sources of 40 characters or more);
- ``sentence-count`` — the target has a different number of sentences.
"""

from __future__ import annotations

import re

from .base import Hit, Pair
from .text import masked

MIN_LENGTH = 40
LOW, HIGH = 0.5, 2.5
_END = re.compile(r"[.!?…]+[»\"”’)\]*]*\s+(?=[«\"“(\[*]*[A-ZА-ЯЁӘІҢҒҮҰҚӨҺ])")
#: Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = re.compile(r"(?:\b(?:[A-ZА-ЯЁ]|т\. ?е|т\. ?д|т\. ?п|т\. ?б|см|стр|г|гг|ул|им|др|пр|Mr|Mrs|Ms|Dr|St|"
                            r"Jr|Sr|vs|etc|e\.g|i\.e|No|p|pp)\.)$")


def sentences(text: str) -> int:
    text = masked(text)
    count = 1
    for m in _END.finditer(text):
        if m.group(0).startswith(".") and _ABBREVIATIONS.search(text[max(0, m.start() - 6):m.start() + 1]):
            continue
        count += 1
    return count


def check(pair: Pair) -> list[Hit]:
    source, target = pair.source.strip(), pair.target.strip()
    hits: list[Hit] = []
    if len(source) >= MIN_LENGTH and target:
        ratio = len(target) / len(source)
        if ratio < LOW or ratio > HIGH:
            hits.append(Hit("length-ratio", f"the translation is {ratio:.1f}× the source's length", ""))
    s, t = sentences(source), sentences(target)
    if s != t:
        hits.append(Hit("sentence-count", f"{s} sentence(s) in the source, {t} in the translation", ""))
    return hits
