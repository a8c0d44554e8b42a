"""What the English source says about a name's role: its doer, an object, a modifier.

The target rules (:mod:`.target`) read a name's case in the translation against the English
around the same name: whether it is the subject of an active verb or a passive's agent, and
whether it modifies the word after it. Three readings of "modifies the word after it" are kept
apart on purpose, from the loosest to the strictest, because the rules that use them were each
tuned to one: any word in small letters after the name (:func:`word_in_small_letters_after`),
one that is no function word (:func:`content_word_after`), and one that is no verb, function
word or adverb either (:func:`noun_next`).
"""

from __future__ import annotations

import re

#: An English verb right before a name makes the name its object ("thanked Paul Murphy", "met
#: Tokayev"). The irregular pasts of verbs that take an object: the ones that take none, "came",
#: "rose", "fell", "went", "stood", are not here, nor "became", which links.
IRREGULAR_OBJECT_PASTS = (
    "beat bit blew bore bound bent bought brought broke built burnt cast caught chose clung cut dealt drew drove "
    "dug fed felt fought found forbade forgave forgot froze gave got ground held hid hit hung hurt kept knew known "
    "laid led left lent let lit lost made meant met misled overcame overran overthrew overtook paid put quit read "
    "rebuilt rode ran rang saw seen sought sold sent set sewed shed shook shot shut slew slung spent split spread "
    "stole struck stuck stung swept swore swung taught tore told thought threw took understood upheld upset "
    "withdrew withheld won wore wound woke wrung "
    # (and the participles that differ from the past, after "had", "has", "have": "had run Kazakhstan since …")
    "run taken given chosen written driven broken forgotten stolen shaken beaten overtaken overthrown withdrawn "
    "thrown shown sworn torn worn ridden bitten"
).split()

#: Words after an object that show the name modifies nothing after it
_FUNCTION_WORDS = frozenset("in at on of for from to with by into over after before during about against under "
                            "between through without within across among towards toward despite via "
                            "outside inside near beside behind around beyond along alongside amid upon throughout "
                            "and or but as than "
                            "off out up down away back "
                            "rather more less too again also because since when while if until who which that so "
                            "the a an this these those his her their its our".split())
#: An active past verb right after the name (an adverb allowed; a parenthetical between commas,
#: "The CPRF, led by Gennady Zyuganov, backed …", "Paul Murphy, who had met them, said …"; and where
#: it is, "in Zhanaozen"): the name is its subject
_SUBJECT_VERB_PATTERN = (r"(?:\s*,[^,;:.()]{1,80},)?"
                         # (a place the name is in: "The Council of Aksakals in Zhanaozen asked …")
                         r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})?"
                         r"\s+(?:(?:[a-z]+ly|alone|also|then|later|soon|again|still|even|once|first|never|already|"
                         r"himself|herself|itself|themselves)\s+)?"
                         r"PERFECT"
                         r"([a-z]+ed|wrote|spoke|said|began|became|did|went|"
                         r"came|" + "|".join(sorted(set(IRREGULAR_OBJECT_PASTS))) + r"|"
                         # the present of verbs of saying and doing, as headlines and timelines use it
                         # ("January 2022 — The EU calls on …", "KazMunayGas promises to review pay")
                         r"says|calls|promises|demands|urges|accuses|claims|announces|warns|insists|denies|"
                         r"sends|condemns|criticises|criticizes|argues|writes|tells|asks|reports|declares|"
                         r"rejects|blames|praises|pledges|vows|signs|issues|publishes|launches|appeals|refuses|"
                         r"joins|leads|opens|welcomes|organises|organizes|supports|opposes|meets|wins)\b")
