"""English sentence segmentation over character spans.

:func:`split_sentences` never copies or rewrites text: it returns ``(start, end)``
offsets into the string it was given, so the document model can keep everything
that is not a sentence (markup, spacing, line breaks) in its skeleton and give the
file back byte for byte.

How it works, and why it is fast: one precompiled regular expression finds every
*candidate* sentence end (``.``, ``?``, ``!``, ellipses, plus the closing quotes
and brackets that follow them) in a single scan of the paragraph.  Only at those
candidates does Python code look around (the word before, the character after)
and apply the named rules below.  There is no per-character Python loop and no
re-scanning, so the cost is linear in the length of the text.

Rules (each one is a small function or table below):

* ``RULE_TERMINATOR``: ``.``, ``?``, ``!`` (any run, ``?!``, ``!!``) followed by
  optional closers (``" ' ” ’ » ) ] } * _``) and then whitespace ends a sentence
  when the next word does not start in lower case.
* ``RULE_ABBREVIATION``: the word before a full stop is looked up in the English
  nonbreaking prefixes shipped by sacremoses (Moses) plus our own additions.
  Titles and the like never end a sentence; "ambiguous" abbreviations (``etc.``,
  ``Co.``, ``U.S.``, ``p.m.``) end one only before a typical sentence starter
  (``It``, ``How``, ``Mr.``...); numeric-only ones (``No.``) only when no number
  follows.
* ``RULE_INITIAL``: a single capital letter is an initial (``J. R. R. Tolkien``),
  except the pronoun ``I`` after a lower-case word (``you and I. Did``).
* ``RULE_ELLIPSIS``: ``...``/``…``/``....`` before a capital end a sentence; a
  spaced ``. . .`` is an omission inside a sentence, four spaced dots end one,
  ``word. . . . Next`` ends after ``word.``; ``[...]`` never ends one.
* ``RULE_MISSING_SPACE``: ``states.We`` (two lower-case letters, full stop,
  capital + lower case, no ``@``, ``/`` or second dot in the token) is a boundary
  with a missing space.  ``U.S.A``, ``e.g.``, domains and URLs are not.
* ``RULE_INLINE_LIST``: a paragraph that starts with a list marker (``1.``,
  ``1)``, ``1.)``, ``a.``, ``•``, ``⁃9.``) is split before each following marker
  of the same style with the next number/letter.
* ``RULE_NO_LETTERS``: a sentence never ends before it contains a letter
  (``1. The first item`` stays whole); pieces with no letter or digit at all
  (``<>``) are not sentences and are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = ["english_abbreviations", "split_sentences"]

# --------------------------------------------------------------------------
# Abbreviation tables

#: Ours, on top of the Moses list: prefixes that never end a sentence.
_EXTRA_NEVER = frozenset(
    """
    Mt Mts Ft Sept Messrs Mmes Pres Supt Univ Assn Fig Figs fig figs Vol Vols vol vols
    Ch ch Ed Eds ed eds Eq eq Ex ex approx ca cf viz Ref ref Sec sec Gen Gov
    i.e e.g v vs Rs
    """.split()
)

#: Abbreviations that may also end a sentence ("...and Co. It closed").
_AMBIGUOUS = frozenset(
    """
    etc co Co Corp corp Inc inc Ltd ltd Jr jr Sr sr Bros bros Ave ave Blvd Rd St st
    Dept dept Esq al Pty Plc esq
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    """.split()
)

#: Abbreviations that are nonbreaking only before a number ("No. 5", "N°. 1026").
_EXTRA_NUMERIC_ONLY = frozenset(
    "No no Nos nos Nr nr Art art pp p N° Nº № Fig fig pop est incl tel ext min max avg".split()
)

#: Words that typically begin a sentence; used to decide whether an ambiguous
#: abbreviation ("U.S.", "Co.", "p.m.") ended the previous one.
_SENTENCE_STARTERS = frozenset(
    """
    A An The This That These Those It Its He She They We I You His Her Their Our My Your
    There Here How What When Where Why Who Whom Whose Which But And Or So Yet However
    Then Thus Therefore Meanwhile Also After Before Since Because If In On At As Although
    Though While Today Yesterday Tomorrow Now Still Some Many Most All Each Every No Not
    Mr Mrs Ms Dr Prof Sir Madam
    Everyone Everybody Nobody Nothing Someone Somebody Later Soon Finally First Next Last
    Afterwards Instead Moreover Furthermore Indeed Perhaps Such Both Neither Either Yes
    Another Nevertheless Nonetheless Hence Earlier Recently Currently Eventually Only
    Unfortunately Fortunately Similarly Besides Otherwise Despite During
    """.split()
)

#: Words that begin a sentence after a single capital ("Mr. X. He", "vitamin C. It"):
#: pronouns and determiners, which never follow an initial inside a name.
_AFTER_LETTER_STARTERS = frozenset(
    "He She It They We The This That These Those There His Her Its Their Our".split()
)

#: Titles that may precede a single capital standing for a name ("Mr. X").
_TITLES = frozenset("Mr Mrs Ms Dr Prof Mx Sir Madam".split())

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


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(never_breaking, ambiguous, numeric_only) abbreviation sets, built once."""
    always, numeric = _moses_prefixes()
    numeric_only = numeric | _EXTRA_NUMERIC_ONLY
    ambiguous = _AMBIGUOUS
    # Single capitals are handled by RULE_INITIAL; ambiguous ones ("Co", "Sr",
    # "Corp", "Bros") must not be swallowed by the Moses "never" list.
    never = (always | _EXTRA_NEVER) - ambiguous - numeric_only
    never = frozenset(w for w in never if not (len(w) == 1 and w.isupper()))
    return never, ambiguous, numeric_only


