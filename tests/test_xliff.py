"""Catalogues as XLIFF 1.2 and back: every translation, its fuzzy state, notes and previous msgid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from tests.helpers import copy_project, tree_bytes
from workbench.cli.main import main
from workbench.exchange.xliff import catalogue_to_xliff, export_xliff, import_xliff, read_xliff
from workbench.gettext import Message, format_po, read_po
from workbench.memory.sqlite import SQLiteMemory
from workbench.project import load_project
from workbench.util.errors import WorkbenchError

PO = "locale/ru/LC_MESSAGES/01-initial-report.po"


@pytest.fixture
def project_dir(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "p", with_locale=True)


def test_round_trip_of_the_bundled_catalogues_changes_no_byte(project_dir: Path) -> None:
    project = load_project(project_dir)
    before = tree_bytes(project_dir / "locale")
    report = export_xliff(project, project_dir / "out", project.languages)
    assert len(report.written) == 10 and report.not_kept == []
    text = report.written[0].read_text(encoding="utf-8")
    assert 'xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"' in text and "1.1" not in text
    result = import_xliff(project, report.written)
    assert result.written == [] and result.changed_messages == 0 and result.warnings == []
    assert tree_bytes(project_dir / "locale") == before


def test_round_trip_keeps_fuzzy_notes_previous_msgid_and_context(project_dir: Path) -> None:
    project = load_project(project_dir)
    path = project_dir / PO
    catalogue = read_po(path)
    message = catalogue.messages[1]
    message.fuzzy = True
    message.previous_msgid = "An older source sentence."
    message.translator_comments[:] = ["check the name", "second note"]
    catalogue.messages.append(Message("Menu", "Меню", msgctxt="ui", translator_comments=["context kept"]))
    catalogue.messages.append(Message("One file", msgid_plural="%d files", msgstr_plural={0: "%d файл", 1: "%d файла", 2: "%d файлов"}))
    catalogue.messages.append(Message("Gone", "Ушло", obsolete=True))
    path.write_text(format_po(catalogue), encoding="utf-8")
    before = path.read_bytes()
    data, not_kept = catalogue_to_xliff(read_po(path), PO, "ru")
    assert not_kept == ["1 plural message(s) not exported (XLIFF export keeps singular messages)",
                        "1 obsolete message(s) not exported (they stay in the catalogue)"]
    xlf = project_dir / "01.ru.xlf"
    xlf.write_bytes(data)
    text = data.decode("utf-8")
    assert 'state="needs-review-translation"' in text and '<alt-trans xml:space="preserve" origin="previous">' in text
    units = read_xliff(xlf)[0].units
    assert units[1].fuzzy and units[1].previous == "An older source sentence."
    assert units[1].translator_notes == ("check the name", "second note")
    assert [u.msgctxt for u in units if u.source == "Menu"] == ["ui"]
    result = import_xliff(project, [xlf])
    assert result.changed_messages == 0 and path.read_bytes() == before


DATA = Path(__file__).parent / "data" / "exchange"


def strict_schema() -> etree.XMLSchema:
    """OASIS's strict XLIFF 1.2 schema, its import of the W3C's xml.xsd answered by the local
    copy (no network)."""
    class Local(etree.Resolver):
        def resolve(self, url: str | None, pubid: str | None, context: object) -> object:
            if url == "http://www.w3.org/2001/xml.xsd":
                return self.resolve_filename(str(DATA / "xml.xsd"), context)
            return None

    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(Local())
    return etree.XMLSchema(etree.parse(str(DATA / "xliff-core-1.2-strict.xsd"), parser))


def test_exported_files_are_valid_against_the_strict_xliff_12_schema(project_dir: Path) -> None:
    schema = strict_schema()
    project = load_project(project_dir)
    path = project_dir / PO
    catalogue = read_po(path)
    catalogue.messages[1].fuzzy = True
    catalogue.messages[1].previous_msgid = "An older source sentence."
    catalogue.messages[1].translator_comments[:] = ["a note"]
    catalogue.messages[2].extracted_comments[:] = ["for translators"]
    catalogue.messages.append(Message("Menu", "Меню", msgctxt="ui"))
    catalogue.messages.append(Message("Menu", "", msgctxt="toolbar"))
    catalogue.messages.append(Message("Markup <b>&amp;</b> \u00a0 kept as text", ""))
    path.write_text(format_po(catalogue), encoding="utf-8")
    report = export_xliff(project, project_dir / "out", project.languages)
    assert len(report.written) == 10
    for written in report.written:
        document = etree.parse(str(written))
        assert schema.validate(document), f"{written.name}: {schema.error_log}"
    # every message's locations and context come back, in our reader and in translate-toolkit's
    xlf = project_dir / "out" / "01-initial-report.ru.xlf"
    units = read_xliff(xlf)[0].units
    assert [u.msgctxt for u in units if u.source == "Menu"] == ["ui", "toolbar"]
    from translate.storage.xliff import xlifffile

    store = xlifffile(xlf.read_bytes())
    assert store.units[0].getlocations() == ["seeds/01-initial-report.txt:1"]


def test_files_with_named_context_groups_are_still_read(tmp_path: Path) -> None:
    """Before the export met the strict schema, its groups were named as translate-toolkit names
    them (``po-reference``, ``x-po-msgctxt``); such files keep their msgctxt."""
    path = tmp_path / "old.xlf"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="{PO}" source-language="en" datatype="plaintext" target-language="ru">
    <body>
      <trans-unit id="a" approved="yes">
        <source>Menu</source>
        <target state="translated">Меню</target>
        <context-group name="x-po-msgctxt" purpose="information">
          <context context-type="x-po-msgctxt">ui</context>
        </context-group>
        <context-group name="po-reference" purpose="location">
          <context context-type="sourcefile">seeds/01-initial-report.txt</context>
        </context-group>
      </trans-unit>
    </body>
  </file>
</xliff>
""", encoding="utf-8")
    [unit] = read_xliff(path)[0].units
    assert (unit.source, unit.target, unit.msgctxt) == ("Menu", "Меню", "ui")


