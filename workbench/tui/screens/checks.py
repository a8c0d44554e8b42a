"""The checks report (names and quality) as a navigable list; Enter opens the segment."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.session import Located
from workbench.tui.base import WorkbenchScreen
from workbench.tui.widgets.panels import SEVERITY_STYLE, literal
from workbench.util.errors import WorkbenchError


class ChecksScreen(WorkbenchScreen):
    """Every finding of the project; info findings (the source spelling report, renderings
    that differ between segments) only with ``i``."""

    BINDINGS = [
        Binding("enter", "open", "Go to segment", tooltip="open the segment of the finding in the editor"),
        Binding("l", "language", "Language filter", tooltip="show the findings of one language (or the sources)"),
        Binding("r", "recheck", "Re-run", tooltip="run the checks on every translation again"),
        Binding("i", "toggle_info", "Info on/off",
                tooltip="show or hide info findings: every name as the sources spell it, differing renderings"),
        Binding("a", "accept(False)", "Accept variant",
                tooltip="add the spelling to the name's admitted English spellings"),
        Binding("x", "accept(True)", "Deprecate",
                tooltip="add the spelling to the name's deprecated English spellings"),
        Binding("escape", "back", "Back", tooltip="back to the previous screen"),
    ]

    def __init__(self) -> None:
        super().__init__(id="checks")
        self._items: list[Located] = []
        self._hidden_info = 0
        self.language_filter: str | None = None
        self.show_info = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="checks-summary")
        yield DataTable(id="checks-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="checks-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Checks"
        self.sub_title = "names and quality"
        self.populate()
        self.query_one(DataTable).focus()

    def populate(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        width = self.app.size.width or 100
        # narrow terminals: shorter document, check and found columns, so the message keeps room;
        # wide ones show whole check ids (up to 29 characters) and document names
        widths = [4, 26, 4, 29, 22] if width >= 150 else [4, 14, 4, 22, 16] if width >= 100 else [3, 11, 4, 16, 12]
        message_width = max(20, width - sum(widths) - 2 * 6 - 2)
        for label, width in zip(("Lang", "Document", "Seg", "Check", "Found", "Message"), widths + [message_width]):
            table.add_column(label, width=width)
        self._items = []
        self._hidden_info = 0
        for (_name, language), located in self.workbench.findings.items():
            shown_as = language or "src"
            if self.language_filter and shown_as != self.language_filter:
                continue
            for item in located:
                if self.show_info or item.finding.severity != "info":
                    self._items.append(item)
                else:
                    self._hidden_info += 1
        order = {name: n for n, name in enumerate(self.session.docs)}
        self._items.sort(key=lambda l: (order.get(l.document, 0), l.index, l.language or ""))
        for item in self._items:
            f = item.finding
            severity = f.severity
            cells = [
                literal(item.language or "src", "" if item.language else "dim", one_line=True),
                literal(item.document, one_line=True),
                Text(str(item.index + 1), justify="right"),
                literal(f.check, SEVERITY_STYLE.get(severity, ""), one_line=True),
                literal(f.offending, one_line=True),
                literal(f.message, one_line=True),
            ]
            for cell, width in zip(cells, widths + [message_width]):
                cell.truncate(width, overflow="ellipsis")
            table.add_row(*cells)
        if table.row_count:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))
        summary = Text(end="")
        if not self.workbench.findings_ready:
            summary.append("checking…", style="dim")
        else:
            summary.append(f"{len(self._items)} finding(s)", style="bold")
            summary.append(f" — language: {self.language_filter or 'all'} (l); ", style="dim")
            if self.show_info:
                summary.append("info shown (i hides)", style="dim")
            else:
                summary.append(f"{self._hidden_info} info hidden (i shows)", style="dim")
            summary.append("; Enter opens", style="dim")
        self.query_one("#checks-summary", Static).update(summary)
        self._show_detail()

    def refresh_data(self, findings_only: bool = False) -> None:
        self.populate()

    def on_resize(self, event: events.Resize) -> None:
        self.populate()

    def _current(self) -> Located | None:
        table = self.query_one(DataTable)
        if not self._items or not (0 <= table.cursor_row < len(self._items)):
            return None
        return self._items[table.cursor_row]

    def _show_detail(self) -> None:
        item = self._current()
        detail = Text(end="")
        segments = self.session.document(item.document).segments if item is not None else []
        if item is not None and item.index < len(segments):     # the source may have changed since
            f = item.finding
            segment = segments[item.index]
            detail.append_text(literal(f.check + ": ", "bold", one_line=True))
            detail.append_text(literal(f.message, one_line=True))
            detail.append("\nSource: ", style="bold")
            detail.append_text(literal(segment.source.replace("\n", " "), one_line=True))
            if f.suggestion:
                detail.append("\nSuggestion: ", style="bold")
                detail.append_text(literal(f.suggestion, one_line=True))
        self.query_one("#checks-detail", Static).update(detail)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_open(self) -> None:
        item = self._current()
        if item is not None:
            # a source finding opens the segment in the first language
            self.workbench.open_editor(item.document, item.language or self.session.languages[0], item.index)

    def action_accept(self, deprecated: bool) -> None:
        item = self._current()
        if item is None:
            return
        finding = item.finding
        if not finding.referent or item.language is not None:
            self.notify("Only a source spelling that resembles a glossary name can be accepted",
                        severity="warning", timeout=4)
            return
        try:
            self.session.accept_variant(finding, deprecated=deprecated)
        except WorkbenchError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        kind = "deprecated" if deprecated else "admitted"
        self.notify(f"{finding.offending!r} added to {finding.referent} as {kind}", timeout=4, markup=False)
        self.workbench.findings_ready = False
        self.workbench.glossary_changed()

    def action_toggle_info(self) -> None:
        self.show_info = not self.show_info
        self.populate()

    def action_language(self) -> None:
        options = [None, "src", *self.session.languages]
        self.language_filter = options[(options.index(self.language_filter) + 1) % len(options)]
        self.populate()

    def action_recheck(self) -> None:
        self.workbench.findings_ready = False
        self.populate()
        self.workbench.run_checks()

    def action_back(self) -> None:
        self.workbench.pop_screen()
