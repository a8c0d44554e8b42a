"""Rendering the HTML editions, against markdown-it-py rendering the same documents.

    python tests/benchmarks/bench_editions.py [--quick]

A synthetic project of 20 Markdown documents (headings, paragraphs, lists, bold,
links) with N segments in all, every one translated into Russian. Ours:
``compile_project(formats=["html"], languages=["ru"])`` — the translated
documents rendered by markdown-it-py with the untranslated-segment markers,
escaping, links and colophon, written atomically. The peer does the same input
and output with none of that: it assembles each translated document, renders it
with ``MarkdownIt("commonmark").render`` and writes it atomically, in the same
run. The other formats (bilingual, EPUB, text, and all three languages) are
timed alone. Sizes 10k and 50k segments (``--quick``: 2k and 10k).
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from markdown_it import MarkdownIt

from workbench.gettext import read_po, write_po
from workbench.project import load_project
from workbench.services.compile import compile_project
from workbench.services.merge import set_translation
from workbench.services.update import update_project
from workbench.util.atomic import atomic_write_text

WORDS = ("the workers of Zhanaozen went on strike against the rise in gas prices and the regime answered "
         "with troops police arrests and a state of emergency across the whole country").split()
DOCUMENTS = 20


def make_project(root: Path, segments: int) -> None:
    rnd = random.Random(segments)
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru", "kk"]\nname = "bench"\n',
                                         encoding="utf-8")
    per_doc = segments // DOCUMENTS
    for d in range(DOCUMENTS):
        blocks, i = [f"# Report number {d}"], 1
        while i < per_doc:
            k = min(rnd.randint(1, 4), per_doc - i)
            sentences = [" ".join(rnd.choice(WORDS) for _ in range(rnd.randint(10, 22))).capitalize()
                         + f" **number {d}-{i + j}** [link](https://example.org/{i + j})." for j in range(k)]
            blocks.append(("- " if rnd.random() < 0.2 else "") + " ".join(sentences))
            i += k
        (root / "seeds" / f"doc{d:02d}.md").write_text("\n\n".join(blocks) + "\n", encoding="utf-8")


def translate_all(root: Path) -> None:
    for po in sorted((root / "locale").glob("*/LC_MESSAGES/*.po")):
        catalogue = read_po(po)
        for message in catalogue.live():
            set_translation(catalogue, message.msgid, "Қазақша аударма: " + message.msgid)
        write_po(catalogue, po)


def peer(root: Path, out: Path) -> float:
    """markdown-it-py alone on the same translated documents, written the same way."""
    project = load_project(root)
    start = time.perf_counter()
    md = MarkdownIt("commonmark")
    for document in project.load_documents():
        catalogue = read_po(project.po_path(document.name, "ru"))
        done = {m.msgid: m.msgstr for m in catalogue.live() if m.msgstr and not m.fuzzy}
        text = document.assemble(lambda segment, done=done: done.get(segment.msgid))
        atomic_write_text(out / f"{document.name}.html", md.render(text))
    return time.perf_counter() - start


def timed(root: Path, formats: list[str], languages: list[str]) -> float:
    project = load_project(root)
    shutil.rmtree(project.editions_dir, ignore_errors=True)
    start = time.perf_counter()
    compile_project(project, languages, formats=formats)
    return time.perf_counter() - start


def run(segments: int) -> dict[str, float]:
    root = Path(tempfile.mkdtemp(prefix=f"wb-editions-{segments}-"))
    try:
        make_project(root, segments)
        update_project(load_project(root))
        translate_all(root)
        row = {"segments": float(segments)}
        row["peer"] = min(peer(root, Path(tempfile.mkdtemp(dir=root))) for _ in range(2))
        row["html"] = min(timed(root, ["html"], ["ru"]) for _ in range(2))
        row["bilingual"] = timed(root, ["bilingual"], ["ru"])
        row["epub"] = timed(root, ["epub"], ["ru"])
        row["txt"] = timed(root, ["txt"], ["ru"])
        row["latin"] = timed(root, ["html"], ["kk-Latn"])
        row["all"] = timed(root, ["html", "bilingual", "epub", "txt"], ["ru", "kk"])
        return row
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    sizes = (2_000, 10_000) if parser.parse_args().quick else (10_000, 50_000)
    rows = [run(n) for n in sizes]
    keys = ["html", "peer", "bilingual", "epub", "txt", "latin", "all"]
    names = {"html": "html (ru)", "peer": "markdown-it peer", "bilingual": "bilingual (ru)", "epub": "epub (ru)",
             "txt": "txt (ru)", "latin": "html (kk-Latn)", "all": "all formats, ru+kk+kk-Latn"}
    print(f"{'segments':>9} " + " ".join(f"{names[k]:>{max(len(names[k]), 8)}}" for k in keys) + "   html/peer")
    for r in rows:
        print(f"{int(r['segments']):9} " + " ".join(f"{r[k]:{max(len(names[k]), 8)}.2f}" for k in keys)
              + f"   {r['html'] / r['peer']:9.2f}")
    a, b = rows
    print(f"growth for {b['segments'] / a['segments']:.0f}x segments: "
          + ", ".join(f"{names[k]} {b[k] / a[k]:.1f}x" for k in keys))


if __name__ == "__main__":
    main()
