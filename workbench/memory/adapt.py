"""Name-aware matches: a stored translation adapted to a source that differs only by names
and numbers.

"Protests spread to Aktobe." is in the memory as «Протесты распространились на Актобе.»;
the translator is on "Protests spread to Kyzylorda.". Both sources, with every glossary
name and every number replaced by a slot, read the same; so the stored translation is
offered with Актобе replaced by Кызылорда *in the case Актобе had there* — «на Кызылорду»
— and scored 100 minus one point per replacement, the near-exact match it is. Kazakh shows
its case in the ending (Ақтөбеге: dative → Қызылордаға); where a form is the same in
several cases (Russian Актобе is indeclinable), the preposition before it in the
translation decides, and for в/на (accusative of direction or locative of place) the
English preposition before the name (to/into → accusative, in/at → locative).

Numbers are carried over the same way, written as the translation wrote the old one
(«8 000» with its non-breaking space). When a changed name or number cannot be found in the
stored translation, nothing is adapted: the match is offered as it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import pairwise

from .matching import Match, Replacement, normalise
from .names import NameSpan, NameTools

NUMBER_RE = re.compile(r"(?<![\w.,])\d+(?:[,\u00a0\u202f ]\d{3})*(?:\.\d+)?(?![\w])")
TARGET_NUMBER_RE = re.compile(r"(?<![\w])\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?(?![\w])")
_WORDS = re.compile(r"[\w-]+")
TARGET_CONJUNCTIONS = frozenset({"и", "или", "либо", "а", "также", "да", "ни"})
ENGLISH_CONJUNCTIONS = frozenset({"and", "or", "as", "well", "also", "the"})
ENGLISH_PREPOSITIONS = frozenset({"to", "into", "onto", "towards", "toward", "in", "at", "on", "of", "from", "with",
                                  "by", "for", "about", "near", "over", "under", "through", "across"})

#: Russian prepositions and the cases they govern (first: the more usual)
RUSSIAN_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("в", "во", "на"), ("acc", "loc")),
    **dict.fromkeys(("из", "изо", "от", "ото", "до", "у", "для", "без", "около", "после", "возле", "вокруг",
                     "против", "среди", "кроме", "из-за", "из-под", "вдоль", "мимо", "вне", "внутри"), ("gen",)),
    **dict.fromkeys(("к", "ко", "по", "благодаря", "согласно"), ("dat",)),
    **dict.fromkeys(("о", "об", "обо", "при"), ("loc",)),
    **dict.fromkeys(("с", "со"), ("ins", "gen")),
    **dict.fromkeys(("над", "перед", "между", "под", "за"), ("ins", "acc")),
}
PREPOSITIONS = {"ru": RUSSIAN_PREPOSITIONS}
#: English prepositions of direction: в/на + accusative, not locative
DIRECTION = frozenset({"to", "into", "onto", "towards", "toward"})
#: English prepositions that a Russian genitive answers when there is no preposition
OF = frozenset({"of", "from"})


@dataclass(frozen=True, slots=True)
class _Slot:
    start: int
    end: int
    kind: str              # "name" | "number"
    value: str             # referent id or the number's digits
    ref: int = -1
    text: str = ""


def _slots(text: str, tools: NameTools) -> list[_Slot]:
    names = [_Slot(n.start, n.end, "name", tools.referent_id(n.ref), n.ref, text[n.start:n.end])
             for n in tools.source_names(text)]
    taken = [(s.start, s.end) for s in names]
    numbers = [_Slot(m.start(), m.end(), "number", _digits(m.group()), text=m.group())
               for m in NUMBER_RE.finditer(text)
               if not any(a <= m.start() < b for a, b in taken)]
    return sorted(names + numbers, key=lambda s: s.start)


def _skeleton(text: str, slots: list[_Slot]) -> str:
    parts, at = [], 0
    for slot in slots:
        parts.append(text[at:slot.start])
        parts.append("\x00" + slot.kind[0])
        at = slot.end
    parts.append(text[at:])
    return normalise("".join(parts))


def _digits(number: str) -> str:
    """An English number without its thousands separators (8,000 → 8000; 1.5 stays)."""
    return re.sub(r"[,\u00a0\u202f ]", "", number)


def adapt(match: Match, query: str, language: str, tools: NameTools) -> Match | None:
    """*match* rewritten for *query*, or None when the sources differ by more than names and numbers."""
    if match.exact or tools.plain_words(query) != tools.plain_words(match.source):
        return None
    query_slots = _slots(query, tools)
    stored_slots = _slots(match.source, tools)
    if len(query_slots) != len(stored_slots) or not query_slots:
        return None
    if _skeleton(query, query_slots) != _skeleton(match.source, stored_slots):
        return None
    changes: dict[tuple[str, str], _Slot] = {}
    for new, old in zip(query_slots, stored_slots):
        if new.kind != old.kind:
            return None
        if new.value == old.value:
            continue
        previous = changes.setdefault((old.kind, old.value), new)
        if previous.value != new.value:
            return None          # one old name became two different new ones: ambiguous
    if not changes:
        return None
    target = match.target
    edits: list[_Edit] = []
    guessed: dict[int, int] = {}   # edit's start → new referent, where the old form did not settle the case
    names = tools.target_names(target, language)
    for (kind, value), new in changes.items():
        old_slot = next(s for s in stored_slots if s.kind == kind and s.value == value)
        if kind == "name":
            found = [n for n in names if tools.referent_id(n.ref) == value]
            if not found:
                return None
            for span in found:
                case = _case(span, target, language, match.source, old_slot, tools)
                # as many words as the translation gave the old name (a surname alone stays one: Токаев →
                # Назарбаев) — unless the English gave the old name as many words too, when the new English
                # says how many ("Putin" → "Xi Jinping": Си Цзиньпинмен, not Симен)
                words = len(new.text.split()) if len(old_slot.text.split()) == span.words else span.words
                form = tools.form(new.ref, language, case, words, declined_quote=span.declined_quote)
                if form is None:
                    return None
                old_text = target[span.start:span.end]
                if old_text.isupper() and len(old_text) > 1:
                    form = form.upper()
                start, end = span.start, span.end
                if start and target[start - 1] in _OPENING and end < len(target) and target[end] in _CLOSING:
                    # the old name's quotes go with it, the new form brings its own if it has any: «КазМунайГаз»,
                    # and «Озенмунайгаз» → Армении, not «Армении»
                    start, end = start - 1, end + 1
                else:       # the name's own quotes split by its span go with it: «Марксистік тенденция» ұйымына,
                    start, end = _balanced(target, start, end)      # Организацией «Коммунистический голос»
                start, form = _preposition_before(target, start, form, language)
                old_text = target[start:end]
                if len(span.cases) > 1:     # Курманова: genitive or accusative
                    guessed[start] = new.ref
                edits.append((start, end, form, Replacement(old_text, form, "name", case)))
        else:
            found_numbers = [m for m in TARGET_NUMBER_RE.finditer(target) if _plain(m.group()) == _plain(value)]
            if not found_numbers:
                return None
            for m in found_numbers:
                text = _format_like(new.value, m.group())
                edits.append((m.start(), m.end(), text, Replacement(m.group(), text, "number")))
    edits.sort(key=lambda e: e[0])
    for (_, end, _, _), (start, _, _, _) in pairwise(edits):
        if start < end:
            return None
    adapted = _apply(target, edits)
    if guessed:
        edits = _second_opinion(edits, guessed, adapted, query, language, tools)
        adapted = _apply(target, edits)
    replacements = tuple(e[3] for e in edits)
    score = max(match.score, 100.0 - len(replacements))
    return replace(match, score=score, target=adapted, replacements=replacements,
                   stored_target=match.target, fuzzy_score=match.score)


_Edit = tuple[int, int, str, Replacement]


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """*start*, *end* widened by the quotation mark just outside them where the span holds the other of
    the pair alone («Марксистік тенденция» ұйымына starts after its opening quote; Организацией
    «Коммунистический голос ends before its closing one)."""
    opened = text.count("«", start, end) - text.count("»", start, end)
    if opened < 0 and start and text[start - 1] in _OPENING:
        start -= 1
    elif opened > 0 and end < len(text) and text[end] in _CLOSING:
        end += 1
    return start, end


def _apply(target: str, edits: list[_Edit]) -> str:
    out, at = [], 0
    for start, end, text, _ in edits:
        out.append(target[at:start])
        out.append(text)
        at = end
    out.append(target[at:])
    return "".join(out)


def _second_opinion(edits: list[_Edit], guessed: dict[int, int], adapted: str, query: str, language: str,
                    tools: NameTools) -> list[_Edit]:
    """*edits* with each guessed case put right by the name checks, read against the new source
    ("The police detained Tuletaeva": «задержала Курманова» is an accusative, so Тулетаеву, not the
    genitive Тулетаевой; "Troops left Kyzylorda": «покинули Кызылорду»). The first guess stands
    wherever the checks see nothing wrong with it."""
    fixes = tools.case_fixes(query, adapted, language)
    if not fixes:
        return edits
    out: list[_Edit] = []
    shift = 0                   # where each edit's text starts in *adapted*
    for start, end, text, change in edits:
        at = start + shift
        shift += len(text) - (end - start)
        fix = fixes.get(at) if start in guessed else None
        if fix is not None and fix[0] == text:
            cases, _ = tools.cases(guessed[start], language, fix[1])
            out.append((start, end, fix[1], replace(change, new=fix[1], case=cases[0] if cases else None)))
        else:
            out.append((start, end, text, change))
    return out


def _governor(text: str, conjunctions: frozenset[str], known: frozenset[str] | dict[str, tuple[str, ...]]
              ) -> str:
    """The preposition that governs a name ending *text*: the nearest word before it, looking
    past a coordinated list («в Алматы, Актау и Жанаозене»: в); "" when there is none."""
    words: list[str] = _WORDS.findall(text)
    for word in reversed(words[-12:]):
        lower = word.lower()
        if lower in known:
            return lower
        if lower in conjunctions or word[:1].isupper() or word[:1].isdigit():
            continue
        return ""
    return ""


def _case(span: NameSpan, target: str, language: str, source: str, slot: _Slot, tools: NameTools) -> str | None:
    """The case of a name in the translation: its form's, or where the form fits several cases,
    the one the preposition before it asks for; with none, what the English and the verb before
    it say (an owner's genitive, a verb's object)."""
    cases = span.cases
    if len(cases) <= 1:
        return cases[0] if cases else None
    table = PREPOSITIONS.get(language, {})
    before = _governor(_clause(target[:span.start]), TARGET_CONJUNCTIONS, table)
    english = _governor(_clause(source[:slot.start]), ENGLISH_CONJUNCTIONS, ENGLISH_PREPOSITIONS)
    governed = table.get(before, ())
    possible = [c for c in governed if c in cases]
    words_before = _WORDS.findall(_clause(target[:span.start]))
    if not governed:
        if words_before and "nom" in cases and tools.apposition_word(words_before[-1], language):
            return "nom"            # "the city of Aktau", «в городе Актау»: → «в городе Кызылорда»
        if english in OF and "gen" in cases:
            return "gen"
        if english in DIRECTION and "acc" in cases:
            return "acc"
        if source[slot.end:slot.end + 2] in ("'s", "\u2019s") and "gen" in cases:
            return "gen"            # "Nazarbayev's nephew": «племянник Назарбаева»
        verb = tools.object_case(words_before[-1], language) if words_before else None
        if verb in cases:
            return verb             # «поблагодарили Актобе» → «поблагодарили Кызылорду»
        if english in ("in", "at") and "gen" in cases and words_before and words_before[-1].islower() \
                and not tools.apposition_word(words_before[-1], language):
            return "gen"            # "the akimat in Aktobe", «акимат Актобе»: a noun's genitive → «Кызылорды»
        english_before = _WORDS.findall(_clause(source[:slot.start]))
        if "nom" not in cases and "acc" in cases and english_before and english_before[-1].islower() \
                and tools.english_verb(english_before[-1]):
            return "acc"            # "detained Kurmanov": «задержала Курманова» is an object, → «Тулетаеву»
        return "nom" if "nom" in cases else cases[0]
    if not possible:
        return cases[0]
    if "acc" in possible and "loc" in possible:
        return "acc" if english in DIRECTION else "loc"
    if "ins" in possible and "gen" in possible:
        return "gen" if english == "from" else "ins"
    return possible[0]


def _clause(text: str) -> str:
    """The part of *text* after its last sentence or clause break."""
    return re.split(r"[.;:!?—–()«»\"]", text)[-1]


_OPENING = "«„“\""
_CLOSING = "»“”\""
_VOWELS = frozenset("аоуэиАОУЭИ")
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(о|об|обо|в|во|с|со|к|ко)(\s+)$", re.IGNORECASE)


def _russian_preposition(preposition: str, word: str) -> str:
    """о/об, в/во, с/со, к/ко as the next word asks (о Кызылорде, об Актобе, во Владивостоке)."""
    lower = preposition.lower()
    first, second = word[:1].lower(), word[1:2].lower()
    cluster = second not in "аеёиоуыэюя"
    if lower in ("о", "об", "обо"):
        new = "об" if word[:1] in _VOWELS else "о"
    elif lower in ("в", "во"):
        new = "во" if first in "вф" and cluster else "в"
    elif lower in ("с", "со"):
        new = "со" if first in "сзшжщ" and cluster else "с"
    else:
        new = "ко" if first in "кг" and cluster else "к"
    return new.capitalize() if preposition[:1].isupper() else new


def _preposition_before(target: str, start: int, form: str, language: str) -> tuple[int, str]:
    """The start of the replacement and its text: the name, and in Russian the preposition
    before it where its form depends on the name's first sound."""
    if language != "ru":
        return start, form
    found = _PREPOSITION_BEFORE.search(target[:start])
    if found is None:
        return start, form
    preposition = _russian_preposition(found.group(1), form)
    if preposition == found.group(1):
        return start, form
    return found.start(), preposition + found.group(2) + form


def _plain(number: str) -> str:
    return re.sub(r"\D", "", number)


def _format_like(english: str, written: str) -> str:
    """The English number *english* (digits, maybe a decimal point) written as *written* was."""
    whole, _, fraction = english.partition(".")
    group = next((c for c in re.findall(r"\d([^\d])\d{3}(?!\d)", written) if c not in ".," or "," in written), None)
    decimal_mark = "," if re.search(r"\d,\d{1,2}$", written) or group in ("\u00a0", "\u202f", " ", ".") else "."
    written_whole = re.split(r"[.,](?=\d{1,2}$)", written)[0]
    grouped = group is not None and (len(whole) > 4 or (len(whole) == 4 and len(_plain(written_whole)) == 4))
    if grouped:
        assert group is not None
        head = len(whole) % 3 or 3
        whole = whole[:head] + "".join(group + whole[i:i + 3] for i in range(head, len(whole), 3))
    return whole + (decimal_mark + fraction if fraction else "")
