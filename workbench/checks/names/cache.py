"""Name checkers cached per glossary content, so the index is built once per glossary."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from .checker import NameChecker

_CACHE_LOCK = threading.Lock()
_BY_CONTENT: dict[str, NameChecker] = {}
_BY_OBJECT: dict[int, tuple[object, int, NameChecker]] = {}
_MAX_CACHED = 4


def glossary_fingerprint(glossary) -> int:
    """A cheap content key of an in-memory glossary (referents are immutable values)."""
    from .matcher import referents_of

    return hash(tuple(referents_of(glossary)))


def checker_for(glossary) -> NameChecker:
    """The cached NameChecker of this glossary object (rebuilt when its content changed)."""
    key = glossary_fingerprint(glossary)
    with _CACHE_LOCK:
        hit = _BY_OBJECT.get(id(glossary))
        if hit is not None and hit[0] is glossary and hit[1] == key:
            return hit[2]
    checker = NameChecker(glossary)
    with _CACHE_LOCK:
        if len(_BY_OBJECT) >= _MAX_CACHED:
            _BY_OBJECT.clear()
        _BY_OBJECT[id(glossary)] = (glossary, key, checker)
    return checker


def checker_for_path(path: str | Path) -> NameChecker:
    """The cached NameChecker of a glossary file, keyed by the SHA-256 of its content.

    A bad glossary raises ``ProblemsError`` listing every bad row.
    """
    from workbench.glossary import glossary_from_bytes
    from workbench.util.files import read_input

    path = Path(path)
    data = read_input(path)
    digest = hashlib.sha256(data).hexdigest()
    with _CACHE_LOCK:
        hit = _BY_CONTENT.get(digest)
    if hit is not None:
        return hit
    glossary = glossary_from_bytes(data, path)  # the bytes just hashed, not a second read
    checker = NameChecker(glossary)
    with _CACHE_LOCK:
        if len(_BY_CONTENT) >= _MAX_CACHED:
            _BY_CONTENT.clear()
        _BY_CONTENT[digest] = checker
    return checker
