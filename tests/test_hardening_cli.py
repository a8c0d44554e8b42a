"""Regression tests for issue 12, through the real command line: every bad input gives one
``path:line: message`` line, exit code 1 and no changed file; nothing is lost; hostile text is
inert; paths stay in the project; -C/-q/-v everywhere; the project lock."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import copy_project, tree_bytes
from workbench.cli import main
from workbench.gettext import read_po, write_po

REPO = Path(__file__).resolve().parent.parent
PO = "locale/ru/LC_MESSAGES/01-initial-report.po"
MSGMERGE = shutil.which("msgmerge")


@pytest.fixture
def project(tmp_path):
    """A copy of the bundled project with its complete translations."""
    return copy_project(tmp_path / "p", with_locale=True)


def fails(project: Path, capsys, args: list[str], pattern: str, *, lines: int = 1) -> str:
    capsys.readouterr()
    before = tree_bytes(project)
    assert main(["-C", str(project), *args]) == 1
    err = capsys.readouterr().err
    shown = err.strip().splitlines()
    assert len(shown) == lines, err
    assert re.search(pattern, shown[0]), shown[0]
    assert "Traceback" not in err
    assert tree_bytes(project) == before
    return err


def translations(path: Path) -> dict[str, str]:
    return {m.msgid: m.msgstr for m in read_po(path).messages if m.msgstr and not m.obsolete}


# -- translations are never lost -------------------------------------------------------------------
def test_cr_only_catalogue_keeps_every_translation(project, capsys):
    po = project / PO
    before = translations(po)
    po.write_bytes(po.read_bytes().replace(b"\n", b"\r"))          # saved by a classic Mac editor
    assert main(["-C", str(project), "update"]) == 0
    assert translations(po) == before                               # was: an empty catalogue, exit 0


def test_editor_saving_during_update_is_merged_not_overwritten(project, capsys, monkeypatch):
    """An outside save between update's read and its write is merged message by message."""
    import workbench.services.update as update

    source = project / "seeds/01-initial-report.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA sentence added to the source.\n",
                      encoding="utf-8")
    real_plan = update.plan_update

    def plan_then_editor_saves(*args, **kwargs):
        plan = real_plan(*args, **kwargs)
        catalogue = read_po(project / PO)
        catalogue.messages[0].msgstr = "Казахстан: отчёт, правка переводчика"
        write_po(catalogue, project / PO)                           # the translator's editor saves
        return plan

    monkeypatch.setattr(update, "plan_update", plan_then_editor_saves)
    assert main(["-C", str(project), "update"]) == 0
    assert "changed on disk meanwhile: merged" in capsys.readouterr().out
    catalogue = read_po(project / PO)
    assert catalogue.messages[0].msgstr == "Казахстан: отчёт, правка переводчика"     # their save
    assert catalogue.get("A sentence added to the source.") is not None              # our update


def test_catalogue_that_becomes_unreadable_during_update_is_not_overwritten(project, capsys, monkeypatch):
    import workbench.services.update as update

    source = project / "seeds/01-initial-report.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nOne more.\n", encoding="utf-8")
    real_plan = update.plan_update

    def plan_then_break(*args, **kwargs):
        plan = real_plan(*args, **kwargs)
        (project / PO).write_text('msgid "a"\nmsgstr "\\q"\n', encoding="utf-8")
        return plan

    monkeypatch.setattr(update, "plan_update", plan_then_break)
    assert main(["-C", str(project), "update"]) == 1
    assert "changed on disk during the update and cannot be read" in capsys.readouterr().err
    assert (project / PO).read_text(encoding="utf-8") == 'msgid "a"\nmsgstr "\\q"\n'


