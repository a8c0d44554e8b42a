"""``workbench check``: the checks from the command line.

:func:`run_check` takes :class:`CheckOptions`: languages and documents to check (None: all),
the minimum severity shown, the output format (text or json), source-only or targets-only,
``accept_variants`` (add every suggested variant spelling to the glossary as admitted
or deprecated, and save it), ``checks`` (which checks run: ``names``, ``qa``, ``all`` or QA
family names, comma-separated; default all) and ``recheck`` (every segment checked again rather
than taking the stored findings of unchanged ones, see :mod:`workbench.checks.stored_results`).
Exit code 1 when an error-severity finding is present (a CI gate), else 0. Problems with the
inputs raise ``WorkbenchError``.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from typing import TextIO

from workbench.checks import Finding, checker_for_path
from workbench.checks.combined import SELECTABLE, parse_checks, run_checks
from workbench.checks.findings import SEVERITY_RANK, at_least
from workbench.checks.names.project import cache_folder
from workbench.project import Project
from workbench.util.errors import WorkbenchError

from .common import project_of
from .output import ProgressFn, progress_bar, quiet, terminal_of
from .report import format_json, format_text


@dataclass(frozen=True)
class CheckOptions:
    """What ``workbench check`` was asked to do."""

    languages: list[str] | None = None
    documents: list[str] | None = None
    severity: str = "info"
    format: str = "text"
    source_only: bool = False
    targets_only: bool = False
    accept_variants: str | None = None      # None, "admitted" or "deprecated"
    checks: str | None = None               # None (all), or "names,qa", "number,date"...
    recheck: bool = False                   # check every segment again, not taking stored results

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> CheckOptions:
        return cls(languages=args.language or None, documents=args.document or None,
                   severity=args.severity or "info", format=args.format or "text",
                   source_only=bool(args.source_only), targets_only=bool(args.targets_only),
                   accept_variants="admitted" if args.accept_variants is True else args.accept_variants or None,
                   checks=getattr(args, "checks", None) or None, recheck=bool(getattr(args, "recheck", False)))

    def validate(self) -> None:
        if self.accept_variants not in (None, "admitted", "deprecated"):
            raise WorkbenchError(f"--accept-variants takes admitted or deprecated, not {self.accept_variants!r}")
        if self.severity not in SEVERITY_RANK:
            raise WorkbenchError(f"unknown severity {self.severity!r} (info, warning or error)")
        if self.source_only and self.targets_only:
            raise WorkbenchError("--source-only and --targets-only exclude each other")
        if self.format not in ("text", "json"):
            raise WorkbenchError(f"unknown format {self.format!r} (text or json)")
        parse_checks(self.checks)


def run_check(project: Project, options: CheckOptions, out: TextIO | None = None,
              progress: ProgressFn | None = None) -> int:
    out = out or sys.stdout
    options.validate()
    findings = _findings(project, options, progress)
    if options.accept_variants:
        findings = _accept_variants(project, findings, out, quiet=options.format == "json",
                                    deprecated=options.accept_variants == "deprecated")
    findings.sort(key=lambda f: (f.language is not None, f.language or "", f.path, f.line or 0, f.check,
                                 f.offending))
    shown = at_least(findings, options.severity)
    if options.format == "json":
        out.write(format_json(shown))
    else:
        preferred: dict[str, str] = {}
        try:
            checker = checker_for_path(project.glossary_path, cache_dir=cache_folder(project))  # the run's own
            preferred = {rid: checker.preferred_form(i, "en") for i, rid in enumerate(checker.ids)}
        except WorkbenchError:
            pass
        out.write(format_text(shown, preferred=preferred))
    return 1 if any(f.severity == "error" for f in findings) else 0


def _findings(project: Project, options: CheckOptions, progress: ProgressFn | None) -> list[Finding]:
    """The selected checks over the project, with *progress* told of each catalogue as it is read."""
    from workbench.checks.names.project import select_documents
    from workbench.checks.qa.project import catalogue_on_disk
    from workbench.gettext import Catalogue
    from workbench.text.documents import Document

    documents = project.load_documents()
    provider = None
    if progress is not None:
        report = progress
        selected = select_documents(project, documents, options.documents)
        total = 0 if options.source_only else len(selected) * len(options.languages or project.languages)
        done = 0

        def provider(document: Document, language: str) -> Catalogue | None:
            nonlocal done
            done += 1
            report(done, total, f"{language}: {document.relpath}")
            return catalogue_on_disk(project, document, language)

    return run_checks(project, languages=options.languages, documents=options.documents,
                      include_source=not options.targets_only, include_targets=not options.source_only,
                      checks=options.checks, all_documents=documents, catalogues=provider,
                      reuse_results=not options.recheck)


def _accept_variants(project: Project, findings: list[Finding], out: TextIO, *, quiet: bool,
                     deprecated: bool = False) -> list[Finding]:
    """Add every variant suggestion to the glossary (en_admitted), save once, drop those findings."""
    from workbench.checks import accept_variant
    from workbench.glossary import load_glossary, save_glossary

    todo = [f for f in findings if f.check == "source-variant-spelling" and f.referent and f.offending]
    if not todo:
        if not quiet:
            out.write("No variant suggestions to accept.\n")
        return findings
    glossary = load_glossary(project.glossary_path)
    accepted: set[tuple[str | None, str]] = set()
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
        with project.writing("workbench check --accept-variants"):
            # compare before rename: an edit made to glossary.tsv meanwhile is not overwritten
            save_glossary(glossary, project.glossary_path, expected=glossary.fingerprint)
        if not quiet:
            out.write(f"{len(accepted)} variant(s) added to {project.relpath(project.glossary_path)}\n\n")
    return [f for f in findings if not (f.check == "source-variant-spelling" and (f.referent, f.offending) in accepted)]


def cmd_check(args: argparse.Namespace) -> int:
    project = project_of(args)
    options = CheckOptions.from_args(args)
    with progress_bar("check", quiet=quiet(args), terminal=terminal_of(args)) as progress:
        findings_out = io.StringIO()
        code = run_check(project, options, findings_out, progress)
    sys.stdout.write(findings_out.getvalue())
    return code


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="name and QA checks on sources and translations")
    p.add_argument("-l", "--language", action="append", help="only this target language (repeatable)")
    p.add_argument("-d", "--document", action="append", help="only this document (path or name; repeatable)")
    p.add_argument("-s", "--severity", choices=["info", "warning", "error"], default="info",
                   help="show findings of this severity and above (default: info)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--source-only", action="store_true", help="only check the English sources")
    p.add_argument("--targets-only", action="store_true", help="only check the translations")
    p.add_argument("--accept-variants", nargs="?", const="admitted", choices=["admitted", "deprecated"],
                   help="add every suggested variant spelling to glossary.tsv (as admitted, or as deprecated)")
    p.add_argument("--checks", metavar="LIST",
                   help=f"which checks run, comma-separated: {', '.join(SELECTABLE)} (default: all)")
    p.add_argument("--recheck", action="store_true",
                   help="check every segment again instead of taking the findings stored for unchanged ones "
                        "(.workbench/cache), and store nothing")
    p.set_defaults(func=cmd_check)
