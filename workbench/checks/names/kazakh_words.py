"""The shapes of Kazakh words, read off their endings: determiners and adjectives, possessed nouns
and what may own them, participles and verbal nouns, the case a word's ending shows. The
clause rules (:mod:`.kazakh_context`) and every Kazakh target rule read words through these.
"""

from __future__ import annotations

import re

from .kazakh_heads import BARE_ATTRIBUTIVE, BARE_ENDINGS, POSSESSIVE_TAILS
from .matcher import fold

#: words that may stand between a possessor and what it possesses: demonstratives ...
DEMONSTRATIVES = frozenset("бұл осы сол ол мына мынау анау әлгі".split())
#: ... and quantifiers and the superlative's particle (бірнеше офицері, барлық мүшелері, ең ірі серіктесі)
QUANTIFIERS = frozenset("бірнеше көптеген барлық бүкіл кейбір бірқатар "
                        # and the numerals in words (он жылдығы, "its tenth anniversary"; үш мың әскері)
                        "екі үш төрт бес алты жеті сегіз тоғыз он жиырма отыз қырық елу алпыс жетпіс сексен "
                        "тоқсан жүз мың".split())
#: ... and the common adjectives no suffix shows (жаңа басшылығы, the new leadership; ескі, үлкен, ірі)
PLAIN_ADJECTIVES = frozenset("жаңа ескі үлкен ірі басты жалпы бірыңғай жақсы жаман ұзақ қысқа тең жеке бос зор орасан "
                             # (and those in -ты/-ді that only look like an accusative: сәтті "successful",
                             # маңызды "important", қатты "hard")
                             "сәтті маңызды тиімді қажетті тиісті қауіпті күшті қатты пайдалы "
                             # (and the degree adverbs of the demonstratives, "so", "this much": «соншалықты тез»)
                             "соншалықты мұншалықты осыншалықты бұншалықты".split())
#: ... and comparatives (кедейірек елдері, үлкенірек бөлігі)
COMPARATIVE = re.compile(r".{3,}(?:рақ|рек|ырақ|ірек)")
#: ... and adjectives, known by a suffix only adjectives have (бұрынғы, алғашқы, қалалық, өндірістік)
#: (and ordinals: бірінші; and the Arabic and Persian loans in -и, a letter no native word ends with: табиғи, саяси)
_ADJECTIVE = re.compile(r".+(?:ғы|гі|қы|кі|лық|лік|дық|дік|тық|тік|ыншы|інші|ншы|нші)|.{3,}и")
#: ... and the denominator of a fraction, a numeral in the ablative («үштен бірі», a third of it)
FRACTION_OF = re.compile(r"(?:екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу|жүз|мың)"
                         r"(?:ден|тен|нен|дан|тан|нан)")
#: ... and a name made an adjective by the locative's -дағы (Қазақстандағы миссиясы)
PLACE_ADJECTIVE = re.compile(r".+(?:дағы|дегі|тағы|тегі|ндағы|ндегі)")
#: ... which after the possessive (-ы-/-і- or -сы-/-сі-, then -ндағы) is a possessed noun made one (алаңындағы
#: "on its square", облысындағы): an owner's
POSSESSED_PLACE_ADJECTIVE = re.compile(r".{2,}[^аәеиоөұүыіуэюя](?:ындағы|індегі)|.{2,}(?:сындағы|сіндегі)")


#: Words that stand before a noun and say whose or which it is: "own", the possessive pronouns
_DETERMINERS = DEMONSTRATIVES | frozenset("өз өзінің оның олардың біздің менің сенің сіздің бұның осының "
                                          "соның".split())


def determiner(low: str) -> bool:
    """Is the folded *low* a word that only stands before a noun to say whose or which (өз, оның,
    бұл)? The noun's case is the phrase's."""
    return low in _DETERMINERS


def plain_adjective(low: str) -> bool:
    """Is the folded *low* one of the common adjectives with no suffix of their own, or in -ты/-ді
    (сәтті, маңызды), which an accusative's shape would hide?"""
    return low in PLAIN_ADJECTIVES


def demonstrative(low: str) -> bool:
    """Is the folded *low* a demonstrative (бұл, осы, сол, мынау)? A possessed noun after one has an
    owner before it, never a modifier."""
    return low in DEMONSTRATIVES

