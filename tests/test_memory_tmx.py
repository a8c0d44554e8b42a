"""TMX and compendium import/export: files as OmegaT, Trados and Weblate write them; bad files
are one ``file:line: what is wrong`` line and import nothing."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from lxml import etree

from tests.helpers import copy_project, tree_bytes
from workbench.cli.main import main
from workbench.memory import StoredUnit
from workbench.memory.matching import PreparedUnit, prepare
from workbench.memory.sqlite import SQLiteMemory
from workbench.memory.tmx import ReadReport, read_tmx, write_tmx
from workbench.util.errors import WorkbenchError

DATA = Path(__file__).parent / "data" / "memory"
LANGUAGES = ["ru", "kk"]


def read(name: str, report: ReadReport | None = None) -> list[StoredUnit]:
    return list(read_tmx(DATA / name, LANGUAGES, report or ReadReport()))


def test_omegat_project_memory() -> None:
    units = read("omegat-project_save.tmx")
    assert [(u.source, u.target, u.tgtlang) for u in units] == [
        ("Protests spread to Aktobe.", "Протесты распространились на Актобе.", "ru"),
        ("The strike began on January 2.", "Забастовка началась 2 января.", "ru"),    # inline codes left out
        ("The police fired on the crowd & the workers.", "Полиция открыла огонь по толпе и рабочим.", "ru"),
    ]
    first = units[0]
    assert (first.creator, first.created, first.changer, first.changed) == (
        "Aigerim", "2022-01-06T10:15:00Z", "Aigerim", "2022-01-07T11:24:58Z")
    assert first.how == "tmx" and first.origin == "tmx:omegat-project_save.tmx"


def test_trados_several_target_languages_and_unknown_ones_reported() -> None:
    report = ReadReport()
    units = read("trados-multilingual.tmx", report)
    assert [(u.tgtlang, u.target) for u in units] == [
        ("ru", "Войска были введены в Алматы."), ("kk", "Алматыға әскер енгізілді."),
        ("ru", "Цены выросли на 12 процентов.")]
    assert units[0].creator == "TRADOS\\daulet" and units[0].changed == "2022-01-11T08:00:00Z"
    assert report.unknown_languages == {"DE-DE": 1, "FR-FR": 1}
    assert report.lines() == ["1 translation(s) into DE-DE skipped: not a language of this project",
                              "1 translation(s) into FR-FR skipped: not a language of this project"]


def test_weblate_export_and_tmx11_lang_attribute() -> None:
    report = ReadReport()
    assert [(u.tgtlang, u.source) for u in read("weblate.tmx", report)] == [
        ("kk", "Workers demanded lower gas prices.")]
    assert report.empty == 1
    assert [(u.tgtlang, u.target) for u in read("omegat-tmx11.tmx")] == [("ru", "Режим ответил войсками.")]


def test_export_round_trip_keeps_units_and_escapes(tmp_path: Path) -> None:
    tricky = [StoredUnit("A <b>bold</b> & \"quoted\" claim.", "Утверждение <b>жирное</b> & «в кавычках».", "en", "ru",
                         "x.po", "confirm", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "Ann <a@b.c>", "Bob",
                         "a note"),
              StoredUnit("Control\x01 character.", "Управляющий\x01 символ.", "en", "kk", "y.tmx", "tmx",
                         "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "", "")]
    out = io.StringIO()
    assert write_tmx(out, iter(tricky)) == 2
    path = tmp_path / "out.tmx"
    path.write_text(out.getvalue(), encoding="utf-8")
    etree.parse(str(path))           # well-formed
    back = list(read_tmx(path, LANGUAGES, ReadReport(), origin="x.po"))
    assert (back[0].source, back[0].target, back[0].creator, back[0].changer, back[0].created, back[0].changed,
            back[0].note) == (tricky[0].source, tricky[0].target, "Ann <a@b.c>", "Bob", "2026-01-01T00:00:00Z",
                              "2026-01-02T00:00:00Z", "a note")
    assert back[1].source == "Control\ufffd character."      # XML 1.0 cannot hold it: shown, not dropped


BAD = {
    "malformed.tmx": ('<?xml version="1.0"?>\n<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu>\n'
                      '<tuv xml:lang="en"><seg>One</seg></tuv>\n</body>\n</tmx>\n', 7, "not well-formed XML"),
    "wrong-root.tmx": ('<?xml version="1.0"?>\n<xliff version="1.2">\n</xliff>\n', 2, "not a TMX file"),
    "no-srclang.tmx": ('<tmx version="1.4">\n<header creationtool="x"/>\n<body/>\n</tmx>\n', 2, "no srclang"),
    "no-lang.tmx": ('<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu>\n<tuv xml:lang="en"><seg>A</seg></tuv>\n'
                    '<tuv><seg>Б</seg></tuv>\n</tu>\n</body>\n</tmx>\n', 6, "no xml:lang"),
    "two-segs.tmx": ('<tmx version="1.4">\n<header srclang="en"/>\n<body>\n<tu>\n<tuv xml:lang="en"><seg>A</seg>'
                     '<seg>B</seg></tuv>\n</tu>\n</body>\n</tmx>\n', 5, "exactly one <seg>"),
    "tu-outside-body.tmx": ('<tmx version="1.4">\n<header srclang="en"/>\n<tu>\n<tuv xml:lang="en"><seg>A</seg></tuv>\n'
                            '</tu>\n<body/>\n</tmx>\n', 3, "outside <body>"),
    "not-utf8.tmx": ('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="en"/>\n<body>\n'
                     '<tu><tuv xml:lang="en"><seg>\xff\xfe</seg></tuv></tu>\n</body>\n</tmx>\n', 5, "not well-formed XML"),
    "empty.tmx": ("", 1, "not well-formed XML"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_tmx_imports_nothing(tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    text, line, message = BAD[name]
    project = copy_project(tmp_path / "p")
    good = DATA / "omegat-project_save.tmx"
    bad = tmp_path / name
    bad.write_bytes(text.encode("latin-1") if name == "not-utf8.tmx" else text.encode("utf-8"))
    assert main(["-C", str(project), "memory", "import", str(good)]) == 0
    before = tree_bytes(project / ".workbench")
    capsys.readouterr()
    # the good file first, the bad one second: the transaction takes neither
    assert main(["-C", str(project), "memory", "import", str(good), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{bad}:{line}: ") and message in err, err
    assert len(err.splitlines()) == 1
    memory = SQLiteMemory(project / ".workbench" / "memory.sqlite")
    assert len(memory) == 3
    memory.close()
    assert {k for k in tree_bytes(project / ".workbench") if not k.endswith(("-wal", "-shm"))} == \
        {k for k in before if not k.endswith(("-wal", "-shm"))}


def test_missing_file_and_wrong_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p")
    assert main(["-C", str(project), "memory", "import", str(tmp_path / "nope.tmx")]) == 1
    assert "nope.tmx: no such file" in capsys.readouterr().err
    other = tmp_path / "notes.txt"
    other.write_text("hello", encoding="utf-8")
    assert main(["-C", str(project), "memory", "import", str(other)]) == 1
    assert "not a memory file" in capsys.readouterr().err
    with pytest.raises(WorkbenchError, match="is a folder"):
        list(read_tmx(tmp_path, LANGUAGES, ReadReport()))


def test_cli_import_export_and_po_compendium(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p", with_locale=True)
    files = [str(DATA / n) for n in ("omegat-project_save.tmx", "trados-multilingual.tmx", "weblate.tmx")]
    assert main(["-C", str(project), "memory", "import", *files]) == 0
    out = capsys.readouterr()
    assert "7 unit(s) read: 7 added" in out.out and "DE-DE skipped" in out.err
    assert main(["-C", str(project), "memory", "import", *files]) == 0
    assert "0 added, 0 updated, 7 already there" in capsys.readouterr().out
    # a catalogue as a compendium
    po = project / "locale" / "kk" / "LC_MESSAGES" / "01-initial-report.po"
    assert main(["-C", str(project), "memory", "import", str(po)]) == 0
    assert "added" in capsys.readouterr().out
    assert main(["-C", str(project), "memory", "export", "-o", str(tmp_path / "all.tmx")]) == 0
    exported = list(read_tmx(tmp_path / "all.tmx", LANGUAGES, ReadReport()))
    assert len(exported) > 7 and {u.tgtlang for u in exported} == {"ru", "kk"}
    first = (tmp_path / "all.tmx").read_bytes()
    assert main(["-C", str(project), "memory", "export", "-o", str(tmp_path / "all.tmx")]) == 0
    assert (tmp_path / "all.tmx").read_bytes() == first          # deterministic
    assert main(["-C", str(project), "memory", "export", "--format", "po", "-l", "ru"]) == 0
    compendium = (project / "editions" / "memory.ru.po").read_text(encoding="utf-8")
    assert 'msgid "Protests spread to Aktobe."' in compendium


def test_large_files_are_parsed_in_a_second_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """The same units, reports and errors as in-process reading; a bad file still imports nothing."""
    from workbench.memory import tmx

    monkeypatch.setattr(tmx, "BACKGROUND_BYTES", 0)
    report = ReadReport()
    prepared = list(tmx.stream_tmx(DATA / "trados-multilingual.tmx", LANGUAGES, report))
    assert all(isinstance(item, PreparedUnit) for item in prepared)
    assert [item.unit for item in prepared] == read("trados-multilingual.tmx")
    assert prepared == [prepare(item.unit) for item in prepared]       # keys and index words worked out there
    assert report.unknown_languages == {"DE-DE": 1, "FR-FR": 1}
    project = copy_project(tmp_path / "p")
    bad = tmp_path / "bad.tmx"
    bad.write_text(BAD["no-lang.tmx"][0], encoding="utf-8")
    assert main(["-C", str(project), "memory", "import", str(DATA / "omegat-project_save.tmx"), str(bad)]) == 1
    assert capsys.readouterr().err.strip() == f"{bad}:6: <tuv> has no xml:lang"
    memory = SQLiteMemory(project / ".workbench" / "memory.sqlite")
    assert len(memory) == 0
    memory.close()


TRADOS_2007 = """<?xml version="1.0" encoding="UTF-16"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="TRADOS Translator's Workbench for Windows" creationtoolversion="Edition 8 Build 863"
 segtype="sentence" o-tmf="TW4Win 2.0 Format" adminlang="EN-US" srclang="EN-US" datatype="rtf"
 creationdate="20220115T101010Z" creationid="AIGERIM"/>