def english_abbreviations() -> frozenset[str]:
    """Every abbreviation the segmenter knows (for display and tests)."""
    never, ambiguous, numeric_only = _tables()
    return never | ambiguous | numeric_only


# --------------------------------------------------------------------------
# Regular expressions (compiled once)

_CLOSERS = "\"'”’»)]}*_"
_OPENERS = "\"'“‘«([{*_¿¡"

#: A candidate sentence end: a terminator run, then either closers + whitespace
#: (or the end), or, for RULE_MISSING_SPACE, a full stop glued between two
#: letters on each side ("states.We").  Every match starts with a terminator
#: character so that the regex engine can skip ahead quickly between them, and
#: the whitespace after it is consumed so that ``m.end()`` is the next word.
_CANDIDATE = re.compile(
    r"(?P<term>[.?!…‽]+(?:[ ][.…]+)*)"
    r"(?:(?P<close>[" + re.escape(_CLOSERS) + r"]*)(?:\s+|\Z)"
    r"|(?<=[^\W\d_]{2}\.)(?=[^\W\d_]{2}))"
)
_NON_SPACE = re.compile(r"\S")
_LETTER = re.compile(r"[^\W\d_]")
_ALNUM = re.compile(r"[^\W_]")
_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")

_BULLETS = "•⁃‣◦▪"
_INLINE_LIST_HEAD = re.compile(
    r"([" + _BULLETS + r"])?[ \t]*(?:(\d{1,3})|([a-z]))(\.\)|\.|\))[ \t]"
)
_INLINE_ENUM = re.compile(
    r"(?<=\s)([" + _BULLETS + r"][ \t]*)?(?:(\d{1,3})|([a-z]))(\.\)|\.|\))(?=[ \t])"
)
_INLINE_BULLET = re.compile(r"(?<=\s)[" + _BULLETS + r"](?=\s)")

# What follows a candidate end.
_LOWER, _UPPER, _DIGIT, _OTHER = range(4)


