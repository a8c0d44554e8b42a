"""Name-check speed on a synthetic project, against an exact-form automaton doing the same work.

The project: a glossary of 5,000 referents (3 English spellings each, preferred/admitted/wrong
Russian and Kazakh forms), 20 documents sharing N segments that each name two referents, and
every segment translated into Russian and Kazakh with the names inflected.

Each run is a fresh process, timed in CPU seconds (user + system of the child):

- ``workbench check`` *cold*: nothing on disk (the form index is built and written, every segment
  checked and its findings stored);
- ``workbench check --recheck`` *warm*: the form index read from ``.workbench/cache``, every segment
  checked again (the stored findings neither read nor written) — the same work as the peer;
- ``workbench check`` *unchanged*: the project as the run before left it, every segment's findings
  taken from the store (``workbench/checks/stored_results.py``) — less work than the peer does,
  which scans everything every time; shown for what a second run costs, not as a like-for-like;
- ``workbench check`` *1 % edited*: a different 1 % of the translations changed before each run
  (checked again; the rest from the store), a translator's day between two runs;
- the **peer**: a pyahocorasick automaton over exactly the forms our index holds (every
  English spelling; every generated Russian and Kazakh surface, read from a plain text file as
  our warm run reads its cache), which reads the same documents and catalogues with the same
  reader and scans every source and every translation, keeping the matches at word boundaries
  and writing them out. It finds exact forms only; the checks also decide what each match
  means (cases, wrong endings, agreement, misspellings, missing names) and write the report.

Then, in this process and with a warm index, the per-segment check as the editor calls it.

Run: .venv/bin/python tests/benchmarks/bench_checks.py [--referents 5000] [--segments 10000,100000]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workbench.checks import checker_for_path
from workbench.checks.names.project import cache_folder
from workbench.gettext import read_po, write_po
from workbench.glossary import parse_glossary
from workbench.inflection import kazakh_paradigm, parse_spec, russian_paradigm
from workbench.project import load_project
from workbench.services.merge import set_translation
from workbench.services.update import update_project

SYL_EN = ["ka", "zhan", "bek", "tur", "sul", "mar", "den", "ash", "yer", "lan", "nur", "bol", "sam", "tai", "gul",
          "dos", "zhol", "as", "bai", "ken", "ris", "tem", "ar", "man"]
SYL_RU = ["ка", "жан", "бек", "тур", "сул", "мар", "ден", "аш", "ер", "лан", "нур", "бол", "сам", "тай", "гуль",
          "дос", "жол", "ас", "бай", "кен", "рис", "тем", "ар", "ман"]
SYL_KK = ["қа", "жан", "бек", "тұр", "сұл", "мар", "ден", "аш", "ер", "лан", "нұр", "бол", "сам", "тай", "гүл",
          "дос", "жол", "ас", "бай", "кен", "рис", "тем", "ар", "ман"]
LAT = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
CYR = list("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ")
DOCUMENTS = 20

PEER = r'''
import sys, time
import ahocorasick
sys.path.insert(0, sys.argv[1])
from workbench.gettext import read_po
from workbench.project import load_project

root, forms_file = sys.argv[2], sys.argv[3]
automata = {}
current = None
with open(forms_file, encoding="utf-8") as fh:
    for line in fh:
        line = line.rstrip("\n")
        if line.startswith("## "):
            current = automata.setdefault(line[3:], ahocorasick.Automaton())
        elif line:
            current.add_word(line, line)
for automaton in automata.values():
    automaton.make_automaton()
project = load_project(root)
out = []


def scan(automaton, text):
    low = text.casefold().replace("ё", "е")
    n = len(low)
    for end, form in automaton.iter(low):
        start = end - len(form) + 1
        if (start == 0 or not low[start - 1].isalnum()) and (end + 1 == n or not low[end + 1].isalnum()):
            out.append(f"{start}\t{form}")


for doc in project.load_documents():
    for seg in doc.segments:
        scan(automata["en"], seg.msgid)
    for lang in project.languages:
        po = project.po_path(doc.name, lang)
        catalogue = read_po(po)
        for seg in doc.segments:
            message = catalogue.get(seg.msgid)
            if message is not None and message.msgstr and not message.fuzzy:
                scan(automata[lang], message.msgstr)
sys.stdout.write("\n".join(out))
'''


def word(i: int, table: list[str], n: int = 3) -> str:
    parts = []
    for _ in range(n):
        parts.append(table[i % len(table)])
        i //= len(table)
    return "".join(parts).capitalize()


def synth_glossary(n: int) -> str:
    rows = ["id\ttype\ten\ten_admitted\ten_deprecated\tru\tru_admitted\tru_wrong\tru_decl\tkk\tkk_admitted\tkk_wrong\t"
            "kk_decl"]
    for i in range(n):
        k = i + 600                      # skip the shortest names
        kind = ("person", "place", "organisation")[i % 3]
        if kind == "person":
            first_en, last_en = word(k * 7 + 1, SYL_EN, 2), word(k, SYL_EN) + "ov"
            first_ru, last_ru = word(k * 7 + 1, SYL_RU, 2), word(k, SYL_RU) + "ов"
            first_kk, last_kk = word(k * 7 + 1, SYL_KK, 2), word(k, SYL_KK) + "ов"
            en, adm = f"{first_en} {last_en}", f"{last_en}; {last_en.replace('ov', 'off')}"
            ru, ru_adm, ru_wrong = f"{first_ru} {last_ru}", last_ru, last_ru.replace("ов", "офф")
            kk, kk_adm, kk_wrong = f"{first_kk} {last_kk}", last_kk, last_ru
        elif kind == "place":
            base_en, base_ru, base_kk = word(k, SYL_EN) + "sk", word(k, SYL_RU) + "ск", word(k, SYL_KK) + "ск"
            en, adm = base_en, f"{base_en} City; {base_en}e"
            ru, ru_adm, ru_wrong = base_ru, f"город {base_ru}", base_ru + "е"
            kk, kk_adm, kk_wrong = base_kk, f"{base_kk} қаласы", base_ru
        else:
            base_en, base_ru, base_kk = word(k, SYL_EN), word(k, SYL_RU), word(k, SYL_KK)
            en, adm = f"{base_en} Union", f"{word(k, LAT, 3).upper()}U; {base_en} Alliance"
            ru, ru_adm, ru_wrong = f"Союз {base_ru}", f"{word(k, CYR, 3).upper()}С", f"Альянс {base_ru}"
            kk, kk_adm, kk_wrong = f"{base_kk} одағы", f"{word(k, CYR, 3).upper()}О", f"Союз {base_ru}"
        if kk_wrong in (kk, *kk_adm.split("; ")):
            kk_wrong = ""
        rows.append("\t".join([f"r{i}", kind, en, adm, "", ru, ru_adm, ru_wrong, "", kk, kk_adm, kk_wrong,
                               "poss" if kind == "organisation" else ""]))
    return "\n".join(rows) + "\n"


def synth_pair(glossary, s: int) -> tuple[str, str, str]:
    """(source, Russian, Kazakh) of segment *s*: two referents, inflected."""
    referents = glossary.referents
    m = len(referents)
    a, b = referents[(s * 7919) % m], referents[(s * 104729 + 13) % m]
    empty = parse_spec("")
    source = f"The delegation met {a.en} and the people of {b.en} on Tuesday, as reported in item {s}."
    ru = (f"Делегация встретилась во вторник с {russian_paradigm(a.ru, a.type, empty)['ins'][0]} и с "
          f"представителями {russian_paradigm(b.ru, b.type, empty)['gen'][0]}, как сообщалось в пункте {s}.")
    kk = (f"Делегация сейсенбі күні {kazakh_paradigm(a.kk, a.type, parse_spec(a.kk_decl))['ins'][0]} және "
          f"{kazakh_paradigm(b.kk, b.type, parse_spec(b.kk_decl))['gen'][0]} өкілдерімен кездесті, деп "
          f"{s}-тармақта хабарланды.")
    return source, ru, kk


def make_project(root: Path, glossary_text: str, segments: int) -> None:
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru", "kk"]\nname = "bench"\n', encoding="utf-8")
    (root / "glossary.tsv").write_text(glossary_text, encoding="utf-8")
    glossary = parse_glossary(glossary_text, "glossary.tsv")
    pairs = [synth_pair(glossary, s) for s in range(segments)]
    per_doc = segments // DOCUMENTS
    for d in range(DOCUMENTS):
        chunk = pairs[d * per_doc:(d + 1) * per_doc]
        text = "Report\n\n" + "\n\n".join(source for source, _, _ in chunk) + "\n"
        (root / "seeds" / f"doc{d:02d}.txt").write_text(text, encoding="utf-8")
    project = load_project(root)
    update_project(project)
    by_source = {source: (ru, kk) for source, ru, kk in pairs}
    for po in sorted(project.locale_dir.glob("*/LC_MESSAGES/*.po")):
        lang = po.parent.parent.name
        catalogue = read_po(po)
        for message in catalogue.live():
            found = by_source.get(message.msgid)
            if found:
                set_translation(catalogue, message.msgid, found[0] if lang == "ru" else found[1])
        write_po(catalogue, po)


def child_cpu(command: list[str]) -> float:
    """CPU seconds (user + system) of one child process, its output thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def write_forms(root: Path, path: Path) -> int:
    """Every form the checks' indexes hold, one per line under a '## lang' heading (the peer's input)."""
    checker = checker_for_path(root / "glossary.tsv", cache_dir=cache_folder(load_project(root)))
    lines = ["## en"]
    lines += sorted({" ".join(key) for key in checker.english.keys})
    count = len(lines) - 1
    for lang in ("ru", "kk"):
        index = checker.index(lang)
        forms = sorted({" ".join(s.casefold().replace("ё", "е").split()) for s in index.e_surface})
        lines.append(f"## {lang}")
        lines += forms
        count += len(forms)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return count


