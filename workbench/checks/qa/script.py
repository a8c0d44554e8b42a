"""Script mixing: letters of the wrong alphabet inside a word.

- ``script-mixed`` (error) — Latin look-alikes inside a Cyrillic word (``зaбастовка`` with a
  Latin a, ``Hемедленно``) or Cyrillic ones inside a Latin word (``Chеvron``); the fix swaps the
  look-alikes;
- ``script-roman-numeral`` (error) — a Roman numeral typed in Cyrillic letters (``ХХ век``:
  Cyrillic Х, Kazakh І); Roman numerals are Latin (``XX``);
- ``script-kazakh-letter`` (warning) — a Kazakh letter inside a Russian word;
- ``script-russian-letter`` (warning) — a Kazakh word typed with a Russian letter for the Kazakh
  one (``каласында``, ``онын``): needs the Kazakh dictionary (see ``lexicon.py``).
"""

from __future__ import annotations

import re

from .base import Hit, Pair
from .text import CYRILLIC, LATIN, masked, replace_span, sentence_start

LATIN_TO_CYRILLIC = dict(zip("aceopxyABCEHKMOPTXY", "асеорхуАВСЕНКМОРТХУ"))
CYRILLIC_TO_LATIN = {c: lat for lat, c in LATIN_TO_CYRILLIC.items()}
KK_LATIN_TO_CYRILLIC = {"i": "і", "I": "І"}
_RU_FOR_KAZAKH = dict(zip("әіңғүұқөһӘІҢҒҮҰҚӨҺ", "аингууkохАИНГУУКОХ".replace("k", "к")))
_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_CENTURY = re.compile(r"^\s+(?:век|века|веке|веку|веком|веков|ғасыр|съезд|пленум|том|глава|созыв)", re.I)


_MIXED = re.compile(r"[^\W\d_]*(?:[A-Za-z][^\W\d_]*[\u0400-\u04FF]|[\u0400-\u04FF][^\W\d_]*[A-Za-z])[^\W\d_]*")
_CYRILLIC_ROMAN = re.compile(r"(?<![^\W\d_])[ХІ]+(?![^\W\d_])")
_WITH_KAZAKH_LETTER = re.compile(r"[^\W\d_]*[әіңғүұқөһӘІҢҒҮҰҚӨҺ][^\W\d_]*")
_CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[\u0400-\u04FF]{3,}(?![^\W\d_])")


def check(pair: Pair) -> list[Hit]:
    target = pair.target
    text = masked(target)
    hits: list[Hit] = []
    kazakh = pair.lang == "kk"
    mixed = list(_MIXED.finditer(text)) if LATIN.search(text) else []
    for m in mixed:
        hits.append(_mixed(target, m, kazakh))
    done = {m.start() for m in mixed}
    for m in _CYRILLIC_ROMAN.finditer(text):
        word = m.group(0)
        if len(word) >= 2 or _CENTURY.match(text[m.end():m.end() + 12]):
            latin = word.replace("Х", "X").replace("І", "I")
            if _ROMAN.match(latin):
                hits.append(Hit("script-roman-numeral", f"the Roman numeral {word!r} is typed in Cyrillic letters; "
                                f"write it in Latin ({latin})", word, replace_span(target, m.start(), m.end(), latin)))
                done.add(m.start())
    if pair.lang == "ru":
        for m in _WITH_KAZAKH_LETTER.finditer(text):
            word = m.group(0)
            if m.start() in done or LATIN.search(word):
                continue
            fixed = "".join(_RU_FOR_KAZAKH.get(ch, ch) for ch in word)
            hits.append(Hit("script-kazakh-letter", f"Kazakh letters in the Russian word {word!r}", word,
                            replace_span(target, m.start(), m.end(), fixed)))
    lexicon = pair.context.lexicon if kazakh else None
    if lexicon is not None:
        known = pair.context.known_words
        for m in _CYRILLIC_WORD.finditer(text):
            word = m.group(0)
            if m.start() in done or word.isupper():
                continue
            if not word.islower() and not sentence_start(text, m.start()):
                continue        # a capitalised word inside a sentence: a name
            corrected = lexicon.correction(word, known)
            if corrected and corrected != word and not _hyphenated_name(text, m):
                hits.append(Hit("script-russian-letter", f"{word!r} has a Russian letter where Kazakh writes "
                                f"{_diff(word, corrected)}: {corrected!r}", word,
                                replace_span(target, m.start(), m.end(), corrected)))
    return hits


def _hyphenated_name(text: str, m: re.Match[str]) -> bool:
    """A part of a capitalised hyphenated word (Би-би-си, Касым-Жомарт): a name, not a common word."""
    before = text[m.start() - 1:m.start()] if m.start() else ""
    after = text[m.end():m.end() + 1]
    if before != "-" and after != "-":
        return False
    start = m.start()
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    return text[start:start + 1].isupper()


def _diff(word: str, fixed: str) -> str:
    return ", ".join(f"{b} for {a}" for a, b in zip(word, fixed) if a != b)


def _mixed(target: str, m: re.Match[str], kazakh: bool) -> Hit:
    word = m.group(0)
    cyr = sum(1 for ch in word if CYRILLIC.match(ch))
    lat = sum(1 for ch in word if LATIN.match(ch))
    fixed: str | None = None
    if cyr >= lat:
        table = {**LATIN_TO_CYRILLIC, **(KK_LATIN_TO_CYRILLIC if kazakh else {})}
        if all(ch in table for ch in word if LATIN.match(ch)):
            fixed = "".join(table.get(ch, ch) for ch in word)
        letters = "".join(dict.fromkeys(ch for ch in word if LATIN.match(ch)))
        message = f"Latin {', '.join(letters)} inside the Cyrillic word {word!r}"
    else:
        if all(ch in CYRILLIC_TO_LATIN for ch in word if CYRILLIC.match(ch)):
            fixed = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
        letters = "".join(dict.fromkeys(ch for ch in word if CYRILLIC.match(ch)))
        message = f"Cyrillic {', '.join(letters)} inside the Latin word {word!r}"
    return Hit("script-mixed", message, word, replace_span(target, m.start(), m.end(), fixed) if fixed else None)
