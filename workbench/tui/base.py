"""The typed seam between the application and its screens.

Screens, dialogs and widgets call the application only through :class:`WorkbenchAppAPI`
(reached with :func:`workbench_app` or :attr:`WorkbenchScreen.workbench`), and the
application reaches its screens only through the typed hooks of :class:`WorkbenchScreen`
(``document_loaded``, ``drafts_restored``, ``refresh_data``). A new screen subclasses
:class:`WorkbenchScreen`, overrides the hooks it needs, and is opened with
``workbench.push_screen(...)``.

:class:`ReportsWorkerErrors` is the one handler of ``Worker.StateChanged``: a worker that
fails with an exception nobody expected (a bug, or an error the worker did not turn into
a message) is shown to the user instead of being swallowed. Textual posts that message to
the node that started the worker, without bubbling, so the app and every screen mix it in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, cast

from textual.message_pump import MessagePump
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from workbench.session import Located, Session

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel
    from textual.screen import ScreenResultCallbackType

#: The project's check report: (document, language or None for the source) → findings.
ProjectFindings: TypeAlias = dict[tuple[str, str | None], list[Located]]


class WorkbenchAppAPI(Protocol):
    """What screens, dialogs and widgets may use of the application."""

    @property
    def session(self) -> Session:
        """The open project (plain Python, no UI)."""
        ...

    @property
    def findings(self) -> ProjectFindings:
        """The last check report of the whole project (empty until the first run ends)."""
        ...

    findings_ready: bool
    """False while the report is being (re)computed."""

    cursor_blink: bool
    """Whether text cursors blink (False in tests: steady pictures)."""

    def open_editor(self, name: str, language: str, index: int | None = None) -> None: ...
    def open_glossary(self) -> None: ...
    def open_checks(self) -> None: ...
    def open_compile(self) -> None: ...
    def open_concordance(self, pattern: str = "", language: str | None = None) -> None: ...
    def run_checks(self) -> Worker[None]: ...
    def run_update(self) -> None: ...
    def save_worker(self) -> Worker[None]: ...
    def glossary_changed(self) -> None: ...
    def report_check_error(self) -> None: ...
    def report_worker_failure(self, worker: Worker[Any]) -> None: ...
    def release_closed_watchers(self) -> None: ...
    def call_after_refresh(self, callback: Callable[..., object], *args: Any, **kwargs: Any) -> bool: ...
    def push_screen(self, screen: Screen[Any], callback: ScreenResultCallbackType[Any] | None = None,
                    wait_for_dismiss: bool = False) -> Any: ...
    def pop_screen(self) -> Any: ...
    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None: ...


def workbench_app(node: MessagePump) -> WorkbenchAppAPI:
    """The application of *node*, typed as what the workbench's screens may call."""
    return cast(WorkbenchAppAPI, node.app)


class ReportsWorkerErrors(MessagePump):
    """Shows a worker's unexpected failure (see the module docstring)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            workbench_app(self).report_worker_failure(event.worker)


class WorkbenchScreen(ReportsWorkerErrors, Screen[None]):
    """A full screen of the workbench: typed access to the app and the app's hooks."""

    @property
    def workbench(self) -> WorkbenchAppAPI:
        return workbench_app(self)

    @property
    def session(self) -> Session:
        return workbench_app(self).session

    def on_unmount(self) -> None:
        # closed for good: let the app forget the watchers its widgets registered on it
        app = workbench_app(self)
        app.call_after_refresh(app.release_closed_watchers)

    # -- hooks the application calls on every screen of its stack --------------------------------
    def document_loaded(self, name: str | None) -> None:
        """A document was parsed in the background (*name* None: all of them)."""

    def drafts_restored(self) -> None:
        """Drafts from an earlier run were restored into the session."""

    def refresh_data(self, findings_only: bool = False) -> None:
        """Files changed (on disk, by an update, by a glossary edit) or the check report is new
        (*findings_only*): show what the session holds now."""
