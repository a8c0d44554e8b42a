"""Benchmark the translation memory against brute force, in the same run.

    python tests/benchmarks/bench_memory.py [--sizes 10000,100000,1000000] [--queries 500]
                                            [--pretranslate 100000] [--keep DIR]

For each size: synthetic units (``memory_data.py`` says how they are made) are written as a
TMX 1.4b file and imported (``workbench memory import``'s code path, in a child process
whose peak resident memory is reported); then, in a fresh child process that opens the
memory as the UI does, the same queries are looked up (limit 5, cutoff 70) by

* the workbench memory (SQLite, word postings ranked by shared rare words), and
* the peer: rapidfuzz ``process.extract`` with ``fuzz.ratio`` over every unit's source
  (brute force, the same scorer), the same queries, once each;

median and p95 latency, the share of queries where the memory finds the brute-force best
score, and each process's resident memory are printed. ``--pretranslate N`` runs the
``workbench pretranslate`` command on a project with the bundled glossary (name-aware
matches on) and one new catalogue of N messages (the same query mix), its memory the
largest one, at N/10 and N to show it is linear; the CPU of the helper process a long run
starts is counted beside the command's own. translate-toolkit's TMX reader parses the 100k
file as a peer of the import.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from memory_data import memory_units, queries


def write_tmx_file(path: Path, n: int) -> list[str]:
    from workbench.memory.matching import StoredUnit
    from workbench.memory.tmx import write_tmx

    sources: list[str] = []

    def units():  # type: ignore[no-untyped-def]
        for source, target in memory_units(n):
            sources.append(source)
            yield StoredUnit(source, target, "en", "ru", "bench", "tmx", "2026-01-01T00:00:00Z",
                             "2026-01-01T00:00:00Z", "bench", "bench")

    with path.open("w", encoding="utf-8") as out:
        write_tmx(out, units())
    return sources


def child(code: str, *args: str) -> dict:  # type: ignore[type-arg]
    """Run *code* in a fresh interpreter; it prints one JSON line. Adds its peak RSS (MB)."""
    result = subprocess.run([sys.executable, "-c", PEAK_RSS + code, *args], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{Path(__file__).parent}"})
    if result.returncode:
        raise SystemExit(result.stderr)
    data = json.loads(result.stdout.strip().splitlines()[-1])
    return data


IMPORT = """
import json, resource, sys, time
from pathlib import Path
from workbench.memory.sqlite import SQLiteMemory
from workbench.memory.tmx import ReadReport, stream_tmx
started = time.perf_counter()
memory = SQLiteMemory(Path(sys.argv[2]))
report = memory.add(stream_tmx(Path(sys.argv[1]), ["ru", "kk"], ReadReport()))
memory.close()
usage, reader = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": time.perf_counter() - started, "added": report.added,
                  "cpu": usage.ru_utime + usage.ru_stime, "reader_cpu": reader.ru_utime + reader.ru_stime,
                  "rss_mb": peak_rss_mb(), "reader_rss_mb": reader.ru_maxrss / 1024}))
"""

LOOKUP = """
import json, resource, sys, time
from pathlib import Path
from workbench.memory.sqlite import SQLiteMemory
started = time.perf_counter()   # after the imports: what a memory of this size adds to a start
memory = SQLiteMemory(Path(sys.argv[1]))
first = memory.lookup("Warm-up sentence with a few words.", "ru")
opened = time.perf_counter() - started
queries = json.loads(Path(sys.argv[2]).read_text())
times, cpu, best = [], [], []
for query in queries:
    t0, c0 = time.perf_counter(), time.process_time()
    found = memory.lookup(query, "ru", limit=5, cutoff=70)
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
    best.append(found[0].score if found else None)
print(json.dumps({"times": times, "cpu": cpu, "best": best, "open_s": opened,
                  "rss_mb": peak_rss_mb()}))
