"""Kazakh postpositions and the case each takes of the name before it.

Kazakh puts postpositions after the noun, and each takes one case: «Тоқаев туралы» (about,
nominative), «Алматыға дейін» (until, dative), «Жаңаөзеннен гөрі» (than, ablative). A name
right before one, in a case it does not take, is a wrong inflection («Тоқаевқа туралы»).

Only postpositions that are nothing else are listed: кейін, бұрын, соң, бері (also "later",
"before", "then", "hither"), қарсы, бірге (also "against", "together" as adverbs), қатысты
(also "took part"), сияқты (also "it seems") may follow a name in another case («Алматыда
кейін сөйледі»: spoke in Almaty later), so a name before them says little by itself: the
English preposition the name follows says when they are postpositions
(:func:`source_postposition`), and some cases fit neither use (:func:`adverb_postposition`).
The words that want a person before them in the genitive (айтуынша, орнына) are here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .english_context import TailPattern, right_before
from .kazakh_heads import ABL, ACC, DAT, GEN, INS, NOM
from .matcher import fold

#: postposition → (the cases it takes, the case a fix uses)
POSTPOSITIONS: dict[str, tuple[int, str]] = {}
for _words, _mask, _default in (
    ("туралы жайлы жөнінде арқылы бойынша үшін ретінде", NOM, "nom"),     # (ретінде: "as", «орган ретінде»)
    # "side": «Тоқаевтың жағын ұстады» (sided with Tokayev), «Ресей жағынан» (on Russia's part)
    ("жағын жағына жағында жағынан", NOM | GEN, "gen"),
    # the place nouns of "in front of", "near", "inside", "around": «елшілігінің алдында», «Алматы
    # маңында» — a possessor, in the genitive or bare, never another case («елшілігіне алдында»)
    ("алдында алдына алдынан алдындағы артында артына жанында жанына жанындағы маңында маңына маңындағы "
     "қасында қасына ішінде ішіне ішінен ішіндегі сыртында сыртына төңірегінде төңірегіндегі "
     # ("thanks to Steve Eason": «Стив Изонның арқасында», by his back)
     "арқасында "
     # ("a complaint against KazMunayGas": «… компаниясының үстінен шағым», over it)
     "үстінен үстінде үстіне", NOM | GEN, "gen"),
    # (дейінгі, шейінгі: the adjectives of дейін, "the road from Aktau to Zhanaozen", «Жаңаөзенге дейінгі»)
    # (сай, "in accordance with": «1993 жылғы Конституцияға сай»)
    ("дейін шейін дейінгі шейінгі қарай сәйкес сай қарамастан арналған", DAT, "dat"),
    ("қарағанда", DAT, "dat"),
    # ("linked with Massimov": «Мәсімовпен байланысты», the adjective "connected")
    ("байланысты", DAT | INS, "dat"),
    # "owned by Chevron" turned round: «Chevron-ға тиесілі» (belonging to), «әкімдікке қарасты»
    ("тиесілі қарасты", DAT, "dat"),
    # "adviser to Nazarbayev": «Назарбаевқа кеңесші»
    ("кеңесші", DAT, "dat"),
    # "thanks to Steve Eason": «Стив Изонға рахмет» (a subject may stand before it: «Тоқаев рахмет айтты»)
    ("рахмет", DAT | NOM, "dat"),
    ("гөрі тыс", ABL, "abl"),
    # "unlike (in) Turkey": «Түркиядан айырмашылығы»
    ("айырмашылығы", ABL, "abl"),
):
    for _word in _words.split():
        POSTPOSITIONS[_word] = (_mask, _default)


@dataclass(frozen=True)
class _AdverbPostposition:
    """A postposition that is also an adverb (кейін "later", бірге "together", қарсы
    "against"), and what tells the two apart."""

    english: TailPattern         # the English before a name that makes it the postposition
    takes: int                   # the case it takes then ...
    case: str                    # ... by name, for the fix
    never: int = 0               # cases a name right before it has in neither use
    compounds: tuple[str, ...] = ()  # verbs the adverb makes a compound with, whose object may stand before it
    adjective: bool = False      # an adjective first, a postposition only after its English preposition


#: "furious with", "angry at": ашулы and ызалы after the name, which take the dative
_ANGRY_WITH = _AdverbPostposition(right_before(r"(?:furious|angry|mad|cross|enraged)\s+(?:with|at)"), DAT, "dat")
#: English "with" a partner, a title or two in small letters between it and the name
_WITH_PARTNER = r"(?:together\s+with|along\s+with|alongside|with)(?:\s+(?:the\s+)?(?-i:[a-z]+)){0,2}"


#: "after", or "succeeded", whom one comes after ("who succeeded Nazarbayev" → «Назарбаевтан кейін билікке келген»)
_AFTER_OR_SUCCEEDED = right_before(r"after(?:\s+(?:that|this))?|succeed(?:ed|s|ing)?")

#: When the English puts the name after the preposition they render ("after Nazarbayev" →
#: Назарбаевтан кейін), they are postpositions and take one case. Before қарсы ("against" +
#: dative: «Асадқа қарсы») a subject, a place or a possessor may come before the adverb
#: («Тоқаевтың қарсы шығуы»), an accusative only as the object of қарсы алу "welcome" or қарсы
#: қою "set against", an instrumental never.
_ADVERB_POSTPOSITIONS: dict[str, _AdverbPostposition] = {
    # (a demonstrative between too: "since that Independence Day" → «сол Тәуелсіздік күнінен бері»)
    "кейін": _AdverbPostposition(_AFTER_OR_SUCCEEDED, ABL, "abl"),
    # (and its adjective, "the days after Independence Day": «Тәуелсіздік күнінен кейінгі күндер»)
    "кейінгі": _AdverbPostposition(right_before(r"after(?:\s+(?:that|this))?"), ABL, "abl"),
    "соң": _AdverbPostposition(_AFTER_OR_SUCCEEDED, ABL, "abl"),
    "бұрын": _AdverbPostposition(right_before(r"before(?:\s+(?:that|this))?"), ABL, "abl"),
    "бері": _AdverbPostposition(right_before(r"since(?:\s+(?:that|this))?"), ABL, "abl"),  # "since Independence Day"
    # "depends on Russia" → «Ресейге тәуелді», "independent of Moscow" → «Мәскеуден тәуелсіз» (adjectives
    # too: «тәуелді ел», a dependent country)
    # ("depends heavily on Russia": an adverb of degree between)
    "тәуелді": _AdverbPostposition(right_before(r"(?:depend(?:s|ed|ing|ent|ence|ency)?|reliant|reliance)"
                                                r"(?:\s+[a-z]{3,}ly)?\s+(?:up)?on"), DAT, "dat"),
    # "a statement on Kazakhstan", "regarding Tokayev", "as regards the CSTO" → «Қазақстанға қатысты»
    # (қатысты is also the past of қатысу, "took part": «Қазақстан … қатысты»)
    # (the verb takes a dative too, «сайлауға қатысты»: no name before it in the accusative, genitive or
    # instrumental — a verb's subject is no genitive, and the postposition's complement is a dative:
    # «Мәсімовтің қатысты айыптар» for "the charges against Massimov" is neither)
    "қатысты": _AdverbPostposition(right_before(r"(?:regarding|concerning|(?:related|relating|in\s+relation|with\s+"
                                                r"regard|with\s+respect)\s+to|as\s+(?:regards|to|for)"
                                                r"|about|on|over|to\s+do\s+with)"), DAT, "dat",
                                   never=ACC | GEN | INS),
    "тәуелсіз": _AdverbPostposition(right_before(r"independen(?:t|ce)\s+(?:of|from)"), ABL, "abl"),
    # "similar to NATO" → «НАТО-ға ұқсас» (ұқсас is also the plain "similar": «ұқсас сандар», similar figures)
    "ұқсас": _AdverbPostposition(right_before(r"(?:similar|akin|comparable)\s+to|resembl(?:e|es|ed|ing)"), DAT, "dat"),
    # "no one but Tokayev", "except Almaty" → «Тоқаевтан басқа» (басқа is also "other": «басқа адам»)
    "басқа": _AdverbPostposition(right_before(r"(?:but|except|besides|apart\s+from|other\s+than)"), ABL, "abl"),
    # "satisfied with KazMunayGas" → «ҚазМұнайГазға риза», "unhappy with Tokayev" → «Тоқаевқа наразы»,
    # "disappointed with the EU" → «Еуропалық Одақтан көңілі қалды» (риза, наразы are adjectives too)
    "риза": _AdverbPostposition(right_before(r"(?:satisfied|happy|content|pleased|grateful)\s+(?:with|to)"),
                                DAT, "dat"),
    "наразы": _AdverbPostposition(right_before(r"(?:unhappy|dissatisfied|discontented|displeased|angry)\s+(?:with|at)"),
                                  DAT, "dat"),
    # "furious with Chevron" → «Chevron-ға ашулы» (ашулы, ызалы are adjectives too: «ашулы жұмысшылар»)
    "ашулы": _ANGRY_WITH, "ызалы": _ANGRY_WITH,
    "көңілі": _AdverbPostposition(right_before(r"disappointed\s+(?:with|in|by)"), ABL, "abl"),
    # "people close to Nazarbayev" → «Назарбаевқа жақын адамдар», "far from Almaty" → «Алматыдан алыс»
    # (adjectives too: «жақын адам», a close person)
    # (and "not far from Karachaganak", «Қарашығанаққа жақын»: near, whatever the English preposition)
    "жақын": _AdverbPostposition(right_before(r"(?:close|closer|closest)\s+to|near|not\s+(?:very\s+|too\s+|so\s+)?far"
                                              r"\s+(?:away\s+)?from"), DAT, "dat", adjective=True),
    "алыс": _AdverbPostposition(right_before(r"far\s+(?:away\s+)?from"), ABL, "abl", adjective=True),
    # "borders China", "bordering Russia" → «Қытаймен шекаралас» (an adjective too: «шекаралас ел», a neighbour)
    "шекаралас": _AdverbPostposition(right_before(r"border(?:s|ed|ing)?(?:\s+on)?|(?:on\s+the\s+)?border\s+with"),
                                     INS, "ins", adjective=True),
    # ("together with the photographer Steve Eason": a title or two in small letters between)
    "бірге": _AdverbPostposition(right_before(_WITH_PARTNER), INS, "ins"),
    # ("stood alongside John McDonnell" → «Джон Макдоннеллмен қатар тұрды»; қатар is also "a row")
    "қатар": _AdverbPostposition(right_before(_WITH_PARTNER), INS, "ins"),
    # ("aimed at Nazarbayev" → «Назарбаевқа қарсы бағытталған»)
    # ("a counterweight to NATO" → «НАТО-ға қарсы салмақ», "opposed to Tokayev" → «Тоқаевқа қарсы»)
    "қарсы": _AdverbPostposition(right_before(r"(?:against|(?:aimed|directed|targeted)\s+at|"
                                              r"(?:counterweight|counterbalance|opposed|opposition)\s+to)"), DAT, "dat",
                                 never=ACC | INS, compounds=("ал", "қой")),
    # "from Kyzylorda to Pavlodar" → «Қызылордадан бастап Павлодарға дейін» (бастап is also "starting",
    # "leading": «жұмысты бастап», «көтеріліске бастап»)
    # ("since 2011" too: «2011 жылдан бастап»)
    "бастап": _AdverbPostposition(right_before(r"(?:starting\s+|beginning\s+)?from|(?:starting|beginning)\s+with"
                                               r"|since"), ABL, "abl"),
    # "like Zhanaozen" → «Жаңаөзен сияқты» (сияқты is also "it seems", after a clause)
    "сияқты": _AdverbPostposition(right_before("(?:just\\s+)?like"), NOM, "nom"),
    "секілді": _AdverbPostposition(right_before("(?:just\\s+)?like"), NOM, "nom"),
    "тәрізді": _AdverbPostposition(right_before("(?:just\\s+)?like"), NOM, "nom"),
}


#: The personal endings of a predicate (-мын, -мыз, -сың, -сыз …) on a word after a vowel: «қарсымыз», "we are
#: against"
_PREDICATE_PERSON = re.compile(r"(.{3,}[аеиоуыіәөүұэюя])(?:мын|мін|мыз|міз|сың|сің|сыз|сіз|сыңдар|сіңдер|сыздар|"
                               r"сіздер|мыздар|міздер)")


def _adverb_postposition(word: str) -> _AdverbPostposition | None:
    """The postposition that is also an adverb *word* is, with a predicate's personal ending too («қарсымыз»)."""
    low = fold(word)
    found = _ADVERB_POSTPOSITIONS.get(low)
    if found is None and (person := _PREDICATE_PERSON.fullmatch(low)) is not None:
        found = _ADVERB_POSTPOSITIONS.get(person.group(1))
    return found


