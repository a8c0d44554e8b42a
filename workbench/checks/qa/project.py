"""The QA checks over a whole project: every translated (non-fuzzy, non-empty) segment of
every catalogue, each language with its style (``Project.style``) and its glossary context.

The documents and catalogues come from disk by default; a caller that holds them in memory
(the editor's session) passes ``all_documents`` and a ``catalogues`` provider, as for the name
checks. A sentence repeated in a document is checked once and reported at each of its lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from workbench.gettext import Catalogue, read_po
from workbench.glossary import Glossary
from workbench.project import Project
from workbench.text.documents import Document
from workbench.util.errors import WorkbenchError

from ..findings import Finding
from ..stored_results import ResultStore, content_key, data_file_key, pack, unpack
from .base import Context

#: (document, language) -> the catalogue to check, None for none; may raise WorkbenchError.
CatalogueProvider = Callable[[Document, str], "Catalogue | None"]


def pick_documents(project: Project, documents: list[Document], wanted: Iterable[str] | None) -> list[Document]:
    """The documents named by *wanted* (path, relpath or name), all for None; an unknown one is an error."""
    if not wanted:
        return list(documents)
    chosen: list[Document] = []
    unknown: list[str] = []
    for item in wanted:
        hits = [d for d in documents if item in (d.relpath, d.name, d.path.name, str(d.path))
                or d.relpath == project.relpath(project.root / item)]
        if not hits:
            unknown.append(item)
        chosen += [d for d in hits if d not in chosen]
    if unknown:
        names = ", ".join(d.name for d in documents) or "none"
        raise WorkbenchError(f"no such document: {', '.join(unknown)} (documents: {names})")
    return [d for d in documents if d in chosen]


def pick_languages(project: Project, languages: Iterable[str] | None) -> list[str]:
    langs = list(languages) if languages else list(project.languages)
    unknown = [lang for lang in langs if lang not in project.languages]
    if unknown:
        raise WorkbenchError(f"not a language of this project: {', '.join(unknown)} "
                             f"(languages: {', '.join(project.languages)})")
    return langs


def catalogue_on_disk(project: Project, document: Document, language: str) -> Catalogue | None:
    po = project.po_path(document.name, language)
    return read_po(po) if po.exists() else None


def run_qa(project: Project, *, languages: Iterable[str] | None = None, documents: Iterable[str] | None = None,
           all_documents: Iterable[Document] | None = None, catalogues: CatalogueProvider | None = None,
           glossary: Glossary | None = None, families: Iterable[str] | None = None,
           contexts: dict[str, Context] | None = None, report_unreadable: bool = True,
           store: ResultStore | None = None) -> list[Finding]:
    """The QA findings of the project's translations (see the module docstring).

    *families* limits the check families (None: all); *contexts* gives each language's
    :class:`Context` (default: from *glossary*); an unreadable catalogue is a
    ``catalogue-unreadable`` finding when *report_unreadable* (the combined run leaves it to
    the name checks). With a *store* (:mod:`workbench.checks.stored_results`), a segment checked
    before with the same inputs takes its findings from there, and new ones are added (the caller
    saves it).
    """
    from .segment import check_target_segment, context_for

    docs_all = list(all_documents) if all_documents is not None else project.load_documents()
    docs = pick_documents(project, docs_all, documents)
    wanted = list(families) if families is not None else None
    out: list[Finding] = []
    for language in pick_languages(project, languages):
        style = project.style(language)
        context = (contexts or {}).get(language) or context_for(glossary, language)
        inputs = _inputs_key(language, style, context, wanted) if store is not None else None
        for doc in docs:
            po_rel = project.relpath(project.po_path(doc.name, language))
            try:
                catalogue = (catalogues(doc, language) if catalogues is not None
                             else catalogue_on_disk(project, doc, language))
            except WorkbenchError as exc:
                if report_unreadable:
                    out.append(Finding("catalogue-unreadable", "error", f"the catalogue cannot be read: {exc}",
                                       path=doc.relpath, language=language, catalogue=po_rel))
                continue
            if catalogue is None:
                continue
            done: dict[str, list[Finding]] = {}
            for seg in doc.segments:
                message = catalogue.get(seg.msgid)
                if message is None or message.obsolete or not message.msgstr or message.fuzzy:
                    continue
                found = done.get(seg.msgid)
                if found is None:
                    where = {"path": doc.relpath, "line": seg.line, "source": seg.msgid, "target": message.msgstr,
                             "catalogue": po_rel, "catalogue_line": None}
                    key = content_key("qa", inputs, seg.msgid, message.msgstr) if inputs is not None else None
                    stored = store.get(key) if store is not None and key is not None else None
                    if stored is not None:
                        found = unpack(stored, where)
                    else:
                        found = check_target_segment(doc.relpath, seg.line, seg.msgid, message.msgstr, language,
                                                     style=style, context=context, catalogue=po_rel,
                                                     families=wanted)
                        if store is not None and key is not None:
                            store.put(key, pack(found, where))
                    done[seg.msgid] = found
                    out.extend(found)
                else:
                    out.extend(replace(f, line=seg.line) for f in found)
    return out


def _inputs_key(language: str, style: object, context: Context, families: list[str] | None) -> bytes | None:
    """What a segment's QA findings depend on besides the pair: the language, its style, the
    families run and the glossary's and lexicon's part of *context* (None when the lexicon is
    not a file whose identity can be read: then nothing is stored)."""
    lexicon = context.lexicon
    dictionary = None
    if lexicon is not None:
        base = getattr(lexicon, "path", None)
        if not isinstance(base, Path):
            return None
        dictionary = (type(lexicon).__name__, data_file_key(base.with_suffix(".dic")),
                      data_file_key(base.with_suffix(".aff")))
        if None in dictionary:
            return None
    return content_key("qa-inputs", language, repr(style), tuple(families) if families is not None else None,
                       context.latin_names, tuple(sorted(context.known_words)),
                       tuple(sorted(context.translated_names)), dictionary)
