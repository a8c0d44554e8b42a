"""NameChecker: the glossary's name index and the per-segment checks.

Build once per glossary (:func:`workbench.checks.checker_for` caches it); the
English index is built at once, each target language's index on first use.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from workbench.inflection import EMPTY_SPEC, kazakh_surface_forms, parse_spec

from ..findings import Finding
from .matcher import (
    Entry,
    Match,
    NameIndex,
    Tokens,
    english_plural,
    fold,
    inner_case_differs,
    is_acronym,
    paradigm,
    referent_id,
    referent_kind,
    referents_of,
    surface_forms,
    tokens_of,
)
from .source import Vocabulary, covered_mask, unknown_names
from .variants import VariantFinder

TARGET_LANGUAGES = ("ru", "kk")


def severity_of(check: str) -> str:
    from ..findings import CHECKS

    return CHECKS[check].severity


def make(check: str, message: str, **fields) -> Finding:
    return Finding(check=check, severity=fields.pop("severity", None) or severity_of(check), message=message, **fields)


# -- referent access (works on workbench.glossary.Referent; tolerant of look-alikes) ----

def _forms(referent, lang: str) -> list[tuple[str, str]]:
    forms = getattr(referent, "forms", None)
    if callable(forms):
        return [(f.strip(), s) for f, s in forms(lang) if f and f.strip()]
    from .matcher import cell_values

    out = []
    pref = cell_values(referent, lang)
    if pref:
        out.append((pref[0], "preferred"))
    if lang == "en":
        out += [(v, "admitted") for v in cell_values(referent, "en_admitted")]
        out += [(v, "deprecated") for v in cell_values(referent, "en_deprecated")]
    else:
        out += [(v, "admitted") for v in cell_values(referent, f"{lang}_admitted")]
        out += [(v, "wrong") for v in cell_values(referent, f"{lang}_wrong")]
    return out


def _spec(referent, lang: str):
    from .matcher import decl_spec

    try:
        return decl_spec(referent, lang), None
    except ValueError as exc:
        return EMPTY_SPEC, str(exc)


# -- Kazakh / Russian suffix knowledge ------------------------------------------------

_KK_FRONT = str.maketrans("ыағқұо", "іегкүө")
_KK_BACK = str.maketrans("іегкүө", "ыағқұо")
_KK_SIG = str.maketrans({"і": "ы", "е": "а", "ә": "а", "ө": "о", "ү": "ұ", "г": "ғ", "к": "ғ", "қ": "ғ",
                         "т": "д", "н": "д", "л": "д", "б": "м", "п": "м", "-": None})
_KK_MODELS = ("Алматы", "Шымкент", "Ақтау", "Тараз", "Орал", "Ресей", "Қытай", "Астана", "Жаңаөзен", "Өскемен",
              "Мәскеу", "Семей", "Ақтөбе", "Түркістан", "Екібастұз", "Павлодар", "Тоқаев", "Әлиев", "Петропавл",
              "Кітап", "Сирия", "Еуропа", "Кеңес Одағы", "Біріккен Ұлттар Ұйымы", "Путин", "Мерфи", "Тбилиси",
              "Қараж", "Бейбіт", "Жібек")
RU_ENDINGS = frozenset("а я у ю ом ем ём ой ей ою ею е и ы ым им ам ям ами ями ах ях ов ев ых их".split())


@lru_cache(maxsize=1)
def kazakh_suffixes() -> frozenset[str]:
    """Every inflectional ending chain the generator produces, harmony-folded (see :func:`harmony_fold`)."""
    out: set[str] = set()
    for model in _KK_MODELS:
        word = model.split()[-1]
        for surface in kazakh_surface_forms(model, "place", EMPTY_SPEC):
            last = surface.split()[-1]
            if last.startswith(word) and len(last) > len(word):
                out.add(last[len(word):].lstrip("-"))
    for acro in ("НАТО", "АҚШ", "ТМД", "ІІМ", "ҰҚШҰ"):
        for surface in kazakh_surface_forms(acro, "organisation", parse_spec("acronym")):
            if surface.startswith(acro + "-"):
                out.add(surface[len(acro) + 1:])
    both = set(out)
    for s in out:
        both.add(s.translate(_KK_FRONT))
        both.add(s.translate(_KK_BACK))
    return frozenset(harmony_fold(s) for s in both if s)


def harmony_fold(suffix: str) -> str:
    """An ending with its vowel harmony erased (тің, тың → тың): membership ignores harmony."""
    return suffix.translate(_KK_BACK)


def kazakh_signature(suffix: str) -> str:
    sig = suffix.lower().translate(_KK_SIG)
    if sig.startswith("сы"):
        sig = sig[1:]
    return sig


from workbench.inflection.russian import looks_adjective  # noqa: E402


def _russian_noun_like(word: str) -> bool:
    return len(word) >= 4 and word[:1].isupper() and not is_acronym(word) and not looks_adjective(word)


@dataclass(frozen=True, slots=True)
class Stem:
    ref: int
    status: str
    base: str            # glossary form
    word: str            # the word of the form the stem comes from (nominative)


@dataclass(frozen=True, slots=True)
class Elliptic:
    """A name without its head noun, valid when the head noun follows (coordination):
    «Актюбинской, Западно-Казахстанской и Кызылординской областей» (Russian: the adjective in
    any case), «Ақтөбе, Батыс Қазақстан және Қызылорда облыстарының» (Kazakh: the bare name)."""

    ref: int
    base: str                   # the glossary form
    key: tuple[str, ...]        # folded tokens of the part
    form: tuple[str, ...]       # its tokens as written in the glossary (for letter case)
    head: tuple[str, ...]       # folded stems of the head noun


RU_NOUN_ENDINGS = RU_ENDINGS | frozenset(("", "ь", "ью", "ей", "ям", "ями", "ях", "ии", "ию", "ия", "ией"))
_RU_SOFT_ADJ = ("ий", "яя", "ее", "ие")


def _other_genders(form: str, kind: str) -> set[str]:
    """A one-word Russian adjective in small letters (итальянский: "Italy's") in every gender and
    number, inflected. Capitalised words are left alone (a surname such as Толстой is a name)."""
    if " " in form.strip() or not form[:1].islower() or not looks_adjective(form):
        return set()
    low = form.lower()
    stem, end, before = form[:-2], low[-2:], low[-3:-2]
    soft = end in _RU_SOFT_ADJ and before not in "гкхжшчщ"
    if soft:
        noms = [stem + e for e in ("ий", "яя", "ее", "ие")]
    else:
        masc = end if end in ("ый", "ой", "ий") else ("ий" if before in "гкхжшчщ" else "ый")
        plural = "ие" if before in "гкхжшчщ" else "ые"
        noms = [stem + e for e in (masc, "ая", "ое", plural)] + ([stem + "ее"] if before in "жшчщ" else [])
    out: set[str] = set()
    for nom in noms:
        if nom != form:
            out |= surface_forms("ru", nom, kind, EMPTY_SPEC, False)
    return out


def _head_stems(language: str, head: str) -> tuple[str, ...]:
    low = fold(head)
    if language == "ru":
        stem = low[:-1] if low[-1:] in "аяоеыиьйу" else low
        return (stem,) if len(stem) >= 3 else ()
    # Kazakh possessive head: облысы → облыс, кеңесі → кеңес, тенденциясы → тенденция
    if low.endswith(("сы", "сі")) and low[-3:-2] in "аәеиоөұүыіэюя":
        stem = low[:-2]
    elif low.endswith(("ы", "і")):
        stem = low[:-1]
    else:
        return ()
    stems = [stem]
    if stem.endswith("ғ"):
        stems.append(stem[:-1] + "қ")
    elif stem.endswith("г"):
        stems.append(stem[:-1] + "к")
    return tuple(s for s in stems if len(s) >= 3)


def _add_elliptic(table: dict, language: str, ref: int, form: str, surfaces) -> None:
    """Record the head-less parts of ADJ + NOUN (ru) / NAME + possessive NOUN (kk) forms."""
    words = form.split()
    if len(words) < 2 or not words[-1][:1].islower() or not words[-2][:1].isupper():
        return
    form_tokens = tokens_of(form)
    n = len(form_tokens)
    if language == "ru":
        if looks_adjective(words[-1]) or not looks_adjective(words[-2]):
            return
        heads = _head_stems("ru", words[-1])
        parts = {tokens_of(s)[:-1] for s in surfaces if len(tokens_of(s)) == n}
    elif language == "kk":
        heads = _head_stems("kk", words[-1])
        parts = {form_tokens[:-1]}
    else:
        return
    if not heads:
        return
    for part in parts:
        key = tuple(fold(t) for t in part)
        if key:
            table.setdefault(key[0], []).append(Elliptic(ref, form, key, part, heads))


@dataclass(slots=True)
class TargetResult:
    findings: list[Finding]
    renderings: list[tuple[int, str, str]]      # (referent index, base form, surface text)


class NameChecker:
    """Checks names in source segments and translations against one glossary."""

    def __init__(self, glossary, *, vocabulary: Vocabulary | None = None) -> None:
        self.glossary = glossary
        self.referents = referents_of(glossary)
        self.ids = [referent_id(r) for r in self.referents]
        self.position = {rid: i for i, rid in enumerate(self.ids)}
        self.kinds = [referent_kind(r) for r in self.referents]
        self.vocabulary = vocabulary if vocabulary is not None else Vocabulary()
        self._lock = threading.RLock()
        self._indexes: dict[str, NameIndex] = {}
        self._stems: dict[str, dict[str, list[Stem]]] = {}
        self._elliptic: dict[str, dict[str, list[Elliptic]]] = {}
        self._valid_tokens: dict[tuple[int, str], tuple[list[str], set[str], set[str]]] = {}
        self._preferred: dict[tuple[int, str], str] = {}
        self.english = self._build_english()
        # folded last words of multiword English spellings ("region", "embassy"): the head
        # nouns a coordination may share ("Aktobe and Kyzylorda regions")
        self._english_heads = frozenset(k[-1] for k in self.english.keys if len(k) > 1)
        self._variants: VariantFinder | None = None
        self._source_cache: dict[str, tuple[Tokens, list[Match]]] = {}

    # -- building -----------------------------------------------------------------
    def _build_english(self) -> NameIndex:
        index = NameIndex("en")
        for i, referent in enumerate(self.referents):
            person = self.kinds[i] == "person"
            for spelling, status in _forms(referent, "en"):
                index.add(spelling, Entry(i, status, spelling, None, spelling))
                if person:
                    plural = english_plural(spelling)
                    if plural:
                        index.add(plural, Entry(i, status, spelling, "pl", plural))
        return index

    def index(self, language: str) -> NameIndex:
        index = self._indexes.get(language)
        if index is None:
            with self._lock:
                index = self._indexes.get(language)
                if index is None:
                    index = self._build_target(language)
                    self._indexes[language] = index
        return index

    def _build_target(self, language: str) -> NameIndex:
        index = NameIndex(language)
        stems: dict[str, list[Stem]] = {}
        elliptic: dict[str, list[Elliptic]] = {}
        for i, referent in enumerate(self.referents):
            kind = self.kinds[i]
            spec, problem = _spec(referent, language)
            if problem:
                index.problems.append((i, problem))
            for form, status in _forms(referent, language):
                preferred = status == "preferred"
                wrong = status == "wrong"
                para = paradigm(language, form, kind, spec, preferred, wrong)
                cases: dict[str, str] = {}
                for case, forms in para.items():
                    for f in forms:
                        cases.setdefault(f, case)
                surfaces = surface_forms(language, form, kind, spec, preferred, wrong)
                if len(surfaces) <= 1 and language in ("ru", "kk") and len(para) <= 1:
                    index.problems.append((i, f"no inflected forms could be generated for {form!r}"))
                if not wrong and language == "ru":
                    surfaces = surfaces | _other_genders(form, kind)
                for surface in surfaces:
                    index.add(surface, Entry(i, status, form, cases.get(surface), surface))
                self._add_stems(stems, language, i, status, form)
                if not wrong:
                    _add_elliptic(elliptic, language, i, form, surfaces)
        self._stems[language] = stems
        self._elliptic[language] = elliptic
        return index

    def elliptic(self, language: str) -> dict[str, list[Elliptic]]:
        """First folded token → the name parts that may stand alone before a shared head noun."""
        self.index(language)
        return self._elliptic[language]

    def _add_stems(self, stems, language: str, ref: int, status: str, form: str) -> None:
        words = tokens_of(form)
        if not words:
            return
        if language == "kk":
            word = words[-1]
            if word[:1].isupper() and (len(word) >= 4 or is_acronym(word)):
                stems.setdefault(fold(word), []).append(Stem(ref, status, form, word))
        elif language == "ru":
            for word in words:
                if _russian_noun_like(word):
                    stems.setdefault(fold(word), []).append(Stem(ref, status, form, word))
                    if word[-1].lower() in "аяоеыийь" and len(word) >= 5:
                        stems.setdefault(fold(word[:-1]), []).append(Stem(ref, status, form, word))

    def stems(self, language: str) -> dict[str, list[Stem]]:
        self.index(language)
        return self._stems[language]

    @property
    def variants(self) -> VariantFinder:
        if self._variants is None:
            spellings: list[tuple[str, int]] = []
            for i, referent in enumerate(self.referents):
                for spelling, status in _forms(referent, "en"):
                    if status == "deprecated":
                        continue
                    spellings.append((spelling, i))
                    words = spelling.split()
                    if self.kinds[i] == "person" and len(words) > 1 and len(words[-1]) >= 5:
                        spellings.append((words[-1], i))
            self._variants = VariantFinder(spellings)
        return self._variants

    def warm(self, languages=TARGET_LANGUAGES) -> NameChecker:
        for language in languages:
            self.index(language)
        return self

    # -- helpers ----------------------------------------------------------------------
    def preferred_form(self, ref: int, language: str) -> str:
        key = (ref, language)
        form = self._preferred.get(key)
        if form is None:
            form = next((f for f, status in _forms(self.referents[ref], language) if status == "preferred"), "")
            self._preferred[key] = form
        return form

    def replacement(self, ref: int, written: str) -> str:
        """The valid English spelling to use instead of *written*: same shape (acronym, word
        count) first, then the most similar; the preferred spelling by default."""
        from rapidfuzz import fuzz

        valid = self.valid_forms(ref, "en")
        if not valid:
            return written
        acro = is_acronym(written)
        words = len(written.split())

        def score(spelling: str):
            return (is_acronym(spelling) == acro, len(spelling.split()) == words,
                    fuzz.ratio(spelling.lower(), written.lower()))

        return max(valid, key=score)

    def valid_forms(self, ref: int, language: str) -> list[str]:
        return [f for f, s in _forms(self.referents[ref], language) if s in ("preferred", "admitted")]

    def valid_tokens(self, ref: int, language: str) -> tuple[list[str], set[str], set[str]]:
        """(folded tokens of every valid surface, their set, folded nominative words)."""
        key = (ref, language)
        hit = self._valid_tokens.get(key)
        if hit is None:
            referent = self.referents[ref]
            spec, _ = _spec(referent, language)
            tokens: set[str] = set()
            words: set[str] = set()
            for form in self.valid_forms(ref, language):
                for w in tokens_of(form):
                    words.add(fold(w))
                preferred = form == self.preferred_form(ref, language)
                for s in surface_forms(language, form, self.kinds[ref], spec, preferred):
                    tokens.update(fold(t) for t in tokens_of(s))
            hit = (sorted(tokens), tokens, words)
            self._valid_tokens[key] = hit
        return hit

    def suggest(self, ref: int, language: str, entry: Entry | None = None, *, words: int | None = None,
                suffix: str | None = None) -> str | None:
        """The right form of referent ``ref`` in ``language``, in the case of ``entry`` when known."""
        forms = self.valid_forms(ref, language)
        if not forms:
            return None
        want = words if words is not None else (len(entry.base.split()) if entry is not None else None)
        choice = forms[0]
        if want is not None:
            for f in forms:
                if len(f.split()) == want:
                    choice = f
                    break
        referent = self.referents[ref]
        spec, _ = _spec(referent, language)
        preferred = choice == forms[0] and self.preferred_form(ref, language) == choice
        if entry is not None and entry.case and entry.case != "pl":
            para = paradigm(language, choice, self.kinds[ref], spec, preferred)
            if entry.case in para:
                return para[entry.case][0]
        if language == "kk":
            sig = None
            if suffix is not None:
                sig = kazakh_signature(suffix)
            elif entry is not None:
                base_last = tokens_of(entry.base)[-1] if tokens_of(entry.base) else ""
                last = tokens_of(entry.surface)[-1] if tokens_of(entry.surface) else ""
                if base_last and last.startswith(base_last[:-1]) and last != base_last:
                    common = 0
                    while common < min(len(last), len(base_last)) and last[common] == base_last[common]:
                        common += 1
                    sig = kazakh_signature(last[common:])
            if sig:
                last_word = choice.split()[-1]
                for s in sorted(surface_forms(language, choice, self.kinds[ref], spec, preferred), key=len):
                    tail = s.split()[-1] if s.split() else s
                    if tail.startswith(last_word) and kazakh_signature(tail[len(last_word):]) == sig:
                        return s
        return choice

    # -- sources ------------------------------------------------------------------------
    def source_matches(self, text: str) -> tuple[Tokens, list[Match]]:
        hit = self._source_cache.get(text)
        if hit is None:
            toks = Tokens.of(text)
            matches = self.english.scan(toks, _english_accept)
            hit = (toks, _shared_head_nouns(self.english, self._english_heads, toks, matches))
            if len(self._source_cache) > 50_000:
                self._source_cache.clear()
            self._source_cache[text] = hit
        return hit

    def source_names(self, text: str) -> list[tuple[int, int, int, bool]]:
        """(start, end, referent index, deprecated) for every name in *text*, by character offset.

        The same matches the source and target checks use, for highlighting and the
        editor's names panel.
        """
        toks, matches = self.source_matches(text)
        out = []
        for m in matches:
            entry = m.entries[0]
            out.append((toks.spans[m.start][0], toks.spans[m.end - 1][1], entry.ref,
                        all(e.status == "deprecated" for e in m.entries)))
        return out

    def source_referents(self, text: str) -> list[tuple[int, str]]:
        """(referent index, text as written) for every referent the source names, in order."""
        toks, matches = self.source_matches(text)
        out: dict[int, str] = {}
        for m in matches:
            for e in m.entries:
                out.setdefault(e.ref, toks.span_text(m.start, m.end))
        return list(out.items())

    def check_source_segment(self, relpath: str, segment, *, line: int | None = None) -> list[Finding]:
        """Findings for one source segment (a documents.Segment, or a plain string with ``line``)."""
        text = getattr(segment, "msgid", None) or getattr(segment, "source", None) or str(segment)
        line = line if line is not None else getattr(segment, "line", None)
        return self.check_source_text(relpath, line, text)

    def check_source_text(self, relpath: str, line: int | None, text: str) -> list[Finding]:
        toks, matches = self.source_matches(text)
        out: list[Finding] = []
        where = {"path": relpath, "line": line, "source": text}
        for m in matches:
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
            rid = self.ids[e.ref]
            preferred = self.replacement(e.ref, written) if e.status == "deprecated" else ""
            if e.status == "deprecated":
                out.append(make("source-deprecated-spelling",
                                f"deprecated spelling of {rid}: use {preferred!r}",
                                offending=written, suggestion=preferred, referent=rid, **where))
                continue
            form_tokens = tokens_of(e.surface)
            if any(inner_case_differs(t, f) for t, f in zip(text_tokens, form_tokens)):
                out.append(make("source-variant-spelling",
                                f"capitalisation differs from the glossary spelling {e.base!r} of {rid} "
                                f"(inner capitals)", offending=written, suggestion=e.base, referent=rid, **where))
                continue
            out.append(make("source-name", f"{rid}: {e.status} spelling {e.base!r}",
                            offending=written, referent=rid, suggestion=None, **where))
        covered = covered_mask(len(toks.words), matches)
        for name in unknown_names(toks, covered, self.vocabulary):
            variant = self.variants.find(name.text)
            if variant is not None:
                rid = self.ids[variant.ref]
                how = ", ".join(variant.habits) or "similar spelling"
                strength = "a transliteration variant" if variant.strong else "possibly a variant"
                out.append(make("source-variant-spelling",
                                f"not in the glossary; {strength} of {variant.spelling!r} ({rid}; {how}): "
                                f"accept it as a variant or correct it",
                                offending=name.text, suggestion=variant.spelling, referent=rid, **where))
            else:
                out.append(make("source-unknown-name", "capitalised name or acronym not in the glossary",
                                offending=name.text, **where))
        return out

    # -- targets --------------------------------------------------------------------------
    def check_target_segment(self, relpath: str, line: int | None, source: str, target: str,
                             language: str, *, catalogue: str | None = None) -> list[Finding]:
        return self.check_target(relpath, line, source, target, language, catalogue=catalogue).findings

    def check_target(self, relpath: str, line: int | None, source: str, target: str, language: str,
                     *, catalogue: str | None = None) -> TargetResult:
        from .target import check_target

        return check_target(self, relpath, line, source, target, language, catalogue)


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


def _shared_head_nouns(index: NameIndex, heads: frozenset, toks: Tokens, matches: list[Match]) -> list[Match]:
    """Coordinated names sharing one head noun: "oil workers of Aktobe and West Kazakhstan and
    Kyzylorda regions" names Aktobe Region, West Kazakhstan Region and Kyzylorda Region.

    For a word W in small letters that is the last word of some multiword spelling (or its
    plural), walk back over the run of names before it, joined by "and", "or", "," or "&":
    every name N of the run for which "N W" / "N W-singular" is a known spelling names that
    referent (replacing the shorter match of N, e.g. the city Aktobe). Linear: a few dict
    look-ups per head-noun word.
    """
    folded, words, n = toks.folded, toks.words, len(toks.folded)
    if n < 2 or not heads:
        return matches
    inside = set()
    by_end = {}
    for m in matches:
        inside.update(range(m.start + 1, m.end))
        by_end[m.end] = m
    longest = index.longest
    found: list[Match] = []
    for p in range(1, n):
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
            if element is not last:
                found.append(element)
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
    if not found:
        return matches
    taken = set()
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
