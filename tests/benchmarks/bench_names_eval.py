"""Name checks on text they were not tuned to: false alarms and recall per language.

The corpus is a folder with ``{ru,kk}-correct.jsonl`` (correct sentence pairs: ``id``, ``source``,
``target``, ``referents``, ``note``) and ``{ru,kk}-errors.jsonl`` (pairs with one planted error:
``id``, ``source``, ``target``, ``kind``, ``referent``, ``offending``, ``correct``), written by
translators who never saw the checks' code. Each pair is checked as the editor checks a
segment: the English source (``check_source_text``) and the translation
(``check_target_segment``), with the project vocabulary learned from every source of the corpus
(as ``workbench check`` learns it from the project's documents) and the bundled glossary.

Printed per language:

- **false-alarm rate**: the share of correct pairs with at least one finding of severity
  warning or error — *source findings included* (an unknown English name is an alarm too);
- **recall**: the share of planted errors with a warning or error finding on that pair;
  **strict recall**: … whose finding names the planted referent or contains the planted
  offending text (or is contained in it);
- recall per kind (missing, misspelt, wrong-form, …) and the detections per check id;
- with ``--list`` (default for the development half), every miss and every false alarm with
  its id and the findings.

Run: .venv/bin/python tests/benchmarks/bench_names_eval.py [--corpus DIR ...] [--glossary FILE]
     [--language ru] [--list | --no-list] [--json]
(with several --corpus: each corpus's figures, then all of them pooled)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.checks import CheckContext, Finding, NameChecker, checker_for_path

LANGUAGES = ("ru", "kk")
ALARM = ("warning", "error")


@dataclass
class Result:
    language: str
    correct: int = 0
    false_alarms: list[tuple[dict, list[Finding]]] = field(default_factory=list)
    errors: int = 0
    detected: int = 0
    strict: int = 0
    misses: list[tuple[dict, list[Finding]]] = field(default_factory=list)
    loose_only: list[tuple[dict, list[Finding]]] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    by_check: Counter = field(default_factory=Counter)
    alarm_checks: Counter = field(default_factory=Counter)


def read_jsonl(path: Path) -> list[dict]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise SystemExit(f"{path}:{number}: not JSON: {exc}") from None
    return rows


def alarms(checker: NameChecker, context: CheckContext, row: dict, language: str) -> list[Finding]:
    found = checker.check_source_text("corpus", 1, row["source"], context=context)
    found += checker.check_target_segment("corpus", 1, row["source"], row["target"], language, context=context)
    return [f for f in found if f.severity in ALARM]


def strict_hit(finding: Finding, row: dict) -> bool:
    if finding.referent and finding.referent == row.get("referent"):
        return True
    offending = (row.get("offending") or "").casefold()
    mine = (finding.offending or "").casefold()
    return bool(offending and mine and (offending in mine or mine in offending))


def evaluate(corpus: Path, glossary: Path, language: str) -> Result | None:
    correct_path, errors_path = corpus / f"{language}-correct.jsonl", corpus / f"{language}-errors.jsonl"
    if not correct_path.exists() and not errors_path.exists():
        return None
    correct = read_jsonl(correct_path) if correct_path.exists() else []
    errors = read_jsonl(errors_path) if errors_path.exists() else []
    checker = checker_for_path(glossary)
    context = CheckContext.of_texts(row["source"] for row in correct + errors)
    result = Result(language)
    for row in correct:
        result.correct += 1
        found = alarms(checker, context, row, language)
        if found:
            result.false_alarms.append((row, found))
            result.alarm_checks.update({f.check for f in found})
    for row in errors:
        result.errors += 1
        kind = row.get("kind") or "?"
        counts = result.by_kind[kind]
        counts[0] += 1
        found = alarms(checker, context, row, language)
        if not found:
            result.misses.append((row, found))
            continue
        result.detected += 1
        counts[1] += 1
        if any(strict_hit(f, row) for f in found):
            result.strict += 1
            counts[2] += 1
            result.by_check.update({f.check for f in found if strict_hit(f, row)})
        else:
            result.loose_only.append((row, found))
            result.by_check.update({f.check for f in found})
    return result


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} %" if b else "    –"


def show_finding(f: Finding) -> str:
    fix = f" → {f.suggestion!r}" if f.suggestion else ""
    where = "source" if f.language is None else "target"
    return f"      [{where}] {f.severity}: {f.check}: {f.offending!r}{fix} ({f.referent or '-'})"


def report(result: Result, listing: bool) -> None:
    r = result
    print(f"== {r.language} ==")
    print(f"false alarms: {len(r.false_alarms)}/{r.correct} correct pairs = {pct(len(r.false_alarms), r.correct)}"
          f"  (a warning or error on the pair, source findings included)")
    print(f"recall:       {r.detected}/{r.errors} planted errors = {pct(r.detected, r.errors)}"
          f"  (a warning or error on the pair)")
    print(f"strict:       {r.strict}/{r.errors} = {pct(r.strict, r.errors)}"
          f"  (the finding names the planted referent or offending text)")
    print("  per kind                 planted  recall    strict")
    for kind in sorted(r.by_kind):
        total, hit, strict = r.by_kind[kind]
        print(f"    {kind:22} {total:7d}  {pct(hit, total)}  {pct(strict, total)}")
    print("  detections per check id (strict hits; loose where no finding matched)")
    for check, count in r.by_check.most_common():
        print(f"    {check:30} {count:5d}")
    if r.alarm_checks:
        print("  false alarms per check id")
        for check, count in r.alarm_checks.most_common():
            print(f"    {check:30} {count:5d}")
    if listing:
        if r.false_alarms:
            print("  false alarms:")
            for row, found in r.false_alarms:
                print(f"    {row['id']}: {row['target']}")
                for f in found:
                    print(show_finding(f))
        if r.misses:
            print("  misses:")
            for row, _ in r.misses:
                print(f"    {row['id']} ({row.get('kind')}, {row.get('referent')}: {row.get('offending')!r} → "
                      f"{row.get('correct')!r}): {row['target']}")
        if r.loose_only:
            print("  detected, but not on the planted name:")
            for row, found in r.loose_only:
                print(f"    {row['id']} ({row.get('kind')}, {row.get('referent')}: {row.get('offending')!r}): "
                      f"{row['target']}")
                for f in found:
                    print(show_finding(f))
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, action="append",
                        help="folder with {ru,kk}-{correct,errors}.jsonl (default: the development half); "
                             "several --corpus: each, then all of them pooled")
    parser.add_argument("--glossary", type=Path, default=ROOT / "glossary.tsv")
    parser.add_argument("-l", "--language", action="append", choices=LANGUAGES)
    listing = parser.add_mutually_exclusive_group()
    listing.add_argument("--list", dest="listing", action="store_true", default=None,
                         help="list misses and false alarms (default for the development half)")
    listing.add_argument("--no-list", dest="listing", action="store_false")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    opts = parser.parse_args(argv)
    corpora = opts.corpus or [ROOT / "tests" / "data" / "names" / "dev"]
    for corpus in corpora:
        if not corpus.is_dir():
            parser.error(f"{corpus}: not a folder")
    if len(corpora) > 1:
        return pooled(parser, corpora, opts)
    opts.corpus = corpora[0]
    show = opts.listing if opts.listing is not None else opts.corpus.name == "dev"
    results = [r for lang in (opts.language or LANGUAGES) if (r := evaluate(opts.corpus, opts.glossary, lang))]
    if not results:
        parser.error(f"{opts.corpus}: no {{ru,kk}}-{{correct,errors}}.jsonl files")
    if opts.json:
        print(json.dumps({r.language: {
            "correct": r.correct, "false_alarms": len(r.false_alarms),
            "false_alarm_rate": len(r.false_alarms) / r.correct if r.correct else None,
            "errors": r.errors, "detected": r.detected, "recall": r.detected / r.errors if r.errors else None,
            "strict": r.strict, "strict_recall": r.strict / r.errors if r.errors else None,
            "by_kind": {k: dict(zip(("planted", "detected", "strict"), v)) for k, v in sorted(r.by_kind.items())},
            "by_check": dict(r.by_check), "false_alarms_by_check": dict(r.alarm_checks),
        } for r in results}, ensure_ascii=False, indent=2))
        return 0
    print(f"corpus: {opts.corpus}   glossary: {opts.glossary}")
    print()
    for r in results:
        report(r, show)
    print("summary  false alarms   recall   strict recall")
    for r in results:
        print(f"  {r.language}     {pct(len(r.false_alarms), r.correct)}     {pct(r.detected, r.errors)}  "
              f"{pct(r.strict, r.errors)}")
    return 0


def pooled(parser: argparse.ArgumentParser, corpora: list[Path], opts: argparse.Namespace) -> int:
    """Each corpus's summary, then the false alarms and recall of all of them together."""
    totals: dict[str, list[int]] = {}
    kinds: dict[str, dict[str, list[int]]] = {}       # language → kind → [planted, detected]
    alarm_checks: dict[str, Counter[str]] = {}         # language → check id → false alarms
    print(f"glossary: {opts.glossary}\n")
    print("corpus                   lang  false alarms             recall")
    for corpus in corpora:
        for language in opts.language or LANGUAGES:
            r = evaluate(corpus, opts.glossary, language)
            if r is None:
                continue
            print(f"  {corpus.name:<22} {language}    {len(r.false_alarms):>3}/{r.correct:<4} {pct(len(r.false_alarms), r.correct)}"
                  f"    {r.detected:>3}/{r.errors:<4} {pct(r.detected, r.errors)}")
            total = totals.setdefault(language, [0, 0, 0, 0])
            for k, v in enumerate((len(r.false_alarms), r.correct, r.detected, r.errors)):
                total[k] += v
            for kind, (planted, hit, _) in r.by_kind.items():
                counts = kinds.setdefault(language, {}).setdefault(kind, [0, 0])
                counts[0] += planted
                counts[1] += hit
            alarm_checks.setdefault(language, Counter()).update(r.alarm_checks)
    if not totals:
        parser.error("no {ru,kk}-{correct,errors}.jsonl files in any corpus")
    for language, (alarms, correct, detected, errors) in totals.items():
        print(f"  {'all of them':<22} {language}    {alarms:>3}/{correct:<4} {pct(alarms, correct)}"
              f"    {detected:>3}/{errors:<4} {pct(detected, errors)}")
    for language in totals:
        print(f"\n{language}, all of them: recall per kind")
        for kind, (planted, hit) in sorted(kinds.get(language, {}).items(), key=lambda item: -item[1][0]):
            print(f"    {kind:24} {hit:>4}/{planted:<4} {pct(hit, planted)}")
        if alarm_checks.get(language):
            print(f"  {language}, false alarms per check id: "
                  + ", ".join(f"{check} {n}" for check, n in alarm_checks[language].most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
