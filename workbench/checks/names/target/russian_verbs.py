"""Russian target rules of verbs: the case a verb, its participle or its infinitive gives a name
as its object, agent or subject — the government of the verb before the name, a passive's agent,
a subject inverted or fronted, a participle that describes a person, and what the English says
the name does."""

from __future__ import annotations

import re

from ..english_context import (
    PASSIVE_BY,
    doer_role,
    noun_next,
    right_before,
    second_object_next,
    subject_verb,
)
from ..forms import DECLINED_QUOTE, EXTRA, FormEntry, Hit, cases_of
from ..matcher import fold
from ..russian_context import (
    ACC,
    DAT,
    EMPHATIC,
    GEN,
    INS,
    LOC,
    NOM,
    PREPOSITIONS,
    adjective_cases,
    governed,
    person_dative,
    person_dative_if_recipient,
    sense_governed,
    verb_governed,
)
from .english import (
    EN_FEARING,
    EN_GIVING_BEFORE,
    EN_PASSIVE_AFTER,
    EN_TO_RECIPIENT,
    RU_ENTERING_STEMS,
    TO_IN_PREPOSITIONS,
    SourceReading,
    after_to,
)
from .state import (
    CLAUSE_END,
    CLOSE,
    NOT_HEADS,
    OPEN,
    RU_PASSIVE_PARTICIPLE,
    RU_PAST,
    RU_REFLEXIVE_VERB,
    RU_SHORT_PASSIVE_ENDING,
    SENTENCE_END,
    SINGULAR,
    any_number,
    offending_at,
    verb_like,
)

#: An active participle in any gender, number and case (управлявшим, поддерживающих)
RU_ACTIVE_PARTICIPLE = re.compile(r"\w{3,}(?:вш|[уюая]щ)(?:ий|его|ему|им|ем|ая|ую|ей|ие|их|ими|ее|ое)(?:ся|сь)?")
# (not "took place", "in place")
#: Russian verbs of coming, going and moving someone somewhere (пришёл, приехал, вернулся, переехал,
#: поступил, устроился, отправили, перевели), past and present
RU_MOTION = re.compile(r"(?:приш[её]?л|приход|приех|приезж|прибы|прибыв|вернул|вернув|возвращ|возврат|переех|"
                        r"переезж|поступ|"
                        r"устро|въех|вош[её]?л|поех|уех|отправ|перев[её]?л|перевод|перевез|"
                        # sending: «направит письмо в Нур-Султан»
                        r"направ|пересла|перешл|пересыл|достав|"
                        # putting money into something: «вложено в Атыраускую область», «инвестиции в Казахстан»
                        r"влож|вклад|влив|вкач|инвестир|инвестиц|"
                        # spreading to or over something: «юрисдикция … на Казахстан не распространяется»
                        r"распростран)\w*$")
RU_ENTERING = re.compile(rf"(?:{RU_ENTERING_STEMS})\w*$")
#: Russian possessive pronouns before a name («и его Коммунистическая партия»)
_RU_POSSESSIVE_PRONOUNS = frozenset("его ее её их свой своя свое своё свои наш наша наше ваш ваша ваше".split())
#: Russian pronouns that are only nominatives: a verb's subject
_RU_SUBJECT_PRONOUNS = frozenset("кто я ты он она оно мы вы они".split())
#: Words that open a clause of their own (conjunctions, relative and interrogative words)
_RU_CLAUSE_OPENERS = frozenset("что чтобы как когда если где куда откуда пока хотя потому поскольку ибо "
                               "кого кому кем ком чего чему чем чей чья чьё чье чьи который которая которое "
                               "которые которого которой которому которым котором которую которых которыми "
                               "и а но или".split())
#: "afraid of the Council": what is feared, the object of бояться
_EN_AFRAID_OF = right_before(rf"(?:{EN_FEARING})\s+of")
#: words that join a name to another one sharing its verb («Токаев и Путин обсудили»)
_COORDINATORS = frozenset("и или либо да ни а также".split())
#: words between a fronted name and its verb that leave the verb's government as it is
NEGATION = frozenset("не нигде никогда никак".split())
#: ... and adverbs of frequency and time after a clause set off by commas («…, ни разу не назвали», «…, так и не»)
_AFTER_CLAUSE = NEGATION | frozenset("ни разу так и уже сразу лишь только затем потом позже вскоре тогда".split())
#: A Russian relative word that opens a clause after a name (который, чей in any form)
_RU_RELATIVE = re.compile(r"(?:котор|чь|чей)\w*")
#: An English relative clause right after a name (", who …", ", whose …", ", which …") ...
_EN_RELATIVE_OPENS = re.compile(r"(?i)\s*,\s+(?:who|whose|whom|which)\b")
#: ... and the comma that closes it before a verb of the name's own clause (", was never once named")
_EN_CLAUSE_RESUMES = re.compile(r"(?i),(\s+(?:was|were|is|are|has|have|had|will)\b)")
#: A Russian active past verb, not reflexive (организовало, повторила, поддержал)
_RU_ACTIVE_PAST = re.compile(r"\w{3,}[аеиоуыя](?:л|ла|ло|ли)")
#: The nominative endings of a Russian adjective (Рабочая, Левый, Социальное)
RU_ADJECTIVE_ENDING = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее)$")
#: Endings of Russian adverbs that may stand between a verb and its subject (единолично, лично, вновь)
_RU_ADVERB_ENDINGS = ("о", "но", "ски", "вь", "же")
#: Forms of быть: an auxiliary, no verb a subject follows (был, была, было, были)
_RU_BE = frozenset("был была было были будет будут".split())
#: ... and the linking verbs, whose name after them is the subject too («главой стал Токаев»)
_RU_LINKING = frozenset("стал стала стало стали оказался оказалась оказались являлся являлась являлись".split())
#: ... its short form alone (опубликованы, подписано, арестован)
_RU_SHORT_PASSIVE = re.compile(rf"\w{{3,}}{RU_SHORT_PASSIVE_ENDING}")
#: Short adjectives in -ен, the -е- a fleeting vowel (нужен, нужна; not a participle's назначен, назначена), that
#: end like a short passive: whom they concern is a dative, "needed by China", «нужен Китаю», no agent
_RU_SHORT_ADJECTIVES_IN_EN = frozenset("нужен ненужен известен неизвестен понятен непонятен виден интересен "
                                       "неинтересен важен полезен вреден опасен безразличен небезразличен".split())
