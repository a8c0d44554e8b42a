"""Paradigm generation speed: 5,000 distinct names, cold and warm cache.

Run: python tests/benchmarks/bench_inflection.py
"""

from __future__ import annotations

import time

from workbench.inflection import kazakh as kk_module
from workbench.inflection import (
    kazakh_paradigm,
    kazakh_surface_forms,
    parse_spec,
    russian_paradigm,
    russian_surface_forms,
)
from workbench.inflection import russian as ru_module


def main() -> None:
    spec = parse_spec("")
    kinds = ("person", "place", "organisation")
    rows = []
    for label, module, surface, paradigm, stems, prefix in (
        ("ru", ru_module, russian_surface_forms, russian_paradigm,
         ["Токаев", "Жанаозен", "Москва", "Россия", "Китай", "движение"], "Имя"),
        ("kk", kk_module, kazakh_surface_forms, kazakh_paradigm,
         ["Тоқаев", "Жаңаөзен", "Алматы", "Ресей", "Одағы", "АҚШ"], "Есім"),
    ):
        for n in (1_000, 5_000):
            module._paradigm.cache_clear()
            module._surface.cache_clear()
            names = [(f"{prefix}{i} {stems[i % 6]}", kinds[i % 3]) for i in range(n)]
            t0 = time.perf_counter()
            forms = sum(len(surface(form, kind, spec)) for form, kind in names)
            cold = time.perf_counter() - t0
            t0 = time.perf_counter()
            for form, kind in names:
                paradigm(form, kind, spec)
            warm = time.perf_counter() - t0
            rows.append((label, n, forms, cold, warm))
    print(f"{'lang':4} {'names':>6} {'forms':>8} {'cold s':>8} {'warm s':>8} {'µs/name':>8}")
    for label, n, forms, cold, warm in rows:
        print(f"{label:4} {n:6} {forms:8} {cold:8.3f} {warm:8.4f} {cold / n * 1e6:8.1f}")


if __name__ == "__main__":
    main()
