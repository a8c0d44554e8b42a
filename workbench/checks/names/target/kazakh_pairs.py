"""Kazakh target rules of pairs and contrasts: two members joined by «және» (a name and a noun), paired by
the particles «да/де … да/де» or set against each other by «… емес, …» fill one slot of a verb and share one
case; a name in another case than its partner's is reported with that case."""

from __future__ import annotations

import re

from ..english_context import right_before
from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_context import (
    PAIR_PARTICLES,
    clause_verb_case,
    dative_predicative,
    finite_verb,
    partner_clause,
    without_clause_particles,
)
from ..kazakh_heads import CASE_BIT as KK_CASE_BIT
from ..kazakh_postpositions import postposition, postposition_case
from ..kazakh_words import (
    accusative_word,
    any_verbal_noun,
    case_by_ending,
    determiner,
    embedded_verb,
    ends_in_case,
    genitive_word,
    oblique_noun_case,
    participle,
)
from ..matcher import fold
from .english import EN_AND_AFTER
from .kazakh_headed import KazakhHeadRules
from .state import CLOSE, KK_CASE_OF_PREPOSITION, KK_CASES, OPEN, SENTENCE_END

#: "and" and, within a few words, a name (two capitalised words, or one that is no nationality's
#: adjective): the second member of the pair names someone ("and from the Ukrainian historian Marko
#: Bojcun"; not "and several Chinese partners")
_EN_AND_A_NAME = re.compile(r"\s+and\s+(?:(?!that\b|which\b|who\b)[\w-]+\s+){0,4}?"
                            r"(?:[A-Z][a-z]+\s+[A-Z]|[A-Z](?![a-z]*(?:ese|ian|an|ish|ic)\b))")
#: the three an ending shows on a noun of its own (:func:`oblique_noun_case`)
_KK_CASE_BITS = {case: KK_CASE_BIT[case] for case in ("dat", "abl", "ins")}
#: English words that pair two members before or after a name ("both", "neither … nor", "not only …
#: but also"), as the Kazakh particles of :data:`PAIR_PARTICLES` do
_EN_PAIR_BEFORE = re.compile(r"(?i)\b(?:and|or|nor|but|also|as\s+well\s+as|both|either|neither|only)\s+"
                             r"(?:from|to|with|in|by|on|against)?\s*(?:the\s+)?$")
_EN_PAIR_AFTER = re.compile(r"(?i)\s*,?\s+(?:and|or|nor|but|as\s+well\s+as)\s")
#: The English preposition right before a name that asks for one Kazakh case
_EN_LAST_PREPOSITION = right_before("(from|to|with)")
#: adverbs that focus the word after them («тек ұмытудан», "only forgetting"; «көбіне Путинге», "mostly Putin")
_KK_FOCUS_ADVERBS = frozenset("тек көбіне негізінен тіпті әсіресе керісінше бәрінен".split())


