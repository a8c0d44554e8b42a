"""Where GNU gettext breaks a long string: a port of libunistring's UAX #14 line
breaking and ``ulc_width_linebreaks`` greedy fill, as ``write-po.c`` uses them.

The common case (letters, digits, ASCII and typographic punctuation, all one column
wide) uses regular expressions over the escaped text or over a per-character
*line-break class string* built with ``str.translate``, so the per-character work
happens in C; anything else (combining marks, wide characters, control characters,
zero-width spaces) goes through a straightforward Python port of libunistring's
algorithm. Both are tested against ``msgcat`` byte for byte.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

__all__ = ["NOT_SIMPLE", "TEXT_FIRST_BREAK", "TEXT_LAST_BREAK", "escape", "greedy", "wrap_portion"]


_CLASSES = ["OP", "CL", "CP", "QU", "GL", "NS", "EX", "SY", "IS", "PR", "PO", "NU", "AL",
            "HL", "ID", "IN", "HY", "BA", "BB", "B2", "ZW", "CM", "WJ"]
# UAX #14 pair table as implemented by libunistring 1.0 (rows: before, columns:
# after), measured with msgcat on this machine (e.g. it breaks after "," before a
# letter and never before "…").  _ direct break,
# % indirect (only after spaces), ^ prohibited, # combining (handled apart).
_TABLE_ROWS = """
OP ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ ^ # ^
CL _ ^ ^ % % ^ ^ ^ ^ % % _ _ _ _ % % % _ _ ^ # ^
CP _ ^ ^ % % % ^ ^ ^ % % % % % _ % % % _ _ ^ # ^
QU ^ ^ ^ % % % ^ ^ ^ % % % % % % % % % % % ^ # ^
GL % ^ ^ % % % ^ ^ ^ % % % % % % % % % % % ^ # ^
NS _ ^ ^ % % % ^ ^ ^ _ _ _ _ _ _ % % % _ _ ^ # ^
EX _ ^ ^ % % % ^ ^ ^ _ _ _ _ _ _ % % % _ _ ^ # ^
SY _ ^ ^ % % % ^ ^ ^ _ _ % _ % _ % % % _ _ ^ # ^
IS _ ^ ^ % % % ^ ^ ^ _ _ % _ _ _ % % % _ _ ^ # ^
PR % ^ ^ % % % ^ ^ ^ _ _ % % % % % % % _ _ ^ # ^
PO % ^ ^ % % % ^ ^ ^ _ _ % % % _ % % % _ _ ^ # ^
NU % ^ ^ % % % ^ ^ ^ % % % % % _ % % % _ _ ^ # ^
AL % ^ ^ % % % ^ ^ ^ % % % % % _ % % % _ _ ^ # ^
HL % ^ ^ % % % ^ ^ ^ % % % % % _ % % % _ _ ^ # ^
ID _ ^ ^ % % % ^ ^ ^ _ % _ _ _ _ % % % _ _ ^ # ^
IN _ ^ ^ % % % ^ ^ ^ _ _ _ _ _ _ % % % _ _ ^ # ^
HY _ ^ ^ % _ % ^ ^ ^ _ _ % _ _ _ % % % _ _ ^ # ^
BA _ ^ ^ % _ % ^ ^ ^ _ _ _ _ _ _ % % % _ _ ^ # ^
BB % ^ ^ % % % ^ ^ ^ % % % % % % % % % % % ^ # ^
B2 _ ^ ^ % % % ^ ^ ^ _ _ _ _ _ _ % % % _ ^ ^ # ^
ZW _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ^ _ _
CM % ^ ^ % % % ^ ^ ^ % % % % % _ % % % _ _ ^ # ^
WJ % ^ ^ % % % ^ ^ ^ % % % % % % % % % % % ^ # ^
"""
_TABLE: dict[str, dict[str, str]] = {}
for _row in _TABLE_ROWS.strip().splitlines():
    _parts = _row.split()
    _TABLE[_parts[0]] = dict(zip(_CLASSES, _parts[1:]))

_ASCII_CLASSES = {
    "!": "EX", '"': "QU", "$": "PR", "%": "PO", "'": "QU", "(": "OP", ")": "CP", "+": "PR",
    ",": "IS", "-": "HY", ".": "IS", "/": "SY", ":": "IS", ";": "IS", "?": "EX", "[": "OP",
    "\\": "PR", "]": "CP", "{": "OP", "|": "BA", "}": "CL", " ": "SP", "\t": "BA",
    "\n": "BK", "\r": "BK", "\x0b": "BK", "\x0c": "BK",
}
_EXPLICIT = {
    0xA0: "GL", 0xA1: "OP", 0xA2: "PO", 0xA3: "PR", 0xA4: "PR", 0xA5: "PR", 0xAB: "QU",
    0xAD: "BA", 0xB0: "PO", 0xB1: "PR", 0xB4: "BB", 0xBB: "QU", 0xBF: "OP",
    0x2007: "GL", 0x200B: "ZW", 0x200C: "CM", 0x200D: "CM", 0x2010: "BA", 0x2011: "GL",
    0x2012: "BA", 0x2013: "BA", 0x2014: "B2", 0x2018: "QU", 0x2019: "QU", 0x201A: "OP",
    0x201B: "QU", 0x201C: "QU", 0x201D: "QU", 0x201E: "OP", 0x201F: "QU", 0x2024: "IN",
    0x2025: "IN", 0x2026: "IN", 0x2027: "BA", 0x2028: "BK", 0x2029: "BK", 0x202F: "GL",
    0x2030: "PO", 0x2031: "PO", 0x2032: "PO", 0x2033: "PO", 0x2034: "PO", 0x2035: "PO",
    0x2036: "PO", 0x2037: "PO", 0x2039: "QU", 0x203A: "QU", 0x203C: "NS", 0x203D: "NS",
    0x2044: "IS", 0x2045: "OP", 0x2046: "CL", 0x2047: "NS", 0x2048: "NS", 0x2049: "NS",
    0x2056: "BA", 0x2058: "BA", 0x2059: "BA", 0x205A: "BA", 0x205B: "BA", 0x205D: "BA",
    0x205E: "BA", 0x205F: "BA", 0x2060: "WJ", 0xFEFF: "WJ", 0x20A7: "PO", 0x20B6: "PO",
    0x20BB: "PO", 0x20BE: "PO", 0x2116: "PR", 0x2212: "PR", 0x2213: "PR", 0x2103: "PO",
    0x2109: "PO", 0x3000: "BA", 0x3001: "CL", 0x3002: "CL", 0x037E: "IS", 0x0589: "IS",
    0x060C: "IS", 0x061F: "EX", 0x05BE: "BA", 0x0085: "BK",
}


@cache
def _lb_class(ch: str) -> str:
    cls = _ASCII_CLASSES.get(ch)
    if cls is not None:
        return cls
    o = ord(ch)
    if o < 0x80:
        if o < 0x20 or o == 0x7F:
            return "CM"
        if ch.isdigit():
            return "NU"
        return "AL"
    cls = _EXPLICIT.get(o)
    if cls is not None:
        return cls
    cat = unicodedata.category(ch)
    wide = unicodedata.east_asian_width(ch) in ("W", "F")
    if cat[0] == "L":
        return "ID" if wide else "AL"
    if cat == "Nd":
        return "ID" if wide else "NU"
    if cat[0] == "M" or cat in ("Cc", "Cf"):
        return "CM"
    if cat == "Zs":
        return "BA"
    if cat in ("Zl", "Zp"):
        return "BK"
    if cat == "Ps":
        return "OP"
    if cat == "Pe":
        return "CL"
    if cat in ("Pi", "Pf"):
        return "QU"
    if cat == "Pd":
        return "BA"
    if cat == "Sc":
        return "PR"
    return "ID" if wide else "AL"


@cache
def _uc_width(ch: str) -> int:
    o = ord(ch)
    if o < 0x20 or 0x7F <= o < 0xA0:
        return -1
    if o < 0x300:
        return 0 if o == 0xAD else 1  # libunistring: soft hyphen takes no column
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me") or (cat == "Cf" and o != 0xAD) or 0x1160 <= o < 0x1200 or o == 0x200B:
        return 0
    if unicodedata.east_asian_width(ch) in ("W", "F"):
        return 2
    return 1


def _possible_breaks(chars: list[str], classes: list[str]) -> list[bool]:
    """libunistring u8_possible_linebreaks: brk[i] = break possible before i."""
    n = len(chars)
    brk = [False] * n
    last = "BK"
    seen_space = -1
    for i in range(n):
        prop = classes[i]
        if prop == "BK":
            brk[i] = False  # cannot happen in escaped text
            last = "BK"
            seen_space = -1
            continue
        q = i
        if prop == "SP":
            brk[i] = False
            seen_space = i
            continue
        if prop == "ZW":
            brk[i] = False
            last = "ZW"
            seen_space = -1
            continue
        if prop == "CM":
            # LB9/LB10: a combining mark attaches to a preceding non-space
            # character; after a space, a break or the start it acts as AL.
            if last not in ("BK", "ZW") and seen_space < 0:
                brk[i] = False
                continue
            prop = "AL"
        if last == "BK":
            brk[q] = False
        elif last == "ZW":
            brk[q] = True
        else:
            t = _TABLE[last][prop]
            brk[q] = t == "_" or (t == "%" and seen_space >= 0)
        last = prop
        seen_space = -1
    return brk


def _wrap_slow(text: str, nobreak: set[int], width: int, startcol: int) -> list[int]:
    """Line starts (indexes into text) per libunistring ulc_width_linebreaks."""
    chars = list(text)
    classes = [_lb_class(c) for c in chars]
    brk = _possible_breaks(chars, classes)
    for i in nobreak:
        brk[i] = False
    result: list[int] = []
    last_p = -1
    last_column = startcol
    piece = 0
    for i, ch in enumerate(chars):
        if brk[i]:
            if last_p >= 0 and last_column + piece > width:
                result.append(last_p)
                last_column = 0
            last_p = i
            last_column += piece
            piece = 0
        w = _uc_width(ch)
        if w > 0:
            piece += w
    if last_p >= 0 and last_column + piece > width:
        result.append(last_p)
    return result


# Fast path ------------------------------------------------------------------

_LETTER = {"OP": "o", "CL": "c", "CP": "y", "QU": "q", "GL": "g", "NS": "n", "EX": "e",
           "SY": "s", "IS": "i", "PR": "r", "PO": "x", "NU": "d", "AL": "a", "HL": "h",
           "ID": "I", "IN": "N", "HY": "H", "BA": "b", "BB": "B", "B2": "T", "WJ": "W",
           "SP": " "}
# escape second characters: same class as "as last", never a break before them
_NOBREAK_LETTER = {"a": "A", "q": "Q", "r": "R"}
_LETTER_CLASS = {v: k for k, v in _LETTER.items()}
_LETTER_CLASS.update({"A": "AL", "Q": "QU", "R": "PR"})


def _build_fast_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    groups: dict[tuple[str, str], str] = {}
    targets = [k for k in _LETTER if k != "SP"]
    for before_letter, before in _LETTER_CLASS.items():
        if before == "SP":
            continue
        direct = "".join(_LETTER[t] for t in targets if _TABLE[before][t] == "_")
        spaced = "".join(_LETTER[t] for t in targets if _TABLE[before][t] in "_%")
        groups.setdefault((direct, spaced), "")
        groups[(direct, spaced)] += before_letter
    alts = []
    for (direct, spaced), xs in groups.items():
        xs_re = "[" + re.escape(xs) + "]"
        if direct:
            alts.append(f"{xs_re}(?=[{re.escape(direct)}])")
        if spaced:
            alts.append(f"{xs_re} +(?=[{re.escape(spaced)}])")
    body = "(?:" + "|".join(alts) + ")"
    return re.compile(".*" + body, re.S), re.compile(body)


_LAST_BREAK, _FIRST_BREAK = _build_fast_regexes()


class _ClassMap(dict[int, str]):
    """str.translate table: raw character -> line-break class letters of its escaped form."""

    def __missing__(self, o: int) -> str:
        ch = chr(o)
        if ch in _ESCAPES:
            value = "r" + ("Q" if ch == '"' else "R" if ch == "\\" else "A")
        else:
            cls = _lb_class(ch)
            letter = _LETTER.get(cls)
            if letter is None or _uc_width(ch) != 1:
                letter = "!"
            value = letter
        self[o] = value
        return value


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r",
            "\a": "\\a", "\b": "\\b", "\f": "\\f", "\v": "\\v"}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_CLASS_MAP = _ClassMap()


def _charset(chars: list[str]) -> str:
    """A compact regex character class for *chars*."""
    codes = sorted(set(map(ord, chars)))
    parts, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = chr(codes[i]), chr(codes[j])
        parts.append(re.escape(lo) if i == j else f"{re.escape(lo)}-{re.escape(hi)}")
        i = j + 1
    return "[" + "".join(parts) + "]"


def _build_text_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Break regexes that work on the escaped text itself (no class string).

    Used for portions made only of "simple" characters: one column wide, with
    a class from the pair table, and no backslash in the raw text (an escaped
    backslash pair would look like a PR-PR break opportunity).
    """
    candidates = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0x250)]
    candidates += [chr(c) for c in range(0x370, 0x530)] + [chr(c) for c in range(0x2010, 0x2060)]
    candidates += [chr(c) for c in range(0x20A0, 0x20C1)] + ["\u2116", "\u2122", "\u2212"]
    by_class: dict[str, list[str]] = {}
    simple: list[str] = ["\t", "\r", "\a", "\b", "\f", "\v", "\n"]
    for ch in candidates:
        cls = _lb_class(ch)
        if cls in _LETTER and _uc_width(ch) == 1:
            by_class.setdefault(cls, []).append(ch)
            if ch != "\\":
                simple.append(ch)
    targets = [c for c in by_class if c != "SP"]
    groups: dict[tuple[str, str], list[str]] = {}
    for before in targets:
        direct = "".join(sorted({ch for t in targets if _TABLE[before][t] == "_" for ch in by_class[t]}))
        spaced = "".join(sorted({ch for t in targets if _TABLE[before][t] in "_%" for ch in by_class[t]}))
        groups.setdefault((direct, spaced), []).extend(by_class[before])
    alts = []
    for (direct, spaced), xs in groups.items():
        xs_re = _charset(xs)
        if direct:
            alts.append(f"{xs_re}(?={_charset(list(direct))})")
        if spaced:
            alts.append(f"{xs_re} +(?={_charset(list(spaced))})")
    body = "(?:" + "|".join(alts) + ")"
    not_simple = "[^" + _charset(simple)[1:]
    return re.compile(".*" + body, re.S), re.compile(body), re.compile(not_simple)