_SUBJECT_VERB = re.compile(_SUBJECT_VERB_PATTERN.replace("PERFECT", ""))
#: ... or the verb of a future or a conditional ("hoped that Nazarbayev would punish …", "Tokayev will resign"), not
#: a passive's or a possession's auxiliary after it ("would be punished" may be said without a subject: «Токаева
#: накажут»); not after "can", "must" or "should", which Russian and Kazakh may say with a dative («Токаеву нужно»,
#: «Тоқаевқа … мүмкіндік беру», "so that Tokayev could …")
_SUBJECT_MODAL = re.compile(_SUBJECT_VERB_PATTERN.split("PERFECT")[0]
                            + r"(?:will|would)\s+(?:not\s+|never\s+)?"
                            r"(?!(?:be|have|get|need|not|never)\b)([a-z]{3,})\b(?!')")
#: ... and with a perfect's auxiliary before the verb ("the Organisation had discussed", "has never sent"), which
#: English also uses inside clauses that Kazakh says with a genitive subject ("the line Tokayev had used")
_SUBJECT_PERFECT = re.compile(_SUBJECT_VERB_PATTERN.replace(
    "PERFECT", r"(?:(?:has|have|had)\s+(?:(?:not|never|already|also|just)\s+)?)?"))
#: A question's auxiliary right before the name ("Why did Biden …"), whose verb comes after it ...
_AUXILIARY_BEFORE = re.compile(r"\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]ould|[Cc]an|[Ss]hould)\s+(?:the\s+)?$")
#: ... in its plain form, a negation or an adverb allowed between ("did Biden not condemn")
_INVERTED_VERB = re.compile(r"\s+(?:(?:not|never|really|actually|ever|also|even|still)\s+)?"
                            # (never the adverb itself, where the verb after it is short: "can the CSTO really be
                            # compared")
                            r"(?!(?:not|never|really|actually|ever|also|even|still)\b)([a-z]{2,})\b(?!')")
#: ... but not one whose subject undergoes something, which Kazakh and Russian may turn round
_UNDERGOING = frozenset("received got needed wanted liked lacked faced suffered lost gained obtained heard "
                        "learned learnt saw felt knew found owed inherited underwent experienced "
                        # (and their plain forms, as a question has them after its auxiliary: "Why does Kazakhstan need
                        # soldiers?", «Қазақстанға … солдаттар не үшін керек?»)
                        "receive get need want like lack face suffer lose gain obtain hear learn see feel know find "
                        "owe inherit undergo experience "
                        # (caring, which Kazakh and Russian say as what worries someone: «… Америка Құрама Штаттарын
                        # алаңдатады», «… волнует США»)
                        "cared care cares "
                        # (liking and disliking, which Kazakh says as what pleases someone: «Мәскеуге ұнамайтын»,
                        # "that Moscow will not enjoy")
                        "enjoy enjoys enjoyed dislike dislikes disliked".split())
#: Adverbs without -ly that may follow a name ("in Almaty later")
_ADVERBS = frozenset("later earlier now then today yesterday tomorrow here there again too also still yet soon "
                     "already ago alone together abroad home instead however though once twice first last "
                     "more less most least only even just next ever never since "
                     "late early".split())     # ("spoke to Kurmanov late at night")
#: Verbs and auxiliaries that follow a subject
_VERB_WORDS = frozenset("is was were are be been has have had will would could can may might must should shall "
                        "did does do said says wrote spoke began became went came "
                        # (and the pasts of verbs that take no object: "the anniversary fell on …")
                        "fell rose grew stood sat lay arose fled flew slept sank "
                        # (and the presents of being somewhere or somehow: "the Committee remains in charge")
                        "remains stays seems appears lives".split())
#: Words that show a name is not at the start of its clause
_NOT_SUBJECT = frozenset("in at on for from to with by into over after before during of about against "
                         "through under between among without within across towards toward than like as "
                         "outside inside near beside behind opposite beyond around throughout despite "
                         "including until "
                         "is was were are be been being has have had will would said told".split())
