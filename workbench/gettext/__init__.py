"""Gettext catalogues: the model (``model``), the PO reader (``parse``), the GNU-identical
PO writer (``write``, with its line breaking in ``linebreak``) and the MO compiler (``mo``).

The writer and the compiler are imported when first used (PEP 562): a command that only reads
catalogues (``workbench check``) does not build the line-breaking tables."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from .mo import format_mo, write_mo
    from .write import PAGE_WIDTH, IncrementalFormatter, format_message, format_po, write_po

#: name → the module that defines it, imported on first use
_LAZY = {
    "format_mo": ".mo", "write_mo": ".mo",
    "PAGE_WIDTH": ".write", "IncrementalFormatter": ".write", "format_message": ".write", "format_po": ".write",
    "write_po": ".write",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


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
