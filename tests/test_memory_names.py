"""Name-aware matches: the stored translation with the name replaced in the same case."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import REPO
from workbench.checks import checker_for_path
from workbench.glossary.model import Referent
from workbench.memory import Match, StoredUnit, suggest
from workbench.memory.adapt import adapt
from workbench.memory.names import NameTools
from workbench.memory.sqlite import SQLiteMemory


@pytest.fixture(scope="module")
def tools() -> NameTools:
    return NameTools(checker_for_path(REPO / "glossary.tsv"))


def fuzzy(source: str, target: str) -> Match:
    return Match(80.0, source, target, "test.po")


@pytest.mark.parametrize(("stored", "target", "query", "language", "expected", "case"), [
    # the examples: indeclinable Актобе is accusative after на + "to"; Kazakh shows the dative
    ("Protests spread to Aktobe.", "Протесты распространились на Актобе.", "Protests spread to Kyzylorda.", "ru",
     "Протесты распространились на Кызылорду.", "acc"),
    ("Protests spread to Aktobe.", "Наразылық Ақтөбеге тарады.", "Protests spread to Kyzylorda.", "kk",
     "Наразылық Қызылордаға тарады.", "dat"),
    # в + "in": locative; "of" with no preposition: genitive
    ("Protests in Aktobe grew.", "Протесты в Актобе усилились.", "Protests in Kyzylorda grew.", "ru",
     "Протесты в Кызылорде усилились.", "loc"),
    ("The workers of Aktobe struck.", "Рабочие Актобе бастовали.", "The workers of Kyzylorda struck.", "ru",
     "Рабочие Кызылорды бастовали.", "gen"),
    # the preposition follows the new name's first sound: об Актобе → о Кызылорде
    ("A report on Aktobe.", "Сообщение об Актобе.", "A report on Kyzylorda.", "ru", "Сообщение о Кызылорде.", "loc"),
    ("A report on Kyzylorda.", "Сообщение о Кызылорде.", "A report on Aktobe.", "ru", "Сообщение об Актобе.", "loc"),
    # a declinable name keeps the case its form shows
    ("They met Tokayev.", "Они встретились с Токаевым.", "They met Nazarbayev.", "ru",
     "Они встретились с Назарбаевым.", "ins"),
    # the preposition governs the whole list: в Алматы, Актау и Жанаозен → … и Кызылорду
    ("Troops were brought to Almaty, Aktau and Zhanaozen.", "Войска были введены в Алматы, Актау и Жанаозен.",
     "Troops were brought to Almaty, Aktau and Kyzylorda.", "ru",
     "Войска были введены в Алматы, Актау и Кызылорду.", "acc"),
    ("Troops were brought to Almaty, Aktau and Zhanaozen.", "Алматыға, Ақтауға және Жаңаөзенге әскер енгізілді.",
     "Troops were brought to Almaty, Aktau and Kyzylorda.", "kk",
     "Алматыға, Ақтауға және Қызылордаға әскер енгізілді.", "dat"),
    # the Kazakh locative made an attribute ("workers in Aktau", Ақтаудағы жұмысшылар) is the new name's
    # locative + -ғы/-гі, in its own harmony (Ақтаудағы → Жаңаөзендегі, Жаңаөзендегі → Атыраудағы)
    ("Workers in Aktau demanded lower gas prices.", "Ақтаудағы жұмысшылар газ бағасын төмендетуді талап етті.",
     "Workers in Zhanaozen demanded lower gas prices.", "kk",
     "Жаңаөзендегі жұмысшылар газ бағасын төмендетуді талап етті.", "attr"),
    ("Workers in Zhanaozen went on strike.", "Жаңаөзендегі жұмысшылар ереуілге шықты.",
     "Workers in Atyrau went on strike.", "kk", "Атыраудағы жұмысшылар ереуілге шықты.", "attr"),
])
def test_name_replaced_in_the_same_case(tools: NameTools, stored: str, target: str, query: str, language: str,
                                        expected: str, case: str) -> None:
    match = adapt(fuzzy(stored, target), query, language, tools)
    assert match is not None
    assert match.target == expected
    assert match.score == 99.0 and match.fuzzy_score == 80.0 and match.stored_target == target
    assert [r.case for r in match.replacements if r.kind == "name"] == [case]


@pytest.mark.parametrize(("stored", "target", "query", "language", "expected"), [
    ("Tengizchevroil cut jobs.", "«Тенгизшевройл» сократил рабочие места.", "KazMunayGas cut jobs.", "ru",
     "«КазМунайГаз» сократил рабочие места."),
    # declined inside its quotes as in running text, with quotes or without: the new name is declined too
    ("Workers of Tengizchevroil went on strike.", "Рабочие «Тенгизшевройла» вышли на забастовку.",
     "Workers of KazMunayGas went on strike.", "ru", "Рабочие «КазМунайГаза» вышли на забастовку."),
    ("Workers of Tengizchevroil went on strike.", "Рабочие Тенгизшевройла вышли на забастовку.",
     "Workers of KazMunayGas went on strike.", "ru", "Рабочие «КазМунайГаза» вышли на забастовку."),
    ("They struck at Tengizchevroil.", "Они бастовали на «Тенгизшевройле».", "They struck at KazMunayGas.", "ru",
     "Они бастовали на «КазМунайГазе»."),
    # after a generic word the quoted name stays as it is
    ("Workers of Tengizchevroil went on strike.", "Рабочие компании «Тенгизшевройл» вышли на забастовку.",
     "Workers of KazMunayGas went on strike.", "ru", "Рабочие компании «КазМунайГаз» вышли на забастовку."),
    ("Workers at Tengizchevroil went on strike.", "«Теңізшевройлдағы» жұмысшылар ереуілге шықты.",
     "Workers at KazMunayGas went on strike.", "kk", "«ҚазМұнайГаздағы» жұмысшылар ереуілге шықты."),
])
def test_quoted_company_keeps_one_pair_of_quotes(tools: NameTools, stored: str, target: str, query: str,
                                                 language: str, expected: str) -> None:
    """The new form comes with its own quotes, which replace the old name's («Тенгизшевройл» →
    «КазМунайГаз», never ««КазМунайГаз»»)."""
    match = adapt(fuzzy(stored, target), query, language, tools)
    assert match is not None
    assert match.target == expected


@pytest.mark.parametrize(("stored", "target", "query", "expected"), [
    # Курманова is genitive or accusative: after the verb whose object the English makes it, accusative
    ("The police detained Kurmanov.", "Полиция задержала Курманова.", "The police detained Tuletaeva.",
     "Полиция задержала Тулетаеву."),
    ("Workers supported Kurmanov.", "Рабочие поддержали Курманова.", "Workers supported Tuletaeva.",
     "Рабочие поддержали Тулетаеву."),
    # … the owner's genitive stays one ("'s", "of", or a noun before it)
    ("Nazarbayev's nephew was detained.", "Племянник Назарбаева был задержан.", "Tuletaeva's nephew was detained.",
     "Племянник Тулетаевой был задержан."),
    ("The Tokayev government resigned.", "Правительство Токаева ушло в отставку.",
     "The Tuletaeva government resigned.", "Правительство Тулетаевой ушло в отставку."),
    # indeclinable Алматы is every case: a verb's object, a noun's genitive, a generic noun's apposition
    ("Troops left Almaty on 13 January.", "Войска покинули Алматы 13 января.", "Troops left Kyzylorda on 13 January.",
     "Войска покинули Кызылорду 13 января."),
    ("Workers in Aktau went on strike.", "Рабочие Актау вышли на забастовку.", "Workers in Kyzylorda went on strike.",
     "Рабочие Кызылорды вышли на забастовку."),
    ("Protests began in the city of Aktau.", "Протесты начались в городе Актау.",
     "Protests began in the city of Kyzylorda.", "Протесты начались в городе Кызылорда."),
    ("Almaty was quiet.", "Алматы была спокойна.", "Kyzylorda was quiet.", "Кызылорда была спокойна."),
    # where the first guess is wrong, the name checks put it right (взяли: its object, not a subject)
    ("Rebels took Almaty within hours.", "Повстанцы взяли Алматы за считаные часы.",
     "Rebels took Kyzylorda within hours.", "Повстанцы взяли Кызылорду за считаные часы."),
])
def test_case_the_old_form_leaves_open(tools: NameTools, stored: str, target: str, query: str, expected: str) -> None:
    match = adapt(fuzzy(stored, target), query, "ru", tools)
    assert match is not None
    assert match.target == expected


@pytest.mark.parametrize(("stored", "target", "query", "language", "expected"), [
    # the English gave the old name as many words as the translation did: the new English says how many
    ("Tokayev met Putin.", "Тоқаев Путинмен кездесті.", "Nazarbayev met Xi Jinping.", "kk",
     "Назарбаев Си Цзиньпинмен кездесті."),
    ("The police detained Kurmanov.", "Полиция задержала Курманова.", "The police detained Roza Tuletaeva.", "ru",
     "Полиция задержала Розу Тулетаеву."),
    # … and where it did not, the translation's count stays (a surname alone for a full English name)
    ("Kassym-Jomart Tokayev met Putin.", "Токаев встретился с Путиным.", "Nursultan Nazarbayev met Putin.", "ru",
     "Назарбаев встретился с Путиным."),
])
def test_new_name_takes_as_many_words_as_its_english(tools: NameTools, stored: str, target: str, query: str,
                                                     language: str, expected: str) -> None:
    match = adapt(fuzzy(stored, target), query, language, tools)
    assert match is not None
    assert match.target == expected


def test_plural_or_possessive_chain_is_not_adapted(tools: NameTools) -> None:
    """A Kazakh plural or possessive chain (Ақтаулықтар, Алматысы) has no form of the new name the
    memory could stand behind: no name-aware match, rather than a wrong one."""
    assert tools.target_names("Назарбаевтар кетті.", "kk") == []


def test_numbers_carried_over_as_written(tools: NameTools) -> None:
    match = adapt(fuzzy("Tokayev met 8,000 workers in 2022.", "Токаев встретился с 8\u00a0000 рабочих в 2022 году."),
                  "Nazarbayev met 12,500 workers in 2021.", "ru", tools)
    assert match is not None
    assert match.target == "Назарбаев встретился с 12\u00a0500 рабочих в 2021 году."
    assert match.score == 97.0 and [r.kind for r in match.replacements] == ["name", "number", "number"]


@pytest.mark.parametrize(("stored", "target", "query"), [
    ("Protests spread to Aktobe.", "Протесты распространились на Актобе.", "Protests quickly spread to Kyzylorda."),
    ("Protests spread to Aktobe.", "Протесты распространились на запад.", "Protests spread to Kyzylorda."),
    ("Prices rose by 12 percent.", "Цены выросли на двенадцать процентов.", "Prices rose by 15 percent."),
    ("Protests spread to Aktobe.", "Протесты распространились на Актобе.", "Protests spread to Aktobe."),
])
def test_not_adapted_when_it_cannot_be_done_safely(tools: NameTools, stored: str, target: str, query: str) -> None:
    """Another word differs, the old name or number is not in the translation, or nothing differs."""
    assert adapt(fuzzy(stored, target), query, "ru", tools) is None


def test_suggest_offers_the_adapted_match_first(tools: NameTools, tmp_path: Path) -> None:
    memory = SQLiteMemory(tmp_path / "m.sqlite")
    when = "2026-01-01T00:00:00Z"
    memory.add([StoredUnit("Protests spread to Aktobe.", "Протесты распространились на Актобе.", "en", "ru", "a.po",
                           "confirm", when, when, "A", "A"),
                StoredUnit("Protests spread to the west.", "Протесты распространились на запад.", "en", "ru", "a.po",
                           "confirm", when, when, "A", "A")])
    found = suggest(memory, "Protests spread to Kyzylorda.", "ru", tools=tools)
    assert found[0].target == "Протесты распространились на Кызылорду." and found[0].adapted
    assert not found[1].adapted and found[1].score < 99
    plain = suggest(memory, "Protests spread to Kyzylorda.", "ru", tools=None)
    assert all(not m.adapted for m in plain)
    memory.close()


def _english_spellings() -> list[str]:
    import csv

    rows = [line for line in (REPO / "glossary.tsv").read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    spellings = []
    for row in csv.DictReader(rows, delimiter="\t"):
        for column in ("en", "en_admitted", "en_deprecated"):
            spellings += [s.strip() for s in (row.get(column) or "").split(";") if s.strip()]
    return spellings


SPELLINGS = _english_spellings()
FILLER = "the strike of workers in on spread to protests began and police said a report about oil city region".split()


@settings(max_examples=200, deadline=None)
@given(template=st.lists(st.one_of(st.sampled_from(FILLER), st.just("{name}"), st.just("{number}")),
                         min_size=1, max_size=14),
       names=st.lists(st.sampled_from(SPELLINGS), min_size=28, max_size=28),
       numbers=st.lists(st.integers(0, 10**7).map(lambda n: f"{n:,}"), min_size=28, max_size=28))
def test_plain_words_never_turn_away_a_sentence_that_differs_by_names_and_numbers(
        tools: NameTools, template: list[str], names: list[str], numbers: list[str]) -> None:
    """The cheap test in front of a name-aware match is only ever a necessary condition."""
    def fill(offset: int) -> str:
        out, n = [], offset
        for word in template:
            n += 1
            out.append(names[n % 28] if word == "{name}" else numbers[n % 28] if word == "{number}" else word)
        return " ".join(out) + "."

    assert tools.plain_words(fill(0)) == tools.plain_words(fill(7))



_REFERENTS = [r for r in checker_for_path(REPO / "glossary.tsv").referents if r.en and r.ru and r.kk]
_TEMPLATES = [
    ("Protests spread to {}.", "ru", "Протесты распространились на {}.", "acc"),
    ("Protests spread to {}.", "kk", "Наразылық {} тарады.", "dat"),
    ("The police detained {}.", "ru", "Полиция задержала {}.", "acc"),
    ("Workers in {} went on strike.", "ru", "Рабочие {} вышли на забастовку.", "gen"),
    ("Workers in {} went on strike.", "kk", "{} жұмысшылар ереуілге шықты.", "attr"),
    ("They met {} in 2021.", "ru", "Они встретились с {} в 2021 году.", "ins"),
    ("They met {} in 2021.", "kk", "Олар 2021 жылы {} кездесті.", "ins"),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_REFERENTS), st.sampled_from(_REFERENTS), st.sampled_from(_TEMPLATES))
def test_any_two_names_adapt_to_a_sentence_with_its_quotes_paired(tools: NameTools, old: Referent, new: Referent,
                                                                  template: tuple[str, str, str, str]) -> None:
    """Whatever the two referents (quoted companies, names with a head noun, names with quotes inside), the
    adapted translation keeps its «» in pairs — the old name's quotes go with it — and names the new referent."""
    english, language, target, case = template
    form = tools.form(list(tools.checker.ids).index(old.id), language, case)
    if old is new or not form:
        return
    stored = target.format(form)
    match = adapt(fuzzy(english.format(old.en), stored), english.format(new.en), language, tools)
    assert match is not None, stored
    assert match.target.count("«") == match.target.count("»"), (stored, match.target)
    unquoted = match.target.replace("«", "").replace("»", "")
    assert any(tools.referent_id(n.ref) == new.id for text in (match.target, unquoted)
               for n in tools.target_names(text, language)), (stored, match.target)