#: A time phrase at the start of a sentence, without the comma that would end it ("During the
#: uprising", "In January 2022", "On 5 January"): a name after it may begin the clause
_FRONTED_TIME = re.compile(r"\s*(?:During|Throughout|After|Before|Since|Until|Till|By|In|On|Within|Later|Earlier|"
                           r"Last|This)"
                           r"\s+(?:the\s+)?(?:(?:uprising|protests?|strikes?|unrest|crisis|events|night|morning|"
                           r"evening|day|week|month|year|winter|days|weeks|months|years|first|last|same|next|"
                           r"following|early|late|\d{1,4}|January|February|March|April|May|June|July|August|"
                           r"September|October|November|December)(?:\s+|$))+")
#: what may stand between a preposition or a verb and the place it governs without changing what
#: governs it: "the whole of", "the neighbouring" ("spread to the neighbouring Atyrau Region": the region
#: is still where it spread to; not "the rest of", whose noun the place then owns) ...
WHOLE_OF = r"(?:(?:whole\s+of|entire|neighbou?ring)\s+(?:the\s+)?)?"
#: ... after an article ("to a Council of Aksakals" as "to the Council")
# (and a year after the article: "since the 2011 Zhanaozen massacre"; not after the preposition alone, "in 2022
# Russia flew in", where the year is the time and the name the subject)
#: ... and an owner in "'s" before it ("the intervention of the new tsar's Holy Alliance": the name is still the
#: preposition's)
#: (a common noun only: after a name's "'s", "on Paul Murphy's Facebook page", the name is that owner's thing)
_OWNER_ASIDE = r"(?-i:(?:[a-z]+\s+)?[a-z]+['\u2019]s\s+)?"
_ASIDE = r"(?:(?:the|a|an|his|her|its|their|our|my|your)\s+(?:(?:1[89]|20)\d\d\s+)?)?" + WHOLE_OF + _OWNER_ASIDE


#: how far from the end of the text a :func:`right_before` pattern can begin (its words, the aside)
_TAIL = 120


class TailPattern:
    """A pattern anchored at the end of the text (:func:`right_before`), searched only in the text's
    last :data:`_TAIL` characters: the English before a name is read by dozens of such patterns for
    every name, and a search from the start of a long sentence would try every position."""

    __slots__ = ("pattern",)

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text, max(0, len(text) - _TAIL))


def right_before(words: str) -> TailPattern:
    """A pattern for English *words* (a regular expression, alternatives allowed) standing right
    before a name, "the" (and "the whole of", "the neighbouring") aside: ``right_before("into|onto")``
    finds "spilled over into the "."""
    return TailPattern(re.compile(rf"(?i)\b(?:{words})\s+{_ASIDE}$"))


#: A noun, then "by" right before the name ("a short speech by Simon Hannah", "the statement by
#: the CSTO", a headline's "Statement by the DSA"): the name is its author, a possessor in Kazakh
#: and Russian (not after a passive participle, :data:`PASSIVE_BY`)
_AUTHORED_BY = re.compile(r"(?i)(?:^\s*|\b(?:a|an|the|this|that|his|her|its|their|any|no|every|each|some)\s+)"
                          r"(?:[a-z-]+\s+){0,2}[a-z]+\s+"
                          r"by\s+(?:the\s+)?$")


def authored_by(before: str) -> bool:
    """Does the English *before* a name end with a noun and "by" ("a speech by"), not a passive?"""
    return _AUTHORED_BY.search(before) is not None and PASSIVE_BY.search(before) is None


#: A message, then "from" right before the name ("a message from the Ukrainian Socialist League",
#: "greetings from Paul Murphy"): the name is its sender, who owns it in Kazakh and Russian
_MESSAGE_FROM = re.compile(r"(?i)\b(?:message|letter|statement|greeting|appeal|telegram|note|call|order|"
                           r"instruction|request|invitation|declaration|address|communiqu[eé])s?\s+from\s+"
                           r"(?:the\s+)?$")


def message_from(before: str) -> bool:
    """Does the English *before* a name end with a message and "from" ("a letter from")?"""
    return _MESSAGE_FROM.search(before) is not None