#: a verbal noun in -у with the possessive (қолдауы, қолдауымен): its object is an accusative
VERBAL_NOUN = re.compile(r".+[уү](?:ы|і)(?:н|на|не|нда|нде|нан|нен|мен)?")
#: ... not an agent noun in -шы/-ші (кеңесші, жұмысшы) or an adjective in -лы/-лі (ақылы, тиесілі)
NOT_POSSESSED = re.compile(r".+(?:шы|ші|лы|лі)")
#: ... but a word of four letters, consonant-vowel-л-vowel, is a noun in -л with the possessive (рөлі "its
#: role", жолы, қолы, тілі): -лы/-лі makes adjectives of longer stems (сапалы, тиесілі), and after л the
#: adjective's ending is -ды/-ді (малды); and the longer nouns in -л a name owns (өкілі "its representative",
#: ауылы, мысалы, сауалы; the loanwords in -л, филиалы "its branch", журналы, каналы), whose stems before
#: -лы/-лі are no words, and ықпал "influence", құрал "tool", мезгіл "season", кепіл "guarantee"; the nouns in
#: -ыш/-іш, өтініші, are :data:`ISH_POSSESSED`)
L_NOUN_POSSESSED = re.compile(r"[^аәеиоөұүыіуэюя][аәеиоөұүыіуэюя]л[ыі]|(?:өкіл|ауыл|мысал|сауал|мақал|филиал|журнал|"
                              r"канал|капитал|материал|сигнал|генерал|портал|скандал|финал|персонал|сериал|ықпал|құрал|мезгіл|кепіл)[ыі]")
#: a noun with the third-person possessive, in any case (кеңесшісі, мәлімдемесін, әкімінің)
POSSESSED = re.compile(r".+(?:ы|і)(?:н|ның|нің|на|не|нда|нде|нан|нен|мен|ндағы|ндегі)?")


#: Endings no bare noun has: the cases, the possessive, past tense, gerunds and participles
_NOT_BARE = re.compile(r".*(?:[аәеиоөұүыіуэюя]|ға|ге|қа|ке|на|не|да|де|та|те|дан|ден|тан|тен|нан|нен|мен|бен|пен|"
                       r"ның|нің|дың|дің|тың|тің|ын|ін|ып|іп|ған|ген|қан|кен|п|лық|лік|дық|дік|тық|тік|шы|ші)")


#: Nouns of office and place that end in a vowel, as endings do, and are bare (бұрынғы төраға
#: орынбасары, "the former deputy chairman"; бас хатшысы)
_BARE_IN_A_VOWEL = frozenset("төраға хатшы басшы мүше қала".split())


def bare_noun(low: str) -> bool:
    """Can *low* (folded) be a noun with no ending at all (сот, хат, мұнай)? Ending in a vowel (a
    case, the possessive, a verb's tense; -у makes verbal nouns, which govern the name: «Конституцияны
    қайтару талабы») or in any case ending, it cannot."""
    return (len(low) >= 3 and not _NOT_BARE.fullmatch(low) and low not in DEMONSTRATIVES) or low in _BARE_IN_A_VOWEL


def place_adjective(low: str) -> bool:
    """Is the folded *low* a name made an adjective of place by -дағы (Қазақстандағы), or that
    ending on its own after a hyphen (Facebook-тағы → тағы)?"""
    return PLACE_ADJECTIVE.fullmatch(low) is not None or low in BARE_ATTRIBUTIVE


#: The accusative after a vowel (интервенцияны, Алматыны): the possessive there is -сы/-сі
VOWEL_ACCUSATIVE = re.compile(r".+[аәеиоөұүуыіэюя](?:ны|ні)")
#: The accusative of a bare verbal noun (қайтаруды, босатуды), no possessed noun however it ends
VERBAL_NOUN_ACCUSATIVE = ("уды", "уді", "юды", "юді", "үді")
#: Adjectives that make a fixed term with the nouns after them (crude oil, natural gas, foreign policy, internal
#: affairs, national security, nuclear weapons, armed forces): adjective → the nouns' stems
TERM_ADJECTIVES = {"шикі": ("мұнай",), "табиғи": ("газ",), "сұйытылған": ("газ",), "ішкі": ("іс", "саясат"),
                   "сыртқы": ("іс", "саясат"), "ұлттық": ("қауіпсіздіг",), "ядролық": ("қару",),
                   "қарулы": ("күш",)}


#: Compound verbs of a noun in the dative (with the possessive or bare) and a verb (қалпына келтіру "restore",
#: есіне алу "recall", назарына алу "take note of", суретке түсіру "photograph", қамауға алу "arrest",
#: жауапқа тарту "hold to account"), whose object is an accusative before them
POSSESSED_COMPOUNDS = {"қалпына": ("келтір",), "есіне": ("ал", "түсір"), "назарына": ("ал",),
                       "бақылауына": ("ал",), "қолына": ("ал",), "суретке": ("түсір",), "қамауға": ("ал",),
                       "жауапқа": ("тарт",), "тұтқынға": ("ал",), "ауызға": ("ал",),     # (ауызға алу, "mention")
                       "еске": ("ал", "түсір")}   # (not possessed, the same compound: «қырғынды еске алып»)


def possessed_compound(noun: str, verb: str) -> bool:
    """Are *noun* and *verb* a compound verb of a possessed dative noun and a verb (қалпына келтіру,
    есіне алу), whose object is an accusative before them?"""
    stems = POSSESSED_COMPOUNDS.get(fold(noun))
    return stems is not None and fold(verb).startswith(stems)


#: Nouns that drop a vowel before the possessive and so end like an adjective in -қы/-кі (халық →
#: халқы "its people", ерік → еркі): no adjective ends so after л or р
_ELIDED_POSSESSED = ("лқы", "лкі", "рқы", "ркі")


