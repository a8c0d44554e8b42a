"""Kazakh target rules of a bare owner: a name the English makes an owner ("the statement of the Socialist
Movement of Kazakhstan", "Nazarbayev's son-in-law") written with no genitive where Kazakh grammar allows none —
a name that is itself a possessed compound («… партиясы», «… комитеті») before the noun it owns."""

from __future__ import annotations

import re

from ..english_context import right_before
from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ACC as KK_ACC
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_postpositions import any_postposition, genitiveless_postposition, wants_person_genitive
from ..kazakh_words import (
    ADVERBIAL_POSSESSED,
    adjective_shaped,
    any_verbal_noun,
    case_by_ending,
    genitive_word,
    may_own,
    nominal_copula,
    nominalised_verb,
    participle,
    place_adjective,
    possessed_noun,
    possessed_object,
    possessed_oblique,
    possessive_shape,
)
from ..matcher import fold
from .english import SourceReading
from .kazakh_possession import ATTRIBUTE_TAILS
from .state import CLOSE, KK_CASES, OPEN

#: the last word of a name that is a possessed compound in the nominative (партиясы, комитеті, ұйымы, облысы, not a
#: patronymic, Байтұрсынұлы)
_KK_POSSESSED_HEAD = re.compile(r".{2,}(?:ы|і)")
#: a locative made an attribute (құрамындағы, аумағындағы): a postpositional noun before another noun, whose owner
#: a fixed phrase may leave bare («Кеңес Одағы құрамындағы республикалар»)
_KK_ATTRIBUTIVE_LOCATIVE = re.compile(r".{2,}(?:" + "|".join(ATTRIBUTE_TAILS) + ")")
#: possessed nouns of place or agency that make a postposition with a bare name before them («… ұйымы атынан», "on
#: behalf of"; «… кеңесі тарапынан», "by"; «… ұйымы аясында», "within the framework of"; «Тәуелсіздік күні
#: қарсаңында», "on the eve of")
_KK_POSTPOSITIONAL_NOUNS = frozenset("атынан атымен тарапынан аясында шеңберінде кезінде тұсында қарсаңында алдында "
                                     "маңында жанында ішінде арасында құрамында".split())
#: a word of wholeness before the name («бүкіл Маңғыстау облысы», "the whole of"): the name is counted whole, and
#: an adjective after it that looks possessed (жалпы "general") is owned by no one
_KK_WHOLE = frozenset("бүкіл барлық күллі тұтас".split())
#: an ablative (мүшелерінен, "from its members"): a source, where a fixed phrase may keep the owner bare
_KK_ABLATIVE = re.compile(r".{2,}(?:нан|нен|дан|ден|тан|тен)")
#: the nominative postpositions and attribute makers that close a modifier inside a noun phrase («… туралы
#: шешімі», «… ақшаға деген қызығушылығы», «кеңесші ретіндегі рөлі», «… жөніндегі басшысы»)
_KK_PHRASE_CLOSERS = frozenset("туралы жөнінде жөніндегі турасындағы деген ретіндегі қатысты қарсы".split())
#: the people of a body "at" it ("miners at ArcelorMittal Temirtau"): the body owns them in Kazakh
_EN_PEOPLE_AT = right_before(r"(?:workers|miners|oilmen|employees|staff|strikers|engineers|smelters)\s+at")
#: "of" before the name, past the name's own English modifiers ("the activities of the banned Communist Party",
#: "portraits of the jailed activist Roza Tuletaeva"): the name is the owner all the same
_EN_OF_PAST_MODIFIERS = re.compile(r"(?i)(?<!\bout\s)\bof\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]*\s+){0,2}$")
#: ... but not after a quantifier ("the whole of Mangystau", "all of Central Asia"): the name counted, owning nothing
_EN_COUNTED_OF = re.compile(r"(?i)\b(?:whole|all|rest|most|much|half|part|none|each|both|any|some|many|few)\s+of\s+"
                            r"(?:the\s+)?(?:[a-z][a-z-]*\s+){0,2}$")
