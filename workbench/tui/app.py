"""The workbench application: ``make_app(project_root)``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.worker import get_current_worker

from workbench.session import Session
from workbench.tui.commands import WorkbenchCommands
from workbench.tui.messages import (
    DiskChanged,
    DocumentLoaded,
    DraftsRestored,
    FindingsReady,
    Saved,
    SaveFailed,
    UpdateDone,
)
from workbench.util.errors import WorkbenchError

SWITCH_INTERVAL = 0.001


class WorkbenchApp(App[int]):
    """Translate documents, keep the glossary, check names, compile editions."""

    CSS_PATH = "workbench.tcss"
    TITLE = "workbench"
    COMMANDS = App.COMMANDS | {WorkbenchCommands}
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("f1", "show_keys", "Keys", show=False),
    ]
    POLL_SECONDS = 2.0
    DRAFTS_SECONDS = 1.0     # the drafts journal is written at most this often (in a worker)

    def __init__(self, session: Session, *, poll: bool = True) -> None:
        super().__init__()
        self.session = session
        self.findings: dict[tuple[str, str], list] = {}
        self.findings_ready = False
        self._poll = poll
        self._shown_check_error: str | None = None
        self.sub_title = session.project.name

    # -- lifecycle ------------------------------------------------------------------
    def on_mount(self) -> None:
        from workbench.tui.screens.overview import OverviewScreen

        # workers (loading, checks, saves) are pure Python: hand the GIL back to the UI sooner
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL)

        self.push_screen(OverviewScreen())
        self._report_problems()
        if self._poll:
            self.set_interval(self.POLL_SECONDS, self.poll_disk)
        self.set_interval(self.DRAFTS_SECONDS, self._journal_drafts)
        # parse documents once the first screen is on the terminal
        self.call_after_refresh(self.load_documents)

    @work(thread=True, exclusive=True, group="load", exit_on_error=False)
    def load_documents(self) -> None:
        """Parse documents and catalogues after the first screen is up; rows fill in as they load."""
        worker = get_current_worker()
        try:
            restored, orphaned = self.session.restore_drafts()
        except (WorkbenchError, OSError) as exc:
            self.post_message(DraftsRestored([], [], f"drafts journal: {exc}"))
        else:
            if restored or orphaned:
                self.post_message(DraftsRestored(restored, orphaned))
        self.session.load_all(lambda name: self.post_message(DocumentLoaded(name)),
                              cancelled=lambda: worker.is_cancelled)
        # the parsed project lives as long as the app: keep it out of the cyclic GC's full
        # collections, which otherwise stop the UI for 100-200 ms on big projects
        gc.freeze()
        if not worker.is_cancelled:
            self.post_message(DocumentLoaded(None))

    def on_document_loaded(self, message: DocumentLoaded) -> None:
        self._report_problems()
        if message.name is None:
            self.run_checks()
        for screen in self.screen_stack:
            handler = getattr(screen, "document_loaded", None)
            if handler is not None:
                handler(message.name)

    def on_drafts_restored(self, message: DraftsRestored) -> None:
        if message.error:
            self.notify(message.error, title="Drafts", severity="error", timeout=15, markup=False)
        if message.restored:
            n = len(message.restored)
            where = ", ".join(dict.fromkeys(f"{d.document} [{d.language}]" for d in message.restored))
            self.notify(f"{n} unsaved draft{'s' if n != 1 else ''} restored ({where}); "
                        "confirm with Ctrl+S or keep editing", title="Drafts", timeout=10, markup=False)
        if message.orphaned:
            n = len(message.orphaned)
            listed = "; ".join(f"{d.document} [{d.language}]: {d.text[:40]!r}" for d in message.orphaned[:5])
            more = f" and {n - 5} more" if n > 5 else ""
            rel = self.session.project.relpath(self.session.orphans_path)
            self.notify(f"{n} draft(s) for segments that no longer exist were kept in {rel}: {listed}{more}",
                        title="Drafts", severity="warning", timeout=20, markup=False)
        for screen in self.screen_stack:
            handler = getattr(screen, "drafts_restored", None)
            if handler is not None:
                handler()

    def _journal_drafts(self) -> None:
        if self.session.drafts_pending:
            self.drafts_worker()

    def _report_problems(self) -> None:
        # swapped under the session's lock: the load worker may be adding problems right now
        for problem in self.session.take_problems():
            self.notify(problem, title="Problem", severity="error", timeout=10, markup=False)

    def action_show_keys(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    # -- workers ----------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def poll_disk(self) -> None:
        changes = self.session.poll()
        if changes:
            self.post_message(DiskChanged(changes))

    @work(thread=True, exclusive=True, group="drafts", exit_on_error=False)
    def drafts_worker(self) -> None:
        """Write the drafts journal (debounced by the timer): a crash loses nothing typed."""
        try:
            self.session.flush_drafts()
        except (WorkbenchError, OSError) as exc:
            self.post_message(SaveFailed(f"drafts journal not written: {exc}"))

    @work(thread=True, exclusive=True, group="update", exit_on_error=False)
    def update_worker(self) -> None:
        """``workbench update``: merge the catalogues with the changed sources, then reload."""
        try:
            report, changes = self.session.update()
        except WorkbenchError as exc:
            self.post_message(UpdateDone(None, [], str(exc)))
        except OSError as exc:
            self.post_message(UpdateDone(None, [], f"cannot update: {exc}"))
        else:
            self.post_message(UpdateDone(report, changes))

    def run_update(self) -> None:
        self.notify("Updating the catalogues…", timeout=2)
        self.update_worker()

    def on_update_done(self, message: UpdateDone) -> None:
        if message.report is None:
            self.notify(message.error or "update failed", title="Update", severity="error", timeout=15,
                        markup=False)
            return
        report = message.report
        text = f"{len(report.written)} file(s) written, {len(report.unchanged)} unchanged"
        self.notify(text, title="Update", timeout=6, markup=False)
        for change in message.changes:
            if change.kind == "error" or change.conflicts:
                rel = self.session.project.relpath(Path(change.path))
                self.notify(f"{rel}: {change.message}", title="Problem" if change.kind == "error" else "Update",
                            severity="error" if change.kind == "error" else "warning", timeout=10, markup=False)
        self.refresh_screens()
        self.run_checks()

    @work(thread=True, exclusive=True, group="checks", exit_on_error=False)
    def run_checks(self) -> None:
        worker = get_current_worker()
        findings = self.session.check_all()
        if not worker.is_cancelled:
            self.post_message(FindingsReady(findings))

    @work(thread=True, exclusive=True, group="save", exit_on_error=False)
    def save_worker(self) -> None:
        """Write every catalogue with confirmed changes (atomic); typing never waits for it."""
        try:
            paths = self.session.flush()
        except WorkbenchError as exc:
            self.post_message(SaveFailed(str(exc)))
        except OSError as exc:
            self.post_message(SaveFailed(f"cannot save: {exc}"))
        else:
            self.post_message(Saved(paths))
        changes = self.session.take_changes()     # someone else's edits merged before writing
        if changes:
            self.post_message(DiskChanged(changes))

    # -- message handlers ----------------------------------------------------------------
    def on_disk_changed(self, message: DiskChanged) -> None:
        glossary_changed = False
        for change in message.changes:
            rel = self.session.project.relpath(Path(change.path))
            if change.kind == "error":
                self.notify(f"{rel}: {change.message}", title="Problem", severity="error", timeout=10, markup=False)
            elif change.kind == "source":
                self.notify(f"{rel}: {change.message}", title="Source changed", severity="warning",
                            timeout=10, markup=False)
            else:
                self.notify(f"{rel}: {change.message}", title="Changed on disk",
                            severity="warning" if change.conflicts else "information",
                            timeout=20 if change.conflicts else 5, markup=False)
            if change.kind == "glossary":
                glossary_changed = True
            if change.kind == "catalogue" and self.session.dirty:
                self.save_worker()
        self.refresh_screens()
        if glossary_changed or message.changes:
            self.run_checks()

    def on_findings_ready(self, message: FindingsReady) -> None:
        self.report_check_error()
        self.findings = message.findings
        self.findings_ready = True
        self.refresh_screens(findings_only=True)

    def report_check_error(self) -> None:
        error = self.session.check_error
        if error and error != self._shown_check_error:
            self._shown_check_error = error
            self.notify(error, title="Checks", severity="warning", timeout=8, markup=False)

    def on_saved(self, message: Saved) -> None:
        pass

    def on_save_failed(self, message: SaveFailed) -> None:
        self.notify(message.error, title="Not saved", severity="error", timeout=15, markup=False)

    def refresh_screens(self, findings_only: bool = False) -> None:
        for screen in self.screen_stack:
            handler = getattr(screen, "refresh_data", None)
            if handler is not None:
                handler(findings_only=findings_only)

    def glossary_changed(self) -> None:
        """Called after the glossary was edited in the UI."""
        self.refresh_screens()
        self.run_checks()

    # -- navigation -------------------------------------------------------------------------
    def open_editor(self, name: str, language: str, index: int | None = None) -> None:
        from workbench.tui.screens.editor import EditorScreen

        for screen in list(self.screen_stack):
            if isinstance(screen, EditorScreen) and screen.doc_name == name and screen.language == language:
                while self.screen is not screen:
                    self.pop_screen()
                if index is not None:
                    screen.go_to(index)
                return
        self.push_screen(EditorScreen(name, language, index))

    def open_glossary(self) -> None:
        from workbench.tui.screens.glossary import GlossaryScreen

        self.push_screen(GlossaryScreen())

    def open_checks(self) -> None:
        from workbench.tui.screens.checks import ChecksScreen

        self.push_screen(ChecksScreen())

    def open_concordance(self, pattern: str = "", language: str | None = None) -> None:
        from workbench.tui.screens.concordance import ConcordanceScreen

        self.push_screen(ConcordanceScreen(pattern, language))

    def open_compile(self) -> None:
        from workbench.tui.screens.compile import CompileScreen

        self.push_screen(CompileScreen())

    def on_unmount(self) -> None:
        sys.setswitchinterval(getattr(self, "_switch_interval", 0.005))

    def action_quit(self) -> None:
        from workbench.tui.dialogs.confirm import ConfirmDialog
        from workbench.tui.screens.editor import EditorScreen

        for screen in self.screen_stack:
            if isinstance(screen, EditorScreen):
                screen.keep_draft()
        drafts = [d for d in self.session.drafts() if d.text.strip()]
        if not drafts:
            for d in self.session.drafts():       # blank drafts: the saved text stays, nothing is lost
                self.session.discard_draft(d.document, d.language, d.msgid)
            self._flush_and_exit()
            return

        def answer(keep: bool | None) -> None:
            failed = False
            for d in self.session.drafts():
                if keep and d.text.strip():
                    try:
                        self.session.set_translation(d.document, d.language, d.msgid, d.text, fuzzy=True)
                    except WorkbenchError as exc:
                        failed = True        # stays in the drafts journal for the next run
                        self.notify(str(exc), title="Not saved", severity="error", markup=False)
                else:
                    self.session.discard_draft(d.document, d.language, d.msgid)
            if failed:
                self.notify("Drafts that could not be saved are kept in .workbench/drafts.json and "
                            "restored next time", title="Drafts", severity="warning", markup=False)
            self._flush_and_exit()

        self.push_screen(ConfirmDialog(f"{len(drafts)} edit(s) not confirmed. Keep them as fuzzy "
                                       "translations (y) or discard them (n)?"), answer)

    def _flush_and_exit(self) -> None:
        try:
            self.session.flush_drafts()
        except (WorkbenchError, OSError) as exc:
            self.notify(f"drafts journal not written: {exc}", title="Not saved", severity="error", markup=False)
        if self.session.dirty:
            try:
                self.session.flush()
            except WorkbenchError as exc:
                self.notify(str(exc), title="Not saved", severity="error", markup=False)
                return
        self.exit(0)


def make_app(project_root: Path | str, *, poll: bool = True) -> WorkbenchApp:
    """Open the project at *project_root* and build the app (used by the CLI and the tests)."""
    session = Session(project_root).load(lazy=True)
    return WorkbenchApp(session, poll=poll)
