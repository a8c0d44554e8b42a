"""Kazakh nouns and predicatives that govern the case of a name right before them: membership
(мүше, мүшелік) takes the dative of what one is a member of («ҰҚШҰ-ға мүше», «ЕАЭО-ға мүшелігі»)."""

from __future__ import annotations

import re

from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ABL as KK_ABL
from ..kazakh_context import ACC as KK_ACC
from ..kazakh_context import INS as KK_INS
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_context import PAIR_PARTICLES
from .kazakh_sources import KazakhSourceRules
from .state import KK_CASES

#: "member" (bare: мүшесі, with the possessive, is the member *of* a genitive or a bare name, «ҰҚШҰ
#: мүшесі») and "membership" in any form
_KK_MEMBER = re.compile(r"мүше|мүшелі[кг]\w*")
#: English "member" or "membership" anywhere in the sentence
_EN_MEMBER = re.compile(r"(?i)\bmember")


class KazakhNounRules(KazakhSourceRules):
    """Names before a noun or predicative that governs their case."""

    def kazakh_member_of(self, hit: Hit, entry: FormEntry) -> bool:
        """English "a member of both the CIS and the SCO", "membership of the EAEU": what one is a member
        of is the dative of мүше or мүшелік («Шанхай ынтымақтастық ұйымына да мүше», «Еуразиялық
        экономикалық одаққа мүшелігі»); a locative, accusative, ablative or instrumental right
        before them (past «да») is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_LOC, KK_ACC, KK_ABL, KK_INS) or not _EN_MEMBER.search(self.source):
            return False
        k = hit.end
        if k + 1 < self.n and self.toks.folded[k] in PAIR_PARTICLES and not self.toks.gap(k + 1).strip(" \u00a0"):
            k += 1
        if k >= self.n or self.toks.gap(k).strip(" \u00a0") or not _KK_MEMBER.fullmatch(self.toks.folded[k]):
            return False
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) before {self.toks.words[k]!r}: what one is a "
                        "member of is a dative")
        return True
