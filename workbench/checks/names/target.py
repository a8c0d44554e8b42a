"""Target checks: is every name of the source rendered in the translation, in the
glossary's form, in whatever grammatical case the sentence needs?

One translated segment, language L:

1. the referents the source names (English index, any spelling, 's, plurals);
2. one scan of the translation with L's index (every surface form of every valid and
   wrong form of every referent): valid forms mark their referent as rendered, wrong
   forms are errors (``target-wrong-form``; ``target-other-language-form`` when the
   wrong form is the other language's form) with the right form in the same case;
3. the same scan with the other languages' indexes over what is left (Russian
   Токаева inside Kazakh text, Kazakh Тоқаев inside Russian text);
4. words glued to a known stem with an ending the generator knows but not for this
   name (wrong vowel harmony Тоқаевтің, Жаңаөзенда; wrong consonant Тоқаевға;
   ҰҚШҰ-нің) → ``target-wrong-inflection``;
5. for each referent still missing, a capitalised word within a small edit distance
   of one of its valid word forms → ``target-misspelt-name``; Kazakh-only letters in
   a Russian name → ``target-other-language-form``;
6. still missing → ``target-missing-name`` (warning: a pronoun is legitimate), or
   ``target-no-glossary-form`` (info) when the glossary has no form in L.
"""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ..findings import Finding
from .matcher import KAZAKH_ONLY, Entry, Tokens, case_accept, fold, is_acronym, token_case_ok, tokens_of
from .variants import cyrillic_skeleton

_TARGET_LANGS = ("ru", "kk")


