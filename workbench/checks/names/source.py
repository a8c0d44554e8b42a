"""Source (English) checks: which glossary spellings the documents use, deprecated
spellings, inner-capital variants, and capitalised names no glossary row knows.

A place's deprecated English spelling is mostly its former name (Alma-Ata, Semipalatinsk,
Chimkent): wrong for today, right for the time it was in use. A sentence that says it speaks
of the Soviet years (a year up to 1991, "Soviet", "USSR") — every place renamed in the
glossary was renamed after 1991 — or that the name is an old one ("as many still call the
city", "then called") keeps it (:func:`former_name_cue`).

Keeping the noise low (measured on the bundled seeds, see tests/test_checks_source.py):
a capitalised word is a name candidate only if it is not a common English word
(:data:`STOP`: function words, frequent words, months, days, titles, nationality
adjectives). At a sentence start or in a title-case heading it must also look like a
name in the rest of the corpus: seen capitalised mid-sentence, or never seen in small
letters and not built like an ordinary word (-tion, -ing, -ly ...). A single
mid-sentence capitalised word that the corpus also uses in small letters ("the Left")
is not reported; two or more together are ("Socialist Movement"). Runs of capitalised
words, with "of", "the", "and", "&", "de" ... inside, are reported as one name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.text.segmentation import never_ends_a_sentence

from .matcher import Match, Tokens, fold, is_acronym

#: what places a sentence in the Soviet years: a year from 1900 to 1991, or the state's name ...
_SOVIET_TIMES = re.compile(r"(?<![\w.,/-])(?:19[0-8]\d|199[01])(?![\w/-]|[.,]\d)|\b(?:Soviet|USSR|SSR)\b")
#: ... or says the name is an old one, or one people still use ("as many still call the city")
_NAMED_AS_FORMER = re.compile(
    r"\b(?:formerly|(?:then|once|previously|still) (?:called|named|known as)|used to be called"
    r"|(?:old|former|Soviet-era) name"
    # ("Almaty, called Alma-Ata until 1993", "known as Tselinograd before 1992"; "renamed Nur-Sultan in 2019")
    r"|(?:called|named|known\s+as)\s[^.;:!?]*?\b(?:until|till|before|prior\s+to)\s+(?:19|20)\d\d|renamed"
    # (a time before a year of the renamings, "until 1997 the capital was in Alma-Ata"; an old habit of speech,
    # "older residents, out of habit, still spoke of Alma-Ata")
    r"|(?:until|till|before|prior\s+to)\s+(?:19\d\d|200\d)|out\s+of\s+habit"
    r"|(?:still|then|once)\s+(?:call(?:s|ed)?|spoke|speak|speaks|say|says|said|talk|talks|talked|wrote|write|writes)"
    r"(?:\s+(?:of|about))?)\b",
    re.IGNORECASE)


def former_name_cue(text: str) -> str | None:
    """The words of *text* that make a place's former name right in it: they place it in the
    Soviet years ("1986", "Soviet") or say the name is an old one ("as many still call it",
    "then called"); None when there are none."""
    found = _SOVIET_TIMES.search(text) or _NAMED_AS_FORMER.search(text)
    return found.group(0) if found else None


#: an opening quotation mark (after a space, a bracket or a dash, before a letter) and a closing
#: one (after a letter or punctuation, before a space, punctuation or the end): an apostrophe
#: inside a word ("Tokayev's", "don't") is neither
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[\u2014\u2013-]))['\"\u201c\u2018\u00ab](?=\S)")
_CLOSING_QUOTE = re.compile(r"(?<=\S)['\"\u201d\u2019\u00bb](?=$|[\s.,;:!?)\]\u2014\u2013-])")


def quoted(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a quotation (someone's words, a slogan, a headline quoted as
    written: "report 'from the streets of Alma-Ata'")? A former name there is what was said."""
    opening = None
    for found in _OPENING_QUOTE.finditer(text, 0, start + 1):     # (+1: the letter after it)
        opening = found
    if opening is None:
        return False
    if _CLOSING_QUOTE.search(text, opening.end(), start):
        return False                # (it closed before the name)
    return _CLOSING_QUOTE.search(text, max(end - 1, 0)) is not None


