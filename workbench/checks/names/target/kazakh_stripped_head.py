"""Kazakh target rule of a name whose last word has lost its possessive: «Кеңес Одақ ыдырады» for «Кеңес Одағы
ыдырады» ("the Soviet Union collapsed"). The last word of a name like Кеңес Одағы, Ақсақалдар кеңесі is a noun
the words before it own, and keeps the possessive in every case; without it the name is broken, and not found
as a form of the name at all (the name is then reported missing, which hides where it stands)."""

from __future__ import annotations

from ..kazakh_heads import VOWELS
from ..kazakh_words import possessive_shape
from ..matcher import fold, tokens_of
from .state import CLOSE, SegmentState

#: the final consonant a possessive's vowel voices, back to its bare spelling (Одағы → Одақ, кеңесі → кеңес)
_UNVOICE = {"ғ": "қ", "г": "к", "б": "п"}


def _bare_heads(last: str) -> set[str]:
    """The folded last word *last* of a name without its third-person possessive, each way its ending may be read
    (облысы → облыс, кеңесі → кеңес, одағы → одақ, voiced back), or none where it has no possessive (nor a
    patronymic's -ұлы, -қызы)."""
    if len(last) < 4 or last.endswith(("ұлы", "қызы")) or not possessive_shape(last):
        return set()
    stems = set()
    if last.endswith(("сы", "сі")) and last[-3] in VOWELS:
        stems.add(last[:-2])
    if last.endswith(("ы", "і")) and last[-2] not in VOWELS:
        stems.add(last[:-1])
    return {stem[:-1] + _UNVOICE.get(stem[-1], stem[-1]) for stem in stems if len(stem) >= 3}


class KazakhStrippedHeadRules(SegmentState):
    """A Kazakh name written with its possessed last word bare."""

    def stripped_possessed_head(self) -> None:
        """«Кеңес Одақ ыдырағаннан кейін» for "after the Soviet Union collapsed": the name's words, the last one
        without the possessive every form of the name has (Одағы), and no ending: reported where the name is
        found nowhere else in the translation, the name's form offered. Not before a noun with the possessive,
        which the bare words may head as a compound of their own («… облыс әкімдігі»)."""
        if self.language != "kk":
            return
        folded = self.toks.folded
        for ref in self.wanted:
            if ref in self.accounted or ref in self.lx.terms:
                continue
            # (found nowhere, or only at the broken words themselves, or with no words of its own: taken as
            # understood from something else in the sentence)
            seen = self.rendered.get(ref)
            for form in self.lx.valid_forms(ref, "kk"):
                words = [fold(t) for t in tokens_of(form)]
                bare = _bare_heads(words[-1]) if len(words) >= 2 else set()
                if not bare:
                    continue
                span = words[:-1]
                at = next((i for i in range(self.n - len(words) + 1) if folded[i:i + len(span)] == span
                           and folded[i + len(span)] in bare
                           and not any(self.covered[k] and k not in self.others for k in range(i, i + len(words)))
                           and all(not self.toks.gap(k).strip(" \u00a0") for k in range(i + 1, i + len(words)))), None)
                if at is None or (seen is not None and seen.end > seen.start
                                  and not at <= seen.start < seen.end <= at + len(words)):
                    continue
                end = at + len(words)
                if end < self.n and not self.toks.gap(end).strip(" \u00a0" + CLOSE) \
                        and (self.toks.gap(end) == "-" or possessive_shape(folded[end])):
                    continue
                # (a word of another name, the glossary's not wanted here, may be the first: кеңес, "Soviet")
                offending = self.toks.span_text(at, end)
                self.cover(at, end)
                self.accounted.add(ref)
                self.add("target-wrong-inflection", f"{offending!r}: the last word of {form!r} ({self.rid(ref)}) "
                         f"keeps its possessive in every case; expected {form!r}",
                         offending=offending, suggestion=form, ref=ref)
                break
