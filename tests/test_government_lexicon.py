"""The name checks' government tables agree with the independent lexicons in tests/data/government/."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench.checks.names import kazakh_context
from workbench.checks.names.russian_context import verb_governed

HERE = Path(__file__).parent / "data" / "government"


def _rows(name: str) -> list[dict[str, str]]:
    with (HERE / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_russian_verb_the_table_holds_has_the_lexicons_case() -> None:
    rows = _rows("ru.tsv")
    held = [(row["infinitive"].replace("ё", "е"), row["case"]) for row in rows
            if verb_governed(row["infinitive"]) is not None]
    assert len(held) > 400                        # all but the irregular few the table spells form by form
    assert [(verb, case) for verb, case in held if verb_governed(verb)[1] != case] == []


def test_every_kazakh_verb_and_compound_the_tables_hold_has_the_lexicons_case() -> None:
    rows = _rows("kk.tsv")
    verbs = [(row["stem"], row["case"]) for row in rows if row["kind"] == "verb"
             and (row["stem"] in kazakh_context.VERB_STEM_CASES or row["stem"] in kazakh_context.CLAUSE_VERB_CASES)]
    assert len(verbs) > 150
    assert [(stem, case) for stem, case in verbs
            if case not in (kazakh_context.VERB_STEM_CASES.get(stem), kazakh_context.CLAUSE_VERB_CASES.get(stem))] == []
    dative = [(row["noun"], row["stem"]) for row in rows if row["kind"] == "compound" and row["case"] == "dat"]
    held = [pair for pair in dative if kazakh_context.dative_compound(pair[0], pair[1] + "ды")]
    assert len(held) >= 150                       # all but уәде беру, whose dative may be the thing promised


def test_every_kazakh_compound_of_another_case_has_the_lexicons_case() -> None:
    """The lexicon's compounds whose object is an accusative or an ablative (жұмыстан шығару, бас тарту) are the
    clause tables', whose partner is an instrumental (пікір алмасу) the partner table's — the compound's case before
    its verb's alone (жауап күту, "await an answer from", though күту alone takes an accusative)."""
    rows = [row for row in _rows("kk.tsv") if row["kind"] == "compound"]
    objects = [(row["noun"], row["stem"], row["case"]) for row in rows if row["case"] in ("acc", "abl")]
    assert len(objects) >= 45
    assert [(noun, stem, case) for noun, stem, case in objects
            if kazakh_context.clause_verb_case(stem + "ды", noun) != case] == []
    partners = [(row["noun"], row["stem"]) for row in rows if row["case"] == "ins"]
    assert len(partners) >= 14
    assert [pair for pair in partners if not kazakh_context.partner_clause([pair[0], pair[1] + "ды"])] == []


@pytest.mark.parametrize(("form", "case"), [
    # the active participle of a past without -л governs as the verb does: «Путин, спасший Асада»
    ("спасший", "acc"), ("спасшего", "acc"), ("помогшие", "dat"), ("достигшая", "gen"),
])
def test_a_past_without_l_makes_a_governing_participle(form: str, case: str) -> None:
    rule = verb_governed(form)
    assert rule is not None and rule[1] == case, rule


def test_a_short_adjective_makes_no_participle() -> None:
    assert verb_governed("близокший") is None