# -- crashes and hangs ------------------------------------------------------------------------------
@pytest.mark.parametrize(("escape", "message"), [
    (r"\xzz", "invalid control sequence"),
    (r"\x110000", "larger than a byte"),
    (r"\xFFFFFFFFFF", "larger than a byte"),
    (r"\xD800", "larger than a byte"),
    (r"\xff", "not UTF-8"),
    (r"\0", "NUL character"),
])
def test_bad_escapes_stop_update_before_any_write(project, capsys, escape, message):
    source = project / "seeds/02-russian-socialist-movement.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new sentence, so the template changes.\n",
                      encoding="utf-8")
    po = project / "locale/kk/LC_MESSAGES/05-tendenza-internazionale.po"
    text = po.read_text(encoding="utf-8")
    at = text.index('msgstr "', text.index("\n\n"))
    po.write_text(text[:at] + f'msgstr "{escape}"' + text[text.index("\n", at):], encoding="utf-8")
    line = text[:at].count("\n") + 1
    fails(project, capsys, ["update"], rf"05-tendenza-internazionale\.po:{line}: .*{message}")
    fails(project, capsys, ["compile"], rf"05-tendenza-internazionale\.po:{line}: .*{message}")


def test_file_name_that_is_not_utf8(project, capsys):
    (project / os.fsdecode(b"seeds/bad\xffname.txt")).write_text("Hello there.\n", encoding="utf-8")
    err = fails(project, capsys, ["update"], r"seeds/bad<0xFF>name\.txt: the file name .* is not UTF-8")
    assert "\udcff" not in err


def test_file_name_with_a_line_break(project, capsys):
    (project / "seeds/two\nlines.txt").write_text("Hello there.\n", encoding="utf-8")
    fails(project, capsys, ["update"], r"seeds/two␊lines\.txt: the file name .* control character")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize(("target", "commands"), [
    (PO, [["update"], ["compile"], ["stats"]]),
    ("glossary.tsv", [["check"], ["glossary", "export"]]),
    ("workbench.toml", [["stats"]]),
])
def test_fifo_in_place_of_an_input(project, capsys, target, commands):
    path = project / target
    path.unlink()
    os.mkfifo(path)
    for command in commands:
        started = time.monotonic()
        fails(project, capsys, command, rf"{re.escape(Path(target).name)}: not a regular file \(a named pipe")
        assert time.monotonic() - started < 5


@pytest.mark.skipif(os.geteuid() != 0 or not hasattr(os, "mknod"), reason="creating a device node needs root")
def test_device_in_place_of_the_glossary(project, capsys):
    import stat

    (project / "glossary.tsv").unlink()
    os.mknod(project / "glossary.tsv", stat.S_IFCHR | 0o666, os.makedev(1, 5))      # /dev/zero
    fails(project, capsys, ["check"], r"glossary\.tsv: not a regular file \(a character device")


def test_link_to_dev_zero_as_the_glossary(project, capsys):
    (project / "glossary.tsv").unlink()
    (project / "glossary.tsv").symlink_to("/dev/zero")
    fails(project, capsys, ["check"], r"workbench\.toml: glossary = 'glossary\.tsv' leads outside the project folder")


# -- silently wrong ---------------------------------------------------------------------------------
def test_escaped_utf8_bytes_are_one_character(project, capsys):
    po = project / PO
    text = po.read_text(encoding="utf-8")
    first = translations(po)
    msgid = next(iter(m for m in first if m))
    at = text.index('msgstr "', text.index(f'msgid "{msgid}"'))
    po.write_text(text[:at] + 'msgstr "\\xd0\\x9a\\xd0\\xb0\\xd0\\xb7"' + text[text.index("\n", at):],
                  encoding="utf-8")
    assert main(["-C", str(project), "update"]) == 0
    assert read_po(po).get(msgid).msgstr == "Каз"
    assert 'msgstr "Каз"' in po.read_text(encoding="utf-8")


def test_newline_in_the_name_setting(project, capsys):
    (project / "workbench.toml").write_text('[workbench]\nname = "two\\nlines"\n', encoding="utf-8")
    fails(project, capsys, ["update"], r"workbench\.toml:2: name must be one line")