"""

BRUTE = """
import json, resource, sys, time
from pathlib import Path
from rapidfuzz import fuzz, process
from workbench.memory.matching import normalise
sources = [normalise(s) for s in json.loads(Path(sys.argv[1]).read_text())]
queries = json.loads(Path(sys.argv[2]).read_text())
times, cpu, best = [], [], []
for query in queries:
    t0, c0 = time.perf_counter(), time.process_time()
    found = process.extract(normalise(query), sources, scorer=fuzz.ratio, limit=5, score_cutoff=70)
    times.append(time.perf_counter() - t0)
    cpu.append(time.process_time() - c0)
    best.append(round(found[0][1], 1) if found else None)
print(json.dumps({"times": times, "cpu": cpu, "best": best, "rss_mb": peak_rss_mb()}))
"""

TTK = """
import json, resource, sys, time
from translate.storage import tmx
started = time.perf_counter()
store = tmx.tmxfile(open(sys.argv[1], "rb"))
count = sum(1 for unit in store.units if unit.target)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - started, "units": count, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mb": peak_rss_mb()}))
"""

PRETRANSLATE = """
import contextlib, io, json, resource, shutil, sys, time
from pathlib import Path
from workbench.cli.main import main
from workbench.gettext import Catalogue, Message, format_po, read_po
root = Path(sys.argv[2])
queries = json.loads(Path(sys.argv[3]).read_text())
folder = root / "locale" / "ru" / "LC_MESSAGES"
folder.mkdir(parents=True, exist_ok=True)
(root / "workbench.toml").write_text('[workbench]\\nlanguages = ["ru"]\\n')
(root / ".workbench").mkdir(exist_ok=True)
try:                    # the project's memory is the benchmark's: linked, not copied
    (root / ".workbench" / "memory.sqlite").hardlink_to(sys.argv[1])
except OSError:
    shutil.copy(sys.argv[1], root / ".workbench" / "memory.sqlite")
shutil.copy(Path(sys.argv[4]), root / "glossary.tsv")      # name-aware matches on, as in a real project
catalogue = Catalogue(metadata={"Language": "ru", "Content-Type": "text/plain; charset=UTF-8"},
                      messages=[Message(q) for q in dict.fromkeys(queries)])
(folder / "new.po").write_text(format_po(catalogue), encoding="utf-8")
started, cpu = time.perf_counter(), time.process_time()
out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = main(["-C", str(root), "pretranslate", "-l", "ru"])
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
helper = resource.getrusage(resource.RUSAGE_CHILDREN)
after = read_po(folder / "new.po").messages
print(json.dumps({"seconds": seconds, "cpu": cpu, "helper_cpu": helper.ru_utime + helper.ru_stime,
                  "helper_rss_mb": helper.ru_maxrss / 1024, "code": code, "messages": len(catalogue.messages),
                  "report": out.getvalue().strip().splitlines()[-1],
                  "exact": sum(1 for m in after if m.msgstr and m.previous_msgid is None),
                  "fuzzy": sum(1 for m in after if m.msgstr and m.previous_msgid is not None),
                  "unmatched": sum(1 for m in after if not m.msgstr), "rss_mb": peak_rss_mb()}))
