"""Name consistency checks: glossary names in the English sources and, inflected, in
the Russian and Kazakh translations.

Library API
===========
``NameChecker(glossary)``
    builds the name index once (English at once, each target language on first use); never
    changed by a check afterwards.
    ``.check_source_segment(relpath, segment, context=None) -> list[Finding]``
    ``.check_target_segment(relpath, line, source, target, language, context=None) -> list[Finding]``
``CheckContext(vocabulary)`` / ``CheckContext.of_texts(sources)``
    what a project tells the checks beyond the glossary (the vocabulary of its sources),
    passed with each call; without one a checker uses its own (empty unless given).
``checker_for(glossary, cache_dir=None) -> NameChecker``
    the cached checker of a glossary object (keyed by its content), for the UI.
``checker_for_path(path, cache_dir=None) -> NameChecker``
    the cached checker of a glossary file, keyed by the SHA-256 of its bytes. With
    *cache_dir* the form indexes are kept on disk per glossary content.
``check_project(project, languages=None, documents=None, include_source=True,
include_targets=True) -> list[Finding]``
    reads the documents, the glossary (a bad one raises ``ProblemsError`` listing
    every bad row) and ``locale/<lang>/LC_MESSAGES/<doc>.po``; checks every translated
    (non-fuzzy, non-empty) segment; adds ``target-inconsistent-rendering`` across segments.
``accept_variant(glossary, finding, deprecated=False) -> Referent``
    adds a suggested variant spelling to the glossary and saves it (one action).

Every finding is a :class:`Finding`; ``CHECKS`` is the registry of check ids with their
severities (both in ``findings.py``). The name checks live in ``names/``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .findings import CHECKS, FIELD_NAMES, SEVERITIES, SEVERITY_RANK, CheckInfo, Finding, at_least
from .names import (
    CheckContext,
    NameChecker,
    Vocabulary,
    accept_variant,
    checker_for,
    checker_for_path,
    glossary_fingerprint,
)
from .names.project import run_project

__all__ = [
    "CHECKS",
    "FIELD_NAMES",
    "SEVERITIES",
    "SEVERITY_RANK",
    "CheckContext",
    "CheckInfo",
    "Finding",
    "NameChecker",
    "Vocabulary",
    "accept_variant",
    "at_least",
    "check_project",
    "checker_for",
    "checker_for_path",
    "glossary_fingerprint",
]


def check_project(project: Any, languages: Iterable[str] | None = None, documents: Iterable[str] | None = None,
                  include_source: bool = True, include_targets: bool = True) -> list[Finding]:
    """Check the whole project; see the module docstring."""
    return run_project(project, languages=languages, documents=documents, include_source=include_source,
                       include_targets=include_targets)