<body>
<tu creationdate="20220115T101010Z" creationid="AIGERIM">
<tuv xml:lang="EN-US"><seg>Tokayev<ph x="1" type="lb"/>spoke on television.</seg></tuv>
<tuv xml:lang="KK-KZ"><seg>Тоқаев<ph x="1" type="lb"/>теледидарда сөйледі.</seg></tuv>
</tu>
<tu creationdate="20220115T101011Z" creationid="AIGERIM">
<tuv xml:lang="EN-US"><seg>The <ut>{\\b </ut>strike<ut>}</ut> began in<ph>&lt;br/&gt;</ph>Zhanaozen.</seg></tuv>
<tuv xml:lang="RU-RU"><seg>Забастовка <ut>{\\b </ut>началась<ut>}</ut> в<ph>&lt;br/&gt;</ph>Жанаозене.</seg></tuv>
</tu>
</body>
</tmx>
"""


def test_utf16_file_with_line_break_placeholders_keeps_words_apart(tmp_path: Path) -> None:
    """Trados 2007 exported UTF-16 with a byte-order mark; a soft return is a ``<ph>`` between
    two words, which must not run them together, while formatting codes leave no trace."""
    path = tmp_path / "tw2007.tmx"
    path.write_bytes(b"\xff\xfe" + TRADOS_2007.encode("utf-16-le"))
    units = list(read_tmx(path, LANGUAGES, ReadReport()))
    assert [(u.tgtlang, u.source, u.target) for u in units] == [
        ("kk", "Tokayev spoke on television.", "Тоқаев теледидарда сөйледі."),
        ("ru", "The strike began in Zhanaozen.", "Забастовка началась в Жанаозене."),
    ]
    assert units[0].creator == "AIGERIM"


def test_the_source_is_the_english_variant_whatever_the_file_translates_from(tmp_path: Path) -> None:
    """A memory exported from a German→Russian project that also keeps English: the unit's
    source is its English text, never the German the file declares as its source; a unit with
    no English is skipped (reported), and the German is a language this project does not have."""
    path = tmp_path / "de-en-ru.tmx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="de-DE" srclang="de-DE" datatype="plaintext"/><body>
<tu><tuv xml:lang="de-DE"><seg>Die Proteste weiteten sich aus.</seg></tuv>
<tuv xml:lang="en-GB"><seg>The protests spread.</seg></tuv>
<tuv xml:lang="ru-RU"><seg>Протесты распространились.</seg></tuv></tu>
<tu><tuv xml:lang="de-DE"><seg>Nur Deutsch.</seg></tuv><tuv xml:lang="ru-RU"><seg>Только по-русски.</seg></tuv></tu>
<tu srclang="en-US"><tuv xml:lang="en-GB"><seg>Colour</seg></tuv><tuv xml:lang="en-US"><seg>Color</seg></tuv>
<tuv xml:lang="kk"><seg>Түс</seg></tuv></tu>
</body></tmx>
""", encoding="utf-8")
    report = ReadReport()
    units = list(read_tmx(path, LANGUAGES, report))
    assert [(u.source, u.tgtlang, u.target) for u in units] == [
        ("The protests spread.", "ru", "Протесты распространились."),
        ("Color", "kk", "Түс")]          # the unit's own srclang picks among English variants
    assert report.no_source == 1 and report.unknown_languages == {"de-DE": 2}