def check_target(checker, relpath: str, line: int | None, source: str, target: str, language: str,
                 catalogue: str | None):
    from .checker import RU_ENDINGS, TargetResult, kazakh_suffixes, make

    where = {"path": relpath, "line": line, "source": source, "language": language,
             "catalogue": catalogue, "target": target}
    findings: list[Finding] = []
    renderings: list[tuple[int, str, str]] = []
    in_source = checker.source_referents(source)
    wanted = {ref for ref, _ in in_source}
    if not target.strip():
        return TargetResult(findings, renderings)
    toks = Tokens.of(target)
    n = len(toks.words)
    covered = [False] * n
    rendered: set[int] = set()
    accounted: set[int] = set()
    index = checker.index(language)
    others = [lang for lang in _TARGET_LANGS if lang != language]

    def ref_id(ref: int) -> str:
        return checker.ids[ref]

    # -- 2. own-language scan -------------------------------------------------------------
    matches = index.scan(toks, case_accept)
    for m in matches:
        for k in range(m.start, m.end):
            covered[k] = True
        text = toks.span_text(m.start, m.end)
        valid = [e for e in m.entries if e.status in ("preferred", "admitted")]
        if valid:
            chosen = [e for e in valid if e.ref in wanted] or valid
            seen: set[int] = set()
            for e in chosen:
                if e.ref in seen:
                    continue
                seen.add(e.ref)
                rendered.add(e.ref)
                renderings.append((e.ref, e.base, text))
            _hyphen_suffix(checker, toks, m.end, covered, chosen[0], language, text, findings, accounted, where)
            continue
        wrong = [e for e in m.entries if e.status == "wrong"]
        wrong_sorted = sorted(wrong, key=lambda e: (e.ref not in wanted, e.ref))
        seen = set()
        for e in wrong_sorted:
            if e.ref in seen:
                continue
            seen.add(e.ref)
            accounted.add(e.ref)
            suggestion = checker.suggest(e.ref, language, e)
            other = _other_language_of(checker, e, others)
            if other:
                check = "target-other-language-form"
                msg = (f"{text!r} is the {_lang_name(other)} form of {ref_id(e.ref)}; "
                       f"in {_lang_name(language)}: {suggestion!r}")
            else:
                check = "target-wrong-form"
                msg = f"{text!r} is listed as a wrong form of {ref_id(e.ref)}; use {suggestion!r}"
            findings.append(make(check, msg, offending=text, suggestion=suggestion, referent=ref_id(e.ref), **where))
            break

    # -- 3. other languages' forms -----------------------------------------------------------
    for other in others:
        other_index = checker.index(other)
        for m in other_index.scan(toks, case_accept, skip=lambda i: covered[i]):
            if any(covered[k] for k in range(m.start, m.end)):
                continue
            valid = [e for e in m.entries if e.status in ("preferred", "admitted")]
            if not valid:
                continue
            e = sorted(valid, key=lambda e: (e.ref not in wanted, e.ref))[0]
            if not checker.valid_forms(e.ref, language):
                continue
            for k in range(m.start, m.end):
                covered[k] = True
            text = toks.span_text(m.start, m.end)
            accounted.add(e.ref)
            suggestion = checker.suggest(e.ref, language, e)
            findings.append(make(
                "target-other-language-form",
                f"{text!r} is the {_lang_name(other)} form of {ref_id(e.ref)}; "
                f"in {_lang_name(language)}: {suggestion!r}",
                offending=text, suggestion=suggestion, referent=ref_id(e.ref), **where))

    # -- 3b. coordinated names sharing a head noun ----------------------------------------------
    _shared_heads(checker, toks, language, covered, rendered, renderings)

    # -- 4. wrong inflection of a known stem ---------------------------------------------------
    stems = checker.stems(language)
    suffixes = kazakh_suffixes() if language == "kk" else RU_ENDINGS if language == "ru" else frozenset()
    if suffixes:
        for i in range(n):
            if covered[i]:
                continue
            word = toks.words[i]
            if not word[:1].isupper() or len(word) < 3:
                continue
            hit = _stem_split(word, toks.folded[i], stems, suffixes, language, wanted)
            if hit is None:
                continue
            stem, suffix = hit
            covered[i] = True
            accounted.add(stem.ref)
            suggestion = _suggest_inflection(checker, stem, suffix, language)
            status = "wrong form" if stem.status == "wrong" else "form"
            findings.append(make(
                "target-wrong-inflection",
                f"{word!r}: the ending -{suffix} does not fit the {status} {stem.word!r} of {ref_id(stem.ref)}"
                + (" (vowel harmony / final sound)" if language == "kk" else "")
                + (f"; expected {suggestion!r}" if suggestion else ""),
                offending=word, suggestion=suggestion, referent=ref_id(stem.ref), **where))

    # -- 4b. presence: a form anywhere, also inside a longer name, first letter in any case ----
    missing = [ref for ref, _ in in_source if ref not in rendered and ref not in accounted]
    if missing:
        rendered |= _present(index, toks, set(missing), checker.stems(language), language)

    # -- 5. misspellings of referents the source names but the translation lacks ---------------
    missing = [ref for ref, _ in in_source if ref not in rendered and ref not in accounted]
    if missing:
        candidates = [i for i in range(n) if not covered[i] and toks.words[i][:1].isupper()
                      and len(toks.words[i]) >= 4 and not is_acronym(toks.words[i])]
        for ref in missing:
            if not checker.valid_forms(ref, language) or not candidates:
                continue
            hit = _misspelling(checker, ref, language, toks, candidates)
            if hit is None:
                continue
            i, best = hit
            covered[i] = True
            candidates.remove(i)
            accounted.add(ref)
            word = toks.words[i]
            suggestion = _closest_surface(checker, ref, language, best)
            if language == "ru" and any(c in KAZAKH_ONLY for c in word):
                check = "target-other-language-form"
                msg = f"{word!r} is written with Kazakh letters; the Russian form of {ref_id(ref)} is {suggestion!r}"
            else:
                check = "target-misspelt-name"
                msg = f"{word!r} looks like a misspelling of {ref_id(ref)}: {suggestion!r}"
            findings.append(make(check, msg, offending=word, suggestion=suggestion, referent=ref_id(ref), **where))

    # Kazakh letters inside Russian text, not tied to a referent
    if language == "ru":
        for i in range(n):
            word = toks.words[i]
            if not covered[i] and word[:1].isupper() and any(c in KAZAKH_ONLY for c in word):
                covered[i] = True
                findings.append(make(
                    "target-other-language-form", f"{word!r} has Kazakh letters in a Russian translation",
                    severity="warning", offending=word, suggestion=None, referent=None, **where))

    # -- 6. missing names ------------------------------------------------------------------------
    for ref, written in in_source:
        if ref in rendered or ref in accounted:
            continue
        forms = checker.valid_forms(ref, language)
        if not forms:
            findings.append(make(
                "target-no-glossary-form",
                f"the glossary has no {_lang_name(language)} form for {ref_id(ref)} ({written!r})",
                offending=written, suggestion=None, referent=ref_id(ref), **where))
            continue
        findings.append(make(
            "target-missing-name",
            f"{written!r} ({ref_id(ref)}) is in the source but not in the translation "
            f"(expected a form of {forms[0]!r}; fine if a pronoun or an omission is intended)",
            offending=written, suggestion=forms[0], referent=ref_id(ref), **where))
        for problem_ref, problem in index.problems:
            if problem_ref == ref:
                findings.append(make("target-uninflectable", f"{ref_id(ref)}: {problem}", offending=written,
                                     suggestion=None, referent=ref_id(ref), **where))
    return TargetResult(findings, _preferred_renderings(checker, renderings, language))


