"""How often a memory lookup finds the brute-force best match, for the engine as shipped and for
one-look variants, on queries of a chosen seed.

    python tests/benchmarks/bench_memory.py --sizes 1000000 --pretranslate 0 --keep DIR   # builds DIR
    python tests/benchmarks/bench_memory_recall.py DIR [--queries 500] [--seed 31] [--one-look 2000,30000]

The queries come from ``memory_data.queries`` (the benchmark's mix) with *--seed*; the
benchmark's own queries use seed 11 and were among those the lookup's budgets were chosen on,
seed 99 was the other development sample, seed 31 was kept for the held-out figure. The peer is
brute force: rapidfuzz ``cdist`` with ``fuzz.ratio`` (the lookup's scorer) over every source of
the memory, cutoff 70. A query counts when the memory's first match scores at least the
brute-force best (within 0.05); only queries with a brute-force match ≥ 70 are counted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from memory_data import queries

from workbench.memory import postings
from workbench.memory.matching import normalise
from workbench.memory.sqlite import SQLiteMemory


def brute_best(asked: list[str], keys: list[str]) -> list[float | None]:
    best: list[float | None] = []
    for i in range(0, len(asked), 20):
        part = [normalise(q) for q in asked[i:i + 20]]
        scores = process.cdist(part, keys, scorer=fuzz.ratio, score_cutoff=70, workers=-1, dtype=np.float32)
        for query, row in zip(part, scores):
            at = int(row.argmax())
            best.append(round(fuzz.ratio(query, keys[at]), 1) if row[at] else None)
    return best


def found_rate(memory: SQLiteMemory, asked: list[str], best: list[float | None]) -> tuple[int, int]:
    hits = total = 0
    for query, wanted in zip(asked, best):
        if wanted is None:
            continue
        total += 1
        found = memory.lookup(query, "ru", limit=5, cutoff=70)
        hits += bool(found) and found[0].score >= wanted - 0.05
    return hits, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", help="bench_memory.py --keep folder with memory-1000000.sqlite")
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--one-look", default="", help="budgets to score as a single look, comma-separated")
    args = parser.parse_args()
    folder = Path(args.folder)
    sources = json.loads((folder / f"sources-{args.size}.json").read_text())
    asked = queries(sources, args.queries, seed=args.seed)
    started = time.perf_counter()
    best = brute_best(asked, [normalise(s) for s in sources])
    print(f"brute force over {len(sources):,} sources: {time.perf_counter() - started:.0f} s; "
          f"{sum(b is not None for b in best)} of {len(asked)} queries (seed {args.seed}) have a match >= 70")
    memory = SQLiteMemory(folder / f"memory-{args.size}.sqlite")
    hits, total = found_rate(memory, asked, best)
    print(f"shipped (two looks: {postings.BUDGET:,} then {postings.WIDE_BUDGET:,} below {postings.WIDEN_BELOW:.0f}): "
          f"{hits}/{total} = {100 * hits / total:.1f} %")
    shipped = postings.BUDGET, postings.WIDE_BUDGET, postings.WIDEN_BELOW
    for budget in filter(None, args.one_look.split(",")):
        # never widened: a second look at the same budget, when the first found nothing, finds nothing more
        postings.BUDGET, postings.WIDE_BUDGET, postings.WIDEN_BELOW = int(budget), int(budget), float("-inf")
        hits, total = found_rate(memory, asked, best)
        print(f"one look at {int(budget):,}: {hits}/{total} = {100 * hits / total:.1f} %")
    postings.BUDGET, postings.WIDE_BUDGET, postings.WIDEN_BELOW = shipped
    memory.close()


if __name__ == "__main__":
    main()
