"""Kazakh Cyrillic -> Kazakh Latin alphabet of 2021 (the "improved" alphabet).

Standalone, standard library only.  Main entry point::

    >>> transliterate("Қасым-Жомарт Тоқаев Жаңаөзендегі оқиғалар туралы мәлімдеме жасады.")
    'Qasym-Jomart Toqaev Jañaözendegı oqiğalar turaly mälımdeme jasady.'
    >>> transliterate("Тоқаевтың", overrides={"Тоқаев": "Tokayev"})
    'Tokayevtyñ'

Which alphabet
==============
The alphabet presented to the National Commission on 28 January 2021 and put
up for public discussion as the annex of a draft presidential decree on
21 April 2021 (discussion until 6 May 2021).  It has 31 letters of the basic
Latin repertoire plus diacritics (umlaut, macron, cedilla, breve) and no
digraphs or apostrophes:

    A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z

Reports say the April draft differs from the January presentation in one
letter.  Implementations written in between suggest which: ң was Ŋ ŋ in
January (qazaq-transliterator 2.0, February 2021, still writes Ŋ) and is
Ñ ñ in the table that qazlatyn-db links to the April draft.  This module
uses Ñ ñ.
I found no source showing the decree being signed, nor the final spelling
rules (Правила правописания) that the government was to approve "by
15 June 2021".  The letter table itself is not in dispute.

Official letter table (Cyrillic -> Latin), upper / lower case
-------------------------------------------------------------

    ====  ====  ====  ====   ==========================================
    Cyr   cyr   Lat   lat    note
    ====  ====  ====  ====   ==========================================
    А     а     A     a
    Ә     ә     Ä     ä
    Б     б     B     b
    В     в     V     v
    Г     г     G     g
    Ғ     ғ     Ğ     ğ
    Д     д     D     d
    Е     е     E     e
    Ж     ж     J     j
    З     з     Z     z
    И     и     İ     i      dotted İ i, shared with Й
    Й     й     İ     i      dotted İ i, shared with И
    К     к     K     k
    Қ     қ     Q     q
    Л     л     L     l
    М     м     M     m
    Н     н     N     n
    Ң     ң     Ñ     ñ      (Ŋ ŋ in the January 2021 presentation)
    О     о     O     o
    Ө     ө     Ö     ö
    П     п     P     p
    Р     р     R     r
    С     с     S     s
    Т     т     T     t
    У     у     U     u      in every position (see "Rules" below)
    Ұ     ұ     Ū     ū
    Ү     ү     Ü     ü
    Ф     ф     F     f
    Х     х     H     h      shared with Һ
    Һ     һ     H     h      shared with Х
    Ш     ш     Ş     ş
    Ы     ы     Y     y
    І     і     I     ı      dotless ı; capital is a plain I
    ====  ====  ====  ====   ==========================================

Letters with no Latin letter of their own (Russian-origin letters)
------------------------------------------------------------------

    ====  ====  =====================  ======  ==========================
    Cyr   cyr   Title / ALL CAPS       lower   rule used here
    ====  ====  =====================  ======  ==========================
    Ё     ё     İo / İO                io      = й + о
    Ц     ц     Ts / TS                ts
    Ч     ч     Ch / CH                ch
    Щ     щ     Ş / Ş                  ş
    Ъ     ъ     (dropped)              -
    Ь     ь     (dropped)              -
    Э     э     E / E                  e
    Ю     ю     İu / İU                iu      = й + у
    Я     я     İa / İA                ia      = й + а
    ====  ====  =====================  ======  ==========================

Where the sources disagree, and what this module does
------------------------------------------------------
* The 2021 table gives no letter at all for ё, ц, ч, щ, ъ, ь, э, ю, я.  The
  spelling rules meant to cover them were not published in final form, so
  any choice here is a convention, not the law.  The sources found disagree:

  - The "Latin 2021" column of the Wikipedia table, as copied in the
    qazlatyn-db README (npm), gives ч -> "Ch ch" and щ -> "Ş ş" and nothing
    for the others.
  - A sports.ru blog post about the January 2021 version lists two options
    for each: ё -> İO or Ö, ю -> İU or Ü, я -> İA or Ä, ц -> TS or S,
    ч -> TŞ or Ş, щ -> ŞŞ, э -> E.
  - The qazlat.kz rules for foreign words, which come from the 2018 spelling
    rules project and are quoted in qazlatyn-db PR #9, respell loanwords
    instead: ц -> s, ё -> ö (§78), and ю and я adapted to Kazakh sound laws.
    The PHP package Qazaq-Genius does the same (ц -> s, ч -> ş, ю -> ü,
    я -> ä).
  - qazaq-transliterator (PyPI, 2021) uses я -> ia and ю -> iu.

  This module makes the workbench's choice: a letter-for-letter
  transliteration that stays readable and predictable without a
  dictionary.  ё, ю and я are written as й + vowel, using the official
  й -> i (so Title case is İo, İu, İa, matching the İO, İU, İA option).
  ц -> ts, ч -> ch and щ -> ş follow the Wikipedia column.  ъ and ь are
  dropped and э -> e; every source agrees on these.  Note that "ch" (and
  Title/ALL CAPS "Ch"/"CH") is the only output that uses a letter outside
  the 31: the 2021 alphabet has no C.  Output that must stay inside the 31
  letters would need the "tş" or "ş" options above instead.  Respelling loanwords
  by pronunciation (цирк -> sirk) needs a lexicon and is out of scope; use
  `overrides` for such words.

* The capital of i is İ and the capital of ı is I (the official table), so
  ALL CAPS output uses İ for и/й: ЦИК -> TSİK, not TSIK.  TSIK would read as
  ЦІК.

Rules
=====
1. One Cyrillic letter gives one table entry.  There are no context rules
   for the letters themselves: the 2021 table has a single U u for у
   (тау -> tau, сауда -> sauda, Еуропа -> Europa, ауыл -> auyl,
   Мәскеу -> Mäskeu, университет -> universitet) and a single İ i for both
   и and й (Ильич -> İlich, кию -> kiiu, июль -> iiul).  The w / ý forms for
   у belonged to the 2017 and 2018 versions and were dropped in 2021.
2. Case.  Single-letter outputs keep the case of the source letter.  An
   upper-case letter whose output has several letters (Ц Ч Ю Я Ё) becomes
   ALL CAPS (TS, CH, İU, İA, İO) when the next letter is upper case, or
   when there is no next letter in the word and the previous letter is
   upper case.  Otherwise it becomes Title case (Ts, Ch, İu, İa, İo).
   So ЦИК -> TSİK, Цой -> Tsoi, ЮРЧЕНКО -> İURCHENKO, Юрченко -> İurchenko.
3. Only the 42 letters of the Kazakh Cyrillic alphabet are converted.
   Everything else passes through unchanged, character for character:
   Latin text, digits, punctuation, «» quotes, Markdown, emoji, other
   Cyrillic letters (ї, є, ў …), stray combining marks, lone surrogates.
   Text with none of the 42 letters is returned unchanged.
4. The decomposed forms и + U+0306 and е + U+0308 (upper or lower case) are
   read as й and ё.  Any other combining mark is copied after the output of
   the letter it follows (а + U+0301 -> a + U+0301).  The text is never
   normalised as a whole, so non-Cyrillic text keeps its own form.
5. URLs (http://, https://, ftp://, www.) are copied verbatim even when they
   contain Cyrillic, so links keep working.  Pass keep_urls=False to
   transliterate them too.
6. Overrides.  `overrides` maps a Cyrillic word to the Latin form to use for
   it, for example the glossary spelling of a name: {"Тоқаев": "Tokayev"}.

   - Keys are single words made only of Kazakh Cyrillic letters (no spaces
     or hyphens; for a hyphenated name give each part).  A bad key raises
     ValueError.
   - A key written with a capital first letter is a proper name: it matches
     only a word that starts with a capital (Title case or ALL CAPS), so the
     name "Нұр" never replaces the common noun "нұр" (light).  A key written
     in lower case matches a word in any case.
   - A whole word equal to a key is replaced by the value.
   - Stems: if a word starts with a key and the rest of the word is made
     entirely of common Kazakh suffixes (case, plural, possessive, personal
     endings and a few derivational ones; see _SUFFIXES), the stem is
     replaced and the ending is transliterated as usual:
     Тоқаевтың -> Tokayevtyñ, Тоқаевқа -> Tokayevqa.  If several keys match,
     the longest one wins.  This suffix check stops a key like "Нұр" from
     cutting into "Нұрсұлтан".
   - Case follows the source stem: ALL CAPS (2+ letters) -> value in
     capitals (ТОҚАЕВ -> TOKAYEV), capitalised -> value with its first letter
     capitalised, all lower case -> value in lower case.  Upper and lower
     case use the Kazakh Latin pairs İ/i and I/ı.
   - For repeated calls with the same glossary, build it once with
     compile_overrides() and pass the result as `overrides`.
7. Linear time.  One left-to-right pass.  Override matching walks a trie
   for at most the length of the longest key from each word start, plus one
   check of that word's ending.

In the workbench
===============
The kk-Latn editions (workbench/editions/latin.py) transliterate every Kazakh
translation with this module; names whose Latin spelling is not their letter-
for-letter transliteration (Джо Байден -> Joe Biden, Си Цзиньпин -> Xi Jinping)
come from the glossary's optional ``kk_latn`` column, word by word, as
overrides.

Sources (searched December 2026 in stored copies; addresses as stored)
=====================================================================
* Government resolution putting the draft decree to the President (sets
  15 June 2021 for the spelling rules):
  https://adilet.zan.kz/rus/docs/P2100000106/compare
* Draft decree with the 31-letter table, "Open NPA" portal, April 2021:
  https://legalacts.egov.kz/npa/view?id=8243312 (linked from the qazlatyn-db
  README, https://socket.dev/npm/package/qazlatyn-db/overview/4.0.0)
* Report of the 28 January 2021 Commission meeting (31 letters, diacritics
  for ә ө ү ұ ғ ш):
  https://folkpublication.com/en/2766-the-government-presented-a-new-version-of-the-kazakh-alphabet-in-latin ,
  https://www.kt.kz/eng/politics/new_version_of_latin-based_kazakh_alphabet_presented_at_1377910944.html ,
  https://yk.kz/news/obshhestvo/kazaxstanczam-predstavili-novyij-alfavit-na-latinicze-162342.html
* April 2021 draft "with one change":
  https://ru.ult.kz/2021/04/22/predstavlena-novaya-versiya-latinskogo-alfavita ,
  https://informburodata.com/novosti/novyj-variant-kazahskogo-alfavita-na-latinice-predstavili-dlya-publichnogo-obsuzhdeniya
* Wikipedia "Kazakh alphabets" (2021 column; its sample text writes й as i,
  as in "üiıne", "syi"): https://en.wikipedia.org/wiki/Kazakh_alphabets
* Options for ё ю я ц ч щ э: https://m.sports.ru/tribuna/blogs/kzstories/2883175.html
* Respelling of loanwords (ц -> s, ё -> ö): https://github.com/talgautb/qazlatyn-db/pull/9 ;
  2018 spelling rules project (я, ю, ъ, ь respelled in loanwords):
  https://articlekz.com/kk/article/30011
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from types import MappingProxyType

__all__ = [
    "LATIN_2021",
    "OFFICIAL_LETTERS",
    "OverrideTable",
    "compile_overrides",
    "transliterate",
]

# The 31 letters of the 2021 alphabet, in its order.
OFFICIAL_LETTERS: tuple[str, ...] = tuple(
    "A Ä B D E F G Ğ H I İ J K L M N Ñ O Ö P Q R S Ş T U Ū Ü V Y Z".split()
)

# (upper Cyrillic, lower Cyrillic, Title/upper Latin, lower Latin, ALL CAPS Latin)
_ROWS: tuple[tuple[str, str, str, str, str], ...] = (
    ("А", "а", "A", "a", "A"),
    ("Ә", "ә", "Ä", "ä", "Ä"),
    ("Б", "б", "B", "b", "B"),
    ("В", "в", "V", "v", "V"),
    ("Г", "г", "G", "g", "G"),
    ("Ғ", "ғ", "Ğ", "ğ", "Ğ"),
    ("Д", "д", "D", "d", "D"),
    ("Е", "е", "E", "e", "E"),
    ("Ё", "ё", "İo", "io", "İO"),
    ("Ж", "ж", "J", "j", "J"),
    ("З", "з", "Z", "z", "Z"),
    ("И", "и", "İ", "i", "İ"),
    ("Й", "й", "İ", "i", "İ"),
    ("К", "к", "K", "k", "K"),
    ("Қ", "қ", "Q", "q", "Q"),
    ("Л", "л", "L", "l", "L"),
    ("М", "м", "M", "m", "M"),
    ("Н", "н", "N", "n", "N"),
    ("Ң", "ң", "Ñ", "ñ", "Ñ"),
    ("О", "о", "O", "o", "O"),
    ("Ө", "ө", "Ö", "ö", "Ö"),
    ("П", "п", "P", "p", "P"),
    ("Р", "р", "R", "r", "R"),
    ("С", "с", "S", "s", "S"),
    ("Т", "т", "T", "t", "T"),
    ("У", "у", "U", "u", "U"),
    ("Ұ", "ұ", "Ū", "ū", "Ū"),
    ("Ү", "ү", "Ü", "ü", "Ü"),
    ("Ф", "ф", "F", "f", "F"),
    ("Х", "х", "H", "h", "H"),
    ("Һ", "һ", "H", "h", "H"),
    ("Ц", "ц", "Ts", "ts", "TS"),
    ("Ч", "ч", "Ch", "ch", "CH"),
    ("Ш", "ш", "Ş", "ş", "Ş"),
    ("Щ", "щ", "Ş", "ş", "Ş"),
    ("Ъ", "ъ", "", "", ""),
    ("Ы", "ы", "Y", "y", "Y"),
    ("І", "і", "I", "ı", "I"),
    ("Ь", "ь", "", "", ""),
    ("Э", "э", "E", "e", "E"),
    ("Ю", "ю", "İu", "iu", "İU"),
    ("Я", "я", "İa", "ia", "İA"),
)

#: Cyrillic letter (both cases) -> Latin.  Upper-case letters map to their
#: Title-case form; transliterate() makes them ALL CAPS by context (rule 2).
LATIN_2021: Mapping[str, str] = MappingProxyType(
    {
        **{up: title for up, _lo, title, _l, _c in _ROWS},
        **{lo: lat for _up, lo, _t, lat, _c in _ROWS},
    }
)

_LAT: dict[str, str] = dict(LATIN_2021)  # plain dict: faster lookups
_CAPS: dict[str, str] = {up: caps for up, _lo, _t, _l, caps in _ROWS}
_UPPER_CYR = frozenset(up for up, *_ in _ROWS)
_LOWER_CYR = frozenset(lo for _up, lo, *_ in _ROWS)
_KAZAKH_LETTERS = _UPPER_CYR | _LOWER_CYR

# Decomposed sequences read as one letter (rule 4).
_FOLD: dict[tuple[str, str], str] = {
    ("и", "\u0306"): "й",
    ("И", "\u0306"): "Й",
    ("е", "\u0308"): "ё",
    ("Е", "\u0308"): "Ё",
}
_FOLD_MARKS = frozenset(m for _b, m in _FOLD)
#: A run of characters that are not Kazakh letters: copied as they are, in one piece.
_OTHER_RUN = re.compile("[^" + "".join(sorted(_KAZAKH_LETTERS)) + "]+")
#: A run of lower-case Kazakh letters, and the table that translates one.
_LOWER_RUN = re.compile("[" + "".join(sorted(_LOWER_CYR)) + "]+")
_LOWER_TABLE = str.maketrans({lo: lat for _up, lo, _t, lat, _c in _ROWS})

_URL_RE = re.compile(r"(?:(?:https?|ftp)://|www\.)[^\s<>\"«»]+", re.IGNORECASE)

# Common Kazakh suffixes (all allomorphs): an override key is used as a stem
# only if the rest of the word splits completely into these (rule 6).
_SUFFIXES = frozenset(
    """
    лар лер дар дер тар тер
    м ым ім ң ың ің ңыз ңіз ыңыз іңіз ңдар ңдер ыңдар іңдер
    ы і сы сі мыз міз ымыз іміз
    ның нің дың дің тың тің
    ға ге қа ке на не а е
    ны ні ды ді ты ті н
    да де та те нда нде
    дан ден тан тен нан нен
    мен бен пен менен бенен пенен
    ша ше дай дей тай тей
    ғы гі қы кі дағы дегі тағы тегі ндағы ндегі
    нікі дікі тікі
    мын мін бын бін пын пін сың сің сыз сіз быз біз пыз піз
    шы ші шыл шіл лық лік дық дік тық тік
    """.split()
)
_MAX_SUFFIX = max(map(len, _SUFFIXES))


def _kk_upper(s: str) -> str:
    """Upper-case with the Kazakh Latin pairs i/İ and ı/I."""
    return s.replace("i", "İ").replace("ı", "I").upper()


def _kk_lower(s: str) -> str:
    """Lower-case with the Kazakh Latin pairs İ/i and I/ı."""
    return s.replace("İ", "i").replace("I", "ı").lower()


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _is_word_char(ch: str) -> bool:
    return ch.isalpha() or _is_mark(ch)


def _read(text: str, i: int, n: int) -> tuple[str, int]:
    """Return (character at i after folding, index after it)."""
    ch = text[i]
    if i + 1 < n:
        nxt = text[i + 1]
        if nxt in _FOLD_MARKS:
            folded = _FOLD.get((ch, nxt))
            if folded is not None:
                return folded, i + 2
    return ch, i + 1


def _suffix_chains(letters: str) -> list[bool]:
    """ok[p] is True if letters[p:] splits completely into _SUFFIXES."""
    m = len(letters)
    ok = [False] * (m + 1)
    ok[m] = True
    for p in range(m - 1, -1, -1):
        for k in range(1, min(_MAX_SUFFIX, m - p) + 1):
            if ok[p + k] and letters[p : p + k] in _SUFFIXES:
                ok[p] = True
                break
    return ok


class _Node:
    """A trie node: children by lower-case letter; a value where a key ends."""

    __slots__ = ("children", "proper", "value")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.value: str | None = None
        self.proper = False  # the key was written with a capital: match capitalised words only


class OverrideTable:
    """A compiled override glossary (a trie over lower-case keys).

    Build one with compile_overrides() and reuse it across calls.
    """

    __slots__ = ("_root",)

    def __init__(self, overrides: Mapping[str, str]) -> None:
        root = _Node()
        for key, value in overrides.items():
            if not isinstance(key, str) or not isinstance(value, str):
                raise TypeError("override keys and values must be str")
            nfc = unicodedata.normalize("NFC", key)
            norm = nfc.lower()
            if not norm or any(c not in _LOWER_CYR for c in norm):
                raise ValueError(
                    f"override key {key!r} must be one word of Kazakh "
                    "Cyrillic letters (no spaces, hyphens or other symbols)"
                )
            node = root
            for c in norm:
                node = node.children.setdefault(c, _Node())
            node.value = value
            node.proper = nfc[0] in _UPPER_CYR
        self._root = root

    def __bool__(self) -> bool:
        return bool(self._root.children)

    def match(self, text: str, start: int, n: int) -> tuple[int, str] | None:
        """Match at a word start.  Returns (end index of stem, value) or None."""
        node: _Node | None = self._root
        capitalised = text[start].isupper()
        i = start
        ends: list[tuple[int, str]] = []
        while i < n and node is not None:
            ch, j = _read(text, i, n)
            node = node.children.get(ch.lower())
            if node is None:
                break
            i = j
            while i < n and _is_mark(text[i]):
                i += 1  # combining marks stay attached to the stem
            if node.value is not None and (capitalised or not node.proper):
                ends.append((i, node.value))
        if not ends:
            return None
        longest = ends[-1][0]
        word_end = longest
        while word_end < n and _is_word_char(text[word_end]):
            word_end += 1
        if longest == word_end:  # the whole word is a key
            return ends[-1]
        # Stem + ending.  Read the letters after the shortest stem once,
        # folded and lower-cased; keys hold Kazakh letters only, so a letter
        # from another script can only sit in the ending, which then fails.
        seq: list[str] = []
        pos_at: dict[int, int] = {}
        k = ends[0][0]
        while k < word_end:
            pos_at[k] = len(seq)
            ch, k = _read(text, k, n)
            if ch in _KAZAKH_LETTERS:
                seq.append(ch.lower())
            elif not _is_mark(ch):
                return None
        pos_at[word_end] = len(seq)
        ok = _suffix_chains("".join(seq))
        for end, value in reversed(ends):  # longest key first
            if ok[pos_at[end]]:
                return end, value
        return None


def compile_overrides(overrides: Mapping[str, str]) -> OverrideTable:
    """Validate and compile an override glossary once, for repeated use."""
    return OverrideTable(overrides)


def _case_value(value: str, text: str, start: int, end: int) -> str:
    letters = [c for c in text[start:end] if c.isalpha()]
    if not letters or not value:
        return value
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return _kk_upper(value)
    if letters[0].isupper():
        return _kk_upper(value[0]) + value[1:]
    return _kk_lower(value)


def _url_spans(text: str, keep_urls: bool) -> Iterator[tuple[int, int]]:
    if keep_urls and ("://" in text or "www." in text.lower()):
        for m in _URL_RE.finditer(text):
            yield m.start(), m.end()


def transliterate(
    text: str,
    overrides: Mapping[str, str] | OverrideTable | None = None,
    *,
    keep_urls: bool = True,
) -> str:
    """Transliterate Kazakh Cyrillic `text` into the 2021 Kazakh Latin alphabet.

    Args:
        text: any string.  Only Kazakh Cyrillic letters are changed.
        overrides: optional glossary {Cyrillic word: Latin form}, or a table
            from compile_overrides().  See rule 6 in the module docstring.
        keep_urls: copy URLs verbatim (default True).

    Returns:
        The transliterated string.  Pure function; no state is kept.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    table: OverrideTable | None
    if overrides is None or isinstance(overrides, OverrideTable):
        table = overrides
    else:
        table = OverrideTable(overrides)
    if table is not None and not table:
        table = None
    return _convert(text, table, keep_urls, runs=True)


