"""A UI-free facade over one open project, held by the terminal UI.

The :class:`Session` wires together parts with one job each:

* :class:`~.catalogues.CatalogueStore` — documents and catalogues, edits, saving at once;
* :class:`~.drafts.DraftsJournal` — unconfirmed text, journalled against crashes;
* :class:`~.watcher.FileStamps` and :func:`~.watcher.merge_reloaded` — noticing files changed
  on disk by someone else and merging them message by message with our edits;
* :class:`~.glossary_store.GlossaryStore` — glossary edits and the name checker;
* :class:`~.checks.CheckService` — checks of a segment and of the whole project;
* :class:`~.memory.MemoryService` — the persistent translation memory (``workbench.memory``),
  synced from the catalogues as they are read and written on every confirm.

Plain Python: no ``textual`` or ``rich`` imports. Methods that write are safe to call from
a worker thread; the UI thread only ever takes short in-memory locks.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from pathlib import Path

from workbench.checks import Finding, NameChecker
from workbench.gettext import Catalogue, Message
from workbench.glossary import Glossary, Referent
from workbench.identity import Identity, load_identity
from workbench.memory import Match, StoredUnit
from workbench.memory.concordance import (
    Hit,
    apply_replace,
    compile_pattern,
    plan_replace,
    search_catalogues,
    undo_replace,
)
from workbench.memory.names import NameTools
from workbench.project import Project, load_project
from workbench.services.compile import EditionResult, compile_editions
from workbench.services.merge import format_date
from workbench.services.update import UpdateReport, update_project
from workbench.text.documents import Document, Segment
from workbench.util.errors import WorkbenchError

from .catalogues import CatalogueStore, DocInfo
from .checks import CheckService
from .drafts import DraftsJournal
from .glossary_store import GlossaryStore
from .memory import MemoryService
from .records import Change, Conflict, Draft, Located, MessageState, NameHit, ProblemLog, Progress
from .watcher import FileStamps


class Session:
    """One open project."""

    def __init__(self, root: Path | str, *, project: Project | None = None) -> None:
        self.project: Project = project or load_project(Path(root))
        self.root = self.project.root
        self.languages: list[str] = list(self.project.languages)
        self.problem_log = ProblemLog()
        self.stamps = FileStamps()
        self.store = CatalogueStore(self.project, self.stamps, self.problem_log)
        self.journal = DraftsJournal(self.root, self.problem_log, self.project.relpath)
        self.glossary_store = GlossaryStore(self.project.glossary_path, self.stamps, self.problem_log)
        self.checks = CheckService(self.project, self.store, self.glossary_store)
        self.identity = self._load_identity()
        self._name_tools: NameTools | None = None
        self.memory = MemoryService(self.project, self.languages, identity=self.identity,
                                    name_tools=self.name_tools)
        self.store.on_message_changed = self._message_changed
        self.store.on_catalogue_read = self.memory.catalogue_read
        self.store.on_conflicts = self._keep_as_drafts

    # -- wiring ---------------------------------------------------------------------------
    def _load_identity(self) -> Identity | None:
        try:
            return load_identity()
        except WorkbenchError as exc:
            self.problem_log.add(str(exc))
            return None

    def _message_changed(self, name: str, language: str, msgid: str, text: str, fuzzy: bool) -> None:
        self.journal.discard(name, language, msgid)     # confirmed (or saved as fuzzy): no longer a draft
        path = self._stamp_header(name, language)
        self.memory.message_changed(name, language, msgid, text, fuzzy, path)

    def _stamp_header(self, name: str, language: str) -> Path | None:
        """A confirm is a revision: PO-Revision-Date now, Last-Translator (and an unset
        Language-Team) from the translator's identity, as Poedit does."""
        with self.store.state_lock:
            catalogue = self.store.docs[name].catalogues.get(language)
            if catalogue is None:
                return None
            meta = catalogue.metadata
            meta["PO-Revision-Date"] = format_date()
            identity = self.identity
            if identity is not None:
                meta["Last-Translator"] = str(identity)
                if identity.team and meta.get("Language-Team", "") in ("", "none", "LANGUAGE <LL@li.org>"):
                    meta["Language-Team"] = identity.team
            return Path(catalogue.path) if catalogue.path is not None else None

    def _keep_as_drafts(self, name: str, language: str, conflicts: list[Conflict]) -> None:
        for conflict in conflicts:
            self.journal.set(name, language, conflict.msgid, conflict.yours,
                             self.store.translation(name, language, conflict.msgid))

    def _journal_conflicts(self, changes: Iterable[Change]) -> None:
        """A conflict turned the translator's text into a draft: journal it now, not a second later."""
        if any(change.kept for change in changes):
            with contextlib.suppress(OSError, WorkbenchError):   # still pending: the UI's timer tries again
                self.journal.flush()

    # -- loading ----------------------------------------------------------------------------
    def load(self, *, lazy: bool = False) -> Session:
        """Find the documents and read the glossary; parse everything unless *lazy*.

        With ``lazy=True`` documents and catalogues are parsed on first use or by
        :meth:`load_all` (which the UI runs in a worker after its first screen).
        """
        self.store.discover()
        self.glossary_store.load()
        self.journal.read()
        if not lazy:
            self.load_all()
        return self

    def load_all(self, progress: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.store.load_all(progress, cancelled)

    @property
    def fully_loaded(self) -> bool:
        return self.store.fully_loaded

    def ensure_loaded(self, name: str) -> DocInfo:
        return self.store.ensure_loaded(name)

    @property
    def docs(self) -> dict[str, DocInfo]:
        return self.store.docs

    # -- problems and changes, for the UI --------------------------------------------------------
    @property
    def problems(self) -> list[str]:
        return self.problem_log.peek()

    def _problem(self, text: str) -> None:
        self.problem_log.add(text)

    def take_problems(self) -> list[str]:
        """The problems found since the last call (loading runs in a worker)."""
        return self.problem_log.take()

    def take_changes(self) -> list[Change]:
        """Merges done while saving (reported by :meth:`poll` too): for the UI to report at once."""
        return self.store.take_changes()

    # -- reading ---------------------------------------------------------------------------------
    @property
    def documents(self) -> list[Document]:
        return [info.document for info in self.store.docs.values()]

    def document(self, name: str) -> Document:
        return self.store.ensure_loaded(name).document

    def catalogue(self, name: str, language: str) -> Catalogue:
        return self.store.catalogue(name, language)

    def message(self, name: str, language: str, msgid: str) -> Message | None:
        return self.store.message(name, language, msgid)

    def status(self, name: str, language: str, msgid: str) -> str:
        return self.store.status(name, language, msgid)

    def translation(self, name: str, language: str, msgid: str) -> str:
        return self.store.translation(name, language, msgid)

    def progress(self, name: str, language: str) -> Progress:
        return self.store.progress(name, language)

    def is_broken(self, name: str, language: str) -> bool:
        return self.store.is_broken(name, language)

    # -- writing ---------------------------------------------------------------------------------
    def set_translation(self, name: str, language: str, msgid: str, text: str, *, fuzzy: bool = False) -> None:
        """Change one message in memory (the UI thread); :meth:`flush` saves it."""
        self.store.set_translation(name, language, msgid, text, fuzzy=fuzzy)

    def message_state(self, name: str, language: str, msgid: str) -> MessageState | None:
        return self.store.message_state(name, language, msgid)

    def restore_message(self, name: str, language: str, msgid: str, state: MessageState) -> None:
        self.store.restore_message(name, language, msgid, state)

    def flush(self, name: str | None = None, language: str | None = None) -> list[Path]:
        """Write dirty catalogues atomically (call from a worker); return the paths written."""
        written = self.store.flush(name, language)
        self._journal_conflicts(self.store.pending_changes())
        self.memory.flush()         # the confirms, durable in the memory as in the catalogue
        return written

    def save_translation(self, name: str, language: str, msgid: str, text: str, *, fuzzy: bool = False) -> Path:
        self.set_translation(name, language, msgid, text, fuzzy=fuzzy)
        paths = self.flush(name, language)
        return paths[0] if paths else Path(str(self.store.catalogue(name, language).path))

    def warm(self, name: str, language: str) -> None:
        self.store.warm(name, language)

    @property
    def dirty(self) -> bool:
        return self.store.dirty

    # -- drafts ----------------------------------------------------------------------------------
    @property
    def drafts_path(self) -> Path:
        return self.journal.path

    @property
    def orphans_path(self) -> Path:
        return self.journal.orphans_path

    def draft(self, name: str, language: str, msgid: str) -> str | None:
        return self.journal.get(name, language, msgid)

    def drafts(self) -> list[Draft]:
        return self.journal.all()

    def set_draft(self, name: str, language: str, msgid: str, text: str) -> None:
        self.journal.set(name, language, msgid, text, self.translation(name, language, msgid))

    def discard_draft(self, name: str, language: str, msgid: str) -> None:
        self.journal.discard(name, language, msgid)

    @property
    def drafts_pending(self) -> bool:
        return self.journal.pending

    def flush_drafts(self) -> bool:
        return self.journal.flush()

    def restore_drafts(self) -> tuple[list[Draft], list[Draft]]:
        """Check the drafts read from the journal against the documents (parses those documents)."""
        return self.journal.restore(self._draft_has_segment, self._draft_saved_text)

    def _draft_has_segment(self, draft: Draft) -> bool:
        info = self.store.docs.get(draft.document)
        if info is None or draft.language not in self.languages:
            return False
        self.store.ensure_loaded(draft.document)
        return info.error is None and any(s.msgid == draft.msgid for s in info.document.segments)

    def _draft_saved_text(self, draft: Draft) -> str:
        return self.translation(draft.document, draft.language, draft.msgid)

    # -- changes on disk ----------------------------------------------------------------------------
    def poll(self) -> list[Change]:
        """Notice files changed on disk by someone else; reload and merge them (call from a worker)."""
        changes: list[Change] = []
        if not self.store.io_lock.acquire(blocking=False):
            return changes             # a save is under way; look again next time
        try:
            changes.extend(self.store.take_changes())
            changes.extend(self.store.changed_on_disk())
            reloaded, error = self.glossary_store.reload_if_changed()
            if reloaded:
                path = str(self.project.glossary_path)
                if error:
                    changes.append(Change("error", path, error))
                changes.append(Change("glossary", path, "glossary reloaded from disk"))
        finally:
            self.store.io_lock.release()
        self._journal_conflicts(changes)
        return changes

    def update(self) -> tuple[UpdateReport, list[Change]]:
        """``workbench update`` for the open project: save, merge the catalogues with the sources
        on disk, then reload what changed. Call from a worker.

        Holds the I/O lock (no save or reload in between), never the state lock: confirming
        goes on meanwhile, and :meth:`poll` re-applies those edits to the merged catalogues.
        """
        with self.store.io_lock:
            self.flush()
            report = update_project(self.project)
            changes = self.poll()
        return report, changes

    # -- glossary ---------------------------------------------------------------------------------
    @property
    def glossary(self) -> Glossary | None:
        return self.glossary_store.glossary


    def referents(self) -> list[Referent]:
        return self.glossary_store.referents()

    def glossary_columns(self) -> list[str]:
        return self.glossary_store.columns()

    def _edited_glossary(self, reloaded: bool) -> Path:
        if reloaded:
            self.store.report_change(Change("glossary", str(self.project.glossary_path),
                                            "glossary reloaded from disk"))
        return self.project.glossary_path

    def save_glossary(self) -> Path:
        """Write the glossary (e.g. after it was changed through its own API)."""
        return self._edited_glossary(self.glossary_store.edit(lambda glossary: None))

    def upsert_referent(self, values: dict[str, str], old: Referent | None = None) -> Path:
        return self._edited_glossary(self.glossary_store.upsert(values, old))

    def delete_referent(self, referent: Referent) -> Path:
        return self._edited_glossary(self.glossary_store.delete(referent))

    def accept_variant(self, finding: Finding, *, deprecated: bool = False) -> Path:
        return self._edited_glossary(self.glossary_store.accept_variant(finding, deprecated=deprecated))

    # -- checks, names, memory ------------------------------------------------------------------------
    def checker(self) -> NameChecker | None:
        return self.checks.checker()

    @property
    def check_error(self) -> str | None:
        return self.checks.error

    @check_error.setter
    def check_error(self, value: str | None) -> None:
        self.checks.error = value

    def check_segment(self, name: str, language: str, segment: Segment, translation: str, *,
                      source_findings: bool = False) -> list[Finding]:
        return self.checks.check_segment(name, language, segment, translation, source_findings=source_findings)

    def unknown_names(self, name: str, segment: Segment) -> list[str]:
        return self.checks.unknown_names(name, segment)

    def check_all(self, languages: Iterable[str] | None = None, *,
                  source_info: bool = False) -> dict[tuple[str, str | None], list[Located]]:
        """The whole project's findings by (document, language; None for the source), over what is
        in memory. The source spelling report (info findings ``source-name``: every glossary name
        as the sources spell it) is included only with *source_info* (the checks screen's Info)."""
        return self.checks.check_all(languages, source_info=source_info)

    def find_names(self, source: str) -> list[NameHit]:
        return self.checks.find_names(source)

    def case_forms(self, referent: Referent, language: str) -> list[tuple[str, str]]:
        return self.checks.case_forms(referent, language)

    def name_tools(self) -> NameTools | None:
        """The name index as the memory's name-aware matches use it (None without a glossary)."""
        checker = self.checks.checker()
        if checker is None:
            return None
        tools = self._name_tools
        if tools is None or tools.checker is not checker:
            tools = self._name_tools = NameTools(checker)
        return tools

    def suggestions(self, language: str, source: str, limit: int = 3) -> list[Match]:
        """Memory matches for *source*: exact, name-aware, fuzzy (call from a worker)."""
        return self.memory.suggestions(language, source, limit)

    @property
    def memory_notice(self) -> str:
        """Where the memory is (``team memory unreachable: local memory`` when the server is down)."""
        return self.memory.notice

    # -- concordance and replace ----------------------------------------------------------------
    def concordance(self, pattern: str, *, regex: bool = False, side: str = "source",
                    languages: list[str] | None = None, case_sensitive: bool = False,
                    limit: int = 200) -> tuple[list[Hit], list[StoredUnit]]:
        """Messages of every catalogue and units of the memory that hold *pattern* (call from a worker)."""
        compiled = compile_pattern(pattern, regex=regex, case_sensitive=case_sensitive)
        self.flush()                     # what the translator confirmed is what is searched
        hits = list(search_catalogues(self.project, compiled, side=side, languages=languages or self.languages))
        units: list[StoredUnit] = []
        try:
            store = self.memory.store()
            targets: list[str | None] = list(languages) if languages else [None]
            for language in targets:
                units += store.search(pattern, regex=regex, side=side, tgtlang=language,
                                      case_sensitive=case_sensitive, limit=limit)
        except WorkbenchError as exc:
            self.memory.error = f"memory: {exc}"
        return hits, units

    def plan_replace(self, pattern: str, replacement: str, *, regex: bool = False, case_sensitive: bool = False,
                     languages: list[str] | None = None) -> list[Hit]:
        """The translations a replace would change, with their new text (nothing written)."""
        compiled = compile_pattern(pattern, regex=regex, case_sensitive=case_sensitive)
        self.flush()
        return plan_replace(self.project, compiled, replacement, languages=languages or self.languages)

    def apply_replace(self, hits: list[Hit]) -> tuple[list[Path], list[Change]]:
        """Write the chosen replacements (atomic, undo journal kept); the open catalogues are
        reloaded and merged as after any change on disk. Call from a worker."""
        with self.store.io_lock:
            self.flush()
            written = apply_replace(self.project, hits)
        return written, self.poll()

    def undo_replace(self) -> tuple[list[Path], list[str], list[Change]]:
        with self.store.io_lock:
            self.flush()
            written, left = undo_replace(self.project)
        return written, left, self.poll()

    def take_memory_error(self) -> str | None:
        """The memory's last failure, once (for a notification)."""
        error, self.memory.error = self.memory.error, None
        return error

    # -- compile ------------------------------------------------------------------------------------
    def compile(self, languages: list[str],
                progress: Callable[[int, int, str], None] | None = None) -> list[EditionResult]:
        self.flush()
        return compile_editions(self.project, languages, progress=progress)
