"""The glossary (termbase): the in-memory model, ``glossary.tsv`` on disk, and exchange
with other tools (TBX, OmegaT, CSV)."""

from .model import (
    COLUMNS,
    EN_STATUSES,
    MULTI_COLUMNS,
    REQUIRED_COLUMNS,
    TARGET_LANGUAGES,
    TYPES,
    Glossary,
    GlossaryEditError,
    Referent,
    split_values,
    validate_id,
)
from .tsv import format_glossary, glossary_from_bytes, load_glossary, parse_glossary, save_glossary

__all__ = [
    "COLUMNS",
    "EN_STATUSES",
    "MULTI_COLUMNS",
    "REQUIRED_COLUMNS",
    "TARGET_LANGUAGES",
    "TYPES",
    "Glossary",
    "GlossaryEditError",
    "Referent",
    "format_glossary",
    "glossary_from_bytes",
    "load_glossary",
    "parse_glossary",
    "save_glossary",
    "split_values",
    "validate_id",
]
