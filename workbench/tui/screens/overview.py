"""Overview: every document with its counts, progress and findings per language."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Footer, Header, Static

from workbench.tui.base import WorkbenchScreen
from workbench.tui.safe_text import visible
from workbench.tui.widgets.panels import literal, progress_bar


class OverviewScreen(WorkbenchScreen):
    """The project at a glance."""

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="open the selected document in the editor, in the language shown"),
        Binding("l", "next_language", "Language", tooltip="switch the language Enter opens documents in"),
        Binding("g", "glossary", "Glossary", tooltip="the termbase: add, edit, delete names"),
        Binding("c", "checks", "Checks", tooltip="the names and quality report of the whole project"),
        Binding("b", "compile", "Compile", tooltip="build the translated editions"),
        Binding("f7,slash", "concordance", "Concordance", show=False,
                tooltip="find a phrase in the memory and every catalogue; replace in translations"),
        Binding("r", "recheck", "Re-check", show=False, tooltip="run the checks on every translation again"),
        Binding("u,U", "update", "Update catalogues", show=False,
                tooltip="workbench update: merge the catalogues with changed sources (in the background)"),
        Binding("q", "app.quit", "Quit", show=False, tooltip="quit the workbench"),
        *[Binding(str(n), f"open_in({n - 1})", f"Open in language {n}", show=False,
                  tooltip=f"open the selected document in the project's language number {n}")
          for n in range(1, 10)],
    ]

    def __init__(self) -> None:
        super().__init__(id="overview")
        self.language_index = 0
        self._throttle = False

    @property
    def language(self) -> str:
        return self.session.languages[self.language_index]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="overview-help")
        yield DataTable(id="documents", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Overview"
        self.sub_title = visible(self.session.project.name, one_line=True)
        self.populate()
        self.query_one(DataTable).focus()

    def populate(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)
        languages = self.session.languages
        fixed = 2 * (3 + 2 * len(languages)) + 6 + 6 + len(languages) * (13 + 4) + 2
        doc_width = max(12, (self.app.size.width or 100) - fixed)
        table.add_column("Document", key="doc", width=doc_width)
        table.add_column(Text("Segs", justify="right"), key="segs", width=6)
        table.add_column(Text("Words", justify="right"), key="words", width=6)
        findings = self.workbench.findings
        for language in languages:
            table.add_column(language, key=f"p-{language}", width=13)
            table.add_column(Text("⚑", justify="right"), key=f"f-{language}", width=4)
        for name, info in self.session.docs.items():
            title = literal(info.title, "" if info.loaded else "dim", one_line=True)
            title.truncate(doc_width, overflow="ellipsis")
            if not info.loaded:
                loading = Text("…", justify="right", style="dim")
                table.add_row(title, loading, loading, *[Text("loading", style="dim"), loading] * len(languages),
                              key=name)
                continue
            if info.error:
                title = literal(info.error, "bold red", one_line=True)
                title.truncate(doc_width, overflow="ellipsis")
            cells: list[Text] = [
                title,
                Text(str(len(info.document.segments)), justify="right"),
                Text(str(info.words), justify="right"),
            ]
            for language in self.session.languages:
                p = self.session.progress(name, language)
                bar = progress_bar(p.translated, p.fuzzy, p.untranslated, 8)
                if self.session.is_broken(name, language):
                    bar = Text("broken .po", style="bold red")
                cells.append(bar)
                if self.workbench.findings_ready:
                    count = sum(1 for l in findings.get((name, language), []) if l.finding.severity != "info")
                    cells.append(Text(str(count), justify="right", style="bold magenta" if count else "green"))
                else:
                    cells.append(Text("…", justify="right", style="dim"))
            table.add_row(*cells, key=name)
        if table.row_count:
            table.move_cursor(row=min(max(row, 0), table.row_count - 1))
        help_text = Text(end="")
        help_text.append(" Enter", style="bold")
        help_text.append(f" opens in {self.language}  ")
        help_text.append("l", style="bold")
        help_text.append(" switches language  ")
        help_text.append("1…9", style="bold")
        help_text.append(" open in " + visible(" / ".join(self.session.languages), one_line=True))
        help_text.append("   ✓ translated ▓ fuzzy ░ untranslated ⚑ findings", style="dim")
        self.query_one("#overview-help", Static).update(help_text)

    def refresh_data(self, findings_only: bool = False) -> None:
        self.populate()

    def on_resize(self, event: events.Resize) -> None:
        self.populate()

    def on_screen_resume(self) -> None:
        self.populate()      # progress may have changed in the editor

    def document_loaded(self, name: str | None) -> None:
        """Fill in a row once its document is parsed (all rows at the end)."""
        if name is None or not self.is_current:
            self.populate()
            return
        if self._throttle and name != list(self.session.docs)[-1]:
            return
        self._throttle = True
        self.set_timer(0.2, self._unthrottle)
        self.populate()

    def _unthrottle(self) -> None:
        self._throttle = False
        self.populate()

    def _current_doc(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        names = list(self.session.docs)
        return names[table.cursor_row] if 0 <= table.cursor_row < len(names) else None

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        self.action_open_in(self.language_index)

    def action_open_in(self, n: int) -> None:
        if n >= len(self.session.languages):
            return
        name = self._current_doc()
        if name is None:
            self.notify("No documents in this project", severity="warning")
            return
        self.workbench.open_editor(name, self.session.languages[n])

    def action_next_language(self) -> None:
        self.language_index = (self.language_index + 1) % len(self.session.languages)
        self.notify(f"Open in: {self.language}", timeout=2)
        self.populate()

    def action_glossary(self) -> None:
        self.workbench.open_glossary()

    def action_concordance(self) -> None:
        self.workbench.open_concordance()

    def action_checks(self) -> None:
        self.workbench.open_checks()

    def action_compile(self) -> None:
        self.workbench.open_compile()

    def action_recheck(self) -> None:
        self.workbench.run_checks()

    def action_update(self) -> None:
        self.workbench.run_update()
