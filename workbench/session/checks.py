"""Checks for the editor and the checks screen: one segment as the translator types, the
whole project over what is in memory, and the names of a segment for the names panel.

Both run the name checks and the QA checks (``workbench.checks.qa``); a QA finding's
``suggestion`` is the whole corrected translation (see ``workbench.checks.qa.apply_fix``)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from workbench.checks import CheckContext, Finding, NameChecker
from workbench.checks.names.matcher import case_forms
from workbench.checks.names.project import cache_folder, run_project
from workbench.checks.qa import Context, check_target_segment, context_for, run_qa
from workbench.checks.stored_results import open_store
from workbench.gettext import Catalogue
from workbench.glossary import Referent
from workbench.project import Project
from workbench.text.documents import Document, Segment
from workbench.util.errors import WorkbenchError

from .catalogues import CatalogueStore, DocInfo
from .glossary_store import GlossaryStore
from .records import Located, NameHit


class CheckService:
    """Runs the checks on the session's documents, catalogues and glossary."""

    def __init__(self, project: Project, store: CatalogueStore, glossary: GlossaryStore) -> None:
        self.project = project
        self.store = store
        self.glossary = glossary
        self.error: str | None = None      # the last failure, for the UI to show once
        self._context: tuple[tuple[int, ...], CheckContext] | None = None
        self._contexts: dict[str, tuple[int, Context]] = {}

    def qa_context(self, language: str) -> Context:
        """The QA context of *language* (glossary names, lexicon), rebuilt when the glossary changes."""
        version = self.glossary.version
        cached = self._contexts.get(language)
        if cached is None or cached[0] != version:
            cached = (version, context_for(self.glossary.glossary, language))
            self._contexts[language] = cached
        return cached[1]

    def checker(self) -> NameChecker | None:
        checker = self.glossary.checker(cache_dir=cache_folder(self.project))
        if checker is None and self.glossary.check_error:
            self.error = self.glossary.check_error
        return checker

    def context(self) -> CheckContext:
        """The project's context for the checks (the vocabulary of the documents parsed so far),
        the same a whole-project run uses once every document is parsed. Passed with each call:
        the shared checker is never changed."""
        infos = [info for info in self.store.docs.values() if info.loaded and info.error is None]
        key = tuple(id(info.document) for info in infos)
        cached = self._context
        if cached is not None and cached[0] == key:
            return cached[1]
        context = CheckContext.of_texts(seg.msgid for info in infos for seg in info.document.segments)
        self._context = (key, context)
        return context

    # -- one segment ------------------------------------------------------------------------
    def check_segment(self, name: str, language: str, segment: Segment, translation: str, *,
                      source_findings: bool = False) -> list[Finding]:
        """Findings for one segment with *translation* (which may be unsaved).

        With *source_findings*, warnings about the source's own spelling follow.
        """
        checker = self.checker()
        info = self.store.docs[name]
        found: list[Finding] = []
        try:
            context = self.context()
            if translation:
                catalogue = info.catalogues.get(language)
                po = self.project.relpath(Path(catalogue.path)) if catalogue is not None and catalogue.path else None
                if checker is not None:
                    found += checker.check_target_segment(info.relpath, segment.line, segment.msgid, translation,
                                                          language, catalogue=po, context=context)
                found += check_target_segment(info.relpath, segment.line, segment.msgid, translation, language,
                                              style=self.project.style(language), context=self.qa_context(language),
                                              catalogue=po)
            if source_findings and checker is not None:
                found += [f for f in checker.check_source_segment(info.relpath, segment, context=context)
                          if f.severity != "info"]
        except Exception as exc:
            self.error = f"checks failed: {type(exc).__name__}: {exc}"
        return found

    # -- names ----------------------------------------------------------------------------------
    def unknown_names(self, name: str, segment: Segment) -> list[str]:
        """The capitalised names and acronyms of *segment*'s source that the glossary does not
        know, in order, each once (what ``workbench check`` reports as source-unknown-name)."""
        checker = self.checker()
        if checker is None:
            return []
        found = checker.check_source_segment(self.store.docs[name].relpath, segment, context=self.context())
        return list(dict.fromkeys(f.offending for f in found if f.check == "source-unknown-name" and f.offending))

    def find_names(self, source: str) -> list[NameHit]:
        """Glossary names (English forms) in *source*, in order: the name checks' own matches."""
        checker = self.checker()
        if checker is None:
            return []
        return [NameHit(start, end, source[start:end], checker.referents[ref], deprecated)
                for start, end, ref, deprecated in checker.source_names(source)]

    @staticmethod
    def case_forms(referent: Referent, language: str) -> list[tuple[str, str]]:
        """(case, form) of every valid form of *referent* in every case, preferred form first."""
        return case_forms(referent, language)

    # -- the whole project ------------------------------------------------------------------------
    def check_all(self, languages: Iterable[str] | None = None, *,
                  source_info: bool = False) -> dict[tuple[str, str | None], list[Located]]:
        """The project's report, keyed by (document, language); language None = source.

        Runs over the documents and catalogues in memory (what the editor shows, saved or
        being saved), never the files a save may be replacing. Source findings of severity
        info (the spelling report: every glossary name as the sources spell it) are left out
        unless *source_info*.
        """
        checker = self.checker()
        out: dict[tuple[str, str | None], list[Located]] = {}
        if checker is None:
            return out
        self.store.load_all()
        infos = [info for info in self.store.docs.values() if info.error is None]
        by_path = {info.relpath: info for info in infos}
        where: dict[str, tuple[dict[tuple[int, str], int], dict[str, int]]] = {}
        for info in infos:
            by_line: dict[tuple[int, str], int] = {}
            by_msgid: dict[str, int] = {}
            for seg in info.document.segments:
                by_line.setdefault((seg.line, seg.msgid), seg.index)
                by_msgid.setdefault(seg.msgid, seg.index)
            where[info.relpath] = (by_line, by_msgid)
        try:
            langs = list(languages or self.store.languages)
            documents = [info.document for info in infos]
            store = open_store(cache_folder(self.project))   # unchanged segments' findings, kept on disk
            findings = run_project(self.project, languages=langs, checker=checker,
                                   all_documents=documents, catalogues=self._in_memory_any, store=store)
            findings += run_qa(self.project, languages=langs, all_documents=documents, catalogues=self._in_memory,
                               contexts={lang: self.qa_context(lang) for lang in langs}, report_unreadable=False,
                               store=store)
            store.save()
        except WorkbenchError as exc:
            self.error = str(exc)
            return out
        except Exception as exc:
            self.error = f"checks failed: {type(exc).__name__}: {exc}"
            return out
        for finding in findings:
            if finding.language is None and finding.severity == "info" and not source_info:
                continue
            found = by_path.get(finding.path)
            if found is None:
                continue
            by_line, by_msgid = where[found.relpath]
            index = by_line.get((finding.line or 0, finding.source), by_msgid.get(finding.source))
            if index is None:
                index = _segment_at_line(found, finding.line)
            out.setdefault((found.name, finding.language), []).append(
                Located(found.name, finding.language, index, finding))
        return out

    def _in_memory_any(self, document: object, language: str) -> object:
        """:meth:`_in_memory`, typed as the name checks' catalogue provider."""
        assert isinstance(document, Document)
        return self._in_memory(document, language)

    def _in_memory(self, document: Document, language: str) -> Catalogue | None:
        """The in-memory catalogue of *document* (a run_project catalogue provider)."""
        store = self.store
        with store.state_lock:
            if store.is_broken(document.name, language):
                path = self.project.po_path(document.name, language)
                raise WorkbenchError("cannot be read; fix it on disk (it is not overwritten until then)", path)
            info = store.docs.get(document.name)
            return info.catalogues.get(language) if info is not None and info.loaded else None


def _segment_at_line(info: DocInfo, line: int | None) -> int:
    return next((s.index for s in info.document.segments if s.line == line), 0)
