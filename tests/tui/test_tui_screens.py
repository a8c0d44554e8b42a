"""Pilot tests of the glossary, checks and compile screens and the command palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from textual.widgets import DataTable, Input, RichLog, TextArea
from textual.widgets.text_area import Selection

from workbench.glossary import COLUMNS
from workbench.session import Located
from workbench.tui.app import make_app
from workbench.tui.dialogs.add_name import AddNameDialog
from workbench.tui.dialogs.referent_form import ReferentForm
from workbench.tui.screens.checks import ChecksScreen
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.glossary import GlossaryScreen

pytestmark = pytest.mark.asyncio


async def _fill(pilot, app, column: str, value: str) -> None:
    box = app.screen.query_one(f"#col-{column}", Input)
    box.value = value
    await pilot.pause()


async def test_glossary_add_edit_delete(project: Path) -> None:
    glossary = project / "glossary.tsv"
    head = glossary.read_text(encoding="utf-8").splitlines()[:3]
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        assert isinstance(app.screen, GlossaryScreen)
        before = app.screen.query_one(DataTable).row_count
        await pilot.press("a")
        await settle(app, pilot)
        assert isinstance(app.screen, ReferentForm)
        for column, value in {"id": "test-elders", "type": "organisation", "en": "Council of [Elders]",
                              "ru": "Совет [старейшин]", "kk": "Ақсақалдар кеңесі"}.items():
            await _fill(pilot, app, column, value)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, GlossaryScreen)
        text = glossary.read_text(encoding="utf-8")
        assert text.splitlines()[:3] == head          # comments kept
        assert "test-elders\torganisation\tCouncil of [Elders]" in text
        assert app.screen.query_one(DataTable).row_count == before + 1
        # search, edit
        app.screen.query_one("#glossary-search", Input).value = "test-elders"
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == 1
        app.screen.query_one(DataTable).focus()
        await pilot.press("e")
        await settle(app, pilot)
        await _fill(pilot, app, "ru_admitted", "Совет")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "Совет [старейшин]\tСовет\t" in glossary.read_text(encoding="utf-8")
        # delete
        await pilot.press("d")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert "test-elders" not in glossary.read_text(encoding="utf-8")
        assert glossary.read_text(encoding="utf-8").splitlines()[:3] == head


async def test_bad_glossary_edit_is_a_message(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("g", "a")
        await settle(app, pilot)
        await _fill(pilot, app, "id", "Not A Slug")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert isinstance(app.screen, ReferentForm)     # still open, with the problem shown
        assert str(app.screen.query_one("#form-error").render()).strip()
        await pilot.press("escape")


async def test_add_selected_translation_as_variant(project: Path) -> None:
    glossary = project / "glossary.tsv"
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        area = app.screen.query_one("#translation", TextArea)
        area.load_text("Говорил с Курмановым-младшим вчера")
        area.selection = Selection((0, 10), (0, 28))
        assert area.selected_text == "Курмановым-младшим"
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, AddNameDialog)
        app.screen.query_one("#add-search", Input).value = "kurmanov"
        await settle(app, pilot)
        app.screen.add_variant()
        await settle(app, pilot)
        assert isinstance(app.screen, EditorScreen)
        line = next(l for l in glossary.read_text(encoding="utf-8").splitlines() if l.startswith("kurmanov\t"))
        assert "Курмановым-младшим" in line


async def test_new_name_from_a_translation_gets_the_source_name_it_renders(tmp_path: Path) -> None:
    # a new user's own text, names the glossary lacks: a form selected in the translation opens the new-name
    # form with the English it renders (the closest of the source's unknown names by its letters) and its id;
    # with nothing selected, Ctrl+G offers the source's first unknown name
    root = tmp_path / "new"
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text('[workbench]\nsource = "seeds"\nlanguages = ["ru"]\n', encoding="utf-8")
    (root / "seeds" / "report.txt").write_text("Yesterday Mr. Zholdasbekov flew from Aktau to Mangistau.\n",
                                                encoding="utf-8")
    (root / "glossary.tsv").write_text("\t".join(COLUMNS) + "\n", encoding="utf-8")     # as `workbench init` has it
    app = make_app(root, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        area = app.screen.query_one("#translation", TextArea)
        area.load_text("Вчера Жолдасбеков прилетел из Актау")
        area.selection = Selection((0, 6), (0, 17))
        assert area.selected_text == "Жолдасбеков"
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, AddNameDialog)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, ReferentForm)
        assert [app.screen.query_one(f"#col-{column}", Input).value for column in ("id", "en", "ru")] == [
            "zholdasbekov", "Zholdasbekov", "Жолдасбеков"]
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        area.selection = Selection((0, 0), (0, 0))
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        assert isinstance(app.screen, AddNameDialog)
        assert (app.screen.text, app.screen.language) == ("Zholdasbekov", "en")
        await pilot.press("escape")


async def test_checks_enter_jumps_to_segment(project: Path) -> None:
    from workbench.checks.findings import Finding

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        name = list(app.session.docs)[1]
        finding = Finding(check="target-wrong-form", severity="error", message="use [Токаев]",
                          language="kk", offending="[Токаев]", suggestion="Тоқаев")
        app.findings = {(name, "kk"): [Located(name, "kk", 7, finding)]}
        app.findings_ready = True
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, ChecksScreen)
        assert app.screen.query_one(DataTable).row_count == 1
        assert "[Токаев]" in app.export_screenshot().replace("&#160;", " ")
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, EditorScreen)
        assert (app.screen.doc_name, app.screen.language, app.screen.current) == (name, "kk", 7)


async def test_compile_from_ui(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("b")
        await settle(app, pilot)
        await pilot.click("#lang-kk")
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        await settle(app, pilot)
        log = app.screen.query_one(RichLog)
        text = "\n".join(str(line.text) for line in log.lines)
        assert "editions/ru/" in text and "editions/kk/" not in text
        assert list((project / "editions" / "ru").iterdir())
        assert not (project / "editions" / "kk").exists()


async def test_command_palette_lists_actions(project: Path) -> None:
    from workbench.tui.commands import WorkbenchCommands

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        provider = WorkbenchCommands(app.screen)
        titles = [title for title, _, _ in provider._commands()]
        assert {"Open", "Glossary", "Checks", "Compile"} <= set(titles)
        assert any(t.startswith("Open 01-initial-report in kk") for t in titles)
        app.open_editor(next(iter(app.session.docs)), "ru")
        await settle(app, pilot)
        titles = [title for title, _, _ in WorkbenchCommands(app.screen)._commands()]
        assert {"Confirm", "Fuzzy", "Copy src", "Next untr.", "Filter", "Language", "To glossary"} <= set(titles)
        await pilot.press("ctrl+p")
        await pilot.press(*"glossary")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, GlossaryScreen)


async def test_bad_glossary_is_reported_and_not_overwritten(project: Path) -> None:
    glossary = project / "glossary.tsv"
    lines = glossary.read_text(encoding="utf-8").splitlines(keepends=True)
    bad = "".join(lines) + "broken row without tabs\n"
    glossary.write_text(bad, encoding="utf-8")
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert any("glossary.tsv" in n.message for n in app._notifications)
        await pilot.press("g", "a")
        await settle(app, pilot)
        for column, value in {"id": "x-new", "type": "person", "en": "X New"}.items():
            await _fill(pilot, app, column, value)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert "fix them in the file" in str(app.screen.query_one("#form-error").render())
        assert glossary.read_text(encoding="utf-8") == bad


async def test_glossary_changed_on_disk_is_reloaded(project: Path) -> None:
    import os

    glossary = project / "glossary.tsv"
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("g")
        await settle(app, pilot)
        before = app.screen.query_one(DataTable).row_count
        text = glossary.read_text(encoding="utf-8")
        header = next(l for l in text.splitlines() if l.startswith("id\t"))
        row = dict.fromkeys(header.split("\t"), "")
        row.update(id="disk-added", type="person", en="Disk Added")
        glossary.write_text(text + "\t".join(row[c] for c in header.split("\t")) + "\n", encoding="utf-8")
        st = glossary.stat()
        os.utime(glossary, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
        app.poll_disk()
        await settle(app, pilot)
        assert app.screen.query_one(DataTable).row_count == before + 1
        assert any("glossary reloaded" in n.message for n in app._notifications)


def _forget_spelling(project: Path, spelling: str) -> None:
    """Make *spelling* unknown again in the project's glossary copy, so the checks call it a variant."""
    from dataclasses import replace as _replace

    from workbench.glossary import load_glossary, save_glossary

    glossary = load_glossary(project / "glossary.tsv")
    for referent in glossary.referents:
        if spelling in referent.en_admitted or spelling in referent.en_deprecated:
            glossary.update(referent.id, _replace(
                referent,
                en_admitted=tuple(s for s in referent.en_admitted if s != spelling),
                en_deprecated=tuple(s for s in referent.en_deprecated if s != spelling)))
    save_glossary(glossary)


