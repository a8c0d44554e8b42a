"""Glossary export (TBX, OmegaT, CSV) and import (TBX, CSV) with merging."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.glossary import COLUMNS, Glossary, Referent, format_glossary, load_glossary, parse_glossary
from workbench.glossary import exchange as tf
from workbench.util.errors import WorkbenchError

REPO = Path(__file__).resolve().parent.parent
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def make_glossary() -> Glossary:
    return Glossary([
        Referent("tokayev", "person", "Kassym-Jomart Tokayev", ("Tokayev", "Tokaev"), ("Kosym-Zharmat",),
                 "Касым-Жомарт Токаев", ("Токаев",), ("Токаяев",), "m",
                 "Қасым-Жомарт Тоқаев", ("Тоқаев",), ("Токаев",), "", "Official spelling <&> \"quoted\""),
        Referent("nato", "organisation", "NATO", ("North Atlantic Treaty Organization",), (),
                 "НАТО", (), (), "indecl", "НАТО", (), (), "acronym", ""),
        Referent("zhanaozen", "place", "Zhanaozen", ("Janaozen",), ("Zhanaozyen",),
                 "Жанаозен", (), ("Жанаозэн",), "", "", (), (), "", "not yet in Kazakh"),
    ])


# -- TBX ------------------------------------------------------------------------------------------
def test_tbx_structure() -> None:
    root = ET.fromstring(tf.export_tbx(make_glossary()).encode("utf-8"))
    assert root.tag == "martif"
    entries = root.findall("./text/body/termEntry")
    assert [e.get("id") for e in entries] == ["tokayev", "nato", "zhanaozen"]
    tok = entries[0]
    assert tok.find("descrip[@type='subjectField']").text == "person"
    assert tok.find("note").text == "Official spelling <&> \"quoted\""
    assert [ls.get(XML_LANG) for ls in tok.findall("langSet")] == ["en", "ru", "kk"]
    en = [(t.findtext("term"), t.findtext("termNote[@type='administrativeStatus']"))
          for t in tok.find("langSet").findall("tig")]
    assert en == [("Kassym-Jomart Tokayev", "preferredTerm-admn-sts"), ("Tokayev", "admittedTerm-admn-sts"),
                  ("Tokaev", "admittedTerm-admn-sts"), ("Kosym-Zharmat", "deprecatedTerm-admn-sts")]
    ru_pref = tok.findall("langSet")[1].find("tig")
    assert ru_pref.findtext("termNote[@type='grammaticalGender']") == "masculine"
    assert [ls.get(XML_LANG) for ls in entries[2].findall("langSet")] == ["en", "ru"]   # no kk yet


def test_tbx_round_trip(tmp_path: Path) -> None:
    g = make_glossary()
    [path] = tf.export(g, "tbx", tmp_path)
    assert path.name == "glossary.tbx"
    tb = tf.read_termbase(path)
    assert tb.problems == []
    assert tb.referents == g.referents


def test_tbx_round_trip_real_glossary() -> None:
    path = REPO / "glossary.tsv"
    if not path.exists():
        pytest.skip("no glossary.tsv yet")
    g = load_glossary(path)
    tb = tf.parse_tbx(tf.export_tbx(g), "glossary.tbx")
    assert tb.referents == [replace(r, extra={}) for r in g.referents]


def test_tbx_import_tolerates_other_producers() -> None:
    text = """<?xml version="1.0" encoding="UTF-8"?>
<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Core">
<text><body>
  <conceptEntry id="c17">
    <descrip type="subjectField">politics</descrip>
    <langSec xml:lang="en-GB"><termSec><term>Almaty</term></termSec>
       <termSec><term>Alma-Ata</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
    </langSec>
    <langSec xml:lang="ru-RU"><termSec><term>Алматы</term></termSec></langSec>
    <langSec xml:lang="de"><termSec><term>Almaty</term></termSec></langSec>
  </conceptEntry>
  <conceptEntry id="Not A Slug!">
    <langSec xml:lang="en"><termSec><term>European Union</term>
       <termNote type="normativeAuthorization">admittedTerm</termNote></termSec>
       <termSec><term>EU</term></termSec></langSec>
  </conceptEntry>
  <conceptEntry id="c19"><langSec xml:lang="ru"><termSec><term>Никто</term></termSec></langSec></conceptEntry>