@pytest.mark.parametrize(("setting", "value", "message"), [
    ("source", "/etc", "not an absolute one"),
    ("locale", "../elsewhere", "without '..'"),
    ("editions", "~/editions", "not an absolute one"),
    ("build", "/tmp/old-name", "not an absolute one"),   # the old name of editions
    ("glossary", "../../etc/passwd", "without '..'"),
])
def test_settings_paths_stay_in_the_project(project, capsys, setting, value, message):
    (project / "workbench.toml").write_text(f'[workbench]\n{setting} = "{value}"\n', encoding="utf-8")
    shown = "editions" if setting == "build" else setting
    fails(project, capsys, ["stats"], rf"workbench\.toml:\d?:? ?{shown} must be a path inside the project.*{message}")


@pytest.mark.parametrize("setting", ["locale", "editions"])
def test_symlinked_folder_leading_out_is_refused(project, tmp_path, capsys, setting):
    outside = tmp_path / "outside"
    (outside / "ru").mkdir(parents=True)
    (outside / "ru" / "01-initial-report.txt").write_text("keep me\n")
    if setting == "locale":
        shutil.copytree(project / "locale", outside / "locale")
        shutil.rmtree(project / "locale")
        (project / "locale").symlink_to(outside / "locale")
    else:
        (project / "editions").symlink_to(outside)
    fails(project, capsys, ["update" if setting == "locale" else "compile"],
          rf"workbench\.toml: {setting} = '{setting}' leads outside the project folder \(through the symbolic link "
          rf".*/p/{setting} -> .*/outside")


def test_compile_min_percent_through_a_symlinked_folder_deletes_nothing_outside(project, tmp_path, capsys):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "01-initial-report.txt").write_text("someone else's file\n")
    (project / "editions").mkdir()
    (project / "editions" / "ru").symlink_to(outside)
    fails(project, capsys, ["compile", "--min-percent", "100"], r"editions/ru leads outside the project")
    assert (outside / "01-initial-report.txt").read_text() == "someone else's file\n"


def test_symlinked_catalogue_is_written_through(project, tmp_path, capsys):
    shared = tmp_path / "shared.po"
    po = project / PO
    shutil.move(po, shared)
    po.symlink_to(shared)
    source = project / "seeds/01-initial-report.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nA new sentence.\n", encoding="utf-8")
    assert main(["-C", str(project), "update"]) == 0
    assert po.is_symlink()
    assert read_po(shared).get("A new sentence.") is not None


def test_noop_update_keeps_the_catalogues_plural_forms(project, capsys):
    assert main(["-C", str(project), "-q", "update"]) == 0      # (the copy's name differs from the bundle's)
    po = project / PO
    text = po.read_text(encoding="utf-8")
    custom = text.replace("Plural-Forms: nplurals=3;", "Plural-Forms: nplurals=3; ", 1)   # another formula text
    po.write_text(custom, encoding="utf-8")
    before = tree_bytes(project)
    assert main(["-C", str(project), "update"]) == 0
    assert "0 file(s) written" in capsys.readouterr().out
    assert tree_bytes(project) == before


def test_broken_plural_forms_is_reported(project, capsys):
    po = project / PO
    text = po.read_text(encoding="utf-8")
    start = text.index('"Plural-Forms:')
    end = text.index('\n\n', start)
    po.write_text(text[:start] + '"Plural-Forms: nplurals=2; plural=n;\\n"' + text[end:], encoding="utf-8")
    line = text[:start].count("\n") + 1
    fails(project, capsys, ["update"], rf"01-initial-report\.po:{line}: malformed Plural-Forms header: nplurals = 2 "
                                       "but plural expression can produce values as large as 2")


