"""Coordinated names: a list of names shares one case (Russian) or one ending on its last member
(Kazakh), and the case of the list is read from its context."""

from __future__ import annotations

import re
from itertools import pairwise

from ...qa.text import CYRILLIC
from ..english_context import PASSIVE_BY, noun_next
from ..forms import CASES, DECLINED_QUOTE, EXTRA, RU_PLURAL, FormEntry, Hit, cases_of
from ..kazakh_context import GEN as KK_GEN
from ..kazakh_context import NOM as KK_NOM
from ..kazakh_context import PERSONAL_GENITIVES
from ..kazakh_heads import AND_SOUNDS as KK_AND_SOUNDS
from ..kazakh_heads import CASE_BIT as KK_CASE_BIT
from ..kazakh_postpositions import any_postposition
from ..kazakh_words import case_by_ending, ends_in_case, participle, something_to_own
from ..matcher import fold
from ..russian_context import (
    ACC,
    DAT,
    GEN,
    INS,
    LOC,
    NOM,
    adjective_cases,
    generic_plural,
    governed,
    place_words,
    verb_governed,
)
from ..russian_context import NOUN_PLURAL_ENDINGS as RU_NOUN_PLURAL_ENDINGS
from .english import EN_CASE_BEFORE, EN_SPREAD_TO, SourceReading
from .state import (
    ADJECTIVE_ONLY,
    CLOSE,
    KK_CASE_OF_PREPOSITION,
    KK_CASES,
    NOT_HEADS,
    OPEN,
    RU_PASSIVE_PARTICIPLE,
    RU_PAST,
    RU_REFLEXIVE_VERB,
    any_number,
    offending_at,
    verb_like,
)

#: words that join the last name of a list to the others
_LIST_CONJUNCTIONS = frozenset("и или және мен немесе".split())
#: The reflexive «өз» with the possessive and any case (өзі, өзімен, өзіне): "itself", owned by a genitive
_KK_REFLEXIVE = re.compile(r"өз(?:і|ін|іне|інде|інен|імен|індегі)")       # (өзіндегі: "in … itself")


#: Kazakh "and" between a name and a noun in one case (not мен/бен/пен, which leave the first bare: «Тоқаев пен
#: оның үкіметін»)
_KK_AND = frozenset({"және", "немесе"})
#: a possessor or determiner before the noun joined to a name («Назарбаевты және оның отбасын»)
_KK_NOUN_DETERMINERS = frozenset("оның олардың өзінің өздерінің бұл осы сол".split()) | PERSONAL_GENITIVES
#: ... after which a word in -н is a possessed noun's accusative (отбасын, тауларын)
_KK_POSSESSED_ACCUSATIVE = re.compile(r".{2,}(?:ын|ін|[аәеоөұүыіэюя]н)")
#: English "and" right after a name
_EN_AND_AFTER = re.compile(r"\s*(?:and|or|as well as)\b")


#: the cases a name joined to a noun is checked in
_KK_JOINED_CASES = frozenset(KK_CASE_BIT[case] for case in ("acc", "dat", "abl", "ins"))


#: endings only a Russian noun's plural has, after its stem (област|ях, республик|ах, комитет|ов), with the case bit
NOUN_PLURAL_ENDINGS = tuple((ending, RU_PLURAL[case]) for ending, case in RU_NOUN_PLURAL_ENDINGS)

#: A preposition of a name's own right before it in the English, past no "and" ("published on MR Online")
_EN_OWN_PREPOSITION = re.compile(r"(?<!\band)(?<!\bor)\s+\b(?:on|in|at|to|into|from|with|by|for)\s+(?:the\s+)?$")


#: A dash between two names that makes them one label («Китай — Европа», «Қытай–Еуропа»)
_DASH_GAP = re.compile(r"[ \u00a0]*[\u2013\u2014][ \u00a0]*")


