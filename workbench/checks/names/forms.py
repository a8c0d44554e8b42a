"""The form index of one target language: every inflected surface of every glossary form.

Built once per glossary content (:func:`build_form_index`), kept on disk by
:mod:`workbench.checks.names.diskcache` and shared read-only by every check afterwards.

What is indexed, per referent and form (preferred, admitted, wrong):

- every case of the form's paradigm (:mod:`workbench.inflection`), with the cases each surface
  can be (a bit mask, so that a preposition's government can be checked);
- Russian: a name in quotes also declined inside them (``«Левого блока»``: running text
  without a generic word before the name), flagged :data:`DECLINED_QUOTE`;
- the surfaces that are not one of the cases (:data:`EXTRA`): Kazakh plural, possessive and
  attributive forms, the Russian plural of a surname (bits of :data:`RU_PLURAL`);
- Kazakh: a quoted word with a hyphen after the closing quote (``«Теңізшевройл»-дың``),
  flagged :data:`HYPHEN_QUOTE` — not Kazakh orthography, recognised in order to correct it;
- a quoted name's short form without its generic head (``«Еңбекші Ресей» қозғалысы`` →
  ``«Еңбекші Ресей»``; ``АО «Озенмунайгаз»`` → ``«Озенмунайгаз»``), flagged :data:`DERIVED`;
- the other target language's valid forms inflected by this language's rules
  (``Кызылордада`` in Kazakh text), status :data:`FOREIGN` (the other language's own
  surfaces are found by scanning with that language's index).

Lookups are by *folded* token tuples (casefold, ё → е) joined by one space; letter case is
checked on the candidates only. Besides the surfaces the index keeps the stems that take
endings (for wrong-inflection checks), the Russian word-forms of every multiword form with
their cases (for agreement checks) and the head-less parts of coordinated names.
"""

from __future__ import annotations

import marshal
import re
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from workbench.inflection import EMPTY_SPEC, DeclensionSpec, kazakh_paradigm, russian_paradigm
from workbench.inflection.kazakh import kazakh_hyphen_after_quote
from workbench.inflection.russian import is_quoted_name, looks_adjective
from workbench.util.gcpause import paused_gc

from .matcher import TOKEN_RE, Tokens, fold, is_acronym, paradigm, surface_forms, tokens_of
from .russian_context import generic_words, title_words
from .scan import leftmost_longest
from .suffixes import kazakh_suffixes

#: Bumped whenever what the index holds or how it is built changes (invalidates disk caches).
FORMAT = 8

PREFERRED, ADMITTED, WRONG, FOREIGN = 0, 1, 2, 3
STATUS_NAMES = ("preferred", "admitted", "wrong", "foreign")

DECLINED_QUOTE = 1      # ru: a quoted name declined inside its quotes
HYPHEN_QUOTE = 2        # kk: «Теңізшевройл»-дың (hyphen after a quoted word)
DERIVED = 4             # a short form the index derived (quoted name without its generic head)
EXTRA = 8               # not a case form (kk plural/possessive/attributive, ru plural surname)

CASES: dict[str, tuple[str, ...]] = {
    "ru": ("nom", "gen", "dat", "acc", "ins", "loc"),
    "kk": ("nom", "gen", "dat", "acc", "abl", "loc", "ins"),
}
#: Russian plural cases of a bare surname (Назарбаевы, Назарбаевых...): bits 8..13.
RU_PLURAL = {"nom": 1 << 8, "gen": 1 << 9, "dat": 1 << 10, "acc": 1 << 11, "ins": 1 << 12, "loc": 1 << 13}
#: A word-form that is none of the cases (Kazakh plural, possessive, attributive): bit 15.
OTHER_FORM = 1 << 15
_RU_PLURAL_ENDINGS = (("ыми", RU_PLURAL["ins"]), ("ими", RU_PLURAL["ins"]),
                      ("ых", RU_PLURAL["gen"] | RU_PLURAL["acc"] | RU_PLURAL["loc"]),
                      ("их", RU_PLURAL["gen"] | RU_PLURAL["acc"] | RU_PLURAL["loc"]),
                      ("ым", RU_PLURAL["dat"]), ("им", RU_PLURAL["dat"]),
                      ("ы", RU_PLURAL["nom"] | RU_PLURAL["acc"]), ("ие", RU_PLURAL["nom"] | RU_PLURAL["acc"]))

