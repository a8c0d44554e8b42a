"""Names in the Latin-script Kazakh editions.

Letter-for-letter transliteration is right for Kazakh and Russian names
(Тоқаев → Toqaev, Зюганов → Ziuganov) and wrong for names whose own spelling is
Latin already: Джо Байден is Joe Biden, not Djo Baiden. The glossary's optional
``kk_latn`` column gives the Latin spelling of a referent's ``kk`` form, word
for word (the same number of words, split at spaces and hyphens): ``Joe Biden``
for ``Джо Байден``. Each word pair becomes an override of the transliterator, so
every case form follows (Байденнің → Bidennıñ), and so does an admitted form
made of the same words (Байден alone). A word written with a capital only
replaces capitalised words (see the transliterator's rule 6).

A cell with Cyrillic letters or whose word count differs from its ``kk`` form,
and one Kazakh word given two different Latin spellings by two rows, are errors
naming the glossary line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from workbench.text.kazakh_latin import OverrideTable, compile_overrides
from workbench.util.errors import Problem, ProblemsError

__all__ = ["LatinName", "latin_overrides"]

_WORD_SPLIT = re.compile(r"[\s\-‐‑–—]+")
_EDGE = "«»\"'“”„‘’()[]{}.,;:!?"
_KAZAKH = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+")
_CYRILLIC = re.compile("[\u0400-\u052f]")


@dataclass(frozen=True)
class LatinName:
    """One glossary row's preferred Kazakh form and its Latin spelling."""

    line: int
    kk: str
    latin: str


def _words(text: str) -> list[str]:
    return [w.strip(_EDGE) for w in _WORD_SPLIT.split(text.strip()) if w.strip(_EDGE)]


def latin_overrides(names: Iterable[LatinName], path: str = "glossary.tsv") -> OverrideTable:
    """The transliterator's overrides from the glossary's Latin spellings.

    Raises :class:`ProblemsError` listing every bad cell.
    """
    problems: list[Problem] = []
    chosen: dict[str, tuple[str, str, int]] = {}  # lower-case Kazakh word -> (key as written, Latin, line)
    for name in names:
        kk_words, latin_words = _words(name.kk), _words(name.latin)
        if _CYRILLIC.search(name.latin):
            problems.append(Problem(path, name.line, f"kk_latn {name.latin!r} has Cyrillic letters: "
                                                     "give the name in the Latin alphabet"))
            continue
        if len(kk_words) != len(latin_words):
            problems.append(Problem(path, name.line,
                                    f"kk_latn {name.latin!r} has {len(latin_words)} word(s) but kk {name.kk!r} "
                                    f"has {len(kk_words)}: give the Latin spelling of each word of the kk form"))
            continue
        for word, latin in zip(kk_words, latin_words):
            if _KAZAKH.fullmatch(word) is None:
                continue  # Latin letters, digits: nothing to transliterate
            key = word.lower()
            earlier = chosen.get(key)
            if earlier is not None and earlier[1] != latin:
                problems.append(Problem(path, name.line,
                                        f"kk_latn spells {word!r} {latin!r}, but line {earlier[2]} "
                                        f"spells it {earlier[1]!r}"))
                continue
            if earlier is None:
                chosen[key] = (word, latin, name.line)
    if problems:
        raise ProblemsError(problems)
    return compile_overrides({word: latin for word, latin, _line in chosen.values()})
