"""Sentence segmentation: golden rules, seed sentences and span properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
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
@example("。")      # the full-width terminators end a sentence too (RULE_TERMINATOR): a text of one is its one span
def test_spans_are_ordered_disjoint_stripped_and_nonempty(text: str) -> None:
    spans = split_sentences(text)
    previous_end = 0
    for a, b in spans:
        assert previous_end <= a < b <= len(text)
        piece = text[a:b]
        assert piece == piece.strip()
        # Every span has a letter or digit, unless the whole text is final punctuation ("...", "。").
        assert any(ch.isalnum() for ch in piece) or (spans == [(a, b)]
                                                     and set(text.strip()) <= set(".?!…‽。．！？ \t\n\r"))
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


# --------------------------------------------------------------------------
# The fast path gives exactly what the full rules give

_PROSE = st.sampled_from(
    ["word", "Word", "The", "He", "Mr.", "U.S.", "p.m.", "A.", "e.g.", "2022", "12", "No.", "Yahoo!", "Jan.",
     ". ", "? ", "! ", "… ", ".” ", '." ', "“", "”", '"', "'", "(", ")", "[1]", " ", " ", " ", ", ", "I", "a)", "1."]
)


def _full_rules(text: str) -> list[tuple[int, int]]:
    from workbench.text.segmentation import _NON_SPACE, _Splitter

    first = _NON_SPACE.search(text)
    return [] if first is None else _Splitter(text, first.start(), len(text)).run()


@settings(max_examples=500, deadline=None)
@given(st.lists(_PROSE, max_size=40).map("".join) | _TEXT)
@example("A[\r0")          # a line break after an opening bracket: the full rules, not the fast path
@example("He (said)\nNo. It is")
def test_fast_path_equals_full_rules(text: str) -> None:
    assert split_sentences(text) == _full_rules(text)


def test_fast_path_equals_full_rules_on_the_development_set() -> None:
    from tests.segmentation_scoring import load_cases

    for case in load_cases():
        assert split_sentences(case["text"]) == _full_rules(case["text"]), case["id"]


# --------------------------------------------------------------------------
# The rules of issue 14, one class each (sentences of our own, not from the development set)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # RULE_QUOTATION: a quoted question or exclamation does not end the sentence around it ...
        ('"Who sent the troops? Nobody will say." The minister left.', ['"Who sent the troops? Nobody will say."', "The minister left."]),
        ("‘Go home! Now!’ the crowd shouted at the police.", ["‘Go home! Now!’ the crowd shouted at the police."]),
        ("The report (see Tab. 3. It lists all cities) is long. Read it.", ["The report (see Tab. 3. It lists all cities) is long.", "Read it."]),
        # ... a stray closing quote after a space stays with its sentence ...
        ("We will not give up. ” The march went on.", ["We will not give up. ”", "The march went on."]),
        # ... and a long quotation of plain statements is split into its sentences (as the seeds are).
        ('He said: "' + "Wages have not risen in ten years and prices keep going up every month. " * 3 + '" Then he left.',
         ['He said: "Wages have not risen in ten years and prices keep going up every month.',
          "Wages have not risen in ten years and prices keep going up every month.",
          'Wages have not risen in ten years and prices keep going up every month. "', "Then he left."]),
        # RULE_ABBREVIATION: units after a number, titles, scripture references, all-caps abbreviations.
        ("The wall is 6 ft. 2 in. high.", ["The wall is 6 ft. 2 in. high."]),
        ("The sack weighed 3 lb. Nobody could lift it.", ["The sack weighed 3 lb.", "Nobody could lift it."]),
        ("It was signed by Amb. Kerimov and Supt. Lee.", ["It was signed by Amb. Kerimov and Supt. Lee."]),
        ("He quoted Rom. 13:1 at length. The crowd booed.", ["He quoted Rom. 13:1 at length.", "The crowd booed."]),
        ("ART. 12 PENALTIES", ["ART. 12 PENALTIES"]),
        # RULE_ACRONYM: starters, continuations, fronted phrases and clauses.
        ("Talks were held in the U.K. Others followed.", ["Talks were held in the U.K.", "Others followed."]),
        ("Troops of the U.N. Peacekeeping force left.", ["Troops of the U.N. Peacekeeping force left."]),
        ("Around 9 p.m. Nazarbayev resigned.", ["Around 9 p.m. Nazarbayev resigned."]),
        ("The vote closed at 9 p.m. Nazarbayev resigned later.", ["The vote closed at 9 p.m.", "Nazarbayev resigned later."]),
        ("The city fell in 1219 A.D. Genghis Khan razed it.", ["The city fell in 1219 A.D.", "Genghis Khan razed it."]),
        ("Doors open at 8 a.m. 10 a.m. is too late.", ["Doors open at 8 a.m.", "10 a.m. is too late."]),
        # RULE_INITIAL: a single capital before a sentence starter ends the sentence.
        ("She ranked him a C. Then she left.", ["She ranked him a C.", "Then she left."]),
        ("The order came from K. Masimov himself.", ["The order came from K. Masimov himself."]),
        # RULE_CITATION
        ("Tokayev asked for help.[4][5] Troops came.", ["Tokayev asked for help.[4][5]", "Troops came."]),
        ("Prices doubled.² Protests began.", ["Prices doubled.²", "Protests began."]),
        ("The regime fell (Smith 2001).7 Others disagree.", ["The regime fell (Smith 2001).7", "Others disagree."]),
        # RULE_MISSING_SPACE
        ("They won!Then they went home.", ["They won!", "Then they went home."]),
        ("It cost 5,000.Nobody paid.", ["It cost 5,000.", "Nobody paid."]),
        ("Play 12.Nf3 next.", ["Play 12.Nf3 next."]),
        # RULE_ELLIPSIS
        ("I waited… I gave up.", ["I waited… I gave up."]),
        ("We waited . . . The bus never came.", ["We waited . . .", "The bus never came."]),
        # RULE_EXCLAMATION_NAME
        ("He works for Yahoo! Finance now.", ["He works for Yahoo! Finance now."]),
        ("He watched Jeopardy! It was late.", ["He watched Jeopardy!", "It was late."]),
        # RULE_LIST
        ("a) wages b) pensions c) housing", ["a) wages", "b) pensions", "c) housing"]),
        ("Two demands. (1) Free them. (2) Leave.", ["Two demands.", "(1) Free them.", "(2) Leave."]),
        ("i) Free them. ii) Leave now.", ["i) Free them.", "ii) Leave now."]),
        ("We visited three towns: 1. Aktau, 2. Atyrau, 3. Taraz.", ["We visited three towns: 1. Aktau, 2. Atyrau, 3. Taraz."]),
        # RULE_LINE_BREAK
        ("Demands\nFree the prisoners\nEnd the emergency\nNew elections", ["Demands", "Free the prisoners", "End the emergency", "New elections"]),
        ("The strike spread to\nAktobe and Atyrau.", ["The strike spread to\nAktobe and Atyrau."]),
        ("We demand:\nFreedom for all.", ["We demand:", "Freedom for all."]),
        ("STATEMENT OF THE COMMITTEE\nWe stand with the workers.", ["STATEMENT OF THE COMMITTEE", "We stand with the workers."]),
        ("Section 2 Aims\nThe aims are simple.", ["Section 2 Aims", "The aims are simple."]),
        ("• first\n• second", ["• first", "• second"]),
        ("Page one.\n\n7\n\nNext page.", ["Page one.", "7", "Next page."]),
        # RULE_NO_LETTERS: punctuation alone
        ("?!", ["?!"]),
        ("***", []),
    ],
)
def test_issue_14_rules(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_development_set_floor() -> None:
    """A floor on the development set, so that a change cannot quietly lose accuracy.

    The figures themselves (and the peers') are printed by bench_segmentation.py.
    """
    from tests import segmentation_scoring as scoring

    result = scoring.score(scoring.ours(), scoring.load_cases())
    assert result.exact_rate >= 0.95, result.exact_rate
    assert result.f1 >= 0.95, result.f1
