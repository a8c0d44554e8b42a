"""TMX 1.4b: reading (streamed, every problem as ``file:line: what is wrong``) and writing.

Read with lxml's ``iterparse``: one ``<tu>`` at a time, cleared once read, so a file of a
million units never sits in memory whole (translate-toolkit's ``tmxfile`` builds the whole
tree and its unit objects first: see the README's memory section for the figures). DTDs and
entities are neither loaded nor resolved.

Each ``<tuv>`` whose ``xml:lang`` (or TMX 1.1 ``lang``) maps to a project language
(:func:`~.languages.map_language`) becomes one unit beside the source-language ``<tuv>``;
languages the project does not translate into are counted and reported. Inline codes
(``bpt``, ``ept``, ``ph``, ``it``, ``ut``) are the original file's formatting, not text:
they are left out of the sentence; ``hi`` and ``sub`` keep their text. A placeholder that stands
for a line break (``<ph type="lb"/>``, as Trados writes a soft return, or one whose code is
``<br>``) becomes a space, so the words on either side stay two words.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from workbench import __version__
from workbench.exchange.inline import tail_after_code
from workbench.util.errors import WorkbenchError
from workbench.util.files import check_regular
from workbench.util.languages import SOURCE_LANGUAGE, map_language, tmx_code

from .matching import PreparedUnit, StoredUnit, prepare
from .store import now_iso

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})
LINE_BREAK_CODE = re.compile(r"\s*(?:<br\s*/?>|\\line|\\n|\n)\s*", re.IGNORECASE)


@dataclass
class ReadReport:
    """What a read found besides the units: skipped languages and units, with counts."""

    units: int = 0
    unknown_languages: Counter[str] = field(default_factory=Counter)
    no_source: int = 0
    empty: int = 0
    #: translations from a source language other than the project's (an XLIFF file's source-language)
    other_sources: Counter[str] = field(default_factory=Counter)
    #: XLIFF units without a translation, or with one not confirmed (draft, fuzzy, needs review)
    unconfirmed: int = 0
    #: gettext plural messages of an XLIFF file
    plurals: int = 0

    def lines(self) -> list[str]:
        out = []
        for code, count in sorted(self.unknown_languages.items()):
            out.append(f"{count} translation(s) into {code} skipped: not a language of this project")
        for code, count in sorted(self.other_sources.items()):
            out.append(f"{count} translation(s) from {code} skipped: the project translates from {SOURCE_LANGUAGE}")
        if self.no_source:
            out.append(f"{self.no_source} unit(s) skipped: no {SOURCE_LANGUAGE} text")
        if self.empty:
            out.append(f"{self.empty} translation(s) skipped: empty")
        if self.unconfirmed:
            out.append(f"{self.unconfirmed} unit(s) skipped: not translated, or not confirmed (draft, fuzzy)")
        if self.plurals:
            out.append(f"{self.plurals} plural message(s) skipped: the memory keeps no plural forms")
        return out


@functools.lru_cache(maxsize=4096)
def tmx_date(value: str | None) -> str:
    """A TMX date (``20220106T101500Z``) as the stores keep it (``2022-01-06T10:15:00Z``)."""
    if not value or len(value) != 16 or value[8] != "T" or not value.endswith("Z"):
        return ""
    return f"{value[0:4]}-{value[4:6]}-{value[6:8]}T{value[9:11]}:{value[11:13]}:{value[13:15]}Z"


def to_tmx_date(value: str) -> str:
    digits = value.replace("-", "").replace(":", "")
    return digits if len(digits) == 16 else ""


def seg_text(seg: Any) -> str:
    """The sentence in a ``<seg>``: its text and the text of ``hi``/``sub``, not inline codes."""
    if len(seg) == 0:
        return str(seg.text or "")
    parts = [seg.text or ""]
    for child in seg:
        tag = _local(child.tag)
        tail = child.tail or ""
        if tag and tag not in CODES:
            parts.append(seg_text(child))
        elif tag == "ph" and _is_line_break(child) and _between_words(parts, child):
            parts.append(" ")
        else:
            tail = tail_after_code(parts, tail)
        parts.append(tail)
    return "".join(parts)


def _between_words(before: list[str], code: Any) -> bool:
    """Whether text comes on both sides of an inline *code*, with no white space beside it."""
    last = next((part for part in reversed(before) if part), "")
    after = code.tail or ""
    return (bool(last) and not last[-1].isspace() and not after[:1].isspace()
            and (bool(after) or code.getnext() is not None))


def _is_line_break(ph: Any) -> bool:
    """Whether a ``<ph>`` stands for a line break: its type says so, or its native code is one."""
    if (ph.get("type") or "").lower() in ("lb", "x-lb", "x-linebreak"):
        return True
    return bool(LINE_BREAK_CODE.fullmatch("".join(ph.itertext())))


def _local(tag: object) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag


def read_tmx(path: Path, languages: list[str], report: ReadReport, *, shown: str | None = None,
             origin: str | None = None) -> Iterator[StoredUnit]:
    """The units of a TMX file for the project's target *languages*.

    Raises :class:`WorkbenchError` (``file:line: what is wrong``) on the first problem; the
    caller adds the units in one transaction, so nothing is imported from a bad file.
    Two passes: the root and the header first (a few elements), then only ``<tu>`` elements,
    which lxml hands over whole without a Python call per inner element.
    """
    where = shown or str(path)
    origin = origin or f"tmx:{path.name}"
    check_regular(path, where)     # a named pipe would block the parser for good
    options: dict[str, Any] = {"resolve_entities": False, "no_network": True, "load_dtd": False,
                               "huge_tree": True, "remove_comments": True, "remove_pis": True}
    try:
        srclang = _header(etree.iterparse(str(path), events=("start",), **options), where)
        units = _Units(where, languages, report, origin, srclang)
        for _, tu in etree.iterparse(str(path), events=("end",), tag=("tu", "{*}tu"), **options):
            parent = tu.getparent()
            if parent is None or _local(parent.tag) != "body":
                raise WorkbenchError("<tu> outside <body>", where, tu.sourceline)
            yield from units.read(tu)
            tu.clear(keep_tail=False)
            while tu.getprevious() is not None:
                del parent[0]
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        message = str(exc.msg or exc).split(", line ")[0]
        raise WorkbenchError(f"not well-formed XML: {message}", where, line) from None
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror or exc}", where) from None


def _header(events: Any, where: str) -> str:
    """The header's srclang (checking the root is ``<tmx>``); stops reading at ``<body>``."""
    srclang: str | None = None
    seen_root = False
    for _, elem in events:
        tag = _local(elem.tag)
        if not seen_root:
            if tag != "tmx":
                raise WorkbenchError(f"not a TMX file: the root element is <{tag}>, not <tmx>", where,
                                     elem.sourceline)
            seen_root = True
        elif tag == "header":
            srclang = elem.get("srclang")
            if not srclang:
                raise WorkbenchError("<header> has no srclang", where, elem.sourceline)
        elif tag == "body":
            break
    if not seen_root:
        raise WorkbenchError("empty file: not a TMX file", where, 1)
    return srclang or SOURCE_LANGUAGE


