"""``kill -9`` at random points of ``update``, ``compile``, ``glossary import`` and the UI's save.

Each scenario is first run to the end on a copy of the project, giving every file's *new*
version. A trial runs it on a fresh copy and kills it after a random delay drawn from the
whole length of the work (measured by that first run). Then:

* every file must be its old or its new version — never a torn one, never a third thing
  (for ``update`` the two header dates, which carry the time of the run, are masked);
* no translation may be lost: every translated text of the catalogues before (and, for the
  UI's save, every translation whose save had returned) must be on disk;
* running the command again must succeed (the lock of the killed process is recovered, its
  temporary files are removed) and give the new versions.
"""

from __future__ import annotations

import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .project import REPO

_DATES = re.compile(rb'^"(?:POT-Creation-Date|PO-Revision-Date): [^"]*\\n"$', re.M)
DOC = "01-initial-report"
PO = f"locale/ru/LC_MESSAGES/{DOC}.po"


@dataclass
class KillResult:
    scenario: str
    trials: int = 0
    killed_mid_write: int = 0          # the kill left some file changed and some not (update, compile)
    killed_while_writing: int = 0      # the kill came after the first write and before the last
    torn: int = 0                      # a file that is neither old nor new
    lost: int = 0                      # a translation gone
    not_recovered: int = 0             # the next run failed or gave something else
    temp_left_after_recovery: int = 0
    details: list[str] = field(default_factory=list)


def _mask(data: bytes) -> bytes:
    return _DATES.sub(b'"DATE"', data)


def _translations(root: Path) -> set[tuple[str, str]]:
    from workbench.gettext import read_po

    out: set[tuple[str, str]] = set()
    for path in sorted((root / "locale").rglob("*.po")):
        for m in read_po(path).messages:
            if m.msgstr:
                out.add((m.msgid, m.msgstr))
    return out


def _texts(root: Path) -> set[str]:
    return {text for _, text in _translations(root)}


# -- projects -----------------------------------------------------------------------------------------
def _bundled(dest: Path) -> Path:
    from tests.helpers import copy_project

    root = copy_project(dest, with_locale=True)
    (root / "workbench.toml").write_text('[workbench]\nname = "workbench-seeds"\nlanguages = ["ru", "kk"]\n',
                                         encoding="utf-8")
    return root


def _edited_sources(root: Path) -> None:
    """Change a sentence in every document: update then rewrites every template and catalogue."""
    for path in sorted((root / "seeds").iterdir()):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        for i in range(len(lines) - 1, -1, -1):
            if len(lines[i]) > 40 and lines[i].rstrip().endswith("."):
                lines[i] = lines[i].rstrip()[:-1] + " indeed."
                break
        path.write_text("\n".join(lines), encoding="utf-8")


def _import_file(root: Path) -> Path:
    """A TBX that adds 400 referents and changes 50: glossary.tsv grows by half."""
    from workbench.glossary import Referent, load_glossary
    from workbench.glossary.exchange import export_tbx

    glossary = load_glossary(root / "glossary.tsv")
    from dataclasses import replace

    from workbench.glossary import Glossary

    changed = [replace(r, ru_admitted=(*r.ru_admitted, f"{r.ru} (вариант)") if r.ru else r.ru_admitted)
               for r in glossary.referents[:50]]
    added = [Referent(f"added-{i}", "place", f"Addedplace {i}", ru=f"Добавленное {i}", kk=f"Қосылған {i}")
             for i in range(400)]
    path = root.parent / "import.tbx"
    path.write_text(export_tbx(Glossary(changed + added)), encoding="utf-8")
    return path


@dataclass
class Scenario:
    name: str
    prepare: Callable[[Path], list[str]]       # the child's arguments after the root
    watched: Callable[[Path], list[Path]]      # the files to check
    save_count: int = 0


def _visible_files(folder: Path) -> list[Path]:
    """The files under *folder*; the temporary files a killed write leaves are the next run's business."""
    if not folder.exists():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def _scenarios() -> dict[str, Scenario]:
    return {
        "update": Scenario("update", lambda root: (_edited_sources(root), [])[1],
                           lambda root: _visible_files(root / "locale")),
        "compile": Scenario("compile", lambda root: [], lambda root: _visible_files(root / "editions")),
        "import": Scenario("import", lambda root: [str(_import_file(root))], lambda root: [root / "glossary.tsv"]),
        "save": Scenario("save", lambda root: [DOC, "ru", "0", "60", "confirmed-"],
                         lambda root: [root / PO], save_count=60),
    }


