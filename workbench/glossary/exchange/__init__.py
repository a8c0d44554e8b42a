"""Exchanging the glossary with other tools: TBX, OmegaT and CSV export; TBX, CSV and TSV import.

``export(glossary, format, folder, languages) -> list[Path]`` writes ``glossary.tbx``,
``glossary.en-LANG.utf8`` per language, or ``glossary.csv``; ``import_into(glossary, path)``
reads a termbase and merges it in (see :mod:`.termbase`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError

from ..model import TARGET_LANGUAGES, Glossary
from .csv import export_csv, parse_csv
from .omegat import export_omegat
from .tbx import export_tbx, parse_tbx
from .termbase import ImportSummary, Termbase, import_into, merge, read_termbase, slugify

__all__ = [
    "FORMATS",
    "ImportSummary",
    "Termbase",
    "export",
    "export_csv",
    "export_omegat",
    "export_tbx",
    "import_into",
    "merge",
    "parse_csv",
    "parse_tbx",
    "read_termbase",
    "slugify",
]

FORMATS = ("tbx", "omegat", "csv")


def export(glossary: Glossary, format: str, folder: str | Path,
           languages: Sequence[str] = TARGET_LANGUAGES) -> list[Path]:
    """Write the export files into *folder*; return their paths."""
    folder = Path(folder)
    if format == "tbx":
        path = folder / "glossary.tbx"
        atomic_write_text(path, export_tbx(glossary, languages))
        return [path]
    if format == "omegat":
        written = []
        for lang in languages:
            path = folder / f"glossary.en-{lang}.utf8"
            atomic_write_text(path, export_omegat(glossary, lang))
            written.append(path)
        return written
    if format == "csv":
        path = folder / "glossary.csv"
        atomic_write_text(path, export_csv(glossary))
        return [path]
    raise WorkbenchError(f"unknown export format {format!r} (expected {', '.join(FORMATS)})")
