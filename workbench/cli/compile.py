"""``workbench compile``: the translated editions and the ``.mo`` files."""

from __future__ import annotations

import argparse

from .common import check_languages, percent, project_of, rel
from .output import progress_bar, quiet, terminal_of
from .table import format_table


def cmd_compile(args: argparse.Namespace) -> int:
    from workbench.services.compile import compile_editions

    project = project_of(args)
    languages = args.language or None
    check_languages(project, languages)
    with progress_bar("compile", quiet=quiet(args), terminal=terminal_of(args)) as progress:
        results = compile_editions(project, languages, min_percent=args.min_percent, html_output=not args.no_html,
                                   progress=progress)
    if quiet(args):
        return 0
    table = [
        [r.document, r.language, r.messages, r.translated, r.fuzzy, r.untranslated, f"{r.percent:.0f}%",
         rel(project, r.output) if r.output else f"left out (< {args.min_percent:g}%)"]
        for r in results
    ]
    header = ["document", "lang", "messages", "translated", "fuzzy", "untranslated", "done", "edition"]
    print(format_table(header, table, right={2, 3, 4, 5, 6}))
    written = sum(1 for r in results if r.output)
    print(f"\n{written} edition(s) written under {rel(project, project.build_dir)}/; "
          f"untranslated and fuzzy segments keep the English source.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compile", help="build the translated editions and .mo files")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("--min-percent", type=percent, default=0.0, metavar="N",
                   help="leave out documents less than N%% translated (default 0)")
    p.add_argument("--no-html", action="store_true", help="do not write the HTML rendering")
    p.set_defaults(func=cmd_compile)