_TEXT_LAST_BREAK, _TEXT_FIRST_BREAK, _NOT_SIMPLE = _build_text_regexes()
_NEEDS_ESCAPE = re.compile(r'[\\"\n\t\r\a\b\f\v]')


def _escape_fast(s: str) -> str:
    if _NEEDS_ESCAPE.search(s) is None:
        return s
    return s.translate(_ESCAPE_TABLE)


def _greedy(esc: str, end: int, width: int, startcol: int,
            last_break: re.Pattern[str], first_break: re.Pattern[str]) -> list[int]:
    """Line starts for GNU's greedy fill; breaks only before index *end*."""
    n = len(esc)
    starts: list[int] = []
    pos = 0
    avail = width - startcol
    while n - pos > avail:
        m = last_break.match(esc, pos, min(pos + avail + 1, end))
        if m is not None and m.end() > pos:
            b = m.end()
        else:
            m = first_break.search(esc, pos, end)
            if m is None:
                break
            b = m.end()
        starts.append(b)
        pos = b
        avail = width
    return starts


def _wrap_portion(portion: str, width: int, startcol: int,
                  keep: frozenset[int] | set[int] = frozenset()) -> tuple[str, list[int]]:
    """The escaped portion and the indexes where GNU starts a new line in it
    (the first line starts at column *startcol*, later ones at 0); never before a
    character of the portion whose index is in *keep* (inside a format directive)."""
    esc = _escape_fast(portion)
    if startcol + len(esc) <= width and esc.isascii():
        return esc, []
    if keep:
        return esc, _wrap_slow_portion(portion, width, startcol, keep)
    if _NOT_SIMPLE.search(portion) is None:
        if startcol + len(esc) <= width:
            return esc, []
        end = len(esc) - 2 if portion.endswith("\n") else len(esc)
        return esc, _greedy(esc, end, width, startcol, _TEXT_LAST_BREAK, _TEXT_FIRST_BREAK)
    cls = portion.translate(_CLASS_MAP)
    if portion.endswith("\n"):
        cls = cls[:-2] + "RA"
    if "!" not in cls:
        if startcol + len(esc) <= width:
            return esc, []
        return esc, _greedy(cls, len(cls), width, startcol, _LAST_BREAK, _FIRST_BREAK)
    return esc, _wrap_slow_portion(portion, width, startcol, keep)


def _wrap_slow_portion(portion: str, width: int, startcol: int, keep: frozenset[int] | set[int]) -> list[int]:
    """The slow path: work in escaped characters with explicit no-break positions."""
    chars: list[str] = []
    nobreak: set[int] = set()
    for k, ch in enumerate(portion):
        if k in keep:
            nobreak.add(len(chars))
        e = _ESCAPES.get(ch)
        if e is None:
            chars.append(ch)
        else:
            chars.append("\\")
            chars.append(e[1])
            nobreak.add(len(chars) - 1)
    if portion.endswith("\n"):
        nobreak.add(len(chars) - 2)
    return _wrap_slow("".join(chars), nobreak, width, startcol)


escape = _escape_fast
wrap_portion = _wrap_portion
greedy = _greedy
TEXT_LAST_BREAK, TEXT_FIRST_BREAK, NOT_SIMPLE = _TEXT_LAST_BREAK, _TEXT_FIRST_BREAK, _NOT_SIMPLE
