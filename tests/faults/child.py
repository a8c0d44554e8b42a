"""A process to kill or race: it imports the workbench and prepares, prints ``ready``, waits for a
line on stdin, then does its work (so the parent's timing covers the work, not Python's start-up).

``python -m tests.faults.child update|compile ROOT``
    runs the command through the command line, in-process;
``python -m tests.faults.child import ROOT FILE``
    ``workbench glossary import FILE``;
``python -m tests.faults.child save ROOT DOCUMENT LANGUAGE START COUNT PREFIX [SPAN]``
    the terminal UI's save through the Session API: confirms COUNT times a message from index
    START on (cycling over SPAN messages, default all), printing ``saved INDEX TEXT START END``
    (monotonic clock) after each save has returned (the translation is then on disk);
``python -m tests.faults.child editor ROOT CATALOGUE START COUNT PREFIX SECONDS``
    an editor outside the workbench: reads the catalogue, changes one of COUNT messages, writes it
    back through a temporary file and a rename, again and again for SECONDS, printing each save
    as ``saved INDEX TEXT READ WROTE``: when it read the file, and when it renamed its copy over it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _wait() -> None:
    """Say ready, wait for the go; from then on print each file read and written with its time."""
    import logging

    print("ready", flush=True)
    sys.stdin.readline()
    started = time.monotonic()

    class _Timed(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            print(f"io {time.monotonic() - started:.4f} {record.getMessage()}", flush=True)

    logger = logging.getLogger("workbench.io")
    logger.addHandler(_Timed())
    logger.setLevel(logging.INFO)


def _editor(root: Path, catalogue: str, start: int, count: int, prefix: str, seconds: float) -> None:
    from workbench.gettext import format_po, parse_po

    path = root / catalogue
    _wait()
    end = time.monotonic() + seconds
    n = 0
    while time.monotonic() < end:
        read_at = time.monotonic()
        text = path.read_bytes().decode("utf-8")
        cat = parse_po(text)
        live = [m for m in cat.messages if not m.obsolete and m.msgid]
        message = live[start + n % count]
        message.msgstr = f"{prefix}{n}"
        message.fuzzy = False
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".editor-")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(format_po(cat))
        wrote_at = time.monotonic()
        os.replace(tmp, path)
        print(f"saved {start + n % count} {prefix}{n} {read_at:.6f} {wrote_at:.6f}", flush=True)
        n += 1
        time.sleep(0.01)


def _save(root: Path, document: str, language: str, start: int, count: int, prefix: str,
          span: int | None = None) -> None:
    from workbench.session import Session

    session = Session(root).load()
    segments = list(dict.fromkeys(s.msgid for s in session.document(document).segments))
    span = span or len(segments) - start
    _wait()
    for n in range(count):
        index = start + n % span
        started = time.monotonic()
        session.save_translation(document, language, segments[index], f"{prefix}{n}")
        print(f"saved {index} {prefix}{n} {started:.6f} {time.monotonic():.6f}", flush=True)


def main() -> None:
    what, root = sys.argv[1], Path(sys.argv[2])
    if what == "editor":
        _editor(root, sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], float(sys.argv[7]))
        return
    if what == "save":
        _save(root, sys.argv[3], sys.argv[4], int(sys.argv[5]), int(sys.argv[6]), sys.argv[7],
              int(sys.argv[8]) if len(sys.argv) > 8 else None)
        return
    from workbench.cli import main as cli

    argv = {"update": ["update"], "compile": ["compile"], "import": ["glossary", "import", *sys.argv[3:4]]}[what]
    _wait()
    code = cli(["-C", str(root), "-q", *argv])
    print(f"done {code}", flush=True)


if __name__ == "__main__":
    main()