#: The д of a Kazakh ending after a final и (Мерфидің, Мерфиді, Мерфиден), which some write н, as after a vowel
_KK_VOWEL_I_ENDING = re.compile(r"(?<=и)д(?=(?:ің|ың|і|ы|ен|ан)[»”\"]?$)")
#: Lower-case head nouns a quoted name may carry in a form and drop in running text.
_QUOTES_OPEN = "«\"„“"
_QUOTES_CLOSE = "»\"“”"


@lru_cache(maxsize=65536)
def _ends_with_hyphened_ending(surface: str) -> bool:
    """Does the surface end in "-" + an ending in small letters (ҰҚШҰ-ның, «Нұр Отан»-ға)?"""
    head, dash, tail = surface.rpartition("-")
    return bool(dash) and bool(head) and tail.isalpha() and tail.islower() and " " not in tail


def cases_of(language: str, mask: int) -> list[str]:
    """The case names of a mask, in paradigm order (plural bits are not cases)."""
    return [case for i, case in enumerate(CASES.get(language, ())) if mask >> i & 1]


def fold_key(surface: str) -> str:
    return " ".join(TOKEN_RE.findall(fold(surface)))


@dataclass(frozen=True, slots=True)
class RefRow:
    """What the index needs of one glossary row: its kind and, per language, forms and decl spec."""

    id: str
    kind: str
    forms: dict[str, tuple[tuple[str, int], ...]]        # language → ((form, status), ...)
    specs: dict[str, DeclensionSpec]
    problems: dict[str, str]                             # language → a bad decl cell's message
    term: bool = False                                   # an adjective, demonym or current, not a name


class FormEntry(NamedTuple):
    """One surface of one form of one referent (a named tuple: made by the thousand per run)."""

    id: int
    ref: int
    status: int
    form: int            # index of the form in FormIndex.forms
    base: str            # the form as the glossary writes it (nominative)
    cases: int           # bit mask of the cases this surface can be (0: unknown)
    flags: int
    surface: str

    @property
    def valid(self) -> bool:
        return self.status <= ADMITTED


class Hit(NamedTuple):
    """A run of tokens [start, end) that is a surface of one or more entries."""

    start: int
    end: int
    entries: tuple[FormEntry, ...]


@dataclass(frozen=True, slots=True)
class Part:
    """A name without its head noun, valid when the head noun follows (coordination):
    «Актюбинской, Западно-Казахстанской и Кызылординской областей» (Russian: the adjective in
    any case), «Ақтөбе, Батыс Қазақстан және Қызылорда облыстарының» (Kazakh: the bare name)."""

    ref: int
    base: str                   # the glossary form
    key: tuple[str, ...]        # folded tokens of the part
    form: tuple[str, ...]       # its tokens as written in the glossary (for letter case)
    head: tuple[str, ...]       # folded stems of the head noun