#: The irregular past participles of verbs a passive is made of, those not in -ed or -en
#: ("drawn up by", "shown by", "sworn in by"): the regular ones are matched by their ending
IRREGULAR_PARTICIPLES = (
    "bound bent bought brought built burnt cast caught cut dealt done drawn dug fed felt flown fought found "
    "ground grown heard held hit hung hurt kept known laid led left lent let lit lost made meant met misled "
    "overcome overrun overthrown paid put quit read rebuilt run rung said shown sought sold sent set sewn shed "
    "shot shut slain spent split spread struck stuck stung swept sworn taught torn told thought thrown "
    "understood upheld upset withdrawn withheld won worn wound"
).split()

_IRREGULAR_PARTICIPLE_SET = frozenset(IRREGULAR_PARTICIPLES)


def past_participle(word: str) -> bool:
    """Is the lower-case English *word* shaped like a past participle a passive is made of (taken,
    held, sent, arrested)?"""
    return word.endswith(("ed", "en")) or word in _IRREGULAR_PARTICIPLE_SET


#: A passive participle (and an adverb), then "by" right before the name
PASSIVE_BY = re.compile(r"(?i)\b(?:\w+ed|\w+en|" + "|".join(IRREGULAR_PARTICIPLES) + ")"
                        r"(?:\s+(?:out|up|off|down|over|through|back|away))?"    # "carried out by"
                        # a short place, time or recipient between: "tabled in the Dáil by", "signed on 5
                        # January by", "sent to the convicted workers by"
                        r"(?:\s+(?:in|at|on|during|to)\s+(?:the\s+)?[\w\u00c0-\u024f'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?)?"
                        # "among others", "in particular", "above all" between ("signed among others by")
                        r"(?:,?\s+(?:among\s+others|inter\s+alia|in\s+particular|above\s+all|notably|also),?)?"
                        r"(?:\s+\w+ly)?\s+by\s+(?:the\s+)?$")
#: an English passive: a form of "be", an adverb or two, a past participle ("was taken", "has never
#: been independently investigated")
PASSIVE_VERB = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:(?:[a-z]+ly|often|always|still|sometimes)\s+){0,2}"
                          r"(?:[a-z]{2,}ed|" + "|".join(IRREGULAR_PARTICIPLES) + r"|taken|given|written|seen|"
                          r"chosen|driven|broken|spoken|beaten|hidden|forgotten|eaten)\b")


def passive_right_after(after: str) -> bool:
    """Is the English right *after* a name a passive verb ("had been attacked", "was never detained")?"""
    # (a modal of necessity before it too: "had to be called in", "has to be released")
    lead = re.match(r"\s+(?:(?:had|has|have|will|would|could|might|must|should|may|ought)(?:\s+to)?\s+)?"
                    r"(?:(?:not|never|already|also)\s+)?", after)
    return lead is not None and PASSIVE_VERB.match(after, lead.end()) is not None


def word_in_small_letters_after(after: str) -> bool:
    """Is the English after a name a word in small letters, which the name may modify ("the
    Kashagan project", "Tengizchevroil workers")?"""
    return re.match(r"\s+[a-z]", after) is not None


def content_word_after(after: str) -> bool:
    """Is the first word after a name in small letters and no function word ("Tengizchevroil
    workers", "Tokayev refused" — a verb counts)?"""
    following = re.match(r"\s*([A-Za-z]*)", after)
    return following is not None and following.group(1).islower() and following.group(1) not in _FUNCTION_WORDS


def adverb_after(after: str) -> bool:
    """Is the first word after a name an adverb ("met Putin twice", "spoke to Kurmanov yesterday",
    "criticised Tokayev sharply"), which the name does not modify?"""
    following = re.match(r"\s*([a-z]+)\b", after)
    return following is not None and (following.group(1) in _ADVERBS or following.group(1).endswith("ly")
                                      or _ADVERB_OF_TIME.match(after) is not None
                                      or _ADVERB_PHRASE.match(after) is not None)


