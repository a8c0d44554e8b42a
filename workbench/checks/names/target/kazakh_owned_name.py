"""Kazakh target rule of a name that is itself owned: "Russia's NATO", "the new tsar's Holy Alliance". Kazakh says
the owned noun with the third-person possessive after its owner's genitive («Ресейдің НАТО-сы», «жаңа патшаның
Қасиетті одағы»); a name left bare after the genitive («Ресейдің НАТО») is one the genitive cannot own."""

from __future__ import annotations

import re

from ..forms import EXTRA, FormEntry, Hit
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_heads import VOICED, VOWELS
from ..kazakh_postpositions import COORDINATORS as KK_COORDINATORS
from ..kazakh_words import genitive_word, possessed_noun, possessive_shape
from ..matcher import fold
from .english import POSSESSIVE, SourceReading
from .state import CLOSE, KK_CASES, OPEN

#: The English "'s" right before the name ("Russia's NATO", "the new tsar's Holy Alliance"; not past other words,
#: "Green's article on Zhanaozen", where the owned noun is another)
_EN_OWNED_AFTER = re.compile(r"(?:'s|\u2019s)\s+$")


def _possessed(word: str) -> str:
    """*word*, a Kazakh noun in Cyrillic letters, with the third-person possessive: -сы/-сі after a vowel, -ы/-і
    after a consonant, voiced (одақ → одағы), by the vowel harmony of its last vowel."""
    last_vowel = next((c for c in reversed(word.lower()) if c in VOWELS), "а")
    front = last_vowel in "әеөүіи"
    if word[-1:].lower() in VOWELS:
        return word + ("сі" if front else "сы")
    return word[:-1] + VOICED.get(word[-1], word[-1]) + ("і" if front else "ы")


class KazakhOwnedNameRules(SourceReading):
    """A Kazakh name the English makes owned ("Russia's NATO") left without the possessive."""

    def kazakh_owned_name_bare(self, hit: Hit, entry: FormEntry) -> None:
        """English "Russia's NATO", "the new tsar's Holy Alliance": the name is what the owner before it owns,
        and Kazakh puts the possessive on it («Ресейдің НАТО-сы», «жаңа патшаның Қасиетті одағы»). A bare name
        right after a genitive («Ресейдің НАТО») is reported, the possessive offered. Only where the English "'s"
        stands right before the name (a genitive before a name may own a noun further on, the name that noun's
        complement: «Тоқаевтың Мәскеуге сапары»), for a name that is no person, whose own last word has no
        possessive (Ұлттық қауіпсіздік комитеті has one, and stays as it is after a genitive), and that modifies
        no noun after it, in either language ("Kazakhstan's Zhanaozen oil workers": «Қазақстанның Жаңаөзен
        мұнайшылары», the genitive's noun the possessed one further on)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or self.lx.kinds[entry.ref] == "person" \
                or entry.surface[:1] in OPEN or hit.start == 0 or hit.end > self.n:
            return
        if hit.end < self.n and (self.toks.gap(hit.end) == "-" or self.toks.folded[hit.end] in KK_COORDINATORS):
            return      # (its ending after a hyphen, «НАТО-сы», is the name's own; a list's names share a noun further
                        # on, «Қытайдың CNPC және Sinopec компаниялары»)
        if not re.search(r"[а-яәғқңөұүһі]", entry.base.lower()):
            return      # (a name in Latin letters names its company bare, before the generic noun: «CNPC компаниясы»)
        last = fold(entry.base.split()[-1])
        if fold(self.toks.words[hit.end - 1]) != last or last[-1:] in ("ы", "і") or possessive_shape(last):
            return      # (written with an ending, or a name whose last word is possessed already)
        if self.toks.gap(hit.start).strip(" \u00a0" + OPEN) or not genitive_word(self.toks.folded[hit.start - 1]):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_OWNED_AFTER.search(before_en) or after_en.startswith(POSSESSIVE) \
                or self.english_noun_after(entry.ref):
            return
        for k in range(hit.end, min(self.n, hit.end + 3)):
            if self.toks.gap(k).strip(" \u00a0" + CLOSE) or not self.toks.words[k].islower():
                break
            if possessed_noun(self.toks.words[k]):
                return  # a possessed noun after it, a bare word or two between: the genitive's, the name its
                        # compound's first half («Қазақстанның Қашаған кен орны»)
        words = entry.base.split()
        suggestion: str | None = " ".join([*words[:-1], _possessed(words[-1])]) if words[-1][1:].islower() \
            else self.lx.kazakh_same_ending(entry.ref, entry.base, "", suffix="сы")     # (НАТО-сы)
        offending = self.offending_of(hit, entry)
        if suggestion == entry.base:
            suggestion = None
        self.cover(hit.start, hit.end)
        self.accounted.add(entry.ref)
        self.add("target-wrong-inflection", f"{offending!r} after the genitive {self.toks.words[hit.start - 1]!r}: "
                 "the source's \"'s\" makes the name what the genitive owns, which takes the possessive"
                 + (f"; expected {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)
