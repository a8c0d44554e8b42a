"""Questions: yes / no, and what to do with unconfirmed edits on quitting."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from workbench.tui.safe_text import literal


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; Esc answers no."""

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog small-dialog"):
            yield Static(literal(self.question), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Yes (y)", variant="error", id="yes")
                yield Button("No (n)", id="no")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class QuitDialog(ModalScreen[bool | None]):
    """Quitting with unconfirmed edits: keep them as fuzzy (y → True), discard them (n → False),
    or go back to work (Esc → None, nothing changed: Esc never throws text away)."""

    BINDINGS = [
        Binding("y", "answer(True)", "Keep as fuzzy"),
        Binding("n", "answer(False)", "Discard"),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, drafts: int) -> None:
        super().__init__()
        self.drafts = drafts

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog small-dialog"):
            yield Static(literal(f"{self.drafts} edit(s) not confirmed. Keep them as fuzzy translations (y), "
                                 "discard them (n), or go back to editing (Esc)?"), classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Keep as fuzzy (y)", variant="primary", id="keep")
                yield Button("Discard (n)", variant="error", id="discard")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#keep", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "cancel":
            self.dismiss(None)
        else:
            self.dismiss(event.button.id == "keep")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
