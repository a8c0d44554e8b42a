"""Kazakh target rules of a span of time counted from an event: "ten years after the Zhanaozen
massacre" is «Жаңаөзен қырғынынан он жыл өткен соң» (from it, ten years passed), "ten years since
the massacre" «… қырғынына он жыл толды» (to it, ten years were filled), "a week before Independence
Day" «Тәуелсіздік күнінен бір апта бұрын» or «… күніне бір апта қалғанда» (to it, a week was left).
The verb or postposition after the span, not the English preposition, says the case of the event
the span is counted from or to."""

from __future__ import annotations

import re

from ..english_context import right_before
from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ABL as KK_ABL
from ..kazakh_context import DAT as KK_DAT
from .english import SourceReading
from .state import KK_CASES

#: English right before an event a span of time is counted from or to ("ten years after the", "a week
#: before", "since the", "the tenth anniversary of the")
_EN_SPAN_FROM = right_before(r"after|before|since|anniversary\s+of")
#: The number of a span: figures, the number words, «бірнеше» ("several"), «жарты» ("half")
_KK_NUMBER = re.compile(r"\d+(?:[.,]\d+)?|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|алпыс"
                        r"|жетпіс|сексен|тоқсан|жүз|мың|бірнеше|жарты|бір-екі|екі-үш")
#: Words that may stand between the event and the number: «небәрі», «бар-жоғы» ("only"), «тура», «дәл»
#: ("exactly"), «шамамен» ("about"), «кемінде» ("at least"), «арада» ("in between"), «тағы» ("another")
_KK_SPAN_ADVERBS = frozenset("небәрі бар-жоғы тура дәл шамамен кемінде арада тағы".split())
#: The units of a span, bare (the count, «он жыл»)
_KK_SPAN_UNITS = frozenset("жыл ай апта күн сағат минут ғасыр".split())
#: What ends the span and the case it wants of the event: passing from it (өтті, өткен соң), after and
#: before it (кейін, соң, бұрын) an ablative; being filled or left to it (толды, қалғанда) a dative
_KK_SPAN_ENDS = ((re.compile(r"(?:өт(?!кіз)\w*|кейін|соң|бұрын)"), KK_ABL, "abl"),
                 (re.compile(r"(?:тол(?!ық)\w*|қал(?:ды|ған|са|ып|ады|ар)\w*)"), KK_DAT, "dat"))


class KazakhSpanRules(SourceReading):
    """A Kazakh name an English span of time is counted from or to."""

    def kazakh_span_from_event(self, hit: Hit, entry: FormEntry) -> bool:
        """English "ten years after the Zhanaozen massacre": right before the span («он жыл»), the
        event takes the case of the verb or postposition that ends it — an ablative before «өткен
        соң», «кейін», «бұрын» («Жаңаөзен қырғынынан он жыл өткен соң»), a dative before «толды»,
        «қалғанда» («Жаңаөзен қырғынына он жыл толды»). A bare name there («Жаңаөзен қырғыны он жыл
        өткен соң») or another case is wrong. True when it reported one."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or not _EN_SPAN_FROM.search(self.source_before(entry.ref)):
            return False
        k = hit.end
        while k < self.n and self.toks.folded[k] in _KK_SPAN_ADVERBS and k < hit.end + 2:
            k += 1
        first = k
        while k < self.n and _KK_NUMBER.fullmatch(self.toks.folded[k]) and k < first + 3:
            k += 1
        if k == first or k + 1 >= self.n or self.toks.folded[k] not in _KK_SPAN_UNITS \
                or any(self.toks.gap(j).strip(" \u00a0") for j in range(hit.end, k + 2)):
            return False
        end = self.toks.folded[k + 1]
        found = next(((mask, case) for pattern, mask, case in _KK_SPAN_ENDS if pattern.fullmatch(end)), None)
        if found is None or cases & found[0]:
            return False
        span = " ".join(self.toks.words[first:k + 2])
        self.wrong_case(hit, entry, found[1], f"({'/'.join(cases_of('kk', cases))}) right before the span "
                        f"{span!r}, counted from the event the source puts it after \"after\", \"before\" or "
                        f"\"since\": what ends the span takes the {found[1]}")
        return True