def source_postposition(word: str, source_before: str) -> tuple[int, str] | None:
    """(cases, default case) when *word* is a postposition that is also an adverb (a predicate's
    personal ending aside: «біз ҰҚШҰ-ға қарсымыз», "we are against the CSTO") and the English
    before the name (*source_before*) ends with the preposition it renders; else None."""
    found = _adverb_postposition(word)
    if found is None or not found.english.search(source_before):
        return None
    return found.takes, found.case


def adverb_postposition(word: str, following: str) -> tuple[int, str] | None:
    """(cases no name right before *word* can have, the case a fix uses) when *word* is a
    postposition that is also an adverb with such cases, and *following* (the word after it)
    makes no compound verb with it; else None."""
    found = _ADVERB_POSTPOSITIONS.get(fold(word))
    if found is None or not found.never or fold(following).startswith(found.compounds):
        return None
    return found.never, found.case


#: The words that join names and nouns (мен, және, немесе): a list's case goes on its last member
COORDINATORS = frozenset(("мен", "бен", "пен", "және", "немесе", "не"))


#: "according to" a person: a noun with the possessive and the equative that wants the person in
#: the genitive («Құрмановтың пікірінше») ...
_PERSON_POSSESSED = frozenset("пікірінше сөзінше ойынша дерегінше мәліметінше болжамынша есебінше бағасынша".split())
#: ... and a person's place, "instead of", "in place of" («Назарбаевтың орнына»; a body's place is its seat,
#: which a locative may have: «Ирландия парламентінде орны бар», "has seats in the Irish Parliament")
_PERSON_PLACE = frozenset("орны орнын орнына орнында".split())
#: ... or any verbal noun so («айтуынша», «хабарлауынша», «жазуынша»: by what the person said, reported,
#: wrote; an agency may stand bare: «ТАСС хабарлауынша»)
_ACCORDING_TO_VERBAL_NOUN = re.compile(r".{2,}(?:уынша|уінше|юынша|юінше)")


