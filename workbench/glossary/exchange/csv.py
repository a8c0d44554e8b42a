"""CSV export and import.

Export: RFC 4180 CSV with the glossary's columns. Import: a header with glossary.tsv column
names (``id`` present), or the simple form ``en,ru,kk`` (header optional) whose rows are
matched to existing referents by their English spelling.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from pathlib import Path

from workbench.util.errors import Problem, WorkbenchError
from workbench.util.languages import map_language

from ..model import COLUMNS, TARGET_LANGUAGES, Glossary, Referent
from .termbase import Termbase, _unique, left_out_note, slugify

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


#: a header cell naming a language: ``en``, ``ru-RU``, ``kk_KZ``, Crowdin's ``Term [ru]``
_LANGUAGE_HEADER = re.compile(r"(?:term\s*\[)?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\]?", re.IGNORECASE)
#: a cell with a letter of the Cyrillic script
_CYRILLIC = re.compile("[\u0400-\u04ff]")


#: header cells of other tools' glossaries that hold a description of the term: the first
#: becomes the note
_NOTE_HEADERS = frozenset({"note", "notes", "definition", "description", "comment", "comments"})


def _header_column(name: str, language: str | None, pair: bool) -> str | None:
    """The glossary column a header cell of another tool names: itself (``en``, ``ru_admitted``),
    a language code with a region (``ru-RU``), ``source``/``target`` when both are there
    (Weblate's and DeepL's glossaries; the target is *language*), a description (the note);
    "" for a language the project does not translate into (its column is left out); None for
    something else."""
    if name in COLUMNS:
        return name
    low = name.strip().lower()
    if pair and low == "source":
        return "en"
    if pair and low == "target":
        return language or "target"
    if low in _NOTE_HEADERS:
        return "note"
    found = _LANGUAGE_HEADER.fullmatch(name.strip())
    if found is None:
        return None
    code = found.group(1)
    mapped = map_language(code, ("en", *TARGET_LANGUAGES))
    if mapped is not None:
        return mapped
    return "" if _is_language(code) else None


def _is_language(code: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(code.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return False
    return True


def parse_csv(text: str, path: str | Path = "<csv>", language: str | None = None) -> Termbase:
    """Read CSV: glossary.tsv columns (with ``id``), or the simple ``en,ru,kk`` form (header
    optional; language codes with regions, ``source,target`` with *language*, and columns of
    languages the project does not have, which are left out, are understood)."""
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
    pair = {"source", "target"} <= {n.lower() for n in names}
    mapped: list[str | None] = [_header_column(n, language, pair) for n in names] if "id" not in names \
        else list(names)
    # another tool's header (ru-RU, Term [ru], source/target, Notes): what is not a glossary
    # column is left out, and said so; a header of glossary names only keeps its unknown
    # names for the error below (a misspelt column is no column to drop)
    foreign = any(m is not None and m != n for m, n in zip(mapped, names))
    if foreign and mapped.count("note") > 1:
        mapped = [m if m != "note" or i == mapped.index("note") else None for i, m in enumerate(mapped)]
    # (a header names at least one glossary column: a first row "kde,csv kde" is data, though
    # "kde" is also the code of Makonde)
    has_header = any(m for m in mapped)
    termbase = Termbase(where)
    dropped: list[int] = []
    if has_header:
        data = rows[1:]
        if "target" in mapped:
            raise WorkbenchError("a source,target glossary: say which language its target column is with "
                                 "--language", where, first_line)
        languages = [i for i, m in enumerate(mapped) if m == ""]
        others = [i for i, m in enumerate(mapped) if m is None] if foreign else []
        for indexes, why in ((languages, "not a language of this project"), (others, "not a glossary column")):
            if indexes:
                termbase.notes.append(f"{where}:{first_line}: column(s) {', '.join(repr(names[i]) for i in indexes)} "
                                      f"left out: {why}")
        dropped = languages + others
        columns = [m if m is not None else names[i] for i, m in enumerate(mapped)]
        kept = [c for i, c in enumerate(columns) if i not in dropped]
        if len(set(kept)) != len(kept) or "" in kept:
            raise WorkbenchError("the header names a column twice or has an empty column name", where, first_line)
        if "en" not in kept:
            raise WorkbenchError("the header has no 'en' column", where, first_line)
    else:
        data = rows
        columns = ["en", "ru", "kk"][: len(first)]
        if len(first) > 3:
            raise WorkbenchError("no header row, and more than the three columns en, ru, kk", where, first_line)
        _check_script(data, columns, where, first_line)
    if dropped:
        data = [(line, [cell for i, cell in enumerate(row) if i not in dropped]) for line, row in data]
        columns = [c for i, c in enumerate(columns) if i not in dropped]
    simple = "id" not in columns
    if simple:
        unknown = [c for c in columns if c not in known]
        if unknown:
            raise WorkbenchError(f"unknown column {unknown[0]!r} (without an 'id' column only glossary "
                                 "columns such as en, ru, kk are accepted)", where, first_line)
    termbase.match_by_en = simple
    termbase.columns = frozenset(columns) | ({"id"} if simple else frozenset())
    used: set[str] = set()
    without_english: list[int] = []
    for line, row in data:
        if len(row) != len(columns):
            termbase.problems.append(
                Problem(where, line, f"{len(row)} cells, but the header has {len(columns)} columns"))
            continue
        values = dict(zip(columns, (restore(cell) for cell in row)))
        if simple:
            en = values.get("en", "").strip()
            if not en:      # a row of other languages only (MateCat): nothing for this glossary
                without_english.append(line)
                continue
            values["id"] = _unique(slugify(en), used)
            values.setdefault("type", "other")
        used.add(values["id"].strip())
        referent = Referent.from_row(values, line=line)
        if not referent.type and "type" not in columns:
            referent = replace(referent, type="other")
        termbase.referents.append(referent)
    if without_english:
        termbase.notes.append(left_out_note(where, "row(s) without English", without_english))
    return termbase


def _check_script(data: list[tuple[int, list[str]]], columns: list[str], where: str, line: int) -> None:
    """Without a header the columns are taken as en, ru, kk: a second or third column with no
    Cyrillic letter in any of several rows is no Russian or Kazakh (Weblate's headerless
    glossary of another language), and importing it so would fill the glossary with it."""
    for index, column in enumerate(columns):
        if column == "en":
            continue
        cells = [row[index] for _, row in data if index < len(row) and row[index].strip()]
        if len(cells) >= 3 and not any(_CYRILLIC.search(cell) for cell in cells):
            raise WorkbenchError(f"no header row, and column {index + 1} (taken as {column}) has no Cyrillic letter "
                                 f"in {len(cells)} rows: name the columns in a first row (en,ru or en,kk)", where, line)


def _dialect(text: str) -> type[csv.Dialect]:
    """Comma, semicolon or tab, judged by the first line that is not a comment."""
    first = next((ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")), "")
    counts = {d: first.count(d) for d in (",", "\t", ";")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect
