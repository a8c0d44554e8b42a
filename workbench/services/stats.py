"""Per-document, per-language progress figures (``workbench stats``)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from workbench.gettext import Catalogue, message_status, read_po
from workbench.project import Project
from workbench.text.documents import Document
from workbench.util.files import catalogue_exists


@dataclass
class Statistics:
    messages: int = 0
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0
    words: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.messages if self.messages else 100.0

    def msgfmt_line(self) -> str:
        """The summary ``msgfmt --statistics`` prints for the same catalogue."""
        parts = [f"{self.translated} translated message{'s' if self.translated != 1 else ''}"]
        if self.fuzzy:
            parts.append(f"{self.fuzzy} fuzzy translation{'s' if self.fuzzy != 1 else ''}")
        if self.untranslated:
            parts.append(f"{self.untranslated} untranslated message"
                         f"{'s' if self.untranslated != 1 else ''}")
        return ", ".join(parts) + "."


def statistics(catalogue: Catalogue) -> Statistics:
    """Counts as ``msgfmt --statistics`` makes them, plus source word counts.

    untranslated: first msgstr empty (even if marked fuzzy); fuzzy: marked fuzzy
    with a translation; translated: the rest. The header and obsolete entries
    are not counted.
    """
    s = Statistics()
    for m in catalogue.messages:
        if m.obsolete:
            s.obsolete += 1
            continue
        words = len(m.msgid.split())
        s.messages += 1
        s.words += words
        status = message_status(m)
        if status == "untranslated":
            s.untranslated += 1
            s.untranslated_words += words
        elif status == "fuzzy":
            s.fuzzy += 1
            s.fuzzy_words += words
        else:
            s.translated += 1
            s.translated_words += words
    return s


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

    def as_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["percent"] = round(self.percent, 1)
        return data


def count_words(text: str) -> int:
    return len(text.split())


def project_stats(project: Project, documents: list[Document] | None = None) -> list[DocumentStats]:
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
                    DocumentStats(document.relpath, language, len(document.segments), words, distinct,
                                  0, 0, distinct, None)
                )
    return rows
