"""``workbench compile``: translated editions of the source documents.

Each document is rebuilt from its skeleton with every translated segment put
in place of its source; untranslated and fuzzy segments keep the source text
and are counted. A document whose share of translated segments is below the
requested minimum is left out (as po4a's ``--keep`` does). Alongside, every
catalogue is compiled to a ``.mo`` file.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from workbench.gettext import Catalogue, message_status, read_po
from workbench.gettext.mo import format_mo
from workbench.project import Project
from workbench.text.documents import Segment
from workbench.util.atomic import atomic_write_bytes, atomic_write_text
from workbench.util.files import catalogue_exists
from workbench.util.gcpause import paused_gc


@dataclass
class EditionResult:
    document: str          # relpath of the source
    language: str
    messages: int          # distinct messages (a segment repeated in the document counts once)
    translated: int
    fuzzy: int
    untranslated: int
    output: Path | None    # None when left out below the minimum
    mo_path: Path | None

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.messages if self.messages else 100.0


def translations_of(catalogue: Catalogue | None) -> tuple[dict[str, str], set[str]]:
    """Map msgid → msgstr for translated messages, and the set of fuzzy msgids."""
    if catalogue is None:
        return {}, set()
    done: dict[str, str] = {}
    fuzzy: set[str] = set()
    for message in catalogue.messages:
        if message.obsolete or message.msgctxt is not None:
            continue
        status = message_status(message)
        if status == "fuzzy":
            fuzzy.add(message.msgid)
        elif status == "translated":
            done[message.msgid] = message.msgstr
    return done, fuzzy


_LINE_BREAK_RUN = re.compile(r"[^\S\n\r]*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")


def fit_translation(segment, translation: str | None) -> str | None:
    """A translation as it goes into the edition's layout.

    Segments never start or end with white space, so neither does their
    replacement; and a line break the source segment does not have would start
    a new paragraph (plain text) or a new block (a blank line in Markdown), so
    it becomes one space: the layout stays the source's.
    """
    if translation is None:
        return None
    text = translation.strip()
    if not text:
        return None
    if "\n" not in segment.source and "\r" not in segment.source:
        text = _LINE_BREAK_RUN.sub(" ", text)
    return text


def _translated(done: dict[str, str], segment: Segment) -> str | None:
    return fit_translation(segment, done.get(segment.msgid))


def render_html(document, replace: Callable, language: str) -> str:
    """A minimal HTML rendering of an edition: one element per block, all text escaped."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{html.escape(replace(document.segments[0]) or document.title) if document.segments else ''}</title>",
        "</head>",
        "<body>",
    ]
    tags = {"heading": "h2", "paragraph": "p", "list_item": "li", "byline": "p", "separator": "hr"}
    in_list = False
    for block in document.blocks:
        if block.kind == "list_item" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif block.kind != "list_item" and in_list:
            parts.append("</ul>")
            in_list = False
        if block.kind == "separator":
            parts.append("<hr>")
            continue
        text = " ".join(
            html.escape(replace(document.segments[i]) or document.segments[i].msgid) for i in block.segments
        )
        if not text:
            continue
        tag = tags.get(block.kind, "p")
        css = ' class="byline"' if block.kind == "byline" else ""
        parts.append(f"<{tag}{css}>{text}</{tag}>")
    if in_list:
        parts.append("</ul>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def compile_editions(
    project: Project,
    languages: list[str] | None = None,
    *,
    min_percent: float = 0.0,
    html_output: bool = True,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[EditionResult]:
    """Write every edition and .mo file; return one result per document and language.

    All catalogues are read before anything is written, so a broken catalogue
    stops the build with no half-written output.
    """
    with project.writing("workbench compile"):
        project.confine_build(list(project.languages if languages is None else languages))
        with paused_gc():  # bulk construction, see workbench/gcpause.py
            return _compile(project, languages, min_percent=min_percent, html_output=html_output,
                            progress=progress)


def _compile(project, languages, *, min_percent, html_output, progress) -> list[EditionResult]:
    languages = list(project.languages if languages is None else languages)
    documents = project.load_documents()
    catalogues: dict[tuple[str, str], Catalogue | None] = {}
    for document in documents:
        for language in languages:
            path = project.po_path(document.name, language)
            catalogues[document.name, language] = read_po(path) if catalogue_exists(path) else None
    results: list[EditionResult] = []
    total = len(documents) * len(languages)
    step = 0
    for language in languages:
        for document in documents:
            step += 1
            if progress is not None:
                progress(step, total, f"{language}: {document.relpath}")
            catalogue = catalogues[document.name, language]
            done, fuzzy = translations_of(catalogue)
            # Counted in distinct messages, the unit of msgfmt --statistics,
            # `workbench stats` and po4a's threshold: a sentence repeated in a
            # document is one message.
            messages = list(dict.fromkeys(s.msgid for s in document.segments))
            translated = sum(1 for msgid in messages if msgid in done)
            n_fuzzy = sum(1 for msgid in messages if msgid not in done and msgid in fuzzy)
            result = EditionResult(
                document=document.relpath,
                language=language,
                messages=len(messages),
                translated=translated,
                fuzzy=n_fuzzy,
                untranslated=len(messages) - translated - n_fuzzy,
                output=None,
                mo_path=None,
            )
            if catalogue is not None:
                mo_path = project.mo_path(document.name, language)
                atomic_write_bytes(mo_path, format_mo(catalogue))
                result.mo_path = mo_path
            if result.percent + 1e-9 >= min_percent:
                replace = partial(_translated, done)
                output = project.edition_path(document.relpath, language)
                atomic_write_text(output, document.assemble(replace))
                if html_output:
                    atomic_write_text(output.with_suffix(".html"), render_html(document, replace, language))
                result.output = output
            else:
                # An edition from an earlier build must not outlive the
                # decision to leave this document out.
                _remove_stale(project.edition_path(document.relpath, language))
            results.append(result)
    return results


def _remove_stale(output: Path) -> None:
    for path in (output, output.with_suffix(".html")):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            from workbench.util.errors import WorkbenchError

            raise WorkbenchError(f"cannot remove an outdated edition: {exc.strerror or exc}", path) from exc
