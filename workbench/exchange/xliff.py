"""Catalogues as XLIFF 1.2 for CAT tools (``workbench export --format xliff`` / ``workbench import``);
XLIFF 2.x is read as well (:func:`_read_xliff2`).

Why 1.2: it is the XLIFF every tool in the translator's kit reads and writes back — OmegaT
(its XLIFF filter and Okapi's), Trados Studio (XLIFF 1.2 is its exchange format beside its
own SDLXLIFF, itself XLIFF 1.2 with extensions) and Weblate (through translate-toolkit);
XLIFF 2.x is read by Trados and Weblate but not by OmegaT without an Okapi plug-in, and
tools keep fewer of its optional modules. The files are written and read with
translate-toolkit's XLIFF storage (``translate.storage.xliff``), pinned to the 1.2
namespace.

One ``<file>`` per catalogue, ``original`` = the catalogue's path in the project. Each
message is a ``<trans-unit>`` whose id is a stable hash of its context and msgid:

======================  =========================================================================
PO                      XLIFF 1.2
======================  =========================================================================
msgid / msgstr          ``<source>`` / ``<target>``
translated              ``approved="yes"``, ``<target state="translated">``
fuzzy                   ``approved="no"``, ``<target state="needs-review-translation">``
untranslated            no ``<target>``
``#`` comments          ``<note from="translator">``
``#.`` comments         ``<note from="developer">``
``#:`` references       ``<context-group purpose="location">``
``#|`` previous msgid   ``<alt-trans origin="previous">``
msgctxt                 ``<context context-type="x-po-msgctxt">`` in a ``<context-group>``
======================  =========================================================================

Not kept (and said so by the export): plural messages, obsolete (``#~``) messages, the header.

The files written are valid against OASIS's strict XLIFF 1.2 schema (``tests/test_xliff.py``
validates them). Its one constraint translate-toolkit's own writer breaks: a context group's
``name`` is unique in a ``<file>``, so the groups here have none — readers find them by
``purpose="location"`` (translate-toolkit, Weblate) and by the ``x-po-msgctxt`` context type;
files with the old ``name="po-reference"``/``"x-po-msgctxt"`` groups are still read.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath
from typing import Any

from workbench.gettext import Catalogue, Message, read_po
from workbench.gettext.save import write_po_keeping_saves
from workbench.project import Project
from workbench.services.merge import format_date
from workbench.util.atomic import atomic_write_bytes
from workbench.util.errors import WorkbenchError
from workbench.util.files import read_input
from workbench.util.languages import map_language

from .inline import tail_after_code

NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2"
TRANSLATED_STATES = frozenset({"translated", "signed-off", "final"})
#: the context type of a message's msgctxt (translate-toolkit's name for it)
MSGCTXT = "x-po-msgctxt"
#: Trados Studio's SDLXLIFF keeps each segment's status in ``<sdl:seg conf="…">``
SDL = "http://sdl.com/FileTypes/SdlXliff/1.0"
SDL_CONFIRMED = frozenset({"Translated", "ApprovedTranslation", "ApprovedSignOff"})
#: the names XLIFF files go by: Trados Studio's .sdlxliff and memoQ's .mqxliff are XLIFF 1.2
SUFFIXES = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")


@functools.lru_cache(maxsize=1)
def _xliff_class() -> Any:
    from translate.storage import xliff

    class Unit12(xliff.xliffunit):
        namespace = NAMESPACE

    class Xliff12(xliff.xlifffile):  # type: ignore[type-arg]
        """translate-toolkit's XLIFF, written as 1.2 (it defaults to 1.1)."""

        UnitClass = Unit12
        XMLskeleton = (f"<?xml version=\"1.0\" ?>\n<xliff version='1.2' xmlns='{NAMESPACE}'>\n"
                       "<file original='NoName' source-language='en' datatype='plaintext'>\n<body>\n</body>\n"
                       "</file>\n</xliff>")
        namespace = NAMESPACE

    return Xliff12


