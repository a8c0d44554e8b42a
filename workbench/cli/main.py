"""The command line: ``workbench [--project DIR] COMMAND``.

A thin layer over the domain modules: it parses arguments, calls one
function, prints the result. Problems the user can fix are printed as one
``path:line: message`` line each on stderr with exit code 1 (2 for usage
errors); nothing is written when an input is bad.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

from workbench import __version__
from workbench.util.errors import WorkbenchError


def _project(args):
    from workbench.project import load_project

    return load_project(args.project)


def _rel(project, path: Path | None) -> str:
    return "-" if path is None else project.relpath(path)


def _check_languages(project, languages: list[str] | None) -> None:
    """``-l`` must name target languages of the project (one line, exit 1, otherwise)."""
    unknown = [code for code in languages or () if code not in project.languages]
    if unknown:
        raise WorkbenchError(
            f"not a target language of this project: {', '.join(unknown)} "
            f"(languages: {', '.join(project.languages)})"
        )


def _percent(value: str) -> float:
    """``--min-percent``: a number from 0 to 100."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r} (give a percentage from 0 to 100)") from None
    if not math.isfinite(number) or not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"out of range: {value!r} (give a percentage from 0 to 100)")
    return number


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line: ``workbench compile: error: ... (see --help)``."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _shown_path(path: str) -> str:
    """An absolute path under the current folder is shown relative to it, as the user typed it."""
    try:
        if os.path.isabs(path):
            rel = os.path.relpath(path)
            if not rel.startswith(".."):
                return rel
    except ValueError:  # pragma: no cover - different drive on Windows
        pass
    return path


# -- commands -----------------------------------------------------------------

def cmd_ui(args) -> int:
    project = _project(args)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise WorkbenchError("the terminal UI needs a terminal; for scripts use a command (workbench --help)")
    from workbench.tui.app import make_app

    app = make_app(project.root)
    app.run()
    return int(getattr(app, "return_code", 0) or 0)


def cmd_init(args) -> int:
    from workbench.project import init_project

    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    created = init_project(Path(args.directory), languages=languages, source=args.source)
    for path in created:
        print(f"created {path}")
    print(f"Put .txt or .md documents in {Path(args.directory) / args.source} and run `workbench update`.")
    return 0


def cmd_update(args) -> int:
    from workbench.services.update import update_project

    project = _project(args)
    report = update_project(project)
    for path in report.written:
        print(f"wrote {_rel(project, path)}")
    print(f"{len(report.written)} file(s) written, {len(report.unchanged)} unchanged")
    return 0


def cmd_stats(args) -> int:
    from workbench.services.stats import project_stats
    from workbench.cli.table import format_table

    project = _project(args)
    _check_languages(project, args.language)
    rows = project_stats(project)
    if args.language:
        rows = [r for r in rows if r.language in args.language]
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    table = [
        [r.document, r.language, r.segments, r.words, r.messages, r.translated, r.fuzzy, r.untranslated, f"{r.percent:.0f}%"]
        for r in rows
    ]
    header = ["document", "lang", "segments", "words", "messages", "translated", "fuzzy", "untranslated", "done"]
    print(format_table(header, table, right={2, 3, 4, 5, 6, 7, 8}))
    missing = [r for r in rows if r.catalogue is None]
    if missing:
        print(f"\n{len(missing)} catalogue(s) missing: run `workbench update`.")
    return 0


def cmd_compile(args) -> int:
    from workbench.services.compile import compile_editions
    from workbench.cli.table import format_table

    project = _project(args)
    languages = args.language or None
    _check_languages(project, languages)
    results = compile_editions(project, languages, min_percent=args.min_percent, html_output=not args.no_html)
    table = [
        [r.document, r.language, r.messages, r.translated, r.fuzzy, r.untranslated, f"{r.percent:.0f}%",
         _rel(project, r.output) if r.output else f"left out (< {args.min_percent:g}%)"]
        for r in results
    ]
    header = ["document", "lang", "messages", "translated", "fuzzy", "untranslated", "done", "edition"]
    print(format_table(header, table, right={2, 3, 4, 5, 6}))
    written = sum(1 for r in results if r.output)
    print(f"\n{written} edition(s) written under {_rel(project, project.build_dir)}/; "
          f"untranslated and fuzzy segments keep the English source.")
    return 0


