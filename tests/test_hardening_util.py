"""The mechanisms under every command: the one reader of user files, atomic writes that compare
before they rename, the project lock, temporary files left by a crash, text made inert."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from workbench.util.atomic import ChangedOnDisk, atomic_write_bytes, fingerprint, remove_stale_temps
from workbench.util.errors import WorkbenchError
from workbench.util.files import read_input
from workbench.util.lock import ProjectLocked, project_lock
from workbench.util.visible import visible

REPO = Path(__file__).resolve().parent.parent


# -- the one reader ---------------------------------------------------------------------------------
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "x.po"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(WorkbenchError, match=r"x\.po: not a regular file \(a named pipe"):
        read_input(fifo)
    assert time.monotonic() - started < 1


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_is_refused(tmp_path):
    link = tmp_path / "glossary.tsv"
    link.symlink_to("/dev/zero")
    with pytest.raises(WorkbenchError, match="character device"):
        read_input(link)


def test_folder_missing_and_broken_link(tmp_path):
    with pytest.raises(WorkbenchError, match="is a folder"):
        read_input(tmp_path)
    with pytest.raises(WorkbenchError, match="no such file"):
        read_input(tmp_path / "none")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    with pytest.raises(WorkbenchError, match="broken symbolic link"):
        read_input(tmp_path / "dangling")


def test_size_cap(tmp_path):
    big = tmp_path / "big.po"
    big.write_bytes(b"x" * 5000)
    assert read_input(big, limit=5000) == b"x" * 5000
    with pytest.raises(WorkbenchError, match=r"too large to read \(5 KB; the limit is 4 KB"):
        read_input(big, limit=4096)


def test_size_cap_from_the_environment(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Hello there. " * 100_000)
    code = "from workbench.util.files import read_input; import sys; read_input(sys.argv[1])"
    result = subprocess.run([sys.executable, "-c", code, str(big)], capture_output=True, text=True,
                            env={**os.environ, "WORKBENCH_MAX_INPUT_MB": "1"}, check=False)
    assert "too large to read" in result.stderr


# -- atomic writes ----------------------------------------------------------------------------------
def test_compare_before_rename_refuses_to_overwrite(tmp_path):
    target = tmp_path / "a.po"
    target.write_bytes(b"old")
    seen = fingerprint(b"old")
    target.write_bytes(b"someone else's")
    with pytest.raises(ChangedOnDisk, match="changed on disk"):
        atomic_write_bytes(target, b"ours", expected=seen)
    assert target.read_bytes() == b"someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po"]


def test_compare_before_rename_expects_no_file(tmp_path):
    target = tmp_path / "a.po"
    atomic_write_bytes(target, b"new", expected=None)
    with pytest.raises(ChangedOnDisk):
        atomic_write_bytes(target, b"newer", expected=None)
    assert target.read_bytes() == b"new"


def test_compare_before_rename_writes_when_unchanged(tmp_path):
    target = tmp_path / "a.po"
    target.write_bytes(b"old")
    assert atomic_write_bytes(target, b"new", expected=fingerprint(b"old"))
    assert target.read_bytes() == b"new"


def test_symlinked_file_is_written_through(tmp_path):
    real = tmp_path / "shared" / "ru.po"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "locale.po"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"


def test_broken_link_is_not_replaced(tmp_path):
    link = tmp_path / "x.po"
    link.symlink_to(tmp_path / "nowhere.po")
    with pytest.raises(WorkbenchError, match="broken symbolic link"):
        atomic_write_bytes(link, b"new")
    assert link.is_symlink()


def test_stale_temporary_files_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    pid = int(dead.stdout)
    left = tmp_path / "sub" / f".ru.po.wb{pid}.abcd1234.tmp"
    left.parent.mkdir()
    left.write_text("half")
    mine = tmp_path / f".ru.po.wb{os.getpid()}.abcd1234.tmp"
    mine.write_text("being written")
    old_style = tmp_path / ".ru.po.k3j4h5g6.tmp"
    old_style.write_text("old")
    os.utime(old_style, (time.time() - 7200, time.time() - 7200))
    user = tmp_path / "notes.tmp"
    user.write_text("keep")
    removed = remove_stale_temps(tmp_path, recursive=True)
    assert sorted(removed) == sorted([left, old_style])
    assert mine.exists() and user.exists()


# -- the project lock -------------------------------------------------------------------------------
HOLD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from workbench.util.lock import project_lock
    with project_lock(Path(sys.argv[1]), "workbench update"):
        print("held", flush=True)
        time.sleep(60)
""")


def _holder(root: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(root)], stdout=subprocess.PIPE, text=True,
                            cwd=REPO)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_lock_held_by_another_process_names_it(tmp_path):
    proc = _holder(tmp_path)
    try:
        with pytest.raises(ProjectLocked) as info, project_lock(tmp_path, "workbench compile", wait=0.2):
            pass
        message = str(info.value)
        assert f"pid {proc.pid}" in message and "`workbench update`" in message
        assert message.startswith(str(tmp_path / ".workbench" / "lock") + ": another workbench is writing")
    finally:
        proc.kill()
        proc.wait()


def test_lock_left_by_a_killed_process_is_recovered(tmp_path, caplog):
    proc = _holder(tmp_path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert "pid=" in (tmp_path / ".workbench" / "lock").read_text()
    with caplog.at_level("INFO", logger="workbench.io"), project_lock(tmp_path, "workbench update", wait=0):
        pass
    assert any("recovered" in r.getMessage() and str(proc.pid) in r.getMessage() for r in caplog.records)


def test_lock_is_reentrant_within_a_process(tmp_path):
    with project_lock(tmp_path, "ui"), project_lock(tmp_path, "update", wait=0):
        pass
    with project_lock(tmp_path, "again", wait=0):
        pass


def test_waiting_for_the_lock(tmp_path):
    proc = _holder(tmp_path)
    try:
        time.sleep(0.1)
        proc.kill()
        with project_lock(tmp_path, "workbench update", wait=5):
            pass
    finally:
        proc.wait()


# -- inert text ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "shown"), [
    ("plain «text» — Қазақстан", "plain «text» — Қазақстан"),
    ("\x1b]0;owned\x07", "␛]0;owned␇"),
    ("\x1b[31mred\x1b[0m", "␛[31mred␛[0m"),
    ("over\rwrite", "over␍write"),
    ("tab\there", "tab␉here"),
    ("del\x7f", "del␡"),
    ("c1\x9b31m", "c1<U+009B>31m"),
    ("bidi\u202eevil", "bidi<U+202E>evil"),
    (os.fsdecode(b"bad\xffname"), "bad<0xFF>name"),
])
def test_visible(text, shown):
    assert visible(text) == shown


def test_visible_keeps_what_it_is_told():
    assert visible("a\nb\x1b", keep="\n") == "a\nb␛"