def english_common(word: str) -> bool:
    """Is *word* (capitalised; no inner capitals) an ordinary English word, by Hunspell's en_US
    list? Made-up names (KazMunayGas, Tengizchevroil) are not; "Total", "Rise" are."""
    if not word.isascii() or not word[1:].islower():
        return False
    from workbench.checks.qa.lexicon import english_words  # loaded the first time it is needed

    words = english_words()
    return words is not None and words.common(word)


MONTHS_DAYS = set("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thurs fri sat sun""".split())

TITLES = set("""mr mrs ms miss dr prof sir lord lady president minister prime foreign secretary general chairman
chair chairwoman co leader comrade premier chancellor shadow mp mep td senator governor mayor deputy vice
king queen prince saint st pope editor director professor colonel captain commander officer ambassador
judge justice speaker head chief member members""".split())

DEMONYMS = set("""kazakh kazakhs kazakhstani russian russians ukrainian ukrainians european europeans american
americans british english irish scottish welsh chinese soviet western eastern northern southern central
african asian arab arabic french german germans italian italians spanish polish turkish syrian belarusian
georgian armenian uzbek kyrgyz tajik turkmen muslim muslims christian christians jewish islamic
marxist marxists leninist leninists stalinist stalinists trotskyist trotskyists bolshevik bolsheviks
communist communists socialist socialists anarchist anarchists maoist maoists putinist western
westerners eurasian kazakhstanis algerian algerians iranian iranians egyptian egyptians indian indians
latin asian slavic""".split())

FUNCTION = set("""a an the and or but nor so yet for of in on at to from by with without within into onto upon
about above across after against along amid among around as before behind below beneath beside besides between
beyond despite down during except inside like near off out outside over past since than through throughout till
toward towards under underneath unlike until up via i me my mine myself we us our ours ourselves you your yours
yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves this
that these those who whom whose which what whatever whoever whichever where when why how there here then now
not no yes all any both each either neither every few many more most much other others some such own same
is am are was were be been being have has had having do does did doing will would shall should can could may
might must ought let lets if unless while whereas although though because whether once also only just even
still already again ever never always often sometimes soon very too quite rather almost perhaps maybe indeed
instead however therefore thus hence meanwhile moreover furthermore nevertheless nonetheless otherwise
one two three four five six seven eight nine ten first second third last next new old another
oh ok okay please thanks thank dear hello hi re fw note see""".split())

COMMON = set("""about according act action actions activist activists actually after again against age ago agreement
aid alliance alone already also although always amid among analysis and announced another answer anti any
appeal appeals april area areas army article as asked at attack attacks authorities authority back bad based
basic be became become been before began behind being believe best better between big bill bloc blood board
book both bourgeois bourgeoisie but by call called calls came campaign can capital capitalism capitalist
capitalists case cause centre center century change chance city civil class clear coalition come coming
committee committees common community companies company conditions conference congress constitution context
control council countries country course court crisis current day days dead death decades demand demands
democracy democratic demonstration demonstrations despite development dictator dictatorship did different
direct do does down during early east economic economy editorial election elections elite else emergency
end energy enough especially even events every everyone everything evidence example executive fact
fall far federal federation few fight final finally first following for force forces foreign former forward
free freedom from fuel full further future gas general get give given global go going good government
governments great group groups growing had half hand has have he help her here high him his history home
how however human i if imperialism imperialist important in including independence independent indeed
industry information initial instead interests international internet into is issue it its january join
joint just justice key kind know labor labour land large last later law leader leaders leadership least
left legal less let liberation life like little live local long look lot low made main major make making
man many march mass masses may me media meeting meetings member members message might military million
minister money month months more morning most movement movements much must my national nations near need
needs network never new news next night no north not nothing now number of off office official officials
oil old on once one only open opposition or order organisation organisations organization organizations
other others our out over own paper parliament part parties party past peace people per perhaps period
picket place plan platform point police policy political politics poor popular population post posted
posts power powers press price prices prison prisoners program programme protest protesters protests
public put question rather read real really reason recent recently red reform regime region regional
release released report reports repression republic resistance revolution revolutionary right rights
rise round rule ruling said same say says second security see sent september service set several she
should show side since situation small so social socialism society solidarity some soon south speech
speeches spoke square start state statement statements states still stop strike strikes strong struggle
struggles such support supporters sure system take taken talk task than that the their them then there
these they thing things this those though thousands through time times to today together too took
towards trade troops true two under union unions unity until up upon uprising us use used very via
victims view voice vote wage wages want war was way we wealth week weeks well went were west what when
where whether which while white who whole why will with without work worker workers working world would
year years yes yet you young your""".split())