def _child(scenario: str, root: Path, args: list[str]) -> subprocess.Popen[str]:
    what = "save" if scenario == "save" else scenario
    argv = [sys.executable, "-m", "tests.faults.child", what, str(root), *args]
    proc = subprocess.Popen(argv, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        raise RuntimeError(f"the {scenario} child did not start: {line!r}")
    return proc


def _go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("go\n")
    proc.stdin.flush()


def _fresh(scenario: Scenario, workdir: Path, name: str) -> tuple[Path, list[str]]:
    root = _bundled(workdir / name)
    if scenario.name == "compile":
        from workbench.cli import main

        main(["-C", str(root), "-q", "update"])
    args = scenario.prepare(root)
    return root, args


@dataclass
class Timing:
    total: float                   # from the go to the end of the work
    first_write: float             # when the first file was written
    last_write: float


def _reference(scenario: Scenario, workdir: Path) -> tuple[dict[str, bytes], Timing, int]:
    """The new version of every file, and when the work writes."""
    root, args = _fresh(scenario, workdir, "reference")
    proc = _child(scenario.name, root, args)
    started = time.monotonic()
    _go(proc)
    out, _ = proc.communicate(timeout=600)
    total = time.monotonic() - started
    writes = [float(line.split()[1]) for line in out.splitlines() if line.startswith("io ") and " wrote " in line]
    if scenario.name == "save":
        writes = [float(n) for n in range(sum(1 for line in out.splitlines() if line.startswith("saved ")))]
        writes = [total * w / max(1.0, len(writes)) for w in writes]
    timing = Timing(total, min(writes, default=0.0), max(writes, default=total))
    files_now = {p.relative_to(root).as_posix(): _mask(p.read_bytes()) for p in scenario.watched(root)}
    return files_now, timing, len(writes)


def _kill(proc: subprocess.Popen[str], rnd: random.Random, timing: Timing, writes: int, trial: int,
          marker: str) -> tuple[str, str]:
    """Kill the child at a random point; return (when, what it printed).

    Every other trial the point is anywhere in the work; the others wait for the child to
    report its k-th write (k random) and kill it a random fraction of a write later, so the
    kill lands inside the stretch where files are written, whatever the machine's load.
    """
    assert proc.stdout is not None
    lines: list[str] = []
    if trial % 2 == 0 or writes == 0:
        delay = rnd.uniform(0, timing.total * 1.05)
        time.sleep(delay)
        when = f"{delay:.3f}s"
    else:
        k = rnd.randint(1, writes)
        seen = 0
        while seen < k:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line)
            if marker in line:
                seen += 1
        gap = (timing.last_write - timing.first_write) / max(1, writes - 1) or 0.01
        delay = rnd.uniform(0, gap * 1.5)
        time.sleep(delay)
        when = f"{delay * 1000:.1f} ms after write {k}/{writes}"
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return when, "".join(lines) + out


def run_scenario(name: str, trials: int, rnd: random.Random) -> KillResult:
    scenario = _scenarios()[name]
    result = KillResult(name)
    with tempfile.TemporaryDirectory(prefix=f"wb-kill-{name}-") as tmp:
        workdir = Path(tmp)
        new, timing, writes = _reference(scenario, workdir)
        marker = "saved " if name == "save" else " wrote "
        for trial in range(trials):
            root, args = _fresh(scenario, workdir, f"trial-{trial}")
            old = {p.relative_to(root).as_posix(): _mask(p.read_bytes()) for p in scenario.watched(root)}
            texts_before = _texts(root)
            ids_before = _ids(root)
            proc = _child(name, root, args)
            _go(proc)
            when, out = _kill(proc, rnd, timing, writes, trial, marker)
            saved = [line.split(" ")[:3] for line in out.splitlines() if line.startswith("saved ")]
            wrote = [line for line in out.splitlines() if line.startswith("io ") and " wrote " in line]
            if wrote and "done" not in out:
                result.killed_while_writing += 1
            result.trials += 1
            _check(result, scenario, root, old, new, texts_before, ids_before, saved,
                   f"trial {trial}, killed {when}", args)
            shutil.rmtree(root, ignore_errors=True)
    return result


