"""The reading edition of a document as an HTML page, and the pieces the bilingual
edition and the EPUB chapters share with it: the page frame, the body of a
document, the colophon.

Every piece is well-formed XML as well as HTML (void elements closed, only
XML's named entities), so :func:`page` writes either an HTML5 file or an EPUB
XHTML document from the same fragments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.gettext import FUZZY

from .markdown import render_document
from .markup import attribute, escape_text, link_text
from .model import Edition, EditionSegment

__all__ = [
    "PageLinks", "colophon", "document_body", "navigation", "notes_of", "page", "reading_page", "segment_html",
    "sequence",
]


@dataclass(frozen=True)
class PageLinks:
    """Where a page links to, as URLs relative to the page (None: no such link)."""

    stylesheet: str = "style.css"
    index: str | None = None
    other_format: str | None = None            # the reading page from the bilingual one, or back
    languages: tuple[tuple[str, str, str], ...] = ()  # (BCP 47 tag, language name, href)
    previous: tuple[str, str] | None = None   # (title, href)
    next: tuple[str, str] | None = None
    source: str | None = None                 # the source file
    catalogue: str | None = None              # the PO file
    extra: tuple[tuple[str, str], ...] = field(default=())  # (label, href): the EPUB, the text file


_LANG = re.compile(r' lang="([^"]*)"')


def page(*, language: str, title: str, body: str, stylesheet: str, body_class: str, xhtml: bool = False) -> str:
    """A complete HTML5 page, or an EPUB XHTML content document when *xhtml*."""
    if xhtml:
        body = _LANG.sub(r' lang="\1" xml:lang="\1"', body)
        head = (
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"'
            f' lang="{attribute(language)}" xml:lang="{attribute(language)}">\n<head>\n<meta charset="utf-8" />\n'
        )
    else:
        head = (
            f'<!DOCTYPE html>\n<html lang="{attribute(language)}">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        )
    return (
        f"{head}<title>{escape_text(title)}</title>\n"
        f'<link rel="stylesheet" href="{attribute(stylesheet)}" />\n'
        f'</head>\n<body class="{attribute(body_class)}">\n{body}</body>\n</html>\n'
    )


def notes_of(edition: Edition) -> dict[str, str]:
    labels = edition.language.labels
    return {"untranslated": labels.untranslated_note, "fuzzy": labels.fuzzy_note}


def segment_html(segment: EditionSegment, notes: dict[str, str], *, ident: bool = True) -> str:
    """One segment of a plain-text document: its translation, or the marked English source."""
    if segment.translation is not None:
        return link_text(segment.translation)
    kind = "fuzzy" if segment.status == FUZZY else "untranslated"
    anchor = f' id="s{segment.index}"' if ident else ""
    return (
        f'<span class="{kind}" lang="en"{anchor}>{link_text(segment.source)}</span>'
        f' <small class="note {kind}-note">{escape_text(notes[kind])}</small>'
    )


_TAGS = {"paragraph": "p", "byline": "p", "caption": "p", "leftover": "p", "list_item": "li"}
_CLASSES = {"byline": "byline", "caption": "caption", "leftover": "leftover"}


def document_body(edition: Edition) -> str:
    """The document itself, as the edition's language reads it (title first); made once per edition."""
    if edition.body is None:
        edition.body = _document_body(edition)
    return edition.body


def _document_body(edition: Edition) -> str:
    notes = notes_of(edition)
    parts: list[str] = []
    derived = f'<h1 class="derived-title">{escape_text(edition.title)}</h1>\n' if edition.title_derived else ""
    if edition.document.format == "markdown":
        classes = {block.line: _CLASSES[block.kind] for block in edition.blocks if block.kind in _CLASSES}
        body = render_document(edition, classes, notes)
        # a heading the document model does not know (Setext, "Title\n=====") is still a title
        return body if "<h1" in body else derived + body
    parts.append(derived)
    open_list: str | None = None
    for block in edition.blocks:
        wanted = ("ol" if block.ordered else "ul") if block.kind == "list_item" else None
        if open_list is not None and wanted != open_list:
            parts.append(f"</{open_list}>\n")
            open_list = None
        if wanted is not None and open_list is None:
            parts.append(f"<{wanted}>\n")
            open_list = wanted
        if block.kind == "separator":
            parts.append("<hr />\n")
            continue
        if not block.segments:
            continue
        content = " ".join(segment_html(s, notes) for s in block.segments)
        if block.kind == "heading":
            tag = f"h{block.level}"
            ident = ' id="title"' if block.level == 1 else ""
            parts.append(f"<{tag}{ident}>{content}</{tag}>\n")
            continue
        tag = _TAGS.get(block.kind, "p")
        css = _CLASSES.get(block.kind)
        parts.append(f'<{tag} class="{css}">{content}</{tag}>\n' if css else f"<{tag}>{content}</{tag}>\n")
    if open_list is not None:
        parts.append(f"</{open_list}>\n")
    return "".join(parts)


