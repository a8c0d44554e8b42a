"""A UI-free facade over one open project, held by the terminal UI.

The :class:`Session` loads the project, its documents, catalogues and
glossary; saves a confirmed translation at once (atomic ``write_po``);
remembers every file's mtime/size/hash so that a file changed on disk by
someone else is noticed and reloaded, re-applying only the translator's own
edits to the messages they touched; runs the name checks per segment; and
keeps a translation memory per language.

Unconfirmed edits ("drafts") live here too, keyed by (document, language,
msgid), and are journalled to ``<project>/.workbench/drafts.json`` (atomic
writes; the UI calls :meth:`Session.flush_drafts` from a worker at most every
second or so) so that a crash or a ``kill -9`` loses nothing typed. A draft
leaves the journal when its segment is confirmed, or when it is discarded or
equals the saved translation. :meth:`Session.restore_drafts` checks the
journal read at load time against the documents: drafts whose segment no
longer exists are moved to ``.workbench/orphaned-drafts.txt`` (never dropped).

Plain Python: no ``textual`` or ``rich`` imports. Methods that write are safe
to call from a worker thread. Locks: the session lock guards the in-memory
state and is held only for in-memory changes (the UI thread takes it to
confirm); disk I/O (formatting, writing, fsyncing, parsing) happens outside it,
catalogue writes and reloads under a separate I/O lock the UI thread never
takes; glossary edits hold the glossary lock across reload, change and save.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from workbench.gettext import FUZZY, TRANSLATED, UNTRANSLATED, IncrementalFormatter, message_status
from workbench.util.errors import WorkbenchError
from workbench.services.memory import Match, TranslationMemory
from workbench.project import Project, load_project



# -- records ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Stamp:
    """What we last saw of a file on disk."""

    mtime_ns: int
    size: int
    digest: str

    @classmethod
    def of(cls, path: Path) -> "Stamp | None":
        try:
            st = path.stat()
            data = path.read_bytes()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha1(data).hexdigest())

    @classmethod
    def of_bytes(cls, path: Path, data: bytes) -> "Stamp | None":
        try:
            st = path.stat()
        except OSError:
            return None
        return cls(st.st_mtime_ns, st.st_size, hashlib.sha1(data).hexdigest())


@dataclass(slots=True)
class LocalEdit:
    """The translator's change to one message: what it was and what they made it."""

    base: tuple[str, bool]    # (msgstr, fuzzy) before the edit
    value: tuple[str, bool]   # (msgstr, fuzzy) after the edit


@dataclass(frozen=True, slots=True)
class MessageState:
    """What a confirm may change in a message: its text, flags and the ``#|`` previous msgid."""

    msgstr: str
    flags: tuple[str, ...]
    previous_msgctxt: str | None
    previous_msgid: str | None
    previous_msgid_plural: str | None

    @classmethod
    def of(cls, message) -> "MessageState":
        return cls(message.msgstr, tuple(message.flags), message.previous_msgctxt, message.previous_msgid,
                   message.previous_msgid_plural)

    def apply(self, message) -> None:
        message.msgstr = self.msgstr
        message.flags[:] = list(self.flags)
        message.previous_msgctxt = self.previous_msgctxt
        message.previous_msgid = self.previous_msgid
        message.previous_msgid_plural = self.previous_msgid_plural


@dataclass(frozen=True, slots=True)
class Draft:
    """An unconfirmed edit of one message, journalled so that a crash does not lose it."""

    document: str
    language: str
    msgid: str
    text: str
    timestamp: float

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.document, self.language, self.msgid)


DRAFTS_FOLDER = ".workbench"
DRAFTS_FILE = "drafts.json"
ORPHANS_FILE = "orphaned-drafts.txt"


@dataclass(frozen=True, slots=True)
class Conflict:
    """A message both the translator and someone else changed: theirs was kept, ours became a draft."""

    msgid: str
    yours: str
    theirs: str


@dataclass(frozen=True, slots=True)
class Change:
    """Something the session noticed on disk (for the UI to report)."""

    kind: str                 # "catalogue" | "glossary" | "source" | "error"
    path: str
    message: str
    document: str | None = None
    language: str | None = None
    conflicts: tuple[str, ...] = ()          # msgids (details in ``kept``)
    kept: tuple[Conflict, ...] = ()          # our text of each conflict, now a draft


