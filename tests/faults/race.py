"""An outside editor racing ``workbench update`` and the terminal UI's save.

The editor is a process that does what a translator's editor does: read the catalogue, change
one message, write the file back through a temporary file and a rename — over and over, a few
milliseconds apart, on messages 10–14 of a catalogue. Against it run, on the same catalogue:

* ``update`` — in a loop, each time after a new sentence is added to the source, so that every
  run rewrites the catalogue;
* the UI's save (the Session API in another process) — confirming messages 0–4 in a loop.

Afterwards every message holds the last value its writer saved. An editor save that ``update``
or the session wrote over is **lost**: the workbench must never do that. The editor, like
a real one, does not merge: it writes back a whole copy of the file, and when it read that copy
before a confirm of the session landed and renames it after, it writes over the confirm. That
is the editor's doing, which no program can prevent in another; it is counted apart
(*overwritten by the editor*), and a confirm missing without such an editor write is lost.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .project import REPO

DOC = "01-initial-report"
PO = f"locale/ru/LC_MESSAGES/{DOC}.po"
EDITOR_START, EDITOR_SPAN = 10, 5
SESSION_START, SESSION_SPAN = 0, 5


@dataclass
class RaceResult:
    name: str
    rounds: int = 0
    editor_saves: int = 0
    other_writes: int = 0          # update runs, or the session's saves
    remerged: int = 0              # update found the file changed before its rename and merged again
                                   # (-1: not counted; the session merges inside its save)
    gave_up: int = 0               # update stopped without writing (the file kept changing)
    overwritten_by_editor: int = 0  # the editor renamed a copy read before our save over it (its doing)
    lost: int = 0
    details: list[str] = field(default_factory=list)


def _project(dest: Path) -> Path:
    from tests.helpers import copy_project

    root = copy_project(dest, with_locale=True)
    (root / "workbench.toml").write_text('[workbench]\nname = "workbench-seeds"\nlanguages = ["ru", "kk"]\n',
                                         encoding="utf-8")
    return root


def _start(argv: list[str]) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-m", "tests.faults.child", *argv], cwd=REPO, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdin is not None
    if proc.stdout.readline().strip() != "ready":
        proc.kill()
        raise RuntimeError(f"{argv[0]} did not start: {proc.communicate()[1][-500:]}")
    return proc


@dataclass(frozen=True)
class Save:
    index: int
    text: str
    start: float       # session: the save began; editor: it read the file
    end: float         # session: the save returned; editor: it renamed its copy over the file


def _save_lines(out: str) -> list[Save]:
    saves = []
    for line in out.splitlines():
        if line.startswith("saved "):
            _, index, text, start, end = line.split(" ")
            saves.append(Save(int(index), text, float(start), float(end)))
    return saves


def _saves(out: str) -> dict[int, str]:
    """index -> the last text saved there."""
    return {save.index: save.text for save in _save_lines(out)}


def _live(root: Path) -> list[tuple[str, str]]:
    from workbench.gettext import read_po

    return [(m.msgid, m.msgstr) for m in read_po(root / PO).messages if not m.obsolete and m.msgid]


def _verify(result: RaceResult, root: Path, expected: dict[int, str], who: str, label: str,
            stale: Callable[[int], bool] | None = None) -> None:
    """Each message must hold the last text *who* saved; *stale(index)* says that the editor
    wrote a copy read before that save landed over it (the editor's doing, counted apart)."""
    live = _live(root)
    for index, text in expected.items():
        if live[index][1] == text:
            continue
        if stale is not None and stale(index):
            result.overwritten_by_editor += 1
            continue
        result.lost += 1
        result.details.append(f"{result.name} {label}: message {index} holds {live[index][1][:30]!r}, "
                              f"{who} saved {text!r}")


def race_update(rounds: int, seconds: float = 2.0) -> RaceResult:
    from workbench.cli import main

    result = RaceResult("editor vs update")
    for r in range(rounds):
        with tempfile.TemporaryDirectory(prefix="wb-race-") as tmp:
            root = _project(Path(tmp) / "p")
            editor = _start(["editor", str(root), PO, str(EDITOR_START), str(EDITOR_SPAN), f"editor-{r}-",
                             str(seconds)])
            assert editor.stdin is not None
            editor.stdin.write("go\n")
            editor.stdin.flush()
            source = root / "seeds" / f"{DOC}.txt"
            n = 0
            while editor.poll() is None:
                with source.open("a", encoding="utf-8") as handle:
                    handle.write(f"\nA sentence added in round {r}, number {n}.\n")
                out, err = io.StringIO(), io.StringIO()
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    code = main(["-C", str(root), "update"])
                result.other_writes += 1
                result.remerged += out.getvalue().count("changed on disk meanwhile")
                if code != 0:
                    if "kept changing on disk" in err.getvalue():
                        result.gave_up += 1
                    else:
                        result.details.append(f"update failed: {err.getvalue().strip()[:200]}")
                n += 1
            out_text, _ = editor.communicate()
            saves = _saves(out_text)
            result.editor_saves += sum(1 for line in out_text.splitlines() if line.startswith("saved "))
            result.rounds += 1
            _verify(result, root, saves, "the editor", f"round {r}")
    return result


def _collect(outputs: dict[str, str], name: str, proc: subprocess.Popen[str]) -> None:
    outputs[name] = proc.communicate()[0]


def race_session(rounds: int, seconds: float = 2.0, saves: int = 40) -> RaceResult:
    result = RaceResult("editor vs the UI's save", remerged=-1)
    for r in range(rounds):
        with tempfile.TemporaryDirectory(prefix="wb-race-") as tmp:
            root = _project(Path(tmp) / "p")
            session = _start(["save", str(root), DOC, "ru", str(SESSION_START), str(saves), f"ui-{r}-",
                              str(SESSION_SPAN)])
            editor = _start(["editor", str(root), PO, str(EDITOR_START), str(EDITOR_SPAN), f"editor-{r}-",
                             str(seconds)])
            for proc in (session, editor):
                assert proc.stdin is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
            outputs: dict[str, str] = {}
            threads = [threading.Thread(target=_collect, args=(outputs, name, proc))
                       for name, proc in (("session", session), ("editor", editor))]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            result.rounds += 1
            result.editor_saves += outputs["editor"].count("\nsaved ") + outputs["editor"].startswith("saved ")
            result.other_writes += sum(1 for line in outputs["session"].splitlines() if line.startswith("saved "))
            if session.returncode != 0:
                result.details.append(f"round {r}: the session stopped (exit {session.returncode})")
            editor_saves = _save_lines(outputs["editor"])
            session_saves = _save_lines(outputs["session"])
            last_session = {save.index: save for save in session_saves}

            def stale(index: int, last_session: dict[int, Save] = last_session,
                      editor_saves: list[Save] = editor_saves) -> bool:
                ours = last_session[index]
                return any(w.start < ours.end and w.end > ours.start for w in editor_saves)

            _verify(result, root, _saves(outputs["editor"]), "the editor", f"round {r}")
            _verify(result, root, _saves(outputs["session"]), "the session", f"round {r}", stale)
    return result