class FormIndex:
    """Surfaces of one language → entries; see the module docstring. Read-only once built."""

    def __init__(self, language: str, keys: dict[str, int | tuple[int, ...]], first: dict[str, int],
                 e_form: array[int], e_cases: array[int], e_flags: array[int], e_surface: list[str],
                 forms: list[tuple[int, str, int]], stems: dict[str, list[tuple[int, str]]],
                 words: dict[int, dict[str, list[tuple[int, int, int]]]], parts: dict[str, list[tuple[Any, ...]]],
                 problems: list[tuple[int, str]], form_tails: array[int] | None = None,
                 tail_sets: list[list[str]] | None = None, grammar: dict[str, Any] | None = None) -> None:
        self.language = language
        self.keys = keys
        self.first = first
        self.longest = max(first.values(), default=1)
        self.e_form = e_form
        self.e_cases = e_cases
        self.e_flags = e_flags
        self.e_surface = e_surface
        self.forms = forms
        self.stems = stems
        self.words = words          # referent → folded word-form → (form id, position, cases)
        self._parts = parts
        self.problems = problems
        self.form_tails = form_tails if form_tails is not None else array("i")
        self._tail_lists = tail_sets or []
        self._tail_sets: dict[int, frozenset[str]] = {}
        #: the language's own tables, derived from the inflection code (kept with the index so that a
        #: run reads them instead of making them): Kazakh ending chains, Russian generic and title nouns
        self.grammar = grammar or {}
        self._suffixes: frozenset[str] | None = None
        self._by_ref: dict[int, list[int]] | None = None
        self._lower_refs: frozenset[int] | None = None
        self._form_words: dict[int, tuple[str, ...]] = {}
        self._multiword: dict[int, list[int]] = {}
        self.accept: Any = None          # the letter-case test of the own-language scan, made once

    def __len__(self) -> int:
        return len(self.keys)

    # -- entries ------------------------------------------------------------------------
    def entry(self, i: int) -> FormEntry:
        form = self.e_form[i]
        ref, base, status = self.forms[form]
        return FormEntry(i, ref, status, form, base, self.e_cases[i], self.e_flags[i], self.e_surface[i])

    def lookup(self, key: str) -> tuple[FormEntry, ...]:
        found = self.keys.get(key)
        if found is None:
            return ()
        if isinstance(found, int):
            return (self.entry(found),)
        return tuple(self.entry(i) for i in found)

    def refs_in_small_letters(self) -> frozenset[int]:
        """The referents with a form that starts with a small letter (теңге), made once."""
        if self._lower_refs is None:
            self._lower_refs = frozenset(ref for ref, base, _ in self.forms if base[:1].islower())
        return self._lower_refs

    def forms_of(self, ref: int) -> list[int]:
        """The form ids of a referent (in glossary order)."""
        if self._by_ref is None:
            by_ref: dict[int, list[int]] = {}
            for fid, (r, _, _) in enumerate(self.forms):
                by_ref.setdefault(r, []).append(fid)
            self._by_ref = by_ref
        return self._by_ref.get(ref, [])

    @property
    def suffixes(self) -> frozenset[str]:
        """Kazakh ending chains, harmony-folded (see :func:`workbench.checks.names.suffixes.kazakh_suffixes`)."""
        if self._suffixes is None:
            self._suffixes = frozenset(self.grammar.get("suffixes", ()))
        return self._suffixes

    def multiword_forms(self, ref: int) -> list[int]:
        """The form ids of a referent's forms of two words or more."""
        hit = self._multiword.get(ref)
        if hit is None:
            hit = self._multiword[ref] = [fid for fid in self.forms_of(ref) if len(self.form_words(fid)) > 1]
        return hit

    def form_words(self, fid: int) -> tuple[str, ...]:
        """The folded tokens of a form."""
        hit = self._form_words.get(fid)
        if hit is None:
            hit = self._form_words[fid] = tuple(fold(t) for t in tokens_of(self.forms[fid][1]))
        return hit

    def tails_of(self, fid: int) -> tuple[str, frozenset[str]]:
        """Kazakh: (base, endings) of a form's last word: every surface's last word is the base
        (the word without its last letter, which voicing may change: Одақ → Одағы) + one of
        the endings. Empty endings for a form without."""
        word = tokens_of(self.forms[fid][1])
        base = fold(word[-1])[:-1] if word else ""
        t = self.form_tails[fid] if fid < len(self.form_tails) else -1
        if t < 0:
            return base, frozenset()
        hit = self._tail_sets.get(t)
        if hit is None:
            hit = self._tail_sets[t] = frozenset(self._tail_lists[t])
        return base, hit

    def fits(self, fid: int, folded: str) -> bool:
        """Is the folded word the last word of one of the form's surfaces (Kazakh)?"""
        base, tails = self.tails_of(fid)
        return bool(tails) and folded.startswith(base) and folded[len(base):] in tails

    def words_of(self, ref: int) -> dict[str, list[tuple[int, int, int]]]:
        """The word-forms of a referent's multiword valid forms: folded word → (form id, token
        position, cases as a bit mask)."""
        return self.words.get(ref, {})

    def parts(self, token: str) -> list[Part]:
        return [Part(ref, base, tuple(key), tuple(form), tuple(head))
                for ref, base, key, form, head in self._parts.get(token, ())]

    @property
    def has_parts(self) -> bool:
        return bool(self._parts)

    # -- scanning -------------------------------------------------------------------------
    def scan(self, toks: Tokens, accept: Callable[[FormEntry, Sequence[str]], bool],
             skip: Callable[[int], bool] | None = None) -> list[Hit]:
        """Leftmost-longest non-overlapping hits whose entries pass *accept* (letter case); the scan
        is :func:`~.scan.leftmost_longest`."""
        folded, words, keys = toks.folded, toks.words, self.keys

        def found(i: int, length: int) -> tuple[FormEntry, ...]:
            key = folded[i] if length == 1 else " ".join(folded[i:i + length])
            if key not in keys:
                return ()
            text = words[i:i + length]
            ok = tuple(e for e in self.lookup(key) if accept(e, text))
            last_gap = toks.gap(i + length - 1)
            if ok and length > 1 and "-" not in last_gap and not (last_gap and all(c in "»\"”" for c in last_gap)):
                # ҰҚШҰ-мен is the acronym with an ending; «ҰҚШҰ мен» is "ҰҚШҰ and" (an ending glued to a closing quote,
                # «Теңізшевройл»дың, is the name's, as the hyphen after it is)
                ok = tuple(e for e in ok if not _ends_with_hyphened_ending(e.surface))
            if ok and length > 1 and any(c.isspace() or c in ",.;:!?" for c in last_gap):
                # an ending after a closing quote is glued to it («Тенгизшевройл»а); «ПетроКазахстан», а is "and"
                ok = tuple(e for e in ok if not e.flags & HYPHEN_QUOTE)
            return ok

        def reaches(j: int, length: int) -> bool:
            text = words[j:j + length]
            return any(accept(e, text) for e in self.lookup(" ".join(folded[j:j + length])))

        return [Hit(*hit) for hit in leftmost_longest(folded, self.first, found, reaches, skip, toks.joined)]

    # -- persistence ------------------------------------------------------------------------
    def dumps(self) -> bytes:
        return marshal.dumps((FORMAT, self.language, self.keys, self.first, self.e_form.tobytes(),
                              self.e_cases.tobytes(), self.e_flags.tobytes(), self.e_surface, self.forms,
                              self.stems, self.words, self._parts, self.problems, self.form_tails.tobytes(),
                              self._tail_lists, self.grammar))

    @classmethod
    def loads(cls, data: bytes) -> FormIndex:
        """The index :meth:`dumps` wrote; ``ValueError`` for anything else (a corrupt cache)."""
        with paused_gc():
            return cls._loads(data)

    @classmethod
    def _loads(cls, data: bytes) -> FormIndex:
        try:
            (fmt, language, keys, first, e_form, e_cases, e_flags, e_surface, forms, stems, words, parts,
             problems, form_tails, tail_sets, grammar) = marshal.loads(data)
        except (EOFError, ValueError, TypeError) as exc:
            raise ValueError(f"not a form index: {exc}") from None
        if fmt != FORMAT or not isinstance(keys, dict) or not isinstance(first, dict):
            raise ValueError("not a form index of this version")
        arrays = []
        for raw in (e_form, e_cases, e_flags, form_tails):
            values = array("i")
            values.frombytes(raw)
            arrays.append(values)
        if not (len(arrays[0]) == len(arrays[1]) == len(arrays[2]) == len(e_surface)) \
                or len(arrays[3]) > len(forms) or any(t >= len(tail_sets) for t in arrays[3]):
            raise ValueError("a form index with inconsistent tables")
        return cls(language, keys, first, arrays[0], arrays[1], arrays[2], e_surface, forms, stems, words, parts,
                   problems, arrays[3], tail_sets, grammar)


