"""What a memory lookup returns and how candidates are scored, shared by every backend.

A lookup has three steps: the *exact* match is a key hit on the whitespace-normalised
source; *candidates* come from an index (SQLite: IDF-weighted word postings, see
:mod:`.postings`; PostgreSQL: ``pg_trgm``); the candidates are *scored* here with
rapidfuzz's ``fuzz.ratio`` (the Indel similarity, 0–100), the same scorer the benchmark's
brute-force peer runs over every unit.

Plain Python, no UI imports.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from rapidfuzz import fuzz, process

_TERM_RE = re.compile(r"\w\w+")

#: Default lookup settings: the editor's panel and ``memory lookup``.
DEFAULT_LIMIT = 5
DEFAULT_CUTOFF = 70.0


def normalise(text: str) -> str:
    """The key for exact matching: whitespace runs collapsed, ends stripped."""
    return " ".join(text.split())


def key_hash(key: str) -> int:
    """A signed 64-bit hash of a normalised source (the stores index this, not the text)."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "big", signed=True)


def index_terms(key: str) -> list[str]:
    """The distinct words a source is indexed by: lower-cased, two characters or more, in order."""
    return list(dict.fromkeys(_TERM_RE.findall(key.lower())))


@dataclass(frozen=True, slots=True)
class Replacement:
    """One change a name-aware match made to the stored translation."""

    old: str              # as the stored translation had it (Актобе)
    new: str              # what the current source needs, in the same case (Кызылорду)
    kind: str             # "name" | "number"
    case: str | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A translation the memory offers for a source sentence."""

    score: float          # 100.0 for an exact match
    source: str           # the stored source
    target: str           # the stored translation (adapted when ``replacements`` is not empty)
    origin: str           # where it comes from: a catalogue's path, an imported file
    how: str = ""         # "confirm" | "catalogue" | "tmx" | "po" | "xliff"
    who: str = ""         # the translator who last changed it
    changed: str = ""     # when (ISO 8601, UTC)
    replacements: tuple[Replacement, ...] = field(default=())
    stored_target: str = ""   # the translation before adaptation ("" when not adapted)
    fuzzy_score: float = 0.0  # the plain similarity of the sources, before adaptation raised it

    @property
    def exact(self) -> bool:
        return self.score >= 100.0

    @property
    def adapted(self) -> bool:
        return bool(self.replacements)


@dataclass(frozen=True, slots=True)
class StoredUnit:
    """A translation unit as a backend holds it (one source, one target language, one origin)."""

    source: str
    target: str
    srclang: str
    tgtlang: str
    origin: str
    how: str
    created: str
    changed: str
    creator: str
    changer: str
    note: str = ""

    def as_match(self, score: float) -> Match:
        return Match(score, self.source, self.target, self.origin, self.how, self.changer, self.changed,
                     fuzzy_score=score)


class PreparedUnit(NamedTuple):
    """A unit with its normalised source and that key's hash worked out: a large TMX import
    has its reader process do this, beside the writer. (The index words are left to the
    writer, which needs them only for a source new to it; measured at a million units, the
    reader working them out too became the slower of the two.)"""

    unit: StoredUnit
    key: str
    hash: int


def prepare(unit: StoredUnit) -> PreparedUnit:
    key = normalise(unit.source)
    return PreparedUnit(unit, key, key_hash(key))


def score_candidates(key: str, ids: Sequence[int], texts: Sequence[str], *, limit: int,
                     cutoff: float) -> list[tuple[int, float]]:
    """(candidate id, score) of the best *limit* candidates scoring at least *cutoff*, best first.

    *ids* and *texts* are the candidates and their normalised sources; ties keep the lower
    (older) id first.
    """
    if not texts:
        return []
    found = sorted((-score, ids[at]) for _, score, at in
                   process.extract(key, texts, scorer=fuzz.ratio, limit=None, score_cutoff=cutoff))
    return [(int(cid), round(-score, 1)) for score, cid in found[:limit]]


def distinct_targets(matches: Iterable[Match], limit: int) -> list[Match]:
    """The best match of each distinct translation, in the given order, at most *limit*."""
    out: list[Match] = []
    seen: set[str] = set()
    for match in matches:
        if match.target in seen:
            continue
        seen.add(match.target)
        out.append(match)
        if len(out) >= limit:
            break
    return out