STOP = FUNCTION | COMMON | MONTHS_DAYS | TITLES | DEMONYMS
_LEAD = FUNCTION | MONTHS_DAYS | TITLES
STOP_ACRONYMS = set("""I II III IV V VI VII VIII IX X XI XII XX XXI OK AM PM USD EUR GBP GDP CEO CFO AGM
FAQ PS NB AKA ETC PDF URL HTML UTC GMT BC AD""".split())
CONNECTORS = {"of", "the", "and", "de", "du", "del", "della", "la", "le", "van", "von", "der", "al", "el",
              "y", "for", "on", "in", "da", "di"}
_GROUP_GAP = re.compile(r"^[ \t\-&*/'’]*$")
_ORDINARY_SUFFIX = re.compile(
    r"(?:tion|tions|sion|sions|ment|ments|ness|ity|ities|ing|ings|ed|ly|ive|ives|ous|ful|less|ism|isms|ist|ists"
    r"|ance|ances|ence|ences|ers|ies|able|ible|ary|ory|ship|hood|ward|wards|ise|ize|ised|ized|est|ial|ical)$"
)


_IDEOLOGY = re.compile(r"(?:ism|isms|ist|ists)$")
#: web addresses, e-mail addresses and paths: their words are no usage of a word
#: («…/london-picket-of-kazakhstan-embassy/» does not make "Kazakhstan" an ordinary word)
_ADDRESS = re.compile(r"(?i)\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S*/\S*/\S*")


@dataclass
class Vocabulary:
    """What the corpus says about words: seen in small letters, seen capitalised mid-sentence."""

    lower: set[str] = field(default_factory=set)
    capital_mid: set[str] = field(default_factory=set)

    def learn(self, text: str) -> None:
        toks = Tokens.of(_ADDRESS.sub(" ", text) if "/" in text or "@" in text or "www." in text else text)
        heading = looks_like_heading(toks)
        for i, w in enumerate(toks.words):
            if w[:1].islower():
                self.lower.add(toks.folded[i])
            elif w[:1].isupper() and not heading and not toks.sentence_initial(i) and not w.isupper():
                self.capital_mid.add(toks.folded[i])

    def __bool__(self) -> bool:
        return bool(self.lower or self.capital_mid)


def looks_like_heading(toks: Tokens) -> bool:
    """Title case: most longer words capitalised and no final full stop."""
    if toks.text.rstrip().endswith("."):
        return False
    long_words = [w for w in toks.words if len(w) > 3 and w[:1].isalpha()]
    if len(long_words) < 3:
        return False
    caps = sum(1 for w in long_words if w[:1].isupper())
    return caps / len(long_words) >= 0.75


def all_caps(toks: Tokens) -> bool:
    if toks.text != toks.text.upper():
        return False            # a small letter somewhere: the usual case, decided at once
    letters = [w for w in toks.words if any(c.isalpha() for c in w)]
    return len(letters) >= 3 and all(w.isupper() for w in letters)


def _ordinary(word: str, vocab: Vocabulary) -> bool:
    low = fold(word)
    return low in STOP or low in vocab.lower or bool(_ORDINARY_SUFFIX.search(low))


def _namey(toks: Tokens, i: int, vocab: Vocabulary, heading: bool, caps: bool,
           name_words: frozenset[str] = frozenset()) -> bool:
    word = toks.words[i]
    low = toks.folded[i]
    if not word[:1].isupper() or not any(c.isalpha() for c in word):
        return False
    if low in name_words:
        return False        # the head word of known names on its own: "the Embassy", "Embassy staff"
    if len(word) == 1:
        return False
    if is_acronym(word):
        if caps or word in STOP_ACRONYMS or not word.isalpha() or low in STOP or low in vocab.lower:
            return False
        return len(word) >= 2
    if low in STOP or _IDEOLOGY.search(low) or _abbreviated_title(toks, i):
        return False
    if heading or toks.sentence_initial(i):
        # only with evidence from the corpus: the word is capitalised mid-sentence elsewhere
        return low in vocab.capital_mid and not _ordinary(word, Vocabulary())
    return True


