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


class _References:
    """``file:line`` of a segment in the source and in the catalogue, linked to the files."""

    def __init__(self, edition: Edition, links: PageLinks) -> None:
        self.source = escape_text(edition.document.relpath)
        self.source_open = f'<a href="{attribute(links.source)}">' if links.source else ""
        self.catalogue = escape_text(edition.catalogue.path) if edition.catalogue.path else ""
        self.catalogue_open = f'<a href="{attribute(links.catalogue)}">' if links.catalogue else ""

    def __call__(self, segment: EditionSegment) -> str:
        where = f"{self.source}:{segment.line}"
        text = f"{self.source_open}{where}</a>" if self.source_open else where
        if self.catalogue and segment.po_line:
            po = f"{self.catalogue}:{segment.po_line}"
            text += " · " + (f"{self.catalogue_open}{po}</a>" if self.catalogue_open else po)
        return text


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
    reference = _References(edition, links)
    target_lang = attribute(edition.language.tag.upper())
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
                f'<div class="tgt" lang="{tag}" data-lang="{target_lang}">'
                f"{_target(edition, segment)}</div>\n"
                f'<div class="ref">{reference(segment)}</div>\n'
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
