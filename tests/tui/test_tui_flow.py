"""Pilot tests: drive the real app on a copy of the project and check the files on disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import change_on_disk, segment_with_a_name, settle
from textual.widgets import Static, TextArea

from workbench.gettext import read_po
from workbench.tui.app import make_app
from workbench.tui.screens.editor import EditorScreen
from workbench.tui.screens.overview import OverviewScreen
from workbench.tui.widgets.segment_list import SegmentList

pytestmark = pytest.mark.asyncio


def po(project: Path, doc: str, lang: str):
    return read_po(project / "locale" / lang / "LC_MESSAGES" / f"{doc}.po")


async def test_translate_confirm_reopen(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen) and editor.language == "ru"
        doc = editor.doc_name
        first = editor.segments[0]
        assert editor.current == 0
        await pilot.press(*"Казахстан: первый отчёт")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        # confirmed: saved at once, and the editor moved on to the next untranslated segment
        assert po(project, doc, "ru").get(first.msgid).msgstr == "Казахстан: первый отчёт"
        assert editor.current == 1
        second = editor.segments[1]
        await pilot.press(*"Второе")
        await pilot.press("f2")
        await settle(app, pilot)
        assert po(project, doc, "ru").get(second.msgid).msgstr == "Второе"
        # mark fuzzy with one key, then confirm clears the flag
        await pilot.press("alt+up")
        await settle(app, pilot)
        assert editor.current == 1
        await pilot.press("f3")
        await settle(app, pilot)
        assert po(project, doc, "ru").get(second.msgid).fuzzy
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        message = po(project, doc, "ru").get(second.msgid)
        assert message.msgstr == "Второе" and not message.fuzzy
        # copy source, then undo the confirm of a segment
        await pilot.press("f4")
        assert app.screen.query_one("#translation", TextArea).text == editor.segments[editor.current].source
    # reopen: the translations are there
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.open_editor(doc, "ru", 0)
        await settle(app, pilot)
        assert app.screen.query_one("#translation", TextArea).text == "Казахстан: первый отчёт"
        rows = app.screen.query_one(SegmentList).rows
        assert rows[0].status == "translated" and rows[1].status == "translated"


async def test_insert_glossary_form(project: Path) -> None:
    pytest.importorskip("workbench.glossary")
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        name, segment, form = segment_with_a_name(app.session, "ru")
        app.open_editor(name, "ru", segment.index)
        await settle(app, pilot)
        assert app.screen.current == segment.index
        await pilot.press("alt+1")
        await pilot.press(*" ok")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert po(project, name, "ru").get(segment.msgid).msgstr == f"{form} ok"


async def test_markup_like_text_is_literal(markup_project: Path) -> None:
    app = make_app(markup_project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, EditorScreen)
        context = str(app.screen.query_one("#context", Static).render())
        assert "Notes [Elders] and [2012]" in context
        await pilot.press("alt+down")
        await settle(app, pilot)
        context = str(app.screen.query_one("#context", Static).render())
        assert "The [/] closes nothing and [bold]this is not bold[/bold] <b>either</b>." in context
        # a translation that looks like markup is saved and shown literally
        await pilot.press(*"[Старейшины] [/] [b]")
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert po(markup_project, "tricky", "ru").get(app.screen.segments[1].msgid).msgstr == "[Старейшины] [/] [b]"
        screen_text = app.export_screenshot().replace("&#160;", " ")
        assert "[Elders]" in screen_text and "[/]" in screen_text and "[Старейшины]" in screen_text
        await pilot.press("escape")
        await settle(app, pilot)
        assert "[Elders]" in app.export_screenshot().replace("&#160;", " ")


async def test_filter_and_switch_language(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("ctrl+f")
        await pilot.press(*"almaty")
        await settle(app, pilot)
        seg_list = app.screen.query_one(SegmentList)
        assert 0 < len(seg_list.shown) < len(seg_list.rows)
        assert all("almaty" in seg_list.rows[i].source.lower() for i in seg_list.shown)
        await pilot.press("escape")
        await pilot.press("ctrl+l")
        await settle(app, pilot)
        assert isinstance(app.screen, EditorScreen) and app.screen.language == "kk"


async def test_broken_catalogue_is_a_message_not_a_traceback(project: Path) -> None:
    path = project / "locale" / "ru" / "LC_MESSAGES" / "01-initial-report.po"
    path.parent.mkdir(parents=True)
    path.write_text('msgid "x"\nmsgstr "y"\nmsgid broken\n', encoding="utf-8")
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert any("01-initial-report.po" in n.message for n in app._notifications)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"abc", "ctrl+s")
        await settle(app, pilot)
        # the broken file is left alone
        assert path.read_text(encoding="utf-8").endswith("msgid broken\n")


async def test_change_on_disk_is_merged(project: Path) -> None:
    from workbench.gettext import write_po

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen
        doc = editor.doc_name
        await pilot.press(*"Мой перевод", "ctrl+s")
        await settle(app, pilot)
        # someone else edits another message of the same catalogue
        cat = po(project, doc, "ru")
        other = editor.segments[5].msgid
        cat.get(other).msgstr = "Чужой перевод"
        write_po(cat, project / "locale" / "ru" / "LC_MESSAGES" / f"{doc}.po")
        app.poll_disk()
        await settle(app, pilot)
        assert app.session.translation(doc, "ru", other) == "Чужой перевод"
        assert editor.query_one(SegmentList).rows[5].translation == "Чужой перевод"
        on_disk = po(project, doc, "ru")
        assert on_disk.get(editor.segments[0].msgid).msgstr == "Мой перевод"
        assert on_disk.get(other).msgstr == "Чужой перевод"


async def test_translation_memory_offers_repeat(tmp_path: Path) -> None:
    root = tmp_path / "tm"
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text('[workbench]\nsource = "seeds"\nlanguages = ["ru"]\nname = "tm"\n',
                                         encoding="utf-8")
    (root / "seeds" / "a.txt").write_text("The workers of Zhanaozen went on strike.\n", encoding="utf-8")
    (root / "seeds" / "b.txt").write_text("Intro sentence here.\n\nThe workers of Zhanaozen went on strike.\n",
                                          encoding="utf-8")
    app = make_app(root, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.open_editor("a", "ru", 0)
        await settle(app, pilot)
        await pilot.press(*"Рабочие Жанаозена забастовали.", "ctrl+s")
        await settle(app, pilot)
        await pilot.press("escape")
        app.open_editor("b", "ru", 1)
        await settle(app, pilot)
        memory = str(app.screen.query_one("#memory", Static).render())
        assert "100%" in memory and "Рабочие Жанаозена забастовали." in memory
        await pilot.press("alt+m", "ctrl+s")
        await settle(app, pilot)
        assert po(root, "b", "ru").get(app.screen.segments[1].msgid).msgstr == "Рабочие Жанаозена забастовали."


async def test_pick_inflected_name(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        name = "01-initial-report"
        index = next(s.index for s in app.session.document(name).segments if "Айнур Курманов" in s.source)
        app.open_editor(name, "ru", index)
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        labels = [str(o.prompt) for o in app.screen.query_one("OptionList").options]
        assert any("Айнуром Курмановым" in label and "ins" in label for label in labels)
        choice = next(i for i, label in enumerate(labels) if "Айнуром Курмановым" in label)
        app.screen.query_one("OptionList").highlighted = choice
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one("#translation", TextArea).text.endswith("Айнуром Курмановым")


async def test_quit_with_unconfirmed_edit_keeps_it_as_fuzzy(project: Path) -> None:
    from workbench.tui.dialogs.confirm import QuitDialog

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        doc, msgid = app.screen.doc_name, app.screen.segments[0].msgid
        await pilot.press(*"Черновик")
        await pilot.press("ctrl+q")
        await settle(app, pilot)
        assert isinstance(app.screen, QuitDialog)
        await pilot.press("y")
        await settle(app, pilot)
    message = po(project, doc, "ru").get(msgid)
    assert message.msgstr == "Черновик" and message.fuzzy


async def test_mouse_selects_segment(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.click("#documents", offset=(5, 2))     # second document row
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.doc_name == list(app.session.docs)[1]
        await pilot.click("#segments", offset=(10, 3))
        await settle(app, pilot)
        assert app.screen.current == 3
        await pilot.click("#translation")
        await pilot.press(*"мышь", "ctrl+s")
        await settle(app, pilot)
        assert po(project, app.screen.doc_name, "ru").get(app.screen.segments[3].msgid).msgstr == "мышь"


@pytest.mark.parametrize("fix_key", ["f6", "alt+f"])  # tmux/xterm turn Alt+F into Ctrl+Right: F6 works there
async def test_live_check_and_apply_fix(project: Path, fix_key: str) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        name = "01-initial-report"
        segment = next(s for s in app.session.document(name).segments if "Zhanaozen" in s.source)
        app.open_editor(name, "ru", segment.index)
        await settle(app, pilot)
        await pilot.press(*"Рабочие в Жанаозэн бастуют")
        await pilot.pause(0.3)
        await settle(app, pilot)
        findings = app.screen._live_findings
        assert findings, "the wrong form should be flagged while typing"
        panel = str(app.screen.query_one("#findings", Static).render())
        assert "Жанаозэн" in panel
        if any(f.suggestion and f.offending in app.screen.query_one("#translation", TextArea).text
               for f in findings):
            await pilot.press(fix_key)
            await settle(app, pilot)
            assert "Жанаозэн" not in app.screen.query_one("#translation", TextArea).text


async def test_overview_follows_progress(project: Path) -> None:
    from textual.widgets import DataTable

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press(*"Перевод", "ctrl+s")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        cell = str(app.screen.query_one(DataTable).get_row_at(0)[3])
        assert cell.strip().endswith("%") and not cell.strip().endswith(" 0%")


async def test_unconfirmed_draft_survives_a_crash(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        doc, msgid = app.screen.doc_name, app.screen.segments[0].msgid
        await pilot.press(*"Несохранённый черновик")
        # no confirm, no leaving the segment: the journal is written by the timer within a second or two
        journal = project / ".workbench" / "drafts.json"
        for _ in range(100):       # (it may hold a shorter text first: written while typing)
            await pilot.pause(0.1)
            if journal.exists() and "Несохранённый черновик" in journal.read_text(encoding="utf-8"):
                break
        await app.workers.wait_for_complete()
        assert "Несохранённый черновик" in journal.read_text(encoding="utf-8")
        # the "crash": leave without the quit path (nothing is saved as fuzzy)
    catalogue = project / "locale" / "ru" / "LC_MESSAGES" / f"{doc}.po"
    assert not catalogue.exists() or read_po(catalogue).get(msgid).msgstr == ""
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        assert any("1 unsaved draft restored" in n.message for n in app._notifications)
        app.open_editor(doc, "ru", 0)
        await settle(app, pilot)
        editor = app.screen
        assert editor.query_one("#translation", TextArea).text == "Несохранённый черновик"
        assert "edited" in str(editor.query_one("#status", Static).render())
        assert editor.query_one(SegmentList).rows[0].status == "untranslated"   # a draft, not saved
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert po(project, doc, "ru").get(msgid).msgstr == "Несохранённый черновик"
        for _ in range(100):
            await pilot.pause(0.1)
            if not journal.exists():
                break
        assert not journal.exists()     # confirmed: out of the journal


async def test_click_name_in_names_panel_inserts_it(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        session = app.session
        name = "01-initial-report"
        segment = next(s for s in session.document(name).segments
                       if len({id(h.referent) for h in session.find_names(s.source)
                               if h.referent.valid_forms("ru")}) >= 2)
        app.open_editor(name, "ru", segment.index)
        await settle(app, pilot)
        from workbench.tui.widgets.panels import referents_in

        second = referents_in(session.find_names(segment.source))[1]
        form = second.valid_forms("ru")[0]
        names = app.screen.query_one("#names", Static)
        # the panel wraps: find the screen row of entry 2 as drawn
        row = next(y for y in range(names.size.height) if names.render_line(y).text.startswith("2 "))
        await pilot.click("#names", offset=(4, row))
        await settle(app, pilot)
        area = app.screen.query_one("#translation", TextArea)
        assert area.text.endswith(form) and area.has_focus


async def test_source_changed_on_disk_reloads_and_update_from_overview(project: Path) -> None:
    import os

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen
        doc = editor.doc_name
        before = len(editor.query_one(SegmentList).rows)
        await pilot.press(*"Первый", "ctrl+s")
        await settle(app, pilot)
        source = app.session.docs[doc].path
        source.write_text(source.read_text(encoding="utf-8") + "\n\nA paragraph added on disk.\n", encoding="utf-8")
        st = source.stat()
        os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))
        app.poll_disk()
        await settle(app, pilot)
        assert any("source changed: the catalogues need `workbench update`" in n.message for n in app._notifications)
        rows = editor.query_one(SegmentList).rows
        assert len(rows) == before + 1
        assert rows[-1].source == "A paragraph added on disk." and rows[-1].status == "untranslated"
        assert rows[0].status == "translated"
        new_msgid = editor.segments[-1].msgid
        assert app.session.message(doc, "ru", new_msgid) is None       # not in the catalogue until update
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, OverviewScreen)
        await pilot.press("u")
        await settle(app, pilot)
        assert po(project, doc, "ru").get(new_msgid) is not None
        assert po(project, doc, "ru").get(editor.segments[0].msgid).msgstr == "Первый"
        assert any("written" in n.message for n in app._notifications)
        app.open_editor(doc, "ru", before)
        await settle(app, pilot)
        await pilot.press(*"Абзац с диска", "ctrl+s")
        await settle(app, pilot)
        assert po(project, doc, "ru").get(new_msgid).msgstr == "Абзац с диска"


async def _confirmed_and_reopened(app, pilot, reopen: bool = True) -> tuple[EditorScreen, str, str]:
    """The first segment translated and confirmed (the editor moves on), then with *reopen*
    shown again: (editor, document, msgid)."""
    await settle(app, pilot)
    await pilot.press("enter")
    await settle(app, pilot)
    editor = app.screen
    doc, msgid = editor.doc_name, editor.segments[0].msgid
    await pilot.press(*"МОЙ ПЕРЕВОД", "ctrl+s")
    await settle(app, pilot)
    if reopen:
        editor.go_to(0)
        await settle(app, pilot)
    return editor, doc, msgid


async def test_outside_edit_of_a_confirmed_message_is_kept(project: Path) -> None:
    """Someone else changes a message after our confirm reached the file: theirs is the newer
    version. It is shown, no draft of ours appears, and a later confirm never writes ours back."""
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        editor, doc, msgid = await _confirmed_and_reopened(app, pilot, reopen=False)
        change_on_disk(project, doc, "ru", msgid, "ИХ ПЕРЕВОД")
        app.poll_disk()
        await settle(app, pilot)
        assert po(project, doc, "ru").get(msgid).msgstr == "ИХ ПЕРЕВОД"
        notes = [n.message for n in app._notifications]
        assert any("theirs is newer" in n for n in notes), notes
        editor.go_to(0)
        await settle(app, pilot)
        assert editor.query_one("#translation", TextArea).text == "ИХ ПЕРЕВОД"
        assert "edited" not in str(editor.query_one("#status", Static).render())
        assert app.session.draft(doc, "ru", msgid) is None
        assert editor.query_one(SegmentList).rows[0].translation == "ИХ ПЕРЕВОД"
        editor.go_to(1)
        await settle(app, pilot)
        await pilot.press(*"Другой", "ctrl+s")
        await settle(app, pilot)
        assert po(project, doc, "ru").get(msgid).msgstr == "ИХ ПЕРЕВОД"


async def test_outside_edit_while_on_the_segment_shows_at_once(project: Path) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        editor, doc, msgid = await _confirmed_and_reopened(app, pilot)
        change_on_disk(project, doc, "ru", msgid, "ИХ ПЕРЕВОД")
        app.poll_disk()
        await settle(app, pilot)
        assert editor.current == 0
        assert editor.query_one("#translation", TextArea).text == "ИХ ПЕРЕВОД"
        assert "edited" not in str(editor.query_one("#status", Static).render())


async def test_outside_edit_of_the_message_being_typed_is_announced(project: Path) -> None:
    """Found in tmux: typing (not confirmed) while an editor saved the same message elsewhere,
    the reload kept the typing silently, and Ctrl+S then replaced theirs unannounced."""
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        editor, doc, msgid = await _confirmed_and_reopened(app, pilot)
        await pilot.press("end", *" НЕПОДТВЕРЖДЁННЫЙ")
        await settle(app, pilot)
        change_on_disk(project, doc, "ru", msgid, "ИХ [bold]ПЕРЕВОД[/]")
        app.poll_disk()
        await settle(app, pilot)
        area = editor.query_one("#translation", TextArea)
        assert "МОЙ ПЕРЕВОД НЕПОДТВЕРЖДЁННЫЙ" in area.text          # the typing is kept
        notes = [n for n in app._notifications if n.title == "Edited elsewhere too"]
        assert notes and "ИХ [bold]ПЕРЕВОД[/]" in notes[0].message   # theirs is shown, literally


async def test_undo_confirm_restores_the_whole_message(project: Path) -> None:
    from workbench.gettext import write_po
    from workbench.session import Session

    # a fuzzy translation left by an update: "#|" names the source it was made for
    session = Session(project).load()
    doc = next(iter(session.docs))
    msgid = session.document(doc).segments[0].msgid
    path = session.save_translation(doc, "ru", msgid, "Старый перевод", fuzzy=True)
    cat = read_po(path)
    cat.get(msgid).previous_msgid = "The old source sentence."
    write_po(cat, path)
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.open_editor(doc, "ru", 0)
        await settle(app, pilot)
        await pilot.press("end", *" исправлен", "ctrl+s")
        await settle(app, pilot)
        confirmed = po(project, doc, "ru").get(msgid)
        assert confirmed.msgstr == "Старый перевод исправлен" and not confirmed.fuzzy
        assert confirmed.previous_msgid is None
        await pilot.press("alt+u")
        await settle(app, pilot)
        restored = po(project, doc, "ru").get(msgid)
        assert restored.msgstr == "Старый перевод" and restored.fuzzy
        assert restored.previous_msgid == "The old source sentence."
        assert app.screen.query_one(SegmentList).rows[0].status == "fuzzy"


async def test_confirm_saves_in_a_worker_thread(project: Path) -> None:
    import threading

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        ui_thread = threading.current_thread()
        flushes: list[threading.Thread] = []
        real_flush = app.session.flush

        def flush(*args, **kwargs):
            flushes.append(threading.current_thread())
            return real_flush(*args, **kwargs)

        app.session.flush = flush
        doc, msgid = app.screen.doc_name, app.screen.segments[0].msgid
        await pilot.press(*"В фоне", "ctrl+s")
        await settle(app, pilot)
        assert flushes and all(t is not ui_thread for t in flushes)
        assert po(project, doc, "ru").get(msgid).msgstr == "В фоне"


async def test_confirm_does_not_wait_for_a_slow_save(project: Path, monkeypatch) -> None:
    import threading
    import time

    import workbench.util.atomic

    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        editor = app.screen
        doc = editor.doc_name
        real = workbench.util.atomic.atomic_write_bytes
        release = threading.Event()

        def stuck_write(*args, **kwargs):
            assert release.wait(10)
            return real(*args, **kwargs)

        monkeypatch.setattr(workbench.util.atomic, "atomic_write_bytes", stuck_write)
        await pilot.press(*"Первый", "ctrl+s")          # its save hangs in the disk write...
        await pilot.pause(0.2)
        started = time.monotonic()
        await pilot.press(*"Второй", "ctrl+s")          # ...and the next confirm goes through at once
        await pilot.pause()
        assert time.monotonic() - started < 3, "the UI waited for the save"
        assert app.session.translation(doc, "ru", editor.segments[1].msgid) == "Второй"
        assert editor.current == 2
        release.set()
        await settle(app, pilot)
        on_disk = po(project, doc, "ru")
        assert on_disk.get(editor.segments[0].msgid).msgstr == "Первый"
        assert on_disk.get(editor.segments[1].msgid).msgstr == "Второй"