def comparative(low: str) -> bool:
    """Is the folded *low* a comparative (көбірек, үлкенірек)?"""
    return COMPARATIVE.fullmatch(low) is not None


def adjective_shaped(low: str) -> bool:
    """Is the folded *low* shaped like an adjective (бұрынғы, қазіргі, қалалық) — not a -лық noun with the
    possessive, which only looks like one in -гі (әкімшілігі)?"""
    return _ADJECTIVE.fullmatch(low) is not None and _LYQ_POSSESSED.fullmatch(low) is None \
        and not low.endswith(_ELIDED_POSSESSED)


#: Words that may follow a Kazakh clause's verb: hearsay, auxiliaries (деседі, екен, еді)
CLAUSE_TAIL = frozenset("деседі дейді депті деген екен еді болатын көрінеді".split())
#: A noun with the third-person possessive in the nominative (партиясы, шешімі, мүшелері), or in a
#: case after -сы/-сі (партиясын, шешімінде)
_POSSESSED_NOUN = re.compile(r".+(?:сы|сі|ы|і)|.+(?:сы|сі)(?:н|на|нда|нан|мен|ның)|.+(?:сі)(?:не|нде|нен|нің)"
                             r"|.+[^аәеиоөұүыіуэюя](?:ымен|імен)")      # (сөзімен: after a consonant)
#: Any word that may carry the third-person possessive, in any case (шешімі, саммитінде, айтуынша,
#: өткеніндей "as he pointed out", жерлеріндегідей "as in its places")
_ANY_POSSESSED = re.compile(r".{2,}(?:ы|і)(?:н|на|не|нда|нде|нан|нен|мен|ның|нің|ндағы|ндегі|ндағыдай|ндегідей|"
                            r"нша|нше|ндай|ндей)?")
#: ... but not an adjective, a verbal noun, an ordinal, an agent noun or a converb that looks like one
_LOOKS_POSSESSED = re.compile(r".+(?:ғы|гі|қы|кі|лы|лі|ды|ді|уы|уі|шы|ші|алы|елі|тағы|дағы|дегі)"
                              # (-ты/-ті only after a voiceless consonant, as a past verb or an adjective has
                              # it: after a vowel or a voiced consonant the т is the stem's, and -ы/-і the
                              # possessive — хаты, "his letter"; парламенті, "its parliament")
                              r"|.+[кқпстшфхцчщ](?:ты|ті)|екі|алты|жеті")
#: ... though a noun in -қ/-к voices it before the possessive, and then ends in a vowel and -ғы/-гі
#: too (басымдығы, мүшелігі, бұйрығы, көмегі); the adjectives in -ғы/-гі take it after a consonant
#: (бұрынғы, кейінгі), or after a locative (қаңтардағы) or a few adverbs (кешегі, баяғы)
_LYQ_POSSESSED = re.compile(r"(?!.+(?:да|де|та|те)(?:ғы|гі)$|(?:кеше|бая)(?:ғы|гі)$).+[аәеиоөұүыіуэюя](?:ғы|гі)")
#: A word in the genitive
_GENITIVE_WORD = re.compile(r".{2,}(?:ның|нің|дың|дің|тың|тің)")
#: A word in the accusative (an ending, or -н after the possessive: бұйрығын), or a past verb in
#: -ды/-ті (either way a clause's object slot); not үшін, кейін, жеті (a postposition, an adverb,
#: a numeral). -ты/-ті follow a voiceless consonant only: after a vowel or a voiced one they are a
#: possessive of a stem in -т (комитеті, парламенті; the accusatives are комитетті, парламентті)
_ACCUSATIVE_WORD = re.compile(r"\w{3,}(?:ны|ні|ды|ді)|\w{2,}[кқпстшфхцчщ](?:ты|ті)|\w{4,}(?:ын|ін)"
                              r"|оны|мұны|бұны|соны|кімді|нені"
                              # (the pronouns in the accusative too short for the shapes above: «бәрін кешірді»)
                              r"|бәрін|өзін|мені|сені|бізді|сізді")
#: A word in the ablative
_ABLATIVE_WORD = re.compile(r"\w{2,}(?:дан|ден|тан|тен|нан|нен)")
#: The suffixes of the participles, past and present (қолдаған, қолдайтын)
PARTICIPLE_SUFFIX = "ған|ген|қан|кен|атын|етін|йтын|йтін"
#: Not a distributive numeral, which only ends like a participle (ондаған "tens of", миллиардтаған "billions of")
_NOT_DISTRIBUTIVE = r"(?!(?:он|жүз|мың|миллион|миллиард|триллион)(?:даған|деген|таған|теген)\Z)"
#: A participle or verbal noun, which takes its own object (қолдағаны, қолдауға)
_EMBEDDED_VERB = re.compile(_NOT_DISTRIBUTIVE
                            + r".{2,}(?:ған|ген|қан|кен)(?:ы|і|ын|ін|ына|іне|ынан|інен|ында|інде|дықтан|діктен)?"
                            r"|.{2,}[уү](?:ы|і|ға|ге|ды|ді|дың|дің|ын|ін|ына|іне|да|де|дан|ден|мен|ымен|імен)?"
                            # "those who …": a participle made a plural noun (қолдағандарға)
                            rf"|.{{2,}}(?:{PARTICIPLE_SUFFIX})(?:дар|дер|тар|тер|лар|лер)"
                            r"(?:ға|ге|ды|ді|дың|дің|да|де|дан|ден|мен|ы|і|ын|ін|ына|іне)?")
