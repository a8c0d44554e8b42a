"""An EPUB 3 book per edition language: every document a chapter, a table of
contents, metadata and the editions' stylesheet.

The container is written with :mod:`zipfile` so that the book is
byte-for-byte reproducible: entries in a fixed order, ``mimetype`` first and
stored, every timestamp and permission fixed (the time is the book's own date,
from the catalogues), the identifier a UUID derived from the project and the
language. ``dcterms:modified`` is that same date. The chapters are the HTML
editions' own fragments in XHTML form, each ending with its colophon.
"""

from __future__ import annotations

import io
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime

from .html import colophon, document_body, page
from .languages import EditionLanguage
from .markup import attribute, escape_text
from .model import Edition

__all__ = ["Book", "epub_bytes"]

_EPOCH = datetime(1980, 1, 1, tzinfo=UTC)  # the earliest time a zip entry can hold


@dataclass(frozen=True)
class Book:
    """What goes into one EPUB."""

    project: str
    language: EditionLanguage
    editions: tuple[Edition, ...]
    licence: str
    stylesheet: str
    title: str = ""          # the book's title (default: "<project> — <language>")


def _modified(book: Book) -> datetime:
    dates = [e.catalogue.revised for e in book.editions if e.catalogue.revised is not None]
    return max(dates) if dates else _EPOCH


def _chapter(edition: Edition, stylesheet: str) -> str:
    body = (
        f'<section epub:type="chapter" lang="{attribute(edition.language.tag)}">\n{document_body(edition)}'
        + colophon(edition, licence="", source_href=None, catalogue_href=None, heading="h2")
        + "</section>\n"
    )
    return page(language=edition.language.tag, title=edition.title, body=body, stylesheet=stylesheet,
                body_class="edition chapter", xhtml=True)


def _title_page(book: Book, title: str, modified: datetime) -> str:
    labels = book.language.labels
    drafts = any(e.catalogue.draft for e in book.editions)
    items = "".join(f'<li><a href="c{i:02d}.xhtml">{escape_text(e.title)}</a></li>\n'
                    for i, e in enumerate(book.editions, start=1))
    body = (
        f'<section epub:type="titlepage" class="titlepage">\n<h1>{escape_text(title)}</h1>\n'
        + (f'<p class="draft"><strong>{escape_text(labels.draft)}</strong></p>\n' if drafts else "")
        + f'<p><time datetime="{modified.date().isoformat()}">{escape_text(book.language.format_date(modified))}'
        f"</time></p>\n"
        + (f'<p lang="en">{escape_text(labels.licence)}: {escape_text(book.licence)}</p>\n' if book.licence else "")
        + f"<h2>{escape_text(labels.contents)}</h2>\n<ol>\n{items}</ol>\n</section>\n"
    )
    return page(language=book.language.tag, title=title, body=body, stylesheet="style.css",
                body_class="edition titlepage", xhtml=True)


def _nav(book: Book, title: str) -> str:
    labels = book.language.labels
    items = "".join(f'<li><a href="c{i:02d}.xhtml">{escape_text(e.title)}</a></li>\n'
                    for i, e in enumerate(book.editions, start=1))
    body = (
        f'<nav epub:type="toc" id="toc">\n<h1>{escape_text(labels.contents)}</h1>\n<ol>\n'
        f'<li><a href="title.xhtml">{escape_text(title)}</a></li>\n{items}</ol>\n</nav>\n'
        '<nav epub:type="landmarks" hidden="hidden">\n<ol>\n'
        '<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>\n'
        '<li><a epub:type="bodymatter" href="c01.xhtml">Start</a></li>\n</ol>\n</nav>\n'
    )
    return page(language=book.language.tag, title=labels.contents, body=body, stylesheet="style.css",
                body_class="edition nav", xhtml=True)


def _package(book: Book, title: str, modified: datetime, identifier: str) -> str:
    language = book.language
    teams = list(dict.fromkeys(e.catalogue.team for e in book.editions if e.catalogue.team))
    contributors = "".join(
        f'<dc:contributor id="contributor{i}">{escape_text(team)}</dc:contributor>\n'
        f'<meta refines="#contributor{i}" property="role" scheme="marc:relators">trl</meta>\n'
        for i, team in enumerate(teams, start=1)
    )
    sources = "".join(f"<dc:source>{escape_text(e.document.relpath)}</dc:source>\n" for e in book.editions)
    chapters = range(1, len(book.editions) + 1)
    manifest = "".join(
        f'<item id="c{i:02d}" href="c{i:02d}.xhtml" media-type="application/xhtml+xml"/>\n' for i in chapters
    )
    spine = "".join(f'<itemref idref="c{i:02d}"/>\n' for i in chapters)
    rights = f"<dc:rights>{escape_text(book.licence)}</dc:rights>\n" if book.licence else ""
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id"'
        f' xml:lang="{attribute(language.tag)}">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f'<dc:identifier id="book-id">{identifier}</dc:identifier>\n'
        f"<dc:title>{escape_text(title)}</dc:title>\n"
        f"<dc:language>{escape_text(language.tag)}</dc:language>\n"
        f"<dc:creator>{escape_text(book.project)}</dc:creator>\n"
        f"{contributors}"
        f"<dc:publisher>{escape_text(book.project)}</dc:publisher>\n"
        f"<dc:date>{modified.date().isoformat()}</dc:date>\n"
        f"{sources}{rights}"
        f'<meta property="dcterms:modified">{modified.strftime("%Y-%m-%dT%H:%M:%SZ")}</meta>\n'
        "</metadata>\n<manifest>\n"
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n'
        '<item id="css" href="style.css" media-type="text/css"/>\n'
        '<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>\n'
        f"{manifest}</manifest>\n"
        '<spine>\n<itemref idref="title"/>\n'
        f"{spine}</spine>\n</package>\n"
    )


_CONTAINER = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
    '<rootfiles>\n<rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>\n'
    "</rootfiles>\n</container>\n"
)


def epub_bytes(book: Book) -> bytes:
    """The EPUB file of *book*, identical for identical input."""
    if not book.editions:
        raise ValueError("a book needs at least one chapter")
    language = book.language
    title = book.title or language.labels.book_title.format(project=book.project, language=language.name)
    modified = max(_modified(book), _EPOCH).astimezone(UTC).replace(microsecond=0)
    identifier = "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"workbench:{book.project}:{language.code}"))
    files: list[tuple[str, str]] = [
        ("META-INF/container.xml", _CONTAINER),
        ("EPUB/package.opf", _package(book, title, modified, identifier)),
        ("EPUB/nav.xhtml", _nav(book, title)),
        ("EPUB/style.css", book.stylesheet),
        ("EPUB/title.xhtml", _title_page(book, title, modified)),
    ]
    files += [(f"EPUB/c{i:02d}.xhtml", _chapter(e, "style.css")) for i, e in enumerate(book.editions, start=1)]
    stamp = modified.timetuple()[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(_entry("mimetype", stamp, zipfile.ZIP_STORED), b"application/epub+zip")
        for name, text in files:
            archive.writestr(_entry(name, stamp, zipfile.ZIP_DEFLATED), text.encode("utf-8"))
    return buffer.getvalue()


def _entry(name: str, stamp: tuple[int, ...], compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=(stamp[0], stamp[1], stamp[2], stamp[3], stamp[4], stamp[5]))
    info.compress_type = compression
    info.create_system = 3          # Unix, whatever system writes it
    info.external_attr = 0o100644 << 16
    return info
