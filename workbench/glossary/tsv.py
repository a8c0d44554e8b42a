"""glossary.tsv on disk: parse and check it, write it back losslessly.

The format is described in the README, section "glossary.tsv". Loading reports
*every* bad row at once (:class:`~workbench.util.errors.ProblemsError` with one
``glossary.tsv:LINE: what is wrong`` per problem). Saving is lossless: comments,
blank lines, unknown columns, the header's column order, a UTF-8 BOM and the line
endings are kept, and a row that was not edited is written back byte for byte, so an
unchanged glossary saves byte-identical (and :func:`~workbench.util.atomic.atomic_write_text`
then does not touch the file).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.util.atomic import ANY, Expected, atomic_write_text, fingerprint
from workbench.util.errors import Problem, ProblemsError, WorkbenchError
from workbench.util.files import read_input

from .model import COLUMNS, REQUIRED_COLUMNS, Glossary, Referent, _check_all, _first_row, _Row, _Text

__all__ = ["format_glossary", "glossary_from_bytes", "load_glossary", "parse_glossary", "save_glossary"]


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
def _split_lines(text: str) -> list[tuple[str, str]]:
    """(content, ending) pairs; ending is '\\n', '\\r\\n', '\\r' or '' for a last line without one.

    A file whose lines end in CR alone (saved by a classic Mac OS editor) is read line by line
    too, and saved with the same endings.
    """
    if "\r" in text and "\n" not in text:
        parts = text.split("\r")
        return [(part, "\r" if i < len(parts) - 1 else "") for i, part in enumerate(parts)
                if i < len(parts) - 1 or part]
    out: list[tuple[str, str]] = []
    parts = text.split("\n")
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if last:
            if part:
                out.append((part, ""))
            break
        if part.endswith("\r"):
            out.append((part[:-1], "\r\n"))
        else:
            out.append((part, "\n"))
    return out


def parse_glossary(text: str, path: str | Path = "glossary.tsv") -> Glossary:
    """Parse the text of a glossary.tsv; raise ProblemsError listing every problem."""
    where = str(path)
    problems: list[Problem] = []
    glossary = Glossary(path=path)
    glossary._items = []
    if text.startswith("\ufeff"):
        glossary.bom = True
        text = text[1:]
    lines = _split_lines(text)
    if lines and lines[0][1]:
        glossary.newline = lines[0][1]
    columns: list[str] | None = None
    rows: list[tuple[Referent, int | None]] = []
    for number, (content, ending) in enumerate(lines, start=1):
        if columns is None or not content.strip() or content.startswith("#"):
            if columns is None and content.strip() and not content.startswith("#"):
                columns = [c.strip() for c in content.split("\t")]
                glossary._header_index = len(glossary._items)
                problems.extend(_header_problems(columns, where, number))
                if any(p.line == number for p in problems):
                    break
            glossary._items.append(_Text(content, ending))
            continue
        if "\r" in content:
            problems.append(Problem(where, number, "stray carriage return inside the row"))
        cells = content.split("\t")
        if len(cells) != len(columns):
            problems.append(Problem(where, number,
                                    f"{len(cells)} cells, but the header has {len(columns)} columns"))
            continue
        referent = Referent.from_row(_cells_for(columns, cells), line=number)
        rows.append((referent, number))
        glossary._items.append(_Row(referent, content, referent, ending))
    if columns is None:
        problems.append(Problem(where, len(lines) or 1,
                                "no header row (the first line that is not a comment must name the columns: "
                                + "\t".join(COLUMNS) + ")"))
    else:
        glossary.columns = columns
    problems.extend(_check_all(rows, where))
    if problems:
        problems.sort(key=lambda p: p.line or 0)
        raise ProblemsError(problems)
    glossary._reindex()
    return glossary


def _cells_for(columns: list[str], cells: list[str]) -> dict[str, str]:
    values = dict.fromkeys(COLUMNS, "")
    for name, cell in zip(columns, cells):
        values[name] = cell
    return values


def _header_problems(columns: list[str], path: str, line: int) -> list[Problem]:
    problems = []
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        problems.append(Problem(path, line, f"header lacks column(s) {', '.join(missing)} "
                                            f"(the header must name at least {', '.join(REQUIRED_COLUMNS)})"))
    seen: set[str] = set()
    for i, name in enumerate(columns, start=1):
        if not name:
            problems.append(Problem(path, line, f"header column {i} has no name"))
        elif name in seen:
            problems.append(Problem(path, line, f"header names column {name!r} twice"))
        seen.add(name)
    return problems


def load_glossary(path: str | Path) -> Glossary:
    """Read and check glossary.tsv; raise ProblemsError (a WorkbenchError) listing every problem."""
    path = Path(path)
    data = read_input(path)
    glossary = glossary_from_bytes(data, path)
    glossary.fingerprint = fingerprint(data)
    return glossary


def glossary_from_bytes(data: bytes, path: str | Path) -> Glossary:
    """Decode and parse the bytes of a glossary file read elsewhere."""
    glossary = parse_glossary(_decode(data, path), path)
    glossary.encoding = _utf16(data) or "utf-8"
    return glossary


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec of *data* if it starts with a UTF-16 byte-order mark (Excel's "Unicode
    Text" export of a sheet is tab-separated UTF-16 LE with one), else None."""
    if data.startswith(b"\xff\xfe"):
        return "utf-16-le"
    if data.startswith(b"\xfe\xff"):
        return "utf-16-be"
    return None