def _convert(text: str, table: OverrideTable | None, keep_urls: bool, *, runs: bool) -> str:
    """The one left-to-right pass. *runs* copies and translates runs of letters in one piece
    (the tests check it changes nothing against the letter-by-letter pass, ``runs=False``)."""
    n = len(text)
    out: list[str] = []
    append = out.append
    lat_of = _LAT
    fold_marks = _FOLD_MARKS
    spans = _url_spans(text, keep_urls)
    span = next(spans, None)
    span_start = span[0] if span is not None else n
    i = 0
    prev_upper = False  # the previous base character was an upper-case letter
    prev_word = False  # the previous character was part of a word
    while i < n:
        if i >= span_start:
            assert span is not None
            if i < span[1]:
                append(text[i : span[1]])
                i = span[1]
                prev_upper = prev_word = False
            span = next(spans, None)
            span_start = span[0] if span is not None else n
            continue

        ch = text[i]
        j = i + 1
        if j < n and text[j] in fold_marks:  # rule 4
            folded = _FOLD.get((ch, text[j]))
            if folded is not None:
                ch = folded
                j += 1

        lat = lat_of.get(ch)
        if lat is None:  # not a Kazakh letter: copy it, and the run of others after it
            run = _OTHER_RUN.match(text, i, span_start) if runs else None
            end = run.end() if run is not None else j
            append(text[i:end])
            k = end - 1
            while k >= i and _is_mark(text[k]):
                k -= 1
            if k >= i:
                prev_upper = text[k].isupper()
                prev_word = text[k].isalpha()
            if k < end - 1:
                prev_word = True
            i = end
            continue

        if runs and ch in _LOWER_CYR and (table is None or prev_word):
            # A run of lower-case letters needs no context (rules 2 and 6 look at capitals and
            # word starts only): translate it in one piece, short of a letter a mark folds (rule 4).
            run = _LOWER_RUN.match(text, i, span_start)
            if run is not None and run.end() > j:
                end = run.end()
                if end < n and text[end] in fold_marks:
                    end -= 1
                append(text[i:end].translate(_LOWER_TABLE))
                prev_upper, prev_word = False, True
                i = end
                continue

        if table is not None and not prev_word:
            hit = table.match(text, i, n)
            if hit is not None:
                end, value = hit
                append(_case_value(value, text, i, end))
                k = end - 1
                while k > i and _is_mark(text[k]):
                    k -= 1
                prev_upper = text[k].isupper()
                prev_word = True
                i = end
                continue

        upper = ch in _UPPER_CYR
        if upper and len(lat) > 1:
            # Rule 2: Title case unless the next letter is upper case, or the
            # word ends here and the previous letter was upper case.
            k = j
            while k < n and _is_mark(text[k]):
                k += 1
            nxt = text[k] if k < n else ""
            if nxt.isupper() or (prev_upper and not nxt.isalpha()):
                lat = _CAPS[ch]
        append(lat)
        prev_upper = upper
        prev_word = True
        i = j
    return "".join(out)