#: The tense endings a passive infix stands before
_PASSIVE_TENSE = "ды|ді|ған|ген|ады|еді|атын|етін"
#: The passive infix of a finite form or participle, before its ending: -ыл-/-іл-/-ын-/-ін- (жіберілді,
#: алынды), or -л- after a verb made with -ла/-да/-та (сотталды, айыпталды, тұтқындалды)
_PASSIVE_INFIX_RE = "ыл|іл|ын|ін|(?:ла|ле|да|де|та|те|ге|ке|са|се|ра|ре)л"
#: ... and the negative's -ма-/-ме- (-ба-, -па-) between the infix and the ending (тергелмеген, айыпталмады)
#: Active verbs made with -ла/-ле from a noun that ends in a vowel (талқы "discussion" → талқылады "discussed",
#: белгі → белгіледі "marked", қорытынды → қорытындылады "summed up", сара → саралады "analysed", зерде →
#: зерделеді "studied", жетеле → жетеледі "led", әшкере → әшкереледі "exposed"): their past, -лады/-леді, looks
#: like the present of the -ыл/-іл (-л) passive (шақырылады), but they take an object («Тәуелсіздік күнін
#: белгіледі»; their passives are талқыланды, белгіленді)
_ACTIVE_LA_PAST = r"(?!(?:талқыл|белгіл|қорытындыл|сарал|зердел|жетел|әшкерел)(?:ады|еді)$)"
_PASSIVE_VERB = re.compile(rf"{_ACTIVE_LA_PAST}.{{2,}}(?:{_PASSIVE_INFIX_RE})(?:ма|ме|ба|бе|па|пе)?"
                           rf"(?:{_PASSIVE_TENSE}|ып|іп)")


#: ... and a noun made with -ыш/-іш from a verb takes it as any noun (қорқынышы, қуанышы, өкініші; not
#: the agent nouns in -шы after a vowel or another consonant: тыңдаушы, басшы)
ISH_POSSESSED = re.compile(r".+[ыі]ш[ыі]")


def only_looks_possessed(low: str) -> bool:
    """Is the folded *low* an adjective, verbal noun, agent noun or converb that only looks
    possessed — not a -лық/-дық noun with the possessive (басымдығы, мүшелігі), nor one in -ыш
    (қорқынышы), which are?"""
    return _LOOKS_POSSESSED.fullmatch(low) is not None and _LYQ_POSSESSED.fullmatch(low) is None \
        and ISH_POSSESSED.fullmatch(low) is None and L_NOUN_POSSESSED.fullmatch(low) is None


def possessed_noun(word: str) -> bool:
    """Is *word* a noun with the third-person possessive (партиясы, шешімі), not an adjective, a
    verbal noun or a word that may be an accusative or a past verb?"""
    low = fold(word)
    return word.islower() and len(low) >= 4 and _POSSESSED_NOUN.fullmatch(low) is not None \
        and not _ACCUSATIVE_WORD.fullmatch(low) and not only_looks_possessed(low) and low not in ADVERBIAL_POSSESSED


#: Short possessed nouns that say when or how long, as adverbs and postpositions («екі жыл бойы»
#: "for two years", «2012 жылы» "in 2012", «түні» "at night"): nobody's (рөлі, ісі, елі are) — and
#: кемінде, "at least"
ADVERBIAL_POSSESSED = frozenset("бойы жылы түні күні кезі тұсы кемінде".split())
#: ... and with them the short pronouns, adverbs and numerals shaped like a possessed noun (бәрі "all of
#: them", өзі "itself", көбі "most of them", бірі "one of them", екі "two") and кісі "person", сары
#: "yellow", which have no possessive
SHORT_NOT_POSSESSED = ADVERBIAL_POSSESSED | frozenset("бәрі өзі көбі бірі әрі тағы бері екі алты жеті соны оны кісі "
                                                      "сары".split())


#: A consonant-stem noun with the third-person possessive in the accusative (шешімін, мақаласын):
#: also the shape of nouns in -ын/-ін (жиын, ақын), which is why :func:`possessed_noun` leaves it out
_POSSESSED_OBJECT = re.compile(r".{3,}[^аәеиоөұүыіуэюя](?:ын|ін)")


def possessed_object(word: str) -> bool:
    """Is *word* (lower case, six letters or more) shaped like a noun with the possessive in the
    accusative (шешімін "his decision")? Only for a place the English already makes a possessor's."""
    low = fold(word)
    return word.islower() and len(low) >= 6 and _POSSESSED_OBJECT.fullmatch(low) is not None


