"""The head nouns of Kazakh names and the case endings on nouns: облысы, компаниясы, кеңесі after a
name, the case a head noun's ending says (облысында: the locative), the ending a case wants on a bare
or a possessed noun, and the harmony and voicing that choose between the variants of an ending.

Read by the Kazakh rules wherever a name's case shows on the noun after it («Маңғыстау облысында»,
««Теңізшевройл» компаниясының») rather than on the name itself.
"""

from __future__ import annotations

import re

#: the Kazakh cases in paradigm order (as :data:`.forms.CASES`), as bits
NOM, GEN, DAT, ACC, ABL, LOC, INS = (1 << i for i in range(7))
#: ... and by name
CASE_BIT = {"nom": NOM, "gen": GEN, "dat": DAT, "acc": ACC, "abl": ABL, "loc": LOC, "ins": INS}

VOWELS = "аәеиоөұүыіуэюя"


#: A case ending put straight on a noun (every harmony and assimilation variant) ...
BARE_ENDINGS = {
    "gen": "ның нің дың дің тың тің", "dat": "ға ге қа ке", "acc": "ны ні ды ді ты ті",
    "loc": "да де та те", "abl": "дан ден тан тен нан нен", "ins": "мен бен пен",
}
#: ... and after the third-person possessive (облысы → облысында, парламенті → парламентінде)
POSSESSIVE_TAILS = {
    "gen": "ының інің", "dat": "ына іне", "acc": "ын ін", "loc": "ында інде", "abl": "ынан інен", "ins": "ымен імен",
}
BARE_CASE = {ending: case for case, endings in BARE_ENDINGS.items() for ending in endings.split()}
#: The three sounds of the separate word "and", which are the instrumental ending's (Тараз бен, Шымкент пен)
AND_SOUNDS = tuple(BARE_ENDINGS["ins"].split())
#: ... the locative's attribute -дағы on a bare noun, and the final consonants the possessive voices,
#: voiced → as the bare noun has them (елшілік → елшілігі, одақ → одағы, кітап → кітабы)
BARE_ATTRIBUTIVE = frozenset("дағы дегі тағы тегі".split())
#: The voiced form of a stem's last consonant before a vowel: a verb's (шық → шығ-, тап → таб-), a noun's
#: before the possessive (одақ → одағы) ...
VOICED = {"қ": "ғ", "к": "г", "п": "б"}
#: ... and back
UNVOICED = {voiced: plain for plain, voiced in VOICED.items()}
_DEVOICED = frozenset(UNVOICED.values())
POSSESSIVE_CASE = {tail: case for case, tails in POSSESSIVE_TAILS.items() for tail in tails.split()}


#: Generic nouns a quoted name stands before as their head, in the nominative and with the
#: third-person possessive («Қазақмыс» корпорациясы, «Халық майданы» ұйымының). A bare head with a
#: case ending after a quoted name («Теңізшевройл» компанияның) lost the possessive the name needs on
#: it (компаниясының). (Not the nouns of a kind of place: «Қазақстан ұйымға мүше болды», "joined the
#: organisation", is no head; a glossary name with its own noun, Маңғыстау облысы, has its endings
#: checked as that name's.)
_HEADS_POSSESSED = dict(pair.split(":") for pair in (
    "компания:компаниясы корпорация:корпорациясы коалиция:коалициясы партия:партиясы ұйым:ұйымы топ:тобы "
    "журнал:журналы газет:газеті басылым:басылымы қозғалыс:қозғалысы кәсіподақ:кәсіподағы одақ:одағы "
    "агенттік:агенттігі бірлестік:бірлестігі холдинг:холдингі концерн:концерні банк:банкі қор:қоры "
    "зауыт:зауыты фабрика:фабрикасы кәсіпорын:кәсіпорны сайт:сайты телеарна:телеарнасы арна:арнасы "
    "радио:радиосы кеңсе:кеңсесі фонд:фонды комитет:комитеті "
    # (the bodies of a movement, as Russian's generic words: a caucus, platform, campaign, initiative, league)
    "фракция:фракциясы платформа:платформасы науқан:науқаны бастама:бастамасы лига:лигасы "
    "федерация:федерациясы қауымдастық:қауымдастығы").split())
#: ... their stems as the possessive finds them (топ → тоб-ы, одақ → одағ-ы, кәсіпорын → кәсіпорн-ы)
#: (the possessive is -сы/-сі after a vowel, -ы/-і after a consonant)
_QUOTED_NOUNS = "|".join(possessed[:-2] if bare[-1] in VOWELS else possessed[:-1]
                         for bare, possessed in _HEADS_POSSESSED.items())