def colophon(edition: Edition, *, licence: str, source_href: str | None, catalogue_href: str | None,
             heading: str = "h2") -> str:
    """What the edition is: source and origin, language, completeness, status, date, licence."""
    labels = edition.language.labels
    language = edition.language
    rows: list[tuple[str, str]] = []

    source_name = escape_text(edition.document.relpath)
    if source_href:
        source_name = f'<a href="{attribute(source_href)}">{source_name}</a>'
    rows.append((labels.source,
                 f'<span lang="en">«{escape_text(edition.source_title)}»</span>, <code>{source_name}</code><br />'
                 f'<small>{escape_text(labels.source_digest)}: '
                 f'<code class="digest">{edition.source_sha256}</code></small>'))
    if edition.origin:
        origin = "".join(f'<span class="origin-line" lang="en">{link_text(line)}</span>' for line in edition.origin)
    else:
        origin = escape_text(labels.no_origin)
    rows.append((labels.origin, origin))

    complete = labels.completeness.format(
        translated=edition.translated, total=edition.messages,
        percent=language.format_percent(edition.translated, edition.messages),
    )
    counts = [escape_text(complete)]
    if edition.fuzzy:
        counts.append(escape_text(labels.awaiting_review.format(count=edition.fuzzy)))
    if edition.untranslated:
        counts.append(escape_text(labels.not_translated.format(count=edition.untranslated)))
    translation = f"{escape_text(language.name)} (<code>{escape_text(language.tag)}</code>); " + "; ".join(counts)
    if edition.catalogue.path:
        catalogue = escape_text(edition.catalogue.path)
        if catalogue_href:
            catalogue = f'<a href="{attribute(catalogue_href)}">{catalogue}</a>'
        translation += f"<br /><small>{escape_text(labels.catalogue)}: <code>{catalogue}</code></small>"
    if labels.transliterated:
        translation += f"<br /><small>{escape_text(labels.transliterated)}</small>"
    rows.append((labels.translation, translation))
    if edition.catalogue.draft:
        rows.append((labels.status, f'<strong class="draft">{escape_text(labels.draft)}</strong>'))
    if edition.catalogue.team:
        rows.append((labels.translators, escape_text(edition.catalogue.team)))
    if edition.catalogue.revised is not None:
        moment = edition.catalogue.revised
        rows.append((labels.date, f'<time datetime="{moment.date().isoformat()}">'
                                  f"{escape_text(language.format_date(moment))}</time>"))
    if licence:
        rows.append((labels.licence, f'<span lang="en">{link_text(licence)}</span>'))

    items = "".join(f"<dt>{escape_text(term)}</dt>\n<dd>{value}</dd>\n" for term, value in rows)
    remarks = []
    if edition.untranslated or edition.fuzzy:
        remarks.append(labels.marking)
    if edition.title_derived:
        remarks.append(labels.derived_title)
    remarks.append(labels.made_with)
    notes = "".join(f"<p>{escape_text(text)}</p>\n" for text in remarks)
    return (
        f'<footer class="colophon">\n<{heading}>{escape_text(labels.colophon)}</{heading}>\n'
        f"<dl>\n{items}</dl>\n{notes}</footer>\n"
    )


def navigation(edition: Edition, links: PageLinks, *, bilingual: bool) -> str:
    """The links above a page: all editions, the other format, other languages, previous/next."""
    labels = edition.language.labels
    items: list[str] = []
    if links.index:
        items.append(f'<a href="{attribute(links.index)}">{escape_text(labels.all_editions)}</a>')
    if links.other_format:
        label = labels.reading if bilingual else labels.bilingual
        items.append(f'<a href="{attribute(links.other_format)}">{escape_text(label)}</a>')
    for label, href in links.extra:
        items.append(f'<a href="{attribute(href)}">{escape_text(label)}</a>')
    for tag, name, href in links.languages:
        items.append(f'<a href="{attribute(href)}" hreflang="{attribute(tag)}" lang="{attribute(tag)}">'
                     f"{escape_text(name)}</a>")
    if not items:
        return ""
    return '<nav class="links">\n' + "\n".join(f"<span>{item}</span>" for item in items) + "\n</nav>\n"


def sequence(edition: Edition, links: PageLinks) -> str:
    """The links below a document to the previous and the next one."""
    labels = edition.language.labels
    items: list[str] = []
    if links.previous:
        items.append(f'<a rel="prev" href="{attribute(links.previous[1])}">← {escape_text(labels.previous)}: '
                     f"{escape_text(links.previous[0])}</a>")
    if links.next:
        items.append(f'<a rel="next" href="{attribute(links.next[1])}">{escape_text(labels.next)}: '
                     f"{escape_text(links.next[0])} →</a>")
    if not items:
        return ""
    return '<nav class="sequence">\n' + "\n".join(f"<span>{item}</span>" for item in items) + "\n</nav>\n"


def reading_page(edition: Edition, links: PageLinks, *, licence: str) -> str:
    """The HTML reading edition of one document."""
    body = (
        navigation(edition, links, bilingual=False)
        + f'<main>\n<article lang="{attribute(edition.language.tag)}">\n{document_body(edition)}</article>\n</main>\n'
        + sequence(edition, links)
        + colophon(edition, licence=licence, source_href=links.source, catalogue_href=links.catalogue)
    )
    return page(language=edition.language.tag, title=edition.title, body=body,
                stylesheet=links.stylesheet, body_class="edition")
