"""Kazakh target rules of a bare owner: a name the English makes an owner ("the statement of the Socialist
Movement of Kazakhstan", "Nazarbayev's son-in-law") written with no genitive where Kazakh grammar allows none —
a name that is itself a possessed compound («… партиясы», «… комитеті») before the noun it owns."""

from __future__ import annotations

import re

from ..forms import EXTRA, FormEntry, Hit
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_postpositions import any_postposition
from ..kazakh_words import ADVERBIAL_POSSESSED, may_own, possessed_noun, possessed_object
from ..matcher import fold
from .english import SourceReading
from .state import KK_CASES, OPEN

#: the last word of a name that is a possessed compound in the nominative (партиясы, комитеті, ұйымы, облысы)
_KK_POSSESSED_HEAD = re.compile(r".{2,}(?:ы|і)")
#: a locative made an attribute (құрамындағы, аумағындағы): a postpositional noun before another noun, whose owner
#: a fixed phrase may leave bare («Кеңес Одағы құрамындағы республикалар»)
_KK_ATTRIBUTIVE_LOCATIVE = re.compile(r".{2,}(?:дағы|дегі|тағы|тегі|ндағы|ндегі)")
#: possessed nouns of place or agency that make a postposition with a bare name before them («… ұйымы атынан», "on
#: behalf of"; «… кеңесі тарапынан», "by"; «… ұйымы аясында», "within the framework of")
_KK_POSTPOSITIONAL_NOUNS = frozenset("атынан атымен тарапынан аясында шеңберінде кезінде тұсында".split())
#: a genitive: the owned noun owns in its turn, and the bare first link of such a chain is a name's compound
#: («Маңғыстау облысы әкімдігінің баспасөз қызметі»)
_KK_GENITIVE = re.compile(r".{2,}(?:ның|нің|дың|дің|тың|тің)")
#: a word of wholeness before the name («бүкіл Маңғыстау облысы», "the whole of"): the name is counted whole, and
#: an adjective after it that looks possessed (жалпы "general") is owned by no one
_KK_WHOLE = frozenset("бүкіл барлық күллі тұтас".split())
#: an ablative (мүшелерінен, "from its members"): a source, where a fixed phrase may keep the owner bare
_KK_ABLATIVE = re.compile(r".{2,}(?:нан|нен|дан|ден|тан|тен)")
#: words that may stand between an owner and its noun inside one noun phrase: numerals and quantifiers
_KK_COUNT_WORDS = frozenset("бір екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу жүз мың "
                            "бірнеше көптеген кейбір барлық".split())


class KazakhOwnerRules(SourceReading):
    """A Kazakh name the English makes an owner, written bare where only a genitive can own."""

    def kazakh_possessed_name_bare_owner(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the statement of the Socialist Movement of Kazakhstan", "the Communist Party of Kazakhstan's
        property": the name owns the noun after it. A bare name may own a noun in Kazakh only as the plain first
        half of a compound («Тоқаев үкіметі»); a name that is itself possessed — its last word with the
        third-person possessive (қозғалысы, партиясы, комитеті, облысы) — cannot: its own possessive ending
        closes it, and it owns the next noun only in the genitive («Қазақстан социалистік қозғалысының
        мәлімдемесі», not «… қозғалысы мәлімдемесі»). A number between belongs to the owned noun («Атырау
        облысының төрт тұрғыны»). Left alone: an owned noun that owns in its turn (a genitive, or a title's chain,
        «Қауіпсіздік кеңесі төрағасы қызметінен»), one in the ablative, a postpositional noun («… ұйымы атынан»,
        "on behalf of"), and a name counted whole («бүкіл Маңғыстау облысы жалпы ереуілге шықты»)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or entry.surface[:1] in OPEN \
                or hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0"):
            return False
        last = fold(self.toks.words[hit.end - 1])
        if hit.end - hit.start < 2 or not _KK_POSSESSED_HEAD.fullmatch(last) or not possessed_noun(last) \
                or not (self.english_possessive(entry.ref)
                        or self.after_of(entry.ref)) \
                or (hit.start > 0 and self.toks.folded[hit.start - 1] in _KK_WHOLE):
            return False
        k = hit.end
        if fold(self.toks.words[k]) in _KK_COUNT_WORDS and k + 1 < self.n and not self.toks.gap(k + 1).strip(" \u00a0"):
            k += 1
        word = self.toks.words[k]
        low = fold(word)
        if self.covered[k] or not word[:1].isalpha() or any_postposition(word) or low in ADVERBIAL_POSSESSED \
                or low in _KK_POSTPOSITIONAL_NOUNS or _KK_ATTRIBUTIVE_LOCATIVE.fullmatch(low) \
                or _KK_GENITIVE.fullmatch(low) or _KK_ABLATIVE.fullmatch(low) \
                or not (possessed_noun(low) or possessed_object(low) or may_own(low)):
            return False
        if k + 1 < self.n and not self.toks.gap(k + 1).strip(" \u00a0") and self.toks.words[k + 1].islower() \
                and possessed_noun(word) and may_own(self.toks.folded[k + 1]):
            return False    # «Қауіпсіздік кеңесі төрағасы қызметінен»: a title, bare links the last one closes
        owned = " ".join(self.toks.words[hit.end:k + 1])
        self.wrong_case(hit, entry, "gen", f"(nom) before {owned!r}: the source makes it the owner, and a name that "
                        "ends in a possessive itself owns the next noun only in the genitive")
        return True
