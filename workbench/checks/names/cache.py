"""Name checkers cached per glossary content, so that the names are indexed once per glossary.

In memory, a few checkers are kept (by glossary object for the UI, by file content for the
command line); on disk, with a *cache_dir*, the form indexes are kept per glossary content
(:mod:`workbench.checks.names.diskcache`), so that a new process does not build them again.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from .checker import NameChecker
from .diskcache import disk_loader
from .matcher import referents_of

_CACHE_LOCK = threading.Lock()
_BY_CONTENT: OrderedDict[tuple[str, str], NameChecker] = OrderedDict()
_BY_OBJECT: OrderedDict[int, tuple[object, int, NameChecker]] = OrderedDict()
_MAX_CACHED = 4


def glossary_fingerprint(glossary: Any) -> int:
    """A cheap content key of an in-memory glossary (referents are immutable values)."""
    return hash(tuple(referents_of(glossary)))


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > _MAX_CACHED:
        cache.popitem(last=False)


def checker_for(glossary: Any, *, cache_dir: str | Path | None = None) -> NameChecker:
    """The cached NameChecker of this glossary object (rebuilt when its content changed)."""
    key = glossary_fingerprint(glossary)
    with _CACHE_LOCK:
        hit = _BY_OBJECT.get(id(glossary))
        if hit is not None and hit[0] is glossary and hit[1] == key:
            _BY_OBJECT.move_to_end(id(glossary))
            return hit[2]
    checker = NameChecker(glossary, loader=disk_loader(Path(cache_dir)) if cache_dir is not None else None)
    with _CACHE_LOCK:
        _remember(_BY_OBJECT, id(glossary), (glossary, key, checker))
    return checker


def checker_for_path(path: str | Path, *, cache_dir: str | Path | None = None) -> NameChecker:
    """The cached NameChecker of a glossary file, keyed by the SHA-256 of its content.

    A bad glossary raises ``ProblemsError`` listing every bad row.
    """
    from workbench.util.files import read_input

    path = Path(path)
    return checker_for_bytes(read_input(path), path, cache_dir=cache_dir)


def checker_for_bytes(data: bytes, path: Path, *, cache_dir: str | Path | None = None) -> NameChecker:
    """The cached NameChecker of a glossary file's content *data* (read from *path*, which
    problems name); see :func:`checker_for_path`."""
    from workbench.glossary import glossary_from_bytes

    key = (hashlib.sha256(data).hexdigest(), str(cache_dir or ""))
    with _CACHE_LOCK:
        hit = _BY_CONTENT.get(key)
        if hit is not None:
            _BY_CONTENT.move_to_end(key)
            return hit
    glossary = glossary_from_bytes(data, path)  # the bytes just hashed, not a second read
    checker = NameChecker(glossary, loader=disk_loader(Path(cache_dir)) if cache_dir is not None else None,
                          digest=key[0])
    with _CACHE_LOCK:
        _remember(_BY_CONTENT, key, checker)
    return checker
