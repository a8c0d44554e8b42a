"""Compile editions: choose languages, watch progress, see where files went."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Checkbox, Footer, Header, ProgressBar, RichLog, Static

from workbench.services.compile import EditionResult
from workbench.tui.base import WorkbenchScreen
from workbench.tui.safe_text import visible
from workbench.tui.widgets.panels import literal
from workbench.util.errors import WorkbenchError


class CompileProgress(Message):
    """Step *step* of *total* of the compile worker, doing *label*."""

    def __init__(self, step: int, total: int, label: str) -> None:
        super().__init__()
        self.step, self.total, self.label = step, total, label


class CompileDone(Message):
    """The compile worker ended (results None: it failed with *error*)."""

    def __init__(self, results: list[EditionResult] | None, error: str | None = None) -> None:
        super().__init__()
        self.results, self.error = results, error


class CompileScreen(WorkbenchScreen):
    """Build the editions of the chosen languages in a worker."""

    BINDINGS = [
        Binding("ctrl+b,f5", "compile", "Compile", priority=True, tooltip="build the editions of the chosen languages"),
        Binding("escape", "back", "Back", tooltip="back to the previous screen"),
    ]

    def __init__(self) -> None:
        super().__init__(id="compile")
        self.running = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="compile-box"):
            yield Static(Text("Languages to compile:", style="bold"))
            with Horizontal(id="compile-languages"):
                for language in self.session.languages:
                    yield Checkbox(Text(visible(language, one_line=True)), True, id=f"lang-{language}")
            yield Button("Compile (Ctrl+B / F5)", variant="primary", id="compile-go")
            yield ProgressBar(id="compile-progress", show_eta=False)
            yield Static(id="compile-step")
            yield RichLog(id="compile-log", wrap=True, markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.title = "Compile"
        self.query_one(ProgressBar).display = False
        self.sub_title = visible(f"editions go to {self.session.project.relpath(self.session.project.editions_dir)}/",
                                 one_line=True)

    def refresh_data(self, findings_only: bool = False) -> None:
        pass

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "compile-go":
            self.action_compile()

    def action_compile(self) -> None:
        if self.running:
            return
        languages = [l for l in self.session.languages if self.query_one(f"#lang-{l}", Checkbox).value]
        if not languages:
            self.notify("Choose at least one language", severity="warning")
            return
        self.running = True
        self.query_one("#compile-go", Button).disabled = True
        self.query_one(RichLog).clear()
        bar = self.query_one(ProgressBar)
        bar.display = True
        bar.update(total=None, progress=0)
        self._compile(languages)

    @work(thread=True, exclusive=True, group="compile", exit_on_error=False)
    def _compile(self, languages: list[str]) -> None:
        def progress(step: int, total: int, label: str) -> None:
            self.post_message(CompileProgress(step, total, label))

        try:
            results = self.session.compile(languages, progress)
        except WorkbenchError as exc:
            self.post_message(CompileDone(None, str(exc)))
        except OSError as exc:
            self.post_message(CompileDone(None, f"cannot write: {exc}"))
        else:
            self.post_message(CompileDone(results))

    def on_compile_progress(self, message: CompileProgress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.step)
        self.query_one("#compile-step", Static).update(literal(message.label))

    def on_compile_done(self, message: CompileDone) -> None:
        self.running = False
        self.query_one("#compile-go", Button).disabled = False
        log = self.query_one(RichLog)
        if message.error:
            log.write(literal(message.error, "bold red"))
            self.notify(message.error, title="Compile failed", severity="error", markup=False)
            return
        bar = self.query_one(ProgressBar)
        bar.update(total=bar.total or 1, progress=bar.total or 1)
        written = 0
        for result in message.results or []:
            line = Text(end="")
            line.append_text(literal(f"{result.language} ", "bold", one_line=True))
            line.append(f"{result.percent:5.1f}% ", style="green" if result.percent >= 100 else "yellow")
            if result.output is not None:
                written += 1
                line.append_text(literal(self.session.project.relpath(result.output)))
            else:
                line.append_text(literal(f"{result.document}: left out", "dim"))
            if result.mo_path is not None:
                line.append_text(literal("  + " + self.session.project.relpath(result.mo_path), "dim"))
            log.write(line)
        self.query_one("#compile-step", Static).update(
            literal(f"Done: {written} edition(s) written to "
                    f"{self.session.project.relpath(self.session.project.editions_dir)}/", "bold green", one_line=True))
        self.notify(f"{written} edition(s) written", timeout=4)

    def action_back(self) -> None:
        self.workbench.pop_screen()
