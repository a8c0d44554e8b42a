"""The open documents and their catalogues: loading on first use, edits, saving at once.

Locks: ``state_lock`` guards the in-memory state and is held only for in-memory changes
(the UI thread takes it to confirm); disk I/O (formatting, writing, fsyncing, parsing)
happens outside it, catalogue writes and reloads under ``io_lock``, which the UI thread
never takes. So a confirm never waits for a save, and two saves (or a save and a reload)
never interleave on one file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from workbench import __version__
from workbench.gettext import Catalogue, IncrementalFormatter, Message, message_status, read_po
from workbench.gettext.check import translation_problem
from workbench.project import Project, check_file_name
from workbench.services.merge import make_template, merge
from workbench.services.stats import count_words
from workbench.text import documents
from workbench.text.documents import Document, find_documents
from workbench.util import atomic
from workbench.util.atomic import ChangedOnDisk
from workbench.util.errors import WorkbenchError
from workbench.util.lock import project_lock

from .records import Change, Conflict, LocalEdit, MessageState, ProblemLog, Progress, Stamp, short
from .watcher import FileStamps, apply_translation, merge_reloaded

#: How long a save waits for the project lock (a `workbench update` elsewhere), in seconds.
SAVE_LOCK_WAIT = 30.0
#: How often a save merges a file that keeps changing under it before it gives up (and stays dirty).
SAVE_RETRIES = 5

#: Called after a message changed in memory: (document, language, msgid, text, fuzzy).
MessageChanged = Callable[[str, str, str, str, bool], None]
#: Called after a catalogue was (re)read from disk: (document, language, catalogue).
CatalogueRead = Callable[[str, str, Catalogue], None]
#: Called with the translator's texts that lost to someone else's change on disk.
ConflictsFound = Callable[[str, str, list[Conflict]], None]


class DocInfo:
    """One source document and its catalogues; parsed on first use (:meth:`CatalogueStore.ensure_loaded`)."""

    def __init__(self, store: CatalogueStore, name: str, path: Path, relpath: str) -> None:
        self.name = name
        self.path = path
        self.relpath = relpath
        self.loaded = False
        self.error: str | None = None          # the document could not be read
        self._document: Document | None = None
        self.words = 0
        self.catalogues: dict[str, Catalogue] = {}              # language → Catalogue
        self.edits: dict[str, dict[str, LocalEdit]] = {}        # language → msgid → edit
        self._store = store
        self.load_lock = threading.Lock()    # parsed once, by whoever asks first

    @property
    def document(self) -> Document:
        if not self.loaded:
            self._store.ensure_loaded(self.name)
        assert self._document is not None
        return self._document

    @property
    def title(self) -> str:
        if self.loaded and self._document is not None:
            return self._document.title or self.name
        return self.relpath


class CatalogueStore:
    """Every document of the project with one catalogue per target language. Thread-safe."""

    def __init__(self, project: Project, stamps: FileStamps, problems: ProblemLog) -> None:
        self.project = project
        self.languages = list(project.languages)
        self.docs: dict[str, DocInfo] = {}
        self.stamps = stamps
        self.problems = problems
        self.state_lock = threading.RLock()
        self.io_lock = threading.RLock()
        self._dirty: set[tuple[str, str]] = set()
        self._broken: set[tuple[str, str]] = set()
        self._edited: dict[tuple[str, str], set[int]] = {}     # ids of messages edited since the last write
        self._formatters: dict[tuple[str, str], IncrementalFormatter] = {}
        self._pending: list[Change] = []                        # merges done while saving
        self.on_message_changed: MessageChanged | None = None
        self.on_catalogue_read: CatalogueRead | None = None
        self.on_conflicts: ConflictsFound | None = None

    # -- finding and loading -------------------------------------------------------------
    def discover(self) -> None:
        """Find the documents (not parsed yet)."""
        try:
            found = find_documents(self.project.source_dir)
        except WorkbenchError as exc:
            self.problems.add(str(exc))
            found = []
        paths = []
        for path in found:
            try:       # a file name no catalogue can hold: that file is left out, the rest opens
                check_file_name(path, self.project.relpath(path.parent))
            except WorkbenchError as exc:
                self.problems.add(str(exc))
                continue
            paths.append(path)
        for path in paths:
            name = path.stem
            relpath = self.project.relpath(path)
            if name in self.docs:
                self.problems.add(str(WorkbenchError(
                    f"two documents would share the catalogue {name}.po ({self.docs[name].relpath})", relpath)))
                continue
            self.docs[name] = DocInfo(self, name, path, relpath)

    def load_all(self, progress: Callable[[str], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        for name in list(self.docs):
            if cancelled is not None and cancelled():
                return
            if not self.docs[name].loaded:
                self.ensure_loaded(name)
                if progress is not None:
                    progress(name)

    @property
    def fully_loaded(self) -> bool:
        return all(info.loaded for info in self.docs.values())

    def ensure_loaded(self, name: str) -> DocInfo:
        """Parse document *name* and read its catalogues (once).

        The parsing happens outside the state lock (under the document's own load lock, so
        it happens once): typing and confirming in another document never wait for it.
        """
        info = self.docs[name]
        if info.loaded:
            return info
        with info.load_lock:
            if info.loaded:
                return info
            stamp = Stamp.of(info.path)   # before reading: a later change is noticed
            error = None
            document: Document | None
            try:
                document = documents.load_document(info.path, self.project.root)
            except WorkbenchError as exc:
                error = str(exc)
                self.problems.add(error)
                document = None
            if document is None:
                document = documents.parse_document("", relpath=info.relpath, format="text", path=info.path)
            loaded = {language: self._read_catalogue(document, language) for language in self.languages}
            with self.state_lock:
                self.stamps.remember(info.path, stamp)
                info.error = error
                info._document = document
                info.words = document_words(document)
                for language, (catalogue, cstamp, broken) in loaded.items():
                    self.stamps.remember(self._path(catalogue), cstamp)
                    if broken:
                        self._broken.add((name, language))
                    info.catalogues[language] = catalogue
                    info.edits[language] = {}
                info.loaded = True
            if self.on_catalogue_read is not None:
                for language, (catalogue, _, _) in loaded.items():
                    self.on_catalogue_read(name, language, catalogue)
        return info

    def _read_catalogue(self, document: Document, language: str) -> tuple[Catalogue, Stamp | None, bool]:
        """(catalogue, stamp, broken) of one language of *document*; reads and parses, locks nothing."""
        path = self.project.po_path(document.name, language)
        if not path.exists():
            return self._merged(document, None, language), None, False
        stamp = Stamp.of(path)        # before reading: a change during the read is noticed next time
        try:
            catalogue = read_po(path)
        except WorkbenchError as exc:
            self.problems.add(str(exc))
            return self._merged(document, None, language), stamp, True
        if any(catalogue.get(s.msgid) is None for s in document.segments):
            catalogue = self._merged(document, catalogue, language)
        catalogue.path = path
        return catalogue, stamp, False

    def _merged(self, document: Document, existing: Catalogue | None, language: str) -> Catalogue:
        """*existing* brought in line with the document in memory (what ``update`` would write)."""
        template = make_template(document, project=self.project.name, version=__version__)
        merged = merge(template, existing, language)
        merged.path = self.project.po_path(document.name, language)
        return merged

    def _path(self, catalogue: Catalogue) -> Path:
        assert catalogue.path is not None
        return Path(catalogue.path)

    # -- reading ------------------------------------------------------------------------------
    def catalogue(self, name: str, language: str) -> Catalogue:
        return self.ensure_loaded(name).catalogues[language]

    def message(self, name: str, language: str, msgid: str) -> Message | None:
        return self.catalogue(name, language).get(msgid)

    def status(self, name: str, language: str, msgid: str) -> str:
        return message_status(self.message(name, language, msgid))

    def translation(self, name: str, language: str, msgid: str) -> str:
        message = self.message(name, language, msgid)
        return message.msgstr if message is not None else ""

    def progress(self, name: str, language: str) -> Progress:
        """Counts over the document's segments (repeats counted)."""
        progress = Progress()
        info = self.ensure_loaded(name)
        catalogue = info.catalogues[language]
        for segment in info.document.segments:
            progress.add(message_status(catalogue.get(segment.msgid)))
        return progress

    def is_broken(self, name: str, language: str) -> bool:
        """The catalogue on disk cannot be read: it is never overwritten until fixed."""
        return (name, language) in self._broken

    @property
    def dirty(self) -> bool:
        return bool(self._dirty)

    # -- editing ----------------------------------------------------------------------------
    def set_translation(self, name: str, language: str, msgid: str, text: str, *, fuzzy: bool = False) -> None:
        """Change one message in memory and mark its catalogue for saving (:meth:`flush`).

        A text no catalogue can hold, or one ``msgfmt --check`` would refuse (a line break at
        the end the source does not have), is refused here, before anything changes: the file
        written later must be one the reader accepts again.
        """
        problem = translation_problem(msgid, text)
        if problem is not None:
            raise WorkbenchError(problem, self.project.relpath(self.project.po_path(name, language)))
        self._change(name, language, msgid, lambda message: apply_translation(message, text, fuzzy))

    def message_state(self, name: str, language: str, msgid: str) -> MessageState | None:
        """Everything a confirm may change in a message (for undo), or None if there is no message."""
        info = self.ensure_loaded(name)      # (parsing happens outside the lock)
        with self.state_lock:
            message = info.catalogues[language].get(msgid)
            return MessageState.of(message) if message is not None else None

    def restore_message(self, name: str, language: str, msgid: str, state: MessageState) -> None:
        """Put a message back as :meth:`message_state` found it (undo of a confirm)."""
        self._change(name, language, msgid, state.apply)

    def _change(self, name: str, language: str, msgid: str, change: Callable[[Message], None]) -> None:
        info = self.ensure_loaded(name)
        with self.state_lock:
            catalogue = info.catalogues[language]
            if self.is_broken(name, language):
                raise WorkbenchError("catalogue could not be read; fix it on disk first", catalogue.path)
            message = catalogue.get(msgid)
            if message is None:
                raise WorkbenchError(f"no catalogue entry for segment {msgid[:40]!r}; the source changed: "
                                     "run `workbench update` first (in the UI: u in the overview)", catalogue.path)
            base = (message.msgstr, message.fuzzy)
            change(message)
            self._edited.setdefault((name, language), set()).add(id(message))
            edits = info.edits[language]
            old = edits.get(msgid)
            # the base is what the file holds for this message: the value before our first
            # unsaved edit, or, once an edit is on disk, that saved value (else a later outside
            # change to another message would make this second edit look like a conflict)
            edits[msgid] = LocalEdit(old.base if old is not None and not old.saved else base,
                                     (message.msgstr, message.fuzzy))
            self._dirty.add((name, language))
            text, fuzzy = message.msgstr, message.fuzzy
        if self.on_message_changed is not None:
            self.on_message_changed(name, language, msgid, text, fuzzy)

    # -- saving ------------------------------------------------------------------------------
    def flush(self, name: str | None = None, language: str | None = None) -> list[Path]:
        """Write dirty catalogues atomically; return the paths written. Call from a worker.

        The state lock is held only to take a snapshot and to record the result: formatting,
        writing and fsyncing happen under the I/O lock alone.
        """
        written: list[Path] = []
        with self.io_lock:
            with self.state_lock:
                targets = [k for k in self._dirty
                           if (name is None or k[0] == name) and (language is None or k[1] == language)]
            if not targets:
                return written
            # the project lock: a `workbench update` in another terminal and this save take turns
            with project_lock(self.project.root, "workbench (terminal UI): saving", wait=SAVE_LOCK_WAIT):
                for key in targets:
                    for _attempt in range(SAVE_RETRIES):
                        try:
                            path = self._flush_one(key)
                        except ChangedOnDisk:
                            # someone saved the file between our last look and the rename: merge
                            # theirs message by message, then write again; never over theirs
                            doc, lang = key
                            self.report_change(self.reload_catalogue(doc, lang, self._path(
                                self.docs[doc].catalogues[lang])))
                            continue
                        if path is not None:
                            written.append(path)
                        break
        return written

    def _flush_one(self, key: tuple[str, str]) -> Path | None:
        doc, lang = key
        info = self.docs[doc]
        with self.state_lock:
            if key not in self._dirty:
                return None
            if key in self._broken:
                self._dirty.discard(key)
                return None
            path = self._path(info.catalogues[lang])
        if self.stamps.changed(path):
            # someone else wrote it since we last looked: merge theirs first, never overwrite
            self.report_change(self.reload_catalogue(doc, lang, path))
            with self.state_lock:
                if key in self._broken:
                    self._dirty.discard(key)
                    return None
        with self.state_lock:
            # a snapshot: confirms from now on mark the catalogue dirty again (and the
            # formatter re-formats what they touch), so a message read half-changed below
            # is written again by the next flush
            catalogue = info.catalogues[lang]
            changed = self._edited.pop(key, set())
            self._dirty.discard(key)
            in_write = dict(info.edits[lang])
        seen = self.stamps.get(path)
        try:
            data = self._formatter(doc, lang).format(catalogue, changed).encode("utf-8")
            # compare before rename: what we read (or wrote) last must still be there
            atomic.atomic_write_bytes(path, data, expected=seen.digest if seen is not None else None)
        except BaseException:
            with self.state_lock:
                if info.catalogues[lang] is catalogue:
                    self._edited.setdefault(key, set()).update(changed)
                self._dirty.add(key)
            raise
        stamp = Stamp.of_bytes(path, data)
        with self.state_lock:
            self.stamps.remember(path, stamp)
            edits = info.edits[lang]
            for msgid, edit in in_write.items():
                if edits.get(msgid) is edit:
                    edit.saved = True
        return path

    def _formatter(self, name: str, language: str) -> IncrementalFormatter:
        formatter = self._formatters.get((name, language))
        if formatter is None:
            formatter = self._formatters[name, language] = IncrementalFormatter()
        return formatter

    def warm(self, name: str, language: str) -> None:
        """Format the catalogue once ahead of the first save (call from a worker)."""
        info = self.ensure_loaded(name)
        with self.io_lock:            # the formatter's cache is the flush's: one user at a time
            self._formatter(name, language).format(info.catalogues[language], set())

    def report_change(self, change: Change) -> None:
        """Keep *change* for the UI to report (:meth:`take_changes`)."""
        with self.state_lock:
            self._pending.append(change)

    def pending_changes(self) -> list[Change]:
        """The changes not yet taken, left in place."""
        with self.state_lock:
            return list(self._pending)

    def take_changes(self) -> list[Change]:
        """Merges done while saving: for the UI to report at once."""
        with self.state_lock:
            changes, self._pending = self._pending, []
        return changes

    # -- changes on disk ------------------------------------------------------------------------
    def reload_document(self, name: str) -> Change:
        """Re-parse a source document changed on disk; its catalogues are left as they are.

        Segments whose msgid is not in a catalogue yet show as untranslated until
        ``workbench update`` merges the catalogues.
        """
        info = self.docs[name]
        path = info.path
        stamp = Stamp.of(path)     # before reading: a change during the read is noticed next time
        try:
            document = documents.load_document(path, self.project.root)
        except WorkbenchError as exc:
            self.stamps.remember(path, stamp)
            return Change("error", str(path), f"changed on disk but cannot be read ({exc}); "
                          "the last good version stays open", name)
        with self.state_lock:
            self.stamps.remember(path, stamp)
            info._document = document
            info.error = None
            info.words = document_words(document)
            missing = {s.msgid for s in document.segments
                       for language in self.languages if info.catalogues[language].get(s.msgid) is None}
        text = "source changed: the catalogues need `workbench update`"
        if missing:
            text += f"; {len(missing)} new or changed segment(s) show as untranslated until then"
        return Change("source", str(path), text, name)

    def reload_catalogue(self, name: str, language: str, path: Path) -> Change:
        """Read a catalogue changed on disk (outside the state lock) and merge our edits into it."""
        info = self.docs[name]
        key = (name, language)
        stamp = Stamp.of(path)     # before reading: a change during the read is noticed next time
        try:
            fresh = read_po(path)
        except WorkbenchError as exc:
            with self.state_lock:
                self.stamps.remember(path, stamp)
                self._broken.add(key)
                self._dirty.discard(key)
            return Change("error", str(path), f"changed on disk but cannot be read ({exc}); "
                          "not saving it until it is fixed", name, language)
        document = info.document
        if any(fresh.get(s.msgid) is None for s in document.segments):
            fresh = self._merged(document, fresh, language)
        fresh.path = path
        with self.state_lock:
            self.stamps.remember(path, stamp)
            self._broken.discard(key)
            result = merge_reloaded(fresh, info.edits[language])
            info.catalogues[language] = fresh
            if result.reapplied:
                self._dirty.add(key)
        if self.on_catalogue_read is not None:
            self.on_catalogue_read(name, language, fresh)
        if result.conflicts and self.on_conflicts is not None:
            self.on_conflicts(name, language, result.conflicts)
        text = "reloaded from disk"
        if result.reapplied:
            text += f"; kept your {result.reapplied} edit(s)"
        if result.superseded:
            text += f"; {result.superseded} message(s) you had confirmed were changed there since: theirs is newer"
        conflicts = result.conflicts
        if conflicts:
            text += (f"; {len(conflicts)} message(s) also changed there — their version is saved; "
                     "yours is kept as a draft: Ctrl+S to use it")
            text += "".join(f" [theirs {short(c.theirs)!r}, yours {short(c.yours)!r}]" for c in conflicts[:3])
            if len(conflicts) > 3:
                text += f" and {len(conflicts) - 3} more"
        return Change("catalogue", str(path), text, name, language,
                      tuple(c.msgid for c in conflicts), tuple(conflicts))

    def changed_on_disk(self) -> list[Change]:
        """Reload every loaded document and catalogue someone else changed (under the I/O lock)."""
        changes: list[Change] = []
        for name, info in list(self.docs.items()):
            if info.loaded and self.stamps.changed(info.path):
                changes.append(self.reload_document(name))
        for name, info in list(self.docs.items()):
            if not info.loaded:
                continue
            for language in self.languages:
                path = self._path(info.catalogues[language])
                if self.stamps.changed(path):
                    changes.append(self.reload_catalogue(name, language, path))
        return changes


def document_words(document: Document) -> int:
    """The source words of a document, counted as ``workbench stats`` counts them."""
    return sum(count_words(s.msgid) for s in document.segments)
