"""Russian target rules: the case a Russian name's context governs (the preposition, verb,
noun or title before it, a quoted name after a generic word, agreement of a subject) and
what the English source says about it."""

from __future__ import annotations

import re

from workbench.text.months import RU_MONTHS

from ..english_context import (
    authored_by,
    noun_next,
    plural_noun_next,
    right_before,
    second_object_next,
    subject_verb,
)
from ..forms import CASES, DECLINED_QUOTE, EXTRA, FormEntry, Hit, cases_of
from ..matcher import fold, is_acronym
from ..russian_context import (
    ACC,
    COMPOUND_ENDS,
    COMPOUND_LENGTH,
    DAT,
    EMPHATIC,
    GEN,
    INS,
    LOC,
    NOM,
    PREPOSITIONS,
    adjective_cases,
    compound_governed,
    generic_plural,
    governed,
    kind_words,
    person_dative,
    person_dative_if_recipient,
    place_words,
    site_words,
    verb_governed,
)
from ..source import english_common
from .english import (
    EN_GIVING_BEFORE,
    EN_IN_BEFORE,
    EN_ITSELF_NOUN,
    EN_OPENING_PLACE,
    EN_REACHED_BEFORE,
    FROM_BEFORE,
    NOT_DIRECTION_TO,
    POSSESSIVE,
    RU_APPEALING_STEMS,
    RU_ELECTING_STEMS,
    TO_IN_PREPOSITIONS,
    after_to,
    aimed_on,
    arrival_in_clause,
)
from .russian_false_heads import aimed_past_pair, ends_inserted_phrase, subject_of_verb_after
from .russian_lists import RussianListRules
from .russian_verbs import EN_NOUN_IN, EN_PREPOSITION_BEFORE, RU_ACTIVE_PARTICIPLE, RU_ENTERING, RU_MOTION
from .state import (
    ADJECTIVE_ONLY,
    APOSTROPHES,
    CLAUSE_END,
    CLOSE,
    NOT_HEADS,
    OPEN,
    RU_PASSIVE_PARTICIPLE,
    RU_PAST,
    SINGULAR,
    any_number,
    offending_at,
    verb_like,
)

#: Russian adverbs that are prepositions where the English before the name says so: the English,
#: the case they take
_RU_ADVERB_PREPOSITIONS = {
    "накануне": (right_before(r"before|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run-up\s+to"), (GEN, "gen")),
}
#: An English noun and "for" right before a name ("a spokesman for", "support for"), no verb ("voted for")
_EN_NOUN_FOR = re.compile(r"(?i)\b(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?[a-z]{3,}(?<!ed)(?<!ing)\s+for\s+"
                          r"(?:the\s+)?$")
#: ... the third-person present endings among them, which masculine nouns share (визит, совет,
#: депутат, институт): after the English "of" the word before a name is a noun more likely than a verb
_RU_NOUN_LIKE_PRESENT = re.compile(r"\w{2,}[^аеиоуыэюя](?:ет|ит|ут|ат)$")
#: ... and of appealing to a body («обратились в Организацию Объединённых Наций», "appealed to the UN")
_RU_APPEALING = re.compile(rf"(?:{RU_APPEALING_STEMS})\w*$")
#: Russian words whose на takes the accusative of a target, not a place: looking, hoping, acting,
#: answering, pressing, attacking (смотреть на, надежда на, влияние на, ответ на, давление на)
_RU_AT_TARGET = re.compile(r"(?:смотр|посмотр|гляд|взгляд|взглян|надея|надежд|влия|воздейств|реагир|реакци|давл|"
                           r"давит|надав|напад|ответ|жалов|ссыла|опира|рассчит|претенд|внимани|охот|покуш|ориентир|"
                           # (a ban, sanctions, restrictions, a tax put on something: «запрет на Компартию»)
                           r"запрет|санкци|ограничени|эмбарго|мораторий|налог|пошлин)")
#: A title right before an English person's name ("the CPRF leader Gennady Zyuganov", "the Irish
#: MP Paul Murphy"): a word that is no article, preposition, conjunction or verb
_EN_TITLE_BEFORE = re.compile(r"(?:^|\s)(?!(?:the|a|an|and|or|but|of|by|to|with|from|for|in|on|at|as|than|that|"
                              r"who|whom|was|were|is|are|be|been|had|has|have|said|says|told|asked)\s)"
                              r"[A-Za-z-]+(?<!ed)\s+$")
#: a member's letters after the name ("thanked John McDonnell MP"): the title is the person's, as before it
_EN_TITLE_AFTER = re.compile(r"\s+(?:MP|MPs|TD|MEP|MSP|MLA|MS|QC|KC)\b")
#: ", a member of …", ", the leader of …" after a person's name: an apposition that says the person's office
_EN_PERSON_APPOSITIVE_AFTER = re.compile(r"\s*,\s+(?:a|an|the)?\s*[a-z]")
#: "than Assad", "as Putin": the English of a compared name
_EN_COMPARED = right_before("than|as")
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
#: Nouns of what is given, sent or said to someone — advice, a letter, help, thanks, a greeting, a reproach
#: («совет Назарбаеву», «письмо Токаеву»), by the start of their forms ...
_GIVEN_TO_NOUNS = ("совет", "письм", "послани", "телеграмм", "помощ", "благодарност", "привет", "подар", "упрёк",
                   "упрек", "претензи")
#: ... among the nouns that address someone, whose complement is a dative («памятник Назарбаеву», «помощь
#: Токаеву», «угроза режиму»)
_ADDRESSING_NOUNS = _GIVEN_TO_NOUNS + (
    "памятник", "поддержк", "обращени", "угроз", "призыв", "ответ", "приказ", "поручени", "довери", "сочувстви",
    "соболезновани", "ультиматум", "предложени", "наград", "вызов", "противодействи", "сопротивлени",
    "альтернатив", "замен", "верност", "предан", "любов", "ненавист", "доступ", "поклон", "указани", "требовани",
    "уступк", "санкци", "угрожа", "аплодисмент", "слав", "хвал", "честь", "дань", "посвящ", "врем", "оппозици",
    "протест", "отпор", "звон")
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
#: The nouns of what is given or sent to someone, and a question put to them («вопрос Байдену»), whose addressee
#: the English makes a name: a word, then "to" or "for" ("advice to", "a question for"; not a verb of going, "went
#: to"), or a verb of advising right before it ("advised Nazarbayev"; of giving, "gave Nazarbayev advice":
#: :data:`EN_GIVING_BEFORE`)
_RECIPIENT_NOUNS = _GIVEN_TO_NOUNS + ("вопрос",)
_EN_ADDRESSED = re.compile(r"(?i)(?:\b(?!(?:went|came|go|goes|come|comes|moved|returned|travelled|traveled)\b)"
                           r"[a-z]+\s+(?:to|for)|\badvis(?:ed|e|es|ing)|\bwr(?:ote|ite|ites|iting))\s+(?:the\s+)?$")
#: Russian nouns of help, whose beneficiary is a dative («помощь Розе Тулетаевой»), and the English
#: "help for", "aid to" before a name
_RU_HELP_NOUNS = ("помощ", "содейств")
#: Particles between a verb and its preposition («прибыли и в …», «вошли также в …»)
_RU_PARTICLES_BEFORE_PREPOSITION = frozenset("и также тоже даже уже ещё еще снова вновь".split())
#: Verbs of watching, following and looking after, whose за takes the instrumental («следить за Токаевым»)
_RU_WATCHING = re.compile(r"(?:след|прослед|наблюд|присматр|присмотр|ухаж|охот|гон|гнал|гнат)\w*$")
#: Russian член ("member") in any case and number, and the English "member(s) of" right before a name
_RU_MEMBER = re.compile(r"член(?:а|у|ом|е|ы|ов|ам|ами|ах)?")
#: A capitalised English noun right before "of" and the name, past the sentence's first word ("the Constitution of")
_EN_TITLED_NOUN_OF = re.compile(r"\S\s+(?:the\s+)?[A-Z][a-z]+\s+of\s+(?:the\s+)?$")
_EN_MEMBER_OF = re.compile(r"(?i)\bmembers?\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?$")
_EN_HELP_FOR = re.compile(r"(?i)\b(?:help|aid|assistance|support)\s+(?:for|to)\s+(?:the\s+)?$")
#: Russian nouns of membership and taking part («членство в Евразийском экономическом союзе»,
#: «участие в …»), which may stand a word further back («членство Казахстана в …»)
_RU_MEMBERSHIP_STEMS = r"членств|участи"
_RU_MEMBERSHIP = re.compile(rf"(?:{_RU_MEMBERSHIP_STEMS})\w*$")
#: Russian verbs of being or staying somewhere (побывал, находился, жил, оказался, остался)
#: (or being a member: «состоял в Коммунистической партии»; taking part: «участвовал в …»;
#: deployed or stationed: «развёрнуты в Восточно-Казахстанской области»), and the nouns of membership
_RU_STAYING = re.compile(r"(?:побыва|побыв|быва|находи|наход|жил|жив[её]т|живут|прожи|оказа|оста[лв]|состо[яию]|участв"
                         rf"|развёрн|разверн|размещ|размест|дислоцир|{_RU_MEMBERSHIP_STEMS})\w*$"
                         r"|был[аио]?$")        # (the past of быть: «не была в Усть-Каменогорске», "haven't been to")
#: Nouns of body parts, whose owner Russian may say in the dative («пожать руку Питу Фёрмину», «смотреть в
#: глаза Токаеву») as well as in the genitive
_BODY_PARTS = frozenset("рука руку руки руке рукой руками ладонь ладони голова голову голове глаза глазам лицо лицу "
                        "плечо плечу спину сердце ногу ноги".split())
#: Months and other words of time in the genitive, which end a date before a name
_RU_TIME_WORDS = frozenset({forms[1] for forms in RU_MONTHS.values()}
                           | set("года дня числа недели месяца утра вечера ночи".split()))