class _Units:
    """Turns ``<tu>`` elements into units; language codes are mapped once each."""

    def __init__(self, where: str, languages: list[str], report: ReadReport, origin: str, srclang: str) -> None:
        self.where = where
        self.languages = languages
        self.report = report
        self.origin = origin
        self.srclang = SOURCE_LANGUAGE if srclang == "*all*" else srclang
        self.imported = now_iso()
        self._roles: dict[str, str | None] = {}

    def role(self, code: str) -> str | None:
        """"" for a variant of the project's source language (English, whatever language the
        file translates from), a project language, or None (not translated into)."""
        if code not in self._roles:
            if map_language(code, [SOURCE_LANGUAGE]) is not None:
                self._roles[code] = ""
            else:
                self._roles[code] = map_language(code, self.languages)
        return self._roles[code]

    def read(self, tu: Any) -> Iterator[StoredUnit]:
        report, where = self.report, self.where
        source: str | None = None
        source_exact = False        # the English text is in the unit's own srclang (en-US among en-GB)
        targets: list[tuple[str, str, str, Any]] = []
        source_code = tu.get("srclang") or self.srclang
        if source_code == "*all*":
            source_code = SOURCE_LANGUAGE
        notes: list[str] = []
        for tuv in tu:
            tag = tuv.tag
            if tag != "tuv" and tag != "note":
                tag = _local(tag)      # a namespaced or unusual element: rare
            if tag == "note":
                notes.append((tuv.text or "").strip())
            if tag != "tuv":
                continue
            code = tuv.get(XML_LANG) or tuv.get("lang")
            if not code:
                raise WorkbenchError("<tuv> has no xml:lang", where, tuv.sourceline)
            segs = [s for s in tuv if s.tag == "seg" or _local(s.tag) == "seg"]
            if len(segs) != 1:
                raise WorkbenchError(f"<tuv xml:lang={code!r}> must hold exactly one <seg> (it has {len(segs)})",
                                     where, tuv.sourceline)
            text = seg_text(segs[0])
            role = self.role(code)
            if role == "":
                exact = code.casefold() == source_code.casefold()
                if source is None or (exact and not source_exact):
                    source, source_exact = text, exact
            elif role is None:
                report.unknown_languages[code] += 1
            else:
                targets.append((role, code, text, tuv))
        if source is None or not source.strip():
            report.no_source += 1
            return
        note = " ".join(n for n in notes if n)
        for language, _, text, tuv in targets:
            if not text.strip():
                report.empty += 1
                continue
            created = tmx_date(tuv.get("creationdate") or tu.get("creationdate")) or self.imported
            changed = tmx_date(tuv.get("changedate") or tu.get("changedate")) or created
            creator = tuv.get("creationid") or tu.get("creationid") or ""
            changer = tuv.get("changeid") or tu.get("changeid") or creator
            report.units += 1
            yield StoredUnit(source, text, SOURCE_LANGUAGE, language, self.origin, "tmx", created, changed, creator,
                             changer, note)


