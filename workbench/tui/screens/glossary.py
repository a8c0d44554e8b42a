"""The termbase as a searchable table; add, edit, delete referents."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Input, Static

from workbench.glossary import Referent
from workbench.tui.base import WorkbenchScreen
from workbench.tui.dialogs.confirm import ConfirmDialog
from workbench.tui.dialogs.referent_form import ReferentForm
from workbench.tui.safe_text import visible
from workbench.tui.widgets.panels import literal
from workbench.tui.widgets.safe_input import SafeInput
from workbench.util.errors import WorkbenchError

WIDTHS = {"id": 16, "type": 8, "en": 24, "en_admitted": 20, "note": 24}
TARGET_WIDTH = 24


class GlossaryScreen(WorkbenchScreen):
    """glossary.tsv as a table: every edit is saved at once, order and comments kept."""

    BINDINGS = [
        Binding("a", "add", "Add", tooltip="add a name (a form with every column)"),
        Binding("e,enter", "edit", "Edit", tooltip="edit the selected name"),
        Binding("d,delete", "delete", "Delete", tooltip="delete the selected name (asks first)"),
        Binding("slash,ctrl+f", "search", "Search", tooltip="search every column"),
        Binding("escape", "back", "Back", tooltip="back to the previous screen"),
    ]

    def __init__(self) -> None:
        super().__init__(id="glossary")
        self._rows: list[Referent] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield SafeInput(placeholder="search any column (/ to focus, Esc back to the table)", id="glossary-search")
        yield DataTable(id="glossary-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="glossary-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Glossary"
        self.sub_title = visible(self.session.project.relpath(self.session.project.glossary_path), one_line=True)
        self.populate()
        self.query_one(DataTable).focus()

    def columns(self) -> list[str]:
        langs = self.session.languages
        shown = ["id", "type", "en", "en_admitted"] + [c for l in langs for c in (l,)] + ["note"]
        return shown

    def populate(self) -> None:
        table = self.query_one(DataTable)
        needle = self.query_one("#glossary-search", Input).value.casefold().strip()
        row = table.cursor_row
        table.clear(columns=True)
        columns = self.columns()
        widths = {c: WIDTHS.get(c, TARGET_WIDTH) for c in columns}
        for column in columns:
            table.add_column(column, key=column, width=widths[column])
        self._rows = []
        all_columns = self.session.glossary_columns()
        for referent in self.session.referents():
            if needle and not any(needle in referent.cell(c).casefold() for c in all_columns):
                continue
            self._rows.append(referent)
            cells = []
            for column in columns:
                cell = literal(referent.cell(column), one_line=True)
                cell.truncate(widths[column], overflow="ellipsis")
                cells.append(cell)
            table.add_row(*cells)
        if table.row_count:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))
        self._show_detail()

    def refresh_data(self, findings_only: bool = False) -> None:
        if not findings_only:
            self.populate()

    def _current(self) -> Referent | None:
        table = self.query_one(DataTable)
        if not self._rows or not (0 <= table.cursor_row < len(self._rows)):
            return None
        return self._rows[table.cursor_row]

    def _show_detail(self) -> None:
        referent = self._current()
        detail = Text(end="")
        if referent is None:
            total = len(self.session.referents())
            detail.append(f"{total} names; a adds one", style="dim")
        else:
            for column in self.session.glossary_columns():
                value = referent.cell(column)
                if value:
                    detail.append_text(literal(f"{column}: ", "bold", one_line=True))
                    detail.append_text(literal(value, one_line=True))
                    detail.append("  ")
        self.query_one("#glossary-detail", Static).update(detail)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_edit()

    def on_input_changed(self, event: Input.Changed) -> None:
        self.populate()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(DataTable).focus()

    def action_search(self) -> None:
        self.query_one("#glossary-search", Input).focus()

    def action_add(self) -> None:
        self.app.push_screen(ReferentForm(None), self._after_edit)

    def action_edit(self) -> None:
        referent = self._current()
        if referent is not None:
            self.app.push_screen(ReferentForm(referent), self._after_edit)

    def action_delete(self) -> None:
        referent = self._current()
        if referent is None:
            return
        label = referent.cell("id") or referent.cell("en")

        def done(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.session.delete_referent(referent)
            except WorkbenchError as exc:
                self.notify(str(exc), severity="error", markup=False)
                return
            self.notify(f"Deleted {label}", timeout=3, markup=False)
            self.workbench.glossary_changed()

        self.app.push_screen(ConfirmDialog(f"Delete “{label}” from the glossary?"), done)

    def _after_edit(self, saved: bool | None) -> None:
        if saved:
            self.workbench.glossary_changed()

    def action_back(self) -> None:
        if self.query_one("#glossary-search", Input).has_focus:
            self.query_one(DataTable).focus()
        else:
            self.workbench.pop_screen()
