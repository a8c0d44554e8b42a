"""The memory's one door into the name checks (``workbench.checks.names``).

Name-aware matches need three things the glossary's name index already knows: which
referents a source sentence names and where; which referents a translation names, where,
and in which grammatical case(s) each surface form can be; and a referent's form in a
given case. This adapter asks :class:`~workbench.checks.NameChecker` and
:mod:`workbench.checks.names.matcher` for them, so that a change inside the name checks
costs this one module.
"""

from __future__ import annotations

import contextlib
import functools
import re
from dataclasses import dataclass

from workbench.checks import NameChecker
from workbench.checks.names import matcher
from workbench.checks.names.english_context import past_participle
from workbench.checks.names.forms import DECLINED_QUOTE, EXTRA, cases_of, kazakh_attributive
from workbench.checks.names.russian_context import generic_words, place_words, verb_governed
from workbench.checks.names.target import strict_accept
from workbench.inflection import russian_paradigm

_WORD = re.compile(r"\w+")
_QUOTES = "«»\"“”„'"
ATTRIBUTIVE = "attr"    # not a case: the Kazakh locative made an attribute, Ақтаудағы жұмысшылар ("workers in Aktau")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A glossary name found in a text."""

    start: int
    end: int
    ref: int                      # the referent's number in the checker
    cases: tuple[str, ...] = ()   # target text: every case this surface form can be, paradigm order
                                  # (or ATTRIBUTIVE, a Kazakh locative + -ғы/-гі: Ақтаудағы, "in Aktau")
    words: int = 1                # words of the glossary form it comes from (Касым-Жомарт Токаев: 2)
    declined_quote: bool = False  # a quoted Russian name declined as in running text: «Тенгизшевройла»


