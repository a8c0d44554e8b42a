"""Segmentation benchmark: accuracy and speed against pySBD, sentencex, syntok and blingfire.

Run ``python tests/benchmarks/bench_segmentation.py`` (``--quick`` for a smaller run).
Install the peers first: ``pip install -e '.[bench]'``; a peer that is not installed is
reported as missing and left out.

1. **Accuracy** on the development set (``tests/data/segmentation/dev.jsonl``, scored
   as ``tests/segmentation_scoring.py`` describes: exact match of the sentence list and
   boundary F1) and on the 48 English Golden Rules, every segmenter on the same texts.
2. **Speed** on the same input for every segmenter: the seed documents repeated to
   ``--peer-mb`` megabytes (UTF-8), split paragraph by paragraph (each non-empty line,
   as documents use it) into sentence strings; the best of ``--repeat`` runs,
   interleaved so that a busy machine slows every segmenter alike.
3. **Linear growth** of ours (``split_sentences`` and the whole ``parse_document``) on
   2 MB and 20 MB, and on pathological input.
4. **What each rule costs**: the share of our time spent in each rule's code on the
   seed text and on the development set (from a profile), and the fast path against
   the full rules on the same input.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests import segmentation_scoring as scoring
from workbench.text import segmentation
from workbench.text.documents import parse_document
from workbench.text.segmentation import split_sentences

SEEDS = ROOT / "seeds"
GOLDEN = ROOT / "tests" / "data" / "segmentation" / "golden_rules_en.jsonl"
MB = 1_000_000

#: Rule code, by the rule names of ``workbench/text/segmentation.py``.
RULE_FUNCTIONS = {
    "RULE_QUOTATION": ("__init__:_Quotations", "inside", "_quoted", "_detached_closes", "exclaims"),
    "RULE_ABBREVIATION / ACRONYM / INITIAL": ("_full_stop", "_acronym", "_single_letter", "_is_clause", "_number",
                                              "_heading_line", "_roman_next", "_starts_sentence"),
    "RULE_ELLIPSIS": ("_ellipsis",),
    "RULE_EXCLAMATION_NAME": ("_exclamation_name",),
    "RULE_MISSING_SPACE": ("_missing_space",),
    "RULE_LIST": ("_list_from", "_marker_index", "_lower_next", "_marker_follows", "_marker_readings",
                  "_marker_at"),
    "RULE_LINE_BREAK": ("_line_cuts", "_short_unpunctuated", "_heading_like", "_marker_line_starts",
                        "_structure_cuts", "_has_line_break"),
}


def corpus(size: int) -> str:
    """At least ``size`` characters of seed text (paragraphs separated by blank lines)."""
    base = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir()) if p.suffix in (".txt", ".md"))
    base += "\n\n"
    return (base * (size // len(base) + 1))[:size]


def paragraphs(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def utf8_mb(text: str) -> float:
    return len(text.encode("utf-8")) / MB


# --------------------------------------------------------------------------
# Accuracy


def golden_score(segment: Callable[[str], list[str]]) -> int:
    rules = scoring.load_cases(GOLDEN)
    return sum(scoring.normalise(segment(r["text"])) == r["sentences"] for r in rules)


def accuracy(segmenters: dict[str, Callable[[str], list[str]]]) -> None:
    cases = scoring.load_cases()
    scored = scoring.scored_cases(cases)
    print(f"Accuracy: {len(scored)} development cases ({len(cases) - len(scored)} cleaner-rewritten left out), "
          "48 Golden Rules")
    print(f"  {'segmenter':22} {'exact':>7} {'P':>6} {'R':>6} {'F1':>6} {'golden':>7}")
    for name, segment in segmenters.items():
        s = scoring.score(segment, cases)
        print(f"  {name:22} {s.exact_rate:7.1%} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
              f"{golden_score(segment):>4}/48")
    by_origin: dict[str, list[dict]] = {}
    for case in scored:
        by_origin.setdefault(case["origin"].split(":")[0], []).append(case)
    heads = " ".join(f"{origin + ' (' + str(len(c)) + ')':>16}" for origin, c in by_origin.items())
    print(f"\n  {'exact match by origin':22} {heads}")
    for name, segment in segmenters.items():
        rates = [scoring.score(segment, c).exact_rate for c in by_origin.values()]
        print(f"  {name:22} {' '.join(f'{r:16.1%}' for r in rates)}")


# --------------------------------------------------------------------------
# Speed


def speed(segmenters: dict[str, Callable[[str], list[str]]], size: int, repeat: int) -> None:
    text = corpus(size)
    spans = paragraphs(text)
    lines = [text[a:b] for a, b in spans]
    mb = utf8_mb(text)
    best = dict.fromkeys(segmenters, float("inf"))
    for _ in range(repeat):
        for name, segment in segmenters.items():
            t0 = time.perf_counter()
            for line in lines:
                segment(line)
            best[name] = min(best[name], time.perf_counter() - t0)
    print(f"\nSpeed: the same {mb:.2f} MB ({len(lines)} paragraphs of seed text) for every segmenter, "
          f"sentence strings out, best of {repeat}")
    print(f"  {'segmenter':22} {'time':>9} {'MB/s':>8}")
    for name, seconds in best.items():
        print(f"  {name:22} {seconds:8.3f}s {mb / seconds:8.2f}")


def linear(quick: bool) -> None:
    small, big = (MB // 5, 2 * MB) if quick else (2 * MB, 20 * MB)
    rows = []
    for size in (small, big):
        text = corpus(size)
        spans = paragraphs(text)
        t0 = time.perf_counter()
        for a, b in spans:
            split_sentences(text, a, b)
        t_split = time.perf_counter() - t0
        t0 = time.perf_counter()
        parse_document(text, relpath="bench.txt", format="text")
        t_parse = time.perf_counter() - t0
        rows.append((utf8_mb(text), t_split, t_parse))
    (mb_a, s_a, p_a), (mb_b, s_b, p_b) = rows
    print(f"\nLinear growth (ours): {mb_a:.1f} MB -> {mb_b:.1f} MB (x{mb_b / mb_a:.0f})")
    print(f"  split_sentences  {s_a:7.3f}s -> {s_b:7.3f}s  x{s_b / s_a:4.1f}   {mb_b / s_b:6.1f} MB/s")
    print(f"  parse_document   {p_a:7.3f}s -> {p_b:7.3f}s  x{p_b / p_a:4.1f}   {mb_b / p_b:6.1f} MB/s")
    print("  pathological input (10x longer should take ~10x, not ~100x):")
    for unit in ("1. ", ". ", "a.b", " " * 50 + "x", "!? ", "Mr. ", '"a. ', "(a) ", "x\n", "\u2019s. "):
        times = []
        for n in (2_000, 20_000):
            text = unit * n
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                split_sentences(text)
                best = min(best, time.perf_counter() - t0)
            times.append(best)
        print(f"    {unit.strip()[:6]!r:10} 2k units {times[0] * 1e3:7.1f} ms   20k units {times[1] * 1e3:7.1f} ms"
              f"   x{times[1] / max(times[0], 1e-9):.1f}")


# --------------------------------------------------------------------------
# What each rule costs


def rule_costs(size: int) -> None:
    text = corpus(size)
    spans = paragraphs(text)
    dev = [c["text"] for c in scoring.load_cases()]

    def on_seeds() -> None:
        for a, b in spans:
            split_sentences(text, a, b)

    def on_dev() -> None:
        for _ in range(20):
            for t in dev:
                split_sentences(t)

    def full_rules() -> None:
        for a, b in spans:
            first = segmentation._NON_SPACE.search(text, a, b)
            if first is not None:
                segmentation._Splitter(text, first.start(), b).run()

    print("\nWhat each rule costs: share of our time spent in its code (profiled)")
    print(f"  {'rule':40} {'seed text':>10} {'dev set':>10}")
    shares = [_profile_shares(on_seeds), _profile_shares(on_dev)]
    for rule in RULE_FUNCTIONS:
        print(f"  {rule:40} {shares[0][rule]:10.1%} {shares[1][rule]:10.1%}")
    print(f"  {'(candidate scan, fast path, the rest)':40} {shares[0]['rest']:10.1%} {shares[1]['rest']:10.1%}")
    timings = {}
    for name, run in (("fast path + full rules where needed", on_seeds), ("full rules everywhere", full_rules)):
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - t0)
        timings[name] = best
    mb = utf8_mb(text)
    for name, seconds in timings.items():
        print(f"  {name:40} {mb / seconds:8.1f} MB/s on the seed text")


def _profile_shares(run: Callable[[], None]) -> dict[str, float]:
    profile = cProfile.Profile()
    profile.runcall(run)
    stats = pstats.Stats(profile)
    total = 0.0
    by_function: dict[str, float] = {}
    for (filename, line, function), (_cc, _nc, tottime, cumtime, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        total += tottime
        if filename.endswith("segmentation.py"):
            key = function if function != "__init__" else f"__init__:{_owner(filename, line)}"
            by_function[key] = by_function.get(key, 0.0) + cumtime
    shares = {rule: min(1.0, max((by_function.get(f, 0.0) for f in names), default=0.0) / total)
              for rule, names in RULE_FUNCTIONS.items()}
    shares["rest"] = max(0.0, 1.0 - sum(shares.values()))
    return shares


def _owner(filename: str, line: int) -> str:
    source = Path(filename).read_text(encoding="utf-8").splitlines()
    for i in range(line - 1, -1, -1):
        if source[i].startswith("class "):
            return source[i][6:].split("(")[0].split(":")[0]
    return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs (0.2 MB peers, 2 MB linear)")
    parser.add_argument("--peer-mb", type=float, default=None, help="size of the speed input in MB (default 1)")
    parser.add_argument("--repeat", type=int, default=5, help="runs per segmenter in the speed table")
    args = parser.parse_args()
    peer_size = int((args.peer_mb or (0.2 if args.quick else 1.0)) * MB)

    ours = scoring.ours()
    ours("Warm up. The tables are loaded here.")
    segmenters = {"workbench": ours}
    peers = scoring.peers()
    segmenters.update(peers)
    missing = [p for p in ("pysbd", "sentencex", "syntok", "blingfire") if not any(k.startswith(p) for k in peers)]
    if missing:
        print(f"peers not installed (pip install -e '.[bench]'): {', '.join(missing)}\n")
    accuracy(segmenters)
    speed(segmenters, peer_size, args.repeat)
    linear(args.quick)
    rule_costs(peer_size)
    print(f"\npython {sys.version.split()[0]}; {json.dumps(_versions())}")
    return 0


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("pysbd", "sentencex", "syntok", "blingfire"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "missing"
    return out


if __name__ == "__main__":
    raise SystemExit(main())