#: adverbial phrases of two words whose first is no adverb ("celebrate Independence Day any more", "at all")
_ADVERB_PHRASE = re.compile(r"\s*(?:any\s+(?:more|longer)|at\s+all|once\s+more|in\s+full|in\s+person)\b")
#: a word that is an adverb before a word of time ("criticised Tokayev long before January", "well after"); and a span
#: of time that "ago", "later" or "earlier" makes an adverb ("banned the party years ago", "freed Massimov two days
#: later"), no noun the name modifies
_ADVERB_OF_TIME = re.compile(r"\s*(?:(?:long|well|right|straight)\s+(?:before|after|ago|since|away)|(?:[a-z]+\s+)?"
                             r"(?:years|months|weeks|days|hours|decades)\s+(?:ago|later|earlier))\b")


#: what follows an -ing word that makes it a participle with an object or complement, not a noun
_PARTICIPLE_WITH_OBJECT = re.compile(r"\s+(?:the|a|an|that|this|these|those|his|her|their|its|our|them|him|"
                                     r"to|for|on|with|against|about)\b")


_DETERMINER_NEXT = re.compile(r"\s+(?:a|an|the|his|her|their|its|our|my|this|that|these|those|some|every)\s+[a-z]")


def second_object_next(after: str) -> bool:
    """Is a noun (phrase) right after the name, as the thing given in a double object ("sent
    Kurmanov the list", "offered Tokayev military aid")?"""
    return _DETERMINER_NEXT.match(after) is not None or noun_next(after)


#: What follows a verb rather than a noun a name modifies: a name or an article, determiner or
#: pronoun opening an object ("accuse Tengizchevroil", "demand the release", "urge them")
_OBJECT_NEXT = re.compile(r"\s+(?:[A-Z]|(?:the|a|an|his|her|its|their|our|this|these|those|them|him|us)\b)")


def noun_next(after: str) -> bool:
    """Is the English word after a name one it may modify ("Charing Cross police station") — in
    small letters, and no verb ("refused", "was"), function word or adverb?"""
    found = re.match(r"\s+([a-z]+)\b", after)
    if found is None:
        return False
    word = found.group(1)
    if word.endswith("ing") and _PARTICIPLE_WITH_OBJECT.match(after, found.end()):
        return False    # "Tokayev demanding the release …": a participle with its object, no noun
    if _OBJECT_NEXT.match(after, found.end()):
        return False    # "workers in Atyrau Region accuse Tengizchevroil": a verb and its object, no noun
    if word.endswith("s") and not word.endswith("ss") and re.match(r"\s+(?:on|upon|for)\b", after[found.end():]):
        return False    # "the Left Bloc calls on soldiers", "asks for": a verb in -s and its preposition
    return not (word in _FUNCTION_WORDS or word in _VERB_WORDS or word in _ADVERBS
                or word.endswith(("ed", "ly")) or word in IRREGULAR_OBJECT_PASTS)


def plural_noun_next(after: str) -> bool:
    """Is the English word after a name a plural noun it modifies ("the KazMunayGas subsidiaries"), not one the name
    names itself ("the KazMunayGas group", «группы компаний «КазМунайГаз»»)?"""
    found = re.match(r"\s+([a-z]+)\b", after)
    return found is not None and found.group(1).endswith("s") and not found.group(1).endswith("ss") \
        and noun_next(after)


#: The reflexive pronouns, which stress a name or the clause's subject after a name ("Almaty itself", "set up the
#: Council of Aksakals themselves"): no noun the name modifies
_REFLEXIVES = frozenset("himself herself itself themselves ourselves myself yourselves yourself".split())


def reflexive_after(after: str) -> bool:
    """Is the English word right after a name a reflexive pronoun ("Almaty itself", "… themselves")?"""
    found = re.match(r"\s+([A-Za-z]+)\b", after)
    return found is not None and found.group(1).lower() in _REFLEXIVES


