"""NameChecker: the name checks of one glossary, for one segment at a time.

A checker holds a :class:`~workbench.checks.names.lexicon.Lexicon` (the glossary's names and
their indexes, read-only) and a default :class:`CheckContext`. Nothing a check does changes
the checker: a project-wide run passes its own context (what the project's sources say about
English words) with each call, so the editor's live checks, which use the same cached
checker, are not affected by it.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..findings import CHECKS, Finding
from .forms import FormIndex
from .lexicon import TARGET_LANGUAGES, IndexLoader, Lexicon
from .matcher import Entry, Match, NameIndex, Tokens, inner_case_differs, is_acronym, tokens_of
from .source import STOP, Vocabulary, covered_mask, former_name_cue, quoted, unknown_names
from .variants import VariantFinder
from .world_countries import WORLD_COUNTRIES

if TYPE_CHECKING:
    from .target import TargetResult

__all__ = ["CheckContext", "NameChecker"]

_SOURCE_CACHE = 4096


@dataclass(frozen=True)
class CheckContext:
    """What a project tells the checks beyond the glossary: the vocabulary of its sources
    (words seen in small letters, words seen capitalised mid-sentence), which decides whether a
    capitalised word at the start of a sentence is a name."""

    vocabulary: Vocabulary = field(default_factory=Vocabulary)

    @classmethod
    def of_texts(cls, texts: Iterable[str]) -> CheckContext:
        vocabulary = Vocabulary()
        for text in texts:
            vocabulary.learn(text)
        return cls(vocabulary)


def _make(check: str, message: str, **fields: Any) -> Finding:
    return Finding(check=check, severity=CHECKS[check].severity, message=message, **fields)


class NameChecker:
    """Checks names in source segments and translations against one glossary."""

    def __init__(self, glossary: Any, *, vocabulary: Vocabulary | None = None, lexicon: Lexicon | None = None,
                 loader: IndexLoader | None = None, digest: str | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else Lexicon(glossary, loader=loader, digest=digest)
        #: the context of calls that pass none (the editor's: no project vocabulary unless given)
        self.context = CheckContext(vocabulary if vocabulary is not None else Vocabulary())
        self._cache_lock = threading.Lock()
        self._source_cache: OrderedDict[str, tuple[Tokens, list[Match]]] = OrderedDict()

    # -- the glossary's names (read-only views of the lexicon) ---------------------------------
    @property
    def glossary(self) -> Any:
        return self.lexicon.glossary

    @property
    def referents(self) -> list[Any]:
        return self.lexicon.referents

    @property
    def ids(self) -> list[str]:
        return self.lexicon.ids

    @property
    def kinds(self) -> list[str]:
        return self.lexicon.kinds

    @property
    def english(self) -> NameIndex:
        return self.lexicon.english

    @property
    def variants(self) -> VariantFinder:
        return self.lexicon.variants

    @property
    def vocabulary(self) -> Vocabulary:
        return self.context.vocabulary

    def index(self, language: str) -> FormIndex:
        return self.lexicon.index(language)

    def warm(self, languages: Iterable[str] = TARGET_LANGUAGES) -> NameChecker:
        self.lexicon.warm(languages)
        return self

    def preferred_form(self, ref: int, language: str) -> str:
        return self.lexicon.preferred_form(ref, language)

    def valid_forms(self, ref: int, language: str) -> list[str]:
        return self.lexicon.valid_forms(ref, language)

    # -- sources ------------------------------------------------------------------------------
    def source_matches(self, text: str) -> tuple[Tokens, list[Match]]:
        """Every glossary spelling in *text* (cached per text, least recently used dropped first)."""
        with self._cache_lock:
            hit = self._source_cache.get(text)
            if hit is not None:
                self._source_cache.move_to_end(text)
                return hit
        toks = Tokens.of(text)
        matches = self.english.scan(toks, _english_accept)
        lx = self.lexicon
        hit = (toks, _shared_head_nouns(self.english, lx.english_heads, toks, matches, lx.english_head_forms))
        with self._cache_lock:
            self._source_cache[text] = hit
            if len(self._source_cache) > _SOURCE_CACHE:
                self._source_cache.popitem(last=False)
        return hit

    def _names_in(self, text: str, context: CheckContext | None) -> tuple[Tokens, list[Match], list[Match]]:
        """(tokens, the matches that name something, the ordinary words the scan also matched):
        a one-word spelling at the start of a sentence that is also an ordinary English word
        ("Total" in "Total deaths…") is that word until proven otherwise, as is an acronym's spelling
        with an English ending in small letters ("Rises" for RISE). A name that is written in
        small letters (rs21) is no capitalised word: the corpus writing it small says nothing."""
        toks, matches = self.source_matches(text)
        vocabulary = (context or self.context).vocabulary
        names, ordinary = [], []
        for m in matches:
            word = toks.folded[m.start]
            if m.end - m.start == 1 and toks.sentence_initial(m.start) and toks.words[m.start][:1].isupper() \
                    and not is_acronym(toks.words[m.start]) \
                    and (word in STOP or word in vocabulary.lower) \
                    and all(len(tokens_of(e.surface)) == 1 for e in m.entries):
                ordinary.append(m)
            elif m.end - m.start == 1 and not is_acronym(toks.words[m.start]) \
                    and all(is_acronym(e.base) and e.base.lower() != word for e in m.entries):
                ordinary.append(m)      # "Kazakhstan Rises": an acronym (RISE) with an ending, not in capitals
            else:
                names.append(m)
        return toks, names, ordinary

    def source_names(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(start, end, referent index, deprecated) for every name in *text*, by character offset.

        The same matches the source and target checks use, for highlighting and the
        editor's names panel.
        """
        toks, matches, _ = self._names_in(text, None)
        out = []
        for m in matches:
            entry = m.entries[0]
            out.append((toks.spans[m.start][0], toks.spans[m.end - 1][1], entry.ref,
                        all(e.status == "deprecated" for e in m.entries)))
        return out

    def source_referents(self, text: str, context: CheckContext | None = None) -> list[tuple[int, str]]:
        """(referent index, text as written) for every referent the source names, in order."""
        toks, matches, _ = self._names_in(text, context)
        out: dict[int, str] = {}
        for m in matches:
            for e in m.entries:
                out.setdefault(e.ref, toks.span_text(m.start, m.end))
        return list(out.items())

    def check_source_segment(self, relpath: str, segment: Any, *, line: int | None = None,
                             context: CheckContext | None = None) -> list[Finding]:
        """Findings for one source segment (a documents.Segment, or a plain string with ``line``)."""
        text = getattr(segment, "msgid", None) or getattr(segment, "source", None) or str(segment)
        line = line if line is not None else getattr(segment, "line", None)
        return self.check_source_text(relpath, line, text, context=context)

    def check_source_text(self, relpath: str, line: int | None, text: str, *,
                          context: CheckContext | None = None) -> list[Finding]:
        toks, matches, ordinary = self._names_in(text, context)
        vocabulary = (context or self.context).vocabulary
        lx = self.lexicon
        out: list[Finding] = []
        where: dict[str, Any] = {"path": relpath, "line": line, "source": text}
        covered = covered_mask(len(toks.words), matches + ordinary)
        first_names, absorbed = self._first_names_before_surnames(toks, matches, covered, where)
        out.extend(first_names)
        for m in matches:
            if m.start in absorbed:
                continue        # the surname of a full name reported as a variant above
            written = toks.span_text(m.start, m.end)
            text_tokens = toks.words[m.start:m.end]
            # a spelling the glossary lists exactly as written (inner capitals included) is that
            # spelling: "Petrokazakhstan" once admitted (or deprecated) beside "PetroKazakhstan"
            # is matched as itself, not reported as a capitalisation variant of the preferred one
            exact = [e for e in m.entries
                     if not any(inner_case_differs(t, f) for t, f in zip(text_tokens, tokens_of(e.surface)))]
            candidates = exact or list(m.entries)
            entries = [e for e in candidates if e.status != "deprecated"] or candidates
            e = entries[0]
            rid = lx.ids[e.ref]
            if e.status == "deprecated":
                preferred = lx.replacement(e.ref, written)
                cue = None
                if lx.kinds[e.ref] == "place":
                    at, stop = toks.spans[m.start][0], toks.spans[m.end - 1][1]
                    cue = former_name_cue(text) or ("in a quotation" if quoted(text, at, stop) else None)
                if cue is not None:
                    out.append(_make("source-historical-name",
                                     f"former name of {rid}, right here ({cue!r}); today {preferred!r}",
                                     offending=written, suggestion=None, referent=rid, **where))
                    continue
                out.append(_make("source-deprecated-spelling", f"deprecated spelling of {rid}: use {preferred!r}",
                                 offending=written, suggestion=preferred, referent=rid, **where))
                continue
            form_tokens = tokens_of(e.surface)
            if any(inner_case_differs(t, f) for t, f in zip(text_tokens, form_tokens)):
                out.append(_make("source-variant-spelling",
                                 f"capitalisation differs from the glossary spelling {e.base!r} of {rid} "
                                 f"(inner capitals)", offending=written, suggestion=e.base, referent=rid, **where))
                continue
            out.append(_make("source-name", f"{rid}: {e.status} spelling {e.base!r}",
                             offending=written, referent=rid, suggestion=None, **where))
        for name in unknown_names(toks, covered, vocabulary, lx.english_inner):
            # (a country's own name is no variant of a glossary name it looks like: "Turkmenistan", not Turkestan)
            variant = None if name.text.casefold() in WORLD_COUNTRIES else lx.variants.find(name.text)
            if variant is not None:
                rid = lx.ids[variant.ref]
                how = ", ".join(variant.habits) or "similar spelling"
                strength = "a transliteration variant" if variant.strong else "possibly a variant"
                out.append(_make("source-variant-spelling",
                                 f"not in the glossary; {strength} of {variant.spelling!r} ({rid}; {how}): "
                                 f"accept it as a variant or correct it",
                                 offending=name.text, suggestion=variant.spelling, referent=rid, **where))
            else:
                out.append(_make("source-unknown-name", "capitalised name or acronym not in the glossary",
                                 offending=name.text, suggestion=None, **where))
        return out

    def _first_names_before_surnames(self, toks: Tokens, matches: list[Match], covered: list[bool],
                                     where: dict[str, Any]) -> tuple[list[Finding], set[int]]:
        """"Nursultan Nazarbaev", "Kasym-Zhomart Tokayev": a person's surname the glossary knows alone (Nazarbaev,
        Tokayev) after a capitalised word that is the first name of one of the person's full spellings — written so
        (Nursultan), which is the person's name, not another referent's variant (Nur-Sultan, the city); or a near
        spelling of it (Kasym-Zhomart for Kassym-Jomart), a variant of the person's, not an unknown name. The first
        name's tokens are marked *covered*; a finding for each variant, and the first token of each surname it
        takes in (reported with its first name)."""
        from rapidfuzz.distance import Levenshtein

        lx = self.lexicon
        out: list[Finding] = []
        absorbed: set[int] = set()
        for m in matches:
            ref = m.entries[0].ref
            if m.end - m.start != 1 or m.start == 0 or lx.kinds[ref] != "person" or toks.gap(m.start) != " ":
                continue
            start = m.start - 1
            while start > 0 and toks.gap(start) == "-":
                start -= 1      # a hyphenated first name: Kasym-Zhomart
            if any(covered[k] or not toks.words[k][:1].isupper() for k in range(start, m.start)):
                continue
            written = toks.span_text(start, m.start).casefold()
            spellings = [spelling for spelling, status in lx.forms(ref, "en")
                         if " " in spelling and status != "deprecated"]
            if not spellings:
                continue
            best = max(spellings, key=lambda spelling: Levenshtein.normalized_similarity(
                written, spelling.rsplit(" ", 1)[0].casefold()))
            first = best.rsplit(" ", 1)[0].casefold()
            if written != first:
                if Levenshtein.normalized_similarity(written, first) < 0.7:
                    continue
                # (the whole name, as a variant to accept or correct: "Kasym-Zhomart Tokayev" → Kassym-Jomart Tokayev)
                out.append(_make("source-variant-spelling",
                                 f"not in the glossary; possibly a variant of {best!r} ({lx.ids[ref]}; the first name "
                                 f"spelt otherwise): accept it as a variant or correct it",
                                 offending=toks.span_text(start, m.end), suggestion=best, referent=lx.ids[ref],
                                 **where))
                absorbed.add(m.start)
            for k in range(start, m.start):
                covered[k] = True
        return out, absorbed

    # -- targets ------------------------------------------------------------------------------
    def check_target_segment(self, relpath: str, line: int | None, source: str, target: str,
                             language: str, *, catalogue: str | None = None,
                             context: CheckContext | None = None) -> list[Finding]:
        return self.check_target(relpath, line, source, target, language, catalogue=catalogue,
                                 context=context).findings

    def check_target(self, relpath: str, line: int | None, source: str, target: str, language: str,
                     *, catalogue: str | None = None, context: CheckContext | None = None,
                     wanted: dict[int, str] | None = None) -> TargetResult:
        """The findings for one translation of *source*; *wanted* (the referents the source
        names, as :meth:`wanted` gives them) saves scanning a source again per language."""
        from .target import check_target  # the rules: imported by the first translation checked

        if wanted is None:
            wanted = self.wanted(source, context)
        where = {"path": relpath, "line": line, "source": source, "language": language,
                 "catalogue": catalogue, "target": target}
        return check_target(self.lexicon, wanted, target, language, where)

    def wanted(self, source: str, context: CheckContext | None = None) -> dict[int, str]:
        """Referent index → its text in the source, for every referent the source names."""
        return dict(self.source_referents(source, context))


