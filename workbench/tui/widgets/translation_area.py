"""The translation editor: a TextArea that shows control characters safely, rewraps on
resize, and understands Alt+digit from xterm/tmux.

* Control characters in a translation (a catalogue can hold ``ESC ] 0 ; title BEL``) are
  kept in the text — nothing is lost on save — but drawn as visible placeholders, one
  character for one (``␛``, ``␇``), so no escape sequence reaches the terminal.
* After a resize the text is rewrapped to the new width and the whole box repainted
  (TextArea rewraps but repaints only the lines a key touches, so words went missing
  until the next key).
* Those terminals send Alt+1…9 as ESC+digit, which Textual reads as the characters
  ``¡ ™ £ ¢ ∞ § ¶ • ª`` (macOS Option+digit). A TextArea consumes printable keys
  before any binding sees them, so the mapping is done here: when the segment has
  glossary name N, the key inserts it; otherwise the character is typed as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import TextArea

from workbench.tui.safe_text import has_controls, visible_same_length

ALT_DIGIT_CHARACTERS = {ch: n for n, ch in enumerate("¡™£¢∞§¶•ª", 1)}


class TranslationArea(TextArea):
    names_available = 0     # set by the editor: how many glossary names the segment has
    #: set by the editor: the form Alt+N inserts (None, with a notice, when there is none)
    name_form: Callable[[int], str | None] | None = None

    class InsertText(Message):
        """Text to insert at the cursor, queued behind the keys already typed."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def get_line(self, line_index: int) -> Text:
        """The line as drawn: control characters as placeholders (the text itself is unchanged)."""
        line = self.document.get_line(line_index)
        if has_controls(line):
            line = visible_same_length(line)
        return Text(line, end="", no_wrap=True)

    def _on_resize(self) -> None:
        super()._on_resize()
        self.refresh()

    def on_translation_area_insert_text(self, message: TranslationArea.InsertText) -> None:
        message.stop()
        self.insert(message.text)

    async def _on_key(self, event: events.Key) -> None:
        number = ALT_DIGIT_CHARACTERS.get(event.character or "")
        if number is not None and number <= self.names_available:
            event.stop()
            event.prevent_default()
            # Inserted now, not via a posted message: keys typed right after
            # Alt+N are already queued here and must land after the name.
            form = self.name_form(number) if self.name_form is not None else None
            if form:
                self.insert(form)
            return
        await super()._on_key(event)
