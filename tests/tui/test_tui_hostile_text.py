"""Terminal control sequences and markup in data never reach the terminal (issue 12, item 3).

Sources, a translation, a glossary cell and a file name of ``hostile_project`` carry
``ESC ] 0 ; PWNED BEL`` (retitle the window), SGR colours, a C1 CSI, a bell and Rich
markup (``[bold]``, ``[/]``). On every screen the frame the app would write to the terminal
must hold no control character in its text (Textual's own escape codes are generated from
styles, never from text), and the data must be visible as placeholders.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from textual.widgets import DataTable, Input, TextArea

from workbench.tui.app import make_app
from workbench.tui.safe_text import has_controls, literal, visible, visible_same_length
from workbench.tui.screens.editor import EditorScreen

CONTROLS = {chr(c) for c in range(0x20) if c != 0x0A} | {chr(0x7F)} | {chr(c) for c in range(0x80, 0xA0)}


def frame_text(app) -> str:
    """The text of every cell of the current frame (what the terminal is sent, less Textual's styles)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def frame_bytes(app) -> str:
    """The terminal sequence for the whole frame, as the app writes it."""
    return app.screen._compositor.render_full_update().render_segments(app.console)


def assert_inert(app) -> None:
    text = frame_text(app)
    bad = sorted({f"U+{ord(ch):04X}" for ch in text if ch in CONTROLS})
    assert not bad, f"control characters reach the terminal: {bad}"
    sequence = frame_bytes(app)
    assert "\x07" not in sequence and "\x1b]" not in sequence and "\x9b" not in sequence
    for title in (app.title, app.sub_title, app.screen.title or "", app.screen.sub_title or ""):
        assert not has_controls(title), repr(title)


def test_visible_maps_every_control_character() -> None:
    assert visible("a\x1b]0;t\x07b") == "a␛]0;t␇b"
    assert visible("\x00\x7f\x9b") == "␀␡⟨9B⟩"
    assert visible("line\nnext\ttab") == "line\nnext\ttab"
    assert visible("line\nnext\ttab", one_line=True) == "line␊next␉tab"
    assert not has_controls(visible("".join(chr(c) for c in range(0x100)), one_line=True))
    # the controls of writing direction are shown too: "Trojan Source" text reads as it is stored
    assert visible("abc\u202edef\u2066g\u2069") == "abc⟨202E⟩def⟨2066⟩g⟨2069⟩"
    assert visible_same_length("a\u202eb") == "a�b"
    assert has_controls("a\u202eb") and has_controls("a\u200fb")
    same = visible_same_length("x\x1by\x9bz\nw")
    assert len(same) == len("x\x1by\x9bz\nw") and "\n" in same and not has_controls(same.replace("\n", ""))
    # markup is not parsed: Text objects hold it as plain text
    assert literal("[bold]x[/]").plain == "[bold]x[/]" and not literal("[bold]x[/]").spans


@pytest.mark.asyncio
async def test_overview_editor_glossary_checks_palette_are_inert(hostile_project: Path) -> None:
    app = make_app(hostile_project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(app, pilot)
        assert_inert(app)
        text = frame_text(app)
        assert "Title ␛]0;PWNED␇ with ␛[31mred␛[0m" in text
        # the editor: source, neighbours, list, and the translation being edited
        names = list(app.session.docs)
        app.open_editor("evil", "ru", 0)
        await settle(app, pilot)
        editor = app.screen
        assert isinstance(editor, EditorScreen)
        area = editor.query_one("#translation", TextArea)
        assert "\x1b]0;PWNED\x07" in area.text          # the text itself is kept, byte for byte
        assert_inert(app)
        text = frame_text(app)
        assert "Перевод ␛]0;PWNED␇ и ␛[31mфон␛[0m [bold]Ж[/]" in text
        assert "control characters shown as ␛" in text
        await pilot.press("alt+down")
        await settle(app, pilot)
        assert_inert(app)
        assert "⟨9B⟩2J and ␇ here." in frame_text(app)
        # typing a control character (a paste) is shown as a placeholder too, and saved as typed
        area.insert("\x1b[2J")
        await settle(app, pilot)
        assert_inert(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        from workbench.gettext import read_po

        saved = read_po(hostile_project / "locale" / "ru" / "LC_MESSAGES" / "evil.po")
        assert "\x1b[2J" in saved.get(editor.segments[1].msgid).msgstr
        # the filter box
        await pilot.press("ctrl+f")
        editor.query_one("#filter", Input).value = "\x1b]0;x\x07"
        await settle(app, pilot)
        assert_inert(app)
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        # the file whose name holds an escape sequence is left out, and named with placeholders
        assert names == ["evil"]
        assert any("file␛[31mname.txt" in n.message and "rename the file" in n.message
                   for n in app._notifications), [n.message for n in app._notifications]
        # the glossary: the row with the hostile note, its detail line and its edit form
        await pilot.press("g")
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        row = next(r for r in range(table.row_count) if "evilcorp" in str(table.get_row_at(r)[0]))
        table.move_cursor(row=row)
        await settle(app, pilot)
        assert_inert(app)
        assert "[bold]not bold[/] [link=x]y[/link]" in " ".join(frame_text(app).split())
        await pilot.press("e")
        await settle(app, pilot)
        assert_inert(app)
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        # the checks, with info, and the command palette listing the documents
        await pilot.press("c")
        await settle(app, pilot)
        await pilot.press("i")
        await settle(app, pilot)
        assert_inert(app)
        await pilot.press("escape")
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await settle(app, pilot)
        await pilot.press(*"open file")
        await settle(app, pilot)
        assert_inert(app)
        await pilot.press("escape")
        await settle(app, pilot)


@pytest.mark.asyncio
async def test_notifications_are_inert(hostile_project: Path) -> None:
    app = make_app(hostile_project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(app, pilot)
        app.notify("[bold]not markup[/] \x1b]0;PWNED\x07 \x1b[5m", title="\x1b[31mTitle[/]")
        await settle(app, pilot)
        await pilot.pause(0.3)
        assert_inert(app)
        toasts = list(app.screen.query("Toast"))
        assert toasts
        lines = [toast.render_line(y).text for toast in toasts for y in range(toast.size.height)]
        assert not any(ch in CONTROLS for line in lines for ch in line)
        text = " ".join(" ".join(lines).split())
        assert "[bold]not markup[/] ␛]0;PWNED␇ ␛[5m" in text and "␛[31mTitle[/]" in text, text
