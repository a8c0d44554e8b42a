"""Snapshot tests of every screen at 100×30, and the main ones at 80×24.

The app runs with ``cursor_blink=False`` (steady cursors) and every worker and timer has
settled before the picture is taken, so the pictures do not depend on the machine's load.
Update with ``pytest tests/tui --snapshot-update`` after a deliberate change.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.tui.app import make_app

FIXTURE_GLOSSARY = Path(__file__).parent / "fixtures" / "glossary.tsv"


@pytest.fixture
def project(project: Path) -> Path:
    """The seeds with a frozen glossary, so the pictures follow the UI and not the termbase."""
    shutil.copy(FIXTURE_GLOSSARY, project / "glossary.tsv")
    return project


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _run(*keys: str):
    async def run_before(pilot) -> None:
        await _settle(pilot)
        for key in keys:
            await pilot.press(key)
            await _settle(pilot)
        # the live check runs CHECK_DELAY after the last key: wait for it and its worker
        await pilot.pause(0.3)
        await _settle(pilot)
        for area in pilot.app.screen.query("TextArea"):
            assert not area.cursor_blink
        for box in pilot.app.screen.query("Input"):
            assert not box.cursor_blink

    return run_before


@pytest.mark.parametrize(
    "keys, size",
    [
        pytest.param((), (100, 30), id="overview"),
        pytest.param(("enter",), (100, 30), id="editor"),
        pytest.param(("g",), (100, 30), id="glossary"),
        pytest.param(("c",), (100, 30), id="checks"),
        pytest.param(("b",), (100, 30), id="compile"),
        pytest.param(("enter",), (80, 24), id="editor-80x24"),
        pytest.param((), (80, 24), id="overview-80x24"),
    ],
)
def test_screen(snap_compare, project: Path, keys, size) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    assert snap_compare(app, terminal_size=size, run_before=_run(*keys))


def test_markup_source_literal(snap_compare, markup_project: Path) -> None:
    app = make_app(markup_project, poll=False, cursor_blink=False)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_run("enter", "alt+down"))


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
def test_names_panel_long_names(snap_compare, project: Path, size: tuple[int, int]) -> None:
    """A segment with three names, two of them long: every entry whole, the language on the box."""
    app = make_app(project, poll=False, cursor_blink=False)
    # segment 3 of the first document: Ainur Kurmanov, Socialist Movement of Kazakhstan, Kazakhstan
    assert snap_compare(app, terminal_size=size, run_before=_run("enter", "alt+down", "alt+down"))


def test_hostile_text_and_draft_mark(snap_compare, hostile_project: Path) -> None:
    """Escape sequences as placeholders; a segment left with unconfirmed text marked ✎."""
    app = make_app(hostile_project, poll=False, cursor_blink=False)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_run("enter", "alt+down", "x", "alt+up"))
