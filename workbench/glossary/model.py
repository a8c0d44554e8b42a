"""The glossary (termbase): one referent per row of ``glossary.tsv``.

The file format is described in the README, section "glossary.tsv".
This module reads it, checks it, lets callers edit it and writes it back.

Loading reports *every* bad row at once (:class:`~workbench.util.errors.ProblemsError`
with one ``glossary.tsv:LINE: what is wrong`` per problem). Saving is lossless:
comments, blank lines, unknown columns, the header's column order, a UTF-8 BOM
and the line endings are kept, and a row that was not edited is written back
byte for byte, so an unchanged glossary saves byte-identical (and
:func:`~workbench.util.atomic.atomic_write_text` then does not touch the file).

Referents are immutable values: to change one, build a new one
(``dataclasses.replace``) and call :meth:`Glossary.update`. Edits are checked
as strictly as loading, so whatever :func:`save_glossary` writes loads again;
an edit that would break the file raises :class:`GlossaryEditError` (both a
``ValueError`` and a :class:`~workbench.util.errors.WorkbenchError`).

Plain Python: no textual/rich imports.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from workbench.util.errors import Problem, WorkbenchError
from workbench.util.visible import visible

__all__ = [
    "COLUMNS",
    "MULTI_COLUMNS",
    "REQUIRED_COLUMNS",
    "TARGET_LANGUAGES",
    "TYPES",
    "Glossary",
    "GlossaryEditError",
    "Referent",
    "split_values",
    "validate_id",
]

#: Known columns, in the order a new glossary.tsv gets them.
COLUMNS: tuple[str, ...] = (
    "id", "type", "en", "en_admitted", "en_deprecated",
    "ru", "ru_admitted", "ru_wrong", "ru_decl",
    "kk", "kk_admitted", "kk_wrong", "kk_decl",
    "note",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("id", "type", "en")
#: Columns holding several values separated by ``;``.
MULTI_COLUMNS: frozenset[str] = frozenset(
    {"en_admitted", "en_deprecated", "ru_admitted", "ru_wrong", "kk_admitted", "kk_wrong"}
)
TYPES: tuple[str, ...] = ("person", "place", "organisation", "term", "other")
TARGET_LANGUAGES: tuple[str, ...] = ("ru", "kk")
#: Status names of English spellings (``Referent.spellings``) and of target forms (``Referent.forms``).
EN_STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated")

_ID_RE = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*\Z")
_BAD_CELL_CHARS = re.compile(r"[\t\n\r\x00\x0b\x0c\x85\u2028\u2029]")
# control characters (but tab, LF and CR, which cannot be in a loaded cell and are "tab or line
# break" in an edited one) and the two noncharacters XML cannot hold
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_KNOWN = frozenset(COLUMNS)
_RANK = {s: i for i, s in enumerate(EN_STATUSES)}


class GlossaryEditError(WorkbenchError, ValueError):
    """An edit (add/update/remove/add_variant) that the glossary cannot accept."""


def split_values(cell: str) -> tuple[str, ...]:
    """Split a multi-value cell on ``;``; spaces around values and empty values are dropped."""
    return tuple(v for v in (part.strip() for part in cell.split(";")) if v)


def validate_id(value: str) -> str | None:
    """Why *value* is not a valid referent id, or None if it is."""
    if not value:
        return "empty id"
    if not _ID_RE.match(value):
        return (f"invalid id {value!r}: use lower-case ascii letters and digits, "
                "words joined by '-', '_' or '.' (like 'kassym-tokayev')")
    return None


# ---------------------------------------------------------------------------------------------
# Referent
# ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Referent:
    """One row of glossary.tsv: one person, place, organisation, ... in every language."""

    id: str
    type: str = "other"
    en: str = ""
    en_admitted: tuple[str, ...] = ()
    en_deprecated: tuple[str, ...] = ()
    ru: str = ""
    ru_admitted: tuple[str, ...] = ()
    ru_wrong: tuple[str, ...] = ()
    ru_decl: str = ""
    kk: str = ""
    kk_admitted: tuple[str, ...] = ()
    kk_wrong: tuple[str, ...] = ()
    kk_decl: str = ""
    note: str = ""
    #: 1-based line in glossary.tsv (0 = not from a file); not part of equality.
    line: int = field(default=0, compare=False)
    #: Unknown columns (name -> cell text), kept and written back.
    extra: dict[str, str] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        # Accept lists (or a ';'-separated string) for the multi-value fields.
        for name in MULTI_COLUMNS:
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, split_values(value))
            elif not isinstance(value, tuple):
                object.__setattr__(self, name, tuple(value))
        if not isinstance(self.extra, dict):
            object.__setattr__(self, "extra", dict(self.extra))

    # -- construction ---------------------------------------------------------------------
    @classmethod
    def from_row(cls, values: Mapping[str, object], line: int = 0) -> Referent:
        """A referent from column -> cell text (multi-value cells ``;``-separated or lists).

        Known single-value cells are stripped; unknown columns go to :attr:`extra` verbatim
        (empty unknown cells are dropped).
        """
        kwargs: dict[str, object] = {}
        extra: dict[str, str] = {}
        for key, value in values.items():
            if key in ("line", "extra"):
                continue
            if value is None:
                value = ""
            if key in MULTI_COLUMNS:
                if isinstance(value, str):
                    kwargs[key] = split_values(value)
                elif isinstance(value, Iterable):
                    kwargs[key] = tuple(v for v in (str(x).strip() for x in value) if v)
                else:
                    kwargs[key] = split_values(str(value))
            elif key in _KNOWN:
                kwargs[key] = str(value).strip()
            elif str(value) != "":
                extra[key] = str(value)
        kwargs.setdefault("id", "")
        if not kwargs.get("type"):
            kwargs.setdefault("type", "other")
        return cls(**kwargs, line=line, extra=extra)  # type: ignore[arg-type]


    # -- reading ----------------------------------------------------------------------------
    def spellings(self) -> Iterator[tuple[str, str]]:
        """English spellings with their status: preferred, then admitted, then deprecated."""
        if self.en:
            yield self.en, "preferred"
        for s in self.en_admitted:
            yield s, "admitted"
        for s in self.en_deprecated:
            yield s, "deprecated"

    def target(self, lang: str) -> str:
        """The preferred form in *lang* (``ru``, ``kk``, or an unknown column of that name); '' if none."""
        if lang == "en":
            return self.en
        if lang in TARGET_LANGUAGES:
            return str(getattr(self, lang))
        return self.extra.get(lang, "").strip()

    def target_admitted(self, lang: str) -> tuple[str, ...]:
        if lang == "en":
            return self.en_admitted
        if lang in TARGET_LANGUAGES:
            return tuple(getattr(self, f"{lang}_admitted"))
        return split_values(self.extra.get(f"{lang}_admitted", ""))

    def target_wrong(self, lang: str) -> tuple[str, ...]:
        if lang == "en":
            return self.en_deprecated
        if lang in TARGET_LANGUAGES:
            return tuple(getattr(self, f"{lang}_wrong"))
        return split_values(self.extra.get(f"{lang}_wrong", ""))

    def decl(self, lang: str) -> str:
        """The declension cell for *lang* ('' = guessed)."""
        if lang in TARGET_LANGUAGES:
            return str(getattr(self, f"{lang}_decl"))
        return self.extra.get(f"{lang}_decl", "").strip()

    def forms(self, lang: str) -> Iterator[tuple[str, str]]:
        """Forms in *lang* with status preferred/admitted/wrong (for ``en``: same as :meth:`spellings`)."""
        if lang == "en":
            yield from self.spellings()
            return
        if self.target(lang):
            yield self.target(lang), "preferred"
        for s in self.target_admitted(lang):
            yield s, "admitted"
        for s in self.target_wrong(lang):
            yield s, "wrong"

    def valid_forms(self, lang: str) -> list[str]:
        """The preferred and admitted forms in *lang*, preferred first, each once."""
        return list(dict.fromkeys(form for form, status in self.forms(lang) if status != "wrong"
                                  and status != "deprecated"))

    def cell(self, column: str) -> str:
        """The text of *column* as written in glossary.tsv (multi-value cells joined with ``'; '``)."""
        if column in MULTI_COLUMNS:
            return "; ".join(getattr(self, column))
        if column in _KNOWN:
            return str(getattr(self, column))
        return self.extra.get(column, "")

    def cells(self, columns: Iterable[str] = COLUMNS) -> dict[str, str]:
        return {c: self.cell(c) for c in columns}

    def get(self, column: str, default: str = "") -> str:
        value = self.cell(column)
        return value if value or column in _KNOWN else self.extra.get(column, default)

    def __str__(self) -> str:
        return f"{self.id} ({self.en})" if self.en else self.id


def _control_problems(r: Referent) -> list[str]:
    """Control characters in any cell: they would reach terminals and cannot go into XML."""
    problems: list[str] = []
    cells = [(name, value) for name in COLUMNS
             for value in (getattr(r, name) if name in MULTI_COLUMNS else (getattr(r, name),))]
    for name, value in cells + list(r.extra.items()):
        found = _CONTROL_CHARS.search(value)
        if found is not None:
            problems.append(f"{name}: control character U+{ord(found.group()):04X} in {visible(value)!r} "
                            "(remove it: it would reach terminals and cannot go into a TBX file)")
    return problems


def _row_problems(r: Referent) -> list[str]:
    """What is wrong with one referent on its own (shared by loading and editing)."""
    problems: list[str] = _control_problems(r)
    bad_id = validate_id(r.id)
    if bad_id:
        problems.append(bad_id)
    if r.type not in TYPES:
        problems.append(f"unknown type {r.type!r} (expected {', '.join(TYPES[:-1])} or {TYPES[-1]})"
                        if r.type else f"empty type (expected {', '.join(TYPES[:-1])} or {TYPES[-1]})")
    if not r.en:
        problems.append("empty preferred English spelling (column en)")
    for lang in ("en",) + TARGET_LANGUAGES:
        seen: dict[str, str] = {}
        for form, status in r.forms(lang):
            if form in seen:
                column = {"en": "English", "ru": "Russian", "kk": "Kazakh"}[lang]
                if seen[form] == status:
                    problems.append(f"{column} spelling {form!r} is listed twice as {status}")
                else:
                    problems.append(f"{column} spelling {form!r} is listed as both {seen[form]} and {status}")
            else:
                seen[form] = status
    for lang in TARGET_LANGUAGES:
        message = _decl_problem(r.decl(lang), lang, r.target(lang))
        if message:
            problems.append(f"{lang}_decl: {message}")
    return problems


def _decl_problem(cell: str, lang: str, form: str) -> str | None:
    if not cell.strip():
        return None
    try:
        from workbench.inflection.spec import parse_spec
    except ImportError:  # inflection package not available: skip validation
        return None
    try:
        spec = parse_spec(cell, lang)
        if form:
            try:
                from workbench.inflection.spec import check_spec
            except ImportError:
                return None
            check_spec(spec, form)
    except ValueError as exc:
        return str(exc)
    return None


def _cell_problems(r: Referent) -> list[str]:
    """Characters a TSV cell cannot hold (only possible in edited referents)."""
    problems: list[str] = []
    for name in COLUMNS:
        if name in MULTI_COLUMNS:
            for value in getattr(r, name):
                if _BAD_CELL_CHARS.search(value):
                    problems.append(f"{name}: tab or line break in {value!r}")
                elif ";" in value:
                    problems.append(f"{name}: a value cannot contain ';' ({value!r})")
                elif value != value.strip() or not value:
                    problems.append(f"{name}: empty value or spaces around {value!r}")
        else:
            value = getattr(r, name)
            if _BAD_CELL_CHARS.search(value):
                problems.append(f"{name}: tab or line break in {value!r}")
            elif value != value.strip():
                problems.append(f"{name}: spaces around {value!r}")
            elif name in ("en", "ru", "kk") and ";" in value:
                problems.append(f"{name}: the preferred form cannot contain ';' ({value!r})")
    for key, value in r.extra.items():
        if key in _KNOWN or not key or _BAD_CELL_CHARS.search(key):
            problems.append(f"bad extra column name {key!r}")
        if _BAD_CELL_CHARS.search(value):
            problems.append(f"{key}: tab or line break in {value!r}")
    return problems


# ---------------------------------------------------------------------------------------------
# Glossary
# ---------------------------------------------------------------------------------------------
@dataclass
class _Row:
    referent: Referent
    raw: str | None = None            # the line as read (without its line ending)
    original: Referent | None = None  # the referent as parsed from raw
    ending: str | None = None         # the line ending as read ("\n", "\r\n" or "" at EOF)


@dataclass
class _Text:
    text: str                         # a comment, blank line or the header, verbatim
    ending: str | None = None


class Glossary:
    """Referents in file order, with the comments and blank lines between them.

    ``Glossary()`` is an empty glossary with the standard header.
    """

    def __init__(self, referents: Iterable[Referent] = (), path: str | Path | None = None, *,
                 columns: Iterable[str] = COLUMNS) -> None:
        self.path: Path | None = Path(path) if path is not None else None
        self.columns: list[str] = list(columns)   # header order as in the file
        self.bom: bool = False
        self.newline: str = "\n"
        #: how the file is encoded: "utf-8", or "utf-16-le"/"utf-16-be" as Excel's "Unicode Text"
        #: saves a tab-separated sheet (its byte-order mark kept as ``bom``); saving keeps it
        self.encoding: str = "utf-8"
        #: fingerprint of the bytes it was loaded from (None: not from a file); saving compares it
        self.fingerprint: str | None = None
        self._items: list[_Row | _Text] = []
        self._header_index: int | None = None      # index of the header in _items (None: generate)
        self._by_id: dict[str, Referent] = {}
        self._rows: dict[str, _Row] = {}                   # id -> its row, to edit without a scan
        self._exact: dict[str, tuple[Referent, str]] = {}
        self._folded: dict[str, tuple[Referent, str]] = {}  # best claim per case-folded spelling
        self._folded_all: dict[str, list[tuple[Referent, str]]] = {}
        for r in referents:
            self.add(r)

    # -- reading ----------------------------------------------------------------------------
    @property
    def referents(self) -> list[Referent]:
        """The referents in file order (a new list; edit through the methods)."""
        return [item.referent for item in self._items if isinstance(item, _Row)]

    def __iter__(self) -> Iterator[Referent]:
        return iter(self.referents)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, ident: object) -> bool:
        return ident in self._by_id

    def by_id(self, ident: str) -> Referent | None:
        return self._by_id.get(ident)

    def find_spelling(self, text: str, *, fold: bool = True) -> tuple[Referent, str] | None:
        """The referent owning English spelling *text* and its status.

        Exact (case-sensitive) match first; then, with *fold*, a case-insensitive
        (casefold) match — preferring the earliest referent, preferred over admitted over
        deprecated spellings.
        """
        hit = self._exact.get(text)
        if hit is None and fold:
            hit = self._folded.get(text.casefold())
        return hit

    def find_form(self, text: str, lang: str) -> list[tuple[Referent, str]]:
        """Every referent listing *text* as a form in *lang* (``en``, ``ru``, ``kk``), with its status."""
        return [(r, status) for r in self.referents for form, status in r.forms(lang) if form == text]

    def check(self) -> list[Problem]:
        """Row problems of the current content (empty for a loaded or edited glossary).

        (Not called ``problems``: the session treats a ``problems`` attribute as load warnings.)
        """
        return _check_all([(r, r.line or None) for r in self.referents], str(self.path or "glossary.tsv"))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Glossary):
            return NotImplemented
        return self._key() == other._key()

    def _key(self) -> tuple[bool, str, tuple[str, ...], list[tuple[object, ...]]]:
        items: list[tuple[object, ...]] = [("r", i.referent) if isinstance(i, _Row) else ("t", i.text)
                                           for i in self._items]
        if self._header_index is None:
            items.insert(_first_row(self._items), ("h",))
        else:
            items[self._header_index] = ("h",)
        return (self.bom, self.newline, tuple(self._out_columns()), items)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Glossary({len(self)} referents, path={str(self.path)!r})"

    # -- editing ----------------------------------------------------------------------------
    def add(self, referent: Referent) -> Referent:
        """Append *referent* (a new id). Raises GlossaryEditError if it would make the file invalid."""
        self._check_edit(referent, replacing=None)
        row = _Row(referent)
        self._items.append(row)
        self._index_one(referent, row)     # incremental: building a big glossary stays linear
        return referent

    def update(self, ident: str, referent: Referent) -> Referent:
        """Replace the referent with id *ident* by *referent* (which may have a new id), in place."""
        row = self._rows.get(ident)
        if row is None:
            raise GlossaryEditError(f"no referent with id {ident!r}")
        old = row.referent
        if referent == old and referent.line == old.line:
            return old
        if not referent.line:
            referent = replace(referent, line=old.line)
        self._check_edit(referent, replacing=old.id)
        self._unindex_one(old)
        row.referent = referent
        self._index_one(referent, row)     # incremental: an import of n rows stays linear
        return referent

    def replace(self, old: Referent | str, new: Referent) -> Referent:
        """Same as :meth:`update`, with the old referent (or its id)."""
        return self.update(old if isinstance(old, str) else old.id, new)

    def remove(self, ident: Referent | str) -> Referent:
        """Remove a referent (by id or the referent itself); return it."""
        index = self._index_of(ident if isinstance(ident, str) else ident.id)
        row = self._items.pop(index)
        assert isinstance(row, _Row)
        if self._header_index is not None and index < self._header_index:
            self._header_index -= 1
        self._unindex_one(row.referent)
        return row.referent

    def add_variant(self, ident: str, spelling: str, status: str = "admitted", lang: str = "en") -> bool:
        """Add *spelling* to a referent as an admitted/deprecated (en) or admitted/wrong (ru, kk) form.

        Returns False if it is already listed with that status.
        """
        referent = self.by_id(ident)
        if referent is None:
            raise GlossaryEditError(f"no referent with id {ident!r}")
        spelling = spelling.strip()
        allowed = ("admitted", "deprecated") if lang == "en" else ("admitted", "wrong")
        if status not in allowed:
            raise GlossaryEditError(f"status must be {' or '.join(allowed)} for {lang}, not {status!r}")
        if lang not in ("en",) + TARGET_LANGUAGES:
            raise GlossaryEditError(f"unknown language {lang!r}")
        for form, have in referent.forms(lang):
            if form == spelling:
                if have == status:
                    return False
                raise GlossaryEditError(f"{spelling!r} is already the {have} {lang} form of {ident!r}")
        column = f"{lang}_{status}"
        self.update(ident, replace(referent, **{column: getattr(referent, column) + (spelling,)}))
        return True

    def _index_of(self, ident: str) -> int:
        for i, item in enumerate(self._items):
            if isinstance(item, _Row) and item.referent.id == ident:
                return i
        raise GlossaryEditError(f"no referent with id {ident!r}")

    def _check_edit(self, r: Referent, replacing: str | None) -> None:
        if not isinstance(r, Referent):
            raise GlossaryEditError(f"not a Referent: {r!r}")
        problems = _cell_problems(r) + _row_problems(r)
        if r.id in self._by_id and r.id != replacing:
            problems.append(f"duplicate id {r.id!r} (already used for {self._by_id[r.id].en!r})")
        for spelling, _status in r.spellings():
            owner = self._exact.get(spelling)
            if owner is not None and owner[0].id not in (replacing, r.id):
                problems.append(f"English spelling {spelling!r} already belongs to {owner[0].id!r} ({owner[1]})")
        if problems:
            label = r.id or r.en or "referent"
            raise GlossaryEditError(f"{label}: " + "; ".join(problems), self.path)

    def _reindex(self) -> None:
        self._by_id, self._rows, self._exact, self._folded, self._folded_all = {}, {}, {}, {}, {}
        for item in self._items:
            if isinstance(item, _Row):
                self._index_one(item.referent, item)

    def _index_one(self, r: Referent, row: _Row) -> None:
        self._by_id.setdefault(r.id, r)
        self._rows.setdefault(r.id, row)
        for spelling, status in r.spellings():
            self._exact.setdefault(spelling, (r, status))
            key = spelling.casefold()
            self._folded_all.setdefault(key, []).append((r, status))
            have = self._folded.get(key)
            if have is None or _RANK[status] < _RANK[have[1]]:
                self._folded[key] = (r, status)

    def _unindex_one(self, r: Referent) -> None:
        """Forget *r*'s id and spellings, touching only its own keys."""
        if self._by_id.get(r.id) is r:
            del self._by_id[r.id]
            del self._rows[r.id]
        for spelling, _status in r.spellings():
            if self._exact.get(spelling, (None,))[0] is r:
                del self._exact[spelling]
            key = spelling.casefold()
            claims = [c for c in self._folded_all.get(key, []) if c[0] is not r]
            if claims:
                self._folded_all[key] = claims
                self._folded[key] = min(claims, key=lambda c: _RANK[c[1]])
            else:
                self._folded_all.pop(key, None)
                self._folded.pop(key, None)

    # -- columns ------------------------------------------------------------------------------
    def _out_columns(self) -> list[str]:
        """Header columns plus any column an edited referent fills that the header lacks."""
        columns = list(self.columns)
        have = set(columns)
        missing_known: set[str] = set()
        missing_extra: list[str] = []
        for r in self.referents:
            for c in COLUMNS:
                if c not in have and r.cell(c):
                    missing_known.add(c)
            for c, v in r.extra.items():
                if c not in have and v and c not in missing_extra:
                    missing_extra.append(c)
        columns += [c for c in COLUMNS if c in missing_known] + missing_extra
        return columns


