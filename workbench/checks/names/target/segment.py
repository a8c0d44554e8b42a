"""One target check: the scans of the translation with the form indexes, the context of
every name found, the stems with wrong endings, presence, misspellings and missing names
(the steps listed in the package's docstring)."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ...findings import Finding
from ..forms import ADMITTED, CASES, EXTRA, FOREIGN, HYPHEN_QUOTE, PREFERRED, WRONG, FormEntry, FormIndex, Hit
from ..kazakh_heads import (
    BARE_CASE,
    POSSESSIVE_CASE,
    UNVOICED,
    possessive_tail_for,
    predicate_after,
    vowel_restored_stem,
)
from ..kazakh_heads import CASE_BIT as KK_CASE_BIT
from ..lexicon import TARGET_LANGUAGES, Lexicon
from ..matcher import KAZAKH_ONLY, Tokens, fold, is_acronym, token_case_ok, tokens_of
from ..russian_context import governed, noun_stem
from ..source import former_name_cue
from ..suffixes import RU_ADJ_ENDINGS, RU_ENDINGS, RU_NOUN_ENDINGS, harmony_fold, kazakh_signature
from .kazakh import KazakhRules
from .kazakh_answers import KazakhAnswerRules
from .kazakh_demands import KazakhDemandRules
from .kazakh_kin import KazakhKinRules
from .kazakh_owned_name import KazakhOwnedNameRules
from .kazakh_owners import KazakhOwnerRules
from .kazakh_spans import KazakhSpanRules
from .kazakh_stripped_head import KazakhStrippedHeadRules
from .kazakh_workplace import KazakhWorkplaceRules
from .lists import NOUN_PLURAL_ENDINGS, NameLists
from .misspellings import Misspellings
from .omissions import Omissions
from .russian import RussianRules
from .russian_compared import RussianComparedRules
from .russian_light_verbs import RussianLightVerbRules
from .russian_naming import RussianNamingRules
from .russian_parenthetical import RussianParentheticalRules
from .russian_plural_head import RussianPluralHeadRules
from .russian_premodifier import RussianPremodifierRules
from .russian_prepositional import RussianPrepositionalRules
from .russian_quoted_owner import RussianQuotedOwnerRules
from .russian_recipient import RussianRecipientRules
from .russian_target import RussianTargetRules
from .russian_verbs import RU_ADJECTIVE_ENDING
from .state import APOSTROPHES, CLOSE, OPEN, SINGULAR, offending_at, strict_accept, token_span

#: Words a descriptive name may be said without (prepositions, conjunctions).
_FUNCTION_WORDS = frozenset("в во на о об с со и или по за для от до из к ко у при мен пен бен және мен "
                            "туралы үшін бойынша".split())
#: The locative-attributive -дағы inside a Kazakh word (Атыраудағы, Атыраудағылар)
_KK_ATTRIBUTIVE = re.compile(r"(?:да|де|та|те)(?:ғы|гі)")
#: The endings a Russian noun takes in the singular cases (a given name declined: Джо-ем, Айнур-ом)
_RU_NOUN_CASE_ENDINGS = frozenset("а я у ю ом ем ой ей е и ы".split())
#: the English spellings' standing as the forms' statuses
_EN_STANDING = {"preferred": PREFERRED, "admitted": ADMITTED, "deprecated": WRONG}
#: hyphens inside a name («Западно-Казахстанская»)
_HYPHENS = ("-", "\u2010", "\u2011")
#: ... and every ending of a Russian adjective, any gender, number and case
_RU_ADJECTIVE_ANY_ENDING = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ей|ых|их"
                                      r"|ыми|ими)$")
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


def _lang(language: str) -> str:
    return _LANG_NAMES.get(language, language)


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


def _common_prefix(words: list[str]) -> str:
    """The longest beginning all *words* share."""
    first, last = min(words), max(words)
    k = 0
    while k < min(len(first), len(last)) and first[k] == last[k]:
        k += 1
    return first[:k]


def _noun_plural(table: dict[str, list[tuple[int, int, int]]], fid: int, position: int, word: str) -> int | None:
    """The plural case bits of *word* when it is a plural, by an ending only plurals have, of
    the noun at *position* of form *fid* («областях» of «Карагандинская область»); the name's
    table holds its singular forms only."""
    base = next((w for w, entries in table.items() for f, p, m in entries if f == fid and p == position and m & 1),
                None)
    if base is None or len(base) < 4 or not base.isalpha():
        return None
    stem = noun_stem(base)
    if not word.startswith(stem):
        return None
    return next((mask for ending, mask in NOUN_PLURAL_ENDINGS if word == stem + ending), None)


# (-ия places: Ирландия → ирландский, Россия → российский, Австрия → австрийский)
_RELATIONAL_RU = r"(?:[иеоя]?н|й)?[сц]к(?:" + "|".join(sorted(RU_ADJ_ENDINGS, key=len, reverse=True)) + r")"
_RELATIONAL = {
    # a name's relational adjective: казахстанской республики (of the Kazakh republic), қазақстандық
    "ru": re.compile(_RELATIONAL_RU),
    # Kazakh: -лық (қазақстандық), -сыз "without" (Назарбаевсыз), -шыл "-ist", -ша "like", -дай "as"
    "kk": re.compile(r"(?:лық|лік|дық|дік|тық|тік|сыз|сіз|шыл|шіл|ша|ше|дай|дей|тай|тей).*"),
}


#: a Russian place's demonym after its stem, any case and number: алмат-инцы, жанаозен-цы, актау-сцы,
#: москв-ичи, астан-чане, алмат-инка
_DEMONYM_RU = re.compile(r"(?:[иеоя]?н|с)?(?:ец|ц(?:ы|а|у|ем|е|ев|ам|ами|ах)|к(?:а|и|у|ой|е|ам|ами|ах)|ок"
                         r"|чан(?:е|ин|ина|ам|ами|ах)?|ич(?:и|ей|ам|ами|ах)?)")


def _presence_case_ok(entry: FormEntry, text: Sequence[str]) -> bool:
    if strict_accept(entry, text):
        return True
    first = text[0]
    if not first[:1].islower() or is_acronym(tokens_of(entry.surface)[0]):
        return False
    return strict_accept(entry, [first[:1].upper() + first[1:], *text[1:]])


#: a Kazakh head noun shared by the names before it carries the possessive, in the plural or not
#: («Ақтөбе және Қызылорда облыстарының», «Тәуелсіздік күні»): the bare noun (күн) heads nothing
_KK_HEAD_TAIL = re.compile(r"(?:(?:лар|лер|дар|дер|тар|тер)?[ыі]|с[ыі])")


#: The Kazakh personal endings of a predicate (-мын "I am", -сың, -сыз "you are", -мыз "we are")
_KK_PERSONAL = re.compile(r"(?:мын|мін|пын|пін|бын|бін|сың|сің|сыз|сіз|мыз|міз|быз|біз|пыз|піз)$")


def _feminine_of_masculine(stem_word: str, suffix: str, suffixes: frozenset[str]) -> bool:
    """Is *suffix* after the man's surname *stem_word* (Құрманов, Мәсімов, Путин) the woman's -а/-е,
    bare or before a Kazakh case ending (Құрманова, Құрмановамен)?"""
    return fold(stem_word).endswith(("ов", "ев", "ёв", "ин", "ын")) and suffix[:1] in ("а", "е") \
        and (len(suffix) == 1 or harmony_fold(suffix[1:]) in suffixes)


def _is_head(word: str, stems: tuple[str, ...], language: str) -> bool:
    if language == "ru":
        return any(word.startswith(stem) and word[len(stem):] in RU_NOUN_ENDINGS for stem in stems)
    return any(word.startswith(stem) and (language != "kk" or _KK_HEAD_TAIL.match(word[len(stem):]) is not None)
               for stem in stems)


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
    seg.short_form_with_broken_head()
    seg.stripped_possessed_head()
    seg.fixed_word_declined()
    seg.misspellings()
    seg.kazakh_letters()
    seg.report_missing()
    seg.one_fix_per_name()
    return TargetResult(seg.findings, _preferred_renderings(lx, seg.renderings, language))


def _agreeing_case(masks: list[int]) -> int:
    """The case bits a Russian name whose words disagree is fixed in: the case its declined words
    show — those that cannot be nominative («Саймона Ханна», «Розу Тулетаева», «Европейский союзе»,
    «Трафальгарской площадь»): the writer declined what he knew how to, and the word left alike
    to the nominative is the one that went astray; where they disagree among themselves, the
    first one's («Кайрату Абдрахманова»: the surname's ending goes astray). Else the last word's."""
    singular = [mask & SINGULAR for mask in masks]
    declined = [mask for mask in singular if mask and not mask & _RU_NOM]
    if declined:
        shared = declined[0]
        for mask in declined[1:]:
            shared &= mask
        return shared or declined[0]
    return singular[-1] or singular[-2]