def _edit(text: str, source: str, new_target: str, state: str) -> str:
    """What a CAT tool does: a new target with a new state for one unit."""
    pattern = re.compile(r"(<source>" + re.escape(source) + r"</source>\s*<target) state=\"[^\"]*\">[^<]*(</target>)")
    edited, count = pattern.subn(lambda m: f'{m.group(1)} state="{state}">{new_target}{m.group(2)}', text)
    assert count == 1
    return edited


def test_translations_from_a_cat_tool_come_back(project_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(project_dir), "export", "--format", "xliff", "-l", "ru", "-d", "01-initial-report"]) == 0
    xlf = project_dir / "editions" / "xliff" / "01-initial-report.ru.xlf"
    assert f"wrote {xlf}" in capsys.readouterr().out
    text = xlf.read_text(encoding="utf-8")
    text = _edit(text, "Kazakhstan: Initial Report", "Казахстан: первый отчёт", "translated")
    catalogue = read_po(project_dir / PO)
    second = catalogue.messages[2].msgid
    text = _edit(text, second.replace("&", "&amp;"), "Черновик перевода", "needs-review-translation")
    xlf.write_text(text, encoding="utf-8")
    assert main(["-C", str(project_dir), "import", str(xlf)]) == 0
    assert "2 message(s) changed, 1 catalogue(s) written" in capsys.readouterr().out
    after = read_po(project_dir / PO)
    assert after.get("Kazakhstan: Initial Report").msgstr == "Казахстан: первый отчёт"
    assert not after.get("Kazakhstan: Initial Report").fuzzy
    assert after.get(second).msgstr == "Черновик перевода" and after.get(second).fuzzy


