"""What the command line prints, made safe and quiet where it should be.

* **Inert text.** Every command's stdout and stderr go through :class:`InertStream`, which shows
  terminal control characters in the text (an ``ESC ] 0 ; title BEL`` in a source sentence, SGR
  colours in a translation, a carriage return in a file name) as visible placeholders
  (:func:`workbench.util.visible.visible`). JSON output escapes them instead (:func:`json_text`),
  so it stays exactly the data.
* **Progress** (:func:`progress_bar`): a Rich progress bar on stderr while a long command reads
  and merges, only when stderr is a terminal and ``-q`` is not given; Rich comes with Textual.
* **-v** (:func:`verbose_logging`): one line per file read and written, from the
  ``workbench.io`` logger of the one reader and of the atomic writer.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any, TextIO

from workbench.util.visible import visible

#: progress(done, total, what)
ProgressFn = Callable[[int, int, str], None]

_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


class InertStream:
    """A text stream that writes :func:`visible` text to another one (line breaks and tabs kept)."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(visible(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", "utf-8") or "utf-8"

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@contextlib.contextmanager
def inert_output() -> Iterator[TextIO]:
    """Route ``sys.stdout`` and ``sys.stderr`` through :class:`InertStream`; yield the real stderr."""
    real_out, real_err = sys.stdout, sys.stderr
    sys.stdout = InertStream(real_out)
    sys.stderr = InertStream(real_err)
    try:
        yield real_err
    finally:
        sys.stdout, sys.stderr = real_out, real_err


def json_text(data: object) -> str:
    """JSON (UTF-8 text, indented) with every character a terminal could act on escaped as ``\\uXXXX``.

    ``json.dumps`` escapes C0 controls itself; C1 controls, DEL, bidi controls and the Unicode
    line separators are escaped here. The result parses to exactly *data*.
    """
    text = _records_json(data)
    if text is None:
        text = json.dumps(data, ensure_ascii=False, indent=2)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


_SCALARS = (str, int, float, bool, type(None))
_STRING = json.encoder.encode_basestring       # what json.dumps(ensure_ascii=False) does to a str (C)
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _value(value: object) -> str:
    return "null" if value is None else _ENCODER.encode(value)


def _records_json(data: object) -> str | None:
    """``json.dumps(data, ensure_ascii=False, indent=2)`` for a list of flat records (dicts of
    strings, numbers, booleans and nulls), the shape of every report, character for character
    — but with the C encoder on each value (``indent`` sends the whole of ``json.dumps`` down
    its pure-Python path, which took a 20,000-finding report 1.3 s). None for other shapes."""
    if not isinstance(data, list) or not all(
            isinstance(record, dict) and all(isinstance(k, str) and isinstance(v, _SCALARS)
                                             for k, v in record.items()) for record in data):
        return None
    if not data:
        return "[]"
    records = []
    for record in data:
        if not record:
            records.append("  {}")
            continue
        fields = ",\n".join(f"    {_STRING(k)}: {_STRING(v) if type(v) is str else _value(v)}"
                             for k, v in record.items())
        records.append("  {\n" + fields + "\n  }")
    return "[\n" + ",\n".join(records) + "\n]"


def shown_path(path: str) -> str:
    """An absolute path under the current folder is shown relative to it, as the user typed it."""
    try:
        if os.path.isabs(path):
            rel = os.path.relpath(path)
            if not rel.startswith(".."):
                return rel
    except ValueError:  # pragma: no cover - different drive on Windows
        pass
    return path


class _RelativePaths(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(shown_path(str(a)) if isinstance(a, str) or hasattr(a, "__fspath__") else a
                                for a in record.args)
        return True


@contextlib.contextmanager
def verbose_logging(enabled: bool) -> Iterator[None]:
    """With ``-v``: print each file read and written (``read seeds/01.txt``, ``wrote locale/…``)."""
    if not enabled:
        yield
        return
    logger = logging.getLogger("workbench.io")
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.addFilter(_RelativePaths())
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


@contextlib.contextmanager
def progress_bar(description: str, *, quiet: bool, terminal: IO[str] | None) -> Iterator[ProgressFn | None]:
    """A Rich progress bar on *terminal* (the real stderr) for the block; None when it would not
    show (``-q``, or stderr is not a terminal: piped or redirected output stays clean)."""
    if quiet or terminal is None or not terminal.isatty() or os.environ.get("TERM") == "dumb":
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(file=terminal, stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[what]}", markup=False))
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=None, what="")

        def advance(done: int, total: int, what: str) -> None:
            progress.update(task, completed=done, total=total, what=visible(what)[-60:])

        yield advance


def terminal_of(args: object) -> IO[str] | None:
    """The real stderr saved by ``main`` (None in tests that call a command directly)."""
    return getattr(args, "terminal", None)


def quiet(args: object) -> bool:
    return bool(getattr(args, "quiet", False))


def say(args: object, text: str) -> None:
    """An informational line (``wrote …``, ``created …``), left out with ``-q``."""
    if not quiet(args):
        print(text)


def eprint(text: str) -> None:
    print(text, file=sys.stderr)
