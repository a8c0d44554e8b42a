"""Helpers shared by the tests: a throw-away copy of the bundled project."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"


def copy_project(dest: Path, *, with_locale: bool = False, with_glossary: bool = True) -> Path:
    """Copy the bundled seeds (and optionally catalogues/glossary) into *dest*."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(SEEDS, dest / "seeds")
    (dest / "workbench.toml").write_text(
        '[workbench]\nsource = "seeds"\nlanguages = ["ru", "kk"]\nname = "seeds-test"\n', encoding="utf-8"
    )
    if with_glossary and (REPO / "glossary.tsv").exists():
        shutil.copy(REPO / "glossary.tsv", dest / "glossary.tsv")
    if with_locale and (REPO / "locale").exists():
        shutil.copytree(REPO / "locale", dest / "locale")
    return dest


#: The project lock and its folder's .gitignore: the workbench's private state, not the user's files.
PRIVATE = {".workbench/lock", ".workbench/.gitignore"}


def tree_bytes(root: Path) -> dict[str, bytes]:
    """Every file under *root* with its content, to prove nothing changed (the lock aside)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and p.relative_to(root).as_posix() not in PRIVATE}
