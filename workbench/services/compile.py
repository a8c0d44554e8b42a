"""``workbench compile``: the translated editions and the ``.mo`` files.

This module decides what to build and writes it; the editions themselves are
made by :mod:`workbench.editions`. Everything is read and rendered in memory
first — documents, catalogues, the glossary (for the Latin-script Kazakh names),
the licence — so a broken input stops the build before any file is written.
Then, under the project's editions folder (setting ``editions``):

============================================  =================================
``<lang>/<doc>.txt`` / ``.md``                format ``txt``: the source's own format
``<lang>/<doc>.html``                         format ``html``: the reading edition
``<lang>/bilingual/<doc>.html``               format ``bilingual``
``<lang>/<project>-<lang>.epub``              format ``epub``: every document a chapter
``index.html``, ``index-<lang>.html``,        with ``html`` or ``bilingual``
``style.css``
``locale/<lang>/LC_MESSAGES/<doc>.mo``        always, for each catalogue
============================================  =================================

``<lang>`` is each target language and its script variants (``kk`` and
``kk-Latn``). A document whose share of translated segments is below the
requested minimum is left out (as po4a's ``--keep`` does), and what an earlier
build made for it — or for a document that no longer exists — is removed from
the language's folders, without following symbolic links.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from workbench.editions import (
    SCRIPT_VARIANTS,
    Edition,
    EditionLanguage,
    build_edition,
    catalogue_info,
    catalogue_language,
    edition_language,
    edition_languages,
    translations_of,
)
from workbench.editions.bilingual import bilingual_page
from workbench.editions.epub import Book, epub_bytes
from workbench.editions.html import PageLinks, reading_page
from workbench.editions.index import IndexEntry, language_index, top_index
from workbench.editions.latin import LatinName, latin_overrides
from workbench.editions.model import fit_translation
from workbench.editions.outputs import check_folder, prune
from workbench.gettext import Catalogue, read_po
from workbench.gettext.mo import format_mo
from workbench.project import Project
from workbench.text.documents import DOCUMENT_SUFFIXES, Document
from workbench.text.kazakh_latin import OverrideTable
from workbench.util.atomic import atomic_write_bytes, atomic_write_text
from workbench.util.errors import WorkbenchError
from workbench.util.files import catalogue_exists, read_input
from workbench.util.gcpause import paused_gc

__all__ = [
    "FORMATS",
    "BookResult",
    "CompileResult",
    "EditionResult",
    "compile_editions",
    "compile_project",
    "fit_translation",
    "parse_formats",
    "resolve_languages",
]

#: Every output format, in the order they are listed and built.
FORMATS: tuple[str, ...] = ("html", "bilingual", "epub", "txt")


@dataclass
class EditionResult:
    document: str          # relpath of the source
    language: str          # edition language: "ru", "kk", "kk-Latn"
    messages: int          # distinct messages (a segment repeated in the document counts once)
    translated: int
    fuzzy: int
    untranslated: int
    output: Path | None    # the main file written (HTML if made); None when left out below the minimum
    mo_path: Path | None
    outputs: dict[str, Path] = field(default_factory=dict)  # format -> file

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.messages if self.messages else 100.0


@dataclass
class BookResult:
    language: str
    path: Path | None      # None: no document reached the minimum
    chapters: int


@dataclass
class CompileResult:
    editions: list[EditionResult]
    books: list[BookResult]
    index: Path | None
    removed: list[Path]


def parse_formats(value: str) -> tuple[str, ...]:
    """``html,epub`` -> the formats in build order; an unknown name is a WorkbenchError."""
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    unknown = [name for name in names if name not in FORMATS]
    if unknown or not names:
        raise WorkbenchError(f"unknown format {', '.join(unknown) or repr(value)} "
                             f"(formats: {', '.join(FORMATS)}, comma-separated)")
    return tuple(name for name in FORMATS if name in names)


def resolve_languages(project: Project, requested: Iterable[str] | None) -> list[str]:
    """Edition languages for ``-l``: a target language brings its script variants along
    (``kk`` builds ``kk`` and ``kk-Latn``); a variant alone builds only itself."""
    if requested is None:
        return edition_languages(project.languages)
    known = edition_languages(project.languages)
    chosen: list[str] = []
    for code in requested:
        if code in project.languages:
            chosen += [code, *SCRIPT_VARIANTS.get(code, ())]
        elif code in known:
            chosen.append(code)
        else:
            raise WorkbenchError(f"not a target language of this project: {code} "
                                 f"(languages: {', '.join(known)})")
    return list(dict.fromkeys(chosen))


def compile_editions(
    project: Project,
    languages: list[str] | None = None,
    *,
    min_percent: float = 0.0,
    html_output: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[EditionResult]:
    """Every format (but HTML when *html_output* is false); one result per document and language."""
    formats = FORMATS if html_output else tuple(f for f in FORMATS if f not in ("html", "bilingual"))
    return compile_project(project, languages, min_percent=min_percent, formats=formats,
                           progress=progress).editions


def compile_project(
    project: Project,
    languages: Iterable[str] | None = None,
    *,
    min_percent: float = 0.0,
    formats: Iterable[str] = FORMATS,
    progress: Callable[[int, int, str], None] | None = None,
) -> CompileResult:
    """Build the editions in *formats* for *languages* (default: all) and the .mo files."""
    codes = resolve_languages(project, languages)
    with project.writing("workbench compile"):
        # the editions folder and what is in it must stay inside the project (links followed)
        project.confine_build(list(dict.fromkeys([*codes, *(catalogue_language(c) for c in codes)])))
        with paused_gc():  # bulk construction, see workbench/util/gcpause.py
            return _Build(project, codes, min_percent, tuple(f for f in FORMATS if f in set(formats)),
                          progress).run()


_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class _Build:
    def __init__(self, project: Project, languages: list[str], min_percent: float, formats: tuple[str, ...],
                 progress: Callable[[int, int, str], None] | None) -> None:
        self.project = project
        self.root = project.root
        self.folder = project.editions_dir
        self.codes = languages
        self.min_percent = min_percent
        self.formats = formats
        self.progress = progress
        self.removed: list[Path] = []
        self.languages: dict[str, EditionLanguage] = {}

    # -- reading ------------------------------------------------------------------------------
    def _catalogues(self, documents: list[Document]) -> dict[tuple[str, str], Catalogue | None]:
        bases = list(dict.fromkeys(catalogue_language(code) for code in self.codes))
        catalogues: dict[tuple[str, str], Catalogue | None] = {}
        for document in documents:
            for base in bases:
                path = self.project.po_path(document.name, base)
                catalogues[document.name, base] = read_po(path) if catalogue_exists(path) else None
        return catalogues

    def _latin_names(self) -> OverrideTable | None:
        path = self.project.glossary_path
        if "kk-Latn" not in self.codes:
            return None
        if not path.exists():
            return None
        from workbench.glossary import load_glossary

        glossary = load_glossary(path)
        names = [LatinName(line=r.line, kk=r.kk, latin=r.extra["kk_latn"].strip())
                 for r in glossary.referents if r.kk and r.extra.get("kk_latn", "").strip()]
        return latin_overrides(names, self.project.relpath(path))

    def _licence(self) -> str:
        """The project's licence line: the LICENSE file's title and copyright line."""
        for name in ("LICENSE", "LICENSE.txt", "LICENSE.md", "COPYING"):
            path = self.root / name
            if not path.is_file():
                continue
            text = read_input(path, name).decode("utf-8", "replace")
            lines = [line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip()]
            if not lines:
                return ""
            copyright_line = next((line for line in lines[1:6] if line.lower().startswith(("copyright", "©"))), "")
            return f"{lines[0]}, {copyright_line}" if copyright_line else lines[0]
        return ""

    # -- paths --------------------------------------------------------------------------------
    def _html(self, code: str, document: Document) -> Path:
        return self.folder / code / f"{document.name}.html"

    def _bilingual(self, code: str, document: Document) -> Path:
        return self.folder / code / "bilingual" / f"{document.name}.html"

    def _text(self, code: str, document: Document) -> Path:
        return self.project.edition_path(document.relpath, code)

    def _book(self, code: str) -> Path:
        name = _UNSAFE_NAME.sub("-", self.project.name).strip("-.") or "editions"
        return self.folder / code / f"{name}-{code}.epub"

    def _href(self, target: Path, page: Path) -> str:
        return quote(Path(os.path.relpath(target, page.parent)).as_posix(), safe="/")

    # -- the build ----------------------------------------------------------------------------
    def _check_place(self) -> None:
        """The editions folder is inside the project and apart from its sources and catalogues."""
        check_folder(self.folder, self.root)
        folder = Path(os.path.normpath(self.folder))
        if folder == Path(os.path.normpath(self.root)):
            raise WorkbenchError("the editions folder cannot be the project folder itself", self.folder)
        for what, other in (("source", self.project.source_dir), ("locale", self.project.locale_dir)):
            other = Path(os.path.normpath(other))
            if folder == other or folder.is_relative_to(other) or other.is_relative_to(folder):
                raise WorkbenchError(f"the editions folder cannot hold or be inside the {what} folder "
                                     f"({self.project.relpath(other)})", self.folder)

    def run(self) -> CompileResult:
        project = self.project
        self._check_place()
        documents = project.load_documents()
        catalogues = self._catalogues(documents)
        overrides = self._latin_names()
        licence = self._licence()
        stylesheet = resources.files("workbench.editions").joinpath("style.css").read_text(encoding="utf-8")

        languages = [edition_language(code, overrides) for code in self.codes]
        self.languages = {language.code: language for language in languages}
        editions: dict[str, list[Edition]] = {}
        results: list[EditionResult] = []
        pairs = len(languages) * len(documents)
        for language in languages:
            editions[language.code] = []
            for document in documents:
                if self.progress is not None:
                    self.progress(len(results), 2 * pairs, f"{language.code}: {document.relpath}")
                catalogue = catalogues[document.name, language.catalogue]
                po = project.po_path(document.name, language.catalogue)
                info = catalogue_info(catalogue, project.relpath(po) if catalogue is not None else None)
                edition = build_edition(document, language, translations_of(catalogue), info)
                results.append(EditionResult(
                    document=document.relpath, language=language.code, messages=edition.messages,
                    translated=edition.translated, fuzzy=edition.fuzzy, untranslated=edition.untranslated,
                    output=None, mo_path=None,
                ))
                if edition.percent + 1e-9 >= self.min_percent:
                    editions[language.code].append(edition)

        files = self._render(languages, editions, results, licence, stylesheet)

        # Nothing was written so far: every input has been read and every page made.
        for folder in self._folders(languages):
            check_folder(folder, self.root)
        total = pairs + len(files)
        step = pairs
        mo_written: dict[str, set[Path]] = {}
        for result, document in zip(results, [d for _ in languages for d in documents]):
            language = self.languages[result.language]
            if language.is_variant:
                continue
            catalogue = catalogues[document.name, language.catalogue]
            mo_written.setdefault(language.code, set())
            if catalogue is not None:
                mo_path = project.mo_path(document.name, language.code)
                atomic_write_bytes(mo_path, format_mo(catalogue))
                result.mo_path = mo_path
                mo_written[language.code].add(mo_path)
        for path, data in files:
            step += 1
            if self.progress is not None:
                self.progress(step, total, project.relpath(path))
            atomic_write_bytes(path, data)

        self._prune(languages, editions, documents, mo_written)
        index = self._write_index(languages) if {"html", "bilingual"} & set(self.formats) else None
        books = [BookResult(language.code, self._book(language.code) if editions[language.code] else None,
                            len(editions[language.code])) for language in languages] if "epub" in self.formats else []
        return CompileResult(editions=results, books=books, index=index, removed=self.removed)

    def _folders(self, languages: list[EditionLanguage]) -> list[Path]:
        folders = [self.folder]
        for language in languages:
            folders += [self.folder / language.code, self.folder / language.code / "bilingual"]
            if not language.is_variant:
                folders.append(self._mo_folder(language.code))
        return folders

    def _mo_folder(self, code: str) -> Path:
        return self.project.mo_path("-", code).parent

    def _render(self, languages: list[EditionLanguage], editions: dict[str, list[Edition]],
                results: list[EditionResult], licence: str, stylesheet: str) -> list[tuple[Path, bytes]]:
        """Every output file's path and bytes."""
        files: list[tuple[Path, bytes]] = []
        by_key = {(r.language, r.document): r for r in results}
        formats = self.formats
        for language in languages:
            included = editions[language.code]
            for position, edition in enumerate(included):
                document = edition.document
                result = by_key[language.code, document.relpath]
                if "html" in formats:
                    path = self._html(language.code, document)
                    links = self._links(language, included, position, path, bilingual=False)
                    files.append((path, reading_page(edition, links, licence=licence).encode("utf-8")))
                    result.outputs["html"] = path
                if "bilingual" in formats:
                    path = self._bilingual(language.code, document)
                    links = self._links(language, included, position, path, bilingual=True)
                    files.append((path, bilingual_page(edition, links, licence=licence).encode("utf-8")))
                    result.outputs["bilingual"] = path
                if "txt" in formats:
                    path = self._text(language.code, document)
                    files.append((path, edition.text.encode("utf-8", "surrogatepass")))
                    result.outputs["txt"] = path
                result.output = next(iter(result.outputs.values()), None)
            if "epub" in formats and included:
                book = Book(project=self.project.name, language=language, editions=tuple(included),
                            licence=licence, stylesheet=stylesheet, title=self._title(language))
                files.append((self._book(language.code), epub_bytes(book)))
                for edition in included:
                    by_key[language.code, edition.document.relpath].outputs["epub"] = self._book(language.code)
            if {"html", "bilingual"} & set(formats) and included:
                files.append(self._language_index(language, included))
        if {"html", "bilingual"} & set(formats):
            files.append((self.folder / "style.css", stylesheet.encode("utf-8")))
        return files

    def _links(self, language: EditionLanguage, included: list[Edition], position: int, page: Path, *,
               bilingual: bool) -> PageLinks:
        edition = included[position]
        document = edition.document
        where = self._bilingual if bilingual else self._html
        other = self._html if bilingual else self._bilingual
        other_format = "html" if bilingual else "bilingual"
        others: list[tuple[str, str, str]] = []
        for code in self.codes:
            if code == language.code:
                continue
            other_language = self.languages[code]
            others.append((other_language.tag, other_language.name, self._href(where(code, document), page)))
        extra: list[tuple[str, str]] = []
        if not bilingual:
            if "txt" in self.formats:
                extra.append((language.labels.plain_text, self._href(self._text(language.code, document), page)))
            if "epub" in self.formats:
                extra.append((language.labels.ebook, self._href(self._book(language.code), page)))
        previous = included[position - 1] if position > 0 else None
        following = included[position + 1] if position + 1 < len(included) else None
        catalogue = edition.catalogue.path
        return PageLinks(
            stylesheet=self._href(self.folder / "style.css", page),
            index=self._href(self.folder / f"index-{language.code}.html", page),
            other_format=self._href(other(language.code, document), page) if other_format in self.formats else None,
            languages=tuple(others),
            previous=(previous.title, self._href(where(language.code, previous.document), page)) if previous else None,
            next=(following.title, self._href(where(language.code, following.document), page)) if following else None,
            source=self._href(document.path, page) if _inside(document.path, self.root) else None,
            catalogue=self._href(self.root / catalogue, page) if catalogue else None,
            extra=tuple(extra),
        )

    def _language_index(self, language: EditionLanguage, included: list[Edition]) -> tuple[Path, bytes]:
        path = self.folder / f"index-{language.code}.html"
        entries: list[IndexEntry] = []
        labels = language.labels
        for edition in included:
            links: list[tuple[str, str]] = []
            if "html" in self.formats:
                links.append((labels.reading, self._href(self._html(language.code, edition.document), path)))
            if "bilingual" in self.formats:
                links.append((labels.bilingual, self._href(self._bilingual(language.code, edition.document), path)))
            if "txt" in self.formats:
                links.append((labels.plain_text, self._href(self._text(language.code, edition.document), path)))
            entries.append(IndexEntry(edition, tuple(links)))
        book = self._href(self._book(language.code), path) if "epub" in self.formats and included else None
        page = language_index(self.project.name, language, entries, book, stylesheet="style.css", top="index.html",
                              book_title=self._title(language))
        return path, page.encode("utf-8")

    def _title(self, language: EditionLanguage) -> str:
        """The ``title`` setting in *language* ("" when the project sets none); a script variant
        without its own title writes its catalogue language's in its script (kk → kk-Latn)."""
        titles = self.project.titles
        if not titles:
            return ""
        title = self.project.title(language.code, language.catalogue)
        if language.code not in titles and language.catalogue in titles:
            title = language.text(title)
        return title

    def _write_index(self, languages: list[EditionLanguage]) -> Path:
        """``index.html`` lists every edition language whose index exists, compiled now or before."""
        chosen = {language.code: language for language in languages}
        listed: list[tuple[EditionLanguage, str]] = []
        for code in edition_languages(self.project.languages):
            if (self.folder / f"index-{code}.html").is_file():
                listed.append((chosen.get(code) or edition_language(code), f"index-{code}.html"))
        path = self.folder / "index.html"
        atomic_write_text(path, top_index(self.project.title("en"), listed, stylesheet="style.css"))
        return path

    def _prune(self, languages: list[EditionLanguage], editions: dict[str, list[Edition]],
               documents: list[Document], mo_written: dict[str, set[Path]]) -> None:
        """Remove what earlier builds made for documents left out or gone."""
        text_suffixes = tuple(DOCUMENT_SUFFIXES)
        for language in languages:
            code = language.code
            keep: set[Path] = set()
            for edition in editions[code]:
                keep |= {self._html(code, edition.document), self._bilingual(code, edition.document),
                         self._text(code, edition.document)}
            if editions[code]:
                keep.add(self._book(code))
            else:  # no document of this language is left: neither is its index
                self.removed += prune(self.folder, set(), (f"index-{code}.html",))
            folder = self.folder / code
            self.removed += prune(folder, keep, (".html", ".epub", *text_suffixes))
            self.removed += prune(folder / "bilingual", keep, (".html",))
            if not language.is_variant:
                self.removed += prune(self._mo_folder(code), mo_written.get(code, set()), (".mo",))


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True
