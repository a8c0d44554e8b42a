"""The name index: every spelling and every inflected surface form of every referent.

Built once per glossary (see :func:`workbench.checks.checker_for`), one
:class:`NameIndex` per language (``"en"`` for the sources, ``"ru"``, ``"kk"``, ...
for the translations). Text is split into word tokens with ONE regex (letters and
digits; quotes, hyphens, apostrophes and spaces separate tokens) and the index maps
*folded* token tuples (casefold, ё → е) to entries; a scan walks the tokens once
and takes the longest key at each position (``first`` keeps the longest key length
per first token, so there are at most a handful of dict look-ups per token).
Letter case is checked on the candidates only (:func:`case_ok`).
"""

from __future__ import annotations

import contextlib
import marshal
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, NamedTuple

from workbench.inflection import (
    EMPTY_SPEC,
    DeclensionSpec,
    kazakh_paradigm,
    kazakh_surface_forms,
    parse_spec,
    russian_paradigm,
    russian_surface_forms,
)
from workbench.text.segmentation import never_ends_a_sentence
from workbench.util.visible import ZERO_WIDTH

from .scan import leftmost_longest

TOKEN_RE = re.compile(r"[^\W_]+")
_WORD_RE = re.compile(r"\w+")
#: Characters that show nothing and join what stands around them, inside a word (soft hyphen, zero-width …)
_INVISIBLE = re.compile(f"[{ZERO_WIDTH}]")
#: What never stands inside one name between its words: a stop before a space, a colon, a semicolon, a question
#: or exclamation mark, a bracket, a line break, a spaced dash
_NAME_BREAK = re.compile(r"[:;!?()\[\]\n…]|\.\s|\s[—–-]\s")
KAZAKH_ONLY = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


# -- glossary adapter -------------------------------------------------------------

def referents_of(glossary: Any) -> list[Any]:
    """The referents of a glossary object (ordered)."""
    items = getattr(glossary, "referents", None)
    if items is None:
        items = glossary
    if isinstance(items, dict):
        items = items.values()
    return list(items)


def cell_values(referent: Any, column: str) -> tuple[str, ...]:
    """A multi-value cell as a tuple of stripped, non-empty strings."""
    value = getattr(referent, column, None)
    if value is None:
        extra = getattr(referent, "extra", None) or {}
        value = extra.get(column) if hasattr(extra, "get") else None
    if value is None:
        return ()
    if isinstance(value, str):
        parts: Iterable[str] = value.split(";")
    else:
        parts = (str(v) for v in value)
    return tuple(dict.fromkeys(p.strip() for p in parts if p and p.strip()))


def decl_spec(referent: Any, language: str) -> DeclensionSpec:
    value = getattr(referent, f"{language}_decl", None)
    if value is None:
        extra = getattr(referent, "extra", None) or {}
        value = extra.get(f"{language}_decl") if hasattr(extra, "get") else None
    if isinstance(value, DeclensionSpec):
        return value
    if value is None or value == "":
        return EMPTY_SPEC
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    return parse_spec(str(value), language if language in ("ru", "kk") else None)


def referent_id(referent: Any) -> str:
    return str(getattr(referent, "id", "") or "")


def referent_kind(referent: Any) -> str:
    kind = str(getattr(referent, "type", "") or "other")
    return kind if kind in ("person", "place", "organisation", "other") else "other"


# -- tokens -------------------------------------------------------------------------

def fold(token: str) -> str:
    return token.casefold().replace("ё", "е")


def _ye(token: str) -> str:
    return token.replace("ё", "е").replace("Ё", "Е")


@lru_cache(maxsize=200_000)
def tokens_of(text: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(text))


