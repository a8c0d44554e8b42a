"""English sentence segmentation over character spans.

:func:`split_sentences` never copies or rewrites text: it returns ``(start, end)``
offsets into the string it was given, so the document model can keep everything
that is not a sentence (markup, spacing, line breaks) in its skeleton and give the
file back byte for byte.

How it works, and why it is fast: one precompiled regular expression finds every
*candidate* sentence end in a single scan of the paragraph — a run of ``.``, ``?``,
``!``, ``…`` (spaced runs such as ``. . .`` and ``? ? ?`` included), the closing
quotes and brackets and citation markers (``[12]``, ``¹``) after it, and either
whitespace or, for RULE_MISSING_SPACE, a capitalised word glued to it.  Only at
those candidates does Python code look around (the word before, the word after)
and apply the named vetoes below; a few rare structures (quotations, lists, line
breaks) are found by their own single scans, and only in paragraphs that contain
them.  There is no per-character Python loop and no re-scanning, so the cost is
linear in the length of the text.

Rules (each one is a small function or table below; ``tests/test_segmentation.py``
has an example of each, ``tests/data/segmentation/dev.jsonl`` many more):

* ``RULE_TERMINATOR``: ``.``, ``?``, ``!``, ``‽`` and the full-width ``．。？！``
  (any run, ``?!``, ``! ! !``) followed by optional closers (``" ' ” ’ » ) ] } * _``),
  optional citation markers and whitespace end a sentence when the next word does
  not start in lower case and is not punctuation that continues one (``, ; :``).
* ``RULE_CITATION``: reference marks after the terminator stay with the sentence
  they support: ``martyr.[1] The``, ``gas. [1][2] [3] It``, ``cited.¹ Its``,
  ``percent.23 The``.
* ``RULE_ABBREVIATION``: the word before a full stop is looked up in tables
  (sacremoses' English nonbreaking prefixes plus our own, by class):
  titles and in-sentence abbreviations never end a sentence (``Mr.``, ``Sen.``,
  ``Min.``, ``e.g.``, ``vs.``); numeric ones (``No.``, ``Fig.``, ``p.``, ``Art.``,
  ``rs.``, scripture books such as ``Phil. 4:8``) only when no number follows; units
  after a number (``5 ft. 6 in.``, ``2 lb. 4 oz.``) and word abbreviations that may
  close a sentence (``etc.``, ``Co.``, ``Jr.``, ``St.``, months) end one only before
  a *sentence starter* — a closed list of pronouns, determiners, conjunctions and
  sentence adverbs (``It``, ``The``, ``However``, ``Millions``), the words that begin
  sentences in every suite and are rarely capitalised inside one.
* ``RULE_ACRONYM`` (where suites disagree: "U.S. Another" vs "U.S. Millions" vs
  "U.S. Government"): a dotted acronym that commonly ends a phrase (``U.S.``,
  ``E.U.``, ``a.m.``, ``P.M.``, ``B.C.``, ``A.D.``, ``Ph.D.``, ``LL.M.``) ends the
  sentence before a sentence starter; before a word that continues such an acronym
  (``Government``, ``Army``, ``Senate``, ``Eastern``, ``PDT``) it never does; before
  any other capitalised word (``Caesar``, ``Mr. Smith``, ``Tokayev``) it does when
  the sentence so far is a clause, and does not when it is a fronted time or place
  phrase (``At 6 P.M. Tokayev spoke`` is one sentence, ``We met at 6 P.M. Tokayev
  spoke later`` two).  A time before a number (``7 p.m. 7 a.m. is``) ends one.
  Other dotted initials (``J.C. Penney``) behave like initials.
* ``RULE_INITIAL``: a single capital letter is an initial (``J. R. R. Tolkien``),
  except the pronoun ``I`` after a lower-case word (``you and I. Did``) and a letter
  (not itself after an initial) before a sentence starter other than ``A``, ``I``,
  ``In``... (``got an A. And``, ``Plan B. Then``, ``Mr. X. He``).  A roman numeral or
  letter opening its sentence, or a number or roman numeral after a division word on
  a short unpunctuated line, numbers a heading or an item (``III. Demands``,
  ``Chapter 3. The Strike``, ``Part II. The Aftermath``).
* ``RULE_ELLIPSIS``: ``...``/``…``/``....`` and a spaced ``. . .`` before a capital
  end a sentence, except before the pronoun ``I`` (``I thought... I would go``);
  four spaced dots end one, ``word. . . . Next`` ends after ``word.``; ``[...]``
  never ends one.
* ``RULE_QUOTATION``: a terminator inside a quotation or a bracket that closes later
  in the paragraph does not end the sentence around it (``"How many? I don't
  know."``, ``(Phil. 4:8)``, ``He said: "It doubled. We cannot live." Then``); the
  closing mark ends it instead.  Where suites disagree: pySBD and sentencex keep every
  quotation whole, the seeds' catalogues split a long quoted statement into its
  sentences; so a full stop is protected only inside a span of at most
  ``_SHORT_SPAN`` (160) characters, ``?``/``!`` — and any terminator inside a quotation
  that holds a ``?`` or ``!`` (dialogue) — inside one of at most ``_MAX_SPAN`` (600).
  A quote standing alone after a terminator (``went through. ' The``) closes that
  sentence unless it opens a quotation that closes later in the next one.  After
  ``!`` or ``?`` a parenthesis continues the sentence (``house!' (Which was very
  likely true.)``, ``Kazakhstan! (2012)``).
* ``RULE_EXCLAMATION_NAME``: ``!`` inside a name (``Yahoo! Research``, ``E! News``)
  ends a sentence only before a sentence starter.
* ``RULE_MISSING_SPACE``: ``states.We``, ``1,000.That``, ``Ireland!He``, ``p.m.The``
  (a word or number, a terminator, a capitalised word, no space) is a boundary;
  ``U.S.A``, ``e.g.``, domains, URLs, e-mail addresses and ``7.Bg5`` are not.
* ``RULE_LIST``: a sentence that starts with a list marker (``1.``, ``1)``, ``1.)``,
  ``a.``, ``(a)``, ``A)``, ``ii)``, ``•``, ``⁃9.``) runs to the next marker of the same
  style in sequence (``a) foo b) bar``); a marker after a terminator starts a
  sentence even in lower case (``freed. ii) Withdraw``); a number after a colon or a
  comma is an enumeration, not a sentence end (``as follows: 1. Aktau, 2. Zhanaozen``).
* ``RULE_LINE_BREAK`` (only in paragraphs with line breaks): a line break ends a
  sentence before a list marker, after a blank line (unless the next line starts in
  lower case: a page break), after a line ending in ``:`` or a list item, and after a
  heading-like line — no final punctuation, and title case, all capitals, at most two
  words, or a numbering (``1. Introduction``, ``Chapter 3. The Strike``, ``Step 2:
  Prepare``) — before a capital or a digit.  Otherwise a line break is a space
  (``met late\\ninto the night``, ``Multi line sentence\\nWe should not split``).
* ``RULE_NO_LETTERS``: a sentence never ends before it contains a letter
  (``1. The first item`` stays whole); pieces with no letter or digit at all
  (``<>``) are not sentences and are left out, unless the whole text is punctuation
  that ends sentences (``...``, ``?!``), which is returned as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from heapq import heappop, heappush
from pathlib import Path

__all__ = ["english_abbreviations", "never_ends_a_sentence", "split_sentences"]

# --------------------------------------------------------------------------
# Word tables

#: Titles and in-sentence abbreviations that never end a sentence (on top of the
#: Moses list).
_EXTRA_NEVER = frozenset(
    """
    Mt Mts Ft Sept Messrs Mmes Pres Supt Univ Assn Figs figs Vols vols
    Ch ch Ed Eds ed eds Ex ex approx ca cf viz Ref ref Sec sec Gen Gov
    i.e e.g v vs Rs a.k.a w.r.t i.a esp Esp resp
    Min Del Amb Det Atty Revd Cdr Ald Cllr Pte Cpt Lieut Bp Abp Mgr Mons Treas Asst Assoc Dir
    Sra Srta Sens Reps Profs Drs Hon Rev Fr Msgr Prof Dr Mr Mrs Ms Mx
    """.split()
)

#: Word abbreviations that may also end a sentence ("...and Co. It closed"): they end
#: one only before a sentence starter.
_AMBIGUOUS = frozenset(
    """
    etc co Co Corp corp Inc inc Ltd ltd Jr jr Sr sr Bros bros Ave ave Blvd Rd St st
    Dept dept Esq al Pty Plc esq Ln Hwy
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    """.split()
)

#: Abbreviations that are nonbreaking only before a number ("No. 5", "N°. 1026",
#: "Phil. 4:8"): references, and books of the Bible, several of which are also names.
_EXTRA_NUMERIC_ONLY = frozenset(
    """
    No no Nos nos Nr nr Art art Arts pp p N° Nº № Fig fig pop est incl tel ext min max avg
    para paras Para chap Chap Vol vol op Op rs Eq eq Eqs eqs
    Exod Lev Num Deut Josh Judg Sam Kgs Chr Neh Esth Ps Psa Prov Eccl Isa Jer Lam
    Ezek Dan Hos Obad Mic Nah Hab Zeph Hag Zech Mal Matt Mk Lk Jn Rom Cor Gal Eph Phil
    Thess Tim Tit Philem Heb Jas Pet Jud
    """.split()
)

#: Units, abbreviations only right after a number ("5 ft. 6 in. tall"): nonbreaking
#: before a number, ending a sentence only before a sentence starter.
_UNITS = frozenset(
    """
    ft in lb lbs oz yd yds mi hr hrs min mins sec secs sq cu gal gals pt pts qt qts doz
    mo mos yr yrs wk wks mph kg km cm mm ml mg
    """.split()
)

#: Dotted acronyms that commonly close a phrase (RULE_ACRONYM), without the final dot.
_ENDING_ACRONYMS = frozenset(
    """
    U.S U.K U.N E.U U.S.A U.S.S.R D.C P.R.C U.A.E
    a.m p.m A.M P.M B.C A.D B.C.E C.E a.d b.c
    Ph.D M.D M.A B.A M.B.A LL.M LL.B J.D D.D.S B.Sc M.Sc R.N M.S B.S
    N.E N.W S.E S.W i.v I.V
    """.split()
)
_TIMES = frozenset("a.m p.m A.M P.M".split())
_MONTHS = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())

#: Words that continue after an ending acronym ("U.S. Government", "9 p.m. Eastern").
_ACRONYM_CONTINUATIONS = frozenset(
    """
    Army Navy Air Marine Marines Marshal Marshals Senate Senator Senators Congress Congressman
    Congresswoman House Government Department State Embassy Ambassador Consulate Court Supreme
    Attorney President Presidential Secretary Treasury Federal Dollar Dollars Census Postal
    Post Open Forces Force Security Council General Assembly Parliament Parliamentary
    Commission Commissioner Panel Office Agency Bureau Coast Military Route Highway Interstate
    Border Customs Constitution Patent Geological Bank Mission Special Envoy Representative
    Representatives Delegation Administration Intelligence Energy Defense Defence Justice Health
    Labor Labour Commerce Trade Chamber Citizenship Immigration Olympic Championship
    Championships Cup Steel Airways Airlines Mail Capitol Charter Human Peacekeeping Refugee
    Relief Development Environment Food Children Agriculture Education Fish Forest National
    Eastern Western Central Pacific Mountain Atlantic Standard Daylight Time Summer Local
    """.split()
)
_TIME_ZONE = re.compile(r"[A-Z]{1,4}T\b")

#: Words that typically begin a sentence and are rarely capitalised inside one:
#: pronouns, determiners, conjunctions, sentence adverbs and quantifiers.
_SENTENCE_STARTERS = frozenset(
    """
    A An The This That These Those It Its He She They We I You His Her Their Our My Your
    There Here How What When Where Why Who Whom Whose Which But And Or Nor So Yet However
    Then Thus Therefore Meanwhile Also After Before Since Because If In On At As Although
    Though While Today Yesterday Tomorrow Now Still Some Many Most All Each Every No Not
    Mr Mrs Ms Dr Prof Sir Madam
    Everyone Everybody Nobody Nothing Someone Somebody Later Soon Finally First Next Last
    Afterwards Instead Moreover Furthermore Indeed Perhaps Such Both Neither Either Yes
    Another Nevertheless Nonetheless Hence Earlier Recently Currently Eventually Only
    Unfortunately Fortunately Similarly Besides Otherwise Despite During
    Few Several Millions Thousands Hundreds Dozens Billions Once Even Never Always Sometimes
    Often Let Please Whether Unless Until Whatever Whoever Instead Likewise Overall
    Anyway Consequently Accordingly Additionally Elsewhere Nowhere Everywhere Again
    """.split()
)

#: Starters after a single capital ("got an A. And then"): the above without words
#: that also begin names or follow initials.
_AFTER_LETTER_STARTERS = _SENTENCE_STARTERS - frozenset(
    "A An I In On At As If So No Or Not Mr Mrs Ms Dr Prof Sir".split()
)

#: Titles that may precede a single capital standing for a name ("Mr. X").
_TITLES = frozenset("Mr Mrs Ms Dr Prof Mx Sir Madam".split())

#: Prepositions that open a fronted time or place phrase ("At 6 P.M. Tokayev spoke").
_FRONTING = frozenset(
    """
    in on at by around from since until till after before during circa about between
    through throughout toward towards near shortly early late just sometime approximately
    roughly nearly almost up within beginning starting
    """.split()
)

#: Names with an exclamation mark (RULE_EXCLAMATION_NAME).
_EXCLAMATION_NAMES = frozenset("Yahoo Jeopardy Oklahoma E Yum Wham Panic Mia Airplane Hatari".split())

#: Words naming a numbered division, as in the heading "Chapter 3. The Strike".
_DIVISIONS = frozenset(
    """
    Chapter Section Article Part Step Book Lesson Unit Volume Appendix Annex Clause Rule Item
    Figure Table Phase Stage Round Level Grade Title Act Scene Question Exercise Problem Task
    § Art Sec Ch Chap
    """.split()
)

_ROMAN = re.compile(r"(?:[IVXLC]{1,7}|[ivxlc]{1,7})\Z")

_MOSES_LOADED: tuple[frozenset[str], frozenset[str]] | None = None


def _moses_english_lines() -> list[str]:
    """The lines of sacremoses' English nonbreaking-prefix list, comments excluded.

    Importing ``sacremoses`` runs its tokenizer module (0.4 s of regular expressions, and
    joblib), so the list is read without importing the package: from the data module it ships
    (``_data_nonbreaking_prefixes.py``, loaded on its own) or, in older releases, the data
    file; only if neither is found, through its public ``NonbreakingPrefixes`` API.
    """
    import importlib.util

    spec = importlib.util.find_spec("sacremoses")       # finds the package without running it
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    text: str | None = None
    for folder in map(Path, folders):
        module = folder / "_data_nonbreaking_prefixes.py"
        data = folder / "data" / "nonbreaking_prefixes" / "nonbreaking_prefix.en"
        if module.is_file():
            loader = importlib.util.spec_from_file_location("_workbench_moses_prefixes", module)
            if loader is not None and loader.loader is not None:
                namespace = importlib.util.module_from_spec(loader)
                loader.loader.exec_module(namespace)
                text = getattr(namespace, "NONBREAKING_PREFIXES", {}).get("nonbreaking_prefix.en")
        elif data.is_file():
            text = data.read_text(encoding="utf-8")
        if text is not None:
            break
    if text is None:
        try:
            from sacremoses.corpus import NonbreakingPrefixes
        except ImportError:  # pragma: no cover - sacremoses is a dependency
            return []
        return list(NonbreakingPrefixes().words("en"))
    return [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("#")]


def _moses_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    """The English nonbreaking prefixes shipped by sacremoses: (always, numeric_only).

    Loaded lazily through sacremoses' public ``NonbreakingPrefixes`` API because
    importing sacremoses costs a few hundred milliseconds (it pulls in joblib) and
    most callers of this module never need it before the first split.
    """
    global _MOSES_LOADED
    if _MOSES_LOADED is None:
        always: set[str] = set()
        numeric: set[str] = set()
        words = _moses_english_lines()
        for line in words:
            word, _, comment = line.partition("#")
            word = word.strip()
            if not word:
                continue
            (numeric if "NUMERIC_ONLY" in comment else always).add(word)
        _MOSES_LOADED = (frozenset(always), frozenset(numeric))
    return _MOSES_LOADED


class _Tables:
    """The abbreviation classes, built once (see :func:`_tables`)."""

    __slots__ = ("ambiguous", "never", "numeric_only")

    def __init__(self) -> None:
        always, numeric = _moses_prefixes()
        self.numeric_only = numeric | _EXTRA_NUMERIC_ONLY
        self.ambiguous = _AMBIGUOUS
        # Single capitals are handled by RULE_INITIAL; ambiguous and numeric ones must
        # not be swallowed by the Moses "never" list.
        never = (always | _EXTRA_NEVER) - self.ambiguous - self.numeric_only
        self.never = frozenset(w for w in never if not (len(w) == 1 and w.isupper()))


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def never_ends_a_sentence(word: str) -> bool:
    """Is *word*, written with a full stop after it, an abbreviation that never ends a sentence
    ("Mr", "Dr", "Gen", "Col", "e.g"), or a single capital, an initial ("J", "Н")? The word after it
    goes on the same sentence."""
    return (len(word) == 1 and word.isupper()) or word in _tables().never


def english_abbreviations() -> frozenset[str]:
    """Every abbreviation the segmenter knows (for display and tests)."""
    t = _tables()
    return t.never | t.ambiguous | t.numeric_only | _UNITS | _ENDING_ACRONYMS


# --------------------------------------------------------------------------
# Regular expressions (compiled once)

_TERMINATORS = ".?!…‽。．！？"
_CLOSERS = "\"'”’»)]}*_`"
_OPENERS = "\"'“‘«([{*_¿¡`"
_QUOTES = "\"'”’“‘`«»"

#: A candidate sentence end.  Every match starts with a terminator character so that
#: the regex engine skips ahead quickly between them; the whitespace after it is
#: consumed so that ``m.end()`` is the next word (or, for a glued word, the
#: terminator run's end).
_CANDIDATE = re.compile(
    r"(?P<term>[.?!…‽。．！？][.?!…‽。．！？]*(?:[ ]+[.?!…‽]+)*)"  # a plain class first: a fast scan
    r"(?P<close>[" + re.escape(_CLOSERS) + r"]*)"
    r"(?P<cite>(?:[ ]?\[(?:[\d,–\- ]{1,15}|[a-zA-Z]|[a-z]+ \d{1,3}|[a-z ]{2,20}needed)\])+"
    r"|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?:(?<=[^\W\d_][.?!])|(?<=\)[.?!]))\d{1,3}(?:[ ,]\d{1,3})*(?=\s+[A-Z]))?"
    r"(?:(?P<ws>\s+)|\Z|(?P<glued>(?=[A-Z][a-z]|I\s)))"
)
_NON_SPACE = re.compile(r"\S")
_NON_SPACE_RUN = re.compile(r"\S*")
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_DIGIT_RE = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}")
_NUMBER = re.compile(r"[\d][\d,.]*[%\d]?\Z")
_ONLY_TERMINATORS = re.compile(r"[\s.?!…‽。．！？]+\Z")
_LINE_BREAK = re.compile(r"[^\S\n\r]*(?:\r\n?|\n)\s*")

#: A list marker at the start of a sentence or line: bullet, number, letter or roman
#: numeral with ``.``/``)``/``.)``, or one in parentheses.
_MARKER = re.compile(
    r"(?P<bullet>[•⁃‣◦▪])?[ \t]*"
    r"(?:(?P<num>\d{1,3})|(?P<alpha>[a-zA-Z])|(?P<roman>[ivxlc]{1,6}|[IVXLC]{1,6}))(?P<style>\.\)|\.|\))(?=[ \t])"
    r"|\((?:(?P<pnum>\d{1,2})|(?P<palpha>[a-zA-Z])|(?P<proman>[ivxlc]{1,6}|[IVXLC]{1,6}))\)(?=[ \t])"
)
_LINE_MARKER = re.compile(
    r"[ \t]*(?:[-*+•‣◦⁃▪–—](?=[ \t])|\(?(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})[.)](?=[ \t])"
    r"|\((?:\d{1,2}|[a-zA-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})\)(?=[ \t]))"
)
_BULLETS = "•⁃‣◦▪"
_INLINE_BULLET = re.compile(r"(?<=\s)[" + _BULLETS + r"](?=\s)")
_NUMBERED_HEADING = re.compile(
    r"(?:§[ \t]*\d|\d{1,3}(?:\.\d{1,3})*\.?[ \t]+[^\W\d_]"
    r"|(?:" + "|".join(w for w in sorted(_DIVISIONS) if w.isalpha()) + r")[ \t]+(?:\d|[IVXLC]+\b))"
)
_QUOTE_MARKS = re.compile(r"[\"“”«»()\[\]`'‘’]")

# What follows a candidate end.
_LOWER, _UPPER, _DIGIT, _OTHER = range(4)

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


# --------------------------------------------------------------------------
# Public API


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, as absolute offsets into ``text``.

    Spans are ordered, disjoint, trimmed of surrounding whitespace and contain at
    least one letter or digit (unless the whole range is sentence-final punctuation
    such as ``...``, returned as one span); whatever lies between them (spaces, line
    breaks, ``<>``) belongs to the caller's skeleton.  ``text`` is one paragraph; line
    breaks inside it end sentences only where RULE_LINE_BREAK says so.
    """
    if end is None:
        end = len(text)
    if start >= end:
        return []
    c = text[start]
    if c.isspace():
        first = _NON_SPACE.search(text, start, end)
        if first is None:
            return []
        start = first.start()
        c = text[start]
    special = _SPECIAL.search(text, start, end)
    if (special is not None and _has_line_break(text, special.start(), end)) or c in _LIST_START or \
            text[start + 1:start + 2] in _MARKER_TAIL or (c.isdigit() and _MARKER.match(text, start, end) is not None):
        return _Splitter(text, start, end).run()
    return _split_plain(text, start, end, special.start() if special is not None else end)


