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
from collections.abc import Iterable
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


def _unique(base: str, taken: Iterable[str]) -> str:
    taken = set(taken)
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


# -- reading and merging ---------------------------------------------------------------------------
def read_termbase(path: str | Path) -> Termbase:
    from .csv import parse_csv
    from .tbx import parse_tbx

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
        statuses = dict(result.forms(lang))
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
