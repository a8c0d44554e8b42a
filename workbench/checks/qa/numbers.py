"""Numbers: every number of the source is in the target, written the target language's way.

A number is compared by value, so the conventions may differ freely: ``4,000`` = ``4 000`` =
``4000`` = ``четыре тысячи`` = ``төрт мың``; ``2.7 million`` = ``2,7 млн``; ``300,000–500,000`` =
``300–500 тыс.``; ``1 pm`` = ``13:00``; ``2011–12`` = ``2011–2012``; ``the 20th`` = ``20-я`` =
``XX``; ``75%`` = ``75 %`` = ``75 пайыз`` (a percent stays a percent); ``1 in 3`` = ``каждое
третье``. Kazakh endings after a hyphen (``8 000-нан``, ``3%-ы``) and Russian ordinal endings
(``16-е``, ``2011-м``) are part of the number's word, not of its value. Day numbers and years of
dates are the date check's (``dates.py``).

Checks: ``number-missing`` (a source number is not in the target, or lost its percent sign),
``number-extra`` (a target number the source does not have), ``number-decimal-separator``,
``number-grouping`` (thousands not grouped per the style: ``3,000``, ``15000``, ``4 000``
against ``four_digits = "plain"``), ``number-percent`` (percent spacing per the style),
``number-range-dash`` (``2011-2012`` for ``2011–2012``). The ordinary space inside ``8 000``
is a typography finding (``typo-nbsp``) reported here because only the number check knows
it is one number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from workbench.project import Style

from .base import Hit, Pair
from .dates import date_spans
from .numwords import find_word_numbers
from .text import NBSP_CHARS, masked, replace_span, rx, trie_pattern

Key = tuple[object, ...]


def _n(value: float) -> Key:
    return ("n", round(abs(value), 6))


@dataclass
class Num:
    start: int
    end: int
    text: str
    keys: set[Key]
    value: float = 0.0
    pct: bool = False
    words: bool = False
    optional: bool = False
    scale: float = 1.0                  # the multiplier after it (тыс., million), 1 for none
    grouped_en: str = ""                # the source's written form (4,000) for fixes
    problems: list[tuple[str, str, str]] = field(default_factory=list)   # (check, message, replacement)


_DIGIT = re.compile(r"\d")
_SRC_TOKEN = re.compile(r"\d[\d,.:]*\d|\d")
_TGT_TOKEN = re.compile(r"\d(?:[\d.,:]|[" + NBSP_CHARS + r"](?=\d{3}(?!\d)))*\d|\d")
_EN_MULT = re.compile(r"^(?:\s|-)?(thousand|million|billion|trillion|bn|mn)\b|^(m|k|bn)\b", re.I)
_EN_MULT_VALUE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
                  "m": 1e6, "k": 1e3}
_EN_PCT = re.compile(r"^\s?(?:%|percent\b|per cent\b|pc\b)", re.I)
_EN_AMPM = re.compile(r"^\s?([ap])\.?m\b\.?", re.I)
_TG_MULT = re.compile(r"^[\s\u00a0]?(тыс\.?|тысяч[^\W\d_]*|млн\.?|миллион[^\W\d_]*|млрд\.?|миллиард[^\W\d_]*|"
                      r"мың[^\W\d_]*|трлн\.?)", re.I)
_TG_MULT_VALUE = (("тыс", 1e3), ("мың", 1e3), ("млн", 1e6), ("миллион", 1e6), ("млрд", 1e9), ("миллиард", 1e9),
                  ("трлн", 1e12))
_TG_PCT = re.compile(r"^(?:[\s\u00a0\u202f]?%|[\s\u00a0]+(?:пайыз|процент)[^\W\d_]*)", re.I)
_RANGE = re.compile(r"^\s?(?:[-–—]|to|and)\s?$")
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_CANDIDATE = re.compile(r"[MDCLXVI]{1,7}(?![\w])")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_EN_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                     "eighth": 8, "ninth": 9, "tenth": 10, "twentieth": 20, "thirtieth": 30, "dozen": 12,
                     "dozens": 12, "half": 0.5, "twice": 2, "both": 2, "couple": 2, "pair": 2, "decade": 10,
                     "decades": 10, "century": 100, "one": 1, "once": 1, "quarter": 4, "third-": 3, "a": 1}
_EN_ORDINAL_RE = re.compile(trie_pattern([w for w in _EN_ORDINAL_WORDS if w.isalpha()]) + r"\b")
_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _roman(text: str) -> int:
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = _ROMAN_VALUES[a]
        total += -v if b != " " and _ROMAN_VALUES.get(b, 0) > v else v
    return total


def _en_value(token: str) -> tuple[float | None, str]:
    """Value and kind of an English digit token (``grouped``, ``decimal``, ``int``, ``time``, ``literal``)."""
    if rx(r"\d{1,2}:\d{2}").fullmatch(token):
        return None, "time"
    if token.count(".") > 1 or (":" in token) or rx(r"\d+(,\d+)*,\d{1,2}").fullmatch(token):
        return None, "literal"
    if rx(r"\d{1,3}(,\d{3})+(\.\d+)?").fullmatch(token):
        return float(token.replace(",", "")), "grouped"
    if rx(r"\d+\.\d+").fullmatch(token):
        return float(token), "decimal"
    if rx(r"\d+").fullmatch(token):
        return float(token), "int"
    return None, "literal"


@lru_cache(maxsize=4096)
def source_numbers(source: str) -> list[Num]:
    """The numbers of an English source (digits and words), outside URLs, code and the like."""
    text = masked(source)
    out: list[Num] = []
    for m in _SRC_TOKEN.finditer(text):
        start, end, token = m.start(), m.end(), m.group(0)
        if start and (text[start - 1].isalpha() or text[start - 1] in "_\\"):
            continue                                    # rs21, G7: part of a name
        after = text[end:end + 20]
        value, kind = _en_value(token)
        keys: set[Key] = set()
        if kind == "time":
            h, mi = map(int, token.split(":"))
            keys = {("t", h, mi)}
            ampm = _EN_AMPM.match(after)
            if ampm and ampm.group(1).lower() == "p" and h < 12:
                keys.add(("t", h + 12, mi))
            out.append(Num(start, end, token, keys))
            continue
        if kind == "literal" or value is None:
            out.append(Num(start, end, token, {("s", token)}))
            continue
        ampm = _EN_AMPM.match(after)
        dotted = rx(r"(\d{1,2})\.(\d{2})").fullmatch(token)
        if ampm and dotted and int(dotted.group(1)) <= 12 and int(dotted.group(2)) < 60:
            # 6.30pm, 11.40 pm: a time, 18:30 and 23:40
            h, mi = int(dotted.group(1)), int(dotted.group(2))
            h = h % 12 + (12 if ampm.group(1).lower() == "p" else 0)
            out.append(Num(start, end, token, {("t", h, mi)}, float(h)))
            continue
        suffix = rx(r"^(st|nd|rd|th|s)\b").match(after)
        decade = bool(suffix and suffix.group(1) == "s" and 1000 <= value < 2100 and value % 10 == 0)
        if suffix:
            after = after[suffix.end():]
        frac = after[:1]
        if frac in _FRACTIONS:
            value += _FRACTIONS[frac]
            after = after[1:]
        num = Num(start, end, token, {_n(value)}, value, grouped_en=token if kind == "grouped" else "")
        if start and text[start - 1] in "'’" and value < 100 and kind == "int" and len(token) == 2 \
                and not (start > 1 and text[start - 2].isalnum()):
            num.keys |= {_n(2000 + value), _n(1900 + value)}      # '22: 2022 (or 1922)
        if decade:
            num.keys.add(_n(value % 100))       # the 1990s = 90-е, 90-жылдары
        mult = _EN_MULT.match(after)
        if mult and (mult.group(1) or (start and text[start - 1] in "$€£¥")):
            scale = _EN_MULT_VALUE[(mult.group(1) or mult.group(2)).lower()]
            num.keys = {_n(value * scale)}
            num.scale = scale
        if _EN_PCT.match(after):
            num.pct = True
        ampm = _EN_AMPM.match(after)
        if ampm and value == int(value) and 1 <= value <= 12:
            h = int(value) % 12 + (12 if ampm.group(1).lower() == "p" else 0)
            num.keys |= {("t", h, 0), _n(h)}
        out.append(num)
    _link_ranges(text, out, english=True)
    # 24/7 is "round the clock", not two numbers
    for a, b in pairwise(out):
        if a.value == 24 and b.value == 7 and text[a.end:b.start] == "/":
            a.optional = b.optional = True
    # noon and midnight are times a translation writes in digits (12:00, 24:00 or 00:00)
    for m in rx(r"\b(noon|midday|midnight)\b", re.I).finditer(text):
        clock: set[Key] = {("t", 12, 0)} if m.group(1).lower() != "midnight" else {("t", 0, 0), ("t", 24, 0)}
        out.append(Num(m.start(), m.end(), m.group(0), clock, 12.0, words=True, optional=True))
    # "1 in 3": the 1 is implied by "every third"
    for a, b in pairwise(out):
        if rx(r"\s+in\s+").fullmatch(text[a.end:b.start]) and a.value == 1:
            a.optional = True
    scaled_ends = {n.end for n in out if n.scale != 1}
    for w in find_word_numbers(text, "en"):
        if any(0 <= w.start - end <= 2 for end in scaled_ends):
            continue        # the "million" of "1.5 million": part of that number, not one of its own
        out.append(Num(w.start, w.end, w.text, {_n(w.value)}, w.value, words=True))
    # "three decades" may be "thirty years", "two dozen" 24
    for n in out:
        unit = rx(r"^[\s-]+(decades?|centuries|century|dozens?)\b", re.I).match(text[n.end:n.end + 14])
        if unit:
            factor = {"d": 10, "c": 100}.get(unit.group(1)[0].lower(), 10)
            factor = 12 if unit.group(1).lower().startswith("doz") else factor
            n.keys.add(_n(n.value * factor))
    for half in rx(r"\bhalf an? (million|billion|thousand)\b", re.I).finditer(text):
        amount = 0.5 * _EN_MULT_VALUE[half.group(1).lower()]
        out = [x for x in out if not (half.start() <= x.start < half.end())]
        out.append(Num(half.start(), half.end(), half.group(0), {_n(amount)}, amount, words=True))
    low = text.lower() if len(text.lower()) == len(text) else text
    for word in _EN_ORDINAL_RE.finditer(low):
        if word.start() and text[word.start() - 1].isalpha():
            continue
        implied = _EN_ORDINAL_WORDS.get(word.group(0).lower())
        if implied is not None:
            out.append(Num(word.start(), word.end(), word.group(0), {_n(implied)}, implied, words=True,
                           optional=True))
    return out


def _link_ranges(text: str, nums: list[Num], *, english: bool) -> None:
    """Ranges: a multiplier or percent of the second number applies to the first
    (300–500 тыс., 30-40%); an abbreviated second year is expanded (2011–12 = 2011–2012)."""
    for a, b in pairwise(nums):
        if not _RANGE.match(text[a.end:b.start]):
            continue
        if b.pct:
            a.pct = True
        hours = [k[1] for k in b.keys if k[0] == "t" and isinstance(k[1], int)]
        if english and hours and a.value == int(a.value) and 1 <= a.value <= 12 \
                and not any(k[0] == "t" for k in a.keys):
            shift = 12 if max(hours) >= 12 and int(b.value) < 12 else 0      # 2–4 pm: 14:00–16:00
            a.keys |= {("t", int(a.value) % 12 + shift, 0), _n(int(a.value) % 12 + shift)}
        if b.scale != 1 and a.scale == 1:
            a.keys.add(_n(a.value * b.scale))
        if english and 1000 <= a.value < 2100 and b.value < 100 and a.value == int(a.value):
            full = int(a.value) // 100 * 100 + int(b.value)
            if full > a.value:
                b.keys.add(_n(full))


def _tg_value(token: str) -> tuple[float | None, str]:
    if rx(r"\d{1,2}:\d{2}").fullmatch(token):
        return None, "time"
    if token.count(".") + token.count(",") > 1 and not rx(r"\d{1,3}(,\d{3})+").fullmatch(token):
        return None, "literal"
    clean = rx(f"[{NBSP_CHARS}]").sub("", token)
    if rx(r"\d{1,3}(?:[" + NBSP_CHARS + r"]\d{3})+(?:,\d+)?").fullmatch(token):
        return float(clean.replace(",", ".")), "grouped"
    if rx(r"\d{1,3}(,\d{3})+").fullmatch(token):
        return float(token.replace(",", ".")) if token.count(",") == 1 else None, "en-grouped"
    if rx(r"\d+,\d+").fullmatch(token):
        return float(token.replace(",", ".")), "decimal"
    if rx(r"\d+\.\d+").fullmatch(token):
        return float(token), "decimal-point"
    if rx(r"\d+").fullmatch(token):
        return float(token), "int"
    return None, "literal"


def target_numbers(target: str, language: str) -> list[Num]:
    text = masked(target)
    out: list[Num] = []
    for m in _TGT_TOKEN.finditer(text):
        start, end, token = m.start(), m.end(), m.group(0)
        if start and (text[start - 1].isalpha() or text[start - 1] in "_\\"):
            continue
        value, kind = _tg_value(token)
        after = text[end:end + 24]
        if kind == "time":
            h, mi = map(int, token.split(":"))
            out.append(Num(start, end, token, {("t", h, mi)}))
            continue
        if kind == "literal":
            out.append(Num(start, end, token, {("s", token), ("s", token.replace(",", "."))}))
            continue
        if kind == "en-grouped":
            grouped = float(token.replace(",", ""))
            keys = {_n(grouped), ("en-grouped", grouped)}
            if value is not None:
                keys.add(_n(value))
            num = Num(start, end, token, keys, grouped)
        else:
            assert value is not None
            num = Num(start, end, token, {_n(value)}, value)
            if kind == "decimal-point":
                num.keys.add(("decimal-point", value))
                if rx(r"\d{1,2}\.\d{2}").fullmatch(token):
                    h, mi = map(int, token.split("."))
                    num.keys.add(("t", h, mi))
        hyphen = rx(r"^-[^\W\d_]+").match(after)
        if hyphen:
            after = after[hyphen.end():]
        mult = _TG_MULT.match(after)
        if mult:
            word = mult.group(1).lower()
            scale = next(v for prefix, v in _TG_MULT_VALUE if word.startswith(prefix))
            num.keys.add(_n(num.value * scale))
            num.scale = scale
        if _TG_PCT.match(after) or (hyphen is None and after.startswith("%")):
            num.pct = True
        out.append(num)
    _link_ranges(text, out, english=False)
    return out


def target_word_numbers(target: str, language: str) -> list[Num]:
    """The spelled-out numbers and Roman numerals of a target (looked for only when a source
    number is not among its digits)."""
    text = masked(target)
    out: list[Num] = []
    for w in find_word_numbers(text, language):
        out.append(Num(w.start, w.end, w.text, {_n(w.value)}, w.value, words=True,
                       pct=bool(rx(r"^\s+(?:пайыз|процент)").match(text[w.end:w.end + 12]))))
    for r in _ROMAN_CANDIDATE.finditer(text):
        if (not r.start() or not text[r.start() - 1].isalnum()) and _ROMAN.fullmatch(r.group(0)):
            v = _roman(r.group(0))
            out.append(Num(r.start(), r.end(), r.group(0), {_n(v)}, v, words=True))
    return out


def _format(value: float, grouped_en: str, style: Style) -> str:
    """*value* written the target's way (the source's digits, the style's separators)."""
    if value != int(value):
        whole, frac = f"{value:.6f}".rstrip("0").split(".")
        return _group(whole, style) + style.decimal + frac
    return _group(str(int(value)), style, four=bool(grouped_en))


