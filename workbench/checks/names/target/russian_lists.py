"""Russian target rules of lists: names joined by «и», which the English joins by "and" too ("with the Fourth
International and Workers Power"), share the case of the words that govern the whole list («от Четвёртого
интернационала и «Рабочей власти»»)."""

from __future__ import annotations

import re

from ..forms import CASES, DECLINED_QUOTE, EXTRA, FormEntry, Hit, cases_of
from ..matcher import fold
from ..russian_context import ACC, EMPHATIC, GEN, NOM, NOUN_PLURAL_ENDINGS, adjective_cases, governed, verb_governed
from .russian_verbs import RussianVerbRules
from .state import CLOSE, OPEN, SENTENCE_END, any_number, verb_like

#: The "and" before the last name of an English list ("Shell, Lukoil and ", "the Left Bloc and the "), past the
#: quotes that close the name before it
_EN_AND_BEFORE = re.compile(r"[\u201d\"\u2019]?\s*,?\s+and\s+(?:the\s+)?$")
#: "both" before the first name of a pair ("a member of both the Eurasian Economic Union and …")
_EN_BOTH_BEFORE = re.compile(r"(?i)\bboth\s+(?:the\s+)?$")
#: The case of a plural noun shared by adjectives before it, by its ending (областей, областям, областями, областях:
#: the plural's own endings, NOUN_PLURAL_ENDINGS; области — the nominative or the accusative, a thing's), as the
#: singular case bit its adjectives take
_HEAD_CASES = tuple((ending, 1 << CASES["ru"].index(case)) for ending, case in NOUN_PLURAL_ENDINGS) \
    + (("и", NOM | ACC), ("ы", NOM | ACC))
#: Every case bit of a Russian name: one with all of them does not decline (rs21, Тони) and says nothing
_EVERY = (1 << len(CASES["ru"])) - 1


