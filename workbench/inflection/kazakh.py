"""Kazakh declension of proper names (seven cases: nom gen dat acc abl loc ins).

See the package docstring of :mod:`workbench.inflection` for the rules and limits.
"""

from __future__ import annotations

from functools import lru_cache

from .spec import EMPTY_SPEC, KK_CASES, DeclensionSpec

CASES = KK_CASES
BACK_VOWELS = frozenset("аоұыяёю")      # я ё ю = й + back vowel
FRONT_VOWELS = frozenset("әөүіеэ")
VOWEL_LETTERS = BACK_VOWELS | FRONT_VOWELS | frozenset("иу")
KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Classes of the final sound, which choose the first consonant of an ending.
V, MNNG, SON, ZJ, VL = "V", "MNNG", "SON", "ZJ", "VL"
_CLASS = {}
for _c in "аәеёоөұүыіэя":
    _CLASS[_c] = V
for _c in "мнң":
    _CLASS[_c] = MNNG
for _c in "лрйуию":   # и = ій/ый, у = ұу/үу/w, ю = йу: all end in a glide
    _CLASS[_c] = SON
for _c in "зж":
    _CLASS[_c] = ZJ
for _c in "кқпстфхһцчшщбвгғд":  # voiceless, and б в г ғ д devoiced at the end of a word
    _CLASS[_c] = VL

# Back-vowel endings per case and class; the front variants are made by _FRONT.
_ENDINGS: dict[str, dict[str, str]] = {
    "gen": {V: "ның", MNNG: "ның", SON: "дың", ZJ: "дың", VL: "тың"},
    "dat": {V: "ға", MNNG: "ға", SON: "ға", ZJ: "ға", VL: "қа"},
    "acc": {V: "ны", MNNG: "ды", SON: "ды", ZJ: "ды", VL: "ты"},
    "abl": {V: "дан", MNNG: "нан", SON: "дан", ZJ: "дан", VL: "тан"},
    "loc": {V: "да", MNNG: "да", SON: "да", ZJ: "да", VL: "та"},
    "ins": {V: "мен", MNNG: "мен", SON: "мен", ZJ: "бен", VL: "пен"},
}
# After a 3rd-person possessive (-ы/-і/-сы/-сі): the "pronominal n".
_POSS_ENDINGS = {"gen": "ның", "dat": "на", "acc": "н", "abl": "нан", "loc": "нда", "ins": "мен"}
_PLURAL = {V: "лар", SON: "лар", MNNG: "дар", ZJ: "дар", VL: "тар"}
_FRONT = str.maketrans("ыағқ", "іегк")
_VOICE = {"к": "г", "қ": "ғ", "п": "б"}
OPEN_QUOTES = ("«", '"', "„", "“")
CLOSE_QUOTES = ("»", '"', "“", "”")
_TRAIL = "»\"“”.,;:!?)"

Paradigm = dict[str, tuple[str, ...]]


