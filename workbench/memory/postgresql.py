"""A team's shared memory on PostgreSQL (``memory = "postgresql://host/db"``).

The same tables as the SQLite memory (``wb_`` prefixed), with ``pg_trgm`` for the fuzzy
candidates: a GIN trigram index on the normalised sources answers ``key % query`` and the
candidates are scored by rapidfuzz exactly as in SQLite. Imports go through ``COPY`` into a
temporary table and one ``INSERT … ON CONFLICT`` per table, in one transaction: two
translators may import, confirm and look up at the same time.

Driver: psycopg 3 (``psycopg[binary]``): the maintained PostgreSQL adapter, with ``COPY``
from Python, server-side parameter binding and a thread-safe connection pool not needed
here (one connection per thread, as the SQLite memory does).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from workbench.util.errors import WorkbenchError

from .matching import (
    DEFAULT_CUTOFF,
    DEFAULT_LIMIT,
    Match,
    PreparedUnit,
    StoredUnit,
    distinct_targets,
    key_hash,
    normalise,
    prepare,
    score_candidates,
)
from .store import AddReport, LanguageCount, MemoryStore, Progress

SCHEMA = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE IF NOT EXISTS wb_sources (
    id BIGSERIAL PRIMARY KEY, lang TEXT NOT NULL, hash BIGINT NOT NULL, key TEXT NOT NULL, raw TEXT,
    UNIQUE (lang, hash));
CREATE INDEX IF NOT EXISTS wb_sources_trgm ON wb_sources USING gin (key gin_trgm_ops);
CREATE TABLE IF NOT EXISTS wb_units (
    id BIGSERIAL PRIMARY KEY, source BIGINT NOT NULL REFERENCES wb_sources (id), lang TEXT NOT NULL,
    target TEXT NOT NULL, origin TEXT NOT NULL, how TEXT NOT NULL,
    created TEXT NOT NULL, changed TEXT NOT NULL, creator TEXT NOT NULL, changer TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '', UNIQUE (source, lang, origin));
CREATE INDEX IF NOT EXISTS wb_units_origin ON wb_units (origin, lang);
CREATE TABLE IF NOT EXISTS wb_synced (origin TEXT PRIMARY KEY, stamp TEXT NOT NULL);
"""
UNIT_COLUMNS = ("coalesce(s.raw, s.key), u.target, s.lang, u.lang, u.origin, u.how, u.created, u.changed, "
                "u.creator, u.changer, u.note")
CANDIDATES = 250
#: pg_trgm's similarity threshold for ``%``: loose enough for fuzz.ratio 70 and below
TRGM_THRESHOLD = 0.3


