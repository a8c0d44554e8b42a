"""Kazakh target rules of possession: who owns what in a Kazakh clause — a genitive and the noun
it owns, a bare possessor right before its noun, the owner the English "'s" or "of" makes, the
subject a Kazakh verbal noun or participle takes in the genitive."""

from __future__ import annotations

import re

from ..english_context import (
    PASSIVE_BY,
    PASSIVE_VERB,
    authored_by,
    doer_role,
    message_from,
    noun_next,
    opens_that_clause,
    reflexive_after,
    right_before,
    subject_verb,
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
    PERSONAL_GENITIVES,
    another_verb_form,
    converb,
    dative_predicative,
    dative_word,
    finite_verb_case,
    giving_verb_any_voice,
    happening_verb,
    membership_word,
    moving_verb,
    objectless_participle,
    partner_clause,
    partner_verb,
    possessed_across,
    source_participle,
    verb_object_case,
)
from ..kazakh_heads import BARE_CASE
from ..kazakh_postpositions import (
    any_postposition,
    genitiveless_postposition,
    postposition,
)
from ..kazakh_words import (
    BARE_PARTICIPLE_CASE,
    VERBAL_NOUN_ACCUSATIVE,
    abstract_noun,
    accusative_word,
    adjective_shaped,
    adverb_like_case,
    any_verbal_noun,
    bare_possessed_verbal_noun,
    case_by_ending,
    demonstrative,
    finite_passive,
    genitive_word,
    may_own,
    nominal_copula,
    nominal_participle_genitive,
    nominalised_verb,
    participle,
    passive_clause_end,
    passive_verb,
    passive_verbal_noun,
    place_adjective,
    plain_adjective,
    possessed_compound,
    possessed_noun,
    possessed_object,
    possessed_oblique,
    possessed_verbal_noun,
    possessive_shape,
    vowel_stem_passive,
)
from ..matcher import fold
from .english import (
    EN_CASE_BEFORE,
    EN_FEARING,
    EN_PASSIVE_AFTER,
    POSSESSIVE,
    TO_IN_PREPOSITIONS,
    SourceReading,
    after_to,
)
from .state import CLOSE, KK_CASE_OF_PREPOSITION, KK_CASES, OPEN, SENTENCE_END

#: English "the city of", "the town of" before a name: the "of" of a noun of the name's kind, which the name
#: names, not owns ("The city of Shymkent has 100,000 residents": «Шымкент қаласында 100 мың тұрғын бар») —
#: unless that noun is itself owned ("the mayor of the city of Shymkent", group 1)
_EN_APPOSITIVE_OF = re.compile(r"(?i)(\bof\s+)?(?:the\s+)?\b(?:city|town|village|port|province|district)\s+of\s+$")
_EN_ADJECTIVE_OF = right_before(rf"(?:unafraid|{EN_FEARING}|proud|aware|ashamed|fond|tired|sick|suspicious|"
                                r"jealous|envious|mindful|conscious|critical|supportive|guilty)\s+of")
#: Endings of English nouns of action, whose "of" is an object in Kazakh («Асадты қолдауы», "backing of Assad")
_EN_ACTION_NOUN = ("ing", "tion", "sion", "ment", "al", "ance", "ence", "ure", "ery", "sal")
#: ... but these name a body, a place or a thing, not an action ("the government of Kyrgyzstan")
_EN_CONCRETE_LOOK_ALIKES = frozenset("government parliament department capital hospital tribunal journal refinery "
                                     "alliance legislature embassy statement document settlement monument "
                                     "equipment conference residence structure literature".split())
#: English quantifiers before "of" (a part of the name's whole, not something it owns)
_EN_QUANTIFIERS = frozenset("whole all rest most many some half much each none both any either neither "
                            "majority one two three several few".split())


#: words before "in" that are no nouns of people or things
EN_NOT_NOUNS = frozenset("same way place time is was were are be been and or but also held kept put set left "
                         "only even just".split())
#: The English noun phrase before a preposition: up to three words, its last the noun (the places' rules use it too)
EN_NOUN_PHRASE_BEFORE = r"(?:[a-z][\w'-]*\s+){0,2}?([a-z][\w'-]*)\s+"
#: "the <noun> in" or "at" right before a name ("the strike at ArcelorMittal Temirtau"): the name says which one
_EN_THE_NOUN_IN_AT = re.compile(r"(?i)\b(?:the|its|their|his|her)\s+" + EN_NOUN_PHRASE_BEFORE
                                + r"(?:in|at)\s+(?:the\s+)?$")
#: a genitive after the third-person possessive (араласуының, партиясының, облысының)
_KK_POSSESSED_GENITIVE = re.compile(r"(?:ы|і|сы|сі)(?:ның|нің)$")


#: postpositions that take the ablative (кейін "after", бері "since", бұрын "before", бастап "from")
_KK_AFTER_ABLATIVE = frozenset("кейін соң бұрын бері бастап гөрі тыс басқа".split())



#: an English preposition right before a name that makes it a noun's complement ("influence over", "ties with")
#: Predicates of having, lacking or amount that end the sentence after a possessed noun («айырмашылығы жоқ», "has
#: no difference"; «… ықпалы көп»): the noun before them is their subject, owned by a genitive — not a postposition
#: of its shape («Назарбаевтан айырмашылығы, …», "unlike Nazarbayev", which a comma closes; айырмашылығы with
#: none after it is the noun: «Тоқаев пен Назарбаевтың айырмашылығы неде?»)
_KK_HAVING = frozenset("жоқ бар көп аз шамалы".split())
_EN_COMPLEMENT_PREPOSITION = right_before("(over|to|towards|toward|into|with|from)")
#: an -ing word right before a name ("of inviting the CSTO"), whose object the name is
_EN_GERUND_BEFORE = right_before(r"[a-z]{3,}ing")


def _owned_far(word: str, following: str) -> bool:
    """May *word*, some words after a bare name, be the noun that name owns («… шешімі»)? A possessed noun, in
    the accusative too («… үндеуін», «… бұйрығын»), or a verbal noun with the possessive and a case — not a bare
    one, whose nominative subject a modal word may follow («Тоқаев … кетуі мүмкін», "may leave"); not a
    postposition; and an accusative not the object of a verb form right after it («шетел әскерін шақыру туралы
    шешімі»: the troops are called in, the decision is owned)."""
    low = fold(word)
    if not word.islower() or any_postposition(word):
        return False
    if possessed_noun(word) and not nominalised_verb(low) and not possessed_verbal_noun(low):
        return True
    if not (possessed_object(word) or (possessed_verbal_noun(low) and not bare_possessed_verbal_noun(low))):
        return False
    return not (following.islower() and another_verb_form([following]))


