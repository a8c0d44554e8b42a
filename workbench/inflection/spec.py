"""Parsing of the ``ru_decl`` / ``kk_decl`` glossary cells into a :class:`DeclensionSpec`.

The grammar is described in :mod:`workbench.inflection` (package docstring).
"""

from __future__ import annotations

from dataclasses import dataclass

RU_CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "loc")
KK_CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "abl", "loc", "ins")
ALL_CASES: frozenset[str] = frozenset(RU_CASES) | frozenset(KK_CASES)
WORD_TAGS: frozenset[str] = frozenset({"decl", "adj", "fix"})

_FLAGS = ("indecl", "m", "f", "n", "pl", "acronym", "front", "back", "poss")
_EXPECTED = "expected indecl, m, f, n, pl, acronym, front, back, poss, words=TAG ..., or CASE=FORM"


@dataclass(frozen=True, slots=True)
class DeclensionSpec:
    """A parsed declension cell. Immutable and hashable (used as a cache key).

    ``gender`` is ``"m"``, ``"f"``, ``"n"`` or ``None`` (guess); ``plural`` is the
    ``pl`` tag; ``harmony`` is ``"front"``, ``"back"`` or ``None`` (guess);
    ``words`` is ``None`` (guess) or one tag per word; ``overrides`` is a tuple of
    ``(case, forms)`` pairs in cell order (see :attr:`override_map`).
    """

    indecl: bool = False
    gender: str | None = None
    plural: bool = False
    acronym: bool = False
    harmony: str | None = None
    possessive: bool = False
    words: tuple[str, ...] | None = None
    overrides: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def override_map(self) -> dict[str, tuple[str, ...]]:
        return dict(self.overrides)

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
        if self.words is not None:
            items.append("words=" + " ".join(self.words))
        items.extend(f"{case}={'|'.join(forms)}" for case, forms in self.overrides)
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
    cases = RU_CASES if language == "ru" else KK_CASES if language == "kk" else tuple(ALL_CASES)
    indecl = plural = acronym = possessive = False
    gender: str | None = None
    harmony: str | None = None
    words: tuple[str, ...] | None = None
    overrides: dict[str, tuple[str, ...]] = {}
    seen: set[str] = set()
    for raw in cell.split(";"):
        item = raw.strip()
        if not item:
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
        if language == "ru" and flag in ("front", "back", "poss"):
            raise ValueError(f"{flag!r} is a Kazakh tag; it has no meaning in ru_decl")
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
    )


def check_spec(spec: DeclensionSpec, form: str) -> None:
    """Check a spec against the preferred form it describes (for the glossary loader).

    Raises ``ValueError`` when ``words=`` does not have one tag per word.
    """
    if spec.words is not None:
        n = len(form.split())
        if len(spec.words) != n:
            raise ValueError(
                f"words= has {len(spec.words)} tag(s) but {form!r} has {n} word(s)"
            )
