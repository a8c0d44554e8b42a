"""The rename after the last comparison: another writer landing in that gap is never unlinked.

An editor that does not take the project lock can rename its copy into place after
``atomic_write_bytes`` compared the file and before it renames. The writes below land there
on purpose: the exchange is wrapped so that another program's rename happens right before
it (and, in one test, between it and the swap back). Everything else is the real filesystem.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import workbench.util.atomic as atomic
from workbench.util import rename
from workbench.util.atomic import ChangedOnDisk, atomic_write_bytes, fingerprint


def _supported(folder: Path) -> bool:
    a, b = folder / ".probe-a", folder / ".probe-b"
    a.write_bytes(b"a")
    b.write_bytes(b"b")
    try:
        return rename.exchange(a, b) and a.read_bytes() == b"b"
    finally:
        a.unlink()
        b.unlink()


@pytest.fixture
def exchanging(tmp_path):
    if not _supported(tmp_path):
        pytest.skip("this system or filesystem has no renameat2 RENAME_EXCHANGE")
    return tmp_path


def _land(path: Path, data: bytes) -> None:
    """Another program's save: its own temporary file renamed over *path*."""
    theirs = path.with_name(".their-copy")
    theirs.write_bytes(data)
    os.replace(theirs, path)


def _landing_before(monkeypatch, path: Path, versions: list[bytes]) -> list[int]:
    """Before the n-th exchange (n = 1, 2, …), another program saves versions[n-1] (if any)."""
    calls = [0]
    real = rename.exchange

    def exchange(first, second):
        calls[0] += 1
        if calls[0] <= len(versions):
            _land(path, versions[calls[0] - 1])
        return real(first, second)

    monkeypatch.setattr(atomic, "exchange", exchange)
    return calls


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_save_landing_after_the_comparison_is_kept(exchanging, monkeypatch):
    target = exchanging / "a.po"
    target.write_bytes(b"read")
    calls = _landing_before(monkeypatch, target, [b"the editor's save"])
    with pytest.raises(ChangedOnDisk, match="changed on disk while it was being written"):
        atomic_write_bytes(target, b"ours", expected=fingerprint(b"read"))
    assert target.read_bytes() == b"the editor's save"
    assert calls[0] == 2                      # swapped in, found not the version read, swapped back
    assert _names(exchanging) == ["a.po"]


def test_a_second_save_landing_during_the_swap_back_is_the_one_kept(exchanging, monkeypatch):
    target = exchanging / "a.po"
    target.write_bytes(b"read")
    _landing_before(monkeypatch, target, [b"editor save 1", b"editor save 2"])
    with pytest.raises(ChangedOnDisk):
        atomic_write_bytes(target, b"ours", expected=fingerprint(b"read"))
    assert target.read_bytes() == b"editor save 2"
    assert _names(exchanging) == ["a.po"]


def test_a_file_created_after_the_comparison_is_kept(exchanging, monkeypatch):
    target = exchanging / "new.po"
    real = rename.rename_noreplace

    def noreplace(source, dest):
        _land(target, b"someone else's new file")
        return real(source, dest)

    monkeypatch.setattr(atomic, "rename_noreplace", noreplace)
    with pytest.raises(ChangedOnDisk, match="created on disk"):
        atomic_write_bytes(target, b"ours", expected=None)
    assert target.read_bytes() == b"someone else's new file"
    assert _names(exchanging) == ["new.po"]


def test_a_file_removed_after_the_comparison_is_not_recreated(exchanging, monkeypatch):
    target = exchanging / "a.po"
    target.write_bytes(b"read")
    real = rename.exchange

    def exchange(first, second):
        target.unlink()
        return real(first, second)

    monkeypatch.setattr(atomic, "exchange", exchange)
    with pytest.raises(ChangedOnDisk, match="removed on disk"):
        atomic_write_bytes(target, b"ours", expected=fingerprint(b"read"))
    assert _names(exchanging) == []


def test_an_unchanged_file_is_replaced_with_its_mode_and_no_temp_left(exchanging):
    target = exchanging / "a.po"
    target.write_bytes(b"read")
    target.chmod(0o600)
    assert atomic_write_bytes(target, b"ours", expected=fingerprint(b"read"))
    assert target.read_bytes() == b"ours"
    assert target.stat().st_mode & 0o777 == 0o600
    assert atomic_write_bytes(exchanging / "b.po", b"new", expected=None)
    assert _names(exchanging) == ["a.po", "b.po"]


def test_without_renameat2_the_write_falls_back_to_a_plain_rename(tmp_path, monkeypatch):
    monkeypatch.setattr(rename, "_renameat2", lambda: None)
    target = tmp_path / "a.po"
    target.write_bytes(b"read")
    assert atomic_write_bytes(target, b"ours", expected=fingerprint(b"read"))
    assert atomic_write_bytes(tmp_path / "b.po", b"new", expected=None)
    assert target.read_bytes() == b"ours" and _names(tmp_path) == ["a.po", "b.po"]


def test_exchange_reports_a_missing_name(exchanging):
    (exchanging / "a").write_bytes(b"a")
    with pytest.raises(FileNotFoundError):
        rename.exchange(exchanging / "a", exchanging / "missing")
    with pytest.raises(FileExistsError):
        rename.rename_noreplace(exchanging / "a", exchanging / "a")