@dataclass(slots=True)
class Tokens:
    """A text split into word tokens: their strings, folded strings and offsets."""

    text: str
    words: list[str]
    folded: list[str]
    spans: list[tuple[int, int]]
    #: the text before each token (after the one before it): read a million times a 10k-segment run
    gaps: list[str]

    @classmethod
    def of(cls, text: str) -> Tokens:
        if _INVISIBLE.search(text) is not None:
            return cls._of_with_invisible(text)
        # \w+ is much faster than TOKEN_RE; its underscores are split off afterwards (rare)
        spans = [m.span() for m in _WORD_RE.finditer(text)]
        if "_" in text:
            spans = [(a + m.start(), a + m.end()) for a, b in spans for m in TOKEN_RE.finditer(text[a:b])]
        words = [text[a:b] for a, b in spans]
        low = text.casefold()
        if len(low) == len(text):       # one pass for the folded words (ß, ŉ… change lengths)
            low = low.replace("ё", "е")
            folded = [low[a:b] for a, b in spans]
        else:
            folded = [fold(w) for w in words]
        ends = [0] + [b for _, b in spans[:-1]]
        gaps = [text[end:a] for end, (a, _) in zip(ends, spans)]
        return cls(text, words, folded, spans, gaps)

    @classmethod
    def _of_with_invisible(cls, text: str) -> Tokens:
        """The tokens of *text* read without its invisible characters (a soft hyphen, a zero-width space or
        joiner: «Тока\u00adев» is Токаев, one word), each span the original text's, invisible characters
        included — so a finding quotes, and a fix replaces, what the text holds; the gaps without them."""
        kept = [k for k, c in enumerate(text) if c not in ZERO_WIDTH]
        visible = cls.of("".join(text[k] for k in kept))
        spans = [(kept[a], kept[b - 1] + 1) for a, b in visible.spans]
        ends = [0] + [b for _, b in spans[:-1]]
        gaps = [_INVISIBLE.sub("", text[end:a]) for end, (a, _) in zip(ends, spans)]
        return cls(text, visible.words, visible.folded, spans, gaps)

    def span_text(self, i: int, j: int) -> str:
        """The original text of tokens i..j-1 (with what lies between them)."""
        return self.text[self.spans[i][0]:self.spans[j - 1][1]]

    def gap(self, i: int) -> str:
        """The text between token i-1 and token i."""
        return self.gaps[i]

    def joined(self, i: int, j: int) -> bool:
        """May tokens i..j-1 be one name: no stop, colon, semicolon, bracket or spaced dash between them
        ("the West: Kazakhstan's balancing act" names no West Kazakhstan)? Commas may stand inside a
        name ("Police, Crime, Sentencing and Courts Bill")."""
        return not any(_NAME_BREAK.search(self.gaps[k]) for k in range(i + 1, j))

    def hyphenated(self, i: int) -> tuple[str, int]:
        """The word that token i begins, with the parts a hyphen joins to it (қарым-қатынас is
        one word, split into two tokens), and the index of the token after it."""
        j = i + 1
        while j < len(self.words) and self.gaps[j] == "-":
            j += 1
        return self.text[self.spans[i][0]:self.spans[j - 1][1]], j

    def sentence_initial(self, i: int) -> bool:
        """Whether token i opens a sentence: the first token, one after a stop or a line break, or a
        capitalised one after a spaced dash — a dateline's or a chronicle's («3 января, 09:00 —
        Пресс-секретарь …»), or a speaker's dash — where a capital says nothing about a name."""
        if i == 0:
            return True
        gap = self.gap(i)
        if gap.rstrip(" \u00a0") == "." and gap != "." and never_ends_a_sentence(self.words[i - 1]):
            return False        # "Mr. Nazarbayev", "Gen. Yermekbayev", «Н. Назарбаев»: a title or an initial
        return any(c in ".!?:;…" for c in gap) or "\n" in gap or (
            gap.strip(" \u00a0") in ("—", "–") and gap[:1].isspace() and self.words[i][:1].isupper())


def is_acronym(word: str) -> bool:
    """Two letters or more, all capitals (ОДКБ, ҰҚШҰ, rs21 is not, G7 is not)."""
    if len(word) < 2 or not word.isupper():
        return False
    return word.isalpha() or sum(1 for c in word if c.isalpha()) >= 2


