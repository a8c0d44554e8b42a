"""What the word before a Russian name says about the name's case.

- A **preposition** governs one or more cases: after «в» a name is in the locative or the
  accusative, never in the genitive («в Москвы»); after «с» never in the nominative
  («с Пол Мёрфи»). A name form none of whose cases the preposition governs is a wrong
  inflection.
- A **generic word** (компания, журнал, движение…) before a quoted name makes it an
  apposition that stays in the nominative: «компании «Тенгизшевройл»», never
  «компанией «Казахмысом»». Without one the quoted name declines («рабочие «Тенгизшевройла»»).

The generic words are the nouns that name a kind of organisation, company, publication or
place; their case forms come from the project's own Russian declension.
"""

from __future__ import annotations

from functools import lru_cache

from workbench.inflection import EMPTY_SPEC, russian_paradigm

from .matcher import fold

NOM, GEN, DAT, ACC, INS, LOC = (1 << i for i in range(6))

#: preposition → the cases it governs before a name (bit mask) and the case a fix uses when it
#: governs several. о/об also take the accusative, but not with a name: «о стену» (against) —
#: «о Казахстан» is a wrong case. (с + accusative is "about the size of": «размером с Западную
#: Европу».)
PREPOSITIONS: dict[str, tuple[int, str]] = {}
for _words, _mask, _default in (
    ("без для до из изо из-за из-под от ото у около вокруг после кроме среди против вместо возле мимо ради "
     "вдоль напротив позади насчёт насчет вне внутри посреди сверх", GEN, "gen"),
    ("к ко благодаря вопреки согласно навстречу", DAT, "dat"),
    ("про через сквозь", ACC, "acc"),
    ("в во на", ACC | LOC, "loc"),
    ("о об обо", LOC, "loc"),
    ("при", LOC, "loc"),
    ("по", DAT | LOC | ACC, "dat"),
    ("с со", GEN | INS | ACC, "ins"),
    ("за под подо", ACC | INS, "ins"),
    ("над надо перед передо пред", INS, "ins"),
    ("между меж", INS | GEN, "ins"),
):
    for _word in _words.split():
        PREPOSITIONS[_word] = (_mask, _default)

_GENERIC_NOUNS = (
    "компания корпорация концерн фирма предприятие завод комбинат фабрика шахта рудник месторождение "
    "нефтепромысел промысел банк фонд холдинг трест консорциум группа группировка движение партия организация "
    "союз объединение ассоциация коалиция фракция блок платформа кампания инициатива комитет совет центр сеть "
    "журнал газета издание сайт портал канал телеканал радиостанция агентство рассылка бюллетень проект "
    "сообщество общество альянс лига федерация профсоюз клуб отделение секция"
).split()
_GENERIC_ACRONYMS = frozenset(("ао", "оао", "зао", "пао", "тоо", "ооо", "нао"))


#: Nouns that name a person's office or trade and stand before the name (apposition).
_TITLE_NOUNS = (
    "президент премьер премьер-министр министр депутат диктатор лидер председатель секретарь генсек журналист "
    "активист историк экономист политолог политэконом товарищ канцлер комиссар генерал посол губернатор аким "
    "мэр писатель автор фотограф профессор редактор советник руководитель царь король сенатор вице-президент "
    "экс-президент олигарх бизнесмен миллиардер правозащитник профсоюзник организатор оратор"
).split()

_CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


def _table(nouns: list[str], kind: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for noun in nouns:
        # capitalised, so that a person noun is not taken for a particle (фон, ибн)
        for case, forms in russian_paradigm(noun.capitalize(), kind, EMPTY_SPEC).items():
            for form in forms:
                key = fold(form)
                out[key] = out.get(key, 0) | (1 << _CASES.index(case))
    return out


@lru_cache(maxsize=1)
def generic_words() -> dict[str, int]:
    """Every case of every generic noun, folded → the cases it can be (bit mask)."""
    out = _table(_GENERIC_NOUNS, "other")
    for acronym in _GENERIC_ACRONYMS:
        out[acronym] = (1 << 6) - 1          # АО, ТОО: indeclinable
    return out


@lru_cache(maxsize=1)
def title_words() -> dict[str, int]:
    """Every case of every title noun (президент, диктатор…), folded → its cases (bit mask)."""
    return _table(_TITLE_NOUNS, "person")


#: Adjective endings and the cases they mark (singular; -ой is gen/dat/ins/loc feminine too).
ADJECTIVE_CASES: tuple[tuple[str, int], ...] = (
    ("ому", DAT), ("ему", DAT), ("ого", GEN | ACC), ("его", GEN | ACC), ("ым", INS), ("им", INS),
    ("ом", LOC), ("ем", LOC), ("ой", GEN | DAT | INS | LOC | NOM), ("ей", GEN | DAT | INS | LOC),
    ("ую", ACC), ("юю", ACC),
)


def adjective_cases(word: str) -> int:
    """The cases a lower-case adjective's ending marks (0: not a recognisable oblique ending)."""
    low = fold(word)
    if not low.isalpha() or len(low) < 5:
        return 0
    for ending, mask in ADJECTIVE_CASES:
        if low.endswith(ending):
            return mask
    return 0


def governed(word: str) -> tuple[int, str] | None:
    """(cases, default case) if *word* is a preposition, else None."""
    return PREPOSITIONS.get(fold(word))
