"""The QA check families one by one: each finds its class of mistake, proposes the fix where
one is obvious (and the fix removes the finding), and stays silent on correct ru/kk text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from workbench.checks import CHECKS, Finding
from workbench.checks.qa import (
    FAMILY_OF,
    QA_CHECKS,
    Context,
    apply_fix,
    check_pair,
    check_target_segment,
)
from workbench.project import Style

NBSP = "\u00a0"
NAMES = Context(latin_names=("MR Online", "Facebook", "KPMG", "RISE"))


def ids(source: str, target: str, lang: str = "ru", **kw) -> set[str]:
    return {h.check for h in check_pair(source, target, lang, context=kw.pop("context", NAMES), **kw)
            if CHECKS[h.check].severity != "info"}


def fix(source: str, target: str, check: str, lang: str = "ru", **kw) -> str | None:
    hits = [h for h in check_pair(source, target, lang, context=NAMES, **kw) if h.check == check]
    assert hits, f"{check} not reported for {target!r}"
    return hits[0].suggestion


def test_every_qa_id_is_registered_with_a_family() -> None:
    for check in QA_CHECKS:
        assert CHECKS[check].scope == "target"
        assert FAMILY_OF[check] in ("number", "date", "url", "quotes", "markup", "untranslated", "typography",
                                    "script", "length")


# -- numbers ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, target", [
    ("ru", f"Более 8{NBSP}000 человек задержаны."),
    ("ru", "Более 8000 человек задержаны."),
    ("ru", "Более восьми тысяч человек задержаны."),
    ("kk", f"8{NBSP}000-нан астам адам ұсталды."),
    ("kk", "Сегіз мыңнан астам адам ұсталды."),
])
def test_a_number_in_any_convention_is_the_same_number(lang: str, target: str) -> None:
    assert not ids("More than 8,000 people were detained.", target, lang)


@pytest.mark.parametrize("source, target", [
    ("Inflation reached 8.4 percent.", f"Инфляция достигла 8,4{NBSP}%."),
    ("The company posted a profit of $1.2 billion.", "Прибыль компании составила 1,2 млрд долларов."),
    ("Wages: 300,000–500,000 tenge a month.", "Зарплаты — 300–500 тыс. тенге в месяц."),
    ("Second picket: 15 January, 1 pm.", "Второй пикет: 15 января, 13:00."),
    ("In 2011–12 they were on strike.", "В 2011–2012 годах они бастовали."),
    ("In the 20th century.", "В XX веке."),
    ("1 in 3 households cannot pay.", "Каждое третье домохозяйство не может платить."),
    ("He served for three decades.", "Он прослужил тридцать лет."),
    ("Thirty-four workers were convicted.", "Осуждены тридцать четыре рабочих."),
])
def test_equivalent_renderings_of_numbers(source: str, target: str) -> None:
    assert not ids(source, target)


def test_a_changed_number_is_an_error_with_the_fix() -> None:
    source = "Over 160 protesters have been killed."
    target = "Убиты более 106 протестующих."
    assert "number-missing" in ids(source, target)
    assert fix(source, target, "number-missing") == "Убиты более 160 протестующих."


def test_a_grouped_number_fix_follows_the_style() -> None:
    source = "The strike committee says 15,000 people joined."
    assert fix(source, "По данным стачкома, присоединились 1 500 человек.", "number-missing") == \
        f"По данным стачкома, присоединились 15{NBSP}000 человек."


def test_spelled_out_number_changed() -> None:
    assert "number-missing" in ids("Twenty-three activists were detained.", "Задержали тридцать два активиста.")
    assert "number-missing" in ids("Twenty-three activists were detained.", "Отыз екі белсенді ұсталды.", "kk")


def test_lost_percent_sign() -> None:
    source = "American companies have a 75% stake."
    assert fix(source, "Американским компаниям принадлежит доля в 75.", "number-missing") == \
        "Американским компаниям принадлежит доля в 75%."
    assert not ids(source, "Америкалық компаниялардың үлесі 75 пайыз.", "kk")


def test_decimal_point_and_range_hyphen_and_grouping_comma() -> None:
    assert fix("It covers 2.7 million km².", "Площадь — 2.7 миллиона км².", "number-decimal-separator") == \
        "Площадь — 2,7 миллиона км²."
    assert fix("Profits grew in 2021-2022.", "Прибыль выросла в 2021-2022 годах.", "number-range-dash") == \
        "Прибыль выросла в 2021–2022 годах."
    assert fix("3,000 troops were sent.", "Введены 3,000 военнослужащих.", "number-grouping") == \
        f"Введены 3{NBSP}000 военнослужащих."


def test_number_style_settings() -> None:
    plain = Style(four_digits="plain", percent="space")
    assert fix("8,000 were detained.", f"Задержаны 8{NBSP}000.", "number-grouping", style=plain) == "Задержаны 8000."
    assert fix("Up 50%.", "Рост на 50%.", "number-percent", style=plain) == f"Рост на 50{NBSP}%."
    assert not ids("8,000 were detained.", "Задержаны 8000.")          # the default accepts both
    assert not ids("8,000 were detained.", f"Задержаны 8{NBSP}000.")


def test_ordinary_space_in_a_number_is_typography() -> None:
    source = "Over 8,000 were arrested."
    assert fix(source, "Арестованы более 8 000 человек.", "typo-nbsp") == f"Арестованы более 8{NBSP}000 человек."


# -- dates -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang, source, target", [
    ("ru", "6 January 2022", "6 января 2022 года"),
    ("ru", "On the night of 4 to 5 January, the akimat was stormed.", "В ночь с 4 на 5 января акимат взяли штурмом."),
    ("ru", "The trial lasted from March to June 2012.", "Процесс длился с марта по июнь 2012 года."),
    ("ru", "Two articles from the May 2012 issue.", "Две статьи из майского номера за 2012 год."),
    ("kk", "6 January 2022", "2022 жылғы 6 қаңтар"),
    ("kk", "The massacre happened on December 16.", "Қырғын желтоқсанның 16-сында болды."),
    ("kk", "From 5 to 10 January.", "5 қаңтардан 10 қаңтарға дейін."),
    ("kk", "Paul Murphy posted on Facebook, Jan 7:", "Пол Мерфи 7 қаңтарда Facebook-та жазды:"),
])
def test_dates_carried_over(lang: str, source: str, target: str) -> None:
    assert not ids(source, target, lang)


def test_wrong_month_day_and_year() -> None:
    assert fix("6 January 2022", "6 февраля 2022 года", "date-month") == "6 января 2022 года"
    assert fix("6 January 2022", "2022 жылғы 6 ақпан", "date-month", "kk") == "2022 жылғы 6 қаңтар"
    assert fix("As early as 3 January", "Уже 13 января", "date-day") == "Уже 3 января"
    assert fix("10 Jan 2022", "10 января 2021 года", "date-year") == "10 января 2022 года"
    assert "date-month" in ids("Workers walked out on 4 January 2022.", "4 January 2022 рабочие ушли.")


def test_may_the_verb_is_not_a_month() -> None:
    assert not ids("May the struggle go on!", "Пусть борьба продолжается!")


# -- URLs ------------------------------------------------------------------------------------------
def test_urls_addresses_handles_hashtags_files() -> None:
    cases = [
        ("See https://rise.ie/kazakhstan-solidarity now.", "Смотрите https://rise.ie/kazakhstan-solidarnost.",
         "Смотрите https://rise.ie/kazakhstan-solidarity."),
        ("Write to info@kazworkers.org.", "Пишите на info@kazworkers.", "Пишите на info@kazworkers.org."),
        ("Our channel @kz_strike_news posts hourly.", "Наш канал @kz_strikes_news.", "Наш канал @kz_strike_news."),
        ("Use #Zhanaozen2022.", "Используйте #Жанаозен2022.", "Используйте #Zhanaozen2022."),
        ("The file (statement_final.docx) is attached.", "Файл (statement_final.doc) приложен.",
         "Файл (statement_final.docx) приложен."),
        ("Altleft.org website editorial office,", "Редакция сайта Альтлефт.орг,", "Редакция сайта Altleft.org,"),
    ]
    for source, target, fixed in cases:
        assert fix(source, target, "url-changed") == fixed, target
    assert "url-missing" in ids("Contact press@rise.ie for interviews.", "По вопросам интервью — в пресс-службу.")
    assert not ids("See http://www.communistvoice.org/47cJanaozen.html for more.",
                   "Подробнее: http://www.communistvoice.org/47cJanaozen.html.")


# -- quotes ----------------------------------------------------------------------------------------
def test_quote_style_fixes() -> None:
    assert fix("He said “enough”.", 'Он сказал "хватит".', "quote-style") == "Он сказал «хватит»."
    assert fix("He said “enough”.", "Он сказал “хватит”.", "quote-style") == "Он сказал «хватит»."
    assert fix("They wrote ‘order’.", "Они написали ‘порядок’.", "quote-style") == "Они написали «порядок»."
    assert fix("He said “order”.", "Он говорил о «порядке\".", "quote-style") == "Он говорил о «порядке»."
    assert fix("He wrote: “They call us ‘agitators’.”", "Он написал: «Нас называют «агитаторами»».",
               "quote-style") == "Он написал: «Нас называют „агитаторами“»."


def test_unbalanced_quotes_and_brackets() -> None:
    assert "quote-unbalanced" in ids("Into the hands of “democratic” politicians.", "В руки «демократических политиков.")
    assert "quote-unbalanced" in ids("The committee (set up on 3 January) meets.", "Комитет (созданный 3 января собирается.")
    assert fix("In his words, “the regime fears its workers.”", "По его словам, «режим боится рабочих»».",
               "quote-unbalanced") == "По его словам, «режим боится рабочих»."


def test_a_quotation_spanning_segments_is_not_an_error() -> None:
    assert not ids("The statement read: “We are not terrorists.", "В заявлении говорилось: «Мы не террористы.")
    assert not ids("We demand what is ours.”", "Мы требуем своего».")
    assert not ids("“The so-called ‘dialogue’ is a farce.", "«Так называемый „диалог“ — это фарс.")


# -- markup ----------------------------------------------------------------------------------------
def test_markup_fixes() -> None:
    assert fix("*Down with the dictatorship*", "Долой диктатуру", "markup-emphasis") == "*Долой диктатуру*"
    assert fix("**Stop it!**", "*Прекратите!*", "markup-emphasis") == "**Прекратите!**"
    assert fix("**Demands:** freedom.", "Требования: свобода.", "markup-emphasis") == "**Требования:** свобода."
    assert fix("Putin is **100%** behind him.", "Путин на 100% за него.", "markup-emphasis") == \
        "Путин на **100%** за него."
    assert fix("Sign the [statement](https://rise.ie/k).", "Подпишите [заявление] (https://rise.ie/k).",
               "markup-link") == "Подпишите [заявление](https://rise.ie/k)."
    assert fix("Via the [fund](https://f.kz) now.", "Через (фонд)[https://f.kz].", "markup-link") == \
        "Через [фонд](https://f.kz)."
    assert fix("The file is `leaflet.pdf`.", "Файл — leaflet.pdf.", "markup-code") == "Файл — `leaflet.pdf`."
    assert fix("Donate: **\\$5** feeds a family.", "Помогите: **$5** накормят семью.", "markup-escape") == \
        "Помогите: **\\$5** накормят семью."
    assert fix("2022\\. The year it rose.", "2022. Год восстания.", "markup-escape") == "2022\\. Год восстания."


def test_markup_silences() -> None:
    assert not ids("Investments totalled \\$20 billion.", "Инвестиции составили 20 млрд долларов.")
    assert not ids("Read the *full* statement [here](https://rise.ie/k).",
                   "Прочитайте *полный* текст [здесь](https://rise.ie/k).")
    assert not ids("The channel @kz_strike_news and the file steve_eason.jpg.",
                   "Канал @kz_strike_news и файл steve_eason.jpg.")
    hits = check_pair("The Council of Aksakals [Elders] met.", "Совет аксакалов собрался.", "ru")
    assert [h.check for h in hits if h.check.startswith("markup")] == ["markup-gloss-dropped"]
    assert CHECKS["markup-gloss-dropped"].severity == "info"


# -- untranslated ----------------------------------------------------------------------------------
def test_english_left_in_the_target() -> None:
    assert "untranslated-words" in ids("Now they issue statements.", "Теперь они выпускают statements.")
    assert "untranslated-words" in ids("Update: they were released.", "Update: их освободили.")
    assert "untranslated-words" in ids("Subscribe to our newsletter.", "Newsletter-імізге жазылыңыз.", "kk")
    assert "untranslated-identical" in ids("Free all political prisoners!", "Free all political prisoners!", "kk")


def test_glossary_names_acronyms_and_names_are_not_english_left() -> None:
    assert not ids("KPMG estimates that 162 people own 55% of it.", "По оценке KPMG, 162 человека владеют 55%.")
    assert not ids("Paul Murphy of RISE posted on Facebook.", "RISE ұйымынан Пол Мерфи Facebook-та жазды.", "kk")
    assert not ids("MR Online published a piece.", "MR Online опубликовал материал.")
    assert not ids("From the Fourth International/International Viewpoint site.",
                   "С сайта Четвёртого интернационала / International Viewpoint.")
    assert not ids("RISE", "RISE")


# -- typography ------------------------------------------------------------------------------------
@pytest.mark.parametrize("target, check, fixed", [
    ("Мы требуем :", "typo-space-before-punctuation", "Мы требуем:"),
    ("Кто отдал приказ ?", "typo-space-before-punctuation", "Кто отдал приказ?"),
    ("Они стреляли  по людям.", "typo-double-space", "Они стреляли по людям."),
    ("Порядок восстановлен,но надолго ли?", "typo-space-after-punctuation", "Порядок восстановлен, но надолго ли?"),
    ("Мы не забудем.Мы не простим.", "typo-space-after-punctuation", "Мы не забудем. Мы не простим."),
    ("Подождите... войска там.", "typo-ellipsis", "Подождите… войска там."),
    ("Наш долг - искать связи.", "typo-dash", "Наш долг — искать связи."),
    ("Бұл -- режимнің айласы.", "typo-dash", "Бұл — режимнің айласы."),
])
def test_typography(target: str, check: str, fixed: str) -> None:
    assert fix("Any source.", target, check) == fixed


@pytest.mark.parametrize("lang, source, target", [
    ("ru", "Oil, gas, copper, etc. are all exported.", "Нефть, газ, медь и т. д. — всё идёт на экспорт."),
    ("kk", "Oil, gas, coal, etc. are exported.", "Мұнай, газ, көмір т.б. экспортталады."),
    ("ru", "And then… silence.", "А потом… тишина."),
    ("ru", "Production was cut by 30-40%.", "Добыча сократилась на 30–40%."),
    ("kk", "“We will return…” – the last words.", "«Біз ораламыз…» — мәлімдеменің соңғы сөздері."),
])
def test_typography_silences(lang: str, source: str, target: str) -> None:
    assert not ids(source, target, lang)


@pytest.mark.parametrize("target", [
    "Токаев вы\u00adступил.", "Тока\u200bев выступил.", "\ufeffТокаев выступил.", "Токаев \u202eвыступил.",
])
def test_invisible_characters_are_reported_and_removed(target: str) -> None:
    assert fix("Tokayev spoke.", target, "typo-invisible") == "Токаев выступил."


def test_invisible_characters_the_source_has_are_kept() -> None:
    assert "typo-invisible" not in ids("Tokayev spo\u00adke.", "Токаев вы\u00adступил.")


def test_nbsp_before_dash_per_style() -> None:
    assert fix("It is ours.", "Это — наше.", "typo-nbsp", style=Style(dash_nbsp=True)) == f"Это{NBSP}— наше."
    assert "typo-nbsp" not in ids("It is ours.", "Это — наше.")


# -- script ----------------------------------------------------------------------------------------
def test_latin_look_alikes_and_roman_numerals() -> None:
    assert fix("The strike.", "Зaбастовка.", "script-mixed") == "Забастовка."
    assert fix("Immediately!", "Hемедленно!", "script-mixed") == "Немедленно!"
    assert fix("Chevron", "Chеvron", "script-mixed") == "Chevron"
    assert fix("In the 20th century.", "В ХХ веке.", "script-roman-numeral") == "В XX веке."
    assert not ids("In the 20th century.", "В XX веке.")
    assert fix("Kazakhstan", "Қазахстан", "script-kazakh-letter") == "Казахстан"


def test_kazakh_words_typed_with_russian_letters(kazakh_lexicon) -> None:
    context = Context(lexicon=kazakh_lexicon)
    cases = {"Алматы каласында 100 адам өлтірілген.": "Алматы қаласында 100 адам өлтірілген.",
             "Бірақ онын экономикасы мұнайға сүйенеді.": "Бірақ оның экономикасы мұнайға сүйенеді.",
             "Мунайшылар әділдік талап етеді.": "Мұнайшылар әділдік талап етеді.",
             "Қозғалыс болініп отыр.": "Қозғалыс бөлініп отыр."}
    for target, fixed in cases.items():
        hits = [h for h in check_pair("Any source 100.", target, "kk", context=context)
                if h.check == "script-russian-letter"]
        assert hits and hits[0].suggestion == fixed, target
    for correct in ("Маңғыстау облысын жалпы ереуіл қамтыды.", "Ол бостандығынан айырылды.",
                    "Билікті қолдайтынын мәлімдеді.", "Режим оларды «террористер» деп атайды."):
        assert not [h for h in check_pair("Any source.", correct, "kk", context=context)
                    if h.check == "script-russian-letter"], correct


# -- length ----------------------------------------------------------------------------------------
def test_length_and_sentence_count_are_info() -> None:
    hits = check_pair("A long sentence of the source that says a great many things about the strike.", "Да.", "ru")
    assert {h.check for h in hits} >= {"length-ratio"}
    assert all(CHECKS[h.check].severity == "info" for h in hits if h.check in ("length-ratio", "sentence-count"))


# -- findings and fixes ----------------------------------------------------------------------------
def test_findings_carry_whole_text_fixes_that_apply_exactly() -> None:
    target = "Уже несколько дней продолжаются массовые протесты ."
    findings = check_target_segment("seeds/a.txt", 3, "Mass protests have gone on for days.", target, "ru",
                                    catalogue="locale/ru/LC_MESSAGES/a.po")
    (finding,) = [f for f in findings if f.check == "typo-space-before-punctuation"]
    assert isinstance(finding, Finding) and finding.severity == "warning" and finding.line == 3
    assert finding.offending == target and finding.target == target
    assert apply_fix(finding, target) == "Уже несколько дней продолжаются массовые протесты."
    # the old rule "replace offending by suggestion" gives the same text
    assert target.replace(finding.offending, finding.suggestion or "", 1) == apply_fix(finding, target)
    assert apply_fix(finding, target + " Ещё.") is None         # stale: the text changed since


def test_empty_target_has_no_findings() -> None:
    assert check_pair("Something.", "", "ru") == []
    assert check_pair("Something.", "   ", "kk") == []


def test_family_selection() -> None:
    hits = check_pair("Over 8,000 were arrested...", "Арестованы 8 000 человек...", "ru", families=["typography"])
    assert {h.check for h in hits} == {"typo-nbsp", "typo-ellipsis"}


# -- any text --------------------------------------------------------------------------------------
_ALPHABET = ("abcdeoxyzABCDEHKMOPTXабвгдежзийклмнопрстуфхцчшщъыьэюяАВЕКМНОРСТХәіңғүұқөһ0123456789"
             " .,;:!?…-–—%$\\*_`[]()«»„“”‘’\"'@#/=\u00a0")


@settings(max_examples=300, deadline=None)
@given(source=st.text(_ALPHABET, max_size=80), target=st.text(_ALPHABET, max_size=80),
       lang=st.sampled_from(["ru", "kk"]))
@example(source="0,0", target="0,0", lang="ru")     # one text, two readings: no fix that changes nothing
def test_any_text_gives_registered_findings_and_fixes_that_apply(source: str, target: str, lang: str) -> None:
    for hit in check_pair(source, target, lang):
        assert hit.check in QA_CHECKS
        if hit.suggestion is not None:
            assert hit.suggestion != target
            check_pair(source, hit.suggestion, lang)        # a fixed text is checked like any other


def test_dictionary_search_path_and_status(tmp_path, monkeypatch) -> None:
    from workbench.checks.qa import lexicon

    monkeypatch.setattr(lexicon, "SEARCH_PATH", ())
    monkeypatch.setenv("WORKBENCH_HUNSPELL_PATH", str(tmp_path))
    assert lexicon.find_dictionary() is None
    assert "hunspell-kk" in lexicon.lexicon_status()
    (tmp_path / "kk_KZ.dic").write_text("1\nқала\n", encoding="utf-8")
    (tmp_path / "kk_KZ.aff").write_text("SET UTF-8\n", encoding="utf-8")
    assert lexicon.find_dictionary() == tmp_path / "kk_KZ"
    small = lexicon.HunspellLexicon(tmp_path / "kk_KZ")
    assert small.known("қала") and not small.known("кала")
    assert small.correction("кала") == "қала" and small.correction("Кала") == "Қала"


# -- classes found on the second development half (tests/data/qa/dev, ids *-b*) -----------------

def test_block_markers_of_the_source_kept() -> None:
    """A heading, list item or block quote of the source starts the target the same way."""
    assert fix("## Down with the dictatorship!", "Долой диктатуру!", "markup-block") == "## Долой диктатуру!"
    assert fix("- Withdraw the troops now", "Немедленно вывести войска", "markup-block") == \
        "- Немедленно вывести войска"
    assert fix("> Quoted", "# Цитата", "markup-block") == "> Цитата"
    for source, target in [("- item", "* пункт"), ("1. First", "1) Первое"), ("## Down", "## Долой"),
                           ("Down with it", "Долой")]:
        assert "markup-block" not in ids(source, target)


def test_a_list_bullet_is_not_a_dash() -> None:
    assert "typo-dash" not in ids("- Release all detained protesters", "- Освободить всех задержанных")
    assert "typo-dash" not in ids("* Release all", "- Освободить всех")
    assert "typo-dash" in ids("Go!", "- Иди!")      # a dialogue line: the dash is an em dash


def test_a_number_after_a_latin_word_is_a_version() -> None:
    assert "number-decimal-separator" not in ids("Photos (CC BY-NC 2.0).", "Фото (CC BY-NC 2.0).")
    assert "number-decimal-separator" not in ids("Python 3.11 is out.", "Вышел Python 3.11.", "kk")
    assert "number-decimal-separator" in ids("It grew 3.5 times.", "Рост в 3.5 раза.")


def test_a_date_written_in_digits_is_the_date() -> None:
    assert not ids("Date of the massacre: 16 December 2011.", "Дата расстрела: 16.12.2011.")
    assert "date-month" in ids("Date of the massacre: 16 December 2011.", "Дата расстрела: 17.12.2011.")


def test_dotted_abbreviations_end_no_sentence() -> None:
    assert not ids("Write to P.O. Box 13261, Detroit, MI 48213.", "Пишите: P.O. Box 13261, Detroit, MI 48213.")
    assert "untranslated-words" in ids("Update: strike fund", "Update: забастовочный фонд")


def test_an_english_quotation_kept_as_english() -> None:
    """Kept when the translation says it quotes English; otherwise untranslated text."""
    source = "The poster read “Kazakhstan a great place to visit”."
    assert "untranslated-words" not in ids(source, "На плакате по-английски: «Kazakhstan a great place to visit».")
    assert "untranslated-words" not in ids(
        source, "Плакатта ағылшын тілінде «Kazakhstan a great place to visit» деп жазылған.", "kk")
    assert "untranslated-words" in ids("They blamed “outside agitators”.", "Олар «outside agitators» кінәлады.",
                                       "kk")


def test_inner_quotes_without_outer_ones() -> None:
    assert fix("This time they said “Enough!”", "Бұл жолы олар „Жетер!“ деді.", "quote-style", "kk") == \
        "Бұл жолы олар «Жетер!» деді."
    # inside a longer quotation (the source closes one it did not open) single marks are inner: „…“
    assert "quote-style" not in ids("They said ‘no’ to him,” he added.", "Олар оған „жоқ“ деді», — деп қосты ол.",
                                    "kk")
    # alone, British single quotes are the outer ones: «…»
    assert fix("The regime promises 'stability'.", "Режим обещает „стабильность“.", "quote-style") == \
        "Режим обещает «стабильность»."
    assert fix("The poster read: “Workers, unite!”", "На плакате: 'Рабочие, соединяйтесь!'", "quote-style") == \
        "На плакате: «Рабочие, соединяйтесь!»"
    assert "quote-style" not in ids("He said “they shouted ‘Go!’ loudly”.", "Ол «олар „Кет!“ деп айқайлады» деді.",
                                    "kk")


def test_an_unpaired_asterisk_inside_a_word_is_a_letter() -> None:
    assert "markup-emphasis" not in ids("Reproduced from Anti*Capitalist Resistance.",
                                        "«Антикапиталистік қарсылық» сайтынан алынды.", "kk")
    assert fix("**Place:** Trafalgar Square", "** Место:** Трафальгарская площадь", "markup-emphasis") == \
        "**Место:** Трафальгарская площадь"



# -- classes found on the third development corpus (tests/data/qa/dev3) -------------------------

def test_times_with_am_pm_noon_and_midnight() -> None:
    assert not ids("Meeting point: 6.30pm at Charing Cross.", "Место встречи: Чаринг-Кросс, 18:30.")
    assert not ids("4 Jan, 11.40 pm: clashes.", "4 января, 23:40: столкновения.")
    assert not ids("Saturday 15 January, 2–4 pm.", "Суббота, 15 января, 14:00–16:00.")
    assert not ids("Open from 9 a.m. to midnight.", "Открыто с 9:00 до 24:00.")
    assert not ids("The picket starts at noon.", "Пикет начнётся в 12:00.")
    assert fix("The meeting is at 6.30pm.", "Встреча в 17:30.", "number-missing") == "Встреча в 18:30."


def test_years_magnitudes_and_idioms() -> None:
    assert not ids("The strikes of 2011-12 and of '22.", "Забастовки 2011–2012 и 2022 годов.")
    assert not ids("Hotline: +7 727 355 01 27 (24/7).", "Горячая линия: +7 (727) 355-01-27 (круглосуточно).")
    assert not ids("Fines of up to 1.5 million tenge.", "Штрафы до полутора миллионов тенге.")
    assert not ids("Fines of up to 1.5 million tenge.", "Бір жарым миллион теңгеге дейін айыппұл.", "kk")
    assert "number-missing" in ids("They invested $2.5 billion.", "Они вложили 2,5 млн долларов.")
    assert not ids("### 3.2 Casualty figures", "### 3.2. Данные о жертвах")


def test_markdown_images_links_and_headings() -> None:
    image = "![Rally in Almaty](img/almaty-rally.jpg)"
    assert not ids(image, "![Митинг в Алматы](img/almaty-rally.jpg)")
    assert fix(image, "[Митинг в Алматы](img/almaty-rally.jpg)", "markup-link") == \
        "![Митинг в Алматы](img/almaty-rally.jpg)"
    assert "url-changed" in ids("See [the report](notes/report.md).", "См. [доклад](notes/doklad.md).")
    assert fix("## Demands", "# Талаптар", "markup-block", "kk") == "## Талаптар"
    # italics for a title become quotation marks
    assert not ids("The film *Zhanaozen 2011* is shown.", "Показывают фильм «Жанаозен-2011».")
    assert "markup-emphasis" in ids("This is *not* a 'terrorist' uprising.", "Бұл — «террористік» көтеріліс емес.",
                                    "kk")


def test_names_and_quotations_kept_in_their_script() -> None:
    assert not ids("Human Rights Watch called for an inquiry.", "Human Rights Watch призвала к расследованию.")
    assert not ids("The name, Qandy Qantar, means “Bloody January”.",
                   "Название — «Қанды қаңтар», что означает «Кровавый январь».")
    assert not ids("“Kazakstan: the land of opportunity” read the poster.",
                   "На плакате: «Kazakstan: the land of opportunity» («Казахстан — страна возможностей»).")
    assert "script-mixed" in ids("The CSTO sent troops.", "ҰҚШҰ əскер жіберді.", "kk")     # Latin schwa


def test_days_and_quoted_months() -> None:
    assert not ids("Protests began on 2 January and reached Almaty on the 4th.",
                   "Наразылықтар 2 қаңтарда басталып, 4 қаңтарда Алматыға жетті.", "kk")
    assert not ids("Date: 16 December 2011.", "Дата: 16.12.2011.")
    assert not ids("The hashtag (“January Tragedy”) trended.", "Хештег танымал болды.", "kk")
    assert "date-month" in ids("Protests began in January.", "Наразылықтар ақпанда басталды.", "kk")