</body></text></tbx>
"""
    tb = tf.parse_tbx(text, "other.tbx")
    almaty, eu = tb.referents
    assert (almaty.id, almaty.type, almaty.en, almaty.en_deprecated, almaty.ru) == \
        ("c17", "other", "Almaty", ("Alma-Ata",), "Алматы")
    # an explicitly admitted term is not preferred: the one without a status is
    assert (eu.id, eu.en, eu.en_admitted) == ("eu", "EU", ("European Union",))
    # a concept of other languages only is nothing for an English-source glossary: left out, said so
    assert tb.problems == [] and tb.notes == ["other.tbx: 1 entry(ies) without an English term left out (line 17)"]
    assert "kk" not in tb.columns and "note" not in tb.columns and "type" not in tb.columns
    assert "ru" in tb.columns


def test_tbx_preferred_status_wins_over_order() -> None:
    text = """<martif><text><body><termEntry id="eu"><langSet xml:lang="en">
      <tig><term>EU</term></tig>
      <tig><term>European Union</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      <tig><term>Common Market</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet></termEntry></body></text></martif>"""
    [r] = tf.parse_tbx(text, "a.tbx").referents
    assert (r.en, r.en_admitted, r.en_deprecated) == ("European Union", ("EU",), ("Common Market",))


def test_tbx_ntig_and_tig_in_martif() -> None:
    text = """<martif type="TBX"><text><body><termEntry id="x1"><langSet lang="en">
    <ntig><termGrp><term>Astana</term></termGrp>
      <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></ntig>
    </langSet></termEntry></body></text></martif>"""
    [r] = tf.parse_tbx(text, "a.tbx").referents
    assert (r.id, r.en) == ("x1", "Astana")


@pytest.mark.parametrize("text, message, line", [
    ("<martif>\n<text>\n<body></text></martif>", "not well-formed XML", 3),
    ("<html><body/></html>", "not a TBX file", 1),
    ('<?xml version="1.0"?>\n<!DOCTYPE m [<!ENTITY a "aaaa">]>\n<martif/>', "entity declarations", 2),
])
def test_tbx_errors_have_lines(tmp_path: Path, text: str, message: str, line: int) -> None:
    path = tmp_path / "bad.tbx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WorkbenchError, match=message) as info:
        tf.read_termbase(path)
    assert info.value.path == str(path) and info.value.line == line


# -- OmegaT ---------------------------------------------------------------------------------------
def test_omegat_export(tmp_path: Path) -> None:
    g = make_glossary()
    paths = tf.export(g, "omegat", tmp_path, ["ru", "kk"])
    assert [p.name for p in paths] == ["glossary.en-ru.utf8", "glossary.en-kk.utf8"]
    ru = paths[0].read_text(encoding="utf-8").splitlines()
    assert ru[0].startswith("#") and "coding: utf-8" in ru[0]
    rows = [line.split("\t") for line in ru[1:]]
    assert all(len(r) in (2, 3) for r in rows)
    assert [r[0] for r in rows[:4]] == ["Kassym-Jomart Tokayev", "Tokayev", "Tokaev", "Kosym-Zharmat"]
    assert {r[1] for r in rows[:4]} == {"Касым-Жомарт Токаев"}
    assert "DEPRECATED" in rows[3][2] and "not: Токаяев" in rows[0][2]
    kk = paths[1].read_text(encoding="utf-8")
    assert "Zhanaozen" not in kk          # not translated into Kazakh: left out
    assert "NATO\tНАТО\n" in kk           # no comment column when there is nothing to say


# -- CSV ------------------------------------------------------------------------------------------
def test_csv_export_import_round_trip(tmp_path: Path) -> None:
    g = make_glossary()
    [path] = tf.export(g, "csv", tmp_path)
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == list(COLUMNS)
    tb = tf.read_termbase(path)
    assert tb.referents == g.referents and not tb.match_by_en


def test_csv_simple_form_merges_by_english_spelling(tmp_path: Path) -> None:
    g = make_glossary()
    path = tmp_path / "terms.csv"
    path.write_text("en,ru,kk\nTokaev,Токаев,Тоқаев-new\nKassym-Jomart Tokayev,К.-Ж. Токаев,\n"
                    "Astana,Астана,Астана\n\"Almaty, city\",Алматы,\nZhanaozen,Жанаозэн,\nNATO,НАТО,НАТО\n"
                    "Janaozen,,Жаңаөзен;Жанаозен\n",
                    encoding="utf-8")
    summary = tf.import_into(g, path)
    assert [str(p) for p in summary.problems] == [
        f"{path}:6: zhanaozen: 'Жанаозэн' is listed as a wrong ru form",
        f"{path}:8: zhanaozen: kk: the preferred form cannot contain ';' ('Жаңаөзен;Жанаозен')"]
    assert (summary.added, summary.updated, summary.unchanged) == (2, 2, 1)
    tok = g.by_id("tokayev")
    assert tok.en == "Kassym-Jomart Tokayev"
    assert tok.ru == "К.-Ж. Токаев" and tok.ru_admitted == ("Касым-Жомарт Токаев", "Токаев")  # preferred en
    assert tok.kk == "Қасым-Жомарт Тоқаев" and tok.kk_admitted == ("Тоқаев", "Тоқаев-new")      # admitted en
    assert g.by_id("astana").type == "other"
    assert g.by_id("almaty-city").en == "Almaty, city"


def test_csv_without_header_and_semicolons() -> None:
    tb = tf.parse_csv("Astana;Астана;Астана\n", "t.csv")
    assert tb.match_by_en and tb.referents[0].ru == "Астана"


def test_csv_errors() -> None:
    with pytest.raises(WorkbenchError, match="unknown column 'kz'") as info:
        tf.parse_csv("en,ru,kz\nA,B,C\n", "t.csv")
    assert str(info.value).startswith("t.csv:1:")
    with pytest.raises(WorkbenchError, match="empty CSV"):
        tf.parse_csv("\n\n", "t.csv")
    tb = tf.parse_csv("id,type,en\nx,place,X\ny,place\n", "t.csv")
    assert [str(p) for p in tb.problems] == ["t.csv:3: 2 cells, but the header has 3 columns"]


# -- merging --------------------------------------------------------------------------------------
def test_merge_adds_updates_and_reports_conflicts() -> None:
    g = make_glossary()
    incoming = tf.Termbase("in.tbx", [
        replace(g.by_id("nato"), note="Alliance", line=3),                     # update
        Referent("astana", "place", "Astana", ru="Астана", line=9),            # add
        Referent("tokaev-dup", "person", "Tokaev", line=12),                   # spelling owned by tokayev
        Referent("bad", "planet", "Mars", line=15),                            # invalid row
        replace(g.by_id("zhanaozen"), line=20),                                # unchanged
    ], frozenset(COLUMNS))
    summary = tf.merge(g, incoming)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 1)
    assert summary.ids == ["nato", "astana"]
    messages = [str(p) for p in summary.problems]
    assert messages[0].startswith("in.tbx:12: ") and "'Tokaev' already belongs to 'tokayev'" in messages[0]
    assert messages[1].startswith("in.tbx:15: ") and "unknown type 'planet'" in messages[1]
    assert g.by_id("nato").note == "Alliance" and g.by_id("tokaev-dup") is None
    # the merged glossary is still a valid file
    assert parse_glossary(format_glossary(g), "g.tsv") == g


def test_merge_only_touches_provided_columns() -> None:
    """A partial TBX entry updates the terms it names and keeps the others (issue 12: it used to
    wipe the admitted, deprecated and wrong cells of every entry it touched)."""
    g = make_glossary()
    tb = tf.parse_tbx("""<martif><text><body><termEntry id="tokayev">
      <langSet xml:lang="en"><tig><term>Kassym-Jomart Tokayev</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>К.-Ж. Токаев</term></tig></langSet>
    </termEntry></body></text></martif>""", "x.tbx")
    summary = tf.merge(g, tb)
    assert summary.updated == 1
    tok = g.by_id("tokayev")
    # the new preferred form; the old one becomes admitted; nothing removed; decl not in file: kept
    assert tok.ru == "К.-Ж. Токаев" and tok.ru_admitted == ("Касым-Жомарт Токаев", "Токаев")
    assert tok.ru_wrong == ("Токаяев",) and tok.ru_decl == "m"
    assert tok.en_admitted == ("Tokayev", "Tokaev") and tok.en_deprecated == ("Kosym-Zharmat",)
    assert tok.kk == "Қасым-Жомарт Тоқаев" and tok.note.startswith("Official")         # not provided: kept
    assert summary.changes == ["tokayev: ru: 'Касым-Жомарт Токаев' -> 'К.-Ж. Токаев'",
                               "tokayev: ru_admitted: 'Токаев' -> 'Касым-Жомарт Токаев; Токаев'"]


def test_tbx_provided_columns_are_decided_per_entry() -> None:
    g = make_glossary()
    tb = tf.parse_tbx("""<martif><text><body>
      <termEntry id="nato"><langSet xml:lang="en"><tig><term>NATO</term></tig></langSet>
        <langSet xml:lang="kk"><tig><term>НАТО</term></tig>
          <tig><term>Солтүстік Атлантика шарты ұйымы</term>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig></langSet></termEntry>
      <termEntry id="zhanaozen"><langSet xml:lang="en"><tig><term>Zhanaozen</term></tig></langSet></termEntry>
    </body></text></martif>""", "x.tbx")
    summary = tf.merge(g, tb)
    zh = g.by_id("zhanaozen")
    # the first entry's Kazakh langSet says nothing about the second entry's Kazakh cells
    assert zh.ru_wrong == ("Жанаозэн",) and zh.note == "not yet in Kazakh" and zh.en_admitted == ("Janaozen",)
    assert g.by_id("nato").kk_admitted == ("Солтүстік Атлантика шарты ұйымы",)
    assert g.by_id("nato").kk_decl == "acronym"
    assert (summary.updated, summary.unchanged) == (1, 1)


def test_tbx_term_changes_status() -> None:
    g = make_glossary()
    tb = tf.parse_tbx("""<martif><text><body><termEntry id="tokayev">
      <langSet xml:lang="en"><tig><term>Kassym-Jomart Tokayev</term></tig></langSet>
      <langSet xml:lang="ru"><tig><term>Касым-Жомарт Токаев</term></tig>
        <tig><term>Токаев</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet></termEntry></body></text></martif>""", "x.tbx")
    summary = tf.merge(g, tb)
    tok = g.by_id("tokayev")
    assert tok.ru_admitted == () and tok.ru_wrong == ("Токаев", "Токаяев")
    assert summary.changes == ["tokayev: ru_admitted: 'Токаев' -> ''",
                               "tokayev: ru_wrong: 'Токаяев' -> 'Токаев; Токаяев'"]


def test_import_tsv_and_unknown_format(tmp_path: Path) -> None:
    g = make_glossary()
    other = tmp_path / "other.tsv"
    other.write_text("id\ttype\ten\tru\nastana\tplace\tAstana\tАстана\n", encoding="utf-8")
    assert tf.import_into(g, other).added == 1
    with pytest.raises(WorkbenchError, match="unknown termbase format"):
        tf.import_into(g, tmp_path / "x.docx") if (tmp_path / "x.docx").write_text("x") else None
    with pytest.raises(WorkbenchError, match="unknown export format"):
        tf.export(g, "pdf", tmp_path)


TBX_MIN = """<?xml version='1.0' encoding="UTF-8"?>
<TBX dialect="TBX-Min" xml:lang="en">
  <header><languages source="en" target="ru"/><id>sample</id></header>
  <body>
    <conceptEntry id="C002">
      <subjectField>place</subjectField>
      <langGroup xml:lang="en">
        <termGroup><term>Astana</term><termStatus>preferred</termStatus></termGroup>
        <termGroup><term>Akmola</term><termStatus>deprecated</termStatus></termGroup>
      </langGroup>
      <langGroup xml:lang="ru"><termGroup><term>Астана</term></termGroup></langGroup>
    </conceptEntry>
    <entry id="e2"><langGroup xml:lang="en"><termGroup><term>Aral Sea</term></termGroup></langGroup></entry>
  </body>
