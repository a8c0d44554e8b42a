"""Russian target rule of a name the English sets before a plural noun it modifies ("Facebook users", "Almaty
Region towns", "European Union sanctions"): the plural things are the name's, which Russian says with the noun
first and the name after it in the genitive («пользователи Фейсбука», «города Алматинской области»). A nominative
name right after the Russian plural noun («Пользователи Фейсбук») sets the two side by side, as if the users were
called Facebook."""

from __future__ import annotations

import re

from ..english_context import plural_noun_next
from ..forms import FormEntry, Hit
from ..matcher import fold
from ..russian_context import GEN, NOM, PREPOSITIONS, adjective_cases, generic_words, place_words, site_words
from .english import SourceReading
from .state import NOT_HEADS, OPEN, any_number, offending_at, verb_like

#: The English plural noun after the name and what follows it: no second plural noun, which would make the first a
#: verb in -s and the second its object ("Russia sends troops"), and no name ("Tokayev thanks Putin")
#: or a determiner ("Kazakhstan closes its borders")
_EN_PLURAL_THEN = re.compile(r"\s+[a-z]+s(?:[\s,.;:!?)]+(?!(?:the|a|an|its|their|his|her|our|my|your|this|that|these|"
                             r"those|all|some|no|every|each|any|more|most|much|many|less|half|part|new|up|down|out|off|"
                             r"over|back)\b)"
                             r"(?:[a-z]+(?<!s)\b|$)|[.;:!?,)]|$)")
#: A Russian plural noun in the nominative (or the accusative a thing shares with it): пользователи, города,
#: санкции, медеплавильщики
_RU_PLURAL_NOUN = re.compile(r"\w{3,}(?:ы|и|а|я)")
#: ... or in an oblique case of the plural (на заправках, нефтепромыслам): only where the English has "of" or "in" after
#: a plural noun ("petrol stations in Almaty"), the noun the name depends on
_RU_OBLIQUE_PLURAL = re.compile(r"\w{3,}(?:ах|ях|ами|ями|ам|ям)")
#: The English name after a plural noun and "of" or "in" ("the oil fields of ", "petrol stations in "), what
#: Russian says with the plural noun and the name in the genitive («месторождения Западного Казахстана»)
_EN_PLURAL_OF_IN = re.compile(r"\b[a-z]{3,}[^su\W]s\s+(?:of|in)\s+(?:the\s+)?$")   # (not "caucus", "status")
#: A Russian verb in the plural (присоединяются, сообщают, вышли), whose subject is the plural noun, not the name
_RU_PLURAL_VERB = re.compile(r"(?:ют|ят|ут|ат|ются|ятся|утся|атся|ли|лись)$")
#: ... and no adverb of time ending like one (вчера, сегодня, всегда, иногда)
_RU_TIME_ADVERBS = frozenset("вчера сегодня завтра всегда иногда когда тогда никогда однажды".split())


class RussianPluralHeadRules(SourceReading):
    """The owner of a Russian plural noun the English makes its modifier."""

    def owner_of_plural(self, hit: Hit, entry: FormEntry) -> bool:
        """«Пользователи Фейсбук в Алматы» for "Facebook users in Almaty": the English puts a plural noun right
        after the name, which it modifies (or the name after a plural noun and "of" or "in": "the oil fields of
        Western Kazakhstan", "petrol stations in Almaty"); the Russian plural noun right before a name in the
        nominative — not a generic noun that names it («компании Chevron и ExxonMobil»), a noun of a kind of
        place, a verb, an adjective or a preposition — owns it, a genitive («Пользователи Фейсбука»)."""
        toks, at = self.toks, hit.start
        cases = any_number(entry.cases)
        if self.language != "ru" or at == 0 or entry.surface[:1] in OPEN or not cases & NOM or cases & GEN \
                or self.lx.kinds[entry.ref] == "person":
            return False
        if toks.gap(at) not in (" ", "\u00a0"):
            return False
        before, low = toks.words[at - 1], toks.folded[at - 1]
        if not before.isalpha() or not (before.islower() or toks.sentence_initial(at - 1)) \
                or not (_RU_PLURAL_NOUN.fullmatch(low) or _RU_OBLIQUE_PLURAL.fullmatch(low)) \
                or low in NOT_HEADS or low in PREPOSITIONS \
                or low in _RU_TIME_ADVERBS or verb_like(low) or adjective_cases(low):
            return False
        following = toks.folded[hit.end] if hit.end < self.n and not toks.gap(hit.end).strip(" \u00a0") else ""
        if verb_like(following) and not _RU_PLURAL_VERB.search(following) \
                and not (following.endswith(("ло", "лось")) and self.lx.spec(entry.ref, "ru").gender != "n"):
            return False    # «нефти Казахстан продаёт»: a singular verb after the name, whose subject it is (not a
                            # neuter past agreeing with another noun: «на заправках Алма-Ата закончилось топливо»)
        english_before, after = self.source_around(entry.ref)
        if english_before is None:
            return False
        modifier = plural_noun_next(after) and _EN_PLURAL_THEN.match(after) is not None \
            and _RU_PLURAL_NOUN.fullmatch(low) is not None
        # ("the oil fields of Western Kazakhstan": a plural noun and "of" or "in" before the name — not a noun of a
        # kind of place, whose names after it are its appositions, «в городах Астана и Алматы»)
        owned = _EN_PLURAL_OF_IN.search(english_before) is not None and low not in place_words() \
            and not self.english_kind_of_place(entry.ref) \
            and not (hit.end + 1 < self.n and toks.folded[hit.end] == "и" and toks.words[hit.end + 1][:1].isupper())
        # (a generic noun names the name after it, «в организации Демократические социалисты Америки» — but a site's
        # plural before "of" is no apposition to a region, «месторождения Западного Казахстана»)
        if low in generic_words() and not (owned and low in site_words()):
            return False
        if not modifier and not owned:
            return False
        genitive = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen")
        offending = offending_at(toks, at, hit.end, entry.surface)
        if not genitive or fold(genitive) == fold(offending):
            return False
        self.add("target-wrong-inflection",
                 f"{offending!r} (nom) after {before!r}: in the source the name "
                 + ("modifies the plural noun after it" if modifier else "follows a plural noun and \"of\" or \"in\"")
                 + f", whose owner Russian puts in the genitive; expected {genitive!r}",
                 offending=offending, suggestion=genitive, ref=entry.ref)
        return True
