"""Sentence segmentation: golden rules, seed sentences and span properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.text.segmentation import english_abbreviations, split_sentences

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "data" / "segmentation" / "golden_rules_en.jsonl"   # pySBD, MIT
SEEDS = ROOT / "seeds"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def _golden_rules() -> list[dict]:
    return [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_all_golden_rules_are_here() -> None:
    assert len(_golden_rules()) == 48


@pytest.mark.parametrize("rule", _golden_rules(), ids=lambda r: f"{r['id']}-{r['rule'][:40]}")
def test_golden_rule(rule: dict) -> None:
    assert sentences(rule["text"]) == rule["sentences"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # RULE_MISSING_SPACE (seed 02) ...
        (
            "Stop the military intervention of the CSTO member states.We call on the Kazakh left to act.",
            ["Stop the military intervention of the CSTO member states.", "We call on the Kazakh left to act."],
        ),
        # ... but not for acronyms, abbreviations, domains, e-mail addresses or URLs.
        ("I visited the U.S.A last year.", ["I visited the U.S.A last year."]),
        ("Use tools, e.g. Moses. It works.", ["Use tools, e.g. Moses.", "It works."]),
        ("Altleft.org website editorial office.", ["Altleft.org website editorial office."]),
        ("Write to Jane.Doe@example.com today.", ["Write to Jane.Doe@example.com today."]),
        ("See http://www.communistvoice.org/47cJanaozen.html today.", ["See http://www.communistvoice.org/47cJanaozen.html today."]),
        ("See http://example.org/page.Html now.", ["See http://example.org/page.Html now."]),
        # Decimals, thousands and percentages.
        (
            "(from about 0.12 to 0.24 euros per litre) - has appeared. Next one.",
            ["(from about 0.12 to 0.24 euros per litre) - has appeared.", "Next one."],
        ),
        ("Prices rose 3.5% in Jan. 7 days later they fell.", ["Prices rose 3.5% in Jan. 7 days later they fell."]),
        ("3,000 troops from the OKDB have been sent in. They wait.", ["3,000 troops from the OKDB have been sent in.", "They wait."]),
        # Initials and titles.
        ("J. R. R. Tolkien wrote it. Joseph V. Stalin did not.", ["J. R. R. Tolkien wrote it.", "Joseph V. Stalin did not."]),
        ("Mr. Smith and Dr. Jones met St. Paul. Then they left.", ["Mr. Smith and Dr. Jones met St. Paul.", "Then they left."]),
        ("See No. 5 and Art. 3 of the law. No. That is wrong.", ["See No. 5 and Art. 3 of the law.", "No.", "That is wrong."]),
        ("It happened in Dec. 2011 in Zhanaozen, i.e. in the west, vs. the east.", ["It happened in Dec. 2011 in Zhanaozen, i.e. in the west, vs. the east."]),
        # Closing quotes and brackets after the full stop.
        ("He said “bourgeois class solidarity.” Putin is behind it.", ["He said “bourgeois class solidarity.”", "Putin is behind it."]),
        ("It ended (as planned.) Next came more.", ["It ended (as planned.)", "Next came more."]),
        ("This time they have said 'enough!', occupied the seats.", ["This time they have said 'enough!', occupied the seats."]),
        ("Really?! Yes. Why? No!", ["Really?!", "Yes.", "Why?", "No!"]),
        # Ellipses.
        ("the violence…. UN rights chief spoke.", ["the violence….", "UN rights chief spoke."]),
        ('"respect for human rights"... after all, it was so.', ['"respect for human rights"... after all, it was so.']),
        # A bracketed year after a title does not start a sentence.
        ("Solidarity with the oil workers of Kazakhstan! (2012)", ["Solidarity with the oil workers of Kazakhstan! (2012)"]),
        # Inline emphasis and links stay inside the sentence.
        ("We say *never* again. Read [the report](http://x.org/a.b). Done.", ["We say *never* again.", "Read [the report](http://x.org/a.b).", "Done."]),
        ("He said **stop.** Then he left.", ["He said **stop.**", "Then he left."]),
        # Pieces with no letters or digits are not sentences.
        ("the ground will be shaking under the old regime. <>", ["the ground will be shaking under the old regime."]),
        ("", []),
        ("   \n\t ", []),
        ("* * *", []),
        ("Jan 7:", ["Jan 7:"]),
    ],
)
def test_examples(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_page_break_inside_sentence_is_not_a_boundary() -> None:
    text = "What's the nature of this\n\nconfrontation? Nazarbayev, former Prime Minister."
    assert sentences(text) == ["What's the nature of this\n\nconfrontation?", "Nazarbayev, former Prime Minister."]


def test_offsets_are_absolute_and_limited_to_range() -> None:
    text = "IGNORED. First one. Second one. IGNORED."
    start = text.index("First")
    end = text.index(" IGNORED.", start)
    spans = split_sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one."]


def test_sacremoses_prefixes_are_used() -> None:
    abbreviations = english_abbreviations()
    # From the Moses English list shipped by sacremoses ...
    for word in ("Adm", "Capt", "Messrs", "Prof", "Jan", "Dec", "e.g", "i.e", "vs"):
        assert word in abbreviations
    # ... and our additions.
    for word in ("etc", "Co", "Inc", "Jr", "Mt", "N°"):
        assert word in abbreviations


def test_seed_sentences_are_found() -> None:
    found: set[str] = set()
    for path in sorted(SEEDS.glob("*")):
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            found.update(sentences(line.lstrip("•-+ ")))  # list markers belong to the skeleton
    for expected in (
        "Stop the military intervention of the CSTO member states.",
        "3,000 troops from the OKDB have been sent in – this is effectively the Russian equivalent of NATO.",
        "Official figures report 162 deaths and 8,000 arrests, a figure that testifies to the fact that tens of"
        " thousands of people took part in the protests, disproving the allegation that they were Islamist"
        " gangs trained abroad.",
        "He used a very good phrase to describe the response of the international community – “bourgeois class"
        " solidarity.”",
        "e-mail: mail@communistvoice.org",
    ):
        assert expected in found, expected


# --------------------------------------------------------------------------
# Properties

_ALPHABET = st.sampled_from(
    list("abcXYZ019 .,?!…\"'”’)(]*_-:;@/\n\t\r") + ["U.S.", "Mr.", "e.g.", "...", ". . .", "http://a.b/c.D", " I. ", "1. ", "• "]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_spans_are_ordered_disjoint_stripped_and_nonempty(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for a, b in spans:
        assert previous_end <= a < b <= len(text)
        piece = text[a:b]
        assert piece == piece.strip()
        # Every span has a letter or digit, unless the whole text is final punctuation ("...").
        assert any(ch.isalnum() for ch in piece) or spans == [(a, b)] and set(text.strip()) <= set(".?!…‽ \t\n\r")
        previous_end = b
    # Nothing with a letter or digit is lost between the spans.
    covered = "".join(text[a:b] for a, b in spans)
    assert sum(ch.isalnum() for ch in covered) == sum(ch.isalnum() for ch in text)


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT)
def test_range_arguments_match_slicing(prefix: str, body: str) -> None:
    text = prefix + body + prefix
    start, end = len(prefix), len(prefix) + len(body)
    inside = [(a - start, b - start) for a, b in split_sentences(text, start, end)]
    assert all(0 <= a < b <= len(body) for a, b in inside)


def test_pathological_input_is_segmented_without_error() -> None:
    """Long runs of dots, numbers or spaces (their timing is in bench_segmentation.py)."""
    for unit in PATHOLOGICAL_UNITS:
        text = unit * 2_000
        spans = split_sentences(text)
        assert all(0 <= a < b <= len(text) for a, b in spans)
        assert spans == sorted(spans)


PATHOLOGICAL_UNITS = ("1. ", ". ", "a.b", " " * 50 + "x", "!? ", "Mr. ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Month abbreviations end a sentence before a sentence starter, never before a number.
        ("We met in Jan. Everyone came.", ["We met in Jan.", "Everyone came."]),
        ("It happened on Jan. 5, 2022. Protesters gathered.", ["It happened on Jan. 5, 2022.", "Protesters gathered."]),
        ("He met Jan. Smith there.", ["He met Jan. Smith there."]),
        # More sentence starters after an ambiguous abbreviation.
        ("He moved to the U.S. Later he left.", ["He moved to the U.S.", "Later he left."]),
        ("The meeting ended at 5 P.M. Everyone went home.", ["The meeting ended at 5 P.M.", "Everyone went home."]),
        ("It was the U.S. Army.", ["It was the U.S. Army."]),
        # A capitalised abbreviation opening a sentence.
        ("Approx. 200 people came. Then more.", ["Approx. 200 people came.", "Then more."]),
        # Abbreviations that only precede a number.
        ("Kazakhstan (pop. 19 million) is big.", ["Kazakhstan (pop. 19 million) is big."]),
        ("I like pop. It is music.", ["I like pop.", "It is music."]),
        # A single capital after a title or a lower-case word, before a pronoun.
        ("I met Mr. X. He was nice.", ["I met Mr. X.", "He was nice."]),
        ("Take vitamin C. It helps.", ["Take vitamin C.", "It helps."]),
        ("George W. Bush came. He left.", ["George W. Bush came.", "He left."]),
        ("J. K. Rowling wrote it.", ["J. K. Rowling wrote it."]),
    ],
)
def test_qa_abbreviations_and_initials(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