def test_weblate_and_trados_states(project_dir: Path) -> None:
    project = load_project(project_dir)
    source = "Kazakhstan: Initial Report"
    weblate = project_dir / "weblate.xlf"
    weblate.write_text(f"""<?xml version='1.0' encoding='UTF-8'?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
  <file original="{PO}" source-language="en" target-language="ru" datatype="po">
    <body>
      <trans-unit id="1" approved="no" xml:space="preserve">
        <source>{source}</source>
        <target state="needs-translation">Казахстан: отчёт (нужно проверить)</target>
      </trans-unit>
    </body>
  </file>
</xliff>
""", encoding="utf-8")
    import_xliff(project, [weblate])
    message = read_po(project_dir / PO).get(source)
    assert message.msgstr == "Казахстан: отчёт (нужно проверить)" and message.fuzzy
    trados = project_dir / "trados.sdlxliff.xlf"
    trados.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
  <file original="{PO}" datatype="x-sdlfilterframework2" source-language="en-US" target-language="ru-RU">
    <body>
      <trans-unit id="u1">
        <source>{source}</source>
        <seg-source><mrk mtype="seg" mid="1">{source}</mrk></seg-source>
        <target><mrk mtype="seg" mid="1">Казахстан: первое сообщение (Trados)</mrk></target>
        <sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="interactive"/></sdl:seg-defs>
      </trans-unit>
    </body>
  </file>
</xliff>
""", encoding="utf-8")
    import_xliff(project, [trados])
    message = read_po(project_dir / PO).get(source)
    assert message.msgstr == "Казахстан: первое сообщение (Trados)" and not message.fuzzy
    trados.write_text(trados.read_text(encoding="utf-8").replace('conf="Translated"', 'conf="Draft"'),
                      encoding="utf-8")
    import_xliff(project, [trados])
    assert read_po(project_dir / PO).get(source).fuzzy


def test_a_source_that_changed_is_reported_the_rest_imported(project_dir: Path) -> None:
    project = load_project(project_dir)
    xlf = project_dir / "x.xlf"
    xlf.write_text(f"""<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="{PO}" source-language="en" target-language="ru"><body>
<trans-unit id="a"><source>A sentence no longer in the document.</source><target state="translated">Нет.</target></trans-unit>
<trans-unit id="b"><source>Kazakhstan: Initial Report</source><target state="translated">Казахстан!</target></trans-unit>
</body></file></xliff>
""", encoding="utf-8")
    report = import_xliff(project, [xlf], {xlf: "x.xlf"})
    assert report.warnings == [f"x.xlf:3: no message with this source in {PO} (the source changed?); not imported"]
    assert read_po(project_dir / PO).get("Kazakhstan: Initial Report").msgstr == "Казахстан!"


XLIFF2 = f"""<?xml version="1.0" encoding="UTF-8"?>
<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en-US" trgLang="ru-RU">
 <file id="f1" original="{PO}">
  <group id="g">
   <unit id="title"><notes><note category="location">01.md:1</note><note>the title</note></notes>
    <segment><source>Kazakhstan: <pc id="1">Initial</pc> Report</source><target>Казахстан: <pc id="1">первый</pc> отчёт</target></segment>
   </unit>
  </group>
  <unit id="two"><segment state="final"><source>First sentence.</source><target>Первое.</target></segment><ignorable><source> </source></ignorable><segment><source>Second<ph id="2"/> one<cp hex="0021"/></source><target>Второе<ph id="2"/><cp hex="0021"/></target></segment></unit>
  <unit id="draft"><segment state="initial"><source>A draft.</source><target>Черновик.</target></segment></unit>
  <unit id="half"><segment><source>Done.</source><target>Готово.</target></segment><segment><source>Not yet.</source></segment></unit>
 </file>
