"""The default memory: one SQLite file in the project (``.workbench/memory.sqlite``).

Tables: ``sources`` (each distinct source sentence once, found by a 64-bit hash of its
normalised text), ``units`` (a translation of a source into one language from one origin,
with who and when), ``terms`` and ``postings`` (the word index of :mod:`.postings`, one per
target language), ``synced`` (what each catalogue looked like when it was last synced).

Lookups are :mod:`.sqlite_lookup`'s; this module writes.

WAL journal: lookups read beside a writer, and several processes (two editors, a CLI
import) may share the file; every write is one transaction with ``synchronous=FULL``, so a
confirmed translation is durable when :meth:`SQLiteMemory.add` returns. Nothing is held in
RAM but SQLite's page cache: opening a memory of any size costs nothing.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np

from workbench.util.errors import WorkbenchError

from . import postings, sqlite_lookup
from .matching import (
    DEFAULT_CUTOFF,
    DEFAULT_LIMIT,
    Match,
    PreparedUnit,
    StoredUnit,
    index_terms,
    prepare,
)
from .sqlite_lookup import UNIT_COLUMNS, UNIT_TABLES, HelperProcess, Lookups, marks, parts
from .store import AddReport, LanguageCount, MemoryStore, Progress, per_source

log = logging.getLogger("workbench.memory")

SCHEMA_VERSION = "1"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY, lang TEXT NOT NULL, hash INTEGER NOT NULL, key TEXT NOT NULL, raw TEXT);
CREATE INDEX IF NOT EXISTS sources_hash ON sources (hash);
CREATE TABLE IF NOT EXISTS origins (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY, source INTEGER NOT NULL REFERENCES sources (id), lang TEXT NOT NULL,
    target TEXT NOT NULL, origin INTEGER NOT NULL REFERENCES origins (id), how TEXT NOT NULL,
    created TEXT NOT NULL, changed TEXT NOT NULL, creator TEXT NOT NULL, changer TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '');
CREATE UNIQUE INDEX IF NOT EXISTS units_key ON units (source, lang, origin);
CREATE INDEX IF NOT EXISTS units_origin ON units (origin, lang);
CREATE TABLE IF NOT EXISTS langs (lang TEXT PRIMARY KEY, sources INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS terms (
    id INTEGER PRIMARY KEY, lang TEXT NOT NULL, word TEXT NOT NULL, df INTEGER NOT NULL,
    UNIQUE (lang, word));
CREATE TABLE IF NOT EXISTS postings (
    term INTEGER NOT NULL, chunk INTEGER NOT NULL, ids BLOB NOT NULL, PRIMARY KEY (term, chunk));
CREATE TABLE IF NOT EXISTS synced (origin TEXT PRIMARY KEY, stamp TEXT NOT NULL);
"""
ORIGIN_ID = "(SELECT id FROM origins WHERE name = ?)"
#: pending posting ids held in RAM during an import before they are written
FLUSH_IDS = 6_000_000
#: SQLite's page cache while adding (KiB)
IMPORT_CACHE_KIB = 128 * 1024
#: units added with one set of statements
ADD_CHUNK = 2000


