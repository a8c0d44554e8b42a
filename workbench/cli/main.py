"""The command line: ``workbench [--project DIR] COMMAND``.

A thin layer over the domain modules: each command module parses its arguments, calls
one function and prints the result. Problems the user can fix are printed as one
``path:line: message`` line each on stderr with exit code 1 (2 for usage errors);
nothing is written when an input is bad.
"""

from __future__ import annotations

import argparse
import os
import sys
from types import ModuleType
from typing import NoReturn

from workbench import __version__
from workbench.util.errors import WorkbenchError

from . import check, compile, concordance, exchange, glossary, identity, memory, project_commands

#: Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES: tuple[ModuleType, ...] = (project_commands, compile, check, glossary)
COMMAND_MODULES += (memory, exchange, concordance, identity)


class _Parser(argparse.ArgumentParser):
    """argparse with usage errors on one line: ``workbench compile: error: ... (see --help)``."""

    def error(self, message: str) -> NoReturn:
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="Translation and glossary workbench. With no command, opens the terminal UI.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("-C", "--project", metavar="DIR",
                        help="project folder (default: found from the current folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        if args.command == "glossary":
            parser.parse_args(["glossary", "--help"])
        func = project_commands.cmd_ui
    try:
        return int(func(args))
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
