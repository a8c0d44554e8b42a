"""glossary.tsv: loading rules, problems, editing, lossless saving."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.glossary import (
    COLUMNS,
    Glossary,
    GlossaryEditError,
    Referent,
    format_glossary,
    load_glossary,
    parse_glossary,
    save_glossary,
)
from workbench.util.errors import ProblemsError, WorkbenchError

REPO = Path(__file__).resolve().parent.parent
HEADER = "\t".join(COLUMNS)


def row(**cells: str) -> str:
    return "\t".join(cells.get(c, "") for c in COLUMNS)


TOKAYEV = row(id="tokayev", type="person", en="Kassym-Jomart Tokayev", en_admitted="Tokayev; Tokaev",
              en_deprecated="Kosym-Zharmat Tokayev", ru="Касым-Жомарт Токаев", ru_admitted="Токаев",
              ru_wrong="Токаяев", kk="Қасым-Жомарт Тоқаев", kk_admitted="Тоқаев", kk_wrong="Токаев",
              note="President of Kazakhstan.")
NATO = row(id="nato", type="organisation", en="NATO", ru="НАТО", ru_decl="indecl", kk="НАТО")
ALMATY = row(id="almaty", type="place", en="Almaty", en_deprecated="Alma-Ata", ru="Алматы", kk="Алматы")

VALID = f"# a comment\n\n{HEADER}\n{TOKAYEV}\n# between\n{NATO}\n\n{ALMATY}\n"


def problems_of(text: str) -> list[str]:
    with pytest.raises(ProblemsError) as info:
        parse_glossary(text, "glossary.tsv")
    return [str(p) for p in info.value.problems]


# -- loading ----------------------------------------------------------------------------------
def test_parse_valid_fields() -> None:
    g = parse_glossary(VALID, "glossary.tsv")
    assert [r.id for r in g.referents] == ["tokayev", "nato", "almaty"]
    t = g.by_id("tokayev")
    assert t is not None and t.line == 4
    assert t.en_admitted == ("Tokayev", "Tokaev")
    assert list(t.spellings()) == [("Kassym-Jomart Tokayev", "preferred"), ("Tokayev", "admitted"),
                                   ("Tokaev", "admitted"), ("Kosym-Zharmat Tokayev", "deprecated")]
    assert t.target("ru") == "Касым-Жомарт Токаев"
    assert t.target_admitted("kk") == ("Тоқаев",)
    assert t.target_wrong("kk") == ("Токаев",)
    assert g.by_id("nato").decl("ru") == "indecl"
    assert g.by_id("almaty").line == 8
    assert g.by_id("missing") is None


def test_real_glossary_loads_and_round_trips() -> None:
    path = REPO / "glossary.tsv"
    if not path.exists():
        pytest.skip("no glossary.tsv yet")
    text = path.read_text(encoding="utf-8")
    try:
        g = load_glossary(path)
    except ProblemsError as exc:  # being written by a colleague: report, don't hide
        pytest.fail("glossary.tsv has problems:\n" + str(exc))
    assert len(g) > 0
    assert format_glossary(g) == text


def test_find_spelling_exact_and_casefold() -> None:
    g = parse_glossary(VALID, "glossary.tsv")
    assert g.find_spelling("Tokaev") == (g.by_id("tokayev"), "admitted")
    assert g.find_spelling("Alma-Ata") == (g.by_id("almaty"), "deprecated")
    assert g.find_spelling("nato") == (g.by_id("nato"), "preferred")
    assert g.find_spelling("nato", fold=False) is None
    assert g.find_spelling("Nobody") is None
    assert g.find_form("Токаев", "kk") == [(g.by_id("tokayev"), "wrong")]


def test_bom_is_tolerated_and_kept() -> None:
    text = "\ufeff" + VALID
    g = parse_glossary(text, "glossary.tsv")
    assert g.bom and len(g) == 3
    assert format_glossary(g) == text


def test_crlf_kept_also_for_new_rows() -> None:
    text = VALID.replace("\n", "\r\n")
    g = parse_glossary(text, "glossary.tsv")
    assert format_glossary(g) == text
    g.add(Referent("astana", "place", "Astana", ru="Астана", kk="Астана"))
    out = format_glossary(g)
    assert out.endswith("\tАстана\t\t\t\t\r\n") and "\n" not in out.replace("\r\n", "")


def test_missing_final_newline_kept() -> None:
    text = VALID.rstrip("\n")
    g = parse_glossary(text, "glossary.tsv")
    assert format_glossary(g) == text
    g.add(Referent("astana", "place", "Astana"))
    assert format_glossary(g).count("\n") == VALID.count("\n") + 1


def test_comments_blank_lines_and_header_order_kept() -> None:
    header = "en\tid\tnote\ttype\tcolour"
    text = f"#top\n{header}\n\nAlmaty\talmaty\tx\tplace\tred\n#c\nNATO\tnato\t\torganisation\t\n"
    g = parse_glossary(text, "glossary.tsv")
    assert g.by_id("almaty").extra == {"colour": "red"}
    assert g.by_id("almaty").ru == ""      # missing known columns are empty
    assert format_glossary(g) == text
    g.update("almaty", replace(g.by_id("almaty"), note="y"))
    assert format_glossary(g) == text.replace("\tx\t", "\ty\t")


def test_untranslated_row_is_not_an_error() -> None:
    g = parse_glossary(f"{HEADER}\n{row(id='x', type='other', en='X')}\n", "glossary.tsv")
    assert g.by_id("x").ru == "" and g.by_id("x").kk == ""


@pytest.mark.parametrize("bad_row, message", [
    ("a\tb", "2 cells, but the header has 14 columns"),
    (row(id="", type="person", en="Somebody"), "empty id"),
    (row(id="Bad Id", type="person", en="Somebody"), "invalid id 'Bad Id'"),
    (row(id="x", type="company", en="Somebody"), "unknown type 'company'"),
    (row(id="x", type="person", en=""), "empty preferred English spelling"),
    (row(id="x", type="person", en="Ann", en_admitted="Anne; Anne"), "'Anne' is listed twice as admitted"),
    (row(id="x", type="person", en="Ann", en_deprecated="Ann"), "'Ann' is listed as both preferred and deprecated"),
    (row(id="x", type="person", en="Ann", ru="Анна", ru_wrong="Анна"), "Russian spelling 'Анна'"),
])
def test_single_row_problems(bad_row: str, message: str) -> None:
    problems = problems_of(f"{HEADER}\n{TOKAYEV}\n{bad_row}\n")
    assert len(problems) == 1
    assert problems[0].startswith("glossary.tsv:3: ") and message in problems[0], problems


def test_bad_decl_cell_uses_parse_spec_message() -> None:
    pytest.importorskip("workbench.inflection.spec")
    problems = problems_of(f"{HEADER}\n{row(id='x', type='place', en='X', ru='Икс', ru_decl='sideways')}\n")
    assert len(problems) == 1 and problems[0].startswith("glossary.tsv:2: ru_decl: unknown item 'sideways'")
    problems = problems_of(f"{HEADER}\n{row(id='x', type='place', en='X', kk='Икс', kk_decl='words=decl decl')}\n")
    assert "kk_decl: words= has 2 tag(s)" in problems[0]


def test_duplicate_id_and_shared_spelling_report_all_lines() -> None:
    text = (f"{HEADER}\n{TOKAYEV}\n{NATO}\n"
            f"{row(id='nato', type='organisation', en='North Atlantic Treaty Organization')}\n"
            f"{row(id='tokayev-2', type='person', en='Tokayev')}\n")
    problems = problems_of(text)
    assert any(p.startswith("glossary.tsv:4: duplicate id 'nato' (first used on line 3)") for p in problems)
    shared = [p for p in problems if "'Tokayev'" in p]
    assert [p.split(":")[1] for p in shared] == ["2", "5"]
    assert "also claimed by tokayev-2 (line 5)" in shared[0]


def test_case_differences_are_not_conflicts() -> None:
    text = f"{HEADER}\n{row(id='us', type='place', en='US')}\n{row(id='us-pronoun', type='other', en='Us')}\n"
    assert len(parse_glossary(text, "glossary.tsv")) == 2


def test_every_problem_is_reported_in_line_order() -> None:
    text = (f"#c\n{HEADER}\n{row(id='', type='x', en='')}\n{TOKAYEV}\nshort\n"
            f"{row(id='A', type='person', en='B')}\n")
    problems = problems_of(text)
    lines = [int(p.split(":")[1]) for p in problems]
    assert lines == sorted(lines)
    assert set(lines) == {3, 5, 6}
    assert len([p for p in problems if ":3:" in p]) == 3   # id, type, en


@pytest.mark.parametrize("text, message", [
    ("", "no header row"),
    ("# only a comment\n\n", "no header row"),
    ("id\ttype\n", "header lacks column(s) en"),
    ("id\ttype\ten\ten\n", "header names column 'en' twice"),
    ("id\ttype\ten\t\n", "header column 4 has no name"),
])
def test_header_problems(text: str, message: str) -> None:
    problems = problems_of(text)
    assert message in problems[0]


def test_not_utf8_and_binary(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tsv"
    path.write_bytes((HEADER + "\n" + NATO + "\n").encode("utf-8") + "Алматы\n".encode("cp1251"))
    with pytest.raises(ProblemsError) as info:
        load_glossary(path)
    assert str(info.value).startswith(f"{path}:3: not UTF-8")
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(WorkbenchError, match="binary file"):
        load_glossary(path)
    with pytest.raises(WorkbenchError, match="no such file"):
        load_glossary(tmp_path / "missing.tsv")


# -- editing ----------------------------------------------------------------------------------
def test_add_update_remove_add_variant() -> None:
    g = parse_glossary(VALID, "glossary.tsv")
    astana = g.add(Referent("astana", "place", "Astana", en_admitted=("Nur-Sultan",), ru="Астана"))
    assert g.find_spelling("Nur-Sultan") == (astana, "admitted")
    g.update("astana", replace(astana, kk="Астана"))
    assert g.by_id("astana").kk == "Астана"
    assert g.add_variant("almaty", "Alma Ata") is True
    assert g.add_variant("almaty", "Alma Ata") is False
    assert g.find_spelling("Alma Ata")[1] == "admitted"
    assert g.add_variant("almaty", "Алма-Ата", "wrong", lang="ru") is True
    assert g.by_id("almaty").ru_wrong == ("Алма-Ата",)
    with pytest.raises(GlossaryEditError, match="already the deprecated"):
        g.add_variant("almaty", "Alma-Ata")
    removed = g.remove("nato")
    assert removed.id == "nato" and g.by_id("nato") is None and g.find_spelling("NATO") is None
    g.remove(g.by_id("astana"))
    text = format_glossary(g)
    assert "# between\n" in text and "nato" not in text
    assert parse_glossary(text, "glossary.tsv") == g


def test_update_can_rename_and_keeps_position() -> None:
    g = parse_glossary(VALID, "glossary.tsv")
    g.replace(g.by_id("nato"), replace(g.by_id("nato"), id="north-atlantic"))
    assert [r.id for r in g.referents] == ["tokayev", "north-atlantic", "almaty"]


@pytest.mark.parametrize("referent, message", [
    (Referent("x", "place", "A\tB"), "tab or line break"),
    (Referent("x", "place", "A", note="line\nbreak"), "tab or line break"),
    (Referent("x", "place", "A", en_admitted=("B\r",)), "tab or line break"),
    (Referent("x", "place", "A", extra={"colour": "re\td"}), "tab or line break"),
    (Referent("x", "place", "A;B"), "cannot contain ';'"),
    (Referent("X", "place", "A"), "invalid id"),
    (Referent("x", "planet", "A"), "unknown type"),
    (Referent("x", "place", ""), "empty preferred English"),
    (Referent("nato", "place", "Nato"), "duplicate id 'nato'"),
    (Referent("x", "place", "Tokaev"), "'Tokaev' already belongs to 'tokayev'"),
])
def test_bad_edits_raise_value_error(referent: Referent, message: str) -> None:
    g = parse_glossary(VALID, "glossary.tsv")
    before = format_glossary(g)
    with pytest.raises(ValueError, match=message) as info:
        g.add(referent)
    assert isinstance(info.value, WorkbenchError)
    assert format_glossary(g) == before


def test_bad_decl_on_edit() -> None:
    pytest.importorskip("workbench.inflection.spec")
    g = parse_glossary(VALID, "glossary.tsv")
    with pytest.raises(GlossaryEditError, match="ru_decl"):
        g.update("nato", replace(g.by_id("nato"), ru_decl="acc"))


def test_from_row_and_cells() -> None:
    values = dict.fromkeys(COLUMNS, "") | {"id": "x", "type": "person", "en": " Ann ",
                                        "en_admitted": "A; ; B ", "colour": "red"}
    r = Referent.from_row(values)
    assert r.en == "Ann" and r.en_admitted == ("A", "B") and r.extra == {"colour": "red"}
    assert r.cell("en_admitted") == "A; B" and r.cell("colour") == "red"


# -- saving -----------------------------------------------------------------------------------
def test_save_unchanged_is_byte_identical_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tsv"
    data = ("\ufeff" + VALID.replace("\n", "\r\n")).encode("utf-8")
    path.write_bytes(data)
    g = load_glossary(path)
    assert save_glossary(g) is False
    assert path.read_bytes() == data


def test_save_after_edit_updates_lines(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tsv"
    path.write_text(VALID, encoding="utf-8")
    g = load_glossary(path)
    g.remove("tokayev")
    g.add(Referent("astana", "place", "Astana"))
    assert save_glossary(g) is True
    again = load_glossary(path)
    assert again == g
    assert [r.line for r in g.referents] == [r.line for r in again.referents] == [5, 7, 8]


def test_new_glossary_gets_standard_header(tmp_path: Path) -> None:
    g = Glossary()
    g.add(Referent("astana", "place", "Astana", extra={"colour": "blue"}))
    path = tmp_path / "g.tsv"
    save_glossary(g, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == HEADER + "\tcolour"
    assert load_glossary(path) == g
    with pytest.raises(WorkbenchError):
        save_glossary(Glossary())


def test_header_grows_when_a_missing_known_column_is_filled() -> None:
    g = parse_glossary("id\ttype\ten\n#c\nnato\torganisation\tNATO\n", "glossary.tsv")
    g.update("nato", replace(g.by_id("nato"), ru="НАТО"))
    assert format_glossary(g) == "id\ttype\ten\tru\n#c\nnato\torganisation\tNATO\tНАТО\n"


# -- round-trip properties ----------------------------------------------------------------------
_word = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp"),
                              exclude_characters=";#\ufeff"), min_size=1, max_size=8).map(str.strip).filter(bool)
_ids = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4})?", fullmatch=True)


@st.composite
def referents(draw, ident: str) -> Referent:
    forms = draw(st.lists(_word, min_size=1, max_size=5, unique=True))
    ru = draw(st.lists(_word, max_size=3, unique=True))
    return Referent(
        ident, draw(st.sampled_from(["person", "place", "organisation", "other"])),
        forms[0], tuple(forms[1:3]), tuple(forms[3:]),
        ru[0] if ru else "", tuple(ru[1:2]), tuple(ru[2:]), "",
        draw(st.sampled_from(["", "Алматы"])), (), (), "",
        draw(st.sampled_from(["", "a note", "x\u00a0y"])),
        extra=draw(st.sampled_from([{}, {"colour": "red"}])),
    )


@st.composite
def glossaries(draw) -> Glossary:
    ids = draw(st.lists(_ids, max_size=6, unique=True))
    g = Glossary()
    for ident in ids:
        r = draw(referents(ident))
        with contextlib.suppress(GlossaryEditError):   # spelling clash between random referents
            g.add(r)
    return g


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(glossaries())
def test_parse_format_round_trip(g: Glossary) -> None:
    assert parse_glossary(format_glossary(g), "glossary.tsv") == g


_lines = st.lists(st.sampled_from([
    "# comment", "#", "", "   ", TOKAYEV, NATO, ALMATY,
    row(id="b", type="other", en=" spaced ", en_admitted="x ;y;;", note=" n "),
]), max_size=8)


@settings(max_examples=80, deadline=None)
@given(_lines, st.sampled_from(["\n", "\r\n"]), st.booleans(), st.booleans())
def test_format_parse_round_trip_text(lines: list[str], nl: str, bom: bool, final: bool) -> None:
    seen: set[str] = set()
    body = []
    for line in lines:   # keep ids unique so the text is valid
        key = line.split("\t")[0]
        if "\t" in line and key in seen:
            continue
        seen.add(key)
        body.append(line)
    text = ("\ufeff" if bom else "") + nl.join([HEADER, *body]) + (nl if final else "")
    assert format_glossary(parse_glossary(text, "glossary.tsv")) == text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_a_sheet_saved_as_unicode_text_is_read_and_saved_as_it_came(tmp_path: Path, codec: str) -> None:
    """Excel's "Unicode Text" export of a sheet: tab-separated UTF-16 with a byte-order mark and
    CRLF. It loads as the UTF-8 file does, an unchanged save is byte-identical, and an edit is
    saved in UTF-16 with its mark and line endings, so the sheet opens again as it was."""
    text = "\ufeff" + VALID.replace("\n", "\r\n")
    path = tmp_path / "glossary.tsv"
    path.write_bytes(text.encode(codec))
    g = load_glossary(path)
    assert len(g) == 3 and g.encoding == codec
    assert [r.id for r in g] == [r.id for r in parse_glossary(VALID, "glossary.tsv")]
    assert save_glossary(g) is False and path.read_bytes() == text.encode(codec)
    g.add(Referent("astana", "place", "Astana", ru="Астана", kk="Астана"))
    assert save_glossary(g, expected=g.fingerprint) is True
    data = path.read_bytes()
    assert data.startswith("\ufeff".encode(codec)) and data.decode(codec).endswith("\tАстана\t\t\t\t\r\n")
    assert [r.id for r in load_glossary(path)][-1] == "astana"


def test_broken_utf16_is_one_clear_problem(tmp_path: Path) -> None:
    path = tmp_path / "glossary.tsv"
    path.write_bytes(("\ufeff" + VALID).encode("utf-16-le") + b"\x00\xd8")   # a lone high surrogate
    with pytest.raises(ProblemsError, match="not valid UTF-16"):
        load_glossary(path)
