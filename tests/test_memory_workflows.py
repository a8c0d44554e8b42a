"""The memory in a translator's day: pre-translation, concordance and replace, identity,
confirms in the session, incremental sync, a team server that goes away."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.helpers import copy_project, tree_bytes
from workbench.cli.main import main
from workbench.gettext import format_po, read_po
from workbench.identity import Identity, config_path, load_identity, save_identity
from workbench.memory import StoredUnit
from workbench.memory.sqlite import SQLiteMemory
from workbench.memory.sync import sync_catalogue, sync_project
from workbench.project import load_project
from workbench.session import Session
from workbench.util.errors import WorkbenchError

PO_RU = "locale/ru/LC_MESSAGES/01-initial-report.po"


@pytest.fixture(autouse=True)
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user settings file, never the developer's."""
    path = tmp_path / "user" / "config.toml"
    monkeypatch.setenv("WORKBENCH_CONFIG", str(path))
    return path


def _memory(project: Path) -> SQLiteMemory:
    return SQLiteMemory(project / ".workbench" / "memory.sqlite")


# -- pre-translation --------------------------------------------------------------------------------

def _blank_catalogues(project: Path) -> None:
    for path in (project / "locale").rglob("*.po"):
        catalogue = read_po(path)
        for message in catalogue.messages:
            if message.msgid:
                message.msgstr = ""
                message.fuzzy = False
        path.write_text(format_po(catalogue), encoding="utf-8")


def test_pretranslate_fills_exact_fuzzy_and_name_aware(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p", with_locale=True)
    assert main(["-C", str(project), "memory", "sync"]) == 0       # the finished translations go in
    _blank_catalogues(project)
    # a sentence that differs from a translated one only by a name, one by a word
    memory = _memory(project)
    when = "2026-01-01T00:00:00Z"
    memory.add([StoredUnit("Kazakhstan: Initial Report on Aktobe", "Казахстан: первое сообщение об Актобе", "en", "ru",
                           "old.tmx", "tmx", when, when, "", "")])
    memory.close()
    path = project / PO_RU
    catalogue = read_po(path)
    catalogue.messages[1].msgid = "Kazakhstan: Initial Report on Kyzylorda"
    path.write_text(format_po(catalogue), encoding="utf-8")
    capsys.readouterr()
    assert main(["-C", str(project), "pretranslate", "-l", "ru"]) == 0
    out = capsys.readouterr().out
    assert "name-aware" in out and "wrote locale/ru/LC_MESSAGES/01-initial-report.po" in out
    after = read_po(path)
    exact = after.messages[2]
    assert exact.msgstr and exact.fuzzy and exact.previous_msgid is None       # exact: fuzzy by default
    adapted = after.get("Kazakhstan: Initial Report on Kyzylorda")
    assert adapted.msgstr == "Казахстан: первое сообщение о Кызылорде" and adapted.fuzzy
    assert adapted.previous_msgid == "Kazakhstan: Initial Report on Aktobe"
    assert adapted.translator_comments == ["memory: 99% name-aware match, об Актобе → о Кызылорде (old.tmx)"]
    proc = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True) \
        if _has_msgfmt() else None
    assert proc is None or proc.returncode == 0, proc.stderr if proc else ""
    # --exact translated, run twice: the second run finds nothing left to fill and writes nothing
    _blank_catalogues(project)
    assert main(["-C", str(project), "pretranslate", "-l", "kk", "--exact", "translated"]) == 0
    kk = read_po(project / "locale/kk/LC_MESSAGES/01-initial-report.po")
    assert all(m.msgstr and not m.fuzzy for m in kk.messages if m.msgid)
    before = tree_bytes(project / "locale")
    assert main(["-C", str(project), "pretranslate", "-l", "kk", "--exact", "translated"]) == 0
    assert tree_bytes(project / "locale") == before


def _has_msgfmt() -> bool:
    import shutil

    return shutil.which("msgfmt") is not None


