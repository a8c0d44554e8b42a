"""The project's glossary as the UI edits it, and the name checker built from it.

The glossary and its version change together, as one snapshot swapped under the lock,
so the checker cached for a version is always built from that version's glossary.
Edits hold the glossary lock across reload-if-changed, change and save: they apply to
the file on disk, never to an old copy, and a poll cannot swap the glossary in between.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench.checks import Finding, NameChecker, accept_variant, checker_for
from workbench.glossary import COLUMNS, Glossary, Referent, load_glossary, save_glossary
from workbench.util.atomic import ChangedOnDisk
from workbench.util.errors import WorkbenchError

from .records import ProblemLog, Stamp
from .watcher import FileStamps


@dataclass(frozen=True, slots=True)
class GlossarySnapshot:
    """A glossary as loaded or saved, numbered; ``glossary`` is None without a glossary.tsv."""

    version: int
    glossary: Glossary | None


class GlossaryStore:
    """glossary.tsv in memory: read, edited and saved at once; the checker built from it."""

    def __init__(self, path: Path, stamps: FileStamps, problems: ProblemLog) -> None:
        self.path = path
        self._stamps = stamps
        self._problems = problems
        self._snapshot = GlossarySnapshot(0, None)
        self._lock = threading.RLock()            # reload-if-changed, edit, save: one step
        self._checker_lock = threading.Lock()
        self._checker: tuple[int, NameChecker | None] | None = None
        self.error: str | None = None             # glossary.tsv on disk cannot be read: no edits
        self.check_error: str | None = None       # the checker could not be built

    # -- reading ---------------------------------------------------------------------------
    @property
    def glossary(self) -> Glossary | None:
        return self._snapshot.glossary

    @property
    def version(self) -> int:
        return self._snapshot.version

    def referents(self) -> list[Referent]:
        glossary = self.glossary
        return glossary.referents if glossary is not None else []

    def columns(self) -> list[str]:
        """The glossary's columns in file order (unknown ones too); the standard ones without a file."""
        glossary = self.glossary
        return list(glossary.columns) if glossary is not None else list(COLUMNS)

    def load(self, *, report: bool = True) -> str | None:
        """(Re)read glossary.tsv; return the error if it cannot be read (also logged if *report*).

        An unreadable file keeps the last good glossary for highlighting, but it is never
        saved over until fixed.
        """
        with self._lock:
            self._stamps.remember(self.path, Stamp.of(self.path))   # before reading
            self.error = None
            if not self.path.exists():
                self._swap(None)
                return None
            try:
                glossary = load_glossary(self.path)
            except WorkbenchError as exc:
                self.error = str(exc)
                if report:
                    self._problems.add(str(exc))
                self._swap(self.glossary)     # a new version: the file changed, the checker may report it
                return str(exc)
            self._swap(glossary)
            return None

    def _swap(self, glossary: Glossary | None) -> None:
        self._snapshot = GlossarySnapshot(self._snapshot.version + 1, glossary)

    def reload_if_changed(self) -> tuple[bool, str | None]:
        """(reloaded, error) — reads glossary.tsv again if someone else changed it."""
        with self._lock:
            if not self._stamps.changed(self.path):
                return False, None
            return True, self.load(report=False)

    # -- editing ---------------------------------------------------------------------------
    def edit(self, change: Callable[[Glossary], object]) -> bool:
        """Apply *change* to the glossary and save it, as one step; True if the file was reloaded first."""
        with self._lock:
            reloaded = False
            if self._stamps.changed(self.path):
                self.load(report=False)
                reloaded = True
            if self.error is not None:
                raise WorkbenchError("glossary.tsv has problems; fix them in the file first (it is not overwritten)",
                                     self.path)
            glossary = self.glossary if self.glossary is not None else Glossary()
            change(glossary)        # Glossary edits check first and raise before changing anything
            try:
                try:
                    # compare before rename: a save made to glossary.tsv since we read it is not overwritten
                    self._save(glossary)
                except ChangedOnDisk:
                    # someone saved it in between: apply the same edit to their version, once
                    self.load(report=False)
                    reloaded = True
                    if self.error is not None:
                        raise WorkbenchError("glossary.tsv changed on disk and has problems now; fix them in "
                                             "the file first (it is not overwritten)", self.path) from None
                    glossary = self.glossary if self.glossary is not None else Glossary()
                    change(glossary)
                    self._save(glossary)
            except BaseException:
                self.load(report=False)   # memory stays what the file says
                raise
            self._stamps.remember(self.path, Stamp.of(self.path))
            self._swap(glossary)
        return reloaded

    def _save(self, glossary: Glossary) -> None:
        seen = self._stamps.get(self.path)
        save_glossary(glossary, self.path, expected=seen.digest if seen is not None else None)

    def upsert(self, values: dict[str, str], old: Referent | None = None) -> bool:
        """Add a referent (old=None) or replace *old* with one made of *values*; save at once."""
        referent = Referent.from_row(values)

        def change(glossary: Glossary) -> None:
            if old is None:
                glossary.add(referent)
            else:
                glossary.replace(old, referent)

        return self.edit(change)

    def delete(self, referent: Referent) -> bool:
        return self.edit(lambda glossary: glossary.remove(referent))

    def accept_variant(self, finding: Finding, *, deprecated: bool = False) -> bool:
        """Add the spelling a source finding names to its referent (admitted or deprecated); save."""
        return self.edit(lambda glossary: accept_variant(glossary, finding, deprecated=deprecated, save=False))

    # -- the checker ----------------------------------------------------------------------------
    def checker(self, *, cache_dir: Path | None = None) -> NameChecker | None:
        """The name checker of the current glossary (built once per version), or None.

        Built under its own lock, never the glossary lock: a confirm does not wait for it.
        The snapshot is read once, so the checker cached for a version is built from that
        version's glossary even when the glossary is reloaded meanwhile. With *cache_dir* its
        form indexes are kept on disk (per glossary content) and read from there next time.
        """
        snapshot = self._snapshot
        if snapshot.glossary is None:
            return None
        cached = self._checker
        if cached is not None and cached[0] == snapshot.version:
            return cached[1]
        with self._checker_lock:
            cached = self._checker
            if cached is not None and cached[0] == snapshot.version:
                return cached[1]
            checker: NameChecker | None
            try:
                checker = checker_for(snapshot.glossary, cache_dir=cache_dir)
            except Exception as exc:
                self.check_error = f"name checks unavailable: {type(exc).__name__}: {exc}"
                checker = None
            self._checker = (snapshot.version, checker)
            return checker