def unit_id(message: Message) -> str:
    key = f"{message.msgctxt or ''}\x04{message.msgid}".encode()
    return "m" + hashlib.sha1(key).hexdigest()[:16]


@dataclass
class ExportReport:
    written: list[Path] = field(default_factory=list)
    not_kept: list[str] = field(default_factory=list)


def catalogue_to_xliff(catalogue: Catalogue, original: str, language: str, source_language: str = "en"
                       ) -> tuple[bytes, list[str]]:
    """The XLIFF 1.2 document of one catalogue, and what it could not keep."""
    store = _xliff_class()(sourcelanguage=source_language, targetlanguage=language)
    store.setfilename(store.getfilenode("NoName"), original)
    store.setsourcelanguage(source_language)
    store.settargetlanguage(language)
    plurals = obsolete = 0
    seen: set[str] = set()
    for message in catalogue.messages:
        if message.obsolete:
            obsolete += 1
            continue
        if message.msgid_plural is not None:
            plurals += 1
            continue
        if not message.msgid:
            continue
        uid = unit_id(message)
        if uid in seen:
            continue
        seen.add(uid)
        unit = store.addsourceunit(message.msgid, original, True)
        unit.setid(uid)
        if message.msgctxt is not None:
            _context_group(unit, [(MSGCTXT, message.msgctxt)], purpose="information")
        if message.msgstr:
            unit.target = message.msgstr
            target = unit.getlanguageNode(lang=None, index=1)
            if message.fuzzy:
                unit.xmlelement.set("approved", "no")
                target.set("state", "needs-review-translation")
            else:
                unit.xmlelement.set("approved", "yes")
                target.set("state", "translated")
        for note in message.translator_comments:
            unit.addnote(note, origin="translator")
        for note in message.extracted_comments:
            unit.addnote(note, origin="developer")
        if message.previous_msgid is not None:
            unit.addalttrans(message.msgstr, origin="previous", sourcetxt=message.previous_msgid)
        for path, line in message.references:
            contexts = [("sourcefile", path)] + ([("linenumber", str(line))] if line is not None else [])
            _context_group(unit, contexts, purpose="location")
    not_kept = []
    if plurals:
        not_kept.append(f"{plurals} plural message(s) not exported (XLIFF export keeps singular messages)")
    if obsolete:
        not_kept.append(f"{obsolete} obsolete message(s) not exported (they stay in the catalogue)")
    return bytes(store), not_kept


def _context_group(unit: Any, contexts: list[tuple[str, str]], *, purpose: str) -> None:
    """A ``<context-group>`` at the end of *unit*, without the ``name`` translate-toolkit's
    ``createcontextgroup`` gives it (names must be unique in a file)."""
    group = unit.xmlelement.makeelement(unit.namespaced("context-group"), {"purpose": purpose})
    unit.xmlelement.append(group)
    for kind, text in contexts:
        context = group.makeelement(unit.namespaced("context"), {"context-type": kind})
        context.text = text
        group.append(context)


def export_xliff(project: Project, out_dir: Path, languages: list[str], documents: list[str] | None = None
                 ) -> ExportReport:
    """``<out_dir>/<doc>.<lang>.xlf`` for every catalogue (all read before anything is written)."""
    planned: list[tuple[Path, bytes]] = []
    report = ExportReport()
    for language in languages:
        folder = project.locale_dir / language / "LC_MESSAGES"
        names = sorted(p.stem for p in folder.glob("*.po")) if folder.is_dir() else []
        for name in names:
            if documents and name not in documents:
                continue
            path = project.po_path(name, language)
            catalogue = read_po(path)
            data, not_kept = catalogue_to_xliff(catalogue, project.relpath(path), language)
            report.not_kept += [f"{project.relpath(path)}: {text}" for text in not_kept]
            planned.append((out_dir / f"{name}.{language}.xlf", data))
    if not planned:
        raise WorkbenchError("no catalogues to export: run `workbench update` first", project.locale_dir)
    for path, data in planned:
        atomic_write_bytes(path, data)
        report.written.append(path)
    return report


