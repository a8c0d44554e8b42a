"""QA checks: accuracy on planted errors and correct text, against translate-toolkit's
``pofilter`` on the same material in the same run; and the speed of a whole-project run.

Accuracy (per language):
- recall — planted errors (``{ru,kk}-errors.jsonl``) found by a warning or error of the
  planted kind's family, and by any warning or error;
- false alarms — share of correct segments with a warning or error: the corpus's correct
  pairs (``{ru,kk}-correct.jsonl``), the corrected targets of the planted errors, and the
  bundled reviewed catalogues (``locale/<lang>/LC_MESSAGES/*.po``);
- per kind and per check id.
pofilter (default checks, ``--language``) gets the same pairs written to PO files (one unit
per pair, the pair's id as msgctxt) and its findings are mapped back to the pairs and, by test
name, to the same families.

Speed: a synthetic project (documents and ru/kk catalogues) of N translated segments built
from the corpus and catalogue pairs, each made unique; all checks (``workbench check``'s
``run_checks``: names and QA) timed end to end, pofilter on the same catalogues as the peer,
and the per-segment latency of the editor's call (names + QA) with p50/p99.

Run: .venv/bin/python tests/benchmarks/bench_qa.py [--corpus DIR] [--segments 100000] [--peer-segments N]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import polib

from workbench.checks import CHECKS, checker_for_path
from workbench.checks.combined import run_checks
from workbench.checks.qa import FAMILY_OF, check_pair, check_target_segment, context_for
from workbench.checks.qa.lexicon import english_words, lexicon_status
from workbench.gettext import Catalogue, Message, read_po, write_po
from workbench.glossary import load_glossary
from workbench.project import load_project

REPO = Path(__file__).resolve().parents[2]
KINDS = ("number", "date", "url", "quotes", "markup", "untranslated", "typography", "script")
#: pofilter's default tests by the family they belong to (the rest: "other").
POFILTER_FAMILY = {
    "numbers": "number", "urls": "url", "emails": "url", "filepaths": "url",
    "brackets": "quotes", "doublequoting": "quotes", "singlequoting": "quotes",
    "xmltags": "markup", "escapes": "markup", "variables": "markup", "printf": "markup", "functions": "markup",
    "accelerators": "markup", "pythonbraceformat": "markup", "options": "markup", "newlines": "markup",
    "untranslated": "untranslated", "unchanged": "untranslated", "notranslatewords": "untranslated",
    "doublespacing": "typography", "puncspacing": "typography", "endpunc": "typography", "startpunc": "typography",
    "endwhitespace": "typography", "startwhitespace": "typography", "doublewords": "typography",
    "tabs": "typography", "purepunc": "typography", "validchars": "script",
    "long": "length", "short": "length", "sentencecount": "length",
}


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def catalogue_pairs(lang: str) -> list[dict]:
    rows = []
    for po in sorted((REPO / "locale" / lang / "LC_MESSAGES").glob("*.po")):
        for m in read_po(po).messages:
            if m.msgid and m.msgstr and not m.obsolete and not m.fuzzy:
                rows.append({"id": f"{po.stem}:{m.lineno}", "source": m.msgid, "target": m.msgstr})
    return rows


# -- ours ------------------------------------------------------------------------------------------
def ours(rows: list[dict], lang: str, context, key: str = "target") -> dict[str, list[tuple[str, str]]]:
    """id -> [(check, family)] of the warnings and errors on each pair."""
    out: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        hits = check_pair(r["source"], r[key], lang, context=context)
        out[r["id"]] = [(h.check, FAMILY_OF[h.check]) for h in hits if CHECKS[h.check].severity != "info"]
    return out


# -- pofilter --------------------------------------------------------------------------------------
def pofilter(rows: list[dict], lang: str, key: str, workdir: Path) -> dict[str, list[tuple[str, str]]]:
    """id -> [(test, family)] of pofilter's default checks on the pairs."""
    src = workdir / f"in-{lang}-{key}.po"
    dst = workdir / f"out-{lang}-{key}.po"
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": lang}
    for r in rows:
        po.append(polib.POEntry(msgctxt=r["id"], msgid=r["source"], msgstr=r[key]))
    po.save(str(src))
    exe = Path(sys.executable).with_name("pofilter")
    subprocess.run([str(exe), "--progress=none", f"--language={lang}", str(src), str(dst)], check=True,
                   capture_output=True)
    out: dict[str, list[tuple[str, str]]] = {r["id"]: [] for r in rows}
    if dst.exists():
        for entry in polib.pofile(str(dst)):
            tests = [line.split(")", 1)[1].split(":", 1)[0].strip()
                     for line in (entry.tcomment or "").splitlines() if line.startswith("(pofilter)")]
            out[entry.msgctxt] = [(t, POFILTER_FAMILY.get(t, "other")) for t in tests]
    return out


