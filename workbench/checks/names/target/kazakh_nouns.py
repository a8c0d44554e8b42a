"""Kazakh nouns and predicatives that govern the case of a name: membership (мүше, мүшелік) takes
the dative of what one is a member of («ҰҚШҰ-ға мүше», «ЕАЭО-ға мүшелігі»); a verbal noun with the
possessive, the genitive of its subject («Назарбаевтың … кетуін талап етті»)."""

from __future__ import annotations

import re

from ..english_context import right_before
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
    VOICED,
    another_verb_form,
    dative_in_clause,
    dative_predicative,
    dative_word,
    membership_word,
    verb_object_case,
    without_auxiliary,
    without_clause_particles,
)
from ..kazakh_heads import POSSESSIVE_CASE
from ..kazakh_postpositions import COORDINATORS as KK_COORDINATORS
from ..kazakh_postpositions import (
    any_postposition,
)
from ..kazakh_words import (
    accusative_word,
    case_by_ending,
    genitive_word,
    place_adjective,
    possessed_noun,
    possessed_verbal_noun,
)
from ..matcher import fold
from .english import after_to
from .kazakh_places import bare_quoted
from .kazakh_sources import KazakhSourceRules
from .state import KK_CASES, offending_at

#: verbs of the one-case table whose forms may also take a dative (қабылдау: admitted *into* a party)
_KK_DATIVE_TOO = ("қабылда",)
#: English "member" or "membership" anywhere in the sentence
_EN_MEMBER = re.compile(r"(?i)\bmember")
#: English "demanded that", "insisted that", "wanted": the clause after says what someone is to do
_EN_DEMANDED_THAT = re.compile(r"(?i)\b(?:demand|insist|propos|suggest|urg|recommend|ask)(?:ed|s|ing|e|es)?\s+that\s+"
                               r"(?:the\s+)?$")
#: a subjunctive or "should" after the name: "that Nazarbayev leave", "that the CSTO should withdraw"
_EN_SUBJUNCTIVE_AFTER = re.compile(r"\s+(?:should\s+|must\s+)?(?!be\b)[a-z]+\b")


#: English "has", "have", "had" right after the name, of owning (not "has been", "has to", "had said")
_EN_HAS_AFTER = re.compile(r"(?i)^\s+(?:also\s+|still\s+)?(?:has|have|had)\s+"
                           r"(?!(?:been|to|not|never|[a-z]+(?:ed|en))\b)")
#: "on" right before the name ("depends on Moscow"): the complement of a predicative that takes the dative
_EN_ON = right_before("(?:on|upon)")
#: the predicatives of having: "there is", "there is not" (Eni-дің үлесі бар, "Eni has a stake")
_KK_BEING_THERE = frozenset(("бар", "жоқ"))


#: «деп» and the forms of «де-» that close a quoted clause («… басқарады деп күтілген», «… басқарды дейтін»)
_KK_QUOTING = frozenset("деп дейтін дейді деді деген дегенді".split())
#: an English word right before the name, past an article: the verb whose direct object the name is ...
_EN_OBJECT_OF_VERB = re.compile(r"(?i)\b([a-z]+)\s+(?:the\s+)?$")
#: ... unless a preposition, a conjunction, a pronoun or a verb of telling or asking, whose object Kazakh may say in
#: the dative («Мерфиге … деді», "told Murphy")
_EN_NOT_DIRECT = frozenset("to at in on of for from with by into about against than and or but that which who as "
                           "told tell tells telling asked ask asks asking warned warn informed inform assured assure "
                           "promised promise wrote write said say says reminded remind urged urge".split())