# -- reading -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class XliffUnit:
    line: int | None
    source: str
    target: str | None
    fuzzy: bool
    msgctxt: str | None
    translator_notes: tuple[str, ...]
    previous: str | None


@dataclass
class XliffFile:
    original: str
    source_language: str
    target_language: str
    line: int | None
    units: list[XliffUnit]
    #: gettext plural messages (``<group restype="x-gettext-plurals">``), which are not read
    plurals: int = 0


XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _local_name(element: Any) -> str:
    return element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""


def _preserves_space(element: Any) -> bool:
    """Is ``xml:space="preserve"`` in force at *element* (set on it or inherited)?"""
    for node in (element, *element.iterancestors()):
        value = node.get(XML_SPACE)
        if value is not None:
            return bool(value == "preserve")
    return False


def _collapsed(text: str) -> str:
    """Whitespace as XML's default space handling reads it: a pretty-printed
    ``<source>\\n    Monthly statements\\n    received</source>`` is "Monthly statements received"."""
    return " ".join(text.split())


#: XLIFF 1.2 inline elements that hold native code (``<bpt>&lt;b></bpt>``), not text; ``<x/>``,
#: ``<bx/>`` and ``<ex/>`` are empty placeholders; ``<g>`` and ``<mrk>`` hold text
_XLIFF1_CODES = frozenset({"bpt", "ept", "it", "ph", "x", "bx", "ex"})


def _xliff1_text(element: Any) -> str:
    """The text of an XLIFF 1.x ``<source>``/``<target>``: what ``<g>``, ``<mrk>`` (Trados's
    segments) and unknown elements hold, without inline codes and their native markup — one
    space left where a code stood between two."""
    parts = [element.text or ""]
    for child in element:
        tail = child.tail or ""
        if isinstance(child.tag, str) and _local_name(child) not in _XLIFF1_CODES:
            parts.append(_xliff1_text(child))
        else:
            tail = tail_after_code(parts, tail)
        parts.append(tail)
    return "".join(parts)


def _header_language(header: str) -> str:
    """The ``Language:`` of a gettext header kept as an XLIFF unit, or ""."""
    for line in header.splitlines():
        name, _, value = line.partition(":")
        if name.strip().lower() == "language":
            return value.strip()
    return ""


def _parse_xml(data: bytes, shown: str) -> Any:
    """The root ``<xliff>`` element (``file:line: what is wrong`` if the data is not XLIFF)."""
    from lxml import etree

    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                      huge_tree=True))
    except etree.XMLSyntaxError as exc:
        raise WorkbenchError(f"not well-formed XML: {str(exc.msg or exc).split(', line ')[0]}", shown,
                             exc.lineno or None) from None
    tag = etree.QName(root).localname if isinstance(root.tag, str) else ""
    if tag != "xliff":
        raise WorkbenchError(f"not an XLIFF file: the root element is <{tag}>, not <xliff>", shown, root.sourceline)
    return root


def _is_xliff2(root: Any) -> bool:
    from lxml import etree

    return root.get("version", "").startswith("2") or ":2." in (etree.QName(root).namespace or "")


def _no_language(shown: str, line: int | None, attribute: str) -> WorkbenchError:
    return WorkbenchError(f"translations but no {attribute}: say which language they are in with --language",
                          shown, line)


