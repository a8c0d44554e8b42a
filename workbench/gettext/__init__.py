"""Gettext catalogues: the model (``model``), the PO reader (``parse``), the GNU-identical
PO writer (``write``, with its line breaking in ``linebreak``) and the MO compiler (``mo``)."""

from .mo import format_mo, write_mo
from .model import (
    FUZZY,
    TRANSLATED,
    UNTRANSLATED,
    Catalogue,
    Message,
    canonical_flags,
    format_metadata,
    message_status,
    parse_metadata,
)
from .parse import parse_po, read_po
from .write import PAGE_WIDTH, IncrementalFormatter, format_message, format_po, write_po

__all__ = [
    "FUZZY",
    "PAGE_WIDTH",
    "TRANSLATED",
    "UNTRANSLATED",
    "Catalogue",
    "IncrementalFormatter",
    "Message",
    "canonical_flags",
    "format_message",
    "format_metadata",
    "format_mo",
    "format_po",
    "message_status",
    "parse_metadata",
    "parse_po",
    "read_po",
    "write_mo",
    "write_po",
]