def _ids(root: Path) -> set[str]:
    from workbench.glossary import load_glossary

    return {r.id for r in load_glossary(root / "glossary.tsv").referents}


def _check(result: KillResult, scenario: Scenario, root: Path, old: dict[str, bytes], new: dict[str, bytes],
           texts_before: set[str], ids_before: set[str], saved: list[list[str]], label: str,
           args: list[str]) -> None:
    from workbench.cli import main
    from workbench.util.errors import WorkbenchError

    now = {p.relative_to(root).as_posix(): _mask(p.read_bytes()) for p in scenario.watched(root)}
    states = set()
    for rel in set(old) | set(new) | set(now):
        if scenario.name == "save":
            continue                   # every save writes a new version: checked by reading below
        if now.get(rel) == old.get(rel):
            states.add("old")
        elif now.get(rel) == new.get(rel):
            states.add("new")
        else:
            result.torn += 1
            result.details.append(f"{scenario.name} {label}: {rel} is neither the old nor the new version")
    if states == {"old", "new"}:
        result.killed_mid_write += 1
    try:
        texts_now = _texts(root)
    except WorkbenchError as exc:
        result.torn += 1
        result.details.append(f"{scenario.name} {label}: a catalogue does not read: {exc}")
        return
    if scenario.name == "save":
        _check_saves(result, root, saved, label)
        return
    missing = texts_before - texts_now
    if missing:
        result.lost += len(missing)
        result.details.append(f"{scenario.name} {label}: {len(missing)} translation(s) lost")
    if scenario.name == "import" and ids_before - _ids(root):
        result.lost += 1
        result.details.append(f"import {label}: referents lost")
    # run it again: the killed process's lock and temporary files must not be in the way
    command = {"update": ["update"], "compile": ["compile"], "import": ["glossary", "import", *args]}[scenario.name]
    code = main(["-C", str(root), "-q", *command])
    again = {p.relative_to(root).as_posix(): _mask(p.read_bytes()) for p in scenario.watched(root)}
    if code != 0 or again != new:
        result.not_recovered += 1
        result.details.append(f"{scenario.name} {label}: the next run failed or differs (exit {code})")
    if list(root.rglob("*.tmp")):
        result.temp_left_after_recovery += 1
        result.details.append(f"{scenario.name} {label}: temporary files left after the next run")


def _check_saves(result: KillResult, root: Path, saved: list[list[str]], label: str) -> None:
    """Every save that returned is on disk (or a later save of the same message is); every
    message not saved yet keeps its translation; the other catalogues are untouched."""
    from workbench.gettext import read_po
    from workbench.text.documents import load_document

    document = load_document(root / "seeds" / f"{DOC}.txt", root)
    msgids = list(dict.fromkeys(s.msgid for s in document.segments))
    original = {m.msgid: m.msgstr for m in read_po(REPO / PO).messages}
    on_disk = {m.msgid: m.msgstr for m in read_po(root / PO).messages}
    last: dict[int, int] = {}
    for _, index, text in saved:
        last[int(index)] = int(text.rsplit("-", 1)[1])
    done = len(saved)
    if saved:
        result.killed_mid_write += 1
    for index, msgid in enumerate(msgids):
        value = on_disk.get(msgid, "")
        counter = int(value.rsplit("-", 1)[1]) if value.startswith("confirmed-") else None
        if index in last:
            ok = counter is not None and counter >= last[index]
        else:
            ok = value == original.get(msgid, "") or (counter is not None and counter >= done)
        if not ok:
            result.lost += 1
            result.details.append(f"save {label}: message {index} holds {value[:40]!r}")
    for path in sorted((root / "locale").rglob("*.po")):
        rel = path.relative_to(root).as_posix()
        if rel != PO and path.read_bytes() != (REPO / rel).read_bytes():
            result.torn += 1
            result.details.append(f"save {label}: {rel} changed")
