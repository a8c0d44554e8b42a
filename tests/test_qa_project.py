"""The QA checks in a project: style settings, ``workbench check --checks``, the session (the
editor's live checks), the bundled editions, and the development half of the evaluation corpus."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.helpers import REPO, copy_project
from workbench.checks import CHECKS
from workbench.checks.combined import parse_checks, run_checks
from workbench.checks.qa import FAMILY_OF, apply_fix, check_pair, check_target_segment, context_for
from workbench.cli.check import CheckOptions, run_check
from workbench.gettext import read_po, write_po
from workbench.glossary import load_glossary
from workbench.project import DEFAULT_STYLES, Style, load_project
from workbench.session import Session
from workbench.util.errors import WorkbenchError

DEV = REPO / "tests" / "data" / "qa" / "dev"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DEV / name).read_text(encoding="utf-8").splitlines() if line.strip()]


# -- style settings --------------------------------------------------------------------------------
def test_style_defaults_and_settings(tmp_path: Path) -> None:
    project = load_project(copy_project(tmp_path / "p"))
    assert project.style("ru") == DEFAULT_STYLES["ru"] == Style()
    assert project.style("kk").quotes == "«»„“"
    (tmp_path / "p" / "workbench.toml").write_text(
        '[workbench]\nlanguages = ["ru", "kk"]\n[workbench.style]\npercent = "space"\n'
        '[workbench.style.kk]\nfour_digits = "plain"\ndash_nbsp = true\n', encoding="utf-8")
    project = load_project(tmp_path / "p")
    assert project.style("ru") == Style(percent="space")
    assert project.style("kk") == Style(percent="space", four_digits="plain", dash_nbsp=True)


@pytest.mark.parametrize("table, message", [
    ('[workbench.style]\npercent = "wide"\n', "style.percent must be one of"),
    ('[workbench.style.ru]\nquotes = "«»"\n', "quotes must be four characters"),
    ('[workbench.style]\ncolour = "red"\n', "unknown style setting 'colour'"),
    ('[workbench.style]\ndash_nbsp = 1\n', "dash_nbsp must be one of"),
    ('[workbench]\nstyle = 3\n', "style must be a table"),
])
def test_bad_style_settings_are_clear_errors(tmp_path: Path, table: str, message: str) -> None:
    root = copy_project(tmp_path / "p")
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru", "kk"]\n' + table.replace("[workbench]\n", ""),
                                         encoding="utf-8")
    with pytest.raises(WorkbenchError) as caught:
        load_project(root)
    assert message in str(caught.value) and "workbench.toml" in str(caught.value)


# -- the bundled editions ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_project(tmp_path_factory.mktemp("bundled") / "p", with_locale=True)


def test_bundled_editions_have_no_qa_warnings(bundled: Path) -> None:
    findings = run_checks(load_project(bundled), checks="qa")
    serious = [f for f in findings if f.severity != "info"]
    assert serious == [], [(f.check, f.location(), f.message) for f in serious]
    assert all(FAMILY_OF[f.check] in ("markup", "length") for f in findings)      # glosses dropped, outliers


def test_check_command_runs_qa_and_filters(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "p", with_locale=True)
    po = root / "locale" / "ru" / "LC_MESSAGES" / "03-international-solidarity.po"
    catalogue = read_po(po)
    message = next(m for m in catalogue.messages if m.msgid and "8,000" in m.msgid)
    message.msgstr = message.msgstr.replace("8\u00a0000", "800").replace(".", " .", 1)
    write_po(catalogue, po)
    out = io.StringIO()
    code = run_check(load_project(root), CheckOptions(format="json", checks="qa", languages=["ru"]), out)
    found = json.loads(out.getvalue())
    assert code == 1
    assert {f["check"] for f in found} >= {"number-missing"}
    assert all(f["language"] == "ru" and f["check"] in CHECKS for f in found)
    fixed = next(f for f in found if f["check"] == "number-missing")
    assert fixed["suggestion"] and fixed["offending"] == fixed["target"] == message.msgstr
    out = io.StringIO()
    assert run_check(load_project(root), CheckOptions(checks="names", languages=["ru"]), out) == 0
    out = io.StringIO()
    run_check(load_project(root), CheckOptions(checks="typography,url", languages=["ru"]), out)
    assert "number-missing" not in out.getvalue()


def test_check_selection_is_validated() -> None:
    assert parse_checks(None)[0] is True
    assert parse_checks("names") == (True, [])
    assert parse_checks("date,number") == (False, ["number", "date"])
    with pytest.raises(WorkbenchError, match="unknown check selection spelling"):
        parse_checks("spelling")


def test_session_runs_qa_checks_live_and_for_the_project(tmp_path: Path) -> None:
    session = Session(copy_project(tmp_path / "p", with_locale=True)).load()
    name = next(iter(session.docs))
    segment = session.document(name).segments[0]
    findings = session.check_segment(name, "ru", segment, "Текст  с двойным пробелом...")
    by_check = {f.check: f for f in findings}
    assert {"typo-double-space", "typo-ellipsis"} <= set(by_check)
    fixed = apply_fix(by_check["typo-ellipsis"], "Текст  с двойным пробелом...")
    assert fixed == "Текст  с двойным пробелом…"
    report = session.check_all(["ru", "kk"])
    qa = [loc.finding for items in report.values() for loc in items if loc.finding.check in FAMILY_OF]
    assert all(f.severity == "info" for f in qa)


# -- the development half of the evaluation corpus -------------------------------------------------
@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_dev_corpus_recall_and_false_alarms(lang: str, request: pytest.FixtureRequest) -> None:
    """Regression guard on the development half (the test half is measured by the lead)."""
    if lang == "kk":
        request.getfixturevalue("kazakh_lexicon")       # the script errors need it: skip without
    context = context_for(load_glossary(REPO / "glossary.tsv"), lang)
    errors = _rows(f"{lang}-errors.jsonl")
    detected = sum(
        1 for r in errors
        if r["kind"] in {FAMILY_OF[h.check] for h in check_pair(r["source"], r["target"], lang, context=context)
                         if CHECKS[h.check].severity != "info"})
    assert detected / len(errors) >= 0.95
    correct = _rows(f"{lang}-correct.jsonl") + [dict(r, target=r["correct"]) for r in errors]
    alarms = [r["id"] for r in correct
              if any(CHECKS[h.check].severity != "info"
                     for h in check_pair(r["source"], r["target"], lang, context=context))]
    assert len(alarms) / len(correct) <= 0.01, alarms


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_dev3_stress_corpus_false_alarms(lang: str, request: pytest.FixtureRequest) -> None:
    """The third development corpus: correct translations written to be hard on a checker
    (tests/data/qa/dev3). Its false alarms must not creep back up (2.7 % when its classes
    were handled; the rest — a 100 % increase rendered «удвоилась», 1 in 100 as 1 % — need
    meaning, not rules)."""
    if lang == "kk":
        request.getfixturevalue("kazakh_lexicon")
    context = context_for(load_glossary(REPO / "glossary.tsv"), lang)
    folder = REPO / "tests" / "data" / "qa" / "dev3"
    correct = [json.loads(line) for line in (folder / f"{lang}-correct.jsonl").read_text(encoding="utf-8").splitlines()]
    alarms = [r["id"] for r in correct
              if any(CHECKS[h.check].severity != "info"
                     for h in check_pair(r["source"], r["target"], lang, context=context))]
    assert len(correct) == 150 and len(alarms) <= 4, alarms


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_suggested_fix_removes_its_finding(lang: str) -> None:
    context = context_for(load_glossary(REPO / "glossary.tsv"), lang, lexicon=False)
    applied = 0
    for r in _rows(f"{lang}-errors.jsonl"):
        for finding in check_target_segment("doc.txt", 1, r["source"], r["target"], lang, context=context):
            new = apply_fix(finding, r["target"])
            if new is None:
                continue
            applied += 1
            again = check_target_segment("doc.txt", 1, r["source"], new, lang, context=context)
            assert not [f for f in again if f.check == finding.check and f.message == finding.message], \
                (r["id"], finding.check, new)
    assert applied >= 80
