"""``workbench check``: the name checks from the command line.

``run_check(project, args) -> int`` reads (all optional, see ``workbench/cli.py``):
``args.language`` (list or None), ``args.document`` (relpaths or names, or None),
``args.severity`` (minimum shown: info | warning | error), ``args.format`` (text | json),
``args.source_only``, ``args.targets_only``, ``args.accept_variants`` (add every
suggested variant spelling to the glossary's ``en_admitted`` and save it).
Exit code 1 when an error-severity finding is present (CI gate), else 0. Problems
with the inputs raise ``WorkbenchError``.
"""

from __future__ import annotations

import sys

from workbench.util.errors import WorkbenchError

from workbench.checks import CHECKS, check_project
from workbench.checks.findings import SEVERITY_RANK, at_least

from .report import format_json, format_text


def run_check(project, args, out=None) -> int:
    out = out or sys.stdout
    fmt = getattr(args, "format", None) or "text"
    languages = getattr(args, "language", None) or None
    documents = getattr(args, "document", None) or None
    severity = getattr(args, "severity", None) or "info"
    source_only = bool(getattr(args, "source_only", False))
    targets_only = bool(getattr(args, "targets_only", False))
    accept = getattr(args, "accept_variants", None) or None
    if accept not in (None, True, "admitted", "deprecated"):
        raise WorkbenchError(f"--accept-variants takes admitted or deprecated, not {accept!r}")
    if severity not in SEVERITY_RANK:
        raise WorkbenchError(f"unknown severity {severity!r} (info, warning or error)")
    if source_only and targets_only:
        raise WorkbenchError("--source-only and --targets-only exclude each other")
    if fmt not in ("text", "json"):
        raise WorkbenchError(f"unknown format {fmt!r} (text or json)")

    findings = check_project(project, languages=languages, documents=documents,
                             include_source=not targets_only, include_targets=not source_only)
    if accept:
        findings = _accept_variants(project, findings, out, quiet=fmt == "json", deprecated=accept == "deprecated")
    findings.sort(key=lambda f: (f.language is not None, f.language or "", f.path, f.line or 0, f.check,
                                 f.offending))
    shown = at_least(findings, severity)
    if fmt == "json":
        out.write(format_json(shown))
    else:
        preferred = {}
        try:
            from workbench.checks import checker_for_path

            checker = checker_for_path(project.glossary_path)
            preferred = {rid: checker.preferred_form(i, "en") for i, rid in enumerate(checker.ids)}
        except WorkbenchError:
            pass
        out.write(format_text(shown, preferred=preferred))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _accept_variants(project, findings, out, *, quiet: bool, deprecated: bool = False):
    """Add every variant suggestion to the glossary (en_admitted), save once, drop those findings."""
    from workbench.glossary import load_glossary, save_glossary

    from workbench.checks import accept_variant

    todo = [f for f in findings if f.check == "source-variant-spelling" and f.referent and f.offending]
    if not todo:
        if not quiet:
            out.write("No variant suggestions to accept.\n")
        return findings
    glossary = load_glossary(project.glossary_path)
    accepted: set[tuple[str, str]] = set()
    for f in todo:
        key = (f.referent, f.offending)
        if key in accepted:
            continue
        try:
            accept_variant(glossary, f, deprecated=deprecated, save=False)
        except (WorkbenchError, ValueError) as exc:
            if not quiet:
                out.write(f"not added: {f.offending!r} to {f.referent}: {exc}\n")
            continue
        accepted.add(key)
        if not quiet:
            status = "a deprecated" if deprecated else "an admitted"
            out.write(f"added {f.offending!r} to {f.referent} as {status} English spelling\n")
    if accepted:
        save_glossary(glossary, project.glossary_path)
        if not quiet:
            out.write(f"{len(accepted)} variant(s) added to {project.relpath(project.glossary_path)}\n\n")
    return [f for f in findings if not (f.check == "source-variant-spelling" and (f.referent, f.offending) in accepted)]


__all__ = ["run_check", "CHECKS"]
