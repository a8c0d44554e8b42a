"""Russian target rule of a comparison read against the English: after «, чем» / «, как» a name takes the case of
what it is compared with, and the English says which that is — the subject of the compared clause where the
name has a verb of its own after it ("than KazMunayGas does": «чем «КазМунайГаз»», a nominative), the object where
a verb stands right before it ("as sharply as he criticised Putin": «так же резко, как Путина», the object's
case, here the accusative)."""

from __future__ import annotations

import re

from ..forms import CASES, DECLINED_QUOTE, EXTRA, FormEntry, Hit, cases_of
from ..russian_context import NOM, PREPOSITIONS, governed
from .english import SourceReading
from .state import CLAUSE_END, OPEN, any_number

#: "than" or "as" in the name's English clause, a few words before it at most ("than it once trusted ",
#: "as he criticised ", "than ")
_EN_THAN_AS = re.compile(r"(?i)\b(?:than|as)\s+(?:[\w'\u2019-]+\s+){0,4}$")
#: A verb of the name's own right after it in the English: it is the compared clause's subject ("than
#: KazMunayGas does", "as Nazarbayev had", "than the EU is")
_EN_OWN_VERB_AFTER = re.compile(r"(?i)^\s+(?:does|did|do|is|was|are|were|has|had|have|can|could|will|would)\b"
                                r"(?!\s+(?:the|a|an)\b)")
#: Every case bit of a Russian name: one with all of them does not decline and says nothing
_EVERY = (1 << len(CASES["ru"])) - 1


class RussianComparedRules(SourceReading):
    """The case of a Russian name compared with something, by what the English makes it."""

    def _compared_at(self, hit: Hit) -> int | None:
        """The token of «чем» or «как» (after a comma) that the name's comparison opens with, a few words
        before it in its clause, or None."""
        toks = self.toks
        for k in range(hit.start - 1, max(-1, hit.start - 5), -1):
            if toks.folded[k] in ("чем", "как") and "," in toks.gap(k):
                return k
            if CLAUSE_END.search(toks.gap(k)):
                return None
        return None

    def compared_in_source(self, hit: Hit, entry: FormEntry) -> bool:
        """«зарабатывает больше, чем «КазМунайГаза»» for "earns more than KazMunayGas does": the English gives
        the name a verb of its own, the subject of the compared clause, a nominative. «критиковал КПРФ так же
        резко, как Владимир Путин» for "as sharply as he criticised Vladimir Putin": the English puts a verb
        right before it, the object, which takes the case of the sentence's other object — the one other name
        in a case that is no nominative (a name after a preposition aside), here «КПРФ», the accusative. A
        preposition right before the name governs it instead («чем на Кашагане»)."""
        cases = any_number(entry.cases)
        if self.language != "ru" or hit.start == 0 or not cases or cases & _EVERY == _EVERY:
            return False
        at = self._compared_at(hit)
        if at is not None and at == hit.start - 2 and governed(self.toks.words[hit.start - 1]) is not None:
            return self.compared_after_preposition(hit, entry)
        if at is None or self.toks.folded[hit.start - 1] in PREPOSITIONS or governed(self.toks.words[hit.start - 1]) \
                or self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            return False
        before, after = self.source_around(entry.ref)
        if before is None or not _EN_THAN_AS.search(before):
            return False
        declined = entry.surface[:1] in OPEN and bool(entry.flags & DECLINED_QUOTE)
        if entry.surface[:1] in OPEN and not declined:
            return False        # a name in quotes that does not decline: any case
        if _EN_OWN_VERB_AFTER.match(after):
            if cases & NOM:
                return False
            self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('ru', cases))}) after "
                            f"«{self.toks.words[at]}»: the source gives it a verb of its own, the compared "
                            "clause's subject, a nominative", declined=declined)
            return True
        if self.english_object(entry.ref) is None or cases != NOM:
            return False
        others = {any_number(other.cases) for h, other in self.pending
                  if other.ref != entry.ref and not other.flags & EXTRA and h.start < at
                  and (h.start == 0 or self.toks.folded[h.start - 1] not in PREPOSITIONS)}
        objects = {mask for mask in others if mask and mask & _EVERY != _EVERY and not mask & NOM}
        if len(objects) != 1:
            return False
        wanted = cases_of("ru", objects.pop())[0]
        self.wrong_case(hit, entry, wanted, f"(nom) after «{self.toks.words[at]}»: the source puts a verb right "
                        f"before it, the compared object, in the case of the sentence's other object ({wanted})",
                        declined=declined)
        return True

    def compared_after_preposition(self, hit: Hit, entry: FormEntry) -> bool:
        """«зарабатывает на Кашагане больше, чем на Карачаганак» for "earns more from Kashagan than from
        Karachaganak": after «, чем» / «, как» the same preposition as a name before it in the sentence, the English
        comparing the two — the compared name takes that name's case, the preposition's sense being the same («на»
        + the locative here, not the accusative «на» also takes). Only where the earlier name's case is one the
        preposition governs; True too where the compared one shares it (a case right whatever else would say)."""
        toks = self.toks
        preposition = toks.folded[hit.start - 1]
        cases = any_number(entry.cases)
        if (entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE) \
                or toks.gap(hit.start).strip(" \u00a0" + OPEN) or toks.gap(hit.start - 1).strip(" \u00a0"):
            return False
        before, _ = self.source_around(entry.ref)
        if before is None or not _EN_THAN_AS.search(before):
            return False
        rule = governed(toks.words[hit.start - 1])
        start = self._sentence_start(hit.start)
        parallel = [any_number(other.cases) for h, other in self.pending
                    if start <= h.start < hit.start - 2 and h.start > 0 and other.ref != entry.ref
                    and not other.flags & EXTRA and toks.folded[h.start - 1] == preposition
                    and not toks.gap(h.start).strip(" \u00a0" + OPEN)]
        if rule is None or len(parallel) != 1 or not parallel[0] & rule[0] or parallel[0] & _EVERY == _EVERY:
            return False
        if parallel[0] & rule[0] & cases:
            return True     # «опирается на Россию больше, чем на Китай»: the compared name's case, whichever of the
            #                 preposition's the English would choose for the name alone (a place, a direction)
        wanted = cases_of("ru", parallel[0] & rule[0])[0]
        self.wrong_case(hit, entry, wanted, f"({'/'.join(cases_of('ru', cases))}) after «{toks.words[hit.start - 2]} "
                        f"{toks.words[hit.start - 1]}»: compared with the name after the same preposition before it, "
                        f"it takes that one's case ({wanted})", declined=bool(entry.flags & DECLINED_QUOTE))
        return True