</xliff>
"""


def test_xliff2_units_join_their_segments_and_keep_only_confirmed_targets(tmp_path: Path) -> None:
    path = tmp_path / "angular.xlf"
    path.write_text(XLIFF2, encoding="utf-8")
    [xfile] = read_xliff(path)
    assert (xfile.original, xfile.source_language, xfile.target_language) == (PO, "en-US", "ru-RU")
    got = [(u.line, u.source, u.target, u.fuzzy, u.translator_notes) for u in xfile.units]
    assert got == [
        (5, "Kazakhstan: Initial Report", "Казахстан: первый отчёт", False, ("the title",)),
        (9, "First sentence. Second one!", "Первое. Второе!", False, ()),
        (10, "A draft.", "Черновик.", True, ()),
        (11, "Done.Not yet.", None, False, ()),
    ]


def test_xliff2_translations_come_back_into_the_catalogue_and_the_memory(project_dir: Path) -> None:
    xlf = project_dir / "from-a-tool.xlf"
    xlf.write_text(XLIFF2, encoding="utf-8")
    assert main(["-C", str(project_dir), "import", str(xlf)]) == 0
    message = read_po(project_dir / PO).get("Kazakhstan: Initial Report")
    assert message is not None and message.msgstr == "Казахстан: первый отчёт" and not message.fuzzy
    assert message.translator_comments == ["the title"]
    assert main(["-C", str(project_dir), "memory", "import", str(xlf)]) == 0
    memory = SQLiteMemory(project_dir / ".workbench" / "memory.sqlite")
    try:
        [match] = memory.lookup("First sentence. Second one!", "ru", limit=1)
        assert (match.score, match.target, match.how) == (100.0, "Первое. Второе!", "xliff")
        assert all(m.target != "Черновик." for m in memory.lookup("A draft.", "ru"))
    finally:
        memory.close()


BAD = {
    "malformed": ('<xliff version="1.2">\n<file original="x" target-language="ru">\n<body>\n</file>\n</xliff>\n', 4,
                  "not well-formed XML"),
    "not-xliff": ('<?xml version="1.0"?>\n<tmx version="1.4"/>\n', 2, "not an XLIFF file"),
    "xliff2-no-segment": (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" '
                          f'trgLang="ru">\n<file id="f1" original="{PO}">\n<unit id="a">\n<notes><note>x</note>'
                          '</notes>\n</unit>\n</file>\n</xliff>\n', 3, "<unit> has no <segment>"),
    "xliff2-no-source": (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" '
                         f'trgLang="ru">\n<file id="f1" original="{PO}">\n<unit id="a">\n<segment>\n'
                         '<target>y</target></segment>\n</unit>\n</file>\n</xliff>\n', 4, "<segment> has no <source>"),
    "xliff2-no-trglang": (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n'
                          f'<file id="f1" original="{PO}">\n<unit id="a"><segment><source>x</source><target>y</target>'
                          '</segment></unit>\n</file>\n</xliff>\n', 1, "no trgLang on <xliff>"),
    "language": (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n<file original="{PO}" '
                 'source-language="en" target-language="de">\n<body>\n<trans-unit id="a"><source>x</source>'
                 '</trans-unit>\n</body>\n</file>\n</xliff>\n', 2, "'de' is not a language of this project"),
    "no-target-language": (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n<file '
                           f'original="{PO}" source-language="en">\n<body>\n<trans-unit id="a"><source>x</source>'
                           '</trans-unit>\n</body>\n</file>\n</xliff>\n', 2, "no target-language"),
    "no-catalogue": ('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n<file original="other.po" '
                     'source-language="en" target-language="ru">\n<body>\n<trans-unit id="a"><source>x</source>'
                     '</trans-unit>\n</body>\n</file>\n</xliff>\n', 2, "no catalogue for 'other.po'"),
    "no-source": (f'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n<file original="{PO}" '
                  'source-language="en" target-language="ru">\n<body>\n<trans-unit id="a">\n<target>y</target>\n'
                  '</trans-unit>\n</body>\n</file>\n</xliff>\n', 4, "has no <source>"),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_bad_xliff_changes_nothing(project_dir: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    text, line, message = BAD[kind]
    good = project_dir / "good.xlf"
    good.write_text(f"""<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="{PO}" source-language="en" target-language="ru"><body>
