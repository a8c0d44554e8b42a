"""Name-check speed: a synthetic glossary of 5,000 referents (3 English spellings each,
preferred/admitted/wrong Russian and Kazakh forms) and 10k / 100k translated segments,
against a plain ``re`` baseline (one compiled alternation of all spellings and forms,
longest first) in the same run; plus the per-segment latency the editor sees.

Run: .venv/bin/python tests/benchmarks/bench_checks.py [--referents 5000] [--segments 10000,100000]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

from workbench.checks import NameChecker
from workbench.glossary import parse_glossary
from workbench.inflection import kazakh_paradigm, parse_spec, russian_paradigm

SYL_EN = ["ka", "zhan", "bek", "tur", "sul", "mar", "den", "ash", "yer", "lan", "nur", "bol", "sam", "tai", "gul",
          "dos", "zhol", "as", "bai", "ken", "ris", "tem", "ar", "man"]
SYL_RU = ["ка", "жан", "бек", "тур", "сул", "мар", "ден", "аш", "ер", "лан", "нур", "бол", "сам", "тай", "гуль",
          "дос", "жол", "ас", "бай", "кен", "рис", "тем", "ар", "ман"]
SYL_KK = ["қа", "жан", "бек", "тұр", "сұл", "мар", "ден", "аш", "ер", "лан", "нұр", "бол", "сам", "тай", "гүл",
          "дос", "жол", "ас", "бай", "кен", "рис", "тем", "ар", "ман"]


LAT = list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
CYR = list("АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ")


def word(i: int, table: list[str], n: int = 3) -> str:
    parts = []
    for _ in range(n):
        parts.append(table[i % len(table)])
        i //= len(table)
    return "".join(parts).capitalize()


def synth_glossary(n: int) -> str:
    rows = ["id\ttype\ten\ten_admitted\ten_deprecated\tru\tru_admitted\tru_wrong\tru_decl\tkk\tkk_admitted\tkk_wrong\tkk_decl"]
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


def synth_segments(glossary, n: int) -> list[tuple[str, str, str]]:
    """(source, target, language): each segment names two referents, inflected."""
    referents = glossary.referents
    m = len(referents)
    out = []
    empty = parse_spec("")
    for s in range(n):
        a, b = referents[(s * 7919) % m], referents[(s * 104729 + 13) % m]
        if s % 2 == 0:
            gen_b = russian_paradigm(b.ru, b.type, empty)["gen"][0]
            ins_a = russian_paradigm(a.ru, a.type, empty)["ins"][0]
            source = f"The delegation met {a.en} and the people of {b.en} on Tuesday, as reported."
            target = f"Делегация встретилась во вторник с {ins_a} и с представителями {gen_b}, как сообщалось."
            out.append((source, target, "ru"))
        else:
            gen_b = kazakh_paradigm(b.kk, b.type, parse_spec(b.kk_decl))["gen"][0]
            ins_a = kazakh_paradigm(a.kk, a.type, parse_spec(a.kk_decl))["ins"][0]
            source = f"The delegation met {a.en} and the people of {b.en} on Tuesday, as reported."
            target = f"Делегация сейсенбі күні {ins_a} және {gen_b} өкілдерімен кездесті, деп хабарланды."
            out.append((source, target, "kk"))
    return out


def baseline_pattern(glossary) -> re.Pattern:
    """One big alternation of every English spelling and every target form, longest first."""
    spellings = set()
    for r in glossary.referents:
        for lang in ("en", "ru", "kk"):
            for form, _ in r.forms(lang):
                spellings.add(form)
    return re.compile(r"\b(?:" + "|".join(re.escape(s) for s in sorted(spellings, key=len, reverse=True)) + r")")


def baseline(pattern: re.Pattern, segments) -> float:
    """Plain re: find the (uninflected!) spellings and forms in every source and target."""
    start = time.perf_counter()
    hits = 0
    for source, target, _ in segments:
        hits += len(pattern.findall(source)) + len(pattern.findall(target))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--referents", type=int, default=5000)
    parser.add_argument("--segments", default="10000,100000")
    parser.add_argument("--baseline-max", type=int, default=10000,
                        help="time the re baseline on at most this many segments and scale (it is slow)")
    opts = parser.parse_args()
    sizes = [int(x) for x in opts.segments.split(",")]

    t0 = time.perf_counter()
    glossary = parse_glossary(synth_glossary(opts.referents), "synthetic.tsv")
    t_parse = time.perf_counter() - t0
    t0 = time.perf_counter()
    checker = NameChecker(glossary)
    t_en = time.perf_counter() - t0
    t0 = time.perf_counter()
    checker.warm(("ru", "kk"))
    t_targets = time.perf_counter() - t0
    keys = {lang: len(checker.index(lang)) for lang in ("ru", "kk")}
    print(f"glossary: {opts.referents} referents, parse {t_parse:.2f} s; index build: English {t_en:.2f} s, "
          f"ru+kk {t_targets:.2f} s ({len(checker.english)} en / {keys['ru']} ru / {keys['kk']} kk keys)")

    all_segments = synth_segments(glossary, max(sizes))
    t0 = time.perf_counter()
    pattern = baseline_pattern(glossary)
    print(f"re baseline: compile {time.perf_counter() - t0:.2f} s")
    rows = []
    for n in sizes:
        segments = all_segments[:n]
        checker._source_cache.clear()
        start = time.perf_counter()
        findings = 0
        for i, (source, target, lang) in enumerate(segments):
            findings += len(checker.check_target_segment("doc.txt", i + 1, source, target, lang))
        ours = time.perf_counter() - start
        sample = segments[:opts.baseline_max]
        base = baseline(pattern, sample) * n / len(sample)
        rows.append((n, ours, base, findings, len(sample) < n))

    # per-segment latency (what the editor sees per keystroke; warm index, fresh text)
    lat = []
    for i, (source, target, lang) in enumerate(all_segments[:2000]):
        start = time.perf_counter()
        checker.check_target_segment("doc.txt", 1, source, target + f" {i}", lang)
        lat.append(time.perf_counter() - start)
    lat.sort()

    print()
    print(f"{'segments':>9} {'names check s':>14} {'µs/segment':>11} {'re baseline s':>14} {'findings':>9}")
    for n, ours, base, findings, scaled in rows:
        mark = "~" if scaled else " "
        print(f"{n:9d} {ours:14.2f} {ours / n * 1e6:11.1f} {mark}{base:13.2f} {findings:9d}")
    if any(r[4] for r in rows):
        print(f"(~ = re baseline timed on the first {opts.baseline_max} segments and scaled linearly)")
    if len(rows) > 1:
        (n1, t1, *_), (n2, t2, *_) = rows[0], rows[-1]
        print(f"scaling {n1} → {n2}: ×{t2 / t1:.1f} time for ×{n2 / n1:.0f} segments")
    print()
    print(f"per-segment check: mean {statistics.mean(lat) * 1e3:.3f} ms, median {lat[len(lat) // 2] * 1e3:.3f} ms, "
          f"p99 {lat[int(len(lat) * 0.99)] * 1e3:.3f} ms, max {lat[-1] * 1e3:.3f} ms (target < 5 ms)")


if __name__ == "__main__":
    main()