def _split_plain(text: str, start: int, end: int, open_at: int) -> list[tuple[int, int]]:
    """The common case, with the same result as :class:`_Splitter` (a property test
    proves it): a paragraph without line breaks or a leading list marker, whose
    candidates are ``?``/``!``/``.`` before a capitalised word after an ordinary word
    or a year.  Anything else hands the paragraph to the splitter.  ``open_at`` is the
    first opening quote or bracket (quotations are only looked at after it).
    """
    global _PLAIN_STOP
    plain_stop = _PLAIN_STOP or _plain_stop_words()
    quotations: _Quotations | None = None
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        if m.lastgroup != "ws":
            if m.lastgroup == "glued":
                return _Splitter(text, start, end).run()
            continue  # the end of the paragraph
        nxt = m.end()
        if nxt >= end:
            continue
        c = text[nxt]
        if c.islower():
            if c == "(" or _ROMAN_LIST.match(text, nxt, end) is not None:
                return _Splitter(text, start, end).run()
            continue
        s = m.start()
        if not (c.isupper() or c.isdigit() or (c in _ATTACHED_OPENERS and text[nxt + 1:nxt + 2].isupper())) \
                or text[nxt + 1:nxt + 2] in _MARKER_TAIL or m.group("cite") \
                or (c.isdigit() and _MARKER.match(text, nxt, end) is not None):
            return _resume(text, start, end, spans, cur, s)
        term = m.group("term")
        if len(term) != 1 or term == "…":
            return _resume(text, start, end, spans, cur, s)
        cut = m.end("close")
        if s > open_at:
            if quotations is None:
                quotations = _Quotations(text, start, end)
            if quotations.inside(s, cut, _MAX_SPAN if "." not in term else _SHORT_SPAN):
                continue  # RULE_QUOTATION
        if term in ".．。":
            space = text.rfind(" ", cur, s)
            token = text[space + 1:s]
            # Not the first word, an ordinary word or a year: anything else (tabs, quotes,
            # abbreviations, initials, numerals) goes to the full rules.
            if space < 0 or len(token) < 2 or token in plain_stop or not (
                    token.isalpha() or (token.isdigit() and len(token) > 3)) or _ROMAN.match(token):
                return _resume(text, start, end, spans, cur, s)
        elif term == "!" and _token_before(text, max(cur, s - 40), s) in _EXCLAMATION_NAMES:
            return _resume(text, start, end, spans, cur, s)
        if not text[cur].isalnum() or (not text[cur].isalpha() and _LETTER.search(text, cur, cut) is None):
            return _Splitter(text, start, end).run()
        spans.append((cur, cut))  # both ends are non-space by construction
        cur = nxt
    last = end
    while text[last - 1].isspace():
        last -= 1
    if not text[cur].isalnum():
        return _Splitter(text, start, end).run()
    spans.append((cur, last))
    return spans