# --------------------------------------------------------------------------
# Public API


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]``, as absolute offsets into ``text``.

    Spans are ordered, disjoint, trimmed of surrounding whitespace and contain at
    least one letter or digit; whatever lies between them (spaces, line breaks,
    ``<>``) belongs to the caller's skeleton.  ``text`` is one paragraph (it may
    contain line breaks; a line break is just whitespace here).
    """
    if end is None:
        end = len(text)
    first = _NON_SPACE.search(text, start, end)
    if first is None:
        return []
    cur = first.start()
    never, ambiguous, numeric_only = _tables()
    list_cuts, skip_dots = _inline_list(text, cur, end)
    cuts: list[int] = []
    letters_checked = cur  # RULE_NO_LETTERS: no letter in text[cur:letters_checked]
    li = 0
    for m in _CANDIDATE.finditer(text, cur, end):
        while li < len(list_cuts) and list_cuts[li] <= m.start():
            cuts.append(list_cuts[li])
            cur = list_cuts[li]
            letters_checked = cur
            li += 1
        if skip_dots and m.start() in skip_dots:
            continue
        cut = _decide(text, m, cur, end, never, ambiguous, numeric_only)
        if cut is None:
            continue
        # RULE_NO_LETTERS (fast path: the sentence starts with a letter)
        if not text[cur].isalpha() and _LETTER.search(text, letters_checked, cut) is None:
            letters_checked = cut
            continue
        cuts.append(cut)
        cur = m.end() if cut == m.end("close") else _next_non_space(text, cut, end)
        letters_checked = cur
    cuts.extend(list_cuts[li:])
    return _spans_from_cuts(text, first.start(), end, cuts)


# --------------------------------------------------------------------------
# Rules


def _decide(text: str, m: re.Match[str], cur: int, end: int, never: frozenset[str], ambiguous: frozenset[str],
            numeric_only: frozenset[str]) -> int | None:
    """Where the sentence ends at candidate ``m`` (an offset), or None if it goes on."""
    term = m.group("term")
    if m.start("close") < 0:
        if term != ".":
            return None
        return _missing_space(text, m.start(), cur, never, ambiguous, numeric_only)
    after = m.end("close")
    nxt = m.end()
    if nxt >= end:
        return None  # the end of the paragraph ends the sentence anyway
    kind, word_at = _next_kind(text, nxt, end)
    if kind == _LOWER:
        return None
    if "?" in term or "!" in term or "‽" in term:
        return after  # RULE_TERMINATOR
    dots = term.count(".") + 3 * term.count("…")
    if dots > 1:
        return _ellipsis(text, m, term, dots, cur)
    return _full_stop(text, m.start(), after, cur, kind, word_at, never, ambiguous, numeric_only)


def _next_kind(text: str, pos: int, end: int) -> tuple[int, int]:
    """Classify what starts at ``pos`` (after opening quotes/brackets) and where its word is."""
    c = text[pos]
    j = pos
    if c in _OPENERS:
        limit = min(end, pos + 4)
        while j < limit and text[j] in _OPENERS:
            j += 1
        if j >= end:
            return _OTHER, j
        c = text[j]
        if c.isdigit() and text[j - 1] in "([":
            return _LOWER, j  # "Kazakhstan! (2012)": a bracketed number continues the sentence
    if c.islower():
        return _LOWER, j
    if c.isupper():
        return _UPPER, j
    if c.isdigit():
        return _DIGIT, j
    return _OTHER, j


def _ellipsis(text: str, m: re.Match[str], term: str, dots: int, cur: int) -> int | None:
    """RULE_ELLIPSIS: the next word is not lower case; decide for a multi-dot run."""
    start = m.start()
    if start > 0 and text[start - 1] in "[(":
        return None  # "[...]": an omission marker inside a quotation
    if " " not in term:
        return m.end()  # "that.... She", "violence…. UN", "so... Then"
    attached = start > cur and not text[start - 1].isspace()
    if dots >= 4:
        if attached and not m.group("close"):
            return start + 1  # "compounds. . . . The": the sentence ends at "compounds."
        return m.end()  # "a period . . . . Next"
    return None  # ". . ." omission in mid-sentence


def _full_stop(text: str, dot: int, after: int, cur: int, kind: int, word_at: int, never: frozenset[str],
               ambiguous: frozenset[str], numeric_only: frozenset[str]) -> int | None:
    """RULE_ABBREVIATION / RULE_INITIAL for a single full stop before a non-lower-case word."""
    window = text[max(cur, dot - 48):dot]
    if not window or window[-1].isspace():
        return after  # " . Next": a stray full stop
    parts = window.rsplit(None, 2)
    token = parts[-1].lstrip(_OPENERS)
    if not token:
        return after
    if token in never:
        return None
    if len(parts) == 1 and token[:1].isupper() and token[1:].islower() and token.lower() in never | numeric_only:
        # RULE_ABBREVIATION at the start of a sentence: "Approx. 200 came", "Cf. Smith".
        token = token.lower()
        if token in never:
            return None
    if len(token) == 1 and token.isalpha():
        if token.islower():
            return None  # "p. 55", "a. The": a lower-case single letter is an abbreviation
        if token == "I" and kind == _UPPER and len(parts) >= 2 and parts[-2][:1].islower():
            return after  # "you and I. Did"
        if kind == _UPPER and len(parts) >= 2 and _letter_ends(text, word_at, parts[-2]):
            return after  # "Mr. X. He", "vitamin C. It"
        return None  # "Jonas E. Smith"
    if token in numeric_only:
        return None if kind == _DIGIT else after
    if token in ambiguous or _ACRONYM.fullmatch(token):
        if kind == _DIGIT:
            return None
        if kind == _OTHER:
            return after
        word = _WORD.match(text, word_at)
        if word and word.group() in _SENTENCE_STARTERS and len(text[cur:dot].split(None, 3)) >= 4:
            return after  # "in the U.S. How", "at 6 P.M. Mr. Smith"
        return None  # "the U.S. Government", "At 5 a.m. Mr. Smith"
    return after


def _letter_ends(text: str, word_at: int, previous: str) -> bool:
    """A single capital ends a sentence before a pronoun/determiner after a lower-case word or a title."""
    word = _WORD.match(text, word_at)
    if word is None or word.group() not in _AFTER_LETTER_STARTERS:
        return False
    previous = previous.rstrip(".").lstrip(_OPENERS)
    return previous[:1].islower() or previous in _TITLES


def _missing_space(text: str, dot: int, cur: int, never: frozenset[str], ambiguous: frozenset[str],
                   numeric_only: frozenset[str]) -> int | None:
    """RULE_MISSING_SPACE: "states.We call" -> boundary right after the full stop."""
    if not (text[dot - 1].islower() and text[dot - 2].islower()):
        return None
    if not (text[dot + 1].isupper() and text[dot + 2].islower()):
        return None
    window = text[max(cur, dot - 48):dot]
    left = window.rsplit(None, 1)[-1] if window and not window[-1].isspace() else ""
    run = _NON_SPACE_RUN.match(text, dot + 1)
    right_end = run.end() if run is not None else dot + 1
    right = text[dot + 1:min(right_end, dot + 64)]
    if "." in left or any(ch in left or ch in right for ch in "@/:\\"):
        return None  # domains, e-mail addresses, URLs and paths
    token = left.lstrip(_OPENERS)
    if token in never or token in ambiguous or token in numeric_only:
        return None
    return dot + 1


_NON_SPACE_RUN = re.compile(r"\S*")


def _next_non_space(text: str, pos: int, end: int) -> int:
    """Offset of the first non-whitespace character at or after ``pos`` (or ``end``)."""
    m = _NON_SPACE.search(text, pos, end)
    return m.start() if m else end


def _inline_list(text: str, start: int, end: int) -> tuple[list[int], set[int]]:
    """RULE_INLINE_LIST: cut positions before list markers inside one paragraph.

    Only a paragraph that *starts* with a marker is treated as a list, and only
    the next marker in sequence (2 after 1, b after a) of the same style counts,
    so "in 2. The" in ordinary prose is never mistaken for an item.  Returns the
    cut offsets and the offsets of the marker dots that must not end a sentence.
    """
    cuts: list[int] = []
    skip: set[int] = set()
    first = text[start]
    if not (first.isdigit() or first in _BULLETS or ("a" <= first <= "z" and text.startswith(".", start + 1))):
        return cuts, skip  # fast path: an ordinary paragraph
    head = _INLINE_LIST_HEAD.match(text, start, end)
    if head is not None:
        bullet, num, alpha, style = head.groups()
        skip.add(head.end(4) - len(style))
        value = int(num) + 1 if num else ord(alpha) + 1
        for m in _INLINE_ENUM.finditer(text, head.end(), end):
            b, n, a, s = m.groups()
            if s != style or bool(b) != bool(bullet) or (b and b[0] != bullet):
                continue
            got = int(n) if n else (ord(a) if a else -1)
            if (n is None) != (num is None) or got != value:
                continue
            cuts.append(m.start())
            skip.add(m.end(4) - len(s))
            value += 1
        return cuts, skip
    if start < end and text[start] in _BULLETS:
        bullet = text[start]
        for m in _INLINE_BULLET.finditer(text, start + 1, end):
            if m.group() == bullet:
                cuts.append(m.start())
    return cuts, skip


def _spans_from_cuts(text: str, start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """Turn cut offsets into trimmed spans, dropping pieces without letters or digits."""
    spans: list[tuple[int, int]] = []
    a = start
    for b in [*cuts, end]:
        span = _trim(text, a, b)
        if span is not None:
            spans.append(span)
        a = b
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
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
    if not text[a].isalnum() and _ALNUM.search(text, a, b) is None:
        return None
    return a, b