#: A consonant-stem noun with the third-person possessive in the dative, locative, ablative or
#: genitive (халқына, уәделеріне, шешімінде, сөзінен, ұйымының)
_POSSESSED_OBLIQUE = re.compile(r".{2,}[^аәеиоөұүыіуэюя](?:ына|іне|ында|інде|ынан|інен|ының|інің)")


def possessed_oblique(word: str) -> bool:
    """Is *word* (lower case) shaped like a noun with the possessive in an oblique case (уәделеріне "to
    his promises")? Also the shape of postpositional nouns (жөнінде, алдына): only for a place the English
    already makes a possessor's, with "'s"."""
    return word.islower() and _POSSESSED_OBLIQUE.fullmatch(fold(word)) is not None


def may_be_possessed(low: str) -> bool:
    """May the folded *low* carry the third-person possessive, in any case (a noun a genitive
    before it could own: шешімі, айтуынша, жолдауларын)? Past verbs and look-alikes are not."""
    if _PLURAL_POSSESSED_OBJECT.fullmatch(low) or _IA_POSSESSED_OBJECT.fullmatch(low):
        return True         # жолдауларын "their messages", делегациясын "its delegation": possessed, accusative
    return _ANY_POSSESSED.fullmatch(low) is not None and not _ACCUSATIVE_WORD.fullmatch(low) \
        and not only_looks_possessed(low) and low not in _POSSESSIVE_LOOK_ALIKES and low not in ADVERBIAL_POSSESSED


#: A plural with the third-person possessive in the accusative (жолдауларын, мүшелерін): no other word
#: ends so (the plain plural's accusative is -ларды)
_PLURAL_POSSESSED_OBJECT = re.compile(r".{2,}(?:лар|лер|дар|дер|тар|тер)(?:ын|ін)")
#: A noun in -ия (a loan: делегация, партия, комиссия) with the possessive in the accusative: no verb
#: stem ends in -ия, so -иясын is no imperative (жасасын "let him do")
_IA_POSSESSED_OBJECT = re.compile(r".{3,}ия(?:сын|сін)")


def plural_possessed_object(low: str) -> bool:
    """Is the folded *low* a plural with the possessive in the accusative (комитеттерін, "their committees")?"""
    return _PLURAL_POSSESSED_OBJECT.fullmatch(low) is not None


#: An accusative or a past verb for certain: -ды/-ді (жаншуды, шақырды), or -ты/-ті after a
#: consonant (соқты, қызметті); a noun in -т with the possessive has a vowel before it (қызметі)
ACCUSATIVE_OR_PAST = re.compile(r".+(?:ды|ді)|.+[кқпстшфхцчщ](?:ты|ті)")


def possessive_shape(low: str) -> bool:
    """Has the folded *low* the shape of a word with the third-person possessive, in any case
    (есебін, қызметі, адамдарының) — adjectives and -ны accusatives that share it included, not
    the sure accusatives and past verbs in -ды, -ты (the wider test than :func:`may_be_possessed`)?"""
    return _ANY_POSSESSED.fullmatch(low) is not None and ACCUSATIVE_OR_PAST.fullmatch(low) is None \
        and low not in _POSSESSIVE_LOOK_ALIKES


#: Words that end like a possessive and are none: numerals (екі "two", алты "six", жеті "seven"),
#: adverbs and conjunctions (жоғары "highly", әрі "and", тағы "again", бері "since", кері "back")
_POSSESSIVE_LOOK_ALIKES = frozenset("екі алты жеті жоғары ары әрі тағы бері ілгері кері "
                                    "кейін үшін бұрын гөрі ретінде".split())
#: (postpositions: "after", "for", "before", "than", "as")


#: A word whose ending can only be the accusative: a plural's -ды/-ді, or -ны/-ні
_CLEAR_ACCUSATIVE = re.compile(r".{2,}(?:лар|лер|дар|дер|тар|тер)(?:ды|ді)|.{3,}(?:ны|ні)")


def case_by_ending(low: str) -> str | None:
    """The case the folded *low* is in by an ending no other case has: "dat", "abl" or "ins" (see
    :func:`oblique_noun_case`), or "acc" (партияны, шешімдерді); else None."""
    return oblique_noun_case(low) or ("acc" if _CLEAR_ACCUSATIVE.fullmatch(low) else None)


#: An abstract noun in -лық/-лік, bare, which may take a dative complement (мүшелік, тәуелділік)
_ABSTRACT_NOUN = re.compile(r".{3,}(?:лық|лік|дық|дік|тық|тік)")


def abstract_noun(low: str) -> bool:
    """Is the folded *low* shaped like a bare abstract noun in -лық/-лік (мүшелік)?"""
    return _ABSTRACT_NOUN.fullmatch(low) is not None


#: A verbal noun in -у with the third-person possessive and no case after it (бағалауы, шешуі)
_BARE_POSSESSED_VERBAL_NOUN = re.compile(r".{3,}(?:уы|уі)")


