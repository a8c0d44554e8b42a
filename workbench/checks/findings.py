"""The one record every check produces (for the CLI report, the JSON output and the UI),
and the registry of check ids with their severities."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from typing import Any

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or observation) about a name in a source or a translation.

    ``path``/``line`` always point into the SOURCE document (project-relative posix
    path, 1-based line of the segment); for a target finding ``catalogue`` is the
    ``.po`` file's relpath, ``catalogue_line`` the line of its entry there (when the
    catalogue was read from a file) and ``language`` the target language. ``offending`` is the
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
    catalogue_line: int | None = None   # line of the entry in the catalogue (target findings)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with stable field names (every field, in declaration order)."""
        return asdict(self)

    @property
    def rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path

    def sort_key(self) -> tuple[str, str, int, str, str]:
        return (self.language or "", self.path, self.line or 0, self.check, self.offending)


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Finding))


def at_least(findings: Iterable[Finding], severity: str) -> list[Finding]:
    """The findings of *severity* or worse."""
    floor = SEVERITY_RANK[severity]
    return [f for f in findings if SEVERITY_RANK.get(f.severity, 0) >= floor]


@dataclass(frozen=True, slots=True)
class CheckInfo:
    id: str
    severity: str           # default severity
    scope: str              # "source" | "target"
    description: str


#: The registry: stable check ids, their severities and what they mean.
CHECKS: dict[str, CheckInfo] = {c.id: c for c in (
    CheckInfo("source-name", "info", "source", "a glossary name as spelled in the source (the spelling report)"),
    CheckInfo("source-deprecated-spelling", "warning", "source",
              "a deprecated English spelling; use the preferred one"),
    CheckInfo("source-variant-spelling", "warning", "source",
              "an unknown name that looks like a transliteration variant of a glossary entry "
              "(or differs only in inner capitals); accept it as a variant or correct it"),
    CheckInfo("source-unknown-name", "warning", "source", "a capitalised name or acronym no glossary row knows"),
    CheckInfo("target-missing-name", "warning", "target",
              "a name of the source is not in the translation in any grammatical case (a pronoun may be intended)"),
    CheckInfo("target-wrong-form", "error", "target", "a form the glossary lists as wrong (in any case)"),
    CheckInfo("target-other-language-form", "error", "target",
              "the other target language's form (Russian spelling in Kazakh text, Kazakh letters in Russian)"),
    CheckInfo("target-misspelt-name", "error", "target", "a word a letter or two away from the name's forms"),
    CheckInfo("target-wrong-inflection", "error", "target",
              "a known name with an ending its paradigm does not produce (wrong vowel harmony, wrong consonant)"),
    CheckInfo("target-inconsistent-rendering", "info", "target",
              "a name rendered with different (non-abbreviated) forms in different segments"),
    CheckInfo("target-no-glossary-form", "info", "target", "the glossary has no form of the name in this language"),
    CheckInfo("target-uninflectable", "info", "target",
              "the name's forms could not be inflected (check the decl cell)"),
    CheckInfo("catalogue-unreadable", "error", "target",
              "a catalogue could not be read (syntax error, not UTF-8...): its translations were not checked"),
)}