def read_xliff(path: Path, shown: str | None = None, *, language: str | None = None) -> list[XliffFile]:
    """The ``<file>`` elements of an XLIFF 1.x or 2.x document (``file:line: what is wrong`` on a
    problem). *language* is the target language of files that declare none (Angular's
    extractor writes ``messages.fr.xlf`` without one); a file with translations, no declared
    language and no *language* is an error."""
    shown = shown or str(path)
    data = read_input(path, shown)
    root = _parse_xml(data, shown)
    if _is_xliff2(root):
        return _read_xliff2(root, shown, language)
    from lxml import etree

    try:
        store = _xliff_class().parsestring(data)
    except (ValueError, etree.XMLSyntaxError) as exc:
        raise WorkbenchError(f"not a readable XLIFF 1.x file: {exc}", shown, root.sourceline) from None
    files: dict[int, XliffFile] = {}
    out: list[XliffFile] = []
    for unit in store.getunits():
        element = unit.xmlelement
        file_node = next((a for a in element.iterancestors() if a.tag.endswith("}file") or a.tag == "file"), None)
        if file_node is None:
            raise WorkbenchError("<trans-unit> outside a <file>", shown, element.sourceline)
        found = files.get(id(file_node))
        if found is None:
            target_language = file_node.get("target-language") or language or ""
            found = files[id(file_node)] = XliffFile(file_node.get("original") or "",
                                                     file_node.get("source-language") or "", target_language,
                                                     file_node.sourceline, [])
            out.append(found)
        if _local_name(element) == "group":
            found.plurals += 1          # gettext plural forms (Weblate, translate-toolkit): not kept
            continue
        if element.get("restype") == "x-gettext-domain-header":
            if not found.target_language:       # Weblate's XLIFF names its language only here
                found.target_language = _header_language(str(unit.target or unit.source or ""))
            continue
        source_node = element.find(f"{{{store.namespace}}}source")
        if source_node is None:
            source_node = element.find("source")
        if source_node is None:
            raise WorkbenchError("<trans-unit> has no <source>", shown, element.sourceline)
        target_node = unit.getlanguageNode(lang=None, index=1)
        target = _xliff1_text(target_node) if target_node is not None else None
        source = _xliff1_text(source_node)
        if not any(_preserves_space(node) for node in (source_node, target_node) if node is not None):
            source, target = _collapsed(source), None if target is None else _collapsed(target)
        state = target_node.get("state", "") if target_node is not None else ""
        approved = element.get("approved")
        sdl = [seg.get("conf", "") for seg in element.iter(f"{{{SDL}}}seg")]
        if state:
            fuzzy = state not in TRANSLATED_STATES
        elif sdl:
            fuzzy = any(conf not in SDL_CONFIRMED for conf in sdl)
        else:
            fuzzy = approved == "no"
        msgctxt = next((context.text or "" for context in element.iter(f"{{{NAMESPACE}}}context")
                        if context.get("context-type") == MSGCTXT), None)
        previous = next((alt.source for alt in unit.getalttrans() if alt.xmlelement.get("origin") == "previous"),
                        None)
        notes = unit.getnotes("translator")
        found.units.append(XliffUnit(element.sourceline, source, target or None, fuzzy and bool(target),
                                     msgctxt, tuple(notes.split("\n")) if notes else (), previous))
    for xfile in out:
        if not xfile.target_language and any(unit.target for unit in xfile.units):
            raise _no_language(shown, xfile.line, "target-language on its <file>")
    return out


#: XLIFF 2 inline codes whose content is text (``<pc>``, ``<mrk>``); the others are empty markers
_XLIFF2_SPANS = frozenset({"pc", "mrk"})


def _xliff2_text(element: Any) -> str:
    """The text of an XLIFF 2 ``<source>``/``<target>``: spans keep their text, ``<cp hex>`` is its
    character, markers (``<ph/>``, ``<sc/>``, ``<ec/>``, ``<sm/>``, ``<em/>``) are left out."""
    parts = [element.text or ""]
    for child in element:
        name = child.tag.rpartition("}")[2] if isinstance(child.tag, str) else ""
        if name in _XLIFF2_SPANS:
            parts.append(_xliff2_text(child))
        elif name == "cp":
            with contextlib.suppress(ValueError, OverflowError):   # a bad code point is left out
                parts.append(chr(int(child.get("hex", ""), 16)))
        parts.append(child.tail or "")
    return "".join(parts)


