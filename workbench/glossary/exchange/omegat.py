"""OmegaT glossary export.

OmegaT's glossary format: UTF-8, tab-separated, ``source term<TAB>target term<TAB>comment``,
one line per English spelling (preferred, admitted, deprecated) with the preferred target
form; referents not yet translated into the language are left out. Files are written with
the ``.utf8`` extension, which OmegaT always reads as UTF-8.
"""

from __future__ import annotations

import re

from ..model import Glossary


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
