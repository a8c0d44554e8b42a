"""Russian target rule of на and в after a word of aiming at something, past the owner between: «влияние Москвы на
Центральную Азию» ("Moscow's influence over Central Asia"), «вторжение России в Украину» ("Russia invaded Ukraine"),
«полагается на Россию» ("reliance on Russia"). The preposition takes the accusative of the target there, never the
locative of a place the thing happens in. A ban with no preposition takes what it bans as a genitive («запрет
Коммунистической партии», "the ban on the Communist Party")."""

from __future__ import annotations

import re

from ..english_context import right_before
from ..forms import DECLINED_QUOTE, FormEntry, Hit, cases_of
from ..russian_context import ACC, GEN, LOC
from .english import SourceReading
from .state import OPEN, SENTENCE_END, any_number

#: Russian words whose на takes the accusative of what they aim at: influence, pressure, attack, hope, reliance,
#: answer, claims, sanctions, a ban (влияние на, давление на, нападение на, надежда на, полагаться на)
_RU_AIMING_ON = re.compile(r"(?:влия|воздейств|давлен|давит|надав|напад|надежд|надея|полага|опира|ответ|претенз|"
                           r"претенд|ставк|ставит|санкци|запрет|покушени|посягательств|атак)\w*$")
#: Russian words whose в takes the accusative of what they go into: invading, intervening, entering, investing, belief
#: (вторжение в, вмешательство в, вступление в, инвестиции в, вера в)
_RU_AIMING_IN = re.compile(r"(?:вторж|вторг|вмешательств|вступлени|вступ[аи]|инвестиц|вложени|вер[аеуы]$|веря|поверил|"
                           r"превращ|превратил)\w*$")
#: Russian nouns of a ban, which may take what is banned as a genitive with no preposition (запрет Компартии, "the ban
#: on the Communist Party"; мораторий, эмбарго) — not pressure or an attack, whose target needs на («давление на»)
_RU_AIMING_NOUN = re.compile(r"(?:запрет|моратори[йяюе]?|эмбарго)(?:|а|у|ом|е|ы|ов|ам|ами|ах|я|ю|ем)$")
#: The English "on", "over" or "against" right before the name, after the noun of aiming ("the ban on the ")
_EN_AIMED_BEFORE = right_before("on|upon|over|against")
#: The English before the name says where, not a target: "in", "at", "inside", "within"
_EN_WHERE_BEFORE = right_before("in|at|inside|within|across|throughout")


class RussianTargetRules(SourceReading):
    """The accusative of the target after на and в that follow a word of aiming."""

    def target_past_owner(self, hit: Hit, entry: FormEntry) -> bool:
        """«влияние Москвы на Центральной Азии» for "Moscow's influence over Central Asia": на (or в) after a
        word of aiming at something — right before it, or with the thing's owner's name between («Москвы»,
        «России») — takes the accusative of the target; a name there only in the locative is wrong, unless the
        English says "in" or "at" (where it happens) or makes the name an owner ("Central Asia's destination")."""
        cases = any_number(entry.cases)
        toks, at = self.toks, hit.start
        if self.language != "ru" or at < 2 or not cases & LOC or cases & ACC \
                or toks.gap(at).strip(" \u00a0" + OPEN):
            return False
        preposition = toks.folded[at - 1]
        table = _RU_AIMING_ON if preposition == "на" else _RU_AIMING_IN if preposition in ("в", "во") else None
        if table is None or toks.gap(at - 1).strip(" \u00a0"):
            return False
        k = at - 2
        owner = next((h for h, _ in self.pending if h.end == at - 1), None)
        if owner is not None and owner.start > 0:
            k = owner.start - 1         # «влияние Москвы на …»: past the owner's name
        if not (toks.words[k].islower() or toks.sentence_initial(k)) or not table.match(toks.folded[k]) \
                or toks.gap(k + 1).strip(" \u00a0"):
            return False
        before, _ = self.source_around(entry.ref)
        if before is None or _EN_WHERE_BEFORE.search(before) or self.on_medium(entry.ref) \
                or self.english_possessive(entry.ref):
            return False    # («ответ Токаева на Фейсбуке», "Tokayev's answer on Facebook": where it was given)
        words = f"{toks.words[k]} {toks.words[at - 1]}" if k == at - 2 else f"{toks.words[k]} … {toks.words[at - 1]}"
        self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('ru', cases))}) after «{words}»: what it aims at, "
                        "an accusative")
        return True

    def target_of_aiming_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """«После запрета Коммунистической партией» for "After the ban on the Communist Party": a noun of a ban
        (запрет, мораторий, эмбарго) right before the name, with no preposition, where the English says
        "on", "over" or "against" between them, takes its target as a genitive («запрета Коммунистической партии»;
        with a preposition, «запрет на Компартию», which government() reads). Another case there is wrong."""
        cases = any_number(entry.cases)
        toks, at = self.toks, hit.start
        if self.language != "ru" or at == 0 or not cases or cases & GEN or toks.gap(at).strip(" \u00a0" + OPEN) \
                or (entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE):
            return False
        word = toks.words[at - 1]
        gap = toks.gap(at - 1)
        opening = toks.sentence_initial(at - 1) or ":" in gap or bool(SENTENCE_END.search(gap))
        if not (word.islower() or opening) or not _RU_AIMING_NOUN.fullmatch(toks.folded[at - 1]):
            return False
        before, _ = self.source_around(entry.ref)
        if before is None or not _EN_AIMED_BEFORE.search(before):
            return False
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) after {word!r}: its target with no "
                        "preposition, a genitive", declined=entry.surface[:1] in OPEN)
        return True
