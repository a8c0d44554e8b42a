"""Kazakh target rules: the case ending a Kazakh name needs after or before the words around
it (postpositions, verbs and their objects, possessive compounds, the hyphen after a quoted
name) and what the English source says about it."""

from __future__ import annotations

import re
from itertools import pairwise

from ..english_context import (
    PASSIVE_BY,
    adverb_after,
    content_word_after,
    noun_next,
    passive_right_after,
    relative_clause_subject,
    right_before,
    second_object_next,
    subject_position,
)
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
    ablative_compound,
    ablative_in_clause,
    ablative_source_clause,
    accusative_verb,
    addressing_verb,
    another_verb_form,
    asking_verb,
    bare_member,
    bare_partner_noun,
    beginning_verb,
    clause_verb_case,
    compound_giving_predicate,
    converb,
    dative_compound,
    dative_predicative,
    dative_verb_for,
    dative_word,
    electing_verb,
    finite_verb,
    finite_verb_case,
    form_of_verb,
    giving_predicate,
    giving_verb,
    giving_verb_any_voice,
    happening_verb,
    inviting_verb,
    moving_verb,
    nominalised_moving_verb,
    nominalised_verb_case,
    objectless_participle,
    partner_clause,
    partner_compound_within,
    partner_noun,
    partner_verb,
    possessed_compound_passive,
    possessed_dative_noun,
    publishing_verb,
    putting_verb,
    round_verb,
    seeing_or_writing_verb,
    shared_relation_noun,
    unnominalised,
    verb_object_case,
    verbal_noun_object_case,
    verbal_noun_of_moving,
    without_auxiliary,
    without_clause_particles,
)
from ..kazakh_heads import AND_SOUNDS as KK_AND_SOUNDS
from ..kazakh_heads import CASE_BIT as KK_CASE_BIT
from ..kazakh_postpositions import COORDINATORS as KK_COORDINATORS
from ..kazakh_postpositions import (
    adverb_postposition,
    any_postposition,
    narrowed_postposition,
    postposition,
    source_postposition,
    wants_person_genitive,
)
from ..kazakh_words import (
    VERBAL_NOUN_ACCUSATIVE,
    accusative_word,
    adjective_shaped,
    adverb_like_case,
    adverbial_word,
    any_verbal_noun,
    case_by_ending,
    comparative,
    embedded_verb,
    finite_passive,
    gathering_verb,
    genitive_word,
    il_passive,
    may_be_possessed,
    may_own,
    nominalised_verb,
    oblique_noun_case,
    only_looks_possessed,
    participle,
    passive_verb,
    passive_verbal_noun,
    possessed_compound,
    possessed_noun,
    possessed_verbal_noun,
    possessive_shape,
    something_to_own,
)
from ..matcher import fold
from .english import (
    EN_CALLED_ON,
    EN_CASE_BEFORE,
    EN_GIVING_BEFORE,
    EN_IN_AFTER_VERB,
    EN_IN_ON_BEFORE,
    EN_ON_BEFORE,
    EN_OPENING_PLACE,
    EN_RECIPIENT_FIRST,
    EN_SAYING_VERB,
    EN_TO_RECIPIENT,
    FROM_BEFORE,
    LEAVING_FOR,
    NOT_DIRECTION_TO,
    POSSESSIVE,
    TO_IN_PREPOSITIONS,
    after_to,
)
from .kazakh_pairs import KazakhPairRules
from .kazakh_places import bare_quoted
from .kazakh_sources import KK_ABLATIVE_PARTNERS
from .state import CLOSE, KK_CASE_OF_PREPOSITION, KK_CASES, OPEN

#: "seen from Moscow", "From Moscow it looked like …": where one looks from («Мәскеуден қарағанда»)
_EN_SEEN_FROM = right_before(r"(?:(?:seen|viewed|looked\s+at|looking|watched|observed)\s+)?from")
#: People "in" or "at" a place or company ("workers at Kazakhmys", "oil workers in Atyrau Region")
_EN_PEOPLE_AT = right_before(r"(?:workers|miners|oilmen|oil\s+workers|steelworkers|strikers|employees|staff|"
                             r"protesters|demonstrators|activists|residents|people|engineers|drillers)\s+(?:in|at)")
#: "that" (or another word that opens a clause) right before the name, and a verb with its
#: auxiliary after it: the name is that clause's subject ("that Nazarbayev had resigned")
_EN_THAT_BEFORE = right_before("that|whether|how|why")
_EN_CLAUSE_VERB_AFTER = re.compile(r"(?i)^\s+(?:(?:had|has|have|was|were|would|could|should|might|will|must|did|"
                                   r"is|are)(?:\s+(?:not|never|already|been))?\s+(?:[a-z]+ly\s+)?[a-z]+"
                                   r"|(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|had|was|were|would|could|should|might|"
                                   r"must))\b")
#: ... or, after a verb of demanding, the subjunctive's bare verb ("demanded that Nazarbayev leave")
_EN_DEMANDED_THAT = right_before(r"(?:demand|insist|request|ask|urg|propos|suggest|recommend)\w*\s+that")
_EN_BASE_VERB_AFTER = re.compile(r"\s+(?:not\s+)?[a-z]{3,}\b")
#: "throughout" a place, right before the name
_EN_THROUGHOUT_BEFORE = right_before(r"throughout|across|all\s+over")
#: "at" after a noun of an event: where it happens ("the strike at Kashagan", «Қашағандағы ереуіл»),
#: never where something goes (unlike "aimed at", "directed at")
_EN_EVENT_AT = right_before(r"(?:strikes?|protests?|rall(?:y|ies)|demonstrations?|pickets?|clash(?:es)?|shootings?|"
                            r"massacre|killings?|explosions?|fires?|riots?|unrest|walkouts?|sit-ins?|stoppages?|"
                            r"events?|accidents?|meetings?|gatherings?|vigils?|situation|layoffs?|dismissals?)\s+at")
#: English "than" right before a name ("harsher than Nazarbayev"; not "than to Moscow", "than in Almaty")
_EN_THAN_BEFORE = right_before(r"(?<!rather )(?<!other )than")     # ("rather than Tokayev": no comparison)
#: English "with" right before a name (not "together with", an adverb postposition's own)
_EN_WITH_BEFORE = re.compile(r"(?i)(?<!together )(?<!along )\bwith\s+(?:(?:the|an?)\s+)?(?:(?:1[89]|20)\d\d\s+)?$"
                             # ("with a BBC correspondent", "with the 2011 Zhanaozen massacre")
                             # "spoke to Putin": talking is done with someone in Kazakh («Путинмен сөйлесті»)
                             r"|\b(?:spoke|speak|speaks|speaking|talked|talk|talks|talking)\s+to\s+(?:the\s+)?$")
#: English "with", "together with", "along with" right before a name
_EN_ANY_WITH_BEFORE = re.compile(r"(?i)\bwith\s+(?:the\s+)?$")
#: English "instructed", "ordered", "tasked" right before a name: given a task, a dative in Kazakh
_EN_TASKED = re.compile(r"(?i)\b(?:instruct|order|task|entrust|commission)\w*\s+(?:the\s+)?$")
#: English "compared … to/with" ("likened … to") right before a name, and "compared" right before it
# (a title or an apposition between: "compared Tokayev with his mentor Nazarbayev", "with President Putin")
_EN_COMPARED_WITH = re.compile(r"(?i)\b(?:compar(?:ed|es|e|ing)|liken(?:ed|s|ing)?)\b[^.;:!?]*"
                               r"\b(?:to|with)\s+(?:(?:the|his|her|their|its|our|a|an)\s+)?"
                               r"(?:(?!(?:of|in|and|or|to|from|by|on|at|for|with)\b)[a-z]+\s+){0,2}$")
_EN_COMPARED_OBJECT = re.compile(r"(?i)\bcompar(?:ed|es|e|ing)\s+(?:the\s+)?$")
#: Resembling (ұқсау), whose likeness is a dative only — never a partner in the instrumental
_KK_RESEMBLING = ("ұқса",)
#: A Kazakh noun with the possessive in the dative (атына, басшысына, мекенжайына)
_KK_POSSESSED_DATIVE = re.compile(r".{2,}(?:ы|і)(?:на|не)")
#: өз- with the possessive and a case ending («Алматының өзінде», "in Almaty itself"), and the case
#: it is in (the attributive and the genitive are no case a name before them can repeat)
_KK_OWN_SELF_CASE = {"өзін": "acc", "өзіне": "dat", "өзінде": "loc", "өзінен": "abl", "өзімен": "ins",
                     "өзіндегі": "attributive", "өзінің": "gen"}
#: English "itself", "himself", "alone" … right after a name
_EN_ITSELF_AFTER = re.compile(r"(?i)\s+(itself|himself|herself|themselves|alone)\b")    # ("in Almaty alone")
#: English "to"/"into" right before a place: where something goes
_EN_TO_PLACE = right_before(r"to|into|onto|towards|reach|reached|reaches|reaching|enter|entered|enters|entering|"
                            r"arriv(?:e|ed|es|ing)\s+in|"     # ("arrived in Almaty": «Алматыға келді»)
                            + LEAVING_FOR)
# ("set off for Aktau", "the strike reached Aktobe Region": «Ақтөбе облысына жетті»)
#: A verb of welcoming someone "to" a place earlier in the English clause: Kazakh receives them in it
#: ("welcomed the minister to London": «Лондонда қабылдады»)
_EN_WELCOMED_TO = re.compile(r"(?i)\b(?:welcom|receiv|host|greet)\w*\b[^.;:!?]*$")
#: The English absolute "with" (", with Aktau on the coast and Zhanaozen inland"): a comma before
#: "with", a place or position after the name
_EN_ABSOLUTE_WITH = re.compile(r"(?i),\s+with\s+(?:the\s+)?$")
_EN_PLACED_AFTER = re.compile(r"(?i)\s+(?:on|in|at|near|by|inland|ahead|behind|beside|alongside|in\s+front)\b")
#: Pronouns and adverbs that stand between an object and its verb («Байденге ешкім тыңдамады», «Жаңаөзенге
#: әлдеқашан ұмытып кетті»): the verb after them governs the name (those shaped like a case ending, әлі,
#: енді, are :func:`adverb_like_case`'s)
_KK_BETWEEN_WORDS = frozenset("ешкім бәрі біреу барлығы әлдеқашан мұқият қазір тіпті үнемі "
                              "жиі кейде ылғи әрдайым әрқашан".split())    # (and adverbs of how often)
#: words of scale after a figure (100 мың теңге, 2 млн доллар)
_KK_SCALE = frozenset("мың миллион млн миллиард млрд триллион трлн жүз".split())
#: English verbs that Kazakh renders by a compound predicate with a dative object (алғыс айту, кеңес
#: беру, көмек көрсету, телефон соғу, уәде ету; allowing and banning, рұқсат беру and тыйым салу, whose verbal
#: noun between says what is allowed: «… қозғалысына тіркелуге рұқсат бермеді»)
_EN_COMPOUND_VERB = re.compile(r"thank(?:s|ed)?|advised|helped|phoned|rang|promised|"
                               r"(?:allow|ban|permitt|prohibit)(?:s|ed)?|banned|forb(?:a|i)de|forbidden")
#: ... and the adjective of thanking before the name ("grateful to Paul Mason for his support")
_EN_GRATEFUL_TO = right_before(r"(?:grateful|thankful|thanks|gratitude)\s+to")
#: Kazakh words that close a reported clause, a reason or a matter, after which the main verb comes
_KK_REPORTING = frozenset(("деп", "үшін", "туралы", "жөнінде"))
#: English calling on someone to act right before the name ("called on Kazakhstan to", "urged Tokayev to")
_EN_CALLED_ON = right_before(rf"{EN_CALLED_ON}|urg(?:ed|es|ing|e)")
#: a Kazakh word with a case ending (a noun in a case, no adverb)
_KK_CASE_ENDING = re.compile(r"(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|"
                             r"ын|ін|ның|нің|дың|дің|тың|тің|мен|бен|пен)$")


#: English participles whose "by" names what something is done with, an instrumental in Kazakh too
#: ("replaced by Smailov": Смайыловпен ауыстырды; "surrounded by police": полициямен қоршады)
_EN_BY_AS_WITH = re.compile(r"(?i)(?:replac|substitut|surround|accompani|accompany|join|met|greet|suppli|"
                            r"provid|equipp|fill|cover|flank|encircl|compar|link|connect|associat)")


