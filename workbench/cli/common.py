"""What every command shares: the project from ``-C``, paths shown relative to it, the
language and percentage arguments."""

from __future__ import annotations

import argparse
import math
from pathlib import Path

from workbench.project import Project, load_project
from workbench.util.errors import WorkbenchError


def project_of(args: argparse.Namespace) -> Project:
    """The project named by ``-C DIR`` (default: found from the current folder)."""
    return load_project(args.project)


def rel(project: Project, path: Path | None) -> str:
    return "-" if path is None else project.relpath(path)


def check_languages(project: Project, languages: list[str] | None) -> None:
    """``-l`` must name target languages of the project (one line, exit 1, otherwise)."""
    unknown = [code for code in languages or () if code not in project.languages]
    if unknown:
        raise WorkbenchError(
            f"not a target language of this project: {', '.join(unknown)} "
            f"(languages: {', '.join(project.languages)})"
        )


def percent(value: str) -> float:
    """``--min-percent``: a number from 0 to 100."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r} (give a percentage from 0 to 100)") from None
    if not math.isfinite(number) or not 0 <= number <= 100:
        raise argparse.ArgumentTypeError(f"out of range: {value!r} (give a percentage from 0 to 100)")
    return number
