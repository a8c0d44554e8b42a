"""One error type for every problem a user can cause with their input.

A :class:`WorkbenchError` carries the file and the 1-based line it concerns,
so that the CLI prints ``path:line: message`` and the UI shows the same text
in a notification, never a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class WorkbenchError(Exception):
    """A problem with the user's files or settings, reported without a traceback."""

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Problem:
    """A problem collected rather than raised (e.g. one bad glossary row among many)."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


class ProblemsError(WorkbenchError):
    """Several problems found at once; ``str()`` lists one per line."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        first = self.problems[0] if self.problems else None
        super().__init__(
            "\n".join(str(p) for p in self.problems) or "unknown problem",
        )
        if first is not None:
            self.path, self.line = first.path, first.line

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
