"""The fault-injection run (issue 12): malformed inputs, kill -9 trials and races; prints the counts.

    python tests/benchmarks/bench_faults.py              # everything (about 10 minutes on 2 cores)
    python tests/benchmarks/bench_faults.py --quick      # the test suite's subset
    python tests/benchmarks/bench_faults.py --only corpus|kill|race [--list]

Outcomes: *clean error* (``path:line: message``, exit code 1, nothing changed), *handled* (exit 0,
every output reads back, nothing lost), *crash*, *hang*, *wrong* (a bad message, a changed file
after an error, an output that does not read back, a torn file after a kill), *lost* (a
translation or referent gone). Target: 0 crash, 0 hang, 0 wrong, 0 lost. The peer is GNU
``msgfmt --check`` judging the same damaged catalogues.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.faults.corpus import build_corpus, fast_subset
from tests.faults.kill import run_scenario
from tests.faults.race import race_session, race_update
from tests.faults.runner import VERDICTS, run_corpus

KILL_TRIALS = {"update": 30, "compile": 25, "import": 25, "save": 30}
RACE_ROUNDS = {"update": 10, "session": 10}


def _row(name: str, counts: Counter[str], tried: int) -> str:
    return f"{name:<28}{tried:>7}" + "".join(f"{counts.get(v, 0):>13}" for v in VERDICTS)


def _header(title: str) -> str:
    return f"{title:<28}{'tried':>7}" + "".join(f"{v:>13}" for v in VERDICTS)


def corpus_section(quick: bool, listing: bool, totals: Counter[str]) -> int:
    corpus = build_corpus()
    cases = fast_subset(corpus) if quick else corpus
    started = time.perf_counter()
    outcomes = run_corpus(cases, progress=sys.stderr.isatty())
    seconds = time.perf_counter() - started
    print(f"\nMalformed inputs: {len(outcomes)} cases in {seconds:.0f} s")
    print(_header("kind"))
    for kind in dict.fromkeys(o.kind for o in outcomes):
        mine = [o for o in outcomes if o.kind == kind]
        print(_row(kind, Counter(o.verdict for o in mine), len(mine)))
    counts = Counter(o.verdict for o in outcomes)
    print(_row("all", counts, len(outcomes)))
    totals.update(counts)
    totals["tried"] += len(outcomes)
    peer = [o for o in outcomes if o.msgfmt in ("accepts", "rejects")]
    if peer:
        accepts = [o for o in peer if o.msgfmt == "accepts"]
        both_refuse = sum(1 for o in peer if o.msgfmt == "rejects" and o.verdict == "clean error")
        print(f"\nPeer, GNU msgfmt --check on the same {len(peer)} damaged catalogues (regular files): "
              f"rejects {len(peer) - len(accepts)}, accepts {len(accepts)}; both refuse {both_refuse}; "
              f"msgfmt accepts, the workbench refuses {sum(1 for o in accepts if o.verdict == 'clean error')}; "
              f"msgfmt rejects, the workbench accepts "
              f"{sum(1 for o in peer if o.msgfmt == 'rejects' and o.verdict == 'handled')}")
        for o in peer:
            if o.msgfmt == "rejects" and o.verdict == "handled":
                print(f"    msgfmt rejects, handled here: {o.ident}")
        for o in peer:
            if o.msgfmt == "accepts" and o.verdict == "clean error":
                print(f"    msgfmt accepts, refused here: {o.ident}: {o.detail.split(': ', 1)[-1][:90]}")
    bad = [o for o in outcomes if o.verdict not in ("clean error", "handled")]
    for o in bad:
        print(f"  {o.verdict.upper()}: {o.ident}: {o.detail}")
    if listing:
        for o in outcomes:
            print(f"  {o.verdict:<12} {o.ident[:60]:<60} {o.detail[:100]}")
    return len(bad)


def kill_section(quick: bool, totals: Counter[str]) -> int:
    rnd = random.Random(12)
    print(f"\nkill -9 trials{' (quick)' if quick else ''}")
    print(f"{'scenario':<12}{'trials':>8}{'killed while writing':>22}{'old and new mixed':>19}{'torn':>6}{'lost':>6}"
          f"{'not recovered':>15}{'temp left':>11}{'seconds':>9}")
    problems = 0
    all_trials = 0
    for name, trials in KILL_TRIALS.items():
        started = time.perf_counter()
        result = run_scenario(name, 2 if quick else trials, rnd)
        seconds = time.perf_counter() - started
        print(f"{name:<12}{result.trials:>8}{result.killed_while_writing:>22}{result.killed_mid_write:>19}"
              f"{result.torn:>6}{result.lost:>6}{result.not_recovered:>15}{result.temp_left_after_recovery:>11}"
              f"{seconds:>9.0f}")
        for detail in result.details[:10]:
            print(f"  {detail}")
        bad = result.torn + result.not_recovered + result.temp_left_after_recovery
        problems += bad + result.lost
        totals["wrong"] += bad
        totals["lost"] += result.lost
        totals["handled"] += max(0, result.trials - bad - result.lost)
        all_trials += result.trials
    totals["tried"] += all_trials
    return problems


def race_section(quick: bool, totals: Counter[str]) -> int:
    print(f"\nRaces with an outside editor{' (quick)' if quick else ''}")
    print(f"{'race':<26}{'rounds':>8}{'editor saves':>14}{'our writes':>12}{'merged again':>14}"
          f"{'stopped, nothing written':>26}{'overwritten by the editor':>27}{'lost':>6}")
    problems = 0
    for result in (race_update(1 if quick else RACE_ROUNDS["update"]),
                   race_session(1 if quick else RACE_ROUNDS["session"])):
        print(f"{result.name:<26}{result.rounds:>8}{result.editor_saves:>14}{result.other_writes:>12}"
              f"{result.remerged if result.remerged >= 0 else '-':>14}{result.gave_up:>26}"
              f"{result.overwritten_by_editor:>27}{result.lost:>6}")
        for detail in result.details[:10]:
            print(f"  {detail}")
        problems += result.lost
        totals["lost"] += result.lost
        totals["handled"] += result.rounds - min(result.rounds, result.lost)
        totals["tried"] += result.rounds
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the test suite's subset")
    parser.add_argument("--only", choices=["corpus", "kill", "race"])
    parser.add_argument("--list", action="store_true", help="list every malformed case with its outcome")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    started = time.perf_counter()
    problems = 0
    if args.only in (None, "corpus"):
        problems += corpus_section(args.quick, args.list, totals)
    if args.only in (None, "kill"):
        problems += kill_section(args.quick, totals)
    if args.only in (None, "race"):
        problems += race_section(args.quick, totals)
    print(f"\nTotal ({time.perf_counter() - started:.0f} s): tried {totals['tried']}, "
          + ", ".join(f"{v} {totals.get(v, 0)}" for v in VERDICTS))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
