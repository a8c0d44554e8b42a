"""A name that is a Kazakh verb's direct object: the case the clause's verb governs («Тоқаевты …
сынады», «Тоқаевтан қорықты»), wherever the object stands before it, and never a bare definite
object before an active verb («Тоқаев Назарбаев … ығыстырып шығарды», "pushed Nazarbayev out")."""

from __future__ import annotations

import re
from itertools import pairwise

from ..english_context import PASSIVE_BY, adverb_after, content_word_after, reflexive_after, subject_position
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
    another_verb_form,
    clause_verb_case,
    converb,
    dative_compound,
    dative_word,
    finite_verb,
    going_verb,
    intransitive_verb,
    leaving_verb,
    nominalised_verb_case,
    possessed_across,
    purpose_dative,
    standard_after,
    unnominalised,
    verb_object_case,
    verbal_noun_object_case,
    wish,
    without_clause_particles,
)
from ..kazakh_heads import CASE_BIT as KK_CASE_BIT
from ..kazakh_postpositions import COORDINATORS as KK_COORDINATORS
from ..kazakh_postpositions import any_postposition, postposition, postposition_of
from ..kazakh_words import (
    CLAUSE_TAIL,
    QUANTIFIERS,
    ablative_word,
    accusative_word,
    any_verbal_noun,
    embedded_verb,
    finite_passive,
    genitive_word,
    instrumental_word,
    nominalised_verb,
    oblique_noun_case,
    participle,
    passive_verb,
    passive_verbal_noun,
    plain_adjective,
    possessed_compound,
    possessed_verbal_noun,
    possessive_shape,
    vowel_stem_passive,
)
from ..matcher import fold
from .english import (
    EN_ARTICLES,
    EN_ITSELF_NOUN,
    EN_PASSIVE_AFTER,
    EN_PASSIVE_BEFORE_TO,
    EN_RECIPIENT_FIRST,
    EN_SAYING_VERB,
    POSSESSIVE,
)
from .kazakh_nouns import KazakhNounRules
from .kazakh_places import bare_quoted
from .state import CLOSE, KK_CASES, OPEN

#: The present-future with a personal ending (шақырамын "I shall call", береміз, айтасыз)
_PERSONAL_PRESENT = re.compile(r".{3,}(?:а|е|й)(?:мын|мін|мыз|міз|сың|сің|сыз|сіз)")

#: The test of a word in each case a clause's verb may want of its object
_CASE_WORD = {"acc": accusative_word, "abl": ablative_word, "ins": instrumental_word, "dat": dative_word}


#: The generic noun of the named company or party itself after an English name, then nothing it modifies ("bought the
#: PetroKazakhstan company."): the Kazakh renders it with the name («ПетроҚазақстан» компаниясын), no noun it modifies
_EN_ITSELF_AFTER = re.compile(rf"(?i)\s+{EN_ITSELF_NOUN}\b(?=\s*(?:[.,;:!?)]|$|\s+(?:in|on|at|for|to|from|with|and"
                              r"|which|that|who|was|were|is|had|has|by)\b))")


#: Quantifiers, some shaped like a converb in -п (көп, "many"), which are no verb form
_KK_MANY = QUANTIFIERS | {"көп", "аз"}


#: The reflexive pronoun in the nominative («өзі», «өздері»), which stresses a subject
_KK_OWN_SELF = frozenset(("өзі", "өздері", "өзім", "өзіміз", "өзің", "өзіңіз", "өздерің", "өздеріңіз"))


#: A verbal noun in -у/-ю with a case ending, no possessive (табуды, қорғауға): a verb's, not a noun's
_CASED_VERBAL_NOUN = re.compile(r".{2,}[уүю](?:ды|ді|ға|ге|да|де|дан|ден)")