class SQLiteMemory(MemoryStore):
    """The memory in one SQLite file; created on first use."""

    backend = "sqlite"

    def __init__(self, path: Path | str, *, cache_mb: int = 32) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._cache_kib = cache_mb * 1024
        self._lock = threading.RLock()        # one writer at a time in this process
        self._local = threading.local()       # one reading connection per thread
        self._readers: list[sqlite3.Connection] = []
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkbenchError(f"cannot create the memory's folder: {exc.strerror}", self.path.parent) from None
        self._writer = self._connect()
        try:
            with self._writer:
                self._writer.executescript(SCHEMA)
                row = self._writer.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
                if row is None:
                    self._writer.execute("INSERT INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
                elif row[0] != SCHEMA_VERSION:
                    raise WorkbenchError(f"memory schema {row[0]} is not the one this workbench reads "
                                         f"({SCHEMA_VERSION})", self.path)
        except sqlite3.DatabaseError as exc:
            self._writer.close()
            raise WorkbenchError(f"not a workbench memory ({exc})", self.path) from None

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute(f"PRAGMA cache_size = -{self._cache_kib}")
        except sqlite3.DatabaseError as exc:
            raise WorkbenchError(f"not a workbench memory, or it cannot be opened ({exc})", self.path) from None
        return conn

    def _reader(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
            with self._lock:
                self._readers.append(conn)
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._writer
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                raise WorkbenchError(f"the memory is busy or read-only ({exc})", self.path) from None
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            try:
                conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                conn.execute("ROLLBACK")
                raise WorkbenchError(f"cannot write the memory ({exc})", self.path) from None

    def close(self) -> None:
        with self._lock:
            for conn in [self._writer, *self._readers]:
                conn.close()
            self._readers.clear()

    # -- writing ---------------------------------------------------------------------------
    def add(self, units: Iterable[StoredUnit | PreparedUnit], *, progress: Progress | None = None) -> AddReport:
        report = AddReport()
        try:
            with self._transaction() as conn, self._import_cache(conn):
                pending = _PendingPostings(conn)
                next_id = [int(conn.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0]) + 1]
                origins = _Origins(conn)
                # into an empty memory (this transaction is its only writer), a source can only be
                # one this add inserted: the hashes inserted so far say which to look up
                inserted = _HashFilter() if next_id[0] == 1 else None
                done = 0
                for chunk in _chunks(units, ADD_CHUNK):
                    self._add_chunk(conn, chunk, report, pending, next_id, origins, inserted)
                    if pending.size >= FLUSH_IDS:
                        pending.flush()
                    done += len(chunk)
                    if progress is not None:
                        progress(done)
                pending.flush()
        except sqlite3.DatabaseError as exc:
            raise WorkbenchError(f"cannot write the memory ({exc})", self.path) from None
        return report

    @contextmanager
    def _import_cache(self, conn: sqlite3.Connection) -> Iterator[None]:
        """A larger page cache while adding: index inserts at random places stay in memory."""
        conn.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
        try:
            yield
        finally:
            conn.execute(f"PRAGMA cache_size = -{self._cache_kib}")

    def _add_chunk(self, conn: sqlite3.Connection, chunk: list[StoredUnit | PreparedUnit], report: AddReport,
                   pending: _PendingPostings, next_id: list[int], origins: _Origins,
                   inserted: _HashFilter | None = None) -> None:
        """Add up to :data:`ADD_CHUNK` units with a handful of statements (the import's hot path).
        *inserted*: when the memory was empty, the hashes of the sources added since."""
        ready = [item if isinstance(item, PreparedUnit) else prepare(item) for item in chunk]
        ready = [item for item in ready if item.key and item.unit.target]
        keyed = [(item.key, item.unit) for item in ready]
        hashes = {item.key: item.hash for item in ready}
        sources: dict[tuple[str, str], int] = {}
        wanted = list(set(hashes.values()))
        if inserted is not None:
            wanted = inserted.maybe(wanted)
        for part in parts(wanted):
            for sid, lang, key in conn.execute(
                    f"SELECT id, lang, key FROM sources WHERE hash IN ({marks(part)})", part):
                sources[lang, key] = sid
        existing: dict[tuple[int, str, int], tuple[int, str]] = {}
        has_unit: set[tuple[int, str]] = set()
        found = list(set(sources.values()))
        for part in parts(found):
            for uid, sid, lang, origin, target in conn.execute(
                    f"SELECT id, source, lang, origin, target FROM units WHERE source IN ({marks(part)})",
                    part):
                existing[sid, lang, origin] = (uid, target)
                has_unit.add((sid, lang))
        new_sources: list[tuple[int, str, int, str, str | None]] = []
        new_units: list[tuple[object, ...]] = []
        updates: list[tuple[object, ...]] = []
        for unit, key, _ in ready:
            origin = origins[unit.origin]
            sid = sources.get((unit.srclang, key))
            if sid is None:
                sid = sources[unit.srclang, key] = next_id[0]
                next_id[0] += 1
                new_sources.append((sid, unit.srclang, hashes[key], key, None if key == unit.source else unit.source))
            old = existing.get((sid, unit.tgtlang, origin))
            if old is not None:
                if old[1] == unit.target:
                    report.unchanged += 1
                else:
                    updates.append((unit.target, unit.how, unit.changed, unit.changer, unit.note, old[0]))
                    existing[sid, unit.tgtlang, origin] = (old[0], unit.target)
                    report.updated += 1
                continue
            new_units.append((sid, unit.tgtlang, unit.target, origin, unit.how, unit.created, unit.changed,
                              unit.creator, unit.changer, unit.note))
            existing[sid, unit.tgtlang, origin] = (-1, unit.target)
            report.added += 1
            if (sid, unit.tgtlang) not in has_unit:
                has_unit.add((sid, unit.tgtlang))
                pending.add(unit.tgtlang, sid, len(key), index_terms(key))
        pending.end_chunk()
        if inserted is not None:
            inserted.add([row[2] for row in new_sources])
        conn.executemany("INSERT INTO sources (id, lang, hash, key, raw) VALUES (?, ?, ?, ?, ?)", new_sources)
        conn.executemany("INSERT INTO units (source, lang, target, origin, how, created, changed, creator, changer, "
                         "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new_units)
        conn.executemany("UPDATE units SET target = ?, how = ?, changed = ?, changer = ?, note = ? WHERE id = ?",
                         updates)
        if any(update[-1] == -1 for update in updates):     # changed twice within the chunk: by key then
            conn.executemany("UPDATE units SET target = ?, how = ?, changed = ?, changer = ?, note = ? "
                             "WHERE source = ? AND lang = ? AND origin = ?", self._retargeted(keyed, sources, origins))

    @staticmethod
    def _retargeted(keyed: list[tuple[str, StoredUnit]], sources: dict[tuple[str, str], int], origins: _Origins
                    ) -> list[tuple[object, ...]]:
        last: dict[tuple[int, str, int], StoredUnit] = {}
        for key, unit in keyed:
            last[sources[unit.srclang, key], unit.tgtlang, origins[unit.origin]] = unit
        return [(u.target, u.how, u.changed, u.changer, u.note, sid, lang, origin)
                for (sid, lang, origin), u in last.items()]

    def forget_origin(self, origin: str) -> int:
        with self._transaction() as conn:
            return conn.execute(f"DELETE FROM units WHERE origin = {ORIGIN_ID}", (origin,)).rowcount
        # postings of sources left without a unit in a language are skipped at lookup time

    # -- reading ---------------------------------------------------------------------------
    def lookup(self, source: str, tgtlang: str, *, srclang: str = "en", limit: int = DEFAULT_LIMIT,
               cutoff: float = DEFAULT_CUTOFF) -> list[Match]:
        return Lookups(self._reader(), tgtlang, srclang).run([source], [limit], [cutoff])[0]

    def lookup_many(self, sources: Sequence[str], tgtlang: str, *, srclang: str = "en",
                    limit: int | Sequence[int] = DEFAULT_LIMIT,
                    cutoff: float | Sequence[float] = DEFAULT_CUTOFF) -> Iterator[list[Match]]:
        """:meth:`lookup` for each of *sources*, in order. A long run is shared with a second
        process, which looks up the second part while this one does the first (both cores; this
        one takes a little less, as its caller has the catalogues to read and write)."""
        limits, cutoffs = per_source(len(sources), limit, cutoff)
        split, helper = len(sources), None
        if len(sources) >= sqlite_lookup.PARALLEL_FROM and (os.cpu_count() or 1) > 1:
            split = len(sources) * 9 // 20
            try:
                helper = HelperProcess(self.path, sources[split:], tgtlang, srclang, limits[split:],
                                       cutoffs[split:])
            except OSError as exc:
                log.warning("cannot start a second lookup process (%s): looking up everything here", exc)
                split = len(sources)
        lookups = Lookups(self._reader(), tgtlang, srclang, expected=split)

        def here(begin: int, end: int) -> Iterator[list[Match]]:
            for start in range(begin, end, sqlite_lookup.CHUNK):
                stop = min(end, start + sqlite_lookup.CHUNK)
                yield from lookups.run(sources[start:stop], limits[start:stop], cutoffs[start:stop])

        try:
            yield from here(0, split)
            if helper is not None:
                try:
                    found = helper.results()
                except WorkbenchError as exc:
                    log.warning("%s: looking up its part here", exc.message)
                    found = None
                yield from (here(split, len(sources)) if found is None else found)
        finally:
            if helper is not None:
                helper.close()

    def units(self, tgtlang: str | None = None, *, origin: str | None = None) -> Iterator[StoredUnit]:
        where, params = _where(tgtlang=tgtlang, origin=origin)
        cursor = self._reader().execute(
            f"SELECT {UNIT_COLUMNS} FROM {UNIT_TABLES} {where} ORDER BY u.id", params)
        for row in cursor:
            yield StoredUnit(*row)

    def search(self, pattern: str, *, regex: bool = False, side: str = "source", tgtlang: str | None = None,
               case_sensitive: bool = False, limit: int | None = None) -> Iterator[StoredUnit]:
        found = _finder(pattern, regex, case_sensitive)
        column = "coalesce(s.raw, s.key)" if side == "source" else "u.target"
        conn = self._reader()
        conn.create_function("wb_found", 1, found, deterministic=True)
        where, params = _where(tgtlang=tgtlang)
        where = f"{where} {'AND' if where else 'WHERE'} wb_found({column})"
        sql = f"SELECT {UNIT_COLUMNS} FROM {UNIT_TABLES} {where} ORDER BY u.id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        for row in conn.execute(sql, params):
            yield StoredUnit(*row)

    def languages(self) -> list[LanguageCount]:
        rows = self._reader().execute("SELECT s.lang, u.lang, count(*) FROM units u JOIN sources s "
                                      "ON s.id = u.source GROUP BY s.lang, u.lang ORDER BY s.lang, u.lang")
        return [LanguageCount(*row) for row in rows]

    def __len__(self) -> int:
        return int(self._reader().execute("SELECT count(*) FROM units").fetchone()[0])

    def origin_targets(self, origin: str, tgtlang: str) -> dict[str, tuple[str, str]]:
        rows = self._reader().execute("SELECT s.key, u.target, u.changed FROM units u JOIN sources s "
                                      f"ON s.id = u.source WHERE u.origin = {ORIGIN_ID} AND u.lang = ?",
                                      (origin, tgtlang))
        return {key: (target, changed) for key, target, changed in rows}

    def synced_stamp(self, origin: str) -> str | None:
        row = self._reader().execute("SELECT stamp FROM synced WHERE origin = ?", (origin,)).fetchone()
        return None if row is None else str(row[0])

    def set_synced(self, origin: str, stamp: str) -> None:
        with self._transaction() as conn:
            conn.execute("INSERT INTO synced VALUES (?, ?) ON CONFLICT (origin) DO UPDATE SET stamp = excluded.stamp",
                         (origin, stamp))


def _chunks(units: Iterable[StoredUnit | PreparedUnit], size: int) -> Iterator[list[StoredUnit | PreparedUnit]]:
    chunk: list[StoredUnit | PreparedUnit] = []
    for unit in units:
        chunk.append(unit)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _where(*, tgtlang: str | None = None, origin: str | None = None) -> tuple[str, tuple[str, ...]]:
    clauses, params = [], []
    if tgtlang is not None:
        clauses.append("u.lang = ?")
        params.append(tgtlang)
    if origin is not None:
        clauses.append(f"u.origin = {ORIGIN_ID}")
        params.append(origin)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _finder(pattern: str, regex: bool, case_sensitive: bool) -> Callable[[str | None], bool]:
    """A predicate for concordance search: literal (case-folded unless asked) or a regex."""
    if regex:
        try:
            compiled = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
        except re.error as exc:
            raise WorkbenchError(f"not a valid regular expression: {exc}") from None
        return lambda text: text is not None and compiled.search(text) is not None
    if case_sensitive:
        return lambda text: text is not None and pattern in text
    needle = pattern.casefold()
    return lambda text: text is not None and needle in text.casefold()


class _HashFilter:
    """The source hashes an add has inserted, as a Bloom filter (16 MiB whatever the import's
    size; the hashes are random already, so three slices of each are its three bit positions):
    :meth:`maybe` never misses one inserted, and lets through about 0.5 % of the others at a
    million sources, which are then looked up for nothing."""

    BITS = 1 << 24

    def __init__(self) -> None:
        self._bits = np.zeros(self.BITS, dtype=bool)

    def _positions(self, hashes: list[int]) -> list[Any]:
        values = np.array(hashes, dtype=np.int64).view(np.uint64)
        mask = np.uint64(self.BITS - 1)
        return [(values >> np.uint64(shift)) & mask for shift in (0, 21, 42)]

    def add(self, hashes: list[int]) -> None:
        if hashes:
            for positions in self._positions(hashes):
                self._bits[positions] = True

    def maybe(self, hashes: list[int]) -> list[int]:
        """Those of *hashes* that may have been added."""
        if not hashes:
            return []
        found = np.ones(len(hashes), dtype=bool)
        for positions in self._positions(hashes):
            found &= self._bits[positions]
        return [h for h, hit in zip(hashes, found.tolist()) if hit]


class _Origins(dict[str, int]):
    """origin name → its row id in ``origins``, created on first use."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn

    def __missing__(self, name: str) -> int:
        row = self.conn.execute("SELECT id FROM origins WHERE name = ?", (name,)).fetchone()
        number = int(row[0]) if row else int(self.conn.execute("INSERT INTO origins (name) VALUES (?)",
                                                                (name,)).lastrowid or 0)
        self[name] = number
        return number


class _Numbers(dict[str, int]):
    """word → its number in a :class:`_PendingPostings`; a new word gets the next free number."""

    def __init__(self, counter: list[int]) -> None:
        super().__init__()
        self.counter = counter

    def __missing__(self, word: str) -> int:
        number = self[word] = self.counter[0]
        self.counter[0] += 1
        return number


class _PendingPostings:
    """Posting ids collected during one transaction, written per word at :meth:`flush`.

    Two parallel arrays (word number, source id) rather than a list per word: appending is
    C-level ``extend``; :meth:`flush` groups them with one numpy sort.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.counter = [0]
        self.words: dict[str, _Numbers] = {}       # language → word → number
        self.word_of: array[int] = array("I")
        self.source_of: array[int] = array("I")
        self.length_of: array[int] = array("I")
        self.new_sources: dict[str, int] = {}
        self._chunk: dict[str, tuple[list[str], list[int], list[int]]] = {}
        # term → (its last chunk's number, the records in it), once known in this transaction:
        # a later flush appends there without reading the chunk back
        self._tails: dict[int, tuple[int, int]] = {}

    @property
    def size(self) -> int:
        return len(self.source_of)

    def add(self, lang: str, sid: int, length: int, words: list[str]) -> None:
        """Queue *words* of source *sid*: plain list appends (the import's hot path); the
        numbers are looked up and packed once per chunk (:meth:`end_chunk`)."""
        chunk = self._chunk.get(lang)
        if chunk is None:
            chunk = self._chunk[lang] = ([], [], [])
        chunk[0].extend(words)
        chunk[1].extend([sid] * len(words))
        chunk[2].extend([length] * len(words))
        self.new_sources[lang] = self.new_sources.get(lang, 0) + 1

    def end_chunk(self) -> None:
        for lang, (words, sids, lengths) in self._chunk.items():
            numbers = self.words.get(lang)
            if numbers is None:
                numbers = self.words[lang] = _Numbers(self.counter)
            self.word_of.extend(array("I", map(numbers.__getitem__, words)))
            self.source_of.extend(array("I", sids))
            self.length_of.extend(array("I", lengths))
        self._chunk.clear()

    def flush(self) -> None:
        conn = self.conn
        if self.size:
            word_of = np.frombuffer(self.word_of, dtype=np.uint32)
            order = np.argsort(word_of, kind="stable")
            grouped = postings.encode(np.frombuffer(self.source_of, dtype=np.uint32)[order],
                                      np.frombuffer(self.length_of, dtype=np.uint32)[order])
            size = postings.POSTING.itemsize
            bounds = np.searchsorted(word_of[order], np.arange(self.counter[0] + 1)).tolist()
            for lang, numbers in self.words.items():
                self._write(lang, {word: grouped[size * bounds[n]:size * bounds[n + 1]]
                                   for word, n in numbers.items()})
        for lang, count in self.new_sources.items():
            conn.execute("INSERT INTO langs VALUES (?, ?) ON CONFLICT (lang) DO UPDATE SET sources = sources + ?",
                         (lang, count, count))
        self.words.clear()
        self.counter[0] = 0
        self.word_of = array("I")
        self.source_of = array("I")
        self.length_of = array("I")
        self.new_sources.clear()

    def _write(self, lang: str, lists: dict[str, bytes]) -> None:
        conn = self.conn
        known = {word: term for term, word in conn.execute("SELECT id, word FROM terms WHERE lang = ?", (lang,))}
        next_term = int(conn.execute("SELECT coalesce(max(id), 0) FROM terms").fetchone()[0]) + 1
        item = postings.POSTING.itemsize
        size = item * postings.CHUNK
        new_terms: list[tuple[int, str, str, int]] = []
        counts: list[tuple[int, int]] = []
        appends: list[tuple[bytes, int, int]] = []
        rows: list[tuple[int, int, bytes]] = []
        tails = self._tails
        for word, data in lists.items():
            count = len(data) // item
            if not count:
                continue
            term = known.get(word)
            chunk, start = 0, 0
            if term is None:
                term = next_term
                next_term += 1
                new_terms.append((term, lang, word, count))
            else:
                counts.append((count, term))
                tail = tails.get(term)
                if tail is None:
                    last = conn.execute("SELECT chunk, length(ids) FROM postings WHERE term = ? ORDER BY chunk DESC "
                                        "LIMIT 1", (term,)).fetchone()
                    tail = (-1, postings.CHUNK) if last is None else (last[0], last[1] // item)
                last_chunk, used = tail
                fits = max(0, min(postings.CHUNK - used, count))
                if fits:
                    appends.append((data[:item * fits], term, last_chunk))
                start, chunk = item * fits, last_chunk + 1
            pieces = range(start, len(data), size)
            rows.extend((term, chunk + n, data[i:i + size]) for n, i in enumerate(pieces))
            if pieces:
                tails[term] = (chunk + len(pieces) - 1, (len(data) - pieces[-1]) // item)
            else:                   # all of it went into the last chunk
                tails[term] = (last_chunk, used + count)
        conn.executemany("INSERT INTO terms (id, lang, word, df) VALUES (?, ?, ?, ?)", new_terms)
        conn.executemany("UPDATE terms SET df = df + ? WHERE id = ?", counts)
        # || joins the bytes (as text in the file's UTF-8: unchanged) and the cast makes them a blob again
        conn.executemany("UPDATE postings SET ids = CAST(ids || ? AS BLOB) WHERE term = ? AND chunk = ?", appends)
        conn.executemany("INSERT INTO postings VALUES (?, ?, ?)", rows)


def remove_database(path: Path) -> None:
    """Remove a SQLite memory file and its journal files (``-wal``, ``-shm``, ``-journal``)."""
    for name in (path.name, path.name + "-wal", path.name + "-shm", path.name + "-journal"):
        (path.parent / name).unlink(missing_ok=True)
