"""The name checks as a library: case forms for the editor, the checker as shared read-only
state with a per-project context, the form index on disk, fixes that are drop-in replacements,
and no import cycles inside ``workbench.checks``."""

from __future__ import annotations

import ast
import os
import pkgutil
from pathlib import Path

import pytest

import workbench.checks
from tests.test_checks_cli import make_project
from workbench.checks import CheckContext, NameChecker, Vocabulary, checker_for_path
from workbench.checks.names import forms as forms_module
from workbench.checks.names.diskcache import MAGIC, cache_file, disk_loader, read_index
from workbench.checks.names.forms import FormIndex
from workbench.checks.names.lexicon import Lexicon
from workbench.checks.names.matcher import NameIndex, case_forms
from workbench.checks.names.project import cache_folder, run_project
from workbench.glossary import load_glossary, parse_glossary
from workbench.project import load_project

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(REPO / "glossary.tsv")


# -- Ctrl+N: every case of every valid form ------------------------------------------------------

def test_case_forms_list_every_case_of_every_form(glossary) -> None:
    ru = {form: cases for cases, form in case_forms(glossary.by_id("nazarbayev"), "ru")}
    assert ru["Назарбаевым"] == "ins" and ru["Нурсултаном Назарбаевым"] == "ins"
    assert ru["Назарбаева"] == "gen/acc"
    kk = [form for _, form in case_forms(glossary.by_id("tokayev"), "kk")]
    assert kk[0] == "Қасым-Жомарт Тоқаев"                      # the preferred form first
    assert {"Тоқаевқа", "Тоқаевтың", "Қасым-Жомарт Тоқаевпен"} <= set(kk)
    assert len(kk) == len(set(kk))                              # each form once
    # an admitted form with its own declension, a quoted name declined inside its quotes
    assert "Алма-Аты" in {form for _, form in case_forms(glossary.by_id("almaty"), "ru")}
    assert "«Левого блока»" in {form for _, form in case_forms(glossary.by_id("left-bloc"), "ru")}
    kk_quoted = {form for _, form in case_forms(glossary.by_id("tengizchevroil"), "kk")}
    assert "«Теңізшевройлдың»" in kk_quoted and not any("»-" in form for form in kk_quoted)
    us = {form for _, form in case_forms(glossary.by_id("united-states"), "kk")}
    assert {"АҚШ-тың", "Америка Құрама Штаттарының"} <= us
    # no wrong form is ever offered
    assert not any(form == "Токаев" for _, form in case_forms(glossary.by_id("tokayev"), "kk"))


# -- the checker is shared read-only state; the project's context is passed in ----------------------

