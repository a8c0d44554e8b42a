"""Translation memory: exact and fuzzy matches of a source sentence.

One :class:`TranslationMemory` per target language holds every translated
(source, translation) pair of that language's catalogues. Lookups never scan
everything: an exact match is a dict hit on the whitespace-normalised source,
and fuzzy candidates come from an inverted index of the query's rarest words
before :mod:`rapidfuzz` scores them.

Plain Python, no UI imports.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz, process

_WORD_RE = re.compile(r"\w+", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")
_STOP = frozenset(
    "the a an and or of to in on at for by with from is are was were be been it its this that as "
    "but not he she they we you i his her their our has have had will would".split()
)


def normalise(text: str) -> str:
    """The key for exact matching: whitespace runs collapsed, ends stripped."""
    return _SPACE_RE.sub(" ", text).strip()


def _words(text: str) -> set[str]:
    return {w for w in (m.group().lower() for m in _WORD_RE.finditer(text)) if len(w) > 1 and w not in _STOP}


@dataclass(frozen=True, slots=True)
class Match:
    score: float          # 100.0 for an exact match
    source: str
    target: str
    origin: str           # where the translation comes from (e.g. the catalogue's domain)

    @property
    def exact(self) -> bool:
        return self.score >= 100.0


class TranslationMemory:
    """Indexed (source → translations) pairs for one target language; thread-safe."""

    def __init__(self, *, max_candidates: int = 2000) -> None:
        self._entries: dict[str, dict[str, str]] = {}        # key → {origin: target}
        self._display: dict[str, str] = {}                   # key → source as first seen
        self._index: dict[str, set[str]] = defaultdict(set)  # word → keys
        self._by_origin: dict[str, set[str]] = defaultdict(set)  # origin → keys it translated
        self._lock = threading.RLock()
        self.max_candidates = max_candidates

    def __len__(self) -> int:
        return len(self._entries)

    def set(self, source: str, target: str | None, origin: str) -> None:
        """Record (or with an empty *target*, forget) *origin*'s translation of *source*."""
        key = normalise(source)
        if not key:
            return
        with self._lock:
            origins = self._entries.get(key)
            if not target:
                if origins and origin in origins:
                    del origins[origin]
                    self._by_origin[origin].discard(key)
                    if not origins:
                        self._remove(key)
                return
            if origins is None:
                origins = self._entries[key] = {}
                self._display[key] = source
                for word in _words(key):
                    self._index[word].add(key)
            origins[origin] = target
            self._by_origin[origin].add(key)

    def _remove(self, key: str) -> None:
        del self._entries[key]
        self._display.pop(key, None)
        for word in _words(key):
            keys = self._index.get(word)
            if keys is not None:
                keys.discard(key)
                if not keys:
                    del self._index[word]

    def clear_origin(self, origin: str) -> None:
        """Forget every translation that came from *origin* (before re-adding a reloaded catalogue)."""
        with self._lock:
            for key in self._by_origin.pop(origin, set()):
                origins = self._entries.get(key)
                if origins is None or origin not in origins:
                    continue
                del origins[origin]
                if not origins:
                    self._remove(key)

    def lookup(self, source: str, *, limit: int = 3, cutoff: float = 70.0) -> list[Match]:
        """Best matches for *source*, exact ones first, then fuzzy by score."""
        key = normalise(source)
        if not key:
            return []
        with self._lock:
            results: list[Match] = []
            seen_targets: set[str] = set()
            exact = self._entries.get(key)
            if exact:
                for origin, target in exact.items():
                    if target not in seen_targets:
                        seen_targets.add(target)
                        results.append(Match(100.0, self._display[key], target, origin))
            words = _words(key)
            if not words or len(results) >= limit:
                return results[:limit]
            # rarest words first: they select the fewest, most relevant candidates
            postings = sorted((self._index[w] for w in words if w in self._index), key=len)
            candidates: set[str] = set()
            for keys in postings:
                if len(candidates) + len(keys) > self.max_candidates and candidates:
                    break
                candidates.update(keys)
            candidates.discard(key)
            if not candidates:
                return results[:limit]
            scored = process.extract(
                key, list(candidates), scorer=fuzz.ratio, limit=limit * 2, score_cutoff=cutoff
            )
            for cand, score, _ in scored:
                for origin, target in self._entries[cand].items():
                    if target in seen_targets:
                        continue
                    seen_targets.add(target)
                    results.append(Match(round(float(score), 1), self._display[cand], target, origin))
                    break
                if len(results) >= limit:
                    break
            return results[:limit]
