"""Alt+N must insert the name where it was typed, even when keys arrive in a burst."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import segment_with_a_name, settle
from textual import events
from textual.widgets import TextArea

from workbench.tui.app import make_app

pytestmark = pytest.mark.asyncio


async def _editor_on_a_named_segment(app, pilot):
    await settle(app, pilot)
    name, segment, form = segment_with_a_name(app.session, "ru")
    app.open_editor(name, "ru", segment.index)
    await settle(app, pilot)
    return form


@pytest.mark.parametrize("alt_key", ["alt+1", "¡"], ids=["alt+1", "esc-digit-as-character"])
async def test_name_lands_between_the_keys_around_it(project: Path, alt_key: str) -> None:
    app = make_app(project, poll=False)
    async with app.run_test(size=(100, 30)) as pilot:
        form = await _editor_on_a_named_segment(app, pilot)
        area = app.screen.query_one("#translation", TextArea)
        area.clear()
        alt = events.Key("alt+1", None) if alt_key == "alt+1" else events.Key("inverted_exclamation_mark", "¡")
        burst = [events.Key("full_stop", "в"), events.Key("space", " "), alt, events.Key("space", " "),
                 events.Key("t", "т")]
        for event in burst:  # posted at once, as a terminal delivers a fast typist's keys
            app.post_message(event)
        await settle(app, pilot)
        assert area.text == f"в {form} т"
