"""Editions a publisher can put online: the reading edition (HTML), the bilingual
edition for reviewers, an EPUB 3 book per language, the source-format text, and
Latin-script Kazakh — made from a document, its catalogue and the glossary.

``model`` builds an :class:`Edition` (one document in one language); ``html``,
``bilingual``, ``epub`` and ``index`` render it; ``markdown`` and ``markup`` turn
text into safe HTML; ``languages`` holds each language's labels and scripts,
``latin`` the glossary's Latin spellings of names, ``outputs`` the folder.
:mod:`workbench.services.compile` decides what to build and writes it.
"""

from .languages import (
    SCRIPT_VARIANTS,
    EditionLanguage,
    Labels,
    catalogue_language,
    edition_language,
    edition_languages,
)
from .model import Edition, EditionBlock, EditionSegment, build_edition, catalogue_info, translations_of

__all__ = [
    "SCRIPT_VARIANTS",
    "Edition",
    "EditionBlock",
    "EditionLanguage",
    "EditionSegment",
    "Labels",
    "build_edition",
    "catalogue_info",
    "catalogue_language",
    "edition_language",
    "edition_languages",
    "translations_of",
]