def test_pretranslate_dry_run_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p", with_locale=True)
    assert main(["-C", str(project), "memory", "sync"]) == 0
    _blank_catalogues(project)
    path = project / PO_RU
    catalogue = read_po(path)
    catalogue.messages[1].msgid = "A sentence the memory has never seen, about nothing in particular."
    path.write_text(format_po(catalogue), encoding="utf-8")
    before = tree_bytes(project / "locale")
    assert main(["-C", str(project), "pretranslate", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run, nothing written" in out and "1 without a match" in out
    assert tree_bytes(project / "locale") == before


class _SavedMeanwhile(SQLiteMemory):
    """A real memory during whose lookups a translator saves the catalogue (as the editor would)."""

    def __init__(self, path: Path, catalogue: Path, msgid: str, msgstr: str) -> None:
        super().__init__(path)
        self.catalogue, self.msgid, self.msgstr = catalogue, msgid, msgstr

    def lookup_many(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        edited = read_po(self.catalogue)
        edited.get(self.msgid).msgstr = self.msgstr
        self.catalogue.write_text(format_po(edited), encoding="utf-8")
        yield from super().lookup_many(*args, **kwargs)


def test_pretranslate_keeps_a_translation_saved_while_it_ran(tmp_path: Path) -> None:
    from workbench.memory.pretranslate import pretranslate

    project = copy_project(tmp_path / "p", with_locale=True)
    assert main(["-C", str(project), "memory", "sync"]) == 0
    _blank_catalogues(project)
    path = project / PO_RU
    messages = [m for m in read_po(path).messages if m.msgid]
    mine, other = messages[1].msgid, messages[2].msgid
    memory = _SavedMeanwhile(project / ".workbench" / "memory.sqlite", path, mine, "Перевод, сохранённый в редакторе")
    with memory:
        report = pretranslate(load_project(project), memory, ["ru"])
    after = read_po(path)
    assert after.get(mine).msgstr == "Перевод, сохранённый в редакторе" and not after.get(mine).fuzzy
    assert after.get(other).msgstr and after.get(other).fuzzy            # the rest still filled
    assert path in report.written


# -- concordance and replace ------------------------------------------------------------------------

def test_concordance_in_catalogues_and_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "p", with_locale=True)
    assert main(["-C", str(project), "memory", "sync"]) == 0
    capsys.readouterr()
    assert main(["-C", str(project), "concordance", "Zhanaozen", "-l", "ru", "--in", "catalogues"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all("[[Zhanaozen]]" in line for line in lines)
    assert main(["-C", str(project), "concordance", "жанаозен", "--target", "-l", "ru"]) == 0
    out = capsys.readouterr().out
    assert "[[Жанаозен]]" in out and "memory:ru:" in out
    assert main(["-C", str(project), "concordance", r"\bJan(uary)? [0-9]+\b", "--regex", "--in", "catalogues"]) == 0
    assert "[[Jan 7]]" in capsys.readouterr().out
    assert main(["-C", str(project), "concordance", "no such phrase anywhere"]) == 1
    assert main(["-C", str(project), "concordance", "(", "--regex"]) == 1
    assert "not a valid regular expression" in capsys.readouterr().err


def test_replace_preview_choose_apply_undo(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    project = copy_project(tmp_path / "p", with_locale=True)
    before = tree_bytes(project / "locale")
    assert main(["-C", str(project), "replace", "Жанаозен", "Жаңаөзен", "-l", "ru"]) == 0     # a preview only
    preview = capsys.readouterr()
    assert "  - " in preview.out and "  + " in preview.out and "would change" in preview.err
    assert tree_bytes(project / "locale") == before
    answers = iter(["y", "n", "q"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    assert main(["-C", str(project), "replace", "Жанаозен", "Жаңаөзен", "-l", "ru", "--interactive"]) == 0
    assert "1 translation(s) changed" in capsys.readouterr().out
    changed = [p for p, data in tree_bytes(project / "locale").items() if before.get(p) != data]
    assert len(changed) == 1
    assert main(["-C", str(project), "replace", "--undo"]) == 0
    assert tree_bytes(project / "locale") == before
    assert main(["-C", str(project), "replace", "--undo"]) == 1
    assert "nothing to undo" in capsys.readouterr().err
    # regex groups, every hit with --yes, and an undo that leaves what someone changed since
    assert main(["-C", str(project), "replace", r"(\d+) января", r"\1-го января", "--regex", "-l", "ru", "--yes"]) == 0
    edited = read_po(project / PO_RU)
    target = next(m for m in edited.messages if "-го января" in m.msgstr)
    target.msgstr = "changed by someone else"
    (project / PO_RU).write_text(format_po(edited), encoding="utf-8")
    capsys.readouterr()
    assert main(["-C", str(project), "replace", "--undo"]) == 0
    assert "changed since the replace; left as it is" in capsys.readouterr().err
    assert "changed by someone else" in (project / PO_RU).read_text(encoding="utf-8")


# -- identity --------------------------------------------------------------------------------------

def test_identity_setting(user_config: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert config_path() == user_config
    assert main(["identity"]) == 1
    user_config.parent.mkdir(parents=True)
    user_config.write_text("# my settings\n[ui]\ntheme = \"dark\"\n", encoding="utf-8")
    assert main(["identity", "--name", "Aigerim Nurlanovna", "--email", "aigerim@example.org"]) == 0
    assert load_identity() == Identity("Aigerim Nurlanovna", "aigerim@example.org")
    text = user_config.read_text(encoding="utf-8")
    assert text.startswith("# my settings\n[ui]\ntheme = \"dark\"\n") and "[translator]" in text
    capsys.readouterr()
    assert main(["identity"]) == 0
    assert "Aigerim Nurlanovna <aigerim@example.org>" in capsys.readouterr().out
    with pytest.raises(WorkbenchError, match="not an e-mail"):
        save_identity(Identity("X", "not an address"))
    user_config.write_text("[translator\nname = 1\n", encoding="utf-8")
    with pytest.raises(WorkbenchError, match="invalid TOML") as caught:
        load_identity()
    assert str(user_config) in str(caught.value)


def test_confirm_fills_header_and_memory_records_who(tmp_path: Path) -> None:
    save_identity(Identity("Aigerim Nurlanovna", "aigerim@example.org", "Kazakh <kk@example.org>"))
    project = copy_project(tmp_path / "p")
    assert main(["-C", str(project), "update"]) == 0
    session = Session(project).load()
    name = "01-initial-report"
    msgid = session.document(name).segments[0].msgid
    session.save_translation(name, "kk", msgid, "Қазақстан: алғашқы хабарлама")
    text = (project / "locale/kk/LC_MESSAGES/01-initial-report.po").read_text(encoding="utf-8")
    assert "Last-Translator: Aigerim Nurlanovna <aigerim@example.org>" in text
    assert "Language-Team: Kazakh <kk@example.org>" in text and "YEAR-MO-DA" not in text
    if _has_msgfmt():
        proc = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(project / "locale/kk/LC_MESSAGES/01-initial-report.po")],
                              capture_output=True, text=True)
        assert proc.returncode == 0 and "Last-Translator" not in proc.stderr and "PO-Revision-Date" not in proc.stderr
    # durable in the memory as soon as the save returns, with who and how
    memory = _memory(project)
    unit = next(u for u in memory.units("kk") if u.source == msgid)
    assert (unit.target, unit.how, unit.creator) == ("Қазақстан: алғашқы хабарлама", "confirm",
                                                      "Aigerim Nurlanovna <aigerim@example.org>")
    memory.close()
    assert session.suggestions("kk", msgid)[0].exact
    session.memory.close()


def test_catalogues_synced_incrementally(tmp_path: Path) -> None:
    project_dir = copy_project(tmp_path / "p", with_locale=True)
    project = load_project(project_dir)
    memory = _memory(project_dir)
    report, read, skipped = sync_project(memory, project)
    assert (read, skipped, report.added) == (10, 0, 538)
    report, read, skipped = sync_project(memory, project)
    assert (read, skipped, report.added, report.updated) == (0, 10, 0, 0)     # nothing re-read
    path = project_dir / PO_RU
    catalogue = read_po(path)
    catalogue.messages[1].msgstr = "Новый перевод заголовка"
    path.write_text(format_po(catalogue), encoding="utf-8")
    report, read, skipped = sync_project(memory, project)
    assert (read, skipped, report.added, report.updated) == (1, 9, 0, 1)
    assert memory.lookup(catalogue.messages[1].msgid, "ru")[0].target == "Новый перевод заголовка"
    # a catalogue read again (as a session reads it at start) costs one stat: nothing is compared or written
    fresh = read_po(path)
    fresh.path = path
    assert sync_catalogue(memory, project, fresh, "ru") is None
    units = list(memory.units())
    session = Session(project_dir).load()
    assert list(memory.units()) == units
    session.memory.close()
    memory.close()


def test_newer_memory_unit_is_not_overwritten_by_an_older_catalogue(tmp_path: Path) -> None:
    project_dir = copy_project(tmp_path / "p", with_locale=True)
    project = load_project(project_dir)
    memory = _memory(project_dir)
    catalogue = read_po(project_dir / PO_RU)
    msgid = catalogue.messages[1].msgid
    # a teammate confirmed a newer translation (far in the future: newer than any file here)
    memory.add([StoredUnit(msgid, "Перевод коллеги", "en", "ru", PO_RU, "confirm", "2999-01-01T00:00:00Z",
                           "2999-01-01T00:00:00Z", "Teammate", "Teammate")])
    sync_project(memory, project)
    assert memory.lookup(msgid, "ru")[0].target == "Перевод коллеги"
    memory.close()


def test_unreachable_team_server_falls_back_to_the_local_memory(tmp_path: Path) -> None:
    pytest.importorskip("psycopg")
    project = copy_project(tmp_path / "p", with_locale=True)
    toml = project / "workbench.toml"
    toml.write_text(toml.read_text(encoding="utf-8") +
                    f'memory = "postgresql://wb@/none?host={tmp_path}&port=9&connect_timeout=1"\n', encoding="utf-8")
    session = Session(project).load()
    name = "01-initial-report"
    msgid = session.document(name).segments[0].msgid
    assert session.suggestions("ru", msgid)[0].exact          # the local memory answers
    assert session.memory_notice == "team memory unreachable: local memory"
    error = session.take_memory_error()
    assert error is not None and "unreachable" in error and "local memory" in error
    assert session.take_memory_error() is None
    session.save_translation(name, "ru", msgid, "Казахстан: первое сообщение (правка)")
    local = _memory(project)
    assert local.lookup(msgid, "ru")[0].target == "Казахстан: первое сообщение (правка)"
    local.close()
    session.memory.close()


def test_update_from_memory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A new sentence in a source: `update --from-memory` merges, then fills it name-aware."""
    project = copy_project(tmp_path / "p", with_locale=True)
    assert main(["-C", str(project), "memory", "sync"]) == 0
    seed = project / "seeds" / "02-russian-socialist-movement.txt"
    new = "At the same time, troops were brought to Almaty, Aktau and Kyzylorda."
    seed.write_text(seed.read_text(encoding="utf-8").rstrip("\n") + f"\n\n{new}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["-C", str(project), "update", "--from-memory", "--min-score", "90"]) == 0
    assert "2 name-aware" in capsys.readouterr().out
    ru = read_po(project / "locale/ru/LC_MESSAGES/02-russian-socialist-movement.po").get(new)
    kk = read_po(project / "locale/kk/LC_MESSAGES/02-russian-socialist-movement.po").get(new)
    assert ru.msgstr == "Одновременно войска были введены в Алматы, Актау и Кызылорду." and ru.fuzzy
    assert kk.msgstr == "Сонымен бір мезгілде Алматыға, Ақтауға және Қызылордаға әскер енгізілді." and kk.fuzzy