def test_xliff_as_memory_from_other_tools(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Trados's .sdlxliff and memoQ's .mqxliff are XLIFF; a file translated from another language
    than English is skipped and said so; a file without a target language (Angular's
    messages.ru.xlf) is read with --language, and without it is one clear error."""
    project = copy_project(tmp_path / "p")
    sdl = tmp_path / "report.docx.sdlxliff"
    sdl.write_text("""<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"
 version="1.2" sdl:version="1.0">
<file original="report.docx" datatype="x-sdlfilterframework2" source-language="en-US" target-language="kk-KZ"><body>
<trans-unit id="u1"><source>Troops were sent to Almaty.</source>
<seg-source><mrk mtype="seg" mid="1">Troops were sent to Almaty.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Алматыға әскер жіберілді.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="Translated"/></sdl:seg-defs></trans-unit>
</body></file>
<file original="bericht.docx" datatype="x-sdlfilterframework2" source-language="de-DE" target-language="ru-RU"><body>
<trans-unit id="u2"><source>Truppen wurden entsandt.</source><target state="translated">Войска были введены.</target>
</trans-unit></body></file>
</xliff>
""", encoding="utf-8")
    assert main(["-C", str(project), "memory", "import", str(sdl)]) == 0
    out = capsys.readouterr()
    assert "1 unit(s) read: 1 added" in out.out
    assert "1 translation(s) from de-DE skipped: the project translates from en" in out.err
    angular = tmp_path / "messages.ru.xlf"
    angular.write_text("""<?xml version="1.0" encoding="UTF-8" ?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en-US" datatype="plaintext" original="ng2.template">
    <body>
      <trans-unit id="4d5c1f" datatype="html">
        <source>Protests spread to <x id="INTERPOLATION" equiv-text="{{ city }}"/>.</source>
        <target>Протесты распространились на <x id="INTERPOLATION" equiv-text="{{ city }}"/>.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
""", encoding="utf-8")
    assert main(["-C", str(project), "memory", "import", str(angular)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"{angular}:3: translations but no target-language on its <file>: say which language they are in "
        "with --language")
    assert main(["-C", str(project), "memory", "import", "--language", "ru", str(angular)]) == 0
    assert "1 unit(s) read: 1 added" in capsys.readouterr().out
    store = SQLiteMemory(project / ".workbench" / "memory.sqlite")
    with store:
        assert sorted((u.tgtlang, u.source, u.target) for u in store.units()) == [
            ("kk", "Troops were sent to Almaty.", "Алматыға әскер жіберілді."),
            ("ru", "Protests spread to .", "Протесты распространились на .")]


def test_a_code_dropped_between_spaces_leaves_one_space(tmp_path: Path) -> None:
    """LISA's own TMX sample: «Click <ph>…image…</ph> to <hi>start</hi>.» reads "Click to start.",
    not with two spaces where the image was; codes inside a word leave nothing."""
    path = tmp_path / "codes.tmx"
    path.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="myTool" creationtoolversion="v10" segtype="block" o-tmf="Text"
 adminlang="en-us" srclang="en-us" datatype="html"/><body>
<tu><tuv xml:lang="en-us"><seg><bpt i="1" type="bold">&lt;B></bpt>Click <ph x="3" type="image">&lt;IMG SRC="here.png"
 ALT="<sub>Start Here!</sub>"></ph> to <hi type="verb">start</hi>.<ept i="1">&lt;/B></ept></seg></tuv>
<tuv xml:lang="ru"><seg>Нажмите <ph x="3" type="image">&lt;IMG></ph> для на<bpt i="1">&lt;B></bpt>чала<ept i="1">&lt;/B></ept>.</seg></tuv>
</tu></body></tmx>
""", encoding="utf-8")
    [unit] = list(read_tmx(path, LANGUAGES, ReadReport()))
    assert (unit.source, unit.target) == ("Click to start.", "Нажмите для начала.")