"""


PEAK_RSS = """
def peak_rss_mb():
    # VmHWM: this process's peak since exec (ru_maxrss would count the forking parent's pages)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--pretranslate", type=int, default=100_000)
    parser.add_argument("--keep", help="keep the generated files in this folder")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-memory-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"files in {folder}; {os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f} (other jobs share "
          "the machine: figures are slower by about that factor over the cores)\n")
    rows = []
    largest: Path | None = None
    sources: list[str] = []
    for n in sizes:
        tmx_path = folder / f"memory-{n}.tmx"
        db = folder / f"memory-{n}.sqlite"
        for stale in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            stale.unlink(missing_ok=True)
        t0 = time.perf_counter()
        sources = write_tmx_file(tmx_path, n)
        generated = time.perf_counter() - t0
        imported = child(IMPORT, str(tmx_path), str(db))
        asked = queries(sources, args.queries)
        source_file, query_file = folder / f"sources-{n}.json", folder / f"queries-{n}.json"
        source_file.write_text(json.dumps(sources))
        query_file.write_text(json.dumps(asked))
        ours = child(LOOKUP, str(db), str(query_file))
        peer = child(BRUTE, str(source_file), str(query_file))
        pairs = [(a, b) for a, b in zip(ours["best"], peer["best"]) if b is not None]
        found = sum(1 for a, b in pairs if a is not None and a >= b - 0.05)
        row = {"units": n, "generate_s": generated, "tmx_mb": tmx_path.stat().st_size / 1e6,
               "db_mb": db.stat().st_size / 1e6, "import_s": imported["seconds"], "import_cpu": imported["cpu"],
               "reader_cpu": imported["reader_cpu"], "reader_rss": imported["reader_rss_mb"],
               "import_rss": imported["rss_mb"], "ours_cpu_median": ms(ours["cpu"], 0.5),
               "ours_cpu_p95": ms(ours["cpu"], 0.95), "peer_cpu_median": ms(peer["cpu"], 0.5),
               "peer_cpu_p95": ms(peer["cpu"], 0.95),
               "open_s": ours["open_s"], "ours_median": ms(ours["times"], 0.5), "ours_p95": ms(ours["times"], 0.95),
               "ours_rss": ours["rss_mb"], "peer_median": ms(peer["times"], 0.5), "peer_p95": ms(peer["times"], 0.95),
               "peer_rss": peer["rss_mb"], "recall": found / max(1, len(pairs)), "with_match": len(pairs)}
        rows.append(row)
        print(f"{n:>9,} units: TMX {row['tmx_mb']:.0f} MB imported in {row['import_s']:.1f} s "
              f"({row['import_cpu']:.1f} s CPU + {row['reader_cpu']:.1f} s in the reader process; peak RSS "
              f"{row['import_rss']:.0f} + {row['reader_rss']:.0f} MB), SQLite {row['db_mb']:.0f} MB, "
              f"opened + first lookup {row['open_s'] * 1000:.0f} ms")
        print(f"           lookup median/p95 {row['ours_median']:.2f}/{row['ours_p95']:.2f} ms wall, "
              f"{row['ours_cpu_median']:.2f}/{row['ours_cpu_p95']:.2f} ms CPU (RSS {row['ours_rss']:.0f} MB) | "
              f"brute force {row['peer_median']:.1f}/{row['peer_p95']:.1f} ms wall, {row['peer_cpu_median']:.1f}/"
              f"{row['peer_cpu_p95']:.1f} ms CPU (RSS {row['peer_rss']:.0f} MB) | best match found in "
              f"{100 * row['recall']:.1f} % of {row['with_match']} queries with a match ≥ 70")
        largest = db
        if n == 100_000:
            ttk = child(TTK, str(tmx_path))
            print(f"           peer for the TMX reader: translate-toolkit tmxfile parses the 100k file in "
                  f"{ttk['seconds']:.1f} s ({ttk['cpu']:.1f} s CPU), peak RSS {ttk['rss_mb']:.0f} MB")
    if largest is not None and args.pretranslate:
        for count in (args.pretranslate // 10, args.pretranslate):
            asked = queries(sources, count, seed=23)
            query_file = folder / f"pretranslate-{count}.json"
            query_file.write_text(json.dumps(asked))
            project = folder / f"project-{count}"
            shutil.rmtree(project, ignore_errors=True)
            result = child(PRETRANSLATE, str(largest.resolve()), str(project), str(query_file),
                           str(ROOT / "glossary.tsv"))
            total_cpu = result["cpu"] + result["helper_cpu"]
            print(f"pre-translation (workbench pretranslate) of {result['messages']:,} messages from {sizes[-1]:,} "
                  f"units: {result['seconds']:.1f} s wall, {result['cpu']:.1f} + {result['helper_cpu']:.1f} s CPU "
                  f"(this process + the helper; {1000 * total_cpu / result['messages']:.2f} ms CPU a message); "
                  f"{result['exact']} exact, {result['fuzzy']} fuzzy, {result['unmatched']} no match; peak RSS "
                  f"{result['rss_mb']:.0f} + {result['helper_rss_mb']:.0f} MB\n           the command said: "
                  f"{result['report']}")
    print("\n" + json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