# -- figures ---------------------------------------------------------------------------------------
def pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f} % ({a}/{b})" if b else "—"


def report(lang: str, corpus: Path, work: Path) -> None:
    errors = load_rows(corpus / f"{lang}-errors.jsonl")
    correct = load_rows(corpus / f"{lang}-correct.jsonl")
    cats = catalogue_pairs(lang)
    glossary = load_glossary(REPO / "glossary.tsv")
    context = context_for(glossary, lang)
    tools = {
        "workbench": lambda rows, key: ours(rows, lang, context, key),
        "pofilter": lambda rows, key: pofilter(rows, lang, key, work),
    }
    print(f"\n=== {lang} — {len(errors)} planted errors, {len(correct)} correct pairs, "
          f"{len(errors)} corrected targets, {len(cats)} catalogue segments ===")
    results = {}
    for name, run in tools.items():
        t0 = time.perf_counter()
        results[name] = (run(errors, "target"), run(correct, "target"),
                         run([r for r in errors if r.get("correct")], "correct"), run(cats, "target"))
        results[name] += (time.perf_counter() - t0,)
    print(f"{'':12} {'recall (family)':>22} {'recall (any)':>22} {'FA correct pairs':>20} "
          f"{'FA corrected':>20} {'FA catalogues':>20}")
    for name, (found, ok, fixed, cat, secs) in results.items():
        fam = sum(1 for r in errors if r["kind"] in {f for _, f in found[r["id"]]})
        anyf = sum(1 for r in errors if found[r["id"]])
        print(f"{name:12} {pct(fam, len(errors)):>22} {pct(anyf, len(errors)):>22} "
              f"{pct(sum(1 for v in ok.values() if v), len(ok)):>20} "
              f"{pct(sum(1 for v in fixed.values() if v), len(fixed)):>20} "
              f"{pct(sum(1 for v in cat.values() if v), len(cat)):>20}   ({secs:.2f} s)")
    print("per kind (recall by the family):")
    print(f"  {'kind':14}" + "".join(f"{n:>22}" for n in results))
    for kind in KINDS:
        rows = [r for r in errors if r["kind"] == kind]
        cells = []
        for name in results:
            found = results[name][0]
            cells.append(pct(sum(1 for r in rows if kind in {f for _, f in found[r["id"]]}), len(rows)))
        print(f"  {kind:14}" + "".join(f"{c:>22}" for c in cells))
    for name in results:
        found, ok, fixed, cat, _ = results[name]
        hits_err = Counter(c for v in found.values() for c in {c for c, _ in v})
        hits_ok = Counter(c for d in (ok, fixed, cat) for v in d.values() for c in {c for c, _ in v})
        print(f"per check id — {name} (segments: planted errors / correct text):")
        for check in sorted(set(hits_err) | set(hits_ok), key=lambda c: (-hits_err[c], c)):
            print(f"  {check:32} {hits_err[check]:4} / {hits_ok[check]:3}")
    missed = [r for r in errors if r["kind"] not in {f for _, f in results["workbench"][0][r["id"]]}]
    if missed:
        print("workbench misses:", ", ".join(f"{r['id']} ({r['kind']})" for r in missed))
    alarms = [(i, v) for d in results["workbench"][1:4] for i, v in d.items() if v]
    if alarms:
        print("workbench false alarms:", "; ".join(f"{i}: {', '.join(c for c, _ in v)}" for i, v in alarms))


# -- speed -----------------------------------------------------------------------------------------
def code(k: int) -> str:
    """A unique upper-case tag for segment k (an acronym to the checks): AAAA, AAAB, ..."""
    letters = []
    for _ in range(4):
        k, r = divmod(k, 26)
        letters.append(chr(65 + r))
    return "".join(reversed(letters))


