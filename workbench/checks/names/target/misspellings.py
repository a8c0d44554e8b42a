"""Names written another way than this language's: with a slip — a word of the translation that is a near miss of
a name the source mentions and the translation does not render otherwise, a letter changed, left out or doubled
(«Жанаөзен», «Казахстанне», «ExxonMobile»), one word of a longer name beside a near miss of the rest («Айнуром
Курмоновым», «Маңғыстау облсының») — or in another language's spelling: left as the source spells it
(«на Tengizchevroil»), or the other target language's form («Аким Маңғыстау облысы»), whose fix is this language's
form of the same name in the case what stands before it says. Called by :meth:`~.segment._Segment.misspellings`
after the presence scan, and by the reports of missing names and other-language forms."""

from __future__ import annotations

import re

from workbench.text.months import RU_MONTHS

from ..forms import CASES, FormEntry, cases_of
from ..matcher import KAZAKH_ONLY, fold, is_acronym, tokens_of
from ..russian_context import governed, place_words
from ..variants import cyrillic_skeleton, one_of_double_dropped
from .english import SourceReading, occurrences
from .state import CLOSE, OPEN, SINGULAR, offending_at

#: A man's Russian surname (Токаев, Курманов, Путин) and the endings of a woman's that a man's never has
#: (Токаевой, Курмановою: the genitive, dative, instrumental and locative of -ова, -ева, -ина)
_MANS_SURNAME = re.compile(r"\w{2,}(?:ов|ев|ёв|ин|ын)")
_WOMANS_ONLY = ("ой", "ою")
_WOMANS_CASES = ("gen", "dat", "ins", "loc")

#: every form of the Russian months' names (января, марте): a date's, no noun a name after it depends on
_MONTH_FORMS = frozenset(form for forms in RU_MONTHS.values() for form in forms)


