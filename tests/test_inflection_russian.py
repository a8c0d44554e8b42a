"""Russian paradigms of proper names and the declension-cell parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.inflection import (
    DeclensionSpec,
    all_forms,
    check_spec,
    parse_spec,
    russian_paradigm,
    russian_surface_forms,
)
from workbench.inflection.russian import looks_adjective

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


def first(form: str, kind: str, cell: str = "") -> list[str]:
    """The usual form of every case, nom gen dat acc ins loc."""
    p = russian_paradigm(form, kind, parse_spec(cell, "ru"))
    assert tuple(p) == CASES
    return [p[c][0] for c in CASES]


FULL = [
    ("Касым-Жомарт Токаев", "person", "",
     "Касым-Жомарт Токаев|Касым-Жомарта Токаева|Касым-Жомарту Токаеву|Касым-Жомарта Токаева|Касым-Жомартом Токаевым|Касым-Жомарте Токаеве"),
    ("Токаев", "person", "", "Токаев|Токаева|Токаеву|Токаева|Токаевым|Токаеве"),
    ("Нурсултан Назарбаев", "person", "",
     "Нурсултан Назарбаев|Нурсултана Назарбаева|Нурсултану Назарбаеву|Нурсултана Назарбаева|Нурсултаном Назарбаевым|Нурсултане Назарбаеве"),
    ("Назарбаева", "person", "f", "Назарбаева|Назарбаевой|Назарбаевой|Назарбаеву|Назарбаевой|Назарбаевой"),
    ("Назарбаева", "person", "", "Назарбаева|Назарбаевой|Назарбаевой|Назарбаеву|Назарбаевой|Назарбаевой"),
    ("Айнур Курманов", "person", "",
     "Айнур Курманов|Айнура Курманова|Айнуру Курманову|Айнура Курманова|Айнуром Курмановым|Айнуре Курманове"),
    ("Айнур", "person", "f", "Айнур|Айнур|Айнур|Айнур|Айнур|Айнур"),
    ("Айнур Курманова", "person", "f",
     "Айнур Курманова|Айнур Курмановой|Айнур Курмановой|Айнур Курманову|Айнур Курмановой|Айнур Курмановой"),
    ("Владимир Путин", "person", "",
     "Владимир Путин|Владимира Путина|Владимиру Путину|Владимира Путина|Владимиром Путиным|Владимире Путине"),
    ("Иосиф Сталин", "person", "",
     "Иосиф Сталин|Иосифа Сталина|Иосифу Сталину|Иосифа Сталина|Иосифом Сталиным|Иосифе Сталине"),
    ("Иосиф Виссарионович Сталин", "person", "",
     "Иосиф Виссарионович Сталин|Иосифа Виссарионовича Сталина|Иосифу Виссарионовичу Сталину|"
     "Иосифа Виссарионовича Сталина|Иосифом Виссарионовичем Сталиным|Иосифе Виссарионовиче Сталине"),
    ("Джозеф Грин", "person", "",
     "Джозеф Грин|Джозефа Грина|Джозефу Грину|Джозефа Грина|Джозефом Грином|Джозефе Грине"),
    ("Пол Мёрфи", "person", "", "Пол Мёрфи|Пола Мёрфи|Полу Мёрфи|Пола Мёрфи|Полом Мёрфи|Поле Мёрфи"),
    ("Анна Ахматова", "person", "",
     "Анна Ахматова|Анны Ахматовой|Анне Ахматовой|Анну Ахматову|Анной Ахматовой|Анне Ахматовой"),
    ("Мария Каменская", "person", "",
     "Мария Каменская|Марии Каменской|Марии Каменской|Марию Каменскую|Марией Каменской|Марии Каменской"),
    ("Максим Горький", "person", "",
     "Максим Горький|Максима Горького|Максиму Горькому|Максима Горького|Максимом Горьким|Максиме Горьком"),
    ("Михаил Чайковский", "person", "",
     "Михаил Чайковский|Михаила Чайковского|Михаилу Чайковскому|Михаила Чайковского|Михаилом Чайковским|Михаиле Чайковском"),
    ("Алексей Толстой", "person", "",
     "Алексей Толстой|Алексея Толстого|Алексею Толстому|Алексея Толстого|Алексеем Толстым|Алексее Толстом"),
    ("Георгий Донской", "person", "",
     "Георгий Донской|Георгия Донского|Георгию Донскому|Георгия Донского|Георгием Донским|Георгии Донском"),
    ("Игорь Шевченко", "person", "",
     "Игорь Шевченко|Игоря Шевченко|Игорю Шевченко|Игоря Шевченко|Игорем Шевченко|Игоре Шевченко"),
    ("Никита Хрущёв", "person", "",
     "Никита Хрущёв|Никиты Хрущёва|Никите Хрущёву|Никиту Хрущёва|Никитой Хрущёвым|Никите Хрущёве"),
    ("Ильхам Гейдар оглы Алиев", "person", "",
     "Ильхам Гейдар оглы Алиев|Ильхама Гейдар оглы Алиева|Ильхаму Гейдар оглы Алиеву|Ильхама Гейдар оглы Алиева|"
     "Ильхамом Гейдар оглы Алиевым|Ильхаме Гейдар оглы Алиеве"),
    ("Жанаозен", "place", "", "Жанаозен|Жанаозена|Жанаозену|Жанаозен|Жанаозеном|Жанаозене"),
    ("Казахстан", "place", "", "Казахстан|Казахстана|Казахстану|Казахстан|Казахстаном|Казахстане"),
    ("Алматы", "place", "indecl", "Алматы|Алматы|Алматы|Алматы|Алматы|Алматы"),
    ("Алматы", "place", "", "Алматы|Алматы|Алматы|Алматы|Алматы|Алматы"),
    ("Мангистау", "place", "", "Мангистау|Мангистау|Мангистау|Мангистау|Мангистау|Мангистау"),
    ("Атырау", "place", "", "Атырау|Атырау|Атырау|Атырау|Атырау|Атырау"),
    ("Токио", "place", "", "Токио|Токио|Токио|Токио|Токио|Токио"),
    ("Россия", "place", "", "Россия|России|России|Россию|Россией|России"),
    ("Ирландия", "place", "", "Ирландия|Ирландии|Ирландии|Ирландию|Ирландией|Ирландии"),
    ("Москва", "place", "", "Москва|Москвы|Москве|Москву|Москвой|Москве"),
    ("Аляска", "place", "", "Аляска|Аляски|Аляске|Аляску|Аляской|Аляске"),
    ("Алма-Ата", "place", "", "Алма-Ата|Алма-Аты|Алма-Ате|Алма-Ату|Алма-Атой|Алма-Ате"),
    ("Китай", "place", "", "Китай|Китая|Китаю|Китай|Китаем|Китае"),
    ("Тверь", "place", "", "Тверь|Твери|Твери|Тверь|Тверью|Твери"),
    ("Саратов", "place", "", "Саратов|Саратова|Саратову|Саратов|Саратовом|Саратове"),
    ("Южная Корея", "place", "",
     "Южная Корея|Южной Кореи|Южной Корее|Южную Корею|Южной Кореей|Южной Корее"),
    ("Республика Казахстан", "place", "",
     "Республика Казахстан|Республики Казахстан|Республике Казахстан|Республику Казахстан|Республикой Казахстан|Республике Казахстан"),
    ("Штаты", "place", "pl", "Штаты|Штатов|Штатам|Штаты|Штатами|Штатах"),
    ("Соединённые Штаты Америки", "place", "",
     "Соединённые Штаты Америки|Соединённых Штатов Америки|Соединённым Штатам Америки|"
     "Соединённые Штаты Америки|Соединёнными Штатами Америки|Соединённых Штатах Америки"),
    ("Социалистическое движение Казахстана", "organisation", "",
     "Социалистическое движение Казахстана|Социалистического движения Казахстана|"
     "Социалистическому движению Казахстана|Социалистическое движение Казахстана|"
     "Социалистическим движением Казахстана|Социалистическом движении Казахстана"),
    ("Российское социалистическое движение", "organisation", "",
     "Российское социалистическое движение|Российского социалистического движения|"
     "Российскому социалистическому движению|Российское социалистическое движение|"
     "Российским социалистическим движением|Российском социалистическом движении"),
    ("Коммунистическая партия Советского Союза", "organisation", "",
     "Коммунистическая партия Советского Союза|Коммунистической партии Советского Союза|"
     "Коммунистической партии Советского Союза|Коммунистическую партию Советского Союза|"
     "Коммунистической партией Советского Союза|Коммунистической партии Советского Союза"),
    ("Европейский союз", "organisation", "",
     "Европейский союз|Европейского союза|Европейскому союзу|Европейский союз|Европейским союзом|Европейском союзе"),
    ("Общество Красного Креста", "organisation", "",
     "Общество Красного Креста|Общества Красного Креста|Обществу Красного Креста|"
     "Общество Красного Креста|Обществом Красного Креста|Обществе Красного Креста"),
    # a place named by a common neuter noun declines it (a foreign place in -о alone does not: Осло)
    ("Соединённое Королевство", "place", "",
     "Соединённое Королевство|Соединённого Королевства|Соединённому Королевству|"
     "Соединённое Королевство|Соединённым Королевством|Соединённом Королевстве"),
    ("Осло", "place", "", "Осло|Осло|Осло|Осло|Осло|Осло"),
    # the plural of a neuter in -ие after a plural adjective declines as a plural (события → событиями)
    ("Жанаозенские события", "other", "",
     "Жанаозенские события|Жанаозенских событий|Жанаозенским событиям|Жанаозенские события|"
     "Жанаозенскими событиями|Жанаозенских событиях"),
    ("компания «Озенмунайгаз»", "organisation", "",
     "компания «Озенмунайгаз»|компании «Озенмунайгаз»|компании «Озенмунайгаз»|"
     "компанию «Озенмунайгаз»|компанией «Озенмунайгаз»|компании «Озенмунайгаз»"),
    ("движение «Трудовая Россия»", "organisation", "",
     "движение «Трудовая Россия»|движения «Трудовая Россия»|движению «Трудовая Россия»|"
     "движение «Трудовая Россия»|движением «Трудовая Россия»|движении «Трудовая Россия»"),
    ("«Реформа и революция»", "organisation", "words=decl fix decl",
     "«Реформа и революция»|«Реформы и революции»|«Реформе и революции»|«Реформу и революцию»|"
     "«Реформой и революцией»|«Реформе и революции»"),
    ("ОДКБ", "organisation", "", "ОДКБ|ОДКБ|ОДКБ|ОДКБ|ОДКБ|ОДКБ"),
    ("ОДКБ", "organisation", "indecl; acronym", "ОДКБ|ОДКБ|ОДКБ|ОДКБ|ОДКБ|ОДКБ"),
    ("НАТО", "organisation", "", "НАТО|НАТО|НАТО|НАТО|НАТО|НАТО"),
    ("США", "place", "", "США|США|США|США|США|США"),
    ("ЕС", "organisation", "indecl", "ЕС|ЕС|ЕС|ЕС|ЕС|ЕС"),
    ("«Озенмунайгаз»", "organisation", "", "«Озенмунайгаз»|«Озенмунайгаз»|«Озенмунайгаз»|«Озенмунайгаз»|«Озенмунайгаз»|«Озенмунайгаз»"),
]


@pytest.mark.parametrize("form,kind,cell,expected", FULL, ids=[f"{f}/{c}" for f, _, c, _ in FULL])
def test_full_paradigm(form, kind, cell, expected):
    assert first(form, kind, cell) == expected.split("|")


def test_alternatives_after_hushing_and_soft_sign():
    p = russian_paradigm("Ярославль", "place", parse_spec(""))
    assert p["ins"] == ("Ярославлем", "Ярославлём")
    p = russian_paradigm("Ницца", "place", parse_spec(""))
    assert p["gen"] == ("Ниццы",) and set(p["ins"]) == {"Ниццей", "Ниццой"}
    p = russian_paradigm("Ташкентская", "place", parse_spec("words=adj"))
    assert p["gen"] == ("Ташкентской",) and p["acc"] == ("Ташкентскую",)
    p = russian_paradigm("Кремль", "place", parse_spec(""))
    assert p["gen"] == ("Кремля",)
    p = russian_paradigm("Илья", "person", parse_spec(""))
    assert p["gen"] == ("Ильи",) and p["ins"] == ("Ильей", "Ильёй")
    p = russian_paradigm("Корея", "place", parse_spec(""))
    assert p["ins"] == ("Кореей",)


@pytest.mark.parametrize("word,gen,ins", [
    ("Верхний", "Верхнего", "Верхним"), ("Великий", "Великого", "Великим"),
    ("Красный", "Красного", "Красным"), ("Свежий", "Свежего", "Свежим"),
    ("Синяя", "Синей", "Синей"), ("Новое", "Нового", "Новым"), ("Среднее", "Среднего", "Средним"),
    ("Новые", "Новых", "Новыми"), ("Великие", "Великих", "Великими"), ("Большое", "Большого", "Большим"),
])
def test_adjective_declension(word, gen, ins):
    p = russian_paradigm(word, "place", parse_spec("words=adj"))
    assert p["gen"][0] == gen and p["ins"][0] == ins


def test_adjective_guess():
    assert looks_adjective("Социалистическое") and looks_adjective("Европейский")
    assert looks_adjective("Верхние") and looks_adjective("Великие")
    assert not looks_adjective("движение") and not looks_adjective("соглашение")
    assert not looks_adjective("Василий") and not looks_adjective("НАТО")


def test_words_override_and_overrides():
    # words=: everything declines in an apposition written with decl decl
    p = russian_paradigm("город Алматы", "place", parse_spec("words=decl fix"))
    assert p["gen"] == ("города Алматы",)
    p = russian_paradigm("Социалистическое движение Казахстана", "organisation",
                         parse_spec("words=adj decl fix"))
    assert p["dat"] == ("Социалистическому движению Казахстана",)
    # fleeting vowel via CASE=FORM
    spec = parse_spec("gen=Орла; dat=Орлу; ins=Орлом; loc=Орле; nom=Орёл|Орел", "ru")
    p = russian_paradigm("Орёл", "place", spec)
    assert p["gen"] == ("Орла",) and p["nom"] == ("Орёл", "Орел") and p["acc"] == ("Орёл",)
    # admitted forms: overrides ignored, mismatching words= guessed
    spec = parse_spec("words=decl decl; gen=Касым-Жомарта Токаева", "ru")
    p = russian_paradigm("Токаев", "person", spec, preferred=False)
    assert p["gen"] == ("Токаева",)
    with pytest.raises(ValueError, match="words="):
        russian_paradigm("Токаев", "person", spec)
    with pytest.raises(ValueError, match="adjective ending"):
        russian_paradigm("Казахстан", "place", parse_spec("words=adj"))
    with pytest.raises(ValueError):
        russian_paradigm("   ", "place", parse_spec(""))


def test_in_surnames_are_russian_unless_tagged_foreign():
    # Путином is the wrong inflection of a Russian -ин surname; a foreign one is a noun (Дарвином)
    assert russian_paradigm("Владимир Путин", "person", parse_spec(""))["ins"] == ("Владимиром Путиным",)
    assert russian_paradigm("Си Цзиньпин", "person", parse_spec(""))["gen"] == ("Си Цзиньпина",)
    assert russian_paradigm("Пит Фёрмин", "person", parse_spec("foreign"))["ins"] == ("Питом Фёрмином",)
    assert russian_paradigm("Дарвин", "person", parse_spec("foreign"))["ins"] == ("Дарвином",)
    assert russian_paradigm("Токаев", "person", parse_spec(""))["ins"] == ("Токаевым",)
    assert russian_paradigm("Путин", "person", parse_spec("ins=Путиным"))["ins"] == ("Путиным",)
    assert "Фёрмины" not in russian_surface_forms("Фёрмин", "person", parse_spec("foreign"))


def test_quoted_names_decline_inside_the_quotes_in_running_text():
    spec = parse_spec("")
    fixed = russian_paradigm("«Левый блок»", "organisation", spec)
    assert set(all_forms(fixed)) == {"«Левый блок»"}          # after a generic word: движения «Левый блок»
    declined = russian_paradigm("«Левый блок»", "organisation", spec, decline_quoted=True)
    assert declined["gen"] == ("«Левого блока»",) and declined["ins"] == ("«Левым блоком»",)
    assert russian_paradigm("«Реформа и революция»", "organisation", spec, decline_quoted=True)["acc"] == (
        "«Реформу и революцию»",)                            # coordinated nouns both decline
    assert russian_paradigm("«Голос рабочих Детройта и Сиэтла»", "organisation", spec,
                            decline_quoted=True)["gen"] == ("«Голоса рабочих Детройта и Сиэтла»",)
    assert russian_paradigm("«КазМунайГаз»", "other", spec, decline_quoted=True)["loc"] == ("«КазМунайГазе»",)
    assert russian_paradigm("«Казахмыс»", "other", parse_spec("indecl"), decline_quoted=True)["gen"] == (
        "«Казахмыс»",)
    surface = russian_surface_forms("«Тенгизшевройл»", "other", spec)
    assert {"«Тенгизшевройл»", "«Тенгизшевройла»", "«Тенгизшевройле»"} <= surface
    # a quote after a generic word inside the name stays: движения «Трудовая Россия»
    assert russian_paradigm("движение «Трудовая Россия»", "organisation", spec, decline_quoted=True)["gen"] == (
        "движения «Трудовая Россия»",)


def test_latin_words_do_not_decline():
    assert set(all_forms(russian_paradigm("Facebook", "other", parse_spec("")))) == {"Facebook"}
    assert russian_paradigm("Workers Power", "organisation", parse_spec(""))["gen"] == ("Workers Power",)


def test_a_form_group_declines_one_form_of_the_row():
    spec = parse_spec("indecl; Алма-Ата:", "ru")
    assert set(all_forms(russian_paradigm("Алматы", "place", spec))) == {"Алматы"}
    assert russian_paradigm("Алма-Ата", "place", spec, preferred=False)["gen"] == ("Алма-Аты",)
    spec = parse_spec("indecl; pl; Соединённые Штаты: pl", "ru")
    assert russian_paradigm("Соединённые Штаты", "place", spec, preferred=False)["dat"] == ("Соединённым Штатам",)
    assert set(all_forms(russian_paradigm("США", "place", spec))) == {"США"}
    spec = parse_spec("indecl; Фейсбук: m, gen=Фейсбука", "ru")
    assert russian_paradigm("Фейсбук", "other", spec, preferred=False)["gen"] == ("Фейсбука",)
    assert russian_surface_forms("Фейсбук", "other", spec, preferred=False) >= {"Фейсбуком", "Фейсбуке"}


def test_acronym_tag_and_gender():
    assert set(all_forms(russian_paradigm("МИД", "organisation", parse_spec("acronym")))) == {"МИД"}
    p = russian_paradigm("Любовь", "person", parse_spec("f"))
    assert p["gen"] == ("Любови",)  # fleeting vowel not handled: the real form Любви needs gen=
    p = russian_paradigm("Кэтрин Грин", "person", parse_spec("f"))
    assert set(all_forms(p)) == {"Кэтрин Грин"}


def test_all_forms_and_surface():
    p = russian_paradigm("Нурсултан Назарбаев", "person", parse_spec(""))
    forms = all_forms(p)
    assert "Нурсултаном Назарбаевым" in forms and len(forms) == 5
    s = russian_surface_forms("Нурсултан Назарбаев", "person", parse_spec(""))
    assert forms <= s
    assert {"Назарбаевы", "Назарбаевых", "Назарбаевым", "Назарбаевыми"} <= s
    s = russian_surface_forms("Назарбаева", "person", parse_spec("f"))
    assert {"Назарбаевой", "Назарбаевы", "Назарбаевых"} <= s
    s = russian_surface_forms("Михаил Чайковский", "person", parse_spec(""))
    assert {"Чайковские", "Чайковских"} <= s
    s = russian_surface_forms("Казахстан", "place", parse_spec(""))
    assert s == all_forms(russian_paradigm("Казахстан", "place", parse_spec("")))
    assert russian_surface_forms("Пол Мёрфи", "person", parse_spec("")) == {
        "Пол Мёрфи", "Пола Мёрфи", "Полу Мёрфи", "Полом Мёрфи", "Поле Мёрфи"}


def test_paradigm_result_is_not_shared():
    p = russian_paradigm("Казахстан", "place", parse_spec(""))
    p["gen"] = ("x",)
    assert russian_paradigm("Казахстан", "place", parse_spec(""))["gen"] == ("Казахстана",)


# --- parse_spec -----------------------------------------------------------

def test_parse_spec_items():
    assert parse_spec("") == DeclensionSpec() and parse_spec(None) == DeclensionSpec()
    s = parse_spec(" indecl ; acronym ;; ")
    assert s.indecl and s.acronym and s.gender is None
    s = parse_spec("f; words=decl ADJ fix; gen=Орла | Орлы; ins=Орлом")
    assert s.gender == "f" and s.words == ("decl", "adj", "fix")
    assert s.override_map == {"gen": ("Орла", "Орлы"), "ins": ("Орлом",)}
    assert parse_spec("pl").plural
    assert parse_spec("front", "kk").harmony == "front" and parse_spec("poss", "kk").possessive
    assert parse_spec("abl=Алматыдан", "kk").override_map == {"abl": ("Алматыдан",)}
    assert str(parse_spec("m; words=decl decl; gen=А|Б")) == "m; words=decl decl; gen=А|Б"
    assert hash(parse_spec("gen=X")) == hash(parse_spec("gen = X"))


@pytest.mark.parametrize("cell,message", [
    ("indeclinable", "unknown item 'indeclinable'"),
    ("decl", "did you mean words=decl"),
    ("gen", "write gen=FORM"),
    ("foo=bar", "unknown item 'foo=bar'"),
    ("words=", "words= needs one tag"),
    ("words=decl noun", "unknown word tag 'noun'"),
    ("words=decl; words=fix", "words= given twice"),
    ("gen=А; gen=Б", "gen= given twice"),
    ("gen=", "empty form"),
    ("gen=А||Б", "empty form"),
    ("m; f", "conflicting genders"),
    ("front; back", "contradict"),
    ("pl; f", "plural-only"),
    ("indecl; words=fix", "indecl"),
    ("indecl; gen=А", "indecl"),
    ("indecl; poss", "indecl"),
])
def test_parse_spec_errors(cell, message):
    with pytest.raises(ValueError, match=message):
        parse_spec(cell)


def test_parse_spec_language():
    with pytest.raises(ValueError, match="not a Russian case"):
        parse_spec("abl=Х", "ru")
    with pytest.raises(ValueError, match="Kazakh tag"):
        parse_spec("front", "ru")
    with pytest.raises(ValueError, match="Kazakh tag"):
        parse_spec("poss", "ru")
    with pytest.raises(ValueError, match="unknown language"):
        parse_spec("m", "de")
    assert parse_spec("abl=Х").override_map == {"abl": ("Х",)}


def test_form_groups_and_new_tags_in_spec():
    spec = parse_spec("indecl; Алма-Ата: m, gen=Алма-Аты; Фейсбук:", "ru")
    assert spec.indecl and spec.for_form("Алма-Ата") == parse_spec("m; gen=Алма-Аты", "ru")
    assert spec.for_form("Фейсбук") == DeclensionSpec() and spec.for_form("Алматы") is None
    assert parse_spec(str(spec), "ru") == spec
    assert parse_spec("foreign", "ru").foreign
    assert parse_spec("letters", "kk").reading == "letters" and parse_spec("word", "kk").reading == "word"
    for cell, message in (("Алма-Ата: x", "'Алма-Ата': unknown item 'x'"), (": m", "no form before"),
                          ("А: m; А: f", "given twice"), ("letters; word", "contradict"),
                          ("А: m, Б: f", "cannot hold another")):
        with pytest.raises(ValueError, match=message):
            parse_spec(cell)
    with pytest.raises(ValueError, match="Kazakh tag"):
        parse_spec("letters", "ru")
    with pytest.raises(ValueError, match="Russian tag"):
        parse_spec("foreign", "kk")
    check_spec(spec, "Алматы", ["Алматы", "Алма-Ата", "Фейсбук"])
    with pytest.raises(ValueError, match="no such form"):
        check_spec(spec, "Алматы", ["Алматы"])


def test_check_spec():
    check_spec(parse_spec("words=decl decl"), "Касым-Жомарт Токаев")
    check_spec(parse_spec(""), "Касым-Жомарт Токаев")
    with pytest.raises(ValueError, match="2 word"):
        check_spec(parse_spec("words=decl"), "Касым-Жомарт Токаев")





RU_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
WORDS = st.text(alphabet=RU_LETTERS, min_size=1, max_size=10).map(str.capitalize)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=3), st.sampled_from(["person", "place", "organisation", "other"]),
       st.sampled_from(["", "f", "m", "pl", "indecl"]))
def test_property_paradigm_shape(words, kind, cell):
    form = " ".join(words)
    p = russian_paradigm(form, kind, parse_spec(cell))  # guessing never raises
    assert tuple(p) == CASES and p["nom"] == (form,)
    for case in CASES:
        assert p[case], case
        for f in p[case]:
            assert len(f.split()) == len(words)
    assert all_forms(p) <= russian_surface_forms(form, kind, parse_spec(cell))


def test_an_organisation_of_people_tagged_anim_takes_the_genitive_for_the_accusative():
    spec = parse_spec("pl; anim", "ru")
    assert str(spec) == "pl; anim"
    assert russian_paradigm("Демократические социалисты Америки", "organisation", spec)["acc"] == \
        ("Демократических социалистов Америки",)
    with pytest.raises(ValueError, match="Russian tag"):
        parse_spec("anim", "kk")
