"""The stored results of the name checks (workbench/checks/stored_results.py): a run that takes
unchanged segments' findings from the store says exactly what a run that checks everything says,
a change to anything a finding depends on is checked again, and a damaged or unwritable store
costs only time."""

from __future__ import annotations

import marshal
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import copy_project
from tests.test_checks_cli import make_project
from workbench.checks.combined import run_checks
from workbench.checks.findings import FIELD_NAMES, Finding
from workbench.checks.names.project import cache_folder, run_project
from workbench.checks.stored_results import (
    KEEP_RUNS,
    KEEP_SCOPES,
    MAGIC,
    WHERE_FIELDS,
    ResultStore,
    content_key,
    file_bytes,
    pack,
    read_file,
    unpack,
)
from workbench.cli.main import main
from workbench.gettext import read_po, write_po
from workbench.project import load_project
from workbench.util.errors import ProblemsError


def _results_files(root: Path) -> list[Path]:
    return sorted((root / ".workbench" / "cache").glob("results-*.bin"))


def _fresh(root: Path) -> list[Finding]:
    return run_project(load_project(root), reuse_results=False)


def _stored(root: Path) -> list[Finding]:
    return run_project(load_project(root))


@pytest.fixture()
def bundled(tmp_path: Path) -> Path:
    """A copy of the bundled project (seeds, glossary, ru and kk catalogues)."""
    return copy_project(tmp_path / "bundled", with_locale=True)


def test_a_run_from_the_store_says_what_a_fresh_run_says(bundled: Path) -> None:
    fresh = _fresh(bundled)
    assert not _results_files(bundled)              # a fresh run stores nothing
    first = _stored(bundled)                        # checks everything, stores it
    (stored,) = _results_files(bundled)
    written = stored.read_bytes()
    second = _stored(bundled)                       # everything from the store
    assert fresh == first == second
    assert any(f.language is None for f in fresh) and any(f.language == "kk" for f in fresh)
    assert stored.read_bytes() == written           # nothing new: the file is not written again


def test_the_store_is_what_answers(tmp_path: Path) -> None:
    """Every stored finding taken out of the store: the run reports none, so it read them there."""
    root = make_project(tmp_path / "p")
    assert any(f.language is not None for f in _stored(root)) and any(f.language is None for f in _stored(root))
    (path,) = _results_files(root)
    run, entries = read_file(path)
    for entry in entries.values():
        value = entry[1]
        if isinstance(value, tuple) and len(value) == 2 and _packed(value[0]):
            entry[1] = ((), value[1])           # a source or target result: (findings, names or renderings)
    path.write_bytes(file_bytes(run, entries))
    assert [f.check for f in _stored(root)] == []


def _packed(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(v, tuple) and len(v) == len(FIELD_NAMES) for v in value)


