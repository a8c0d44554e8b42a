"""``workbench memory …`` (import, export, lookup, sync, stats, forget) and ``workbench pretranslate``."""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.util.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.memory import MemoryStore
    from workbench.memory.names import NameTools
    from workbench.project import Project

from .common import check_languages, percent, project_of, rel
from .table import format_table


def _store(args: argparse.Namespace) -> tuple[Project, MemoryStore]:
    from workbench.memory import open_store

    project = project_of(args)
    setting = getattr(args, "memory", None) or project.memory
    return project, open_store(setting, project.root)


def _tools(project: Project) -> NameTools | None:
    """Name-aware matches need the glossary; without one (or with a broken one) they are off."""
    from workbench.checks import checker_for_path
    from workbench.memory.names import NameTools

    if not project.glossary_path.exists():
        return None
    try:
        return NameTools(checker_for_path(project.glossary_path))
    except WorkbenchError as exc:
        print(f"warning: name-aware matches are off: {exc}", file=sys.stderr)
        return None


def cmd_import(args: argparse.Namespace) -> int:
    from workbench.exchange.xliff import SUFFIXES as XLIFF_SUFFIXES
    from workbench.memory.compendium import read_po_units, read_xliff_units
    from workbench.memory.matching import PreparedUnit, StoredUnit
    from workbench.memory.sqlite import remove_database
    from workbench.memory.store import sqlite_path
    from workbench.memory.tmx import ReadReport, stream_tmx

    project = project_of(args)
    report = ReadReport()
    paths = [Path(p) for p in args.files]
    for path in paths:
        if not path.exists():
            raise WorkbenchError("no such file", path)
        if path.suffix.lower() not in (".tmx", ".po", ".pot", *XLIFF_SUFFIXES):
            raise WorkbenchError(f"not a memory file: give a .tmx, .po or XLIFF ({', '.join(XLIFF_SUFFIXES)}) file",
                                 path)
    setting = getattr(args, "memory", None) or project.memory
    new_file = sqlite_path(setting, project.root)
    if new_file is not None and new_file.exists():
        new_file = None         # an existing memory: the import's one transaction leaves it as it was
    project, store = _store(args)

    def units() -> Iterator[StoredUnit | PreparedUnit]:
        for path in paths:
            suffix = path.suffix.lower()
            origin = args.origin or None
            if suffix == ".tmx":
                yield from stream_tmx(path, project.languages, report, shown=str(path), origin=origin)
            elif suffix in (".po", ".pot"):
                yield from read_po_units(path, project.languages, report, language=args.language, shown=str(path),
                                         origin=origin)
            else:
                yield from read_xliff_units(path, project.languages, report, shown=str(path), origin=origin,
                                            language=args.language)

    started = time.perf_counter()
    try:
        with store:
            added = store.add(units())
    except BaseException:
        if new_file is not None:
            remove_database(new_file)    # a failed first import leaves no empty memory behind
        raise
    for line in report.lines():
        print(line, file=sys.stderr)
    print(f"{report.units} unit(s) read: {added.added} added, {added.updated} updated, {added.unchanged} already "
          f"there ({time.perf_counter() - started:.1f} s) into {store.location}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from workbench.memory.compendium import write_po_compendium
    from workbench.memory.tmx import write_tmx
    from workbench.util.atomic import atomic_text_writer

    project, store = _store(args)
    check_languages(project, args.language)
    languages = args.language or None
    with store:
        if args.format == "tmx":
            output = Path(args.output or project.editions_dir / "memory.tmx")
            with atomic_text_writer(output) as out:
                count = sum(write_tmx(out, store.units(language)) for language in (languages or [None]))
            print(f"wrote {count} unit(s) to {output}")
            return 0
        for language in languages or project.languages:
            output = Path(args.output) if args.output and languages and len(languages) == 1 else \
                project.editions_dir / f"memory.{language}.po"
            with atomic_text_writer(output) as out:
                count = write_po_compendium(out, store.units(language), language)
            print(f"wrote {count} entr{'y' if count == 1 else 'ies'} to {output}")
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    from workbench.memory import suggest

    project, store = _store(args)
    check_languages(project, args.language)
    languages = args.language or project.languages
    tools = _tools(project)
    with store:
        for language in languages:
            matches = suggest(store, args.text, language, tools=tools, limit=args.limit, cutoff=args.cutoff)
            for match in matches:
                where = ", ".join(x for x in (match.origin, match.who, match.changed) if x)
                kind = "exact" if match.exact else "names" if match.adapted else "fuzzy"
                print(f"{language}\t{match.score:5.1f}\t{kind}\t{match.target}\t{where}")
                if match.adapted:
                    changes = "; ".join(f"{r.old} → {r.new}" + (f" ({r.case})" if r.case else "")
                                        for r in match.replacements)
                    print(f"\t\t\tfrom: {match.stored_target}\t{changes}")
            if not matches:
                print(f"{language}\t-\tno match", file=sys.stderr)
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from workbench.memory.sync import sync_project

    project, store = _store(args)
    started = time.perf_counter()
    with store:
        report, read, skipped = sync_project(store, project, force=args.force)
    print(f"{read} catalogue(s) read, {skipped} unchanged since the last sync; {report.added} unit(s) added, "
          f"{report.updated} updated ({time.perf_counter() - started:.2f} s)")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    _, store = _store(args)
    with store:
        rows = [[c.srclang, c.tgtlang, c.units] for c in store.languages()]
        print(f"{store.backend}: {store.location}")
    print(format_table(["source", "target", "units"], rows, right={2}) if rows else "the memory is empty")
    return 0


def cmd_forget(args: argparse.Namespace) -> int:
    _, store = _store(args)
    with store:
        count = store.forget_origin(args.origin)
    print(f"{count} unit(s) from {args.origin} removed")
    return 0 if count else 1


def cmd_pretranslate(args: argparse.Namespace, before: set[tuple[str, str]] | None = None) -> int:
    from workbench.memory.pretranslate import pretranslate

    project, store = _store(args)
    check_languages(project, args.language)
    started = time.perf_counter()
    with store:
        report = pretranslate(project, store, args.language or project.languages, min_score=args.min_score,
                              exact=args.exact, tools=None if args.no_names else _tools(project),
                              documents=args.document, dry_run=args.dry_run, before=before)
    for path in report.written:
        print(f"wrote {rel(project, path)}")
    print(f"{report.filled} message(s) filled: {report.exact} exact ({args.exact}), {report.adapted} name-aware and "
          f"{report.fuzzy} fuzzy (marked fuzzy); {report.unmatched} without a match "
          f"({time.perf_counter() - started:.1f} s){' — dry run, nothing written' if args.dry_run else ''}")
    return 0


def _update_then_pretranslate(update: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """``workbench update --from-memory``: update the catalogues, then pre-translate them — the
    untranslated messages, and those the merge just guessed where the memory matches better."""
    if not args.from_memory:
        return update(args)
    from workbench.memory.pretranslate import existing_messages

    project = project_of(args)
    before = existing_messages(project, project.languages)
    code = update(args)
    if code:
        return code
    for name, value in (("language", None), ("document", None), ("exact", "fuzzy"), ("no_names", False),
                        ("dry_run", False), ("memory", None)):
        if not hasattr(args, name):
            setattr(args, name, value)
    return cmd_pretranslate(args, before)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    update = sub.choices.get("update")
    if update is not None:       # `workbench update --from-memory` (the update command itself is project_commands')
        update.add_argument("--from-memory", action="store_true",
                            help="then fill untranslated messages from the translation memory (as pretranslate)")
        update.add_argument("--min-score", type=percent, default=70.0,
                            help="with --from-memory: lowest fuzzy score taken (default 70)")
        update.set_defaults(func=functools.partial(_update_then_pretranslate, update.get_default("func")))

    group = sub.add_parser("memory", help="the translation memory: import, export, lookup, sync, stats")
    group.add_argument("--memory", metavar="SETTING",
                       help="this memory instead of the project's (a SQLite path or a postgresql:// URL)")
    def usage(args: argparse.Namespace) -> int:
        group.print_help()
        return 2

    group.set_defaults(func=usage)
    m = group.add_subparsers(dest="memory_command", metavar="ACTION")

    p = m.add_parser("import", help="import TMX 1.4, PO (compendium) or XLIFF files into the memory")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--language", help="the target language of a PO file without a Language header or an XLIFF "
                   "file without a target-language")
    p.add_argument("--origin", help="the origin recorded for the units (default: tmx:FILE, po:FILE …)")
    p.set_defaults(func=cmd_import)

    p = m.add_parser("export", help="export the memory as TMX 1.4b (default) or a PO compendium per language")
    p.add_argument("--format", choices=["tmx", "po"], default="tmx")
    p.add_argument("-l", "--language", action="append", help="only this target language (repeatable)")
    p.add_argument("-o", "--output", help="output file (default: editions/memory.tmx, editions/memory.LANG.po)")
    p.set_defaults(func=cmd_export)

    p = m.add_parser("lookup", help="the memory's matches for a sentence (exact, name-aware, fuzzy)")
    p.add_argument("text")
    p.add_argument("-l", "--language", action="append", help="only this target language (repeatable)")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--cutoff", type=percent, default=70.0, help="lowest score shown (default 70)")
    p.set_defaults(func=cmd_lookup)

    p = m.add_parser("sync", help="bring the project's catalogues into the memory (only those changed)")
    p.add_argument("--force", action="store_true", help="read every catalogue, changed or not")
    p.set_defaults(func=cmd_sync)

    p = m.add_parser("stats", help="units per language pair")
    p.set_defaults(func=cmd_stats)

    p = m.add_parser("forget", help="remove every unit of one origin (an imported file, a catalogue)")
    p.add_argument("origin")
    p.set_defaults(func=cmd_forget)

    p = sub.add_parser("pretranslate", help="fill untranslated messages from the memory (exact, name-aware, fuzzy)")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("-d", "--document", action="append", help="only this document (repeatable)")
    p.add_argument("--min-score", type=percent, default=70.0, help="lowest fuzzy score taken (default 70)")
    p.add_argument("--exact", choices=["fuzzy", "translated"], default="fuzzy",
                   help="how exact matches are taken (default fuzzy, as msgmerge --compendium)")
    p.add_argument("--no-names", action="store_true", help="no name-aware matches")
    p.add_argument("--dry-run", action="store_true", help="count what would be filled; write nothing")
    p.add_argument("--memory", metavar="SETTING", help="this memory instead of the project's")
    p.set_defaults(func=cmd_pretranslate)
