"""One segment pair through the QA check families: the hits, their findings, the fix."""

from __future__ import annotations

from collections.abc import Iterable

from workbench.glossary import Glossary
from workbench.project import DEFAULT_STYLES, Style

from ..findings import CHECKS, Finding, apply_fix
from . import dates, length, markup, numbers, quotes, script, typography, untranslated, urls
from .base import Context, Hit, Pair
from .text import CYRILLIC, LATIN, WORD_RE

#: The families, in report order, with their modules.
FAMILIES = {
    "number": numbers, "date": dates, "url": urls, "quotes": quotes, "markup": markup,
    "untranslated": untranslated, "typography": typography, "script": script, "length": length,
}
#: Check id → family.
FAMILY_OF: dict[str, str] = {
    **dict.fromkeys(("number-missing", "number-extra", "number-decimal-separator", "number-grouping",
                     "number-percent", "number-range-dash"), "number"),
    **dict.fromkeys(("date-month", "date-day", "date-year"), "date"),
    **dict.fromkeys(("url-changed", "url-missing"), "url"),
    **dict.fromkeys(("quote-style", "quote-unbalanced"), "quotes"),
    **dict.fromkeys(("markup-emphasis", "markup-link", "markup-code", "markup-escape", "markup-tag", "markup-block",
                     "markup-gloss-dropped"), "markup"),
    **dict.fromkeys(("untranslated-words", "untranslated-identical"), "untranslated"),
    **dict.fromkeys(("typo-double-space", "typo-space-before-punctuation", "typo-space-after-punctuation",
                     "typo-ellipsis", "typo-double-punctuation", "typo-dash", "typo-nbsp", "typo-edge-whitespace",
                     "typo-invisible"),
                    "typography"),
    **dict.fromkeys(("script-mixed", "script-roman-numeral", "script-kazakh-letter", "script-russian-letter"),
                    "script"),
    **dict.fromkeys(("length-ratio", "sentence-count"), "length"),
}
QA_CHECKS: frozenset[str] = frozenset(FAMILY_OF)

__all__ = ["FAMILIES", "FAMILY_OF", "QA_CHECKS", "Context", "Hit", "Pair", "apply_fix", "check_pair",
           "check_target_segment", "context_for"]


def check_pair(source: str, target: str, language: str, *, style: Style | None = None,
               context: Context | None = None, families: Iterable[str] | None = None) -> list[Hit]:
    """The QA hits of one translated segment (empty for an empty target)."""
    if not target.strip():
        return []
    pair = Pair(source, target, language, style or DEFAULT_STYLES.get(language.split("_")[0], Style()),
                context or Context())
    chosen = set(FAMILIES if families is None else families)
    # a module may report a finding of another family (the number check reports typo-nbsp)
    wanted = [f for f in FAMILIES if f in chosen or (f == "number" and "typography" in chosen)]
    hits: list[Hit] = []
    for name in wanted:
        hits.extend(FAMILIES[name].check(pair))
    if families is not None:
        hits = [h for h in hits if FAMILY_OF.get(h.check) in chosen]
    return hits


def to_finding(hit: Hit, *, relpath: str, line: int | None, source: str, target: str, language: str,
               catalogue: str | None = None) -> Finding:
    """The :class:`Finding` of a hit (see "Fixes" in the module docstring)."""
    message = hit.message
    offending = hit.offending
    if hit.suggestion is not None:
        if hit.offending and hit.offending not in message:
            message = f"{message} (at {hit.offending!r})"
        offending = target
    return Finding(hit.check, CHECKS[hit.check].severity, message, path=relpath, line=line, language=language,
                   source=source, offending=offending, suggestion=hit.suggestion, catalogue=catalogue, target=target)


def check_target_segment(relpath: str, line: int | None, source: str, target: str, language: str, *,
                         style: Style | None = None, context: Context | None = None, catalogue: str | None = None,
                         families: Iterable[str] | None = None) -> list[Finding]:
    """The QA findings of one translated segment, ready for the report and the editor."""
    return [to_finding(h, relpath=relpath, line=line, source=source, target=target, language=language,
                       catalogue=catalogue)
            for h in check_pair(source, target, language, style=style, context=context, families=families)]


def context_for(glossary: Glossary | None, language: str, *, lexicon: bool = True) -> Context:
    """The glossary's Latin-script forms of *language* (longest first) and, for Kazakh, the lexicon."""
    names: set[str] = set()
    known: set[str] = set()
    translated: set[str] = set()
    if glossary is not None:
        lang = language.split("_")[0]
        for referent in glossary:
            forms = referent.valid_forms(lang) if lang in ("ru", "kk") else []
            for form in forms:
                if LATIN.search(form) and not CYRILLIC.search(form):
                    names.add(form)
                known.update(w.lower() for w in WORD_RE.findall(form) if len(w) >= 3)
            if forms and not any(LATIN.search(form) for form in forms):
                translated.update(spelling for spelling, _ in referent.spellings() if " " in spelling)
    found = None
    if lexicon and language.split("_")[0] == "kk":
        from .lexicon import kazakh_lexicon

        found = kazakh_lexicon()
    return Context(tuple(sorted(names, key=lambda n: (-len(n), n))), found, frozenset(known), frozenset(translated))