def bare_possessed_verbal_noun(low: str) -> bool:
    """Is the folded *low* a verbal noun with the third-person possessive and no case ending
    (бағалауы "his estimate"), the noun an English possessive's owner does?"""
    return _BARE_POSSESSED_VERBAL_NOUN.fullmatch(low) is not None


#: Verbs of gathering somewhere, whose place is a dative («алаңға жиналды»)
_GATHERING = ("жинал", "топтас", "шоғырлан")


def gathering_verb(low: str) -> bool:
    """Is the folded *low* a form of a verb of gathering (жиналған, топтасты)?"""
    return low.startswith(_GATHERING)


def possessed_verbal_noun(low: str) -> bool:
    """Is the folded *low* a verbal noun with the possessive (кездесуі, қолдауымен): something a
    genitive before it owns?"""
    return VERBAL_NOUN.fullmatch(low) is not None


def may_own(low: str) -> bool:
    """Could a genitive before the folded *low* own it: a noun with the possessive (шешімі,
    айтуынша), a verbal noun with it (кездесуі), or a possessed noun made an attribute of place
    (сөзіндегі, "in his speech": «Тоқаевтың … сөзіндегі тұжырым»)?"""
    return may_be_possessed(low) or possessed_verbal_noun(low) or POSSESSED_PLACE_ADJECTIVE.fullmatch(low) is not None


def something_to_own(words: list[str]) -> bool:
    """Is there, among *words*, one a genitive before them could own (:func:`may_own`)?"""
    return any(may_own(fold(word)) for word in words)


#: Words in the dative, ablative or instrumental by their ending (тұтқындарға, елден, серіктеспен) ...
DATIVE_WORD = re.compile(r"\w{2,}(?:ға|ге|қа|ке|на|не)")
_INSTRUMENTAL_WORD = re.compile(r"\w{3,}(?:мен|бен|пен)")
#: ... but not words that only end like one (басқа "other", бірге "together", және "and"), nor pronouns in the
#: instrumental («онымен бірге», "together with it"), which make phrases of their own
NOT_CASE_WORDS = frozenset("басқа өзге бірге қарай дейін шейін кейін бері бойы және".split())
_PRONOUN_INSTRUMENTALS = frozenset("онымен мұнымен бұнымен сонымен осымен олармен бізбен сізбен менімен сенімен "
                                   "өзімен өзімізбен өздерімен солармен".split())
#: A participle, which heads its own clause («түрмеге қамалған»)
_PARTICIPLE = re.compile(rf"{_NOT_DISTRIBUTIVE}.{{2,}}(?:{PARTICIPLE_SUFFIX})")
#: A verbal noun or participle made a noun, with the possessive (кеткені, кетуін, қолдағанын, пайдаланатынын)
_NOMINALISED_VERB = re.compile(rf".{{2,}}(?:{PARTICIPLE_SUFFIX}|у|ю)(?:ы|і)(?:н|на|не|нда|нде|нан|нен|мен)?")
#: The copula made a noun with the possessive: «Қытайдың … қарсы екені», "that China is against"
_NOMINAL_COPULA = re.compile(r"екен(?:і|ін|іне|інде|інен|іміз|дігі|дігін|дігіне)")
#: A finite passive with the -ыл/-іл infix only (жөнелтіледі, шақырылды; not -ын, as in ұсынды "nominated")
#: (not a noun whose stem ends so, in the accusative: ереуілді "the strike", ауылды "the village")
_IL_PASSIVE = re.compile(rf"(?!(?:ереуіл|ауыл|көңіл|қызыл)(?:{_PASSIVE_TENSE})$){_ACTIVE_LA_PAST}"
                         rf".{{2,}}(?:ыл|іл)(?:{_PASSIVE_TENSE})")
#: Adverbs that end like a case ending (енді "now", әлі "still")
_ADVERBS_LIKE_CASES = frozenset("енді әлі тағы қайта әрдайым ешқашан мүлде әбден".split())


def ends_in_case(low: str, case: str) -> bool:
    """Does the folded *low* end with an ending of *case* ("loc", "dat"…), straight on the word or
    after the possessive (сайтында)?"""
    return low.endswith(tuple(BARE_ENDINGS[case].split() + POSSESSIVE_TAILS[case].split()))


def oblique_noun_case(low: str) -> str | None:
    """"dat", "abl" or "ins" if the folded *low* is a noun in that case by its ending, else None."""
    if low in NOT_CASE_WORDS or low in _PRONOUN_INSTRUMENTALS:
        return None
    if DATIVE_WORD.fullmatch(low):
        return "dat"
    if _ABLATIVE_WORD.fullmatch(low):
        return "abl"
    return "ins" if len(low) >= 6 and _INSTRUMENTAL_WORD.fullmatch(low) else None


