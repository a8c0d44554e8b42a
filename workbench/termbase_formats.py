"""Glossary export (TBX, OmegaT, CSV) and import (TBX, CSV) with merging.

Export
------
``export_tbx(glossary, languages)``
    TBX v2 / TBX-Basic style XML: ``martif/text/body/termEntry id=ID``; per language a
    ``langSet xml:lang``; per form a ``tig`` with ``term`` and
    ``termNote type="administrativeStatus"`` (``preferredTerm-admn-sts``,
    ``admittedTerm-admn-sts``, ``deprecatedTerm-admn-sts``; the glossary's "wrong"
    target forms are deprecated terms). The referent type is the entry's
    ``descrip type="subjectField"``, the note its ``note``; a declension cell is
    ``termNote type="x-declension"`` on the preferred term, and its gender
    (``m``/``f``/``n`` in the cell) also ``termNote type="grammaticalGender"``
    (masculine/feminine/neuter).
``export_omegat(glossary, language)``
    OmegaT's glossary format: UTF-8, tab-separated, ``source term<TAB>target term<TAB>comment``,
    one line per English spelling (preferred, admitted, deprecated) with the preferred
    target form; referents not yet translated into *language* are left out. Files are
    written with the ``.utf8`` extension, which OmegaT always reads as UTF-8.
``export_csv(glossary)``
    RFC 4180 CSV with the glossary's columns.
``export(glossary, format, folder, languages) -> list[Path]``
    Writes ``glossary.tbx``, ``glossary.en-LANG.utf8`` per language, or ``glossary.csv``.

Import
------
``read_termbase(path) -> Termbase`` reads ``.tbx``/``.xml`` (TBX), ``.csv`` or ``.tsv``
(another glossary.tsv). TBX from other producers is read tolerantly: ``termEntry`` /
``conceptEntry``, ``langSet`` / ``langSec``, ``tig`` / ``ntig`` (``termGrp``) / ``termSec``,
``xml:lang`` with regions (``ru-RU``), missing status (= preferred for the first
term of a language, admitted for the others) and ``normativeAuthorization``.
CSV: a header with glossary.tsv column names (``id`` present), or the simple form
``en,ru,kk`` (header optional) whose rows are matched to existing referents by
their English spelling.

``merge(glossary, termbase) -> ImportSummary`` adds new ids, updates existing ones
(only the columns the file provides) and reports conflicts (a spelling owned by
another referent, an invalid row) as :class:`~workbench.errors.Problem` without
applying that row. ``import_into(glossary, path)`` = read + merge.

Syntax errors in imported files raise :class:`~workbench.errors.WorkbenchError`
with ``path:line``.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from xml.parsers import expat

from workbench.atomic import atomic_write_text
from workbench.errors import Problem, WorkbenchError
from workbench.files import read_input
from workbench.glossary import (
    COLUMNS, TARGET_LANGUAGES, TYPES, Glossary, GlossaryEditError, Referent,
    _decode, load_glossary, validate_id,
)

__all__ = [
    "FORMATS", "Termbase", "ImportSummary",
    "export", "export_tbx", "export_omegat", "export_csv",
    "parse_tbx", "parse_csv", "read_termbase", "merge", "import_into",
]

FORMATS = ("tbx", "omegat", "csv")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_STATUS_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "wrong": "deprecatedTerm-admn-sts",
}
_GENDERS = {"m": "masculine", "f": "feminine", "n": "neuter"}


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------
def export_tbx(glossary: Glossary, languages: Sequence[str] = TARGET_LANGUAGES) -> str:
    """The glossary as a TBX document (text, UTF-8 declaration)."""
    martif = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = ET.SubElement(martif, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    source = ET.SubElement(file_desc, "sourceDesc")
    ET.SubElement(source, "p").text = "Exported from glossary.tsv by workbench"
    encoding = ET.SubElement(header, "encodingDesc")
    ET.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(martif, "text"), "body")
    for r in glossary.referents:
        entry = ET.SubElement(body, "termEntry", {"id": r.id})
        ET.SubElement(entry, "descrip", {"type": "subjectField"}).text = r.type
        if r.note:
            ET.SubElement(entry, "note").text = r.note
        for lang in ("en", *languages):
            forms = list(r.forms(lang))
            if not forms:
                continue
            lang_set = ET.SubElement(entry, "langSet", {XML_LANG: lang})
            for form, status in forms:
                tig = ET.SubElement(lang_set, "tig")
                ET.SubElement(tig, "term").text = form
                ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = _STATUS_TO_TBX[status]
                if status == "preferred" and lang != "en":
                    decl = r.decl(lang)
                    gender = _gender_of(decl)
                    if gender:
                        ET.SubElement(tig, "termNote", {"type": "grammaticalGender"}).text = gender
                    if decl:
                        ET.SubElement(tig, "termNote", {"type": "x-declension"}).text = decl
    ET.indent(martif, space="  ")
    text = ET.tostring(martif, encoding="unicode", xml_declaration=False)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n' + text + "\n")


def _gender_of(decl: str) -> str | None:
    items = {item.strip().lower() for item in decl.split(";")}
    for key, name in _GENDERS.items():
        if key in items:
            return name
    return None


def _omegat_cell(text: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def export_omegat(glossary: Glossary, language: str) -> str:
    """An OmegaT glossary (source<TAB>target<TAB>comment lines) for English -> *language*."""
    # OmegaT skips lines starting with '#'; the magic comment states the encoding
    lines = [f"# Glossary in tab-separated format -*- coding: utf-8 -*- (English -> {language}, from workbench)"]
    for r in glossary.referents:
        target = r.target(language)
        if not target:
            continue
        base: list[str] = []
        admitted = r.target_admitted(language)
        wrong = r.target_wrong(language)
        if admitted:
            base.append("also: " + ", ".join(admitted))
        if wrong:
            base.append("not: " + ", ".join(wrong))
        if r.note:
            base.append(r.note)
        for spelling, status in r.spellings():
            comment = list(base)
            if status == "deprecated":
                comment.insert(0, f"DEPRECATED English spelling, write {r.en!r}")
            elif status == "admitted":
                comment.insert(0, f"= {r.en}")
            cells = [_omegat_cell(spelling), _omegat_cell(target), _omegat_cell(" | ".join(comment))]
            lines.append("\t".join(cells if cells[2] else cells[:2]))
    return "\n".join(lines) + "\n"


def export_csv(glossary: Glossary) -> str:
    """The glossary as CSV with its header columns (comments and blank lines dropped)."""
    out = io.StringIO()
    columns = glossary._out_columns()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for r in glossary.referents:
        writer.writerow([r.cell(c) for c in columns])
    return out.getvalue()


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


# ---------------------------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------------------------
@dataclass
class Termbase:
    """Referents read from a TBX/CSV file, with the glossary columns the file provides.

    With ``match_by_en`` (simple ``en,ru,kk`` CSV) the ids are only suggestions: merging
    first looks the English spelling up in the glossary.
    """

    path: str
    referents: list[Referent] = field(default_factory=list)
    columns: frozenset[str] = frozenset(COLUMNS)
    match_by_en: bool = False
    problems: list[Problem] = field(default_factory=list)   # rows that could not be read


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)   # ids added or updated


def slugify(text: str) -> str:
    """A glossary id made from an English name: 'Kassym-Jomart Tokayev' -> 'kassym-jomart-tokayev'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "term"


