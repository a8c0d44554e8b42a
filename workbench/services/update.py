"""``workbench update``: bring templates and catalogues in line with the sources.

Everything is read, parsed, merged, formatted and encoded in memory first; files are
written only once every input has proved good and every output could be made, so a bad
source, a broken catalogue or a message no catalogue can hold leaves the whole ``locale/``
folder untouched.

The command holds the project lock (:meth:`Project.writing`) against other workbench
processes. An editor outside the workbench (Poedit, a text editor, the UI of another
machine's checkout) does not take it, so each catalogue is written with *compare before
rename*: if the file changed since it was read, it is read again and merged again with the
template — message by message, so the translator's save is the base of the new file — and
written then. A file that keeps changing, or changes into something unreadable, stops the
command with nothing of that file overwritten.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from workbench import __version__
from workbench.gettext import Catalogue, format_po, read_po
from workbench.project import Project
from workbench.services.merge import make_template, merge
from workbench.text.documents import Document
from workbench.util.atomic import ChangedOnDisk, atomic_write_bytes
from workbench.util.errors import WorkbenchError
from workbench.util.files import catalogue_exists
from workbench.util.gcpause import paused_gc

#: progress(done, total, what): called as each document is read and merged.
Progress = Callable[[int, int, str], None]
#: How often a catalogue that changed on disk is merged again before update gives up on it
#: (waiting a little longer each time, so an editor saving in a burst can finish).
RETRIES = 10


@dataclass
class UpdateReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    remerged: list[Path] = field(default_factory=list)     # changed by someone else while we worked


@dataclass
class PlannedFile:
    """One template or catalogue as update will write it."""

    path: Path
    data: bytes | None                # None: the file already holds exactly these messages
    expected: str | None              # fingerprint of what was read (None: there was no file)
    redo: Callable[[Catalogue | None], Catalogue]   # the same merge, on a fresh read of the file


def _encode(catalogue: Catalogue, path: Path) -> bytes:
    text = format_po(catalogue)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise WorkbenchError(f"cannot write: a message holds {text[exc.start]!r}, which UTF-8 cannot encode",
                             path) from None


def _read(path: Path) -> Catalogue | None:
    return read_po(path) if catalogue_exists(path) else None


def _plan_document(project: Project, document: Document) -> list[PlannedFile]:
    pot_path = project.template_path(document.name)
    previous = _read(pot_path)

    def template_for(previous: Catalogue | None) -> Catalogue:
        # The previous template keeps its POT-Creation-Date when no message changed, so
        # that an update without source changes rewrites nothing.
        return make_template(document, project=project.name, version=__version__, previous=previous)

    template = template_for(previous)
    planned = [PlannedFile(pot_path, None if template == previous else _encode(template, pot_path),
                           previous.fingerprint if previous is not None else None, template_for)]
    for language in project.languages:
        po_path = project.po_path(document.name, language)
        existing = _read(po_path)

        def merged_for(existing: Catalogue | None, language: str = language) -> Catalogue:
            try:
                return merge(template, existing, language)
            except WorkbenchError as exc:
                if exc.path is not None:
                    raise
                # A bad code in the settings' ``languages`` (e.g. "xx"): point at the settings file.
                raise WorkbenchError(f"{exc.message} (in the languages setting)",
                                     project.config_path or project.root) from None

        merged = merged_for(existing)
        planned.append(PlannedFile(po_path, None if merged == existing else _encode(merged, po_path),
                                   existing.fingerprint if existing is not None else None, merged_for))
    return planned


def plan_update(project: Project, documents: list[Document] | None = None,
                progress: Progress | None = None) -> list[PlannedFile]:
    """Read and merge everything; return every template and catalogue as it should be."""
    documents = project.load_documents() if documents is None else documents
    if not documents:
        raise WorkbenchError("no .txt or .md documents to translate", project.source_dir)
    plan: list[PlannedFile] = []
    for done, document in enumerate(documents, 1):
        plan.extend(_plan_document(project, document))
        if progress is not None:
            progress(done, len(documents), document.relpath)
    return plan


def check_writable(paths: list[Path]) -> None:
    """Fail before writing anything if any target cannot be written."""
    for path in paths:
        folder = path.parent
        while not folder.exists():
            folder = folder.parent
        if not os.access(folder, os.W_OK | os.X_OK):
            raise WorkbenchError("folder is not writable", folder)
        if path.exists() and not os.access(path, os.W_OK):
            raise WorkbenchError("file is not writable", path)


def _write(planned: PlannedFile, report: UpdateReport) -> None:
    """Write one file, compare before rename; merge again on a fresh read while it changes."""
    data, expected = planned.data, planned.expected
    for _attempt in range(RETRIES):
        if data is None:
            report.unchanged.append(planned.path)
            return
        try:
            changed = atomic_write_bytes(planned.path, data, expected=expected)
        except ChangedOnDisk:
            try:
                fresh = _read(planned.path)
            except WorkbenchError as exc:
                raise WorkbenchError(f"changed on disk during the update and cannot be read now ({exc.message}); "
                                     "not overwritten", exc.path, exc.line) from None
            if planned.path not in report.remerged:
                report.remerged.append(planned.path)
            merged = planned.redo(fresh)
            data = None if merged == fresh else _encode(merged, planned.path)
            expected = fresh.fingerprint if fresh is not None else None
            time.sleep(0.005 * _attempt)
            continue
        (report.written if changed else report.unchanged).append(planned.path)
        return
    raise WorkbenchError(f"kept changing on disk during the update ({RETRIES} tries); not overwritten: "
                         "run update again when nobody is saving it", planned.path)


def update_project(project: Project, *, progress: Progress | None = None) -> UpdateReport:
    """``workbench update``; *progress* follows the reading and merging, document by document."""
    with project.writing("workbench update"):
        with paused_gc():  # bulk parse + merge of every catalogue (see workbench/util/gcpause.py)
            plan = plan_update(project, progress=progress)
        report = UpdateReport()
        todo: list[PlannedFile] = []
        for planned in plan:
            if planned.data is None:
                report.unchanged.append(planned.path)
            else:
                todo.append(planned)
        check_writable([p.path for p in todo])
        for planned in todo:
            _write(planned, report)
        return report