class KazakhNounRules(KazakhSourceRules):
    """Names before a noun or predicative that governs their case."""

    def kazakh_signer(self, hit: Hit, entry: FormEntry) -> bool:
        """«Ресей социалистік қозғалысына қол қойды» for "the Russian Socialist Movement signed": the
        dative of қол қою is the document signed («Мәлімдемеге қол қойды»), and it takes no accusative;
        a person or a body right before it (past «да») signs, bare. (Not the passive, «… қол қойылды», nor
        қол соғу: «Пит Ферминге қол соқты» applauds him.)"""
        cases = entry.cases & KK_CASES
        at = hit.end + (1 if hit.end < self.n and self.toks.folded[hit.end] in PAIR_PARTICLES else 0)
        if cases not in (KK_DAT, KK_ACC) or entry.flags & EXTRA or not self.lx.acts(entry.ref) \
                or at + 1 >= self.n or self.toks.folded[at] != "қол" \
                or self.toks.gap(at + 1).strip(" \u00a0") or not re.match(r"қой(?!ыл)", self.toks.folded[at + 1]):
            return False
        self.wrong_case(hit, entry, "nom", f"({cases_of('kk', cases)[0]}) right before «қол қою», whose dative is the "
                        "document signed: who signs is its subject")
        return True

    def kazakh_member_of(self, hit: Hit, entry: FormEntry) -> bool:
        """English "a member of both the CIS and the SCO", "membership of the EAEU": what one is a member
        of is the dative of мүше or мүшелік («Шанхай ынтымақтастық ұйымына да мүше», «Еуразиялық
        экономикалық одаққа мүшелігі»); a locative, accusative, ablative or instrumental right
        before them (past «да») is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_LOC, KK_ACC, KK_ABL, KK_INS, KK_GEN) \
                or not _EN_MEMBER.search(self.source):
            return False
        k = hit.end
        if k + 1 < self.n and self.toks.folded[k] in PAIR_PARTICLES and not self.toks.gap(k + 1).strip(" \u00a0"):
            k += 1
        if k >= self.n or self.toks.gap(k).strip(" \u00a0") or not membership_word(self.toks.folded[k]) \
                or (cases == KK_GEN and not (self.toks.folded[k] == "мүше" and self._predicate_after(k))):
            # (a genitive owns мүшелігі, «Қазақстанның … мүшелігі», and the possessed noun after a bare мүше, «ҰҚШҰ-ның
            # мүше мемлекеттері»; not мүше as the predicate, «… ұйымының мүше болды»)
            return False
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) before {self.toks.words[k]!r}: what one is a "
                        "member of is a dative")
        return True

    def _predicate_after(self, k: int) -> bool:
        """Does token *k* end its clause or stand before a form of болу or емес (its predicate's verb)?"""
        end = self._clause_end(k + 1) if k + 1 < self.n else k + 1
        return end == k + 1 or self.toks.folded[k + 1].startswith(("бол", "емес"))

    def kazakh_subject_of_demanded_action(self, hit: Hit, entry: FormEntry) -> None:
        """English "demanded that Nazarbayev leave politics": the one who is to act is the subject of
        the action, which Kazakh makes a verbal noun with the possessive and its subject a genitive
        («Назарбаевтың саясаттан кетуін талап етті»). A bare name in a clause with such a verbal
        noun after it is wrong. (Not "demanded that the Constitution be restored": what is acted on.)"""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_NOM or not self.lx.acts(entry.ref):
            return
        before_en, after_en = self.source_around(entry.ref)
        if before_en is None or not _EN_DEMANDED_THAT.search(before_en) or not _EN_SUBJUNCTIVE_AFTER.match(after_en) \
                or self.english_noun_after(entry.ref):
            return      # ("demand that the CSTO troops leave": the name modifies the one who is to act)
        words = self._clause_after(hit)
        at = next((k for k, word in enumerate(words) if word.islower() and possessed_verbal_noun(fold(word))), None)
        if at is None or any(not word.islower() for word in words[:at]):
            return      # (another name between may be the subject)
        if fold(words[0]) in KK_COORDINATORS:
            return      # «Назарбаев пен оның туыстарының … кетуін»: a list, its genitive on the last member
        self.wrong_case(hit, entry, "gen", f"(nom) before {words[at]!r}: the source makes it the one who is to act, "
                        "the subject of a verbal noun with the possessive, a genitive")

    def kazakh_dative_in_an_accusative_clause(self, hit: Hit, entry: FormEntry) -> None:
        """«Крис Фордқа алғаш рет тыңдады» ("listened to Chris Ford"): a dative name in a clause
        whose verb takes only an accusative object (тыңдау, қолдау, сынау, басқару — the table of
        verbs whose object is one case) and nothing between that takes a dative or an object of
        its own: the name is that verb's object."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_DAT or bare_quoted(entry, entry.cases & KK_CASES):
            return
        words = without_auxiliary(without_clause_particles(self._clause_after(hit)))
        # (a clause quoted by «деп» and a verb of saying or expecting after it ends at the verb before «деп»: «…
        # Қауіпсіздік кеңесіне өмір бойы басқарады деп күтілген еді», "had been expected to chair")
        quoted = next((k for k, word in enumerate(words) if fold(word) in _KK_QUOTING), None)
        if quoted is not None:
            # (only where the English makes the name its verb's direct object, "chair the Security Council", "ran
            # Kazakhstan": the dative of one told or asked, «Мерфиге … деді», is the verb of saying's own)
            verb_en = _EN_OBJECT_OF_VERB.search(self.source_before(entry.ref))
            if verb_en is None or verb_en.group(1).lower() in _EN_NOT_DIRECT:
                return
            words = without_auxiliary(without_clause_particles(words[:quoted]))
        if not words or not words[-1].islower() or verb_object_case(words[-1]) != "acc" \
                or fold(words[-1]).startswith(_KK_DATIVE_TOO):
            return
        # («неге», "why", is shaped as a dative and takes the place of none: «… кеңесіне неге әлі басқарып отырды?»)
        between = [word for word in words[:-1] if fold(word) != "неге"]
        if self.inside_possession(hit):
            return      # «Ресейдің Қазақстанға ықпалы»: between a genitive and the noun it owns, that noun's complement
        if another_verb_form(between) or dative_in_clause(between) or any(any_postposition(word) for word in between) \
                or any(not word.islower() or case_by_ending(fold(word)) in ("acc", "dat") or accusative_word(fold(word))
                       for word in between):
            # (another object between, a pronoun too: «Назарбаевқа бәрін кешірді», "forgave Nazarbayev everything")
            return
        self.wrong_case(hit, entry, "acc", f"(dat) in a clause whose verb {words[-1]!r} takes an accusative object "
                        "and nothing a dative")

    def unowned_possessive(self, start: int, at: int, ref: int, form: str, last: str) -> bool:
        """«Еуропалық Одағының мәлімдемесі» ("the statement of the European Union"): a name whose
        last word has no possessive of its own (Еуропалық Одақ) written with one (одағы-ның) is
        "its European Union", which only an owner before it makes sense of (a genitive:
        «жаңа патшаның Қасиетті одағы», the new tsar's Holy Alliance). With none, the name is
        misdeclined: the same case without the possessive is meant. Tokens *start*..*at* are the
        name as written; *last* is its form's last word, folded."""
        word = self.toks.folded[at]
        voiced = last[:-1] + VOICED.get(last[-1:], last[-1:])
        rest = next((word[len(stem):] for stem in (voiced, last) if word.startswith(stem)), None)
        case = "nom" if rest in ("ы", "і") else POSSESSIVE_CASE.get(rest or "")
        # (the owner may stand a few words before it, past an adjective or an attribute: «Мәскеудің іс жүзіндегі
        # Қасиетті одағы», «диктаторлардың жаңа Қасиетті одағы»)
        # (nor a description whose attribute in -дағы comes first, «Жаңаөзендегі қырғыны»: another construction; nor
        # a name that a proper name right before it heads, «Украин әлеуметтік қозғалысы»: a compound of its own)
        headed = start > 0 and self.toks.words[start - 1][:1].isupper() and not self.toks.gap(start).strip(" \u00a0")
        if case is None or last.endswith(("ы", "і")) or any(map(place_adjective, fold(form).split())) or headed \
                or any(genitive_word(low) for low in self.toks.folded[self._clause_start(start):start]):
            return False
        offending = offending_at(self.toks, start, at + 1, form)
        suggestion = self.lx.in_case(ref, "kk", 0, form=form, case=case)
        self.cover(start, at + 1)
        self.accounted.add(ref)
        self.add("target-wrong-inflection", f"{offending!r}: the possessive on {form!r} ({self.rid(ref)}), whose "
                 "last word has none of its own, with no owner before it" + (f"; expected {suggestion!r}"
                                                                              if suggestion else ""),
                 offending=offending, suggestion=suggestion, ref=ref)
        return True

    def kazakh_dative_owner(self, hit: Hit, entry: FormEntry) -> None:
        """English "the Russian counterpart of NATO", "the UN rights chief": the name owns the noun the
        English gives it, which Kazakh says with a genitive before that noun in the possessive
        («НАТО-ның ресейлік баламасы»). A dative there («НАТО-ға ресейлік баламасы») owns nothing: with
        only adjectives or bare nouns between it and a possessed noun in the nominative that ends the
        phrase, the genitive is meant."""
        if entry.flags & EXTRA or entry.cases & KK_CASES != KK_DAT or bare_quoted(entry, entry.cases & KK_CASES) \
                or not self.english_owner(entry.ref) or self.source_around(entry.ref)[0] is None:
            return
        if after_to(self.source_before(entry.ref), frozenset()) and not self.after_of(entry.ref) \
                and not self.english_possessive(entry.ref):
            return      # "oil exports to the European Union": the noun's "to", a dative («Еуропалық Одаққа экспорты»)
        words = self._clause_after(hit)
        # (the possessed noun in the nominative, -ы/-і, and none that takes a dative itself: «ұйымына мүшелігі»)
        at = next((k for k, word in enumerate(words[:4])
                   if possessed_noun(word) and fold(word).endswith(("ы", "і"))), None)
        if at is None or dative_in_clause(words[:at + 1]) \
                or any(not word.islower() or case_by_ending(fold(word)) is not None or genitive_word(fold(word))
                       or another_verb_form([word]) or any_postposition(word) for word in words[:at + 1]) \
                or (at + 1 < len(words) and (any_postposition(words[at + 1]) or dative_in_clause(words[at + 1:]))):
            return
        self.wrong_case(hit, entry, "gen", f"(dat) before {' '.join(words[:at + 1])!r}, a possessed noun the source "
                        "gives it: its owner is a genitive")

    def kazakh_owner_of_what_there_is(self, hit: Hit, entry: FormEntry) -> None:
        """English "Eni has a stake in Kashagan": Kazakh says having with the thing had in the possessive and бар
        ("there is") or жоқ, its owner a genitive («Eni-дің Қашағанда үлесі бар»). A name in another case of its own
        there (a dative, «Eni-ге … үлесі бар») owns nothing: with a possessed noun in the nominative before the бар that
        ends the clause, and no other owner between, the genitive is meant."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in (KK_DAT, KK_ACC, KK_ABL, KK_INS) or bare_quoted(entry, cases):
            return
        _, after_en = self.source_around(entry.ref)
        if not _EN_HAS_AFTER.match(after_en):
            return
        words = without_clause_particles(self._clause_after(hit))
        if len(words) < 2 or fold(words[-1]) not in _KK_BEING_THERE:
            return
        at = next((k for k, word in enumerate(words[:-1]) if possessed_noun(word) and fold(word).endswith(("ы", "і"))
                   and not any_postposition(word)), None)
        if at is None or at != len(words) - 2 \
                or any(genitive_word(fold(word)) or (word.islower() and another_verb_form([word]))
                       for word in words[:at]):
            return      # (another owner, or a verb form of its own — not a name shaped like one, «Ақтауда»)
        self.wrong_case(hit, entry, "gen", f"({cases_of('kk', cases)[0]}) in a clause of having, {words[at]!r} "
                        f"{words[-1]!r}: the source makes it the owner, a genitive")

    def kazakh_complement_of_dative_predicative(self, hit: Hit, entry: FormEntry) -> None:
        """English "depends on Moscow as never before": the complement of a predicative that takes the dative (тәуелді,
        "dependent"), which ends the Kazakh clause past words of degree or comparison («Мәскеуге бұрын-соңды болмаған
        дәрежеде тәуелді»). A name in the ablative there, after the English "on", is wrong — the ablative of a
        comparison is another word's («бұрынғыдан да бетер»); not with another dative between, the complement."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases != KK_ABL or not _EN_ON.search(self.source_before(entry.ref)):
            return
        words = self._clause_after(hit)
        if len(words) < 2 or not words[-1].islower() or not dative_predicative(fold(words[-1])) \
                or any(dative_word(fold(word)) or not (word.islower() or word.isdigit()) for word in words[:-1]):
            return
        self.wrong_case(hit, entry, "dat", f"({cases_of('kk', cases)[0]}) in a clause that {words[-1]!r} ends, which "
                        "takes the dative: the source's \"on\" makes the name its complement")
