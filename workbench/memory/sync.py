"""The project's catalogues in the memory, synced incrementally.

Each catalogue is an *origin* (its path in the project). Its size and modification time
are recorded when it is synced; a catalogue that has not changed since is not read again,
so opening a project costs the same with a memory of a thousand units or of a million. A
changed catalogue is compared with what the memory holds from it and only the differences
are written. Where the memory's unit is newer than the catalogue file (someone confirmed it
after this copy was written: a team's shared memory, a catalogue not yet pulled), the
memory keeps it: newest wins, nothing older overwrites it.

A message that leaves the catalogue stays in the memory: it is still a good translation.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from workbench.gettext import Catalogue, read_po
from workbench.project import Project
from workbench.util.errors import WorkbenchError
from workbench.util.files import catalogue_exists
from workbench.util.languages import SOURCE_LANGUAGE

from .matching import StoredUnit, normalise
from .store import AddReport, MemoryStore

DEFAULT_WHO = ("FULL NAME <EMAIL@ADDRESS>", "")


def file_stamp(path: Path) -> tuple[str, str] | None:
    """(stamp, modification time as ISO 8601 UTC) of a file, None if it cannot be read."""
    try:
        st = path.stat()
    except OSError:
        return None
    when = datetime.fromtimestamp(st.st_mtime, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{st.st_size}:{st.st_mtime_ns}", when


def stamp_key(project: Project, origin: str) -> str:
    """Sync state is per machine and per copy of the project (a team shares one server)."""
    return f"{socket.gethostname()}|{project.root}|{origin}"


def catalogue_units(catalogue: Catalogue, language: str, origin: str, when: str) -> Iterator[StoredUnit]:
    """The translated (not fuzzy, not obsolete, not plural) messages of a catalogue as units."""
    who = catalogue.metadata.get("Last-Translator", "")
    if who in DEFAULT_WHO:
        who = ""
    for message in catalogue.messages:
        if (message.obsolete or message.fuzzy or not message.msgstr or message.msgid_plural is not None
                or not message.msgid):
            continue
        yield StoredUnit(message.msgid, message.msgstr, SOURCE_LANGUAGE, language, origin, "catalogue",
                         when, when, who, who)


def sync_catalogue(store: MemoryStore, project: Project, catalogue: Catalogue, language: str,
                   *, force: bool = False) -> AddReport | None:
    """Bring the memory in line with one catalogue; None when it had not changed since the last sync."""
    if catalogue.path is None:
        return None
    path = Path(catalogue.path)
    stamped = file_stamp(path)
    if stamped is None:
        return None
    stamp, when = stamped
    origin = project.relpath(path)
    key = stamp_key(project, origin)
    if not force and store.synced_stamp(key) == stamp:
        return None
    held = store.origin_targets(origin, language)
    fresh = [unit for unit in catalogue_units(catalogue, language, origin, when)
             if _newer(held.get(normalise(unit.source)), unit)]
    report = store.add(fresh) if fresh else AddReport()
    report.unchanged += sum(1 for _ in catalogue_units(catalogue, language, origin, when)) - len(fresh)
    store.set_synced(key, stamp)
    return report


def _newer(held: tuple[str, str] | None, unit: StoredUnit) -> bool:
    """Should the catalogue's *unit* be written over what the memory *held* (target, changed)?"""
    if held is None:
        return True
    target, changed = held
    return target != unit.target and changed <= unit.changed


def sync_project(store: MemoryStore, project: Project, *, force: bool = False) -> tuple[AddReport, int, int]:
    """Sync every catalogue of the project: (what changed, catalogues read, catalogues skipped as unchanged)."""
    report = AddReport()
    read = skipped = 0
    locale = project.locale_dir
    for language in project.languages:
        folder = locale / language / "LC_MESSAGES"
        if not folder.is_dir():
            continue
        for name in sorted(os.listdir(folder)):
            path = folder / name
            if not name.endswith(".po") or not catalogue_exists(path):
                continue
            stamped = file_stamp(path)
            origin = project.relpath(path)
            if not force and stamped is not None and store.synced_stamp(stamp_key(project, origin)) == stamped[0]:
                skipped += 1
                continue
            try:
                catalogue = read_po(path)
            except WorkbenchError:
                raise
            catalogue.path = path
            result = sync_catalogue(store, project, catalogue, language, force=True)
            read += 1
            if result is not None:
                report += result
    return report, read, skipped