#: Russian nouns of naming in any case (название, имени, наименованием, прозвище), after which a
#: name stays in the nominative: it is what something is called
_RU_NAMING_NOUN = re.compile(r"(?:назван|наименован|переименован|прозвищ|псевдоним|им(?:я|ени|енем)$)")
#: English "residents of", "workers of": a plural noun, then "of" right before the name
_EN_PLURAL_OF = right_before(r"[a-z]{3,}s\s+of")
#: ... or one an article opens ("a veteran of", "the plan of"), a noun: a Russian word in -ан before the name
#: renders it (ветеран, план), no short participle (избран), which renders no "the … of"
_EN_ARTICLE_NOUN_OF = right_before(r"\b(?:a|an|the)\s+[a-z]{3,}\s+of")
#: ... and such a noun (an adjective or two before it) with "to" ("a simple answer to Zyuganov")
_EN_ARTICLE_NOUN_TO = right_before(r"\b(?:a|an|the|his|her|its|their|our|my|your)\s+(?:[a-z]+\s+){0,2}[a-z]{3,}\s+to")
#: Dative plural noun endings: a noun in the dative plural right before the name («помогали рабочим
#: …») is an addressee beside it, not a noun the name depends on
_RU_DATIVE_PLURAL = ("ам", "ям")
#: Russian verbs of taking off or away, whose с is "from" (снять, снимать, снят, убрать, взыскать)
_RU_REMOVAL = re.compile(r"(?:сня|сним|убра|убир|взыск|взим|списа|списыв)\w*$")
#: ... unless a Russian preposition that renders it stands before that noun: the name is then its apposition
_RU_FROM = frozenset("из изо с со от ото".split())
_RU_AT = frozenset("в во на у при".split())
#: Russian nouns of a feeling that take the instrumental of what it is about («недовольство Назарбаевым») ...
_RU_FEELING_NOUNS = ("недовольств", "восхищени", "пренебрежени")
#: ... and with them every noun made from a verb that takes the instrumental, which takes it too: «от
#: руководства Советом безопасности» (руководить → руководство), «управление Казахстаном»
_RU_INSTRUMENTAL_NOUNS = ("руководств", "управлени", "командовани", "владени", "обладани", "пользовани",
                          "заведовани", "интерес", "гордост") + _RU_FEELING_NOUNS
#: "with" or "for" right before the name ("discontent with", "admiration for")
_EN_WITH_OR_FOR_BEFORE = right_before("with|for")
#: "from" itself right before the name ("a telegram from Xi Jinping")
_EN_FROM_ITSELF_BEFORE = right_before("from")
#: Short pronouns in the accusative a name may agree with («всю Мангистаускую область»)
_ACCUSATIVE_PRONOUNS = frozenset("всю эту ту свою нашу вашу каждую целую саму одну".split())
#: ... and the feminine accusative of a long adjective or participle («запрещённую», «советскую», «бывшую», «новую»),
#: an ending no noun and no other form has (not the first person of a verb in -ствую: «приветствую»)
_ACCUSATIVE_ADJECTIVE = re.compile(r".{2,}(?:нную|ную|скую|цкую|шую|щую|жую|вую)(?<!ствую)")
#: An English noun after a name that is the company or organisation itself ("the Kazakhmys corporation", "the Left
#: Bloc coalition")
_EN_COMPANY_ITSELF_AFTER = re.compile(rf"(?i)^\s+{EN_ITSELF_NOUN}\b")
#: Russian verbs of electing (избрали, выбрать), whose в takes the accusative of the body one is elected to
_RU_ELECTING = re.compile(rf"(?:{RU_ELECTING_STEMS})\w*$")
#: "near Ust-Kamenogorsk", "outside Almaty": where something is, под + the instrumental in Russian
_EN_NEAR = right_before(r"near|outside|close\s+to")
#: A Russian present (or simple future) in the third person, after a vowel, or reflexive
#: (предоставляется, выступает, поможет): masculine nouns in -ет, -ит end so after a consonant
_RU_PRESENT_FINITE = re.compile(r"(?:[аеиоуыяюё](?:ет|ит|ут|ют|ат|ят)|(?:ется|ится|утся|ются|атся|ятся))$")
#: A past verb in the masculine or feminine singular, short ones too (взял, дал, была)
_RU_PAST_SINGULAR_SHORT = re.compile(r"\w+[аеиоуыяё]ла?")
#: English thanking right before a name ("thanked Putin personally" has the adverb after it)
_EN_THANKED = right_before(r"thank(?:ed|s|ing)?|grateful\s+to|gratitude\s+to")
#: English that makes the name an owner: "(half-)owned by", "in which Chevron owns half", "Chevron holds"
_EN_OWNED_BY = right_before(r"(?:[a-z]+-)?owned\s+by|belong(?:s|ed|ing)?\s+to")
_EN_OWNS_AFTER = re.compile(r"(?i)^\s+(?:also\s+|still\s+)?(?:owns?|owned|holds?|held)\b")
#: English "between … and" right before a name
_EN_BETWEEN_AND = re.compile(r"(?i)\bbetween\b[^.;:!?]*\band\s+(?:the\s+)?$")
#: ... where "between" takes a noun whose owners the two names are ("between the clans of Nazarbayev and Tokayev":
#: «между кланами Назарбаева и Токаева», both genitives)
_EN_BETWEEN_OWNED = re.compile(r"(?i)\bbetween\s+(?:the\s+|their\s+|two\s+)?(?:[a-z-]+\s+){1,2}of\b[^.;:!?]*\band\s+"
                               r"(?:the\s+)?$")
#: English giving or sending something "to" someone, the verb earlier in the clause
_EN_HANDED_TO = re.compile(r"(?i)\b(?:handed|gave|given|sent|passed|delivered|presented|submitted|forwarded"
                           r"|transferred|wrote|written|entrusted|assigned|offered)\b"
                           r"(?:(?!\bto\b)[^.;:!?])*\bto\s+(?:the\s+)?$")
#: Russian verbs of giving, sending and entrusting (передали, вручили, отправили, доверили, поручили)
_RU_HANDING = re.compile(r"(?:перед[ао]|вруч|отправ|направ|пересла|переслал|подал|подан|адресова|довер|поруч)")
#: A Russian noun of action, by its suffix (задержание, освобождения, убийстве) or one of the short
#: ones (вызов, арест, допрос, обыск, отставка, визит), in any case
_RU_ACTION_NOUN = re.compile(r"\w{2,}(?:ени|ани|яни|ти)(?:е|я|ю|ем|и|ями?|ях)|\w{2,}ств(?:о|а|у|ом|е)"
                             r"|(?:вызов|арест|допрос|обыск|визит|приезд|отъезд)(?:|а|у|ом|е)|отставк(?:а|и|у|ой|е)")
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
#: Nouns that open a slogan with no verb and give its addressee the dative («Свободу Розе Тулетаевой!», «Позор
#: Назарбаеву!», «Слава Жанаозену!», «Смерть тиранам!»)
_RU_SLOGAN_NOUNS = frozenset("свободу свобода позор слава хвала смерть привет".split())
#: Nouns of measure before «с» + accusative («размером с Западную Европу», «площадью с Францию»)
_SIZE_NOUNS = frozenset("размером величиной ростом площадью территорией высотой длиной шириной толщиной "
                        "весом объёмом объемом масштабом".split())


def _verb_between(low: str) -> bool:
    """Is the folded *low* a verb (был, стал, назначен) rather than a word of a title's complement
    (дел, as in «министр иностранных дел», ends like a past verb)?"""
    return low in ("был", "была", "было", "были") or (len(low) > 3 and verb_like(low))


#: a Russian verb in the plural (past or present) — in «в «Шевроне» сообщили» the impersonal "they"
_RU_PLURAL_VERB = re.compile(r"\w{2,}(?:ли|лись|ют|ят|ются|ятся)")


#: Russian verbs of arriving somewhere (попадает, дошли, докатились, добрались)
_RU_ARRIVING = re.compile(r"(?:попад|попал|дош|доход|докат|добра|добир|долет|доех)\w*$")


#: A form of "be" right after a sentence's first word, its verb ("Chevron is the operator", "Chevron has been
#: making profits"): the word is the sentence's subject, a name
_EN_BEING_AFTER = re.compile(r"\s+(?:(?:has|have|had)\s+(?:not\s+|never\s+|long\s+|already\s+)?been|is|was)\b")
#: ... or "and" or a comma and a capitalised word after it, the next of a list of names
_EN_LISTED_AFTER = re.compile(r"(?:\s*,|\s+and|\s+&)\s+([A-Z][\w\u2019'&.-]*)")