<trans-unit id="b"><source>Kazakhstan: Initial Report</source><target state="translated">Другое</target></trans-unit>
</body></file></xliff>
""", encoding="utf-8")
    bad = project_dir / f"{kind}.xlf"
    bad.write_text(text, encoding="utf-8")
    before = tree_bytes(project_dir / "locale")
    assert main(["-C", str(project_dir), "import", str(good), str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"{bad}:{line}: ") and message in err, err
    assert tree_bytes(project_dir / "locale") == before


def test_import_wants_xliff_files(project_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(project_dir), "import", str(project_dir / PO)]) == 1
    assert "not an XLIFF file" in capsys.readouterr().err
    with pytest.raises(WorkbenchError, match="no such file"):
        read_xliff(project_dir / "missing.xlf")


def test_export_of_an_empty_catalogue_set_is_an_error(tmp_path: Path) -> None:
    project = load_project(copy_project(tmp_path / "p"))
    with pytest.raises(WorkbenchError, match="run `workbench update` first"):
        export_xliff(project, tmp_path / "out", project.languages)


def test_an_import_never_overwrites_a_save_made_while_it_ran(project_dir: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The editor saves the catalogue between the import's read and its write: the import's
    other translations are applied to what is on disk now; the message saved meanwhile, and
    every message the import does not touch, keep the saved text."""
    from workbench.exchange import xliff as xliff_module
    from workbench.gettext import write_po

    catalogue = read_po(project_dir / PO)
    first, second, third = (m.msgid for m in catalogue.messages[1:4])
    units = "".join(f'<trans-unit id="{n}"><source>{source.replace("&", "&amp;")}</source>'
                    f'<target state="translated">Импорт {n}</target></trans-unit>\n'
                    for n, source in enumerate((first, second)))
    xlf = project_dir / "back.xlf"
    xlf.write_text(f"""<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="{PO}" source-language="en" target-language="ru"><body>
{units}</body></file></xliff>
""", encoding="utf-8")
    real_read_po = xliff_module.read_po
    reads = []

    def read_then_someone_saves(path: Path):    # type: ignore[no-untyped-def]
        found = real_read_po(path)
        reads.append(path)
        if len(reads) == 1:
            theirs = real_read_po(path)
            theirs.get(second).msgstr = "Сохранено в редакторе"
            theirs.get(third).msgstr = "Тоже сохранено"
            write_po(theirs, path)
        return found

    from workbench.gettext import save as save_module

    monkeypatch.setattr(xliff_module, "read_po", read_then_someone_saves)
    monkeypatch.setattr(save_module, "read_po", read_then_someone_saves)      # the reread before the retry
    report = import_xliff(load_project(project_dir), [xlf])
    after = read_po(project_dir / PO)
    assert after.get(first).msgstr == "Импорт 0"
    assert after.get(second).msgstr == "Сохранено в редакторе"
    assert after.get(third).msgstr == "Тоже сохранено"
    assert report.changed_messages == 1 and len(reads) == 2
    assert any("saved by someone else during the import" in w for w in report.warnings)


def test_an_import_that_changes_nothing_writes_nothing(project_dir: Path) -> None:
    """Importing the file just exported leaves every catalogue byte-identical, its date too."""
    project = load_project(project_dir)
    export_xliff(project, project_dir / "out", ["ru"])
    before = tree_bytes(project_dir / "locale")
    report = import_xliff(project, sorted((project_dir / "out").glob("*.xlf")))
    assert report.written == [] and report.changed_messages == 0
    assert tree_bytes(project_dir / "locale") == before


def test_weblate_gettext_xliff_language_from_its_header_plurals_and_header_left_out(tmp_path: Path) -> None:
    """Weblate's and translate-toolkit's gettext-flavoured XLIFF 1.1: no target-language on the
    <file>, the language in the header unit's «Language:» line; the header is no message and a
    plural group is counted, not read (nor an error)."""
    path = tmp_path / "kk.xlf"
    path.write_text("""<?xml version='1.0' encoding='UTF-8'?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="kk.po" source-language="en-US" datatype="plaintext">
    <body>
      <trans-unit xml:space="preserve" id="1" approved="no" restype="x-gettext-domain-header">
        <source>Project-Id-Version: x
Language: kk
</source>
        <target state="translated">Project-Id-Version: x
Language: kk
</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="2" approved="yes">
        <source>Workers went on strike.</source>
        <target state="translated">Жұмысшылар ереуілге шықты.</target>
      </trans-unit>
      <group restype="x-gettext-plurals" id="3">
        <trans-unit xml:space="preserve" id="3[0]"><source>%d worker</source><target>%d жұмысшы</target></trans-unit>
        <trans-unit xml:space="preserve" id="3[1]"><source>%d workers</source><target>%d жұмысшы</target></trans-unit>
      </group>
    </body>
  </file>
</xliff>
""", encoding="utf-8")
    [xfile] = read_xliff(path)
    assert xfile.target_language == "kk" and xfile.plurals == 1
    assert [(u.source, u.target, u.fuzzy) for u in xfile.units] == [
        ("Workers went on strike.", "Жұмысшылар ереуілге шықты.", False)]