def _resume(text: str, start: int, end: int, spans: list[tuple[int, int]], cur: int,
            at: int) -> list[tuple[int, int]]:
    """Hand a paragraph to the full splitter at candidate offset ``at``, with the cuts so far."""
    splitter = _Splitter(text, start, end)
    if not spans:
        return splitter.run()
    splitter.cuts = [b for _, b in spans]
    splitter._start_sentence(cur)
    return splitter.run(at)


_PLAIN_STOP: frozenset[str] = frozenset()


def _plain_stop_words() -> frozenset[str]:
    """Words before a full stop that :func:`_split_plain` leaves to the full rules."""
    global _PLAIN_STOP
    t = _tables()
    _PLAIN_STOP = t.never | t.ambiguous | t.numeric_only | _UNITS | frozenset(_EXCLAMATION_NAMES)
    return _PLAIN_STOP


#: A line break or an opening quote or bracket: either leaves the fast path.
_SPECIAL = re.compile(r"[\n\r\"“«(\[`'‘]")
_LIST_START = frozenset("•⁃‣◦▪(")
_MARKER_TAIL = frozenset((".", ")"))
_ATTACHED_OPENERS = frozenset("\"“‘'«")


# --------------------------------------------------------------------------
# The splitter: one paragraph


class _Splitter:
    """State of one :func:`split_sentences` call (the scan, the cuts, lazy scans)."""

    __slots__ = (
        "cur",
        "cuts",
        "end",
        "in_list",
        "letters_checked",
        "list_next",
        "markers",
        "open_checked",
        "skip",
        "spans",
        "start",
        "tables",
        "text",
    )

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.tables = _tables()
        self.cuts: list[int] = []
        self.cur = start                # start of the current sentence
        self.letters_checked = start    # RULE_NO_LETTERS: no letter in text[cur:letters_checked]
        self.spans: _Quotations | None = None
        self.open_checked = start       # RULE_QUOTATION: no opening mark in text[start:open_checked]
        self.markers: tuple[list[int], dict[int, list[tuple[str, int, int]]]] | None = None
        self.list_next: list[int] = []  # pending RULE_LIST cuts (ascending)
        self.skip: set[int] = set()     # terminators that belong to list markers
        self.in_list = False            # the current sentence starts with a list marker

    # -- driver --------------------------------------------------------------

    def run(self, resume_at: int = -1) -> list[tuple[int, int]]:
        """The spans; ``resume_at`` continues a paragraph the fast path began (no line breaks)."""
        text, start, end = self.text, self.start, self.end
        if resume_at < 0:
            lines = _line_cuts(text, start, end) if _has_line_break(text, start, end) else []
            self._start_sentence(start)
        else:
            lines = []
        li = 0
        pending = self.list_next
        for m in _CANDIDATE.finditer(text, max(start, resume_at), end):
            s = m.start()
            if (li < len(lines) and lines[li][0] <= s) or (pending and pending[0] <= s):
                li = self._structure_cuts(lines, li, s)
            if s in self.skip:
                continue
            decided = self._decide(m)
            if decided is not None:
                self._cut(*decided)
        self._structure_cuts(lines, li, end)
        return self._spans()

    def _structure_cuts(self, lines: list[tuple[int, int]], li: int, upto: int) -> int:
        """Apply line-break and list cuts at or before ``upto``, in order; the next line index."""
        text, end, pending = self.text, self.end, self.list_next
        while True:
            line_at = lines[li][0] if li < len(lines) else end + 1
            list_at = pending[0] if pending else end + 1
            if min(line_at, list_at) > upto:
                return li
            if list_at <= line_at:
                heappop(pending)
                if list_at > self.cur:
                    self._cut(list_at, list_at)
                continue
            kind = lines[li][1]
            li += 1
            if kind == _SOFT and not self.in_list:
                continue
            self._cut(line_at, _next_non_space(text, line_at, end), kind == _PARAGRAPH)

    def _cut(self, cut: int, nxt: int, paragraph: bool = False) -> None:
        """End the current sentence at ``cut``; the next one starts at ``nxt``."""
        text = self.text
        cur = self.cur
        if cut <= cur:
            return
        # RULE_NO_LETTERS (fast path: the sentence starts with a letter): "1." is not a
        # sentence, but "***" (nothing to translate) and, at a paragraph break, "3" are.
        if not text[cur].isalpha() and _LETTER.search(text, self.letters_checked, cut) is None and \
                (_DIGIT_RE.search(text, cur, cut) is not None and not paragraph):
            self.letters_checked = cut
            return
        self.cuts.append(cut)
        self._start_sentence(nxt)

    def _start_sentence(self, pos: int) -> None:
        self.cur = pos
        self.letters_checked = pos
        self.in_list = False
        if pos < self.end:
            c = self.text[pos]
            if c.isdigit() or c in _BULLETS or c == "(" or (c.isalpha() and self.text[pos + 1:pos + 2] in ".)"):
                self._list_from(pos)

    def _spans(self) -> list[tuple[int, int]]:
        text = self.text
        spans: list[tuple[int, int]] = []
        a = self.start
        for b in [*self.cuts, self.end]:
            span = _trim(text, a, b)
            if span is not None:
                spans.append(span)
            a = b
        if not spans:
            whole = _trim(text, self.start, self.end, letters=False)
            if whole is not None and _ONLY_TERMINATORS.match(text, whole[0], whole[1]):
                spans.append(whole)
        return spans

    # -- RULE_LIST -----------------------------------------------------------

    def _list_from(self, pos: int) -> None:
        """A sentence starting with a list marker runs to the next marker in sequence."""
        text, end = self.text, self.end
        head = _MARKER.match(text, pos, end)
        if head is None:
            if text[pos] in _BULLETS:  # "• a • b": split before each same bullet
                bullet = text[pos]
                for b in _INLINE_BULLET.finditer(text, pos + 1, end):
                    if text[b.start()] == bullet:
                        heappush(self.list_next, b.start())
            return
        kind, value, style = _marker_readings(head)[0]
        if kind == "upper" and style == 0:
            return  # "J. K. Rowling": capitals with a full stop are initials inside a paragraph
        self.in_list = True
        if head.group("style") and "." in head.group("style"):
            self.skip.add(head.start("style"))
        positions, readings = self._marker_index()
        want = value + 1
        for i in range(bisect_left(positions, pos + 1), len(positions)):
            p = positions[i]
            found = readings[p]
            if (kind, want, style) in found:
                heappush(self.list_next, p)
                m = _MARKER.match(text, p, end)
                if m is not None and m.group("style") and "." in m.group("style"):
                    self.skip.add(m.start("style"))
                want += 1
            elif any(k == kind and st == style and v < want for k, v, st in found):
                break  # the list restarted: this sequence is over

    def _marker_index(self) -> tuple[list[int], dict[int, list[tuple[str, int, int]]]]:
        """Every list-marker-like token after whitespace in the paragraph (one scan)."""
        if self.markers is None:
            text, end = self.text, self.end
            found: dict[int, list[tuple[str, int, int]]] = {}
            for m in _INLINE_MARKER.finditer(text, self.start, end):
                mm = _MARKER.match(text, m.start(), end)
                if mm is not None:
                    found[mm.start()] = _marker_readings(mm)
            self.markers = (sorted(found), found)
        return self.markers

    # -- the decision at one candidate ----------------------------------------

    def _decide(self, m: re.Match[str]) -> tuple[int, int] | None:
        """(cut, next sentence start) at candidate ``m``, or None if the sentence goes on."""
        text, end = self.text, self.end
        term = m.group("term")
        s = m.start()
        if m.group("ws") is None:
            if m.group("glued") is None:
                return None  # the end of the paragraph ends the sentence anyway
            cut = self._missing_space(m, term)
            return None if cut is None else (cut, cut)
        nxt = m.end()
        if nxt >= end:
            return None
        cut = m.end("cite") if m.group("cite") else m.end("close")
        c = text[nxt]
        # A quote standing alone after the terminator: closing or opening?
        if c in _QUOTES and (nxt + 1 >= end or text[nxt + 1].isspace() or text.startswith(("''", "``"), nxt)):
            width = 2 if text.startswith(("''", "``"), nxt) else 1
            if nxt + width < end and text[nxt + width].isspace() and c not in "“‘«`" and self._closes(nxt, width):
                cut = nxt + width
                after = _next_non_space(text, cut, end)
                if after >= end:
                    return None
                nxt, c = after, text[after]
        kind, word_at = _next_kind(text, nxt, end)
        if kind == _OTHER and word_at < end and text[word_at] in ",;:)]}%":
            return None  # "shower. ' , Tim": the quotation closed and the sentence goes on
        if kind == _LOWER:
            if c == "(" or _ROMAN_LIST.match(text, nxt, end):
                return self._lower_next(m, cut, nxt)
            return None
        if (kind == _OTHER and c in ",;:)]}%") or c in _TERMINATORS:
            return None  # "cream. , It", "Fig. ??": punctuation continues the sentence
        if self._quoted(s, cut, "." not in term):
            return None  # RULE_QUOTATION
        if "?" in term or "!" in term or "‽" in term or "？" in term or "！" in term:
            if c == "(" and not self._marker_at(nxt):
                return None  # "house!' (Which ...)", "Kazakhstan! (2012)"
            if "!" in term and len(term) == 1 and kind == _UPPER and self._exclamation_name(s, word_at):
                return None
            return cut, nxt  # RULE_TERMINATOR
        dots = term.count(".") + 3 * term.count("…")
        if dots > 1:
            return self._ellipsis(m, term, dots, cut, nxt, word_at)
        if term not in ".．。":
            return cut, nxt
        if self._full_stop(s, kind, word_at):
            return cut, nxt
        return None

    def _lower_next(self, m: re.Match[str], cut: int, nxt: int) -> tuple[int, int] | None:
        """A lower-case next word ends the sentence only when it is a list marker."""
        if self._quoted(m.start(), cut):
            return None
        head = _MARKER.match(self.text, nxt, self.end)
        if head is None:
            return None
        _kind, value, style = _marker_readings(head)[0]
        if style == 0 and value != 1 and not self._marker_follows(nxt):
            return None  # "a." style: only the first item, or one in sequence, starts a list
        return cut, nxt

    def _marker_follows(self, pos: int) -> bool:
        """Whether the marker at ``pos`` continues a marker seen before it."""
        positions, readings = self._marker_index()
        mine = readings.get(pos, [])
        before = {r for p in positions[:bisect_left(positions, pos)][-8:] for r in readings[p]}
        return any((k, v - 1, st) in before for k, v, st in mine)

    def _marker_at(self, pos: int) -> bool:
        return _MARKER.match(self.text, pos, self.end) is not None

    # -- RULE_QUOTATION ------------------------------------------------------

    def _quoted(self, pos: int, close_end: int, long: bool = False) -> bool:
        """Whether ``pos`` lies inside a quotation or bracket that closes after ``close_end``.

        Full stops are protected only inside short spans (``_SHORT_SPAN``); ``?`` and ``!``
        (``long``) inside any span up to ``_MAX_SPAN``.
        """
        if self.spans is None:
            # Most paragraphs open no quotation or bracket before most candidates: look
            # for an opening mark first (each character is looked at once per paragraph).
            if self.open_checked < pos and _OPENING_MARK.search(self.text, self.open_checked, pos) is None:
                self.open_checked = pos
                return False
            self.spans = _Quotations(self.text, self.start, self.end)
        return self.spans.inside(pos, close_end, _MAX_SPAN if long else _SHORT_SPAN)

    def _closes(self, pos: int, width: int) -> bool:
        return _detached_closes(self.text, pos, width, self.end)

    # -- RULE_EXCLAMATION_NAME -----------------------------------------------

    def _exclamation_name(self, bang: int, word_at: int) -> bool:
        token = _token_before(self.text, max(self.cur, bang - 40), bang)
        if token not in _EXCLAMATION_NAMES:
            return False
        word = _WORD.match(self.text, word_at)
        return word is None or word.group() not in _SENTENCE_STARTERS

    # -- RULE_ELLIPSIS -------------------------------------------------------

    def _ellipsis(self, m: re.Match[str], term: str, dots: int, cut: int, nxt: int,
                  word_at: int) -> tuple[int, int] | None:
        text = self.text
        start = m.start()
        if start > 0 and text[start - 1] in "[(":
            return None  # "[...]": an omission marker inside a quotation
        if text.startswith("I", word_at) and not text[word_at + 1:word_at + 2].isalpha():
            return None  # "I thought... I would go": the pronoun is no evidence of a new sentence
        if self._quoted(start, m.end("close")):
            return None
        if " " not in term:
            return cut, nxt  # "that.... She", "violence…. UN", "so... Then"
        attached = start > self.cur and not text[start - 1].isspace()
        if dots >= 4 and attached and not m.group("close"):
            return start + 1, nxt  # "compounds. . . . The": the sentence ends at "compounds."
        return cut, nxt  # "a period . . . . Next", "housing . . . The"

    # -- RULE_ABBREVIATION, RULE_ACRONYM, RULE_INITIAL, RULE_LIST (numbers) ----

    def _full_stop(self, dot: int, kind: int, word_at: int) -> bool:
        """Whether a single full stop before a non-lower-case word ends the sentence."""
        text, cur = self.text, self.cur
        lo = max(cur, dot - 48)
        if dot <= lo:
            return True
        if text[dot - 1] == " " and dot - 2 > lo and not text[dot - 2].isspace():
            dot -= 1  # "Mr . Robinson": tokenised text puts a space before the full stop
        elif text[dot - 1].isspace():
            return True  # " . Next": a stray full stop
        window = text[lo:dot]
        parts = window.rsplit(None, 2)
        token = parts[-1].lstrip(_OPENERS)
        if "/" in token:
            token = token.rsplit("/", 1)[-1]  # "Route 171/U.S. Highway"
        if not token:
            return True
        t = self.tables
        if token in t.never:
            return False
        first_word = len(parts) == 1 and lo == cur
        if first_word and token[:1].isupper() and token[1:].islower():
            # RULE_ABBREVIATION at the start of a sentence: "Approx. 200 came", "Cf. Smith".
            low = token.lower()
            if low in t.never:
                return False
            if low in t.numeric_only and kind == _DIGIT:
                return False
        previous = parts[-2] if len(parts) >= 2 else ""
        if len(token) == 1 and token.isalpha():
            return self._single_letter(token, previous, kind, word_at, first_word, dot)
        if _ROMAN.match(token) and (first_word or (previous in _DIVISIONS and token.isupper()
                                    and self._heading_line(word_at))):
            return False  # "III. Demands", "Part II. The Aftermath": a heading or list number
        if token in t.numeric_only:
            return not (kind == _DIGIT or self._roman_next(word_at))
        if token in _UNITS and _NUMBER.match(previous.rstrip(",")):
            return kind != _DIGIT  # "5 ft. 6 in. tall", but "He ran 5 mi. Tom walked"
        if token.isupper() and len(token) > 1 and kind == _DIGIT and (
                token.capitalize() in t.never or token.capitalize() in t.numeric_only):
            return False  # "SEC. 1262": an abbreviation in capitals before a number
        if token in t.ambiguous:
            if kind == _DIGIT:
                return False
            if kind == _OTHER:
                return True
            if token in _MONTHS and _NUMBER.match(previous):
                return True  # "on 5 Jan. Banks stayed closed": a date ends here
            return _starts_sentence(text, word_at) and not first_word
        if _ACRONYM.fullmatch(token):
            return self._acronym(token, previous, kind, word_at, dot)
        if token[0].isdigit() and _NUMBER.match(token):
            return self._number(token, dot, previous, word_at)
        return True

    def _single_letter(self, token: str, previous: str, kind: int, word_at: int, first_word: bool,
                       dot: int) -> bool:
        text = self.text
        if token.islower():
            if token == "m" and previous in ("a.", "p.") and _NUMBER.match(_token_before(text, self.cur, dot - 5)):
                return self._acronym(previous[0] + ".m", "", kind, word_at, dot)  # "5 a. m. The"
            return False  # "p. 55", "a. The": a lower-case single letter is an abbreviation
        if first_word or kind != _UPPER:
            return False
        prev = previous.rstrip(".,").lstrip(_OPENERS)
        if token == "I" and prev[:1].islower():
            return True  # "you and I. Did"
        word = _WORD.match(text, word_at)
        if word is None or word.group() not in _AFTER_LETTER_STARTERS:
            return False  # "Jonas E. Smith"
        return not (len(prev) == 1 and prev.isupper())  # "Mr. X. He", "Plan B. Then", not "J. R. The"

    def _acronym(self, token: str, previous: str, kind: int, word_at: int, dot: int) -> bool:
        """RULE_ACRONYM: "U.S.", "a.m.", "B.C." before a word that is not lower case."""
        text = self.text
        if kind == _DIGIT:
            return token in _TIMES  # "7 p.m. 7 a.m. is" but "U.S. 500"
        if kind == _OTHER:
            return True
        word_m = _WORD.match(text, word_at)
        word = word_m.group() if word_m else ""
        if word in _SENTENCE_STARTERS and word not in _TITLES:
            return True  # "in the U.S. How", "the U.S. Millions took part"
        if token not in _ENDING_ACRONYMS:
            return False  # "J.C. Penney": dotted initials
        if word in _ACRONYM_CONTINUATIONS or _TIME_ZONE.match(text, word_at):
            return False  # "the U.S. Government", "9:30 p.m. Eastern Time", "p.m. PDT"
        return self._is_clause(dot - len(token))  # "He left at 6 P.M. Travelers" vs "At 6 P.M. Tokayev"

    def _is_clause(self, token_start: int) -> bool:
        """Whether the sentence before ``token_start`` is a clause, not a fronted phrase."""
        text, cur = self.text, self.cur
        lo = max(cur, token_start - 200)
        for mark in ":;":
            k = text.rfind(mark, lo, token_start)
            if k >= 0:
                lo = k + 1
        words = text[lo:token_start].split()
        if len(words) < 2:
            return False  # "The U.S. Commission": the acronym opens the sentence
        return not (words[0].lower().strip("\"'“‘(") in _FRONTING and len(words) <= 8)

    def _number(self, token: str, dot: int, previous: str, word_at: int) -> bool:
        """A number before a full stop ends the sentence unless it enumerates or numbers a heading."""
        if len(token) <= 3 and token.isdigit():
            before = previous[-1:] if previous else ""
            if before in (":", ",", ";"):
                return False  # "as follows: 1. Aktau, 2. Zhanaozen"
            if previous in _DIVISIONS and self._heading_line(word_at):
                return False  # "Chapter 3. The Strike" on a line of its own
        return True

    def _heading_line(self, pos: int) -> bool:
        """Whether the line from ``pos`` (to a line break or the paragraph's end) is short
        and ends without final punctuation."""
        text, end = self.text, self.end
        nl = text.find("\n", pos, end)
        line = text[pos:nl if nl >= 0 else end].rstrip()
        return bool(line) and line[-1] not in _TERMINATORS and len(line) <= 80

    def _roman_next(self, word_at: int) -> bool:
        """A roman numeral follows ("Vol. II", "No. IV"), not the pronoun ("No. I won't")."""
        m = _WORD.match(self.text, word_at)
        if m is None or _ROMAN.match(m.group()) is None or not m.group().isupper():
            return False
        return len(m.group()) > 1 or not self.text[m.end():m.end() + 2].strip(" ").isalpha()

    # -- RULE_MISSING_SPACE --------------------------------------------------

    def _missing_space(self, m: re.Match[str], term: str) -> int | None:
        """ "states.We call", "1,000.That", "Ireland!He" -> boundary right after the terminator."""
        text, cur = self.text, self.cur
        s, after = m.start(), m.end()
        if s - 1 < cur:
            return None
        before = text[s - 1]
        left = _token_before(text, max(cur, s - 48), s)
        run = _NON_SPACE_RUN.match(text, after)
        right_end = run.end() if run is not None else after
        right = text[after:min(right_end, after + 64)]
        if any(ch in left or ch in right for ch in "@/:\\=&"):
            return None  # e-mail addresses, URLs, paths and queries
        if any(ch.isdigit() for ch in right):
            return None  # "7.Bg5": chess moves, part numbers
        token = left.lstrip(_OPENERS)
        if term not in ".．。":
            if len(term) > 2 or not before.isalpha():
                return None
            return after  # "Ireland!He", "serious?I did"
        if "." in token:
            if token not in _ENDING_ACRONYMS and token.rstrip(".") not in _ENDING_ACRONYMS:
                return None  # "U.S.A", "e.g.", domains
            word = _WORD.match(text, after)
            if word is None or word.group() in _ACRONYM_CONTINUATIONS:
                return None
            return after  # "5 p.m.The meeting"
        t = self.tables
        if token in t.never or token in t.ambiguous or token in t.numeric_only:
            return None
        if before.isdigit() or before in "%)":
            if "." in right[:right.find(" ") if " " in right else len(right)].rstrip(".!?,;:\"'”’)"):
                return None
            return after  # "1,000.That", "100%.Drivers"
        if not (before.islower() and text[s - 2:s - 1].islower()):
            return None
        if not text[after + 1:after + 2].islower():
            return None
        if "." in right.rstrip(".!?,;:\"'”’)"):
            return None  # "page.Html/x.y": a file or domain name
        return after


