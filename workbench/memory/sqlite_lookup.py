"""How the SQLite memory answers lookups: one at a time for the editor, in chunks for
pre-translation.

Both go through :class:`Lookups`. A lookup of one sentence reads what it needs (the object
is dropped after it). A run of many (:meth:`SQLiteMemory.lookup_many`) works through them
:data:`CHUNK` at a time, so each kind of read is one statement per chunk instead of one per
sentence (the exact matches by hash, the units of every matched source), and it keeps what
sentences share: the statistics of the words seen, the decoded postings lists (bounded), and
— when the run would fetch more candidate sources than the memory holds — every source
sentence of the language, read in one scan, instead of a hundred by id per sentence.

The fuzzy step is the one :mod:`.postings` describes: the query's rarest words' postings
ranked by shared weight, the :data:`~.postings.CANDIDATES` best scored by rapidfuzz.
"""

from __future__ import annotations

import contextlib
import pickle
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from pathlib import Path

import numpy as np

from workbench.util.errors import WorkbenchError

from . import postings
from .matching import Match, StoredUnit, distinct_targets, index_terms, key_hash, normalise, score_candidates

UNIT_COLUMNS = ("coalesce(s.raw, s.key), u.target, s.lang, u.lang, o.name, u.how, u.created, u.changed, "
                "u.creator, u.changer, u.note")
UNIT_TABLES = "units u JOIN sources s ON s.id = u.source JOIN origins o ON o.id = u.origin"
#: sentences looked up together in a run (one statement per kind of read per chunk)
CHUNK = 500
#: SQLite's bound parameters per statement, kept well under its limit
PARAMETERS = 900
#: postings a run keeps decoded (10 bytes each: 160 MB)
KEPT_POSTINGS = 16_000_000
#: a run of this many lookups is shared with a second process (its start costs about 0.3 s)
PARALLEL_FROM = 4000


def parts(values: Sequence[object]) -> Iterator[Sequence[object]]:
    """*values* in slices small enough for one statement's bound parameters."""
    for i in range(0, len(values), PARAMETERS):
        yield values[i:i + PARAMETERS]


def marks(values: Sequence[object]) -> str:
    """The "?, ?, …" placeholders of an IN list for *values*."""
    return ",".join("?" * len(values))


