"""Per-document, per-language progress figures (``workbench stats``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from workbench.catalogue import statistics
from workbench.pofile import read_po
from workbench.project import Project
from workbench.update import catalogue_exists


@dataclass
class DocumentStats:
    document: str        # relpath of the source document
    language: str
    segments: int        # sentence segments in the source (repeats counted)
    words: int           # source words over all segments
    messages: int        # distinct catalogue entries (what msgfmt counts)
    translated: int
    fuzzy: int
    untranslated: int
    catalogue: str | None  # relpath of the .po, None if it does not exist yet

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.messages if self.messages else 100.0

    def as_dict(self) -> dict:
        data = asdict(self)
        data["percent"] = round(self.percent, 1)
        return data


def count_words(text: str) -> int:
    return len(text.split())


def project_stats(project: Project, documents: list | None = None) -> list[DocumentStats]:
    documents = project.load_documents() if documents is None else documents
    rows: list[DocumentStats] = []
    for document in documents:
        words = sum(count_words(s.msgid) for s in document.segments)
        distinct = len({s.msgid for s in document.segments})
        for language in project.languages:
            path = project.po_path(document.name, language)
            if catalogue_exists(path):
                figures = statistics(read_po(path))
                rows.append(
                    DocumentStats(
                        document.relpath, language, len(document.segments), words,
                        figures.translated + figures.fuzzy + figures.untranslated,
                        figures.translated, figures.fuzzy, figures.untranslated,
                        project.relpath(path),
                    )
                )
            else:
                rows.append(
                    DocumentStats(document.relpath, language, len(document.segments), words, distinct, 0, 0, distinct, None)
                )
    return rows
