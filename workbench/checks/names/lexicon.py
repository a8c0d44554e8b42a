"""Everything the name checks know about one glossary: its referents, their forms and
declensions, the English index and, per target language, the form index.

A :class:`Lexicon` is built from a glossary and never changes afterwards (the per-language
indexes are built or loaded on first use, under a lock, and then only read), so one lexicon
can serve the editor's live checks and a project-wide run at the same time.
"""

from __future__ import annotations

import gc
import hashlib
import re
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from workbench.inflection import EMPTY_SPEC, DeclensionSpec, russian_paradigm

from .forms import (
    ADMITTED,
    CASES,
    FORMAT,
    PREFERRED,
    WRONG,
    FormEntry,
    FormIndex,
    RefRow,
    build_form_index,
    cases_of,
)
from .matcher import (
    Entry,
    NameIndex,
    cell_values,
    decl_spec,
    english_plural,
    fold,
    is_acronym,
    paradigm,
    referent_id,
    referent_kind,
    referents_of,
    surface_forms,
)
from .suffixes import kazakh_signature
from .variants import VariantFinder

TARGET_LANGUAGES = ("ru", "kk")
_CLOSE = "»\"“”"
_QUOTES = "«»\"„“”"
_STATUS = {"preferred": PREFERRED, "admitted": ADMITTED, "wrong": WRONG}

class Stored(Protocol):
    """An index that can be kept as bytes."""

    def dumps(self) -> bytes: ...


#: (glossary digest, index name, build, loads) → the index: how a lexicon gets its indexes (the
#: disk cache plugs in here). *build* makes the index from scratch; *loads* reads stored bytes
#: (ValueError for bad ones).
IndexLoader = Callable[[str, str, Callable[[], Any], Callable[[bytes], Any]], Any]


def _forms(referent: Any, lang: str) -> list[tuple[str, str]]:
    forms = getattr(referent, "forms", None)
    if callable(forms):
        return [(f.strip(), s) for f, s in forms(lang) if f and f.strip()]
    out: list[tuple[str, str]] = []
    pref = cell_values(referent, lang)
    if pref:
        out.append((pref[0], "preferred"))
    if lang == "en":
        out += [(v, "admitted") for v in cell_values(referent, "en_admitted")]
        out += [(v, "deprecated") for v in cell_values(referent, "en_deprecated")]
    else:
        out += [(v, "admitted") for v in cell_values(referent, f"{lang}_admitted")]
        out += [(v, "wrong") for v in cell_values(referent, f"{lang}_wrong")]
    return out


def _spec(referent: Any, lang: str) -> tuple[DeclensionSpec, str | None]:
    try:
        return decl_spec(referent, lang), None
    except ValueError as exc:
        return EMPTY_SPEC, str(exc)