class Lookups:
    """Lookups into one target language; *expected* is how many sentences the run will ask
    about (1 for the editor: one lookup, then the object is dropped)."""

    def __init__(self, conn: sqlite3.Connection, tgtlang: str, srclang: str, *, expected: int = 1) -> None:
        self.conn = conn
        self.tgtlang = tgtlang
        self.srclang = srclang
        row = conn.execute("SELECT sources FROM langs WHERE lang = ?", (tgtlang,)).fetchone()
        self.total = int(row[0]) if row else 0
        self._terms: dict[str, tuple[int, int] | None] = {}
        self._lists: dict[int, postings.Postings] = {}
        self._kept = 0
        self._texts: np.ndarray | None = None
        if expected > 1 and self.total and 3 * expected * postings.CANDIDATES > self.total:
            # a sentence fetched by id costs about what three read by a scan do
            self._texts = self._all_texts()

    # -- a chunk of sentences ----------------------------------------------------------------
    def run(self, sources: Sequence[str], limits: Sequence[int], cutoffs: Sequence[float]) -> list[list[Match]]:
        """The matches for each of *sources* (with its limit and cutoff), as
        :meth:`SQLiteMemory.lookup` gives them."""
        keys = [normalise(source) for source in sources]
        exact = self._exact(keys)
        units = self._units_of({sid for sids in exact.values() for sid in sids})
        found: list[list[Match]] = []
        fuzzy: list[tuple[int, list[tuple[int, float]]]] = []
        for at, (key, limit, cutoff) in enumerate(zip(keys, limits, cutoffs)):
            sids = exact.get(key, [])
            matches = [unit.as_match(100.0) for sid in sids for unit in units[sid]]
            found.append(matches)
            if key and len(distinct_targets(matches, limit)) < limit:
                scored = self._fuzzy(key, limit, cutoff, set(sids))
                if scored:
                    fuzzy.append((at, scored))
        units = self._units_of({sid for _, scored in fuzzy for sid, _ in scored})
        for at, scored in fuzzy:
            found[at] += [unit.as_match(score) for sid, score in scored for unit in units.get(sid, [])]
        return [distinct_targets(matches, limit) for matches, limit in zip(found, limits)]

    def _exact(self, keys: list[str]) -> dict[str, list[int]]:
        """normalised source → the ids of the stored sources equal to it (in *srclang*)."""
        wanted = {key_hash(key): key for key in keys if key}
        out: dict[str, list[int]] = {}
        for part in parts(list(wanted)):
            for sid, lang, text, hashed in self.conn.execute(
                    f"SELECT id, lang, key, hash FROM sources WHERE hash IN ({marks(part)})", part):
                if lang == self.srclang and text == wanted.get(hashed):
                    out.setdefault(text, []).append(sid)
        return out

    def _units_of(self, sids: Iterable[int]) -> dict[int, list[StoredUnit]]:
        """The units of each source in the target language, the most recently changed first."""
        wanted = sorted(sids)
        out: dict[int, list[StoredUnit]] = {sid: [] for sid in wanted}
        for part in parts(wanted):
            for row in self.conn.execute(
                    f"SELECT u.source, {UNIT_COLUMNS} FROM {UNIT_TABLES} WHERE u.lang = ? AND u.source IN "
                    f"({marks(part)}) ORDER BY u.source, u.changed DESC, u.id DESC", (self.tgtlang, *part)):
                out[row[0]].append(StoredUnit(*row[1:]))
        return out

    # -- the fuzzy step ----------------------------------------------------------------------
    def _fuzzy(self, key: str, limit: int, cutoff: float, exclude: set[int]) -> list[tuple[int, float]]:
        """The best fuzzy matches, in two looks: the rarest words' lists first (a small budget);
        when nothing as good as :data:`~.postings.WIDEN_BELOW` turned up, a wide look that
        reads the commoner words' lists too (their candidates join the first look's)."""
        stats = self._term_stats(index_terms(key))
        first = postings.plan(stats, self.total, postings.BUDGET)
        scored = self._look(key, first, limit, cutoff, exclude)
        if scored and scored[0][1] >= postings.WIDEN_BELOW:
            return scored
        chosen = postings.plan(stats, self.total, postings.WIDE_BUDGET)
        if chosen == first:         # the first look already read every list worth reading
            return scored
        wide = self._look(key, chosen, limit, cutoff, exclude | {sid for sid, _ in scored})
        return sorted(scored + wide, key=lambda hit: (-hit[1], hit[0]))[:limit * 2]

    def _look(self, key: str, chosen: list[tuple[int, float]], limit: int, cutoff: float,
              exclude: set[int]) -> list[tuple[int, float]]:
        if not chosen:
            return []
        found = self._postings([term for term, _ in chosen])     # the wide look rereads none of the first's
        ranked = postings.rank([(found[term], weight) for term, weight in chosen],
                               postings.length_bounds(len(key), cutoff), length=len(key))
        candidates = [c for c in ranked.tolist() if c not in exclude] if exclude else ranked.tolist()
        if not candidates:
            return []
        ids, texts = self._texts_of(candidates)
        return score_candidates(key, ids, texts, limit=limit * 2, cutoff=cutoff)

    def _term_stats(self, words: list[str]) -> list[tuple[int, int]]:
        """(term id, document frequency) of those of *words* the language's index has."""
        missing = [word for word in words if word not in self._terms]
        if missing:
            for word in missing:
                self._terms[word] = None
            for part in parts(missing):
                for term, word, df in self.conn.execute(
                        f"SELECT id, word, df FROM terms WHERE lang = ? AND word IN ({marks(part)})",
                        (self.tgtlang, *part)):
                    self._terms[word] = (term, df)
        return [found for found in map(self._terms.get, words) if found is not None]

    def _postings(self, terms: list[int]) -> dict[int, postings.Postings]:
        found = {term: self._lists[term] for term in terms if term in self._lists}
        wanted = [term for term in terms if term not in found]
        if wanted:
            blobs: dict[int, list[bytes]] = {term: [] for term in wanted}
            for term, blob in self.conn.execute(f"SELECT term, ids FROM postings WHERE term IN ({marks(wanted)}) "
                                                "ORDER BY term, chunk", wanted):
                blobs[term].append(blob)
            for term, parts in blobs.items():
                found[term] = postings.decode(parts)
                self._keep_list(term, found[term])
        return found

    def _keep_list(self, term: int, found: postings.Postings) -> None:
        if self._kept + len(found) > KEPT_POSTINGS:
            self._lists.clear()
            self._kept = 0
        self._lists[term] = found
        self._kept += len(found)

    def _texts_of(self, ids: list[int]) -> tuple[list[int], list[str]]:
        """The source sentences of those of *ids* in *srclang*: (their ids, their texts)."""
        texts = self._texts
        if texts is not None:
            found = texts[ids].tolist()
            if None not in found:
                return ids, found
            pairs = [(sid, text) for sid, text in zip(ids, found) if text is not None]
        else:
            pairs = []
            for part in parts(ids):
                pairs += self.conn.execute(f"SELECT id, key FROM sources WHERE id IN ({marks(part)}) AND lang = ?",
                                           (*part, self.srclang)).fetchall()
        return [sid for sid, _ in pairs], [text for _, text in pairs]

    def _all_texts(self) -> np.ndarray:
        """Every source sentence in *srclang*, indexed by id (None where there is none); read
        in slices, so no more than one slice of rows is held beside the array."""
        top = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM sources").fetchone()[0])
        texts = np.full(top + 1, None, dtype=object)
        cursor = self.conn.execute("SELECT id, key FROM sources WHERE lang = ?", (self.srclang,))
        while rows := cursor.fetchmany(50_000):
            texts[np.fromiter(map(itemgetter(0), rows), dtype=np.int64, count=len(rows))] = \
                list(map(itemgetter(1), rows))
        return texts


