"""The editions folder: where each output goes, and removing outputs that are no
longer made — without ever leaving the folder.

Removal looks at one folder at a time with :func:`os.scandir`, never follows
a symbolic link (a link is removed as a link, its target untouched), never
descends into a subfolder it was not asked about, and only removes files with
an output's suffix. A folder that is itself a symbolic link is refused before
anything is written.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from workbench.util.errors import WorkbenchError

__all__ = ["check_folder", "prune"]


def check_folder(folder: Path, root: Path) -> None:
    """Refuse to write into *folder* if it, or a folder between it and *root*, is a symbolic link."""
    try:
        relative = Path(os.path.normpath(folder)).relative_to(Path(os.path.normpath(root)))
    except ValueError:
        relative = Path("..")
    if ".." in relative.parts:
        raise WorkbenchError("the editions folder must be inside the project", folder)
    current = root
    for part in relative.parts:
        current = current / part
        if current.is_symlink():
            raise WorkbenchError("is a symbolic link: compile writes and removes files only inside the project "
                                 "folder itself", current)
        if current.exists() and not current.is_dir():
            raise WorkbenchError("is a file, not a folder: cannot write editions into it", current)


def prune(folder: Path, keep: Iterable[Path], suffixes: tuple[str, ...]) -> list[Path]:
    """Remove the files directly in *folder* with one of *suffixes* that are not in *keep*."""
    wanted = {path.name for path in keep if path.parent == folder}
    removed: list[Path] = []
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except FileNotFoundError:
        return removed
    except OSError as exc:
        raise WorkbenchError(f"cannot list the folder: {exc.strerror or exc}", folder) from exc
    for entry in entries:
        if entry.name in wanted or entry.name.startswith(".") or not entry.name.lower().endswith(suffixes):
            continue
        if entry.is_dir(follow_symlinks=False):
            continue
        path = folder / entry.name
        try:
            os.unlink(path)  # a symbolic link is removed itself, never its target
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise WorkbenchError(f"cannot remove an outdated edition: {exc.strerror or exc}", path) from exc
        removed.append(path)
    return removed