# -- building ------------------------------------------------------------------------------

class _Builder:
    def __init__(self, language: str) -> None:
        self.language = language
        self.keys: dict[str, list[int]] = {}
        self.first: dict[str, int] = {}
        self.e_form = array("i")
        self.e_cases = array("i")
        self.e_flags = array("i")
        self.e_surface: list[str] = []
        self.seen: dict[tuple[str, int], int] = {}
        self.forms: list[tuple[int, str, int]] = []
        self.form_tails = array("i")
        self.tail_ids: dict[frozenset[str], int] = {}
        self.stems: dict[str, list[tuple[int, str]]] = {}
        self.words: dict[int, dict[str, dict[tuple[int, int], int]]] = {}
        self.parts: dict[str, list[tuple[Any, ...]]] = {}
        self.problems: list[tuple[int, str]] = []

    def form(self, ref: int, text: str, status: int) -> int:
        self.forms.append((ref, text, status))
        self.form_tails.append(-1)
        return len(self.forms) - 1

    def tails(self, fid: int, text: str, surfaces: Iterable[str]) -> None:
        """Record the endings of the form's last word (Kazakh; see FormIndex.tails_of)."""
        words = text.split()
        core = tokens_of(text)
        if not words or not core:
            return
        base = fold(core[-1])[:-1]
        hyphened = fold(words[-1]) + "-"
        found = set()
        for surface in surfaces:
            parts = surface.split()
            if len(parts) == len(words):
                last = tokens_of(parts[-1])
                if last and fold(last[-1]).startswith(base) and len(last) == len(tokens_of(words[-1])):
                    found.add(fold(last[-1])[len(base):])
                elif fold(parts[-1]).startswith(hyphened):
                    found.add("-" + fold(parts[-1])[len(hyphened):])      # ҰҚШҰ-ның, НАТО-сы
        key = frozenset(found)
        if key not in self.tail_ids:
            self.tail_ids[key] = len(self.tail_ids)
        self.form_tails[fid] = self.tail_ids[key]

    def add(self, fid: int, surface: str, cases: int, flags: int) -> None:
        key = fold_key(surface)
        if not key:
            return
        seen = self.seen.get((key, fid))
        if seen is not None:
            self.e_cases[seen] |= cases
            self.e_flags[seen] &= flags        # a surface that is also plain is plain
            return
        eid = len(self.e_surface)
        self.seen[(key, fid)] = eid
        self.e_form.append(fid)
        self.e_cases.append(cases)
        self.e_flags.append(flags)
        self.e_surface.append(surface)
        self.keys.setdefault(key, []).append(eid)
        head = key.split(" ", 1)[0]
        length = key.count(" ") + 1
        if self.first.get(head, 0) < length:
            self.first[head] = length

    def finish(self) -> FormIndex:
        keys: dict[str, int | tuple[int, ...]] = {k: v[0] if len(v) == 1 else tuple(v) for k, v in self.keys.items()}
        words = {ref: {w: [(fid, pos, mask) for (fid, pos), mask in slots.items()] for w, slots in table.items()}
                 for ref, table in self.words.items()}
        tail_sets = [sorted(s) for s, _ in sorted(self.tail_ids.items(), key=lambda kv: kv[1])]
        grammar: dict[str, Any] = {}
        if self.language == "kk":
            grammar["suffixes"] = sorted(kazakh_suffixes())
        elif self.language == "ru":
            grammar["generic"] = dict(generic_words())
            grammar["titles"] = dict(title_words())
        return FormIndex(self.language, keys, self.first, self.e_form, self.e_cases, self.e_flags, self.e_surface,
                         self.forms, self.stems, words, self.parts, self.problems, self.form_tails, tail_sets,
                         grammar)


