"""Catalogues travel between the workbench and other gettext tools without loss.

polib stands in for the PO readers and writers of other tools (Poedit,
Weblate and the Translate Toolkit write the same structures); msgmerge and
msgcat are the GNU tools themselves.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from workbench.gettext import format_po, parse_po, read_po

REPO = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((REPO / "locale").glob("*/LC_MESSAGES/*.po"))


def _summary_ours(catalogue):
    return sorted(
        (m.msgid, m.msgstr, m.fuzzy, m.obsolete, tuple(f"{p}:{n}" for p, n in m.references), m.previous_msgid or "")
        for m in catalogue.messages
    )


def _summary_polib(po):
    entries = list(po) + list(po.obsolete_entries())
    return sorted(
        (e.msgid, e.msgstr, "fuzzy" in e.flags, bool(e.obsolete), tuple(f"{p}:{n}" for p, n in e.occurrences),
         e.previous_msgid or "")
        for e in entries
    )


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_polib_reads_what_we_write(path):
    catalogue = read_po(path)
    po = polib.pofile(format_po(catalogue))
    assert _summary_polib(po) == _summary_ours(catalogue)
    assert po.metadata["Language"] == catalogue.metadata["Language"]
    assert po.metadata["Plural-Forms"] == catalogue.metadata["Plural-Forms"]


def test_a_catalogue_saved_by_another_tool_loses_nothing(tmp_path):
    """polib re-wraps and re-orders nothing we need: every field survives its round trip."""
    source = read_po(CATALOGUES[0])
    source.messages[1].flags.append("fuzzy")
    source.messages[1].previous_msgid = "An older sentence."
    source.messages[2].translator_comments.append("checked by the editor")
    po = polib.pofile(format_po(source))
    saved = tmp_path / "saved-by-polib.po"
    po.save(str(saved))
    assert saved.read_text(encoding="utf-8") != format_po(source)  # polib wraps differently…
    back = read_po(saved)
    assert _summary_ours(back) == _summary_ours(source)  # …but nothing is lost
    assert back.messages[2].translator_comments == ["checked by the editor"]
    assert format_po(back) == format_po(source)  # and our writer restores the GNU layout


@pytest.mark.skipif(not shutil.which("msgmerge"), reason="GNU gettext not installed")
def test_msgmerge_on_our_files_keeps_every_translation(tmp_path):
    po_path = CATALOGUES[0]
    pot_path = REPO / "locale" / f"{po_path.stem}.pot"
    out = tmp_path / "merged.po"
    subprocess.run(["msgmerge", "--quiet", "-o", str(out), str(po_path), str(pot_path)], check=True)
    ours, theirs = read_po(po_path), read_po(out)
    assert {m.msgid: m.msgstr for m in ours.live()} == {m.msgid: m.msgstr for m in theirs.live()}


def test_parse_is_independent_of_line_wrapping():
    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "a b "\n"c"\nmsgstr "x"\n'
    assert parse_po(text).get("a b c").msgstr == "x"
