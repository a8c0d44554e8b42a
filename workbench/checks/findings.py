"""The one record every name check produces: for the CLI report, the JSON output and the UI."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or observation) about a name in a source or a translation.

    ``path``/``line`` always point into the SOURCE document (project-relative posix
    path, 1-based line of the segment); for a target finding ``catalogue`` is the
    ``.po`` file's relpath and ``language`` the target language. ``offending`` is the
    exact text found (may be empty for a missing name); ``suggestion`` the fix, when
    the checker knows it; ``referent`` the glossary id the finding concerns.
    """

    check: str
    severity: str
    message: str
    path: str = ""
    line: int | None = None
    language: str | None = None
    source: str = ""
    offending: str = ""
    suggestion: str | None = None
    referent: str | None = None
    catalogue: str | None = None
    target: str | None = None       # the translation checked (target findings)

    def to_dict(self) -> dict:
        """JSON-ready dict with stable field names (every field, in declaration order)."""
        return asdict(self)

    @property
    def rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def sort_key(self) -> tuple:
        return (self.language or "", self.path, self.line or 0, self.check, self.offending)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Finding))


def at_least(findings, severity: str) -> list[Finding]:
    """The findings of *severity* or worse."""
    floor = SEVERITY_RANK[severity]
    return [f for f in findings if SEVERITY_RANK.get(f.severity, 0) >= floor]
