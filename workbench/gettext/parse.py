"""Reading PO/POT files: an explicit line-based state machine that records each
message's 1-based line, with GNU gettext's diagnostics as :class:`WorkbenchError`
(``path:line: what is wrong``).

Speed matters (a 100k-message catalogue is read at every update): the parser
dispatches on the first character of each line, takes a fast path for strings
without backslashes and joins continuation lines once per field; the cyclic
garbage collector is paused meanwhile.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.util.atomic import fingerprint
from workbench.util.errors import ProblemsError, WorkbenchError
from workbench.util.files import read_input
from workbench.util.gcpause import paused_gc

from .check import catalogue_problems
from .model import Catalogue, Message, canonical_flags, parse_metadata

__all__ = ["catalogue_from_bytes", "normalise_newlines", "parse_po", "read_po"]


_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v",
                   "\\": "\\", '"': '"'}
_ESCAPE_RE = re.compile(r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.)", re.S)
_STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"[ \t\f\v]*', re.S)
_KEYWORD_RE = re.compile(r"(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?(?![\w\[])[ \t]*")
_REF_RE = re.compile(r"\u2068([^\u2069]*)\u2069(?::(\d+))?|(\S+)")


class _Syntax(Exception):
    pass


def _escape_value(code: str) -> int:
    """The value of a numeric escape (``x41``, ``101``); GNU keeps only a byte's worth."""
    value = int(code[1:], 16) if code[0] == "x" else int(code, 8)
    if value > 0xFF:
        raise _Syntax(f"escape sequence '\\{code}' is larger than a byte (at most \\xff or \\377): "
                      "GNU gettext would keep only its last byte")
    if value == 0:
        raise _Syntax(f"escape sequence '\\{code}' is a NUL character, where gettext ends the string")
    return value


def _unescape(body: str) -> str:
    """Decode a string's escape sequences as GNU ``po-lex.c`` does.

    ``\\n``, ``\\t``, ``\\r``, ``\\a``, ``\\b``, ``\\f``, ``\\v``, ``\\\\`` and ``\\"`` stand for
    characters; ``\\x`` followed by hex digits and up to three octal digits stand for *bytes*,
    and the string's bytes are then read as UTF-8 (so ``"\\xd0\\x9a"`` is "К", not two
    Latin-1 letters). Anything else after a backslash is GNU's "invalid control sequence";
    a value above one byte, a NUL and bytes that are not UTF-8 are errors too (GNU would cut
    the value to a byte, end the string at the NUL, or store bytes no reader can decode).
    """
    parts: list[str | bytes] = []
    numeric = False
    pos = 0
    for m in _ESCAPE_RE.finditer(body):
        if m.start() > pos:
            parts.append(body[pos:m.start()])
        code = m.group(1)
        c = code[0]
        if c in _SIMPLE_ESCAPES:
            parts.append(_SIMPLE_ESCAPES[c])
        elif (c == "x" and len(code) > 1) or c in "01234567":
            parts.append(bytes((_escape_value(code),)))
            numeric = True
        else:
            raise _Syntax("invalid control sequence")
        pos = m.end()
    parts.append(body[pos:])
    if not numeric:
        return "".join(parts)  # type: ignore[arg-type]
    data = b"".join(p if isinstance(p, bytes) else p.encode("utf-8") for p in parts)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = "".join(f"\\x{b:02x}" for b in data[exc.start:exc.end])
        raise _Syntax(f"escape sequences make bytes that are not UTF-8 ({bad}): write the character itself, "
                      "or its complete UTF-8 bytes") from None


def _string(rest: str) -> str:
    """Parse a quoted C string occupying all of *rest* (which starts with '"')."""
    if "\\" not in rest:
        end = rest.find('"', 1)
        if end < 0:
            raise _Syntax("end-of-line within string")
        if rest[end + 1:].strip():
            raise _Syntax("syntax error")
        value = rest[1:end]
        if "\x04" in value:
            raise _Syntax("context separator <EOT> within string")
        return value
    m = _STRING_RE.match(rest)
    if m is None:
        raise _Syntax("end-of-line within string")
    if m.end() != len(rest) and rest[m.end():].strip():
        raise _Syntax("syntax error")
    value = _unescape(m.group(1))
    if "\x04" in value:
        raise _Syntax("context separator <EOT> within string")
    return value


