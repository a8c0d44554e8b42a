"""``workbench concordance`` (search the memory and the catalogues) and ``workbench replace``."""

from __future__ import annotations

import argparse
import sys

from .common import check_languages, project_of, rel


def _mark(text: str, spans: tuple[tuple[int, int], ...]) -> str:
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], "[[", text[start:end], "]]"]
        at = end
    out.append(text[at:])
    return "".join(out).replace("\n", " ")


def cmd_concordance(args: argparse.Namespace) -> int:
    from workbench.memory import open_store
    from workbench.memory.concordance import compile_pattern, search_catalogues

    project = project_of(args)
    check_languages(project, args.language)
    side = "target" if args.target else "source"
    pattern = compile_pattern(args.pattern, regex=args.regex, case_sensitive=args.case_sensitive)
    found = 0
    if args.where in ("all", "catalogues"):
        for hit in search_catalogues(project, pattern, side=side, languages=args.language):
            shown = _mark(hit.msgid if side == "source" else hit.msgstr, hit.spans)
            other = hit.msgstr if side == "source" else hit.msgid
            print(f"{rel(project, hit.path)}:{hit.line}\t{shown}\t{other.replace(chr(10), ' ')}")
            found += 1
    if args.where in ("all", "memory"):
        with open_store(project.memory, project.root) as store:
            for language in args.language or [None]:
                for unit in store.search(args.pattern, regex=args.regex, side=side, tgtlang=language,
                                         case_sensitive=args.case_sensitive, limit=args.limit):
                    text = unit.source if side == "source" else unit.target
                    other = unit.target if side == "source" else unit.source
                    spans = tuple(m.span() for m in pattern.finditer(text))
                    print(f"memory:{unit.tgtlang}:{unit.origin}\t{_mark(text, spans)}\t{other}")
                    found += 1
    if not found:
        print("not found", file=sys.stderr)
    return 0 if found else 1


def cmd_replace(args: argparse.Namespace) -> int:
    from workbench.memory.concordance import apply_replace, compile_pattern, plan_replace, undo_replace

    project = project_of(args)
    if args.undo:
        written, left = undo_replace(project)
        for line in left:
            print(line, file=sys.stderr)
        for path in written:
            print(f"restored {rel(project, path)}")
        return 0
    if args.pattern is None or args.replacement is None:
        print("workbench replace: error: give PATTERN and REPLACEMENT (or --undo)", file=sys.stderr)
        return 2
    check_languages(project, args.language)
    pattern = compile_pattern(args.pattern, regex=args.regex, case_sensitive=args.case_sensitive)
    hits = plan_replace(project, pattern, args.replacement, languages=args.language)
    asking = bool(args.interactive)
    chosen = []
    for hit in hits:
        print(f"{rel(project, hit.path)}:{hit.line}\n  - {hit.msgstr}\n  + {hit.replaced}")
        if asking:
            answer = input("  replace? [y]es / [n]o / [a]ll remaining / [q]uit: ").strip().lower()
            if answer == "q":
                break
            if answer == "a":
                asking = False
            elif answer != "y":
                continue
        chosen.append(hit)
    if not hits:
        print("nothing to replace", file=sys.stderr)
        return 1
    if args.dry_run or not (args.yes or args.interactive):
        print(f"{len(hits)} translation(s) would change: run again with --yes (or --interactive) to write; "
              "`workbench replace --undo` puts them back", file=sys.stderr)
        return 0
    if not chosen:
        print("nothing chosen: no catalogue changed", file=sys.stderr)
        return 0
    written = apply_replace(project, chosen)
    for path in written:
        print(f"wrote {rel(project, path)}")
    print(f"{len(chosen)} translation(s) changed; `workbench replace --undo` puts them back")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("concordance", help="find a word or phrase in the memory and every catalogue")
    p.add_argument("pattern")
    p.add_argument("--target", action="store_true", help="search the translations (default: the sources)")
    p.add_argument("--regex", action="store_true", help="PATTERN is a Python regular expression")
    p.add_argument("--case-sensitive", action="store_true")
    p.add_argument("--in", dest="where", choices=["all", "memory", "catalogues"], default="all")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("--limit", type=int, default=200, help="at most this many memory units (default 200)")
    p.set_defaults(func=cmd_concordance)

    p = sub.add_parser("replace", help="replace text in the translations of every catalogue (preview first)")
    p.add_argument("pattern", nargs="?")
    p.add_argument("replacement", nargs="?")
    p.add_argument("--regex", action="store_true", help="PATTERN is a regular expression (\\1 in REPLACEMENT)")
    p.add_argument("--case-sensitive", action="store_true")
    p.add_argument("-l", "--language", action="append", help="only this language (repeatable)")
    p.add_argument("-i", "--interactive", action="store_true", help="ask for each message")
    p.add_argument("--yes", action="store_true", help="replace every one shown, without asking")
    p.add_argument("--dry-run", action="store_true", help="show the preview only (the default without --yes)")
    p.add_argument("--undo", action="store_true", help="put back what the last replace changed")
    p.set_defaults(func=cmd_replace)
