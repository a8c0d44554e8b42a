"""Kazakh target rules of a name and the generic noun it heads: a quoted name before the noun it
names («Қазақмыс» корпорациясына) or a place name before the noun of its kind (Тараз қаласынан) is
checked as one name in that noun's case; the noun's own endings (harmony, the possessive's -н-), a
quoted name declined before its head, and the hyphen after a word in quotes are reported here."""

from __future__ import annotations

from workbench.inflection.kazakh import kazakh_hyphen_after_quote

from ..forms import DECLINED_QUOTE, EXTRA, FormEntry, Hit
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_heads import body_head, harmonised_head, place_head, quoted_head, unpossessed_head
from ..kazakh_words import adjective_shaped
from ..matcher import is_acronym
from .kazakh_objects import KazakhObjectRules
from .state import CLOSE, KK_CASES, OPEN, offending_at

#: The heads of a paper, a site or a channel (журналы, сайты): not joined to a Latin name before them
#: (:meth:`KazakhHeadRules.latin_with_head`)
_MEDIA_HEADS = frozenset("журналы газеті басылымы сайты телеарнасы арнасы радиосы агенттігі".split())


class KazakhHeadRules(KazakhObjectRules):
    """A Kazakh name and the generic noun it heads."""

    def hyphen_after_quote(self, hit: Hit, entry: FormEntry) -> None:
        offending = offending_at(self.toks, hit.start, hit.end, entry.surface)
        spec = self.lx.spec(entry.ref, "kk")
        preferred = entry.base == self.lx.preferred_form(entry.ref, "kk")
        fixes = kazakh_hyphen_after_quote(entry.base, self.lx.kinds[entry.ref], spec, preferred=preferred)
        suggestion = fixes.get(entry.surface)
        hyphen = "-" in self.toks.gap(hit.end - 1)
        why = "Kazakh writes the hyphen after acronyms, figures and Latin script, not after a word in quotes; " \
            if hyphen else ""
        self.add("target-wrong-inflection", f"{offending!r}: {why}the ending goes inside the quotes: {suggestion!r}",
                 offending=offending, suggestion=suggestion, ref=entry.ref)

    def broken_head(self, hit: Hit, entry: FormEntry, *, quoted: bool = False) -> bool:
        """«ҚазМұнайГаз» компаниясындегі, Жаңаөзен қаласыдағы: the noun right after the name, which
        the name heads, with its own endings broken (vowel harmony, the possessive's -н-): reported
        with the noun spelt right."""
        fixed = harmonised_head(self.toks.folded[hit.end])
        why = "the endings of the noun the name heads do not fit it (vowel harmony / the possessive's -н-)"
        if fixed is None and quoted:
            # «Теңізшевройл» компанияның: the noun a quoted name heads takes the possessive
            fixed = unpossessed_head(self.toks.folded[hit.end])
            why = "the noun the name heads lacks the possessive ending a name before it needs"
        if fixed is None:
            return False
        offending = f"{entry.surface} {self.toks.words[hit.end]}"
        suggestion = f"{entry.surface} {fixed}"
        self.add("target-wrong-inflection", f"{offending!r}: {why} ({self.rid(entry.ref)}); expected {suggestion!r}",
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        self.accounted.add(entry.ref)
        self.covered[hit.end] = True        # (one finding: the scan of multiword names' tails skips it)
        return True

    def declined_before_head(self, hit: Hit, entry: FormEntry) -> bool:
        """«Жұмысшы билігінің» ұйымының for "Workers Power activist": a quoted name right before
        the generic noun it names (ұйымы, компаниясы) is that noun's name and stays bare; the
        noun carries the case («Жұмысшы билігі» ұйымының). Declined inside its quotes, it would
        own a noun of its own — reported where the English does not make it an owner ("'s",
        "of")."""
        cases = entry.cases & KK_CASES
        if entry.surface[:1] not in OPEN or entry.surface[-1:] not in CLOSE or not cases or cases & KK_NOM \
                or entry.flags & EXTRA or hit.end >= self.n \
                or not self.toks.words[hit.end].islower() \
                or self.toks.gap(hit.end).strip(" \u00a0") not in CLOSE or not self.toks.gap(hit.end).strip():
            return False
        head = quoted_head(self.toks.folded[hit.end])
        if head is None or self.english_possessive(entry.ref) or self.after_of(entry.ref) \
                or (self.lx.kinds[entry.ref] == "organisation" and not body_head(head[0])):
            return False        # (an organisation's site or paper is its own: «Антикапиталистік қарсылықтың» сайтында)
        self.wrong_case(hit, entry, "nom", f"right before {self.toks.words[hit.end]!r}, the noun it names: the "
                        "name stays bare and the noun takes the case")
        return True

    def quoted_with_head(self, hit: Hit, entry: FormEntry) -> tuple[Hit, FormEntry] | None:
        """«Қазақмыс» корпорациясына: an undeclined quoted name and the generic noun after it that
        it names, which carries the case, are checked as one name in that noun's case (a dative
        possessor «корпорациясына кеншілері» is as wrong as «Қазақмысқа кеншілері»)."""
        if entry.surface[:1] not in OPEN or entry.surface[-1:] not in CLOSE or entry.flags & DECLINED_QUOTE \
                or hit.end >= self.n or not self.toks.words[hit.end].islower() \
                or self.toks.gap(hit.end).strip(" \u00a0") not in CLOSE or not self.toks.gap(hit.end).strip():
            return None
        if self.broken_head(hit, entry, quoted=True):
            return None
        at = hit.end
        found = quoted_head(self.toks.folded[at])
        if found is None and adjective_shaped(self.toks.folded[at]) and at + 1 < self.n \
                and self.toks.words[at + 1].islower() and not self.toks.gap(at + 1).strip(" \u00a0"):
            at += 1         # «ҚазМұнайГаз» ұлттық компаниясына: an adjective before the head
            found = quoted_head(self.toks.folded[at])
        if found is None:
            return None
        head, case = found
        whole = Hit(hit.start, at + 1, hit.entries)
        between = " ".join(self.toks.words[hit.end:at])
        self.headed[(whole.start, whole.end)] = (f"{entry.surface} {between}" if between else entry.surface, head)
        # the surface without its opening quote: the rules that leave an undeclined quoted name alone
        # check this one, whose case its head shows
        return whole, entry._replace(cases=case,
                                     surface=entry.surface[1:] + " " + " ".join(self.toks.words[hit.end:at + 1]))

    def latin_with_head(self, hit: Hit, entry: FormEntry) -> tuple[Hit, FormEntry] | None:
        """«CNPC корпорациясына», «KPMG компаниясын»: a company's or organisation's name in Latin
        letters or capitals takes no Kazakh ending before the generic noun it names, as a quoted name
        does not; the noun carries the case, and the two are checked as one name in it ("belongs to
        CNPC" wants «CNPC корпорациясына», not «… корпорациясынан»)."""
        surface = entry.surface
        if surface[:1] in OPEN or entry.cases & KK_CASES != KK_NOM or entry.flags & EXTRA \
                or self.lx.kinds[entry.ref] not in ("organisation", "other") \
                or not ((surface[:1].isascii() and surface[:1].isalpha()) or is_acronym(surface)) \
                or hit.end >= self.n or not self.toks.words[hit.end].islower() \
                or self.toks.gap(hit.end).strip(" \u00a0"):
            return None
        found = quoted_head(self.toks.folded[hit.end])
        if found is None or found[1] == KK_NOM or found[0] in _MEDIA_HEADS:
            return None     # (a paper's or site's: written in it, to it, read from it — the English says which less)
        head, case = found
        whole = Hit(hit.start, hit.end + 1, hit.entries)
        self.headed[(whole.start, whole.end)] = (surface, head)
        return whole, entry._replace(cases=case, surface=surface + " " + self.toks.words[hit.end])

    def place_with_head(self, hit: Hit, entry: FormEntry) -> tuple[Hit, FormEntry] | None:
        """«Тараз қаласынан», «Атырау облысына»: a bare place name and the noun of a kind of place
        after it, which carries the case, are checked as one name in that noun's case ("in the city
        of Taraz" wants «Тараз қаласында»)."""
        if entry.surface[:1] in OPEN or entry.cases & KK_CASES != KK_NOM or entry.flags & EXTRA \
                or self.lx.kinds[entry.ref] != "place" or hit.end >= self.n \
                or not self.toks.words[hit.end].islower() or self.toks.gap(hit.end).strip(" \u00a0"):
            return None
        if self.broken_head(hit, entry):
            return None
        found = place_head(self.toks.folded[hit.end])
        if found is None or found[1] == KK_NOM:
            return None
        head, case = found
        whole = Hit(hit.start, hit.end + 1, hit.entries)
        self.headed[(whole.start, whole.end)] = (entry.surface, head)
        return whole, entry._replace(cases=case, surface=entry.surface + " " + self.toks.words[hit.end])