@pytest.mark.parametrize("charset", ["CP1251", "KOI8-R", "UTF-8"])
def test_a_legacy_compendium_is_read_in_the_charset_it_declares(tmp_path: Path, charset: str) -> None:
    """Old Russian PO files are often CP1251 or KOI8-R (msgfmt reads them); as a memory they are
    read in their declared charset. The project's own catalogues stay UTF-8 only."""
    from workbench.gettext import read_po
    from workbench.memory.compendium import read_po_units

    path = tmp_path / "old.po"
    path.write_bytes((f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Language: ru\\n"\n\n'
                      'msgid "Protests spread to Aktobe."\nmsgstr "Протесты распространились на Актобе."\n'
                      ).encode(charset))
    [unit] = read_po_units(path, LANGUAGES, ReadReport())
    assert (unit.source, unit.target, unit.tgtlang) == (
        "Protests spread to Aktobe.", "Протесты распространились на Актобе.", "ru")
    if charset != "UTF-8":
        with pytest.raises(WorkbenchError, match="only UTF-8 catalogues are supported"):
            read_po(path)


@pytest.mark.parametrize(("declared", "message"), [
    ("X-NO-SUCH", "declares charset=X-NO-SUCH, which is not a known character set"),
    ("ASCII", "not valid ascii as its header declares (byte 0xd0)")])
