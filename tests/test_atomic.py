import os

import pytest

from workbench.util.atomic import atomic_write_bytes, atomic_write_text
from workbench.util.errors import WorkbenchError


def test_writes_and_reports_change(tmp_path):
    target = tmp_path / "sub" / "a.po"
    assert atomic_write_text(target, "привет\n") is True
    assert target.read_text(encoding="utf-8") == "привет\n"


def test_identical_content_is_not_rewritten(tmp_path):
    target = tmp_path / "a.po"
    atomic_write_text(target, "x\n")
    os.utime(target, (1, 1))
    assert atomic_write_text(target, "x\n") is False
    assert target.stat().st_mtime == 1


def test_no_temporary_files_left(tmp_path):
    for i in range(5):
        atomic_write_bytes(tmp_path / "f", bytes([i]))
    assert [p.name for p in tmp_path.iterdir()] == ["f"]


def test_keeps_file_mode(tmp_path):
    target = tmp_path / "f"
    target.write_text("a")
    target.chmod(0o600)
    atomic_write_text(target, "b")
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_gives_clear_error_and_keeps_old_file(tmp_path):
    target = tmp_path / "f"
    target.write_text("old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(WorkbenchError) as info:
            atomic_write_text(target, "new")
        assert str(tmp_path) in str(info.value)
    finally:
        tmp_path.chmod(0o700)
    assert target.read_text() == "old"


def test_failed_rename_leaves_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "f"
    target.write_text("old")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(WorkbenchError, match="No space left"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["f"]
