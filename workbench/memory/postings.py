"""Fuzzy candidates from word postings, for the SQLite memory.

Each indexed word of a target language has a *postings list*: for every source that
contains it (and has a translation in that language) its id and its length, as
little-endian (uint32, uint16) records kept in chunks of :data:`CHUNK` records, so that
adding a sentence appends to a few small blobs and reading a word's list is one index range
scan.

A lookup reads the lists of the query's words, rarest first, up to a budget of records
(the three rarest whatever their size), drops the sources whose length rules out the cutoff
(``fuzz.ratio`` is at most 2·min/(sum of the lengths)), and scores the rest by the summed
IDF weight of the words they share with the query (one sort, :func:`rank`); the
:data:`CANDIDATES` best go on to rapidfuzz. Ranking by shared *rare* words among sources of
a possible length, instead of capping the union of lists (the old in-RAM index stopped at
2,000 candidates), is what finds the brute-force best match in more than 99 % of queries.

The budgets (:data:`BUDGET`, :data:`WIDE_BUDGET`, :data:`WIDEN_BELOW`) were set on development
queries at a million units; ``tests/benchmarks/bench_memory_recall.py`` measures how often the
brute-force best is found, on those and on a held-out seed (the README has the figures).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

#: one posting: the source's id and its length in characters (capped at 65,535)
POSTING = np.dtype([("id", "<u4"), ("len", "<u2")])
#: postings per stored chunk (24 KiB): small enough to append to, large enough to read fast
CHUNK = 4096
#: how many sources go on to the exact scorer
CANDIDATES = 100
#: at most this many posting ids are read for one query in a first look (the rarest words' first) ...
BUDGET = 2_000
#: ... and in a second, wide one, when the first found nothing scoring at least WIDEN_BELOW
WIDE_BUDGET = 60_000
WIDEN_BELOW = 80.0
#: words in more than this share of the sources carry almost no information (in a memory of
#: more sources than the look's budget) ...
COMMON = 0.05
#: ... but the rarest few words are read whatever their frequency
MIN_TERMS = 3
#: at most this many words' lists are ranked (the rarest)
MAX_LISTS = 32
#: the most a length close to the query's adds to a source's weight: less than any word's
#: weight differs by in practice, so it only orders sources that share the same words
TIE_BREAK = 1e-3

IdArray = Any   # numpy.ndarray of uint32 / int64 (numpy's stubs are too loose to help here)


def encode(ids: IdArray, lengths: IdArray) -> bytes:
    records = np.empty(len(ids), dtype=POSTING)
    records["id"] = ids
    records["len"] = np.minimum(lengths, 65535)
    return records.tobytes()


class Postings:
    """A word's decoded postings list, ready for :func:`rank`: each posting packed as
    ``id << 21 | length << 5`` (int64, the list's number goes in the low five bits when
    ranked), and the lengths (uint16) the cutoff filters on. Packed once when read, since a
    run ranks the same lists many times."""

    __slots__ = ("lengths", "packed")

    def __init__(self, ids: IdArray, lengths: IdArray) -> None:
        self.lengths = np.ascontiguousarray(lengths, dtype=np.uint16)
        self.packed = (np.asarray(ids).astype(np.int64) << 21) | (self.lengths.astype(np.int64) << 5)

    def __len__(self) -> int:
        return len(self.lengths)


def decode(blobs: Iterable[bytes]) -> Postings:
    records = np.frombuffer(b"".join(blobs), dtype=POSTING)
    return Postings(records["id"], records["len"])


def length_bounds(length: int, cutoff: float) -> tuple[int, int]:
    """The source lengths that can reach *cutoff* against a query of *length* characters."""
    if cutoff <= 0:
        return 0, 1 << 30
    c = min(cutoff, 100.0) / 100.0
    return int(length * c / (2 - c)), int(length * (2 - c) / c) + 1


def plan(terms: Sequence[tuple[int, int]], total: int, budget: int = BUDGET) -> list[tuple[int, float]]:
    """(term id, weight) of the words to read, rarest first, from (term id, document frequency)."""
    if total <= 0:
        return []
    chosen: list[tuple[int, float]] = []
    spent = 0
    for term, df in sorted(terms, key=lambda t: t[1]):
        if df <= 0:
            continue
        # in a memory no larger than the budget every word is "common" and every list is cheap
        if len(chosen) >= MIN_TERMS and ((df > COMMON * total and total > budget) or spent + df > budget):
            break
        chosen.append((term, math.log(1.0 + total / df)))
        spent += df
    return chosen


def rank(lists: Sequence[tuple[Postings, float]], bounds: tuple[int, int] = (0, 1 << 30),
         k: int = CANDIDATES, length: int | None = None) -> IdArray:
    """The ids (an int64 array) of the *k* sources of a length within *bounds* with the highest
    summed weight over *lists* (each word's postings with its weight). Sources with the same
    weight are told apart by how close their length is to *length* (the query's), the more
    likely to score well: a query made only of common words shares the same two or three of
    them with thousands of sources.

    Each posting is packed with its source's length and its list's number
    (``id << 21 | length << 5 | list``) and the lot sorted once: a source's postings are then
    neighbours, and its score is the sum of its lists' weights. A handful of vectorised
    passes, whatever the number of words."""
    lists = lists[:MAX_LISTS]
    low, high = bounds
    packed = []
    for number, (found, _) in enumerate(lists):
        chosen = found.packed[(found.lengths >= low) & (found.lengths <= high)]
        chosen |= number
        packed.append(chosen)
    if not packed:
        return np.empty(0, dtype=np.int64)
    keys = np.sort(np.concatenate(packed), kind="stable")   # runs already sorted: a merge
    if not len(keys):
        return keys
    ids = keys >> 21
    starts = np.flatnonzero(np.concatenate(([True], ids[1:] != ids[:-1])))
    unique = ids[starts]
    if len(unique) <= k:
        return unique
    weights = np.array([weight for _, weight in lists])
    scores = np.add.reduceat(weights[keys & 31], starts)
    if length:
        lengths = ((keys[starts] >> 5) & 0xFFFF).astype(np.float64)
        scores += TIE_BREAK * (1.0 - np.abs(lengths - length) / np.maximum(lengths, length))
    return unique[np.argpartition(scores, -k)[-k:]]
