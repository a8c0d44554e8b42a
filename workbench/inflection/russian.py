"""Russian declension of proper names (six cases: nom gen dat acc ins loc).

See the package docstring of :mod:`workbench.inflection` for the rules and limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from itertools import product

from .spec import EMPTY_SPEC, RU_CASES, DeclensionSpec

CASES = RU_CASES
VOWELS = frozenset("аеёиоуыэюя")
HUSH = frozenset("жшчщ")
HUSH_C = frozenset("жшчщц")
VELAR = frozenset("гкх")
VELAR_HUSH = VELAR | HUSH
CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщ")
OPEN_QUOTES = ("«", '"', "„", "“", "'")
CLOSE_QUOTES = ("»", '"', "“", "”", "'")
#: Masculine first names in -а/-я (the -а/-я does not make the person feminine).
MALE_A = frozenset(
    "никита илья фома кузьма лука савва муса мустафа иса гулиа миша саша паша "
    "ваня петя вася коля дима сеня лёва жора гоша юра вова тимофея акира".split()
)
#: Russian indeclinable loan nouns in -о/-е/-и/-у that may head an organisation name.
INDECL_NOUNS = frozenset(
    "бюро депо кино радио казино метро ателье кафе пальто шоссе фойе интервью танго "
    "жюри такси пари рагу кредо трио".split()
)

PATRONYMIC_PARTICLES = frozenset({"оглы", "кызы", "улы", "уулу", "гызы"})

Paradigm = dict[str, tuple[str, ...]]
_WordForms = tuple[tuple[str, ...], ...]  # one tuple of alternatives per case, CASES order


def _uniq(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _fixed(word: str) -> _WordForms:
    return tuple((word,) for _ in CASES)


_Endings = str | tuple[str, ...]


def _make(stem: str, gen: _Endings, dat: _Endings, acc: _Endings, ins: _Endings, loc: _Endings,
          nom: str) -> _WordForms:
    """Build a word paradigm from endings (a str or a tuple of alternative endings)."""
    def alts(e: _Endings) -> tuple[str, ...]:
        return tuple(stem + x for x in ((e,) if isinstance(e, str) else e))
    return ((nom,), alts(gen), alts(dat), alts(acc), alts(ins), alts(loc))


def _with_acc(forms: _WordForms, animate: bool) -> _WordForms:
    """Masculine/plural accusative: = genitive if animate, else = nominative."""
    nom, gen, dat, _acc, ins, loc = forms
    return (nom, gen, dat, gen if animate else nom, ins, loc)


# --- noun classes ---------------------------------------------------------

def masc_consonant(word: str, animate: bool) -> _WordForms:
    low = word.lower()
    last = low[-1]
    if low.endswith("ич"):
        ins: tuple[str, ...] = ("ем",)
    elif last in HUSH_C:
        ins = ("ем", "ом")  # stress unknown: Шевчуком? no — after hush/ц unstressed -ем, stressed -ом
    else:
        ins = ("ом",)
    return _with_acc(_make(word, "а", "у", "", ins, "е", word), animate)


def masc_soft(word: str, animate: bool) -> _WordForms:
    """-ь (Игорь, Кремль) and -й (Китай, Андрей, Георгий)."""
    stem, low = word[:-1], word.lower()
    if low.endswith("ь"):
        return _with_acc(_make(stem, "я", "ю", "", ("ем", "ём"), "е", word), animate)
    if low.endswith("ий"):
        return _with_acc(_make(stem, "я", "ю", "", "ем", "и", word), animate)
    return _with_acc(_make(stem, "я", "ю", "", "ем", "е", word), animate)


def fem_soft_sign(word: str) -> _WordForms:
    """3rd declension (Тверь, Казань)."""
    stem = word[:-1]
    return _make(stem, "и", "и", "ь", "ью", "и", word)


def first_decl(word: str) -> _WordForms:
    """Nouns in -а/-я of any gender (Москва, Никита, Россия, Корея, Илья)."""
    stem, low = word[:-1], word.lower()
    before = low[-2] if len(low) > 1 else ""
    if low.endswith("ия"):
        return _make(stem, "и", "и", "ю", "ей", "и", word)
    if low.endswith("я"):
        ins = ("ей",) if before in VOWELS else ("ей", "ёй")
        return _make(stem, "и", "е", "ю", ins, "е", word)
    gen = "и" if before in VELAR_HUSH else "ы"
    ins = ("ей", "ой") if before in HUSH_C else ("ой",)
    return _make(stem, gen, "е", "у", ins, "е", word)


def neuter(word: str) -> _WordForms:
    """Neuter nouns in -о/-е/-ие/-ье (движение, общество, Приморье)."""
    stem, low = word[:-1], word.lower()
    if low.endswith("ие"):
        return _make(stem, "я", "ю", "е", "ем", "и", word)
    if low.endswith("е"):
        before = low[-2] if len(low) > 1 else ""
        if before in HUSH_C:  # училище
            return _make(stem, "а", "у", "е", "ем", "е", word)
        return _make(stem, "я", "ю", "е", "ем", "е", word)
    return _make(stem, "а", "у", "о", "ом", "е", word)


def plural_noun(word: str, animate: bool) -> _WordForms:
    """Plural nouns in -ы/-и (Штаты, Эмираты, Горки) and the plural of neuters in -ие (Жанаозенские
    события → событий, событиям, событиями, событиях). Other endings stay fixed."""
    low = word.lower()
    if len(low) > 3 and low.endswith("ия"):
        return _with_acc(_make(word[:-1], "й", "ям", "", "ями", "ях", word), animate)
    if len(low) < 3 or low[-1] not in "ыи":
        return _fixed(word)
    stem, before = word[:-1], low[-2]
    if low[-1] == "ы" or before in VELAR:
        gen, soft = "ов", False
        if before in HUSH:
            gen = "ей"
    else:
        gen, soft = "ей", before not in HUSH
    dat, ins, loc = ("ям", "ями", "ях") if soft else ("ам", "ами", "ах")
    return _with_acc(_make(stem, gen, dat, "", ins, loc, word), animate)


def surname_masc(word: str, animate: bool = True) -> _WordForms:
    """-ов/-ев/-ёв/-ин/-ын surnames (Токаев, Путин): Токаевым, Путиным, о Токаеве.

    Foreign names in -ин/-ов (Дарвином, Фёрмином) decline as nouns: the cell says
    ``foreign`` (or gives ``ins=``)."""
    return _with_acc(_make(word, "а", "у", "", "ым", "е", word), animate)


def surname_fem(word: str) -> _WordForms:
    """-ова/-ева/-ёва/-ина/-ына surnames (Назарбаева → Назарбаевой, Назарбаеву)."""
    stem = word[:-1]
    return _make(stem, "ой", "ой", "у", "ой", "ой", word)


def adjective(word: str, animate: bool) -> _WordForms:
    """Full adjective declension, gender/number read off the ending."""
    low = word.lower()
    end, stem = low[-2:], word[:-2]
    before = low[-3] if len(low) > 2 else ""
    if end in ("ый", "ой", "ий"):
        soft = end == "ий" and before not in VELAR
        ins = "им" if (soft or end == "ий" or before in VELAR_HUSH) else "ым"
        if soft:
            f = _make(stem, "его", "ему", "", ins, "ем", word)
        else:
            f = _make(stem, "ого", "ому", "", ins, "ом", word)
        return _with_acc(f, animate)
    if end == "ая":
        if before in HUSH_C:
            return _make(stem, ("ей", "ой"), ("ей", "ой"), "ую", ("ей", "ой"), ("ей", "ой"), word)
        return _make(stem, "ой", "ой", "ую", "ой", "ой", word)
    if end == "яя":
        return _make(stem, "ей", "ей", "юю", "ей", "ей", word)
    if end == "ое":
        ins = "им" if before in VELAR_HUSH else "ым"
        return _make(stem, "ого", "ому", "ое", ins, "ом", word)
    if end == "ее":
        return _make(stem, "его", "ему", "ее", "им", "ем", word)
    if end == "ые":
        return _with_acc(_make(stem, "ых", "ым", "", "ыми", "ых", word), animate)
    if end == "ие":
        return _with_acc(_make(stem, "их", "им", "", "ими", "их", word), animate)
    raise ValueError(f"{word!r} is tagged adj but has no adjective ending (-ый -ий -ой -ая -яя -ое -ее -ые -ие)")


# --- guessing -------------------------------------------------------------

def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def looks_adjective(word: str) -> bool:
    low = word.lower()
    if len(low) < 4 or _is_acronym(word):
        return False
    end, before = low[-2:], low[-3]
    pre2 = low[-4] if len(low) > 3 else ""
    if end in ("ый", "ые", "яя", "ое"):
        return True
    if end == "ий":
        return before in VELAR_HUSH or before == "н"
    if end == "ой":
        return before in CONSONANTS and len(low) >= 5
    if end in ("ая", "ее"):
        return before in CONSONANTS
    if end == "ие":
        return before in VELAR_HUSH or (before == "н" and pre2 in CONSONANTS)
    return False


def _surname_stem_ok(stem: str) -> bool:
    return any(c in VOWELS for c in stem.lower())


def _is_masc_surname(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ов", "ев", "ёв", "ин", "ын")) and _surname_stem_ok(low[:-2])


def _is_fem_surname(word: str) -> bool:
    low = word.lower()
    return low.endswith(("ова", "ева", "ёва", "ина", "ына")) and _surname_stem_ok(low[:-3])


_ADJ_SURNAME_M = ("ский", "цкий", "ской", "цкой", "ький", "ый", "ой")
_ADJ_SURNAME_F = ("ская", "цкая", "ая", "яя")


def _split_hyphen(word: str) -> tuple[str, str]:
    """'Касым-Жомарт' → ('Касым-', 'Жомарт'): only the last part takes the ending."""
    if "-" in word.strip("-"):
        head, _, tail = word.rpartition("-")
        if tail:
            return head + "-", tail
    return "", word


def _guess_person_gender(words: list[str], tags: list[str]) -> str:
    decl = [w for w, t in zip(words, tags) if t != "fix"]
    if not decl:
        return "m"
    surnames = decl[1:] if len(decl) > 1 else decl
    for w in surnames:
        tail = _split_hyphen(w)[1]
        low = tail.lower()
        if _is_fem_surname(tail) or (low.endswith(_ADJ_SURNAME_F) and looks_adjective(tail)):
            return "f"
        if _is_masc_surname(tail) or low.endswith(_ADJ_SURNAME_M):
            return "m"
    first = _split_hyphen(decl[0])[1].lower()
    if len(decl) > 1 and first.endswith(("а", "я")) and first not in MALE_A:
        return "f"
    return "m"


_QUOTE_CHARS = "«»\"„“”'"
_CONJUNCTIONS = frozenset(("и", "или"))


def _core(word: str) -> str:
    return word.strip(_QUOTE_CHARS + ".,;:!?()")


def _is_latin_word(word: str) -> bool:
    """A word written in Latin letters (Facebook, Total, rs21): Russian text does not decline it."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


