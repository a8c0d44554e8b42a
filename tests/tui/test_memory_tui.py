"""Pilot tests: name-aware memory matches in the editor, and the concordance screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from textual.widgets import DataTable, Input, Static, TextArea

from tests.helpers import copy_project, tree_bytes
from workbench.cli.main import main
from workbench.gettext import read_po
from workbench.tui.app import make_app
from workbench.tui.screens.concordance import ConcordanceScreen
from workbench.tui.screens.editor import EditorScreen

pytestmark = pytest.mark.asyncio
NEW = "At the same time, troops were brought to Almaty, Aktau and Kyzylorda."


@pytest.fixture(autouse=True)
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_CONFIG", str(tmp_path / "user" / "config.toml"))


@pytest.fixture
def translated(tmp_path: Path) -> Path:
    root = copy_project(tmp_path / "project", with_locale=True)
    seed = root / "seeds" / "02-russian-socialist-movement.txt"
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{NEW}\n", encoding="utf-8")
    assert main(["-C", str(root), "update"]) == 0
    return root


def _text(widget: Static) -> str:
    return str(widget.render())


async def test_editor_offers_the_name_aware_match_with_differences(translated: Path) -> None:
    app = make_app(translated, poll=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(app, pilot)
        doc = "02-russian-socialist-movement"
        index = next(s.index for s in app.session.document(doc).segments if s.msgid == NEW)
        app.open_editor(doc, "ru", index)
        await settle(app, pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen) and editor.current == index
        panel = _text(editor.query_one("#memory", Static))
        assert "99%" in panel and "Одновременно войска были введены в Алматы, Актау и Кызылорду." in panel
        assert "Жанаозен → Кызылорду" in panel
        match = editor._matches[0]
        assert match.adapted and match.replacements[0].case == "acc"
        await pilot.press("alt+m")
        await settle(app, pilot)
        assert editor.query_one("#translation", TextArea).text == match.target
        # a fuzzy (not adapted) match shows the stored source against the current one
        from workbench.tui.widgets.memory_matches import source_diff

        diff = source_diff("Troops were brought to Almaty.", "Troops were sent to Almaty.")
        assert [s.style for s in diff.spans if "strike" in str(s.style)] and "brought" in diff.plain


async def test_concordance_search_replace_undo(translated: Path) -> None:
    app = make_app(translated, poll=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(app, pilot)
        before = tree_bytes(translated / "locale")
        app.open_concordance("Zhanaozen", "ru")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ConcordanceScreen)
        table = screen.query_one(DataTable)
        found = table.row_count
        assert found > 3
        assert "in the catalogues" in _text(screen.query_one("#concordance-status", Static))
        # the translations: preview, untick the first, replace the rest
        await pilot.press("ctrl+t")
        replace = screen.query_one("#replace", Input)
        screen.query_one("#find", Input).value = "Жанаозен"
        replace.value = "Жаңаөзен"
        replace.focus()
        await pilot.press("enter")
        await settle(app, pilot)
        planned = len(screen.plan)
        assert planned >= 2 and table.has_focus
        await pilot.press("space")
        assert screen.ticked[0] is False and all(screen.ticked[1:])
        left, replaced = screen.plan[0], screen.plan[1:]
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        catalogue = read_po(left.path)
        assert catalogue.get(left.msgid).msgstr == left.msgstr          # unticked: left as it was
        for hit in replaced:
            assert read_po(hit.path).get(hit.msgid).msgstr == hit.replaced
        # the open session merged the files it did not write itself
        first = replaced[0]
        assert app.session.translation(first.path.stem, "ru", first.msgid) == first.replaced
        await pilot.press("ctrl+u")
        await settle(app, pilot)
        assert tree_bytes(translated / "locale") == before
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, ConcordanceScreen)


async def test_a_hit_late_in_a_long_sentence_is_brought_into_view() -> None:
    """Keyword in context: the column shows the hit with a little before it, "…" where the
    sentence was cut; a hit near the start shows the sentence from its start; control
    characters stay visible placeholders and the highlight stays on the hit."""
    from workbench.tui.screens.concordance import FOUND_WIDTH, marked, where

    text = "Despite the fact that the country’s nominal president, Kassym-Jomart Tokayev, has taken power"
    at = text.index("Tokayev")
    shown = marked(text, ((at, at + 7),))
    assert shown.plain.startswith("…") and "Tokayev" in shown.plain[:FOUND_WIDTH]
    [span] = shown.spans
    assert shown.plain[span.start:span.end] == "Tokayev"
    early = marked(text, ((8, 11),))
    assert early.plain.startswith("Despite") and early.plain[early.spans[0].start:early.spans[0].end] == "the"
    hostile = "\x1b[31m" + "x" * 70 + " Tokayev"
    shown = marked(hostile, ((len(hostile) - 7, len(hostile)),))
    assert "\x1b" not in shown.plain and shown.plain[shown.spans[0].start:shown.spans[0].end] == "Tokayev"
    assert where("02-russian-socialist-movement.po", 64, "ru").plain == "ru  02-russian-socialist-movement:64"
    long = where("a-very-long-document-name-that-goes-on-and-on.po", 1234, "kk").plain
    assert long.startswith("kk  a-very") and long.endswith(":1234") and "…" in long and len(long) <= 36


async def test_f7_opens_the_concordance_from_the_overview_too(translated: Path) -> None:
    app = make_app(translated, poll=False)
    async with app.run_test(size=(140, 45)) as pilot:
        await settle(app, pilot)
        await pilot.press("f7")
        await settle(app, pilot)
        assert isinstance(app.screen, ConcordanceScreen)
        assert app.screen.query_one("#find", Input).has_focus
        await pilot.press(*"Tokayev", "enter")
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        assert table.row_count > 10
        for row in range(table.row_count):        # every row shows its hit, however late in the sentence
            found = table.get_row_at(row)[2]
            assert "tokayev" in found.plain.lower()[:60], found.plain