#: ... and the nouns of a kind of place a bare place name stands before (Тараз қаласынан, Маңғыстау облысына)
_PLACE_NOUNS = "қала|облыс|аудан|ауыл|кент"
#: the possessive after the stem, and a case after it
_POSSESSIVE = r"(с?[ыі])"
_STRICT_TAIL = r"(ның|нің|на|не|н|нда|нде|нан|нен|мен)?"
_QUOTED_HEAD = re.compile(f"({_QUOTED_NOUNS}){_POSSESSIVE}{_STRICT_TAIL}")
_PLACE_HEAD = re.compile(f"({_PLACE_NOUNS}){_POSSESSIVE}{_STRICT_TAIL}")
_HEAD_TAIL_CASE = {"": NOM, "ның": GEN, "нің": GEN, "на": DAT, "не": DAT, "н": ACC, "нда": LOC, "нде": LOC,
                   "нан": ABL, "нен": ABL, "мен": INS}
_HEAD_CASE_TAIL = {"nom": ("", ""), "gen": ("ның", "нің"), "dat": ("на", "не"), "acc": ("н", "н"),
                   "loc": ("нда", "нде"), "abl": ("нан", "нен"), "ins": ("мен", "мен")}


#: The same heads with the possessive in either vowel and any case ending, the attributive -дағы
#: and the bare case endings (without the possessive's -н-) too: what a hurried hand writes
_LOOSE_HEAD = re.compile(f"({_QUOTED_NOUNS}|{_PLACE_NOUNS}){_POSSESSIVE}"
                         r"(ның|нің|на|не|н|нда|нде|ндағы|ндегі|нан|нен|мен|ға|ге|да|де|дағы|дегі|дан|ден)?")
#: loanwords whose endings do not follow their last vowel (банкі)
_IRREGULAR_HARMONY = frozenset({"банк"})
_BACK_VOWELS = "аоұыяю"
_FRONT_VOWELS = "әөүіеэ"
#: a suffix's vowels and velars and their counterparts in the other row (мен has none: it never
#: changes)
_TO_BACK = str.maketrans("еігк", "аығқ")
_TO_FRONT = str.maketrans("аығқ", "еігк")
#: the case endings that follow the possessive with its -н- (a bare one after it lost the -н-)
_BARE_TO_POSSESSIVE = {"ға": "на", "ге": "не", "да": "нда", "де": "нде", "дағы": "ндағы", "дегі": "ндегі",
                       "дан": "нан", "ден": "нен"}


def harmonised_head(low: str) -> str | None:
    """A generic noun after a quoted name (компаниясы, газеті …) or a place name (қаласы, облысы …)
    whose possessive and case ending do not follow its own vowels (компаниясындегі, компаниясінан)
    or lost the possessive's -н- (компаниясыдағы, қаласыдағы): the word as it should be spelt;
    None where it is right or no such noun."""
    found = _LOOSE_HEAD.fullmatch(low)
    if found is None:
        return None
    stem, possessive, tail = found.group(1), found.group(2), found.group(3) or ""
    vowels = [c for c in stem if c in _BACK_VOWELS + _FRONT_VOWELS + "иу"]
    if not vowels or vowels[-1] in "иу" or stem in _IRREGULAR_HARMONY:
        return None         # (и, у go with either row: холдингі; банк takes банкі)
    back = vowels[-1] in _BACK_VOWELS
    tail = _BARE_TO_POSSESSIVE.get(tail, tail)
    table = _TO_BACK if back else _TO_FRONT
    fixed = stem + possessive.translate(table) + (tail if tail == "мен" else tail.translate(table))
    return fixed if fixed != low else None


#: the case endings of a bare noun, every variant of harmony and assimilation, and the attributive -дағы
_BARE_CASE_ENDINGS = {**BARE_CASE, **dict.fromkeys(BARE_ATTRIBUTIVE, "attributive")}


def unpossessed_head(low: str) -> str | None:
    """A generic noun after a quoted name with a case ending but without the possessive the name
    needs on it (компанияның): the word as it should be spelt (компаниясының); None where it is no
    such noun."""
    for bare in sorted((b for b in _HEADS_POSSESSED if low.startswith(b)), key=len, reverse=True):
        case = _BARE_CASE_ENDINGS.get(low[len(bare):])
        if case is None:
            continue
        head = _HEADS_POSSESSED[bare]
        if case == "attributive":
            return head + ("ндегі" if head.endswith("і") else "ндағы")
        return head_in_case(head, case)
    return None


