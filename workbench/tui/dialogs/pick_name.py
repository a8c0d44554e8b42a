"""Pick a glossary form to insert (Ctrl+N in the editor): arrows/digits, Enter, or the mouse."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from workbench.tui.safe_text import literal


class PickNameDialog(ModalScreen[str | None]):
    """Every form of the segment's names in every case; the chosen form (None: cancelled)."""

    BINDINGS = [
        Binding("escape", "dismiss_none", "Cancel"),
        *[Binding(str(n), f"choose({n - 1})", show=False) for n in range(1, 10)],
    ]

    def __init__(self, choices: list[tuple[str, str]]) -> None:
        super().__init__()
        self.choices = choices      # (English name, target form)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog small-dialog"):
            yield Static(Text("Insert a name (Enter, 1–9, Esc cancels)", style="bold"), classes="dialog-title")
            options = []
            for n, (name, form) in enumerate(self.choices, 1):
                label = Text(f"{n} " if n <= 9 else "  ", style="bold")
                label.append_text(literal(form, one_line=True))
                label.append_text(literal(f"  ({name})", "dim", one_line=True))
                options.append(Option(label))
            yield OptionList(*options, id="pick-options")

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.action_choose(event.option_index)

    def action_choose(self, index: int) -> None:
        if 0 <= index < len(self.choices):
            self.dismiss(self.choices[index][1])

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
