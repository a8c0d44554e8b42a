"""The drafts journal: unconfirmed edits, kept so that a crash or ``kill -9`` loses nothing typed.

Drafts are keyed by (document, language, msgid) and journalled to
``<project>/.workbench/drafts.json`` (atomic writes; the UI calls :meth:`DraftsJournal.flush`
from a worker at most every second or so). A draft leaves the journal when its segment is
confirmed, or when it is discarded or equals the saved translation. :meth:`DraftsJournal.restore`
checks the journal read at start against the documents: drafts whose segment no longer exists
are moved to ``.workbench/orphaned-drafts.txt`` (never dropped).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from pathlib import Path

from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError

from .records import Draft, ProblemLog

FOLDER = ".workbench"
DRAFTS_FILE = "drafts.json"
ORPHANS_FILE = "orphaned-drafts.txt"

#: Whether a draft still has its segment: True, False, or None (its document cannot be read yet).
SegmentExists = Callable[[Draft], bool]
#: The saved translation of a draft's message ("" when untranslated).
SavedText = Callable[[Draft], str]


class DraftsJournal:
    """Unconfirmed edits in memory, journalled to disk on :meth:`flush`. Thread-safe."""

    def __init__(self, root: Path, problems: ProblemLog, relpath: Callable[[Path], str]) -> None:
        self.root = root
        self._problems = problems
        self._relpath = relpath
        self._drafts: dict[tuple[str, str, str], Draft] = {}
        self._lock = threading.Lock()          # held for dict updates only: never blocks typing
        self._write_lock = threading.Lock()    # one journal write at a time
        self._dirty = False
        self._unchecked: set[tuple[str, str, str]] = set()   # read from the journal, not yet restored

    @property
    def path(self) -> Path:
        return self.root / FOLDER / DRAFTS_FILE

    @property
    def orphans_path(self) -> Path:
        return self.root / FOLDER / ORPHANS_FILE

    # -- in memory ---------------------------------------------------------------
    def get(self, name: str, language: str, msgid: str) -> str | None:
        entry = self._drafts.get((name, language, msgid))
        return entry.text if entry is not None else None

    def all(self) -> list[Draft]:
        with self._lock:
            return list(self._drafts.values())

    def set(self, name: str, language: str, msgid: str, text: str, saved: str) -> None:
        """Remember unconfirmed *text*; text equal to the *saved* translation is no draft."""
        if text == saved:
            self.discard(name, language, msgid)
            return
        key = (name, language, msgid)
        with self._lock:
            old = self._drafts.get(key)
            if old is not None and old.text == text:
                return
            self._drafts[key] = Draft(name, language, msgid, text, time.time())
            self._dirty = True

    def discard(self, name: str, language: str, msgid: str) -> None:
        key = (name, language, msgid)
        with self._lock:
            if self._drafts.pop(key, None) is not None:
                self._dirty = True
            self._unchecked.discard(key)

    @property
    def pending(self) -> bool:
        """Drafts changed since the journal was last written."""
        return self._dirty

    # -- on disk ---------------------------------------------------------------------
    def flush(self) -> bool:
        """Write the journal atomically if it changed (call from a worker); True if written.

        No drafts: the journal file is removed.
        """
        with self._write_lock:
            with self._lock:
                if not self._dirty:
                    return False
                entries = sorted(self._drafts.values(), key=lambda d: d.timestamp)
                self._dirty = False
            path = self.path
            try:
                if not entries:
                    path.unlink(missing_ok=True)
                    return True
                self._ensure_folder()
                data = {"version": 1, "drafts": [
                    {"document": d.document, "language": d.language, "msgid": d.msgid, "text": d.text,
                     "timestamp": d.timestamp} for d in entries]}
                atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            except (OSError, WorkbenchError):
                with self._lock:
                    self._dirty = True      # try again next time
                raise
        return True

    def _ensure_folder(self) -> None:
        folder = self.root / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            # keeps the folder out of git without touching the project's own .gitignore
            atomic_write_text(ignore, "# workbench's private state (drafts journal)\n*\n")

    def read(self) -> None:
        """Read the journal left by the last run (cheap); :meth:`restore` checks it later."""
        path = self.path
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8"
            self._problems.add(str(WorkbenchError(f"cannot read the drafts journal: {reason or exc}", path)))
            return
        try:
            data = json.loads(raw)
            items = data["drafts"]
            drafts = [Draft(str(d["document"]), str(d["language"]), str(d["msgid"]), str(d["text"]),
                            float(d.get("timestamp", 0.0))) for d in items]
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # never overwrite what we cannot read: move it aside and say where it is
            aside = path.with_name(f"drafts.unreadable-{time.strftime('%Y%m%d-%H%M%S')}.json")
            try:
                path.replace(aside)
                where = self._relpath(aside)
            except OSError:
                where = str(path)
            self._problems.add(str(WorkbenchError(
                f"the drafts journal cannot be read ({type(exc).__name__}); kept as {where}", path)))
            return
        with self._lock:
            for d in drafts:
                self._drafts.setdefault(d.key, d)
                self._unchecked.add(d.key)

    def restore(self, exists: SegmentExists, saved: SavedText) -> tuple[list[Draft], list[Draft]]:
        """Check the drafts read from the journal; returns (restored, orphaned).

        Orphaned drafts — their document, language or segment no longer exists — are appended
        to ``.workbench/orphaned-drafts.txt`` and leave the journal; a draft equal to the saved
        translation is dropped (nothing is lost).
        """
        with self._lock:
            pending = [self._drafts[k] for k in self._unchecked if k in self._drafts]
            self._unchecked.clear()
        restored: list[Draft] = []
        orphaned: list[Draft] = []
        for d in sorted(pending, key=lambda d: d.timestamp):
            if not exists(d):
                orphaned.append(d)
            elif d.text == saved(d):
                self.discard(d.document, d.language, d.msgid)
            else:
                restored.append(d)
        if orphaned:
            self._write_orphans(orphaned)     # first: a crash in between duplicates, never loses
            with self._lock:
                for d in orphaned:
                    if self._drafts.get(d.key) is d:
                        del self._drafts[d.key]
                self._dirty = True
            self.flush()
        return restored, orphaned

    def _write_orphans(self, orphaned: list[Draft]) -> None:
        path = self.orphans_path
        try:
            old = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            old = "# Drafts whose segment no longer exists in the sources (kept, never dropped).\n"
        parts = [old.rstrip("\n") + "\n"]
        for d in orphaned:
            when = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(d.timestamp))
            parts.append(f"\n## {d.document} [{d.language}] {when}\n# source:\n")
            parts.extend(f"#   {line}\n" for line in d.msgid.splitlines() or [""])
            parts.append(d.text.rstrip("\n") + "\n")
        self._ensure_folder()
        atomic_write_text(path, "".join(parts))
