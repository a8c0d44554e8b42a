"""Segmentation benchmark: throughput, linear growth and golden-rule accuracy.

Run ``python tests/benchmarks/bench_segmentation.py`` (about 20 MB) or with
``--quick`` (about 2 MB).  The text is built by repeating the seeds; our
segmenter is timed on the whole of it (per paragraph, the way documents use
it, and as a full ``parse_document``), pysbd on a small slice because it is two
orders of magnitude slower.  Both are scored on the English golden rules.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.text.documents import parse_document
from workbench.text.segmentation import split_sentences

SEEDS = ROOT / "seeds"
GOLDEN = Path(__file__).resolve().parents[1] / "data" / "segmentation" / "golden_rules_en.jsonl"
MB = 1_000_000


def corpus(size: int) -> str:
    """At least ``size`` characters of seed text (paragraphs separated by blank lines)."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.suffix in (".txt", ".md"))
    base += "\n\n"
    return base * (size // len(base) + 1)


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def time_ours(text: str) -> float:
    """Seconds to split every line of ``text`` (offsets only, no copies)."""
    spans = paragraphs(text)
    t0 = time.perf_counter()
    for a, b in spans:
        split_sentences(text, a, b)
    return time.perf_counter() - t0


def time_parse(text: str) -> float:
    t0 = time.perf_counter()
    parse_document(text, relpath="bench.txt", format="text")
    return time.perf_counter() - t0


def time_pysbd(text: str) -> float | None:
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
    lines = [line for line in text.split("\n") if line.strip()]
    t0 = time.perf_counter()
    for line in lines:
        seg.segment(line)
    return time.perf_counter() - t0


def golden_scores() -> tuple[int, int | None, int]:
    rules = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = sum(
        [r["text"][a:b] for a, b in split_sentences(r["text"])] == r["sentences"] for r in rules
    )
    try:
        import pysbd
    except ImportError:
        return ours, None, len(rules)
    seg = pysbd.Segmenter(language="en", clean=False)
    theirs = sum([s.strip() for s in seg.segment(r["text"])] == r["sentences"] for r in rules)
    return ours, theirs, len(rules)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 MB instead of 20 MB")
    args = parser.parse_args()
    big = 2 * MB if args.quick else 20 * MB
    small = 2 * MB if not args.quick else MB // 5
    pysbd_size = 100_000 if args.quick else 250_000

    split_sentences("Warm up. The tables.")  # load the abbreviation tables outside the timings
    text_small, text_big = corpus(small)[:small], corpus(big)[:big]

    t_small, t_big = time_ours(text_small), time_ours(text_big)
    p_big = time_parse(text_big)
    text_pysbd = corpus(pysbd_size)[:pysbd_size]
    t_pysbd = time_pysbd(text_pysbd)
    # Report sizes in UTF-8 bytes (the seeds contain some Cyrillic and typographic quotes).
    small, big, pysbd_size = (len(t.encode("utf-8")) for t in (text_small, text_big, text_pysbd))
    ours, theirs, total = golden_scores() if GOLDEN.exists() else (None, None, 48)

    rows = [
        ("workbench split_sentences", f"{big / MB:.1f} MB", f"{t_big:.2f} s", f"{big / MB / t_big:.1f}", ours),
        ("workbench parse_document", f"{big / MB:.1f} MB", f"{p_big:.2f} s", f"{big / MB / p_big:.1f}", ours),
    ]
    if t_pysbd is not None:
        rows.append(("pysbd 0.3 (clean=False)", f"{pysbd_size / MB:.2f} MB", f"{t_pysbd:.2f} s",
                     f"{pysbd_size / MB / t_pysbd:.2f}", theirs))
    print(f"{'segmenter':28} {'input':>9} {'time':>9} {'MB/s':>7} {'golden':>8}")
    for name, size, secs, rate, score in rows:
        shown = "n/a" if score is None else f"{score}/{total}"
        print(f"{name:28} {size:>9} {secs:>9} {rate:>7} {shown:>8}")
    ratio = t_big / t_small
    print(f"\nlinear growth: {small / MB:.1f} MB in {t_small:.3f} s, {big / MB:.1f} MB in {t_big:.3f} s "
          f"-> x{ratio:.1f} time for x{big / small:.0f} text")
    print("\npathological input (10x longer should take ~10x, not ~100x):")
    for unit in ("1. ", ". ", "a.b", " " * 50 + "x", "!? ", "Mr. "):
        t_a = time_ours(unit * 2_000)
        t_b = time_ours(unit * 20_000)
        print(f"  {unit.strip()[:6]!r:10} 2k units {t_a * 1e3:7.1f} ms   20k units {t_b * 1e3:7.1f} ms   x{t_b / max(t_a, 1e-9):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