class NameLists(SourceReading):
    """Names in a list: one case for all, read from the list's context."""

    def dash_label(self, hit: Hit, entry: FormEntry) -> bool:
        """Is the name one of two joined by a dash, both in the nominative, both persons or neither («Китай —
        Европа», «Қытай — Еуропа дәлізі»; not «Құрманов — … тең төрағасы», "is")? The pair is a label (a route, a
        format, a match) whose names stay in the nominative whatever the sentence does with the noun they name."""
        nominative = 1 << CASES[self.language].index("nom")
        if not entry.cases & nominative:
            return False
        kinds, person = self.lx.kinds, self.lx.kinds[entry.ref] == "person"
        for other, other_entry in self.pending:
            if other is hit or not other_entry.cases & nominative or (kinds[other_entry.ref] == "person") != person:
                continue
            if (other.end == hit.start and _DASH_GAP.fullmatch(self.toks.gap(hit.start))) \
                    or (other.start == hit.end and _DASH_GAP.fullmatch(self.toks.gap(other.start))):
                return True
        return False

    def coordination(self) -> None:
        """Names in one list share one case: «площади Актау, Тараза и Шымкент» → Шымкента,
        «Ақтауда, Атырауға және Оралда» → Атырауда. A list is three names or more of one kind
        (places, people…) joined by commas and a last и/или (және, мен, немесе), or two joined
        by one of those. Where what stands before the list tells its case (:meth:`_list_case`),
        a name in none of those cases is wrong; else, in a list of three or more, the one name
        that shares no case with all the others is, in the case they share. A name with every
        case (indeclinable), an undeclined quoted one, and a bare Kazakh nominative (a list's
        ending may go on its last member only) fit any case."""
        members = sorted(((hit, entry) for hit, entry in self.pending if not entry.flags & EXTRA),
                         key=lambda pair: (pair[0].start, pair[0].end))
        chain: list[tuple[Hit, FormEntry]] = []
        for hit, entry in members:
            if chain and self._joined(chain[-1][0], hit) is not None:
                chain.append((hit, entry))
                continue
            self._check_list(chain)
            chain = [(hit, entry)]
        self._check_list(chain)

    def _joined(self, first: Hit, second: Hit) -> str | None:
        """"," or the conjunction if *second* follows *first* in a list, else None."""
        if second.start == first.end:
            gap = self.toks.gap(second.start).strip(" \u00a0" + OPEN + CLOSE)
            return "," if gap == "," else None
        if self.language == "ru" and second.start == first.end + 2 and self.toks.folded[first.end] in ("но", "а") \
                and self.toks.folded[first.end + 1] == "не" \
                and self.toks.gap(first.end).strip(" \u00a0" + CLOSE) == "," \
                and not self.toks.gap(first.end + 1).strip(" \u00a0") \
                and not self.toks.gap(second.start).strip(" \u00a0" + OPEN):
            # «поблагодарил Путина, но не Джо Байдена», «Назарбаеву, а не Токаеву»: the contrast shares the case
            return f"{self.toks.folded[first.end]} не"
        if second.start == first.end + 1 and self.toks.folded[first.end] in _LIST_CONJUNCTIONS \
                and not self.toks.gap(first.end).strip(" \u00a0" + CLOSE) \
                and not self.toks.gap(second.start).strip(" \u00a0" + OPEN):
            return self.toks.folded[first.end]
        return None

    def _check_list(self, chain: list[tuple[Hit, FormEntry]]) -> None:
        if len(chain) < 2:
            return
        joins = [self._joined(a, b) for (a, _), (b, _) in pairwise(chain)]
        # «с Путиным, Си Цзиньпином и лидерами …»: names joined by commas whose list goes on with a
        # conjunction and a common noun are a list too
        goes_on = self.language == "ru" and joins[-1] == "," and chain[-1][0].end < self.n \
            and self.toks.folded[chain[-1][0].end] in ("и", "или") \
            and not self.toks.gap(chain[-1][0].end).strip(" \u00a0" + CLOSE)
        # «в Атырау, Уральске, Актобе, Кызылорде»: three names or more joined by commas alone are a
        # list too where a preposition before them tells its case (without one, commas may as well
        # part clauses or appositions)
        asyndetic = self.language == "ru" and not goes_on and len(chain) > 2 and all(join == "," for join in joins)
        if not goes_on and not asyndetic and ((len(chain) > 2 and ("," not in joins or joins[-1] == ","))
                                              or (len(chain) == 2 and joins[0] == ",")):
            return
        first, second = chain[0][1].ref, chain[1][1].ref
        if len(chain) == 2 and self.english_parted(first, second):
            return      # "Petropavlovsk, on the border with Russia, and Ust-Kamenogorsk": no pair
        if len({self.lx.kinds[entry.ref] for _, entry in chain}) > 1 \
                and not (len(chain) == 2 and joins[0] != "," and self.english_pair(first, second)
                         and (self.language == "kk" or self.english_preposition_repeated(first, second))):
            # a list names things of one kind; else a comma ends a clause (two Kazakh names joined by
            # және, мен or немесе that the English joins by "and" too are one phrase whatever their
            # kinds: «Путинге және ҰҚШҰ-ға», "Putin and the CSTO")
            return
        width = len(CASES[self.language])
        every = (1 << width) - 1
        if self.language == "kk" and self.kazakh_list_ending(chain, every):
            return
        masks = []
        # «с «Лукойлом» и «КазМунайГаз»»: where one quoted name is declined, the list's quoted names
        # are declined (no generic word stands before each), so an undeclined one has its own cases
        declined_quotes = any(entry.flags & DECLINED_QUOTE for _, entry in chain)
        for _, entry in chain:
            cases = (any_number(entry.cases) if self.language == "ru" else entry.cases) & every
            undeclined_quote = entry.surface[:1] in OPEN and not entry.flags & DECLINED_QUOTE
            # (a quoted name of several words is often left undeclined: «АрселорМиттал Темиртау»)
            one_word = " " not in entry.base.strip(OPEN + CLOSE)
            if undeclined_quote and declined_quotes and self.language == "ru" and (
                    one_word or self.lx.in_case(entry.ref, "ru", 0, form=entry.base, case="gen", declined=True)
                    != entry.base):
                # (of several words, only one the glossary declines: «Марксистская тенденция», not
                # «АрселорМиттал Темиртау»)
                masks.append(NOM | ACC)
                continue
            if not cases or cases == every or undeclined_quote or (self.language == "kk" and cases == 1):
                cases = every
            masks.append(cases)
        anchor = self._list_case(chain, masks[0])
        if asyndetic and not (anchor and governed(self.toks.words[chain[0][0].start - 1]) is not None):
            return
        tail = self._list_tail_case(chain) if goes_on and not anchor else 0
        if tail:
            # «направлены Айнуру Курманову, Роза Тулетаева и стачечному комитету»: the common noun
            # phrase that ends the list shows its case; the one name in no case of it is wrong
            wrong = [(i, tail & every) for i in range(len(chain)) if masks[i] != every and not masks[i] & tail]
            if len(wrong) == 1:
                i, expected = wrong[0]
                hit, entry = chain[i]
                if not self.found_at(hit):
                    self.wrong_case(hit, entry, cases_of("ru", expected)[0],
                                    f"({'/'.join(cases_of('ru', masks[i]))}) in a list that ends in "
                                    f"{self.toks.words[chain[-1][0].end + 1]!r}, in the "
                                    f"{'/'.join(cases_of('ru', expected))}")
            return
        if self.language == "kk" and len(chain) == 2 and not anchor:
            # «Ресейде және Қырғызстанға»: a Kazakh clause ends with its verb, so two names joined by
            # және, мен or немесе are one phrase, with one case — on both or on the last only; a first
            # name in a case the second does not share is the odd one
            # (not when the second possesses what follows: «Алматыға және Қазақстанның басқа қалаларына»)
            # (nor when a participle after the second opens a clause of its own, the English giving the second a
            # preposition of its own: «… және MR Online-да жарияланған мақалалардан», "from articles published on
            # MR Online"; not «Марко Бойцунның және … лигасынан келген хаттар», "from Marko Bojcun and the League")
            second_end = chain[1][0].end
            own_clause = second_end < self.n and self.toks.words[second_end].islower() \
                and participle(self.toks.folded[second_end]) \
                and _EN_OWN_PREPOSITION.search(self.source_before(chain[1][1].ref)) is not None
            # (nor one name said twice, once for each of two English prepositions before it: "flights to and from
            # Almaty", «Алматыға және Алматыдан» — no list)
            if masks[0] != every and masks[1] != every and not masks[0] & KK_NOM and not masks[0] & masks[1] \
                    and not masks[1] & KK_GEN and not own_clause and first != second:
                # which one is wrong: the one the English preposition before the pair disagrees with
                # ("in Shymkent and Taraz": «Шымкентте және Таразға» → Таразда); else the first
                cue = EN_CASE_BEFORE.search(self.source_before(chain[0][1].ref))
                wanted = KK_CASE_OF_PREPOSITION.get(cue.group(1).lower(), 0) if cue else 0
                odd, other = (1, 0) if wanted & masks[0] and not wanted & masks[1] else (0, 1)
                hit, entry = chain[odd]
                if self.found_at(hit):
                    return      # already found wrong by a rule on its own role
                self.wrong_case(hit, entry, cases_of("kk", masks[other])[0],
                                f"({'/'.join(cases_of('kk', masks[odd]))}) joined to a name in the "
                                f"{'/'.join(cases_of('kk', masks[other]))}: one phrase takes one case")
            return
        if self.language == "ru" and len(chain) == 2 and not anchor:
            # «слушали Саймону Пирани и Криса Форда» ("listened to Simon Pirani and Chris Ford"): two
            # names the English joins by "and", joined by и, share one case; with nothing before them
            # to say which, the first, in a case the second does not have, is the odd one
            # (not a first name in the genitive the English puts after "of": "the towns of Almaty
            # Region and Kyzylorda Region" may join the region to the towns, «города Алматинской
            # области и Кызылординскую область»)
            if joins[0] in ("и", "или", "но не", "а не") and masks[0] != every and masks[1] != every \
                    and not masks[0] & masks[1] and not masks[0] & NOM and not masks[1] & NOM \
                    and self.english_pair(chain[0][1].ref, chain[1][1].ref, contrast=joins[0] in ("но не", "а не")) \
                    and not (masks[0] & GEN and self.after_of(chain[0][1].ref)):
                hit, entry = chain[0]
                if not self.found_at(hit):
                    self.wrong_case(hit, entry, cases_of("ru", masks[1])[0],
                                    f"({'/'.join(cases_of('ru', masks[0]))}) joined by «{joins[0]}» to a name in "
                                    f"the {'/'.join(cases_of('ru', masks[1]))}: names joined so share one case")
            elif joins[0] in ("и", "или") and masks[0] != every and masks[1] == NOM and not masks[0] & NOM \
                    and chain[0][0].start > 0 and (self.toks.words[chain[0][0].start - 1].islower()
                                                   or self.toks.sentence_initial(chain[0][0].start - 1)) \
                    and not self.toks.gap(chain[0][0].start).strip(" \u00a0" + OPEN) \
                    and self.english_pair(chain[0][1].ref, chain[1][1].ref):
                # «разговор Путина и Токаев длился час» ("the call between Putin and Tokayev"): inside its
                # clause, after a word that governs it, the pair is no subject; a nominative joined to a
                # name in another case is a name left undeclined
                hit, entry = chain[1]
                if not self.found_at(hit):
                    self.wrong_case(hit, entry, cases_of("ru", masks[0])[0],
                                    f"(nom) joined by «{joins[0]}» to a name in the "
                                    f"{'/'.join(cases_of('ru', masks[0]))}: names joined so share one case")
            return
        if anchor:                  # what governs the list: every member takes a case of it
            wrong = [(i, anchor) for i in range(1, len(chain)) if not masks[i] & anchor]
        elif len(chain) > 2:        # else the one member that shares no case with all the others
            wrong = []
            for i in range(len(chain)):
                others = every
                for j, mask in enumerate(masks):
                    if j != i:
                        others &= mask
                if others and others != every and not masks[i] & others:
                    wrong.append((i, others))
        else:
            return
        if len(wrong) != 1:
            return
        i, expected = wrong[0]
        hit, entry = chain[i]
        if self.found_at(hit):
            return
        if self.language == "kk" and masks[i] == KK_GEN and (
                (self.after_of(entry.ref) and something_to_own(self._clause_after(hit)[:3]))
                or (hit.end < self.n and _KK_REFLEXIVE.fullmatch(self.toks.folded[hit.end]))):
            return      # "across Russia, Kazakhstan and much of Eastern Europe": «… Шығыс Еуропаның едәуір
                        # бөлігінде», the genitive owns the noun that carries the list's case; "with Russia
                        # itself": «Ресейдің өзімен», the reflexive carries it
        self.wrong_case(hit, entry, cases_of(self.language, expected)[0],
                        f"({'/'.join(cases_of(self.language, masks[i]))}) in a list whose other names are in the "
                        f"{'/'.join(cases_of(self.language, expected))}",
                        declined=bool(entry.flags & DECLINED_QUOTE) or (declined_quotes and entry.surface[:1] in OPEN))

    def kazakh_and_sound(self, hit: Hit, entry: FormEntry) -> bool:
        """«Тараз мен Қызылорда», «Шымкент мен Ақтау»: the separate "and" after a bare name sounds as the
        name's own instrumental ending does — мен after a vowel or a sonorant, бен after ж and з, пен after a
        voiceless consonant and б, в, г, д — so «Тараз бен» (Таразбен), «Шымкент пен» (Шымкентпен). The
        name's instrumental is read from its paradigm, so acronyms read as letters or as words agree too. (Not
        after a name in Latin letters, whose sound is the reader's: «RISE мен», «RISE бен».)"""
        if entry.cases & KK_CASES != KK_NOM or entry.flags & EXTRA or hit.end + 1 >= self.n \
                or not CYRILLIC.match(self.toks.words[hit.end - 1][-1:]) \
                or self.toks.gap(hit.end).strip(" \u00a0") or self.toks.gap(hit.end + 1).strip(" \u00a0" + OPEN):
            return False
        said = self.toks.folded[hit.end]
        instrumental = self.lx.in_case(entry.ref, "kk", 0, form=entry.base, case="ins") \
            if said in KK_AND_SOUNDS else None
        wanted = fold(instrumental)[-3:] if instrumental else None
        if wanted not in KK_AND_SOUNDS or wanted == said:
            return False
        offending = offending_at(self.toks, hit.start, hit.end + 1)
        suggestion = f"{self.offending_of(hit, entry)} {wanted}"
        self.add("target-wrong-inflection",
                 f"{offending!r}: the separate \"and\" after a name sounds as its instrumental ending "
                 f"({instrumental}) does; expected {suggestion!r}",
                 offending=offending, suggestion=suggestion, ref=entry.ref)
        return True

    def kazakh_case_before_and(self, hit: Hit, entry: FormEntry) -> bool:
        """«Назарбаевқа пен оның отбасына қарсы», "against Nazarbayev and his family": the separate "and" (мен,
        бен, пен) joins bare words, the phrase's case going on its last one; a name in a case of its own right
        before it is wrong, the bare name the fix. (мен is also "I": only where the English has "and" right after
        the name; the glued instrumental, «Атыраумен Ақтау», is :meth:`kazakh_glued_and`'s.)"""
        cases = entry.cases & KK_CASES
        if not cases or cases & KK_NOM or entry.flags & EXTRA or hit.end + 1 >= self.n \
                or self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                or self.toks.gap(hit.end + 1).strip(" \u00a0" + OPEN):
            return False
        said = self.toks.folded[hit.end]
        if said not in KK_AND_SOUNDS or not self.toks.words[hit.end].islower():
            return False
        if said == "мен" and not _EN_AND_AFTER.match(self.source_around(entry.ref)[1]):
            return False
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) right before {said!r}, the separate "
                        "\"and\", which joins bare words: the case goes on the last of them")
        return True

    def kazakh_coordinated_with_noun(self, hit: Hit, entry: FormEntry) -> bool:
        """English "blame Nazarbayev and his family", "contact Kurmanov or our office": a name joined to a noun by
        және or немесе is one phrase with it, in one case, which the noun's ending shows («Назарбаевты және оның
        отбасын кінәлайды», «Құрмановқа немесе біздің кеңсеге хабарласыңыз»). A name in another oblique case than
        the noun right after the conjunction is wrong."""
        cases = entry.cases & KK_CASES
        if entry.flags & EXTRA or cases not in _KK_JOINED_CASES \
                or hit.end + 1 >= self.n or self.toks.gap(hit.end).strip(" \u00a0") \
                or self.toks.folded[hit.end] not in _KK_AND \
                or not _EN_AND_AFTER.match(self.source_around(entry.ref)[1]):
            return False
        k = hit.end + 1
        determined = self.toks.folded[k] in _KK_NOUN_DETERMINERS
        k += determined
        if k >= self.n or self.covered[k] or not self.toks.words[k].islower() or self.toks.gap(k).strip(" \u00a0") \
                or any_postposition(self.toks.words[k]):
            return False
        low = self.toks.folded[k]
        # (only a noun a possessor or demonstrative shows to be one — «түрмеге қамалған мұнайшылармен», «жеке
        # Құрмановқа»: a word after және may begin a clause of its own or be an adverb — and one that the next
        # word does not govern, «бәрінен бұрын»)
        if not determined:
            return False
        case = case_by_ending(low) or ("acc" if _KK_POSSESSED_ACCUSATIVE.fullmatch(low) else None)
        governed = k + 1 < self.n and (any_postposition(self.toks.words[k + 1]) or participle(self.toks.folded[k + 1]))
        if case is None or cases == KK_CASE_BIT[case] or governed:
            return False
        self.wrong_case(hit, entry, case, f"({cases_of('kk', cases)[0]}) joined by {self.toks.words[hit.end]!r} to "
                        f"{self.toks.words[k]!r}, which is in the {case}: the two share one case")
        return True

    def found_at(self, hit: Hit) -> bool:
        """Has a rule already reported the name at *hit* (a finding that starts on it, or on the
        opening quote of a quoted name: «КазМунайГаза»)?"""
        start, end = self.toks.spans[hit.start][0], self.toks.spans[hit.end - 1][1]
        start -= len(self.toks.gap(hit.start)) - len(self.toks.gap(hit.start).rstrip(OPEN))
        return any(f.offset is not None and start <= f.offset < end for f in self.findings)

    def last_without_list_ending(self, chain: list[tuple[Hit, FormEntry]], case: int) -> bool:
        """«Алматыда, Шымкентте және Тараз дүкендер тоналды»: every name of a list but the last in
        one case, the last bare — the ending goes on every name or on the last only, so the last
        lacks it. Not where a noun after the last carries the case for it («… және Тараз
        қаласында»). Reported on the last name; True if it was."""
        hit, entry = chain[-1]
        name = cases_of("kk", case)[0]
        if hit.end < self.n and not self.toks.gap(hit.end).strip(" \u00a0" + CLOSE) \
                and self.toks.words[hit.end].islower() and (ends_in_case(self.toks.folded[hit.end], name)
                                                            or any_postposition(self.toks.folded[hit.end])):
            # (nor where a postposition after the last governs it, one of likeness too: «… және Франция сияқты
            # Еуропа елдеріне», "and European countries such as France" — the last name is no member of the list)
            return False
        self.wrong_case(hit, entry, name, f"(nom) last in a list whose other names are all in the {name}: the "
                        "ending goes on every name or on the last only")
        return True

    def kazakh_list_ending(self, chain: list[tuple[Hit, FormEntry]], every: int) -> bool:
        """«Eni, ExxonMobil-ге, TotalEnergies және CNPC кіретін»: a Kazakh list puts the case
        ending on every member or on the last only; one member before the last with an ending
        while the others before the last are bare is the odd one out (the bare form expected). So is
        the first of a pair with an ending before a bare last one («Eni-ге мен ExxonMobil»)."""
        inner = [(hit, entry, entry.cases & every) for hit, entry in chain[:-1]]
        marked = [k for k, (_, _, cases) in enumerate(inner) if cases and not cases & KK_NOM]
        last = chain[-1][1]
        if len(chain) == 2 and marked and self.toks.folded[chain[0][0].end] in ("мен", "бен", "пен") \
                and inner[0][2] == last.cases & every and bin(inner[0][2]).count("1") == 1 \
                and not (inner[0][1].flags & EXTRA or last.flags & EXTRA) \
                and self.english_pair(chain[0][1].ref, last.ref):
            # «Шығыс Қазақстан облысында мен Солтүстік Қазақстан облысында»: мен joins bare words, the
            # shared ending goes on the last (after a case ending, мен is "I")
            hit, entry, cases = inner[0]
            self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) before "
                            f"{self.toks.words[hit.end]!r}: мен, бен, пен join bare words, the pair's ending goes on "
                            "the last only")
            return True
        if len(chain) == 2 and not (marked and last.cases & KK_CASES == KK_NOM):
            return False
        if len(chain) == 2:
            after = chain[-1][0].end
            # (an adjective the glossary lists, «украиналық жазушы», agrees with its noun: no member of a pair)
            if last.flags & EXTRA or last.ref in self.lx.terms or not self.english_pair(chain[0][1].ref, last.ref) \
                    or self.toks.folded[chain[0][0].end] not in ("мен", "бен", "пен", "және") \
                    or (after < self.n and self.toks.words[after].islower()
                        and not self.toks.gap(after).strip(" \u00a0" + CLOSE)
                        and any(ends_in_case(self.toks.folded[after], case)
                                for case in cases_of("kk", chain[0][1].cases & KK_CASES))):
                # (a bare last name before a noun with the first's case: «Facebook-та және International
                # Viewpoint сайтында», the site carries it)
                return False
            # «Eni-ге мен ExxonMobil», «Қазақстанның мен Украина арасындағы»: the pair's ending on the first
            # member and the last bare — it goes on both or on the last only
            hit, entry, cases = inner[0]
            if entry.flags & EXTRA:
                return False
            self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) before "
                            f"{self.toks.words[hit.end]!r} and a bare {last.surface!r}: a pair's case ending goes "
                            "on both names or on the last only")
            return True
        if len(chain) > 2 and len(marked) == len(inner) and last.cases & KK_CASES == KK_NOM \
                and not last.flags & EXTRA and len({cases for _, _, cases in inner}) == 1 \
                and bin(inner[0][2]).count("1") == 1 and self.last_without_list_ending(chain, inner[0][2]):
            return True
        # one bare member among names that all carry the same ending, the last too («Ресейден,
        # Беларусьтен, Армения, Тәжікстаннан және Қырғызстаннан»): the ending goes on every name or on the
        # last only, so the bare one lacks it
        bare = [k for k, (_, _, cases) in enumerate(inner) if cases == KK_NOM]
        endings = {cases for k, (_, _, cases) in enumerate(inner) if k not in bare} | {last.cases & every}
        # (not one right before the last conjunction, which shares the last name's ending as a pair
        # does: «Петропавлға, Павлодарға, Өскемен мен Семейге»)
        ending = next(iter(endings)) if len(endings) == 1 else 0
        if len(chain) > 3 and len(bare) == 1 and 0 < bare[0] < len(inner) - 1 and bin(ending).count("1") == 1 \
                and not last.cases & KK_NOM and not any(entry.flags & EXTRA for _, entry in chain):
            hit, entry, _ = inner[bare[0]]
            case = cases_of("kk", ending)[0]
            self.wrong_case(hit, entry, case, f"(nom) in a list whose other names all end in the {case}: the ending "
                            "goes on every name or on the last only")
            return True
        # a bare name before it: «Алматыға, Ақтау мен Жаңаөзенге» is a name and a pair sharing one
        # ending, not a list with an odd member
        if len(marked) != 1 or not any(cases == KK_NOM for _, _, cases in inner[:marked[0]]):
            return False
        hit, entry, cases = inner[marked[0]]
        if entry.flags & EXTRA:
            return False
        self.wrong_case(hit, entry, "nom", f"({'/'.join(cases_of('kk', cases))}) in a list whose other names "
                        "before the last are bare: the ending goes on every name or on the last only")
        return True

    def _list_tail_case(self, chain: list[tuple[Hit, FormEntry]]) -> int:
        """The cases the adjective after a Russian list's closing и shows («…, Тулетаевой и
        стачечному комитету» → dative), from the endings no noun has; 0 if none. (-ым/-им is
        also a plural dative: «и другим активистам».)"""
        at = chain[-1][0].end + 1
        if at >= self.n or self.toks.gap(at).strip(" \u00a0"):
            return 0
        word = self.toks.words[at]
        low = fold(word)
        if not word.isalpha() or not word.islower() or len(low) < 5 or not low.endswith(ADJECTIVE_ONLY):
            return 0
        return adjective_cases(word) | (DAT if low.endswith(("ым", "им")) else 0)

    def _list_case(self, chain: list[tuple[Hit, FormEntry]], first: int) -> int:
        """The cases a Russian list must be in, from what stands before it: a preposition (those
        of its cases the first name has: «с Питом Фёрмином и …» → instrumental), a noun the
        English puts the list after "of" («площади Актау, Тараза и …» → genitive), or a past verb
        the English puts it after as its object (the first name's cases but the nominative);
        0 if unknown."""
        start = chain[0][0].start
        if self.language != "ru" or start == 0:
            return 0
        gap = self.toks.gap(start).strip(" \u00a0" + OPEN)
        if gap in ("—", "–", ":"):
            return self._apposition_case(chain)
        if gap:
            return 0
        before = self.toks.words[start - 1]
        low = fold(before)
        if before.islower() and (RU_PASSIVE_PARTICIPLE.fullmatch(low) or RU_REFLEXIVE_VERB.fullmatch(low)) \
                and PASSIVE_BY.search(self.source_before(chain[0][1].ref)):
            return INS      # "condemned by Michelle Bachelet and the EU": the agents, instrumental
        rule = governed(before)
        if rule is not None:
            mask = first & rule[0]
            if mask == ACC | LOC and self.place_not_direction(chain[0][1].ref):
                mask = LOC          # "strikes in Aktau, Atyrau and Uralsk": в Актау, Атырау и Уральске
            return mask
        # (a noun opening the sentence too: «Горняки Карагандинской области и …», "Miners in …")
        if before.isalpha() and (before.islower() or self.toks.sentence_initial(start - 1)) \
                and low not in NOT_HEADS and not verb_like(low) and low not in place_words() \
                and (self.after_of(chain[0][1].ref) or (
                    self.from_noun(chain[0][1].ref) and low not in self.index.grammar.get("generic", {})
                    and generic_plural(low) not in {self.lx.kinds[e.ref] for _, e in chain}
                    and not noun_next(self.source_around(chain[-1][1].ref)[1]))):
            # (not where the names modify a noun after the last: "stakes in the Karachaganak and
            # Kashagan fields" is «в месторождениях Карачаганак и Кашаган», appositions)
            return GEN
        if before.isalpha() and before.islower() and RU_PAST.search(low) and verb_like(low) \
                and (self.english_object(chain[0][1].ref) or EN_SPREAD_TO.search(self.source_before(chain[0][1].ref))):
            # "strikes swept Uralsk, Kyzylorda and Taraz": in both languages the list follows the
            # verb whose object it is, so no member is in the nominative («охватили Уральск,
            # Кызылорду и Тараз»); the cases are the first name's but the nominative
            return first & ~NOM
        # (a verb or participle of one case right before: «направлено Мишель Бачелет и Европейскому союзу»,
        # both sent to, datives — where the first name can be in that case)
        # (a nominative first name may be an active verb's subject, inverted; no passive participle's)
        # (and only where the English joins the names by "and" too: not "Putin helped Tokayev, and Tokayev
        # thanked him", two clauses)
        rule = verb_governed(before) if before.islower() else None
        if rule is not None and first & rule[0] and (not first & NOM & ~rule[0]
                                                     or RU_PASSIVE_PARTICIPLE.fullmatch(low) is not None) \
                and chain[0][1].ref != chain[1][1].ref and self.english_pair(chain[0][1].ref, chain[1][1].ref):
            return first & rule[0]
        return 0

    def _apposition_case(self, chain: list[tuple[Hit, FormEntry]]) -> int:
        """The case of a Russian list set out after a dash or colon («до трёх областных центров —
        Актау, Атырау и Уральска», «между двумя державами — Россией и Китаем»): the plural noun
        before it, by an ending only a plural noun's case has (a genitive in -ов may be an animate
        accusative, for people); 0 if unknown."""
        before = self.toks.words[chain[0][0].start - 1]
        low = fold(before)
        if not before.isalpha() or not before.islower() or verb_like(low):
            return 0
        for ending, plural in NOUN_PLURAL_ENDINGS:
            # (not -ей, an adjective's ending too: «другой», «всей»)
            if ending != "ей" and low.endswith(ending) and len(low) > len(ending) + 2:
                mask = any_number(plural)
                if mask == GEN and any(self.lx.kinds[e.ref] == "person" for _, e in chain):
                    mask |= ACC
                return mask
        return 0