def lookup_part(path: str, sources: Sequence[str], tgtlang: str, srclang: str, limits: Sequence[int],
                cutoffs: Sequence[float]) -> list[list[Match]]:
    """The lookups of a :class:`HelperProcess`, on a connection of its own."""
    conn = sqlite3.connect(path, timeout=30.0)
    try:
        lookups = Lookups(conn, tgtlang, srclang, expected=len(sources))
        found: list[list[Match]] = []
        for start in range(0, len(sources), CHUNK):
            found += lookups.run(sources[start:start + CHUNK], limits[start:start + CHUNK],
                                 cutoffs[start:start + CHUNK])
        return found
    finally:
        conn.close()


class HelperProcess:
    """A second Python process looking up part of a run (:func:`lookup_part`).

    Started as ``python -m workbench.memory.sqlite_lookup``, not with :mod:`multiprocessing`:
    a fork would copy whatever state the caller's threads (the UI's workers) are in, and a
    *spawn* imports the caller's main script again. The arguments go in on its standard
    input and the matches come back on its standard output, pickled. :meth:`close` stops it
    if its results were not wanted after all.
    """

    def __init__(self, path: Path, sources: Sequence[str], tgtlang: str, srclang: str, limits: Sequence[int],
                 cutoffs: Sequence[float]) -> None:
        import os
        import subprocess
        import sys

        home = str(Path(__file__).resolve().parents[2])        # the folder holding ``workbench``
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [home, os.environ.get("PYTHONPATH")]))}
        self._process = subprocess.Popen([sys.executable, "-m", "workbench.memory.sqlite_lookup"], env=env,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        stdin, self._process.stdin = self._process.stdin, None
        assert stdin is not None
        # a helper that stopped at once breaks the pipe while writing or while closing (which
        # flushes): results() then says why
        with contextlib.suppress(BrokenPipeError):
            pickle.dump((str(path), list(sources), tgtlang, srclang, list(limits), list(cutoffs)), stdin,
                        protocol=pickle.HIGHEST_PROTOCOL)
        with contextlib.suppress(BrokenPipeError):
            stdin.close()

    def results(self) -> list[list[Match]]:
        out, err = self._process.communicate()
        if self._process.returncode:
            raise WorkbenchError("the second lookup process failed: "
                                 + (err.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1])
        found: list[list[Match]] = pickle.loads(out)
        return found

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()


def _serve() -> None:
    """The helper's side: arguments from standard input, matches to standard output."""
    import sys

    path, sources, tgtlang, srclang, limits, cutoffs = pickle.load(sys.stdin.buffer)
    found = lookup_part(path, sources, tgtlang, srclang, limits, cutoffs)
    pickle.dump(found, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    _serve()
