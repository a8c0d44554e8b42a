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

from workbench.gettext import Catalogue, Message, read_po
from workbench.gettext.save import write_po_keeping_saves
from workbench.project import Project

from .adapt import NUMBER_RE
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


def _lookups(store: MemoryStore, sources: list[str], language: str, tools: NameTools | None,
             min_score: float) -> list[tuple[list[Match], NameTools | None]]:
    """The memory's matches for each of *sources*, as :func:`.lookup.suggest` asks for them: a
    source with names or numbers, which a name-aware match may adapt, is looked up below the
    cutoff and for more matches, and comes with the *tools* to adapt them; the rest plainly.
    One run of :meth:`MemoryStore.lookup_many`, whatever the number of catalogues."""
    adaptable = [tools is not None and (bool(NUMBER_RE.search(s)) or bool(tools.source_names(s))) for s in sources]
    found = store.lookup_many(sources, language, limit=[3 if wide else 1 for wide in adaptable],
                              cutoff=[min(min_score, ADAPT_CUTOFF) if wide else min_score for wide in adaptable])
    return [(matches, tools if wide else None) for matches, wide in zip(found, adaptable)]


def pretranslate(project: Project, store: MemoryStore, languages: list[str], *, min_score: float = 70.0,
                 exact: str = "fuzzy", tools: NameTools | None = None, documents: list[str] | None = None,
                 dry_run: bool = False, before: set[tuple[str, str]] | None = None) -> PretranslateReport:
    """Fill the untranslated messages of the project's catalogues from *store*.

    With *before* (:func:`existing_messages` taken before an update), the messages the update
    added and guessed fuzzy are filled too, where the memory matches better than the guess did.
    Every catalogue of a language is read first, and its messages looked up in one run.
    """
    report = PretranslateReport()
    planned: list[tuple[Path, Catalogue]] = []
    wanted: dict[str, list[tuple[int, Message]]] = {}     # language → (catalogue's place, message)
    guesses: dict[int, float] = {}
    for language, path in catalogue_paths(project, languages):
        if documents and path.stem not in documents:
            continue
        catalogue = read_po(path)
        if before is not None:
            guesses.update({id(m): _guess_score(m) for m in catalogue.messages
                            if not m.obsolete and m.fuzzy and m.msgstr and m.previous_msgid is not None
                            and (str(path), m.msgid) not in before})
        empty = [m for m in catalogue.messages if not m.obsolete and m.msgid and m.msgid_plural is None
                 and (not m.msgstr or id(m) in guesses)]
        if empty:
            wanted.setdefault(language, []).extend((len(planned), m) for m in empty)
            planned.append((path, catalogue))
    fills: dict[int, list[tuple[tuple[str | None, str], str, Match]]] = {}   # place → (key, msgstr seen, match)
    for language, messages in wanted.items():
        found = _lookups(store, [m.msgid for _, m in messages], language, tools, min_score)
        for (place, message), (matches, adapting) in zip(messages, found):
            best = rank(matches, message.msgid, language, adapting, 1, min_score)
            if best and id(message) in guesses and best[0].score <= guesses[id(message)]:
                best = []           # the merge's guess is as good: left as it is
            if not best:
                report.unmatched += 1
                continue
            match = best[0]
            fills.setdefault(place, []).append(((message.msgctxt, message.msgid), message.msgstr, match))
            fill(message, match, exact_translated=exact == "translated")
            if match.exact:
                report.exact += 1
            elif match.adapted:
                report.adapted += 1
            else:
                report.fuzzy += 1
    if not dry_run:
        for place, (path, catalogue) in enumerate(planned):
            if place in fills:
                _write(path, catalogue, fills[place], exact_translated=exact == "translated")
                report.written.append(path)
    return report


def _write(path: Path, catalogue: Catalogue, fills: list[tuple[tuple[str | None, str], str, Match]], *,
           exact_translated: bool) -> None:
    """Write a filled catalogue unless it changed on disk since it was read (an editor saved
    it meanwhile): then it is read again and the fills applied to the messages whose
    translation is still the one seen, so nobody's work is overwritten."""
    def refill(fresh: Catalogue) -> None:
        live = {(m.msgctxt, m.msgid): m for m in fresh.messages if not m.obsolete}
        for key, seen, match in fills:
            message = live.get(key)
            if message is not None and message.msgstr == seen and message.msgid_plural is None:
                fill(message, match, exact_translated=exact_translated)

    write_po_keeping_saves(path, catalogue, refill, during="pre-translation", again="run it again")
