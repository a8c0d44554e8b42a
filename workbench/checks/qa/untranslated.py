"""Untranslated text: English left in a Russian or Kazakh target.

Latin-script words of the target are set aside when they are a glossary form of the target
language (RISE, KPMG, MR Online, Facebook-та), an acronym or a Roman numeral, or inside a URL,
an address, a file name or code. Of the rest, a word is English left behind when it is
lower-case (English writes names with a capital), or capitalised at the start of a sentence or
of a label (``Update:``, ``Strike fund``) where the source does not use it as a name (capitalised
inside a sentence). A run of such words is one finding:

- ``untranslated-words`` (warning) — English words left in the target;
- ``untranslated-identical`` (warning) — the target is the source, unchanged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .base import Hit, Pair
from .text import CYRILLIC, masked, protected_spans, rx, sentence_start, trie_pattern

_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_ROMAN = re.compile(r"^[MDCLXVI]+$")


@lru_cache(maxsize=16)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for all the glossary's Latin-script names (however many there are)."""
    return re.compile(trie_pattern(names)) if names else None


def _names_mask(text: str, names: tuple[str, ...]) -> str:
    """*text* with the glossary's Latin-script names blanked (as whole words)."""
    pattern = _names_pattern(names)
    if pattern is None:
        return text
    for m in pattern.finditer(text):
        a, b = m.start(), m.end()
        if (a and text[a - 1].isascii() and text[a - 1].isalpha()) or \
                (b < len(text) and text[b].isascii() and text[b].isalpha()):
            continue
        text = text[:a] + " " * (b - a) + text[b:]
    return text


@lru_cache(maxsize=4096)
def _name_evidence(source: str) -> frozenset[str]:
    """Words the source capitalises inside a sentence: names."""
    out: set[str] = set()
    for m in _LATIN_WORD.finditer(source):
        w = m.group(0)
        if w[0].isupper() and not sentence_start(source, m.start()):
            out.add(w)
    return frozenset(out)


@lru_cache(maxsize=4096)
def _lowercase_in_source(source: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in _LATIN_WORD.finditer(source) if m.group(0).islower())


def _set_aside(word: str) -> bool:
    """Too short to judge, an acronym or a Roman numeral."""
    return len(word) < 2 or (word.isupper() and len(word) <= 8) or bool(_ROMAN.match(word))


def check(pair: Pair) -> list[Hit]:
    source, target = pair.source, pair.target
    if not rx(r"[A-Za-z]").search(target):
        return []
    names = pair.context.latin_names
    if target.strip() == source.strip() and _has_prose(source, names):
        return [Hit("untranslated-identical", "the translation is the English source, unchanged", target.strip())]
    text = _names_mask(masked(target), names)
    flagged: list[tuple[int, int]] = []
    latin = [m for m in _LATIN_WORD.finditer(text) if not _set_aside(m.group(0))]
    if not latin:
        return []
    evidence = _name_evidence(masked(source))
    lower_src = _lowercase_in_source(masked(source))
    for m in latin:
        w = m.group(0)
        if w.islower():
            flagged.append((m.start(), m.end()))
        elif w[0].isupper() and w[1:].islower():
            if w.lower() in lower_src:
                flagged.append((m.start(), m.end()))        # the source writes it as a common word
            elif w not in evidence and sentence_start(text, m.start()) and _common_english(w):
                flagged.append((m.start(), m.end()))        # Update:, Solidarity messages (not Tengizchevroil)
    if flagged:
        kept = _quoted_as_in_source(target, source) + _names_as_in_source(text, source,
                                                                          pair.context.translated_names)
        flagged = [(a, b) for a, b in flagged if not any(qa <= a and b <= qb for qa, qb in kept)]
    if not flagged:
        return []
    # join neighbouring Latin words into phrases
    runs: list[list[int]] = []
    for start, end in flagged:
        if runs and rx(r"[\s,\-A-Za-z'’]*").fullmatch(text[runs[-1][1]:start]):
            runs[-1][1] = end
        else:
            runs.append([start, end])
    hits = []
    for start, end in runs:
        # extend over capitalised Latin neighbours of the phrase (Solidarity messages)
        while True:
            before = rx(r"([A-Za-z]+)\s+$").search(text[:start])
            if before and before.group(1)[0].isupper() and len(before.group(1)) > 1 and not before.group(1).isupper():
                start = before.start(1)
                continue
            break
        phrase = target[start:end]
        hits.append(Hit("untranslated-words", f"English left in the translation: {phrase!r}", phrase))
    return hits


_QUOTED = re.compile(r"«([^«»]+)»|„([^„“”]+)[“”]|\"([^\"]+)\"|“([^“”]+)”")
_SOURCE_OPENING_QUOTES = "\"“‘'«„"
_SAYS_ENGLISH = re.compile(r"(?i)ағылшын|по-английски|английск|англ\.")


_TITLE_RUN = re.compile(r"[A-Z][a-z]+(?:[ \u00a0]+(?:of |for |and |the |de |on )?[A-Z][a-z]+)+")


def _names_as_in_source(text: str, source: str, translated: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of Title Case runs (Human Rights Watch, Amnesty International) that the source has
    letter for letter, in a translation that is otherwise in Cyrillic: names kept in Latin —
    unless the glossary gives the name in the language's own script (*translated*)."""
    if not CYRILLIC.search(text):
        return []
    return [(m.start(), m.end()) for m in _TITLE_RUN.finditer(text)
            if m.group(0) in source and not any(m.group(0) in name or name in m.group(0) for name in translated)]


_QUOTE_THEN_GLOSS = re.compile(r"[ \u00a0]{0,3}\(")


def _quoted_as_in_source(target: str, source: str) -> list[tuple[int, int]]:
    """Spans of the target's quotations that repeat, letter for letter and in Latin script, a
    quotation of the source, where the translation says that it quotes English (a poster's
    slogan «…» ағылшын тілінде, по-английски «…») or glosses it in brackets right after
    («…» («Казахстан — страна возможностей»)); without either, a quotation left in English
    is untranslated text like any other."""
    out: list[tuple[int, int]] = []
    says_english = bool(_SAYS_ENGLISH.search(target))
    for m in _QUOTED.finditer(target) if any(q in target for q in "«„\"“") else ():
        index = next(i for i in range(1, 5) if m.group(i) is not None)
        content = m.group(index).strip()
        if not content or CYRILLIC.search(content):
            continue
        at = source.find(content)
        glossed = bool(_QUOTE_THEN_GLOSS.match(target, m.end()))
        if at >= 0 and (at == 0 or source[at - 1] in _SOURCE_OPENING_QUOTES) and (says_english or glossed):
            out.append((m.start(index), m.end(index)))
    return out


def _common_english(word: str) -> bool:
    from .lexicon import english_words

    words = english_words()
    return True if words is None else words.common(word)


def _has_prose(source: str, names: tuple[str, ...]) -> bool:
    """Whether *source* has English words beyond names, acronyms, numbers and addresses."""
    text = _names_mask(masked(source), names)
    words = [w for w in _LATIN_WORD.findall(text) if not w.isupper()]
    if protected_spans(source) and len(words) <= 1:
        return False
    lower = [w for w in words if w.islower()]
    return len(lower) >= 1 or len(words) >= 3
