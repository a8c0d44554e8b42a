"""Russian target rule of a name set off from its verb by a relative or participial clause in commas: «Карим Масимов,
годами руководивший КНБ, арестовали …» ("Why was Karim Massimov, who ran the KNB, arrested"), «Роза Тулетаева,
которую обвинили в руководстве забастовкой, дали один из самых длинных сроков» ("Roza Tuletaeva, accused of …,
received …"). The clause only describes the name; the verb after its closing comma is the name's own, and a verb in
the plural past has another subject or none — so a name in the singular nominative is its object (or a genitive of
negation), in the case the verb governs, as right before the verb (:meth:`plural_verb_after`)."""

from __future__ import annotations

from ..forms import FormEntry, Hit
from ..matcher import fold
from ..russian_context import NOM, person_dative, verb_governed
from .english import SourceReading
from .russian_verbs import NEGATION, RU_ACTIVE_PARTICIPLE
from .state import OPEN, RU_PASSIVE_PARTICIPLE, SINGULAR, offending_at, verb_like

#: The relative pronouns that open a clause about the name before them (который, чей), every case
_RU_RELATIVE = frozenset("который которая которое которого которой которому которым котором которую "
                         "чей чья чьё чье чьего чьей чьему чьим чьём чьем чью чьи".split())
#: Words that may open the sentence before the name, leaving it its clause's first noun (a question's, a conjunction)
_OPENING_WORDS = frozenset("почему зачем как когда где но однако и а".split())


class RussianParentheticalRules(SourceReading):
    """The case of a singular name whose plural verb follows a clause about it in commas."""

    def _clause_opener(self, at: int) -> bool:
        """Does a relative or participial clause open at token *at* (a participle may come after one word of its own,
        «годами руководивший»)?"""
        toks = self.toks
        for k in (at, at + 1):
            if k >= self.n or (k > at and toks.gap(k).strip(" \u00a0")) or not toks.words[k].islower():
                return False
            low = toks.folded[k]
            if (k == at and low in _RU_RELATIVE) or RU_ACTIVE_PARTICIPLE.fullmatch(low) \
                    or RU_PASSIVE_PARTICIPLE.fullmatch(low):
                return True
        return False

    def plural_verb_past_clause(self, hit: Hit, entry: FormEntry) -> bool:
        """«Почему Карим Масимов, годами руководивший Комитетом национальной безопасности, арестовали …»: a name in the
        singular nominative, a relative or participial clause after it in commas with no comma inside (the English
        sets the same clause off after the name), then a verb in the plural past: the verb's object, fronted, in the
        case it governs — not the nominative. Not where the verb goes on to another with «и» or a comma (the clause's
        own verbs, listed: «которого арестовали, судили и приговорили»)."""
        toks = self.toks
        if self.language != "ru" or entry.cases & SINGULAR != NOM or entry.cases >> 8 or entry.surface[:1] in OPEN \
                or self.lx.spec(entry.ref, "ru").plural or hit.end >= self.n \
                or toks.gap(hit.end).strip(" \u00a0") != "," or not self._clause_opener(hit.end):
            return False
        opening = toks.sentence_initial(hit.start) or (
            hit.start == 1 and toks.folded[0] in _OPENING_WORDS and not toks.gap(1).strip(" \u00a0"))
        if not opening:
            return False    # («Документы, которые подписал Токаев, находившийся …, опубликовали»: the name inside
                            # another clause, whose verb the one after the commas need not be)
        close = next((k for k in range(hit.end + 1, self.n) if toks.gap(k).strip(" \u00a0")), None)
        if close is None or toks.gap(close).strip(" \u00a0") != "," \
                or not any(verb_like(toks.folded[k]) or RU_ACTIVE_PARTICIPLE.fullmatch(toks.folded[k])
                           or RU_PASSIVE_PARTICIPLE.fullmatch(toks.folded[k]) for k in range(hit.end, close)):
            return False    # (the clause's own verb or participle before its closing comma)
        at = close
        while at < self.n - 1 and toks.folded[at] in NEGATION and not toks.gap(at + 1).strip(" \u00a0"):
            at += 1
        verb = toks.words[at]
        low = fold(verb)
        if not verb.isalpha() or not verb.islower() or not low.endswith(("ли", "лись")) or not verb_like(low) \
                or (len(low) < 5 and verb_governed(verb) is None and not person_dative(verb)):
            return False    # (a short one, дали, only where the verb tables know it: no noun in -ли, «доли»)
        if at + 1 < self.n and (toks.gap(at + 1).strip(" \u00a0") or toks.folded[at + 1] in ("и", "или")):
            return False    # («…, судили и приговорили»: the clause's verbs listed)
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not after_en.startswith(","):
            return False
        rule = verb_governed(verb)
        if rule is None and self.lx.kinds[entry.ref] == "person" and person_dative(verb):
            rule = (0, "dat")   # «…, дали один из самых длинных сроков»: the person given it, a dative
        offending = offending_at(toks, hit.start, hit.end, entry.surface)
        suggestion = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case=rule[1]) if rule else None
        self.add("target-wrong-inflection",
                 f"{offending!r} (nom, singular), its verb {verb!r} after the clause in commas about it: a verb in the "
                 "plural has another subject or none, so the name is its object and takes the case the verb "
                 "governs, not the nominative" + (f"; expected {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        return True
