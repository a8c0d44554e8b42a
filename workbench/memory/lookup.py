"""Lookups as the editor, ``memory lookup`` and pre-translation see them: exact matches,
then name-aware adapted ones, then fuzzy ones."""

from __future__ import annotations

from .adapt import NUMBER_RE, adapt
from .matching import DEFAULT_CUTOFF, DEFAULT_LIMIT, Match, distinct_targets
from .names import NameTools
from .store import MemoryStore

#: how far below the cutoff a match may score and still be adapted: a short sentence whose
#: only difference is a long name scores low, yet becomes a near-exact match
ADAPT_CUTOFF = 50.0


def suggest(store: MemoryStore, source: str, language: str, *, tools: NameTools | None = None,
            limit: int = DEFAULT_LIMIT, cutoff: float = DEFAULT_CUTOFF) -> list[Match]:
    """The best matches for *source*, names and numbers adapted where the sources differ only by them."""
    adaptable = tools is not None and (bool(NUMBER_RE.search(source)) or bool(tools.source_names(source)))
    wide = store.lookup(source, language, limit=limit * 2 if adaptable else limit,
                        cutoff=min(cutoff, ADAPT_CUTOFF) if adaptable else cutoff)
    return rank(wide, source, language, tools if adaptable else None, limit, cutoff)


def rank(found: list[Match], source: str, language: str, tools: NameTools | None, limit: int,
         cutoff: float) -> list[Match]:
    """*found* adapted where possible, below-cutoff ones dropped, best first."""
    out: list[Match] = []
    for match in found:
        if tools is not None and not match.exact:
            adapted = adapt(match, source, language, tools)
            if adapted is not None:
                out.append(adapted)
                continue
        if match.score >= cutoff:
            out.append(match)
    out.sort(key=lambda m: -m.score)          # stable: the store's order among equals
    return distinct_targets(out, limit)
