"""End-to-end pipeline on a synthetic project: update (create), update (5 % of
sentences edited, fuzzy matching), compile; GNU ``msgmerge --previous`` merging the same
catalogues with the same templates, and ``msgfmt -o`` compiling the same catalogues, as
peers in the same run (what each peer does and does not do is printed with the table).

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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.gettext import read_po, write_mo, write_po
from workbench.project import load_project
from workbench.services.compile import compile_editions
from workbench.services.merge import set_translation
from workbench.services.update import plan_update, update_project

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


def timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def catalogues(root: Path) -> list[Path]:
    return sorted(root.glob("locale/*/LC_MESSAGES/*.po"))


def gnu_merge(root: Path, out: Path) -> float:
    """The peer of a fuzzy update: ``msgmerge --previous`` of every catalogue with its new template.

    Same catalogues, same templates, same output files written; it does not parse or segment the
    documents nor write the templates (ours does, inside its time).
    """
    out.mkdir(exist_ok=True)
    jobs = [(po, root / "locale" / f"{po.stem}.pot", out / f"{po.parent.parent.name}-{po.name}")
            for po in catalogues(root)]
    t0 = time.perf_counter()
    for po, pot, dest in jobs:
        subprocess.run(["msgmerge", "--quiet", "--previous", str(po), str(pot), "-o", str(dest)],
                       check=True, capture_output=True)
    return time.perf_counter() - t0


def gnu_compile(root: Path, out: Path) -> float:
    """The peer of compile's .mo part: ``msgfmt -o`` for every catalogue."""
    out.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    for po in catalogues(root):
        subprocess.run(["msgfmt", "-o", str(out / f"{po.parent.parent.name}-{po.stem}.mo"), str(po)],
                       check=True, capture_output=True)
    return time.perf_counter() - t0


def ours_mo(root: Path, out: Path) -> float:
    """Our .mo part alone, the same work as :func:`gnu_compile`: read each catalogue, write its .mo."""
    out.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    for po in catalogues(root):
        write_mo(read_po(po), out / f"{po.parent.parent.name}-{po.stem}.mo")
    return time.perf_counter() - t0


def run(segments: int) -> dict[str, float]:
    root = Path(tempfile.mkdtemp(prefix=f"wb-bench-{segments}-"))
    gnu = shutil.which("msgmerge") is not None and shutil.which("msgfmt") is not None
    nan = float("nan")
    try:
        make_project(root, segments)
        project = load_project(root)
        create = timed(lambda: update_project(project))
        translate_all(root)
        noop = timed(lambda: update_project(project))
        edited = edit_sources(root)
        # the peer merges the same catalogues with the templates the update will write
        plan = plan_update(project)
        snapshot = root / "before-update"
        shutil.copytree(root / "locale", snapshot)
        for path, text in plan.items():
            if path.suffix == ".pot" and text is not None:
                target = snapshot / path.relative_to(project.locale_dir)
                target.write_text(text, encoding="utf-8")
        merge_peer = nan
        if gnu:
            peer_root = root / "peer"
            (peer_root / "locale").parent.mkdir(exist_ok=True)
            shutil.copytree(snapshot, peer_root / "locale")
            merge_peer = gnu_merge(peer_root, root / "gnu-merged")
        fuzzy = timed(lambda: update_project(project))
        build = timed(lambda: compile_editions(project))
        mo_ours = ours_mo(root, root / "ours-mo")
        mo_gnu = gnu_compile(root, root / "gnu-mo") if gnu else nan
        size = sum(p.stat().st_size for p in catalogues(root)) / 1e6
        return {"segments": segments, "MB": size, "create": create, "noop": noop, "edited": edited,
                "fuzzy": fuzzy, "msgmerge": merge_peer, "compile": build, "mo": mo_ours, "msgfmt": mo_gnu}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    sizes = (2_000, 10_000) if parser.parse_args().quick else (10_000, 100_000)
    rows = [run(n) for n in sizes]
    print(f"{'segments':>9} {'PO MB':>6} {'update new':>10} {'no-op':>7} {'edited':>7} {'update fuzzy':>12} "
          f"{'msgmerge':>9} {'compile':>8} {'ours .mo':>8} {'msgfmt .mo':>10}")
    for r in rows:
        print(f"{r['segments']:9} {r['MB']:6.1f} {r['create']:10.2f} {r['noop']:7.2f} {r['edited']:7} "
              f"{r['fuzzy']:12.2f} {r['msgmerge']:9.2f} {r['compile']:8.2f} {r['mo']:8.2f} {r['msgfmt']:10.2f}")
    print("update fuzzy: ours parses and segments the documents, writes templates and merges every catalogue;\n"
          "msgmerge (peer): merges the same catalogues with the same templates and writes them, nothing else.\n"
          "compile: ours writes the editions and the .mo files; ours .mo / msgfmt .mo: read every catalogue and\n"
          "write its .mo (the same work).")
    a, b = rows
    factor = b["segments"] / a["segments"]
    print(f"growth for {factor:.0f}x segments: " + ", ".join(
        f"{k} {b[k] / a[k]:.1f}x" for k in ("create", "noop", "fuzzy", "msgmerge", "compile", "mo", "msgfmt")))


if __name__ == "__main__":
    main()