def test_a_changed_translation_is_checked_again(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    before = _stored(root)
    project = load_project(root)
    po = project.po_path("a", "kk")
    catalogue = read_po(po)
    message = next(m for m in catalogue.messages if "Қазақстанға" in m.msgstr)
    message.msgstr = message.msgstr.replace("Қазақстанға", "Қазақстанге")     # wrong vowel harmony
    write_po(catalogue, po)
    after = _stored(root)
    assert after != before and after == _fresh(root)
    assert any(f.offending == "Қазақстанге" and f.language == "kk" for f in after)


def test_moved_and_added_sentences_are_reported_where_they_are_now(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    _stored(root)
    doc = root / "seeds" / "a.txt"
    doc.write_text("A new first paragraph about Almaty and the CSTO.\n\n" + doc.read_text(encoding="utf-8"),
                   encoding="utf-8")
    after = _stored(root)
    assert after == _fresh(root)
    assert any(f.line == 1 and f.path == "seeds/a.txt" for f in after)


def test_a_changed_glossary_is_checked_again_and_a_bad_one_still_an_error(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    _stored(root)
    glossary = root / "glossary.tsv"
    text = glossary.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    kazakhstan = next(line for line in lines if line.startswith("kazakhstan\t") or "\tKazakhstan" in line)
    glossary.write_text("".join(line for line in lines if line is not kazakhstan), encoding="utf-8")
    after = _stored(root)
    assert after == _fresh(root)
    assert not any(f.offending.startswith("Казакстан") for f in after)    # the name is no glossary name now
    assert len(_results_files(root)) == 1       # one store; the glossary is part of each key
    glossary.write_text(text + "broken row without tabs\n", encoding="utf-8")
    with pytest.raises(ProblemsError):
        _stored(root)


def test_qa_findings_come_from_the_store_and_follow_the_style(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    project = load_project(root)
    catalogue = read_po(project.po_path("b", "ru"))
    message = next(m for m in catalogue.messages if m.msgstr)
    message.msgstr = "Он  выступил в Жанаозене, получив 75% голосов ..."     # QA: double space, ellipsis...
    write_po(catalogue, project.po_path("b", "ru"))
    fresh = run_checks(load_project(root), reuse_results=False)
    assert any(f.check.startswith("typo-") for f in fresh)
    assert run_checks(load_project(root)) == fresh == run_checks(load_project(root))
    (path,) = _results_files(root)
    run, entries = read_file(path)
    for entry in entries.values():
        if _packed(entry[1]):
            entry[1] = ()                       # a QA result: its findings
    path.write_bytes(file_bytes(run, entries))
    assert not [f for f in run_checks(load_project(root)) if f.check.startswith("typo-")]
    # another style for Russian: the QA results are not those of the old one (75% is wrong now)
    assert not any(f.check == "number-percent" for f in fresh)
    settings_file = root / "workbench.toml"
    settings_file.write_text(settings_file.read_text(encoding="utf-8") + '\n[workbench.style.ru]\npercent = "space"\n',
                             encoding="utf-8")
    restyled = run_checks(load_project(root))
    assert restyled == run_checks(load_project(root), reuse_results=False)
    assert any(f.check == "number-percent" for f in restyled)


@pytest.mark.parametrize("damage", [b"", b"garbage", MAGIC, MAGIC + b"\xff\x00", MAGIC + marshal.dumps((2, 1, {})),
                                    b"other" + file_bytes(1, {})[5:]])
def test_a_damaged_store_is_ignored_and_replaced(tmp_path: Path, damage: bytes) -> None:
    root = make_project(tmp_path / "p")
    expected = _stored(root)
    (path,) = _results_files(root)
    good = path.read_bytes()
    path.write_bytes(damage)
    assert _stored(root) == expected
    assert path.read_bytes() == good


def test_truncated_or_altered_store_is_ignored(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    expected = _stored(root)
    (path,) = _results_files(root)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 2])
    assert _stored(root) == expected
    altered = bytearray(good)
    altered[-20] ^= 0x01           # one bit of the content: marshal might still read it, the checksum does not
    path.write_bytes(bytes(altered))
    assert read_file(path) is None
    assert _stored(root) == expected


def test_a_folder_that_cannot_be_written_costs_only_time(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    expected = _fresh(root)
    (root / ".workbench").mkdir(exist_ok=True)
    shutil.rmtree(cache_folder(load_project(root)), ignore_errors=True)
    cache_folder(load_project(root)).write_text("not a folder", encoding="utf-8")
    assert _stored(root) == expected
    assert _stored(root) == expected


def test_recheck_on_the_command_line_stores_nothing_and_says_the_same(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path / "p")
    code = main(["-C", str(root), "check", "--checks", "names", "--format", "json", "--recheck"])
    rechecked = capsys.readouterr().out
    assert not _results_files(root)
    assert main(["-C", str(root), "check", "--checks", "names", "--format", "json"]) == code
    assert capsys.readouterr().out == rechecked
    assert _results_files(root)
    assert main(["-C", str(root), "check", "--checks", "names", "--format", "json"]) == code
    assert capsys.readouterr().out == rechecked


def test_unused_entries_go_after_some_writing_runs_and_old_scopes_are_removed(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    store = ResultStore(folder, "a" * 64)
    store.put(b"old", 1)
    store.put(b"kept", 2)
    assert store.save()
    for run in range(KEEP_RUNS + 1):
        store = ResultStore(folder, "a" * 64)
        assert store.get(b"kept") == 2
        store.put(f"new {run}".encode(), run)
        assert store.save()
    store = ResultStore(folder, "a" * 64)
    assert store.get(b"old") is None and store.get(b"new 0") is None        # unused for KEEP_RUNS writes
    assert store.get(b"kept") == 2 and store.get(b"new 1") == 1
    for scope in "bcde":
        other = ResultStore(folder, scope * 64)
        other.put(b"x", 1)
        assert other.save()
    assert len(list(folder.glob("results-*.bin"))) == KEEP_SCOPES


def test_content_keys_tell_apart_what_a_join_would_not() -> None:
    assert content_key("target", "ru", "a b", "c") != content_key("target", "ru", "a", "b c")
    assert content_key("x", ((1, "a"),)) != content_key("x", ((1, "b"),))
    assert len(content_key("\ud800 lone surrogate")) == 16


_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
_opt_text = st.none() | _text
_opt_int = st.none() | st.integers(min_value=0, max_value=10**6)


@st.composite
def findings_and_places(draw: st.DrawFn) -> tuple[list[Finding], dict[str, object]]:
    where = {"path": draw(_text), "line": draw(_opt_int), "source": draw(_text), "target": draw(_opt_text),
             "catalogue": draw(_opt_text), "catalogue_line": draw(_opt_int)}
    out = []
    for _ in range(draw(st.integers(min_value=0, max_value=4))):
        fields = {"check": draw(_text), "severity": draw(st.sampled_from(["info", "warning", "error"])),
                  "message": draw(_text), "offending": draw(_text), "suggestion": draw(_opt_text),
                  "referent": draw(_opt_text), "language": draw(_opt_text), "offset": draw(_opt_int)}
        for name in WHERE_FIELDS:       # the segment's own value, or another
            fields[name] = where[name] if draw(st.booleans()) else draw(
                {"line": _opt_int, "catalogue_line": _opt_int, "target": _opt_text, "catalogue": _opt_text}.get(
                    name, _text))
        out.append(Finding(**fields))
    return out, where


@settings(max_examples=300, deadline=None)
@given(findings_and_places(), st.data())
def test_packed_findings_come_back_the_same_and_follow_their_segment(case, data) -> None:
    findings, where = case
    packed = pack(findings, where)
    assert marshal.loads(marshal.dumps(packed)) == packed
    assert unpack(packed, where) == findings
    # the same result used for a segment elsewhere: the fields that were the segment's follow it
    elsewhere = dict(where, path=where["path"] + "/moved", line=(where["line"] or 0) + 1)
    for old, new in zip(findings, unpack(packed, elsewhere), strict=True):
        expected = replace(old, **{name: elsewhere[name] for name in WHERE_FIELDS
                                   if getattr(old, name) == where[name]})
        assert new == expected
    assert all(len(values) == len(FIELD_NAMES) for values in packed)


def test_a_broken_glossary_is_reported_on_a_first_run_stored_or_not(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    glossary = root / "glossary.tsv"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "broken row without tabs\n", encoding="utf-8")
    with pytest.raises(ProblemsError):
        _fresh(root)
    with pytest.raises(ProblemsError):
        _stored(root)
    assert not _results_files(root)
