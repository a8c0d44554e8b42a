"""CSV export and import.

Export: RFC 4180 CSV with the glossary's columns. Import: a header with glossary.tsv column
names (``id`` present), or the simple form ``en,ru,kk`` (header optional) whose rows are
matched to existing referents by their English spelling.
"""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

from workbench.util.errors import Problem, WorkbenchError

from ..model import COLUMNS, Glossary, Referent
from .termbase import Termbase, _unique, slugify

#: A cell a spreadsheet would take for a formula (``=cmd|' /C calc'!A0``, ``+1``, ``@SUM``…).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell made inert for spreadsheets: one starting like a formula gets a leading ``'``
    (OWASP's advice; spreadsheets show the text and hide the quote)."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def restore(cell: str) -> str:
    """The inverse of :func:`neutralise`, for a CSV exported by us and imported back."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_START) else cell


def export_csv(glossary: Glossary) -> str:
    """The glossary as CSV with its header columns (comments and blank lines dropped).

    Cells that a spreadsheet would run as a formula are neutralised (:func:`neutralise`).
    """
    out = io.StringIO()
    columns = glossary._out_columns()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(c) for c in columns])
    for r in glossary.referents:
        writer.writerow([neutralise(r.cell(c)) for c in columns])
    return out.getvalue()


def parse_csv(text: str, path: str | Path = "<csv>") -> Termbase:
    """Read CSV: glossary.tsv columns (with ``id``), or the simple ``en,ru,kk`` form (header optional)."""
    where = str(path)
    if text.startswith("\ufeff"):
        text = text[1:]
    dialect = _dialect(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    rows: list[tuple[int, list[str]]] = []
    try:
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            if not any(cell.strip() for cell in row) or row[0].startswith("#"):
                continue
            rows.append((line, row))
    except csv.Error as exc:
        raise WorkbenchError(f"bad CSV: {exc}", where, reader.line_num) from None
    if not rows:
        raise WorkbenchError("empty CSV file: no header and no rows", where, 1)
    first_line, first = rows[0]
    names = [c.strip() for c in first]
    known = set(COLUMNS)
    has_header = any(n in known for n in names)
    termbase = Termbase(where)
    if has_header:
        data = rows[1:]
        columns = names
        if len(set(columns)) != len(columns) or "" in columns:
            raise WorkbenchError("the header names a column twice or has an empty column name", where, first_line)
        if "en" not in columns:
            raise WorkbenchError("the header has no 'en' column", where, first_line)
    else:
        data = rows
        columns = ["en", "ru", "kk"][: len(first)]
        if len(first) > 3:
            raise WorkbenchError("no header row, and more than the three columns en, ru, kk", where, first_line)
    simple = "id" not in columns
    if simple:
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise WorkbenchError(f"unknown column {unknown[0]!r} (without an 'id' column only glossary "
                                 "columns such as en, ru, kk are accepted)", where, first_line)
    termbase.match_by_en = simple
    termbase.columns = frozenset(columns) | ({"id"} if simple else frozenset())
    used: set[str] = set()
    for line, row in data:
        if len(row) != len(columns):
            termbase.problems.append(
                Problem(where, line, f"{len(row)} cells, but the header has {len(columns)} columns"))
            continue
        values = dict(zip(columns, (restore(cell) for cell in row)))
        if simple:
            en = values.get("en", "").strip()
            values["id"] = _unique(slugify(en), used) if en else ""
            values.setdefault("type", "other")
        used.add(values["id"].strip())
        referent = Referent.from_row(values, line=line)
        if not referent.type and "type" not in columns:
            referent = replace(referent, type="other")
        termbase.referents.append(referent)
    return termbase


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma, semicolon or tab, judged by the first line that is not a comment."""
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect
