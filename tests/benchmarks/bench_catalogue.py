"""Catalogue I/O against GNU gettext and polib, each peer doing the same work.

    python tests/benchmarks/bench_catalogue.py [--quick]

Synthesises catalogues of realistic entries (~530 bytes each: a 3-line English msgid,
its Russian translation, references and a comment) and times, with the same number of
repetitions for every contender (the median is printed):

* **round trip** — read a PO file from disk and write it back to another file, made
  durable (fsync): ours (``read_po`` + ``write_po``: atomic, fsync'd), GNU ``msgcat``
  (``msgcat in.po -o out.po``, then the output fsync'd, counted in its time; the output
  is byte-identical to ours) and polib (``pofile`` + ``save``, then fsync);
* **read only** — ours (``read_po``) against ``msgfmt --statistics -o /dev/null`` (which
  reads, checks and counts, and writes nothing) and polib's ``pofile``;
* **MO** — compile and write a ``.mo`` file: ours (``write_mo``), ``msgfmt -o`` and polib's
  ``save_as_mofile`` (quadratic: only up to 30k entries);
* **merge** — a template with ~5 % of msgids changed merged into the catalogue and written
  (fuzzy matching on): ours (``read_po`` × 2 + ``merge`` + ``write_po``) against GNU
  ``msgmerge --previous old.po new.pot -o out.po`` (``--previous``: both keep the old msgid in ``#|``).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.gettext import Catalogue, Message, format_po, read_po, write_mo, write_po
from workbench.services.merge import merge

EN = ("the workers of Zhanaozen went on strike against the rise in gas prices and the regime "
      "answered with troops police arrests and a state of emergency across the whole country "
      "while the opposition parties remained banned and the trade unions were under control").split()
RU = ("рабочие Жанаозена объявили забастовку против роста цен на газ а режим ответил войсками "
      "полицией арестами и чрезвычайным положением по всей стране пока оппозиционные партии "
      "оставались запрещены а профсоюзы находились под контролем").split()
NAN = float("nan")


def synth(n: int, seed: int = 1) -> Catalogue:
    rnd = random.Random(seed)
    msgs = []
    for i in range(n):
        en = " ".join(rnd.choice(EN) for _ in range(rnd.randint(18, 26))).capitalize() + f" ({i})."
        ru = " ".join(rnd.choice(RU) for _ in range(rnd.randint(12, 18))).capitalize() + f" ({i})."
        m = Message(en, ru, references=[(f"seeds/{i % 40:02d}-report.txt", i + 1)],
                    extracted_comments=["paragraph"] if i % 3 == 0 else [])
        if i % 17 == 0:
            m.flags = ["fuzzy"]
        msgs.append(m)
    return Catalogue(metadata={"Project-Id-Version": "bench 1.0", "Language": "ru",
                               "MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
                               "Content-Transfer-Encoding": "8bit",
                               "Plural-Forms": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                                               "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"},
                     messages=msgs)


def median_time(fn: Callable[[], object], repeat: int) -> float:
    """The median wall time of *repeat* calls of *fn*."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def run_tool(*args: str) -> None:
    subprocess.run(args, check=True, capture_output=True)


def ours_round_trip(path: Path, out: Path) -> None:
    out.unlink(missing_ok=True)       # write_po skips unchanged files: make it write
    write_po(read_po(path), out)


def gnu_round_trip(path: Path, out: Path) -> None:
    run_tool("msgcat", str(path), "-o", str(out))
    fsync(out)


def polib_round_trip(polib: Any, path: Path, out: Path) -> None:
    polib.pofile(str(path)).save(str(out))
    fsync(out)


def ours_compile(cat: Catalogue, out: Path) -> None:
    out.unlink(missing_ok=True)
    write_mo(cat, out)