def _preferred_renderings(checker, renderings: list, language: str) -> list:
    """A segment that uses the preferred form of a name counts as using the preferred form, even
    when it also gives an admitted one (the original name as a gloss in brackets)."""
    if len(renderings) < 2:
        return renderings
    preferred = {ref for ref, base, _ in renderings if base == checker.preferred_form(ref, language)}
    if not preferred:
        return renderings
    return [r for r in renderings if r[0] not in preferred or r[1] == checker.preferred_form(r[0], language)]


def _shared_heads(checker, toks: Tokens, language: str, covered: list[bool], rendered: set[int],
                  renderings: list) -> None:
    """«нефтяники Актюбинской, Западно-Казахстанской и Кызылординской областей»: an ADJ + NOUN
    name whose adjective stands alone, the head noun (any case, any number) following later;
    Kazakh «Ақтөбе, Батыс Қазақстан және Қызылорда облыстарының»: the bare name before the
    shared possessive head noun."""
    table = checker.elliptic(language)
    if not table:
        return
    folded, words, n = toks.folded, toks.words, len(toks.folded)
    for i in range(n):
        bucket = table.get(folded[i])
        if not bucket:
            continue
        for part in bucket:
            end = i + len(part.key)
            if part.ref in rendered or end >= n or tuple(folded[i:end]) != part.key:
                continue
            if not all(token_case_ok(t, f) for t, f in zip(words[i:end], part.form)):
                continue
            if not any(_is_head(folded[j], part.head, language) for j in range(end, n)):
                continue
            rendered.add(part.ref)
            renderings.append((part.ref, part.base, toks.span_text(i, end)))
            for k in range(i, end):
                covered[k] = True


def _is_head(word: str, stems: tuple[str, ...], language: str) -> bool:
    from .checker import RU_NOUN_ENDINGS

    for stem in stems:
        if word.startswith(stem):
            return language != "ru" or word[len(stem):] in RU_NOUN_ENDINGS
    return False


#: Russian adjective endings: a name's stem + one of these is an adjective derived from the
#: name (Актюбинск → Актюбинской), not a misinflected noun.
RU_ADJ_ENDINGS = frozenset("ий ый ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими".split())
#: ... for a valid form's stem only where the stem ends like an adjective-forming suffix
#: (Уральск → Уральской); Таразой stays a wrong inflection of Тараз.
_RU_ADJ_STEMS = ("ск", "цк")


_RELATIONAL = {
    # a name's relational adjective: казахстанской республики (of the Kazakh republic), қазақстандық
    "ru": re.compile(r"(?:[иеоя]?н)?[сц]к(?:" + "|".join(sorted(RU_ADJ_ENDINGS, key=len, reverse=True)) + r")"),
    "kk": re.compile(r"(?:лық|лік|дық|дік|тық|тік).*"),
}