def _first_row(items: list[_Row | _Text]) -> int:
    return next((i for i, it in enumerate(items) if isinstance(it, _Row)), len(items))


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------
def _check_all(rows: list[tuple[Referent, int | None]], path: str) -> list[Problem]:
    """Row problems plus duplicate ids and English spellings claimed by two referents."""
    problems: list[Problem] = []
    for r, line in rows:
        problems.extend(Problem(path, line, m) for m in _row_problems(r))
    first_id: dict[str, tuple[Referent, int | None]] = {}
    for r, line in rows:
        if not r.id:
            continue
        if r.id in first_id:
            problems.append(Problem(path, line, f"duplicate id {r.id!r} (first used on line {first_id[r.id][1]})"))
        else:
            first_id[r.id] = (r, line)
    owners: dict[str, list[tuple[Referent, int | None, str]]] = {}
    for r, line in rows:
        for spelling in dict.fromkeys(s for s, _ in r.spellings()):
            owners.setdefault(spelling, []).append((r, line, dict(r.spellings())[spelling]))
    for spelling, claims in owners.items():
        if len(claims) < 2:
            continue
        for r, line, status in claims:
            others = ", ".join(f"{o.id or '?'!s} (line {ol})" for o, ol, _ in claims if (o, ol) != (r, line))
            problems.append(
                Problem(path, line, f"English spelling {spelling!r} ({status}) is also claimed by {others}"))
    problems.sort(key=lambda p: p.line or 0)
    return problems
