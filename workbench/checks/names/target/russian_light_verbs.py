"""Russian target rule of the person a verb and its noun do something to: «оказывать поддержку Асаду» ("gave Assad
support"), «предъявить обвинение Масимову» ("charged Massimov") — a verb whose noun object says what is done (support,
a charge, a payment) takes the one it is done to in the dative, after the noun or right after the verb. The English
makes the name the verb's object; a Russian name there in no dative («предъявила обвинение Карима Масимова») is
wrong."""

from __future__ import annotations

import re

from ..english_context import noun_next
from ..forms import CASES, DECLINED_QUOTE, FormEntry, Hit, cases_of
from ..russian_context import DAT, PREPOSITIONS, adjective_cases, person_dative
from .english import SourceReading
from .state import NOT_HEADS, OPEN, any_number, verb_like

#: Russian verbs of rendering, whose noun object is what is done and whose dative the one it is done to (оказывать
#: помощь, поддержку, давление; not the reflexive оказаться, "turn out")
_RU_RENDERING = re.compile(r"оказ(?:ал|ала|али|ало|ыва(?:л|ла|ли|ло|ть|ет|ют|ем|ешь)|ать|ав|ан|ана|ано|аны|ывая)")
#: Every case bit: a name with all of them does not decline
_EVERY = (1 << len(CASES["ru"])) - 1


class RussianLightVerbRules(SourceReading):
    """The dative of the person a verb and its noun object act on."""

    def _dative_verb(self, k: int) -> bool:
        word = self.toks.words[k]
        return word.islower() and (_RU_RENDERING.fullmatch(self.toks.folded[k]) is not None or person_dative(word))

    def dative_of_light_verb(self, hit: Hit, entry: FormEntry) -> bool:
        """«поддержкой, которую Россия оказывала Башара Асада» for "the support Russia gave Bashar al-Assad",
        «предъявила обвинение Карима Масимова» for "charged Karim Massimov": a verb whose person is its dative
        (оказывать, предъявить, сообщить, платить), right before the name or with one noun between, and the English
        name the object of its verb (no owner of a noun: "paid Tony Blair's firm", «заплатили фирме Тони Блэра»)
        — the dative. Not after a preposition, an adjective or a verb-like word between."""
        cases = any_number(entry.cases)
        toks, at = self.toks, hit.start
        if self.language != "ru" or at == 0 or not cases or cases & DAT or cases & _EVERY == _EVERY \
                or (entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE) \
                or toks.gap(at).strip(" \u00a0" + OPEN):
            return False
        verb = None
        if self._dative_verb(at - 1) and _RU_RENDERING.fullmatch(toks.folded[at - 1]):
            verb = at - 1       # (a verb of rendering right before the name; the others the verb rules read)
        elif at >= 2 and self._dative_verb(at - 2) and not toks.gap(at - 1).strip(" \u00a0"):
            noun = toks.folded[at - 1]
            if toks.words[at - 1].isalpha() and toks.words[at - 1].islower() and noun not in NOT_HEADS \
                    and noun not in PREPOSITIONS and not verb_like(noun) and not adjective_cases(noun):
                verb = at - 2
        if verb is None:
            return False
        before, after = self.source_around(entry.ref)
        if before is None or self.english_object(entry.ref) is None or self.english_possessive(entry.ref) \
                or noun_next(after):
            return False
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after {toks.words[verb]!r}: the one "
                        "it is done to, a dative", declined=entry.surface[:1] in OPEN)
        return True
