"""The translation editor: a TextArea that also understands Alt+digit from xterm/tmux.

Those terminals send Alt+1…9 as ESC+digit, which Textual reads as the characters
``¡ ™ £ ¢ ∞ § ¶ • ª`` (macOS Option+digit). A TextArea consumes printable keys
before any binding sees them, so the mapping is done here: when the segment has
glossary name N, the key inserts it; otherwise the character is typed as usual.
"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import TextArea

ALT_DIGIT_CHARACTERS = {ch: n for n, ch in enumerate("¡™£¢∞§¶•ª", 1)}


class TranslationArea(TextArea):
    names_available = 0     # set by the editor: how many glossary names the segment has

    class InsertText(Message):
        """Text to insert at the cursor, queued behind the keys already typed."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

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
            name_form = getattr(self.screen, "name_form", None)
            form = name_form(number) if name_form is not None else None
            if form:
                self.insert(form)
            return
        await super()._on_key(event)
