"""Whole-project run: sources, every translated segment of every catalogue, and the
cross-segment consistency of renderings."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.util.errors import WorkbenchError
from workbench.util.gcpause import paused_gc

from ..findings import Finding
from .cache import checker_for_path
from .checker import CheckContext, NameChecker, TargetResult
from .forms import cases_of, fold_key
from .matcher import fold, is_acronym, tokens_of


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
    """Where a project keeps its name indexes: ``<project>/.workbench/cache``."""
    return Path(project.root) / ".workbench" / "cache"


def run_project(project: Any, *, languages: Iterable[str] | None = None, documents: Iterable[str] | None = None,
                include_source: bool = True, include_targets: bool = True, checker: NameChecker | None = None,
                all_documents: Iterable[Any] | None = None,
                catalogues: CatalogueProvider | None = None) -> list[Finding]:
    """Check sources and translations. By default documents and catalogues are read from disk;
    *all_documents* (parsed documents) and *catalogues* (see :data:`CatalogueProvider`) let a
    caller that holds them in memory (the UI's session) check those instead.

    The project's vocabulary (what its sources say about English words) goes to every check as
    a :class:`CheckContext`; the checker itself, which the editor shares, is not changed."""
    with paused_gc():       # many long-lived objects, no cycles: the collector would only rescan them
        return _run(project, languages, documents, include_source, include_targets, checker, all_documents,
                    catalogues)


def _run(project: Any, languages: Iterable[str] | None, documents: Iterable[str] | None, include_source: bool,
         include_targets: bool, checker: NameChecker | None, all_documents: Iterable[Any] | None,
         catalogues: CatalogueProvider | None) -> list[Finding]:
    if checker is None:
        checker = checker_for_path(project.glossary_path, cache_dir=cache_folder(project))
    all_docs = list(all_documents) if all_documents is not None else project.load_documents()
    docs = select_documents(project, all_docs, documents)
    context = CheckContext.of_texts(seg.msgid for doc in all_docs for seg in doc.segments)
    findings: list[Finding] = []
    wanted: dict[str, dict[int, str]] = {}       # one scan of each source for every language
    if include_source:
        for doc in docs:
            for seg in doc.segments:
                findings.extend(checker.check_source_text(doc.relpath, seg.line, seg.msgid, context=context))
                if include_targets and seg.msgid not in wanted:
                    wanted[seg.msgid] = checker.wanted(seg.msgid, context)   # the scan just made, cached
    if include_targets:
        langs = list(languages) if languages else list(project.languages)
        unknown = [lang for lang in langs if lang not in project.languages]
        if unknown:
            raise WorkbenchError(f"not a language of this project: {', '.join(unknown)} "
                                 f"(languages: {', '.join(project.languages)})")
        for lang in langs:
            findings.extend(check_language(project, checker, docs, lang, catalogues=catalogues, context=context,
                                           wanted=wanted))
    return findings


def catalogue_on_disk(project: Any, doc: Any, language: str) -> Any:
    """The default provider: ``locale/<lang>/LC_MESSAGES/<doc>.po``, or None if there is none."""
    from workbench.gettext import read_po

    po = project.po_path(doc.name, language)
    return read_po(po) if po.exists() else None


def check_language(project: Any, checker: NameChecker, docs: list[Any], language: str, *,
                   catalogues: CatalogueProvider | None = None, context: CheckContext | None = None,
                   wanted: dict[str, dict[int, str]] | None = None) -> list[Finding]:
    out: list[Finding] = []
    renderings: dict[int, list[tuple[str, str, Finding]]] = defaultdict(list)
    wanted = wanted if wanted is not None else {}
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
        done: dict[str, TargetResult] = {}
        for seg in doc.segments:
            message = catalogue.get(seg.msgid)
            if message is None or getattr(message, "obsolete", False) or not message.msgstr or message.fuzzy:
                continue
            result = done.get(seg.msgid)
            if result is None:
                names = wanted.get(seg.msgid)
                if names is None:
                    names = wanted[seg.msgid] = checker.wanted(seg.msgid, context)
                result = checker.check_target(doc.relpath, seg.line, seg.msgid, message.msgstr, language,
                                              catalogue=po_rel, context=context, wanted=names)
                lineno = getattr(message, "lineno", None)
                if lineno is not None:
                    result.findings[:] = [replace(f, catalogue_line=lineno) for f in result.findings]
                done[seg.msgid] = result
                out.extend(result.findings)
            else:
                out.extend(replace(f, line=seg.line) for f in result.findings)
            anchor = Finding("target-inconsistent-rendering", "info", "", path=doc.relpath, line=seg.line,
                             language=language, source=seg.msgid, catalogue=po_rel, target=message.msgstr,
                             catalogue_line=getattr(message, "lineno", None))
            for ref, base, text in result.renderings:
                renderings[ref].append((base, text, anchor))
    out.extend(inconsistent_renderings(checker, renderings))
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


def inconsistent_renderings(checker: NameChecker,
                            renderings: dict[int, list[tuple[str, str, Finding]]]) -> list[Finding]:
    out: list[Finding] = []
    for ref, uses in renderings.items():
        counts = Counter(base for base, _, _ in uses)
        if len(counts) < 2:
            continue
        dominant = counts.most_common(1)[0][0]
        bad = {b for b in counts if not compatible(b, dominant)}
        if not bad:
            continue
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