def _present(index, toks: Tokens, missing: set[int], stems: dict | None = None, language: str = "") -> set[int]:
    """Which of the *missing* referents have a valid form somewhere in the text: inside a longer
    name the scan took («Социалистическое движение Казахстана» names Kazakhstan too), with a
    small first letter in running text («у посольства Казахстана»), or as the name's relational
    adjective («казахстанской республики» for "the Kazakh republic"). Presence only: never
    used to flag a form."""
    found: set[int] = set()
    folded, words, n = toks.folded, toks.words, len(toks.folded)
    relational = _RELATIONAL.get(language) if stems else None
    for i in range(n):
        if relational is not None:
            word = folded[i]
            for k in range(len(word) - 2, 3, -1):
                bucket = stems.get(word[:k])
                rest = word[k:]
                if bucket and (relational.fullmatch(rest) or (
                        language == "ru" and rest in RU_ADJ_ENDINGS and word[:k].endswith(_RU_ADJ_STEMS))):
                    found.update(st.ref for st in bucket if st.ref in missing and st.status != "wrong"
                                 and len(st.base.split()) == 1)
        longest = index.first.get(folded[i])
        if not longest:
            continue
        for length in range(min(longest, n - i), 0, -1):
            bucket = index.keys.get(tuple(folded[i:i + length]))
            if not bucket:
                continue
            text = words[i:i + length]
            for e in bucket:
                if e.ref in missing and e.ref not in found and e.status in ("preferred", "admitted") \
                        and _presence_case_ok(e, text):
                    found.add(e.ref)
        if found == missing:
            break
    return found


def _presence_case_ok(entry: Entry, text: list[str]) -> bool:
    if case_accept(entry, text):
        return True
    first = text[0]
    if not first[:1].islower() or is_acronym(tokens_of(entry.surface)[0]):
        return False
    return case_accept(entry, [first[:1].upper() + first[1:]] + text[1:])


def _lang_name(language: str) -> str:
    return {"ru": "Russian", "kk": "Kazakh", "en": "English"}.get(language, language)


def _other_language_of(checker, entry: Entry, others: list[str]) -> str | None:
    key = tuple(fold(t) for t in Tokens.of(entry.surface).words)
    base = fold(entry.base)
    for other in others:
        if any(fold(f) == base for f in checker.valid_forms(entry.ref, other)):
            return other
        for e in checker.index(other).keys.get(key, ()):
            if e.ref == entry.ref and e.status in ("preferred", "admitted"):
                return other
    return None


def _hyphen_suffix(checker, toks: Tokens, j: int, covered: list[bool], entry: Entry, language: str,
                   text: str, findings: list, accounted: set, where: dict) -> None:
    """ҰҚШҰ-нің: a valid form followed by a hyphen and an ending no paradigm produced."""
    from .checker import harmony_fold, kazakh_suffixes, make

    if language != "kk" or j >= len(toks.words) or covered[j]:
        return
    gap = toks.gap(j)
    word = toks.words[j]
    if not gap.endswith("-") or " " in gap or not word.islower() or harmony_fold(fold(word)) not in kazakh_suffixes():
        return
    covered[j] = True
    accounted.add(entry.ref)
    suggestion = checker.suggest(entry.ref, language, None, words=len(entry.base.split()), suffix=word)
    offending = text + gap + word
    findings.append(make(
        "target-wrong-inflection",
        f"{offending!r}: the ending -{word} does not fit {entry.base!r} ({checker.ids[entry.ref]})"
        + (f"; expected {suggestion!r}" if suggestion else ""),
        offending=offending, suggestion=suggestion, referent=checker.ids[entry.ref], **where))