def guess_tags(words: list[str], kind: str, plural: bool = False, *, decline_quoted: bool = False) -> list[str]:
    """The guessed words= tags (see the package docstring).

    *decline_quoted*: a name that starts with a quote is declined inside it, as in running text
    without a generic word before it («Левого блока», «Реформу и революцию»).
    """
    tags: list[str] = []
    in_quote = False
    declined_quote = False
    for i, w in enumerate(words):
        if not in_quote and w.startswith(OPEN_QUOTES):
            in_quote = True
            declined_quote = decline_quoted and i == 0
        if (in_quote and not declined_quote) or _is_acronym(w) or _is_latin_word(w) \
                or not any(c.isalpha() for c in w):
            tags.append("fix")
        elif kind == "person" and w[:1].islower():
            tags.append("fix")  # particles: ибн, фон, де, ван
        else:
            tags.append("?")
        if in_quote and (w.endswith(CLOSE_QUOTES) and (len(w) > 1 or not w.startswith(OPEN_QUOTES))):
            in_quote = False
    if kind == "person":
        # the father's name before оглы/кызы stays: Ильхама Гейдар оглы Алиева
        for i in range(len(words) - 1):
            if words[i + 1] in PATRONYMIC_PARTICLES:
                tags[i] = "fix"
        return ["decl" if t == "?" else t for t in tags]
    head_found = False
    coordinated = False      # after "и"/"или" that follows the head: the next noun phrase declines too
    for i, (w, t) in enumerate(zip(words, tags)):
        core = _core(w)
        if t != "?":
            if head_found or (i > 0 and any(x in ("adj", "decl") for x in tags[:i])):
                head_found = True  # a quote/acronym after the head or the adjectives
            continue
        if head_found and not coordinated:
            if core.lower() in _CONJUNCTIONS and tags[i - 1] == "decl" and i + 1 < len(words):
                coordinated = True     # «Реформа и революция» → «Реформу и революцию»
            tags[i] = "fix"
        elif looks_adjective(core):
            tags[i] = "adj"
        else:
            tags[i] = "decl"
            head_found = True
            coordinated = False
    return tags