def _redact(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


class PostgresMemory(MemoryStore):
    """The memory on a PostgreSQL server (``pg_trgm`` required)."""

    backend = "postgresql"

    def __init__(self, url: str, *, connect_timeout: float = 3.0) -> None:
        self.url = url
        self.location = _redact(url)
        self._timeout = connect_timeout
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[Any] = []
        conn = self._conn()
        try:
            with conn.transaction():
                conn.execute("SELECT pg_advisory_xact_lock(7411)")     # two first clients: one creates the schema
                conn.execute(SCHEMA)
        except Exception as exc:
            raise WorkbenchError(f"cannot set up the memory on the server: {_reason(exc)}", self.location) from None

    def _conn(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is not None and not conn.closed:
            return conn
        import psycopg

        try:
            conn = psycopg.connect(self.url, autocommit=True, connect_timeout=max(1, int(self._timeout)))
        except Exception as exc:
            raise WorkbenchError(f"memory server unreachable: {_reason(exc)}", self.location) from None
        conn.execute(f"SET pg_trgm.similarity_threshold = {TRGM_THRESHOLD}")
        self._local.conn = conn
        with self._lock:
            self._connections.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._connections:
                conn.close()
            self._connections.clear()

    def _run(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            cur = self._conn().execute(sql, params)
            return list(cur.fetchall()) if cur.description else []
        except WorkbenchError:
            raise
        except Exception as exc:
            raise WorkbenchError(f"memory server error: {_reason(exc)}", self.location) from None

    # -- writing ---------------------------------------------------------------------------
    def add(self, units: Iterable[StoredUnit | PreparedUnit], *, progress: Progress | None = None) -> AddReport:
        conn = self._conn()
        report = AddReport()
        try:
            with conn.transaction():
                conn.execute("CREATE TEMP TABLE wb_in (n BIGSERIAL, srclang TEXT, hash BIGINT, key TEXT, raw TEXT, "
                             "tgtlang TEXT, target TEXT, origin TEXT, how TEXT, created TEXT, changed TEXT, "
                             "creator TEXT, changer TEXT, note TEXT) ON COMMIT DROP")
                total = 0
                with conn.cursor().copy("COPY wb_in (srclang, hash, key, raw, tgtlang, target, origin, how, "
                                        "created, changed, creator, changer, note) FROM STDIN") as copy:
                    for item in units:
                        unit, key, hashed = item if isinstance(item, PreparedUnit) else prepare(item)
                        if not key or not unit.target:
                            continue
                        copy.write_row((unit.srclang, hashed, key, None if key == unit.source else unit.source,
                                        unit.tgtlang, unit.target, unit.origin, unit.how, unit.created, unit.changed,
                                        unit.creator, unit.changer, unit.note))
                        total += 1
                        if progress is not None and total % 50_000 == 0:
                            progress(total)
                conn.execute("INSERT INTO wb_sources (lang, hash, key, raw) SELECT DISTINCT ON (srclang, hash) "
                             "srclang, hash, key, raw FROM wb_in ORDER BY srclang, hash, n "
                             "ON CONFLICT (lang, hash) DO NOTHING")
                rows = conn.execute(
                    "INSERT INTO wb_units AS u (source, lang, target, origin, how, created, changed, creator, changer, "
                    "note) SELECT DISTINCT ON (s.id, i.tgtlang, i.origin) s.id, i.tgtlang, i.target, i.origin, i.how, "
                    "i.created, i.changed, i.creator, i.changer, i.note FROM wb_in i JOIN wb_sources s "
                    "ON s.lang = i.srclang AND s.hash = i.hash ORDER BY s.id, i.tgtlang, i.origin, i.n DESC "
                    "ON CONFLICT (source, lang, origin) DO UPDATE SET target = excluded.target, how = excluded.how, "
                    "changed = excluded.changed, changer = excluded.changer, note = excluded.note "
                    "WHERE u.target <> excluded.target RETURNING (xmax = 0)").fetchall()
                report.added = sum(1 for (inserted,) in rows if inserted)
                report.updated = len(rows) - report.added
                report.unchanged = total - len(rows)
        except WorkbenchError:
            raise
        except Exception as exc:
            raise WorkbenchError(f"memory server error: {_reason(exc)}", self.location) from None
        return report

    def forget_origin(self, origin: str) -> int:
        conn = self._conn()
        try:
            return int(conn.execute("DELETE FROM wb_units WHERE origin = %s", (origin,)).rowcount)
        except Exception as exc:
            raise WorkbenchError(f"memory server error: {_reason(exc)}", self.location) from None

    # -- reading ---------------------------------------------------------------------------
    def lookup(self, source: str, tgtlang: str, *, srclang: str = "en", limit: int = DEFAULT_LIMIT,
               cutoff: float = DEFAULT_CUTOFF) -> list[Match]:
        key = normalise(source)
        if not key:
            return []
        matches: list[Match] = []
        exact = self._run(f"SELECT {UNIT_COLUMNS} FROM wb_units u JOIN wb_sources s ON s.id = u.source "
                          "WHERE s.lang = %s AND s.hash = %s AND s.key = %s AND u.lang = %s "
                          "ORDER BY u.changed DESC, u.id DESC", (srclang, key_hash(key), key, tgtlang))
        matches += [StoredUnit(*row).as_match(100.0) for row in exact]
        if len(distinct_targets(matches, limit)) < limit:
            c = min(max(cutoff, 1.0), 100.0) / 100.0
            low, high = int(len(key) * c / (2 - c)), int(len(key) * (2 - c) / c) + 1
            rows = self._run(
                "SELECT s.id, s.key FROM wb_sources s WHERE s.lang = %s AND s.key %% %s AND s.key <> %s "
                "AND length(s.key) BETWEEN %s AND %s "
                "AND EXISTS (SELECT 1 FROM wb_units u WHERE u.source = s.id AND u.lang = %s) "
                "ORDER BY similarity(s.key, %s) DESC LIMIT %s",
                (srclang, key, key, low, high, tgtlang, key, CANDIDATES))
            scored = score_candidates(key, [sid for sid, _ in rows], [text for _, text in rows], limit=limit * 2,
                                      cutoff=cutoff)
            if scored:
                ids = [sid for sid, _ in scored]
                found: dict[int, list[StoredUnit]] = {sid: [] for sid in ids}
                for row in self._run(f"SELECT u.source, {UNIT_COLUMNS} FROM wb_units u JOIN wb_sources s "
                                     "ON s.id = u.source WHERE u.lang = %s AND u.source = ANY(%s) "
                                     "ORDER BY u.changed DESC, u.id DESC", (tgtlang, ids)):
                    found[row[0]].append(StoredUnit(*row[1:]))
                for sid, score in scored:
                    matches += [unit.as_match(score) for unit in found[sid]]
        return distinct_targets(matches, limit)

    def units(self, tgtlang: str | None = None, *, origin: str | None = None) -> Iterator[StoredUnit]:
        clauses, params = [], []
        if tgtlang is not None:
            clauses.append("u.lang = %s")
            params.append(tgtlang)
        if origin is not None:
            clauses.append("u.origin = %s")
            params.append(origin)
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        conn = self._conn()
        try:
            with conn.transaction(), conn.cursor(name="wb_units_export") as cur:
                cur.itersize = 5000
                cur.execute(f"SELECT {UNIT_COLUMNS} FROM wb_units u JOIN wb_sources s ON s.id = u.source {where} "
                            "ORDER BY u.id", params)
                for row in cur:
                    yield StoredUnit(*row)
        except WorkbenchError:
            raise
        except Exception as exc:
            raise WorkbenchError(f"memory server error: {_reason(exc)}", self.location) from None

    def search(self, pattern: str, *, regex: bool = False, side: str = "source", tgtlang: str | None = None,
               case_sensitive: bool = False, limit: int | None = None) -> Iterator[StoredUnit]:
        """Literal search is ``LIKE``/``ILIKE``; a regular expression (Python syntax, as in SQLite) is
        translated for the server as a first filter and checked again here with Python's ``re``."""
        column = "coalesce(s.raw, s.key)" if side == "source" else "u.target"
        check: re.Pattern[str] | None = None
        if regex:
            try:
                check = re.compile(pattern, 0 if case_sensitive else re.IGNORECASE)
            except re.error as exc:
                raise WorkbenchError(f"not a valid regular expression: {exc}") from None
            server = pattern.replace("\\b", "\\y").replace("\\B", "\\Y")
            condition, value = (f"{column} ~ %s" if case_sensitive else f"{column} ~* %s"), server
        else:
            escaped = pattern.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            condition, value = (f"{column} LIKE %s" if case_sensitive else f"{column} ILIKE %s"), f"%{escaped}%"
        params: list[Any] = [value]
        if tgtlang is not None:
            condition += " AND u.lang = %s"
            params.append(tgtlang)
        sql = f"SELECT {UNIT_COLUMNS} FROM wb_units u JOIN wb_sources s ON s.id = u.source WHERE {{}} ORDER BY u.id"
        try:
            rows = self._run(sql.format(condition), params)
        except WorkbenchError:
            if check is None:
                raise
            # a pattern the server's regex dialect does not take: every unit, checked here
            rows = self._run(sql.format("u.lang = %s" if tgtlang is not None else "TRUE"), params[1:])
        found = 0
        for row in rows:
            unit = StoredUnit(*row)
            if check is not None and not check.search(unit.source if side == "source" else unit.target):
                continue
            yield unit
            found += 1
            if limit is not None and found >= limit:
                return

    def languages(self) -> list[LanguageCount]:
        rows = self._run("SELECT s.lang, u.lang, count(*) FROM wb_units u JOIN wb_sources s ON s.id = u.source "
                         "GROUP BY s.lang, u.lang ORDER BY s.lang, u.lang")
        return [LanguageCount(str(a), str(b), int(n)) for a, b, n in rows]

    def __len__(self) -> int:
        return int(self._run("SELECT count(*) FROM wb_units")[0][0])

    def origin_targets(self, origin: str, tgtlang: str) -> dict[str, tuple[str, str]]:
        rows = self._run("SELECT s.key, u.target, u.changed FROM wb_units u JOIN wb_sources s ON s.id = u.source "
                         "WHERE u.origin = %s AND u.lang = %s", (origin, tgtlang))
        return {str(key): (str(target), str(changed)) for key, target, changed in rows}

    def synced_stamp(self, origin: str) -> str | None:
        rows = self._run("SELECT stamp FROM wb_synced WHERE origin = %s", (origin,))
        return str(rows[0][0]) if rows else None

    def set_synced(self, origin: str, stamp: str) -> None:
        self._run("INSERT INTO wb_synced VALUES (%s, %s) ON CONFLICT (origin) DO UPDATE SET stamp = excluded.stamp",
                  (origin, stamp))


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
