"""End-to-end pipeline on a synthetic project: update (create), update (5 % of
sentences edited, fuzzy matching), compile, against ``msgfmt --statistics``
reading the same catalogues in the same run.

    python tests/benchmarks/bench_project.py [--quick]

The project has 20 documents sharing N segments in all, two target languages
(ru, kk) and translations for every segment, like the bundled seeds at scale.
Each step's time is printed for 10k and 100k segments (``--quick``: 2k and
10k) so that its growth can be read off: linear means ~10x.
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.gettext import read_po, write_po
from workbench.project import load_project
from workbench.services.compile import compile_editions
from workbench.services.merge import set_translation
from workbench.services.update import update_project

WORDS = ("the workers of Zhanaozen went on strike against the rise in gas prices and the regime "
         "answered with troops police arrests and a state of emergency across the whole country "
         "while the opposition parties remained banned and the trade unions were under control").split()
DOCUMENTS = 20


def sentence(rnd: random.Random, i: int) -> str:
    words = [rnd.choice(WORDS) for _ in range(rnd.randint(12, 24))]
    return " ".join(words).capitalize() + f" number {i}."


def make_project(root: Path, segments: int) -> None:
    rnd = random.Random(segments)
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru", "kk"]\nname = "bench"\n', encoding="utf-8")
    per_doc = segments // DOCUMENTS
    for d in range(DOCUMENTS):
        paragraphs, i = [], d * per_doc
        while i < (d + 1) * per_doc:
            k = min(rnd.randint(1, 5), (d + 1) * per_doc - i)
            paragraphs.append(" ".join(sentence(rnd, i + j) for j in range(k)))
            i += k
        (root / "seeds" / f"doc{d:02d}.txt").write_text("Report\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def translate_all(root: Path) -> None:
    project = load_project(root)
    for po in sorted(project.locale_dir.glob("*/LC_MESSAGES/*.po")):
        catalogue = read_po(po)
        for message in catalogue.live():
            set_translation(catalogue, message.msgid, "Перевод: " + message.msgid[::-1])
        write_po(catalogue, po)


def edit_sources(root: Path, share: float = 0.05) -> int:
    rnd = random.Random(7)
    edited = 0
    for path in sorted((root / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences = text.split(". ")
        for n in range(len(sentences)):
            if rnd.random() < share:
                sentences[n] = sentences[n].replace(" the ", " a ", 1)
                edited += 1
        path.write_text(". ".join(sentences), encoding="utf-8")
    return edited


def msgfmt_statistics(root: Path) -> float:
    files = [str(p) for p in sorted(root.glob("locale/*/LC_MESSAGES/*.po"))]
    t0 = time.perf_counter()
    for f in files:
        subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", f], check=True, capture_output=True)
    return time.perf_counter() - t0


def run(segments: int) -> dict:
    root = Path(tempfile.mkdtemp(prefix=f"wb-bench-{segments}-"))
    try:
        make_project(root, segments)
        project = load_project(root)
        t0 = time.perf_counter(); update_project(project); create = time.perf_counter() - t0
        translate_all(root)
        t0 = time.perf_counter(); update_project(project); noop = time.perf_counter() - t0
        edited = edit_sources(root)
        t0 = time.perf_counter(); update_project(project); fuzzy = time.perf_counter() - t0
        t0 = time.perf_counter(); compile_editions(project); build = time.perf_counter() - t0
        msgfmt = msgfmt_statistics(root) if shutil.which("msgfmt") else float("nan")
        size = sum(p.stat().st_size for p in root.glob("locale/*/LC_MESSAGES/*.po")) / 1e6
        return {"segments": segments, "MB": size, "create": create, "noop": noop, "edited": edited,
                "fuzzy": fuzzy, "compile": build, "msgfmt": msgfmt}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    sizes = (2_000, 10_000) if parser.parse_args().quick else (10_000, 100_000)
    rows = [run(n) for n in sizes]
    print(f"{'segments':>9} {'PO MB':>6} {'update new':>10} {'no-op':>7} {'edited':>7} {'update fuzzy':>12} "
          f"{'compile':>8} {'msgfmt --stat':>13} {'compile/msgfmt':>14}")
    for r in rows:
        print(f"{r['segments']:9} {r['MB']:6.1f} {r['create']:10.2f} {r['noop']:7.2f} {r['edited']:7} "
              f"{r['fuzzy']:12.2f} {r['compile']:8.2f} {r['msgfmt']:13.2f} {r['compile'] / r['msgfmt']:14.2f}")
    a, b = rows
    factor = b["segments"] / a["segments"]
    print(f"growth for {factor:.0f}x segments: " + ", ".join(
        f"{k} {b[k] / a[k]:.1f}x" for k in ("create", "noop", "fuzzy", "compile", "msgfmt")))


if __name__ == "__main__":
    main()
