"""Kazakh target rules of where from: a name the English puts after "from", "out of", "left" or
"fled", or asks or demands something of, is a source, which Kazakh says in the ablative — against
the dative, locative, accusative, genitive or bare name a translation may have written."""

from __future__ import annotations

import re

from ..english_context import right_before, second_object_next
from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ABL as KK_ABL
from ..kazakh_context import ACC as KK_ACC
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import GEN as KK_GEN
from ..kazakh_context import INS as KK_INS
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_context import (
    PAIR_PARTICLES,
    ablative_source_clause,
    asking_verb,
    coming_participle,
    dative_word,
    finite_verb,
    happening_verb,
    moving_verb,
    source_participle,
    verb_object_case,
    without_clause_particles,
)
from ..kazakh_postpositions import (
    postposition,
    source_postposition,
)
from ..kazakh_words import ends_in_case, only_looks_possessed, participle, possessive_shape, something_to_own
from ..matcher import fold
from .english import EN_CALLED_ON, POSSESSIVE
from .kazakh_places import KazakhPlaceRules
from .state import CLOSE, KK_CASES

#: Kazakh words after a name in the ablative or instrumental that take those cases whatever the
#: English preposition: бастап ("starting from"), гөрі ("than"), бірге ("together with"),
#: айырмашылығы ("unlike in Syria": «Сириядан айырмашылығы»)
KK_ABLATIVE_PARTNERS = frozenset("бастап гөрі бірге қатар айырмашылығы".split())
#: The forms of English "leave", before a place left (with a second object after it, a recipient)
_EN_LEAVING = r"left|leave|leaves|leaving"
#: English right before a name it comes from or leaves ("from", "out of", "withdrew from", "left", "fled";
#: not "kept out of", "stay out of": not let in)
#: Two prepositions of opposite direction sharing the name ("to and from Almaty", "from and to Astana"), which
#: Kazakh says once for each, with the name repeated in the dative and the ablative
_EN_TO_AND_FROM = right_before(r"to\s+and\s+from|from\s+and\s+to")
_EN_FROM_BEFORE = right_before(r"(from|(?<!kept )(?<!keep )(?<!keeps )(?<!keeping )(?<!stay )(?<!stayed )"
                               rf"(?<!stays )(?<!shut )out\s+of)|{_EN_LEAVING}|fled|flee|flees|fleeing"
                               # ("were taken off Kashagan by boat": off a place one is taken or gets from)
                               r"|(?:tak(?:e|es|en|ing)|took|g[eo]t(?:s|ting)?|(?:air)?lift(?:s|ed|ing)?|evacuated|ferried"
                               r"|thr(?:ew|own)|kicked|driven|drove)\s+(?:[a-z]+\s+)?off")
#: ... of which "left" right before the name, which with a second object after it is leaving something *to*
#: it ("left Kazakhstan an economy")
_EN_LEFT_BEFORE = right_before(_EN_LEAVING)
#: English "to", "towards", "all the way to" right after the name a journey starts from ("from Trafalgar Square
#: towards the embassy")
_EN_TO_AFTER = re.compile(r"\s+(?:(?:all\s+the\s+way|straight|back|on)\s+)?(?:to|towards|into)\s")
#: English "afraid of", "rid of", "tired of" right before a name: what one fears, is rid of or tires of, which the
#: Kazakh verb of the clause (қорқу, құтылу, шаршау) takes in the ablative
_EN_OF_FEARING = right_before(r"(?:afraid|scared|frightened|fearful|wary|rid|tired|weary)\s+of")
#: A distance from a place right before its name ("some 150 kilometres from Aktau")
_EN_DISTANCE_FROM = right_before(r"(?:kilometres|kilometers|km|miles|metres|meters)\s+(?:away\s+)?from")
#: English asking or demanding something of someone right before the name ("asked Moscow for help")
_EN_ASKED = right_before(r"(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|begg?(?:ed|s|ing)?|demand(?:ed|s|ing)?)"
                         r"(?:\s+of)?")      # "demanded of Tokayev"
