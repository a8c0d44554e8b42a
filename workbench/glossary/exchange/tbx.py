"""TBX export and import.

``export_tbx(glossary, languages)``: TBX v2 / TBX-Basic style XML:
``martif/text/body/termEntry id=ID``; per language a ``langSet xml:lang``; per form a
``tig`` with ``term`` and ``termNote type="administrativeStatus"``
(``preferredTerm-admn-sts``, ``admittedTerm-admn-sts``, ``deprecatedTerm-admn-sts``; the
glossary's "wrong" target forms are deprecated terms). The referent type is the entry's
``descrip type="subjectField"``, the note its ``note``; a declension cell is
``termNote type="x-declension"`` on the preferred term, and its gender (``m``/``f``/``n``
in the cell) also ``termNote type="grammaticalGender"`` (masculine/feminine/neuter).

``parse_tbx(data, path)``: TBX from other producers is read tolerantly: ``termEntry`` /
``conceptEntry``, ``langSet`` / ``langSec``, ``tig`` / ``ntig`` (``termGrp``) / ``termSec``,
``xml:lang`` with regions (``ru-RU``), missing status (= preferred for the first term of a
language, admitted for the others) and ``normativeAuthorization``; TBX-Min too (``<TBX>``,
``entry``/``conceptEntry``, ``langGroup``, ``termGroup`` with ``termStatus``, ``subjectField``),
and SDL MultiTerm's XML export (``<mtf>``, ``conceptGrp``, ``languageGrp`` with ``<language
lang>``, ``termGrp``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from xml.parsers import expat

from workbench.util.errors import Problem, ProblemsError, WorkbenchError

from ..model import COLUMNS, TARGET_LANGUAGES, TYPES, Glossary, Referent, validate_id
from .termbase import Termbase, _unique, left_out_note, slugify

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: the elements of a concept, of its terms in one language, and of one term: TBX 2008 (martif),
#: TBX v3 (ISO 30042:2019) and TBX-Min
ENTRIES = frozenset({"termEntry", "conceptEntry", "entry", "conceptGrp"})
LANGUAGE_GROUPS = frozenset({"langSet", "langSec", "langGroup", "languageGrp"})
TERM_GROUPS = frozenset({"tig", "ntig", "termSec", "termGroup", "termGrp"})
#: the roots: TBX 2008, TBX v3 / TBX-Min, SDL MultiTerm's XML export
ROOTS = frozenset({"martif", "tbx", "mtf"})

_STATUS_TO_TBX = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "deprecated": "deprecatedTerm-admn-sts",
    "wrong": "deprecatedTerm-admn-sts",
}
_GENDERS = {"m": "masculine", "f": "feminine", "n": "neuter"}


#: What XML 1.0 cannot hold (C0 controls but tab, LF and CR; surrogates; U+FFFE and U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _check_xml_text(glossary: Glossary) -> None:
    """Refuse, before writing, a glossary with text XML cannot hold (a TBX file must be XML)."""
    where = str(glossary.path or "glossary.tsv")
    problems: list[Problem] = []
    for r in glossary.referents:
        for column in COLUMNS:
            found = _NOT_XML.search(r.cell(column))
            if found is not None:
                problems.append(Problem(where, r.line or None,
                                        f"{r.id}: {column} holds U+{ord(found.group()):04X}, which XML cannot hold; "
                                        "not exporting (remove it from the glossary)"))
    if problems:
        raise ProblemsError(problems)


def export_tbx(glossary: Glossary, languages: Sequence[str] = TARGET_LANGUAGES) -> str:
    """The glossary as a TBX document (text, UTF-8 declaration); text XML cannot hold is refused."""
    _check_xml_text(glossary)
    martif = ET.Element("martif", {"type": "TBX-Basic", XML_LANG: "en"})
    header = ET.SubElement(martif, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    source = ET.SubElement(file_desc, "sourceDesc")
    ET.SubElement(source, "p").text = "Exported from glossary.tsv by workbench"
    encoding = ET.SubElement(header, "encodingDesc")
    ET.SubElement(encoding, "p", {"type": "XCSURI"}).text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(martif, "text"), "body")
    for r in glossary.referents:
        entry = ET.SubElement(body, "termEntry", {"id": r.id})
        ET.SubElement(entry, "descrip", {"type": "subjectField"}).text = r.type
        if r.note:
            ET.SubElement(entry, "note").text = r.note
        for lang in ("en", *languages):
            forms = list(r.forms(lang))
            if not forms:
                continue
            lang_set = ET.SubElement(entry, "langSet", {XML_LANG: lang})
            for form, status in forms:
                tig = ET.SubElement(lang_set, "tig")
                ET.SubElement(tig, "term").text = form
                ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = _STATUS_TO_TBX[status]
                if status == "preferred" and lang != "en":
                    decl = r.decl(lang)
                    gender = _gender_of(decl)
                    if gender:
                        ET.SubElement(tig, "termNote", {"type": "grammaticalGender"}).text = gender
                    if decl:
                        ET.SubElement(tig, "termNote", {"type": "x-declension"}).text = decl
    ET.indent(martif, space="  ")
    text = ET.tostring(martif, encoding="unicode", xml_declaration=False)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE martif SYSTEM "TBXBasiccoreStructV02.dtd">\n' + text + "\n")


def _gender_of(decl: str) -> str | None:
    items = {item.strip().lower() for item in decl.split(";")}
    for key, name in _GENDERS.items():
        if key in items:
            return name
    return None


def _parse_xml(data: bytes, path: str) -> tuple[ET.Element, dict[int, int]]:
    """Parse XML with expat, keeping each element's line (id(element) -> line)."""
    builder = ET.TreeBuilder()
    lines: dict[int, int] = {}
    parser = expat.ParserCreate(namespace_separator="}")
    parser.buffer_text = True

    def name(raw: str) -> str:
        return "{" + raw if "}" in raw else raw

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = builder.start(name(tag), {name(k): v for k, v in attrs.items()})
        lines[id(element)] = parser.CurrentLineNumber

    def forbid_entities(*_args: object) -> None:
        raise WorkbenchError("entity declarations are not allowed in a termbase", path, parser.CurrentLineNumber)

    parser.StartElementHandler = start
    parser.EndElementHandler = lambda tag: builder.end(name(tag))
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = forbid_entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise WorkbenchError(f"not well-formed XML: {expat.ErrorString(exc.code)} (column {exc.offset + 1})",
                             path, exc.lineno) from None
    return builder.close(), lines


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def _lang_of(element: ET.Element) -> str:
    lang = element.get(XML_LANG) or element.get("lang") or ""
    if not lang:         # MultiTerm: <languageGrp><language type="english" lang="EN-GB"/>
        named = next((child for child in element if _local(child.tag) == "language"), None)
        lang = named.get("lang", "") if named is not None else ""
    return lang.split("-")[0].split("_")[0].lower()


