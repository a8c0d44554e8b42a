"""``workbench compile``: the translated editions and the ``.mo`` files."""

from __future__ import annotations

import argparse

from .common import percent, project_of, rel
from .output import progress_bar, quiet, terminal_of
from .table import format_table


def _formats(value: str) -> tuple[str, ...]:
    from workbench.services.compile import parse_formats
    from workbench.util.errors import WorkbenchError

    try:
        return parse_formats(value)
    except WorkbenchError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_compile(args: argparse.Namespace) -> int:
    from workbench.services.compile import FORMATS, compile_project

    project = project_of(args)
    formats = args.format or FORMATS
    if args.no_html:
        formats = tuple(f for f in formats if f not in ("html", "bilingual"))
    with progress_bar("compile", quiet=quiet(args), terminal=terminal_of(args)) as progress:
        result = compile_project(project, args.language or None, min_percent=args.min_percent, formats=formats,
                                 progress=progress)
    if quiet(args):
        return 0
    left_out = f"left out (< {args.min_percent:g}%)"
    table = [
        [r.document, r.language, r.messages, r.translated, r.fuzzy, r.untranslated, f"{r.percent:.0f}%",
         rel(project, r.output) if r.output else left_out if r.percent + 1e-9 < args.min_percent else "-"]
        for r in result.editions
    ]
    header = ["document", "lang", "messages", "translated", "fuzzy", "untranslated", "done", "edition"]
    print(format_table(header, table, right={2, 3, 4, 5, 6}))
    for book in result.books:
        if book.path is not None:
            print(f"{book.language}: EPUB with {book.chapters} chapter(s): {rel(project, book.path)}")
    if result.index is not None:
        print(f"index: {rel(project, result.index)}")
    for path in result.removed:
        print(f"removed outdated {rel(project, path)}")
    written = sum(1 for r in result.editions if r.outputs)
    print(f"\n{written} edition(s) written under {rel(project, project.editions_dir)}/ "
          f"({', '.join(formats) or 'only .mo files'}); untranslated and fuzzy segments keep the English "
          "source, marked.")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("compile", help="build the translated editions (HTML, bilingual, EPUB, text) and .mo files")
    p.add_argument("-l", "--language", action="append",
                   help="only this language (repeatable); kk includes kk-Latn, kk-Latn alone builds only it")
    p.add_argument("--min-percent", type=percent, default=0.0, metavar="N",
                   help="leave out documents less than N%% translated (default 0)")
    p.add_argument("--format", type=_formats, metavar="LIST",
                   help="comma-separated formats to build: html,bilingual,epub,txt (default: all)")
    p.add_argument("--no-html", action="store_true", help="no HTML pages (same as --format epub,txt)")
    p.set_defaults(func=cmd_compile)