# --- words and phrases ----------------------------------------------------

def _person_word(word: str, position: int, nwords: int, gender: str, foreign: bool = False) -> _WordForms:
    prefix, tail = _split_hyphen(word)
    low = tail.lower()
    surname_pos = (nwords == 1 or position > 0) and not foreign
    if (surname_pos and low.endswith(_ADJ_SURNAME_M + _ADJ_SURNAME_F) and looks_adjective(tail)
            and not (gender == "m" and low.endswith(_ADJ_SURNAME_F))):
        return _prefix(prefix, adjective(tail, True))
    if surname_pos and gender != "f" and _is_masc_surname(tail):
        return _prefix(prefix, surname_masc(tail, True))
    if surname_pos and gender != "m" and _is_fem_surname(tail):
        return _prefix(prefix, surname_fem(tail))
    return _prefix(prefix, _noun(tail, "person", gender, False, True))


def _noun(word: str, kind: str, gender: str | None, plural: bool, animate: bool, multi: bool = False) -> _WordForms:
    low = word.lower()
    last = low[-1] if low else ""
    if not low or not last.isalpha():
        return _fixed(word)
    if plural:
        return plural_noun(word, animate)
    if last in ("а", "я"):
        return first_decl(word)
    if low.endswith(("ие", "ье")) and len(low) > 3:
        return neuter(word)
    if last in ("о", "е"):
        # (a place named by a common neuter noun too: «Соединённое Королевство», «Соединённого Королевства»)
        if kind in ("organisation", "other", "place") and multi and low not in INDECL_NOUNS and (
            low.endswith("тво") or word[:1].islower()
        ):
            return neuter(word)
        return _fixed(word)
    if last == "ь":
        if gender is None:
            gender = "m" if (kind == "person" or low.endswith("ль")) else "f"
        return fem_soft_sign(word) if gender == "f" else masc_soft(word, animate)
    if last == "й":
        return masc_soft(word, animate)
    if last in VOWELS or last == "ъ":
        return _fixed(word)  # -и -у -ю -ы -э: Мёрфи, Мангистау, Алматы, Токио
    if gender == "f":
        return _fixed(word)  # feminine consonant-final names (Айнур f, Кэтрин)
    return masc_consonant(word, animate)