#: files larger than this are parsed in a second process while this one writes the memory
BACKGROUND_BYTES = 16 * 1024 * 1024
_BATCH = 5000


def stream_tmx(path: Path, languages: list[str], report: ReadReport, *, shown: str | None = None,
               origin: str | None = None) -> Iterator[StoredUnit | PreparedUnit]:
    """:func:`read_tmx`, in a second process for a large file: parsing (lxml, the unit
    records, their keys: :class:`~.matching.PreparedUnit`) and writing the memory (SQLite
    and its word index) then use both cores.
    A problem in the file is raised here as it would be by :func:`read_tmx`."""
    try:
        large = path.stat().st_size > BACKGROUND_BYTES
    except OSError:
        large = False
    if not large:
        yield from read_tmx(path, languages, report, shown=shown, origin=origin)
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")     # the CLI: one thread; the child only parses
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_parse_in_child, args=(str(path), languages, shown, origin, sender), daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            kind, payload = receiver.recv()
            if kind == "units":
                for *fields, key, hashed in payload:
                    unit = StoredUnit(*fields)
                    yield PreparedUnit(unit, unit.source if key is None else key, hashed)
            elif kind == "error":
                raise WorkbenchError(*payload)
            else:
                report.units += payload["units"]
                report.no_source += payload["no_source"]
                report.empty += payload["empty"]
                report.unknown_languages.update(payload["unknown"])
                return
    except EOFError:
        raise WorkbenchError("the TMX reader stopped unexpectedly", shown or str(path)) from None
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join()


