"""``workbench update``: bring templates and catalogues in line with the sources.

Everything is read, parsed and merged in memory first; files are written only
once every input has proved good, so a bad source or a broken catalogue
leaves the whole ``locale/`` folder untouched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from workbench import __version__
from workbench.gettext import format_po, read_po
from workbench.project import Project
from workbench.services.merge import make_template, merge
from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError
from workbench.util.files import catalogue_exists
from workbench.util.gcpause import paused_gc


@dataclass
class UpdateReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)


def plan_update(project: Project, documents: list | None = None) -> dict[Path, str | None]:
    """Return the text every template and catalogue should have (path → text).

    None stands for "the file already holds exactly these messages": it is
    left alone without being formatted again, which keeps a no-op update of a
    large project fast.
    """
    documents = project.load_documents() if documents is None else documents
    if not documents:
        raise WorkbenchError("no .txt or .md documents to translate", project.source_dir)
    plan: dict[Path, str | None] = {}
    for document in documents:
        pot_path = project.template_path(document.name)
        previous = read_po(pot_path) if catalogue_exists(pot_path) else None
        # The previous template keeps its POT-Creation-Date when no message
        # changed, so that an update without source changes rewrites nothing.
        template = make_template(document, project=project.name, version=__version__, previous=previous)
        plan[pot_path] = None if template == previous else format_po(template)
        for language in project.languages:
            po_path = project.po_path(document.name, language)
            existing = read_po(po_path) if catalogue_exists(po_path) else None
            try:
                merged = merge(template, existing, language)
            except WorkbenchError as exc:
                if exc.path is not None:
                    raise
                # A bad code in the settings' ``languages`` (e.g. "xx"): point at the settings file.
                raise WorkbenchError(f"{exc.message} (in the languages setting)",
                                     project.config_path or project.root) from None
            plan[po_path] = None if merged == existing else format_po(merged)
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


def update_project(project: Project) -> UpdateReport:
    with paused_gc():  # bulk parse + merge of every catalogue (see workbench/gcpause.py)
        plan = plan_update(project)
    changed = {}
    report = UpdateReport()
    for path, text in plan.items():
        if text is None:
            report.unchanged.append(path)
            continue
        try:
            same = path.read_text(encoding="utf-8") == text
        except (OSError, UnicodeDecodeError):
            same = False
        if same:
            report.unchanged.append(path)
        else:
            changed[path] = text
    check_writable(list(changed))
    for path, text in changed.items():
        atomic_write_text(path, text)
        report.written.append(path)
    return report