def _prefix(prefix: str, forms: _WordForms) -> _WordForms:
    if not prefix:
        return forms
    return tuple(tuple(prefix + f for f in alts) for alts in forms)


def _word_forms(word: str, tag: str, kind: str, gender: str | None, plural: bool,
                animate: bool, position: int, nwords: int, foreign: bool = False) -> _WordForms:
    if tag == "fix":
        return _fixed(word)
    # quotes and punctuation around a declined word stay put: «Реформа → «Реформы
    core = word.strip("«»\"„“”'.,;:!?()")
    if core and core != word:
        lead = word[: word.index(core)]
        trail = word[len(lead) + len(core):]
        inner = _word_forms(core, tag, kind, gender, plural, animate, position, nwords, foreign)
        return tuple(tuple(lead + f + trail for f in alts) for alts in inner)
    if tag == "adj":
        prefix, tail = _split_hyphen(word)
        return _prefix(prefix, adjective(tail, animate))
    if kind == "person":
        return _person_word(word, position, nwords, gender or "m", foreign)
    prefix, tail = _split_hyphen(word)
    return _prefix(prefix, _noun(tail, kind, gender, plural, animate, nwords > 1))


@lru_cache(maxsize=65536)
def _paradigm(form: str, kind: str, spec: DeclensionSpec, preferred: bool,
              decline_quoted: bool = False) -> tuple[tuple[str, ...], ...]:
    words = form.split()
    if not words:
        raise ValueError("empty name")
    overrides = spec.override_map if preferred and not decline_quoted else {}
    if spec.indecl or (spec.acronym and len(words) == 1):
        result: list[tuple[str, ...]] = [(form,) for _ in CASES]
    else:
        if spec.words is not None and len(spec.words) == len(words):
            tags = list(spec.words)
        elif spec.words is not None and preferred:
            raise ValueError(f"words= has {len(spec.words)} tag(s) but {form!r} has {len(words)} word(s)")
        else:
            tags = guess_tags(words, kind, spec.plural, decline_quoted=decline_quoted)
        animate = kind == "person" or spec.animate
        gender = spec.gender
        if kind == "person" and gender is None:
            gender = _guess_person_gender(words, tags)
        plural = spec.plural or any(
            t == "adj" and w.lower().endswith(("ые", "ие")) for w, t in zip(words, tags)
        )
        per_word = [
            _word_forms(w, t, kind, gender, plural, animate, i, len(words), spec.foreign)
            for i, (w, t) in enumerate(zip(words, tags))
        ]
        result = []
        for ci in range(len(CASES)):
            combos = product(*(wf[ci] for wf in per_word))
            result.append(_uniq(" ".join(c) for c in combos))
    for ci, case in enumerate(CASES):
        if case in overrides:
            forms = overrides[case]
            result[ci] = _uniq((form,) + forms) if case == "nom" else forms
    return tuple(result)


