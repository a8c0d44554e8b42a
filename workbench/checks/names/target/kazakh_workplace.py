"""Kazakh target rules of a workplace: the body someone works at ("worked at KazMunayGas", "works for
Tengizchevroil") is where the work is done, a locative before жұмыс істеу («ҚазМұнайГазда жұмыс істеді»), and the
person someone works for is whom the work is for, a dative («Назарбаевқа жұмыс істеді»)."""

from __future__ import annotations

import re

from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_context import another_verb_form, form_of_verb
from ..kazakh_postpositions import COORDINATORS as KK_COORDINATORS
from ..kazakh_postpositions import any_postposition
from ..kazakh_words import genitive_word, may_own, oblique_noun_case, possessive_shape
from ..matcher import fold
from .english import POSSESSIVE, SourceReading
from .state import CLOSE, KK_CASES

#: an English verb of working right before the name, with "at", "in" or "for" ("worked at", "works for", "had worked
#: as a cook for", "who work at") — not "went to work for", taking a job, nor "worked with", a partner
_EN_WORKED_AT = re.compile(r"(?i)(?<!\bto\s)\bwork(?:s|ed|ing)?\s+(?:as\s+(?:an?\s+)?(?:[a-z-]+\s+){1,2}?)?"
                           r"(at|in|for)\s+(?:the\s+)?$")
#: what may stand between the name and жұмыс істеу: the job one does there in a converb («аспаз болып», "as a cook")
_KK_AS = frozenset({"болып"})
#: a word in the locative by its ending (қоғамында, орында): another place the work is done at
_KK_LOCATIVE = re.compile(r".{3,}(?:да|де|та|те)")


class KazakhWorkplaceRules(SourceReading):
    """Where the English has someone work at a body or for a person: the case Kazakh gives it before жұмыс
    істеу."""

    def kazakh_workplace(self, hit: Hit, entry: FormEntry) -> bool:
        """English "He had worked at KazMunayGas for twelve years", "Blair worked for Nazarbayev": a body worked at
        (or for) is where the work is done, which Kazakh says with the locative before жұмыс істеу («… «ҚазМұнайГаз»
        компаниясында жұмыс істеген»); a person worked for is whom it is for, a dative («Назарбаевқа … жұмыс
        істеді»). Where the clause after the name ends its noun phrase at жұмыс істеу (its verb, participle or
        converb, nothing between but adverbs of time, and a job one does there, «аспаз болып»), any other case of
        the name («ҚазМұнайГазды», «Теңізшевройлдан», «компаниясына») is the object or source of nothing there.
        Left alone: a name the English makes the modifier or owner of a noun after it ("at the KazMunayGas office",
        "at KazMunayGas's refinery"), one before a postposition («Назарбаев үшін»), one before another noun it may
        own or another place in the locative («ҚазМұнайГаз кеңсесінде»), a body worked *for* in the dative (whom
        the work serves, «Sinopec-ке жұмыс істейтін»), a name a list's last one gives its case to
        («Назарбаев пен Тоқаевқа»), and a clause with another verb between."""
        cases = entry.cases & KK_CASES
        kind = self.lx.kinds[entry.ref]
        before_en, after_en = self.source_around(entry.ref)
        found = _EN_WORKED_AT.search(before_en or "")
        if entry.flags & EXTRA or not cases or found is None or after_en.startswith(POSSESSIVE) \
                or self.english_noun_after(entry.ref):
            return False
        if kind == "person":
            if found.group(1).lower() != "for":
                return False
            wanted, bit = "dat", KK_DAT
        else:
            wanted, bit = "loc", KK_LOC
        if cases & bit or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return False
        words = self._clause_after(hit)
        at = next((k for k in range(1, len(words)) if words[k].islower() and form_of_verb(words[k], "істе")
                   and fold(words[k - 1]) in ({"жұмыс"} | _KK_AS)), None)
        if at is None or any_postposition(words[0]) or fold(words[0]) in KK_COORDINATORS \
                or any(self.covered[k] for k in range(hit.end, hit.end + at)):
            return False    # (the case of a list goes on its last name: «ҚазМұнайГаз» бен «Теңізшевройлда»)
        # (a span of time may stand between: «он жыл бойы», "for ten years")
        between = [fold(word) for word in words[:at - 1] if fold(word) not in _KK_AS and fold(word) != "бойы"]
        if another_verb_form(between) or any(_KK_LOCATIVE.fullmatch(word) or oblique_noun_case(word) == "loc"
                                             or ((possessive_shape(word) or genitive_word(word))
                                                 and not any_postposition(word)) for word in between):
            return False    # another place («… қоғамында»), or a noun the name owns («… компаниясының бұрғышысы»)
        if cases & KK_NOM and (possessive_shape(fold(words[0])) or may_own(fold(words[0]))) and at > 1:
            return False    # a bare name may be the first half of a compound: «ҚазМұнайГаз кеңсесі …»
        if wanted == "loc" and cases == KK_DAT and found.group(1).lower() == "for":
            return False    # a body worked for may be whom the work serves: «Sinopec-ке жұмыс істейтін мердігер»
        where = "whom the work is for, a dative" if wanted == "dat" else "where the work is done, a locative"
        verb = " ".join(words[at - 1:at + 1])
        self.wrong_case(hit, entry, wanted, f"({'/'.join(cases_of('kk', cases))}) before {verb!r} where the source "
                        f"has it worked {found.group(1).lower()}: {where}")
        return True