class _Entry:
    __slots__ = (
        "comment_line",
        "cur",
        "flags",
        "lineno",
        "msgctxt",
        "msgid",
        "msgid_plural",
        "msgstr",
        "obsolete",
        "pctxt",
        "pid",
        "pidp",
        "plural",
        "refs",
        "state",
        "tcomments",
        "xcomments",
    )

    def __init__(self) -> None:
        self.msgctxt: list[str] | None = None
        self.msgid: list[str] | None = None
        self.msgid_plural: list[str] | None = None
        self.msgstr: list[str] | None = None
        self.plural: dict[int, list[str]] | None = None
        self.flags: list[str] = []
        self.refs: list[tuple[str, int | None]] = []
        self.tcomments: list[str] = []
        self.xcomments: list[str] = []
        self.pctxt: list[str] | None = None
        self.pid: list[str] | None = None
        self.pidp: list[str] | None = None
        self.obsolete = False
        self.lineno: int | None = None
        self.cur: list[str] | None = None
        self.state = 0  # 0 comments, 1 msgctxt, 2 msgid, 3 msgid_plural, 4 msgstr
        self.comment_line: int | None = None


def normalise_newlines(text: str) -> str:
    """Line endings as the parser reads them: CRLF is LF; a file whose lines all end in CR
    alone (classic Mac OS editors) has them as LF.

    GNU takes a lone CR for white space. In a file with LF line ends that is right (a stray
    CR in a comment stays in the comment, one in a string is data); in a CR-only file it
    turns a first comment line into the whole file, and every message silently vanishes.
    """
    if "\r" not in text:
        return text
    if "\n" not in text:
        return text.replace("\r", "\n")
    return text.replace("\r\n", "\n")


def parse_po(text: str, path: str | Path = "<string>") -> Catalogue:
    """Parse PO/POT text. Syntax errors raise WorkbenchError(path, line).

    The cyclic garbage collector is paused meanwhile: the parser allocates
    hundreds of thousands of long-lived containers (messages, their lists and
    tuples) and none of them can form a garbage cycle, yet every 700
    allocations would trigger a collection, and the older generations get
    rescanned again and again (40% of the load time at 100k entries).
    """
    with paused_gc():
        return _parse_po(text, path)