_KK_VOICED = {"к": "г", "қ": "ғ", "п": "б"}


def kazakh_attributive(loc: str) -> str:
    """Locative + -ғы/-гі (Алматыдағы, «Теңізшевройлдағы»), quotes kept after it."""
    core = loc.rstrip(_QUOTES_CLOSE)
    if core.endswith(("да", "та")):
        return core + "ғы" + loc[len(core):]
    if core.endswith(("де", "те")):
        return core + "гі" + loc[len(core):]
    return ""


def _plural_mask(surface: str) -> int:
    last = fold(surface.split()[-1]) if surface.split() else ""
    for ending, mask in _RU_PLURAL_ENDINGS:
        if last.endswith(ending):
            return mask
    return 0


def _strip_quotes(word: str) -> str:
    return word.strip(_QUOTES_OPEN + _QUOTES_CLOSE + "'")


def _quoted_short_form(form: str) -> str | None:
    """«Еңбекші Ресей» қозғалысы → «Еңбекші Ресей»; АО «Озенмунайгаз» → «Озенмунайгаз»: a quoted
    name with lower-case words (a generic head) before or after it, which running text may drop."""
    start, end = form.find("«"), form.rfind("»")
    if start < 0 or end < start:
        return None
    inner, before, after = form[start:end + 1], form[:start].split(), form[end + 1:].split()
    if not (before or after) or len(before) > 1 or len(after) > 2:
        return None
    if not all(w.isalpha() and (w.islower() or is_acronym(w)) for w in after):
        return None
    if before and not before[0].isalpha():        # one generic word (Организация, АО, движение)
        return None
    return inner