</TBX>
"""


def test_tbx_min_is_read() -> None:
    """TBX-Min (the LTAC dialect for small glossaries): <TBX>, entry/conceptEntry, langGroup,
    termGroup with termStatus, subjectField as an element."""
    termbase = tf.parse_tbx(TBX_MIN, "min.tbx")
    astana, aral = termbase.referents
    assert (astana.type, astana.en, astana.en_deprecated, astana.ru) == ("place", "Astana", ("Akmola",), "Астана")
    assert aral.en == "Aral Sea" and aral.type == "other"


def test_another_tools_ids_name_its_own_concepts(tmp_path: Path) -> None:
    """Two termbases from another tool both number their entries c1, c2…: the second file's c1 is
    another concept and becomes a referent of its own; an entry whose English the glossary
    already has is merged into that referent, whatever its id; our own export's ids still match."""
    g = make_glossary()

    def tbx(entries: str) -> str:
        return f'<martif type="TBX" xml:lang="en"><text><body>{entries}</body></text></martif>'

    def entry(ident: str, en: str, ru: str) -> str:
        return (f'<termEntry id="{ident}"><langSet xml:lang="en"><tig><term>{en}</term></tig></langSet>'
                f'<langSet xml:lang="ru"><tig><term>{ru}</term></tig></langSet></termEntry>')

    first = tf.merge(g, tf.parse_tbx(tbx(entry("c1", "Astana", "Астана")), "a.tbx"))
    assert first.added == 1 and g.by_id("c1").ru == "Астана"
    second = tf.merge(g, tf.parse_tbx(tbx(entry("c1", "Aral Sea", "Аральское море")
                                          + entry("c2", "Janaozen", "Жанаозен")), "b.tbx"))
    assert g.by_id("c1").en == "Astana" and g.by_id("c1").ru == "Астана"       # not overwritten
    assert g.find_spelling("Aral Sea", fold=False)[0].ru == "Аральское море"
    assert second.added == 1 and second.unchanged == 1                          # Janaozen: zhanaozen's
    assert g.find_spelling("Janaozen", fold=False)[0].id == "zhanaozen" and g.by_id("c2") is None
    back = tf.merge(g, tf.parse_tbx(tf.export_tbx(g), "ours.tbx"))
    assert back.added == 0 and back.updated == 0


