"""Kazakh target rules of a short answer: a name that answers a question on its own, with no verb of its own
(«Кіммен сөйлесті? — Пол Мерфимен.»), takes the case of the question word it stands for."""

from __future__ import annotations

import re

from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ABL as KK_ABL
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import GEN as KK_GEN
from ..kazakh_context import INS as KK_INS
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_context import another_verb_form, finite_verb
from ..kazakh_words import case_by_ending, ends_in_case, genitive_word, oblique_noun_case
from ..matcher import fold
from .english import POSSESSIVE, SourceReading
from .state import KK_CASES

#: the oblique cases of кім "who" and не "what", singular and plural, as a question word asks them (not неге,
#: which is "why" as often as "to what"; nor қайда, "where" and "where to")
_KK_WHO_CASES = {
    "кімге": "dat", "кімдерге": "dat", "кімде": "loc", "кімдерде": "loc", "кімнен": "abl", "кімдерден": "abl",
    "кіммен": "ins", "кімдермен": "ins", "неде": "loc", "неден": "abl", "немен": "ins", "қайдан": "abl",
}
#: "which", "what kind of": the case is on the noun after them (қай ұйымға "to which organisation")
_KK_WHICH = frozenset({"қай", "қандай", "қайсы"})
#: a noun in the instrumental after «қай», with a stem too short for the general reading (елмен, "with which country")
_SHORT_INSTRUMENTAL = re.compile(r".{2,3}(?:мен|бен|пен)")
#: the case bits of the cases a question word may ask
_BITS = {"dat": KK_DAT, "loc": KK_LOC, "abl": KK_ABL, "ins": KK_INS}
_NAMES = {"dat": "dative", "loc": "locative", "abl": "ablative", "ins": "instrumental"}
#: the longest answer read as a fragment, in words
_FRAGMENT_WORDS = 6


class KazakhAnswerRules(SourceReading):
    """A name given as the answer to a question, in the case its question word asks."""

    def _question_case(self, start: int, end: int) -> str | None:
        """The oblique case the one question word of the tokens *start*…*end* asks (кіммен "ins", қай ұйымға "dat"),
        None where there is none, or more than one."""
        found: list[str] = []
        for k in range(start, end):
            low = self.toks.folded[k]
            if low in _KK_WHO_CASES:
                found.append(_KK_WHO_CASES[low])
            elif low in _KK_WHICH:
                # (the first word after it with a case ending is the asked noun's, past adjectives: «қай
                # американдық компанияға»; a genitive or accusative there asks no oblique case, «қай елдің
                # компанияларына» asks whose)
                for j in range(k + 1, min(end, k + 4)):
                    noun = self.toks.folded[j]
                    if genitive_word(noun) or case_by_ending(noun) == "acc" or not self.toks.words[j].islower():
                        break   # (a name is no noun «қай» asks about but the verb's: «қай ұйымды Ресейге қарсы …»,
                                # where «ұйымды» is the accusative asked, not told by its ending from an adjective)
                    if _SHORT_INSTRUMENTAL.fullmatch(noun) and not oblique_noun_case(noun):
                        found.append("ins")     # (a short stem the general reading leaves unread: «қай елмен»)
                        break
                    if oblique_noun_case(noun) or ends_in_case(noun, "loc"):
                        found.append(oblique_noun_case(noun) or "loc")
                        break
        return found[0] if len(found) == 1 else None

    def kazakh_answer_fragment(self, hit: Hit, entry: FormEntry) -> bool:
        """«Тоқаев қай ұйымға жүгінді? — ҰҚШҰ-ны.», «Құрманов кіммен сөйлесті? Жауабы: Пол Мерфиге.»: a short
        answer right after a question, a name with no verb of its own, stands for the question's word and takes
        its case — the dative of «қай ұйымға», the instrumental of «кіммен» («— ҰҚШҰ-ға.», «Пол Мерфимен.»). Only
        where the question has one question word in an oblique case (not неге, "why" as well, nor қайда, "where"
        and "where to"), the answer is the next sentence and a few words with no verb form, and the name ends it
        (not a genitive owning a noun after it, «ҰҚШҰ-ның бас хатшысына», nor the first of a list, whose case goes
        on its last, «Chevron мен ExxonMobil-ге»); nor a bare name, which may
        answer as a name alone («Қай қаладан? — Алматы.»)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & KK_NOM:
            return False    # (a bare name may answer as a name alone: «Қай қаладан? — Алматы.»)
        if cases == KK_GEN and self.source_around(entry.ref)[1].startswith(POSSESSIVE):
            return False    # (an owner whose noun the answer leaves out, the English "Kazakhstan's.": «Қай елшілікті
                            # пикетке алды? — Қазақстанның.»)
        start, end = self._sentence_start(hit.start), self._sentence_end(hit.end)
        if start == 0 or "?" not in self.toks.gap(start) or end - start > _FRAGMENT_WORDS or hit.end != end:
            return False    # (the name ends the answer: a noun after it is what it owns, «ҰҚШҰ-ның бас хатшысына»)
        others = [self.toks.words[k] for k in range(start, end) if not hit.start <= k < hit.end]
        if another_verb_form(others) or any(finite_verb(fold(word)) for word in others) \
                or any(self.covered[k] for k in range(start, end) if not hit.start <= k < hit.end):
            return False
        case = self._question_case(self._sentence_start(start - 1), start)
        if case is None or cases & _BITS[case]:
            return False
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) answering the question before it "
                        "on its own: a short answer takes the case of the question word it stands for, the "
                        f"{_NAMES[case]}")
        return True
