"""Concordance: a word or phrase across the memory and every catalogue; replace across catalogues.

Search (:func:`search_catalogues`, and :meth:`MemoryStore.search` for the memory) looks at
the source or the target side, literally (case-folded unless asked) or as a Python regular
expression. Replace (:func:`plan_replace`, :func:`apply_replace`) works on translations
only: it plans every change first (a preview, one :class:`Hit` per message, each of which
the caller may leave out), writes each catalogue atomically, refuses a catalogue that
changed on disk since it was planned, and keeps an undo journal in
``.workbench/replace-undo.json`` so that :func:`undo_replace` puts back exactly the
messages it changed — unless someone changed them since, which it reports and leaves.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from workbench.gettext import Catalogue, Message, format_po, read_po
from workbench.project import Project
from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError
from workbench.util.files import catalogue_exists

UNDO_FILE = ".workbench/replace-undo.json"


def compile_pattern(pattern: str, *, regex: bool = False, case_sensitive: bool = False) -> re.Pattern[str]:
    """A literal phrase or a Python regular expression as one compiled pattern."""
    if not pattern:
        raise WorkbenchError("nothing to search for: the pattern is empty")
    try:
        return re.compile(pattern if regex else re.escape(pattern), 0 if case_sensitive else re.IGNORECASE)
    except re.error as exc:
        raise WorkbenchError(f"not a valid regular expression: {exc}") from None


@dataclass(frozen=True, slots=True)
class Hit:
    """One message found (and, for a replace, its new translation)."""

    path: Path
    language: str
    line: int | None
    msgctxt: str | None
    msgid: str
    msgstr: str
    fuzzy: bool
    spans: tuple[tuple[int, int], ...]       # where the pattern is, in msgstr (target side) or msgid
    replaced: str = ""                       # the new msgstr (replace only)


def catalogue_paths(project: Project, languages: Iterable[str]) -> Iterator[tuple[str, Path]]:
    for language in languages:
        folder = project.locale_dir / language / "LC_MESSAGES"
        if folder.is_dir():
            for path in sorted(folder.glob("*.po")):
                if catalogue_exists(path):
                    yield language, path


def search_catalogues(project: Project, pattern: re.Pattern[str], *, side: str = "source",
                      languages: Iterable[str] | None = None) -> Iterator[Hit]:
    """Every live message whose source (msgid) or target (msgstr) matches *pattern*."""
    for language, path in catalogue_paths(project, languages or project.languages):
        for message in read_po(path).messages:
            if message.obsolete or not message.msgid:
                continue
            text = message.msgid if side == "source" else message.msgstr
            spans = tuple(m.span() for m in pattern.finditer(text) if m.end() > m.start())
            if spans:
                yield Hit(path, language, message.lineno, message.msgctxt, message.msgid, message.msgstr,
                          message.fuzzy, spans)


def plan_replace(project: Project, pattern: re.Pattern[str], replacement: str, *,
                 languages: Iterable[str] | None = None) -> list[Hit]:
    """Every translation *pattern* would change, with its new text (nothing is written).

    *replacement* may use ``\\1`` / ``\\g<name>`` for a regular expression's groups.
    """
    hits: list[Hit] = []
    for hit in search_catalogues(project, pattern, side="target", languages=languages):
        try:
            new = pattern.sub(replacement, hit.msgstr)
        except (re.error, IndexError) as exc:
            raise WorkbenchError(f"bad replacement {replacement!r}: {exc}") from None
        if new != hit.msgstr:
            hits.append(Hit(hit.path, hit.language, hit.line, hit.msgctxt, hit.msgid, hit.msgstr, hit.fuzzy,
                            hit.spans, new))
    return hits


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def apply_replace(project: Project, hits: list[Hit]) -> list[Path]:
    """Write the chosen *hits*; return the catalogues written. Every catalogue is read and
    changed in memory first; one whose messages no longer hold the planned text stops the
    whole replace before anything is written."""
    by_path: dict[Path, list[Hit]] = {}
    for hit in hits:
        by_path.setdefault(hit.path, []).append(hit)
    planned: dict[Path, tuple[Catalogue, str]] = {}
    journal: list[dict[str, object]] = []
    for path, chosen in by_path.items():
        before = path.read_text(encoding="utf-8")
        catalogue = read_po(path)
        for hit in chosen:
            message = catalogue.get(hit.msgid, hit.msgctxt)
            if message is None or message.msgstr != hit.msgstr:
                raise WorkbenchError("changed since the preview (run the replace again)", project.relpath(path),
                                     hit.line)
            message.msgstr = hit.replaced
            journal.append({"path": project.relpath(path), "msgctxt": hit.msgctxt, "msgid": hit.msgid,
                            "old": hit.msgstr, "new": hit.replaced})
        planned[path] = (catalogue, _digest(before))
    if not planned:
        return []
    undo_path = project.root / UNDO_FILE
    atomic_write_text(undo_path, json.dumps({"version": 1, "changes": journal}, ensure_ascii=False, indent=1) + "\n")
    written = []
    for path, (catalogue, digest) in planned.items():
        if _digest(path.read_text(encoding="utf-8")) != digest:
            raise WorkbenchError("changed on disk during the replace; the catalogues written so far are "
                                 "listed in the undo journal", project.relpath(path))
        atomic_write_text(path, format_po(catalogue))
        written.append(path)
    return written


def undo_replace(project: Project) -> tuple[list[Path], list[str]]:
    """Put back the last replace: (catalogues written, messages left because they changed since)."""
    undo_path = project.root / UNDO_FILE
    try:
        data = json.loads(undo_path.read_text(encoding="utf-8"))
        changes = data["changes"]
    except FileNotFoundError:
        raise WorkbenchError("nothing to undo: no replace was made here", UNDO_FILE) from None
    except (ValueError, KeyError, TypeError) as exc:
        raise WorkbenchError(f"the undo journal cannot be read ({type(exc).__name__})", UNDO_FILE) from None
    catalogues: dict[Path, Catalogue] = {}
    left: list[str] = []
    for change in changes:
        path = project.root / str(change["path"])
        catalogue = catalogues.get(path)
        if catalogue is None:
            catalogue = catalogues[path] = read_po(path)
        message: Message | None = catalogue.get(str(change["msgid"]), change.get("msgctxt"))
        if message is None or message.msgstr != change["new"]:
            left.append(f"{change['path']}: {str(change['msgid'])[:60]!r} changed since the replace; left as it is")
            continue
        message.msgstr = str(change["old"])
    written = []
    for path, catalogue in catalogues.items():
        if atomic_write_text(path, format_po(catalogue)):
            written.append(path)
    undo_path.unlink()
    return written, left
