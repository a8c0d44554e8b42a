"""The findings of earlier runs, kept on disk by content, so that a check of an unchanged
segment is not made again.

A check's findings for a segment are a function of what it reads: for the name checks, the
source sentence and the project's vocabulary (source findings), or the source, the referents
it names and the translation (target findings), given one glossary and one version of the code.
A :class:`ResultStore` maps a hash of exactly those inputs to the findings, with the fields that
say *where* (document, line, catalogue, catalogue line, the source and translation themselves)
left out where they are the segment's own, and put back from the segment when the result is
used again. So a segment that moved, or a sentence repeated elsewhere, is served from the store
too, and what comes out is what the check would have said.

One file per version of the code — a hash of every module of the ``workbench`` package and of
the word lists the checks read (:func:`code_fingerprint`), so no other version ever reads it:
``<folder>/results-<code>-<python>.bin`` (:func:`open_store`); the newest few are kept, older ones
removed. What else a result depends on — the glossary's content key, the vocabulary, a QA
family's settings — is part of each entry's key.
Entries carry the number of the run that last wrote or used them; a run that adds entries
rewrites the file (atomically) without those unused for :data:`KEEP_RUNS` such runs. A file that
is missing, damaged or of another format is ignored (and replaced); a folder that cannot be
written only costs the time of checking again next time. Two processes writing at once lose
one's new entries (the last rename wins): a cache, never the only copy of anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import sys
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from workbench.util.errors import WorkbenchError

from .findings import FIELD_NAMES, Finding

MAGIC = b"workbench-results\n"
FORMAT = 2                      # 2: a checksum of the content after the magic line
_TAG = f"py{sys.version_info[0]}{sys.version_info[1]}"      # marshal's format follows the interpreter
#: runs that wrote the file an entry may go unused before it is dropped
KEEP_RUNS = 8
#: files kept in a folder: this version of the code's and the newest others' (a switch back and forth between two
#: installed versions does not start over each time)
KEEP_SCOPES = 3
#: the fields a finding takes from its segment; stored as :data:`_SAME` when they are the segment's
WHERE_FIELDS: tuple[str, ...] = ("path", "line", "source", "target", "catalogue", "catalogue_line")
_SAME = ...                     # marshal keeps Ellipsis; no field of a finding holds it
_WHERE_AT = tuple(FIELD_NAMES.index(name) for name in WHERE_FIELDS)


#: modules whose data the checks read: chunspell (``hunspell``) ships the English word list
_DATA_MODULES = ("hunspell",)


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of every module of the ``workbench`` package, of the interpreter's version and of
    the installed word-list modules (:data:`_DATA_MODULES`, by file, size and time): results on
    disk are never used by other code (a check changed, a rule added, a library upgraded)."""
    import importlib.util

    import workbench

    h = hashlib.sha256(f"{FORMAT}/{sys.version}\n".encode())
    for name in _DATA_MODULES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = spec.origin if spec is not None else None
        h.update(f"{name}:{data_file_key(Path(origin) if origin else None)}\n".encode())
    root = Path(workbench.__file__).parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\1unreadable")
    return h.hexdigest()


def content_key(*parts: Any) -> bytes:
    """A 16-byte key of *parts* (strings, bytes, numbers, None, tuples and lists of them): what a result
    depends on. Serialised by marshal's version 0, which tells the types apart, keeps lone surrogates and,
    unlike later versions, writes equal values alike whether or not a string is interned."""
    return hashlib.blake2b(marshal.dumps(parts, 0), digest_size=16).digest()


def pack(findings: Iterable[Finding], where: dict[str, Any]) -> tuple[tuple[Any, ...], ...]:
    """*findings* as tuples of their fields, each field of *where* that equals the segment's own
    value replaced by a marker (so the stored result does not say where it was found)."""
    out = []
    for finding in findings:
        values = [getattr(finding, name) for name in FIELD_NAMES]
        for at, name in zip(_WHERE_AT, WHERE_FIELDS, strict=True):
            if name in where and values[at] == where[name]:
                values[at] = _SAME
        out.append(tuple(values))
    return tuple(out)


