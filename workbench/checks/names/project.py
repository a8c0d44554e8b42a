"""Whole-project run: sources, every translated segment of every catalogue, and the
cross-segment consistency of renderings."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.util.errors import WorkbenchError
from workbench.util.files import read_input
from workbench.util.gcpause import paused_gc

from ..findings import Finding
from ..stored_results import ResultStore, content_key, open_store, pack, unpack
from .cache import checker_for_bytes, checker_for_path
from .checker import CheckContext, NameChecker
from .forms import cases_of, fold_key
from .lexicon import digest_of_file
from .matcher import fold, is_acronym, tokens_of
from .source import Vocabulary


def select_documents(project: Any, documents: list[Any], wanted: Iterable[str] | None) -> list[Any]:
    if not wanted:
        return list(documents)
    out, unknown = [], []
    for item in wanted:
        item_s = str(item)
        hits = [d for d in documents
                if item_s in (d.relpath, d.name, d.path.name, str(d.path))
                or d.relpath == project.relpath(project.root / item_s)]
        if not hits:
            unknown.append(item_s)
        for d in hits:
            if d not in out:
                out.append(d)
    if unknown:
        names = ", ".join(d.name for d in documents) or "none"
        raise WorkbenchError(f"no such document: {', '.join(unknown)} (documents: {names})")
    return [d for d in documents if d in out]


#: A catalogue provider: (document, language) -> the catalogue to check, or None for none.
#: It may raise WorkbenchError for a catalogue that cannot be read.
CatalogueProvider = Callable[[Any, str], Any]

UNREADABLE = "catalogue-unreadable"


def cache_folder(project: Any) -> Path:
    """Where a project keeps what it can build again — the name indexes and the stored results:
    ``<project>/.workbench/cache``."""
    return Path(project.root) / ".workbench" / "cache"


def run_project(project: Any, *, languages: Iterable[str] | None = None, documents: Iterable[str] | None = None,
                include_source: bool = True, include_targets: bool = True, checker: NameChecker | None = None,
                all_documents: Iterable[Any] | None = None, catalogues: CatalogueProvider | None = None,
                reuse_results: bool = True, store: ResultStore | None = None) -> list[Finding]:
    """Check sources and translations. By default documents and catalogues are read from disk;
    *all_documents* (parsed documents) and *catalogues* (see :data:`CatalogueProvider`) let a
    caller that holds them in memory (the UI's session) check those instead.

    The project's vocabulary (what its sources say about English words) goes to every check as
    a :class:`CheckContext`; the checker itself, which the editor shares, is not changed.

    With *reuse_results* (the default) a segment whose inputs were checked before — the same
    source, vocabulary, translation, glossary and code — takes its findings from the project's
    :class:`~workbench.checks.stored_results.ResultStore` instead of being checked again, and
    the new results are added to it (saved at the end, unless the caller passed its own *store*,
    which it saves); the findings are the same either way."""
    own = store is None and reuse_results
    if own:
        store = open_store(cache_folder(project))
    with paused_gc():       # many long-lived objects, no cycles: the collector would only rescan them
        checks = _SegmentChecks.of(project, checker, store if reuse_results else None)
        findings = _run(project, languages, documents, include_source, include_targets, checks, all_documents,
                        catalogues)
    if own and store is not None:
        store.save()
    return findings


class _SegmentChecks:
    """The checks of one segment, answered from the store of earlier results when it has them.
    The checker is built only when a segment is not in the store, or when the store has never
    seen this glossary work (so that a glossary that cannot be read is reported as before)."""

    def __init__(self, checker: Callable[[], NameChecker], store: ResultStore | None, glossary_key: str = "") -> None:
        self._make_checker = checker
        self._checker: NameChecker | None = None
        self.store = store
        self.glossary_key = glossary_key
        self.context = CheckContext()
        self._vocabulary_key = b""

    @classmethod
    def of(cls, project: Any, checker: NameChecker | None, store: ResultStore | None) -> _SegmentChecks:
        folder = cache_folder(project)
        if checker is not None:
            given = checker
            return cls(lambda: given, store, checker.lexicon.digest)
        if store is None:
            checks = cls(lambda: checker_for_path(project.glossary_path, cache_dir=folder), None)
            checks.checker()            # nothing stored to answer from: built now, a bad glossary raised now
            return checks
        data = read_input(Path(project.glossary_path))
        checks = cls(lambda: checker_for_bytes(data, Path(project.glossary_path), cache_dir=folder), store,
                     digest_of_file(hashlib.sha256(data).hexdigest()))
        good = content_key("glossary", checks.glossary_key)
        if store.get(good) is None:
            checks.checker()            # raises for a glossary that cannot be read
            store.put(good, True)
        return checks

    def checker(self) -> NameChecker:
        if self._checker is None:
            self._checker = self._make_checker()
        return self._checker

    def use_context_of(self, documents: list[Any]) -> None:
        """Check with the vocabulary of *documents*' sources (each document's words taken from the
        store when its sentences are the same as when they were learnt)."""
        if self.store is None:
            self.use_context(CheckContext.of_texts(seg.msgid for doc in documents for seg in doc.segments))
            return
        vocabulary = Vocabulary()
        for doc in documents:
            texts = [seg.msgid for seg in doc.segments]
            key = content_key("vocabulary", texts)
            stored = self.store.get(key)
            if stored is None:
                learnt = Vocabulary()
                for text in texts:
                    learnt.learn(text)
                stored = (tuple(sorted(learnt.lower)), tuple(sorted(learnt.capital_mid)))
                self.store.put(key, stored)
            vocabulary.lower.update(stored[0])
            vocabulary.capital_mid.update(stored[1])
        self.use_context(CheckContext(vocabulary))

    def use_context(self, context: CheckContext) -> None:
        self.context = context
        if self.store is not None:      # (the same words in any order, the same key)
            vocabulary = context.vocabulary
            self._vocabulary_key = content_key(tuple(sorted(vocabulary.lower)), tuple(sorted(vocabulary.capital_mid)))

    def source(self, relpath: str, line: int | None, text: str,
               want_findings: bool = True) -> tuple[list[Finding], dict[int, str]]:
        """The findings of a source segment (none asked for: only the names where nothing is stored) and the
        referents it names (index → text)."""
        if self.store is None:
            checker = self.checker()
            findings = checker.check_source_text(relpath, line, text, context=self.context) if want_findings else []
            return findings, checker.wanted(text, self.context)   # (the scan just made, cached)
        where = {"path": relpath, "line": line, "source": text}
        key = content_key("source", self.glossary_key, self._vocabulary_key, text)
        stored = self.store.get(key)
        if stored is None:
            checker = self.checker()
            findings = checker.check_source_text(relpath, line, text, context=self.context)
            wanted = checker.wanted(text, self.context)   # the scan just made, cached
            self.store.put(key, (pack(findings, where), tuple(wanted.items())))
            return findings, wanted
        return (unpack(stored[0], where) if want_findings else []), dict(stored[1])

    def target(self, relpath: str, line: int | None, source: str, target: str, language: str, catalogue: str,
               catalogue_line: int | None, wanted: dict[int, str]) -> tuple[list[Finding], list[tuple[int, str, str]]]:
        """The findings of a translation and the renderings of the names in it."""
        where = {"path": relpath, "line": line, "source": source, "target": target, "catalogue": catalogue,
                 "catalogue_line": catalogue_line}
        key = content_key("target", self.glossary_key, language, source, target, tuple(wanted.items()))
        stored = self.store.get(key) if self.store is not None else None
        if stored is None:
            result = self.checker().check_target(relpath, line, source, target, language, catalogue=catalogue,
                                                 context=self.context, wanted=wanted)
            findings = result.findings
            if catalogue_line is not None:
                findings = [replace(f, catalogue_line=catalogue_line) for f in findings]
            if self.store is not None:
                self.store.put(key, (pack(findings, where), tuple(result.renderings)))
            return findings, result.renderings
        return unpack(stored[0], where), list(stored[1])

def _run(project: Any, languages: Iterable[str] | None, documents: Iterable[str] | None, include_source: bool,
         include_targets: bool, checks: _SegmentChecks, all_documents: Iterable[Any] | None,
         catalogues: CatalogueProvider | None) -> list[Finding]:
    all_docs = list(all_documents) if all_documents is not None else project.load_documents()
    docs = select_documents(project, all_docs, documents)
    checks.use_context_of(all_docs)
    findings: list[Finding] = []
    wanted: dict[str, dict[int, str]] = {}       # one scan of each source for every language
    if include_source:
        for doc in docs:
            for seg in doc.segments:
                found, names = checks.source(doc.relpath, seg.line, seg.msgid)
                findings.extend(found)
                wanted.setdefault(seg.msgid, names)
    if include_targets:
        langs = list(languages) if languages else list(project.languages)
        unknown = [lang for lang in langs if lang not in project.languages]
        if unknown:
            raise WorkbenchError(f"not a language of this project: {', '.join(unknown)} "
                                 f"(languages: {', '.join(project.languages)})")
        for lang in langs:
            findings.extend(_check_language(project, checks, docs, lang, catalogues, wanted))
    return findings


def catalogue_on_disk(project: Any, doc: Any, language: str) -> Any:
    """The default provider: ``locale/<lang>/LC_MESSAGES/<doc>.po``, or None if there is none."""
    from workbench.gettext import read_po

    po = project.po_path(doc.name, language)
    return read_po(po) if po.exists() else None


def _check_language(project: Any, checks: _SegmentChecks, docs: list[Any], language: str,
                    catalogues: CatalogueProvider | None, wanted: dict[str, dict[int, str]]) -> list[Finding]:
    out: list[Finding] = []
    renderings: dict[int, list[tuple[str, str, Finding]]] = defaultdict(list)
    for doc in docs:
        po_rel = project.relpath(project.po_path(doc.name, language))
        try:
            catalogue = (catalogues(doc, language) if catalogues is not None
                         else catalogue_on_disk(project, doc, language))
        except WorkbenchError as exc:
            # one broken file is a problem of that file, not the end of the report
            out.append(Finding(UNREADABLE, "error", f"the catalogue cannot be read: {exc}", path=doc.relpath,
                               language=language, catalogue=po_rel))
            continue
        if catalogue is None:
            continue
        done: dict[str, tuple[list[Finding], list[tuple[int, str, str]]]] = {}
        for seg in doc.segments:
            message = catalogue.get(seg.msgid)
            if message is None or getattr(message, "obsolete", False) or not message.msgstr or message.fuzzy:
                continue
            lineno = getattr(message, "lineno", None)
            result = done.get(seg.msgid)
            if result is None:
                names = wanted.get(seg.msgid)
                if names is None:
                    names = wanted[seg.msgid] = checks.source(doc.relpath, seg.line, seg.msgid,
                                                              want_findings=False)[1]
                result = done[seg.msgid] = checks.target(doc.relpath, seg.line, seg.msgid, message.msgstr,
                                                         language, po_rel, lineno, names)
                out.extend(result[0])
            else:
                out.extend(replace(f, line=seg.line) for f in result[0])
            anchor = Finding("target-inconsistent-rendering", "info", "", path=doc.relpath, line=seg.line,
                             language=language, source=seg.msgid, catalogue=po_rel, target=message.msgstr,
                             catalogue_line=lineno)
            for ref, base, text in result[1]:
                renderings[ref].append((base, text, anchor))
    out.extend(inconsistent_renderings(checks.checker, renderings))
    return out


def compatible(a: str, b: str) -> bool:
    """Same rendering, or one is a short form of the other (surname, acronym)."""
    ta = tuple(fold(t) for t in tokens_of(a))
    tb = tuple(fold(t) for t in tokens_of(b))
    if ta == tb:
        return True
    if (len(ta) == 1 and is_acronym(a.strip("«»\" "))) or (len(tb) == 1 and is_acronym(b.strip("«»\" "))):
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return True
    return _abbreviates(short, long_) or (len(short) == len(long_) and _abbreviates(long_, short))


def _abbreviates(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """A short form: each word begins a word of the long form, in order, and it is shorter
    (Мангистау / Мангистауская область). Another spelling (Мангыстау, Назарбайев) is not."""
    if short == long_ or sum(map(len, short)) >= sum(map(len, long_)):
        return False
    j = 0
    for word in short:
        while j < len(long_) and not (len(word) >= 3 and long_[j].startswith(word)):
            j += 1
        if j == len(long_):
            return False
        j += 1
    return True


def inconsistent_renderings(checker_of: Callable[[], NameChecker],
                            renderings: dict[int, list[tuple[str, str, Finding]]]) -> list[Finding]:
    """A finding for each rendering of a referent that is not the one most segments use (nor a
    short form of it); *checker_of* gives the checker, asked only when there is one to report."""
    out: list[Finding] = []
    for ref, uses in renderings.items():
        counts = Counter(base for base, _, _ in uses)
        if len(counts) < 2:
            continue
        dominant = counts.most_common(1)[0][0]
        bad = {b for b in counts if not compatible(b, dominant)}
        if not bad:
            continue
        checker = checker_of()
        rid = checker.ids[ref]
        for base, text, anchor in uses:
            if base not in bad:
                continue
            out.append(replace(
                anchor,
                message=f"{rid} is rendered {base!r} here but {dominant!r} in {counts[dominant]} other "
                        f"segment(s); pick one",
                offending=text, suggestion=_same_case(checker, ref, anchor.language or "", base, text, dominant),
                referent=rid))
    return out


def _same_case(checker: NameChecker, ref: int, language: str, base: str, text: str, dominant: str) -> str | None:
    """*dominant* in the case *text* (a form of *base*) is in: the drop-in fix, if the case is known."""
    index = checker.index(language)
    cases = 0
    for entry in index.lookup(fold_key(text)):
        if entry.ref == ref and entry.base == base:
            cases |= entry.cases
    names = cases_of(language, cases)
    if not names:
        return None
    para = checker.lexicon.paradigm(ref, language, dominant)
    forms = para.get(names[0])
    return forms[0] if forms else None