def test_csv_headers_of_other_tools() -> None:
    """Google's and Crowdin's glossaries name language columns by code (with a region, or as
    "Term [ru]"); columns of languages the project lacks are left out and said so; Weblate's and
    DeepL's source,target take the target's language from --language."""
    tb = tf.parse_csv("en,da,ru-RU\ncheese,ost,сыр\n", "g.csv")
    [cheese] = tb.referents
    assert (cheese.en, cheese.ru) == ("cheese", "сыр")
    assert tb.notes == ["g.csv:1: column(s) 'da' left out: not a language of this project"]
    tb = tf.parse_csv("Term [en],Term [kk]\nsteppe,дала\n", "crowdin.csv")
    assert (tb.referents[0].en, tb.referents[0].kk) == ("steppe", "дала")
    with pytest.raises(WorkbenchError, match="say which language its target column is with --language"):
        tf.parse_csv("source,target\nsteppe,степь\n", "weblate.csv")
    tb = tf.parse_csv("source,target\nsteppe,степь\n", "weblate.csv", "ru")
    assert (tb.referents[0].en, tb.referents[0].ru) == ("steppe", "степь")


def test_a_headerless_csv_in_another_script_is_not_taken_for_russian() -> None:
    """Weblate's headerless export of a Czech glossary is no en,ru file: importing it so would
    fill the Russian column with Czech. A few Latin names in a Russian column are fine."""
    czech = "Edit,Upravit\nHOWTO,Jak\naction,činnost\n"
    with pytest.raises(WorkbenchError, match="column 2 \\(taken as ru\\) has no Cyrillic letter in 3 rows"):
        tf.parse_csv(czech, "cs.csv")
    tb = tf.parse_csv("Facebook,Facebook\nRISE,RISE\nAstana,Астана\n", "ru.csv")
    assert [r.ru for r in tb.referents] == ["Facebook", "RISE", "Астана"]