async def test_accept_variant_from_checks(project: Path) -> None:
    _forget_spelling(project, "Petrokazakhstan")
    glossary = project / "glossary.tsv"
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        screen = app.screen
        rows = [i for i, item in enumerate(screen._items)
                if item.finding.check == "source-variant-spelling" and item.finding.referent]
        assert rows, "the seeds write Petrokazakhstan, a variant once the glossary forgets it"
        item = screen._items[rows[0]]
        screen.query_one(DataTable).move_cursor(row=rows[0])
        await pilot.press("a")
        await settle(app, pilot)
        line = next(l for l in glossary.read_text(encoding="utf-8").splitlines()
                    if l.startswith(item.finding.referent + "\t"))
        assert item.finding.offending in line
        # the checks ran again on the new glossary
        assert app.findings_ready and app.session.checker() is not None
        # and the accepted spelling is now that referent's spelling, not a variant (the
        # "Petrokazakhstan" bug: inner-capitals variants stayed reported after accepting)
        again = [l.finding for located in app.findings.values() for l in located
                 if l.finding.check == "source-variant-spelling"
                 and (l.finding.referent, l.finding.offending) == (item.finding.referent, item.finding.offending)]
        assert again == []
        assert (item.finding.referent, item.finding.offending) not in {
            (i.finding.referent, i.finding.offending) for i in screen._items
            if i.finding.check == "source-variant-spelling"}


async def test_accept_inner_capitals_variant_from_checks(project: Path) -> None:
    """Regression: «Petrokazakhstan» accepted with a stayed reported as an inner-capitals variant."""
    _forget_spelling(project, "Petrokazakhstan")
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        screen = app.screen
        rows = [i for i, item in enumerate(screen._items)
                if item.finding.check == "source-variant-spelling" and item.finding.offending == "Petrokazakhstan"]
        assert rows, "the seeds write Petrokazakhstan"
        screen.query_one(DataTable).move_cursor(row=rows[0])
        await pilot.press("a")
        await settle(app, pilot)
        assert app.findings_ready
        assert not [i for i in screen._items if i.finding.offending == "Petrokazakhstan"
                    and i.finding.check == "source-variant-spelling"]
