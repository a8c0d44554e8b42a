"""The memory's stores, each test run against SQLite and a real PostgreSQL server."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Iterator

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from tests.pg_server import running_server
from workbench.memory import MemoryStore, StoredUnit, normalise
from workbench.memory.sqlite import SQLiteMemory
from workbench.util.errors import WorkbenchError

Opener = Callable[[], MemoryStore]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[object]:
    with running_server() as (server, why):
        yield server if server is not None else why


@pytest.fixture(params=["sqlite", "postgresql"])
def open_memory(request: pytest.FixtureRequest, tmp_path, pg_server) -> Iterator[Opener]:
    """A function that opens (another client of) one fresh memory."""
    opened: list[MemoryStore] = []
    if request.param == "sqlite":
        path = tmp_path / "memory.sqlite"

        def opener() -> MemoryStore:
            opened.append(SQLiteMemory(path))
            return opened[-1]
    else:
        if isinstance(pg_server, str):
            pytest.skip(pg_server)
        try:
            url = pg_server.new_database()
        except RuntimeError as exc:
            pytest.skip(str(exc))
        from workbench.memory.postgresql import PostgresMemory

        def opener() -> MemoryStore:
            opened.append(PostgresMemory(url))
            return opened[-1]
    yield opener
    for store in opened:
        store.close()


def unit(source: str, target: str, lang: str = "ru", origin: str = "test.tmx", *, who: str = "Aigerim",
         when: str = "2026-01-02T03:04:05Z", how: str = "tmx") -> StoredUnit:
    return StoredUnit(source, target, "en", lang, origin, how, when, when, who, who)


def test_exact_fuzzy_and_cutoff(open_memory: Opener) -> None:
    memory = open_memory()
    report = memory.add([
        unit("The strike spread to Zhanaozen.", "Забастовка распространилась на Жанаозен."),
        unit("The strike spread to Almaty.", "Забастовка распространилась на Алматы."),
        unit("Something else entirely.", "Что-то другое."),
        unit("The strike spread to Zhanaozen.", "Ереуіл Жаңаөзенге тарады.", "kk"),
    ])
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    found = memory.lookup("The  strike spread to\nZhanaozen.", "ru")
    assert found[0].exact and found[0].target == "Забастовка распространилась на Жанаозен."
    assert found[0].who == "Aigerim" and found[0].origin == "test.tmx"
    assert found[1].target.endswith("Алматы.") and 70 <= found[1].score < 100
    assert [m.target for m in memory.lookup("The strike spread to Zhanaozen.", "kk")] == ["Ереуіл Жаңаөзенге тарады."]
    assert memory.lookup("Completely unrelated words here", "ru") == []
    assert memory.lookup("The strike spread to Aktau.", "ru", cutoff=99) == []
    assert memory.lookup("", "ru") == []


def test_update_keeps_creator_and_counts(open_memory: Opener) -> None:
    memory = open_memory()
    memory.add([unit("Hello world again.", "Привет, мир.", who="A", when="2026-01-01T00:00:00Z")])
    report = memory.add([unit("Hello world again.", "Привет, мир!", who="B", when="2026-02-01T00:00:00Z"),
                         unit("Hello world again.", "Привет, мир!", origin="other.po", who="C")])
    assert (report.added, report.updated, report.unchanged) == (1, 1, 0)
    again = memory.add([unit("Hello world again.", "Привет, мир!", who="B")])
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
    stored = {u.origin: u for u in memory.units("ru")}
    assert stored["test.tmx"].creator == "A" and stored["test.tmx"].changer == "B"
    assert stored["test.tmx"].created == "2026-01-01T00:00:00Z" and stored["test.tmx"].changed == "2026-02-01T00:00:00Z"
    # one match per distinct translation
    assert [m.target for m in memory.lookup("Hello world again.", "ru")] == ["Привет, мир!"]
    assert len(memory) == 2
    assert [(c.srclang, c.tgtlang, c.units) for c in memory.languages()] == [("en", "ru", 2)]


def test_forget_origin_and_origin_targets(open_memory: Opener) -> None:
    memory = open_memory()
    memory.add([unit("One sentence here.", "Одно.", origin="a.po"), unit("Two sentences here.", "Два.", origin="b.po")])
    assert memory.origin_targets("a.po", "ru") == {"One sentence here.": ("Одно.", "2026-01-02T03:04:05Z")}
    assert memory.forget_origin("a.po") == 1
    assert [m.target for m in memory.lookup("One sentence here.", "ru")] == ["Два."]   # a fuzzy match only
    assert [u.origin for u in memory.units()] == ["b.po"]


def test_concordance_search(open_memory: Opener) -> None:
    memory = open_memory()
    memory.add([unit("Workers in Zhanaozen went on strike.", "Рабочие Жанаозена начали забастовку."),
                unit("The strike was crushed.", "Забастовку подавили."),
                unit("Police fired on the crowd.", "Полиция открыла огонь по толпе.")])
    assert [u.target for u in memory.search("STRIKE")] == ["Рабочие Жанаозена начали забастовку.",
                                                            "Забастовку подавили."]
    assert [u.source for u in memory.search("забастовку", side="target")] == ["Workers in Zhanaozen went on strike.",
                                                                            "The strike was crushed."]
    assert [u.source for u in memory.search("забастовку", side="target", case_sensitive=True)] == [
        "Workers in Zhanaozen went on strike."]
    assert [u.source for u in memory.search(r"^(Police|The)\b", regex=True)] == ["The strike was crushed.",
                                                                                 "Police fired on the crowd."]
    assert list(memory.search("100%_")) == []
    with pytest.raises(WorkbenchError, match="regular expression"):
        list(memory.search("(", regex=True))


def test_lookup_many_with_a_limit_and_cutoff_per_source(open_memory: Opener) -> None:
    memory = open_memory()
    memory.add([unit("Protests spread to Aktobe on Tuesday.", "Протесты распространились на Актобе во вторник."),
                unit("Protests spread to Aktobe on Monday night.", "Протесты ночью в понедельник."),
                unit("The strike began in Zhanaozen.", "Забастовка началась в Жанаозене.")])
    asked = ["Protests spread to Aktobe on Tuesday!", "The strike began in Zhanaozen.", "Unrelated words entirely."]
    limits, cutoffs = [2, 1, 1], [60.0, 70.0, 10.0]
    assert list(memory.lookup_many(asked, "ru", limit=limits, cutoff=cutoffs)) == [
        memory.lookup(q, "ru", limit=n, cutoff=c) for q, n, c in zip(asked, limits, cutoffs)]
    memory.close()


def test_persistent_across_clients(open_memory: Opener) -> None:
    first = open_memory()
    first.add([unit("Durable sentence number one.", "Надёжное предложение.")])
    first.close()
    second = open_memory()
    assert second.lookup("Durable sentence number one.", "ru")[0].target == "Надёжное предложение."
    assert second.synced_stamp("x") is None
    second.set_synced("x", "1:2")
    assert open_memory().synced_stamp("x") == "1:2"


def test_two_clients_at_once(open_memory: Opener) -> None:
    """Two translators (two connections, two threads) add and look up at the same time."""
    clients = [open_memory(), open_memory()]
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            memory = clients[n]
            for i in range(40):
                memory.add([unit(f"Client {n} wrote sentence number {i} about the strike.", f"Клиент {n}: {i}.",
                                 origin=f"client{n}.po")])
                memory.lookup(f"Client {1 - n} wrote sentence number {i} about the strike.", "ru")
        except BaseException as exc:   # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    for n in (0, 1):
        other = clients[1 - n]
        found = other.lookup(f"Client {n} wrote sentence number 39 about the strike.", "ru")
        assert found[0].exact and found[0].target == f"Клиент {n}: 39."
    assert len(clients[0]) == 80


WORDS = st.sampled_from("strike workers police oil gas price the of in on Zhanaozen Almaty protest crowd army".split())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sentences=st.lists(st.lists(WORDS, min_size=3, max_size=9).map(" ".join), min_size=1, max_size=30,
                          unique=True),
       query=st.lists(WORDS, min_size=3, max_size=9).map(" ".join))
# the best shares only the query's fourth word: a memory this small must read every word's list
@example(sentences=["strike strike police oil", "price price workers"], query="strike police oil workers")
def test_best_match_is_the_brute_force_best(tmp_path_factory, sentences: list[str], query: str) -> None:
    """On a small memory the index reads every list: its best score is rapidfuzz's brute-force best."""
    memory = SQLiteMemory(tmp_path_factory.mktemp("prop") / "m.sqlite")
    try:
        memory.add(unit(s, f"t{i}") for i, s in enumerate(sentences))
        found = memory.lookup(query, "ru", limit=1)
        brute = process.extract(normalise(query), [normalise(s) for s in sentences], scorer=fuzz.ratio, limit=1,
                                score_cutoff=70)
        if brute:
            assert found and found[0].score == round(brute[0][1], 1)
        else:
            assert found == []
    finally:
        memory.close()