def test_an_entry_whose_only_english_is_deprecated_says_so() -> None:
    tb = tf.parse_tbx('<martif type="TBX"><text><body><termEntry id="e1"><langSet xml:lang="en"><tig>'
                      '<term>data bus</term><termNote type="administrativeStatus">obsolete</termNote></tig>'
                      '</langSet></termEntry></body></text></martif>', "w.tbx")
    assert [p.message for p in tb.problems] == [
        "termEntry's only English term is deprecated (data bus): no spelling to use"]


def test_omegat_glossaries_are_imported(tmp_path: Path) -> None:
    """OmegaT's own glossary files (.utf8, .tab, tab-separated .txt; source, target, comment; no
    header): the language from the name (glossary.en-ru.utf8) or --language; our export read
    back changes nothing; a new term's comment becomes its note."""
    g = make_glossary()
    ru, _kk = tf.export(g, "omegat", tmp_path, ["ru", "kk"])
    summary = tf.merge(g, tf.read_termbase(ru))
    assert (summary.added, summary.updated, summary.problems) == (0, 0, [])
    theirs = tmp_path / "project_glossary.txt"
    theirs.write_text("# OmegaT\nAstana\tАстана\tthe capital since 1997\nsteppe\tдала\n", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="names no language: say which its targets are in with --language"):
        tf.read_termbase(theirs)
    summary = tf.merge(g, tf.read_termbase(theirs, "kk"))
    assert summary.added == 2
    astana = g.find_spelling("Astana", fold=False)[0]
    assert (astana.kk, astana.note, astana.ru) == ("Астана", "the capital since 1997", "")