def _group(digits: str, style: Style, four: bool = True) -> str:
    if style.thousands == "none" or len(digits) < 4:
        return digits
    if len(digits) == 4 and (style.four_digits == "plain" or (style.four_digits == "either" and not four)):
        return digits
    groups: list[str] = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    return "\u00a0".join([digits, *groups])


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in spans)


def check(pair: Pair) -> list[Hit]:
    source, target, style = pair.source, pair.target, pair.style
    src = source_numbers(source)
    if not any(not n.optional for n in src) and not _DIGIT.search(target):
        return []       # no number on either side (the usual case): nothing to compare
    tgt = target_numbers(target, pair.lang)
    hits: list[Hit] = []
    src_dates = date_spans(source, "en")
    tgt_dates = date_spans(target, pair.lang)
    src_keys: set[Key] = set().union(*(n.keys for n in src)) if src else set()
    text = masked(target)

    # an ordinary space inside a grouped number (8 000): one number, with a typography finding
    for m in rx(r"(\d{1,3})((?: \d{3})+)(?![\d]|[.,]\d)").finditer(text):
        if m.start() and text[m.start() - 1] in "0123456789.,":
            continue
        merged = float(m.group(0).replace(" ", ""))
        parts = [_n(float(p)) for p in m.group(0).split(" ")]
        if _n(merged) not in src_keys and all(p in src_keys for p in parts):
            continue            # two numbers of the source side by side
        tgt = [n for n in tgt if not (m.start() <= n.start < m.end())]
        tgt.append(Num(m.start(), m.end(), m.group(0), {_n(merged)}, merged))
        if _n(merged) in src_keys:
            fixed = m.group(0).replace(" ", "\u00a0")
            hits.append(Hit("typo-nbsp", f"{m.group(0)!r} is one number: separate its thousands with a "
                            "no-break space, or the line may break inside it",
                            m.group(0), replace_span(target, m.start(), m.end(), fixed)))
    tgt_keys: set[Key] = set().union(*(n.keys for n in tgt)) if tgt else set()
    if any(not (n.keys & tgt_keys) for n in src if not n.optional):
        words = target_word_numbers(target, pair.lang)
        tgt += words
        tgt_keys |= set().union(*(n.keys for n in words)) if words else set()

    missing: list[Num] = []
    seen: set[frozenset[Key]] = set()
    for n in src:
        if n.optional or _inside(src_dates, n.start, n.end):
            continue
        key = frozenset(n.keys)
        if key in seen:
            continue
        seen.add(key)
        if n.keys & tgt_keys:
            if n.pct and not any(t.pct and (t.keys & n.keys) for t in tgt) and \
                    not rx(r"(?i)процент|пайыз|%").search(target):
                hits.append(Hit("number-missing", f"{n.text}% of the source is a bare number here: the percent "
                                "sign is lost", n.text, _add_percent(target, tgt, n)))
            continue
        missing.append(n)

    extra = [t for t in tgt if not t.words and not (t.keys & src_keys) and not _inside(tgt_dates, t.start, t.end)]
    if len(missing) == 1 and len(extra) == 1 and not missing[0].words:
        m_, e_ = missing[0], extra[0]
        new = _format(m_.value, m_.grouped_en, style) if m_.value else m_.text
        times = sorted(k for k in m_.keys if k[0] == "t")
        if times and ":" in e_.text:
            new = f"{times[-1][1]}:{times[-1][2]:02d}"     # the 24-hour reading: 6.30pm → 18:30
        if new != e_.text:   # the same characters read two ways ("0,0"): the translation wrote what it should
            hits.append(Hit("number-missing", f"{m_.text} of the source is {e_.text!r} here", e_.text,
                            replace_span(target, e_.start, e_.end, new)))
        elif m_.scale != e_.scale:
            # the digits are right, the magnitude is not: 2.5 billion written 2,5 млн
            said = _with_scale(source, m_, _EN_MULT)
            written = _with_scale(target, e_, _TG_MULT)
            hits.append(Hit("number-missing", f"{said!r} of the source is {written!r} here: another magnitude",
                            written))
        missing, extra = [], []
    for n in missing:
        what = "spelled-out number" if n.words else "number"
        hits.append(Hit("number-missing", f"the {what} {n.text!r} of the source is not in the translation", n.text))
    for t in extra:
        hits.append(Hit("number-extra", f"{t.text!r} is not a number of the source", t.text))

    hits += _format_checks(target, text, tgt, src_keys, src, style)
    return hits


