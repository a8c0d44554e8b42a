"""The translation memory: persistent, shared by a team if it likes, exchanged as TMX.

``store`` is the interface every backend implements and :func:`open_store` picks one from
the ``memory`` setting; ``sqlite`` is the default backend (with ``postings``, its word index)
and ``postgresql`` a team's shared one; ``matching`` holds the records and the scorer;
``sync`` keeps the project's catalogues in the memory incrementally; ``tmx`` and
``compendium`` read and write exchange files; ``names`` and ``adapt`` make name-aware
matches; ``lookup`` puts them together; ``pretranslate`` fills catalogues from the memory;
``concordance`` searches and replaces across the memory and the catalogues.
"""

from .lookup import suggest
from .matching import DEFAULT_CUTOFF, DEFAULT_LIMIT, Match, Replacement, StoredUnit, normalise
from .store import AddReport, LanguageCount, MemoryStore, now_iso, open_store

__all__ = ["DEFAULT_CUTOFF", "DEFAULT_LIMIT", "AddReport", "LanguageCount", "Match", "MemoryStore", "Replacement",
           "StoredUnit", "normalise", "now_iso", "open_store", "suggest"]
