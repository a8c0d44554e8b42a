"""Kazakh target rules about places: the case a place takes where the English puts it after
"in" (a locative, an attribute in -дағы) against the dative, accusative, ablative, genitive or
bare name a translation may have written."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..english_context import right_before
from ..forms import EXTRA, FormEntry, Hit, cases_of
from ..kazakh_context import ABL as KK_ABL
from ..kazakh_context import ACC as KK_ACC
from ..kazakh_context import DAT as KK_DAT
from ..kazakh_context import GEN as KK_GEN
from ..kazakh_context import LOC as KK_LOC
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_context import (
    PAIR_PARTICLES,
    ablative_in_clause,
    accusative_verb,
    another_verb_form,
    converb,
    dative_in_clause,
    dative_word,
    finite_verb,
    giving_predicate,
    giving_verb,
    going_verb,
    happening_verb,
    moving_verb,
    objectless_participle_noun,
    publishing_verb,
    round_verb,
    without_clause_particles,
)
from ..kazakh_heads import POSSESSIVE_TAILS, head_in_case, place_head, unpossessed_head
from ..kazakh_postpositions import COORDINATORS as KK_COORDINATORS
from ..kazakh_postpositions import (
    any_postposition,
    postposition,
)
from ..kazakh_words import (
    accusative_word,
    any_verbal_noun,
    case_by_ending,
    finite_passive,
    genitive_word,
    may_own,
    oblique_noun_case,
    participle,
    passive_verb,
    plain_adjective,
    plural_possessed_object,
    possessed_verbal_noun,
    possessive_shape,
)
from ..matcher import fold
from .english import (
    EN_ARTICLES,
    EN_IN_BEFORE,
    EN_JUDGING_STEMS,
    EN_ON_BEFORE,
    EN_OPENING_PLACE,
    EN_SAYING_FORMS,
    NOT_DIRECTION_TO,
    POSSESSIVE,
    after_to,
    arrival_in_clause,
)
from .kazakh_possession import EN_NOT_NOUNS as _EN_NOT_NOUNS
from .kazakh_possession import EN_NOUN_PHRASE_BEFORE, KazakhPossessionRules
from .state import CLOSE, KK_CASES, OPEN

#: "in", and "at", "across", "throughout" right before a name: where something is or happens
_EN_WHERE_BEFORE = right_before("in|within|inside|at|across|throughout")
#: "look at" right before a name ("Look at Kashagan", "looked at China with suspicion"): what one looks at is
#: where the look goes, the dative of қарау («Қашағанға қараңыз»), no place where something happens
_EN_LOOKED_AT = right_before(r"(?:look|stare|glanc|gaz)\w*\s+(?:[a-z]+ly\s+)?at")
#: "worked for" right before a name ("works for Tengizchevroil"; not "went to work for", taking a job there:
#: «… компаниясына жұмысқа орналасты»)
_EN_WORKED_FOR = right_before(r"(?<!to\s)work(?:ed|s|ing)?\s+for")
#: "at" or "in" right before a name ("works at Tengizchevroil", "worked in the Irish Parliament")
_EN_AT_OR_IN = right_before("at|in")
#: an owner's noun right before "in" and a name: "Russia's influence in", "its intervention in", "TotalEnergies staff
#: in" (not "has large assets in", "stage a revolution in": the place is where something is had or done)
_EN_OWNED_NOUN_IN = re.compile(r"(?:(?:['\u2019]s|\b(?:its|their|his|her))\s+(?:[a-z-]+\s+){0,2}?|\b[A-Z][\w-]*\s+)"
                               r"[a-z]+\s+(?:in|at)\s+(?:the\s+)?$")
#: ... and "on" or "in" a medium ("Murphy's post on Facebook")
_EN_OWNED_NOUN_ON = re.compile(r"(?:(?:['\u2019]s|\b(?:its|their|his|her))\s+(?:[a-z-]+\s+){0,2}?|\b[A-Z][\w-]*\s+)"
                               r"[a-z]+\s+(?:in|on)\s+(?:the\s+)?$")
#: English verbs of saying, after which a clause is reported, no longer the name's
_EN_SAYING = re.compile(rf"(?i)\b(?:{EN_SAYING_FORMS})\b")
#: "at" that points at someone or something, what Kazakh says with the dative: "aimed at", "angry at", "shot at" —
#: the verb anywhere in the sentence ("It was at ExxonMobil … that the anger was aimed", "not at investors but at …")
_EN_AT_TOWARDS = re.compile(r"(?i)\b(?:aim|direct|look|stare|glanc|point|shoot|shot|fire|fired|firing|throw|threw|hurl|"
                            r"laugh|shout|yell|angry|anger|furious)\w*\b")
#: "at" a job one starts, a thing handed in: "started at Ozenmunaigas" (жұмысқа тұрды), "handed in at the Embassy"
_EN_AT_INTO = right_before(r"(?:start|began|begin|in)\w*\s+at")
#: "been to" right before a name ("has been to Zhanaozen", "had never been to Almaty"), or a visit ("had visited
#: Zhanaozen", «Жаңаөзенде болып»)
_EN_BEEN_TO = right_before("been to|visit(?:ed|s|ing)?")
#: a plural noun in a case, which only looks like a finite verb (ұсталғандарды, ұсталғандардың)
_KK_PLURAL_NOUN_CASE = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ды|ді|дың|дің|ты|ті)$")
#: English verbs said of people or things from elsewhere (praising, calling, comparing, condemning), right
#: before "the <noun> in": the place says which ones, an attribute in -дағы, not where it was said
_EN_SAID_OF = re.compile(rf"(?i)\b(?:{EN_JUDGING_STEMS}|call|compar|criticiz|describ|support|welcom|salut|"
                         r"defend|applaud|denounc|shook|shake|back|recogni[sz]|"
                         r"mourn|honour|honor|remember|commemorat)\w*\s+$")
#: "the <noun> in" right before a name: the place says which ones (up to three words of the noun phrase)
_EN_NOUN_PHRASE_IN = EN_NOUN_PHRASE_BEFORE + r"in\s+(?:the\s+)?$"
_EN_THE_NOUN_IN = re.compile(r"(?i)\b(?:the|its|their|his|her)\s+" + _EN_NOUN_PHRASE_IN)
#: "by (the) <noun> in" right before a name: the agent of an English passive ("were backed by workers in …")
_EN_AGENT_NOUN_IN = re.compile(r"(?i)\bby\s+(?:(?:the|its|their|his|her)\s+)?" + _EN_NOUN_PHRASE_IN)
#: ... after a verb of congratulating in its clause ("congratulated Zhanaozen on"): what one is congratulated on
_EN_CONGRATULATED_ON = re.compile(r"(?i)\bcongratulat\w*\b[^.;:!?]*\bon\s+(?:the\s+)?$")
#: the start of a sentence or clause, right before "the <noun> in" (its subject) — not after a dash, as the sentence
#: start of english.py's imperatives has it: "'Old man, go!' — the crowd in Taraz was shouting" frames a quotation,
#: and the Kazakh locative there may be a participle's own («Таразда жиналғандар», those gathered in Taraz)
_EN_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|[\"\u201c\u2018]\s*)\s*$")
#: "to (the) <noun> in" right before a name: the place says which recipients ("sent solidarity to journalists in …")
#: (no determiner inside the phrase: "to disperse the demonstrators in" is an infinitive and its object)
_EN_TO_NOUN_IN = re.compile(rf"(?i)\bto\s+(?:(?:the|its|their|his|her)\s+)?(?:(?!(?:{EN_ARTICLES})\s)"
                            r"[a-z][\w'-]*\s+){0,2}?([a-z][\w'-]*)\s+in\s+(?:the\s+)?$")
#: a preposition that makes a noun phrase after it part of another one: "the demands *of* the strikers in …",
#: "briefed *on* the situation in …"
_EN_PREPOSITION_BEFORE = re.compile(r"(?i)\b(of|from|on|about)\s+$")
#: ... "of" that ends a sentence's subject's first noun ("The demands of", "Photos of")
_EN_SUBJECT_OF = re.compile(r"(?:^|[.!?:;]\s+)(?:(?:the|a|an)\s+)?(?:[A-Za-z'-]+\s+){1,2}(?:of|from)\s+$", re.I)
#: a word of appearing, spreading, showing or seeing a few words before "on"/"in" and a name ("spread quickly on",
#: "saw the video on", "is available on", "an article in")
_EN_APPEARING_ON = re.compile(r"(?i)\b(?:spread|spreads|spreading|appear\w*|show|shows|showed|shown|showing|saw|"
                              r"see|sees|seen|watch\w*|read|reads|reading|available|circulat\w*|shar(?:ed|ing)|broadcast\w*|"
                              r"article|articles|video|videos|footage|photos?|pictures?|comments?|page|pages|live)\b"
                              r"[^.;:!?]{0,40}\b(?:on|in)\s+(?:the\s+)?$"
                              # (or being there: "the whole family is on Facebook now")
                              r"|\b(?:is|are|was|were|be|been|being)\s+(?:(?:now|still|already|also|all|even)\s+)?"
                              r"(?:on|in)\s+(?:the\s+)?$")
#: a possessed head noun in the locative (бөлімшесінде, алаңында)
_KK_HEAD_LOCATIVE = re.compile(r".{2,}(?:" + POSSESSIVE_TAILS["loc"].replace(" ", "|") + ")")
#: postpositions of topic, whose noun before them is what is spoken of (туралы, жөнінде, турасында)
_KK_TOPIC = frozenset("туралы жөнінде турасында хақында".split())
#: a plural noun with no possessive and no case ending (білдірушілер, жұмысшылар)
_KK_BARE_PLURAL = re.compile(r".{3,}(?:лар|лер|дар|дер|тар|тер)")
#: a noun right before "in" and a name ("protesters in Aktau")
_EN_NOUN_IN = re.compile(r"(?i)\b([a-z][\w'-]*s)\s+in\s+(?:the\s+)?$")


def _headed_after_plural(word: str) -> bool:
    """Is *word*, right after a bare plural, a possessed noun that plural modifies («жұмысшылар одағы», the workers'
    union) — no postposition whose complement the plural is?"""
    return word.islower() and not any_postposition(word) and (possessive_shape(fold(word)) or may_own(fold(word)))

#: a destination of its own after a verb of arrival ("… and returned to Pavlodar")
_EN_OWN_DESTINATION = re.compile(r"\b(?:(?:to|into)\s+(?:the\s+)?[A-Z]|(?:to|into)\s+the\s|towards?\s"
                                 # (or a recipient of its own: "studies in London and sends us the news")
                                 r"|(?:send|sends|sent|sending)\s+(?:us|me|him|her|them|you)\b)")
#: the particles "too", "even", "only" that may stand between a name and its verb
_KK_ALSO = PAIR_PARTICLES | frozenset("ғана қана тіпті".split())
#: Conjunctions that open a clause of their own after a comma ("but", "so", "because", "however")
_KK_CLAUSE_OPENERS = frozenset("бірақ алайда дегенмен сондықтан себебі өйткені ал".split()
                               # (and a personal pronoun, a clause's new subject: «…, ол оны … деп атайды»; not мен,
                               # which is "and" too)
                               + "ол олар біз сіз сен сендер сіздер".split())
#: a participle's mark inside a Kazakh word (ұсталған, шығарылғандарды)
_KK_PARTICIPLE_STEM = re.compile(r"(?:ған|ген|қан|кен|атын|етін|йтын|йтін)")


def bare_quoted(entry: FormEntry, cases: int) -> bool:
    """Is the name in quotes and undeclined (the nominative) — a title that may stand in apposition, which
    the clause rules leave alone? (Declined, it is a name like any other, its ending inside the quotes:
    «Өзенмұнайгазға» сотқа берді, «ҚазМұнайГазды» сенеді.)"""
    return entry.surface[:1] in OPEN and bool(cases & KK_NOM) and not cases & ~(KK_NOM | KK_ACC)


#: The correlative words of a pair ("neither … nor", "either … or": не … не, я … я, бірде … бірде, әрі … әрі)
_KK_CORRELATIVES = frozenset("не я әрі бірде".split())


class KazakhPlaceRules(KazakhPossessionRules):
    """Where the English puts a place after "in": the Kazakh case that says where, or which ones."""

    def kazakh_locative_before_going(self, hit: Hit, entry: FormEntry) -> bool:
        """«Жаңаөзенде барған» ("had visited Zhanaozen"), «Алматыда ағылды» ("poured into Almaty"): a
        place — or a company, a website (Facebook-қа кіру, "access to Facebook") — in the locative right
        before a verb of going somewhere oneself (барды, келуіне, жетті, кірді, ағылды) is where it goes,
        a dative — unless the English puts the name after "in" or "at" with no verb of arrival before it
        (where it all happens: "in Almaty they came out")."""
        at = hit.end
        if at + 1 < self.n and self.toks.folded[at] in _KK_ALSO and not self.toks.gap(at + 1).strip(" \u00a0"):
            at += 1     # («Алматыда да келді», "came to Almaty too": the particle between)
        # (an accusative too: «Алматыны барып», "visited Almaty" — a verb of going takes no object)
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_LOC, KK_ACC) or entry.surface[:1] in OPEN \
                or self.lx.kinds[entry.ref] not in ("place", "organisation", "other") or at >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) or not self.toks.words[at].islower() \
                or not going_verb(self.toks.words[at]) or self.at_body(entry.ref):
            return False
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) right before {self.toks.words[at]!r}, a "
                        "verb of going somewhere: where one goes is a dative")
        return True

    def kazakh_accusative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "tried to hold a rally in Petropavlovsk": a place after "in" or "at" is where
        something is or happens, a locative («Петропавлда митинг өткізбек болған»); an accusative
        («Петропавлды») makes it the object of a verb instead. Not with the verbs whose object is
        the place gone round or lived in (аралау "travel around", мекендеу "inhabit"), which English
        says with "in" too."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC or entry.surface[:1] in OPEN:
            return False
        words = self._clause_after(hit)
        if _EN_LOOKED_AT.search(self.source_before(entry.ref)):
            looked = next((word for word in words if word.islower() and fold(word).startswith("қара")
                           and not fold(word).startswith(("қарас", "қарақ", "қарағай"))), None)
            if looked is None:
                return False
            self.wrong_case(hit, entry, "dat", f"(acc) before {looked!r}: what the source has looked at is where the "
                            "look goes, the dative of қарау")
            return True
        if self.lx.kinds[entry.ref] != "place":
            # (a company or body "at" which something was done, in a clause whose one verb is a finite
            # passive: nothing there takes an object — «ТШО-ны 40 мың жұмысшы қысқартылды», "40,000 workers
            # were laid off at Tengizchevroil")
            # (or a verb of taking place or being: «… компаниясын сегіз жыл бойы жұмыс істеп келеді», "has worked at")
            happening = len(words) >= 2 and words[-1].islower() and happening_verb(words[-1], words[-2])
            if not self.at_body(entry.ref) or len(words) < 2 \
                    or not (finite_passive(fold(words[-1])) or happening) \
                    or another_verb_form(words[:-2] if happening and converb(words[-2]) else words[:-1]):
                return False
        elif not self.place_not_direction(entry.ref) or any(round_verb(word) for word in words):
            return False
        if words and words[0].islower() and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                and participle(fold(words[0])) and not passive_verb(fold(words[0])):
            return False    # the object of an active participle right after it: «Қашаған кен орнын игеретін консорциум»
        self.wrong_case(hit, entry, "loc", "(acc) where the source puts it after \"in\" or \"at\": where something "
                        "is or happens is a locative, an accusative makes it a verb's object")
        return True

    def kazakh_been_to(self, hit: Hit, entry: FormEntry) -> bool:
        """English "has been to Zhanaozen": having been somewhere is being there, which Kazakh says with болу
        and the locative («Жаңаөзенде болған»); a dative before a form of болу («Жаңаөзенге болған») takes the
        English "to" for a direction where there is none."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_DAT or self.lx.kinds[entry.ref] != "place" \
                or not _EN_BEEN_TO.search(self.source_before(entry.ref)):
            return False
        words = without_clause_particles(self._clause_after(hit))
        if not words or not fold(words[-1]).startswith("бол") or any(dative_word(fold(word)) for word in words):
            return False
        self.wrong_case(hit, entry, "loc", f"(dat) with {words[-1]!r}: \"been to\" a place is being there, "
                        "a locative with болу")
        return True

    def kazakh_dative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "protesters seized the akimat in Petropavl": a place after "in" is where something
        happens, a locative («Петропавлда … басып алды»); a dative there («Петропавлға») says where
        to, which nothing asks for where the English has no verb of arrival, motion or placement
        around the name and nothing in the Kazakh sentence after it takes a dative (a verb of moving,
        bringing, putting or introducing in any form, one whose object is a dative, a postposition:
        «Алматыға төтенше жағдай енгізілді» is right)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_DAT:
            return False
        after_en = re.split(r"[.;:!?]\s", self.source_around(entry.ref)[1])[0]
        # (nor one in a clause reported after a verb of saying: "works at Chevron and says the foreigners have been
        # flown out")
        after_en = _EN_SAYING.split(after_en, 1)[0]
        # (a verb of arrival after the name with a destination of its own is no arrival here: "studied in
        # Britain and returned to Pavlodar")
        arrival_after = arrival_in_clause(after_en) and not _EN_OWN_DESTINATION.search(after_en)
        closed = self._closed_by_participle(hit)
        # (a sentence opened by "In Atyrau, …" sets the scene, whatever the Kazakh moves later in it: «Атырауға …
        # таратылды» is Атырауда; an English verb of arrival after the name still asks for the dative)
        opening = EN_OPENING_PLACE.fullmatch(self.source_before(entry.ref)) is not None
        return self._kazakh_case_for_in(hit, entry, lambda words: (arrival_after and not closed)
                                        or (dative_in_clause(words) and not opening),
                                        "(dat) where the source puts it after \"in\": where something is or happens "
                                        "is a locative, and nothing in the clause asks for a dative (where to)",
                                        bodies=True)

    def _body_at(self, ref: int) -> bool:
        """Does the source put an organisation or a company right after "at" or "in" ("At TCO the
        workers went on strike", "works in the Irish Parliament"), with no verb of arrival before
        it: where something happens, like a place after "in"? Not "at" that points at it ("the anger was aimed
        at …"), a job started or a thing handed in there, nor the body's own summit ("at the CSTO's
        summit", "at the CSTO summit": an owner)."""
        before = self.source_before(ref)
        return self.lx.kinds[ref] in ("organisation", "other") and _EN_AT_OR_IN.search(before) is not None \
            and _EN_AT_INTO.search(before) is None and _EN_AT_TOWARDS.search(self.source) is None \
            and not self.source_around(ref)[1].startswith(POSSESSIVE) and not self.english_noun_after(ref) \
            and self.at_body(ref)

    def _closed_by_participle(self, hit: Hit) -> bool:
        """Is the name right before a passive participle that is no verb of moving («Қызылордаға
        ұсталған мұнайшылар … ауыстырылды», "workers detained in Kyzylorda were transferred")? It
        closes the name's relative clause: neither the main verb after it nor the English one asks
        anything of the name."""
        return hit.end < self.n and self.toks.words[hit.end].islower() \
            and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
            and objectless_participle_noun(self.toks.folded[hit.end]) and not moving_verb(self.toks.words[hit.end])

    def kazakh_nominative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the picket ended in Trafalgar Square": a place after "in" is where something
        happens, a locative; a bare name right before a finite verb («… Трафальгар алаңы аяқталды»)
        is that verb's subject, which the English does not make it — and one right before a word it
        cannot modify as the first half of a compound (no possessed head, no postposition: «Ақтау
        бірде-бір сарбазды ешкім көрмеді», «Орал студенттер … қосылды») is nothing at all."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or entry.surface[:1] in OPEN \
                or self.lx.kinds[entry.ref] != "place" or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or not (self.toks.words[hit.end].islower() or self.toks.words[hit.end].isdigit()) \
                or not EN_IN_BEFORE.search(self.source_before(entry.ref)) or not self.place_not_direction(entry.ref):
            return False
        if hit.start > 0 and self.toks.folded[hit.start - 1] in _KK_CORRELATIVES \
                and not self.toks.gap(hit.start).strip(" \u00a0"):
            return False    # «не Вашингтон, не Лондон қолдамады», "neither in Washington nor in London": the pair of
                            # the sentence's subjects, the English turned round
        following = self.toks.folded[hit.end]
        # a finite verb, or a participle that ends the sentence, its predicate: «… облысы орналасқан.»
        predicate = finite_verb(following) or (participle(following) and self._sentence_end(hit.end) == hit.end + 1)
        # (a participle made a noun, «Тараз ұсталғандардың», "of those detained in Taraz", is no compound's head)
        if (_KK_PLURAL_NOUN_CASE.search(following) and not objectless_participle_noun(following)) \
                or not (predicate or self._no_compound_after(hit)):
            return False
        if finite_verb(following) or participle(following):
            self.wrong_case(hit, entry, "loc", f"(nom) right before the verb {self.toks.words[hit.end]!r}, its "
                            "subject, where the source puts it after \"in\": where something happens is a locative")
        else:
            self.wrong_case(hit, entry, "loc", f"(nom) right before {self.toks.words[hit.end]!r}, which no bare name "
                            "modifies, where the source puts it after \"in\": where something is or happens is a "
                            "locative")
        return True

    def _no_compound_after(self, hit: Hit) -> bool:
        """Is the word after the bare name one it cannot modify as the first half of a compound — no
        possessed head, no postposition, no coordinator, no verb («Ақтау бірде-бір сарбазды ешкім
        көрмеді», «Орал 4 қаңтар күні …»; the bare name modifies a possessed head, «Ақтау әкімдігі»,
        "the akimat in Aktau") — nor a bare noun or adjective opening a longer compound («Теміртау
        металлургия комбинаты», «Талдықорған қалалық соты»), nor the name's own head noun written
        wrong («Маңғыстау облыста»)?"""
        following = self.toks.folded[hit.end]
        # (the word after matters only where the one right after the name may open a compound: not a figure, «Орал 4
        # қаңтар күні», nor a word in an oblique case, «Павлодар наразылыққа негізінен …»)
        after = self.toks.folded[hit.end + 1] if hit.end + 1 < self.n and not self.toks.gap(hit.end + 1).strip(
            " \u00a0") and not following.isdigit() and oblique_noun_case(following) is None else ""
        # (a plain adjective only looks possessed, «жалпы ереуіл»: the general strike)
        return ((not possessive_shape(following) and not may_own(following)) or plain_adjective(following)) \
            and following not in KK_COORDINATORS and postposition(following) is None \
            and not any_postposition(following) and not finite_verb(following) \
            and not (after and (possessive_shape(after) or may_own(after))) \
            and unpossessed_head(following) is None and place_head(following) is None \
            and not following.startswith(("облыс", "қала", "аудан", "ауыл"))

    def kazakh_ablative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "detained in Uralsk": a place after "in" is where something happens, a locative; an
        ablative («Оралдан … ұсталды») says "from", which nothing in the Kazakh sentence asks for
        (no verb of leaving, taking, hearing, moving or beginning, no postposition or comparison
        of the ablative) where the English has no "from"."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ABL or "from" in self.source.lower().split():
            return False
        return self._kazakh_case_for_in(hit, entry, ablative_in_clause,
                                        "(abl) where the source puts it after \"in\": where something is or happens "
                                        "is a locative; an ablative says \"from\"")

    def kazakh_locative_for_attribute(self, hit: Hit, entry: FormEntry) -> bool:
        """English "praised the oil workers in Zhanaozen", "called the events in Kazakhstan …": the
        place says which people or things, an attribute of the noun before "in", which Kazakh makes
        with -дағы («Жаңаөзендегі мұнайшыларды»). A plain locative right before that noun, the
        object in the accusative («Жаңаөзенде мұнайшыларды мақтады»), says where the praising
        happened instead."""
        if entry.flags & EXTRA or entry.cases & KK_CASES not in (KK_LOC, KK_GEN) or entry.surface[:1] in OPEN:
            return False
        if self.lx.kinds[entry.ref] != "place":
            # (a website or a magazine the English puts a possessed noun on: "Murphy's post on Facebook",
            # «Мерфидің Facebook-тағы жазбасы»)
            return entry.cases & KK_CASES == KK_LOC and self.on_medium(entry.ref) \
                and self._locative_inside_possession(hit, entry)
        if entry.cases & KK_CASES == KK_GEN:
            return self._genitive_for_attribute(hit, entry)
        if self._locative_inside_possession(hit, entry):
            return True
        before_en = self.source_before(entry.ref)
        if self._locative_for_recipients_there(hit, entry, before_en):
            return True
        # "were backed by workers in Mangystau": the passive's agent, the Kazakh active verb's subject — the place
        # says which ones, as for a subject that opens the sentence
        agent = _EN_AGENT_NOUN_IN.search(before_en)
        if agent is not None and not agent.group(1).lower().endswith(("ed", "ing")) \
                and agent.group(1).lower() not in _EN_NOT_NOUNS \
                and self._locative_for_subject(hit, entry, agent.group(1), agent=True):
            return True
        found = _EN_THE_NOUN_IN.search(before_en)
        if found is None or found.group(1).lower().endswith(("ed", "ing")) or found.group(1).lower() in _EN_NOT_NOUNS:
            return False
        if self._locative_inside_phrase(hit, entry, before_en[:found.start()], found.group(1)):
            return True
        if _EN_SENTENCE_START.search(before_en, 0, found.start()):
            # "The events in Almaty shook the whole country": the sentence's subject, which no verb before it does
            # anything to — the place says which ones
            return self._locative_for_subject(hit, entry, found.group(1))
        if not _EN_SAID_OF.search(before_en, 0, found.start()):
            # "shot the oil workers in Zhanaozen", "would restrict the rights in Britain": done where they are, a
            # locative as right — only a verb said of them from elsewhere (praised, called, condemned) makes the
            # place theirs alone
            return False
        words = self._clause_after(hit)[:3]
        # (the object in the accusative, a possessed one too: «Жаңаөзенде ереуіл комитеттерін … теңеді»)
        at = next((k for k, word in enumerate(words) if word.islower() and (case_by_ending(fold(word)) == "acc"
                                                                             or plural_possessed_object(fold(word)))),
                  None)
        # (not a participle's place, «Алматыда ұсталғандарды», those detained in Almaty: the locative is its own)
        if at is None or at == len(self._clause_after(hit)) - 1 or any(
                not word.islower() or case_by_ending(fold(word)) not in (None, "acc") or genitive_word(fold(word))
                or _KK_PARTICIPLE_STEM.search(fold(word)) for word in words[:at + 1]):
            return False
        self._report_attribute(hit, entry, 2, f"(loc) right before {' '.join(words[:at + 1])!r}: the source says "
                               f"which ones (\"the {found.group(1)} in …\"), an attribute in -дағы, not where the "
                               "verb's action happens")     # Жаңаөзен-де → Жаңаөзендегі
        return True

    def _locative_for_subject(self, hit: Hit, entry: FormEntry, noun_en: str, *, agent: bool = False) -> bool:
        """English "The events in Almaty shook the whole country": "the <noun> in" a place opening the sentence, its
        subject. Kazakh that puts a plain locative right before that noun as a bare plural («Алматыда оқиғалар
        … сілкіндірді») says where the shaking happened: the attribute in -дағы is meant."""
        clause = self._clause_after(hit)
        if len(clause) < 2 or self.toks.gap(hit.end).strip(" \u00a0"):
            return False
        word = clause[0]
        named = self._named_head_after(hit)
        if named is not None and fold(named)[-1] in "ыі" and not any_postposition(named):
            # «Лондонда Қазақстан елшілігі … бас тартты», "the Kazakh embassy in London refused": the subject another
            # name, whose own last word is a possessed noun in the nominative
            word = named
        elif not word.islower() or not _KK_BARE_PLURAL.fullmatch(fold(word)) or participle(fold(word)) \
                or another_verb_form(clause[:1]) or any_postposition(clause[1]) or _headed_after_plural(clause[1]):
            return False
        role = f"the agent of its passive is \"by {noun_en}" if agent else f"the source's subject is \"the {noun_en}"
        self._report_attribute(hit, entry, 2, f"(loc) right before {word!r}: {role} in …\", the place says which ones, "
                               "an attribute in -дағы, not where the verb's action happens")
        return True

    def _named_head_after(self, hit: Hit) -> str | None:
        """The last word of another name right after *hit*, where it is a noun in small letters with the possessive
        (Қазақстан елшілігі, елшілігіне: the noun that name is), with nothing between; None otherwise."""
        other = next((other for other, _ in self.pending if other.start == hit.end), None)
        end = other.end if other is not None else hit.end
        while other is None and end < min(self.n, hit.end + 4) and end in self.others \
                and not self.toks.gap(end).strip(" \u00a0"):
            end += 1        # (a name the source does not give: «Қазақстан елшілігі» for "the Kazakh embassy")
        if end - hit.end < 2 or self.toks.gap(hit.end).strip(" \u00a0") or not self.toks.words[end - 1].islower() \
                or not possessive_shape(self.toks.folded[end - 1]):
            return None
        return self.toks.words[end - 1]

    def _locative_for_recipients_there(self, hit: Hit, entry: FormEntry, before_en: str) -> bool:
        """English "sent solidarity to journalists in Kazakhstan": the place says which recipients, where they are,
        not where the sending happened. Kazakh that puts a plain locative right before the recipients' dative, in a
        clause whose verb sends or gives («Қазақстанда журналистерге … сәлем жолдады»), has the sender there: the
        attribute in -дағы is meant (Қазақстандағы журналистерге)."""
        found = _EN_TO_NOUN_IN.search(before_en)
        if found is None or found.group(1).lower().endswith(("ed", "ing")) or found.group(1).lower() in _EN_NOT_NOUNS:
            return False
        words = self._clause_after(hit)
        # (the recipients another name too, whose last word carries the case: «Лондонда Қазақстан елшілігіне гүл
        # жіберді», "sent flowers to the Kazakhstan Embassy in London")
        first = self._named_head_after(hit) or (words[0] if words else "")
        if len(words) < 2 or not first.islower() or self.toks.gap(hit.end).strip(" \u00a0") \
                or oblique_noun_case(fold(first)) != "dat" or participle(fold(first)) \
                or any_verbal_noun(fold(first)) \
                or not any(word.islower() and giving_verb(word) for word in words[1:]):
            return False
        self._report_attribute(hit, entry, 2, f"(loc) right before {first!r}: the source says which ones it goes "
                               f"to (\"to … {found.group(1)} in …\"), an attribute in -дағы, not where the sender is")
        return True

    def _locative_inside_phrase(self, hit: Hit, entry: FormEntry, before_noun: str, noun_en: str) -> bool:
        """English "the demands of the strikers in Kyzylorda", "briefed on the situation in Kazakhstan":
        "the <noun> in" a place inside a phrase of a preposition ("of", "on", "about") — the place says
        which ones, no verb's where. Kazakh that puts a plain locative right before that noun, made a
        genitive that owns what follows («Қызылордада ереуілшілердің талаптарын») or the object of a
        postposition of topic («Қазақстанда жағдай туралы»), says where some verb's action happens
        instead: an attribute in -дағы is meant."""
        preposition = _EN_PREPOSITION_BEFORE.search(before_noun)
        if preposition is None:
            return False
        # (an "of" phrase only in the sentence's subject, "Photos of the picket in London spread …": after a verb,
        # "raised the names of the prisoners in Westminster", the place may be where it was done)
        owned = preposition.group(1).lower() in ("of", "from") and _EN_SUBJECT_OF.search(before_noun) is not None
        clause = self._clause_after(hit)
        if len(clause) < 2 or not clause[0].islower() or self.toks.gap(hit.end).strip(" \u00a0"):
            return False
        noun, after = fold(clause[0]), clause[1]
        # (not a verbal noun owned, «Алматыда тілшілердің ұсталуына»: the detaining happened there)
        inside = (owned and genitive_word(noun) and after.islower() and possessive_shape(fold(after))
                  and not any_postposition(after) and not possessed_verbal_noun(fold(after))) \
            or (preposition.group(1).lower() in ("on", "about") and case_by_ending(noun) is None
                and fold(after) in _KK_TOPIC)
        if not inside or participle(noun) or another_verb_form(clause[:1]):
            return False
        self._report_attribute(hit, entry, 2, f"(loc) right before {' '.join(clause[:2])!r}: the source says which "
                               f"ones (\"the {noun_en} in …\" inside a phrase of a preposition), an attribute in -дағы")
        return True

    def _locative_inside_possession(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Russia's influence in Central Asia", "Kazakhstan's embassy in London": a place
        after "in" between a genitive and the noun it owns («Ресейдің … ықпалы») is inside that noun
        phrase, which only an attribute in -дағы enters («Ресейдің Орталық Азиядағы ықпалы»); a plain
        locative there («Орталық Азияда ықпалы») says where a verb's action happens, and no verb
        stands between it and the possessed noun."""
        if hit.start == 0 or not genitive_word(self.toks.folded[hit.start - 1]) \
                or self.toks.gap(hit.start).strip(" \u00a0") \
                or not (_EN_OWNED_NOUN_IN if self.lx.kinds[entry.ref] == "place" else _EN_OWNED_NOUN_ON).search(
                    self.source_before(entry.ref)):
            return False
        clause = self._clause_after(hit)
        words = clause[:3]
        at = next((k for k, word in enumerate(words) if word.islower() and possessive_shape(fold(word))
                   and not any_postposition(word)), None)
        if at is None or at == len(clause) - 1 or another_verb_form(words[:at + 1]) \
                or any(not word.islower() or genitive_word(fold(word)) or case_by_ending(fold(word)) is not None
                       for word in words[:at]):
            return False
        self._report_attribute(hit, entry, 2, f"(loc) between the genitive {self.toks.words[hit.start - 1]!r} and "
                               f"{words[at]!r}, the noun it owns: a place inside that noun phrase is an attribute "
                               "in -дағы")
        return True

    def _genitive_for_attribute(self, hit: Hit, entry: FormEntry) -> bool:
        """English "protesters in Aktau": «Ақтаудың наразылық білдірушілер» — a genitive before words
        none of which carries the possessive owns nothing there; the place says which people, an
        attribute in -дағы."""
        found = _EN_NOUN_IN.search(self.source_before(entry.ref))
        if found is None or found.group(1).lower().endswith(("ed", "ing")) or found.group(1).lower() in _EN_NOT_NOUNS:
            return False
        # the noun phrase after it, up to a bare plural that ends it with no possessed word after
        # («наразылық білдірушілер газ …»): a plural without the possessive heads nothing a genitive owns
        # (not «жұмысшылар одағы», a plural modifying the possessed noun after it)
        clause = self._clause_after(hit)
        end = next((k for k, word in enumerate(clause[:4]) if _KK_BARE_PLURAL.fullmatch(fold(word))), None)
        # (a name or a postposition after the plural is none it heads: «Оралдың митингілер Ақтөбедегі …», «…
        # оқиғалар туралы»)
        following = clause[end + 1] if end is not None and end + 1 < len(clause) else ""
        if end is None or not following or _headed_after_plural(following):
            return False
        words = clause[:end + 1]
        if any(not word.islower() or possessive_shape(fold(word)) or may_own(fold(word)) or genitive_word(fold(word))
               or postposition(word) is not None for word in words):
            return False
        self._report_attribute(hit, entry, 3, f"(gen) before {' '.join(words)!r}, which carry no possessive: the "
                               f"genitive owns nothing there; the source says which ones (\"{found.group(1)} in …\"), "
                               "an attribute in -дағы")     # Ақтау-дың → Ақтаудағы
        return True

    def kazakh_genitive_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "protesters in Aktau": a place after "in" is where something is or happens, a
        locative («Ақтаудағы наразылар», «Ақтауда»); a genitive («Ақтаудың наразылық білдірушілер …»)
        says whose, and owns nothing where no possessed word after it in the sentence is its own."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_GEN or entry.surface[:1] in OPEN \
                or self.lx.kinds[entry.ref] != "place" or not EN_IN_BEFORE.search(self.source_before(entry.ref)) \
                or not self.place_not_direction(entry.ref) or self.english_possessive(entry.ref):
            return False
        # (past the other genitives of a list that share the possessed noun: «Атырау облысының, Ақтөбе
        # облысының және Батыс Қазақстан облысының жұмысшылары»)
        start = hit.end
        while start < self.n and (self.toks.folded[start] in KK_COORDINATORS or "," in self.toks.gap(start)):
            first = start + (self.toks.folded[start] in KK_COORDINATORS)
            # (an adjective may stand before the next one: «және көршілес Батыс Қазақстан облысының»)
            following = next((h for h, e in self.pending if first <= h.start <= first + 1), None)
            if following is None or not genitive_word(self.toks.folded[following.end - 1]):
                break
            start = following.end
        if self.something_owned(start, self._sentence_end(hit.end)):
            return False
        self.wrong_case(hit, entry, "loc", "(gen) owning nothing after it, where the source puts it after \"in\": "
                        "where something is or happens is a locative")
        return True

    def _kazakh_case_for_in(self, hit: Hit, entry: FormEntry, asked_for: Callable[[list[str]], bool],
                            why: str, *, bodies: bool = False) -> bool:
        """A place the English puts after "in" (no verb of arrival before it) in a case that
        nothing in the Kazakh sentence after it asks for (*asked_for* of its words, read to the
        sentence's end: the verb may stand past a comma, «Алматыға … емес, дәл ҰҚШҰ келіп
        жетті»): the locative is meant."""
        end = self._sentence_end(hit.end)
        # (up to a comma and a conjunction that opens a clause of its own, «…, бірақ», «…, сондықтан»: what
        # that clause's verb takes is none of the name's)
        end = next((k for k in range(hit.end + 1, end) if self.toks.folded[k] in _KK_CLAUSE_OPENERS
                    and "," in self.toks.gap(k)), end)
        words = self.toks.words[hit.end:end]
        if self._closed_by_participle(hit):
            words = words[:1]
        # (a company someone works for is where they work, as one they work at: "worked for Ozenmunaigas",
        # «Өзенмұнайгазда жұмыс істеді» — a person worked for is a dative, «Назарбаевқа жұмыс істеді»)
        worked_for = bodies and self.lx.kinds[entry.ref] == "other" \
            and _EN_WORKED_FOR.search(self.source_before(entry.ref)) is not None
        # (a postposition right after the name decides its case: «Ақтауға қарағанда», "than in Aktau")
        # (the last place of a list shares the "in" before the first: "interviewed workers in Uralsk and Aktobe",
        # «Орал мен Ақтөбеде»)
        listed = self.lx.kinds[entry.ref] == "place" and not _EN_WHERE_BEFORE.search(self.source_before(entry.ref)) \
            and self.at_body(entry.ref, listed=True)
        if bare_quoted(entry, entry.cases & KK_CASES) \
                or not (_EN_WHERE_BEFORE.search(self.source_before(entry.ref)) or worked_for or listed) \
                or (words and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE)
                    and postposition(words[0]) is not None) \
                or not (self.place_not_direction(entry.ref) or listed
                        or (bodies and (self._body_at(entry.ref) or worked_for))) \
                or asked_for(words):
            return False
        if self._sentence_end(hit.end) == hit.end \
                and asked_for(self.toks.words[self._sentence_start(hit.start):hit.start]):
            # (a name that ends its sentence, set after the verb: «… сол жерден бастайық: … — Жаңаөзеннен», "let us
            # begin … in Zhanaozen")
            return False
        self.wrong_case(hit, entry, "loc", why)
        return True

    def kazakh_on_medium(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the video spread on Facebook", "read it in International Viewpoint": a website,
        a channel or a magazine after "on" or "in", after a word of appearing, showing or seeing, is
        where something appears, a locative («Facebook-та тарады»); a dative or an accusative there is
        wrong — unless the clause has a verb that takes a dative (posting, writing, sending *to* it:
        «Facebook-қа жариялады») or ends with one whose object the name is."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_ACC) or not self.on_medium(entry.ref) \
                or not _EN_APPEARING_ON.search(self.source_before(entry.ref)) or bare_quoted(entry, cases):
            return False        # (not "relied on", "drew on", "reported on", "posted on": a dative may be meant)
        words = without_clause_particles(self._clause_after(hit))
        if not words or (cases == KK_DAT and (dative_in_clause(words) or giving_predicate(words)
                                              or any(publishing_verb(word) for word in words))) \
                or (cases == KK_ACC and accusative_verb(words[-1])
                    # (unless the verb has its object before the name: «бейнежазбаны Facebook-ты көрдім»)
                    and not any(word.islower() and accusative_word(fold(word)) for word in self._clause_before(hit))):
            return False
        self.wrong_case(hit, entry, "loc", f"({cases_of('kk', cases)[0]}) where the source has it after \"on\" or "
                        "\"in\": where something appears is a locative")
        return True

    def kazakh_head_after_bare_name(self, hit: Hit, entry: FormEntry) -> bool:
        """English "taken to Charing Cross police station": the English name goes on with common nouns
        ("police station") that Kazakh renders after the bare name as the head of a compound, whose
        ending is the name's case («Чаринг-Кросс полиция бөлімшесіне»). Where the English moves
        something to it and the head's ending is the locative, where it is («… бөлімшесінде алып
        кетті»), the dative is meant."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or hit.end + 1 >= self.n \
                or not re.search(r"\s[a-z]{3,}$", self.english_mention(entry.ref)) \
                or not after_to(self.source_before(entry.ref), NOT_DIRECTION_TO):
            return False
        k = hit.end
        while k < min(self.n, hit.end + 3) and self.toks.words[k].islower() \
                and not self.toks.gap(k).strip(" \u00a0") and not _KK_HEAD_LOCATIVE.fullmatch(self.toks.folded[k]):
            k += 1
        if k >= self.n or k == hit.end or self.toks.gap(k).strip(" \u00a0") \
                or not _KK_HEAD_LOCATIVE.fullmatch(self.toks.folded[k]) \
                or not any(moving_verb(word) for word in self.toks.words[k + 1:self._clause_end(k + 1)]):
            return False        # (a verb of moving or taking in the Kazakh clause: «… алып кетті», «апарылды»)
        head = self.toks.words[k]
        offending = self.toks.span_text(hit.start, k + 1)
        # (the head in the nominative, бөлімшесі-нде → бөлімшесі, in the dative: бөлімшесіне)
        suggestion = offending[:len(offending) - len(head)] + head_in_case(head[:-3], "dat")
        self.add("target-wrong-inflection", f"{offending!r}: the head {head!r} of {self.rid(entry.ref)} in the "
                 "locative where the source moves something to it: a dative", offending=offending,
                 suggestion=suggestion, ref=entry.ref)
        return True

    def kazakh_day_after_on(self, hit: Hit, entry: FormEntry) -> None:
        """English "on Independence Day": a day is a time, which Kazakh says bare («Тәуелсіздік күні полиция оқ
        атты») or in the locative; a dative or an ablative there, with no postposition after it to govern it («…
        күніне дейін», "until"), places nothing — the nominative is meant."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_ABL) or entry.ref not in self.lx.day_refs("kk") \
                or not EN_ON_BEFORE.search(self.source_before(entry.ref)):
            return
        words = self._clause_after(hit)
        if words and (any_postposition(words[0]) or (dative_word(fold(words[0])) and cases == KK_DAT)):
            return      # (a postposition's, or a list of datives: «… күніне, 16 желтоқсанға»)
        if cases == KK_DAT and any(moving_verb(word) for word in words):
            return      # a verb of coming takes the dative: «Тәуелсіздік күніне тұспа-тұс келді», "fell on" it
        if _EN_CONGRATULATED_ON.search(self.source_before(entry.ref)):
            # "congratulated Zhanaozen on Independence Day": what one is congratulated on, an instrumental
            self.wrong_case(hit, entry, "ins", f"({cases_of('kk', cases)[0]}) where the source congratulates \"on\" "
                            "a day: what one is congratulated on is an instrumental")
            return
        self.wrong_case(hit, entry, "nom", f"({cases_of('kk', cases)[0]}) where the source says \"on\" a day: a time, "
                        "bare in Kazakh")
