"""Kazakh declension of proper names (seven cases: nom gen dat acc abl loc ins).

See the package docstring of :mod:`workbench.inflection` for the rules and limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

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


def _uniq(items: Iterable[str]) -> tuple[str, ...]:
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
    for k in range(len(low) - 1, -1, -1):
        ch = low[k]
        if ch in BACK_VOWELS:
            return "back"
        if ch in FRONT_VOWELS:
            return "front"
        if ch == "и":
            if not kazakh:
                return "front"       # Путин, Тбилиси, Владимир
            seen_i = True            # Kazakh spelling: и follows the vowel before it (Мұхит)
        if ch == "у" and k > 0 and low[k - 1] not in VOWEL_LETTERS:
            return "back"            # у after a consonant is the vowel u (Фейсбук, Қырғызстан… Шу)
        # у after a vowel is a glide and transparent (Маңғыстау, Мәскеу, Атырау); consonants are skipped
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


#: How a consonant letter of a Latin acronym is named in Kazakh speech (English letter
#: names): (class of the last sound, front?). Vowel letters: A "эй", E "и", I "ай", O "оу", U "ю".
_LATIN_LETTER = {
    "a": (SON, True), "b": (V, True), "c": (V, True), "d": (V, True), "e": (V, True), "f": (VL, True),
    "g": (V, True), "h": (VL, True), "i": (SON, False), "j": (SON, True), "k": (SON, True), "l": (SON, True),
    "m": (MNNG, True), "n": (MNNG, True), "o": (SON, False), "p": (V, True), "q": (V, False), "r": (SON, False),
    "s": (VL, True), "t": (V, True), "u": (V, False), "v": (V, True), "w": (V, False), "x": (VL, True),
    "y": (SON, False), "z": (VL, True),
}

def _pronounceable(low: str) -> bool:
    """Can an acronym be read as a word (НАТО, ҰҚШҰ, ЕО, KEGOC)? It needs a vowel letter, no
    more than two consonants in a row, and no two consonants at its start or end (ҰҚК, ТМД,
    АҚШ and USC are spelled out letter by letter)."""
    vowels = "aeiouy" if _is_latin(low) else VOWEL_LETTERS
    if not any(c in vowels for c in low):
        return False
    consonant = [c.isalpha() and c not in vowels for c in low]
    run = 0
    for flag in consonant:
        run = run + 1 if flag else 0
        if run > 2:
            return False
    return not (len(low) > 1 and (all(consonant[:2]) or all(consonant[-2:])))


def _acronym_reading(word: str, spec_harmony: str | None, spec_reading: str | None = None) -> tuple[str, bool]:
    """(class, front) for an acronym.

    Read as a word when it can be pronounced as one (НАТО-ның, ҰҚШҰ-ға, ЕО-ны; ``word`` in the
    cell forces it: АҚШ-тың, АҚШ-қа), else letter by letter (``letters`` forces it): a
    Cyrillic consonant is named with ы (ТМД "тэ-мы-ды", ҰҚК "ұ-қы-кы": back endings after a
    vowel, ТМД-ның, ҰҚК-ны); a Latin letter by its English name (CNPC "…си": CNPC-нің, CNPC-мен).
    """
    low = _letters(word)
    latin = _is_latin(low)
    as_word = spec_reading == "word" or (spec_reading != "letters" and (
        not is_acronym(word) or _pronounceable(low)))
    if as_word:
        cls, front = final_class(word), harmony(word) == "front"
    elif latin and low:
        cls, front = _LATIN_LETTER.get(low[-1], (V, True))
    elif low and low[-1] in VOWEL_LETTERS:
        last = low[-1]
        cls, front = V, last in FRONT_VOWELS or last == "и"
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


class _Target(NamedTuple):
    """Where a name takes its endings: ``prefix`` + ``word`` + ending + ``trail`` + ``rest``."""

    prefix: str         # the words before the declined one
    word: str           # the declined word (inside its quotes when the name is quoted)
    trail: str          # closing quotes after it, kept after the ending («Теңізшевройлдың»)
    rest: str           # the words after it (never declined)
    mode: str           # "plain" (glued on), "acronym" (hyphen), "quoted" (hyphen after the quote)
    poss: bool          # 3rd-person possessive: the pronominal-n row


def _target(form: str, kind: str, spec: DeclensionSpec, preferred: bool) -> _Target | None:
    """Where the endings go, or None if the name never changes.

    A word in quotes takes its ending inside them («Теңізшевройлдың», «Жұмысшы билігінің»):
    Kazakh writes the hyphen only after acronyms, figures and Latin script, so a quoted
    acronym or Latin name takes it after the closing quote («KEGOC»-тың).
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
            tags[-1] = "decl"        # a quoted name at the end: «Нұр Отанның»
    idx = max((i for i, t in enumerate(tags) if t != "fix"), default=None)
    if idx is None:
        return None
    word = words[idx]
    prefix = " ".join(words[:idx])
    rest = " ".join(words[idx + 1:])
    trail = ""
    core = word.rstrip(_TRAIL)
    if core != word and word.endswith(CLOSE_QUOTES):
        inner = core.lstrip("".join(OPEN_QUOTES))
        if is_acronym(inner) or _is_latin(_letters(inner)) or spec.acronym:
            mode = "quoted"
        else:
            mode, trail, word = "plain", word[len(core):], core
    elif is_acronym(word) or (spec.acronym and idx == len(words) - 1):
        mode = "acronym"
    else:
        mode = "plain"
    poss = spec.possessive or (mode == "plain" and looks_possessive(word, kind, len(words)))
    return _Target(prefix, word, trail, rest, mode, poss)


