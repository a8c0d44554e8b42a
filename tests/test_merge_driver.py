"""The git merge driver for catalogues, with the real git in a temporary repository: both
sides' changes kept, a message translated differently on both sides kept as fuzzy with the
other version in a comment, never a conflict marker, the result exactly what GNU writes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import copy_project
from workbench.cli import main
from workbench.gettext import Catalogue, Message, format_po, read_po, write_po
from workbench.services.gitmerge import CONFLICT_COMMENT, merge_catalogues

GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")
DOC = "locale/ru/LC_MESSAGES/01-initial-report.po"


def git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GIT_AUTHOR_NAME": "T", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "T",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root.parent)}
    return subprocess.run([GIT, "-C", str(root), *args], capture_output=True, text=True, check=check, env=env)


def edit(root: Path, changes: dict[int, str], *, comment: tuple[int, str] | None = None) -> list[str]:
    """Translate the messages at these indexes (of the live ones); return their msgids."""
    path = root / DOC
    catalogue = read_po(path)
    live = catalogue.live()
    for index, text in changes.items():
        live[index].msgstr = text
        live[index].fuzzy = False
    if comment is not None:
        live[comment[0]].translator_comments.append(comment[1])
    write_po(catalogue, path)
    return [live[i].msgid for i in changes]


@pytest.fixture
def repo(tmp_path):
    root = copy_project(tmp_path / "repo")
    assert main(["-C", str(root), "-q", "update"]) == 0
    git(root, "init", "-q", "-b", "main")
    assert main(["-C", str(root), "-q", "merge-po", "--setup"]) == 0
    assert "*.po merge=workbench-po" in (root / ".gitattributes").read_text()
    assert "merge-po %O %A %B %P" in git(root, "config", "merge.workbench-po.driver").stdout
    edit(root, {0: "Казахстан: первый отчёт", 1: "Второе", 2: "Третье", 3: "Четвёртое"})
    git(root, "add", "-A")
    git(root, "commit", "-qm", "base")
    return root


@needs_git
def test_unrelated_changes_on_both_sides_are_kept(repo):
    git(repo, "checkout", "-qb", "theirs")
    edit(repo, {2: "Третье, их правка", 5: "Шестое, новое у них"})
    git(repo, "commit", "-qam", "theirs")
    git(repo, "checkout", "-q", "main")
    edit(repo, {1: "Второе, наша правка", 6: "Седьмое, новое у нас"}, comment=(3, "checked by us"))
    git(repo, "commit", "-qam", "ours")
    result = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    text = (repo / DOC).read_text(encoding="utf-8")
    assert "<<<<<<<" not in text and ">>>>>>>" not in text
    live = read_po(repo / DOC).live()
    assert [m.msgstr for m in live[1:7]] == ["Второе, наша правка", "Третье, их правка", "Четвёртое",
                                             live[4].msgstr, "Шестое, новое у них", "Седьмое, новое у нас"]
    assert live[3].translator_comments == ["checked by us"]
    assert not any(m.fuzzy for m in live[:7])
    _gettext_identical(repo / DOC)


@needs_git
def test_a_message_changed_differently_is_fuzzy_with_theirs_in_a_comment(repo):
    git(repo, "checkout", "-qb", "theirs")
    edit(repo, {1: "Второе — вариант \"их\"\nс переносом"})
    git(repo, "commit", "-qam", "theirs")
    git(repo, "checkout", "-q", "main")
    [msgid] = edit(repo, {1: "Второе — наш вариант"})
    git(repo, "commit", "-qam", "ours")
    result = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "translated differently on both sides" in result.stderr + result.stdout
    message = read_po(repo / DOC).get(msgid)
    assert message is not None
    assert message.msgstr == "Второе — наш вариант" and message.fuzzy
    assert message.translator_comments == [CONFLICT_COMMENT + '"Второе — вариант \\"их\\"\\nс переносом"']
    _gettext_identical(repo / DOC)


@needs_git
def test_update_on_one_side_translations_on_the_other(repo):
    git(repo, "checkout", "-qb", "theirs")
    [msgid] = edit(repo, {4: "Пятое, переведено у них"})
    git(repo, "commit", "-qam", "theirs translate")
    git(repo, "checkout", "-q", "main")
    source = repo / "seeds/01-initial-report.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(msgid, msgid.rstrip(".") + " today."),
                      encoding="utf-8")
    assert main(["-C", str(repo), "-q", "update"]) == 0
    git(repo, "commit", "-qam", "source edited, update")
    result = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    # their translation survives the merge, and the next update keeps it (obsolete, as msgmerge
    # does when the changed sentence already has an entry of its own)
    old = read_po(repo / DOC).get(msgid)
    assert old is not None and old.msgstr == "Пятое, переведено у них"
    assert main(["-C", str(repo), "-q", "update"]) == 0
    old = read_po(repo / DOC).get(msgid)
    assert old is not None and old.obsolete and old.msgstr == "Пятое, переведено у них"
    assert read_po(repo / DOC).get(msgid.rstrip(".") + " today.") is not None
    _gettext_identical(repo / DOC)


@needs_git
def test_an_unreadable_side_leaves_ours_and_git_reports_the_conflict(repo):
    git(repo, "checkout", "-qb", "theirs")
    (repo / DOC).write_text('msgid "a"\nmsgstr "\\q"\n', encoding="utf-8")
    git(repo, "commit", "-qam", "broken")
    git(repo, "checkout", "-q", "main")
    edit(repo, {1: "Второе, наше"})
    git(repo, "commit", "-qam", "ours")
    ours = (repo / DOC).read_bytes()
    result = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert result.returncode != 0
    assert "invalid control sequence" in result.stderr + result.stdout
    assert (repo / DOC).read_bytes() == ours          # ours, and no conflict markers


def _gettext_identical(path: Path) -> None:
    data = path.read_bytes()
    assert format_po(read_po(path)).encode("utf-8") == data
    if shutil.which("msgcat"):
        assert subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout == data
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "--check", "-o", os.devnull, str(path)], check=True, capture_output=True)


# -- the merge itself, without git ---------------------------------------------------------------------
def _cat(*messages: Message) -> Catalogue:
    return Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8"}, messages=list(messages))


def test_three_way_rules():
    base = _cat(Message("a", "A"), Message("b", "B"), Message("c", "C"), Message("d", "D"))
    ours = _cat(Message("a", "A1"), Message("b", "B"), Message("c", "C1"), Message("e", "E-ours"))
    theirs = _cat(Message("a", "A"), Message("b", "B2"), Message("c", "C2"), Message("d", "D"),
                  Message("f", "F-theirs"))
    result = merge_catalogues(base, ours, theirs)
    got = {m.msgid: (m.msgstr, m.fuzzy) for m in result.catalogue.messages}
    assert got == {"a": ("A1", False), "b": ("B2", False), "c": ("C1", True), "e": ("E-ours", False),
                   "f": ("F-theirs", False)}          # d: deleted by us, unchanged by them
    assert result.conflicts == [(None, "c")]
    # a message only theirs has goes right after the message it follows in theirs
    assert [m.msgid for m in result.catalogue.messages] == ["a", "b", "c", "f", "e"]


def test_dates_take_the_later_one():
    base = _cat(Message("a", "A"))
    base.metadata["PO-Revision-Date"] = "2024-01-01 00:00+0000"
    ours, theirs = _cat(Message("a", "A1")), _cat(Message("b", "B"), Message("a", "A"))
    ours.metadata["PO-Revision-Date"] = "2024-03-01 00:00+0000"
    theirs.metadata["PO-Revision-Date"] = "2024-02-01 00:00+0000"
    result = merge_catalogues(base, ours, theirs)
    assert result.catalogue.metadata["PO-Revision-Date"] == "2024-03-01 00:00+0000"
    assert [m.msgid for m in result.catalogue.messages] == ["b", "a"]


def test_init_sets_the_driver_up_in_a_git_repository(tmp_path):
    if GIT is None:
        pytest.skip("git is not installed")
    root = tmp_path / "new"
    root.mkdir()
    git(root, "init", "-q")
    assert main(["-q", "init", str(root), "--languages", "ru"]) == 0
    assert (root / ".gitattributes").read_text() == "*.po merge=workbench-po\n*.pot merge=workbench-po\n"
    assert git(root, "config", "merge.workbench-po.driver").stdout.strip() == "workbench merge-po %O %A %B %P"
