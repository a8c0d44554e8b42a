"""The fault-injection suite, fast subset (the whole run: ``python tests/benchmarks/bench_faults.py``).

Malformed inputs of every kind must end in a clean error or be handled — never a crash, a hang,
a wrong result or a lost translation; kill -9 in the middle of every command that writes must
leave each file old or new with no translation lost; an editor saving while update and the
UI's save run must never lose a save."""

from __future__ import annotations

import random

import pytest

from tests.faults.corpus import build_corpus, fast_subset
from tests.faults.kill import run_scenario
from tests.faults.race import race_session, race_update
from tests.faults.runner import run_corpus

CORPUS = build_corpus()


def test_the_corpus_is_large_and_covers_every_kind():
    kinds = {case.kind for case in CORPUS}
    assert len(CORPUS) >= 300
    assert kinds == {"po", "pot", "glossary", "source", "settings", "import", "exchange"}
    assert len({case.ident for case in CORPUS}) == len(CORPUS)


def test_malformed_inputs_fast_subset():
    outcomes = run_corpus(fast_subset(CORPUS))
    bad = [f"{o.verdict}: {o.ident}: {o.detail}" for o in outcomes if o.verdict not in ("clean error", "handled")]
    assert not bad, "\n".join(bad)
    assert {o.verdict for o in outcomes} == {"clean error", "handled"}


@pytest.mark.slow
def test_malformed_inputs_whole_corpus():
    outcomes = run_corpus(CORPUS)
    bad = [f"{o.verdict}: {o.ident}: {o.detail}" for o in outcomes if o.verdict not in ("clean error", "handled")]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("scenario", ["update", "compile", "import", "save"])
def test_kill_9_leaves_old_or_new_and_loses_nothing(scenario):
    result = run_scenario(scenario, 2, random.Random(scenario))
    assert result.trials == 2
    assert (result.torn, result.lost, result.not_recovered, result.temp_left_after_recovery) == (0, 0, 0, 0), \
        result.details


def test_editor_racing_update_loses_no_save():
    result = race_update(1)
    assert result.editor_saves > 10 and result.other_writes >= 1
    assert result.lost == 0, result.details


def test_editor_racing_the_uis_save_loses_no_save():
    result = race_session(1, saves=20)
    assert result.editor_saves > 10 and result.other_writes == 20
    assert result.lost == 0, result.details