#: Nouns whose stem ends in -ат/-ет (most of them loans), which with the possessive's accusative -ын/-ін
#: end as a present participle does: комитетін is "its committee", not a participle «комит-етін»
_AT_NOUNS = frozenset("""
    комитет қызмет үкімет мемлекет саясат ғимарат міндет сипат сурет әрекет плакат қаражат конденсат бюджет
    адвокат сұхбат рұқсат комбинат портрет кабинет келбет әдет газет қуат ақпарат мақсат табиғат құрмет
    жағдаят депутат мандат штат пикет билет пакет интернет сенат декрет әулет ниет қасиет мәдениет әдебиет
    азамат жамағат құжат аппарат секрет памфлет салтанат шапағат дәулет санат қабат қанат талант
""".split())


def participle(low: str) -> bool:
    """Is the folded *low* a participle (қамалған, қолдайтын) — not a noun in -ат/-ет with the
    possessive's accusative (комитетін, үкіметін)?"""
    return _PARTICIPLE.fullmatch(low) is not None and not (low.endswith(("ын", "ін")) and low[:-2] in _AT_NOUNS)


def nominalised_verb(low: str) -> bool:
    """Is the folded *low* a verbal noun or participle made a noun, with the possessive (кеткені)?"""
    return _NOMINALISED_VERB.fullmatch(low) is not None


def nominal_copula(low: str) -> bool:
    """Is the folded *low* the copula made a noun with the possessive (екені, екенін), or the
    reflexive pronoun with it («Назарбаевтың өзі», Nazarbayev himself) — words a genitive owns?"""
    return _NOMINAL_COPULA.fullmatch(low) is not None or low in _OWN_SELF


#: the reflexive pronoun with the possessive: «Назарбаевтың өзі таңдады», chosen by Nazarbayev himself
_OWN_SELF = frozenset("өзі өзін өзіне өзінде өзінен өзімен өзінің".split())


def il_passive(low: str) -> bool:
    """Is the folded *low* a passive with the -ыл/-іл infix (жөнелтіледі), which takes no object?"""
    return _IL_PASSIVE.fullmatch(low) is not None


def adverb_like_case(low: str) -> bool:
    """Is the folded *low* an adverb that ends like a case ending (енді, әлі)?"""
    return low in _ADVERBS_LIKE_CASES


def adverbial_word(low: str) -> bool:
    """Is the folded *low* a comparative (көбірек "more", азырақ, тезірек) or a word in -сыз/-сіз
    ("without": үнсіз "in silence", ескертусіз) — an adverb before a verb?"""
    return COMPARATIVE.fullmatch(low) is not None or _PRIVATIVE.fullmatch(low) is not None


#: A word in -сыз/-сіз, "without" (үнсіз, ескертусіз, себепсіз) — not a verb's polite present, which ends
#: so after its vowel or й (барасыз, сенесіз, қолдайсыз)
_PRIVATIVE = re.compile(r".{2,}(?<![аей])(?:сыз|сіз)")


#: The pronouns in the genitive too short for the ending's pattern (оның "his", бұның "of this")
_GENITIVE_PRONOUNS = frozenset("оның бұның мұның соның менің сенің".split())


def genitive_word(low: str) -> bool:
    """Is the folded *low* a word in the genitive (a pronoun's too: оның)?"""
    return _GENITIVE_WORD.fullmatch(low) is not None or low in _GENITIVE_PRONOUNS


def accusative_word(low: str) -> bool:
    """Is the folded *low* a word in the accusative (or a past verb in -ды/-ті)?"""
    return _ACCUSATIVE_WORD.fullmatch(low) is not None


def ablative_word(low: str) -> bool:
    """Is the folded *low* a word in the ablative?"""
    return _ABLATIVE_WORD.fullmatch(low) is not None


def instrumental_word(low: str) -> bool:
    """Is the folded *low* a word in the instrumental (серіктеспен, not the pronouns онымен …)?"""
    return oblique_noun_case(low) == "ins"


def embedded_verb(low: str) -> bool:
    """Is the folded *low* a participle or verbal noun (which governs its own object)? Not an adjective
    only shaped like one (үлкен, "big")."""
    return _EMBEDDED_VERB.fullmatch(low) is not None and low not in PLAIN_ADJECTIVES


#: A finite passive verb (құлатылды, жіберілді, ұсталады), no participle or converb
# (the hearsay past too: «Мәсімов қамауға алыныпты», Massimov has been arrested, they say)
_FINITE_PASSIVE = re.compile(rf"{_ACTIVE_LA_PAST}.{{2,}}(?:{_PASSIVE_INFIX_RE})(?:ды|ді|ады|еді|ыпты|іпті)")
#: A verbal noun in -у/-ю, bare or with a case or possessive ending (келтіру, қорғауға, сатуын)
_ANY_VERBAL_NOUN = re.compile(r".{3,}(?:у|ю)(?:ы|і)?(?:н|на|не|ға|ге|ды|ді|да|де|дан|ден|мен|ның|нің)?")
#: A participle made a noun, in the genitive, with no possessive (ұсталғандардың, "of those detained")
_NOMINAL_PARTICIPLE_GENITIVE = re.compile(r".{2,}(?:ған|ген|қан|кен)(?:дар|дер|тар|тер|лар|лер)?"
                                          r"(?:дың|дің|тың|тің|ның|нің)")


