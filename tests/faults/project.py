"""The small project every fault case starts from: two documents (plain text and Markdown) with
their complete Russian and Kazakh catalogues and the whole glossary, as bundled."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
DOCS = ("01-initial-report", "05-tendenza-internazionale")
SETTINGS = '[workbench]\nname = "workbench-seeds"\nsource = "seeds"\nlanguages = ["ru", "kk"]\n'


def make_project(dest: Path, *, documents: tuple[str, ...] = DOCS) -> Path:
    """A copy of the bundled project reduced to *documents*; ``update`` on it writes nothing."""
    (dest / "seeds").mkdir(parents=True)
    for path in sorted((REPO / "seeds").iterdir()):
        if path.stem in documents:
            shutil.copy(path, dest / "seeds" / path.name)
    for path in sorted((REPO / "locale").rglob("*.po*")):
        if path.stem in documents:
            target = dest / path.relative_to(REPO)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    shutil.copy(REPO / "glossary.tsv", dest / "glossary.tsv")
    (dest / "workbench.toml").write_text(SETTINGS, encoding="utf-8")
    return dest


def files(root: Path) -> dict[str, bytes]:
    """Every regular file under *root* (the lock and its folder's .gitignore aside)."""
    out: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if rel in (".workbench/lock", ".workbench/.gitignore"):
            continue
        if path.is_dir() and not path.is_symlink():
            continue
        if path.is_symlink() or not path.is_file():
            out[rel] = b"<not a regular file>"
            continue
        try:
            out[rel] = path.read_bytes()
        except OSError:
            out[rel] = b"<unreadable>"
    return out
