"""A form with every glossary column, to add or edit one referent."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from workbench.glossary import Referent
from workbench.session import Session
from workbench.tui.base import workbench_app
from workbench.tui.safe_text import literal
from workbench.tui.widgets.safe_input import SafeInput
from workbench.util.errors import WorkbenchError

HINTS = {
    "id": "lower-case ascii slug, e.g. tokayev",
    "type": "person / place / organisation / other",
    "en": "preferred English spelling",
    "note": "free text",
}


class ReferentForm(ModalScreen[bool]):
    """Add (referent=None) or edit a referent; saving writes glossary.tsv at once."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(self, referent: Referent | None = None, initial: dict[str, str] | None = None) -> None:
        super().__init__()
        self.referent = referent
        self.initial = dict(initial or {})

    @property
    def session(self) -> Session:
        return workbench_app(self).session

    def compose(self) -> ComposeResult:
        columns = self.session.glossary_columns()
        with Vertical(id="form-box", classes="dialog"):
            yield Static(Text("Edit name" if self.referent is not None else "New name", style="bold"),
                         classes="dialog-title")
            with VerticalScroll(id="form-fields"):
                for column in columns:
                    value = self.initial.get(column)
                    if value is None and self.referent is not None:
                        value = self.referent.cell(column)
                    with Horizontal(classes="form-row"):
                        yield Label(literal(column, one_line=True), classes="form-label")
                        yield SafeInput(value or "", placeholder=HINTS.get(column, "values separated by ;"),
                                    id=f"col-{column}", classes="form-input")
            yield Static(id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (Ctrl+S)", variant="primary", id="save")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        first_empty = next((i for i in self.query(Input) if not i.value), None)
        (first_empty or self.query(Input).first()).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.action_save()

    def values(self) -> dict[str, str]:
        return {i.id.removeprefix("col-"): i.value.strip() for i in self.query(Input) if i.id}

    def action_save(self) -> None:
        values = self.values()
        try:
            self.session.upsert_referent(values, self.referent)
        except WorkbenchError as exc:
            self.query_one("#form-error", Static).update(literal(str(exc), "bold red"))
            return
        except (TypeError, ValueError) as exc:
            self.query_one("#form-error", Static).update(literal(f"not saved: {exc}", "bold red"))
            return
        self.notify(f"Glossary saved: {values.get('id') or values.get('en')}", timeout=3, markup=False)
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