def synth_project(root: Path, corpus: Path, n: int) -> int:
    """A project of about n translated segments (n/2 sources, each translated into ru and kk),
    every one unique (a tag starts each sentence); returns the translations written."""
    from workbench.text.documents import load_document

    pairs: dict[str, dict[str, str]] = defaultdict(dict)
    for lang in ("ru", "kk"):
        for r in (catalogue_pairs(lang) + load_rows(corpus / f"{lang}-correct.jsonl")
                  + load_rows(corpus / f"{lang}-errors.jsonl")):
            pairs[" ".join(r["source"].split())][lang] = " ".join(r["target"].split())
    base = [(src, t["ru"], t["kk"]) for src, t in pairs.items() if len(t) == 2 and not src[:1].isdigit()]
    docs = 20
    per_doc = max(1, n // 2 // docs)
    (root / "seeds").mkdir(parents=True)
    shutil.copy(REPO / "glossary.tsv", root / "glossary.tsv")
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru", "kk"]\n', encoding="utf-8")
    count = 0
    for d in range(docs):
        targets: dict[str, tuple[str, str]] = {}
        paragraphs = []
        for i in range(per_doc):
            k = d * per_doc + i
            source, ru, kk = base[k % len(base)]
            tag = f"{code(k)}: "            # unique, and no number: most sentences have none
            paragraphs.append(tag + source)
            targets[tag + source] = (tag + ru, tag + kk)
        path = root / "seeds" / f"doc{d:02}.txt"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        document = load_document(path, root)
        for lang_index, lang in enumerate(("ru", "kk")):
            cat = Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8", "Language": lang})
            for seg in document.segments:
                if seg.msgid in targets and cat.get(seg.msgid) is None:
                    cat.messages.append(Message(msgid=seg.msgid, msgstr=targets[seg.msgid][lang_index]))
                    count += 1
            po = root / "locale" / lang / "LC_MESSAGES" / f"doc{d:02}.po"
            po.parent.mkdir(parents=True, exist_ok=True)
            write_po(cat, po)
    return count


def speed(corpus: Path, n: int, peer_n: int, work: Path) -> None:
    root = work / "speed"
    count = synth_project(root, corpus, n)
    project = load_project(root)
    docs = project.load_documents()
    segs = sum(len(d.segments) for d in docs)
    print(f"\n=== speed — {segs} source segments, {count} translations (ru + kk) ===")
    checker_for_path(project.glossary_path)          # the glossary index, built once (as in the UI)
    context_for(None, "kk")                          # the Kazakh dictionary, loaded once
    english_words()                                  # and the English word list
    for label, checks in (("workbench check (names + QA), whole project", "all"), ("  QA checks alone", "qa"),
                          ("  name checks alone", "names")):
        t0, c0 = time.perf_counter(), time.process_time()
        findings = run_checks(project, checks=checks)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU, {len(findings)} findings, "
              f"{1000 * cpu / count:.3f} ms CPU per translation")
    # the peer: pofilter over the same catalogues (or the first peer_n of them), same files read
    pos = sorted((root / "locale").rglob("*.po"))
    chosen, units = [], 0
    for po in pos:
        if units >= peer_n:
            break
        chosen.append(po)
        units += sum(1 for m in read_po(po).messages if m.msgid and m.msgstr)
    t0 = time.perf_counter()
    exe = Path(sys.executable).with_name("pofilter")
    cpu = 0.0
    for po in chosen:
        lang = po.parts[-3]
        before = os.times()
        subprocess.run([str(exe), "--progress=none", f"--language={lang}", str(po), str(work / "peer-out.po")],
                       check=True, capture_output=True)
        after = os.times()
        cpu += (after.children_user - before.children_user) + (after.children_system - before.children_system)
    peer = time.perf_counter() - t0
    note = "" if len(chosen) == len(pos) else f" (on {units} of them; {cpu * count / units:.0f} s CPU extrapolated)"
    print(f"pofilter (peer), same catalogues: {peer:.1f} s wall, {cpu:.1f} s CPU for {units} units{note}, "
          f"{1000 * cpu / units:.3f} ms CPU per unit")
    # per segment, as the editor calls it on every keystroke: names + QA
    checker = checker_for_path(project.glossary_path)
    contexts = {lang: context_for(load_glossary(project.glossary_path), lang) for lang in ("ru", "kk")}
    gc.collect()
    gc.freeze()                              # a long-running editor: the loaded data is not rescanned
    latencies = []
    rows = [(r["source"], r["target"], lang) for lang in ("ru", "kk")
            for r in load_rows(corpus / f"{lang}-errors.jsonl") + load_rows(corpus / f"{lang}-correct.jsonl")]
    for i, (source, target, lang) in enumerate(rows * 5):
        target = f"{code(i)}: {target}"      # unseen text each time: no cache helps
        source = f"{code(i)}: {source}"
        t0 = time.perf_counter()
        checker.check_target_segment("doc.txt", 1, source, target, lang)
        check_target_segment("doc.txt", 1, source, target, lang, style=project.style(lang), context=contexts[lang])
        latencies.append(time.perf_counter() - t0)
    latencies.sort()
    p50 = statistics.median(latencies) * 1000
    p99 = latencies[int(len(latencies) * 0.99)] * 1000
    print(f"per segment (names + QA, {len(latencies)} calls): p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
          f"max {latencies[-1] * 1000:.2f} ms (target: well under 5 ms)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=REPO / "tests" / "data" / "qa" / "dev",
                        help="folder with {ru,kk}-{errors,correct}.jsonl (default: tests/data/qa/dev)")
    parser.add_argument("--segments", type=int, default=100_000, help="translations in the speed run (0: skip)")
    parser.add_argument("--peer-segments", type=int, default=100_000,
                        help="translations pofilter checks in the speed run (the rest is extrapolated)")
    args = parser.parse_args()
    print(lexicon_status())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for lang in ("ru", "kk"):
            report(lang, args.corpus, work)
        if args.segments:
            speed(args.corpus, args.segments, args.peer_segments, work)


if __name__ == "__main__":
    main()