def token_case_ok(text: str, form: str, strict_acronyms: bool = True) -> bool:
    """Is the text token an acceptable casing of the form token (already equal when folded)?

    Exact (ё = е); all capitals (a heading); a capital where the form has a small
    letter (sentence start, title case). Never a small letter where the form has a
    capital (``оралды`` is not the city Орал, ``us`` is not the US), and an acronym
    must be all capitals.
    """
    if _ye(text) == _ye(form):
        return True
    if is_acronym(form) and strict_acronyms:
        return text.isupper()
    if text.isupper() and len(text) > 1:
        return True
    if form[:1].islower():
        return True             # glossary word in small letters: any capitalisation
    return text[:1].isupper()   # inner capitals may differ (reported in sources as a variant)


def inner_case_differs(text: str, form: str) -> bool:
    """Same word, first letter fine, but the inner capitals differ (Kazmunaygas/KazMunayGas)."""
    return (_ye(text) != _ye(form) and not text.isupper() and text[:1] == form[:1]
            and not is_acronym(form) and fold(text) == fold(form))


# -- entries and index -----------------------------------------------------------------

class Entry(NamedTuple):
    ref: int            # index into NameIndex.referents
    status: str         # preferred | admitted | deprecated (en) | wrong
    base: str           # the glossary form this surface comes from
    case: str | None    # grammatical case of the surface (None: nominative-less extra form)
    surface: str        # the surface string as generated


class Match(NamedTuple):
    start: int          # token index
    end: int
    entries: tuple[Entry, ...]


SURFACE_FORMS: dict[str, Callable[..., set[str]]] = {"ru": russian_surface_forms, "kk": kazakh_surface_forms}
PARADIGMS: dict[str, Callable[..., dict[str, tuple[str, ...]]]] = {"ru": russian_paradigm, "kk": kazakh_paradigm}


def form_spec(form: str, spec: DeclensionSpec, preferred: bool, wrong: bool = False) -> DeclensionSpec:
    """``acronym`` describes a one-word preferred form: an admitted multiword name beside it
    takes its endings as words do (Америка Құрама Штаттарының beside АҚШ-тың).
    ``poss`` describes the preferred form's last word: an admitted single word, acronym or
    form whose last word does not end like a possessive (ҰҚШҰ beside Ұжымдық ... ұйымы, Дойл
    Эрен beside Ирландия парламенті) is not possessive (ҰҚШҰ-дан, not ҰҚШҰ-нан).
    A wrong form inflects by the rules (``indecl`` and explicit forms describe the right one:
    Алматы is indeclinable, the wrong Алмата is not)."""
    if wrong:
        return replace(spec, indecl=False, overrides=(), per_form=())
    if not preferred and spec.acronym:
        words = form.split()
        last = words[-1].strip("«»\"„“”") if words else ""
        if len(words) > 1 and not is_acronym(last):
            spec = replace(spec, acronym=False, reading=None)   # Америка Құрама Штаттары beside АҚШ
    if not preferred and spec.possessive:
        words = form.split()
        last = words[-1].rstrip("»\"”") if words else ""
        if len(words) == 1 or is_acronym(last) or not last.lower().endswith(("ы", "і")):
            return replace(spec, possessive=False)      # Дойл Эрен beside Ирландия парламенті
    return spec


def surface_forms(language: str, form: str, kind: str, spec: DeclensionSpec, preferred: bool,
                  wrong: bool = False) -> set[str]:
    spec = form_spec(form, spec, preferred, wrong)
    fn = SURFACE_FORMS.get(language)
    if fn is None:
        return {form}
    try:
        return fn(form, kind, spec, preferred=preferred) | {form}
    except ValueError:
        return {form}


def paradigm(language: str, form: str, kind: str, spec: DeclensionSpec, preferred: bool,
             wrong: bool = False) -> dict[str, tuple[str, ...]]:
    spec = form_spec(form, spec, preferred, wrong)
    fn = PARADIGMS.get(language)
    if fn is None:
        return {"nom": (form,)}
    try:
        return fn(form, kind, spec, preferred=preferred)
    except ValueError:
        return {"nom": (form,)}


def english_plural(spelling: str) -> str | None:
    words = spelling.split()
    last = words[-1] if words else ""
    if not last[:1].isupper() or is_acronym(last) or not last[-1:].isalpha() or last.endswith("s"):
        return None
    suffix = "es" if last.endswith(("x", "z", "ch", "sh")) else "s"
    return spelling + suffix