@pytest.mark.skipif(MSGMERGE is None, reason="GNU gettext (msgmerge) is not installed")
def test_obsolete_entries_are_what_msgmerge_writes(project, tmp_path, capsys):
    source = project / "seeds/01-initial-report.txt"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    po = project / PO
    old = tmp_path / "old.po"
    shutil.copy(po, old)
    # remove a paragraph: its translated messages become obsolete
    source.write_text("".join(lines[:4] + lines[8:]), encoding="utf-8")
    assert main(["-C", str(project), "-q", "update"]) == 0
    pot = project / "locale/01-initial-report.pot"
    gnu = subprocess.run([MSGMERGE, "-q", "--no-fuzzy-matching", "-o", "-", str(old), str(pot)],
                         capture_output=True, text=True, check=True).stdout
    ours = po.read_text(encoding="utf-8")

    def obsolete_blocks(text: str) -> list[str]:
        return [block for block in text.split("\n\n") if "#~ msgid" in block]

    assert obsolete_blocks(ours) and obsolete_blocks(ours) == obsolete_blocks(gnu)
    assert "#: " not in "".join(obsolete_blocks(ours))


def test_glossary_control_characters_are_row_errors(project, capsys):
    glossary = project / "glossary.tsv"
    lines = glossary.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(i for i, line in enumerate(lines) if line.startswith("tokayev\t"))
    lines[row] = lines[row].replace("Tokayev", "Tok\x1b]0;pwned\x07ayev", 1)
    glossary.write_text("".join(lines), encoding="utf-8")
    err = fails(project, capsys, ["glossary", "export", "--format", "tbx"],
                rf"glossary\.tsv:{row + 1}: en: control character U\+001B in '.*Tok␛\]0;pwned␇ayev'")
    assert "\x1b" not in err and "\x07" not in err


def test_tbx_export_is_xml(project, tmp_path, capsys):
    import xml.etree.ElementTree as ET

    assert main(["-C", str(project), "-q", "glossary", "export", "--format", "tbx", "-o", str(tmp_path)]) == 0
    ET.parse(tmp_path / "glossary.tbx")


def test_csv_export_neutralises_formulas_and_imports_back(project, tmp_path, capsys):
    glossary = project / "glossary.tsv"
    text = glossary.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    header = lines[next(i for i, line in enumerate(lines) if line.startswith("id\t"))].rstrip("\n").split("\t")
    row = ["x-formula", "other", "=cmd|' /C calc'!A0"] + [""] * (len(header) - 3)
    row[header.index("note")] = "@SUM(A1:A9)"
    glossary.write_text(text + "\t".join(row) + "\n", encoding="utf-8")
    assert main(["-C", str(project), "-q", "glossary", "export", "--format", "csv", "-o", str(tmp_path)]) == 0
    exported = (tmp_path / "glossary.csv").read_text(encoding="utf-8")
    assert ",'=cmd|' /C calc'!A0," in exported and ",'@SUM(A1:A9)" in exported
    assert not re.search(r"(^|,)[=+@-]", exported, re.M)
    glossary.write_text(text, encoding="utf-8")
    assert main(["-C", str(project), "glossary", "import", str(tmp_path / "glossary.csv")]) == 0
    assert "added x-formula (=cmd|' /C calc'!A0)" in capsys.readouterr().out


def test_partial_tbx_import_keeps_cells_and_reports_changes(project, tmp_path, capsys):
    from workbench.glossary import load_glossary

    before = load_glossary(project / "glossary.tsv")
    tbx = tmp_path / "partial.tbx"
    tbx.write_text(textwrap.dedent("""\
        <martif><text><body><termEntry id="tokayev">
          <langSet xml:lang="en"><tig><term>Kassym-Jomart Tokayev</term></tig></langSet>
          <langSet xml:lang="ru"><tig><term>К.-Ж. Токаев</term></tig></langSet>
        </termEntry></body></text></martif>"""), encoding="utf-8")
    assert main(["-C", str(project), "glossary", "import", str(tbx)]) == 0
    out = capsys.readouterr().out
    assert "tokayev: ru: " in out and "-> 'К.-Ж. Токаев'" in out and "1 updated" in out
    after = load_glossary(project / "glossary.tsv")
    assert [r for r in after.referents if r.id != "tokayev"] == [r for r in before.referents if r.id != "tokayev"]
    old, new = before.by_id("tokayev"), after.by_id("tokayev")
    for lang in ("en", "ru", "kk"):                # every term is still there, with its status or better
        assert {f for f, _ in old.forms(lang)} <= {f for f, _ in new.forms(lang)}
    assert old.target_wrong("ru") == new.target_wrong("ru") and old.en_deprecated == new.en_deprecated