#: "according to", "at the request of" right before the name, past an article and up to two modifiers: whose account
#: or request the Kazakh says with the name owning a noun of it («… мәліметінше», «… өтініші бойынша»)
_EN_ACCOUNT_OF = re.compile(r"(?i)\b(?:according\s+to|at\s+the\s+request\s+of|in\s+the\s+(?:view|opinion)\s+of)"
                            r"\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][a-z-]*\s+){0,2}$")
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
        мәлімдемесі», not «… қозғалысы мәлімдемесі»). The English owner may also be the body its people are "at"
        ("miners at ArcelorMittal Temirtau"; not a noun's modifier, "Kazakhmys miners", a compound's). A number
        between belongs to the owned noun («Атырау облысының төрт тұрғыны»), and so does a compound's bare
        first half («Шанхай ынтымақтастық ұйымының бас хатшысы»). Left alone: an owned noun that owns in its
        turn (a genitive, or a title's chain, «Қауіпсіздік кеңесі төрағасы қызметінен»), one in the ablative, a
        postpositional noun («… ұйымы атынан», "on behalf of"), and a name counted whole («бүкіл Маңғыстау
        облысы жалпы ереуілге шықты»)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or entry.surface[:1] in OPEN \
                or hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0"):
            return False
        last = fold(self.toks.words[hit.end - 1])
        if hit.end - hit.start < 2 or not _KK_POSSESSED_HEAD.fullmatch(last) or not possessive_shape(last) \
                or last.endswith(("ұлы", "қызы")) \
                or not (self.english_possessive(entry.ref) or self.after_of(entry.ref) or self._of_past_modifiers(entry)
                        or _EN_PEOPLE_AT.search(self.source_before(entry.ref))) \
                or (hit.start > 0 and self.toks.folded[hit.start - 1] in _KK_WHOLE):
            return False
        k = hit.end
        if fold(self.toks.words[k]) in _KK_COUNT_WORDS and k + 1 < self.n and not self.toks.gap(k + 1).strip(" \u00a0"):
            k += 1
        if self._compound_inner(k):
            k += 1      # «бас хатшысы», «еншілес кәсіпорны»: the owned noun is a compound, its bare first half first
        word = self.toks.words[k]
        low = fold(word)
        if self.covered[k] or not word[:1].isalpha() or any_postposition(word) or low in ADVERBIAL_POSSESSED \
                or low in _KK_POSTPOSITIONAL_NOUNS or _KK_ATTRIBUTIVE_LOCATIVE.fullmatch(low) \
                or genitive_word(low) or _KK_ABLATIVE.fullmatch(low) \
                or not (possessed_noun(low) or possessed_object(low) or may_own(low)):
            return False
        if k + 1 < self.n and not self.toks.gap(k + 1).strip(" \u00a0") and self.toks.words[k + 1].islower() \
                and possessed_noun(word) and may_own(self.toks.folded[k + 1]) \
                and not nominal_copula(self.toks.folded[k + 1]) and not nominalised_verb(self.toks.folded[k + 1]):
            return False    # «Қауіпсіздік кеңесі төрағасы қызметінен»: a title, bare links the last one closes
        owned = " ".join(self.toks.words[hit.end:k + 1])
        self.wrong_case(hit, entry, "gen", f"(nom) before {owned!r}: the source makes it the owner, and a name that "
                        "ends in a possessive itself owns the next noun only in the genitive")
        return True

    def kazakh_possessed_name_before_its_account(self, hit: Hit, entry: FormEntry) -> None:
        """English "according to the Socialist Movement of Kazakhstan", "according to a KPMG estimate": Kazakh says
        whose account with the account's noun owned by the name — «… қозғалысының мәліметінше», «KPMG
        компаниясының бағалауы бойынша». A name that is itself a possessed compound (… қозғалысы, … компаниясы)
        owns the next noun only in the genitive, as the bare-owner rule says (a bare name may stand before such a
        word only as a plain compound's first half: «ТАСС хабарлауынша»); here the owned word needs no English
        owner to tell it — a word of account that wants its owner (мәліметінше, айтуынша, пікірінше), or a
        possessed noun in the nominative before «бойынша» ("according to", "at the request of"), which a
        possessed name before it can only own. Only where the English says whose account or request it is
        ("according to", "at the request of"): a subject may stand before a noun of its own («… кеңесі шешімі
        бойынша әрекет етті», its decision)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or entry.surface[:1] in OPEN \
                or hit.end - hit.start < 2 or hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return
        last = fold(self.toks.words[hit.end - 1])
        if not _KK_POSSESSED_HEAD.fullmatch(last) or not possessive_shape(last) or last.endswith(("ұлы", "қызы")):
            return
        word = self.toks.words[hit.end]
        following = self.toks.folded[hit.end + 1] if hit.end + 1 < self.n else ""
        account = word.islower() and (wants_person_genitive(word, following, person=False) or (
            possessed_noun(word) and fold(word).endswith(("ы", "і")) and following == "бойынша"
            and not self.toks.gap(hit.end + 1).strip(" \u00a0")))
        if not account or not _EN_ACCOUNT_OF.search(self.source_before(entry.ref)):
            return
        owned = self.toks.span_text(hit.end, hit.end + (1 if following != "бойынша" else 2))
        self.wrong_case(hit, entry, "gen", f"(nom) before {owned!r}: a name that ends in a possessive itself owns "
                        "the account's noun only in the genitive")

    def _compound_inner(self, k: int) -> bool:
        """Is token *k* the bare first half of a compound noun whose possessed head comes right after it
        («бас хатшысы» "secretary general", «күйеу баласы» "son-in-law"): a word with no ending of case or
        possessive, no verb form, no name?"""
        if k + 1 >= self.n or self.covered[k] or self.covered[k + 1] or self.toks.gap(k + 1).strip(" \u00a0"):
            return False
        word, low, head = self.toks.words[k], self.toks.folded[k], self.toks.folded[k + 1]
        return word.isalpha() and (word.islower() or word.istitle()) and len(low) >= 3 \
            and (self.toks.words[k + 1].islower() or word.istitle()) and possessed_noun(head) \
            and case_by_ending(low) is None and not may_own(low) and not participle(low) \
            and not any_verbal_noun(low) and not any_postposition(word) and not genitive_word(low) \
            and not _KK_ABLATIVE.fullmatch(low) and low not in _KK_COUNT_WORDS

    def kazakh_bare_owner_across_modifiers(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Russia's influence in Central Asia", "Westminster's interest in Kazakhstani money": the name
        owns a noun its own modifiers come before in Kazakh («Ресейдің Орталық Азиядағы ықпалы»). A bare name
        owns only the noun right after it, as a compound's first half («Тоқаев үкіметі»); with the noun's
        modifiers between — words in a case of their own, attributes in -дағы, a nominative
        postposition's phrase («… туралы», «… деген») — only the genitive reaches it («Вестминстердің
        қазақстандық ақшаға деген қызығушылығы»). No verb form may stand between (a participle's subject is
        bare: «Тоқаев қабылдаған шешім»). A name in quotes too («Коммунистік үн» ұйымы), and an accusative or a
        dative, which own nothing either («Ресейге Орталық Азиядағы ықпалы»)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_NOM, KK_ACC, KK_DAT) \
                or adjective_shaped(fold(entry.surface.split()[-1])) \
                or hit.end + 1 >= self.n or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or not self.english_possessive(entry.ref) or may_own(self.toks.folded[hit.end]):
            return False        # (an adjective, «италиялық»; a possessed noun right after it is its own, a
                                # compound's: «Назарбаев үкіметіне»)
        end = min(self.n, hit.end + 8)
        k = hit.end
        # (a name's own ending after its hyphen, «ҰҚШҰ-ны», is part of it: «Тоқаев ҰҚШҰ-ны шақыру туралы шешімі»; a
        # genitive's, «ҰҚШҰ-ның», owns what follows in the bare name's stead)
        while k < end and (not self.toks.gap(k).strip(" \u00a0" + OPEN + CLOSE)
                           or (k > hit.end and self.toks.gap(k) == "-" and self.covered[k] and self.covered[k - 1]
                               and not genitive_word(self.toks.folded[k - 1] + self.toks.folded[k]))):
            word = self.toks.words[k]
            low = self.toks.folded[k]
            if k > hit.end and not self.covered[k] and word.islower() and low not in ADVERBIAL_POSSESSED \
                    and not any_postposition(word) and not any_verbal_noun(low) and not place_adjective(low) \
                    and (possessed_noun(low) or possessed_object(low) or possessed_oblique(low)):
                break
            if not self._modifier_word(k):
                return False
            k += 1
        else:
            return False
        owned = self.toks.words[k]
        self.wrong_case(hit, entry, "gen", f"({cases_of('kk', cases)[0]}) with "
                        f"{self.toks.span_text(hit.end, k)!r} between it and "
                        f"{owned!r}: the source's \"'s\" makes it the owner, which only a genitive is across "
                        "the noun's own modifiers")
        return True

    def _modifier_word(self, k: int) -> bool:
        """May token *k* stand inside a noun phrase, before its noun: a name or a word in a case of its own, a
        numeral, an attribute in -дағы, a nominative postposition, a bare verbal noun before one («шақыру туралы»)?
        No participle or other verb form, which would make the name its subject; no plain adjective, which may
        be the inner half of a compound the bare name heads («Қазақстан шикі мұнайының»); no genitive, which
        owns what follows in its stead."""
        word, low = self.toks.words[k], self.toks.folded[k]
        if genitive_word(low):
            return False    # (a genitive between owns what follows: «Назарбаев Қауіпсіздік кеңесінің төрағалығынан»)
        if self.covered[k] or word.isdigit() or low in _KK_COUNT_WORDS or low in _KK_PHRASE_CLOSERS:
            return True
        if not word.islower() or participle(low):
            return False
        if any_verbal_noun(low):
            return k + 1 < self.n and self.toks.folded[k + 1] in _KK_PHRASE_CLOSERS
        return case_by_ending(low) is not None or place_adjective(low) or genitiveless_postposition(low)

    def _of_past_modifiers(self, entry: FormEntry) -> bool:
        """Does the English put "of" before the name, past its own modifiers ("of the banned …"), after no
        quantifier ("the whole of")?"""
        before_en = self.source_before(entry.ref)
        return bool(before_en) and _EN_OF_PAST_MODIFIERS.search(before_en) is not None \
            and _EN_COUNTED_OF.search(before_en) is None