def _own_spec(form: str, spec: DeclensionSpec, preferred: bool) -> tuple[DeclensionSpec, bool]:
    """The spec that describes *form*: its own ``FORM: ITEMS`` group (applied in full), else the cell."""
    group = spec.for_form(form) if spec.per_form else None
    return (group, True) if group is not None else (spec, preferred)


def is_quoted_name(form: str) -> bool:
    """Does the name start with a quote («Левый блок», «Тенгизшевройл»)?"""
    return form.strip().startswith(OPEN_QUOTES)


def russian_paradigm(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                     preferred: bool = True, decline_quoted: bool = False) -> dict[str, tuple[str, ...]]:
    """case → forms (first = the usual one) for a Russian name in the nominative.

    ``preferred=False`` is for the admitted (secondary) forms of an entry: the
    ``CASE=FORM`` overrides, which describe the preferred form, are not applied,
    and ``words=`` is used only if it has one tag per word (otherwise guessed).
    A ``FORM: ITEMS`` group of the cell that names *form* describes it instead.
    ``decline_quoted``: a name that starts with a quote declined inside the quotes, as
    running text writes it without a generic word before it («Левого блока»); by default
    the quoted words stay as they are (after a generic word: компании «Тенгизшевройл»).
    Raises ``ValueError`` for an empty name, ``words=`` with the wrong number of
    tags (preferred form) or a word tagged ``adj`` that is not an adjective.
    """
    form = form.strip()
    spec, preferred = _own_spec(form, spec, preferred)
    return dict(zip(CASES, _paradigm(form, kind, spec, preferred, decline_quoted and is_quoted_name(form))))


@lru_cache(maxsize=65536)
def _surface(form: str, kind: str, spec: DeclensionSpec, preferred: bool) -> frozenset[str]:
    forms = {f for alts in _paradigm(form, kind, spec, preferred, False) for f in alts}
    if is_quoted_name(form) and not spec.indecl:
        forms.update(f for alts in _paradigm(form, kind, spec, preferred, True) for f in alts)
    words = form.split()
    if kind == "person" and not spec.indecl and not spec.foreign and words:
        last = words[-1]
        tag = spec.words[-1] if spec.words is not None and len(spec.words) == len(words) else "decl"
        if tag != "fix" and not _is_acronym(last):
            prefix, tail = _split_hyphen(last)
            low = tail.lower()
            stem = None
            if _is_masc_surname(tail):
                stem, ends = tail, ("ы", "ых", "ым", "ыми")
            elif _is_fem_surname(tail):
                stem, ends = tail[:-1], ("ы", "ых", "ым", "ыми")
            elif low.endswith(("ский", "цкий", "ская", "цкая")):
                stem, ends = tail[:-2], ("ие", "их", "им", "ими")
            if stem is not None:
                forms.update(prefix + stem + e for e in ends)
    return frozenset(forms)


def russian_surface_forms(form: str, kind: str, spec: DeclensionSpec = EMPTY_SPEC, *,
                          preferred: bool = True) -> set[str]:
    """All forms of the paradigm (a quoted name also declined inside its quotes) plus the
    plural of a person's surname (Назарбаевы, Назарбаевых, Назарбаевым, Назарбаевыми;
    Каменские...), bare."""
    form = form.strip()
    spec, preferred = _own_spec(form, spec, preferred)
    return set(_surface(form, kind, spec, preferred))