def _parse_po(text: str, path: str | Path) -> Catalogue:
    if text.startswith("\ufeff"):
        text = text[1:]
    cat = Catalogue(path=Path(path) if not str(path).startswith("<") else None, has_header=False)
    messages = cat.messages
    seen_live: dict[tuple[str | None, str], int | None] = {}
    text = normalise_newlines(text)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    e = _Entry()
    lineno = 0

    def finish(e: _Entry) -> None:
        if e.msgid is None:
            if e.pid is not None or e.pctxt is not None or e.pidp is not None:
                # a "#|" previous msgid must belong to a message (GNU: syntax error)
                raise WorkbenchError("syntax error: a '#|' previous msgid without a message after it",
                                     path, lineno)
            # trailing comments without a message: GNU ignores them too
            return
        if e.state < 4:
            raise WorkbenchError("missing 'msgstr' section", path, e.lineno)
        msgid = "".join(e.msgid)
        msgctxt = "".join(e.msgctxt) if e.msgctxt is not None else None
        if e.plural is not None:
            if e.msgid_plural is None:
                raise WorkbenchError("missing 'msgid_plural' section ('msgstr[n]' without it)", path, e.lineno)
            msgstr = ""
            plural = {k: "".join(v) for k, v in e.plural.items()}
        else:
            if e.msgid_plural is not None:
                raise WorkbenchError("missing 'msgstr[]' section ('msgid_plural' needs 'msgstr[n]')", path, e.lineno)
            msgstr = "".join(e.msgstr or ())
            plural = {}
        flags = canonical_flags(e.flags) if e.flags else []
        if msgid == "" and msgctxt is None and not e.obsolete:
            if cat.has_header:
                raise WorkbenchError("duplicate message definition (header)", path, e.lineno)
            cat.has_header = True
            cat.header_comments = e.tcomments
            cat.header_flags = flags
            cat.metadata = parse_metadata(msgstr)
            cat.header_lineno = e.lineno
            return
        key = (msgctxt, msgid)
        seen = seen_live  # GNU: live and obsolete keys share one namespace
        if key in seen:
            raise WorkbenchError(
                f"duplicate message definition (first defined at line {seen[key]})", path, e.lineno)
        seen[key] = e.lineno
        messages.append(Message(
            msgid, msgstr, msgctxt,
            "".join(e.msgid_plural) if e.msgid_plural is not None else None,
            plural, flags, e.refs, e.tcomments, e.xcomments,
            "".join(e.pctxt) if e.pctxt is not None else None,
            "".join(e.pid) if e.pid is not None else None,
            e.obsolete, e.lineno,
            "".join(e.pidp) if e.pidp is not None else None))

    try:
        for lineno, line in enumerate(lines, 1):
            if not line:
                continue
            c = line[0]
            if c in " \t\r\f\v":        # GNU skips white space before a keyword, string or comment
                line = line.lstrip(" \t\r\f\v")
                if not line:
                    continue
                c = line[0]
            if c == '"':
                # fast path, the most frequent line: a live continuation string
                # without escapes ('"' only at both ends), e.g. "the text "
                cur = e.cur
                if (cur is not None and e.state and not e.obsolete
                        and line.find('"', 1) == len(line) - 1
                        and "\\" not in line and "\x04" not in line):
                    cur.append(line[1:-1])
                    continue
            obsolete = False
            if c == "#":
                c2 = line[1:2]
                if c2 == "~":
                    obsolete = True
                    line = line[2:].lstrip(" \t")
                    if not line:
                        continue
                    c = line[0]
                    if c == "|":
                        line = "#" + line
                        c = "#"
                        c2 = "|"
                    elif c == "#":  # "#~ #, fuzzy" is not GNU, but tolerate
                        c2 = line[1:2]
                if c == "#":
                    if e.state >= 4:
                        finish(e)
                        e = _Entry()
                    elif e.state > 0:
                        raise _Syntax("comment inside a message")
                    if c2 == "|":
                        body = line[2:].strip()
                        if not body:
                            continue
                        m = _KEYWORD_RE.match(body)
                        if m is None or m.group(2) is not None or m.group(1) == "msgstr":
                            if body.startswith('"'):
                                if e.cur is None:
                                    raise _Syntax("syntax error")
                                e.cur.append(_string(body))
                                continue
                            raise _Syntax("syntax error in previous msgid ('#|')")
                        kw = m.group(1)
                        rest = body[m.end():]
                        if not rest.startswith('"'):
                            raise _Syntax("syntax error in previous msgid ('#|')")
                        lst = [_string(rest)]
                        if kw == "msgctxt":
                            e.pctxt = lst
                        elif kw == "msgid":
                            e.pid = lst
                        else:
                            e.pidp = lst
                        e.cur = lst
                        if obsolete:
                            e.obsolete = True
                        continue
                    if c2 == ".":
                        body = line[2:]
                        e.xcomments.append(body[1:] if body.startswith(" ") else body)
                    elif c2 == ":":
                        for m in _REF_RE.finditer(line, 2):
                            if m.group(3) is not None:
                                tok = m.group(3)
                                fname, sep, num = tok.rpartition(":")
                                ref: tuple[str, int | None] = (
                                    (fname, int(num)) if sep and num.isdigit() and fname else (tok, None))
                            else:
                                ref = (m.group(1), int(m.group(2)) if m.group(2) else None)
                            if ref not in e.refs:
                                e.refs.append(ref)
                    elif c2 == ",":
                        for f in line[2:].split(","):
                            f = f.strip()
                            if f:
                                e.flags.append(f)
                    else:
                        body = line[1:]
                        e.tcomments.append(body[1:] if body.startswith(" ") else body)
                    e.cur = None
                    continue
            if c == '"':
                if e.cur is None or e.state == 0:
                    raise _Syntax("syntax error")
                if obsolete != e.obsolete:
                    raise _Syntax("inconsistent use of #~")
                e.cur.append(_string(line.rstrip()) if line[-1:] != '"' else _string(line))
                continue
            if c == "m":
                m = _KEYWORD_RE.match(line)
                if m is None:
                    raise _Syntax("keyword " + repr(line.split()[0]) + " unknown")
                kw, idx = m.group(1), m.group(2)
                rest = line[m.end():]
                if not rest.startswith('"'):
                    raise _Syntax(f"syntax error: missing string after '{kw}'")
                value = [_string(rest)]
                if kw == "msgctxt":
                    if e.state >= 4:
                        finish(e)
                        e = _Entry()
                    elif e.state != 0:
                        raise _Syntax("syntax error: 'msgctxt' inside a message")
                    e.msgctxt = value
                    e.state = 1
                    e.obsolete = e.obsolete or obsolete
                elif kw == "msgid":
                    if e.state >= 4:
                        finish(e)
                        e = _Entry()
                    elif e.state not in (0, 1):
                        raise _Syntax("syntax error: 'msgid' inside a message")
                    e.msgid = value
                    e.state = 2
                    e.lineno = lineno
                    e.obsolete = e.obsolete or obsolete
                elif kw == "msgid_plural":
                    if e.state != 2:
                        raise _Syntax("syntax error: 'msgid_plural' without 'msgid'")
                    e.msgid_plural = value
                    e.state = 3
                else:  # msgstr
                    if e.state not in (2, 3, 4):
                        raise _Syntax("syntax error: 'msgstr' without 'msgid'")
                    if idx is None:
                        if e.state != 2:
                            raise _Syntax("syntax error: duplicate 'msgstr'" if e.state == 4
                                          else "syntax error: 'msgid_plural' needs 'msgstr[0]'")
                        e.msgstr = value
                    else:
                        n = int(idx)
                        if e.plural is None:
                            if e.msgstr is not None:
                                raise _Syntax("syntax error: 'msgstr[n]' after 'msgstr'")
                            e.plural = {}
                        if n != len(e.plural):     # GNU: indexes must be 0, 1, 2… in order
                            raise _Syntax("first plural form has nonzero index" if not e.plural
                                          else "plural form has wrong index")
                        e.plural[n] = value
                    e.state = 4
                if obsolete != e.obsolete:
                    raise _Syntax("inconsistent use of #~")
                e.cur = value
                continue
            if line.strip() == "":
                continue
            raise _Syntax("syntax error")
        finish(e)
    except _Syntax as exc:
        raise WorkbenchError(str(exc), path, lineno) from None
    return cat


