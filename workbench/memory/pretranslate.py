"""Pre-translation: untranslated messages filled from the memory (``workbench pretranslate``).

As ``msgmerge --compendium`` does: an exact match is taken as fuzzy by default (the
translator confirms it; ``exact="translated"`` takes it as translated), a fuzzy match is
taken as fuzzy with the matched source as its ``#|`` previous msgid — so the editor and
Poedit show what differs — and a translator comment with its score and origin. A
name-aware match (:mod:`.adapt`) is fuzzy too, its comment naming the replacements.
Every catalogue is planned in memory first and written atomically afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from workbench.gettext import Catalogue, Message, format_po, read_po
from workbench.project import Project
from workbench.util.atomic import atomic_write_text

from .concordance import catalogue_paths
from .lookup import ADAPT_CUTOFF, rank
from .matching import Match, normalise
from .names import NameTools
from .store import MemoryStore

COMMENT = "memory:"


@dataclass
class PretranslateReport:
    exact: int = 0
    adapted: int = 0
    fuzzy: int = 0
    unmatched: int = 0
    written: list[Path] = field(default_factory=list)

    @property
    def filled(self) -> int:
        return self.exact + self.adapted + self.fuzzy


def describe(match: Match) -> str:
    """The translator comment a pre-translated message gets."""
    if match.exact:
        return f"{COMMENT} exact match ({match.origin})"
    if match.adapted:
        changes = ", ".join(f"{r.old} → {r.new}" for r in match.replacements)
        return f"{COMMENT} {match.score:.0f}% name-aware match, {changes} ({match.origin})"
    return f"{COMMENT} {match.score:.0f}% match ({match.origin})"


def fill(message: Message, match: Match, *, exact_translated: bool) -> None:
    message.msgstr = match.target
    message.fuzzy = not (match.exact and exact_translated)
    message.translator_comments[:] = [c for c in message.translator_comments if not c.startswith(COMMENT)]
    if not match.exact:
        message.translator_comments.append(describe(match))
        message.previous_msgid = match.source


def existing_messages(project: Project, languages: list[str]) -> set[tuple[str, str]]:
    """(catalogue, msgid) of every live message now: taken before ``update``, it tells the
    messages the merge adds (and guesses fuzzy translations for) from those a person has seen."""
    return {(str(path), m.msgid) for _, path in catalogue_paths(project, languages)
            for m in read_po(path).messages if not m.obsolete}


def _guess_score(message: Message) -> float:
    """How close msgmerge's guess was: its previous msgid against the new one."""
    from rapidfuzz import fuzz

    return float(fuzz.ratio(normalise(message.previous_msgid or ""), normalise(message.msgid)))


def pretranslate(project: Project, store: MemoryStore, languages: list[str], *, min_score: float = 70.0,
                 exact: str = "fuzzy", tools: NameTools | None = None, documents: list[str] | None = None,
                 dry_run: bool = False, before: set[tuple[str, str]] | None = None) -> PretranslateReport:
    """Fill the untranslated messages of the project's catalogues from *store*.

    With *before* (:func:`existing_messages` taken before an update), the messages the update
    added and guessed fuzzy are filled too, where the memory matches better than the guess did.
    """
    report = PretranslateReport()
    planned: list[tuple[Path, Catalogue]] = []
    for language, path in catalogue_paths(project, languages):
        if documents and path.stem not in documents:
            continue
        catalogue = read_po(path)
        guesses = {} if before is None else {
            id(m): _guess_score(m) for m in catalogue.messages
            if not m.obsolete and m.fuzzy and m.msgstr and m.previous_msgid is not None
            and (str(path), m.msgid) not in before}
        empty = [m for m in catalogue.messages if not m.obsolete and m.msgid and m.msgid_plural is None
                 and (not m.msgstr or id(m) in guesses)]
        if not empty:
            continue
        cutoff = min(min_score, ADAPT_CUTOFF) if tools is not None else min_score
        found = store.lookup_many([m.msgid for m in empty], language, limit=3 if tools else 1, cutoff=cutoff)
        changed = False
        for message, matches in zip(empty, found):
            best = rank(matches, message.msgid, language, tools, 1, min_score)
            if best and id(message) in guesses and best[0].score <= guesses[id(message)]:
                best = []           # the merge's guess is as good: left as it is
            if not best:
                report.unmatched += 1
                continue
            match = best[0]
            fill(message, match, exact_translated=exact == "translated")
            changed = True
            if match.exact:
                report.exact += 1
            elif match.adapted:
                report.adapted += 1
            else:
                report.fuzzy += 1
        if changed:
            planned.append((path, catalogue))
    if not dry_run:
        for path, catalogue in planned:
            atomic_write_text(path, format_po(catalogue))
            report.written.append(path)
    return report