def _short(text: str, limit: int = 40) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[:limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class NameHit:
    """A glossary name found in a source segment."""

    start: int
    end: int
    text: str
    referent: Any
    deprecated: bool = False


@dataclass(frozen=True, slots=True)
class Located:
    """A check finding and the segment it was found in."""

    document: str
    language: str | None      # None: a finding about the English source
    index: int
    finding: Any


@dataclass(slots=True)
class Progress:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated


class DocInfo:
    """One source document and its catalogues; parsed on first use (see :meth:`Session.ensure_loaded`)."""

    def __init__(self, name: str, path: Path, relpath: str) -> None:
        self.name = name
        self.path = path
        self.relpath = relpath
        self.loaded = False
        self.error: str | None = None          # the document could not be read
        self._document: Any = None
        self.words = 0
        self.catalogues: dict[str, Any] = {}                 # language → Catalogue
        self.edits: dict[str, dict[str, LocalEdit]] = {}     # language → msgid → edit
        self._session: "Session | None" = None
        self.load_lock = threading.Lock()    # parsed once, by whoever asks first

    @property
    def document(self):
        if not self.loaded and self._session is not None:
            self._session.ensure_loaded(self.name)
        return self._document

    @property
    def title(self) -> str:
        if self.loaded and self._document is not None:
            return self._document.title or self.name
        return self.relpath


# -- the session ----------------------------------------------------------------

class Session:
    """One open project."""

    def __init__(self, root: Path | str, *, project: Project | None = None) -> None:
        self.project: Project = project or load_project(Path(root))
        self.root = self.project.root
        self.languages: list[str] = list(self.project.languages)
        self.docs: dict[str, DocInfo] = {}
        self.problems: list[str] = []          # errors found while loading, for the UI to show
        self.glossary: Any = None
        self.memories: dict[str, TranslationMemory] = {}
        self._stamps: dict[Path, Stamp | None] = {}
        # locks: _lock guards the in-memory state and is held briefly, never across disk I/O (the
        # UI thread takes it to confirm); _io_lock serialises catalogue writes and reloads (never
        # taken by the UI thread); _glossary_lock makes reload-edit-save of the glossary one step
        self._lock = threading.RLock()
        self._io_lock = threading.RLock()
        self._glossary_lock = threading.RLock()    # reload-if-changed, edit, save: one step
        self._problems_lock = threading.Lock()
        self._checker_lock = threading.Lock()
        self._dirty: set[tuple[str, str]] = set()
        self._broken: set[tuple[str, str]] = set()
        self._edited: dict[tuple[str, str], set[int]] = {}       # messages edited since the last write
        self._po_caches: dict[tuple[str, str], IncrementalFormatter] = {}
        self._pending_changes: list[Change] = []     # merges done while saving, reported by poll()
        self._glossary_version = 0
        self._checker: tuple[int, Any] | None = None
        self.check_error: str | None = None      # the last failure of the checker, for the UI to show once
        self.glossary_error: str | None = None   # glossary.tsv on disk cannot be read: no edits
        # unconfirmed edits: (document, language, msgid) → Draft; journalled by flush_drafts()
        self._drafts: dict[tuple[str, str, str], Draft] = {}
        self._drafts_lock = threading.Lock()          # held for dict updates only: never blocks typing
        self._drafts_write_lock = threading.Lock()    # one journal write at a time
        self._drafts_dirty = False
        self._journal_keys: set[tuple[str, str, str]] = set()   # read from the journal, not yet checked

    # -- problems and changes, for the UI -------------------------------------------------
    def _problem(self, text: str) -> None:
        with self._problems_lock:
            self.problems.append(text)

    def take_problems(self) -> list[str]:
        """The problems found since the last call (loading runs in a worker: never iterate the list)."""
        with self._problems_lock:
            problems, self.problems = self.problems, []
        return problems

    def _add_change(self, change: Change) -> None:
        with self._lock:
            self._pending_changes.append(change)

    # -- loading ------------------------------------------------------------
    def load(self, *, lazy: bool = False) -> "Session":
        """Find the documents and read the glossary; parse everything unless *lazy*.

        With ``lazy=True`` documents and catalogues are parsed on first use or
        by :meth:`load_all` (which the UI runs in a worker after its first screen).
        """
        try:
            paths = self.project.document_paths()
        except WorkbenchError as exc:
            self._problem(str(exc))
            paths = []
        for path in paths:
            name = path.stem
            relpath = self.project.relpath(path)
            if name in self.docs:
                self._problem(str(WorkbenchError(
                    f"two documents would share the catalogue {name}.po ({self.docs[name].relpath})", relpath)))
                continue
            info = DocInfo(name, path, relpath)
            info._session = self
            self.docs[name] = info
        for language in self.languages:
            self.memories[language] = TranslationMemory()
        self._load_glossary()
        self._read_drafts()
        if not lazy:
            self.load_all()
        return self

    def load_all(self, progress: Callable[[str], None] | None = None, cancelled: Callable[[], bool] | None = None) -> None:
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
        """Parse document *name* and read its catalogues (once). Thread-safe.

        The parsing happens outside the session lock (under the document's own load lock, so
        it happens once): typing and confirming in another document never wait for it.
        """
        from workbench.text.documents import load_document, parse_document

        info = self.docs[name]
        if info.loaded:
            return info
        with info.load_lock:
            if info.loaded:
                return info
            stamp = Stamp.of(info.path)   # before reading: a later change is noticed
            error = None
            try:
                document = load_document(info.path, self.root)
            except WorkbenchError as exc:
                error = str(exc)
                self._problem(error)
                document = None
            if document is None:
                document = parse_document("", relpath=info.relpath, format="text", path=info.path)
            loaded = {language: self._load_catalogue(document, language) for language in self.languages}
            with self._lock:
                self._stamps[info.path] = stamp
                info.error = error
                info._document = document
                info.words = sum(len(s.source.split()) for s in document.segments)
                for language, (catalogue, cstamp, broken) in loaded.items():
                    self._stamps[Path(catalogue.path)] = cstamp
                    if broken:
                        self._broken.add((name, language))
                    info.catalogues[language] = catalogue
                    info.edits[language] = {}
                info.loaded = True
            for language, (catalogue, _, _) in loaded.items():
                self._fill_memory(self.memories[language], name, catalogue)
        return info

    def _load_catalogue(self, document, language: str):
        """(catalogue, stamp, broken) of one language of *document*; reads and parses, locks nothing."""
        from workbench.gettext import read_po

        path = self.project.po_path(document.name, language)
        if not path.exists():
            return self._template_catalogue(document, language, path), None, False
        stamp = Stamp.of(path)        # before reading: a change during the read is noticed next time
        try:
            catalogue = read_po(path)
        except WorkbenchError as exc:
            self._problem(str(exc))
            return self._template_catalogue(document, language, path), stamp, True
        if any(catalogue.get(s.msgid) is None for s in document.segments):
            catalogue = self._merge(document, catalogue, language)
        catalogue.path = path
        return catalogue, stamp, False

    def _merge(self, document, existing, language: str):
        from workbench import __version__
        from workbench.services.merge import make_template, merge

        template = make_template(document, project=self.project.name, version=__version__)
        merged = merge(template, existing, language)
        merged.path = self.project.po_path(document.name, language)
        return merged

    def _template_catalogue(self, document, language, path):
        catalogue = self._merge(document, None, language)
        catalogue.path = path
        return catalogue

    def _load_glossary(self, *, report: bool = True) -> str | None:
        """(Re)read glossary.tsv; return the error, if it cannot be read (added to problems if *report*)."""
        path = self.project.glossary_path
        self._stamps[path] = Stamp.of(path)     # before reading: a change during the read is noticed
        self._glossary_version += 1
        self.glossary_error = None
        if not path.exists():
            self.glossary = None
            return None
        from workbench.glossary import load_glossary

        try:
            self.glossary = load_glossary(path)
        except WorkbenchError as exc:
            # keep the last good glossary (if any) for highlighting, but never save over the file
            self.glossary_error = str(exc)
            if report:
                self._problem(str(exc))
            return str(exc)
        return None

    @staticmethod
    def _fill_memory(tm: TranslationMemory, origin: str, catalogue) -> None:
        if catalogue is None:
            return
        for message in catalogue.messages:
            if not message.obsolete and message.msgstr and not message.fuzzy:
                tm.set(message.msgid, message.msgstr, origin)

    # -- reading ---------------------------------------------------------------
    @property
    def documents(self) -> list:
        return [info.document for info in self.docs.values()]

    def document(self, name: str):
        return self.ensure_loaded(name).document

    def catalogue(self, name: str, language: str):
        return self.ensure_loaded(name).catalogues[language]

    def message(self, name: str, language: str, msgid: str):
        return self.ensure_loaded(name).catalogues[language].get(msgid)

    def status(self, name: str, language: str, msgid: str) -> str:
        message = self.message(name, language, msgid)
        if message is None or not message.msgstr:
            return UNTRANSLATED
        return FUZZY if message.fuzzy else TRANSLATED

    def translation(self, name: str, language: str, msgid: str) -> str:
        message = self.message(name, language, msgid)
        return message.msgstr if message is not None else ""

    def progress(self, name: str, language: str) -> Progress:
        """Counts over the document's segments (repeats counted)."""
        progress = Progress()
        self.ensure_loaded(name)
        catalogue = self.docs[name].catalogues[language]
        for segment in self.docs[name].document.segments:
            status = message_status(catalogue.get(segment.msgid))
            setattr(progress, status, getattr(progress, status) + 1)
        return progress

    def is_broken(self, name: str, language: str) -> bool:
        """The catalogue on disk cannot be read: it is never overwritten until fixed."""
        return (name, language) in self._broken

    # -- writing ---------------------------------------------------------------
    def set_translation(self, name: str, language: str, msgid: str, text: str, *, fuzzy: bool = False) -> None:
        """Change one message in memory and mark the catalogue for saving (call :meth:`flush`).

        Called on the UI thread: holds the session lock for the in-memory change only.
        """
        self._change_message(name, language, msgid, lambda message: self._apply(message, text, fuzzy))

    def message_state(self, name: str, language: str, msgid: str) -> "MessageState | None":
        """Everything a confirm may change in a message (for undo), or None if there is no message."""
        info = self.ensure_loaded(name)      # (parsing happens outside the lock)
        with self._lock:
            message = info.catalogues[language].get(msgid)
            return MessageState.of(message) if message is not None else None

    def restore_message(self, name: str, language: str, msgid: str, state: "MessageState") -> None:
        """Put a message back as :meth:`message_state` found it (undo of a confirm); save with :meth:`flush`."""
        self._change_message(name, language, msgid, state.apply)

    def _change_message(self, name: str, language: str, msgid: str, change: Callable[[Any], None]) -> None:
        info = self.ensure_loaded(name)
        with self._lock:
            catalogue = info.catalogues[language]
            if self.is_broken(name, language):
                raise WorkbenchError("catalogue could not be read; fix it on disk first", catalogue.path)
            message = catalogue.get(msgid)
            if message is None:
                raise WorkbenchError(f"no catalogue entry for segment {msgid[:40]!r}; the source changed: "
                                     "run update (U in the overview) first", catalogue.path)
            base = (message.msgstr, message.fuzzy)
            change(message)
            self._edited.setdefault((name, language), set()).add(id(message))
            edits = info.edits[language]
            old = edits.get(msgid)
            edits[msgid] = LocalEdit(old.base if old else base, (message.msgstr, message.fuzzy))
            self._dirty.add((name, language))
            text, fuzzy = message.msgstr, message.fuzzy
        self.discard_draft(name, language, msgid)     # confirmed (or saved as fuzzy): no longer a draft
        self.memories[language].set(msgid, text if text and not fuzzy else "", name)

    @staticmethod
    def _apply(message, text: str, fuzzy: bool) -> None:
        message.msgstr = text
        message.fuzzy = bool(fuzzy and text)
        if not message.fuzzy:
            message.previous_msgid = None
            message.previous_msgctxt = None

    def flush(self, name: str | None = None, language: str | None = None) -> list[Path]:
        """Write dirty catalogues atomically; return the paths written. Thread-safe (call from a worker).

        The session lock is held only to take a snapshot and to record the result: formatting,
        writing and fsyncing happen under the I/O lock alone, which the UI thread never takes,
        so a confirm (:meth:`set_translation`) never waits for a save. The I/O lock also keeps
        two flushes (or a flush and a reload) from interleaving on the same file.
        """
        written: list[Path] = []
        with self._io_lock:
            with self._lock:
                targets = [k for k in self._dirty
                           if (name is None or k[0] == name) and (language is None or k[1] == language)]
            for key in targets:
                path = self._flush_one(key)
                if path is not None:
                    written.append(path)
        self._journal_conflicts(self._pending_changes)
        return written

    def _flush_one(self, key: tuple[str, str]) -> Path | None:
        from workbench.util.atomic import atomic_write_bytes

        doc, lang = key
        info = self.docs[doc]
        with self._lock:
            if key not in self._dirty:
                return None
            if key in self._broken:
                self._dirty.discard(key)
                return None
            path = Path(info.catalogues[lang].path)
        if self._changed_on_disk(path):
            # someone else wrote it since we last looked: merge theirs first, never overwrite
            self._add_change(self._reload_catalogue(doc, lang, path))
            with self._lock:
                if key in self._broken:
                    self._dirty.discard(key)
                    return None
        with self._lock:
            # a snapshot: confirms from now on mark the catalogue dirty again (and the
            # formatter re-formats what they touch), so a message read half-changed below
            # is written again by the next flush
            catalogue = info.catalogues[lang]
            changed = self._edited.pop(key, set())
            self._dirty.discard(key)
        try:
            data = self._po_cache(doc, lang).format(catalogue, changed).encode("utf-8")
            atomic_write_bytes(path, data)
        except BaseException:
            with self._lock:
                if info.catalogues[lang] is catalogue:
                    self._edited.setdefault(key, set()).update(changed)
                self._dirty.add(key)
            raise
        stamp = Stamp.of_bytes(path, data)
        with self._lock:
            self._stamps[path] = stamp
        return path

    def take_changes(self) -> list[Change]:
        """Merges done while saving (reported by :meth:`poll` too): for the UI to report at once."""
        with self._lock:
            changes, self._pending_changes = self._pending_changes, []
        return changes

    def _journal_conflicts(self, changes: Iterable[Change]) -> None:
        """A conflict turned the translator's text into a draft: journal it now, not a second later."""
        if any(change.kept for change in changes):
            try:
                self.flush_drafts()
            except (OSError, WorkbenchError):
                pass        # still in memory and pending; the UI's journal timer tries again

    def _po_cache(self, name: str, language: str) -> "IncrementalFormatter":
        cache = self._po_caches.get((name, language))
        if cache is None:
            cache = self._po_caches[name, language] = IncrementalFormatter()
        return cache

    def warm(self, name: str, language: str) -> None:
        """Format the catalogue once ahead of the first save (call from a worker)."""
        info = self.ensure_loaded(name)
        with self._io_lock:            # the formatter's cache is the flush's: one user at a time
            catalogue = info.catalogues[language]
            self._po_cache(name, language).format(catalogue, set())

    def save_translation(self, name: str, language: str, msgid: str, text: str, *, fuzzy: bool = False) -> Path:
        self.set_translation(name, language, msgid, text, fuzzy=fuzzy)
        paths = self.flush(name, language)
        return paths[0] if paths else Path(self.docs[name].catalogues[language].path)

    @property
    def dirty(self) -> bool:
        return bool(self._dirty)

    # -- drafts (unconfirmed edits), journalled against crashes -------------------------
    @property
    def drafts_path(self) -> Path:
        return self.root / DRAFTS_FOLDER / DRAFTS_FILE

    @property
    def orphans_path(self) -> Path:
        return self.root / DRAFTS_FOLDER / ORPHANS_FILE

    def draft(self, name: str, language: str, msgid: str) -> str | None:
        """The unconfirmed text of a message, or None."""
        entry = self._drafts.get((name, language, msgid))
        return entry.text if entry is not None else None

    def drafts(self) -> list[Draft]:
        with self._drafts_lock:
            return list(self._drafts.values())

    def set_draft(self, name: str, language: str, msgid: str, text: str) -> None:
        """Remember unconfirmed *text* (cheap: the journal is written later by :meth:`flush_drafts`).

        Text equal to the saved translation is no draft: the entry is removed.
        """
        if text == self.translation(name, language, msgid):
            self.discard_draft(name, language, msgid)
            return
        key = (name, language, msgid)
        with self._drafts_lock:
            old = self._drafts.get(key)
            if old is not None and old.text == text:
                return
            self._drafts[key] = Draft(name, language, msgid, text, time.time())
            self._drafts_dirty = True

    def discard_draft(self, name: str, language: str, msgid: str) -> None:
        key = (name, language, msgid)
        with self._drafts_lock:
            if self._drafts.pop(key, None) is not None:
                self._drafts_dirty = True
            self._journal_keys.discard(key)

    @property
    def drafts_pending(self) -> bool:
        """Drafts changed since the journal was last written."""
        return self._drafts_dirty

    def flush_drafts(self) -> bool:
        """Write the drafts journal atomically if it changed (call from a worker); True if written.

        No drafts: the journal file is removed.
        """
        from workbench.util.atomic import atomic_write_text

        with self._drafts_write_lock:
            with self._drafts_lock:
                if not self._drafts_dirty:
                    return False
                entries = sorted(self._drafts.values(), key=lambda d: d.timestamp)
                self._drafts_dirty = False
            path = self.drafts_path
            try:
                if not entries:
                    try:
                        path.unlink()
                    except FileNotFoundError:
                        pass
                    return True
                self._ensure_drafts_folder()
                data = {"version": 1, "drafts": [
                    {"document": d.document, "language": d.language, "msgid": d.msgid, "text": d.text,
                     "timestamp": d.timestamp} for d in entries]}
                atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            except (OSError, WorkbenchError):
                with self._drafts_lock:
                    self._drafts_dirty = True      # try again next time
                raise
        return True

    def _ensure_drafts_folder(self) -> None:
        folder = self.root / DRAFTS_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        ignore = folder / ".gitignore"
        if not ignore.exists():
            # keeps the folder out of git without touching the project's own .gitignore
            ignore.write_text("# workbench's private state (drafts journal)\n*\n", encoding="utf-8")

    def _read_drafts(self) -> None:
        """Read the journal left by the last run (cheap); :meth:`restore_drafts` checks it later."""
        path = self.drafts_path
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return
        except OSError as exc:
            self._problem(str(WorkbenchError(f"cannot read the drafts journal: {exc.strerror or exc}", path)))
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
                where = self.project.relpath(aside)
            except OSError:
                where = str(path)
            self._problem(str(WorkbenchError(
                f"the drafts journal cannot be read ({type(exc).__name__}); kept as {where}", path)))
            return
        with self._drafts_lock:
            for d in drafts:
                self._drafts.setdefault(d.key, d)
                self._journal_keys.add(d.key)

    def restore_drafts(self) -> tuple[list[Draft], list[Draft]]:
        """Check the drafts read from the journal against the documents (parses those documents).

        Returns (restored, orphaned). Orphaned drafts — their document, language or segment
        no longer exists — are appended to ``.workbench/orphaned-drafts.txt`` and leave the
        journal; a draft equal to the saved translation is dropped (nothing is lost).
        """
        with self._drafts_lock:
            pending = [self._drafts[k] for k in self._journal_keys if k in self._drafts]
            self._journal_keys.clear()
        restored: list[Draft] = []
        orphaned: list[Draft] = []
        for d in sorted(pending, key=lambda d: d.timestamp):
            info = self.docs.get(d.document)
            exists = False
            if info is not None and d.language in self.languages:
                self.ensure_loaded(d.document)
                exists = info.error is None and any(s.msgid == d.msgid for s in info.document.segments)
            if not exists:
                orphaned.append(d)
            elif d.text == self.translation(d.document, d.language, d.msgid):
                self.discard_draft(d.document, d.language, d.msgid)
            else:
                restored.append(d)
        if orphaned:
            self._write_orphans(orphaned)     # first: a crash in between duplicates, never loses
            with self._drafts_lock:
                for d in orphaned:
                    if self._drafts.get(d.key) is d:
                        del self._drafts[d.key]
                self._drafts_dirty = True
            self.flush_drafts()
        return restored, orphaned

    def _write_orphans(self, orphaned: list[Draft]) -> None:
        from workbench.util.atomic import atomic_write_text

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
        self._ensure_drafts_folder()
        atomic_write_text(path, "".join(parts))

    # -- changes on disk -----------------------------------------------------
    def _changed_on_disk(self, path: Path) -> bool:
        old = self._stamps.get(path)
        try:
            st = path.stat()
        except OSError:
            return old is not None and path.exists()
        if old is not None and old.mtime_ns == st.st_mtime_ns and old.size == st.st_size:
            return False
        fresh = Stamp.of(path)
        if fresh is None:
            return False
        if old is not None and old.digest == fresh.digest:
            self._stamps[path] = fresh
            return False
        return True

    def poll(self) -> list[Change]:
        """Notice files changed on disk by someone else; reload and merge them (call from a worker)."""
        changes: list[Change] = []
        if not self._io_lock.acquire(blocking=False):
            return changes             # a save is under way; look again next time
        try:
            changes.extend(self.take_changes())
            for name, info in list(self.docs.items()):
                if info.loaded and self._changed_on_disk(info.path):
                    changes.append(self._reload_document(name))
            for name, info in list(self.docs.items()):
                if not info.loaded:
                    continue
                for language in self.languages:
                    path = Path(info.catalogues[language].path)
                    if self._changed_on_disk(path):
                        changes.append(self._reload_catalogue(name, language, path))
            gpath = self.project.glossary_path
            with self._glossary_lock:           # not while the UI edits it
                if self._changed_on_disk(gpath):
                    error = self._load_glossary(report=False)
                    if error:
                        changes.append(Change("error", str(gpath), error))
                    changes.append(Change("glossary", str(gpath), "glossary reloaded from disk"))
        finally:
            self._io_lock.release()
        self._journal_conflicts(changes)
        return changes

    def _reload_document(self, name: str) -> Change:
        """Re-parse a source document changed on disk; its catalogues are left as they are.

        Segments whose msgid is not in a catalogue yet show as untranslated until
        ``workbench update`` (:meth:`update`) merges the catalogues.
        """
        from workbench.text.documents import load_document

        info = self.docs[name]
        path = info.path
        stamp = Stamp.of(path)     # before reading: a change during the read is noticed next time
        try:
            document = load_document(path, self.root)
        except WorkbenchError as exc:
            with self._lock:
                self._stamps[path] = stamp
            return Change("error", str(path), f"changed on disk but cannot be read ({exc}); "
                          "the last good version stays open", name)
        with self._lock:
            self._stamps[path] = stamp
            info._document = document
            info.error = None
            info.words = sum(len(s.source.split()) for s in document.segments)
            missing = {s.msgid for s in document.segments
                       for language in self.languages if info.catalogues[language].get(s.msgid) is None}
        text = "source changed: run update (or press U)"
        if missing:
            text += f"; {len(missing)} new or changed segment(s) show as untranslated until then"
        return Change("source", str(path), text, name)

    def update(self):
        """``workbench update`` for the open project: save, merge the catalogues with the sources
        on disk, then reload what changed. Returns (UpdateReport, changes). Call from a worker.

        Holds the I/O lock (no save or reload in between), never the session lock: confirming
        goes on meanwhile, and :meth:`poll` re-applies those edits to the merged catalogues.
        """
        from workbench.services.update import update_project

        with self._io_lock:
            self.flush()
            report = update_project(self.project)
            changes = self.poll()
        return report, changes

    def _reload_catalogue(self, name: str, language: str, path: Path) -> Change:
        """Read a catalogue changed on disk (outside the session lock) and merge our edits into it."""
        from workbench.gettext import read_po

        info = self.docs[name]
        key = (name, language)
        stamp = Stamp.of(path)     # before reading: a change during the read is noticed next time
        try:
            fresh = read_po(path)
        except WorkbenchError as exc:
            with self._lock:
                self._stamps[path] = stamp
                self._broken.add(key)
                self._dirty.discard(key)
            return Change("error", str(path), f"changed on disk but cannot be read ({exc}); "
                          "not saving it until it is fixed", name, language)
        document = info.document
        if any(fresh.get(s.msgid) is None for s in document.segments):
            fresh = self._merge(document, fresh, language)
        fresh.path = path
        with self._lock:
            change = self._merge_reloaded(name, language, path, fresh, stamp)
        tm = self.memories.get(language)
        if tm is not None:
            tm.clear_origin(name)
            self._fill_memory(tm, name, fresh)
        for conflict in change.kept:
            self.set_draft(name, language, conflict.msgid, conflict.yours)
        return change

    def _merge_reloaded(self, name: str, language: str, path: Path, fresh, stamp: Stamp | None) -> Change:
        """Swap in the catalogue read from disk, re-applying our edits (under the session lock)."""
        info = self.docs[name]
        self._stamps[path] = stamp
        self._broken.discard((name, language))
        conflicts: list[Conflict] = []
        reapplied = 0
        edits = info.edits[language]
        for msgid, edit in list(edits.items()):
            message = fresh.get(msgid)
            if message is None:
                continue
            disk = (message.msgstr, message.fuzzy)
            if disk == edit.value:
                continue
            if disk == edit.base:
                # the other writer had an older copy of this message: keep ours
                self._apply(message, *edit.value)
                reapplied += 1
            else:
                # they changed it too: theirs is what the file says; ours is never dropped but
                # becomes a draft over theirs (journalled), for the translator to confirm again
                conflicts.append(Conflict(msgid, edit.value[0], message.msgstr))
                del edits[msgid]
        info.catalogues[language] = fresh
        if reapplied:
            self._dirty.add((name, language))
        text = "reloaded from disk"
        if reapplied:
            text += f"; kept your {reapplied} edit(s)"
        if conflicts:
            text += (f"; {len(conflicts)} message(s) also changed there — their version is saved; "
                     "yours is kept as a draft: Ctrl+S to use it")
            text += "".join(f" [theirs {_short(c.theirs)!r}, yours {_short(c.yours)!r}]" for c in conflicts[:3])
            if len(conflicts) > 3:
                text += f" and {len(conflicts) - 3} more"
        return Change("catalogue", str(path), text, name, language,
                      tuple(c.msgid for c in conflicts), tuple(conflicts))

    # -- glossary ---------------------------------------------------------------
    def referents(self) -> list:
        return self.glossary.referents if self.glossary is not None else []

    @property
    def glossary_version(self) -> int:
        return self._glossary_version

    def glossary_columns(self) -> list[str]:
        """The glossary's columns in file order (unknown ones too); the standard ones without a file."""
        from workbench.glossary import COLUMNS

        return list(self.glossary.columns) if self.glossary is not None else list(COLUMNS)

    @staticmethod
    def cell(referent, column: str) -> str:
        """A referent's column as text (multi-value cells joined with '; ')."""
        return referent.cell(column)

    @staticmethod
    def values(referent, column: str) -> list[str]:
        text = Session.cell(referent, column)
        return [v.strip() for v in text.split(";") if v.strip()]

    def target_forms(self, referent, language: str) -> list[str]:
        forms = self.values(referent, language) + self.values(referent, f"{language}_admitted")
        return list(dict.fromkeys(forms))

    def case_forms(self, referent, language: str) -> list[tuple[str, str]]:
        """(case, form) of the preferred target form in every grammatical case, nominative first.

        Uses the inflection engine through the checks' matcher; falls back to the nominative.
        """
        forms = self.target_forms(referent, language)
        if not forms:
            return []
        try:
            from workbench.checks.names.matcher import decl_spec, paradigm, referent_kind

            table = paradigm(language, forms[0], referent_kind(referent), decl_spec(referent, language), True)
        except Exception:  # noqa: BLE001 - a bad decl cell must not break the editor
            return [("nom", forms[0])]
        cases: dict[str, list[str]] = {}
        for case, values in table.items():
            for value in values:
                cases.setdefault(value, []).append(case)
        return [("/".join(names), value) for value, names in cases.items()] or [("nom", forms[0])]

    def find_names(self, source: str) -> list[NameHit]:
        """Glossary names (English forms) in *source*, in order: the name checks' own matches."""
        checker = self.checker()
        if checker is None:
            return []
        return [NameHit(start, end, source[start:end], checker.referents[ref], deprecated)
                for start, end, ref, deprecated in checker.source_names(source)]

    def _edit_glossary(self, fn: Callable[[Any], Any]) -> Path:
        """Apply *fn* to the glossary and save it, as one step.

        The glossary lock is held throughout: reload if glossary.tsv changed on disk (so the
        edit applies to the current file, not our old copy), mutate, save. :meth:`poll` takes
        the same lock before it reloads, so it cannot swap the glossary in between, and the
        save never reloads after the mutation (which would drop it).
        """
        from workbench.glossary import Glossary, save_glossary

        path = self.project.glossary_path
        reloaded = False
        with self._glossary_lock:
            if self._changed_on_disk(path):
                self._load_glossary(report=False)
                reloaded = True
            if self.glossary_error is not None:
                raise WorkbenchError("glossary.tsv has problems; fix them in the file first (it is not overwritten)",
                                     path)
            glossary = self.glossary if self.glossary is not None else Glossary()
            fn(glossary)        # Glossary edits check first and raise before changing anything
            try:
                save_glossary(glossary, path)
            except BaseException:
                self._load_glossary(report=False)   # memory stays what the file says
                raise
            self.glossary = glossary
            self._stamps[path] = Stamp.of(path)
            self._glossary_version += 1
        if reloaded:
            self._add_change(Change("glossary", str(path), "glossary reloaded from disk"))
        return path

    def save_glossary(self) -> Path:
        """Write the glossary (e.g. after it was changed through its own API)."""
        return self._edit_glossary(lambda glossary: None)

    def upsert_referent(self, values: dict[str, str], old=None) -> Path:
        """Add a referent (old=None) or replace *old* with one made of *values*; save at once."""
        from workbench.glossary import Referent

        referent = Referent.from_row(values)

        def edit(glossary) -> None:
            if old is None:
                glossary.add(referent)
            else:
                glossary.replace(old, referent)

        return self._edit_glossary(edit)

    def delete_referent(self, referent) -> Path:
        return self._edit_glossary(lambda glossary: glossary.remove(referent))

    def accept_variant(self, finding, *, deprecated: bool = False) -> Path:
        """Add the spelling a source finding names to its referent (admitted or deprecated); save."""
        from workbench.checks import accept_variant

        return self._edit_glossary(lambda glossary: accept_variant(glossary, finding, deprecated=deprecated,
                                                                   save=False))

    # -- checks --------------------------------------------------------------------
    def checker(self):
        """The name checker for the current glossary (built once per glossary version), or None.

        Built under its own lock, never the session lock: a confirm does not wait for it.
        """
        from workbench.checks import checker_for

        version, glossary = self._glossary_version, self.glossary
        if glossary is None:
            return None
        cached = self._checker
        if cached is not None and cached[0] == version:
            return cached[1]
        with self._checker_lock:
            cached = self._checker
            if cached is None or cached[0] != version:
                try:
                    checker = checker_for(glossary)
                except Exception as exc:  # noqa: BLE001 - a bad glossary must not take the UI down
                    self.check_error = f"name checks unavailable: {type(exc).__name__}: {exc}"
                    checker = None
                self._checker = cached = (version, checker)
        return cached[1]

    def check_segment(self, name: str, language: str, segment, translation: str, *,
                      source_findings: bool = False) -> list:
        """Name-check findings for one segment with *translation* (which may be unsaved).

        With *source_findings*, warnings about the source's own spelling follow.
        """
        checker = self.checker()
        if checker is None:
            return []
        info = self.docs[name]
        found: list = []
        try:
            if translation:
                catalogue = info.catalogues.get(language)
                po = self.project.relpath(Path(catalogue.path)) if catalogue is not None else None
                found += checker.check_target_segment(info.relpath, segment.line, segment.msgid, translation,
                                                      language, catalogue=po)
            if source_findings:
                found += [f for f in checker.check_source_segment(info.relpath, segment) if f.severity != "info"]
        except Exception as exc:  # noqa: BLE001 - a checker bug must not take the editor down
            self.check_error = f"name checks failed: {type(exc).__name__}: {exc}"
            return found
        return found

    def check_all(self, languages: Iterable[str] | None = None) -> dict[tuple[str, str | None], list[Located]]:
        """The project's name-consistency report, keyed by (document, language); language None = source.

        :func:`workbench.checks.names.project.run_project` over the documents and catalogues in memory
        (what the editor shows, saved or being saved), never the files a save may be replacing.
        Source findings of severity info (the spelling report) are left out.
        """
        from workbench.checks.names.project import run_project

        checker = self.checker()
        out: dict[tuple[str, str | None], list[Located]] = {}
        if checker is None:
            return out
        self.load_all()
        infos = [info for info in self.docs.values() if info.error is None]
        by_path = {info.relpath: info for info in infos}
        where: dict[str, tuple[dict, dict]] = {}
        for info in infos:
            by_line: dict[tuple[int, str], int] = {}
            by_msgid: dict[str, int] = {}
            for seg in info.document.segments:
                by_line.setdefault((seg.line, seg.msgid), seg.index)
                by_msgid.setdefault(seg.msgid, seg.index)
            where[info.relpath] = (by_line, by_msgid)
        try:
            findings = run_project(self.project, languages=list(languages or self.languages), checker=checker,
                                   all_documents=[info.document for info in infos],
                                   catalogues=self._catalogue_for_checks)
        except WorkbenchError as exc:
            self.check_error = str(exc)
            return out
        except Exception as exc:  # noqa: BLE001 - a checker bug is reported, not raised into the UI
            self.check_error = f"name checks failed: {type(exc).__name__}: {exc}"
            return out
        for finding in findings:
            if finding.language is None and finding.severity == "info":
                continue
            info = by_path.get(finding.path)
            if info is None:
                continue
            by_line, by_msgid = where[info.relpath]
            index = by_line.get((finding.line, finding.source), by_msgid.get(finding.source))
            if index is None:
                index = next((s.index for s in info.document.segments if s.line == finding.line), 0)
            out.setdefault((info.name, finding.language), []).append(
                Located(info.name, finding.language, index, finding))
        return out

    def _catalogue_for_checks(self, document, language: str):
        """The in-memory catalogue of *document* (a run_project catalogue provider)."""
        key = (document.name, language)
        with self._lock:
            if key in self._broken:
                path = self.project.po_path(document.name, language)
                raise WorkbenchError("cannot be read; fix it on disk (it is not overwritten until then)", path)
            info = self.docs.get(document.name)
            return info.catalogues.get(language) if info is not None and info.loaded else None

    # -- memory / compile --------------------------------------------------------------
    def suggestions(self, language: str, source: str, limit: int = 3) -> list[Match]:
        tm = self.memories.get(language)
        return tm.lookup(source, limit=limit) if tm is not None else []

    def compile(self, languages: list[str], progress: Callable[[int, int, str], None] | None = None) -> list:
        from workbench.services.compile import compile_editions

        self.flush()
        return compile_editions(self.project, languages, progress=progress)


def finding_field(finding, *names: str, default: Any = "") -> Any:
    for name in names:
        value = getattr(finding, name, None)
        if value is not None:
            return value
    return default
