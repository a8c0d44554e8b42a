"""Russian target rule of a quoted name that owns or wrote the noun before it: "the signature of the Left Bloc",
"the article by Reform & Revolution", "Kazakhmys copper smelters" — Russian puts the owner or author after the noun in
the genitive, declined inside its quotes («подпись «Левого блока»», «статью «Реформы и революции»», «медеплавильщики
«Казахмыса»»). The nominative there («Подпись «Левый блок»») makes the name the noun's title."""

from __future__ import annotations

import re

from ..english_context import noun_next
from ..forms import DECLINED_QUOTE, FormEntry, Hit, cases_of
from ..matcher import fold
from ..russian_context import GEN, NOM, PREPOSITIONS, adjective_cases, generic_plural, generic_words, place_words
from .english import SourceReading
from .russian_false_heads import ends_inserted_phrase
from .russian_verbs import RU_ACTIVE_PARTICIPLE
from .state import CLOSE, NOT_HEADS, OPEN, RU_PASSIVE_PARTICIPLE, any_number, verb_like

#: The English "by" right before the name after a noun: its author ("the article by", "a leaflet signed by")
_EN_BY_BEFORE = re.compile(r"(?i)\bby\s+(?:the\s+)?$")
#: Russian nouns of naming, after which a quoted name is the name given (название, имя, лозунг, девиз)
_RU_NAMING_NOUNS = re.compile(r"(?:назван|наименован|им(?:я|ени|енем)$|лозунг|девиз|слоган|заголов|рубрик)")
#: Nouns in -пись (подпись, запись, надпись, рукопись), which end like a reflexive verb
_RU_NOUNS_IN_SJ = ("пись",)
#: The English word after the name that is no noun it modifies: a pronoun, or a verb in -s and its object
_EN_NOT_MODIFIED = re.compile(r"\s+(?:(?:it|they|he|she|we|which|who|that|this)\b|[a-z]+[^s\W]s\s+"
                              r"(?!(?:in|at|of|on|for|from|with|are|were|have|had|will|would|and|or)\b)[a-z])")
#: The English word "subsidiary" after the name ("KazMunayGas subsidiaries", "a KazMunayGas subsidiary")
_EN_SUBSIDIARY_AFTER = re.compile(r"\s+subsidiar")
#: A subsidiary (дочерняя компания, дочерние предприятия) is another company than the one named after it: its owner
_RU_SUBSIDIARY = re.compile(r"дочерн\w+")


class RussianQuotedOwnerRules(SourceReading):
    """The genitive of a quoted name after the noun it owns or wrote."""

    def quoted_owner(self, hit: Hit, entry: FormEntry) -> bool:
        """«Подпись «Левый блок» стояла четвёртой» for "The signature of the Left Bloc stood fourth": a quoted
        name the glossary declines inside its quotes, in the nominative right after a noun (not a generic word
        that names it — «компания «Казахмыс»» — unless a subsidiary's, nor a noun of naming, a verb, an adjective,
        a participle or a preposition), where the English makes it the noun's owner or author ("of", "'s", "by",
        or a noun after the name): the genitive, declined in its quotes («Подпись «Левого блока»»)."""
        # (undeclined in its quotes, the name is as written, a nominative)
        cases = any_number(entry.cases) if entry.flags & DECLINED_QUOTE else NOM
        toks, at = self.toks, hit.start
        if self.language != "ru" or at == 0 or entry.surface[:1] not in OPEN or not cases & NOM or cases & GEN:
            return False
        genitive = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True)
        if not genitive or fold(genitive) == fold(entry.base):
            return False            # a name the glossary keeps as it is in its quotes («Нур Отан»)
        # (the quote that opens the name, or one that closes a noun in quotes of its own first: «дочка» «КазМунайГаз»)
        gap = toks.gap(at).replace("\u00a0", "").replace(" ", "")
        if not (len(gap) == 1 and gap in OPEN) and not (len(gap) == 2 and gap[0] in CLOSE and gap[1] in OPEN):
            return False
        before, low = toks.words[at - 1], toks.folded[at - 1]
        if not before.isalpha() or not (before.islower() or toks.sentence_initial(at - 1)) or low in NOT_HEADS \
                or low in PREPOSITIONS or (verb_like(low) and not low.endswith(_RU_NOUNS_IN_SJ)) \
                or adjective_cases(low) or low in place_words() or RU_PASSIVE_PARTICIPLE.fullmatch(low) \
                or RU_ACTIVE_PARTICIPLE.fullmatch(low) \
                or _RU_NAMING_NOUNS.match(low) or ends_inserted_phrase(toks, at - 1):    # («в том числе «…»»)
            return False
        english_before, after = self.source_around(entry.ref)
        if english_before is None:
            return False
        subsidiary = at > 1 and _RU_SUBSIDIARY.fullmatch(toks.folded[at - 2]) is not None \
            and _EN_SUBSIDIARY_AFTER.match(after) is not None
        if (low in generic_words() or generic_plural(low) is not None) and not subsidiary:
            return False            # «компания «Казахмыс»», «группами «Рабочая власть» и …»: the names of the kind
        if any(toks.folded[k] in generic_words() for k in range(max(0, at - 4), at - 1)) \
                and all(toks.words[k].islower() for k in range(max(0, at - 3), at)):
            return False            # «журнала украинских активистов-марксистов «Классовый взгляд»»: the kind's noun
            #                         a few words back, what it is of between — the name in apposition to it
        if any(word.startswith("сво") or word in ("его", "ее", "её", "их") for word in toks.folded[max(0, at - 3):at]):
            return False            # «потребовала в своём заявлении «…»»: the author made the subject
        # (a noun after the English name that it modifies — not a pronoun, "through its subsidiary Ozenmunaigas it
        # runs", nor a verb in -s with its object, "Ozenmunaigas cuts wages")
        modified = noun_next(after) and _EN_NOT_MODIFIED.match(after) is None
        if not (self.after_of(entry.ref) or self.english_possessive(entry.ref) or self.english_noun_after(entry.ref)
                or modified or _EN_BY_BEFORE.search(english_before)):
            return False
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) after {before!r}: the source makes "
                        "it the noun's owner or author, a genitive declined in its quotes", declined=True)
        return True
