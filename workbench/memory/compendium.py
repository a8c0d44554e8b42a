"""PO and XLIFF files used as a memory (msgmerge's *compendium* idea), in and out.

Importing a PO file takes its translated messages (not fuzzy, not obsolete, not plural);
the language comes from its ``Language`` header (or ``--language``). Importing an XLIFF
file takes every translated ``<trans-unit>`` of each ``<file>`` whose target language the
project translates into. Exporting writes one PO compendium per language, one entry per
source (the most recently changed translation), formatted as GNU gettext formats it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO

from workbench.gettext import Catalogue, Message, format_po, read_po
from workbench.util.errors import WorkbenchError
from workbench.util.languages import SOURCE_LANGUAGE, map_language

from .matching import StoredUnit, normalise
from .store import now_iso
from .tmx import ReadReport


def read_po_units(path: Path, languages: list[str], report: ReadReport, *, language: str | None = None,
                  shown: str | None = None, origin: str | None = None) -> list[StoredUnit]:
    where = shown or str(path)
    catalogue = read_po(path, any_charset=True)     # a legacy KOI8-R or CP1251 compendium is welcome
    code = language or catalogue.metadata.get("Language", "")
    if not code:
        raise WorkbenchError("no Language header: say which language it is with --language", where, 1)
    target = map_language(code, languages)
    if target is None:
        report.unknown_languages[code] += sum(1 for m in catalogue.messages if m.msgstr and not m.obsolete)
        return []
    who = catalogue.metadata.get("Last-Translator", "")
    if who.startswith("FULL NAME"):
        who = ""
    when = now_iso()
    units = []
    for message in catalogue.messages:
        if message.obsolete or not message.msgid or message.msgid_plural is not None:
            continue
        if not message.msgstr or message.fuzzy:
            report.empty += 1
            continue
        units.append(StoredUnit(message.msgid, message.msgstr, SOURCE_LANGUAGE, target, origin or f"po:{path.name}",
                                "po", when, when, who, who, "\n".join(message.translator_comments)))
    report.units += len(units)
    return units


def read_xliff_units(path: Path, languages: list[str], report: ReadReport, *, shown: str | None = None,
                     origin: str | None = None, language: str | None = None) -> list[StoredUnit]:
    """The translated units of an XLIFF file as memory units: confirmed targets only, from an
    English source (a file translated from another language is counted and skipped); *language*
    is the target language of files that declare none."""
    from workbench.exchange.xliff import read_xliff

    when = now_iso()
    units = []
    for xfile in read_xliff(path, shown, language=language):
        translated = sum(1 for unit in xfile.units if unit.target)
        if xfile.source_language and map_language(xfile.source_language, [SOURCE_LANGUAGE]) is None:
            report.other_sources[xfile.source_language] += translated
            continue
        target = map_language(xfile.target_language, languages)
        if target is None:
            if translated:
                report.unknown_languages[xfile.target_language] += translated
            continue
        report.plurals += xfile.plurals
        for unit in xfile.units:
            if not unit.target or unit.fuzzy:
                report.unconfirmed += 1
                continue
            units.append(StoredUnit(unit.source, unit.target, SOURCE_LANGUAGE, target,
                                    origin or f"xliff:{path.name}", "xliff", when, when, "", "",
                                    "\n".join(unit.translator_notes)))
    report.units += len(units)
    return units


def write_po_compendium(out: IO[str], units: Iterable[StoredUnit], language: str) -> int:
    """One PO entry per source: the most recently changed translation (``units`` in id order)."""
    newest: dict[str, StoredUnit] = {}
    for unit in units:
        key = normalise(unit.source)
        held = newest.get(key)
        if held is None or unit.changed >= held.changed:
            newest[key] = unit
    catalogue = Catalogue(metadata={
        "Project-Id-Version": "workbench memory", "Language": language, "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"})
    for key, unit in newest.items():
        comments = [f"origin: {unit.origin}"] + ([f"by: {unit.changer}"] if unit.changer else [])
        catalogue.messages.append(Message(key, unit.target, translator_comments=comments))
    out.write(format_po(catalogue))
    return len(newest)