def _term_groups(element: ET.Element) -> list[ET.Element]:
    """The term groups of a language group, outermost only: TBX-Basic's ``ntig`` holds a
    ``termGrp`` of its own, which is MultiTerm's term group — one term, not two."""
    found = []
    for child in element:
        if _local(child.tag) in TERM_GROUPS:
            found.append(child)
        else:
            found.extend(_term_groups(child))
    return found


def _status_of(value: str) -> str | None:
    v = value.strip().lower()
    if v.startswith("preferred") or v == "standardized":
        return "preferred"
    if v.startswith("admitted") or v in ("proposed", "legal", "regulated"):
        return "admitted"
    if v.startswith(("deprecated", "superseded")) or v in ("notrecommended", "obsolete"):
        return "deprecated"
    return None


def parse_tbx(data: bytes | str, path: str | Path = "<tbx>") -> Termbase:
    """Read a TBX document into referents (see the module docstring for what is accepted)."""
    where = str(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
        data = re.sub(rb"^(\xef\xbb\xbf)?<\?xml[^>]*\?>", b'<?xml version="1.0" encoding="UTF-8"?>', data)
    root, lines = _parse_xml(data, where)
    if _local(root.tag).lower() not in ROOTS:
        raise WorkbenchError(f"not a TBX file: the root element is <{_local(root.tag)}>, not <martif> or <tbx>",
                             where, lines.get(id(root)))
    termbase = Termbase(where, columns=frozenset(), merge_terms=True)
    every: set[str] = {"id"}
    used_ids: set[str] = set()
    without_english: list[int] = []
    for entry in root.iter():
        if _local(entry.tag) not in ENTRIES:
            continue
        # what this entry provides: an entry without a Kazakh langSet leaves the Kazakh cells
        # alone, whatever the other entries of the file have
        provided: set[str] = {"id"}
        line = lines.get(id(entry), 0)
        values: dict[str, list[str] | str] = {}
        kind = ""
        notes: list[str] = []
        for child in entry:
            local = _local(child.tag)
            if (local == "descrip" and child.get("type") == "subjectField") or local == "subjectField":
                kind = _text(child)
            elif local == "note" or (local == "descrip" and child.get("type") in ("definition", "note")):
                notes.append(_text(child))
            elif local == "descripGrp":
                for d in child:
                    if _local(d.tag) == "descrip" and d.get("type") == "subjectField":
                        kind = _text(d)
                    elif _local(d.tag) == "descrip" and (d.get("type") or "").lower() in ("definition", "note"):
                        notes.append(_text(d))       # MultiTerm keeps its definitions in groups
        for lang_set in entry:
            if _local(lang_set.tag) not in LANGUAGE_GROUPS:
                continue
            lang = _lang_of(lang_set)
            if lang not in ("en", *TARGET_LANGUAGES):
                continue
            provided |= ({"en", "en_admitted", "en_deprecated"} if lang == "en"
                         else {lang, f"{lang}_admitted", f"{lang}_wrong"})
            if lang != "en" and any(_local(e.tag) == "termNote" and e.get("type") == "x-declension"
                                    for e in lang_set.iter()):
                provided.add(f"{lang}_decl")
            found: list[tuple[str, str | None, str]] = []   # (term, status or None, declension)
            for term_group in _term_groups(lang_set):
                term, status, decl = "", None, ""
                for el in term_group.iter():
                    local = _local(el.tag)
                    if local == "term":
                        term = _text(el)
                    elif local in ("termStatus", "usageStatus"):         # TBX-Min, its v3 form
                        status = _status_of(_text(el)) or status
                    elif local == "termNote":
                        t = el.get("type", "")
                        if t in ("administrativeStatus", "normativeAuthorization", "usageStatus"):
                            status = _status_of(_text(el)) or status
                        elif t == "x-declension":
                            decl = _text(el)
                if term:
                    found.append((term, status, decl))
            _add_terms(values, lang, found)
        if not values.get("en"):
            deprecated = values.get("en_deprecated")
            if isinstance(deprecated, list) and deprecated:
                termbase.problems.append(Problem(where, line, f"termEntry's only English term is deprecated "
                                                              f"({'; '.join(deprecated)}): no spelling to use"))
            else:       # a concept of other languages only: nothing for an English-source glossary
                without_english.append(line)
            continue
        ident = entry.get("id", "")
        if validate_id(ident) or ident in used_ids:
            ident = _unique(slugify(str(values["en"])), used_ids)
        used_ids.add(ident)
        values["id"] = ident
        if kind in TYPES:       # a foreign subject field ("politics") says nothing about the type
            provided.add("type")
        values["type"] = kind if kind in TYPES else "other"
        if notes:
            provided.add("note")
            values["note"] = " ".join(n for n in notes if n)
        termbase.referents.append(Referent.from_row(values, line=line))
        termbase.entry_columns.append(frozenset(provided))
        every |= provided
    if without_english:
        termbase.notes.append(left_out_note(where, "entry(ies) without an English term", without_english))
    termbase.columns = frozenset(every)
    return termbase


def _add_terms(values: dict[str, list[str] | str], lang: str, found: list[tuple[str, str | None, str]]) -> None:
    """Sort one langSet's terms into columns.

    The preferred term is the first one marked preferred, else the first without a
    status, else the first admitted one; other terms without a status are admitted.
    """
    if not found:
        return
    pick = next((i for i, (_, s, _) in enumerate(found) if s == "preferred"), None)
    if pick is None:
        pick = next((i for i, (_, s, _) in enumerate(found) if s is None), None)
    if pick is None:
        pick = next((i for i, (_, s, _) in enumerate(found) if s == "admitted"), None)
    for i, (term, status, decl) in enumerate(found):
        if i == pick:
            if values.get(lang):           # a second langSet of the same language
                _append(values, f"{lang}_admitted", term)
                continue
            values[lang] = term
            if decl and lang != "en":
                values[f"{lang}_decl"] = decl
        elif status == "deprecated":
            _append(values, "en_deprecated" if lang == "en" else f"{lang}_wrong", term)
        else:
            _append(values, f"{lang}_admitted", term)


def _append(values: dict[str, list[str] | str], key: str, term: str) -> None:
    cell = values.setdefault(key, [])
    if isinstance(cell, list):
        cell.append(term)