def test_an_entry_is_matched_by_its_preferred_english_only() -> None:
    """An entry whose preferred English is new, but one of whose other spellings another referent
    owns, is no part of that referent: it is a conflict, reported, and nothing is merged."""
    g = make_glossary()
    tbx = ('<martif type="TBX"><text><body><termEntry id="c9"><langSet xml:lang="en">'
           '<tig><term>Kazakh President</term><termNote type="administrativeStatus">preferredTerm-admn-sts'
           '</termNote></tig><tig><term>Tokaev</term></tig></langSet></termEntry></body></text></martif>')
    before = g.by_id("tokayev")
    summary = tf.merge(g, tf.parse_tbx(tbx, "c.tbx"))
    assert summary.added == 0 and summary.updated == 0
    assert "'Tokaev' already belongs to 'tokayev'" in summary.problems[0].message
    assert g.by_id("tokayev") == before


def test_csv_of_another_tool_keeps_its_terms_and_says_what_it_left_out() -> None:
    """MateCat's glossary CSV: a language column each, Notes after each, a domain; the first
    description column becomes the note, the other columns are left out and said so; "source"
    alone (IATI's column of URLs) is no English column."""
    tb = tf.parse_csv("domain,definition,en-US,Notes,ru-RU,Notes,it-IT\n"
                      "Oil,Where the strike began,Zhanaozen,x,Жанаозен,y,Zhanaozen\n", "matecat.csv")
    [row] = tb.referents
    assert (row.en, row.ru, row.note) == ("Zhanaozen", "Жанаозен", "Where the strike began")
    assert tb.notes == ["matecat.csv:1: column(s) 'it-IT' left out: not a language of this project",
                        "matecat.csv:1: column(s) 'domain', 'Notes', 'Notes' left out: not a glossary column"]
    with pytest.raises(WorkbenchError, match=r"no header row, and column 2 \(taken as ru\) has no Cyrillic"):
        tf.parse_csv("term,source,ES\nactivity,https://example.org,actividad\nagreed,https://example.org/a,"
                     "acordado\nbudget,https://example.org/b,presupuesto\n", "iati.csv")
    tb = tf.parse_csv("en-GB,it-IT\nContact,Contatto\n,Solo italiano\n", "matecat.csv")
    assert [r.en for r in tb.referents] == ["Contact"]
    assert tb.notes[-1] == "matecat.csv: 1 row(s) without English left out (line 3)"


