"""QA regressions: bad inputs give one clear line, exit != 0 and change nothing;
editions keep the source layout whatever the translation holds."""

from __future__ import annotations

import os
import re

import pytest

from tests.helpers import copy_project, tree_bytes
from workbench.cli import main
from workbench.services.compile import fit_translation
from workbench.text.documents import parse_document


@pytest.fixture
def project(tmp_path):
    root = copy_project(tmp_path / "p")
    assert main(["--project", str(root), "update"]) == 0
    return root


def _fails(project, capsys, args, pattern, code=1):
    capsys.readouterr()
    before = tree_bytes(project)
    assert main(["--project", str(project), *args]) == code
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert re.search(pattern, lines[0]), lines[0]
    assert "Traceback" not in captured.err
    assert tree_bytes(project) == before


def test_utf16_with_bom_is_named(project, capsys):
    (project / "seeds/x.txt").write_bytes("\ufeffHello there.\n".encode("utf-16"))
    _fails(project, capsys, ["update"], r"seeds/x\.txt:1: UTF-16 text .*UTF-8")


@pytest.mark.parametrize("kind", ["directory", "loop", "dangling", "fifo"])
def test_non_regular_document_is_not_skipped_in_silence(project, capsys, kind):
    target = project / "seeds/x.txt"
    if kind == "directory":
        target.mkdir()
        pattern = r"seeds/x\.txt: is a directory"
    elif kind == "loop":
        (project / "seeds/y.txt").symlink_to("x.txt")
        target.symlink_to("y.txt")
        pattern = r"seeds/[xy]\.txt: symbolic link loop"
    elif kind == "dangling":
        target.symlink_to(project / "nowhere.txt")
        pattern = r"seeds/x\.txt: broken symbolic link"
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(target)
        pattern = r"seeds/x\.txt: not a regular file"
    _fails(project, capsys, ["update"], pattern)
    _fails(project, capsys, ["stats"], pattern)


def test_catalogue_link_loop_is_an_error_not_replaced(project, capsys):
    po = project / "locale/ru/LC_MESSAGES/01-initial-report.po"
    po.unlink()
    po.symlink_to(po.name + ".x")
    (po.parent / (po.name + ".x")).symlink_to(po.name)
    for command in (["update"], ["stats"], ["compile"]):
        _fails(project, capsys, command, r"01-initial-report\.po: symbolic link loop")
    assert po.is_symlink()


def test_unknown_language_in_settings_points_at_the_settings(project, capsys):
    (project / "workbench.toml").write_text('[workbench]\nlanguages = ["xx"]\n', encoding="utf-8")
    _fails(project, capsys, ["update"], r"workbench\.toml: unknown language 'xx'")


@pytest.mark.parametrize("command", ["stats", "compile"])
def test_unknown_language_option(project, capsys, command):
    _fails(project, capsys, [command, "-l", "xx"], r"not a target language of this project: xx")


@pytest.mark.parametrize("value", ["-5", "100.5", "200", "nan", "inf", "abc", ""])
def test_min_percent_out_of_range(project, capsys, value):
    with pytest.raises(SystemExit) as exit_info:
        main(["--project", str(project), "compile", "--min-percent", value])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--min-percent" in err[0] and "0 to 100" in err[0], err
    assert not (project / "editions").exists()


@pytest.mark.parametrize("value", ["0", "100", "50.5"])
def test_min_percent_in_range(project, capsys, value):
    assert main(["--project", str(project), "compile", "--min-percent", value, "--no-html"]) == 0


def test_usage_error_is_one_line(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["frobnicate"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "invalid choice" in err[0]


def test_error_paths_are_shown_relative_to_the_current_folder(project, capsys, monkeypatch):
    monkeypatch.chdir(project)
    po = project / "locale/ru/LC_MESSAGES/01-initial-report.po"
    po.write_text('msgid "a\n', encoding="utf-8")
    _fails(project, capsys, ["update"], r"^locale/ru/LC_MESSAGES/01-initial-report\.po:1: ")


# -- editions keep the layout ------------------------------------------------------

def _segment(text: str, fmt: str = "text"):
    return parse_document(text, relpath="x.txt" if fmt == "text" else "x.md", format=fmt).segments[0]


def test_translation_line_breaks_do_not_change_the_layout():
    segment = _segment("One sentence here.\n")
    assert fit_translation(segment, "Первая строка\nвторая строка.") == "Первая строка вторая строка."
    assert fit_translation(segment, "  Абзац.\n\n  Ещё.\n") == "Абзац. Ещё."
    assert fit_translation(segment, "\r\nПривет.\r\n") == "Привет."
    assert fit_translation(segment, "   ") is None
    assert fit_translation(segment, None) is None


def test_translation_keeps_a_line_break_the_source_has():
    text = "What is the nature of this\n\nconfrontation? It is class.\n"
    segment = _segment(text)
    assert "\n" in segment.source
    assert fit_translation(segment, "Какова природа этого\n\nпротивостояния?") == "Какова природа этого\n\nпротивостояния?"


def test_edition_layout_with_awkward_translations(tmp_path, capsys):
    root = tmp_path / "p"
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru"]\n', encoding="utf-8")
    source = "## **A Title**\n\n- First item. Second item.\n\nPlain paragraph.\n"
    (root / "seeds/doc.md").write_text(source, encoding="utf-8")
    assert main(["--project", str(root), "update"]) == 0
    po = root / "locale/ru/LC_MESSAGES/doc.po"
    text = po.read_text(encoding="utf-8")
    for msgid, msgstr in [
        ("A Title", "Заголовок"),
        ("First item.", "Первый\\n\\nпункт."),
        ("Second item.", " **Второй** пункт. "),
        ("Plain paragraph.", "Абзац\\n# не заголовок."),
    ]:
        text = text.replace(f'msgid "{msgid}"\nmsgstr ""', f'msgid "{msgid}"\nmsgstr "{msgstr}"')
    po.write_text(text, encoding="utf-8")
    assert main(["--project", str(root), "compile", "--no-html"]) == 0
    edition = (root / "editions/ru/doc.md").read_text(encoding="utf-8")
    assert edition == "## **Заголовок**\n\n- Первый пункт. **Второй** пункт.\n\nАбзац # не заголовок.\n"