#: A Russian present passive participle (возглавляемый, руководимого, поддерживаемой)
_RU_PRESENT_PASSIVE = re.compile(r"\w{3,}[ая]?[еи]м(?:ый|ая|ое|ые|ого|ой|ому|ым|ом|ую|ых|ыми)")
#: an English preposition right before a name: the name is no subject
EN_PREPOSITION_BEFORE = re.compile(r"(?i)\b(?:in|at|of|on|to|from|by|with|for|about|against|into|onto|over|under|"
                                   r"near|after|before|across|through|between|among|without|like|than)\s+"
                                   r"(?:the\s+)?$")
#: ... and those of them after which the name never turns into a Russian verb's subject ("belongs to
#: Chevron": «принадлежит «Шеврону»»; not "by", whose agent a translation may make the subject)
#: ("according to the Socialist Movement" is who says it, often the subject: «сообщает Социалистическое движение»)
#: English "in" right after a noun ("the labour inspectorate in Zhanaozen"), not after a verb or adverb
EN_NOUN_IN = re.compile(r"\b(?:the|a|an|its|their|our|his|her)\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}\s+in\s+(?:the\s+)?$")

_EN_NEVER_SUBJECT_BEFORE = right_before("(?<!according )to|with|for|from|against|into|about")
#: ... or the one who has to or manages ("had to turn", "managed to hold on"; not "had to be …")
_EN_MODAL_AFTER = re.compile(r"(?i)^\s+(?:had|has|have|will have|would have|managed|manages|failed|fails|"
                             r"was able|were able)\s+to\s+(?!be\b)[a-z]")
#: Russian impersonal verbs whose subject-like person is a dative («Токаеву пришлось»)
_DATIVE_IMPERSONAL = frozenset("пришлось придётся придется приходилось приходится удалось удастся удавалось "
                               "удаётся удается".split())
#: infinitives of being and becoming, whose complement may be a nominative («быть Казахстан»)
_RU_LINKING_INFINITIVES = ("быть", "стать", "являть", "оказать", "оста", "считать", "называть", "казать")
#: a Russian infinitive (выступить, уйти, помочь)
#: (not a noun in -ость, «безопасности», «благодарность»: no verb ends so)
_INFINITIVE = re.compile(r"\w\w(?:ть|ти|чь|ться|тись|чься)$(?<!ость)(?<!ости)")
#: ... of a verb in -ть after a vowel, no noun in -ть or -ти its like (вернуть, сохранить; not часть, власти, путь)
_RU_INFINITIVE_IN_T = re.compile(r"\w{3,}[аеиоуыяё]ть$")
#: "of" and a participle before a name ("supporters of the banned ", "the legalisation of the outlawed ")
_EN_OF_PARTICIPLE = re.compile(r"\bof\s+(?:the\s+|a\s+|an\s+)?(?:now\s+|recently\s+|officially\s+)?[a-z]+ed\s+$")
#: particles that may stand between a verb and its object («охватили и Кызылординскую область», «не
#: доверяли ни Токаеву», «поблагодарило именно Пола Мёрфи»)
_PARTICLES = frozenset("и также тоже даже ещё еще уже лишь только ни именно особенно".split())
#: ... and phrases set between a verb and its object or agent («подписанная в том числе Стивом Максуини»)
_RU_INSERTS = tuple(tuple(phrase.split()) for phrase in (
    "в том числе", "в частности", "среди прочих", "помимо прочих", "прежде всего", "в первую очередь",
    "в свою очередь"))


#: A Russian adverb of manner in -о made from an adjective (высоко, резко, публично, открыто)
_RU_ADVERB = re.compile(r"[а-я]{3,}(?:ко|но|то|ло|ро|во|жо|шо|чно|льно)")
#: ... and, narrower (no noun in -ство, -во, -ло: правительство, письмо), one that may stand between a verb and
#: its object (непосредственно, лично, официально, публично, открыто, напрямую)
_RU_MANNER_ADVERB = re.compile(r".{2,}(?:енно|анно|льно|чно|тно|дно|крыто|ямую|ямо)")


#: A Russian past verb in the masculine or feminine singular (направил, направила; not the neuter
#: -ло of impersonal verbs, nor a reflexive -лся, -лась)
_RU_PAST_SINGULAR = re.compile(r"\w{3,}(?:[аеиоуыяё]л|[аеиоуыяё]ла)")
#: A Russian present or future in the third person singular (накажет, поддержит, даёт), not reflexive
_RU_PRESENT_SINGULAR = re.compile(r"\w{3,}(?:ет|ёт|ит)")
#: A Russian active participle, singular (возглавлявший, возглавлявшего, руководящая): the ending
#: → (the cases it marks, the gender)
_RU_PARTICIPLE = re.compile(r"\w{3,}(?:вш|[уюая]щ)(ий|его|ему|им|ем|ая|ую)")
_PARTICIPLE_CASES = {"ий": (NOM, "m"), "его": (GEN | ACC, "m"), "ему": (DAT, "m"), "им": (INS, "m"),
                     "ем": (LOC, "m"), "ая": (NOM, "f"), "ую": (ACC, "f")}
