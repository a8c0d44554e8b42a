"""Kazakh target rule of a person's kin: "Nazarbayev's son-in-law" is «Назарбаевтың күйеу баласы». A noun of
kinship names a relation to one particular person, who owns it in the genitive; a bare name before it is no
compound's first half, as before a noun of a kind («Тоқаев үкіметі»), and an accusative owns nothing."""

from __future__ import annotations

import re

from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ACC as KK_ACC
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_words import genitive_word, passive_verbal_noun, possessed_verbal_noun
from ..matcher import fold
from .english import POSSESSIVE, SourceReading
from .state import KK_CASES

#: The English "'s" and a noun of kinship after it, past up to two words of its own ("Nazarbayev's eldest
#: daughter", "two of Nazarbayev's sons-in-law", "Ainur Kurmanov's brother", "Nazarbayev's relatives")
_EN_KIN_AFTER = re.compile(
    r"(?i)(?:'s|\u2019s)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:(?:sons?|daughters?|brothers?|sisters?)(?:-in-law)?|sons-in-law|daughters-in-law|child(?:ren)?"
    r"|wi(?:fe|ves)|husbands?|spouses?|fathers?|mothers?|parents|siblings|grand(?:son|daughter|child|children"
    r"|father|mother)s?|nephews?|nieces?|cousins?|uncles?|aunts?|relatives"
    r"|in-laws)\b")
#: A Kazakh noun of kinship with the third-person possessive (its plural too) and any case after it: баласы,
#: күйеу баласы («күйеубаласы» written as one), қызы, ұлдары, әйелі, інісінен, туыстарының, немерелері.
#: Not отбасы ("family") nor ұрпақтары ("descendants"), which name a house or a line after the person as a
#: compound's head («Назарбаев отбасының байлығы», "the Nazarbayev family's fortune")
_KK_KIN = re.compile(
    r"(?:бала|балалар|күйеубала|ұл|ұлдар|қыз|қыздар|әйел|күйеу|жұбай|зайыб|әке|ана|шеше|аға|ағалар|іні|інілер"
    r"|апа|әпке|қарындас|сіңлі|бауыр|бауырлар|немере|немерелер|жиен|жиендер|туыс|туыстар|туысқан|туысқандар"
    r"|ата|әже|келін|құда|жезде|жеңге|нағашы)(?:сы|сі|ы|і)"
    r"(?:н|на|не|нда|нде|нан|нен|мен|ның|нің)?")


class KazakhKinRules(SourceReading):
    """A Kazakh person the English makes the owner of a relative ("'s son-in-law")."""

    def kazakh_kin_owner(self, hit: Hit, entry: FormEntry) -> None:
        """English "Nazarbayev's son-in-law lost his post": the person owns the relative, and Kazakh says
        so with the genitive («Назарбаевтың күйеу баласы»). A bare person before a noun of kinship with
        the possessive («Назарбаев күйеу баласы»), or an accusative there, which owns nothing, is wrong.
        Only where the English "'s" itself comes before a noun of kinship: without it a bare subject may
        stand before its own relative, the object of its verb («Назарбаев қызын қызметке тағайындады»,
        "Nazarbayev appointed his daughter"). Up to two words may stand between (a number: «екі күйеу
        баласы»; the compound's first half: күйеу), no other name and no genitive, which would own the noun
        in its stead. Not a dative: «Назарбаевқа күйеу баласы болып келеді» says a relation *to* him."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_NOM, KK_ACC) or self.lx.kinds[entry.ref] != "person" \
                or hit.end >= self.n:
            return
        _, after_en = self.source_around(entry.ref)
        if not _EN_KIN_AFTER.match(after_en):
            return
        for k in range(hit.end, min(self.n, hit.end + 3)):
            word, low = self.toks.words[k], self.toks.folded[k]
            if self.toks.gap(k).strip(" \u00a0") or self.covered[k] or not (word.islower() or word.isdigit()):
                return
            if _KK_KIN.fullmatch(low):
                break
            if genitive_word(low):
                return
        else:
            return
        kin = self.toks.span_text(hit.end, k + 1)
        self.wrong_case(hit, entry, "gen", f"({cases_of('kk', cases)[0]}) before {kin!r}: the source's \"'s\" "
                        "makes the person the relative's owner, which is a genitive")

    def kazakh_person_subject_of_passive_verbal_noun(self, hit: Hit, entry: FormEntry) -> None:
        """English "Massimov's arrest", "the detention of Karim Massimov": what was done to the person, which
        Kazakh says with a passive's verbal noun with the possessive, the person its subject in the genitive
        («Мәсімовтің тұтқындалуы», «… ұсталуы»). A bare person right before it («Мәсімов тұтқындалуы») is that
        subject left without its genitive: the one a passive acts on is no compound's first half naming a kind
        of thing («Тоқаев үкіметі»), and an active verbal noun, which a bare name right before may still head
        («Назарбаев кетуі», the older rule's choice), is left alone. Only where the English puts "'s" right
        after the person or "of" before it; across other words the older rule
        (:meth:`kazakh_bare_subject_of_verbal_noun`) reads it."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or self.lx.kinds[entry.ref] != "person" \
                or hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0") or self.covered[hit.end]:
            return
        word = self.toks.words[hit.end]
        low = fold(word)
        if not word.islower() or not possessed_verbal_noun(low) or not passive_verbal_noun(low) \
                or not (self.source_around(entry.ref)[1].startswith(POSSESSIVE) or self.after_of(entry.ref)):
            return
        self.wrong_case(hit, entry, "gen", f"(nom) right before {word!r}, a passive's verbal noun with the "
                        "possessive: the source makes the person its subject, which is a genitive")
