"""Running the malformed-input corpus and judging each outcome.

Every case runs in a worker process (``python -m tests.faults.runner --worker``), which builds a
fresh project, damages it, and calls the command line in-process under a timer. The parent hands
out the cases and watches the worker: one that dies is a **crash** of that case, one that stops
answering is a **hang** (the worker is replaced and the run goes on).

Verdicts:

* **clean error** — exit code 1 (2 for a usage error), every line of stderr is ``path:line:
  message`` or ``path: message`` (or ``workbench: message``), it names the damaged file, and no
  file of the project changed;
* **handled** — exit code 0, every catalogue the command wrote reads back (and, where GNU gettext
  is installed, passes ``msgfmt --check``), a glossary it wrote loads, an export is valid XML or
  has no spreadsheet formula, and nothing was lost;
* **crash** — a traceback, an exception out of ``main``, an exit code other than 0, 1 or 2;
* **hang** — still running after :data:`HANG_SECONDS`;
* **wrong** — an error that is not ``path: message``, names another file, or comes with a
  changed file; or success with an output that does not read back;
* **lost** — success, but a translation (or a glossary referent) the input held is gone.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

from .corpus import MAX_INPUT_MB, Case, build_corpus
from .project import REPO, files, make_project

VERDICTS = ("clean error", "handled", "crash", "hang", "wrong", "lost")
HANG_SECONDS = 20.0
_ERROR_LINE = re.compile(r"^(?:workbench: .+|\S.*?: .+)$")


@dataclass
class Outcome:
    ident: str
    kind: str
    verdict: str
    detail: str = ""
    seconds: float = 0.0
    msgfmt: str = ""            # the peer on a damaged PO/POT: "accepts", "rejects" or "" (not run)


class _Hang(BaseException):
    pass


def _translated(path: Path, by_message: bool = False) -> set[str] | None:
    """:func:`_translations`, or with *by_message* the msgids that have a translation (an import
    from a CAT tool may change a translation; it must not take one away)."""
    if not by_message:
        return _translations(path)
    from workbench.gettext import read_po
    from workbench.util.errors import WorkbenchError

    try:
        return {m.msgid for m in read_po(path).messages if m.translated and not m.obsolete}
    except (WorkbenchError, OSError):
        return None


def _translations(path: Path) -> set[str] | None:
    """The translated texts of a catalogue as read by us, or by polib if we refuse it; None if neither can."""
    from workbench.gettext import read_po
    from workbench.util.errors import WorkbenchError

    if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_INPUT_MB * 1024 * 1024:
        return None
    try:
        catalogue = read_po(path)
        return {t for m in catalogue.messages for t in (m.msgstr, *m.msgstr_plural.values()) if t}
    except WorkbenchError:
        pass
    try:
        import polib

        return {t for e in polib.pofile(str(path)) for t in (e.msgstr, *e.msgstr_plural.values()) if t}
    except Exception:
        return None


def _catalogues(root: Path) -> list[Path]:
    locale = root / "locale"
    if locale.is_symlink() or not locale.is_dir():
        return []
    return sorted(p for p in locale.rglob("*.po*") if p.suffix in (".po", ".pot"))


def _msgfmt_ok(path: Path) -> bool:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None or path.suffix != ".po":
        return True
    return subprocess.run([msgfmt, "--check", "-o", os.devnull, str(path)], capture_output=True,
                          check=False).returncode == 0


def _msgfmt_verdict(path: Path) -> str:
    """GNU ``msgfmt --check`` on the damaged file (regular files only: a pipe would block it)."""
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None or path.is_symlink() or not path.is_file():
        return ""
    try:
        done = subprocess.run([msgfmt, "--check", "-o", os.devnull, str(path)], capture_output=True, check=False,
                              timeout=30)
    except subprocess.TimeoutExpired:
        return "hangs"
    return "accepts" if done.returncode == 0 else "rejects"


def judge(case: Case, root: Path, code: int, err: str, before: dict[str, bytes],
          texts_before: dict[Path, set[str] | None], referents_before: set[str] | None) -> tuple[str, str]:
    """The verdict and a detail line for one finished run."""
    from workbench.gettext import read_po
    from workbench.glossary import load_glossary
    from workbench.util.errors import WorkbenchError

    if "Traceback" in err:
        return "crash", err.strip().splitlines()[-1]
    if code not in (0, 1, 2):
        return "crash", f"exit code {code}"
    after = files(root)
    changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    if code != 0:
        lines = err.strip().splitlines()
        if not lines or not all(_ERROR_LINE.match(line) for line in lines):
            return "wrong", f"not a path: message error: {err.strip()[:200]!r}"
        if case.blame and case.blame not in err and not (case.blame == "seeds/" and "seeds" in err):
            return "wrong", f"the error does not name {case.blame}: {lines[0][:200]!r}"
        if changed:
            return "wrong", f"error, yet changed: {', '.join(changed[:4])}"
        return "clean error", lines[0][:200]
    for name in changed:
        path = root / name
        if path.suffix in (".po", ".pot") and path.is_file():
            try:
                read_po(path)
            except WorkbenchError as exc:
                return "wrong", f"wrote {name}, which does not read back: {exc}"
            if not _msgfmt_ok(path):
                return "wrong", f"wrote {name}, which msgfmt --check rejects"
        if path.name == "glossary.tbx":
            import xml.etree.ElementTree as ET
            try:
                ET.parse(path)
            except ET.ParseError as exc:
                return "wrong", f"glossary.tbx is not XML: {exc}"
        if path.name == "glossary.csv" and re.search(r"(^|,)[=+@-]", path.read_text(encoding="utf-8"), re.M):
            return "wrong", "a spreadsheet formula in glossary.csv"
    for path, texts in texts_before.items():
        if texts is None or not path.is_file():
            continue
        rel = path.relative_to(root).as_posix()
        if rel not in changed:
            continue
        now = _translated(path, by_message=case.kind == "exchange") or set()
        missing = texts - now
        if missing:
            return "lost", f"{rel}: {len(missing)} translation(s) gone, e.g. {sorted(missing)[0][:60]!r}"
    if referents_before is not None and "glossary.tsv" in changed:
        try:
            now_ids = {r.id for r in load_glossary(root / "glossary.tsv").referents}
        except WorkbenchError as exc:
            return "wrong", f"wrote glossary.tsv, which does not load: {exc}"
        if referents_before - now_ids:
            return "lost", f"glossary.tsv: referents gone: {sorted(referents_before - now_ids)[:3]}"
    return "handled", f"exit 0, {len(changed)} file(s) changed"


def run_case(case: Case, workdir: Path) -> Outcome:
    """Build, damage, run and judge one case (inside the worker)."""
    from workbench.cli import main
    from workbench.glossary import load_glossary
    from workbench.util.errors import WorkbenchError

    root = make_project(workdir / "p")
    case.mutate(root)
    peer = _msgfmt_verdict(root / case.target) if case.kind in ("po", "pot") else ""
    before = files(root)
    texts_before = {path: _translated(path, by_message=case.kind == "exchange") for path in _catalogues(root)}
    referents_before: set[str] | None = None
    with contextlib.suppress(WorkbenchError, OSError):
        referents_before = {r.id for r in load_glossary(root / "glossary.tsv").referents}
    command = list(case.command)
    if command[:2] in (["glossary", "import"], ["memory", "import"]):
        command[2] = str(root / command[2])
    elif command[0] == "import":
        command[1] = str(root / command[1])
    out, err = io.StringIO(), io.StringIO()
    started = time.monotonic()
    cwd = os.getcwd()

    def alarm(_signum: int, _frame: object) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        os.chdir(root)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["-C", str(root), *command])
    except _Hang:
        return Outcome(case.ident, case.kind, "hang", f"still running after {HANG_SECONDS:.0f} s",
                       time.monotonic() - started)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    except BaseException as exc:  # a crash: anything that escapes main()
        signal.setitimer(signal.ITIMER_REAL, 0)
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return Outcome(case.ident, case.kind, "crash", last, time.monotonic() - started)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        os.chdir(cwd)
    seconds = time.monotonic() - started
    verdict, detail = judge(case, root, code, err.getvalue(), before, texts_before, referents_before)
    return Outcome(case.ident, case.kind, verdict, detail, seconds, peer)


# -- the worker and its parent --------------------------------------------------------------------------
def worker() -> None:
    """Read case numbers on stdin, answer one JSON outcome per line on the original stdout."""
    channel = os.fdopen(os.dup(1), "w", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    corpus = build_corpus()
    for line in sys.stdin:
        index = int(line)
        with tempfile.TemporaryDirectory(prefix="wb-fault-") as tmp:
            outcome = run_case(corpus[index], Path(tmp))
        channel.write(json.dumps(asdict(outcome)) + "\n")


class _Worker:
    def __init__(self) -> None:
        env = {**os.environ, "WORKBENCH_MAX_INPUT_MB": str(MAX_INPUT_MB), "PYTHONDONTWRITEBYTECODE": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.faults.runner", "--worker"], cwd=REPO,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                     text=True, env=env, start_new_session=True)

    def run(self, index: int, case: Case) -> Outcome | None:
        """The outcome, or None when the worker died or stopped answering (it is then gone)."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        try:
            self.proc.stdin.write(f"{index}\n")
            self.proc.stdin.flush()
        except BrokenPipeError:
            return None
        ready, _, _ = select.select([self.proc.stdout], [], [], HANG_SECONDS + 30)
        if not ready:
            self.stop()
            return Outcome(case.ident, case.kind, "hang", "the worker stopped answering", HANG_SECONDS + 30)
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            return Outcome(case.ident, case.kind, "crash", f"the worker died (exit code {code})")
        return Outcome(**json.loads(line))

    def stop(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()


def run_corpus(cases: list[Case] | None = None, progress: bool = False) -> list[Outcome]:
    """Run *cases* (default: the whole corpus) and return their outcomes, in order."""
    corpus = build_corpus()
    wanted = corpus if cases is None else cases
    index_of = {case.ident: i for i, case in enumerate(corpus)}
    outcomes: list[Outcome] = []
    worker_proc: _Worker | None = None
    try:
        for n, case in enumerate(wanted, 1):
            if worker_proc is None:
                worker_proc = _Worker()
            outcome = worker_proc.run(index_of[case.ident], case)
            assert outcome is not None
            if (outcome.verdict in ("crash", "hang") and worker_proc.proc.poll() is not None) or outcome.detail == "the worker stopped answering":
                worker_proc = None
            outcomes.append(outcome)
            if progress:
                print(f"\r{n}/{len(wanted)} {case.ident[:70]:<70}", end="", file=sys.stderr, flush=True)
    finally:
        if worker_proc is not None:
            worker_proc.stop()
        if progress:
            print(file=sys.stderr)
    return outcomes


if __name__ == "__main__":
    if sys.argv[1:] == ["--worker"]:
        worker()
