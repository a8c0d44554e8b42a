"""Kazakh target rules of a demand: the one a demand is made of is the ablative of талап ету ("demanded of
Tokayev", «Тоқаевтан … талап етті»)."""

from __future__ import annotations

import re
from itertools import pairwise

from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ACC as KK_ACC
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import another_verb_form
from ..kazakh_words import any_verbal_noun, possessed_verbal_noun
from .english import POSSESSIVE, SourceReading
from .state import KK_CASES

#: English "demanded of", "demanded from", "demanded that" right before a name
_EN_DEMANDED_OF = re.compile(r"(?i)\bdemand(?:ed|s|ing)?\s+(of|from|that)\s+(?:the\s+)?$")
#: ... with what is demanded between ("demanding answers from", "demanded justice from")
_EN_DEMANDED_THING_FROM = re.compile(r"(?i)\bdemand(?:ed|s|ing)?\s+(?:(?!of\s|the\s)[a-z'-]+\s+){1,2}"
                                     r"from\s+(?:the\s+)?$")
#: English "be" after a name, a passive's subject ("demanded that Tokayev be removed")
_EN_BE_AFTER = re.compile(r"(?i)\s+(?:should\s+|must\s+|would\s+)?be\b")
#: English "be" or a verb of receiving after a name, one who is given what is demanded ("that Kurmanov be allowed to
#: speak", "that Kurmanov get a fair trial")
_EN_RECEIVES_AFTER = re.compile(r"(?i)\s+(?:should\s+|must\s+|would\s+)?(?:be|get|receive)\b")
#: a Kazakh verbal noun in the accusative, what is demanded («тартуды», «беруді»)
_KK_VERBAL_NOUN_ACC = re.compile(r".{2,}(?:уды|уді|юды|юді)")
#: a Kazakh word that may be an accusative object, plain or possessed (жағдайды, әскерлерін, жалақысын) — not an
#: ablative's -дан/-ден, which ends in н too («Төлетаеваны түрмеден босатуды», "to free Tuletaeva from prison")
_KK_MAY_BE_OBJECT = re.compile(r".{2,}(?:ны|ні|ды|ді|ты|ті|ын|ін)")


class KazakhDemandRules(SourceReading):
    """Whom a Kazakh demand is made of."""

    def kazakh_demanded_of(self, hit: Hit, entry: FormEntry) -> bool:
        """English "demanded of Tokayev", "demanded that Tokayev withdraw the troops", "demanded answers from
        Tokayev" (what is demanded between, then no verb form between the name and талап ету): the one a demand
        is made of is the ablative of талап ету («Тоқаевтан … талап етті»); a dative there is wrong,
        and an accusative unless the English makes the name the object of the action demanded
        ("demanded that Tokayev be removed": «Тоқаевты … алуды талап етті»)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_ACC):
            return False
        before_en, after_en = self.source_around(entry.ref)
        demanded = _EN_DEMANDED_OF.search(before_en or "")
        # ("demanding answers from Tokayev": what is demanded between, then whom of, «Тоқаевтан жауап талап етуде»)
        thing = demanded is None and _EN_DEMANDED_THING_FROM.search(before_en or "") is not None
        that = demanded is not None and demanded.group(1).lower() == "that"
        # (after "that", only one who can be asked to act: "demanded that the 1993 Constitution … be
        # restored" makes the name what is acted on)
        if (demanded is None and not thing) or after_en.startswith(POSSESSIVE) \
                or (that and not self.lx.acts(entry.ref)) \
                or (cases == KK_ACC and that and _EN_BE_AFTER.match(after_en)):
            return False
        if thing:
            # (nothing between the name and талап ету a verb form whose object the name would be: «Қазақстанды
            # тастап кетуді талап етті», "demanded a withdrawal from Kazakhstan")
            at = next((k for k in range(hit.end, self._sentence_end(hit.end) - 1) if self.toks.folded[k] == "талап"
                       and self.toks.folded[k + 1].startswith("ет")), None)
            if at is None or at == hit.end or another_verb_form(self.toks.words[hit.end:at - 1]) \
                    or any_verbal_noun(self.toks.folded[at - 1]):
                return False    # (the word before талап, what is demanded, only looks like a converb: жауап)
        words = self.toks.folded[hit.end:self._sentence_end(hit.end)]
        if not any(word == "талап" and following.startswith("ет") for word, following in pairwise(words)):
            return False
        if that and any(possessed_verbal_noun(word) for word in words):
            return False        # «Назарбаевтың … кетуін талап етті»: the subject of the action, a genitive (elsewhere)
        if that and self._object_of_demanded_action(cases, words, after_en):
            return False
        self.wrong_case(hit, entry, "abl", f"({cases_of('kk', cases)[0]}): the source makes it the one a demand is "
                        "made of, the ablative of талап ету")
        return True

    @staticmethod
    def _object_of_demanded_action(cases: int, words: list[str], after_en: str) -> bool:
        """English "demanded that Nazarbayev stand trial", "… that Kurmanov be allowed to speak": Kazakh may say the
        action demanded with the name as its object, an active verbal noun in the accusative right before талап ету
        («Назарбаевты сотқа тартуды», "to put Nazarbayev on trial"; «Құрмановқа сөз беруді», "to give Kurmanov the
        floor"). An accusative is that verbal noun's object where no other word between could be (the verbal noun
        has one object: «Тоқаевты ҰҚШҰ әскерлерін шығаруды» makes әскерлерін it, the name the one asked, wrongly);
        a dative is its recipient where the English makes the name a passive's subject ("be given", "be allowed") or
        one who receives ("get a fair trial"), what is done for it, not what it is asked to do."""
        at = next((k for k, (word, following) in enumerate(pairwise(words)) if word == "талап"
                   and following.startswith("ет")), None)
        if at is None or at == 0 or not _KK_VERBAL_NOUN_ACC.fullmatch(words[at - 1]):
            return False
        if cases == KK_ACC:
            return not any(_KK_MAY_BE_OBJECT.fullmatch(word) for word in words[:at - 1])
        return cases == KK_DAT and _EN_RECEIVES_AFTER.match(after_en) is not None
