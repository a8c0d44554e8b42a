"""The lossless document model: blocks, segments, skeleton, loading errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.text.documents import (
    Document,
    find_documents,
    load_document,
    make_msgid,
    parse_document,
)
from workbench.util.errors import WorkbenchError

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(p.name for p in SEEDS.iterdir() if p.suffix in (".txt", ".md"))


def seed(name: str) -> Document:
    return load_document(SEEDS / name, ROOT)


def md(text: str) -> Document:
    return parse_document(text, relpath="doc.md", format="markdown")


def txt(text: str) -> Document:
    return parse_document(text, relpath="doc.txt", format="text")


def msgids(doc: Document) -> list[str]:
    return [s.msgid for s in doc.segments]


def structure(doc: Document) -> list[tuple[str, list[str]]]:
    return [(b.kind, [doc.segments[i].msgid for i in b.segments]) for b in doc.blocks]


def check_invariants(doc: Document) -> None:
    """Everything the rest of the workbench relies on."""
    text = doc.text
    assert doc.assemble(lambda s: None) == text
    assert "".join(_interleave(doc.skeleton(), [s.source for s in doc.segments])) == text
    assert len(doc.skeleton()) == len(doc.segments) + 1
    previous_end = 0
    for i, seg in enumerate(doc.segments):
        assert seg.index == i
        assert previous_end <= seg.start < seg.end <= len(text)
        assert seg.source == text[seg.start:seg.end]
        assert seg.source == seg.source.strip() and seg.source
        assert seg.line == text.count("\n", 0, seg.start) + 1
        block = doc.blocks[seg.block]
        assert i in block.segments
        assert block.start <= seg.start and seg.end <= block.end
        assert "\n" not in seg.msgid and "\r" not in seg.msgid
        previous_end = seg.end
    previous_block_end = 0
    for b in doc.blocks:
        assert b.kind in {"heading", "paragraph", "list_item", "byline", "separator"}
        assert previous_block_end <= b.start <= b.end
        assert b.line == text.count("\n", 0, b.start) + 1
        previous_block_end = b.end
        if b.kind == "separator":
            assert b.segments == ()


def _interleave(skeleton: list[str], sources: list[str]):
    for piece, source in zip(skeleton, sources + [""]):
        yield piece
        yield source


# --------------------------------------------------------------------------
# Seeds


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_round_trips_byte_for_byte(name: str) -> None:
    doc = seed(name)
    check_invariants(doc)
    assert doc.assemble(lambda s: None).encode("utf-8") == (SEEDS / name).read_bytes()
    assert doc.relpath == f"seeds/{name}"
    assert doc.name == Path(name).stem
    assert doc.path == (SEEDS / name).absolute()
    assert len(doc.segments) > 10


def test_seed_titles() -> None:
    assert seed("01-initial-report.txt").title == "Kazakhstan: Initial Report"
    assert seed("02-russian-socialist-movement.txt").title == "Protests rise against repression in Kazakhstan"
    assert seed("03-international-solidarity.txt").title.startswith("The Republican Socialist Platform is")
    assert seed("04-detroit-workers-voice.txt").title == "Solidarity with the militant workers of Kazakhstan!"
    assert seed("05-tendenza-internazionale.md").title == (
        "WITH THE WORKERS AND PEOPLE'S UPRISING IN KAZAKHSTAN Down With the Capitalist Regime, Russian Troops Go Home!"
    )


def test_seed_01_lines() -> None:
    doc = seed("01-initial-report.txt")
    ids = msgids(doc)
    assert ids[0] == "Kazakhstan: Initial Report"
    assert ids[1] == (
        "Paul Murphy, member of RISE in Ireland and member of the Irish Parliament, posted on Facebook, Jan 7:"
    )
    assert "3,000 troops from the OKDB have been sent in – this is effectively the Russian equivalent of NATO." in ids
    assert "He’s 100% right, and we should rise to the challenge." in ids
    assert structure(doc)[-3:] == [
        ("heading", ["Reform & Revolution"]),
        ("list_item", ["posts"]),
        ("paragraph", ["A Marxist Caucus in DSA.", "Join us and subscribe to our magazine to support us!"]),
    ]


def test_seed_02_missing_space_and_bullets() -> None:
    doc = seed("02-russian-socialist-movement.txt")
    blocks = structure(doc)
    assert ("list_item", ["Immediately release all detained protesters and political prisoners."]) in blocks
    item = next(b for b in blocks if b[1] and b[1][0].startswith("Stop the military"))
    assert item[0] == "list_item"
    assert item[1][:2] == [
        "Stop the military intervention of the CSTO member states.",
        "We call on the Kazakh left to participate in the protests and defense of Kazakhstan against military incursion.",
    ]
    # Bullets and dashes are skeleton, not segment text.
    assert "• " in "".join(doc.skeleton())
    assert ("list_item", ["Altleft.org website editorial office,"]) in blocks
    assert ("byline", ["6 January 2022"]) in blocks
    assert ("byline", ["10 Jan 2022"]) in blocks
    assert ("heading", ["Report of London Picket of Kazakhstan Embassy"]) in blocks
    assert "the violence…." in " ".join(msgids(doc))
    assert any(m.startswith("UN rights chief Michelle Bachelet said:") for m in msgids(doc))


def test_seed_04_bylines_urls_and_broken_heading() -> None:
    doc = seed("04-detroit-workers-voice.txt")
    blocks = structure(doc)
    assert blocks[:4] == [
        ("byline", ["To: Detroit/Seattle Workers' Voice mailing list"]),
        ("byline", ["January 13, 2022"]),
        ("heading", ["Solidarity with the militant workers of Kazakhstan!"]),
        ("byline", ["by Joseph Green, Detroit Workers’ Voice"]),
    ]
    # A heading broken over two lines is one segment; its msgid has no line break.
    heading = doc.segments[msgids(doc).index(
        "Building solidarity with Kazakhstani workers in 2022 faces the same obstacles as it did in 2012"
    )]
    assert heading.source == "Building solidarity with Kazakhstani workers in 2022\nfaces the same obstacles as it did in 2012"
    assert doc.blocks[heading.block].kind == "heading"
    assert heading.line == 26
    assert (
        "From the September 2012 issue of ‘Communist Voice’ (http://www.communistvoice.org/47cJanaozen.html):"
        in msgids(doc)
    )
    assert any(m.endswith("(see http://www.communistvoice.org/47cJanaozen.html).") for m in msgids(doc))
    # " <>" end marks and the NBSP indentation stay in the skeleton.
    assert not any("<>" in m for m in msgids(doc))
    assert "Picture: A scene from the protests" in msgids(doc)
    assert blocks[-2:] == [("byline", ["January 14, 2022"]), ("byline", ["e-mail: mail@communistvoice.org"])]


def test_seed_05_markdown_and_page_breaks() -> None:
    doc = seed("05-tendenza-internazionale.md")
    first = doc.blocks[0]
    assert first.kind == "heading" and first.line == 3
    heading = doc.segments[first.segments[0]]
    assert heading.source.startswith("WITH THE WORKERS") and heading.source.endswith("Go Home!")
    skeleton = doc.skeleton()
    assert skeleton[0] == "\n\n## **"
    assert skeleton[1].startswith("**\n\n")
    assert "(from about 0.12 to 0.24 euros per litre)" in " ".join(msgids(doc))
    # "...What's the nature of this\n\nconfrontation?" is one sentence across a page break.
    broken = next(s for s in doc.segments if s.msgid == "What's the nature of this confrontation?")
    assert broken.source == "What's the nature of this\n\nconfrontation?"
    assert broken.line == 25
    joined = next(s for s in doc.segments if "has upheld the allegation" in s.msgid)
    assert "has upheld\n\nthe allegation" in joined.source
    assert "the" not in [m.split()[0] for m in msgids(doc)]  # no segment starts mid-sentence
    # Inline emphasis stays in the segment; whole-paragraph ** is skeleton.
    assert any(m.startswith("Against this de facto international support") and "*we express" in m for m in msgids(doc))
    assert msgids(doc)[-1] == "Tendenza Internazionale Rivoluzionaria, January 10, 2022"
    assert skeleton[-1] == "**"  # the seed has no final newline


# --------------------------------------------------------------------------
# Markdown and plain-text structure


def test_markdown_constructs() -> None:
    text = (
        "# Title here #\n"
        "\n"
        "Intro with a [link](http://x.org/a.html). Second *sentence* here.  \n"
        "\n"
        "- first item\n"
        "* second item. Two sentences!\n"
        "+ third\n"
        "1. numbered\n"
        "2) also numbered\n"
        "\n"
        "> Quoted text. More.\n"
        "\n"
        "```python\n"
        "print('Not a sentence.')\n"
        "```\n"
        "\n"
        "---\n"
        "***\n"
        "* * *\n"
        "\n"
        "**Whole paragraph in bold.**\n"
        "###### Deep\n"
    )
    doc = md(text)
    check_invariants(doc)
    assert structure(doc) == [
        ("heading", ["Title here"]),
        ("paragraph", ["Intro with a [link](http://x.org/a.html).", "Second *sentence* here."]),
        ("list_item", ["first item"]),
        ("list_item", ["second item.", "Two sentences!"]),
        ("list_item", ["third"]),
        ("list_item", ["numbered"]),
        ("list_item", ["also numbered"]),
        ("paragraph", ["Quoted text.", "More."]),
        ("separator", []),
        ("separator", []),
        ("separator", []),
        ("paragraph", ["Whole paragraph in bold."]),
        ("heading", ["Deep"]),
    ]
    assert doc.title == "Title here"


def test_markdown_soft_wrapped_paragraph_is_one_block() -> None:
    doc = md("A sentence that is\nwrapped over lines. And a\nsecond one.\n")
    assert structure(doc) == [("paragraph", ["A sentence that is wrapped over lines.", "And a second one."])]


def test_unclosed_fence_runs_to_the_end() -> None:
    doc = md("Before.\n\n~~~\ncode. Code.\n")
    assert msgids(doc) == ["Before."]
    check_invariants(doc)


def test_markdown_title_without_markup() -> None:
    doc = md("Intro **bold** and [a link](http://x.org) with \\$5.\n")
    assert doc.title == "Intro bold and a link with $5."


def test_plain_text_lines_are_blocks_and_separators() -> None:
    doc = txt("Heading line\nFirst paragraph. Two.\n---\n* * *\n• bullet one\n- dash item\n12) numbered\n")
    assert structure(doc) == [
        ("heading", ["Heading line"]),
        ("paragraph", ["First paragraph.", "Two."]),
        ("separator", []),
        ("separator", []),
        ("list_item", ["bullet one"]),
        ("list_item", ["dash item"]),
        ("list_item", ["numbered"]),
    ]


def test_page_break_join_needs_missing_punctuation_and_lower_case() -> None:
    doc = txt("It goes on and\n\n\non here.\nComplete.\n\nlower case start.\n")
    assert msgids(doc) == ["It goes on and on here.", "Complete.", "lower case start."]
    assert doc.segments[0].source == "It goes on and\n\n\non here."
    check_invariants(doc)


def test_crlf_and_bom_are_preserved() -> None:
    text = "\ufeffTitle\r\n\r\nOne sentence. Another one and\r\nbroken.\r\n"
    doc = txt(text)
    check_invariants(doc)
    assert doc.skeleton()[0] == "\ufeff"
    assert msgids(doc) == ["Title", "One sentence.", "Another one and broken."]
    assert doc.segments[2].source == "Another one and\r\nbroken."
    assert doc.title == "Title"


def test_assemble_replaces_segments_only() -> None:
    doc = txt("- One. Two.\n\nThree\n")
    out = doc.assemble(lambda s: s.msgid.upper() if s.index != 1 else None)
    assert out == "- ONE. Two.\n\nTHREE\n"


def test_make_msgid_collapses_only_breaking_whitespace() -> None:
    assert make_msgid("a  b\t c") == "a  b\t c"
    assert make_msgid("a \n\n b") == "a b"
    assert make_msgid("a\r\nb") == "a b"


# --------------------------------------------------------------------------
# Loading and errors


def test_load_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"fine line\nsecond \xc3\xa9 ok\nthird \xff here\n")
    with pytest.raises(WorkbenchError) as err:
        load_document(bad, tmp_path)
    assert str(err.value) == "bad.txt:3: not valid UTF-8 (byte 0xff at column 7)"
    assert err.value.line == 3 and err.value.path == "bad.txt"

    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"text\x00\x01\x02")
    with pytest.raises(WorkbenchError, match="binary"):
        load_document(binary, tmp_path)

    for content in (b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"):
        empty = tmp_path / "empty.md"
        empty.write_bytes(content)
        with pytest.raises(WorkbenchError, match="no text to translate"):
            load_document(empty, tmp_path)

    with pytest.raises(WorkbenchError, match="not found") as err:
        load_document(tmp_path / "missing.txt", tmp_path)
    assert err.value.path == "missing.txt"

    with pytest.raises(WorkbenchError):
        load_document(tmp_path, tmp_path)


def test_load_markdown_and_relpath(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    path = tmp_path / "src" / "Note.MARKDOWN"
    path.write_bytes(b"\xef\xbb\xbf# Head\r\n\r\nBody text.\r\n")
    doc = load_document(path, tmp_path)
    assert (doc.relpath, doc.name, doc.format, doc.title) == ("src/Note.MARKDOWN", "Note", "markdown", "Head")
    assert doc.assemble(lambda s: None).encode("utf-8") == path.read_bytes()


def test_find_documents(tmp_path: Path) -> None:
    for name in ("b.md", "a.txt", "c.markdown", "d.po", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    assert [p.name for p in find_documents(tmp_path)] == ["a.txt", "b.md", "c.markdown"]
    with pytest.raises(WorkbenchError, match="not found"):
        find_documents(tmp_path / "nope")
    assert [p.name for p in find_documents(SEEDS)] == SEED_FILES


# --------------------------------------------------------------------------
# Properties

_PIECES = st.sampled_from(
    [
        "a", "B", "z", "7", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\r", ".", "?", "!", "…", ",", ":",
        "#", "## ", "**", "*", "_", "`", "```", "~~~", ">", "> ", "- ", "* ", "+ ", "1. ", "• ", "---",
        "[x](y)", "U.S.", "e.g.", "Mr.", "\ufeff", "\xa0", "й", "😀", "word", "Word", "end.", "lower",
        "http://a.org/b.Html", "x@y.org",
    ]
)
_DOC_TEXT = st.lists(_PIECES, max_size=80).map("".join) | st.text(max_size=300)


@settings(max_examples=500, deadline=None)
@given(_DOC_TEXT, st.sampled_from(["text", "markdown"]))
def test_parse_is_lossless_and_well_formed(text: str, fmt: str) -> None:
    doc = parse_document(text, relpath="x/doc.txt", format=fmt)
    check_invariants(doc)


@settings(max_examples=200, deadline=None)
@given(_DOC_TEXT, st.sampled_from(["text", "markdown"]))
def test_assemble_with_translations_keeps_skeleton(text: str, fmt: str) -> None:
    doc = parse_document(text, relpath="doc", format=fmt)
    out = doc.assemble(lambda s: f"<{s.index}>")
    expected = "".join(_interleave(doc.skeleton(), [f"<{i}>" for i in range(len(doc.segments))]))
    assert out == expected


# --------------------------------------------------------------------------
# The seeds' segmentation is frozen by their catalogues


@pytest.mark.parametrize("name", SEED_FILES)
def test_seed_segments_match_the_committed_template(name: str) -> None:
    """Every msgid of every seed segment, with its line, is exactly what ``locale/<doc>.pot`` holds.

    A change to the segmentation rules that moved one seed boundary would orphan a
    translation in every catalogue; this proves the rules leave the seeds alone.
    """
    polib = pytest.importorskip("polib")
    doc = seed(name)
    ours: dict[str, list[tuple[str, str]]] = {}
    for s in doc.segments:
        ours.setdefault(s.msgid, []).append((doc.relpath, str(s.line)))
    template = polib.pofile(str(ROOT / "locale" / f"{Path(name).stem}.pot"))
    assert [(e.msgid, e.occurrences) for e in template] == list(ours.items())


# --------------------------------------------------------------------------
# Plain text: list items and headings


def test_plain_text_list_markers_and_headings() -> None:
    doc = txt(
        "Report\n\n"
        "1. Introduction\n\n"
        "The strike began. It spread.\n\n"
        "Chapter 3. The Strike\n\n"
        "Part II. The Aftermath\n\n"
        "a. first point\nb. second point\n\n"
        "A. Smith said so.\n\n"
        "(1) one\n(2) two\niv) four\n1.2. five\n\n"
        "Our demands\n\n"
        "- dash item\n"
    )
    check_invariants(doc)
    assert structure(doc) == [
        ("heading", ["Report"]),
        ("heading", ["Introduction"]),          # a numbered heading: the number is skeleton
        ("paragraph", ["The strike began.", "It spread."]),
        ("heading", ["Chapter 3. The Strike"]),  # one segment: "3." numbers the chapter
        ("heading", ["Part II. The Aftermath"]),
        ("list_item", ["first point"]),
        ("list_item", ["second point"]),
        ("paragraph", ["A. Smith said so."]),    # a lone "A." is an initial, not an item
        ("list_item", ["one"]),
        ("list_item", ["two"]),
        ("list_item", ["four"]),
        ("list_item", ["five"]),
        ("heading", ["Our demands"]),
        ("list_item", ["dash item"]),
    ]
    assert doc.skeleton()[1] == "\n\n1. "


def test_short_line_between_blank_lines_is_a_heading_even_in_lower_case() -> None:
    doc = txt("intro\n\nSee below for the details. Read on.\n\nthe end\n")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "heading"]
    # ... but a line ending with final punctuation is not.
    assert [b.kind for b in txt("A short one.\n\nNext.\n").blocks] == ["paragraph", "paragraph"]


def test_marker_alone_on_its_line_is_not_a_list_item() -> None:
    doc = txt("1)\nText.\n")
    check_invariants(doc)
    assert msgids(doc) == ["1)", "Text."] or msgids(doc) == ["Text."]