# --------------------------------------------------------------------------
# Helpers


def _next_kind(text: str, pos: int, end: int) -> tuple[int, int]:
    """Classify what starts at ``pos`` (after opening quotes/brackets) and where its word is."""
    c = text[pos]
    j = pos
    if c in _OPENERS:
        limit = min(end, pos + 4)
        while j < limit and text[j] in _OPENERS:
            j += 1
        while j < limit and text[j] == " " and text[j - 1] in "\"'“‘`":
            j += 1  # "' Guess": a detached opening quote
        if j >= end:
            return _OTHER, j
        c = text[j]
        if c.isdigit() and text[j - 1] in "([":
            return (_OTHER if _MARKER.match(text, pos, end) else _LOWER), j  # "(2012)" continues
    elif c in "-–—":
        limit = min(end, pos + 4)
        while j < limit and text[j] in "-–— ":
            j += 1  # "voila! -- you have cake": a dash continues the sentence
        if j >= end:
            return _OTHER, j
        c = text[j]
    if c.islower():
        return _LOWER, j
    if c.isupper():
        return _UPPER, j
    if c.isdigit():
        return _DIGIT, j
    return _OTHER, j


def _starts_sentence(text: str, word_at: int) -> bool:
    word = _WORD.match(text, word_at)
    return word is not None and word.group() in _SENTENCE_STARTERS