def _head_stems(language: str, head: str) -> tuple[str, ...]:
    low = fold(head)
    if language == "ru":
        stem = low[:-1] if low[-1:] in "аяоеыиьйу" else low
        return (stem,) if len(stem) >= 3 else ()
    # Kazakh possessive head: облысы → облыс, кеңесі → кеңес, тенденциясы → тенденция (a vowel before
    # -сы may be the stem's or the possessive's own: облы-сы or облыс-ы, so both)
    if not low.endswith(("ы", "і")):
        return ()
    stems = [low[:-1]]
    if low.endswith(("сы", "сі")) and low[-3:-2] in "аәеиоөұүыіэюя":
        stems.append(low[:-2])
    for stem in list(stems):
        if stem.endswith("ғ"):
            stems.append(stem[:-1] + "қ")
        elif stem.endswith("г"):
            stems.append(stem[:-1] + "к")
    return tuple(s for s in stems if len(s) >= 3)


def _russian_noun_like(word: str) -> bool:
    return len(word) >= 4 and word[:1].isupper() and not is_acronym(word) and not looks_adjective(word)


class _Ref:
    """One referent while its forms are added."""

    def __init__(self, b: _Builder, ref: int, row: RefRow, language: str) -> None:
        self.b, self.ref, self.row, self.language = b, ref, row, language
        self.spec = row.specs.get(language, EMPTY_SPEC)

    def add_form(self, text: str, status: int, flags: int = 0) -> None:
        b, language, kind = self.b, self.language, self.row.kind
        fid = b.form(self.ref, text, status)
        preferred, wrong = status == PREFERRED, status == WRONG
        para = paradigm(language, text, kind, self.spec, preferred, wrong)
        cases = CASES.get(language, ("nom",))
        in_paradigm: set[str] = set()
        for ci, case in enumerate(cases):
            for surface in para.get(case, ()):
                b.add(fid, surface, 1 << ci, flags)
                in_paradigm.add(surface)
                if language == "kk" and status <= ADMITTED:
                    # a name in -и (Мерфи, Пирани): its ending as after the glide (Мерфидің) or, as many write a
                    # foreign name's и, after a vowel (Мерфинің) — both are read, the fix offers the first
                    variant = _KK_VOWEL_I_ENDING.sub("н", surface)
                    if variant != surface:
                        b.add(fid, variant, 1 << ci, flags)
                        in_paradigm.add(variant)
        declined: dict[str, tuple[str, ...]] = {}
        if language == "ru" and is_quoted_name(text):
            declined = _declined_quote(text, kind, self.spec, preferred, wrong)
            for ci, case in enumerate(cases):
                for surface in declined.get(case, ()):
                    b.add(fid, surface, 1 << ci, flags | (DECLINED_QUOTE if ci else 0))
                    in_paradigm.add(surface)
                    # the ending written after the closing quote, glued or after a hyphen («Тенгизшевройл»а,
                    # «Тенгизшевройл»-а): recognised in order to move it inside (HYPHEN_QUOTE)
                    outside = _ending_outside_quotes(text, surface) if ci else None
                    if outside is not None:
                        for bad in outside:
                            b.add(fid, bad, 1 << ci, flags | HYPHEN_QUOTE)
        surfaces = surface_forms(language, text, kind, self.spec, preferred, wrong)
        if language == "ru" and status <= ADMITTED:
            surfaces |= _other_genders(text, kind)
        if len(surfaces) <= 1 and len(para) <= 1:
            b.problems.append((self.ref, f"no inflected forms could be generated for {text!r}"))
        attributives = {kazakh_attributive(loc) for loc in para.get("loc", ())} if language == "kk" else set()
        for surface in surfaces - in_paradigm:
            if language == "kk" and surface not in attributives:
                continue        # plural and possessive chains: told by their endings (FormIndex.tails_of)
            b.add(fid, surface, _plural_mask(surface) if language == "ru" else 0, flags | EXTRA)
        if language == "kk" and status != FOREIGN:
            spec = self.spec if not wrong else DeclensionSpec()
            try:
                hyphens = kazakh_hyphen_after_quote(text, kind, spec, preferred=preferred)
            except ValueError:
                hyphens = {}
            good_cases = {s: 1 << ci for ci, case in enumerate(cases) for s in para.get(case, ())}
            for bad, good in hyphens.items():
                b.add(fid, bad, good_cases.get(good, 0), flags | HYPHEN_QUOTE)
        if status != FOREIGN:
            self._stems(fid, text)
            if language == "kk":
                b.tails(fid, text, surfaces)
        if status <= ADMITTED and (language == "ru" or kind == "person"):
            self._words(fid, text, para, declined, surfaces - in_paradigm)
        if status <= ADMITTED:
            self._parts(text, surfaces)

    def _stems(self, fid: int, text: str) -> None:
        words = [_strip_quotes(w) for w in tokens_of(text)]
        if not words:
            return
        stems = self.b.stems
        if self.language == "kk":
            word = words[-1]
            # (a word in small letters too, теңге: the target scan splits small-letter words only where
            # the source names such a referent)
            if word[:1].isalpha() and (len(word) >= 4 or is_acronym(word)):
                stems.setdefault(fold(word), []).append((fid, word))
                if word[-1:].lower() in _KK_VOICED and not is_acronym(word):     # Одақ → Одағы
                    stems.setdefault(fold(word[:-1]) + _KK_VOICED[word[-1].lower()], []).append((fid, word))
        elif self.language == "ru":
            for word in words:
                if _russian_noun_like(word):
                    stems.setdefault(fold(word), []).append((fid, word))
                    if word[-1].lower() in "аяоеыийь" and len(word) >= 5:
                        stems.setdefault(fold(word[:-1]), []).append((fid, word))

    def _words(self, fid: int, text: str, para: dict[str, tuple[str, ...]], declined: dict[str, tuple[str, ...]],
               extras: set[str]) -> None:
        """Multiword forms: each token's forms with the cases it has at its position (Russian:
        for agreement; both languages: a person's surname alone renders the person)."""
        n = len(tokens_of(text))
        if n < 2:
            return
        table = self.b.words.setdefault(self.ref, {})
        for ci, case in enumerate(CASES.get(self.language, ())):
            for surface in para.get(case, ()) + declined.get(case, ()):
                toks = tokens_of(surface)
                if len(toks) != n:
                    continue
                for pos, tok in enumerate(toks):
                    slot = table.setdefault(fold(tok), {})
                    slot[(fid, pos)] = slot.get((fid, pos), 0) | (1 << ci)
        for surface in extras:
            toks = tokens_of(surface)
            if self.language == "ru":
                # the plural surname: Розой Тулетаевым is no full name
                mask = _plural_mask(surface) if self.row.kind == "person" and len(toks) == 1 else 0
                pos = n - 1
            else:
                mask = OTHER_FORM if len(toks) == n else 0
                pos = n - 1
            if mask and toks:
                slot = table.setdefault(fold(toks[-1]), {})
                slot[(fid, pos)] = slot.get((fid, pos), 0) | mask

    def _parts(self, text: str, surfaces: Iterable[str]) -> None:
        """The head-less parts of ADJ + NOUN (ru) / NAME + possessive NOUN (kk) forms."""
        words = text.split()
        language = self.language
        if len(words) < 2 or not words[-1][:1].islower() or not words[-2][:1].isupper():
            return
        form_tokens = tokens_of(text)
        n = len(form_tokens)
        if language == "ru":
            if looks_adjective(words[-1]) or not looks_adjective(words[-2]):
                return
            heads = _head_stems("ru", words[-1])
            found = {tokens_of(s)[:-1] for s in surfaces if len(tokens_of(s)) == n}
        elif language == "kk":
            heads = _head_stems("kk", words[-1])
            found = {form_tokens[:-1]}
        else:
            return
        if not heads:
            return
        for part in found:
            key = tuple(fold(t) for t in part)
            if key:
                self.b.parts.setdefault(key[0], []).append((self.ref, text, list(key), list(part), list(heads)))