def _read_xliff2(root: Any, shown: str, language: str | None = None) -> list[XliffFile]:
    """XLIFF 2.x, core module: one unit per ``<unit>``, its segments and ignorables joined in order.

    A segment's target counts as confirmed unless its ``state`` is ``initial`` (tools such as
    Angular's extractor leave ``state`` out of translated files); notes without a category or with
    ``category="translator"`` become translator comments. 2.x has no msgctxt or previous source."""
    namespace = root.tag.partition("}")[0].lstrip("{") if root.tag.startswith("{") else ""
    q = (lambda name: f"{{{namespace}}}{name}") if namespace else (lambda name: name)
    source_language = root.get("srcLang") or ""
    target_language = root.get("trgLang") or language or ""
    out: list[XliffFile] = []
    for file_node in root.iter(q("file")):
        units: list[XliffUnit] = []
        for unit in file_node.iter(q("unit")):
            sources: list[str] = []
            targets: list[str] = []
            has_target = fuzzy = preserved = False
            parts = [child for child in unit if child.tag in (q("segment"), q("ignorable"))]
            if not any(child.tag == q("segment") for child in parts):
                raise WorkbenchError("<unit> has no <segment>", shown, unit.sourceline)
            for part in parts:
                source_node, target_node = part.find(q("source")), part.find(q("target"))
                if source_node is None:
                    raise WorkbenchError(f"<{part.tag.rpartition('}')[2]}> has no <source>", shown, part.sourceline)
                sources.append(_xliff2_text(source_node))
                preserved = preserved or any(_preserves_space(node) for node in (source_node, target_node)
                                             if node is not None)
                if target_node is None:
                    targets.append(sources[-1] if part.tag == q("ignorable") else "")
                    continue
                targets.append(_xliff2_text(target_node))
                if part.tag == q("segment"):
                    has_target = True
                    fuzzy = fuzzy or part.get("state") == "initial"
            complete = has_target and all(t or not s.strip() for s, t in zip(sources, targets, strict=True))
            source, target = "".join(sources), "".join(targets) if complete else None
            if not preserved:
                source, target = _collapsed(source), None if target is None else _collapsed(target)
            notes = tuple((note.text or "").strip() for note in unit.iterfind(f"{q('notes')}/{q('note')}")
                          if note.get("category") in (None, "translator") and (note.text or "").strip())
            units.append(XliffUnit(unit.sourceline, source, target, fuzzy and target is not None,
                                   None, notes, None))
        if units and not target_language and any(unit.target for unit in units):
            raise _no_language(shown, root.sourceline, "trgLang on <xliff>")
        out.append(XliffFile(file_node.get("original") or "", source_language, target_language,
                             file_node.sourceline, units))
    return out


@dataclass
class ImportReport:
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    changed_messages: int = 0
    warnings: list[str] = field(default_factory=list)


def _catalogue_path(project: Project, xfile: XliffFile, path: Path, shown: str) -> tuple[Path, str]:
    if not xfile.target_language:
        raise WorkbenchError("<file> has no target-language: say which language it is with --language", shown,
                             xfile.line)
    language = map_language(xfile.target_language, project.languages)
    if language is None:
        raise WorkbenchError(f"target-language {xfile.target_language!r} is not a language of this project "
                             f"({', '.join(project.languages)})", shown, xfile.line)
    if xfile.original and "\\" not in xfile.original:
        candidate = (project.root / xfile.original).resolve()
        if candidate.suffix == ".po" and candidate.exists() and candidate.parent.name == "LC_MESSAGES":
            return candidate, language
    # a CAT tool that converted the file (Trados's SDLXLIFF) names the file it was given, often
    # by a Windows path: «C:\\Users\\me\\01-initial-report.ru.xlf» is the document 01-initial-report
    names = [PureWindowsPath(xfile.original).name] if xfile.original else []
    names.append(path.name)
    tried = []
    for name in names:
        while name:
            candidate = project.po_path(name, language)
            if candidate.exists():
                return candidate, language
            tried.append(candidate)
            name = name.rpartition(".")[0]
    raise WorkbenchError(f"no catalogue for {xfile.original or path.name!r} in {language} "
                         f"({project.relpath(tried[0])} does not exist)", shown, xfile.line)