def test_multiterm_xml_is_read() -> None:
    """SDL MultiTerm's XML export (<mtf>): conceptGrp, languageGrp named by <language lang>,
    termGrp; a definition kept in a descripGrp becomes the note; TBX-Basic's ntig, which holds
    a termGrp of its own, still gives one term."""
    mtf = """<?xml version="1.0" encoding="utf-8"?>
<mtf>
  <conceptGrp>
    <concept>1</concept>
    <languageGrp><language type="Russian" lang="RU-RU"/><termGrp><term>Жанаозен</term></termGrp></languageGrp>
    <languageGrp><language type="English" lang="EN-GB"/>
      <termGrp><term>Zhanaozen</term></termGrp><termGrp><term>Janaozen</term></termGrp></languageGrp>
    <descripGrp><descrip type="Definition">An oil town in Mangystau Region.</descrip></descripGrp>
  </conceptGrp>
</mtf>
"""
    [town] = tf.parse_tbx(mtf, "multiterm.xml").referents
    assert (town.en, town.en_admitted, town.ru, town.note) == (
        "Zhanaozen", ("Janaozen",), "Жанаозен", "An oil town in Mangystau Region.")
    basic = ('<martif type="TBX-Basic"><text><body><termEntry id="t1"><langSet xml:lang="en"><ntig><termGrp>'
             '<term>Aktau</term><termNote type="termType">fullForm</termNote></termGrp></ntig></langSet>'
             '</termEntry></body></text></martif>')
    [aktau] = tf.parse_tbx(basic, "basic.tbx").referents
    assert (aktau.en, aktau.en_admitted) == ("Aktau", ())
    v3_min = ('<tbx type="TBX-Min"><text><body><conceptEntry id="c1"><langSec xml:lang="en"><termSec><term>Almaty'
              '</term></termSec><termSec><term>Alma-Ata</term><usageStatus>deprecated</usageStatus></termSec>'
              '</langSec></conceptEntry></body></text></tbx>')
    [almaty] = tf.parse_tbx(v3_min, "min3.tbx").referents
    assert (almaty.en, almaty.en_deprecated) == ("Almaty", ("Alma-Ata",))


REAL = Path(__file__).parent / "data" / "termbases" / "real"


def _real_rows() -> list[list[str]]:
    with (REAL / "EXPECTED.tsv").open(encoding="utf-8", newline="") as fh:
        return [row + [""] * (12 - len(row)) for row in list(csv.reader(fh, delimiter="\t"))[1:]]


@pytest.mark.parametrize("row", _real_rows(), ids=lambda row: row[0])
def test_a_real_termbase_reads_as_its_reader_expected(row: list[str]) -> None:
    """TBX files that Pontoon, TermAte and the LTAC/BYU TBX-Min test set hold (sources and licences
    in tests/data/termbases/real/SOURCES.tsv), with what a helper who had not read the code wrote
    down: every entry with English is read (the LTAC file's bibliography entries in "zu" have
    none: left out and said so), and each English term has the status written down."""
    name, entries = row[0], int(row[1])
    termbase = tf.read_termbase(REAL / name)
    left = sum(int(note.split(": ")[1].split()[0]) for note in termbase.notes if "without an English" in note)
    assert len(termbase.referents) + left == entries and termbase.problems == []
    statuses = {form: status for r in termbase.referents for form, status in r.forms("en")}
    for cell in (row[3], row[6], row[9]):
        for term in filter(None, cell.split(" | ")):
            text, _, status = term.partition(" (")
            assert text.strip() in statuses
            if status:
                assert statuses[text.strip()] == status.rstrip(")").split(";")[0].strip()