def test_a_compendium_in_no_charset_it_could_be_is_one_clear_error(
        tmp_path: Path, declared: str, message: str) -> None:
    from workbench.memory.compendium import read_po_units

    path = tmp_path / "bad.po"
    path.write_bytes((f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={declared}\\n"\n"Language: ru\\n"\n\n'
                      'msgid "Riot"\nmsgstr "Бунт"\n').encode())
    with pytest.raises(WorkbenchError, match=re.escape(message)):
        read_po_units(path, LANGUAGES, ReadReport())


def test_the_export_is_valid_tmx_14b(tmp_path: Path) -> None:
    """What `memory export` writes validates against the TMX 1.4b DTD (LISA OSCAR's, in
    tests/data/exchange/), the document OmegaT, Trados and every TMX reader are written to."""
    units = [StoredUnit("A <b>bold</b> & \"quoted\" claim.", "Утверждение & «в кавычках».", "en", "ru", "x.po",
                        "confirm", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z", "Ann <a@b.c>", "Bob", "a note"),
             StoredUnit("Control\x01 character.", "Управляющий символ.", "en", "kk", "y.tmx", "tmx", "", "", "", ""),
             StoredUnit("Two lines\nof text.", "Екі жол\nмәтін.", "en", "kk", "z.tmx", "tmx",
                        "2026-01-03T00:00:00Z", "2026-01-03T00:00:00Z", "", "", "")]
    out = io.StringIO()
    write_tmx(out, iter(units))
    dtd = etree.DTD(str(Path(__file__).parent / "data" / "exchange" / "tmx14.dtd"))
    document = etree.fromstring(out.getvalue().encode("utf-8"))
    assert dtd.validate(document), dtd.error_log.filter_from_errors()
    del document.find("header").attrib["o-tmf"]         # the DTD does tell: a required attribute gone
    assert not dtd.validate(document)
