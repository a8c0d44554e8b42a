"""The form indexes on disk, so that a second run does not build them again.

One file per glossary content and index (``en``, ``ru``, ``kk``),
``<folder>/names-<digest>-<name>-<python>.idx``, where the digest covers the glossary's
content and the code that builds the indexes
(:func:`workbench.checks.names.lexicon.code_fingerprint`). Files are written atomically; a file that
cannot be read, is truncated or is of another version is ignored and rebuilt; indexes of
earlier glossary versions are removed when a new one is written. A folder that cannot be
written only costs the time of building the index again next time.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from workbench.util.errors import WorkbenchError

from .forms import FormIndex
from .lexicon import IndexLoader, Stored

MAGIC = b"workbench-names-index\n"
_TAG = f"py{sys.version_info[0]}{sys.version_info[1]}"      # marshal's format follows the interpreter


def cache_file(folder: Path, digest: str, name: str) -> Path:
    """``names-<digest>-<name>-<python>.idx``; *name* is ``en`` or a target language."""
    return folder / f"names-{digest[:40]}-{name}-{_TAG}.idx"


def read_index(path: Path, loads: Callable[[bytes], Any] = FormIndex.loads) -> Any:
    """The index in *path*, or None when there is none or it is not a good one."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if not data.startswith(MAGIC):
        return None
    try:
        return loads(data[len(MAGIC):])
    except ValueError:
        return None


def write_index(path: Path, index: Stored) -> bool:
    """Write *index* atomically and remove the other glossary versions' files; False if it could not."""
    from workbench.util.atomic import atomic_write_bytes  # only a run that builds an index writes

    try:
        atomic_write_bytes(path, MAGIC + index.dumps(), skip_if_same=False)
    except (WorkbenchError, OSError):
        return False
    name_tail = path.name.split("-", 2)[2]          # "<name>-<tag>.idx"
    for old in path.parent.glob(f"names-*-{name_tail}"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
    return True


def disk_loader(folder: Path) -> IndexLoader:
    """A lexicon loader that keeps its indexes in *folder* (created when first written)."""

    def load(digest: str, name: str, build: Callable[[], Any], loads: Callable[[bytes], Any]) -> Any:
        path = cache_file(folder, digest, name)
        index = read_index(path, loads)
        if index is not None and getattr(index, "language", name) == name:
            return index
        index = build()
        write_index(path, index)
        return index

    return load