def unpack(packed: tuple[tuple[Any, ...], ...], where: dict[str, Any]) -> list[Finding]:
    """The findings of :func:`pack` for the segment *where* describes."""
    out = []
    for values in packed:
        fields = list(values)
        for at, name in zip(_WHERE_AT, WHERE_FIELDS, strict=True):
            if fields[at] is _SAME:
                fields[at] = where[name]
        out.append(Finding(*fields))
    return out


_CHECKSUM = 16


def _checksum(body: bytes) -> bytes:
    return hashlib.blake2b(body, digest_size=_CHECKSUM).digest()


def file_bytes(run: int, entries: dict[bytes, list[Any]]) -> bytes:
    """The file of a store: the magic line, a checksum of the rest, then (format, run, entries) marshalled."""
    body = marshal.dumps((FORMAT, run, entries))
    return MAGIC + _checksum(body) + body


def read_file(path: Path) -> tuple[int, dict[bytes, list[Any]]] | None:
    """(run, entries) of the store file *path*, or None when there is none or it is not a good one."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = data[len(MAGIC) + _CHECKSUM:]
    if not data.startswith(MAGIC) or data[len(MAGIC):len(MAGIC) + _CHECKSUM] != _checksum(body):
        return None             # another format, or damaged: a cache is rebuilt, never half-trusted
    try:
        stored = marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None
    if (not isinstance(stored, tuple) or len(stored) != 3 or stored[0] != FORMAT
            or not isinstance(stored[1], int) or not isinstance(stored[2], dict)):
        return None
    return stored[1], stored[2]


def results_file(folder: Path, scope: str) -> Path:
    return folder / f"results-{scope[:40]}-{_TAG}.bin"


def open_store(folder: Path) -> ResultStore:
    """The store of this version of the code in *folder* (a project's ``.workbench/cache``)."""
    return ResultStore(folder, code_fingerprint())


def data_file_key(path: Path | None) -> tuple[str, int, int] | None:
    """(path, size, modification time) of a data file a check reads, for a key; None if none."""
    if path is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    return (str(path), info.st_size, info.st_mtime_ns)


class ResultStore:
    """The results of one scope (a version of the code), read from *folder* when opened; see the
    module docstring. ``get``/``put`` map a :func:`content_key` to any marshal-able value."""

    def __init__(self, folder: Path, scope: str) -> None:
        self.path = results_file(folder, scope)
        self._entries: dict[bytes, list[Any]] = {}    # key -> [run that last wrote or used it, value]
        self._run = 1
        self._added = 0
        self._read()

    def _read(self) -> None:
        stored = read_file(self.path)
        if stored is not None:
            self._run, self._entries = stored[0] + 1, stored[1]

    def get(self, key: bytes) -> Any:
        """The value stored under *key*, or None."""
        entry = self._entries.get(key)
        if entry is None:
            return None
        entry[0] = self._run
        return entry[1]

    def put(self, key: bytes, value: Any) -> None:
        self._entries[key] = [self._run, value]
        self._added += 1

    def __len__(self) -> int:
        return len(self._entries)

    def save(self) -> bool:
        """Write the store if this run added anything (dropping long-unused entries); False if
        the folder could not be written (nothing else happens then)."""
        if not self._added:
            return True
        from workbench.util.atomic import atomic_write_bytes  # only a run that adds anything writes

        oldest = self._run - KEEP_RUNS
        kept = {key: entry for key, entry in self._entries.items() if entry[0] > oldest}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, file_bytes(self._run, kept), skip_if_same=False)
        except (WorkbenchError, OSError, ValueError):
            return False
        self._added = 0
        self._remove_old_scopes()
        return True

    def _remove_old_scopes(self) -> None:
        others = []
        for path in self.path.parent.glob(f"results-*-{_TAG}.bin"):
            if path != self.path:
                with contextlib.suppress(OSError):
                    others.append((path.stat().st_mtime, path.name, path))
        others.sort(reverse=True)
        for _, _, path in others[KEEP_SCOPES - 1:]:
            with contextlib.suppress(OSError):
                path.unlink()
