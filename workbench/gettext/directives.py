"""Where a format string's directives are, so that wrapping never breaks inside one.

GNU ``write-po.c`` parses a message's strings with the parser of its format (the first of its
formats whose flag says yes or possible, in GNU's order: C before Python) and forbids a line
break before any character of a valid directive but its first (``%%`` and ``%(name)s`` stay
on one line). A directive the parser rejects is no directive: it may be broken, and the
parser stops there, so nothing after it is one either. This module ports the two parsers
catalogues here use, ``format-c.c`` and ``format-python.c`` (gettext 0.21), as far as they
decide where a directive starts and ends; the formats of other languages (objc, java, …)
are not parsed, so a message flagged only with one of them wraps as plain text.
"""

from __future__ import annotations

import re

#: formats in GNU's order, by the flag that names them
FORMATS = ("c", "python")

_C_FLAGS = " +-#0'"
_C_SIZES = "hlLqjzZt"
_C_CONVERSIONS = "cCsSidiuoxXeEfFgGaApnm%"      # m: glibc's strerror(errno); "% -10%" is one too
_PRI = re.compile(r"PRI[diouxX](?:(?:LEAST|FAST)?(?:8|16|32|64)|MAX|PTR)")
_PY_FLAGS = "-+ #0"
_PY_CONVERSIONS = "%csriduoxXeEfgG"     # gettext 0.21: no "a", no "F"


def message_format(flags: list[str]) -> str | None:
    """The format whose directives GNU keeps whole: "c", "python" or None."""
    for name in FORMATS:
        if f"{name}-format" in flags or f"possible-{name}-format" in flags:
            return name
    return None


def inside_directives(value: str, fmt: str | None, *, translated: bool = False) -> set[int]:
    """Indexes of *value* a line may not break before: every character of a valid directive
    but its first. *translated*: the string is a msgstr (C allows the ``I`` flag there)."""
    if fmt is None or "%" not in value:
        return set()
    spans = _c_directives(value, translated) if fmt == "c" else _python_directives(value)
    return {i for start, end in spans for i in range(start + 1, end + 1)}


def _digits(s: str, i: int) -> int:
    while i < len(s) and s[i].isdigit() and s[i].isascii():
        i += 1
    return i


def _width_and_precision(s: str, i: int, *, numbered_stars: bool) -> tuple[int, list[bool]] | None:
    """Past an optional width and an optional ``.precision`` from *i*, each digits or a ``*``
    (C also allows ``*N$``, with *numbered_stars*): the index after them and, for each ``*``,
    whether it is numbered; None for a ``*0$`` (no argument 0)."""
    n = len(s)
    stars: list[bool] = []
    for precision in (False, True):
        if precision:
            if i >= n or s[i] != ".":
                break
            i += 1
        if i < n and s[i] == "*":
            i += 1
            j = _digits(s, i) if numbered_stars else i
            if j > i and j < n and s[j] == "$":
                if int(s[i:j]) == 0:
                    return None
                stars.append(True)
                i = j + 1
            else:
                stars.append(False)
        else:
            i = _digits(s, i)
    return i, stars


def _c_directives(s: str, translated: bool) -> list[tuple[int, int]]:
    """(start, end) of each valid C directive, up to the first invalid one."""
    spans: list[tuple[int, int]] = []
    numbered = unnumbered = 0
    n = len(s)
    start = s.find("%")
    while start >= 0:
        i = start + 1
        if i < n and s[i] == "%":
            spans.append((start, i))
            start = s.find("%", i + 1)
            continue
        number = False
        j = _digits(s, i)
        if j > i and j < n and s[j] == "$":
            if int(s[i:j]) == 0:
                return spans
            number, i = True, j + 1
        while i < n and (s[i] in _C_FLAGS or (translated and s[i] == "I")):
            i += 1
        found = _width_and_precision(s, i, numbered_stars=True)
        if found is None:
            return spans
        i, stars = found                    # each * argument: numbered?
        if i < n and s[i] == "<":
            # ISO C 99 <inttypes.h> macros: <PRId64>, <PRIuLEAST32>, <PRIxMAX>, <PRIdPTR>
            close = s.find(">", i)
            if close < 0 or _PRI.fullmatch(s, i + 1, close) is None:
                return spans
            i = close
        else:
            while i < n and s[i] in _C_SIZES:
                i += 1
            if i >= n or s[i] not in _C_CONVERSIONS:
                return spans
        for is_numbered in [*stars, number] if s[i] != "%" else stars:
            if is_numbered:
                if unnumbered:
                    return spans            # numbered and unnumbered arguments mixed
                numbered += 1
            else:
                if numbered:
                    return spans
                unnumbered += 1
        spans.append((start, i))
        start = s.find("%", i + 1)
    return spans


def _python_directives(s: str) -> list[tuple[int, int]]:
    """(start, end) of each valid Python %-directive, up to the first invalid one."""
    spans: list[tuple[int, int]] = []
    named = unnamed = 0
    n = len(s)
    start = s.find("%")
    while start >= 0:
        i = start + 1
        name = False
        if i < n and s[i] == "(":
            depth = 0
            i += 1
            while i < n:
                if s[i] == "(":
                    depth += 1
                elif s[i] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            if i >= n:
                return spans
            name = True
            i += 1
        while i < n and s[i] in _PY_FLAGS:
            i += 1
        found = _width_and_precision(s, i, numbered_stars=False)
        if found is None:
            return spans
        i, starred = found
        if name and starred:
            return spans                    # a named directive takes no * argument
        stars = len(starred)
        if i < n and s[i] in "hlL":
            i += 1
        if i >= n or s[i] not in _PY_CONVERSIONS:
            return spans
        if name:
            if unnamed:
                return spans                # named and unnamed directives mixed
            named += 1
        elif s[i] != "%" or stars:
            if named:
                return spans
            unnamed += 1 + stars
        spans.append((start, i))
        start = s.find("%", i + 1)
    return spans