class RussianRules(RussianListRules):
    """The case a Russian name's context governs."""

    def russian_word_before(self, hit: Hit, entry: FormEntry) -> None:
        """What the word before a Russian name says about its case."""
        if self.compound_government(hit, entry) or self.adjective_between(hit, entry) \
                or self.accusative_determiner(hit, entry):
            return
        low = self.toks.folded[hit.start - 1]
        past = self._before_insert(hit.start - 1)
        if past < hit.start - 1 and governed(self.toks.words[past]) \
                and not self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            # «благодаря лично Назарбаеву», "thanks to Nazarbayev personally": a particle or an adverb of manner
            # between (what the verb rules read past too) leaves the preposition's case to the name
            self.government(hit, entry, self.toks.words[past])
            return
        if hit.start >= 2 and self.toks.gap(hit.start - 1) == "-" \
                and governed(f"{self.toks.folded[hit.start - 2]}-{low}") is not None:
            # «из-за законопроекта», «из-под Алматы»: a hyphenated preposition, not its last part (за, под)
            if not self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
                self.government(hit, entry, f"{self.toks.words[hit.start - 2]}-{self.toks.words[hit.start - 1]}")
            return
        grammar = self.index.grammar
        if entry.surface[:1] not in OPEN and self.lx.kinds[entry.ref] == "place" and low in site_words() \
                and " " not in entry.base \
                and self.toks.words[hit.start - 1].islower() and not self.toks.gap(hit.start).strip(" \u00a0") \
                and any_number(entry.cases) and not entry.cases & NOM and not self.after_of(entry.ref):
            # «месторождения Кашагана», «участке Чаринг-Кросса»: a place's one-word name after the noun of a site is
            # its apposition, the nominative (the source's "of" aside: "the fields of Kazakhstan"; a region's name,
            # «месторождения Кызылординской области», is where they are)
            self.declined_after_generic(hit, entry, self.toks.words[hit.start - 1])
            return
        adverbial = _RU_ADVERB_PREPOSITIONS.get(low)
        if adverbial is not None and adverbial[0].search(self.source_before(entry.ref)) \
                and not self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            # «накануне Дня независимости» where the English says "just before Independence Day" (alone,
            # накануне is "the day before": «Накануне Токаев заявил»)
            self.government(hit, entry, self.toks.words[hit.start - 1], adverbial[1])
            return
        if low not in PREPOSITIONS and low not in grammar.get("generic", ()) \
                and low not in grammar.get("titles", ()):
            found = len(self.findings)
            for rule in (self.between_and, self.slogan_dative, self.thanks_to, self.compared,
                         self.title_across_institution,
                         self.title_with_complement, self.monument_genitive, self.emphatic_agreement,
                         self.help_for, self.owner_of_belonging,
                         self.recipient_after_noun, self.owner_after_plural_generic,
                         self.of_genitive, self.owner_past_participle,
                         self.dative_after_noun,
                         self.instrumental_after_noun, self.instrumental_from, self.instrumental_of_feeling,
                         self.passive_agent, self.active_for_passive,
                         self.subject_after_verb,
                         self.object_not_nominative, self.verb_object, self.to_dative, self.listed_with):
                rule(hit, entry)
                if len(self.findings) > found:
                    break           # one finding for the name's case
            return                  # the word before says nothing more about the name's case
        gap = self.toks.gap(hit.start)
        before = self.toks.words[hit.start - 1]
        if gap.strip(" \u00a0" + OPEN):
            return
        # (a capitalised generic word before a quoted name heads an official name: «Организации
        # «Коммунистический голос»», the Communist Voice Organization)
        generic = self.index.grammar.get("generic", {}).get(fold(before), 0) \
            if before.islower() or before.isupper() or self.toks.sentence_initial(hit.start - 1) \
            or (before.istitle() and entry.surface[:1] in OPEN) else 0
        if generic:
            # компанией «Казахмысом»: an apposition agrees with nothing, it stays nominative;
            # предприятие «КазМунайГаза» (of KazMunayGas) is a genitive complement
            overlap = generic & entry.cases & SINGULAR
            heading = before.istitle() and not self.toks.sentence_initial(hit.start - 1)
            if entry.flags & DECLINED_QUOTE and (heading or overlap & ~(GEN | NOM)
                                                 or (overlap & GEN and self.english_apposition(entry.ref))
                                                 # (whatever the generic word's case where the English noun after
                                                 # the name is the company itself: «Корпорация «Казахмыса»», "the
                                                 # Kazakhmys corporation" — not what it owns, "the Ozenmunaigas
                                                 # plant", nor an organisation's "site" or "newspaper")
                                                 or (entry.cases & GEN and _EN_COMPANY_ITSELF_AFTER.match(
                                                     self.source_around(entry.ref)[1]) is not None)
                                                 # "the magazine Class View": the English generic noun
                                                 # before the name sets them side by side, whatever case
                                                 # the Russian one is in ("the Kashagan field" may be
                                                 # the field *of* a company)
                                                 or (entry.cases & GEN and self.english_generic_before(entry.ref))
                                                 # «дочерняя компания «КазМунайГазу»»: neither agreeing
                                                 # nor the genitive complement
                                                 or not any_number(entry.cases) & (GEN | NOM | generic)
                                                 # «компании «КазМунайГаза»», "the board of KazMunayGas": the
                                                 # company is the name, no genitive complement of it (not
                                                 # «дочерней компании «КазМунайГаза»», another company, its)
                                                 # (nor «компания «Тенгизшевройла» сократила», "Tengizchevroil
                                                 # laid off": a kind word in whatever case names the company
                                                 # itself where the English makes the name neither an owner nor
                                                 # a modifier — "a Labor Russia newspaper", «газета «Трудовой
                                                 # России»», is its newspaper)
                                                 or (entry.cases & GEN and fold(before) in kind_words()
                                                     and (overlap & GEN or not self.english_owner(entry.ref))
                                                     and not (hit.start > 1 and self.toks.words[hit.start - 2].islower()
                                                              and adjective_cases(self.toks.words[hit.start - 2])))):
                self.declined_after_generic(hit, entry, before)
            elif entry.surface[:1] not in OPEN and self.lx.kinds[entry.ref] != "person" \
                    and entry.cases & SINGULAR and not entry.cases & (NOM | GEN) and not entry.cases >> 8 \
                    and not (generic == INS and entry.cases & ACC) \
                    and not (self.lx.kinds[entry.ref] == "place" and entry.cases & generic
                             and (fold(before) in place_words() or fold(before).startswith(("центр", "столиц")))
                             and not self.after_of(entry.ref)):
                # (a town agrees with a noun of a settlement before it: «в её центре Талдыкоргане», «в городе
                # Жанаозене», as Russian writes of cities — not "the centre of Zhanaozen", «в центре Жанаозена»)
                # (an instrumental generic word before an accusative name is the predicate of a verb of
                # naming or deeming, «называть оборонительным союзом Организацию …», "call the CSTO an
                # alliance": no apposition)
                # «месторождению Кашагану»: after the generic word the name is an apposition in the
                # nominative or a genitive complement, never agreeing with it (the genitive where the
                # English has "of": "the centre of Zhanaozen", «в центре Жанаозена»)
                if self.after_of(entry.ref):
                    self.wrong_case(hit, entry, "gen", f"after {before!r}: the source's \"of\" makes it a genitive")
                else:
                    self.declined_after_generic(hit, entry, before)
            elif entry.surface[:1] not in OPEN and not self.english_apposition(entry.ref) \
                    and not self.english_modifier(entry.ref):
                found = len(self.findings)
                self.of_genitive(hit, entry)    # «издание Четвёртый интернационал», "of the Fourth …"
                if len(self.findings) == found and self.lx.kinds[entry.ref] == "person":
                    # «фирма Тони Блэру», "Tony Blair's firm": a person owns the company, a genitive
                    self.dative_after_noun(hit, entry)
            elif entry.surface[:1] in OPEN:
                self.generic_not_genitive(hit, entry, before, generic)
            return
        if low in grammar.get("titles", ()) and self.lx.kinds[entry.ref] != "person":
            # «председатель Совет безопасности», «комиссар Организация Объединённых Наций»: an
            # office holds it "of" something, a genitive, whatever the English says
            self.of_genitive(hit, entry, source_of=False)
            cases = any_number(entry.cases)
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
        cases = any_number(entry.cases)
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
        cases = any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases & NOM or cases & GEN or entry.surface[:1] in OPEN \
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
        cases = any_number(entry.cases)
        if cases != LOC or entry.flags & EXTRA or (entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE):
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
        cases = any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0") != ",":
            return
        title_word = self.toks.words[hit.end]
        title = self.index.grammar.get("titles", {}).get(fold(title_word), 0) & SINGULAR
        if not title_word.islower() or not title or title & NOM or cases & title:
            return
        case = cases_of("ru", title)[0]
        self.wrong_case(hit, entry, case, f"({'/'.join(cases_of('ru', cases))}) before {', ' + title_word!r}: the "
                        f"name and its title are one phrase, in the {'/'.join(cases_of('ru', title))}")

    def help_for(self, hit: Hit, entry: FormEntry) -> None:
        """English "legal help for Roza Tuletaeva": help goes *to* someone, a dative after помощь
        («помощь Розе Тулетаевой»); a genitive there makes the name the helper («помощь Розы»)."""
        cases = any_number(entry.cases)
        # (support too where it is expressed or given: «выразила поддержку Токаеву»; «поддержка Асада» alone may be
        # the objective genitive)
        noun = self.toks.folded[hit.start - 1]
        expressed = noun.startswith("поддержк") and hit.start > 1 \
            and self.toks.folded[hit.start - 2].startswith(("выраз", "выраж", "оказ", "оказыв"))
        if not cases & GEN or cases & DAT or entry.surface[:1] in OPEN or self.toks.gap(hit.start).strip(" \u00a0") \
                or not (noun.startswith(_RU_HELP_NOUNS) or expressed) \
                or not _EN_HELP_FOR.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}: the source's help goes to it, a dative")

    def emphatic_agreement(self, hit: Hit, entry: FormEntry) -> None:
        """«было принято самим Назарбаева» ("by Nazarbayev himself"): the emphatic сам right before a
        name agrees with it in case; a name in no case of the сам form before it is wrong."""
        cases = any_number(entry.cases)
        wanted = EMPHATIC.get(self.toks.folded[hit.start - 1], 0)
        if not wanted or not cases or cases & wanted or entry.surface[:1] in OPEN \
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
        cases = entry.cases & SINGULAR     # (one person: «Назарбаевым» is no dative of the Nazarbayevs here)
        if self.lx.kinds[entry.ref] != "person" or not cases or cases & DAT or entry.surface[:1] in OPEN \
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
        cases = any_number(entry.cases)
        if self.lx.kinds[entry.ref] != "person" or not cases or entry.surface[:1] in OPEN \
                or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not (_EN_TITLE_BEFORE.search(before_en) or _EN_TITLE_AFTER.match(after_en or "")) \
                or (cases & NOM and subject_verb(before_en, after_en) is not None):
            return
        titles = self.index.grammar.get("titles", {})
        for at in range(hit.start - 2, max(-1, hit.start - 5), -1):
            if self.toks.gap(at + 1).strip(" \u00a0") or not self.toks.words[at].isalpha() \
                    or (at < hit.start - 1 and _verb_between(self.toks.folded[at + 1])):
                return          # («первым секретарём был Назарбаев»: a verb between, the name its subject)
            title = titles.get(self.toks.folded[at], 0) & SINGULAR
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
        if self.lx.kinds[entry.ref] != "person" or entry.surface[:1] in OPEN \
                or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        institution = next((h for h, e in self.pending if h.end == hit.start and e.ref != entry.ref
                            and self.lx.kinds[e.ref] != "person" and any_number(e.cases) & GEN), None)
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or after_en.startswith(POSSESSIVE) or self.after_of(entry.ref):
            return
        title_at: int | None
        if institution is not None:
            title_at = institution.start - 1
            if title_at >= 0 and fold(self.toks.words[title_at]) not in self.index.grammar.get("titles", {}):
                # («с главой МИД Казахстана Кайратом Абдрахмановым»: the institution's own words before it)
                title_at = self._title_before_complement(hit)
        elif _EN_TITLE_BEFORE.search(before_en):
            # «с президентом России Владимир Путин», «с министром иностранных дел Кайрат Абдрахманов»
            # ("Russian President Vladimir Putin", "Foreign Minister Kairat Abdrakhmanov"): what the
            # title heads is no glossary name, a word or three
            title_at = self._title_before_complement(hit)
        else:
            return
        # («Президент Казахстана Токаева выступил»: a title that opens the sentence tells its case itself)
        opening = title_at is not None and title_at >= 0 and self.toks.sentence_initial(title_at) \
            and self.toks.words[title_at][:1].isupper()
        if title_at is None or (title_at < 1 and not opening) or any(self.toks.gap(k).strip(" \u00a0")
                                                                     for k in range(title_at + 1, hit.start + 1)):
            return
        title_word, lead = self.toks.words[title_at], self.toks.words[title_at - 1] if title_at else ""
        title = self.index.grammar.get("titles", {}).get(fold(title_word), 0) & SINGULAR
        if opening and title:
            # (only a nominative title: one in the instrumental opens a predicate, «Президентом Казахстана был
            # Назарбаев», whose subject is the name)
            cases = any_number(entry.cases)
            if cases and title == title & NOM and not cases & title:
                case = cases_of("ru", title)[0]
                self.wrong_case(hit, entry, case, f"after {title_word!r}, which opens the sentence, and what it "
                                f"heads: the name agrees with the title ({case})")
            return
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
        if not agreeing and rule is None and not self.titles_nominative(title_word) \
                and _EN_PERSON_APPOSITIVE_AFTER.match(after_en):
            # «ответил депутату парламента Ирландии Пол Мёрфи» ("replied to Paul Murphy, a member of the Irish
            # Parliament"): where the English sets the title beside the person, a title that can be no nominative
            # tells its case itself, whatever stands before it (as right before the name: :meth:`apposition`) —
            # not «передал пост председателя Совета безопасности Токаеву», "handed the chair to Tokayev"
            agreeing = title
        cases = any_number(entry.cases)
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
            if (word.islower() or self.toks.sentence_initial(at)) and fold(word) in titles:
                # (a glossary name between is what the title heads, whatever it looks like: «главой МИД Казахстана»)
                if all(self.covered[k] or (w.replace("-", "").isalpha() and governed(w) is None
                                           and not verb_like(fold(w)) and fold(w) not in NOT_HEADS)
                       for k, w in enumerate(self.toks.words[at + 1:hit.start], at + 1)):
                    return at
                return None
        return None

    def titles_nominative(self, word: str) -> bool:
        """Can the title noun *word* be a nominative (президент, президенты)?"""
        return bool(self.index.grammar.get("titles", {}).get(fold(word), 0) & (NOM | NOM << 8)) \
            or fold(word).endswith(("ы", "и"))

    def owner_after_plural_generic(self, hit: Hit, entry: FormEntry) -> None:
        """«дочерних предприятий «КазМунайГаз»», "the KazMunayGas subsidiaries": after an oblique plural of a
        generic noun a company's quoted name is no apposition — many enterprises are not each one «КазМунайГаз» —
        but their owner, a genitive (not a list of names, «компаний «Шеврон» и «Эксон»», one each). Only where the
        English has the plural noun too, owned ("KazMunayGas subsidiaries", "the mines of Kazakhmys"): a plural the
        translator added names the company by its works ("production at PetroKazakhstan", «на предприятиях
        «ПетроКазахстан»»), an apposition; so does a singular one ("of the KazMunayGas group", «группы компаний»)."""
        if entry.surface[:1] not in OPEN or entry.flags & DECLINED_QUOTE or not entry.cases & NOM \
                or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) \
                or generic_plural(self.toks.folded[hit.start - 1], oblique=True) is None \
                or not (plural_noun_next(en_after := self.source_around(entry.ref)[1])
                        or (self.after_of(entry.ref) and not noun_next(en_after))):
            return
        after = self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) if hit.end < self.n else ""
        if after in (",", "&") or (not after and hit.end < self.n and self.toks.folded[hit.end] in ("и", "или")):
            return
        if self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True) == entry.base:
            return              # the glossary keeps it undeclined
        self.wrong_case(hit, entry, "gen", f"(nom) after the plural {self.toks.words[hit.start - 1]!r}: not the "
                        "name of each of them but theirs, a genitive", declined=True)

    def generic_not_genitive(self, hit: Hit, entry: FormEntry, before: str, generic: int) -> None:
        """"Ozenmunaigas, a subsidiary of KazMunayGas": «дочерняя компания «КазМунайГаз»» → «…
        «КазМунайГаза»». A quoted name stays nominative after a generic word that carries the
        source's "of" itself («рабочие компании «Тенгизшевройл»») or sits in a phrase of its own
        («на предприятии «Тенгизшевройл»»); a generic word in the nominative or accusative
        (компания, компанию) does neither, so the name takes the genitive."""
        if entry.flags & DECLINED_QUOTE or not entry.cases & NOM or not generic & (NOM | ACC) \
                or generic & SINGULAR & ~(NOM | ACC) \
                or not self.after_of(entry.ref) or self.english_apposition(entry.ref) \
                or self.english_modifier(entry.ref):
            return
        if self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True) == entry.base:
            return              # the glossary keeps it undeclined
        self.wrong_case(hit, entry, "gen", f"(nom) after {before!r}, which is no genitive: the source's \"of\" "
                        "is the name's", declined=True)

    def declined_after_generic(self, hit: Hit, entry: FormEntry, before: str) -> None:
        offending = offending_at(self.toks, hit.start, hit.end, entry.surface)
        self.add("target-wrong-inflection",
                 f"{offending!r}: after the generic word {before!r} the name"
                 f"{' in quotes' if entry.surface[:1] in OPEN else ''} stays in the nominative: {entry.base!r}",
                 offending=offending, suggestion=entry.base, ref=entry.ref)

    def adjective_between(self, hit: Hit, entry: FormEntry) -> bool:
        """«по всему Западного Казахстана», «от украинского «Социальное движение»»: a preposition,
        an adjective agreeing with the name, the name — which takes a case both allow. True if
        that is the shape (nothing else before the name is checked then)."""
        toks, at = self.toks, hit.start
        if at < 2 or toks.gap(at).strip(" \u00a0" + OPEN) or toks.gap(at - 1).strip(" \u00a0"):
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
        # (and the feminine of a relational adjective, -ской/-цкой: «в советской Алма-Ате»)
        marks = adjective_cases(adjective) if adjective.islower() and low.endswith(ADJECTIVE_ONLY + ("ской", "цкой")) \
            else GEN | DAT | INS | LOC if low in _FEMININE_PRONOUNS else 0
        if not marks and rule is not None and not rule[0] & INS and adjective.islower() \
                and low.endswith(_ADJECTIVE_LOCATIVE):
            marks = LOC     # «о мятежном Жанаозене»: after о, в, на an -ом word is no instrumental noun
        if not marks and rule is not None and adjective.islower() and len(low) >= 7 and low.endswith(("ней", "нем")):
            # a soft adjective, «в соседней», «в последнем» (a noun in -ней, -нем is shorter: дней, камней, огнем)
            marks = adjective_cases(adjective)
        if rule is None and marks and not marks & ACC and not any_number(entry.cases) & ACC \
                and self.object_after_adjective(at - 2, entry):
            # «легализовать запрещённой Коммунистической партии», «охватила всей Мангистауской области»: a verb
            # whose object is an accusative, the English object — the adjective and the name in another case
            self.wrong_case(hit, entry, "acc", f"after {preposition + ' ' + adjective!r}: the verb's object, "
                            "an accusative, and the adjective agreeing with it")
            return True
        if rule is None or not marks or not rule[0] & marks:
            return False
        if rule[0] == ACC | LOC and marks & LOC and not marks & ACC and any_number(entry.cases) & LOC \
                and not any_number(entry.cases) & ACC and self.direction(entry.ref):
            # «перекинулась в соседней Атырауской области», "spilled over into neighbouring Atyrau Region": the
            # direction the English gives, an accusative for the adjective and the name alike
            self.government(hit, entry, f"{preposition} {adjective}", (ACC, "acc"))
            return True
        if low.startswith(("котор", "чьим", "чьей", "чьему", "чьего", "чью")):
            return True         # «с которым Токаев говорил»: a relative pronoun, the name begins its clause
        if fold(adjective) in _PRONOUNS_AS_NOUNS and entry.cases & (NOM | NOM << 8) \
                and not self.english_object_of_preposition(entry.ref):
            return False        # «до этого Назарбаев возглавлял…»: "before that", then the subject
            # (not where the English puts the name after a preposition, "across western Kazakhstan": no
            # subject then, and «по всему Западный Казахстан» is the pronoun qualifying it)
        self.government(hit, entry, f"{preposition} {adjective}", (rule[0] & marks, cases_of("ru", rule[0] & marks)[0]))
        return True

    def english_object_of_preposition(self, ref: int) -> bool:
        """Does the source name the referent right after a preposition other than "by" (whose agent a
        translation may make its subject)?"""
        before = self.source_before(ref)
        found = EN_PREPOSITION_BEFORE.search(before)
        return found is not None and not found.group(0).lower().startswith("by")

    def accusative_determiner(self, hit: Hit, entry: FormEntry) -> bool:
        """«охватила всю Мангистауской области»: a feminine determiner only an accusative has (всю,
        эту, свою, целую) right before the name qualifies it — the name takes the accusative too. So does an
        adjective or participle in -ую before a name only in the nominative («легализовать запрещённую
        Коммунистическая партия»): no nominative agrees with it, while a name in another case may be the
        participle's complement («версию, изложенную Токаевым»; «акцию, посвящённую Казахстану»)."""
        if hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) \
                or not self.toks.words[hit.start - 1].islower() or entry.flags & DECLINED_QUOTE \
                or entry.surface[:1] in OPEN:
            return False
        cases = any_number(entry.cases)
        if self.toks.folded[hit.start - 1] not in _ACCUSATIVE_PRONOUNS:
            if cases != NOM or not _ACCUSATIVE_ADJECTIVE.fullmatch(self.toks.folded[hit.start - 1]):
                return False
        elif not cases or cases & ACC:
            return bool(cases)
        self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}, an accusative that qualifies it")
        return True

    def compound_government(self, hit: Hit, entry: FormEntry) -> bool:
        """A compound preposition right before the name («по словам», «во главе с»): the name
        takes its case. True if there is one (nothing else before the name is checked then)."""
        toks, first = self.toks, hit.start
        if toks.folded[first - 1] not in COMPOUND_ENDS or toks.gap(first).strip(" \u00a0" + OPEN):
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
        end = self._clause_end(hit.end)

        def own_destination(k: int) -> bool:
            # «вернулся в Жанаозен», «отправили делегатов в Актау»: в/на a word or two after a verb that follows
            # the name is that verb's own destination, not the name's (not a time: «пришёл в 2004 году»)
            return k > hit.end and any(folded[j] in ("в", "во", "на") and j + 1 < end and not folded[j + 1].isdigit()
                                       for j in range(k + 1, min(k + 4, end)))
        # (nor a verb after the name joined by «и», a predicate of its own: «провёл в Жанаозене две недели и
        # вернулся»)
        return any(RU_MOTION.match(folded[k])
                   and not (k > 0 and folded[k - 1] in PREPOSITIONS and folded[k - 1] not in ("в", "во", "на"))
                   and not own_destination(k) and not (k > hit.end and folded[k - 1] == "и")
                   for k in range(self._clause_start(hit.start), end) if not self.covered[k])

    def where_the_destination_is(self, hit: Hit, ref: int) -> bool:
        """"send a copy to the labour inspectorate in Zhanaozen": the English "in" after a noun, and another
        в/на before in the clause (the motion's own destination, «в трудовую инспекцию»): the name says where
        that destination is, a locative («в Жанаозене»), whatever moves."""
        if not EN_NOUN_IN.search(self.source_before(ref)):
            return False
        start = self._clause_start(hit.start)
        return any(self.toks.folded[k] in ("в", "во", "на") for k in range(start, hit.start - 2))

    def government(self, hit: Hit, entry: FormEntry, before: str, rule: tuple[int, str] | None = None) -> None:
        rule = rule or governed(before)
        cases = any_number(entry.cases)
        declined = bool(entry.flags & DECLINED_QUOTE)
        if entry.surface[:1] in OPEN and not declined \
                and ((" " in before and self.declinable(entry)) or self.declines_in_quotes(entry)):
            # undeclined in its quotes, with no generic word: a nominative (or the accusative of a
            # thing) — «у «Шеврон»»; a quoted name of several words only after a compound
            # preposition («в «Нур Отан»» is often left so), and never one the glossary keeps
            # undeclined
            cases, declined = NOM | ACC, True
        if rule is None or not cases:
            return
        mask, default = rule
        if mask & ACC and fold(before) in ("с", "со"):
            # с + accusative is a size, and only after a noun of size ("размером с Западную Европу"); else
            # the genitive or the instrumental
            if hit.start > 1 and self.toks.folded[hit.start - 2] in _SIZE_NOUNS:
                mask, default = ACC, "acc"
            else:
                mask &= ~ACC
        # (a name declined inside its quotes shows its case as any name: «с «Тенгизшевройла»» for "with")
        if fold(before) in ("с", "со") and cases & mask == GEN and (not declined or entry.flags & DECLINED_QUOTE) \
                and self.not_from(entry.ref) and not self.beginning_after(hit) \
                and not self.russian_removal_before(hit.start - 1):
            mask, default = INS, "ins"      # "borders Russia": граничит с Россией; с России is "from Russia"
        elif fold(before) in ("с", "со") and cases & mask == INS and not declined and self.just_from(entry.ref):
            mask, default = GEN, "gen"      # "It all began with Zhanaozen": началось с Жанаозена
        # (на + the accusative after a word of looking, hoping, acting or answering is its target:
        # «смотрит на Советский Союз», "look at the Soviet Union")
        targeted = fold(before) == "на" and hit.start > 1 and (_RU_AT_TARGET.match(self.toks.folded[hit.start - 2])
                                                             or aimed_past_pair(self.toks, self.covered, hit.start - 1))
        # («побывал в Жанаозене», "travelled to Zhanaozen": a verb of being or staying somewhere right before в
        # keeps the locative, whatever the English moves)
        # (or a noun of membership a word further back: «членство Казахстана в …»)
        staying = (hit.start > 1 and _RU_STAYING.match(self.toks.folded[hit.start - 2]) is not None) or (
            hit.start > 2 and _RU_MEMBERSHIP.match(self.toks.folded[hit.start - 3]) is not None)
        # (a sentence opened by "In Kyrgyzstan, …" sets the scene whatever moves later in it: «В Кыргызстане
        # отправка военных в Казахстан …»)
        # («в Фейсбуке», "on Facebook"; «записи … в Фейсбуке», "Facebook posts": whatever the source does not send
        # somewhere, on_medium's "on" and "in" among it)
        medium = fold(before) in ("в", "во") and self.medium_not_destination(entry.ref)
        # («в трудовую инспекцию в Жанаозене»: where the motion's own destination is)
        destination_place = cases & mask == ACC and mask == ACC | LOC and self.where_the_destination_is(hit, entry.ref)
        if cases & mask == ACC and mask == ACC | LOC and fold(before) in ("в", "во") and staying \
                and fold(entry.base.split()[0]) != "день":      # («был в День независимости»: a time, accusative)
            mask, default = LOC, "loc"      # «состоял в Коммунистической партии»: staying, never moving into it
        elif cases & mask == ACC and mask == ACC | LOC and (self.place_not_direction(entry.ref, quoted=declined)
                                                          or self.inside_organisation(hit, entry.ref)
                                                          or self.speaking_body(hit, entry.ref, before)
                                                          or medium or destination_place
                                                          or self.place_modifying_a_noun(hit, entry.ref)) \
                and (not self.russian_motion_in_clause(hit)
                     or EN_OPENING_PLACE.fullmatch(self.source_before(entry.ref)) is not None
                     or destination_place or self.place_of_the_subject(hit, entry.ref)) and not targeted:
            mask, default = LOC, "loc"      # "activists in Semey": в Семее, not в Семей (acc of direction)
        # (never for an English owner, "as Central Asia's most attractive destination": «направление в
        # Центральной Азии» is where the destination is)
        elif not staying and cases & mask == LOC and mask == ACC | LOC and not self.english_possessive(entry.ref) \
                and (self.direction(entry.ref) or (
                fold(before) in ("в", "во") and hit.start > 1
                and (RU_ENTERING.match(self.toks.folded[hit.start - 2])
                     # (an appeal made "on Facebook", «обращения в Фейсбуке», is where it was made; and обращаться
                     # is also "circulate", "be traded", where the English says "in": «акции которых обращаются в
                     # Лондоне», "companies listed in London")
                     or (_RU_APPEALING.match(self.toks.folded[hit.start - 2]) and not medium
                         and not self.place_not_direction(entry.ref))
                     # (past what is asked for: «обратился за помощью в Организацию …», "turned to … for help")
                     or (hit.start > 3 and self.toks.folded[hit.start - 3] == "за"
                         and _RU_APPEALING.match(self.toks.folded[hit.start - 4]) is not None and not medium)
                     # "elected him to the Council of Aksakals": «избрали в Совет аксакалов» (not "elected in")
                     or (after_to(self.source_before(entry.ref), frozenset())
                         and any(_RU_ELECTING.match(self.toks.folded[k])
                                 for k in range(self._clause_start(hit.start), hit.start - 1)))))
                # "troops arrive in Kazakhstan": a Russian verb of coming right before в/на, the English
                # clause one of arrival, «прибывают в Казахстан»
                # (past a particle: «прибыли и в Мангистаускую область», "arrived in Mangystau Region too")
                or (hit.start > 1 and RU_MOTION.match(self.toks.folded[self._past_particle(hit.start - 2)])
                    and arrival_in_clause(self.source_before(entry.ref)))
                # "reaches Europe": a Russian verb of arriving right before в/на, «попадает в Европу»
                or (hit.start > 1 and EN_REACHED_BEFORE.search(self.source_before(entry.ref))
                    and (RU_MOTION.match(self.toks.folded[hit.start - 2])
                         or _RU_ARRIVING.match(self.toks.folded[hit.start - 2])))
                # "were taken to Petropavlovsk": "to" and a Russian verb of moving someone, «доставили в
                # Петропавловск», whatever the English verb
                or (self.lx.kinds[entry.ref] == "place" and self.russian_motion_in_clause(hit)
                    and after_to(self.source_before(entry.ref), NOT_DIRECTION_TO)
                    and not noun_next(self.source_around(entry.ref)[1]))
                # "Troops arrived in Kyzylorda": the English arrival and a Russian verb of coming right after the
                # name, «в Кызылорду прибыли военные» (not a sentence that opens with where: "In Kyzylorda, …")
                or (self.lx.kinds[entry.ref] == "place" and hit.end < self.n
                    and RU_MOTION.match(self.toks.folded[hit.end]) and not self.toks.gap(hit.end).strip(" \u00a0")
                    and arrival_in_clause(self.source_before(entry.ref))
                    and EN_OPENING_PLACE.fullmatch(self.source_before(entry.ref)) is None
                    # (nor where the English puts it after a noun and "in", "came to the rally in Trafalgar
                    # Square": the rally is where to, the name where the rally is)
                    and not self.from_noun(entry.ref))):
            # "moved the capital to Astana": в Астану, not в Астане; a verb of entering or joining before
            # в («входит в Шанхайскую организацию сотрудничества», "is a member of") takes the accusative
            mask, default = ACC, "acc"
        elif cases & mask == LOC and mask == ACC | LOC and fold(before) in ("в", "во") \
                and fold(entry.base.split()[0]) == "день":
            mask, default = ACC, "acc"      # a day after в is a time, the accusative: «в День независимости»
        elif cases & mask == LOC and mask == ACC | LOC and targeted and aimed_on(self.source_before(entry.ref)):
            # "the ban on the Communist Party", "pressure on Tokayev": на after a word of aiming at something,
            # the English "on" after one too — the target, an accusative («запрет на Компартию»), never where
            mask, default = ACC, "acc"
        elif mask & INS and fold(before) == "за" and hit.start > 1 \
                and _RU_WATCHING.match(self.toks.folded[hit.start - 2]):
            mask, default = INS, "ins"      # «следила за Розой Тулетаевой», "kept watch on": an instrumental
        elif mask == ACC | INS and fold(before) in ("под", "подо") and _EN_NEAR.search(self.source_before(entry.ref)) \
                and not self.russian_motion_in_clause(hit):
            mask, default = INS, "ins"      # "a smelter near Ust-Kamenogorsk": where it is, «под Усть-Каменогорском»
        if cases & mask:
            return
        wanted = " or ".join(cases_of("ru", mask))
        self.wrong_case(hit, entry, default, f"({'/'.join(cases_of('ru', cases))}) after {before!r}, which takes "
                        f"the {wanted}", declined=declined)

    def _past_particle(self, at: int) -> int:
        """Token *at*, or the one before it where *at* is a particle («и», «также», «уже»)."""
        return at - 1 if at > 0 and self.toks.folded[at] in _RU_PARTICLES_BEFORE_PREPOSITION else at

    def speaking_body(self, hit: Hit, ref: int, before: str) -> bool:
        """«В «Шевроне» сообщили», "Chevron said": the subject of an English verb rendered as в + the
        place or body where it was said, with a plural verb and no subject after it — the
        locative («в Кремле ответили», «в Казахстане считают»), never the accusative of direction."""
        if fold(before) not in ("в", "во") or hit.end >= self.n:
            return False
        where = next((h.end for h, _ in self.pending if h.start == hit.end + 1), None) \
            if self.toks.folded[hit.end] in ("в", "во") else None
        start = hit.end if where is None or where >= self.n else where   # («в посольстве … в Лондоне отказались»)
        after = start + (self.toks.folded[start] == "не" and start + 1 < self.n)
        if not _RU_PLURAL_VERB.fullmatch(self.toks.folded[after]) or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or self.toks.gap(start).strip(" \u00a0" + CLOSE):
            return False
        before_en, after_en = self.source_around(ref)
        if start > hit.end:
            after_en = re.sub(r"^\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*", "", after_en)
        return before_en is not None and subject_verb(before_en, after_en) is not None

    def russian_removal_before(self, at: int) -> bool:
        """Is there a Russian verb of taking off or away (снять запрет с, убрать с, взыскать с) among
        the few words before token *at* in its clause? Its с is "from", a genitive, whatever the
        English says ("the ban on the party be lifted": «снять запрет с партии»)."""
        for k in range(at - 1, max(-1, at - 4), -1):
            if _RU_REMOVAL.match(self.toks.folded[k]):
                return True
            if CLAUSE_END.search(self.toks.gap(k + 1)):
                break
        return False

    def not_from(self, ref: int) -> bool:
        """Does the source put the name where no "from" can be (с + genitive is "from", "since" or
        what something starts with: «с Кавказа», «началось с Жанаозена»)? The name must be in
        the source, and none of those words among the few before it."""
        before_en, _ = self.source_around(ref)
        return before_en is not None and not _EN_FROM_NEAR.search(before_en)

    def beginning_after(self, hit: Hit) -> bool:
        """Is there a Russian verb of beginning later in the name's sentence («с «Озенмунайгаза» …
        началась забастовка», "it was at Ozenmunaigas that the strike began"): с + genitive is
        where it began, whatever the English preposition?"""
        return any(word.startswith(("нача", "начин"))
                   for word in self.toks.folded[hit.end:self._sentence_end(hit.end + 1)])

    def just_from(self, ref: int) -> bool:
        """Is the English right before the name "from", "since" or "began with" (с + genitive)?"""
        before_en, _ = self.source_around(ref)
        return before_en is not None and bool(_EN_FROM_RIGHT_BEFORE.search(before_en))

    def opens_a_quoted_title(self, hit: Hit) -> bool:
        """Does the name open a phrase in quotes that goes on after it («Центральная Азия — США»,
        a format's title), rather than stand in quotes of its own?"""
        if not any(mark in self.toks.gap(hit.start) for mark in OPEN):
            return False
        after = self.toks.gap(hit.end) if hit.end < self.n else self.toks.text[self.toks.spans[-1][1]:]
        return not any(mark in after for mark in CLOSE)

    def of_genitive(self, hit: Hit, entry: FormEntry, *, source_of: bool = True) -> None:
        """English "the streets of Almaty", "troops of the CSTO": the name depends on a noun, and
        Russian puts it in the genitive. A nominative right after a word that is no preposition,
        generic or title word (those are checked elsewhere), conjunction or verb-like word is the
        wrong case: «улицы Алма-Ата» → «улицы Алма-Аты»."""
        cases = entry.cases & SINGULAR
        quoted = entry.surface[:1] in OPEN
        if source_of and not quoted and _RU_MEMBER.fullmatch(self.toks.folded[hit.start - 1]) \
                and any_number(entry.cases) and not any_number(entry.cases) & GEN \
                and _EN_MEMBER_OF.search(self.source_before(entry.ref)):
            # «был членом Коммунистической партией», "a member of the Communist Party": one is a member of an
            # organisation, its genitive, whatever case the word член is in
            self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', any_number(entry.cases)))}) after "
                            f"{self.toks.words[hit.start - 1]!r}: a member of it, a genitive")
            return
        if quoted and not entry.flags & DECLINED_QUOTE:
            cases = NOM         # undeclined in its quotes: any case after a generic word, here a nominative
        if not quoted and self.opens_a_quoted_title(hit):
            return      # «в формате «Центральная Азия — США»»: the name begins a title in quotes, which is
                        # named, not declined
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
        # ("Moscow's hand", «руку Москву»: the English possessor too)
        # ("the demand to restore the 1993 Constitution": the object of an English verb after a Russian noun of
        # action, «о восстановлении Конституции», a genitive — no noun takes an accusative)
        # (not a noun in a phrase after a verb, «приговорили к заключению Розу Тулетаеву», «назвать в заявлении
        # Организацию …»: the verb's object)
        acted_on = source_of and not quoted and _RU_ACTION_NOUN.fullmatch(fold(self.toks.words[hit.start - 1])) \
            is not None and self.english_object(entry.ref) is not None \
            and not any(verb_like(self.toks.folded[k]) for k in range(max(0, hit.start - 4), hit.start - 1))
        accusative_only = cases == ACC and not quoted and (self.after_of(entry.ref) or author or from_noun
                                                           or self.english_possessive(entry.ref) or acted_on)
        # ("a spokesman for Workers Power": a noun and "for", whose name is a genitive or dative, never a
        # nominative — only a nominative is reported then)
        for_noun = source_of and cases & NOM and not accusative_only \
            and _EN_NOUN_FOR.search(self.source_before(entry.ref)) is not None
        # ("to summon Tokayev" made a noun, «о вызове Токаева»: the object of an English verb after a
        # Russian noun of action — a person, who is no apposition to an action)
        # (a thing too, not in quotes: "restoring the 1993 Constitution", «о восстановлении Конституции»)
        nominalised = source_of and cases & NOM and (self.lx.kinds[entry.ref] == "person" or not quoted) \
            and _RU_ACTION_NOUN.fullmatch(self.toks.folded[hit.start - 1]) is not None \
            and self.english_object(entry.ref) is not None
        if (not cases & NOM and not accusative_only) or cases & ~(NOM | ACC) or entry.flags & DECLINED_QUOTE \
                or (source_of and not (self.after_of(entry.ref) or self.english_noun_after(entry.ref)
                                       or self.english_possessive(entry.ref) or from_noun or author or for_noun
                                       or nominalised or (acted_on and accusative_only))):
            return
        cue = "the source's \"of\"" if not source_of or self.after_of(entry.ref) else \
            "the source's \"from\", \"at\" or \"in\" after a noun" if from_noun else \
            "the source's \"by\" after a noun (its author)" if author else \
            "the source's \"for\" after a noun" if for_noun and not (self.english_noun_after(entry.ref)
                                                                   or self.english_possessive(entry.ref)) else \
            "the noun of action rendering the source's verb" if nominalised else \
            "in the source it modifies the noun after it, which"
        gap = self.toks.gap(hit.start)
        before = self.toks.words[hit.start - 1]
        # «купила 8,3 % Кашаган» ("8.3% of Kashagan"): a share of it, a genitive
        percent = before.isdigit() and gap.strip(" \u00a0") == "%" and self.after_of(entry.ref)
        # «о «реформах» Токаева» ("Tokayev's 'reforms'"): a word in quotes of its own, in small letters,
        # is the noun the name depends on
        scare_quoted = len(gap.strip(" \u00a0")) == 1 and gap.strip(" \u00a0") in CLOSE and before.islower() \
            and any(mark in self.toks.gap(hit.start - 1) for mark in OPEN)
        if accusative_only and (adjective_cases(before) & ACC or fold(before) in _ACCUSATIVE_PRONOUNS):
            return      # «охватили всю Мангистаускую область» ("the whole of"): the name agrees with it
        if (cases & ACC or (quoted and not entry.flags & DECLINED_QUOTE)) and self.lx.kinds[entry.ref] != "person" \
                and RU_ACTIVE_PARTICIPLE.fullmatch(fold(before)) and not fold(before).endswith(("ся", "сь")):
            return      # «организаций, обслуживающих «Тенгизшевройл»»: the participle's object, an accusative
        # («Конституция Казахстан», "the Constitution of Kazakhstan": a capitalised noun the English writes so
        # before "of", no name's word itself, is a head too)
        titled = before.istitle() and not self.covered[hit.start - 1] and self.after_of(entry.ref) \
            and _EN_TITLED_NOUN_OF.search(self.source_before(entry.ref)) is not None
        if not percent and ((gap.strip(" \u00a0" + OPEN) and not scare_quoted) or not before.isalpha() or not (
                before.islower() or titled or self.toks.sentence_initial(hit.start - 1)) or fold(before) in NOT_HEADS
                # (after "of", a word in -ет, -ит or of three letters is a noun rather than a verb: «авторитет
                # Совета», «сил Организации», «дел Казахстана»)
                # (a generic noun the glossary knows is no verb, however it ends: «журнал», "the journal of")
                # (nor a word before "of" the English makes a plural noun, «граждан», "citizens of")
                or (verb_like(fold(before)) and fold(before) not in self.index.grammar.get("generic", {})
                    and not ((self.after_of(entry.ref) or self.english_noun_after(entry.ref)
                              or self.english_possessive(entry.ref))
                             and (_RU_NOUN_LIKE_PRESENT.search(fold(before)) or len(before) <= 3
                                  or (fold(before).endswith(("ан", "ян"))
                                      and _EN_ARTICLE_NOUN_OF.search(self.source_before(entry.ref)))
                                  or (_EN_PLURAL_OF.search(self.source_before(entry.ref))
                                      and not noun_next(self.source_around(entry.ref)[1])))))
                or verb_governed(before) is not None
                # (a noun of naming before it, «вернул столице название Астана», "its name of Astana": the name
                # is what it is called, in the nominative)
                # (not for an English owner: "Tony Blair's name", «имя Тони Блэра»)
                or (_RU_NAMING_NOUN.match(fold(before)) is not None and not self.english_possessive(entry.ref))
                # (a date ends right before it, «после 2011 года Тони Блэр консультировал»: no noun to depend on)
                or (fold(before) in _RU_TIME_WORDS and hit.start > 1 and self.toks.words[hit.start - 2].isdigit())
                # (a noun of a kind of place before its own name is an apposition, «городе Жанаозен», "the
                # town of Zhanaozen"; "a town in Mangystau Region" names another place, a genitive)
                # (but a plural before "of" is no apposition to one place: "the oil fields of Western
                # Kazakhstan", «месторождения Западного Казахстана»)
                or (fold(before) in place_words()
                    and not (from_noun and EN_IN_BEFORE.search(self.source_before(entry.ref))
                             and not self.english_kind_of_place(entry.ref))
                    and not (self.after_of(entry.ref) and _EN_PLURAL_OF.search(self.source_before(entry.ref))
                             and not self.english_kind_of_place(entry.ref)))
                or (from_noun and fold(before) in self.index.grammar.get("generic", {}))
                or (quoted and self.generic_before(hit.start)) or ends_inserted_phrase(self.toks, hit.start - 1)
                or ((from_noun or author) and subject_of_verb_after(self.toks, hit, self.lx, entry.ref))
                or (from_noun and RU_PASSIVE_PARTICIPLE.fullmatch(fold(before)))):
            return      # (a participle before the name is no noun it depends on; «возглавлявший Комитет
                        # национальной безопасности», "head of the Committee", governs its own case)
        if from_noun and not self.after_of(entry.ref) and hit.start > 1:
            english = FROM_BEFORE.search(self.source_before(entry.ref))
            rendering = _RU_FROM if english and (english.group(1) or "").lower() == "from" else _RU_AT
            start = max(0, hit.start - 3, self._clause_start(hit.start))
            if any(fold(word) in rendering for word in self.toks.words[start:hit.start - 1]):
                return  # «в полицейском участке Чаринг-Кросс»: the preposition renders "at", the name is the noun's
                        # (in the name's clause: «в Жанаозене, городе …» is another phrase)
        offending = offending_at(self.toks, hit.start, hit.end, entry.surface)
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
        cases = any_number(entry.cases)
        if at >= 1 and cases and not cases & GEN and _RU_COMPARATIVE.fullmatch(toks.folded[at - 1]) \
                and not toks.gap(at).strip(" \u00a0" + OPEN) and _EN_THAN_BEFORE.search(self.source_before(entry.ref)):
            # «опаснее Назарбаев» ("more dangerous than Nazarbayev"): with no «чем», what a comparative
            # compares with is a genitive
            self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) right after the comparative "
                            f"{toks.words[at - 1]!r}: with no «чем», what it compares with is a genitive")
            return
        if at < 1 or toks.folded[at - 1] not in ("чем", "как") or "," not in toks.gap(at - 1) \
                or toks.gap(at).strip(" \u00a0" + OPEN):
            return
        if not cases or cases & NOM or not _EN_COMPARED.search(self.source_before(entry.ref)):
            return
        every = (1 << len(CASES["ru"])) - 1
        # (a name after a preposition is that preposition's, no subject or object to compare with)
        others = [any_number(other.cases) for h, other in self.pending
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
                or low in NOT_HEADS or (verb_like(low) and not (self.after_of(entry.ref)
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
        if any_number(entry.cases) != INS or (entry.surface[:1] in OPEN and not declined) or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) or not self.after_of(entry.ref):
            return
        low = self.head_noun_before(hit, entry)
        if low is None or low.startswith(_RU_INSTRUMENTAL_NOUNS) or RU_ACTIVE_PARTICIPLE.fullmatch(low) \
                or RU_PASSIVE_PARTICIPLE.fullmatch(low) or verb_governed(low) is not None:
            return
        self.wrong_case(hit, entry, "gen", f"(ins) after {self.toks.words[hit.start - 1]!r}: the source's \"of\" "
                        "makes it the noun's genitive", declined=declined)

    def dative_after_noun(self, hit: Hit, entry: FormEntry) -> None:
        """English "Massimov's arrest", "the resignation of Nazarbayev": the name depends on a noun,
        a genitive («арест Масимова»); a dative right after that noun is wrong («Арест Масимову»),
        unless the noun is one of those that address someone (памятник, помощь, письмо, угроза:
        «памятник Назарбаеву», the monument *to* him)."""
        cases = any_number(entry.cases)
        # ("messages from Marko Bojcun": his, «послания Марко Бойцуна»)
        sent_from = bool(_EN_FROM_ITSELF_BEFORE.search(self.source_before(entry.ref)))
        # (a quoted name declined inside its quotes too: «подрядчиков «Тенгизшевройлу»», "Tengizchevroil's
        # contractors"; and a name modifying the English noun after it: "the Biden administration")
        quoted = entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE
        if cases & ~(DAT | LOC) or not cases & DAT or quoted or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) \
                or not (self.after_of(entry.ref) or self.english_possessive(entry.ref) or sent_from
                        or self.english_noun_after(entry.ref)
                        or authored_by(self.source_before(entry.ref))):     # "a speech by Simon Hannah"
            return
        low = self.head_noun_before(hit, entry)
        if low is None:
            return
        before = self.toks.words[hit.start - 1]
        if low in _BODY_PARTS:
            return      # «пожать руку Питу Фёрмину», "shake Pete Firmin's hand": a body part's owner is a dative too
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

    def recipient_after_noun(self, hit: Hit, entry: FormEntry) -> None:
        """English "advice to Nazarbayev", "a question for Joe Biden", "gave Nazarbayev advice", "advised
        Nazarbayev": the name is whom a message, advice or help is addressed to — after a Russian noun of
        addressing, a dative («советы Назарбаеву», «вопрос Джо Байдену»); a genitive there («советы Назарбаева»)
        makes it the advice's giver, which the English does not say."""
        cases = any_number(entry.cases)
        if not cases & GEN or cases & DAT or (entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE) \
                or hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) \
                or self.english_possessive(entry.ref) or self.after_of(entry.ref):
            return
        # (past the giver's name in the genitive between: «советы Тони Блэра Назарбаеву», "Blair's advice to")
        giver = next((other for other, other_entry in self.pending
                      if other.end == hit.start and any_number(other_entry.cases) & GEN and other.start > 0), None)
        at = giver if giver is not None and not self.toks.gap(giver.start).strip(" \u00a0") else hit
        low = self.head_noun_before(at, entry)
        if low is None or not low.startswith(_RECIPIENT_NOUNS):
            return
        before_en = self.source_before(entry.ref)
        if not (_EN_ADDRESSED.search(before_en) or EN_GIVING_BEFORE.search(before_en)):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[at.start - 1]!r}: the source makes it whom this is addressed to, a dative")

    def between_and(self, hit: Hit, entry: FormEntry) -> None:
        """English "split between ExxonMobil and KazMunayGas": both sides of "between … and" follow
        между, in the instrumental («между ExxonMobil и «КазМунайГазом»»); the name after и, in its
        clause after между, in another case is wrong (a quoted name that declines in its quotes too)."""
        if hit.start < 2 or self.toks.folded[hit.start - 1] != "и" or self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            return
        quoted = entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE
        cases = NOM | ACC if quoted else any_number(entry.cases)
        before_en = self.source_before(entry.ref)
        if not cases or cases & INS or (quoted and not self.declines_in_quotes(entry)) \
                or not _EN_BETWEEN_AND.search(before_en) or (cases & GEN and _EN_BETWEEN_OWNED.search(before_en)):
            return
        words = self.toks.folded[max(self._clause_start(hit.start), hit.start - 8):hit.start - 1]
        at = words.index("между") if "между" in words else -1
        if at < 0 or (at + 1 < len(words) and words[at + 1] in ("собой", "нами", "вами", "ними")):
            return      # («делили между собой Токаев и Назарбаев», "between themselves": the names are subjects)
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('ru', cases))}) after «и» in «между … и …»: both "
                        "sides take the instrumental", declined=quoted or bool(entry.flags & DECLINED_QUOTE))

    def slogan_dative(self, hit: Hit, entry: FormEntry) -> None:
        """«Свободу Розе Тулетаевой!», «Позор Назарбаеву!», «Слава Жанаозену!»: a slogan with no verb, a noun of
        praise, shame or freedom opening a sentence that ends in «!», gives the one it is for or against in the
        dative ("Free Roza Tuletaeva!", "Shame on Nazarbayev!") — never the noun's genitive or an accusative."""
        at = hit.start - 1
        cases = any_number(entry.cases)
        if at < 0 or not cases or cases & DAT or self.toks.folded[at] not in _RU_SLOGAN_NOUNS \
                or not self.toks.sentence_initial(at) or self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            return
        end = self._sentence_end(hit.end)
        tail = self.toks.gap(end) if end < self.n else self.toks.text[self.toks.spans[-1][1]:]
        if "!" not in tail:
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after the slogan's "
                        f"{self.toks.words[at]!r}: the one it is for or against is a dative",
                        declined=bool(entry.flags & DECLINED_QUOTE))

    def thanks_to(self, hit: Hit, entry: FormEntry) -> None:
        """English "thanked Putin" said with a noun, «выразил благодарность Путину»: gratitude goes to
        someone, a dative; a genitive after благодарность makes the name the one who is grateful."""
        cases = any_number(entry.cases)
        if not cases & GEN or cases & DAT or hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + OPEN) \
                or not self.toks.folded[hit.start - 1].startswith("благодарност") \
                or not _EN_THANKED.search(self.source_before(entry.ref)):
            return
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[hit.start - 1]!r}: the source thanks it, and gratitude goes to someone, "
                        "a dative", declined=bool(entry.flags & DECLINED_QUOTE))

    def owner_of_belonging(self, hit: Hit, entry: FormEntry) -> None:
        """English "half-owned by Chevron", "in which Chevron owns half": Russian says it with
        принадлежать, whose owner is a dative («половина которого принадлежит «Шеврону»»); a
        nominative right before or after the verb is what belongs, not the owner the source names."""
        quoted = entry.surface[:1] in OPEN
        # (a name undeclined in its quotes is any case after a generic word; here, with none, a nominative)
        cases = NOM if quoted and not entry.flags & DECLINED_QUOTE else any_number(entry.cases)
        if not cases & NOM or cases & DAT or (quoted and self.generic_before(hit.start)):
            return
        before = hit.start > 0 and self.toks.folded[hit.start - 1].startswith("принадлеж") \
            and not self.toks.gap(hit.start).strip(" \u00a0" + OPEN)
        after = hit.end < self.n and self.toks.folded[hit.end].startswith("принадлеж") \
            and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE)
        if not (before or after) or not (_EN_OWNED_BY.search(self.source_before(entry.ref))
                                         or _EN_OWNS_AFTER.match(self.source_around(entry.ref)[1])):
            return
        verb = self.toks.words[hit.start - 1 if before else hit.end]
        self.wrong_case(hit, entry, "dat", f"(nom) beside {verb!r}: the source makes it the owner, and what belongs "
                        "belongs to someone, a dative", declined=quoted)

    def instrumental_of_feeling(self, hit: Hit, entry: FormEntry) -> None:
        """English "discontent with Nazarbayev", "admiration for the Council": nouns of a feeling made
        from verbs of the instrumental (быть недовольным, восхищаться, пренебрегать) take it too
        («недовольство Назарбаевым»); a genitive there makes the name the one who feels it
        («недовольство Назарбаева», Nazarbayev's discontent). Only with the English "with" or "for"."""
        cases = any_number(entry.cases)
        if not cases or cases & INS or entry.surface[:1] in OPEN or hit.start == 0 \
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
        cases = any_number(entry.cases)
        if cases != INS or entry.surface[:1] in OPEN or hit.start == 0 \
                or self.toks.gap(hit.start).strip(" \u00a0") or not _EN_FROM_ITSELF_BEFORE.search(
                    self.source_before(entry.ref)):
            return
        before = self.toks.words[hit.start - 1]
        low = fold(before)
        if not before.isalpha() or not before.islower() or low in NOT_HEADS or verb_like(low) \
                or governed(before) is not None or verb_governed(before) is not None or adjective_cases(before) \
                or RU_PASSIVE_PARTICIPLE.fullmatch(low) or low.startswith(_RU_INSTRUMENTAL_NOUNS):
            return
        self.wrong_case(hit, entry, "gen", f"(ins) after {before!r}: the source's \"from\" makes it where the "
                        "noun comes from, a genitive (or от + genitive); the instrumental says \"with\" or \"by\"")

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

    def maybe_ordinary(self, ref: int, written: str) -> bool:
        """Is the source's mention of *ref* a sentence's first word that is also an ordinary English
        word ("Total investment…" beside the company Total named elsewhere)? Then a translation
        without the name read it as the word: no name is missing. People and places are names."""
        if " " in written or self.lx.kinds[ref] in ("person", "place") or is_acronym(written):
            return False
        before = self.source_before(ref).rstrip()
        if before and not before.endswith((".", "!", "?", ":", "\u00bb", "\u201d", '"')):
            return False
        # ("Chevron, which owns half of Tengizchevroil, said …": a relative clause after it, or a verb
        # it is the subject of, makes it the company, however common the word — "Chevron has not answered",
        # "Chevron has been making profits", "Chevron is the operator"; so does "'s", "Chevron's offices")
        after = self.source_around(ref)[1]
        if re.match(r"\s*,\s*(?:which|who|whose)\b", after) or after.startswith(POSSESSIVE) \
                or _EN_BEING_AFTER.match(after) or subject_verb(self.source_before(ref), after, perfect=True):
            return False
        # ("Chevron and ExxonMobil, the main partners …", "Chevron, ExxonMobil and Eni make …": beside a word
        # that is no English word, one name of a list)
        pair = _EN_LISTED_AFTER.match(after)
        if pair is not None and (is_acronym(pair.group(1)) or not english_common(pair.group(1))):
            return False
        return english_common(written)

    def to_dative(self, hit: Hit, entry: FormEntry) -> None:
        """English "a letter to Biden", "gave the floor to Marko Bojcun": the name is the one
        something goes or is said to, and Russian puts it in the dative when no preposition
        stands before it («письмо Байдену», «слово Марко Бойцуну»). Wrong: a form that can be
        neither dative nor genitive ("successor to Nazarbayev" is «преемник Назарбаева»; after a noun
        that addresses someone — помощь, письмо, угроза — no genitive either), nor,
        after a verb that may have taken the name as its object or subject (went to Moscow →
        посетил Москву), accusative or nominative."""
        if entry.surface[:1] in OPEN or self.toks.gap(hit.start).strip(" \u00a0"):
            return
        at = hit.start - 1
        # «звонок Путина Токаеву» ("Putin's call to Tokayev"): a person's genitive between the noun and
        # the name is the noun's owner; the noun is what the name depends on
        owner = next((h for h, e in self.pending if h.end == hit.start and e.ref != entry.ref
                      and any_number(e.cases) & GEN and self.lx.kinds[e.ref] == "person"), None)
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
        cases = any_number(entry.cases)
        governing = verb_governed(before) if before.islower() else None
        if governing is not None and cases & governing[0]:
            return          # «призываем Организацию Объединённых Наций» ("appeal to the UN"): the verb's own case
        if not cases or cases & DAT or not before.isalpha() or low in NOT_HEADS \
                or not (before.islower() or (self.toks.sentence_initial(at)
                                             and low.startswith(_ADDRESSING_NOUNS))):
            return          # (opening the sentence, only a noun that addresses someone: «Письмо Абдрахманову»)
        # ("handed their list of demands to Ainur Kurmanov": a verb of giving in both languages' clause makes
        # the name its recipient, though a noun stands right before it, «передали список требований Айнуру»)
        # ("was given to Tokayev", «был передан Токаеву»: the verb of giving may stand right before the name)
        handed_here = _RU_HANDING.match(low) is not None
        handed = bool(_EN_HANDED_TO.search(self.source_before(entry.ref))) and (handed_here or any(
            _RU_HANDING.match(self.toks.folded[k]) for k in range(self._clause_start(hit.start), at)))
        # ("gave the floor to Steve", «предоставил слово Стиву»; "owe their careers to Nazarbayev", «обязаны
        # карьерой Назарбаеву»): the English "to" and, before the noun in the name's clause, a Russian verb
        # whose person is its dative — the noun is the verb's object, the name the one it goes to (no
        # preposition between: «передали письмо на имя Токаева», "addressed to", is the preposition's; nor a
        # word in -у, -ю, -ам, -ям, a dative that is the one it goes to: «передали список преемнику Назарбаева»)
        handed = handed or (after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS) and any(
            (person_dative(self.toks.words[k]) or person_dative_if_recipient(self.toks.words[k]))
            and not any(governed(word) or fold(word).endswith(("у", "ю", "ам", "ям"))
                        for word in self.toks.words[k + 1:hit.start])
            for k in range(self._clause_start(hit.start), at)))
        if cases & GEN and not low.startswith(_ADDRESSING_NOUNS) and not handed:
            return          # "successor to Nazarbayev": «преемник Назарбаева»; "help to" is «помощь Совету»
        before_en, after_en = self.source_around(entry.ref)
        # ("sent Yuliya Yurchenko a request": a verb of giving and two objects, the first the one it goes to)
        double_object = before_en is not None and EN_GIVING_BEFORE.search(before_en) is not None \
            and second_object_next(after_en)
        if cases == NOM and self.lx.kinds[entry.ref] == "person" and _RU_PAST_SINGULAR_SHORT.fullmatch(low) \
                and low.endswith("ла") == (self.lx.spec(entry.ref, "ru").gender == "f") and not double_object:
            # «слово взял Крис Форд», "the floor went to Chris Ford": a past in the singular agreeing with the person
            # in gender makes the name its subject, whatever the English turned round
            return
        # (a noun of addressing shaped like a present verb, where the English has a noun before "to": «ответ
        # Зюганову», "a simple answer to Zyuganov")
        noun = low.startswith(_ADDRESSING_NOUNS) and _RU_NOUN_LIKE_PRESENT.search(low) is not None \
            and _EN_ARTICLE_NOUN_TO.search(self.source_before(entry.ref)) is not None
        if cases & (NOM | ACC) and verb_like(low) and not noun and not (
                self.lx.kinds[entry.ref] == "person" and cases == NOM
                and (RU_PAST.search(low) or _RU_PRESENT_FINITE.search(low))) and not (handed and handed_here):
            # a person's nominative (no accusative) after a past or present verb is its subject or
            # wrong: the source's "to" says it is no subject («передали Си Цзиньпин благодарность» →
            # Си Цзиньпину, «слово предоставляется Юлия Юрченко» → Юлии Юрченко); right after a verb of
            # giving that the English gives "to" the name, the name is where it goes, no object of it
            # («передали Кыргызстан» for "handed over to Kyrgyzstan" → Кыргызстану)
            return
        if cases & INS and (verb_like(low) or any(
                adjective_cases(self.toks.words[k]) & INS or RU_ACTIVE_PARTICIPLE.fullmatch(self.toks.folded[k])
                for k in range(max(0, hit.start - 4), hit.start)
                if not any(c in ",;:.!?" for c in self.toks.gap(k + 1)))):
            # an instrumental after a verb that governs it ("confined to": «ограничивалось Западным
            # Казахстаном») or after a participle agreeing with it («с рассматривавшимся в то время
            # законопроектом»)
            return
        written = self.wanted.get(entry.ref)
        if not written or written.split()[-1].islower():
            return          # "to Charing Cross police station": the "to" is the station's, «в участок Чаринг-Кросс»
        if before_en is None or after_en.startswith(POSSESSIVE):
            return          # "Tokayev's …"
        if not double_object and (not after_to(before_en, TO_IN_PREPOSITIONS) or noun_next(after_en)):
            return          # "to Tengizchevroil workers": the workers'

        why = "the source gives something to it (two objects)" if double_object \
            else "the source's \"to\" makes it the one something goes to"
        self.wrong_case(hit, entry, "dat", f"({'/'.join(cases_of('ru', cases))}) after {before!r}: {why}, a dative")

    def russian_action_noun_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "called for strengthening the EAEU": the object of an English verb, which Russian says
        with a noun of action and the object in the genitive («к укреплению Евразийского экономического
        союза»). A name only in the dative right after such a noun has taken the noun's own
        case instead («к укреплению Евразийскому экономическому союзу»). (Where the English says "to" or
        "for" before the name — "aid to Kazakhstan", «помощь Казахстану» — no verb acts on it; an instrumental
        there is the action's agent, «спасение Россией», or what the noun governs, «пренебрежение Западом».)"""
        cases, at = any_number(entry.cases), hit.start
        if hit.start == 0 or entry.surface[:1] in OPEN or cases != DAT or self.toks.gap(hit.start).strip(" \u00a0") \
                or not _RU_ACTION_NOUN.fullmatch(self.toks.folded[hit.start - 1]) \
                or self.english_object(entry.ref) is None or (hit.start > 1 and person_dative(self.toks.words[at - 2])):
            return      # («предъявила обвинение Кариму Масимову»: the verb before the noun takes the person's dative)
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) right after "
                        f"{self.toks.words[hit.start - 1]!r}, a noun of action: the source makes it the object of "
                        f"\"{self.english_object(entry.ref)}\", which a noun of action takes in the genitive")

    def ending_after_quote(self, hit: Hit, entry: FormEntry) -> None:
        """«рабочие «Тенгизшевройл»а», «Тенгизшевройл»-а: a quoted name's ending written after the closing quote;
        a name declined in running text takes it inside («Тенгизшевройла»)."""
        offending = offending_at(self.toks, hit.start, hit.end, entry.surface)
        case = next((name for name in cases_of("ru", entry.cases)), None)
        suggestion = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case=case, declined=True) if case else None
        self.add("target-wrong-inflection", f"{offending!r}: the ending goes inside the quotes"
                 + (f": {suggestion!r}" if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)

    def apostrophe_ending(self, hit: Hit, entry: FormEntry) -> bool:
        """«в Facebook'е»: a Russian ending glued with an apostrophe to a name in Latin letters
        that the glossary keeps undeclined (a colloquial habit, not the edition's form)."""
        if hit.end >= self.n or self.toks.gap(hit.end) not in APOSTROPHES or not entry.surface.isascii():
            return False
        ending = self.toks.words[hit.end]
        if not (ending.isalpha() and ending.islower() and len(ending) <= 3 and not ending.isascii()):
            return False
        if any(self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case=case) not in (None, entry.base)
               for case in CASES["ru"]):
            return False            # the glossary declines it: its own forms say how
        offending = offending_at(self.toks, hit.start, hit.end + 1)
        self.add("target-wrong-inflection",
                 f"{offending!r}: the glossary keeps {entry.base!r} undeclined, with no ending after an apostrophe",
                 offending=offending, suggestion=entry.base, ref=entry.ref)
        return True
