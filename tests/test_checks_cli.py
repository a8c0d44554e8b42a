"""`workbench check`: grouped text report, JSON, filters, exit codes, --accept-variants."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from tests.test_checks_source import GLOSSARY
from workbench.checks import FIELD_NAMES, check_project
from workbench.cli.check import CheckOptions, run_check
from workbench.gettext import read_po, write_po
from workbench.project import load_project
from workbench.services.update import update_project
from workbench.util.errors import ProblemsError, WorkbenchError

DOC_A = """Kazakhstan Report

Kassym-Jomart Tokayev met the workers in Zhanaozen.
The CSTO sent troops to Kazakhstan.
Nazarabayev left.
The Janaozen strike spread.
"""
DOC_B = """Tokayev spoke in Zhanaozen.
"""

TRANSLATIONS = {
    ("a", "ru"): {
        "Kassym-Jomart Tokayev met the workers in Zhanaozen.": "Касым-Жомарт Токаев встретился с рабочими в Жанаозене.",
        "The CSTO sent troops to Kazakhstan.": "ОДКБ направила войска в Казакстан.",      # wrong form
    },
    ("a", "kk"): {
        "Kassym-Jomart Tokayev met the workers in Zhanaozen.": "Қасым-Жомарт Тоқаев Жаңаөзенда жұмысшылармен кездесті.",
        "The CSTO sent troops to Kazakhstan.": "ҰҚШҰ Қазақстанға әскер жіберді.",
    },
    ("b", "ru"): {"Tokayev spoke in Zhanaozen.": "Он выступил в Жанаозене."},              # missing: warning
    ("b", "kk"): {"Tokayev spoke in Zhanaozen.": "Қасым-Жомарт Тоқаев Жаңаөзенде сөйледі."},
}


def make_project(root: Path, translations=TRANSLATIONS, fuzzy: set | None = None) -> Path:
    (root / "seeds").mkdir(parents=True)
    (root / "seeds" / "a.txt").write_text(DOC_A, encoding="utf-8")
    (root / "seeds" / "b.txt").write_text(DOC_B, encoding="utf-8")
    (root / "glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    (root / "workbench.toml").write_text('[workbench]\nlanguages = ["ru", "kk"]\n', encoding="utf-8")
    project = load_project(root)
    update_project(project)
    for (doc, lang), pairs in translations.items():
        po = project.po_path(doc, lang)
        cat = read_po(po)
        for msgid, msgstr in pairs.items():
            message = cat.get(msgid)
            assert message is not None, msgid
            message.msgstr = msgstr
            if fuzzy and (doc, lang, msgid) in fuzzy:
                message.fuzzy = True
        write_po(cat, po)
    return root


def args(**kw):
    base = {"language": None, "document": None, "severity": "info", "format": "text", "source_only": False,
            "targets_only": False, "accept_variants": False}
    base.update(kw)
    return argparse.Namespace(**base)


def run(root: Path, **kw) -> tuple[int, str]:
    out = io.StringIO()
    code = run_check(load_project(root), CheckOptions.from_args(args(**kw)), out=out)
    return code, out.getvalue()


@pytest.fixture()
def project(tmp_path) -> Path:
    return make_project(tmp_path / "p")


def test_text_report_groups_sources_and_targets(project):
    code, text = run(project)
    assert code == 1                                  # errors present: CI gate
    assert "Sources — names and their spellings" in text
    assert "'Nazarabayev' ×1  DEPRECATED → Nazarbayev" in text
    assert "'Janaozen' ×1  VARIANT of 'Zhanaozen'" in text
    assert "Translations — Russian (ru)" in text and "Translations — Kazakh (kk)" in text
    # whose line is which: the segment's line in the source, the entry's in the catalogue
    assert "  source seeds/a.txt · catalogue locale/ru/LC_MESSAGES/a.po" in text
    po_line = next(m.lineno for m in read_po(project / "locale/ru/LC_MESSAGES/a.po").messages
                   if m.msgid == "The CSTO sent troops to Kazakhstan.")
    assert (f"source line 4 · catalogue line {po_line}: error: target-misspelt-name: 'Казакстан' → 'Казахстан'"
            in text)
    assert "target-wrong-inflection: 'Жаңаөзенда' → 'Жаңаөзенде'" in text
    assert "target-missing-name" in text


def test_json_is_a_list_of_findings_with_stable_fields(project):
    code, text = run(project, format="json")
    data = json.loads(text)
    assert code == 1 and isinstance(data, list) and data
    for item in data:
        assert tuple(item) == FIELD_NAMES
    assert "Казакстан" in text                        # ensure_ascii=False
    wrong = next(d for d in data if d["check"] == "target-misspelt-name")
    assert wrong["path"] == "seeds/a.txt" and wrong["line"] == 4 and wrong["language"] == "ru"
    assert wrong["catalogue"] == "locale/ru/LC_MESSAGES/a.po"
    assert wrong["suggestion"] == "Казахстан" and wrong["referent"] == "kazakhstan"


def test_filters(project):
    _, text = run(project, format="json", language=["kk"], targets_only=True)
    data = json.loads(text)
    assert data and {d["language"] for d in data} == {"kk"}
    _, text = run(project, format="json", document=["b"], targets_only=True)
    assert {d["path"] for d in json.loads(text)} == {"seeds/b.txt"}
    _, text = run(project, format="json", document=["seeds/b.txt"], source_only=True)
    assert {d["language"] for d in json.loads(text)} == {None}
    code, text = run(project, format="json", severity="error")
    assert {d["severity"] for d in json.loads(text)} == {"error"} and code == 1
    code, text = run(project, format="json", source_only=True)
    assert code == 0                                  # sources give warnings only


def test_exit_code_zero_without_errors(tmp_path):
    root = make_project(tmp_path / "ok", translations={
        ("b", "ru"): {"Tokayev spoke in Zhanaozen.": "Касым-Жомарт Токаев выступил в Жанаозене."},
        ("b", "kk"): {"Tokayev spoke in Zhanaozen.": "Қасым-Жомарт Тоқаев Жаңаөзенде сөйледі."},
    })
    code, text = run(root, targets_only=True)
    assert code == 0 and "No findings." in text


def test_fuzzy_and_untranslated_are_skipped(tmp_path):
    msgid = "The CSTO sent troops to Kazakhstan."
    root = make_project(tmp_path / "fz", fuzzy={("a", "ru", msgid)})
    findings = check_project(load_project(root), languages=["ru"], include_source=False)
    assert not any(f.source == msgid for f in findings)


def test_bad_inputs_raise(project):
    with pytest.raises(WorkbenchError):
        run(project, document=["nope"])
    with pytest.raises(WorkbenchError):
        run(project, language=["de"])
    with pytest.raises(WorkbenchError):
        run(project, source_only=True, targets_only=True)
    text = (project / "glossary.tsv").read_text(encoding="utf-8")
    (project / "glossary.tsv").write_text(text + "bad id!\tnonsense\t\n", encoding="utf-8")
    with pytest.raises(ProblemsError) as info:
        run(project)
    assert "glossary.tsv" in str(info.value)


def test_accept_variants(project):
    _, text = run(project, source_only=True, accept_variants=True)
    assert "added 'Janaozen' to zhanaozen" in text
    assert "Janaozen" in (project / "glossary.tsv").read_text(encoding="utf-8")
    _, text = run(project, source_only=True, format="json")
    assert not any(d["check"] == "source-variant-spelling" for d in json.loads(text))


def test_inconsistent_rendering_across_segments(tmp_path):
    root = make_project(tmp_path / "inc", translations={
        ("a", "ru"): {"Kassym-Jomart Tokayev met the workers in Zhanaozen.":
                      "Касым-Жомарт Токаев встретился с рабочими в Жанаозене."},
        ("b", "ru"): {"Tokayev spoke in Zhanaozen.": "Касым-Жомарт Токаев выступил в Жанаозене."},
    })
    # a second admitted Russian form that is not a short form of the first
    from workbench.glossary import load_glossary, save_glossary

    glossary = load_glossary(root / "glossary.tsv")
    glossary.add_variant("zhanaozen", "Джанаозен", "admitted", lang="ru")
    save_glossary(glossary)
    po = load_project(root).po_path("b", "ru")
    cat = read_po(po)
    cat.get("Tokayev spoke in Zhanaozen.").msgstr = "Касым-Жомарт Токаев выступил в Джанаозене."
    write_po(cat, po)
    findings = check_project(load_project(root), languages=["ru"], include_source=False)
    inc = [f for f in findings if f.check == "target-inconsistent-rendering"]
    # the fix is the other rendering in the same case, so that it can replace the text as it is
    assert [(f.path, f.offending, f.suggestion, f.severity) for f in inc] in (
        [("seeds/b.txt", "Джанаозене", "Жанаозене", "info")], [("seeds/a.txt", "Жанаозене", "Джанаозене", "info")])


def test_lead_cli_wiring(project, capsys):
    from workbench.cli import main

    code = main(["-C", str(project), "check", "--format", "json", "-l", "ru", "--targets-only"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1 and {d["language"] for d in data} == {"ru"}


def test_accept_variants_flag_adds_the_spelling_through_the_real_cli(tmp_path, capsys):
    """`workbench check --accept-variants deprecated` is wired through argparse."""
    from tests.helpers import copy_project
    from workbench.cli import main
    from workbench.glossary import load_glossary

    project = copy_project(tmp_path / "p")
    glossary_path = project / "glossary.tsv"
    glossary = load_glossary(glossary_path)
    row = glossary.by_id("petrokazakhstan")
    from dataclasses import replace

    glossary.update("petrokazakhstan", replace(row, en_deprecated=tuple(s for s in row.en_deprecated if s != "Petrokazakhstan")))
    from workbench.glossary import save_glossary

    save_glossary(glossary)
    assert main(["--project", str(project), "check", "--source-only", "--accept-variants", "deprecated"]) == 0
    assert "Petrokazakhstan" in load_glossary(glossary_path).by_id("petrokazakhstan").en_deprecated
    capsys.readouterr()
    assert main(["--project", str(project), "check", "--source-only", "--format", "json"]) == 0
    assert '"source-variant-spelling"' not in capsys.readouterr().out