def test_a_run_of_lookups_answers_as_single_lookups_do(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """lookup_many in chunks, with every source sentence read at once and half the run in a
    second process (started for real): the same matches, in order, as one lookup at a time."""
    from workbench.memory import sqlite_lookup

    memory = SQLiteMemory(tmp_path / "m.sqlite")
    words = "strike workers police oil gas price the of in on Zhanaozen Almaty protest crowd army".split()
    sentences = [" ".join(words[(i * 7 + j * 3) % len(words)] for j in range(5 + i % 6)) + f" {i % 9}"
                 for i in range(120)]
    memory.add(unit(s, f"перевод {i}", origin=f"o{i % 3}.tmx") for i, s in enumerate(sentences))
    asked = [*sentences[::7], "strike workers police oil gas", "nothing like it at all", "", sentences[3] + " again"]
    one_by_one = [memory.lookup(q, "ru", limit=3, cutoff=50) for q in asked]
    assert any(found and not found[0].exact for found in one_by_one) and any(found == [] for found in one_by_one)
    monkeypatch.setattr(sqlite_lookup, "CHUNK", 4)
    monkeypatch.setattr(sqlite_lookup, "PARALLEL_FROM", 10)
    assert list(memory.lookup_many(asked, "ru", limit=3, cutoff=50)) == one_by_one
    monkeypatch.setattr(sqlite_lookup, "PARALLEL_FROM", 10_000)        # in this process only, texts read at once
    assert list(memory.lookup_many(asked * 3, "ru", limit=3, cutoff=50)) == one_by_one * 3
    # a limit and a cutoff per source, as pre-translation asks
    limits, cutoffs = [1 + i % 3 for i in range(len(asked))], [50.0 + 10 * (i % 4) for i in range(len(asked))]
    monkeypatch.setattr(sqlite_lookup, "PARALLEL_FROM", 10)
    assert list(memory.lookup_many(asked, "ru", limit=limits, cutoff=cutoffs)) == [
        memory.lookup(q, "ru", limit=n, cutoff=c) for q, n, c in zip(asked, limits, cutoffs)]
    with pytest.raises(ValueError):
        list(memory.lookup_many(asked, "ru", limit=[1]))
    memory.close()


def test_a_run_goes_on_when_the_helper_process_fails(tmp_path, monkeypatch: pytest.MonkeyPatch,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    """A helper that cannot start, or stops, costs time, not the run: this process looks up its part."""
    import sys

    from workbench.memory import sqlite_lookup

    memory = SQLiteMemory(tmp_path / "m.sqlite")
    sentences = [f"The strike began in Zhanaozen on day {i} of the month." for i in range(12)]
    memory.add(unit(s, f"Забастовка {i}.") for i, s in enumerate(sentences))
    asked = [s.replace("month", "year") for s in sentences]
    expected = [memory.lookup(q, "ru") for q in asked]
    monkeypatch.setattr(sqlite_lookup, "PARALLEL_FROM", 4)
    for broken in ("/bin/false", str(tmp_path / "no-such-python")):
        monkeypatch.setattr(sys, "executable", broken)
        assert list(memory.lookup_many(asked, "ru")) == expected
    assert "looking up its part here" in caplog.text and "cannot start a second lookup process" in caplog.text
    memory.close()


def test_a_failing_helper_process_is_one_clear_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.memory import sqlite_lookup

    memory = SQLiteMemory(tmp_path / "m.sqlite")
    memory.add([unit("The strike began in Zhanaozen.", "Забастовка началась в Жанаозене.")])
    monkeypatch.setattr(sqlite_lookup, "PARALLEL_FROM", 2)
    monkeypatch.setenv("PYTHONPATH", str(tmp_path / "nowhere"))
    helper = sqlite_lookup.HelperProcess(tmp_path / "missing" / "m.sqlite", ["a b c"], "ru", "en", [1], [70.0])
    with pytest.raises(WorkbenchError, match="the second lookup process failed"):
        helper.results()
    helper.close()
    memory.close()


def test_not_a_memory_file(tmp_path) -> None:
    bad = tmp_path / "memory.sqlite"
    bad.write_bytes(b"this is not a database, just text\n" * 100)
    with pytest.raises(WorkbenchError, match="not a workbench memory") as caught:
        SQLiteMemory(bad)
    assert str(bad) in str(caught.value)


def test_unreachable_server_is_one_clear_error(tmp_path) -> None:
    pytest.importorskip("psycopg")
    from workbench.memory.postgresql import PostgresMemory

    with pytest.raises(WorkbenchError, match="unreachable") as caught:
        PostgresMemory(f"postgresql://nobody:secret@/db?host={tmp_path}&port=1", connect_timeout=1)
    assert "secret" not in str(caught.value)


def test_postings_appended_across_flushes_and_chunks(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny chunks and flushes: the word index is appended to in place, by imports and by confirms."""
    from workbench.memory import postings, sqlite

    monkeypatch.setattr(sqlite, "FLUSH_IDS", 7)
    monkeypatch.setattr(sqlite, "ADD_CHUNK", 3)
    monkeypatch.setattr(postings, "CHUNK", 2)
    memory = SQLiteMemory(tmp_path / "m.sqlite")
    sentences = [f"The strike in town number {i} spread to the oil fields of region {i % 7}." for i in range(60)]
    memory.add(unit(s, f"перевод {i}") for i, s in enumerate(sentences[:40]))
    for i, s in enumerate(sentences[40:], 40):            # one at a time, as confirms come
        memory.add([unit(s, f"перевод {i}", origin="confirm.po")])
    keys = [normalise(s) for s in sentences]
    for i in range(0, 60, 3):
        query = f"The strike in town number {i} spread to the oil field of region {i % 7}."
        found = memory.lookup(query, "ru", limit=1)
        brute = process.extract(normalise(query), keys, scorer=fuzz.ratio, limit=1)
        assert found[0].score == round(brute[0][1], 1) and found[0].target == f"перевод {i}"
    conn = memory._reader()
    assert conn.execute("SELECT max(length(ids)) FROM postings").fetchone()[0] == 2 * postings.POSTING.itemsize
    memory.close()


def test_an_import_into_an_empty_memory_finds_its_own_sources_across_chunks(tmp_path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Into an empty memory an add looks up only the sources it inserted itself (a Bloom filter
    of their hashes): a source repeated chunks later is still one source, its unit updated."""
    from workbench.memory import sqlite

    monkeypatch.setattr(sqlite, "ADD_CHUNK", 2)
    memory = SQLiteMemory(tmp_path / "m.sqlite")
    report = memory.add([unit("Strikes spread.", "старый"), unit("Troops came.", "войска"),
                         unit("Police fled.", "полиция"), unit("Strikes  spread.", "новый"),
                         unit("Strikes spread.", "Ереуіл тарады.", "kk")])
    assert (report.added, report.updated) == (4, 1)
    conn = memory._reader()
    assert conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 3
    assert [m.target for m in memory.lookup("Strikes spread.", "ru")] == ["новый"]
    assert [m.target for m in memory.lookup("Strikes spread.", "kk")] == ["Ереуіл тарады."]
    memory.close()


def test_the_hash_filter_never_misses_an_added_hash() -> None:
    from workbench.memory.sqlite import _HashFilter

    rng = random.Random(5)
    added = [rng.getrandbits(64) - (1 << 63) for _ in range(20_000)]
    others = [rng.getrandbits(64) - (1 << 63) for _ in range(20_000)]
    seen = _HashFilter()
    seen.add(added[:10_000])
    seen.add(added[10_000:])
    assert seen.maybe(added) == added
    assert len(seen.maybe(others)) < 200          # a few through, looked up for nothing
    assert _HashFilter().maybe(others) == []


def test_rank_orders_sources_of_equal_weight_by_length() -> None:
    """Thousands of sources may share a query's few common words: among them, the ones whose
    length is near the query's come first; a heavier source still beats any of them."""
    import numpy as np

    from workbench.memory import postings

    def listed(ids: list[int], lengths: list[int]) -> postings.Postings:
        return postings.Postings(np.array(ids, dtype=np.uint32), np.array(lengths, dtype=np.uint16))

    common = listed([1, 2, 3, 4], [200, 61, 90, 30])
    rare = listed([5], [400])
    assert postings.rank([(common, 3.0)], k=1, length=60).tolist() == [2]
    assert postings.rank([(common, 3.0), (rare, 9.0)], k=1, length=60).tolist() == [5]
    assert postings.rank([(common, 3.0), (rare, 9.0)], (50, 100), k=1, length=60).tolist() == [2]
    assert sorted(postings.rank([(common, 3.0)], k=2, length=95).tolist()) == [2, 3]
