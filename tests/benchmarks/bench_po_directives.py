"""Does our PO writer wrap format strings as GNU msgcat does? Random catalogues dense with
format directives (valid and invalid, C and Python), every format flag, written by
``format_po`` and passed through ``msgcat``; a catalogue counts when msgcat changes a byte.

    python tests/benchmarks/bench_po_directives.py [--catalogues 1000] [--seed 1]

Each catalogue holds 8 messages (msgctxt now and then, obsolete now and then); one msgcat
process per catalogue. The first two differing catalogues are printed as diffs.
"""

from __future__ import annotations

import argparse
import difflib
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.gettext import Catalogue, Message, format_po

PIECES = ["%", "%%", "%s", "%d", "%(name)s", "%(a(b)c)d", "% d", "%5.2f", "%-*d", "%.*s", "%1$s", "%2$d", "%*1$d",
          "%ld", "%hhd", "%lld", "%zu", "%I d", "%'d", "%<PRId64>", "%m", "%F", "%a", "%(x)*d", "%(", "%)", "%.", "%5",
          "% -1%", "ß.", "о)", "word", "Алматы", " ", " ", " ", "—", "-", "/", "字", "«", "»", "x-y", "100%", "%%о)",
          "\n", "\\", '"']
FLAGS = [["c-format"], ["python-format"], ["c-format", "python-format"], ["no-c-format"], [],
         ["python-format", "no-wrap"]]


def catalogue(rnd: random.Random) -> Catalogue:
    def text(low: int, high: int) -> str:
        return "".join(rnd.choice(PIECES) for _ in range(rnd.randint(low, high)))

    messages = []
    for j in range(8):
        m = Message(text(5, 60), msgstr=text(1, 40) or "x", flags=list(rnd.choice(FLAGS)))
        m.msgctxt = None if rnd.random() < 0.7 else f"ctx {j} " + text(8, 8)
        m.obsolete = rnd.random() < 0.2
        messages.append(m)
    return Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8"}, messages=messages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--catalogues", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    differing = compared = 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "d.po"
        for _ in range(args.catalogues):
            text = format_po(catalogue(rnd))
            path.write_text(text, encoding="utf-8")
            out = subprocess.run(["msgcat", str(path)], capture_output=True)
            if out.returncode:
                continue            # a string msgcat itself rejects: nothing to compare
            compared += 1
            got = out.stdout.decode("utf-8")
            if got != text:
                differing += 1
                if differing <= 2:
                    print("".join(difflib.unified_diff(text.splitlines(True), got.splitlines(True), "ours", "msgcat",
                                                       n=8)))
    print(f"{compared} catalogues ({8 * compared} messages) compared with msgcat (seed {args.seed}): "
          f"{differing} differ")


if __name__ == "__main__":
    main()
