"""``workbench glossary export|import``: exchanging the termbase with other tools."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import project_of, rel
from .output import eprint, progress_bar, quiet, say, terminal_of


def cmd_glossary_export(args: argparse.Namespace) -> int:
    from workbench.glossary import exchange, load_glossary

    project = project_of(args)
    glossary = load_glossary(project.glossary_path)
    with project.writing("workbench glossary export"):
        written = exchange.export(glossary, args.format, Path(args.output), project.languages)
    for path in written:
        say(args, f"wrote {path}")
    return 0


def cmd_glossary_import(args: argparse.Namespace) -> int:
    from workbench.glossary import exchange, load_glossary, save_glossary

    project = project_of(args)
    with project.writing("workbench glossary import"):
        glossary = load_glossary(project.glossary_path)
        termbase = exchange.read_termbase(Path(args.file), args.language)
        for note in termbase.notes:
            eprint(note)
        with progress_bar("import", quiet=quiet(args), terminal=terminal_of(args)) as progress:
            summary = exchange.merge(glossary, termbase, progress=progress)
        if summary.problems:
            for problem in summary.problems:
                eprint(str(problem))
            if not args.force:
                eprint("workbench: nothing imported (use --force to import the rows without problems)")
                return 1
        # compare before rename: an edit made to glossary.tsv meanwhile (in the UI, in an
        # editor) is never overwritten; the import stops and can be run again
        save_glossary(glossary, expected=glossary.fingerprint)
    for change in summary.changes:
        say(args, change)
    say(args, f"{summary.added} referent(s) added, {summary.updated} updated, {summary.unchanged} unchanged "
              f"in {rel(project, project.glossary_path)}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    g = sub.add_parser("glossary", help="export or import the glossary").add_subparsers(
        dest="glossary_command", metavar="ACTION")
    p = g.add_parser("export", help="export to TBX or OmegaT glossaries")
    p.add_argument("--format", choices=["tbx", "omegat", "csv"], default="tbx")
    p.add_argument("-o", "--output", default="build/glossary", help="output folder (default: build/glossary)")
    p.set_defaults(func=cmd_glossary_export)
    p = g.add_parser("import", help="import referents from a TBX, CSV or OmegaT glossary file into glossary.tsv")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="import the good rows even if some have problems")
    p.add_argument("--language", choices=["ru", "kk"],
                   help="the target language of a source,target CSV (Weblate, DeepL) or an OmegaT glossary")
    p.set_defaults(func=cmd_glossary_import)