#: the attribute's ending after a place's stem (Ақтаудағы, Жаңаөзендегі, Қазақстандағы, облысындағы)
ATTRIBUTE_TAILS = ("дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі")


class KazakhPossessionRules(SourceReading):
    """Which Kazakh word owns which: genitives, possessives and the subjects of verbal nouns."""

    def kazakh_genitive_before_bare_verbal_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """English "campaigned for the release of Roza Tuletaeva": «Роза Төлетаеваның босату үшін» — a
        genitive right before a bare verbal noun (no possessive) that a postposition of the nominative
        (үшін, туралы, арқылы) or the clause's end closes owns nothing: the verbal noun takes the name
        as its object (the accusative, or the case its verb wants: Ресейге көмектесу үшін), or owns it
        with the possessive («Төлетаеваның босатылуы үшін»)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_GEN or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return False
        if self.toks.words[hit.end].islower() and BARE_PARTICIPLE_CASE.fullmatch(self.toks.folded[hit.end]):
            # «КСРО-ның ыдырағаннан кейін», "after the collapse of the USSR": a participle with a case and no
            # possessive owns nothing — its subject is bare («КСРО ыдырағаннан кейін»; «Мишель Бачелет айтқандай»,
            # "as Michelle Bachelet said", the equative too)
            self.wrong_case(hit, entry, "nom", f"(gen) right before {self.toks.words[hit.end]!r}, a participle "
                            "with no possessive, which owns nothing: its subject is bare")
            return True
        if hit.end + 1 >= self.n or self.toks.gap(hit.end + 1).strip(" \u00a0"):
            return False
        noun, after = self.toks.words[hit.end], self.toks.folded[hit.end + 1]
        low = fold(noun)
        # (or the bare verbal noun in the accusative, past an adjective, «Роза Төлетаеваның толық ақтауды талап етеміз»
        # for "the full rehabilitation of": no possessive, so no owner — with nothing else to own up to the
        # sentence's end)
        at = hit.end + (1 if (plain_adjective(low) or adjective_shaped(low)) and noun.islower() else 0)
        if at == hit.end and noun.islower() and at + 1 < self.n and not self.toks.gap(at + 1).strip(" \u00a0") \
                and possessed_compound(low, self.toks.words[at + 1]):
            at += 1     # «Конституцияның қалпына келтіруді»: the compound's possessive is its own, owned by no one
        if at < self.n and self.toks.words[at].islower() and self.toks.folded[at].endswith(VERBAL_NOUN_ACCUSATIVE) \
                and any_verbal_noun(self.toks.folded[at]) and not self.toks.gap(at).strip(" \u00a0") \
                and not self.something_owned(at + 1, self._sentence_end(at)):
            self.wrong_case(hit, entry, "acc", f"(gen) before the bare verbal noun {self.toks.words[at]!r}, which owns "
                            "nothing (no possessive): the name is its object")
            return True
        if not noun.islower() or not low.endswith(("у", "ю")) or len(low) < 4 or not any_verbal_noun(low) \
                or not genitiveless_postposition(after):
            return False
        if self.english_possessive(entry.ref) and hit.end + 2 < self.n \
                and not self.toks.gap(hit.end + 2).strip(" \u00a0") and may_own(self.toks.folded[hit.end + 2]):
            return False    # «Төлетаеваның азаптау туралы айғағы», "Tuletaeva's testimony about torture": the
                            # genitive owns the noun after the postposition's phrase
        wanted = verb_object_case(noun) or "acc"
        self.wrong_case(hit, entry, wanted, f"(gen) right before the bare verbal noun {noun!r}, which owns nothing "
                        f"(no possessive) before {self.toks.words[hit.end + 1]!r}: the name is its object")
        return True

    def kazakh_owner_in_a_passive_clause(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Tokayev's decision … was taken", "Russia's role … has never been investigated": the
        name owns a noun of a clause whose verb is a passive (no doer to be). Kazakh says the owner in
        the genitive («Тоқаевтың … шешімі қабылданды»); bare right before its noun it may stand
        («Тоқаев жарлығы»), but not bare further away («Тоқаев ҰҚШҰ әскерлерін шақыру туралы
        шешімі»), nor in another case («Ресейге … рөлі»), which only a verb form between could ask for."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & KK_GEN or entry.surface[:1] in OPEN \
                or not self.english_possessive(entry.ref) \
                or (hit.end < self.n and self.toks.gap(hit.end)[:1] in "-\u2010\u2011"):
            return False        # (an ending after a hyphen, «АҚШ-ның», is read by the hyphen's own check)
        words = self._clause_after(hit)
        if len(words) > 1 and fold(words[-1]) in ("жоқ", "емес"):
            words = words[:-1]
        verb = fold(words[-1]) if words else ""
        if len(words) < 2 or not (finite_passive(verb) or vowel_stem_passive(verb)
                                  or objectless_participle(verb)):
            return False
        # (the English clause a passive too: "-ла-" verbs only look passive in Kazakh, талқылады "discussed")
        after_en = re.split(r"[.;:!?]\s|,\s+(?:and|but|while|which|who)\b", self.source_around(entry.ref)[1])[0]
        if not PASSIVE_VERB.search(after_en):
            return False
        owned = [k for k, word in enumerate(words[:-1])
                 if word.islower() and may_own(fold(word)) and not place_adjective(fold(word))
                 and not any_postposition(word) and not adverb_like_case(fold(word))]
        if not owned:
            return False
        if cases & KK_NOM:
            if owned[0] == 0 or any(participle(fold(word)) for word in words[:owned[0]]):
                # «Тоқаев жарлығы»: bare, right before its noun; «Стив Изон түсірген пикет суреттері»:
                # the subject of a participle before the noun
                return False
        elif another_verb_form(words[:-1]):
            return False            # a verb form between may take it in its case
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}): the source's \"'s\" makes it the "
                        f"owner of {words[owned[0]]!r} in a clause whose verb {words[-1]!r} is a passive, a genitive")
        return True

    @staticmethod
    def _participle_taking(cases: int, word: str) -> bool:
        """Is *word* a participle a name in *cases* may be the complement of: where from for a verb of coming or
        taking (келген, алынған), with whom for one of happening or meeting (болған, кездескен), where for one
        of happening? (A dative is left to the giving rule above: «Тоқаевқа наразыларға берген атауы» is
        Tokayev's word, given to the protesters.)"""
        low = fold(word)
        if not word.islower() or not participle(low):
            return False
        if cases == KK_ABL:
            return source_participle(word) or moving_verb(word)
        if cases == KK_INS:
            return happening_verb(word) or partner_verb(low)
        return cases == KK_LOC and happening_verb(word)

    def kazakh_bare_subject_of_verbal_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Tokayev's appeal to the CSTO", "Tokayev's resignation": the name's action, which Kazakh says
        with a verbal noun with the possessive and its subject in the genitive («Тоқаевтың ҰҚШҰ-ға жүгінуі»).
        A bare name with only the verbal noun's own complements between — words in a case of their own —
        is no subject («Тоқаев ҰҚШҰ-ға жүгінуі», «Тоқаев отставкаға кетуін»): right before its noun a bare
        name may stand, across other words only the genitive reaches."""
        cases = entry.cases & KK_CASES
        owner = self.source_around(entry.ref)[1].startswith(POSSESSIVE)
        # (or the English "of" before it, "the arrest of Karim Massimov", where the verbal noun is a passive's, which
        # has no object: «Кәрім Мәсімов(ті) 6 қаңтарда қамауға алынуы» is Мәсімовтің)
        of = not owner and cases in (KK_NOM, KK_ACC) and self.after_of(entry.ref)
        if entry.flags & EXTRA or entry.surface[:1] in OPEN or not ((owner and cases == KK_NOM) or of):
            return False
        words = self._clause_after(hit)
        if hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0"):
            return False
        at = next((k for k, word in enumerate(words) if word.islower() and possessed_verbal_noun(fold(word))), None)
        if not at or not all(self._complement_word(hit.end + k) for k in range(at)) \
                or (of and not passive_verbal_noun(fold(words[at]))):
            return False
        why = "\"'s\" makes it the subject" if owner else "\"of\" makes it the owner"
        self.wrong_case(hit, entry, "gen", f"({cases_of('kk', cases)[0]}) with {' '.join(words[:at + 1])!r} after it: "
                        f"the source's {why} of the verbal noun {words[at]!r}, which only a genitive reaches across "
                        "the words between")
        return True

    def _complement_word(self, k: int) -> bool:
        """Is token *k* a word in a case of its own (ҰҚШҰ-ға, отставкаға), or a name or ending that makes one?"""
        word = self.toks.words[k]
        if word.isdigit() and k + 1 < self.n and case_by_ending(fold(self.toks.words[k + 1])) is not None:
            return True     # a figure before a word in a case, «6 қаңтарда»: a date, a complement with it
        if self.toks.gap(k) == "-" and k > 0 and self.covered[k - 1]:
            return fold(word) in BARE_CASE and BARE_CASE[fold(word)] != "gen"     # the ending of ҰҚШҰ-ға
        if self.covered[k]:
            # a name, with its ending after a hyphen (ҰҚШҰ-ға) or one of its own (Ресейге)
            joined = k + 1 < self.n and self.toks.gap(k + 1) == "-" and self.toks.words[k + 1].islower()
            if joined or case_by_ending(fold(word)) is not None:
                return True
            # (an inner word of a name whose last word has the case: «Қауіпсіздік кеңесінен»)
            whole = next((other for other, _ in self.pending if other.start <= k < other.end - 1), None)
            return whole is not None and self._complement_word(whole.end - 1)
        return word.islower() and case_by_ending(fold(word)) is not None

    def kazakh_genitive_before_genitive(self, hit: Hit, entry: FormEntry) -> bool:
        """English "those detained in Karaganda Region": a genitive name right before a participle made
        a noun, in the genitive with no possessive («Қарағанды облысының ұсталғандардың бірнешеуі»),
        owns nothing — the word after it is owned by what follows, not by the name. Where the English
        puts the name after "in", "at", "to", "from" or "with", that preposition's case is meant
        («Қарағанды облысында ұсталғандардың»)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_GEN or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            return False
        after = self.toks.words[hit.end]
        low = fold(after)
        if not after.islower() or not nominal_participle_genitive(low):
            return False
        cue = EN_CASE_BEFORE.search(self.source_before(entry.ref))
        if cue is None or self.english_possessive(entry.ref):
            return False
        case = cases_of("kk", KK_CASE_OF_PREPOSITION[cue.group(1).lower()])[0]
        self.wrong_case(hit, entry, case, f"(gen) right before {after!r}, a genitive no possessive ending lets it "
                        f"own: the name owns nothing, and the source's \"{cue.group(1)}\" asks for the {case}")
        return True

    def _report_attribute(self, hit: Hit, entry: FormEntry, ending: int, why: str) -> None:
        """Report the name at *hit* as wanting the attribute in -дағы (its written case ending the last
        *ending* letters), *why* after it, with that form as the fix where the paradigm has it."""
        attribute = self._attribute_form(hit, entry, ending=ending)
        offending = self.offending_of(hit, entry)
        self.add("target-wrong-inflection", f"{offending!r} {why}" + (f"; expected {attribute!r}" if attribute else ""),
                 offending=offending, suggestion=attribute, ref=entry.ref)

    def _attribute_form(self, hit: Hit, entry: FormEntry, *, ending: int) -> str | None:
        """The name as written with its case ending (its last *ending* letters) made the attribute in
        -дағы, as the glossary's paradigm has it (Жаңаөзенде → Жаңаөзендегі, облысының →
        облысындағы); None if it has no such form."""
        # (a quoted name's ending is inside its quotes: «Теңізшевройлдың» → «Теңізшевройлдағы»)
        stem = fold(self.toks.span_text(hit.start, hit.end)).strip(OPEN + CLOSE)[:-ending]
        wanted = {stem + tail for tail in ATTRIBUTE_TAILS}
        return next((form for form in self.lx.surfaces(entry.ref, "kk", entry.base)
                     if fold(form).strip(OPEN + CLOSE) in wanted), None)

    def kazakh_genitive_owning_nothing(self, hit: Hit, entry: FormEntry) -> bool:
        """English "In Taraz, police used tear gas": a genitive name in a clause none of whose words after it can
        be owned — no possessive ending, no verb made a noun, in small letters all («Тараздың полиция … газ
        қолданды») — owns nothing; where the English puts the name after "in", "at", "to", "from" or "with", that
        preposition's case is meant («Таразда»)."""
        # (a quoted name too, its ending inside the quotes: «АрселорМиттал Теміртаудың» ереуіл, "the strike at")
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_GEN \
                or self.english_possessive(entry.ref) or self.after_of(entry.ref):
            return False
        cue = EN_CASE_BEFORE.search(self.source_before(entry.ref))
        words = self._clause_after(hit)
        if cue is None or len(words) < 2 or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or any(not (word.islower() or word.isdigit()) or "-" in word for word in words):
            return False
        if any(possessive_shape(low) or may_own(low) or nominalised_verb(low) or possessed_verbal_noun(low)
               or nominal_copula(low) for low in map(fold, words)) \
                or any(self.toks.gap(k).strip(" \u00a0") == "-" for k in range(hit.end + 1, hit.end + len(words))):
            return False
        noun = _EN_THE_NOUN_IN_AT.search(self.source_before(entry.ref))
        if noun is not None and noun.group(1).lower() not in EN_NOT_NOUNS \
                and not noun.group(1).lower().endswith(("ed", "ing")) and case_by_ending(fold(words[0])) is None \
                and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE):
            # "the strike at ArcelorMittal Temirtau", «… Теміртаудың» ереуіл: right before the noun the English
            # puts "in" or "at" after, the place says which one, an attribute in -дағы
            self._report_attribute(hit, entry, 3, f"(gen) before {words[0]!r}, which carries no possessive: the "
                                   f"genitive owns nothing there; the source says which one (\"{noun.group(1)} "
                                   f"{cue.group(1)} …\"), an attribute in -дағы")
            return True
        case = cases_of("kk", KK_CASE_OF_PREPOSITION[cue.group(1).lower()])[0]
        self.wrong_case(hit, entry, case, f"(gen) in a clause with no word it can own after it: the name owns "
                        f"nothing, and the source's \"{cue.group(1)}\" asks for the {case}")
        return True

    def inside_possession(self, hit: Hit) -> bool:
        """Does the name at *hit* stand between a genitive and a word shaped as possessed, nothing between them
        («Ресейдің Қазақстанға ықпалы»)? Then it is that noun's complement. (Any word shaped as possessed: the
        genitive before makes it so, «ықпалы» as well as «байланысы».)"""
        return hit.start > 0 and hit.end < self.n and not self.toks.gap(hit.start).strip(" \u00a0") \
            and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) and genitive_word(self.toks.folded[hit.start - 1]) \
            and self.toks.words[hit.end].islower() and possessive_shape(self.toks.folded[hit.end])

    def kazakh_accusative_inside_possession(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Russia's influence over Kazakhstan", "Kazakhstan's ties with Russia": a name the English puts
        after a preposition, between a genitive and the noun the genitive owns («Ресейдің Қазақстанды ықпалы»), is
        that noun's complement; an accusative there has no verb to be the object of (a verbal noun with the
        possessive may have one: «Ресейдің Қазақстанды қолдауы», "Russia's backing of Kazakhstan", is right). The
        preposition's case is meant (Қазақстанға ықпалы)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC or not self.inside_possession(hit):
            return False
        noun = self.toks.words[hit.end]
        low = fold(noun)
        cue = _EN_COMPLEMENT_PREPOSITION.search(self.source_before(entry.ref))
        if cue is None or any_postposition(noun) or possessed_verbal_noun(low) or nominalised_verb(low) \
                or another_verb_form([noun]):
            return False
        case = cases_of("kk", KK_CASE_OF_PREPOSITION[cue.group(1).lower()])[0]
        self.wrong_case(hit, entry, case, f"(acc) between the genitive {self.toks.words[hit.start - 1]!r} and "
                        f"{noun!r}, the noun it owns: no verb there takes an object, and the source's "
                        f"\"{cue.group(1)}\" asks for the {case}")
        return True

    def kazakh_bare_possessor(self, hit: Hit, entry: FormEntry, cases: int) -> bool:
        """English "Nazarbayev's former adviser", "this statement of the European Union": the name
        owns what follows. A nominative name, then a demonstrative or an adjective, then a noun
        with the possessive («Назарбаев бұрынғы кеңесшісі») is a possessor left bare where only
        the genitive can reach across the modifier («Назарбаевтың бұрынғы кеңесшісі»); a name in
        another case there («ҰҚШҰ-ны Қазақстандағы миссиясы») possesses nothing either."""
        before_en, after_en = self.source_around(entry.ref)
        if hit.end < self.n and any_postposition(self.toks.words[hit.end]):
            return False        # «Мәсімовке қарсы қозғалған іс», "the prosecution of Massimov": against him
        # (the word's last part where it is hyphenated: «зорлық-зомбылықтан» is no bare noun)
        last = self.toks.hyphenated(hit.end)[1] - 1 if hit.end < self.n else hit.end
        # (not an abstract noun that qualifies a possessed noun after it, where the English has "'s": «Тони Блэрге
        # кеңесшілік келісімшартын», "Tony Blair's advisory contract" — the contract is his)
        qualifying = after_en.startswith(POSSESSIVE) and last + 1 < self.n \
            and not self.toks.gap(last + 1).strip(" \u00a0") \
            and (possessed_noun(self.toks.words[last + 1]) or possessed_object(self.toks.words[last + 1]))
        if cases == KK_DAT and hit.end < self.n and (abstract_noun(self.toks.folded[last])
                                                     or membership_word(self.toks.folded[last])) \
                and not self.toks.gap(hit.end).strip(" \u00a0") and not qualifying:
            return False        # «Еуразиялық экономикалық одаққа мүшелік», "membership of", «RISE-ға мүшемін», "I am
                                # a member of RISE": the noun's complement
        if hit.start > 0 and not self.toks.gap(hit.start).strip(" \u00a0") \
                and genitive_word(self.toks.folded[hit.start - 1]) and not after_en.startswith(POSSESSIVE) \
                and not (cases & (KK_DAT | KK_LOC | KK_ABL) and self.english_noun_after(entry.ref)):
            # «Қазақстанның ҰҚШҰ-ға мүшелігі»: the genitive before it owns the noun — unless the English
            # makes this name the owner ("China opposed interference in Kazakhstan's affairs":
            # «Қытайдың Қазақстанға ішкі істеріне» — the genitive before is the clause's subject; or a name in
            # a case of place before a noun the English says it modifies: "Paul Murphy's Facebook page", «Пол
            # Мерфидің Facebook-қа парақшасында», where the genitive before owns the name's phrase)
            return False
        if before_en is not None and _EN_ADJECTIVE_OF.search(before_en):
            return False        # "afraid of the Bill": the adjective's "of", no owner («… жобасынан қорықпайтын»)
        appositive = None if before_en is None else _EN_APPOSITIVE_OF.search(before_en)
        if appositive and not appositive.group(1) and not after_en.startswith(POSSESSIVE) \
                and not self.english_noun_after(entry.ref):
            return False        # "The city of Shymkent has …": the city *named* Shymkent, «Шымкент қаласында … бар»
        # ("the Nazarbayev regime", "Ozenmunaigas workers": the English name modifies the next noun)
        modifier = self.english_noun_after(entry.ref)
        # (an accusative right before a possessed noun, where the English name stands before any noun: "at
        # the CSTO summit", «ҰҚШҰ-ны саммитінде» — an accusative owns nothing)
        # (not a reflexive, "set up the Council of Aksakals themselves": «Ақсақалдар кеңесін өздері құрды»)
        accusative_modifier = not modifier and cases == KK_ACC and before_en is not None and noun_next(after_en) \
            and not reflexive_after(after_en)
        modifier = modifier or accusative_modifier
        # "a speech by Simon Hannah", "a message from the RSM"
        author = before_en is not None and (authored_by(before_en) or message_from(before_en))
        if before_en is None or not (after_en.startswith(POSSESSIVE) or self.after_of(entry.ref) or modifier
                                     or author):
            return False
        clause: list[str] = []
        for k in range(hit.end, min(self.n, hit.end + 4)):
            # (an opening quote before the possessed phrase is no break: «Тоқаевты «батыл шараларын»»)
            if self.toks.gap(k).strip(" \u00a0" + OPEN + (CLOSE if k == hit.end and not cases & KK_NOM else "")):
                if self.toks.gap(k) == "-" and k > hit.end and clause:
                    clause[-1] += "-" + self.toks.words[k]      # «онлайн-саммитінде»: one hyphenated word
                    continue
                # the quote that closes a declined quoted name is no break («ҚазМұнайГазды» кеңселерінің); a
                # bare one may name what follows («ҚазМұнайГаз» ұлттық компаниясы, an apposition)
                break
            clause.append(self.toks.words[k])
        # right before the possessed noun: an accusative only for the English possessive ("backing of
        # Assad" is «Асадты қолдауы», "restoring of the Constitution" «Конституцияны қалпына
        # келтіру»: objects); another case also for "of" («Қауіпсіздік кеңесіне төрағасы»)
        # ... and for "of" after a concrete noun ("oil workers of West Kazakhstan Region": «облысын
        # мұнайшылары» is no object), not after an action ("restoration of the Constitution")
        head = re.search(r"([A-Za-z]+)\s+of\s+(?:the\s+)?$", before_en)
        concrete = head is not None and (not head.group(1).lower().endswith(_EN_ACTION_NOUN)
                                         or head.group(1).lower() in _EN_CONCRETE_LOOK_ALIKES) \
            and head.group(1).lower() not in _EN_QUANTIFIERS        # "the whole of Mangystau": «бүкіл … облысын»
        # ("units of the CSTO peacekeeping force", "exposure of UK pension funds": the "of" is the whole
        # phrase's, the name only modifies the noun after it — «ҰҚШҰ бітімгершілік күштерінің», a compound;
        # not before a demonstrative, which only an owner reaches across: «Еуропалық Одақтың бұл мәлімдемесі»)
        of_owner = self.after_of(entry.ref) and not (
            noun_next(after_en) and clause and not demonstrative(fold(clause[0])))
        strong = after_en.startswith(POSSESSIVE) or of_owner or author
        if author and not (after_en.startswith(POSSESSIVE) or of_owner) and cases & KK_NOM \
                and any(word.islower() and participle(fold(word)) and not passive_verb(fold(word))
                        for word in self._clause_after(hit)[:6]):
            return False    # "an article by Simon Pirani": «Саймон Пирани … жазған мақала», the author the subject
                            # of the active participle that makes the noun his
        # (a name whose own last word has the possessive, «Маңғыстау облысы», «Коммунистік партиясы», owns
        # nothing bare: a possessed noun cannot be a bare possessor — «Маңғыстау облысының мұнайшылары»)
        owned_head = bool(cases & KK_NOM) and hit.end - hit.start > 1 and self.possessed_name_end(hit)
        adjacent = (not cases & KK_NOM or owned_head) and (after_en.startswith(POSSESSIVE) or not cases & KK_ACC
                                                           or concrete or modifier or author)
        # (the English "of" before a dative, "the intervention of the CSTO", makes a verbal noun after it its
        # owner's too: «ҰҚШҰ-ға араласуы» would be an intervention *in* it, which English says with "in")
        across = possessed_across(clause, adjacent=adjacent,
                                  owner=after_en.startswith(POSSESSIVE) or (cases == KK_DAT and of_owner),
                                  bridge=not cases & KK_NOM)
        if across is not None and cases == KK_ACC and nominalised_verb(fold(clause[across])) and of_owner:
            across = None       # «Тоқаевты қолдайтынын мәлімдеді», "came out in support of Tokayev": the English "of"
                                # after a noun of action, which Kazakh made a verb made a noun — the accusative its
                                # object (not "Moscow decides", «Мәскеудің … шешетінін», its subject)
        if across is not None and self._participle_taking(cases, clause[across]):
            across = None       # «нұсқауды Мәскеуден алатын», "took its orders from Moscow": the participle's source,
                                # no noun it owns («Мәсімовтен ешқашан келмейтін бұйрықты»)
        if owned_head and across == 0 and not (strong and fold(clause[0])[-1] in "ыі" and possessed_noun(clause[0])
                                               and not (len(clause) > 1 and clause[1].islower()
                                                        and possessive_shape(fold(clause[1])))):
            # (only for the English owner, "the oil workers of Mangystau Region" — "Kazakhmys miners" makes a
            # compound, «Қазақмыс» корпорациясы кеншілері; and a chain of possessed nouns whose last one
            # takes the case, «Маңғыстау облысы мұнайшыларының», «Қауіпсіздік кеңесі төрағасы қызметінен», is
            # one compound: only a possessed noun in the nominative that ends the chain needs the genitive)
            across = None
        # (an accusative, which modifies nothing, before a possessed noun in the nominative owns it across modifiers
        # too, past no participle: «ҰҚК-ны бұрынғы төрағасы», "the former KNB chairman")
        nominative_owned = cases == KK_ACC and across is not None and across + 1 < len(clause) \
            and fold(clause[across]).endswith(("ы", "і")) and possessed_noun(clause[across]) \
            and not any(participle(fold(word)) for word in clause[:across + 1])
        if accusative_modifier and ((across and not nominative_owned)
                                    or (across == 0 and participle(fold(clause[0])))):
            # (only right before its noun: the weaker cue reaches no further, nor past a word that may be
            # a participle whose object it is, «Қашаған кен орнын игеретін консорциум»)
            across = None
        if not strong and across and not (modifier and nominative_owned):
            across = None       # a modifier in English: only right before its noun («Назарбаевты режимі»)
        if across == 0 and cases == KK_DAT and participle(fold(clause[0])) and moving_verb(clause[0]):
            across = None       # «ҚазМұнайГаз» тобына кіретін», "part of the KazMunayGas group": entering *into* it
        # (an accusative too for the English "'s", which makes it no object: «Қазақстанды орасан зор
        # мұнай-газ байлығы», "Kazakhstan's enormous oil and gas wealth")
        oblique = KK_DAT | KK_ABL | KK_LOC | KK_INS | (KK_ACC if after_en.startswith(POSSESSIVE) or author else 0)
        if across is None and (after_en.startswith(POSSESSIVE) or author) and not cases & ~oblique:
            # «Зюгановқа «коммунистік» деп аталатын партиясы»: the English possessive, and a possessed
            # noun further on in the clause, past a relative phrase; a dative or other oblique case
            # possesses nothing, only a genitive reaches
            # (up to eight words, the clause's verb not among them)
            far = self._possessor_reach(hit)
            if far and cases == KK_ABL and participle(fold(far[0])):
                far = []        # «Қазақстаннан келген үндеуге», "the appeal from Kazakhstan": the participle's source
            giving = None if cases != KK_DAT else next(
                (k for k, word in enumerate(far[:3]) if participle(fold(word)) and giving_verb_any_voice(word)), None)
            if giving is not None and not any(dative_word(fold(word)) for word in far[:giving]):
                far = []        # «Төлетаеваға 2012 жылы тағайындалған жаза», "Tuletaeva's sentence": the one the
                                # participle's sentence was given to, a dative (unless another dative between is
                                # that: «Си Цзиньпинге Тоқаевқа жолдаған хаты», "Xi Jinping's message to Tokayev")
            if far and cases == KK_DAT and dative_predicative(fold(far[0])):
                far = []        # «Назарбаевқа адал топ», a group loyal to Nazarbayev: the word after wants the dative
            if far and cases == KK_ABL and any(fold(word) in _KK_AFTER_ABLATIVE for word in far[:3]):
                far = []        # «Мәскеуден бірнеше күн кейін», "a few days after Moscow's": the postposition's
            # (the possessed noun in the accusative too: «Тоқаевқа ҰҚШҰ-ны шақыру туралы шешімін», "Tokayev's
            # decision to invite the CSTO")
            # (not a verb made a noun, whose possessive is its own subject's: «өтініш түскен-түспегенін»,
            # "whether a request came")
            # (a verbal noun in -уы is what the English possessive's owner does: "Kurmanov's estimate",
            # «Құрмановтың … бағалауы»)
            owner = after_en.startswith(POSSESSIVE)
            # (not a word of another name: «Марко Бойцуннан және Украина социалистік лигасынан келген»)
            found = next((k for k, word in enumerate(far)
                          if k and not self.covered[hit.end + k] and (((possessed_noun(word) or possessed_object(word))
                                     and not nominalised_verb(fold(word)) and not possessed_verbal_noun(fold(word)))
                                    or (owner and word.islower() and possessed_verbal_noun(fold(word)))
                                    # ("Tokayev's promises": «Тоқаевты реформа туралы уәделеріне»)
                                    or (owner and possessed_oblique(word)))),
                         None)
            if found is not None and any(genitive_word(fold(word)) for word in far[:found]):
                found = None        # another possessor between: the noun is its own
            if found is not None and any(self._participle_taking(cases, word) for word in far[:found + 1]):
                # a participle between (or the word taken for the noun) whose complement the name is: «Мәсімовпен
                # болған оқиға», "what happened with Massimov"; «… Марко Бойцуннан келген хаттарды», "messages from
                # Marko Bojcun"; «Мәсімовтен ешқашан келмейтін бұйрықты», "orders from Massimov that never come"
                found = None
            if found is not None:
                self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}) with "
                                f"{' '.join(far[:found + 1])!r} after it: the source makes it the possessor, and "
                                "only the genitive possesses across other words")
                return True
        if across is None and cases & KK_NOM and after_en.startswith(POSSESSIVE) and self._bare_owner_far(hit, entry):
            return True
        if across is None:
            return False
        why = ("across a modifier only the genitive possesses" if across else
               "a possessor is in the genitive, or bare right before its noun")
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}) before "
                        f"{' '.join(clause[:across + 1])!r}: the source makes it the possessor, and {why}")
        return True

    def _possessor_reach(self, hit: Hit) -> list[str]:
        """The words after *hit* that a possessor there may own one of: up to eight of its clause, the clause's
        verb left out — the last word too where it cannot be a verb but may be possessed (a clause closed by a
        dash: «Тоқаевқа наразыларға берген атауы — …», "Tokayev's own word for the protesters")."""
        far = self._clause_after(hit)
        last_possessed = bool(far) and possessive_shape(fold(far[-1])) and far[-1].islower()
        return far[:min(8, len(far) if last_possessed else len(far) - 1)]

    def _bare_owner_far(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Tokayev's decision to call in foreign troops": the name owns a noun the Kazakh puts
        after the decision's own complements («Тоқаев шетел әскерін шақыру туралы шешімі»). A bare name is
        a possessor only right before its noun (a compound: «Тоқаев жарлығы»); a possessed noun further on
        in the clause, past its own complement, is reached only by the genitive («Тоқаевтың … шешімі»).
        Between them: nouns, their modifiers and figures, and a verbal noun only before a postposition («… ату
        туралы»); no other verb form (whose subject the bare name may be) and no other possessor."""
        far = self._clause_after(hit)
        if len(far) < 2 or not (far[0].islower() or far[0].isdigit()) or possessive_shape(fold(far[0])):
            return False        # nothing after it in its clause, or its own noun right after it (a compound)
        far = self._possessor_reach(hit)
        found = next((k for k, word in enumerate(far) if k and not self.covered[hit.end + k]
                      and _owned_far(word, far[k + 1] if k + 1 < len(far) else "")), None)
        if found is None:
            return False
        between = far[:found]
        if any(not (word.islower() or word.isdigit()) or genitive_word(fold(word)) or finite_verb_case(fold(word))
               or (another_verb_form([word]) and not (any_verbal_noun(fold(word)) and k + 1 < found
                                                       and any_postposition(between[k + 1])))
               for k, word in enumerate(between)):
            return False        # another possessor, or a verb form whose subject the name may be
        if not any(case_by_ending(fold(word)) or any_postposition(word) for word in between):
            return False        # a chain of bare nouns, one compound («Қазақстан мұнай өнеркәсібі», "премьер-министрі")
        self.wrong_case(hit, entry, "gen", f"(nom) with {' '.join(far[:found + 1])!r} after it: the "
                        "source makes it the possessor, and only the genitive possesses across other words")
        return True

    def possessed_name_end(self, hit: Hit) -> bool:
        """Does the name at *hit* end in a noun with the third-person possessive (облысы, партиясы,
        Одағы), not a person's patronymic (Байтұрсынұлы)?"""
        low = self.toks.folded[hit.end - 1]
        return len(low) >= 4 and low[-1] in "ыі" and possessive_shape(low) and not low.endswith(("ұлы", "қызы"))

    def kazakh_subject(self, hit: Hit, entry: FormEntry) -> None:
        """English "Terry Conway wrote the report", "UN human rights chief Michelle Bachelet urged
        the authorities …": the name is the subject of an active verb of doing or saying, which
        Kazakh says in the nominative. A name only in the accusative or the dative, in a clause
        that has another accusative object («есепті Терри Конуэйге жазды», «Мишель Бачелетті
        билікті … шақырды»), is made the object or the addressee instead. (Not with verbs whose
        subject undergoes rather than does — "received", "needed" — which Kazakh may turn round:
        «Тоқаевқа хатты жеткізді».)"""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_ACC | KK_DAT | KK_GEN) or entry.surface[:1] in OPEN:
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None:
            return
        if cases & KK_GEN:
            self.kazakh_genitive_subject(hit, entry, before_en, after_en)
            return
        if cases == KK_ACC and self.kazakh_passive_subject(hit, entry, after_en):
            return
        role = doer_role(before_en, after_en, perfect=True)
        if role is None:
            return
        words = self._clause_after(hit)
        if not words or postposition(words[0]) is not None:
            return
        if cases == KK_DAT and any(postposition(word) == (KK_DAT, "dat") for word in words[:6]):
            return      # "partly owned by Chevron and ExxonMobil": «Chevron-ға және ExxonMobil-ге ішінара тиесілі»
        if cases == KK_DAT and PASSIVE_BY.search(before_en) and any(moving_verb(word) for word in words):
            return      # "received by the Embassy" turned round: «Қазақстан елшілігіне … хат келіп түсті», a letter
                        # came *to* it — the passive's agent, where a verb of coming is the clause's, is its dative
        clause = self._clause_before(hit) + words[:-1]
        # (or an accusative in a clause whose verb takes no object but a partner: «Ақсақалдар кеңесін
        # … әкімімен келіссөз жүргізді», "the Council negotiated with the governor")
        # (or an accusative that opens its sentence, where Kazakh puts the subject, whatever the rest:
        # «Ұжымдық қауіпсіздік туралы шарт ұйымын … 2500 әскер жіберді», "the CSTO sent 2,500 troops")
        opening = cases in (KK_ACC, KK_DAT) and self.toks.sentence_initial(hit.start) and not any_postposition(words[0])
        if not any(accusative_word(fold(word)) for word in clause) and not (cases == KK_ACC and partner_clause(words)) \
                and not opening and not (cases == KK_ACC and self.lx.acts(entry.ref)):
            return
        if opens_that_clause(before_en) and any(nominalised_verb(fold(word)) for word in words):
            # "recalled that Nazarbayev handpicked Tokayev": the reported clause made a noun («… таңдағанын еске
            # алды») has its subject in the genitive
            self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}): the source makes it {role} "
                            "in a reported clause, which Kazakh makes a noun with its subject in the genitive")
            return
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}): the source makes it {role}, "
                        "which Kazakh says in the nominative")

    def kazakh_passive_subject(self, hit: Hit, entry: FormEntry, after_en: str) -> bool:
        """English "Karim Massimov, the head of the KNB, was arrested": the subject of a passive. Where
        the Kazakh clause keeps the passive (қамауға алынды, жіберілді), its subject is a
        nominative; an accusative («Кәрім Мәсімовті … алынды») is the object of an active verb
        the clause does not have. (A clause turned active, «Мәсімовті қамауға алды», is right.)"""
        after = re.sub(r"^\s*,[^,.;:]*,", "", after_en)      # past an apposition between commas
        if not EN_PASSIVE_AFTER.match(after):
            return False
        if self.english_object(entry.ref) is not None or self.infinitive_verb(entry.ref) is not None \
                or _EN_GERUND_BEFORE.search(self.source_before(entry.ref)):
            return False    # "the legality of inviting the CSTO has never been tested": a verb's object, no subject
        words = self._clause_after(hit)
        end = passive_clause_end(words)
        if end is None:
            return False
        first = fold(words[0])
        if len(words) > 1 and words[0].islower() and ((first.endswith(("у", "ю")) and any_verbal_noun(first))
                                                      or participle(first)):
            # (a bare verbal noun or a participle right after it takes it as its object: «… партиясын заңдастыру
            # талабы көтерілді», "the demand to legalise the party was raised")
            return False
        self.wrong_case(hit, entry, "nom", f"(acc) in a clause whose verb {words[end]!r} is a passive, as the "
                        "source's: its subject is a nominative")
        return True

    def kazakh_genitive_subject(self, hit: Hit, entry: FormEntry, before_en: str, after_en: str) -> None:
        """«Қасым-Жомарт Тоқаевтың 5 қаңтарда … төтенше жағдай жариялады» ("Tokayev declared"): a
        genitive possesses a noun after it; with none in its clause (no word with the possessive
        that no other name covers), the English subject of an active verb is a nominative (or, for
        a verb whose subject undergoes, "received", a nominative or a dative: never a genitive)."""
        verb_en = subject_verb(before_en, after_en, undergoing=True, perfect=True)
        if entry.cases & KK_CASES != KK_GEN:
            return
        if verb_en is None:
            self.kazakh_genitive_object(hit, entry, before_en)
            return
        end = self._clause_end(hit.end)
        # (or a clause the English reports after "that", which Kazakh makes a noun at its end whatever commas or
        # quotations stand inside: «Назарбаевтың Мәскеумен …, Батыспен байланысты дамытқанын атап өтті»)
        if end > hit.end and (participle(self.toks.folded[end - 1]) or self.toks.folded[end - 1] == "емес"
                              or converb(self.toks.folded[end - 1]) or opens_that_clause(before_en)):
            # (or a converb before the comma, which chains its clause to the next: «Назарбаевтың … билік құрып,
            # … мұрасын қалдырғанын»)
            # (or «X емес, Y» goes on past its comma: «Тоқаевтың басқаға емес, дәл ҰҚШҰ-ға жүгінгенін»)
            # (a clause that ends with a participle is a relative one, whose noun may come past a comma:
            # «Си Цзиньпиннің Тоқаевқа жолдаған, … хабарламасы»)
            end = self._sentence_end(hit.end)
        if end == hit.end or self.something_owned(hit.end, end):
            return      # a noun it may possess (шешімі, айтуынша, кездесуі); not a past verb (жариялады)
        self.wrong_case(hit, entry, "nom", "(gen) with no noun after it to possess: the source makes it the subject "
                        f"of \"{verb_en}\", which Kazakh says in the nominative")

    def something_owned(self, start: int, end: int) -> bool:
        """Is there, in the tokens *start*–*end* after a genitive, a word that genitive owns? Genitives
        and possessed words pair like brackets, each possessed word with the nearest genitive still
        open («Пол Мерфидің көтерілістің … ұшырағанын»: the second genitive's; «Қытайдың Қазақстанның
        ішкі істеріне … қарсы екені»: істеріне is Kazakhstan's, екені China's). A possessed word right
        after a name or a bare verbal noun makes a compound with it and pairs with none («ҰҚШҰ
        саммитінде», «революция жасау әрекеті»). The nominalised copula (екені, екенін) is owned too, and so is a
        verb made a noun (құрғаны "what he built", білдіргенін "that it voiced"), its genitive its subject."""
        depth = 1
        # where a name in a case other than the nominative ends: it makes no compound with what follows
        oblique = {h.end for h, e in self.pending if not e.cases & KK_NOM and e.cases & KK_CASES}
        for k in range(start, end):
            low = self.toks.folded[k]
            if low in PERSONAL_GENITIVES:
                continue    # («біздің ауылға … қатысы»: a first or second person's genitive owns a word of its own
                            # person, or a bare one, «біздің ауыл» — never the third person's possessive counted here)
            if genitive_word(low):
                # (a possessed genitive, «Ресейдің араласуының арқасында», is owned and owns: it closes
                # the genitive still open before it, then opens its own)
                # (not the head of a compound with a name right before it, «Қазақстан елшіліктерінің», which
                # is the name's, as any possessed word right after a name is)
                compound = k > start and self.covered[k - 1] and not genitive_word(self.toks.folded[k - 1]) \
                    and not self.toks.gap(k).strip(" \u00a0" + CLOSE) and k not in oblique
                if _KK_POSSESSED_GENITIVE.search(low) and self.toks.words[k].islower() and not self.covered[k] \
                        and not compound:
                    depth -= 1
                    if depth == 0:
                        return True
                depth += 1
                continue
            if self.covered[k] or not self.toks.words[k].islower() \
                    or (k + 1 < end and self.toks.gap(k + 1) == "-") \
                    or not (may_own(low) or nominal_copula(low) or possessed_object(self.toks.words[k])
                            or nominalised_verb(low)):
                continue    # (the first half of a hyphenated word, «қуғын-сүргінге», is no word of its own)
            if k > start and not self.toks.gap(k).strip(" \u00a0" + CLOSE):
                before = self.toks.folded[k - 1]
                # (a name made an attribute by -дағы, «Facebook-тағы жазбалары», makes no compound)
                attribute = place_adjective(before)
                # (nor one in the locative or another oblique case, «Сирияда істегенін», what he did in Syria)
                if (self.covered[k - 1] and not self.toks.words[k - 1].islower() and not genitive_word(before)
                        and not attribute and k not in oblique) or (
                        self.toks.words[k - 1].islower() and before.endswith(("у", "ю")) and len(before) >= 4
                        and not nominalised_verb(low)):
                    # (a verb made a noun after a bare verbal noun is the verb whose object that noun is, «қолдау
                    # білдіргенін», "that it voiced support": its possessive is the subject's)
                    continue
            depth -= 1
            if depth == 0:
                return True
        return False

    def kazakh_genitive_object(self, hit: Hit, entry: FormEntry, before_en: str) -> None:
        """English "Putin called Tokayev", "appealed to Xi Jinping": the name is what the verb acts
        on, and a genitive «Тоқаевтың бірнеше рет телефон соқты» owns nothing up to the sentence's
        end (no word there that may carry the possessive, a name's included). The case the clause's
        last verb wants is suggested where it is known, the dative after English "to"; else none. Not
        where the English makes the name an owner ("'s", "of", "by", "a letter from"), whose
        possession may have a shape these word tests misread (контракті)."""
        to = after_to(before_en, TO_IN_PREPOSITIONS)
        _, after_en = self.source_around(entry.ref)
        if after_en.startswith(POSSESSIVE) or self.after_of(entry.ref) or authored_by(before_en) \
                or message_from(before_en):
            return      # the English makes it an owner: what it owns is there, in a shape not told here
        start = self._sentence_start(hit.start)
        if any(self.toks.folded[k] == "яғни" and genitive_word(self.toks.folded[k - 1])
               for k in range(max(start + 1, hit.start - 6), hit.start)):
            return      # «Батыс Қазақстанның, яғни Ақтаудың, Атыраудың …»: an apposition, in its head's genitive
        end = hit.end
        while end < self.n and not SENTENCE_END.search(self.toks.gap(end)):
            end += 1
        # every word but the last may be a possessed noun if it has the shape of one (есебін,
        # қызметі); the last, the verb's place, only if it cannot be a past verb (соқты)
        # (a verbal noun with the possessive may end it: «… және Назарбаевтың саясаттан кетуі»)
        # (a postposition that takes no genitive only looks possessed: «бейнебайланыс арқылы», by video link)
        if end == hit.end or any(possessive_shape(self.toks.folded[k])
                                 and (not genitiveless_postposition(self.toks.folded[k])
                                      or (k + 2 == end and self.toks.folded[k + 1] in _KK_HAVING)
                                      or (self.toks.folded[k] == "айырмашылығы" and "," not in self.toks.gap(k + 1)))
                                 for k in range(hit.end, end - 1)) \
                or may_own(self.toks.folded[end - 1]) or possessive_shape(self.toks.folded[end - 1]):
            return      # (a possessed predicate ends it: «… Ирландия парламентінің депутаты»)
        # (else the case of the English preposition before it that has one Kazakh case: "from" the ablative, "with"
        # the instrumental; not "in"/"at", which after a noun is an attribute in -дағы)
        cue = EN_CASE_BEFORE.search(before_en)
        wanted = finite_verb_case(self.toks.words[end - 1]) or ("dat" if to else None) or (
            cases_of("kk", KK_CASE_OF_PREPOSITION[cue.group(1).lower()])[0]
            if cue is not None and cue.group(1).lower() in ("from", "with") else None)
        why = "(gen) owns nothing: no noun after it to the sentence's end, and the source makes it what the verb " \
              "acts on"
        if wanted is not None:
            self.wrong_case(hit, entry, wanted, why)
        else:
            offending = self.offending_of(hit, entry)
            self.add("target-wrong-inflection", f"{offending!r} {why}", offending=offending, suggestion=None,
                     ref=entry.ref)
