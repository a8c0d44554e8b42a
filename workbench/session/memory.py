"""The open project's translation memory: persistent, synced incrementally, name-aware.

* The store is the project's ``memory`` setting (SQLite in ``.workbench/`` by default, or a
  team's PostgreSQL server), opened on first use — always from a worker, never the UI thread.
* Catalogues are synced as they are read (:func:`workbench.memory.sync.sync_catalogue`:
  one ``stat`` for a catalogue unchanged since the last sync).
* Every confirm is queued (the UI thread only appends to a list) and written by
  :meth:`MemoryService.flush`, which the session runs in the same worker that saves the
  catalogue: the translation is durable in the memory when it is on disk.
* With a server configured, confirms go to the local SQLite memory too, so when the server
  cannot be reached the UI keeps working on the local memory and says so
  (:attr:`MemoryService.notice`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from workbench.gettext import Catalogue
from workbench.identity import Identity
from workbench.memory import DEFAULT_LIMIT, Match, MemoryStore, StoredUnit, now_iso, suggest
from workbench.memory.names import NameTools
from workbench.memory.store import DEFAULT_SETTING, is_server_url, open_store
from workbench.memory.sync import sync_catalogue
from workbench.project import Project
from workbench.util.errors import WorkbenchError
from workbench.util.languages import SOURCE_LANGUAGE


class MemoryService:
    """The memory of one open project. Thread-safe."""

    def __init__(self, project: Project, languages: list[str], *, identity: Identity | None = None,
                 name_tools: Callable[[], NameTools | None] | None = None) -> None:
        self.project = project
        self.languages = list(languages)
        self.identity = identity
        self._name_tools = name_tools or (lambda: None)
        self._open_lock = threading.Lock()
        self._queue_lock = threading.Lock()
        self._queue: list[StoredUnit] = []
        self._store: MemoryStore | None = None
        self._local: MemoryStore | None = None     # the local mirror when a server is configured
        self.notice = ""                            # what the UI shows about where the memory is
        self.error: str | None = None               # the last failure, for the UI to show once

    # -- opening -----------------------------------------------------------------------------------
    @property
    def setting(self) -> str:
        return self.project.memory

    def store(self) -> MemoryStore:
        """The memory (opened on first call: call from a worker; a server may take a moment)."""
        store = self._store
        if store is not None:
            return store
        with self._open_lock:
            if self._store is None:
                self._store = self._open()
            return self._store

    def _open(self) -> MemoryStore:
        if not is_server_url(self.setting):
            return open_store(self.setting, self.project.root)      # the usual case: nothing to say
        self._local = open_store(DEFAULT_SETTING, self.project.root)
        try:
            server = open_store(self.setting, self.project.root)
        except WorkbenchError as exc:
            self._fall_back(str(exc))
            return self._local
        self.notice = f"team memory: {server.location}"
        return server

    def _fall_back(self, reason: str) -> None:
        self.error = f"{reason}; working on the local memory until the next start"
        self.notice = "team memory unreachable: local memory"

    def _server_failed(self, exc: WorkbenchError) -> MemoryStore | None:
        """The server went away mid-session: use the local memory from now on."""
        if self._local is None or self._store is self._local:
            return None
        with self._open_lock:
            self._fall_back(str(exc))
            self._store = self._local
        return self._local

    def close(self) -> None:
        for store in {id(s): s for s in (self._store, self._local) if s is not None}.values():
            store.close()

    # -- catalogues and confirms ---------------------------------------------------------------------
    def catalogue_read(self, name: str, language: str, catalogue: Catalogue) -> None:
        """A catalogue was (re)read: bring the memory in line with it (cheap when unchanged)."""
        if language not in self.languages:
            return
        try:
            store = self.store()
            sync_catalogue(store, self.project, catalogue, language)
        except WorkbenchError as exc:
            fallback = self._server_failed(exc)
            if fallback is not None:
                self.catalogue_read(name, language, catalogue)
            else:
                self.error = f"memory: {exc}"

    def message_changed(self, name: str, language: str, source: str, text: str, fuzzy: bool,
                        path: Path | None = None) -> None:
        """A confirm (UI thread): queue the unit; :meth:`flush` writes it."""
        if not text or fuzzy or language not in self.languages:
            return
        where = path or self.project.po_path(name, language)
        who = str(self.identity) if self.identity is not None else ""
        when = now_iso()
        unit = StoredUnit(source, text, SOURCE_LANGUAGE, language, self.project.relpath(where), "confirm",
                          when, when, who, who)
        with self._queue_lock:
            self._queue.append(unit)

    @property
    def pending(self) -> int:
        return len(self._queue)

    def flush(self) -> int:
        """Write the queued confirms (call from a worker); return how many were written."""
        with self._queue_lock:
            queued, self._queue = self._queue, []
        if not queued:
            return 0
        try:
            store = self.store()
            store.add(queued)
            if self._local is not None and store is not self._local:
                self._local.add(queued)
        except WorkbenchError as exc:
            fallback = self._server_failed(exc)
            if fallback is None:
                with self._queue_lock:
                    self._queue[:0] = queued          # kept for the next try
                self.error = f"memory: {exc}"
                return 0
            fallback.add(queued)
        return len(queued)

    # -- lookups ---------------------------------------------------------------------------------------
    def suggestions(self, language: str, source: str, limit: int = DEFAULT_LIMIT) -> list[Match]:
        """Exact, name-aware and fuzzy matches for *source* (call from a worker)."""
        if language not in self.languages:
            return []
        try:
            return suggest(self.store(), source, language, tools=self._name_tools(), limit=limit)
        except WorkbenchError as exc:
            fallback = self._server_failed(exc)
            if fallback is None:
                self.error = f"memory: {exc}"
                return []
            return suggest(fallback, source, language, tools=self._name_tools(), limit=limit)