#: "called on" right before the name: with "for" after it ("called on Russia for help"), asking something of it
_EN_CALLED_ON = right_before(EN_CALLED_ON)
#: ... "from" only after a verb of moving or removing in its clause: "people from Almaty" are
#: often «Алматыда тұратын» (living in Almaty), "reports from Almaty" «Алматыда хабарланды»
_EN_MOVING = re.compile(
    r"withdr(?:ew|aw|awn|awing|aws|awal)|leav(?:e|es|ing)|left|fled|flee(?:s|ing)?|expel(?:s|led|ling)?"
    r"|evacuat(?:e|es|ed|ing|ion)|deport(?:s|ed|ing|ation)?|remov(?:e|es|ed|ing|al)|exclud(?:e|es|ed|ing)"
    r"|resign(?:s|ed|ing)?|depart(?:s|ed|ing|ure)?|escap(?:e|es|ed|ing)|emigrat(?:e|es|ed|ing)"
    r"|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)?|driv(?:e|es|en|ing)|drove|oust(?:s|ed|ing)?"
    r"|dismiss(?:es|ed|ing|al)?|arriv(?:e|es|ed|ing|al)|return(?:s|ed|ing)?|came|com(?:e|es|ing)|flew"
    r"|fl(?:y|ies|ying|own)|travel(?:s|led|ling|ed|ing)?|mov(?:e|es|ed|ing)|sen(?:t|d|ds|ding)"
    r"|br(?:ought|ing|ings|inging)|transfer(?:s|red|ring)?|ship(?:s|ped|ping)?|deliver(?:s|ed|ing)?"
    r"|march(?:es|ed|ing)?|spread(?:s|ing)?|walk(?:s|ed|ing)?|r(?:ode|ide|ides|iding)|rush(?:es|ed|ing)?|reach(?:es|ed|ing)?"
    r"|head(?:s|ed|ing)|import(?:s|ed|ing)?|export(?:s|ed|ing)?|recall(?:s|ed|ing)?|releas(?:e|es|ed|ing)"
    r"|freed|rescu(?:e|es|ed|ing)|thr(?:ow|ows|ew|own|owing)|banish(?:es|ed|ing)?|exil(?:e|es|ed|ing)"
    r"|back|away"       # (the particle of any verb's motion: "got back from", "ran away from")
    r"|call(?:s|ed|ing)?|phon(?:e|es|ed|ing)|r(?:ing|ings|inging|ang)")    # (a voice comes: "calling from Pavlodar")


