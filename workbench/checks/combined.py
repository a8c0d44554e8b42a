"""All the checks of a project in one run: the name checks (``names/``) and the QA checks
(``qa/``), over documents parsed once and catalogues read once.

``checks`` selects what runs: ``names``, ``qa`` (every QA family), ``all``, or QA family
names (``number``, ``date``, ``url``, ``quotes``, ``markup``, ``untranslated``,
``typography``, ``script``, ``length``), as a comma-separated string or a list.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.gettext import Catalogue
from workbench.project import Project
from workbench.text.documents import Document
from workbench.util.errors import WorkbenchError

from .findings import Finding
from .names.project import cache_folder
from .qa import FAMILIES
from .stored_results import open_store

if TYPE_CHECKING:
    from .names.checker import NameChecker
from .qa.project import CatalogueProvider, catalogue_on_disk, pick_documents, pick_languages, run_qa

SELECTABLE: tuple[str, ...] = ("all", "names", "qa", *FAMILIES)


def parse_checks(checks: str | Iterable[str] | None) -> tuple[bool, list[str]]:
    """(run the name checks?, the QA families to run) of a selection; None selects all."""
    if checks is None:
        return True, list(FAMILIES)
    items = [c.strip() for c in (checks.split(",") if isinstance(checks, str) else checks) if c.strip()]
    unknown = [c for c in items if c not in SELECTABLE]
    if unknown or not items:
        raise WorkbenchError(f"unknown check selection {', '.join(unknown) or repr(checks)} "
                             f"(choose from: {', '.join(SELECTABLE)})")
    names = "names" in items or "all" in items
    if "qa" in items or "all" in items:
        return names, list(FAMILIES)
    return names, [f for f in FAMILIES if f in items]


class CachedCatalogues:
    """A catalogue provider that reads each catalogue once for both runs (errors are remembered too)."""

    def __init__(self, project: Project, inner: CatalogueProvider | None = None) -> None:
        self.project = project
        self.inner = inner
        self._cache: dict[tuple[str, str], Catalogue | WorkbenchError | None] = {}

    def __call__(self, document: Document, language: str) -> Catalogue | None:
        key = (document.name, language)
        if key not in self._cache:
            try:
                self._cache[key] = (self.inner(document, language) if self.inner is not None
                                    else catalogue_on_disk(self.project, document, language))
            except WorkbenchError as exc:
                self._cache[key] = exc
        hit = self._cache[key]
        if isinstance(hit, WorkbenchError):
            raise hit
        return hit

    def any_document(self, document: object, language: str) -> object:
        """The same, typed as the name checks' provider."""
        assert isinstance(document, Document)
        return self(document, language)


def run_checks(project: Project, *, languages: Iterable[str] | None = None, documents: Iterable[str] | None = None,
               include_source: bool = True, include_targets: bool = True, checks: str | Iterable[str] | None = None,
               all_documents: Iterable[Document] | None = None, catalogues: CatalogueProvider | None = None,
               checker: NameChecker | None = None, reuse_results: bool = True) -> list[Finding]:
    """The findings of the selected checks (see the module docstring); bad input raises WorkbenchError.
    *reuse_results*: the checks take unchanged segments' findings from the project's store
    (:mod:`workbench.checks.stored_results`) and add the new ones to it."""
    from workbench.glossary import load_glossary

    names, families = parse_checks(checks)
    docs = list(all_documents) if all_documents is not None else project.load_documents()
    langs = list(languages) if languages else None
    pick_languages(project, langs)
    pick_documents(project, docs, documents)
    provider = CachedCatalogues(project, catalogues)
    store = open_store(cache_folder(project)) if reuse_results else None
    findings: list[Finding] = []
    if names:
        from .names.project import run_project

        findings += run_project(project, languages=langs, documents=documents, include_source=include_source,
                                include_targets=include_targets, checker=checker, all_documents=docs,
                                catalogues=provider.any_document, reuse_results=reuse_results, store=store)
    if families and include_targets:
        glossary = load_glossary(project.glossary_path) if project.glossary_path.exists() else None
        findings += run_qa(project, languages=langs, documents=documents, all_documents=docs, catalogues=provider,
                           glossary=glossary, families=families, report_unreadable=not names, store=store)
    if store is not None:
        store.save()
    return findings