# -- hostile text in output -------------------------------------------------------------------------
HOSTILE = "Hostile \x1b]0;owned\x07 title and \x1b[31mred\x1b[0m text\x9b2J here."


def test_segments_shows_escape_sequences_as_placeholders(project, capsys):
    (project / "seeds/06-hostile.txt").write_text(HOSTILE + "\n", encoding="utf-8")
    assert main(["-C", str(project), "segments", str(project / "seeds/06-hostile.txt")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "␛]0;owned␇ title and ␛[31mred␛[0m text<U+009B>2J here." in out
    assert main(["-C", str(project), "segments", "--format", "json", str(project / "seeds/06-hostile.txt")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out
    assert json.loads(out)[0]["msgid"] == HOSTILE


def test_check_and_stats_output_is_inert(project, capsys):
    (project / "seeds/06-hostile.txt").write_text(HOSTILE + " Tokayev\x1b[2J said.\n", encoding="utf-8")
    for args in (["check", "--source-only"], ["stats"], ["check", "--source-only", "--format", "json"]):
        main(["-C", str(project), *args])
        captured = capsys.readouterr()
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", captured.out + captured.err), args


# -- -C everywhere, -q, -v ----------------------------------------------------------------------------
@pytest.mark.parametrize("args", [["stats"], ["update"], ["check", "--source-only"], ["compile", "--no-html"],
                                  ["glossary", "export"], ["segments", "seeds/01-initial-report.txt"]])
def test_every_command_takes_C_after_its_name(project, capsys, monkeypatch, args):
    monkeypatch.chdir(project.parent)
    if args[0] == "segments":
        args = ["segments", str(project / args[1])]
    words = 2 if args[0] == "glossary" else 1            # the command's name: "stats", "glossary export"
    assert main([*args[:words], "-C", str(project), *args[words:]]) == 0


def test_verbose_lists_files_read_and_written(project, capsys, monkeypatch):
    monkeypatch.chdir(project)
    source = project / "seeds/01-initial-report.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nNew.\n", encoding="utf-8")
    assert main(["update", "-v"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert "read seeds/01-initial-report.txt" in err
    assert "read locale/ru/LC_MESSAGES/01-initial-report.po" in err
    assert "wrote locale/ru/LC_MESSAGES/01-initial-report.po" in err


def test_quiet_prints_nothing_and_piped_output_has_no_progress_bar(project):
    result = subprocess.run([sys.executable, "-m", "workbench", "-C", str(project), "-q", "update"],
                            capture_output=True, text=True, check=True, cwd=REPO)
    assert result.stdout == "" and result.stderr == ""
    result = subprocess.run([sys.executable, "-m", "workbench", "-C", str(project), "compile"],
                            capture_output=True, text=True, check=True, cwd=REPO)
    assert "\x1b" not in result.stdout + result.stderr and "edition(s) written" in result.stdout


def test_init_checks_languages_at_once_and_writes_the_name(tmp_path, capsys):
    assert main(["init", str(tmp_path / "x"), "--languages", "ru,xx"]) == 1
    assert "unknown language 'xx'" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()
    assert main(["-q", "init", str(tmp_path / "original"), "--languages", "ru"]) == 0
    assert 'name = "original"' in (tmp_path / "original" / "workbench.toml").read_text()
    shutil.copy(REPO / "seeds/01-initial-report.txt", tmp_path / "original/seeds/")
    assert main(["-C", str(tmp_path / "original"), "-q", "update"]) == 0
    shutil.copytree(tmp_path / "original", tmp_path / "copy")
    before = tree_bytes(tmp_path / "copy")
    assert main(["-C", str(tmp_path / "copy"), "-q", "update"]) == 0
    assert tree_bytes(tmp_path / "copy") == before           # a copied project rewrites nothing


# -- the project lock ---------------------------------------------------------------------------------
def test_a_second_writer_is_told_who_holds_the_lock(project, capsys):
    hold = ("import sys, time; from pathlib import Path; from workbench.util.lock import project_lock\n"
            "with project_lock(Path(sys.argv[1]), 'workbench update'):\n"
            "    print('held', flush=True); time.sleep(30)\n")
    proc = subprocess.Popen([sys.executable, "-c", hold, str(project)], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        started = time.monotonic()
        fails(project, capsys, ["update"], rf"\.workbench/lock: another workbench is writing this project "
                                           rf"\(pid {proc.pid} on .*, `workbench update`, since")
        assert time.monotonic() - started < 10
    finally:
        proc.kill()
        proc.wait()
    assert main(["-C", str(project), "-q", "update"]) == 0            # its lock died with it


def test_temporary_files_of_an_interrupted_write_are_removed(project):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    left = project / "locale/ru/LC_MESSAGES" / f".01-initial-report.po.wb{int(dead.stdout)}.x1y2z3w4.tmp"
    left.write_text("half a catalogue")
    assert main(["-C", str(project), "-q", "update"]) == 0
    assert not left.exists()


def test_cr_only_glossary_is_read_and_saved_with_its_line_endings(project, tmp_path, capsys):
    glossary = project / "glossary.tsv"
    glossary.write_bytes(glossary.read_bytes().replace(b"\n", b"\r"))
    assert main(["-C", str(project), "-q", "check", "--source-only"]) in (0, 1)
    tbx = tmp_path / "one.tbx"
    tbx.write_text('<martif><text><body><termEntry id="newtown"><langSet xml:lang="en"><tig><term>Newtown'
                   '</term></tig></langSet></termEntry></body></text></martif>', encoding="utf-8")
    assert main(["-C", str(project), "-q", "glossary", "import", str(tbx)]) == 0
    data = glossary.read_bytes()
    assert b"\n" not in data and b"newtown\tother\tNewtown" in data


def _on_a_terminal(project: Path, *args: str) -> str:
    """stderr of ``workbench ARGS`` run with stderr on a pseudo-terminal."""
    import pty

    leader, follower = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    proc = subprocess.Popen([sys.executable, "-m", "workbench", "-C", str(project), *args], cwd=REPO,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals here")
def test_progress_bar_on_a_terminal_only(project):
    source = project / "seeds/01-initial-report.txt"
    source.write_text(source.read_text(encoding="utf-8") + "\nNew.\n", encoding="utf-8")
    shown = _on_a_terminal(project, "update")
    assert "update" in shown and "\x1b[" in shown            # Rich drew (and then cleared) a bar
    source.write_text(source.read_text(encoding="utf-8") + "\nNewer.\n", encoding="utf-8")
    assert _on_a_terminal(project, "-q", "update") == ""     # -q: nothing on the terminal


_SCALAR = st.one_of(st.text(), st.integers(), st.floats(allow_nan=False), st.booleans(), st.none())


@given(st.lists(st.dictionaries(st.text(), _SCALAR), max_size=5))
@settings(max_examples=300)
def test_the_records_fast_path_writes_what_json_dumps_writes(records) -> None:
    """json_text's fast path for flat records is character for character json.dumps(indent=2)."""
    import json

    from workbench.cli.output import _records_json, json_text

    assert _records_json(records) == json.dumps(records, ensure_ascii=False, indent=2)
    assert json.loads(json_text(records)) == records
    assert _records_json([{"nested": [1]}]) is None and _records_json({"a": 1}) is None
