"""Transliteration variants: is an unknown name another spelling of a glossary entry?

Both spellings are reduced to a *skeleton key* that erases the usual romanisation
habits (zh/j, kh/h, y/i, ye/e, -ayev/-aev, doubled letters, ks/x, ou/u, w/v, inner
capitals, diacritics); equal skeletons mean a variant. A rapidfuzz ratio on the
plain and skeleton forms is the second, weaker signal ("possible variant").
:func:`accept_variant` records an accepted variant in the glossary in one action.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_LATIN_RULES: tuple[tuple[str, str, str], ...] = (
    # (pattern, replacement, habit shown to the user)
    ("dzh", "j", "zh/j"),
    ("zh", "j", "zh/j"),
    ("kh", "h", "kh/h"),
    ("ks", "x", "ks/x"),
    ("ck", "k", "ck/k"),
    ("ph", "f", "ph/f"),
    ("ou", "u", "u/ou"),
    ("w", "v", "w/v"),
    ("ye", "e", "ye/e"),
    ("yu", "iu", "y/i"),
    ("ya", "ia", "y/i"),
    ("y", "i", "y/i"),
)
_DOUBLE = re.compile(r"(.)\1+")
_HABITS_ORDER = ("zh/j", "kh/h", "y/i", "ye/e", "-ayev/-aev", "doubled letters", "ks/x", "u/ou", "w/v",
                 "ck/k", "ph/f", "inner capitals", "diacritics")


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def latin_skeleton(text: str) -> str:
    """Skeleton key of a Latin-script name: ``Kassym-Jomart Tokayev`` → ``kasimjomarttokaev``."""
    s = "".join(c for c in _strip_marks(text).lower() if c.isalnum())
    for pattern, repl, _ in _LATIN_RULES:
        s = s.replace(pattern, repl)
    return _DOUBLE.sub(r"\1", s)


_CYR = str.maketrans({"ё": "е", "э": "е", "й": "и", "ы": "и", "ъ": None, "ь": None, "ә": "а", "ғ": "г",
                      "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и", "ф": "в"})


def cyrillic_skeleton(text: str) -> str:
    """Skeleton of a Cyrillic name (Russian and Kazakh letters merged, ф/в, ё/е/э, й/и/ы)."""
    s = "".join(c for c in text.lower() if c.isalnum()).translate(_CYR)
    return _DOUBLE.sub(r"\1", s)


#: a Cyrillic skeleton's letters in Latin, as English writes Russian and Kazakh names (Жанаозен → zhanaozen)
_CYR_LATIN = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
                            "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
                            "с": "s", "т": "t", "у": "u", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                            "щ": "shch", "ю": "yu", "я": "ya"})


def counterpart(form: str, candidates: list[str], *, cutoff: float = 60.0) -> str | None:
    """Which of the English *candidates* (names in a source sentence) is *form*, a Russian or
    Kazakh name in its translation, written in Latin letters («Мангистау» → "Mangistau" of
    ["Aktau", "Mangistau"])? The one whose skeleton is closest to the form's, transliterated,
    if at least *cutoff* alike; a name in Latin letters is compared as it is; None if none is."""
    from rapidfuzz import fuzz

    latin = latin_skeleton(cyrillic_skeleton(form).translate(_CYR_LATIN) if _cyrillic(form) else form)
    scored = [(fuzz.ratio(latin, latin_skeleton(candidate)), -k, candidate) for k, candidate in enumerate(candidates)]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] >= cutoff else None


def one_of_double_dropped(word: str, start: int, valid: set[str] | frozenset[str]) -> str | None:
    """The word of *valid* that *word* becomes with one of two equal letters at or after *start* dropped
    («казахстанне» → «казахстане» from the stem's last letter on), or None."""
    for k in range(max(start, 0), len(word) - 1):
        if word[k] == word[k + 1] and word[:k] + word[k + 1:] in valid:
            return word[:k] + word[k + 1:]
    return None


def _cyrillic(text: str) -> bool:
    return any("а" <= c.lower() <= "я" or c in "ёәғқңөұүһі" for c in text)


def skeleton(text: str) -> str:
    if _cyrillic(text):
        return cyrillic_skeleton(text)
    return latin_skeleton(text)


def habits(a: str, b: str) -> list[str]:
    """Which transliteration habits separate two spellings (for the message)."""
    out: list[str] = []
    la, lb = _strip_marks(a).lower(), _strip_marks(b).lower()
    if la == lb and a != b:
        if _strip_marks(a) == _strip_marks(b):
            out.append("diacritics")
        else:
            out.append("inner capitals")
        return out
    if _strip_marks(a) != a or _strip_marks(b) != b:
        out.append("diacritics")
    for pattern, _repl, habit in _LATIN_RULES:
        if (pattern in la) != (pattern in lb) and habit not in out:
            if habit == "ye/e" and (("ayev" in la) != ("ayev" in lb) or ("aev" in la) != ("aev" in lb)):
                habit = "-ayev/-aev"
            if habit not in out:
                out.append(habit)
    single_a, single_b = _DOUBLE.sub(r"\1", la), _DOUBLE.sub(r"\1", lb)
    if (single_a != la or single_b != lb) and (
            single_a == single_b or len(_DOUBLE.findall(la)) != len(_DOUBLE.findall(lb))):
        out.append("doubled letters")
    order = {h: i for i, h in enumerate(_HABITS_ORDER)}
    return sorted(dict.fromkeys(out), key=lambda h: order.get(h, 99))


@dataclass(frozen=True, slots=True)
class Variant:
    ref: int            # referent index
    spelling: str       # the glossary spelling it resembles
    strong: bool        # equal skeletons (True) or only similar (False)
    score: float
    habits: tuple[str, ...]


#: English endings that make another word of a name: plurals, adjectives and demonyms
_DERIVING_ENDINGS = ("s", "es", "ian", "ians", "an", "ans", "n", "ns", "ese", "i", "is", "ite", "ites", "ist",
                     "ists", "ism")


class VariantFinder:
    """Skeletons of every English spelling (and of person surnames) → referents."""

    def __init__(self, spellings: list[tuple[str, int]]) -> None:
        self.by_skeleton: dict[str, list[tuple[int, str]]] = {}
        self.choices: list[str] = []
        self.owners: list[tuple[int, str]] = []
        self.known = frozenset(spelling.lower() for spelling, _ in spellings)
        for spelling, ref in spellings:
            key = latin_skeleton(spelling)
            if len(key) >= 3:
                self.by_skeleton.setdefault(key, []).append((ref, spelling))
                self.choices.append(spelling.lower())
                self.owners.append((ref, spelling))

    def derived(self, name: str) -> bool:
        """Is *name* a known spelling with an English ending that makes another word of it — a plural
        ("two Kazakhstans", "the Tokayevs") or an adjective or demonym ("Canadian", "Ukrainian",
        "Kazakhstani") — rather than another spelling of it?"""
        low = name.lower()
        for ending in _DERIVING_ENDINGS:
            stem = low[:-len(ending)]
            if low.endswith(ending) and len(stem) >= 3 and (
                    stem in self.known or any(stem + vowel in self.known for vowel in "aey")):
                return True
        return False

    def find(self, name: str) -> Variant | None:
        from rapidfuzz import fuzz, process  # imported when an unknown name is met

        key = latin_skeleton(name)
        if len(key) < 4 or self.derived(name):
            return None
        hits = self.by_skeleton.get(key)
        if hits:
            ref, spelling = hits[0]
            return Variant(ref, spelling, True, 100.0, tuple(habits(name, spelling)))
        if not self.choices:
            return None
        best = process.extractOne(name.lower(), self.choices, scorer=fuzz.ratio, score_cutoff=85)
        if best is None:
            return None
        _, score, pos = best
        ref, spelling = self.owners[pos]
        if fuzz.ratio(key, latin_skeleton(spelling)) < 85 or name[:1].lower() != spelling[:1].lower():
            return None
        if name in _world_names():
            return None     # "Turkmenistan" is a country of its own, not a misspelt "Turkestan"
        return Variant(ref, spelling, False, float(score), tuple(habits(name, spelling)))


@functools.cache
def _world_names() -> frozenset[str]:
    """The English names of the world's countries and regions, as CLDR (through babel) writes them: a name only
    similar to a glossary spelling that is one of them is that place, no variant."""
    from babel import Locale  # (read once, when the first weak variant is met)

    return frozenset(Locale("en").territories.values())


# -- accepting a variant ------------------------------------------------------------

def accept_variant(glossary: Any, finding: Any, *, deprecated: bool = False, path: str | Path | None = None,
                   save: bool = True) -> Any:
    """Accept the spelling a ``source-variant-spelling`` (or ``source-unknown-name`` with a
    referent) finding names: add it to the referent's ``en_admitted`` (or ``en_deprecated``
    with ``deprecated=True``) and save the glossary atomically (``save_glossary``).
    Returns the updated referent. One action, no questions asked.
    """
    from workbench.util.errors import WorkbenchError

    ref_id = getattr(finding, "referent", None)
    spelling = (getattr(finding, "offending", "") or "").strip()
    if not ref_id or not spelling:
        raise WorkbenchError(f"finding {getattr(finding, 'check', '?')} names no referent to add a variant to")
    status = "deprecated" if deprecated else "admitted"
    glossary.add_variant(ref_id, spelling, status)
    if save:
        from workbench.glossary import save_glossary

        save_glossary(glossary, path)
    return glossary.by_id(ref_id)
