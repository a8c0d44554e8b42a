"""What the words around a Kazakh name say about the name's case: the verbs whose object or
complement takes one case (by stem, in any form), the compound predicates of a noun and a verb,
and the clause rules' reading of them. The shapes of single words (possessed nouns, participles,
verbal nouns, case endings) are :mod:`.kazakh_words`; the postpositions :mod:`.kazakh_postpositions`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

from .kazakh_government import (
    LEXICON_ABLATIVE_COMPOUNDS,
    LEXICON_ACCUSATIVE_COMPOUNDS,
    LEXICON_DATIVE_COMPOUNDS,
    LEXICON_PARTNER_COMPOUNDS,
    LEXICON_VERB_STEMS,
    with_lexicon,
)

# (the case bits are the rules' common currency: imported from here by every Kazakh rule)
from .kazakh_heads import ABL as ABL
from .kazakh_heads import ACC as ACC
from .kazakh_heads import DAT as DAT
from .kazakh_heads import GEN as GEN
from .kazakh_heads import INS as INS
from .kazakh_heads import LOC as LOC
from .kazakh_heads import NOM as NOM
from .kazakh_heads import UNVOICED
from .kazakh_heads import VOICED as VOICED
from .kazakh_postpositions import COORDINATORS, any_postposition, postposition_case
from .kazakh_words import (
    ACCUSATIVE_OR_PAST,
    ADVERBIAL_POSSESSED,
    COMPARATIVE,
    DATIVE_WORD,
    DEMONSTRATIVES,
    FRACTION_OF,
    ISH_POSSESSED,
    L_NOUN_POSSESSED,
    NOMINAL_PARTICIPLE,
    NOT_CASE_WORDS,
    NOT_POSSESSED,
    PARTICIPLE_SUFFIX,
    PLACE_ADJECTIVE,
    PLAIN_ADJECTIVES,
    POSSESSED,
    POSSESSED_COMPOUNDS,
    POSSESSED_PLACE_ADJECTIVE,
    QUANTIFIERS,
    SHORT_NOT_POSSESSED,
    TERM_ADJECTIVES,
    VERBAL_NOUN,
    VERBAL_NOUN_ACCUSATIVE,
    VOWEL_ACCUSATIVE,
    VOWEL_STEM_PASSIVE_PARTICIPLE,
    adjective_shaped,
    any_verbal_noun,
    bare_noun,
    comparative,
    il_passive,
    nominalised_verb,
    participle,
    passive_verb,
    possessed_compound,
    possessed_verbal_noun,
)
from .matcher import fold

#: Verbs whose object is a name in one case, by stem: a name right before one of their forms in
#: the other argument case (accusative for a dative verb, dative for an accusative one) is
#: wrong («Ресейді жүгінді» → Ресейге). Only verbs that take no second object in the other
#: case (шақыру invites someone *to* somewhere: a dative beside its accusative), and a name
#: in any other case — a place, a time, a subject — says nothing.
_VERB_STEMS = {
    # (бірігу: uniting *into*)
    "dat": "жүгін көмектес қосыл жолық бағын қарсылас сен шағымдан орал жүкте жет бірік біріг "
           "ұқса "      # resembling (Гуантанамоға ұқсаған, "was like Guantanamo")
           "сүйен "     # relying on (Путинге сүйенді)
           "жалын "     # begging, pleading with (Путинге әскер сұрап жалынды)
           "қатыс "     # taking part in (оқиғасына қатысқан; «… қатысты» after a name is the postposition too)
           "кір",       # entering, joining (ЕАЭО-ға кірді, "joined the EAEU"; ҰҚШҰ-ға кіреді, "is in the CSTO")
    "acc": "айыпта қолда басқар тұтқында сына құр жазала сотта қабылда тыңда қорша кешір ұмыт қамты бақыла "
           "сағын "      # missing someone or somewhere (Ақтауды сағынамын)
           "қорла жой "  # insulting (Тоқаевты қорлады), destroying (қозғалысын жойды)
           "жақта",      # siding with, backing (Назарбаевты жақтады)
    # meeting, talking, agreeing *with* someone; interviewing, arguing, consulting, getting in touch, bordering on,
    # concluding (a deal) with
    "ins": "кездес сөйлес келіс сұхбаттас даулас ақылдас хабарлас тілдес шектес жасас бәсекелес "
           "алмас",     # exchanging (letters) with (Терри Конуэймен хат алмастым); not алмастыру, replacing
    # losing, distancing oneself from, parting from (Ақтаудан айырылды); fearing (ҰҚШҰ-дан қорықты)
    "abl": "айырыл алшақта ажыра қорық қорқ",
}
VERB_STEM_CASES = {stem: case for table in (_VERB_STEMS, LEXICON_VERB_STEMS)
                   for case, stems in table.items() for stem in stems.split()}
#: ... of which those whose partner may be a dative as well, the one addressed (хабарласу, getting in touch:
#: «Құрмановпен хабарласты» and «Құрмановқа хабарласты», contacted him)
_ADDRESSING_STEMS = frozenset({"хабарлас"})


def addressing_verb(word: str) -> bool:
    """Is *word* a form of a verb whose partner (instrumental) may also be the one addressed (dative)?"""
    return _stem_of(word, _ADDRESSING_STEMS) is not None
_VERB_ENDING = re.compile(
    r"(?:ма|ме|ба|бе|па|пе)?(?:ды|ді|ты|ті|ған|ген|қан|кен|ып|іп|п|ады|еді|йды|йді|а|е|й|са|се|мақ|мек|пақ|пек"
    r"|мақшы|мекші|пақшы|пекші|бақшы|бекші"    # (the mood of intent: «соттамақшы», they mean to try)
    r"|атын|етін|йтын|йтін|айық|ейік|йық|йік|айын|ейін|йын|йін"
    # (the future participle, «жетер», and its negative, -с after -ма-: «жетпес бұрын», before reaching — not a
    # bare -с, which would read таныс, "acquainted", as таны + с)
    r"|(?<=ма|ме|ба|бе|па|пе)с|ар|ер"
    r"|ыңыздар|іңіздер|ңыздар|ңіздер"    # (the polite plural imperative: «ұмытпаңыздар», do not forget)
    r"|ыңыз|іңіз|ңыз|ңіз|ыңдар|іңдер|ңдар|ңдер"    # (the imperative, polite or plural: «сенбеңдер», do not believe)
    r"|ғы|гі|қы|кі|ғысы|гісі|қысы|кісі)"    # (the desiderative before келу: «алғыс айтқым келеді», I want to thank)
    r"(?:ды|ді|мын|мін|сың|сің|мыз|міз|сыз|сіз|тар|тер|лар|лер|м|ң|қ|к|ңыз|ңіз|ңыздар|ңіздер|ңдар|ңдер"
    r"|пын|пін|пыз|піз)?$"    # (after -мақ: «айыптамақпыз», we shall accuse)
    r"|(?:ма|ме|ба|бе|па|пе)?(?:ып|іп|п)(?:ты|ті)$"
    r"|(?:ыңыз|іңіз|ңыз|ңіз)(?:шы|ші)$")     # (a polite request: «жеткізіңізші», please pass on)
# (the personal endings of the past: жүгіндім, жүгіндің, жүгіндік, жүгіндіңіз, тыңдадыңыздар; the first person's
# imperative: бастайық, "let us begin", бастайын; the hearsay past, converb and -ты: құттықтапты, кіріпті)
# (not the verbal noun in -у, which is a noun: «Тоқаевқа қолдау білдірді», support *to* Tokayev)


#: Verbs whose direct object, wherever it stands in the clause, is a definite name in the
#: accusative (or, for fearing, the ablative): a clause that ends with one of them and whose
#: English has the name right after its verb as the object wants that case of it.
_CLAUSE_VERB_STEMS = {
    "acc": "айыпта кінәла қолда басқар тұтқында сына жазала босат айыр тарат құттықта мақта қорға сотта "
           "тағайында сайла алмастыр ауыстыр өлтір терге оқшаула қама қорша бұғатта талқыла қуғында азапта "
           "құтқар тоқтат мойында шақыр таны ұста қайтар "
           # sidelining, registering, using, founding, considering, shaking, sweeping, meaning
           "шеттет ығыстыр тірке пайдалан құр сана сілкіндір шарпы қамты меңзе "
           "қабылда "        # receiving someone (Борис Джонсон Әбдірахмановты қабылдады)
           "айналдыр "       # turning something into something (Қытайды бәсекелесіне айналдырды)
           # preserving, strengthening, weakening, celebrating, forgetting, watching, acquitting
           "сақта күшейт нығайт әлсірет тойла ұмыт бақыла ақта "
           "біл "          # knowing someone (Роза Төлетаеваны бәрі біледі)
           "сағын тыңда "  # missing (Ақтауды сағынамын), hearing a witness (Құрмановты … тыңдады)
           "қорла жой "    # insulting, destroying (қозғалысын жойып жіберді)
           "күт ізде "     # waiting for (Тоқаевтың шешімін күтті), looking for (Құрмановты іздеді)
           "қудала күзет "  # persecuting (қозғалысын … қудалап келеді), guarding (елшілігін күзетіп тұрды)
           "игер "          # developing, operating a field (Қашаған кен орнын игеретін)
           "көр еле "       # seeing someone (Мәсімовті теледидардан көрдім), heeding or ignoring (кеңесін елемеді)
           "таста "         # leaving, abandoning (Алматыны тастап, «… тастап кетті»)
           "заңдастыр арала",   # legalising (партиясын заңдастыруды), touring (Шығыс Еуропаны аралады)
    "abl": "қорық қорқ",
    # believing and helping: the one believed or helped is a dative («Зюгановқа кім сенеді?», "who believes
    # Zyuganov?") — verbs that take no accusative object beside it
    "dat": "сен көмектес",
    # meeting and talking: the one met is an instrumental («Назарбаевпен … кездесті», "met Nazarbayev")
    # (getting to know someone too: «Құрмановпен … таныстым», "got to know Kurmanov")
    "ins": "кездес сөйлес таныс "
           "шектес шекаралас",      # bordering on a country (Қытаймен шектеседі, "borders China")
}
CLAUSE_VERB_CASES = {stem: case for table in (_CLAUSE_VERB_STEMS, LEXICON_VERB_STEMS)
                     for case, stems in table.items() for stem in stems.split()}


#: Verbs of giving, sending and telling: the one something goes to is their dative
# (тағайында: a sentence or a post assigned to someone, «Төлетаеваға тағайындалған жаза»; арна: dedicated to;
# жүгін: appealed or turned to, «ҰҚШҰ-ға көмек сұрап жүгінді»)
_GIVING_STEMS = frozenset("жолда жібер бер тапсыр ұсын жеткіз жаз айт түсіндір хабарла сат төле тағайында арна "
                          "жүгін баянда".split())     # (баяндау: reporting to someone, «Тоқаевқа баяндады»)
#: Verbs of happening: where it happens is a locative («Жаңаөзенде өтті»)
# (тұрады lives, жұмыс істейді works, қамауда отыр is held, жүріп жатты was going on)
_HAPPENING_STEMS = frozenset("өт өткіз бол жүр тұр істе сүр отыр жат".split())
#: ... and compound predicates of dying: where someone died is a locative («Алматыда қаза тапты»)
_HAPPENING_COMPOUNDS = {"қаза": frozenset({"тап"}), "көз": frozenset({"жұм"})}


def _stem_of(word: str, stems: Mapping[str, str] | frozenset[str]) -> str | None:
    """The stem among *stems* that *word* is a verb form of (stem + a tense, mood or converb
    ending), else None."""
    low = fold(word)
    for k in range(len(low) - 1, 1, -1):
        if low[:k] in stems and _VERB_ENDING.fullmatch(low[k:]):
            return low[:k]
        if low[k - 1] == "и" and _VERB_ENDING.fullmatch("й" + low[k:]):
            # a stem in -ы/-і before an ending in -й- is written with и: таны + йтын → танитын, оқы + йды → оқиды
            for vowel in "ыі":
                if low[:k - 1] + vowel in stems:
                    return low[:k - 1] + vowel
    return None


#: Verbs of moving and bringing: where to is their dative («Алматыға жеткізілді»)
_MOVING_STEMS = frozenset("кел бар жет жеткіз жібер көш ұш қайт орал кір аттан апар әкел тасымалда көшір "
                           "ауыстыр ауыс кет жөнел жөнелт әкет айда тара тарат жайыл ағыл экспортта "
                           "ұлас".split())     # (spreading into: «ереуіл Атырау облысына ұласты», "spilled over into")
#: ... of which those of going somewhere oneself, whose where-to is a dative and never a locative
#: right before them («Жаңаөзенге барған», not «Жаңаөзенде барған»)
_GOING_STEMS = frozenset("кел бар жет кір ағыл аттан".split())
#: Verbs of beginning: where it began is a locative, or an ablative, "from" («Жаңаөзеннен басталды»)
_BEGINNING_STEMS = frozenset("баста".split())
#: The passive (and middle) infix between a stem and its ending (жіберілді, басталды, жеткізілді)
_PASSIVE_INFIX = ("ыл", "іл", "л", "ын", "ін", "н")


def _stem_of_any_voice(word: str, stems: frozenset[str]) -> str | None:
    """:func:`_stem_of`, also for the passive (a -л-/-н- infix before the ending)."""
    found = _stem_of(word, stems)
    if found is not None:
        return found
    low = fold(word)
    for k in range(len(low) - 1, 1, -1):
        if low[:k] in stems:
            rest = low[k:]
            if any(rest.startswith(infix) and _VERB_ENDING.fullmatch(rest[len(infix):]) for infix in _PASSIVE_INFIX):
                return low[:k]
    return None


#: Verbs of publishing: where something is published is a locative («International Viewpoint-та
#: жарияланды»). Not шығу ("come out"), which also goes out *to* somewhere («алаңға шықты»), nor
#: the active басу (press, seize).
_PUBLISHING_STEMS = frozenset({"жарияла"})


def publishing_verb(word: str) -> bool:
    """Is *word* a form, active or passive, of a verb of publishing (жариялады, жарияланды), or
    the passive of printing (басылды)?"""
    return _stem_of_any_voice(word, _PUBLISHING_STEMS) is not None or fold(word).startswith("басыл")


#: Verbs of coming and going that take no object: a bare name right before one is no subject a
#: country or a body has in a translation of "from" (not sending, bringing: «Беларусь жіберген
#: әскерлер», the troops Belarus sent, is right)
_COMING_STEMS = frozenset("кел бар жет көш ұш қайт орал кір шық аттан кет жөнел".split())


def coming_participle(word: str) -> bool:
    """Is *word* a participle of a verb of coming or going (келген, шыққан, қайтқан)?"""
    return participle(fold(word)) and _stem_of(word, _COMING_STEMS) is not None


def moving_verb(word: str) -> bool:
    """Is *word* a form, active or passive, of a verb of moving or bringing (жетті, жеткізілді)?"""
    return _stem_of_any_voice(word, _MOVING_STEMS) is not None


def putting_verb(word: str) -> bool:
    """Is *word* a form, active or passive, of a verb of putting or bringing in (енгізілді, орналастырды) —
    whose where-to is a dative («Алматыға енгізілді»)?"""
    return _stem_of_any_voice(word, _PUTTING_STEMS) is not None


#: Electing, whose where-to, the body one is elected to, is a dative («парламентке сайланды»)
_ELECTING_STEMS = frozenset({"сайла"})


def electing_verb(word: str) -> bool:
    """Is *word* a form, active or passive, of electing (сайлады, сайланды)?"""
    return _stem_of_any_voice(word, _ELECTING_STEMS) is not None


#: Inviting, whose where-to is a dative for a place («Пол Мерфиді Жаңаөзенге шақырды»; a body invited is the object:
#: «ҰҚШҰ-ны көмекке шақырды»)
_INVITING_STEMS = frozenset({"шақыр"})


def inviting_verb(word: str) -> bool:
    """Is *word* a form, active or passive, of inviting (шақырды, шақырылды)?"""
    return _stem_of_any_voice(word, _INVITING_STEMS) is not None


#: The possessive and a case after a participle made a noun (жеткізілген-ін, келген-іне)
_NOMINALISED_TAIL = re.compile(r"(?:ы|і)(?:н|на|не|нда|нде|нан|нен|ның|нің)?$")


#: Verbs of going out or away (шығу, кету): they take no object, where from is an ablative («КСРО құрамынан шықты»,
#: "left the USSR")
_LEAVING_STEMS = frozenset("шық кет".split())


def leaving_verb(word: str) -> bool:
    """Is *word* a form of going out or away (шықты, кетті), which takes no object?"""
    return _stem_of(word, _LEAVING_STEMS) is not None


def going_verb(word: str) -> bool:
    """Is *word* a form of a verb of going somewhere oneself (барған, келуіне, ағылды), its verbal
    noun included?"""
    return _stem_of(word, _GOING_STEMS) is not None or _verbal_noun_of_any(fold(word), _GOING_STEMS)


def unnominalised(word: str) -> str:
    """The participle or verbal noun *word* is, made a noun with the possessive and a case ending
    («жеткізілгенін» → жеткізілген, «қабылдайтынын» → қабылдайтын); "" when it is none."""
    low = fold(word)
    return _NOMINALISED_TAIL.sub("", low) if nominalised_verb(low) else ""


def nominalised_moving_verb(word: str) -> bool:
    """Is *word* a participle of a verb of moving or bringing made a noun, with the possessive
    («әскерлердің ұшақпен жеткізілгенін айтты», "said the troops had been flown in")?"""
    bare = unnominalised(word)
    return bool(bare) and moving_verb(bare)


#: Verbs of putting and introducing: where is their dative, which English says with "in" too
#: ("a state of emergency was introduced in Almaty": «Алматыға төтенше жағдай енгізілді")
_PUTTING_STEMS = frozenset("енгіз ен орналастыр орналас қой сал тарт кіргіз жайғастыр жұмса бағытта "
                           # gathering and locking up: "gathered in Trafalgar Square" («алаңына жиналған»)
                           "жинал жиыл шоғырлан топтас қама отырғыз "
                           # staying, landing, travelling: «қонақүйге түсті», «әуежайға қонды», «сапарлады»
                           "түс қон сапар".split())
#: ... and nouns and verbs of interest, investment, taking part and trust, which take a dative where
#: English says "in" ("interest in Kazakhstan": «Қазақстанға қызығушылық»)
_DATIVE_INTEREST_STEMS = ("қызығ", "инвестиц", "қатыс", "сен")
#: Predicative words whose complement is a dative ("needed in Kazakhstan": «Қазақстанға қажет»)
_DATIVE_PREDICATIVES = frozenset("қажет керек тән тиесілі пайдалы зиянды белгілі таныс ұқсас тәуелді жақын адал "
                                 "міндетті қолайлы қауіпті ортақ".split())
#: "member" bare (мүшесі, with the possessive, is the member *of* a genitive or a bare name, «ҰҚШҰ мүшесі») and
#: "membership" in any form: what one is a member of is their dative («ҰҚШҰ-ға мүше», «ЕАЭО-ға мүшелігі»)
_MEMBERSHIP = re.compile(r"мүше(?:мін|міз|сің|сіз|сіздер|міздер)?|мүшелі[кг]\w*")


#: The genitives of the first and second persons (менің, біздің, сіздің …): they own a word of their own person or a
#: bare one («біздің ауыл»), never the third person's possessive
PERSONAL_GENITIVES = frozenset("менің сенің біздің сіздің сендердің сіздердің біздердің".split())


def bare_member(low: str) -> bool:
    """Is the folded *low* мүше without the possessive («ҰҚШҰ-ға мүше», «RISE-ға мүшемін»), which nothing owns?"""
    return low.startswith("мүше") and not low.startswith("мүшел") and membership_word(low)


def membership_word(low: str) -> bool:
    """Is the folded *low* мүше (with a personal ending too: «RISE-ға мүшемін», "I am a member of RISE") or
    a form of мүшелік, which take the dative of what one is a member of?"""
    return _MEMBERSHIP.fullmatch(low) is not None


#: Nouns whose complement is a dative (кеңесші "adviser to", мүше "member of") with the third-person possessive and
#: a case ending after it: possessed, they have an owner, in the genitive («Назарбаевтың кеңесшісі»)
_POSSESSED_DATIVE_NOUN = re.compile(r"(?:кеңесші|мүше)(?:лер)?(?:сі|і)(?:н|не|нің|мен|нде|нен)?")


def possessed_dative_noun(low: str) -> bool:
    """Is the folded *low* a noun whose complement is a dative, with the possessive (кеңесшісі, мүшесі,
    мүшелеріне)?"""
    return _POSSESSED_DATIVE_NOUN.fullmatch(low) is not None


def dative_word(low: str) -> bool:
    """Has the folded *low* the shape of a word in the dative (Тоқаевқа, елшілігіне)?"""
    return DATIVE_WORD.fullmatch(low) is not None and low not in NOT_CASE_WORDS


def dative_predicative(low: str) -> bool:
    """Is the folded *low* a predicative word whose complement is a dative (адал, қажет, жақын)?"""
    return low in _DATIVE_PREDICATIVES


#: A verbal noun in the dative, the purpose of a verb of moving (оқуға "to study", жұмыс істеуге), or «жұмысқа»
#: ("went to work at the Kashagan field": «Қашаған кен орнына жұмысқа кетті»)
_PURPOSE_DATIVE = re.compile(r".{2,}(?:уға|уге|юға|юге)|жұмысқа")


def purpose_dative(low: str) -> bool:
    """Is the folded *low* a verbal noun in the dative, what something is for (тіркелуге "to register", оқуға)?"""
    return _PURPOSE_DATIVE.fullmatch(low) is not None and low != "жұмысқа"


def dative_in_clause(words: list[str]) -> bool:
    """Does something in the clause *words* (after a name) take a dative: a form of any voice or
    mood of a verb of moving, bringing, putting or introducing (by its stem: a verbal noun,
    participle or converb too), a noun or verb of interest, investment, taking part or trust, a
    verb or compound whose object is a dative, a word such as қажет ("needed"), a postposition
    that takes one?"""
    own_dative = False      # a dative in small letters between the name and the verb
    for earlier, before, word in zip(["", "", *words], ["", *words], words):
        low = fold(word)
        moving = _moving_or_putting(low)
        if moving and _PURPOSE_DATIVE.fullmatch(fold(before)):
            return True     # «Алматыға оқуға аттанды», "went to study in Almaty": a verbal noun's dative is what
                            # for, no destination; the name's is
        if moving and dative_word(fold(before)) and (before.islower() or fold(earlier) not in COORDINATORS):
            # «дүниеге келді» ("was born"), «Павлодарға оралды»: a dative of its own right before the verb
            # fills its place (a name that ends a list, «… және Таразға жіберілді», shares it with the others)
            continue
        if moving and own_dative:
            # (or one further before it, past the verb's own object: «… ғимаратына өрт қойылды», "the building
            # was set on fire")
            continue
        own_dative = own_dative or (before.islower() and dative_word(fold(before)))
        if postposition_case(word) == "dat" and before.islower() and dative_word(fold(before)):
            continue        # «әкімдігіне қарай», "towards the akimat": the postposition has its own dative
        if moving and before.islower() and converb(before) and _stem_of(word, _AUXILIARY_STEMS) is not None:
            continue        # «өртеп жіберді» ("burned down"): an auxiliary after a converb moves nothing
        if moving or low.startswith(_DATIVE_INTEREST_STEMS) or low in _DATIVE_PREDICATIVES or membership_word(low) \
                or verb_object_case(word) == "dat" \
                or (dative_compound(before, word) and not (earlier.islower() and dative_word(fold(earlier)))) \
                or postposition_case(word) == "dat":
            return True
    return False


def ablative_in_clause(words: list[str]) -> bool:
    """Does something in *words* (after a name) take an ablative: a verb of leaving, taking,
    hearing, moving or beginning in any form (by its stem), a postposition or comparison that
    takes one (кейін, бері, бастап, гөрі, артық)?"""
    for word in words:
        low = fold(word)
        if _verb_form_of_any(low, _FROM_WHERE_STEMS) \
                or postposition_case(word) == "abl" or low in _ABLATIVE_WORDS \
                or low.startswith(_ABLATIVE_STEMS):
            return True
    return False


#: Stems of the verbs whose where is a dative (moving, bringing, putting, gathering), for the
#: startswith test above (those whose where is an ablative: :data:`_FROM_WHERE_STEMS`)
_TO_WHERE_STEMS = tuple(sorted(_MOVING_STEMS | _PUTTING_STEMS))
_TO_WHERE_STEM_SET = frozenset(_TO_WHERE_STEMS)
#: What follows a verb stem in any of its forms: the passive infix, then a converb, participle, verbal
#: noun, finite or conditional ending (алып, алынған, алуы, алды, алса), not a noun's (алаңды)
_VERB_FORM_TAIL = re.compile(r"(?:ыл|іл|л|ын|ін|н)?(?:ып|іп|п|ған|ген|қан|кен|атын|етін|йтын|йтін|у|ю|ды|ді|ты|ті"
                             r"|ады|еді|йды|йді|са|се|ма|ме|ба|бе|па|пе"
                             r"|айық|ейік|йық|йік|айын|ейін|йын|йін)")     # (the first person's imperative: бастайық)


#: Words after which an ablative is what something comes after, since or exceeds
_ABLATIVE_WORDS = frozenset("кейін соң бері бастап гөрі артық көп аз басқа бөлек тыс ары әрі қашық алыс".split())


def standard_after(low: str) -> bool:
    """Is the folded *low* a word that makes the ablative before it a standard — what something comes after,
    since, or exceeds (кейін, бастап, гөрі, артық) — or a comparative (қаттырақ, көбірек)?"""
    return low in _ABLATIVE_WORDS or comparative(low)


#: ... and nouns of difference ("unlike in Algeria": «Алжирден айырмашылығы»)
_ABLATIVE_STEMS = ("айырмашыл", "өзгеше", "ерекше")


#: Verbs whose object is a place gone round or lived in, which English says with "in" ("travelled
#: in Kazakhstan": «Қазақстанды аралады»; "live in the steppe": «далаланы мекендейді»)
_ROUND_STEMS = frozenset("арала мекенде кез шарла жайла тінту".split())


def round_verb(word: str) -> bool:
    """Is *word* a form, active or passive, of a verb whose object is a place gone round or lived in?"""
    return _stem_of_any_voice(word, _ROUND_STEMS) is not None


def beginning_verb(word: str) -> bool:
    """Is *word* a form of "begin" (басталды, бастады)?"""
    return _stem_of_any_voice(word, _BEGINNING_STEMS) is not None


def giving_verb(word: str) -> bool:
    """Is *word* an active form of a verb of giving, sending or telling (жолдады, ұсынды)?"""
    return _stem_of(word, _GIVING_STEMS) is not None


#: Compound verbs of giving, noun → verb stems: handing over (табыс ету), presenting (сыйға тарту)
_GIVING_COMPOUNDS = {"табыс": frozenset({"ет"}), "сыйға": frozenset({"тарт"}),
                     # a sentence passed on someone: «Төлетаеваға … жазасын кесті»
                     "жаза": frozenset({"кес"}), "жазасын": frozenset({"кес", "тағайында"})}


def compound_giving_predicate(words: list[str]) -> bool:
    """Do *words* (a clause) end with a compound verb of giving whose noun is the thing given (жазасын
    кесті, "passed a sentence"): a name in the accusative there cannot be its object too?"""
    stems = _GIVING_COMPOUNDS.get(fold(words[-2])) if len(words) > 1 else None
    return stems is not None and _stem_of(words[-1], stems) is not None


def giving_predicate(words: list[str]) -> bool:
    """Do *words* (a clause) end with a verb of giving, sending or telling, a compound one
    included («хат табыс етті», handed a letter)?"""
    if not words:
        return False
    stems = _GIVING_COMPOUNDS.get(fold(words[-2])) if len(words) > 1 else None
    return giving_verb(words[-1]) or (stems is not None and _stem_of(words[-1], stems) is not None)


def giving_verb_any_voice(word: str) -> bool:
    """:func:`giving_verb`, the passive included (төленген, жіберілді)."""
    return _stem_of_any_voice(word, _GIVING_STEMS) is not None


#: A converb in -ып/-іп/-п (көшіп, келіп), which an auxiliary may follow
_CONVERB = re.compile(r".{2,}(?:ып|іп|п)")
#: The verbs of posture ...
_POSTURE_STEMS = frozenset("отыр тұр жүр жат".split())
#: ... in their bare present, which needs no ending (қамауда отыр, "is held in custody"), with a
#: personal ending or none
_POSTURE_PRESENT = re.compile(r"(?:отыр|тұр|жүр|жатыр)(?:мын|мін|мыз|міз|сың|сің|сыз|сіз|сыңдар|сыздар)?")
#: Verbs that follow a converb as auxiliaries of aspect (ұстап келді, жазып отыр, босатып жіберді)
_AUXILIARY_STEMS = _POSTURE_STEMS | frozenset("кел кет қал бер жібер шық біт сал таста бақ".split())


def converb(word: str) -> bool:
    """Is *word* shaped like a converb in -ып/-іп/-п (көшіп, келіп), which an auxiliary may follow?"""
    return _CONVERB.fullmatch(fold(word)) is not None


def happening_verb(word: str, before: str = "") -> bool:
    """Is *word* a form of a verb of taking place or being (өтті, болды, отыр; not a passive), or,
    after the word *before*, of a compound one (қаза тапты "died")? (A verb of posture after a
    converb is the auxiliary of a continuous tense: «Алматыға келіп жатыр», "is coming to Almaty".)"""
    if converb(before) and (_POSTURE_PRESENT.fullmatch(fold(word)) is not None
                            or _stem_of(word, _POSTURE_STEMS | _HAPPENING_STEMS | {"кел"}) is not None):
        # (келу after one too, the aspect of going on: «жиырма жыл тұрып келеміз», "have lived for twenty years")
        # «бақылап отырды», "were watching": the auxiliary of a continuous tense, the converb says what
        # (so with өту after one: «атап өтті», "noted", is no taking place)
        return _stem_of(before, _HAPPENING_STEMS) is not None
    posture = _POSTURE_PRESENT.fullmatch(fold(word)) is not None
    return _stem_of(word, _HAPPENING_STEMS) is not None or posture or (
        bool(before) and _stem_of(word, _HAPPENING_COMPOUNDS.get(fold(before), frozenset())) is not None)


#: Compound predicates of a noun and a verb whose person or thing acted on is a dative
#: («Путинге алғыс айтты» thanked Putin, «Назарбаевқа кеңес берді» advised Nazarbayev): noun →
#: the verb stems it goes with
_DATIVE_COMPOUNDS = {
    "алғыс": "айт білдір жолда", "алғысын": "айт білдір жолда", "алғысымызды": "айт білдір жолда",
    "ризашылық": "білдір", "ризашылығын": "білдір", "ризашылығымызды": "білдір", "кеңес": "бер", "көмек": "бер көрсет",
    "қолдау": "көрсет білдір", "назар": "аудар", "қарсылық": "білдір көрсет", "жауап": "бер",
    # (соқ voiced before a vowel: «телефон соғады», «қол соғып»)
    "телефон": "соқ соғ шал", "шабуыл": "жаса", "қысым": "жаса көрсет", "кінә": "арт так тақ", "айып": "так тақ",
    "ақыл": "айт үйрет", "тыйым": "сал", "сенім": "арт білдір", "рұқсат": "бер", "ескерту": "жаса", "ұсыныс": "жаса",
    "талап": "қой", "хат": "жаз жолда", "сәлем": "жолда",
    "үндеу": "жаса жолда таста",    # appealing to: «ТШО-ға үндеу тастаймыз»
    "жеделхат": "жаз жолда жібер",  # a telegram to, as a letter: «Тоқаевқа жеделхат жолдады»
    "қол": "қой соқ соғ",           # signing, and applauding: «Пит Ферминге қол соқты»
    "кепілдік": "бер", "құлақ": "сал", "сұрақ": "қой жолда", "инвестиция": "сал құй",
    "айыппұл": "сал",               # fining: «ҚазМұнайГазға айыппұл салды»
    "санкция": "сал енгіз", "санкциялар": "сал енгіз",   # sanctions on: «Ресейге санкция салды»
    "сұрақтар": "қой жолда", "сұрау": "жолда жібер",     # questions to, a request sent to: «Chevron-ға сұрау жолдады»
    "нұсқау": "бер", "нұсқаулар": "бер", "бұйрық": "бер", "тапсырма": "бер", "қарсы": "шық тұр бол",
    "төрағалық": "ет жаса",        # chairing: «ҰҚШҰ-ға төрағалық етті»
    "уәде": "ет",                   # promising: «Путинге не уәде етті?» (not уәде беру: its dative may be the thing)
    "арқа": "сүйе", "үміт": "арт",  # relying on, pinning hopes on: «Ресейге арқа сүйеді», «Еуропалық Одаққа үміт артты»
    "есік": "аш",                   # opening up to: «АҚШ пен Еуропаға есік ашты»
    # referring to, calling, leading, voting for, affecting, harming, threatening, hindering, criticising,
    # protesting to, commenting to, complaining or applying to, invading
    "сілтеме": "жаса", "қоңырау": "шал соқ соғ", "басшылық": "ет жаса", "дауыс": "бер", "әсер": "ет", "ықпал": "ет",
    "жетекшілік": "ет жаса",       # leading, as басшылық: «… партиясына жетекшілік етеді»
    "зиян": "келтір", "нұқсан": "келтір", "шығын": "келтір", "залал": "келтір", "қауіп": "төндір", "қатер": "төндір",
    "кедергі": "жаса келтір", "сын": "айт", "наразылық": "білдір", "түсініктеме": "бер", "шағым": "түсір жаса",
    "өтініш": "жаса жолда", "басып": "кір",
    "куә": "бол",                   # witnessing: «Жаңаөзен қырғынына куә болды»
    "сұхбат": "бер",                # giving an interview to: «Би-би-сиге сұхбат берді» (taken, the giver's ablative)
    "қызмет": "көрсет",             # serving: «Өзенмұнайгазға қызмет көрсететін мердігер»
    "иелік": "ет",                  # owning: «CNPC «ПетроҚазақстанға» иелік етеді»
}


def _verb_form_of_any(low: str, stems: Iterable[str]) -> bool:
    """Is the folded *low* one of *stems* followed by a verb's ending (:data:`_VERB_FORM_TAIL`:
    passive, converb, participle, verbal noun, finite, conditional), whatever comes after it
    (жеткізілгенін, келуіне) — not a noun that only begins like one (барлық "all", келісім
    "agreement", жетекші "leader", салдар "consequence")?"""
    return any((low.startswith(stem) and _VERB_FORM_TAIL.match(low[len(stem):]) is not None)
               # (a stem in -қ/-к/-п voiced before a vowel: шық → шығады, шығар, шығып)
               or (stem[-1] in VOICED and low.startswith(stem[:-1] + VOICED[stem[-1]])
                   and _VOICED_TAIL.match(low[len(stem):]) is not None)
               for stem in stems)


#: The endings that begin with a vowel: the present-future, the converb, the verbal noun, the future participle
_VOICED_TAIL = re.compile(r"(?:ады|еді|ып|іп|у|ар|ер|атын|етін)")


#: Verbs that take no object at all: collapsing (ыдырау), falling (құлау), being located (орналасу), breaking up
#: (тарқау), taking shape (қалыптасу) — a name right before one of their forms is their subject, never an accusative
_INTRANSITIVE_STEMS = ("ыдыра", "құла", "орналас", "тарқа", "қалыптас")


def intransitive_verb(low: str) -> bool:
    """Is the folded *low* a form of a verb that takes no object (ыдыраған, құлады, орналасқан)?"""
    return _verb_form_of_any(low, _INTRANSITIVE_STEMS)


def _moving_or_putting(low: str) -> bool:
    """Is the folded *low* a form of a verb of moving, bringing or putting, of either voice? (Not
    қайта, "again", the adverb the converb of қайту has become: «қайта басталды», resumed; nor the
    participle орналасқан, "located", which says where something is: «Алматыда орналасқан».)"""
    return low != "қайта" and not low.startswith("орналасқан") \
        and (_verb_form_of_any(low, _TO_WHERE_STEMS) or _stem_of_any_voice(low, _TO_WHERE_STEM_SET) is not None)


_DATIVE_COMPOUND_STEMS = with_lexicon({noun: frozenset(stems.split()) for noun, stems in _DATIVE_COMPOUNDS.items()},
                                      LEXICON_DATIVE_COMPOUNDS)


#: A verbal noun's ending after a verb stem, with the possessive or a case (беру, беруін, беруді)
_VERBAL_NOUN_TAIL = re.compile(r"[уү](?:(?:ым|ім|ың|ің|ымыз|іміз|ыңыз|іңіз|ы|і)"      # (any person's possessive:
                               r"(?:н|ды|ді|ны|ні|на|не|ға|ге|нда|нде|да|де|нан|нен|дан|ден|мен)?"  # «сенуіміз»)
                               r"|ды|ді|ға|ге|да|де|дан|ден|мен)?")


def _verbal_noun_of_any(low: str, stems: Iterable[str]) -> bool:
    """Is the folded *low* the verbal noun (-у, with the possessive or a case) of one of *stems*?"""
    return any(low.startswith(stem) and _VERBAL_NOUN_TAIL.fullmatch(low[len(stem):]) is not None for stem in stems)


def verbal_noun_of_moving(word: str) -> bool:
    """Is *word* the verbal noun (-у, with the possessive or a case) of a verb of moving, bringing
    or putting — «әскерін Қазақстанға енгізу туралы», "to bring troops into Kazakhstan"?"""
    return _verbal_noun_of_any(fold(word), _TO_WHERE_STEMS)


#: A plural ending at a word's end
_PLURAL_TAIL = re.compile(r"(?:лар|лер|дар|дер|тар|тер)$")
#: The third person's possessive at a noun's end, in the accusative or not (қолдауы, қолдауын, көмегін, алғысы),
#: and after a plural (талаптарын)
_POSSESSIVE_TAIL = re.compile(r"(?:[ыі]|с[ыі])н?$")


@functools.lru_cache(maxsize=8192)     # (asked for every word pair of a clause, per name)
def _compound_noun_stems(low_noun: str, possessed: bool = True) -> frozenset[str] | None:
    """The verb stems of the dative compound whose noun is the folded *low_noun*: as written, plural
    («сұрақтар қойды»), or with the third person's possessive, its stem's last consonant voiced back
    («көмегін көрсетті», "gave its help to"; «қолдауын білдірді»)."""
    stems = _DATIVE_COMPOUND_STEMS.get(low_noun)
    if stems is None and _PLURAL_TAIL.search(low_noun):
        stems = _DATIVE_COMPOUND_STEMS.get(_PLURAL_TAIL.sub("", low_noun))
    if stems is None and possessed and _POSSESSIVE_TAIL.search(low_noun):
        bare = _POSSESSIVE_TAIL.sub("", low_noun)
        bare = _PLURAL_TAIL.sub("", bare) or bare
        if bare[-1:] in UNVOICED and low_noun[len(bare):len(bare) + 1] in "ыі":
            bare = bare[:-1] + UNVOICED[bare[-1]]
        stems = _DATIVE_COMPOUND_STEMS.get(bare) if len(bare) > 2 else None
    return stems


def dative_compound(noun: str, verb: str, possessed: bool = True) -> bool:
    """Are *noun* and *verb* a compound predicate whose object is a dative (алғыс айтты), the verb
    finite or a verbal noun («кеңес беруін жалғастырды», went on advising)? The noun may be plural
    («сұрақтар қойды», put questions to), or with its possessive («көмегін көрсетті») unless *possessed*
    is False (for a genitive before it, which may be the possessive's owner: «… тобының қолдауын білдірді»)."""
    stems = _compound_noun_stems(fold(noun), possessed)
    if stems is None:
        return False
    if _stem_of_any_voice(verb, stems) is not None:
        return True     # (the passive too: «… алғыс айтылды», thanks were said to)
    low = fold(verb)
    if low in stems:
        return True     # (the bare stem, the imperative: «Пол Мерфиге қоңырау шал», call Paul Murphy)
    # (or a participle made a noun: «Пол Мерфиге хат жазғанын», that he wrote to Paul Murphy)
    return _verbal_noun_of_any(low, stems) or _nominal_participle_of(low, stems)


def _nominal_participle_of(low: str, stems: Iterable[str]) -> bool:
    """Is the folded *low* a participle of one of *stems* made a noun (жазғанын, сенбейтіндерін)?"""
    return any(low.startswith(stem) and _NOMINAL_PARTICIPLE_TAIL.fullmatch(low[len(stem):]) is not None
               for stem in stems)


#: Compound predicates of receiving, whose giver is an ablative («Құрмановтан сұхбат алды», took an
#: interview from Kurmanov); given, it is the receiver's dative (сұхбат берді). (Not жауап or рұқсат
#: алу, which take a dative of what the answer or the permission is for: «сұраққа жауап алды».)
_ABLATIVE_COMPOUNDS = frozenset({"сұхбат"})
#: ... and, where the English makes the person the verb's object ("questioned Kurmanov"), жауап алу,
#: the interrogation: «Құрмановтан жауап алды»
_QUESTIONING_COMPOUNDS = _ABLATIVE_COMPOUNDS | {"жауап"}
_TAKING = frozenset({"ал"})
#: Seeing (көру), which is also the auxiliary of having ever done (кездесіп көрдіңіз бе) and makes compounds of deeming
#: with the words before it (жөн көрді "thought it right", дұрыс көрді, орынды көрді, мақұл көрді)
_SEEING = frozenset({"көр"})
_DEEMING = frozenset("жөн дұрыс орынды мақұл лайық артық".split())


def ablative_compound(noun: str, verb: str, *, questioned: bool = False) -> bool:
    """Are *noun* and *verb* a compound of receiving (сұхбат алды), whose giver is an ablative?
    (*questioned*: the English makes the giver an object — "interviewed", "questioned" — and
    жауап алды, interrogated, is one too.)"""
    return fold(noun) in (_QUESTIONING_COMPOUNDS if questioned else _ABLATIVE_COMPOUNDS) \
        and _stem_of(verb, _TAKING) is not None


#: Verbs whose source, where something is taken, heard or fled from, is an ablative
#: (distancing and setting apart too: «Назарбаевтан алшақтады»)
_SOURCE_STEMS = frozenset("қаш ал есті шық кет құтыл айырыл қайт көш тарт алшақта алыста оқшаулан бөлін өшір ажыра түс "
                          "шығар босат "      # (dismissing, releasing from: «компаниясынан жұмыстан шығарылды»)
                          "қабылда "          # (receiving: «Назарбаевтан қабылдап алды»)
                          "күт біл үйрен".split())     # (expecting, learning from: «Джонсоннан ештеңе күтпеді»)
#: ... unless the clause abandons the place, which is then an accusative («ТМД-ны тастап кетті»)
_ABANDONING = ("тастап", "тастады", "тастау", "тастаған", "тастайды", "қалдыр")
#: The source verbs with those of moving and beginning: the verbs whose where is an ablative
#: (:func:`ablative_in_clause`) — and electing, whose constituency is one («Батыс Қазақстан облысынан
#: сайланған депутат», "the deputy elected in West Kazakhstan Region"), seeing or finding something *in*
#: someone or somewhere («Қазақстаннан тек батыстың қастандығын көретіндер», "those who see only Western plots in
#: Kazakhstan"), and writing from where one is («Ирландиядан оқырмандар хат жазды», "readers in Ireland wrote")
_SEEING_OR_WRITING_STEMS = ("көр", "тап", "жаз")
_FROM_WHERE_STEMS = tuple(sorted(_SOURCE_STEMS | _MOVING_STEMS | _BEGINNING_STEMS
                                 | {"сайла", *_SEEING_OR_WRITING_STEMS}))


def seeing_or_writing_verb(word: str) -> bool:
    """Is *word* a form of seeing, finding or writing (көретін, тапқан, жазды), whose where is an ablative ("those who
    see plots in Kazakhstan": «Қазақстаннан қастандық көретіндер»; "readers in Ireland wrote": «Ирландиядан оқырмандар
    хат жазды»)?"""
    return word.islower() and _verb_form_of_any(fold(word), _SEEING_OR_WRITING_STEMS)


def source_participle(word: str) -> bool:
    """Is *word* a participle, active or passive, of a verb whose source is an ablative (алынған
    "taken", қашқан "fled")?"""
    low = fold(word)
    found = re.fullmatch(rf"(.{{2,}}?)({PARTICIPLE_SUFFIX})", low)
    if found is None:
        return False
    stem = found.group(1)
    return stem in _SOURCE_STEMS or any(stem.endswith(infix) and stem[:-len(infix)] in _SOURCE_STEMS
                                        for infix in _PASSIVE_INFIX)


def ablative_source_clause(words: list[str], *, any_voice: bool = False) -> bool:
    """Does the clause *words* end with a verb whose source is an ablative («қашып кетті», «алды»,
    «естіді», «талап етті»), and abandon nothing («тастап кетті»)? With *any_voice*, its passive at the
    end too («… жұмыстан шығарылды», "were dismissed from")."""
    if not words or any(fold(word).startswith(_ABANDONING) for word in words):
        return False
    if len(words) > 1 and fold(words[-2]) == "талап" and _stem_of(words[-1], frozenset({"ет"})) is not None:
        return True
    # (or a participle made a noun of one, the verb of a reported clause: «… лауазымын Назарбаевтан өзі
    # қабылдайтынын жариялады», that he was taking over the chair from Nazarbayev)
    # (or the verbal noun of one before a word of need or duty: «Қазақстаннан кетуі тиіс», must leave)
    # (its passive too, right after the name, not a participle: «International Viewpoint-тан алынып, қайта
    # басылды», "reproduced from"; further on, the passive's place may be where it happened: «Ақтауда да Ленин
    # ескерткіштері алынып тасталған», "Lenin statues have gone from Aktau")
    stem_of = _stem_of_any_voice if any_voice else _stem_of
    return any(stem_of(word, _SOURCE_STEMS) is not None for word in words[-2:]) \
        or (_stem_of_any_voice(words[0], _SOURCE_STEMS) is not None and not participle(fold(words[0]))) \
        or any(word.islower() and _stem_of(unnominalised(word), _SOURCE_STEMS) is not None for word in words[:-1]) \
        or (len(words) > 1 and fold(words[-1]) in _NEED_WORDS and _verbal_noun_of_any(fold(words[-2]), _SOURCE_STEMS))


#: Words of need and duty after a verbal noun (кетуі тиіс, кетуі керек, кетуге мәжбүр)
_NEED_WORDS = frozenset("тиіс керек қажет мәжбүр".split())


#: Compound predicates whose partner is an instrumental: келіссөз жүргізу "negotiate", кездесу
#: өткізу "hold a meeting", байланыс орнату "get in touch", қол алысу "shake hands"
_PARTNER_COMPOUND_STEMS = {"келіссөз": frozenset({"жүргіз"}), "кездесу": frozenset({"өткіз"}),
                           "байланыс": frozenset({"орнат"}), "жұмыс": frozenset({"істе"}),
                           "хат": frozenset({"алыс", "жазыс"}),     # (хат алысу, жазысу: "correspond with")
                           "қол": frozenset({"алыс"}),      # (қол алысу, "shake hands with")
                           # (келісім жасау, "make an agreement with": «Eni-мен … келісім жасады»)
                           "келісім": frozenset({"жаса", "жасас"})}
_PARTNER_COMPOUND_STEMS = with_lexicon(_PARTNER_COMPOUND_STEMS, LEXICON_PARTNER_COMPOUNDS)


#: Nouns of doing something *with* someone, whose partner is an instrumental right before them
#: ("the interview with Kurmanov": «Құрмановпен сұхбат»; "talks with Xi": «Сипен келіссөз»)
_PARTNER_NOUNS = ("сұхбат", "келіссөз", "кездесу", "келісім", "байланыс", "ынтымақтастық", "әңгіме", "диалог",
                  "пікірталас", "қақтығыс", "соғыс", "серіктестік", "әріптестік", "қарым-қатынас", "ымыра", "бітім",
                  "сауда", "шекара")       # (trade with, a border with: «Қытаймен … ортақ шекарасы»)


def _voiced_too(stems: tuple[str, ...]) -> tuple[str, ...]:
    """*stems* with, for each ending in қ, к or п, its voiced form before a vowel (ынтымақтастық →
    ынтымақтастығ-ын, серіктестік → серіктестіг-і): a prefix test on the written stem alone misses every
    form with a vowel ending."""
    return stems + tuple(stem[:-1] + VOICED[stem[-1]] for stem in stems if stem[-1:] in VOICED)


#: ... and those of them, with the compounds they begin (келісімшарт, "contract"), as written with no ending at all
_BARE_PARTNER_NOUNS = frozenset(_PARTNER_NOUNS) | {"келісімшарт"}


def bare_partner_noun(word: str) -> bool:
    """Is *word* (lower case) one of :data:`_PARTNER_NOUNS` with no ending at all (келісімшарт, сұхбат), which a
    genitive before it cannot own?"""
    return word.islower() and fold(word) in _BARE_PARTNER_NOUNS


#: ... of which those of a relation both sides share (relations, ties, war, trade, a border): their owner is one
#: of the two sides, so a genitive before one with its ending is never the partner "with" names («Қытайдың
#: қарым-қатынасы», China's own relations) — unlike an interview or a meeting, which is the partner's too
#: («Құрмановтың сұхбаты», the interview with Kurmanov)
_SHARED_RELATION_NOUNS = ("қарым-қатынас", "байланыс", "ынтымақтастық", "серіктестік", "әріптестік", "қақтығыс",
                          "соғыс", "сауда", "шекара")
#: Both tables as prefixes of their inflected forms
_SHARED_RELATION_STEMS = _voiced_too(_SHARED_RELATION_NOUNS)
_PARTNER_STEMS = _voiced_too(_PARTNER_NOUNS)


def shared_relation_noun(word: str) -> bool:
    """Is *word* (lower case) one of :data:`_SHARED_RELATION_NOUNS`, in any case or number?"""
    return word.islower() and fold(word).startswith(_SHARED_RELATION_STEMS)


def partner_noun(word: str) -> bool:
    """Is *word* (lower case) one of :data:`_PARTNER_NOUNS`, in any case or number?"""
    low = fold(word)
    return word.islower() and low.startswith(_PARTNER_STEMS)


def without_auxiliary(words: list[str]) -> list[str]:
    """*words* (a clause) without the auxiliary of aspect after a converb at its end («мұнай сатып
    отыр», «жұмыс істеп келеді»): the converb's verb is the one that governs."""
    if len(words) > 2 and converb(words[-2]) and (_stem_of(words[-1], _AUXILIARY_STEMS) is not None
                                                  or _POSTURE_PRESENT.fullmatch(fold(words[-1])) is not None):
        return words[:-1]
    return words


#: The particles "too", "and … and" that pair two members («Тоқаевқа да, уәделеріне де»)
PAIR_PARTICLES = frozenset("да де та те".split())
#: The question particles, which may end a clause after its verb (шақырды ма?)
_QUESTION_PARTICLES = frozenset("ма ме ба бе па пе ше".split())


def without_clause_particles(words: list[str]) -> list[str]:
    """*words* (a clause) without what may end it after its verb: a question particle («… шақырды
    ма?») or the joining да («… оралдым да, …»), then the жоқ of the negative past after a
    participle («… айыптаған жоқ», "never condemned") and the келу of a desiderative («…
    тойлағысы келмейді», "does not want to celebrate"), whose verb is the one that governs."""
    if len(words) > 1 and fold(words[-1]) in _QUESTION_PARTICLES:
        words = words[:-1]
    if len(words) > 1 and fold(words[-1]) in PAIR_PARTICLES:
        words = words[:-1]      # «… қайтып оралдым да, …», "I went back, and …": да joins the next clause
    if len(words) > 1 and fold(words[-1]) == "жоқ" and participle(fold(words[-2])):
        words = words[:-1]
    if len(words) > 1 and wish(words[-2], words[-1]):
        words = words[:-1]      # «… тойлағысы келмейді», "does not want to celebrate": the wanted verb governs
    return words


#: The desiderative, whose person is said by келу after it (тойлағысы келмейді, айтқым келеді)
_DESIDERATIVE = re.compile(r".{2,}(?:ғы|гі|қы|кі)(?:сы|сі|м|ң|мыз|міз|ңыз|ңіз|лары|лері)")


def wish(word: str, following: str) -> bool:
    """Are *word* and *following* a verb's desiderative and the келу that says whose wish it is
    («көмектескісі келеді», "wants to help")? The desiderative's verb is the one that governs."""
    return _DESIDERATIVE.fullmatch(fold(word)) is not None and fold(following).startswith("кел")


#: The verbs whose partner is an instrumental (:data:`_VERB_STEMS`), in any form: сөйлестік, кездескен,
#: келіссөздер — not the noun келісім, an agreement, nor ынтымақтастық, "solidarity", which is sent *to* someone
#: («Жаңаөзенге ынтымақтастық хаты»)
#: (and comparing, салыстыру, and sharing, бөлісу, whose other side the English "with" makes an instrumental —
#: «Қазақстанды Сириямен салыстырды», «тілшімен бөлісті» — beside an object of their own: no verb whose object is
#: one case; not салыстырмалы, "relatively")
#: (and coordinating, үйлестіру, whose partner the English "with" makes an instrumental — «Интернационалмен
#: үйлестірдік» — while "coordinated by" names its subject: no verb whose object is one case; and cooperating,
#: ынтымақтасу, whose «ынтымақтастық» is both "solidarity" and "we cooperated": not a clause's verb for certain)
_PARTNER_VERB = re.compile("(?:" + "|".join(_VERB_STEMS["ins"].split() + ["үйлестір", "ынтымақтас(?!тық|тығ)"]
                                           + ["салыстыр(?!ма)", "бөліс"])
                           + ")(?!ім|тыр)")


def partner_verb(low: str) -> bool:
    """Is the folded *low* a form of a verb of talking, meeting or agreeing (сөйлесу, кездесу, келісу),
    whose partner is an instrumental, or a noun made of one (келіссөздер)?"""
    return _PARTNER_VERB.match(low) is not None


def partner_compound_within(words: list[str]) -> bool:
    """Is there, among *words* (the start of a clause), a compound predicate whose partner is an
    instrumental (:data:`_PARTNER_COMPOUND_STEMS`) in any form, made a verbal noun or a converb as well
    («хат жазысқанын мойындады», "admitted corresponding with")?"""
    return any(fold(second).startswith(tuple(_PARTNER_COMPOUND_STEMS.get(fold(first), ())))
               and fold(first) in _PARTNER_COMPOUND_STEMS and second.islower()
               for first, second in pairwise(words))


def partner_clause(words: list[str]) -> bool:
    """Does the clause *words* end with a verb whose partner is an instrumental (кездесті,
    сөйлесті, келіссөз жүргізді)?"""
    if not words:
        return False
    words = without_auxiliary(words)      # «жұмыс істеп келеді»: the auxiliary after a converb
    if len(words) > 1 and _stem_of(words[-1], _PARTNER_COMPOUND_STEMS.get(fold(words[-2]), frozenset())):
        return True
    if len(words) > 2 and fold(words[-2]) == "қол" and fold(words[-1]).startswith("қой") \
            and partner_noun(words[-3]) and fold(words[-3]).endswith(("ге", "ға", "ке", "қа")):
        return True     # «… келісімге қол қойды», "signed an agreement with": the agreement the dative, the other side
                        # an instrumental
    stem = _stem_of(words[-1], VERB_STEM_CASES)
    return stem is not None and VERB_STEM_CASES[stem] == "ins"


def asking_verb(word: str) -> bool:
    """Is *word* a form of сұрау, "ask" (сұрады, сұрап), whose one asked is an ablative?"""
    return fold(word).startswith("сұра")


#: Compound verbs whose object is an accusative, by the converb or noun before the verb (сатып алды
#: "bought", басып алды "seized", қамауға алды "arrested"; not ал alone, also "took from")
_CLAUSE_COMPOUND_STEMS = {"сатып": frozenset({"ал"}), "басып": frozenset({"ал"}),
                          "сынға": frozenset({"ал"}),     # criticising: «Блэрді … сынға алды»
                          "бақылауда": frozenset({"ұста"}), "қолға": frozenset({"ал"}), "қоршауға": frozenset({"ал"}),
                          "бақылауға": frozenset({"ал"}),
                          # taking someone to court, welcoming someone
                          "сотқа": frozenset({"бер"}), "қарсы": frozenset({"ал"}),
                          # calling someone something: «Құрмановты … көшбасшысы деп атайды»
                          "деп": frozenset({"ата"}),
                          # celebrating, marking a day: «Тәуелсіздік күнін атап өтпейміз»
                          "атап": frozenset({"өт"}),
                          # leaving, abandoning somewhere or someone: «Қазақстанды тастап кетті», "left Kazakhstan"
                          # (the converb of таста, "leave", whose object it is; кету alone leaves *from* a place)
                          "тастап": frozenset({"кет"})}
_CLAUSE_COMPOUND_STEMS = with_lexicon(_CLAUSE_COMPOUND_STEMS, LEXICON_ACCUSATIVE_COMPOUNDS)
#: (and the compounds of a noun in the dative, :data:`POSSESSED_COMPOUNDS`: «… есіне алады», «қалпына келтірді»)
#: ... and those whose object is an ablative: renouncing, losing touch with, giving up hope of («Назарбаевтан
#: бас тартты», "renounced Nazarbayev")
_CLAUSE_ABLATIVE_COMPOUND_STEMS = {"бас": frozenset({"тарт"}), "қол": frozenset({"үз"}), "үміт": frozenset({"үз"}),
                                   "жауап": frozenset({"ал"})}      # questioning: «Назарбаевтан жауап алу»
_CLAUSE_ABLATIVE_COMPOUND_STEMS = with_lexicon(_CLAUSE_ABLATIVE_COMPOUND_STEMS, LEXICON_ABLATIVE_COMPOUNDS)


def clause_verb_case(word: str, before: str = "") -> str | None:
    """The case of the direct object of the Kazakh finite verb *word* ("acc", "abl"), if it is an
    active form of one of the verbs in :data:`CLAUSE_VERB_CASES`, or of a compound with the word
    *before* it (сатып алды); else None."""
    if _stem_of(word, _SEEING) is not None and (converb(before) or fold(before) in _DEEMING):
        # «кездесіп көрдіңіз бе», "did you ever meet": көр after a converb is the auxiliary of having ever done, whose
        # converb governs; «… сөйлесуді жөн көрген», "preferred talking": a compound of deeming, whose object is the
        # verbal noun before it
        stem = _stem_of(before, CLAUSE_VERB_CASES) if converb(before) else None
        return CLAUSE_VERB_CASES[stem] if stem is not None else None
    # (a compound before its verb alone: «Тоқаевтан жауап күтті», "awaited an answer from Tokayev", though күту
    # alone takes an accusative)
    low_before = fold(before)
    compound = _CLAUSE_COMPOUND_STEMS.get(low_before) or frozenset(POSSESSED_COMPOUNDS.get(low_before, ()))
    if compound and _stem_of(word, compound) is not None:
        return "acc"
    ablative = _CLAUSE_ABLATIVE_COMPOUND_STEMS.get(low_before)
    if ablative is not None and _stem_of(word, ablative) is not None:
        return "abl"
    stem = _stem_of(word, CLAUSE_VERB_CASES)
    if stem is not None:
        return CLAUSE_VERB_CASES[stem]
    if wish(before, word):
        # «… көмектескісі келеді», "wants to help": the desire's verb governs
        stem = _stem_of(before, CLAUSE_VERB_CASES)
        if stem is not None:
            return CLAUSE_VERB_CASES[stem]
    if converb(before) and (_stem_of(word, _AUXILIARY_STEMS) is not None or _stem_of(word, _TAKING) is not None):
        # «… ұстап келді» ("has held"): an auxiliary after a converb, whose verb governs (ал too, after a verb the
        # tables know: «… қоршап алды», "surrounded")
        stem = _stem_of(before, CLAUSE_VERB_CASES)
        if stem is not None:
            return CLAUSE_VERB_CASES[stem]
    return None


#: A participle made a noun with the possessive, in any case (соттағанын, сынағаны, шақырғанына; the present's
#: too, қолдайтынын "that it supports"): the participle (соттаған) and what follows it
_NOMINALISED_PARTICIPLE = re.compile(r"(.{3,}(?:ған|ген|қан|кен)|.{2,}(?:атын|етін|йтын|йтін))"
                                     r"(?:ы|і)(?:н|на|не|нда|нде|нан|нен|мен|ның|нің)?")


def nominalised_verb_case(word: str) -> str | None:
    """The case of the direct object of the verb whose participle made a noun *word* is («соттағанын»,
    "that it sentenced": the accusative, as «соттады»), if it is one of the verbs in
    :data:`CLAUSE_VERB_CASES`; else None."""
    found = _NOMINALISED_PARTICIPLE.fullmatch(fold(word))
    return clause_verb_case(found.group(1)) if found is not None else None


def verbal_noun_object_case(word: str) -> str | None:
    """The case of the object of the verb whose verbal noun *word* is («босату», «қорғауға»,
    «сынауды»: "to dismiss", "to defend", "to criticise"), if it is one of the verbs in
    :data:`CLAUSE_VERB_CASES`; else None."""
    low = fold(word)
    for k in range(len(low) - 1, 2, -1):
        if low[:k] in CLAUSE_VERB_CASES and _VERBAL_NOUN_TAIL.fullmatch(low[k:]):
            return CLAUSE_VERB_CASES[low[:k]]
    return None


#: A finite verb ending: the past in -ды/-ді, the present-future in -ады/-йды, with a negation
#: before and a personal ending after (not a participle, converb or verbal noun)
_FINITE_ENDING = re.compile(r"(?:ма|ме|ба|бе|па|пе)?(?:ды|ді|ты|ті|ады|еді|йды|йді|ыпты|іпті|пты|пті)"
                            r"(?:м|ң|қ|к|ңыз|ңіз|мын|мін|сың|сің|мыз|міз|сыз|сіз|лар|лер|тар|тер)?$")


def finite_verb(low: str, shortest: int = 3) -> bool:
    """Has the folded *low* the ending of a finite verb (-ды/-ді/-ты/-ті past, -ады/-йды
    present-future, a negation before it and a personal ending after it allowed), after a stem
    of *shortest* letters or more (two for the verb of a compound: ет-ті of ықпал етті)? (The past's
    -ты/-ті only after a voiceless consonant, as Kazakh voices it: президенті, "its president", is a
    noun in -нт with the possessive.)"""
    return any(_FINITE_ENDING.fullmatch(low[k:]) and (low[k] != "т" or low[k - 1] in _VOICELESS)
               for k in range(shortest, len(low) - 1))


#: The voiceless consonants, after which the past's ending is -ты/-ті (кетті, айтты)
_VOICELESS = frozenset("кқпстфхцчшщ")


def finite_verb_case(word: str) -> str | None:
    """The case a finite form of a verb listed here wants of a name it acts on ("dat" for the
    one something is given or told to, "acc" or "abl" for the object, "ins" for a partner);
    None when *word* is no finite form of one («тапсырды» "dat", not «тапсырған»)."""
    low = fold(word)
    for k in range(len(low) - 1, 1, -1):
        if _FINITE_ENDING.fullmatch(low[k:]):
            stem = low[:k]
            if stem in VERB_STEM_CASES:
                return VERB_STEM_CASES[stem]
            if stem in CLAUSE_VERB_CASES:
                return CLAUSE_VERB_CASES[stem]
            if stem in _GIVING_STEMS:
                return "dat"
    return None


#: English verbs (by stem) whose object Kazakh makes the dative object of a verb of its own, and
#: that verb's stem: trusting and believing (сену), joining (қосылу), helping (көмектесу), obeying
#: (бағыну), resisting (қарсыласу), reaching (жету)
_EN_DATIVE_OBJECT_VERBS = (("trust", "сен"), ("believ", "сен"), ("join", "қосыл"), ("help", "көмектес"),
                           ("obey", "бағын"), ("resist", "қарсылас"), ("reach", "жет"))


def dative_verb_for(english: str) -> str | None:
    """The stem of the Kazakh verb whose dative object renders the object of the English verb
    *english* ("trusted" → сен, "joined" → қосыл), if it is one of those; else None."""
    low = english.lower()
    return next((stem for prefix, stem in _EN_DATIVE_OBJECT_VERBS if low.startswith(prefix)), None)


def form_of_verb(word: str, stem: str) -> bool:
    """Is *word* a form of the verb *stem* — finite, participle or converb, its verbal noun, or a
    participle made a noun (сенбейтіндерін, "that they do not trust")?"""
    low = fold(word)
    return _stem_of(word, frozenset({stem})) is not None or _verbal_noun_of_any(low, (stem,)) \
        or _nominal_participle_of(low, (stem,))


def verb_object_case(word: str) -> str | None:
    """The case the object of the Kazakh verb form *word* takes ("dat", "acc"), if it is a form of
    one of the verbs listed, or the verbal noun of one whose object is no accusative (сенуге, "to
    trust", governs as сену does; «Тоқаевқа қолдау білдірді» is support *to* him, a noun); else
    None."""
    stem = _stem_of(word, VERB_STEM_CASES)
    if stem is None:
        low = fold(word)
        stem = next((low[:k] for k in range(len(low) - 1, 1, -1)
                     if VERB_STEM_CASES.get(low[:k], "acc") != "acc"
                     and (_VERBAL_NOUN_TAIL.fullmatch(low[k:]) or _NOMINAL_PARTICIPLE_TAIL.fullmatch(low[k:]))), None)
    return VERB_STEM_CASES[stem] if stem is not None else None


#: A participle made a noun, with a negation before and plural, possessive and case endings after
#: («сенбейтіндерін», that they do not trust), or made a clause of cause («қорқатындықтан», "because they
#: fear"): it governs its object as the verb does
_NOMINAL_PARTICIPLE_TAIL = re.compile(r"(?:ма|ме|ба|бе|па|пе)?(?:атын|етін|йтын|йтін|ған|ген|қан|кен)"
                                      r"(?:(?:дар|дер|лар|лер|тар|тер)?(?:ы|і)?(?:н|на|не|нда|нде|ның|нің|ды|ді)?"
                                      r"|(?:дықтан|діктен|тықтан|тіктен)"
                                      # (and the participle's own dative and locative that make a clause of
                                      # time: «ЕАЭО-ға кіргенге дейін», "before joining the EAEU", «… кіргенде» —
                                      # not the ablative, «Лондонға оралғаннан бері», "since returning from
                                      # London", whose English may say where from)
                                      r"|(?<=ған|ген|қан|кен)(?:ға|ге|да|де))")


#: The stems of the verbs whose object is an accusative, of both tables
_ACCUSATIVE_STEMS = frozenset(stem for table in (CLAUSE_VERB_CASES, VERB_STEM_CASES)
                              for stem, case in table.items() if case == "acc")


def accusative_verb(word: str) -> bool:
    """Is *word* a form of a verb whose object is an accusative (:data:`CLAUSE_VERB_CASES`,
    :data:`VERB_STEM_CASES`), its verbal noun in -у included («Қазақстанды қолдау»)?"""
    low = fold(word)
    return _stem_of(word, _ACCUSATIVE_STEMS) is not None or any(
        low[:k] in _ACCUSATIVE_STEMS and _VERBAL_NOUN_TAIL.fullmatch(low[k:]) for k in range(len(low) - 1, 1, -1))


def possessed_across(words: list[str], *, adjacent: bool = False, owner: bool = False,
                     bridge: bool = False) -> int | None:
    """«Назарбаев бұрынғы кеңесшісі»: how many modifiers (demonstratives, adjectives, figures)
    stand between a name and the possessive noun after them in *words* (the words after the
    name, in its clause); None when the words are not modifiers followed by a possessive noun.
    A bare possessor stands right before its noun (Назарбаев университеті), so across a
    modifier only a genitive possesses: «Назарбаевтың бұрынғы кеңесшісі». With *adjacent*,
    the noun may follow the name directly (0: «RISE-ға мүшесі», a name in another case
    possesses nothing) — then a word that may be an accusative or a past verb (қатты, сынады)
    is no possessive noun. With *owner* (the English says "'s" after the name) a verbal noun
    right after it is its possession too ("Xi Jinping's message": «Си Цзиньпинге жолдауы» is
    no "sending to Xi Jinping"). With *bridge* (the name is in a case other than the nominative) the
    first noun of a compound counts as a modifier: «Төлетаеваны сот процесі» possesses nothing, while
    a bare name begins a chain of bare nouns («Қазақстан мұнай өнеркәсібі»). An adjective that makes a fixed
    term with its noun (шикі мұнай, "crude oil") is no modifier: «Қазақстан шикі мұнайының», "Kazakhstan's crude"."""
    if len(words) > 1 and words[0].islower() \
            and fold(words[1]).startswith(TERM_ADJECTIVES.get(fold(words[0]), ("\0",))):
        return possessed_across(words[1:], adjacent=adjacent, owner=owner, bridge=bridge)
    k = 0
    while k < min(len(words), 4):
        low = fold(words[k])
        if words[k].islower() and POSSESSED_PLACE_ADJECTIVE.fullmatch(low):
            # «Ақтауда басты алаңындағы», "on Aktau's main square": its square's, a possessed noun (a bare
            # name right before it is its possessor: «Сталин заманындағы», "in Stalin's time", «Ақтау
            # көшелеріндегі», "on the streets of Aktau" — whether the English says "'s" or "of")
            return k if k or adjacent else None
        if PLACE_ADJECTIVE.fullmatch(low):         # Қазақстандағы, Алматыдағы: a name made an adjective
            k += 1
            continue
        if not words[k].islower() and not words[k].isdigit():
            return None
        if low in ("ең", "аса", "өте"):
            k += 2      # the superlative's or intensifier's adjective after it (ең ауқымды, ең ірі) whatever its shape
            continue
        if low in DEMONSTRATIVES or low in QUANTIFIERS or low in PLAIN_ADJECTIVES or words[k].isdigit() \
                or adjective_shaped(low) \
                or FRACTION_OF.fullmatch(low) or COMPARATIVE.fullmatch(low):
            k += 1
            continue
        if bridge and k + 1 < len(words) and words[k + 1].islower() and bare_noun(low) \
                and POSSESSED.fullmatch(fold(words[k + 1])) and not ACCUSATIVE_OR_PAST.fullmatch(fold(words[k + 1])):
            k += 1      # the first noun of a compound: «сот процесі» (a trial)
            continue
        break
    if (k == 0 and not adjacent) or k >= len(words) or not words[k].islower():
        return None
    low = fold(words[k])
    if any_postposition(low) or low in ADVERBIAL_POSSESSED:
        return None         # «Батыс Қазақстан халқы үшін»: үшін is a postposition, no possessed noun (nor кейін)
    # (-ты/-ті is the accusative or a past only after a voiceless sound; after another it is the
    # possessive of a stem in -т: парламенті, its parliament)
    # (a word of four letters may be possessed, ісін, әскері — not the pronouns and adverbs shaped so)
    if k == 0 and (len(low) < 4 or (len(low) == 4 and low in SHORT_NOT_POSSESSED) or low.endswith(("ны", "ні"))
                   or ACCUSATIVE_OR_PAST.fullmatch(low)
                   or (VERBAL_NOUN.fullmatch(low) and not owner)):
        return None         # an accusative, a past verb, or a verbal noun whose object the name is (Асадты қолдауы)
    if k == 0 and k + 1 < len(words) and possessed_compound(low, words[k + 1]):
        return None         # «Конституцияны қалпына келтіру»: a compound verb, whose object the name is
    if k + 1 < len(words) and wish(low, words[k + 1]):
        return None         # «Тәуелсіздік күнін тойлағысы келмейді»: a desiderative, whose object the name is
    # (nor, at any distance, the accusative of a bare verbal noun: «Төлетаеваны толық ақтауды», ақтау + -ды; nor -ны/-ні
    # after a vowel, which is the accusative's, the possessive there being -сы/-сі: «әскери интервенцияны»)
    return k if POSSESSED.fullmatch(low) and not adjective_shaped(low) \
       and not low.endswith(VERBAL_NOUN_ACCUSATIVE) and VOWEL_ACCUSATIVE.fullmatch(low) is None \
       and (not NOT_POSSESSED.fullmatch(low) or L_NOUN_POSSESSED.fullmatch(low) or ISH_POSSESSED.fullmatch(low)) \
       else None


def possessed_compound_passive(noun: str, verb: str) -> bool:
    """Is *verb* a passive form, in any tense, mood or case, of the compound verb of the possessed dative
    *noun* (қамауға алынғаннан, "after being arrested"; қалпына келтірілсін; қамауға алыныпты)?"""
    low = fold(verb)
    return any(low.startswith(stem) and low[len(stem):].startswith(_PASSIVE_INFIX)
               for stem in POSSESSED_COMPOUNDS.get(fold(noun), ()))


# -- word shapes that need the verb tables above (the rest are kazakh_words') ------------------------


def objectless_participle(low: str) -> bool:
    """Is the folded *low* a participle that takes no object: a passive (алынған, жасалған,
    қабылданған) or an intransitive in -л- (тоқталған)?"""
    return participle(low) and (passive_verb(low) or il_passive(low)
                                or VOWEL_STEM_PASSIVE_PARTICIPLE.fullmatch(low) is not None
                                # (the -н- passive of a verb of giving with a vowel stem: жолданған, арналған)
                                or (giving_verb_any_voice(low) and not giving_verb(low)))


def objectless_participle_noun(low: str) -> bool:
    """Is the folded *low* an objectless participle (:func:`objectless_participle`) made a noun, with
    its plural, possessive or case endings («ұсталғандарға»), or bare?"""
    found = NOMINAL_PARTICIPLE.fullmatch(low)
    return found is not None and objectless_participle(found.group(1))


def another_verb_form(words: list[str]) -> bool:
    """Is one of the Kazakh *words* a verb form that may take an object of its own (a participle,
    converb, verbal noun or passive)?"""
    return any(participle(low) or converb(word) or possessed_verbal_noun(low) or nominalised_verb(low)
               or passive_verb(low) or any_verbal_noun(low) for word in words for low in (fold(word),))