#: batches the reader may have parsed ahead of the writer (each :data:`_BATCH` units)
_AHEAD = 4


def _parse_in_child(path: str, languages: list[str], shown: str | None, origin: str | None, sender: Any) -> None:
    """The reader process. A thread of its own sends the batches: a send blocks until the
    writer takes the whole batch off the pipe, and parsing goes on meanwhile (without it the
    two processes took turns whenever they were about as fast as each other)."""
    import queue
    import threading

    outbox: queue.Queue[tuple[str, Any] | None] = queue.Queue(maxsize=_AHEAD)

    def pump() -> None:
        try:
            while (message := outbox.get()) is not None:
                sender.send(message)
        except OSError:
            pass                    # the writer is gone: post() sees the thread stopped

    def post(message: tuple[str, Any] | None) -> None:
        while True:
            try:
                outbox.put(message, timeout=0.5)
                return
            except queue.Full:
                if not thread.is_alive():
                    raise SystemExit(1) from None

    thread = threading.Thread(target=pump, name="tmx-sender", daemon=True)
    thread.start()
    report = ReadReport()
    batch: list[tuple[object, ...]] = []
    try:
        for unit in read_tmx(Path(path), languages, report, shown=shown, origin=origin):
            ready = prepare(unit)
            batch.append((unit.source, unit.target, unit.srclang, unit.tgtlang, unit.origin, unit.how, unit.created,
                          unit.changed, unit.creator, unit.changer, unit.note,
                          None if ready.key == unit.source else ready.key, ready.hash))
            if len(batch) >= _BATCH:
                post(("units", batch))
                batch = []
        post(("units", batch))
        post(("done", {"units": report.units, "no_source": report.no_source, "empty": report.empty,
                       "unknown": dict(report.unknown_languages)}))
    except WorkbenchError as exc:
        post(("error", (exc.message, exc.path, exc.line)))
    finally:
        if thread.is_alive():
            post(None)
            thread.join()
        sender.close()


# -- writing ---------------------------------------------------------------------------------

def _clean(text: str) -> str:
    """XML 1.0 cannot hold most control characters: each becomes U+FFFD (the README says so)."""
    if text.isprintable():
        return text
    return "".join(c if c >= " " or c in "\t\n\r" else "\ufffd" for c in text)


def _attr(value: str) -> str:
    return quoteattr(_clean(value))


def write_tmx(out: IO[str], units: Iterator[StoredUnit]) -> int:
    """Write *units* as TMX 1.4b (one ``<tu>`` per unit); return how many."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4">\n')
    out.write(f'  <header creationtool="workbench" creationtoolversion={quoteattr(__version__)} '
              f'segtype="sentence" o-tmf="workbench" adminlang="en" srclang={quoteattr(tmx_code(SOURCE_LANGUAGE))} '
              'datatype="plaintext"/>\n  <body>\n')
    count = 0
    for unit in units:
        dates = ""
        for name, value in (("creationdate", to_tmx_date(unit.created)), ("creationid", unit.creator),
                            ("changedate", to_tmx_date(unit.changed)), ("changeid", unit.changer)):
            if value:
                dates += f" {name}={_attr(value)}"
        out.write(f"    <tu{dates}>\n")
        out.write(f'      <prop type="x-workbench-origin">{escape(_clean(unit.origin))}</prop>\n')
        out.write(f'      <prop type="x-workbench-how">{escape(_clean(unit.how))}</prop>\n')
        if unit.note:
            out.write(f"      <note>{escape(_clean(unit.note))}</note>\n")
        for code, text in ((unit.srclang, unit.source), (unit.tgtlang, unit.target)):
            out.write(f"      <tuv xml:lang={_attr(tmx_code(code))}><seg>{escape(_clean(text))}</seg></tuv>\n")
        out.write("    </tu>\n")
        count += 1
    out.write("  </body>\n</tmx>\n")
    return count