def _join(prefix: str, word: str, rest: str) -> str:
    return " ".join(p for p in (prefix, word, rest) if p)


def _reading(word: str, mode: str, spec: DeclensionSpec) -> tuple[str, bool, str]:
    """(class, front?, separator) for the endings of ``word``."""
    if mode == "quoted":
        core = word.rstrip(_TRAIL)
        if is_acronym(core.lstrip("".join(OPEN_QUOTES))):
            cls, front = _acronym_reading(core, spec.harmony, spec.reading)
        else:
            cls = final_class(core)
            front = (spec.harmony or harmony(core)) == "front"
        return cls, front, "-"
    if mode == "acronym":
        cls, front = _acronym_reading(word, spec.harmony, spec.reading)
        return cls, front, "-"
    return final_class(word), (spec.harmony or harmony(word)) == "front", ""


def _decline_word(word: str, mode: str, poss: bool, spec: DeclensionSpec) -> dict[str, str]:
    """case → single form of one word."""
    cls, front, sep = _reading(word, mode, spec)
    out = {"nom": word}
    for case in CASES[1:]:
        e = _poss_ending(case, front) if poss else _ending(case, cls, front)
        out[case] = word + sep + e
    return out


@lru_cache(maxsize=65536)
def _paradigm(form: str, kind: str, spec: DeclensionSpec, preferred: bool) -> tuple[tuple[str, ...], ...]:
    t = _target(form, kind, spec, preferred)
    result: list[tuple[str, ...]]
    if t is None:
        result = [(form,) for _ in CASES]
    else:
        forms = _decline_word(t.word, t.mode, t.poss, spec)
        result = [(_join(t.prefix, forms[c] + t.trail, t.rest),) for c in CASES]
    if preferred:
        over = spec.override_map
        for i, case in enumerate(CASES):
            if case in over:
                result[i] = _uniq((form,) + over[case]) if case == "nom" else over[case]
    return tuple(result)


def _own_spec(form: str, spec: DeclensionSpec, preferred: bool) -> tuple[DeclensionSpec, bool]:
    """The spec that describes *form*: its own ``FORM: ITEMS`` group (applied in full), else the cell."""
    group = spec.for_form(form) if spec.per_form else None
    return (group, True) if group is not None else (spec, preferred)


def kazakh_paradigm(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                    preferred: bool = True) -> dict[str, tuple[str, ...]]:
    """case → forms for a Kazakh name in the nominative (only the last word inflects).

    ``preferred=False``: see :func:`workbench.inflection.russian.russian_paradigm`.
    """
    form = form.strip()
    spec, preferred = _own_spec(form, spec, preferred)
    return dict(zip(CASES, _paradigm(form, kind, spec, preferred)))


def kazakh_hyphen_after_quote(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                              preferred: bool = True) -> dict[str, str]:
    """For a name whose last word is a quoted Kazakh word: each case written with a hyphen after
    the closing quote («Теңізшевройл»-дың), or with the ending glued to it («Теңізшевройл»дың), → the
    right form («Теңізшевройлдың»). Not Kazakh orthography (the hyphen follows acronyms, figures and
    Latin script only; the ending of a quoted word goes inside the quotes): the checks recognise
    these to correct them. Empty for any other name."""
    form = form.strip()
    spec, preferred = _own_spec(form, spec, preferred)
    t = _target(form, kind, spec, preferred)
    if t is None or not t.trail or t.mode != "plain":
        return {}
    forms = _decline_word(t.word, t.mode, t.poss, spec)
    out: dict[str, str] = {}
    for case in CASES[1:]:
        ending = forms[case][len(t.word):]
        for joint in ("-", ""):
            out[_join(t.prefix, t.word + t.trail + joint + ending, t.rest)] = _join(t.prefix, forms[case] + t.trail,
                                                                                      t.rest)
    attr = _attributive(forms["loc"])
    if attr:
        for joint in ("-", ""):
            out[_join(t.prefix, t.word + t.trail + joint + attr[len(t.word):], t.rest)] = _join(
                t.prefix, attr + t.trail, t.rest)
    return out


