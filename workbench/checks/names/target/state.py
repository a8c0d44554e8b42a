"""The state of one target check (the translation's tokens, what is covered, rendered and
found) and what every rule shares: adding a finding, the span of its offending text, the
clause around a name, reporting a wrong case."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ...findings import CHECKS, Finding
from ..forms import CASES, EXTRA, FormEntry, Hit, kazakh_attributive
from ..kazakh_context import ABL as KK_ABL
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import INS as KK_INS
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_heads import head_in_case
from ..kazakh_words import CLAUSE_TAIL
from ..lexicon import Lexicon
from ..matcher import Tokens, fold, token_case_ok, tokens_of

OPEN = "«\"„“"
#: the case bits of a Kazakh form (the plural, possessive and attributive forms aside)
KK_CASES = (1 << len(CASES["kk"])) - 1
CLOSE = "»\"“”"
#: an apostrophe, typed or typographic, between a name and an ending («Facebook'е», «Chevron'ға»): a habit of other
#: languages, no Russian or Kazakh spelling
APOSTROPHES = ("'", "\u2019")
SINGULAR = (1 << 6) - 1
#: Words after which a nominative name is no genitive complement: conjunctions, particles,
#: pronouns and the like (a noun cannot be told from them by its ending alone)
NOT_HEADS = frozenset("и а но или либо да ни не же ли как чем что чтобы когда пока если хотя уже ещё еще "
                      "даже только лишь именно это этот эта эти тот та те то сам сама само сами весь вся все всё "
                      "он она они мы вы я ты его её их ее также тоже затем потом теперь сейчас тогда здесь там "
                      "вот вон где куда откуда почему зачем кто нет да "
                      # (adverbs of emphasis, whose last word looks like a noun: «прежде всего Атырауская
                      # область», "above all", «главным образом», «особенно»)
                      "всего прежде особенно образом "
                      # (determiners in the nominative, never nouns, that qualify the name: «остальной
                      # Вестминстер», "the rest of Westminster")
                      "остальной остальная остальное целый целая целое нынешний нынешняя нынешнее бывший бывшая "
                      "бывшее сегодняшний сегодняшняя тогдашний тогдашняя другой другая иной иная "
                      # (the relative pronoun in every case: «поддержка, которую Москва оказывает»)
                      "который которая которые которое которого которой которому которым котором которую "
                      "которых которыми".split())
#: Verb forms (past, infinitive, present) and short participles end like this; nouns rarely do
#: (nouns of agent in -тели do: представители, жители, избиратели; and short nouns in -ены, -аны:
#: члены, цены, страны — a short participle is seven letters or more: введены, задержаны)
_VERB_LIKE = re.compile(r"(?<![иа]те)(?:л|ла|ли|ло|ть|ться|ет|ит|ут|ют|ат|ят|ется|ится|утся|ются|атся|ятся|"
                        r"ся|сь)$|^\w{4,}(?:ен|ена|ено|ены|ан|ана|ано|аны)$")
#: ... though feminine nouns end in -ть too (часть, власть, безопасность), nouns in -ль/-ля
#: have forms in -ли (отрасли, роли, недели; not прибыли, also "arrived") and those in -мя forms in
#: -ен (времён): never a verb
_NOUN_IN_T = re.compile(r"(?:\w+ость|\w*ласть|часть|сеть|треть|четверть|смерть|память|честь|весть|месть|совесть"
                        r"|повесть|степь|мать|\w*(?:отрасл|мысл|модел|недел|земл|рол|дол|цел|вол)и"
                        # neuter nouns in -ло (дело, число), never a past verb
                        r"|(?:дел|тел|числ|ремесл|русл|кресл|стекл|масл)[оа]"
                        # the nouns in -мя, whose forms end like short participles (со времён, имена)
                        r"|(?:врем|плем|знам|им|брем|плам)ен(?:а|ам|ами|ах|и|ем)?)$")


def verb_like(low: str) -> bool:
    """Does the folded *low* end like a verb form (see :data:`_VERB_LIKE`), being no noun in -ть?"""
    return _VERB_LIKE.search(low) is not None and _NOUN_IN_T.match(low) is None
KK_CASE_OF_PREPOSITION = {"in": KK_LOC, "at": KK_LOC, "to": KK_DAT, "into": KK_DAT, "from": KK_ABL, "with": KK_INS,
                          "over": KK_DAT, "towards": KK_DAT, "toward": KK_DAT}
#: What ends a clause between a Kazakh name and its verb
CLAUSE_END = re.compile(r"[.,;:!?()\u2013\u2014]")
SENTENCE_END = re.compile(r"[.;!?]")
#: A Russian passive participle, short or long (выбран, арестованы, назначенный, убитого)
RU_SHORT_PASSIVE_ENDING = r"(?:[ая]н|[её]н|ыт|нут)(?:а|о|ы)?"
RU_PASSIVE_PARTICIPLE = re.compile(rf"\w{{3,}}(?:{RU_SHORT_PASSIVE_ENDING}|"
                                   r"(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми)|нном|"
                                   # (the present passive too: издаваемый, руководимый — "published by")
                                   r"[аяе]ем(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми)|им(?:ый|ая|ое|ые|ого|ой|ому|ую|ых|ыми))")
RU_PAST = re.compile(r"(?:л|ла|ли|ло|лся|лась|лись|лось)$")
#: A Russian reflexive verb, past or present, which with an agent is a passive (проводилась, управляется)
RU_REFLEXIVE_VERB = re.compile(r"\w{3,}(?:лся|лась|лось|лись|ется|ются|ится|ятся)")
#: Endings of an adjective (or pronoun: всему) that no noun has
ADJECTIVE_ONLY = ("ого", "его", "ому", "ему", "ую", "юю", "ым", "им")


def make(check: str, message: str, **fields: Any) -> Finding:
    severity = fields.pop("severity", None) or CHECKS[check].severity
    return Finding(check=check, severity=severity, message=message, **fields)


# -- letter case ------------------------------------------------------------------------------

def strict_accept(entry: FormEntry, text: Sequence[str]) -> bool:
    form = tokens_of(entry.surface)
    return len(form) == len(text) and all(token_case_ok(t, f) for t, f in zip(text, form))


# -- spans and fixes ---------------------------------------------------------------------------

def token_span(toks: Tokens, start: int, end: int, surface: str = "") -> tuple[int, int]:
    """Character span of tokens [start, end), with the quotes around them when the form has them."""
    a, b = toks.spans[start][0], toks.spans[end - 1][1]
    text = toks.text
    if (not surface or surface[:1] in OPEN) and a > 0 and text[a - 1] in OPEN:
        a -= 1
    if (not surface or surface[-1:] in CLOSE) and b < len(text) and text[b] in CLOSE:
        b += 1
    return a, b


class _Offending(str):
    """The text a finding is about, knowing where it starts in the translation (so that F6
    fixes «по словам Казахстан», not the «Казахстан» at the start of the same sentence)."""

    offset: int


def offending_at(toks: Tokens, start: int, end: int, surface: str = "") -> str:
    a, b = token_span(toks, start, end, surface)
    found = _Offending(toks.text[a:b])
    found.offset = a
    return found


def any_number(cases: int) -> int:
    """The case bits of a form, singular or plural alike."""
    return (cases & SINGULAR) | (cases >> 8 & SINGULAR)


def _fit(offending: str, suggestion: str | None) -> str | None:
    """The suggestion as a drop-in replacement: quotes only where the offending text has them."""
    if not suggestion:
        return None
    if offending[:1] not in OPEN:
        suggestion = suggestion.lstrip(OPEN)
    if not any(c in offending for c in CLOSE):
        suggestion = suggestion.rstrip(CLOSE)
    return suggestion if suggestion != offending else None


class SegmentState:
    """The state of one target check."""

    def __init__(self, lx: Lexicon, wanted: dict[int, str], target: str, language: str,
                 where: dict[str, Any]) -> None:
        self.lx, self.wanted, self.language, self.where = lx, wanted, language, where
        self.source: str = where.get("source") or ""
        self.toks = Tokens.of(target)
        self.n = len(self.toks.words)
        self.folded_set = frozenset(self.toks.folded)
        self.covered = [False] * self.n
        self.rendered: dict[int, Hit] = {}
        self.accounted: set[int] = set()
        self.findings: list[Finding] = []
        self.renderings: list[tuple[int, str, str]] = []
        self.index = lx.index(language)
        self.pending: list[tuple[Hit, FormEntry]] = []     # valid forms whose context is checked
        self._around: dict[tuple[int, int], tuple[str | None, str]] = {}   # source_around, per referent and mention
        self._objects: dict[tuple[int, int], str | None] = {}               # english_object, the same
        self._spans: dict[int, list[tuple[int, int]]] = {}     # mentions(), per referent
        self._mention: tuple[int, int] | None = None   # (referent, its mention in the source) being read
        self._clauses: dict[int, list[str]] = {}    # _clause_after, per token after a name
        self.disagreeing: set[int] = set()                  # tokens of a name whose words disagree
        self.others: set[int] = set()       # tokens covered by a valid form of a name the source does not name
        self.headed: dict[tuple[int, int], tuple[str, str]] = {}  # a quoted name and its head: (name, head)

    def cover(self, start: int, end: int) -> None:
        for k in range(start, end):
            self.covered[k] = True

    def add(self, check: str, message: str, *, offending: str, suggestion: str | None, ref: int | None,
            severity: str | None = None, quoted_fix: bool = False) -> None:
        """Report a finding — once: a second rule that reaches the same problem (the same check on the
        same words with the same fix: «между ExxonMobil и «КазМунайГаза»», both sides of между and the
        list's agreement) adds nothing; the first rule's words stand. *quoted_fix*: the suggestion keeps
        its quotes where the offending text has none (a name in Latin letters for the quoted «…» form)."""
        fix = (suggestion if suggestion != offending else None) if quoted_fix else _fit(offending, suggestion)
        finding = make(check, message, offending=str(offending), suggestion=fix,
                       referent=self.lx.ids[ref] if ref is not None else None, severity=severity,
                       offset=getattr(offending, "offset", None), **self.where)
        if not any((f.check, f.offending, f.offset, f.suggestion)
                   == (finding.check, finding.offending, finding.offset, finding.suggestion) for f in self.findings):
            self.findings.append(finding)

    def rid(self, ref: int) -> str:
        return self.lx.ids[ref]

    def offending_of(self, hit: Hit, entry: FormEntry) -> str:
        """The text of the name at *hit* as a finding quotes it (a quoted name's head included)."""
        if (hit.start, hit.end) in self.headed:
            return offending_at(self.toks, hit.start, hit.end)
        return offending_at(self.toks, hit.start, hit.end, entry.surface)

    def wrong_case(self, hit: Hit, entry: FormEntry, case: str, why: str, *, declined: bool = False,
                   attributive: bool = False) -> None:
        """Report the name at *hit* as a wrong inflection, *why* after it, with the form in *case*
        as the fix (*declined*: a Russian quoted name declined inside its quotes; *attributive*:
        a Kazakh locative made the attribute of the noun after it, -дағы/-дегі)."""
        offending = self.offending_of(hit, entry)
        headed = self.headed.get((hit.start, hit.end))
        if headed is not None:
            suggestion: str | None = f"{headed[0]} {head_in_case(headed[1], case)}"
        elif len(entry.surface.split()) < len(entry.base.split()) and entry.flags & EXTRA:
            # (a word the index derives from a longer form — a surname's family plural, «с Тулетаевым» — is fixed by a
            # form of as many words, «Тулетаевой», not the whole name)
            suggestion = self.lx.in_case(entry.ref, self.language, 0, like=entry.surface, case=case, declined=declined)
        else:
            suggestion = self.lx.in_case(entry.ref, self.language, 0, form=entry.base, case=case, declined=declined)
        if attributive and case == "loc" and suggestion and suggestion[-1:] not in CLOSE:
            # (a quoted name's fix keeps the locative: «Қазақмыста»)
            suggestion = kazakh_attributive(suggestion) or suggestion
        self.add("target-wrong-inflection",
                 f"{offending!r} {why}" + (f"; expected {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)

    def _clause_after(self, hit: Hit) -> list[str]:
        """The words after *hit* to the end of its clause, past a trailing hearsay or auxiliary word."""
        found = self._clauses.get(hit.end)
        if found is not None:
            return found
        start = hit.end
        if start < self.n and self.toks.gap(start).strip(" \u00a0") == "(":
            # past a bracket right after the name, its short form or a gloss: «… ұйымына (ҰҚШҰ) көмек сұрап жүгінді»
            close = next((k for k in range(start + 1, min(self.n, start + 6)) if ")" in self.toks.gap(k)), None)
            if close is not None and not CLAUSE_END.search(self.toks.gap(close).replace(")", "", 1)):
                start = close
        words = self.toks.words[start:self._clause_end(start + 1) if start > hit.end else self._clause_end(start)]
        while len(words) > 1 and fold(words[-1]) in CLAUSE_TAIL:
            words.pop()
        self._clauses[hit.end] = words
        return words

    def _edge(self, at: int, boundary: re.Pattern[str], *, forward: bool) -> int:
        """From token *at*, the first token whose gap before it holds *boundary*, walking forward
        (*at* itself included; the end of the text when none) or back (the text's start)."""
        k = at
        if forward:
            while k < self.n and not boundary.search(self.toks.gap(k)):
                k += 1
        else:
            while k > 0 and not boundary.search(self.toks.gap(k)):
                k -= 1
        return k

    def _sentence_end(self, start: int) -> int:
        """The token after the last one of the sentence that token *start* is in (or begins)."""
        return self._edge(start, SENTENCE_END, forward=True)

    def _sentence_start(self, at: int) -> int:
        """The first token of the sentence that token *at* is in."""
        return self._edge(at, SENTENCE_END, forward=False)

    def _clause_end(self, start: int) -> int:
        """The token after the last one of the clause that token *start* is in (or begins)."""
        return self._edge(start, CLAUSE_END, forward=True)

    def _clause_start(self, start: int) -> int:
        """The first token of the clause that token *start* is in."""
        return self._edge(start, CLAUSE_END, forward=False)

    def _clause_before(self, hit: Hit) -> list[str]:
        """The words before *hit* back to the start of its clause."""
        return self.toks.words[self._clause_start(hit.start):hit.start]