def read_po(path: Path | str, *, any_charset: bool = False) -> Catalogue:
    """Read and check a PO or POT file: what ``msgfmt --check`` rejects is a WorkbenchError
    (several at once: :class:`~workbench.util.errors.ProblemsError`, one ``path:line:`` each).
    The project's catalogues are UTF-8; with *any_charset* (a file only read, such as a
    compendium brought into the memory) the charset its header declares is honoured."""
    path = Path(path)
    return catalogue_from_bytes(read_input(path), path, any_charset=any_charset)


#: the charset a PO header declares, found in the raw bytes (every charset gettext allows is
#: ASCII-compatible in the header)
_DECLARED_CHARSET_RE = re.compile(rb'"Content-Type:[^"\n]*charset=([A-Za-z0-9_.:-]+)', re.IGNORECASE)


def catalogue_from_bytes(data: bytes, path: Path | str, *, any_charset: bool = False) -> Catalogue:
    """:func:`read_po` of bytes read elsewhere; *path* names them in the errors."""
    path = Path(path)
    nul = data.find(b"\0")
    if nul >= 0:
        raise WorkbenchError("binary file (NUL byte), not a PO catalogue", path, _line_at(data, nul))
    encoding = _declared_encoding(data, path) if any_charset else "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise WorkbenchError(f"not valid {encoding} as its header declares (byte 0x{data[exc.start]:02x})",
                                 path, _line_at(data, exc.start)) from None
        raise WorkbenchError(f"not valid UTF-8 (byte 0x{data[exc.start]:02x}; only UTF-8 catalogues are "
                             "supported)", path, _line_at(data, exc.start)) from None
    text = normalise_newlines(text)
    cat = parse_po(text, path)
    cat.path = path
    cat.fingerprint = fingerprint(data)
    _check_header(cat, text, path, charset_checked=any_charset)
    return cat


def _declared_encoding(data: bytes, path: Path) -> str:
    """The Python codec of the charset *data*'s header declares (UTF-8 when none or the template's)."""
    import codecs

    match = _DECLARED_CHARSET_RE.search(data[:4096])
    if match is None or match.group(1).lower() in (b"charset", b"utf-8", b"utf8"):
        return "utf-8"
    name = match.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise WorkbenchError(f"declares charset={name}, which is not a known character set", path,
                             _line_at(data, match.start())) from None


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based line of byte *offset*, as :func:`normalise_newlines` counts lines."""
    head = data[:offset]
    return (head.count(b"\n") if b"\n" in data else head.count(b"\r")) + 1


_CHARSET_RE = re.compile(r"charset=([^\s;]+)", re.IGNORECASE)


def _check_header(cat: Catalogue, text: str, path: Path, *, charset_checked: bool = False) -> None:
    """Reject what would make us misread or miscompile the file, as ``msgfmt --check`` does.

    The bytes were decoded as UTF-8; a catalogue declaring another charset
    would be silently re-labelled on the next write, and a malformed
    Plural-Forms would compile into a .mo that gettext rejects.
    """
    def line_of(field: str) -> int | None:
        at = text.find(f'"{field}:')
        return text.count("\n", 0, at) + 1 if at >= 0 else cat.header_lineno

    content_type = cat.metadata.get("Content-Type", "")
    match = _CHARSET_RE.search(content_type)
    if match and not charset_checked:
        charset = match.group(1).strip().lower()
        if charset not in ("utf-8", "utf8", "charset"):  # "CHARSET": an unfilled template
            raise WorkbenchError(
                f"declares charset={match.group(1)}; only UTF-8 catalogues are supported "
                f"(convert with: msgconv --to-code=UTF-8)", path, line_of("Content-Type"))
    problems = catalogue_problems(cat, path, line_of("Plural-Forms"))
    if len(problems) == 1:
        raise WorkbenchError(problems[0].message, path, problems[0].line)
    if problems:
        raise ProblemsError(problems)