def ours_merge(pot_path: Path, po_path: Path, out: Path) -> None:
    out.unlink(missing_ok=True)
    write_po(merge(read_po(pot_path), read_po(po_path), "ru"), out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes, fewer repetitions")
    args = ap.parse_args()
    repeat = 3 if args.quick else 5
    sizes = [2_000, 10_000] if args.quick else [10_000, 100_000]
    tmp = Path(tempfile.mkdtemp(prefix="bench-cat-"))
    gnu = shutil.which("msgcat") is not None and shutil.which("msgfmt") is not None
    try:
        import polib
    except ImportError:  # pragma: no cover
        polib = None
    print(f"median of {repeat} runs per contender and size; GNU gettext "
          f"{'present' if gnu else 'absent'}; polib {'present' if polib else 'absent'}\n")

    print("Round trip: read a PO file, write it to another file, fsync")
    print(f"{'entries':>8} {'MB':>6} {'ours':>7} {'msgcat':>7} {'ours/msgcat':>11} {'polib':>7} {'identical':>9}")
    per_entry: dict[int, float] = {}
    for n in sizes:
        path = tmp / f"c{n}.po"
        path.write_text(format_po(synth(n)), encoding="utf-8")
        mb = path.stat().st_size / 1e6
        ours_out, gnu_out, polib_out = tmp / "ours.po", tmp / "gnu.po", tmp / "polib.po"
        t_ours = median_time(partial(ours_round_trip, path, ours_out), repeat)
        per_entry[n] = t_ours / n * 1e6
        t_gnu = median_time(partial(gnu_round_trip, path, gnu_out), repeat) if gnu else NAN
        same = (gnu_out.read_bytes() == ours_out.read_bytes()) if gnu else "-"
        t_polib = median_time(partial(polib_round_trip, polib, path, polib_out), repeat) if polib is not None else NAN
        print(f"{n:>8} {mb:>6.1f} {t_ours:>7.3f} {t_gnu:>7.3f} {t_ours / t_gnu:>11.2f} {t_polib:>7.3f} {same!s:>9}")
    lo, hi = min(per_entry), max(per_entry)
    print(f"growth {lo} -> {hi} entries: ours per entry x{per_entry[hi] / per_entry[lo]:.2f} (1.00 = linear)")

    print("\nRead only: ours (read_po) vs msgfmt --statistics (reads, checks, counts; writes nothing) and polib")
    print(f"{'entries':>8} {'ours':>7} {'msgfmt':>7} {'polib':>7}")
    for n in sizes:
        path = tmp / f"c{n}.po"
        t_ours = median_time(partial(read_po, path), repeat)
        t_msgfmt = median_time(partial(run_tool, "msgfmt", "--statistics", "-o", os.devnull, str(path)),
                               repeat) if gnu else NAN
        t_polib = median_time(partial(polib.pofile, str(path)), repeat) if polib is not None else NAN
        print(f"{n:>8} {t_ours:>7.3f} {t_msgfmt:>7.3f} {t_polib:>7.3f}")

    print("\nMO: compile a read catalogue and write the .mo file (polib's save_as_mofile is quadratic: <= 30k)")
    print(f"{'entries':>8} {'ours':>7} {'msgfmt':>7} {'polib':>7} {'identical':>9}")
    for n in ([2_000, 6_000] if args.quick else [10_000, 30_000, 100_000]):
        path = tmp / f"m{n}.po"
        path.write_text(format_po(synth(n)), encoding="utf-8")
        cat = read_po(path)
        ours_mo, gnu_mo, polib_mo = tmp / "ours.mo", tmp / "gnu.mo", tmp / "polib.mo"
        t_ours = median_time(partial(ours_compile, cat, ours_mo), repeat)
        t_gnu = median_time(partial(run_tool, "msgfmt", "-o", str(gnu_mo), str(path)), repeat) if gnu else NAN
        same = gnu_mo.read_bytes() == ours_mo.read_bytes() if gnu else "-"
        t_polib = NAN
        if polib is not None and n <= 30_000:
            pf = polib.pofile(str(path))
            t_polib = median_time(partial(pf.save_as_mofile, str(polib_mo)), 1 if n > 10_000 else repeat)
        print(f"{n:>8} {t_ours:>7.3f} {t_gnu:>7.3f} {t_polib:>7.3f} {same!s:>9}")

    print("\nMerge: a template with ~5% of msgids changed into the catalogue, written (fuzzy matching on)")
    print(f"{'entries':>8} {'changed':>8} {'ours':>7} {'msgmerge':>8} {'fuzzy ours':>10} {'fuzzy GNU':>9}")
    for n in ([10_000] if args.quick else [10_000, 100_000]):
        po = synth(n)
        rnd = random.Random(5)
        pot_msgs = [Message(m.msgid, references=m.references) for m in po.messages]
        changed = rnd.sample(range(n), n // 20)
        for i in changed:
            words = pot_msgs[i].msgid.split()
            words[rnd.randrange(len(words) - 1)] = "changed"
            pot_msgs[i].msgid = " ".join(words)
        pot = Catalogue(metadata={"POT-Creation-Date": "2024-01-01 00:00+0000",
                                  "Content-Type": "text/plain; charset=UTF-8"}, messages=pot_msgs)
        po_path, pot_path = tmp / f"old{n}.po", tmp / f"new{n}.pot"
        po_path.write_text(format_po(po), encoding="utf-8")
        pot_path.write_text(format_po(pot), encoding="utf-8")
        ours_out, gnu_out = tmp / "merged-ours.po", tmp / "merged-gnu.po"
        reps = 1 if n > 10_000 else repeat
        t_ours = median_time(partial(ours_merge, pot_path, po_path, ours_out), reps)
        t_gnu = NAN
        if shutil.which("msgmerge"):
            t_gnu = median_time(partial(run_tool, "msgmerge", "--quiet", "--previous", str(po_path), str(pot_path),
                                        "-o", str(gnu_out)), reps)
        fuzzy_ours = sum(1 for m in read_po(ours_out).messages if m.fuzzy and m.previous_msgid)
        fuzzy_gnu = (sum(1 for m in read_po(gnu_out).messages if m.fuzzy and m.previous_msgid)
                     if gnu_out.exists() else "-")
        print(f"{n:>8} {len(changed):>8} {t_ours:>7.2f} {t_gnu:>8.2f} {fuzzy_ours:>10} {fuzzy_gnu!s:>9}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
