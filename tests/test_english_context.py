"""The English source's cues about a name's role (workbench/checks/names/english_context.py)."""

from __future__ import annotations

import pytest

from workbench.checks.names.english_context import subject_position, subject_verb


@pytest.mark.parametrize(("before", "expected"), [
    ("", True),
    ("Then ", True),
    ("On 5 January, ", True),
    # a time phrase first, without its comma
    ("During the uprising ", True),
    ("In January 2022 ", True),
    ("On 5 January ", True),
    ("Later that week ", True),          # no preposition in it at all
    # a preposition right before the name, or one inside the phrase: not the clause's start
    ("Protests against ", False),
    ("During the uprising against ", False),
    ("In the city of ", False),
    ("Messages were sent by ", False),
    # a participle or gerund right before the name makes it its object ...
    ("In Aktau, contractors servicing ", False),
    # ... past an article, and opening the sentence or a clause
    ("Citing the ", False),
    ("Outlets reported it, citing the ", False),
    # ... not a noun in -ing after a determiner, a time
    ("That evening ", True),
    # a hyphenated word in -ed is an adjective, no verb; a verb in -ed before the name is one
    ("The Putin-dominated ", True),
    ("Troops deployed ", False),
    # the last name of a list after a preposition
    ("It belongs to the Eurasian Economic Union and the ", False),
    ("Tokayev thanked Putin, and the ", True),
])
def test_subject_position(before: str, expected: bool) -> None:
    assert subject_position(before) is expected


def test_subject_verb_in_a_question() -> None:
    # after the auxiliary and an adverb: the verb, even a short one ("do"); never the adverb ("really")
    assert subject_verb("What did the ", " actually do apart from issuing statements?") == "do"
    assert subject_verb("Why did ", " not condemn the crackdown?") == "condemn"
    assert subject_verb("Student: Can the ", " really be compared with NATO?") is None


def test_subject_verb_in_the_perfect_only_where_asked_for() -> None:
    # a perfect's auxiliary before the verb: asked for where a clause's subject is read (Kazakh says a relative
    # clause's with a genitive, so the other rules leave it out)
    assert subject_verb("Hours later the ", " had confirmed his arrest.", perfect=True) == "confirmed"
    assert subject_verb("The ", ", which Nazarbayev chaired, has never discussed it.", perfect=True) == "discussed"
    assert subject_verb("Hours later the ", " had confirmed his arrest.") is None
    assert subject_verb("Hours later the ", " had been dissolved.", perfect=True) is None


def test_subject_verb_after_a_fronted_time_phrase() -> None:
    assert subject_verb("During the uprising ", " removed several pages.") == "removed"
    assert subject_verb("Protests against ", " spread.") is None


def test_passive_by_after_a_phrasal_participle() -> None:
    from workbench.checks.names.english_context import PASSIVE_BY

    assert PASSIVE_BY.search("The privatisation was carried out by ")
    assert PASSIVE_BY.search("The strike was broken up by the ")
    assert not PASSIVE_BY.search("He stood by ")


def test_subject_verb_of_undergoing_in_a_question() -> None:
    # "Why does Kazakhstan need soldiers?": the plain form after the auxiliary is a verb of undergoing too
    assert subject_verb("Why does ", " need soldiers from Russia?") is None
    assert subject_verb("Why does ", " need soldiers from Russia?", undergoing=True) == "need"