def _token_before(text: str, lo: int, pos: int) -> str:
    """The whitespace-delimited token ending at ``pos`` (looking back no further than ``lo``)."""
    if pos <= lo:
        return ""
    window = text[lo:pos]
    if window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


def _marker_readings(m: re.Match[str]) -> list[tuple[str, int, int]]:
    """The (kind, value, style) readings of a list marker, the likelier first.

    Kinds are num, lower, upper, roman and ROMAN; a single ``i``, ``v``, ``x``, ``l`` or
    ``c`` is read both as a letter and as a numeral ("c." after "b.", "v." after "iv.").
    """
    groups = m.groupdict()
    style_text = groups["style"]
    style = {".": 0, ")": 1, ".)": 2}[style_text] if style_text else 3
    style += 4 if groups["bullet"] else 0
    num = groups["num"] or groups["pnum"]
    if num:
        return [("num", int(num), style)]
    letters = groups["alpha"] or groups["palpha"] or groups["roman"] or groups["proman"] or "?"
    if len(letters) == 1 and letters not in "ivxlcIVXLC":
        return [("lower" if letters.islower() else "upper", ord(letters.lower()) - 96, style)]
    roman = ("roman" if letters.islower() else "ROMAN", _roman_value(letters), style)
    if len(letters) > 1:
        return [roman]
    letter = ("lower" if letters.islower() else "upper", ord(letters.lower()) - 96, style)
    return [roman, letter] if letters in "iI" else [letter, roman]


