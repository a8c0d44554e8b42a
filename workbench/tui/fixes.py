"""Applying a check finding's fix to the translation being edited (F6 in the editor).

A finding carries its fix in ``suggestion`` (see :class:`workbench.checks.Finding`), and says
what the fix replaces in ``offending``:

* ``offending`` is a part of the translation (a misspelt name): its first occurrence as
  whole words is replaced by ``suggestion`` («Жанаозен» inside «Жанаозена» is left alone);
  if the translation no longer contains it (typed over since the check ran), there is
  nothing to apply;
* ``offending`` is the whole translation (``offending == target``, the text the check was
  run on): ``suggestion`` is the whole corrected translation and replaces it — this is how
  a finding says that its fix is the whole text;
* ``offending`` is empty: nothing is applied, whatever the suggestion. A missing name's
  finding suggests the form to use but not where it goes, so it is not a fix.

A source finding (``language`` None) is about the English text: its fix is never applied
to the translation. Pure Python, no UI import: the editor and the tests call :func:`apply_fix`.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.checks import Finding
from workbench.checks.findings import apply_fix as core_apply_fix


def apply_fix(text: str, finding: Finding) -> str | None:
    """*text* with *finding*'s suggestion applied, or None when the finding has no fix for it
    (the core's :func:`workbench.checks.findings.apply_fix`, which the CLI and tests use too)."""
    return core_apply_fix(finding, text)


def first_fix(text: str, findings: Iterable[Finding]) -> tuple[Finding, str] | None:
    """The first finding with a fix for *text*, and the text fixed; None if none has one."""
    for finding in findings:
        fixed = apply_fix(text, finding)
        if fixed is not None and fixed != text:
            return finding, fixed
    return None


def changed_span(old: str, new: str) -> tuple[int, int, str]:
    """(start, end, replacement): the one span of *old* to replace to get *new* (common
    prefix and suffix kept), so that an edit widget changes, and undoes, only that span."""
    limit = min(len(old), len(new))
    start = 0
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    return start, end_old, new[start:end_new]
