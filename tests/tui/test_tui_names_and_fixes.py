"""The editor's names and fixes (issue 8, item 5): F6 and the "F6 fixes" hint only where a
finding has a fix; Ctrl+N offers every case of every form, short forms included."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import settle
from textual.widgets import OptionList, Static, TextArea

from workbench.checks import Finding
from workbench.tui.app import make_app
from workbench.tui.fixes import first_fix
from workbench.tui.messages import SegmentChecked
from workbench.tui.screens.editor import EditorScreen

pytestmark = pytest.mark.asyncio


def footer_text(app) -> str:
    return app.screen._compositor.render_strips()[-1].text


def fix_shown(app) -> bool:
    return "F6 fixes" in str(app.screen.query_one("#findings", Static).render())


async def open_segment(app, pilot, needle: str, doc: str = "01-initial-report") -> EditorScreen:
    segment = next(s for s in app.session.document(doc).segments if needle in s.source)
    app.open_editor(doc, "ru", segment.index)
    await settle(app, pilot)
    editor = app.screen
    assert isinstance(editor, EditorScreen)
    return editor


async def type_and_check(app, pilot, text: str) -> None:
    area = app.screen.query_one("#translation", TextArea)
    area.load_text("")
    await pilot.press(*text)
    await pilot.pause(0.3)
    await settle(app, pilot)


async def test_f6_only_where_a_finding_has_a_fix(project: Path) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        editor = await open_segment(app, pilot, "Zhanaozen")
        # a missing name: a finding without a fix → no hint, no F6 in the footer, the key does nothing
        await type_and_check(app, pilot, "Рабочие бастуют")
        # (target-missing-name suggests the form, but its offending text is the source's spelling,
        # which is not in this translation: nothing to replace)
        # (the QA checks add their own findings here — a number and the length — none with a fix)
        assert "target-missing-name" in [f.check for f in editor._live_findings]
        assert first_fix("Рабочие бастуют", editor._live_findings) is None
        assert not fix_shown(app) and " Fix " not in footer_text(app)
        await pilot.press("f6")
        await settle(app, pilot)
        assert editor.query_one("#translation", TextArea).text == "Рабочие бастуют"
        # a wrong form with its correction → the hint and F6 appear, and F6 applies it
        await type_and_check(app, pilot, "Рабочие в Жанаозэне бастуют")
        assert any(f.suggestion for f in editor._live_findings)
        assert fix_shown(app) and "f6 Fix" in footer_text(app)
        await pilot.press("f6")
        await settle(app, pilot)
        text = editor.query_one("#translation", TextArea).text
        assert "Жанаозэн" not in text and text.startswith("Рабочие в ") and text.endswith(" бастуют")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert not fix_shown(app) and " Fix " not in footer_text(app)
        # one undo step takes the fix back
        await pilot.press("ctrl+z")
        assert editor.query_one("#translation", TextArea).text == "Рабочие в Жанаозэне бастуют"


async def test_f6_replaces_the_whole_text_when_the_finding_says_so(project: Path) -> None:
    """A QA check may suggest the whole corrected translation: offending = the whole text."""
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        editor = await open_segment(app, pilot, "Zhanaozen")
        await type_and_check(app, pilot, "Рабочие  бастуют .")
        text = editor.query_one("#translation", TextArea).text
        whole = Finding(check="qa-spacing", severity="warning", message="double space, space before a full stop",
                        language="ru", offending=text, suggestion="Рабочие бастуют.", target=text)
        editor.post_message(SegmentChecked(editor.current, text, [whole]))
        await settle(app, pilot)
        assert fix_shown(app) and "f6 Fix" in footer_text(app)
        await pilot.press("f6")
        await settle(app, pilot)
        assert editor.query_one("#translation", TextArea).text == "Рабочие бастуют."
        # the same finding for a text that has moved on offers nothing
        editor.post_message(SegmentChecked(editor.current, "Рабочие бастуют.", [whole]))
        await settle(app, pilot)
        assert not fix_shown(app)


@pytest.mark.parametrize("language, needle, expected", [
    ("ru", "Nazarbayev", ["Назарбаевым", "Нурсултаном Назарбаевым", "Назарбаева"]),
    ("kk", "Tokayev", ["Тоқаевқа", "Тоқаевтың", "Қасым-Жомарт Тоқаевқа"]),
])
async def test_ctrl_n_offers_every_case_of_every_form(project: Path, language: str, needle: str,
                                                      expected: list[str]) -> None:
    app = make_app(project, poll=False, cursor_blink=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        doc, segment = next((name, s) for name, info in app.session.docs.items()
                            for s in info.document.segments if needle in s.source)
        app.open_editor(doc, language, segment.index)
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        forms = {label.split("  (")[0].lstrip("0123456789 ").strip() for label in labels}
        for form in expected:
            assert form in forms, (form, sorted(forms)[:40])
        # every case of the language is offered for the name
        cases = {"ru": ["nom", "gen", "dat", "acc", "ins", "loc"], "kk": ["nom", "gen", "dat", "acc", "abl", "loc", "ins"]}
        referent = next(h.referent for h in app.session.find_names(segment.source) if needle in h.text)
        name = referent.cell("en")
        offered = " ".join(label for label in labels if f"({name}," in label)
        for case in cases[language]:
            assert case in offered, case
        # choose a short form in the instrumental/dative and it is inserted
        choice = next(i for i, label in enumerate(labels) if label.split("  (")[0].lstrip("0123456789 ").strip()
                      == expected[0])
        options.highlighted = choice
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one("#translation", TextArea).text.endswith(expected[0])
