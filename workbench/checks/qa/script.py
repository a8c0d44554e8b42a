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
from .text import CYRILLIC, masked, replace_span, sentence_start

LATIN_TO_CYRILLIC = dict(zip("aceopxyABCEHKMOPTXY", "асеорхуАВСЕНКМОРТХУ"))
CYRILLIC_TO_LATIN = {c: lat for lat, c in LATIN_TO_CYRILLIC.items()}
KK_LATIN_TO_CYRILLIC = {"i": "і", "I": "І", "ə": "ә", "Ə": "Ә"}   # ə: the Latin schwa (U+0259) of Azerbaijani
_RU_FOR_KAZAKH = dict(zip("әіңғүұқөһӘІҢҒҮҰҚӨҺ", "аингууkохАИНГУУКОХ".replace("k", "к")))
_ROMAN = re.compile(r"^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_CENTURY = re.compile(r"^\s+(?:век|века|веке|веку|веком|веков|ғасыр|съезд|пленум|том|глава|созыв)", re.I)


_LATIN_RUN = re.compile(r"[A-Za-zəƏ]+")
#: a Latin letter, with the schwa that Kazakh keyboards without ә produce (ə, U+0259)
_LATIN_LETTER = re.compile(r"[A-Za-zəƏ]")
_CYRILLIC_ROMAN = re.compile(r"[ХІ]+")
_KAZAKH_LETTER = re.compile(r"[әіңғүұқөһӘІҢҒҮҰҚӨҺ]")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04FF]{3,}")


def _word_at(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole word (letters of any script) around text[start:end]."""
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def _whole(text: str, start: int, end: int) -> bool:
    return (not start or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha())


_QUOTATION = re.compile(r"«[^«»]*»|„[^„“]*“")


def check(pair: Pair) -> list[Hit]:
    target = pair.target
    text = masked(target)
    hits: list[Hit] = []
    kazakh = pair.lang == "kk"
    done: set[int] = set()
    if _LATIN_LETTER.search(text) and CYRILLIC.search(text):
        for m in _LATIN_RUN.finditer(text):
            start, end = _word_at(text, m.start(), m.end())
            if start in done or (start, end) == (m.start(), m.end()):
                continue
            done.add(start)
            hits.append(_mixed(target, text, start, end, kazakh))
    for m in _CYRILLIC_ROMAN.finditer(text) if "Х" in text or "І" in text else ():
        word = m.group(0)
        if not _whole(text, m.start(), m.end()):
            continue
        if len(word) >= 2 or _CENTURY.match(text[m.end():m.end() + 12]):
            latin = word.replace("Х", "X").replace("І", "I")
            if _ROMAN.match(latin):
                hits.append(Hit("script-roman-numeral", f"the Roman numeral {word!r} is typed in Cyrillic letters; "
                                f"write it in Latin ({latin})", word, replace_span(target, m.start(), m.end(), latin)))
                done.add(m.start())
    if pair.lang == "ru":
        seen: set[int] = set()
        # a Kazakh name or phrase quoted as such («Қанды қаңтар», фонд «Қазақстан халқына»)
        quoted = [(q.start(), q.end()) for q in _QUOTATION.finditer(text)] if "«" in text or "„" in text else []
        for m in _KAZAKH_LETTER.finditer(text):
            start, end = _word_at(text, m.start(), m.end())
            if start in done or start in seen or any(a < start and end < b for a, b in quoted):
                continue
            seen.add(start)
            word = text[start:end]
            fixed = "".join(_RU_FOR_KAZAKH.get(ch, ch) for ch in word)
            hits.append(Hit("script-kazakh-letter", f"Kazakh letters in the Russian word {word!r}", word,
                            replace_span(target, start, end, fixed)))
    lexicon = pair.context.lexicon if kazakh else None
    if lexicon is not None:
        known = pair.context.known_words
        for m in _CYRILLIC_RUN.finditer(text):
            word = m.group(0)
            if m.start() in done or word.isupper() or not _whole(text, m.start(), m.end()):
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


def _mixed(target: str, text: str, start: int, end: int, kazakh: bool) -> Hit:
    word = text[start:end]
    cyr = sum(1 for ch in word if CYRILLIC.match(ch))
    lat = sum(1 for ch in word if _LATIN_LETTER.match(ch))
    fixed: str | None = None
    if cyr >= lat:
        table = {**LATIN_TO_CYRILLIC, **(KK_LATIN_TO_CYRILLIC if kazakh else {})}
        if all(ch in table for ch in word if _LATIN_LETTER.match(ch)):
            fixed = "".join(table.get(ch, ch) for ch in word)
        letters = "".join(dict.fromkeys(ch for ch in word if _LATIN_LETTER.match(ch)))
        message = f"Latin {', '.join(letters)} inside the Cyrillic word {word!r}"
    else:
        if all(ch in CYRILLIC_TO_LATIN for ch in word if CYRILLIC.match(ch)):
            fixed = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in word)
        letters = "".join(dict.fromkeys(ch for ch in word if CYRILLIC.match(ch)))
        message = f"Cyrillic {', '.join(letters)} inside the Latin word {word!r}"
    return Hit("script-mixed", message, word, replace_span(target, start, end, fixed) if fixed else None)
