"""Typed messages posted by workers to the UI thread."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from workbench.session import Change


class DiskChanged(Message):
    """Files were changed on disk by someone else and have been reloaded."""

    def __init__(self, changes: list[Change]) -> None:
        super().__init__()
        self.changes = changes


class FindingsReady(Message):
    """All findings of the project were (re)computed."""

    def __init__(self, findings: dict[tuple[str, str], list]) -> None:
        super().__init__()
        self.findings = findings


class Saved(Message):
    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths


class SaveFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class SegmentChecked(Message):
    """Live checks of the segment being edited."""

    def __init__(self, index: int, text: str, findings: list) -> None:
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

    def __init__(self, index: int, matches: list) -> None:
        super().__init__()
        self.index = index
        self.matches = matches


class DocumentFindings(Message):
    """Findings of every translated segment of the open document: segment index → findings."""

    def __init__(self, findings: dict[int, list]) -> None:
        super().__init__()
        self.findings = findings


class DraftsRestored(Message):
    """Drafts journalled by an earlier run were checked against the documents."""

    def __init__(self, restored: list, orphaned: list, error: str | None = None) -> None:
        super().__init__()
        self.restored = restored
        self.orphaned = orphaned
        self.error = error


class UpdateDone(Message):
    """``workbench update`` ran from the UI (report None: it failed with *error*)."""

    def __init__(self, report, changes: list, error: str | None = None) -> None:
        super().__init__()
        self.report = report
        self.changes = changes
        self.error = error
