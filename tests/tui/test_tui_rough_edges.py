"""Pilot tests of the UI's rough edges found by using it in tmux (issue 12, item 5): each test
drives the real app on a copy of the project and checks what is on the screen or on disk."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest
from conftest import settle
from textual.widgets import DataTable, Static, TextArea

from workbench.tui.app import make_app
from workbench.tui.commands import WorkbenchCommands
from workbench.tui.dialogs.confirm import QuitDialog
from workbench.tui.screens.checks import ChecksScreen
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.overview import OverviewScreen
from workbench.tui.settings import load_ui_settings
from workbench.tui.widgets.panels import referents_in
from workbench.tui.widgets.segment_list import DRAFT_MARK, SegmentList

pytestmark = pytest.mark.asyncio


def screen_lines(app) -> list[str]:
    """The screen as the terminal shows it, one string per row (the compositor's full frame)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def widget_lines(widget) -> list[str]:
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def joined(lines: list[str]) -> str:
    return " ".join(" ".join(lines).split())


def segment_with_most_names(session, language: str = "ru"):
    best = None
    for name, info in session.docs.items():
        for segment in info.document.segments:
            referents = [r for r in referents_in(session.find_names(segment.source)) if r.valid_forms(language)]
            if best is None or len(referents) > len(best[2]):
                best = (name, segment, referents)
    assert best is not None
    return best


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_names_panel_shows_every_name_whole(project: Path, size: tuple[int, int]) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        name, segment, referents = segment_with_most_names(app.session)
        assert len(referents) >= 3, "the seeds have segments naming three or more glossary names"
        app.open_editor(name, "ru", segment.index)
        await settle(app, pilot)
        # and a segment with long names (they wrap under themselves, never cut)
        long_doc = "01-initial-report"
        long_segment = next(s for s in app.session.document(long_doc).segments if "Айнур Курманов" in s.source)
        long_referents = referents_in(app.session.find_names(long_segment.source))
        for doc, seg, shown_referents in ((name, segment, referents), (long_doc, long_segment, long_referents)):
            app.open_editor(doc, "ru", seg.index)
            await settle(app, pilot)
            names = app.screen.query_one("#names", Static)
            shown = joined(widget_lines(names))
            for n, referent in enumerate(shown_referents, 1):
                assert f"{n} " in shown
                entry = f"{referent.cell('en')} → {referent.valid_forms('ru')[0]}"
                assert entry in shown, (entry, shown)
            assert shown.count("…") == 1      # the one in "Alt+1…9": no entry is cut with an ellipsis
            # the side column holds the whole panel (it scrolls when the panels outgrow it)
            side = app.screen.query_one("#side")
            assert side.virtual_size.height >= names.outer_size.height
            await pilot.press("escape")
            await settle(app, pilot)


async def test_editor_shows_the_target_language(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        # the document with the longest title: the header cuts it, never the language
        longest = max(app.session.docs, key=lambda n: len(app.session.docs[n].title))
        for language, shown in (("ru", "Russian (ru)"), ("kk", "Kazakh (kk)")):
            app.open_editor(longest, language, 0)
            await settle(app, pilot)
            area = app.screen.query_one("#translation", TextArea)
            assert area.border_title == shown
            lines = screen_lines(app)
            assert any(shown in line for line in lines)
            assert lines[0].strip().startswith("⭘") and f" {language} · " in lines[0]
            await pilot.press("escape")
            await settle(app, pilot)


async def test_footer_has_no_stray_letter_after_palette(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert screen_lines(app)[-1].rstrip().endswith("^p palette")
        await pilot.press("enter")
        await settle(app, pilot)
        for width in (100, 80, 120):
            await pilot.resize_terminal(width, 30)
            await settle(app, pilot)
            last = screen_lines(app)[-1]
            assert last.rstrip().endswith("^p palette") and last.endswith(" "), last


async def test_translation_rewraps_after_a_resize(project: Path) -> None:
    """The box rewraps to the new width and is repainted whole (before: words missing until a key)."""
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        text = "Только что поговорил по телефону с Айнуром Курмановым, одним из лидеров движения"
        area = app.screen.query_one("#translation", TextArea)
        area.load_text(text)
        await settle(app, pilot)
        for size in ((100, 30), (80, 24), (120, 35)):
            await pilot.resize_terminal(*size)
            await settle(app, pilot)
            shown = joined(widget_lines(area))
            assert shown == text, (size, shown)
            # and on the screen itself: every word once, in order
            region = area.content_region
            lines = screen_lines(app)[region.y:region.bottom]
            on_screen = joined([line[region.x:region.right] for line in lines])
            assert on_screen == text, (size, on_screen)


async def test_source_changed_hint_names_keys_that_work_there(project: Path) -> None:
    import os

    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        source = app.session.docs[app.screen.doc_name].path
        source.write_text(source.read_text(encoding="utf-8") + "\n\nA new paragraph.\n", encoding="utf-8")
        st = source.stat()
        os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
        app.poll_disk()
        await settle(app, pilot)
        notes = [n.message for n in app._notifications if n.title == "Source changed"]
        assert notes and all("press U" not in n for n in notes)
        assert "u in the overview, or Ctrl+P → Update catalogues" in notes[0]
        # in the editor, u and U are letters: typed, not an update
        await pilot.press("U")
        assert app.screen.query_one("#translation", TextArea).text.endswith("U")


async def test_checks_info_toggle_shows_the_spelling_report(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("c")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, ChecksScreen)
        table = screen.query_one(DataTable)
        without = table.row_count
        assert "info hidden (i shows)" in str(screen.query_one("#checks-summary", Static).render())
        await pilot.press("i")
        await settle(app, pilot)
        with_info = table.row_count
        assert with_info > without
        checks = {str(table.get_row_at(r)[3]) for r in range(with_info)}
        assert "source-name" in checks
        assert "info shown (i hides)" in str(screen.query_one("#checks-summary", Static).render())
        await pilot.press("i")
        await settle(app, pilot)
        assert table.row_count == without
        # the overview's counts leave info out
        await pilot.press("escape")
        await settle(app, pilot)
        cells = [str(c) for c in app.screen.query_one(DataTable).get_row_at(0)]
        assert cells[4].strip() == str(sum(1 for l in app.findings.get((next(iter(app.session.docs)), "ru"), [])
                                           if l.finding.severity != "info"))


async def test_palette_entries_say_what_a_key_does(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        provider = WorkbenchCommands(app.screen)
        entries = {title: help_text for title, help_text, _ in provider._commands()}
        assert not any(h.startswith("key ") for h in entries.values()), entries
        assert entries["Open"].startswith("open the selected document")
        assert entries["Open"].endswith("key: " + app.get_key_display(app.screen.BINDINGS[0]))
        await pilot.press("enter")
        await settle(app, pilot)
        entries = {title: help_text for title, help_text, _ in WorkbenchCommands(app.screen)._commands()}
        assert "^s/F2" in entries["Confirm"]


async def test_segment_list_marks_drafts(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        seg_list = app.screen.query_one(SegmentList)
        assert not seg_list.rows[0].draft
        await pilot.press(*"Черновик")
        await settle(app, pilot)
        assert seg_list.rows[0].draft
        await pilot.press("alt+down")        # leave it unconfirmed
        await settle(app, pilot)
        assert seg_list.rows[0].draft and DRAFT_MARK in seg_list.render_line(0).text[:4]
        assert DRAFT_MARK not in seg_list.render_line(1).text[:4]
        # typing it back to what is saved is no draft; confirming clears the mark too
        await pilot.press("alt+up")
        await settle(app, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert not seg_list.rows[0].draft and DRAFT_MARK not in seg_list.render_line(0).text[:4]
    # a draft restored from the journal is marked when the editor opens
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"Второй", "alt+down")
        await settle(app, pilot)
        editor = app.screen
        index = editor.current - 1
        await pilot.press("ctrl+q")
        await settle(app, pilot)
        await pilot.press("escape")           # not now: back to the editor (see the quit test)
        await settle(app, pilot)
        app.session.flush_drafts()
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one(SegmentList).rows[index].draft


async def test_theme_is_kept_between_runs(project: Path, user_config: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        default = app.theme
        other = next(name for name in app.available_themes if name != default)
        app.theme = other
        await settle(app, pilot)
    settings = user_config / "workbench" / "ui.toml"
    assert load_ui_settings(settings).theme == other
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert app.theme == other


async def test_unreadable_ui_settings_are_reported_and_left_alone(project: Path, user_config: Path) -> None:
    settings = user_config / "workbench" / "ui.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('theme = "gruvbox\n', encoding="utf-8")
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        notes = [n.message for n in app._notifications if n.title == "UI settings"]
        assert notes and str(settings) in notes[0] and "not valid TOML" in notes[0]
        app.theme = next(name for name in app.available_themes if name != app.theme)
        await settle(app, pilot)
    assert settings.read_text(encoding="utf-8") == 'theme = "gruvbox\n'       # not overwritten


async def test_worker_failures_are_shown(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)

        def broken_check_all(*args: object, **kwargs: object) -> None:
            raise RuntimeError("the checker broke")

        app.session.check_all = broken_check_all     # a bug in the core, as the app's worker meets it
        app.run_checks()
        await settle(app, pilot)
        notes = [n for n in app._notifications if n.title == "Internal error"]
        assert notes and "RuntimeError: the checker broke" in notes[0].message and "checks" in notes[0].message
        assert notes[0].severity == "error"
        # a worker started by a screen (the editor's memory lookup) too
        await pilot.press("enter")
        await settle(app, pilot)

        def broken_suggestions(*args: object, **kwargs: object) -> None:
            raise ValueError("memory index damaged")

        app.session.suggestions = broken_suggestions
        editor = app.screen
        target = next(i for i, row in enumerate(editor.query_one(SegmentList).rows)
                      if row.status != "translated" and i != editor.current)
        editor.go_to(target)
        await settle(app, pilot)
        assert any("ValueError: memory index damaged" in n.message for n in app._notifications)
        assert app.is_running


async def test_closed_editors_are_freed(project: Path) -> None:
    """Closed editor screens are garbage: neither gc.freeze() nor the app's watchers keep them.

    (Textual's finished workers stay referenced from context variables until later workers
    replace them, so an editor closed just before the next one opens may be frozen with it and
    freed only at the navigation after: the app thaws and collects at every editor it opens.
    After that step the two most recent editors may still be alive, never the earlier ones,
    however many editors were opened.)"""
    gc.unfreeze()       # whatever an earlier test left
    gc.collect()
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        # an editor open while the project loads: the GC freeze waits until it is closed
        app.open_editor(next(iter(app.session.docs)), "ru", 0)
        await settle(app, pilot)
        assert isinstance(app.screen, EditorScreen)
        assert not app._frozen
        editors = [weakref.ref(app.screen)]
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.pause(2.2)
        assert app._frozen
        for n in range(6):
            await pilot.press("down" if n else "up")
            await pilot.press("enter")
            await settle(app, pilot)
            assert isinstance(app.screen, EditorScreen)
            editors.append(weakref.ref(app.screen))
            await pilot.press(*"текст")
            await pilot.press("escape")
            await settle(app, pilot)
        await pilot.press("down")
        await settle(app, pilot)
        await pilot.pause(0.2)
        gc.collect()
        alive = [n for n, ref in enumerate(editors) if ref() is not None]
        assert len(alive) <= 3, f"closed editors {alive} of {len(editors)} are still alive"
        app._refreeze()         # what the next editor opened does first
        gc.collect()
        alive = [n for n, ref in enumerate(editors) if ref() is not None]
        assert all(n >= len(editors) - 2 for n in alive), \
            f"closed editors {alive} of {len(editors)} are still alive (only the last two may be)"
    assert gc.get_freeze_count() == 0       # the app unfreezes on exit


async def test_escape_in_the_quit_dialog_cancels(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen
        doc, msgid = editor.doc_name, editor.segments[0].msgid
        await pilot.press(*"Не потерять")
        await pilot.press("ctrl+q")
        await settle(app, pilot)
        assert isinstance(app.screen, QuitDialog)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.is_running and app.screen is editor
        assert editor.query_one("#translation", TextArea).text == "Не потерять"
        assert app.session.draft(doc, "ru", msgid) == "Не потерять"
        # the button does the same
        await pilot.press("ctrl+q")
        await settle(app, pilot)
        await pilot.click("#cancel")
        await settle(app, pilot)
        assert app.is_running and app.session.draft(doc, "ru", msgid) == "Не потерять"
        # n discards, and quits
        await pilot.press("ctrl+q")
        await settle(app, pilot)
        await pilot.press("n")
        await settle(app, pilot)
    assert app.return_value == 0
    assert app.session.draft(doc, "ru", msgid) is None


async def test_cursor_blink_off_in_test_mode(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        area = app.screen.query_one("#translation", TextArea)
        assert not area.cursor_blink and not app.screen.query_one("#filter").cursor_blink
        before = widget_lines(area)
        await pilot.pause(1.2)          # two blink periods: the cursor must not have changed
        assert widget_lines(area) == before and area._draw_cursor