_RU_SOFT_ADJ = ("ий", "яя", "ее", "ие")


def _other_genders(form: str, kind: str) -> set[str]:
    """A one-word Russian adjective in small letters (итальянский: "Italian") in every gender and
    number, inflected. Capitalised words are left alone (a surname such as Толстой is a name)."""
    if " " in form.strip() or not form[:1].islower() or not looks_adjective(form):
        return set()
    low = form.lower()
    stem, end, before = form[:-2], low[-2:], low[-3:-2]
    soft = end in _RU_SOFT_ADJ and before not in "гкхжшчщ"
    if soft:
        noms = [stem + e for e in ("ий", "яя", "ее", "ие")]
    else:
        masc = end if end in ("ый", "ой", "ий") else ("ий" if before in "гкхжшчщ" else "ый")
        plural = "ие" if before in "гкхжшчщ" else "ые"
        noms = [stem + e for e in (masc, "ая", "ое", plural)] + ([stem + "ее"] if before in "жшчщ" else [])
    out: set[str] = set()
    for nom in noms:
        if nom != form:
            out |= surface_forms("ru", nom, kind, EMPTY_SPEC, False)
    return out


def _ending_outside_quotes(text: str, declined: str) -> tuple[str, str] | None:
    """A one-word quoted name *text* («Тенгизшевройл») and a case of it declined inside the quotes
    («Тенгизшевройла»): the ending written after the closing quote instead, glued and after a hyphen
    («Тенгизшевройл»а, «Тенгизшевройл»-а); None where the declined word does not keep the name's whole."""
    inner = text[1:-1]
    if len(text) < 3 or " " in inner or not declined.startswith(text[:-1]) or declined[-1:] != text[-1:]:
        return None
    ending = declined[len(text) - 1:-1]
    if not ending.isalpha():
        return None
    return text + ending, text + "-" + ending