def cmd_segments(args) -> int:
    from workbench.text.documents import load_document

    project = _project(args)
    document = load_document(Path(args.file).resolve(), project.root)
    if args.format == "json":
        out = [
            {"index": s.index, "line": s.line, "block": document.blocks[s.block].kind, "msgid": s.msgid}
            for s in document.segments
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for s in document.segments:
        print(f"{document.relpath}:{s.line}\t{document.blocks[s.block].kind}\t{s.msgid}")
    return 0


def cmd_glossary_export(args) -> int:
    from workbench.glossary import load_glossary
    from workbench.glossary import exchange as termbase_formats

    project = _project(args)
    glossary = load_glossary(project.glossary_path)
    written = termbase_formats.export(glossary, args.format, Path(args.output), project.languages)
    for path in written:
        print(f"wrote {path}")
    return 0


def cmd_glossary_import(args) -> int:
    from workbench.glossary import load_glossary, save_glossary
    from workbench.glossary import exchange as termbase_formats

    project = _project(args)
    glossary = load_glossary(project.glossary_path)
    summary = termbase_formats.import_into(glossary, Path(args.file))
    if summary.problems:
        for problem in summary.problems:
            print(problem, file=sys.stderr)
        if not args.force:
            print("nothing imported (use --force to import the rows without problems)", file=sys.stderr)
            return 1
    save_glossary(glossary)
    print(f"{summary.added} referent(s) added, {summary.updated} updated in {_rel(project, project.glossary_path)}")
    return 0


def cmd_check(args) -> int:
    from workbench.cli.check import run_check

    return run_check(_project(args), args)


# -- parser ---------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Translation and glossary workbench. With no command, opens the terminal UI.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("-C", "--project", metavar="DIR", help="project folder (default: found from the current folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ui", help="open the terminal UI (the default)")
    p.set_defaults(func=cmd_ui)

    p = sub.add_parser("init", help="start a new project in a folder")
    p.add_argument("directory", nargs="?", default=".")
    p.add_argument("--languages", default="ru,kk", help="comma-separated target languages (default: ru,kk)")
    p.add_argument("--source", default="seeds", help="folder of source documents (default: seeds)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("update", help="write templates and update every catalogue from the sources")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("stats", help="segments, words, translated, fuzzy, untranslated per document and language")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("compile", help="build the translated editions and .mo files")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("--min-percent", type=_percent, default=0.0, metavar="N",
                   help="leave out documents less than N%% translated (default 0)")
    p.add_argument("--no-html", action="store_true", help="do not write the HTML rendering")
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("check", help="name consistency checks on sources and translations")
    p.add_argument("-l", "--language", action="append", help="only this target language (repeatable)")
    p.add_argument("-d", "--document", action="append", help="only this document (path or name; repeatable)")
    p.add_argument("-s", "--severity", choices=["info", "warning", "error"], default="info",
                   help="show findings of this severity and above (default: info)")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--source-only", action="store_true", help="only check the English sources")
    p.add_argument("--targets-only", action="store_true", help="only check the translations")
    p.add_argument("--accept-variants", nargs="?", const="admitted", choices=["admitted", "deprecated"],
                   help="add every suggested variant spelling to glossary.tsv (as admitted, or as deprecated)")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("segments", help="show how a document is segmented")
    p.add_argument("file")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_segments)

    g = sub.add_parser("glossary", help="export or import the glossary").add_subparsers(dest="glossary_command",
                                                                                      metavar="ACTION")
    p = g.add_parser("export", help="export to TBX or OmegaT glossaries")
    p.add_argument("--format", choices=["tbx", "omegat", "csv"], default="tbx")
    p.add_argument("-o", "--output", default="build/glossary", help="output folder (default: build/glossary)")
    p.set_defaults(func=cmd_glossary_export)
    p = g.add_parser("import", help="import referents from a TBX or CSV file into glossary.tsv")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="import the good rows even if some have problems")
    p.set_defaults(func=cmd_glossary_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        if args.command == "glossary":
            parser.parse_args(["glossary", "--help"])
        func = cmd_ui
    try:
        return func(args)
    except WorkbenchError as exc:
        if exc.path is not None and not getattr(exc, "problems", None):
            exc.path = _shown_path(exc.path)
        print(f"workbench: {exc}" if exc.path is None else str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