def _decl_text(referent: Any, lang: str) -> str:
    value = getattr(referent, f"{lang}_decl", None)
    if value is None:
        extra = getattr(referent, "extra", None) or {}
        value = extra.get(f"{lang}_decl", "") if hasattr(extra, "get") else ""
    return str(value or "")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the modules that decide what a form index holds (inflection and indexing), so
    that an index on disk is never used by another version of the code."""
    from workbench import inflection

    h = hashlib.sha256()
    folder = Path(inflection.__file__).parent
    here = Path(__file__).parent
    for path in [*sorted(folder.glob("*.py")), here / "forms.py", here / "matcher.py", here / "suffixes.py",
                 here / "russian_context.py"]:
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(path.name.encode())
    return h.hexdigest()[:16]


def digest_of_file(file_digest: str) -> str:
    """The lexicon's content key of a glossary file whose SHA-256 is *file_digest* (the key a
    :class:`Lexicon` built with that digest has, known without building it)."""
    return hashlib.sha256(f"{file_digest}/{FORMAT}/{code_fingerprint()}".encode()).hexdigest()


#: The English word for a kind of place after its name ("Aktobe Region", "Aktobe Oblast")
_KIND_OF_PLACE_TAIL = re.compile(r"\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)$")


class Lexicon:
    """The read-only name data of one glossary (see the module docstring)."""

    def __init__(self, glossary: Any, *, loader: IndexLoader | None = None, digest: str | None = None) -> None:
        """*digest*: a content key of the glossary the caller already has (the SHA-256 of its
        file); by default one is computed from the forms, types and declension cells."""
        self.glossary = glossary
        self.referents = referents_of(glossary)
        self.ids = [referent_id(r) for r in self.referents]
        self.position = {rid: i for i, rid in enumerate(self.ids)}
        self.kinds = [referent_kind(r) for r in self.referents]
        #: referents that are terms (adjectives, demonyms, currents): checked when used, never required
        self.terms = frozenset(i for i, r in enumerate(self.referents) if str(getattr(r, "type", "")) == "term")
        self._forms: dict[tuple[int, str], list[tuple[str, str]]] = {}
        self._specs: dict[tuple[int, str], tuple[DeclensionSpec, str | None]] = {}
        self._preferred: dict[tuple[int, str], str] = {}
        self._rows: list[RefRow] | None = None
        self._namesakes: dict[int, tuple[int, ...]] | None = None
        self._adjectives: dict[int, tuple[int, ...]] | None = None
        self._days: dict[str, frozenset[int]] = {}
        self.digest = digest_of_file(digest) if digest is not None else self._digest()
        self._loader = loader
        self._lock = threading.Lock()
        self._indexes: dict[str, FormIndex] = {}
        self.english: NameIndex
        if loader is not None:
            self.english = loader(self.digest, "en", self._build_english, NameIndex.loads)
        else:
            self.english = self._build_english()
        # folded last words of multiword English spellings ("region", "embassy"): the head
        # nouns a coordination may share ("Aktobe and Kyzylorda regions")
        self.english_heads = frozenset(k[-1] for k in self.english.keys if len(k) > 1)
        self.english_head_forms = frozenset(
            form for head in self.english_heads for form in (head, head + "s", head + "es", head[:-1] + "ies"))
        # the later words of multiword spellings that are no spelling of their own (embassy, council)
        singles = {k[0] for k in self.english.keys if len(k) == 1}
        self.english_inner = frozenset(w for k in self.english.keys if len(k) > 1 for w in k[1:]
                                       if w not in singles and len(w) > 2)
        self._variants: VariantFinder | None = None
        gc.freeze()     # the glossary and the English index live as long as the checker: never rescanned

    @property
    def rows(self) -> list[RefRow]:
        """What the form indexes are built from (made when first needed: a run with its indexes
        on disk never needs them)."""
        if self._rows is None:
            self._rows = [self._row(i) for i in range(len(self.referents))]
        return self._rows

    # -- rows ---------------------------------------------------------------------------
    def forms(self, ref: int, lang: str) -> list[tuple[str, str]]:
        """(form, status) of a referent in *lang*: preferred, admitted, wrong (en: deprecated)."""
        key = (ref, lang)
        hit = self._forms.get(key)
        if hit is None:
            hit = self._forms[key] = _forms(self.referents[ref], lang)
        return hit

    def english_standing(self, ref: int, spelling: str) -> str | None:
        """"preferred", "admitted" or "deprecated": how the glossary holds *spelling* of the
        referent in English; None if it is none of its spellings."""
        return next((standing for form, standing in self.forms(ref, "en") if form == spelling), None)

    def namesakes(self, ref: int) -> tuple[int, ...]:
        """The other places of the same English name, its kind of place aside: the city of Aktobe
        and Aktobe Region (Aktobe Oblast), a bare "Aktobe" naming either."""
        if self._namesakes is None:
            by_name: dict[str, list[int]] = {}
            for other, kind in enumerate(self.kinds):
                if kind != "place":
                    continue
                for form, standing in self.forms(other, "en"):
                    if standing != "deprecated":
                        bare = _KIND_OF_PLACE_TAIL.sub("", form).strip().casefold()
                        if bare and other not in by_name.setdefault(bare, []):
                            by_name[bare].append(other)
            found: dict[int, set[int]] = {}
            for refs in by_name.values():
                for one in refs:
                    found.setdefault(one, set()).update(r for r in refs if r != one)
            self._namesakes = {one: tuple(sorted(others)) for one, others in found.items() if others}
        return self._namesakes.get(ref, ())

    def day_refs(self, lang: str) -> frozenset[int]:
        """The referents that are days, by a *lang* form («День независимости» opens with День;
        «Тәуелсіздік күні» ends with күні): a time, whatever preposition or case places them."""
        found = self._days.get(lang)
        if found is None:
            if lang == "ru":
                found = frozenset(ref for ref in range(len(self.kinds))
                                  if any(form.split()[:1] == ["День"] for form in self.valid_forms(ref, "ru")))
            else:
                found = frozenset(ref for ref in range(len(self.kinds))
                                  if any(fold(form).endswith(" күні") for form in self.valid_forms(ref, lang)))
            self._days[lang] = found
        return found

    def adjectives_of(self, ref: int) -> tuple[int, ...]:
        """The term rows that are the place's adjective ("Russian" of Russia, "French" of France): a
        term whose English word begins with the place's first four letters or more (the place
        sharing the most with it, or with the last word of a form "… of Y": "American" of "United States
        of America"), or one with a Russian or Kazakh form made on the place's own (франциялық on
        Франция)."""
        if self._adjectives is None:
            # (and the word after "of" of an English form "… of Y": "American" of "United States of America")
            places = sorted({(other, form.casefold() if standing == "preferred" else form.casefold().split()[-1])
                             for other, kind in enumerate(self.kinds) if kind == "place"
                             for form, standing in self.forms(other, "en")
                             if standing == "preferred" or (standing == "admitted" and " of " in form
                                                            and " " not in form.split(" of ")[-1])})
            stems = [(other, form.casefold()[:-1]) for other, kind in enumerate(self.kinds) if kind == "place"
                     for lang in TARGET_LANGUAGES for form, standing in self.forms(other, lang)
                     if standing == "preferred" and " " not in form and len(form) >= 5]
            found: dict[int, set[int]] = {}
            for term in sorted(self.terms):
                word = next((form.casefold() for form, standing in self.forms(term, "en") if standing == "preferred"),
                            "")
                if not word or " " in word:
                    continue
                shared = [(_common_prefix(word, name), other) for other, name in places]
                best = max(shared, default=(0, -1))
                if best[0] >= 4 and sum(1 for length, _ in shared if length == best[0]) == 1:
                    found.setdefault(best[1], set()).add(term)
                made = {form.casefold() for lang in TARGET_LANGUAGES for form, standing in self.forms(term, lang)
                        if standing != "wrong"}
                for other, stem in stems:
                    if any(form.startswith(stem) for form in made):
                        found.setdefault(other, set()).add(term)
            self._adjectives = {place: tuple(sorted(terms)) for place, terms in found.items()}
        return self._adjectives.get(ref, ())

    def spec(self, ref: int, lang: str) -> DeclensionSpec:
        return self._spec_and_problem(ref, lang)[0]

    def _spec_and_problem(self, ref: int, lang: str) -> tuple[DeclensionSpec, str | None]:
        key = (ref, lang)
        hit = self._specs.get(key)
        if hit is None:
            hit = self._specs[key] = _spec(self.referents[ref], lang)
        return hit

    def _row(self, ref: int) -> RefRow:
        forms: dict[str, tuple[tuple[str, int], ...]] = {}
        specs: dict[str, DeclensionSpec] = {}
        problems: dict[str, str] = {}
        for lang in TARGET_LANGUAGES:
            forms[lang] = tuple((f, _STATUS[s]) for f, s in self.forms(ref, lang) if s in _STATUS)
            spec, problem = self._spec_and_problem(ref, lang)
            specs[lang] = spec
            if problem:
                problems[lang] = problem
        return RefRow(self.ids[ref], self.kinds[ref], forms, specs, problems, ref in self.terms)

    def _digest(self) -> str:
        """A content key of everything the form indexes are built from: the glossary's forms,
        types and declension cells, and the code that builds them."""
        h = hashlib.sha256(f"names/{FORMAT}/{code_fingerprint()}\n".encode())
        for ref, row in enumerate(self.rows):
            h.update(f"{row.id}\t{row.kind}\t{row.term}\n".encode())
            h.update("\t".join(f"{f}/{s}" for f, s in self.forms(ref, "en")).encode())
            for lang in TARGET_LANGUAGES:
                h.update(f"{lang}\t{_decl_text(self.referents[ref], lang)}\t".encode())
                h.update("\t".join(f"{f}/{s}" for f, s in row.forms[lang]).encode())
                h.update(b"\n")
        return h.hexdigest()

    # -- the indexes ------------------------------------------------------------------------
    def index(self, language: str) -> FormIndex:
        index = self._indexes.get(language)
        if index is None:
            with self._lock:
                index = self._indexes.get(language)
                if index is None:
                    others = [lang for lang in TARGET_LANGUAGES if lang != language]

                    def build() -> FormIndex:
                        return build_form_index(self.rows, language, others)

                    index = (self._loader(self.digest, language, build, FormIndex.loads)
                             if self._loader is not None else build())
                    gc.freeze()     # long-lived: the collector need not scan it again and again
                    self._indexes[language] = index
        return index

    def warm(self, languages: Iterable[str] = TARGET_LANGUAGES) -> None:
        for language in languages:
            self.index(language)

    def _build_english(self) -> NameIndex:
        index = NameIndex("en")
        surnames: dict[str, list[int]] = {}
        for i in range(len(self.referents)):
            if self.kinds[i] != "person":
                continue
            words = next((f for f, s in self.forms(i, "en") if s == "preferred"), "").split()
            if len(words) > 1 and len(words[-1]) >= 4 and words[-1][:1].isupper() and words[-1].isalpha():
                surnames.setdefault(words[-1], []).append(i)
        for i in range(len(self.referents)):
            person = self.kinds[i] == "person"
            spellings = self.forms(i, "en")
            for spelling, status in spellings:
                index.add(spelling, Entry(i, status, spelling, None, spelling))
                if is_acronym(spelling) and spelling.isalpha():        # MPs, NGOs
                    index.add(spelling + "s", Entry(i, status, spelling, None, spelling + "s"))
                if person:
                    plural = english_plural(spelling)
                    if plural:
                        index.add(plural, Entry(i, status, spelling, None, plural))
            if person:
                surname = self._implicit_surname(i, spellings, surnames)
                if surname:
                    index.add(surname, Entry(i, "admitted", surname, None, surname))
                    plural = english_plural(surname)
                    if plural:
                        index.add(plural, Entry(i, "admitted", surname, None, plural))
        return index

    def _implicit_surname(self, ref: int, spellings: list[tuple[str, str]], surnames: dict[str, list[int]]) -> str:
        """A person's surname alone ("Murphy" after "Paul Murphy") names them when the glossary
        admits a one-word form in a target language and no other person has that surname."""
        words = next((f for f, s in spellings if s == "preferred"), "").split()
        if len(words) < 2 or surnames.get(words[-1]) != [ref]:
            return ""
        if any(f == words[-1] for f, _ in spellings):
            return ""
        for lang in TARGET_LANGUAGES:
            if any(s == "admitted" and len(f.split()) == 1 and not is_acronym(f) for f, s in self.forms(ref, lang)):
                return words[-1]
        return ""

    @property
    def variants(self) -> VariantFinder:
        if self._variants is None:
            spellings: list[tuple[str, int]] = []
            for i in range(len(self.referents)):
                for spelling, status in self.forms(i, "en"):
                    if status == "deprecated":
                        continue
                    spellings.append((spelling, i))
                    words = spelling.split()
                    if self.kinds[i] == "person" and len(words) > 1 and len(words[-1]) >= 5:
                        spellings.append((words[-1], i))
            self._variants = VariantFinder(spellings)
        return self._variants

    def acts(self, ref: int) -> bool:
        """Can the referent be asked or made to act — a person, an organisation, or a company,
        paper or movement (a referent of no kind whose Kazakh or Russian name is quoted:
        «Өзенмұнайгаз», «Қазақмыс»)? Not a place or an event."""
        kind = self.kinds[ref]
        return kind in ("person", "organisation") or (kind == "other" and any(
            self.preferred_form(ref, language).startswith("«") for language in ("kk", "ru")))

    # -- forms ------------------------------------------------------------------------------
    def preferred_form(self, ref: int, language: str) -> str:
        key = (ref, language)
        hit = self._preferred.get(key)
        if hit is None:
            hit = self._preferred[key] = next((f for f, s in self.forms(ref, language) if s == "preferred"), "")
        return hit

    def valid_forms(self, ref: int, language: str) -> list[str]:
        return [f for f, s in self.forms(ref, language) if s in ("preferred", "admitted")]

    def paradigm(self, ref: int, language: str, form: str, *, declined: bool = False) -> dict[str, tuple[str, ...]]:
        preferred = form == self.preferred_form(ref, language)
        if declined and language == "ru":
            try:
                return russian_paradigm(form, self.kinds[ref], self.spec(ref, language), preferred=preferred,
                                        decline_quoted=True)
            except ValueError:
                pass
        return paradigm(language, form, self.kinds[ref], self.spec(ref, language), preferred)

    def surfaces(self, ref: int, language: str, form: str) -> set[str]:
        preferred = form == self.preferred_form(ref, language)
        return surface_forms(language, form, self.kinds[ref], self.spec(ref, language), preferred)

    def replacement(self, ref: int, written: str) -> str:
        """The valid English spelling to use instead of *written*: same shape (acronym, word
        count) first, then the most similar; the preferred spelling by default."""
        from rapidfuzz import fuzz  # imported when needed: a run without deprecated spellings never is

        valid = self.valid_forms(ref, "en")
        if not valid:
            return written
        acro = is_acronym(written)
        words = len(written.split())

        def score(spelling: str) -> tuple[bool, bool, float]:
            return (is_acronym(spelling) == acro, len(spelling.split()) == words,
                    fuzz.ratio(spelling.lower(), written.lower()))

        return max(valid, key=score)

    def in_case(self, ref: int, language: str, cases: int, *, like: str = "", words: int | None = None,
                case: str | None = None, form: str | None = None, declined: bool = False) -> str | None:
        """The valid form of *ref* in one of the cases of the mask *cases* (or *case*): *form*
        itself when it is a valid form, else the form with as many words as *like* (a one-word
        surname for a one-word surname), else the preferred one. *declined*: a Russian quoted
        name declined inside its quotes (running text). None without a form in *language*."""
        forms = self.valid_forms(ref, language)
        if not forms:
            return None
        if form is not None and form in forms:
            choice = form
        else:
            want = words if words is not None else (len(like.split()) if like else None)
            choice = forms[0]
            if want is not None:
                choice = next((f for f in forms if len(f.split()) == want), choice)
        para = self.paradigm(ref, language, choice, declined=declined)
        names = [case] if case else cases_of(language, cases)
        for name in names:
            if para.get(name):
                return para[name][0]
        return choice

    def word_in_case(self, ref: int, language: str, form: str, word: str, case: str) -> str | None:
        """One word of a form in a case: Бойцун of Марко Бойцун in the genitive → Бойцуна; or one part
        of a hyphenated word: Касым of Касым-Жомарт Токаев in the genitive → Касым (Касым-Жомарта)."""
        words = [w.strip(_CLOSE + "«„") for w in form.split()]
        part = None
        if word not in words:
            # (a part of a hyphenated word: its position in the word)
            part = next(((k, w.split("-").index(word)) for k, w in enumerate(words) if word in w.split("-")), None)
            if part is None:
                return None
        position = words.index(word) if part is None else part[0]
        para = self.paradigm(ref, language, form, declined=form[:1] in "«\"„“")
        for surface in para.get(case, ()):
            parts = surface.split()
            if len(parts) == len(words):
                if part is None:
                    return parts[position]
                pieces = parts[position].split("-")
                if len(pieces) == len(words[position].split("-")):
                    return pieces[part[1]]
        return None

    def fix_for(self, entry: FormEntry, language: str, text: str) -> str | None:
        """The right form of the entry's referent for a wrong surface *text*: same case and same
        number of words when the case is known; Kazakh: the same ending, read off the surface."""
        like = entry.base
        if entry.cases & ((1 << len(CASES.get(language, ()))) - 1):
            return self.in_case(entry.ref, language, entry.cases, like=like)
        if language == "kk":
            return self.kazakh_same_ending(entry.ref, entry.base, text)
        return self.in_case(entry.ref, language, 1, like=like)

    def kazakh_same_ending(self, ref: int, base: str, text: str, suffix: str | None = None) -> str | None:
        """The valid Kazakh form of *ref* whose ending marks the same case as the ending of
        *text* (a form of *base*) or as *suffix*: Токаевтардың → Тоқаевтардың."""
        forms = self.valid_forms(ref, "kk")
        if not forms:
            return None
        want = len(base.split())
        choice = base if base in forms else next((f for f in forms if len(f.split()) == want), forms[0])
        if suffix is None:
            low_text, low_base = fold(text), fold(base).rstrip(_CLOSE)
            common = _common_prefix(low_text, low_base)
            if common < len(low_base) - 1:
                return choice
            suffix = text[common:].strip(_CLOSE + "-")
        sig = kazakh_signature(suffix.strip(_CLOSE + "-"))
        if not sig:
            return choice
        stem = choice.rstrip(_CLOSE)
        for s in sorted(self.surfaces(ref, "kk", choice), key=len):
            if s.startswith(stem) and len(s) > len(choice):
                rest = s[len(stem):].strip(_CLOSE + "-")
                if rest and kazakh_signature(rest) == sig:
                    return s
        return choice


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