def edit_translations(root: Path, rep: int, share: int = 100) -> None:
    """Change one translation in *share* (a different one each *rep*) in every catalogue."""
    project = load_project(root)
    for doc in project.load_documents():
        for lang in project.languages:
            po = project.po_path(doc.name, lang)
            catalogue = read_po(po)
            for i, message in enumerate(m for m in catalogue.messages if m.msgstr):
                if i % share == rep % share:
                    message.msgstr += f" ({rep})"
            write_po(catalogue, po)


def run(glossary_text: str, segments: int, repeat: int) -> dict[str, float]:
    root = Path(tempfile.mkdtemp(prefix=f"wb-checks-{segments}-"))
    try:
        t0 = time.perf_counter()
        make_project(root, glossary_text, segments)
        setup = time.perf_counter() - t0
        workbench = [sys.executable, "-m", "workbench", "-C", str(root), "check", "--checks", "names", "--format", "json"]
        cache = root / ".workbench" / "cache"
        cold = []
        for _ in range(repeat):
            shutil.rmtree(cache, ignore_errors=True)
            cold.append(child_cpu(workbench))
        warm = [child_cpu([*workbench, "--recheck"]) for _ in range(repeat)]
        unchanged = [child_cpu(workbench) for _ in range(repeat)]
        edited = []
        for rep in range(repeat):
            edit_translations(root, rep)
            edited.append(child_cpu(workbench))
        forms_file = root / "forms.txt"
        forms = write_forms(root, forms_file)
        peer = [child_cpu([sys.executable, "-c", PEER, str(ROOT), str(root), str(forms_file)]) for _ in range(repeat)]
        return {"segments": segments, "setup": setup, "cold": min(cold), "warm": min(warm), "peer": min(peer),
                "unchanged": min(unchanged), "edited": min(edited), "forms": forms}
    finally:
        shutil.rmtree(root, ignore_errors=True)