def _with_scale(text: str, num: Num, scale_word: re.Pattern[str]) -> str:
    """The number as written with its multiplier word (2.5 billion, 2,5 млн)."""
    m = scale_word.match(text[num.end:num.end + 20])      # (its ^ anchors at the slice's start)
    return text[num.start:num.end + m.end()] if m else num.text


def _add_percent(target: str, tgt: list[Num], n: Num) -> str | None:
    for t in tgt:
        if t.keys & n.keys and not t.words:
            return replace_span(target, t.end, t.end, "%")
    return None


#: A number that starts the text, after a heading's marks, numbers a section (### 3.2 …): its point stays.
_SECTION_START = re.compile(r"[#\s]*(?:§\s?)?")
#: A number right after a Latin word is a version or a code (CC BY-NC 2.0, Python 3.11): its point stays.
_AFTER_LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][A-Za-z-]*[ \u00a0]?v?$")


def _format_checks(target: str, text: str, tgt: list[Num], src_keys: set[Key], src: list[Num],
                   style: Style) -> list[Hit]:
    hits: list[Hit] = []
    grouped_src = {float(n.value) for n in src if n.grouped_en}
    for t in tgt:
        if t.words:
            continue
        if any(k[0] == "decimal-point" for k in t.keys) and t.keys & src_keys and style.decimal == "," \
                and not _AFTER_LATIN_WORD.search(target, 0, t.start) \
                and not _SECTION_START.fullmatch(target, 0, t.start):
            fixed = t.text.replace(".", ",")
            hits.append(Hit("number-decimal-separator", f"{t.text!r}: the decimal separator is a comma here "
                            f"({fixed})", t.text, replace_span(target, t.start, t.end, fixed)))
        if any(k[0] == "en-grouped" for k in t.keys) and t.value in grouped_src:
            fixed = _group(str(int(t.value)), style)
            hits.append(Hit("number-grouping", f"{t.text!r}: a comma between thousands reads as a decimal "
                            f"comma here; write {fixed!r}", t.text, replace_span(target, t.start, t.end, fixed)))
        digits = rx(f"[{NBSP_CHARS}]").sub("", t.text)
        if not digits.isdigit() or t.value not in grouped_src:
            continue
        want = _group(digits, style)
        plain_ok = len(digits) == 4 and style.four_digits == "either"
        if t.text != want and not plain_ok and rx(f"[{NBSP_CHARS}]").sub("\u00a0", t.text) != want:
            hits.append(Hit("number-grouping", f"{t.text!r}: the project's style writes {want!r}",
                            t.text, replace_span(target, t.start, t.end, want)))
    for m in rx(r"(\d)([ \u00a0\u202f]?)%").finditer(text):
        space = m.group(2)
        spacing: str | None = {"space": "\u00a0", "nospace": ""}.get(style.percent)
        if space == " ":
            fixed = m.group(1) + (spacing if spacing is not None else "\u00a0") + "%"
            hits.append(Hit("typo-nbsp", "an ordinary space before % lets the line break there; use a no-break space"
                            + (" or none" if spacing is None else ""), m.group(0),
                            replace_span(target, m.start(), m.end(), fixed)))
        elif spacing is not None and space not in (spacing, "\u202f" if spacing else ""):
            fixed = m.group(1) + spacing + "%"
            hits.append(Hit("number-percent", f"the project's style writes percent as {'75 %' if spacing else '75%'}",
                            m.group(0), replace_span(target, m.start(), m.end(), fixed)))
    for m in rx(r"(\d+)-(\d+)(?![\w/-]|[.,]\d)").finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,/-"):
            continue
        a, b = int(m.group(1)), int(m.group(2))
        if a < b or (a >= 1000 and b < 100):
            fixed = f"{m.group(1)}–{m.group(2)}"
            hits.append(Hit("number-range-dash", f"{m.group(0)!r}: a range of numbers takes an en dash ({fixed})",
                            m.group(0), replace_span(target, m.start(), m.end(), fixed)))
    return hits