def _attributive(loc_form: str) -> str | None:
    """Locative + -ғы/-гі: Алматыдағы, Жаңаөзендегі, Қозғалысындағы, АҚШ-тағы."""
    if loc_form.endswith(("да", "та")):
        return loc_form + "ғы"
    if loc_form.endswith(("де", "те")):
        return loc_form + "гі"
    return None


def _similative(attr: str) -> str:
    """The attributive + -дай/-дей, "as in": Сириядағыдай, Жаңаөзендегідей."""
    return attr + ("дай" if attr.endswith("ғы") else "дей")


def _with_attr(paradigm: dict[str, str]) -> set[str]:
    out = set(paradigm.values())
    attr = _attributive(paradigm["loc"])
    if attr:
        out.update((attr, _similative(attr)))
    return out


@lru_cache(maxsize=65536)
def _surface(form: str, kind: str, spec: DeclensionSpec, preferred: bool) -> frozenset[str]:
    para = _paradigm(form, kind, spec, preferred)
    out = {f for alts in para for f in alts}
    t = _target(form, kind, spec, preferred)
    if t is None:
        return frozenset(out)
    loc = _decline_word(t.word, t.mode, t.poss, spec)["loc"] if not spec.overrides else None
    for loc_form in ((loc,) if loc else ()):
        attr = _attributive(loc_form)
        if attr:
            out.add(_join(t.prefix, attr + t.trail, t.rest))
            out.add(_join(t.prefix, _similative(attr) + t.trail, t.rest))      # «Сириядағыдай», as in Syria
            # the attribute made a noun, "the one / those in Atyrau", in every case: Атыраудағыны,
            # Атыраудағылар, Атыраудағыларға. Grammatical forms are known forms: a misused one (the double
            # locative Алматыдағыда) is for the rules on its context, not a missing name.
            attr_front = attr.endswith("гі")
            attr_spec = DeclensionSpec(harmony="front" if attr_front else "back")
            for noun in (attr, attr + ("лер" if attr_front else "лар")):
                declined = _decline_word(noun, "plain", False, attr_spec)
                out.update(_join(t.prefix, f + t.trail, t.rest) for f in declined.values())
    if spec.overrides:
        out.update(a for a in map(_attributive, para[CASES.index("loc")]) if a and a != form)
    cls, front, sep = _reading(t.word, t.mode, spec)
    stems: list[tuple[str, bool]] = []   # (stem, is possessive)
    word = t.word
    # plural: Назарбаевтар, Ресейлер; then plural + possessive: Назарбаевтары
    if not t.poss:
        plural_cls = MNNG if cls == SON and _letters(word)[-1:] == "л" else cls   # көлдер, Оралдар
        plural_suffix = _PLURAL[plural_cls].translate(_FRONT) if front else _PLURAL[plural_cls]
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
            if t.mode == "plain" and last.lower() in _VOICE:
                v = _VOICE[last.lower()]
                stems.append((word[:-1] + (v.upper() if last.isupper() else v) + vowel, True))
    stem_spec = DeclensionSpec(harmony="front" if front else "back")
    for stem, is_poss in stems:
        forms = _decline_word(stem, "plain", is_poss, stem_spec)
        out.update(_join(t.prefix, f + t.trail, t.rest) for f in _with_attr(forms))
    return frozenset(out)


def kazakh_surface_forms(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                         preferred: bool = True) -> set[str]:
    """The paradigm plus: locative + -ғы/-гі (Алматыдағы, АҚШ-тағы) and + -дай/-дей (Сириядағыдай,
    "as in Syria"), plural + cases
    (Назарбаевтардың), 3rd-person possessive + cases (Алматысының) and plural +
    possessive + cases (Назарбаевтарының), each also with the attributive form."""
    form = form.strip()
    spec, preferred = _own_spec(form, spec, preferred)
    return set(_surface(form, kind, spec, preferred))
