"""Russian target rule of the one a verb of giving, sending, saying or likening goes to: the English "to" right before
the name ("sold part of its stake to KazMunayGas", "Write to Paul Murphy", "likened the CSTO to the Holy Alliance")
and a Russian verb of that kind in the name's clause (продать, написать, уподобить, адресовать, приписать, зачитать)
make the name its recipient, which Russian says in the dative with no preposition («продать … «КазМунайГазу»»,
«Напишите Полу Мёрфи»). A name there in another case (no preposition before it) is wrong."""

from __future__ import annotations

import re

from ..forms import CASES, DECLINED_QUOTE, FormEntry, Hit, cases_of
from ..russian_context import DAT, GEN, PREPOSITIONS, adjective_cases
from .english import SourceReading
from .state import CLAUSE_END, CLOSE, NOT_HEADS, OPEN, SENTENCE_END, any_number, verb_like

#: The English "to" right before the name (an article, "above all" or "not"/"but" between), which no word before
#: makes a compound preposition ("according to", "thanks to", "next to", "close to") — a "letter of thanks to" is a
#: noun's, no preposition
_EN_TO_BEFORE = re.compile(r"(?i)(?:\b(?:of\s+)?([a-z]+)\s+)?(?:above\s+all\s+|but\s+|not\s+)?\bto\s+(?:the\s+)?$")
_EN_COMPOUND_TO = frozenset("according due thanks next close prior owing compared similar addition regard respect "
                            "relation up as contrary opposed related confined limited restricted back way "
                            "return returned returning returns went go goes going gone came come comes coming "
                            "moved move travelled traveled flew fled"
                            # (a noun of an office or a relation held "to" someone: "an adviser to Nazarbayev",
                            # «советник Назарбаева», a genitive)
                            " adviser advisers advisor advisors ambassador ambassadors envoy envoys representative "
                            "representatives consul delegate delegates mission successor successors heir heirs aide "
                            "aides assistant secretary counsellor consultant consultants loyal".split())
#: Russian verbs (and their participles) whose second object is the one something goes to, a dative: giving,
#: selling, sending, writing, reading out, addressing, ascribing, likening, entrusting
_RU_GIVING = re.compile(r"(?:прода|прода[вж]|переда|вруч|отправ|направ|пересла|пересыл|адресова|припис|зачит|зачита|"
                        r"написа|напиш|пиш[еиу]|уподоб|довер|поруч|подар|предостав|обеща|сообщ|посвят|посвящ)\w*$")
#: A clause of contrast or of a second object after a comma goes on with the verb before it («адресованы не
#: правительству, а «КазМунайГазу»»)
_RU_GOING_ON = frozenset("а но или либо и".split())
#: Endings of a Russian noun's dative (правительству, народу, рабочим not: an instrumental too)
_RU_DATIVE_ENDINGS = ("у", "ю", "ам", "ям", "ому", "ему")
#: Every case bit: a name with all of them does not decline
_EVERY = (1 << len(CASES["ru"])) - 1


class RussianRecipientRules(SourceReading):
    """The Russian dative of the one something is given, sent or said to."""

    def _giving_verb_near(self, hit: Hit) -> str | None:
        """A Russian verb of giving, sending, saying or likening in the name's clause — before it, back past a
        comma that opens a clause of contrast («…, а «КазМунайГаза»»), or after it to the clause's end («Тони
        Блэру были адресованы вопросы») — or None."""
        toks = self.toks
        k = hit.start - 1
        while k >= 0:
            if SENTENCE_END.search(toks.gap(k + 1)) and k + 1 < hit.start:
                break
            if _RU_GIVING.match(toks.folded[k]) and (toks.words[k].islower() or toks.sentence_initial(k)):
                return toks.words[k]    # (an imperative opening the sentence too: «Напишите Полу Мёрфи»)
            if CLAUSE_END.search(toks.gap(k + 1).replace("\u00a0", " ").strip(" " + OPEN + CLOSE)) \
                    and (toks.folded[k + 1] not in _RU_GOING_ON or not toks.folded[k].endswith(_RU_DATIVE_ENDINGS)):
                break       # (past «, а» only after a dative, the first of the two it goes to: «правительству»)
            k -= 1
        for k in range(hit.end, self._clause_end(hit.end) if hit.end < self.n else hit.end):
            if _RU_GIVING.match(toks.folded[k]) and toks.words[k].islower():
                return toks.words[k]
        return None

    def recipient_of_giving(self, hit: Hit, entry: FormEntry) -> bool:
        """«Eni согласилась продать часть доли «КазМунайГаза»» for "agreed to sell part of its stake to
        KazMunayGas", «Напишите Пола Мёрфи» for "Write to Paul Murphy": the English "to" right before the
        name and a Russian verb of giving, sending, saying or likening in its clause make it the recipient, a
        dative. Not after a preposition or an adjective (their own case), nor "according to", "thanks to",
        "close to", nor a verb of motion's "to" (a destination), nor where the English name modifies a noun
        after it or owns one ("to Tengizchevroil workers", "to Tokayev's office")."""
        cases = any_number(entry.cases)
        quoted = entry.surface[:1] in OPEN
        if self.language != "ru" or not cases or cases & DAT or cases & _EVERY == _EVERY \
                or (quoted and not entry.flags & DECLINED_QUOTE):
            return False
        toks, at = self.toks, hit.start
        if at > 1 and (toks.folded[at - 2], toks.folded[at - 1]) == ("прежде", "всего"):
            at -= 2         # «адресовала этот сигнал прежде всего Соединённым Штатам», "above all": an insert
        if at > 0 and (toks.folded[at - 1] in PREPOSITIONS or (toks.words[at - 1].islower()
                                                               and adjective_cases(toks.words[at - 1]))):
            return False
        if at > 0 and cases & GEN and toks.words[at - 1].isalpha() and toks.words[at - 1].islower() \
                and toks.folded[at - 1] not in NOT_HEADS and not verb_like(toks.folded[at - 1]):
            return False    # «советник Назарбаева»: a genitive after a noun may be the noun's own
        written = self.wanted.get(entry.ref)
        if not written or written.split()[-1].islower():
            return False    # "to Charing Cross police station": the "to" is the station's, «в участок Чаринг-Кросс»
        before, after = self.source_around(entry.ref)
        if before is None:
            return False
        to = _EN_TO_BEFORE.search(before)
        if to is None or ((to.group(1) or "").lower() in _EN_COMPOUND_TO and not to.group(0).lower().startswith("of ")):
            return False
        if re.match(r"\s+[a-z]", after) and not re.match(r"\s+(?:about|for|over|on|in|at|directly|personally|"
                                                          r"which|who|with|from|by|as|and|via)\b", after):
            return False        # "to Tengizchevroil workers": the name modifies the noun after it
        if after.startswith(("'", "\u2019")):
            return False
        verb = self._giving_verb_near(hit)
        if verb is None:
            return False
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) with {verb!r}: the source's \"to\" "
                        "makes it the one something is given, sent or said to, a dative",
                        declined=quoted)
        return True