def _stem_split(word: str, folded: str, stems: dict, suffixes: frozenset[str], language: str, wanted: set[int]):
    """(Stem, suffix) if *word* is a known stem + an inflectional ending (longest stem first)."""
    from .checker import harmony_fold

    for k in range(len(folded) - 1, 1, -1):
        bucket = stems.get(folded[:k])
        if not bucket:
            continue
        suffix = folded[k:]
        stem = sorted(bucket, key=lambda s: (s.ref not in wanted, s.status == "wrong"))[0]
        if len(folded[:k]) < 4 and not is_acronym(stem.word):
            continue
        if is_acronym(stem.word) and word[:k] != stem.word:
            continue
        if (harmony_fold(suffix) if language == "kk" else suffix) not in suffixes:
            continue
        if language == "ru":
            low = stem.word.lower()
            if suffix in RU_ADJ_ENDINGS and (stem.status == "wrong" or folded[:k].endswith(_RU_ADJ_STEMS)):
                continue            # a derived adjective (Актюбинской область, Уральской), not a case error
            if suffix in ("ой", "ою") and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
                continue            # a feminine surname (Назарбаевой), not a case error
            if k < len(stem.word) and suffix in ("а", "я") and low.endswith(("а", "я")):
                continue
        return stem, suffix
    return None


def _suggest_inflection(checker, stem, suffix: str, language: str) -> str | None:
    if language != "kk":
        return checker.suggest(stem.ref, language, None, words=1) if stem.status == "wrong" else stem.word
    want_words = 1
    forms = checker.valid_forms(stem.ref, language)
    if not forms:
        return None
    # the valid form the stem belongs to (or, for a wrong stem, one with as many words)
    base = stem.base if stem.status != "wrong" else None
    choice = base or next((f for f in forms if len(f.split()) == len(stem.base.split())), forms[0])
    last = choice.split()[-1]
    from .checker import _spec, kazakh_signature
    from .matcher import surface_forms

    spec, _ = _spec(checker.referents[stem.ref], language)
    preferred = choice == checker.preferred_form(stem.ref, language)
    sig = kazakh_signature(suffix)
    for s in sorted(surface_forms(language, choice, checker.kinds[stem.ref], spec, preferred), key=len):
        tail = s.split()[-1]
        if tail.startswith(last) and len(tail) > len(last) and kazakh_signature(tail[len(last):]) == sig:
            return tail if want_words == 1 else s
    return last


def _misspelling(checker, ref: int, language: str, toks: Tokens, candidates: list[int]):
    choices, token_set, words = checker.valid_tokens(ref, language)
    skeletons = getattr(checker, "_skeletons", None)
    if skeletons is None:
        skeletons = checker._skeletons = {}
    skel = skeletons.get((ref, language))
    if skel is None:
        skel = skeletons[(ref, language)] = {cyrillic_skeleton(t): t for t in choices if len(t) >= 3}
    for i in candidates:
        word = toks.folded[i]
        if word in token_set or any(word.startswith(w) for w in words if len(w) >= 4):
            continue
        sk = cyrillic_skeleton(word)
        if sk in skel:
            return i, skel[sk]
        limit = 1 if len(word) < 7 else 2
        best = process.extractOne(word, choices, scorer=Levenshtein.distance, score_cutoff=limit)
        if best is not None and best[0][:1] == word[:1]:
            return i, best[0]
    return None


def _closest_surface(checker, ref: int, language: str, token: str) -> str:
    """The valid surface form of *ref* that contains the token closest to the misspelling."""
    from .checker import _spec
    from .matcher import surface_forms

    spec, _ = _spec(checker.referents[ref], language)
    best = None
    for form in checker.valid_forms(ref, language):
        for s in surface_forms(language, form, checker.kinds[ref], spec, form == checker.preferred_form(ref, language)):
            words = [fold(w) for w in Tokens.of(s).words]
            if token in words:
                cand = (len(words), len(s), s)
                if best is None or cand < best:
                    best = cand
    if best is None:
        return checker.valid_forms(ref, language)[0]
    # prefer the bare token's surface when it is one word of a longer name
    surface = best[2]
    for w in surface.split():
        if fold(w.strip("«»\"")) == token:
            return w.strip(",.;:")
    return surface
