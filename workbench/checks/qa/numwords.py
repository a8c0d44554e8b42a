"""Spelled-out numbers in English, Russian and Kazakh: ``thirty-four`` = ``тридцать четыре``
= ``отыз төрт`` = 34, ``двенадцати тысяч`` = 12 000, ``жарты миллион`` = 500 000.

Each language has a table of word forms (Russian: every case; Kazakh: the bare word and the
word with a case, possessive or ordinal ending) mapped to a value and a role: ``unit`` and
``ten`` and ``hundred`` add up, ``mult`` multiplies what comes before (тысяча, мың, million).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class WordNumber:
    start: int
    end: int
    value: float
    text: str
    ordinal: bool = False


# -- English --------------------------------------------------------------------------------------
_EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
_EN_TENS = {w: 10 * i for i, w in enumerate("_ _ twenty thirty forty fifty sixty seventy eighty ninety".split())
            if w != "_"}
_EN_MULT = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}


def _english_table() -> dict[str, tuple[float, str]]:
    table: dict[str, tuple[float, str]] = {}
    for w, v in _EN_UNITS.items():
        table[w] = (v, "unit")
    for w, v in _EN_TENS.items():
        table[w] = (v, "ten")
    for w, v in _EN_MULT.items():
        table[w] = (v, "hundred" if v == 100 else "mult")
    return table


# -- Russian --------------------------------------------------------------------------------------
_RU: dict[str, tuple[float, str]] = {}


def _ru(value: float, role: str, *forms: str) -> None:
    for f in forms:
        _RU[f] = (value, role)


_ru(1, "unit", "один", "одна", "одно", "одного", "одной", "одному", "одним", "одном", "одну")
_ru(2, "unit", "два", "две", "двух", "двум", "двумя", "двое", "двоих", "оба", "обе", "обоих", "обеих", "пара",
    "пару", "вдвое", "дважды")
_ru(3, "unit", "три", "трёх", "трех", "трём", "трем", "тремя", "трое", "троих", "втрое", "трижды")
_ru(4, "unit", "четыре", "четырёх", "четырех", "четырём", "четырем", "четырьмя", "четверо", "вчетверо")
for _v, _stem in enumerate(("пят", "шест", "сем", "восем", "девят", "десят"), start=5):
    _forms = {"пят": ("пять", "пяти", "пятью", "пятеро"), "шест": ("шесть", "шести", "шестью", "шестеро"),
              "сем": ("семь", "семи", "семью", "семеро"), "восем": ("восемь", "восьми", "восемью", "восьмью"),
              "девят": ("девять", "девяти", "девятью"), "десят": ("десять", "десяти", "десятью", "десяток",
                                                              "десятка", "десятки", "десятков")}[_stem]
    _ru(_v, "unit", *_forms)
for _v, _w in enumerate(("одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат",
                         "семнадцат", "восемнадцат", "девятнадцат"), start=11):
    _ru(_v, "unit", _w + "ь", _w + "и", _w + "ью")
_ru(20, "ten", "двадцать", "двадцати", "двадцатью")
_ru(30, "ten", "тридцать", "тридцати", "тридцатью")
_ru(40, "ten", "сорок", "сорока")
_ru(50, "ten", "пятьдесят", "пятидесяти", "пятьюдесятью")
_ru(60, "ten", "шестьдесят", "шестидесяти", "шестьюдесятью")
_ru(70, "ten", "семьдесят", "семидесяти", "семьюдесятью")
_ru(80, "ten", "восемьдесят", "восьмидесяти", "восемьюдесятью")
_ru(90, "ten", "девяносто", "девяноста")
_ru(100, "hundred", "сто", "ста", "сотня", "сотни", "сотню")
_ru(200, "hundred", "двести", "двухсот", "двумстам", "двумястами", "двухстах")
_ru(300, "hundred", "триста", "трёхсот", "трехсот", "тремстам", "тремястами", "трёхстах", "трехстах")
_ru(400, "hundred", "четыреста", "четырёхсот", "четырехсот", "четырёмстам", "четыремстам", "четырьмястами")
for _v, _w in ((500, "пят"), (600, "шест"), (700, "сем"), (800, "восем"), (900, "девят")):
    _gen = {"пят": "пяти", "шест": "шести", "сем": "семи", "восем": "восьми", "девят": "девяти"}[_w]
    _ru(_v, "hundred", _w + "ьсот" if _w != "восем" else "восемьсот", _gen + "сот", _gen + "стам", _gen + "стах")
_ru(1000, "mult", "тысяча", "тысячи", "тысяч", "тысячу", "тысячам", "тысячами", "тысяче", "тысячей", "тыс")
_ru(10**6, "mult", "миллион", "миллиона", "миллионов", "миллиону", "миллионом", "миллионе", "миллионам",
    "миллионами", "млн")
_ru(10**9, "mult", "миллиард", "миллиарда", "миллиардов", "миллиарду", "миллиардом", "миллиарде", "миллиардам",
    "миллиардами", "млрд")
_ru(500_000, "whole", "полмиллиона")
_ru(500, "whole", "полтысячи")
_ru(1.5, "unit", "полтора", "полторы", "полутора")
_RU_ORDINAL = re.compile(r"^(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят|двадцат|тридцат)"
                         r"(ый|ой|ий|ая|ья|ое|ье|ого|ьего|ому|ьему|ым|ьим|ом|ьем|ую|ью|ые|ьи|ых|ьих|ыми|ьими|ей)$")
_RU_COMPOUND_VALUE = {"одно": 1, "двух": 2, "трех": 3, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7,
                      "восьми": 8, "девяти": 9, "десяти": 10, "двадцати": 20, "тридцати": 30, "сорока": 40,
                      "пятидесяти": 50, "столет": 100, "тысяче": 1000}
_RU_COMPOUND = re.compile(r"^(одно|двух|тр[её]х|четыр[её]х|пятидесяти|пяти|шести|семи|восьми|девяти|десяти|двадцати|"
                          r"тридцати|сорока|столет|тысяче)")
_RU_ORDINAL_VALUE = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "пят": 5, "шест": 6, "седьм": 7, "восьм": 8,
                     "девят": 9, "десят": 10, "двадцат": 20, "тридцат": 30}

# -- Kazakh ---------------------------------------------------------------------------------------
_KK_BASE: dict[str, tuple[float, str]] = {
    "бір": (1, "unit"), "екі": (2, "unit"), "үш": (3, "unit"), "төрт": (4, "unit"), "бес": (5, "unit"),
    "алты": (6, "unit"), "жеті": (7, "unit"), "сегіз": (8, "unit"), "тоғыз": (9, "unit"), "он": (10, "ten"),
    "жиырма": (20, "ten"), "отыз": (30, "ten"), "қырық": (40, "ten"), "елу": (50, "ten"), "алпыс": (60, "ten"),
    "жетпіс": (70, "ten"), "сексен": (80, "ten"), "тоқсан": (90, "ten"), "жүз": (100, "hundred"),
    "мың": (1000, "mult"), "миллион": (10**6, "mult"), "млн": (10**6, "mult"), "миллиард": (10**9, "mult"),
    "млрд": (10**9, "mult"), "екеу": (2, "unit"), "үшеу": (3, "unit"), "төртеу": (4, "unit"), "бесеу": (5, "unit"),
    "екеуі": (2, "unit"), "үшеуі": (3, "unit"), "қос": (2, "unit"),
}
#: Endings a Kazakh number word may carry (case, possessive, ordinal, collective, approximate).
_KK_ENDINGS = re.compile(
    r"^(?:|ыншы|інші|ншы|нші|ыншыда|іншіде|еу|ау|еуі|ауы|ден|дан|тен|тан|нен|нан|ге|ға|ке|қа|де|да|те|та|"
    r"ның|нің|дың|дің|тың|тің|ды|ді|ты|ті|ны|ні|мен|бен|пен|ы|і|сы|сі|ыз|із|дай|дей|тай|тей|"
    r"даған|деген|таған|теген|шақты|ға жуық|дар|дер|тар|тер|лар|лер)$")
#: Stems that are also other words (он "ten"/"his", үш, алты "six"/алтын...): only the bare
#: word or a hyphenless ending from the short list counts.
_KK_AMBIGUOUS = {"он", "үш", "алты", "жүз", "бес", "қос", "екеу"}


@lru_cache(maxsize=65536)
def _kk_lookup(word: str) -> tuple[float, str, bool, bool] | None:
    """(value, role, ordinal, has_ending) of a Kazakh number word, or None."""
    if word in _KK_BASE:
        v, role = _KK_BASE[word]
        return v, role, False, False
    for stem in sorted(_KK_BASE, key=len, reverse=True):
        if word.startswith(stem) and len(word) > len(stem):
            ending = word[len(stem):]
            if stem in _KK_AMBIGUOUS and ending not in ("ға", "ге", "ден", "дан", "нан", "нен", "інші", "ыншы",
                                                         "еу", "ау", "тен", "тан"):
                continue
            if _KK_ENDINGS.match(ending):
                v, role = _KK_BASE[stem]
                return v, role, ending in ("ыншы", "інші", "ншы", "нші"), True
    return None


_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _lookup(word: str, language: str) -> tuple[float, str, bool, bool] | None:
    w = word.lower()
    if language == "en":
        if "-" in w:
            parts = w.split("-")
            if len(parts) == 2 and parts[0] in _EN_TENS and parts[1] in _EN_UNITS and 0 < _EN_UNITS[parts[1]] < 10:
                return _EN_TENS[parts[0]] + _EN_UNITS[parts[1]], "ten", False, False
            return None
        hit = _ENGLISH.get(w)
        return (hit[0], hit[1], False, False) if hit else None
    if language == "ru":
        hit = _RU.get(w.replace("ё", "е")) or _RU.get(w)
        if hit:
            return hit[0], hit[1], False, False
        compound = _RU_COMPOUND.match(w)
        if compound and len(w) > len(compound.group(1)) + 2:
            # пятилетка, трёхдневный, двухнедельный: the number is inside the word
            return _RU_COMPOUND_VALUE[compound.group(1).replace("ё", "е")], "unit", False, True
        m = _RU_ORDINAL.match(w)
        if m:
            stem = m.group(1)
            return _RU_ORDINAL_VALUE.get(stem[:4] if stem.startswith("четв") else stem, 0), "unit", True, True
        return None
    if language == "kk":
        return _kk_lookup(w)
    return None


_ENGLISH = _english_table()


@lru_cache(maxsize=8)
def _candidates(language: str) -> re.Pattern[str]:
    """Words that may be number words, in lower-case text. The pattern starts with the words'
    letters (no assertion), which lets the engine skip the rest of the text at C speed; word
    boundaries are checked on the matches."""
    from .text import trie_pattern

    if language == "en":
        return re.compile(trie_pattern(_ENGLISH) + r"(?:-[a-z]+)?")
    if language == "ru":
        words = {w.lower() for w in (*_RU, *(w.replace("е", "ё") for w in _RU if "е" in w))}
        ordinals = ("перв", "втор", "трет", "четвёрт", "четверт", "пят", "шест", "седьм", "восьм", "девят",
                    "десят", "двадцат", "тридцат")
        return re.compile(trie_pattern(words | set(ordinals)) + r"[а-яё]*")
    if language == "kk":
        return re.compile(trie_pattern([*_KK_BASE, "жарты", "жарым"]) + r"[^\W\d_]*")
    return re.compile(r"(?!x)x")


_ORDER = {"unit": 1, "ten": 2, "hundred": 3}


def find_word_numbers(text: str, language: str) -> list[WordNumber]:
    """The spelled-out numbers of *text* (a run of number words is one number)."""
    out: list[WordNumber] = []
    run: list[tuple[re.Match[str], float, str, bool, bool]] = []

    def flush() -> None:
        if not run:
            return
        total = 0.0
        current = 0.0
        last_order = 9
        half = False
        for m, value, role, _ordinal, _ending in run:
            w = m.group(0).lower()
            if w in ("жарты",):
                half = True
                continue
            if w == "жарым":
                current += 0.5
                continue
            if role == "mult":
                base = current or (0.5 if half else 1)
                total += (base * (0.5 if half and current else 1)) * value
                current, last_order, half = 0.0, 9, False
            elif role == "hundred" and current and current < 10:
                current *= value
                last_order = 3
            elif role == "whole":
                total += value
            else:
                order = _ORDER.get(role, 1)
                if order >= last_order and current:
                    # "два три": two numbers, not one
                    out.append(WordNumber(run[0][0].start(), m.start(), total + current,
                                          text[run[0][0].start():m.start()].strip()))
                    total, current = 0.0, 0.0
                current += value
                last_order = order
        value = total + current
        if value:
            start, end = run[0][0].start(), run[-1][0].end()
            out.append(WordNumber(start, end, value, text[start:end], ordinal=run[-1][3]))
        run.clear()

    prev_end = -1
    low = text.lower()
    if len(low) != len(text):
        low = text      # a letter whose lower case is longer: offsets would move (rare; found less)
    for m in _candidates(language).finditer(low):
        if (m.start() and low[m.start() - 1].isalpha()) or (m.end() < len(low) and low[m.end()].isalpha()):
            continue    # inside a word
        w = m.group(0)
        hit = _lookup(m.group(0), language)
        glue = text[prev_end:m.start()] if prev_end >= 0 else ""
        joined = run and glue.strip() in ("", "and") and "\n" not in glue
        if language == "kk" and w in ("жарты", "жарым"):
            hit = (0.0, "half", False, False)
        if hit is None:
            if not (language == "en" and w == "and" and run):
                flush()
            prev_end = m.end()
            continue
        if run and not joined:
            flush()
        if run and run[-1][4]:
            flush()     # a word with a case ending closes the number (үштен бірі: 3, then 1)
        if language == "en" and w in ("one", "a") and not run:
            pass
        run.append((m, hit[0], hit[1], hit[2], hit[3]))
        prev_end = m.end()
    flush()
    if language == "en":
        # "one" alone is a pronoun more often than a number (one of, no one)
        out = [n for n in out if n.text.lower() not in ("one", "zero")]
    return out
