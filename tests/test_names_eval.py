"""The name checks on the development half of the independently written evaluation corpus:
the figures the README states must not slip (the test half, tests/data/names/test, is only
scored for the README with tests/benchmarks/bench_names_eval.py --corpus, never tuned on)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "tests" / "data" / "names" / "dev"


def _bench():
    if "bench_names_eval" in sys.modules:
        return sys.modules["bench_names_eval"]
    path = REPO / "tests" / "benchmarks" / "bench_names_eval.py"
    spec = importlib.util.spec_from_file_location("bench_names_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_names_eval"] = module        # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_there_as_written() -> None:
    for language in ("ru", "kk"):
        for part in ("correct", "errors"):
            assert (CORPUS / f"{language}-{part}.jsonl").stat().st_size > 10_000


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_false_alarms_and_recall_on_the_development_half(language: str) -> None:
    bench = _bench()
    result = bench.evaluate(CORPUS, REPO / "glossary.tsv", language)
    assert result is not None and result.correct > 200 and result.errors > 90
    alarms = [(row["id"], [f.check for f in found]) for row, found in result.false_alarms]
    assert len(alarms) / result.correct <= 0.01, alarms
    misses = [row["id"] for row, _ in result.misses]
    assert result.detected / result.errors >= 0.97, misses
    assert result.strict / result.errors >= 0.97


def test_the_benchmark_runs_on_any_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    (tmp_path / "ru-correct.jsonl").write_text(
        '{"id": "x1", "source": "Tokayev spoke.", "target": "Токаев выступил.", "referents": ["tokayev"], '
        '"note": ""}\n', encoding="utf-8")
    (tmp_path / "ru-errors.jsonl").write_text(
        '{"id": "e1", "source": "Tokayev spoke.", "target": "Токаяев выступил.", "kind": "wrong-form", '
        '"referent": "tokayev", "offending": "Токаяев", "correct": "Токаев"}\n', encoding="utf-8")
    assert bench.main(["--corpus", str(tmp_path), "--json"]) == 0
    out = capsys.readouterr().out
    assert '"false_alarm_rate": 0.0' in out and '"recall": 1.0' in out and '"kk"' not in out
    # several corpora: each, then all of them pooled
    other = tmp_path / "other"
    other.mkdir()
    (other / "ru-correct.jsonl").write_text(
        '{"id": "x2", "source": "Tokayev spoke.", "target": "Токаев выступил.", "referents": ["tokayev"], '
        '"note": ""}\n', encoding="utf-8")
    assert bench.main(["--corpus", str(tmp_path), "--corpus", str(other)]) == 0
    out = capsys.readouterr().out
    assert [line.split() for line in out.splitlines() if line.strip().startswith("all of them")] == [
        ["all", "of", "them", "ru", "0/2", "0.0", "%", "1/1", "100.0", "%"]]


@pytest.mark.parametrize(("folder", "language", "alarms_at_most", "recall_at_least"), [
    ("dev3", "ru", 0, 0.99),        # wrong inflections only
    ("dev4", "ru", 0, 0.98),
    ("dev4", "kk", 0, 0.98),
    ("dev5", "ru", 0, 0.89),
    ("dev5", "kk", 0, 0.94),
    ("dev6", "ru", 0, 0.92),
    ("dev6", "kk", 0, 0.92),
    ("dev7", "ru", 0, 0.0),         # correct pairs only
    ("dev7", "kk", 0, 0.0),
    ("dev8", "ru", 0, 0.96),
    ("dev8", "kk", 0, 0.88),
    ("dev9", "ru", 0, 0.0),         # correct pairs only
    ("dev10", "ru", 0, 0.0),        # correct pairs only
    ("dev10", "kk", 0, 0.0),
    ("dev11", "ru", 0, 0.73),       # wrong inflections only
    ("dev11", "kk", 0, 0.72),       # wrong inflections only
    ("dev12", "ru", 0, 0.97),
    ("dev12", "kk", 0, 0.72),
    ("dev13", "ru", 0, 0.96),
    ("dev13", "kk", 0, 0.86),
    ("dev14", "ru", 0, 0.0),        # correct pairs only
    ("dev14", "kk", 0, 0.0),
    ("dev15", "ru", 0, 0.0),        # correct pairs only
    ("dev15", "kk", 0, 0.0),
    ("dev16", "ru", 0, 0.62),       # wrong inflections in twelve roles
    ("dev16", "kk", 0, 0.68),       # wrong inflections in ten roles
    ("dev17", "ru", 0, 0.0),        # correct pairs only
    ("dev17", "kk", 0, 0.0),
    ("dev18", "ru", 0, 0.0),        # correct pairs only, translated from the seeds
    ("dev18", "kk", 0, 0.0),
    ("dev19", "kk", 0, 0.0),        # correct pairs only, newspaper style
    ("dev20", "ru", 0, 0.0),        # correct pairs only, the statements' register
    ("dev20", "kk", 0, 0.0),
    ("dev21", "ru", 0, 1.0),        # every kind, 2026-12-05
    ("dev21", "kk", 0, 0.87),
    ("dev22", "ru", 0, 0.9),        # every kind, free translation of long sentences
    ("dev22", "kk", 0, 0.9),
    ("dev23", "ru", 0, 0.0),        # correct pairs only, aimed at the rules of 2026-12-05
    ("dev23", "kk", 0, 0.0),
    ("dev24", "ru", 0, 0.0),        # correct pairs only: a noun, then the name (dative or genitive)
    ("dev25", "ru", 0, 0.78),       # wrong inflections in every role, machine-translation style
    ("dev25", "kk", 0, 0.74),
    ("dev26", "kk", 0, 0.0),        # correct pairs only: sources, places, pairs, recipients, since/until
    ("dev27", "ru", 0, 0.92),       # news-wire items and posts, every kind
    ("dev27", "kk", 0, 0.92),
    ("dev28", "ru", 0, 0.9),        # analytical prose, long sentences
    ("dev28", "kk", 0, 0.93),
    ("dev29", "ru", 0, 0.0),        # correct pairs only, news-site style
    ("dev29", "kk", 0, 0.0),
    ("dev30", "ru", 0, 0.0),        # correct pairs only: names of three words or more, in unusual forms
    ("dev31", "ru", 0, 0.9),        # long sentences: relative clauses, participles, unusual government
    ("dev31", "kk", 0, 0.95),
    ("dev32", "kk", 0, 1.0),        # Kazakh postpositions and case-governing verbs
    ("dev33", "ru", 0, 0.92),       # Russian prepositions and governing words
    ("dev35", "kk", 0, 0.8),         # Kazakh noun phrases: -дағы attributes, possessors, verbal nouns
    ("dev36", "ru", 0, 0.76),       # Russian lists, titles, passives, comparisons
    ("dev37", "ru", 0, 0.9),        # every kind, a fresh varied sample (held-out half scored blind)
    ("dev37", "kk", 0, 0.9),
    ("dev38", "ru", 0, 0.0),        # correct pairs only, news and op-ed register, free translation
    ("dev38", "kk", 0, 0.0),
    ("dev39", "kk", 0, 0.8),        # Kazakh wrong inflections of every role, machine-translation style
    ("dev40", "ru", 0, 0.93),       # Russian wrong inflections of every role, machine-translation style
    ("dev41", "ru", 0, 0.0),        # correct paragraphs of 3–5 sentences, 3–6 names each
    ("dev41", "kk", 0, 0.0),
    ("dev42", "ru", 0, 0.96),       # Russian interviews, chronologies, court reports, union resolutions
    ("dev43", "kk", 0, 0.86),
    ("dev44", "ru", 0, 0.0),        # correct paragraphs, encyclopedic and long-form magazine register
    ("dev45", "kk", 0, 0.0),        # correct paragraphs, news-agency and encyclopedic register
    ("dev46", "ru", 0, 0.9),        # Russian campaign statements, letters, press releases, speeches
    ("dev47", "kk", 0, 0.86),       # Kazakh campaign statements, letters, press releases, speeches
    ("dev48", "ru", 0, 0.0),        # correct paragraphs, opinion columns and analytical commentary
    ("dev49", "kk", 0, 0.0),
    ("dev50", "ru", 0, 0.88),       # Russian names governed by less common verbs, nouns, adjectives
    ("dev51", "kk", 0, 0.7),        # Kazakh names governed by less common verbs, postpositions, nouns
    ("dev52", "ru", 0, 0.0),        # correct paragraphs, freely restructured literary translation
    ("dev53", "kk", 0, 0.0),
    ("dev54", "ru", 0, 0.96),       # a fresh varied sample of every kind
    ("dev55", "kk", 0, 0.96),
    ("dev58", "ru", 0, 0.96),       # machine-translation errors with names
    ("dev59", "kk", 0, 0.76),
    ("dev60", "ru", 0, 0.0),        # correct interviews, direct speech, panel minutes
    ("dev61", "kk", 0, 0.0),
    ("dev62", "ru", 0, 0.96),       # lists, appositions, parentheses, relative clauses
    ("dev63", "kk", 0, 0.68),
    ("dev64", "ru", 0, 0.0),        # correct analytical paragraphs and interview answers
    ("dev66", "ru", 0, 0.0),        # correct reportage and eyewitness accounts
    ("dev56", "ru", 0, 0.0),        # correct headlines, captions, posts, placards, timeline entries
    ("dev57", "kk", 0, 0.0),
    ("dev67", "ru", 0, 1.0),        # Russian news wire on the aftermath, wrong inflections mostly
    ("dev68", "kk", 0, 0.93),
    ("dev69", "kk", 0, 0.0),        # correct Kazakh reportage and eyewitness accounts, freely translated
    ("dev70", "ru", 0, 0.0),        # correct statements, open letters and their coverage, freely translated
    ("dev71", "kk", 0, 0.76),       # biographies, court reports, movements between places
    ("dev72", "ru", 0, 0.86),       # history and analysis, long sentences
    ("dev73", "kk", 0, 0.0),        # correct opinion columns and analysis, freely translated
    ("dev74", "ru", 0, 1.0),        # interviews, quotations and direct speech
    ("dev75", "kk", 0, 0.8),        # names with titles and generic heads, lists, appositions
    ("dev76", "ru", 0, 0.0),        # correct reported speech and summaries
    ("dev77", "kk", 0, 0.0),        # correct news dense with places
    ("dev78", "ru", 0, 1.0),        # a fresh varied sample of every kind
    ("dev79", "kk", 0, 0.93),
    ("dev80", "ru", 0, 0.0),        # correct long-form magazine and blog writing, freely translated
    ("dev81", "kk", 0, 0.0),
    ("dev82", "kk", 0, 0.9),        # solidarity campaign reports and union statements
    ("dev83", "ru", 0, 0.96),
    ("dev84", "ru", 0, 0.0),        # correct academic and think-tank prose
    ("dev85", "kk", 0, 0.0),
    ("dev86", "ru", 0, 0.96),       # short news items and posts, translated fast
    ("dev87", "kk", 0, 0.8),
    ("dev88", "ru", 0, 0.0),        # correct memoir and first-person testimony
    ("dev89", "kk", 0, 0.0),
    ("dev90", "kk", 0, 0.83),       # official announcements and court reports
    ("dev91", "kk", 0, 0.93),       # international reactions and diplomacy
    ("dev92", "ru", 0, 0.9),        # official announcements and court reports
    ("dev93", "kk", 0, 0.0),        # correct international reactions and diplomacy
    ("dev94", "ru", 0, 0.9),        # captions, timelines and headlines
    ("dev95", "kk", 0, 0.93),       # human-rights reports and legal aid
    ("dev96", "ru", 0, 0.0),        # correct radio and podcast transcripts
    ("dev97", "kk", 0, 0.0),        # correct encyclopedia entries
    ("dev98", "kk", 0, 0.9),       # economic and energy reporting
    ("dev99", "kk", 0, 0.0),        # correct activists' social media threads
    ("dev100", "ru", 0, 0.96),      # letters to the editor and readers' questions
    ("dev101", "ru", 0, 0.0),       # correct trade-union and party statements
    ("dev102", "kk", 0, 0.0),
    ("dev103", "ru", 0, 1.0),       # analytical prose, long sentences
    ("dev104", "kk", 0, 0.93),      # arrests, trials and sentences
    ("dev105", "kk", 0, 0.0),       # correct radio and podcast transcripts
    ("dev106", "ru", 0, 0.0),       # correct activists' social media threads
    ("dev107", "ru", 0, 0.0),       # correct talk-show and interview dialogue
    ("dev108", "ru", 0, 1.0),       # radio and podcast transcripts
    ("dev109", "kk", 0, 0.96),      # analytical prose, long sentences
    ("dev110", "kk", 0, 1.0),       # captions, timelines and headlines
    ("dev111", "ru", 0, 0.96),      # arrests, trials and sentences
    ("dev113", "ru", 0, 0.0),       # correct long analytical paragraphs
    ("dev114", "kk", 0, 0.0),
    ("dev115", "ru", 0, 0.0),       # correct radio and podcast transcripts
    ("dev116", "kk", 0, 0.93),      # biographies and obituaries
    ("dev117", "ru", 0, 0.96),      # biographies and obituaries
    ("dev118", "kk", 0, 0.0),       # correct long-form reportage
    ("dev119", "ru", 0, 1.0),       # post-edited machine translation
    ("dev120", "kk", 0, 1.0),
    ("dev121", "ru", 0, 0.93),      # international reactions and diplomacy
    ("dev122", "ru", 0, 0.9),       # economic and energy reporting
    ("dev123", "ru", 0, 0.0),       # correct explainers in questions and answers
    ("dev124", "kk", 0, 0.0),
    ("dev125", "kk", 0, 0.0),       # correct short news-wire items
    ("dev126", "ru", 0, 0.0),
    ("dev127", "kk", 0, 0.96),      # interviews and quotations
    ("dev128", "ru", 0, 0.96),      # names with titles and generic heads
    ("dev129", "kk", 0, 0.0),       # correct letters and statements of solidarity
    ("dev130", "ru", 0, 0.0),       # correct court reporting
    ("dev131", "ru", 0, 1.0),       # a fresh varied sample
    ("dev132", "kk", 0, 0.96),
    ("dev133", "ru", 0, 0.0),       # a fresh varied sample, correct only
    ("dev134", "kk", 0, 0.0),
    ("dev135", "kk", 0, 0.96),      # places and movement
    ("dev136", "ru", 0, 1.0),
    ("dev137", "kk", 0, 0.0),       # correct interview transcripts and dialogue
    # (one alarm: «Касыму-Жомарту Токаеву», both parts of the double name declined, which thirteen other
    # writers planted as an error — the glossary declines the last part only)
    ("dev138", "ru", 1, 0.0),       # correct opinion columns
    ("dev139", "kk", 0, 0.93),      # solidarity campaign reports
    ("dev140", "ru", 0, 0.96),      # short posts translated fast
    ("dev141", "kk", 0, 0.9),       # official statements and communiqués
    ("dev143", "ru", 0, 0.0),       # correct long-form magazine paragraphs
    ("dev144", "kk", 0, 0.0),       # correct opinion columns
    ("dev145", "ru", 0, 0.93),      # official statements and communiqués
    ("dev146", "kk", 0, 0.9),       # short posts translated fast
    ("dev147", "ru", 0, 0.96),      # solidarity campaign reports
    ("dev148", "kk", 0, 0.6),       # names with titles and generic heads (Алматы қаласынан: see docs/name-checks-history.md)
    ("dev112", "kk", 0, 0.93),      # letters to the editor and readers' questions
    ("dev149", "ru", 0, 0.96),      # court verdicts and amnesties
    ("dev150", "kk", 0, 0.86),      # court verdicts and amnesties
    ("dev151", "ru", 0, 1.0),       # day-by-day timelines of movement
    ("dev152", "kk", 0, 0.86),      # day-by-day timelines of movement
    ("dev153", "ru", 0, 0.0),       # correct encyclopedia paragraphs on organisations
    ("dev154", "kk", 0, 0.0),       # correct encyclopedia paragraphs on organisations
    ("dev155", "ru", 0, 0.0),       # correct reports of debates
    ("dev156", "kk", 0, 0.0),       # correct reports of debates
    ("dev157", "ru", 0, 1.0),       # foreign reactions and sanctions
    ("dev158", "kk", 0, 0.9),       # foreign reactions and sanctions
    ("dev159", "ru", 0, 0.0),       # correct reportage from the oil towns
    ("dev160", "kk", 0, 0.0),       # correct reportage from the oil towns
    ("dev161", "ru", 0, 1.0),       # headlines, captions, short items
    ("dev162", "kk", 0, 1.0),       # headlines, captions, short items
    ("dev163", "ru", 0, 0.0),       # correct first-person testimonies
    ("dev164", "kk", 0, 0.0),       # correct first-person testimonies
    ("dev165", "ru", 0, 1.0),       # logistics and movement
    ("dev166", "kk", 0, 1.0),       # logistics and movement
    ("dev167", "ru", 0, 1.0),       # people in every case
    ("dev168", "kk", 0, 1.0),       # people in every case
    ("dev169", "ru", 0, 0.0),       # correct editorials
    ("dev170", "kk", 0, 0.0),       # correct editorials
    ("dev171", "ru", 0, 0.0),       # correct news-wire items on trials
    ("dev172", "kk", 0, 0.0),       # correct news-wire items on trials
    ("dev173", "ru", 0, 1.0),       # a mixed sample in long sentences
    ("dev174", "kk", 0, 0.9),       # a mixed sample in long sentences
    ("dev175", "ru", 0, 1.0),       # post-edited machine translation
    ("dev176", "kk", 0, 0.86),      # post-edited machine translation
    ("dev177", "ru", 0, 0.9),       # organisations, parties, media, companies
    ("dev178", "kk", 0, 0.96),      # organisations, parties, media, companies
    ("dev179", "ru", 0, 0.0),       # correct speeches read at rallies
    ("dev180", "kk", 0, 0.0),       # correct speeches read at rallies
    ("dev181", "ru", 0, 0.96),      # economy and energy
    ("dev182", "kk", 0, 0.96),      # economy and energy
    ("dev183", "ru", 0, 0.93),      # history and background
    ("dev184", "kk", 0, 0.96),      # history and background
    ("dev185", "ru", 0, 0.0),       # correct activists' posts
    ("dev186", "kk", 0, 0.0),       # correct activists' posts
    ("dev187", "ru", 0, 0.0),       # correct academic abstracts and reviews
    ("dev188", "kk", 0, 0.0),       # correct academic abstracts and reviews
    ("dev189", "ru", 0, 1.0),       # the internet shutdown, media, journalists
    ("dev190", "kk", 0, 0.96),      # the internet shutdown, media, journalists
    ("dev191", "ru", 0, 0.8),       # lists and appositions
    ("dev192", "kk", 0, 0.96),      # lists and appositions
    ("dev193", "ru", 0, 0.0),       # correct diplomatic communiqués
    ("dev194", "kk", 0, 0.0),       # correct diplomatic communiqués
    ("dev195", "ru", 0, 0.0),       # correct encyclopedia biographies
    ("dev196", "kk", 0, 0.0),       # correct encyclopedia biographies
    ("dev197", "ru", 0, 0.9),       # strikes at named companies
    ("dev198", "kk", 0, 0.93),      # strikes at named companies
    ("dev199", "ru", 0, 1.0),       # quotes and reported speech
    ("dev200", "kk", 0, 0.93),      # quotes and reported speech
    ("dev201", "ru", 0, 0.0),       # correct obituaries and memorials
    ("dev202", "kk", 0, 0.0),       # correct obituaries and memorials
    ("dev203", "ru", 0, 0.0),       # correct field notes of a travelling journalist
    ("dev204", "kk", 0, 0.0),       # correct field notes of a travelling journalist
    ("dev205", "ru", 0, 0.96),      # names with numbers, dates and quantities
    ("dev206", "kk", 0, 0.96),      # names with numbers, dates and quantities
    ("dev207", "ru", 0, 0.9),       # comparisons and contrasts
    ("dev208", "kk", 0, 1.0),       # comparisons and contrasts
    ("dev209", "ru", 0, 0.0),       # correct question-and-answer explainers
    ("dev210", "kk", 0, 0.0),       # correct question-and-answer explainers
    ("dev211", "ru", 0, 0.0),       # correct photo captions
    ("dev212", "kk", 0, 0.0),       # correct photo captions
    ("dev213", "ru", 0, 1.0),       # women in the uprising
    ("dev214", "kk", 0, 0.9),       # women in the uprising
    ("dev215", "ru", 0, 0.96),      # regions and their centres
    ("dev216", "kk", 0, 0.96),      # regions and their centres
    ("dev217", "ru", 0, 0.0),       # correct trade-union bulletins
    ("dev218", "kk", 0, 0.0),       # correct trade-union bulletins
    ("dev219", "ru", 0, 0.0),       # correct radio news bulletins
    ("dev220", "kk", 0, 0.0),       # correct radio news bulletins
    ("dev221", "ru", 0, 0.96),      # police and court records
    ("dev222", "kk", 0, 0.96),      # police and court records
    ("dev223", "ru", 0, 0.96),      # appointments and dismissals
    ("dev224", "kk", 0, 1.0),       # appointments and dismissals
    ("dev227", "ru", 0, 0.0),       # correct interview transcripts
    ("dev228", "kk", 0, 0.0),       # correct interview transcripts
    ("dev229", "ru", 0, 0.93),      # a solidarity campaign abroad
    ("dev230", "kk", 0, 1.0),       # a solidarity campaign abroad
    ("dev231", "ru", 0, 1.0),       # oil and gas economy
    ("dev232", "kk", 0, 0.93),      # oil and gas economy
    ("dev225", "ru", 0, 0.0),       # correct long magazine features
    ("dev226", "kk", 0, 0.0),       # correct long magazine features
    ("dev235", "ru", 0, 1.0),       # human-rights reports
    ("dev236", "kk", 0, 0.93),      # human-rights reports
    ("dev237", "ru", 0, 0.96),      # travel and geography
    ("dev238", "kk", 0, 0.93),      # travel and geography
    ("dev239", "ru", 0, 0.0),       # correct opinion essays
    ("dev240", "kk", 0, 0.0),       # correct opinion essays
    ("dev241", "kk", 0, 1.0),       # obituaries and memorials
    ("dev242", "ru", 0, 1.0),       # news-agency wires
    ("dev243", "kk", 0, 1.0),       # news-agency wires
    ("dev244", "ru", 0, 0.96),      # a parliamentary debate abroad
    ("dev245", "kk", 0, 0.86),      # a parliamentary debate abroad
    ("dev246", "ru", 0, 0.0),       # correct encyclopedic biographies
    ("dev247", "kk", 0, 0.0),       # correct encyclopedic biographies
    ("dev248", "ru", 0, 0.0),       # correct social-media posts
    ("dev249", "kk", 0, 0.0),       # correct social-media posts
    ("dev250", "ru", 0, 1.0),       # sanctions and foreign investment
    ("dev251", "kk", 0, 0.96),      # sanctions and foreign investment
    ("dev252", "ru", 0, 0.96),      # arrests and releases
    ("dev253", "kk", 0, 1.0),       # arrests and releases
    ("dev254", "ru", 0, 0.0),       # correct literature reviews
    ("dev255", "kk", 0, 0.0),       # correct literature reviews
    ("dev256", "ru", 0, 0.0),       # correct eyewitness testimonies
    ("dev257", "kk", 0, 0.0),       # correct eyewitness testimonies
    ("dev258", "ru", 0, 1.0),       # statements and reported speech
    ("dev259", "kk", 0, 0.93),      # statements and reported speech
    ("dev260", "ru", 0, 1.0),       # court verdict summaries
    ("dev261", "kk", 0, 0.96),      # court verdict summaries
    ("dev262", "ru", 0, 0.96),      # geopolitics
    ("dev263", "kk", 1, 0.96),      # geopolitics (the alarm: «Қазақстан шикі мұнайының», a compound noun)
    ("dev264", "ru", 0, 0.0),       # correct trade-union reports
    ("dev265", "kk", 0, 0.0),       # correct trade-union reports
    ("dev266", "ru", 0, 0.96),      # conditions in the oil and mining towns
    ("dev267", "kk", 0, 0.96),      # conditions in the oil and mining towns
    ("dev268", "ru", 0, 1.0),       # diplomatic visits and calls
    ("dev269", "kk", 0, 0.93),      # diplomatic visits and calls
    ("dev270", "ru", 0, 1.0),       # a union leader's life
    ("dev271", "kk", 0, 0.93),      # a union leader's life
    ("dev272", "ru", 0, 0.0),       # correct press releases
    ("dev273", "kk", 0, 0.0),       # correct press releases
    ("dev274", "ru", 0, 0.96),      # the internet shutdown and the media
    ("dev275", "kk", 0, 1.0),       # the internet shutdown and the media
    ("dev276", "ru", 0, 1.0),       # the CSTO deployment
    ("dev277", "kk", 0, 0.9),       # the CSTO deployment
    ("dev278", "ru", 0, 0.96),      # the 2011 Zhanaozen strike
    ("dev279", "kk", 0, 0.96),      # the 2011 Zhanaozen strike
    ("dev280", "ru", 0, 0.0),       # correct analytical newsletters
    ("dev282", "ru", 0, 0.96),      # rarer glossary names
    ("dev283", "kk", 0, 0.9),       # rarer glossary names
    ("dev284", "ru", 0, 0.93),      # speeches and slogans
    ("dev285", "kk", 0, 0.83),      # speeches and slogans
    ("dev286", "ru", 0, 0.96),      # regions, towns and villages
    ("dev287", "kk", 0, 0.96),      # regions, towns and villages
    ("dev288", "ru", 0, 0.0),       # correct letters of solidarity
    ("dev289", "ru", 0, 1.0),       # a podcast transcript
    ("dev290", "kk", 0, 0.9),       # a podcast transcript
    ("dev291", "ru", 0, 1.0),       # an observers' mission report
    ("dev292", "kk", 0, 0.96),      # an observers' mission report
    ("dev293", "ru", 0, 0.0),       # correct encyclopedia articles
    ("dev294", "kk", 2, 0.0),       # correct encyclopedia articles (two alarms, there at the session's start)
    ("dev295", "ru", 0, 0.0),       # correct news digests
    ("dev296", "kk", 0, 0.0),       # correct news digests
    ("dev297", "ru", 0, 0.96),      # an open letter about named prisoners
    ("dev298", "kk", 0, 0.96),      # an open letter about named prisoners
    ("dev299", "ru", 0, 0.9),       # company news
    ("dev300", "kk", 0, 0.93),      # company news
    ("dev301", "ru", 0, 0.0),       # correct travel diary
    ("dev302", "kk", 0, 0.0),       # correct travel diary («Маңғыстаудан қарағанда», "seen from", no alarm since 1e7d5d1)
    ("dev303", "ru", 0, 0.0),       # correct biographical notes
    ("dev304", "kk", 1, 0.0),       # correct biographical notes (the alarm: Мерфинің, harmony after -и disputed)
    ("dev233", "ru", 0, 0.0),       # correct chronicle of the January days
    ("dev234", "kk", 0, 0.0),       # correct chronicle of the January days
    ("dev305", "ru", 0, 0.9),       # an appeal to a higher court
    ("dev306", "kk", 0, 0.96),       # an appeal to a higher court
    ("dev307", "ru", 0, 0.96),       # an hour-by-hour chronicle
    ("dev308", "kk", 0, 0.93),       # an hour-by-hour chronicle
    ("dev309", "ru", 0, 0.0),       # correct school textbook
    ("dev310", "kk", 0, 0.0),       # correct school textbook
    ("dev311", "ru", 0, 0.0),       # correct oil worker's memoirs
    ("dev312", "kk", 0, 0.0),       # correct oil worker's memoirs
    ("dev313", "ru", 0, 0.96),       # a radio phone-in
    ("dev314", "kk", 0, 0.93),       # a radio phone-in
    ("dev315", "ru", 0, 0.96),       # museum captions
    ("dev316", "kk", 0, 0.96),       # museum captions
    ("dev317", "ru", 0, 0.0),       # correct oil-sector analysis
    ("dev318", "kk", 0, 0.0),       # correct oil-sector analysis
    ("dev319", "ru", 0, 0.0),       # correct documentary voice-over
    ("dev320", "kk", 0, 0.0),       # correct documentary voice-over
    ("dev321", "ru", 0, 0.93),       # a union congress
    ("dev322", "kk", 0, 0.96),       # a union congress
    ("dev323", "ru", 0, 0.96),       # an explainer for foreign readers
    ("dev324", "kk", 0, 0.96),       # an explainer for foreign readers
    ("dev325", "ru", 0, 0.0),       # correct parliamentary question and answer
    ("dev326", "kk", 1, 0.0),       # correct parliamentary Q&A (the alarm: «Ұлыбритания зейнетақы қорларының», a compound)
    ("dev327", "ru", 0, 0.0),       # correct obituary
    ("dev328", "kk", 0, 0.0),       # correct obituary
    ("dev329", "ru", 0, 1.0),       # a foreign ministry's briefing
    ("dev330", "kk", 0, 0.93),       # a foreign ministry's briefing
    ("dev331", "ru", 0, 0.93),       # families of the detained
    ("dev332", "kk", 0, 1.0),       # families of the detained
    ("dev333", "ru", 0, 0.0),       # correct encyclopedia article on 2011
    ("dev334", "ru", 0, 0.86),       # a police release and its rebuttal
    ("dev335", "kk", 0, 0.96),       # a police release and its rebuttal
    ("dev336", "ru", 0, 0.93),       # a long-read with long sentences
    ("dev337", "kk", 0, 0.83),       # a long-read with long sentences
    ("dev338", "ru", 0, 0.0),       # correct students' debate
    ("dev339", "kk", 0, 0.0),       # correct students' debate
    ("dev340", "ru", 0, 0.0),       # correct letters to the editor
    ("dev341", "kk", 0, 0.0),       # correct letters to the editor
    ("dev342", "ru", 0, 1.0),       # an NGO's annual report
    ("dev343", "kk", 0, 1.0),       # an NGO's annual report
    ("dev344", "ru", 0, 0.93),       # short news alerts
    ("dev345", "kk", 0, 0.93),       # short news alerts
    ("dev346", "ru", 0, 0.0),       # correct lecture on post-Soviet politics
    ("dev347", "kk", 0, 0.0),       # correct lecture on post-Soviet politics
    ("dev348", "ru", 0, 0.0),       # correct literary scene
    ("dev349", "kk", 0, 0.0),       # correct literary scene
    ("dev350", "ru", 0, 0.96),       # an investigative report on corruption
    ("dev351", "kk", 0, 1.0),       # an investigative report on corruption
    ("dev352", "ru", 0, 1.0),       # a CSTO deployment timeline
    ("dev353", "kk", 0, 0.9),       # a CSTO deployment timeline
    ("dev354", "ru", 0, 0.0),       # correct rally speech
    ("dev355", "kk", 0, 0.0),       # correct rally speech
    ("dev356", "ru", 0, 0.0),       # correct essay comparing 1986 and 2022
    ("dev357", "kk", 0, 0.0),       # correct essay comparing 1986 and 2022
    ("dev358", "ru", 0, 1.0),       # a lawyer's letter to a UN rapporteur
    ("dev359", "kk", 0, 0.86),       # a lawyer's letter to a UN rapporteur
    ("dev360", "ru", 0, 0.93),       # a mining-industry article
    ("dev361", "kk", 0, 0.96),       # a mining-industry article
    ("dev362", "ru", 0, 0.0),       # correct interviews with exiles
    ("dev363", "kk", 0, 0.0),       # correct interviews with exiles
    ("dev364", "ru", 0, 0.0),       # correct activist's blog
    ("dev365", "kk", 0, 0.0),       # correct activist's blog
    ("dev366", "kk", 0, 0.0),       # correct weekend feature about Mangystau
    ("dev367", "kk", 0, 0.0),       # correct interview with a union lawyer
    ("dev368", "kk", 0, 0.0),       # correct annotated chronology
    ("dev369", "kk", 0, 0.0),       # correct radio news bulletin
    ("dev370", "kk", 0, 0.0),       # correct activist's memoir
    ("dev371", "kk", 0, 0.0),       # correct op-ed about foreign companies
    ("dev372", "ru", 0, 0.0),       # correct weekend feature about Mangystau
    ("dev373", "ru", 0, 0.0),       # correct op-ed about foreign companies
    ("dev374", "kk", 1, 0.0),       # correct court reporter's notes (the alarm: «ҰҚШҰ-ны», left)
    ("dev375", "kk", 1, 0.0),       # correct lesson plan (the alarm: «Нұр-Сұлтандамын», a predicative ending)
    ("dev376", "kk", 0, 0.0),       # correct diaspora newspaper
    ("dev377", "kk", 0, 0.0),       # correct economic column
    ("dev378", "kk", 0, 0.9),       # a human-rights monitor's log
    ("dev379", "ru", 0, 0.96),       # a human-rights monitor's log
    ("dev380", "ru", 1, 0.0),       # correct court reporter's notes (the alarm: «на Казахстан не распространяется»)
    ("dev381", "ru", 0, 0.0),       # correct economic column
    ("dev382", "ru", 0, 0.98),       # news agency wire reports
    ("dev383", "kk", 0, 0.95),       # a Kazakh news site's reports
    ("dev384", "ru", 0, 1.0),       # an encyclopedia article
    ("dev385", "kk", 0, 0.91),       # an encyclopedia article
    ("dev386", "ru", 0, 0.0),       # correct Telegram channel posts
    ("dev387", "kk", 0, 0.0),       # correct opinion columns
    ("dev388", "ru", 0, 1.0),       # court and prosecutors' statements
    ("dev389", "kk", 0, 0.81),       # Mazhilis speeches and questions
    ("dev390", "kk", 0, 0.85),       # a regional newspaper on the aftermath
    ("dev391", "kk", 0, 0.85),       # a human-rights organisation's report
    ("dev392", "ru", 0, 0.98),       # an online magazine's analysis
    ("dev393", "kk", 0, 0.0),       # correct podcast transcript
    ("dev394", "ru", 0, 0.0),       # correct radio interview
    ("dev395", "kk", 0, 0.88),       # a school history textbook
    ("dev396", "kk", 0, 0.78),       # a TV news script
    ("dev397", "ru", 0, 0.95),       # court transcripts
    ("dev398", "kk", 0, 0.75),       # activists' social media posts
    ("dev399", "ru", 0, 0.98),       # a trade union's newsletter
    ("dev400", "kk", 0, 0.0),       # correct literary essay and memoir
    ("dev401", "ru", 0, 0.0),       # correct academic article
    ("dev402", "kk", 0, 0.81),       # an interview with an economist
    ("dev403", "kk", 0, 0.0),       # correct government press releases
    ("dev404", "kk", 0, 0.83),       # a biography series
    ("dev405", "ru", 0, 0.95),       # fact-checks
    ("dev406", "kk", 0, 0.76),       # an online forum
    ("dev407", "ru", 0, 0.0),       # correct digest of world reactions
    ("dev408", "kk", 0, 0.0),       # correct travel guide
    ("dev409", "kk", 0, 0.88),       # documentary subtitles
    ("dev410", "ru", 0, 0.95),       # a business newspaper
    ("dev411", "kk", 0, 0.0),       # correct letters of solidarity
    ("dev412", "kk", 0, 0.73),       # a weekly magazine feature
    ("dev413", "ru", 1, 0.98),       # a human-rights centre's bulletin (the alarm: «месторождений Карачаганак и Кашаган», left)
    ("dev414", "kk", 0, 0.86),       # radio news
    ("dev415", "ru", 0, 1.0),       # a Mangystau regional newspaper
    ("dev416", "kk", 0, 0.0),       # correct university lecture notes
    ("dev417", "ru", 0, 0.0),       # correct memoirs of an oil worker's family
    ("dev418", "kk", 0, 0.76),       # a press review
    ("dev419", "ru", 0, 0.9),       # an analysis of the CSTO mission
    ("dev420", "kk", 0, 0.83),       # Kazakh news agency reports
    ("dev421", "kk", 0, 0.8),       # an opposition website's commentary
    ("dev422", "kk", 0, 0.76),       # trade unions' statements
    ("dev423", "kk", 0, 0.8),       # a history journal article
    ("dev424", "ru", 0, 0.96),       # an independent news site's reports
    ("dev425", "ru", 0, 0.96),       # a left-wing magazine's essay (ru-e425-0085: «американскому капиталу» for
    #                                  "The US holds", a missing US to the writer; the adjective's row stands for it)
    ("dev426", "ru", 0, 0.0),       # correct court reporting
    ("dev427", "kk", 0, 0.0),       # correct family stories and oral history
    ("dev930", "ru", 0, 1.0),       # a trade union's bulletin (thirty-fifth session's writers)
    ("dev931", "kk", 0, 0.85),      # a regional newspaper on the events and the trials
    ("dev932", "kk", 1, 0.97),      # a history teacher's lesson notes (the alarm: «… Жаңаөзен мен … Жаңаөзенді»,
    #                                  "links Zhanaozen with Zhanaozen" — reading мен as the "with" lost 3 catches)
    ("dev933", "ru", 0, 0.97),      # an investigative long-read on oil, labour and January (thirty-sixth session's writers)
    ("dev934", "kk", 1, 1.0),       # a diaspora newspaper abroad (the alarm: the writer's own deprecated "Nazarabayev's",
    #                                  which the source check rightly reports)
    ("dev935", "kk", 0, 1.0),       # a radio programme's transcripts: narration, guests, callers
])
def test_the_later_development_corpora_do_not_slip(folder: str, language: str, alarms_at_most: int,
                                                   recall_at_least: float) -> None:
    result = _bench().evaluate(REPO / "tests" / "data" / "names" / folder, REPO / "glossary.tsv", language)
    assert result is not None
    assert len(result.false_alarms) <= alarms_at_most, [row["id"] for row, _ in result.false_alarms]
    assert not result.errors or result.detected / result.errors >= recall_at_least, \
        [row["id"] for row, _ in result.misses]


def test_fixes_on_the_development_half_are_mostly_right() -> None:
    """F6's fix for the planted errors of the first development corpus: the figure must not slip
    (tests/benchmarks/bench_names_fixes.py measures it; the README gives the held-out one)."""
    path = REPO / "tests" / "benchmarks" / "bench_names_fixes.py"
    spec = importlib.util.spec_from_file_location("bench_names_fixes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    counts, _wrong = module.judge([CORPUS], REPO / "glossary.tsv")
    for language in ("ru", "kk"):
        right, wrong = counts[language, "fix right"], counts[language, "fix wrong"]
        assert right > 50 and right >= 0.9 * (right + wrong), (language, right, wrong)
