"""Russian target rule of the name a verb of naming gives: "called the CSTO the new tsar's Holy Alliance" — the
object is what is named, in the accusative, and the name it is given the predicate, in the instrumental («назвали
ОДКБ Священным союзом нового царя»; passive, «ОДКБ названа «Священным союзом»»). A name after the named object, or
right after a passive of naming, in a case that is no instrumental is wrong."""

from __future__ import annotations

import re

from ..forms import CASES, DECLINED_QUOTE, FormEntry, Hit, cases_of
from ..russian_context import INS, PREPOSITIONS
from .english import SourceReading
from .state import CLAUSE_END, CLOSE, OPEN, any_number

#: An English verb of naming in the name's clause with the named thing between it and the name ("called the CSTO
#: the new tsar's ", "calls the CSTO 'the new tsar's ", "dubbed Tokayev a "): the name is what it is called
_EN_NAMING_VERBS = r"(?:call|calls|called|calling|dubbed|dubs|dub|branded|brands|labelled|labeled|termed)"
_EN_NAMING_BEFORE = re.compile(r"(?i)\b" + _EN_NAMING_VERBS + r"\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+[^.;:!?,]{0,40}$")
#: The English verb of naming right before the name (its object, not what it is called: "called Tokayev")
_EN_NAMING_RIGHT_BEFORE = re.compile(r"(?i)\b" + _EN_NAMING_VERBS + r"\s+(?:the\s+)?$")
#: A Russian active verb of naming (назвали, называют, окрестили, прозвали): its object, then the name it gives
_RU_NAMING_ACTIVE = re.compile(r"(?:назвал|назвать|называ(?!ем)|окрестил|прозвал|именова|именуют|именует)\w*")
#: A Russian passive of naming (названа, названы, назван, именуется, называлась): the name it gives right after
_RU_NAMING_PASSIVE = re.compile(r"(?:назван[аоы]?|именуе(?:тся|мая|мый|мое|мые)|называ(?:ется|ются|лась|лся|лись|"
                                r"лось|емая|емый|емое|емые)|названн(?:ая|ый|ое|ые))")
#: Every case bit: a name with all of them does not decline
_EVERY = (1 << len(CASES["ru"])) - 1


class RussianNamingRules(SourceReading):
    """The instrumental of the name a verb of naming gives."""

    def name_given(self, hit: Hit, entry: FormEntry) -> bool:
        """«назвали ОДКБ Священный союз нового царя» for "called the CSTO the new tsar's Holy Alliance", «ОДКБ
        названа «Священный союз»»: the English names something with the name after the named thing, and the
        Russian sets the name after an active verb of naming and one word between (the named thing), or right
        after a passive of naming: what something is called, the instrumental. Not after a preposition («назван
        в честь Назарбаева»), nor right after the active verb (the object: «назвали Токаева предателем»)."""
        cases = any_number(entry.cases)
        quoted = entry.surface[:1] in OPEN
        if self.language != "ru" or hit.start < 1 or not cases or cases & INS or cases & _EVERY == _EVERY \
                or (quoted and not entry.flags & DECLINED_QUOTE and entry.cases & INS) \
                or self.lx.kinds[entry.ref] == "person":
            return False
        toks, at = self.toks, hit.start
        if toks.gap(at).strip(" \u00a0" + OPEN) or toks.folded[at - 1] in PREPOSITIONS:
            return False
        before, _ = self.source_around(entry.ref)
        if before is None or not _EN_NAMING_BEFORE.search(before) or _EN_NAMING_RIGHT_BEFORE.search(before) \
                or self.english_possessive(entry.ref):
            return False    # ("called the CSTO “Russia's NATO”": the name owns what it is called, «НАТО России»)
        verb = None
        if _RU_NAMING_PASSIVE.fullmatch(toks.folded[at - 1]) and toks.words[at - 1].islower():
            verb = toks.words[at - 1]
        else:
            # (the named thing between is another name, «назвали ОДКБ …» — not a noun the name depends on, «назвали
            # защитой Казахстана», "called it defending Kazakhstan")
            named = next((h for h, other in self.pending if h.end == at and other.ref != entry.ref), None)
            if named is not None and named.start > 0 and _RU_NAMING_ACTIVE.fullmatch(toks.folded[named.start - 1]) \
                    and toks.words[named.start - 1].islower() \
                    and not CLAUSE_END.search(toks.gap(named.start).strip(" \u00a0" + OPEN + CLOSE)):
                verb = toks.words[named.start - 1]
        if verb is None:
            return False
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('ru', cases))}) after {verb!r}: the source gives "
                        "it as what something is called, the instrumental", declined=quoted)
        return True
