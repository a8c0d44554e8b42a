"""Inflected paradigms of proper names in Russian and Kazakh.

A name checker uses these to recognise a glossary name in a translation in any
grammatical case. Pure Python, no third-party imports; results are cached by
``(form, kind, spec)`` (5,000 names: ~0.1 s cold, microseconds warm).

API
===
``parse_spec(cell, language=None) -> DeclensionSpec``
    Parse a ``ru_decl``/``kk_decl`` cell; ``ValueError`` with a clear message for
    a bad cell (the glossary loader adds ``file:line``). ``language`` = ``"ru"`` /
    ``"kk"`` also rejects the other language's cases and tags.
``check_spec(spec, form)``
    ``ValueError`` if ``words=`` does not have one tag per word of the preferred form.
``russian_paradigm(form, kind, spec, *, preferred=True)``
    ``{"nom","gen","dat","acc","ins","loc"} -> tuple of forms`` (first = usual).
``kazakh_paradigm(form, kind, spec, *, preferred=True)``
    ``{"nom","gen","dat","acc","abl","loc","ins"} -> tuple of forms``.
``russian_surface_forms(...)`` / ``kazakh_surface_forms(...)`` -> ``set[str]``
    every string a translation may contain (see below).
``all_forms(paradigm) -> set[str]``.

``kind`` is the glossary ``type``: ``person``, ``place``, ``organisation`` or
``other``. ``preferred=False`` is for admitted (secondary) forms such as the
bare surname: ``CASE=FORM`` overrides (written for the preferred form) are then
ignored and ``words=`` is used only when its tag count matches.

Declension cell grammar (``ru_decl``, ``kk_decl``)
==================================================
``;``-separated items, spaces around items ignored, empty items ignored, an
empty cell = everything guessed. Tags are case-insensitive; forms keep their case.

``indecl``
    the form never changes (every case = the nominative).
``m`` | ``f`` | ``n``
    gender where the form does not show it. Russian: ``f`` makes a
    consonant-final person's name indeclinable (Айнур) and selects the feminine
    surname declension; a place in ``-ь`` is masculine (Кремль) or feminine (Тверь).
``pl``
    plural-only (Russian: Штаты → Штатов, Штатам, Штатами, Штатах).
``acronym``
    an abbreviation. Russian: indeclinable unless ``CASE=FORM`` is given.
    Kazakh: the ending follows a hyphen (ҰҚШҰ-ның).
``front`` | ``back``
    Kazakh only: force the vowel harmony of the endings.
``poss``
    Kazakh only (added by the inflection module): the last word is in the
    3rd-person possessive (Кеңес Одағы, Қазақстан Республикасы, Байтұрсынұлы);
    the endings take the pronominal n: Одағының, Одағына, Одағын, Одағынан,
    Одағында, Одағымен.
``words=TAG TAG ...``
    one tag per space-separated word of the preferred form: ``decl`` (inflects,
    class guessed), ``adj`` (adjective; Kazakh: same as decl), ``fix`` (never
    changes). Must have exactly one tag per word (``check_spec``).
``CASE=FORM`` / ``CASE=FORM|FORM``
    explicit forms for one case of the preferred form; they *replace* the
    generated forms of that case (``nom=`` adds variants to the nominative).
    Russian cases ``nom gen dat acc ins loc``, Kazakh ``nom gen dat acc abl loc ins``.

Errors: unknown item, unknown case, a case of the other language (with
``language``), empty ``words=``/unknown word tag, a case given twice, an empty
form, ``m``+``f``, ``front``+``back``, ``pl``+gender, ``indecl`` with ``words=``,
``poss`` or a non-nominative ``CASE=``; with ``language="ru"``, ``front``/``back``/``poss``.

Russian rules (guesses when the cell is empty)
==============================================
Words in quotes («Озенмунайгаз») and all-capital acronyms never change unless
``words=`` says otherwise (a declined word keeps its quotes: «Реформы и революции»).
A hyphenated word inflects only in its last part (Касым-Жомарта, Алма-Аты).

*Persons* (animate: accusative = genitive for masculine): every word inflects
by its own class; lower-case particles (ибн, фон, оглы) and the father's
name before оглы/кызы stay. In surname position (any
word but the first, or a single word): -ов/-ев/-ёв/-ин/-ын (root with a vowel:
Токаев → Токаевым, Путин → Путиным, but Грин → Грином; -ин also lists -ом second,
for foreign names: Дарвином, Цзиньпином), feminine -ова/-ева/-ина/-ына
(Назарбаева → Назарбаевой, acc Назарбаеву), adjectival -ский/-цкий/-ой/-ый and
-ская/-цкая/-ая. Gender is guessed from the surname, then from a first name in
-а/-я (except Никита, Илья, ...). Masculine consonant-final: -а -у -а -ом -е
(after ж ш ч щ ц both -ем and -ом, stress unknown; -ич: -ем); -й/-ий, -ь;
feminine consonant-final: indeclinable; -а/-я/-ия: 1st declension; -о -е -и -у
-ю -ы -э: indeclinable (Мёрфи, Шевченко).

*Places, organisations, other* (inanimate, unless the cell says ``anim``: a group of
people, whose masculine and plural accusative is the genitive): leading adjectives and the first
noun (the head) inflect; words after the head (genitive complements, apposition:
"Республика Казахстан") stay. Adjective detection by ending (-ый -ой -ий after
г к х ж ш ч щ н, -ая -яя -ое -ее -ые, -ие after г к х ж ш ч щ or consonant+н —
so "движение" is a noun). A plural adjective makes the head plural (Соединённые
Штаты). Nouns: consonant-final masculine (Жанаозен, Казахстан), -й (Китай), -ь
(-ль masculine, else feminine), -а/-я (Москвы; after г к х ж ш щ ч: -и), -ия
(России, Россией), -ие/-ье neuter (движения, движению, движением, о движении),
-о/-е neuter only as the head of a multiword organisation name when written in
lower case or ending in -ство (общество; not бюро, кафе...); otherwise -о -е -и
-у -ю -ы -э are indeclinable (Токио, Алматы, Мангистау, Атырау).
Adjectives: full hard/soft masculine, feminine, neuter and plural declension,
spelling rules applied (Европейским, Коммунистической; after ж ш ч щ ц
feminine -ей and -ой both generated).

``russian_surface_forms`` adds, for persons, the plural of the bare surname
(Назарбаевы, Назарбаевых, Назарбаевым, Назарбаевыми; -ские/-ских/-ским/-скими).

Kazakh rules
============
Only the last declinable word takes the ending (Қасым-Жомарт Тоқаевтың).
*Vowel harmony* from the last vowel: back а о ұ ы я ё ю, front ә ө ү і е э;
``у`` is transparent (Маңғыстау → back, Мәскеу → front); ``и`` is front
(Путинге, Тбилисиге) except in words spelled with Kazakh-only letters, where it
follows the vowel before it (Мұхитқа); -ов/-ев/-ёв surnames take the root's
harmony (Тоқаевқа, Назарбаевтың, Әлиевтің); ``front``/``back`` override.
*Final sound* (after dropping ь ъ) selects the consonant of the ending:

=========================== ==== ==== ==== ==== ==== ====
final                        gen  dat  acc  abl  loc  ins
=========================== ==== ==== ==== ==== ==== ====
vowel                        ның  ға   ны   дан  да   мен
м н ң                        ның  ға   ды   нан  да   мен
л р й у и ю                  дың  ға   ды   дан  да   мен
з ж                          дың  ға   ды   дан  да   бен
voiceless, б в г ғ д         тың  қа   ты   тан  та   пен
3rd-person possessive        ның  на   н    нан  нда  мен
=========================== ==== ==== ==== ==== ==== ====

(front: ы→і, а→е, ғ→г, қ→к; мен/бен/пен do not harmonise.)
*Acronyms* (all capitals, or ``acronym``): hyphen + ending. With a vowel letter
the acronym is read as a word: harmony and class from its letters (НАТО-ның,
ҰҚШҰ-ға, АҚШ-тың, АҚШ-қа, ІІМ-нің). Without vowel letters it is read letter by
letter and takes back endings as after a vowel (ТМД-ның, ТМД-ға, ҚР-ның), which
is the prevailing written usage. *Possessive* last word (``poss``; guessed for
-ұлы/-қызы and for multiword non-person names ending in -ы/-і): pronominal-n row.
A name ending in a quote takes hyphen + ending after the closing quote, read
from its last word («Қазақтелеком»-ның, «Нұр Отан»-ға; ``indecl`` to keep it
fixed). Latin-script words: harmony from the last vowel letter (a o u back,
e i y front, silent final -e dropped: Chevron-ға, Eni-ге), class from the last
letter (m n → м н, l r w → sonorant, z → з, other consonants voiceless,
final digit → as a vowel); the glossary's ``front``/``back`` still win.

``kazakh_surface_forms`` adds: locative + -ғы/-гі (Алматыдағы, Жаңаөзендегі,
АҚШ-тағы, Шымкенттегі: after -да/-та the suffix is always -ғы/-гі, never
-қы/-кі) and that + -дай/-дей, "as in" (Сириядағыдай), plural -лар/-лер (vowels, р й у и ю), -дар/-дер
(л м н ң з ж), -тар/-тер (voiceless) + all cases (Назарбаевтардың), 3rd-person
possessive -сы/-сі (after vowels) / -ы/-і (+ к қ п voiced: Қазағы) + all cases
(Алматысының), plural + possessive (Назарбаевтарының), each with the
locative-attributive form.

Known limits: fleeting vowels (Орёл → Орла), stress-dependent endings and
stressed foreign -а (Дюма) need ``CASE=FORM`` or ``indecl``; -ин surnames list both -ым and -ом in
the instrumental (Путиным is right, Путином is not); a single-word person in -ина/-ова is taken as a
feminine surname (Марина → Мариной); double surnames decline only the last part.
"""

from __future__ import annotations

from collections.abc import Mapping

from .kazakh import kazakh_paradigm, kazakh_surface_forms
from .russian import russian_paradigm, russian_surface_forms
from .spec import EMPTY_SPEC, KK_CASES, RU_CASES, DeclensionSpec, check_spec, parse_spec


def all_forms(paradigm: Mapping[str, tuple[str, ...]]) -> set[str]:
    """Every form of a paradigm, as a set."""
    return {form for forms in paradigm.values() for form in forms}


__all__ = [
    "EMPTY_SPEC",
    "KK_CASES",
    "RU_CASES",
    "DeclensionSpec",
    "all_forms",
    "check_spec",
    "kazakh_paradigm",
    "kazakh_surface_forms",
    "parse_spec",
    "russian_paradigm",
    "russian_surface_forms",
]