#: ... and the same nouns in the dative before қарағанда («Құрмановтың сөзіне қарағанда», "according to Kurmanov")
_PERSON_POSSESSED_DATIVE = re.compile(r"(?:пікір|сөз|дерег|мәліметт|болжам|есеб|баға|хабар)(?:іне|ына|сына|сіне)"
                                      r"|.{2,}(?:уына|уіне|юына|юіне)")


def wants_person_genitive(word: str, following: str = "", *, person: bool = True) -> bool:
    """Is *word* one that wants a person before it in the genitive (айтуынша, пікірінше; сөзіне before
    *following* қарағанда; орнына, if the name is a *person*'s)?"""
    low = fold(word)
    return low in _PERSON_POSSESSED or (person and low in _PERSON_PLACE) \
        or _ACCORDING_TO_VERBAL_NOUN.fullmatch(low) is not None \
        or (fold(following) == "қарағанда" and _PERSON_POSSESSED_DATIVE.fullmatch(low) is not None)


def postposition(word: str) -> tuple[int, str] | None:
    """(cases, default case) if *word* is a Kazakh postposition that takes one case, else None."""
    return POSTPOSITIONS.get(fold(word))


#: Postpositions of two cases whose English says which one is meant: "in connection with the Zhanaozen events",
#: "because of Independence Day" — «Жаңаөзен оқиғасына байланысты», the dative of "because of"; the instrumental
#: of «… байланысты» is "linked with"
_NARROWED_BY_ENGLISH: dict[str, _AdverbPostposition] = {
    "байланысты": _AdverbPostposition(right_before(r"in\s+connection\s+with|because\s+of|due\s+to|owing\s+to"),
                                      DAT, "dat"),
}