def _declined_quote(text: str, kind: str, spec: DeclensionSpec, preferred: bool,
                    wrong: bool) -> dict[str, tuple[str, ...]]:
    if wrong:
        spec = DeclensionSpec(gender=spec.gender, plural=spec.plural)
    try:
        return russian_paradigm(text, kind, spec, preferred=preferred, decline_quoted=True)
    except ValueError:
        return {}


def _foreign_paradigm(language: str, text: str, kind: str) -> dict[str, tuple[str, ...]]:
    """The other language's form inflected by this language's rules, guessed (Кызылордада)."""
    try:
        if language == "kk":
            return kazakh_paradigm(text, kind, EMPTY_SPEC)
        if language == "ru":
            return russian_paradigm(text, kind, EMPTY_SPEC)
    except ValueError:
        return {}
    return {"nom": (text,)}


def build_form_index(rows: Sequence[RefRow], language: str, others: Sequence[str] = ()) -> FormIndex:
    """The form index of *language* for the glossary rows (see the module docstring)."""
    with paused_gc():       # hundreds of thousands of long-lived containers, no cycles
        return _build(rows, language, others)


def _build(rows: Sequence[RefRow], language: str, others: Sequence[str]) -> FormIndex:
    b = _Builder(language)
    for ref, row in enumerate(rows):
        problem = row.problems.get(language)
        if problem:
            b.problems.append((ref, problem))
        current = _Ref(b, ref, row, language)
        own = row.forms.get(language, ())
        for text, status in own:
            current.add_form(text, status)
        valid = [text for text, status in own if status <= ADMITTED]
        known = {fold_key(text) for text, _ in own}
        for text in valid:
            short = _quoted_short_form(text)
            if short and fold_key(short) not in known:
                known.add(fold_key(short))
                current.add_form(short, ADMITTED, DERIVED)
        for other in others:
            for text, status in row.forms.get(other, ()):
                if fold_key(text) in known or not text[:1].isupper() or row.term:
                    continue        # only names: a common word declined by the other grammar is noise
                known.add(fold_key(text))
                # the other language's form, or a misspelling listed for it (Кси Цзиньпин is one here
                # too), inflected by this language's rules
                fid = b.form(ref, text, WRONG if status == WRONG else FOREIGN)
                para = _foreign_paradigm(language, text, row.kind)
                for ci, case in enumerate(CASES.get(language, ("nom",))):
                    for surface in para.get(case, ()):
                        b.add(fid, surface, 1 << ci, 0)
    return b.finish()
