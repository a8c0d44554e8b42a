"""Quality checks beyond names, made for Russian and Kazakh: numbers, dates, URLs, quotes,
markup, untranslated text, typography, script mixing, length.

Each family is one module with a pure ``check(pair) -> list[Hit]``; the ids and severities are
in the shared registry (:data:`workbench.checks.findings.CHECKS`), and :data:`FAMILY_OF` says
which family an id belongs to.

Library API
===========
``check_pair(source, target, language, *, style=None, context=None, families=None) -> list[Hit]``
    the hits of one segment pair (what the benchmark and the tests call).
``check_target_segment(relpath, line, source, target, language, *, style, context,
catalogue=None, families=None) -> list[Finding]``
    the findings of one translated segment (what the editor calls as the translator types).
``context_for(glossary, language, *, lexicon=True) -> Context``
    the glossary's Latin-script names of *language* and the language's lexicon.
``run_qa(project, ...)``
    every translated segment of the project (``project.py``).

Fixes
=====
A finding with an obvious fix carries it in ``suggestion`` as the WHOLE corrected target text,
and then ``offending`` is the whole target text it was computed from. So the one rule "replace
``offending`` in the translation by ``suggestion``" applies a QA fix exactly — and does nothing
when the translation changed since the check (the finding is stale). :func:`apply_fix` does it.
"""

from __future__ import annotations

from .project import run_qa
from .segment import (
    FAMILIES,
    FAMILY_OF,
    QA_CHECKS,
    Context,
    Hit,
    Pair,
    apply_fix,
    check_pair,
    check_target_segment,
    context_for,
)

__all__ = ["FAMILIES", "FAMILY_OF", "QA_CHECKS", "Context", "Hit", "Pair", "apply_fix", "check_pair",
           "check_target_segment", "context_for", "run_qa"]
