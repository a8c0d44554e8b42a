
from workbench.services.memory import TranslationMemory, normalise


def test_exact_and_fuzzy():
    tm = TranslationMemory()
    tm.set("The strike spread to Zhanaozen.", "Забастовка распространилась на Жанаозен.", "a")
    tm.set("The strike spread to Almaty.", "Забастовка распространилась на Алматы.", "b")
    tm.set("Something else entirely.", "Что-то другое.", "a")
    exact = tm.lookup("The  strike spread to\nZhanaozen.")
    assert exact[0].exact and exact[0].target.endswith("Жанаозен.")
    assert exact[1].target.endswith("Алматы.") and not exact[1].exact
    fuzzy = tm.lookup("The strike spread to Aktau.")
    assert fuzzy and not fuzzy[0].exact and fuzzy[0].score >= 70
    assert tm.lookup("Completely unrelated words here") == []


def test_update_and_forget():
    tm = TranslationMemory()
    tm.set("Hello world again.", "Привет, мир.", "a")
    tm.set("Hello world again.", "Сәлем, әлем.", "b")
    assert {m.target for m in tm.lookup("Hello world again.")} == {"Привет, мир.", "Сәлем, әлем."}
    tm.set("Hello world again.", "", "a")
    assert [m.target for m in tm.lookup("Hello world again.")] == ["Сәлем, әлем."]
    tm.clear_origin("b")
    assert tm.lookup("Hello world again.") == [] and len(tm) == 0
    assert normalise(" a \n b ") == "a b"


def test_lookup_is_indexed_on_large_memory():
    tm = TranslationMemory()
    for i in range(50_000):
        tm.set(f"Sentence number {i} about workers token{i} and strikes.", f"Предложение {i}.", "big")
    for i in range(50):
        res = tm.lookup(f"Sentence number {i} about workers token{i} and strike.")
        assert res and res[0].target == f"Предложение {i}."
    # Speed is measured in tests/benchmarks/bench_tui.py (keypress latency with memory lookups).
