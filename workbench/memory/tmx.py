"""TMX 1.4b: reading (streamed, every problem as ``file:line: what is wrong``) and writing.

Read with lxml's ``iterparse``: one ``<tu>`` at a time, cleared once read, so a file of a
million units never sits in memory whole (translate-toolkit's ``tmxfile`` builds the whole
tree and its unit objects first: see the README's memory section for the figures). DTDs and
entities are neither loaded nor resolved.

Each ``<tuv>`` whose ``xml:lang`` (or TMX 1.1 ``lang``) maps to a project language
(:func:`~.languages.map_language`) becomes one unit beside the source-language ``<tuv>``;
languages the project does not translate into are counted and reported. Inline codes
(``bpt``, ``ept``, ``ph``, ``it``, ``ut``) are the original file's formatting, not text:
they are left out of the sentence; ``hi`` and ``sub`` keep their text.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from workbench import __version__
from workbench.util.errors import WorkbenchError

from .languages import SOURCE_LANGUAGE, map_language, tmx_code
from .matching import StoredUnit
from .store import now_iso

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CODES = frozenset({"bpt", "ept", "ph", "it", "ut"})


@dataclass
class ReadReport:
    """What a read found besides the units: skipped languages and units, with counts."""

    units: int = 0
    unknown_languages: Counter[str] = field(default_factory=Counter)
    no_source: int = 0
    empty: int = 0

    def lines(self) -> list[str]:
        out = []
        for code, count in sorted(self.unknown_languages.items()):
            out.append(f"{count} translation(s) into {code} skipped: not a language of this project")
        if self.no_source:
            out.append(f"{self.no_source} unit(s) skipped: no {SOURCE_LANGUAGE} text")
        if self.empty:
            out.append(f"{self.empty} translation(s) skipped: empty")
        return out


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
    parts = [seg.text or ""]
    for child in seg:
        tag = etree.QName(child).localname if isinstance(child.tag, str) else ""
        if tag and tag not in CODES:
            parts.append(seg_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_tmx(path: Path, languages: list[str], report: ReadReport, *, shown: str | None = None,
             origin: str | None = None) -> Iterator[StoredUnit]:
    """The units of a TMX file for the project's target *languages*.

    Raises :class:`WorkbenchError` (``file:line: what is wrong``) on the first problem; the
    caller adds the units in one transaction, so nothing is imported from a bad file.
    """
    where = shown or str(path)
    origin = origin or f"tmx:{path.name}"
    if os.path.isdir(path):
        raise WorkbenchError("is a folder, not a file", where)
    try:
        events = etree.iterparse(str(path), events=("start", "end"), resolve_entities=False, no_network=True,
                                 load_dtd=False, huge_tree=True, remove_comments=True, remove_pis=True)
        yield from _units(events, where, languages, report, origin)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno or 1
        message = str(exc.msg or exc).split(", line ")[0]
        raise WorkbenchError(f"not well-formed XML: {message}", where, line) from None
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror or exc}", where) from None


def _units(events: Any, where: str, languages: list[str], report: ReadReport, origin: str) -> Iterator[StoredUnit]:
    header_srclang: str | None = None
    seen_root = seen_body = False
    imported = now_iso()
    for event, elem in events:
        tag = etree.QName(elem).localname if isinstance(elem.tag, str) else ""
        if event == "start":
            if not seen_root:
                if tag != "tmx":
                    raise WorkbenchError(f"not a TMX file: the root element is <{tag}>, not <tmx>", where,
                                         elem.sourceline)
                seen_root = True
            elif tag == "body":
                seen_body = True
            elif tag == "header":
                srclang = elem.get("srclang")
                if not srclang:
                    raise WorkbenchError("<header> has no srclang", where, elem.sourceline)
                header_srclang = srclang
            continue
        if tag != "tu":
            continue
        if not seen_body:
            raise WorkbenchError("<tu> outside <body>", where, elem.sourceline)
        yield from _tu(elem, where, languages, report, origin, header_srclang, imported)
        elem.clear(keep_tail=False)
        parent = elem.getparent()
        if parent is not None:
            while elem.getprevious() is not None:
                del parent[0]
    if not seen_root:
        raise WorkbenchError("empty file: not a TMX file", where, 1)


def _tu(tu: Any, where: str, languages: list[str], report: ReadReport, origin: str, srclang: str | None,
        imported: str) -> Iterator[StoredUnit]:
    source: str | None = None
    targets: list[tuple[str, str, Any]] = []
    tu_source_lang = tu.get("srclang") or srclang
    if tu_source_lang in (None, "*all*"):
        tu_source_lang = SOURCE_LANGUAGE
    note = " ".join((n.text or "").strip() for n in tu if isinstance(n.tag, str) and
                    etree.QName(n).localname == "note")
    for tuv in tu:
        if not isinstance(tuv.tag, str) or etree.QName(tuv).localname != "tuv":
            continue
        code = tuv.get(XML_LANG) or tuv.get("lang")
        if not code:
            raise WorkbenchError("<tuv> has no xml:lang", where, tuv.sourceline)
        segs = [s for s in tuv if isinstance(s.tag, str) and etree.QName(s).localname == "seg"]
        if len(segs) != 1:
            raise WorkbenchError(f"<tuv xml:lang={code!r}> must hold exactly one <seg> (it has {len(segs)})",
                                 where, tuv.sourceline)
        text = seg_text(segs[0])
        if map_language(code, [tu_source_lang]) is not None or map_language(code, [SOURCE_LANGUAGE]) is not None:
            if source is None:
                source = text
            continue
        targets.append((code, text, tuv))
    if source is None or not source.strip():
        report.no_source += 1
        return
    for code, text, tuv in targets:
        language = map_language(code, languages)
        if language is None:
            report.unknown_languages[code] += 1
            continue
        if not text.strip():
            report.empty += 1
            continue
        created = tmx_date(tuv.get("creationdate") or tu.get("creationdate")) or imported
        changed = tmx_date(tuv.get("changedate") or tu.get("changedate")) or created
        creator = tuv.get("creationid") or tu.get("creationid") or ""
        changer = tuv.get("changeid") or tu.get("changeid") or creator
        report.units += 1
        yield StoredUnit(source, text, SOURCE_LANGUAGE, language, origin, "tmx", created, changed, creator,
                         changer, note)


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
