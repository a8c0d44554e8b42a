"""The index pages: ``index.html`` lists the edition languages, ``index-<lang>.html``
every document of one language with its completeness and its formats."""

from __future__ import annotations

from dataclasses import dataclass

from .html import page
from .languages import EditionLanguage
from .markup import attribute, escape_text
from .model import Edition

__all__ = ["IndexEntry", "language_index", "top_index"]


@dataclass(frozen=True)
class IndexEntry:
    """One document of a language index: its edition and the links to its formats."""

    edition: Edition
    links: tuple[tuple[str, str], ...]   # (label, href); the first is the title's link


def language_index(project: str, language: EditionLanguage, entries: list[IndexEntry],
                   book: str | None, *, stylesheet: str, top: str, book_title: str = "") -> str:
    """``index-<lang>.html``: the documents of one edition language."""
    labels = language.labels
    items: list[str] = []
    for entry in entries:
        edition = entry.edition
        percent = language.format_percent(edition.translated, edition.messages)
        links = list(entry.links)
        title = escape_text(edition.title)
        if links:
            title = f'<a href="{attribute(links[0][1])}">{title}</a>'
        more = " · ".join(f'<a href="{attribute(href)}">{escape_text(label)}</a>' for label, href in links[1:])
        draft = f' <span class="percent">· {escape_text(labels.draft)}</span>' if edition.catalogue.draft else ""
        items.append(
            f"<li>{title} <span class=\"percent\">{escape_text(percent)}</span>{draft}"
            + (f"<br /><small>{more}</small>" if more else "")
            + f'<br /><small lang="en">{escape_text(edition.source_title)}</small></li>\n'
        )
    epub = (f'<p><a href="{attribute(book)}">{escape_text(labels.ebook)}</a></p>\n' if book else "")
    title = book_title or labels.book_title.format(project=project, language=language.name)
    body = (
        f'<nav class="links"><span><a href="{attribute(top)}">{escape_text(labels.all_editions)}</a></span></nav>\n'
        f'<main class="index">\n<h1>{escape_text(title)}</h1>\n{epub}'
        f"<h2>{escape_text(labels.contents)}</h2>\n<ul>\n{''.join(items)}</ul>\n</main>\n"
    )
    return page(language=language.tag, title=title, body=body, stylesheet=stylesheet, body_class="edition")


def top_index(project: str, languages: list[tuple[EditionLanguage, str]], *, stylesheet: str) -> str:
    """``index.html``: one link per edition language (language, href)."""
    items = "".join(
        f'<li><a href="{attribute(href)}" hreflang="{attribute(lang.tag)}" lang="{attribute(lang.tag)}">'
        f"{escape_text(lang.name)}</a> <code>{escape_text(lang.tag)}</code></li>\n"
        for lang, href in languages
    )
    body = (
        f'<main class="index">\n<h1>{escape_text(project)}: editions</h1>\n'
        f"<p>Translated editions compiled by workbench from the English sources and their catalogues.</p>\n"
        f"<ul>\n{items}</ul>\n</main>\n"
    )
    return page(language="en", title=f"{project}: editions", body=body, stylesheet=stylesheet,
                body_class="edition")
