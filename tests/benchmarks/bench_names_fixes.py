"""How often the fix a name finding offers (F6 in the editor, ``suggestion`` in the report) is the
right one, on the planted errors of the name corpora.

For each planted error with an ``offending`` text and its ``correct`` replacement (the corpus's
``{ru,kk}-errors.jsonl``, see ``bench_names_eval.py``), the pair is checked as the editor checks a
segment, and the warnings and errors whose offending text overlaps the planted one are taken:

- **fix right**: applying one of their fixes to the translation gives the translation with the
  planted error corrected, exactly;
- **fix wrong**: they offer fixes, none of which gives it (a fix in another case, another form);
- **caught, no fix**: they offer none;
- **not caught here**: no finding on that text (the pair may still be caught elsewhere in it:
  ``bench_names_eval.py`` counts recall).

Run: .venv/bin/python tests/benchmarks/bench_names_fixes.py [--corpus DIR ...] [--list N]
(the default: every held-out half, ``tests/data/names/test*``)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.checks import CheckContext, checker_for_path

LANGUAGES = ("ru", "kk")
OUTCOMES = ("fix right", "fix wrong", "caught, no fix", "not caught here")


def _rows(path: Path) -> list[dict]:  # type: ignore[type-arg]
    if not path.exists():
        return []
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def judge(corpora: list[Path], glossary: Path) -> tuple[Counter[tuple[str, str]], list[tuple[str, ...]]]:
    checker = checker_for_path(glossary)
    counts: Counter[tuple[str, str]] = Counter()
    wrong: list[tuple[str, ...]] = []
    for corpus in corpora:
        for language in LANGUAGES:
            errors = _rows(corpus / f"{language}-errors.jsonl")
            if not errors:
                continue
            every = errors + _rows(corpus / f"{language}-correct.jsonl")
            context = CheckContext.of_texts(row["source"] for row in every)
            for row in errors:
                offending, correct, target = row.get("offending"), row.get("correct"), row["target"]
                if not offending or not correct or offending not in target:
                    continue
                wanted = target.replace(offending, correct, 1)
                found = [f for f in checker.check_target_segment("c", 1, row["source"], target, language,
                                                                 context=context)
                         if f.severity in ("error", "warning") and f.offending and f.offending in target
                         and (f.offending in offending or offending in f.offending)]
                fixes = [f for f in found if f.suggestion]
                if not found:
                    outcome = "not caught here"
                elif not fixes:
                    outcome = "caught, no fix"
                elif any(target.replace(f.offending, f.suggestion, 1) == wanted for f in fixes):
                    outcome = "fix right"
                else:
                    outcome = "fix wrong"
                    wrong.append((corpus.name, row["id"], offending, correct,
                                  "; ".join(f"{f.offending} → {f.suggestion}" for f in fixes)))
                counts[language, outcome] += 1
    return counts, wrong


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", help="a corpus folder (repeatable)")
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossary.tsv")
    parser.add_argument("--list", type=int, default=0, metavar="N", help="list the first N wrong fixes")
    args = parser.parse_args(argv)
    corpora = args.corpus or sorted(p for p in (ROOT / "tests" / "data" / "names").iterdir()
                                    if p.name.startswith("test"))
    counts, wrong = judge(corpora, args.glossary)
    print(f"{len(corpora)} corpora")
    for language in LANGUAGES:
        offered = counts[language, "fix right"] + counts[language, "fix wrong"]
        share = f"{100 * counts[language, 'fix right'] / offered:.1f} %" if offered else "–"
        print(f"{language}: " + ", ".join(f"{outcome} {counts[language, outcome]}" for outcome in OUTCOMES)
              + f"; right among the fixes offered: {share}")
    for item in wrong[:args.list]:
        print("  " + " | ".join(item))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
