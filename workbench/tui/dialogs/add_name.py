"""Add selected text to the glossary: as a new name or as a variant of an existing one."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, OptionList, Select, Static
from textual.widgets.option_list import Option

from workbench.checks.names.variants import counterpart
from workbench.glossary import Referent, split_values
from workbench.glossary.exchange.termbase import slugify
from workbench.session import Session
from workbench.tui.base import workbench_app
from workbench.tui.dialogs.referent_form import ReferentForm
from workbench.tui.safe_text import literal
from workbench.tui.widgets.safe_input import SafeInput
from workbench.util.errors import WorkbenchError


class AddNameDialog(ModalScreen[bool]):
    """*text* is English (language 'en') or a form in a target language; *unknown* are the names
    of the segment's source the glossary lacks, of which a new name's English is prefilled."""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+n", "new", "New name", priority=True),
    ]

    def __init__(self, text: str, language: str, unknown: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.language = language
        self.unknown = unknown or []
        self._shown: list[Referent] = []

    @property
    def session(self) -> Session:
        return workbench_app(self).session

    def columns(self) -> list[tuple[str, str]]:
        lang = self.language
        if lang == "en":
            return [("en_admitted", "other correct spelling"), ("en_deprecated", "spelling to flag"),
                    ("en", "preferred spelling")]
        return [(f"{lang}_admitted", "acceptable form"), (f"{lang}_wrong", "wrong form to flag"),
                (lang, "preferred form")]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-box", classes="dialog"):
            title = Text("Add ", style="bold")
            title.append_text(literal(f"“{self.text}”", one_line=True))
            title.append_text(literal(f" ({self.language}) to the glossary", "bold", one_line=True))
            yield Static(title, classes="dialog-title")
            yield Button("New name with this text (Ctrl+N)", id="new", variant="primary")
            yield Static(Text("…or add it as a variant of:", style="dim"))
            yield SafeInput(placeholder="search names", id="add-search")
            yield OptionList(id="add-referents")
            yield Select([(Text(f"{c} — {d}"), c) for c, d in self.columns()], value=self.columns()[0][0],
                         allow_blank=False, id="add-column")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Add variant", id="variant")
                yield Button("Cancel (Esc)", id="cancel")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#add-search", Input).focus()

    def _fill(self, needle: str) -> None:
        needle = needle.casefold()
        options = self.query_one("#add-referents", OptionList)
        options.clear_options()
        self._shown = []
        for referent in self.session.referents():
            label = f"{referent.cell('en')}  ·  {referent.cell('ru')}  ·  " \
                    f"{referent.cell('kk')}  [{referent.cell('id')}]"
            if needle and needle not in label.casefold():
                continue
            self._shown.append(referent)
            options.add_option(Option(literal(label, one_line=True)))
        if self._shown:
            options.highlighted = 0

    def on_input_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#add-referents", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.add_variant()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "new":
            self.action_new()
        elif event.button.id == "variant":
            self.add_variant()
        else:
            self.action_cancel()

    def action_new(self) -> None:
        column = "en" if self.language == "en" else self.language
        initial = {column: self.text}
        english = self.text if self.language == "en" else counterpart(self.text, self.unknown) or (
            self.unknown[0] if len(self.unknown) == 1 else None)
        if english:
            # (a form in a target language: the source's unknown name it renders, the closest by its letters)
            initial["en"] = english
            initial["id"] = slugify(english)
        self.app.push_screen(ReferentForm(None, initial), self._after_form)

    def _after_form(self, saved: bool | None) -> None:
        if saved:
            self.dismiss(True)

    def add_variant(self) -> None:
        options = self.query_one("#add-referents", OptionList)
        if options.highlighted is None or not self._shown:
            self.notify("Choose a name to add the variant to", severity="warning", timeout=3)
            return
        referent = self._shown[options.highlighted]
        column = self.query_one("#add-column", Select).value
        if not isinstance(column, str):
            return
        values = {c: referent.cell(c) for c in self.session.glossary_columns()}
        existing = list(split_values(referent.cell(column)))
        if self.text in existing:
            self.notify("Already in the glossary", timeout=3)
            self.dismiss(False)
            return
        values[column] = "; ".join(existing + [self.text])
        try:
            self.session.upsert_referent(values, referent)
        except WorkbenchError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.notify(f"Added to {values.get('id')}: {column}", timeout=3, markup=False)
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