_COORD_GAP = re.compile(r"^[\s,&]*$")
_COORD_WORDS = frozenset(("and", "or"))


def _singulars(word: str) -> tuple[str, ...]:
    """Folded singular candidates of a folded English noun (regions → region, cities → city)."""
    out = [word]
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 3:
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        out.append(word[:-1])
    return tuple(out)


def head_forms(heads: frozenset[str]) -> frozenset[str]:
    """The head nouns and their plurals (region, regions; city, cities)."""
    out = set(heads)
    for head in heads:
        out.update((head + "s", head + "es", head[:-1] + "ies"))
    return frozenset(out)


def _shared_head_nouns(index: NameIndex, heads: frozenset[str], toks: Tokens, matches: list[Match],
                       forms: frozenset[str] | None = None) -> list[Match]:
    """Coordinated names sharing one head noun: "oil workers of Aktobe and West Kazakhstan and
    Kyzylorda regions" names Aktobe Region, West Kazakhstan Region and Kyzylorda Region.

    For a word W in small letters that is the last word of some multiword spelling (or its
    plural), walk back over the run of names before it, joined by "and", "or", "," or "&":
    every name N of the run for which "N W" / "N W-singular" is a known spelling names that
    referent (replacing the shorter match of N, e.g. the city Aktobe). Linear: a few dict
    look-ups per head-noun word.
    """
    folded, words, n = toks.folded, toks.words, len(toks.folded)
    forms = forms if forms is not None else head_forms(heads)
    if n < 2 or not heads or forms.isdisjoint(folded):
        return matches
    inside: set[int] = set()
    by_end: dict[int, Match] = {}
    for m in matches:
        inside.update(range(m.start + 1, m.end))
        by_end[m.end] = m
    longest = index.longest
    found: list[Match] = []
    for p in [k for k, w in enumerate(folded) if k and w in forms]:
        if not words[p][:1].islower() or not _COORD_GAP.match(toks.gap(p)) \
                or "," in toks.gap(p) or "&" in toks.gap(p):
            continue
        heads_here = [w for w in _singulars(folded[p]) if w in heads]
        if not heads_here:
            continue
        last = by_end.get(p + 1)
        if last is not None and last.start == p:
            last = None
        if p in inside and last is None:
            continue
        end = p
        run: list[Match] = []
        named = 0       # the names of the run, the last one matched whole included
        while end > 0 and (end not in inside or (end == p and last is not None)):
            element = None
            if end == p and last is not None:
                element = last          # "Aktobe or Kyzylorda region": the last name is matched whole
            for s in range(max(0, end - longest + 1), end) if element is None else ():
                if s in inside or not words[s][:1].isupper():
                    continue
                for head in heads_here:
                    bucket = index.keys.get(tuple(folded[s:end]) + (head,))
                    if not bucket:
                        continue
                    text = words[s:end] + [words[p]]
                    ok = tuple(e for e in bucket if _english_accept(e, text))
                    if ok:
                        element = Match(s, end, ok)
                        break
                if element is not None:
                    break
            if element is None:
                break
            named += 1
            if element is not last:
                run.append(element)
            # the connector before the element: "," / "&" in the gap, or one "and"/"or" token
            s = element.start
            if s == 0:
                break
            if folded[s - 1] in _COORD_WORDS and s >= 2 and _COORD_GAP.match(toks.gap(s - 1)) \
                    and _COORD_GAP.match(toks.gap(s)):
                end = s - 1
            elif _COORD_GAP.match(toks.gap(s)) and ("," in toks.gap(s) or "&" in toks.gap(s)):
                end = s
            else:
                break
        # (a plural head shared by one name is no name's own: "European unions" are trade unions, not the
        # European Union; "the Aktobe region" is the region)
        if named > 1 or folded[p] in heads:
            found.extend(run)
    if not found:
        return matches
    taken: set[int] = set()
    for m in found:
        taken.update(range(m.start, m.end))
    out = [m for m in matches if not any(k in taken for k in range(m.start, m.end))] + found
    out.sort(key=lambda m: m.start)
    return out


def _english_accept(entry: Entry, text: list[str]) -> bool:
    """Acronyms must be in capitals ("RISE" is not "rise", "US" not "us"); the first word of a
    name must be capitalised like the spelling; the later words of a multiword spelling may be
    in any case ("the Atyrau region" is the Atyrau Region)."""
    form = tokens_of(entry.surface)
    if len(form) != len(text):
        return False
    for k, (t, f) in enumerate(zip(text, form)):
        if is_acronym(f) and len(f) > 1:
            if not t.isupper():
                return False
        elif k == 0 and f[:1].isupper() and not t[:1].isupper():
            return False
    return True