def latency(glossary_text: str, count: int = 2000) -> list[float]:
    """Per-segment check as the editor calls it (warm index, a fresh text every time)."""
    root = Path(tempfile.mkdtemp(prefix="wb-latency-"))
    try:
        path = root / "glossary.tsv"
        path.write_text(glossary_text, encoding="utf-8")
        checker = checker_for_path(path, cache_dir=root / "cache").warm()
        glossary = parse_glossary(glossary_text, "glossary.tsv")
        out = []
        for i in range(count):
            source, ru, kk = synth_pair(glossary, i)
            lang, target = ("ru", ru) if i % 2 else ("kk", kk)
            start = time.perf_counter()
            checker.check_target_segment("doc.txt", 1, source, target + f" {i}", lang)
            out.append(time.perf_counter() - start)
        return sorted(out)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--referents", type=int, default=5000)
    parser.add_argument("--segments", default="10000,100000")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each command; the fastest counts")
    opts = parser.parse_args()
    sizes = [int(x) for x in opts.segments.split(",")]
    glossary_text = synth_glossary(opts.referents)
    os.environ.setdefault("PYTHONHASHSEED", "0")
    rows = [run(glossary_text, n, opts.repeat) for n in sizes]
    print(f"glossary: {opts.referents} referents; {rows[0]['forms']} forms (English spellings, Russian and "
          f"Kazakh surfaces) in the index and in the peer's automaton")
    print()
    print(f"{'segments':>9} {'check cold':>11} {'warm recheck':>13} {'automaton peer':>15} {'warm / peer':>12} "
          f"{'unchanged':>10} {'1 % edited':>11} {'edited / peer':>14}")
    for r in rows:
        print(f"{r['segments']:9d} {r['cold']:10.2f}s {r['warm']:12.2f}s {r['peer']:14.2f}s "
              f"{r['warm'] / r['peer']:11.2f}x {r['unchanged']:9.2f}s {r['edited']:10.2f}s "
              f"{r['edited'] / r['peer']:13.2f}x")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        factor = b["segments"] / a["segments"]
        print(f"growth for {factor:.0f}x segments: check warm {b['warm'] / a['warm']:.1f}x, "
              f"peer {b['peer'] / a['peer']:.1f}x")
    print("(CPU seconds of a fresh process each, the fastest of the runs; cold = building the form index and "
          "checking every segment; warm recheck = the index read from .workbench/cache, every segment checked "
          "again (the peer's work); unchanged = every segment's findings from the store; 1 % edited = a "
          "different 1 % of the translations changed before each run)")
    lat = latency(glossary_text)
    print()
    print(f"per-segment check (editor): median {lat[len(lat) // 2] * 1e3:.3f} ms, "
          f"p99 {lat[int(len(lat) * 0.99)] * 1e3:.3f} ms, max {lat[-1] * 1e3:.3f} ms (target well under 5 ms)")


if __name__ == "__main__":
    main()