def _uniq(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _letters(word: str) -> str:
    return "".join(c for c in word.lower() if c.isalpha())


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


LATIN_BACK = frozenset("aou")
LATIN_FRONT = frozenset("eiy")


def _is_latin(low: str) -> bool:
    return bool(low) and all("a" <= c <= "z" for c in low)


def _latin_core(low: str) -> str:
    """Drop a silent final -e (Voice → voic, Chevrolet stays)."""
    if len(low) > 3 and low.endswith("e") and low[-2] not in "aeiouy":
        return low[:-1]
    return low


def harmony(word: str) -> str:
    """``"front"`` or ``"back"`` for the endings of ``word`` (see the package docstring)."""
    low = _letters(word)
    if not low:
        return "back"
    if _is_latin(low):  # Latin script: the last vowel letter (Chevron back, Sinopec front)
        for ch in reversed(_latin_core(low)):
            if ch in LATIN_BACK:
                return "back"
            if ch in LATIN_FRONT:
                return "front"
        return "back"
    # Russian surnames in -ов/-ев/-ёв take the harmony of the root: Тоқаев, Әлиев.
    if len(low) > 3 and low.endswith(("ов", "ев", "ёв")) and any(c in VOWEL_LETTERS for c in low[:-2]):
        low = low[:-2]
    kazakh = any(c in KAZAKH_LETTERS for c in low)
    seen_i = False
    for ch in reversed(low):
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
        if ch == "и":
            if not kazakh:
                return "front"       # Путин, Тбилиси, Владимир
            seen_i = True            # Kazakh spelling: и follows the vowel before it (Мұхит)
        # у is transparent (Маңғыстау, Мәскеу, Атырау); consonants are skipped
    if low.endswith("ь"):
        return "front"
    return "front" if seen_i else "back"


_LATIN_CLASS = {**dict.fromkeys("aeiou", V), "m": MNNG, "n": MNNG, "l": SON, "r": SON, "w": SON, "z": ZJ}


def final_class(word: str) -> str:
    """Class of the final sound: V, MNNG (м н ң), SON (л р й у и ю), ZJ (з ж), VL (the rest)."""
    low = _letters(word).rstrip("ьъ")
    if not low or not word.rstrip(_TRAIL)[-1:].isalpha():
        return V                     # empty, or ends in a digit: read as a number name
    if _is_latin(low):
        core = _latin_core(low)
        if core.endswith("y"):
            return SON if len(core) > 1 and core[-2] in "aeiou" else V
        return _LATIN_CLASS.get(core[-1], VL)
    return _CLASS.get(low[-1], VL)


def _has_vowel(low: str) -> bool:
    return any(c in VOWEL_LETTERS or c in "aeiouy" for c in low)


def _acronym_reading(word: str, spec_harmony: str | None) -> tuple[str, bool]:
    """(class, front) for an acronym: read as a word if it has a vowel letter
    (НАТО, ҰҚШҰ, АҚШ, ІІМ), else letter by letter with back vowel endings as in
    Kazakh usage (ТМД-ның, ТМД-ға, ҚР-ның)."""
    low = _letters(word)
    if _has_vowel(low):
        cls, front = final_class(word), harmony(word) == "front"
    else:
        cls, front = V, False
    if spec_harmony is not None:
        front = spec_harmony == "front"
    return cls, front


def _ending(case: str, cls: str, front: bool) -> str:
    e = _ENDINGS[case][cls]
    return e.translate(_FRONT) if front else e


def _poss_ending(case: str, front: bool) -> str:
    e = _POSS_ENDINGS[case]
    return e.translate(_FRONT) if front else e


def looks_possessive(word: str, kind: str, nwords: int) -> bool:
    """Guess whether the last word is in the 3rd-person possessive."""
    low = _letters(word)
    if is_acronym(word) or len(low) < 3:
        return False
    if low.endswith(("ұлы", "қызы", "улы", "кызы")):
        return True                      # Байтұрсынұлы, Мұратқызы
    return nwords > 1 and kind != "person" and low[-1] in "ыі"   # Кеңес Одағы, Ақтөбе облысы


def _guess_tags(words: list[str]) -> list[str]:
    tags, in_quote = [], False
    for w in words:
        if not in_quote and w.startswith(OPEN_QUOTES):
            in_quote = True
        tags.append("fix" if in_quote or not any(c.isalpha() for c in w) else "decl")
        if in_quote and w.endswith(CLOSE_QUOTES) and not (len(w) == 1 and w.startswith(OPEN_QUOTES)):
            in_quote = False
    return tags


def _target(form: str, kind: str, spec: DeclensionSpec, preferred: bool):
    """(prefix, word, rest words, mode, poss) or None if the name never changes.

    mode: "plain" (ending glued on), "acronym" (hyphen, letter reading) or
    "quoted" (the name ends in a quote: «Қазақтелеком»-ның, read from the last word).
    """
    words = form.split()
    if not words:
        raise ValueError("empty name")
    if spec.indecl:
        return None
    if spec.words is not None and len(spec.words) == len(words):
        tags = list(spec.words)
    elif spec.words is not None and preferred:
        raise ValueError(f"words= has {len(spec.words)} tag(s) but {form!r} has {len(words)} word(s)")
    else:
        tags = _guess_tags(words)
        if tags[-1] == "fix" and words[-1].endswith(CLOSE_QUOTES) and _letters(words[-1]):
            tags[-1] = "decl"        # a quoted name at the end: «Нұр Отан»-ның
    idx = max((i for i, t in enumerate(tags) if t != "fix"), default=None)
    if idx is None:
        return None
    word = words[idx]
    prefix = " ".join(words[:idx])
    rest = " ".join(words[idx + 1:])
    core = word.rstrip(_TRAIL)
    if core != word and word.endswith(CLOSE_QUOTES):
        mode = "quoted"
    elif is_acronym(word) or (spec.acronym and idx == len(words) - 1):
        mode = "acronym"
    else:
        mode = "plain"
    poss = spec.possessive or (mode == "plain" and looks_possessive(word, kind, len(words)))
    return prefix, word, rest, mode, poss


def _join(prefix: str, word: str, rest: str) -> str:
    return " ".join(p for p in (prefix, word, rest) if p)


def _reading(word: str, mode: str, spec_harmony: str | None) -> tuple[str, bool, str]:
    """(class, front?, separator) for the endings of ``word``."""
    if mode == "quoted":
        core = word.rstrip(_TRAIL)
        if is_acronym(core.lstrip("".join(OPEN_QUOTES))):
            cls, front = _acronym_reading(core, spec_harmony)
        else:
            cls = final_class(core)
            front = (spec_harmony or harmony(core)) == "front"
        return cls, front, "-"
    if mode == "acronym":
        cls, front = _acronym_reading(word, spec_harmony)
        return cls, front, "-"
    return final_class(word), (spec_harmony or harmony(word)) == "front", ""


def _decline_word(word: str, mode: str, poss: bool, spec_harmony: str | None) -> dict[str, str]:
    """case → single form of one word."""
    cls, front, sep = _reading(word, mode, spec_harmony)
    out = {"nom": word}
    for case in CASES[1:]:
        e = _poss_ending(case, front) if poss else _ending(case, cls, front)
        out[case] = word + sep + e
    return out


@lru_cache(maxsize=65536)
def _paradigm(form: str, kind: str, spec: DeclensionSpec, preferred: bool) -> tuple[tuple[str, ...], ...]:
    t = _target(form, kind, spec, preferred)
    if t is None:
        result = [(form,) for _ in CASES]
    else:
        prefix, word, rest, mode, poss = t
        forms = _decline_word(word, mode, poss, spec.harmony)
        result = [(_join(prefix, forms[c], rest),) for c in CASES]
    if preferred:
        over = spec.override_map
        for i, case in enumerate(CASES):
            if case in over:
                result[i] = _uniq((form,) + over[case]) if case == "nom" else over[case]
    return tuple(result)


def kazakh_paradigm(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                    preferred: bool = True) -> dict[str, tuple[str, ...]]:
    """case → forms for a Kazakh name in the nominative (only the last word inflects).

    ``preferred=False``: see :func:`workbench.inflection.russian.russian_paradigm`.
    """
    return dict(zip(CASES, _paradigm(form.strip(), kind, spec, preferred)))


def _attributive(loc_form: str) -> str | None:
    """Locative + -ғы/-гі: Алматыдағы, Жаңаөзендегі, Қозғалысындағы, АҚШ-тағы."""
    if loc_form.endswith(("да", "та")):
        return loc_form + "ғы"
    if loc_form.endswith(("де", "те")):
        return loc_form + "гі"
    return None


def _with_attr(paradigm: dict[str, str]) -> set[str]:
    out = set(paradigm.values())
    attr = _attributive(paradigm["loc"])
    if attr:
        out.add(attr)
    return out


@lru_cache(maxsize=65536)
def _surface(form: str, kind: str, spec: DeclensionSpec, preferred: bool) -> frozenset[str]:
    para = _paradigm(form, kind, spec, preferred)
    out = {f for alts in para for f in alts}
    loc = para[CASES.index("loc")]
    out.update(a for a in map(_attributive, loc) if a and a != form)
    t = _target(form, kind, spec, preferred)
    if t is None:
        return frozenset(out)
    prefix, word, rest, mode, poss = t
    cls, front, sep = _reading(word, mode, spec.harmony)
    h = "front" if front else "back"
    stems: list[tuple[str, bool]] = []   # (stem, is possessive)
    # plural: Назарбаевтар, Ресейлер; then plural + possessive: Назарбаевтары
    if not poss:
        plural_suffix = _PLURAL[cls].translate(_FRONT) if front else _PLURAL[cls]
        plural = word + sep + plural_suffix
        stems.append((plural, False))
        stems.append((plural + ("і" if front else "ы"), True))
        # 3rd-person possessive: Алматысы, Жаңаөзені (+ voiced Қазағы for -к/-қ/-п)
        if cls == V:
            stems.append((word + sep + ("сі" if front else "сы"), True))
        else:
            vowel = "і" if front else "ы"
            stems.append((word + sep + vowel, True))
            last = word[-1:]
            if mode == "plain" and last.lower() in _VOICE:
                v = _VOICE[last.lower()]
                stems.append((word[:-1] + (v.upper() if last.isupper() else v) + vowel, True))
    for stem, is_poss in stems:
        forms = _decline_word(stem, "plain", is_poss, h)
        out.update(_join(prefix, f, rest) for f in _with_attr(forms))
    return frozenset(out)


def kazakh_surface_forms(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                         preferred: bool = True) -> set[str]:
    """The paradigm plus: locative + -ғы/-гі (Алматыдағы, АҚШ-тағы), plural + cases
    (Назарбаевтардың), 3rd-person possessive + cases (Алматысының) and plural +
    possessive + cases (Назарбаевтарының), each also with the attributive form."""
    return set(_surface(form.strip(), kind, spec, preferred))
