"""Target checks: is every name of the source rendered in the translation, in the glossary's
form, in whatever grammatical case the sentence needs?

One translated segment in language L, given the referents the source names (*wanted*):

1. one scan of the translation with L's form index (every surface of every valid, wrong and
   other-language form of every referent; letter case checked per candidate). A valid form
   of a wanted referent renders it — and is then checked in its context (Russian: the case a
   preposition before it governs, a quoted name declined after a generic word; Kazakh: a
   hyphen after a quoted word). A wrong form is an error (``target-wrong-form``, or
   ``target-other-language-form`` for the other language's form) with the right form in the
   same case. A name the source does not mention is never compared by similarity: only an
   exact, capitalised wrong form of it is reported;
2. the other language's index over what is left (Russian Токаева inside Kazakh text);
3. Russian: the words of a multiword name in cases that do not agree («В Европейский союзе»,
   «Розой Тулетаевым»);
4. a capitalised word glued to a wanted referent's stem with an ending its paradigm does not
   make, and that is no correct form of that word either (Тоқаевтің, Жаңаөзенда, Путином)
   → ``target-wrong-inflection``;
5. presence: a wanted referent's form inside a longer name, with a small first letter, or as
   the name's relational adjective (казахстанской, қазақстандық) renders it too;
6. a wanted referent still missing: a capitalised word a letter or two away from its forms
   → ``target-misspelt-name`` (Kazakh letters in a Russian name: other-language form);
7. still missing → ``target-missing-name`` (warning: a pronoun is legitimate), or
   ``target-no-glossary-form`` (info) when the glossary has no form in L. Terms (type
   ``term``: adjectives, demonyms, currents) are never missing.

Every finding whose ``suggestion`` is set can be fixed by replacing ``offending`` with it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from workbench.inflection.kazakh import kazakh_hyphen_after_quote
from workbench.text.months import RU_MONTHS

from ..findings import CHECKS, Finding
from .english_context import (
    IRREGULAR_OBJECT_PASTS,
    PASSIVE_BY,
    authored_by,
    content_word_after,
    doer_role,
    message_from,
    noun_next,
    past_participle,
    right_before,
    second_object_next,
    subject_verb,
    word_in_small_letters_after,
)
from .forms import (
    CASES,
    DECLINED_QUOTE,
    EXTRA,
    FOREIGN,
    HYPHEN_QUOTE,
    RU_PLURAL,
    WRONG,
    FormEntry,
    FormIndex,
    Hit,
    cases_of,
)
from .kazakh_context import ABL as KK_ABL
from .kazakh_context import ACC as KK_ACC
from .kazakh_context import (
    BARE_CASE,
    CLAUSE_TAIL,
    POSSESSIVE_CASE,
    UNVOICED,
    ablative_compound,
    ablative_in_clause,
    ablative_source_clause,
    ablative_word,
    abstract_noun,
    accusative_verb,
    accusative_word,
    adjective_shaped,
    adverb_like_case,
    adverb_postposition,
    any_postposition,
    any_verbal_noun,
    asking_verb,
    bare_possessed_verbal_noun,
    beginning_verb,
    case_by_ending,
    clause_verb_case,
    converb,
    dative_compound,
    dative_in_clause,
    embedded_verb,
    ends_in_case,
    finite_passive,
    finite_verb_case,
    gathering_verb,
    genitive_word,
    genitiveless_postposition,
    giving_verb,
    giving_verb_any_voice,
    happening_verb,
    harmonised_head,
    head_in_case,
    il_passive,
    may_own,
    moving_verb,
    nominal_copula,
    nominal_participle_genitive,
    nominalised_moving_verb,
    nominalised_verb,
    oblique_noun_case,
    participle,
    partner_clause,
    partner_noun,
    passive_verb,
    place_adjective,
    place_head,
    possessed_across,
    possessed_compound,
    possessed_noun,
    possessed_object,
    possessed_verbal_noun,
    possessive_shape,
    possessive_tail_for,
    postposition,
    publishing_verb,
    quoted_head,
    round_verb,
    something_to_own,
    source_participle,
    source_postposition,
    verb_object_case,
    vowel_restored_stem,
    wants_person_genitive,
)
from .kazakh_context import DAT as KK_DAT
from .kazakh_context import GEN as KK_GEN
from .kazakh_context import INS as KK_INS
from .kazakh_context import LOC as KK_LOC
from .kazakh_context import NOM as KK_NOM
from .lexicon import TARGET_LANGUAGES, Lexicon
from .matcher import KAZAKH_ONLY, Tokens, fold, is_acronym, token_case_ok, tokens_of
from .russian_context import (
    ACC,
    COMPOUND_ENDS,
    COMPOUND_LENGTH,
    DAT,
    GEN,
    INS,
    LOC,
    NOM,
    PREPOSITIONS,
    adjective_cases,
    compound_governed,
    generic_plural,
    governed,
    person_dative,
    person_dative_if_recipient,
    place_words,
    verb_governed,
)
from .source import english_common
from .suffixes import RU_ADJ_ENDINGS, RU_ENDINGS, RU_NOUN_ENDINGS, harmony_fold, kazakh_signature
from .variants import cyrillic_skeleton

_OPEN = "«\"„“"
#: the English possessive right after a name ("Tokayev's")
_POSSESSIVE = ("'s", "\u2019s")
#: the case bits of a Kazakh form (the plural, possessive and attributive forms aside)
_KK_CASES = (1 << len(CASES["kk"])) - 1
#: Words a descriptive name may be said without (prepositions, conjunctions).
_FUNCTION_WORDS = frozenset("в во на о об с со и или по за для от до из к ко у при мен пен бен және мен "
                            "туралы үшін бойынша".split())
_CLOSE = "»\"“”"
_SINGULAR = (1 << 6) - 1
#: the English words right before a name: "in|at [the]", "of [the]"
_IN_PLACE = right_before("in|at|inside|within")
_EN_OPENING_PLACE = re.compile(r"\s*(?:In|At|Inside|Throughout|Across)\s+(?:the\s+)?$")
#: Russian adverbs that are prepositions where the English before the name says so: the English,
#: the case they take
_RU_ADVERB_PREPOSITIONS = {
    "накануне": (right_before(r"before|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to"), (GEN, "gen")),
}
#: "leave for", "set off for": where one goes
_LEAVING_FOR = r"(?:set\s+(?:off|out)|left|leave|leaves|leaving|headed|heading|departed|bound|flew|sailed)\s+for"
_EN_LEFT_FOR = right_before(_LEAVING_FOR)
#: "in" right before a name (not "at": "at the CSTO summit" …)
_EN_IN_BEFORE = right_before("in|within|inside")
#: A Russian adverb of manner in -о made from an adjective (высоко, резко, публично, открыто)
_RU_ADVERB = re.compile(r"[а-я]{3,}(?:ко|но|то|ло|ро|во|жо|шо|чно|льно)")
#: An English noun and "for" right before a name ("a spokesman for", "support for"), no verb ("voted for")
_EN_NOUN_FOR = re.compile(r"(?i)\b(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?[a-z]{3,}(?<!ed)(?<!ing)\s+for\s+"
                          r"(?:the\s+)?$")
#: English forms of "be", which a past participle after makes a passive ("was taken", "were held")
_EN_BE = frozenset("is are was were be been being".split())
#: A preposition, then a title in apposition before a person's name ("with the Prime Minister of the
#: United Kingdom, ")
_EN_TITLED_APPOSITION = re.compile(r"(?i)\b(with|to|from|by|for|against|about)\s+the\s+(?:[A-Za-z-]+\s+){0,3}"
                                   r"(?-i:[A-Z])[a-z-]+(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3})?,\s+$")
#: "the city of", "the town of" right before a place's name
_EN_KIND_OF_PLACE = re.compile(r"(?i)\s+the\s+(?:city|town|village|settlement|port|oil\s+town|mining\s+town)\s+of\s+$")
#: "into"/"onto" right before a name: the direction, Russian в/на + accusative
_INTO_BEFORE = right_before("into|onto")
_EN_ON_BEFORE = right_before("on")
_EN_IN_ON_BEFORE = right_before("in|on")
_OF_BEFORE = right_before(r"(?<!\bout\s)of")      # ("out of Zhanaozen" is "from": no owner)
#: A capitalised word (no sentence's first) right after a name: a longer name goes on ("Zhanaozen City Court")
_EN_NAME_GOES_ON = re.compile(r"[ \u00a0]+(?:[A-Z][a-z]+|[A-Z]{2,})\b")
#: "to <name>" giving or addressing something to someone ("a letter to Biden", "gave the floor to
#: Marko Bojcun"): not after the words it makes a preposition with ("according to", "next to")
_TO_BEFORE = re.compile(r"(?i)(?:^|\b([a-z]+)\s+)to\s+(?:the\s+)?$")
_OFFICES_TO = frozenset("ambassador ambassadors envoy envoys representative representatives consul delegate "
                        "delegates mission".split())
_TO_IN_PREPOSITIONS = frozenset("according due thanks next close prior owing compared similar addition regard "
                                "respect relation up as contrary opposed related "
                                # ("confined to Almaty": where it stayed, «тек Алматыда болды»)
                                "confined limited restricted".split())
_NOT_DIRECTION_TO = _TO_IN_PREPOSITIONS | _OFFICES_TO
#: Words after which a nominative name is no genitive complement: conjunctions, particles,
#: pronouns and the like (a noun cannot be told from them by its ending alone)
_NOT_HEADS = frozenset("и а но или либо да ни не же ли как чем что чтобы когда пока если хотя уже ещё еще "
                       "даже только лишь именно это этот эта эти тот та те то сам сама сами весь вся все всё "
                       "он она они мы вы я ты его её их ее также тоже затем потом теперь сейчас тогда здесь там "
                       "вот вон где куда откуда почему зачем кто нет да "
                       # (determiners in the nominative, never nouns, that qualify the name: «остальной
                       # Вестминстер», "the rest of Westminster")
                       "остальной остальная остальное целый целая целое нынешний нынешняя нынешнее бывший бывшая "
                       "бывшее сегодняшний сегодняшняя тогдашний тогдашняя другой другая иной иная "
                       # (the relative pronoun in every case: «поддержка, которую Москва оказывает»)
                       "который которая которые которое которого которой которому которым котором которую "
                       "которых которыми".split())
#: Verb forms (past, infinitive, present) and short participles end like this; nouns rarely do
#: (nouns of agent in -тели do: представители, жители, избиратели; and short nouns in -ены, -аны:
#: члены, цены, страны — a short participle is seven letters or more: введены, задержаны)
_VERB_LIKE = re.compile(r"(?<![иа]те)(?:л|ла|ли|ло|ть|ться|ет|ит|ут|ют|ат|ят|ется|ится|утся|ются|атся|ятся|"
                        r"ся|сь)$|^\w{4,}(?:ен|ена|ено|ены|ан|ана|ано|аны)$")
#: ... the third-person present endings among them, which masculine nouns share (визит, совет,
#: депутат, институт): after the English "of" the word before a name is a noun more likely than a verb
_RU_NOUN_LIKE_PRESENT = re.compile(r"\w{2,}[^аеиоуыэюя](?:ет|ит|ут|ат)$")
#: ... though feminine nouns end in -ть too (часть, власть, безопасность), nouns in -ль/-ля
#: have forms in -ли (отрасли, роли, недели; not прибыли, also "arrived") and those in -мя forms in
#: -ен (времён): never a verb
_NOUN_IN_T = re.compile(r"(?:\w+ость|\w*ласть|часть|сеть|треть|четверть|смерть|память|честь|весть|месть|совесть"
                        r"|повесть|степь|мать|\w*(?:отрасл|мысл|модел|недел|земл|рол|дол|цел|вол)и"
                        # neuter nouns in -ло (дело, число), never a past verb
                        r"|(?:дел|тел|числ|ремесл|русл|кресл|стекл|масл)[оа]"
                        # the nouns in -мя, whose forms end like short participles (со времён, имена)
                        r"|(?:врем|плем|знам|им|брем|плам)ен(?:а|ам|ами|ах|и|ем)?)$")


def _verb_like(low: str) -> bool:
    """Does the folded *low* end like a verb form (see :data:`_VERB_LIKE`), being no noun in -ть?"""
    return _VERB_LIKE.search(low) is not None and _NOUN_IN_T.match(low) is None


#: A Russian past verb in the masculine or feminine singular (направил, направила; not the neuter
#: -ло of impersonal verbs, nor a reflexive -лся, -лась)
_RU_PAST_SINGULAR = re.compile(r"\w{3,}(?:[аеиоуыяё]л|[аеиоуыяё]ла)")
#: A Russian active participle, singular (возглавлявший, возглавлявшего, руководящая): the ending
#: → (the cases it marks, the gender)
_RU_PARTICIPLE = re.compile(r"\w{3,}(?:вш|[уюая]щ)(ий|его|ему|им|ем|ая|ую)")
_PARTICIPLE_CASES = {"ий": (NOM, "m"), "его": (GEN | ACC, "m"), "ему": (DAT, "m"), "им": (INS, "m"),
                     "ем": (LOC, "m"), "ая": (NOM, "f"), "ую": (ACC, "f")}
#: An active participle in any gender, number and case (управлявшим, поддерживающих)
_RU_ACTIVE_PARTICIPLE = re.compile(r"\w{3,}(?:вш|[уюая]щ)(?:ий|его|ему|им|ем|ая|ую|ей|ие|их|ими|ее|ое)(?:ся|сь)?")
#: English that describes the person named right before it (", who had headed", ", having", ", -ing")
_EN_DESCRIBED = re.compile(r"\s*,\s*(?:who\b|having\b|[a-z]+ing\b)")


#: English verbs of arrival, motion and placement: their "in" is Russian в + accusative
#: ("arrived in Uralsk" → прибыли в Уральск, "invested billions in Kazakhstan" → вложила в Казахстан)
_ARRIVAL = re.compile(
    r"(?:arriv|land|return|came$|come|got$|get$|gets$|getting|flew|flown|fly|flies|deploy|mov|sent$|send"
    r"|brought|bring|invest|put$|puts$|putting|pour|inject|introduc|transfer|import|export|went$|go$|goes"
    r"|going|gone|travel|head$|heads$|headed|heading$|march|rush|fled|flee|drove|drive|driven|enter|ship"
    r"|deliver|airlift|dispatch|settl|placed|placing|suppl|sell|sold|deport|exil|evacuat|relocat)")
#: the endings of agent nouns made from verbs (drivers, investors; not actions, whose "in" is the
#: verb's: "the deployment of troops in Kazakhstan", «ввод войск в Казахстан»)
_EN_AGENT_NOUN = re.compile(r"(?:er|ers|or|ors)$")
# (not "took place", "in place")
#: Russian verbs of coming, going and moving someone somewhere (пришёл, приехал, вернулся, переехал,
#: поступил, устроился, отправили, перевели), past and present
_RU_MOTION = re.compile(r"(?:приш[её]?л|приход|приех|приезж|прибы|прибыв|вернул|вернув|возвращ|возврат|переех|"
                        r"переезж|поступ|"
                        r"устро|въех|вош[её]?л|поех|уех|отправ|перев[её]?л|перевод|перевез|"
                        # sending: «направит письмо в Нур-Султан»
                        r"направ|пересла|перешл|пересыл|достав)\w*$")
# (not пошёл, ушёл: «пошёл на вторую неделю», «ушёл в отставку» move nobody anywhere)
#: Russian verbs of entering, joining and including (входит, вступила, включили), whose в takes the accusative
_RU_ENTERING_STEMS = r"вход|вош|войд|вступ|включ|включа"
_RU_ENTERING = re.compile(rf"(?:{_RU_ENTERING_STEMS})\w*$")
#: Russian words that take в + the accusative of what one joins, enters, turns to, sends to, invests
#: in or believes in (вступить в, включён в, обратились в, направлено в, вложить в, верить в)
#: (the verbs of entering, :data:`_RU_ENTERING`, among them; those of coming and going are the clause's
#: motion test, :meth:`_Segment.russian_motion_in_clause`)
_RU_INTO_GOVERNING = re.compile(rf"(?:{_RU_ENTERING_STEMS}|войт|интегр|обрат|обращ|направ|посла|посыл|подал|подан"
                                r"|подать|прин|приём|прием|избра|избир|делегир|инвест|влож|вклад|вер[иуяо]|перешл"
                                r"|перейд|перех|превра|преобраз|вовле|втян|вмеш|вторж|запис|верну|прийт|приглас"
                                r"|внес|внёс|передал|передан|переда)")
#: Russian possessive pronouns before a name («и его Коммунистическая партия»)
_RU_POSSESSIVE_PRONOUNS = frozenset("его ее её их свой своя свое своё свои наш наша наше ваш ваша ваше".split())
#: Russian words whose на takes the accusative of a target, not a place: looking, hoping, acting,
#: answering, pressing, attacking (смотреть на, надежда на, влияние на, ответ на, давление на)
_RU_AT_TARGET = re.compile(r"(?:смотр|посмотр|гляд|взгляд|взглян|надея|надежд|влия|воздейств|реагир|реакци|давл|"
                           r"давит|надав|напад|ответ|жалов|ссыла|опира|рассчит|претенд|внимани|охот|покуш|ориентир)")
#: Nouns and verbs of going into a country right before "in", which Russian says with в + accusative
#: as well as the locative («интервенция в Казахстан», «вмешательство в Казахстан», «вторжение в Украину»)
_EN_INTERVENTION_IN = right_before(r"(?:interven\w*|interfer\w*|invasion|invad\w*|incursion)\s+in")
#: What may stand between an English verb and its object ("trusted either Tokayev or …", "thanked
#: not only Murphy")
_OBJECT_TAIL = r"\s+(?:(?:either|neither|both|not\s+only|only|also|even|just)\s+)?(?:the\s+)?$"
#: English verbs in the present that act on someone, whose object a name right after them is
_EN_PRESENT_OBJECT_VERBS = (r"(?:accuse|blame|condemn|criticise|criticize|praise|urge|warn|invite|congratulate|"
                            r"arrest|detain|sentence|defend|oppose|support|back|dismiss|appoint|replace|visit|call|label|"
                            r"brand|describe)"
                            r"(?:s|es)?(?![a-z])")
#: An English verb right before a name makes the name its object ("thanked Paul Murphy", "met
#: Tokayev"): a past form standing as a word of its own (not "Russian-led", "so-called") ...
_OBJECT_VERB = re.compile(r"(?:^|[\s,;(])([a-z]+ed|" + "|".join(sorted(set(IRREGULAR_OBJECT_PASTS))) +
                          r"|thanks|thank|call(?:ed|s)?\s+(?:on|upon)"      # ("called on Tokayev")
                          # the present of verbs that act on someone ("Critics accuse Tony Blair of …")
                          r"|" + _EN_PRESENT_OBJECT_VERBS +
                          # a gerund after "went on" ("went on advising Nazarbayev")
                          r"|(?<=went on\s)[a-z]{3,}ing|(?<=carried on\s)[a-z]{3,}ing"
                          r"|(?<=kept on\s)[a-z]{3,}ing"
                          # a verb after a modal or "not" ("could not trust Nazarbayev")
                          r"|(?:(?<=\b(?:can|not|did|may)\s)|(?<=\bwill\s)|(?<=\bnever\s))"
                          r"(?!(?:the|a|an|be|have|only|also|even|just)\b)"
                          r"[a-z]{3,}(?<!ing)(?<!ed)(?<!ly))"
                          + _OBJECT_TAIL)
#: ... or an infinitive ("to summon Tokayev"; not an adjective before a place: "to central Almaty"),
#: read for Russian only, where the infinitive governs its object as the verb does; Kazakh renders
#: it as a verbal noun of its own government («Қазақстанға көмектесу», "to help Kazakhstan")
_INFINITIVE_OBJECT = re.compile(r"(?:^|\s)to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|central|western|"
                                r"eastern|northern|southern|nearby|downtown|distant|remote|rural|independent|oil|be|"
                                r"have)\b)([a-z]{3,})(?<!ing)(?<!ern)(?<!ian)(?<!ese)(?<!ic)(?<!al)(?<!ed)(?<!ly)"
                                + _OBJECT_TAIL)
#: ... unless it says who speaks ("…, said Tokayev"), names or links ("called", "remained"), or
#: takes no object, so that a name after it is its subject, inverted ("Then resigned Mamin")
_NOT_OBJECT_VERBS = frozenset(
    "said added noted stated stressed declared announced explained insisted warned replied answered asked wrote "
    "claimed argued continued concluded recalled reported remarked observed commented emphasised emphasized "
    "underlined admitted confirmed acknowledged complained responded tweeted posted named called renamed "
    "dubbed titled remained seemed appeared proved followed based armed united allied "
    "died resigned emerged happened occurred existed participated intervened reacted retired collapsed "
    "survived included featured".split())      # (the members a whole "included" are often made its subject)
#: English generic nouns a company, party or outlet is named beside ("the company X", "the X company")
_EN_GENERIC = (r"(?:company|companies|firm|corporation|enterprise|plant|factory|refinery|mine|field|party|movement|"
               r"organi[sz]ation|union|newspaper|paper|channel|agency|bank|group|holding|concern|fund|operator|"
               r"outlet|website|site|magazine|station|consortium|venture|subsidiary|coalition|bloc|alliance|"
               r"front|network|campaign|committee|council|federation|league|association|journal|bulletin|"
               r"platform|initiative|faction)")
#: A title right before an English person's name ("the CPRF leader Gennady Zyuganov", "the Irish
#: MP Paul Murphy"): a word that is no article, preposition, conjunction or verb
_EN_TITLE_BEFORE = re.compile(r"(?:^|\s)(?!(?:the|a|an|and|or|but|of|by|to|with|from|for|in|on|at|as|than|that|"
                              r"who|whom|was|were|is|are|be|been|had|has|have|said|says|told|asked)\s)"
                              r"[A-Za-z-]+(?<!ed)\s+$")
#: Russian pronouns that are only nominatives: a verb's subject
_RU_SUBJECT_PRONOUNS = frozenset("кто я ты он она оно мы вы они".split())
#: Words that open a clause of their own (conjunctions, relative and interrogative words)
_RU_CLAUSE_OPENERS = frozenset("что чтобы как когда если где куда откуда пока хотя потому поскольку ибо "
                               "кого кому кем ком чего чему чем чей чья чьё чье чьи который которая которое "
                               "которые которого которой которому которым котором которую которых которыми "
                               "и а но или".split())
#: "afraid of", "proud of", "aware of": an adjective's "of", which names what the feeling or knowledge is
#: about, no owner
_EN_FEARING = r"afraid|scared|fearful|frightened|terrified|wary"
_EN_ADJECTIVE_OF = right_before(rf"(?:unafraid|{_EN_FEARING}|proud|aware|ashamed|fond|tired|sick|suspicious|"
                                r"jealous|envious|mindful|conscious|critical|supportive|guilty)\s+of")
#: "seen from Moscow", "viewed from": where one looks from («Мәскеуден қарағанда»)
_EN_SEEN_FROM = right_before(r"(?:seen|viewed|looked\s+at|looking|watched|observed)\s+from")
#: "afraid of the Council": what is feared, the object of бояться
_EN_AFRAID_OF = right_before(rf"(?:{_EN_FEARING})\s+of")
#: "than Assad", "as Putin": the English of a compared name
_EN_COMPARED = right_before("than|as")
_EN_GENERIC_BEFORE = re.compile(rf"(?i)\b{_EN_GENERIC}\s+$")
# singular: "the X company" (not "a KazMunayGas subsidiary", another company, the name's: «дочерней компании
# «КазМунайГаза»»)
_EN_GENERIC_AFTER = re.compile(rf"(?i)^\s+(?!companies\b|subsidiar){_EN_GENERIC}(?![a-z])")
#: words that join the last name of a list to the others
_LIST_CONJUNCTIONS = frozenset("и или және мен немесе".split())
#: words that join a name to another one sharing its verb («Токаев и Путин обсудили»)
_COORDINATORS = frozenset("и или либо да ни а также".split())
#: words between a fronted name and its verb that leave the verb's government as it is
_NEGATION = frozenset("не нигде никогда никак".split())
#: Russian past-tense verbs end like this (a nominative right after one is its subject or a wrong case)
#: English words before a name that Russian may say with с + genitive: "from", "since", "off", what
#: something starts or ends with ("It all began with Zhanaozen": «началось с Жанаозена»)
_EN_FROM_NEAR = re.compile(r"(?i)\b(?:from|since|off|out\s+of|(?:start|began|begin|begun)\w*(?:\s+\S+)?"
                           r"\s+(?:with|in|at)|(?:open|end)\w*(?:\s+\S+)?\s+with|left|leave|leaves|leaving|fled|flee|flees|fleeing|withdr[ae]w\w*|quit|"
                           r"escaped|expelled|ousted|evicted|evacuated|deported|exiled)\s+(?:\S+\s+){0,3}$")
# (leaving a place needs no "from" in English: "fled Ukraine" is «бежали с Украины»)
# (a beginning "in" or "at" a place too, which Russian may say as where it begins with: "the report began in
# Zhanaozen", «репортаж начинается с Жанаозена»)
_EN_FROM_RIGHT_BEFORE = right_before(r"from|since|(?:start|began|begin|begun)\w*\s+(?:with|in|at)")
#: Endings of a noun or adjective in the genitive plural (эмигрантов, рабочих, казахстанских)
_RU_GENITIVE_PLURAL = ("ов", "ев", "ей", "их", "ых")
#: Nouns that address someone, whose complement is a dative («памятник Назарбаеву», «помощь
#: Токаеву», «угроза режиму»), by the start of their forms
_ADDRESSING_NOUNS = ("памятник", "помощ", "поддержк", "письм", "послани", "обращени", "телеграмм", "угроз",
                     "призыв", "благодарност", "ответ", "подар", "приказ", "поручени", "довери", "сочувстви",
                     "соболезновани", "претензи", "ультиматум", "совет", "предложени", "наград", "упрёк", "упрек",
                     "вызов", "противодействи", "сопротивлени", "альтернатив", "замен", "верност", "предан",
                     "любов", "ненавист", "доступ", "поклон", "привет", "указани", "требовани", "уступк",
                     "санкци", "угрожа", "аплодисмент", "слав", "хвал", "честь", "дань", "посвящ", "врем",
                     "оппозици", "протест", "отпор", "звон")
#: ... of which these take the dative even for the English "'s" ("Nazarbayev's monument" is the
#: monument *to* him, «памятник Назарбаеву»)
_DEDICATED_NOUNS = ("памятник", "монумент", "мемориал", "бюст")
#: ... and of those the ones only ever put up *to* a person, never followed by a person's genitive (a
#: bust or a memorial may be of someone: «бюст Ленина»)
_MONUMENT_NOUNS = ("памятник", "монумент")
#: ... and those of them that are messages, which "of" makes the sender's ("the appeal of the RSM":
#: «обращение РСД»; not "the opponent of Putin", «оппозиция Путину»)
_MESSAGE_NOUNS = ("письм", "послани", "обращени", "телеграмм", "приказ", "поручени", "указани", "требовани",
                  "предложени", "ультиматум", "ответ")
#: Russian nouns of help, whose beneficiary is a dative («помощь Розе Тулетаевой»), and the English
#: "help for", "aid to" before a name
_RU_HELP_NOUNS = ("помощ", "содейств")
_EN_HELP_FOR = re.compile(r"(?i)\b(?:help|aid|assistance)\s+(?:for|to)\s+(?:the\s+)?$")
#: The forms of the emphatic сам ("himself") and the cases of the name they agree with
_RU_EMPHATIC = {"сам": NOM, "сама": NOM, "само": NOM | ACC, "самого": GEN | ACC, "самому": DAT, "самим": INS,
                "самом": LOC, "самой": GEN | DAT | INS | LOC, "саму": ACC, "самою": INS}
#: Russian verbs of being or staying somewhere (побывал, находился, жил, оказался, остался)
_RU_STAYING = re.compile(r"(?:побыва|побыв|находи|наход|жил|жив[её]т|живут|прожи|оказа|оста[лв])\w*$")
#: Months and other words of time in the genitive, which end a date before a name
_RU_TIME_WORDS = frozenset({forms[1] for forms in RU_MONTHS.values()}
                           | set("года дня числа недели месяца утра вечера ночи".split()))
#: English "residents of", "workers of": a plural noun, then "of" right before the name
_EN_PLURAL_OF = right_before(r"[a-z]{3,}s\s+of")
#: Dative plural noun endings: a noun in the dative plural right before the name («помогали рабочим
#: …») is an addressee beside it, not a noun the name depends on
_RU_DATIVE_PLURAL = ("ам", "ям")
#: Russian verbs of taking off or away, whose с is "from" (снять, снимать, снят, убрать, взыскать)
_RU_REMOVAL = re.compile(r"(?:сня|сним|убра|убир|взыск|взим|списа|списыв)\w*$")
#: English "a message from Xi Jinping": after a noun, a genitive in Russian
_FROM_BEFORE = re.compile(r"(?i)\b(from|at)\s+(?:the\s+)?$"      # and "the strikers at Ozenmunaigas"
                          # "police in Shymkent": "in" after a word that is no verb, pronoun or adverb
                          r"|\b(?!(?:is|are|was|were|be|been|being|and|or|but|it|them|him|her|us|me|you|out|up|"
                          r"down|back|only|even|also|just|part|not|all|both|each|people|who|which|that)\s)"
                          r"[a-z]+(?<!ed)(?<!ing)(?<!ly)\s+(in)\s+(?:the\s+)?$")
#: Verbs of motion and position before "in" that the "in after a noun" cue cannot tell from nouns
_EN_IN_AFTER_VERB = frozenset(IRREGULAR_OBJECT_PASTS) | frozenset(
    "came come comes went go goes sat sit stood stand lay lie lies live lives stay stays remain remains "
    "arrive arrives work works serve serves".split())
#: ... unless a Russian preposition that renders it stands before that noun: the name is then its apposition
_RU_FROM = frozenset("из изо с со от ото".split())
_RU_AT = frozenset("в во на у при".split())
#: People "in" or "at" a place or company ("workers at Kazakhmys", "oil workers in Atyrau Region")
_EN_PEOPLE_AT = right_before(r"(?:workers|miners|oilmen|oil\s+workers|steelworkers|strikers|employees|staff|"
                             r"protesters|demonstrators|activists|residents|people|engineers|drillers)\s+(?:in|at)")
#: Russian nouns of a feeling that take the instrumental of what it is about («недовольство Назарбаевым») ...
_RU_FEELING_NOUNS = ("недовольств", "восхищени", "пренебрежени")
#: ... and with them every noun made from a verb that takes the instrumental, which takes it too: «от
#: руководства Советом безопасности» (руководить → руководство), «управление Казахстаном»
_RU_INSTRUMENTAL_NOUNS = ("руководств", "управлени", "командовани", "владени", "обладани", "пользовани",
                          "заведовани", "интерес", "гордост") + _RU_FEELING_NOUNS
#: joining or entering right before the name: в + the accusative of direction
_EN_JOINED_BEFORE = right_before("joined|joins|join|joining|entered|enters|enter|entering")
#: "with" or "for" right before the name ("discontent with", "admiration for")
_EN_WITH_OR_FOR_BEFORE = right_before("with|for")
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
#: A Russian active past verb, not reflexive (организовало, повторила, поддержал)
_RU_ACTIVE_PAST = re.compile(r"\w{3,}[аеиоуыя](?:л|ла|ло|ли)")
#: "throughout" a place, right before the name
_EN_THROUGHOUT_BEFORE = right_before(r"throughout|across|all\s+over")
#: "from" itself right before the name ("a telegram from Xi Jinping")
_EN_FROM_ITSELF_BEFORE = right_before("from")
#: "at" after a noun of an event: where it happens ("the strike at Kashagan", «Қашағандағы ереуіл»),
#: never where something goes (unlike "aimed at", "directed at")
_EN_EVENT_AT = right_before(r"(?:strikes?|protests?|rall(?:y|ies)|demonstrations?|pickets?|clash(?:es)?|shootings?|"
                            r"massacre|killings?|explosions?|fires?|riots?|unrest|walkouts?|sit-ins?|stoppages?|"
                            r"events?|accidents?|meetings?|gatherings?|vigils?|situation|layoffs?|dismissals?)\s+at")
#: The locative-attributive -дағы inside a Kazakh word (Атыраудағы, Атыраудағылар)
_KK_ATTRIBUTIVE = re.compile(r"(?:да|де|та|те)(?:ғы|гі)")
#: Kazakh words after a name in the ablative or instrumental that take those cases whatever the
#: English preposition: бастап ("starting from"), гөрі ("than"), бірге ("together with"),
#: айырмашылығы ("unlike in Syria": «Сириядан айырмашылығы»)
_KK_ABLATIVE_PARTNERS = frozenset("бастап гөрі бірге қатар айырмашылығы".split())
#: Endings of English nouns of action, whose "of" is an object in Kazakh («Асадты қолдауы», "backing of Assad")
_EN_ACTION_NOUN = ("ing", "tion", "sion", "ment", "al", "ance", "ence", "ure", "ery", "sal")
#: English quantifiers before "of" (a part of the name's whole, not something it owns)
_EN_QUANTIFIERS = frozenset("whole all rest most many some part half much each none both any either neither "
                            "majority one two three several few".split())
#: English verbs of giving with two objects ("offered Tokayev military aid": Tokayev is the recipient)
_EN_GIVING_BEFORE = re.compile(r"(?i)\b(?:offered|gave|sent|handed|promised|granted|showed|told|paid|lent|sold)\s+"
                               r"(?:the\s+)?$")
#: English "with" right before a name (not "together with", an adverb postposition's own)
_EN_WITH_BEFORE = re.compile(r"(?i)(?<!together )(?<!along )\bwith\s+(?:the\s+)?$"
                             # "spoke to Putin": talking is done with someone in Kazakh («Путинмен сөйлесті»)
                             r"|\b(?:spoke|speak|speaks|speaking|talked|talk|talks|talking)\s+to\s+(?:the\s+)?$")
#: English "compared … to/with" ("likened … to") right before a name, and "compared" right before it
_EN_COMPARED_WITH = re.compile(r"(?i)\b(?:compar(?:ed|es|e|ing)|liken(?:ed|s|ing)?)\b[^.;:!?]*"
                               r"\b(?:to|with)\s+(?:the\s+)?$")
_EN_COMPARED_OBJECT = re.compile(r"(?i)\bcompar(?:ed|es|e|ing)\s+(?:the\s+)?$")
#: English "demanded of", "demanded from", "demanded that" right before a name
_EN_DEMANDED_OF = re.compile(r"(?i)\bdemand(?:ed|s|ing)?\s+(of|from|that)\s+(?:the\s+)?$")
#: English "be" after a name, a passive's subject ("demanded that Tokayev be removed")
_EN_BE_AFTER = re.compile(r"(?i)\s+(?:should\s+|must\s+|would\s+)?be\b")
#: English prepositions before a Kazakh pair of names, and the case each asks for
_EN_CASE_BEFORE = right_before("(in|at|to|into|from|with)")
#: A Kazakh noun with the possessive in the dative (атына, басшысына, мекенжайына)
_KK_POSSESSED_DATIVE = re.compile(r".{2,}(?:ы|і)(?:на|не)")
#: Every Kazakh case by name, and its bit
_KK_CASE_BIT = {"nom": KK_NOM, "gen": KK_GEN, "dat": KK_DAT, "acc": KK_ACC, "abl": KK_ABL, "loc": KK_LOC,
                "ins": KK_INS}
#: ... and the three an ending shows on a noun of its own (:func:`oblique_noun_case`)
_KK_CASE_BITS = {case: _KK_CASE_BIT[case] for case in ("dat", "abl", "ins")}
_KK_CASE_OF_PREPOSITION = {"in": KK_LOC, "at": KK_LOC, "to": KK_DAT, "into": KK_DAT, "from": KK_ABL, "with": KK_INS}
#: English "to"/"into" right before a place: where something goes
_EN_TO_PLACE = right_before(r"to|into|towards|reach|reached|reaches|reaching|enter|entered|enters|entering|"
                            r"arriv(?:e|ed|es|ing)\s+in|"     # ("arrived in Almaty": «Алматыға келді»)
                            + _LEAVING_FOR)
# ("set off for Aktau", "the strike reached Aktobe Region": «Ақтөбе облысына жетті»)
#: The names of a list before the last one ("Atyrau, Uralsk and "), at the end of the English before it
_EN_LIST_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|"
                             r"\s+(?:and|or)\s+))+$")
#: A verb of welcoming someone "to" a place earlier in the English clause: Kazakh receives them in it
#: ("welcomed the minister to London": «Лондонда қабылдады»)
_EN_WELCOMED_TO = re.compile(r"(?i)\b(?:welcom|receiv|host|greet)\w*\b[^.;:!?]*$")
#: What ends a clause between a Kazakh name and its verb
_CLAUSE_END = re.compile(r"[.,;:!?()\u2013\u2014]")
_SENTENCE_END = re.compile(r"[.;!?]")
#: English "and" between two names ("Putin and the CSTO")
#: (a preposition may be repeated after it, the group: "by Michelle Bachelet and by the EU")
_EN_AND_BEFORE = re.compile(r"(?i)\band\s+(?:(by|to|with|from|in)\s+)?(?:the\s+)?$")
#: The nominative endings of a Russian adjective (Рабочая, Левый, Социальное)
_RU_ADJECTIVE_ENDING = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее)$")
#: The endings a Russian noun takes in the singular cases (a given name declined: Джо-ем, Айнур-ом)
_RU_NOUN_CASE_ENDINGS = frozenset("а я у ю ом ем ой ей е и ы".split())
#: hyphens inside a name («Западно-Казахстанская»)
_HYPHENS = ("-", "\u2010", "\u2011")
#: ... and every ending of a Russian adjective, any gender, number and case
_RU_ADJECTIVE_ANY_ENDING = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ых|их"
                                      r"|ыми|ими)$")
_EN_AND_AFTER = re.compile(r"(?i)\s+and\s")
#: ... and "but not" between two names ("thanked Putin, but not Joe Biden")
# (or a bare "not", the preposition repeated: "at Nazarbayev, not at Tokayev")
_EN_BUT_NOT_BEFORE = re.compile(r"(?i),?\s*\b(?:but\s+)?not\s+(?:(?:at|to|for|with|from|of|on|in|by)\s+)?"
                                r"(?:the\s+)?$")
_EN_BUT_NOT_AFTER = re.compile(r"(?i),?\s*(?:but\s+)?not\s")
#: The English absolute "with" (", with Aktau on the coast and Zhanaozen inland"): a comma before
#: "with", a place or position after the name
_EN_ABSOLUTE_WITH = re.compile(r"(?i),\s+with\s+(?:the\s+)?$")
_EN_PLACED_AFTER = re.compile(r"(?i)\s+(?:on|in|at|near|by|inland|ahead|behind|beside|alongside|in\s+front)\b")
#: Kazakh particles that pair two members («Тоқаевқа да, уәделеріне де»), and English words that
#: pair them before or after a name ("both", "neither … nor", "not only … but also")
_KK_PAIR_PARTICLES = frozenset("да де та те".split())
_EN_PAIR_BEFORE = re.compile(r"(?i)\b(?:and|or|nor|but|also|as\s+well\s+as|both|either|neither|only)\s+"
                             r"(?:from|to|with|in|by|on|against)?\s*(?:the\s+)?$")
_EN_PAIR_AFTER = re.compile(r"(?i)\s*,?\s+(?:and|or|nor|but|as\s+well\s+as)\s")
#: English verbs that Kazakh renders by a compound predicate with a dative object (алғыс айту, кеңес
#: беру, көмек көрсету, телефон соғу)
_EN_COMPOUND_VERB = re.compile(r"thank(?:s|ed)?|advised|helped|phoned|rang")
#: The English preposition right before a name that asks for one Kazakh case
_EN_LAST_PREPOSITION = right_before("(from|to|with)")
#: English "spread to", "extended to": the names after it are where something went, an object in Russian
#: («охватили Атырау, … и Кызылорду»)
# ("spread from Mangystau Region to": up to four words of where from between)
_EN_SPREAD_TO = re.compile(r"(?i)\b(?:spread|spreading|spreads|extended|extending|expanded|moved)\s+(?:\w+\s+){0,4}?"
                           r"to\s+(?:the\s+)?$")
#: Endings of Russian adverbs that may stand between a verb and its subject (единолично, лично, вновь)
_RU_ADVERB_ENDINGS = ("о", "но", "ски", "вь", "же")
#: Short pronouns in the accusative a name may agree with («всю Мангистаускую область»)
_ACCUSATIVE_PRONOUNS = frozenset("всю эту ту свою нашу вашу каждую целую саму одну".split())
#: Forms of быть: an auxiliary, no verb a subject follows (был, была, было, были)
_RU_BE = frozenset("был была было были будет будут".split())
#: ... and the linking verbs, whose name after them is the subject too («главой стал Токаев»)
_RU_LINKING = frozenset("стал стала стало стали оказался оказалась оказались являлся являлась являлись".split())
#: A Russian passive participle, short or long (выбран, арестованы, назначенный, убитого)
_RU_SHORT_PASSIVE_ENDING = r"(?:[ая]н|[её]н|ыт|нут)(?:а|о|ы)?"
_RU_PASSIVE_PARTICIPLE = re.compile(rf"\w{{3,}}(?:{_RU_SHORT_PASSIVE_ENDING}|"
                                    r"(?:нн|т)(?:ый|ая|ое|ые|ого|ой|ому|ым|ую|ых|ыми)|нном)")
#: "near Ust-Kamenogorsk", "outside Almaty": where something is, под + the instrumental in Russian
_EN_NEAR = right_before(r"near|outside|close\s+to")
#: ... its short form alone (опубликованы, подписано, арестован)
_RU_SHORT_PASSIVE = re.compile(rf"\w{{3,}}{_RU_SHORT_PASSIVE_ENDING}")
#: A Russian present passive participle (возглавляемый, руководимого, поддерживаемой)
_RU_PRESENT_PASSIVE = re.compile(r"\w{3,}[ая]?[еи]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)")
_RU_PAST = re.compile(r"(?:л|ла|ли|ло|лся|лась|лись|лось)$")
#: A Russian present (or simple future) in the third person, after a vowel, or reflexive
#: (предоставляется, выступает, поможет): masculine nouns in -ет, -ит end so after a consonant
_RU_PRESENT_FINITE = re.compile(r"(?:[аеиоуыяюё](?:ет|ит|ут|ют|ат|ят)|(?:ется|ится|утся|ются|атся|ятся))$")
#: A Russian reflexive verb, past or present, which with an agent is a passive (проводилась, управляется)
_RU_REFLEXIVE_VERB = re.compile(r"\w{3,}(?:лся|лась|лось|лись|ется|ются|ится|ятся)")
#: English right after a name that makes it a passive's subject ("was replaced", "had been arrested")
_EN_PASSIVE_AFTER = re.compile(r"(?i)^\s+(?:was|were|has been|have been|had been|is|are|will be)\s+"
                               r"(?:(?:also|then|later|soon|quickly|formally|[a-z]+ly)\s+)?(?:[a-z]+ed|[a-z]+en|"
                               r"caught|held|kept|led|left|made|met|paid|put|seen|sent|shot|sought|struck|"
                               r"taken|told|thrown|won|bought|brought|fought)\b"
                               # (not before "to" and a verb, "was forced to resign"; a term, "was sentenced
                               # to seven years", is no verb)
                               r"(?!\s+(?:to(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                               r"twelve|fifteen|twenty|life|death)\b)|by\s+the\s+fact))")
#: English right before a name it comes from or leaves ("from", "withdrew from", "left", "fled")
_EN_FROM_BEFORE = right_before("(from)|left|leave|leaves|leaving|fled|flee|flees|fleeing")
#: English thanking right before a name ("thanked Putin personally" has the adverb after it)
_EN_THANKED = right_before(r"thank(?:ed|s|ing)?|grateful\s+to|gratitude\s+to")
#: English "between … and" right before a name
_EN_BETWEEN_AND = re.compile(r"(?i)\bbetween\b[^.;:!?]*\band\s+(?:the\s+)?$")
#: English giving or sending something "to" someone, the verb earlier in the clause
_EN_HANDED_TO = re.compile(r"(?i)\b(?:handed|gave|given|sent|passed|delivered|presented|submitted|forwarded"
                           r"|transferred|wrote|written)\b"
                           r"(?:(?!\bto\b)[^.;:!?])*\bto\s+(?:the\s+)?$")
#: Russian verbs of giving and sending (передали, вручили, отправили)
_RU_HANDING = re.compile(r"(?:перед[ао]|вруч|отправ|направ|пересла|переслал|подал|подан|адресова)")
#: Kazakh words that join names, the case on the last of them only
_KK_COORDINATORS = frozenset(("мен", "бен", "пен", "және", "немесе", "не"))
#: Kazakh words that close a reported clause, a reason or a matter, after which the main verb comes
_KK_REPORTING = frozenset(("деп", "үшін", "туралы", "жөнінде"))
#: English calling on someone to act right before the name ("called on Kazakhstan to", "urged Tokayev to")
_EN_CALLED_ON = right_before(r"call(?:ed|s|ing)?\s+(?:up)?on|urg(?:ed|es|ing|e)")
#: English asking or demanding something of someone right before the name ("asked Moscow for help")
_EN_ASKED = right_before(r"(?:ask(?:ed|s|ing)?|request(?:ed|s|ing)?|begg?(?:ed|s|ing)?|demand(?:ed|s|ing)?)"
                         r"(?:\s+of)?")      # "demanded of Tokayev"
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
    r"|march(?:es|ed|ing)?|spread(?:s|ing)?|walk(?:s|ed|ing)?|r(?:ode|ide|ides|iding)|rush(?:es|ed|ing)?"
    r"|head(?:s|ed|ing)|import(?:s|ed|ing)?|export(?:s|ed|ing)?|recall(?:s|ed|ing)?|releas(?:e|es|ed|ing)"
    r"|freed|rescu(?:e|es|ed|ing)|thr(?:ow|ows|ew|own|owing)|banish(?:es|ed|ing)?|exil(?:e|es|ed|ing)")
#: "to" a name after a verb of sending, giving or addressing in the same clause ("sent their
#: demands to President Tokayev", "appealed to the CSTO")
_EN_TO_RECIPIENT = re.compile(
    r"(?i)\b(?:sen[dt]|sends|sending|gave|give|gives|giving|hand(?:ed|s|ing)?|deliver(?:ed|s|ing)?|"
    r"address(?:ed|es|ing)?|appeal(?:ed|s|ing)?|pass(?:ed|es|ing)?|transferr?(?:ed|s|ing)?|submit(?:ted|s|ting)?|"
    r"present(?:ed|s|ing)?|offer(?:ed|s|ing)?|sold|sell(?:s|ing)?|report(?:ed|s|ing)?|explain(?:ed|s|ing)?|"
    r"paid|pay|pays|paying|"
    r"wr(?:ote|ite|ites|iting)|turn(?:ed|s|ing)?)\b[^.;:!?]*?\bto\s+(?:the\s+)?"
    r"(?:(?:President|Prime|Minister|former|Mr|Mrs|Ms|Dr|General|Secretary|Comrade)\s+)*$")
#: a Kazakh word with a case ending (a noun in a case, no adverb)
_KK_CASE_ENDING = re.compile(r"(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ны|ні|ды|ді|ты|ті|"
                             r"ын|ін|ның|нің|дың|дің|тың|тің|мен|бен|пен)$")
#: an English preposition right before a name: the name is no subject
_EN_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|at|of|on|to|from|by|with|for|about|against|into|onto|over|under|"
                                    r"near|after|before|across|through|between|among|without|like|than)\s+"
                                    r"(?:the\s+)?$")
#: ... and those of them after which the name never turns into a Russian verb's subject ("belongs to
#: Chevron": «принадлежит «Шеврону»»; not "by", whose agent a translation may make the subject)
#: ("according to the Socialist Movement" is who says it, often the subject: «сообщает Социалистическое движение»)
_EN_NEVER_SUBJECT_BEFORE = right_before("(?<!according )to|with|for|from|against|into|about")
#: ... or the one who has to or manages ("had to turn", "managed to hold on"; not "had to be …")
_EN_MODAL_AFTER = re.compile(r"(?i)^\s+(?:had|has|have|will have|would have|managed|manages|failed|fails|"
                             r"was able|were able)\s+to\s+(?!be\b)[a-z]")
#: Russian impersonal verbs whose subject-like person is a dative («Токаеву пришлось»)
_DATIVE_IMPERSONAL = frozenset("пришлось придётся придется приходилось приходится удалось удастся удавалось "
                               "удаётся удается".split())
#: a Russian infinitive (выступить, уйти, помочь)
_INFINITIVE = re.compile(r"\w\w(?:ть|ти|чь|ться|тись|чься)$")
#: particles that may stand between a verb and its object («охватили и Кызылординскую область», «не
#: доверяли ни Токаеву», «поблагодарило именно Пола Мёрфи»)
_PARTICLES = frozenset("и также тоже даже ещё еще уже лишь только ни именно особенно".split())
#: Pronouns that also stand alone, as nouns («до этого», «кроме того», «прежде всего»)
_PRONOUNS_AS_NOUNS = frozenset("этого этому этим того тому тем всего всему всем чего чему ничего "
                               "ничему сего многого многому другого другому".split())
#: Short feminine pronouns that only go with a noun («по всей Центральной Азии», «от этой партии»):
#: genitive, dative, instrumental or prepositional
_FEMININE_PRONOUNS = frozenset("всей этой той самой своей нашей".split())
#: A Russian comparative (опаснее, сильнее, хуже, больше), and the English "than" before a name
_RU_COMPARATIVE = re.compile(r"\w{3,}(?:ее|ей)|больше|меньше|лучше|хуже|выше|ниже|старше|моложе|младше|дороже|"
                             r"дешевле|раньше|позже|позднее|дальше|ближе|жёстче|жестче|громче|богаче|беднее|слабее")
_EN_THAN_BEFORE = right_before("than")
#: Dative pronouns a participle takes as its complement («знакомым ему», "known to him")
_RU_DATIVE_PRONOUNS = frozenset("ему ей им нам вам мне тебе себе".split())
#: Prepositional endings of adjectives (мятежном, казахском): nouns in -ом are instrumentals
_ADJECTIVE_LOCATIVE = ("ском", "цком", "ном", "ьем")
#: Endings of an adjective (or pronoun: всему) that no noun has
_ADJECTIVE_ONLY = ("ого", "его", "ому", "ему", "ую", "юю", "ым", "им")
#: Nouns of measure before «с» + accusative («размером с Западную Европу», «площадью с Францию»)
_SIZE_NOUNS = frozenset("размером величиной ростом площадью территорией высотой длиной шириной толщиной "
                        "весом объёмом объемом масштабом".split())
#: The case a wrong Russian ending was reaching for, when nothing before the name says.
_RU_ENDING_CASE = {
    "а": "gen", "я": "gen", "ы": "gen", "и": "gen", "ов": "gen", "ев": "gen", "ых": "gen", "их": "gen",
    "у": "dat", "ю": "dat", "ам": "dat", "ям": "dat",
    "ом": "ins", "ем": "ins", "ём": "ins", "ой": "ins", "ей": "ins", "ою": "ins", "ею": "ins", "ым": "ins",
    "им": "ins", "ами": "ins", "ями": "ins",
    "е": "loc", "ах": "loc", "ях": "loc",
}
_LANG_NAMES = {"ru": "Russian", "kk": "Kazakh", "en": "English"}


@dataclass(slots=True)
class TargetResult:
    findings: list[Finding]
    renderings: list[tuple[int, str, str]]      # (referent index, base form, surface text)


def make(check: str, message: str, **fields: Any) -> Finding:
    severity = fields.pop("severity", None) or CHECKS[check].severity
    return Finding(check=check, severity=severity, message=message, **fields)


def _lang(language: str) -> str:
    return _LANG_NAMES.get(language, language)


# -- letter case ------------------------------------------------------------------------------

def strict_accept(entry: FormEntry, text: Sequence[str]) -> bool:
    form = tokens_of(entry.surface)
    return len(form) == len(text) and all(token_case_ok(t, f) for t, f in zip(text, form))


def _acceptor(index: FormIndex) -> Callable[[FormEntry, Sequence[str]], bool]:
    """Letter case for the own-language scan: wrong forms exactly as the glossary writes them
    (any capitalisation of a small letter, never a small letter for a capital); a valid
    multiword form may also have a small letter where its word is a common word
    («посольство Казахстана», «Еуропалық одақ», «жанаозенская трагедия»)."""
    proper: dict[str, bool] = {}

    def is_proper(word: str) -> bool:
        key = fold(word)
        hit = proper.get(key)
        if hit is None:
            hit = proper[key] = any(e.valid and len(e.base.split()) == 1 for e in index.lookup(key))
        return hit

    def accept(entry: FormEntry, text: Sequence[str]) -> bool:
        form = tokens_of(entry.surface)
        if len(form) != len(text):
            return False
        if all(t == f for t, f in zip(text, form)):
            return True             # spelt as the glossary spells it: the usual case
        lenient = entry.status <= 1 and len(form) > 1
        for t, f in zip(text, form):
            if token_case_ok(t, f):
                continue
            if lenient and t[:1].islower() and f[:1].isupper() and not is_acronym(f) and not is_proper(f) \
                    and not any(c.isupper() for c in f[1:]):
                continue
            return False
        return True

    return accept


def _exact(entry: FormEntry, words: Sequence[str]) -> bool:
    """The surface spelled as written, ё included (Мёрфи is not Мерфи when both are listed)."""
    form = tokens_of(entry.surface)
    return all(t.casefold() == f.casefold() for t, f in zip(words, form))


def _prefer_exact(entries: tuple[FormEntry, ...], words: Sequence[str]) -> tuple[FormEntry, ...]:
    if len(entries) < 2:
        return entries
    exact = tuple(e for e in entries if _exact(e, words))
    return exact or entries


# -- spans and fixes ---------------------------------------------------------------------------

def _span(toks: Tokens, start: int, end: int, surface: str = "") -> tuple[int, int]:
    """Character span of tokens [start, end), with the quotes around them when the form has them."""
    a, b = toks.spans[start][0], toks.spans[end - 1][1]
    text = toks.text
    if (not surface or surface[:1] in _OPEN) and a > 0 and text[a - 1] in _OPEN:
        a -= 1
    if (not surface or surface[-1:] in _CLOSE) and b < len(text) and text[b] in _CLOSE:
        b += 1
    return a, b


class _Offending(str):
    """The text a finding is about, knowing where it starts in the translation (so that F6
    fixes «по словам Казахстан», not the «Казахстан» at the start of the same sentence)."""

    offset: int


def _offending(toks: Tokens, start: int, end: int, surface: str = "") -> str:
    a, b = _span(toks, start, end, surface)
    found = _Offending(toks.text[a:b])
    found.offset = a
    return found


def _occurrences(text: str, part: str, *, words: bool = False) -> list[tuple[int, int]]:
    """(start, end) of every occurrence of *part* in *text* (with *words*, only as a whole word);
    plain string search, no pattern compiled per name."""
    out: list[tuple[int, int]] = []
    at = text.find(part) if part else -1
    while at >= 0:
        end = at + len(part)
        if not words or ((at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())):
            out.append((at, end))
        at = text.find(part, at + 1)
    return out


def _after_to(before: str, excluded: frozenset[str]) -> bool:
    """Does the English *before* a name end with "to [the]", not after one of the words in
    *excluded* ("according to")?"""
    to = _TO_BEFORE.search(before)
    return to is not None and (to.group(1) or "").lower() not in excluded


def _common_prefix(words: list[str]) -> str:
    """The longest beginning all *words* share."""
    first, last = min(words), max(words)
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return first[:k]


def _verb_between(low: str) -> bool:
    """Is the folded *low* a verb (был, стал, назначен) rather than a word of a title's complement
    (дел, as in «министр иностранных дел», ends like a past verb)?"""
    return low in ("был", "была", "было", "были") or (len(low) > 3 and _verb_like(low))


def _another_verb_form(words: list[str]) -> bool:
    """Is one of the Kazakh *words* a verb form that may take an object of its own (a participle,
    converb, verbal noun or passive)?"""
    return any(participle(low) or converb(word) or possessed_verbal_noun(low) or nominalised_verb(low)
               or passive_verb(low) or any_verbal_noun(low) for word in words for low in (fold(word),))


def _arrival_verb(word: str) -> bool:
    """Is the English *word* (small letters) a verb of arrival, motion or placement (or an action
    noun of one) — not the agent noun of one ("bus drivers in Semey", "investors in Kazakhstan")?"""
    return _ARRIVAL.match(word) is not None and (not _EN_AGENT_NOUN.search(word)
                                                 or word in ("enter", "enters", "deliver", "delivers"))


def _arrival_in_clause(before: str) -> bool:
    """Is there a verb of arrival, motion or placement in the last clause of *before*, and no
    passive of another verb after it ("the decision to send troops was taken in Moscow": the place
    is where it was taken)?"""
    clause = re.split(r"[.;:!?]\s", before)[-1]
    # ("going on", "went on": continuing, not moving — «в Уральске идёт забастовка»)
    clause = re.sub(r"\b(?:go|goes|going|gone|went)\s+on\b", "", clause.lower())
    words = re.findall(r"[a-z]+", clause)
    last = next((k for k in range(len(words) - 1, -1, -1) if _arrival_verb(words[k])), None)
    if last is None:
        return False
    if any(word in _EN_BE and k + 1 < len(words) and past_participle(words[k + 1])
           and not _ARRIVAL.match(words[k + 1]) for k, word in enumerate(words[last + 1:], last + 1)):
        return False
    # (a question puts its "be" first: "Was the decision to send troops taken in Moscow?")
    return not (words[0] in _EN_BE and any(past_participle(word) and not _ARRIVAL.match(word)
                                           for word in words[last + 1:]))


#: an English word in small letters right after a name, with a suffix only nouns have; plurals
#: only where no verb's third person ends so ("comments", "mentions", "insists" are verbs too)
_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+(?:tion|sion|ment|ship|ness|ity|ities|ance|ence|ism|oyees|ainees|ittees)"
                         # or the people of a company or organisation ("Kazakhmys miners")
                         r"|(?:workers|miners|oilmen|oil\s+workers|steelworkers|strikers|staff|managers|"
                         r"shareholders|engineers|drillers|members|leaders|activists|supporters"
                         # (one of them too: "the journalist and NUJ member", "an RSM activist")
                         r"|member|leader|activist|supporter|official|representative|spokes(?:man|woman|person)|"
                         r"delegate)"
                         # or what a ruler, a country or a city has ("the Nazarbayev regime", "the Kazakhstan
                         # Embassy", "the London picket")
                         r"|(?:regime|government|embassy|picket|events|protests|uprising|massacre|offices?))\b")


#: endings only a Russian noun's plural has, after its stem (област|ях, республик|ах, комитет|ов)
_NOUN_PLURAL_ENDINGS = (("ами", RU_PLURAL["ins"]), ("ями", RU_PLURAL["ins"]), ("ах", RU_PLURAL["loc"]),
                        ("ях", RU_PLURAL["loc"]), ("ам", RU_PLURAL["dat"]), ("ям", RU_PLURAL["dat"]),
                        ("ов", RU_PLURAL["gen"]), ("ев", RU_PLURAL["gen"]), ("ей", RU_PLURAL["gen"]))


def _noun_plural(table: dict[str, list[tuple[int, int, int]]], fid: int, position: int, word: str) -> int | None:
    """The plural case bits of *word* when it is a plural, by an ending only plurals have, of
    the noun at *position* of form *fid* («областях» of «Карагандинская область»); the name's
    table holds its singular forms only."""
    base = next((w for w, entries in table.items() for f, p, m in entries if f == fid and p == position and m & 1),
                None)
    if base is None or len(base) < 4 or not base.isalpha():
        return None
    stem = base[:-1] if base[-1] in "аяоеьйи" else base
    if not word.startswith(stem):
        return None
    return next((mask for ending, mask in _NOUN_PLURAL_ENDINGS if word == stem + ending), None)


def _any_number(cases: int) -> int:
    """The case bits of a form, singular or plural alike."""
    return (cases & _SINGULAR) | (cases >> 8 & _SINGULAR)


def _fit(offending: str, suggestion: str | None) -> str | None:
    """The suggestion as a drop-in replacement: quotes only where the offending text has them."""
    if not suggestion:
        return None
    if offending[:1] not in _OPEN:
        suggestion = suggestion.lstrip(_OPEN)
    if not any(c in offending for c in _CLOSE):
        suggestion = suggestion.rstrip(_CLOSE)
    return suggestion if suggestion != offending else None


# -- the check -----------------------------------------------------------------------------------

class _Segment:
    """The state of one target check."""

    def __init__(self, lx: Lexicon, wanted: dict[int, str], target: str, language: str,
                 where: dict[str, Any]) -> None:
        self.lx, self.wanted, self.language, self.where = lx, wanted, language, where
        self.source: str = where.get("source") or ""
        self.toks = Tokens.of(target)
        self.n = len(self.toks.words)
        self.folded_set = frozenset(self.toks.folded)
        self.covered = [False] * self.n
        self.rendered: dict[int, Hit] = {}
        self.accounted: set[int] = set()
        self.findings: list[Finding] = []
        self.renderings: list[tuple[int, str, str]] = []
        self.index = lx.index(language)
        self.pending: list[tuple[Hit, FormEntry]] = []     # valid forms whose context is checked
        self._around: dict[tuple[int, int], tuple[str | None, str]] = {}   # source_around, per referent and mention
        self._spans: dict[int, list[tuple[int, int]]] = {}     # mentions(), per referent
        self._mention: tuple[int, int] | None = None   # (referent, its mention in the source) being read
        self._clauses: dict[int, list[str]] = {}    # _clause_after, per token after a name
        self.disagreeing: set[int] = set()                  # tokens of a name whose words disagree
        self.others: set[int] = set()       # tokens covered by a valid form of a name the source does not name
        self.headed: dict[tuple[int, int], tuple[str, str]] = {}  # a quoted name and its head: (name, head)

    def cover(self, start: int, end: int) -> None:
        for k in range(start, end):
            self.covered[k] = True

    def add(self, check: str, message: str, *, offending: str, suggestion: str | None, ref: int | None,
            severity: str | None = None) -> None:
        self.findings.append(make(check, message, offending=str(offending), suggestion=_fit(offending, suggestion),
                                  referent=self.lx.ids[ref] if ref is not None else None, severity=severity,
                                  offset=getattr(offending, "offset", None), **self.where))

    def rid(self, ref: int) -> str:
        return self.lx.ids[ref]

    # -- 1. own scan ---------------------------------------------------------------------------
    def own_scan(self) -> None:
        toks, wanted = self.toks, self.wanted
        if self.index.accept is None:
            self.index.accept = _acceptor(self.index)
        for hit in self.index.scan(toks, self.index.accept):
            words = toks.words[hit.start:hit.end]
            entries = _prefer_exact(hit.entries, words)
            mine = [e for e in entries if e.ref in wanted]
            # a valid form of the source's name; else any valid form, unless the words are a form
            # the glossary lists as wrong for the source's name (a derived other-language form
            # never outweighs a valid form: Украина is Ukraine, not Kazakh "украин" declined)
            valid = [e for e in mine if e.valid] or [
                e for e in entries if e.valid and not any(m.status == WRONG for m in mine)]
            if valid:
                self.yo_listed_wrong(hit, mine)
                self.cover(hit.start, hit.end)
                if not any(e.ref in wanted for e in valid):
                    self.others.update(range(hit.start, hit.end))
                text = toks.span_text(hit.start, hit.end)
                by_ref: dict[int, list[FormEntry]] = {}
                for e in valid:
                    by_ref.setdefault(e.ref, []).append(e)
                for ref, group in by_ref.items():
                    best = min(group, key=lambda e: (e.flags & EXTRA != 0, e.status))
                    self.renderings.append((ref, best.base, text))
                    if ref in wanted:
                        self.rendered.setdefault(ref, hit)
                        # what the words can be as any of the referent's forms: every case, and
                        # flagged only if every reading is
                        cases = flags = 0
                        flags = ~0
                        for e in group:
                            cases |= e.cases
                            flags &= e.flags
                        self.pending.append((hit, FormEntry(best.id, best.ref, best.status, best.form, best.base,
                                                            cases, flags, best.surface)))
                continue
            wrong = [e for e in mine if not e.valid] or [
                e for e in entries if e.status == WRONG and any(c.isupper() for c in e.base)]
            if not wrong:
                continue
            entry = min(wrong, key=lambda e: (e.status, e.ref))
            self.cover(hit.start, hit.end)
            self.accounted.add(entry.ref)
            offending = _offending(toks, hit.start, hit.end, entry.surface)
            suggestion = self.lx.fix_for(entry, self.language, offending)
            other = self.other_language_of(entry)
            if other:
                self.add("target-other-language-form",
                         f"{offending!r} is the {_lang(other)} form of {self.rid(entry.ref)}; "
                         f"in {_lang(self.language)}: {suggestion!r}",
                         offending=offending, suggestion=suggestion, ref=entry.ref)
            else:
                self.add("target-wrong-form",
                         f"{offending!r} is listed as a wrong form of {self.rid(entry.ref)}; use {suggestion!r}",
                         offending=offending, suggestion=suggestion, ref=entry.ref)

    def yo_listed_wrong(self, hit: Hit, mine: list[FormEntry]) -> None:
        """Report the words at *hit* if they are written with ё as a form the glossary lists as
        wrong («Бачелёт» beside «Бачелет») while no valid form of the name has ё. Forms are matched
        with ё folded to е, so the index cannot tell the two apart; this is the one place the
        letter is looked at."""
        text = self.toks.span_text(hit.start, hit.end)
        if not any(c in "ёЁ" for c in text):
            return
        last = fold(text.split()[-1])
        for ref in dict.fromkeys(e.ref for e in mine):
            forms = self.lx.forms(ref, self.language)
            if any("ё" in form.lower() for form, status in forms if status != "wrong"):
                continue
            if any("ё" in form.lower() and last.startswith(fold(form.split()[-1]))
                   for form, status in forms if status == "wrong"):
                offending = _offending(self.toks, hit.start, hit.end, text)
                fixed = text.replace("ё", "е").replace("Ё", "Е")
                self.add("target-wrong-form", f"{offending!r} is listed as a wrong form of {self.rid(ref)} (with ё); "
                         f"use {fixed!r}", offending=offending, suggestion=fixed, ref=ref)
                return

    def other_language_of(self, entry: FormEntry) -> str | None:
        if entry.status == FOREIGN:
            return next((lang for lang in TARGET_LANGUAGES if lang != self.language), None)
        base = fold(entry.base)
        for other in TARGET_LANGUAGES:
            if other != self.language and any(fold(f) == base for f in self.lx.valid_forms(entry.ref, other)):
                return other
        return None

    # -- context of a valid form ------------------------------------------------------------------
    def contexts(self) -> None:
        """Each valid form's context, read against the English around the same mention: the k-th
        mention of a name in the translation against its k-th in the source, where both name it
        equally often (else against the first)."""
        total = Counter(entry.ref for _, entry in self.pending)
        # (a name the translation gives more or fewer times than the source: no way to pair its
        # mentions, each is read against the first)
        paired = {ref for ref, count in total.items() if count > 1 and len(self.mentions(ref)) == count}
        seen: Counter[int] = Counter()
        for hit, entry in sorted(self.pending, key=lambda pair: pair[0].start):
            self._mention = (entry.ref, seen[entry.ref] if entry.ref in paired else 0)
            seen[entry.ref] += 1
            if not any(k in self.disagreeing for k in range(hit.start, hit.end)):
                self.context(hit, entry)
        self._mention = None

    def context(self, hit: Hit, entry: FormEntry) -> None:
        if entry.ref in self.lx.terms:
            return          # adjectives agree with their noun in gender and number: no case to check
        if self.language == "kk" and entry.flags & HYPHEN_QUOTE:
            self.hyphen_after_quote(hit, entry)
        elif self.language == "kk":
            headed = self.quoted_with_head(hit, entry) or self.place_with_head(hit, entry)
            if headed is not None:
                hit, entry = headed
            if self.kazakh_glued_and(hit, entry):
                return
            if not self.kazakh_from(hit, entry) and not self.kazakh_recipient(hit, entry) \
                    and not self.kazakh_demanded_of(hit, entry) and not self.kazakh_compared(hit, entry) \
                    and not self.kazakh_contrast(hit, entry) and not self.kazakh_contrast_second(hit, entry) \
                    and not self.kazakh_with(hit, entry) and not self.kazakh_place_of_event(hit, entry) \
                    and not self.kazakh_place_of_noun(hit, entry) and not self.kazakh_published_in(hit, entry) \
                    and not self.kazakh_pair_with_noun(hit, entry) and not self.kazakh_particle_pair(hit, entry) \
                    and not self.kazakh_clause_subject(hit, entry) \
                    and not self.kazakh_opening_place(hit, entry) \
                    and not self.kazakh_destination(hit, entry) and not self.kazakh_locative_for_to(hit, entry) \
                    and not self.kazakh_genitive_before_genitive(hit, entry) \
                    and not self.kazakh_accusative_for_in(hit, entry) and not self.kazakh_dative_for_in(hit, entry) \
                    and not self.kazakh_ablative_for_in(hit, entry) \
                    and not self.kazakh_verbal_noun_object(hit, entry) and not self.kazakh_called_on(hit, entry) \
                    and not self.kazakh_compound_verb_object(hit, entry) \
                    and not self.kazakh_participle_agent(hit, entry) \
                    and not self.kazakh_accusative_before_passive(hit, entry) \
                    and not self.kazakh_recipient_of_passive(hit, entry):
                found = len(self.findings)
                self.kazakh_word_after(hit, entry)
                if len(self.findings) == found:
                    self.kazakh_compound_object(hit, entry)
                if len(self.findings) == found:
                    self.kazakh_clause_object(hit, entry)
                if len(self.findings) == found:
                    self.kazakh_subject(hit, entry)
                if len(self.findings) == found:
                    self.kazakh_ablative_compound(hit, entry)
        elif self.language == "ru" and self.apostrophe_ending(hit, entry):
            return
        elif self.language == "ru":
            found = len(self.findings)
            if hit.start > 0:
                self.russian_word_before(hit, entry)
            if len(self.findings) == found and not self.plural_verb_after(hit, entry):
                self.fronted_object(hit, entry)
                self.dative_experiencer(hit, entry)
            if len(self.findings) == found:
                self.fronted_dative_object(hit, entry)
            if len(self.findings) == found:
                self.locative_without_preposition(hit, entry)
            if len(self.findings) == found:
                self.apposition_after(hit, entry)
            if len(self.findings) == found:
                self.participle_after(hit, entry)
            if len(self.findings) == found and (self.toks.sentence_initial(hit.start)
                                                or (hit.start > 0 and "," in self.toks.gap(hit.start))):
                self.fronted_subject(hit, entry)

    def quoted_with_head(self, hit: Hit, entry: FormEntry) -> tuple[Hit, FormEntry] | None:
        """«Қазақмыс» корпорациясына: an undeclined quoted name and the generic noun after it that
        it names, which carries the case, are checked as one name in that noun's case (a dative
        possessor «корпорациясына кеншілері» is as wrong as «Қазақмысқа кеншілері»)."""
        if entry.surface[:1] not in _OPEN or entry.surface[-1:] not in _CLOSE or entry.flags & DECLINED_QUOTE \
                or hit.end >= self.n or not self.toks.words[hit.end].islower() \
                or self.toks.gap(hit.end).strip(" \u00a0") not in _CLOSE or not self.toks.gap(hit.end).strip():
            return None
        fixed = harmonised_head(self.toks.folded[hit.end])
        if fixed is not None:
            # «ҚазМұнайГаз» компаниясындегі: the head's own endings broken (vowel harmony, the -н- of the
            # possessive)
            offending = f"{entry.surface} {self.toks.words[hit.end]}"
            suggestion = f"{entry.surface} {fixed}"
            self.add("target-wrong-inflection",
                     f"{offending!r}: the endings of the noun the name heads do not fit it (vowel harmony / the "
                     f"possessive's -н-) ({self.rid(entry.ref)}); expected {suggestion!r}",
                     offending=offending, suggestion=suggestion, ref=entry.ref)
            self.accounted.add(entry.ref)
            return None
        at = hit.end
        found = quoted_head(self.toks.folded[at])
        if found is None and adjective_shaped(self.toks.folded[at]) and at + 1 < self.n \
                and self.toks.words[at + 1].islower() and not self.toks.gap(at + 1).strip(" \u00a0"):
            at += 1         # «ҚазМұнайГаз» ұлттық компаниясына: an adjective before the head
            found = quoted_head(self.toks.folded[at])
        if found is None:
            return None
        head, case = found
        whole = Hit(hit.start, at + 1, hit.entries)
        between = " ".join(self.toks.words[hit.end:at])
        self.headed[(whole.start, whole.end)] = (f"{entry.surface} {between}" if between else entry.surface, head)
        # the surface without its opening quote: the rules that leave an undeclined quoted name alone
        # check this one, whose case its head shows
        return whole, entry._replace(cases=case,
                                     surface=entry.surface[1:] + " " + " ".join(self.toks.words[hit.end:at + 1]))

    def place_with_head(self, hit: Hit, entry: FormEntry) -> tuple[Hit, FormEntry] | None:
        """«Тараз қаласынан», «Атырау облысына»: a bare place name and the noun of a kind of place
        after it, which carries the case, are checked as one name in that noun's case ("in the city
        of Taraz" wants «Тараз қаласында»)."""
        if entry.surface[:1] in _OPEN or entry.cases & _KK_CASES != KK_NOM or entry.flags & EXTRA \
                or self.lx.kinds[entry.ref] != "place" or hit.end >= self.n \
                or not self.toks.words[hit.end].islower() or self.toks.gap(hit.end).strip(" \u00a0"):
            return None
        found = place_head(self.toks.folded[hit.end])
        if found is None or found[1] == KK_NOM:
            return None
        head, case = found
        whole = Hit(hit.start, hit.end + 1, hit.entries)
        self.headed[(whole.start, whole.end)] = (entry.surface, head)
        return whole, entry._replace(cases=case, surface=entry.surface + " " + self.toks.words[hit.end])

    def kazakh_glued_and(self, hit: Hit, entry: FormEntry) -> bool:
        """«Атыраумен Ақтау», «Chevron-мен ExxonMobil» for "Atyrau and Aktau": "and" between two
        names is the separate word мен; glued on, it is the instrumental "with" («Атыраумен» is
        with Atyrau). A name only in the instrumental, right before another name the English joins
        to it by "and", is reported, the separate мен as the fix."""
        if entry.cases & _KK_CASES != KK_INS or entry.flags & EXTRA or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + _OPEN):
            return False
        second = next((e for h, e in self.pending if h.start == hit.end and e.ref != entry.ref), None)
        if second is None or not self.english_pair(entry.ref, second.ref):
            return False
        offending = self.offending_of(hit, entry)
        bare = self.lx.in_case(entry.ref, "kk", 0, form=entry.base, case="nom")
        suggestion = f"{bare} мен" if bare else None
        self.add("target-wrong-inflection",
                 f"{offending!r} (ins) right before another name the source joins to it by \"and\": glued on, "
                 "-мен is \"with\"; \"and\" is the separate word мен" + (f"; expected {suggestion!r}" if suggestion
                                                                           else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        return True

    def offending_of(self, hit: Hit, entry: FormEntry) -> str:
        """The text of the name at *hit* as a finding quotes it (a quoted name's head included)."""
        if (hit.start, hit.end) in self.headed:
            return _offending(self.toks, hit.start, hit.end)
        return _offending(self.toks, hit.start, hit.end, entry.surface)

    def fronted_subject(self, hit: Hit, entry: FormEntry) -> None:
        """«Организации Договора … направила около 2500 военнослужащих» ("The CSTO sent"): a name
        that opens the sentence or a clause after a comma, the English subject of an active verb,
        right before a past verb in the masculine or feminine singular (-л, -ла; an adverb may stand
        between: «Си Цзиньпин высоко оценил») is that verb's subject, a nominative. (Not before a
        neuter or reflexive verb: «Токаеву пришлось», «удалось» take a dative.)"""
        cases = _any_number(entry.cases)
        if not cases or cases & NOM or entry.surface[:1] in _OPEN or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0"):
            return
        at = hit.end
        if at + 1 < self.n and _RU_ADVERB.fullmatch(self.toks.folded[at]) and self.toks.words[at].islower() \
                and not self.toks.gap(at + 1).strip(" \u00a0"):
            at += 1         # «Си Цзиньпин высоко оценил»: an adverb between
        verb = self.toks.words[at]
        if not verb.islower() or not _RU_PAST_SINGULAR.fullmatch(fold(verb)):
            return
        before_en, after_en = self.source_around(entry.ref)
        verb_en = subject_verb(before_en, after_en) if before_en is not None else None
        if verb_en is None:
            return
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('ru', cases))}) before {verb!r}, opening its "
                        f"clause: the source makes it the subject of \"{verb_en}\", a nominative")

    def participle_after(self, hit: Hit, entry: FormEntry) -> None:
        """«лишился и Карима Масимова, возглавлявший Комитет» ("Karim Massimov, who had headed
        the Committee"): a participle set off after a person's name, where the English describes
        that person (", who", ", having", ", -ing"), agrees with the name in case; a name in no
        case the participle is in is wrong. Only active participles of the name's own gender
        (-вший, -щий: no noun ends so), so that one agreeing with a noun before the name («речь
        Токаева, вызвавшая …») is left alone."""
        if self.lx.kinds[entry.ref] != "person" or entry.surface[:1] in _OPEN or hit.end + 1 >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0") != ",":
            return
        cases = entry.cases & _SINGULAR
        found = _RU_PARTICIPLE.fullmatch(self.toks.folded[hit.end])
        if not cases or found is None or not _EN_DESCRIBED.match(self.source_around(entry.ref)[1]):
            return
        wanted, gender = _PARTICIPLE_CASES[found.group(1)]
        if ("f" if fold(entry.base).endswith(("а", "я")) else "m") != gender or cases & wanted:
            return
        participle = self.toks.words[hit.end]
        self.wrong_case(hit, entry, cases_of("ru", wanted)[0],
                        f"({'/'.join(cases_of('ru', cases))}) before {participle!r}, which describes the person "
                        f"and agrees with the name: the {'/'.join(cases_of('ru', wanted))}")

    def apostrophe_ending(self, hit: Hit, entry: FormEntry) -> bool:
        """«в Facebook'е»: a Russian ending glued with an apostrophe to a name in Latin letters
        that the glossary keeps undeclined (a colloquial habit, not the edition's form)."""
        if hit.end >= self.n or self.toks.gap(hit.end) not in ("'", "\u2019") or not entry.surface.isascii():
            return False
        ending = self.toks.words[hit.end]
        if not (ending.isalpha() and ending.islower() and len(ending) <= 3 and not ending.isascii()):
            return False
        if any(self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case=case) not in (None, entry.base)
               for case in CASES["ru"]):
            return False            # the glossary declines it: its own forms say how
        offending = _offending(self.toks, hit.start, hit.end + 1)
        self.add("target-wrong-inflection",
                 f"{offending!r}: the glossary keeps {entry.base!r} undeclined, with no ending after an apostrophe",
                 offending=offending, suggestion=entry.base, ref=entry.ref)
        return True

    def coordination(self) -> None:
        """Names in one list share one case: «площади Актау, Тараза и Шымкент» → Шымкента,
        «Ақтауда, Атырауға және Оралда» → Атырауда. A list is three names or more of one kind
        (places, people…) joined by commas and a last и/или (және, мен, немесе), or two joined
        by one of those. Where what stands before the list tells its case (:meth:`_list_case`),
        a name in none of those cases is wrong; else, in a list of three or more, the one name
        that shares no case with all the others is, in the case they share. A name with every
        case (indeclinable), an undeclined quoted one, and a bare Kazakh nominative (a list's
        ending may go on its last member only) fit any case."""
        members = sorted(((hit, entry) for hit, entry in self.pending if not entry.flags & EXTRA),
                         key=lambda pair: (pair[0].start, pair[0].end))
        chain: list[tuple[Hit, FormEntry]] = []
        for hit, entry in members:
            if chain and self._joined(chain[-1][0], hit) is not None:
                chain.append((hit, entry))
                continue
            self._check_list(chain)
            chain = [(hit, entry)]
        self._check_list(chain)

    def _joined(self, first: Hit, second: Hit) -> str | None:
        """"," or the conjunction if *second* follows *first* in a list, else None."""
        if second.start == first.end:
            gap = self.toks.gap(second.start).strip(" \u00a0" + _OPEN + _CLOSE)
            return "," if gap == "," else None
        if self.language == "ru" and second.start == first.end + 2 and self.toks.folded[first.end] in ("но", "а") \
                and self.toks.folded[first.end + 1] == "не" \
                and self.toks.gap(first.end).strip(" \u00a0" + _CLOSE) == "," \
                and not self.toks.gap(first.end + 1).strip(" \u00a0") \
                and not self.toks.gap(second.start).strip(" \u00a0" + _OPEN):
            # «поблагодарил Путина, но не Джо Байдена», «Назарбаеву, а не Токаеву»: the contrast shares the case
            return f"{self.toks.folded[first.end]} не"
        if second.start == first.end + 1 and self.toks.folded[first.end] in _LIST_CONJUNCTIONS \
                and not self.toks.gap(first.end).strip(" \u00a0" + _CLOSE) \
                and not self.toks.gap(second.start).strip(" \u00a0" + _OPEN):
            return self.toks.folded[first.end]
        return None

    def _check_list(self, chain: list[tuple[Hit, FormEntry]]) -> None:
        if len(chain) < 2:
            return
        joins = [self._joined(a, b) for (a, _), (b, _) in pairwise(chain)]
        # «с Путиным, Си Цзиньпином и лидерами …»: names joined by commas whose list goes on with a
        # conjunction and a common noun are a list too
        goes_on = self.language == "ru" and joins[-1] == "," and chain[-1][0].end < self.n \
            and self.toks.folded[chain[-1][0].end] in ("и", "или") \
            and not self.toks.gap(chain[-1][0].end).strip(" \u00a0" + _CLOSE)
        if not goes_on and ((len(chain) > 2 and ("," not in joins or joins[-1] == ","))
                            or (len(chain) == 2 and joins[0] == ",")):
            return
        if len({self.lx.kinds[entry.ref] for _, entry in chain}) > 1 \
                and not (len(chain) == 2 and joins[0] != "," and self.english_pair(chain[0][1].ref, chain[1][1].ref)
                         and (self.language == "kk" or self.english_preposition_repeated(chain[1][1].ref))):
            # a list names things of one kind; else a comma ends a clause (two Kazakh names joined by
            # және, мен or немесе that the English joins by "and" too are one phrase whatever their
            # kinds: «Путинге және ҰҚШҰ-ға», "Putin and the CSTO")
            return
        width = len(CASES[self.language])
        every = (1 << width) - 1
        if self.language == "kk" and self.kazakh_list_ending(chain, every):
            return
        masks = []
        # «с «Лукойлом» и «КазМунайГаз»»: where one quoted name is declined, the list's quoted names
        # are declined (no generic word stands before each), so an undeclined one has its own cases
        declined_quotes = any(entry.flags & DECLINED_QUOTE for _, entry in chain)
        for _, entry in chain:
            cases = (_any_number(entry.cases) if self.language == "ru" else entry.cases) & every
            undeclined_quote = entry.surface[:1] in _OPEN and not entry.flags & DECLINED_QUOTE
            # (a quoted name of several words is often left undeclined: «АрселорМиттал Темиртау»)
            one_word = " " not in entry.base.strip(_OPEN + _CLOSE)
            if undeclined_quote and declined_quotes and self.language == "ru" and (
                    one_word or self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True)
                    != entry.base):
                # (of several words, only one the glossary declines: «Марксистская тенденция», not
                # «АрселорМиттал Темиртау»)
                masks.append(NOM | ACC)
                continue
            if not cases or cases == every or undeclined_quote or (self.language == "kk" and cases == 1):
                cases = every
            masks.append(cases)
        anchor = self._list_case(chain, masks[0])
        tail = self._list_tail_case(chain) if goes_on and not anchor else 0
        if tail:
            # «направлены Айнуру Курманову, Роза Тулетаева и стачечному комитету»: the common noun
            # phrase that ends the list shows its case; the one name in no case of it is wrong
            wrong = [(i, tail & every) for i in range(len(chain)) if masks[i] != every and not masks[i] & tail]
            if len(wrong) == 1:
                i, expected = wrong[0]
                hit, entry = chain[i]
                if not self.found_at(hit):
                    self.wrong_case(hit, entry, cases_of("ru", expected)[0],
                                    f"({'/'.join(cases_of('ru', masks[i]))}) in a list that ends in "
                                    f"{self.toks.words[chain[-1][0].end + 1]!r}, in the "
                                    f"{'/'.join(cases_of('ru', expected))}")
            return
        if self.language == "kk" and len(chain) == 2 and not anchor:
            # «Ресейде және Қырғызстанға»: a Kazakh clause ends with its verb, so two names joined by
            # және, мен or немесе are one phrase, with one case — on both or on the last only; a first
            # name in a case the second does not share is the odd one
            # (not when the second possesses what follows: «Алматыға және Қазақстанның басқа қалаларына»)
            if masks[0] != every and masks[1] != every and not masks[0] & KK_NOM and not masks[0] & masks[1] \
                    and not masks[1] & KK_GEN:
                # which one is wrong: the one the English preposition before the pair disagrees with
                # ("in Shymkent and Taraz": «Шымкентте және Таразға» → Таразда); else the first
                cue = _EN_CASE_BEFORE.search(self.source_before(chain[0][1].ref))
                wanted = _KK_CASE_OF_PREPOSITION.get(cue.group(1).lower(), 0) if cue else 0
                odd, other = (1, 0) if wanted & masks[0] and not wanted & masks[1] else (0, 1)
                hit, entry = chain[odd]
                if self.found_at(hit):
                    return      # already found wrong by a rule on its own role
                self.wrong_case(hit, entry, cases_of("kk", masks[other])[0],
                                f"({'/'.join(cases_of('kk', masks[odd]))}) joined to a name in the "
                                f"{'/'.join(cases_of('kk', masks[other]))}: one phrase takes one case")
            return
        if self.language == "ru" and len(chain) == 2 and not anchor:
            # «слушали Саймону Пирани и Криса Форда» ("listened to Simon Pirani and Chris Ford"): two
            # names the English joins by "and", joined by и, share one case; with nothing before them
            # to say which, the first, in a case the second does not have, is the odd one
            # (not a first name in the genitive the English puts after "of": "the towns of Almaty
            # Region and Kyzylorda Region" may join the region to the towns, «города Алматинской
            # области и Кызылординскую область»)
            if joins[0] in ("и", "или", "но не", "а не") and masks[0] != every and masks[1] != every \
                    and not masks[0] & masks[1] and not masks[0] & NOM and not masks[1] & NOM \
                    and self.english_pair(chain[0][1].ref, chain[1][1].ref, contrast=joins[0] in ("но не", "а не")) \
                    and not (masks[0] & GEN and self.after_of(chain[0][1].ref)):
                hit, entry = chain[0]
                if not self.found_at(hit):
                    self.wrong_case(hit, entry, cases_of("ru", masks[1])[0],
                                    f"({'/'.join(cases_of('ru', masks[0]))}) joined by «{joins[0]}» to a name in "
                                    f"the {'/'.join(cases_of('ru', masks[1]))}: names joined so share one case")
            return
        if anchor:                  # what governs the list: every member takes a case of it
            wrong = [(i, anchor) for i in range(1, len(chain)) if not masks[i] & anchor]
        elif len(chain) > 2:        # else the one member that shares no case with all the others
            wrong = []
            for i in range(len(chain)):
                others = every
                for j, mask in enumerate(masks):
                    if j != i:
                        others &= mask
                if others and others != every and not masks[i] & others:
                    wrong.append((i, others))
        else:
            return
        if len(wrong) != 1:
            return
        i, expected = wrong[0]
        hit, entry = chain[i]
        if self.found_at(hit):
            return
        if self.language == "kk" and masks[i] == KK_GEN and self.after_of(entry.ref) \
                and something_to_own(self._clause_after(hit)[:3]):
            return      # "across Russia, Kazakhstan and much of Eastern Europe": «… Шығыс Еуропаның едәуір
                        # бөлігінде», the genitive owns the noun that carries the list's case
        self.wrong_case(hit, entry, cases_of(self.language, expected)[0],
                        f"({'/'.join(cases_of(self.language, masks[i]))}) in a list whose other names are in the "
                        f"{'/'.join(cases_of(self.language, expected))}",
                        declined=bool(entry.flags & DECLINED_QUOTE) or (declined_quotes and entry.surface[:1] in _OPEN))

    def found_at(self, hit: Hit) -> bool:
        """Has a rule already reported the name at *hit* (a finding at its offset)?"""
        offset = self.toks.spans[hit.start][0]
        return any(f.offset == offset for f in self.findings)

    def english_preposition_repeated(self, second: int) -> bool:
        """Does the English repeat a preposition before the second of a pair ("by Michelle Bachelet
        and by the European Union")? Then the two share it even where they name different kinds
        of thing (not "Steve McSweney of Workers Power and Pete Firmin", two phrases)."""
        found = _EN_AND_BEFORE.search(self.source_before(second))
        return found is not None and found.group(1) is not None

    def english_pair(self, first: int, second: int, *, contrast: bool = False) -> bool:
        """Does the English join the two referents by "and" ("Putin and the CSTO"), or with
        *contrast* by "but not" ("thanked Putin, but not Joe Biden")?"""
        before_second = self.source_around(second)[0]
        if contrast:
            return before_second is not None and _EN_BUT_NOT_BEFORE.search(before_second) is not None \
                and _EN_BUT_NOT_AFTER.match(self.source_around(first)[1]) is not None
        return before_second is not None and _EN_AND_BEFORE.search(before_second) is not None \
            and _EN_AND_AFTER.match(self.source_around(first)[1]) is not None

    def last_without_list_ending(self, chain: list[tuple[Hit, FormEntry]], case: int) -> bool:
        """«Алматыда, Шымкентте және Тараз дүкендер тоналды»: every name of a list but the last in
        one case, the last bare — the ending goes on every name or on the last only, so the last
        lacks it. Not where a noun after the last carries the case for it («… және Тараз
        қаласында»). Reported on the last name; True if it was."""
        hit, entry = chain[-1]
        name = cases_of("kk", case)[0]
        if hit.end < self.n and not self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) \
                and self.toks.words[hit.end].islower() and ends_in_case(self.toks.folded[hit.end], name):
            return False
        self.wrong_case(hit, entry, name, f"(nom) last in a list whose other names are all in the {name}: the "
                        "ending goes on every name or on the last only")
        return True

    def kazakh_list_ending(self, chain: list[tuple[Hit, FormEntry]], every: int) -> bool:
        """«Eni, ExxonMobil-ге, TotalEnergies және CNPC кіретін»: a Kazakh list puts the case
        ending on every member or on the last only; one member before the last with an ending
        while the others before the last are bare is the odd one out (the bare form expected). So is
        the first of a pair with an ending before a bare last one («Eni-ге мен ExxonMobil»)."""
        inner = [(hit, entry, entry.cases & every) for hit, entry in chain[:-1]]
        marked = [k for k, (_, _, cases) in enumerate(inner) if cases and not cases & KK_NOM]
        last = chain[-1][1]
        if len(chain) == 2 and not (marked and last.cases & _KK_CASES == KK_NOM):
            return False
        if len(chain) == 2:
            after = chain[-1][0].end
            # (an adjective the glossary lists, «украиналық жазушы», agrees with its noun: no member of a pair)
            if last.flags & EXTRA or last.ref in self.lx.terms or not self.english_pair(chain[0][1].ref, last.ref) \
                    or self.toks.folded[chain[0][0].end] not in ("мен", "бен", "пен", "және") \
                    or (after < self.n and self.toks.words[after].islower()
                        and not self.toks.gap(after).strip(" \u00a0" + _CLOSE)
                        and any(ends_in_case(self.toks.folded[after], case)
                                for case in cases_of("kk", chain[0][1].cases & _KK_CASES))):
                # (a bare last name before a noun with the first's case: «Facebook-та және International
                # Viewpoint сайтында», the site carries it)
                return False
            # «Eni-ге мен ExxonMobil», «Қазақстанның мен Украина арасындағы»: the pair's ending on the first
            # member and the last bare — it goes on both or on the last only
            hit, entry, cases = inner[0]
            if entry.flags & EXTRA:
                return False
            self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) before "
                            f"{self.toks.words[hit.end]!r} and a bare {last.surface!r}: a pair's case ending goes "
                            "on both names or on the last only")
            return True
        if len(chain) > 2 and len(marked) == len(inner) and last.cases & _KK_CASES == KK_NOM \
                and not last.flags & EXTRA and len({cases for _, _, cases in inner}) == 1 \
                and bin(inner[0][2]).count("1") == 1 and self.last_without_list_ending(chain, inner[0][2]):
            return True
        # a bare name before it: «Алматыға, Ақтау мен Жаңаөзенге» is a name and a pair sharing one
        # ending, not a list with an odd member
        if len(marked) != 1 or not any(cases == KK_NOM for _, _, cases in inner[:marked[0]]):
            return False
        hit, entry, cases = inner[marked[0]]
        if entry.flags & EXTRA:
            return False
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) in a list whose other names "
                        "before the last are bare: the ending goes on every name or on the last only")
        return True

    def _list_tail_case(self, chain: list[tuple[Hit, FormEntry]]) -> int:
        """The cases the adjective after a Russian list's closing и shows («…, Тулетаевой и
        стачечному комитету» → dative), from the endings no noun has; 0 if none. (-ым/-им is
        also a plural dative: «и другим активистам».)"""
        at = chain[-1][0].end + 1
        if at >= self.n or self.toks.gap(at).strip(" \u00a0"):
            return 0
        word = self.toks.words[at]
        low = fold(word)
        if not word.isalpha() or not word.islower() or len(low) < 5 or not low.endswith(_ADJECTIVE_ONLY):
            return 0
        return adjective_cases(word) | (DAT if low.endswith(("ым", "им")) else 0)

    def _list_case(self, chain: list[tuple[Hit, FormEntry]], first: int) -> int:
        """The cases a Russian list must be in, from what stands before it: a preposition (those
        of its cases the first name has: «с Питом Фёрмином и …» → instrumental), a noun the
        English puts the list after "of" («площади Актау, Тараза и …» → genitive), or a past verb
        the English puts it after as its object (the first name's cases but the nominative);
        0 if unknown."""
        start = chain[0][0].start
        if self.language != "ru" or start == 0:
            return 0
        gap = self.toks.gap(start).strip(" \u00a0" + _OPEN)
        if gap in ("—", "–", ":"):
            return self._apposition_case(chain)
        if gap:
            return 0
        before = self.toks.words[start - 1]
        low = fold(before)
        if before.islower() and (_RU_PASSIVE_PARTICIPLE.fullmatch(low) or _RU_REFLEXIVE_VERB.fullmatch(low)) \
                and PASSIVE_BY.search(self.source_before(chain[0][1].ref)):
            return INS      # "condemned by Michelle Bachelet and the EU": the agents, instrumental
        rule = governed(before)
        if rule is not None:
            mask = first & rule[0]
            if mask == ACC | LOC and self.place_not_direction(chain[0][1].ref):
                mask = LOC          # "strikes in Aktau, Atyrau and Uralsk": в Актау, Атырау и Уральске
            return mask
        # (a noun opening the sentence too: «Горняки Карагандинской области и …», "Miners in …")
        if before.isalpha() and (before.islower() or self.toks.sentence_initial(start - 1)) \
                and low not in _NOT_HEADS and not _verb_like(low) and low not in place_words() \
                and (self.after_of(chain[0][1].ref) or (
                    self.from_noun(chain[0][1].ref) and low not in self.index.grammar.get("generic", {})
                    and generic_plural(low) not in {self.lx.kinds[e.ref] for _, e in chain}
                    and not noun_next(self.source_around(chain[-1][1].ref)[1]))):
            # (not where the names modify a noun after the last: "stakes in the Karachaganak and
            # Kashagan fields" is «в месторождениях Карачаганак и Кашаган», appositions)
            return GEN
        if before.isalpha() and before.islower() and _RU_PAST.search(low) and _verb_like(low) \
                and (self.english_object(chain[0][1].ref) or _EN_SPREAD_TO.search(self.source_before(chain[0][1].ref))):
            # "strikes swept Uralsk, Kyzylorda and Taraz": in both languages the list follows the
            # verb whose object it is, so no member is in the nominative («охватили Уральск,
            # Кызылорду и Тараз»); the cases are the first name's but the nominative
            return first & ~NOM
        # (a verb or participle of one case right before: «направлено Мишель Бачелет и Европейскому союзу»,
        # both sent to, datives — where the first name can be in that case)
        # (a nominative first name may be an active verb's subject, inverted; no passive participle's)
        # (and only where the English joins the names by "and" too: not "Putin helped Tokayev, and Tokayev
        # thanked him", two clauses)
        rule = verb_governed(before) if before.islower() else None
        if rule is not None and first & rule[0] and (not first & NOM & ~rule[0]
                                                     or _RU_PASSIVE_PARTICIPLE.fullmatch(low) is not None) \
                and chain[0][1].ref != chain[1][1].ref and self.english_pair(chain[0][1].ref, chain[1][1].ref):
            return first & rule[0]
        return 0

    def _apposition_case(self, chain: list[tuple[Hit, FormEntry]]) -> int:
        """The case of a Russian list set out after a dash or colon («до трёх областных центров —
        Актау, Атырау и Уральска», «между двумя державами — Россией и Китаем»): the plural noun
        before it, by an ending only a plural noun's case has (a genitive in -ов may be an animate
        accusative, for people); 0 if unknown."""
        before = self.toks.words[chain[0][0].start - 1]
        low = fold(before)
        if not before.isalpha() or not before.islower() or _verb_like(low):
            return 0
        for ending, plural in _NOUN_PLURAL_ENDINGS:
            # (not -ей, an adjective's ending too: «другой», «всей»)
            if ending != "ей" and low.endswith(ending) and len(low) > len(ending) + 2:
                mask = _any_number(plural)
                if mask == GEN and any(self.lx.kinds[e.ref] == "person" for _, e in chain):
                    mask |= ACC
                return mask
        return 0

    def russian_word_before(self, hit: Hit, entry: FormEntry) -> None:
        """What the word before a Russian name says about its case."""
        if self.compound_government(hit, entry) or self.adjective_between(hit, entry) \
                or self.accusative_determiner(hit, entry):
            return
        low = self.toks.folded[hit.start - 1]
        grammar = self.index.grammar
        adverbial = _RU_ADVERB_PREPOSITIONS.get(low)
        if adverbial is not None and adverbial[0].search(self.source_before(entry.ref)) \
                and not self.toks.gap(hit.start).strip(" \u00a0" + _OPEN):
            # «накануне Дня независимости» where the English says "just before Independence Day" (alone,
            # накануне is "the day before": «Накануне Токаев заявил»)
            self.government(hit, entry, self.toks.words[hit.start - 1], adverbial[1])
            return
        if low not in PREPOSITIONS and low not in grammar.get("generic", ()) \
                and low not in grammar.get("titles", ()):
            found = len(self.findings)
            for rule in (self.between_and, self.thanks_to, self.compared, self.title_across_institution,
                         self.title_with_complement, self.monument_genitive, self.emphatic_agreement,
                         self.help_for,
                         self.of_genitive,
                         self.dative_after_noun,
                         self.instrumental_after_noun, self.instrumental_from, self.instrumental_of_feeling,
                         self.passive_agent, self.active_for_passive,
                         self.subject_after_verb,
                         self.object_not_nominative, self.verb_object, self.to_dative):
                rule(hit, entry)
                if len(self.findings) > found:
                    break           # one finding for the name's case
            return                  # the word before says nothing more about the name's case
        gap = self.toks.gap(hit.start)
        before = self.toks.words[hit.start - 1]
        if gap.strip(" \u00a0" + _OPEN):
            return
        # (a capitalised generic word before a quoted name heads an official name: «Организации
        # «Коммунистический голос»», the Communist Voice Organization)
        generic = self.index.grammar.get("generic", {}).get(fold(before), 0) \
            if before.islower() or before.isupper() or self.toks.sentence_initial(hit.start - 1) \
            or (before.istitle() and entry.surface[:1] in _OPEN) else 0
        if generic:
            # компанией «Казахмысом»: an apposition agrees with nothing, it stays nominative;
            # предприятие «КазМунайГаза» (of KazMunayGas) is a genitive complement
            overlap = generic & entry.cases & _SINGULAR
            heading = before.istitle() and not self.toks.sentence_initial(hit.start - 1)
            if entry.flags & DECLINED_QUOTE and (heading or overlap & ~(GEN | NOM)
                                                 or (overlap & GEN and self.english_apposition(entry.ref))
                                                 # "the magazine Class View": the English generic noun
                                                 # before the name sets them side by side, whatever case
                                                 # the Russian one is in ("the Kashagan field" may be
                                                 # the field *of* a company)
                                                 or (entry.cases & GEN and self.english_generic_before(entry.ref))
                                                 # «дочерняя компания «КазМунайГазу»»: neither agreeing
                                                 # nor the genitive complement
                                                 or not _any_number(entry.cases) & (GEN | NOM | generic)):
                self.declined_after_generic(hit, entry, before)
            elif entry.surface[:1] not in _OPEN and self.lx.kinds[entry.ref] != "person" \
                    and entry.cases & _SINGULAR and not entry.cases & (NOM | GEN) and not entry.cases >> 8 \
                    and not (generic == INS and entry.cases & ACC):
                # (an instrumental generic word before an accusative name is the predicate of a verb of
                # naming or deeming, «называть оборонительным союзом Организацию …», "call the CSTO an
                # alliance": no apposition)
                # «месторождению Кашагану»: after the generic word the name is an apposition in the
                # nominative or a genitive complement, never agreeing with it
                self.declined_after_generic(hit, entry, before)
            elif entry.surface[:1] not in _OPEN and not self.english_apposition(entry.ref) \
                    and not self.english_modifier(entry.ref):
                found = len(self.findings)
                self.of_genitive(hit, entry)    # «издание Четвёртый интернационал», "of the Fourth …"
                if len(self.findings) == found and self.lx.kinds[entry.ref] == "person":
                    # «фирма Тони Блэру», "Tony Blair's firm": a person owns the company, a genitive
                    self.dative_after_noun(hit, entry)
            elif entry.surface[:1] in _OPEN:
                self.generic_not_genitive(hit, entry, before, generic)
            return
        if low in grammar.get("titles", ()) and self.lx.kinds[entry.ref] != "person":
            # «председатель Совет безопасности», «комиссар Организация Объединённых Наций»: an
            # office holds it "of" something, a genitive, whatever the English says
            self.of_genitive(hit, entry, source_of=False)
            cases = _any_number(entry.cases)
            if cases and not cases & (GEN | NOM) and not entry.flags & DECLINED_QUOTE:
                # «главу Комитету национальной безопасности»: no other case either
                self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) after {before!r}: an "
                                "office holds it \"of\" something, a genitive")
            return
        if not self.apposition(hit, entry, before) and not self.possessor_after_title(hit, entry, before):
            self.government(hit, entry, before)

    def apposition(self, hit: Hit, entry: FormEntry, before: str) -> bool:
        """«сирийскому диктатору Асад», «сирийского диктатора Башаром Асадом»: a person's name
        after a title noun in an oblique case (the title introduced by an adjective or a
        preposition of that case) agrees with it — or is the title's own genitive («советника
        Назарбаева», the adviser *of* Nazarbayev)."""
        cases = _any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases or not before.islower():
            return False
        title = self.index.grammar.get("titles", {}).get(fold(before), 0) & ~NOM
        at = hit.start - 1          # the title's (last) word
        if at > 1 and self.toks.gap(at) == "-":
            at -= 1                 # «премьер-министра»: the first half of a hyphenated title
        if not title or at < 1 or self.toks.gap(at).strip(" \u00a0"):
            return False
        lead = self.toks.words[at - 1]
        rule = governed(lead)
        if rule is not None:
            agreeing = title & rule[0]
        else:
            agreeing = title & adjective_cases(lead) if lead.islower() else 0
        if not agreeing and not self.titles_nominative(before):
            agreeing = title            # «обращение президента Токаев»: the title can be no nominative
        before_en, after_en = self.source_around(entry.ref)
        # (a genitive is the title's complement, "adviser of Nazarbayev" — not where the English sets
        # the title right before the name: "former Prime Minister Tony Blair", «премьер-министру Тони Блэру»)
        complement = GEN if before_en is None or not _EN_TITLE_BEFORE.search(before_en) else 0
        if not agreeing or cases & (agreeing | complement) or (
                cases & NOM and before_en is not None and subject_verb(before_en, after_en) is not None):
            # (a nominative the English makes a verb's subject is no apposition: «В запросе
            # премьер-министру Пол Мёрфи спросил», "In a question to the Prime Minister, Paul Murphy asked")
            return False
        case = cases_of("ru", agreeing)[0]
        self.wrong_case(hit, entry, case, f"after {lead + ' ' + before!r}: the name agrees with the title ({case})")
        return True

    def possessor_after_title(self, hit: Hit, entry: FormEntry, before: str) -> bool:
        """«Пресс-секретарь Токаев обещает …» for "Tokayev's spokesman promises …": the English makes
        the person the owner of the title noun ("'s" after the name, no title of the name's own before
        it), which Russian says with the name in the genitive after the title («пресс-секретарь
        Токаева»); a nominative there makes the person the spokesman."""
        cases = _any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases & NOM or cases & GEN or entry.surface[:1] in _OPEN \
                or not self.index.grammar.get("titles", {}).get(fold(before), 0) \
                or not (before.islower() or self.toks.sentence_initial(hit.start - 1)) \
                or not self.english_possessive(entry.ref):
            return False
        before_en, _ = self.source_around(entry.ref)
        if before_en is None or _EN_TITLE_BEFORE.search(before_en):
            return False        # ("President Tokayev's decree" may come out as «Президент Токаев подписал указ»)
        self.wrong_case(hit, entry, "gen", f"(nom) after {before!r}: the source's \"'s\" makes the person the "
                        "title's owner, a genitive")
        return True

    def locative_without_preposition(self, hit: Hit, entry: FormEntry) -> None:
        """«Солидарность с рабочими Казахстане»: the Russian prepositional case never stands without
        its preposition (в, на, о, при, по). A form that is only a prepositional, with none of
        those prepositions among the eight words before it in its sentence (a participle phrase may
        come between, «в охваченном протестами Жанаозене», and a list of names, which do not count:
        «в Атырау, Уральске, … и Экибастузе»), is a wrong case — the genitive where the English says "of" or "'s"."""
        cases = _any_number(entry.cases)
        if cases != LOC or entry.flags & EXTRA or (entry.surface[:1] in _OPEN and not entry.flags & DECLINED_QUOTE):
            return
        words = 0
        for k in range(hit.start - 1, -1, -1):
            if PREPOSITIONS.get(self.toks.folded[k], (0, ""))[0] & LOC:
                return
            # (a list's names and conjunctions do not count: «в Атырау, Уральске, …, Экибастузе»)
            if not self.toks.words[k][:1].isupper() and self.toks.folded[k] not in ("и", "или"):
                words += 1
            if words == 8 or any(mark in self.toks.gap(k) for mark in ".!?…\n"):
                break       # (the sentence's start; a dash is none here: «в городах — Семее, Павлодаре»)
        genitive = self.after_of(entry.ref) or self.english_possessive(entry.ref)
        if genitive:
            self.wrong_case(hit, entry, "gen", "(loc) with no preposition before it: the prepositional case never "
                            "stands alone, and the source's \"of\" makes it a genitive")
            return
        offending = self.offending_of(hit, entry)
        self.add("target-wrong-inflection", f"{offending!r} (loc) with no preposition before it (в, на, о, при, "
                 f"по): the prepositional case never stands alone ({self.rid(entry.ref)})",
                 offending=offending, suggestion=None, ref=entry.ref)

    def apposition_after(self, hit: Hit, entry: FormEntry) -> None:
        """«Карим Масимов, главу КНБ, арестовали», «Саймону Пирани, историка, пригласили»: a
        person's name and the title after it between commas are one phrase in one case. A title
        only in an oblique case (no new clause's subject) that the name shares no case with makes
        the name's case wrong."""
        cases = _any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0") != ",":
            return
        title_word = self.toks.words[hit.end]
        title = self.index.grammar.get("titles", {}).get(fold(title_word), 0) & _SINGULAR
        if not title_word.islower() or not title or title & NOM or cases & title:
            return
        case = cases_of("ru", title)[0]
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('ru', cases))}) before {', ' + title_word!r}: the "
                        f"name and its title are one phrase, in the {'/'.join(cases_of('ru', title))}")

    def help_for(self, hit: Hit, entry: FormEntry) -> None:
        """English "legal help for Roza Tuletaeva": help goes *to* someone, a dative after помощь
        («помощь Розе Тулетаевой»); a genitive there makes the name the helper («помощь Розы»)."""
        cases = _any_number(entry.cases)
        if not cases & GEN or cases & DAT or entry.surface[:1] in _OPEN or self.toks.gap(hit.start).strip(" \u00a0") \
                or not self.toks.folded[hit.start - 1].startswith(_RU_HELP_NOUNS) \
                or not _EN_HELP_FOR.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}: the source's help goes to it, a dative")

    def emphatic_agreement(self, hit: Hit, entry: FormEntry) -> None:
        """«было принято самим Назарбаева» ("by Nazarbayev himself"): the emphatic сам right before a
        name agrees with it in case; a name in no case of the сам form before it is wrong."""
        cases = _any_number(entry.cases)
        wanted = _RU_EMPHATIC.get(self.toks.folded[hit.start - 1], 0)
        if not wanted or not cases or cases & wanted or entry.surface[:1] in _OPEN \
                or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        self.wrong_case(hit, entry, cases_of("ru", wanted)[0],
                        f"({'/'.join(cases_of('ru', cases))}) after {self.toks.words[hit.start - 1]!r}, which agrees "
                        f"with the name: the {'/'.join(cases_of('ru', wanted))}")

    def monument_genitive(self, hit: Hit, entry: FormEntry) -> None:
        """«снесли памятник Назарбаева» ("a statue of Nazarbayev"): a monument is put up *to* a
        person, who is its dative («памятник Назарбаеву»); a person in another case right after
        памятник, монумент is wrong — unless the English makes the person its owner ("Nazarbayev's
        monument")."""
        cases = entry.cases & _SINGULAR     # (one person: «Назарбаевым» is no dative of the Nazarbayevs here)
        if self.lx.kinds[entry.ref] != "person" or not cases or cases & DAT or entry.surface[:1] in _OPEN \
                or self.toks.gap(hit.start).strip(" \u00a0") \
                or not self.toks.folded[hit.start - 1].startswith(_MONUMENT_NOUNS) \
                or self.english_possessive(entry.ref):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}: a monument is put up to a person, a dative")

    def title_with_complement(self, hit: Hit, entry: FormEntry) -> None:
        """«депутату парламента Ирландии Пол Мёрфи», «с министром иностранных дел Кайрат
        Абдрахманов»: a person's name after a title and its complement of up to three words (what
        the title is of) agrees with the title, as right after it — where the English sets the
        title right before the name ("Irish MP Paul Murphy", "Foreign Minister Kairat
        Abdrakhmanov") and the title can be no nominative."""
        cases = _any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases or entry.surface[:1] in _OPEN \
                or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_TITLE_BEFORE.search(before_en) \
                or (cases & NOM and subject_verb(before_en, after_en) is not None):
            return
        titles = self.index.grammar.get("titles", {})
        for at in range(hit.start - 2, max(-1, hit.start - 5), -1):
            if self.toks.gap(at + 1).strip(" \u00a0") or not self.toks.words[at].isalpha() \
                    or (at < hit.start - 1 and _verb_between(self.toks.folded[at + 1])):
                return          # («первым секретарём был Назарбаев»: a verb between, the name its subject)
            title = titles.get(self.toks.folded[at], 0) & _SINGULAR
            if title and self.toks.words[at].islower():
                break
        else:
            return
        if title & NOM or self.titles_nominative(self.toks.words[at]) or cases & title:
            return
        case = cases_of("ru", title)[0]
        words = " ".join(self.toks.words[at:hit.start])
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('ru', cases))}) after {words!r}: the name agrees "
                        f"with the title ({case})")

    def title_across_institution(self, hit: Hit, entry: FormEntry) -> None:
        """«бывшему главе КНБ Карима Масимова», «бывший глава КНБ Карима Масимова был арестован»:
        a person's name after a title and the institution it heads (a name in the genitive)
        agrees with the title, as right after it. The title's case comes from the word before
        it (an adjective or a preposition). Only where the English sets the person beside the
        title ("former KNB head Karim Massimov"), not as a possessor ("head of Tokayev's
        administration" is «глава администрации Токаева»)."""
        if self.lx.kinds[entry.ref] != "person" or entry.surface[:1] in _OPEN \
                or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        institution = next((h for h, e in self.pending if h.end == hit.start and e.ref != entry.ref
                            and self.lx.kinds[e.ref] != "person" and _any_number(e.cases) & GEN), None)
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or after_en.startswith(_POSSESSIVE) or self.after_of(entry.ref):
            return
        title_at: int | None
        if institution is not None:
            title_at = institution.start - 1
        elif _EN_TITLE_BEFORE.search(before_en):
            # «с президентом России Владимир Путин», «с министром иностранных дел Кайрат Абдрахманов»
            # ("Russian President Vladimir Putin", "Foreign Minister Kairat Abdrakhmanov"): what the
            # title heads is no glossary name, a word or three
            title_at = self._title_before_complement(hit)
        else:
            return
        if title_at is None or title_at < 1 or any(self.toks.gap(k).strip(" \u00a0")
                                                   for k in range(title_at + 1, hit.start + 1)):
            return
        title_word, lead = self.toks.words[title_at], self.toks.words[title_at - 1]
        title = self.index.grammar.get("titles", {}).get(fold(title_word), 0) & _SINGULAR
        if not title or not title_word.islower() \
                or not (lead.islower() or self.toks.sentence_initial(title_at - 1)):
            return
        rule = governed(lead)
        if rule is None and fold(lead) in COMPOUND_ENDS:
            # «по словам сопредседателя … Айнура Курманова»: a compound preposition before the title
            start = title_at
            found = compound_governed(tuple(self.toks.folded[max(0, start - COMPOUND_LENGTH):start]))
            rule = found[:2] if found is not None else None
        low = fold(lead)
        lead_cases = adjective_cases(lead) or (NOM if len(low) > 4 and low.endswith(("ый", "ий")) else 0)
        agreeing = title & (rule[0] if rule is not None else lead_cases)
        if not agreeing and rule is None and _EN_TITLE_BEFORE.search(before_en):
            # «критиковался лидер КПРФ Геннадия Зюганова» ("the CPRF leader Gennady Zyuganov"): with
            # nothing before the title to tell, the title's own case, where the English sets a title
            # word right before the person
            agreeing = title
        cases = _any_number(entry.cases)
        if not agreeing or not cases or cases & agreeing:
            return
        case = cases_of("ru", agreeing)[0]
        self.wrong_case(hit, entry, case, f"after {lead + ' ' + title_word!r} and what it heads: the name "
                        f"agrees with the title ({case})")

    def _title_before_complement(self, hit: Hit) -> int | None:
        """The token of a title two to four words before the person *hit*, the words between
        (what the title heads: «России», «иностранных дел») words with no verb or preposition
        among them; None if there is none."""
        titles = self.index.grammar.get("titles", {})
        for at in range(hit.start - 2, max(-1, hit.start - 5), -1):
            word = self.toks.words[at]
            if word.islower() and fold(word) in titles:
                between = self.toks.words[at + 1:hit.start]
                if all(w.replace("-", "").isalpha() and governed(w) is None and not _verb_like(fold(w))
                       and fold(w) not in _NOT_HEADS for w in between):
                    return at
                return None
        return None

    def titles_nominative(self, word: str) -> bool:
        """Can the title noun *word* be a nominative (президент, президенты)?"""
        return bool(self.index.grammar.get("titles", {}).get(fold(word), 0) & (NOM | NOM << 8)) \
            or fold(word).endswith(("ы", "и"))

    def wrong_case(self, hit: Hit, entry: FormEntry, case: str, why: str, *, declined: bool = False) -> None:
        """Report the name at *hit* as a wrong inflection, *why* after it, with the form in *case*
        as the fix (*declined*: a Russian quoted name declined inside its quotes)."""
        offending = self.offending_of(hit, entry)
        headed = self.headed.get((hit.start, hit.end))
        if headed is not None:
            suggestion: str | None = f"{headed[0]} {head_in_case(headed[1], case)}"
        else:
            suggestion = self.lx.in_case(entry.ref, self.language, 0, form=entry.base, case=case, declined=declined)
        self.add("target-wrong-inflection",
                 f"{offending!r} {why}" + (f"; expected {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)

    def kazakh_word_after(self, hit: Hit, entry: FormEntry) -> None:
        """The word right after a Kazakh name: a postposition that takes one case («Тоқаевқа
        туралы»), a word that wants a person in the genitive (айтуынша) or a verb whose object
        takes one case («Ресейді жүгінді»)."""
        if hit.end >= self.n or entry.flags & EXTRA:
            return
        cases = entry.cases & _KK_CASES
        gap = self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE)
        if gap:
            if not gap.strip(_OPEN) and cases and not cases & KK_GEN \
                    and not self.kazakh_bare_possessor(hit, entry, cases):     # «Зюгановқа «коммунистік» … партиясы»
                self.kazakh_reported_object(hit, entry, cases)   # «… қозғалысына «…» деп айыптайды»
            return
        after = self.toks.words[hit.end]
        rule = postposition(after)
        if rule is not None and fold(after) == "қарағанда" and cases == KK_ABL \
                and _EN_SEEN_FROM.search(self.source_before(entry.ref)):
            return      # «Мәскеуден қарағанда», "seen from Moscow": looking from it, no comparison
        if rule is None and wants_person_genitive(after) and self.lx.kinds[entry.ref] == "person":
            rule = (KK_GEN, "gen")      # «Айнұр Құрманов айтуынша» → Құрмановтың
        if rule is None:
            rule = source_postposition(after, self.source_before(entry.ref))    # "after Nazarbayev"
        if rule is None and cases and not cases & KK_GEN and self.kazakh_bare_possessor(hit, entry, cases):
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
            if verb_object_case(after) is None and after.islower() \
                    and (not _KK_CASE_ENDING.search(fold(after)) or adverb_like_case(fold(after))) \
                    and hit.end + 1 < self.n and not self.toks.gap(hit.end + 1).strip(" \u00a0") \
                    and (self.english_object(entry.ref) or adverb_like_case(fold(after))):
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
            self.kazakh_verb_object(hit, entry, after, cases)
            return
        if not cases or cases & rule[0]:
            return
        if rule[1] == "ins" and cases == KK_NOM and hit.start > 0 \
                and self.toks.folded[hit.start - 1] in _KK_COORDINATORS:
            return      # «Пит Фермин мен Джон Макдоннелл бірге тұрды»: a list, the subject, "together"
        self.wrong_case(hit, entry, rule[1], f"({'/'.join(cases_of('kk', cases))}) before "
                        f"{self.toks.words[hit.end]!r}, which takes the {rule[1]}")

    def kazakh_reported_object(self, hit: Hit, entry: FormEntry, cases: int) -> bool:
        """«Мәскеу НАТО-ға толқуларды ұйымдастырды деп айыптады» ("accused NATO of organising"): the
        English object, before a clause reported with деп (a reason with үшін, "accused Tokayev for
        ordering"; a matter with туралы, "instructed the KNB to hand over": «… тапсыру туралы нұсқау
        берді»), is the object of the verb after it, or of the compound (нұсқау берді: a dative). True
        when the clause has that shape (and the name was checked against the verb)."""
        if not cases or cases & KK_NOM or not self.english_object(entry.ref) or self.english_possessive(entry.ref):
            return False
        words = self._clause_after(hit)
        said = next((k for k, word in enumerate(words[:-1]) if fold(word) in _KK_REPORTING), None)
        if said is None or said == 0 or verb_object_case(words[said - 1]) is not None:
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

    def kazakh_from(self, hit: Hit, entry: FormEntry) -> bool:
        """English "from Kazakhstan", "left Almaty", "withdraw from Kazakhstan": the name is
        where something comes from or leaves. Kazakh says it with the ablative (Қазақстаннан),
        a genitive (Екібастұздың көмірі, "coal from Ekibastuz") or a bare modifier; a name only
        in the dative or the locative (Қазақстанда шыға бастады) says the opposite or nothing of
        the kind: the ablative is expected. (The accusative can be right: ТМД-ны тастап кетті.)
        Asking or demanding something of someone is the ablative too («Мәскеуден көмек сұрады»):
        an accusative there («Мәскеуді») is what is asked for."""
        cases = entry.cases & _KK_CASES
        before = self.source_before(entry.ref)
        # (not "asked Kazakhstan to release …": asked to act, the one asked is called on, «Қазақстанды …
        # босатуға шақырды», an accusative)
        words_after = self._clause_after(hit)
        # (but where the Kazakh verb is сұрау itself, "asked Kazakhstan to explain" asks *from* it too:
        # «Қазақстаннан … түсіндіруді сұрады»)
        asked_here = bool(words_after) and asking_verb(words_after[-1])
        # (only of someone who can be asked: "demand the 1993 Constitution back" asks for a document)
        if not entry.flags & EXTRA and (cases == KK_ACC or (cases == KK_DAT and asked_here)) \
                and _EN_ASKED.search(before) and self.lx.kinds[entry.ref] in ("person", "organisation", "place") \
                and (asked_here or not re.match(r"\s+to\s", self.source_around(entry.ref)[1])):
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
        if not entry.flags & EXTRA and cases == KK_ACC and _EN_FROM_BEFORE.search(before) \
                and ablative_source_clause(words_after):
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
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_LOC | KK_INS) \
                or (cases & KK_INS and words_after and fold(words_after[0]) in _KK_ABLATIVE_PARTNERS):
            return False        # (an instrumental says "with", never "from": «Қарашығанақпен шығарып алды»)
        found = _EN_FROM_BEFORE.search(before)
        if not found:
            return False
        clause = re.split(r"[.;:!?,]\s", before[:found.start()])[-1].lower()
        # (a dative right before a Kazakh verb of moving says "to" where the English says "from": «Атырауға
        # келген куәлар», "witnesses from Atyrau")
        # (nor a locative or dative right before a participle of taking or leaving: «Communist Voice-та
        # алынған мақала», "the article taken from Communist Voice")
        # (or a locative right before a participle of coming: «Тәжікстанда келген әскерлер», "troops from
        # Tajikistan")
        towards = bool(cases & (KK_DAT | KK_LOC) and words_after and moving_verb(words_after[0])
                       and (cases & KK_DAT or participle(fold(words_after[0]))))
        taken = bool(words_after and source_participle(words_after[0]))
        if found.group(1) and not any(_EN_MOVING.fullmatch(word) for word in re.findall(r"[a-z]+", clause)) \
                and not ablative_source_clause(words_after) and not towards and not taken:
            # "from" with no verb of moving before it in its clause, nor a Kazakh verb whose source is an
            # ablative after it ("demanded a pay rise from KazMunayGas": «ҚазМұнайГаздан … талап етті»)
            return False
        self.wrong_case(hit, entry, "abl", f"({'/'.join(cases_of('kk', cases))}): the source says it is where "
                        "something comes from or leaves, which Kazakh puts in the ablative")
        return True

    def kazakh_recipient(self, hit: Hit, entry: FormEntry) -> bool:
        """English "sent their demands to President Tokayev", "appealed to the CSTO": the name is
        the one something is sent, given or said to, which Kazakh puts in the dative. A name only
        in the ablative or the locative there («Тоқаевтан жолдады») says where it came from or
        happened instead. (Other cases may render it: «Саймон Ханнамен сөйлесті», "spoke to
        Simon Hannah"; «Тоқаев атына», "addressed to Tokayev".)"""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases:
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None:
            return False
        if cases == KK_ACC:
            # an accusative is the thing given: wrong for "sent a letter to Bachelet" and for the English
            # double object "offered Tokayev military aid" — where the clause ends with a verb of giving
            # (a congratulation "sent to Tokayev" is «Тоқаевты құттықтады», an accusative)
            double = _EN_GIVING_BEFORE.search(before_en) is not None and second_object_next(after_en)
            words = self._clause_after(hit)
            if not (double or _EN_TO_RECIPIENT.search(before_en)) or not words or not giving_verb(words[-1]):
                return False
        elif cases == KK_NOM:
            # "the money paid to Tony Blair": a bare name right before a verb of giving, of either voice,
            # is its subject or the passive's, never the one it goes to («Тони Блэр төленген ақша»)
            if not _EN_TO_RECIPIENT.search(before_en) or hit.end >= self.n \
                    or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) \
                    or not giving_verb_any_voice(self.toks.words[hit.end]):
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
            double = self.lx.kinds[entry.ref] == "person" and _EN_GIVING_BEFORE.search(before_en) is not None \
                and second_object_next(after_en)
            if not (_EN_TO_RECIPIENT.search(before_en) or double) or not given \
                    or any(_KK_POSSESSED_DATIVE.fullmatch(fold(word)) for word in words[:-1]):
                return False    # («елшілігінің атына жолдады», to the embassy's name: the dative is its noun's)
        elif cases & ~(KK_ABL | KK_LOC) or not _EN_TO_RECIPIENT.search(before_en):
            return False
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('kk', cases))}): the source makes it the one "
                        "something is sent, given or said to, which Kazakh puts in the dative")
        return True

    def kazakh_compared(self, hit: Hit, entry: FormEntry) -> bool:
        """English "compared Kazakhstan with Belarus", "compared the prisons to Guantanamo": what is
        compared is the accusative object of салыстыру, what it is compared with its instrumental
        («Қазақстанды Беларусьпен салыстырды», «Гуантанамомен салыстырды»); a name in another case
        in a clause with салыстыру is wrong (a bare name only on the side compared with, which no
        subject is)."""
        cases = entry.cases & _KK_CASES
        words = [fold(word) for word in self._clause_after(hit)[:2]]
        if entry.flags & EXTRA or not cases or not words or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE):
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

    def kazakh_demanded_of(self, hit: Hit, entry: FormEntry) -> bool:
        """English "demanded of Tokayev", "demanded that Tokayev withdraw the troops": the one a demand
        is made of is the ablative of талап ету («Тоқаевтан … талап етті»); a dative there is wrong,
        and an accusative unless the English makes the name the object of the action demanded
        ("demanded that Tokayev be removed": «Тоқаевты … алуды талап етті»)."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_ACC):
            return False
        before_en, after_en = self.source_around(entry.ref)
        demanded = _EN_DEMANDED_OF.search(before_en or "")
        that = demanded is not None and demanded.group(1).lower() == "that"
        # (after "that", only one who can be asked to act: "demanded that the 1993 Constitution … be
        # restored" makes the name what is acted on)
        if demanded is None or after_en.startswith(_POSSESSIVE) \
                or (that and self.lx.kinds[entry.ref] not in ("person", "organisation")) \
                or (cases == KK_ACC and that and _EN_BE_AFTER.match(after_en)):
            return False
        words = self.toks.folded[hit.end:self._sentence_end(hit.end)]
        if not any(word == "талап" and following.startswith("ет") for word, following in pairwise(words)):
            return False
        if that and any(possessed_verbal_noun(word) for word in words):
            return False        # «Назарбаевтың … кетуін талап етті»: the subject of the action, a genitive (elsewhere)
        self.wrong_case(hit, entry, "abl", f"({cases_of('kk', cases)[0]}): the source makes it the one a demand is "
                        "made of, the ablative of талап ету")
        return True

    def kazakh_with(self, hit: Hit, entry: FormEntry) -> bool:
        """English "worked closely with Paul Murphy": the name is a partner, which Kazakh puts in
        the instrumental («Пол Мерфимен»). An accusative, dative or ablative in a clause that ends
        with a verb of meeting, talking or working with («Пол Мерфиді … жұмыс істеп келеді», «Си
        Цзиньпинге … келіссөз жүргізді», «Құрмановтан … сөйлесті»), or right before a noun of doing
        something with someone, is wrong. (Other verbs may render "with" otherwise: «Тоқаевқа
        наразы», "unhappy with Tokayev"; and the absolute ", with Aktau on the coast" is no
        partner: «Ақтауды теңіз жағасына … белгілегенде».)"""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or cases not in (KK_ACC, KK_DAT, KK_ABL) \
                or not _EN_WITH_BEFORE.search(self.source_before(entry.ref)):
            return False
        if cases == KK_ACC and hit.end < self.n and not self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) \
                and accusative_verb(self.toks.words[hit.end]):
            return False        # "standing with Kazakhstan" as «Қазақстанды қолдау», supporting it: its object
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
        if not partner_clause(clause) and not (
                hit.end < self.n and not self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE)
                and partner_noun(self.toks.words[hit.end])):
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
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_ACC | KK_ABL) \
                or self.lx.kinds[entry.ref] != "place" or not (
                    self.place_not_direction(entry.ref) or _EN_ON_BEFORE.search(self.source_before(entry.ref))
                    or _EN_THROUGHOUT_BEFORE.search(self.source_before(entry.ref))):
            # ("held on Trafalgar Square", "under way throughout Mangystau": with a verb of taking place,
            # "on" and "throughout" are "in")
            return False
        words = self._clause_after(hit)
        if not words or postposition(words[0]) is not None:
            return False
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
        if not held and not happening_verb(words[-1], words[-2] if len(words) > 1 else "") \
                and not partner_clause(words) and not (beginning_verb(words[-1]) and not cases & KK_ABL):
            return False
        self.wrong_case(hit, entry, "loc", f"({'/'.join(cases_of('kk', cases))}) "
                        + (f"right before {' '.join(words[:2]) if compound else words[0]!r}" if held
                           else f"in a clause whose verb {words[-1]!r}")
                        + " says where something happens: the source's \"in\" is a locative")
        return True

    def kazakh_published_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "published on International Viewpoint", "appeared in Novaya Gazeta": where
        something is published is a locative («International Viewpoint-та жарияланды»). In a
        clause that ends with a verb of publishing, a name the English puts after "in" or "on" in
        the dative, ablative or accusative is wrong."""
        cases = entry.cases & _KK_CASES
        # (an accusative too: «Altleft.org-ты жарияланды», what is published is no place it is published on)
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_ABL | KK_ACC) \
                or not _EN_IN_ON_BEFORE.search(self.source_before(entry.ref)):
            return False
        words = self._clause_after(hit)
        if not words or postposition(words[0]) is not None:
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
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_ABL | KK_INS | KK_DAT | KK_GEN):
            return False
        before_en = self.source_before(entry.ref)
        cue = _FROM_BEFORE.search(before_en)
        people = _EN_PEOPLE_AT.search(before_en)
        words = self._clause_after(hit)
        if cases & KK_GEN and (people is None or not words or something_to_own(words)):
            return False    # (a genitive only with nothing in its clause to own: «компаниясының жұмысшыларға»)
        # ("the strike at Kashagan": a dative «Қашағанға ереуіл» says where the strike goes)
        event_at = cases == KK_DAT and self.lx.kinds[entry.ref] == "place" and _EN_EVENT_AT.search(before_en)
        if people is None and not event_at and (cue is None or not cue.group(2) or cases & KK_DAT
                                                or cue.group(0).split()[0].lower() in _EN_IN_AFTER_VERB
                                                or self.lx.kinds[entry.ref] != "place"):
            return False
        if self.english_possessive(entry.ref):
            return False
        if not words or postposition(words[0]) is not None or source_postposition(words[0], "") is not None \
                or fold(words[0]) in _KK_ABLATIVE_PARTNERS:
            return False
        if cases == KK_DAT and (moving_verb(words[0]) or gathering_verb(fold(words[0]))):
            return False    # «Трафальгар алаңына жиналғандар», "the people in Trafalgar Square": gathered *to* it
        if (not event_at and (ablative_source_clause(words) or partner_clause(words))) \
                or any(beginning_verb(word) for word in words):
            # a verb whose source is an ablative, or whose partner an instrumental; a beginning told
            # from where («Жаңаөзеннен басталған көтеріліс», "the uprising that began in Zhanaozen")
            return False
        self.wrong_case(hit, entry, "loc", f"({'/'.join(cases_of('kk', cases))}): the source's \"in\" or \"at\" after "
                        "a noun says where that thing is, a locative or an attribute in -дағы")
        return True

    def kazakh_pair_with_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """English "support for Roza Tuletaeva and all political prisoners": a name joined by "and" to
        a common noun shares its case, which Kazakh puts on both or only on the last («Роза Төлетаеваға
        және барлық саяси тұтқындарға», «Роза Төлетаева және … тұтқындарға»). A name in another case
        before және and a noun in the dative, ablative or instrumental is a wrong inflection. (Genitives inside the
        second member are its own possessors: «Тоқаевты және үкіметтің саясатын».)"""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & KK_NOM or hit.end + 1 >= self.n \
                or self.toks.folded[hit.end] not in ("және", "әрі", "немесе") \
                or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) or self.toks.gap(hit.end + 1).strip(" \u00a0") \
                or not _EN_AND_AFTER.match(self.source_around(entry.ref)[1]):
            return False
        for k in range(hit.end + 1, min(self.n, hit.end + 5)):
            if k > hit.end + 1 and self.toks.gap(k).strip(" \u00a0"):
                return False
            word, low = self.toks.words[k], self.toks.folded[k]
            if self.covered[k] and word.islower():
                continue            # a name made an adjective (қытайлық серіктеспен)
            if self.covered[k] or not word.islower():
                return False        # another name: the list rules' business
            if genitive_word(low):
                continue
            if embedded_verb(low) or postposition(low) is not None or accusative_word(low):
                return False        # past the second member («… белсенділерді босатуға»), or not a noun's case
            name = oblique_noun_case(low)
            if name is None or (k + 1 < self.n and participle(self.toks.folded[k + 1])):
                continue        # no case of these; «түрмеге қамалған»: the participle's own dative
            case = _KK_CASE_BITS[name]
            if cases & case:
                return False
            self.wrong_case(hit, entry, name, f"({'/'.join(cases_of('kk', cases))}) joined by "
                            f"{self.toks.words[hit.end]!r} to {word!r} ({name}): the two share one case")
            return True
        return False

    def kazakh_particle_pair(self, hit: Hit, entry: FormEntry) -> bool:
        """English "trust neither Tokayev nor his promises", "not only from Russia but also from
        China": Kazakh pairs the two with a particle after each («Тоқаевқа да, уәделеріне де»,
        «Ресейден ғана емес, Қытайдан да»), and the two share one case. A name whose case the other
        member, a noun in the dative, ablative or instrumental, does not share is wrong; against
        another name, only where the English preposition before this one ("from", "to", "with")
        asks for the other's case."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or hit.end >= self.n \
                or self.toks.folded[hit.end] not in _KK_PAIR_PARTICLES \
                or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE):
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not (_EN_PAIR_BEFORE.search(before_en) or _EN_PAIR_AFTER.match(after_en)):
            return False
        k = self._pair_member_after(hit.end + 1) if hit.end + 1 < self.n and "," in self.toks.gap(hit.end + 1) \
            else None
        if k is None:
            k = self._pair_member_before(hit.start)
        if k is None:
            return False
        theirs = next((e for h, e in self.pending if h.start <= k < h.end), None)
        if theirs is not None:
            their_cases = theirs.cases & _KK_CASES
            found = _EN_LAST_PREPOSITION.search(before_en)
            name = next((c for c, bit in _KK_CASE_BITS.items() if bit == their_cases), None)
            if name is None or found is None or _KK_CASE_OF_PREPOSITION[found.group(1).lower()] != their_cases:
                return False
        else:
            if self.covered[k] or not self.toks.words[k].islower():
                return False
            # (or an ending only an accusative has: «Қауіпсіздік кеңесін де, билеуші партияны да»)
            name = case_by_ending(self.toks.folded[k])
            if name is None:
                return False
        if cases & _KK_CASE_BIT[name]:
            return False
        self.wrong_case(hit, entry, name, f"({'/'.join(cases_of('kk', cases))}) paired by "
                        f"{self.toks.words[hit.end]!r} with {self.toks.words[k]!r} ({name}): the two share one case")
        return True

    def _pair_member_after(self, start: int) -> int | None:
        """The token of the second member of a pair («…, оның уәделеріне де»): the word right before
        the next particle, within a few words and no punctuation; None if there is none."""
        for k in range(start, min(self.n, start + 5)):
            if k > start and self.toks.gap(k).strip(" \u00a0"):
                return None
            if self.toks.folded[k] in _KK_PAIR_PARTICLES:
                return k - 1 if k > start else None
        return None

    def _pair_member_before(self, start: int) -> int | None:
        """The token of the first member of a pair before the name («Ресейден ғана емес, …», «Ресейден
        да, …»), or None."""
        if start < 2 or "," not in self.toks.gap(start):
            return None
        folded = self.toks.folded
        if folded[start - 1] in _KK_PAIR_PARTICLES and not self.toks.gap(start - 1).strip(" \u00a0" + _CLOSE):
            return start - 2
        if start >= 3 and folded[start - 1] == "емес" and folded[start - 2] == "ғана":
            return start - 3
        return None

    def kazakh_clause_subject(self, hit: Hit, entry: FormEntry) -> bool:
        """English "rumours spread that Nazarbayev had resigned": the name is the subject of a clause
        that Kazakh makes a verbal noun with the possessive (кеткені, кетуін), whose subject is a
        genitive («Назарбаевтың отставкаға кеткені туралы»). A dative, ablative, accusative, locative
        or instrumental before that verbal noun, with no genitive between, is a wrong inflection."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & (KK_NOM | KK_GEN) or entry.surface[:1] in _OPEN:
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_THAT_BEFORE.search(before_en) or not (
                _EN_CLAUSE_VERB_AFTER.match(after_en)
                or (_EN_DEMANDED_THAT.search(before_en) and _EN_BASE_VERB_AFTER.match(after_en))):
            return False
        for word in self._clause_after(hit)[:8]:
            low = fold(word)
            if genitive_word(low) or postposition(low) is not None:
                return False        # another subject, or a phrase of its own (the name may be a postposition's)
            if word.islower() and nominalised_verb(low):
                self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}) before {word!r}: the source "
                                "makes it the subject of a clause Kazakh turns into a verbal noun, whose subject is "
                                "a genitive")
                return True
        return False

    def kazakh_opening_place(self, hit: Hit, entry: FormEntry) -> bool:
        """English "In Karaganda Region, miners … went on strike": a place that opens the sentence
        after "in" or "at" says where the rest happens, a locative («Қарағанды облысында …»); a
        dative or accusative there is wrong, unless the clause ends with a verb of moving (where
        something goes is a dative) or a postposition follows the name."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_DAT | KK_ACC | KK_ABL) \
                or self.lx.kinds[entry.ref] != "place" or not _EN_OPENING_PLACE.match(self.source_before(entry.ref)) \
                or not self.toks.sentence_initial(hit.start):
            return False
        words = self._clause_after(hit)
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
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_LOC | KK_ACC | KK_ABL | KK_NOM) \
                or self.lx.kinds[entry.ref] != "place":
            return False
        # (the last of a list: "reached Atyrau, Uralsk and Aktobe", where the verb is before the first)
        if not _EN_TO_PLACE.search(_EN_LIST_BEFORE.sub("", self.source_before(entry.ref)[-200:])):
            return False
        words = self._clause_after(hit)
        if len(words) > 1 and (converb(words[-2]) or beginning_verb(words[-1])) and moving_verb(words[-2]):
            # «көшіп кетті», «тасымалдай бастады»: the converb moves, the auxiliary or the verb of
            # beginning after it adds aspect
            words = words[:-1]
        if words and not moving_verb(words[-1]):
            # «Ақтауда әскерлердің ұшақпен жеткізілгенін айтты»: the moving is told, a participle made a noun
            # in a clause of saying
            moved = next((k for k, word in enumerate(words) if nominalised_moving_verb(word)), None)
            words = words[:moved + 1] if moved is not None else words
        if not words or postposition(words[0]) is not None or not (moving_verb(words[-1])
                                                                    or nominalised_moving_verb(words[-1])):
            return False
        if cases & KK_NOM and (len(words) > 1 or entry.surface[:1] in _OPEN):
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
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or cases not in (KK_LOC, KK_GEN) or entry.surface[:1] in _OPEN \
                or self.lx.kinds[entry.ref] != "place":
            return False
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _after_to(before_en, _NOT_DIRECTION_TO) or after_en.startswith(_POSSESSIVE) \
                or noun_next(after_en) or _EN_WELCOMED_TO.search(before_en):
            return False
        # (a genitive: "Kyrgyzstan's debt to China" is «Қытайға қарызы»; «Қытайдың қарызы» is China's own debt)
        says = "a locative says where it is" if cases == KK_LOC else "a genitive makes it the owner"
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) right after the source's \"to\": where "
                        f"something goes is a dative, {says}")
        return True

    def kazakh_contrast(self, hit: Hit, entry: FormEntry) -> bool:
        """«прокурорлар «Өзенмұнайгаз» компаниясы емес, ереуілшілерді тергеді» ("investigated the
        strikers, not Ozenmunaigas"): the two sides of «X емес, Y» fill one slot of the verb, in
        one case; a name before емес in another case than the word after the comma (one whose
        ending shows its case) is wrong."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or hit.end + 1 >= self.n or self.toks.folded[hit.end] != "емес" \
                or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) or self.toks.gap(hit.end + 1).strip() != "," \
                or not self.toks.words[hit.end + 1].islower():
            return False
        other = fold(self.toks.words[hit.end + 1])
        case = case_by_ending(other)
        if case is None or cases & _KK_CASE_BIT[case]:
            return False
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) before «емес,» and "
                        f"{self.toks.words[hit.end + 1]!r}: both sides of the contrast are in one case, the {case}")
        return True

    def kazakh_contrast_second(self, hit: Hit, entry: FormEntry) -> bool:
        """«Тек Тоқаевты ғана емес, ең алдымен … Назарбаевтың.» ("not only Tokayev but above all
        Nazarbayev"): the second side of «X емес, … Y» that ends the sentence fills the slot X fills, in
        X's case; a name there in another case than a first side whose case is certain (a name of
        one case, or a word whose ending shows it) is wrong."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or entry.surface[:1] in _OPEN \
                or (hit.end < self.n and not _SENTENCE_END.search(self.toks.gap(hit.end))):
            return False
        at = next((k for k in range(hit.start - 1, 0, -1)
                   if (self.toks.folded[k] == "емес" and self.toks.gap(k + 1).strip() == ",")
                   or _SENTENCE_END.search(self.toks.gap(k))), None)
        if at is None or self.toks.folded[at] != "емес" or any(h.start > at and h.start < hit.start
                                                               for h, _ in self.pending):
            return False        # (another name between: the first after the comma is the second side)
        first = at - 1
        if first > 0 and self.toks.folded[first] in ("ғана", "ғой", "да", "де", "та", "те"):
            first -= 1
        own = next((e for h, e in self.pending if h.end == first + 1 and not e.flags & EXTRA), None)
        if own is not None:
            theirs = own.cases & _KK_CASES
            named = cases_of("kk", theirs)
            case = named[0] if len(named) == 1 else None
        else:
            other = self.toks.folded[first]
            case = case_by_ending(other)
        if case is None or case == "nom" or cases & _KK_CASE_BIT[case]:
            return False
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) as the second side of «"
                        f"{self.toks.words[first]} … емес, …»: both sides of the contrast are in one case, the {case}")
        return True

    def kazakh_verbal_noun_object(self, hit: Hit, entry: FormEntry) -> bool:
        """English "demanded the release of Roza Tuletaeva": the name is the object of the action
        the noun names, which Kazakh says with a verbal noun («Роза Төлетаеваны босатуды»); a
        dative right before the verbal noun of a verb whose object is an accusative (not one of
        giving or moving, which has a dative of its own) is wrong."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_DAT or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE):
            return False
        at = hit.end
        # «Назарбаевқа куә ретінде шақыруды» ("to summon Nazarbayev as a witness"): the role the object
        # is acted on as stands between it and the verbal noun
        role = at + 2 < self.n and self.toks.folded[at + 1] == "ретінде" and self.toks.words[at].islower() \
            and not (self.toks.gap(at + 1) + self.toks.gap(at + 2)).strip(" \u00a0")
        if role:
            at += 2
        word = self.toks.words[at]
        # (only where the English has the noun with "of", or the name right after an infinitive ("to
        # summon Nazarbayev"): after "thanked Xi Jinping", «Си Цзиньпинге қолдауы үшін алғыс айтты», the
        # dative belongs to the verb further on)
        if not word.islower() or not any_verbal_noun(fold(word)) or not accusative_verb(word) \
                or giving_verb_any_voice(word) or moving_verb(word) \
                or not ((self.after_of(entry.ref) and not role) or self.infinitive_object(entry.ref)):
            return False
        self.wrong_case(hit, entry, "acc", f"(dat) right before {word!r}, the verbal noun of a verb whose object is "
                        "an accusative: the source makes it what is acted on")
        return True

    def kazakh_compound_verb_object(self, hit: Hit, entry: FormEntry) -> bool:
        """English "demanded the restoration of the 1993 Constitution": the name is the object of a
        compound verb of a possessed dative noun and a verb (қалпына келтіру), an accusative
        («Конституцияны қалпына келтіруді»); another case right before the compound, active and with
        no possessive of its own, is wrong («Конституцияның қалпына келтірілуі», a passive's subject,
        is right)."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & (KK_ACC | KK_NOM) or hit.end + 1 >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) \
                or not possessed_compound(self.toks.words[hit.end], self.toks.words[hit.end + 1]):
            return False
        verb = fold(self.toks.words[hit.end + 1])
        if passive_verb(verb) or possessed_verbal_noun(verb) or nominalised_verb(verb) \
                or not (self.after_of(entry.ref) or self.english_object(entry.ref)
                        or self.infinitive_object(entry.ref)):
            return False
        compound = f"{self.toks.words[hit.end]} {self.toks.words[hit.end + 1]}"
        self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('kk', cases))}) right before {compound!r}, a compound "
                        "verb whose object is an accusative: the source makes it what is acted on")
        return True

    def kazakh_called_on(self, hit: Hit, entry: FormEntry) -> bool:
        """English "called on Kazakhstan to guarantee fair trials", "urged Tokayev to": the one called
        on is the accusative object of шақыру / үндеу («Қазақстанды … қамтамасыз етуге шақырды»), the
        action it is called to a dative of its own; the name in the dative there is wrong."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES not in (KK_DAT, KK_ABL) \
                or not _EN_CALLED_ON.search(self.source_before(entry.ref)) \
                or not re.match(r"\s+to\s+[a-z]", self.source_around(entry.ref)[1]):
            return False
        if not any(fold(word).startswith(("шақыр", "үнде")) for word in self._clause_after(hit)):
            return False
        self.wrong_case(hit, entry, "acc", f"({cases_of('kk', entry.cases & _KK_CASES)[0]}) where the source calls "
                        "on it to act: the one called on is the accusative object of шақыру, what it is called to the "
                        "dative")
        return True

    def kazakh_participle_agent(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the photographs taken by Steve Eason": the agent of an English passive participle
        is the subject of the Kazakh active one after it, bare or in the genitive («Стив Изон
        түсірген фотосуреттер»); a dative, accusative or ablative there is wrong."""
        cases = entry.cases & _KK_CASES
        # (a person only: a medium "by" which something was published is also where, «MR Online-да жарияланған»)
        if entry.flags & EXTRA or not cases or cases & (KK_NOM | KK_GEN) or hit.end >= self.n \
                or self.lx.kinds[entry.ref] != "person" or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE):
            return False
        word = self.toks.words[hit.end]
        low = fold(word)
        if not word.islower() or not participle(low) or passive_verb(low) or il_passive(low) \
                or not PASSIVE_BY.search(self.source_before(entry.ref)):
            return False
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) right before {word!r}: the source's "
                        "\"by\" makes it the doer, the subject of the participle")
        return True

    def kazakh_accusative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "tried to hold a rally in Petropavlovsk": a place after "in" or "at" is where
        something is or happens, a locative («Петропавлда митинг өткізбек болған»); an accusative
        («Петропавлды») makes it the object of a verb instead. Not with the verbs whose object is
        the place gone round or lived in (аралау "travel around", мекендеу "inhabit"), which English
        says with "in" too."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_ACC or entry.surface[:1] in _OPEN \
                or self.lx.kinds[entry.ref] != "place" or not self.place_not_direction(entry.ref):
            return False
        if any(round_verb(word) for word in self._clause_after(hit)):
            return False
        self.wrong_case(hit, entry, "loc", "(acc) where the source puts it after \"in\" or \"at\": where something "
                        "is or happens is a locative, an accusative makes it a verb's object")
        return True

    def kazakh_dative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "protesters seized the akimat in Petropavl": a place after "in" is where something
        happens, a locative («Петропавлда … басып алды»); a dative there («Петропавлға») says where
        to, which nothing asks for where the English has no verb of arrival, motion or placement
        around the name and nothing in the Kazakh sentence after it takes a dative (a verb of moving,
        bringing, putting or introducing in any form, one whose object is a dative, a postposition:
        «Алматыға төтенше жағдай енгізілді» is right)."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_DAT:
            return False
        after_en = re.split(r"[.;:!?]\s", self.source_around(entry.ref)[1])[0]
        return self._kazakh_case_for_in(hit, entry, lambda words: _arrival_in_clause(after_en)
                                        or dative_in_clause(words),
                                        "(dat) where the source puts it after \"in\": where something is or happens "
                                        "is a locative, and nothing in the clause asks for a dative (where to)")

    def kazakh_ablative_for_in(self, hit: Hit, entry: FormEntry) -> bool:
        """English "detained in Uralsk": a place after "in" is where something happens, a locative; an
        ablative («Оралдан … ұсталды») says "from", which nothing in the Kazakh sentence asks for
        (no verb of leaving, taking, hearing, moving or beginning, no postposition or comparison
        of the ablative) where the English has no "from"."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_ABL or "from" in self.source.lower().split():
            return False
        return self._kazakh_case_for_in(hit, entry, ablative_in_clause,
                                        "(abl) where the source puts it after \"in\": where something is or happens "
                                        "is a locative; an ablative says \"from\"")

    def _kazakh_case_for_in(self, hit: Hit, entry: FormEntry, asked_for: Callable[[list[str]], bool],
                            why: str) -> bool:
        """A place the English puts after "in" (no verb of arrival before it) in a case that
        nothing in the Kazakh sentence after it asks for (*asked_for* of its words, read to the
        sentence's end: the verb may stand past a comma, «Алматыға … емес, дәл ҰҚШҰ келіп
        жетті»): the locative is meant."""
        if entry.surface[:1] in _OPEN or not _EN_IN_BEFORE.search(self.source_before(entry.ref)) \
                or not self.place_not_direction(entry.ref) \
                or asked_for(self.toks.words[hit.end:self._sentence_end(hit.end)]):
            return False
        if self._sentence_end(hit.end) == hit.end \
                and asked_for(self.toks.words[self._sentence_start(hit.start):hit.start]):
            # (a name that ends its sentence, set after the verb: «… сол жерден бастайық: … — Жаңаөзеннен», "let us
            # begin … in Zhanaozen")
            return False
        self.wrong_case(hit, entry, "loc", why)
        return True

    def kazakh_recipient_of_passive(self, hit: Hit, entry: FormEntry) -> bool:
        """English "the letter was handed to Simon Hannah": a finite passive ends the clause and takes
        no object, so a name the English puts after "to" in the accusative there («… Саймон Ханнаны
        табыс етілді») is the object of nothing: the one it goes to is a dative. Not where another
        verb form in the clause may take the name as its object."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_ACC or entry.surface[:1] in _OPEN \
                or not _after_to(self.source_before(entry.ref), _TO_IN_PREPOSITIONS):
            return False
        words = self._clause_after(hit)
        if not words or not finite_passive(fold(words[-1])):
            return False
        if _another_verb_form(words[:-1]):
            return False
        self.wrong_case(hit, entry, "dat", f"(acc) in a clause whose verb {words[-1]!r} is a passive, which takes "
                        "no object: the source's \"to\" makes it the one it goes to, a dative")
        return True

    def kazakh_accusative_before_passive(self, hit: Hit, entry: FormEntry) -> bool:
        """English "Nazarbayev statue pulled down", "a monument to Nazarbayev was torn down": a name in
        the accusative right before a noun with the possessive, in a clause whose only verb is a
        finite passive («Назарбаевты ескерткіші құлатылды»), is the object of nothing — a passive
        takes none — where it owns the noun: the genitive («Назарбаевтың ескерткіші»)."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_ACC or entry.surface[:1] in _OPEN \
                or self.english_object(entry.ref) is not None:
            return False
        words = self._clause_after(hit)
        if len(words) < 2 or not words[0].islower() or not possessive_shape(fold(words[0])) \
                or any_postposition(words[0]) or not finite_passive(fold(words[-1])):
            return False
        if _another_verb_form(words[:-1]):
            return False        # another verb form in the clause may take it as its object (… қалпына келтіру)
        self.wrong_case(hit, entry, "gen", f"(acc) before {words[0]!r} in a clause whose verb {words[-1]!r} is a "
                        "passive, which takes no object: it owns the noun, a genitive")
        return True

    def kazakh_genitive_before_genitive(self, hit: Hit, entry: FormEntry) -> bool:
        """English "those detained in Karaganda Region": a genitive name right before a participle made
        a noun, in the genitive with no possessive («Қарағанды облысының ұсталғандардың бірнешеуі»),
        owns nothing — the word after it is owned by what follows, not by the name. Where the English
        puts the name after "in", "at", "to", "from" or "with", that preposition's case is meant
        («Қарағанды облысында ұсталғандардың»)."""
        if entry.flags & EXTRA or entry.cases & _KK_CASES != KK_GEN or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE):
            return False
        after = self.toks.words[hit.end]
        low = fold(after)
        if not after.islower() or not nominal_participle_genitive(low):
            return False
        cue = _EN_CASE_BEFORE.search(self.source_before(entry.ref))
        if cue is None or self.english_possessive(entry.ref):
            return False
        case = cases_of("kk", _KK_CASE_OF_PREPOSITION[cue.group(1).lower()])[0]
        self.wrong_case(hit, entry, case, f"(gen) right before {after!r}, a genitive no possessive ending lets it "
                        f"own: the name owns nothing, and the source's \"{cue.group(1)}\" asks for the {case}")
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
        if cases == KK_DAT and hit.end < self.n and abstract_noun(self.toks.folded[hit.end]) \
                and not self.toks.gap(hit.end).strip(" \u00a0"):
            return False        # «Еуразиялық экономикалық одаққа мүшелік», "membership of": the noun's complement
        if hit.start > 0 and not self.toks.gap(hit.start).strip(" \u00a0") \
                and genitive_word(self.toks.folded[hit.start - 1]) and not after_en.startswith(_POSSESSIVE):
            # «Қазақстанның ҰҚШҰ-ға мүшелігі»: the genitive before it owns the noun — unless the English
            # makes this name the owner ("China opposed interference in Kazakhstan's affairs":
            # «Қытайдың Қазақстанға ішкі істеріне» — the genitive before is the clause's subject)
            return False
        if before_en is not None and _EN_ADJECTIVE_OF.search(before_en):
            return False        # "afraid of the Bill": the adjective's "of", no owner («… жобасынан қорықпайтын»)
        # ("the Nazarbayev regime", "Ozenmunaigas workers": the English name modifies the next noun)
        modifier = self.english_noun_after(entry.ref)
        # "a speech by Simon Hannah", "a message from the RSM"
        author = before_en is not None and (authored_by(before_en) or message_from(before_en))
        if before_en is None or not (after_en.startswith(_POSSESSIVE) or self.after_of(entry.ref) or modifier
                                     or author):
            return False
        clause: list[str] = []
        for k in range(hit.end, min(self.n, hit.end + 4)):
            # (an opening quote before the possessed phrase is no break: «Тоқаевты «батыл шараларын»»)
            if self.toks.gap(k).strip(" \u00a0" + _OPEN + (_CLOSE if k == hit.end and not cases & KK_NOM else "")):
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
        concrete = head is not None and not head.group(1).lower().endswith(_EN_ACTION_NOUN) \
            and head.group(1).lower() not in _EN_QUANTIFIERS        # "the whole of Mangystau": «бүкіл … облысын»
        strong = after_en.startswith(_POSSESSIVE) or self.after_of(entry.ref) or author
        adjacent = not cases & KK_NOM and (after_en.startswith(_POSSESSIVE) or not cases & KK_ACC or concrete
                                           or modifier or author)
        across = possessed_across(clause, adjacent=adjacent, owner=after_en.startswith(_POSSESSIVE),
                                  bridge=not cases & KK_NOM)
        if not strong and across:
            across = None       # a modifier in English: only right before its noun («Назарбаевты режимі»)
        # (an accusative too for the English "'s", which makes it no object: «Қазақстанды орасан зор
        # мұнай-газ байлығы», "Kazakhstan's enormous oil and gas wealth")
        oblique = KK_DAT | KK_ABL | KK_LOC | KK_INS | (KK_ACC if after_en.startswith(_POSSESSIVE) or author else 0)
        if across is None and (after_en.startswith(_POSSESSIVE) or author) and not cases & ~oblique:
            # «Зюгановқа «коммунистік» деп аталатын партиясы»: the English possessive, and a possessed
            # noun further on in the clause, past a relative phrase; a dative or other oblique case
            # possesses nothing, only a genitive reaches
            # (up to eight words, the clause's verb not among them)
            far = self._clause_after(hit)
            far = far[:min(8, len(far) - 1)]
            if far and cases == KK_ABL and participle(fold(far[0])):
                far = []        # «Қазақстаннан келген үндеуге», "the appeal from Kazakhstan": the participle's source
            # (the possessed noun in the accusative too: «Тоқаевқа ҰҚШҰ-ны шақыру туралы шешімін», "Tokayev's
            # decision to invite the CSTO")
            # (not a verb made a noun, whose possessive is its own subject's: «өтініш түскен-түспегенін»,
            # "whether a request came")
            # (a verbal noun in -уы is what the English possessive's owner does: "Kurmanov's estimate",
            # «Құрмановтың … бағалауы»)
            owner = after_en.startswith(_POSSESSIVE)
            found = next((k for k, word in enumerate(far)
                          if k and (((possessed_noun(word) or possessed_object(word))
                                     and not nominalised_verb(fold(word)) and not possessed_verbal_noun(fold(word)))
                                    or (owner and word.islower() and bare_possessed_verbal_noun(fold(word))))),
                         None)
            if found is not None and any(genitive_word(fold(word)) for word in far[:found]):
                found = None        # another possessor between: the noun is its own
            if found is not None:
                self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}) with "
                                f"{' '.join(far[:found + 1])!r} after it: the source makes it the possessor, and "
                                "only the genitive possesses across other words")
                return True
        if across is None:
            return False
        why = ("across a modifier only the genitive possesses" if across else
               "a possessor is in the genitive, or bare right before its noun")
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('kk', cases))}) before "
                        f"{' '.join(clause[:across + 1])!r}: the source makes it the possessor, and {why}")
        return True

    def kazakh_compound_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "thanked Steve Eason", "advised Nazarbayev": the Kazakh clause ends with a compound
        predicate whose object is a dative («Стив Изонға … алғыс айтты», «кеңес берді»). The name
        the English makes the verb's object, in the accusative, or in the genitive with nothing
        between to own, is wrong; not when a participle or verbal noun between may govern it."""
        cases = entry.cases & _KK_CASES
        to = _after_to(self.source_before(entry.ref), _TO_IN_PREPOSITIONS)
        if entry.flags & EXTRA or not cases or (self.english_object(entry.ref) is None and not to):
            return
        # a bare name only after English "to" ("sent an open letter to Zyuganov"), and not where it
        # opens its clause, where it may be the subject
        # (or after an English double object: "promised Tokayev full support", «Тоқаевқа … қолдау көрсетуге»)
        before_en, after_en = self.source_around(entry.ref)
        double = before_en is not None and _EN_GIVING_BEFORE.search(before_en) is not None \
            and second_object_next(after_en)
        if cases & ~(KK_ACC | KK_GEN) and not (cases == KK_NOM and (to or double) and self._clause_before(hit)):
            return
        if cases == KK_NOM and hit.end < self.n and self.toks.folded[hit.end] in _KK_COORDINATORS:
            return      # «Біріккен Ұлттар Ұйымы мен Еуропалық Одаққа хат жазды»: the case goes on the last one joined
        words = self._clause_after(hit)
        # the compound ends the clause, or is a verbal noun the clause's last verb governs («кеңес
        # беруін жалғастырды», went on advising)
        at = next((k for k in range(len(words) - 2, -1, -1) if dative_compound(words[k], words[k + 1])
                   and k >= len(words) - 4), None)      # («көмек көрсетуді уәде етті», promised to help)
        if at is None and cases == KK_ACC and len(words) >= 2 and participle(fold(words[1])) \
                and dative_compound(words[0], words[1]):
            at = 0      # the compound as a participle right after it («Алматыны шабуыл жасаған …», "who attacked")
        if at is None:
            return
        between = [fold(word) for word in words[:at]]
        # (a verbal noun between governs the name unless the English verb the compound renders has it
        # as its own object: "thanked Xi Jinping for his support", «Си Цзиньпинге қолдауы үшін алғыс айтты»)
        thanked = _EN_COMPOUND_VERB.fullmatch((self.english_object(entry.ref) or "").lower()) is not None
        # (a genitive owns something between or after the compound: «Тоқаевтың ҰҚШҰ-ға алғыс айтып
        # жатқанын», that Tokayev was thanking the CSTO — the verbal noun's subject)
        if (not thanked and any(embedded_verb(word) for word in between)) or (cases & KK_GEN and any(
                possessive_shape(word) for word in between + [fold(word) for word in words[at + 2:]])):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('kk', cases))}) with "
                        f"{' '.join(words[at:at + 2])!r}, whose object is a dative")

    def kazakh_clause_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "Paul Murphy sharply criticised Tokayev for …": the name is the verb's direct
        object. Kazakh puts the verb at the clause's end and a definite object — a name — in the
        accusative wherever it stands («Тоқаевты … қатаң сынады»), or in the case the verb
        governs («Тоқаевтан қорықты», "feared Tokayev"). A name in another case in a clause
        that ends with such a verb is wrong — unless something else takes the object's place
        (another accusative between), the name possesses what follows («Тоқаевтың бұйрығын
        сынады») or a postposition follows it."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or entry.surface[:1] in _OPEN:
            return
        verb_en = self.english_object(entry.ref)
        if verb_en is None:
            return
        _, after_en = self.source_around(entry.ref)
        if after_en.startswith(_POSSESSIVE) or content_word_after(after_en):
            return          # "criticised Tokayev's order", "backed Tengizchevroil workers"
        if cases & KK_NOM and hit.end < self.n and self.toks.folded[hit.end] in _KK_COORDINATORS:
            return          # «Chevron мен ExxonMobil-ді кінәлайды»: a list's case on its last name only
        words = self._clause_after(hit)     # «… қорықты деседі»: the verb before the hearsay word
        if not words or not words[-1].islower():
            return
        case = clause_verb_case(words[-1], words[-2] if len(words) > 1 else "")
        if case is None:
            return
        wanted = _KK_CASE_BIT[case]
        if cases & wanted or postposition(words[0]) is not None \
                or possessed_across(words[:-1], adjacent=True) is not None:
            return
        taken = accusative_word if case == "acc" else ablative_word
        # (the object of a verb of two words after it, a noun in the dative and a participle or verbal noun, is
        # that verb's: «тәртіпті қалпына келтіргені үшін құттықтады», «Мәсімовті қамауға алғаны үшін»)
        if any(taken(fold(word)) and not embedded_verb(fold(word)) and not embedded_verb(fold(following))
               and fold(following) != "деп"
               and not (ends_in_case(fold(following), "dat") and k + 2 < len(words)
                        and embedded_verb(fold(words[k + 2])))
               for k, (word, following) in enumerate(pairwise(words))):
            # another object between: the name is something else (a recipient, a place); (not what stands
            # before деп, "as": «… ар-ождан тұтқыны деп таныды», recognised as a prisoner of conscience)
            return
        # (an object of a participle or verbal noun in between is that verb's: «интервенцияны қолдағаны үшін»)
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('kk', cases))}) in a clause whose verb "
                        f"{words[-1]!r} takes its object in the {case}: the source makes it the object of "
                        f"\"{verb_en}\"")

    def kazakh_ablative_compound(self, hit: Hit, entry: FormEntry) -> None:
        """«Пол Мейсон Құрмановқа сұхбат алды»: a compound of receiving at the end of the clause (an
        interview taken) has its giver in the ablative; a person's name only in the dative there is
        whom it goes to, the opposite."""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or self.lx.kinds[entry.ref] != "person":
            return
        # (a nominative or accusative only where the English makes the person the object, "questioned
        # Kurmanov": otherwise a nominative is who takes the interview)
        questioned = bool(cases) and not cases & ~(KK_NOM | KK_ACC) and self.english_object(entry.ref) is not None
        if cases != KK_DAT and not questioned:
            return      # (a medium or organisation in the dative is who the interview is for: «BBC-ге сұхбат алды»)
        words = self._clause_after(hit)
        if len(words) < 2 or not ablative_compound(words[-2], words[-1], questioned=questioned) \
                or any(oblique_noun_case(fold(word)) in ("dat", "abl") or participle(fold(word))
                       for word in words[:-2]):
            return      # (another dative between, or a participle with its own, takes the place)
        self.wrong_case(hit, entry, "abl", f"({'/'.join(cases_of('kk', cases))}) with {' '.join(words[-2:])!r}, "
                        "whose giver is an ablative")

    def kazakh_subject(self, hit: Hit, entry: FormEntry) -> None:
        """English "Terry Conway wrote the report", "UN human rights chief Michelle Bachelet urged
        the authorities …": the name is the subject of an active verb of doing or saying, which
        Kazakh says in the nominative. A name only in the accusative or the dative, in a clause
        that has another accusative object («есепті Терри Конуэйге жазды», «Мишель Бачелетті
        билікті … шақырды»), is made the object or the addressee instead. (Not with verbs whose
        subject undergoes rather than does — "received", "needed" — which Kazakh may turn round:
        «Тоқаевқа хатты жеткізді».)"""
        cases = entry.cases & _KK_CASES
        if entry.flags & EXTRA or not cases or cases & ~(KK_ACC | KK_DAT | KK_GEN) or entry.surface[:1] in _OPEN:
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None:
            return
        if cases & KK_GEN:
            self.kazakh_genitive_subject(hit, entry, before_en, after_en)
            return
        if cases == KK_ACC and self.kazakh_passive_subject(hit, entry, after_en):
            return
        role = doer_role(before_en, after_en)
        if role is None:
            return
        words = self._clause_after(hit)
        if not words or postposition(words[0]) is not None:
            return
        if cases == KK_DAT and any(postposition(word) == (KK_DAT, "dat") for word in words[:6]):
            return      # "partly owned by Chevron and ExxonMobil": «Chevron-ға және ExxonMobil-ге ішінара тиесілі»
        clause = self._clause_before(hit) + words[:-1]
        # (or an accusative in a clause whose verb takes no object but a partner: «Ақсақалдар кеңесін
        # … әкімімен келіссөз жүргізді», "the Council negotiated with the governor")
        if not any(accusative_word(fold(word)) for word in clause) and not (cases == KK_ACC and partner_clause(words)):
            return
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}): the source makes it {role}, "
                        "which Kazakh says in the nominative")

    def kazakh_passive_subject(self, hit: Hit, entry: FormEntry, after_en: str) -> bool:
        """English "Karim Massimov, the head of the KNB, was arrested": the subject of a passive. Where
        the Kazakh clause keeps the passive (қамауға алынды, жіберілді), its subject is a
        nominative; an accusative («Кәрім Мәсімовті … алынды») is the object of an active verb
        the clause does not have. (A clause turned active, «Мәсімовті қамауға алды», is right.)"""
        after = re.sub(r"^\s*,[^,.;:]*,", "", after_en)      # past an apposition between commas
        if not _EN_PASSIVE_AFTER.match(after):
            return False
        words = self._clause_after(hit)
        if not words or not passive_verb(fold(words[-1])):
            return False
        self.wrong_case(hit, entry, "nom", f"(acc) in a clause whose verb {words[-1]!r} is a passive, as the "
                        "source's: its subject is a nominative")
        return True

    def kazakh_genitive_subject(self, hit: Hit, entry: FormEntry, before_en: str, after_en: str) -> None:
        """«Қасым-Жомарт Тоқаевтың 5 қаңтарда … төтенше жағдай жариялады» ("Tokayev declared"): a
        genitive possesses a noun after it; with none in its clause (no word with the possessive
        that no other name covers), the English subject of an active verb is a nominative."""
        verb_en = subject_verb(before_en, after_en)
        if entry.cases & _KK_CASES != KK_GEN:
            return
        if verb_en is None:
            self.kazakh_genitive_object(hit, entry, before_en)
            return
        end = self._clause_end(hit.end)
        if end > hit.end and participle(self.toks.folded[end - 1]):
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
        саммитінде», «революция жасау әрекеті»). The nominalised copula (екені, екенін) is owned too."""
        depth = 1
        for k in range(start, end):
            low = self.toks.folded[k]
            if genitive_word(low):
                depth += 1
                continue
            if self.covered[k] or not self.toks.words[k].islower() \
                    or (k + 1 < end and self.toks.gap(k + 1) == "-") \
                    or not (may_own(low) or nominal_copula(low) or possessed_object(self.toks.words[k])):
                continue    # (the first half of a hyphenated word, «қуғын-сүргінге», is no word of its own)
            if k > start and not self.toks.gap(k).strip(" \u00a0" + _CLOSE):
                before = self.toks.folded[k - 1]
                # (a name made an attribute by -дағы, «Facebook-тағы жазбалары», makes no compound)
                attribute = place_adjective(before)
                if (self.covered[k - 1] and not genitive_word(before) and not attribute) or (
                        self.toks.words[k - 1].islower() and before.endswith(("у", "ю")) and len(before) >= 4):
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
        to = _after_to(before_en, _TO_IN_PREPOSITIONS)
        _, after_en = self.source_around(entry.ref)
        if after_en.startswith(_POSSESSIVE) or self.after_of(entry.ref) or authored_by(before_en) \
                or message_from(before_en):
            return      # the English makes it an owner: what it owns is there, in a shape not told here
        end = hit.end
        while end < self.n and not _SENTENCE_END.search(self.toks.gap(end)):
            end += 1
        # every word but the last may be a possessed noun if it has the shape of one (есебін,
        # қызметі); the last, the verb's place, only if it cannot be a past verb (соқты)
        # (a verbal noun with the possessive may end it: «… және Назарбаевтың саясаттан кетуі»)
        # (a postposition that takes no genitive only looks possessed: «бейнебайланыс арқылы», by video link)
        if end == hit.end or any(possessive_shape(self.toks.folded[k])
                                 and not genitiveless_postposition(self.toks.folded[k])
                                 for k in range(hit.end, end - 1)) \
                or may_own(self.toks.folded[end - 1]) or possessive_shape(self.toks.folded[end - 1]):
            return      # (a possessed predicate ends it: «… Ирландия парламентінің депутаты»)
        wanted = finite_verb_case(self.toks.words[end - 1]) or ("dat" if to else None)
        why = "(gen) owns nothing: no noun after it to the sentence's end, and the source makes it what the verb " \
              "acts on"
        if wanted is not None:
            self.wrong_case(hit, entry, wanted, why)
        else:
            offending = self.offending_of(hit, entry)
            self.add("target-wrong-inflection", f"{offending!r} {why}", offending=offending, suggestion=None,
                     ref=entry.ref)

    def _clause_after(self, hit: Hit) -> list[str]:
        """The words after *hit* to the end of its clause, past a trailing hearsay or auxiliary word."""
        found = self._clauses.get(hit.end)
        if found is not None:
            return found
        words = self.toks.words[hit.end:self._clause_end(hit.end)]
        while len(words) > 1 and fold(words[-1]) in CLAUSE_TAIL:
            words.pop()
        self._clauses[hit.end] = words
        return words

    def _sentence_end(self, start: int) -> int:
        """The token after the last one of the sentence that token *start* is in (or begins)."""
        k = start
        while k < self.n and not _SENTENCE_END.search(self.toks.gap(k)):
            k += 1
        return k

    def _sentence_start(self, at: int) -> int:
        """The first token of the sentence that token *at* is in."""
        k = at
        while k > 0 and not _SENTENCE_END.search(self.toks.gap(k)):
            k -= 1
        return k

    def _clause_end(self, start: int) -> int:
        """The token after the last one of the clause that token *start* is in (or begins)."""
        k = start
        while k < self.n and not _CLAUSE_END.search(self.toks.gap(k)):
            k += 1
        return k

    def _clause_start(self, start: int) -> int:
        """The first token of the clause that token *start* is in."""
        k = start
        while k > 0 and not _CLAUSE_END.search(self.toks.gap(k)):
            k -= 1
        return k

    def _clause_before(self, hit: Hit) -> list[str]:
        """The words before *hit* back to the start of its clause."""
        return self.toks.words[self._clause_start(hit.start):hit.start]

    def kazakh_verb_object(self, hit: Hit, entry: FormEntry, verb: str, cases: int) -> None:
        """«Ресейді жүгінді»: a name right before a verb whose object takes the dative (or the
        accusative) is wrong in the other of the two cases; any other case says nothing."""
        if cases == KK_GEN and self.toks.gap(hit.end).strip(" \u00a0") == "":
            wanted = finite_verb_case(verb)
            if wanted is not None:
                # «Тоқаевтың тапсырды»: a genitive owns a noun, and a finite verb is none
                self.wrong_case(hit, entry, wanted, f"(gen) right before the verb {verb!r}: a genitive owns a "
                                f"noun, and what the verb acts on takes the {wanted}")
                return
        case = verb_object_case(verb)
        if case is None and cases == KK_ACC and verb.islower() \
                and (il_passive(fold(verb)) or fold(verb).startswith("бастал")) \
                and self.toks.gap(hit.end).strip(" \u00a0" + _CLOSE) == "":
            # «Қытай мен Еуропаны жөнелтіледі»: a passive verb has no object, so no accusative before it
            # (басталды, "began", is one too: «Тәуелсіздік күнін басталды»)
            to = _after_to(self.source_before(entry.ref), _TO_IN_PREPOSITIONS)
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
        if case == "dat" and _after_to(self.source_before(entry.ref), _TO_IN_PREPOSITIONS):
            other |= KK_NOM     # "turned to the Council": after "to" a bare name is no subject («Кеңесі жүгінді»)
        if case == "acc" and self.lx.kinds[entry.ref] == "person" and self.english_object(entry.ref) is not None:
            # "the court that sentenced Roza Tuletaeva": a person the verb acts on is definite, an accusative
            # («Роза Төлетаеваны соттаған»); a bare name there is no object (and the English no subject)
            other |= KK_NOM
        if not cases or cases & ~other:
            return
        self.wrong_case(hit, entry, case, f"({cases_of('kk', cases)[0]}) before the verb {verb!r}, whose object "
                        f"takes the {case}")

    def hyphen_after_quote(self, hit: Hit, entry: FormEntry) -> None:
        offending = _offending(self.toks, hit.start, hit.end, entry.surface)
        spec = self.lx.spec(entry.ref, "kk")
        preferred = entry.base == self.lx.preferred_form(entry.ref, "kk")
        fixes = kazakh_hyphen_after_quote(entry.base, self.lx.kinds[entry.ref], spec, preferred=preferred)
        suggestion = fixes.get(entry.surface)
        self.add("target-wrong-inflection",
                 f"{offending!r}: Kazakh writes the hyphen after acronyms, figures and Latin script, not after "
                 f"a word in quotes; the ending goes inside them: {suggestion!r}",
                 offending=offending, suggestion=suggestion, ref=entry.ref)

    def generic_not_genitive(self, hit: Hit, entry: FormEntry, before: str, generic: int) -> None:
        """"Ozenmunaigas, a subsidiary of KazMunayGas": «дочерняя компания «КазМунайГаз»» → «…
        «КазМунайГаза»». A quoted name stays nominative after a generic word that carries the
        source's "of" itself («рабочие компании «Тенгизшевройл»») or sits in a phrase of its own
        («на предприятии «Тенгизшевройл»»); a generic word in the nominative or accusative
        (компания, компанию) does neither, so the name takes the genitive."""
        if entry.flags & DECLINED_QUOTE or not entry.cases & NOM or not generic & (NOM | ACC) \
                or generic & _SINGULAR & ~(NOM | ACC) \
                or not self.after_of(entry.ref) or self.english_apposition(entry.ref) \
                or self.english_modifier(entry.ref):
            return
        if self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True) == entry.base:
            return              # the glossary keeps it undeclined
        self.wrong_case(hit, entry, "gen", f"(nom) after {before!r}, which is no genitive: the source's \"of\" "
                        "is the name's", declined=True)

    def declined_after_generic(self, hit: Hit, entry: FormEntry, before: str) -> None:
        offending = _offending(self.toks, hit.start, hit.end, entry.surface)
        self.add("target-wrong-inflection",
                 f"{offending!r}: after the generic word {before!r} the name"
                 f"{' in quotes' if entry.surface[:1] in _OPEN else ''} stays in the nominative: {entry.base!r}",
                 offending=offending, suggestion=entry.base, ref=entry.ref)

    def adjective_between(self, hit: Hit, entry: FormEntry) -> bool:
        """«по всему Западного Казахстана», «от украинского «Социальное движение»»: a preposition,
        an adjective agreeing with the name, the name — which takes a case both allow. True if
        that is the shape (nothing else before the name is checked then)."""
        toks, at = self.toks, hit.start
        if at < 2 or toks.gap(at).strip(" \u00a0" + _OPEN) or toks.gap(at - 1).strip(" \u00a0"):
            return False
        adjective, preposition = toks.words[at - 1], toks.words[at - 2]
        if governed(preposition) is None and at >= 3 and not toks.gap(at - 2).strip(" \u00a0") \
                and self.lx.kinds[entry.ref] == "person" and toks.folded[at - 1] in _RU_DATIVE_PRONOUNS:
            # «с давно знакомым ему Айнуром Курмановым»: a participle's complement between (ему)
            adjective, preposition, at = toks.words[at - 2], toks.words[at - 3], at - 1
        if governed(preposition) is None and at >= 3 and not toks.gap(at - 2).strip(" \u00a0") \
                and toks.words[at - 2].islower() and toks.folded[at - 2].endswith("о") and len(toks.words[at - 2]) > 3:
            preposition = toks.words[at - 3]    # «с давно знакомым»: an adverb between
        rule = governed(preposition)
        # only endings no noun has (-ого, -ому, -ую, -ым): «компанией», «городом» are nouns
        low = fold(adjective)
        marks = adjective_cases(adjective) if adjective.islower() and low.endswith(_ADJECTIVE_ONLY) \
            else GEN | DAT | INS | LOC if low in _FEMININE_PRONOUNS else 0
        if not marks and rule is not None and not rule[0] & INS and adjective.islower() \
                and low.endswith(_ADJECTIVE_LOCATIVE):
            marks = LOC     # «о мятежном Жанаозене»: after о, в, на an -ом word is no instrumental noun
        if rule is None or not marks or not rule[0] & marks:
            return False
        if low.startswith(("котор", "чьим", "чьей", "чьему", "чьего", "чью")):
            return True         # «с которым Токаев говорил»: a relative pronoun, the name begins its clause
        if fold(adjective) in _PRONOUNS_AS_NOUNS and entry.cases & (NOM | NOM << 8):
            return False        # «до этого Назарбаев возглавлял…»: "before that", then the subject
        self.government(hit, entry, f"{preposition} {adjective}", (rule[0] & marks, cases_of("ru", rule[0] & marks)[0]))
        return True

    def accusative_determiner(self, hit: Hit, entry: FormEntry) -> bool:
        """«охватила всю Мангистауской области»: a feminine determiner only an accusative has (всю,
        эту, свою, целую) right before the name qualifies it — the name takes the accusative too."""
        if hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN) \
                or self.toks.folded[hit.start - 1] not in _ACCUSATIVE_PRONOUNS \
                or not self.toks.words[hit.start - 1].islower() or entry.flags & DECLINED_QUOTE \
                or entry.surface[:1] in _OPEN:
            return False
        cases = _any_number(entry.cases)
        if not cases or cases & ACC:
            return bool(cases)
        self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}, an accusative that qualifies it")
        return True

    def compound_government(self, hit: Hit, entry: FormEntry) -> bool:
        """A compound preposition right before the name («по словам», «во главе с»): the name
        takes its case. True if there is one (nothing else before the name is checked then)."""
        toks, first = self.toks, hit.start
        if toks.folded[first - 1] not in COMPOUND_ENDS or toks.gap(first).strip(" \u00a0" + _OPEN):
            return False
        first -= 1
        while first > max(0, hit.start - COMPOUND_LENGTH) and not toks.gap(first).strip(" \u00a0") \
                and toks.words[first - 1].isalpha():
            first -= 1
        if hit.start - first < 2:
            return False
        found = compound_governed(tuple(toks.folded[first:hit.start]))
        if found is None:
            return False
        mask, default, length = found
        self.government(hit, entry, " ".join(toks.words[hit.start - length:hit.start]), (mask, default))
        return True

    def russian_motion_in_clause(self, hit: Hit) -> bool:
        """Is there a Russian verb of coming, going or moving in the clause of *hit* («В
        «Озенмунайгаз» я пришёл», "I started at Ozenmunaigas")? A free translation that moves
        makes в + the accusative a direction, whatever the English preposition. (Not a noun after a
        preposition: «в Жанаозене после прибытия армии», "after the army arrived", is no motion there.)"""
        folded = self.toks.folded
        return any(_RU_MOTION.match(folded[k])
                   and not (k > 0 and folded[k - 1] in PREPOSITIONS and folded[k - 1] not in ("в", "во", "на"))
                   for k in range(self._clause_start(hit.start), self._clause_end(hit.end)) if not self.covered[k])

    def declines_in_quotes(self, entry: FormEntry) -> bool:
        """Does a quoted name decline inside its quotes where no generic word stands before it: one
        the glossary declines, of one word («у «Шеврона»») or opening with a Russian adjective, which
        declines as the phrase does («из «Рабочей власти»»)? (A name of several foreign words, «Нур
        Отан», is often left as it is.)"""
        words = entry.base.strip(_OPEN + _CLOSE).split()
        return (len(words) == 1 or _RU_ADJECTIVE_ENDING.search(words[0]) is not None) and self.declinable(entry)

    def declinable(self, entry: FormEntry) -> bool:
        """Does the glossary decline the quoted name inside its quotes (not one it keeps as it is)?"""
        return self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True) != entry.base

    def government(self, hit: Hit, entry: FormEntry, before: str, rule: tuple[int, str] | None = None) -> None:
        rule = rule or governed(before)
        cases = _any_number(entry.cases)
        declined = bool(entry.flags & DECLINED_QUOTE)
        if entry.surface[:1] in _OPEN and not declined \
                and ((" " in before and self.declinable(entry)) or self.declines_in_quotes(entry)):
            # undeclined in its quotes, with no generic word: a nominative (or the accusative of a
            # thing) — «у «Шеврон»»; a quoted name of several words only after a compound
            # preposition («в «Нур Отан»» is often left so), and never one the glossary keeps
            # undeclined
            cases, declined = NOM | ACC, True
        if rule is None or not cases:
            return
        mask, default = rule
        if mask & ACC and fold(before) in ("с", "со") and not (
                hit.start > 1 and self.toks.folded[hit.start - 2] in _SIZE_NOUNS):
            mask &= ~ACC        # с + accusative is a size ("размером с Западную Европу"), else gen or ins
        # (a name declined inside its quotes shows its case as any name: «с «Тенгизшевройла»» for "with")
        if fold(before) in ("с", "со") and cases & mask == GEN and (not declined or entry.flags & DECLINED_QUOTE) \
                and self.not_from(entry.ref) \
                and not self.russian_removal_before(hit.start - 1):
            mask, default = INS, "ins"      # "borders Russia": граничит с Россией; с России is "from Russia"
        elif fold(before) in ("с", "со") and cases & mask == INS and not declined and self.just_from(entry.ref):
            mask, default = GEN, "gen"      # "It all began with Zhanaozen": началось с Жанаозена
        # (на + the accusative after a word of looking, hoping, acting or answering is its target:
        # «смотрит на Советский Союз», "look at the Soviet Union")
        targeted = fold(before) == "на" and hit.start > 1 and _RU_AT_TARGET.match(self.toks.folded[hit.start - 2])
        # («побывал в Жанаозене», "travelled to Zhanaozen": a verb of being or staying somewhere right before в
        # keeps the locative, whatever the English moves)
        staying = hit.start > 1 and _RU_STAYING.match(self.toks.folded[hit.start - 2]) is not None
        # (a sentence opened by "In Kyrgyzstan, …" sets the scene whatever moves later in it: «В Кыргызстане
        # отправка военных в Казахстан …»)
        if cases & mask == ACC and mask == ACC | LOC and (self.place_not_direction(entry.ref, quoted=declined)
                                                          or self.inside_organisation(hit, entry.ref)) \
                and (not self.russian_motion_in_clause(hit)
                     or _EN_OPENING_PLACE.fullmatch(self.source_before(entry.ref)) is not None) and not targeted:
            mask, default = LOC, "loc"      # "activists in Semey": в Семее, not в Семей (acc of direction)
        elif not staying and cases & mask == LOC and mask == ACC | LOC and (self.direction(entry.ref) or (
                fold(before) in ("в", "во") and hit.start > 1 and _RU_ENTERING.match(self.toks.folded[hit.start - 2]))
                # "troops arrive in Kazakhstan": a Russian verb of coming right before в/на, the English
                # clause one of arrival, «прибывают в Казахстан»
                or (hit.start > 1 and _RU_MOTION.match(self.toks.folded[hit.start - 2])
                    and _arrival_in_clause(self.source_before(entry.ref)))
                # "were taken to Petropavlovsk": "to" and a Russian verb of moving someone, «доставили в
                # Петропавловск», whatever the English verb
                or (self.lx.kinds[entry.ref] == "place" and self.russian_motion_in_clause(hit)
                    and _after_to(self.source_before(entry.ref), _NOT_DIRECTION_TO)
                    and not noun_next(self.source_around(entry.ref)[1]))):
            # "moved the capital to Astana": в Астану, not в Астане; a verb of entering or joining before
            # в («входит в Шанхайскую организацию сотрудничества», "is a member of") takes the accusative
            mask, default = ACC, "acc"
        elif cases & mask == LOC and mask == ACC | LOC and fold(before) in ("в", "во") \
                and fold(entry.base.split()[0]) == "день":
            mask, default = ACC, "acc"      # a day after в is a time, the accusative: «в День независимости»
        elif mask == ACC | INS and fold(before) in ("под", "подо") and _EN_NEAR.search(self.source_before(entry.ref)) \
                and not self.russian_motion_in_clause(hit):
            mask, default = INS, "ins"      # "a smelter near Ust-Kamenogorsk": where it is, «под Усть-Каменогорском»
        if cases & mask:
            return
        wanted = " or ".join(cases_of("ru", mask))
        self.wrong_case(hit, entry, default, f"({'/'.join(cases_of('ru', cases))}) after {before!r}, which takes "
                        f"the {wanted}", declined=declined)

    def russian_removal_before(self, at: int) -> bool:
        """Is there a Russian verb of taking off or away (снять запрет с, убрать с, взыскать с) among
        the few words before token *at* in its clause? Its с is "from", a genitive, whatever the
        English says ("the ban on the party be lifted": «снять запрет с партии»)."""
        for k in range(at - 1, max(-1, at - 4), -1):
            if _RU_REMOVAL.match(self.toks.folded[k]):
                return True
            if _CLAUSE_END.search(self.toks.gap(k + 1)):
                break
        return False

    def not_from(self, ref: int) -> bool:
        """Does the source put the name where no "from" can be (с + genitive is "from", "since" or
        what something starts with: «с Кавказа», «началось с Жанаозена»)? The name must be in
        the source, and none of those words among the few before it."""
        before_en, _ = self.source_around(ref)
        return before_en is not None and not _EN_FROM_NEAR.search(before_en)

    def just_from(self, ref: int) -> bool:
        """Is the English right before the name "from", "since" or "began with" (с + genitive)?"""
        before_en, _ = self.source_around(ref)
        return before_en is not None and bool(_EN_FROM_RIGHT_BEFORE.search(before_en))

    def of_genitive(self, hit: Hit, entry: FormEntry, *, source_of: bool = True) -> None:
        """English "the streets of Almaty", "troops of the CSTO": the name depends on a noun, and
        Russian puts it in the genitive. A nominative right after a word that is no preposition,
        generic or title word (those are checked elsewhere), conjunction or verb-like word is the
        wrong case: «улицы Алма-Ата» → «улицы Алма-Аты»."""
        cases = entry.cases & _SINGULAR
        quoted = entry.surface[:1] in _OPEN
        if quoted and not entry.flags & DECLINED_QUOTE:
            cases = NOM         # undeclined in its quotes: any case after a generic word, here a nominative
        # only a nominative (or the accusative an inanimate noun shares with it: «активистов
        # Социалистическое движение»): "of" also comes out as a dative («памятник Назарбаеву», "the
        # monument of Nazarbayev"; «на помощь Токаеву», "to the aid of Tokayev")
        # "a message from Xi Jinping" (not "by": "handpicked as his successor in 2019 by Nazarbayev" is
        # the passive's agent, which Russian may turn into the subject: «выбрал своим преемником Назарбаев»)
        # (the English name's own common noun, rendered before the Russian name, takes the case: "officers
        # from Charing Cross police station", «сотрудники полицейского участка Чаринг-Кросс»)
        if source_of and re.search(r"\s[a-z]{3,}$", self.english_mention(entry.ref)) \
                and self.toks.words[hit.start - 1].islower() \
                and not any(word[:1].islower() for word in entry.base.split()):
            return      # (a Russian form with a common noun of its own, «Жанаозенская трагедия», declines)
        from_noun = source_of and self.from_noun(entry.ref)
        # "a speech by Yuliya Yurchenko" (a noun, "by", no passive): the author owns it — not a quoted
        # name, nor one after «свой»/«его» (a sentence turned active, the author its subject: «потребовала
        # в своём заявлении «…»»)
        author = source_of and not quoted and authored_by(self.source_before(entry.ref)) and not any(
            word.startswith("сво") or word in ("его", "ее", "их") for word in self.toks.folded[max(0, hit.start - 3):
                                                                                            hit.start])
        # (an accusative only, after "of" or an author's "by": no noun governs one — «политику Центральную
        # Азию», «в заявлении Юлию Юрченко»)
        accusative_only = cases == ACC and not quoted and (self.after_of(entry.ref) or author or from_noun)
        # ("a spokesman for Workers Power": a noun and "for", whose name is a genitive or dative, never a
        # nominative — only a nominative is reported then)
        for_noun = source_of and cases & NOM and not accusative_only \
            and _EN_NOUN_FOR.search(self.source_before(entry.ref)) is not None
        if (not cases & NOM and not accusative_only) or cases & ~(NOM | ACC) or entry.flags & DECLINED_QUOTE \
                or (source_of and not (self.after_of(entry.ref) or self.english_noun_after(entry.ref)
                                       or self.english_possessive(entry.ref) or from_noun or author or for_noun)):
            return
        cue = "the source's \"of\"" if not source_of or self.after_of(entry.ref) else \
            "the source's \"from\", \"at\" or \"in\" after a noun" if from_noun else \
            "the source's \"by\" after a noun (its author)" if author else \
            "the source's \"for\" after a noun" if for_noun and not (self.english_noun_after(entry.ref)
                                                                   or self.english_possessive(entry.ref)) else \
            "in the source it modifies the noun after it, which"
        gap = self.toks.gap(hit.start)
        before = self.toks.words[hit.start - 1]
        # «купила 8,3 % Кашаган» ("8.3% of Kashagan"): a share of it, a genitive
        percent = before.isdigit() and gap.strip(" \u00a0") == "%" and self.after_of(entry.ref)
        # «о «реформах» Токаева» ("Tokayev's 'reforms'"): a word in quotes of its own, in small letters,
        # is the noun the name depends on
        scare_quoted = len(gap.strip(" \u00a0")) == 1 and gap.strip(" \u00a0") in _CLOSE and before.islower() \
            and any(mark in self.toks.gap(hit.start - 1) for mark in _OPEN)
        if accusative_only and (adjective_cases(before) & ACC or fold(before) in _ACCUSATIVE_PRONOUNS):
            return      # «охватили всю Мангистаускую область» ("the whole of"): the name agrees with it
        if (cases & ACC or (quoted and not entry.flags & DECLINED_QUOTE)) and self.lx.kinds[entry.ref] != "person" \
                and _RU_ACTIVE_PARTICIPLE.fullmatch(fold(before)) and not fold(before).endswith(("ся", "сь")):
            return      # «организаций, обслуживающих «Тенгизшевройл»»: the participle's object, an accusative
        if not percent and ((gap.strip(" \u00a0" + _OPEN) and not scare_quoted) or not before.isalpha() or not (
                before.islower() or self.toks.sentence_initial(hit.start - 1)) or fold(before) in _NOT_HEADS
                # (after "of", a word in -ет, -ит or of three letters is a noun rather than a verb: «авторитет
                # Совета», «сил Организации», «дел Казахстана»)
                or (_verb_like(fold(before))
                    and not (self.after_of(entry.ref) and (_RU_NOUN_LIKE_PRESENT.search(fold(before))
                                                           or len(before) <= 3)))
                or verb_governed(before) is not None
                # (a noun of a kind of place before its own name is an apposition, «городе Жанаозен», "the
                # town of Zhanaozen"; "a town in Mangystau Region" names another place, a genitive)
                or (fold(before) in place_words()
                    and not (from_noun and _EN_IN_BEFORE.search(self.source_before(entry.ref))))
                or (from_noun and fold(before) in self.index.grammar.get("generic", {}))
                or (quoted and self.generic_before(hit.start))
                or (from_noun and _RU_PASSIVE_PARTICIPLE.fullmatch(fold(before)))):
            return      # (a participle before the name is no noun it depends on; «возглавлявший Комитет
                        # национальной безопасности», "head of the Committee", governs its own case)
        if from_noun and not self.after_of(entry.ref) and hit.start > 1:
            english = _FROM_BEFORE.search(self.source_before(entry.ref))
            rendering = _RU_FROM if english and (english.group(1) or "").lower() == "from" else _RU_AT
            start = max(0, hit.start - 3, self._clause_start(hit.start))
            if any(fold(word) in rendering for word in self.toks.words[start:hit.start - 1]):
                return  # «в полицейском участке Чаринг-Кросс»: the preposition renders "at", the name is the noun's
                        # (in the name's clause: «в Жанаозене, городе …» is another phrase)
        offending = _offending(self.toks, hit.start, hit.end, entry.surface)
        suggestion = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=quoted)
        if not suggestion or fold(suggestion) == fold(offending):
            return
        self.add("target-wrong-inflection",
                 f"{offending!r} ({'acc' if accusative_only else 'nom'}) after "
                 f"{before + '%' if percent else before!r}: {cue} makes it a genitive; "
                 f"expected {suggestion!r}", offending=offending, suggestion=suggestion, ref=entry.ref)

    def compared(self, hit: Hit, entry: FormEntry) -> None:
        """English "no less ruthless than Assad", "as sharply as Putin": after «, чем» / «, как» a
        name takes the case of what it is compared with — another name of the sentence («Токаев
        … беспощадным, чем Асад»; «доверяет Токаеву меньше, чем Назарбаеву»). A name there in an
        oblique case no other name of the sentence is in (names after a preposition aside)
        compares with nothing. (A nominative is never flagged: it may compare with a subject that
        is no name.)"""
        toks, at = self.toks, hit.start
        cases = _any_number(entry.cases)
        if at >= 1 and cases and not cases & GEN and _RU_COMPARATIVE.fullmatch(toks.folded[at - 1]) \
                and not toks.gap(at).strip(" \u00a0" + _OPEN) and _EN_THAN_BEFORE.search(self.source_before(entry.ref)):
            # «опаснее Назарбаев» ("more dangerous than Nazarbayev"): with no «чем», what a comparative
            # compares with is a genitive
            self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) right after the comparative "
                            f"{toks.words[at - 1]!r}: with no «чем», what it compares with is a genitive")
            return
        if at < 1 or toks.folded[at - 1] not in ("чем", "как") or "," not in toks.gap(at - 1) \
                or toks.gap(at).strip(" \u00a0" + _OPEN):
            return
        if not cases or cases & NOM or not _EN_COMPARED.search(self.source_before(entry.ref)):
            return
        every = (1 << len(CASES["ru"])) - 1
        # (a name after a preposition is that preposition's, no subject or object to compare with)
        others = [_any_number(other.cases) for h, other in self.pending
                  if other.ref != entry.ref and not other.flags & EXTRA and h.start != at
                  and (h.start == 0 or toks.folded[h.start - 1] not in PREPOSITIONS)]
        others = [mask for mask in others if mask and mask & every != every]
        if not others or any(mask & cases for mask in others):
            return
        wanted = "nom" if any(mask & NOM for mask in others) else cases_of("ru", others[0])[0]
        self.wrong_case(hit, entry, wanted, f"({'/'.join(cases_of('ru', cases))}) after «{toks.words[at - 1]}»: a "
                        "name compared with another takes its case, and no other name here is in this one")

    def head_noun_before(self, hit: Hit, entry: FormEntry) -> str | None:
        """The folded word right before the name when it may be the noun the name depends on (no
        verb, preposition, adjective, place or time word, nor a dative plural noun beside it, which
        is another addressee), else None."""
        before = self.toks.words[hit.start - 1]
        low = fold(before)
        # (a word in -ет, -ит after a consonant is a noun more likely than a verb after the English "of":
        # «Авторитет Совета аксакалов», "the authority of")
        if not before.isalpha() or not (before.islower() or self.toks.sentence_initial(hit.start - 1)) \
                or low in _NOT_HEADS or (_verb_like(low) and not (self.after_of(entry.ref)
                                                                  and _RU_NOUN_LIKE_PRESENT.search(low))) \
                or governed(before) is not None or adjective_cases(before) \
                or low in place_words() or low in _RU_TIME_WORDS \
                or (low.endswith(_RU_DATIVE_PLURAL) and not _EN_PLURAL_OF.search(self.source_before(entry.ref))
                    and not self.english_possessive(entry.ref)):
            # («5 января Масимову сменили охрану»: a date, then a dative of interest; a dative plural noun
            # beside the name is another addressee — unless the English has the name after a plural noun
            # and "of", "seven residents of Taraz", «семерым жителям Тараза», or makes it the owner,
            # "Tokayev's promises", «обещаниям Токаева»)
            return None
        return low

    def instrumental_after_noun(self, hit: Hit, entry: FormEntry) -> None:
        """English "an internal affair of Kazakhstan": the name depends on a noun, a genitive; an
        instrumental right after that noun («внутреннее дело Казахстаном») is wrong — unless the noun
        is made from a verb that governs the instrumental («управление Казахстаном», "the running
        of Kazakhstan"; «недовольство Назарбаевым»)."""
        # (a quoted name declined in its quotes too: «с рабочими «Озенмунайгазом»», "the workers of")
        declined = bool(entry.flags & DECLINED_QUOTE)
        if _any_number(entry.cases) != INS or (entry.surface[:1] in _OPEN and not declined) or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN) or not self.after_of(entry.ref):
            return
        low = self.head_noun_before(hit, entry)
        if low is None or low.startswith(_RU_INSTRUMENTAL_NOUNS) or _RU_ACTIVE_PARTICIPLE.fullmatch(low) \
                or _RU_PASSIVE_PARTICIPLE.fullmatch(low) or verb_governed(low) is not None:
            return
        self.wrong_case(hit, entry, "gen", f"(ins) after {self.toks.words[hit.start - 1]!r}: the source's \"of\" "
                        "makes it the noun's genitive", declined=declined)

    def dative_after_noun(self, hit: Hit, entry: FormEntry) -> None:
        """English "Massimov's arrest", "the resignation of Nazarbayev": the name depends on a noun,
        a genitive («арест Масимова»); a dative right after that noun is wrong («Арест Масимову»),
        unless the noun is one of those that address someone (памятник, помощь, письмо, угроза:
        «памятник Назарбаеву», the monument *to* him)."""
        cases = _any_number(entry.cases)
        # ("messages from Marko Bojcun": his, «послания Марко Бойцуна»)
        sent_from = bool(_EN_FROM_ITSELF_BEFORE.search(self.source_before(entry.ref)))
        # (a quoted name declined inside its quotes too: «подрядчиков «Тенгизшевройлу»», "Tengizchevroil's
        # contractors"; and a name modifying the English noun after it: "the Biden administration")
        quoted = entry.surface[:1] in _OPEN and not entry.flags & DECLINED_QUOTE
        if cases & ~(DAT | LOC) or not cases & DAT or quoted or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN) \
                or not (self.after_of(entry.ref) or self.english_possessive(entry.ref) or sent_from
                        or self.english_noun_after(entry.ref)
                        or authored_by(self.source_before(entry.ref))):     # "a speech by Simon Hannah"
            return
        low = self.head_noun_before(hit, entry)
        if low is None:
            return
        before = self.toks.words[hit.start - 1]
        if low.startswith(_ADDRESSING_NOUNS) and not (
                (self.english_possessive(entry.ref) or sent_from
                 or (self.after_of(entry.ref) and low.startswith(_MESSAGE_NOUNS)))
                and not low.startswith(_DEDICATED_NOUNS)):
            # «письмо Байдену», a letter *to* him; but "Tokayev's order", "the appeal of the RSM", "a
            # message from Bojcun" are his: «приказ Токаева», «обращение РСД», «послание Бойцуна»
            return
        if hit.start > 1 and self.toks.folded[hit.start - 2] in ("по", "на") \
                and not self.toks.gap(hit.start - 1).strip():
            # «не по душе Зюганову», «по карману Масимову», «на выручку Токаеву», «на смену Назарбаеву»:
            # the idiom's dative
            return
        self.wrong_case(hit, entry, "gen", f"(dat) after {before!r}: the source's \"of\", \"'s\" or \"by\" makes it "
                        "the noun's genitive", declined=bool(entry.flags & DECLINED_QUOTE))

    def between_and(self, hit: Hit, entry: FormEntry) -> None:
        """English "split between ExxonMobil and KazMunayGas": both sides of "between … and" follow
        между, in the instrumental («между ExxonMobil и «КазМунайГазом»»); the name after и, in its
        clause after между, in another case is wrong (a quoted name that declines in its quotes too)."""
        if hit.start < 2 or self.toks.folded[hit.start - 1] != "и" or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN):
            return
        quoted = entry.surface[:1] in _OPEN and not entry.flags & DECLINED_QUOTE
        cases = NOM | ACC if quoted else _any_number(entry.cases)
        if not cases or cases & INS or (quoted and not self.declines_in_quotes(entry)) \
                or not _EN_BETWEEN_AND.search(self.source_before(entry.ref)):
            return
        words = self.toks.folded[max(self._clause_start(hit.start), hit.start - 8):hit.start - 1]
        at = words.index("между") if "между" in words else -1
        if at < 0 or (at + 1 < len(words) and words[at + 1] in ("собой", "нами", "вами", "ними")):
            return      # («делили между собой Токаев и Назарбаев», "between themselves": the names are subjects)
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('ru', cases))}) after «и» in «между … и …»: both "
                        "sides take the instrumental", declined=quoted or bool(entry.flags & DECLINED_QUOTE))

    def thanks_to(self, hit: Hit, entry: FormEntry) -> None:
        """English "thanked Putin" said with a noun, «выразил благодарность Путину»: gratitude goes to
        someone, a dative; a genitive after благодарность makes the name the one who is grateful."""
        cases = _any_number(entry.cases)
        if not cases & GEN or cases & DAT or hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN) \
                or not self.toks.folded[hit.start - 1].startswith("благодарност") \
                or not _EN_THANKED.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}: the source thanks it, and gratitude goes to someone, "
                        "a dative", declined=bool(entry.flags & DECLINED_QUOTE))

    def instrumental_of_feeling(self, hit: Hit, entry: FormEntry) -> None:
        """English "discontent with Nazarbayev", "admiration for the Council": nouns of a feeling made
        from verbs of the instrumental (быть недовольным, восхищаться, пренебрегать) take it too
        («недовольство Назарбаевым»); a genitive there makes the name the one who feels it
        («недовольство Назарбаева», Nazarbayev's discontent). Only with the English "with" or "for"."""
        cases = _any_number(entry.cases)
        if not cases or cases & INS or entry.surface[:1] in _OPEN or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0") \
                or not fold(self.toks.words[hit.start - 1]).startswith(_RU_FEELING_NOUNS) \
                or not _EN_WITH_OR_FOR_BEFORE.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}, which takes the instrumental of what the feeling is "
                        "about (a genitive would be who feels it)")

    def instrumental_from(self, hit: Hit, entry: FormEntry) -> None:
        """English "in a telegram from Xi Jinping": where something comes from is a genitive after the
        noun («в телеграмме Си Цзиньпина») or от + genitive; a name only in the instrumental right after
        a noun says "with" or "by" instead («в телеграмме Си Цзиньпином»). Not after a preposition,
        a verb, an adjective or a participle, which govern their own case."""
        cases = _any_number(entry.cases)
        if cases != INS or entry.surface[:1] in _OPEN or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0") or not _EN_FROM_ITSELF_BEFORE.search(
                    self.source_before(entry.ref)):
            return
        before = self.toks.words[hit.start - 1]
        low = fold(before)
        if not before.isalpha() or not before.islower() or low in _NOT_HEADS or _verb_like(low) \
                or governed(before) is not None or verb_governed(before) is not None or adjective_cases(before) \
                or _RU_PASSIVE_PARTICIPLE.fullmatch(low) or low.startswith(_RU_INSTRUMENTAL_NOUNS):
            return
        self.wrong_case(hit, entry, "gen", f"(ins) after {before!r}: the source's \"from\" makes it where the "
                        "noun comes from, a genitive (or от + genitive); the instrumental says \"with\" or \"by\"")

    def from_noun(self, ref: int) -> bool:
        """Does the English put the referent after a noun and "from", "at" or "in" ("a message from
        Xi Jinping", "police in Shymkent"), which Russian says with a genitive? Not where the name
        modifies the word after it ("from Charing Cross police station"), is a possessor ("came
        in Xi Jinping's message"), or follows a verb of motion or position before "in"."""
        cue = _FROM_BEFORE.search(self.source_before(ref))
        return cue is not None and not noun_next(self.source_around(ref)[1]) \
            and not (cue.group(2) and (self.english_possessive(ref)
                                       or cue.group(0).split()[0].lower() in _EN_IN_AFTER_VERB))

    def generic_before(self, start: int, reach: int = 5) -> bool:
        """Is there a generic word (журнал, компания…) among the few words before token *start*
        in the same clause («журнала украинских марксистов «Классовый взгляд»»)?"""
        generic = self.index.grammar.get("generic", {})
        for k in range(start - 1, max(-1, start - 1 - reach), -1):
            if self.toks.folded[k] in generic:
                return True
            if any(c in ",;:.!?()" for c in self.toks.gap(k)):
                return False
        return False

    def object_not_nominative(self, hit: Hit, entry: FormEntry) -> None:
        """English "The workers thanked Paul Murphy": the name is the verb's object, and a
        Russian verb right before it must govern an oblique case — a nominative there
        («поблагодарили Пол Мёрфи») is the wrong case. Only where both languages have the
        verb right before the name, so a restructured sentence («Мёрфи получил…») is left alone."""
        if entry.cases & _SINGULAR != NOM or entry.flags & DECLINED_QUOTE or hit.start == 0:
            return
        at = hit.start - 1
        if at > 0 and _INFINITIVE.search(self.toks.folded[at]) and self.toks.words[at].islower() \
                and not self.toks.gap(at).strip(" \u00a0"):
            at -= 1             # «пригласили выступить Саймон Пирани»: the object of the verb before
        before = self.toks.words[at]
        if self.toks.gap(hit.start).strip(" \u00a0") or not before.islower() or not _RU_PAST.search(fold(before)) \
                or fold(before) in _RU_BE or fold(before) in _RU_LINKING \
                or _RU_MOTION.match(fold(before)) or _RU_ENTERING.match(fold(before)):
            # («Среди выступавших были Джон Макдоннелл», "Speakers included John McDonnell": after a
            # copula the name is the subject; so after a verb of coming or entering, which takes no
            # object: «делегацию, в состав которой входил Крис Форд», "which included Chris Ford")
            return
        verb = self.english_object(entry.ref)
        if verb is None:
            return
        if re.match(r"\s+to\s+[a-z]", self.source_around(entry.ref)[1]) \
                and "чтобы" in self.toks.folded[self._clause_start(hit.start):hit.start]:
            return      # "wanted Nazarbayev to go": the infinitive's subject, «хотели, чтобы ушёл Назарбаев»
        offending = _offending(self.toks, hit.start, hit.end, entry.surface)
        # no suggestion: the verb decides the case (поблагодарили Пола, помогли Полу, встретились с Полом)
        self.add("target-wrong-inflection",
                 f"{offending!r} (nom) after the verb {before!r}: in the source \"{verb}\" makes it the "
                 f"verb's object, so it takes the case {before!r} governs, not the nominative",
                 offending=offending, suggestion=None, ref=entry.ref)

    def maybe_ordinary(self, ref: int, written: str) -> bool:
        """Is the source's mention of *ref* a sentence's first word that is also an ordinary English
        word ("Total investment…" beside the company Total named elsewhere)? Then a translation
        without the name read it as the word: no name is missing. People and places are names."""
        if " " in written or self.lx.kinds[ref] in ("person", "place") or is_acronym(written):
            return False
        before = self.source_before(ref).rstrip()
        if before and not before.endswith((".", "!", "?", ":", "\u00bb", "\u201d", '"')):
            return False
        return english_common(written)

    def english_object(self, ref: int) -> str | None:
        """The English verb right before the referent that makes it the verb's object ("thanked",
        "swept"), or None: none there, or one that says who speaks, links or takes no object."""
        verb = _OBJECT_VERB.search(self.source_before(ref))
        if verb is None and self.language == "ru":
            verb = _INFINITIVE_OBJECT.search(self.source_before(ref))
        if verb is None or verb.group(1).lower() in _NOT_OBJECT_VERBS:
            return None
        # (a verb of arrival right before a name is no object verb — "entered Almaty" is a dative's
        # direction — except "headed", which before a name with no "for" or "to" is "led")
        if _ARRIVAL.match(verb.group(1).lower()) and verb.group(1).lower() != "headed":
            return None
        return verb.group(1)

    def infinitive_object(self, ref: int) -> bool:
        """Does the source put the referent right after an infinitive that takes it as its object
        ("asked the court to summon Nazarbayev")?"""
        verb = _INFINITIVE_OBJECT.search(self.source_before(ref))
        return verb is not None and verb.group(1).lower() not in _NOT_OBJECT_VERBS

    def plural_verb_after(self, hit: Hit, entry: FormEntry) -> bool:
        """«Пол Мёрфи поблагодарили организаторы», «Масимов арестовали»: a name in the singular
        nominative (a form no other case shares) right before a verb in the plural past cannot
        be its subject — the verb's object, fronted, in the case the verb governs; nor can a
        person's name before a neuter past («Назарбаев нигде не было видно»). Not when the name
        closes a list that shares the verb («Уральск, Кызылорда и Тараз бастовали»)."""
        if entry.cases & _SINGULAR != NOM or entry.cases >> 8 or entry.surface[:1] in _OPEN \
                or self.lx.spec(entry.ref, "ru").plural:     # (a plural name: «Демократические социалисты …»)
            return False
        verb = self._verb_after(hit)        # past a negation («Масимов не арестовали», «нигде не было»)
        if verb is None:
            return False
        low = fold(verb)
        # a plural past; for a person (never neuter) an impersonal neuter past too: «Назарбаева не было
        # видно», «Токаеву удалось» (not any -ло: тепло, смело are adverbs)
        neuter = self.lx.kinds[entry.ref] == "person" and (low in ("было", "стало") or low.endswith("лось"))
        plural = len(low) >= 5 and low.endswith(("ли", "лись"))
        if not verb.isalpha() or not verb.islower() or not (neuter or plural) or not _verb_like(low):
            return False
        start = hit.start
        while start > 1 and self.toks.words[start - 1].islower() and not self.toks.gap(start).strip(" \u00a0") \
                and (fold(self.toks.words[start - 1]) in self.index.grammar.get("titles", ())
                     or adjective_cases(self.toks.words[start - 1])
                     or fold(self.toks.words[start - 1]) in _RU_POSSESSIVE_PRONOUNS):
            start -= 1          # «… и историк Марко Бойцун утверждали», «Зюганов и его КПРФ приветствовали»: a
                                # title, adjective or possessive before the name
        if start > 0 and (self.toks.folded[start - 1] in _COORDINATORS
                          or "," in self.toks.gap(start) or "&" in self.toks.gap(start)):
            return False
        rule = verb_governed(verb)
        offending = _offending(self.toks, hit.start, hit.end, entry.surface)
        suggestion = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case=rule[1]) if rule else None
        number = "plural" if plural else "neuter"
        self.add("target-wrong-inflection",
                 f"{offending!r} (nom, singular) before {verb!r}: a verb in the {number} has another subject or "
                 f"none, so the name is its object (or a genitive of negation) and takes the case the verb "
                 f"governs, not the nominative"
                 + (f"; expected {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        return True

    def _verb_after(self, hit: Hit) -> str | None:
        """The word right after the name, past a negation («Масимова не арестовали»), when no
        punctuation stands between; None at the end of the text."""
        at = hit.end
        while at < self.n and not self.toks.gap(at).strip(" \u00a0") and self.toks.folded[at] in _NEGATION:
            at += 1
        if at >= self.n or any(self.toks.gap(k).strip(" \u00a0") for k in range(hit.end, at + 1)):
            return None
        return self.toks.words[at]

    def fronted_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "Massimov was replaced": the name is the passive's subject, which Russian says
        with the name fronted as the object of a verb in the plural past («Масимова сменили»,
        «Компартию власти запретили»). Right before such a verb that governs the accusative, a
        case that is neither accusative nor genitive (of negation) is wrong («Масимову
        сменили»); and a name only in the singular nominative with the verb's own subject
        between them («Коммунистическая партия власти запретили») is no subject either. Only
        with the English passive: a dative of interest («Масимову сменили охрану», "Massimov's
        guard was replaced") has none."""
        cases = _any_number(entry.cases)
        if not cases or entry.surface[:1] in _OPEN:
            return
        at = hit.end
        if cases == NOM and not entry.cases >> 8:       # past the verb's subject (a word or three)
            while at < min(self.n, hit.end + 3) and self.toks.words[at].isalpha() and self.toks.words[at].islower() \
                    and not self.toks.gap(at).strip(" \u00a0") and self.toks.folded[at] not in _COORDINATORS \
                    and governed(self.toks.words[at]) is None and verb_governed(self.toks.words[at]) is None:
                at += 1
            if at == hit.end or at >= self.n or self.toks.gap(at).strip(" \u00a0"):
                return
            verb: str | None = self.toks.words[at]
        else:
            verb = self._verb_after(hit)
        if verb is None or not verb.islower() or not fold(verb).endswith(("ли", "лись")):
            return
        rule = verb_governed(verb)
        if rule is None or rule[0] != ACC or cases & (ACC | GEN) or (cases & NOM and at == hit.end):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or _EN_PREPOSITION_BEFORE.search(before_en) or not _EN_PASSIVE_AFTER.match(after_en) \
                or (hit.start > 0 and not self.toks.gap(hit.start).strip(" \u00a0")
                    and governed(self.toks.words[hit.start - 1]) is not None):
            return      # "the picket in London was supported": the passive's subject is the picket
        self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('ru', cases))}) before {verb!r}: the source's "
                        "passive makes it the verb's object, fronted, in the accusative")

    def dative_experiencer(self, hit: Hit, entry: FormEntry) -> None:
        """English "Tokayev had to turn to the CSTO", "Tokayev managed to …": Russian says who
        has to or manages in the dative of an impersonal verb («Токаеву пришлось», «Токаеву
        удалось»); another case right before it is wrong («Токаева пришлось обратиться»). Not
        with "had to be …": the name is then the object of the infinitive («Токаева пришлось
        эвакуировать», "Tokayev had to be evacuated")."""
        verb = self._verb_after(hit)
        cases = _any_number(entry.cases)
        if verb is None or fold(verb) not in _DATIVE_IMPERSONAL or not cases or cases & DAT \
                or self.lx.kinds[entry.ref] != "person":
            return
        if not _EN_MODAL_AFTER.match(self.source_around(entry.ref)[1]):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) before {verb!r}: who has to or "
                        "manages is the impersonal verb's dative")

    def fronted_dative_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "The police threatened Ainur Kurmanov", "Tony Blair was paid millions": the name is
        the object of a verb that takes a dative (угрожать, помочь; a person paid or told), which Russian
        may front («Айнуру Курманову полиция угрожала»). A name that opens the sentence in a case that is
        neither that verb's nor the nominative, with that verb the first governing word of its clause,
        is a wrong inflection («Айнура Курманова полиция … угрожала»). Only where the English makes it
        the object or the passive's subject; a dative of interest before an accusative verb is no error
        («Масимову сменили охрану»), and is not looked at here."""
        cases = _any_number(entry.cases)
        if not cases or cases & (NOM | DAT) or entry.surface[:1] in _OPEN \
                or not self.toks.sentence_initial(hit.start):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not (self.english_object(entry.ref) or _EN_PASSIVE_AFTER.match(after_en)):
            return
        person = self.lx.kinds[entry.ref] == "person"
        for at in range(hit.end, min(self.n, hit.end + 6)):
            if self.toks.gap(at).strip(" \u00a0"):
                return      # the clause ends
            word = self.toks.words[at]
            if not word.islower():
                continue
            rule = verb_governed(word)
            if rule is None and person and person_dative(word):
                rule = (DAT, "dat")
            if rule is None:
                if governed(word) is not None and at == hit.end:
                    return
                continue
            if not rule[0] & DAT or cases & rule[0]:
                return
            self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) opening the sentence, the object "
                            f"of {word!r}, which takes the dative")
            return

    def verb_object(self, hit: Hit, entry: FormEntry) -> None:
        """«Россия помогла Токаева»: right after a verb whose object takes one case (помочь + dative),
        a name that can be neither that case nor a nominative (an inverted subject: «помогла
        Россия») is a wrong inflection. After «не» a genitive is the genitive of negation."""
        if self.toks.gap(hit.start).strip(" \u00a0" + _OPEN):
            return
        at = hit.start - 1
        if at > 0 and self.toks.folded[at] in _PARTICLES and self.toks.words[at].islower() \
                and not self.toks.gap(at).strip(" \u00a0"):
            at -= 1             # «охватили и Кызылординскую область»: "also", the verb's object still
        rule = verb_governed(self.toks.words[at])
        if rule is None and person_dative(self.toks.words[at], person=self.lx.kinds[entry.ref] == "person"):
            rule = (DAT, "dat")         # «платил Тони Блэру», «пообещала Таджикистану» (the thing is the accusative)
        if rule is None and self.lx.kinds[entry.ref] in ("person", "organisation") \
                and person_dative_if_recipient(self.toks.words[at]):
            before_en, after_en = self.source_around(entry.ref)
            # "sent Kurmanov the list", "sent the list to Kurmanov": the one it goes to, a dative (a body of
            # people too: "handed the Council of Aksakals a list", «передало Совету аксакалов список»)
            if before_en is not None and ((_EN_GIVING_BEFORE.search(before_en) and second_object_next(after_en))
                                          or _EN_TO_RECIPIENT.search(before_en)):
                rule = (DAT, "dat")
        cases = _any_number(entry.cases)
        quoted = entry.surface[:1] in _OPEN
        if quoted and not entry.flags & DECLINED_QUOTE and self.declines_in_quotes(entry):
            cases = NOM | ACC       # «управлявшим «КазМунайГаз»»: undeclined in its quotes, with no generic word
        elif quoted and not entry.flags & DECLINED_QUOTE:
            return                  # (declined in its quotes, its ending shows its case: «Благодарим «…альтернативе»»)
        verb = fold(self.toks.words[at])
        finite = verb
        if _INFINITIVE.search(verb) and at > 0 and self.toks.words[at - 1].islower() \
                and not self.toks.gap(at).strip(" \u00a0"):
            finite = self.toks.folded[at - 1]       # «продолжали помогать Токаев»: the verb the infinitive hangs on
            if finite == "не" and at > 1 and not self.toks.gap(at - 1).strip(" \u00a0"):
                finite = self.toks.folded[at - 2]   # «не могли не восхищаться Совет аксакалов»
        # a nominative may be the verb's subject, inverted («помогла Россия»), unless the verb is
        # plural and the name singular and no list («боялись Комитет национальной безопасности»),
        # or a name in the nominative right before the verb is its subject («Назарбаев руководил
        # Совет безопасности»)
        # (an active participle's subject is the noun it qualifies: a name after it is its object)
        subject = bool(cases & NOM) and not _RU_ACTIVE_PARTICIPLE.fullmatch(verb) and not (
            finite.endswith(("ли", "лись")) and not entry.cases >> 8 and entry.cases & _SINGULAR
            and (hit.end >= self.n or (self.toks.folded[hit.end] not in _COORDINATORS
                                       and self.toks.gap(hit.end).strip(" \u00a0") not in (",", "&")))) \
            and not self._subject_before(at, entry.ref) and not self._pronoun_subject_before(at) \
            and not self.english_object(entry.ref) and not _EN_AFRAID_OF.search(self.source_before(entry.ref)) \
            and not _EN_NEVER_SUBJECT_BEFORE.search(self.source_before(entry.ref))
        # (the passive's agent turned into the subject of an active verb: "was backed by the Ukraine
        # Solidarity Campaign (Chris Ford) and by Workers Power", «поддержали Кампания … и …»)
        subject = subject or bool(cases & NOM and not _RU_ACTIVE_PARTICIPLE.fullmatch(verb)
                                  and PASSIVE_BY.search(self.source_before(entry.ref)))
        if rule is None or not cases or subject:
            return
        mask, default = rule
        if mask & ACC and at > 0 and self.toks.folded[at - 1] == "не" and not self.toks.gap(at).strip():
            mask |= GEN         # the genitive of negation takes a direct object's place, not a dative's
        if cases & mask:
            return
        self.wrong_case(hit, entry, default, f"({'/'.join(cases_of('ru', cases))}) after the verb "
                        f"{self.toks.words[at]!r}, whose object takes the {default}",
                        declined=bool(entry.flags & DECLINED_QUOTE) or quoted)

    def passive_agent(self, hit: Hit, entry: FormEntry) -> None:
        """English "was chosen by Nazarbayev": the name is the passive's agent, which Russian puts
        in the instrumental right after the passive participle («выбран Назарбаевым», «поддержанная
        Россией»). Another case there is wrong. Only where both languages keep the passive: a
        participle right before the name, "by" right before it in the source."""
        if hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN) \
                or (entry.surface[:1] in _OPEN and not entry.flags & DECLINED_QUOTE):
            return
        at = hit.start - 1
        if at > 0 and self.toks.folded[at] in _PARTICLES and self.toks.words[at].islower() \
                and not self.toks.gap(at).strip(" \u00a0"):
            at -= 1             # «подписано также «Марксистской тенденцией»»: a particle between
        cases = _any_number(entry.cases)
        if cases == NOM and self.toks.folded[at].endswith("лись") and self._listed_after(hit):
            return      # «подписались Пит Фёрмин из …, Стив Максуини и …»: a list, the subject of a plural verb
        if cases == NOM and not (_RU_PASSIVE_PARTICIPLE.fullmatch(self.toks.folded[at])
                                 or _RU_REFLEXIVE_VERB.fullmatch(self.toks.folded[at])):
            # a short passive participle a few words before, with only a place between («были опубликованы в
            # Facebook Пол Мёрфи», "published on Facebook by Paul Murphy"): the agent is still its own
            for k in range(at - 1, max(-1, at - 4), -1):
                if _CLAUSE_END.search(self.toks.gap(k + 1)):
                    break
                if _RU_SHORT_PASSIVE.fullmatch(self.toks.folded[k]) and self.toks.words[k].islower() \
                        and any(self.toks.folded[j] in ("в", "на") for j in range(k + 1, at + 1)):
                    at = k
                    break
        before = self.toks.words[at]
        if not cases or cases & INS or not (before.islower() or self.toks.sentence_initial(at)) \
                or not (_RU_PASSIVE_PARTICIPLE.fullmatch(fold(before)) or _RU_REFLEXIVE_VERB.fullmatch(fold(before))
                        or _RU_PRESENT_PASSIVE.fullmatch(fold(before))):
            return      # (a reflexive verb is a passive too: «проводилась Назарбаевым»; «Вдохновлённые Жанаозеном»;
                        # so is a present passive participle: «возглавляемый Масимовым»)
        if not PASSIVE_BY.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('ru', cases))}) after the passive {before!r}: "
                        "the source's \"by\" makes it the agent, in the instrumental",
                        declined=bool(entry.flags & DECLINED_QUOTE))

    def _listed_after(self, hit: Hit) -> bool:
        """Is another name joined to the one at *hit* later in its sentence, after «и» or a comma
        («Пит Фёрмин из Комитета …, Стив Максуини из «…» и Терри Конуэй»)?"""
        end = self._sentence_end(hit.end)
        return any(hit.end < other.start < end and (self.toks.folded[other.start - 1] in _COORDINATORS
                                                    or "," in self.toks.gap(other.start))
                   for other, _ in self.pending)

    def active_for_passive(self, hit: Hit, entry: FormEntry) -> None:
        """English "the picket was organised by Anti*Capitalist Resistance": Russian often turns the
        passive round, the agent becoming the subject of an active verb («пикет организовало
        «Антикапиталистическое сопротивление»»). Right after an active past verb, then, the agent is a
        nominative; the instrumental belongs to a passive («организован …»), and no other case fits."""
        if hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + _OPEN):
            return
        before = self.toks.words[hit.start - 1]
        low = fold(before)
        cases = _any_number(entry.cases)
        if entry.surface[:1] in _OPEN and not entry.flags & DECLINED_QUOTE:
            cases = NOM
        if not cases or cases & NOM or not before.islower() or not _RU_ACTIVE_PAST.fullmatch(low) \
                or not PASSIVE_BY.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('ru', cases))}) after the active verb {before!r}: "
                        "the source's passive agent (\"by\") is the subject of the sentence turned active, a "
                        "nominative", declined=bool(entry.flags & DECLINED_QUOTE))

    def subject_after_verb(self, hit: Hit, entry: FormEntry) -> None:
        """English "Tokayev alone took the decision" (or "was taken by Tokayev"): the name is the
        subject of an active verb, which Russian may put after its verb («Решение принял
        единолично Токаев») — in the nominative. A form only genitive, accusative or
        instrumental right after a past verb (an adverb or particle between allowed: «принял
        единолично Токаева», «вёл Саймоном Ханной») makes it the object instead."""
        cases = _any_number(entry.cases)
        if not cases or cases & ~(GEN | ACC | INS) or entry.surface[:1] in _OPEN or entry.flags & DECLINED_QUOTE:
            return
        at = hit.start - 1
        low = self.toks.folded[at]
        if at > 0 and (low.endswith(_RU_ADVERB_ENDINGS) or low in _PARTICLES) \
                and not self.toks.gap(at).strip(" \u00a0") and not _RU_PAST.search(low) \
                and not _RU_PASSIVE_PARTICIPLE.fullmatch(low):
            at -= 1             # «принял единолично Токаева», «лишился и Масимова»: an adverb or particle between
        verb = self.toks.words[at]
        if self.toks.gap(hit.start).strip(" \u00a0") or self.toks.gap(at + 1).strip(" \u00a0") \
                or not verb.islower() or not _RU_PAST.search(fold(verb)) or not _verb_like(fold(verb)) \
                or fold(verb) in _RU_BE or (cases & INS and _RU_REFLEXIVE_VERB.fullmatch(fold(verb))):
            return              # (an auxiliary: «было подписано Российским социалистическим движением», a passive;
                                # a reflexive verb is a passive too, its agent in the instrumental: «вырабатывались
                                # Советом аксакалов»)
        before_en, after_en = self.source_around(entry.ref)
        role = doer_role(before_en, after_en) if before_en is not None else None
        if role is None:
            return
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('ru', cases))}) after the verb {verb!r}: the source "
                        f"makes it {role}, a nominative")

    def _subject_before(self, at: int, ref: int) -> bool:
        """Is the token right before the verb at *at* the end of another name only in the
        nominative, nothing between (the verb's subject: «Назарбаев руководил …»)?"""
        if at == 0 or self.toks.gap(at).strip(" \u00a0"):
            return False
        return any(h.end == at and e.ref != ref and _any_number(e.cases) == NOM and not e.flags & EXTRA
                   and (h.start == 0 or self.toks.folded[h.start - 1] not in PREPOSITIONS)
                   for h, e in self.pending)

    def _pronoun_subject_before(self, at: int) -> bool:
        """Is there a subject pronoun in the nominative (кто, он, мы …) before the verb at *at*, in
        its clause (up to eight words back, a parenthesis between commas allowed: «Кто теперь,
        после всех этих арестов, руководит …»)? Then a name after the verb is no inverted subject.
        A relative or interrogative word of another case («кого», «чем») or a conjunction («что»)
        opens the verb's own clause: the search stops there."""
        for k in range(at - 1, max(-1, at - 9), -1):
            word = self.toks.folded[k]
            if word in _RU_SUBJECT_PRONOUNS:
                return True
            if word in _RU_CLAUSE_OPENERS or any(mark in self.toks.gap(k + 1) for mark in ".!?…;:\n"):
                return False
        return False

    def to_dative(self, hit: Hit, entry: FormEntry) -> None:
        """English "a letter to Biden", "gave the floor to Marko Bojcun": the name is the one
        something goes or is said to, and Russian puts it in the dative when no preposition
        stands before it («письмо Байдену», «слово Марко Бойцуну»). Wrong: a form that can be
        neither dative nor genitive ("successor to Nazarbayev" is «преемник Назарбаева»; after a noun
        that addresses someone — помощь, письмо, угроза — no genitive either), nor,
        after a verb that may have taken the name as its object or subject (went to Moscow →
        посетил Москву), accusative or nominative."""
        if entry.surface[:1] in _OPEN or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        at = hit.start - 1
        # «звонок Путина Токаеву» ("Putin's call to Tokayev"): a person's genitive between the noun and
        # the name is the noun's owner; the noun is what the name depends on
        owner = next((h for h, e in self.pending if h.end == hit.start and e.ref != entry.ref
                      and _any_number(e.cases) & GEN and self.lx.kinds[e.ref] == "person"), None)
        if owner is not None and owner.start > 0 and not self.toks.gap(owner.start).strip(" \u00a0"):
            at = owner.start - 1
        elif owner is None:
            # «письмо казахстанских эмигрантов Джо Байдену» ("a letter from Kazakh exiles to Joe
            # Biden"): a genitive plural (with its adjectives) between a noun that addresses someone
            # and the name is that noun's owner too
            k = at
            while k > 0 and at - k < 3 and self.toks.words[k].islower() and not self.toks.gap(k + 1).strip(" \u00a0") \
                    and self.toks.folded[k].endswith(_RU_GENITIVE_PLURAL):
                k -= 1
            if k < at and self.toks.folded[k].startswith(_ADDRESSING_NOUNS) \
                    and not self.toks.gap(k + 1).strip(" \u00a0"):
                at = k
        before = self.toks.words[at]
        low = fold(before)
        cases = _any_number(entry.cases)
        governing = verb_governed(before) if before.islower() else None
        if governing is not None and cases & governing[0]:
            return          # «призываем Организацию Объединённых Наций» ("appeal to the UN"): the verb's own case
        if not cases or cases & DAT or not before.isalpha() or low in _NOT_HEADS \
                or not (before.islower() or (self.toks.sentence_initial(at)
                                             and low.startswith(_ADDRESSING_NOUNS))):
            return          # (opening the sentence, only a noun that addresses someone: «Письмо Абдрахманову»)
        # ("handed their list of demands to Ainur Kurmanov": a verb of giving in both languages' clause makes
        # the name its recipient, though a noun stands right before it, «передали список требований Айнуру»)
        # ("was given to Tokayev", «был передан Токаеву»: the verb of giving may stand right before the name)
        handed_here = _RU_HANDING.match(low) is not None
        handed = bool(_EN_HANDED_TO.search(self.source_before(entry.ref))) and (handed_here or any(
            _RU_HANDING.match(self.toks.folded[k]) for k in range(self._clause_start(hit.start), at)))
        if cases & GEN and not low.startswith(_ADDRESSING_NOUNS) and not handed:
            return          # "successor to Nazarbayev": «преемник Назарбаева»; "help to" is «помощь Совету»
        if cases & (NOM | ACC) and _verb_like(low) and not (
                self.lx.kinds[entry.ref] == "person" and cases == NOM
                and (_RU_PAST.search(low) or _RU_PRESENT_FINITE.search(low))) and not (handed and handed_here):
            # a person's nominative (no accusative) after a past or present verb is its subject or
            # wrong: the source's "to" says it is no subject («передали Си Цзиньпин благодарность» →
            # Си Цзиньпину, «слово предоставляется Юлия Юрченко» → Юлии Юрченко); right after a verb of
            # giving that the English gives "to" the name, the name is where it goes, no object of it
            # («передали Кыргызстан» for "handed over to Kyrgyzstan" → Кыргызстану)
            return
        if cases & INS and (_verb_like(low) or any(
                adjective_cases(self.toks.words[k]) & INS or _RU_ACTIVE_PARTICIPLE.fullmatch(self.toks.folded[k])
                for k in range(max(0, hit.start - 4), hit.start)
                if not any(c in ",;:.!?" for c in self.toks.gap(k + 1)))):
            # an instrumental after a verb that governs it ("confined to": «ограничивалось Западным
            # Казахстаном») or after a participle agreeing with it («с рассматривавшимся в то время
            # законопроектом»)
            return
        written = self.wanted.get(entry.ref)
        if not written or written.split()[-1].islower():
            return          # "to Charing Cross police station": the "to" is the station's, «в участок Чаринг-Кросс»
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _after_to(before_en, _TO_IN_PREPOSITIONS) \
                or after_en.startswith(_POSSESSIVE) or noun_next(after_en):
            return          # "Tokayev's …"; "to Tengizchevroil workers": the workers'

        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after {before!r}: the source's "
                        f"\"to\" makes it the one something goes to, a dative")

    def direction(self, ref: int) -> bool:
        """Does the source put the referent right after "to" ("moved the capital to Astana"), so that
        Russian в/на take the accusative of direction? Not after an office held "to" a country
        ("ambassador to Kazakhstan" is «посол в Казахстане»)."""
        before = self.source_before(ref)
        if noun_next(self.source_around(ref)[1]):
            return False        # "to the London picket": the direction is the picket's («пикету в Лондоне»)
        if _INTO_BEFORE.search(before) or _EN_JOINED_BEFORE.search(before) or _EN_LEFT_FOR.search(before) \
                or _EN_SPREAD_TO.search(before):       # "spread to Atyrau Region": «перекинулась на Атыраускую область»
            # "spilled over into Atyrau Region": «перекинулась на Атыраускую область»; "joined the SCO":
            # «вступил в Шанхайскую организацию сотрудничества»; "leave for Russia": «уехать в Россию»
            return True
        # and a verb of motion in the clause: "welcomed the minister to London" is «принял в Лондоне»;
        # an office "to" a country is where it is held («посол в Казахстане») unless a verb of sending
        # moves its holder there ("sent two delegates to Zhanaozen": «в Жанаозен»)
        office = _after_to(before, _TO_IN_PREPOSITIONS) and not _after_to(before, _NOT_DIRECTION_TO)
        if office:
            return _arrival_in_clause(_TO_BEFORE.sub("", before))
        return _after_to(before, _NOT_DIRECTION_TO) and _arrival_in_clause(before)

    def english_apposition(self, ref: int) -> bool:
        """Does the source put the name beside a generic noun ("the company Tengizchevroil",
        "(of) the Tengizchevroil company") rather than before "'s"? Then a Russian
        genitive in quotes after the generic word («в компании «Тенгизшевройла»») is no
        complement "of" the name but a wrongly declined apposition."""
        before, after = self.source_around(ref)
        if before is None or after.startswith(_POSSESSIVE):
            return False
        # "workers of the Tengizchevroil company": the "of" governs the generic noun, not the name;
        # a plural after it names what the company owns ("KazMunayGas enterprises": its enterprises)
        return bool(_EN_GENERIC_BEFORE.search(before) or _EN_GENERIC_AFTER.match(after))

    def english_generic_before(self, ref: int) -> bool:
        """Does the source put a generic noun right before the name ("the magazine Class View")?"""
        before, after = self.source_around(ref)
        return before is not None and not after.startswith(_POSSESSIVE) and bool(_EN_GENERIC_BEFORE.search(before))

    def english_modifier(self, ref: int) -> bool:
        """Is the name followed in the source by a word in small letters ("of the Kashagan
        project")? Then it may modify that word, which the Russian generic word renders
        («проекта Кашаган»), and the "of" before it is that word's."""
        return word_in_small_letters_after(self.source_around(ref)[1])

    def english_possessive(self, ref: int) -> bool:
        """Does the source put "'s" after the name ("in Xi Jinping's message", "Ukraine's
        experience")? Russian says the possessor as a genitive after the noun, as for "of": «в
        послании Си Цзиньпина», «опыт Украины»."""
        return self.source_around(ref)[1].startswith(_POSSESSIVE)

    def english_noun_after(self, ref: int) -> bool:
        """Is the name followed in the source by a noun, known by a suffix only nouns have ("the
        Joe Biden administration", "KazMunayGas management", "Tengizchevroil employees")? Then
        it modifies that noun, which Russian says with the name in the genitive («администрация
        Джо Байдена»), as for "of"."""
        return _NOUN_AFTER.match(self.source_around(ref)[1]) is not None

    def source_around(self, ref: int) -> tuple[str | None, str]:
        """The English source before and after where it names the referent ((None, "") when it
        does not): where it names it for the mention whose context is being read (see
        :meth:`contexts`), else the first time."""
        nth = self._mention[1] if self._mention is not None and self._mention[0] == ref else 0
        found = self._around.get((ref, nth))
        if found is None:
            spans = self.mentions(ref)
            if nth < len(spans):
                start, end = spans[nth]
                before = self.source[:start]
                if self.lx.kinds[ref] == "place":
                    # "in the city of Taraz": the kind of place is the name's own noun, which the target
                    # renders with it (Тараз қаласында, в городе Таразе); the words before it govern the name
                    before = _EN_KIND_OF_PLACE.sub(" ", before)
                elif self.lx.kinds[ref] == "person" and _EN_TITLED_APPOSITION.search(before) \
                        and subject_verb(before, self.source[end:]) is None:
                    # "spoke with the Prime Minister of the United Kingdom, Boris Johnson": the person in
                    # apposition to a title shares the preposition before it (not "In a question to the
                    # Prime Minister, Paul Murphy asked", the subject of the next clause)
                    before = _EN_TITLED_APPOSITION.sub(r"\1 ", before)
                found = (before, self.source[end:])
            else:
                found = (None, "")
            self._around[(ref, nth)] = found
        return found

    def english_mention(self, ref: int) -> str:
        """The English text of the mention being read ("" when the source does not name it)."""
        spans = self.mentions(ref)
        nth = self._mention[1] if self._mention is not None and self._mention[0] == ref else 0
        return self.source[spans[nth][0]:spans[nth][1]] if nth < len(spans) else ""

    def mentions(self, ref: int) -> list[tuple[int, int]]:
        """Where the English source names the referent, in order: each time it writes what it first
        wrote ("John McDonnell"), and for a person also the surname alone elsewhere ("McDonnell's
        intervention"), as a later mention usually shortens a name."""
        found = self._spans.get(ref)
        if found is None:
            written = self.wanted.get(ref) or ""
            found = _occurrences(self.source, written)
            # (not inside a longer name the source also mentions: "Communist Voice" in "the Communist Voice
            # Organization")
            longer = [span for other, text in self.wanted.items()
                      if other != ref and text and len(text) > len(written) and written in text
                      for span in _occurrences(self.source, text)]
            if longer:
                found = [(a, b) for a, b in found if not any(start <= a and b <= end for start, end in longer)]
            # later, shorter mentions: a person's surname alone ("Bashar al-Assad", then "Assad", its particle
            # gone too), or another of a multiword name's English spellings ("Charing Cross police station",
            # then "back from Charing Cross", not inside a longer name)
            last = written.split()[-1] if written else ""
            shorter: list[str] = []
            surname = self.lx.kinds[ref] == "person" and " " in written and len(last) > 2
            if surname:
                particle, _, bare = last.partition("-")
                shorter = [last] + ([bare] if bare and particle.islower() and len(bare) > 2 else [])
            elif " " in written and written[:1].isupper():
                shorter = [spelling for spelling, status in self.lx.forms(ref, "en")
                           if status != "deprecated" and spelling != written and len(spelling) > 3
                           and spelling in written]
            for text in shorter:
                found += [(a, b) for a, b in _occurrences(self.source, text, words=True)
                          if not any(start <= a < end for start, end in found)
                          and (surname or not any(start <= a < end for start, end in longer))]
            if shorter:
                found.sort()
            self._spans[ref] = found
        return found

    def source_before(self, ref: int) -> str:
        """The English source up to where it names the referent ("" when it does not)."""
        return self.source_around(ref)[0] or ""

    def after_of(self, ref: int) -> bool:
        """Does the source name the referent right after "of" ("of the" allowed)? Not where a longer
        proper name goes on after it ("the verdict of the Zhanaozen City Court"): the "of" is that
        name's, and this one only modifies it («Жаңаөзен қалалық сотының»)."""
        before, after = self.source_around(ref)
        return before is not None and bool(_OF_BEFORE.search(before)) and not _EN_NAME_GOES_ON.match(after)

    def place_not_direction(self, ref: int, *, quoted: bool = False) -> bool:
        """Does the source put the referent (a place, or a company in quotes: "at Tengizchevroil")
        after "in" or "at", not after a verb of arrival ("arrived in Uralsk" is «прибыли в
        Уральск»)? Then Russian в/на take the locative."""
        before = self.source_before(ref)
        if (self.lx.kinds[ref] != "place" and not quoted) or not _IN_PLACE.search(before) \
                or _EN_INTERVENTION_IN.search(before):
            return False
        return not _arrival_in_clause(before)

    def inside_organisation(self, hit: Hit, ref: int) -> bool:
        """Does the source put an organisation after "in" ("raised it in the Irish Parliament",
        "membership in the Eurasian Economic Union"), with no Russian word before it in its clause
        that takes в + the accusative (вступить, включить, обратиться, направить, инвестировать,
        верить …)? Then в takes the locative: «в парламенте Ирландии»."""
        if self.lx.kinds[ref] != "organisation" or not _EN_IN_BEFORE.search(self.source_before(ref)) \
                or _EN_INTERVENTION_IN.search(self.source_before(ref)) or _arrival_in_clause(self.source_before(ref)):
            return False
        return not any(_RU_INTO_GOVERNING.match(self.toks.folded[k])
                       for k in range(self._clause_start(hit.start), hit.start))

    # -- 2. other languages ---------------------------------------------------------------------
    def other_scan(self) -> None:
        toks, covered = self.toks, self.covered
        for other in TARGET_LANGUAGES:
            if other == self.language:
                continue
            index = self.lx.index(other)
            for hit in index.scan(toks, strict_accept, skip=lambda i: covered[i]):
                if any(covered[k] for k in range(hit.start, hit.end)):
                    continue
                valid = [e for e in hit.entries if e.valid and e.ref in self.wanted]
                if not valid:
                    continue
                entry = min(valid, key=lambda e: (e.status, e.ref))
                if not self.lx.valid_forms(entry.ref, self.language):
                    continue
                self.cover(hit.start, hit.end)
                self.accounted.add(entry.ref)
                offending = _offending(toks, hit.start, hit.end, entry.surface)
                case = next((c for c in cases_of(other, entry.cases) if c in CASES[self.language]), "nom")
                suggestion = self.lx.in_case(entry.ref, self.language, 0, like=entry.base, case=case)
                self.add("target-other-language-form",
                         f"{offending!r} is the {_lang(other)} form of {self.rid(entry.ref)}; "
                         f"in {_lang(self.language)}: {suggestion!r}",
                         offending=offending, suggestion=suggestion, ref=entry.ref)

    # -- 3. agreement inside a Russian multiword name ---------------------------------------------
    def agreement(self) -> None:
        if self.language != "ru":
            return
        toks, forms = self.toks, self.index.forms
        multi = {k for hit in self.rendered.values() if hit.end - hit.start > 1 for k in range(hit.start, hit.end)}
        present = self.folded_set
        for ref in self.wanted:
            table = self.index.words_of(ref)
            if not table or ref in self.lx.terms or not table.keys() & present:
                continue            # none of the name's words (a plural head is not in the table)
            i = 0
            while i < self.n - 1:
                starts = table.get(toks.folded[i]) if i not in multi else None
                if starts is None and i not in multi and i + 1 not in multi:
                    stray = self.stray_word(ref, table, i)
                    if stray is not None:
                        i = stray
                        continue
                best: tuple[int, int, int, list[int]] | None = None
                for fid, pos, mask in starts or ():
                    masks = [mask]
                    j = i + 1
                    while j < self.n and j not in multi and not toks.gap(j).strip(" \u00a0-" + _OPEN + _CLOSE):
                        nxt = next((m for f, p, m in table.get(toks.folded[j], ()) if f == fid and p == pos + j - i),
                                   None)
                        if nxt is None:
                            nxt = _noun_plural(table, fid, pos + j - i, toks.folded[j])
                        if nxt is None:
                            break
                        masks.append(nxt)
                        j += 1
                    if len(masks) < 2:
                        continue
                    joint = masks[0]
                    for m in masks[1:]:
                        joint &= m
                    if joint:
                        continue
                    if best is None or j - i > best[1] - best[0]:
                        best = (i, j, fid, masks)
                if best is None:
                    i += 1
                    continue
                start, end, fid, masks = best
                if self.coordinated(start, end, masks) or any(k in self.disagreeing for k in range(start, end)):
                    i = end
                    continue
                _, form, _ = forms[fid]
                self.cover(start, end)
                self.disagreeing.update(range(start, end))
                self.accounted.add(ref)
                last = masks[-1] & _SINGULAR or masks[-2] & _SINGULAR
                suggestion = self.lx.in_case(ref, "ru", last, form=form)
                offending = _offending(toks, start, end)
                self.add("target-wrong-inflection",
                         f"{offending!r}: the words of {form!r} ({self.rid(ref)}) are in different cases"
                         + (f"; expected {suggestion!r}" if suggestion else ""),
                         offending=offending, suggestion=suggestion, ref=ref)
                i = end

    def stray_word(self, ref: int, table: dict[str, list[tuple[int, int, int]]], i: int) -> int | None:
        """«в Карагандинском области», «Западно-Казахстанское область», «Джоем Байденом»: a word of a
        multiword name with an ending none of the name's forms has at its place — an adjective of
        another gender or number before the name's noun, a given name the glossary keeps
        undeclined (or declines otherwise) declined before the surname — is reported as a wrong
        inflection, in the case of the word after it. The token after the report, or None where
        token *i* is no such word."""
        toks = self.toks
        word = toks.folded[i]
        if toks.gap(i + 1).strip(" \u00a0") \
                or not (toks.words[i][:1].isupper() or (i > 0 and toks.gap(i).strip(" \u00a0") in _HYPHENS)):
            return None
        following = toks.folded[i + 1]
        for fid, pos, mask in table.get(following, ()):
            if pos == 0 or not mask & _SINGULAR:
                continue
            # the name's own word at the position before: an adjective of the same stem with another ending,
            # or a person's given name with a case ending it does not take
            own = [w for w, slots in table.items() if any(f == fid and p == pos - 1 for f, p, _ in slots)]
            stem = next((w[:-2] for w in own if _RU_ADJECTIVE_ENDING.search(w) and len(w) >= 6), None)
            if stem is not None and _RU_ADJECTIVE_ANY_ENDING.search(word):
                what = "the adjective of"
            elif self.lx.kinds[ref] == "person" and own:
                stem, what = _common_prefix(own), "the given name of"
                if len(stem) < 3 or word[len(stem):] not in _RU_NOUN_CASE_ENDINGS:
                    continue
            else:
                continue
            if not word.startswith(stem) or len(word) - len(stem) > 3:
                continue
            start, at = i, pos - 1      # (the token and its position in the form)
            while at > 0 and start > 0 and toks.gap(start).strip(" \u00a0") in _HYPHENS \
                    and any(f == fid and p == at - 1 for f, p, _ in table.get(toks.folded[start - 1], ())):
                start, at = start - 1, at - 1       # «Западно-…»: the adjective's first part is the name's too
            if at != 0:
                continue        # (the name begins before what the text has of it)
            _, form, _ = self.index.forms[fid]
            self.cover(start, i + 2)
            self.disagreeing.update(range(start, i + 2))
            self.accounted.add(ref)
            suggestion = self.lx.in_case(ref, "ru", mask & _SINGULAR, form=form)
            offending = _offending(toks, start, i + 2)
            self.add("target-wrong-inflection",
                     f"{offending!r}: {what} {form!r} ({self.rid(ref)}) has no such form before the word after it"
                     + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)
            return i + 2
        return None

    def coordinated(self, start: int, end: int, masks: list[int]) -> bool:
        """«Атырауская и Мангистауская области»: coordinated adjectives share a plural head noun
        (an adjective of two parts too: «… и Западно-Казахстанской областей»)."""
        if start == 0 or (end - start != 2 and not masks[-1] >> 8):
            return False            # an adjective and its noun, or a head known to be plural
        while start > 1 and self.toks.gap(start).strip(" \u00a0") in ("-", "\u2010", "\u2011"):
            start -= 1              # «… и Восточно-Казахстанской областях»: the adjective's first part
        before = self.toks.folded[start - 1]
        return before in ("и", "или") or "," in self.toks.gap(start)

    # -- 4. wrong inflection of a known stem ---------------------------------------------------------
    def stems(self) -> None:
        """Words glued to a wanted referent's stem: a Kazakh ending the name takes (a plural or
        possessive form: Назарбаевтардың, Алматысының) renders it, or, on a wrong form, is that
        wrong form; an ending its paradigm does not make is a wrong inflection."""
        language = self.language
        suffixes = self.index.suffixes if language == "kk" else RU_ENDINGS if language == "ru" else frozenset()
        if not suffixes:
            return
        toks, index = self.toks, self.index
        # (a word in small letters only where the source names a referent written so: «теңгега» of теңге)
        lower = not index.refs_in_small_letters().isdisjoint(self.wanted)
        for i in range(self.n):
            if self.covered[i]:
                continue
            word = toks.words[i]
            if not (word[:1].isupper() or (lower and word[:1].islower())) or len(word) < 3:
                continue
            found = self.stem_split(i, suffixes)
            if found is None:
                continue
            fid, ref, base, stem_word, suffix, status, fits = found
            if fits:
                self.fitting_ending(i, fid, ref, base, status)
                continue
            self.covered[i] = True
            self.accounted.add(ref)
            suggestion = self.inflection_fix(ref, base, stem_word, suffix, status, i)
            kind = "wrong form" if status == WRONG else "form"
            offending = _offending(toks, i, i + 1, base)
            self.add("target-wrong-inflection",
                     f"{word!r}: the ending -{suffix} does not fit the {kind} {stem_word!r} of {self.rid(ref)}"
                     + (" (vowel harmony / final sound)" if language == "kk" else "")
                     + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)

    def fitting_ending(self, i: int, fid: int, ref: int, base: str, status: int) -> None:
        """Token *i* is the last word of form *fid* with one of its endings: render the referent
        (a one-word form, or with the form's other words before it), or report the wrong form."""
        toks = self.toks
        head = [fold(t) for t in tokens_of(base)][:-1]
        start = i - len(head)
        if head and (start < 0 or [toks.folded[k] for k in range(start, i)] != head):
            return                  # a word of a longer name on its own: no rendering, no error
        start = max(start, 0) if head else i
        self.cover(start, i + 1)
        if status <= 1:
            self.rendered.setdefault(ref, Hit(start, i + 1, ()))
            self.renderings.append((ref, base, toks.span_text(start, i + 1)))
            return
        self.accounted.add(ref)
        offending = _offending(toks, start, i + 1, base)
        suggestion = self.lx.kazakh_same_ending(ref, base, offending) if self.language == "kk" else None
        entry = FormEntry(-1, ref, status, fid, base, 0, 0, base)
        other = self.other_language_of(entry)
        if other:
            self.add("target-other-language-form",
                     f"{offending!r} is the {_lang(other)} form of {self.rid(ref)}; in {_lang(self.language)}: "
                     f"{suggestion!r}", offending=offending, suggestion=suggestion, ref=ref)
        else:
            self.add("target-wrong-form",
                     f"{offending!r} is listed as a wrong form of {self.rid(ref)}; use {suggestion!r}",
                     offending=offending, suggestion=suggestion, ref=ref)

    def stem_split(self, i: int, suffixes: frozenset[str]) -> tuple[int, int, str, str, str, int, bool] | None:
        """(form id, ref, base form, stem word, suffix, status, the ending fits) if *word* is a
        wanted referent's stem + an ending (longest stem first) and no correct form of that
        referent's words. (*i*: the token's index.)"""
        index, language = self.index, self.language
        word, folded = self.toks.words[i], self.toks.folded[i]
        for k in range(len(folded) - 1, 1, -1):
            bucket = index.stems.get(folded[:k])
            if not bucket:
                continue
            options = [(fid, index.forms[fid], stem_word) for fid, stem_word in bucket
                       if index.forms[fid][0] in self.wanted and index.forms[fid][0] not in self.lx.terms
                       and (word[:1].isupper() or index.forms[fid][1][:1].islower())]
            if not options:
                continue
            suffix = folded[k:]
            if language == "kk":
                for fid, (ref, base, status), stem_word in options:
                    if index.fits(fid, folded):
                        return fid, ref, base, stem_word, suffix, status, True
            options.sort(key=lambda o: (o[1][2] == WRONG, len(o[1][1].split())))
            fid, (ref, base, status), stem_word = options[0]
            if len(folded[:k]) < 4 and not is_acronym(stem_word):
                continue
            if is_acronym(stem_word) and word[:k] != stem_word:
                continue
            if (harmony_fold(suffix) if language == "kk" else suffix) not in suffixes:
                continue
            if self.is_word_of(ref, folded):
                return None          # a correct form of the name's word (Республики of Республика Казахстан)
            if status == WRONG and len(base.split()) > 1 and not self.beside_own_words(i, base, stem_word):
                continue            # one word of a longer wrong form on its own («на Тенгизе», the field, not
                                    # «Тенгиз Шеврон Ойл»): no wrong form written
            if language == "ru":
                low = stem_word.lower()
                if suffix in RU_ADJ_ENDINGS and (status == WRONG or folded[:k].endswith(("ск", "цк"))):
                    continue            # a derived adjective (Актюбинской область, Уральской), not a case error
                if suffix in ("ой", "ою") and low.endswith(("ов", "ев", "ёв", "ин", "ын")) \
                        and not self.after_own_words(ref, word):
                    continue            # a feminine surname (Назарбаевой), not a case error ...
                if k < len(stem_word) and suffix in ("а", "я") and low.endswith(("а", "я")):
                    continue
            return fid, ref, base, stem_word, suffix, status, False
        return None

    def beside_own_words(self, i: int, base: str, stem_word: str) -> bool:
        """Does token *i* stand with the form *base*'s other words on either side, as in the form?"""
        words = [fold(w) for w in tokens_of(base)]
        at = next((k for k, w in enumerate(words) if w == fold(stem_word)), None)
        if at is None:
            return True
        start = i - at
        if start < 0 or start + len(words) > self.n:
            return False
        return all(self.toks.folded[start + k] == w for k, w in enumerate(words) if k != at)

    def after_own_words(self, ref: int, word: str) -> bool:
        """... unless it follows the man's own first name («с Айнуром Курмановой»): the name's words
        disagree in gender. (Called during the stem scan: *word* is the token being split.)"""
        hit = self.rendered.get(ref)
        return hit is not None and hit.end < self.n and self.toks.words[hit.end] == word \
            and not self.toks.gap(hit.end).strip(" \u00a0")

    def is_word_of(self, ref: int, folded: str) -> bool:
        index = self.index
        if folded in index.words_of(ref):
            return True
        return any(e.ref == ref and e.valid for e in index.lookup(folded))

    def inflection_fix(self, ref: int, base: str, stem_word: str, suffix: str, status: int, i: int) -> str | None:
        lx, language = self.lx, self.language
        if language == "kk":
            forms = lx.valid_forms(ref, "kk")
            if not forms:
                return None
            choice = base if status != WRONG else next(
                (f for f in forms if len(f.split()) == len(base.split())), forms[0])
            surface = lx.kazakh_same_ending(ref, choice, "", suffix=suffix)
            if surface is None:
                return None
            return surface.split()[-1]     # the one word that was written
        if language != "ru":
            return None
        case = self.governed_case(ref, i) or _RU_ENDING_CASE.get(suffix)
        if case is None:
            return None
        if status == WRONG:
            return lx.in_case(ref, "ru", 0, words=1, case=case)
        return lx.word_in_case(ref, "ru", base, stem_word, case)

    def governed_case(self, ref: int, i: int) -> str | None:
        """The case the preposition before token *i* (or before the name's first word) asks for."""
        j = i
        while j > 0 and not self.toks.gap(j).strip(" \u00a0" + _OPEN):
            rule = governed(self.toks.words[j - 1])
            if rule is not None:
                return rule[1]
            if not self.is_word_of(ref, self.toks.folded[j - 1]):
                return None
            j -= 1
        return None

    def kazakh_tails(self) -> None:
        """A Kazakh multiword name whose last word is in small letters (Маңғыстау облысы,
        Еуропалық одақ): a plural or possessive ending of it renders the name (Қасиетті одағының);
        an ending that marks one of its cases but is spelt otherwise is a wrong inflection
        (Маңғыстау облысынде)."""
        if self.language != "kk":
            return
        toks, index = self.toks, self.index
        for ref in self.wanted:
            if ref in self.lx.terms:
                continue
            for fid in index.multiword_forms(ref):
                words = index.form_words(fid)
                if words[0] not in self.folded_set:
                    if len(words) == 2:
                        self.kazakh_inner_ending(ref, fid, words)
                    continue
                _, form, status = index.forms[fid]
                if status == FOREIGN:
                    continue
                head = words[:-1]
                stem, tails = index.tails_of(fid)
                if not tails:
                    continue
                signatures: dict[str, str] | None = None
                folded = toks.folded
                for i in [p + len(head) for p, w in enumerate(folded) if w == head[0] and p + len(head) < self.n]:
                    word = folded[i]
                    # (a word of another name may be this one's head: кеңестің is also "Soviet"; the bare
                    # head has its final consonant unvoiced: елшілік-ке for елшілігі)
                    devoiced = stem[-1:] in UNVOICED and word.startswith(stem[:-1] + UNVOICED[stem[-1]])
                    # (or the vowel the possessive drops put back: орын-ға for орны, «кен орынға»)
                    restored = vowel_restored_stem(stem)
                    unelided = restored is not None and word.startswith(restored)
                    if (self.covered[i] and i not in self.others) \
                            or not (word.startswith(stem) or devoiced or unelided) \
                            or tuple(folded[i - len(head):i]) != head:
                        continue
                    tail = word[len(stem) - 1:] if devoiced else word[len(restored):] if unelided and restored \
                        and not word.startswith(stem) else word[len(stem):]
                    if tail in tails:
                        self.fitting_ending(i, fid, ref, form, status)
                        case = "nom" if tail in ("ы", "і") else POSSESSIVE_CASE.get(tail)
                        if status <= 1 and case is not None:     # a form of the name: what follows it
                            mask = 1 << CASES["kk"].index(case)
                            self.kazakh_word_after(Hit(i - len(head), i + 1, ()),
                                                     FormEntry(-1, ref, status, fid, form, mask, 0, form))
                        continue
                    if status > 1:
                        continue
                    if signatures is None:
                        signatures = {kazakh_signature(t): t for t in sorted(tails)}
                    # a wrong spelling of one of the tails, or a case ending without the possessive
                    right = signatures.get(kazakh_signature(tail))
                    why = "vowel harmony / final sound"
                    if right is None:
                        right = possessive_tail_for(tail, tails)
                        why = ("after the possessive the case ending is the possessive's own, with -н-"
                               if tail[:1] in ("ы", "і") else "the possessive ending is missing")
                    if right is None and tail[:1] in ("а", "е", "ы", "і") and stem[-1:] not in "аәеиоөұүуыіэюя":
                        # «қырғынан»: a case ending whose first consonant is the stem's last one, written once
                        # (қырғын-нан), the possessive missing too
                        right = possessive_tail_for(stem[-1] + tail, tails)
                        why = "the possessive ending is missing"
                    if right is None:
                        continue            # another word altogether (облыстарының: a plural of the head)
                    self.covered[i] = True
                    self.accounted.add(ref)
                    offending = toks.words[i]
                    suggestion = offending[:len(stem) - 1] + stem[-1] + right
                    self.add("target-wrong-inflection",
                             f"{offending!r}: the ending does not fit {form!r} ({self.rid(ref)}) "
                             f"({why}); expected {suggestion!r}",
                             offending=offending, suggestion=suggestion, ref=ref)

    def kazakh_inner_ending(self, ref: int, fid: int, words: tuple[str, ...]) -> None:
        """«Қазақстанға елшілігі»: a Kazakh name of two words declines its last word only; a case
        ending on the first, before the last with one of its own tails, is a wrong inflection."""
        _, form, status = self.index.forms[fid]
        stem, tails = self.index.tails_of(fid)
        if status > 1 or not tails:
            return
        folded = self.toks.folded
        for i in range(self.n - 1):
            word = folded[i]
            if (self.covered[i] and i not in self.others) or not word.startswith(words[0]) \
                    or BARE_CASE.get(word[len(words[0]):]) is None \
                    or self.toks.gap(i + 1).strip(" \u00a0") or not folded[i + 1].startswith(stem) \
                    or folded[i + 1][len(stem):] not in tails:
                continue
            self.covered[i] = self.covered[i + 1] = True
            self.accounted.add(ref)
            offending = _offending(self.toks, i, i + 2)
            suggestion = self.toks.words[i][:len(words[0])] + " " + self.toks.words[i + 1]
            self.add("target-wrong-inflection",
                     f"{offending!r}: {form!r} ({self.rid(ref)}) declines its last word only; expected "
                     f"{suggestion!r}", offending=offending, suggestion=suggestion, ref=ref)

    def hyphen_suffixes(self) -> None:
        """ҰҚШҰ-нің: a valid Kazakh form followed by a hyphen and an ending no paradigm made."""
        if self.language != "kk":
            return
        toks = self.toks
        for ref, hit in self.rendered.items():
            j = hit.end
            if j >= self.n or self.covered[j]:
                continue
            gap, word = toks.gap(j), toks.words[j]
            if not gap.endswith("-") or " " in gap or not word.islower() \
                    or harmony_fold(fold(word)) not in self.index.suffixes:
                continue
            entry = hit.entries[0]
            if "-" + fold(word) in self.index.tails_of(entry.form)[1]:
                self.covered[j] = True          # an ending the name takes: НАТО-сы, ҰҚШҰ-лар
                continue
            self.covered[j] = True
            self.accounted.add(ref)
            suggestion = self.lx.kazakh_same_ending(ref, entry.base, "", suffix=word)
            offending = toks.text[_span(toks, hit.start, hit.end, entry.surface)[0]:toks.spans[j][1]]
            self.add("target-wrong-inflection",
                     f"{offending!r}: the ending -{word} does not fit {entry.base!r} ({self.rid(ref)})"
                     + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)

    # -- 5. presence ---------------------------------------------------------------------------------
    def missing(self) -> list[int]:
        """Wanted referents not rendered yet (terms are never looked for)."""
        terms = self.lx.terms
        return [ref for ref in self.wanted if ref not in self.rendered and ref not in self.accounted
                and ref not in terms]

    def presence(self) -> None:
        """Which missing referents have a valid form somewhere: inside a longer name the scan took
        («Социалистическое движение Казахстана» names Kazakhstan too), with a small first letter
        in running text, or as the name's relational adjective («казахстанской республики»)."""
        missing = set(self.missing())
        if not missing:
            return
        toks, index, language = self.toks, self.index, self.language
        folded, words, n = toks.folded, toks.words, self.n
        relational = _RELATIONAL.get(language)
        found: set[int] = set()
        for i in range(n):
            if relational is not None:
                word = folded[i]
                for k in range(len(word) - 2, 3, -1):
                    bucket = index.stems.get(word[:k])
                    if not bucket and language == "ru":
                        bucket = index.stems.get(word[:k] + "и")      # Ирланди-я → ирланд-ский
                    if not bucket and language == "ru" and k > 4 and word[k - 2] in "ое":
                        bucket = index.stems.get(word[:k - 2] + word[k - 1])  # Москв-а → москов-ский
                    rest = word[k:]
                    if bucket and (relational.fullmatch(rest) or (
                            language == "ru" and rest in RU_ADJ_ENDINGS and word[:k].endswith(("ск", "цк")))):
                        for fid, _ in bucket:
                            ref, base, status = index.forms[fid]
                            if ref in missing and status != WRONG and status != FOREIGN and len(base.split()) == 1:
                                found.add(ref)
            longest = index.first.get(folded[i])
            if not longest:
                continue
            for length in range(min(longest, n - i), 0, -1):
                key = folded[i] if length == 1 else " ".join(folded[i:i + length])
                for e in index.lookup(key):
                    if e.ref in missing and e.ref not in found and e.valid \
                            and _presence_case_ok(e, words[i:i + length]):
                        found.add(e.ref)
            if found >= missing:
                break
        for ref in found:
            self.rendered.setdefault(ref, Hit(0, 0, ()))
        for ref, i in self.surnames(missing - found).items():
            self.rendered.setdefault(ref, Hit(i, i + 1, ()))
            found.add(ref)
        for ref in self.descriptions(missing - found):
            if not self.misdeclined_whole(ref):
                self.rendered.setdefault(ref, Hit(0, 0, ()))
        self.shared_heads()

    def surnames(self, missing: set[int]) -> dict[int, int]:
        """A person named by the surname of a full-name form, in any case («Мейсона» for Paul
        Mason): referent → the token."""
        people = {ref for ref in missing if self.lx.kinds[ref] == "person"}
        if not people:
            return {}
        index, toks = self.index, self.toks
        found: dict[int, int] = {}
        for ref in people:
            table = index.words_of(ref)
            # the surname is the word the glossary also gives alone (Си of Си Цзиньпин, whose
            # Цзиньпин is a given name; Мёрфи of Пол Мёрфи), else the last word
            alone = {fold(form) for form in self.lx.valid_forms(ref, self.language) if len(tokens_of(form)) == 1}
            for i in range(self.n):
                if ref in found or not toks.words[i][:1].isupper() or self.covered[i]:
                    continue
                for fid, pos, _ in table.get(toks.folded[i], ()):
                    _, form, _ = index.forms[fid]
                    words = [fold(word) for word in tokens_of(form)]
                    size = len(words)
                    surname = next((at for at, word in enumerate(words) if word in alone), size - 1)
                    if pos == surname and size > 1 and len(words[pos]) >= 3:
                        found[ref] = i
                        break
        return found

    def descriptions(self, missing: set[int]) -> set[int]:
        """A descriptive name (an event, an institution) said in another construction with its own
        words («Жаңаөзендегі қырғын» for Жаңаөзен қырғыны, «жанаозенская трагедия»): each of
        its content words, in any inflection, within a few words of each other."""
        found: set[int] = set()
        folded = self.toks.folded
        for ref in missing:
            if self.lx.kinds[ref] == "person":
                continue
            for form in self.lx.valid_forms(ref, self.language):
                words = [fold(t) for t in tokens_of(form) if fold(t) not in _FUNCTION_WORDS and not is_acronym(t)]
                if len(words) < 2:
                    continue
                places = [[i for i, w in enumerate(folded) if _same_word(w, word, self.language, self.index.suffixes)]
                          for word in words]
                if all(places) and max(min(p) for p in places) - min(max(p) for p in places) <= 4:
                    found.add(ref)
                    break
        return found

    def misdeclined_whole(self, ref: int) -> bool:
        """«от Кампании солидарности с Украины»: a name of several words written whole, word for
        word in its order, but with a word its paradigm never has there: not a description in
        other words but the name, misinflected. Russian: a fixed word declined («с Украины»), the
        fix the paradigm's form that begins as the span does. Kazakh, which declines the last word
        only: the words before it exactly the name's, the last with an ending its paradigm does not
        make («Дүниежүзілік жұмысшылар партияның», the possessive dropped), the fix the form whose
        last word ends as the written one does (a description, «Жаңаөзендегі қырғын», changes a
        word before the last)."""
        language, folded = self.language, self.toks.folded
        if language not in ("ru", "kk"):
            return False
        for form in self.lx.valid_forms(ref, language):
            words = [fold(t) for t in tokens_of(form)]
            if len(words) < (3 if language == "ru" else 2):
                continue
            for start in range(self.n - len(words) + 1):
                span = folded[start:start + len(words)]
                if language == "kk":
                    # (a plural head is shared by names before it: «Ақтөбе және Атырау облыстарында»)
                    common = next((k for k, (a, b) in enumerate(zip(span[-1], words[-1])) if a != b),
                                  min(len(span[-1]), len(words[-1])))
                    fits = span[:-1] == words[:-1] and span[-1] != words[-1] \
                        and _same_word(span[-1], words[-1], "kk", self.index.suffixes) \
                        and not re.match(r"(?:лар|лер|дар|дер|тар|тер)", span[-1][common:])
                else:       # (a name inside it may be covered by its own hit: «Украины» in the campaign's name)
                    fits = all(_same_word(w, word, "ru", self.index.suffixes) for w, word in zip(span, words))
                if not fits or any(self.toks.gap(k).strip(" \u00a0" + _OPEN + _CLOSE)
                                   for k in range(start + 1, start + len(words))):
                    continue
                surfaces = self.lx.surfaces(ref, language, form)
                if language == "ru":
                    fitting = sorted(s for s in surfaces if fold(tokens_of(s)[0]) == span[0])
                else:
                    def shared(surface: str, written: str = span[-1]) -> int:
                        last = fold(tokens_of(surface)[-1])
                        return next((k for k in range(min(len(last), len(written)), 0, -1)
                                     if last[-k:] == written[-k:]), 0)
                    # (the attribute in -дағы and the nouns made of it only where the written word has it)
                    attributive = _KK_ATTRIBUTIVE.search(span[-1]) is not None
                    surfaces = {s for s in surfaces
                                if (_KK_ATTRIBUTIVE.search(fold(tokens_of(s)[-1])) is not None) == attributive}
                    best = max((shared(s) for s in surfaces), default=0)
                    fitting = sorted(s for s in surfaces if best >= 2 and shared(s) == best)
                offending = _offending(self.toks, start, start + len(words), form)
                self.cover(start, start + len(words))
                self.accounted.add(ref)
                suggestion = fitting[0] if len(fitting) == 1 else None
                what = "a word that stays as it is was declined" if language == "ru" else \
                    "the last word's ending is none its paradigm makes"
                self.add("target-wrong-inflection",
                         f"{offending!r}: the words of {form!r} ({self.rid(ref)}) in a form its paradigm does not "
                         f"have ({what})" + (f"; expected {suggestion!r}" if suggestion else ""),
                         offending=offending, suggestion=suggestion, ref=ref)
                return True
        return False

    def shared_heads(self) -> None:
        """«нефтяники Актюбинской, Западно-Казахстанской и Кызылординской областей»: an ADJ + NOUN
        name whose adjective stands alone, the head noun following later; Kazakh «Ақтөбе, Батыс
        Қазақстан және Қызылорда облыстарының»: the bare name before the shared head noun."""
        index = self.index
        if not index.has_parts:
            return
        toks = self.toks
        folded, words, n = toks.folded, toks.words, self.n
        for i in range(n):
            for part in index.parts(folded[i]):
                end = i + len(part.key)
                if part.ref in self.rendered or end >= n or tuple(folded[i:end]) != part.key:
                    continue
                if not all(token_case_ok(t, f) for t, f in zip(words[i:end], part.form)):
                    continue
                if not any(_is_head(folded[j], part.head, self.language) for j in range(end, n)):
                    continue
                self.rendered[part.ref] = Hit(i, end, ())
                self.renderings.append((part.ref, part.base, toks.span_text(i, end)))
                self.cover(i, end)

    # -- 6. misspellings ---------------------------------------------------------------------------
    def misspellings(self) -> None:
        toks = self.toks
        self.partial_names()
        missing = self.missing()
        if not missing:
            return
        candidates = [i for i in range(self.n) if not self.covered[i] and toks.words[i][:1].isupper()
                      and (len(toks.words[i]) >= 4 or (is_acronym(toks.words[i]) and len(toks.words[i]) >= 3))]
        for ref in missing:
            if not self.lx.valid_forms(ref, self.language) or not candidates:
                continue
            found = self.misspelling(ref, candidates)
            if found is None:
                continue
            i, best = found
            candidates.remove(i)
            self.report_misspelling(ref, i, best)

    def partial_names(self) -> None:
        """A wanted person rendered by one word of the name, the word beside it a near miss of the
        rest: «Айнуром Курмоновым», «Пол Мэйсон», «Кси Цзиньпин»."""
        toks = self.toks
        for ref, hit in list(self.rendered.items()):
            if hit.end - hit.start != 1 or ref in self.accounted:
                continue
            positions = self.positions(ref, toks.folded[hit.start])
            # the first word alone, the next word misspelt
            j = hit.end
            first = [form for form, pos, size in positions if pos == 0]
            if first and j < self.n and not self.covered[j] and toks.words[j][:1].isupper() \
                    and len(toks.words[j]) >= 4 and not toks.gap(j).strip(" \u00a0"):
                found = self.misspelling(ref, [j], rest_of=first)
                if found is not None:
                    self.report_misspelling(ref, found[0], found[1])
                    continue
            # the last word (the surname), the word before it a misspelt first name
            j = hit.start - 1
            last = [form for form, pos, size in positions if pos == size - 1]
            if not last or j < 0 or self.covered[j] or not toks.words[j][:1].isupper() \
                    or toks.gap(hit.start).strip(" \u00a0"):
                continue
            before = toks.folded[j]
            if self.is_word_of(ref, before):
                continue
            # (the form's word right before the surname: Жомарт of Касым-Жомарт Токаев, its first for two)
            names = {fold(tokens_of(form)[-2]) for form in last if len(tokens_of(form)) > 1}
            from rapidfuzz.distance import Levenshtein

            # (the same last letter, a soft sign aside: «Мишел Бачелеттен» for Мишель)
            near = [name for name in names if Levenshtein.distance(before, name) <= (1 if len(name) < 7 else 2)
                    and before.rstrip("ьъ")[-1:] == name.rstrip("ьъ")[-1:]]
            if near:
                self.report_misspelling(ref, j, min(near, key=lambda name: Levenshtein.distance(before, name)))


    def positions(self, ref: int, folded: str) -> list[tuple[str, int, int]]:
        """(form, token position, tokens in the form) where *folded* is a word-form of a
        multiword valid form of *ref*."""
        index = self.index
        out = []
        for fid, pos, _ in index.words_of(ref).get(folded, ()):
            _, form, status = index.forms[fid]
            if status <= 1:
                out.append((form, pos, len(tokens_of(form))))
        return out

    def report_misspelling(self, ref: int, i: int, best: str) -> None:
        self.covered[i] = True
        self.accounted.add(ref)
        word = self.toks.words[i]
        suggestion = self.closest_surface(ref, best)
        if self.language == "ru" and any(c in KAZAKH_ONLY for c in word):
            self.add("target-other-language-form",
                     f"{word!r} is written with Kazakh letters; the Russian form of {self.rid(ref)} is {suggestion!r}",
                     offending=word, suggestion=suggestion, ref=ref)
        else:
            self.add("target-misspelt-name", f"{word!r} looks like a misspelling of {self.rid(ref)}: {suggestion!r}",
                     offending=word, suggestion=suggestion, ref=ref)

    def valid_tokens(self, ref: int, forms: list[str] | None = None) -> tuple[list[str], set[str], set[str]]:
        """(folded tokens of every valid surface, their set, folded nominative words)."""
        tokens: set[str] = set()
        words: set[str] = set()
        for form in forms if forms is not None else self.lx.valid_forms(ref, self.language):
            for w in tokens_of(form):
                words.add(fold(w))
            for s in self.lx.surfaces(ref, self.language, form):
                tokens.update(fold(t) for t in tokens_of(s))
        return sorted(tokens), tokens, words

    def misspelling(self, ref: int, candidates: list[int], rest_of: list[str] | None = None) -> tuple[int, str] | None:
        from rapidfuzz import process  # imported when a name is missing, not with the module
        from rapidfuzz.distance import Levenshtein

        choices, token_set, words = self.valid_tokens(ref, rest_of)
        if rest_of is not None:
            firsts = {fold(tokens_of(f)[0]) for f in rest_of}
            choices = [c for c in choices if c not in firsts]
        skeletons = {cyrillic_skeleton(t): t for t in choices if len(t) >= 3}
        for i in candidates:
            word = self.toks.folded[i]
            original = self.toks.words[i]
            # (a word that begins with the name's is an inflection of it, checked elsewhere — not one
            # that adds only a soft or hard sign, which is no ending: «Цзиньпинь»)
            if word in token_set or any(word.startswith(w) and word[len(w):] not in ("ь", "ъ")
                                        for w in words if len(w) >= 4):
                continue
            if is_acronym(original):
                for c in choices:
                    if len(c) == len(word) and c != word and sorted(c) == sorted(word):
                        return i, c
                continue
            sk = cyrillic_skeleton(word)
            if sk in skeletons:
                return i, skeletons[sk]
            limit = 1 if len(word) < 7 else 2
            best = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
            if best is not None and best[0][:1] == word[:1]:
                return i, best[0]
        return None

    def closest_surface(self, ref: int, token: str) -> str:
        """The valid surface of *ref* with the token closest to the misspelling (the bare word
        when it is one word of a longer name)."""
        best: tuple[int, int, str] | None = None
        for form in self.lx.valid_forms(ref, self.language):
            for s in self.lx.surfaces(ref, self.language, form):
                words = [fold(w) for w in tokens_of(s)]
                if token in words:
                    cand = (len(words), len(s), s)
                    if best is None or cand < best:
                        best = cand
        if best is None:
            return self.lx.valid_forms(ref, self.language)[0]
        for w in best[2].split():
            if fold(w.strip(_OPEN + _CLOSE)) == token:
                return w.strip(",.;:")
        return best[2]

    # -- 7. what is left ---------------------------------------------------------------------------
    def kazakh_letters(self) -> None:
        if self.language != "ru" or KAZAKH_ONLY.isdisjoint(self.toks.text):
            return
        for i in range(self.n):
            word = self.toks.words[i]
            if not self.covered[i] and word[:1].isupper() and any(c in KAZAKH_ONLY for c in word):
                self.covered[i] = True
                self.add("target-other-language-form", f"{word!r} has Kazakh letters in a Russian translation",
                         severity="warning", offending=word, suggestion=None, ref=None)

    def report_missing(self) -> None:
        for ref, written in self.wanted.items():
            if ref in self.rendered or ref in self.accounted or ref in self.lx.terms:
                continue
            forms = self.lx.valid_forms(ref, self.language)
            if not forms:
                self.add("target-no-glossary-form",
                         f"the glossary has no {_lang(self.language)} form for {self.rid(ref)} ({written!r})",
                         offending=written, suggestion=None, ref=ref)
                continue
            if self.maybe_ordinary(ref, written):
                continue
            self.add("target-missing-name",
                     f"{written!r} ({self.rid(ref)}) is in the source but not in the translation "
                     f"(expected a form of {forms[0]!r}; fine if a pronoun or an omission is intended)",
                     offending=written, suggestion=None, ref=ref)
            for problem_ref, problem in self.index.problems:
                if problem_ref == ref:
                    self.add("target-uninflectable", f"{self.rid(ref)}: {problem}", offending=written,
                             suggestion=None, ref=ref)