class RussianListRules(RussianVerbRules):
    """The case a Russian name shares with the names it is listed with."""

    def _list_cases(self, entry: FormEntry) -> int:
        """The cases the name's form can be: a quoted name left undeclined in its quotes is a nominative (and the
        accusative where that is the same words, «Левый блок»), or any case where the glossary keeps it so."""
        if entry.surface[:1] not in OPEN or entry.flags & DECLINED_QUOTE:
            return any_number(entry.cases)
        if not self.declines_in_quotes(entry):
            return _EVERY
        same = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="acc", declined=True) == entry.base
        return NOM | (ACC if same else 0)

    def _list_governed(self, first: int) -> int:
        """The cases the word before a list's first name (at token *first*) gives it: a preposition's or a verb's
        own, a subject's or an object's after another verb, the genitive after a noun, a subject's at the start."""
        if first < 1 or self.toks.gap(first).strip(" \u00a0" + OPEN):
            return NOM
        at = self._before_insert(first - 1)
        word = self.toks.words[at]
        rule = governed(word) or verb_governed(word)
        if rule is not None:
            return rule[0]
        if not word.isalpha() or not word.islower():
            return NOM
        return NOM | ACC if verb_like(fold(word)) else GEN

    def listed_with(self, hit: Hit, entry: FormEntry) -> None:
        """«заявления Российского социалистического движения и «Левый блок»» ("statements by the Russian
        Socialist Movement and the Left Bloc"): the last name of a list, after «и» where the English has "and"
        right after the same name, in no case the list's nearest declined name before it can be in, is the wrong
        case — the list shares the case of whatever governs it. (Names that do not decline, rs21, say nothing and
        are passed over; names of different kinds, a person after an organisation, are no one list.)"""
        cases = self._list_cases(entry)
        if not cases or cases == _EVERY:
            return
        before_en = self.source_before(entry.ref)
        listed = _EN_AND_BEFORE.search(before_en)
        # (joined by «и», as the English joins them by "and": a comma may join clauses, «Когда CNPC купила
        # «ПетроКазахстан», Кызылорде обещали …»)
        # (or «и …, и …» for "both … and": the comma before the second «и», the first «и» right before the name
        # before it — a list of two that opens there, no name before it one of its own)
        # (past the emphatic «сам» between «и» and the name: «с народами Казахстана и самой России», "and Russia
        # itself" — it agrees with the name, the list's case is still the name's)
        conj = hit.start - 1
        emphatic = EMPHATIC.get(self.toks.folded[conj], 0)
        if hit.start >= 3 and emphatic and self.toks.folded[conj - 1] == "и" \
                and not self.toks.gap(conj).strip(" \u00a0"):
            conj -= 1
        comma = self.toks.gap(conj).strip(" \u00a0" + CLOSE) == "," if conj >= 1 else False
        if listed is None or conj < 1 or self.toks.folded[conj] != "и" \
                or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) \
                or (self.toks.gap(conj).strip(" \u00a0" + CLOSE) and not comma):
            return
        previous = next(((h, e) for h, e in self.pending
                         if h.end == conj and e.ref != entry.ref and not e.flags & EXTRA), None)
        if comma and (previous is None or previous[0].start < 1 or self.toks.folded[previous[0].start - 1] != "и"
                      or self.toks.gap(previous[0].start).strip(" \u00a0" + OPEN)
                      or not any(b == listed.start() and _EN_BOTH_BEFORE.search(self.source[:a])
                                 for a, b in self.mentions(previous[1].ref))):
            return      # (the English "both" before the first: «и …, и …» renders it)
        # (the English lists the same name right before: "the Russian Socialist Movement and the Left Bloc")
        # (and of a kind: "speakers from Socialist Alternative and Steve McSweney" lists Steve with the speakers)
        if previous is None or not any(b == listed.start() for _, b in self.mentions(previous[1].ref)) \
                or (self.lx.kinds[previous[1].ref] == "person") != (self.lx.kinds[entry.ref] == "person") \
                or (self.lx.kinds[previous[1].ref] == "place") != (self.lx.kinds[entry.ref] == "place"):
            return
        other = self._list_cases(previous[1])
        start = previous[0].start
        while other == _EVERY and start >= 1 and self.toks.gap(start).strip(" \u00a0" + OPEN + CLOSE) == ",":
            # (rs21: past a name that does not decline, to the one before it)
            previous = next(((h, e) for h, e in self.pending if h.end == start and not e.flags & EXTRA), None)
            if previous is None:
                return
            other, start = self._list_cases(previous[1]), previous[0].start
        if not other or other == _EVERY:
            return
        # (another name before the list in the sentence, in a case the name can be, may be what it is listed with:
        # «Выступили Пит Фёрмин от Комитета … и Стив Максуини» — Стив with Пит, not with the Committee; nor where the
        # name before is reported already, the list's wrong one)
        clause = self._edge(hit.start, SENTENCE_END, forward=False)
        if any(finding.offending == self.offending_of(*previous) for finding in self.findings):
            return
        if not comma and any(h.start >= clause and h.end <= start and self._list_cases(e) != _EVERY
                             and self._list_cases(e) & cases for h, e in self.pending if e.ref != entry.ref):
            return
        if other & cases:
            return
        # (the list's first name in a case what stands before the list governs, so that it is not itself the wrong
        # one: «подписали также «Левым блоком» и «Марксистская тенденция»» — the instrumental after a verb with no
        # table is no object's case)
        first = start
        while first >= 1 and self.toks.gap(first).strip(" \u00a0" + OPEN + CLOSE) == ",":
            before = next((h for h, _ in self.pending if h.end == first), None)
            if before is None:
                break
            first = before.start
        other &= self._list_governed(first)
        if emphatic and conj < hit.start - 1:
            other &= emphatic       # (сам in none of the list's cases is wrong itself: no fix for the name alone)
        if not other:
            return
        wanted = cases_of("ru", other)
        case = "nom" if "nom" in wanted else wanted[0]
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('ru', cases))}) listed with "
                        f"{self.offending_of(*previous)!r} ({'/'.join(wanted)}): names listed together share the "
                        "case of what governs the list", declined=entry.surface[:1] in OPEN)

    def shared_head_agreement(self, start: int, end: int, ref: int, base: str) -> None:
        """«нефтяники Актюбинская и Кызылординской областей»: an adjective of a name that stands alone before a
        plural noun it shares with the adjectives after it («… и Кызылординской областей») is in that noun's
        case, in the singular (областей: the genitive, «Актюбинской»; области: the nominative or accusative). One
        in none of the noun's cases is the wrong case, fixed as the name's adjective in that case."""
        toks = self.toks
        j = end
        while j < self.n and not toks.words[j].islower() and toks.gap(j).strip(" \u00a0-,") == "":
            j += 1          # (past the names after it: «Атырауской, Актюбинская и Западно-Казахстанской областей»)
        if j < self.n and toks.folded[j] in ("и", "или") and not toks.gap(j).strip(" \u00a0,"):
            j += 1
            while j < self.n and not toks.words[j].islower() and not toks.gap(j).strip(" \u00a0-"):
                j += 1
        if j >= self.n or j == end or toks.gap(j).strip(" \u00a0") or not toks.words[j].islower():
            return
        head = next((mask for ending, mask in _HEAD_CASES if toks.folded[j].endswith(ending)), 0)
        last = fold(toks.words[end - 1])
        adjective = adjective_cases(last) or (NOM if last.endswith(("ая", "яя")) else NOM | ACC
                                              if last.endswith(("ый", "ий", "ое", "ее", "ые", "ие")) else 0)
        if not head or not adjective or adjective & head:
            return
        case = cases_of("ru", head)[0]
        whole = self.lx.in_case(ref, "ru", 0, form=base, case=case)
        suggestion = " ".join(whole.split()[:len(base.split()) - 1]) if whole and " " in whole else None
        offending = toks.span_text(start, end)
        if suggestion is None or fold(suggestion) == fold(offending):
            return
        self.add("target-wrong-inflection",
                 f"{offending!r}: an adjective of {base!r} sharing the plural noun {toks.words[j]!r} with the names "
                 f"listed with it takes its case ({case}); expected {suggestion!r}",
                 offending=offending, suggestion=suggestion, ref=ref)
