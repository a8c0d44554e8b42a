"""``workbench glossary export|import``: exchanging the termbase with other tools."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import project_of, rel


def cmd_glossary_export(args: argparse.Namespace) -> int:
    from workbench.glossary import exchange, load_glossary

    project = project_of(args)
    glossary = load_glossary(project.glossary_path)
    written = exchange.export(glossary, args.format, Path(args.output), project.languages)
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_glossary_import(args: argparse.Namespace) -> int:
    from workbench.glossary import exchange, load_glossary, save_glossary

    project = project_of(args)
    glossary = load_glossary(project.glossary_path)
    summary = exchange.import_into(glossary, Path(args.file))
    if summary.problems:
        for problem in summary.problems:
            print(problem, file=sys.stderr)
        if not args.force:
            print("nothing imported (use --force to import the rows without problems)", file=sys.stderr)
            return 1
    save_glossary(glossary)
    print(f"{summary.added} referent(s) added, {summary.updated} updated in {rel(project, project.glossary_path)}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    g = sub.add_parser("glossary", help="export or import the glossary").add_subparsers(
        dest="glossary_command", metavar="ACTION")
    p = g.add_parser("export", help="export to TBX or OmegaT glossaries")
    p.add_argument("--format", choices=["tbx", "omegat", "csv"], default="tbx")
    p.add_argument("-o", "--output", default="build/glossary", help="output folder (default: build/glossary)")
    p.set_defaults(func=cmd_glossary_export)
    p = g.add_parser("import", help="import referents from a TBX or CSV file into glossary.tsv")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="import the good rows even if some have problems")
    p.set_defaults(func=cmd_glossary_import)
