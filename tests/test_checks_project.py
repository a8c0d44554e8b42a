"""checks.project.run_project: catalogues from a provider (the UI's memory), and a broken file."""

from __future__ import annotations

from pathlib import Path

from tests.test_checks_cli import make_project
from workbench.checks.names.project import UNREADABLE, run_project
from workbench.gettext import read_po
from workbench.project import load_project
from workbench.session import Session

WRONG = ("The CSTO sent troops to Kazakhstan.", "ОДКБ направила войска в Казакстан.")   # a wrong form


def _targets(findings, check=None):
    return [f for f in findings if f.language is not None and (check is None or f.check == check)]


def test_catalogues_come_from_the_provider(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", translations={})         # nothing translated on disk
    project = load_project(root)
    assert not [f for f in _targets(run_project(project)) if f.severity == "error"]
    catalogue = read_po(project.po_path("a", "ru"))
    catalogue.get(WRONG[0]).msgstr = WRONG[1]
    asked: list[tuple[str, str]] = []

    def provider(doc, language):
        asked.append((doc.name, language))
        return catalogue if (doc.name, language) == ("a", "ru") else None

    findings = run_project(project, catalogues=provider)
    assert sorted(asked) == [("a", "kk"), ("a", "ru"), ("b", "kk"), ("b", "ru")]
    assert any(f.offending == "Казакстан" and f.language == "ru" for f in _targets(findings))


def test_a_broken_catalogue_is_a_problem_of_that_file_not_the_end_of_the_report(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    project = load_project(root)
    broken = project.po_path("b", "ru")
    broken.write_text('msgid "x"\nmsgstr broken\n', encoding="utf-8")
    findings = run_project(project)
    (problem,) = _targets(findings, UNREADABLE)
    assert problem.severity == "error" and problem.language == "ru"
    assert problem.path == "seeds/b.txt" and problem.catalogue == project.relpath(broken)
    # everything else is still checked
    assert any(f.offending == "Казакстан" for f in _targets(findings))


def test_session_checks_its_catalogues_in_memory(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p", translations={})
    session = Session(root).load()
    session.set_translation("a", "ru", WRONG[0], WRONG[1])       # confirmed, not written yet
    report = session.check_all()
    assert any(loc.finding.offending == "Казакстан" for loc in report.get(("a", "ru"), []))
    assert session.dirty and session.check_error is None


def test_session_report_names_a_catalogue_broken_on_disk(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    session = Session(root).load()
    path = session.project.po_path("b", "kk")
    path.write_text('msgid "x"\nmsgstr broken\n', encoding="utf-8")
    session.poll()
    report = session.check_all()
    assert [loc.finding.check for loc in report[("b", "kk")]] == [UNREADABLE]
    assert any(loc.finding.offending == "Казакстан" for loc in report[("a", "ru")])
    assert session.check_error is None
