"""Kazakh Cyrillic -> 2021 Latin transliteration speed, against ``str.translate``.

    python tests/benchmarks/bench_kazakh_latin.py [--quick]

Input: every Kazakh translation in ``locale/kk`` (real prose with names, URLs,
quotes), repeated to 1 MB and 10 MB (``--quick``: 0.2 and 2 MB). The peer is
``str.translate`` with the same letter table: the fastest letter-for-letter
mapping Python has, doing the same work minus what the module adds (ALL CAPS
digraphs, URLs kept, decomposed letters, glossary names); the figures say what
those rules cost. Both run on the same text in the same process; each is the
best of three. The glossary's ``kk_latn`` names are applied in a third column,
and the per-segment call pattern compile uses (one call per translation) in a
fourth.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.editions.latin import LatinName, latin_overrides
from workbench.gettext import read_po
from workbench.glossary import load_glossary
from workbench.text.kazakh_latin import LATIN_2021, transliterate


def best(function, *args, **kwargs) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        function(*args, **kwargs)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    sizes = (200_000, 2_000_000) if parser.parse_args().quick else (1_000_000, 10_000_000)
    segments = [m.msgstr for po in sorted((ROOT / "locale/kk/LC_MESSAGES").glob("*.po"))
                for m in read_po(po).live() if m.msgstr]
    corpus = "\n".join(segments)
    glossary = load_glossary(ROOT / "glossary.tsv")
    names = latin_overrides([LatinName(r.line, r.kk, r.extra["kk_latn"]) for r in glossary.referents
                             if r.kk and r.extra.get("kk_latn")])
    table = str.maketrans(dict(LATIN_2021))
    print(f"{'chars':>11} {'transliterate':>14} {'with names':>11} {'per segment':>12} {'str.translate':>14}"
          f" {'ratio':>6}   (MB/s of UTF-8 input)")
    rows = []
    for size in sizes:
        text = (corpus * (size // len(corpus) + 1))[:size]
        pieces = (segments * (size // len(corpus) + 1))
        megabytes = len(text.encode("utf-8")) / 1e6
        ours = best(transliterate, text)
        named = best(transliterate, text, names)
        per_segment = best(lambda pieces=pieces: [transliterate(s, names) for s in pieces])
        peer = best(text.translate, table)
        rows.append((size, ours, named, per_segment, peer))
        print(f"{size:>11,} {megabytes / ours:14.1f} {megabytes / named:11.1f} {megabytes / per_segment:12.1f}"
              f" {megabytes / peer:14.1f} {ours / peer:6.1f}")
    (a, ours_a, named_a, _, peer_a), (b, ours_b, named_b, _, peer_b) = rows
    print(f"growth for {b / a:.0f}x input: transliterate {ours_b / ours_a:.1f}x, with names {named_b / named_a:.1f}x, "
          f"str.translate {peer_b / peer_a:.1f}x")
    sample = corpus[:100_000]
    differ = sum(1 for x, y in zip(transliterate(sample), sample.translate(table)) if x != y)
    print(f"same output? {differ} of the first {len(sample):,} characters differ from the peer's "
          "(the peer gets ALL CAPS digraphs and URLs wrong; where those are absent the outputs agree)")

if __name__ == "__main__":
    main()