def _abbreviated_title(toks: Tokens, i: int) -> bool:
    """Is token i an abbreviation that never ends a sentence, with its full stop ("Gen.", "Col.",
    "Sgt."): a title before a name, no name itself?"""
    return i + 1 < len(toks.words) and toks.gap(i + 1).startswith(".") \
        and never_ends_a_sentence(toks.words[i])


@dataclass(frozen=True, slots=True)
class UnknownName:
    text: str
    start: int          # token indexes
    end: int


def unknown_names(toks: Tokens, covered: list[bool], vocab: Vocabulary,
                  name_words: frozenset[str] = frozenset()) -> list[UnknownName]:
    """Capitalised names and acronyms not covered by a glossary match. *name_words* are the
    later words of the glossary's multiword names (Embassy, Region, Council): alone, they refer
    back to a known name or are the ordinary noun, never an unknown name."""
    n = len(toks.words)
    heading = looks_like_heading(toks)
    caps = all_caps(toks)
    out: list[UnknownName] = []
    i = 0
    while i < n:
        w = toks.words[i]
        if covered[i] or not w[:1].isupper():
            i += 1
            continue
        # grow a run of capitalised tokens (connectors allowed inside)
        j = i + 1
        last_cap = i
        while j < n and not covered[j] and _GROUP_GAP.match(toks.gap(j)):
            wj = toks.words[j]
            if wj[:1].isupper():
                last_cap = j
                j += 1
            elif toks.folded[j] in CONNECTORS and j + 1 < n and toks.words[j + 1][:1].isupper() \
                    and not covered[j + 1] and _GROUP_GAP.match(toks.gap(j + 1)):
                j += 1
            else:
                break
        end = last_cap + 1
        caps_idx = [k for k in range(i, end) if toks.words[k][:1].isupper()]
        namey = [k for k in caps_idx if _namey(toks, k, vocab, heading, caps, name_words)]
        keep = bool(namey)
        initial = heading or toks.sentence_initial(i)
        if keep and len(caps_idx) == 1 and not is_acronym(toks.words[i]) and not initial:
            keep = toks.folded[i] not in vocab.lower
        if not keep and not heading and not caps:
            # two or more capitalised words together mid-sentence: a name ("Left Bloc")
            inner = [k for k in caps_idx if not toks.sentence_initial(k)]
            keep = len(inner) >= 2 and any(toks.folded[k] not in _LEAD and toks.folded[k] not in DEMONYMS
                                           and not _IDEOLOGY.search(toks.folded[k]) for k in inner)
        if keep:
            # trim leading/trailing function words and titles ("The", "President") that are not names
            s, e = i, end
            while s < e and s not in namey and (toks.folded[s] in _LEAD or _abbreviated_title(toks, s) or (
                    toks.sentence_initial(s) and toks.folded[s] in STOP)):
                s += 1
            while e > s and (e - 1) not in namey and (toks.folded[e - 1] in _LEAD or _abbreviated_title(toks, e - 1)):
                e -= 1
            while s < e and toks.words[s][:1].islower():
                s += 1
            if s < e and (e - s > 1 or any(k in namey for k in range(s, e)) or is_acronym(toks.words[s])) \
                    and not editorial_gloss(toks, covered, s, e):
                out.append(UnknownName(toks.span_text(s, e), s, e))
        i = end
    return out


_OPEN_BRACKET = re.compile(r"^\s*\[\s*$")
_CLOSE_BRACKET = re.compile(r"^\s*\]")


def editorial_gloss(toks: Tokens, covered: list[bool], s: int, e: int) -> bool:
    """Words in square brackets right after a known name are the editor's gloss of it
    ("the Council of Aksakals [Elders]"), not another name."""
    if s == 0 or not covered[s - 1] or not _OPEN_BRACKET.match(toks.gap(s)):
        return False
    return bool(_CLOSE_BRACKET.match(toks.text[toks.spans[e - 1][1]:]))


def covered_mask(n: int, matches: list[Match]) -> list[bool]:
    mask = [False] * n
    for m in matches:
        for k in range(m.start, m.end):
            mask[k] = True
    return mask