def finite_passive(low: str) -> bool:
    """Is the folded *low* a finite passive verb (құлатылды), which takes no object?"""
    return _FINITE_PASSIVE.fullmatch(low) is not None


#: a finite passive of a vowel stem, -л- or -н- after -ла/-да/-та (жасалды, сыналды, қабылданды; -н- is as
#: often reflexive, шағымданды "complained")
_VOWEL_STEM_PASSIVE = re.compile(r".{3,}[аеыі]л(?:ды|ді)|.{2,}[лдт][ае]н(?:ды|ді)")


def vowel_stem_passive(low: str) -> bool:
    """Is the folded *low* a finite passive or reflexive of a vowel stem (сыналды, қабылданды), which
    :func:`finite_passive` leaves out? (Where the -н- may be reflexive, a caller that needs a passive
    asks the English too.)"""
    return _VOWEL_STEM_PASSIVE.fullmatch(low) is not None


def any_verbal_noun(low: str) -> bool:
    """Is the folded *low* a verbal noun in -у/-ю, with or without endings (келтіру, қорғауға)?"""
    return _ANY_VERBAL_NOUN.fullmatch(low) is not None


def nominal_participle_genitive(low: str) -> bool:
    """Is the folded *low* a participle made a noun, in the genitive with no possessive (ұсталғандардың)?"""
    return _NOMINAL_PARTICIPLE_GENITIVE.fullmatch(low) is not None


#: A participle with the -л- of the passive (or the intransitive) after a stem of a vowel — жаса-л-ған,
#: тоқта-л-ған —, the stem long enough to be no root of its own (алған, салған, болған are "took",
#: "put", "was"), or the -н- after a stem in -ла/-ле (сайла-н-ған; not қолданған, "used")
VOWEL_STEM_PASSIVE_PARTICIPLE = re.compile(r".{3,}[аеыі]л(?:ған|ген)|.{2,}л[ае]н(?:ған|ген)")


#: A participle made a noun: plural, possessive and case endings after it («ұсталғандарға», to those
#: detained; «қамалғандардың»)
NOMINAL_PARTICIPLE = re.compile(r"(.{2,}(?:ған|ген|қан|кен))(?:дар|дер|лар|лер|тар|тер)?(?:ы|і)?"
                                r"(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|ды|ді|ты|ті|н|"
                                r"ның|нің|дың|дің|тың|тің|мен|бен|пен)?")


#: A verbal noun of a passive with the possessive (ұсталуы, босатылуы, сайлануы; -ын- after a stem in -л:
#: алынуы, салынуы), in any case
_PASSIVE_VERBAL_NOUN = re.compile(r"(?:.{2,}(?:ыл|іл|[ае]л|л[ае]н)|.+л(?:ын|ін))[уү][ыі](?:н|на|не|нда|нде|нан|нен)?")


def passive_verbal_noun(low: str) -> bool:
    """Is the folded *low* the possessed verbal noun of a passive ("the detention of": ұсталуы),
    which takes no object, only an owner?"""
    return _PASSIVE_VERBAL_NOUN.fullmatch(low) is not None


def passive_verb(low: str) -> bool:
    """Is the folded *low* a passive verb form (алынды, жіберілді)?"""
    return _PASSIVE_VERB.fullmatch(low) is not None


#: A past participle with a case ending straight on it, no possessive (ыдырағаннан, келгенде, басталғанға; the
#: participle itself the first group)
BARE_PARTICIPLE_CASE = re.compile(r"(.{2,}(?:ған|ген|қан|кен))(?:нан|нен|да|де|ға|ге|ды|ді|мен|ша|ше)"
                                  r"|.{3,}(?:ған|ген|қан|кен)(?:дай|дей)")     # (not ешқандай, "none")
#: ... of which the ablative and the locative close a clause of time, the ablative with a postposition after it
#: («алынғаннан бері», "since … was arrested"; «жіберілгеннен кейін»; «ұсталғанда», "when … was detained")
_TEMPORAL_ENDINGS = ("нан", "нен", "да", "де")
_TEMPORAL_POSTPOSITIONS = frozenset("бері кейін соң".split())


def passive_clause_end(words: list[str]) -> int | None:
    """Where in *words* (a name's clause after it) the passive verb stands whose subject the name may be: the
    clause's last word (алынды), or a passive participle closing a clause of time («… қамауға алынғаннан бері»,
    «ұсталғанда»); None if neither."""
    if words and passive_verb(fold(words[-1])):
        return len(words) - 1
    for k, word in enumerate(words):
        temporal = BARE_PARTICIPLE_CASE.fullmatch(fold(word))
        if temporal is not None and temporal.group(1) and fold(word).endswith(_TEMPORAL_ENDINGS) \
                and passive_verb(temporal.group(1)) and word.islower() \
                and (fold(word).endswith(("да", "де")) or (k + 1 < len(words)
                                                           and fold(words[k + 1]) in _TEMPORAL_POSTPOSITIONS)):
            return k
    return None