def test_a_project_run_does_not_change_what_the_editor_sees(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    project = load_project(root)
    checker = checker_for_path(project.glossary_path, cache_dir=cache_folder(project))
    source = "Janaozen workers and Astana residents met."
    before = checker.check_source_text("d.txt", 1, source)
    context_before = checker.context
    run_project(project, checker=checker)
    assert checker.context is context_before and not checker.context.vocabulary
    assert checker.check_source_text("d.txt", 1, source) == before
    # the context decides: "Astana" seen capitalised mid-sentence elsewhere is a name
    context = CheckContext.of_texts(["They went to Astana today."])
    found = checker.check_source_text("d.txt", 1, "Astana residents met.", context=context)
    assert [f.offending for f in found if f.check == "source-unknown-name"] == ["Astana"]
    assert checker.check_source_text("d.txt", 1, "Astana residents met.") == []


def test_the_vocabulary_given_to_a_checker_is_its_default_context() -> None:
    vocabulary = Vocabulary()
    vocabulary.learn("They went to Astana today.")
    glossary = parse_glossary("id\ttype\ten\nx\tplace\tZhanaozen\n", "g.tsv")
    checker = NameChecker(glossary, vocabulary=vocabulary)
    assert [f.offending for f in checker.check_source_text("d", 1, "Astana residents met.")] == ["Astana"]


# -- the form index on disk ---------------------------------------------------------------------------

def test_form_index_survives_bytes(glossary) -> None:
    lexicon = Lexicon(glossary)
    for language in ("ru", "kk"):
        index = lexicon.index(language)
        again = FormIndex.loads(index.dumps())
        for key in ("казахстана", "токаеву", "«тенгизшевройла»", "тоқаевқа", "жаңаөзендегі"):
            key = " ".join(key.strip("«»").split())
            assert again.lookup(key) == index.lookup(key)
        assert again.stems == index.stems and again.words == index.words and again.forms == index.forms
    english = lexicon.english
    assert NameIndex.loads(english.dumps()).keys == english.keys
    with pytest.raises(ValueError):
        FormIndex.loads(b"not an index")
    with pytest.raises(ValueError):
        NameIndex.loads(lexicon.index("ru").dumps())


def test_indexes_are_kept_on_disk_per_glossary_content(tmp_path: Path, glossary) -> None:
    folder = tmp_path / "cache"
    built: list[str] = []

    def loader_for(lexicon_digest: str):
        load = disk_loader(folder)

        def counting(digest, name, build, loads):
            def build_and_count():
                built.append(name)
                return build()
            return load(digest, name, build_and_count, loads)
        return counting

    first = Lexicon(glossary, loader=loader_for(""))
    first.warm()
    assert sorted(built) == ["en", "kk", "ru"]
    files = sorted(p.name for p in folder.iterdir())
    assert len(files) == 3 and all(name.startswith("names-") for name in files)
    built.clear()
    second = Lexicon(glossary, loader=loader_for(""))
    second.warm()
    assert built == []                                          # read, not built
    assert second.index("ru").lookup("казахстана") == first.index("ru").lookup("казахстана")
    # a corrupt file and a truncated one are ignored and rebuilt
    ru = cache_file(folder, second.digest, "ru")
    ru.write_bytes(MAGIC + b"\x00garbage")
    kk = cache_file(folder, second.digest, "kk")
    kk.write_bytes(kk.read_bytes()[: len(kk.read_bytes()) // 2])
    built.clear()
    third = Lexicon(glossary, loader=loader_for(""))
    third.warm()
    assert sorted(built) == ["kk", "ru"]
    assert read_index(ru) is not None and read_index(kk) is not None
    # another glossary content: new files, the old ones removed
    edited = load_glossary(REPO / "glossary.tsv")
    edited.add_variant("tokayev", "Tokaiev", "admitted")
    fourth = Lexicon(edited, loader=loader_for(""))
    fourth.warm()
    assert fourth.digest != third.digest
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        cache_file(folder, fourth.digest, name).name for name in ("en", "ru", "kk"))


def test_an_unwritable_cache_folder_only_costs_time(tmp_path: Path, glossary) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    lexicon = Lexicon(glossary, loader=disk_loader(blocker / "sub"))
    assert lexicon.index("ru").lookup("казахстана")


def test_project_run_writes_its_indexes_under_dot_workbench(tmp_path: Path) -> None:
    root = make_project(tmp_path / "p")
    project = load_project(root)
    run_project(project)
    cached = sorted((root / ".workbench" / "cache").glob("names-*"))
    assert {p.name.split("-")[2] for p in cached} == {"en", "ru", "kk"}
    assert len(list((root / ".workbench" / "cache").glob("results-*.bin"))) == 1     # the findings


def test_the_digest_follows_the_code_that_builds_the_index(glossary, monkeypatch) -> None:
    digest = Lexicon(glossary).digest
    monkeypatch.setattr(forms_module, "FORMAT", forms_module.FORMAT + 1)
    import workbench.checks.names.lexicon as lexicon_module

    monkeypatch.setattr(lexicon_module, "FORMAT", forms_module.FORMAT)
    assert Lexicon(glossary).digest != digest


# -- fixes are drop-in replacements ------------------------------------------------------------------

@pytest.fixture(scope="module")
def checker(glossary) -> NameChecker:
    return NameChecker(glossary)


@pytest.mark.parametrize("language,source,target", [
    ("ru", "Tokayev resigned.", "Президент ушёл в отставку."),
    ("kk", "Nazarbayev ruled.", "Ол билік құрды."),
    ("ru", "Workers at Tengizchevroil struck.", "Рабочие «Тенгизшевройлы» бастовали."),
    ("ru", "He went to Moscow.", "Он поехал к Москвы."),
    ("ru", "In the European Union.", "В Европейский союзе."),
    ("kk", "Workers at Tengizchevroil struck.", "«Теңізшевройл»-дың жұмысшылары ереуілге шықты."),
    ("kk", "They wrote to Tokayev.", "Олар Тоқаевке хат жазды."),
    ("ru", "Biden said nothing.", "Биден ничего не сказал."),
])
def test_a_suggestion_replaces_the_offending_text(checker, language, source, target) -> None:
    findings = [f for f in checker.check_target_segment("d", 1, source, target, language) if f.severity != "info"]
    assert findings
    for f in findings:
        if f.check == "target-missing-name":
            assert f.suggestion is None                     # nothing in the text to replace
            continue
        assert f.suggestion is not None and f.offending in target
        fixed = target.replace(f.offending, f.suggestion, 1)
        assert [g for g in checker.check_target_segment("d", 1, source, fixed, language)
                if g.severity != "info"] == [], fixed


# -- no import cycles inside workbench.checks ------------------------------------------------------------

def _edges() -> dict[str, set[str]]:
    package = Path(workbench.checks.__file__).parent
    modules = {info.name for info in pkgutil.walk_packages([str(package)], "workbench.checks.")} | {"workbench.checks"}
    edges: dict[str, set[str]] = {}
    for module in modules:
        path = package.joinpath(*module.split(".")[2:])
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        base = module if path.name == "__init__.py" else module.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                node.body = []
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = base.split(".")
                    name = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
                else:
                    name = node.module or ""
                submodules = [f"{name}.{alias.name}" for alias in node.names]
                # "from . import dates" names a sibling module, not the package's own namespace
                targets = submodules if all(s in modules for s in submodules) else [name, *submodules]
                found.update(t for t in targets if t in modules)
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name in modules)
        edges[module] = found - {module}
    return edges


def test_no_import_cycles_inside_checks() -> None:
    edges = _edges()
    assert "workbench.checks.names.target" not in edges["workbench.checks.names.checker"] or \
        "workbench.checks.names.checker" not in edges["workbench.checks.names.target"]
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, path: list[str]) -> bool:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                cycle.extend(path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, path + [node]):
                return True
        state[node] = 2
        return False

    for module in sorted(edges):
        if state.get(module) is None and visit(module, []):
            break
    assert not cycle, " → ".join(cycle)


def test_the_registry_lives_with_the_findings() -> None:
    from workbench.checks import findings

    assert workbench.checks.CHECKS is findings.CHECKS
    assert os.path.basename(findings.__file__) == "findings.py"
