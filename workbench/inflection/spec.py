"""Parsing of the ``ru_decl`` / ``kk_decl`` glossary cells into a :class:`DeclensionSpec`.

The grammar is described in :mod:`workbench.inflection` (package docstring).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

RU_CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "loc")
KK_CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "abl", "loc", "ins")
ALL_CASES: frozenset[str] = frozenset(RU_CASES) | frozenset(KK_CASES)
WORD_TAGS: frozenset[str] = frozenset({"decl", "adj", "fix"})

_FLAGS = ("indecl", "m", "f", "n", "pl", "anim", "acronym", "front", "back", "poss", "foreign", "letters", "word")
_EXPECTED = ("expected indecl, m, f, n, pl, anim, acronym, foreign, front, back, poss, letters, word, words=TAG ..., "
             "CASE=FORM, or FORM: ITEMS")
#: Tags that only mean something in one language's cell.
_KAZAKH_ONLY = ("front", "back", "poss", "letters", "word")
_RUSSIAN_ONLY = ("foreign", "anim")


@dataclass(frozen=True, slots=True)
class DeclensionSpec:
    """A parsed declension cell. Immutable and hashable (used as a cache key).

    ``gender`` is ``"m"``, ``"f"``, ``"n"`` or ``None`` (guess); ``plural`` is the
    ``pl`` tag; ``harmony`` is ``"front"``, ``"back"`` or ``None`` (guess);
    ``words`` is ``None`` (guess) or one tag per word; ``overrides`` is a tuple of
    ``(case, forms)`` pairs in cell order (see :attr:`override_map`).
    ``foreign`` (Russian) declines -ин/-ов surnames as nouns (Дарвином, Фёрмином);
    ``animate`` (Russian ``anim``) makes a name that is no person take the genitive for the
    masculine and plural accusative (a group of people: «призвала Демократических социалистов Америки»);
    ``reading`` (Kazakh acronyms) is ``"letters"``, ``"word"`` or ``None`` (guess);
    ``per_form`` holds ``(form, spec)`` pairs: the declension of one named form of the row
    (an admitted form that declines differently from the preferred one).
    """

    indecl: bool = False
    gender: str | None = None
    plural: bool = False
    acronym: bool = False
    harmony: str | None = None
    possessive: bool = False
    words: tuple[str, ...] | None = None
    overrides: tuple[tuple[str, tuple[str, ...]], ...] = ()
    foreign: bool = False
    reading: str | None = None
    animate: bool = False
    per_form: tuple[tuple[str, DeclensionSpec], ...] = ()

    @property
    def override_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.overrides)

    def for_form(self, form: str) -> DeclensionSpec | None:
        """The spec a ``FORM: ITEMS`` group gives *form*, or None when the cell names no such form."""
        for name, spec in self.per_form:
            if name == form:
                return spec
        return None

    def __str__(self) -> str:  # the canonical cell text
        items: list[str] = []
        if self.indecl:
            items.append("indecl")
        if self.gender:
            items.append(self.gender)
        if self.plural:
            items.append("pl")
        if self.acronym:
            items.append("acronym")
        if self.harmony:
            items.append(self.harmony)
        if self.possessive:
            items.append("poss")
        if self.foreign:
            items.append("foreign")
        if self.animate:
            items.append("anim")
        if self.reading:
            items.append(self.reading)
        if self.words is not None:
            items.append("words=" + " ".join(self.words))
        items.extend(f"{case}={'|'.join(forms)}" for case, forms in self.overrides)
        items.extend(f"{form}: {str(spec).replace('; ', ', ')}" for form, spec in self.per_form)
        return "; ".join(items)


EMPTY_SPEC = DeclensionSpec()


def parse_spec(cell: str | None, language: str | None = None) -> DeclensionSpec:
    """Parse one ``ru_decl``/``kk_decl`` cell; raise ``ValueError`` with a clear message.

    ``language`` (``"ru"``, ``"kk"`` or ``None``) restricts the case names and the
    language-specific tags (``front``/``back``/``poss`` are Kazakh only, ``abl`` is a
    Kazakh case). With ``None`` every tag and case of both languages is accepted.
    """
    if language not in (None, "ru", "kk"):
        raise ValueError(f"unknown language {language!r} for a declension cell")
    if cell is None or not cell.strip():
        return EMPTY_SPEC
    return _parse(cell.split(";"), language, nested=False)


def _parse(raw_items: list[str], language: str | None, *, nested: bool) -> DeclensionSpec:
    cases = RU_CASES if language == "ru" else KK_CASES if language == "kk" else tuple(ALL_CASES)
    indecl = plural = acronym = possessive = False
    gender: str | None = None
    harmony: str | None = None
    words: tuple[str, ...] | None = None
    overrides: dict[str, tuple[str, ...]] = {}
    per_form: dict[str, DeclensionSpec] = {}
    foreign = False
    animate = False
    reading: str | None = None
    seen: set[str] = set()
    for raw in raw_items:
        item = raw.strip()
        if not item:
            continue
        if ":" in item:
            form, _, rest = item.partition(":")
            form = form.strip()
            if nested:
                raise ValueError(f"a FORM: group cannot hold another one ({item!r})")
            if not form:
                raise ValueError(f"no form before ':' in {item!r} (write FORM: ITEMS)")
            if form in per_form:
                raise ValueError(f"{form!r}: given twice")
            try:
                per_form[form] = _parse(rest.split(","), language, nested=True)
            except ValueError as exc:
                raise ValueError(f"{form!r}: {exc}") from None
            continue
        if "=" in item:
            key, _, value = item.partition("=")
            key = key.strip().lower()
            value = value.strip()
            if key == "words":
                tags = tuple(t.lower() for t in value.split())
                if not tags:
                    raise ValueError("words= needs one tag per word (decl, adj or fix)")
                bad = [t for t in tags if t not in WORD_TAGS]
                if bad:
                    raise ValueError(f"unknown word tag {bad[0]!r} in {item!r} (expected decl, adj or fix)")
                if words is not None:
                    raise ValueError("words= given twice")
                words = tags
                continue
            if key not in ALL_CASES:
                raise ValueError(f"unknown item {item!r} ({_EXPECTED})")
            if key not in cases:
                lang = "Russian" if language == "ru" else "Kazakh"
                raise ValueError(f"{key!r} is not a {lang} case (cases: {' '.join(cases)})")
            if key in overrides:
                raise ValueError(f"{key}= given twice (separate several forms with |)")
            forms = tuple(f.strip() for f in value.split("|"))
            if not value or any(not f for f in forms):
                raise ValueError(f"empty form in {item!r}")
            overrides[key] = tuple(dict.fromkeys(forms))
            continue
        flag = item.lower()
        if flag not in _FLAGS:
            hint = ""
            if flag in WORD_TAGS:
                hint = f" (did you mean words={flag} ...?)"
            elif flag in ALL_CASES:
                hint = f" (write {flag}=FORM)"
            raise ValueError(f"unknown item {item!r}{hint} ({_EXPECTED})")
        if language == "ru" and flag in _KAZAKH_ONLY:
            raise ValueError(f"{flag!r} is a Kazakh tag; it has no meaning in ru_decl")
        if language == "kk" and flag in _RUSSIAN_ONLY:
            raise ValueError(f"{flag!r} is a Russian tag; it has no meaning in kk_decl")
        seen.add(flag)
        if flag == "indecl":
            indecl = True
        elif flag in ("m", "f", "n"):
            if gender is not None and gender != flag:
                raise ValueError(f"conflicting genders {gender!r} and {flag!r}")
            gender = flag
        elif flag == "pl":
            plural = True
        elif flag == "acronym":
            acronym = True
        elif flag == "poss":
            possessive = True
        elif flag == "foreign":
            foreign = True
        elif flag == "anim":
            animate = True
        elif flag in ("letters", "word"):
            if reading is not None and reading != flag:
                raise ValueError("'letters' and 'word' contradict each other")
            reading = flag
        else:
            if harmony is not None and harmony != flag:
                raise ValueError("'front' and 'back' contradict each other")
            harmony = flag
    if plural and gender is not None:
        raise ValueError(f"'pl' (plural-only) cannot be combined with gender {gender!r}")
    if indecl and words is not None:
        raise ValueError("'indecl' contradicts words= (use words=fix ... or drop indecl)")
    if indecl and overrides:
        extra = sorted(k for k in overrides if k != "nom")
        if extra:
            raise ValueError(f"'indecl' contradicts the explicit form for {extra[0]}=")
    if indecl and possessive:
        raise ValueError("'indecl' contradicts 'poss'")
    order = {c: i for i, c in enumerate(RU_CASES + ("abl",))}
    return DeclensionSpec(
        indecl=indecl,
        gender=gender,
        plural=plural,
        acronym=acronym,
        harmony=harmony,
        possessive=possessive,
        words=words,
        overrides=tuple(sorted(overrides.items(), key=lambda kv: order[kv[0]])),
        foreign=foreign,
        reading=reading,
        animate=animate,
        per_form=tuple(per_form.items()),
    )


def check_spec(spec: DeclensionSpec, form: str, forms: Iterable[str] | None = None) -> None:
    """Check a spec against the preferred form it describes (for the glossary loader).

    Raises ``ValueError`` when ``words=`` does not have one tag per word, or (given *forms*,
    the row's forms in the cell's language) when a ``FORM: ITEMS`` group names a form the
    row does not have.
    """
    if spec.words is not None:
        n = len(form.split())
        if len(spec.words) != n:
            raise ValueError(
                f"words= has {len(spec.words)} tag(s) but {form!r} has {n} word(s)"
            )
    known = set(forms) if forms is not None else None
    for name, group in spec.per_form:
        if known is not None and name not in known and name != form:
            raise ValueError(f"{name!r}: no such form in this row")
        check_spec(group, name)
