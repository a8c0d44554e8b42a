"""The project's everyday commands: ``ui``, ``init``, ``update``, ``stats``, ``segments``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from workbench.util.errors import WorkbenchError
from workbench.util.visible import visible

from .common import check_languages, project_of, rel
from .output import json_text, progress_bar, quiet, say, terminal_of
from .table import format_table


def cmd_ui(args: argparse.Namespace) -> int:
    project = project_of(args)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise WorkbenchError("the terminal UI needs a terminal; for scripts use a command (workbench --help)")
    from workbench.tui.app import make_app

    app = make_app(project.root)
    app.run()
    return int(app.return_code or 0)


def cmd_init(args: argparse.Namespace) -> int:
    from workbench.project import init_project
    from workbench.services.gitmerge import setup_merge_driver

    languages = [code.strip() for code in args.languages.split(",") if code.strip()]
    created = init_project(Path(args.directory), languages=languages, source=args.source)
    for path in created:
        say(args, f"created {path}")
    for line in setup_merge_driver(Path(args.directory).resolve()):
        say(args, line)
    say(args, f"Put .txt or .md documents in {Path(args.directory) / args.source} and run `workbench update`.")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    from workbench.services.update import update_project

    project = project_of(args)
    with progress_bar("update", quiet=quiet(args), terminal=terminal_of(args)) as progress:
        report = update_project(project, progress=progress)
    for path in report.written:
        say(args, f"wrote {rel(project, path)}")
    for path in report.remerged:
        say(args, f"{rel(project, path)} changed on disk meanwhile: merged with that version")
    say(args, f"{len(report.written)} file(s) written, {len(report.unchanged)} unchanged")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from workbench.services.stats import project_stats

    project = project_of(args)
    check_languages(project, args.language)
    rows = project_stats(project)
    if args.language:
        rows = [r for r in rows if r.language in args.language]
    if args.format == "json":
        print(json_text([r.as_dict() for r in rows]))
        return 0
    table = [
        [r.document, r.language, r.segments, r.words, r.messages, r.translated, r.fuzzy, r.untranslated,
         f"{r.percent:.0f}%"]
        for r in rows
    ]
    header = ["document", "lang", "segments", "words", "messages", "translated", "fuzzy", "untranslated", "done"]
    print(format_table(header, table, right={2, 3, 4, 5, 6, 7, 8}))
    missing = [r for r in rows if r.catalogue is None]
    if missing:
        print(f"\n{len(missing)} catalogue(s) missing: run `workbench update`.")
    return 0


def cmd_segments(args: argparse.Namespace) -> int:
    from workbench.text.documents import load_document

    project = project_of(args)
    document = load_document(Path(args.file).resolve(), project.root)
    if args.format == "json":
        out = [
            {"index": s.index, "line": s.line, "block": document.blocks[s.block].kind, "msgid": s.msgid}
            for s in document.segments
        ]
        print(json_text(out))
        return 0
    for s in document.segments:
        # the text is data: a tab or an escape sequence in it is shown, not obeyed
        print(f"{visible(document.relpath)}:{s.line}\t{document.blocks[s.block].kind}\t{visible(s.msgid)}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
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

    p = sub.add_parser("segments", help="show how a document is segmented")
    p.add_argument("file")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=cmd_segments)
