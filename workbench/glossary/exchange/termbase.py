"""Importing termbases: the :class:`Termbase` read from a file, and merging it into a glossary.

``read_termbase(path) -> Termbase`` reads ``.tbx``/``.xml`` (TBX), ``.csv`` or ``.tsv``
(another glossary.tsv). ``merge(glossary, termbase) -> ImportSummary`` adds new ids, updates
existing ones (only the columns the file provides) and reports conflicts (a spelling owned by
another referent, an invalid row) as :class:`~workbench.util.errors.Problem` without applying
that row. ``import_into(glossary, path)`` = read + merge. Syntax errors in imported files raise
:class:`~workbench.util.errors.WorkbenchError` with ``path:line``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from workbench.util.errors import Problem, WorkbenchError
from workbench.util.files import read_input

from ..model import COLUMNS, TARGET_LANGUAGES, Glossary, GlossaryEditError, Referent
from ..tsv import _decode, load_glossary


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
    #: TBX: the columns each entry provides (parallel to ``referents``); empty: ``columns`` for all
    entry_columns: list[frozenset[str]] = field(default_factory=list)
    #: TBX: an entry's terms update the statuses of the terms they name, and add new ones;
    #: terms the entry does not name are kept (a TBX entry is not a whole row)
    merge_terms: bool = False
    #: what the reader left out on purpose (a CSV column of another language), said to the user
    notes: list[str] = field(default_factory=list)

    def provided(self, index: int) -> frozenset[str]:
        """The columns the *index*-th referent's entry provides."""
        return self.entry_columns[index] if self.entry_columns else self.columns


@dataclass
class ImportSummary:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)   # ids added or updated
    #: what changed, one line per cell: "tokayev: ru: 'A' -> 'B'", "added astana (Astana)"
    changes: list[str] = field(default_factory=list)


def left_out_note(where: str, what: str, lines: list[int]) -> str:
    """The note that *what* was left out at *lines* of the file *where* (the first ten lines named)."""
    shown = ", ".join(map(str, lines[:10])) + (", …" if len(lines) > 10 else "")
    return f"{where}: {len(lines)} {what} left out (line {shown})"


