"""Concordance and replace: a word or phrase across the memory and every catalogue.

Type a phrase and Enter: every catalogue message (and memory unit) that holds it, the phrase
highlighted. Ctrl+R makes it a regular expression, Ctrl+T searches the translations, Ctrl+L
switches between the editor's language and all. Type a replacement and Enter: the preview
lists every translation it would change, old and new, each ticked; Space unticks one;
Ctrl+S writes the ticked ones (atomically, through the session, which reloads and merges
the open catalogues); Ctrl+U undoes the last replace.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from workbench.memory.concordance import Hit
from workbench.tui.widgets.panels import literal
from workbench.util.errors import WorkbenchError

#: characters of a row's text the table shows (the "Found" column's width)
FOUND_WIDTH = 60
#: characters shown before the first hit when the text is cut to bring it into view
LEFT_CONTEXT = 20
WHERE_WIDTH = 36


def marked(text: str, spans: tuple[tuple[int, int], ...], width: int = FOUND_WIDTH) -> Text:
    """*text* with its hits highlighted, as a concordance shows a keyword in its context: when the
    first hit would fall outside the column, the text is cut before it ("…" marks the cut) so
    that the hit shows with a little of what comes before."""
    flat = text.replace("\n", " ")
    offset = 0
    if spans and spans[0][1] > width - 1:
        offset = max(0, min(spans[0][0] - LEFT_CONTEXT, len(flat) - width + 1))
        if offset:
            flat = "…" + flat[offset:]
            offset -= 1         # the ellipsis takes one column
    shown = literal(flat)
    for start, end in spans:
        if end - offset > 0:
            shown.stylize("bold reverse yellow", max(0, start - offset), end - offset)
    return shown


def where(name: str, line: int | None, language: str, width: int = WHERE_WIDTH) -> Text:
    """"ru  02-russian-socialist-movement:64": the language first, the catalogue's name shortened
    in its middle if it would hide the line number."""
    stem = name.removesuffix(".po")
    place = f":{line}" if line else ""
    room = width - len(language) - 2 - len(place)
    if len(stem) > room > 3:
        keep = room - 1
        stem = stem[:(keep + 1) // 2] + "…" + stem[len(stem) - keep // 2:]
    return literal(f"{language}  {stem}{place}")


class ConcordanceScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+r", "switch('regex')", "Regex"),
        Binding("ctrl+t", "switch('target')", "Source/target"),
        Binding("ctrl+l", "switch('all_languages')", "Language"),
        Binding("space", "tick", "Tick", show=False),
        Binding("ctrl+s", "apply", "Replace ticked", priority=True),
        Binding("ctrl+u", "undo", "Undo replace", priority=True),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, pattern: str = "", language: str | None = None) -> None:
        super().__init__(id="concordance")
        self.pattern = pattern
        self.language = language
        self.regex = False
        self.target = False
        self.all_languages = language is None
        self.plan: list[Hit] = []
        self.ticked: list[bool] = []

    @property
    def session(self):  # type: ignore[no-untyped-def]
        return self.app.session  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(value=self.pattern, placeholder="find (Enter)", id="find")
        yield Input(placeholder="replace the translations with (Enter previews)", id="replace")
        yield Static(id="concordance-status")
        yield DataTable(id="concordance-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Concordance"
        table = self.query_one(DataTable)
        for label, width in (("", 1), ("Where", WHERE_WIDTH), ("Found", FOUND_WIDTH), ("Other side / new", 60)):
            table.add_column(label, width=width)
        self.query_one("#find", Input).focus()
        self._show_status()
        if self.pattern:
            self.search()

    # -- state ----------------------------------------------------------------------------
    @property
    def languages(self) -> list[str] | None:
        return None if self.all_languages or self.language is None else [self.language]

    def _show_status(self, note: str = "") -> None:
        text = Text(end="")
        text.append(" regex " if self.regex else " text ", style="reverse")
        text.append(f" in {'translations' if self.target else 'sources'} ", style="bold")
        text.append(f" {'all languages' if self.languages is None else self.language} ", style="dim")
        if note:
            text.append(" ")
            text.append_text(literal(note, "italic"))
        self.query_one("#concordance-status", Static).update(text)

    def action_switch(self, name: str) -> None:
        setattr(self, name, not getattr(self, name))
        self._show_status()
        if self.query_one("#find", Input).value:
            self.search()

    # -- search ----------------------------------------------------------------------------
    @on(Input.Submitted, "#find")
    def _find(self, event: Input.Submitted) -> None:
        self.search()

    def search(self) -> None:
        pattern = self.query_one("#find", Input).value
        if pattern:
            self.plan = []
            self._show_status("searching…")
            self._search_worker(pattern, self.regex, "target" if self.target else "source", self.languages)

    @work(thread=True, exclusive=True, group="concordance", exit_on_error=False)
    def _search_worker(self, pattern: str, regex: bool, side: str, languages: list[str] | None) -> None:
        try:
            hits, units = self.session.concordance(pattern, regex=regex, side=side, languages=languages)
        except WorkbenchError as exc:
            self.app.call_from_thread(self._show_status, str(exc))
            return
        self.app.call_from_thread(self._show_found, hits, units, side)

    def _show_found(self, hits: list[Hit], units: list, side: str) -> None:  # type: ignore[type-arg]
        table = self.query_one(DataTable)
        table.clear()
        for hit in hits:
            text = hit.msgid if side == "source" else hit.msgstr
            other = hit.msgstr if side == "source" else hit.msgid
            table.add_row("", where(hit.path.name, hit.line, hit.language), marked(text, hit.spans),
                          literal(other.replace("\n", " "), "dim"))
        pattern = self.query_one("#find", Input).value
        from workbench.memory.concordance import compile_pattern

        compiled = compile_pattern(pattern, regex=self.regex)
        for unit in units:
            text = unit.source if side == "source" else unit.target
            other = unit.target if side == "source" else unit.source
            spans = tuple(m.span() for m in compiled.finditer(text))
            origin = where(f"memory: {unit.origin.rsplit('/', 1)[-1]}", None, unit.tgtlang)
            origin.stylize("cyan")
            table.add_row("", origin,
                          marked(text, spans),
                          literal(other, "dim"))
        self._show_status(f"{len(hits)} in the catalogues, {len(units)} in the memory")

    # -- replace ---------------------------------------------------------------------------
    @on(Input.Submitted, "#replace")
    def _preview(self, event: Input.Submitted) -> None:
        pattern = self.query_one("#find", Input).value
        if pattern:
            self._show_status("previewing…")
            self._plan_worker(pattern, event.value, self.regex, self.languages)

    @work(thread=True, exclusive=True, group="concordance", exit_on_error=False)
    def _plan_worker(self, pattern: str, replacement: str, regex: bool, languages: list[str] | None) -> None:
        try:
            plan = self.session.plan_replace(pattern, replacement, regex=regex, languages=languages)
        except WorkbenchError as exc:
            self.app.call_from_thread(self._show_status, str(exc))
            return
        self.app.call_from_thread(self._show_plan, plan)

    def _show_plan(self, plan: list[Hit]) -> None:
        self.plan = plan
        self.ticked = [True] * len(plan)
        table = self.query_one(DataTable)
        table.clear()
        for hit in plan:
            table.add_row("✓", where(hit.path.name, hit.line, hit.language), marked(hit.msgstr, hit.spans),
                          literal(hit.replaced, "green"))
        self._show_status(f"{len(plan)} translation(s) would change: Space unticks, Ctrl+S replaces the ticked")
        table.focus()

    def action_tick(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        if not self.plan or not 0 <= row < len(self.plan):
            return
        self.ticked[row] = not self.ticked[row]
        table.update_cell_at(Coordinate(row, 0), "✓" if self.ticked[row] else " ")

    def action_apply(self) -> None:
        chosen = [hit for hit, ticked in zip(self.plan, self.ticked) if ticked]
        if not chosen:
            self.notify("Nothing to replace: preview a replacement first (Enter in the replace box)", timeout=4)
            return
        self._show_status("replacing…")
        self._apply_worker(chosen)

    @work(thread=True, exclusive=True, group="concordance", exit_on_error=False)
    def _apply_worker(self, chosen: list[Hit]) -> None:
        try:
            written, _changes = self.session.apply_replace(chosen)
        except WorkbenchError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Not replaced", severity="error", markup=False)
            return
        self.app.call_from_thread(self._done, f"{len(chosen)} translation(s) replaced in {len(written)} "
                                              "catalogue(s); Ctrl+U undoes")

    def action_undo(self) -> None:
        self._undo_worker()

    @work(thread=True, exclusive=True, group="concordance", exit_on_error=False)
    def _undo_worker(self) -> None:
        try:
            written, left, _changes = self.session.undo_replace()
        except WorkbenchError as exc:
            self.app.call_from_thread(self.notify, str(exc), title="Undo", severity="warning", markup=False)
            return
        note = f"replace undone in {len(written)} catalogue(s)"
        if left:
            note += f"; {len(left)} message(s) changed since were left as they are"
        self.app.call_from_thread(self._done, note)

    def _done(self, note: str) -> None:
        self.plan = []
        self.notify(note, timeout=6, markup=False)
        self.app.refresh_screens()  # type: ignore[attr-defined]
        self.search()
        self._show_status(note)

    def action_back(self) -> None:
        self.app.pop_screen()
