"""``workbench export --format xliff`` and ``workbench import FILE.xlf``: catalogues for CAT tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.util.errors import WorkbenchError

from .common import check_languages, project_of, rel


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.exchange.xliff import export_xliff

    project = project_of(args)
    check_languages(project, args.language)
    out = Path(args.output) if args.output else project.editions_dir / "xliff"
    report = export_xliff(project, out, args.language or project.languages, args.document)
    for line in report.not_kept:
        print(line, file=sys.stderr)
    for path in report.written:
        print(f"wrote {path}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.exchange.xliff import SUFFIXES, import_xliff

    project = project_of(args)
    paths = [Path(p) for p in args.files]
    for path in paths:
        if path.suffix.lower() not in SUFFIXES:
            raise WorkbenchError(f"not an XLIFF file ({', '.join(SUFFIXES)}); for a memory file use `workbench "
                                 "memory import`", path)
    report = import_xliff(project, paths, {p: str(p) for p in paths}, language=args.language)
    for line in report.warnings:
        print(line, file=sys.stderr)
    for path in report.written:
        print(f"wrote {rel(project, path)}")
    print(f"{report.changed_messages} message(s) changed, {len(report.written)} catalogue(s) written, "
          f"{len(report.unchanged)} unchanged")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="export the catalogues as XLIFF 1.2 for CAT tools (OmegaT, Trados, Weblate)")
    p.add_argument("--format", choices=["xliff"], default="xliff")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("-d", "--document", action="append", help="only this document (repeatable)")
    p.add_argument("-o", "--output", help="output folder (default: editions/xliff)")
    p.set_defaults(func=cmd_export)
    p = sub.add_parser("import", help="apply XLIFF files translated in a CAT tool to the catalogues")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--language", help="the target language of files that declare none (Angular's messages.fr.xlf)")
    p.set_defaults(func=cmd_import)