#: Where an English clause starts: punctuation, a conjunction — and "that" after a verb of saying, knowing or finding,
#: which opens a clause ("recalled that Nazarbayev …"), not a relative "that" after a noun ("the message that Xi
#: Jinping sent", whose subject Kazakh puts in the genitive)
_SUBJECT_CLAUSE_BREAK = re.compile(
    r"[.,;:!?()\u2013\u2014]|\b(?:and|but|while|when|because|although|though|then|after|before|until|since|once|unless)\b"
    r"|\b(?:[a-z]{2,}ed|said|told|knew|thought|felt|found|wrote|heard|says?|confirms?|believes?|knows?|thinks?|"
    r"claims?|argues?|insists?|admits?|denies|deny|shows?|recalls?|reports?|notes?|warns?|hopes?|fears?|agrees?|"
    r"means?|suggests?|adds?)\s+that\b")


def _last_clause_break(before: str) -> re.Match[str] | None:
    """The last of :data:`_SUBJECT_CLAUSE_BREAK` in *before*: the name's clause starts after it."""
    breaks = list(_SUBJECT_CLAUSE_BREAK.finditer(before))
    return breaks[-1] if breaks else None


def opens_that_clause(before: str) -> bool:
    """Does the English before a name end its last clause break with "that" after a verb of saying or knowing
    ("Members recalled that in 2019 …"): the name is in a reported clause, which Kazakh makes a noun?"""
    found = _last_clause_break(before)
    return found is not None and found.group().endswith("that")


def subject_position(before: str) -> bool:
    """Does the English before a name leave it at the start of its clause — nothing, a comma, a
    conjunction or a title phrase ("UN human rights chief")?"""
    if _LIST_AFTER_PREPOSITION.search(before):
        return False        # "belongs to the Eurasian Economic Union and the CIS": the last of a preposition's list
    last = _last_clause_break(before)
    tail = before if last is None else before[last.end():]
    # (a time phrase first in the sentence, or first in a clause after "that", written there in small letters:
    # "recalled that in 2019 Nazarbayev handpicked")
    if last is None:
        fronted = _FRONTED_TIME.match(tail)
    elif last.group().endswith("that"):
        fronted = _FRONTED_TIME.match(tail[:1] + tail[1:2].upper() + tail[2:])     # (tail[0] is the space after it)
    else:
        fronted = None
    if fronted is not None:
        tail = tail[fronted.end():]     # "During the uprising Facebook removed …": a time phrase first
    words = re.findall(r"[A-Za-z'][A-Za-z'-]*", tail)
    # (past an article between: "Citing the BBC, several outlets reported …")
    verb_at = -2 if len(words) >= 2 and words[-1].lower() in ("the", "a", "an") else -1
    if len(words) >= -verb_at and _ING_VERB.fullmatch(words[verb_at].lower()) \
            and (len(words) == -verb_at or words[verb_at - 1].lower() not in DETERMINERS):
        return False        # "contractors servicing Kashagan sent …": the participle's object (not "that evening")
    # (a hyphenated word in -ed is an adjective: "The Putin-dominated CSTO sent …", "the Russian-led force")
    return not any(word.lower() in _NOT_SUBJECT or (word.lower().endswith("ed") and "-" not in word) for word in words)


#: A preposition, a name (its words capitalised) and "and"/"or" right before a name: the name ends the
#: preposition's list
_LIST_AFTER_PREPOSITION = re.compile(r"\b(?:to|in|at|on|for|from|with|by|into|of|about|against|between|among)\s+"
                                     r"(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w'\u2019-]*)*"
                                     r"\s+(?:and|or)\s+(?:the\s+)?$")
#: A participle or gerund in -ing (the word before it no determiner: "that evening" is a noun)
_ING_VERB = re.compile(r"[a-z]{3,}ing")
DETERMINERS = frozenset("the a an that this these those each every one last next same whole his her its their our "
                         "my your".split())