#: the nominative's, genitive's and accusative's bits in a Russian case mask
_RU_NOM = 1 << CASES["ru"].index("nom")
_RU_GEN = 1 << CASES["ru"].index("gen")
_RU_ACC = 1 << CASES["ru"].index("acc")
#: the third person's possessive endings, after which a case ending takes -н- (облысы-н-да)
_KK_POSSESSIVES = ("сы", "сі", "ы", "і")


def pronominal_n_restored(tail: str, tails: frozenset[str] | set[str]) -> str | None:
    """*tail* with the -н- a case ending takes after the third person's possessive put back, if
    that gives one of the name's *tails*: "ыда" → "ында", "сыдағы" → "сындағы"; else None."""
    for possessive in _KK_POSSESSIVES:
        if tail.startswith(possessive) and len(tail) > len(possessive) and tail[len(possessive)] != "н":
            restored = possessive + "н" + tail[len(possessive):]
            if restored in tails:
                return restored
    return None


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


@functools.lru_cache(maxsize=4096)
def _gaps_between_words(surface: str) -> tuple[str, ...]:
    """What stands between the words of a glossary form (" " in «Қасым Жомарт», "-" in «Нур-Султан»),
    read once per form, not on every keystroke's check."""
    form = Tokens.of(surface)
    return tuple(form.gap(k) for k in range(1, len(form.words)))


#: endings only a Russian plural has (областях, областей, областям, областями, комитетов)
_RU_PLURAL_TAILS = tuple(ending for ending, _ in NOUN_PLURAL_ENDINGS)


