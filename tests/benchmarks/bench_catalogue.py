"""Benchmark the catalogue code against GNU msgfmt and polib.

    python tests/benchmarks/bench_catalogue.py [--quick]

Synthesises catalogues of realistic entries (~530 bytes each: a 3-line English
msgid, its Russian translation, references and a comment) and prints:
load / save times vs ``msgfmt --statistics`` on the same file, polib's load
for reference, MO writing (ours vs polib's quadratic save_as_mofile) and a
100k-entry update with ~5% of msgids changed (fuzzy matching).
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

from workbench.gettext import Catalogue, Message, format_po, parse_po
from workbench.gettext.mo import format_mo
from workbench.services.merge import merge

EN = ("the workers of Zhanaozen went on strike against the rise in gas prices and the regime "
      "answered with troops police arrests and a state of emergency across the whole country "
      "while the opposition parties remained banned and the trade unions were under control").split()
RU = ("рабочие Жанаозена объявили забастовку против роста цен на газ а режим ответил войсками "
      "полицией арестами и чрезвычайным положением по всей стране пока оппозиционные партии "
      "оставались запрещены а профсоюзы находились под контролем").split()


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
                               "Content-Type": "text/plain; charset=UTF-8",
                               "Content-Transfer-Encoding": "8bit"}, messages=msgs)


def timed(fn, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes, one repetition")
    args = ap.parse_args()
    repeat = 1 if args.quick else 3
    sizes = [2_000, 10_000] if args.quick else [10_000, 100_000]
    tmp = Path(tempfile.mkdtemp(prefix="bench-cat-"))
    have_msgfmt = shutil.which("msgfmt") is not None
    try:
        import polib
    except ImportError:  # pragma: no cover
        polib = None

    print(f"{'entries':>8} {'MB':>6} {'load':>7} {'save':>7} {'load+save':>9} {'msgfmt':>7} "
          f"{'ratio':>6} {'us/entry':>8} {'polib load':>10} {'MO ours':>8}")
    per_entry: dict[int, float] = {}
    for n in sizes:
        cat = synth(n)
        text = format_po(cat)
        path = tmp / f"c{n}.po"
        path.write_text(text, encoding="utf-8")
        mb = len(text.encode()) / 1e6
        t_load, loaded = timed(lambda: parse_po(path.read_text(encoding="utf-8"), path), repeat)
        t_save, _ = timed(lambda: format_po(loaded), repeat)
        t_mo, _ = timed(lambda: format_mo(loaded), repeat)
        t_msgfmt = float("nan")
        if have_msgfmt:
            t_msgfmt, _ = timed(lambda: subprocess.run(
                ["msgfmt", "--statistics", "-o", "/dev/null", str(path)], capture_output=True, check=True), repeat)
        t_polib = float("nan")
        if polib is not None and n <= 10_000:
            t_polib, _ = timed(lambda: polib.pofile(str(path)), 1)
        per_entry[n] = (t_load + t_save) / n * 1e6
        print(f"{n:>8} {mb:>6.1f} {t_load:>7.3f} {t_save:>7.3f} {t_load + t_save:>9.3f} {t_msgfmt:>7.3f} "
              f"{(t_load + t_save) / t_msgfmt:>6.2f} {per_entry[n]:>8.1f} {t_polib:>10.3f} {t_mo:>8.3f}")
    print("ratio = (load + save) / msgfmt --statistics; target: <= 2.00 at every size")
    lo, hi = min(per_entry), max(per_entry)
    print(f"growth {lo} -> {hi} entries: load+save per entry x{per_entry[hi] / per_entry[lo]:.2f} "
          f"(1.00 = linear)")

    print("\nMO writing: ours (linear) vs polib.save_as_mofile (quadratic)")
    print(f"{'entries':>8} {'ours':>8} {'polib':>8}")
    for n in ([2_000, 6_000] if args.quick else [10_000, 30_000, 100_000]):
        cat = synth(n)
        t_ours, _ = timed(lambda: format_mo(cat), 1)
        t_pol = float("nan")
        if polib is not None and n <= 30_000:
            path = tmp / f"p{n}.po"
            path.write_text(format_po(cat), encoding="utf-8")
            pf = polib.pofile(str(path))
            t_pol, _ = timed(lambda: pf.save_as_mofile(str(tmp / "p.mo")), 1)
        print(f"{n:>8} {t_ours:>8.3f} {t_pol:>8.3f}")

    print("\nUpdate (merge) with ~5% msgids changed, fuzzy matching on")
    print(f"{'entries':>8} {'changed':>8} {'merge s':>8} {'fuzzy':>7}")
    for n in ([10_000] if args.quick else [10_000, 100_000]):
        po = synth(n)
        rnd = random.Random(5)
        pot_msgs = [Message(m.msgid, references=m.references) for m in po.messages]
        changed = rnd.sample(range(n), n // 20)
        for i in changed:
            words = pot_msgs[i].msgid.split()
            words[rnd.randrange(len(words) - 1)] = "changed"
            pot_msgs[i].msgid = " ".join(words)
        pot = Catalogue(metadata={"POT-Creation-Date": "2024-01-01 00:00+0000"}, messages=pot_msgs)
        t_merge, new = timed(lambda: merge(pot, po, "ru"), 1)
        fuzzy = sum(1 for m in new.messages if m.fuzzy and m.previous_msgid)
        print(f"{n:>8} {len(changed):>8} {t_merge:>8.2f} {fuzzy:>7}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