def subject_verb(before: str, after: str, *, undergoing: bool = False, perfect: bool = False) -> str | None:
    """The active verb of doing or saying the name is the subject of ("Tokayev alone took …"; in a
    question, after its auxiliary: "Why did Biden not condemn …"), or None (not at its clause's
    start, no such verb after it, or — unless *undergoing* — a verb whose subject undergoes:
    "Tokayev received a letter" may be «Тоқаевқа хат келді»)."""
    verb = (_SUBJECT_PERFECT if perfect else _SUBJECT_VERB).match(after) or _SUBJECT_MODAL.match(after)
    auxiliary = _AUXILIARY_BEFORE.search(before) if verb is None else None
    if auxiliary is not None:
        verb = _INVERTED_VERB.match(after)
        before = before[:auxiliary.start()]
        if verb is not None and (verb.group(1) in _FUNCTION_WORDS
                                 # ("what did the EU actually do": "do" after its auxiliary is the verb)
                                 or (verb.group(1) in _VERB_WORDS and verb.group(1) != "do")
                                 or verb.group(1) in _ADVERBS or verb.group(1) == "being"):
            verb = None
    if verb is None or (verb.group(1).lower() in _UNDERGOING and not undergoing) or not subject_position(before) \
            or _WANTING_BEFORE.search(before):
        return None
    negated = _NEGATED_AFTER_DID.match(after, verb.end()) if verb.group(1) == "did" else None
    if negated is not None and negated.group(1) in _UNDERGOING and not undergoing:
        return None     # "Tokayev did not need the CSTO": the verb is "need" («Тоқаевқа ҰҚШҰ қажет болмады»)
    return verb.group(1)


#: "did" as a negation's auxiliary, then the verb it is of ("did not need", "did never receive")
_NEGATED_AFTER_DID = re.compile(r"\s+(?:not|never)\s+([a-z]+)\b")


#: A verb of wanting, seeing or having right before the name: the participle after it is its
#: complement, not the name's verb ("want the 1993 Constitution restored", "saw Nazarbayev removed")
_WANTING_BEFORE = re.compile(r"(?i)\b(?:want|wants|wanted|wanting|need|needs|needed|see|sees|saw|seen|have|has|had|"
                             r"get|gets|got|keep|keeps|kept|like|liked|prefer|preferred|demand|demanded)\s+"
                             r"(?:the\s+)?(?:\d{4}\s+)?$")


#: A noun right before a name, after a determiner, with no relative word or "that"/"which" between: "the advice
#: Tony Blair gave", "the troops that Putin sent" — the name opens a relative clause
# (not :data:`DETERMINERS`: "that" there is also the conjunction, "the court ruled that Tuletaeva …", and
# "last", "next" open phrases of time, "last week Tuletaeva …")
_RELATIVE_HEAD_BEFORE = re.compile(r"\b(?:the|a|an|this|these|those|his|her|their|its|our|every|any)\s+"
                                   r"[a-z]{3,}(?<!ing)\s+(?:that\s+|which\s+)?$")


def relative_clause_subject(before: str, after: str) -> str | None:
    """The active verb of a relative clause the name is the subject of, a noun before it that the
    clause qualifies ("condemned the advice Tony Blair gave the regime", "the troops that Putin sent"),
    or None."""
    if _RELATIVE_HEAD_BEFORE.search(before) is None:
        return None
    verb = _SUBJECT_PERFECT.match(after)
    if verb is None or verb.group(1).lower() in _UNDERGOING:
        return None
    return verb.group(1)


def doer_role(before: str, after: str, *, perfect: bool = False) -> str | None:
    """The name's role as the doer, said for a message: the subject of an active verb (*perfect*:
    its perfect too), or a passive's agent ("was taken by Tokayev", the subject of the sentence
    turned active); None otherwise."""
    verb = subject_verb(before, after, perfect=perfect)
    if verb is not None:
        return f"the subject of \"{verb}\""
    if PASSIVE_BY.search(before):
        return "the passive's agent (\"by\"), the subject of the sentence turned active"
    return None
