"""Russian target rule of a name the English puts after a preposition that never makes it a subject ("an inquiry into
the Zhanaozen massacre", "protesters gathered outside the Embassy", "removal from the Security Council"): Russian says
it with a preposition of its own or as the complement of a noun, in an oblique case. Right after a Russian noun, with
nothing between, a name in the nominative only («расследование расстрел в Жанаозене», «у здания посольство
Казахстана») depends on that noun and is the wrong case: the genitive. Not after a noun the name may stand beside as
what it is called — a generic, kind or place word, a title, a noun of naming («компания Тенгизшевройл», «город
Жанаозен», «название Астана») — nor in quotes, nor where the English name only modifies a noun after it."""

from __future__ import annotations

import re

from ..english_context import noun_next
from ..forms import FormEntry, Hit, cases_of
from ..matcher import fold
from ..russian_context import ACC, NOM, adjective_cases, governed, kind_words, place_words, site_words, verb_governed
from .english import SourceReading
from .russian_verbs import RU_ACTIVE_PARTICIPLE
from .state import NOT_HEADS, OPEN, RU_PASSIVE_PARTICIPLE, any_number, verb_like

#: English prepositions right before the name (only "the" between) after which it is never a Russian verb's subject
#: nor the nominative of a comparison, and which Russian renders as a noun's genitive complement or with a preposition
#: of its own: not "by" (an agent a translation may make the subject), "according to" (who says it: «сообщает
#: Совет»), "like", "as", "than" (compared with a subject); not "to", "for" or "with", whose complement of a noun is
#: the dative or instrumental as often («благодарность Курманову», «встреча с Токаевым»); "of", "in" and "at" after a
#: noun are the genitive rules' own cues
_EN_GOVERNING_BEFORE = re.compile(r"(?i)\b(?:into|within|inside|outside|against|over|about|towards?|among(?:st)?|"
                                  r"behind|under|across|throughout|beyond|beside|without|upon|from)\s+(?:the\s+)?$")
#: ... and after the English name: another name of a list, or its owner's "'s" (the name may then be a clause's
#: subject: "questions about Tony Blair's work", «вопросы о том, что Тони Блэр консультировал»)
_EN_LISTED_OR_OWNER_AFTER = re.compile(r"(?i)^(?:\s*[,&]|\s+(?:and|or)\b|['\u2019]s?\b)")
#: Russian nouns of naming, after which a name is what something is called (название Астана, имени Ленина)
_RU_NAMING = re.compile(r"(?:назван|наименован|переименован|прозвищ|псевдоним|им(?:я|ени|енем)$)")
#: A Russian verb in the plural, past or present (восприняли, отказываются): no predicate of a name in the singular
_RU_PLURAL_VERB = re.compile(r"\w{2,}(?:ли|лись|ют|ят|ут|ат|ются|ятся|утся|атся)")


class RussianPrepositionalRules(SourceReading):
    """The oblique case of a name the English puts after a governing preposition, right after a Russian noun."""

    def nominative_after_noun_for_preposition(self, hit: Hit, entry: FormEntry) -> bool:
        """«независимое расследование расстрел в Жанаозене» for "an independent inquiry into the Zhanaozen
        massacre": the English name after "into", "within", "against", "from" … (never a subject there), the Russian
        name right after a noun and only in the nominative (or the accusative it shares) — the noun's genitive
        complement instead («расследование расстрела в Жанаозене»)."""
        toks, at = self.toks, hit.start
        cases = any_number(entry.cases)
        if self.language != "ru" or at == 0 or not cases & NOM or cases & ~(NOM | ACC) or entry.surface[:1] in OPEN \
                or toks.gap(at).strip(" \u00a0"):
            return False
        before = toks.words[at - 1]
        low = fold(before)
        grammar = self.index.grammar
        if not before.isalpha() or not before.islower() or len(low) < 3 or low in NOT_HEADS \
                or governed(before) is not None or verb_governed(before) is not None or verb_like(low) \
                or adjective_cases(before) or RU_ACTIVE_PARTICIPLE.fullmatch(low) \
                or RU_PASSIVE_PARTICIPLE.fullmatch(low) or low in grammar.get("generic", ()) \
                or low in grammar.get("titles", ()) or low in kind_words() or low in place_words() \
                or low in site_words() or _RU_NAMING.match(low) or (at > 1 and toks.words[at - 2].isdigit()):
            return False    # (a verb, preposition, adjective or participle governs its own case; a kind's noun
                            # takes the name as its apposition: «компания Тенгизшевройл»; «после 2011 года»
                            # is a date)
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_GOVERNING_BEFORE.search(before_en) or noun_next(after_en) \
                or _EN_LISTED_OR_OWNER_AFTER.match(after_en) \
                or re.match(r"[ \u00a0]+(?:[A-Z][a-z]+|[A-Z]{2,})\b", after_en):
            return False    # ("into the Zhanaozen events": the name modifies a noun, or a longer name goes on)
        if hit.end < self.n and any(dash in toks.gap(hit.end) for dash in "\u2013\u2014"):
            return False    # («трасса Жанаозен — Актау», "the road from Zhanaozen to Aktau": a route's ends)
        plural = self.lx.spec(entry.ref, "ru").plural
        if any(word.islower() and verb_like(fold(word)) and plural == bool(_RU_PLURAL_VERB.fullmatch(fold(word)))
               for word in self._clause_after(hit)):
            return False    # («На вопросы журналистов Совет безопасности не отвечал»: a verb after it that agrees
                            # may make it its subject, whatever the English)
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) right after the noun {before!r}: "
                        "the source puts it after a preposition, never a subject, and Russian makes it the "
                        "noun's complement, a genitive")
        return True