# (-ия places: Ирландия → ирландский, Россия → российский, Австрия → австрийский)
_RELATIONAL_RU = r"(?:[иеоя]?н|й)?[сц]к(?:" + "|".join(sorted(RU_ADJ_ENDINGS, key=len, reverse=True)) + r")"
_RELATIONAL = {
    # a name's relational adjective: казахстанской республики (of the Kazakh republic), қазақстандық
    "ru": re.compile(_RELATIONAL_RU),
    # Kazakh: -лық (қазақстандық), -сыз "without" (Назарбаевсыз), -шыл "-ist", -ша "like", -дай "as"
    "kk": re.compile(r"(?:лық|лік|дық|дік|тық|тік|сыз|сіз|шыл|шіл|ша|ше|дай|дей|тай|тей).*"),
}


def _presence_case_ok(entry: FormEntry, text: Sequence[str]) -> bool:
    if strict_accept(entry, text):
        return True
    first = text[0]
    if not first[:1].islower() or is_acronym(tokens_of(entry.surface)[0]):
        return False
    return strict_accept(entry, [first[:1].upper() + first[1:], *text[1:]])


def _is_head(word: str, stems: tuple[str, ...], language: str) -> bool:
    for stem in stems:
        if word.startswith(stem):
            return language != "ru" or word[len(stem):] in RU_NOUN_ENDINGS
    return False