class NameTools:
    """Names in sources and translations, and referents' inflected forms, for one glossary."""

    def __init__(self, checker: NameChecker) -> None:
        self.checker = checker

    @functools.cached_property
    def _name_words(self) -> frozenset[str]:
        """Every word that can be part of a glossary name's English spelling (or a head noun two
        names share): what :meth:`plain_words` leaves out. Built at first use, not at start."""
        return frozenset(piece for key in self.checker.english.keys for word in key
                         for piece in _WORD.findall(word)) | self.checker.lexicon.english_head_forms

    def plain_words(self, text: str) -> list[str]:
        """The words of an English sentence that cannot belong to a glossary name or a number,
        folded: two sentences that differ only by names and numbers have the same ones. A
        cheap test before the names are looked for."""
        return [w for w in (word.casefold() for word in _WORD.findall(text))
                if w not in self._name_words and not _DIGIT.search(w)]

    def referent_id(self, ref: int) -> str:
        return str(self.checker.ids[ref])

    def source_names(self, text: str) -> list[NameSpan]:
        """Every glossary name in an English sentence, in order (deprecated spellings too)."""
        return [NameSpan(start, end, ref) for start, end, ref, _ in self.checker.source_names(text)]

    def target_names(self, text: str, language: str) -> list[NameSpan]:
        """Every valid (preferred or admitted) form of a glossary name in a translation, with its cases."""
        toks = matcher.Tokens.of(text)
        out: list[NameSpan] = []
        for hit in self.checker.index(language).scan(toks, strict_accept):
            valid = [e for e in hit.entries if e.valid and not e.flags & EXTRA]
            derived = [] if valid or language != "kk" else [e for e in hit.entries if e.valid and e.flags & EXTRA]
            if not valid and not derived:
                continue
            entry = (valid or derived)[0]
            surface = toks.span_text(hit.start, hit.end)
            cases, words = self.cases(entry.ref, language, surface, attributive=bool(derived))
            if derived and not cases:
                continue        # a plural or possessive chain: no form of the new name to put in its place
            if not cases:
                cases, words = tuple(cases_of(language, entry.cases)), len(matcher.tokens_of(entry.base))
            out.append(NameSpan(toks.spans[hit.start][0], toks.spans[hit.end - 1][1], entry.ref, cases, words,
                                bool(entry.flags & DECLINED_QUOTE)))
        return out

    @staticmethod
    def object_case(word: str, language: str) -> str | None:
        """The case a translation's verb *word* wants its object in, where the name checks know the
        verb («поблагодарили» → acc, «помогли» → dat, «руководил» → ins); else None."""
        governed = verb_governed(word) if language == "ru" else None
        return governed[1] if governed else None

    @staticmethod
    def apposition_word(word: str, language: str) -> bool:
        """Is *word* a generic noun a Russian name stands beside in the nominative (в городе Алматы,
        у компании «Тенгизшевройл»), not after it in the genitive (акимат Актобе)?"""
        if language != "ru":
            return False
        folded = matcher.fold(word)
        return folded in generic_words() or folded in place_words()

    @staticmethod
    def english_verb(word: str) -> bool:
        """Is the lower-case English *word* shaped like a past-tense verb (detained, met, left)?"""
        return past_participle(word)

    def case_fixes(self, source: str, target: str, language: str) -> dict[int, tuple[str, str]]:
        """Where the name checks find a name of *target* in the wrong case for *source*: offset →
        (the form written, the form its sentence wants). What a name-aware match asks where the form
        it replaces could be several cases (Курманова, genitive or accusative; indeclinable Актобе)."""
        return {f.offset: (f.offending, f.suggestion)
                for f in self.checker.check_target_segment("", None, source, target, language)
                if f.check == "target-wrong-inflection" and f.offset is not None and f.suggestion}

    def cases(self, ref: int, language: str, surface: str, *, attributive: bool = False
               ) -> tuple[tuple[str, ...], int]:
        """(the cases *surface* can be, words of the glossary form it belongs to), trying the
        referent's valid forms in order (Токаевым is the surname alone, not Касым-Жомарт Токаев);
        with *attributive*, ((ATTRIBUTIVE,), words) where *surface* is a Kazakh form's locative + -ғы/-гі."""
        referent = self.checker.referents[ref]
        try:
            spec = matcher.decl_spec(referent, language)
        except ValueError:
            return (), 0
        wanted = matcher.fold(surface)
        kind = matcher.referent_kind(referent)
        preferred = self.checker.preferred_form(ref, language)
        for form in self.checker.valid_forms(ref, language):
            para = matcher.paradigm(language, form, kind, spec, form == preferred)
            cases: tuple[str, ...]
            if attributive:     # quotes aside: «ҚазМұнайГаздағы» is written ҚазМұнайГаздағы as often
                bare = wanted.strip(_QUOTES)
                cases = (ATTRIBUTIVE,) if any(matcher.fold(kazakh_attributive(f)).strip(_QUOTES) == bare
                                              for f in para.get("loc", ())) else ()
            else:
                cases = tuple(case for case, forms in para.items() if any(matcher.fold(f) == wanted for f in forms))
            if cases:
                return cases, len(matcher.tokens_of(form))
        return (), 0

    def form(self, ref: int, language: str, case: str | None, words: int | None = None, *,
             declined_quote: bool = False) -> str | None:
        """Referent *ref* in *language*, in *case* (nominative when None; ATTRIBUTIVE, the Kazakh
        locative + -ғы/-гі), preferring a glossary form of *words* words (a surname alone stays a
        surname alone). With *declined_quote*, a quoted Russian name is declined inside its quotes
        («КазМунайГаза»), as the form it replaces was."""
        referent = self.checker.referents[ref]
        forms = self.checker.valid_forms(ref, language)
        if not forms:
            return None
        choice = next((f for f in forms if words is not None and len(matcher.tokens_of(f)) == words), forms[0])
        try:
            spec = matcher.decl_spec(referent, language)
        except ValueError:
            return choice
        preferred = choice == self.checker.preferred_form(ref, language)
        para = matcher.paradigm(language, choice, matcher.referent_kind(referent), spec, preferred)
        if declined_quote and language == "ru" and choice[:1] in _QUOTES:
            with contextlib.suppress(ValueError):
                para = russian_paradigm(choice, matcher.referent_kind(referent), spec, preferred=preferred,
                                        decline_quoted=True)
        if case == ATTRIBUTIVE:
            return next((a for a in map(kazakh_attributive, para.get("loc", ())) if a), None)
        found = para.get(case or "nom") or para.get("nom")
        return found[0] if found else choice