def slugify(text: str) -> str:
    """A glossary id made from an English name: 'Kassym-Jomart Tokayev' -> 'kassym-jomart-tokayev'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    return slug or "term"


def _unique(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# -- reading and merging ---------------------------------------------------------------------------
def read_termbase(path: str | Path, language: str | None = None) -> Termbase:
    """Read a TBX (.tbx, .xml), CSV (.csv) or glossary (.tsv) file for merging; *language* is the
    target language of a ``source,target`` CSV."""
    from .csv import parse_csv
    from .tbx import parse_tbx

    path = Path(path)
    data = read_input(path)
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml") or (suffix not in (".csv", ".tsv") and data.lstrip().startswith(b"<")):
        return parse_tbx(data, path)
    if suffix == ".tsv":
        glossary = load_glossary(path)
        return Termbase(str(path), glossary.referents, frozenset(glossary._out_columns()))
    if suffix in (".utf8", ".tab") or (suffix == ".txt" and b"\t" in data and b"," not in data.split(b"\n", 1)[0]):
        from .omegat import omegat_as_csv, omegat_language

        return parse_csv(omegat_as_csv(_decode(data, path), omegat_language(path, language)), path)
    if suffix in (".csv", ".txt"):
        return parse_csv(_decode(data, path), path, language)
    raise WorkbenchError("unknown termbase format (expected .tbx, .csv, .tsv, or OmegaT's .utf8/.tab/.txt)", path)


def merge(glossary: Glossary, termbase: Termbase,
          progress: Callable[[int, int, str], None] | None = None) -> ImportSummary:
    """Add/update the termbase's referents in *glossary*; rows with problems are skipped and reported.

    *progress(done, total, id)* is told of each referent merged.
    """
    summary = ImportSummary(problems=list(termbase.problems))
    total = len(termbase.referents)
    for index, incoming in enumerate(termbase.referents):
        if progress is not None and (index % 64 == 0 or index == total - 1):
            progress(index + 1, total, incoming.id)
        source_line = incoming.line or None
        existing = glossary.by_id(incoming.id)
        provided = termbase.provided(index)
        if termbase.match_by_en:
            hit = glossary.find_spelling(incoming.en, fold=False)
            if hit is not None:
                existing, status = hit
                try:
                    incoming = _simple_update(existing, incoming, status, provided)
                except GlossaryEditError as exc:
                    summary.problems.append(Problem(termbase.path, source_line, exc.message))
                    continue
                provided = frozenset(COLUMNS) - {"id"}
            else:
                existing = None
                if incoming.id in glossary:
                    incoming = replace(incoming, id=_unique(incoming.id, (r.id for r in glossary.referents)))
        elif termbase.merge_terms:
            by_id = existing
            existing = _same_concept(glossary, by_id, incoming)
            if existing is None and incoming.id in glossary:
                incoming = replace(incoming, id=_unique(incoming.id, (r.id for r in glossary.referents)))
            elif existing is not None and existing is not by_id:
                incoming = _as_additions(existing, incoming)
        try:
            if existing is None:
                glossary.add(replace(incoming, line=0))
                summary.added += 1
                summary.ids.append(incoming.id)
                summary.changes.append(f"added {incoming.id} ({incoming.en})")
            else:
                merged = _merged(existing, incoming, provided, terms=termbase.merge_terms)
                if merged == existing:
                    summary.unchanged += 1
                    continue
                glossary.update(existing.id, merged)
                summary.updated += 1
                summary.ids.append(merged.id)
                summary.changes.extend(_describe_changes(existing, merged))
        except GlossaryEditError as exc:
            summary.problems.append(Problem(termbase.path, source_line, exc.message))
    summary.problems.sort(key=lambda p: p.line or 0)
    return summary


def _same_concept(glossary: Glossary, by_id: Referent | None, incoming: Referent) -> Referent | None:
    """The referent a TBX entry is about: the one with its id if they share an English spelling
    (our own export coming back), else the one owning the entry's preferred English spelling,
    else none (a spelling of the entry's that another referent owns is then a conflict).

    Another tool's ids are its own ("c1", "C002"): a second file's "c1" names another concept
    than the first's, and must not be merged into it."""
    if by_id is not None and {form for form, _ in by_id.forms("en")} & {form for form, _ in incoming.forms("en")}:
        return by_id
    hit = glossary.find_spelling(incoming.en, fold=False) if incoming.en else None
    return hit[0] if hit is not None else None


def _as_additions(existing: Referent, incoming: Referent) -> Referent:
    """An entry of another termbase matched by its English: it adds the terms the referent lacks
    (admitted, or wrong/deprecated as the entry marks them) and changes no status the
    glossary gives — its own choice of the preferred form is not the glossary's."""
    cells: dict[str, str] = {}
    for lang in ("en", *TARGET_LANGUAGES):
        known = dict(existing.forms(lang))
        preferred = next((form for form, status in known.items() if status == "preferred"), "")
        admitted = [form for form, status in known.items() if status == "admitted"]
        wrong = [form for form, status in known.items() if status in ("wrong", "deprecated")]
        for form, status in incoming.forms(lang):
            if form in known:
                continue
            if status in ("wrong", "deprecated"):
                wrong.append(form)
            elif not preferred:
                preferred = form
            else:
                admitted.append(form)
        first, second, third = _term_columns(lang)
        cells.update({first: preferred, second: "; ".join(admitted), third: "; ".join(wrong)})
    return _with_cells(replace(incoming, id=existing.id), cells)


def _describe_changes(old: Referent, new: Referent) -> list[str]:
    lines = []
    columns = list(COLUMNS) + [c for c in {**old.extra, **new.extra} if c not in COLUMNS]
    for column in columns:
        before, after = old.cell(column), new.cell(column)
        if before != after:
            lines.append(f"{new.id}: {column}: {before!r} -> {after!r}")
    return lines


def _with_cells(referent: Referent, cells: dict[str, str]) -> Referent:
    """*referent* with some cells (column -> cell text, multi-value cells ';'-separated) replaced."""
    values: dict[str, object] = {**referent.cells(COLUMNS), **referent.extra, **cells}
    return Referent.from_row(values, line=referent.line)


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
        statuses = dict(result.forms(lang))
        if statuses.get(form) in ("preferred", "admitted"):
            continue
        if statuses.get(form) == "wrong":
            raise GlossaryEditError(f"{existing.id}: {form!r} is listed as a wrong {lang} form")
        admitted = result.target_admitted(lang)
        if status == "preferred" or not result.target(lang):
            old = result.target(lang)
            result = _with_cells(result, {lang: form,
                                          f"{lang}_admitted": "; ".join(((old,) if old else ()) + admitted)})
        else:
            result = _with_cells(result, {f"{lang}_admitted": "; ".join(admitted + (form,))})
    return result


def _term_columns(lang: str) -> tuple[str, str, str]:
    return (("en", "en_admitted", "en_deprecated") if lang == "en"
            else (lang, f"{lang}_admitted", f"{lang}_wrong"))


def _merged_terms(existing: Referent, incoming: Referent, lang: str) -> dict[str, str]:
    """One language's terms of a TBX entry merged into the referent's.

    Every term the entry names takes the entry's status; a new preferred term moves the old
    one to the admitted forms (unless the entry gives it another status); terms the entry
    does not name keep theirs. Nothing is removed.
    """
    preferred_column, admitted_column, bad_column = _term_columns(lang)
    status: dict[str, str] = {}
    for form, kind in existing.forms(lang):
        status.setdefault(form, "bad" if kind in ("wrong", "deprecated") else kind)
    named: set[str] = set()
    for form in incoming.target_admitted(lang):
        status[form] = "admitted"
        named.add(form)
    for form in incoming.target_wrong(lang):
        status[form] = "bad"
        named.add(form)
    new_preferred = incoming.target(lang)
    if new_preferred:
        old_preferred = existing.target(lang)
        if old_preferred and old_preferred != new_preferred and old_preferred not in named:
            status[old_preferred] = "admitted"
        status[new_preferred] = "preferred"
    elif existing.target(lang) in named:
        status[existing.target(lang)] = "preferred"      # the entry cannot leave it without one
    preferred = next((form for form, kind in status.items() if kind == "preferred"), "")
    return {
        preferred_column: preferred,
        admitted_column: "; ".join(form for form, kind in status.items() if kind == "admitted"),
        bad_column: "; ".join(form for form, kind in status.items() if kind == "bad"),
    }


def _merged(existing: Referent, incoming: Referent, provided: frozenset[str], *, terms: bool = False) -> Referent:
    """*existing* with the cells of *incoming* that its file provides.

    With *terms* (TBX), the term columns of each language the entry has are merged term by
    term (:func:`_merged_terms`) instead of replaced.
    """
    cells: dict[str, str] = {}
    term_columns: set[str] = set()
    if terms:
        for lang in ("en", *TARGET_LANGUAGES):
            columns = _term_columns(lang)
            term_columns.update(columns)
            if any(column in provided for column in columns):
                cells.update(_merged_terms(existing, incoming, lang))
    for column in COLUMNS:
        if column == "id" or column not in provided or column in term_columns:
            continue
        cells[column] = incoming.cell(column)
    for key, value in incoming.extra.items():
        if key in provided:
            cells[key] = value
    return _with_cells(existing, cells)


def import_into(glossary: Glossary, path: str | Path) -> ImportSummary:
    """Read *path* (TBX, CSV or TSV) and merge it into *glossary* (not saved)."""
    return merge(glossary, read_termbase(path))