#: English that describes the person named right before it (", who had headed", ", having", ", -ing")
_EN_DESCRIBED = re.compile(r"\s*,\s*(?:who\b|having\b|[a-z]+ing\b)")


#: Russian conjunctions after which a clause opens with its subject («тогда как Компартия Украины
#: хранила молчание», "while the Communist Party of Ukraine kept silent")
_RU_SUBJECT_OPENERS = frozenset("что как когда если пока хотя поскольку ибо а но однако зато".split())


#: The personal pronouns of the first and second person and the present-tense endings of a verb they are the subject of
_RU_PERSON_ENDINGS = {"я": ("ю", "у"), "мы": ("ем", "им", "ём"), "ты": ("ешь", "ишь", "ёшь"),
                      "вы": ("ете", "ите", "ёте")}


class RussianVerbRules(SourceReading):
    """The case a Russian verb, participle or infinitive gives a name."""


    def declines_in_quotes(self, entry: FormEntry) -> bool:
        """Does a quoted name decline inside its quotes where no generic word stands before it: one
        the glossary declines, of one word («у «Шеврона»»), opening with a Russian adjective, which
        declines as the phrase does («из «Рабочей власти»»), or a Russian phrase of small letters after
        its first word («из «Голоса рабочих Детройта»», «о «Реформе и революции»»)? (A name of several
        foreign words, «Нур Отан», is often left as it is.)"""
        words = entry.base.strip(OPEN + CLOSE).split()
        return (len(words) == 1 or RU_ADJECTIVE_ENDING.search(words[0]) is not None
                or words[1][:1].islower()) and self.declinable(entry)

    def declinable(self, entry: FormEntry) -> bool:
        """Does the glossary decline the quoted name inside its quotes (not one it keeps as it is)?"""
        return self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True) != entry.base

    def object_not_nominative(self, hit: Hit, entry: FormEntry) -> None:
        """English "The workers thanked Paul Murphy": the name is the verb's object, and a
        Russian verb right before it must govern an oblique case — a nominative there
        («поблагодарили Пол Мёрфи») is the wrong case. Only where both languages have the
        verb right before the name, so a restructured sentence («Мёрфи получил…») is left alone."""
        if entry.cases & SINGULAR != NOM or entry.flags & DECLINED_QUOTE or hit.start == 0:
            return
        at = hit.start - 1
        if at > 0 and _INFINITIVE.search(self.toks.folded[at]) and self.toks.words[at].islower() \
                and not self.toks.gap(at).strip(" \u00a0"):
            at -= 1             # «пригласили выступить Саймон Пирани»: the object of the verb before
        place = next((h for h, e in self.pending if h.end == hit.start and e.ref != entry.ref), None)
        if place is not None and place.start >= 2 and fold(self.toks.words[place.start - 1]) in PREPOSITIONS \
                and self.toks.words[place.start - 1].islower() and not self.toks.gap(place.start).strip(" \u00a0") \
                and not self.toks.gap(place.start - 1).strip(" \u00a0") and not self.toks.gap(at + 1).strip(" \u00a0"):
            at = place.start - 2    # «принимал в Лондоне Кайрат Абдрахманов»: past the verb's phrase of another name
        before = self.toks.words[at]
        # (a past verb, or an imperative, which has no subject after it: «почитайте Саймона Пирани»; or a verb whose
        # subject is the personal pronoun right before it, «Я знаю Марко Бойцуна», «мы не поддерживаем …», where the
        # verb's own case is not known — :meth:`verb_object` reports those with the form it wants)
        imperative = fold(before).endswith(("йте", "ите")) and len(before) > 5
        if self.toks.gap(hit.start).strip(" \u00a0") or not before.islower() \
                or not (RU_PAST.search(fold(before)) or imperative
                        or (self._pronoun_subject_right_before(at) and verb_governed(before) is None)) \
                or fold(before) in _RU_BE or fold(before) in _RU_LINKING \
                or RU_MOTION.match(fold(before)) or RU_ENTERING.match(fold(before)) \
                or fold(before).endswith(("лся", "лась", "лось", "лись")):
            # («Среди выступавших были Джон Макдоннелл», "Speakers included John McDonnell": after a
            # copula the name is the subject; so after a verb of coming or entering, which takes no
            # object: «делегацию, в состав которой входил Крис Форд», "which included Chris Ford"; nor after a
            # reflexive past, which turns the English object into its subject: «В статье упоминалась
            # Коммунистическая партия Украины», "the article mentioned the Communist Party of Ukraine")
            return
        verb = self.english_object(entry.ref)
        if verb is None:
            return
        if re.match(r"\s+to\s+[a-z]", self.source_around(entry.ref)[1]) \
                and "чтобы" in self.toks.folded[self._clause_start(hit.start):hit.start]:
            return      # "wanted Nazarbayev to go": the infinitive's subject, «хотели, чтобы ушёл Назарбаев»
        offending = offending_at(self.toks, hit.start, hit.end, entry.surface)
        # the verb decides the case (поблагодарили Пола, помогли Полу, встретились с Полом): the one it is known to
        # govern, else the accusative of a transitive verb's object
        governed = self._object_government(before, entry)
        case = governed[1] if governed is not None else "acc"
        suggestion = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case=case)
        self.add("target-wrong-inflection",
                 f"{offending!r} (nom) after the verb {before!r}: in the source \"{verb}\" makes it the "
                 f"verb's object, so it takes the case {before!r} governs, not the nominative"
                 + (f"; expected {suggestion!r}" if suggestion and suggestion != offending else ""),
                 offending=offending, suggestion=suggestion, ref=entry.ref)     # (add drops a fix equal to the text)

    def _pronoun_subject_right_before(self, at: int) -> bool:
        """Is the word at *at* a verb of the first or second person, the personal pronoun that is its subject right
        before it (a «не» between allowed): «я знаю», «мы не поддерживаем», «вы помните»? Its subject said, no name
        after it is another."""
        k = at - 1
        if k >= 0 and self.toks.folded[k] == "не" and not self.toks.gap(k + 1).strip(" \u00a0"):
            k -= 1
        if k < 0 or self.toks.gap(k + 1).strip(" \u00a0"):
            return False
        ending = _RU_PERSON_ENDINGS.get(self.toks.folded[k])
        return ending is not None and fold(self.toks.words[at]).endswith(ending) and len(self.toks.words[at]) > 3

    def plural_verb_after(self, hit: Hit, entry: FormEntry) -> bool:
        """«Пол Мёрфи поблагодарили организаторы», «Масимов арестовали»: a name in the singular
        nominative (a form no other case shares) right before a verb in the plural past cannot
        be its subject — the verb's object, fronted, in the case the verb governs; nor can a
        person's name before a neuter past («Назарбаев нигде не было видно»). Not when the name
        closes a list that shares the verb («Уральск, Кызылорда и Тараз бастовали»)."""
        if entry.cases & SINGULAR != NOM or entry.cases >> 8 or entry.surface[:1] in OPEN \
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
        if not verb.isalpha() or not verb.islower() or not (neuter or plural) or not verb_like(low):
            return False
        start = hit.start
        while start > 1 and self.toks.words[start - 1].islower() and not self.toks.gap(start).strip(" \u00a0") \
                and (fold(self.toks.words[start - 1]) in self.index.grammar.get("titles", ())
                     or adjective_cases(self.toks.words[start - 1])
                     or (len(self.toks.words[start - 1]) > 4
                         and RU_ADJECTIVE_ENDING.search(self.toks.folded[start - 1]) is not None)
                     or fold(self.toks.words[start - 1]) in _RU_POSSESSIVE_PRONOUNS
                     or EMPHATIC.get(self.toks.folded[start - 1]) == NOM
                     or self.toks.folded[start - 1] in _PARTICLES - {"и", "ни"}):
            start -= 1          # «… и историк Марко Бойцун утверждали», «Зюганов и его КПРФ приветствовали», «и
                                # американская Рабочая мировая партия поддержали»: a title, adjective (of any case)
                                # or possessive before the name; the emphatic сам or a particle, «Назарбаев и
                                # сам (даже) Токаев молчали»
        if start > 0 and (self.toks.folded[start - 1] in _COORDINATORS
                          or "," in self.toks.gap(start) or "&" in self.toks.gap(start)):
            return False
        rule = verb_governed(verb)
        offending = offending_at(self.toks, hit.start, hit.end, entry.surface)
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
        while at < self.n and not self.toks.gap(at).strip(" \u00a0") and self.toks.folded[at] in NEGATION:
            at += 1
        if at >= self.n or any(self.toks.gap(k).strip(" \u00a0") for k in range(hit.end, at + 1)):
            return None
        return self.toks.words[at]

    def _verb_past_clause(self, hit: Hit, ref: int) -> tuple[str, str] | None:
        """«Назарбаеву, чьи родственники … медиахолдинги, ни разу не назвали» ("Nazarbayev, whose relatives …,
        was never once named"): where a relative or participle clause set off by commas follows the name, the plural
        past verb right after the comma that closes it (past negations and adverbs of frequency), and the English
        after the name with its own relative clause taken out; None where there is no such clause or verb."""
        _, after_en = self.source_around(ref)
        opened = _EN_RELATIVE_OPENS.match(after_en)
        # (the clause's relative word or participle first, or second past an adverb: «…, годами руководивший …,»)
        if hit.end >= self.n or self.toks.gap(hit.end).strip(" \u00a0") != "," or opened is None \
                or not any(_RU_RELATIVE.fullmatch(word) or RU_ACTIVE_PARTICIPLE.fullmatch(word)
                           for word in self.toks.folded[hit.end:hit.end + 2]):
            return None
        resumed = _EN_CLAUSE_RESUMES.search(after_en, opened.end())
        if resumed is None:
            return None
        end = self._edge(hit.end, SENTENCE_END, forward=True)
        for k in range(hit.end + 1, end):
            if self.toks.gap(k).strip(" \u00a0") != ",":
                continue
            at = k
            while at < min(end, k + 3) and self.toks.folded[at] in _AFTER_CLAUSE \
                    and not self.toks.gap(at + 1).strip(" \u00a0"):
                at += 1
            if at < end and fold(self.toks.words[at]).endswith(("ли", "лись")) and self.toks.words[at].islower():
                return self.toks.words[at], after_en[resumed.start(1):]
        return None

    def fronted_object(self, hit: Hit, entry: FormEntry) -> None:
        """English "Massimov was replaced": the name is the passive's subject, which Russian says
        with the name fronted as the object of a verb in the plural past («Масимова сменили»,
        «Компартию власти запретили»). Right before such a verb that governs the accusative, a
        case that is neither accusative nor genitive (of negation) is wrong («Масимову
        сменили»); and a name only in the singular nominative with the verb's own subject
        between them («Коммунистическая партия власти запретили») is no subject either. Only
        with the English passive: a dative of interest («Масимову сменили охрану», "Massimov's
        guard was replaced") has none."""
        cases = any_number(entry.cases)
        if not cases or entry.surface[:1] in OPEN:
            return
        past_clause = self._verb_past_clause(hit, entry.ref)
        if past_clause is not None:
            clause_verb, passive_en = past_clause
            rule = verb_governed(clause_verb)
            if rule is not None and rule[0] & ACC and not cases & (rule[0] | GEN) \
                    and EN_PASSIVE_AFTER.match(passive_en) and not (entry.cases >> 8 and cases & NOM):
                self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('ru', cases))}) before its clause and "
                                f"{clause_verb!r}: the source's passive makes it the verb's object, fronted, in the "
                                "accusative")
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
        if before_en is None or EN_PREPOSITION_BEFORE.search(before_en) or not EN_PASSIVE_AFTER.match(after_en) \
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
        cases = any_number(entry.cases)
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
        cases = any_number(entry.cases)
        if not cases or cases & (NOM | DAT) or entry.surface[:1] in OPEN \
                or not self.toks.sentence_initial(hit.start):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not (self.english_object(entry.ref) or EN_PASSIVE_AFTER.match(after_en)):
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

    def _object_government(self, verb: str, entry: FormEntry) -> tuple[int, str] | None:
        """(cases, default case) of the name as the object of the Russian *verb*, where the verb or
        the English says which: the verb's own table, its sense in the English, a person told, paid
        or promised something (a dative), the one something is sent to; None for a verb whose object
        takes the accusative as most do."""
        rule = verb_governed(verb) or sense_governed(verb, self.source_before(entry.ref))
        if rule is not None and rule[0] == ACC and self.lx.kinds[entry.ref] == "person" and person_dative(verb):
            rule = (DAT, "dat")     # «запретили Розе Тулетаевой заниматься …»: a thing is banned, a person forbidden
        if rule is None and person_dative(verb, person=self.lx.kinds[entry.ref] == "person"):
            rule = (DAT, "dat")         # «платил Тони Блэру», «пообещала Таджикистану» (the thing is the accusative)
        if rule is None and self.lx.acts(entry.ref) and person_dative_if_recipient(verb):
            before_en, after_en = self.source_around(entry.ref)
            # "sent Kurmanov the list", "sent the list to Kurmanov": the one it goes to, a dative (a body of
            # people too: "handed the Council of Aksakals a list", «передало Совету аксакалов список»)
            if before_en is not None and ((EN_GIVING_BEFORE.search(before_en) and second_object_next(after_en))
                                          or EN_TO_RECIPIENT.search(before_en)):
                rule = (DAT, "dat")
        return rule

    def verb_object(self, hit: Hit, entry: FormEntry) -> None:
        """«Россия помогла Токаева»: right after a verb whose object takes one case (помочь + dative),
        a name that can be neither that case nor a nominative (an inverted subject: «помогла
        Россия») is a wrong inflection. After «не» a genitive is the genitive of negation."""
        if self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            return
        at = self._before_insert(hit.start - 1)     # «охватили и Кызылординскую область»: the verb's object still
        if at > 1 and self.toks.folded[at - 1] in ("о", "об") and self.toks.words[at].islower() \
                and not self.toks.gap(at).strip(" \u00a0") and not self.toks.gap(at - 1).strip(" \u00a0") \
                and verb_governed(self.toks.words[at - 2]) is not None:
            if any_number(entry.cases) & GEN:
                return      # «предупреждал об аппетитах Москвы»: a genitive right after the о-phrase's noun owns it
            at -= 2         # «попросил о помощи Путину»: the verb's own о-phrase between it and its object
        elif self.lx.kinds[entry.ref] == "person" and self.english_object(entry.ref) is not None:
            at = self._verb_before_phrase(at)   # «пригласили в эфир Юлию Юрченко», "invited Yuliya Yurchenko onto
                                                # the programme", «винила в ценах на газ Токаева»
        rule = self._object_government(self.toks.words[at], entry)
        cases = any_number(entry.cases)
        quoted = entry.surface[:1] in OPEN
        if quoted and not entry.flags & DECLINED_QUOTE and self.declines_in_quotes(entry):
            # «управлявшим «КазМунайГаз»»: undeclined in its quotes, with no generic word — the nominative, and the
            # accusative where that is the same word (not «процитировал «Социалистическая альтернатива»», whose
            # accusative is «Социалистическую альтернативу»)
            same = self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="acc", declined=True) == entry.base
            cases = NOM | (ACC if same else 0)
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
        subject = bool(cases & NOM) and not RU_ACTIVE_PARTICIPLE.fullmatch(verb) and not (
            finite.endswith(("ли", "лись")) and not entry.cases >> 8 and entry.cases & SINGULAR
            and (hit.end >= self.n or (self.toks.folded[hit.end] not in _COORDINATORS
                                       and self.toks.gap(hit.end).strip(" \u00a0") not in (",", "&")))) \
            and not self._subject_before(at, entry.ref) and not self._pronoun_subject_before(at) \
            and not self.english_object(entry.ref) and not _EN_AFRAID_OF.search(self.source_before(entry.ref)) \
            and not _EN_NEVER_SUBJECT_BEFORE.search(self.source_before(entry.ref))
        # (the passive's agent turned into the subject of an active verb: "was backed by the Ukraine
        # Solidarity Campaign (Chris Ford) and by Workers Power", «поддержали Кампания … и …»)
        subject = subject or bool(cases & NOM and not RU_ACTIVE_PARTICIPLE.fullmatch(verb)
                                  and PASSIVE_BY.search(self.source_before(entry.ref)))
        # ("demanded that the 1993 Constitution be restored": the subject of an English passive subjunctive or
        # infinitive is what the Russian active infinitive acts on, its object)
        acted_on = bool(self.english_object(entry.ref) or self.after_of(entry.ref)
                        or self.passive_infinitive_subject(entry.ref))
        infinitive_object = cases == NOM and not quoted and _INFINITIVE.search(verb) is not None \
            and not verb.endswith(("ся", "сь")) and not verb.startswith(_RU_LINKING_INFINITIVES) \
            and self.toks.words[at].islower() and acted_on
        if infinitive_object and rule is None:
            # «легализовать Коммунистическая партия Казахстана» ("the legalisation of the Communist Party"):
            # an infinitive has no subject after it, so a name only in the nominative is its object's wrong case
            self.wrong_case(hit, entry, "acc", f"(nom) after the infinitive {self.toks.words[at]!r}, which has no "
                            "subject after it: the name is its object")
            return
        # («хотели вернуть Конституции 1993 года», "wanted to bring back the 1993 Constitution"): after an infinitive
        # whose case no table gives, a thing the English acts on directly is its object, in the accusative — not
        # in a case that can be neither that nor a nominative (a person may be the dative one gives it back to; nor a
        # dative one gives something to: «предложить Казахстану помощь», "offer Kazakhstan assistance"; «не давал
        # угаснуть Социалистическому движению», the dative of the verb before the infinitive)
        if rule is None and cases and not cases & (NOM | ACC) \
                and self.lx.kinds[entry.ref] != "person" and _RU_INFINITIVE_IN_T.search(verb) is not None \
                and verb_like(verb) and not verb.startswith(_RU_LINKING_INFINITIVES) \
                and self.toks.words[at].islower() and acted_on \
                and not (at > 0 and self.toks.folded[at - 1] == "не") \
                and not after_to(self.source_before(entry.ref), TO_IN_PREPOSITIONS) \
                and not (cases & DAT and (person_dative(verb, person=False) or person_dative_if_recipient(verb)
                                          or (at > 0 and person_dative(self.toks.words[at - 1], person=False))
                                          or second_object_next(self.source_around(entry.ref)[1]))):
            self.wrong_case(hit, entry, "acc", f"({'/'.join(cases_of('ru', cases))}) after the infinitive "
                            f"{self.toks.words[at]!r}: the source acts on it directly, the infinitive's object",
                            declined=bool(entry.flags & DECLINED_QUOTE) or quoted)
            return
        subject = subject and not infinitive_object     # (nor where the verb's own case is known)
        if rule is None or not cases or subject:
            return
        mask, default = rule
        if mask == ACC | INS and self.lx.kinds[entry.ref] == "person":
            mask = ACC          # a verb of naming or deeming names a person, the name it gives is no person's
        if mask & ACC and at > 0 and self.toks.folded[at - 1] == "не" and not self.toks.gap(at).strip():
            mask |= GEN         # the genitive of negation takes a direct object's place, not a dative's
        if cases & mask:
            return
        self.wrong_case(hit, entry, default, f"({'/'.join(cases_of('ru', cases))}) after the verb "
                        f"{self.toks.words[at]!r}, whose object takes the {default}",
                        declined=bool(entry.flags & DECLINED_QUOTE) or quoted)

    def object_after_adjective(self, at: int, entry: FormEntry) -> bool:
        """Is the word at token *at* a verb whose object only the accusative is (a government table's), in small
        letters, not after «не» (the genitive of negation), where the English makes the name its object?"""
        word = self.toks.words[at]
        rule = verb_governed(word) if word.islower() else None
        return rule is not None and rule[0] == ACC and not (at > 0 and self.toks.folded[at - 1] == "не") \
            and self.english_object(entry.ref) is not None

    def owner_past_participle(self, hit: Hit, entry: FormEntry) -> None:
        """«сторонники запрещённой Коммунистической партии» ("supporters of the banned Communist Party"): a noun,
        a passive participle agreeing with the name, the name the English puts after "of" — the noun's genitive,
        whatever the participle: «легализации запрещённой Коммунистическая партия» → Коммунистической партии."""
        at = hit.start - 1
        cases = any_number(entry.cases)
        if at < 1 or not cases or cases & GEN or entry.surface[:1] in OPEN \
                or not (self.after_of(entry.ref) or _EN_OF_PARTICIPLE.search(self.source_before(entry.ref))) \
                or self.toks.gap(hit.start).strip(" \u00a0") or self.toks.gap(at).strip(" \u00a0"):
            return
        participle, head = self.toks.folded[at], self.toks.folded[at - 1]
        if not self.toks.words[at].islower() or RU_PASSIVE_PARTICIPLE.fullmatch(participle) is None \
                or re.fullmatch(rf"\w+{RU_SHORT_PASSIVE_ENDING}", participle) is not None:
            return      # (a long participle only: a short one is a verb, «запрещена Коммунистическая партия»)
        if not self.toks.words[at - 1].isalpha() or head in NOT_HEADS \
                or not (self.toks.words[at - 1].islower() or self.toks.sentence_initial(at - 1)) \
                or verb_like(head) or governed(head) is not None or adjective_cases(head) or len(head) < 4:
            return      # (a noun before it, no verb, preposition or adjective)
        self.wrong_case(hit, entry, "gen", f"({'/'.join(cases_of('ru', cases))}) after "
                        f"{self.toks.words[at - 1] + ' ' + self.toks.words[at]!r}: the source's \"of\" makes it the "
                        "noun's genitive, past the participle that agrees with it")

    def _verb_before_phrase(self, at: int) -> int:
        """The verb before the prepositional phrase that ends at token *at* (up to four words in small letters, the
        first a preposition: «в эфир», «в ценах на газ», «в бедности западных регионов») — the verb's own
        complement between it and its object; *at* itself where there is none, or where *at* is a preposition (the
        name is then that preposition's). A name of the glossary may be the phrase's own, with no verb or
        conjunction after it in the phrase: «принял в Лондоне Кайрата Абдрахманова», «винит в бедности Мангистау
        Назарбаева» (not «из Ирландии и хочу поблагодарить»)."""
        toks = self.toks
        if governed(toks.words[at]) is not None:
            return at
        named = {k for h, _ in self.pending for k in range(h.start, h.end)}
        after_name = True       # every word from here to *at* a noun or adjective of the phrase
        for start in range(at, max(at - 4, 1) - 1, -1):
            if not (toks.words[start].islower() or (start in named and after_name)) \
                    or (start < at and toks.gap(start + 1).strip(" \u00a0")):
                return at       # a capitalised word or a comma: no one phrase
            if start < at and governed(toks.words[start]) is not None and not toks.gap(start).strip(" \u00a0") \
                    and verb_governed(toks.words[start - 1]) is not None:
                return start - 1
            after_name = after_name and toks.folded[start] not in _COORDINATORS and not verb_like(toks.folded[start]) \
                and verb_governed(toks.words[start]) is None
        return at

    def _before_insert(self, at: int) -> int:
        """The token before a particle («также», «и») or an inserted phrase («в том числе», «в
        частности», commas around it or not) that ends at token *at*; *at* itself where there is none."""
        toks = self.toks
        if at > 0 and (toks.folded[at] in _PARTICLES or (_RU_MANNER_ADVERB.fullmatch(toks.folded[at])
                                                         and verb_governed(toks.words[at]) is None)) \
                and toks.words[at].islower() and not toks.gap(at).strip(" \u00a0"):
            return at - 1       # (an adverb too: «подчинялись непосредственно Токаеву»; not a predicative that
                                # governs the name itself, «выгодно Соединённым Штатам»)
        for phrase in _RU_INSERTS:
            start = at - len(phrase) + 1
            if start > 0 and tuple(toks.folded[start:at + 1]) == phrase and toks.words[start].islower() \
                    and all(not toks.gap(k).strip(" \u00a0") for k in range(start + 1, at + 1)) \
                    and toks.gap(start).strip(" \u00a0") in ("", ","):
                return start - 1
        return at

    def passive_agent(self, hit: Hit, entry: FormEntry) -> None:
        """English "was chosen by Nazarbayev": the name is the passive's agent, which Russian puts
        in the instrumental right after the passive participle («выбран Назарбаевым», «поддержанная
        Россией»). Another case there is wrong. Only where both languages keep the passive: a
        participle right before the name, "by" right before it in the source."""
        # (a quoted name undeclined too, right after the participle: «организованный «Антикапиталистическое
        # сопротивление»», where no generic word stands for it to be the apposition of)
        if hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            return
        at = self._before_insert(hit.start - 1)     # «подписано также «Марксистской тенденцией»»
        undeclined_quote = entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE
        if undeclined_quote and not RU_PASSIVE_PARTICIPLE.fullmatch(self.toks.folded[at]):
            return
        # (a quoted name left as written stands for any case: here, the nominative)
        cases = NOM if undeclined_quote else any_number(entry.cases)
        if cases == NOM and self.toks.folded[at].endswith("лись") and self._listed_after(hit):
            return      # «подписались Пит Фёрмин из …, Стив Максуини и …»: a list, the subject of a plural verb
        if cases == NOM and not (RU_PASSIVE_PARTICIPLE.fullmatch(self.toks.folded[at])
                                 or RU_REFLEXIVE_VERB.fullmatch(self.toks.folded[at])):
            # a short passive participle a few words before, with only a place between («были опубликованы в
            # Facebook Пол Мёрфи», "published on Facebook by Paul Murphy"): the agent is still its own
            for k in range(at - 1, max(-1, at - 4), -1):
                if CLAUSE_END.search(self.toks.gap(k + 1)):
                    break
                if _RU_SHORT_PASSIVE.fullmatch(self.toks.folded[k]) and self.toks.words[k].islower() \
                        and any(self.toks.folded[j] in ("в", "на") for j in range(k + 1, at + 1)):
                    at = k
                    break
        before = self.toks.words[at]
        if not cases or cases & INS or not (before.islower() or self.toks.sentence_initial(at)) \
                or fold(before) in _RU_SHORT_ADJECTIVES_IN_EN \
                or not (RU_PASSIVE_PARTICIPLE.fullmatch(fold(before)) or RU_REFLEXIVE_VERB.fullmatch(fold(before))
                        or _RU_PRESENT_PASSIVE.fullmatch(fold(before))):
            return      # (a reflexive verb is a passive too: «проводилась Назарбаевым»; «Вдохновлённые Жанаозеном»;
                        # so is a present passive participle: «возглавляемый Масимовым»)
        if not PASSIVE_BY.search(self.source_before(entry.ref)):
            if cases == ACC and at == hit.start - 1 and _RU_SHORT_PASSIVE.fullmatch(fold(before)) \
                    and EN_PASSIVE_AFTER.match(self.source_around(entry.ref)[1]):
                # «охвачена Мангистаускую область» ("Mangystau Region has been gripped", the English passive's
                # subject): a short passive takes no object, and a name in the accusative only right after it is
                # its subject declined (not after a noun shaped so, «страны», which the English passive rules out)
                self.wrong_case(hit, entry, "nom", f"(acc) right after the short passive {before!r}, which takes "
                                "no object: the name is its subject")
            return
        self.wrong_case(hit, entry, "ins", f"({'/'.join(cases_of('ru', cases))}) after the passive {before!r}: "
                        "the source's \"by\" makes it the agent, in the instrumental",
                        declined=entry.surface[:1] in OPEN)

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
        if hit.start == 0 or self.toks.gap(hit.start).strip(" \u00a0" + OPEN):
            return
        # (past a particle or an inserted phrase: «Заявление подписали также «Левым блоком»», "was also signed by")
        before = self.toks.words[self._before_insert(hit.start - 1)]
        low = fold(before)
        cases = any_number(entry.cases)
        if entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE:
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
        cases = any_number(entry.cases)
        if not cases or cases & ~(GEN | ACC | INS) or entry.surface[:1] in OPEN or entry.flags & DECLINED_QUOTE:
            return
        at = hit.start - 1
        low = self.toks.folded[at]
        if at > 0 and (low.endswith(_RU_ADVERB_ENDINGS) or low in _PARTICLES) \
                and not self.toks.gap(at).strip(" \u00a0") and not RU_PAST.search(low) \
                and not RU_PASSIVE_PARTICIPLE.fullmatch(low):
            at -= 1             # «принял единолично Токаева», «лишился и Масимова»: an adverb or particle between
        verb = self.toks.words[at]
        if self.toks.gap(hit.start).strip(" \u00a0") or self.toks.gap(at + 1).strip(" \u00a0") \
                or not verb.islower() or not RU_PAST.search(fold(verb)) or not verb_like(fold(verb)) \
                or fold(verb) in _RU_BE or (cases & INS and RU_REFLEXIVE_VERB.fullmatch(fold(verb))):
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
        return any(h.end == at and e.ref != ref and any_number(e.cases) == NOM and not e.flags & EXTRA
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


    def after_clause_conjunction(self, start: int) -> bool:
        """Does a conjunction that opens a clause («тогда как», «когда», «а», «но») stand right
        before token *start*, so that a name there opens its clause as after a comma?"""
        return start > 0 and self.toks.words[start - 1].islower() and not self.toks.gap(start).strip(" \u00a0") \
            and self.toks.folded[start - 1] in _RU_SUBJECT_OPENERS

    def fronted_subject(self, hit: Hit, entry: FormEntry) -> None:
        """«Организации Договора … направила около 2500 военнослужащих» ("The CSTO sent"): a name
        that opens the sentence or a clause after a comma, the English subject of an active verb,
        right before a past verb in the masculine or feminine singular (-л, -ла; an adverb may stand
        between: «Си Цзиньпин высоко оценил») is that verb's subject, a nominative. (Not before a
        neuter or reflexive verb: «Токаеву пришлось», «удалось» take a dative.)"""
        cases = any_number(entry.cases)
        # (a quoted name too where it opens its sentence, no generic word before it to keep it nominative:
        # «Интернациональной революционной тенденции» сравнила → «Интернациональная революционная тенденция»)
        quoted = entry.surface[:1] in OPEN
        if not cases or cases & NOM or (quoted and not self.toks.sentence_initial(hit.start)) or hit.end >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + (CLOSE if quoted else "")):
            return
        at = hit.end
        if at + 1 < self.n and _RU_ADVERB.fullmatch(self.toks.folded[at]) and self.toks.words[at].islower() \
                and not self.toks.gap(at + 1).strip(" \u00a0"):
            at += 1         # «Си Цзиньпин высоко оценил»: an adverb between
        verb = self.toks.words[at]
        # (a present or future too, «что Назарбаева накажет офицеров», for a name in the genitive or accusative only:
        # a dative before one is its experiencer, «Токаеву предстоит», "Tokayev faces")
        present = not cases & DAT and _RU_PRESENT_SINGULAR.fullmatch(fold(verb)) is not None
        # (a neuter past that agrees with a neuter name, «Посольства Казахстана отказалось» — not a dative's
        # impersonal verb, «Социалистическому движению удалось»)
        preferred = fold(self.lx.preferred_form(entry.ref, "ru") or "").split()
        agreeing = not cases & DAT and bool(preferred) and self.lx.kinds[entry.ref] != "person" \
            and re.fullmatch(r"\w{3,}л(?:о|ось)", fold(verb)) is not None and preferred[0].endswith(("о", "ое", "ее"))
        if not verb.islower() or not (_RU_PAST_SINGULAR.fullmatch(fold(verb)) or present or agreeing):
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
        if self.lx.kinds[entry.ref] != "person" or entry.surface[:1] in OPEN or hit.end + 1 >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0") != ",":
            return
        cases = entry.cases & SINGULAR
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

    def place_of_the_subject(self, hit: Hit, ref: int) -> bool:
        """"Members of the strike committee in Zhanaozen sent greetings": the English "in" after a noun, and the
        Russian в-phrase after a noun with no verb (nor a noun of moving: «после прибытия войск в Жанаозен») before
        it in its clause — the place says where the subject's people are («Члены комитета в Жанаозене направили
        приветствие»), whatever the verb after it sends."""
        if hit.start < 2 or not EN_NOUN_IN.search(self.source_before(ref)):
            return False
        return not any(verb_like(self.toks.folded[k]) or RU_MOTION.match(self.toks.folded[k])
                       for k in range(self._clause_start(hit.start), hit.start - 1))

    def place_modifying_a_noun(self, hit: Hit, ref: int) -> bool:
        """"Ust-Kamenogorsk court": a place the English sets before a noun, with no preposition of its own, is where
        that thing is — nothing in the source moves towards it (no preposition just before it: "left for Moscow long
        before", "to", "into") — where the Russian в-phrase also hangs on a noun, no verb before it in its clause
        («Суд в Усть-Каменогорске арестовал»; not «отвезли … в Шымкент»)."""
        before, after = self.source_around(ref)
        return self.lx.kinds[ref] == "place" and before is not None and noun_next(after) \
            and not any(verb_like(self.toks.folded[k]) for k in range(self._clause_start(hit.start), hit.start - 1)) \
            and re.search(r"\b(?:to|into|on|onto|towards?|for|at|in|from|of|by|with)\s+(?:the\s+)?$", before,
                          re.IGNORECASE) is None
