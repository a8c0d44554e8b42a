"""The one interface every memory backend implements, and how a setting picks the backend.

``memory = ".workbench/memory.sqlite"`` (the default: SQLite, embedded, in the project) or
``memory = "postgresql://host/db"`` (a team's shared memory) in the project settings.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .matching import DEFAULT_CUTOFF, DEFAULT_LIMIT, Match, PreparedUnit, StoredUnit

#: Called now and then during a long import with the number of units done.
Progress = Callable[[int], None]


def now_iso() -> str:
    """The current time as the stores keep it: ISO 8601, UTC, whole seconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class AddReport:
    """What an import or a sync did to the memory."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def __iadd__(self, other: AddReport) -> AddReport:
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True, slots=True)
class LanguageCount:
    srclang: str
    tgtlang: str
    units: int


class MemoryStore(abc.ABC):
    """A persistent translation memory. Thread-safe: lookups may run beside writes."""

    backend: str = ""
    #: what to show the user: a path or a URL without its password
    location: str = ""

    # -- writing -------------------------------------------------------------------------
    @abc.abstractmethod
    def add(self, units: Iterable[StoredUnit | PreparedUnit], *, progress: Progress | None = None) -> AddReport:
        """Insert or update units, keyed by (source, target language, origin), in one transaction.
        A unit may come prepared (:func:`~.matching.prepare`), its key and index words worked
        out by whoever read it.

        An existing unit whose target changed keeps its creation time and creator and takes
        the new change time and changer; an identical one is left alone.
        """

    @abc.abstractmethod
    def forget_origin(self, origin: str) -> int:
        """Remove every unit that came from *origin*; return how many."""

    # -- reading -------------------------------------------------------------------------
    @abc.abstractmethod
    def lookup(self, source: str, tgtlang: str, *, srclang: str = "en", limit: int = DEFAULT_LIMIT,
               cutoff: float = DEFAULT_CUTOFF) -> list[Match]:
        """The best matches for *source*: exact ones first (score 100), then fuzzy by score;
        one match per distinct translation."""

    def lookup_many(self, sources: Sequence[str], tgtlang: str, *, srclang: str = "en",
                    limit: int | Sequence[int] = DEFAULT_LIMIT,
                    cutoff: float | Sequence[float] = DEFAULT_CUTOFF) -> Iterator[list[Match]]:
        """:meth:`lookup` for many sources (pre-translation), in order; *limit* and *cutoff* are
        one for all or one per source. Backends may batch."""
        limits, cutoffs = per_source(len(sources), limit, cutoff)
        for source, one_limit, one_cutoff in zip(sources, limits, cutoffs):
            yield self.lookup(source, tgtlang, srclang=srclang, limit=one_limit, cutoff=one_cutoff)

    @abc.abstractmethod
    def units(self, tgtlang: str | None = None, *, origin: str | None = None) -> Iterator[StoredUnit]:
        """Every unit (of one target language, of one origin), in insertion order."""

    @abc.abstractmethod
    def search(self, pattern: str, *, regex: bool = False, side: str = "source", tgtlang: str | None = None,
               case_sensitive: bool = False, limit: int | None = None) -> Iterator[StoredUnit]:
        """Concordance: units whose source (``side="source"``) or target contains *pattern*."""

    @abc.abstractmethod
    def languages(self) -> list[LanguageCount]:
        """Units per language pair."""

    @abc.abstractmethod
    def origin_targets(self, origin: str, tgtlang: str) -> dict[str, tuple[str, str]]:
        """normalised source → (target, change time) of the units that came from *origin* in *tgtlang*."""

    # -- incremental sync --------------------------------------------------------------------
    @abc.abstractmethod
    def synced_stamp(self, origin: str) -> str | None:
        """What :meth:`set_synced` last recorded for *origin* (a catalogue's size and mtime)."""

    @abc.abstractmethod
    def set_synced(self, origin: str, stamp: str) -> None: ...

    def __len__(self) -> int:
        return sum(count.units for count in self.languages())

    @abc.abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def per_source(count: int, limit: int | Sequence[int], cutoff: float | Sequence[float]
               ) -> tuple[list[int], list[float]]:
    """:meth:`MemoryStore.lookup_many`'s *limit* and *cutoff*, one per source."""
    limits = [limit] * count if isinstance(limit, int) else list(limit)
    cutoffs = [float(cutoff)] * count if isinstance(cutoff, (int, float)) else [float(c) for c in cutoff]
    if len(limits) != count or len(cutoffs) != count:
        raise ValueError("lookup_many: one limit and one cutoff per source, or one for all")
    return limits, cutoffs


DEFAULT_SETTING = ".workbench/memory.sqlite"


def is_server_url(setting: str) -> bool:
    return setting.startswith(("postgresql://", "postgres://"))


def open_store(setting: str, root: Path, *, connect_timeout: float = 3.0) -> MemoryStore:
    """The memory a ``memory`` setting names: a path (relative to the project *root*) to a
    SQLite file, created on first use, or a ``postgresql://`` URL.

    An unreachable server raises :class:`~workbench.util.errors.WorkbenchError`.
    """
    if is_server_url(setting):
        from .postgresql import PostgresMemory

        return PostgresMemory(setting, connect_timeout=connect_timeout)
    from .sqlite import SQLiteMemory

    path = sqlite_path(setting, root)
    assert path is not None
    return SQLiteMemory(path)


def sqlite_path(setting: str, root: Path) -> Path | None:
    """The SQLite file a ``memory`` setting names (relative to the project *root*), or None
    for a server URL."""
    if is_server_url(setting):
        return None
    path = Path(setting)
    return path if path.is_absolute() else root / path