def import_xliff(project: Project, paths: list[Path], shown: dict[Path, str] | None = None, *,
                 language: str | None = None) -> ImportReport:
    """Apply XLIFF files to the project's catalogues. Every file is read and every catalogue
    merged in memory first: a bad file changes nothing. *language*: the target language of
    files that declare none."""
    shown = shown or {}
    plans: dict[Path, Catalogue] = {}
    applied: dict[Path, list[tuple[XliffUnit, str]]] = {}      # catalogue → (unit, msgstr it replaced)
    report = ImportReport()
    for path in paths:
        where = shown.get(path, str(path))
        for xfile in read_xliff(path, where, language=language):
            po_path, _ = _catalogue_path(project, xfile, path, where)
            if xfile.plurals:
                report.warnings.append(f"{where}:{xfile.line}: {xfile.plurals} plural message(s) not imported "
                                       "(plural forms do not go through XLIFF here)")
            catalogue = plans.get(po_path)
            if catalogue is None:
                catalogue = plans[po_path] = read_po(po_path)
            for unit in xfile.units:
                message = catalogue.get(unit.source, unit.msgctxt)
                if message is None or message.obsolete:
                    report.warnings.append(f"{where}:{unit.line}: no message with this source in "
                                           f"{project.relpath(po_path)} (the source changed?); not imported")
                    continue
                seen = message.msgstr
                if _apply(message, unit):
                    report.changed_messages += 1
                    applied.setdefault(po_path, []).append((unit, seen))
    for po_path, catalogue in plans.items():
        if po_path not in applied:
            report.unchanged.append(po_path)
            continue
        _write(project, po_path, catalogue, applied[po_path], report)
    return report


def _write(project: Project, po_path: Path, catalogue: Catalogue, applied: list[tuple[XliffUnit, str]],
           report: ImportReport) -> None:
    """Write an imported catalogue unless it changed on disk since it was read (an editor saved
    it meanwhile): then it is read again and the units applied to the messages whose translation
    is still the one the import replaced; a message saved meanwhile keeps the saved text."""
    kept: set[str] = set()

    def reapply(fresh: Catalogue) -> None:
        for unit, seen in applied:
            message = fresh.get(unit.source, unit.msgctxt)
            if message is None or message.obsolete:
                continue
            if message.msgstr == seen:
                _apply(message, unit)
            elif message.msgstr != (unit.target or "") and unit.source not in kept:
                kept.add(unit.source)
                report.changed_messages -= 1
                report.warnings.append(f"{project.relpath(po_path)}: {unit.source[:60]!r} was saved by "
                                       "someone else during the import; their translation is kept")
        fresh.metadata["PO-Revision-Date"] = format_date()

    catalogue.metadata["PO-Revision-Date"] = format_date()
    write_po_keeping_saves(po_path, catalogue, reapply, during="the import", again="import it again")
    report.written.append(po_path)


def _apply(message: Message, unit: XliffUnit) -> bool:
    before = (message.msgstr, message.fuzzy, list(message.translator_comments), message.previous_msgid)
    message.msgstr = unit.target or ""
    message.fuzzy = bool(unit.target) and unit.fuzzy
    if unit.translator_notes:
        message.translator_comments[:] = list(unit.translator_notes)
    if message.fuzzy:
        if unit.previous is not None:
            message.previous_msgid = unit.previous
    else:
        message.previous_msgid = message.previous_msgctxt = message.previous_msgid_plural = None
    return before != (message.msgstr, message.fuzzy, list(message.translator_comments), message.previous_msgid)
