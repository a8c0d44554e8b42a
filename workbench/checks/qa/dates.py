"""Dates: the month names, day numbers and years of the source carried over.

The source's dates are found around English month names (``6 January 2022``, ``January 6,
2022``, ``June 4th``, ``the night of 4 to 5 January``, ``from March to June 2012``); the
target's around Russian month names in any case (``6 января 2022 года``, ``с 5 по 10
февраля``, ``в декабре``) or Kazakh month stems with any ending (``2022 жылғы 6 қаңтарда``,
``қаңтардың 6-сы``, ``4 қаңтардан 5 қаңтарға``). Checks:

- ``date-month`` — a month of the source is not in the target (or is still in English), or
  the target dates a day in a month the source does not name;
- ``date-day`` — the day numbers of a month differ;
- ``date-year`` — the year of a dated mention is not in the target.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from workbench.text.months import EN_MONTHS, KK_MONTHS, RU_MONTHS

from .base import Hit, Pair
from .text import masked, replace_span, rx, trie_pattern

EN_NAMES = {v: k.capitalize() for k, v in reversed(list(EN_MONTHS.items())) if len(k) > 3 or k == "may"}
_EN_MONTH_RE = re.compile(r"(" + "|".join(sorted((n.capitalize() for n in EN_MONTHS), key=len, reverse=True))
                          + r")\b\.?")
#: English month names that are also common words: a date only next to a day or a year.
_EN_AMBIGUOUS = {"may", "march", "mar", "jan", "dec", "sep", "aug", "jun"}

_RU_FORM = {form: (month, i) for month, forms in RU_MONTHS.items() for i, form in enumerate(forms)}
_RU_FORM.update({f.replace("ё", "е"): v for f, v in list(_RU_FORM.items()) if "ё" in f})
#: Russian month adjectives (январские события, из майского номера): the month is named, no day.
_RU_ADJECTIVE_STEMS = ("январск", "февральск", "мартовск", "апрельск", "майск", "июньск", "июльск", "августовск",
                       "сентябрьск", "октябрьск", "ноябрьск", "декабрьск")
_RU_ADJECTIVE = re.compile(r"^(" + "|".join(_RU_ADJECTIVE_STEMS) + r")[^\W\d_]*$")
_RU_ADJECTIVE_MONTH = {stem: i for i, stem in enumerate(_RU_ADJECTIVE_STEMS, start=1)}
#: Kazakh month stems that are also common words (қазан "cauldron", маусым "season", наурыз the feast).
_KK_AMBIGUOUS = {10, 6, 3}
_KK_STEM = {stem: month for month, stem in KK_MONTHS.items()}
_WORD = re.compile(r"[^\W\d_]+")

_EN_DAYS_BEFORE = re.compile(
    r"((?:\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–—]|to|and|or|,|&)\s*)*\d{1,2}(?:st|nd|rd|th)?)(?:\s+of)?\s+$")
_EN_DAYS_AFTER = re.compile(
    r"^\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–—]|to|and|or|&)\s*(\d{1,2})(?:st|nd|rd|th)?)?(?!\d|:\d)")
_EN_MONTH_CUE = re.compile(r"(?:\b(?:in|of|since|until|till|from|to|by|on|early|late|mid|last|next|this|each|every|"
                           r"through|between|and|before|after)\s+|mid-)$", re.I)
_EN_YEAR_AFTER = re.compile(r"^,?\s+(\d{4})(?!\d)")
_TG_DAYS_BEFORE = re.compile(
    r"((?:\d{1,2}(?:-[^\W\d_]+)?\s*(?:[-–—]|по|на|и|до|мен|және|,)\s*)*\d{1,2}(?:-[^\W\d_]+)?)\s+$")
_TG_DAYS_AFTER = re.compile(r"^\s+(\d{1,2})(?:-[^\W\d_]+)?(?![\d:]|[.,]\d)")
_TG_YEAR_BEFORE = re.compile(r"(\d{4})\s+(?:жылғы|жылдың|жылы|ж\.)\s+$")
_TG_YEAR_AFTER = re.compile(r"^\s+(\d{4})(?!\d)(?:\s*(?:года|году|год|г\.|жылғы|жылы))?")
_DIGITS = re.compile(r"\d+")
#: Dates in digits: 13.01.2022, 1/13/2022, 2022-01-13.
_NUMERIC_DATE = re.compile(r"(?<![\d.,/-])(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d|[.,/-]\d)"
                           r"|(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


_DATE_HINT = re.compile(r"\d[./-]\d")


@lru_cache(maxsize=4096)
def numeric_dates(text: str) -> list[tuple[int, int, set[tuple[int, int, int]]]]:
    """(start, end, the (day, month, year) it may mean) of each date written in digits."""
    out: list[tuple[int, int, set[tuple[int, int, int]]]] = []
    if not _DATE_HINT.search(text):
        return out
    for m in _NUMERIC_DATE.finditer(text):
        if m.group(5):
            meanings = {(int(m.group(7)), int(m.group(6)), int(m.group(5)))}
        else:
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            y = y + 2000 if y < 100 else y
            meanings = {(a, b, y)} | ({(b, a, y)} if m.group(2) == "/" else set())
        meanings = {(d, mo, y) for d, mo, y in meanings if 1 <= d <= 31 and 1 <= mo <= 12}
        if meanings:
            out.append((m.start(), m.end(), meanings))
    return out


@dataclass
class Mention:
    """A month named in a text, with the day numbers and the year dated by it."""

    month: int
    start: int
    end: int
    days: set[int]
    year: int | None
    spans: list[tuple[int, int]]        # the day and year tokens (which the number check leaves to us)
    firm: bool                          # surely a month (next to a day or year, or unambiguous)
    english: bool = False               # an English month name (in a target: not translated)


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" *_\"“‘(")
    return not before or before[-1] in ".!?:"


def _days(text: str, base: int) -> tuple[set[int], list[tuple[int, int]]]:
    days: set[int] = set()
    spans: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        v = int(m.group(0))
        if 1 <= v <= 31:
            days.add(v)
            spans.append((base + m.start(), base + m.end()))
    return days, spans


@lru_cache(maxsize=4096)
def english_mentions(text: str) -> list[Mention]:
    """The month names of an English text with their days and years."""
    out: list[Mention] = []
    for m in _EN_MONTH_RE.finditer(text):
        if (m.start() and text[m.start() - 1].isalnum()) or (m.end(1) < len(text) and text[m.end(1)].isalnum()):
            continue
        word = m.group(1).lower()
        month = EN_MONTHS[word]
        lo = max(0, m.start() - 40)
        before = _EN_DAYS_BEFORE.search(text[lo:m.start()])
        days: set[int] = set()
        spans: list[tuple[int, int]] = []
        end = m.end()
        if before:
            days, spans = _days(before.group(1), lo + before.start(1))
        else:
            after = _EN_DAYS_AFTER.match(text[end:end + 30])
            if after:
                days, spans = _days(after.group(0), end)
                end += after.end()
        year = None
        ym = _EN_YEAR_AFTER.match(text[end:end + 12])
        if ym:
            year = int(ym.group(1))
            spans.append((end + ym.start(1), end + ym.end(1)))
        firm = bool(days or year)
        if not firm and word in _EN_AMBIGUOUS:
            # the modal "May", the verb "March", "Jan" the name: a month only after a cue word
            # (in May), or inside a sentence for "March"
            cue = _EN_MONTH_CUE.search(text[max(0, m.start() - 12):m.start()])
            if not cue and not (word == "march" and not _sentence_initial(text, m.start())):
                continue
        out.append(Mention(month, m.start(), m.end(), days, year, spans, True))
    return out


@lru_cache(maxsize=8)
def _month_words(language: str) -> re.Pattern[str]:
    """Words that may name a month in *language* (or in English), found at C speed."""
    words = [n for n in EN_MONTHS if len(n) > 3]
    if language == "ru":
        words += [*_RU_FORM, *_RU_ADJECTIVE_STEMS]
    elif language == "kk":
        words += list(KK_MONTHS.values())
    # in lower-case text, the words first (no assertion: the engine skips the rest at C speed),
    # then the rest of the word; the caller checks the word's start
    return re.compile(trie_pattern(words) + r"[^\W\d_]*")


@lru_cache(maxsize=4096)
def target_mentions(text: str, language: str) -> list[Mention]:
    """The month names of a Russian or Kazakh text (any case, any ending) with their days and years;
    English month names left in the text are mentions too (``english``)."""
    out: list[Mention] = []
    low = text.lower()
    if len(low) != len(text):
        low = text
    for w in _month_words(language).finditer(low):
        if w.start() and low[w.start() - 1].isalpha():
            continue
        lw = w.group(0)
        month = None
        genitive = False
        ambiguous = False
        if language == "ru":
            hit = _RU_FORM.get(lw)
            if hit:
                month = hit[0]
                genitive = hit[1] == 1
            else:
                adjective = _RU_ADJECTIVE.match(lw)
                if adjective:
                    out.append(Mention(_RU_ADJECTIVE_MONTH[adjective.group(1)], w.start(), w.end(), set(), None, [],
                                       False))
                    continue
        elif language == "kk":
            for stem, mo in _KK_STEM.items():
                if lw.startswith(stem):
                    month = mo
                    genitive = lw.endswith(("ның", "нің", "дың", "дің", "тың", "тің"))
                    ambiguous = mo in _KK_AMBIGUOUS
                    break
        english = False
        if month is None and text[w.start()].isupper() and lw in EN_MONTHS and len(lw) > 3:
            month, english = EN_MONTHS[lw], True
        if month is None:
            continue
        lo = max(0, w.start() - 40)
        before = _TG_DAYS_BEFORE.search(text[lo:w.start()])
        days: set[int] = set()
        spans: list[tuple[int, int]] = []
        year = None
        if before:
            days, spans = _days(rx(r"-[^\W\d_]+").sub(lambda m: " " * len(m.group(0)), before.group(1)),
                                lo + before.start(1))
            yb = _TG_YEAR_BEFORE.search(text[max(0, lo + before.start(1) - 20):lo + before.start(1)])
            if yb:
                base = max(0, lo + before.start(1) - 20)
                year = int(yb.group(1))
                spans.append((base + yb.start(1), base + yb.end(1)))
        else:
            yb = _TG_YEAR_BEFORE.search(text[max(0, w.start() - 20):w.start()])
            if yb:
                base = max(0, w.start() - 20)
                year = int(yb.group(1))
                spans.append((base + yb.start(1), base + yb.end(1)))
            if genitive or english or language == "ru":
                after = _TG_DAYS_AFTER.match(text[w.end():w.end() + 20])
                if after and (genitive or english):
                    days, spans2 = _days(after.group(1), w.end() + after.start(1))
                    spans += spans2
        if year is None:
            ya = _TG_YEAR_AFTER.match(text[w.end():w.end() + 20])
            if ya:
                year = int(ya.group(1))
                spans.append((w.end() + ya.start(1), w.end() + ya.end(1)))
        firm = bool(days or year) or not ambiguous
        out.append(Mention(month, w.start(), w.end(), days, year, spans, firm, english))
    return out


def _month_form(word: str, month: int, language: str) -> str | None:
    """*word* (a month in some case) as the same case of *month*; None when unsure."""
    lw = word.lower()
    if language == "ru":
        hit = _RU_FORM.get(lw)
        if not hit:
            return None
        new = RU_MONTHS[month][hit[1]]
    else:
        stem_old = next((s for s in _KK_STEM if lw.startswith(s)), None)
        if stem_old is None:
            return None
        ending = lw[len(stem_old):]
        stem_new = KK_MONTHS[month]
        if ending and (_kk_class(stem_old) != _kk_class(stem_new)):
            return None
        new = stem_new + ending
    return new.capitalize() if word[0].isupper() else new


def _kk_class(stem: str) -> tuple[bool, str]:
    """Vowel harmony (front?) and the kind of the final sound: what a Kazakh ending depends on."""
    front = any(ch in "әеіөүи" for ch in stem[-3:]) and not any(ch in "аоұы" for ch in stem[-2:])
    last = stem[-1]
    kind = "vowel" if last in "аәеиоөұүыіэюя" else "voiceless" if last in "кқпстфхцчшщ" else "voiced"
    return front, kind


#: "on the 6th": a day of a month the sentence names elsewhere
_ORDINAL_DAY = re.compile(r"\bthe (\d{1,2})(?:st|nd|rd|th)\b")


def check(pair: Pair) -> list[Hit]:
    if pair.lang not in ("ru", "kk"):
        return []
    src = [m for m in english_mentions(masked(pair.source)) if not _quoted_undated(pair.source, m)]
    hits = _numeric(pair)
    if not src and not any(m.firm for m in target_mentions(masked(pair.target), pair.lang)):
        return hits
    target = pair.target
    tgt = target_mentions(masked(target), pair.lang)
    # 16 December 2011 may be written 16.12.2011: a mention the target has in digits is there
    in_digits = {meaning for _, _, meanings in numeric_dates(masked(target)) for meaning in meanings}
    if in_digits:
        src = [m for m in src if not (m.days and m.year and all((d, m.month, m.year) in in_digits for d in m.days))]
    src_months = {m.month for m in src} | {mo for _, _, meanings in numeric_dates(masked(pair.source))
                                           for _, mo, _ in meanings}
    tgt_native = [m for m in tgt if not m.english]
    tgt_months = {m.month for m in tgt_native}
    missing = sorted({m.month for m in src} - tgt_months)
    extra = [m for m in tgt_native if m.month not in src_months and m.days]
    english = [m for m in tgt if m.english]
    names = {i: forms[1] for i, forms in RU_MONTHS.items()} if pair.lang == "ru" else KK_MONTHS
    for mo in missing:
        left = next((m for m in english if m.month == mo), None)
        if left is not None:
            word = target[left.start:left.end]
            new = names[mo]
            hits.append(Hit("date-month", f"the month {word!r} is left in English; in "
                            f"{'Russian' if pair.lang == 'ru' else 'Kazakh'} it is {new!r}", word,
                            replace_span(target, left.start, left.end, new)))
            continue
        wrong = [m for m in extra if m.month not in [x.month for x in src]]
        en_name = EN_NAMES[mo]
        if len(missing) == 1 and wrong and len({m.month for m in wrong}) == 1:
            w = wrong[0]
            word = target[w.start:w.end]
            form = _month_form(word, mo, pair.lang)
            fixed = target
            if form:
                for x in sorted(wrong, key=lambda m: -m.start):
                    f = _month_form(target[x.start:x.end], mo, pair.lang)
                    if f:
                        fixed = replace_span(fixed, x.start, x.end, f)
            hits.append(Hit("date-month", f"the source's month is {en_name}, the translation has {word!r}",
                            word, fixed if form else None))
            extra = []
        else:
            hits.append(Hit("date-month", f"the month {en_name} of the source is not in the translation", en_name))
    for m in extra:
        word = target[m.start:m.end]
        hits.append(Hit("date-month", f"{word!r} dates a day in a month the source does not name", word))
    # days, per month named on both sides
    loose_days = {int(d) for d in _ORDINAL_DAY.findall(masked(pair.source))}
    for mo in sorted(src_months & tgt_months):
        s_days = set().union(*(m.days for m in src if m.month == mo))
        t_mentions = [m for m in tgt_native if m.month == mo]
        t_days = set().union(*(m.days for m in t_mentions))
        if not s_days or s_days == t_days:
            continue
        numbers = {int(x) for x in rx(r"(?<!\d)\d{1,2}(?!\d)").findall(masked(target))}
        if not t_days and s_days <= numbers:
            continue
        lost = sorted(s_days - t_days)
        added = sorted(t_days - s_days)
        if not lost and added and set(added) <= set().union(*(m.days for m in src)) | loose_days:
            continue            # "the 6th" of the source, written with its month: 6 января
        if not lost and not added:
            continue
        fix = None
        offending = ", ".join(str(d) for d in added) or ", ".join(str(d) for d in lost)
        if len(lost) == 1 and len(added) == 1:
            for m in t_mentions:
                for a, b in m.spans:
                    if target[a:b] == str(added[0]):
                        fix = replace_span(target, a, b, str(lost[0]))
                        break
                if fix:
                    break
        what = f"day {', '.join(map(str, lost))}" if lost else "no such day"
        got = f"; the translation has {', '.join(map(str, added))}" if added else ""
        hits.append(Hit("date-day", f"the source dates {what} of {names[mo]}{got}", offending, fix))
    # years of dated mentions
    years_in_target = {int(y) for y in rx(r"(?<!\d)\d{4}(?!\d)").findall(masked(target))}
    src_years = {m.year for m in src if m.year}
    for year in sorted(src_years):
        if year in years_in_target:
            continue
        wrong_years = sorted({m.year for m in tgt if m.year and m.year not in src_years})
        fix = None
        offending = ""
        if len(src_years - years_in_target) == 1 and len(wrong_years) == 1:
            offending = str(wrong_years[0])
            fix = rx(rf"(?<!\d){wrong_years[0]}(?!\d)").sub(str(year), target)
        said = f"; the translation says {offending}" if offending else ", which the translation does not say"
        hits.append(Hit("date-year", f"the source's date is in {year}{said}", offending, fix))
    return hits


def _quoted_undated(source: str, mention: Mention) -> bool:
    """A month without day or year inside a quotation (“January Tragedy”, a gloss or a title)
    is a word of that quotation, which a translation may render or drop."""
    if mention.days or mention.year:
        return False
    opened = max(source.rfind(q, 0, mention.start) for q in "“«\"")
    if opened < 0:
        return False
    closing = {"“": "”", "«": "»", '"': '"'}[source[opened]]
    return source.find(closing, mention.end) >= 0 and closing not in source[opened + 1:mention.start]


def _numeric(pair: Pair) -> list[Hit]:
    """Dates in digits: each of the source's is in the target, in digits or in words."""
    src = numeric_dates(masked(pair.source))
    if not src:
        return []
    tgt = numeric_dates(masked(pair.target))
    worded = {(d, m.month, m.year) for m in target_mentions(masked(pair.target), pair.lang) for d in m.days}
    hits = []
    unmatched = [t for t in tgt if not any(t[2] & s[2] for s in src)]
    for start, end, meanings in src:
        if any(meanings & t[2] for t in tgt) or any((d, mo, y) in worded or (d, mo, None) in worded
                                                    for d, mo, y in meanings):
            continue
        written = pair.source[start:end]
        fix = None
        offending = ""
        if len(src) == 1 and len(unmatched) == 1:
            a, b, _ = unmatched[0]
            offending = pair.target[a:b]
            same_format = rx(r"\D").findall(offending) == rx(r"\D").findall(written)
            fix = replace_span(pair.target, a, b, written) if same_format else None
        hits.append(Hit("date-day", f"the date {written} of the source is "
                        + (f"{offending!r} here" if offending else "not in the translation"), offending, fix))
    return hits


@lru_cache(maxsize=4096)
def date_spans(text: str, language: str) -> list[tuple[int, int]]:
    """The day and year tokens of the dates of *text* (English for "en"), and its dates in digits."""
    mentions = english_mentions(masked(text)) if language == "en" else target_mentions(masked(text), language)
    return [span for m in mentions for span in m.spans] + [(a, b) for a, b, _ in numeric_dates(masked(text))]
