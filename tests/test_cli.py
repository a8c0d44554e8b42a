"""End-to-end tests of the command line on a copy of the bundled seeds."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.helpers import copy_project, tree_bytes
from workbench.cli import main

MSGFMT = shutil.which("msgfmt")
MSGCAT = shutil.which("msgcat")


@pytest.fixture
def project(tmp_path):
    return copy_project(tmp_path / "p")


def run(project, *args):
    return main(["--project", str(project), *args])


def test_update_writes_templates_and_catalogues(project, capsys):
    assert run(project, "update") == 0
    names = sorted(p.name for p in (project / "seeds").iterdir())
    for name in names:
        stem = name.rsplit(".", 1)[0]
        assert (project / "locale" / f"{stem}.pot").is_file()
        for lang in ("ru", "kk"):
            assert (project / "locale" / lang / "LC_MESSAGES" / f"{stem}.po").is_file()
    ru = (project / "locale/ru/LC_MESSAGES/01-initial-report.po").read_text(encoding="utf-8")
    assert '"Language: ru\\n"' in ru
    assert "Plural-Forms: nplurals=3;" in ru
    assert "#: seeds/01-initial-report.txt:1" in ru


def test_second_update_changes_no_byte(project, capsys):
    run(project, "update")
    before = tree_bytes(project)
    mtimes = {p: p.stat().st_mtime_ns for p in (project / "locale").rglob("*.po*")}
    assert run(project, "update") == 0
    assert tree_bytes(project) == before
    assert {p: p.stat().st_mtime_ns for p in (project / "locale").rglob("*.po*")} == mtimes
    assert "0 file(s) written" in capsys.readouterr().out


@pytest.mark.skipif(not (MSGFMT and MSGCAT), reason="GNU gettext not installed")
def test_catalogues_pass_msgfmt_check_and_msgcat_keeps_every_byte(project, tmp_path):
    run(project, "update")
    for path in sorted((project / "locale").rglob("*.po*")):
        subprocess.run([MSGFMT, "--check", "-o", os.devnull, str(path)], check=True, capture_output=True)
        out = tmp_path / "cat.po"
        subprocess.run([MSGCAT, str(path), "-o", str(out)], check=True, capture_output=True)
        assert out.read_bytes() == path.read_bytes(), path


def test_edited_source_keeps_translations_as_fuzzy_and_obsolete(project, capsys):
    from workbench.gettext import read_po, write_po

    run(project, "update")
    po_path = project / "locale/ru/LC_MESSAGES/03-international-solidarity.po"
    catalogue = read_po(po_path)
    first, second = catalogue.live()[1], catalogue.live()[2]
    first.msgstr = "ПЕРВЫЙ"
    second.msgstr = "ВТОРОЙ"
    write_po(catalogue, po_path)
    source = project / "seeds/03-international-solidarity.txt"
    text = source.read_text(encoding="utf-8")
    assert first.msgid in text and second.msgid in text
    edited = first.msgid.replace("original", "first", 1)
    assert edited != first.msgid
    text = text.replace(first.msgid, edited).replace(second.msgid, "")
    source.write_text(text, encoding="utf-8")
    assert run(project, "update") == 0
    after = read_po(po_path)
    changed = after.get(edited)
    assert changed is not None and changed.fuzzy and changed.msgstr == "ПЕРВЫЙ"
    assert changed.previous_msgid == first.msgid
    gone = [m for m in after.messages if m.obsolete and m.msgid == second.msgid]
    assert gone and gone[0].msgstr == "ВТОРОЙ"


@pytest.mark.skipif(not MSGFMT, reason="GNU gettext not installed")
def test_stats_agree_with_msgfmt_statistics(project, capsys):
    from workbench.gettext import read_po, write_po

    run(project, "update")
    po_path = project / "locale/kk/LC_MESSAGES/01-initial-report.po"
    catalogue = read_po(po_path)
    catalogue.live()[0].msgstr = "Қазақстан: алғашқы хабарлама"
    catalogue.live()[1].msgstr = "Бір нәрсе"
    catalogue.live()[1].fuzzy = True
    write_po(catalogue, po_path)
    capsys.readouterr()
    assert run(project, "stats", "--format", "json") == 0
    rows = json.loads(capsys.readouterr().out)
    for row in rows:
        assert row["catalogue"]
        result = subprocess.run(
            [MSGFMT, "--statistics", "-o", os.devnull, str(project / row["catalogue"])],
            capture_output=True, text=True, check=True, env={**os.environ, "LC_ALL": "C"},
        )
        figures = {kind: int(n) for n, kind in re.findall(r"(\d+) (translated|fuzzy|untranslated)", result.stderr)}
        assert row["translated"] == figures.get("translated", 0)
        assert row["fuzzy"] == figures.get("fuzzy", 0)
        assert row["untranslated"] == figures.get("untranslated", 0)
    kk = next(r for r in rows if r["catalogue"].endswith("kk/LC_MESSAGES/01-initial-report.po"))
    assert (kk["translated"], kk["fuzzy"]) == (1, 1)


def test_compile_builds_editions_with_layout_and_fallback(project, capsys):
    from workbench.gettext import read_po, write_po
    from workbench.text.documents import load_document

    run(project, "update")
    po_path = project / "locale/ru/LC_MESSAGES/05-tendenza-internazionale.po"
    catalogue = read_po(po_path)
    heading = catalogue.live()[0]
    heading.msgstr = "С РАБОЧИМИ [Elders] <b>"
    write_po(catalogue, po_path)
    capsys.readouterr()
    assert run(project, "compile") == 0
    out = capsys.readouterr().out
    assert "edition(s) written" in out
    edition = (project / "editions/ru/05-tendenza-internazionale.md").read_text(encoding="utf-8")
    source = (project / "seeds/05-tendenza-internazionale.md").read_text(encoding="utf-8")
    assert edition == source.replace(heading.msgid, heading.msgstr, 1)
    assert "## **С РАБОЧИМИ [Elders] <b>**" in edition
    page = (project / "editions/ru/05-tendenza-internazionale.html").read_text(encoding="utf-8")
    assert "[Elders] &lt;b&gt;" in page and "<b>" not in page
    assert (project / "editions/locale/ru/LC_MESSAGES/05-tendenza-internazionale.mo").is_file()
    document = load_document(project / "seeds/01-initial-report.txt", project)
    untouched = (project / "editions/kk/01-initial-report.txt").read_text(encoding="utf-8")
    assert untouched == document.text


def test_compile_min_percent_leaves_documents_out(project, capsys):
    run(project, "update")
    capsys.readouterr()
    assert run(project, "compile", "--min-percent", "50", "-l", "ru") == 0
    assert "left out" in capsys.readouterr().out
    assert not (project / "editions/ru/01-initial-report.txt").exists()
    assert not (project / "editions/kk").exists()


# -- bad input: one clear line, exit code 1, nothing changed -------------------

def _assert_clean_failure(project, capsys, args, pattern):
    before = tree_bytes(project)
    code = run(project, *args)
    err = capsys.readouterr().err
    assert code == 1
    assert re.search(pattern, err), err
    assert "Traceback" not in err
    assert tree_bytes(project) == before


def test_source_not_utf8(project, capsys):
    run(project, "update")
    (project / "seeds/06-latin1.txt").write_bytes("First line.\nCaf\xe9 society.\n".encode("latin-1"))
    _assert_clean_failure(project, capsys, ["update"], r"seeds/06-latin1\.txt:2: .*UTF-8")


def test_binary_source(project, capsys):
    run(project, "update")
    (project / "seeds/07-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    _assert_clean_failure(project, capsys, ["update"], r"seeds/07-binary\.txt.*binary")


def test_empty_source(project, capsys):
    run(project, "update")
    (project / "seeds/08-empty.md").write_text("  \n\n", encoding="utf-8")
    _assert_clean_failure(project, capsys, ["update"], r"seeds/08-empty\.md.*no text")


def test_po_syntax_error(project, capsys):
    run(project, "update")
    po_path = project / "locale/ru/LC_MESSAGES/02-russian-socialist-movement.po"
    lines = po_path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[20] = 'msgstr "unterminated\n'
    po_path.write_text("".join(lines), encoding="utf-8")
    for command in (["update"], ["stats"], ["compile"]):
        _assert_clean_failure(project, capsys, command, r"02-russian-socialist-movement\.po:\d+: ")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_locale(project, capsys):
    run(project, "update")
    (project / "seeds/01-initial-report.txt").write_text("A new text.\n", encoding="utf-8")
    folders = [project / "locale", *[p for p in (project / "locale").rglob("*") if p.is_dir()]]
    for folder in folders:
        folder.chmod(0o555)
    try:
        _assert_clean_failure(project, capsys, ["update"], r"locale.*not writable")
    finally:
        for folder in folders:
            folder.chmod(0o755)


def test_read_only_locale_checked_before_writing(project, capsys, monkeypatch):
    """Even as root (CI), a target that cannot be written stops the update before any write."""
    import workbench.services.update as update

    run(project, "update")
    (project / "seeds/01-initial-report.txt").write_text("A new text.\n", encoding="utf-8")
    real_access = os.access
    monkeypatch.setattr(update.os, "access", lambda p, mode: False if "locale" in str(p) else real_access(p, mode))
    _assert_clean_failure(project, capsys, ["update"], r"locale.*not writable")


def test_missing_source_folder(project, capsys):
    shutil.rmtree(project / "seeds")
    _assert_clean_failure(project, capsys, ["update"], r"seeds.*(no such|missing|not found|does not exist)")


def test_python_m_workbench_runs(project):
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--project", str(project), "stats"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "01-initial-report" in result.stdout


def test_compile_removes_an_edition_it_now_leaves_out(project, capsys):
    """A document that falls below --min-percent must not keep last build's edition."""
    from workbench.gettext import read_po, write_po

    run(project, "update")
    po_path = project / "locale/ru/LC_MESSAGES/01-initial-report.po"
    catalogue = read_po(po_path)
    for message in catalogue.live():
        message.msgstr = "Перевод"
    write_po(catalogue, po_path)
    assert run(project, "compile", "-l", "ru") == 0
    edition = project / "editions/ru/01-initial-report.txt"
    assert edition.exists() and edition.with_suffix(".html").exists()
    for message in catalogue.live():
        message.msgstr = ""
    write_po(catalogue, po_path)
    assert run(project, "compile", "-l", "ru", "--min-percent", "50") == 0
    assert not edition.exists() and not edition.with_suffix(".html").exists()


def test_compile_counts_messages_like_stats(project, capsys):
    """A repeated sentence is one message in compile's table as in stats and msgfmt."""
    from workbench.project import load_project
    from workbench.services.compile import compile_editions
    from workbench.services.stats import project_stats

    (project / "seeds/06-repeat.txt").write_text("Same sentence. Other one.\n\nSame sentence.\n", encoding="utf-8")
    run(project, "update")
    loaded = load_project(project)
    compiled = {(r.document, r.language): r for r in compile_editions(loaded)}
    for row in project_stats(loaded):
        result = compiled[row.document, row.language]
        assert (result.messages, result.translated, result.untranslated) == (row.messages, row.translated, row.untranslated)
    assert compiled["seeds/06-repeat.txt", "ru"].messages == 2