class KazakhPairRules(KazakhHeadRules):
    """Kazakh names paired or contrasted with another member."""

    def kazakh_pair_with_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """English "support for Roza Tuletaeva and all political prisoners": a name joined by "and" to
        a common noun shares its case, which Kazakh puts on both or only on the last («Роза Төлетаеваға
        және барлық саяси тұтқындарға», «Роза Төлетаева және … тұтқындарға»). A name in another case
        before және and a noun in the dative, ablative or instrumental is a wrong inflection. (Genitives inside the
        second member are its own possessors: «Тоқаевты және үкіметтің саясатын».)"""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & KK_NOM or hit.end + 1 >= self.n \
                or self.toks.folded[hit.end] not in ("және", "әрі", "немесе") \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) or self.toks.gap(hit.end + 1).strip(" \u00a0") \
                or not EN_AND_AFTER.match(self.source_around(entry.ref)[1]):
            return False
        if _EN_AND_A_NAME.match(self.source_around(entry.ref)[1]):
            return False    # "… and from the Ukrainian historian Marko Bojcun": the second member is a name's
        for k in range(hit.end + 1, min(self.n, hit.end + 5)):
            # (quotes around a word of the second member are no break: «оның «коммунистеріне»»)
            if k > hit.end + 1 and self.toks.gap(k).strip(" \u00a0" + OPEN + CLOSE):
                return False
            word, low = self.toks.words[k], self.toks.folded[k]
            if self.covered[k] and word.islower():
                continue            # a name made an adjective (қытайлық серіктеспен)
            if self.covered[k] or not word.islower():
                return False        # another name: the list rules' business
            if genitive_word(low):
                continue
            if embedded_verb(low) or postposition(low) is not None or accusative_word(low):
                return False        # past the second member («… белсенділерді босатуға»), or not a noun's case
            if cases & KK_LOC and len(low) > 4 and ends_in_case(low, "loc"):
                return False        # «Қарағанды облысында және шығыста»: the second member, in the name's locative
            name = oblique_noun_case(low)
            after = self.toks.folded[k + 1] if k + 1 < self.n else ""
            if name is None or participle(after) or (name == "dat" and (
                    dative_predicative(after) or after.startswith("мүше")
                    or postposition_case(after) == "dat")):
                # no case of these; «түрмеге қамалған»: the participle's own dative; «ұйымға мүше елдердің»,
                # "member states": the dative the next word takes
                continue
            case = _KK_CASE_BITS[name]
            if cases & case:
                return False
            self.wrong_case(hit, entry, name, f"({'/'.join(cases_of('kk', cases))}) joined by "
                            f"{self.toks.words[hit.end]!r} to {word!r} ({name}): the two share one case")
            return True
        return False

    def kazakh_particle_pair(self, hit: Hit, entry: FormEntry) -> bool:
        """English "trust neither Tokayev nor his promises", "not only from Russia but also from
        China": Kazakh pairs the two with a particle after each («Тоқаевқа да, уәделеріне де»,
        «Ресейден ғана емес, Қытайдан да»), and the two share one case. A name whose case the other
        member, a noun in the dative, ablative or instrumental, does not share is wrong; against
        another name, only where the English preposition before this one ("from", "to", "with")
        asks for the other's case."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or hit.end >= self.n \
                or self.toks.folded[hit.end] not in PAIR_PARTICLES \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not (_EN_PAIR_BEFORE.search(before_en) or _EN_PAIR_AFTER.match(after_en)):
            return False
        k = self._pair_member_after(hit.end + 1) if hit.end + 1 < self.n and "," in self.toks.gap(hit.end + 1) \
            else None
        if k is None:
            k = self._pair_member_before(hit.start)
        if k is None:
            return False
        theirs = next((e for h, e in self.pending if h.start <= k < h.end), None)
        if theirs is not None:
            their_cases = theirs.cases & KK_CASES
            found = _EN_LAST_PREPOSITION.search(before_en)
            name = next((c for c, bit in _KK_CASE_BITS.items() if bit == their_cases), None)
            if name is None or ((found is None or KK_CASE_OF_PREPOSITION[found.group(1).lower()] != their_cases)
                                and not (k > hit.end and self._pair_verb_case(k) == name)):
                # (or, the other member after this one, the case the verb after the pair governs: «Ресейге де,
                # Қытаймен де шектеседі», "borders both Russia and China")
                return False
        else:
            if self.covered[k] or not self.toks.words[k].islower():
                return False
            # (or an ending only an accusative has: «Қауіпсіздік кеңесін де, билеуші партияны да»)
            name = case_by_ending(self.toks.folded[k])
            if name is None:
                return False
        if cases & KK_CASE_BIT[name]:
            return False
        self.wrong_case(hit, entry, name, f"({'/'.join(cases_of('kk', cases))}) paired by "
                        f"{self.toks.words[hit.end]!r} with {self.toks.words[k]!r} ({name}): the two share one case")
        return True

    def _pair_verb_case(self, k: int) -> str | None:
        """The case the verb that ends the clause after a pair's second member (its last token *k*, the particle
        after it) governs of its object or partner (шектеседі: the instrumental), or None."""
        words = without_clause_particles(self.toks.words[k + 2:self._clause_end(k + 2)]) if k + 2 < self.n else []
        if words and words[0].islower() and participle(fold(words[0])):
            words = words[:1]       # «Ресейге де, Қытаймен де шектесетін Қазақстан»: the participle right after it
        if not words or not words[-1].islower():
            return None
        if partner_clause(words):
            return "ins"
        return clause_verb_case(words[-1], words[-2] if len(words) > 1 else "")

    def _pair_member_after(self, start: int) -> int | None:
        """The token of the second member of a pair («…, оның уәделеріне де»): the word right before
        the next particle, within a few words and no punctuation; None if there is none."""
        for k in range(start, min(self.n, start + 5)):
            if k > start and self.toks.gap(k).strip(" \u00a0"):
                return None
            if self.toks.folded[k] in PAIR_PARTICLES:
                return k - 1 if k > start else None
        return None

    def _pair_member_before(self, start: int) -> int | None:
        """The token of the first member of a pair before the name («Ресейден ғана емес, …», «Ресейден
        да, …»), or None."""
        if start < 2 or "," not in self.toks.gap(start):
            return None
        folded = self.toks.folded
        if folded[start - 1] in PAIR_PARTICLES and not self.toks.gap(start - 1).strip(" \u00a0" + CLOSE):
            return start - 2
        if start >= 3 and folded[start - 1] == "емес" and folded[start - 2] == "ғана":
            return start - 3
        return None

    def kazakh_contrast(self, hit: Hit, entry: FormEntry) -> bool:
        """«прокурорлар «Өзенмұнайгаз» компаниясы емес, ереуілшілерді тергеді» ("investigated the
        strikers, not Ozenmunaigas"): the two sides of «X емес, Y» fill one slot of the verb, in
        one case; a name before емес in another case than the word after the comma (one whose
        ending shows its case) is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or hit.end + 1 >= self.n or self.toks.folded[hit.end] != "емес" \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) or self.toks.gap(hit.end + 1).strip() != "," \
                or not self.toks.words[hit.end + 1].islower():
            return False
        # (past the second side's determiners: «Ресейді емес, өз халқынан», "its own people, not Russia")
        at = hit.end + 1
        # (and focusing adverbs: «Назарбаевтан емес, тек ұмытудан», "not Nazarbayev but only forgetting")
        while at + 1 < self.n and self.toks.words[at + 1].islower() and not self.toks.gap(at + 1).strip(" \u00a0") \
                and (determiner(self.toks.folded[at]) or self.toks.folded[at] in _KK_FOCUS_ADVERBS):
            at += 1
        other = fold(self.toks.words[at])
        case = case_by_ending(other)
        # (past a bare noun of a compound whose last word carries the case: «наразылық білдірушілерге», "the
        # protesters")
        if case is None and at + 1 < self.n and self.toks.words[at + 1].islower() \
                and not self.toks.gap(at + 1).strip(" \u00a0") and not any_verbal_noun(other) \
                and not embedded_verb(other) and not finite_verb(other):
            at += 1
            other = fold(self.toks.words[at])
            case = case_by_ending(other)
        if case is None or cases & KK_CASE_BIT[case]:
            return False
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) before «емес,» and "
                        f"{self.toks.words[at]!r}: both sides of the contrast are in one case, the {case}")
        return True

    def kazakh_contrast_second(self, hit: Hit, entry: FormEntry) -> bool:
        """«Тек Тоқаевты ғана емес, ең алдымен … Назарбаевтың.» ("not only Tokayev but above all
        Nazarbayev"): the second side of «X емес, … Y» that ends the sentence fills the slot X fills, in
        X's case; a name there in another case than a first side whose case is certain (a name of
        one case, or a word whose ending shows it) is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or entry.surface[:1] in OPEN \
                or (hit.end < self.n and not SENTENCE_END.search(self.toks.gap(hit.end))):
            return False
        at = next((k for k in range(hit.start - 1, 0, -1)
                   if (self.toks.folded[k] == "емес" and self.toks.gap(k + 1).strip() == ",")
                   or SENTENCE_END.search(self.toks.gap(k))), None)
        if at is None or self.toks.folded[at] != "емес" or any(h.start > at and h.start < hit.start
                                                               for h, _ in self.pending):
            return False        # (another name between: the first after the comma is the second side)
        first = at - 1
        if first > 0 and self.toks.folded[first] in ("ғана", "ғой", "да", "де", "та", "те"):
            first -= 1
        own = next((e for h, e in self.pending if h.end == first + 1 and not e.flags & EXTRA), None)
        if own is not None:
            theirs = own.cases & KK_CASES
            named = cases_of("kk", theirs)
            case = named[0] if len(named) == 1 else None
        else:
            other = self.toks.folded[first]
            case = case_by_ending(other)
        if case is None or case == "nom" or cases & KK_CASE_BIT[case]:
            return False
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) as the second side of «"
                        f"{self.toks.words[first]} … емес, …»: both sides of the contrast are in one case, the {case}")
        return True