#: Words that cite what stands right before them («Жаңаөзен деген атау», "the name Zhanaozen"; «… деп атады»)
_KK_CITING = frozenset("деп деген дейтін делінген".split())
#: English verbs of using something as a means ("used Facebook to publicise"), which Kazakh may say where or by what
_EN_USING = re.compile(r"(?i)us(?:e|es|ed|ing)|employ(?:s|ed|ing)?|exploit(?:s|ed|ing)?")
#: Words of need before the clause's copula («Тоқаевқа ҰҚШҰ қажет болды», "Tokayev needed the CSTO"): the bare
#: name is what is needed, their subject — the one who needs it a dative — and бол- no verb with an object
_KK_NEED = frozenset("керек қажет".split())
#: "to" and a verb right after a name ("expect the KNB to regain"): the name is that verb's subject
_EN_SUBJECT_OF_INFINITIVE = re.compile(rf"\s+to\s+(?!(?:{EN_ARTICLES}|this|that)\b)[a-z]+\b")


class KazakhObjectRules(KazakhNounRules):
    """The case of a name the English makes a verb's object."""

    def kazakh_clause_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "Paul Murphy sharply criticised Tokayev for …": the name is the verb's direct
        object. Kazakh puts the verb at the clause's end and a definite object — a name — in the
        accusative wherever it stands («Тоқаевты … қатаң сынады»), or in the case the verb
        governs («Тоқаевтан қорықты», "feared Tokayev"). A name in another case in a clause
        that ends with such a verb is wrong — unless something else takes the object's place
        (another accusative between), the name possesses what follows («Тоқаевтың бұйрығын
        сынады») or a postposition follows it."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or not cases or (hit.end < self.n and self.toks.gap(hit.end) == "-"):
            return      # («АҚШ-ды»: an ending after a hyphen is the name's, a form the form checks judge)
        # a quoted title left undeclined may stand in apposition to a noun that carries the case; right
        # before a form of the verb, with no noun to carry it, it is a bare object («CNPC «ПетроҚазақстан»
        # сатып алды»)
        quoted = bare_quoted(entry, cases)
        if quoted and (hit.end >= self.n or not self.toks.words[hit.end].islower()):
            return
        verb_en = self.english_object(entry.ref)
        infinitive = verb_en is None
        _, after_en = self.source_around(entry.ref)
        if infinitive:
            # "decided to dismiss Nazarbayev": the object of an English infinitive, which Kazakh says with
            # a verbal noun («Назарбаевты … босату туралы шешімі») or a finite verb
            verb_en = self.infinitive_verb(entry.ref)
        if verb_en is None and cases == KK_NOM and self._patient_of_agent_made_subject(hit, entry, after_en):
            return
        # (only a name that opens its clause: "Those who demanded a return to the 1993 Constitution were
        # branded extremists" makes "those" the passive's subject)
        passive = EN_PASSIVE_AFTER.match(after_en) if verb_en is None and not cases & (KK_NOM | KK_GEN) \
            and subject_position(self.source_before(entry.ref)) else None
        if passive is not None:
            # "The Security Council is now chaired by Tokayev": the subject of an English passive is the
            # object of the Kazakh active verb at its clause's end («Қауіпсіздік кеңесін … Тоқаев басқарады»);
            # a Kazakh passive there makes it a subject, a nominative, which is not reported
            verb_en, infinitive = passive.group().split()[-1], False
        if verb_en is None:
            return
        if cases & (KK_LOC | KK_INS) and _EN_USING.fullmatch(verb_en) and _EN_SUBJECT_OF_INFINITIVE.match(after_en):
            return          # "used Facebook to publicise the strikes": the means, «Facebook-та таратты», «… арқылы»
        reflexive = reflexive_after(after_en)
        if reflexive and cases & KK_GEN and hit.end < self.n and self.toks.folded[hit.end].startswith("өз"):
            return          # "spread to Almaty itself": «Алматының өзіне», the reflexive the name's own, in its case
        # (not a bare name whose Kazakh form ends in its own possessed head, «Қазақстан елшілігі», "the Embassy of
        # Kazakhstan", before "all afternoon": such a name modifies a noun only as a genitive, so it is the object)
        headed = cases == KK_NOM and not quoted and hit.end - hit.start > 1 and self.toks.words[hit.end - 1].islower() \
            and possessive_shape(self.toks.folded[hit.end - 1])
        if after_en.startswith(POSSESSIVE) or (passive is None and content_word_after(after_en) and not adverb_after(
                after_en) and not _EN_ITSELF_AFTER.match(after_en) and not reflexive and not headed):
            # "criticised Tokayev's order", "backed Tengizchevroil workers" (an adverb is no noun: "knew Tuletaeva
            # personally")
            return
        if cases == KK_DAT and EN_RECIPIENT_FIRST.search(self.source_before(entry.ref)):
            return      # "told Abdrakhmanov that …": the one told, a dative; the reported clause's verb is not his
        if cases & KK_NOM and (cases == KK_NOM or quoted) and self._bare_before_verb_form(hit, infinitive, quoted):
            self.wrong_case(hit, entry, "acc", f"(nom) right before {self.toks.words[hit.end]!r}, a form of the verb "
                            f"the source makes it the object of (\"{verb_en}\"): a definite object is never bare")
            return
        if quoted:
            return
        if cases & KK_NOM and hit.end < self.n and self.toks.folded[hit.end] in KK_COORDINATORS:
            return          # «Chevron мен ExxonMobil-ді кінәлайды»: a list's case on its last name only
        if cases & KK_NOM and hit.end < self.n and self.toks.folded[hit.end] in _KK_CITING:
            return          # «Жаңаөзен деген атауды … айтуды үйреніпті», "learned to say Zhanaozen": the word cited
        # («… қорықты деседі»: the verb before the hearsay word; «… шақырды ма?», «… айыптаған жоқ»)
        words = without_clause_particles(self._clause_after(hit))
        words = self._past_verbless_comma(hit, words)
        if len(words) > 1 and words[0].islower() and (participle(fold(words[0])) or converb(words[0])) \
                and verb_object_case(words[0]) in cases_of("kk", cases):
            return      # "Trusting Moscow, Tokayev called …": «Мәскеуге сенген Тоқаев …», the object of the participle
                        # or converb right after it, in the case that verb takes, not of the clause's verb
        if passive is not None and any(word.islower() and passive_verb(fold(unnominalised(word)))
                                       for word in words[:-1]):
            return          # «… партиясына тыйым салынғанын ұмытпаңыз» ("remember that … was banned"): the Kazakh
                            # keeps the passive inside the clause, and the name is that passive's
        # (unless another dative stands between to be the compound's: «Тони Блэрге Назарбаевқа кеңес бергені үшін
        # сынға алды», the advice was Nazarbayev's)
        # (not a compound in a reported clause that деп closes, where the English makes the name the object of the
        # sentence's own verb: "accuses Tokayev of lying", «Тоқаевты … өтірік айтты деп айыптайды»)
        reported = verb_en is not None and EN_SAYING_VERB.fullmatch(verb_en) is not None
        if cases & KK_DAT and any(dative_compound(noun, verb) and not any(dative_word(fold(w)) for w in words[:k])
                                  and not (reported and any(fold(w) == "деп" for w in words[k + 2:]))
                                  for k, (noun, verb) in enumerate(pairwise(words))):
            return          # «Путинге алғыс айтуды ұмытпады», "thanked Putin warmly": the compound's dative
        # ("decision to dismiss Nazarbayev", a verb that acts on someone after "to": an infinitive too, when
        # the Kazakh says it with a verbal noun, «Назарбаевты қызметтен босату туралы шешімі»)
        after_to_verb = not infinitive and re.search(rf"\bto\s+{re.escape(verb_en)}\s+(?:the\s+)?$",
                                                     self.source_before(entry.ref)) is not None
        if infinitive or after_to_verb:
            # (a bare verbal noun is often a noun, «тергеу жүргізу» "carry out an investigation": only one with
            # a case or the possessive, or before a postposition, «босату туралы», "about dismissing")
            at = next((k for k, word in enumerate(words) if word.islower() and verbal_noun_object_case(word)
                       and (not fold(word).endswith(("у", "ү")) or (k + 1 < len(words) and any_postposition(
                           words[k + 1])))), None)
            # (or "wants to help Zhanaozen" said with the desiderative, «Жаңаөзенге көмектескісі келеді»: a finite
            # verb whose desire's verb governs)
            wished = next((k for k in range(len(words) - 1) if words[k].islower() and wish(words[k], words[k + 1])),
                          None) if at is None and infinitive else None
            if wished is not None:
                words, infinitive = words[:wished + 2], False
            elif at is not None or infinitive:
                words, infinitive = (words[:at + 1] if at is not None else []), True
        if not words or not words[-1].islower():
            return
        # (a reported clause in a participle made a noun closes first: «сот Роза Төлетаеваны … соттағанын еске
        # алды», "recalled that the court had sentenced Roza Tuletaeva": its verb is the name's)
        # (one whose verb these tables do not know too, in the accusative before the clause's verb: «Тоқаевтың Путинге
        # … алғыс айтқанын … атап өтті», "noted that Tokayev thanked Putin" — the reported verb is the name's, not
        # the noting; not «… ашылуымен құттықтады», congratulating *on* it)
        reported_at = None if infinitive else next(
            (k for k, word in enumerate(words) if word.islower()
             and (nominalised_verb_case(word) or (k + 1 < len(words) and nominalised_verb(fold(word))
                                                  and fold(word).endswith(("ын", "ін"))))
             # (not one a postposition makes an adverbial, «… қолдағаны үшін сынады», "criticised for backing")
             and not (k + 1 < len(words) and any_postposition(words[k + 1]))
             # (nor the standard of a comparison, an ablative before a comparative: «мойындағанынан да қаттырақ
             # қорқады», "fear more than they admit")
             and not (fold(word).endswith(("нан", "нен"))
                      and any(w.islower() and standard_after(fold(w)) for w in words[k + 1:k + 3]))),
            None)
        if reported_at is not None and cases == KK_GEN and _EN_SUBJECT_OF_INFINITIVE.match(after_en) \
                and not any(genitive_word(fold(word)) for word in words[:reported_at]):
            return      # "wanted Moscow to help": the English object is the infinitive's subject, which Kazakh makes
                        # the genitive subject of the verb made a noun («Мәскеудің көмектескенін қалады»)
        if reported_at is not None:
            words = words[:reported_at + 1]
        elif not infinitive and self._reported_by_dep(words, verb_en, entry.ref, after_en):
            return
        case = verbal_noun_object_case(words[-1]) if infinitive else \
            clause_verb_case(words[-1], words[-2] if len(words) > 1 else "") or nominalised_verb_case(words[-1])
        compound = len(words) > 1 and dative_compound(words[-2], words[-1])
        # (a noun in the dative before алу is a compound of taking into something, whose object is an accusative:
        # жауапқа алды "questioned", бақылауға алды "took control of", назарға алды "noted")
        taking = len(words) > 1 and words[-2].islower() and dative_word(fold(words[-2])) \
            and fold(words[-1]).startswith("ал") and not compound
        if case is None and cases == KK_NOM and not infinitive \
                and self._bare_object_of_active_verb(hit, words, 2 if compound or taking else 3):
            # a verb these tables do not know: whatever case it governs, a definite object is never bare
            # («Тоқаев Назарбаев Қауіпсіздік кеңесінен ығыстырып шығарды», "pushed Nazarbayev out of"); the
            # accusative is what most verbs take, and what the fix offers — the dative where the verb is a
            # compound whose object is one («Дағдарыс Орталық Азия ықпал етті», "affected Central Asia")
            case = "dat" if compound else "acc"
        if case is None:
            return
        if case == "abl" and len(words) > 1 and not clause_verb_case(words[-1]) \
                and any(embedded_verb(fold(word)) for word in words[:-2]):
            return      # «Назарбаевқа кеңес берген Тони Блэр … бас тартты»: the participle between is the
                        # name's verb ("who advised Nazarbayev"), not the compound the clause ends with
        wanted = KK_CASE_BIT[case]
        # (a genitive possesses the noun after it — unless that noun is in the dative or ablative and the
        # clause has no accusative: «Мәсімовтің қызметінен босатты», "dismissed Massimov from his post",
        # the verb still wants its object)
        # (only a genitive or a bare name possesses: «Тоқаевқа тәуелсіздік мерейтойымен құттықтады», a dative,
        # owns nothing; and a bare name before such a noun leaves the verb without its object too, «Кәрім
        # Мәсімов қызметінен босатты»)
        owned = possessed_across(words[:-1], adjacent=True)
        if owned is not None and not cases & (KK_GEN | KK_NOM) and (oblique_noun_case(fold(words[owned])) is not None
                                                            or genitive_word(fold(words[owned]))):
            # (one in the accusative is the verb's object, whoever owns it: «… орнын босатты»; a genitive owns what
            # follows it, «Қазақстанға тәуелсіздігінің 30 жылдығымен құттықтады»: not the name's)
            owned = None
        if owned is not None and cases == KK_NOM and fold(words[owned]) in _KK_OWN_SELF:
            owned = None    # «Ақсақалдар кеңесі өздері құрды»: the reflexive is the subject's ("themselves"), no noun
                            # a bare name owns
        if owned is not None and cases in (KK_GEN, KK_NOM) and case == "acc" \
                and oblique_noun_case(fold(words[owned])) in ("dat", "abl") \
                and not any(accusative_word(fold(word)) for word in words[:-1]):
            owned = None
        if cases & wanted or postposition(words[0]) is not None or owned is not None \
                or postposition_of(words[0], words[1] if len(words) > 1 else "", cases):
            # («Құрмановқа қарсы сөйлегендерді», those who spoke against him)
            return
        taken = _CASE_WORD[case]
        # (the object of a verb of two words after it, a noun in the dative and a participle or verbal noun, is
        # that verb's: «тәртіпті қалпына келтіргені үшін құттықтады», «Мәсімовті қамауға алғаны үшін»)
        # (nor an object with a verbal noun or participle a few words after it, before the clause's verb:
        # «Пол Мерфиге жағдайды өз көзімен көруі үшін … шақырды», the situation is what he is to see)
        # (nor one inside a reported clause that деп closes before the verb: «Ресейге … режимді қорғады деп
        # айыптады», the regime is what the reported verb acts on)
        # (the objects up to *settled* are none that frees the name)
        settled = max((k for k, word in enumerate(words[:-1]) if fold(word) == "деп"), default=-1)
        # (nor the last member of a list the name opens: «Facebook-қа және басқа желілерді бұғаттады», "blocked
        # Facebook and other networks" — the list's members share the verb's case, which the name lacks)
        if not cases & (KK_NOM | KK_GEN) and words and fold(words[0]) in KK_COORDINATORS:
            settled = max(settled, next((k for k, word in enumerate(words[:4]) if taken(fold(word))), -1))
        # (nor a postposition's complement, nor the standard of a comparison: «Ресейге өз элитасынан гөрі аз
        # қорықты», "feared Russia less than his own elite" — the ablative is гөрі's, not the verb's object)
        # (nor a paired word, two halves with one ending joined by a hyphen: «үзілді-кесілді», "firmly", an adverb)
        paired = {j for k in range(len(words) - 1) if hit.end + k + 1 < self.n
                  and self.toks.words[hit.end + k:hit.end + k + 2] == words[k:k + 2]
                  and self.toks.gap(hit.end + k + 1) == "-" and fold(words[k])[-2:] == fold(words[k + 1])[-2:]
                  for j in (k, k + 1)}
        if any(taken(fold(word)) and not embedded_verb(fold(word)) and not plain_adjective(fold(word))
               and k not in paired
               and fold(following) != "деп" and k > settled and not any_postposition(following)
               and not (case == "abl" and any(w.islower() and standard_after(fold(w)) for w in words[k + 1:k + 3]))
               and not any(embedded_verb(fold(later)) for later in words[k + 1:min(k + 4, len(words) - 1)])
               for k, (word, following) in enumerate(pairwise(words))):
            # another object between: the name is something else (a recipient, a place); (not what stands
            # before деп, "as": «… ар-ождан тұтқыны деп таныды», recognised as a prisoner of conscience)
            return
        # (an object of a participle or verbal noun in between is that verb's: «интервенцияны қолдағаны үшін»)
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) in a clause whose verb "
                        f"{words[-1]!r} takes its object in the {case}: the source makes it the object of "
                        f"\"{verb_en}\"")

    def kazakh_subject_of_dative_passive(self, hit: Hit, entry: FormEntry) -> None:
        """English "The Socialist Movement has been banned since 2012": the subject of an English passive, which
        Kazakh says with the passive of a compound whose object is a dative (тыйым салынды, рұқсат берілмеді) — a
        passive that keeps that dative: no subject for a bare name to be, nor an object for an accusative («…
        қозғалысы 2012 жылдан бері тыйым салынған» → қозғалысына), past words of time or manner between. Not where
        another dative stands between to be the compound's."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_NOM, KK_ACC, KK_ABL) or entry.surface[:1] in OPEN:
            return
        _, after_en = self.source_around(entry.ref)
        words = self._clause_after(hit)
        # ("was not allowed to register", «… тіркелуге рұқсат берілмеді»: the English verb after "to" made the
        # Kazakh verbal noun in the dative, what the permission is for — the passive's subject stays its dative)
        if not EN_PASSIVE_AFTER.match(after_en) and not (EN_PASSIVE_BEFORE_TO.match(after_en) and len(words) > 2
                                                         and purpose_dative(fold(words[-3]))):
            return
        if len(words) < 3 or not words[-1].islower() or not passive_verb(fold(words[-1])) \
                or not dative_compound(words[-2], words[-1]):
            return
        between = words[:-2]
        # (a verbal noun in the dative between is what the permission or the ban is for, not its object: «…
        # қозғалысына тіркелуге рұқсат берілмеді», "was not allowed to register")
        if any(not (word.islower() or word.isdigit()) or (dative_word(fold(word)) and not purpose_dative(fold(word)))
               for word in between) \
                or another_verb_form([word for word in between if not any_postposition(word)
                                      and fold(word) not in _KK_MANY and not purpose_dative(fold(word))]):
            return      # (a postposition or quantifier shaped like a converb is none: «көп жылдан бері», for years)
        compound = f"{words[-2]} {words[-1]}"
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) in a clause whose verb {compound!r} is the "
                        "passive of a compound whose object is a dative: the subject of the source's passive stays "
                        "that dative")

    def _reported_by_dep(self, words: list[str], verb_en: str, ref: int, after_en: str) -> bool:
        """«ҰҚШҰ сарбаздары Жаңаөзенге мүлде жетпеді деп сендіреді» ("insist that CSTO soldiers never
        reached Zhanaozen"): a verb form before деп closes a reported clause, and where the English verb
        the name is the object of stands in a clause of its own ("that …", "to …"), the name is that
        reported clause's — not the object of the verb that ends the sentence (сендіреді, "insist").
        Not "accused NATO of organising": there the name is the saying verb's own object. But "do not expect
        the KNB to regain …" («… қайта алады деп күтпейміз»): a name the English puts before "to" and a verb is
        that verb's subject, which the reported clause makes its own."""
        said = next((k for k, word in enumerate(words[:-1]) if fold(word) == "деп"), None)
        if said is None or said == 0 or not words[said - 1].islower() \
                or not (finite_verb(fold(words[said - 1])) or another_verb_form([words[said - 1]])
                        or _PERSONAL_PRESENT.fullmatch(fold(words[said - 1]))):
            return False
        return self.english_verb_embedded(ref, verb_en) or _EN_SUBJECT_OF_INFINITIVE.match(after_en) is not None

    def kazakh_accusative_before_intransitive(self, hit: Hit, entry: FormEntry) -> bool:
        """«Кеңес Одағын ыдыраған кезде» ("when the Soviet Union collapsed"): a name only in the accusative right
        before a form of a verb that takes no object (ыдырау, құлау, орналасу) is that verb's subject — bare before a
        finite verb or a participle, in the genitive before a verbal noun with the possessive («Кеңес Одағының
        ыдырауы»)."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_ACC or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) or not self.toks.words[hit.end].islower():
            return False
        verb = self.toks.folded[hit.end]
        if not intransitive_verb(verb) or (any_verbal_noun(verb) and not possessed_verbal_noun(verb)):
            # (a verbal noun with no possessive has no subject: «Башар Асадты құлаудан сақтап қалған», "saved Assad
            # from falling", the name the object of the verb after it)
            return False
        case = "gen" if possessed_verbal_noun(verb) else "nom"
        self.wrong_case(hit, entry, case, f"(acc) right before {self.toks.words[hit.end]!r}, a verb that takes no "
                        f"object: the name is its subject, {'a genitive' if case == 'gen' else 'bare'}")
        return True

    def _past_verbless_comma(self, hit: Hit, words: list[str]) -> list[str]:
        """The words of the name's clause, on past a comma that only closes a phrase of circumstance
        with no verb in it: «Қытай Тоқаевқа 7 қаңтарда, Мәскеуден бірнеше күн кейін қолдады» ("China
        backed Tokayev on 7 January, a few days after Moscow") — the verb that governs the name is
        the one after the comma. A comma right after the name (a list), or words before it that hold
        any verb form, a name or a quote, still end the clause."""
        end = self._clause_end(hit.end)
        if not words or end >= self.n or self.toks.gap(end).strip(" \u00a0") != "," \
                or any(word[:1].isupper() or self._verb_like(fold(word)) for word in words) \
                or self.toks.folded[end - 1] in PAIR_PARTICLES:
            # («АҚШ империализміне де, Ресей империализміне де қарсы шығады»: a pair's "де … де" makes the
            # comma part of a list)
            return words
        later = without_clause_particles(self.toks.words[end:self._clause_end(end + 1)])
        return [*words, *later] if later else words

    @staticmethod
    def _verb_like(low: str) -> bool:
        """Is the folded *low* any form of a verb (a finite one, or :func:`another_verb_form`'s), or a word that ends
        a clause after its verb?"""
        return another_verb_form([low]) or finite_verb(low) or embedded_verb(low) \
            or clause_verb_case(low) is not None or low in CLAUSE_TAIL

    def _patient_of_agent_made_subject(self, hit: Hit, entry: FormEntry, after_en: str) -> bool:
        """English "Kairat Abdrakhmanov was received by Boris Johnson", "The KNB was headed by Massimov": a
        Kazakh that turns the passive round makes the agent the subject, bare, and the verb active — then the
        passive's subject is that verb's object, in the accusative («Қайрат Әбдірахмановты … Борис Джонсон
        қабылдады»). A bare name there, with the agent's name bare after it in its clause and an active verb
        that takes an accusative at the clause's end, is an object left bare. True if reported."""
        passive = EN_PASSIVE_AFTER.match(after_en)
        if passive is None or not subject_position(self.source_before(entry.ref)):
            return False
        end = self._clause_end(hit.end)
        agent = next((other for other, other_entry in self.pending
                      if hit.end <= other.start and other.end < end and other_entry.ref != entry.ref
                      and other_entry.cases & KK_CASES & KK_NOM and PASSIVE_BY.search(
                          self.source_before(other_entry.ref))), None)
        words = without_clause_particles(self._clause_after(hit))
        if agent is None or not words or not words[-1].islower() or self.covered[end - 1] \
                or clause_verb_case(words[-1]) != "acc" or not self._bare_object_of_active_verb(hit, words):
            return False
        by = " ".join(self.toks.words[agent.start:agent.end])
        self.wrong_case(hit, entry, "acc", f"(nom) in a clause whose verb {words[-1]!r} is active, its subject {by!r} "
                        "the source's \"by\": the source's passive subject is that verb's object, an accusative")
        return True

    def _bare_before_verb_form(self, hit: Hit, infinitive: bool, quoted: bool = False) -> bool:
        """«Қашаған кен орны игеретін компаниялар» ("the companies that operate the Kashagan field"), «Айнұр
        Құрманов шақыруды» ("to invite Ainur Kurmanov"): right before a participle, converb or verbal noun of a
        verb the tables know to take an accusative (or a compound verb of a possessed dative, қалпына келтіру),
        with nothing between — that verb form's object, left bare. For an English infinitive's object, any
        verb's verbal noun with a case («Қызылорда облысы табуды», "to find Kyzylorda Region"), one these
        tables do not know too. (A *quoted* name's closing quote may stand between.)"""
        if hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0" + (CLOSE if quoted else "")) \
                or not self.toks.words[hit.end].islower():
            return False
        word, low = self.toks.words[hit.end], self.toks.folded[hit.end]
        following = self.toks.words[hit.end + 1] if hit.end + 1 < self.n else ""
        if infinitive and _CASED_VERBAL_NOUN.fullmatch(low) and verbal_noun_object_case(word) is None \
                and not passive_verbal_noun(low):
            return True         # (a verbal noun in -уды is no finite verb in -ды)
        if finite_verb(low):
            return False        # (a finite verb right after a bare name: its subject, asked by the clause's rules)
        # (not a compound in the passive, whose subject the bare name is: «Роза Төлетаева еске алынады»)
        after = fold(following)
        passive = passive_verb(after) or finite_passive(after) or vowel_stem_passive(after)
        if possessed_compound(low, following):
            return not passive      # (the compound decides, not its noun read as a verbal noun: «қамауға алынды»)
        if converb(low) and clause_verb_case(following, word) == "acc":
            return True         # «… сатып алды», "bought": a compound verb of a converb and a finite verb
        return clause_verb_case(word) == "acc" or verbal_noun_object_case(word) == "acc"

    def _bare_object_of_active_verb(self, hit: Hit, words: list[str], shortest: int = 3) -> bool:
        """Whether a bare name the English makes a verb's object stands in a Kazakh clause that ends with
        an active finite verb and nothing else claims it: not a passive or reflexive (whose subject it is), not a word
        joined to it by a hyphen or an unknown capitalised word (an ending or a name this match is only
        the start of: «АҚШ-ке», «Айнұр Құрмановмен»), not the particle «да» ("so did the Platform":
        «… платформа да жазды», a subject), and no citing word (деп, деген) whose reported clause has
        its own verb."""
        verb = fold(words[-1])
        # (nor a verb of going somewhere oneself, which takes no object: «ТМД құрамына кірді», "joined the CIS")
        return finite_verb(verb, shortest) and not finite_passive(verb) and not vowel_stem_passive(verb) \
            and not going_verb(words[-1]) and not leaving_verb(words[-1]) \
            and not self.toks.gap(hit.end).strip(" \u00a0" + OPEN) \
            and (words[0].islower() or self.covered[hit.end]) and fold(words[0]) not in PAIR_PARTICLES \
            and not any(fold(word) in _KK_CITING for word in words) \
            and not (len(words) > 1 and fold(words[-2]) in _KK_NEED)
