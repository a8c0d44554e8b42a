"""Snapshot tests of every screen at 100×30, and the main ones at 80×24.

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
        # blinking cursors would make the pictures flaky
        for area in pilot.app.screen.query("TextArea"):
            area.cursor_blink = False
        for box in pilot.app.screen.query("Input"):
            box.cursor_blink = False
        await pilot.pause()

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
    app = make_app(project, poll=False)
    assert snap_compare(app, terminal_size=size, run_before=_run(*keys))


def test_markup_source_literal(snap_compare, markup_project: Path) -> None:
    app = make_app(markup_project, poll=False)
    assert snap_compare(app, terminal_size=(100, 30), run_before=_run("enter", "alt+down"))
