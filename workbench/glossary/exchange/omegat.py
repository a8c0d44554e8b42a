"""OmegaT glossaries: export, and import of OmegaT's own files.

OmegaT's glossary format: UTF-8, tab-separated, ``source term<TAB>target term<TAB>comment``,
one line per English spelling (preferred, admitted, deprecated) with the preferred target
form; referents not yet translated into the language are left out. Files are written with
the ``.utf8`` extension, which OmegaT always reads as UTF-8.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.util.errors import WorkbenchError

from ..model import TARGET_LANGUAGES, Glossary


def _omegat_cell(text: str) -> str:
    return re.sub(r"[\t\r\n]+", " ", text).strip()


def export_omegat(glossary: Glossary, language: str) -> str:
    """An OmegaT glossary (source<TAB>target<TAB>comment lines) for English -> *language*."""
    # OmegaT skips lines starting with '#'; the magic comment states the encoding
    lines = [f"# Glossary in tab-separated format -*- coding: utf-8 -*- (English -> {language}, from workbench)"]
    for r in glossary.referents:
        target = r.target(language)
        if not target:
            continue
        base: list[str] = []
        admitted = r.target_admitted(language)
        wrong = r.target_wrong(language)
        if admitted:
            base.append("also: " + ", ".join(admitted))
        if wrong:
            base.append("not: " + ", ".join(wrong))
        if r.note:
            base.append(r.note)
        for spelling, status in r.spellings():
            comment = list(base)
            if status == "deprecated":
                comment.insert(0, f"DEPRECATED English spelling, write {r.en!r}")
            elif status == "admitted":
                comment.insert(0, f"= {r.en}")
            cells = [_omegat_cell(spelling), _omegat_cell(target), _omegat_cell(" | ".join(comment))]
            lines.append("\t".join(cells if cells[2] else cells[:2]))
    return "\n".join(lines) + "\n"


#: the target language an OmegaT glossary's name gives: glossary.en-ru.utf8, terms_kk.tab
_NAME_LANGUAGE = re.compile(r"(?:^|[^a-z])(?:en[-_])?(" + "|".join(TARGET_LANGUAGES)
                            + r")(?:[-_][a-z]{2})?(?:[^a-z]|$)", re.IGNORECASE)


def omegat_language(path: str | Path, language: str | None) -> str:
    """The target language of an OmegaT glossary: *language*, else the one its file name gives."""
    if language:
        return language
    found = _NAME_LANGUAGE.search(Path(path).stem)
    if found is None:
        raise WorkbenchError("an OmegaT glossary names no language: say which its targets are in with --language",
                             path, 1)
    return found.group(1).lower()


def omegat_as_csv(text: str, language: str) -> str:
    """An OmegaT glossary (``source<TAB>target<TAB>comment``, ``#`` comments, no header) as the
    simple tab-separated form the CSV reader takes: a header ``en<TAB>LANG<TAB>note``; the
    comment becomes the note of a new referent."""
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    body = [line.split("\t")[:3] for line in rows]
    header = "\t".join(("en", language, "note"))
    # (quotes are OmegaT's text, not CSV quoting: written doubled inside quoted cells)
    quoted = ["\t".join('"' + cell.replace('"', '""') + '"' for cell in cells + [""] * (3 - len(cells)))
              for cells in body]
    return "\n".join([header, *quoted]) + "\n"
