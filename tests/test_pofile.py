"""PO parsing and GNU-identical writing (checked against msgcat/msgfmt on this machine)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.gettext import Catalogue, Message, canonical_flags, format_po, parse_po, read_po, write_po
from workbench.util.errors import WorkbenchError

HAVE_GETTEXT = shutil.which("msgcat") is not None and shutil.which("msgfmt") is not None
needs_gettext = pytest.mark.skipif(not HAVE_GETTEXT, reason="GNU gettext tools not installed")

HEADER = '''msgid ""
msgstr ""
"Project-Id-Version: workbench 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
'''

LONG_EN = ("The uprising has been met with really brutal repression – with the army joining the "
           "police in it. He estimated that 100 people have been killed in the city of Almaty alone.")
LONG_RU = ("Восстание было встречено действительно жестокими репрессиями – армия присоединилась к "
           "полиции. По его оценкам, только в Алматы убито 100 человек, сказал он «Интерфаксу».")

SAMPLE = f'''# Russian translation of the seeds.
# Copyright (C) 2024
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: workbench 1.0\\n"
"Report-Msgid-Bugs-To: \\n"
"POT-Creation-Date: 2024-01-01 00:00+0000\\n"
"PO-Revision-Date: 2024-01-02 10:00+0600\\n"
"Last-Translator: A translator with a rather long name indeed <a.very.long.address@example.com>\\n"
"Language-Team: Russian\\n"
"Language: ru\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

#  translator comment with two spaces
#
#. extracted comment
#: seeds/01-initial-report.txt:1 seeds/01-initial-report.txt:22 seeds/01-initial-report.txt:333 seeds/01-initial-report.txt:4444 seeds/no-line.txt
#, fuzzy
#| msgid "He is 100% right"
msgid "He’s 100% right"
msgstr "Он прав на 100%"

msgid "{LONG_EN}"
msgstr "{LONG_RU}"

msgctxt "heading"
msgid "tab\\there \\"quoted\\" back\\\\slash and a line\\nbreak in the middle of a string that is long enough to wrap\\n"
msgstr "таб\\tздесь «кавычки» \\"quoted\\"\\n"

#, no-wrap
msgid "{LONG_EN}"
"\\nsecond line"
msgstr "{LONG_RU}"

msgid "one file"
msgid_plural "%d files"
msgstr[0] "{LONG_RU}"
msgstr[1] "файла"
msgstr[2] "файлов"

msgid "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p"
msgstr "x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z/w/x/y/z"

# obsolete comment
#, fuzzy
#~| msgid "old text that was changed"
#~ msgid "{LONG_EN} (obsolete)"
#~ msgstr "{LONG_RU}"

#~ msgctxt "ctx"
#~ msgid "obsolete two"
#~ msgstr "устаревшее"
'''


def msgcat(text: str, tmp_path: Path, name: str = "in.po") -> str:
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    out = subprocess.run(["msgcat", str(src)], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def msgfmt_check(text: str, tmp_path: Path) -> subprocess.CompletedProcess:
    src = tmp_path / "check.po"
    src.write_text(text, encoding="utf-8")
    return subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(src)], capture_output=True, text=True)


# --------------------------------------------------------------------------- parsing


def test_parse_keeps_everything() -> None:
    cat = parse_po(SAMPLE, "locale/ru/LC_MESSAGES/x.po")
    assert cat.header_comments == ["Russian translation of the seeds.", "Copyright (C) 2024"]
    assert cat.header_flags == ["fuzzy"]
    assert cat.metadata["Language"] == "ru"
    assert cat.metadata["Report-Msgid-Bugs-To"] == ""
    assert next(iter(cat.metadata)) == "Project-Id-Version"
    m = cat.get("He’s 100% right")
    assert m is not None
    assert m.translator_comments == [" translator comment with two spaces", ""]
    assert m.extracted_comments == ["extracted comment"]
    assert m.references[:2] == [("seeds/01-initial-report.txt", 1), ("seeds/01-initial-report.txt", 22)]
    assert m.references[-1] == ("seeds/no-line.txt", None)
    assert m.fuzzy and not m.translated
    assert m.previous_msgid == "He is 100% right"
    assert m.lineno == 24
    ctx = cat.get('tab\there "quoted" back\\slash and a line\nbreak in the middle of a string that is '
                  "long enough to wrap\n", "heading")
    assert ctx is not None and ctx.msgstr.startswith("таб\tздесь")
    plural = cat.get("one file")
    assert plural.msgid_plural == "%d files" and plural.msgstr_plural[2] == "файлов"
    assert plural.translated
    obsolete = [m for m in cat.messages if m.obsolete]
    assert [m.msgctxt for m in obsolete] == [None, "ctx"]
    assert obsolete[0].previous_msgid == "old text that was changed"
    assert obsolete[0].translator_comments == ["obsolete comment"] and obsolete[0].fuzzy
    assert cat.messages[-1].lineno == SAMPLE.splitlines().index('#~ msgid "obsolete two"') + 1
    assert len(cat.live()) == 6


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        (HEADER + '\nmsgid "ok"\nmsgstr "fine"\n\nmsgid "broken\nmsgstr ""\n', 9, "end-of-line within string"),
        (HEADER + '\nmsgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', 9, "duplicate message definition"),
        (HEADER + '\nmsgid "a"\nmsgstring "b"\n', 7, "unknown"),
        (HEADER + '\nmsgstr "b"\n', 6, "msgstr"),
        (HEADER + '\nmsgid "a"\n\nmsgid "b"\nmsgstr ""\n', 8, "msgid"),
        (HEADER + '\nmsgid "a"\nmsgstr "b" junk\n', 7, "syntax error"),
        (HEADER + '\nmsgid "a\\q"\nmsgstr "b"\n', 6, "invalid control sequence"),
        (HEADER + '\nmsgid "a"\nmsgstr "b"\n"continued\n', 8, "end-of-line within string"),
        (HEADER + '\nwhat is this\n', 6, "syntax error"),
    ],
)
def test_syntax_errors_have_path_and_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(WorkbenchError) as info:
        parse_po(text, "locale/ru/LC_MESSAGES/x.po")
    err = info.value
    assert err.path == "locale/ru/LC_MESSAGES/x.po"
    assert err.line == line, str(err)
    assert fragment in err.message
    assert str(err).startswith(f"locale/ru/LC_MESSAGES/x.po:{line}: ")


def test_unterminated_string_message() -> None:
    with pytest.raises(WorkbenchError, match=r"x.po:6: end-of-line within string"):
        parse_po(HEADER + '\nmsgid "oops\nmsgstr ""\n', "x.po")


def test_read_po_rejects_non_utf8(tmp_path: Path) -> None:
    p = tmp_path / "bad.po"
    p.write_bytes(HEADER.encode() + b'\nmsgid "a"\nmsgstr "\xff"\n')
    with pytest.raises(WorkbenchError) as info:
        read_po(p)
    assert info.value.line == 7


def test_escapes_octal_hex_and_crlf() -> None:
    cat = parse_po(HEADER.replace("\n", "\r\n") + '\r\nmsgid "a\\101\\x42"\r\nmsgstr "\\a\\b\\f\\v\\r"\r\n')
    m = cat.get("aAB")
    assert m is not None and m.msgstr == "\a\b\f\v\r"


def test_get_is_indexed_and_sees_appends() -> None:
    cat = parse_po(SAMPLE)
    cat.messages.append(Message("new one", "новый"))
    assert cat.get("new one").msgstr == "новый"
    assert cat.get("obsolete two", "ctx").obsolete
    assert cat.get("missing") is None


# --------------------------------------------------------------------------- writing


@needs_gettext
def test_format_is_byte_identical_to_msgcat(tmp_path: Path) -> None:
    cat = parse_po(SAMPLE)
    ours = format_po(cat)
    assert ours == msgcat(SAMPLE, tmp_path)
    # and msgcat leaves our output alone
    assert msgcat(ours, tmp_path, "ours.po") == ours
    assert parse_po(ours) == cat


@needs_gettext
def test_written_files_pass_msgfmt_check(tmp_path: Path) -> None:
    cat = parse_po(HEADER + '\nmsgid "He’s 100% right"\nmsgstr "Он прав на 100%"\n')
    text = format_po(cat)
    assert "python-format" not in text
    result = msgfmt_check(text, tmp_path)
    assert result.returncode == 0, result.stderr
    assert parse_po(text) == cat


@needs_gettext
def test_cyrillic_width_is_counted_in_characters(tmp_path: Path) -> None:
    # 70 Cyrillic letters = 140 bytes, but only 70 columns: must not be wrapped
    word = "ж" * 33
    text = HEADER + f'\nmsgid "x"\nmsgstr "{word} {word}"\n'
    ours = format_po(parse_po(text))
    assert f'msgstr "{word} {word}"\n' in ours
    assert ours == msgcat(text, tmp_path)


def test_write_po_is_atomic_and_skips_unchanged(tmp_path: Path) -> None:
    cat = parse_po(SAMPLE)
    target = tmp_path / "ru" / "x.po"
    assert write_po(cat, target) is True
    mtime = target.stat().st_mtime_ns
    assert write_po(cat, target) is False
    assert target.stat().st_mtime_ns == mtime
    again = read_po(target)
    assert again == cat and again.path == target


@needs_gettext
def test_msgmerge_and_reordering_lose_nothing(tmp_path: Path) -> None:
    cat = parse_po(SAMPLE)
    po = tmp_path / "ru.po"
    write_po(cat, po)
    pot = tmp_path / "t.pot"
    template = Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8"},
                         messages=[Message(m.msgid, msgctxt=m.msgctxt, msgid_plural=m.msgid_plural,
                                           references=m.references)
                                   for m in cat.live()])
    write_po(template, pot)
    out = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", str(out), str(po), str(pot)],
                   check=True)
    merged = read_po(out)
    for m in cat.live():
        got = merged.get(m.msgid, m.msgctxt)
        assert got is not None
        assert (got.msgstr, got.msgstr_plural, got.translator_comments) == \
            (m.msgstr, m.msgstr_plural, m.translator_comments)
    # Poedit-style: entries reordered (sorted by msgid) - same catalogue content
    shuffled = Catalogue(header_comments=cat.header_comments, header_flags=cat.header_flags,
                         metadata=cat.metadata,
                         messages=sorted(cat.live(), key=lambda m: m.msgid) + cat.obsolete())
    back = parse_po(format_po(shuffled))
    order = lambda m: (m.obsolete, m.msgctxt or "", m.msgid)  # noqa: E731
    assert sorted(back.messages, key=order) == sorted(cat.messages, key=order)


# --------------------------------------------------------------------------- properties

_FLAG_CHOICES = ["no-wrap", "c-format", "python-format", "no-python-format"]
# (a catalogue cannot store NUL: the writer refuses it, see test_hardening_gettext.py)
_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\x04"), max_size=120)
# alphabet GNU and we classify identically (ASCII, Latin-1, Cyrillic, punctuation, CJK)
_REAL_CHARS = st.one_of(
    st.sampled_from(list(" \n\t\"\\'") + [" "] * 6),
    st.characters(min_codepoint=0x21, max_codepoint=0x7E),
    st.characters(min_codepoint=0xA1, max_codepoint=0xFF),
    st.characters(min_codepoint=0x410, max_codepoint=0x44F),
    st.sampled_from(list("«»—–…’“”„№€₸ ·§°ёЁҚқҒғҮүҰұӘәІіҢңӨөҺһ")),
    st.sampled_from(list("漢字かな、。")),
)
_REAL_TEXT = st.one_of(
    st.text(_REAL_CHARS, max_size=60),
    st.lists(st.sampled_from(["word", "longer", "Алматы", "—", "x-y", "a/b", "\\n", "12,5"]),
             max_size=60).map(" ".join),
    st.text(_REAL_CHARS, min_size=60, max_size=300),
)
_COMMENT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\r\x00\x04"), max_size=40)
_FNAME = st.from_regex(r"[a-z][a-z0-9_-]{0,12}(/[a-z0-9_-]{1,12}){0,2}\.(txt|md)", fullmatch=True)


@st.composite
def messages(draw, text=_ANY_TEXT, obsolete=False, comment=_COMMENT):
    msgid = draw(text)
    msgctxt = draw(st.none() | text)
    if msgid == "" and msgctxt is None:
        msgctxt = ""
    plural = draw(st.booleans()) and draw(st.integers(0, 9)) == 0
    m = Message(msgid, msgctxt=msgctxt)
    if plural:
        m.msgid_plural = draw(text)
        m.msgstr_plural = {i: draw(text) for i in range(draw(st.integers(1, 3)))}
    else:
        m.msgstr = draw(text)
    if obsolete and not m.first_msgstr:
        if plural:
            m.msgstr_plural[0] = "x"
        else:
            m.msgstr = "x"
    flags = draw(st.lists(st.sampled_from(_FLAG_CHOICES), max_size=2, unique=True))
    if m.first_msgstr and draw(st.booleans()):
        flags.append("fuzzy")
    m.flags = canonical_flags(flags)
    m.translator_comments = draw(st.lists(comment, max_size=2))
    m.extracted_comments = draw(st.lists(comment, max_size=2))
    m.references = draw(st.lists(st.tuples(_FNAME, st.none() | st.integers(1, 99999)), max_size=8, unique=True))
    if draw(st.booleans()):
        m.previous_msgid = draw(text)
        m.previous_msgctxt = draw(st.none() | text)
    m.obsolete = obsolete
    return m


def _dedupe(msgs: list[Message]) -> list[Message]:
    seen, out = set(), []
    for m in msgs:
        if (m.msgctxt, m.msgid) not in seen:
            seen.add((m.msgctxt, m.msgid))
            out.append(m)
    return out


@st.composite
def catalogues(draw, text=_ANY_TEXT, min_size=0, max_size=8, comment=_COMMENT):
    live = _dedupe(draw(st.lists(messages(text, comment=comment), min_size=min_size, max_size=max_size)))
    keys = {(m.msgctxt, m.msgid) for m in live}
    old = [m for m in _dedupe(draw(st.lists(messages(text, obsolete=True, comment=comment), max_size=3)))
           if (m.msgctxt, m.msgid) not in keys]
    meta_keys = st.from_regex(r"[A-Za-z][A-Za-z-]{0,20}", fullmatch=True)
    meta_values = comment if comment is not _COMMENT else st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\n\x00\x04"), max_size=90)
    metadata = draw(st.dictionaries(meta_keys, meta_values, max_size=4))
    metadata["Content-Type"] = "text/plain; charset=UTF-8"
    return Catalogue(
        header_comments=draw(st.lists(comment, max_size=2)),
        header_flags=draw(st.sampled_from([[], ["fuzzy"]])),
        metadata=metadata,
        messages=live + old,
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogues())
def test_roundtrip_arbitrary_unicode(cat: Catalogue) -> None:
    assert parse_po(format_po(cat)) == cat


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalogues())
def test_roundtrip_arbitrary_unicode_at_length(cat: Catalogue) -> None:
    """The same property over many more examples (run with --slow, as CI does)."""
    assert parse_po(format_po(cat)) == cat


_PIECES = (list(" \n\t\"\\'") + [" "] * 12 + [chr(c) for c in range(0x21, 0x7F)]
           + [chr(c) for c in range(0xA1, 0x100)] + [chr(c) for c in range(0x410, 0x450)]
           + list("«»—–…’“”„№€₸ ·§°ёЁҚқҒғҮүҰұӘәІіҢңӨөҺһ漢字かな、。")
           + ["word ", "longer ", "Алматы ", " — ", "x-y", "a/b", "12,5 "] * 8)


def _random_text(rnd) -> str:
    n = rnd.choice([0, 1, 5, 20, 60, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 150, 400])
    return "".join(rnd.choice(_PIECES) for _ in range(n))


def _random_catalogue(rnd, size: int) -> Catalogue:
    msgs = []
    for i in range(size):
        m = Message(_random_text(rnd) + f" #{i}", _random_text(rnd))
        if rnd.random() < 0.2:
            m.msgctxt = _random_text(rnd)
        if rnd.random() < 0.2:
            m.previous_msgid = _random_text(rnd)
        if rnd.random() < 0.1:
            m.flags.append("no-wrap")
        if m.msgstr and rnd.random() < 0.2:
            m.flags.insert(0, "fuzzy")
        if rnd.random() < 0.3:
            # (without repeats: a repeated reference is written once, as GNU writes it, so it
            # would not read back the same; seed 63766 drew one)
            m.references = list(dict.fromkeys((f"seeds/{rnd.randrange(99)}-file.txt", rnd.randrange(1, 9999))
                                              for _ in range(rnd.randrange(12))))
        if rnd.random() < 0.1 and m.msgstr:
            m.obsolete = True
        msgs.append(m)
    msgs.sort(key=lambda m: m.obsolete)
    return Catalogue(metadata={"Project-Id-Version": _random_text(rnd).replace("\n", " "),
                               "Content-Type": "text/plain; charset=UTF-8"}, messages=msgs)


@needs_gettext
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.integers(0, 2**32))
def test_msgcat_leaves_our_output_identical(tmp_path_factory, seed: int) -> None:
    import random

    rnd = random.Random(seed)
    # one msgcat process per example; each example holds 300 messages (~1000 strings)
    tmp = tmp_path_factory.mktemp("cat")
    cat = _random_catalogue(rnd, 300)
    text = format_po(cat)
    assert msgcat(text, tmp) == text
    assert parse_po(text) == cat


@needs_gettext
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(catalogues(_REAL_TEXT, min_size=8, max_size=15,
                  # GNU's lexer joins a line ending in a backslash with the next one
                  comment=st.text(_REAL_CHARS.filter(lambda c: c not in "\n\t"), max_size=90)
                  .filter(lambda c: not c.endswith("\\"))))
def test_msgcat_identity_hypothesis_catalogues(tmp_path_factory, cat: Catalogue) -> None:
    tmp = tmp_path_factory.mktemp("cat")
    text = format_po(cat)
    src = tmp / "h.po"
    src.write_text(text, encoding="utf-8")
    out = subprocess.run(["msgcat", str(src)], capture_output=True)
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout.decode("utf-8") == text


def test_parse_po_restores_the_garbage_collector_state() -> None:
    import gc

    from workbench.util.errors import WorkbenchError

    assert gc.isenabled()
    parse_po('msgid "a"\nmsgstr "b"\n')
    assert gc.isenabled()
    with pytest.raises(WorkbenchError):
        parse_po('msgid "a"\nmsgstr "b"\nbogus\n')
    assert gc.isenabled()
    gc.disable()
    try:
        parse_po('msgid "a"\nmsgstr "b"\n')
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_continuation_fast_path_keeps_errors_and_escapes() -> None:
    from workbench.util.errors import WorkbenchError

    cat = parse_po('msgid ""\n"a \\"q\\" "\n"b"\nmsgstr ""\n"x\\\\"\n"y"\n\n#~ msgid "o"\n#~ msgstr ""\n#~ "p"\n')
    assert [(m.msgid, m.msgstr, m.obsolete) for m in cat.messages] == [('a "q" b', "x\\y", False), ("o", "p", True)]
    for bad in ('msgid "a"\n"b" "c"\nmsgstr ""\n', 'msgid "a"\nmsgstr ""\n#~ "p"\n',
                '#~ msgid "a"\n#~ msgstr "b"\n"c"\n', '"a"\nmsgid "a"\nmsgstr ""\n'):
        with pytest.raises(WorkbenchError):
            parse_po(bad)


# --------------------------------------------------------------------------- format directives


def test_directives_that_wrapping_keeps_whole() -> None:
    """Where a line may not break in a format string: after the first character of each valid
    directive; a rejected directive ends the parse (gettext 0.21's format-c.c, format-python.c)."""
    from workbench.gettext.directives import inside_directives, message_format

    assert message_format(["fuzzy", "python-format"]) == "python"
    assert message_format(["c-format", "python-format"]) == "c"          # GNU's order: C first
    assert message_format(["no-c-format"]) is None
    assert inside_directives("100%% done", "python") == {4}
    assert inside_directives("%(name)s left", "python") == set(range(1, 8))
    assert inside_directives("%s and %(x)s", "python") == {1}             # mixing named and unnamed: stop
    assert inside_directives("%a then %d", "python") == set()             # no %a in 0.21: stop at once
    assert inside_directives("% -10% x %d", "c") == {1, 2, 3, 4, 5, 10}
    assert inside_directives("%<PRId64> %m", "c") == set(range(1, 9)) | {11}
    assert inside_directives("%1$d %d", "c") == {1, 2, 3}                 # numbered then unnumbered: stop
    assert inside_directives("%I d", "c") == set() and inside_directives("%I d", "c", translated=True) == {1, 2, 3}
    assert inside_directives("100%% done", None) == set()


@needs_gettext
def test_msgcat_never_breaks_inside_a_directive(tmp_path: Path) -> None:
    """A hypothesis example that once failed (a python-format msgid broken between the two
    characters of %%), and directive-dense strings with every format flag: msgcat's bytes."""
    import random

    found = Message("¿字p_7У¸¦ю¯ң字¸“ÒҢý8я’”â³ә#ЕЕҢңù“гҚ¨なýТмÜҰУß.%%о)ӨbÊ+²CäөчXМюK’oúrÙъùü$ң®lМºҢ--"
                    "НBКТПБUҢNӨЮ0\xad\tÕs°JYоіÅәZß\"€éAәðÛ÷", msgstr="x", flags=["python-format"])
    found.obsolete = True
    pieces = ["%", "%%", "%s", "%d", "%(name)s", "%(a(b)c)d", "% d", "%5.2f", "%-*d", "%.*s", "%1$s", "%2$d",
              "%*1$d", "%ld", "%hhd", "%zu", "%I d", "%'d", "%<PRId64>", "%m", "%F", "%a", "%(x)*d", "%(", "% -1%",
              "ß.", "о)", "word", "Алматы", " ", " ", " ", "—", "-", "/", "字", "«", "x-y", "100%", "%%о)", "\n", '"']
    rnd = random.Random(20261204)
    messages = [Message("x", msgstr="y"), found]
    for k in range(300):
        m = Message(f"{k} " + "".join(rnd.choice(pieces) for _ in range(rnd.randint(5, 60))),
                    msgstr="".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))) or "x",
                    flags=rnd.choice([["c-format"], ["python-format"], ["c-format", "python-format"],
                                      ["no-c-format"], []]))
        messages.append(m)
    text = format_po(Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8"}, messages=messages))
    src = tmp_path / "d.po"
    src.write_text(text, encoding="utf-8")
    out = subprocess.run(["msgcat", str(src)], capture_output=True, check=True)
    assert out.stdout.decode("utf-8") == text