def narrowed_postposition(word: str, before_en: str) -> tuple[int, str] | None:
    """(cases, default case) of the postposition *word* where the English before the name (*before_en*) says
    which of its cases is meant, else None."""
    found = _NARROWED_BY_ENGLISH.get(fold(word))
    if found is None or not found.english.search(before_en):
        return None
    return found.takes, found.case


def postposition_case(word: str) -> str | None:
    """The case a postposition *word* takes ("dat" for қарай, "abl" for кейін), else None."""
    found = POSTPOSITIONS.get(fold(word))
    return found[1] if found is not None else None


def postposition_of(word: str, following: str, cases: int) -> bool:
    """Is *word* a postposition (of one case, or one that is also an adverb or an adjective) that
    takes one of *cases* — so a name in that case right before it is its complement («Құрмановқа
    қарсы», «Тоқаевтан кейін»), nothing a verb further on governs? Not an adverb that makes a
    compound verb with *following* (the word after it): «Әбдірахмановты қарсы алды», "welcomed"."""
    low = fold(word)
    found = POSTPOSITIONS.get(low)
    if found is not None:
        return bool(found[0] & cases)
    adverb = _ADVERB_POSTPOSITIONS.get(low)
    return adverb is not None and bool(adverb.takes & cases) \
        and not (adverb.compounds and fold(following).startswith(adverb.compounds))


def any_postposition(word: str) -> bool:
    """Is *word* a postposition, of one case or one that is also an adverb (қарсы, кейін, бірге)? Not
    an adjective that is one only after its English preposition (жақын, "close to"; алыс, "far
    from": «Тоқаевтың жақын төңірегі» is "Tokayev's inner circle")."""
    low = fold(word)
    found = _ADVERB_POSTPOSITIONS.get(low)
    return low in POSTPOSITIONS or (found is not None and not found.adjective)


def genitiveless_postposition(low: str) -> bool:
    """Is the folded *low* a postposition that takes no genitive (арқылы, бойынша, үшін) — one that
    only looks possessed, nothing a genitive before it owns?"""
    found = POSTPOSITIONS.get(low)
    return found is not None and not found[0] & GEN