#: adjectives of closeness and strength that stand between a partner and its noun (тығыз байланыс)
_KK_PLAIN_DEGREE = frozenset("тығыз жақсы жақын ұзақ берік әлсіз күшті".split())
#: adverbs of degree («қатты тәуелді», "heavily dependent") and of manner («ашық қарсы шыққан», "spoke out openly
#: against"), which stand between a name and its postposition
_KK_DEGREE_ADVERBS = frozenset("қатты өте тым аса айтарлықтай едәуір толық толықтай мүлдем барынша сәл біршама "
                               "ашық батыл үнемі әрдайым".split())
#: ... and with them the words of a comparison that may stand between a name and its postposition («бұрынғыдан да
#: қатты», "more than ever")
_KK_DEGREE_WORDS = _KK_DEGREE_ADVERBS | frozenset("да де бұрынғыдан әлдеқайда одан сайын".split())
#: a verbal noun in the dative (қалуға, "to stay"): the aim of helping or joining, which takes no object here
_KK_DATIVE_VERBAL_NOUN = re.compile(r".{2,}[уү](?:ға|ге)")
#: A participle in -ған with a case ending or the possessive (сынағаннан, сынағаны, сынағанын): the participle
_KK_CASED_PARTICIPLE = re.compile(r"(.{3,}(?:ған|ген|қан|кен))(?:ы|і|ын|ін|ына|іне|ында|інде|ынан|інен|нан|нен|ға|ге|"
                                  r"да|де|дан|ден|мен)")
#: Nouns of belonging a genitive owns (құрамы "composition", қарамағы "jurisdiction", иелігі, меншігі "possession"):
#: "belonged to X" as «X-тың құрамында болды»
_KK_BELONGING_NOUNS = ("құрам", "қарамағ", "иелі", "меншіг")
#: English verbs of talking, meeting, agreeing, interviewing, consulting and arguing right before a
#: name, with "to" or "with" or none
_EN_PARTNER_BEFORE = right_before(r"(?:spoke|speak|speaks|speaking|talked|talk|talks|talking|met|meet|meets|meeting|"
                                  r"negotiated|negotiate|negotiates|negotiating|interviewed|interview|interviews|"
                                  r"interviewing|consulted|consult|consults|consulting|argued|argue|argues|arguing)"
                                  r"(?:\s+(?:by\s+phone|again|briefly|directly|personally))?(?:\s+(?:to|with))?")



#: English questioning the person right after it ("questioned Kairat Abdrakhmanov", "interrogate Massimov")
_EN_QUESTIONED = right_before(r"question(?:s|ed|ing)?|interrogat(?:e|es|ed|ing)|cross-examin(?:e|es|ed|ing)")