def _edits(a: str, b: str) -> int:
    """The Levenshtein distance of *a* and *b* (rapidfuzz imported when a near miss is weighed, not with the
    module or for every segment checked)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b)


def _within_a_fifth(distance: int, length: int) -> bool:
    """Do two spellings of *length* letters *distance* edits apart spell the same name (a fifth of the letters may
    differ: Нур-Султан and Нұр-Сұлтан's skeletons, Айнур and Айнұр)?"""
    return distance * 5 <= length


class Misspellings(SourceReading):
    """Near misses of the names a segment should render (see the module docstring)."""

    def left_in_source_spelling(self, ref: int, written: str) -> tuple[str, str] | None:
        """«бастовка на Tengizchevroil», «Zhanaozen-де»: the name left as the source spells it (a Kazakh ending after
        a hyphen may follow). (The text as written, its fix): the target form in the case its place shows — a Kazakh
        ending kept; a Russian preposition's case, or the one form of a name that does not decline — or "" when the
        case is not known; None when the translation does not have the source's spelling."""
        found = occurrences(self.toks.text, written, words=True)
        if not written.isascii() or not found:
            return None
        start = next((k for k, (a, _) in enumerate(self.toks.spans) if a == found[0][0]), None)
        if start is None:
            return None
        end = start + len(tokens_of(written))
        if self.language == "kk":
            base = (self.lx.in_case(ref, "kk", 0, words=len(tokens_of(written))) if self.lx.kinds[ref] == "person"
                    else self.lx.valid_forms(ref, "kk")[0]) or ""
            if end < self.n and self.toks.gap(end) == "-" and self.toks.words[end].islower():
                ending = self.lx.kazakh_same_ending(ref, base, "", suffix=self.toks.folded[end])
                return (self.toks.span_text(start, end + 1), ending) if ending else (written, "")
            return written, base
        return written, self._russian_fix_of_source_spelling(ref, written, start) if self.language == "ru" else ""

    def _russian_fix_of_source_spelling(self, ref: int, written: str, start: int) -> str:
        """The Russian form for the source's spelling *written* at token *start*, "" when its case is not known."""
        # (an acronym for an acronym: CSTO → ОДКБ; a surname for a surname)
        form = next((f for f in self.lx.valid_forms(ref, "ru") if is_acronym(f)), None) if is_acronym(written) \
            else self.lx.in_case(ref, "ru", 0, words=len(tokens_of(written))) if self.lx.kinds[ref] == "person" \
            else None
        forms = {self.lx.in_case(ref, "ru", 0, case=case, form=form, declined=True) for case in CASES["ru"]}
        if len(forms) == 1:
            return forms.pop() or ""        # ОДКБ, ExxonMobil, Алматы: the same in every case
        case = self.russian_case_here(ref, start)
        return (self.lx.in_case(ref, "ru", 0, case=case, form=form, declined=True) or "") if case else ""

    def other_language_fix(self, entry: FormEntry, other: str, start: int, offending: str,
                           default: str | None = None) -> str | None:
        """The fix for *entry*, a form of the *other* language at token *start*: this language's form in the case the
        other form's ending shows, or — a Russian fix for a bare form, which shows none — the case what stands
        before it says («Аким Маңғыстау облысы» → «Мангистауской области»); *default* where neither says more.
        Where that fix spells another name than the one written, this language's form of the written one
        (Нур-Султанда → Нұр-Сұлтанда, not today's Астанада; Айнур → Айнұр, not the surname)."""
        shown = next((c for c in cases_of(other, entry.cases) if c in CASES[self.language]), "nom")
        case = (self.russian_case_here(entry.ref, start) or shown) if shown == "nom" and self.language == "ru" \
            else shown
        fix = default if default is not None and case == shown else \
            self.lx.in_case(entry.ref, self.language, 0, like=entry.base, case=case)
        same = self.same_name_form(entry.ref, entry.base)
        if same is None or fix is None or self._alike(fix, entry.base):
            return fix
        form, position = same
        if position >= 0:
            return self.lx.word_in_case(entry.ref, self.language, form, form.split()[position], case) or fix
        if self.language == "kk":
            # (the ending written after the other language's form, on this one's: Нур-Султан|да → Нұр-Сұлтанда)
            written = offending.strip(OPEN + CLOSE)
            suffix = written[len(entry.base):] if fold(written).startswith(fold(entry.base)) else ""
            return (self.lx.kazakh_same_ending(entry.ref, form, "", suffix=suffix) if suffix else form) or fix
        mask = entry.cases & ((1 << len(CASES["ru"])) - 1)
        return self.lx.in_case(entry.ref, "ru", mask if mask and case == shown else 0, form=form,
                               case=None if mask and case == shown else case) or fix

    @staticmethod
    def _alike(form: str, other: str) -> bool:
        """Do *form* and *other* spell the same name, whatever their endings (a fifth of the letters may differ)?"""
        a, b = cyrillic_skeleton(form), cyrillic_skeleton(other)
        n = min(len(a), len(b))
        return n > 0 and _within_a_fifth(_edits(a[:n], b[:n]), n)

    def same_name_form(self, ref: int, other_base: str) -> tuple[str, int] | None:
        """The valid form of *ref* in this language that spells the same name as *other_base*, the other
        language's form of it (Нур-Султан → Нұр-Сұлтан, not today's Астана; Айнур → Айнұр of «Айнұр Құрманов»): the
        form, and which of its words it is (-1: the whole form) — the one whose letters are closest, if at most
        a fifth of them differ; None if none does."""
        want = cyrillic_skeleton(other_base)
        if not want:
            return None
        best: tuple[int, str, int] | None = None
        for form in self.lx.valid_forms(ref, self.language):
            words = form.strip(OPEN + CLOSE).split()
            for position, part in [(-1, form.strip(OPEN + CLOSE))] + list(enumerate(words) if len(words) > 1 else []):
                distance = _edits(want, cyrillic_skeleton(part))
                if _within_a_fifth(distance, len(want)) and (best is None or distance < best[0]):
                    best = (distance, form, position)
        return (best[1], best[2]) if best is not None else None

    def russian_case_here(self, ref: int, start: int) -> str | None:
        """The case a Russian name beginning at token *start* is in by what stands before it, where that says: a
        preposition of one case (в and на take two: the locative where the English puts the place after "in" or
        "at", no verb of arrival); after a generic word, the nominative of its apposition where the English sets
        them side by side; after another noun, the genitive where the English makes the name its owner ("of",
        "'s", a noun after it); the nominative of the English subject; else None."""
        before = start > 0 and not self.toks.gap(start).strip(" \u00a0")
        rule = governed(self.toks.words[start - 1]) if before else None
        if rule is not None:
            if rule[0].bit_count() == 1:
                return rule[1]
            return "loc" if self.toks.folded[start - 1] in ("в", "на") and self.place_not_direction(ref, quoted=True) \
                else None
        word = self.toks.folded[start - 1] if before else ""
        if word in self.index.grammar.get("generic", {}):
            # «Корпорация Kazakhmys» ("the Kazakhmys corporation"): beside a generic word the English sets it beside,
            # its apposition (not "KazMunayGas subsidiaries", «дочерние предприятия «КазМунайГаза»», its owner)
            return "nom" if self.english_apposition(ref) else None
        if word in place_words():
            return "nom" if self.english_kind_of_place(ref) else None   # «Город Жаңаөзен», "the town of Zhanaozen"
        # (a noun in small letters, or opening the sentence: «Аким Маңғыстау облысы»; not a date's month, «11 января
        # Тоқаев», nor a word of a longer name, «Республики Қазақстан»)
        noun = before and word.isalpha() and word not in _MONTH_FORMS and not self.toks.sentence_initial(start) \
            and (self.toks.words[start - 1].islower() or self.toks.sentence_initial(start - 1))
        if noun and (self.after_of(ref) or self.english_possessive(ref) or self.english_noun_after(ref)):
            return "gen"
        return "nom" if self.english_subject(ref) else None

    def womans_ending(self, ref: int, candidates: list[int]) -> int | None:
        """«с Токаевой», «о Курмановой» for Tokayev, Kurmanov: a man's surname in the endings of a woman's, which a
        man's never takes — the name is there, declined as another person's, not missing. Reported as a wrong
        inflection, its fix the man's form in the case the word before says (the preposition's, where the woman's
        ending has it: «с» the instrumental), else none. The token reported, or None."""
        if self.language != "ru" or self.lx.kinds[ref] != "person":
            return None
        for form in self.lx.valid_forms(ref, "ru"):
            words = tokens_of(form)
            surname = fold(words[-1]) if words else ""
            if not _MANS_SURNAME.fullmatch(surname):
                continue
            for i in candidates:
                word = self.toks.folded[i]
                if not (word.startswith(surname) and word[len(surname):] in _WOMANS_ONLY):
                    continue
                case = self._case_of_womans_ending(ref, i)
                fix = self.lx.word_in_case(ref, "ru", form, words[-1], case) if case else None
                written = offending_at(self.toks, i, i + 1)
                self.covered[i] = True
                self.accounted.add(ref)
                self.add("target-wrong-inflection",
                         f"{written!r}: a woman's ending on the surname of {self.rid(ref)}, a man"
                         + (f"; expected {fix!r}" if fix else ""), offending=written, suggestion=fix, ref=ref)
                return i
        return None

    def _case_of_womans_ending(self, ref: int, start: int) -> str | None:
        """The case a man's surname written with a woman's ending at *start* is meant in: the preposition's before
        it (its usual one where that is among the ending's cases, «с» the instrumental), else what
        :meth:`russian_case_here` reads — of the ending's cases only. After the name's first name, the case that
        shows where it has one of them («Нурсултану Назарбаевой»: the dative), else the word before it («с Айнур
        Курмановой»)."""
        while start > 0 and not self.toks.gap(start).strip(" \u00a0") and self.toks.words[start - 1][:1].isupper() \
                and self.is_word_of(ref, self.toks.folded[start - 1]):
            start -= 1
            masks = [mask for _, _, mask in self.index.words_of(ref).get(self.toks.folded[start], ())]
            shown = {case for mask in masks for case in cases_of("ru", mask & SINGULAR) if case in _WOMANS_CASES}
            if len(shown) == 1:
                return shown.pop()
        if start > 0 and not self.toks.gap(start).strip(" \u00a0"):
            rule = governed(self.toks.words[start - 1])
            if rule is not None:
                shared = [case for case in cases_of("ru", rule[0]) if case in _WOMANS_CASES]
                return rule[1] if rule[1] in shared else (shared[0] if len(shared) == 1 else None)
        case = self.russian_case_here(ref, start)
        return case if case in _WOMANS_CASES else None

    def is_word_of(self, ref: int, folded: str) -> bool:
        index = self.index
        if folded in index.words_of(ref):
            return True
        return any(e.ref == ref and e.valid for e in index.lookup(folded))

    def partial_names(self) -> None:
        """A wanted name rendered by one word of it, the word beside it a near miss of the rest: «Айнуром
        Курмоновым», «Пол Мэйсон», «Кси Цзиньпин»; a Kazakh place's short form and its full form's common word one
        letter off, «Маңғыстау облсының»."""
        toks = self.toks
        for ref, hit in list(self.rendered.items()):
            if hit.end - hit.start != 1 or ref in self.accounted:
                continue
            positions = self.positions(ref, toks.folded[hit.start])
            # the first word alone, the next word misspelt
            j = hit.end
            # (a Kazakh place's short form is its first word: Маңғыстау of Маңғыстау облысы)
            first = [form for form, pos, size in positions if pos == 0] or [
                form for form in self.lx.valid_forms(ref, self.language)
                if len(tokens_of(form)) > 1 and fold(tokens_of(form)[0]) == toks.folded[hit.start]]
            # (or a common word the name goes on with, one letter off: «Маңғыстау облсының» for облысының)
            lower = toks.words[j][:1].islower() if j < self.n else False
            if first and j < self.n and not self.covered[j] and len(toks.words[j]) >= 4 \
                    and (not lower or any(tokens_of(form)[1][:1].islower() for form in first)) \
                    and toks.words[j][:1].isalpha() and not toks.gap(j).strip(" \u00a0"):
                found = self.misspelling(ref, [j], rest_of=first)
                if found is not None and not (lower and _edits(toks.folded[j], found[1]) > 1):
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
            # (the same last letter, a soft sign aside: «Мишел Бачелеттен» for Мишель; or the name cut
            # short by a letter or two, which no ending does: «Қасым-Жомар Тоқаев»)
            # (two edits from six letters: a letter moved, «Касым-Жормат» for Жомарт)
            near = [name for name in names if _edits(before, name) <= (1 if len(name) < 6 else 2)
                    and (before.rstrip("ьъ")[-1:] == name.rstrip("ьъ")[-1:]
                         or (name.startswith(before) and len(before) >= 4))]
            if near:
                self.report_misspelling(ref, j, min(near, key=lambda name: _edits(before, name)))
                continue
            joined = self._written_without_hyphen(ref, before)
            if joined is not None:
                self.report_misspelling(ref, j, joined)

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
        # (tokens sharing a skeleton — Жаңаөзеннің and Жаңаөзенін, Пирани and Пираниі — are told apart by how close
        # each is to the word written)
        skeletons: dict[str, list[str]] = {}
        for t in choices:
            if len(t) >= 3:
                skeletons.setdefault(cyrillic_skeleton(t), []).append(t)
        for i in candidates:
            word = self.toks.folded[i]
            original = self.toks.words[i]
            # (a hyphenated name written as one word, «Нурсултане», «Устькаменогорске»: its first part is no stem)
            joined = self._written_without_hyphen(ref, word)
            if joined is not None:
                return i, joined
            # (a name in Latin letters takes no ending glued to it, in Russian or Kazakh: «ExxonMobile» is no
            # inflection of ExxonMobil but a slip)
            stems = [len(w) for w in words if len(w) >= 4 and word.startswith(w) and not w.isascii()]
            # (a letter doubled where the name meets its ending, «Казахстанне», «Талдықорғаннға», is a slip: one of
            # the two dropped gives a form of the name — a valid double, «Қазақстанның», is a form already)
            single = one_of_double_dropped(word, min(stems) - 1, token_set) if stems and word not in token_set else None
            if single is not None:
                return i, single
            # (a word that begins with the name's is an inflection or a derivation of it, checked elsewhere — not
            # one that adds only a soft or hard sign, which is no ending: «Цзиньпинь»)
            if word in token_set or any(word[n:] not in ("ь", "ъ") for n in stems):
                continue
            if is_acronym(original):
                for c in choices:
                    if len(c) == len(word) and c != word and sorted(c) == sorted(word):
                        return i, c
                continue
            sk = cyrillic_skeleton(word)
            if sk in skeletons:
                return i, min(skeletons[sk], key=lambda t: (_edits(word, t), len(t), t))
            limit = 1 if len(word) < 7 else 2
            best = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
            if best is not None and best[0][:1] == word[:1]:
                return i, best[0]
        return None

    def _written_without_hyphen(self, ref: int, word: str) -> str | None:
        """The folded hyphenated word of a surface of *ref* that *word* is when written as one word («Нурсултане»
        for «Нур-Султане», «Устькаменогорске», «Касымжомарта» for the first name of «Касым-Жомарта Токаева»), or
        None."""
        if len(word) < 6:
            return None
        for _, surface in self.valid_surfaces(ref):
            for chunk in fold(surface).split():
                chunk = chunk.strip(OPEN + CLOSE)
                if "-" in chunk and chunk.replace("-", "") == word:
                    return chunk
        return None

    def split_in_two(self, ref: int, candidates: list[int]) -> int | None:
        """A one-word name written as two words, a space or a hyphen between («Тенгиз Шевройла», «Теңіз-шевройл»):
        misspelt, not missing; its fix is the one word in the same case (quoted as the glossary quotes it where
        the text has the quotes). The first token reported, or None."""
        words: dict[str, str] = {}
        for _, surface in self.valid_surfaces(ref):
            bare = surface.strip(OPEN + CLOSE)
            if len(bare) >= 6 and bare.isalpha():
                words.setdefault(fold(bare), surface)
        if not words:
            return None
        toks = self.toks
        for i in candidates:
            j = i + 1
            if j >= self.n or self.covered[j] or toks.gap(j) not in (" ", "-") or len(toks.folded[j]) < 3:
                continue
            one = words.get(toks.folded[i] + toks.folded[j])
            if one is None:
                continue
            offending = offending_at(toks, i, j + 1)
            self.covered[i] = self.covered[j] = True
            self.accounted.add(ref)
            self.add("target-misspelt-name", f"{offending!r} looks like a misspelling of {self.rid(ref)}: {one!r} "
                     "(one word written as two)", offending=offending, suggestion=one, ref=ref)
            return i
        return None

    def valid_surfaces(self, ref: int) -> list[tuple[int, str]]:
        """(rank of its form in the glossary, surface) for every surface of every valid form of *ref* in this
        language — the glossary's order, each form's surfaces sorted (a set's order would change from run to run)."""
        return [(rank, surface) for rank, form in enumerate(self.lx.valid_forms(ref, self.language))
                for surface in sorted(self.lx.surfaces(ref, self.language, form))]

    def closest_surface(self, ref: int, token: str) -> str:
        """The valid surface of *ref* with the token closest to the misspelling (the bare word
        when it is one word of a longer name)."""
        # (the fewest words, the shortest, then the glossary's order: the preferred Мёрфи before the admitted Мерфи,
        # which fold alike)
        best: tuple[int, int, int, str] | None = None
        for rank, s in self.valid_surfaces(ref):
            words = [fold(w) for w in tokens_of(s)]
            if token in words:
                cand = (len(words), len(s), rank, s)
                if best is None or cand < best:
                    best = cand
        if best is None:
            # (a hyphenated word of a surface, «нур-султане», «касым-жомарта»: see _written_without_hyphen)
            return next((chunk.strip(OPEN + CLOSE) for _, s in self.valid_surfaces(ref) for chunk in s.split()
                         if fold(chunk.strip(OPEN + CLOSE)) == token),
                        self.lx.valid_forms(ref, self.language)[0])
        for w in re.split(r"[\s\u2010\u2011-]+", best[3]):     # (a word of a hyphenated name too: Жомарт)
            if fold(w.strip(OPEN + CLOSE)) == token:
                return w.strip(",.;:")
        return best[3]