class KazakhSourceRules(KazakhPlaceRules):
    """Where a Kazakh name comes from or leaves: the ablative."""

    def postposition_after(self, hit: Hit, ref: int) -> tuple[int, str] | None:
        """(cases, default case) of the postposition right after the name at *hit* (past a closing
        quote) — of one case, or one that is also an adverb where the English before the referent *ref*
        says what it renders ("not far from Karachaganak", «Қарашығанаққа жақын») — or None."""
        if hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return None
        word = self.toks.words[hit.end]
        return postposition(word) or source_postposition(word, self.source_before(ref))

    @staticmethod
    def _turned_to(words: list[str]) -> bool:
        """Is there, in the clause *words* after a dative name, a verb whose object is a dative (жүгіну,
        "turn to"), with no other dative before it to fill its place («… әуежайына жетті», reached the
        airport)?"""
        for word in words:
            if word.islower() and verb_object_case(word) == "dat" and not moving_verb(word):
                return True     # (not returning, оралу: «Атырауға оралды» says "to" where the English says "from")
            if dative_word(fold(word)):
                return False        # (a name too: «Қазақстанға Ирландияға оралды»)
        return False

    def kazakh_from(self, hit: Hit, entry: FormEntry) -> bool:
        """English "from Kazakhstan", "left Almaty", "withdraw from Kazakhstan": the name is
        where something comes from or leaves. Kazakh says it with the ablative (Қазақстаннан),
        a genitive (Екібастұздың көмірі, "coal from Ekibastuz") or a bare modifier; a name only
        in the dative or the locative (Қазақстанда шыға бастады) says the opposite or nothing of
        the kind: the ablative is expected. (The accusative can be right: ТМД-ны тастап кетті.)
        Asking or demanding something of someone is the ablative too («Мәскеуден көмек сұрады»):
        an accusative there («Мәскеуді») is what is asked for."""
        cases = entry.cases & KK_CASES
        before = self.source_before_title(entry.ref)      # ("from the former president Nursultan Nazarbayev")
        if cases in (KK_DAT, KK_ABL) and _EN_TO_AND_FROM.search(before):
            return True     # "flights to and from Almaty": Kazakh says the name twice, «Алматыға және Алматыдан»
        after_en = self.source_around(entry.ref)[1]
        # (not "asked Kazakhstan to release …": asked to act, the one asked is called on, «Қазақстанды …
        # босатуға шақырды», an accusative)
        words_after = self._clause_after(hit)
        if len(words_after) == 1 and fold(words_after[0]) in PAIR_PARTICLES:
            # «АҚШ-қа да, ЕО-дан да көмек күтпеңдер»: the first of a pair, whose verb is past the comma
            words_after = self.toks.words[hit.end:self._clause_end(hit.end + 2)] if hit.end + 2 < self.n else []
        # (but where the Kazakh verb is сұрау itself, "asked Kazakhstan to explain" asks *from* it too:
        # «Қазақстаннан … түсіндіруді сұрады»)
        verb_last = without_clause_particles(words_after)       # («… сұраған жоқ», "has not asked")
        # (or a form of it right after the name and what is asked for, the clause's verb another: «Мәскеуден көмек
        # сұрағанын мойындады», "admitted that he had asked Moscow for help")
        # (not where the clause's verb turns to someone: «ҰҚШҰ-ға көмек сұрап жүгінді», a dative)
        asked_here = bool(verb_last) and (asking_verb(verb_last[-1]) or (
            any(word.islower() and asking_verb(word) for word in verb_last[:3]) and not self._turned_to(verb_last)))
        # (a dative or locative before the clause's own сұрау asks whatever the name is, a company in Latin letters
        # too: "asked Chevron for its data", «Chevron-ға … деректерін сұрадым» — what is asked for is the accusative
        # before the verb)
        asked_last = cases in (KK_DAT, KK_LOC) and bool(verb_last) and asking_verb(verb_last[-1])
        # (only of someone who can be asked — a company in quotes too: "demand the 1993 Constitution back" asks for a
        # document)
        if not entry.flags & EXTRA and (cases == KK_ACC or (cases in (KK_DAT, KK_LOC) and asked_here)) \
                and (_EN_ASKED.search(before) or (_EN_CALLED_ON.search(before)
                                                  and re.match(r"\s+for\s", after_en))) \
                and (self.lx.kinds[entry.ref] == "place" or self.lx.acts(entry.ref) or asked_last) \
                and (asked_here or not re.match(r"\s+to\s", after_en)) \
                and not after_en.startswith(POSSESSIVE):
            # (not "demanded Tuletaeva's release": the possessor of what is asked for, «Төлетаеваны бостандыққа
            # шығаруды талап етті», the object of the verbal noun)
            # "asked Moscow for help": Kazakh asks *from* someone («Мәскеуден көмек сұрады»); an
            # accusative is what is asked for («Мәскеуді сұрады»). (Turning to them is a dative:
            # «Мәскеуге жүгінді».)
            self.wrong_case(hit, entry, "abl", f"({cases_of('kk', cases)[0]}): the source asks or demands something "
                            "of it, and Kazakh asks from someone, in the ablative")
            return True
        if not entry.flags & EXTRA and cases == KK_GEN and _EN_FROM_BEFORE.search(before) and words_after \
                and not something_to_own(words_after) and ablative_source_clause(words_after):
            # "took over the chair from Nazarbayev": «Назарбаевтың қабылдап алды», a genitive that owns
            # nothing before a verb whose source is an ablative
            self.wrong_case(hit, entry, "abl", "(gen) owning nothing before a verb whose source it is: the source's "
                            "\"from\" is an ablative")
            return True
        if not entry.flags & EXTRA and cases == KK_GEN and _EN_FROM_BEFORE.search(before) and words_after \
                and participle(fold(words_after[0])) \
                and (moving_verb(words_after[0]) or ablative_source_clause(words_after[:1])):
            # "a young woman from Aktobe Region": «Ақтөбе облысының келген жас әйел», a genitive right
            # before a participle of coming or leaving, which owns nothing — where from is an ablative
            self.wrong_case(hit, entry, "abl", f"(gen) right before {words_after[0]!r}, a participle of coming or "
                            "leaving: the source's \"from\" is an ablative")
            return True
        # (the verb in the passive too: an accusative is no passive's; "were dismissed from Ozenmunaigas")
        if not entry.flags & EXTRA and cases == KK_ACC and _EN_FROM_BEFORE.search(before) \
                and ablative_source_clause(words_after, any_voice=True):
            # "heard of it from Kurmanov", "took the chair from Nazarbayev", "fled Zhanaozen", with a
            # verb whose source is an ablative (қашты, алды, естіді): the accusative is what is taken;
            # only «тастап кетті» (abandoned) leaves a place so. (Not «… Юрченконы тыңдадық», "heard
            # from Yurchenko": listened to her.)
            self.wrong_case(hit, entry, "abl", "(acc): the source says it is where something comes from or "
                            "leaves, which Kazakh puts in the ablative")
            return True
        leaving = _EN_FROM_BEFORE.search(before)
        # (not a bare name before a noun in the ablative, which it modifies: «Алматы әуежайынан кетті»,
        # "left Almaty airport")
        if not entry.flags & EXTRA and cases == KK_NOM and words_after and leaving and not leaving.group(1) \
                and ablative_source_clause(words_after[:2]) \
                and not (len(words_after) > 1 and words_after[0].islower()
                         and ends_in_case(fold(words_after[0]), "abl")):
            # "have left Kazakhstan": a bare name right before the verb of leaving («Қазақстан кетіп қалды»)
            # is no subject the English has; where it is left is an ablative
            self.wrong_case(hit, entry, "abl", "(nom) right before a verb of leaving it: the source says it is "
                            "where someone leaves, which Kazakh puts in the ablative")
            return True
        # (where to may be a name of two words, or have an adjective before it: «Трафальгар алаңына», «көрші Атырау
        # облысына»; not past a noun the bare name modifies, «Қазақстан мұнайын Еуропаға», "oil from Kazakhstan to
        # Europe")
        to = next((k for k, word in enumerate(words_after[:3]) if dative_word(fold(word))), None)
        if not entry.flags & EXTRA and cases in (KK_NOM, KK_LOC, KK_ACC) and leaving and leaving.group(1) \
                and to is not None and _EN_TO_AFTER.match(after_en) \
                and all(word[:1].isupper() or (word.islower() and only_looks_possessed(fold(word)))
                        or not possessive_shape(fold(word)) for word in words_after[:to]) \
                and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            # "moved the capital from Almaty to Astana": «Алматы Астанаға көшірді», a bare name (or an accusative,
            # «Астананы Ақтауға ұшып келді») right before where to, which the English sets against where from (a
            # route with a dash, «Алматы – Астана», is no pair of cases)
            self.wrong_case(hit, entry, "abl", f"({cases_of('kk', cases)[0]}) right before "
                            f"{' '.join(words_after[:to + 1])!r}: the source's \"from … to\" makes it where from, an "
                            "ablative")
            return True
        if not entry.flags & EXTRA and cases == KK_NOM and leaving and leaving.group(1) and words_after \
                and words_after[0].islower() and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                and coming_participle(words_after[0]):
            # "troops from Belarus": «Беларусь келген әскерлер», a bare name right before a participle of
            # coming, which no bare name modifies and no country does: where from is an ablative
            self.wrong_case(hit, entry, "abl", f"(nom) right before {words_after[0]!r}, a participle of coming or "
                            "going: the source's \"from\" is an ablative")
            return True
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_LOC | KK_INS) \
                or (cases & KK_INS and words_after and fold(words_after[0]) in KK_ABLATIVE_PARTNERS):
            return False        # (an instrumental says "with", never "from": «Қарашығанақпен шығарып алды»)
        if cases == KK_DAT and _EN_LEFT_BEFORE.search(before) \
                and (second_object_next(after_en) or re.match(r"\s+with\s", after_en)) \
                and not any(word.islower() and moving_verb(word) for word in words_after):
            return False        # "the USSR left Kazakhstan an economy", "left Kazakhstan with oil wealth": left *to*
                                # it, «Қазақстанға … қалдырды» (no Kazakh verb of going: "left Almaty with his family")
        if cases == KK_DAT and self._turned_to(words_after):
            return False        # "requested assistance from the CSTO": «ҰҚШҰ-ға көмек сұрап жүгінді», turned *to* it
        found_after = self.postposition_after(hit, entry.ref)
        if found_after is not None and cases & found_after[0]:
            return False        # "more from Tokayev than from Nazarbayev": «Назарбаевқа қарағанда», its postposition's
        # (the last of a list takes the "from" before the first: "arrived from Turkey and Syria")
        listed = self.source_before_list(entry.ref, before)
        found = _EN_FROM_BEFORE.search(listed)
        if not found or (not _EN_FROM_BEFORE.search(before) and re.search(r",\s+and\s+(?:the\s+)?$", before)):
            # (", and" before the name parts it from the list: "fired from Ozenmunaigas, and KazMunayGas
            # couldn't have cared less" begins a clause of its own)
            return False
        clause = re.split(r"[.;:!?,]\s", listed[:found.start()])[-1].lower()
        # (a dative right before a Kazakh verb of moving says "to" where the English says "from": «Атырауға
        # келген куәлар», "witnesses from Atyrau")
        # (nor a locative or dative right before a participle of taking or leaving: «Communist Voice-та
        # алынған мақала», "the article taken from Communist Voice")
        # (or a locative right before a participle of coming: «Тәжікстанда келген әскерлер», "troops from
        # Tajikistan")
        towards = bool(cases & (KK_DAT | KK_LOC) and words_after and moving_verb(words_after[0])
                       and (cases & KK_DAT or participle(fold(words_after[0]))))
        taken = bool(words_after and source_participle(words_after[0]))
        if not clause.strip():
            # "From Semey, a city of 300,000, the protests spread to the villages": a "from" that opens its
            # sentence belongs to the main clause's verb, after it
            clause = re.split(r"[.;:!?]\s", after_en)[0].lower()
        # (a distance is measured from a place: "150 kilometres from Aktau", «Ақтаудан … шақырым жерде»)
        # ("out of" says leaving whatever the verb: "pushed Nazarbayev out of the Security Council", never where)
        # (nor, for a locative, a Kazakh clause that ends with a verb of coming or going: «Петропавлда жаңалық бізге
        # … жетті», "the news from Petropavlovsk reached us" — what comes is from there)
        if found.group(1) and found.group(1).lower() == "from" \
                and not any(_EN_MOVING.fullmatch(word) for word in re.findall(r"[a-z]+", clause)) \
                and not (cases == KK_LOC and len(words_after) > 1 and words_after[-1].islower()
                         and moving_verb(words_after[-1]) and finite_verb(fold(words_after[-1]))) \
                and not ablative_source_clause(words_after) and not towards and not taken and cases != KK_DAT \
                and not _EN_DISTANCE_FROM.search(before):
            # "from" with no verb of moving before it in its clause, nor a Kazakh verb whose source is an
            # ablative after it ("demanded a pay rise from KazMunayGas": «ҚазМұнайГаздан … талап етті»):
            # a locative may say where someone lives or something happened; a dative, only "to", never
            # "from" («Ирландияға … хаттары түсті», "letters came from Ireland")
            return False
        if cases == KK_LOC and words_after and happening_verb(words_after[0]):
            return False    # «Лондонда отырып телефон шалды», "phoned from London": where one sat
        self.wrong_case(hit, entry, "abl", f"({'/'.join(cases_of('kk', cases))}): the source says it is where "
                        "something comes from or leaves, which Kazakh puts in the ablative")
        return True

    def kazakh_ablative_complement(self, hit: Hit, entry: FormEntry) -> None:
        """English "afraid of Zhanaozen", "rid of Nazarbayev": what one fears or gets rid of is the
        ablative of the Kazakh verb that says it (қорқу, құтылу: «Жаңаөзеннен неге соншалық қорықты?»),
        which the clause has after the name — a dative or an accusative there («Жаңаөзенге … қорықты»)
        is wrong (not a genitive, which owns a noun: «Ресейдің ықпалынан қорқады»; nor where an
        ablative of its own stands between)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & (KK_ABL | KK_GEN) \
                or not _EN_OF_FEARING.search(self.source_before(entry.ref)):
            return
        words = without_clause_particles(self._clause_after(hit))
        at = next((k for k, word in enumerate(words) if word.islower() and verb_object_case(word) == "abl"), None)
        if at is None or any(ends_in_case(fold(word), "abl") or self.covered[hit.end + k]
                             for k, word in enumerate(words[:at])):
            return
        self.wrong_case(hit, entry, "abl", f"({cases_of('kk', cases)[0]}) with {words[at]!r} after it, whose "
                        "object is an ablative: the source's \"afraid of\", \"rid of\" makes the name that object")