def test_whitespace_is_read_as_xml_space_says(tmp_path: Path) -> None:
    """A pretty-printed <source> (Memsource, many exporters) is one line of text under XML's
    default space handling; under xml:space="preserve" (on the element or an ancestor — our own
    export sets it) every space and line break is kept, in XLIFF 1.2 and 2.0 alike."""
    v12 = tmp_path / "v12.xlf"
    v12.write_text("""<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
<file original="a" source-language="en" target-language="ru"><body>
<trans-unit id="1"><source>Monthly statements
        received by  users.
    </source><target>Ежемесячные отчёты
        получают пользователи.
    </target></trans-unit>
<trans-unit id="2" xml:space="preserve"><source>Two  spaces
kept</source><target>Два  пробела
сохранены</target></trans-unit>
</body></file></xliff>
""", encoding="utf-8")
    assert [(u.source, u.target) for u in read_xliff(v12)[0].units] == [
        ("Monthly statements received by users.", "Ежемесячные отчёты получают пользователи."),
        ("Two  spaces\nkept", "Два  пробела\nсохранены")]
    v20 = tmp_path / "v20.xlf"
    v20.write_text("""<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-us" trgLang="ru">
  <file id="f">
    <unit id="0">
      <segment state="translated">
        <source>Monthly statements received by
            <ph id="1" dataRef="d1"/> users.
        </source>
        <target>Ежемесячные отчёты получают
            <ph id="1" dataRef="d1"/> пользователей.
        </target>
      </segment>
    </unit>
    <unit id="1">
      <segment><source xml:space="preserve">Hello, world!
</source><target xml:space="preserve">Привет, мир!
</target></segment>
    </unit>
  </file>
</xliff>
""", encoding="utf-8")
    assert [(u.source, u.target) for u in read_xliff(v20)[0].units] == [
        ("Monthly statements received by users.", "Ежемесячные отчёты получают пользователей."),
        ("Hello, world!\n", "Привет, мир!\n")]


def test_a_file_trados_converted_finds_its_catalogue_by_the_windows_path_it_names(project_dir: Path) -> None:
    """Trados Studio turns the exported 01-initial-report.ru.xlf into an SDLXLIFF whose <file>
    names the path it was opened from, a Windows path; the translation comes back to the
    catalogue of that document."""
    source = "Kazakhstan: Initial Report"
    sdl = project_dir / "01-initial-report.ru.xlf.sdlxliff"
    sdl.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2"
 version="1.2" sdl:version="1.0">
<file original="C:\\Users\\aigerim\\Documents\\Studio\\01-initial-report.ru.xlf" datatype="x-sdlfilterframework2"
 source-language="en-US" target-language="ru-RU"><body>
<trans-unit id="u1"><source>{source}</source>
<seg-source><mrk mtype="seg" mid="1">{source}</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Казахстан: сообщение из Trados</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedTranslation"/></sdl:seg-defs></trans-unit>
</body></file></xliff>
""", encoding="utf-8")
    assert main(["-C", str(project_dir), "import", str(sdl)]) == 0
    message = read_po(project_dir / PO).get(source)
    assert message.msgstr == "Казахстан: сообщение из Trados" and not message.fuzzy


def test_inline_codes_hold_native_markup_not_text(tmp_path: Path) -> None:
    """OmegaT's and Okapi's XLIFF 1.x keep the original's markup in <bpt>/<ept>/<it>/<ph>: it is
    not part of the sentence; <g> and Trados's <mrk> segments hold text; a code that stood
    between two spaces leaves one."""
    path = tmp_path / "codes.xlf"
    path.write_text("""<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1">
<file target-language="ru" source-language="en" original="t.html"><body>
<trans-unit id="1"><source>The <bpt id="1">&lt;b></bpt>CSTO<ept id="1">&lt;/b></ept> sent <ph id="2">&lt;img/></ph> troops<it pos="begin">&lt;i></it>.</source>
<target>ОДКБ <g id="3">направила</g> <ph id="2">&lt;img/></ph> войска<x id="4"/>.</target></trans-unit>
</body></file></xliff>
""", encoding="utf-8")
    [unit] = read_xliff(path)[0].units
    assert (unit.source, unit.target) == ("The CSTO sent troops.", "ОДКБ направила войска.")