def _preferred_renderings(lx: Lexicon, renderings: list[tuple[int, str, str]],
                          language: str) -> list[tuple[int, str, str]]:
    """A segment that uses the preferred form of a name counts as using the preferred form, even
    when it also gives an admitted one (the original name as a gloss in brackets)."""
    if len(renderings) < 2:
        return renderings
    preferred = {ref for ref, base, _ in renderings if base == lx.preferred_form(ref, language)}
    if not preferred:
        return renderings
    return [r for r in renderings if r[0] not in preferred or r[1] == lx.preferred_form(r[0], language)]


def check_target(lx: Lexicon, wanted: dict[int, str], target: str, language: str,
                 where: dict[str, Any]) -> TargetResult:
    """The findings for one translation of ``where["source"]``; *wanted* maps each referent the
    source names to its text in the source (see the module docstring)."""
    if not target.strip():
        return TargetResult([], [])
    seg = _Segment(lx, wanted, target, language, where)
    seg.own_scan()
    seg.other_scan()
    seg.agreement()
    seg.contexts()
    seg.coordination()
    seg.stems()
    seg.kazakh_tails()
    seg.hyphen_suffixes()
    seg.presence()
    seg.misspellings()
    seg.kazakh_letters()
    seg.report_missing()
    return TargetResult(seg.findings, _preferred_renderings(lx, seg.renderings, language))




def _same_word(token: str, word: str, language: str, suffixes: frozenset[str]) -> bool:
    """Is the folded *token* the folded glossary *word* with another (or no) ending: расстрела /
    расстрел, Жанаозене / жанаозенская, қырғын / қырғыны, Жаңаөзендегі / Жаңаөзен?"""
    if token == word:
        return True
    common = 0
    limit = min(len(token), len(word))
    while common < limit and token[common] == word[common]:
        common += 1
    if common < 4 or common < len(word) - 4:
        return False
    return _is_ending(token[common:], language, suffixes) and _is_ending(word[common:], language, suffixes)


def _is_ending(tail: str, language: str, suffixes: frozenset[str]) -> bool:
    if not tail:
        return True
    if language == "ru":
        return tail in RU_NOUN_ENDINGS or tail in RU_ADJ_ENDINGS or bool(_RELATIONAL["ru"].fullmatch(tail))
    if language == "kk":
        return harmony_fold(tail) in suffixes or tail in ("ы", "і", "сы", "сі") \
            or bool(_RELATIONAL["kk"].fullmatch(tail))
    return False