def _decode(data: bytes, path: str | Path) -> str:
    codec = _utf16(data)
    if codec is not None:
        try:
            return data.decode(codec)         # the mark comes through as U+FEFF: kept as ``bom``
        except UnicodeDecodeError as exc:
            line = data[: exc.start].decode(codec, "replace").count("\n") + 1
            raise ProblemsError([Problem(str(path), line, f"not valid UTF-16 (byte {exc.start}); "
                                                          "save the glossary as UTF-8 or Unicode Text")]) from None
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise ProblemsError([Problem(str(path), line, "binary file (NUL byte), not a tab-separated glossary")])
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ProblemsError([Problem(str(path), line, f"not UTF-8 (byte 0x{data[exc.start]:02x}); "
                                                      "save the glossary as UTF-8")]) from None


# ---------------------------------------------------------------------------------------------
# Saving
# ---------------------------------------------------------------------------------------------
def format_glossary(glossary: Glossary) -> str:
    """The text of glossary.tsv; unedited rows and all other lines come back verbatim."""
    columns = glossary._out_columns()
    same_columns = columns == glossary.columns
    nl = glossary.newline
    pieces: list[str] = []
    items = list(glossary._items)
    if glossary._header_index is None:
        # a new glossary: the header goes after leading comments/blank lines, before the first row
        header_at = _first_row(items)
        items.insert(header_at, _Text("\t".join(columns), None))
    else:
        header_at = glossary._header_index
    for i, item in enumerate(items):
        if isinstance(item, _Text):
            pieces.append("\t".join(columns) if i == header_at and not same_columns else item.text)
        else:
            if same_columns and item.raw is not None and item.original == item.referent:
                pieces.append(item.raw)
            else:
                pieces.append("\t".join(item.referent.cell(c) for c in columns))
        ending = item.ending
        if ending is None or (ending == "" and i < len(items) - 1):
            ending = nl
        pieces.append(ending)
    return ("\ufeff" if glossary.bom else "") + "".join(pieces)


def save_glossary(glossary: Glossary, path: str | Path | None = None, *,
                  expected: Expected = ANY) -> bool:
    """Write the glossary atomically (to *path*, default its own). True if the file changed.

    *expected*: the fingerprint of the file as it was read (``glossary.fingerprint``): if the
    file holds something else now, :class:`~workbench.util.atomic.ChangedOnDisk` is raised and
    nothing is written.
    """
    target = Path(path) if path is not None else glossary.path
    if target is None:
        raise WorkbenchError("the glossary has no file to save to")
    text = format_glossary(glossary)
    changed = atomic_write_text(target, text, expected=expected, encoding=glossary.encoding)
    if glossary.path is None:
        glossary.path = target
    _after_save(glossary, text)
    glossary.fingerprint = fingerprint(text.encode(glossary.encoding))
    return changed


def _after_save(glossary: Glossary, text: str) -> None:
    """Make the in-memory glossary look freshly loaded: raw lines, line numbers, header."""
    columns = glossary._out_columns()
    glossary.columns = columns
    if glossary._header_index is None:
        glossary._header_index = _first_row(glossary._items)
        glossary._items.insert(glossary._header_index, _Text("\t".join(columns), None))
    body = text[1:] if glossary.bom else text
    lines = _split_lines(body)
    for number, (item, (content, ending)) in enumerate(zip(glossary._items, lines), start=1):
        item.ending = ending
        if isinstance(item, _Text):
            item.text = content
        else:
            if item.referent.line != number:
                item.referent = replace(item.referent, line=number)
            item.raw = content
            item.original = item.referent
    glossary._reindex()
