"""The workbench application: ``make_app(project_root)``."""

from __future__ import annotations

import gc
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.theme import Theme
from textual.worker import Worker, get_current_worker

from workbench.session import Session
from workbench.tui.base import ProjectFindings, ReportsWorkerErrors, WorkbenchAppAPI, WorkbenchScreen
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
from workbench.tui.safe_text import visible
from workbench.tui.settings import UISettings, load_ui_settings, save_ui_settings, settings_path
from workbench.util.errors import WorkbenchError

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

SWITCH_INTERVAL = 0.001
#: where a source changed on disk can be merged into the catalogues (the session's message
#: says that an update is needed; the keys are the UI's business)
UPDATE_HINT = "u in the overview, or Ctrl+P → Update catalogues"


class WorkbenchApp(ReportsWorkerErrors, App[int]):
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

    def __init__(self, session: Session, *, poll: bool = True, cursor_blink: bool = True,
                 settings_file: Path | None = None) -> None:
        super().__init__()
        self._session = session
        self.findings: ProjectFindings = {}     # the last check report of the project
        self.findings_ready = False
        #: False in tests and snapshots: a blinking cursor would make the pictures depend on timing
        self.cursor_blink = cursor_blink
        self._poll = poll
        self._shown_check_error: str | None = None
        self._frozen = False
        self._switch_interval = sys.getswitchinterval()
        self.settings_file = settings_file if settings_file is not None else settings_path()
        self._settings = UISettings()
        self._settings_readable = True
        self.sub_title = visible(session.project.name, one_line=True)

    @property
    def session(self) -> Session:
        return self._session

    # -- user text is data --------------------------------------------------------------------
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Every notification shows its text literally: no markup, control characters as
        visible placeholders (messages quote file names, sources, translations, glossary cells)."""
        super().notify(visible(message), title=visible(title, one_line=True), severity=severity,
                       timeout=timeout, markup=False)

    # -- lifecycle ------------------------------------------------------------------
    def on_mount(self) -> None:
        from workbench.tui.screens.overview import OverviewScreen

        self._restore_theme()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
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

    # -- the user's settings (theme) ---------------------------------------------------------------
    def _restore_theme(self) -> None:
        try:
            self._settings = load_ui_settings(self.settings_file)
        except WorkbenchError as exc:
            self._settings_readable = False      # not overwritten: the user may want to fix it
            self.notify(f"{exc}; using the defaults", title="UI settings", severity="warning", timeout=10)
            return
        theme = self._settings.theme
        if theme is None:
            return
        if theme in self.available_themes:
            self.theme = theme
        else:
            self.notify(f"{self.settings_file}: unknown theme {theme!r}; using {self.theme!r}",
                        title="UI settings", severity="warning", timeout=10)

    def _theme_changed(self, theme: Theme) -> None:
        """Keep the theme chosen (Ctrl+P → Change theme) for the next run."""
        if self._settings.theme == theme.name:
            return
        self._settings.theme = theme.name
        if not self._settings_readable:
            return
        try:
            save_ui_settings(self.settings_file, self._settings)
        except OSError as exc:
            self.notify(f"{self.settings_file}: the theme is not kept: {exc.strerror or exc}",
                        title="UI settings", severity="warning", timeout=8)

    # -- loading -------------------------------------------------------------------------------
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

        def loaded(name: str) -> None:
            self.post_message(DocumentLoaded(name))

        self.session.load_all(loaded, cancelled=lambda: worker.is_cancelled)
        if not worker.is_cancelled:
            self.post_message(DocumentLoaded(None))

    def _freeze_long_lived(self) -> None:
        """Keep the parsed project out of the cyclic GC's full collections (which otherwise stop
        the UI for 100-200 ms on big projects), once, when no editor is open: ``gc.freeze()``
        makes everything alive at that moment immortal, and an editor screen frozen then would
        never be freed after it is closed."""
        from workbench.tui.screens.editor import EditorScreen

        if self._frozen:
            return
        if any(isinstance(screen, EditorScreen) for screen in self.screen_stack):
            self.set_timer(2.0, self._freeze_long_lived)
            return
        self._frozen = True
        gc.collect()     # garbage of the moment (a closed editor's cycles) must not become immortal
        gc.freeze()

    def _refreeze(self) -> None:
        """After a screen closed: thaw, collect and freeze again, so that a closed editor that
        was still referenced (by a finishing worker, a pending message) when the project was
        frozen is freed now rather than kept forever. Called when an editor opens: a full
        collection at a navigation step, never while typing."""
        if not self._frozen:
            return
        gc.unfreeze()
        gc.collect()
        gc.freeze()

    def release_closed_watchers(self) -> None:
        """Drop the app's reactive watchers that belong to widgets no longer in the DOM.

        Textual's ``TextArea`` watches ``app.theme``; the app keeps that (widget, callback)
        pair until the theme next changes, so every closed editor screen stayed reachable from
        the app. Called when a screen is unmounted (:class:`WorkbenchScreen`) and before an
        editor opens.
        """
        watchers = getattr(self, "__watchers", None)      # textual.reactive._watch keeps them here
        if not isinstance(watchers, dict):
            return
        for pairs in watchers.values():
            pairs[:] = [(node, callback) for node, callback in pairs
                        if node is self or not isinstance(node, DOMNode) or node.is_attached]

    def on_document_loaded(self, message: DocumentLoaded) -> None:
        self._report_problems()
        if message.name is None:
            self.run_checks()
            self._freeze_long_lived()
        for screen in self.workbench_screens():
            screen.document_loaded(message.name)

    def on_drafts_restored(self, message: DraftsRestored) -> None:
        if message.error:
            self.notify(message.error, title="Drafts", severity="error", timeout=15)
        if message.restored:
            n = len(message.restored)
            where = ", ".join(dict.fromkeys(f"{d.document} [{d.language}]" for d in message.restored))
            self.notify(f"{n} unsaved draft{'s' if n != 1 else ''} restored ({where}); "
                        "confirm with Ctrl+S or keep editing", title="Drafts", timeout=10)
        if message.orphaned:
            n = len(message.orphaned)
            listed = "; ".join(f"{d.document} [{d.language}]: {d.text[:40]!r}" for d in message.orphaned[:5])
            more = f" and {n - 5} more" if n > 5 else ""
            rel = self.session.project.relpath(self.session.orphans_path)
            self.notify(f"{n} draft(s) for segments that no longer exist were kept in {rel}: {listed}{more}",
                        title="Drafts", severity="warning", timeout=20)
        for screen in self.workbench_screens():
            screen.drafts_restored()

    def workbench_screens(self) -> list[WorkbenchScreen]:
        """The screens of the stack that take the app's hooks (every full screen)."""
        return [screen for screen in self.screen_stack if isinstance(screen, WorkbenchScreen)]

    def _journal_drafts(self) -> None:
        if self.session.drafts_pending:
            self.drafts_worker()

    def _report_problems(self) -> None:
        # swapped under the session's lock: the load worker may be adding problems right now
        for problem in self.session.take_problems():
            self.notify(problem, title="Problem", severity="error", timeout=10)

    def action_show_keys(self) -> None:
        if self.screen.query("HelpPanel"):
            self.action_hide_help_panel()
        else:
            self.action_show_help_panel()

    # -- failures nobody expected ---------------------------------------------------------------
    def report_worker_failure(self, worker: Worker[Any]) -> None:
        """A worker ended with an exception it did not handle: say so, never swallow it."""
        error = worker.error
        if error is None:
            return
        self.log.error("".join(traceback.format_exception(error)))
        what = worker.group if worker.group != "default" else worker.name
        self.notify(f"{type(error).__name__}: {error}\n(in the background task “{what}”; "
                    "what you typed is kept as a draft — please report this)",
                    title="Internal error", severity="error", timeout=30)
        if worker.group == "save":
            self.notify("The last changes may not be on disk yet: confirm again or quit to retry",
                        title="Not saved", severity="error", timeout=30)

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
            self.notify(message.error or "update failed", title="Update", severity="error", timeout=15)
            return
        report = message.report
        text = f"{len(report.written)} file(s) written, {len(report.unchanged)} unchanged"
        self.notify(text, title="Update", timeout=6)
        for change in message.changes:
            if change.kind == "error" or change.conflicts:
                rel = self.session.project.relpath(Path(change.path))
                self.notify(f"{rel}: {change.message}", title="Problem" if change.kind == "error" else "Update",
                            severity="error" if change.kind == "error" else "warning", timeout=10)
        self.refresh_screens()
        self.run_checks()

    @work(thread=True, exclusive=True, group="checks", exit_on_error=False)
    def run_checks(self) -> None:
        worker = get_current_worker()
        findings = self.session.check_all(source_info=True)
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
                self.notify(f"{rel}: {change.message}", title="Problem", severity="error", timeout=10)
            elif change.kind == "source":
                self.notify(f"{rel}: {change.message} ({UPDATE_HINT})", title="Source changed",
                            severity="warning", timeout=10)
            else:
                self.notify(f"{rel}: {change.message}", title="Changed on disk",
                            severity="warning" if change.conflicts else "information",
                            timeout=20 if change.conflicts else 5)
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
            self.notify(error, title="Checks", severity="warning", timeout=8)

    def on_saved(self, message: Saved) -> None:
        pass

    def on_save_failed(self, message: SaveFailed) -> None:
        self.notify(message.error, title="Not saved", severity="error", timeout=15)

    def refresh_screens(self, findings_only: bool = False) -> None:
        for screen in self.workbench_screens():
            screen.refresh_data(findings_only=findings_only)

    def glossary_changed(self) -> None:
        """Called after the glossary was edited in the UI."""
        self.refresh_screens()
        self.run_checks()

    # -- navigation -------------------------------------------------------------------------
    def open_editor(self, name: str, language: str, index: int | None = None) -> None:
        from workbench.tui.screens.editor import EditorScreen

        for screen in list(self.screen_stack):
            if isinstance(screen, EditorScreen) and screen.doc_name == name and screen.language == language:
                editor = screen
                while self.screen is not screen:
                    self.pop_screen()
                if index is not None:
                    editor.go_to(index)
                return
        self.release_closed_watchers()
        self._refreeze()            # editors closed since the last freeze are freed here
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
        sys.setswitchinterval(self._switch_interval)
        if self._frozen:
            gc.unfreeze()        # the process may go on (tests, embedding): nothing stays immortal

    async def action_quit(self) -> None:
        from workbench.tui.dialogs.confirm import QuitDialog
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
            if keep is None:
                return                   # Esc / Cancel: back to work, every draft as it was
            failed = False
            for d in self.session.drafts():
                if keep and d.text.strip():
                    try:
                        self.session.set_translation(d.document, d.language, d.msgid, d.text, fuzzy=True)
                    except WorkbenchError as exc:
                        failed = True        # stays in the drafts journal for the next run
                        self.notify(str(exc), title="Not saved", severity="error")
                else:
                    self.session.discard_draft(d.document, d.language, d.msgid)
            if failed:
                self.notify("Drafts that could not be saved are kept in .workbench/drafts.json and "
                            "restored next time", title="Drafts", severity="warning")
            self._flush_and_exit()

        self.push_screen(QuitDialog(len(drafts)), answer)

    def _flush_and_exit(self) -> None:
        try:
            self.session.flush_drafts()
        except (WorkbenchError, OSError) as exc:
            self.notify(f"drafts journal not written: {exc}", title="Not saved", severity="error")
        if self.session.dirty:
            try:
                self.session.flush()
            except WorkbenchError as exc:
                self.notify(str(exc), title="Not saved", severity="error")
                return
        self.exit(0)


def _implements_api(app: WorkbenchApp) -> WorkbenchAppAPI:
    """Static proof (checked by mypy) that the app provides everything screens may call."""
    return app


def make_app(project_root: Path | str, *, poll: bool = True, cursor_blink: bool = True,
             settings_file: Path | None = None) -> WorkbenchApp:
    """Open the project at *project_root* and build the app (used by the CLI and the tests).

    *cursor_blink* False keeps text cursors steady (snapshot tests); *settings_file* replaces
    the user's ``ui.toml`` (tests).
    """
    session = Session(project_root).load(lazy=True)
    return WorkbenchApp(session, poll=poll, cursor_blink=cursor_blink, settings_file=settings_file)
