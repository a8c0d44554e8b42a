"""The command line: ``workbench [--project DIR] COMMAND``.

A thin layer over the domain modules: each command module parses its arguments, calls
one function and prints the result. Problems the user can fix are printed as one
``path:line: message`` line each on stderr with exit code 1 (2 for usage errors);
nothing is written when an input is bad.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import replace
from types import ModuleType
from typing import NoReturn

from workbench import __version__
from workbench.util.errors import ProblemsError, WorkbenchError

from . import check, compile, concordance, exchange, glossary, identity, memory, merge_po, project_commands
from .output import inert_output, shown_path, verbose_logging

#: Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES: tuple[ModuleType, ...] = (project_commands, compile, check, glossary)
COMMAND_MODULES += (merge_po,)
COMMAND_MODULES += (memory, exchange, concordance, identity)


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line: ``workbench compile: error: ... (see --help)``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see `{self.prog} --help`)\n")


def _add_common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """``-C DIR``, ``-q`` and ``-v``, before or after the command name (``workbench stats -C DIR``).

    On the commands they default to SUPPRESS, so an option given before the command is not
    overwritten by the command's default.
    """
    parser.add_argument("-C", "--project", metavar="DIR", default=None if top else argparse.SUPPRESS,
                        help="project folder (default: found from the current folder)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-q", "--quiet", action="store_true", default=False if top else argparse.SUPPRESS,
                       help="no progress bar and no informational lines")
    group.add_argument("-v", "--verbose", action="store_true", default=False if top else argparse.SUPPRESS,
                       help="say which files are read and written")


def _subparsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found: list[argparse.ArgumentParser] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                found.append(child)
                found.extend(_subparsers(child))
    return found


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Translation and glossary workbench. With no command, opens the terminal UI.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    _add_common_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    for child in _subparsers(parser):
        _add_common_options(child, top=False)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        if args.command == "glossary":
            parser.parse_args(["glossary", "--help"])
        func = project_commands.cmd_ui
    if func is project_commands.cmd_ui:
        return _run(func, args)       # the terminal UI draws on the terminal itself
    with inert_output() as terminal, verbose_logging(bool(args.verbose)):
        args.terminal = terminal
        return _run(func, args)


def _run(func: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return int(func(args))
    except WorkbenchError as exc:
        if isinstance(exc, ProblemsError):
            exc.problems = [replace(p, path=shown_path(p.path)) for p in exc.problems]
        elif exc.path is not None:
            exc.path = shown_path(exc.path)
        print(f"workbench: {exc}" if exc.path is None else str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
