"""The bilingual edition: the English source and the translation side by side,
segment by segment, for a reviewer.

Each segment is one row — source on the left, translation on the right (one
above the other on a narrow screen, each labelled with its language) — with a
link to its ``file:line`` in the source and to its message in the catalogue.
Rows are grouped by the document's blocks, so headings, list items and bylines
look like what they are. A fuzzy message shows its draft translation, marked;
an untranslated one shows a marked gap.
"""

from __future__ import annotations

from workbench.gettext import FUZZY

from .html import PageLinks, colophon, navigation, page, sequence
from .markdown import render_inline
from .markup import attribute, escape_text, link_text
from .model import Edition, EditionSegment

__all__ = ["bilingual_page"]


def _inline(edition: Edition, text: str) -> str:
    return render_inline(text) if edition.document.format == "markdown" else link_text(text)


def _target(edition: Edition, segment: EditionSegment) -> str:
    labels = edition.language.labels
    if segment.translation is not None:
        return _inline(edition, segment.translation)
    if segment.status == FUZZY and segment.draft:
        return (f'<span class="fuzzy">{_inline(edition, segment.draft)}</span>'
                f' <small class="note fuzzy-note">{escape_text(labels.fuzzy_note)}</small>')
    return f'<small class="note untranslated-note">{escape_text(labels.untranslated_note)}</small>'


def _reference(edition: Edition, segment: EditionSegment, links: PageLinks) -> str:
    where = f"{edition.document.relpath}:{segment.line}"
    parts = [f'<a href="{attribute(links.source)}">{escape_text(where)}</a>' if links.source
             else escape_text(where)]
    if edition.catalogue.path and segment.po_line:
        po = f"{edition.catalogue.path}:{segment.po_line}"
        parts.append(f'<a href="{attribute(links.catalogue)}">{escape_text(po)}</a>' if links.catalogue
                     else escape_text(po))
    return " · ".join(parts)


def bilingual_page(edition: Edition, links: PageLinks, *, licence: str) -> str:
    """The bilingual edition of one document."""
    labels = edition.language.labels
    tag = attribute(edition.language.tag)
    source_label = escape_text(labels.english_source)
    target_label = escape_text(edition.language.name)
    rows: list[str] = [
        f'<div class="pair pair-head" aria-hidden="true"><div class="src" lang="en">{source_label}</div>'
        f'<div class="tgt">{target_label}</div></div>\n'
    ]
    for block in edition.blocks:
        if not block.segments:
            if block.kind == "separator":
                rows.append('<hr />\n')
            continue
        kind = f"block-{block.kind}" + (f" level-{block.level}" if block.level else "")
        rows.append(f'<section class="block {kind}">\n')
        for segment in block.segments:
            status = segment.status
            rows.append(
                f'<div class="pair {status}" id="s{segment.index}">\n'
                f'<div class="src" lang="en" data-lang="EN">{_inline(edition, segment.source)}</div>\n'
                f'<div class="tgt" lang="{tag}" data-lang="{attribute(edition.language.tag.upper())}">'
                f"{_target(edition, segment)}</div>\n"
                f'<div class="ref">{_reference(edition, segment, links)}</div>\n'
                "</div>\n"
            )
        rows.append("</section>\n")
    title = escape_text(edition.title)
    body = (
        navigation(edition, links, bilingual=True)
        + f'<main>\n<header class="bilingual-head">\n<h1 lang="{tag}">{title}</h1>\n'
        f'<p class="subtitle" lang="en">{escape_text(edition.source_title)}</p>\n'
        f'<p class="subtitle">{escape_text(labels.bilingual)}: {source_label} — {target_label}</p>\n</header>\n'
        f'<div class="pairs">\n{"".join(rows)}</div>\n</main>\n'
        + sequence(edition, links)
        + colophon(edition, licence=licence, source_href=links.source, catalogue_href=links.catalogue)
    )
    return page(language=edition.language.tag, title=f"{edition.title} — {labels.bilingual}", body=body,
                stylesheet=links.stylesheet, body_class="bilingual")