class KazakhRules(KazakhPairRules):
    """The case ending a Kazakh name's context needs."""

    def kazakh_word_after(self, hit: Hit, entry: FormEntry) -> None:
        """The word right after a Kazakh name: a postposition that takes one case («Тоқаевқа
        туралы»), a word that wants a person in the genitive (айтуынша) or a verb whose object
        takes one case («Ресейді жүгінді»)."""
        if hit.end >= self.n or entry.flags & EXTRA:
            return
        cases = entry.cases & KK_CASES
        gap = self.toks.gap(hit.end).strip(" \u00a0" + CLOSE)
        if gap:
            if not gap.strip(OPEN) and cases and not cases & KK_GEN \
                    and not self.kazakh_bare_possessor(hit, entry, cases):     # «Зюгановқа «коммунистік» … партиясы»
                self.kazakh_reported_object(hit, entry, cases)   # «… қозғалысына «…» деп айыптайды»
            return
        after, governor = self.toks.words[hit.end], hit.end
        rule = postposition(after)
        if rule is not None and fold(after) == "қарағанда" and cases == KK_ABL \
                and _EN_SEEN_FROM.search(self.source_before(entry.ref)):
            return      # «Мәскеуден қарағанда», "seen from Moscow": looking from it, no comparison
        if rule is not None and fold(after) == "айырмашылығы" and cases == KK_GEN and hit.end + 1 < self.n \
                and "," not in self.toks.gap(hit.end + 1):
            return      # «Тоқаев пен Назарбаевтың айырмашылығы неде?», "the difference between": a noun the genitive
                        # owns, the clause going on — «… -дан айырмашылығы, …», "unlike", closes with a comma
        following = self.toks.words[hit.end + 1] if hit.end + 1 < self.n else ""
        if rule is None and wants_person_genitive(after, following) and self.lx.kinds[entry.ref] == "person":
            rule = (KK_GEN, "gen")      # «Айнұр Құрманов айтуынша» → Құрмановтың
        elif rule is None and wants_person_genitive(after, following, person=False) and self.lx.acts(entry.ref):
            rule = (KK_GEN | KK_NOM, "gen")     # «БҰҰ-ны мәліметінше» → БҰҰ-ның (bare too: «ТАСС хабарлауынша»)
        # (the English past a list the name ends, where the Kazakh joins it to the names before: "depends heavily on
        # Russia and China", «Ресей мен Қытайға қатты тәуелді»)
        listed = hit.start > 0 and self.toks.folded[hit.start - 1] in KK_COORDINATORS
        before_en = self.source_before_list(entry.ref) if listed else self.source_before(entry.ref)
        if rule is not None:
            # («Жаңаөзен оқиғасымен байланысты» for "in connection with": the English picks the dative)
            rule = narrowed_postposition(after, before_en) or rule
        if rule is None:
            rule = source_postposition(after, before_en)    # "after Nazarbayev"
        # «Ресейден қатты тәуелді», "depends heavily on Russia": past an adverb of degree, the postposition's (two
        # or three words of degree too, a comparison's among them: «бұрынғыдан да қатты тәуелді», "more than ever")
        degree = hit.end
        while rule is None and degree < min(self.n - 1, hit.end + 3) and self._degree_word(degree) \
                and not self.toks.gap(degree + 1).strip(" \u00a0"):
            degree += 1
            rule = source_postposition(self.toks.words[degree], before_en)
            governor = degree if rule is not None else hit.end
        if rule is None and cases in (KK_GEN, KK_LOC) and bare_member(fold(after)) \
                and (cases == KK_LOC or not following.islower()):
            # «ҰҚШҰ-ның мүше Армения», "Armenia, a member of the CSTO": мүше without the possessive, and no noun it
            # modifies after it, is owned by nothing; what one is a member of is its dative (not «ҰҚШҰ-ның мүше
            # елдері», «… мүше мемлекетке әскер жіберуі»: a member state, and what the genitive owns further on)
            # (nor a locative, «БҰҰ-да мүше болды», "joined the UN": where one is a member is no member of what)
            self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) before {after!r}, which has no "
                            "possessive to be owned: what one is a member of is a dative")
            return
        if rule is None and cases == KK_DAT and possessed_dative_noun(fold(after)):
            # «Назарбаевқа кеңесшісі болды», "adviser to Nazarbayev": the dative is the bare noun's complement
            # (Назарбаевқа кеңесші); the possessive makes the name its owner, a genitive
            self.wrong_case(hit, entry, "gen", f"(dat) before {after!r}, which has the possessive: the name owns it, a "
                            "genitive (the dative goes with the noun without it)")
            return
        if (rule is None and cases and not cases & KK_GEN and self.kazakh_bare_possessor(hit, entry, cases)) \
                or self.kazakh_signer(hit, entry):
            return
        compound = self._compound_after(hit.end) if rule is None and cases == KK_DAT else None
        if compound is not None:
            # «1993 жылғы Конституцияға қалпына келтіру»: a compound verb whose noun has the dative already
            # (қалпына келтіру, "restore") takes its object in the accusative, no second dative (past «тіпті» before
            # it and a particle inside it too: «Жаңаөзенге тіпті ауызға да алмады», "did not even mention")
            self.wrong_case(hit, entry, "acc", f"(dat) right before {compound!r}, a compound verb whose object is an "
                            "accusative")
            return
        if rule is None:
            following = self.toks.words[hit.end + 1] if hit.end + 1 < self.n else ""
            adverb = adverb_postposition(after, following)
            if adverb is not None and cases and not cases & ~adverb[0]:
                self.wrong_case(hit, entry, adverb[1], f"({'/'.join(cases_of('kk', cases))}) before {after!r}, "
                                f"which takes the {adverb[1]}")
                return
            if verb_object_case(after) is None and self.kazakh_reported_object(hit, entry, cases):
                return
            subject = self.english_object(entry.ref) is None and subject_position(self.source_before(entry.ref))
            if cases & KK_ACC and not cases & KK_DAT and not subject:
                # (not where the English makes the name its sentence's subject: "The Embassy declined to comment", the
                # nominative is meant)
                # «ҰҚШҰ-ны төрағалық еткен», «Тоқаевты алғыс айтты»: a compound whose object is a dative, right
                # after the name or past «не» ("what": «Путинді не уәде етті?», what did he promise Putin)
                at = hit.end + 1 if fold(after) == "не" and hit.end + 2 < self.n else hit.end
                if fold(self.toks.words[at]) in _KK_DEGREE_ADVERBS and at + 2 < self.n:
                    at += 1     # past an adverb of manner: «Тоқаевты толық қолдау көрсетті», "gave full support"
                if at + 1 < self.n and not (self.toks.gap(at) + self.toks.gap(at + 1)).strip(" \u00a0") \
                        and dative_compound(self.toks.words[at], self.toks.words[at + 1]):
                    compound = f"{self.toks.words[at]} {self.toks.words[at + 1]}"
                    self.wrong_case(hit, entry, "dat", f"(acc) before {compound!r}, whose object takes the dat")
                    return
            if cases in (KK_LOC, KK_ABL, KK_INS) and self.english_object(entry.ref) is not None \
                    and hit.end + 1 < self.n and not self.toks.gap(hit.end + 1).strip(" \u00a0") \
                    and dative_compound(after, self.toks.words[hit.end + 1]):
                # «Алматыда қоңырау шалдым» for "I phoned Almaty": the English object is the compound's, a dative —
                # not where one was (nor whence or with whom: «Путиннен алғыс айтты», "thanked Putin")
                compound = f"{after} {self.toks.words[hit.end + 1]}"
                self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) before {compound!r}, whose object "
                                "takes the dat: the source makes it the verb's object")
                return
            # (an ablative too: «… партиясынан тыйым салынды», no "from" a ban is put on)
            if cases in (KK_NOM, KK_ABL) and hit.end + 1 < self.n \
                    and not self.toks.gap(hit.end + 1).strip(" \u00a0") \
                    and not self._an_amount(hit) and dative_compound(after, self.toks.words[hit.end + 1]) \
                    and passive_verb(self.toks.folded[hit.end + 1]) and self._clause_end(hit.end + 1) == hit.end + 2:
                # «Қазақстан Коммунистік партиясы тыйым салынған.» ("has been banned"): the passive of a compound
                # whose object is a dative keeps it a dative — no subject for the bare name to be (where it ends
                # the clause: «… тыйым салынған Коммунистік партиясының», "the banned party", modifies a noun)
                compound = f"{after} {self.toks.words[hit.end + 1]}"
                self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) before {compound!r}, a passive whose "
                                "object stays a dative")
                return
            if verb_object_case(after) is None and after.islower() \
                    and (not _KK_CASE_ENDING.search(fold(after)) or adverb_like_case(fold(after))) \
                    and hit.end + 1 < self.n and not self.toks.gap(hit.end + 1).strip(" \u00a0") \
                    and (self.english_object(entry.ref) or adverb_like_case(fold(after)) or adverbial_word(fold(after))
                         or (fold(after) in _KK_BETWEEN_WORDS
                             and verb_object_case(self.toks.words[hit.end + 1]) is not None)):
                # «Тоқаевқа ашық қолдады» ("openly supported Tokayev"): a bare word between, which the
                # English object makes an adverb, not the verb's own object; or a dative compound after it
                # («Мәскеуді ашық қарсы шықты», "openly opposed Moscow": қарсы шығу takes the dative)
                if hit.end + 2 < self.n and cases & KK_ACC and not cases & KK_DAT \
                        and dative_compound(self.toks.words[hit.end + 1], self.toks.words[hit.end + 2]) \
                        and self.english_object(entry.ref):
                    compound = f"{self.toks.words[hit.end + 1]} {self.toks.words[hit.end + 2]}"
                    self.wrong_case(hit, entry, "dat", f"(acc) before {compound!r}, whose object takes the dat")
                    return
                self.kazakh_verb_object(hit, entry, self.toks.words[hit.end + 1], cases)
                return
            if fold(after) in PAIR_PARTICLES and hit.end + 1 < self.n and self.toks.words[hit.end + 1].islower() \
                    and not (self.toks.gap(hit.end + 1)).strip(" \u00a0") \
                    and verb_object_case(self.toks.words[hit.end + 1]) is not None:
                # «Қытайға да қорқады» ("fear China too"): past the particle, the verb governs the name
                after = self.toks.words[hit.end + 1]
            self.kazakh_verb_object(hit, entry, after, cases)
            return
        if not cases or cases & rule[0]:
            return
        if rule[1] == "ins" and cases == KK_NOM and hit.start > 0 \
                and self.toks.folded[hit.start - 1] in KK_COORDINATORS:
            return      # «Пит Фермин мен Джон Макдоннелл бірге тұрды»: a list, the subject, "together"
        self.wrong_case(hit, entry, rule[1], f"({'/'.join(cases_of('kk', cases))}) before "
                        f"{self.toks.words[governor]!r}, which takes the {rule[1]}")

    def _degree_word(self, k: int) -> bool:
        """Is token *k* a word of degree that may stand between a name and its postposition (қатты, өте; да;
        «бұрынғыдан», "than before"; a comparative, көбірек)?"""
        low = self.toks.folded[k]
        return self.toks.words[k].islower() and (low in _KK_DEGREE_WORDS or comparative(low))

    def kazakh_reported_object(self, hit: Hit, entry: FormEntry, cases: int) -> bool:
        """«Мәскеу НАТО-ға толқуларды ұйымдастырды деп айыптады» ("accused NATO of organising"): the
        English object, before a clause reported with деп (a reason with үшін, "accused Tokayev for
        ordering"; a matter with туралы, "instructed the KNB to hand over": «… тапсыру туралы нұсқау
        берді»), is the object of the verb after it, or of the compound (нұсқау берді: a dative). True
        when the clause has that shape (and the name was checked against the verb)."""
        words = self._clause_after(hit)
        said = next((k for k, word in enumerate(words[:-1]) if fold(word) in _KK_REPORTING), None)
        if cases and said == 1 and fold(words[1]) == "үшін" and not self.english_possessive(entry.ref) \
                and (self.infinitive_verb(entry.ref) or "").endswith("ing"):
            # "criticised the party for supporting Assad": the English gerund's object is the object of the
            # participle right after it, before үшін («Асадты қолдағаны үшін»), not of the verb after that
            wanted = nominalised_verb_case(words[said - 1])
            if wanted is not None and wanted not in cases_of("kk", cases):
                self.wrong_case(hit, entry, wanted, f"({'/'.join(cases_of('kk', cases))}) before {words[said - 1]!r}, "
                                f"whose object takes the {wanted}: the source makes it the object of that action")
            return wanted is not None
        if not cases or cases & KK_NOM or not self.english_object(entry.ref) or self.english_possessive(entry.ref):
            return False
        # (nor the verbal noun of a verb that takes an object before it: «Саймон Пиранині шақыру туралы дауыс берді»,
        # "voted to invite Simon Pirani", the invitation's object)
        if said is None or said == 0 or verb_object_case(words[said - 1]) is not None \
                or verbal_noun_object_case(words[said - 1]) is not None:
            return False
        before = fold(words[said - 1])
        if fold(words[said]) in ("туралы", "жөнінде") and not (another_verb_form([before]) or finite_verb(before, 2)):
            # a matter reported is an action (… тапсыру туралы); «… адам құқықтары туралы ақыл айтады» is what one
            # lectures about, a noun, no clause the name could be the object in
            return False
        if said + 2 < len(words) and dative_compound(words[said + 1], words[said + 2]):
            if cases & KK_ACC and not cases & KK_DAT:
                compound = f"{words[said + 1]} {words[said + 2]}"
                self.wrong_case(hit, entry, "dat", f"(acc) before {compound!r}, whose object takes the "
                                "dat: the source makes it that verb's object")
            return True
        if verb_object_case(words[said + 1]) is not None:
            self.kazakh_verb_object(hit, entry, words[said + 1], cases)
            return True
        return False

    def kazakh_recipient(self, hit: Hit, entry: FormEntry) -> bool:
        """English "sent their demands to President Tokayev", "appealed to the CSTO": the name is
        the one something is sent, given or said to, which Kazakh puts in the dative. A name only
        in the ablative or the locative there («Тоқаевтан жолдады») says where it came from or
        happened instead, and an instrumental («Си Цзиньпинмен хат жолдады», "sent Xi Jinping a letter") a
        partner. (Other cases may render it: «Саймон Ханнамен сөйлесті», "spoke to
        Simon Hannah"; «Тоқаев атына», "addressed to Tokayev".)"""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases:
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None:
            return False
        before_en = self.source_before_title(entry.ref)     # ("sent Irish MP Paul Murphy a reply")
        if cases == KK_ACC:
            # an accusative is the thing given: wrong for "sent a letter to Bachelet" and for the English
            # double object "offered Tokayev military aid" — where the clause ends with a verb of giving
            # (a congratulation "sent to Tokayev" is «Тоқаевты құттықтады», an accusative)
            double = (EN_GIVING_BEFORE.search(before_en) is not None and second_object_next(after_en)) \
                or EN_RECIPIENT_FIRST.search(before_en) is not None
            # (the verb before an auxiliary of aspect: «Қытайға … мұнай сатып отыр», "sells oil to China")
            words = without_auxiliary(self._clause_after(hit))
            # (or the English object of "sentenced" where the Kazakh passes a sentence on it: «Төлетаеваны … жазасын
            # кесті», the sentence the compound's own object)
            passed = self.english_object(entry.ref) is not None and compound_giving_predicate(words)
            if not (double or passed or EN_TO_RECIPIENT.search(before_en)) or not giving_predicate(words):
                return False
        elif cases == KK_NOM:
            # "the money paid to Tony Blair": a bare name right before a verb of giving, of either voice,
            # is its subject or the passive's, never the one it goes to («Тони Блэр төленген ақша»)
            # (or the English double object, "We have sent ExxonMobil a letter", with a subject before the
            # name in its clause and nothing after it that could be the recipient: «Біз ExxonMobil … хат
            # жібердік» — a bare name there is the one it goes to, left without its dative)
            words = without_auxiliary(self._clause_after(hit))
            double = EN_GIVING_BEFORE.search(before_en) is not None and second_object_next(after_en) \
                and self.lx.kinds[entry.ref] != "place" and bool(self._clause_before(hit)) \
                and giving_predicate(words) and not possessive_shape(fold(words[0])) \
                and not any(dative_word(fold(word)) for word in words[:-1])
            if not double and (not EN_TO_RECIPIENT.search(before_en) or hit.end >= self.n
                               or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE)
                               or not giving_verb_any_voice(self.toks.words[hit.end])):
                return False
        elif cases == KK_GEN:
            # "handed a letter of protest to the Embassy": after the English "to" the name owns nothing,
            # and a clause ending with a verb of giving gives to a dative («елшілігіне … хатын тапсырды»)
            # (or right before a participle of giving: "appeals sent to the European Union", «Еуропалық
            # Одақтың жолдаған үндеулер» — whose genitive would be the sender)
            # (and the English double object: "has sent Tokayev a list", «Тоқаевтың … тізім жолдады»)
            words = self._clause_after(hit)
            given = bool(words) and (giving_verb(words[-1]) or (
                participle(fold(words[0])) and giving_verb_any_voice(words[0])))
            # (a person only: "handed the Security Council chairmanship to Tokayev" names what is given)
            double = self.lx.kinds[entry.ref] == "person" and EN_GIVING_BEFORE.search(before_en) is not None \
                and second_object_next(after_en)
            if not (EN_TO_RECIPIENT.search(before_en) or double) or not given \
                    or any(_KK_POSSESSED_DATIVE.fullmatch(fold(word)) for word in words[:-1]) \
                    or any(word[:1].isupper() and dative_word(fold(word)) for word in words[:-1]):
                # («елшілігінің атына жолдады», to the embassy's name: the dative is its noun's; «БҰҰ-ның … комиссары
                # Мишель Бачелетке жүгінді», a name in the dative after it the one appealed to, the genitive its title's
                # owner)
                return False
        elif cases == KK_INS:
            # "wrote to Paul Murphy": a clause that ends with a verb of giving, sending or writing (no verb of talking
            # or corresponding *with*, whose partner is an instrumental: «Саймон Ханнамен сөйлесті», «хат алысты») gives
            # to a dative («Пол Мерфиге хат жаздым»), never "with" the one it goes to
            # (or the one the English tells, informs or pays first: "told Paul Murphy about the strike committees",
            # «Пол Мерфимен … айтып берді»)
            # (and the English double object: "sent Xi Jinping a letter", «Си Цзиньпинмен … хат жолдады»; not before a
            # postposition, «Си Цзиньпинмен бірге», together with)
            words = without_auxiliary(self._clause_after(hit))
            double = EN_GIVING_BEFORE.search(before_en) is not None and second_object_next(after_en) \
                and bool(words) and not any_postposition(words[0])
            if not (EN_TO_RECIPIENT.search(before_en) or EN_RECIPIENT_FIRST.search(before_en) or double) or not words \
                    or not giving_verb(words[-1]) \
                    or partner_clause(words) or any(partner_verb(fold(word)) for word in words):
                return False
        elif cases & ~(KK_ABL | KK_LOC) or not (EN_TO_RECIPIENT.search(before_en) or (cases == KK_ABL and (
                EN_RECIPIENT_FIRST.search(before_en)
                or (EN_GIVING_BEFORE.search(before_en) and second_object_next(after_en))))):
            # ("sent Tokayev a message", "told Putin that": the English first object is the recipient too, never
            # where it comes from; a body "told" may be where it was said, «Ирландия парламентінде айтты»)
            return False
        elif cases == KK_ABL and any(asking_verb(word) for word in self._clause_after(hit)):
            return False    # "turned to the CSTO for help": «… ұйымынан көмек сұрады», asked it of them, an ablative
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('kk', cases))}): the source makes it the one "
                        "something is sent, given or said to, which Kazakh puts in the dative")
        return True

    def kazakh_compared(self, hit: Hit, entry: FormEntry) -> bool:
        """English "compared Kazakhstan with Belarus", "compared the prisons to Guantanamo": what is
        compared is the accusative object of салыстыру, what it is compared with its instrumental
        («Қазақстанды Беларусьпен салыстырды», «Гуантанамомен салыстырды»); a name in another case
        in a clause with салыстыру is wrong (a bare name only on the side compared with, which no
        subject is)."""
        cases = entry.cases & KK_CASES
        words = [fold(word) for word in self._clause_after(hit)[:3]]
        if words and words[0] in _KK_BETWEEN_WORDS:
            words = words[1:]       # «Тоқаевты Назарбаевқа жиі салыстырады», an adverb between
        words = words[:2]
        if entry.flags & EXTRA or not cases or not words or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return False
        # (right before the verb, or before what it is compared with and the verb: a name before another
        # noun modifies it, «ҰҚШҰ-ның араласуын … салыстырды», "the CSTO's intervention")
        before = self.source_before(entry.ref)
        if _EN_COMPARED_WITH.search(before) and words[0].startswith("салыстыр"):
            case, mask = "ins", KK_INS
        elif _EN_COMPARED_WITH.search(before) and words[0].startswith(("теңе", "ұқсат")):
            case, mask = "dat", KK_DAT      # «Қасиетті одаққа теңеді», likened to: the dative
        elif _EN_COMPARED_OBJECT.search(before) and not cases & KK_NOM and len(words) == 2 \
                and oblique_noun_case(words[0]) == "ins" and words[1].startswith("салыстыр"):
            case, mask = "acc", KK_ACC
        else:
            return False
        if cases & mask or self.english_possessive(entry.ref):
            return False
        side = "what is compared" if case == "acc" else "what it is compared with"
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) before {words[-1]!r}: the "
                        f"source makes it {side}, the {case}")
        return True

    def kazakh_than(self, hit: Hit, entry: FormEntry) -> bool:
        """English "harsher than Nazarbayev", "no better than the CSTO": the name after "than" is the standard of a
        comparison, which Kazakh puts in the ablative («Назарбаевтан да қатал») or, with қарағанда, the dative
        («Назарбаевқа қарағанда»). A name only in the dative or the locative with no postposition after it (past a
        particle) compares with nothing."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_LOC) or not _EN_THAN_BEFORE.search(
                self.source_before(entry.ref)):
            return False
        at = hit.end
        if at < self.n and self.toks.folded[at] in PAIR_PARTICLES and not self.toks.gap(at).strip(" \u00a0"):
            at += 1         # «Назарбаевқа да қатал», past the particle
        if at < self.n and not self.toks.gap(at).strip(" \u00a0") and (
                any_postposition(self.toks.words[at]) or dative_predicative(self.toks.folded[at])
                or self.toks.folded[at] in KK_COORDINATORS or self.toks.folded[at] == "әлде"):
            # «Назарбаевқа қарағанда»: the postposition's own case; «Ақтөбеге не Қызылордаға қарағанда»: a list whose
            # last member the postposition follows
            return False
        self.wrong_case(hit, entry, "abl", f"({cases_of('kk', cases)[0]}): the source's \"than\" makes it the standard "
                        "of a comparison, an ablative (or a dative before қарағанда)")
        return True

    def kazakh_with(self, hit: Hit, entry: FormEntry) -> bool:
        """English "worked closely with Paul Murphy": the name is a partner, which Kazakh puts in
        the instrumental («Пол Мерфимен»). An accusative, dative or ablative in a clause that ends
        with a verb of meeting, talking or working with («Пол Мерфиді … жұмыс істеп келеді», «Си
        Цзиньпинге … келіссөз жүргізді», «Құрмановтан … сөйлесті»), or right before a noun of doing
        something with someone, is wrong. (Other verbs may render "with" otherwise: «Тоқаевқа
        наразы», "unhappy with Tokayev"; and the absolute ", with Aktau on the coast" is no
        partner: «Ақтауды теңіз жағасына … белгілегенде».)"""
        cases = entry.cases & KK_CASES
        # (a genitive right after another genitive owns nothing the other does not: «Тоқаевтың Путиннің телефон
        # арқылы сөйлесуі», "Tokayev's phone call with Putin" — the partner is an instrumental)
        second_genitive = cases == KK_GEN and hit.start > 0 and not self.toks.gap(hit.start).strip(" \u00a0") \
            and genitive_word(self.toks.folded[hit.start - 1])
        # (or a genitive right before a noun of doing something with someone that has no ending for it to own:
        # «ExxonMobil-дің келісімшарт», "the contract with ExxonMobil")
        # (or before a noun of a shared relation with its ending, where the English has no owner: "relations with
        # China", «Қытаймен қарым-қатынасын», not «Қытайдың қарым-қатынасын», China's own relations)
        unowned_genitive = cases == KK_GEN and hit.end < self.n \
            and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) and (bare_partner_noun(self.toks.words[hit.end])
                 or (shared_relation_noun(self.toks.hyphenated(hit.end)[0]) and not self.english_possessive(entry.ref)
                     and not any_postposition(self.toks.words[hit.end])))     # (not байланысты, "in connection with")
        if entry.flags & EXTRA or (cases not in (KK_ACC, KK_DAT, KK_ABL) and not second_genitive
                                   and not unowned_genitive):
            return False
        if hit.end < self.n and self.toks.folded[hit.end] == "бірге" and not self.toks.gap(hit.end).strip(" \u00a0") \
                and _EN_ANY_WITH_BEFORE.search(self.source_before_list(entry.ref)):
            # "together with Belarus and Kyrgyzstan": бірге takes the instrumental of the last name of a list
            # («Беларусь және Қырғызстанмен бірге»), which no verb of the clause changes
            self.wrong_case(hit, entry, "ins", f"({cases_of('kk', cases)[0]}) before 'бірге' where the source has "
                            "\"with\": бірге takes the instrumental")
            return True
        if not _EN_WITH_BEFORE.search(self.source_before(entry.ref)) \
                or (cases != KK_GEN and self.source_around(entry.ref)[1].startswith(POSSESSIVE)
                    and any(word.islower() and fold(word).endswith(("ымен", "імен"))
                            for word in self._clause_after(hit))):
            # ("shared the findings with Michelle Bachelet's office", «… кеңсесімен бөлістік»: the partner is what
            # the name owns, an instrumental of its own after it)
            return False
        governing = self.postposition_after(hit, entry.ref)     # («Сталинге қатысты», "anything to do with Stalin")
        if governing is not None and cases & governing[0] and len(self._clause_after(hit)) > 1:
            # "in connection with the events": «оқиғасына байланысты …», its postposition's case (not the verb
            # ending its clause, «RISE-ға байланысты», "got in touch with RISE": байланысу takes the instrumental)
            return False
        if cases == KK_ACC and hit.end < self.n and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                and accusative_verb(self.toks.words[hit.end]) and not self.toks.folded[hit.end].startswith("талқыла"):
            return False        # "standing with Kazakhstan" as «Қазақстанды қолдау», supporting it: its object (not
                                # discussing, whose object is the topic: "discussed it with ExxonMobil")
        before_en, after_en = self.source_around(entry.ref)
        if before_en is not None and _EN_ABSOLUTE_WITH.search(before_en) and _EN_PLACED_AFTER.match(after_en):
            return False        # ", with Aktau on the coast": an absolute phrase, no partner
        if cases == KK_DAT and hit.end + 1 < self.n and partner_noun(self.toks.words[hit.end]) \
                and self.toks.folded[hit.end + 1].startswith("бер"):
            return False        # «Би-би-сиге сұхбат берген», "speaking to the BBC": an interview given *to* it
        clause = self._clause_after(hit)
        said = next((k for k, word in enumerate(clause) if fold(word) == "деп"), None)
        if said:
            clause = clause[:said]      # «Құрмановпен хат алысып тұрған деп мәлімдеді»: the verb told of
        # (the noun right after the name, or past an adjective: «Қазақстанға тығыз байланысы», "close ties
        # with Kazakhstan")
        # (a hyphenated noun is one word: «Қытайға қарым-қатынас»)
        nouns = [self.toks.hyphenated(hit.end)[0]] if hit.end < self.n \
            and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) else []
        if nouns and hit.end + 1 < self.n and self.toks.words[hit.end].islower() \
                and (adjective_shaped(self.toks.folded[hit.end]) or self.toks.folded[hit.end] in _KK_PLAIN_DEGREE) \
                and not self.toks.gap(hit.end + 1).strip(" \u00a0"):
            nouns.append(self.toks.hyphenated(hit.end + 1)[0])
        # (or a verb of talking or meeting made a converb or a noun inside the clause, «Путинге телефон арқылы
        # сөйлескенде», "in a call with Putin"; or a noun of doing something with someone a few words on, past
        # figures and adjectives, before any other name: «Қытайға 1 700 шақырымнан астам ортақ шекарасы»)
        ahead = []
        k = hit.end
        while k < min(self.n, hit.end + 7):
            if (k > hit.end and (self.covered[k] or self.toks.gap(k).strip(" \u00a0" + CLOSE + OPEN))) \
                    or another_verb_form([self.toks.words[k]]):
                break       # (past a verb form the noun is that verb's: «Би-би-сиге берген сұхбаты», given *to* it)
            word, k = self.toks.hyphenated(k)
            ahead.append(word)
        # (discussing something with someone, «Әбдірахмановпен … талқылады»: its object is the topic, the one
        # talked with an instrumental)
        tail = without_clause_particles(clause)
        discussed = bool(tail) and fold(tail[-1]).startswith("талқыла")
        # («комитетімен бірлесіп өткізеді», "hold jointly with": бірлесіп after it makes it the partner)
        if not partner_clause(clause) and not discussed and not any(partner_noun(noun) for noun in nouns) \
                and not partner_compound_within(clause) \
                and not any(word.islower() and partner_verb(fold(word)) for word in clause[:4]) \
                and not any(partner_noun(word) for word in ahead) \
                and not any(fold(word) in ("бірлесіп", "бірлесе") for word in clause[:3]):
            # a dative or ablative only where the clause ends with a verb of meeting or talking with,
            # or right before a noun of doing something with someone («Құрмановқа сұхбат», "the
            # interview with Kurmanov"; not «Financial Times-қа берген сұхбатында», given *to* it)
            return False
        self.wrong_case(hit, entry, "ins", f"({cases_of('kk', cases)[0]}): the source's \"with\" makes it a partner, "
                        "which Kazakh puts in the instrumental")
        return True

    def kazakh_place_of_event(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the first rally took place in Zhanaozen": where something happens is a locative
        («Жаңаөзенде өтті»). In a clause that ends with a verb of taking place or being (өтті,
        болды, жүрді), a place the English puts after "in" or "at" in the dative, accusative or
        ablative is wrong."""
        cases = entry.cases & KK_CASES
        # (a day too: "took place on Independence Day", «Тәуелсіздік күнінде болды»)
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_ACC | KK_ABL) \
                or (self.lx.kinds[entry.ref] != "place" and entry.ref not in self.lx.day_refs("kk")) or not (
                    self.place_not_direction(entry.ref) or EN_ON_BEFORE.search(self.source_before(entry.ref))
                    or _EN_THROUGHOUT_BEFORE.search(self.source_before(entry.ref))):
            # ("held on Trafalgar Square", "under way throughout Mangystau": with a verb of taking place,
            # "on" and "throughout" are "in")
            return False
        words = self._clause_after(hit)
        if not words or postposition(words[0]) is not None:
            return False
        if cases & KK_ACC and any(round_verb(word) for word in words):
            return False    # the place gone round, a verb's object: «бүкіл Батыс Қазақстанды аралап жұмыс істеген»
        # (the verb before a coordinated one: «Лондонға тұрады және жазады», "lives and writes in London")
        joined = next((k for k, word in enumerate(words) if k and fold(word) in ("және", "әрі")), None)
        if joined is not None:
            words = words[:joined]
        # a beginning may also be told from where («Жаңаөзеннен басталды»): an ablative is no error there
        # (also a verb of meeting or talking: "met British officials in London", «Лондонда … кездесті»)
        # (or a participle of taking place right after it: «Мәскеуде өткен баспасөз конференциясында»)
        # (or a compound one: «Алматыда қаза тапқан жастар», "the young men killed in Almaty")
        compound = len(words) > 1 and participle(fold(words[1])) and happening_verb(words[1], words[0])
        held = (participle(fold(words[0])) and happening_verb(words[0])) or compound
        if cases & KK_DAT and not held and any(moving_verb(word) for word in words[:-1]):
            return False    # «Ақтауға қайта оралғанымда … болды»: a verb of coming in the clause takes the dative
        if cases & KK_ABL and not held and any(seeing_or_writing_verb(word) for word in words[:-1]):
            return False    # «Қазақстаннан … қастандықты көретіндермен келіспейміз», "disagree with those who see plots
                            # in Kazakhstan": a verb of seeing before the clause's own takes the ablative
        if not held and not happening_verb(words[-1], words[-2] if len(words) > 1 else "") \
                and not partner_clause(words) and not (beginning_verb(words[-1]) and not cases & KK_ABL):
            return False
        self.wrong_case(hit, entry, "loc", f"({'/'.join(cases_of('kk', cases))}) "
                        + (f"right before {' '.join(words[:2]) if compound else words[0]!r}" if held
                           else f"in a clause whose verb {words[-1]!r}")
                        + " says where or when something happens: the source's \"in\" or \"on\" is a locative")
        return True

    def kazakh_published_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "published on International Viewpoint", "appeared in Novaya Gazeta": where
        something is published is a locative («International Viewpoint-та жарияланды»). In a
        clause that ends with a verb of publishing, a name the English puts after "in" or "on" in
        the dative, ablative or accusative is wrong."""
        cases = entry.cases & KK_CASES
        # (an accusative too: «Altleft.org-ты жарияланды», what is published is no place it is published on)
        # (a bare nominative too, right before the verb: «бейнежазбалар … Facebook жарияланды», where the
        # English has "posted on Facebook" — no subject of a verb that says where)
        # (an instrumental too: «Facebook-пен жарияланды» says "with", not where)
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_ABL | KK_ACC | KK_NOM | KK_INS) \
                or not EN_IN_ON_BEFORE.search(self.source_before(entry.ref)):
            return False
        words = self._clause_after(hit)
        if not words or postposition(words[0]) is not None:
            return False
        if cases & KK_NOM and (len(words) != 1 or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE)
                               or entry.surface[:1] in OPEN):
            return False
        if publishing_verb(words[-1]):
            verb = words[-1]
        elif participle(fold(words[0])) and publishing_verb(words[0]):
            verb = words[0]     # «MR Online-да жарияланған мақаланы»: the participle right after it
        else:
            return False
        self.wrong_case(hit, entry, "loc", f"({'/'.join(cases_of('kk', cases))}) before {verb!r}, which says where "
                        f"something is published: the source's \"in\" or \"on\" is a locative")
        return True

    def kazakh_place_of_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the events in Almaty", "protesters in Almaty": the place says where the thing
        the noun names is, which Kazakh makes an attribute (Алматыдағы оқиғалар) or a locative.
        An ablative or instrumental there («Алматымен оқиғалар», «Алматыдан наразыларға») says
        "from" or "with" instead. The same for "at" after people ("workers at Kazakhmys": «Қазақмыстағы
        жұмысшылар»), where a dative says where they go («Қазақмысқа жұмысшылар») and a genitive
        before a word it cannot own owns nothing («компаниясының жұмысшыларға»). (Not a dative
        after another noun: "interest in Kazakhstan" is «Қазақстанға қызығушылық».)"""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_ABL | KK_INS | KK_DAT | KK_GEN):
            return False
        before_en = self.source_before(entry.ref)
        cue = FROM_BEFORE.search(before_en)
        people = _EN_PEOPLE_AT.search(before_en)
        words = self._clause_after(hit)
        if cases & KK_GEN and (people is None or not words or something_to_own(words)):
            return False    # (a genitive only with nothing in its clause to own: «компаниясының жұмысшыларға»)
        # ("the strike at Kashagan": a dative «Қашағанға ереуіл» says where the strike goes)
        event_at = cases == KK_DAT and self.lx.kinds[entry.ref] == "place" and _EN_EVENT_AT.search(before_en)
        if people is None and not event_at and (cue is None or not cue.group(2) or cases & KK_DAT
                                                or cue.group(0).split()[0].lower() in EN_IN_AFTER_VERB
                                                or self.lx.kinds[entry.ref] != "place"):
            return False
        if self.english_possessive(entry.ref):
            return False
        if not words or postposition(words[0]) is not None or source_postposition(words[0], "") is not None \
                or fold(words[0]) in KK_ABLATIVE_PARTNERS:
            return False
        if cases == KK_DAT and (moving_verb(words[0]) or gathering_verb(fold(words[0]))):
            return False    # «Трафальгар алаңына жиналғандар», "the people in Trafalgar Square": gathered *to* it
        # (each for the case it explains: an ablative source clause says nothing of a dative name,
        # «Оралға наразылық білдірушілер әкімнен … алды»)
        # (or a participle right after it, or the clause's verb, of a verb whose where is an ablative: «Тараздан
        # жазған зейнеткер», "a pensioner in Taraz" who writes from there; «Ирландиядан оқырмандар хат жазды»)
        if (not event_at and ((cases & KK_ABL and (ablative_source_clause(words)
                                                   or (participle(fold(words[0])) and ablative_in_clause(words[:1]))
                                                   or any(seeing_or_writing_verb(word) for word in words)))
                              or (cases & KK_INS and partner_clause(words)))) \
                or any(beginning_verb(word) for word in words):
            # a verb whose source is an ablative, or whose partner an instrumental; a beginning told
            # from where («Жаңаөзеннен басталған көтеріліс», "the uprising that began in Zhanaozen")
            return False
        # (the fix: the attribute in -дағы where a noun follows, «Лондондағы пикет»; a locative before
        # the clause's verb)
        self.wrong_case(hit, entry, "loc", f"({'/'.join(cases_of('kk', cases))}): the source's \"in\" or \"at\" after "
                        "a noun says where that thing is, a locative or an attribute in -дағы",
                        attributive=words[0].islower() and not finite_verb(fold(words[0])))
        return True

    def _compound_after(self, at: int) -> str | None:
        """The compound verb of a possessed dative noun (қалпына келтіру, ауызға алу) that begins at token *at* — past
        «тіпті» ("even") before it, and a pair particle between its noun and verb («ауызға да алмады») —, as
        written; None if there is none."""
        start = at + 1 if at < self.n and self.toks.folded[at] == "тіпті" else at
        verb = start + 1
        if verb < self.n and self.toks.folded[verb] in PAIR_PARTICLES:
            verb += 1
        if verb >= self.n or any(self.toks.gap(k).strip(" \u00a0") for k in range(at + 1, verb + 1)) \
                or not possessed_compound(self.toks.folded[start], self.toks.words[verb]):
            return None
        return self.toks.span_text(start, verb + 1)

    def kazakh_clause_subject(self, hit: Hit, entry: FormEntry) -> bool:
        """English "rumours spread that Nazarbayev had resigned": the name is the subject of a clause
        that Kazakh makes a verbal noun with the possessive (кеткені, кетуін), whose subject is a
        genitive («Назарбаевтың отставкаға кеткені туралы»). A dative, ablative, accusative, locative
        or instrumental before that verbal noun, with no genitive between, is a wrong inflection."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & (KK_NOM | KK_GEN) or bare_quoted(entry, cases):
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_THAT_BEFORE.search(before_en) or not (
                _EN_CLAUSE_VERB_AFTER.match(after_en)
                or (_EN_DEMANDED_THAT.search(before_en) and _EN_BASE_VERB_AFTER.match(after_en))):
            return False
        if passive_right_after(after_en):
            # ("that Almaty had been attacked by gangs": a passive's subject, which Kazakh may make the
            # active verbal noun's object — «Алматыға … шабуыл жасағанын»)
            return False
        between_subject = False
        for word in self._clause_after(hit)[:8]:
            low = fold(word)
            if genitive_word(low) or postposition(low) is not None:
                return False        # another subject, or a phrase of its own (the name may be a postposition's)
            if word.islower() and nominalised_verb(low):
                if between_subject:
                    return False    # («Кеңес Одағында … капитализм жүйесі қалыптасқанын»: жүйесі is its subject,
                                    # the name where it happened)
                self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}) before {word!r}: the source "
                                "makes it the subject of a clause Kazakh turns into a verbal noun, whose subject is "
                                "a genitive")
                return True
            between_subject = between_subject or possessed_noun(word) or (
                # («Алматы облысында тыныштық орнағанын», "that Almaty Region was calm": a place's locative, and a
                # bare noun after it that may be the clause's subject)
                cases == KK_LOC and self.lx.kinds[entry.ref] == "place" and word.islower()
                and case_by_ending(low) is None and not possessive_shape(low) and not adverbial_word(low))
        return False

    def kazakh_opening_place(self, hit: Hit, entry: FormEntry) -> bool:
        """English "In Karaganda Region, miners … went on strike": a place that opens the sentence
        after "in" or "at" says where the rest happens, a locative («Қарағанды облысында …»); a
        dative or accusative there is wrong, unless the clause ends with a verb of moving (where
        something goes is a dative) or a postposition follows the name."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_ACC | KK_ABL | KK_GEN | KK_NOM) \
                or self.lx.kinds[entry.ref] != "place" or not EN_OPENING_PLACE.match(self.source_before(entry.ref)) \
                or not self.toks.sentence_initial(hit.start):
            return False
        words = self._clause_after(hit)
        if cases & (KK_GEN | KK_NOM):
            # a genitive owns something after it («Алматының көшелерінде», "in the streets of Almaty"); a
            # bare name heads a compound with a possessed noun («Орал тұрғындары») or is the subject: only
            # one that owns nothing, or is bare before a word that is no possessed noun, renders "In X,"
            end = self._clause_end(hit.end)
            if cases & KK_GEN and (cases & ~KK_GEN or self.something_owned(hit.end, end)):
                return False
            if cases & KK_NOM and (cases & ~KK_NOM or entry.surface[:1] in OPEN or hit.end >= self.n
                                   or self.toks.gap(hit.end).strip(" \u00a0")
                                   or not self.toks.words[hit.end].islower()
                                   or self.toks.folded[hit.end] in KK_COORDINATORS
                                   or any(possessive_shape(fold(word)) or genitive_word(fold(word))
                                          for word in words[:2])):
                return False
        # (a verbal noun or participle between may govern it; a name in -у, Теміртау, is none)
        if not words or postposition(words[0]) is not None or moving_verb(words[-1]) \
                or any(word.islower() and embedded_verb(fold(word)) for word in words[:-1]):
            return False
        self.wrong_case(hit, entry, "loc", f"({'/'.join(cases_of('kk', cases))}) opening the sentence, where the "
                        "source's \"in\" says where it all happens: a locative")
        return True

    def kazakh_destination(self, hit: Hit, entry: FormEntry) -> bool:
        """English "flown to Almaty", "sent to Kazakhstan": where something goes is a dative
        («Алматыға жеткізілді»). In a clause that ends with a verb of moving or bringing, active or
        passive, a place the English puts after "to" or "into" in the locative, accusative or
        ablative is wrong."""
        cases = entry.cases & KK_CASES
        # (not a person: "spoke to Ainur Kurmanov" is a partner, "wrote to Bachelet" a recipient — the rules of
        # those say what case)
        if entry.flags & EXTRA or not cases or cases & ~(KK_LOC | KK_ACC | KK_ABL | KK_NOM) \
                or self.lx.kinds[entry.ref] == "person":
            return False
        # (the last of a list: "reached Atyrau, Uralsk and Aktobe", where the verb is before the first)
        if not _EN_TO_PLACE.search(self.source_before_list(entry.ref)):
            return False
        words = without_clause_particles(self._clause_after(hit))       # («барып көрдіңіз бе?»)
        if len(words) > 1 and fold(words[-1]) in ("жоқ", "емес") and participle(fold(words[-2])):
            words = words[:-1]      # «келген жоқ», "did not come": the participle is the verb, жоқ negates it
        if len(words) > 1 and (converb(words[-2]) or beginning_verb(words[-1])) and moving_verb(words[-2]):
            # «көшіп кетті», «тасымалдай бастады»: the converb moves, the auxiliary or the verb of
            # beginning after it adds aspect
            words = words[:-1]
        # (a participle with a case ending closes a clause of its own, whose verb the name's is: «Тоқаев Мәскеуден
        # көмек сұрағаннан кейін Ресей … жіберді», "after Tokayev appealed to Moscow for help": asked *of* it)
        inner = next((k for k, word in enumerate(words[:-1])
                      if word.islower() and _KK_CASED_PARTICIPLE.fullmatch(fold(word))), None)
        if inner is not None:
            words = words[:inner + 1]
        if words and not moving_verb(words[-1]):
            # «Ақтауда әскерлердің ұшақпен жеткізілгенін айтты»: the moving is told, a participle made a noun
            # in a clause of saying
            # (or a verbal noun of one: «ҰҚШҰ әскерін Қазақстанға енгізу туралы бұйрық», the order to bring them in)
            moved = next((k for k, word in enumerate(words)
                          if nominalised_moving_verb(word) or (word.islower() and verbal_noun_of_moving(word))), None)
            words = words[:moved + 1] if moved is not None else words
        # (electing sends one to a body too: "elected to the Irish Parliament", «Ирландия парламентіне сайланды»)
        if not words or postposition(words[0]) is not None or not (moving_verb(words[-1])
                                                                    or nominalised_moving_verb(words[-1])
                                                                    or verbal_noun_of_moving(words[-1])
                                                                    or electing_verb(words[-1])
                                                                    or putting_verb(words[-1])
                                                                    or (inviting_verb(words[-1])
                                                                        and self.lx.kinds[entry.ref] == "place")):
            return False
        if len(words) > 1 and words[-2].islower() and dative_word(fold(words[-2])) and not cases & KK_NOM:
            return False    # «Гуантанамоны еске салумен», "pointing to Guantanamo": the verb's own dative before
                            # it is its where-to (a compound, "remind of"), and the name its object
        # (but a bare name before the means of moving, an instrumental, «Алматы ұшақпен жеткізілді», "flown to
        # Almaty", qualifies nothing: no possessive on it)
        # (a pair particle after it is no noun it qualifies: «Атырау облысы да тарады», "spread to Atyrau Region too")
        bare_after = words[1:] if len(words) > 1 and fold(words[0]) in PAIR_PARTICLES else words
        if cases & KK_NOM and (len(bare_after) > 1 or entry.surface[:1] in OPEN) \
                and not (len(bare_after) > 1 and bare_after[0].islower()
                         and oblique_noun_case(fold(bare_after[0])) == "ins"
                         and not may_own(fold(bare_after[0])) and entry.surface[:1] not in OPEN):
            return False    # a bare name owns or qualifies a noun after it; right before the verb, it goes nowhere
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('kk', cases))}) in a clause whose verb "
                        f"{words[-1]!r} says where something goes: the source's \"to\" is a dative")
        return True

    def kazakh_locative_for_to(self, hit: Hit, entry: FormEntry) -> bool:
        """English "oil exports to Europe", "moved from Aktau to Atyrau": a place right after "to" is
        where something goes, a dative («Еуропаға экспорты»), whatever the verb; a plain locative
        (-да, not the attribute -дағы) says where something is instead, a genitive whose it is
        («Қытайдың қарызы», China's own debt, for "debt to China"). Not after an office held
        "to" a country ("ambassador to Kazakhstan": «Қазақстандағы елші», or «Қазақстанда елші
        болды»), nor where the name modifies a noun after it ("to the London picket")."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_LOC, KK_GEN) or entry.surface[:1] in OPEN \
                or self.lx.kinds[entry.ref] != "place":
            return False
        before_en, after_en = self.source_around(entry.ref)
        # (not "had never been to China", having been somewhere: «Қытайда … болмағанын», a locative)
        if before_en is None or not after_to(before_en, NOT_DIRECTION_TO | {"been"}) \
                or after_en.startswith(POSSESSIVE) or noun_next(after_en) or _EN_WELCOMED_TO.search(before_en):
            return False
        # (a genitive: "Kyrgyzstan's debt to China" is «Қытайға қарызы»; «Қытайдың қарызы» is China's own debt — but
        # one that owns a noun of belonging is what "belonged to" says: «Кеңес Одағының құрамында болды», "belonged
        # to the Soviet Union", in its composition; «… қарамағында», «… иелігінде», «… меншігінде»)
        if cases == KK_GEN and hit.end < self.n and self.toks.words[hit.end].islower() \
                and self.toks.folded[hit.end].startswith(_KK_BELONGING_NOUNS):
            return False
        says = "a locative says where it is" if cases == KK_LOC else "a genitive makes it the owner"
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) right after the source's \"to\": where "
                        f"something goes is a dative, {says}")
        return True

    def kazakh_verbal_noun_object(self, hit: Hit, entry: FormEntry) -> bool:
        """English "demanded the release of Roza Tuletaeva": the name is the object of the action
        the noun names, which Kazakh says with a verbal noun («Роза Төлетаеваны босатуды»); a
        dative right before the verbal noun of a verb whose object is an accusative (not one of
        giving or moving, which has a dative of its own) is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_NOM) or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) or (cases == KK_NOM and entry.surface[:1] in OPEN):
            return False
        at = hit.end
        # «Назарбаевқа куә ретінде шақыруды» ("to summon Nazarbayev as a witness"): the role the object is acted
        # on as may stand between it and the verbal noun, and so may a duration («Қауіпсіздік кеңесін өмір бойы
        # басқару», "to lead the Security Council for life")
        between = at + 2 < self.n and self.toks.folded[at + 1] in ("ретінде", "бойы") \
            and self.toks.words[at].islower() and not (self.toks.gap(at + 1) + self.toks.gap(at + 2)).strip(" \u00a0")
        role = between and self.toks.folded[at + 1] == "ретінде"
        if between:
            at += 2
        word = self.toks.words[at]
        # (only where the English has the noun with "of", or the name right after an infinitive ("to
        # summon Nazarbayev"): after "thanked Xi Jinping", «Си Цзиньпинге қолдауы үшін алғыс айтты», the
        # dative belongs to the verb further on)
        # (nor the noun of a compound whose object is a dative: «Қазақстанға қолдау білдірген», expressed
        # support *to* Kazakhstan)
        # (a bare name only before a verbal noun that is itself a clause's object, in the accusative: before one
        # with the possessive it is the subject, «Тоқаев кетуі»; before a dative, the noun of a compound whose
        # passive it is the subject of, «Мәсімов қамауға алынды»)
        # (or a participle with a case or the possessive, «Тоқаевты сынағаннан кейін», "after he criticised Tokayev",
        # where the English makes the name a verb's object)
        cased = _KK_CASED_PARTICIPLE.fullmatch(fold(word)) if cases == KK_DAT and word.islower() and not role else None
        if cased is not None and clause_verb_case(cased.group(1)) == "acc" and not giving_verb_any_voice(word) \
                and not moving_verb(cased.group(1)) and self.english_object(entry.ref) is not None:
            self.wrong_case(hit, entry, "acc", f"(dat) before {word!r}, a participle of a verb whose object is an "
                            "accusative: the source makes it what is acted on")
            return True
        if not word.islower() or not any_verbal_noun(fold(word)) or not accusative_verb(word) \
                or (cases == KK_NOM and not fold(word).endswith(VERBAL_NOUN_ACCUSATIVE)) \
                or giving_verb_any_voice(word) or moving_verb(word) \
                or (at + 1 < self.n and dative_compound(word, self.toks.words[at + 1])) \
                or not ((self.after_of(entry.ref) and not role) or self.infinitive_object(entry.ref)
                        or self.passive_infinitive_subject(entry.ref)):
            return False
        where = "right before" if at == hit.end else "before"
        self.wrong_case(hit, entry, "acc", f"({cases_of('kk', cases)[0]}) {where} {word!r}, the verbal noun of a "
                        "verb whose object is an accusative: the source makes it what is acted on")
        return True

    def kazakh_compound_verb_object(self, hit: Hit, entry: FormEntry) -> bool:
        """English "demanded the restoration of the 1993 Constitution": the name is the object of a
        compound verb of a possessed dative noun and a verb (қалпына келтіру), an accusative
        («Конституцияны қалпына келтіруді»); another case right before the compound, active and with
        no possessive of its own, is wrong («Конституцияның қалпына келтірілуі», a passive's subject,
        is right)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & KK_ACC or (cases & KK_NOM and cases != KK_NOM) \
                or hit.end + 1 >= self.n or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or not possessed_compound(self.toks.words[hit.end], self.toks.words[hit.end + 1]):
            return False
        verb = fold(self.toks.words[hit.end + 1])
        # (not a plural verbal noun, a noun: «қамауға алулар туралы», "about the arrests")
        if passive_verb(verb) or possessed_verbal_noun(verb) or nominalised_verb(verb) \
                or possessed_compound_passive(self.toks.words[hit.end], verb) \
                or re.search(r"[уүю](?:лар|лер)", verb) is not None \
                or not (self.after_of(entry.ref) or self.english_object(entry.ref)
                        or self.infinitive_object(entry.ref)
                        or (cases == KK_NOM and self.passive_infinitive_subject(entry.ref))):
            return False
        compound = f"{self.toks.words[hit.end]} {self.toks.words[hit.end + 1]}"
        self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('kk', cases))}) right before {compound!r}, a compound "
                        "verb whose object is an accusative: the source makes it what is acted on")
        return True

    def kazakh_called_on(self, hit: Hit, entry: FormEntry) -> bool:
        """English "called on Kazakhstan to guarantee fair trials", "urged Tokayev to": the one called
        on is the accusative object of шақыру / үндеу («Қазақстанды … қамтамасыз етуге шақырды»), the
        action it is called to a dative of its own; the name in the dative there is wrong."""
        if entry.flags & EXTRA or entry.cases & KK_CASES not in (KK_DAT, KK_ABL) \
                or not _EN_CALLED_ON.search(self.source_before(entry.ref)) \
                or not re.match(r"\s+to\s+[a-z]", self.source_around(entry.ref)[1]):
            return False
        if not any(fold(word).startswith(("шақыр", "үнде")) for word in self._clause_after(hit)):
            return False
        self.wrong_case(hit, entry, "acc", f"({cases_of('kk', entry.cases & KK_CASES)[0]}) where the source calls "
                        "on it to act: the one called on is the accusative object of шақыру, what it is called to the "
                        "dative")
        return True

    def kazakh_participle_agent(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the photographs taken by Steve Eason": the agent of an English passive participle
        is the subject of the Kazakh active one after it, bare or in the genitive («Стив Изон
        түсірген фотосуреттер»); a dative, accusative or ablative there is wrong."""
        cases = entry.cases & KK_CASES
        # (a person only: a medium "by" which something was published is also where, «MR Online-да жарияланған»)
        if entry.flags & EXTRA or not cases or cases & (KK_NOM | KK_GEN) or hit.end >= self.n \
                or self.lx.kinds[entry.ref] != "person" or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return False
        word = self.toks.words[hit.end]
        low = fold(word)
        if not word.islower() or not participle(low) or passive_verb(low) or il_passive(low) \
                or not PASSIVE_BY.search(self.source_before(entry.ref)):
            return False
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) right before {word!r}: the source's "
                        "\"by\" makes it the doer, the subject of the participle")
        return True

    def kazakh_relative_subject(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the advice Tony Blair gave the regime": the name is the subject of a relative clause, which
        Kazakh says with an active participle before the noun («Тони Блэрдің режимге берген кеңестері»); the
        subject is bare or in the genitive, never in the accusative, dative or ablative («Тони Блэрді режимге
        берген кеңестерін»)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & (KK_NOM | KK_GEN) or not cases & (KK_ACC | KK_DAT | KK_ABL) \
                or not self.lx.acts(entry.ref):
            return False
        before, after = self.source_around(entry.ref)
        if before is None or relative_clause_subject(before, after) is None:
            return False
        words = self._clause_after(hit)[:4]
        at = next((k for k, word in enumerate(words) if word.islower() and participle(fold(word))), None)
        if at is None or at + 1 >= len(words) or not words[at + 1].islower() or passive_verb(fold(words[at])) \
                or il_passive(fold(words[at])) or any(finite_verb(fold(word)) for word in words[:at]):
            return False
        owned = may_be_possessed(fold(words[at + 1]))
        self.wrong_case(hit, entry, "gen" if owned else "nom",
                        f"({'/'.join(cases_of('kk', cases))}) before {words[at]!r}: the source makes it the subject of "
                        "the clause that participle says, which is bare or in the genitive")
        return True

    def kazakh_instrumental_agent(self, hit: Hit, entry: FormEntry) -> bool:
        """English "is led by Gennady Zyuganov", "were read out by Chris Ford": the passive's agent, which
        Kazakh turned active makes the subject, a nominative («… партиясын Геннадий Зюганов
        басқарады»). An instrumental there («Зюгановпен басқарады») says "with", not "by": wrong where
        the clause's verb is active and finite and takes no partner (кездесті "met with" does), and the
        English verb is none whose "by" is what something is done with ("replaced by", "surrounded by")."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases != KK_INS or entry.surface[:1] in OPEN \
                or not self.lx.acts(entry.ref):
            return False
        by = PASSIVE_BY.search(self.source_before(entry.ref))
        if by is None or _EN_BY_AS_WITH.match(by.group(0)):
            return False
        words = self._clause_after(hit)
        passive = bool(words) and (passive_verb(fold(words[-1])) or il_passive(fold(words[-1])))
        if words and words[0].islower() and not self.toks.gap(hit.end).strip(" \u00a0") \
                and participle(fold(words[0])) and (passive_verb(fold(words[0])) or il_passive(fold(words[0]))):
            # "the report written by Terry Conway": right before a passive participle the doer is told the same way,
            # «Терри Конуэй тарапынан жазылған» (or the active «Терри Конуэй жазған»), not «Терри Конуэймен»
            words, passive = words[:1], True
        elif not words or not finite_verb(fold(words[-1]), 2) or partner_clause(words) \
                or any(passive_verb(fold(word)) or il_passive(fold(word)) for word in words[:-1]) \
                or any(fold(word) in ("бірге", "қатар", "бірлесіп") for word in words):
            return False
        why = "(ins) where the source's \"by\" makes it the doer: an instrumental says \"with\"; "
        if not passive:
            self.wrong_case(hit, entry, "nom", why + "the subject of the active verb is a nominative")
            return True
        # (a passive's doer is told with тарапынан after the bare name, «Тоқаев тарапынан берілді»)
        bare = self.lx.in_case(entry.ref, self.language, 0, form=entry.base, case="nom")
        suggestion = f"{bare} тарапынан" if bare else None
        offending = self.offending_of(hit, entry)
        self.add("target-wrong-inflection", f"{offending!r} {why}a passive's doer is the bare name and тарапынан"
                 + (f"; expected {suggestion!r}" if suggestion else ""), offending=offending, suggestion=suggestion,
                 ref=entry.ref)
        return True

    def kazakh_recipient_of_passive(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the letter was handed to Simon Hannah": a finite passive ends the clause and takes
        no object, so a name the English puts after "to" in the accusative there («… Саймон Ханнаны
        табыс етілді») is the object of nothing: the one it goes to is a dative. Not where another
        verb form in the clause may take the name as its object."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC or entry.surface[:1] in OPEN \
                or not after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS):
            return False
        words = self._clause_after(hit)
        if not words or not finite_passive(fold(words[-1])):
            return False
        if another_verb_form(words[:-1]):
            return False
        self.wrong_case(hit, entry, "dat", f"(acc) in a clause whose verb {words[-1]!r} is a passive, which takes "
                        "no object: the source's \"to\" makes it the one it goes to, a dative")
        return True

    def kazakh_accusative_before_passive(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Nazarbayev statue pulled down", "a monument to Nazarbayev was torn down": a name in
        the accusative right before a noun with the possessive, in a clause whose only verb is a
        finite passive («Назарбаевты ескерткіші құлатылды»), is the object of nothing — a passive
        takes none — where it owns the noun: the genitive («Назарбаевтың ескерткіші»)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC or entry.surface[:1] in OPEN \
                or self.english_object(entry.ref) is not None:
            return False
        words = self._clause_after(hit)
        if len(words) < 2 or not words[0].islower() or not possessive_shape(fold(words[0])) \
                or any_postposition(words[0]) or not finite_passive(fold(words[-1])):
            return False
        if another_verb_form(words[:-1]):
            return False        # another verb form in the clause may take it as its object (… қалпына келтіру)
        self.wrong_case(hit, entry, "gen", f"(acc) before {words[0]!r} in a clause whose verb {words[-1]!r} is a "
                        "passive, which takes no object: it owns the noun, a genitive")
        return True

    def kazakh_accusative_before_passive_participle(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the contracts signed with Sinopec": right before a passive participle, which takes no
        object, an accusative («Sinopec-ті жасалған келісімшарттар») is the object of nothing; the
        source's preposition gives the case (with → instrumental, in/at → locative, to → dative,
        from → ablative). So before a passive's verbal noun, whose owner "of" makes a genitive
        («Кәрім Мәсімовті ұсталуы» → Мәсімовтің). Not where the English makes the name a verb's object (then it may be a
        later verb's, the participle qualifying a noun between)."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases != KK_ACC or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) or self.english_object(entry.ref) is not None:
            return False
        word = self.toks.words[hit.end]
        low = fold(word)
        if not word.islower():
            return False
        following = self.toks.words[hit.end + 1] if hit.end + 1 < self.n else ""
        if possessed_compound(low, following) and passive_verb(fold(unnominalised(following))) \
                and (self.english_possessive(entry.ref) or self.after_of(entry.ref)):
            # ("Massimov's arrest": «Мәсімовтің қамауға алынғанын» — a passive compound made a noun takes no object;
            # its subject, the English owner, is a genitive)
            self.wrong_case(hit, entry, "gen", f"(acc) right before {word!r} {following!r}, a passive, which takes no "
                            "object: the source makes it the owner, a genitive")
            return True
        if passive_verbal_noun(low) and self.after_of(entry.ref):
            # ("the detention of Karim Massimov": «Кәрім Мәсімовтің ұсталуы», its owner)
            self.wrong_case(hit, entry, "gen", f"(acc) right before {word!r}, a passive's verbal noun, which takes no "
                            "object: the source's \"of\" makes it the owner, a genitive")
            return True
        if not objectless_participle(low):
            return False
        preposition = EN_CASE_BEFORE.search(self.source_before(entry.ref))
        if preposition is None:
            return False
        wanted = KK_CASE_OF_PREPOSITION[preposition.group(1).lower()]
        case = next(name for name, bit in KK_CASE_BIT.items() if bit == wanted)
        self.wrong_case(hit, entry, case, f"(acc) right before the passive {word!r}, which takes no object: the "
                        f"source's \"{preposition.group(1).lower()}\" is the {case}")
        return True

    def _an_amount(self, hit: Hit) -> bool:
        """Does a figure (or a word of scale after one: мың, млн) stand right before the name — an amount of
        it («100 000 теңге»), which is counted, not governed?"""
        return hit.start > 0 and (self.toks.words[hit.start - 1].isdigit()
                                  or self.toks.folded[hit.start - 1] in _KK_SCALE)

    def kazakh_compound_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "thanked Steve Eason", "advised Nazarbayev": the Kazakh clause ends with a compound
        predicate whose object is a dative («Стив Изонға … алғыс айтты», «кеңес берді»). The name
        the English makes the verb's object, in the accusative, or in the genitive with nothing
        between to own, is wrong; not when a participle or verbal noun between may govern it."""
        cases = entry.cases & KK_CASES
        # ("many thanks to Steve Eason": "thanks to" is not only "because of" — the Kazakh compound says which)
        to = after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS) \
            or _EN_GRATEFUL_TO.search(self.source_before(entry.ref)) is not None
        if entry.flags & EXTRA or not cases or (self.english_object_of_list(entry.ref) is None and not to):
            return
        if self._an_amount(hit) or self.source_around(entry.ref)[1].startswith(POSSESSIVE):
            # «100 000 теңге айыппұл салды», "fined him 100,000 tenge": an amount, no recipient; "recalled Tony
            # Blair's advice to Nazarbayev": the English owner, «Тони Блэрдің … кеңес бергенін»
            return
        # a bare name only after English "to" ("sent an open letter to Zyuganov"), and not where it
        # opens its clause, where it may be the subject
        # (or after an English double object: "promised Tokayev full support", «Тоқаевқа … қолдау көрсетуге»)
        before_en, after_en = self.source_around(entry.ref)
        double = before_en is not None and EN_GIVING_BEFORE.search(before_en) is not None \
            and second_object_next(after_en)
        # (an ablative or locative too after the English "to": "put a question to Kurmanov", «Құрмановтан сұрақ
        # қойды», says where from)
        # (an instrumental too where the English makes it the verb's object, "thanked Putin": «Путинмен алғыс
        # айтты» says with whom — not before a postposition of company, «Путинмен бірге»)
        partner = cases == KK_INS and self.english_object(entry.ref) is not None and not (
            hit.end < self.n and any_postposition(self.toks.words[hit.end]))
        if cases & ~(KK_ACC | KK_GEN) and not (cases == KK_NOM and (to or double) and self._clause_before(hit)) \
                and not (to and cases in (KK_ABL, KK_LOC)) and not partner:
            return
        if cases == KK_NOM and hit.end < self.n and self.toks.folded[hit.end] in KK_COORDINATORS:
            return      # «Біріккен Ұлттар Ұйымы мен Еуропалық Одаққа хат жазды»: the case goes on the last one joined
        words = self._clause_after(hit)
        # the compound ends the clause, or is a verbal noun the clause's last verb governs («кеңес
        # беруін жалғастырды», went on advising)
        # (a genitive may own a possessed noun: «… тобының қолдауын білдірді», "expressed the group's support")
        at = next((k for k in range(len(words) - 2, -1, -1)
                   if dative_compound(words[k], words[k + 1], possessed=not cases & KK_GEN)
                   and k >= len(words) - 4), None)      # («көмек көрсетуді уәде етті», promised to help)
        if at is None and cases == KK_ACC and len(words) >= 2 and participle(fold(words[1])) \
                and dative_compound(words[0], words[1]):
            at = 0      # the compound as a participle right after it («Алматыны шабуыл жасаған …», "who attacked")
        # (nor a compound made a participle with a noun after it, a relative clause of its own: «мұнай өндірісіне әрең
        # әсер еткен Алжирмен салыстырды», compared with Algeria, where the protests barely touched oil output)
        if at is None or (at + 2 < len(words) and participle(fold(words[at + 1]))):
            return
        verb_en = self.english_object_of_list(entry.ref)
        if at + 2 < len(words) and (any(fold(word) in ("деп", "деген") for word in words[at + 2:])
                                    or nominalised_verb(fold(words[at + 1]))) \
                and verb_en is not None and EN_SAYING_VERB.fullmatch(verb_en) is not None:
            # the compound is a reported clause's verb, closed by деп or made a noun, and the English makes the
            # name the object of a verb of saying or accusing ("accused Massimov of treason", «… опасыздық жасады
            # деп айыптады»; "told the CSTO summit that", «… жол бермейтінін айтты»): the saying verb governs it
            return
        between = [fold(word) for word in words[:at]]
        # (a verbal noun between governs the name unless the English verb the compound renders has it
        # as its own object: "thanked Xi Jinping for his support", «Си Цзиньпинге қолдауы үшін алғыс айтты»)
        # (and "grateful to Paul Mason for his support", the adjective of thanking)
        thanked = _EN_COMPOUND_VERB.fullmatch((self.english_object_of_list(entry.ref) or "").lower()) is not None \
            or _EN_GRATEFUL_TO.search(self.source_before(entry.ref)) is not None
        # (a genitive owns something between or after the compound: «Тоқаевтың ҰҚШҰ-ға алғыс айтып
        # жатқанын», that Tokayev was thanking the CSTO — the verbal noun's subject)
        # (a reported clause closed by деп or деген, «… ереуілді ұйымдастырды деген айып тақты», has verbs of its
        # own, which do not govern the name)
        reported = max((k for k, word in enumerate(between) if word in ("деп", "деген")), default=-1)
        if (not thanked and any(embedded_verb(word) for word in between[reported + 1:])) or (cases & KK_GEN and any(
                possessive_shape(word) and not only_looks_possessed(word)      # (not қарақшы, an agent noun)
                for word in between + [fold(word) for word in words[at + 2:]])):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('kk', cases))}) with "
                        f"{' '.join(words[at:at + 2])!r}, whose object is a dative")

    def kazakh_second_accusative(self, hit: Hit, entry: FormEntry) -> None:
        """English "elected several elders to the Council of Aksakals": where the name follows "to", an
        accusative of it with another clear accusative after it in its clause and no verb form between
        («Ақсақалдар кеңесін бірнеше қарияны сайлады») leaves the verb two direct objects; the name,
        where something goes or whom it is given, is the dative."""
        words = self._clause_after(hit)
        # (or "instructed the KNB to find …": the one instructed, given a task, where the clause ends with a verb of
        # giving or entrusting — «ҰҚК-ға … табуды тапсырды»)
        tasked = _EN_TASKED.search(self.source_before(entry.ref)) is not None and bool(words) \
            and (giving_verb(words[-1]) or verb_object_case(words[-1]) == "dat")
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC or entry.surface[:1] in OPEN \
                or not (after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS) or tasked):
            return
        # (a verb made a noun, «құттықтағаны», only ends like an accusative; -ды/-ті, also a past verb's ending, is
        # the accusative's right before a converb, which no finite verb of the clause stands before: «Пол Мерфиді
        # жағдайды сипаттап берді», "described the situation to Paul Murphy")
        at = next((k for k, word in enumerate(words[:-1])
                   if word.islower() and (case_by_ending(fold(word)) == "acc"
                                          or (accusative_word(fold(word)) and converb(fold(words[k + 1]))))),
                  None)
        if at is None or another_verb_form(words[:at + 1]) or any(self.covered[hit.end + k] for k in range(at + 1)):
            self._accusative_before(hit, entry)
            return
        self.wrong_case(hit, entry, "dat", f"(acc) with another object, {words[at]!r}, after it in its clause: the "
                        "source's \"to\" makes it where something goes or whom it is given, a dative")

    def _accusative_before(self, hit: Hit, entry: FormEntry) -> None:
        """English "sold Kashagan to ExxonMobil", "put these questions to Ainur Kurmanov": the verb's object
        stands before the name in the accusative («Қашағанды ExxonMobil-ді сатқан жоқпыз», «Бұл сұрақтарды Айнұр
        Құрмановты қойдық»), with no verb form between them whose object either could be, and a verb form after
        the name that both would then be the objects of: a verb has one direct object, and the one "to" names is
        the dative."""
        start = self._clause_start(hit.start)
        # (a word with an accusative's clear ending, or another name's accusative form: «Қашағанды»)
        names = {other.end - 1 for other, found in self.pending if found.cases & KK_CASES == KK_ACC}
        at = next((k for k in range(hit.start - 1, start - 1, -1)
                   if not self.toks.gap(k + 1).strip(" \u00a0")
                   and ((self.toks.words[k].islower() and (case_by_ending(self.toks.folded[k]) == "acc"
                                                            or accusative_word(self.toks.folded[k])))
                        or k in names)), None)
        after = self._clause_after(hit)
        if at is None or not after or not after[-1].islower() \
                or another_verb_form(self.toks.words[at + 1:hit.start]) \
                or any(fold(word) in ("деп", "деген") for word in self.toks.words[at:hit.start] + after):
            return
        self.wrong_case(hit, entry, "dat", f"(acc) with another object, {self.toks.words[at]!r}, before it in its "
                        "clause: the source's \"to\" makes it where something goes or whom it is given, a dative")

    def kazakh_accusative_before_dative_compound(self, hit: Hit, entry: FormEntry) -> None:
        """An accusative name whose clause ends with a compound predicate whose object is a dative
        («Қазақстанды миллиардтаған доллар инвестиция салды», «Еуропалық Одақты да ешқандай үміт
        артпады») with no other verb form between that could take it as its object: nothing there
        takes an accusative, whatever the English says. (Where the English makes the name an object or
        puts it after "to", :meth:`kazakh_compound_object` reads the compound instead.)"""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC \
                or PASSIVE_BY.search(self.source_before(entry.ref)) or self.english_object(entry.ref) is not None \
                or after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS):
            return      # ("signed by the Russian Socialist Movement": the one who signs, a nominative)
        words = without_clause_particles(self._clause_after(hit))     # («айып таққан жоқ», «… салды ма?»)
        if len(words) < 2 or not dative_compound(words[-2], words[-1]) or fold(words[-2]).endswith(("у", "ю")):
            return
        between = words[:-2]
        if another_verb_form(between) or any(embedded_verb(fold(word)) for word in between):
            return
        self.wrong_case(hit, entry, "dat", f"(acc) with {' '.join(words[-2:])!r} ending its clause, whose object "
                        "is a dative, and no other verb to take an accusative")

    def kazakh_dative_object_verb(self, hit: Hit, entry: FormEntry) -> None:
        """English "trusted the KNB", "joined Simon Hannah", "helped Assad stay in power": the object of
        an English verb that Kazakh says with a verb of its own whose object is a dative (сену,
        қосылу, көмектесу, бағыну, қарсыласу). An accusative name (or an instrumental, «RISE-бен қосылды», which
        makes the one joined a partner; not before бірге) in a clause with a form of that
        very verb after it («ҰҚК-ны әлі де сенді ме», «Асадты билікте қалуға көмектескен») is the
        object of nothing there (no other verb form between, but a verbal noun in the dative, which
        is the help's or the joining's aim)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES not in (KK_ACC, KK_LOC, KK_ABL, KK_NOM, KK_INS) \
                or bare_quoted(entry, entry.cases & KK_CASES):
            return
        if entry.cases & KK_CASES == KK_INS and hit.end < self.n and any_postposition(self.toks.words[hit.end]):
            return      # «Мерфимен бірге … қосылды», "joined the strike with Murphy": a partner, not the one joined
        verb_en = self.english_object(entry.ref) or self.infinitive_verb(entry.ref)
        stem = dative_verb_for(verb_en) if verb_en is not None else None
        _, after_en = self.source_around(entry.ref)
        if stem is None or after_en.startswith(POSSESSIVE):
            return      # "helped Assad's opponents": the name owns the object
        words = self._clause_after(hit)
        at = next((k for k, word in enumerate(words) if word.islower() and form_of_verb(word, stem)), None)
        if entry.cases & KK_CASES == KK_NOM and (at != 0 or self.toks.gap(hit.end).strip(" \u00a0")):
            return      # a bare name only right before the verb («Тоқаев сенбейтіндерін», "no longer trust Tokayev")
        if at is None or another_verb_form([word for word in words[:at] if not _KK_DATIVE_VERBAL_NOUN.fullmatch(
                fold(word))]):
            return
        if entry.cases & KK_CASES == KK_INS and stem == "қосыл" and any(dative_word(fold(word)) for word in words[:at]):
            return      # «Ресеймен кеден одағына қосылды»: the union joined is the dative, the name a partner
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('kk', entry.cases & KK_CASES))}) in a clause whose "
                        f"verb {words[at]!r} takes a dative object: the source makes it the object of \"{verb_en}\"")

    def kazakh_partner(self, hit: Hit, entry: FormEntry) -> None:
        """English "spoke to Ainur Kurmanov", "met Tokayev", "negotiated with ExxonMobil": the one
        spoken to, met or negotiated with is the partner of a Kazakh verb of talking, meeting or
        agreeing (сөйлесу, кездесу, келісу), an instrumental («Айнұр Құрмановпен … сөйлестік»),
        wherever the verb stands in the clause. A name in another case there (not a genitive that
        owns a noun, nor where a compound whose object is a dative comes between: «Тоқаевқа телефон
        соғып сөйлесті») is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & (KK_INS | KK_GEN) or bare_quoted(entry, cases):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_PARTNER_BEFORE.search(before_en) or after_en.startswith(POSSESSIVE) \
                or (content_word_after(after_en) and not adverb_after(after_en)):
            return      # ("met the Zhanaozen strikers": the name modifies the one met, «Жаңаөзен мұнайшыларымен»;
                        # not "met Putin twice", an adverb)
        words = self._clause_after(hit)
        if words and possessive_shape(fold(words[0])):
            return      # a bare name heading a compound whose possessed noun is the partner
        if hit.end < self.n and (self.toks.gap(hit.end) == "-"
                                 or (self.toks.words[hit.end][:1].isupper() and not self.covered[hit.end])):
            return      # an ending after a hyphen, or the rest of a longer name («Айнұр Құрмановмен»): not this rule's
                        # (another name after it is no part of it: «Путинге Қазақстан туралы … сөйлесті»)
        at = next((k for k, word in enumerate(words) if word.islower() and partner_verb(fold(word))), None)
        if at is None and words and not finite_verb(fold(words[-1])) and not participle(fold(words[-1])):
            # «Айнұр Құрмановқа түнде, Алматыда … кезде сөйлестім»: a clause with no verb of its own ends at a comma
            # before a clause set inside it — the name's verb ends the sentence
            rest = self.toks.words[hit.end:self._sentence_end(hit.end)]
            if rest and rest[-1].islower() and partner_verb(fold(rest[-1])) and finite_verb(fold(rest[-1])):
                words, at = rest, len(rest) - 1
        if at is None or any(dative_compound(first, second) for first, second in pairwise(words[:at + 1])) \
                or (words and postposition(words[0]) is not None):
            return
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('kk', cases))}) with {words[at]!r} after it: the "
                        "source makes it the one spoken to, met or agreed with, the partner a Kazakh verb of "
                        "talking or meeting takes in the instrumental")

    def kazakh_ablative_compound(self, hit: Hit, entry: FormEntry) -> None:
        """«Пол Мейсон Құрмановқа сұхбат алды»: a compound of receiving at the end of the clause (an
        interview taken) has its giver in the ablative; a person's name only in the dative there is
        whom it goes to, the opposite."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or self.lx.kinds[entry.ref] != "person":
            return
        # (a nominative or accusative only where the English makes the person the object, "questioned
        # Kurmanov": otherwise a nominative is who takes the interview)
        questioned = bool(cases) and not cases & ~(KK_NOM | KK_ACC) and self.english_object(entry.ref) is not None
        # (and a dative where the English questions the person: «Мәсімовке жауап алды», "questioned Massimov" — one
        # questioned gives the answers, asked *from*)
        questioned = questioned or (cases == KK_DAT
                                    and _EN_QUESTIONED.search(self.source_before_title(entry.ref)) is not None)
        if cases != KK_DAT and not questioned:
            return      # (a medium or organisation in the dative is who the interview is for: «BBC-ге сұхбат алды»)
        words = self._clause_after(hit)
        if len(words) < 2 or not ablative_compound(words[-2], words[-1], questioned=questioned) \
                or any(oblique_noun_case(fold(word)) in ("dat", "abl") or participle(fold(word))
                       for word in words[:-2]):
            return      # (another dative between, or a participle with its own, takes the place)
        self.wrong_case(hit, entry, "abl", f"({'/'.join(cases_of('kk', cases))}) with {' '.join(words[-2:])!r}, "
                        "whose giver is an ablative")

    def kazakh_verb_object(self, hit: Hit, entry: FormEntry, verb: str, cases: int) -> None:
        """«Ресейді жүгінді»: a name right before a verb whose object takes the dative (or the
        accusative) is wrong in the other of the two cases; any other case says nothing."""
        if cases == KK_GEN and self.toks.gap(hit.end).strip(" \u00a0") == "" \
                and (self.toks.words[hit.end] == verb or not self.english_noun_after(entry.ref)):
            # (past a word, not where the English name modifies a noun: "hailed the CSTO mission", «… ұйымының
            # миссиясын сәтті деп бағалады», owns what the verb acts on)
            wanted = finite_verb_case(verb)
            if wanted is not None:
                # «Тоқаевтың тапсырды»: a genitive owns a noun, and a finite verb is none
                self.wrong_case(hit, entry, wanted, f"(gen) right before the verb {verb!r}: a genitive owns a "
                                f"noun, and what the verb acts on takes the {wanted}")
                return
        case = verb_object_case(verb)
        if case is None and cases == KK_ACC and verb.islower() \
                and (il_passive(fold(verb)) or fold(verb).startswith("бастал")) \
                and self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) == "" \
                and not (verb == self.toks.words[hit.end] and hit.end + 1 < self.n
                         and self.toks.gap(hit.end + 1) == "-"):
            # (not the first half of a paired word, «үзілді-кесілді», "firmly": an adverb, no passive)
            # «Қытай мен Еуропаны жөнелтіледі»: a passive verb has no object, so no accusative before it
            # (басталды, "began", is one too: «Тәуелсіздік күнін басталды»)
            # (past a list the English "to" governs: "were sent to Tokayev and Nazarbayev", «Тоқаев пен Назарбаевты»)
            to = after_to(self.source_before_list(entry.ref), TO_IN_PREPOSITIONS)
            why = f"(acc) right before the passive verb {verb!r}, which takes no object"
            if to:
                self.wrong_case(hit, entry, "dat", why)
            else:
                offending = self.offending_of(hit, entry)
                self.add("target-wrong-inflection", f"{offending!r} {why}", offending=offending, suggestion=None,
                         ref=entry.ref)
            return
        if case is None:
            return
        other = {"dat": KK_ACC, "acc": KK_DAT, "ins": KK_ACC | KK_DAT, "abl": KK_ACC | KK_DAT}[case]
        if case == "ins" and addressing_verb(verb):
            other = KK_ACC      # «Құрмановқа хабарласқан жоқ», "has not contacted Kurmanov": the one addressed
        if case == "dat" and after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS):
            # "turned to the Council": after "to" a bare name is no subject («Кеңесі жүгінді»), nor an instrumental
            # a partner
            other |= KK_NOM | KK_INS
        if case == "dat" and fold(verb).startswith(_KK_RESEMBLING):
            other |= KK_INS     # «Сириямен ұқсайды»: resembling, whose likeness is a dative, has no partner
        # (not the owner of the object: "attacked Zyuganov's party", «Зюганов басқаратын … партиясын», the party he
        # leads)
        if case == "acc" and self.lx.kinds[entry.ref] == "person" and self.english_object(entry.ref) is not None \
                and not self.english_possessive(entry.ref):
            # "the court that sentenced Roza Tuletaeva": a person the verb acts on is definite, an accusative
            # («Роза Төлетаеваны соттаған»); a bare name there is no object (and the English no subject)
            other |= KK_NOM
        if not cases or cases & ~other:
            return
        self.wrong_case(hit, entry, case, f"({cases_of('kk', cases)[0]}) before the verb {verb!r}, whose object "
                        f"takes the {case}")

    def kazakh_itself(self, hit: Hit, entry: FormEntry) -> bool:
        """English "in Almaty itself", "to Tokayev himself": Kazakh says it with өз- and the
        possessive, which the name owns as a genitive («Алматының өзінде»); a bare name before
        өзінде, өзіне … is wrong. (Not before a bare өзі: «Тоқаев өзі мәлімдеді», Tokayev himself,
        the subject.)"""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & KK_GEN or entry.surface[:1] in OPEN \
                or hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or self.toks.folded[hit.end] not in _KK_OWN_SELF_CASE:
            return False
        own = self.toks.folded[hit.end]
        if cases != KK_NOM:
            # «Семейде өзінде», "even in Semey": the case said twice, on the name and on өз-, whose
            # owner the name is — a genitive (not «Алматыда өзіне үй алды», "bought himself a house in
            # Almaty", another case on өз-, the subject's own)
            if _KK_OWN_SELF_CASE.get(own) != cases_of("kk", cases)[0] or len(cases_of("kk", cases)) != 1:
                return False
            self.wrong_case(hit, entry, "gen", f"({cases_of('kk', cases)[0]}) before {self.toks.words[hit.end]!r}, "
                            "which has the same case: өз- with the possessive takes the case, its owner is a genitive")
            return True
        itself = _EN_ITSELF_AFTER.match(self.source_around(entry.ref)[1])
        if itself is None:
            return False
        self.wrong_case(hit, entry, "gen", f"(nom) before {self.toks.words[hit.end]!r}: the source's "
                        f"\"{itself.group(1)}\" is өз- with the possessive, whose owner is a genitive")
        return True

    def kazakh_glued_and(self, hit: Hit, entry: FormEntry) -> bool:
        """«Атыраумен Ақтау», «Chevron-мен ExxonMobil» for "Atyrau and Aktau": "and" between two
        names is the separate word мен; glued on, it is the instrumental "with" («Атыраумен» is
        with Atyrau). A name only in the instrumental, right before another name the English joins
        to it by "and", is reported, the separate мен as the fix."""
        if entry.cases & KK_CASES != KK_INS or entry.flags & EXTRA or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + OPEN):
            return False
        second = next((e for h, e in self.pending if h.start == hit.end and e.ref != entry.ref), None)
        if second is None or not self.english_pair(entry.ref, second.ref):
            return False
        offending = self.offending_of(hit, entry)
        bare = self.lx.in_case(entry.ref, "kk", 0, form=entry.base, case="nom")
        # (the separate word sounds as the glued ending did: «Шымкентпен Тараз» → «Шымкент пен Тараз»)
        sound = fold(offending)[-3:] if fold(offending)[-3:] in KK_AND_SOUNDS else "мен"
        suggestion = f"{bare} {sound}" if bare else None
        self.add("target-wrong-inflection",
                 f"{offending!r} (ins) right before another name the source joins to it by \"and\": glued on, "
                 "-мен is \"with\"; \"and\" is the separate word мен (бен, пен)"
                 + (f"; expected {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        return True