class _Segment(NameLists, RussianRules, RussianPremodifierRules, RussianComparedRules, RussianPluralHeadRules,
               RussianRecipientRules, RussianNamingRules, RussianTargetRules, RussianQuotedOwnerRules,
               RussianLightVerbRules, RussianPrepositionalRules, RussianParentheticalRules, KazakhRules,
               KazakhSpanRules, KazakhOwnerRules, KazakhKinRules, KazakhOwnedNameRules, KazakhStrippedHeadRules,
               KazakhWorkplaceRules, KazakhAnswerRules, KazakhDemandRules, Omissions, Misspellings):
    """One target check, step by step."""

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
                        self.joined_otherwise(hit, best)
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
            offending = offending_at(toks, hit.start, hit.end, entry.surface)
            suggestion = self.lx.fix_for(entry, self.language, offending)
            other = self.other_language_of(entry)
            if other:
                suggestion = self.other_language_fix(entry, other, hit.start, offending, suggestion)
            if other:
                self.add("target-other-language-form",
                         f"{offending!r} is the {_lang(other)} form of {self.rid(entry.ref)}; "
                         f"in {_lang(self.language)}: {suggestion!r}",
                         offending=offending, suggestion=suggestion, ref=entry.ref)
            elif self.former_name_in_source(entry.ref):
                self.add("target-historical-name",
                         f"{offending!r}: former name of {self.rid(entry.ref)}, as the source gives it here; "
                         f"today {suggestion!r}", offending=offending, suggestion=None, ref=entry.ref)
            else:
                self.add("target-wrong-form",
                         f"{offending!r} is listed as a wrong form of {self.rid(entry.ref)}; use {suggestion!r}",
                         offending=offending, suggestion=suggestion, ref=entry.ref)

    def former_name_in_source(self, ref: int) -> bool:
        """Does the source itself give the place its former name, deprecated today, and say it is the
        former one or place it in the Soviet years ("Semey, formerly Semipalatinsk")? Then the
        translation's former name («бывшем Семипалатинске») renders it faithfully, as the source
        check lets the English one stand."""
        if self.lx.kinds[ref] != "place" or former_name_cue(self.source) is None:
            return False
        return any(self.lx.english_standing(ref, self.source[start:end]) == "deprecated"
                   for start, end in self.mentions(ref))

    def joined_otherwise(self, hit: Hit, entry: FormEntry) -> None:
        """A form of several words spelt right but joined otherwise than the glossary joins them —
        «Қасым Жомарт Тоқаев» for Қасым-Жомарт Тоқаев, «Нур Султан» for Нур-Султан: a hyphen lost
        or added is a misspelling."""
        if hit.end - hit.start < 2:
            return
        listed_gaps = _gaps_between_words(entry.surface)
        if len(listed_gaps) != hit.end - hit.start - 1:
            return
        toks = self.toks
        for k, listed in enumerate(listed_gaps, 1):
            written = toks.gap(hit.start + k)
            if {written.strip(), listed.strip()} <= {"", *_HYPHENS} and (written.strip() in _HYPHENS) != (
                    listed.strip() in _HYPHENS):
                offending = offending_at(toks, hit.start, hit.end, entry.surface)
                suggestion = entry.surface if str(offending)[:1] not in OPEN or entry.surface[:1] in OPEN else None
                self.add("target-misspelt-name", f"{offending!r} looks like a misspelling of {self.rid(entry.ref)}: "
                         f"{entry.surface!r} (its words joined otherwise)", offending=offending,
                         suggestion=suggestion, ref=entry.ref)
                return

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
                offending = offending_at(self.toks, hit.start, hit.end, text)
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
        """Each valid form's context, read against the English around the same mention: the k-th mention of a name in
        the translation against its k-th in the source, where both name it equally often; a mention beyond the
        source's count against none; a name given fewer times than the source gives it against each English mention
        in turn, reported only where none accepts it ("from Uralsk … returned to Uralsk", «… Оралға оралды»)."""
        total = Counter(entry.ref for _, entry in self.pending)
        for ref, count in total.items():
            self.drop_people_words(ref, count)
        paired = {ref for ref, count in total.items() if count > 1 and len(self.mentions(ref)) == count}
        ordered = sorted(self.pending, key=lambda pair: pair[0].start)
        by_spelling = {ref: self._pair_by_spelling(ref, [entry for _, entry in ordered if entry.ref == ref])
                       for ref in paired}
        seen: Counter[int] = Counter()
        for hit, entry in ordered:
            nth = seen[entry.ref]
            pairing = by_spelling.get(entry.ref)
            self._mention = (entry.ref, (pairing[nth] if pairing else nth) if entry.ref in paired else 0)
            seen[entry.ref] += 1
            if nth >= len(self.mentions(entry.ref)) >= 1:
                # (a mention the translation adds — for a pronoun, or a spelling the glossary does not list, "came
                # back to Oral" after "In Uralsk" — has no English context of its own: the first's is another's;
                # it is read as a name the source does not give, by the translation's own grammar alone)
                self._mention = (entry.ref, len(self.mentions(entry.ref)))
            if not any(k in self.disagreeing for k in range(hit.start, hit.end)):
                found = len(self.findings)
                self.context(hit, entry)
                first = self.findings[found:]
                fewer = entry.ref not in paired and 1 <= total[entry.ref] < len(self.mentions(entry.ref))
                for other in range(1, len(self.mentions(entry.ref)) if fewer and first else 1):
                    del self.findings[found:]
                    self._mention = (entry.ref, other)
                    self.context(hit, entry)
                    if len(self.findings) == found:
                        break
                else:
                    self.findings[found:] = first
        self._mention = None

    def _pair_by_spelling(self, ref: int, entries: list[FormEntry]) -> list[int] | None:
        """Where the source names the referent by spellings of different standing ("Lawyers from
        Astana, then still called Nur-Sultan") and the translation its forms of the same standings
        in another order («Нұр-Сұлтан деп аталған Астанадан»), the source mention each target
        mention reads: the preferred with the preferred, the admitted with the admitted, in order.
        None where the standings do not match (pairing by order then)."""
        spans = self.mentions(ref)
        source = [_EN_STANDING.get(self.lx.english_standing(ref, self.source[a:b]) or "preferred", WRONG)
                  for a, b in spans]
        target = [min(entry.status, WRONG) for entry in entries]
        if len(set(source)) < 2 or sorted(source) != sorted(target) or source == target:
            return None
        unused = list(range(len(source)))
        out = []
        for standing in target:
            k = next(k for k in unused if source[k] == standing)
            unused.remove(k)
            out.append(k)
        return out

    def context(self, hit: Hit, entry: FormEntry) -> None:
        if entry.ref in self.lx.terms:
            return          # adjectives agree with their noun in gender and number: no case to check
        if self.dash_label(hit, entry):
            return
        if self.language == "kk" and entry.flags & HYPHEN_QUOTE:
            self.hyphen_after_quote(hit, entry)
        elif self.language == "kk":
            if self._hyphened_ending_after(hit) \
                    and "-" + self.toks.folded[hit.end] not in self.index.tails_of(entry.form)[1]:
                return      # «Тоқаев-қа»: the name and the ending after its hyphen are judged as one (hyphen_suffixes)
            if self.declined_before_head(hit, entry):
                return
            headed = self.quoted_with_head(hit, entry) or self.place_with_head(hit, entry) \
                or self.latin_with_head(hit, entry)
            if headed is not None:
                hit, entry = headed
            if self.kazakh_glued_and(hit, entry) or self.kazakh_and_sound(hit, entry) \
                    or self.kazakh_case_before_and(hit, entry) \
                    or self.kazakh_itself(hit, entry) \
                    or self.kazakh_coordinated_with_noun(hit, entry):
                return
            if not self.kazakh_answer_fragment(hit, entry) and not self.kazakh_span_from_event(hit, entry) \
                    and not self.kazakh_from(hit, entry) and not self.kazakh_recipient(hit, entry) \
                    and not self.kazakh_demanded_of(hit, entry) and not self.kazakh_compared(hit, entry) \
                    and not self.kazakh_than(hit, entry) \
                    and not self.kazakh_accusative_before_intransitive(hit, entry) \
                    and not self.kazakh_contrast(hit, entry) and not self.kazakh_contrast_second(hit, entry) \
                    and not self.kazakh_with(hit, entry) and not self.kazakh_place_of_event(hit, entry) \
                    and not self.kazakh_place_of_noun(hit, entry) and not self.kazakh_published_in(hit, entry) \
                    and not self.kazakh_pair_with_noun(hit, entry) and not self.kazakh_particle_pair(hit, entry) \
                    and not self.kazakh_clause_subject(hit, entry) and not self.kazakh_member_of(hit, entry) \
                    and not self.kazakh_on_medium(hit, entry) and not self.kazakh_head_after_bare_name(hit, entry) \
                    and not self.kazakh_opening_place(hit, entry) \
                    and not self.kazakh_been_to(hit, entry) \
                    and not self.kazakh_destination(hit, entry) and not self.kazakh_locative_for_to(hit, entry) \
                    and not self.kazakh_locative_before_going(hit, entry) \
                    and not self.kazakh_genitive_before_genitive(hit, entry) \
                    and not self.kazakh_accusative_inside_possession(hit, entry) \
                    and not self.kazakh_genitive_before_bare_verbal_noun(hit, entry) \
                    and not self.kazakh_owner_in_a_passive_clause(hit, entry) \
                    and not self.kazakh_bare_subject_of_verbal_noun(hit, entry) \
                    and not self.kazakh_accusative_for_in(hit, entry) and not self.kazakh_dative_for_in(hit, entry) \
                    and not self.kazakh_ablative_for_in(hit, entry) and not self.kazakh_nominative_for_in(hit, entry) \
                    and not self.kazakh_genitive_for_in(hit, entry) \
                    and not self.kazakh_locative_for_attribute(hit, entry) \
                    and not self.kazakh_verbal_noun_object(hit, entry) and not self.kazakh_called_on(hit, entry) \
                    and not self.kazakh_compound_verb_object(hit, entry) \
                    and not self.kazakh_participle_agent(hit, entry) \
                    and not self.kazakh_relative_subject(hit, entry) \
                    and not self.kazakh_instrumental_agent(hit, entry) \
                    and not self.kazakh_accusative_before_passive(hit, entry) \
                    and not self.kazakh_accusative_before_passive_participle(hit, entry) \
                    and not self.kazakh_recipient_of_passive(hit, entry) \
                    and not self.kazakh_workplace(hit, entry):
                found = len(self.findings)
                self.kazakh_word_after(hit, entry)
                # then each of these in turn, until one finds something
                for rule in (self.kazakh_second_accusative, self.kazakh_compound_object,
                             self.kazakh_accusative_before_dative_compound, self.kazakh_clause_object,
                             self.kazakh_subject_of_dative_passive, self.kazakh_subject,
                             self.kazakh_ablative_compound, self.kazakh_ablative_complement, self.kazakh_partner,
                             self.kazakh_dative_object_verb, self.kazakh_subject_of_demanded_action,
                             self.kazakh_dative_in_an_accusative_clause, self.kazakh_dative_owner,
                             self.kazakh_owner_of_what_there_is, self.kazakh_genitive_owning_nothing,
                             self.kazakh_day_after_on, self.kazakh_complement_of_dative_predicative,
                             self.kazakh_possessed_name_bare_owner, self.kazakh_bare_owner_across_modifiers,
                             self.kazakh_kin_owner,
                             self.kazakh_person_subject_of_passive_verbal_noun,
                             self.kazakh_owned_name_bare, self.kazakh_possessed_name_before_its_account):
                    if len(self.findings) == found:
                        rule(hit, entry)
        elif self.language == "ru" and entry.flags & HYPHEN_QUOTE:
            self.ending_after_quote(hit, entry)
        elif self.language == "ru" and self.apostrophe_ending(hit, entry):
            return
        elif self.language == "ru":
            found = len(self.findings)
            if self.name_before_its_noun(hit, entry):
                return      # «Назарбаев режим»: the English compound's order (russian_premodifier)
            if self.compared_in_source(hit, entry):
                return      # «, чем «КазМунайГаза»» for "than KazMunayGas does" (russian_compared)
            if hit.start > 0:
                self.russian_word_before(hit, entry)
            # «Пользователи Фейсбук», "Facebook users" (russian_plural_head); «продать … «КазМунайГаза»», "sell to"
            # (russian_recipient); «назвали ОДКБ Священный союз», "called … the Holy Alliance" (russian_naming);
            # «влияние Москвы на Центральной Азии» (russian_target)
            # «Подпись «Левый блок»», "the signature of the Left Bloc" (russian_quoted_owner)
            for rule in (self.owner_of_plural, self.recipient_of_giving, self.name_given, self.target_past_owner,
                         self.quoted_owner, self.target_of_aiming_noun, self.dative_of_light_verb,
                         self.nominative_after_noun_for_preposition, self.plural_verb_past_clause):
                if len(self.findings) == found:
                    rule(hit, entry)
            if len(self.findings) == found and not self.plural_verb_after(hit, entry):
                self.fronted_object(hit, entry)
                self.dative_experiencer(hit, entry)
            if len(self.findings) == found:
                self.fronted_dative_object(hit, entry)
            if len(self.findings) == found:
                self.russian_action_noun_object(hit, entry)
            if len(self.findings) == found:
                self.locative_without_preposition(hit, entry)
            if len(self.findings) == found:
                self.apposition_after(hit, entry)
            if len(self.findings) == found:
                self.participle_after(hit, entry)
            if len(self.findings) == found and (self.toks.sentence_initial(hit.start)
                                                or (hit.start > 0 and "," in self.toks.gap(hit.start))
                                                or self.after_clause_conjunction(hit.start)):
                self.fronted_subject(hit, entry)

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
                offending = offending_at(toks, hit.start, hit.end, entry.surface)
                suggestion = self.other_language_fix(entry, other, hit.start, offending)
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
                if starts and i + 1 not in multi and self.stray_next_word(ref, table, i, starts):
                    i += 2
                    continue
                best: tuple[int, int, int, list[int]] | None = None
                for fid, pos, mask in starts or ():
                    masks = [mask]
                    j = i + 1
                    while j < self.n and j not in multi and not toks.gap(j).strip(" \u00a0-" + OPEN + CLOSE):
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
                agreeing = _agreeing_case(masks)
                if agreeing & _RU_GEN and agreeing & _RU_ACC and start > 0 and toks.words[start - 1].islower() \
                        and not toks.gap(start).strip(" \u00a0") and governed(toks.words[start - 1]) is None \
                        and self.english_object(ref) is not None and not self.english_possessive(ref):
                    agreeing = _RU_ACC      # «поблагодарили Саймона Ханна», "thanked Simon Hannah": the verb's object
                suggestion = self.lx.in_case(ref, "ru", agreeing, form=form)
                offending = offending_at(toks, start, end)
                self.add("target-wrong-inflection",
                         f"{offending!r}: the words of {form!r} ({self.rid(ref)}) are in different cases"
                         + (f"; expected {suggestion!r}" if suggestion else ""),
                         offending=offending, suggestion=suggestion, ref=ref)
                i = end

    def stray_next_word(self, ref: int, table: dict[str, list[tuple[int, int, int]]], i: int,
                        starts: list[tuple[int, int, int]]) -> bool:
        """«Советом безопасностью», «Мангистауской областе»: the word after a word of a multiword name
        is the name's next word with an ending none of its forms has there (the name's words fixed
        in the genitive declined, a made-up ending) — reported as a wrong inflection of the name,
        fixed in the first word's case where that is one."""
        toks = self.toks
        j = i + 1
        # (a word in small letters, the name's common noun, singular: «Кызылординской областях» is a
        # plural head shared by a list of adjectives, «Актюбинской и Кызылординской областях»)
        if j >= self.n or toks.gap(j).strip(" \u00a0") or not toks.words[j].islower() \
                or toks.folded[j].endswith(_RU_PLURAL_TAILS):
            return False
        word = toks.folded[j]
        if word in table or len(word) < 5:
            return False
        for fid, pos, mask in starts:
            _, form, _ = self.index.forms[fid]
            form_words = tokens_of(form)
            if pos + 1 >= len(form_words) or not form_words[pos + 1].islower():
                continue        # (a common noun of the name's, not a proper name's word: «Украиной»)
            own = [w for w, slots in table.items() if any(f == fid and p == pos + 1 for f, p, _ in slots)]
            near = [w for w in own if len(w) >= 5 and len(_common_prefix([w, word])) >= max(4, len(w) - 3)
                    and abs(len(w) - len(word)) <= 2]
            if not near:
                continue
            # (the name's word must begin the form there: the text has the name from its first word on)
            if i > 0 and any(f == fid and p == pos - 1 for f, p, _ in table.get(toks.folded[i - 1], ())):
                return False
            case = mask & SINGULAR
            suggestion = self.lx.in_case(ref, "ru", case, form=form) if case and not case & (case - 1) else None
            self.cover(i, j + 1)
            self.disagreeing.update(range(i, j + 1))
            self.accounted.add(ref)
            offending = offending_at(toks, i, j + 1)
            self.add("target-wrong-inflection",
                     f"{offending!r}: {toks.words[j]!r} is no form of the word {near[0]!r} of {form!r} "
                     f"({self.rid(ref)})" + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)
            return True
        return False

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
            if pos == 0 or not mask & SINGULAR:
                continue
            # the name's own word at the position before: an adjective of the same stem with another ending,
            # or a person's given name with a case ending it does not take
            own = [w for w, slots in table.items() if any(f == fid and p == pos - 1 for f, p, _ in slots)]
            stem = next((w[:-2] for w in own if RU_ADJECTIVE_ENDING.search(w) and len(w) >= 6), None)
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
            suggestion = self.lx.in_case(ref, "ru", mask & SINGULAR, form=form)
            offending = offending_at(toks, start, i + 2)
            self.add("target-wrong-inflection",
                     f"{offending!r}: {what} {form!r} ({self.rid(ref)}) has no such form before the word after it"
                     + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)
            return i + 2
        return None

    def coordinated(self, start: int, end: int, masks: list[int]) -> bool:
        """«Атырауская и Мангистауская области»: coordinated adjectives share a plural head noun
        (an adjective of two parts too: «… и Западно-Казахстанской областей»)."""
        # (words, not tokens: «Западно-Казахстанскую области» is an adjective of two parts and its noun)
        words = end - start - sum(1 for k in range(start + 1, end) if self.toks.gap(k).strip(" \u00a0") in _HYPHENS)
        if start == 0 or (words != 2 and not masks[-1] >> 8):
            return False            # an adjective and its noun, or a head known to be plural
        while start > 1 and self.toks.gap(start).strip(" \u00a0") in _HYPHENS:
            start -= 1              # «… и Восточно-Казахстанской областях»: the adjective's first part
        before = self.toks.folded[start - 1]
        # (the word before the «и» or comma an adjective alone, as the name's: «В Актюбинской области и
        # Западно-Казахстанская области» lists two names each with its noun, and shares none)
        joined = start - 1 if before in ("и", "или") else start if "," in self.toks.gap(start) else None
        return joined is not None and joined > 0 and not self.toks.words[joined - 1].islower()

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
            if ref in self.rendered and len(tokens_of(base)) > 1 and not self.beside_own_words(i, base, stem_word) \
                    and (self.toks.sentence_initial(i) or self.lx.kinds[ref] != "person"):
                # «Государства — члены ОДКБ, … входят в Содружество …», «в Америке … социалистов Америки»: a word of a
                # longer name alone, the name rendered elsewhere, is an ordinary word (a person's, opening a sentence)
                continue
            self.covered[i] = True
            self.accounted.add(ref)
            if language == "kk" and _feminine_of_masculine(stem_word, suffix, suffixes):
                # the man's surname in the case the ending after the woman's -а marks
                man = self.lx.kazakh_same_ending(ref, base, base, suffix[1:]) if len(suffix) > 1 else base
                whole = Tokens.of(man).words if man else []
                suggestion = whole[-1] if whole else None
                self.add("target-wrong-inflection",
                         f"{word!r}: -{suffix[0]} makes the man's surname {stem_word!r} of {self.rid(ref)} a woman's"
                         + (f"; expected {suggestion!r}" if suggestion else ""),
                         offending=word, suggestion=suggestion, ref=ref)
                continue
            suggestion = self.inflection_fix(ref, base, stem_word, suffix, status, i)
            kind = "wrong form" if status == WRONG else "form"
            start = i
            fix = Tokens.of(suggestion) if suggestion else None
            if fix is not None and len(fix.words) > 1 and len(fix.words) == len(Tokens.of(base).words):
                # a fix of the whole name for its last word («Нұр-Сұлтаннен» → «Нұр-Сұлтаннан»): the
                # offending text is the whole name where the text has its earlier words, else the fix
                # is the last word's own (not «Нұр-Нұр-Сұлтаннан»)
                start = self.name_start(i, base)
                if start == i:
                    suggestion = fix.words[-1]
            elif fix is not None and status == WRONG and len(Tokens.of(base).words) > 1:
                # a wrong form of several words fixed by a valid form of another shape («Усть-Каменогорсктен» →
                # «Өскеменнен»): the fix replaces the whole name the text has, not its last word (not
                # «Усть-Өскеменнен»)
                start = self.name_start(i, base)
            offending = offending_at(toks, start, i + 1, base)
            self.add("target-wrong-inflection",
                     f"{word!r}: the ending -{suffix} does not fit the {kind} {stem_word!r} of {self.rid(ref)}"
                     + (" (vowel harmony / final sound)" if language == "kk" else "")
                     + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)

    def name_start(self, i: int, base: str) -> int:
        """The token where the name *base* whose last word is token *i* begins in the text: its
        earlier words before *i* as the form has them («Нұр» before «Сұлтаннен»), else *i*."""
        words = Tokens.of(base).folded
        if len(words) < 2 or i < len(words) - 1:
            return i
        start = i - (len(words) - 1)
        if list(self.toks.folded[start:i]) != list(words[:-1]):
            return i
        return start

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
        offending = offending_at(toks, start, i + 1, base)
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
            if language == "kk" and _feminine_of_masculine(stem_word, suffix, suffixes) \
                    and self.lx.kinds[ref] == "person" and fold(tokens_of(base)[-1]) == fold(stem_word):
                # «Айнұр Құрмановамен»: the glossary's surname is a man's (-ов, -ев, -ин), and -а before the
                # case ending makes it a woman's
                return fid, ref, base, stem_word, suffix, status, False
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
        while j > 0 and not self.toks.gap(j).strip(" \u00a0" + OPEN):
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
                    # (a word of another name may be this one's head: кеңестің is also "Soviet"; the bare head
                    # unvoiced: елшілік-ке for елшілігі; past the name's own words, -сы's с gone: «… Республикада»)
                    devoiced = (stem[-1:] in UNVOICED and word.startswith(stem[:-1] + UNVOICED[stem[-1]])) or (
                        stem[-1:] == "с" and word[len(stem) - 1:] in BARE_CASE and word.startswith(stem[:-1])
                        and ref in self.rendered)
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
                        if status <= 1 and self.unowned_possessive(i - len(head), i, ref, form, words[-1]):
                            continue
                        self.fitting_ending(i, fid, ref, form, status)
                        case = "nom" if tail in ("ы", "і") else POSSESSIVE_CASE.get(tail)
                        if status <= 1 and case is not None:     # a form of the name: what follows it
                            mask = KK_CASE_BIT[case]
                            self.kazakh_word_after(Hit(i - len(head), i + 1, ()),
                                                     FormEntry(-1, ref, status, fid, form, mask, 0, form))
                        continue
                    if status > 1:
                        continue
                    if signatures is None:
                        signatures = {kazakh_signature(t): t for t in sorted(tails)}
                    # the possessive's case ending without its -н- (облысыда, қаласыдағы: облысында,
                    # қаласындағы), else a wrong spelling of one of the tails, or a case ending without the possessive
                    right = pronominal_n_restored(tail, tails)
                    why = "after the possessive the case ending is the possessive's own, with -н-"
                    if right is None:
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
            offending = offending_at(self.toks, i, i + 2)
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
            word = toks.words[j]
            if not self._hyphened_ending_after(hit):
                continue
            entry = hit.entries[0]
            apostrophe = toks.gap(j) in APOSTROPHES
            if "-" + fold(word) in self.index.tails_of(entry.form)[1] and not apostrophe:
                self.covered[j] = True          # an ending the name takes: НАТО-сы, ҰҚШҰ-лар
                continue
            self.covered[j] = True
            self.accounted.add(ref)
            suggestion = self.lx.kazakh_same_ending(ref, entry.base, "", suffix=word)
            offending = toks.text[token_span(toks, hit.start, hit.end, entry.surface)[0]:toks.spans[j][1]]
            name = f"{entry.base!r} ({self.rid(ref)})"
            why = f"Kazakh joins an ending to {name} with a hyphen or not at all, never an apostrophe" if apostrophe \
                else f"the ending -{word} does not fit {name}"
            self.add("target-wrong-inflection", f"{offending!r}: {why}"
                     + (f"; expected {suggestion!r}" if suggestion else ""),
                     offending=offending, suggestion=suggestion, ref=ref)

    def _hyphened_ending_after(self, hit: Hit) -> bool:
        """Kazakh: is the name at *hit* followed by a hyphen and a case ending («Тоқаев-қа», «ҰҚШҰ-нің»)?"""
        j = hit.end
        if j >= self.n:
            return False
        gap, word = self.toks.gap(j), self.toks.words[j]
        return ((gap.endswith("-") and " " not in gap) or gap in APOSTROPHES) and word.islower() \
            and harmony_fold(fold(word)) in self.index.suffixes

    # -- 5. presence ---------------------------------------------------------------------------------
    def source_writes_deprecated(self, ref: int) -> bool:
        """Does the source name the referent by a spelling the glossary deprecates ("Semipalatinsk"
        for Semey, an old name)?"""
        written = self.wanted.get(ref)
        return written is not None and self.lx.english_standing(ref, written) == "deprecated"

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
                    # (a place's demonym too: «алматинцы», "Almaty residents")
                    demonym = language == "ru" and bool(bucket) and _DEMONYM_RU.fullmatch(rest) is not None
                    if bucket and (relational.fullmatch(rest) or demonym or (
                            language == "ru" and rest in RU_ADJ_ENDINGS and word[:k].endswith(("ск", "цк")))):
                        for fid, _ in bucket:
                            ref, base, status = index.forms[fid]
                            # (from a form the glossary calls wrong too where the source itself writes the
                            # old name: "the Semipalatinsk test site", «Семипалатинский полигон», a name of
                            # its own)
                            if ref in missing and (status != WRONG or self.source_writes_deprecated(ref)) \
                                    and status != FOREIGN and len(base.split()) == 1 \
                                    and (not demonym or relational.fullmatch(rest) or self.lx.kinds[ref] == "place"):
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
        if language == "kk" and missing - found:
            found |= self.predicated(missing - found)
        for ref in found:
            self.rendered.setdefault(ref, Hit(0, 0, ()))
        for ref, i in self.surnames(missing - found).items():
            self.rendered.setdefault(ref, Hit(i, i + 1, ()))
            found.add(ref)
        for ref in self.descriptions(missing - found):
            if not self.misdeclined_whole(ref):
                self.rendered.setdefault(ref, Hit(0, 0, ()))
        self.shared_heads()
        self.namesakes()

    def short_form_with_broken_head(self) -> None:
        """«Маңғыстау облыс жұмысшылары»: a Kazakh name written by its one-word short form (Маңғыстау),
        then its full form's last word without the possessive that word has in every case (облыс for
        облысы) — the full name broken, which the short form alone would hide."""
        if self.language != "kk":
            return
        folded = self.toks.folded
        for ref, hit in list(self.rendered.items()):
            if ref not in self.wanted or ref in self.accounted or hit.end - hit.start != 1 or hit.end >= self.n \
                    or not self.toks.words[hit.end].islower() or self.toks.gap(hit.end).strip(" \u00a0") \
                    or (hit.end + 1 < self.n and predicate_after(folded[hit.end + 1])):
                continue    # (a bare noun before a copula is the predicate: «Қазақстан республика болды»)
            for form in self.lx.valid_forms(ref, "kk"):
                words = [fold(t) for t in tokens_of(form)]
                if len(words) == 2 and words[0] == folded[hit.start] \
                        and words[1][len(folded[hit.end]):] in ("ы", "і", "сы", "сі") \
                        and words[1].startswith(folded[hit.end]) and len(folded[hit.end]) >= 3:
                    offending = offending_at(self.toks, hit.start, hit.end + 1, form)
                    self.cover(hit.start, hit.end + 1)
                    self.accounted.add(ref)
                    self.add("target-wrong-inflection",
                             f"{offending!r}: the last word of {form!r} ({self.rid(ref)}) keeps its possessive in "
                             "every case", offending=offending, suggestion=None, ref=ref)
                    break

    def namesakes(self) -> None:
        """A bare English place name that is a city's and a region's ("regions — Mangystau, Atyrau and
        Aktobe") is rendered by either: the translator read it as the other («Актюбинская область»).
        So is a place by its adjective's row where the translation says it so ("France's
        TotalEnergies": «француздық TotalEnergies»; "US companies": «американские компании») — not a
        place the English makes a verb's subject ("Russia sent troops": «российские войска» leaves the
        sender out)."""
        seen = {ref for ref, _, _ in self.renderings} | set(self.rendered)
        for ref in self.missing():
            if self.lx.kinds[ref] == "place" and (
                    any(other in seen for other in self.lx.namesakes(ref))
                    or (any(other in seen for other in self.lx.adjectives_of(ref)) and not self.english_subject(ref))):
                self.rendered.setdefault(ref, Hit(0, 0, ()))

    def predicated(self, missing: set[int]) -> set[int]:
        """Kazakh names made a predicate with a personal ending («Нұр-Сұлтандамын», I am in
        Nur-Sultan; «Алматыдамыз»): a valid form of the name and the ending after it."""
        found: set[int] = set()
        folded = self.toks.folded
        for i, word in enumerate(folded):
            tail = _KK_PERSONAL.search(word)
            if tail is None or tail.start() < 3:
                continue
            stripped = word[:tail.start()]
            for length in range(1, min(4, i + 1) + 1):
                key = " ".join([*folded[i - length + 1:i], stripped])
                found |= {e.ref for e in self.index.lookup(key) if e.ref in missing and e.valid}
        return found

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
            # (or the last word where the source names the person by the last word of an English full name:
            # "Mason" of Paul Mason, whose glossary gives Пол alone)
            mention = tokens_of(self.english_mention(ref))
            by_last = len(mention) == 1 and any(
                len(words) > 1 and fold(words[-1]) == fold(mention[0])
                for words in (tokens_of(form) for form in self.lx.valid_forms(ref, "en")))
            for i in range(self.n):
                if ref in found or not toks.words[i][:1].isupper() or self.covered[i]:
                    continue
                for fid, pos, _ in table.get(toks.folded[i], ()):
                    _, form, _ = index.forms[fid]
                    words = [fold(word) for word in tokens_of(form)]
                    size = len(words)
                    surname = next((at for at, word in enumerate(words) if word in alone), size - 1)
                    if (pos == surname or (by_last and pos == size - 1)) and size > 1 and len(words[pos]) >= 3:
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

    def fixed_word_declined(self) -> None:
        """«Правительство Республики Казахстана» for "the Government of the Republic of Kazakhstan":
        where the source writes a name of several words whose Russian form keeps its last word in
        every case (Республика Казахстан, Республики Казахстан), that word declined after the first
        is a wrong inflection, though alone it is a good form of another name (Казахстана)."""
        if self.language != "ru":
            return
        for ref, written in self.wanted.items():
            # (a person's indeclinable surname has rules of its own: «Мишель Бачелету»)
            if len(written.split()) > 1 and self.lx.kinds[ref] != "person":
                self._fixed_word_declined(ref)

    def rendered_at(self, ref: int, i: int) -> bool:
        """Is token *i* alone the hit that renders *ref* (Казахстана of Kazakhstan)?"""
        hit = self.rendered.get(ref)
        return hit is not None and (hit.start, hit.end) == (i, i + 1)

    def _fixed_word_declined(self, ref: int) -> None:
        """The first such written form of *ref* reported (one finding a referent)."""
        folded, suffixes = self.toks.folded, self.index.suffixes
        for form in self.lx.valid_forms(ref, "ru"):
            words = [fold(t) for t in tokens_of(form)]
            if len(words) != 2:
                continue
            # (first the cheap test: a word that begins as the last one does, declined, after another)
            places = [i for i in range(self.n - 1) if folded[i + 1][:4] == words[1][:4] and folded[i + 1] != words[1]]
            if not places:
                continue
            surfaces = self.lx.surfaces(ref, "ru", form)
            if not surfaces or any(len(tokens_of(s)) != 2 or fold(tokens_of(s)[1]) != words[1] for s in surfaces):
                continue
            for i in places:
                if self.toks.gap(i + 1).strip(" \u00a0") \
                        or self.covered[i] or (self.covered[i + 1] and i + 1 not in self.others
                                               and not self.rendered_at(ref, i + 1)) \
                        or not _same_word(folded[i], words[0], "ru", suffixes) \
                        or not _same_word(folded[i + 1], words[1], "ru", suffixes):
                    continue
                fitting = sorted(s for s in surfaces if fold(tokens_of(s)[0]) == folded[i])
                offending = offending_at(self.toks, i, i + 2, form)
                suggestion = fitting[0] if fitting else None
                self.cover(i, i + 2)
                self.accounted.add(ref)
                self.add("target-wrong-inflection",
                         f"{offending!r}: in {form!r} ({self.rid(ref)}) the last word stays as it is in every "
                         "case" + (f"; expected {suggestion!r}" if suggestion else ""),
                         offending=offending, suggestion=suggestion, ref=ref)
                return

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
                    # (a plural head shared by names before it, «Атырау облыстарында»; a word made of it, «облыстық»)
                    common = next((k for k, (a, b) in enumerate(zip(span[-1], words[-1])) if a != b),
                                  min(len(span[-1]), len(words[-1])))
                    fits = span[:-1] == words[:-1] and span[-1] != words[-1] \
                        and _same_word(span[-1], words[-1], "kk", self.index.suffixes) and not re.match(
                            r"(?:[лдт][ае]р|[дт][ае]й|[лдт](?:ық|ік)|шыл|шіл|сыз|сіз)", span[-1][common:])
                    # (or one word before the last with another ending, the last keeping its own whole — the
                    # possessive a description drops: «Украинаға ынтымақтастық науқаны» is the name misdeclined,
                    # «Жаңаөзендегі қырғын» another construction)
                    inner = [k for k in range(len(words) - 1) if span[k] != words[k]]
                    fits = fits or (len(inner) == 1 and span[-1].startswith(words[-1])
                                    and _same_word(span[inner[0]], words[inner[0]], "kk", self.index.suffixes)
                                    and not _KK_ATTRIBUTIVE.search(span[inner[0]]))
                else:       # (a name inside it may be covered by its own hit: «Украины» in the campaign's name)
                    fits = all(_same_word(w, word, "ru", self.index.suffixes) for w, word in zip(span, words))
                if not fits or any(self.toks.gap(k).strip(" \u00a0" + OPEN + CLOSE)
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
                offending = offending_at(self.toks, start, start + len(words), form)
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
                if end >= n or tuple(folded[i:end]) != part.key:
                    continue
                if not all(token_case_ok(t, f) for t, f in zip(words[i:end], part.form)):
                    continue
                if not any(_is_head(folded[j], part.head, self.language) for j in range(end, n)):
                    continue
                # (a Russian adjective alone agrees with the shared noun, however the name was found present)
                if self.language == "ru" and not self.covered[i] \
                        and self.rendered.get(part.ref, Hit(0, 0, ())).end == 0:
                    self.shared_head_agreement(i, end, part.ref, part.base)
                if part.ref in self.rendered:
                    continue
                self.rendered[part.ref] = Hit(i, end, ())
                self.renderings.append((part.ref, part.base, toks.span_text(i, end)))
                self.cover(i, end)

    # -- 6. misspellings ---------------------------------------------------------------------------
    def misspellings(self) -> None:
        toks = self.toks
        self.partial_names()
        if self.language == "ru":
            # (a man's surname with a woman's ending, «с Токаевой», a later mention's too: the name, wrongly declined)
            unread = [i for i in range(self.n) if not self.covered[i] and toks.words[i][:1].isupper()]
            for ref in self.wanted:
                if unread and self.womans_ending(ref, unread) is not None:
                    unread = [i for i in unread if not self.covered[i]]
        missing = self.missing()
        # (a name the source writes more often than the translation renders it: a later mention may be the
        # misspelt one, «Жаңаөзен, 2 қаңтар – … Жанаөзен тұрғындары»)
        written = Counter(ref for ref, _, _ in self.renderings)
        fewer = [ref for ref in self.wanted if ref not in missing and ref not in self.accounted
                 and 0 < written[ref] < len(self.mentions(ref))]
        if not missing and not fewer:
            return
        candidates = [i for i in range(self.n) if not self.covered[i] and toks.words[i][:1].isupper()
                      and (len(toks.words[i]) >= 4 or (is_acronym(toks.words[i]) and len(toks.words[i]) >= 3))]
        for ref in missing + fewer:
            if not self.lx.valid_forms(ref, self.language) or not candidates:
                continue
            split = self.split_in_two(ref, candidates)
            if split is not None:
                candidates.remove(split)
                continue
            found = self.misspelling(ref, candidates)
            if found is None:
                continue
            i, best = found
            candidates.remove(i)
            self.report_misspelling(ref, i, best)

    # -- 7. what is left ---------------------------------------------------------------------------
    def one_fix_per_name(self) -> None:
        """«Айнур Курмановой»: a Russian name whose words two rules fix apart (the first name by its preposition,
        the surname by its ending) gets one fix for both words, in the case the first word's fix is in — the one
        a preposition or verb decided — so that one keystroke mends the name, and no half-mended name is left
        between two."""
        if self.language != "ru":
            return
        k = 0
        while k + 1 < len(self.findings):
            first, second = self.findings[k], self.findings[k + 1]
            if not (first.check == second.check == "target-wrong-inflection" and first.referent == second.referent
                    and first.suggestion and second.suggestion and first.offset is not None
                    and second.offset is not None and first.offset + len(first.offending) + 1 == second.offset
                    and self.toks.text[second.offset - 1] == " " and first.referent in self.lx.position):
                k += 1
                continue
            ref = self.lx.position[first.referent]
            size = len((first.suggestion + " " + second.suggestion).split())
            whole = next((form for form in (self.lx.in_case(ref, "ru", 0, words=size, case=case)
                                            for case in CASES["ru"])
                          if form and form.split()[0] == first.suggestion.split()[0]
                          and len(form.split()) == size), None)
            offending = f"{first.offending} {second.offending}"
            suggestion = whole or f"{first.suggestion} {second.suggestion}"
            self.findings[k:k + 2] = [replace(first, offending=offending, suggestion=suggestion,
                                              message=f"{first.message}; the whole name {offending!r}: "
                                                      f"{suggestion!r}")]
            k += 1

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
            if self.maybe_ordinary(ref, written) or self.named_with_patronymic(ref, forms) \
                    or self.kept_in_quoted_original(written) or self.kept_in_latin_title(ref, written):
                continue
            left = self.left_in_source_spelling(ref, written)
            if left is not None:
                offending, fix = left
                self.add("target-missing-name",
                         f"{offending!r} ({self.rid(ref)}) is left as the source spells it: expected a form of "
                         f"{forms[0]!r}" + (f", here {fix!r}" if fix else ""),
                         offending=offending, suggestion=fix or None, ref=ref, quoted_fix=True)
                continue
            self.add("target-missing-name",
                     f"{written!r} ({self.rid(ref)}) is in the source but not in the translation "
                     f"(expected a form of {forms[0]!r}; fine if a pronoun or an omission is intended)",
                     offending=written, suggestion=None, ref=ref)
            for problem_ref, problem in self.index.problems:
                if problem_ref == ref:
                    self.add("target-uninflectable", f"{self.rid(ref)}: {problem}", offending=written,
                             suggestion=None, ref=ref)