def _roman_value(letters: str) -> int:
    total, prev = 0, 0
    for ch in reversed(letters.lower()):
        v = _ROMAN_VALUES[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


_INLINE_MARKER = re.compile(r"(?<!\S)[•⁃‣◦▪(]?[ \t]*(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]")
_ROMAN_LIST = re.compile(r"(?:[ivxlc]{1,6}|[a-z])(?:\.\)|\.|\))[ \t]|\((?:[ivxlc]{1,6}|[a-z]|\d{1,2})\)[ \t]")
_NEXT_END = re.compile(r"[.?!…]+")


def _detached_closes(text: str, pos: int, width: int, end: int) -> bool:
    """A quote with space on both sides closes a quotation unless the same mark appears
    again before the next sentence ends (then it opens one): "went through. ' The milkman
    gave him a look." closes, "doors. ' Guess you could eat, boy? ' he said" opens."""
    mark = text[pos:pos + width]
    if mark in ("”", "’", "»"):
        return True
    if mark in ("“", "‘", "«", "`", "``"):
        return False
    hard = min(end, pos + 400)
    stop = _NEXT_END.search(text, pos + width, hard)
    limit = min(hard, stop.end() + 3) if stop else hard
    return text.find(mark, pos + width, limit) < 0


def _next_non_space(text: str, pos: int, end: int) -> int:
    """Offset of the first non-whitespace character at or after ``pos`` (or ``end``)."""
    m = _NON_SPACE.search(text, pos, end)
    return m.start() if m else end


def _trim(text: str, a: int, b: int, letters: bool = True) -> tuple[int, int] | None:
    """``text[a:b]`` without surrounding whitespace, or None if it has no letter/digit."""
    if a >= b:
        return None
    if text[a].isspace():
        m = _NON_SPACE.search(text, a, b)
        if m is None:
            return None
        a = m.start()
    while b > a and text[b - 1].isspace():
        b -= 1
    if letters and not text[a].isalnum() and _ALNUM.search(text, a, b) is None:
        return None
    return a, b


# --------------------------------------------------------------------------
# RULE_QUOTATION: quotations and brackets of one paragraph


class _Quotations:
    """The quoted and bracketed spans of a paragraph, properly nested, found in one scan.

    Straight quotes open or close by their neighbours (``"word`` opens, ``word"`` closes;
    a detached one closes an open quotation, else opens one); ``'`` inside a word is an
    apostrophe.  A span longer than ``_MAX_SPAN`` is not trusted (an unbalanced mark
    would otherwise swallow the paragraph).
    """

    __slots__ = ("i", "spans", "stack", "text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        spans: list[tuple[int, int]] = []
        stack: list[tuple[str, int]] = []
        for m in _QUOTE_MARKS.finditer(text, start, end):
            mark, pos = m.group(), m.start()
            after = m.end()
            if mark in "'‘’":
                if pos > start and text[pos - 1].isalnum() and after < end and text[after].isalnum():
                    continue  # an apostrophe inside a word
                if mark == "'" and text.startswith("'", after):
                    mark, after = "''", after + 1
                elif mark == "'" and pos > start and text[pos - 1] == "'":
                    continue  # the second half of "''"
            elif mark == "`":
                if text.startswith("`", after):
                    mark, after = "``", after + 1
                elif pos > start and text[pos - 1] == "`":
                    continue
            kind = _QUOTE_KIND.get(mark)
            if kind is None:
                continue
            want, role = kind
            if role == "?":
                prev = text[pos - 1] if pos > start else " "
                nxt = text[after] if after < end else " "
                open_ = prev.isspace() or prev in "([{“‘-–—/"
                close_ = nxt.isspace() or nxt in ".,;:!?)]}”’-–—" or after >= end
                if open_ and mark == "'" and _CLITIC.match(text, after, end):
                    continue  # "Walter 's brother": a clitic in tokenised text
                if open_ and close_:
                    role = "c" if _detached_closes(text, pos, len(mark), end) else "o"
                elif open_:
                    role = "o"
                elif close_:
                    role = "c"
                else:
                    continue
            if role == "o":
                stack.append((want, pos))
                continue
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][0] == want:
                    opened = stack[k][1]
                    del stack[k:]
                    if pos - opened <= _MAX_SPAN:
                        spans.append((opened, pos))
                    break
        spans.sort()
        self.spans = spans
        self.i = 0
        self.stack: list[tuple[int, int]] = []

    def inside(self, pos: int, close_end: int, longest: int) -> bool:
        """Whether some span opens before ``pos`` and closes at or after ``close_end``.

        Queries come in increasing ``pos`` order, so the sweep is linear overall.
        """
        spans, stack = self.spans, self.stack
        while self.i < len(spans) and spans[self.i][0] < pos:
            stack.append(spans[self.i])
            self.i += 1
        while stack and stack[-1][1] < pos:
            stack.pop()
        for a, b in reversed(stack):
            if b >= close_end:
                return b - a <= longest or (b - a <= _MAX_SPAN and self.exclaims(a, b))
        return False

    def exclaims(self, a: int, b: int) -> bool:
        """Whether a quotation holds a question or an exclamation: dialogue, kept whole."""
        return any(self.text.find(ch, a, b) >= 0 for ch in "?!")


_OPENING_MARK = re.compile(r"[\"“«(\[`'‘]")
_MAX_SPAN = 600
_SHORT_SPAN = 160
_CLITIC = re.compile(r"(?:s|t|d|m|ll|re|ve)(?![^\W_])")
_QUOTE_KIND: dict[str, tuple[str, str]] = {
    "(": (")", "o"), ")": (")", "c"), "[": ("]", "o"), "]": ("]", "c"),
    "“": ("”", "o"), "”": ("”", "c"), "«": ("»", "o"), "»": ("»", "c"),
    "‘": ("’", "o"), "’": ("’", "c"), "`": ("'", "o"), "``": ("''", "o"), "''": ("''", "c"),
    '"': ('"', "?"), "'": ("'", "?"),
}


# --------------------------------------------------------------------------
# RULE_LINE_BREAK


def _has_line_break(text: str, start: int, end: int) -> bool:
    return text.find("\n", start, end) >= 0 or text.find("\r", start, end) >= 0


_HARD, _PARAGRAPH, _SOFT = range(3)


def _line_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(offset, kind) of line ends where a line break may end a sentence.

    ``_HARD`` always ends one, ``_PARAGRAPH`` (a blank line) ends one even after a piece
    without letters (a page number), ``_SOFT`` only inside a list item that started in
    the middle of a line ("a. here b. another c. one more\\n They went").
    """
    lines: list[tuple[int, int, int, bool]] = []  # content start, content end, next start, blank after
    line_start = start
    for br in _LINE_BREAK.finditer(text, start, end):
        a, b = br.start(), br.end()
        if text[line_start:a].strip():
            gap = br.group()
            blank = gap.count("\n") + gap.count("\r") - gap.count("\r\n") > 1
            lines.append((line_start, a, b, blank))
        line_start = b
    if not lines:
        return []
    short = [_short_unpunctuated(text, a, b) for a, b, _, _ in lines]
    short.append(_short_unpunctuated(text, lines[-1][2], end))
    cuts: list[tuple[int, int]] = []
    for i, (a, b, nxt_at, blank) in enumerate(lines):
        if nxt_at >= end:
            break
        content = text[a:b].rstrip()
        at = a + len(content)
        nxt = text[nxt_at]
        last = content[-1]
        in_run = short[i] and short[i + 1] and ((i > 0 and short[i - 1] and not lines[i - 1][3])
                                                 or (i + 2 < len(short) and short[i + 2] and not blank))
        if _LINE_MARKER.match(text, nxt_at, end) and (blank or _marker_line_starts(text, nxt_at, end, content)):
            cuts.append((at, _PARAGRAPH if blank else _HARD))
        elif in_run:
            cuts.append((at, _HARD))  # "features\ncontact manager\nevents": a list without markers
        elif nxt.islower():
            pass  # a page break or a wrapped line: the sentence goes on
        elif blank:
            cuts.append((at, _PARAGRAPH))
        elif last == ":" or _LINE_MARKER.match(text, a, b):
            cuts.append((at, _HARD))
        elif last not in _FINAL_PUNCTUATION and (nxt.isupper() or nxt.isdigit() or nxt in "(\"“‘'"):
            cuts.append((at, _HARD if _heading_like(content.strip()) else _SOFT))
    return cuts


_FINAL_PUNCTUATION = ".?!…;,‽:"


def _short_unpunctuated(text: str, a: int, b: int) -> bool:
    """A short line without final punctuation (an item of a list without markers)."""
    content = text[a:b].strip()
    return 0 < len(content) <= 60 and content[-1] not in _FINAL_PUNCTUATION


def _marker_line_starts(text: str, pos: int, end: int, previous_line: str) -> bool:
    """A line-start marker ends the line before it; a lone capital or roman "A." only
    after a line that ended a sentence or was itself an item (it may be an initial)."""
    m = _LINE_MARKER.match(text, pos, end)
    assert m is not None
    marker = m.group().strip()
    if not ((len(marker) == 2 and marker[0].isalpha() and marker[1] == ".") or
            (_ROMAN.match(marker[:-1]) and marker[-1] == ".")):
        return True
    prev = previous_line.strip()
    return not prev or prev[-1] in ".?!:;)" or _LINE_MARKER.match(prev) is not None


def _heading_like(line: str) -> bool:
    """A line that can stand alone as a heading or a label (RULE_LINE_BREAK)."""
    words = line.split()
    if len(words) <= 2 or _NUMBERED_HEADING.match(line):
        return True
    if len(words) > 12:
        return False
    if line.isupper():
        return True
    return all(not w[:1].islower() for w in words if len(w) >= 4 and w[:1].isalpha())
