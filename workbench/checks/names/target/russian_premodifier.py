"""Russian target rule of an English compound copied word for word: "the Nazarbayev regime", "Aktau court", a
name set before the noun it modifies, which Russian cannot do with a noun — it puts the name after the noun, in
the genitive («режим Назарбаева», «суд Актау»). A bare name right before a common noun («Назарбаев режим
продержался») is the English word order with the Russian case missing."""

from __future__ import annotations

import re

from ..english_context import noun_next
from ..forms import FormEntry, Hit
from ..russian_context import NOM, PREPOSITIONS, adjective_cases
from .english import SourceReading
from .state import NOT_HEADS, OPEN, any_number, offending_at, verb_like

#: Where the English compound opens its clause: nothing before it but a label ("Lecturer:"), an article or a
#: possessive determiner ("The Nazarbayev regime", "Lecturer: The Aktau court")
_EN_CLAUSE_OPENING = re.compile(r"(?:^|[.:;!?\u2014]\s*|^[^\s:]{1,30}:\s*)(?:the|a|an|this|that)?\s*$", re.I)
#: The English compound after the name: a noun in small letters, then the clause's verb — a form of "be" or
#: "have", a modal, or a past in -ed ("regime lasted", "clan is losing", "workers are out", "court adjourned")
_EN_NOUN_THEN_VERB = re.compile(r"\s+([a-z]{3,})\s+(?:(?:is|are|was|were|has|have|had|will|would|can|could|may|"
                                r"might|must|should|did|does|do)\b|[a-z]{3,}ed\b)")
#: Words in small letters that begin no noun a name may modify: adverbs and particles that may follow a subject
_RU_NOT_NOUNS = frozenset("лично сам сама сами вновь снова опять тогда тоже также уже ещё еще лишь только даже "
                          "всё все давно никогда недавно сегодня вчера завтра впервые наконец якобы".split())


class RussianPremodifierRules(SourceReading):
    """A Russian name written before the noun it modifies, as in the English compound."""

    def name_before_its_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """«Назарбаев режим продержался» for "The Nazarbayev regime lasted": the English name opens its clause
        before a noun and that noun's verb, so the name modifies the noun; a Russian name in the nominative right
        before a common noun there is the English order, which Russian says with the noun first and the name in
        the genitive after it («Режим Назарбаева»). Only where the name opens the Russian sentence (or follows
        a label's colon) and the word after it is no verb, adjective, adverb or preposition: «Токаев лично
        заявил», «Актау сегодня» stay silent."""
        toks, end = self.toks, hit.end
        if self.language != "ru" or entry.surface[:1] in OPEN or end >= self.n \
                or not any_number(entry.cases) & NOM or self.lx.kinds[entry.ref] not in ("person", "place"):
            return False
        if not (toks.sentence_initial(hit.start) or toks.gap(hit.start).rstrip(" \u00a0").endswith(":")):
            return False
        if toks.gap(end) not in (" ", "\u00a0"):
            return False
        noun, low = toks.words[end], toks.folded[end]
        if not noun.isalpha() or not noun.islower() or len(low) < 3 or low in NOT_HEADS or low in _RU_NOT_NOUNS \
                or low in PREPOSITIONS or verb_like(low) or adjective_cases(low) or low.endswith("ски") \
                or (low.endswith("о") and not low.endswith("ство")):
            return False
        before, after = self.source_around(entry.ref)
        if before is None or not _EN_CLAUSE_OPENING.search(before) or after.startswith(("'", "\u2019")):
            return False
        english = _EN_NOUN_THEN_VERB.match(after)
        if english is None or not noun_next(after):
            return False
        genitive = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen")
        if not genitive:
            return False
        offending = offending_at(toks, hit.start, end + 1)
        head = noun.capitalize() if toks.sentence_initial(hit.start) else noun
        suggestion = f"{head} {genitive}"
        self.add("target-wrong-inflection",
                 f"{offending!r}: the source's \"{english.group(1)}\" after the name makes it the noun's modifier, "
                 f"which Russian puts after the noun, in the genitive; expected {suggestion!r}",
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        return True
