"""The real UI in a real pseudo-terminal: tmux runs ``python -m workbench`` on a copy of the
project; the test types a Cyrillic translation with ``tmux send-keys``, reads the screen with
``tmux capture-pane``, resizes the window, confirms, quits, and checks the catalogue on disk.

Skipped where tmux is not installed (``.ci/run`` installs it).
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers import copy_project
from workbench.gettext import read_po

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed (apt-get install tmux)")


class Tmux:
    """One private tmux server (its own socket) running one session."""

    def __init__(self, env: dict[str, str]) -> None:
        assert TMUX is not None
        self.socket = f"wb-test-{uuid.uuid4().hex[:8]}"
        self.env = env

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run([TMUX, "-L", self.socket, "-f", "/dev/null", *args], env=self.env,
                                capture_output=True, text=True, timeout=20, check=False)
        if check and result.returncode != 0:
            raise AssertionError(f"tmux {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", "wb")

    def alive(self) -> bool:
        return subprocess.run([TMUX, "-L", self.socket, "has-session", "-t", "wb"], env=self.env,
                              capture_output=True, timeout=20, check=False).returncode == 0

    def wait_for(self, what: str, predicate: Callable[[str], bool], timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        shown = ""
        while time.monotonic() < deadline:
            shown = self.screen() if self.alive() else ""
            if predicate(shown):
                return shown
            time.sleep(0.1)
        raise AssertionError(f"waited {timeout:.0f} s for {what}; the screen shows:\n{shown}")

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", "wb", *keys)

    def text(self, text: str) -> None:
        self.run("send-keys", "-t", "wb", "-l", text)


def _wait(predicate: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(f"waited {timeout:.0f} s for {what}")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TMUX")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color",
               XDG_CONFIG_HOME=str(tmp_path / "config"), TEXTUAL_ANIMATIONS="none")
    server = Tmux(env)
    try:
        yield server
    finally:
        server.run("kill-server", check=False)


def test_translate_confirm_and_quit_in_a_real_terminal(tmp_path: Path, tmux: Tmux) -> None:
    project = copy_project(tmp_path / "project")
    command = f"cd {shlex.quote(str(project))} && exec {shlex.quote(sys.executable)} -m workbench"
    tmux.run("new-session", "-d", "-s", "wb", "-x", "100", "-y", "30", command)
    tmux.wait_for("the overview", lambda s: "Overview" in s and "Kazakhstan: Initial Report" in s
                  and "loading" not in s)

    tmux.keys("Enter")
    tmux.wait_for("the editor on segment 1", lambda s: "Russian (ru)" in s and "1/24" in s)
    translation = "Казахстан: первый отчёт о восстании, от Айнура Курманова"
    tmux.text(translation)
    screen = tmux.wait_for("the typed text", lambda s: "edited" in s and "Курманова" in s)
    assert "Казахстан: первый отчёт" in screen

    # a resize rewraps the box at once: every word is on the screen, no key needed
    tmux.run("resize-window", "-t", "wb", "-x", "80", "-y", "24")
    tmux.wait_for("the box rewrapped at 80 columns",
                  lambda s: all(word in s for word in translation.split()) and len(s.splitlines()[0]) <= 80)
    tmux.run("resize-window", "-t", "wb", "-x", "100", "-y", "30")
    screen = tmux.wait_for("the box rewrapped at 100 columns",
                           lambda s: all(word in s for word in translation.split()) and "1/24" in s)
    box = [line for line in screen.splitlines() if line.startswith("▊ ")]
    # (the box's text is what stands before its right edge «▎»; an empty row of the box is only
    # spaces there — stripping the edge first would read the panel beside it as box text)
    words = " ".join(line.split("▎")[0].strip("▊ ") for line in box).split()
    assert words == translation.split(), box

    tmux.keys("C-s")
    po = project / "locale" / "ru" / "LC_MESSAGES" / "01-initial-report.po"
    first = "Kazakhstan: Initial Report"

    def saved() -> bool:
        try:
            message = read_po(po).get(first)
        except Exception:
            return False
        return message is not None and message.msgstr == translation

    _wait(saved, "the confirmed translation in the catalogue")
    tmux.wait_for("the next segment", lambda s: "2/24" in s)

    tmux.keys("C-q")
    _wait(lambda: not tmux.alive(), "the workbench to quit")
    message = read_po(po).get(first)
    assert message is not None and message.msgstr == translation and not message.fuzzy
    assert not (project / ".workbench" / "drafts.json").exists()


def test_escape_sequences_in_data_do_not_reach_the_terminal(tmp_path: Path, tmux: Tmux) -> None:
    """The window title is what tmux says it is: a source line with ``ESC ] 2 ; …`` must not change it."""
    project = copy_project(tmp_path / "project")
    source = project / "seeds" / "01-initial-report.txt"
    source.write_text("Title \x1b]2;PWNED\x07 with \x1b[41mred\x1b[0m\n\n" + source.read_text(encoding="utf-8"),
                      encoding="utf-8")
    command = f"cd {shlex.quote(str(project))} && exec {shlex.quote(sys.executable)} -m workbench"
    tmux.run("new-session", "-d", "-s", "wb", "-x", "100", "-y", "30", command)
    screen = tmux.wait_for("the overview", lambda s: "Overview" in s and "␛]2;PWNED␇" in s)
    assert "PWNED" not in tmux.run("display-message", "-p", "-t", "wb", "#{pane_title}")
    tmux.keys("Enter")
    screen = tmux.wait_for("the editor", lambda s: "Russian (ru)" in s)
    assert "␛]2;PWNED␇ with ␛[41mred␛[0m" in screen
    assert "PWNED" not in tmux.run("display-message", "-p", "-t", "wb", "#{pane_title}")
    tmux.keys("C-q")
    _wait(lambda: not tmux.alive(), "the workbench to quit")