# -- TBX ----------------------------------------------------------------------------------------
def _parse_xml(data: bytes, path: str) -> tuple[ET.Element, dict[int, int]]:
    """Parse XML with expat, keeping each element's line (id(element) -> line)."""
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True

    def name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    def start(tag, attrs):
        element = builder.start(name(tag), {name(k): v for k, v in attrs.items()})
        lines[id(element)] = parser.CurrentLineNumber

    def forbid_entities(*_args):
        raise WorkbenchError("entity declarations are not allowed in a termbase", path, parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(name(tag))
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = forbid_entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise WorkbenchError(f"not well-formed XML: {expat.ErrorString(exc.code)} (column {exc.offset + 1})",
                             path, exc.lineno) from None
    return builder.close(), lines


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _lang_of(element: ET.Element) -> str:
    lang = element.get(XML_LANG) or element.get("lang") or ""
    return lang.split("-")[0].split("_")[0].lower()


def _status_of(value: str) -> str | None:
    v = value.strip().lower()
    if v.startswith("preferred") or v == "standardized":
        return "preferred"
    if v.startswith("admitted") or v in ("proposed", "legal", "regulated"):
        return "admitted"
    if v.startswith("deprecated") or v.startswith("superseded") or v in ("notrecommended", "obsolete"):
        return "deprecated"
    return None


def parse_tbx(data: bytes | str, path: str | Path = "<tbx>") -> Termbase:
    """Read a TBX document into referents (see the module docstring for what is accepted)."""
    where = str(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
        data = re.sub(rb"^(\xef\xbb\xbf)?<\?xml[^>]*\?>", b'<?xml version="1.0" encoding="UTF-8"?>', data)
    root, lines = _parse_xml(data, where)
    if _local(root.tag) not in ("martif", "tbx"):
        raise WorkbenchError(f"not a TBX file: the root element is <{_local(root.tag)}>, not <martif> or <tbx>",
                             where, lines.get(id(root)))
    termbase = Termbase(where, columns=frozenset())
    provided: set[str] = {"id"}
    used_ids: set[str] = set()
    for entry in root.iter():
        if _local(entry.tag) not in ("termEntry", "conceptEntry"):
            continue
        line = lines.get(id(entry), 0)
        values: dict[str, list[str] | str] = {}
        kind = ""
        notes: list[str] = []
        for child in entry:
            local = _local(child.tag)
            if local == "descrip" and child.get("type") == "subjectField":
                kind = _text(child)
            elif local == "note" or (local == "descrip" and child.get("type") in ("definition", "note")):
                notes.append(_text(child))
            elif local == "descripGrp":
                for d in child:
                    if _local(d.tag) == "descrip" and d.get("type") == "subjectField":
                        kind = _text(d)
        for lang_set in entry:
            if _local(lang_set.tag) not in ("langSet", "langSec"):
                continue
            lang = _lang_of(lang_set)
            if lang not in ("en", *TARGET_LANGUAGES):
                continue
            provided |= ({"en", "en_admitted", "en_deprecated"} if lang == "en"
                         else {lang, f"{lang}_admitted", f"{lang}_wrong"})
            if lang != "en" and any(_local(e.tag) == "termNote" and e.get("type") == "x-declension"
                                    for e in lang_set.iter()):
                provided.add(f"{lang}_decl")
            found: list[tuple[str, str | None, str]] = []   # (term, status or None, declension)
            for term_group in lang_set.iter():
                if _local(term_group.tag) not in ("tig", "ntig", "termSec"):
                    continue
                term, status, decl = "", None, ""
                for el in term_group.iter():
                    local = _local(el.tag)
                    if local == "term":
                        term = _text(el)
                    elif local == "termNote":
                        t = el.get("type", "")
                        if t in ("administrativeStatus", "normativeAuthorization"):
                            status = _status_of(_text(el)) or status
                        elif t == "x-declension":
                            decl = _text(el)
                if term:
                    found.append((term, status, decl))
            _add_terms(values, lang, found)
        if not values.get("en"):
            termbase.problems.append(Problem(where, line, "termEntry has no English term"))
            continue
        ident = entry.get("id", "")
        if validate_id(ident) or ident in used_ids:
            ident = _unique(slugify(str(values["en"])), used_ids)
        used_ids.add(ident)
        values["id"] = ident
        if kind in TYPES:       # a foreign subject field ("politics") says nothing about the type
            provided.add("type")
        values["type"] = kind if kind in TYPES else "other"
        if notes:
            provided.add("note")
            values["note"] = " ".join(n for n in notes if n)
        termbase.referents.append(Referent.from_row(values, line=line))
    termbase.columns = frozenset(provided)
    return termbase


def _add_terms(values: dict, lang: str, found: list[tuple[str, str | None, str]]) -> None:
    """Sort one langSet's terms into columns.

    The preferred term is the first one marked preferred, else the first without a
    status, else the first admitted one; other terms without a status are admitted.
    """
    if not found:
        return
    pick = next((i for i, (_, s, _) in enumerate(found) if s == "preferred"), None)
    if pick is None:
        pick = next((i for i, (_, s, _) in enumerate(found) if s is None), None)
    if pick is None:
        pick = next((i for i, (_, s, _) in enumerate(found) if s == "admitted"), None)
    for i, (term, status, decl) in enumerate(found):
        if i == pick:
            if values.get(lang):           # a second langSet of the same language
                values.setdefault(f"{lang}_admitted", []).append(term)
                continue
            values[lang] = term
            if decl and lang != "en":
                values[f"{lang}_decl"] = decl
        elif status == "deprecated":
            values.setdefault("en_deprecated" if lang == "en" else f"{lang}_wrong", []).append(term)
        else:
            values.setdefault(f"{lang}_admitted", []).append(term)


def _unique(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# -- CSV ----------------------------------------------------------------------------------------
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
            termbase.problems.append(Problem(where, line, f"{len(row)} cells, but the header has {len(columns)} columns"))
            continue
        values = dict(zip(columns, row))
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


# -- reading and merging ---------------------------------------------------------------------------
def read_termbase(path: str | Path) -> Termbase:
    """Read a TBX (.tbx, .xml), CSV (.csv) or glossary (.tsv) file for merging."""
    path = Path(path)
    data = read_input(path)
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml") or (suffix not in (".csv", ".tsv") and data.lstrip().startswith(b"<")):
        return parse_tbx(data, path)
    if suffix == ".tsv":
        glossary = load_glossary(path)
        return Termbase(str(path), glossary.referents, frozenset(glossary._out_columns()))
    if suffix in (".csv", ".txt"):
        return parse_csv(_decode(data, path), path)
    raise WorkbenchError("unknown termbase format (expected .tbx, .csv or .tsv)", path)


def merge(glossary: Glossary, termbase: Termbase) -> ImportSummary:
    """Add/update the termbase's referents in *glossary*; rows with problems are skipped and reported."""
    summary = ImportSummary(problems=list(termbase.problems))
    columns = termbase.columns
    for incoming in termbase.referents:
        source_line = incoming.line or None
        existing = glossary.by_id(incoming.id)
        provided = columns
        if termbase.match_by_en:
            hit = glossary.find_spelling(incoming.en, fold=False)
            if hit is not None:
                existing, status = hit
                try:
                    incoming = _simple_update(existing, incoming, status, columns)
                except GlossaryEditError as exc:
                    summary.problems.append(Problem(termbase.path, source_line, exc.message))
                    continue
                provided = frozenset(COLUMNS) - {"id"}
            else:
                existing = None
                if incoming.id in glossary:
                    incoming = replace(incoming, id=_unique(incoming.id, (r.id for r in glossary.referents)))
        try:
            if existing is None:
                glossary.add(replace(incoming, line=0))
                summary.added += 1
                summary.ids.append(incoming.id)
            else:
                merged = _merged(existing, incoming, provided)
                if merged == existing:
                    summary.unchanged += 1
                    continue
                glossary.update(existing.id, merged)
                summary.updated += 1
                summary.ids.append(merged.id)
        except GlossaryEditError as exc:
            summary.problems.append(Problem(termbase.path, source_line, exc.message))
    summary.problems.sort(key=lambda p: p.line or 0)
    return summary


def _simple_update(existing: Referent, incoming: Referent, status: str, columns: frozenset[str]) -> Referent:
    """Apply a simple ``en,ru,kk`` row to the referent owning its English spelling.

    A target form the referent already lists as preferred or admitted changes nothing; a
    new one becomes the preferred form (the old one admitted) when the row's English is the
    preferred spelling, else an admitted form. A form listed as wrong is a conflict.
    """
    result = existing
    for lang in TARGET_LANGUAGES:
        form = incoming.target(lang)
        if lang not in columns or not form:
            continue
        statuses = {f: s for f, s in result.forms(lang)}
        if statuses.get(form) in ("preferred", "admitted"):
            continue
        if statuses.get(form) == "wrong":
            raise GlossaryEditError(f"{existing.id}: {form!r} is listed as a wrong {lang} form")
        admitted = result.target_admitted(lang)
        if status == "preferred" or not result.target(lang):
            old = result.target(lang)
            result = replace(result, **{lang: form, f"{lang}_admitted": ((old,) if old else ()) + admitted})
        else:
            result = replace(result, **{f"{lang}_admitted": admitted + (form,)})
    return result


def _merged(existing: Referent, incoming: Referent, provided: frozenset[str]) -> Referent:
    changes: dict[str, object] = {}
    for column in COLUMNS:
        if column == "id" or column not in provided:
            continue
        changes[column] = getattr(incoming, column)
    extra = dict(existing.extra)
    for key, value in incoming.extra.items():
        if key in provided:
            extra[key] = value
    return replace(existing, **changes, extra=extra)  # type: ignore[arg-type]


def import_into(glossary: Glossary, path: str | Path) -> ImportSummary:
    """Read *path* (TBX, CSV or TSV) and merge it into *glossary* (not saved)."""
    return merge(glossary, read_termbase(path))
