"""The records the QA check families share: the segment pair they look at and the hit
each family returns (the runner turns hits into :class:`~workbench.checks.findings.Finding`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from workbench.project import Style


class Lexicon(Protocol):
    """A word list of the target language that can propose a correction (see ``lexicon.py``)."""

    def correction(self, word: str, known_words: frozenset[str] = ...) -> str | None: ...


@dataclass(frozen=True)
class Context:
    """What the checks know beyond the pair: the glossary's Latin-script forms in the target
    language (admitted untranslated names: RISE, KPMG, MR Online) and the language's lexicon."""

    latin_names: tuple[str, ...] = ()
    lexicon: Lexicon | None = None
    known_words: frozenset[str] = frozenset()      # glossary forms' words, lower-case (names)
    #: English spellings of glossary names the language writes in its own script (Socialist
    #: Movement of Kazakhstan → Социалистическое движение Казахстана): left in Latin, untranslated
    translated_names: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Pair:
    source: str
    target: str
    language: str
    style: Style = field(default_factory=Style)
    context: Context = field(default_factory=Context)

    @property
    def lang(self) -> str:
        return self.language.split("_")[0]


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem a family found. ``suggestion`` is the whole corrected target text (None:
    no obvious fix); ``offending`` the exact text at fault."""

    check: str
    message: str
    offending: str = ""
    suggestion: str | None = None
