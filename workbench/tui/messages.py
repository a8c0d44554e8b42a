"""Typed messages posted by workers to the UI thread."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from workbench.checks import Finding
from workbench.memory import Match
from workbench.services.update import UpdateReport
from workbench.session import Change, Draft
from workbench.tui.base import ProjectFindings


class DiskChanged(Message):
    """Files were changed on disk by someone else and have been reloaded."""

    def __init__(self, changes: list[Change]) -> None:
        super().__init__()
        self.changes = changes


class FindingsReady(Message):
    """All findings of the project were (re)computed."""

    def __init__(self, findings: ProjectFindings) -> None:
        super().__init__()
        self.findings = findings


class Saved(Message):
    """The catalogues with confirmed changes were written."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths


class SaveFailed(Message):
    """A save (or the drafts journal) could not be written: *error* says why."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class SegmentChecked(Message):
    """Live checks of the segment being edited."""

    def __init__(self, index: int, text: str, findings: list[Finding]) -> None:
        super().__init__()
        self.index = index
        self.text = text
        self.findings = findings


class DocumentLoaded(Message):
    """A document and its catalogues were parsed (name None: all of them)."""

    def __init__(self, name: str | None) -> None:
        super().__init__()
        self.name = name


class MemoryMatches(Message):
    """Translation-memory matches for a segment (looked up in a worker)."""

    def __init__(self, index: int, matches: list[Match]) -> None:
        super().__init__()
        self.index = index
        self.matches = matches


class DocumentFindings(Message):
    """Findings of every translated segment of the open document: segment index → findings."""

    def __init__(self, findings: dict[int, list[Finding]]) -> None:
        super().__init__()
        self.findings = findings


class DraftsRestored(Message):
    """Drafts journalled by an earlier run were checked against the documents."""

    def __init__(self, restored: list[Draft], orphaned: list[Draft], error: str | None = None) -> None:
        super().__init__()
        self.restored = restored
        self.orphaned = orphaned
        self.error = error


class UpdateDone(Message):
    """``workbench update`` ran from the UI (report None: it failed with *error*)."""

    def __init__(self, report: UpdateReport | None, changes: list[Change], error: str | None = None) -> None:
        super().__init__()
        self.report = report
        self.changes = changes
        self.error = error
