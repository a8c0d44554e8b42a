"""Name consistency checks: glossary names in the English sources and, inflected, in
the Russian and Kazakh translations.

Library API
===========
``NameChecker(glossary)``
    builds the name index once (English at once, each target language on first use).
    ``.check_source_segment(relpath, segment) -> list[Finding]``
    ``.check_target_segment(relpath, line, source, target, language) -> list[Finding]``
``checker_for(glossary) -> NameChecker``
    the cached checker of a glossary object (keyed by its content), for the UI.
``checker_for_path(path) -> NameChecker``
    the cached checker of a glossary file, keyed by the SHA-256 of its bytes.
``check_project(project, languages=None, documents=None, include_source=True,
include_targets=True) -> list[Finding]``
    reads the documents, the glossary (a bad one raises ``ProblemsError`` listing
    every bad row) and ``locale/<lang>/LC_MESSAGES/<doc>.po``; checks every translated
    (non-fuzzy, non-empty) segment; adds ``target-inconsistent-rendering`` across segments.
``accept_variant(glossary, finding, deprecated=False) -> Referent``
    adds a suggested variant spelling to the glossary and saves it (one action).

Every finding is a :class:`Finding` (``findings.py``); ``CHECKS`` below is the registry
of check ids with their severities.
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class CheckInfo:
    id: str
    severity: str           # default severity
    scope: str              # "source" | "target"
    description: str


#: The registry: stable check ids, their severities and what they mean.
CHECKS: dict[str, CheckInfo] = {c.id: c for c in (
    CheckInfo("source-name", "info", "source", "a glossary name as spelled in the source (the spelling report)"),
    CheckInfo("source-deprecated-spelling", "warning", "source", "a deprecated English spelling; use the preferred one"),
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
    CheckInfo("target-uninflectable", "info", "target", "the name's forms could not be inflected (check the decl cell)"),
    CheckInfo("catalogue-unreadable", "error", "target",
              "a catalogue could not be read (syntax error, not UTF-8...): its translations were not checked"),
)}

from .findings import FIELD_NAMES, SEVERITIES, SEVERITY_RANK, Finding, at_least  # noqa: E402
from .checker import NameChecker  # noqa: E402
from .source import Vocabulary  # noqa: E402
from .variants import accept_variant  # noqa: E402

__all__ = [
    "CHECKS", "CheckInfo", "Finding", "FIELD_NAMES", "SEVERITIES", "SEVERITY_RANK", "NameChecker",
    "Vocabulary", "accept_variant", "at_least", "check_project", "checker_for",
    "checker_for_path", "glossary_fingerprint",
]

_CACHE_LOCK = threading.Lock()
_BY_CONTENT: dict[str, NameChecker] = {}
_BY_OBJECT: dict[int, tuple[object, int, NameChecker]] = {}
_MAX_CACHED = 4


def glossary_fingerprint(glossary) -> int:
    """A cheap content key of an in-memory glossary (referents are immutable values)."""
    from .matcher import referents_of

    return hash(tuple(referents_of(glossary)))


def checker_for(glossary) -> NameChecker:
    """The cached NameChecker of this glossary object (rebuilt when its content changed)."""
    key = glossary_fingerprint(glossary)
    with _CACHE_LOCK:
        hit = _BY_OBJECT.get(id(glossary))
        if hit is not None and hit[0] is glossary and hit[1] == key:
            return hit[2]
    checker = NameChecker(glossary)
    with _CACHE_LOCK:
        if len(_BY_OBJECT) >= _MAX_CACHED:
            _BY_OBJECT.clear()
        _BY_OBJECT[id(glossary)] = (glossary, key, checker)
    return checker


def checker_for_path(path: str | Path) -> NameChecker:
    """The cached NameChecker of a glossary file, keyed by the SHA-256 of its content.

    A bad glossary raises ``ProblemsError`` listing every bad row.
    """
    from workbench.files import read_input
    from workbench.glossary import glossary_from_bytes

    path = Path(path)
    data = read_input(path)
    digest = hashlib.sha256(data).hexdigest()
    with _CACHE_LOCK:
        hit = _BY_CONTENT.get(digest)
    if hit is not None:
        return hit
    glossary = glossary_from_bytes(data, path)  # the bytes just hashed, not a second read
    checker = NameChecker(glossary)
    with _CACHE_LOCK:
        if len(_BY_CONTENT) >= _MAX_CACHED:
            _BY_CONTENT.clear()
        _BY_CONTENT[digest] = checker
    return checker


def check_project(project, languages=None, documents=None, include_source: bool = True,
                  include_targets: bool = True) -> list[Finding]:
    """Check the whole project; see the module docstring."""
    from .project import run_project

    return run_project(project, languages=languages, documents=documents, include_source=include_source,
                       include_targets=include_targets)
