"""A one-line input that shows control characters as visible placeholders.

Glossary cells and pasted text can hold ``ESC`` or ``BEL``; Textual's ``Input`` would send
them to the terminal as they are. :class:`SafeInput` keeps the value unchanged (what is
saved is what was there) and draws each control character as its picture (``␛``), one
character for one so the cursor stays in place.
"""

from __future__ import annotations

from typing import Any

from rich.highlighter import Highlighter
from rich.text import Text
from textual.widgets import Input

from workbench.tui.base import workbench_app
from workbench.tui.safe_text import has_controls, visible_same_length


class ControlPictures(Highlighter):
    """A Rich highlighter that replaces control characters by their pictures."""

    def __call__(self, text: str | Text) -> Text:
        if isinstance(text, str):
            text = Text(text)
        if not has_controls(text.plain):
            return text
        shown = Text(visible_same_length(text.plain), style=text.style, end=text.end, no_wrap=text.no_wrap,
                     overflow=text.overflow)
        for span in text.spans:
            shown.stylize(span.style, span.start, span.end)
        return shown

    def highlight(self, text: Text) -> None:  # pragma: no cover - __call__ does the work
        pass


class SafeInput(Input):
    """``Input`` with :class:`ControlPictures` (see the module docstring); its cursor blinks
    as the app's cursors do (steady in tests)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("highlighter", ControlPictures())
        super().__init__(*args, **kwargs)

    def on_mount(self) -> None:
        self.cursor_blink = workbench_app(self).cursor_blink