def quoted_head(low: str) -> tuple[str, int] | None:
    """(the head in the nominative, the case bit) if the folded *low* is a generic noun with the
    possessive that a quoted name before it heads (корпорациясына → ("корпорациясы", DAT))."""
    found = _QUOTED_HEAD.fullmatch(low)
    if found is None:
        return None
    return found.group(1) + found.group(2), _HEAD_TAIL_CASE[found.group(3) or ""]


#: ... of which those that name a body of people: the only heads an organisation's name stands before as their
#: name («Жұмысшы билігі» ұйымы); a site, a paper or an office after it is the organisation's own, which it may
#: own in the genitive («Антикапиталистік қарсылықтың» сайтында, "on the Anti*Capitalist Resistance website")
_BODY_HEADS = frozenset(_HEADS_POSSESSED[bare] for bare in (
    "ұйым партия коалиция топ қозғалыс кәсіподақ одақ бірлестік комитет фракция платформа науқан бастама лига "
    "федерация қауымдастық").split())


def body_head(head: str) -> bool:
    """Is *head* (a head in the nominative, as :func:`quoted_head` gives it: ұйымы) a noun of a body of people?"""
    return head in _BODY_HEADS


def place_head(low: str) -> tuple[str, int] | None:
    """(the head in the nominative, the case bit) if the folded *low* is a noun of a kind of place
    with the possessive that a place name before it heads (қаласынан → ("қаласы", ABL))."""
    found = _PLACE_HEAD.fullmatch(low)
    if found is None:
        return None
    return found.group(1) + found.group(2), _HEAD_TAIL_CASE[found.group(3) or ""]


def head_in_case(head: str, case: str) -> str:
    """The possessed head noun *head* (корпорациясы) in *case* (корпорациясының)."""
    back, front = _HEAD_CASE_TAIL[case]
    return head + (front if head.endswith("і") else back)


def vowel_restored_stem(stem: str) -> str | None:
    """The bare form of a possessive head whose possessive drops a vowel (орн-ы → орын, мұрн-ы →
    мұрын, ерн-і → ерін): the stem with ы/і put back before its last consonant, or None when the
    stem does not end in two consonants."""
    if len(stem) < 3 or stem[-1] in VOWELS or stem[-2] in VOWELS:
        return None
    front = any(c in "әеөүі" for c in stem)
    return stem[:-1] + ("і" if front else "ы") + stem[-1]


def possessive_tail_for(bare: str, tails: frozenset[str]) -> str | None:
    """«Маңғыстау облысда»: the head word of a possessive name (облыс-ы) given a case ending
    without its possessive. The tail among *tails* (the head's valid tails) that marks the same
    case (-ында), or None when *bare* is no case ending or the head takes no possessive."""
    if bare in BARE_ATTRIBUTIVE or (bare[:1] in _DEVOICED and bare[1:] in BARE_ATTRIBUTIVE):
        # «Маңғыстау облыстағы»: the locative's attribute -дағы put on the bare head, where the
        # possessive takes -ндағы
        return next((tail for tail in sorted(tails) if tail in ("ындағы", "індегі")), None)
    case = BARE_CASE.get(bare)
    if case is None and bare[:1] in ("ы", "і"):
        # «Атырау облысыға», «кеңесіні»: the possessive kept, the case ending put on it as on a bare
        # noun, where the possessive takes its own (-на, -н, -нда…)
        case = BARE_CASE.get(bare[1:])
    if case is None and bare[:1] in _DEVOICED:
        # «Қазақстан елшілікке»: the bare head's own final consonant (елшілік, where the possessive
        # voices it: елшілігі), then a case ending
        case = BARE_CASE.get(bare[1:])
    if case is None:
        return None
    return next((tail for tail in sorted(tails) if POSSESSIVE_CASE.get(tail) == case), None)


#: A copula, a word of role or a question particle: the bare noun before it is a predicate, not a name's head
#: («Кеңес Одағында Қазақстан республика болды», "Kazakhstan was a republic"; «… республика ретінде», «… емес»)
_PREDICATE_AFTER = re.compile(r"бол\w*|еді|екен\w*|емес\w*|ретінде|деп|деген|ма|ме|ба|бе|па|пе")


def predicate_after(low: str) -> bool:
    """Is the folded *low* a word that makes the bare noun before it a predicate (болды, емес, ретінде)?"""
    return _PREDICATE_AFTER.fullmatch(low) is not None
