"""The PO reader against GNU gettext: escapes decoded as GNU decodes them (bytes, then UTF-8),
line endings, and a verdict on par with ``msgfmt --check`` for every case — checked against the
real msgfmt where it is installed. Where the workbench and msgfmt disagree, the case says so and
why (the README's list "What the workbench accepts that msgfmt rejects")."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from workbench.gettext import Catalogue, Message, format_po, parse_po, read_po
from workbench.gettext.check import translation_problem
from workbench.gettext.mo import format_mo
from workbench.gettext.plural import plural_forms_problem
from workbench.util.errors import WorkbenchError

MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext (msgfmt) is not installed")

HEADER = ('msgid ""\nmsgstr ""\n"Project-Id-Version: t 1\\n"\n"PO-Revision-Date: 2024-01-01 00:00+0000\\n"\n'
          '"Last-Translator: T <t@example.org>\\n"\n"Language-Team: ru\\n"\n"Language: ru\\n"\n'
          '"MIME-Version: 1.0\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
          '"Content-Transfer-Encoding: 8bit\\n"\n'
          '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && '
          '(n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n')


def po(body: str, header: str = HEADER) -> bytes:
    return (header + body).encode("utf-8")


# -- escapes ------------------------------------------------------------------------------------
ESCAPES = [
    (r"a\n\t\r\a\b\f\v\\\"", "a\n\t\r\a\b\f\v\\\""),
    (r"a\x04b", "aK"),                  # GNU reads every hex digit: \x04b is one escape
    (r"\xd0\x9a", "К"),                 # bytes, then UTF-8 (not U+00D0 U+009A)
    (r"\320\232", "К"),                 # octal bytes
    (r"\x41\102C", "ABC"),
    (r"\x4a\x4B", "JK"),
    (r"\1010", "A0"),                   # at most three octal digits
    (r"\x1b]0;title\x07", "\x1b]0;title\x07"),   # data: the UI and CLI show it as placeholders
]
ESCAPE_ERRORS = [
    (r"\xzz", "invalid control sequence"),
    (r"\x", "invalid control sequence"),
    (r"\?", "invalid control sequence"),
    (r"\'", "invalid control sequence"),
    (r"\e", "invalid control sequence"),
    (r"\u0041", "invalid control sequence"),
    (r"\x110000", "larger than a byte"),
    (r"\xFFFFFFFFFF", "larger than a byte"),
    (r"\xD800", "larger than a byte"),
    (r"\777", "larger than a byte"),
    (r"\0", "NUL character"),
    (r"\x00", "NUL character"),
    (r"a\x0b", None),                   # \x0b is vertical tab: fine
    (r"\xff", "not UTF-8"),
    (r"\xd0", "not UTF-8"),
    (r"\xed\xa0\x80", "not UTF-8"),     # a surrogate, UTF-8-encoded
    (r"\x04", "context separator"),
]


@pytest.mark.parametrize(("escaped", "value"), ESCAPES)
def test_escapes_decode_as_gnu(escaped, value):
    cat = parse_po(f'msgid "a"\nmsgstr "{escaped}"\n')
    assert cat.messages[0].msgstr == value


@pytest.mark.parametrize(("escaped", "error"), ESCAPE_ERRORS)
def test_bad_escapes_are_errors_with_the_line(tmp_path, escaped, error):
    path = tmp_path / "x.po"
    path.write_bytes(po(f'msgid "a"\nmsgstr ""\n"ok "\n"{escaped}"\n'))
    if error is None:
        read_po(path)
        return
    with pytest.raises(WorkbenchError) as info:
        read_po(path)
    assert error in str(info.value)
    assert info.value.line == HEADER.count("\n") + 4


@needs_msgfmt
@pytest.mark.parametrize(("escaped", "value"), ESCAPES)
def test_msgfmt_agrees_on_escape_values(tmp_path, escaped, value):
    path = tmp_path / "x.po"
    path.write_bytes(po(f'msgid "a"\nmsgstr "{escaped}"\n'))
    mo = tmp_path / "x.mo"
    subprocess.run([MSGFMT, "-o", str(mo), str(path)], check=True, capture_output=True)
    assert format_mo(read_po(path)) == mo.read_bytes()


# -- line endings ----------------------------------------------------------------------------------
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_lf_crlf_and_cr_alone(tmp_path, newline):
    text = "# translator comment\n" + HEADER + 'msgid "a"\nmsgstr "б"\n\nmsgid "c"\nmsgstr "д"\n'
    path = tmp_path / "x.po"
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    cat = read_po(path)
    assert [(m.msgid, m.msgstr) for m in cat.messages] == [("a", "б"), ("c", "д")]
    assert cat.header_comments == ["translator comment"]
    assert cat.messages[1].lineno == text.count("\n") - 1


def test_cr_alone_error_lines_count_cr(tmp_path):
    path = tmp_path / "x.po"
    path.write_bytes(b'msgid "a"\rmsgstr "b"\r\rmsgid "c"\rmsgstr "\\q"\r')
    with pytest.raises(WorkbenchError) as info:
        read_po(path)
    assert info.value.line == 5


# -- the writer never writes what the reader refuses ---------------------------------------------------
@pytest.mark.parametrize(("field", "char"), [("msgstr", "\0"), ("msgid", "\0"), ("comment", "\0"),
                                             ("msgstr", "\x04"), ("msgid", "\x04")])
def test_writer_refuses_what_a_catalogue_cannot_hold(field, char):
    m = Message("a", "b")
    if field == "comment":
        m.translator_comments = [f"x{char}y"]
    else:
        setattr(m, field, f"x{char}y")
    with pytest.raises(WorkbenchError):
        format_po(Catalogue(messages=[m]))


@pytest.mark.parametrize("comment", ["two\nlines", "nul\0here"])
def test_writer_refuses_multi_line_comments(comment):
    with pytest.raises(WorkbenchError, match="one line"):
        format_po(Catalogue(messages=[Message("a", "b", translator_comments=[comment])]))


def test_a_stray_cr_in_a_file_with_lf_line_ends_is_what_gnu_makes_of_it():
    cat = parse_po('# a com\rment\nmsgid "a"\nmsgstr "b\rc"\n\n  msgid "d"\n\tmsgstr "e"\n')
    assert cat.header_comments == [] and cat.messages[0].translator_comments == ["a com\rment"]
    assert cat.messages[0].msgstr == "b\rc" and cat.messages[1].msgstr == "e"
    assert parse_po(format_po(cat)) == cat


@pytest.mark.parametrize(("msgid", "msgstr", "problem"), [
    ("a", "b", None),
    ("a", "", None),
    ("a", "b\n", "end with"),
    ("a", "\nb", "begin with"),
    ("a\n", "b\n", None),
    ("a", "b\0", "NUL"),
])
def test_translation_problem(msgid, msgstr, problem):
    found = translation_problem(msgid, msgstr)
    assert (found is None) if problem is None else (problem in (found or ""))


# -- verdicts on par with msgfmt --check ---------------------------------------------------------------
# (name, text, ours): ours is "ok" or the error we give. msgfmt's verdict is asserted against the
# real tool: "same" cases must agree; the others are the documented differences.
NO_PLURAL_HEADER = HEADER.replace('"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
                                  'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n', "")


def _header_with(plural: str) -> str:
    return NO_PLURAL_HEADER.replace('\n\n', f'\n"Plural-Forms: {plural}\\n"\n\n', 1) if plural else NO_PLURAL_HEADER


SAME = [
    ("plain", po('msgid "a"\nmsgstr "b"\n'), "ok"),
    ("context", po('msgctxt "c"\nmsgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "b"\n'), "ok"),
    ("plural", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n'), "ok"),
    ("fuzzy mismatch ignored", po('#, fuzzy\nmsgid "a"\nmsgstr "b\\n"\n'), "ok"),
    ("untranslated plural count ignored", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] ""\nmsgstr[1] ""\n'), "ok"),
    ("obsolete", po('#~ msgid "a"\n#~ msgstr "b"\n'), "ok"),
    ("previous msgid", po('#, fuzzy\n#| msgid "old"\nmsgid "a"\nmsgstr "b"\n'), "ok"),
    ("raw control characters", po('msgid "a"\nmsgstr "\x1b[31mred\x07"\n'), "ok"),
    ("a raw CR inside a string", po('msgid "a"\nmsgstr "b\rc"\n'), "ok"),
    ("indented keywords", po('  msgid "a"\n\tmsgstr "b"\n'), "ok"),
    ("CRLF", po('msgid "a"\nmsgstr "b"\n').replace(b"\n", b"\r\n"), "ok"),
    ("unknown keyword", po('msgfoo "a"\n'), "keyword"),
    ("domain directive", po('domain "x"\nmsgid "a"\nmsgstr "b"\n'), "syntax error"),
    ("missing msgstr", po('msgid "a"\n\nmsgid "b"\nmsgstr "c"\n'), "'msgid' inside a message"),
    ("unterminated string", po('msgid "a\nmsgstr "b"\n'), "end-of-line within string"),
    ("text after string", po('msgid "a" x\nmsgstr "b"\n'), "syntax error"),
    ("duplicate", po('msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n'), "duplicate message definition"),
    ("duplicate msgstr", po('msgid "a"\nmsgstr "b"\nmsgstr "c"\n'), "duplicate 'msgstr'"),
    ("msgstr[n] without msgid_plural", po('msgid "a"\nmsgstr[0] "b"\n'), "msgid_plural"),
    ("msgid_plural with msgstr", po('msgid "a"\nmsgid_plural "as"\nmsgstr "b"\n'), "msgstr[0]"),
    ("plural index gap", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[2] "y"\n'), "wrong index"),
    ("plural index not zero", po('msgid "a"\nmsgid_plural "as"\nmsgstr[1] "x"\nmsgstr[0] "y"\n'),
     "nonzero index"),
    ("too many plural forms", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n'
                                 'msgstr[3] "w"\n'), "4 plural forms"),
    ("too few plural forms", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\n'), "only one plural form"),
    ("msgstr ends with newline", po('msgid "a"\nmsgstr "b\\n"\n'), "end with"),
    ("msgstr begins with newline", po('msgid "a"\nmsgstr "\\nb"\n'), "begin with"),
    ("msgid_plural ends with newline", po('msgid "a"\nmsgid_plural "as\\n"\nmsgstr[0] "x"\nmsgstr[1] "y"\n'
                                          'msgstr[2] "z"\n'), "msgid_plural"),
    ("msgstr[1] ends with newline", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y\\n"\n'
                                       'msgstr[2] "z"\n'), "msgstr[1]"),
    ("plural messages without Plural-Forms", po('msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\n',
                                                NO_PLURAL_HEADER), "Plural-Forms"),
    ("plural expression", po('msgid "a"\nmsgstr "b"\n', _header_with("nplurals=2; plural=(n;")),
     "invalid plural expression"),
    ("nplurals value", po('msgid "a"\nmsgstr "b"\n', _header_with("nplurals=x; plural=0;")),
     "invalid nplurals value"),
    ("plural too large", po('msgid "a"\nmsgstr "b"\n', _header_with("nplurals=2; plural=n;")), "as large as 2"),
    ("plural negative", po('msgid "a"\nmsgstr "b"\n', _header_with("nplurals=2; plural=n-5;")), "negative"),
    ("plural division by zero", po('msgid "a"\nmsgstr "b"\n', _header_with("nplurals=2; plural=n%0;")),
     "division by zero"),
    ("invalid control sequence", po('msgid "a"\nmsgstr "\\q"\n'), "invalid control sequence"),
    ("context separator", po('msgid "a\\004b"\nmsgstr "c"\n'), "context separator"),
    ("not UTF-8 in the file", po('msgid "a"\nmsgstr "b"\n') + b'msgid "\xff"\nmsgstr ""\n', "not valid UTF-8"),
    ("trailing comments", po('msgid "a"\nmsgstr "b"\n\n# c\n#: x.c:1\n#, fuzzy\n'), "ok"),
    ("a #| previous msgid without a message", po('msgid "a"\nmsgstr "b"\n\n#| msgid "old"\n'), "'#|'"),
    ("obsolete without msgstr", po('msgid "a"\nmsgstr "b"\n\n#~ msgid "x"\n'), "missing 'msgstr'"),
]
# What we refuse and msgfmt accepts (it would compile something else than the file says).
STRICTER = [
    ("NUL escape (GNU ends the string there)", po('msgid "a"\nmsgstr "x\\0y"\n'), "NUL"),
    ("escape above a byte (GNU keeps its last byte)", po('msgid "a"\nmsgstr "\\x110000"\n'), "larger than a byte"),
    ("surrogate escape", po('msgid "a"\nmsgstr "\\xD800"\n'), "larger than a byte"),
    ("escapes that are not UTF-8", po('msgid "a"\nmsgstr "\\xff"\n'), "not UTF-8"),
    ("Plural-Forms without nplurals", po('msgid "a"\nmsgstr "b"\n', _header_with("plural=n != 1;")),
     "lacks nplurals"),
    ("a charset other than UTF-8", po('msgid "a"\nmsgstr "b"\n').replace(b"charset=UTF-8", b"charset=KOI8-R"),
     "only UTF-8"),
    ("a raw CR between keyword and string", po('msgid "a"\rmsgstr "b"\n'), "syntax error"),
    ("CR-only line endings starting with a comment (GNU reads one comment line: no messages)",
     (b"# c\r" + po('msgid "a"\nmsgstr "b"\n').replace(b"\n", b"\r")), "ok"),
]
# What we accept and msgfmt --check rejects, and why (listed in the README).
LAXER = [
    ("no header entry: `update` writes one", b'msgid "a"\nmsgstr "b"\n', "ok"),
    ("an empty file: `update` writes the catalogue", b"", "ok"),
    ("a UTF-8 byte order mark (Windows editors write one)", b"\xef\xbb\xbf" + po('msgid "a"\nmsgstr "b"\n'), "ok"),
    ("a template's Plural-Forms placeholder: templates are not compiled",
     po('msgid "a"\nmsgstr ""\n', _header_with("nplurals=INTEGER; plural=EXPRESSION;")), "ok"),
    ("format directives (c-format …) that differ: the workbench writes no format flags",
     po('#, c-format\nmsgid "a %d"\nmsgstr "b %s"\n'), "ok"),
]


def _ours(path) -> str:
    try:
        read_po(path)
    except WorkbenchError as exc:
        return str(exc)
    return "ok"


def _msgfmt_accepts(path) -> bool:
    assert MSGFMT is not None
    result = subprocess.run([MSGFMT, "--check", "-o", "/dev/null", str(path)], capture_output=True, check=False)
    return result.returncode == 0


def _case(tmp_path, data):
    path = tmp_path / "case.po"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(("name", "data", "ours"), SAME + STRICTER + LAXER, ids=[c[0] for c in SAME + STRICTER + LAXER])
def test_our_verdict(tmp_path, name, data, ours):
    verdict = _ours(_case(tmp_path, data))
    if ours == "ok":
        assert verdict == "ok", name
    else:
        assert ours in verdict, (name, verdict)
        assert verdict.startswith(str(tmp_path / "case.po") + ":"), verdict


@needs_msgfmt
@pytest.mark.parametrize(("name", "data", "ours"), SAME, ids=[c[0] for c in SAME])
def test_msgfmt_check_agrees(tmp_path, name, data, ours):
    assert _msgfmt_accepts(_case(tmp_path, data)) == (ours == "ok"), name


@needs_msgfmt
@pytest.mark.parametrize(("name", "data", "ours"), STRICTER, ids=[c[0] for c in STRICTER])
def test_msgfmt_accepts_what_we_refuse(tmp_path, name, data, ours):
    path = _case(tmp_path, data)
    if ours == "ok":   # we read it, and differently: msgfmt finds no message at all
        result = subprocess.run([MSGFMT, "--statistics", "-o", "/dev/null", str(path)], capture_output=True,
                                text=True, check=False)
        assert "0 translated" in result.stderr or result.returncode != 0
        assert len(read_po(path).messages) == 1
    else:
        assert _msgfmt_accepts(path), name


@needs_msgfmt
@pytest.mark.parametrize(("name", "data", "ours"), LAXER, ids=[c[0] for c in LAXER])
def test_msgfmt_rejects_what_we_accept(tmp_path, name, data, ours):
    assert not _msgfmt_accepts(_case(tmp_path, data)), name


@pytest.mark.parametrize(("value", "problem"), [
    ("nplurals=2; plural=(n != 1);", None),
    ("nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;",
     None),
    ("nplurals=1; plural=0;", None),
    ("nplurals=2; plural=n!=1; extra", None),
    ("nplurals=2; plural=-1;", "invalid plural expression"),
    ("nplurals=2; plural=0x1;", "invalid plural expression"),
    ("nplurals=2; plural=n=1;", "invalid plural expression"),
    ("nplurals=2; plural=n>=1000 ? 5 : 0;", "as large as 5"),
    ("nplurals=2; plural=99999999999999999999999;", "as large as 200376420520689663"),
    ("nplurals=0; plural=0;", "as large as 0"),
])
def test_plural_forms_evaluated_as_msgfmt_does(value, problem):
    found = plural_forms_problem(value)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found