class NameIndex:
    """Surface forms of one language → entries, keyed by folded token tuples."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.keys: dict[tuple[str, ...], list[Entry]] = {}
        self.first: dict[str, int] = {}
        self.longest = 1                              # most tokens in any key
        self.problems: list[tuple[int, str]] = []     # (referent index, message): uninflectable forms

    def __len__(self) -> int:
        return len(self.keys)

    def dumps(self) -> bytes:
        keys = {key: [tuple(e) for e in bucket] for key, bucket in self.keys.items()}
        return marshal.dumps(("names-en", 1, self.language, keys, self.problems))

    @classmethod
    def loads(cls, data: bytes) -> NameIndex:
        """The index :meth:`dumps` wrote; ``ValueError`` for anything else."""
        try:
            tag, version, language, keys, problems = marshal.loads(data)
        except (EOFError, ValueError, TypeError) as exc:
            raise ValueError(f"not a name index: {exc}") from None
        if tag != "names-en" or version != 1 or not isinstance(keys, dict):
            raise ValueError("not a name index of this version")
        index = cls(language)
        try:
            for key, bucket in keys.items():
                index.keys[key] = [Entry(*e) for e in bucket]
                if index.first.get(key[0], 0) < len(key):
                    index.first[key[0]] = len(key)
        except (TypeError, IndexError) as exc:
            raise ValueError(f"a name index with bad entries: {exc}") from None
        index.longest = max(index.first.values(), default=1)
        index.problems = list(problems)
        return index

    def add(self, surface: str, entry: Entry) -> None:
        key = tuple(TOKEN_RE.findall(surface.casefold().replace("ё", "е")))
        if not key:
            return
        bucket = self.keys.get(key)
        if bucket is None:
            self.keys[key] = [entry]
        elif entry not in bucket:
            bucket.append(entry)
        if self.first.get(key[0], 0) < len(key):
            self.first[key[0]] = len(key)
            self.longest = max(self.longest, len(key))

    def scan(self, toks: Tokens, accept: Callable[[Entry, list[str]], bool] | None = None,
             skip: Callable[[int], bool] | None = None) -> list[Match]:
        """Leftmost-longest non-overlapping matches; ``accept`` filters entries by case. The scan is
        :func:`~.scan.leftmost_longest`."""
        folded, words, keys = toks.folded, toks.words, self.keys

        def found(i: int, length: int) -> tuple[Entry, ...]:
            bucket = keys.get(tuple(folded[i:i + length]))
            if bucket is None:
                return ()
            text = words[i:i + length]
            return tuple(e for e in bucket if accept(e, text)) if accept else tuple(bucket)

        def reaches(j: int, length: int) -> bool:
            bucket = keys.get(tuple(folded[j:j + length]))
            if not bucket:
                return False
            return accept is None or any(accept(e, words[j:j + length]) for e in bucket)

        return [Match(*match) for match in leftmost_longest(folded, self.first, found, reaches, skip, toks.joined)]


def case_forms(referent: Any, language: str) -> list[tuple[str, str]]:
    """(cases, form) for every valid form of *referent* in every grammatical case, the
    preferred form first, then the admitted ones (short forms: Назарбаевым, Тоқаевқа); a
    Russian name in quotes also declined inside them («Левого блока»); a form shared by
    several cases is listed once ("gen/acc"). A bad decl cell falls back to the nominatives."""
    forms = referent.valid_forms(language)
    if not forms:
        return []
    try:
        spec = decl_spec(referent, language)
    except ValueError:
        return [("nom", form) for form in forms]
    kind = referent_kind(referent)
    cases: dict[str, list[str]] = {}
    for n, form in enumerate(forms):
        paradigms = [paradigm(language, form, kind, spec, n == 0)]
        if language == "ru" and form.startswith(("«", '"', "„", "“")):
            with contextlib.suppress(ValueError):
                paradigms.append(russian_paradigm(form, kind, form_spec(form, spec, n == 0), preferred=n == 0,
                                                  decline_quoted=True))
        for para in paradigms:
            for case, values in para.items():
                for value in values:
                    names = cases.setdefault(value, [])
                    if case not in names:
                        names.append(case)
    return [("/".join(names), value) for value, names in cases.items()]
