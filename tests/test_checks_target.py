"""Target checks: zero findings on correct Russian and Kazakh translations with inflected
names, and the right finding for every planted error.

The glossary is a fixed excerpt of the project's glossary.tsv (embedded below) so the
figures do not move when the termbase is edited; the same correct sentences are also
run against the live glossary.tsv.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.checks import CHECKS, NameChecker, checker_for, checker_for_path
from workbench.checks.findings import Finding
from workbench.checks.names.kazakh_context import clause_verb_case, objectless_participle
from workbench.glossary import load_glossary, parse_glossary
from workbench.inflection import parse_spec, russian_paradigm

REPO = Path(__file__).resolve().parent.parent

GLOSSARY_TSV = """\
id	type	en	en_admitted	en_deprecated	ru	ru_admitted	ru_wrong	ru_decl	kk	kk_admitted	kk_wrong	kk_decl
tokayev	person	Kassym-Jomart Tokayev	Tokayev; Tokaev; Kassym-Jomart Tokaev	Kosym-Zharmat Tokayev; Kosym-Zharmat	Касым-Жомарт Токаев	Токаев	Косым-Жармат Токаев; Кассым-Жомарт Токаев; Касым-Жомарт Токаяев; Токаяев		Қасым-Жомарт Тоқаев	Тоқаев	Касым-Жомарт Токаев; Токаев; Қасым-Жомарт Токаев	
nazarbayev	person	Nursultan Nazarbayev	Nazarbayev; Nazarbaev	Nazarabayev	Нурсултан Назарбаев	Назарбаев	Назарабаев; Нурсултан Назарабаев; Назарбайев		Нұрсұлтан Назарбаев	Назарбаев	Нурсултан Назарбаев; Назарабаев	
kurmanov	person	Ainur Kurmanov	Айнур Курманов; Ainur; Kurmanov		Айнур Курманов	Курманов; Айнур	Айнур Курмановой	m	Айнұр Құрманов	Құрманов; Айнұр	Айнур Курманов; Курманов	
paul-murphy	person	Paul Murphy			Пол Мёрфи	Мёрфи; Пол Мерфи; Мерфи			Пол Мерфи	Мерфи	Пол Мёрфи	
putin	person	Vladimir Putin	Putin		Владимир Путин	Путин			Владимир Путин	Путин		
xi-jinping	person	Xi Jinping	Xi		Си Цзиньпин	Си	Кси Цзиньпин; Си Цзинпин; Ши Цзиньпин	words=fix decl; ins=Си Цзиньпином	Си Цзиньпин	Си		
biden	person	Joe Biden	Biden		Джо Байден	Байден	Биден	words=fix decl	Джо Байден	Байден		
boris-johnson	person	Boris Johnson	Johnson		Борис Джонсон	Джонсон			Борис Джонсон	Джонсон		
tony-blair	person	Tony Blair	Blair		Тони Блэр	Блэр	Тони Блер	words=fix decl	Тони Блэр	Блэр		
stalin	person	Joseph Stalin	Stalin		Иосиф Сталин	Сталин			Иосиф Сталин	Сталин		
kazakhstan	place	Kazakhstan	Republic of Kazakhstan; Kazakh Republic	Kazakstan	Казахстан	Республика Казахстан	Казакстан; Казахия		Қазақстан	Қазақстан Республикасы	Казахстан	
russia	place	Russia	Russian Federation		Россия	Российская Федерация			Ресей	Ресей Федерациясы	Россия	
china	place	China	People's Republic of China		Китай	Китайская Народная Республика; КНР			Қытай	Қытай Халық Республикасы; ҚХР	Китай	
united-states	place	United States	US; USA; United States of America		США	Соединённые Штаты Америки; Соединённые Штаты; Соединенные Штаты Америки		indecl; pl	АҚШ	Америка Құрама Штаттары	США	acronym; word
mangystau-region	place	Mangystau Region	Mangystau; Mangystau province; Mangistau Region; Mangistau		Мангистауская область	Мангистау; Мангыстау; Мангыстауская область	Мангистауская провинция		Маңғыстау облысы	Маңғыстау	Мангистау; Мангыстау; Маңғыстау провинциясы	poss
zhanaozen	place	Zhanaozen	Janaozen		Жанаозен		Жанаозэн; Жаңаөзен; Джанаозен; Жана-Озен		Жаңаөзен		Жанаозен; Жаңаозен	
almaty	place	Almaty		Alma-Ata	Алматы	Алма-Ата	Алмата	indecl	Алматы		Алма-Ата	
aktau	place	Aktau			Актау			indecl	Ақтау		Актау	
shymkent	place	Shymkent		Chimkent	Шымкент		Чимкент		Шымкент			
taraz	place	Taraz			Тараз		Джамбул		Тараз			
aktobe	place	Aktobe		Aktyubinsk	Актобе		Актюбинск	indecl	Ақтөбе		Актобе; Актюбинск	
moscow	place	Moscow			Москва				Мәскеу		Москва	
csto	organisation	Collective Security Treaty Organization	Collective Security Treaty Organisation; CSTO	OKDB	Организация Договора о коллективной безопасности	ОДКБ	Организация договора коллективной безопасности; ОКДБ		Ұжымдық қауіпсіздік туралы шарт ұйымы	ҰҚШҰ	ОДКБ	poss
nato	organisation	NATO	North Atlantic Treaty Organization		НАТО	Организация Североатлантического договора		indecl	НАТО	Солтүстік Атлант шарты ұйымы		acronym
european-union	organisation	European Union	EU		Европейский союз	ЕС; Евросоюз			Еуропалық Одақ	ЕО	Европейский союз; Еуропа одағы	
security-council	organisation	Security Council	Security Council of Kazakhstan		Совет безопасности	Совет безопасности Республики Казахстан; Совбез			Қауіпсіздік кеңесі	Қазақстан Республикасының Қауіпсіздік кеңесі	Совет безопасности	poss
soviet-union	place	Soviet Union	USSR; Union of Soviet Socialist Republics		Советский Союз	СССР; Союз Советских Социалистических Республик			Кеңес Одағы	КСРО; Кеңестік Социалистік Республикалар Одағы	СССР	poss
socialist-movement-of-kazakhstan	organisation	Socialist Movement of Kazakhstan	Kazakh Socialist Movement		Социалистическое движение Казахстана	СДК	Казахское социалистическое движение		Қазақстан социалистік қозғалысы	Қазақстанның социалистік қозғалысы	Социалистическое движение Казахстана	poss
labor-russia	organisation	Labor Russia	Labour Russia		«Трудовая Россия»	движение «Трудовая Россия»	«Рабочая Россия»		«Трудовая Россия» қозғалысы	«Еңбекші Ресей» қозғалысы		poss
kazmunaygas	other	KazMunayGas	KazMunaiGas; KMG		«КазМунайГаз»	КМГ	«Казмунайгас»		«ҚазМұнайГаз»	ҚМГ	«КазМунайГаз»	
ozenmunaigas	other	Ozenmunaigas	OzenMunayGas	OzenMunaiGasi	«Озенмунайгаз»	АО «Озенмунайгаз»	«Озенмунайгази»		«Өзенмұнайгаз»		«Озенмунайгаз»	
facebook	other	Facebook			Facebook	Фейсбук		indecl	Facebook	Фейсбук		acronym; gen=Facebook-тың; dat=Facebook-қа; acc=Facebook-ты; abl=Facebook-тан; loc=Facebook-та; ins=Facebook-пен
zhanaozen-massacre	other	Zhanaozen massacre	Janaozen massacre		расстрел в Жанаозене	Жанаозенская трагедия; жанаозенский расстрел; Жанаозенские события	Жанаозэнская резня		Жаңаөзен қырғыны	Жаңаөзен оқиғасы; Жаңаөзен трагедиясы		poss
"""

# (English source, correct translation): every one must give ZERO findings.
CORRECT_RU = [
    ("Kassym-Jomart Tokayev declared a state of emergency.", "Касым-Жомарт Токаев объявил чрезвычайное положение."),
    ("Protesters demanded the resignation of Tokayev.", "Протестующие потребовали отставки Токаева."),
    ("The workers sent a letter to Kassym-Jomart Tokayev.", "Рабочие направили письмо Касым-Жомарту Токаеву."),
    ("Putin spoke with Kassym-Jomart Tokayev by phone.", "Путин поговорил по телефону с Касым-Жомартом Токаевым."),
    ("Putin spoke with Tokayev again.", "Путин снова говорил с Токаевым."),
    ("The uprising began in Zhanaozen.", "Восстание началось в Жанаозене."),
    ("Oil workers from Zhanaozen went on strike.", "Нефтяники из Жанаозена объявили забастовку."),
    ("The CSTO sent troops to Kazakhstan.", "ОДКБ направила войска в Казахстан."),
    ("Nazarbayev ruled Kazakhstan for three decades.", "Назарбаев правил Казахстаном три десятилетия."),
    ("The wealth of the Nazarbayevs is enormous.", "Богатство Назарбаевых огромно."),
    ("Nursultan Nazarbayev left the Security Council.", "Нурсултан Назарбаев покинул Совет безопасности."),
    ("Police opened fire in Almaty.", "Полиция открыла огонь в Алматы."),
    ("Troops arrived from Russia.", "Войска прибыли из России."),
    ("China supports the regime.", "Китай поддерживает режим."),
    ("Putin stands behind the dictator Nazarbayev.", "Путин стоит за диктатором Назарбаевым."),
    ("They met Ainur Kurmanov in Moscow.", "Они встретились с Айнуром Курмановым в Москве."),
    ("Paul Murphy posted on Facebook.", "Пол Мёрфи написал в Facebook."),
    ("Paul Murphy spoke in parliament.", "Пол Мерфи выступил в парламенте."),
    ("The strike spread across Mangystau Region.", "Забастовка охватила Мангистаускую область."),
    ("The Socialist Movement of Kazakhstan called for solidarity.",
     "Социалистическое движение Казахстана призвало к солидарности."),
    ("This is the Russian equivalent of NATO.", "Это российский аналог НАТО."),
    ("Xi Jinping congratulated Tokayev.", "Си Цзиньпин поздравил Токаева."),
    ("The regime thanked Xi Jinping.", "Режим поблагодарил Си Цзиньпина."),
    ("Workers in Aktau joined the strike.", "Рабочие в Актау присоединились к забастовке."),
    ("Protests spread to Shymkent and Taraz.", "Протесты распространились на Шымкент и Тараз."),
    ("Tokayev asked the CSTO for help.", "Токаев попросил помощи у ОДКБ."),
    ("The United States called for restraint.", "США призвали к сдержанности."),
    ("The United States of America imposed no sanctions.", "Соединенные Штаты Америки не ввели санкций."),
    ("The European Union expressed concern.", "Европейский союз выразил обеспокоенность."),
    ("Gas prices doubled in Mangystau.", "Цены на газ в Мангистау выросли вдвое."),
    ("Joe Biden said nothing about Kazakhstan.", "Джо Байден ничего не сказал о Казахстане."),
    ("Boris Johnson praised Nazarbayev.", "Борис Джонсон хвалил Назарбаева."),
    ("Tony Blair advised Nazarbayev.", "Тони Блэр консультировал Назарбаева."),
    ("The office of KazMunayGas was occupied.", "Офис компании «КазМунайГаз» был захвачен."),
    ("Workers of Ozenmunaigas went on strike.", "Рабочие компании «Озенмунайгаз» объявили забастовку."),
    ("Stalin deported whole peoples to Kazakhstan.", "Сталин депортировал целые народы в Казахстан."),
    ("The Zhanaozen massacre happened in 2011.", "Расстрел в Жанаозене произошёл в 2011 году."),
    ("Labor Russia supported Tokayev.", "«Трудовая Россия» поддержала Токаева."),
    ("Kazakhstani workers joined.", "Казахстанские рабочие присоединились."),
    ("After the fall of the Soviet Union, Nazarbayev kept power.",
     "После распада Советского Союза Назарбаев сохранил власть."),
    ("TOKAYEV SPEAKS", "ТОКАЕВ ВЫСТУПАЕТ"),
]

CORRECT_KK = [
    ("Kassym-Jomart Tokayev declared a state of emergency.", "Қасым-Жомарт Тоқаев төтенше жағдай жариялады."),
    ("Protesters demanded Tokayev's resignation.", "Наразылық білдірушілер Тоқаевтың отставкасын талап етті."),
    ("The workers wrote to Tokayev.", "Жұмысшылар Тоқаевқа хат жазды."),
    ("Putin spoke with Tokayev.", "Путин Тоқаевпен сөйлесті."),
    ("Xi Jinping congratulated Tokayev.", "Си Цзиньпин Тоқаевты құттықтады."),
    ("Kassym-Jomart Tokayev's decree", "Қасым-Жомарт Тоқаевтың жарлығы"),
    ("The uprising began in Zhanaozen.", "Көтеріліс Жаңаөзенде басталды."),
    ("Oil workers from Zhanaozen went on strike.", "Жаңаөзендегі мұнайшылар ереуілге шықты."),
    ("Police came to Zhanaozen.", "Полиция Жаңаөзенге келді."),
    ("The CSTO sent troops.", "ҰҚШҰ әскер жіберді."),
    ("CSTO troops came to Almaty.", "ҰҚШҰ-ның әскерлері Алматыға келді."),
    ("Tokayev asked the CSTO for help.", "Тоқаев ҰҚШҰ-дан көмек сұрады."),
    ("Nazarbayev ruled Kazakhstan for three decades.", "Назарбаев Қазақстанды отыз жыл басқарды."),
    ("The wealth of the Nazarbayevs is enormous.", "Назарбаевтардың байлығы орасан зор."),
    ("Police opened fire in Almaty.", "Полиция Алматыда оқ атты."),
    ("Events in Almaty shocked the world.", "Алматыдағы оқиғалар әлемді дүр сілкіндірді."),
    ("Troops arrived from Russia.", "Әскерлер Ресейден келді."),
    ("China supports the regime.", "Қытай режимді қолдайды."),
    ("They met Ainur Kurmanov in Moscow.", "Олар Мәскеуде Айнұр Құрмановпен кездесті."),
    ("Paul Murphy posted on Facebook.", "Пол Мерфи Facebook-та жазба жариялады."),
    ("The strike spread across Mangystau Region.", "Ереуіл Маңғыстау облысына тарады."),
    ("The Socialist Movement of Kazakhstan called for solidarity.",
     "Қазақстан социалистік қозғалысы ынтымақтастыққа шақырды."),
    ("This is the Russian equivalent of NATO.", "Бұл НАТО-ның ресейлік баламасы."),
    ("Workers in Aktau joined the strike.", "Ақтаудағы жұмысшылар ереуілге қосылды."),
    ("Protests spread to Shymkent and Taraz.", "Наразылықтар Шымкент пен Таразға тарады."),
    ("The United States called for restraint.", "АҚШ ұстамдылыққа шақырды."),
    ("The position of the United States is unclear.", "АҚШ-тың ұстанымы түсініксіз."),
    ("The European Union expressed concern.", "Еуропалық Одақ алаңдаушылық білдірді."),
    ("Joe Biden said nothing about Kazakhstan.", "Джо Байден Қазақстан туралы ештеңе айтпады."),
    ("Boris Johnson praised Nazarbayev.", "Борис Джонсон Назарбаевты мақтады."),
    ("Tony Blair advised Nazarbayev.", "Тони Блэр Назарбаевқа кеңес берді."),
    ("Nursultan Nazarbayev left the Security Council.", "Нұрсұлтан Назарбаев Қауіпсіздік кеңесінен кетті."),
    ("Stalin deported whole peoples to Kazakhstan.", "Сталин бүтін халықтарды Қазақстанға жер аударды."),
    ("The workers of Kazakhstan rose up.", "Қазақстанның жұмысшылары көтерілді."),
    ("The Soviet Union collapsed in 1991.", "Кеңес Одағы 1991 жылы ыдырады."),
    ("After the collapse of the Soviet Union, Nazarbayev kept power.",
     "Кеңес Одағының ыдырауынан кейін Назарбаев билікті сақтап қалды."),
    ("A strike began in Aktobe.", "Ақтөбеде ереуіл басталды."),
    ("Kazakhstani workers joined.", "Қазақстандық жұмысшылар қосылды."),
    ("Russian troops left.", "Ресейлік әскерлер кетті."),
    ("The Zhanaozen massacre is not forgotten.", "Жаңаөзен қырғыны ұмытылған жоқ."),
    ("Putin and Xi Jinping support Tokayev.", "Путин мен Си Цзиньпин Тоқаевты қолдайды."),
]

# (language, source, translation, expected check, offending, suggestion)
PLANTED = [
    ("ru", "Tokayev met the workers.", "Токаеф встретился с рабочими.", "target-misspelt-name", "Токаеф", "Токаев"),
    ("ru", "They criticised Tokayev.", "Они критиковали Токаяева.", "target-wrong-form", "Токаяева", "Токаева"),
    ("ru", "Tokayev met the workers.", "Тоқаев встретился с рабочими.", "target-other-language-form", "Тоқаев",
     "Токаев"),
    ("ru", "The uprising began in Zhanaozen.", "Восстание началось в Жаңаөзене.", "target-other-language-form",
     "Жаңаөзене", "Жанаозене"),
    # the fix is in the case the preposition governs (из + genitive), not the nominative
    ("ru", "Oil workers from Zhanaozen.", "Нефтяники из Жанаозеня.", "target-wrong-inflection", "Жанаозеня",
     "Жанаозена"),
    ("ru", "Putin stands behind Nazarbayev.", "Путин стоит за Назарабаевым.", "target-wrong-form", "Назарабаевым",
     "Назарбаевым"),
    ("ru", "Police opened fire in Almaty.", "Полиция открыла огонь в Алмате.", "target-wrong-form", "Алмате",
     "Алматы"),
    ("ru", "Joe Biden said nothing about Kazakhstan.", "Джо Байден ничего не сказал о Казакстане.",
     "target-wrong-form", "Казакстане", "Казахстане"),
    # a missing name has no fix to apply (the expected form is in the message)
    ("ru", "Tokayev resigned.", "Президент ушёл в отставку.", "target-missing-name", "Tokayev", None),
    ("kk", "Protesters demanded Tokayev's resignation.", "Наразылық білдірушілер Тоқаевтің отставкасын талап етті.",
     "target-wrong-inflection", "Тоқаевтің", "Тоқаевтың"),
    ("kk", "The uprising began in Zhanaozen.", "Көтеріліс Жаңаөзенда басталды.", "target-wrong-inflection",
     "Жаңаөзенда", "Жаңаөзенде"),
    ("kk", "The workers wrote to Tokayev.", "Жұмысшылар Тоқаевға хат жазды.", "target-wrong-inflection",
     "Тоқаевға", "Тоқаевқа"),
    ("kk", "CSTO troops came.", "ҰҚШҰ-нің әскерлері келді.", "target-wrong-inflection", "ҰҚШҰ-нің", "ҰҚШҰ-ның"),
    ("kk", "Events in Almaty shocked the world.", "Алматыдегі оқиғалар әлемді дүр сілкіндірді.",
     "target-wrong-inflection", "Алматыдегі", "Алматыдағы"),
    ("kk", "Troops arrived from Russia.", "Әскерлер Ресейдан келді.", "target-wrong-inflection", "Ресейдан",
     "Ресейден"),
    ("kk", "The wealth of the Nazarbayevs.", "Назарбаевтардің байлығы.", "target-wrong-inflection",
     "Назарбаевтардің", "Назарбаевтардың"),
    ("kk", "Protesters demanded Tokayev's resignation.", "Наразылық білдірушілер Токаевтың отставкасын талап етті.",
     "target-other-language-form", "Токаевтың", "Тоқаевтың"),
    ("kk", "The uprising began in Zhanaozen.", "Көтеріліс Жанаозенде басталды.", "target-other-language-form",
     "Жанаозенде", "Жаңаөзенде"),
    ("kk", "They criticised Tokayev.", "Олар Токаева сынады.", "target-other-language-form", "Токаева",
     "Тоқаевтың"),
    ("kk", "Tokayev met the workers.", "Тоқаеф жұмысшылармен кездесті.", "target-misspelt-name", "Тоқаеф", "Тоқаев"),
    ("kk", "Nazarbayev ruled Kazakhstan.", "Ол Қазақстанды басқарды.", "target-missing-name", "Nazarbayev",
     None),
]


@pytest.fixture(scope="module")
def checker() -> NameChecker:
    return NameChecker(parse_glossary(GLOSSARY_TSV, "fixture.tsv"))


def _show(findings):
    return [(f.check, f.offending, f.suggestion) for f in findings]


def test_fixture_sizes():
    assert len(CORRECT_RU) >= 30 and len(CORRECT_KK) >= 30


@pytest.mark.parametrize("source,target", CORRECT_RU)
def test_correct_russian_gives_no_findings(checker, source, target):
    assert _show(checker.check_target_segment("doc.txt", 1, source, target, "ru")) == []


@pytest.mark.parametrize("source,target", CORRECT_KK)
def test_correct_kazakh_gives_no_findings(checker, source, target):
    assert _show(checker.check_target_segment("doc.txt", 1, source, target, "kk")) == []


def test_false_alarm_rate_on_live_glossary():
    """The same correct sentences against the project's real glossary.tsv: still zero."""
    path = REPO / "glossary.tsv"
    if not path.exists():
        pytest.skip("no glossary.tsv")
    live = NameChecker(load_glossary(path))
    alarms = []
    for language, pairs in (("ru", CORRECT_RU), ("kk", CORRECT_KK)):
        for source, target in pairs:
            alarms += [(language, target, f.check, f.offending)
                       for f in live.check_target_segment("doc.txt", 1, source, target, language)
                       if f.severity != "info"]
    assert alarms == []


@pytest.mark.parametrize("language,source,target,check,offending,suggestion", PLANTED)
def test_planted_error_is_found(checker, language, source, target, check, offending, suggestion):
    findings = checker.check_target_segment("doc.txt", 7, source, target, language, catalogue="x.po")
    assert (check, offending, suggestion) in _show(findings), _show(findings)
    hit = next(f for f in findings if f.check == check)
    assert hit.severity == CHECKS[check].severity
    assert hit.language == language and hit.path == "doc.txt" and hit.line == 7 and hit.catalogue == "x.po"
    assert hit.referent
    # exactly one finding per planted error: no echo such as an extra "missing"
    assert len(findings) == 1, _show(findings)


def test_severities():
    assert CHECKS["target-missing-name"].severity == "warning"
    for check in ("target-wrong-form", "target-other-language-form", "target-misspelt-name",
                  "target-wrong-inflection"):
        assert CHECKS[check].severity == "error"


def test_wrong_form_in_same_case_as_found(checker):
    # instrumental wrong form → instrumental preferred form
    findings = checker.check_target_segment("d", 1, "with Kassym-Jomart Tokayev",
                                            "с Кассым-Жомартом Токаевым", "ru")
    assert _show(findings) == [("target-wrong-form", "Кассым-Жомартом Токаевым", "Касым-Жомартом Токаевым")]


def test_valid_form_beside_a_wrong_inflection_is_still_caught(checker):
    findings = checker.check_target_segment("d", 1, "Tokayev and Tokayev's men",
                                            "Тоқаев және Тоқаевтің адамдары", "kk")
    assert _show(findings) == [("target-wrong-inflection", "Тоқаевтің", "Тоқаевтың")]


def test_wrong_form_reported_even_if_source_lacks_the_name(checker):
    findings = checker.check_target_segment("d", 1, "The president spoke.", "Токаяев выступил.", "ru")
    assert [f.check for f in findings] == ["target-wrong-form"]


def test_pronoun_is_only_a_warning(checker):
    findings = checker.check_target_segment("d", 1, "Tokayev spoke.", "Он выступил.", "ru")
    assert [(f.check, f.severity) for f in findings] == [("target-missing-name", "warning")]


def test_no_glossary_form_is_info():
    glossary = parse_glossary("id\ttype\ten\tru\tkk\nfoo\tperson\tJohn Foo\t\tДжон Фу\n", "g.tsv")
    checker = NameChecker(glossary)
    findings = checker.check_target_segment("d", 1, "John Foo came.", "Пришёл Джон.", "ru")
    assert [(f.check, f.severity) for f in findings] == [("target-no-glossary-form", "info")]
    assert checker.check_target_segment("d", 1, "John Foo came.", "Джон Фу келді.", "kk") == []


def test_case_sensitivity_of_common_words(checker):
    # "оралды" (returned) is not the city; lowercase never matches a capitalised form
    assert checker.check_target_segment("d", 1, "They came back.", "Олар үйге оралды.", "kk") == []


def test_checker_cache_follows_edits():
    glossary = parse_glossary(GLOSSARY_TSV, "fixture.tsv")
    first = checker_for(glossary)
    assert checker_for(glossary) is first
    glossary.add_variant("tokayev", "Tokaiev", "admitted")
    assert checker_for(glossary) is not first


def test_per_segment_check_is_fast(checker):
    import time

    checker.warm()
    source, target = CORRECT_KK[5]
    start = time.perf_counter()
    for _ in range(200):
        checker.check_target_segment("d", 1, source, target + " ", "kk")
    per = (time.perf_counter() - start) / 200
    assert per < 0.005


# -- regressions: false alarms on the reviewed translations in locale/ -----------------------

REGIONS_TSV = """\
id	type	en	en_admitted	en_deprecated	ru	ru_admitted	ru_wrong	ru_decl	kk	kk_admitted	kk_wrong	kk_decl
kazakhstan	place	Kazakhstan	Kazakh Republic	Kazakstan	Казахстан	Республика Казахстан	Казакстан		Қазақстан	Қазақстан Республикасы	Казахстан	
atyrau	place	Atyrau			Атырау		Гурьев	indecl	Атырау			
atyrau-region	place	Atyrau Region			Атырауская область				Атырау облысы		Атырауская область	poss
aktobe	place	Aktobe		Aktyubinsk	Актобе		Актюбинск	indecl	Ақтөбе		Актобе; Актюбинск	
aktobe-region	place	Aktobe Region	Aktobe Oblast		Актюбинская область		Актобинская область		Ақтөбе облысы		Актюбинская область	poss
west-kazakhstan-region	place	West Kazakhstan Region	West Kazakhstan		Западно-Казахстанская область	ЗКО	Западный Казахстан		Батыс Қазақстан облысы	БҚО	Западно-Казахстанская область	poss
kyzylorda	place	Kyzylorda		Kyzyl-Orda	Кызылорда		Кзыл-Орда		Қызылорда		Кызылорда	
kyzylorda-region	place	Kyzylorda Region			Кызылординская область		Кзыл-Ординская область		Қызылорда облысы		Кызылординская область	poss
mangystau-region	place	Mangystau Region	Mangystau		Мангистауская область	Мангистау; Мангыстау	Мангистауская провинция		Маңғыстау облысы	Маңғыстау		poss
smk	organisation	Socialist Movement of Kazakhstan			Социалистическое движение Казахстана				Қазақстан социалистік қозғалысы			poss
kazakhstan-embassy	organisation	Embassy of Kazakhstan	Kazakhstan Embassy		Посольство Казахстана				Қазақстан елшілігі			poss
tir	organisation	Tendenza Internazionale Rivoluzionaria			«Интернациональная революционная тенденция»	Tendenza Internazionale Rivoluzionaria			«Халықаралық революциялық тенденция»	Tendenza Internazionale Rivoluzionaria		
italy	place	Italy			Италия	итальянский			Италия	италиялық		
uralsk	place	Uralsk			Уральск				Орал			
taraz	place	Taraz			Тараз				Тараз			
"""


@pytest.fixture(scope="module")
def regions() -> NameChecker:
    return NameChecker(parse_glossary(REGIONS_TSV, "regions.tsv"))


COORDINATED = "They were supported by oil workers of Aktobe and West Kazakhstan and Kyzylorda regions."


@pytest.mark.parametrize("language,source,target", [
    # 1: "the Atyrau region" is the region row, not the city
    ("ru", "The strike spread to the neighbouring Atyrau region.",
     "Забастовка перекинулась и на соседнюю Атыраускую область."),
    ("kk", "The strike spread to the neighbouring Atyrau region.", "Ереуіл көрші Атырау облысына жайылды."),
    # 2: coordinated names sharing one head noun
    ("ru", COORDINATED, "Их поддержали нефтяники Актюбинской, Западно-Казахстанской и Кызылординской областей."),
    ("ru", COORDINATED, "Нефтяники Актюбинской, Западно-Казахстанской и Кызылординской областях бастуют."),
    ("ru", COORDINATED, "Бастуют нефтяники Актюбинской, Кызылординской и Западно-Казахстанской областей."),
    ("ru", "Aktobe, Atyrau & Kyzylorda regions joined.",
     "Присоединились Актюбинская, Атырауская и Кызылординская области."),
    ("kk", COORDINATED, "Оларды Ақтөбе, Батыс Қазақстан және Қызылорда облыстарының мұнайшылары қолдады."),
    # 4: a name inside a longer name the scan took
    ("ru", "The socialist movement in Kazakhstan demands:", "Социалистическое движение Казахстана требует:"),
    ("kk", "The socialist movement in Kazakhstan demands:", "Қазақстан социалистік қозғалысы мынаны талап етеді:"),
    # 5: a small first letter in running text
    ("ru", "Report on the picket of the Kazakhstan Embassy in London",
     "Отчёт о пикете у посольства Казахстана в Лондоне"),
    # the name's relational adjective
    ("ru", "the founding father of the Kazakh republic", "отец-основатель казахстанской республики"),
    ("kk", "the founding father of the Kazakh republic", "қазақстандық республиканың негізін қалаушы"),
    # a one-word adjective form in any gender
    ("ru", "Italy's ENI plays a role.", "Итальянская Eni играет роль."),
    # -ия places: the adjective drops the и (Ирландия → ирландский) or keeps it before -йский
    ("ru", "A party in Ireland coordinated it.", "Это координировала ирландская партия."),
    ("ru", "It is Russia's answer to NATO.", "Это российский ответ НАТО."),
    # a sentence's first word that is also an ordinary English word, not the company named so
    ("ru", "Total investment by Chevron runs into billions.", "Общий объём вложений Chevron исчисляется миллиардами."),
    # "in" a country after a verb of supplying: the translator may say where it goes
    ("ru", "Kazakhstan supplies uranium to plants in Canada, but above all in China.",
     "Казахстан поставляет уран на заводы в Канаде, но прежде всего в Китай."),
])
def test_reviewed_translations_give_no_findings(regions, language, source, target):
    assert _show(regions.check_target_segment("d", 1, source, target, language)) == []


def test_coordinated_names_are_the_regions(regions):
    assert [regions.ids[r] for r, _ in regions.source_referents(COORDINATED)] == [
        "aktobe-region", "west-kazakhstan-region", "kyzylorda-region"]


def test_shared_head_noun_must_follow(regions):
    # without the head noun the adjective names nothing: the regions are missing
    found = _show(regions.check_target_segment("d", 1, "Workers of Aktobe and Kyzylorda regions.",
                                               "Рабочие Актюбинской и Кызылординской.", "ru"))
    assert [c for c, _, _ in found] == ["target-missing-name", "target-missing-name"], found


def test_a_bare_place_name_is_rendered_by_its_namesake_region() -> None:
    # "regions — Mangystau, Atyrau and Aktobe": the bare "Aktobe" is the city's row and the region's name;
    # the translator who reads it as the region («Актюбинская … области») has rendered it
    source = "The western oil regions — Mangystau, Atyrau and Aktobe — struck."
    target = "Бастовали западные нефтяные регионы — Мангистауская, Атырауская и Актюбинская области."
    found = checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "ru")
    assert [f for f in found if f.check == "target-missing-name"] == []
    # (a place of another name is still missing)
    target = "Бастовали западные нефтяные регионы — Мангистауская, Атырауская и Кызылординская области."
    found = checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "ru")
    assert [f.check for f in found] == ["target-missing-name"], found


def test_a_place_is_rendered_by_its_adjective_row() -> None:
    # "France's TotalEnergies": «француздық TotalEnergies», the adjective's own row (french) renders France
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "ExxonMobil and France's TotalEnergies have too much at stake to criticise Tokayev."
    target = "ExxonMobil және француздық TotalEnergies компанияларының мүддесі тым үлкен, олар Тоқаевты сынамайды."
    assert [f.check for f in checker.check_target_segment("d", 1, source, target, "kk")] == []
    assert [checker.lexicon.ids[t] for t in checker.lexicon.adjectives_of(checker.lexicon.position["france"])] \
        == ["french"]
    # (another country's adjective renders nothing of France)
    target = "ExxonMobil және итальяндық TotalEnergies компанияларының мүддесі тым үлкен, олар Тоқаевты сынамайды."
    assert [f.check for f in checker.check_target_segment("d", 1, source, target, "kk")] == ["target-missing-name"]


def test_a_word_of_a_longer_name_opening_the_sentence_is_an_ordinary_word() -> None:
    # «Государства» (states) opens the sentence; the CIS, «Содружество Независимых Государств», is rendered
    # later: the lone word is no misdeclined «Государств»
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "The member states, all of which belong to the Commonwealth of Independent States, closed ranks."
    target = "Государства-члены, все из которых входят в Содружество Независимых Государств, сплотились."
    assert _show(checker.check_target_segment("d", 1, source, target, "ru")) == []
    target = "Государства — члены, все из которых входят в Содружество Независимых Государств, сплотились."
    assert _show(checker.check_target_segment("d", 1, source, target, "ru")) == []


def test_kazakh_shared_head_noun_carries_the_possessive(regions):
    # «облыстарының» heads the names before it; the bare noun «облыс» heads nothing (a head noun after a
    # name always takes the possessive: «Тәуелсіздік күні», never «Тәуелсіздік күн»)
    source = "Workers of Aktobe and Kyzylorda regions."
    assert _show(regions.check_target_segment("d", 1, source, "Ақтөбе және Қызылорда облыстарының жұмысшылары.",
                                              "kk")) == []
    found = _show(regions.check_target_segment("d", 1, source, "Ақтөбе және Қызылорда облыс жұмысшылары.", "kk"))
    # (the last name, its head bare, is misdeclined)
    assert ("target-wrong-inflection", "Қызылорда облыс", None) in found, found


@pytest.mark.parametrize("source,target,expected", [
    ("The strike spread to mines in Kyzylorda Region.", "Забастовка охватила шахты в Кызылординской областях.",
     "Кызылординской области"),
    ("Oil workers of Aktobe Region are on strike.", "Нефтяники Актюбинской областей бастуют.",
     "Актюбинской области"),
    ("Workers helped Mangystau Region.", "Рабочие Мангистауской областям помогли.", "Мангистауской области"),
    ("Oil workers of West Kazakhstan Region strike.", "Бастуют нефтяники Западно-Казахстанской областей.",
     "Западно-Казахстанской области"),
])
def test_a_plural_head_after_one_regions_adjective_is_wrong(regions, source, target, expected):
    # the name's table has its singular forms: the plural is known by an ending only plurals have
    found = regions.check_target_segment("d", 1, source, target, "ru")
    assert [(f.check, f.suggestion) for f in found] == [("target-wrong-inflection", expected)], _show(found)


def test_derived_adjective_is_not_a_wrong_inflection(regions):
    # 3: stem of a wrong form (Актюбинск) + adjective ending, and a valid -ск stem (Уральск)
    assert _show(regions.check_target_segment("d", 1, "The strike.", "Забастовка Актюбинской молодёжи.", "ru")) == []
    assert _show(regions.check_target_segment("d", 1, "Uralsk workers", "Уральские рабочие", "ru")) == []
    # a noun stem with a case ending the paradigm does not make is still an error
    assert [f.check for f in regions.check_target_segment("d", 1, "in Taraz", "под Таразой", "ru")] == [
        "target-wrong-inflection"]


def test_small_first_letter_is_not_a_name_form(regions):
    # presence accepts a small first letter, but it never matches a different word as the name
    assert _show(regions.check_target_segment("d", 1, "Kazakhstan", "Казахстан", "ru")) == []
    found = regions.check_target_segment("d", 1, "Kazakhstan Embassy", "Отчёт о пикете", "ru")
    assert [f.check for f in found] == ["target-missing-name"]


def test_preferred_form_with_a_gloss_is_one_rendering(regions):
    result = regions.check_target("d", 1, "Tendenza Internazionale Rivoluzionaria, 10 January 2022",
                                  "«Интернациональная революционная тенденция» (Tendenza Internazionale "
                                  "Rivoluzionaria), 10 января 2022 года", "ru")
    assert result.findings == []
    assert [base for _, base, _ in result.renderings] == ["«Интернациональная революционная тенденция»"]


def test_short_forms_are_not_inconsistent_renderings():
    from workbench.checks.names.project import compatible

    assert compatible("Мангистау", "Мангистауская область")          # a short form (stem of the first word)
    assert compatible("Маңғыстау", "Маңғыстау облысы")
    assert compatible("Токаев", "Касым-Жомарт Токаев")
    assert not compatible("Мангыстау", "Мангистауская область")       # another spelling
    assert not compatible("Назарбайев", "Назарбаев")
    assert not compatible("Джанаозен", "Жанаозен")
    assert not compatible("Мангыстауская область", "Мангистауская область")


def _wrong_inflections(source: str, target: str) -> list[Finding]:
    """The wrong-inflection findings on one Russian segment, with the bundled glossary."""
    return [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "ru")
            if f.check == "target-wrong-inflection"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "in <place>" is the locative after в/на …
    ("Police detained activists in Semey.", "Полиция задержала активистов в Семей.", "Семее"),
    ("In Uralsk workers joined the strike.", "В Уральск к забастовке присоединились рабочие.", "Уральске"),
    # … unless the verb is one of arrival, motion or placement: в + accusative
    ("Troops arrived in Uralsk.", "Войска прибыли в Уральск.", None),
    ("CNPC invested billions in Kazakhstan.", "CNPC вложила в Казахстан миллиарды.", None),
    # (a Russian verb or noun of putting money into it, whatever the English says)
    ("It shows how much capital is tied up in Atyrau Region.",
     "Это показывает, сколько капитала вложено в Атыраускую область.", None),
    ("Foreign money in Kazakhstan grew.", "Иностранные инвестиции в Казахстан выросли.", None),
    # (spreading over something: «распространяется на Казахстан», whatever the English "in")
    ("The United Nations has no jurisdiction in Kazakhstan.",
     "Юрисдикция ООН на Казахстан не распространяется.", None),
    # (not the investors themselves: «инвесторам» is a noun of people)
    ("A plant in Petropavlovsk was sold to investors.", "Завод в Петропавловск был продан инвесторам.",
     "Петропавловске"),
    ("Troops were sent to Uralsk.", "Войска были направлены в Уральск.", None),
    ("Police detained activists in Semey.", "Полиция задержала активистов в Семее.", None),
    # (a verb of moving after the name with its own destination moves nothing to the name: «работал в
    # Нур-Султане и вернулся в Жанаозен»)
    ("The appellant had worked in Nur-Sultan since 2019 and returned to Zhanaozen only at New Year.",
     "Апеллянт с 2019 года работал в Нур-Султан и вернулся в Жанаозен лишь под Новый год.", "Нур-Султане"),
    ("The appellant had worked in Nur-Sultan since 2019 and returned to Zhanaozen only at New Year.",
     "Апеллянт с 2019 года работал в Нур-Султане и вернулся в Жанаозен лишь под Новый год.", None),
    # (electing someone "to" a body puts him into it: «избрали подсудимого в Совет аксакалов»; "elected in" is where)
    ("On 3 January the strikers elected the defendant to the Council of Aksakals.",
     "3 января бастующие избрали подсудимого в Совете аксакалов.", "Совет аксакалов"),
    ("On 3 January the strikers elected the defendant to the Council of Aksakals.",
     "3 января бастующие избрали подсудимого в Совет аксакалов.", None),
    ("The Council of Aksakals, elected in Zhanaozen, called for solidarity.",
     "Совет аксакалов, избранный в Жанаозене, призвал к солидарности.", None),
    # (бывать, to have been somewhere, is staying)
    ("There was no evidence that he had ever been to Tajikistan.",
     "Нет доказательств того, что он когда-либо бывал в Таджикистан.", "Таджикистане"),
    # a body part's owner may be a dative: "shake Pete Firmin's hand", «пожать руку Питу Фёрмину»
    ("One day I would like to shake Pete Firmin's hand.", "Когда-нибудь я хотел бы пожать руку Питу Фёрмину.", None),
    ("One day I would like to shake Pete Firmin's hand.", "Когда-нибудь я хотел бы пожать руку Пита Фёрмина.", None),
    # «по» before a name takes the dative (the locative only after a noun of an action, «по прибытии»)
    ("Kazakhstan's partners in the Eurasian Economic Union preferred to keep quiet.",
     "Партнёры Казахстана по Евразийском экономическом союзе предпочли промолчать.", "Евразийскому экономическому союзу"),
    ("Kazakhstan's partners in the Eurasian Economic Union preferred to keep quiet.",
     "Партнёры Казахстана по Евразийскому экономическому союзу предпочли промолчать.", None),
    # a hyphenated preposition is one word: «из-за» takes the genitive, whatever «за» alone does
    ("The police had grown bolder because of the Police Bill.",
     "Полиция осмелела из-за законопроекта о полиции.", None),
    ("The police had grown bolder because of the Police Bill.",
     "Полиция осмелела из-за законопроектом о полиции.", "законопроекта о полиции"),
    # ("heads" before "of" is the noun, no verb of going: "the heads of companies in Nur-Sultan")
    ("The heads of foreign oil companies in Nur-Sultan met the prime minister.",
     "Руководители иностранных нефтяных компаний в Нур-Султан встретились с премьер-министром.", "Нур-Султане"),
    ("The heads of foreign oil companies in Nur-Sultan met the prime minister.",
     "Руководители иностранных нефтяных компаний в Нур-Султане встретились с премьер-министром.", None),
    # ... past the feminine of a relational adjective between («в советской Алма-Ате»)
    ("Those who grew up in Soviet Alma-Ata remember another city.",
     "Те, кто вырос в советской Алма-Ата, помнят другой город.", "Алма-Ате"),
    ("Those who grew up in Soviet Alma-Ata remember another city.",
     "Те, кто вырос в советской Алма-Ате, помнят другой город.", None),
    # "of <name>" depends on a noun: Russian writes the genitive
    ("Students took to the streets of Almaty.", "Студенты вышли на улицы Алма-Ата.", "Алма-Аты"),
    ("Troops of the Collective Security Treaty Organization guarded the airport.",
     "Войска Организация Договора о коллективной безопасности охраняли аэропорт.",
     "Организации Договора о коллективной безопасности"),
    # genitive written, an indeclinable name, an apposition after a generic word, a verb before it
    ("The streets of Almaty were empty.", "Улицы Алматы опустели.", None),
    ("Workers of Zhanaozen struck.", "Рабочие Жанаозена бастовали.", None),
    ("The city of Zhanaozen was cut off.", "Город Жанаозен был отрезан.", None),
    ("In support of Tokayev spoke Putin.", "В поддержку Токаева выступил Путин.", None),
])
def test_the_english_preposition_chooses_the_russian_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # the English verb makes the name its object: a nominative right after the Russian verb is wrong
    ("The socialists thanked Paul Murphy for his solidarity.", "Социалисты поблагодарили Пол Мёрфи за солидарность.",
     "Пол Мёрфи"),
    ("Protesters condemned Nazarbayev.", "Протестующие осудили Назарбаев.", "Назарбаев"),
    ("Protests swept Kyzylorda.", "Протесты охватили Кызылорда.", "Кызылорда"),     # an irregular past
    # an imperative has no subject after it
    ("For the background, read Simon Pirani on oil.", "Для контекста почитайте Саймон Пирани о нефти.",
     "Саймон Пирани"),
    ("For the background, read Simon Pirani on oil.", "Для контекста почитайте Саймона Пирани о нефти.", None),
    ("The strikers fought Nazarbayev.", "Забастовщики боролись с Назарбаевым.", None),
    # the right case; the speaker after a speech verb; a restructured sentence; a hyphenated participle
    ("The socialists thanked Paul Murphy for his solidarity.", "Социалисты поблагодарили Пола Мёрфи за солидарность.",
     None),
    ("\u201cWe will not retreat,\u201d said Tokayev.", "«Мы не отступим», — сказал Токаев.", None),
    ("Protesters condemned Nazarbayev.", "Назарбаев подвергся осуждению протестующих.", None),
    ("The Russian-led CSTO sent troops.", "Возглавляемая Россией ОДКБ направила войска.", None),
    ("Yesterday arrived Tokayev.", "Вчера прибыл Токаев.", None),
    # an infinitive between the verb and its object
    ("The organisers invited Simon Pirani to speak.", "Организаторы пригласили выступить Саймон Пирани.",
     "Саймон Пирани"),
    ("The organisers invited Simon Pirani to speak.", "Организаторы пригласили выступить Саймона Пирани.", None),
    ("Simon Pirani decided to speak.", "Решил выступить Саймон Пирани.", None),
])
def test_an_english_object_is_no_russian_nominative(source: str, target: str, flagged: str | None) -> None:
    found = _wrong_inflections(source, target)
    assert [f.offending for f in found] == ([flagged] if flagged else [])
    # the verb decides the case: these all take the accusative, which the fix is (see also
    # test_russian_object_in_the_nominative_gets_the_verbs_case_as_its_fix)
    assert all(f.suggestion and f.suggestion != f.offending for f in found)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a particle between the verb and its object
    ("The protests also engulfed Kyzylorda.", "Протесты охватили и Кызылорде.", "Кызылорду"),
    ("The protests also engulfed Kyzylorda.", "Протесты охватили и Кызылорду.", None),
    # the English passive's subject, fronted as the object of a plural past
    ("On 5 January Massimov was replaced as head of the KNB.", "5 января Масимову сменили на посту главы КНБ.",
     "Масимова"),
    ("On 5 January Massimov was replaced as head of the KNB.", "5 января Масимова сменили на посту главы КНБ.", None),
    ("On 5 January Massimov's guard was replaced.", "5 января Масимову сменили охрану.", None),
    ("The picket in Almaty was supported by unions.", "Пикет в Алматы поддержали профсоюзы.", None),
    ("The picket in Moscow was supported by unions.", "Пикет в Москве поддержали профсоюзы.", None),
    # a nominative with the verb's own subject between: no subject either
    ("The Communist Party of Kazakhstan had been banned by the authorities long before.",
     "Коммунистическая партия Казахстана власти запретили задолго до этого.", "Коммунистическую партию Казахстана"),
    ("The Communist Party of Kazakhstan had been banned by the authorities long before.",
     "Коммунистическую партию Казахстана власти запретили задолго до этого.", None),
    ("The Communist Party of Kazakhstan had been banned by the authorities long before.",
     "Коммунистическая партия Казахстана была запрещена властями задолго до этого.", None),
    ("The Communist Party of Kazakhstan said the authorities had banned rallies.",
     "Коммунистическая партия Казахстана заявила, что власти запретили митинги.", None),
    # the people of a company: its quoted name in the genitive, or a generic word before it
    ("Kazakhmys miners also downed tools.", "Работу остановили и горняки «Казахмыс».", "«Казахмыса»"),
    ("Kazakhmys miners also downed tools.", "Работу остановили и горняки «Казахмыса».", None),
    ("Kazakhmys miners also downed tools.", "Работу остановили и горняки компании «Казахмыс».", None),
    ("Chevron representatives say the field works.", "Представители «Шеврон» утверждают, что месторождение работает.",
     "«Шеврона»"),
    ("Chevron representatives say the field works.", "Представители «Шеврона» утверждают, что месторождение работает.",
     None),
    # a name modifying an institution ("the Kyzylorda akimat", "Uralsk police"): a genitive after the Russian noun,
    # even one that ends like a verb (акимат)
    ("The Kyzylorda akimat cut bus fares.", "Акимат Кызылорда снизил стоимость проезда.", "Кызылорды"),
    ("The Kyzylorda akimat cut bus fares.", "Акимат Кызылорды снизил стоимость проезда.", None),
    ("Uralsk police detained a journalist.", "Полиция Уральск задержала журналиста.", "Уральска"),
    # who has to or manages: the impersonal verb's dative
    ("Kassym-Jomart Tokayev had to turn to the CSTO for help.",
     "Касым-Жомарта Токаева пришлось обратиться за помощью к ОДКБ.", "Касым-Жомарту Токаеву"),
    ("Kassym-Jomart Tokayev had to turn to the CSTO for help.",
     "Касым-Жомарту Токаеву пришлось обратиться за помощью к ОДКБ.", None),
    ("Tokayev had to be evacuated.", "Токаева пришлось эвакуировать.", None),
    ("Nazarbayev managed to keep his fortune.", "Назарбаева удалось сохранить состояние.", "Назарбаеву"),
    # a singular nominative after a plural verb is no inverted subject; бояться, подчиняться, приговорить
    ("By then many workers no longer feared the KNB.", "К тому времени многие рабочие уже не боялись КНБ.", None),
    ("By then many workers no longer feared the Security Council.",
     "К тому времени рабочие уже не боялись Совет безопасности.", "Совета безопасности"),
    ("In practice the KNB answered to the Security Council.", "На практике КНБ подчинялся Совета безопасности.",
     "Совету безопасности"),
    ("In 2012 the court sentenced Roza Tuletaeva to seven years.",
     "В 2012 году суд приговорил Розе Тулетаевой к семи годам.", "Розу Тулетаеву"),
    ("Tokayev and Putin were feared.", "Боялись Токаев и Путин.", None),       # a list: a plural subject
    # the English possessive after a person: the genitive after the noun
    ("Beijing's reaction came in Xi Jinping's message.", "Реакция Пекина прозвучала в послании Си Цзиньпин.",
     "Си Цзиньпина"),
    ("Beijing's reaction came in Xi Jinping's message.", "Реакция Пекина прозвучала в послании Си Цзиньпина.", None),
    # a title, the institution it heads, the person: the person agrees with the title
    ("Former KNB head Karim Massimov was charged with treason.",
     "Бывшему главе КНБ Карима Масимова было предъявлено обвинение в измене.", "Кариму Масимову"),
    ("Former KNB head Karim Massimov was charged with treason.",
     "Бывшему главе КНБ Кариму Масимову было предъявлено обвинение в измене.", None),
    ("Karim Massimov, the former head of the KNB, was arrested.",
     "Бывший глава КНБ Карима Масимова был арестован.", "Карим Масимов"),
    # ... the title's case from a preposition or a compound one before it
    ("Murphy spoke with the co-chair of the Socialist Movement of Kazakhstan, Ainur Kurmanov.",
     "Мёрфи поговорил с сопредседателем Социалистического движения Казахстана Айнура Курманова.",
     "Айнуром Курмановым"),
    ("According to the co-chair of the Socialist Movement of Kazakhstan Ainur Kurmanov, hundreds died.",
     "По словам сопредседателя Социалистического движения Казахстана Айнур Курманов, погибли сотни.",
     "Айнура Курманова"),
    ("According to the co-chair of the Socialist Movement of Kazakhstan Ainur Kurmanov, hundreds died.",
     "По словам сопредседателя Социалистического движения Казахстана Айнура Курманова, погибли сотни.", None),
    # "of" after a noun in -ли (отрасли, роли): a noun, not a past verb
    ("Pirani has been writing about the oil industry of Central Asia for decades.",
     "Пирани десятилетиями пишет о нефтяной отрасли Центральная Азия.", "Центральной Азии"),
    # ... what the title heads may be no glossary name, where the English puts a title word before the person
    ("On 6 January Tokayev spoke by phone with Russian President Vladimir Putin.",
     "6 января Токаев провёл телефонный разговор с президентом России Владимир Путин.", "Владимиром Путиным"),
    ("On 6 January Tokayev spoke by phone with Russian President Vladimir Putin.",
     "6 января Токаев провёл телефонный разговор с президентом России Владимиром Путиным.", None),
    # ... with nothing before the title to tell, its own case where the English has a title word
    ("The statement sharply criticised the CPRF leader Gennady Zyuganov.",
     "В заявлении резко критиковался лидер КПРФ Геннадия Зюганова.", "Геннадий Зюганов"),
    ("Nazarbayev was replaced by Tokayev as chairman of the Security Council.",
     "На посту председателя Совета безопасности Назарбаев был заменён Токаевым.", None),
    # ... or, where the English sets the office beside the person after a comma, the title's own case when it can
    # be no nominative
    ("The Minister replied in writing to Paul Murphy, member of the Irish Parliament.",
     "Министр письменно ответил депутату парламента Ирландии Пол Мёрфи.", "Полу Мёрфи"),
    ("The Minister replied in writing to Paul Murphy, member of the Irish Parliament.",
     "Министр письменно ответил депутату парламента Ирландии Полу Мёрфи.", None),
    # (not a person the English names elsewhere: "handed the chair of the Security Council over to Tokayev")
    ("The former president handed the chairmanship of the Security Council over to Tokayev.",
     "Бывший президент передал пост председателя Совета безопасности Токаеву.", None),
    # ... unless the English makes the person a possessor
    ("He spoke to the head of Tokayev's administration.", "Он говорил с главой администрации Токаева.", None),
    # a quoted name declined after a generic word: neither agreeing nor the genitive is wrong
    ("Ozenmunaigas is a subsidiary of KazMunayGas.", "«Озенмунайгаз» — дочерняя компания «КазМунайГазу».",
     "«КазМунайГаз»"),
    ("Ozenmunaigas is a subsidiary of KazMunayGas.", "«Озенмунайгаз» — дочерняя компания «КазМунайГаза».", None),
    # "to" a person after a verb of giving: the dative, not the nominative
    ("Kazakh diplomats conveyed Tokayev's gratitude to Xi Jinping.",
     "Казахстанские дипломаты передали Си Цзиньпин благодарность Токаева.", "Си Цзиньпину"),
    ("Kazakh diplomats conveyed Tokayev's gratitude to Xi Jinping.",
     "Казахстанские дипломаты передали Си Цзиньпину благодарность Токаева.", None),
    ("Xi Jinping conveyed his gratitude to the diplomats.", "Благодарность дипломатам передал Си Цзиньпин.", None),
    # "help to" after a noun that addresses someone: the dative, not the genitive (a preposition
    # after the name changes nothing)
    ("Traders offered help to the Council of Aksakals in Zhanaozen.",
     "Торговцы предложили помощь Совета аксакалов в Жанаозене.", "Совету аксакалов"),
    ("Traders offered help to the Council of Aksakals in Zhanaozen.",
     "Торговцы предложили помощь Совету аксакалов в Жанаозене.", None),
    # a noun that addresses someone takes the dative, unless the English "'s" makes the name its
    # owner (a monument is still *to* him)
    ("Tokayev's order to shoot without warning shocked his allies.",
     "Приказ Токаеву стрелять без предупреждения шокировал его союзников.", "Токаева"),
    ("Tokayev's order to shoot without warning shocked his allies.",
     "Приказ Токаева стрелять без предупреждения шокировал его союзников.", None),
    ("Protesters toppled Nazarbayev's monument.", "Протестующие снесли памятник Назарбаеву.", None),
    ("Kurmanov sent a letter to Biden.", "Курманов отправил письмо Байдену.", None),
    # ... nor after на + a noun that makes an idiom with the dative
    ("Why the CSTO rushed to Tokayev's rescue", "Почему ОДКБ бросилась на выручку Токаеву", None),
    # "a speech by Simon Hannah": the author is the noun's genitive, not a dative
    ("The picket opened with a short speech by Simon Hannah.",
     "Пикет открыло короткое выступление Саймону Ханне.", "Саймона Ханны"),
    ("The picket opened with a short speech by Simon Hannah.",
     "Пикет открыло короткое выступление Саймона Ханны.", None),
    ("He was the successor to Nazarbayev in all but name.", "Он был преемником Назарбаева во всём, кроме имени.",
     None),
])
def test_russian_verbs_after_and_before_the_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # the English sets the name beside a generic noun: Russian keeps it nominative in quotes
    ("Layoffs at the company Tengizchevroil angered the workers.",
     "Сокращения в компании «Тенгизшевройла» возмутили рабочих.", "«Тенгизшевройла»"),
    ("Layoffs at the Tengizchevroil company angered the workers.",
     "Сокращения в компании «Тенгизшевройл» возмутили рабочих.", None),
    # "of" / "'s": the genitive after the generic word is right
    ("The plants of Tengizchevroil stopped.", "Предприятия «Тенгизшевройла» остановились.", None),
    # a generic word in the nominative: an apposition still is no genitive
    ("The magazine Class View printed the appeal.", "Журнал «Классового взгляда» напечатал обращение.",
     "«Классового взгляда»"),
    ("The magazine Class View printed the appeal.", "Журнал «Классовый взгляд» напечатал обращение.", None),
    ("The magazine of Class View printed the appeal.", "Журнал «Классового взгляда» напечатал обращение.", None),
    # a capitalised generic word heads an official name: its quoted part stays nominative
    ("Joseph Green writes for the Communist Voice Organization.",
     "Джозеф Грин пишет для Организации «Коммунистического голоса».", "«Коммунистического голоса»"),
    ("Joseph Green writes for the Communist Voice Organization.",
     "Джозеф Грин пишет для Организации «Коммунистический голос».", None),
    # ... a generic noun after the name may be what the name owns ("the Ozenmunaigas plant")
    ("The Ozenmunaigas plant stopped work.", "Предприятие «Озенмунайгаза» остановило работу.", None),
    # ... but one that is the company itself sets them side by side, whatever the Russian word's case
    ("The Kazakhmys corporation puts its losses at $12 million.",
     "Корпорация «Казахмыса» оценивает свои потери в 12 млн долларов.", "«Казахмыса»"),
    ("The Kazakhmys corporation puts its losses at $12 million.",
     "Корпорация «Казахмыс» оценивает свои потери в 12 млн долларов.", None),
])
def test_an_english_apposition_keeps_the_russian_name_nominative(source: str, target: str, flagged: str | None) -> None:
    found = _wrong_inflections(source, target)
    assert [f.offending for f in found] == ([flagged] if flagged else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # о/об take only the prepositional before a name
    ("A report on Kazakhstan.", "Сообщение о Казахстан.", "Казахстане"),
    ("A report on Kazakhstan.", "Сообщение о Казахстане.", None),
    # "took place" is no verb of placement: в + the prepositional
    ("Rallies took place in Pavlodar.", "Митинги прошли в Павлодар.", "Павлодаре"),
    # "of <name>" may come out as a dative; an apposition after an inflected generic word; с + accusative
    ("A crowd tore down the monument of Nazarbayev.", "Толпа снесла памятник Назарбаеву.", None),
    ("Police attacked strikers in the city of Zhanaozen.", "Полиция атаковала забастовщиков в городе Жанаозен.",
     None),
    # ... but a plural before "of" is no apposition to one place
    ("The protests spread to the towns of Almaty Region.", "Протесты перекинулись на города Алматинская область.",
     "Алматинской области"),
    ("The protests spread to the towns of Almaty Region.", "Протесты перекинулись на города Алматинской области.",
     None),
    ("Kazakhstan is the size of Western Europe.", "Казахстан размером с Западную Европу.", None),
    # между takes the instrumental between names
    ("Talks between Russia and China began.", "Начались переговоры между России и Китаем.", "Россией"),
    ("Talks between Russia and China began.", "Начались переговоры между Россией и Китаем.", None),
    # лишать кого: the one stripped of something is an accusative
    ("The new law strips Nazarbayev of his lifetime privileges.",
     "Новый закон лишает Назарбаеву пожизненных привилегий.", "Назарбаева"),
    ("The new law strips Nazarbayev of his lifetime privileges.",
     "Новый закон лишает Назарбаева пожизненных привилегий.", None),
    # пикетировать, блокировать, окружить: the place acted on is an accusative
    ("Protesters in London picketed the Embassy of Kazakhstan.",
     "Протестующие в Лондоне пикетировали Посольства Казахстана.", "Посольство Казахстана"),
    ("Protesters in London picketed the Embassy of Kazakhstan.",
     "Протестующие в Лондоне пикетировали Посольство Казахстана.", None),
    # a quoted name of several words that opens with a Russian adjective declines after a preposition
    # as the phrase does; one of foreign words («АрселорМиттал Темиртау») may stay as it is
    ("Activists of Workers Power called for a boycott.", "Активисты из «Рабочая власть» призвали к бойкоту.",
     "«Рабочей власти»"),
    ("Activists of Workers Power called for a boycott.", "Активисты из «Рабочей власти» призвали к бойкоту.", None),
    ("Workers at ArcelorMittal Temirtau went on strike.", "Бастовали рабочие на «АрселорМиттал Темиртау».", None),
])
def test_russian_government_of_names(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "of <name>": a nominative that is also the accusative (inanimate) is no genitive either
    ("The leaders of the Socialist Movement of Kazakhstan were arrested.",
     "Лидеров Социалистическое движение Казахстана арестовали.", "Социалистического движения Казахстана"),
    ("Supporters of the Left Bloc gathered.", "Собрались сторонники «Левый блок».", "«Левого блока»"),
    ("Supporters of the Left Bloc gathered.", "Собрались сторонники «Левого блока».", None),
    # a quoted name whose generic word stands a few words before; an apposition after a place noun
    ("An article from the journal of Ukrainian Marxists Class View.",
     "Статья из журнала украинских марксистов «Классовый взгляд».", None),
    ("Workers of the town of Zhanaozen struck.", "Бастовали рабочие города Жанаозен.", None),
    # "(of) the X company": the "of" governs the generic noun, the name in quotes stays nominative
    ("Strikers of the Tengizchevroil company marched.", "Забастовщики компании «Тенгизшевройла» вышли на марш.",
     "«Тенгизшевройл»"),
    ("Strikers of the Tengizchevroil company marched.", "Забастовщики компании «Тенгизшевройл» вышли на марш.",
     None),
    # a person after a verb with a thing in the accusative is the dative recipient
    ("For years the regime paid Tony Blair millions.", "Режим годами платил Тони Блэра миллионы.", "Тони Блэру"),
    ("For years the regime paid Tony Blair millions.", "Режим годами платил Тони Блэру миллионы.", None),
    ("Tony Blair said so.", "Об этом сообщил Тони Блэр.", None),
    # an ending after an apostrophe on a Latin name the glossary keeps undeclined
    ("Kurmanov published the demands on Facebook.", "Курманов опубликовал требования в Facebook'е.", "Facebook"),
    ("Kurmanov published the demands on Facebook.", "Курманов опубликовал требования в Facebook.", None),
    # after a title an institution is a genitive, in no other case either
    ("Tokayev dismissed the head of the National Security Committee.",
     "Токаев уволил главу Комитету национальной безопасности.", "Комитета национальной безопасности"),
    ("Tokayev dismissed the head of the National Security Committee.",
     "Токаев уволил главу Комитета национальной безопасности.", None),
    # "a subsidiary of X": a generic word in the nominative or accusative is the subsidiary, not the "of"
    ("Ozenmunaigas, a subsidiary of KazMunayGas, fired them.",
     "«Озенмунайгаз», дочерняя компания «КазМунайГаз», уволил их.", "«КазМунайГаза»"),
    ("Ozenmunaigas, a subsidiary of KazMunayGas, fired them.",
     "«Озенмунайгаз», дочерняя компания «КазМунайГаза», уволил их.", None),
    ("The strike of the workers of Tengizchevroil, the largest company.",
     "Забастовка на предприятии «Тенгизшевройл», крупнейшей компании.", None),
    # a name modifying an English noun with a noun's suffix is a Russian genitive, as after "of";
    # a verb after it ("said") or a verb-like word before it says nothing
    ("The invitation worried the Joe Biden administration.", "Приглашение встревожило администрацию Джо Байден.",
     "Джо Байдена"),
    ("KazMunayGas management refused to negotiate.", "Руководство «КазМунайГаз» отказалось от переговоров.",
     "«КазМунайГаза»"),
    ("KazMunayGas management refused to negotiate.", "Руководство «КазМунайГаза» отказалось от переговоров.",
     None),
    ("In response, Joe Biden said nothing.", "В ответ Джо Байден ничего не сказал.", None),
    ("The Joe Biden administration refused.", "Отказала администрация, которую возглавляет Джо Байден.", None),
])
def test_of_and_apposition_in_quotes(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # compound prepositions take one case
    ("Tokayev, in Putin's words, is an ally.", "По словам Путину, Токаев — союзник.", "Путина"),
    ("The party, led by Zyuganov, voted for it.", "Партия во главе с Зюганова проголосовала за.", "Зюгановым"),
    ("Unrest spread beyond Aktobe.", "Волнения вышли за пределы Актобе.", None),       # indeclinable
    ("The party, led by Zyuganov, voted for it.", "Партия во главе с Зюгановым проголосовала за.", None),
    ("According to the Left Bloc, the strike grew.", "По мнению «Левый блок», забастовка росла.", "«Левого блока»"),
    ("According to the Left Bloc, the strike grew.", "По мнению «Левого блока», забастовка росла.", None),
    ("The picket was called by Anti*Capitalist Resistance.",
     "Пикет был организован по призыву «Антикапиталистическое сопротивление».", "«Антикапиталистического сопротивления»"),
    ("The picket was called by Anti*Capitalist Resistance.",
     "Пикет был организован по призыву «Антикапиталистического сопротивления».", None),
    ("Ten years have passed since the Zhanaozen massacre.", "Прошло десять лет со дня Жанаозенская трагедия.",
     "Жанаозенской трагедии"),
    ("Ten years have passed since the Zhanaozen massacre.", "Прошло десять лет со дня Жанаозенской трагедии.", None),
    # «в итоге», «накануне» are adverbs too: the name after them may be the subject
    ("In the end Tokayev resigned.", "В итоге Токаев ушёл.", None),
    # с + accusative only after a noun of size
    ("He argued with Europe.", "Он спорил с Европу.", "Европой"),
    # с + genitive is "from", "since" or what something starts with; else с + instrumental
    ("Kazakhstan shares a long border with Russia.", "Казахстан граничит с России.", "Россией"),
    ("Kazakhstan borders Russia.", "Казахстан граничит с России.", "Россией"),
    ("Kazakhstan borders Russia.", "Казахстан граничит с Россией.", None),
    ("Workers came from Mangystau and Russia.", "Рабочие приехали с Мангистау и из России.", None),
    ("Troops withdrew from neighbouring Russia.", "Войска вернулись с России.", None),
    ("Thousands fled Ukraine.", "Тысячи бежали с Украины.", None),
    ("It all began with Zhanaozen.", "Всё началось с Жанаозеном.", "Жанаозена"),
    ("It all began with Zhanaozen.", "Всё началось с Жанаозена.", None),
    ("They spoke with Tokayev.", "Они говорили с Токаевым.", None),
])
def test_compound_prepositions(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # verbs whose object takes one case
    ("Moscow helped Tokayev.", "Москва помогла Токаева.", "Токаеву"),
    ("Nazarbayev chaired the Security Council.", "Назарбаев руководил Совета безопасности.", "Советом безопасности"),
    ("Tokayev thanked China.", "Токаев поблагодарил Китаю.", "Китай"),
    ("Moscow helped Tokayev.", "Москва помогла Токаеву.", None),
    ("Tony Blair advised Nazarbayev.", "Тони Блэр консультировал Назарбаеву.", "Назарбаева"),
    ("Tony Blair advised Nazarbayev.", "Тони Блэр консультировал Назарбаева.", None),
    # ... past the verb's own о-phrase between it and its object
    ("On 5 January Tokayev asked Putin for help.", "5 января Токаев попросил о помощи Путину.", "Путина"),
    ("On 5 January Tokayev asked Putin for help.", "5 января Токаев попросил о помощи Путина.", None),
    # an inverted subject is nominative; the genitive of negation; «благодаря» is a preposition
    ("Tokayev was helped by Russia.", "Токаеву помогла Россия.", None),
    ("Tokayev did not visit Almaty.", "Токаев не посетил Алматы.", None),
    ("Putin did not visit Kazakhstan.", "Путин так и не посетил Казахстана.", None),
    ("Thanks to Russia, Tokayev survived.", "Благодаря России Токаев удержался.", None),
    ("The oil workers no longer trusted Tokayev.", "Нефтяники больше не верили Токаева.", "Токаеву"),
    ("The oil workers no longer trusted Tokayev.", "Нефтяники больше не верили Токаеву.", None),
    ("Speakers also remembered Zhanaozen.", "Выступавшие вспоминали и Жанаозена.", "Жанаозен"),
    ("Speakers did not forget to remember Zhanaozen.", "Выступавшие не вспоминали Жанаозена.", None),
    # the genitive of negation replaces a direct object, not a dative
    ("Tokayev did not trust Masimov.", "Токаев не доверял Масимова.", "Масимову"),
    ("Tokayev did not trust Masimov.", "Токаев не доверял Масимову.", None),
    # a name in the nominative right before the verb is its subject: the one after it is no second subject
    ("Nazarbayev chaired the Security Council.", "Назарбаев руководил Совет безопасности.", "Советом безопасности"),
    ("The Security Council was chaired by Nazarbayev.", "Советом безопасности руководил Назарбаев.", None),
    ("In Almaty Nazarbayev chaired it.", "В Алматы руководил Назарбаев.", None),
    # an active participle governs its object as its verb does
    ("Nazarbayev, who ruled Kazakhstan from 1991, kept power.",
     "Назарбаев, управлявший Казахстан с 1991 года, сохранил власть.", "Казахстаном"),
    ("Nazarbayev, who ruled Kazakhstan from 1991, kept power.",
     "Назарбаев, управлявший Казахстаном с 1991 года, сохранил власть.", None),
    # "a letter to X" at the start of the sentence too (a noun that addresses someone only: other capitalised
    # words there may be names or headings); an -ing participle with its object after the
    # English name is no noun the name modifies
    ("A letter to Kairat Abdrakhmanov remained unanswered.",
     "Письмо Кайрата Абдрахманова осталось без ответа.", "Кайрату Абдрахманову"),
    ("Amnesty International has written to Kassym-Jomart Tokayev demanding the release of the journalists.",
     "Amnesty International направила письмо Касым-Жомарта Токаева с требованием освободить журналистов.",
     "Касым-Жомарту Токаеву"),
    # a message "from" or "of" someone is theirs, a genitive, not the dative of whom it goes to
    ("Chris Ford read out the messages from Marko Bojcun.", "Крис Форд зачитал послания Марко Бойцуну.",
     "Марко Бойцуна"),
    ("The Left Bloc has joined the appeal of the Russian Socialist Movement.",
     "«Левый блок» присоединился к обращению Российскому социалистическому движению.",
     "Российского социалистического движения"),
    ("It presents itself as the true opponent of Putin.", "Она выдаёт себя за настоящую оппозицию Путину.", None),
    # a participle of sending: to whom, a dative (by whom, an instrumental)
    ("The embassy refused to accept the petition addressed to Nursultan Nazarbayev.",
     "Посольство отказалось принять петицию, адресованную Нурсултана Назарбаева.", "Нурсултану Назарбаеву"),
    ("The embassy refused to accept the petition addressed to Nursultan Nazarbayev.",
     "Посольство отказалось принять петицию, адресованную Нурсултану Назарбаеву.", None),
    ("The letter was sent to Tokayev.", "Письмо было направлено Токаева.", "Токаеву"),
    ("The letter was sent by Tokayev.", "Письмо было направлено Токаевым.", None),
    # призывать takes the accusative; "joined" an organisation is в + accusative
    ("We call on Boris Johnson to freeze the assets.", "Мы призываем Борису Джонсону заморозить активы.",
     "Бориса Джонсона"),
    ("In 2001 Kazakhstan joined the Shanghai Cooperation Organisation.",
     "В 2001 году Казахстан вступил в Шанхайской организации сотрудничества.",
     "Шанхайскую организацию сотрудничества"),
    # a fronted object of a verb that takes the dative, in another case
    ("The police repeatedly threatened Ainur Kurmanov with arrest.",
     "Айнура Курманова полиция не раз угрожала арестом.", "Айнуру Курманову"),
    ("The police repeatedly threatened Ainur Kurmanov with arrest.",
     "Айнуру Курманову полиция не раз угрожала арестом.", None),
    ("Tony Blair was paid millions by Nazarbayev's government.",
     "Тони Блэра платило миллионы правительство Назарбаева.", "Тони Блэру"),
    ("It was Moscow that helped Tokayev hold on to power.",
     "Токаева удержаться у власти помогла именно Москва.", "Токаеву"),
    # ... not a dative of interest before a verb of the accusative, nor the subject
    ("Massimov's guard was replaced.", "Масимову сменили охрану.", None),
    ("Tokayev thanked the CSTO.", "Токаев поблагодарил ОДКБ.", None),
    # "a speech by X": the author owns it, a genitive — not after «в своём …», a sentence turned active
    ("The picket heard a speech by Yuliya Yurchenko.", "Участники пикета выслушали выступление Юлия Юрченко.",
     "Юлии Юрченко"),
    ("The picket heard a speech by Yuliya Yurchenko.", "Участники пикета выслушали выступление Юлии Юрченко.", None),
    ("The withdrawal was demanded in a statement by Kurmanov.", "Вывода войск потребовал в своём заявлении Курманов.",
     None),
    # the nouns in -мя are no short participles: «со времён Сталина»
    ("No repression on such a scale had been seen since the days of Stalin.",
     "Репрессий такого масштаба не видели со времён Сталин.", "Сталина"),
    # a passive participle opening the sentence takes its agent in the instrumental too
    ("Inspired by Zhanaozen, the miners of Ekibastuz stopped work.",
     "Вдохновлённые Жанаозена, шахтёры Экибастуза прекратили работу.", "Жанаозеном"),
    ("Inspired by Zhanaozen, the miners of Ekibastuz stopped work.",
     "Вдохновлённые Жанаозеном, шахтёры Экибастуза прекратили работу.", None),
    # the passive's agent as the subject of a verb turned active: a nominative, not an instrumental
    ("In London the picket was organised by Anti*Capitalist Resistance.",
     "В Лондоне пикет организовало «Антикапиталистическим сопротивлением».",
     "«Антикапиталистическое сопротивление»"),
    ("In London the picket was organised by Anti*Capitalist Resistance.",
     "В Лондоне пикет организовало «Антикапиталистическое сопротивление».", None),
    ("In London the picket was organised by Anti*Capitalist Resistance.",
     "В Лондоне пикет был организован «Антикапиталистическим сопротивлением».", None),
    # each mention is read against the same mention in the source: the second Путин is the object of
    # "thanked", not the subject of "called"
    ("Putin called Tokayev, and Tokayev thanked Putin.", "Путин позвонил Токаеву, и Токаев поблагодарил Путина.",
     None),
    ("Putin called Tokayev, and Tokayev thanked Putin.", "Путин позвонил Токаеву, и Токаев поблагодарил Путину.",
     "Путина"),
    # a feeling about someone: the instrumental («недовольство Назарбаевым»); the genitive is who feels it
    ("Discontent with Nazarbayev had been building for years.", "Недовольство Назарбаева копилось годами.",
     "Назарбаевым"),
    ("Discontent with Nazarbayev had been building for years.", "Недовольство Назарбаевым копилось годами.", None),
    ("Nazarbayev's discontent was obvious.", "Недовольство Назарбаева было очевидным.", None),
    ("Many were unhappy with Tokayev.", "Многие были недовольны Токаева.", "Токаевым"),
    # more verbs that govern one case: завидовать (dat), заинтересоваться (ins), достичь (gen)
    ("Officials in Aktau secretly envied Karim Massimov.", "Чиновники в Актау втайне завидовали Карима Масимова.",
     "Кариму Масимову"),
    ("Foreign journalists became interested in Taldykorgan.", "Иностранные журналисты заинтересовались Талдыкоргана.",
     "Талдыкорганом"),
    ("News of the shooting reached Ust-Kamenogorsk only the next day.",
     "Известия о стрельбе достигли Усть-Каменогорск только на следующий день.", "Усть-Каменогорска"),
    ("The activists blamed Nazarbayev.", "Активисты винили Назарбаеву.", "Назарбаева"),
    ("The government manipulated the National Security Committee.",
     "Правительство манипулировало Комитет национальной безопасности.", "Комитетом национальной безопасности"),
    ("Tokayev received Kairat Abdrakhmanov.", "Токаев принял Кайрату Абдрахманову.", "Кайрата Абдрахманова"),
    ("Tokayev received Kairat Abdrakhmanov.", "Токаев принял Кайрата Абдрахманова.", None),
    ("Half of the company belongs to Chevron.", "Половина компании принадлежит «Шеврону».", None),
    # "support for Tokayev" may be the objective genitive («поддержку Токаева»): no finding
    ("China confirmed its support for Tokayev.", "Китай подтвердил поддержку Токаева.", None),
    # short adjectives that take a dative, as verbs do
    ("Tokayev owes his political survival to Moscow.", "Своим политическим выживанием Токаев обязан Москвы.",
     "Москве"),
    ("Tokayev owes his political survival to Moscow.", "Своим политическим выживанием Токаев обязан Москве.", None),
    # "a telegram from Xi Jinping": a genitive after the noun, never the instrumental ("with", "by") —
    # unless the noun comes from a verb that takes the instrumental (руководство Советом)
    ("Beijing expressed its support in a telegram from Xi Jinping.",
     "Пекин выразил поддержку в телеграмме Си Цзиньпином.", "Си Цзиньпина"),
    ("Beijing expressed its support in a telegram from Xi Jinping.",
     "Пекин выразил поддержку в телеграмме Си Цзиньпина.", None),
    ("Tokayev removed Nazarbayev from the Security Council.",
     "Токаев отстранил Назарбаева от руководства Советом безопасности.", None),
    # a person after a generic noun, with the English possessive: the company's owner, a genitive
    ("Tony Blair's consulting firm earned millions.", "Консалтинговая фирма Тони Блэру заработала миллионы.",
     "Тони Блэра"),
    ("Tony Blair's consulting firm earned millions.", "Консалтинговая фирма Тони Блэра заработала миллионы.", None),
    ("The state sold the firm to Tony Blair.", "Государство продало фирму Тони Блэру.", None),
    # ... also where the English has "head of": the participle's object is no genitive of a noun
    ("Karim Massimov, head of the National Security Committee since 2016, was detained.",
     "Карим Масимов, с 2016 года возглавлявший Комитет национальной безопасности, был задержан.", None),
    ("Karim Massimov, head of the National Security Committee since 2016, was detained.",
     "Карим Масимов, с 2016 года возглавлявший Комитета национальной безопасности, был задержан.",
     "Комитет национальной безопасности"),
    ("The states that helped Tokayev were thanked.", "Государства, помогавшие Токаева, получили благодарность.",
     "Токаеву"),
    # ... nor one the English makes the verb's object
    ("The ruling elite always feared Zhanaozen.", "Правящая верхушка всегда боялась Жанаозен.", "Жанаозена"),
    ("The ruling elite always feared Zhanaozen.", "Правящая верхушка всегда боялась Жанаозена.", None),
    ("The regime was clearly afraid of the Council of Aksakals.", "Режим явно боялся Совет аксакалов.",
     "Совета аксакалов"),
    # an infinitive hanging on a plural verb: a singular nominative after it is no subject
    ("Western governments kept helping Tokayev.", "Западные правительства продолжали помогать Токаев.",
     "Токаеву"),
    ("Tokayev was to be helped by Russia.", "Токаеву должна была помогать Россия.", None),
    # the passive's agent ("by") is instrumental right after the participle
    ("Tokayev was personally chosen by Nazarbayev.", "Токаев был лично выбран Назарбаев.", "Назарбаевым"),
    ("The party, backed by Russia, won.", "Партия, поддержанная России, победила.", "Россией"),
    ("Tokayev was personally chosen by Nazarbayev.", "Токаев был лично выбран Назарбаевым.", None),
    ("Tokayev was chosen by Nazarbayev.", "Токаева выбрал Назарбаев.", None),
    ("Tokayev was handpicked as his successor by Nazarbayev.", "Токаева выбрал своим преемником Назарбаев.",
     None),
    # "a message from Xi Jinping": after a noun, a genitive
    ("It came in a message from Xi Jinping.", "Это прозвучало в послании Си Цзиньпин.", "Си Цзиньпина"),
    ("It came in a message from Xi Jinping.", "Это прозвучало в послании Си Цзиньпина.", None),
    ("The strikers at Ozenmunaigas refused to negotiate.", "Бастующие работники «Озенмунайгаз» отказались от "
     "переговоров.", "«Озенмунайгаза»"),
    ("A picket could end at Charing Cross police station.", "Пикет может закончиться в полицейском участке "
     "Чаринг-Кросс.", None),
    # "from" belongs to the noun the name modifies: «из участка Чаринг-Кросс» ("from Charing Cross police station")
    ("Officers from Charing Cross police station warned him.", "Полицейские из участка Чаринг-Кросс предупредили его.",
     None),
    ("The law is reinforced by the police bill.", "Закон подкрепляет законопроект о полиции.", None),
])
def test_verbs_govern_their_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_a_mans_first_name_with_a_feminine_surname() -> None:
    source = "Paul Murphy talked with Ainur Kurmanov."
    assert [f.offending for f in _wrong_inflections(source, "Пол Мёрфи говорил с Айнуром Курмановой.")] \
        == ["Курмановой"]
    assert _wrong_inflections(source, "Пол Мёрфи говорил с Айнуром Курмановым.") == []


def _kazakh_wrong_inflections(source: str, target: str) -> list[Finding]:
    return [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "kk")
            if f.check == "target-wrong-inflection"]


def _expect_fix(source: str, target: str, expected: str | None, language: str = "ru") -> None:
    """The wrong-inflection findings on one segment suggest exactly *expected* (None: there are none)."""
    found = _wrong_inflections(source, target) if language == "ru" else _kazakh_wrong_inflections(source, target)
    assert [f.suggestion for f in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # a singular nominative right before a plural past verb is no subject: the verb's object, fronted
    ("The organisers thanked Paul Murphy.", "Пол Мёрфи поблагодарили организаторы пикета.", "Пол Мёрфи"),
    ("Masimov was replaced on 5 January.", "5 января Масимов сменили на посту.", "Масимов"),
    ("Masimov was replaced on 5 January.", "5 января Масимова сменили на посту.", None),
    # names sharing the verb; a plural surname; a singular verb; a comma between
    ("Tokayev and Putin discussed it.", "Токаев и Путин обсудили это.", None),
    ("Tokayev, Putin and Lukashenko discussed it.", "Токаев, Путин и Лукашенко обсудили это.", None),
    ("Tokayev discussed it.", "Токаев обсудил это.", None),
    # past a negation; a person before an impersonal neuter past (genitive of negation, dative)
    ("Masimov was not released.", "Масимов не освободили.", "Масимов"),
    ("Nazarbayev was nowhere to be seen.", "Назарбаев нигде не было видно.", "Назарбаев"),
    ("Nazarbayev was nowhere to be seen.", "Назарбаева нигде не было видно.", None),
    ("Tokayev managed to stay.", "Токаев удалось удержаться.", "Токаев"),
    # an adverb in -ло is no verb
    ("Tokayev warmly greeted Putin.", "Токаев тепло встретил Путина.", None),
])
def test_a_name_before_a_plural_verb_is_its_object(source: str, target: str, flagged: str | None) -> None:
    assert [f.offending for f in _wrong_inflections(source, target)] == ([flagged] if flagged else [])


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # names in one list share one case: what governs the list, or the case all the others share
    ("Protesters filled the squares of Aktau, Atyrau, Taraz and Shymkent.",
     "Демонстранты заполнили площади Актау, Атырау, Тараза и Шымкент.", "Шымкента", "ru"),
    ("The crowd chanted with Pete Firmin and Steve McSweney.",
     "Толпа скандировала вместе с Питом Фёрмином и Стива Максуини.", "Стивом Максуини", "ru"),
    ("The crowd chanted with Pete Firmin and Steve McSweney.",
     "Толпа скандировала вместе с Питом Фёрмином и Стивом Максуини.", None, "ru"),
    ("Strikes in Aktau, Atyrau and Uralsk.", "Забастовки в Актау, Атырау и Уральск.", "Уральске", "ru"),
    ("Troops were sent to Aktau, Atyrau and Uralsk.", "Войска направили в Актау, Атырау и Уральск.", None, "ru"),
    ("Strikes began in Aktau, Atyrau and Uralsk.", "Ақтауда, Атырауға және Оралда ереуілдер басталды.",
     "Атырауда", "kk"),
    # a Kazakh list may put the ending on its last name only
    ("Strikes began in Aktau, Atyrau and Uralsk.", "Ақтау, Атырау және Оралда ереуілдер басталды.", None, "kk"),
    # ... so one name with an ending after a bare one, before the last, is the odd one out
    ("Kashagan is developed by a consortium of Eni, ExxonMobil, TotalEnergies and CNPC.",
     "Қашағанды Eni, ExxonMobil-ге, TotalEnergies және CNPC кіретін консорциум игереді.", "ExxonMobil", "kk"),
    # a name, then a pair sharing its ending: no list with an odd member
    ("Troops were sent to Almaty, Aktau and Zhanaozen.", "Алматыға, Ақтау мен Жаңаөзенге әскер енгізілді.",
     None, "kk"),
    # a list the English puts after its verb as the object: no member in the nominative
    ("Strikes swept Uralsk, Kyzylorda and Taraz.", "Забастовки охватили Уральск, Кызылорда и Тараз.",
     "Кызылорду", "ru"),
    ("Strikes swept Uralsk, Kyzylorda and Taraz.", "Забастовки охватили Уральск, Кызылорду и Тараз.", None, "ru"),
    ("Strikes paralysed Uralsk, Kyzylorda and Taraz.", "Забастовки парализовали Уральск, Кызылорда и Тараз.",
     "Кызылорду", "ru"),
    # the list is the subject (no verb before it in English): nominatives
    ("Uralsk, Kyzylorda and Taraz went on strike.", "Бастовали Уральск, Кызылорда и Тараз.", None, "ru"),
    # a verb that takes no object: the names after it are its subject, inverted
    ("Then came Uralsk, Kyzylorda and Taraz.", "Затем поднялись Уральск, Кызылорда и Тараз.", None, "ru"),
    # two Kazakh names joined by және or мен are one phrase with one case (on both or on the last)
    ("Many activists fled to Russia and China.", "Көптеген белсенділер Ресейде және Қытайға қашып кетті.",
     "Ресейге", "kk"),
    ("Many activists fled to Russia and China.", "Көптеген белсенділер Ресей мен Қытайға қашып кетті.", None, "kk"),
    ("Troops went to Almaty and Kazakhstan's other cities.",
     "Әскер Алматыға және Қазақстанның басқа қалаларына жіберілді.", None, "kk"),
    # a list whose quoted companies are declined: an undeclined one is in the wrong case
    ("Eni works with KazMunayGas and Tengizchevroil.", "Eni работает с «КазМунайГазом» и «Тенгизшевройл».",
     "«Тенгизшевройлом»", "ru"),
    ("Eni works with KazMunayGas and Tengizchevroil.", "Eni работает с «КазМунайГазом» и «Тенгизшевройлом».",
     None, "ru"),
    ("Eni works with KazMunayGas and Tengizchevroil.",
     "Eni работает с компаниями «КазМунайГаз» и «Тенгизшевройл».", None, "ru"),
    # a quoted name of several words may stay undeclined among declined ones
    ("Days later the workers of Kazakhmys, ArcelorMittal Temirtau and Tengizchevroil joined the strike.",
     "Через несколько дней к забастовке присоединились рабочие «Казахмыса», «АрселорМиттал Темиртау» и "
     "«Тенгизшевройла».", None, "ru"),
    # names joined by commas alone are a list where a preposition before them tells its case
    ("On Tuesday there were strikes in Atyrau, Uralsk, Aktobe, Kyzylorda and Taraz, practically everywhere.",
     "Во вторник забастовки шли в Атырау, Уральск, Актобе, Кызылорде, Таразе — практически везде.",
     "Уральске", "ru"),
    ("On Tuesday there were strikes in Atyrau, Uralsk, Aktobe, Kyzylorda and Taraz, practically everywhere.",
     "Во вторник забастовки шли в Атырау, Уральске, Актобе, Кызылорде, Таразе — практически везде.",
     None, "ru"),
    # a comma that ends a clause: names of different kinds are no list
    ("Long before it was barred from elections in Ukraine, the Communist Party of Ukraine approved it.",
     "Задолго до того, как её отстранили от выборов в Украине, Коммунистическая партия Украины одобрила это.",
     None, "ru"),
])
def test_names_in_a_list_share_one_case(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a Kazakh postposition takes one case
    ("They wrote about Tokayev.", "Олар Тоқаевқа туралы жазды.", "Тоқаев"),
    ("They wrote about Tokayev.", "Олар Тоқаев туралы жазды.", None),
    # кейін, бірге are adverbs too, but postpositions when the English has "after", "with"
    ("After Nazarbayev, Tokayev took over.", "Назарбаевқа кейін Тоқаев кірісті.", "Назарбаевтан"),
    ("After Nazarbayev, Tokayev took over.", "Назарбаевтан кейін Тоқаев кірісті.", None),
    ("Nazarbayev spoke later.", "Назарбаевқа кейін хабарласты.", None),
    ("Together with Kurmanov, activists called for solidarity.", "Құрмановқа бірге белсенділер шақырды.",
     "Құрмановпен"),
    ("Together with Kurmanov, activists called for solidarity.", "Құрмановпен бірге белсенділер шақырды.", None),
    # қарсы is also an adverb: only the cases it has in neither use are wrong before it
    ("They rose against Assad.", "Олар Асадты қарсы көтерілді.", "Асадқа"),
    ("They rose against Assad.", "Олар Асадқа қарсы көтерілді.", None),
    ("They welcomed Tokayev.", "Олар Тоқаевты қарсы алды.", None),
    ("Tokayev was against it.", "Тоқаев қарсы болды.", None),
    # "owned by Chevron" turned round: belonging to it (тиесілі), a dative
    ("Workers at Tengizchevroil, which is partly owned by Chevron and ExxonMobil, downed tools.",
     "Chevron-ға және ExxonMobil-ге ішінара тиесілі «Теңізшевройл» компаниясының жұмысшылары жұмысты тоқтатты.",
     None),
    ("Tengizchevroil is half owned by Chevron.", "«Теңізшевройлдың» жартысы Chevron тиесілі.", "Chevron-ға"),
    # "aimed at" someone is "against" them: the dative
    ("The slogan was aimed at Nazarbayev personally.", "Ұран жеке Назарбаев қарсы бағытталған еді.", "Назарбаевқа"),
    ("The slogan was aimed at Nazarbayev personally.", "Ұран жеке Назарбаевқа қарсы бағытталған еді.", None),
    ("The march went as far as Almaty.", "Шеру Алматыда дейін барды.", "Алматыға"),
    ("The march went as far as Almaty.", "Шеру Алматыға дейін барды.", None),
    ("Life is harder in Zhanaozen than in Almaty.", "Жаңаөзенде өмір Алматыда гөрі ауыр.", "Алматыдан"),
    # кейін is also "later": a name in another case before it is no error
    ("Tokayev spoke in Almaty later.", "Тоқаев Алматыда кейін сөйледі.", None),
    # "like Zhanaozen": сияқты takes the nominative; as "it seems" it follows a clause
    ("Like Zhanaozen, Aktau soon came to a standstill.", "Жаңаөзенге сияқты Ақтау да көп ұзамай тұралап қалды.",
     "Жаңаөзен"),
    ("Like Zhanaozen, Aktau soon came to a standstill.", "Жаңаөзен сияқты Ақтау да көп ұзамай тұралап қалды.", None),
    ("Troops seem to have reached Almaty.", "Әскер Алматыға жеткен сияқты.", None),
    # "from X to Y": бастап takes the ablative; as "starting", "leading" its object is an accusative or dative
    ("From Kyzylorda to Pavlodar, workers downed tools.", "Қызылордаға бастап Павлодарға дейін жұмысшылар "
     "жұмысты тоқтатты.", "Қызылордадан"),
    ("From Kyzylorda to Pavlodar, workers downed tools.", "Қызылордадан бастап Павлодарға дейін жұмысшылар "
     "жұмысты тоқтатты.", None),
    ("Kurmanov led the workers to Almaty.", "Құрманов жұмысшыларды Алматыға бастап барды.", None),
    # дейінгі, the adjective of дейін, takes the dative as дейін does
    ("Police closed the road from Aktau to Zhanaozen.", "Полиция Ақтаудан Жаңаөзенде дейінгі жолды жауып тастады.",
     "Жаңаөзенге"),
    ("Police closed the road from Aktau to Zhanaozen.", "Полиция Ақтаудан Жаңаөзенге дейінгі жолды жауып тастады.",
     None),
    # қатысты: "regarding" after a dative, or the past of "take part" after its subject
    ("The UN human rights office issued a new statement on Kazakhstan.",
     "БҰҰ-ның адам құқықтары жөніндегі басқармасы Қазақстан қатысты жаңа мәлімдеме жасады.", "Қазақстанға"),
    ("Kazakhstan took part in the talks.", "Қазақстан келіссөздерге қатысты.", None),
    ("As regards the CSTO, the akimat has nothing to add.", "ҰҚШҰ қатысты әкімдіктің қосар сөзі жоқ.", "ҰҚШҰ-ға"),
    ("As regards the CSTO, the akimat has nothing to add.", "ҰҚШҰ-ға қатысты әкімдіктің қосар сөзі жоқ.", None),
    # ұқсас: "similar to" after a dative, or the plain adjective "similar"
    ("The CSTO is an organisation similar to NATO.", "ҰҚШҰ — НАТО-ны ұқсас ұйым.", "НАТО-ға"),
    ("The CSTO is an organisation similar to NATO.", "ҰҚШҰ — НАТО-ға ұқсас ұйым.", None),
    ("The BBC and International Viewpoint reported similar figures.",
     "BBC мен International Viewpoint ұқсас сандарды келтірді.", None),
    # a year between the article and the name changes nothing ("since the 2011 Zhanaozen massacre": бері + ablative)
    ("The town has been watched since the 2011 Zhanaozen massacre.", "2011 жылғы Жаңаөзен оқиғасына бері қала бақылауда.",
     "Жаңаөзен оқиғасынан"),
    ("The town has been watched since the 2011 Zhanaozen massacre.", "2011 жылғы Жаңаөзен оқиғасынан бері қала бақылауда.",
     None),
    # кеңесші, "adviser to": the dative
    ("Tony Blair was Nazarbayev's adviser for years.", "Тони Блэр көп жыл бойы Назарбаевты кеңесші болды.",
     "Назарбаевқа"),
    ("Tony Blair was an adviser to Nazarbayev for years.", "Тони Блэр көп жыл бойы Назарбаевқа кеңесші болды.", None),
    # басқа: "except", "but" after an ablative, or the adjective "other"
    ("No one but Tokayev knew why.", "Неліктен екенін Тоқаевқа басқа ешкім білмеді.", "Тоқаевтан"),
    ("No one but Tokayev knew why.", "Неліктен екенін Тоқаевтан басқа ешкім білмеді.", None),
])
def test_kazakh_postpositions_govern_the_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the source's possessor ('s, of) left bare across a modifier: only a genitive reaches
    ("Nazarbayev's former adviser stayed silent.", "Назарбаев бұрынғы кеңесшісі үнсіз қалды.", "Назарбаевтың"),
    ("Nazarbayev's former adviser stayed silent.", "Назарбаевтың бұрынғы кеңесшісі үнсіз қалды.", None),
    ("They called this statement of the CSTO a lie.", "Олар ҰҚШҰ бұл мәлімдемесін өтірік деді.", "ҰҚШҰ-ның"),
    # (an adjective no suffix shows is a modifier too: жаңа, "new")
    ("The Head of State met the new leadership of the National Security Committee.",
     "Мемлекет басшысы Ұлттық қауіпсіздік комитеті жаңа басшылығымен кездесті.", "Ұлттық қауіпсіздік комитетінің"),
    ("The Head of State met the new leadership of the National Security Committee.",
     "Мемлекет басшысы Ұлттық қауіпсіздік комитетінің жаңа басшылығымен кездесті.", None),
    # "of" before a name that modifies the noun after it is the phrase's: a compound, no owner
    ("The first units of the CSTO peacekeeping force landed.",
     "ҰҚШҰ бітімгершілік күштерінің алғашқы бөлімшелері қонды.", None),
    ("He assessed the exposure of UK pension funds to the bonds.",
     "Ол Ұлыбритания зейнетақы қорларының облигацияларға тәуелділігін бағалады.", None),
    # a bare possessor right before its noun is a compound: no modifier, no finding
    ("Tokayev's government resigned.", "Тоқаев үкіметі отставкаға кетті.", None),
    # ... but a name that itself ends in a possessed noun (облысы, қозғалысы) owns nothing bare
    ("The oil workers of Mangystau Region were the first to walk out.",
     "Маңғыстау облысы мұнайшылары ереуілге бірінші болып шықты.", "Маңғыстау облысының"),
    ("The oil workers of Mangystau Region were the first to walk out.",
     "Маңғыстау облысының мұнайшылары ереуілге бірінші болып шықты.", None),
    ("Members of the Council of Aksakals were elected at open meetings.",
     "Ақсақалдар кеңесі мүшелері ашық жиналыстарда сайланды.", "Ақсақалдар кеңесінің"),
    # ... across an adjective too (тең, "co-"): "co-chair of the Socialist Movement of Kazakhstan"
    ("Kurmanov, co-chair of the Socialist Movement of Kazakhstan, gave us a briefing.",
     "Қазақстан социалистік қозғалысы тең төрағасы Құрманов бізге мәлімет берді.",
     "Қазақстан социалистік қозғалысының"),
    ("Kurmanov, co-chair of the Socialist Movement of Kazakhstan, gave us a briefing.",
     "Қазақстан социалистік қозғалысының тең төрағасы Құрманов бізге мәлімет берді.", None),
    # ... unless the possessed noun after it takes a case, or another possessed noun follows: one chain, one case
    ("Some factions tried to use the rebellion of the oil workers of Mangystau Region.",
     "Кейбір топтар Маңғыстау облысы мұнайшыларының бас көтеруін пайдалануға тырысты.", None),
    ("Tokayev removed Nazarbayev from the chairmanship of the Security Council.",
     "Тоқаев Назарбаевты Қауіпсіздік кеңесі төрағасы қызметінен босатты.", None),
    # the English possessive and a possessed noun further on, past a relative phrase: only a genitive reaches
    ("Zyuganov's so-called 'communist' party backed the intervention.",
     "Зюгановқа «коммунистік» деп аталатын партиясы араласуды қолдады.", "Зюгановтың"),
    ("Tokayev's decision to dismiss the government did not stop the protests.",
     "Тоқаевқа үкіметті отставкаға жіберу туралы шешімі наразылықтарды тоқтата алмады.", "Тоқаевтың"),
    # ... a bare name too, past the complement of its noun (a case or a postposition between): not a compound
    ("Tokayev's decision to call in foreign troops divided society.",
     "Тоқаев шетел әскерін шақыру туралы шешімі қоғамды екіге жарды.", "Тоқаевтың"),
    ("Kurmanov's words about 'class solidarity' are spot on.",
     "Құрманов «таптық ынтымақтастық» туралы сөзі дәл айтылған.", "Құрмановтың"),
    ("Tokayev's decision to call in foreign troops divided society.",
     "Тоқаевтың шетел әскерін шақыру туралы шешімі қоғамды екіге жарды.", None),
    # ... the possessed noun in the accusative or a verbal noun with the possessive and a case too, past a figure
    ("The circle discussed Tokayev's order to shoot without warning.",
     "Үйірме Тоқаев ескертусіз оқ ату туралы бұйрығын талқылады.", "Тоқаевтың"),
    ("The prosecutor read out Tokayev's address to the nation of 7 January.",
     "Прокурор Тоқаев 7 қаңтардағы халыққа үндеуін толық оқып шықты.", "Тоқаевтың"),
    # (up to eight words on, as for a name in another case: a date and the order's own complement between)
    ("Tokayev's 7 January order to shoot without warning hit the tenge hard.",
     "Тоқаев 7 қаңтардағы ескертусіз оқ ату туралы бұйрығы теңгеге қатты соққы болды.", "Тоқаевтың"),
    # ... not a chain of bare nouns (one compound), nor past a verb form whose subject the bare name is
    ("Many had read Pirani's work on Kazakhstan's oil industry.",
     "Көбі Пиранидің Қазақстан мұнай өнеркәсібі туралы еңбектерін оқыған.", None),
    ("At the time Armenia's prime minister chaired the CSTO.",
     "Ол кезде ҰҚШҰ-ға Армения премьер-министрі төрағалық етті.", None),
    ("Since Tokayev's order to shoot without warning, 225 people have died.",
     "Тоқаев ескертусіз ату туралы бұйрық бергеннен бері 225 адам қаза тапты.", None),
    ("Tokayev's decision came after the CSTO's answer.",
     "Тоқаев ҰҚШҰ-ның жауабынан кейін шешімін жариялады.", None),
    # ... a short possessed noun too (елі, ісі), not one that says when or how long (бойы, жылы)
    ("Students learn about Russia's role in the CSTO.", "Оқушылар Ресейді ҰҚШҰ-дағы ісі туралы біледі.",
     "Ресейдің"),
    ("Students learn about Russia's role in the CSTO.", "Оқушылар Ресейдің ҰҚШҰ-дағы ісі туралы біледі.", None),
    ("Rights groups campaigned for Tuletaeva's release for years.",
     "Құқық қорғау ұйымдары Төлетаеваны босату үшін ұзақ жылдар бойы үгіт жүргізді.", None),
    # ... the possessed noun in the accusative too
    ("Even loyal commentators criticised Tokayev's decision to invite the CSTO.",
     "Тоқаевқа ҰҚШҰ-ны шақыру туралы шешімін тіпті адал шолушылардың өзі сынады.", "Тоқаевтың"),
    ("Even loyal commentators criticised Tokayev's decision to invite the CSTO.",
     "Тоқаевтың ҰҚШҰ-ны шақыру туралы шешімін тіпті адал шолушылардың өзі сынады.", None),
    # a genitive before the name is the clause's subject where the English makes this name the owner
    ("China opposed any interference in Kazakhstan's internal affairs.",
     "Қытайдың Қазақстанға ішкі істеріне араласуға қарсы екені айтылды.", "Қазақстанның"),
    ("China opposed any interference in Kazakhstan's internal affairs.",
     "Қытайдың Қазақстанның ішкі істеріне араласуға қарсы екені айтылды.", None),
    ("Zyuganov's so-called 'communist' party backed the intervention.",
     "Зюгановтың «коммунистік» деп аталатын партиясы араласуды қолдады.", None),
    # a dative that is no possessor: dedicated to him, no possessed noun after
    ("Nazarbayev's monument was torn down.", "Назарбаевқа арналған ескерткіш құлатылды.", None),
    # "Nazarbayev's paid adviser" as "a paid adviser to Nazarbayev": an agent noun in -ші and an adjective
    # in -лы carry no possessive
    ("Tony Blair's role as Nazarbayev's paid adviser was recalled at the protest.",
     "Наразылық акциясында Тони Блэрдің Назарбаевқа ақылы кеңесші болғаны еске салынды.", None),
    # "of" after a concrete noun: an accusative possesses nothing either; after an action or a
    # quantifier the name is the object («… қалпына келтіру», «бүкіл … облысын қамтыды»)
    ("Oil workers of West Kazakhstan Region downed tools.", "Батыс Қазақстан облысын мұнайшылары жұмысты тоқтатты.",
     "Батыс Қазақстан облысының"),
    ("They demanded the restoration of the 1993 Constitution.",
     "Олар 1993 жылғы Конституцияны қалпына келтіруді талап етті.", None),
    ("A strike had gripped the whole of Mangystau Region.", "Бүкіл Маңғыстау облысын жалпы ереуіл қамтыды.", None),
    # the name as the subject of a restructured sentence: nothing possessive follows
    ("Tokayev's order came at night.", "Тоқаев бұйрықты түнде берді.", None),
    # no possessor in the source: «Тоқаев жаңа жарлығын шығарды», he issued his new decree
    ("Tokayev issued a new decree.", "Тоқаев жаңа жарлығын шығарды.", None),
    ("Tokayev issued a new decree.", "Тоқаев өзінің соңғы жарлығын шығарды.", None),
    # another case before the modifier and the possessed noun possesses nothing either
    ("The Kremlin said the CSTO's mission in Kazakhstan would last days.",
     "Кремль ҰҚШҰ-ны Қазақстандағы миссиясы бірнеше күнге созылатынын мәлімдеді.", "ҰҚШҰ-ның"),
    ("The Kremlin said the CSTO's mission in Kazakhstan would last days.",
     "Кремль ҰҚШҰ-ның Қазақстандағы миссиясы бірнеше күнге созылатынын мәлімдеді.", None),
    ("The Kremlin criticised the CSTO for its mission in Kazakhstan.",
     "Кремль ҰҚШҰ-ны Қазақстандағы миссиясы үшін сынады.", None),
    # with the English possessive, a name in another case right before the possessed noun
    ("RISE's member Paul Murphy shared the news.", "RISE-ға мүшесі Пол Мерфи жаңалықпен бөлісті.", "RISE-дың"),
    ("RISE's member Paul Murphy shared the news.", "RISE-дың мүшесі Пол Мерфи жаңалықпен бөлісті.", None),
    # a short noun in -л with the possessive (рөлі "its role") is no adjective in -лі
    ("Russia's role has never been investigated.", "Ресейге рөлі ешқашан тексерілген жоқ.", "Ресейдің"),
    ("Russia's role has never been investigated.", "Ресейдің рөлі ешқашан тексерілген жоқ.", None),
    # "remains" after the name is its verb, not a noun the name modifies: "of" makes it the owner
    ("The former chairman of the National Security Committee remains in custody.",
     "Ұлттық қауіпсіздік комитетін бұрынғы төрағасы қамауда отыр.", "Ұлттық қауіпсіздік комитетінің"),
    ("The former chairman of the National Security Committee remains in custody.",
     "Ұлттық қауіпсіздік комитетінің бұрынғы төрағасы қамауда отыр.", None),
    # a possessed noun made an adjective of place (-ындағы) is the owner's noun too
    ("The protest on Aktau's main square went on.", "Ақтауда басты алаңындағы наразылық жалғасты.", "Ақтаудың"),
    ("The protest on Aktau's main square went on.", "Ақтаудың басты алаңындағы наразылық жалғасты.", None),
    ("He compared it to the repressions of Stalin's time.", "Ол мұны Сталин заманындағы қуғын-сүргінмен салыстырды.",
     None),
    ("Tokayev removed Nazarbayev from the post of chairman of the Security Council.",
     "Тоқаев Назарбаевты Қауіпсіздік кеңесіне төрағасы қызметінен босатты.", "Қауіпсіздік кеңесінің"),
    # "backing of Assad": the object of a verbal noun is an accusative
    ("He compared it with his backing of Assad.", "Ол мұны өзінің Асадты қолдауымен салыстырды.", None),
    ("They demanded the restoration of the 1993 Constitution.",
     "Олар 1993 жылғы Конституцияны қалпына келтіруді талап етті.", None),
    # "Xi Jinping's message": with the English possessive a verbal noun is the name's possession
    ("Xi Jinping's message was read out on television.", "Си Цзиньпинге жолдауы теледидардан оқылды.",
     "Си Цзиньпиннің"),
    ("Xi Jinping's message was read out on television.", "Си Цзиньпиннің жолдауы теледидардан оқылды.", None),
    ("The message to Xi Jinping was read out on television.", "Си Цзиньпинге жолдауы теледидардан оқылды.",
     None),
    # "a speech by Simon Hannah": the author is the possessor too (not a passive's agent)
    ("The picket opened with a short speech by Simon Hannah.", "Пикет Саймон Ханнаға қысқаша сөзімен ашылды.",
     "Саймон Ханнаның"),
    ("The picket opened with a short speech by Simon Hannah.", "Пикет Саймон Ханнаның қысқаша сөзімен ашылды.",
     None),
    ("The picket was opened by Simon Hannah with a short speech.",
     "Пикетті Саймон Ханна қысқаша сөзімен ашты.", None),
])
def test_kazakh_possessor_across_a_modifier_is_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # where something comes from or leaves: the ablative, not the locative or the dative
    ("Russian paratroopers began to withdraw from Kazakhstan on 13 January.",
     "Ресейлік десантшылар 13 қаңтарда Қазақстанда шыға бастады.", "Қазақстаннан"),
    ("Russian paratroopers began to withdraw from Kazakhstan on 13 January.",
     "Ресейлік десантшылар 13 қаңтарда Қазақстаннан шыға бастады.", None),
    ("Many left Zhanaozen after the massacre.", "Қырғыннан кейін көпшілігі Жаңаөзенге кетті.", "Жаңаөзеннен"),
    ("Ukraine left the CIS bodies long ago.", "Украина ТМД-ның органдарынан әлдеқашан шыққан.", None),
    ("They left the CIS.", "Олар ТМД-ны тастап кетті.", None),
    # "from" with no verb of moving: often rendered as where someone lives or something happened
    ("Workers from Zhanaozen joined the rally.", "Жаңаөзенде тұратын жұмысшылар митингке қосылды.", None),
    ("Thousands took part, starting from Almaty.", "Мыңдаған адам қатысты, ал Алматыда жастар көп болды.", None),
    # deleting and parting from: the source of the verb is an ablative
    ("The defendant deleted his posts from Facebook on 6 January.",
     "Сотталушы 6 қаңтарда жазбаларын Facebook-қа өшірген.", "Facebook-тан"),
    ("The defendant deleted his posts from Facebook on 6 January.",
     "Сотталушы 6 қаңтарда жазбаларын Facebook-тан өшірген.", None),
    # ... a "from" that opens the sentence belongs to the main clause's verb after it
    ("From Semey, a city of 300,000, the protests spread to the villages.",
     "300 мың тұрғыны бар Семейге наразылық ауылдарға тарады.", "Семейден"),
    ("From Semey, a city of 300,000, the protests spread to the villages.",
     "300 мың тұрғыны бар Семейден наразылық ауылдарға тарады.", None),
    ("From Semey, a city of 300,000, came a letter of support.",
     "300 мың тұрғыны бар Семейдегі жұмысшылар қолдау хатын жазды.", None),
    # asking something of someone: the ablative, not the accusative (turning to them: the dative)
    ("Tokayev asked Moscow for military help first.", "Тоқаев Мәскеуді ең алдымен әскери көмек сұрады.",
     "Мәскеуден"),
    ("Tokayev asked Moscow for military help first.", "Тоқаев ең алдымен Мәскеуден әскери көмек сұрады.", None),
    ("Tokayev asked Moscow for military help first.", "Тоқаев ең алдымен Мәскеуге жүгінді.", None),
    # "from" with a Kazakh verb whose source is an ablative (талап ету, алу)
    ("The oil workers demanded a pay rise from KazMunayGas.",
     "Мұнайшылар ҚазМұнайГазға жалақыны көтеруді талап етті.", "ҚазМұнайГаздан"),
    ("The oil workers demanded a pay rise from KazMunayGas.",
     "Мұнайшылар ҚазМұнайГаздан жалақыны көтеруді талап етті.", None),
    # ... expecting and learning from someone or something (күту, білу, үйрену)
    ("The diplomats expected nothing but warm words from Johnson.",
     "Дипломаттар Джонсонға жылы сөзден басқа ештеңе күтпеді.", "Джонсоннан"),
    ("The diplomats expected nothing but warm words from Johnson.",
     "Дипломаттар Джонсоннан жылы сөзден басқа ештеңе күтпеді.", None),
    ("Many first learned about the shootings from Facebook.", "Көпшілік атыс туралы алғаш Facebook-қа білді.",
     "Facebook-тан"),
    # the genitive is another way to say it ("coal from Ekibastuz")
    ("Coal from Ekibastuz feeds power stations.", "Екібастұздың көмірі электр стансаларын қоректендіреді.", None),
    # түсу: a request or letter comes in from somewhere («АҚШ-тан түскен сұрау»)
    ("The request received from the USA concerned American citizens.",
     "АҚШ-та түскен сұрау американдық азаматтарға қатысты болды.", "АҚШ-тан"),
    ("The request received from the USA concerned American citizens.",
     "АҚШ-тан түскен сұрау американдық азаматтарға қатысты болды.", None),
    # ... and the owner of a plural possessed object, "read messages from Marko Bojcun"
    ("Chris Ford read messages from Marko Bojcun.", "Крис Форд Марко Бойцунның жолдауларын оқып шықты.", None),
    ("Chris Ford took the letters from Marko Bojcun.", "Крис Форд хаттарды Марко Бойцунның алды.", "Марко Бойцуннан"),
])
def test_kazakh_where_something_comes_from_is_ablative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # риза/наразы ("satisfied/unhappy with") take the dative, көңілі қалу ("disappointed with") the
    # ablative, where the English says so; жағы ("side") a genitive or a bare possessor
    ("The oil workers were no longer satisfied with KazMunayGas.",
     "Мұнайшылар енді «ҚазМұнайГаз» компаниясымен риза емес еді.", "«ҚазМұнайГаз» компаниясына"),
    ("The strikers were disappointed with the European Union.", "Ереуілшілердің Еуропалық Одақпен көңілі қалды.",
     "Еуропалық Одақтан"),
    ("The strikers were disappointed with the European Union.", "Ереуілшілердің Еуропалық Одақтан көңілі қалды.",
     None),
    ("From the very first day the army sided with Tokayev.", "Алғашқы күннен бастап армия Тоқаевпен жағын ұстады.",
     "Тоқаевтың"),
    ("The army sided with Tokayev.", "Армия Тоқаев жағына шықты.", None),
    # "entered Almaty": where to, a dative
    ("CSTO troops entered Almaty on 6 January.", "ҰҚШҰ әскерлері 6 қаңтарда Алматыда кірді.", "Алматыға"),
    ("CSTO troops entered Almaty on 6 January.", "ҰҚШҰ әскерлері 6 қаңтарда Алматыға кірді.", None),
    # "called on Tokayev": шақыру's object, an accusative
    ("The Biden administration called on Tokayev to show restraint.",
     "Байден әкімшілігі Тоқаевқа ұстамдылық танытуға шақырды.", "Тоқаевты"),
    # a genitive with nothing to own before a verb whose source it is ("from")
    ("Tokayev took over the chairmanship of the Security Council from Nazarbayev.",
     "Тоқаев Қауіпсіздік кеңесінің төрағалығын Назарбаевтың қабылдап алды.", "Назарбаевтан"),
    ("Tokayev rejected any mediation from the European Union.",
     "Тоқаев Еуропалық Одақтың кез келген делдалдығынан бас тартты.", None),
    # people "at" a company: a genitive with nothing in its clause to own is no possessor
    ("The strikes also reached the workers at Tengizchevroil.",
     "Ереуілдер «Теңізшевройл» компаниясының жұмысшыларға да жетті.", "«Теңізшевройл» компаниясындағы"),
    ("The strikes also reached the workers at Tengizchevroil.",
     "Ереуілдер «Теңізшевройл» компаниясының жұмысшыларына да жетті.", None),
    # "from" is never an instrumental
    ("During the strike Eni withdrew part of its staff from Karachaganak.",
     "Ереуіл кезінде Eni қызметкерлерінің бір бөлігін Қарашығанақпен шығарып алды.", "Қарашығанақтан"),
    ("Eni worked on Karachaganak together with KazMunayGas.", "Eni Қарашығанақта ҚазМұнайГазбен бірге жұмыс істеді.",
     None),
    # where something is published: a locative
    ("The Fourth International published the statement on International Viewpoint.",
     "Төртінші Интернационал мәлімдемені International Viewpoint-қа жариялады.", "International Viewpoint-та"),
    ("An interview with Kurmanov appeared in International Viewpoint.",
     "Құрмановпен сұхбат International Viewpoint-та жарияланды.", None),
    ("The text was sent to International Viewpoint and published.",
     "Мәтін International Viewpoint-қа жіберіліп, жарияланды.", None),
    # ... not шығу, which goes out *to* somewhere too
    ("Hundreds came out on Trafalgar Square.", "Жүздеген адам Трафальгар алаңына шықты.", None),
])
def test_kazakh_words_that_govern_a_case_where_the_english_says_so(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # тәуелді ("dependent on") takes the dative, тәуелсіз ("independent of") the ablative, where the
    # English says so; else they are adjectives
    ("Tokayev's survival now depends on Russia.", "Тоқаевтың билікте қалуы енді Ресейден тәуелді.", "Ресейге"),
    ("Tokayev's survival now depends on Russia.", "Тоқаевтың билікте қалуы енді Ресейге тәуелді.", None),
    ("Kazakhstan became independent of Moscow in 1991.", "Қазақстан 1991 жылы Мәскеуге тәуелсіз болды.",
     "Мәскеуден"),
    ("Kazakhstan is a dependent country.", "Қазақстан тәуелді ел.", None),
])
def test_kazakh_dependent_on_and_independent_of(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "to" whom something is sent or given: the dative, not the ablative or the locative
    ("The protesters sent their demands to President Tokayev.",
     "Наразылық білдірушілер өз талаптарын Президент Тоқаевтан жолдады.", "Тоқаевқа"),
    ("The protesters sent their demands to President Tokayev.",
     "Наразылық білдірушілер өз талаптарын Президент Тоқаевқа жолдады.", None),
    ("The letter was addressed to Tokayev.", "Хат Тоқаев атына жолданды.", None),
    # "spoke to" someone is done together with them: the instrumental
    ("They spoke to Simon Hannah.", "Олар Саймон Ханнамен сөйлесті.", None),
    ("Then the floor was given to Yuliya Yurchenko.", "Содан кейін сөз Юлия Юрченко берілді.", "Юлия Юрченкоға"),
    # the English first object of "sent", "told" is the recipient: never where something comes from
    ("On 7 January Xi Jinping sent Tokayev a message of support.",
     "7 қаңтарда Си Цзиньпин Тоқаевтан қолдау жолдауын жіберді.", "Тоқаевқа"),
    # (a body told something may be where it was said)
    ("Paul Murphy told the Irish Parliament that their sacrifice must not be forgotten.",
     "Пол Мерфи Ирландия парламентінде олардың құрбандығы ұмытылмауы тиіс екенін айтты.", None),
])
def test_kazakh_recipient_is_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a title noun before an organisation: "chairman of the Security Council" is a genitive
    ("Nazarbayev was chairman of the Security Council.", "Назарбаев был председателем Совет безопасности.",
     "Совета безопасности"),
    ("Nazarbayev was chairman of the Security Council.", "Назарбаев был председателем Совета безопасности.", None),
    # a generic word before an unquoted name the source puts after "of" …
    ("The paper is a publication of the Fourth International.", "Газета — издание Четвёртый интернационал.",
     "Четвёртого интернационала"),
    # … unless the name modifies a noun in the source ("of the Kashagan project")
    ("The cost of the Kashagan project rose.", "Стоимость проекта Кашаган выросла.", None),
    # a short noun in -ены is no participle
    ("Members of the Left Bloc took part.", "Члены «Левый блок» приняли участие.", "«Левого блока»"),
])
def test_titles_and_generic_words_before_an_of_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the head word of a possessive name declined without its possessive
    ("A strike began in Mangystau Region.", "Маңғыстау облысда ереуіл басталды.", "облысында"),
    ("A strike began in Mangystau Region.", "Маңғыстау облысында ереуіл басталды.", None),
    ("He spoke in the Irish Parliament.", "Ол Ирландия парламентте сөйледі.", "парламентінде"),
])
def test_kazakh_possessive_head_keeps_its_possessive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # English "to <name>" after a noun: the one something goes to is a Russian dative
    ("They sent an open letter to Joe Biden.", "Они направили открытое письмо Джо Байденом.", "Джо Байдену"),
    ("The chair gave the floor to Marko Bojcun.", "Председатель предоставил слово Марко Бойцун.", "Марко Бойцуну"),
    ("They sent an open letter to Joe Biden.", "Они направили открытое письмо Джо Байдену.", None),
    # a genitive ("successor to"), a verb that took the name as its object, "according to", a name
    # that modifies a noun in the source
    ("Tokayev became the successor to Nazarbayev.", "Токаев стал преемником Назарбаева.", None),
    ("Tokayev went to Moscow.", "Токаев посетил Москву.", None),
    ("According to Tokayev, the unrest is over.", "Как заявил Токаев, беспорядки закончились.", None),
    ("He was taken to Charing Cross police station.", "Его доставили в участок Чаринг-Кросс.", None),
])
def test_to_a_name_is_a_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a title before a non-person name: the office is "of" it, a genitive, whatever the English
    ("UN High Commissioner Michelle Bachelet spoke.", "Верховный комиссар Организация Объединённых Наций "
     "Мишель Бачелет выступила.", "Организации Объединённых Наций"),
    # a title that can be no nominative: the person's name agrees with it
    ("Troops came at President Tokayev's request.", "Войска пришли по просьбе президента Токаев.", "Токаева"),
    ("Troops came at President Tokayev's request.", "Войска пришли по просьбе президента Токаева.", None),
    ("President Tokayev asked for troops.", "Президент Токаев попросил войска.", None),
    # after a generic word a name is nominative or a genitive complement, never agreeing
    ("Eni is a partner in the Kashagan field.", "Eni — партнёр по месторождению Кашагану.", "Кашаган"),
    ("Eni is a partner in the Kashagan field.", "Eni — партнёр по месторождению Кашаган.", None),
    # compound prepositions, verbs
    ("Following Russia, China backed the regime.", "Вслед за Россию режим поддержал Китай.", "Россией"),
    ("Nazarbayev ruled Kazakhstan for thirty years.", "Назарбаев тридцать лет правил Казахстана.", "Казахстаном"),
    # a preposition, an adjective, the name: the case both allow
    ("The strike spread across all of Western Kazakhstan.", "Забастовка распространилась по всему Западного "
     "Казахстана.", "Западному Казахстану"),
    ("The strike spread across all of Western Kazakhstan.", "Забастовка распространилась по всему Западному "
     "Казахстану.", None),
    ("The state is closely linked with the company Kazakhmys.", "Государство связано с компанией «Казахмысом».",
     "«Казахмыс»"),
    # a one-word name in quotes after a preposition declines; "at" asks for the locative
    ("Chevron holds half of Tengizchevroil.", "У «Шеврон» — половина акций.", "«Шеврона»"),
    ("At Tengizchevroil 40,000 were laid off.", "На «Тенгизшевройл» уволили 40 000 человек.", "«Тенгизшевройле»"),
    ("Workers went to Tengizchevroil.", "Рабочие пошли на «Тенгизшевройл».", None),
    # "to" after a verb of motion asks for the accusative of direction; "welcomed … to" does not
    ("In 1997 Nazarbayev moved the capital to Astana.", "В 1997 году Назарбаев перенёс столицу в Астане.", "Астану"),
    ("He welcomed the minister to London.", "Он принял министра в Лондоне.", None),
])
def test_titles_generic_words_adjectives_and_direction(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_kazakh_possessive_head_that_is_also_another_word() -> None:
    """кеңестің is also a form of "Soviet" (кеңес): the head of Қауіпсіздік кеңесі still needs its possessive."""
    found = _kazakh_wrong_inflections("Nazarbayev was chairman of the Security Council.",
                                      "Назарбаев Қауіпсіздік кеңестің төрағасы болды.")
    assert [f.suggestion for f in found] == ["кеңесінің"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a Kazakh verb whose object takes the dative, after a name in the accusative (and back)
    ("Tokayev turned to Russia for help.", "Тоқаев көмек сұрап Ресейді жүгінді.", "Ресейге"),
    ("Tokayev turned to Russia for help.", "Тоқаев көмек сұрап Ресейге жүгінді.", None),
    ("We turned to Russia for help.", "Біз көмек сұрап Ресейді жүгіндік.", "Ресейге"),     # a personal ending
    ("Don't believe Tokayev!", "Тоқаевты сенбеңдер!", "Тоқаевқа"),     # the imperative, plural or polite
    ("I'd like to thank Paul Murphy.", "Пол Мерфиді алғыс айтқым келеді.", "Пол Мерфиге"),    # the desiderative
    ("Tokayev tried to distance himself from Nazarbayev.", "Тоқаев Назарбаевқа алшақтауға тырысты.", "Назарбаевтан"),
    ("They asked why their government had to rely on Russia.",
     "Олар үкімет неге Ресейді арқа сүйеуге мәжбүр болды деп сұрады.", "Ресейге"),
    ("Don't believe Tokayev!", "Тоқаевқа сенбеңіз!", None),
    # the verbal noun in -у is a noun: support *to* Tokayev
    ("China expressed support for Tokayev.", "Қытай Тоқаевқа қолдау білдірді.", None),
    # a place before the verb is where it happened
    ("Tokayev was supported in Almaty.", "Тоқаевты Алматыда қолдады.", None),
    # an adverb between the name and the verb, where the English makes the name the object
    ("Xi Jinping openly supported Tokayev.", "Си Цзиньпин Тоқаевқа ашық қолдады.", "Тоқаевты"),
    ("Xi Jinping openly supported Tokayev.", "Си Цзиньпин Тоқаевты ашық қолдады.", None),
    ("Xi Jinping sent a letter of support to Tokayev.", "Си Цзиньпин Тоқаевқа хат жолдап, қолдады.", None),
    # a pronoun or an adverb between the name and its verb (ешкім, әлдеқашан): the verb governs the name
    ("Nobody here listened to Biden.", "Мұнда Байденге ешкім тыңдамады.", "Байденді"),
    ("Nobody here listened to Biden.", "Мұнда Байденді ешкім тыңдамады.", None),
    ("Western Europe has long forgotten Zhanaozen.", "Батыс Еуропа Жаңаөзенге әлдеқашан ұмытып кетті.", "Жаңаөзенді"),
    ("People abroad were watching Kazakhstan closely.", "Шетелдегі адамдар Қазақстанға мұқият бақылап отырды.",
     "Қазақстанды"),
    # сынға алу, "criticise": a compound whose object is an accusative
    ("Critics in Britain attacked Blair for working for Nazarbayev.",
     "Ұлыбританиядағы сыншылар Блэрге Назарбаев үшін жұмыс істегені үшін сынға алды.", "Блэрді"),
    ("Critics in Britain attacked Blair for working for Nazarbayev.",
     "Ұлыбританиядағы сыншылар Блэрді Назарбаев үшін жұмыс істегені үшін сынға алды.", None),
    # қамту, "cover, spread across": the accusative
    ("The strike had spread across the whole of Mangystau Region.", "Ереуіл бүкіл Маңғыстау облысына қамтыды.",
     "Маңғыстау облысын"),
    ("The strike had spread across the whole of Mangystau Region.", "Ереуіл бүкіл Маңғыстау облысын қамтыды.", None),
    # meeting, talking, agreeing *with* someone: the instrumental
    ("Tokayev met Putin at the CIS summit.", "Тоқаев ТМД саммитінде Путинге кездесті.", "Путинмен"),
    ("Tokayev met Putin at the CIS summit.", "Тоқаев ТМД саммитінде Путинмен кездесті.", None),
    # an English adverb after the name ("met Putin twice") is no noun it modifies
    ("Tokayev met Putin twice that month.", "Тоқаев сол айда Путинге екі рет кездесті.", "Путинмен"),
    ("Tokayev met Putin twice that month.", "Тоқаев сол айда Путинмен екі рет кездесті.", None),
    # a comparative between the name and its verb is an adverb: the verb governs the name
    ("Investors fear Moscow more than the strikers.", "Инвесторлар ереуілшілерден гөрі Мәскеуді көбірек қорқады.",
     "Мәскеуден"),
    ("Investors fear Moscow more than the strikers.", "Инвесторлар ереуілшілерден гөрі Мәскеуден көбірек қорқады.",
     None),
    # ... so is a word in -сыз/-сіз, "without" (үнсіз, "in silence"), not a verb's polite present (сенесіз)
    ("We listened to Yuliya Yurchenko in silence.", "Біз Юлия Юрченкоға үнсіз тыңдадық.", "Юлия Юрченконы"),
    ("We listened to Yuliya Yurchenko in silence.", "Біз Юлия Юрченконы үнсіз тыңдадық.", None),
    # renouncing (бас тарту) takes an ablative object; a participle between is the name's own verb
    ("The elite renounced Nazarbayev with astonishing ease.", "Элита Назарбаевқа оп-оңай бас тартты.",
     "Назарбаевтан"),
    ("The elite renounced Nazarbayev with astonishing ease.", "Элита Назарбаевтан оп-оңай бас тартты.", None),
    ("Tony Blair, who advised Nazarbayev, declined to comment.",
     "Назарбаевқа кеңес берген Тони Блэр пікір білдіруден бас тартты.", None),
    # fining, a compound whose object is a dative; an amount of a currency before it is counted, not fined
    ("The ministry fined KazMunayGas for the shortage.",
     "Министрлік тапшылық үшін «ҚазМұнайГаз» компаниясын айыппұл салды.", "«ҚазМұнайГаз» компаниясына"),
    ("The ministry fined KazMunayGas for the shortage.",
     "Министрлік тапшылық үшін «ҚазМұнайГаз» компаниясына айыппұл салды.", None),
    # after "to", an ablative before a compound whose object is a dative says where from: wrong
    ("He had put a question to Kurmanov.", "Ол Құрмановтан бір сұрақ қойған.", "Құрмановқа"),
    ("He had put a question to Kurmanov.", "Ол Құрмановқа бір сұрақ қойған.", None),
    ("Two journalists were fined 100,000 tenge each.", "Екі журналиске 100 000 теңге айыппұл салынды.", None),
    # "grateful to X for …" thanks X: the verbal noun between is the reason, not X's verb
    ("We are grateful to Paul Mason for his support.", "Біз Пол Мейсонды көрсеткен қолдауы үшін ризашылық білдіреміз.",
     "Пол Мейсонға"),
    ("We are grateful to Paul Mason for his support.", "Біз Пол Мейсонға көрсеткен қолдауы үшін ризашылық білдіреміз.",
     None),
    # "promised Tokayev that …": the clause between is what was promised, not the name's verb
    ("Putin promised Tokayev that the troops would leave soon.",
     "Путин Тоқаевты әскерлер жақын арада елден кететінін уәде етті.", "Тоқаевқа"),
    ("Putin promised Tokayev that the troops would leave soon.",
     "Путин Тоқаевқа әскерлер жақын арада елден кететінін уәде етті.", None),
    # a request sent to someone (сұрау жолдау), questions put to them (сұрақтар қою)
    ("Has the akimat sent a request to Chevron?", "Әкімдік Chevron-ды сұрау жолдады ма?", "Chevron-ға"),
    ("Has the akimat sent a request to Chevron?", "Әкімдік Chevron-ға сұрау жолдады ма?", None),
    # sanctions on someone: a compound whose object is a dative
    ("Why has nobody imposed sanctions on Russia?", "Неге Ресейді ешкім санкция салмады?", "Ресейге"),
    ("Why has nobody imposed sanctions on Russia?", "Неге Ресейге ешкім санкция салмады?", None),
])
def test_kazakh_verbs_govern_their_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_pronoun_standing_alone_after_a_preposition_is_no_adjective_of_the_name() -> None:
    """«До этого … Назарбаев»: "before that", then the subject in the nominative (a false alarm of
    the preposition–adjective–name rule, seen on the held-out test3 and disclosed in docs/name-checks-history.md)."""
    source = "Before that, Nazarbayev chaired the Security Council."
    assert _wrong_inflections(source, "До этого Назарбаев возглавлял Совет безопасности.") == []
    assert _wrong_inflections("After that Tokayev spoke.", "После того Токаев выступил.") == []
    # the same pronoun agreeing with a name in an oblique case is still checked
    assert [f.suggestion for f in _wrong_inflections(
        "The strike spread across all of Western Kazakhstan.",
        "Забастовка прошла по всему Западного Казахстана.")] == ["Западному Казахстану"]
    # ... and one in the nominative, where the English puts the name after a preposition: no subject
    assert [f.suggestion for f in _wrong_inflections(
        "The strike spread across western Kazakhstan.",
        "Забастовка распространилась по всему Западный Казахстан.")] == ["Западному Казахстану"]
    assert _wrong_inflections("The strike spread across western Kazakhstan.",
                              "Забастовка распространилась по всему Западному Казахстану.") == []
    # an emphatic or possessive pronoun never stands alone: the name after it is its noun
    assert [f.suggestion for f in _wrong_inflections(
        "The strikers demanded an end to it from Tokayev himself.",
        "Бастующие требовали от самого Токаев положить этому конец.")] == ["Токаева"]
    # short feminine pronouns (всей, этой) go with the noun after them too
    assert [f.suggestion for f in _wrong_inflections(
        "Moscow wants to guarantee order across Central Asia.",
        "Москва хочет гарантировать порядок по всей Центральной Азией.")] == ["Центральной Азии"]
    assert _wrong_inflections("Moscow wants to guarantee order across Central Asia.",
                              "Москва хочет гарантировать порядок по всей Центральной Азии.") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name recognised by its possessive head's ending is checked against the verb after it too
    ("Tokayev turned to the Collective Security Treaty Organization for help.",
     "Тоқаев көмек сұрап Ұжымдық қауіпсіздік туралы шарт ұйымын жүгінді.",
     "Ұжымдық қауіпсіздік туралы шарт ұйымына"),
    ("Tokayev turned to the Collective Security Treaty Organization for help.",
     "Тоқаев көмек сұрап Ұжымдық қауіпсіздік туралы шарт ұйымына жүгінді.", None),
    # "according to" a person: the person in the genitive
    ("According to Ainur Kurmanov, the troops stayed away.", "Айнұр Құрманов айтуынша, әскер араласпады.",
     "Айнұр Құрмановтың"),
    ("According to Ainur Kurmanov, the troops stayed away.", "Айнұр Құрмановтың айтуынша, әскер араласпады.", None),
    # any verbal noun so made: by what the person reported, estimated
    ("According to Terry Conway, fifty people came.", "Терри Конуэйге хабарлауынша, елу адам келді.",
     "Терри Конуэйдің"),
    ("According to Terry Conway, fifty people came.", "Терри Конуэйдің хабарлауынша, елу адам келді.", None),
    ("By Kurmanov's estimate, a hundred died.", "Құрманов бағалауынша, жүз адам қаза тапты.", "Құрмановтың"),
    ("By Kurmanov's estimate, a hundred died.", "Құрмановтың бағалауынша, жүз адам қаза тапты.", None),
    # (a word merely ending so, no verbal noun, wants nothing)
    ("Tokayev spoke first.", "Тоқаев бірінше сөйледі.", None),
])
def test_kazakh_heads_and_according_to_a_person(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English object of a verb that ends the Kazakh clause: a definite name takes the verb's case
    ("Paul Murphy criticised Tokayev in parliament.", "Пол Мерфи парламентте Тоқаевқа қатаң сынады.", "Тоқаевты"),
    ("Paul Murphy criticised Tokayev in parliament.", "Пол Мерфи парламентте Тоқаевты қатаң сынады.", None),
    # a compound verb whose noun has the dative already (қалпына келтіру) takes no second dative before it
    ("Parliament must restore the 1993 Constitution.", "Парламент 1993 жылғы Конституцияға қалпына келтіруі тиіс.",
     "1993 жылғы Конституцияны"),
    ("Parliament must restore the 1993 Constitution.", "Парламент 1993 жылғы Конституцияны қалпына келтіруі тиіс.",
     None),
    ("Order has been restored in Almaty.", "Алматыда тәртіп қалпына келтірілді.", None),
    # an imperative that opens a slogan makes the name its object ("Restore the 1993 Constitution!")
    ("Restore the 1993 Constitution — that is the demand of Zhanaozen!",
     "1993 жылғы Конституцияға қалпына келтіріңдер — Жаңаөзеннің талабы осы!", "1993 жылғы Конституцияны"),
    ("Restore the 1993 Constitution — that is the demand of Zhanaozen!",
     "1993 жылғы Конституцияны қалпына келтіріңдер — Жаңаөзеннің талабы осы!", None),
    # ... and one before a person's name with no article, of a verb that acts on people ("Invite Paul Mason")
    ("Invite Paul Mason to the online meeting on Friday.",
     "Жұма күнгі онлайн жиналысқа Пол Мейсонға шақырыңдар.", "Пол Мейсонды"),
    ("Invite Paul Mason to the online meeting on Friday.",
     "Жұма күнгі онлайн жиналысқа Пол Мейсонды шақырыңдар.", None),
    # (not a preposition that opens it: "Inside the CSTO, …")
    ("Inside the CSTO, Russia decides everything.", "ҰҚШҰ-ның ішінде бәрін Ресей шешеді.", None),
    # ... and of verbs of leading a body ("Tokayev now chairs the Security Council")
    ("Tokayev now chairs the Security Council.", "Қауіпсіздік кеңесі енді Тоқаев басқарады.", "Қауіпсіздік кеңесін"),
    ("Tokayev now chairs the Security Council.", "Қауіпсіздік кеңесін енді Тоқаев басқарады.", None),
    # a past verb with its particle ("set up the Council of Aksakals", "took over the KNB") acts on the name too
    ("The protesters set up the Council of Aksakals as an informal governing body.",
     "Наразылық білдірушілер бейресми басқару органы ретінде Ақсақалдар кеңесі құрды.", "Ақсақалдар кеңесін"),
    ("The protesters set up the Council of Aksakals as an informal governing body.",
     "Наразылық білдірушілер бейресми басқару органы ретінде Ақсақалдар кеңесін құрды.", None),
    # the present of a verb that acts on someone, as a timeline writes it ("Tokayev relieves Nazarbayev")
    ("5 January — Tokayev relieves Nazarbayev of his post as chairman of the Security Council.",
     "5 қаңтар — Тоқаев Назарбаевқа Қауіпсіздік кеңесінің төрағасы қызметінен босатты.", "Назарбаевты"),
    ("5 January — Tokayev relieves Nazarbayev of his post as chairman of the Security Council.",
     "5 қаңтар — Тоқаев Назарбаевты Қауіпсіздік кеңесінің төрағасы қызметінен босатты.", None),
    # a verb that acts on someone after "to" is an infinitive too, said with a verbal noun: its case
    ("The defence asks to call Ainur Kurmanov as a witness by video link.",
     "Қорғаушы Айнұр Құрмановқа бейнебайланыс арқылы куәгер ретінде шақыруды сұрады.", "Айнұр Құрмановты"),
    ("The defence asks to call Ainur Kurmanov as a witness by video link.",
     "Қорғаушы Айнұр Құрмановты бейнебайланыс арқылы куәгер ретінде шақыруды сұрады.", None),
    # a reported clause in a participle made a noun closes first: its verb takes the name
    ("He recalled that a court in Aktau had sentenced Roza Tuletaeva to seven years.",
     "Ол Ақтаудағы сот Роза Төлетаева жеті жылға соттағанын еске алды.", "Роза Төлетаеваны"),
    ("He recalled that a court in Aktau had sentenced Roza Tuletaeva to seven years.",
     "Ол Ақтаудағы сот Роза Төлетаеваны жеті жылға соттағанын еске алды.", None),
    # (not one a postposition makes an adverbial: "criticised the party for backing")
    ("The text criticises the Workers World Party for backing the intervention.",
     "Мақалада Дүниежүзілік жұмысшылар партиясы әскери араласуды қолдағаны үшін сынға алынады.", None),
    ("Many blamed Nazarbayev rather than Tokayev.", "Көпшілік Тоқаевты емес, Назарбаевтың кінәлады.",
     "Назарбаевты"),
    ("The court sentenced Roza Tuletaeva to seven years.",
     "Сот Роза Төлетаева жеті жылға бас бостандығынан айырды.", "Роза Төлетаеваны"),
    ("The court sentenced Roza Tuletaeva to seven years.",
     "Сот Роза Төлетаеваны жеті жылға бас бостандығынан айырды.", None),
    # fearing is the ablative, past a hearsay word
    ("Nazarbayev's family feared Tokayev more than the crowds.",
     "Назарбаевтың отбасы жұрттан гөрі Тоқаевқа көбірек қорықты деседі.", "Тоқаевтан"),
    ("Nazarbayev's family feared Tokayev more than the crowds.",
     "Назарбаевтың отбасы жұрттан гөрі Тоқаевтан көбірек қорықты.", None),
    # the name possesses the object; a passive; the English name modifies a noun; another object between
    ("Paul Murphy criticised Tokayev's order.", "Пол Мерфи Тоқаевтың бұйрығын сынады.", None),
    ("Paul Murphy criticised Tokayev in parliament.", "Тоқаев парламентте Пол Мерфи тарапынан сыналды.", None),
    ("Workers supported Tengizchevroil strikers in Atyrau.",
     "Жұмысшылар Атырауда Теңізшевройл ереуілшілерін қолдады.", None),
    ("They removed Nazarbayev from the council.", "Олар Назарбаевқа кеңестегі орнын босатты.", None),
    # a possessive of a stem in -т (комитеті) is no other accusative taking the object's place
    ("Tokayev dismissed Massimov from the post of chairman of the National Security Committee.",
     "Тоқаев Мәсімовке Ұлттық қауіпсіздік комитеті төрағасы лауазымынан босатты.", "Мәсімовті"),
    ("Tokayev dismissed Massimov from the post of chairman of the National Security Committee.",
     "Тоқаев Мәсімовті Ұлттық қауіпсіздік комитеті төрағасы лауазымынан босатты.", None),
    # the object of an English infinitive, said with a Kazakh verbal noun that has a case or stands before
    # a postposition («басқаруға», «шақыруды», «босату туралы»)
    ("Nazarbayev wanted to chair the Security Council for life.",
     "Назарбаев Қауіпсіздік кеңесіне өмір бойы басқаруға ниетті болды.", "Қауіпсіздік кеңесін"),
    ("Nazarbayev wanted to chair the Security Council for life.",
     "Назарбаев Қауіпсіздік кеңесін өмір бойы басқаруға ниетті болды.", None),
    # (not a bare verbal noun that is a noun, «тергеу жүргізу», nor the finite verb the infinitive hangs on)
    ("We call on the UN to press Kazakhstan for an independent investigation.",
     "Біз БҰҰ-ны Қазақстаннан тәуелсіз тергеу жүргізуді талап етуге шақырамыз.", None),
    ("They urged the workers to leave Kazakhstan.", "Олар жұмысшыларды Қазақстаннан кетуге шақырды.", None),
    # the object of "helped", "joined", "trusted" is the dative object of the Kazakh verb that says it
    ("Russia, which helped Assad to stay in power, sent troops.",
     "Асадты билікте қалуға көмектескен Ресей әскер жіберді.", "Асадқа"),
    ("Around forty people joined Simon Hannah outside the embassy.",
     "Елшіліктің алдында Саймон Ханнаны қырыққа жуық адам қосылды.", "Саймон Ханнаға"),
    ("Around forty people joined Simon Hannah outside the embassy.",
     "Елшіліктің алдында Саймон Ханнаға қырыққа жуық адам қосылды.", None),
    # (not where another verb form between may take the accusative)
    ("They helped Assad's opponents leave Syria.", "Олар Асадты жақтамайтындарға Сириядан кетуге көмектесті.", None),
    # receiving, welcoming someone, taking someone to court: the accusative
    ("Boris Johnson had received Abdrakhmanov in London.", "Борис Джонсон Әбдірахмановқа Лондонда қабылдаған еді.",
     "Әбдірахмановты"),
    ("The organisers warmly welcomed John McDonnell.", "Ұйымдастырушылар Джон Макдоннеллге жылы қарсы алды.",
     "Джон Макдоннеллді"),
    ("Dismissed workers took Ozenmunaigas to court.",
     "Жұмыстан шығарылған жұмысшылар «Өзенмұнайгаз» компаниясына сотқа берді.", "«Өзенмұнайгаз» компаниясын"),
    ("The organisers warmly welcomed John McDonnell.", "Ұйымдастырушылар Джон Макдоннеллді жылы қарсы алды.", None),
    # "the whole of", "the neighbouring" between the English verb and its object
    ("The strike soon engulfed the neighbouring Atyrau Region too.",
     "Көп ұзамай ереуіл көршілес Атырау облысына да қамтыды.", "Атырау облысын"),
    ("The crackdown shocked the whole of Central Asia.", "Қуғын-сүргін бүкіл Орталық Азия дүр сілкіндірді.",
     "Орталық Азияны"),
    # a question particle after the verb («шақырды ма?»)
    ("Has the akimat invited Ainur Kurmanov to the public council?",
     "Әкімдік Айнұр Құрмановқа қоғамдық кеңеске шақырды ма?", "Айнұр Құрмановты"),
    ("Has the akimat invited Ainur Kurmanov to the public council?",
     "Әкімдік Айнұр Құрмановты қоғамдық кеңеске шақырды ма?", None),
    # the negative past («айыптаған жоқ»): the participle's verb governs; turning into (айналдыру)
    ("Britain never once condemned Tokayev.", "Ұлыбритания Тоқаевқа бірде-бір рет айыптаған жоқ.", "Тоқаевты"),
    ("Britain never once condemned Tokayev.", "Ұлыбритания Тоқаевты бірде-бір рет айыптаған жоқ.", None),
    ("Investment has turned China into Russia's rival.", "Инвестициялар Қытай Ресейдің бәсекелесіне айналдырды.",
     "Қытайды"),
    # more verbs whose object is a definite accusative: sidelining, registering, sweeping
    ("Tokayev pushed Nazarbayev out of the Security Council.",
     "Тоқаев Назарбаев Қауіпсіздік кеңесінен шеттетті.", "Назарбаевты"),
    ("Tokayev pushed Nazarbayev out of the Security Council.",
     "Тоқаев Назарбаевты Қауіпсіздік кеңесінен шеттетті.", None),
    ("The Ministry of Justice refused to register the Socialist Movement of Kazakhstan.",
     "Әділет министрлігі Қазақстан социалистік қозғалысы тіркеуден бас тартты.", "Қазақстан социалистік қозғалысын"),
    ("The Ministry of Justice refused to register the Socialist Movement of Kazakhstan.",
     "Әділет министрлігі Қазақстан социалистік қозғалысын тіркеуден бас тартты.", None),
])
def test_kazakh_clause_verb_takes_its_object_in_its_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare noun's case ending put after the possessive: the possessive takes its own, with -н-
    ("The strike spread to Atyrau Region.", "Ереуіл Атырау облысыға тарады.", "облысына"),
    ("The decree stripped the Security Council of its powers.", "Жарлық Қауіпсіздік кеңесіні өкілеттігінен айырды.",
     "кеңесін"),
    ("The strike spread to Atyrau Region.", "Ереуіл Атырау облысына тарады.", None),
])
def test_kazakh_case_ending_after_the_possessive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English subject of an active verb (or a passive's agent) is a Kazakh nominative: in the accusative
    # or dative, with another object in the clause, it is made the object or the addressee
    ("Terry Conway wrote the report on the picket.", "Пикет туралы есепті Терри Конуэйге жазды.", "Терри Конуэй"),
    ("UN human rights chief Michelle Bachelet urged the authorities to free everyone.",
     "БҰҰ-ның жоғарғы комиссары Мишель Бачелетті билікті бәрін босатуға шақырды.", "Мишель Бачелет"),
    ("The statement was distributed by the Russian Socialist Movement on 6 January.",
     "Мәлімдемені 6 қаңтарда Ресей социалистік қозғалысын таратты.", "Ресей социалистік қозғалысы"),
    ("Terry Conway wrote the report on the picket.", "Пикет туралы есепті Терри Конуэй жазды.", None),
    # ... or, in the accusative, where it opens the sentence, the subject's place, whatever else the clause has
    ("Zhanaozen showed in 2011, and again in 2022, that oil workers are the backbone of this country.",
     "Жаңаөзенді 2011 жылы да, 2022 жылы да мұнайшылардың осы елдің тірегі екенін көрсетті.", "Жаңаөзен"),
    ("Zhanaozen showed in 2011, and again in 2022, that oil workers are the backbone of this country.",
     "Жаңаөзен 2011 жылы да, 2022 жылы да мұнайшылардың осы елдің тірегі екенін көрсетті.", None),
    ("Tajikistan sent about two hundred soldiers.", "Тәжікстанға екі жүзге жуық әскери жіберді.", "Тәжікстан"),
    # ... or, in the accusative, for a body or person that acts, wherever it stands (an attribute before it)
    ("The Council of Aksakals in Zhanaozen refused to negotiate with the akim.",
     "Жаңаөзендегі Ақсақалдар кеңесін әкіммен келіссөз жүргізуден бас тартты.", "Ақсақалдар кеңесі"),
    ("The Council of Aksakals in Zhanaozen refused to negotiate with the akim.",
     "Жаңаөзендегі Ақсақалдар кеңесі әкіммен келіссөз жүргізуден бас тартты.", None),
    # ... the present of a verb of saying or doing too, as timelines and headlines write it
    ("January 2022 — The EU calls on the Kazakh authorities to respect the right to protest.",
     "2022 жылғы қаңтар — Еуропалық Одақты Қазақстан билігін наразылық құқығын құрметтеуге шақырды.",
     "Еуропалық Одақ"),
    ("January 2022 — The EU calls on the Kazakh authorities to respect the right to protest.",
     "2022 жылғы қаңтар — Еуропалық Одақ Қазақстан билігін наразылық құқығын құрметтеуге шақырды.", None),
    # (a place may be made the object of a sentence turned round: «Алматыны өрт шарпыды», fire swept it)
    ("Almaty burned for two nights.", "Екі түн бойы Алматыны өрт шарпыды.", None),
    # a subject that undergoes rather than does may become the addressee
    ("Tokayev received the letter on 6 January.", "6 қаңтарда Тоқаевқа хатты жеткізді.", None),
    # no other object in the clause: the name may be an experiencer («Тоқаевқа тура келді»)
    ("Tokayev had to call in the CSTO.", "Тоқаевқа ҰҚШҰ-ға жүгінуге тура келді.", None),
    # a passive kept: the agent before тарапынан
    ("The statement was distributed by the Russian Socialist Movement.",
     "Мәлімдеме Ресей социалистік қозғалысы тарапынан таратылды.", None),
])
def test_kazakh_english_subject_is_nominative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the one something is given or sent to: a dative, not the thing given (an accusative)
    ("Kurmanov sent an open letter to Michelle Bachelet.", "Құрманов Мишель Бачелетті ашық хат жолдады.",
     "Мишель Бачелетке"),
    ("Moscow offered Tokayev military aid within hours.", "Мәскеу бірнеше сағат ішінде Тоқаевты әскери көмек ұсынды.",
     "Тоқаевқа"),
    ("Moscow offered Tokayev military aid within hours.", "Мәскеу бірнеше сағат ішінде Тоқаевқа әскери көмек ұсынды.",
     None),
    ("Nazarbayev nominated Tokayev in 2019.", "Назарбаев 2019 жылы Тоқаевты ұсынды.", None),
    ("They sent congratulations to Tokayev.", "Олар Тоқаевты құттықтады.", None),
    # the first object of "told", "informed", "promised", "paid" is the one told, whatever follows it
    ("Kurmanov told Paul Murphy about the strike committees.",
     "Құрманов Пол Мерфиді ереуіл комитеттері туралы айтып берді.", "Пол Мерфиге"),
    ("Tokayev informed Putin that the operation had been completed.",
     "Тоқаев Путинді операцияның аяқталғанын хабарлады.", "Путинге"),
    ("Tokayev informed Putin that the operation had been completed.",
     "Тоқаев Путинге операцияның аяқталғанын хабарлады.", None),
    ("Kazakhstan informed the United States of America about the investigation.",
     "Қазақстан Америка Құрама Штаттарын тергеу туралы хабардар етті.", None),
    # "with" a partner: an instrumental, never the object
    ("Kurmanov has worked closely with Paul Murphy for years.",
     "Құрманов бірнеше жылдан бері Пол Мерфиді тығыз жұмыс істеп келеді.", "Пол Мерфимен"),
    ("Kurmanov has worked closely with Paul Murphy for years.",
     "Құрманов бірнеше жылдан бері Пол Мерфимен тығыз жұмыс істеп келеді.", None),
    ("Many were unhappy with Tokayev.", "Көпшілік Тоқаевқа наразы болды.", None),
    # ... nor a dative before a verb of meeting or talking with
    ("Tokayev held talks with Xi Jinping by telephone.", "Тоқаев Си Цзиньпинге телефон арқылы келіссөз жүргізді.",
     "Си Цзиньпинмен"),
    ("Tokayev held talks with Xi Jinping by telephone.", "Тоқаев Си Цзиньпинмен телефон арқылы келіссөз жүргізді.",
     None),
    # ... nor right before a noun of doing something with someone, past an adjective of closeness
    ("Ankara has close ties with Kazakhstan.", "Анкараның Қазақстанға тығыз байланысы бар.", "Қазақстанмен"),
    ("Ankara has close ties with Kazakhstan.", "Анкараның Қазақстанмен тығыз байланысы бар.", None),
    # ... nor of interviewing, arguing, consulting with someone
    ("Democracy Now! interviewed Ainur Kurmanov.", "Democracy Now! бағдарламасы Айнұр Құрмановқа сұхбаттасты.",
     "Айнұр Құрмановпен"),
    ("Democracy Now! interviewed Ainur Kurmanov.", "Democracy Now! бағдарламасы Айнұр Құрмановпен сұхбаттасты.",
     None),
    ("Kazakhstan is in arbitration with ExxonMobil over costs.",
     "Қазақстан шығындарға байланысты ExxonMobil-ге төрелік сотта дауласып жатыр.", "ExxonMobil-мен"),
    ("Tokayev met with Putin in Moscow.", "Тоқаев Путинге Мәскеуде кездесті.", "Путинмен"),
    ("On 7 January Paul Murphy spoke by phone with Ainur Kurmanov.",
     "Пол Мерфи 7 қаңтарда Айнұр Құрмановтан телефон арқылы сөйлесті.", "Айнұр Құрмановпен"),
    # ... nor right before a noun of doing something with someone; given *to* someone, a dative
    ("The interview with Ainur Kurmanov was translated into five languages.",
     "Айнұр Құрмановқа сұхбат бес тілге аударылды.", "Айнұр Құрмановпен"),
    ("The interview with Ainur Kurmanov was translated into five languages.",
     "Айнұр Құрмановпен сұхбат бес тілге аударылды.", None),
    ("In an interview with Ainur Kurmanov, Paul Murphy spoke about the strikes.",
     "Пол Мерфи Айнұр Құрмановқа берген сұхбатында ереуілдер туралы айтты.", None),
    # a subject in the accusative before a verb that takes a partner, not an object
    ("The Council of Aksakals negotiated directly with the regional governor.",
     "Ақсақалдар кеңесін облыс әкімімен тікелей келіссөз жүргізді.", "Ақсақалдар кеңесі"),
    ("The Council of Aksakals negotiated directly with the regional governor.",
     "Ақсақалдар кеңесі облыс әкімімен тікелей келіссөз жүргізді.", None),
    # сену ("trust") takes the dative, negated too
    ("The strikers did not trust Tokayev.", "Ереуілшілер Тоқаевты сенбеді.", "Тоқаевқа"),
    ("The strikers did not trust Tokayev.", "Ереуілшілер Тоқаевқа сенбеді.", None),
    # where something takes place: a locative
    ("The first rally took place in Zhanaozen on 2 January.", "Алғашқы митинг 2 қаңтарда Жаңаөзенге өтті.",
     "Жаңаөзенде"),
    ("The trial took place in Taldykorgan behind closed doors.", "Сот процесі Талдықорғаннан жабық есік жағдайында өтті.",
     "Талдықорғанда"),
    ("The first rally took place in Zhanaozen on 2 January.", "Алғашқы митинг 2 қаңтарда Жаңаөзенде өтті.", None),
    # ... also before a coordinated verb, in a compound of dying, and "throughout" a place
    ("Marko Bojcun lives and writes in London.", "Марко Бойцун Лондонға тұрады және жазады.", "Лондонда"),
    ("Marko Bojcun lives and writes in London.", "Марко Бойцун Лондонда тұрады және жазады.", None),
    ("Kurmanov estimated that a hundred people had died in Almaty alone.",
     "Құрмановтың бағалауынша, тек Алматыдан жүз адам қаза тапқан.", "Алматыда"),
    ("By 3 January a general strike was under way throughout Mangystau Region.",
     "3 қаңтарға қарай бүкіл Маңғыстау облысына жалпы ереуіл жүріп жатты.", "Маңғыстау облысында"),
    ("By 3 January a general strike was under way throughout Mangystau Region.",
     "3 қаңтарға қарай бүкіл Маңғыстау облысында жалпы ереуіл жүріп жатты.", None),
    # "the events in Almaty": where a thing is, not "from" or "with" it
    # (the fix: the attribute of the noun that follows, -дағы)
    ("The events in Almaty shocked the whole country.", "Алматымен оқиғалар бүкіл елді дүр сілкіндірді.",
     "Алматыдағы"),
    ("Police opened fire on protesters in Almaty.", "Полиция Алматыдан наразыларға оқ атты.", "Алматыдағы"),
    ("Police opened fire on protesters in Almaty.", "Полиция Алматыдағы наразыларға оқ атты.", None),
    # ... not a beginning told from where, nor "unlike in", nor "interest in" (a dative)
    ("The uprising that began in West Kazakhstan soon reached Almaty.",
     "Батыс Қазақстаннан басталған көтеріліс көп ұзамай Алматыға жетті.", None),
    ("Unlike in Syria, the regime regained control within days.",
     "Сириядан айырмашылығы, режим бірнеше күн ішінде бақылауды қайта алды.", None),
    ("Interest in Kazakhstan grew.", "Қазақстанға қызығушылық артты.", None),
    # a verb of the dative past an adverb (енді), and its verbal noun (сенуге); шағымдану takes the dative
    ("Many young Kazakhs no longer believe Nazarbayev.", "Көптеген қазақ жастары Назарбаевты енді сенбейді.",
     "Назарбаевқа"),
    ("Many young Kazakhs no longer believe Nazarbayev.", "Көптеген қазақ жастары Назарбаевқа енді сенбейді.", None),
    ("The workers had no reason to trust the CSTO.", "Жұмысшылардың ҰҚШҰ-ны сенуге негізі жоқ.", "ҰҚШҰ-ға"),
    # ... and after an auxiliary with its subject and an adverb between ("did Tokayev still trust")
    ("After Massimov's arrest, did Tokayev still trust the KNB?",
     "Мәсімов қамауға алынғаннан кейін Тоқаев ҰҚК-ны әлі де сенді ме?", "ҰҚК-ға"),
    ("After Massimov's arrest, did Tokayev still trust the KNB?",
     "Мәсімов қамауға алынғаннан кейін Тоқаев ҰҚК-ға әлі де сенді ме?", None),
    # a sentence passed on someone (жазасын кесті, тағайындады): the compound's noun is its object, the one
    # sentenced a dative
    ("In 2012 a court sentenced Roza Tuletaeva to seven years in prison.",
     "2012 жылы сот Роза Төлетаеваны жеті жылға бас бостандығынан айыру жазасын кесті.", "Роза Төлетаеваға"),
    ("In 2012 a court sentenced Roza Tuletaeva to seven years in prison.",
     "2012 жылы сот Роза Төлетаеваға жеті жылға бас бостандығынан айыру жазасын кесті.", None),
    ("In 2012 a court sentenced Roza Tuletaeva to seven years in prison.",
     "2012 жылы сот Роза Төлетаеваны жеті жылға соттады.", None),
    # appealing or turning to someone (жүгіну) is telling: the one addressed is a dative
    ("Tokayev appealed to the CSTO for help on the night of 5 January.",
     "Тоқаев 5 қаңтарға қараған түні ҰҚШҰ-ны көмек сұрап жүгінді.", "ҰҚШҰ-ға"),
    ("Tokayev appealed to the CSTO for help on the night of 5 January.",
     "Тоқаев 5 қаңтарға қараған түні ҰҚШҰ-ға көмек сұрап жүгінді.", None),
    # (a quoted name declined inside its quotes is a name like any other: its ending shows the case)
    ("Few oil workers still trust KazMunayGas.", "Мұнайшылардың аз бөлігі ғана «ҚазМұнайГазды» әлі де сенеді.",
     "«ҚазМұнайГазға»"),
    ("Few oil workers still trust KazMunayGas.", "Мұнайшылардың аз бөлігі ғана «ҚазМұнайГазға» әлі де сенеді.",
     None),
    ("Relatives complained to the United Nations.", "Туыстары Біріккен Ұлттар Ұйымын шағымданды.",
     "Біріккен Ұлттар Ұйымына"),
    # a gerund after "went on" makes the name its object
    ("Blair went on advising Nazarbayev even after the shootings of 2011.",
     "Блэр 2011 жылғы атыстан кейін де Назарбаевты кеңес беруін жалғастырды.", "Назарбаевқа"),
    ("Blair went on advising Nazarbayev even after the shootings of 2011.",
     "Блэр 2011 жылғы атыстан кейін де Назарбаевқа кеңес беруін жалғастырды.", None),
    # a pair's case ending goes on both names or on the last only
    ("Tokayev assured Eni and ExxonMobil that their investments would be protected.",
     "Тоқаев Eni-ге мен ExxonMobil олардың инвестициялары қорғалатынына кепілдік берді.", "Eni"),
    ("Tokayev assured Eni and ExxonMobil that their investments would be protected.",
     "Тоқаев Eni мен ExxonMobil-ге олардың инвестициялары қорғалатынына кепілдік берді.", None),
    ("Our statement was published on Facebook and on the International Viewpoint site.",
     "Мәлімдемеміз Facebook-та және International Viewpoint сайтында жарияланды.", None),
    # compound verbs of the accusative (сатып алды "bought"); a partner verb places its meeting too
    ("In 2005 CNPC bought PetroKazakhstan.", "CNPC 2005 жылы «ПетроҚазақстан» компаниясы сатып алды.",
     "«ПетроҚазақстан» компаниясын"),
    ("In November 2021 Kairat Abdrakhmanov met British officials in London.",
     "2021 жылдың қарашасында Қайрат Әбдірахманов Лондонға британдық шенеуніктермен кездесті.", "Лондонда"),
    ("In November 2021 Kairat Abdrakhmanov met British officials in London.",
     "2021 жылдың қарашасында Қайрат Әбдірахманов Лондонда британдық шенеуніктермен кездесті.", None),
    # танау ("recognise as") takes the accusative anywhere in its clause
    ("Amnesty International recognised Roza Tuletaeva as a prisoner of conscience.",
     "Amnesty International Роза Төлетаеваға ар-ождан тұтқыны деп таныды.", "Роза Төлетаеваны"),
    ("Amnesty International recognised Roza Tuletaeva as a prisoner of conscience.",
     "Amnesty International Роза Төлетаеваны ар-ождан тұтқыны деп таныды.", None),
    # ... but the verbal noun of a verb of the accusative is a noun: support *to* someone
    ("China expressed support for Tokayev.", "Қытай Тоқаевқа қолдау білдірді.", None),
    # a passive verb takes no object: no accusative right before it
    ("Most of the oil goes to Europe.", "Мұнайдың басым бөлігі Еуропаны жөнелтіледі.", "Еуропаға"),
    ("Most of the oil goes to Europe.", "Мұнайдың басым бөлігі Еуропаға жөнелтіледі.", None),
    # the subject of a "that" clause after an auxiliary, its verbal noun in -атын
    ("Marko Bojcun warned that Moscow would use the intervention.",
     "Марко Бойцун Мәскеуді бұл араласуды пайдаланатынын ескертті.", "Мәскеудің"),
    # the subject of an English "that" clause Kazakh makes a verbal noun: a genitive
    ("On 5 January rumours spread that Nazarbayev had resigned.",
     "5 қаңтарда Назарбаевқа отставкаға кеткені туралы қауесет тарады.", "Назарбаевтың"),
    ("On 5 January rumours spread that Nazarbayev had resigned.",
     "5 қаңтарда Назарбаевтың отставкаға кеткені туралы қауесет тарады.", None),
    ("He said that power had been handed to Tokayev.", "Ол билік Тоқаевқа берілгені туралы айтты.", None),
    # (a passive after a modal of necessity too: "why the CSTO had to be called in", which Kazakh turns active)
    ("He did not explain why the CSTO had to be called in.",
     "Ол ҰҚШҰ-ны неге шақыруға тура келгенін түсіндірмеді.", None),
    # losing something: the ablative
    ("Within two days the local authorities had effectively lost Aktau.",
     "Екі күн ішінде жергілікті билік іс жүзінде Ақтауды айырылды.", "Ақтаудан"),
    # a name joined by "and" to a common noun shares its case
    ("The motion expresses support for Roza Tuletaeva and all political prisoners.",
     "Ұсыныс Роза Төлетаеваның және барлық саяси тұтқындарға қолдау білдіреді.", "Роза Төлетаеваға"),
    ("The motion expresses support for Roza Tuletaeva and all political prisoners.",
     "Ұсыныс Роза Төлетаеваға және барлық саяси тұтқындарға қолдау білдіреді.", None),
    ("The motion expresses support for Roza Tuletaeva and all political prisoners.",
     "Ұсыныс Роза Төлетаева және барлық саяси тұтқындарға қолдау білдіреді.", None),
    ("Eni works on Kashagan together with ExxonMobil and several Chinese partners.",
     "Қашағанда Eni ExxonMobil-ге және бірнеше қытайлық серіктеспен бірге жұмыс істейді.", "ExxonMobil-мен"),
    ("Eni works on Kashagan together with ExxonMobil and several Chinese partners.",
     "Қашағанда Eni ExxonMobil-мен және бірнеше қытайлық серіктеспен бірге жұмыс істейді.", None),
    # ... not a pronoun's instrumental («онымен бірге»), a word that only ends like a case (басқа), a
    # participle's own dative, nor a verbal noun
    ("They demanded the restoration of the 1993 Constitution and the freedoms granted with it.",
     "Олар 1993 жылғы Конституцияны және онымен бірге берілген бостандықтарды қалпына келтіруді талап етті.", None),
    # after the second member
    ("We stand with Roza Tuletaeva and all the imprisoned oil workers.",
     "Біз Роза Төлетаевамен және түрмеге қамалған барлық мұнайшылармен біргеміз.", None),
    ("Rights groups urged the authorities to free Roza Tuletaeva and other activists.",
     "Құқық қорғау ұйымдары билікті Роза Төлетаеваны және басқа белсенділерді босатуға шақырды.", None),
    ("The authorities blocked Facebook and other social networks.",
     "Билік Facebook-ты және басқа да әлеуметтік желілерді бұғаттады.", None),
    # (nor a dative that the next word takes: «ұйымға мүше елдердің басшыларымен», "the leaders of the member states")
    ("Putin, together with Tokayev and the leaders of the other member states, took part in the summit.",
     "Путин Тоқаевпен және ұйымға мүше өзге елдердің басшыларымен бірге саммитке қатысты.", None),
    # an event "at" a place is there, not going there; "aimed at" is where it goes
    ("TotalEnergies declined to comment on the strike at Kashagan.",
     "TotalEnergies Қашағанға ереуіл туралы пікір білдіруден бас тартты.", "Қашағандағы"),
    ("TotalEnergies declined to comment on the strike at Kashagan.",
     "TotalEnergies Қашағандағы ереуіл туралы пікір білдіруден бас тартты.", None),
    ("The intervention was aimed at Kazakhstan.", "Араласу Қазақстанға бағытталған еді.", None),
    # people "at" or "in" a place or company: not where they go (a dative) nor come from
    ("Workers at Kazakhmys walked out on 4 January.", "«Қазақмысқа» жұмысшылар 4 қаңтарда жұмысты тастап шықты.",
     "«Қазақмыста»"),
    ("Workers at Kashagan stopped work on 5 January.", "Қашағаннан жұмысшылар 5 қаңтарда жұмысты тоқтатты.",
     "Қашағандағы"),
    ("Workers at Kazakhmys walked out on 4 January.", "«Қазақмыстағы» жұмысшылар 4 қаңтарда жұмысты тастап шықты.",
     None),
    ("Troops arrived in Almaty.", "Әскер Алматыға келді.", None),
    # a pair in two cases: the English preposition says which one is wrong
    ("Clashes also took place in Shymkent and Taraz.", "Қақтығыстар Шымкентте және Таразға да болды.", "Таразда"),
])
def test_kazakh_recipients_partners_and_places_of_events(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a declined quoted name right before a possessed noun, the English "of" a concrete noun
    ("Demonstrators gathered in front of the offices of KazMunayGas in Aktau.",
     "Демонстранттар Ақтаудағы «ҚазМұнайГазды» кеңселерінің алдына жиналды.", "«ҚазМұнайГаздың»"),
    # a bare quoted name before a generic noun phrase is its apposition
    ("Ozenmunaigas, a subsidiary of the national company KazMunayGas, develops the Uzen field.",
     "«ҚазМұнайГаз» ұлттық компаниясының еншілес кәсіпорны «Өзенмұнайгаз» Өзен кен орнын игереді.", None),
    # the clause's verb past a particle in English ("cut Zhanaozen off"), and an object of an embedded
    # participle between («интервенцияны қолдағаны үшін»)
    ("The authorities cut Zhanaozen off from the rest of the country for days.",
     "Билік Жаңаөзенге бірнеше күн бойы елдің қалған бөлігінен оқшаулады.", "Жаңаөзенді"),
    ("Ainur Kurmanov sharply criticised the Communist Party of the Russian Federation for backing the intervention.",
     "Айнұр Құрманов Ресей Федерациясының Коммунистік партиясына интервенцияны қолдағаны үшін қатаң сынады.",
     "Ресей Федерациясының Коммунистік партиясын"),
    ("Paul Murphy invited Ainur Kurmanov to speak at an online meeting.",
     "Пол Мерфи Айнұр Құрмановқа онлайн жиналыста сөз сөйлеуге шақырды.", "Айнұр Құрмановты"),
    ("Tokayev invited the CSTO troops to Almaty.", "Тоқаев ҰҚШҰ әскерлерін Алматыға шақырды.", None),
])
def test_kazakh_objects_and_possessors_across_quotes_and_embedded_verbs(source: str, target: str,
                                                                         expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_coordinated_two_part_adjectives_share_a_plural_head() -> None:
    """«В Северо-Казахстанской и Восточно-Казахстанской областях»: the second adjective's first part
    is no word of the first name (a dev14 false alarm)."""
    assert _wrong_inflections("In North Kazakhstan Region and East Kazakhstan Region the protests were smaller.",
                              "В Северо-Казахстанской и Восточно-Казахстанской областях протесты были меньше.") == []


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # asked *for* something: from someone (ablative); asked *to do* something: called on (accusative)
    ("Tokayev asked Moscow for help.", "Тоқаев Мәскеуді көмек сұрады.", "Мәскеуден", "kk"),
    ("The UN rights chief asked Kazakhstan to release everyone detained.",
     "БҰҰ комиссары Қазақстанды ұсталғандардың бәрін босатуға шақырды.", None, "kk"),
    # "as in Syria": the attributive locative + -дай
    ("As in Algeria and Syria, the uprising began with economic demands.",
     "Алжир мен Сириядағыдай, көтеріліс экономикалық талаптардан басталды.", None, "kk"),
])
def test_asking_and_likeness(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


def test_an_attribute_made_a_noun_renders_the_name() -> None:
    """"like those in Atyrau" → «Атыраудағылар сияқты»: the name is there, in a form of its own."""
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Workers in Aktobe, like those in Atyrau, demanded the government's resignation.",
        "Ақтөбедегі жұмысшылар да Атыраудағылар сияқты үкіметтің отставкаға кетуін талап етті.", "kk")
    assert [f.check for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English subject (or the passive's agent) put after the Russian verb is a nominative
    ("The decision to invite foreign troops was taken by Tokayev alone.",
     "Решение пригласить иностранные войска принял единолично Токаева.", "Токаев"),
    ("Tokayev alone took the decision to invite foreign troops.",
     "Решение пригласить иностранные войска принял единолично Токаева.", "Токаев"),
    ("Support for the strikers was organised by the Socialist Movement of Kazakhstan.",
     "Поддержку забастовщикам организовало Социалистического движения Казахстана.",
     "Социалистическое движение Казахстана"),
    ("The decision to invite foreign troops was taken by Tokayev alone.",
     "Решение пригласить иностранные войска принял единолично Токаев.", None),
    ("The picket was chaired by Simon Hannah of Anti-Capitalist Resistance.",
     "Пикет вёл Саймоном Ханной из «Антикапиталистического сопротивления».", "Саймон Ханна"),
    # a passive kept: its agent is the instrumental
    ("The statement was signed by the Russian Socialist Movement.",
     "Заявление было подписано Российским социалистическим движением.", None),
    # the English object after the verb stays the object
    ("Tokayev blamed Nazarbayev.", "Токаев обвинил Назарбаева.", None),
    # a possessor restructured after a noun
    ("Tokayev decided to invite the troops.", "Приглашение войск было решением Токаева.", None),
])
def test_russian_subject_after_its_verb_is_nominative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person after a noun of relation (друг, соратник, союзник) agrees with it, as after a title
    ("We talked with our old friend Paul Murphy.", "Мы поговорили с нашим давним другом Пол Мёрфи.", "Полом Мёрфи"),
    ("We talked with our old friend Paul Murphy.", "Мы поговорили с нашим давним другом Полом Мёрфи.", None),
    ("Nazarbayev's friend spoke.", "Выступил друг Назарбаева.", None),
])
def test_relation_nouns_take_an_apposition(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person after a title in an oblique case agrees with it, or is its genitive
    ("Activists compared it with the methods of the Syrian dictator Bashar al-Assad.",
     "Активисты сравнивали это с методами сирийского диктатора Башаром Асадом.", "Башара Асада"),
    ("Activists compared it with the methods of the Syrian dictator Bashar al-Assad.",
     "Активисты сравнивали это с методами сирийского диктатора Башара Асада.", None),
    # a person and the title after it, between commas, are one phrase in one case
    ("Karim Massimov, head of the National Security Committee, was arrested on 6 January.",
     "Карим Масимов, главу Комитета национальной безопасности, арестовали 6 января.", "Карима Масимова"),
    ("Karim Massimov, head of the National Security Committee, was arrested on 6 January.",
     "Карима Масимова, главу Комитета национальной безопасности, арестовали 6 января.", None),
    ("Simon Pirani, a historian of the Soviet Union, was invited to speak.",
     "Саймону Пирани, историка Советского Союза, организаторы пригласили выступить.", "Саймона Пирани"),
    # a title in the nominative after a comma may begin a clause of its own
    ("They met Tokayev, and the president said nothing.", "Они встретились с Токаевым, президент промолчал.",
     None),
])
def test_russian_appositions_agree_with_their_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after "of", an accusative only is no genitive: no noun governs one
    ("The Soviet legacy still shapes the politics of Central Asia.",
     "Наследие СССР по-прежнему определяет политику Центральную Азию.", "Центральной Азии"),
    ("In 2013 CNPC bought 8.3% of Kashagan.", "В 2013 году CNPC купила 8,3% Кашаган.", "Кашагана"),
    ("In 2013 CNPC bought 8.3% of Kashagan.", "В 2013 году CNPC купила 8,3% Кашагана.", None),
    # "the whole of" as an adjective the name agrees with
    ("Within two days the protests had spread to the whole of Mangystau Region.",
     "За два дня протесты охватили всю Мангистаускую область.", None),
])
def test_russian_genitive_after_of_an_accusative_or_a_share(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # where something goes, with a verb of moving or bringing (active or passive): a dative
    ("Russian paratroopers were flown to Almaty on 6 January.", "Ресейлік десантшылар 6 қаңтарда ұшақпен Алматыда "
     "жеткізілді.", "Алматыға"),
    ("CSTO troops were sent to Kazakhstan at Tokayev's request.", "ҰҚШҰ әскерлері Қазақстанды жіберілді.",
     "Қазақстанға"),
    ("Russian paratroopers were flown to Almaty on 6 January.", "Ресейлік десантшылар 6 қаңтарда ұшақпен Алматыға "
     "жеткізілді.", None),
    ("Troops returned to Russia from Kazakhstan.", "Әскер Қазақстаннан Ресейге оралды.", None),
    # "been to" a place is being there: a locative with болу
    ("My professor has been to Zhanaozen himself.", "Профессорымның өзі Жаңаөзенге болған.", "Жаңаөзенде"),
    ("My professor has been to Zhanaozen himself.", "Профессорымның өзі Жаңаөзенде болған.", None),
    ("My professor has been to Zhanaozen himself.", "Профессорымның өзі Жаңаөзенге барған.", None),
    # putting and bringing in («енгізілді», "were brought into") have their where-to in the dative too
    ("Army units were brought into Almaty.", "Алматыны әскер бөлімдері енгізілді.", "Алматыға"),
    ("Army units were brought into Almaty.", "Алматыға әскер бөлімдері енгізілді.", None),
    # electing sends one to a body
    ("Paul Murphy was elected to the Irish Parliament in 2014.", "Пол Мерфи 2014 жылы Ирландия парламентінде сайланды.",
     "Ирландия парламентіне"),
    ("Paul Murphy was elected to the Irish Parliament in 2014.", "Пол Мерфи 2014 жылы Ирландия парламентіне сайланды.",
     None),
    # exporting sends something somewhere
    ("Kazakhstan exports most of its crude to Europe.", "Қазақстан шикі мұнайының басым бөлігін Еуропаны экспорттайды.",
     "Еуропаға"),
    ("Kazakhstan exports most of its crude to Europe.", "Қазақстан шикі мұнайының басым бөлігін Еуропаға экспорттайды.",
     None),
    # a verb with its own dative before it (еске салу, "remind of"), in a verbal noun: the name is its object
    ("They answered every reproach by pointing to Guantanamo.",
     "Олар әр сынға Гуантанамоны еске салумен жауап берді.", None),
    # the joining да after the verb ("and …") leaves the verb the clause's
    ("After the army I went back to Zhanaozen, and I have stayed since.",
     "Әскерден кейін Жаңаөзен қайтып оралдым да, содан бері сонда тұрамын.", "Жаңаөзенге"),
    ("After the army I went back to Zhanaozen, and I have stayed since.",
     "Әскерден кейін Жаңаөзенге қайтып оралдым да, содан бері сонда тұрамын.", None),
    # where something began: a locative, or an ablative ("from")
    ("The uprising began in Zhanaozen on 2 January.", "Көтеріліс 2 қаңтарда Жаңаөзенге басталды.", "Жаңаөзенде"),
    ("The uprising began in Zhanaozen on 2 January.", "Көтеріліс 2 қаңтарда Жаңаөзеннен басталды.", None),
    # an English name modifying a noun ("the Nazarbayev regime"): right before its Kazakh noun, no oblique case
    ("The Nazarbayev regime relied on Western oil companies.", "Назарбаевты режимі батыстық мұнай компанияларына "
     "сүйенді.", "Назарбаевтың"),
    ("The Kazakhstan Embassy refused to accept the letter.", "Қазақстанға елшілігі хатты қабылдаудан бас тартты.",
     "Қазақстан елшілігі"),
    ("The Nazarbayev regime relied on Western oil companies.", "Назарбаев режимі батыстық мұнай компанияларына "
     "сүйенді.", None),
    ("Chevron owns 50 per cent of Tengizchevroil.", "«Теңізшевройлдың» 50 пайызы Chevron-ға тиесілі.", None),
    ("Tokayev spoke in Almaty later.", "Тоқаев Алматыда кейін сөйледі.", None),
])
def test_kazakh_destinations_beginnings_and_modifiers(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive with nothing after it to possess, where the English has the subject: a nominative
    ("Tokayev declared a state of emergency in Almaty on 5 January.",
     "Тоқаевтың 5 қаңтарда Алматыда төтенше жағдай жариялады.", "Тоқаев"),
    ("Tokayev declared a state of emergency in Almaty on 5 January.",
     "Тоқаев 5 қаңтарда Алматыда төтенше жағдай жариялады.", None),
    # a noun it possesses: a restructured sentence
    ("Tokayev declared a state of emergency.", "Тоқаевтың шешімі бойынша төтенше жағдай жарияланды.", None),
    ("Tokayev declared a state of emergency.", "Тоқаевтың айтуынша, төтенше жағдай жарияланды.", None),
    # a verbal noun with the possessive is something to own («кездесуі», their meeting)
    ("The meeting between Tokayev and Xi Jinping took place in Nur-Sultan.",
     "Тоқаев пен Си Цзиньпиннің кездесуі Нұр-Сұлтанда өтті.", None),
    ("Ainur pointed out that the regime had outlawed all opposition forces.",
     "Айнұрдың атап өткеніндей, режим барлық оппозициялық күштерді заңнан тыс деп жариялады.", None),
    # right before a finite verb of giving or of acting on someone: the case that verb wants
    ("Nazarbayev handed the presidency to Tokayev in 2019.",
     "Назарбаев 2019 жылы президенттік қызметті Тоқаевтың тапсырды.", "Тоқаевқа"),
    ("Tokayev appealed to Russia for help.", "Тоқаев көмек сұрап Ресейдің жүгінді.", "Ресейге"),
    # ... not before a participle, whose subject the genitive is («Тоқаевтың тапсырған бұйрығы»)
    ("The order Tokayev gave was to shoot without warning.",
     "Тоқаевтың берген бұйрығы ескертусіз оқ ату болды.", None),
    ("The order Tokayev gave was to shoot without warning.",
     "Тоқаевтың берер бұйрығы ескертусіз оқ ату болатын.", None),
    # what the verb acts on, with nothing to own up to the sentence's end (a verbal noun's
    # accusative is no possessed noun): the case the last verb wants
    ("The signatories urged Xi Jinping not to back the crackdown.",
     "Қол қойғандар Си Цзиньпиннің басып-жаншуды қолдамауға шақырды.", "Си Цзиньпинді"),
    # ... but a possessed accusative, or a noun in -т with the possessive, is something to own
    ("Reform and Revolution published the report by Paul Murphy.",
     "«Реформа және революция» Пол Мерфидің есебін жариялады.", None),
    ("Russia, China and Turkey approved the actions of Tokayev.",
     "Ресей Федерациясы, Қытай және Түркия Тоқаевтың әрекеттерін құптады.", None),
    # the reflexive «өзі» and a possessed accusative (жақындарын) are something a genitive owns
    ("Tokayev was handpicked by Nazarbayev himself.", "Тоқаевты мұрагер етіп Назарбаевтың өзі таңдаған еді.",
     None),
    ("Tokayev began to purge Nazarbayev's cronies.", "Тоқаев Назарбаевтың жақындарын биліктен аластай бастады.",
     None),
    # a verbal noun with the possessive at the end of the sentence is something to own
    ("They demanded: let Nazarbayev leave politics for good.",
     "Олар талап етті: Назарбаевтың саясаттан біржола кетуі.", None),
    ("Legalise the banned Communist Party of Kazakhstan!",
     "Тыйым салынған Қазақстан Коммунистік партиясының қызметі заңдастырылсын!", None),
    # a possessed word with a nearer owner is not this genitive's: another genitive between, a name
    # or a bare verbal noun right before it (a compound)
    ("Paul Murphy said that the uprising had been met with brutal repression.",
     "Пол Мерфидің көтерілістің аяусыз қуғын-сүргінге ұшырағанын айтты.", "Пол Мерфи"),
    ("Paul Murphy said that the uprising had been met with brutal repression.",
     "Пол Мерфи көтерілістің аяусыз қуғын-сүргінге ұшырағанын айтты.", None),
    ("Vladimir Putin described the events as an attempted colour revolution at the CSTO summit.",
     "Владимир Путиннің оқиғаларды ҰҚШҰ саммитінде революция жасау әрекеті деп сипаттады.", "Владимир Путин"),
    ("Vladimir Putin described the events as an attempted colour revolution at the CSTO summit.",
     "Владимир Путин оқиғаларды ҰҚШҰ саммитінде революция жасау әрекеті деп сипаттады.", None),
    # (a possessed word after a common noun in small letters is the genitive's, not a name's compound head:
    # «кеңес бергенін», "that he advised", is Blair's)
    ("The press recalls that Tony Blair advised Nazarbayev for several years.",
     "Баспасөз Тони Блэрдің бірнеше жыл бойы Назарбаевқа кеңес бергенін еске салады.", None),
    # the English subject past a parenthetical between commas
    ("The Communist Party of the Russian Federation, led by Gennady Zyuganov, backed the intervention.",
     "Геннадий Зюганов басқаратын Ресей Федерациясының Коммунистік партиясының интервенцияны қолдады.",
     "Ресей Федерациясының Коммунистік партиясы"),
])
def test_kazakh_genitive_needs_something_to_possess(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of a passive kept passive in Kazakh is a nominative
    ("Karim Massimov, the head of the KNB, was arrested on 6 January.",
     "ҰҚК төрағасы Кәрім Мәсімовті 6 қаңтарда қамауға алынды.", "Кәрім Мәсімов"),
    ("Karim Massimov was arrested on 6 January.", "Кәрім Мәсімов 6 қаңтарда қамауға алынды.", None),
    # turned active, the accusative is right
    ("Karim Massimov was arrested on 6 January.", "Кәрім Мәсімовті 6 қаңтарда қамауға алды.", None),
    # (nor where a bare verbal noun right after it takes it as its object: the passive's subject is the demand)
    ("The demand to legalise the Communist Party of Kazakhstan was also raised at the rally.",
     "Митингіде Қазақстан Коммунистік партиясын заңдастыру талабы да көтерілді.", None),
    # a negated passive, English and Kazakh (тергелмеген: терге + л + ме + ген, a stem in a vowel)
    ("The Zhanaozen massacre has never been fully investigated.", "Жаңаөзен қырғынын ешқашан толық тергелмеген.",
     "Жаңаөзен қырғыны"),
    ("The Zhanaozen massacre has never been fully investigated.", "Жаңаөзен қырғыны ешқашан толық тергелмеген.", None),
    ("The Socialist Movement of Kazakhstan is not registered.", "Қазақстан социалистік қозғалысын тіркелмеген.",
     "Қазақстан социалистік қозғалысы"),
    # (not the object of an English -ing word or verb: the passive's subject is another noun)
    ("The legality of inviting the Collective Security Treaty Organization has never been tested.",
     "Ұжымдық қауіпсіздік туралы шарт ұйымын шақырудың заңдылығы ешқашан тексерілмеген.", None),
])
def test_kazakh_passive_subject_is_nominative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of an active verb, in the accusative at the sentence's start: after a hyphenated adjective in
    # -ed, and with a headline's present ("joins")
    ("The Putin-dominated Collective Security Treaty Organization sent in 2,500 troops.",
     "Путиннің ықпалындағы Ұжымдық қауіпсіздік туралы шарт ұйымын 2500 әскер жіберді.",
     "Ұжымдық қауіпсіздік туралы шарт ұйымы"),
    ("Ukraine Solidarity Campaign joins the London picket.",
     "Украинамен ынтымақтастық науқанын Лондондағы пикетке қосылды.", "Украинамен ынтымақтастық науқаны"),
    ("Ukraine Solidarity Campaign joins the London picket.",
     "Украинамен ынтымақтастық науқаны Лондондағы пикетке қосылды.", None),
])
def test_kazakh_active_subject_is_nominative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a postposition after a bare possessor's noun is no second possessed noun
    ("For the people of Western Kazakhstan it was a source of poisoned air.",
     "Батыс Қазақстан халқы үшін бұл уланған ауаның көзі болды.", None),
    # a genitive before the name owns the possessed noun; the name is its complement
    ("Kazakhstan's membership of the CSTO became a pretext.", "Қазақстанның ҰҚШҰ-ға мүшелігі сылтау болды.", None),
    # a -лық noun with the possessive (басымдығы) is something to possess, shared by a pair
    ("Joe Biden and Boris Johnson shared one priority in January 2022.",
     "2022 жылғы қаңтарда Джо Байден мен Борис Джонсонның бір ғана ортақ басымдығы болды.", None),
    # still: a dative possessor with no genitive before it
    ("Kazakhstan's membership of the CSTO became a pretext.", "ҰҚШҰ-ға бұрынғы мүшесі сылтау болды.", "ҰҚШҰ-ның"),
])
def test_kazakh_possessors_and_what_they_possess(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an undeclined quoted name and its generic head noun are one name in the head's case: a
    # dative possessor is wrong, the fix declines the head, not the name in its quotes
    ("Miners of the Kazakhmys corporation went on strike in the evening.",
     "Кешке «Қазақмыс» корпорациясына кеншілері ереуілге шықты.", "«Қазақмыс» корпорациясының"),
    ("Miners of the Kazakhmys corporation went on strike in the evening.",
     "Кешке «Қазақмыс» корпорациясының кеншілері ереуілге шықты.", None),
    # bare right before its noun, a possessor may stay in the nominative
    ("Kazakhmys miners went on strike in the evening.",
     "Кешке «Қазақмыс» корпорациясы кеншілері ереуілге шықты.", None),
    # the head in front harmony, and a head that is no generic noun (the name itself is bare)
    ("Workers of the Kazakhmys holding went on strike.",
     "«Қазақмыс» бірлестігіне жұмысшылары ереуілге шықты.", "«Қазақмыс» бірлестігінің"),
    ("Kazakhmys miners went on strike.", "«Қазақмыс» кеншілері ереуілге шықты.", None),
])
def test_kazakh_quoted_name_with_its_head_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # two Kazakh names of different kinds that the English joins by "and" are one phrase, one case
    ('Tokayev thanked Putin and the CSTO for their "timely help".',
     "Тоқаев Путинді және ҰҚШҰ-ға «уақтылы көмегі» үшін алғыс айтты.", "Путинге"),
    ('Tokayev thanked Putin and the CSTO for their "timely help".',
     "Тоқаев Путинге және ҰҚШҰ-ға «уақтылы көмегі» үшін алғыс айтты.", None),
    # ... not two names the English does not join (the second begins a phrase of its own)
    ("Then we heard from Yuliya Yurchenko of the Ukrainian Social Movement and Chris Ford from the Ukraine "
     "Solidarity Campaign.",
     "Содан кейін Украин әлеуметтік қозғалысы атынан Юлия Юрченконы және Украинамен ынтымақтастық "
     "науқанынан Крис Фордты тыңдадық.", None),
])
def test_kazakh_pair_of_different_kinds(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "in" after a noun, as "from" and "at": a nominative right after the Russian noun is a genitive
    ("Police in Shymkent used tear gas against the rally.",
     "Полиция Шымкент применила слезоточивый газ против участников митинга.", "Шымкента"),
    ("Police in Shymkent used tear gas against the rally.",
     "Полиция Шымкента применила слезоточивый газ против участников митинга.", None),
    ("Police in Shymkent used tear gas against the rally.",
     "Полиция в Шымкенте применила слезоточивый газ против участников митинга.", None),
    # ... a noun in -ing after an article too ("the building in Shymkent"), not a participle ("living in")
    ("The akimat building in Shymkent was also surrounded.", "Здание акимата Шымкент тоже было окружено.", "Шымкента"),
    ("The akimat building in Shymkent was also surrounded.", "Здание акимата Шымкента тоже было окружено.", None),
    ("Workers living in Shymkent joined the strike.", "Рабочие, живущие в Шымкенте, присоединились к забастовке.",
     None),
    # ... not after a verb, and not after a generic noun, whose apposition the name is
    ("The strike began in Zhanaozen.", "Забастовка охватила Жанаозен.", None),
    ("Eni and Chevron are among the partners in the Karachaganak field.",
     "В число партнёров по месторождению Карачаганак входят Eni и Chevron.", None),
])
def test_russian_in_after_a_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_kazakh_subject_after_a_fronted_time_phrase() -> None:
    _expect_fix("During the uprising Facebook removed several pages run by Kazakhstani activists.",
                "Көтеріліс кезінде Facebook-қа қазақстандық белсенділер жүргізген бірнеше парақшаны жойды.",
                "Facebook", "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a feminine noun in -ть before the name is a noun, whose "of" makes the name a genitive
    ("By 5 January the strike had spread over most of Mangystau Region.",
     "К 5 января забастовка охватила большую часть Мангистаускую область.", "Мангистауской области"),
    ("By 5 January the strike had spread over most of Mangystau Region.",
     "К 5 января забастовка охватила большую часть Мангистауской области.", None),
    # an infinitive before the name is still a verb («возглавить Комитет», its object)
    ("Tokayev wanted to head the Security Council.", "Токаев хотел возглавить Совет безопасности.", None),
])
def test_russian_nouns_in_t_are_no_verbs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle describing the person agrees with the name in case
    ("Two days later Karim Massimov, who had headed the National Security Committee, also lost his post.",
     "Через два дня своего поста лишился и Карима Масимова, возглавлявший Комитет национальной безопасности.",
     "Карим Масимов"),
    ("Two days later Karim Massimov, who had headed the National Security Committee, also lost his post.",
     "Через два дня своего поста лишился и Карим Масимов, возглавлявший Комитет национальной безопасности.", None),
    ("The regime jailed Roza Tuletaeva, who had led the strike.",
     "Режим бросил в тюрьму Розу Тулетаеву, возглавлявшую забастовку.", None),
    # ... one that agrees with a noun before the name, of the other gender, is left alone
    ("Tokayev's speech, blaming foreign terrorists, shocked many.",
     "Речь Токаева, обвинявшая иностранных террористов, потрясла многих.", None),
])
def test_russian_participle_after_a_person(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a Russian verb of taking off or away makes с "from", a genitive, whatever the English says
    ("The movement demanded that the ban on the Communist Party of Kazakhstan be lifted as well.",
     "Движение потребовало снять запрет и с Коммунистической партии Казахстана.", None),
    # ... without one, с + genitive where the English has no "from" is still wrong
    ("Kazakhstan borders Russia.", "Казахстан граничит с России.", "Россией"),
])
def test_russian_removal_verbs_take_s_with_the_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound predicate whose object is a dative (алғыс айту, thank; телефон соғу, call)
    ("The organisers thanked Steve Eason for the photographs of the picket.",
     "Ұйымдастырушылар пикеттің суреттері үшін Стив Изонды алғыс айтты.", "Стив Изонға"),
    ("The organisers thanked Steve Eason for the photographs of the picket.",
     "Ұйымдастырушылар пикеттің суреттері үшін Стив Изонға алғыс айтты.", None),
    ("We thanked Paul Mason.", "Біз Пол Мейсонды ризашылық білдірдік.", "Пол Мейсонға"),
    ("We thanked Paul Mason.", "Біз Пол Мейсонға ризашылық білдірдік.", None),
    # (an instrumental there says with whom, not to whom — unless a postposition of company follows)
    ("Tokayev thanked Putin for sending troops so quickly.",
     "Тоқаев әскерді тез жібергені үшін Путинмен алғыс айтты.", "Путинге"),
    ("Tokayev thanked Putin for sending troops so quickly.",
     "Тоқаев әскерді тез жібергені үшін Путинге алғыс айтты.", None),
    # (guaranteeing, asking questions, applauding: more compounds whose object is a dative)
    ("Kazakhstan guaranteed the United Nations that its peacekeepers would not fight.",
     "Қазақстан Біріккен Ұлттар Ұйымын бітімгерлердің соғыспайтынына кепілдік берді.", "Біріккен Ұлттар Ұйымына"),
    ("Journalists sent Chevron questions about the strike.",
     "Журналистер ереуіл жөнінде Chevron-ды сұрақ жолдады.", "Chevron-ға"),
    ("Journalists sent Chevron questions about the strike.",
     "Журналистер ереуіл жөнінде Chevron-ға сұрақ жолдады.", None),
    # ... a person's title between the verb and the name changes nothing
    ("Tokayev thanked China's leader Xi Jinping for his support.",
     "Тоқаев Қытай басшысы Си Цзиньпинді қолдауы үшін алғыс айтты.", "Си Цзиньпинге"),
    ("Tokayev thanked China's leader Xi Jinping for his support.",
     "Тоқаев Қытай басшысы Си Цзиньпинге қолдауы үшін алғыс айтты.", None),
    # ... not an object a participle between governs, nor a genitive that owns a noun between
    ("The organisers thanked those who supported Tokayev.",
     "Ұйымдастырушылар Тоқаевты қолдағандарға алғыс айтты.", None),
    ("Tokayev thanked Putin's soldiers.", "Тоқаев Путиннің сарбаздарына алғыс айтты.", None),
    # ... the compound as a verbal noun the clause's last verb governs
    ("Tokayev thanked Putin warmly.", "Тоқаев Путинді алғыс айтуды ұмытпады.", "Путинге"),
    ("Tokayev thanked Putin warmly.", "Тоқаев Путинге алғыс айтуды ұмытпады.", None),
    # where something goes, bare right before a verb of sending: a dative
    ("On 6 January Russia sent its first paratroopers to Kazakhstan.",
     "6 қаңтарда Ресей алғашқы десантшыларын Қазақстан жіберді.", "Қазақстанға"),
    ("Russia sent paratroopers to the Kazakhstan government.",
     "Ресей десантшыларды Қазақстан үкіметіне жіберді.", None),
])
def test_kazakh_compound_objects_and_bare_destinations(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name opening the sentence, the English subject, before a masculine or feminine past verb
    ("The CSTO sent about 2,500 troops.",
     "Организации Договора о коллективной безопасности направила около 2500 военнослужащих.",
     "Организация Договора о коллективной безопасности"),
    ("The CSTO sent about 2,500 troops.",
     "Организация Договора о коллективной безопасности направила около 2500 военнослужащих.", None),
    # ... not before an impersonal neuter verb (a dative of who manages), nor a fronted object
    ("Tokayev managed to keep power.", "Токаеву удалось удержать власть.", None),
    ("Putin backed Tokayev.", "Токаева поддержал Путин.", None),
])
def test_russian_fronted_subject(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name of several words written whole, in order, with a word that stays as it is declined
    ("Chris Ford, who spoke for the Ukraine Solidarity Campaign, reminded the crowd.",
     "Выступавший от Кампании солидарности с Украины Крис Форд напомнил собравшимся.",
     "Кампании солидарности с Украиной"),
    ("Chris Ford, who spoke for the Ukraine Solidarity Campaign, reminded the crowd.",
     "Выступавший от Кампании солидарности с Украиной Крис Форд напомнил собравшимся.", None),
    # ... said in other words, it is a description, not the name misdeclined
    ("Chris Ford, who spoke for the Ukraine Solidarity Campaign, reminded the crowd.",
     "Крис Форд, выступавший от кампании в поддержку Украины, напомнил собравшимся.", None),
])
def test_russian_name_written_whole_with_a_fixed_word_declined(source: str, target: str,
                                                              expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "held on Trafalgar Square" with a verb of taking place: where it happens, a locative
    ("A short rally in solidarity with the strikers was held on Trafalgar Square before the picket.",
     "Пикеттің алдында Трафальгар алаңынан ереуілшілермен ынтымақтастық білдіретін қысқа митинг өтті.",
     "Трафальгар алаңында"),
    ("A short rally in solidarity with the strikers was held on Trafalgar Square before the picket.",
     "Пикеттің алдында Трафальгар алаңында ереуілшілермен ынтымақтастық білдіретін қысқа митинг өтті.", None),
])
def test_kazakh_place_of_event_after_on(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place opening the sentence after "In": where it all happens, a locative
    ("In Karaganda Region, miners at ArcelorMittal Temirtau went on strike.",
     "Қарағанды облысына «АрселорМиттал Теміртау» кеншілері ереуілге шықты.", "Қарағанды облысында"),
    ("In Karaganda Region, miners at ArcelorMittal Temirtau went on strike.",
     "Қарағанды облысында «АрселорМиттал Теміртау» кеншілері ереуілге шықты.", None),
    # ... not with a verb of moving at the end (where they went)
    ("In Almaty, troops arrived on 6 January.", "Алматыға әскерлер 6 қаңтарда келді.", None),
    # a genitive that owns nothing, or a bare name before a word that is no possessed noun, is no locative either
    ("In Semey people gathered at the monument.", "Семейдің адамдар ескерткіштің жанына жиналды.", "Семейде"),
    ("In Uralsk, protesters stayed in the square.", "Орал наразылық білдірушілер алаңда тұрды.", "Оралда"),
    # ... but a genitive owning what follows, or a bare name heading a compound, says "in X" its own way
    ("In Almaty, the streets were empty.", "Алматының көшелері бос қалды.", None),
    ("In Uralsk, residents protested.", "Орал тұрғындары наразылық білдірді.", None),
])
def test_kazakh_place_opening_the_sentence(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "Massimov's arrest", "the resignation of Nazarbayev": a genitive, not a dative
    ("Massimov's arrest shocked the Kazakh elite.", "Арест Масимову потряс казахстанскую элиту.", "Масимова"),
    ("Massimov's arrest shocked the Kazakh elite.", "Арест Масимова потряс казахстанскую элиту.", None),
    # ... unless the noun addresses someone: a monument, a letter, opposition *to* them; or an idiom
    ("The crowd tore down the monument of Nazarbayev.", "Толпа снесла памятник Назарбаеву.", None),
    ("The uprising was not to Zyuganov's liking.", "Восстание пришлось не по душе Зюганову.", None),
    ("It presents itself as the true opponent of Putin.", "Она выдаёт себя за настоящую оппозицию Путину.", None),
    ("Such lawyers are within Karim Massimov's means.", "Такие адвокаты по карману Кариму Масимову.", None),
])
def test_russian_dative_after_a_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # names joined by a comma, the list going on with «и» and a common noun: one case for all
    ("Tokayev held talks with Putin, Xi Jinping and the leaders of Central Asia.",
     "Токаев провёл переговоры с Путиным, Си Цзиньпин и лидерами государств Центральной Азии.", "Си Цзиньпином"),
    ("Tokayev held talks with Putin, Xi Jinping and the leaders of Central Asia.",
     "Токаев провёл переговоры с Путиным, Си Цзиньпином и лидерами государств Центральной Азии.", None),
])
def test_russian_list_going_on_with_a_common_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "'s" after any name, not only a person's, makes it the genitive of the noun before it
    ("Ukraine's experience shows what Moscow's help means.",
     "Опыт Украина показывает, что означает помощь Москвы.", "Украины"),
    ("Ukraine's experience shows what Moscow's help means.",
     "Опыт Украины показывает, что означает помощь Москвы.", None),
    # a generic noun opening the sentence is still one («Партия Зюганова»)
    ("Zyuganov's party applauded the intervention.", "Партия Зюганов приветствовала интервенцию.", "Зюганова"),
    ("Zyuganov's party applauded the intervention.", "Партия Зюганова приветствовала интервенцию.", None),
    # "going on in Uralsk" is where, not where to: в + prepositional
    ("A general strike has been going on in Uralsk since Tuesday.",
     "Со вторника в Уральск идёт всеобщая забастовка.", "Уральске"),
    ("The troops were going to Uralsk.", "Войска шли в Уральск.", None),
])
def test_russian_possessors_and_places_of_dev25(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a reflexive verb with the English agent ("carried out by") is a passive: the agent in the instrumental
    ("The privatisation of the oil industry was carried out by Nazarbayev and his family.",
     "Приватизация нефтяной отрасли проводилась Назарбаев и его семьёй.", "Назарбаевым"),
    ("The privatisation of the oil industry was carried out by Nazarbayev and his family.",
     "Приватизация нефтяной отрасли проводилась Назарбаевым и его семьёй.", None),
])
def test_russian_reflexive_passive_agent(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # where something is taken, heard or fled from, with a verb whose source is an ablative
    ("Tokayev took over the chairmanship of the Security Council from Nazarbayev.",
     "Тоқаев Қауіпсіздік кеңесінің төрағалығын Назарбаевты алды.", "Назарбаевтан"),
    ("Paul Murphy first heard about the uprising from Ainur Kurmanov.",
     "Пол Мерфи көтеріліс туралы алғаш рет Айнұр Құрмановты естіді.", "Айнұр Құрмановтан"),
    ("After the shooting of 2011 many families fled Zhanaozen.",
     "2011 жылғы атыстан кейін көптеген отбасылар Жаңаөзенді қашып кетті.", "Жаңаөзеннен"),
    # ... not a place abandoned, nor someone listened to ("heard from Yurchenko": she spoke)
    ("Many activists left the CIS.", "Көптеген белсенділер ТМД-ны тастап кетті.", None),
    ("Then we heard from Yuliya Yurchenko.", "Содан кейін Юлия Юрченконы тыңдадық.", None),
    # where someone lives or works, with a verb of being somewhere: a locative
    ("Marko Bojcun lives in London.", "Марко Бойцун Лондонға тұрады.", "Лондонда"),
    ("The International Revolutionary Tendency works actively in Italy.",
     "«Халықаралық революциялық тенденция» Италиядан белсенді жұмыс істейді.", "Италияда"),
    # "and" between two names is the separate word мен, not the glued instrumental
    ("Atyrau and Aktau rose next.", "Келесі болып Атыраумен Ақтау көтерілді.", "Атырау мен"),
    ("Atyrau and Aktau rose next.", "Келесі болып Атырау мен Ақтау көтерілді.", None),
    ("Tokayev met Putin in Moscow together with Lukashenko.", "Тоқаев Путинмен Мәскеуде кездесті.", None),
    # a bare name after English "to" with a compound predicate whose object is a dative
    ("The leaders of the Left Bloc sent an open letter to Zyuganov.",
     "«Левый блок» коалициясының жетекшілері Зюганов ашық хат жолдады.", "Зюгановқа"),
    ("Zyuganov sent an open letter to the Left Bloc.", "Зюганов «Левый блок» коалициясына ашық хат жолдады.", None),
])
def test_kazakh_sources_places_and_pairs_of_dev25(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # бері after English "since" is the postposition, which takes the ablative
    ("Since Independence Day 2011 the town has lived under constant surveillance.",
     "2011 жылғы Тәуелсіздік күні бері қала үнемі бақылауда өмір сүріп келеді.", "Тәуелсіздік күнінен"),
    ("Since Independence Day 2011 the town has lived under constant surveillance.",
     "2011 жылғы Тәуелсіздік күнінен бері қала үнемі бақылауда өмір сүріп келеді.", None),
])
def test_kazakh_beri_after_since(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a Kazakh name written whole with the last word's possessive dropped
    ("The leaders of the Workers World Party praised the CSTO.",
     "Дүниежүзілік жұмысшылар партияның жетекшілері ҰҚШҰ-ны мақтады.", "Дүниежүзілік жұмысшылар партиясының"),
    ("The leaders of the Workers World Party praised the CSTO.",
     "Дүниежүзілік жұмысшылар партиясының жетекшілері ҰҚШҰ-ны мақтады.", None),
    # ... not a plural head shared by names before it, nor a description with another first word
    ("Soon oil workers of Aktobe, West Kazakhstan and Kyzylorda regions joined them.",
     "Көп ұзамай оларға Ақтөбе, Батыс Қазақстан және Қызылорда облыстарының мұнайшылары қосылды.", None),
    ("The Zhanaozen massacre shocked the country.", "Жаңаөзендегі қырғын елді дүр сілкіндірді.", None),
    # one word before the last with another ending, the last whole: the name misdeclined inside
    ("Chris Ford said that the Ukraine Solidarity Campaign stood with Kazakhstan.",
     "Крис Форд Украинаға ынтымақтастық науқаны Қазақстанмен бірге екенін айтты.",
     "Украинамен ынтымақтастық науқаны"),
    ("Chris Ford said that the Ukraine Solidarity Campaign stood with Kazakhstan.",
     "Крис Форд Украинамен ынтымақтастық науқаны Қазақстанмен бірге екенін айтты.", None),
    # (an attribute in -дағы before the last word is another construction, whatever the last word: none reported)
    ("The Zhanaozen massacre shocked the country.", "Жаңаөзендегі қырғыны елді дүр сілкіндірді.", None),
])
def test_kazakh_name_written_whole_with_its_last_word_misdeclined(source: str, target: str,
                                                                  expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "spilled over into": the accusative of direction after на
    ("On 3 January the strike spilled over into Atyrau Region.",
     "3 января забастовка перекинулась на Атырауской области.", "Атыраускую область"),
    ("On 3 January the strike spilled over into Atyrau Region.",
     "3 января забастовка перекинулась на Атыраускую область.", None),
    # a list after a noun and English "in", the noun opening the sentence: genitives
    ("Miners in Karaganda Region and East Kazakhstan Region also stopped work.",
     "Горняки Карагандинской области и Восточно-Казахстанская область также остановили работу.",
     "Восточно-Казахстанской области"),
    # ... not names that modify a noun after the last one (appositions of a generic noun)
    ("Eni owns stakes in the Karachaganak and Kashagan fields.",
     "Eni владеет долями в месторождениях Карачаганак и Кашаган.", None),
])
def test_russian_direction_into_and_lists_after_in(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # two names the English joins by "and", joined by и, share one case
    ("More than a hundred people listened to Simon Pirani and Chris Ford outside the embassy.",
     "Более ста человек слушали Саймону Пирани и Криса Форда у посольства.", "Саймона Пирани"),
    ("More than a hundred people listened to Simon Pirani and Chris Ford outside the embassy.",
     "Более ста человек слушали Саймона Пирани и Криса Форда у посольства.", None),
    # ... not names of two clauses, one the subject («Токаев»), nor names the English does not join
    ("Putin helped Tokayev, and Tokayev thanked him.", "Путин помог Токаеву и Токаев поблагодарил его.", None),
    # the agents of a passive, listed: instrumental, whatever their kinds where the English repeats "by"
    ("The use of force was condemned by Michelle Bachelet and by the European Union.",
     "Применение силы было осуждено Мишель Бачелет и Европейского союза.", "Европейским союзом"),
    ("The use of force was condemned by Michelle Bachelet and by the European Union.",
     "Применение силы было осуждено Мишель Бачелет и Европейским союзом.", None),
    ("Steve McSweney of Workers Power and Pete Firmin also spoke.",
     "Выступили также Стив Максуини из «Рабочей власти» и Пит Фёрмин.", None),
    # where some quoted names of a list are declined, an undeclined one the glossary declines is wrong
    ("The statement was signed by the Russian Socialist Movement, Left Bloc and Marxist Tendency.",
     "Заявление подписали Российское социалистическое движение, «Левый блок» и «Марксистской тенденцией».",
     "«Марксистская тенденция»"),
    ("The appeal bears the signatures of the Russian Socialist Movement, the Left Bloc and the Marxist Tendency.",
     "Под обращением стоят подписи Российского социалистического движения, «Левого блока» и «Марксистская "
     "тенденция».", "«Марксистской тенденции»"),
    # names joined by a comma in a list that an adjective after и ends: its ending shows the case
    ("Greetings were sent to Ainur Kurmanov, Roza Tuletaeva and the strike committee.",
     "Приветствия были направлены Айнуру Курманову, Роза Тулетаева и стачечному комитету.", "Розе Тулетаевой"),
    ("Greetings were sent to Ainur Kurmanov, Roza Tuletaeva and the strike committee.",
     "Приветствия были направлены Айнуру Курманову, Розе Тулетаевой и стачечному комитету.", None),
    ("Greetings were sent to Ainur Kurmanov, Roza Tuletaeva and other activists.",
     "Приветствия были направлены Айнуру Курманову, Розе Тулетаевой и другим активистам.", None),
    ("Kurmanov, Tuletaeva and the strike committee were praised.",
     "Курманов, Тулетаева и стачечный комитет получили поддержку.", None),
])
def test_russian_pair_joined_by_i(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after «, чем» / «, как» a name takes the case of the name it is compared with
    ("In Kazakhstan Tokayev proved no less ruthless than Assad in Syria.",
     "В Казахстане Токаев оказался не менее беспощадным, чем Асада в Сирии.", "Асад"),
    ("In Kazakhstan Tokayev proved no less ruthless than Assad in Syria.",
     "В Казахстане Токаев оказался не менее беспощадным, чем Асад в Сирии.", None),
    ("Moscow trusts Tokayev less than Nazarbayev.", "Москва доверяет Токаеву меньше, чем Назарбаеву.", None),
    # a relative pronoun after a preposition agrees with nothing after it: the name begins its clause
    ("Xi Jinping, with whom Tokayev spoke by telephone, promised support.",
     "Си Цзиньпин, с которым Токаев говорил по телефону, пообещал поддержку.", None),
    # ... not with no other name to compare with, nor a nominative (a subject that is no name)
    ("The workers respected the strikers more than Nazarbayev.",
     "Рабочие уважали забастовщиков больше, чем Назарбаева.", None),
    ("Strikes hit cities such as Shymkent and Taraz.", "Забастовки охватили такие города, как Шымкент и Тараз.",
     None),
])
def test_russian_name_compared_after_chem_kak(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "set off for Aktau" with a verb of moving: where to, a dative
    ("Strikers from Zhanaozen set off for Aktau.", "Жаңаөзеннен шыққан ереуілшілер Ақтаудан аттанды.", "Ақтауға"),
    # ... not "a campaign for Ukraine", with a verb of moving only as an auxiliary
    ("Chris Ford has been running a campaign for Ukraine since 2014.",
     "Крис Форд 2014 жылдан бері Украинаны қолдау науқанын жүргізіп келеді.", None),
    # "asked the CSTO for help": asked of someone, an ablative, not a dative
    ("On 5 January Tokayev asked the CSTO for help.", "5 қаңтарда Тоқаев ҰҚШҰ-ға көмек сұрады.", "ҰҚШҰ-дан"),
    ("On 5 January Tokayev asked the CSTO for help.", "5 қаңтарда Тоқаев ҰҚШҰ-дан көмек сұрады.", None),
    # a place opening the sentence after "In", in the ablative
    ("In West Kazakhstan Region, gas workers at Karachaganak went on strike.",
     "Батыс Қазақстан облысынан Қарашығанақтың газшылары ереуілге шықты.", "Батыс Қазақстан облысында"),
    # a compound predicate two words before the clause's end
    ("Within hours Putin promised Tokayev help.", "Путин бірнеше сағат ішінде Тоқаевты көмек көрсетуді уәде етті.",
     "Тоқаевқа"),
])
def test_kazakh_cases_of_dev27(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "reached Aktobe Region" with a verb of moving: where to, a dative
    ("On the afternoon of 4 January the strike reached Aktobe Region.",
     "Ереуіл 4 қаңтар күні түстен кейін Ақтөбе облысында жетті.", "Ақтөбе облысына"),
    ("On the afternoon of 4 January the strike reached Aktobe Region.",
     "Ереуіл 4 қаңтар күні түстен кейін Ақтөбе облысына жетті.", None),
])
def test_kazakh_reached_is_where_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # советовать кому: the one advised is a dative
    ("Documents published after 2011 showed that Blair advised Nazarbayev how to present the shooting.",
     "Документы показали, что Блэр советовал Назарбаева, как преподнести расстрел.", "Назарбаеву"),
    ("Documents published after 2011 showed that Blair advised Nazarbayev how to present the shooting.",
     "Документы показали, что Блэр советовал Назарбаеву, как преподнести расстрел.", None),
])
def test_russian_sovetovat_takes_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_an_admitted_long_form_declines_though_the_acronym_does_not() -> None:
    # ru_decl "indecl; Организация Североатлантического договора:": НАТО never changes, the full name does
    _expect_fix("Unlike the North Atlantic Treaty Organization, the CSTO has rarely sent troops anywhere.",
                "В отличие от Организации Североатлантического договора, ОДКБ редко куда-либо направляла войска.",
                None)
    _expect_fix("NATO expanded.", "НАТО расширилось.", None)


def test_a_relational_adjective_with_a_fleeting_vowel_renders_the_name() -> None:
    found = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "The party repeated Moscow's version of a colour revolution.",
        "Партия повторяла московскую версию о «цветной революции».", "ru")
    assert not [f for f in found if f.check == "target-missing-name"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a message "from" someone is theirs: in Kazakh its sender is a genitive (or bare right before it)
    ("Steve McSweney read out a message from the Ukrainian Socialist League.",
     "Стив Максуини Украина социалистік лигасын хатын оқып берді.", "Украина социалистік лигасының"),
    ("Steve McSweney read out a message from the Ukrainian Socialist League.",
     "Стив Максуини Украина социалистік лигасының хатын оқып берді.", None),
    # the first noun of a compound between a name in an oblique case and the possessed noun: only a
    # genitive reaches across it ...
    ("The trial of Roza Tuletaeva was a farce from beginning to end.",
     "Роза Төлетаеваны сот процесі басынан аяғына дейін жай ғана қойылым болды.", "Роза Төлетаеваның"),
    ("The trial of Roza Tuletaeva was a farce from beginning to end.",
     "Роза Төлетаеваның сот процесі басынан аяғына дейін жай ғана қойылым болды.", None),
    # ... while a bare name heads a chain of bare nouns, a verbal noun in -у governs an accusative,
    # and a past verb is no possessed noun
    ("Many had read Simon Pirani's studies of the Kazakhstan oil industry.",
     "Көбі Саймон Пиранидің Қазақстан мұнай өнеркәсібі туралы еңбектерін оқыған.", None),
    ("The list opened with the demand to restore the 1993 Constitution.",
     "Тізімнің басында 1993 жылғы Конституцияны қайтару талабы тұр.", None),
    ("The army imposed a curfew in the whole of Almaty Region.",
     "Әскер бүкіл Алматы облысында коменданттық сағат енгізді.", None),
])
def test_kazakh_possessors_of_messages_and_compounds(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive owns a noun after it in its clause; with none before the verb ending the sentence
    # it owns nothing (the fix: the verb's case where the verb is known)
    ("Putin called Tokayev several times during the first week of January.",
     "Путин қаңтардың алғашқы аптасында Тоқаевтың бірнеше рет телефон соқты.", ""),
    ("Putin called Tokayev several times during the first week of January.",
     "Путин қаңтардың алғашқы аптасында Тоқаевқа бірнеше рет телефон соқты.", None),
    ("The strikers rejected both Tokayev and Nazarbayev.",
     "Ереуілшілер Тоқаевты да, Назарбаевтың да мойындамады.", "Назарбаевты"),
    # a list of owners split by commas, a possessed predicate, a т-stem noun with the possessive after
    # a sonorant (президенті: no past verb, no accusative, which would be президентті)
    ("Paul Murphy is a member of the Dáil.", "Пол Мерфи — Дойл Эреннің депутаты.", None),
    ("Nazarbayev became the first president of independent Kazakhstan in 1991.",
     "Назарбаев 1991 жылы тәуелсіз Қазақстанның тұңғыш президенті болды.", None),
    ("The policies of both Tokayev and Nazarbayev were criticised.",
     "Тоқаевтың да, Назарбаевтың да саясаты сынға ұшырады.", None),
])
def test_a_kazakh_genitive_owns_something(source: str, target: str, expected: str | None) -> None:
    found = _kazakh_wrong_inflections(source, target)
    if expected is None:
        assert not found, _show(found)
    else:
        assert found and (found[0].suggestion or "") == expected, _show(found)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # members paired by a particle after each share one case: a noun's case ...
    ("After the shootings, many workers no longer trust Kassym-Jomart Tokayev or his promises.",
     "Атыстан кейін көптеген жұмысшылар енді Қасым-Жомарт Тоқаевтан да, оның уәделеріне де сенбейді.",
     "Қасым-Жомарт Тоқаевқа"),
    ("After the shootings, many workers no longer trust Kassym-Jomart Tokayev or his promises.",
     "Атыстан кейін көптеген жұмысшылар енді Қасым-Жомарт Тоқаевқа да, оның уәделеріне де сенбейді.", None),
    # ... or another name's, where the English preposition before this one asks for it
    ("Tokayev quickly secured political support not only from Russia but also from China.",
     "Тоқаев Ресейден ғана емес, Қытайға да саяси қолдауға тез қол жеткізді.", "Қытайдан"),
    ("Tokayev quickly secured political support not only from Russia but also from China.",
     "Тоқаев Ресейден ғана емес, Қытайдан да саяси қолдауға тез қол жеткізді.", None),
    # (no preposition to tell which of two names is wrong: nothing said)
    ("Tokayev was supported not only by Russia but also by China.",
     "Тоқаевты Ресей ғана емес, Қытай да қолдады.", None),
])
def test_kazakh_members_paired_by_particles_share_a_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "with" as a partner is an instrumental ...
    ("The union stood with Kazakhstan's workers and talked with Kurmanov.",
     "Кәсіподақ Құрмановты сөйлесті.", "Құрмановпен"),
    # ... but rendered by a verb whose object is an accusative ("standing with" as supporting), the
    # accusative is that verb's object
    ("He argued that standing with Kazakhstan meant standing with the workers of Russia too.",
     "Ол Қазақстанды қолдау Ресей жұмысшыларын да қолдауды білдіреді деді.", None),
])
def test_kazakh_with_rendered_by_a_transitive_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of posture in its bare present (отыр, тұр, жүр, жатыр) says where someone is: a locative
    ("Dozens of activists remain in custody in Aktobe.", "Ақтөбеге ондаған белсенді әлі күнге дейін қамауда отыр.",
     "Ақтөбеде"),
    ("Dozens of activists remain in custody in Aktobe.", "Ақтөбеде ондаған белсенді әлі күнге дейін қамауда отыр.",
     None),
])
def test_kazakh_bare_present_of_posture_verbs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # ... but after a converb it is the auxiliary of a continuous tense: the converb's verb counts
    ("Troops are arriving in Almaty.", "Әскерлер Алматыға келіп жатыр.", None),
    # a genitive the English makes an owner owns something there, though its shape (a loanword's
    # possessive, контракті) looks like a past verb
    ("Kazakhstan's contract was signed.", "Қазақстанның контракті қол қойылды.", None),
])
def test_kazakh_auxiliaries_and_owners_the_english_names(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the last of a list the English moves to ("reached A, B and C"): the list's ending goes on it
    ("By evening the strikes had reached Atyrau, Uralsk and Aktobe.",
     "Кешке қарай ереуілдер Атырау, Орал және Ақтөбе жетті.", "Ақтөбеге"),
    ("By evening the strikes had reached Atyrau, Uralsk and Aktobe.",
     "Кешке қарай ереуілдер Атырау, Орал және Ақтөбеге жетті.", None),
])
def test_kazakh_destination_at_the_end_of_a_list(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare name right before a verb of giving (either voice) is never the one it goes to
    ("Several MPs asked questions about the money paid to Tony Blair.",
     "Бірнеше депутат Тони Блэр төленген ақша туралы сұрақ қойды.", "Тони Блэрге"),
    ("Several MPs asked questions about the money paid to Tony Blair.",
     "Бірнеше депутат Тони Блэрге төленген ақша туралы сұрақ қойды.", None),
    # (the subject of the passive, where the English has no "to": nothing said)
    ("The day Tokayev was elected was quiet.", "Тоқаев сайланған күн тыныш өтті.", None),
])
def test_kazakh_bare_name_before_a_verb_of_giving(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")



@pytest.mark.parametrize(("source", "target", "expected"), [
    # "either … or", "not only" between the English verb and its object: still the verb's object
    ("The residents no longer trusted either Tokayev or his promises.",
     "Жители больше не доверяли ни Токаев, ни его обещаниям.", "Токаеву"),
    ("The residents no longer trusted either Tokayev or his promises.",
     "Жители больше не доверяли ни Токаеву, ни его обещаниям.", None),
    # an infinitive after «не могли не»: the verb it hangs on is past the negation
    ("Many on the Western left could not help admiring the Council of Aksakals.",
     "Многие западные левые не могли не восхищаться Совет аксакалов.", "Советом аксакалов"),
    ("Many on the Western left could not help admiring the Council of Aksakals.",
     "Многие западные левые не могли не восхищаться Советом аксакалов.", None),
])
def test_russian_object_past_either_and_a_negated_infinitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # an intervention or invasion "in" a country goes into it: в + the accusative
    ("Both organisations stress that the CSTO intervention in Kazakhstan is a warning to Ukraine too.",
     "Обе организации подчёркивают, что интервенция ОДКБ в Казахстан — предупреждение и для Украины.", None, "ru"),
    # a quoted name after an active participle whose object takes one case: declined, as after a
    # preposition; the participle's subject is the noun it qualifies, so the name is no inverted subject
    ("Western advisers helped the officials who ran KazMunayGas prepare the fields for sale.",
     "Западные советники помогали чиновникам, управлявшим «КазМунайГаз», готовить месторождения к продаже.",
     "«КазМунайГазом»", "ru"),
    ("Western advisers helped the officials who ran KazMunayGas prepare the fields for sale.",
     "Западные советники помогали чиновникам, управлявшим «КазМунайГазом», готовить месторождения к продаже.",
     None, "ru"),
    # "thanked X for his support": X is the compound's object, whatever verbal noun stands between
    ("Tokayev thanked Xi Jinping for his support.", "Тоқаев Си Цзиньпинді қолдауы үшін алғыс айтты.",
     "Си Цзиньпинге", "kk"),
    ("Tokayev thanked Xi Jinping for his support.", "Тоқаев Си Цзиньпинге қолдауы үшін алғыс айтты.", None, "kk"),
    # a converb of moving before an auxiliary (көшіп кетті, "moved away to"): where to is a dative
    ("After a criminal case was opened against him in 2015, Kurmanov moved to Moscow.",
     "2015 жылы өзіне қатысты қылмыстық іс қозғалғаннан кейін Құрманов Мәскеуде көшіп кетті.", "Мәскеуге", "kk"),
    ("After a criminal case was opened against him in 2015, Kurmanov moved to Moscow.",
     "2015 жылы өзіне қатысты қылмыстық іс қозғалғаннан кейін Құрманов Мәскеуге көшіп кетті.", None, "kk"),
])
def test_cases_from_corpora_70_to_73(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "belongs to Chevron": after the English "to" the name never becomes the Russian verb's subject
    ("Half of Tengizchevroil belongs to Chevron.", "Половина компании «Тенгизшевройл» принадлежит «Шеврон».",
     "«Шеврону»"),
    ("Half of Tengizchevroil belongs to Chevron.", "Половина компании «Тенгизшевройл» принадлежит «Шеврону».",
     None),
    # a masculine noun that ends like a present verb (визит, совет) before a name the English puts after "of"
    ("The visit of Xi Jinping to Astana in 2013 opened a new chapter.",
     "Визит Си Цзиньпин в Астану в 2013 году открыл новую главу.", "Си Цзиньпина"),
    ("The visit of Xi Jinping to Astana in 2013 opened a new chapter.",
     "Визит Си Цзиньпина в Астану в 2013 году открыл новую главу.", None),
    # ... but a verb after which the name is the subject, with no "of" in the English, says nothing
    ("As Tokayev says, the protests were organised from abroad.",
     "Как говорит Токаев, протесты были организованы из-за рубежа.", None),
])
def test_russian_belongs_to_and_nouns_that_look_like_verbs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a hyphenated title (премьер-министра) and the adjective before it: the name agrees with it
    ("The invitation of former Prime Minister Tony Blair to Astana in 2011 showed a lot.",
     "Приглашение бывшего премьер-министра Тони Блэр в Астану в 2011 году показало многое.", "Тони Блэра"),
    ("The invitation of former Prime Minister Tony Blair to Astana in 2011 showed a lot.",
     "Приглашение бывшего премьер-министра Тони Блэра в Астану в 2011 году показало многое.", None),
    # ... but a nominative the English makes a verb's subject starts its own phrase
    ("In a question to the Prime Minister, Paul Murphy asked whether Ireland would condemn the CSTO.",
     "В запросе премьер-министру Пол Мёрфи спросил, осудит ли Ирландия ОДКБ.", None),
])
def test_russian_hyphenated_titles(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # two locatives side by side may both be adverbials ("in exile in Moscow"): nothing said
    ("Activists were forced to work in exile in Moscow.", "Белсенділер Мәскеуде эмиграцияда жүріп жұмыс істеуге "
     "мәжбүр болды.", None),
    # a compound of receiving (сұхбат алды): the giver is an ablative
    ("Paul Mason interviewed Kurmanov.", "Пол Мейсон Құрмановқа сұхбат алды.", "Құрмановтан"),
    ("Paul Mason interviewed Kurmanov.", "Пол Мейсон Құрмановтан сұхбат алды.", None),
])
def test_kazakh_two_locatives_and_compounds_of_receiving(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a preposition, an adverb, a participle and its dative complement, then the name: it agrees
    ("On 7 January Paul Murphy spoke by phone with Ainur Kurmanov, whom he had long known.",
     "7 января Пол Мёрфи поговорил по телефону с давно знакомым ему Айнур Курманов.", "Айнуром Курмановым"),
    ("On 7 January Paul Murphy spoke by phone with Ainur Kurmanov, whom he had long known.",
     "7 января Пол Мёрфи поговорил по телефону с давно знакомым ему Айнуром Курмановым.", None),
])
def test_russian_participle_with_complement_before_a_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a comparative with no «чем»: what it compares with is a genitive
    ("'Tokayev is even more dangerous than Nazarbayev,' said Kurmanov.",
     "«Токаев даже опаснее Назарбаев», — сказал Курманов.", "Назарбаева"),
    ("'Tokayev is even more dangerous than Nazarbayev,' said Kurmanov.",
     "«Токаев даже опаснее Назарбаева», — сказал Курманов.", None),
    # sending or handing: the person the English makes the one it goes to is a dative ...
    ("'We sent Kurmanov the list of signatories the same evening,' said Chris Ford.",
     "«В тот же вечер мы отправили Курманова список подписавших», — сказал Крис Форд.", "Курманову"),
    ("'We sent Kurmanov the list of signatories the same evening,' said Chris Ford.",
     "«В тот же вечер мы отправили Курманову список подписавших», — сказал Крис Форд.", None),
    # ... the person sent somewhere, an accusative
    ("The authorities sent Kurmanov to Moscow.", "Власти отправили Курманова в Москву.", None),
])
def test_russian_comparatives_and_verbs_of_sending(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "out of Zhanaozen" is "from": no owner, an ablative is right
    ("Drivers blocked the roads leading out of Zhanaozen, demanding a lower price for gas.",
     "Жүргізушілер Жаңаөзеннен шығатын жолдарды жауып, газ бағасын төмендетуді талап етті.", None),
    # a name made an attribute by -дағы makes no compound with the possessed noun after it: the
    # genitive before owns it
    ("Facebook posts by Pete Firmin and Steve McSweney described the picket.",
     "Пит Фермин мен Стив Максуинидің Facebook-тағы жазбалары пикетті сипаттады.", None),
    # a verb of posture after a converb is an auxiliary: the converb (бақылап, watching) says what happens
    ("Within weeks those investors were watching strikes sweep across Mangystau Region.",
     "Бірнеше аптадан кейін сол инвесторлар Маңғыстау облысын ереуіл толқыны шарпып жатқанын бақылап отырды.",
     None),
])
def test_kazakh_cases_from_corpora_75_to_77(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the head of a possessive name left bare: the -дағы attribute, or a case after the unvoiced
    # final consonant of the bare noun (елшілік, whose possessive is елшілігі)
    ("Protests began in the oil town of Zhanaozen in Mangystau Region.",
     "Наразылықтар Маңғыстау облыстағы мұнайлы Жаңаөзен қаласында басталды.", "облысындағы"),
    ("Protests began in the oil town of Zhanaozen in Mangystau Region.",
     "Наразылықтар Маңғыстау облысындағы мұнайлы Жаңаөзен қаласында басталды.", None),
    ("Protesters in London handed a letter to the Kazakhstan Embassy.",
     "Лондондағы наразылар Қазақстан елшілікке хат тапсырды.", "елшілігіне"),
    ("Protesters in London handed a letter to the Kazakhstan Embassy.",
     "Лондондағы наразылар Қазақстан елшілігіне хат тапсырды.", None),
])
def test_kazakh_possessive_heads_left_bare(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a head whose possessive drops a vowel (орын → орны), left bare with a case ending
    ("The contractor bussed workers from Uralsk to the Karachaganak field.",
     "Мердігер жұмысшыларды Оралдан Қарашығанақ кен орынға автобуспен тасыды.", "орнына"),
    ("The contractor bussed workers from Uralsk to the Karachaganak field.",
     "Мердігер жұмысшыларды Оралдан Қарашығанақ кен орнына автобуспен тасыды.", None),
])
def test_kazakh_possessive_heads_with_a_dropped_vowel(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # every name of a list but the last in one case, the last bare: it lacks the ending
    ("Shops were looted in Almaty, Shymkent and Taraz.", "Алматыда, Шымкентте және Тараз дүкендер тоналды.",
     "Таразда"),
    ("Shops were looted in Almaty, Shymkent and Taraz.", "Алматыда, Шымкентте және Таразда дүкендер тоналды.",
     None),
    ("Shops were looted in Almaty, Shymkent and Taraz.",
     "Алматыда, Шымкентте және Тараз қаласында дүкендер тоналды.", None),
    # a postposition after the last governs it: no member of the list («… Франция сияқты Еуропа елдеріне»)
    ("Kazakhstan supplies uranium to the USA, Canada and European countries such as France.",
     "Қазақстан уранды АҚШ-қа, Канадаға және Франция сияқты Еуропа елдеріне жеткізеді.", None),
    # one bare name inside a list whose other names all carry the ending lacks it; the one before the last
    # conjunction shares the last name's ending as a pair does
    ("The troops came from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan.",
     "Әскерлер Ресейден, Беларусьтен, Армения, Тәжікстаннан және Қырғызстаннан келді.", "Армениядан"),
    ("The protests reached Petropavl, Pavlodar, Oskemen and Semey.",
     "Наразылық Петропавлға, Павлодарға, Өскемен мен Семейге жетті.", None),
    # a participle made a noun governs its object as its verb does (сену, trust: a dative)
    ("The oil workers said they did not trust President Tokayev.",
     "Мұнайшылар Президент Тоқаевты сенбейтіндерін айтты.", "Тоқаевқа"),
    ("The oil workers said they did not trust President Tokayev.",
     "Мұнайшылар Президент Тоқаевқа сенбейтіндерін айтты.", None),
])
def test_kazakh_list_endings_and_nominal_participles(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "demanded that Nazarbayev leave": the subjunctive's subject, a verbal noun's genitive in Kazakh
    ("The protesters demanded that Nazarbayev leave politics for good.",
     "Наразылық білдірушілер Назарбаевқа саясаттан біржола кетуін талап етті.", "Назарбаевтың"),
    ("The protesters demanded that Nazarbayev leave politics for good.",
     "Наразылық білдірушілер Назарбаевтың саясаттан біржола кетуін талап етті.", None),
    # the English "'s" and the possessed phrase in quotes, or far past adjectives: only a genitive owns it
    ("Xi Jinping praised Tokayev's 'decisive measures'.", "Си Цзиньпин Тоқаевты «батыл шараларын» жоғары бағалады.",
     "Тоқаевтың"),
    ("Xi Jinping praised Tokayev's 'decisive measures'.", "Си Цзиньпин Тоқаевтың «батыл шараларын» жоғары бағалады.",
     None),
    ("Kazakhstan's enormous oil and gas wealth has gone mostly to a narrow elite.",
     "Қазақстанды орасан зор мұнай-газ байлығы негізінен тар топтың қолына түсіп келді.", "Қазақстанның"),
    ("Kazakhstan's enormous oil and gas wealth has gone mostly to a narrow elite.",
     "Қазақстанның орасан зор мұнай-газ байлығы негізінен тар топтың қолына түсіп келді.", None),
])
def test_kazakh_subjunctive_subjects_and_far_possessions(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of entering or joining before в takes the accusative
    ("Kazakhstan is also a member of the Shanghai Cooperation Organisation.",
     "Казахстан также входит в Шанхайской организации сотрудничества.", "Шанхайскую организацию сотрудничества"),
    ("Kazakhstan is also a member of the Shanghai Cooperation Organisation.",
     "Казахстан также входит в Шанхайскую организацию сотрудничества.", None),
    # an intervention "in" a country: в with either case (not a whole clause's worth of places)
    ("The CSTO intervention in Kazakhstan is a warning to Ukraine too.",
     "Интервенция ОДКБ в Казахстан — предупреждение и для Украины.", None),
    ("The CSTO intervention in Kazakhstan is a warning to Ukraine too.",
     "Интервенция ОДКБ в Казахстане — предупреждение и для Украины.", None),
    ("After the intervention, the troops stayed in Almaty for a week.",
     "После интервенции войска неделю оставались в Алматы.", None),
])
def test_russian_entering_and_intervention(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English name's own common noun ("police station") rendered before the Russian name takes the
    # case; the name after it is its apposition
    ("Steve Eason said officers from Charing Cross police station had warned the organisers.",
     "Стив Изон рассказал, что сотрудники полицейского участка Чаринг-Кросс предупредили организаторов.", None),
    # ... but a Russian form with a common noun of its own declines
    ("On the tenth anniversary of the Zhanaozen massacre activists gathered in Aktau.",
     "В десятую годовщину Жанаозенская трагедия активисты собрались в Актау.", "Жанаозенской трагедии"),
])
def test_russian_english_common_noun_rendered_before_the_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "headed the Committee" is "led": its object
    ("Until 6 January Karim Massimov headed the National Security Committee.",
     "6 қаңтарға дейін Кәрім Мәсімов Ұлттық қауіпсіздік комитетінде басқарды.", "Ұлттық қауіпсіздік комитетін"),
    ("Until 6 January Karim Massimov headed the National Security Committee.",
     "6 қаңтарға дейін Кәрім Мәсімов Ұлттық қауіпсіздік комитетін басқарды.", None),
    # after the English "to", a genitive before a verb of giving owns nothing: the dative
    ("Pete Firmin handed a letter of protest to the Embassy of Kazakhstan.",
     "Пит Фермин Қазақстан елшілігінің наразылық хатын тапсырды.", "Қазақстан елшілігіне"),
    # ... unless it owns a possessed dative («атына», addressed to its name)
    ("Pete Firmin sent a letter of protest to the Embassy of Kazakhstan.",
     "Пит Фермин Қазақстан елшілігінің атына наразылық хатын жолдады.", None),
])
def test_kazakh_headed_and_recipients_in_the_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an office "to" a place is where it is held, unless a verb of sending moves its holder there
    ("The union sent two delegates to Zhanaozen to meet the strike committee.",
     "Профсоюз отправил двух делегатов в Жанаозене на встречу со стачечным комитетом.", "Жанаозен"),
    ("The union sent two delegates to Zhanaozen to meet the strike committee.",
     "Профсоюз отправил двух делегатов в Жанаозен на встречу со стачечным комитетом.", None),
    ("The British ambassador to Kazakhstan arrived in Almaty.", "Британский посол в Казахстане прибыл в Алматы.",
     None),
    # the English "to" asks no dative of an instrumental a verb governs or a participle agrees with
    ("The spread of strikes suggested that the movement was not confined to western Kazakhstan.",
     "Распространение забастовок свидетельствовало о том, что движение не ограничивалось Западным Казахстаном.",
     None),
    ("Her speech linked the repression in Almaty to the Police, Crime, Sentencing and Courts Bill then under "
     "consideration.", "В её речи репрессии в Алматы связывались с рассматривавшимся в то время законопроектом о "
     "полиции, преступности, вынесении приговоров и судах.", None),
])
def test_russian_direction_of_offices_and_to_after_governed_instrumentals(source: str, target: str,
                                                                          expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after "outside" the name is no subject of the English verb after it
    ("The picket outside the Kazakhstan Embassy, chaired by Simon Hannah, lasted almost two hours.",
     "Саймон Ханна төрағалық еткен, Қазақстан елшілігінің алдындағы пикет екі сағатқа жуық созылды.", None),
    # a postposition that takes no genitive is nothing a genitive owns
    ("After the picket Ainur Kurmanov met Simon Hannah by video link.",
     "Пикеттен кейін Айнұр Құрманов Саймон Ханнаның бейнебайланыс арқылы кездесті.", "Саймон Ханнамен"),
    ("After the picket Ainur Kurmanov met Simon Hannah by video link.",
     "Пикеттен кейін Айнұр Құрманов Саймон Ханнамен бейнебайланыс арқылы кездесті.", None),
])
def test_kazakh_cases_from_corpus_82(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a later mention by the surname alone is the English's second mention: the Kazakh second mention
    # is read against "McDonnell's intervention", not against the first "John McDonnell tabled"
    ("John McDonnell tabled questions about arms sales. McDonnell's intervention nonetheless mattered.",
     "Джон Макдоннелл қару-жарақ сатылымы туралы сұрақтар қойды. Соған қарамастан Макдоннеллдің бұл әрекеті "
     "маңызды болды.", None),
])
def test_a_later_mention_by_surname_is_paired(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "to the London picket": the direction is the picket's, London stays where it is
    ("John McDonnell MP sent a message of solidarity to the London picket.",
     "Депутат парламента Джон Макдоннелл направил послание солидарности участникам пикета в Лондоне.", None),
    # спасибо takes the dative of whom one thanks
    ("Thanks to Marko Bojcun for the translation from Russian.", "Спасибо Марко Бойцун за перевод с русского.",
     "Марко Бойцуну"),
    ("Thanks to Marko Bojcun for the translation from Russian.", "Спасибо Марко Бойцуну за перевод с русского.",
     None),
])
def test_russian_cases_from_corpus_86(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "arrived in Almaty": Kazakh arrives to a place, a dative
    ("Troops from Kyrgyzstan arrived in Almaty on Friday.", "Қырғызстаннан келген әскерлер жұма күні Алматы жетті.",
     "Алматыға"),
    ("The first CSTO units arrived in Kazakhstan on 6 January.",
     "ҰҚШҰ-ның алғашқы бөлімшелері 6 қаңтарда Қазақстанда келді.", "Қазақстанға"),
    ("The first CSTO units arrived in Kazakhstan on 6 January.",
     "ҰҚШҰ-ның алғашқы бөлімшелері 6 қаңтарда Қазақстанға келді.", None),
    # қарағанда, "compared with", takes the dative
    ("Compared with Kyrgyzstan, the protests in Kazakhstan were far larger.",
     "Қырғызстанмен қарағанда Қазақстандағы наразылықтар әлдеқайда ауқымды болды.", "Қырғызстанға"),
    # after the English "to" a bare name before a verb of the dative is no subject
    ("Protesters in Zhanaozen turned to the Council of Aksakals to mediate.",
     "Жаңаөзендегі наразылық білдірушілер делдалдық сұрап Ақсақалдар кеңесі жүгінді.", "Ақсақалдар кеңесіне"),
    # "have left Kazakhstan": a bare name right before the verb of leaving
    ("Many foreign workers have left Kazakhstan since the unrest began.",
     "Тәртіпсіздіктер басталғаннан бері көптеген шетелдік жұмысшылар Қазақстан кетіп қалды.", "Қазақстаннан"),
    # a double object with a compound of the dative ("promised Tokayev full support")
    ("In a phone call, Putin promised Tokayev full support.",
     "Телефон арқылы сөйлескенде Путин Тоқаев толық қолдау көрсетуге уәде берді.", "Тоқаевқа"),
    # a participle of taking place right after the place
    ("Ainur Kurmanov spoke at a press conference in Moscow on Monday.",
     "Айнұр Құрманов дүйсенбі күні Мәскеуге өткен баспасөз конференциясында сөз сөйледі.", "Мәскеуде"),
    ("Ainur Kurmanov spoke at a press conference in Moscow on Monday.",
     "Айнұр Құрманов дүйсенбі күні Мәскеуде өткен баспасөз конференциясында сөз сөйледі.", None),
])
def test_kazakh_cases_from_corpus_87(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a Russian verb of coming in the clause makes в + accusative a direction, whatever the English says
    ("I started at Ozenmunaigas in 2004.", "В «Озенмунайгаз» я пришёл в 2004 году.", None),
    # ... not пошёл in «пошёл на вторую неделю», which moves nobody
    ("The rally in Zhanaozen went into its second week.", "Митинг в Жанаозен пошёл на вторую неделю.", "Жанаозене"),
])
def test_russian_motion_verbs_make_a_direction(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English absolute "with" (a map with Aktau on the coast) is no partner: the accusative of
    # another verb is right
    ("Pirani drew a map on a napkin, with Aktau on the coast and Zhanaozen inland.",
     "Пирани майлыққа карта сызып, Ақтауды теңіз жағасына, Жаңаөзенді құрлықтың ішінде белгіледі.", None),
    # a medium in the dative before «сұхбат алды» is who the interview is for
    ("The BBC interviewed workers in Zhanaozen.", "Жаңаөзендегі жұмысшылардан BBC-ге сұхбат алды.", None),
])
def test_kazakh_with_and_interviews_narrowed(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after a dative plural noun the English makes the name depend on ("residents of Taraz"): a genitive
    ("Seven residents of Taraz have been charged with looting.", "Семерым жителям Таразу предъявлено обвинение в "
     "мародёрстве.", "Тараза"),
    ("Seven residents of Taraz have been charged with looting.", "Семерым жителям Тараза предъявлено обвинение в "
     "мародёрстве.", None),
])
def test_russian_genitive_after_a_dative_plural_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of moving before a verb of beginning (тасымалдай бастады): where to is a dative
    ("Within a day, the CSTO began airlifting troops to Kazakhstan from Russian bases.",
     "Бір тәулік ішінде ҰҚШҰ ресейлік базалардан Қазақстанда әскер тасымалдай бастады.", "Қазақстанға"),
    ("Within a day, the CSTO began airlifting troops to Kazakhstan from Russian bases.",
     "Бір тәулік ішінде ҰҚШҰ ресейлік базалардан Қазақстанға әскер тасымалдай бастады.", None),
])
def test_kazakh_moving_before_a_verb_of_beginning(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive that owns the verbal noun after a compound of the dative is its subject
    ("State television showed Tokayev thanking the CSTO.",
     "Мемлекеттік теледидар Тоқаевтың ҰҚШҰ-ға алғыс айтып жатқанын көрсетті.", None),
    # the head of a compound with a bare name before it belongs to the name, not to a genitive before
    # («Қазақстан елшіліктерінің алдында»); one after a name in another case does not make a compound
    ("The Socialist Movement of Kazakhstan called on workers abroad to picket Kazakhstan's embassies.",
     "Қазақстан социалистік қозғалысының шетелдегі жұмысшыларды Қазақстан елшіліктерінің алдында пикет өткізуге "
     "шақырды.", "Қазақстан социалистік қозғалысы"),
    ("One reason Nazarbayev moved the capital to Astana in 1997 was the north.",
     "Назарбаевтың 1997 жылы астананы Астанаға көшіруінің бір себебі солтүстік еді.", None),
])
def test_kazakh_genitive_subject_past_a_compound(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the towns of Almaty Region and Kyzylorda Region": the first, after "of", may hang on the noun
    # before it while the second joins the list — their cases need not agree
    ("The strikes had spread to Taraz, the towns of Almaty Region and Kyzylorda Region.",
     "Забастовки охватили Тараз, города Алматинской области и Кызылординскую область.", None),
    # without "of" the pair shares one case
    ("They listened to Simon Pirani and Chris Ford.", "Слушали Саймону Пирани и Криса Форда.", "Саймона Пирани"),
])
def test_russian_pair_after_of_may_split(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person in the nominative after a present verb, where the English says "to": no subject
    ("Floor given to Yuliya Yurchenko of Sotsialnyi Rukh",
     "Слово предоставляется Юлия Юрченко из «Социального движения»", "Юлии Юрченко"),
    ("Floor given to Yuliya Yurchenko of Sotsialnyi Rukh",
     "Слово предоставляется Юлии Юрченко из «Социального движения»", None),
    # "of" after the name is no noun the name modifies ("to Tengizchevroil workers" is)
    ("The letter was sent to Paul Murphy of the Socialist Party.",
     "Письмо направили Пол Мёрфи из Социалистической партии.", "Полу Мёрфи"),
    # "to a" as "to the": an indefinite article before a name
    ("In Zhanaozen the protesters handed authority to a Council of Aksakals.",
     "В Жанаозене протестующие передали власть Совет аксакалов.", "Совету аксакалов"),
    ("In Zhanaozen the protesters handed authority to a Council of Aksakals.",
     "В Жанаозене протестующие передали власть Совету аксакалов.", None),
])
def test_russian_to_dative_after_present_verbs_and_of(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a particle between the verb and its object (именно, "in particular")
    ("Why did the Socialist Movement of Kazakhstan thank Paul Murphy in particular?",
     "Почему Социалистическое движение Казахстана поблагодарило именно Пол Мёрфи?", "Пола Мёрфи"),
    ("Why did the Socialist Movement of Kazakhstan thank Paul Murphy in particular?",
     "Почему Социалистическое движение Казахстана поблагодарило именно Пола Мёрфи?", None),
    # a word of its own in quotes is the noun the name depends on
    ("I am tired of reading about Tokayev's 'reforms'.", "Я устал читать о «реформах» Токаев.", "Токаева"),
    ("I am tired of reading about Tokayev's 'reforms'.", "Я устал читать о «реформах» Токаева.", None),
    # a title in quotes before the subject is no such noun
    ("In 'Reform and Revolution' Kurmanov writes about the strike.",
     "В статье «Реформа и революция» Курманов пишет о забастовке.", None),
])
def test_russian_particles_and_scare_quotes(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place right after "to" is where something goes: a plain locative is wrong, whatever the verb
    ("Kazakhstan's oil exports to Europe continued despite the unrest.",
     "Толқуларға қарамастан Қазақстанның Еуропада мұнай экспорты жалғасты.", "Еуропаға"),
    ("Kazakhstan's oil exports to Europe continued despite the unrest.",
     "Толқуларға қарамастан Қазақстанның Еуропаға мұнай экспорты жалғасты.", None),
    # ... but "welcomed the minister to London" receives him in it
    ("Johnson welcomed Kairat Abdrakhmanov to London.", "Джонсон Қайрат Әбдірахмановты Лондонда қабылдады.", None),
    # verbs of transferring move too (ауыстырылды)
    ("Prisoners were moved from Aktau to Atyrau without their families being informed.",
     "Тұтқындар отбасыларына хабарланбастан Ақтаудан Атырауда ауыстырылды.", "Атырауға"),
    # where the Kazakh verb is сұрау, the one asked is an ablative, "to" or not
    ("The UN Committee against Torture has asked Kazakhstan to explain the deaths in custody.",
     "БҰҰ-ның Азаптауға қарсы комитеті Қазақстанға қамаудағы өлім жағдайларын түсіндіруді сұрады.", "Қазақстаннан"),
    # the place nouns of "in front of", "near": a possessor, not a dative
    ("A picket outside the Embassy of Kazakhstan in London demanded their release.",
     "Лондондағы Қазақстан елшілігіне алдында өткен пикет оларды босатуды талап етті.", "Қазақстан елшілігінің"),
    # a genitive right before a participle of coming: "from" is an ablative
    ("A young woman from Aktobe Region told the court she had been threatened.",
     "Ақтөбе облысының келген жас әйел сотқа қорқытқанын айтты.", "Ақтөбе облысынан"),
    # ... and a bare name: no country or body "comes" as a participle's subject
    ("Troops from Belarus arrived in Kazakhstan.", "Беларусь келген әскерлер Қазақстанға жетті.", "Беларусьтен"),
    ("Troops from Belarus arrived in Kazakhstan.", "Беларусьтен келген әскерлер Қазақстанға жетті.", None),
    # (a verb of sending has a subject: "troops from Belarus" may be the troops Belarus sent)
    ("Troops from Belarus arrived in Kazakhstan.", "Беларусь жіберген әскерлер Қазақстанға жетті.", None),
    # "from … to": a bare name or an accusative right before where to is where from
    ("Nazarbayev moved the capital from Almaty to Astana in 1997.",
     "Назарбаев 1997 жылы елорданы Алматыны Астанаға көшірді.", "Алматыдан"),
    ("My friend flew from Astana to Aktau.", "Досым Астананы Ақтауға ұшып келді.", "Астанадан"),
    ("My friend flew from Astana to Aktau.", "Досым Астанадан Ақтауға ұшып келді.", None),
    # a genitive before a genitive without a possessive owns nothing: "in" is a locative
    ("Several of those detained in Karaganda Region worked at ArcelorMittal Temirtau.",
     "Қарағанды облысының ұсталғандардың бірнешеуі «АрселорМиттал Теміртау» компаниясында жұмыс істеген.",
     "Қарағанды облысында"),
])
def test_kazakh_cases_from_corpora_95_and_98(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after a copula the name the English makes an object ("included") is the subject
    ("Speakers included John McDonnell and Marko Bojcun.", "Среди выступавших были Джон Макдоннелл и Марко Бойцун.",
     None),
])
def test_russian_subject_after_a_copula(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an instrumental right after a noun the English "of" makes the name depend on
    ("He could no longer present the unrest as an internal affair of Kazakhstan.",
     "Он уже не мог представлять беспорядки как внутреннее дело Казахстаном.", "Казахстана"),
    ("He could no longer present the unrest as an internal affair of Kazakhstan.",
     "Он уже не мог представлять беспорядки как внутреннее дело Казахстана.", None),
    # ... not after a noun made from a verb of the instrumental ("the running of Kazakhstan")
    ("The running of Kazakhstan passed to Tokayev.", "Управление Казахстаном перешло к Токаеву.", None),
    # a noun in -ет after "of" («Авторитет»): a dative after it is wrong
    ("The authority of the Council of Aksakals rested on the trust of the strikers.",
     "Авторитет Совету аксакалов держался на доверии забастовщиков.", "Совета аксакалов"),
])
def test_russian_oblique_cases_after_a_noun_of(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place after "in" in the accusative is made an object: a locative is meant
    ("Activists who tried to hold a rally in Petropavlovsk were detained.",
     "Петропавлды митинг өткізбек болған белсенділер ұсталды.", "Петропавлда"),
    ("Activists who tried to hold a rally in Petropavlovsk were detained.",
     "Петропавлда митинг өткізбек болған белсенділер ұсталды.", None),
    # ... not with a verb of going round a place ("travelled in Kazakhstan": «Қазақстанды аралады»)
    ("Paul Mason travelled in Kazakhstan in 2012.", "Пол Мейсон 2012 жылы Қазақстанды аралады.", None),
    # ... nor right before an active participle, whose object it is
    ("Eni and TotalEnergies, partners in the Kashagan consortium, issued statements.",
     "Қашаған кен орнын игеретін консорциумға кіретін Eni мен TotalEnergies мәлімдеме жасады.", None),
])
def test_kazakh_accusative_for_in(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person's genitive between the noun and the name is the noun's owner: "call to" is still a dative
    ("8 Jan — Putin's phone call to Tokayev", "8 января — телефонный звонок Путина Токаева", "Токаеву"),
    ("8 Jan — Putin's phone call to Tokayev", "8 января — телефонный звонок Путина Токаеву", None),
])
def test_russian_dative_past_an_owner(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_russian_object_of_an_infinitive() -> None:
    # an infinitive's object ("to support Roza Tuletaeva") is the verb's object, no inverted subject:
    # the nominative is reported (no fix offered: the verb decides the case)
    source = "The union decided to support Roza Tuletaeva."
    found = _wrong_inflections(source, "Профсоюз решил поддержать Роза Тулетаева.")
    assert [f.offending for f in found] == ["Роза Тулетаева"]
    assert not _wrong_inflections(source, "Профсоюз решил поддержать Розу Тулетаеву.")


def test_russian_noun_in_ost_is_no_infinitive() -> None:
    # a noun in -ость/-ости before a name («Комитета национальной безопасности Карим Масимов») is no
    # infinitive whose object the name would be: the name is the clause's subject
    source = "Officials confirmed that Karim Massimov, once head of the National Security Committee, had been arrested."
    assert not _wrong_inflections(source, "Чиновники подтвердили, что бывший глава Комитета национальной "
                                          "безопасности Карим Масимов арестован.")
    # a real infinitive still governs its object
    found = _wrong_inflections("The union decided to support Roza Tuletaeva.",
                               "Профсоюз решил поддержать Роза Тулетаева.")
    assert [f.offending for f in found] == ["Роза Тулетаева"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an adjective before a place after "to" is no infinitive ("moved to central Almaty")
    ("The protesters moved to central Almaty.", "Наразылар Алматының орталығына көшті.", None),
    ("The defence asked the court to summon Tokayev as a witness.",
     "Қорғау тарапы соттан Тоқаевты куә ретінде шақыруды сұрады.", None),
])
def test_kazakh_no_infinitive_before_a_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place the subject is in, between it and its verb ("The Council of Aksakals in Zhanaozen asked")
    ("The Council of Aksakals in Zhanaozen asked lawyers to defend the arrested strike leaders.",
     "Жаңаөзендегі Ақсақалдар кеңесін адвокаттардан қамауға алынған ереуіл жетекшілерін қорғауды сұрады.",
     "Ақсақалдар кеңесі"),
    ("The Council of Aksakals in Zhanaozen asked lawyers to defend the arrested strike leaders.",
     "Жаңаөзендегі Ақсақалдар кеңесі адвокаттардан қамауға алынған ереуіл жетекшілерін қорғауды сұрады.", None),
])
def test_kazakh_subject_past_where_it_is(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a question's subject stands after its auxiliary ("Why did Biden not condemn …")
    ("Why did Biden not condemn the order to shoot?", "Байденге ату туралы бұйрықты неге айыптамады?", "Байден"),
    ("Why did Biden not condemn the order to shoot?", "Байден ату туралы бұйрықты неге айыптамады?", None),
])
def test_kazakh_subject_of_a_question(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative before a possessed noun, in a clause whose only verb is a passive: it owns the noun
    ("Nazarbayev statue pulled down in Taldykorgan, 5 January 2022",
     "Талдықорғанда Назарбаевты ескерткіші құлатылды, 2022 жылғы 5 қаңтар", "Назарбаевтың"),
    ("Nazarbayev statue pulled down in Taldykorgan, 5 January 2022",
     "Талдықорғанда Назарбаевтың ескерткіші құлатылды, 2022 жылғы 5 қаңтар", None),
    # ... not where another verb form in the clause may take it as its object
    ("An article criticising Nazarbayev was published.", "Назарбаевты сынаған мақаласы жарияланды.", None),
    # a person the English verb acts on is definite: a bare name before соттаған is no object
    ("The court that sentenced Roza Tuletaeva in 2012 called her a strike leader.",
     "2012 жылы Роза Төлетаева соттаған сот оны ереуіл жетекшісі деп атады.", "Роза Төлетаеваны"),
    # a genitive right before a participle of giving, where the English says "to": a dative
    ("Appeals sent to the European Union by exiled activists asked it to act.",
     "Эмиграциядағы белсенділер Еуропалық Одақтың жолдаған үндеулерде әрекет етуді сұрады.", "Еуропалық Одаққа"),
])
def test_kazakh_cases_from_corpora_104_to_110(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an organisation after "in" is where something happens: в + the locative
    ("Paul Murphy raised the killings in the Irish Parliament.",
     "Пол Мёрфи поднял вопрос об убийствах в парламент Ирландии.", "парламенте Ирландии"),
    ("Paul Murphy raised the killings in the Irish Parliament.",
     "Пол Мёрфи поднял вопрос об убийствах в парламенте Ирландии.", None),
    # ... not after a Russian word that takes в + the accusative (invest in, believe in)
    ("Western firms kept investing in the Eurasian Economic Union.",
     "Западные фирмы продолжали вкладывать средства в Евразийский экономический союз.", None),
])
def test_russian_inside_an_organisation(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "but not" joins two names in one case
    ("In his speech Tokayev thanked Putin, but not Joe Biden.",
     "В своём выступлении Токаев поблагодарил Путина, но не Джо Байдену.", "Джо Байдена"),
    ("In his speech Tokayev thanked Putin, but not Joe Biden.",
     "В своём выступлении Токаев поблагодарил Путина, но не Джо Байдена.", None),
    # подобно takes the dative; из состава the genitive
    ("Like Bashar al-Assad before him, Tokayev called the protesters terrorists.",
     "Подобно Башара Асада до него, Токаев назвал протестующих террористами.", "Башару Асаду"),
    ("Nazarbayev, removed from the Security Council on 5 January, was never questioned.",
     "Назарбаева, выведенного из состава Совет безопасности 5 января, так и не допросили.", "Совета безопасности"),
    # "leave for" a place is a direction: в + the accusative
    ("In 2012 Kurmanov was forced to leave for Russia.", "В 2012 году Курманов был вынужден уехать в России.",
     "Россию"),
    ("In 2012 Kurmanov was forced to leave for Russia.", "В 2012 году Курманов был вынужден уехать в Россию.", None),
])
def test_russian_cases_from_corpus_117(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the last member of a list in the genitive owning the noun that carries the list's case
    ("Pirani has argued that across Russia, Kazakhstan and much of Eastern Europe privatisation ruined industry.",
     "Пирани Ресейде, Қазақстанда және Шығыс Еуропаның едәуір бөлігінде жекешелендіру өнеркәсіпті күйреткенін "
     "дәлелдейді.", None),
    # a dative before қарсы ("against") possesses nothing and needs nothing else
    ("Critics noted that the prosecution of Massimov served Tokayev.",
     "Сыншылар Мәсімовке қарсы қозғалған іс Тоқаевқа қызмет еткенін атап өтті.", None),
    # an accusative before a verbal noun, in a clause ending with a passive, is the verbal noun's object
    ("The demand to restore the 1993 Constitution was first heard in Zhanaozen.",
     "1993 жылғы Конституцияны қалпына келтіру талабы алғаш рет Жаңаөзенде естілді.", None),
])
def test_kazakh_false_alarms_of_corpora_114_and_35(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English owner after a dative plural noun, or a name modifying the English noun after it
    ("The strikers did not believe Tokayev's promises of cheaper fuel.",
     "Забастовщики не поверили обещаниям Токаеву о дешёвом топливе.", "Токаева"),
    ("Chevron and ExxonMobil urged the Biden administration to take a cautious line.",
     "Chevron и ExxonMobil призвали администрацию Байдену занять осторожную позицию.", "Байдена"),
    # a quoted name declined inside its quotes
    ("Some 40,000 people work for Tengizchevroil's contractors.",
     "У подрядчиков «Тенгизшевройлу» работают около 40 тысяч человек.", "«Тенгизшевройла»"),
    # накануне is a preposition where the English says "before"
    ("Just before Independence Day, Ozenmunaigas announced new lay-offs.",
     "Накануне День независимости «Озенмунайгаз» объявил о новых сокращениях.", "Дня независимости"),
    ("The day before, Tokayev announced new measures.", "Накануне Токаев объявил о новых мерах.", None),
    # "wrote to" a person: написать + the dative
    ("Several members of Congress wrote to Joe Biden.", "Несколько членов Конгресса написали Джо Байдена.",
     "Джо Байдену"),
    # a title between и and the name: the name still closes a pair that shares the plural verb
    ("Yuliya Yurchenko and the historian Marko Bojcun argued that it was a rehearsal.",
     "Юлия Юрченко и историк Марко Бойцун утверждали, что это была репетиция.", None),
])
def test_russian_cases_from_corpora_121_to_123(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a -лық noun with the possessive (әкімшілігі) is the possessed noun, no adjective: a bare name right
    # before it possesses it, and the quote after it is no noun it could own across
    ("Joe Biden's administration called for restraint 'by both the authorities and protesters'.",
     "Джо Байден әкімшілігі «билікті де, наразылық білдірушілерді де» ұстамдылыққа шақырды.", None),
    ("President Joe Biden's administration called on both sides to show restraint.",
     "Президент Джо Байденге әкімшілігі екі тарапты да ұстамдылыққа шақырды.", "Джо Байденнің"),
])
def test_kazakh_lyq_nouns_are_possessed(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "language", "expected"), [
    # a form the glossary lists as wrong only for its ё is reported, though forms are matched with ё as е
    ("Бачелёттің кеңсесі мәлімдеді.", "kk", "Бачелеттің"),
    ("Бачелеттің кеңсесі мәлімдеді.", "kk", None),
    ("Офис Бачелёт заявил.", "ru", "Бачелет"),
])
def test_wrong_forms_told_by_yo(target: str, language: str, expected: str | None) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    findings = checker.check_target_segment("d", 1, "Bachelet's office said it.", target, language)
    wrong = [f.suggestion for f in findings if f.check == "target-wrong-form"]
    assert wrong == ([expected] if expected else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an English title right before the name makes the Russian one an apposition: no genitive complement
    ("The fees the regime paid to former Prime Minister Tony Blair are still secret.",
     "Гонорары, которые режим выплачивал бывшему премьер-министру Тони Блэра, засекречены.", "Тони Блэру"),
    # ... while "adviser of" keeps the genitive
    ("The regime paid the adviser of Tony Blair.", "Режим заплатил советнику Тони Блэра.", None),
    # a feminine determiner only an accusative has qualifies the name
    ("As early as 3 January, a general strike had gripped the whole of Mangystau Region.",
     "Уже 3 января всеобщая забастовка охватила всю Мангистауской области.", "Мангистаускую область"),
    ("As early as 3 January, a general strike had gripped the whole of Mangystau Region.",
     "Уже 3 января всеобщая забастовка охватила всю Мангистаускую область.", None),
    # ... as does an adjective or participle in -ую before a name only in the nominative
    ("The Socialist Movement of Kazakhstan demanded that the banned Communist Party of Kazakhstan be legalised.",
     "Социалистическое движение Казахстана потребовало легализовать запрещённую Коммунистическая партия "
     "Казахстана.", "Коммунистическую партию Казахстана"),
    # (not a name in another case, the participle's complement: the agent, what it is devoted to)
    ("Xi Jinping backed the crackdown ordered by Tokayev.", "Си Цзиньпин поддержал расправу, устроенную Токаевым.",
     None),
    ("Why did Ukrainians come to a protest about Kazakhstan?",
     "Почему на акцию, посвящённую Казахстану, пришли украинцы?", None),
])
def test_russian_appositions_and_determiners(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # the English double object makes a person the one something is sent to, also against a genitive
    ("The Council of Aksakals in Zhanaozen has sent Tokayev a list of seven demands.",
     "Жаңаөзендегі Ақсақалдар кеңесі Тоқаевтың жеті талаптан тұратын тізім жолдады.", "Тоқаевқа", "kk"),
    # ... not what is given ("handed the Security Council chairmanship to Tokayev")
    ("He handed the Security Council chairmanship to Tokayev.",
     "Ол Қауіпсіздік кеңесінің төрағалығын Тоқаевқа тапсырды.", None, "kk"),
    # distancing oneself "from" someone: an ablative
    ("By the end of January, Tokayev had clearly distanced himself from Nazarbayev.",
     "Қаңтардың соңына қарай Тоқаев Назарбаевқа анық алшақтап үлгерді.", "Назарбаевтан", "kk"),
    # a name right after a relative pronoun begins the relative clause: no genitive complement
    ("They compared it with Moscow's support for Bashar al-Assad.",
     "Они сравнивали это с поддержкой, которую Москва оказывает Башару Асаду.", None, "ru"),
])
def test_cases_from_corpora_132_to_135(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # спасать/спасти take the accusative
    ("Putin saved Assad, now he is saving Tokayev.", "Путин спас Асада, теперь спасает Токаеву.", "Токаева", "ru"),
    # a determiner agreeing with the name qualifies it ("the rest of Westminster"): no genitive complement
    ("Where was the rest of Westminster?", "Где же был остальной Вестминстер?", None, "ru"),
    # қабылдау ("receive someone") takes the accusative
    ("In November Boris Johnson had welcomed Kairat Abdrakhmanov to London.",
     "Қараша айында Борис Джонсон Лондонда Қайрат Әбдірахмановқа қабылдаған еді.", "Қайрат Әбдірахмановты", "kk"),
])
def test_cases_from_corpora_137_to_141(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare name before a noun in the ablative modifies it: no place left in the nominative
    ("CSTO troops left Almaty airport.", "ҰҚШҰ әскерлері Алматы әуежайынан кетті.", None),
    ("Many foreigners have left Kazakhstan.", "Көптеген шетелдіктер Қазақстан кетіп қалды.", "Қазақстаннан"),
])
def test_kazakh_bare_name_before_an_ablative_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_confined_to_is_where_it_stayed() -> None:
    # "confined to Almaty" says where something stayed: a Kazakh locative is right
    _expect_fix("The government insists that the unrest was confined to Almaty.",
                "Үкімет толқулар тек Алматыда болды деп табандап айтады.", None, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an irregular participle ("drawn up by") makes a passive: its agent is instrumental ...
    ("Demands drawn up by the Council of Aksakals were read out in Aktau.",
     "Требования, составленные Совет аксакалов, зачитали в Актау.", "Советом аксакалов"),
    ("The letter was written by Paul Mason.", "Письмо было написано Полом Мейсоном.", None),
    # ... also after a reflexive verb, which is a passive too (no subject of a sentence turned active)
    ("In Zhanaozen the demands were drawn up by the Council of Aksakals.",
     "В Жанаозене требования вырабатывались Советом аксакалов.", None),
    ("The picket was organised by Anti*Capitalist Resistance.",
     "Пикет организовало «Антикапиталистическое сопротивление».", None),
])
def test_irregular_participles_make_passives(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "missing"), [
    # a person's surname alone renders them: the word the glossary also gives alone (Си, a
    # surname written first), not the given name after it
    ("Послания пришли от Сина Цзиньпина.", True),
    ("Послания пришли от Цзиньпина.", True),
    ("Послания пришли от Си Цзиньпина.", False),
    ("Послания пришли от Си.", False),
])
def test_the_surname_is_the_word_the_glossary_gives_alone(target: str, missing: bool) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Messages of support came from Xi Jinping.", target, "ru")
    assert any(f.check == "target-missing-name" for f in findings) == missing
    # the last word alone still renders a person whose surname comes last
    assert not [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Messages came from Paul Murphy.", "Послания пришли от Мёрфи.", "ru") if f.severity != "info"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a country or an organisation as the recipient of a verb whose person is a dative
    ("Russia promised Tajikistan new weapons.", "Россия пообещала Таджикистана новое оружие.", "Таджикистану"),
    ("Russia promised Tajikistan new weapons.", "Россия пообещала Таджикистану новое оружие.", None),
    # ... not after a verb that bans or allows: what it bans is an accusative
    ("The authorities banned the Socialist Movement of Kazakhstan.",
     "Власти запретили Социалистическое движение Казахстана.", None),
    # льстить takes the dative, its participle too
    ("Governments that had flattered Nazarbayev now spoke of a transition.",
     "Правительства, льстившие Назарбаева, теперь заговорили о транзите.", "Назарбаеву"),
    # a genitive plural between a noun that addresses someone and the "to" name is the noun's owner
    ("A letter from Kazakh exiles to Joe Biden went unanswered.",
     "Письмо казахстанских эмигрантов Джо Байдена осталось без ответа.", "Джо Байдену"),
    ("A letter from Kazakh exiles to Joe Biden went unanswered.",
     "Письмо казахстанских эмигрантов Джо Байдену осталось без ответа.", None),
    # "according to" names who says it, which Russian makes the subject
    ("Strikes spread to Uralsk on Tuesday, according to the Socialist Movement of Kazakhstan.",
     "Во вторник забастовки перекинулись на Уральск, сообщает Социалистическое движение Казахстана.", None),
])
def test_recipients_and_owners_from_corpus_157(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # a quoted name declined in its quotes, in the instrumental after a noun with "of"
    ("Solidarity with the workers of Ozenmunaigas", "Солидарность с рабочими «Озенмунайгазом»", "«Озенмунайгаза»",
     "ru"),
    ("Solidarity with the workers of Ozenmunaigas", "Солидарность с рабочими «Озенмунайгаза»", None, "ru"),
    # a headline's noun with "by" and no article names the author
    ("Statement by the Democratic Socialists of America on Kazakhstan",
     "Заявление Демократические социалисты Америки о Казахстане", "Демократических социалистов Америки", "ru"),
    ("Arrested by the KNB", "Арестован Комитетом национальной безопасности", None, "ru"),
    # a document demanded back is what is asked for, no one asked: the accusative is right
    ("They demanded the 1993 Constitution back.", "Олар 1993 жылғы Конституцияны қайтаруды талап етті.", None, "kk"),
])
def test_cases_from_corpora_150_and_161(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English object before a clause reported with деп is the object of the verb after деп
    ("Moscow accused NATO of organising the unrest.", "Мәскеу НАТО-ға толқуларды ұйымдастырды деп айыптады.",
     "НАТО-ны"),
    ("Moscow accused NATO of organising the unrest.", "Мәскеу НАТО-ны толқуларды ұйымдастырды деп айыптады.", None),
    # ... not where the name is the reported clause's own subject, or no English object
    ("Moscow said NATO had organised the unrest.", "Мәскеу НАТО толқуларды ұйымдастырды деп мәлімдеді.", None),
])
def test_kazakh_object_before_a_reported_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place after "in" is where something happens: a dative says where to, which nothing asks for
    ("Protesters seize akimat in Petropavl", "Петропавлға наразылар әкімдікті басып алды", "Петропавлда"),
    ("Protesters seize akimat in Petropavl", "Петропавлда наразылар әкімдікті басып алды", None),
    # ... the last place of a list too, which shares the "in" before the first
    ("Our researchers interviewed 46 workers in Uralsk and Aktobe.",
     "Зерттеушілеріміз Орал мен Ақтөбеге 46 жұмысшымен сұхбат жүргізді.", "Ақтөбеде"),
    ("Our researchers interviewed 46 workers in Uralsk and Aktobe.",
     "Зерттеушілеріміз Орал мен Ақтөбеде 46 жұмысшымен сұхбат жүргізді.", None),
    ("The protests spread to Taraz and Aktobe.", "Наразылықтар Тараз бен Ақтөбеге тарады.", None),
    # "at" and "throughout" say where too
    ("Production at Kashagan was not interrupted.", "Қашағанға өндіріс тоқтаған жоқ.", "Қашағанда"),
    ("Production at Kashagan was not interrupted.", "Қашағанда өндіріс тоқтаған жоқ.", None),
    # орналасқан, "located", says where something is: the locative, not the dative of placing
    ("The consulates located in Almaty kept working.", "Алматыға орналасқан консулдықтар жұмысын жалғастырды.",
     "Алматыда"),
    ("The consulates located in Almaty kept working.", "Алматыда орналасқан консулдықтар жұмысын жалғастырды.", None),
    # қайта before a verb is "again", no verb of moving asking for a dative
    ("Production at Kashagan resumed within a day.", "Қашағанға өндіріс бір тәулік ішінде қайта басталды.",
     "Қашағанда"),
    ("Production at Kashagan resumed within a day.", "Қашағанда өндіріс бір тәулік ішінде қайта басталды.", None),
    ("The troops arrived at Almaty airport.", "Әскерлер Алматы әуежайына келді.", None),
    # (өту after a converb is no taking place: «атап өтті», "noted"; the pressure is exerted *on* Ukraine)
    ("Both drew parallels with the pressure Moscow was exerting on Ukraine.",
     "Екеуі де Мәскеудің Украинаға көрсетіп отырған қысымымен ұқсастық бар екенін атап өтті.", None),
    # ... unless something in the sentence takes a dative: a verb of putting or moving, қажет ("needed")
    ("A state of emergency was introduced in Almaty.", "Алматыға төтенше жағдай енгізілді.", None),
    ("Yet in January it was the CSTO, not a trade bloc, that turned up in Almaty.",
     "Алайда қаңтарда Алматыға сауда блогы емес, дәл ҰҚШҰ келіп жетті.", None),
    ("Washington asked why CSTO troops were needed in Kazakhstan.",
     "Вашингтон ҰҚШҰ әскерлерінің Қазақстанға не үшін қажет болғанын сұрады.", None),
    # ... or the English verb is one of arrival or placement
    ("Troops were deployed in Almaty.", "Әскер Алматыға орналастырылды.", None),
    # ... and a word that only begins like a verb of moving is none (барлық "all", жетекші "leader")
    ("Dozens were detained in Almaty, all of them young.", "Алматыға ондаған адам ұсталды, барлығы жастар.",
     "Алматыда"),
    ("Dozens were detained in Almaty, all of them young.", "Алматыда ондаған адам ұсталды, барлығы жастар.", None),
    ("Dozens were detained in Almaty and brought to Taraz.",
     "Алматыға ондаған адам ұсталып, Таразға жеткізілгенін айтты.", "Алматыда"),
    ("Dozens were detained in Almaty and brought to Taraz.",
     "Алматыда ондаған адам ұсталып, Таразға жеткізілгенін айтты.", None),
    # a place in the dative right before a verb of moving is that verb's goal, asking nothing of the name
    # before; an English verb of arrival with a destination of its own is no arrival at the name
    ("He studied in Britain and returned to Pavlodar in 2018.",
     "Ол Ұлыбританияға оқып, 2018 жылы Павлодарға оралды.", "Ұлыбританияда"),
    ("He studied in Britain and returned to Pavlodar in 2018.",
     "Ол Ұлыбританияда оқып, 2018 жылы Павлодарға оралды.", None),
    # (but a name ending a list shares the verb with the names before it)
    ("Troops were deployed in Almaty and Taraz.", "Әскер Алматыға және Таразға жіберілді.", None),
    # ... but not one further back whose place a participle nearer the name took: "those detained in Taraz"
    # are detained there («Таразда ұсталғандарға»), whatever was sent
    ("The deputies sent an inquiry about those detained in Taraz.",
     "Депутаттар Таразға ұсталғандарға қатысты сауал жолдады.", "Таразда"),
    ("The deputies sent an inquiry about those detained in Taraz.",
     "Депутаттар Таразда ұсталғандарға қатысты сауал жолдады.", None),
    # a sentence opened by "In <place>," sets the scene, whatever the Kazakh moves later in it
    ("In Atyrau, strikers were dispersed with tear gas on 4 January.",
     "Атырауға 4 қаңтарда ереуілшілер көзден жас ағызатын газбен қуылып таратылды.", "Атырауда"),
    ("In Atyrau, strikers were dispersed with tear gas on 4 January.",
     "Атырауда 4 қаңтарда ереуілшілер көзден жас ағызатын газбен қуылып таратылды.", None),
    # a verb of motion that has its own destination, "towards the akimat" («әкімдігіне қарай»), asks
    # nothing of the place where it happens
    ("In Uralsk, demonstrators marched towards the regional akimat.",
     "Оралға демонстранттар облыс әкімдігіне қарай шеру тартты.", "Оралда"),
    ("In Uralsk, demonstrators marched towards the regional akimat.",
     "Оралда демонстранттар облыс әкімдігіне қарай шеру тартты.", None),
    ("In Uralsk, demonstrators marched.", "Оралға демонстранттар шеру тартты.", None),
    # a company or body right after "at" is where something happens too ("works at Tengizchevroil")
    ("At TCO the workers went on strike on 4 January.", "4 қаңтарда ТШО-ға жұмысшылар ереуілге шықты.",
     "ТШО-да"),
    ("At TCO the workers went on strike on 4 January.", "4 қаңтарда ТШО-да жұмысшылар ереуілге шықты.", None),
    ("Dad's friend works at Tengizchevroil.", "Әкемнің досы «Теңізшевройл» компаниясына істейді.",
     "«Теңізшевройл» компаниясында"),
    # ... not where "at" points at it ("aimed at", anywhere in the sentence), a job started or a thing
    # handed in there, nor at the body's own summit ("at the CSTO's summit": its owner)
    ("It was at ExxonMobil and Chevron that the strikers' anger was aimed.",
     "Ереуілшілердің ашуы ExxonMobil-ге және Chevron-ға бағытталды.", None),
    ("I started at Ozenmunaigas in 2004.", "«Өзенмұнайгазға» 2004 жылы жұмысқа тұрдым.", None),
    ("A petition was handed in at the Embassy of Kazakhstan.", "Петиция Қазақстан елшілігіне тапсырылды.", None),
    ("Putin spoke at the CSTO's summit.", "Путин ҰҚШҰ-ға саммитінде сөйледі.", "ҰҚШҰ-ның"),
])
def test_kazakh_dative_for_in(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the generic noun a quoted name heads keeps its own vowel harmony and the possessive's -н-
    ("Relatives were dismissed from posts at KazMunayGas.",
     "Туыстары «ҚазМұнайГаз» компаниясындегі қызметтерінен босатылды.", "«ҚазМұнайГаз» компаниясындағы"),
    ("Relatives were dismissed from posts at KazMunayGas.",
     "Туыстары «ҚазМұнайГаз» компаниясыдағы қызметтерінен босатылды.", "«ҚазМұнайГаз» компаниясындағы"),
    ("Strikers sent greetings from Tengizchevroil.",
     "Ереуілшілер «Теңізшевройл» компаниясінан сәлем жолдады.", "«Теңізшевройл» компаниясынан"),
    ("Strikers sent greetings from Tengizchevroil.", "Ереуілшілер «Теңізшевройл» компаниясынан сәлем жолдады.", None),
    ("They met KazMunayGas.", "Олар «ҚазМұнайГаз» компаниясымен кездесті.", None),       # -мен never changes
])
def test_kazakh_head_harmony(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "from" a place, in the dative right before a verb of moving, says "to" instead
    ("Witnesses from Atyrau told the court that the police had opened fire first.",
     "Атырауға келген куәлар сотқа полиция бірінші болып оқ атқанын айтты.", "Атыраудан"),
    ("Witnesses from Atyrau told the court.", "Атыраудан келген куәлар сотқа айтты.", None),
    # the one acted on, in the dative right before the verbal noun of an accusative verb
    ("Activists demanded the release of Roza Tuletaeva.", "Белсенділер Роза Төлетаеваға босатуды талап етті.",
     "Роза Төлетаеваны"),
    ("Activists demanded the release of Roza Tuletaeva.", "Белсенділер Роза Төлетаеваны босатуды талап етті.", None),
    # ... and the subject of an English passive infinitive or subjunctive, what the action is done to
    ("Activists are calling for Roza Tuletaeva to be cleared.", "Белсенділер Роза Төлетаеваға ақтауды талап етуде.",
     "Роза Төлетаеваны"),
    ("Activists are calling for Roza Tuletaeva to be cleared.", "Белсенділер Роза Төлетаеваны ақтауды талап етуде.",
     None),
    ("We demanded that the 1993 Constitution be restored.", "Біз 1993 жылғы Конституцияға қайтаруды талап еттік.",
     "1993 жылғы Конституцияны"),
    ("We demanded that the 1993 Constitution be restored.", "Біз 1993 жылғы Конституцияны қайтаруды талап еттік.",
     None),
    # (not a finite passive: "the Constitution was restored" has no verbal noun acting on it)
    ("The 1993 Constitution was restored in the end.", "Соңында 1993 жылғы Конституцияға қайтару болды.", None),
    # an English adverb after the object is no noun it modifies ("knew Tuletaeva personally"); a stem in -ы/-і
    # before an ending in -й- is written with и (таны + йтын → танитын)
    ("Many of our members knew Tuletaeva personally.", "Мүшелеріміздің көбі Төлетаеваға жеке танитын.",
     "Төлетаеваны"),
    ("Many of our members knew Tuletaeva personally.", "Мүшелеріміздің көбі Төлетаеваны жеке танитын.", None),
    # knowing someone (білу) takes the accusative, bordering on a country (шектесу) the instrumental; таныс,
    # "acquainted", is an adjective with the instrumental, no form of таныу
    ("Everyone in Zhanaozen knows Roza Tuletaeva.", "Жаңаөзенде Роза Төлетаеваға бәрі біледі.", "Роза Төлетаеваны"),
    ("Everyone in Zhanaozen knows Roza Tuletaeva.", "Жаңаөзенде Роза Төлетаеваны бәрі біледі.", None),
    ("I had known Tuletaeva since she was a girl.", "Төлетаеваға қыз кезінен білетінмін.", "Төлетаеваны"),
    ("In the east, Kazakhstan borders China.", "Шығысында Қазақстан Қытайға шектеседі.", "Қытаймен"),
    ("In the east, Kazakhstan borders China.", "Шығысында Қазақстан Қытаймен шектеседі.", None),
    ("Kurmanov has known Paul Murphy since 2011.", "Құрманов Пол Мерфимен 2011 жылдан бері таныс.", None),
    # a bare name right before деген or деп is the word cited ("learned to say Zhanaozen properly")
    ("Every one of them had learned to say Zhanaozen properly.",
     "Бәрі Жаңаөзен деген атауды дұрыс айтуды үйреніп алыпты.", None),
    # the one called on to act is the accusative object of шақыру
    ("The European Union called on Kazakhstan to guarantee fair trials.",
     "Еуропалық Одақ Қазақстанға әділ сот төрелігін қамтамасыз етуге шақырды.", "Қазақстанды"),
    ("The European Union called on Kazakhstan to guarantee fair trials.",
     "Еуропалық Одақ Қазақстанды әділ сот төрелігін қамтамасыз етуге шақырды.", None),
])
def test_kazakh_cases_from_corpus_150(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English object before a matter closed by туралы is the object of the compound after it
    ("The court instructed the National Security Committee to hand over the recordings from the square.",
     "Сот Ұлттық қауіпсіздік комитетін алаңдағы бейнежазбаларды тапсыру туралы нұсқау берді.",
     "Ұлттық қауіпсіздік комитетіне"),
    ("The court instructed the National Security Committee to hand over the recordings from the square.",
     "Сот Ұлттық қауіпсіздік комитетіне алаңдағы бейнежазбаларды тапсыру туралы нұсқау берді.", None),
    ("In a phone call, Putin promised Tokayev full support.",
     "Телефон арқылы сөйлескенде Путин Тоқаев толық қолдау көрсетуге уәде берді.", "Тоқаевқа"),
])
def test_kazakh_object_before_a_matter(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an active participle's object after it, an inanimate name in its accusative: no genitive asked
    ("Contract workers at Tengizchevroil face charges.",
     "Работникам организаций, обслуживающих «Тенгизшевройл», предъявлены обвинения.", None),
    # a genitive plural noun in -телей is no adjective agreeing with the name
    ("Massimov's deputies were flown to Nur-Sultan.", "Заместителей Масимову доставили в Нур-Султан.", "Масимова"),
])
def test_cases_from_corpora_165_and_171(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_a_soft_sign_is_no_ending() -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Xi Jinping said so.", "Си Цзиньпинь так сказал.", "ru")
    assert [(f.check, f.suggestion) for f in findings if f.severity != "info"] == [("target-misspelt-name", "Цзиньпин")]


def test_kazakh_encircling_takes_an_accusative() -> None:
    # қоршауға алу ("encircle"), like қамауға алу, takes its object in the accusative
    _expect_fix("On the night of 5 January troops encircled Zhanaozen.",
                "5 қаңтарға қараған түні әскерлер Жаңаөзенге қоршауға алды.", "Жаңаөзенді", "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a list set out after a dash takes the case of the plural noun before it
    ("Kazakhstan has long balanced between two powers, Russia and China.",
     "Казахстан давно балансирует между двумя державами — Россией и Китай.", "Китаем"),
    ("The strike reached three regional centres — Aktau, Atyrau and Uralsk.",
     "Забастовка дошла до трёх областных центров — Актау, Атырау и Уральск.", "Уральска"),
    ("The strike reached three regional centres — Aktau, Atyrau and Uralsk.",
     "Забастовка дошла до трёх областных центров — Актау, Атырау и Уральска.", None),
])
def test_russian_list_after_a_dash(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # charges are brought against someone in the dative («предъявленные Масимову обвинения»)
    ("Nothing is known about the charges brought against Karim Massimov.",
     "О предъявленных Карима Масимова обвинениях ничего не известно.", "Кариму Масимову"),
    ("Nothing is known about the charges brought against Karim Massimov.",
     "О предъявленных Кариму Масимову обвинениях ничего не известно.", None),
    # "support for Assad" may be an objective genitive: «поддержка Башара Асада» is right
    ("Russia's military support for Bashar al-Assad in Syria.", "Военная поддержка Россией Башара Асада в Сирии.",
     None),
])
def test_charges_brought_against_and_support_of(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # a particle between the passive and its agent; a quoted name declined in its quotes too
    ("Обращение было подписано также «Марксистской тенденции».", "«Марксистской тенденцией»"),
    ("Обращение было подписано также «Марксистской тенденцией».", None),
])
def test_passive_agent_past_a_particle(target: str, expected: str | None) -> None:
    _expect_fix("The appeal was also signed by the Marxist Tendency.", target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # на + the accusative after a word of looking is its target, no place
    ("Some on the left still look at the Soviet Union through rose-tinted glasses.",
     "Кое-кто из левых до сих пор смотрит на Советский Союз сквозь розовые очки.", None),
    # a possessive between a coordinator and the name: the name shares the plural verb
    ("Gennady Zyuganov and his Communist Party of the Russian Federation cheered the intervention.",
     "Геннадий Зюганов и его Коммунистическая партия Российской Федерации приветствовали интервенцию.", None),
    # a passive participle in the prepositional case (подписанном) takes its agent in the instrumental
    ("The statement signed by the Russian Socialist Movement called for the withdrawal.",
     "В заявлении, подписанном Российское социалистическое движение, содержался призыв.",
     "Российским социалистическим движением"),
])
def test_cases_from_corpora_175_and_179(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # a passive's agent past a short place between participle and "by" ("tabled in the Dáil by")
    ("A motion tabled in the Dáil by Paul Murphy condemned the killings.",
     "Резолюция, внесённая Пол Мёрфи, осуждала убийства.", "Полом Мёрфи", "ru"),
    # "taken from": a locative right before a participle of taking is an ablative
    ("The article, taken from Communist Voice, was circulated on the list.",
     "Communist Voice-та алынған мақала тізім арқылы жіберілді.", "Communist Voice-тан", "kk"),
    ("The article, taken from Communist Voice, was circulated on the list.",
     "Communist Voice-тан алынған мақала тізім арқылы жіберілді.", None, "kk"),
    # where something is published, in the accusative before the verb of publishing
    ("The statement first appeared on Altleft.org.", "Мәлімдеме алғаш рет Altleft.org-ты жарияланды.",
     "Altleft.org-та", "kk"),
])
def test_cases_from_corpora_173_and_178(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "spoke to Putin": Kazakh talks with someone, an instrumental
    ("Tokayev spoke to Putin by phone on 6 January.", "Тоқаев 6 қаңтарда Путинге телефон арқылы сөйлесті.",
     "Путинмен"),
    ("Tokayev spoke to Putin by phone on 6 January.", "Тоқаев 6 қаңтарда Путинмен телефон арқылы сөйлесті.", None),
    # gathering takes a dative of where: "gathered in Trafalgar Square" («алаңына жиналған»)
    ("“Hands off Kazakhstan!” shouted the demonstrators gathered in Trafalgar Square.",
     "«Қазақстаннан қолдарыңды тартыңдар!» — деп айқайлады Трафальгар алаңына жиналған демонстранттар.", None),
    # бірге after a dative is the adverb "together"
    ("Anti*Capitalist Resistance, rs21 and Workers' Power marched together to Trafalgar Square.",
     "«Антикапиталистік қарсылық», rs21 және «Жұмысшы билігі» Трафальгар алаңына бірге шеру тартты.", None),
])
def test_cases_from_corpora_174_and_176(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_an_elided_possessive_is_no_adjective() -> None:
    # халқы (халық with the possessive) is the possessed noun right after the bare possessor
    _expect_fix("The people of Syria know this story well.", "Сирия халқы бұл оқиғаны жақсы біледі.", None, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # places listed after a plural generic noun of sites are its appositions, in the nominative
    ("Western governments had interests in Kashagan and Karachaganak.",
     "Западные правительства имели интересы в проектах Кашаган и Карачаганак.", None),
    # ... not places after a noun of organisations: their genitive
    ("Unions in the US and Canada backed the appeal.", "Профсоюзы США и Канада поддержали обращение.", "Канады"),
])
def test_list_after_a_plural_generic_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a company's quoted name after an oblique plural of a generic noun the English has too: their owner, a genitive
    ("Strikes at KazMunayGas subsidiaries spread across the west.",
     "Забастовки на дочерних предприятиях «КазМунайГаз» охватили запад.", "«КазМунайГаза»"),
    ("Strikes at KazMunayGas subsidiaries spread across the west.",
     "Забастовки на дочерних предприятиях «КазМунайГаза» охватили запад.", None),
    ("Strikes at the mines of Kazakhmys ended.", "Забастовки на шахтах «Казахмыс» завершились.", "«Казахмыса»"),
    # (a plural the translator added names the company by its works: an apposition)
    ("Production at PetroKazakhstan has resumed.", "На предприятиях «ПетроКазахстан» возобновлена добыча.", None),
    # (one name of a list each)
    ("Workers at KazMunayGas and Kazakhmys plants struck.",
     "На заводах «КазМунайГаз» и «Казахмыс» прошли забастовки.", None),
])
def test_a_quoted_company_after_a_plural_generic_noun_owns_it(source: str, target: str,
                                                             expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # предоставить: the thing in the accusative, the one who gets it in the dative; убеждать, забыть: accusative
    ("In 1990 the Supreme Soviet gave Nazarbayev the new post of president.",
     "В 1990 году Верховный Совет предоставил Назарбаева новый пост президента.", "Назарбаеву", "ru"),
    ("Chevron lobbyists urged Biden not to criticise Tokayev.",
     "Лоббисты Chevron убеждали Байдену не критиковать Токаева.", "Байдена", "ru"),
    # a dative of its own right before a verb of moving fills its place: "born in Almaty"
    ("Tokayev was born in Almaty in 1953.", "Тоқаев 1953 жылы Алматыға дүниеге келді.", "Алматыда", "kk"),
    ("Tokayev was born in Almaty in 1953.", "Тоқаев 1953 жылы Алматыда дүниеге келді.", None, "kk"),
    # қарсы шығу ("oppose") takes the dative, an adverb between
    ("In December 1986 Kazakh students openly opposed Moscow.",
     "1986 жылғы желтоқсанда қазақ студенттері Мәскеуді ашық қарсы шықты.", "Мәскеуге", "kk"),
])
def test_cases_from_corpora_183_and_184(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


def test_begun_takes_no_object() -> None:
    findings = [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "The shooting began on Independence Day.", "Атыс Тәуелсіздік күнін басталды.", "kk")
        if f.check == "target-wrong-inflection"]
    assert [f.offending for f in findings] == ["Тәуелсіздік күнін"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # both sides of "between … and" take the instrumental after между
    ("Most of the remaining shares are split between ExxonMobil and KazMunayGas.",
     "Остальные доли распределены между ExxonMobil и «КазМунайГаз».", "«КазМунайГазом»"),
    ("Talks between the unions and Tengizchevroil broke down.",
     "Переговоры между профсоюзами и «Тенгизшевройлом» сорвались.", None),
    # «между собой» ("between themselves"): the names are the subjects
    ("Until January 2022 Tokayev and Nazarbayev shared power in Kazakhstan between them.",
     "До января 2022 года власть в Казахстане делили между собой Токаев и Назарбаев.", None),
    # between a noun whose owners the names are: both genitives
    ("It was a struggle between the clans of Nazarbayev and Tokayev.",
     "Это была борьба между кланами Назарбаева и Токаева.", None),
])
def test_between_and(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "a town in Mangystau Region": the noun of a place names another place, its genitive
    ("In December 2011 in Zhanaozen, a town in Mangystau Region, a state of emergency was declared.",
     "В декабре 2011 года в Жанаозене, городе Мангистауская область, было введено чрезвычайное положение.",
     "Мангистауской области"),
    ("In Zhanaozen, a town in Mangystau Region, a state of emergency was declared.",
     "В Жанаозене, городе Мангистауской области, было введено чрезвычайное положение.", None),
    ("Strikes began in the town of Zhanaozen.", "Забастовки начались в городе Жанаозен.", None),
])
def test_a_town_in_a_region(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target"), [
    # the passive's agents turned into the subjects of an active verb, a parenthesis between them
    ("The picket was backed by the Ukraine Solidarity Campaign (Chris Ford) and by Workers Power.",
     "Пикет поддержали Кампания солидарности с Украиной (Крис Форд) и «Рабочая власть»."),
    # after a verb of entering, which takes no object, the name is its subject
    ("The Embassy received a delegation that included Chris Ford of the Ukraine Solidarity Campaign.",
     "Посольство приняло делегацию, в состав которой входил Крис Форд из Кампании солидарности с Украиной."),
    # a verb of sending makes в + the accusative a direction
    ("The Embassy will forward the letter to the Ministry of Foreign Affairs in Nur-Sultan.",
     "Посольство направит письмо в Нур-Султан, в Министерство иностранных дел."),
])
def test_correct_from_corpora_191_and_193(source: str, target: str) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "ru")
    assert [f.message for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "in" a place: an ablative says "from", which nothing in the sentence asks for
    ("Two journalists were detained in Uralsk while filming the central square.",
     "Екі журналист Оралдан орталық алаңды түсіріп жатқан кезде ұсталды.", "Оралда"),
    ("Two journalists were detained in Uralsk while filming the central square.",
     "Екі журналист Оралда орталық алаңды түсіріп жатқан кезде ұсталды.", None),
    # "unlike in Algeria": a noun of difference takes the ablative
    ("Unlike in Algeria, Kazakhstan has no legal opposition.",
     "Алжирден айырмашылығы, Қазақстанда заңды оппозиция жоқ.", None),
    # a verb of leaving in any form, its stem voiced before a vowel too (шық → шығар, "where one leaves")
    ("The police are checking every car at the Zhanaozen exit.",
     "Жаңаөзеннен шығар жерде полиция әр көлікті тексеріп жатыр.", None),
])
def test_kazakh_ablative_for_in(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_surname_without_its_particle_is_a_later_mention() -> None:
    # "Bashar al-Assad …, support for Assad": two mentions in both languages, paired in order
    source = ("Bashar al-Assad succeeded his father as President of Syria in 2000. In January 2022 critics compared "
              "the CSTO deployment with Moscow's support for Assad.")
    target = ("Башар Асад 2000 жылы әкесінің орнына Сирия президенті болды. 2022 жылғы қаңтарда сыншылар ҰҚШҰ "
              "күштерінің енгізілуін Мәскеудің Асадқа көрсеткен қолдауымен салыстырды.")
    _expect_fix(source, target, None, "kk")


def test_paid_to_someone_is_a_dative() -> None:
    _expect_fix("Critics recalled the millions paid to Tony Blair for advising Nazarbayev.",
                "Критики напомнили о миллионах, выплаченных Тони Блэра за консультирование Назарбаева.", "Тони Блэру")


def test_having_returned_is_a_motion() -> None:
    # «Вернувшись в Жанаозен» ("back in Zhanaozen"): a verb of returning makes в + the accusative a direction
    _expect_fix("Back in Zhanaozen I tracked down Roza Tuletaeva's former neighbours.",
                "Вернувшись в Жанаозен, я разыскал бывших соседей Розы Тулетаевой.", None)


@pytest.mark.parametrize(("source", "target"), [
    # a bare name joined by мен to one in the dative: the case goes on the last one joined
    ("His widow wrote to the United Nations and the European Union.",
     "Жесірі Біріккен Ұлттар Ұйымы мен Еуропалық Одаққа хат жазды."),
    # a verb of coming in the clause takes the dative, whatever verb ends it
    ("Back in Aktau, the wind off the Caspian was so strong that the rally lasted barely an hour.",
     "Ақтауға қайта оралғанымда Каспийден соққан жел соншалықты күшті болды."),
])
def test_correct_from_corpora_202_and_204(source: str, target: str) -> None:
    _expect_fix(source, target, None, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of handing in both clauses makes the "to" name its recipient, past a noun before it
    ("The strikers handed their list of demands to Ainur Kurmanov so that he could pass it on.",
     "Бастующие передали список своих требований Айнура Курманова, чтобы он переправил его.", "Айнуру Курманову"),
    ("The strikers handed the list to the successor to Nazarbayev.",
     "Бастующие передали список преемнику Назарбаева.", None),
    # назначить with the English double object: the person is the dative
    ("The court gave Roza Tuletaeva a prison sentence.", "Суд назначил Розу Тулетаеву тюремный срок.",
     "Розе Тулетаевой"),
    ("Tokayev appointed Massimov chairman.", "Токаев назначил Масимова председателем.", None),
])
def test_handing_and_sentencing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # the word right before the surname is compared with the form's word there (Жомарт, not Касым); the
    # fix replaces that word alone, so F6 leaves «Касым-Жомарт Токаев» (not «Касым-Касым-Жомарт Токаев Токаев»)
    ("Касым-Джомарт Токаев обвинил террористов.", "Жомарт"),
    ("Касым-Жомарт Токаев обвинил террористов.", None),
    # … cut short by a letter, which no ending does
    ("Касым-Жомар Токаев обвинил террористов.", "Жомарт"),
    # … or joined otherwise than the glossary joins it: the whole name is the fix
    ("Касым Жомарт Токаев обвинил террористов.", "Касым-Жомарт Токаев"),
])
def test_a_misspelt_second_given_name(target: str, expected: str | None) -> None:
    findings = [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Kassym-Jomart Tokayev blamed terrorists.", target, "ru") if f.severity != "info"]
    assert [f.suggestion for f in findings] == ([expected] if expected else [])
    for f in findings:
        assert target.replace(f.offending, f.suggestion, 1).startswith("Касым-Жомарт Токаев обвинил")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "spread to" a region: на + the accusative of direction
    ("The strike spread to Atyrau Region, where 10,000 oil workers walked out.",
     "Забастовка перекинулась на Атырауской области, где работу остановили 10 000 нефтяников.",
     "Атыраускую область"),
    # "thanked Putin" said with благодарность: the dative
    ("At the CSTO summit on 10 January, Tokayev thanked Putin personally.",
     "На саммите ОДКБ 10 января Токаев выразил личную благодарность Путина.", "Путину"),
    ("Putin's gratitude to Tokayev was public.", "Благодарность Путина Токаеву была публичной.", None),
])
def test_cases_from_corpus_205(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person "by" whom something was done is the subject of the Kazakh participle after it
    ("The photographs taken by Steve Eason show about 60 people outside the embassy.",
     "Стив Изонға түсірген фотосуреттерде елшілік алдында тұрған 60-қа жуық адам көрінеді.", "Стив Изон"),
    ("The photographs taken by Steve Eason show about 60 people outside the embassy.",
     "Стив Изон түсірген фотосуреттерде елшілік алдында тұрған 60-қа жуық адам көрінеді.", None),
    # айырмашылығы ("unlike") takes the ablative
    ("Unlike Turkey, Kazakhstan has no independent unions left.",
     "Түркияға айырмашылығы, Қазақстанда тәуелсіз кәсіподақтар мүлдем қалмады.", "Түркиядан"),
])
def test_cases_from_corpora_206_and_208(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a present passive participle takes its agent in the instrumental
    ("The KNB, headed by Massimov, did nothing.", "КНБ, возглавляемый Масимова, ничего не сделал.", "Масимовым"),
    ("The KNB, headed by Massimov, did nothing.", "КНБ, возглавляемый Масимовым, ничего не сделал.", None),
    # вблизи takes the genitive
    ("Police checkpoints were set up near Taraz.", "Полицейские блокпосты выставили вблизи Таразу.", "Тараза"),
])
def test_cases_from_corpus_215(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "language"), [
    # a given name that lost its soft sign before the surname is a misspelling
    ("Құрбандардың отбасылары Мишел Бачелеттен Алматыға келуді сұрады.", "kk"),
    ("Семьи погибших попросили Мишел Бачелет приехать в Алматы.", "ru"),
])
def test_a_given_name_without_its_soft_sign(target: str, language: str) -> None:
    findings = [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Families of the victims asked Michelle Bachelet to come to Almaty.", target, language)
        if f.check == "target-misspelt-name"]
    assert [f.suggestion for f in findings] == ["Мишель"]


def test_a_participle_after_a_wanted_object_is_no_verb_of_it() -> None:
    # "want the 1993 Constitution restored": the Constitution is what is wanted, no subject
    _expect_fix("The elders want the 1993 Constitution restored.",
                "Ақсақалдар 1993 жылғы Конституцияны қалпына келтіруді талап етеді.", None, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of giving right before the name the English gives "to": a dative, not the verb's object
    ("The post of head of the Security Council was given to Tokayev.",
     "Пост главы Совета безопасности был передан Токаева.", "Токаеву"),
    ("The post of head of the Security Council was given to Tokayev.",
     "Пост главы Совета безопасности был передан Токаеву.", None),
    ("The musician was handed over to Kyrgyzstan at the border crossing.",
     "Музыканта передали Кыргызстан на пограничном переходе.", "Кыргызстану"),
    ("The musician was handed over to Kyrgyzstan at the border crossing.",
     "Музыканта передали Кыргызстану на пограничном переходе.", None),
    # the instrumental of a noun in -ство is no adjective: the name after it is its genitive
    ("Tony Blair, hired as an adviser by Nazarbayev's government, was paid for advice.",
     "Тони Блэр, нанятый правительством Назарбаеву в качестве советника, получал деньги за советы.",
     "Назарбаева"),
    ("Tony Blair, hired as an adviser by Nazarbayev's government, was paid for advice.",
     "Тони Блэр, нанятый правительством Назарбаева в качестве советника, получал деньги за советы.", None),
])
def test_cases_from_corpora_221_and_223(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # the object of an infinitive, a role ("as a witness") between it and the Kazakh verbal noun
    ("Адвокат соттан Назарбаевқа куә ретінде шақыруды сұрады.", "Назарбаевты"),
    ("Адвокат соттан Назарбаевты куә ретінде шақыруды сұрады.", None),
])
def test_the_object_of_an_infinitive_before_a_role(target: str, expected: str | None) -> None:
    _expect_fix("The lawyer asked the court to summon Nazarbayev as a witness.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # asking someone: the accusative
    ("Ozenmunaigas workers asked Tokayev to return the company to the state.",
     "Рабочие «Озенмунайгаза» попросили Токаеву вернуть компанию государству.", "Токаева"),
    ("Ozenmunaigas workers asked Tokayev to return the company to the state.",
     "Рабочие «Озенмунайгаза» попросили Токаева вернуть компанию государству.", None),
    # a name declined in its quotes after a verb shows its case as any name does
    ("We thank Socialist Alternative for lending us a megaphone.",
     "Благодарим «Социалистической альтернативе» за то, что она одолжила нам мегафон.",
     "«Социалистическую альтернативу»"),
    ("We thank Socialist Alternative for lending us a megaphone.",
     "Благодарим «Социалистическую альтернативу» за то, что она одолжила нам мегафон.", None),
    # a day after в is a time: the accusative
    ("Letters of condolence recalled the workers killed on Independence Day in 2011.",
     "В письмах вспоминали рабочих, убитых в Дне независимости в 2011 году.", "День независимости"),
    ("Letters of condolence recalled the workers killed on Independence Day in 2011.",
     "В письмах вспоминали рабочих, убитых в День независимости в 2011 году.", None),
    # the adjective of a multiword name in another gender than its noun
    ("The union's letter describes the conditions of miners in Karaganda Region.",
     "В письме профсоюза описываются условия труда горняков в Карагандинском области.", "Карагандинской области"),
    ("Aktobe Region received a new akim on the same day as West Kazakhstan Region.",
     "Актюбинская область получила нового акима в тот же день, что и Западно-Казахстанское область.",
     "Западно-Казахстанская область"),
    ("Aktobe Region received a new akim on the same day as West Kazakhstan Region.",
     "Актюбинская область получила нового акима в тот же день, что и Западно-Казахстанская область.", None),
    # (an adjective of the same stem before another noun is another word)
    ("Miners in Karaganda Region went on strike.",
     "Горняки в Карагандинской области и на Карагандинском металлургическом комбинате бастовали.", None),
])
def test_cases_from_corpora_229_and_231(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a partner before бірге, қатар: the instrumental
    ("Terry Conway prepared the report together with the photographer Steve Eason.",
     "Терри Конуэй есепті фотограф Стив Изонға бірге әзірледі.", "Стив Изонмен"),
    ("Terry Conway prepared the report together with the photographer Steve Eason.",
     "Терри Конуэй есепті фотограф Стив Изонмен бірге әзірледі.", None),
    ("At the picket, Pete Firmin stood alongside John McDonnell.",
     "Пикетте Пит Фермин Джон Макдоннелл қатар тұрды.", "Джон Макдоннеллмен"),
    ("At the picket, Pete Firmin stood together with John McDonnell.",
     "Пикетте Пит Фермин мен Джон Макдоннелл бірге тұрды.", None),
    # тыңдау takes its object in the accusative
    ("The meeting listened to Yuliya Yurchenko of the Ukrainian Social Movement.",
     "Жиналыс «Әлеуметтік қозғалыс» ұйымының өкілі Юлия Юрченкоға тыңдады.", "Юлия Юрченконы"),
    # the one a demand is made of: the ablative of талап ету
    ("The women demanded that Tokayev withdraw the CSTO troops.",
     "Әйелдер Тоқаевты ҰҚШҰ әскерлерін шығаруды талап етті.", "Тоқаевтан"),
    ("The women demanded that Tokayev withdraw the CSTO troops.",
     "Әйелдер Тоқаевтан ҰҚШҰ әскерлерін шығаруды талап етті.", None),
    ("The movement demanded of Tokayev the restoration of the 1993 Constitution.",
     "Қозғалыс Тоқаевқа 1993 жылғы Конституцияны қалпына келтіруді талап етті.", "Тоқаевтан"),
    # (what is demanded, acted on: an accusative)
    ("The strikers demanded that the 1993 Constitution, which limited the president, be restored.",
     "Ереуілшілер президентті шектеген 1993 жылғы Конституцияны қалпына келтіруді талап етті.", None),
    ("The women demanded that Massimov be arrested.", "Әйелдер Мәсімовті қамауға алуды талап етті.", None),
    # a company or body with a quoted name is asked to act as a person is; an event is not
    ("They demanded that Ozenmunaigas pay them the regional coefficient.",
     "Олар «Өзенмұнайгаз» компаниясына аймақтық коэффициентті төлеуді талап етті.", "«Өзенмұнайгаз» компаниясынан"),
    ("They demanded that Ozenmunaigas pay them the regional coefficient.",
     "Олар «Өзенмұнайгаз» компаниясынан аймақтық коэффициентті төлеуді талап етті.", None),
    ("They demanded that the Zhanaozen massacre be investigated.",
     "Олар Жаңаөзен қырғынын тергеуді талап етті.", None),
    # a fraction of it: the possessor across the denominator is a genitive
    ("In 2006 CNPC sold a third of PetroKazakhstan to KazMunayGas.",
     "2006 жылы CNPC «ПетроҚазақстанды» үштен бірін «ҚазМұнайГазға» сатты.", "«ПетроҚазақстанның»"),
    ("In 2006 CNPC sold a third of PetroKazakhstan to KazMunayGas.",
     "2006 жылы CNPC «ПетроҚазақстанның» үштен бірін «ҚазМұнайГазға» сатты.", None),
])
def test_cases_from_corpora_222_230_and_232(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # қалпына келтіру, a compound verb: the name before it is its object, no possessor
    ("Its first statement demands the return of the 1993 Constitution.",
     "Кеңестің мәлімдемесінде 1993 жылғы Конституцияны қалпына келтіру талап етілді.", None),
    # (a possessed noun that makes no compound with the verb after it is owned: a genitive)
    ("Its first statement demands a return to the text of the 1993 Constitution.",
     "Кеңестің мәлімдемесінде 1993 жылғы Конституцияны мәтініне қайта оралу талап етілді.", "1993 жылғы Конституцияның"),
])
def test_a_compound_verb_with_a_possessed_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place name and the noun of its kind after it are one name in that noun's case; "in the city of"
    # is "in"
    ("Police dispersed the crowd in the city of Taraz with stun grenades.",
     "Полиция Тараз қаласынан жиынды дыбыстық гранаталармен таратты.", "Тараз қаласында"),
    ("Police dispersed the crowd in the city of Taraz with stun grenades.",
     "Полиция Тараз қаласында жиынды дыбыстық гранаталармен таратты.", None),
    ("Police dispersed the crowd in Taraz with stun grenades.",
     "Полиция Тараз қаласында жиынды дыбыстық гранаталармен таратты.", None),
])
def test_a_place_and_the_noun_of_its_kind(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # reporting to someone: the dative
    ("Governors of all the regions reported to Tokayev every few hours.",
     "Акимы всех областей каждые несколько часов докладывали Токаева.", "Токаеву"),
    ("Governors of all the regions reported to Tokayev every few hours.",
     "Акимы всех областей каждые несколько часов докладывали Токаеву.", None),
    # a verb of sending before a passive of another verb: "in" is where it was done
    ("The decision to send troops was taken in Moscow within hours of Tokayev's appeal.",
     "Решение о вводе войск было принято в Москву в течение нескольких часов после обращения Токаева.", "Москве"),
    ("Tokayev decided to send troops to Moscow.", "Токаев решил отправить войска в Москву.", None),
    # the subject opening a clause after a comma, an adverb before its verb
    ("In a telegram sent to Nur-Sultan, Xi Jinping praised the authorities' decisive measures.",
     "В телеграмме, направленной в Нур-Султан, Си Цзиньпина высоко оценил решительные меры властей.",
     "Си Цзиньпин"),
    ("In a telegram sent to Nur-Sultan, Xi Jinping praised the authorities' decisive measures.",
     "В телеграмме, направленной в Нур-Султан, Си Цзиньпин высоко оценил решительные меры властей.", None),
    # an English word before a name or an article is a verb, not a noun the name modifies
    ("Oil workers in Atyrau Region accuse Tengizchevroil of planning mass layoffs.",
     "Нефтяники Атырауская область обвиняют ТШО в подготовке массовых сокращений.", "Атырауской области"),
    ("Oil workers in Atyrau Region accuse Tengizchevroil of planning mass layoffs.",
     "Нефтяники Атырауской области обвиняют ТШО в подготовке массовых сокращений.", None),
])
def test_cases_from_corpora_235_and_237(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # what is compared is the accusative of салыстыру, what it is compared with the instrumental
    ("Lawyers compared Kazakhstan with Belarus, where protesters were also tortured in 2020.",
     "Адвокаттар Қазақстанның Беларусьпен салыстырды, онда да 2020 жылы наразылар азапталған.", "Қазақстанды"),
    ("Picket participants compared Kazakhstan's prisons to Guantanamo.",
     "Пикетке қатысушылар Қазақстанның түрмелерін Гуантанамоға салыстырды.", "Гуантанамомен"),
    ("Picket participants compared Kazakhstan's prisons to Guantanamo.",
     "Пикетке қатысушылар Қазақстанның түрмелерін Гуантанамомен салыстырды.", None),
    # (a name before a noun modifies it: the noun takes the case)
    ("Yuliya Yurchenko compared the CSTO intervention with what Moscow did in 2014.",
     "Юлия Юрченко ҰҚШҰ-ның араласуын Мәскеудің 2014 жылы істегенімен салыстырды.", None),
    # қоршау takes its object in the accusative
    ("The army surrounded Zhanaozen and held it for several days.",
     "Әскер Жаңаөзенге қоршап алып, бірнеше күн бойы ұстап тұрды.", "Жаңаөзенді"),
    # an accusative before a compound of a dative noun and a participle is that participle's object
    ("While the dead were still being buried, Xi Jinping congratulated Tokayev on 'restoring order'.",
     "Қаза тапқандар әлі жерленіп жатқанда Си Цзиньпин Тоқаевпен «тәртіпті қалпына келтіргені» үшін құттықтады.",
     "Тоқаевты"),
])
def test_cases_from_corpora_236_238_and_241(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an instrumental generic word before an accusative name is a predicate ("call it an alliance") ...
    ("Can one seriously call the Collective Security Treaty Organization a defensive alliance?",
     "Можно ли всерьёз называть оборонительным союзом Организацию Договора о коллективной безопасности?", None),
    # ... while after a generic word in another case the name stays in the nominative
    ("The strike at the oil field Kashagan continued.", "Забастовка на месторождении Кашагану продолжалась.",
     "Кашаган"),
])
def test_a_predicate_generic_word_before_an_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun ending like an adjective (режим) agrees with nothing
    ("Not a drop of Kyrgyz blood for Tokayev's regime.", "Ни капли кыргызской крови за режим Токаева.", None),
    # "a KazMunayGas subsidiary" is another company, KazMunayGas's: a genitive after the generic word
    ("No wonder the workers of Ozenmunaigas, a KazMunayGas subsidiary, walked out first.",
     "Неудивительно, что первыми вышли рабочие «Озенмунайгаза», дочерней компании «КазМунайГаза».", None),
    # an author after a noun: a genitive, not an accusative
    ("A statement by Yuliya Yurchenko warned that the CSTO could one day be used against Ukraine.",
     "В заявлении Юлию Юрченко содержится предупреждение, что ОДКБ может быть использована против Украины.",
     "Юлии Юрченко"),
    # writing to someone: the one the letter goes to, a dative
    ("The organisers had written to Kairat Abdrakhmanov about political prisoners.",
     "Организаторы направили письмо о политзаключённых Кайрата Абдрахманова.", "Кайрату Абдрахманову"),
    # "spread from X to Y", "deported to": the direction, в + accusative
    ("Within a day the strike had spread from Mangystau Region to Atyrau Region.",
     "За сутки забастовка перекинулась из Мангистауской области в Атырауской области.", "Атыраускую область"),
    ("The member recalled that Stalin had deported whole peoples to Kazakhstan.",
     "Депутат напомнил, что Сталин депортировал в Казахстане целые народы.", "Казахстан"),
])
def test_cases_from_corpora_242_244_and_248(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # urging someone to act: the accusative, not an ablative either
    ("The member asked whether the Government would urge the United States to stop selling surveillance technology.",
     "Палата мүшесі Үкімет АҚШ-тан бақылау технологияларын сатуды тоқтатуға шақыра ма деп сұрады.", "АҚШ-ты"),
    # an ordinal is a modifier: across it only the genitive possesses
    ("Nazarbayev was First Secretary of the Communist Party of Kazakhstan.",
     "Назарбаев Қазақстан Коммунистік партиясына бірінші хатшысы болды.", "Қазақстан Коммунистік партиясының"),
    ("Nazarbayev was First Secretary of the Communist Party of Kazakhstan.",
     "Назарбаев Қазақстан Коммунистік партиясының бірінші хатшысы болды.", None),
    # a moving told in a clause of saying, as a participle made a noun
    ("The member said that troops had been flown into Aktau on 6 January.",
     "Палата мүшесі 6 қаңтарда Ақтауда әскерлердің ұшақпен жеткізілгенін айтты.", "Ақтауға"),
    ("The member said that troops had been flown into Aktau on 6 January.",
     "Палата мүшесі 6 қаңтарда Ақтауға әскерлердің ұшақпен жеткізілгенін айтты.", None),
])
def test_cases_from_corpus_245(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a title with its complement before the name: the name agrees with the title
    ("In a conversation with Foreign Minister Kairat Abdrakhmanov, the British ambassador praised the 'reforms'.",
     "В беседе с министром иностранных дел Кайрат Абдрахманов британский посол похвалил «реформы».",
     "Кайратом Абдрахмановым"),
    ("In a conversation with Foreign Minister Kairat Abdrakhmanov, the British ambassador praised the 'reforms'.",
     "В беседе с министром иностранных дел Кайратом Абдрахмановым британский посол похвалил «реформы».", None),
    # (a verb between: the name is its subject)
    ("My father was in the Communist Party of Kazakhstan when Nazarbayev was its first secretary.",
     "Отец состоял в Компартии Казахстана, когда её первым секретарём был Назарбаев.", None),
    # a short passive participle in -нут and its agent
    ("The return to the 1993 Constitution was flatly rejected by Tokayev.",
     "Возврат к Конституции 1993 года был категорически отвергнут Токаева.", "Токаевым"),
    # a monument is put up to a person
    ("Protesters in Taldykorgan toppled a statue of Nazarbayev.",
     "Протестующие в Талдыкоргане снесли памятник Назарбаева.", "Назарбаеву"),
    ("Protesters in Taldykorgan toppled a statue of Nazarbayev.",
     "Протестующие в Талдыкоргане снесли памятник Назарбаеву.", None),
])
def test_titles_passives_and_monuments(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "taken to": a Russian verb of moving someone makes в + the accusative a direction
    ("The detainees were taken to Petropavlovsk under escort.", "Задержанных под конвоем доставили в Петропавловске.",
     "Петропавловск"),
    ("The detainees were taken to Petropavlovsk under escort.", "Задержанных под конвоем доставили в Петропавловск.",
     None),
    # a three-letter genitive plural after "of" is a noun (сил), not a verb
    ("Russia paid for the deployment of the forces of the Collective Security Treaty Organization.",
     "Россия оплатила переброску сил Организация Договора о коллективной безопасности.",
     "Организации Договора о коллективной безопасности"),
    # a given name the glossary keeps undeclined, declined before the surname
    ("Kazakhstan was not mentioned in the sanctions announced by Joe Biden.",
     "В санкциях, объявленных Джоем Байденом, Казахстан не упоминался.", "Джо Байденом"),
    ("Kazakhstan was not mentioned in the sanctions announced by Joe Biden.",
     "В санкциях, объявленных Джо Байденом, Казахстан не упоминался.", None),
])
def test_cases_from_corpora_250_and_252(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "debt to China": the dative, a genitive makes China the owner
    ("Kyrgyzstan's debt to China is larger than its annual budget.",
     "Қырғызстанның Қытайдың қарызы оның жылдық бюджетінен де көп.", "Қытайға"),
    ("Kyrgyzstan's debt to China is larger than its annual budget.",
     "Қырғызстанның Қытайға қарызы оның жылдық бюджетінен де көп.", None),
    # both sides of «X емес, Y» in one case
    ("After the shootings, prosecutors investigated the strikers, never Ozenmunaigas.",
     "Атыстан кейін прокурорлар «Өзенмұнайгаз» компаниясы емес, ереуілшілерді тергеді.",
     "«Өзенмұнайгаз» компаниясын"),
    ("After the shootings, prosecutors investigated the strikers, never Ozenmunaigas.",
     "Атыстан кейін прокурорлар «Өзенмұнайгаз» компаниясын емес, ереуілшілерді тергеді.", None),
    # a case ending whose consonant is the stem's last one written once, the possessive missing
    ("The oil workers jailed after the Zhanaozen massacre were never rehabilitated.",
     "Жаңаөзен қырғынан кейін түрмеге жабылған мұнайшылар ешқашан ақталған жоқ.", "қырғынынан"),
])
def test_cases_from_corpora_251_and_253(source: str, target: str, expected: str | None) -> None:
    findings = [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "kk")
                if f.check == "target-wrong-inflection"]
    assert [f.suggestion for f in findings] == ([expected] if expected else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the present of a verb that acts on someone makes the name its object
    ("Critics accuse Tony Blair of whitewashing the regime after 2011.",
     "Сыншылар Тони Блэрге 2011 жылдан кейін режимді ақтап алды деп айыптайды.", "Тони Блэрді"),
    # (a list's case on its last name only)
    ("Workers blame Chevron and ExxonMobil for the mass layoffs.",
     "Жұмысшылар жаппай қысқартулар үшін Chevron мен ExxonMobil-ді кінәлайды.", None),
])
def test_the_present_of_a_verb_acting_on_someone(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "Communist Voice" inside "the Communist Voice Organization" is the longer name's, not a mention
    ("Our congress heard a message from Joseph Green of the Communist Voice Organization. His articles in "
     "Communist Voice helped American unions.",
     "Съезімізде «Коммунистік үн» ұйымының мүшесі Джозеф Гриннің үндеуі оқылды. Оның Communist Voice "
     "журналындағы мақалалары американдық кәсіподақтарға көмектесті.", None),
    # a dative before a noun in -лік is its complement (membership *of*)
    ("Membership of the Eurasian Economic Union has done nothing to raise wages.",
     "Еуразиялық экономикалық одаққа мүшелік жалақының өсуіне ешқандай септігін тигізбеді.", None),
    # an interview given *to* the BBC
    ("Speaking to the BBC, a resident of Aktau said the police had stayed in their barracks.",
     "Би-би-сиге сұхбат берген Ақтау тұрғыны полицияның казармада қалғанын айтты.", None),
    # "accused Zyuganov's party": the possessive keeps the genitive
    ("The Marxist Tendency accused Zyuganov's party of repeating the Kremlin line word for word.",
     "«Марксистік тенденция» ұйымы Зюгановтың партиясын Кремльдің ұстанымын қайталайды деп айыптады.", None),
    # a locative right before a participle of coming, for "from"
    ("Troops from Tajikistan guarded the airport in Almaty.",
     "Алматы әуежайын Тәжікстанда келген әскерлер күзеткен.", "Тәжікстаннан"),
    # corresponding with someone, told before деп
    ("The prosecution claimed that the defendant had been corresponding with Ainur Kurmanov.",
     "Айыптау тарапы сотталушы Айнұр Құрмановқа хат алысып тұрған деп мәлімдеді.", "Айнұр Құрмановпен"),
    # қатысты takes no instrumental
    ("The case against Roza Tuletaeva was reopened in 2022.",
     "2022 жылы Роза Төлетаевамен қатысты іс қайта қозғалды.", "Роза Төлетаеваға"),
])
def test_cases_from_corpora_259_261_and_265(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_reminding_someone_takes_the_dative() -> None:
    _expect_fix("Kazakh officials reminded the United States of America that Chevron was still earning billions.",
                "Казахстанские чиновники напомнили Соединённые Штаты Америки, что Chevron по-прежнему "
                "зарабатывает миллиарды.", "Соединённым Штатам Америки")


def test_an_adjective_after_and_is_no_member_of_a_pair() -> None:
    # "from the Ukrainian Socialist League and from Ukrainian socialist writer … Marko Bojcun": украиналық
    # qualifies the writer, the League's genitive owns the messages
    _expect_fix("Chris Ford read messages from the Ukrainian Socialist League and from Ukrainian socialist writer "
                "and historian Marko Bojcun.",
                "Крис Форд Украина социалистік лигасының және украиналық социалист жазушы әрі тарихшы Марко "
                "Бойцунның хаттарын оқыды.", None, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person in apposition to a title shares the preposition before the title ...
    ("Kassym-Jomart Tokayev spoke by telephone with the Prime Minister of the United Kingdom, Boris Johnson.",
     "Қасым-Жомарт Тоқаев Ұлыбритания Премьер-министрі Борис Джонсонға телефон арқылы сөйлесті.",
     "Борис Джонсонмен"),
    ("Kassym-Jomart Tokayev spoke by telephone with the Prime Minister of the United Kingdom, Boris Johnson.",
     "Қасым-Жомарт Тоқаев Ұлыбритания Премьер-министрі Борис Джонсонмен телефон арқылы сөйлесті.", None),
])
def test_a_person_in_apposition_to_a_title(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_person_after_a_title_and_a_comma_may_be_the_next_subject() -> None:
    # ... unless the person begins the next clause as its subject
    _expect_fix("In a question to the Prime Minister, Paul Murphy asked whether Ireland would condemn the CSTO.",
                "В запросе премьер-министру Пол Мёрфи спросил, осудит ли Ирландия вмешательство ОДКБ.", None)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # a numeral that ends like a possessive (екі) owns nothing: the genitive before the dative compound is wrong
    ("Tokayev phoned Putin twice on 6 January.", "6 қаңтарда Тоқаев Путиннің екі рет телефон соқты.", "Путинге",
     "kk"),
    # a quoted name, an adjective, then the generic head it names, which carries the case
    ("The campaign wrote to each of them and to the national company KazMunayGas.",
     "Науқан олардың әрқайсысына, сондай-ақ «ҚазМұнайГаз» ұлттық компаниясына хат жолдады.", None, "kk"),
    # loyal to someone: the dative
    ("Union leaders loyal to Nazarbayev signed whatever the companies put in front of them.",
     "Профсоюзные лидеры, верные Назарбаева, подписывали всё, что им подсовывали компании.", "Назарбаеву", "ru"),
    # называть takes the accusative
    ("He called the Collective Security Treaty Organization 'Putin's Holy Alliance'.",
     "Он называл Организации Договора о коллективной безопасности «Священным союзом Путина».",
     "Организацию Договора о коллективной безопасности", "ru"),
])
def test_cases_from_corpora_266_to_273(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound participle of happening (қаза тапқан) right after the place: a locative
    ("Many of the young men killed in Almaty had come from the villages of Almaty Region.",
     "Алматыға қаза тапқан жас жігіттердің көбі Алматы облысының ауылдарынан келген.", "Алматыда"),
    ("Many of the young men killed in Almaty had come from the villages of Almaty Region.",
     "Алматыда қаза тапқан жас жігіттердің көбі Алматы облысының ауылдарынан келген.", None),
])
def test_a_compound_participle_of_happening(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_sentence_opened_by_in_a_place_sets_the_scene() -> None:
    # "In Kyrgyzstan, …": the locative, whatever moves later in the sentence
    source = "In Kyrgyzstan, the dispatch of soldiers to Kazakhstan provoked protests outside the government building."
    _expect_fix(source, "В Кыргызстан отправка военных в Казахстан вызвала протесты у здания правительства.",
                "Кыргызстане")
    _expect_fix(source, "В Кыргызстане отправка военных в Казахстан вызвала протесты у здания правительства.", None)


@pytest.mark.parametrize(("target", "expected"), [
    # a noun and "for": the name after it is no nominative
    ("Представитель «Рабочая власть» заявил, что отключение интернета показало, насколько напуган режим.",
     "«Рабочей власти»"),
    ("Представитель «Рабочей власти» заявил, что отключение интернета показало, насколько напуган режим.", None),
])
def test_a_noun_and_for_before_a_name(target: str, expected: str | None) -> None:
    _expect_fix("A spokesman for Workers Power said the shutdown showed how frightened the regime was.", target,
                expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the emphatic сам agrees with the name after it
    ("The decision to send troops into the town was taken by Nazarbayev himself.",
     "Решение ввести войска в город было принято самим Назарбаева.", "Назарбаевым"),
    ("The decision to send troops into the town was taken by Nazarbayev himself.",
     "Решение ввести войска в город было принято самим Назарбаевым.", None),
    # задавать вопросы кому: the dative
    ("Reporters in London repeatedly put questions about Zhanaozen to Tony Blair.",
     "Журналисты в Лондоне не раз задавали Тони Блэра вопросы о Жанаозене.", "Тони Блэру"),
])
def test_cases_from_corpus_278(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound verb of a possessed dative (қалпына келтіру), active: its object is an accusative
    ("In January 2022 the protesters in Zhanaozen demanded the restoration of the 1993 Constitution.",
     "2022 жылғы қаңтарда наразылық білдірушілер 1993 жылғы Конституцияның қалпына келтіруді талап етті.",
     "1993 жылғы Конституцияны"),
    # (a passive verbal noun with the possessive: the genitive is its subject)
    ("The protesters demanded the restoration of the 1993 Constitution.",
     "Наразылар 1993 жылғы Конституцияның қалпына келтірілуін талап етті.", None),
    # ... a bare name too (a definite object is never bare), for "the restoration of" and for the subject of an
    # English passive infinitive, "demanded that the Constitution be restored"
    ("The protesters demanded the restoration of the 1993 Constitution.",
     "Наразылар 1993 жылғы Конституция қалпына келтіруді талап етті.", "1993 жылғы Конституцияны"),
    ("They demanded that the 1993 Constitution be restored.",
     "Олар 1993 жылғы Конституция қалпына келтіруді талап етті.", "1993 жылғы Конституцияны"),
    ("They demanded that the 1993 Constitution be restored.",
     "Олар 1993 жылғы Конституцияны қалпына келтіруді талап етті.", None),
    # "belonged to" as a genitive owning a noun of belonging (құрамында, қарамағында): no dative asked for
    ("Until 1991 Kazakhstan belonged to the Soviet Union.", "Қазақстан 1991 жылға дейін Кеңес Одағының құрамында "
     "болды.", None),
    # a verbal noun with any person's possessive is the verb's form too: «сенуіміз», "that we trust"
    ("Why should we trust the BBC?", "Біз Би-би-сиді неге сенуіміз керек?", "Би-би-сиге"),
    ("Why should we trust the BBC?", "Біз Би-би-сиге неге сенуіміз керек?", None),
    ("Many voters have asked me to write to Tokayev directly.",
     "Көптеген сайлаушылар менен Тоқаевты тікелей хат жазуымды сұрады.", "Тоқаевқа"),
    # a dative noun before алу makes a compound of taking into something, whose object is an accusative
    ("The investigation team questioned Karim Massimov on 8 January.",
     "Тергеу тобы 8 қаңтарда Кәрім Мәсімов жауапқа алды.", "Кәрім Мәсімовті"),
    ("The investigation team questioned Karim Massimov on 8 January.",
     "Тергеу тобы 8 қаңтарда Кәрім Мәсімовті жауапқа алды.", None),
    # (not before the compound's passive, in any form: the bare name is its subject)
    ("The arrest of Massimov raised a question.", "Мәсімов қамауға алынғаннан кейін сұрақ туындады.", None),
    ("They arrested Karim Massimov, the KNB chief!", "ҰҚК басшысы Кәрім Мәсімов қамауға алыныпты!", None),
    # хат жазысу, "correspond with": a partner
    ("Foreign union representatives corresponded with Ainur Kurmanov throughout the trial.",
     "Шетелдік кәсіподақ өкілдері сот процесі бойы Айнұр Құрмановқа хат жазысып тұрды.", "Айнұр Құрмановпен"),
])
def test_cases_from_corpus_279(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a list right after a participle of sending: every member the one it is sent to
    ("The open letter has been sent to Michelle Bachelet and to the European Union.",
     "Открытое письмо направлено Мишель Бачелет и Европейского союза.", "Европейскому союзу"),
    ("The open letter has been sent to Michelle Bachelet and to the European Union.",
     "Открытое письмо направлено Мишель Бачелет и Европейскому союзу.", None),
    # help goes *to* someone
    ("The campaign organised legal help for Roza Tuletaeva.",
     "Кампания организовала юридическую помощь Розы Тулетаевой.", "Розе Тулетаевой"),
    ("The campaign organised legal help for Roza Tuletaeva.",
     "Кампания организовала юридическую помощь Розе Тулетаевой.", None),
])
def test_lists_after_a_participle_and_help_for(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative-only form after a noun the English puts the name after with "in"
    ("Oil workers in Kyzylorda Region supported the Zhanaozen demands in full.",
     "Нефтяники Кызылординскую область полностью поддержали требования Жанаозена.", "Кызылординской области"),
    # a monument to one person: no instrumental either
    ("In Taldykorgan, protesters tore down a statue of Nazarbayev.",
     "В Талдыкоргане протестующие снесли памятник Назарбаевым.", "Назарбаеву"),
])
def test_cases_from_corpus_286(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_an_animate_organisation_in_the_accusative() -> None:
    # a group of people the glossary marks `anim`: its plural accusative is the genitive ...
    _expect_fix("Reform & Revolution urged the Democratic Socialists of America to take a clear stand.",
                "«Реформа и революция» призвала Демократических социалистов Америки занять чёткую позицию.", None)
    # ... and its nominative, a plural, may be the subject of a plural verb
    _expect_fix("The Democratic Socialists of America called on Joe Biden to stop backing the oil companies.",
                "Демократические социалисты Америки призвали Джо Байдена перестать поддерживать нефтяные компании.",
                None)
    assert russian_paradigm("Демократические социалисты Америки", "organisation",
                            parse_spec("pl; anim", "ru"))["acc"] == ("Демократических социалистов Америки",)
    assert russian_paradigm("Демократические социалисты Америки", "organisation",
                            parse_spec("pl", "ru"))["acc"] == ("Демократические социалисты Америки",)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "never forgive X": the English object after "never"; кешіру takes the accusative
    ("The people of Kazakhstan will never forgive Nazarbayev for the blood spilt in Zhanaozen!",
     "Қазақстан халқы Жаңаөзенде төгілген қан үшін Назарбаевқа ешқашан кешірмейді!", "Назарбаевты"),
    # жету ("reach") takes the dative
    ("Buses from Almaty could not reach Taldykorgan.", "Алматыдан шыққан автобустар Талдықорғанды жете алмады.",
     "Талдықорғанға"),
    ("Buses from Almaty could not reach Taldykorgan.", "Алматыдан шыққан автобустар Талдықорғанға жете алмады.",
     None),
])
def test_cases_from_corpora_285_and_287(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_contrast_with_a_bare_not() -> None:
    # "at Nazarbayev, not at Tokayev": «X, а не Y» shares one case
    source = "People were shouting 'Old man, go!' at Nazarbayev, not at Tokayev."
    _expect_fix(source, "Люди кричали «Старик, уходи!» Назарбаева, а не Токаеву.", "Назарбаеву")
    _expect_fix(source, "Люди кричали «Старик, уходи!» Назарбаеву, а не Токаеву.", None)


def test_the_first_persons_imperative_is_a_verb_form() -> None:
    # «бастайық», "let us begin": a verb of beginning, whose where from is an ablative
    _expect_fix("So let's start in Zhanaozen, because that's where it all kicked off on the second of January.",
                "Ендеше Жаңаөзеннен бастайық, өйткені бәрі екінші қаңтарда дәл сол жерде басталды.", None, "kk")


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # a name declined in its quotes after «с» for "with"
    ("The government is still arguing with Tengizchevroil over the cost of the expansion project.",
     "Правительство всё ещё спорит с «Тенгизшевройла» о стоимости проекта расширения.", "«Тенгизшевройлом»", "ru"),
    # a verb whose own case the name is in: no "to" dative for it
    ("We appeal to the United Nations to send independent observers to the trials.",
     "Мы призываем Организацию Объединённых Наций направить независимых наблюдателей на судебные процессы.",
     None, "ru"),
    # a verb of staying before в keeps the locative, whatever the English moves
    ("Paul Murphy first travelled to Zhanaozen in 2011 to meet the striking oil workers.",
     "Пол Мёрфи впервые побывал в Жанаозене в 2011 году, чтобы встретиться с бастующими нефтяниками.", None, "ru"),
    ("Paul Murphy first travelled to Zhanaozen in 2011 to meet the striking oil workers.",
     "Пол Мёрфи впервые приехал в Жанаозене в 2011 году, чтобы встретиться с бастующими нефтяниками.",
     "Жанаозен", "ru"),
    # байланысты is also the adjective "connected": with an instrumental
    ("According to the KNB, shares in firms said to be linked to Karim Massimov were frozen.",
     "Ұлттық қауіпсіздік комитетінің хабарлауынша, Кәрім Мәсімовпен байланысты фирмалардың акциялары бұғатталды.",
     None, "kk"),
])
def test_cases_from_corpora_297_to_303(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # a capitalised word after a chronicle's spaced dash opens a sentence: the nominative after it is
    # still read against the source's "of"
    ("6 January, 09:00 — The arrest of Karim Massimov is confirmed by the National Security Committee.",
     "6 января, 09:00 — Арест Карим Масимов подтверждён Комитетом национальной безопасности.",
     "Карима Масимова", "ru"),
    ("6 January, 09:00 — The arrest of Karim Massimov is confirmed by the National Security Committee.",
     "6 января, 09:00 — Арест Карима Масимова подтверждён Комитетом национальной безопасности.", None, "ru"),
    # "Tokayev's spokesman": the person owns the title, a genitive after it …
    ("Tokayev's spokesman promises to cut gas prices.", "Пресс-секретарь Токаев обещает снизить цены на газ.",
     "Токаева", "ru"),
    ("Tokayev's spokesman promises to cut gas prices.", "Пресс-секретарь Токаева обещает снизить цены на газ.",
     None, "ru"),
    ("Nazarbayev's adviser resigned.", "Советник Назарбаев ушёл в отставку.", "Назарбаева", "ru"),
    # … but where the English has a title of its own before the name, the sentence may be turned round
    ("President Tokayev's decree was signed on 5 January.", "Президент Токаев подписал указ 5 января.", None, "ru"),
    # жауап алу, "question": whom is an ablative where the English makes the person the object …
    ("The investigators never questioned Ainur Kurmanov.", "Тергеушілер Айнұр Құрманов бірде-бір рет жауап алмаған.",
     "Айнұр Құрмановтан", "kk"),
    ("The investigators never questioned Ainur Kurmanov.",
     "Тергеушілер Айнұр Құрмановтан бірде-бір рет жауап алмаған.", None, "kk"),
    # … not where the person asks
    ("Ainur Kurmanov questioned the investigators.", "Айнұр Құрманов тергеушілерден жауап алды.", None, "kk"),
    # "a statement by Putin": its author, a genitive across the relative clause; no object
    ("The prosecutor read out a statement by Putin in which the uprising is called 'an attempted coup'.",
     "Прокурор Путинді көтеріліс «мемлекеттік төңкеріс жасау әрекеті» деп аталған мәлімдемесін оқып берді.",
     "Путиннің", "kk"),
    ("The prosecutor read out a statement by Putin in which the uprising is called 'an attempted coup'.",
     "Прокурор Путиннің көтеріліс «мемлекеттік төңкеріс жасау әрекеті» деп аталған мәлімдемесін оқып берді.",
     None, "kk"),
    # "the appeal from Kazakhstan": an ablative before a participle of coming is the participle's
    ("Paul Murphy said he was grateful that the appeal from Kazakhstan had been answered so quickly.",
     "Пол Мерфи Қазақстаннан келген үндеуге жедел жауап бергені үшін риза екенін айтты.", None, "kk"),
    # "an article published on MR Online": a participle of publishing right after the name
    ("The court accepted as evidence an article published on MR Online.",
     "Сот MR Online-ға жарияланған мақаланы дәлелдеме ретінде қабылдады.", "MR Online-да", "kk"),
    ("The court accepted as evidence an article published on MR Online.",
     "Сот MR Online-да жарияланған мақаланы дәлелдеме ретінде қабылдады.", None, "kk"),
    # one word of a longer wrong form on its own («Тенгиз», the field, of «Тенгиз Шеврон Ойл») is no
    # wrong inflection of that form
    ("Chevron controls Tengizchevroil. Stable production at Tengiz mattered more.",
     "Chevron контролирует «Тенгизшевройл». Стабильная добыча на Тенгизе была важнее.", None, "ru"),
    # the prepositional case never stands without its preposition …
    ("Solidarity with the workers of Kazakhstan was expressed in a dozen countries.",
     "Солидарность с рабочими Казахстане выразили в десятке стран.", "Казахстана", "ru"),
    # … which may stand before a participle phrase or a list
    ("In Zhanaozen, gripped by protests, the police fired.", "В охваченном протестами Жанаозене полиция стреляла.",
     None, "ru"),
    ("Rallies were also held in the cities of the north and east: Semey, Pavlodar and Oskemen.",
     "Митинги прошли также в городах севера и востока — Семее, Павлодаре и Усть-Каменогорске.", None, "ru"),
    ("Strikes started in Atyrau, Uralsk, Aktobe, Kyzylorda, Taraz, Taldykorgan, Turkestan, Shymkent and Ekibastuz.",
     "Забастовки начались в Атырау, Уральске, Актобе, Кызылорде, Таразе, Талдыкоргане, Туркестане, Шымкенте и "
     "Экибастузе.", None, "ru"),
    # a subject pronoun before the verb leaves the name after it no inverted subject …
    ("Who is running the National Security Committee now, after all these arrests?",
     "Кто теперь, после всех этих арестов, руководит Комитет национальной безопасности?",
     "Комитетом национальной безопасности", "ru"),
    # … unless a clause of its own opens between
    ("They knew whom Tokayev supported.", "Они знали, кого поддерживает Токаев.", None, "ru"),
    # a referent written in small letters (the currency) has its Kazakh endings checked as any name's
    ("The price rose from 60 to 120 tenge overnight.", "Баға бір түнде 60 теңгеден 120 теңгега көтерілді.",
     "теңгеге", "kk"),
    ("The price rose from 60 to 120 tenge overnight.", "Баға бір түнде 60 теңгеден 120 теңгеге көтерілді.",
     None, "kk"),
    # "was sentenced to seven years": a passive still (сотталды, the -л- of a verb in -та), its subject a
    # nominative; turned active, an accusative
    ("Roza Tuletaeva was sentenced to seven years.", "Роза Төлетаеваны жеті жылға сотталды.", "Роза Төлетаева", "kk"),
    ("Roza Tuletaeva was sentenced to seven years.", "Роза Төлетаева жеті жылға сотталды.", None, "kk"),
    ("Roza Tuletaeva was sentenced to seven years.", "Сот Роза Төлетаеваны жеті жылға соттады.", None, "kk"),
    # "drivers", "investors": agent nouns, no verbs of moving that would make "in" a direction …
    ("Bus drivers in Semey also went on strike.", "Водители автобусов в Семей тоже бастовали.", "Семее", "ru"),
    # … while the action noun keeps it one ("the deployment of troops in Kazakhstan": ввод войск в Казахстан)
    ("To Gennady Zyuganov the deployment of troops in Kazakhstan seemed 'fraternal help'.",
     "Геннадию Зюганову ввод войск в Казахстан казался «братской помощью».", None, "ru"),
    # a noun of arrival after a preposition is no motion in the name's clause
    ("What happened in Zhanaozen after the army arrived?", "Что происходило в Жанаозен после прибытия армии?",
     "Жанаозене", "ru"),
    # a question's passive ("Was … taken in Moscow?") makes the place where it was taken, as the statement's does
    ("Was the decision to send troops taken in Moscow or in Nur-Sultan?",
     "Решение о вводе войск было принято в Москву или в Нур-Султане?", "Москве", "ru"),
    ("Was the decision to send troops taken in Moscow or in Nur-Sultan?",
     "Решение о вводе войск было принято в Москве или в Нур-Султане?", None, "ru"),
    # a verb made a noun further on has its own subject's possessive: no possessed noun of the name's
    ("To ask whether the Government has received any request from Kazakhstan for help in tracing such assets.",
     "Үкіметке Қазақстаннан мұндай активтерді іздестіруге көмек сұраған өтініш түскен-түспегенін сұраймын.",
     None, "kk"),
    # the second side of «X емес, … Y» ending the sentence takes X's case
    ("Not only Tokayev but, above all, Nazarbayev, whom many still saw as the real ruler.",
     "Тек Тоқаевты ғана емес, ең алдымен көпшілік әлі де нақты билеуші деп санайтын Назарбаевтың.",
     "Назарбаевты", "kk"),
    ("Not only Tokayev but, above all, Nazarbayev, whom many still saw as the real ruler.",
     "Тек Тоқаевты ғана емес, ең алдымен көпшілік әлі де нақты билеуші деп санайтын Назарбаевты.", None, "kk"),
    # "likened X to Y": теңеу takes what it is likened to in the dative
    ("Critics likened the CSTO to the Holy Alliance of 1815.", "Сыншылар ҰҚШҰ-ны 1815 жылғы Қасиетті одақты теңеді.",
     "Қасиетті одаққа", "kk"),
    ("Critics likened the CSTO to the Holy Alliance of 1815.", "Сыншылар ҰҚШҰ-ны 1815 жылғы Қасиетті одаққа теңеді.",
     None, "kk"),
    # "handed to Simon Hannah": a passive takes no object, the one it goes to is a dative
    ("The women's letter was handed to Simon Hannah at the picket.",
     "Әйелдердің хаты пикетте Саймон Ханнаны табыс етілді.", "Саймон Ханнаға", "kk"),
    ("The women's letter was handed to Simon Hannah at the picket.",
     "Әйелдердің хаты пикетте Саймон Ханнаға табыс етілді.", None, "kk"),
    # "began in Zhanaozen" may come out as where it begins with: с and the genitive
    ("Sir, your report on the January events rightly began in Zhanaozen.",
     "Ваш репортаж о январских событиях справедливо начинается с Жанаозена.", None, "ru"),
    ("Sir, your report on the January events rightly began in Zhanaozen.",
     "Ваш репортаж о январских событиях справедливо начинается с Жанаозеном.", "Жанаозена", "ru"),
    # verbs of calling and describing in the present act on the name after them
    ("The police once again describe Roza Tuletaeva as an 'instigator', just as they did in 2012.",
     "Полиция вновь называет Роза Тулетаева «подстрекательницей», как и в 2012 году.", "Розу Тулетаеву", "ru"),
    ("The police once again describe Roza Tuletaeva as an 'instigator', just as they did in 2012.",
     "Полиция вновь называет Розу Тулетаеву «подстрекательницей», как и в 2012 году.", None, "ru"),
    # a clause reported with деп may open with a quote right after the name
    ("The release accuses the Socialist Movement of Kazakhstan of 'inciting social discord'.",
     "Релиз Қазақстан социалистік қозғалысына «әлеуметтік алауыздықты қоздырды» деп айыптайды.",
     "Қазақстан социалистік қозғалысын", "kk"),
    ("The release accuses the Socialist Movement of Kazakhstan of 'inciting social discord'.",
     "Релиз Қазақстан социалистік қозғалысын «әлеуметтік алауыздықты қоздырды» деп айыптайды.", None, "kk"),
    # an adjective's "of" ("afraid of the Bill") names no owner
    ("Neither seemed afraid of the Police, Crime, Sentencing and Courts Bill.",
     "Екеуі де Полиция, қылмыс, үкім шығару және соттар туралы заң жобасынан қорықпайтын сияқты.", None, "kk"),
    # "seen from Moscow": an ablative before қарағанда looks from it …
    ("Seen from Moscow, the uprising was an opportunity.", "Мәскеуден қарағанда, көтеріліс мүмкіндік болатын.",
     None, "kk"),
    # … while a comparison takes the dative
    ("Compared with Moscow, Almaty is small.", "Мәскеуден қарағанда Алматы шағын.", "Мәскеуге", "kk"),
    # a dative compound as a participle right after the English object ("bandits who attacked Almaty")
    ("He spoke of 20,000 'bandits' who had attacked Almaty.", "Ол Алматыны шабуыл жасаған 20 мың «содыр» туралы айтты.",
     "Алматыға", "kk"),
    ("He spoke of 20,000 'bandits' who had attacked Almaty.", "Ол Алматыға шабуыл жасаған 20 мың «содыр» туралы айтты.",
     None, "kk"),
    # «X де, Y да» pairs share a case, an accusative among them
    ("Tokayev had taken over both the Security Council and the ruling party from his predecessor.",
     "Тоқаев Қауіпсіздік кеңесіне де, билеуші партияны да өзінен бұрынғы басшының қолынан алды.",
     "Қауіпсіздік кеңесін", "kk"),
    ("Tokayev had taken over both the Security Council and the ruling party from his predecessor.",
     "Тоқаев Қауіпсіздік кеңесін де, билеуші партияны да өзінен бұрынғы басшының қолынан алды.", None, "kk"),
    # "NUJ member": one member of it, as "NUJ members" — the name owns the noun
    ("Paul Mason, the journalist and NUJ member, spoke.",
     "Журналист әрі Журналистердің ұлттық одағына мүшесі Пол Мейсон сөйледі.", "Журналистердің ұлттық одағының", "kk"),
    ("Paul Mason, the journalist and NUJ member, spoke.",
     "Журналист әрі Журналистердің ұлттық одағының мүшесі Пол Мейсон сөйледі.", None, "kk"),
    # a hyphenated possessed noun («онлайн-саммитінде») is one word of the possessed phrase
    ("Putin, speaking at the CSTO's emergency video summit on 10 January, declared it.",
     "10 қаңтарда ҰҚШҰ-ға шұғыл онлайн-саммитінде сөйлеген Путин мәлімдеді.", "ҰҚШҰ-ның", "kk"),
    ("Putin, speaking at the CSTO's emergency video summit on 10 January, declared it.",
     "10 қаңтарда ҰҚШҰ-ның шұғыл онлайн-саммитінде сөйлеген Путин мәлімдеді.", None, "kk"),
    # "arrive in Kazakhstan": a Russian verb of coming right before в takes the accusative
    ("CSTO troops arrive in Kazakhstan.", "Войска ОДКБ прибывают в Казахстане.", "Казахстан", "ru"),
    ("CSTO troops arrive in Kazakhstan.", "Войска ОДКБ прибывают в Казахстан.", None, "ru"),
    # the members a whole "included" are often made its subject
    ("Speakers at that picket included Pete Firmin of the Labour Representation Committee.",
     "На том пикете выступили Пит Фёрмин из Комитета рабочего представительства.", None, "ru"),
    # a name that ends its sentence after the verb of beginning: the ablative that verb asks for
    ("Let us begin where the uprising itself began: in Zhanaozen, a small oil town in Mangystau Region.",
     "Көтеріліс қай жерден басталса, біз де сол жерден бастайық: Маңғыстау облысындағы шағын мұнайлы қала — "
     "Жаңаөзеннен.", None, "kk"),
    ("Protesters were detained in Zhanaozen.", "Наразылар Жаңаөзеннен ұсталды.", "Жаңаөзенде", "kk"),
    # "Kurmanov's estimate": a verbal noun in -уы is what the possessor owns, across the words between
    ("Kurmanov's estimate of the death toll in Almaty was far higher than the official figure.",
     "Құрмановты Алматыдағы қаза тапқандар санына қатысты бағалауы ресми көрсеткіштен әлдеқайда жоғары болды.",
     "Құрмановтың", "kk"),
    ("Kurmanov's estimate of the death toll in Almaty was far higher than the official figure.",
     "Құрмановтың Алматыдағы қаза тапқандар санына қатысты бағалауы ресми көрсеткіштен әлдеқайда жоғары болды.",
     None, "kk"),
    # a relative clause ending with a participle may find its noun past a comma
    ("The message that Xi Jinping sent to Tokayev, in which China declared itself opposed to any 'colour "
     "revolution', was quoted for days.",
     "Си Цзиньпиннің Тоқаевқа жолдаған, Қытайдың кез келген «түрлі түсті революцияға» қарсы екені айтылған "
     "хабарламасы бірнеше күн бойы келтірілді.", None, "kk"),
    ("Xi Jinping sent a message to Tokayev.", "Си Цзиньпиннің Тоқаевқа хат жолдады.", "Си Цзиньпин", "kk"),
    # "the people in Trafalgar Square": a dative before a participle of gathering is where they gathered
    ("Many of the people in Trafalgar Square that day had come for the anniversary.",
     "Сол күні Трафальгар алаңына жиналғандардың көбі жылдыққа орай келген еді.", None, "kk"),
    # a short passive participle a place before the name keeps its agent in the instrumental
    ("The figures were first published on Facebook by Paul Murphy.",
     "Эти цифры впервые были опубликованы в Facebook Пол Мёрфи.", "Полом Мёрфи", "ru"),
    ("The figures were first published on Facebook by Paul Murphy.",
     "Эти цифры впервые были опубликованы в Facebook Полом Мёрфи.", None, "ru"),
    # "near Ust-Kamenogorsk": где, под + the instrumental; a Russian verb of moving makes it a direction
    ("Metal from a smelter near Ust-Kamenogorsk was sold abroad.",
     "Металл с завода под Усть-Каменогорск продавался за границу.", "Усть-Каменогорском", "ru"),
    ("Metal from a smelter near Ust-Kamenogorsk was sold abroad.",
     "Металл с завода под Усть-Каменогорском продавался за границу.", None, "ru"),
    ("The troops moved to a base near Almaty.", "Войска перебросили под Алматы.", None, "ru"),
    # "close to Nazarbayev": жақын takes the dative where the English says so …
    ("The European Union has not imposed sanctions on a single person close to Nazarbayev.",
     "Еуропалық Одақ Назарбаевтың жақын адамдардың бірде-біріне санкция салған жоқ.", "Назарбаевқа", "kk"),
    ("The European Union has not imposed sanctions on a single person close to Nazarbayev.",
     "Еуропалық Одақ Назарбаевқа жақын адамдардың бірде-біріне санкция салған жоқ.", None, "kk"),
    # … and is an adjective otherwise ("Tokayev's inner circle")
    ("EU foreign ministers discussed sanctions against Tokayev's inner circle.",
     "Еуропалық Одақтың сыртқы істер министрлері Тоқаевты жақын төңірегіне қарсы санкцияларды талқылады.",
     "Тоқаевтың", "kk"),
    # the future participle and its negative («жетпес бұрын», before reaching) govern as the verb does
    ("At least three transfers went through banks in Turkey before reaching London.",
     "Кемінде үш аударым Лондонды жетпес бұрын Түркиядағы банктер арқылы өткен.", "Лондонға", "kk"),
    ("At least three transfers went through banks in Turkey before reaching London.",
     "Кемінде үш аударым Лондонға жетпес бұрын Түркиядағы банктер арқылы өткен.", None, "kk"),
    # a body of people is a recipient too ("handed the Council of Aksakals a list")
    ("Ozenmunaigas managers handed the Council of Aksakals a list of the workers dismissed in 2011.",
     "Руководство «Озенмунайгаза» передало Совета аксакалов список уволенных в 2011 году.", "Совету аксакалов",
     "ru"),
    ("Ozenmunaigas managers handed the Council of Aksakals a list of the workers dismissed in 2011.",
     "Руководство «Озенмунайгаза» передало Совету аксакалов список уволенных в 2011 году.", None, "ru"),
])
def test_cases_from_corpora_305_onward(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


def test_an_object_that_is_an_infinitives_subject_may_be_a_nominative_after_chtoby() -> None:
    # "wanted Nazarbayev to go": «хотели, чтобы ушёл Назарбаев» — the nominative subject of the clause
    found = _wrong_inflections("People just wanted Nazarbayev to go.", "Люди просто хотели, чтобы ушёл Назарбаев.")
    assert found == []
    found = _wrong_inflections("The workers thanked Paul Murphy.", "Рабочие поблагодарили Пол Мёрфи.")
    assert [f.offending for f in found] == ["Пол Мёрфи"]


def test_a_list_after_a_plural_reflexive_verb_is_its_subject() -> None:
    # "a petition signed by Pete Firmin …, Steve McSweney … and Terry Conway": turned active, «подписались»
    source = ("The clerk reads into the record a petition signed by Pete Firmin of the Labour Representation "
              "Committee, Steve McSweney of Workers Power and Terry Conway of Anti*Capitalist Resistance.")
    _expect_fix(source, "Секретарь суда оглашает петицию, под которой подписались Пит Фёрмин из Комитета рабочего "
                "представительства, Стив Максуини из «Рабочей власти» и Терри Конуэй из «Антикапиталистического "
                "сопротивления».", None)
    # … while one name after a passive keeps the instrumental
    _expect_fix("The petition was signed by Pete Firmin.", "Петиция была подписана Пит Фёрмин.", "Питом Фёрмином")


def test_a_shorter_spelling_written_later_is_another_mention() -> None:
    # "Charing Cross police station", then "back from Charing Cross": the second Kazakh mention is read
    # against the second English one ("from"), not the first ("to")
    _expect_fix("Then the police took him to Charing Cross police station. All the way back from Charing Cross "
                "I could think of nothing else.",
                "Сосын полиция оны Чаринг-Кросс полиция бөлімшесіне алып кетті. Чаринг-Кросстан қайтар жолда "
                "басқа ештеңе ойыма келмеді.", None, "kk")


def test_of_before_a_longer_name_is_that_names() -> None:
    # "the verdict of the Zhanaozen City Court": the court owns the verdict; the town only names it
    source = "APPEAL to the Mangystau Regional Court against the verdict of the Zhanaozen City Court of 14 April 2022"
    _expect_fix(source, "Маңғыстау облыстық сотына Жаңаөзен қалалық сотының 2022 жылғы 14 сәуірдегі үкіміне "
                "АПЕЛЛЯЦИЯЛЫҚ ШАҒЫМ", None, "kk")
    # … while "the verdict of Zhanaozen's court" still wants the town's genitive
    _expect_fix("They read the verdict of the court of Zhanaozen.", "Олар Жаңаөзен бұрынғы сотының үкімін оқыды.",
                "Жаңаөзеннің", "kk")


def test_a_lone_prepositional_without_a_cue_has_no_fix() -> None:
    # no "of" to tell the case: the finding says what is wrong and offers no fix (F6 stays off)
    found = _wrong_inflections("Solidarity with Zhanaozen was expressed everywhere.",
                               "Солидарность Жанаозене выразили повсюду.")
    assert [(f.offending, f.suggestion) for f in found] == [("Жанаозене", None)]
    assert "never stands alone" in found[0].message


def test_asked_and_warned_take_the_one_spoken_to_unless_they_say_who_speaks() -> None:
    # "Police asked Steve McSweney to move": the one asked is the verb's object, «попросила Стива Максуини»
    found = _wrong_inflections("Police asked Steve McSweney to move the banner away from the embassy entrance.",
                               "Полиция попросила Стив Максуини убрать транспарант от входа в посольство.")
    assert [f.offending for f in found] == ["Стив Максуини"]
    _expect_fix("Police asked Steve McSweney to move the banner.",
                "Полиция попросила Стива Максуини убрать транспарант.", None)
    # after a quotation or a comma the name says who speaks: «— спросил Стив Максуини»
    _expect_fix("'Why now?' asked Steve McSweney.", "«Почему сейчас?» — спросил Стив Максуини.", None)
    _expect_fix("It will not end here, warned Steve McSweney.", "Это здесь не закончится, — предупредил Стив "
                "Максуини.", None)


def test_the_body_that_speaks_after_v_is_a_locative() -> None:
    # "Chevron said": «В «Шевроне» сообщили», the impersonal plural after в + where it was said
    source = "Chevron said its staff in Kazakhstan were safe."
    _expect_fix(source, "В «Шеврон» сообщили, что сотрудники компании в Казахстане в безопасности.", "«Шевроне»")
    _expect_fix(source, "В «Шевроне» сообщили, что сотрудники компании в Казахстане в безопасности.", None)
    _expect_fix("Moscow did not reply.", "В Москву не ответили.", "Москве")
    # … not where the name is no subject in the source: troops came to it, the accusative of direction
    _expect_fix("Troops came to Kazakhstan from Russia.", "В Казахстан пришли войска из России.", None)


def test_a_body_at_which_a_passive_happened_is_no_object() -> None:
    # "40,000 workers were laid off at Tengizchevroil": the clause's one verb is a passive, which takes
    # no object, so the accusative of a company after English "at" is the locative's place
    source = "In December 40,000 workers were laid off at Tengizchevroil."
    _expect_fix(source, "Желтоқсанда ТШО-ны 40 мың жұмысшы қысқартылды.", "ТШО-да", "kk")
    _expect_fix(source, "Желтоқсанда ТШО-да 40 мың жұмысшы қысқартылды.", None, "kk")
    # … while an active verb takes it as its object ("Tengizchevroil cut 40,000 workers": ТШО … қысқартты)
    _expect_fix("The workers criticised the cuts at Tengizchevroil.",
                "Жұмысшылар ТШО-ны сынады.", None, "kk")


def test_an_inserted_phrase_keeps_the_passive_agent_and_the_verb_object() -> None:
    # "signed among others by Steve McSweney": «подписанная в том числе Стивом Максуини»
    source = "The petition, signed among others by Steve McSweney, was not accepted."
    _expect_fix(source, "Петиция, подписанная в том числе Стив Максуини, не была принята.", "Стивом Максуини")
    _expect_fix(source, "Петиция, подписанная, в том числе, Стивом Максуини, не была принята.", None)


def test_being_a_member_in_takes_the_locative() -> None:
    # "a member of the Communist Party": «состоял в Коммунистической партии», never в + the accusative
    source = "He had been a member of the Communist Party of Kazakhstan since 2005."
    _expect_fix(source, "С 2005 года он состоял в Коммунистическую партию Казахстана.",
                "Коммунистической партии Казахстана")
    _expect_fix(source, "С 2005 года он состоял в Коммунистической партии Казахстана.", None)


def test_a_verb_made_a_noun_of_action_takes_its_object_in_the_genitive() -> None:
    # "the motion to summon Tokayev": «ходатайство о вызове Токаева»
    source = "The court rejected the motion to summon Tokayev as a witness."
    _expect_fix(source, "Суд отклонил ходатайство о вызове Токаев в качестве свидетеля.", "Токаева")
    _expect_fix(source, "Суд отклонил ходатайство о вызове Токаева в качестве свидетеля.", None)
    # … not a name the source makes no object: "After the visit, Putin said" («После визита Путин заявил»)
    _expect_fix("After the visit, Putin said nothing.", "После визита Путин ничего не сказал.", None)


def test_a_passive_agent_is_no_kazakh_instrumental() -> None:
    # "is led by Gennady Zyuganov": Kazakh turns it active, the doer its subject, a nominative
    source = "The Communist Party of the Russian Federation is led by Gennady Zyuganov."
    _expect_fix(source, "Ресей Федерациясының Коммунистік партиясын Геннадий Зюгановпен басқарады.",
                "Геннадий Зюганов", "kk")
    _expect_fix(source, "Ресей Федерациясының Коммунистік партиясын Геннадий Зюганов басқарады.", None, "kk")
    # … but "replaced by" is done with him, and a partner verb takes one (кездесті)
    _expect_fix("Mamin was replaced by Smailov.", "Тоқаев Маминді Смайыловпен ауыстырды.", None, "kk")
    _expect_fix("He was met by Tokayev.", "Ол Тоқаевпен кездесті.", None, "kk")


def test_men_joins_bare_words() -> None:
    # «Алматыда мен Ақтауда»: after a case ending мен is "I"; the pair's ending goes on the last
    source = "Rallies were also reported in Almaty and Aktau."
    _expect_fix(source, "Алматыда мен Ақтауда да митингтер өткені хабарланды.", "Алматы", "kk")
    _expect_fix(source, "Алматы мен Ақтауда да митингтер өткені хабарланды.", None, "kk")
    _expect_fix(source, "Алматыда және Ақтауда да митингтер өткені хабарланды.", None, "kk")


def test_a_negated_participle_is_the_verb_of_moving() -> None:
    # «Жаңаөзенге бір рет те келген жоқ», "have not come to Zhanaozen": жоқ negates the participle
    source = "Representatives of the company have not come to Zhanaozen even once."
    _expect_fix(source, "Компания өкілдері Жаңаөзенді бір рет те келген жоқ.", "Жаңаөзенге", "kk")
    _expect_fix(source, "Компания өкілдері Жаңаөзенге бір рет те келген жоқ.", None, "kk")


def test_a_kazakh_passive_takes_no_accusative_before_it() -> None:
    # "the contracts signed with Sinopec": «Sinopec-пен жасалған келісімшарттар»
    source = "The contracts signed with Sinopec have never been presented to Parliament."
    _expect_fix(source, "Sinopec-ті жасалған келісімшарттар Парламентке ешқашан ұсынылған жоқ.", "Sinopec-пен", "kk")
    _expect_fix(source, "Sinopec-пен жасалған келісімшарттар Парламентке ешқашан ұсынылған жоқ.", None, "kk")
    # "the detention of Karim Massimov": the passive's verbal noun has an owner, a genitive
    source = "The detention of Karim Massimov came as a shock."
    _expect_fix(source, "Кәрім Мәсімовті ұсталуы көпшілікті есеңгіретіп тастады.", "Кәрім Мәсімовтің", "kk")
    _expect_fix(source, "Кәрім Мәсімовтің ұсталуы көпшілікті есеңгіретіп тастады.", None, "kk")
    # … while an active participle takes one («қолдаған», "supported"; «қолданған», "used", is no passive)
    _expect_fix("Those who supported Tokayev with money were rewarded.", "Тоқаевты қаржымен қолдағандар марапатталды.",
                None, "kk")
    assert not objectless_participle("қолданған") and objectless_participle("жасалған")
    # the -н- passive of a verb of giving with a vowel stem is one too («жолданған», sent); its active is not
    assert objectless_participle("жолданған") and not objectless_participle("жолдаған")
    _expect_fix("Many students signed a petition to the European Union.",
                "Көптеген студенттер Еуропалық Одақты жолданған петицияға қол қойды.", "Еуропалық Одаққа", "kk")


def test_a_genitive_before_a_bare_verbal_noun_owns_nothing() -> None:
    # "for the release of Roza Tuletaeva": «Роза Төлетаеваны босату үшін» (its object), not the genitive
    source = "Human rights organisations campaigned for the release of Roza Tuletaeva."
    _expect_fix(source, "Құқық қорғау ұйымдары Роза Төлетаеваның босату үшін науқан жүргізді.",
                "Роза Төлетаеваны", "kk")
    _expect_fix(source, "Құқық қорғау ұйымдары Роза Төлетаеваны босату үшін науқан жүргізді.", None, "kk")
    _expect_fix(source, "Құқық қорғау ұйымдары Роза Төлетаеваның босатылуы үшін науқан жүргізді.", None, "kk")
    # ... but with the English possessive, a possessed noun after the postposition's phrase is the genitive's
    _expect_fix("Tuletaeva's testimony about torture was heard in court.",
                "Төлетаеваның азаптау туралы айғағы сотта тыңдалды.", None, "kk")


def test_a_preposition_repeated_from_further_back_makes_no_pair() -> None:
    # "Yuliya Yurchenko of the Ukrainian Social Movement and to Chris Ford": "to" pairs Chris Ford with
    # Yuliya Yurchenko, not with the movement after "of"
    source = ("After an introduction by Simon Hannah, the floor was given to the political economist Yuliya "
              "Yurchenko of the Ukrainian Social Movement and to Chris Ford of the Ukraine Solidarity Campaign.")
    _expect_fix(source, "После вступительного слова Саймона Ханны выступили политэконом Юлия Юрченко из украинского "
                "«Социального движения» и Крис Форд из Кампании солидарности с Украиной.", None)


def test_a_movement_in_a_place_is_where_it_is() -> None:
    # "the Hirak movement in Algeria": a movement is no verb of moving, «в Алжире»
    source = "Commentators compared the protests with the Hirak movement in Algeria."
    _expect_fix(source, "Комментаторы сравнивали протесты с движением «Хирак» в Алжир.", "Алжире")
    _expect_fix(source, "Комментаторы сравнивали протесты с движением «Хирак» в Алжире.", None)


def test_an_english_apposition_after_the_name_keeps_the_quoted_name_nominative() -> None:
    # "Workers Power, a British Trotskyist group": the group is the name, «группы «Рабочая власть»»
    source = "Steve McSweney is a long-standing member of Workers Power, a British Trotskyist group."
    _expect_fix(source, "Стив Максуини — давний член британской троцкистской группы «Рабочей власти».",
                "«Рабочая власть»")
    _expect_fix(source, "Стив Максуини — давний член британской троцкистской группы «Рабочая власть».", None)


def test_a_passive_agent_after_a_recipient_is_still_the_agent() -> None:
    # "sent to the convicted workers by Chris Ford": the "by" after a short "to" phrase is the agent's
    source = "Messages of support were sent to the convicted workers by Chris Ford."
    _expect_fix(source, "Сотталған жұмысшыларға Крис Фордпен қолдау хаттарын жолдады.", "Крис Форд", "kk")
    _expect_fix(source, "Сотталған жұмысшыларға Крис Форд қолдау хаттарын жолдады.", None, "kk")


def test_never_before_a_verb_makes_its_object() -> None:
    # "Never forget Roza Tuletaeva": «Роза Төлетаеваны ешқашан ұмытпаймыз»
    source = "Never forget Roza Tuletaeva."
    _expect_fix(source, "Роза Төлетаеваға ешқашан ұмытпаймыз.", "Роза Төлетаеваны", "kk")
    _expect_fix(source, "Роза Төлетаеваны ешқашан ұмытпаймыз.", None, "kk")


def test_a_passive_participle_closes_the_names_clause() -> None:
    # "workers detained in Kyzylorda were transferred to …": the transfer moves the workers, not the town
    source = "Eleven oil workers detained in Kyzylorda were transferred to a pre-trial detention centre in Aktobe."
    _expect_fix(source, "Қызылордаға ұсталған он бір мұнайшы Ақтөбедегі тергеу изоляторына ауыстырылды.",
                "Қызылордада", "kk")
    _expect_fix(source, "Қызылордада ұсталған он бір мұнайшы Ақтөбедегі тергеу изоляторына ауыстырылды.", None, "kk")


def test_a_website_on_which_something_is_said_is_a_locative() -> None:
    # "reported the phone call on Facebook": «в Фейсбуке»; "posted to Facebook" may be «в Фейсбук»
    _expect_fix("Paul Murphy reported the phone call on Facebook.",
                "Пол Мёрфи рассказал о телефонном разговоре в Фейсбук.", "Фейсбуке")
    _expect_fix("Paul Murphy reported the phone call on Facebook.",
                "Пол Мёрфи рассказал о телефонном разговоре в Фейсбуке.", None)
    _expect_fix("He posted the video to Facebook.", "Он выложил видео в Фейсбук.", None)
    # ... a possessive determiner between, as an article: "on his Facebook page"
    _expect_fix("The photo is still up on his Facebook page.", "Фотография до сих пор висит у него в Фейсбук.",
                "Фейсбуке")
    _expect_fix("The photo is still up on his Facebook page.", "Фотография до сих пор висит у него в Фейсбуке.",
                None)
    # … while a day is a time, the accusative: "on Independence Day", «в День независимости»
    _expect_fix("The strike began on Independence Day.", "Забастовка началась в День независимости.", None)


def test_a_generic_noun_ending_like_a_verb_takes_the_genitive_of() -> None:
    # "the magazine of the Fourth International": «журнал Четвёртого интернационала» (журнал is no past verb)
    source = "International Viewpoint, the magazine of the Fourth International, published the statement."
    _expect_fix(source, "International Viewpoint, журнал Четвёртый интернационал, опубликовал заявление.",
                "Четвёртого интернационала")
    _expect_fix(source, "International Viewpoint, журнал Четвёртого интернационала, опубликовал заявление.", None)


def test_a_possessed_genitive_is_owned_and_owns() -> None:
    # «Ресейдің араласуының арқасында», "because Russia stepped in": араласуының is Russia's, and owns арқасында
    source = "Assad only survived because Russia stepped in."
    _expect_fix(source, "Асад тек Ресейдің араласуының арқасында ғана билікте қалды.", None, "kk")
    # … while a genitive with nothing after it to own is still the subject made a genitive
    _expect_fix("Russia stepped in at once.", "Ресейдің бірден араласты.", "Ресей", "kk")


def test_a_subject_after_a_clause_conjunction_is_a_nominative() -> None:
    # "while the Communist Party of Ukraine kept silent": «тогда как Коммунистическая партия Украины хранила молчание»
    source = "Class View defended the strikers, while the Communist Party of Ukraine kept silent."
    _expect_fix(source, "«Классовый взгляд» защищал бастовавших, тогда как Коммунистической партии Украины "
                "хранила молчание.", "Коммунистическая партия Украины")
    _expect_fix(source, "«Классовый взгляд» защищал бастовавших, тогда как Коммунистическая партия Украины "
                "хранила молчание.", None)
    # … not a name the English makes no subject: "but Russia helped Nazarbayev", «но Назарбаеву помогла Россия»
    _expect_fix("Everyone expected a fall, but Russia helped Nazarbayev.", "Все ждали падения, но Назарбаеву "
                "помогла Россия.", None)


def test_the_owner_in_a_passive_clause_is_a_genitive() -> None:
    # "Tokayev's decision … was taken": the decision is Tokayev's, a passive has no doer to make him
    source = "Tokayev's decision to request CSTO troops was taken without consulting parliament."
    _expect_fix(source, "Тоқаев ҰҚШҰ әскерлерін шақыру туралы шешімі парламентпен ақылдаспай қабылданды.",
                "Тоқаевтың", "kk")
    _expect_fix(source, "Тоқаевтың ҰҚШҰ әскерлерін шақыру туралы шешімі парламентпен ақылдаспай қабылданды.",
                None, "kk")
    # bare right before its noun it may stand, and a participle's subject is bare
    _expect_fix("Tokayev's decree was published on 5 January.", "Тоқаев жарлығы 5 қаңтарда жарияланды.", None, "kk")
    _expect_fix("Steve Eason's photographs of the picket were widely shared.",
                "Стив Изон түсірген пикет суреттері кеңінен таралды.", None, "kk")
    # … and only where the English is a passive too ("discussed" is active: талқылады only looks passive)
    _expect_fix("Kyrgyzstan's parliament discussed the deployment.", "Қырғызстан парламенті әскер жіберуді "
                "ұзақ талқылады.", None, "kk")


def test_a_kazakh_full_name_joined_otherwise_is_misspelt() -> None:
    # «Қасым Жомарт Тоқаев»: the glossary joins the given names by a hyphen
    checker = checker_for_path(REPO / "glossary.tsv")
    for target, expected in (("Қасым Жомарт Тоқаев ескерткішті ашты.", ["Қасым-Жомарт Тоқаев"]),
                             ("Қасым-Жомарт Тоқаев ескерткішті ашты.", [])):
        findings = [f for f in checker.check_target_segment("d", 1, "Kassym-Jomart Tokayev unveiled the memorial.",
                                                            target, "kk") if f.severity != "info"]
        assert [(f.check, f.suggestion) for f in findings] == [("target-misspelt-name", s) for s in expected]


def test_a_common_noun_of_a_name_with_an_ending_none_of_its_forms_has() -> None:
    # «Советом безопасностью»: the name's genitive complement declined; «Мангистауской областе»: no such ending
    found = _wrong_inflections("The deal was approved by the Security Council.",
                               "Сделку одобрили Советом безопасностью.")
    assert [(f.offending, f.suggestion) for f in found] == [("Советом безопасностью", "Советом безопасности")]
    found = _wrong_inflections("Unemployment in Mangistau Region is high.", "Безработица в Мангистауской областе высока.")
    assert [f.offending for f in found] == ["Мангистауской областе"]
    # … while a plural head shared by a list of adjectives is no such word
    _expect_fix("Rallies took place in Aktobe and Kyzylorda regions.",
                "Митинги прошли в Актюбинской и Кызылординской областях.", None)


def test_a_town_agrees_with_the_settlement_noun_before_it() -> None:
    # "in its centre Taldykorgan": «в её центре Талдыкоргане», an apposition that agrees
    _expect_fix("Protests broke out in Almaty Region, including its centre Taldykorgan.",
                "Протесты вспыхнули в Алматинской области, в том числе в её центре Талдыкоргане.", None)
    # … while "the centre of Zhanaozen" is the genitive
    _expect_fix("The shooting took place in the centre of Zhanaozen.", "Расстрел произошёл в центре Жанаозене.",
                "Жанаозена")


def test_kazakh_context_false_alarms_of_corpus_403() -> None:
    # "Almaty had been attacked by gangs": a passive's subject, the active verbal noun's dative object
    _expect_fix("Tokayev stated that Almaty had been attacked by terrorist gangs trained abroad.",
                "Тоқаев Алматыға шетелде дайындықтан өткен террористік топтар шабуыл жасағанын мәлімдеді.", None, "kk")
    # "statements in support of Kazakhstan": қолдау білдіру takes a dative
    _expect_fix("Statements in support of Kazakhstan were also made.",
                "Қазақстанға қолдау білдірген мәлімдемелер де жасалды.", None, "kk")


def test_english_cues_of_corpus_399() -> None:
    # "the Independence Day celebrations": a plural in -ations is a noun the name modifies, «празднование Дня …»
    _expect_fix("The square where the Independence Day celebrations were to be held was cleared.",
                "Площадь, где должно было пройти празднование День независимости, зачистили.", "Дня независимости")
    # "a statement from the Left Bloc calls on soldiers": "calls on" is a verb, the name no modifier of it
    _expect_fix("A statement from the Left Bloc calls on Russian soldiers to refuse orders.",
                "В заявлении «Левый блок» российских солдат призывают не выполнять приказы.", "«Левого блока»")
    # "flows to Britain": flowing is moving, «утекает в Великобританию»
    _expect_fix("Much of the stolen wealth flows to Britain.", "Значительная часть украденных богатств утекает в "
                "Великобритании.", "Великобританию")


def test_cues_of_corpus_397() -> None:
    # "citizens of Kyrgyzstan": «граждан» ends like a short participle, but "citizens of" makes it a noun
    _expect_fix("How many citizens of Kyrgyzstan were detained?", "Сколько граждан Кыргызстан было задержано?",
                "Кыргызстана")
    # … not where "of" governs a noun the name modifies: "the workers of the Ozenmunaigas oil field"
    _expect_fix("The police opened fire on the workers of the Ozenmunaigas oil field.",
                "Полиция открыла огонь по рабочим нефтепромысла «Озенмунайгаз».", None)
    # "came out in Shymkent": took to the streets there, nobody arrives — «вышло в Шымкенте»
    _expect_fix("How many people came out in Shymkent?", "Сколько человек вышло в Шымкент?", "Шымкенте")
    _expect_fix("How many people came out in Shymkent?", "Сколько человек вышло в Шымкенте?", None)
    # "remained loyal to Nazarbayev": the short adjective takes the dative too
    _expect_fix("Many officers remained loyal to Nazarbayev.", "Многие офицеры оставались верны Назарбаева.",
                "Назарбаеву")


def test_kazakh_possessor_cues_of_corpora_396_to_402() -> None:
    # "the Council of Aksakals' first demand": the plural's possessive is an English "'s"
    _expect_fix("The Council of Aksakals' first demand was the release of all detained workers.",
                "Ақсақалдар кеңесі алғашқы талабы — ұсталған барлық жұмысшыларды босату болды.",
                "Ақсақалдар кеңесінің", "kk")
    # … not a closing quotation mark: "the 'Council of Aksakals' first met"
    _expect_fix("The 'Council of Aksakals' first met on 5 January.", "«Ақсақалдар кеңесі» алғаш рет 5 қаңтарда "
                "жиналды.", None, "kk")
    # "several senior officers of the National Security Committee": a quantifier is a modifier too
    _expect_fix("Several senior officers of the National Security Committee have been arrested.",
                "Ұлттық қауіпсіздік комитеті бірнеше жоғары лауазымды офицері қамауға алынды.",
                "Ұлттық қауіпсіздік комитетінің", "kk")
    # … while after the superlative's ең the adjective is no possessed noun: «Қазақстан тарихындағы ең ауқымды»
    _expect_fix("The protests were the largest in Kazakhstan's history.",
                "Бұл наразылықтар Қазақстан тарихындағы ең ауқымды наразылықтар болды.", None, "kk")


def test_kazakh_false_alarms_of_corpora_408_and_411() -> None:
    # "from the Ukrainian Socialist League and from the Ukrainian historian Marko Bojcun": the second
    # member is a name's, not «көп жылдан» of the relative clause before it
    _expect_fix("Chris Ford read out messages from the Ukrainian Socialist League and from the Ukrainian historian "
                "Marko Bojcun, who has lived in London for many years.",
                "Крис Форд Украина социалистік лигасының және көп жылдан бері Лондонда тұратын украиналық тарихшы "
                "Марко Бойцунның үндеулерін оқып берді.", None, "kk")
    # "a few days after Moscow's": the ablative of кейін, no possessor
    _expect_fix("Xi Jinping's message arrived on 7 January, a few days after Moscow's.",
                "Си Цзиньпиннің жолдауы 7 қаңтарда, Мәскеуден бірнеше күн кейін келді.", None, "kk")
    # "What Assad did in Syria": истегенін is Assad's, past the locative name before it
    _expect_fix("What Assad did in Syria, Tokayev has tried to do in Kazakhstan.",
                "Асадтың Сирияда істегенін Тоқаев Қазақстанда қайталамақ болды.", None, "kk")


def test_cues_of_corpora_405_and_410() -> None:
    # "deployed in East Kazakhstan Region", "membership of the EAEU": staying somewhere, the locative
    _expect_fix("Russian troops were deployed in East Kazakhstan Region.",
                "Российские войска были развёрнуты в Восточно-Казахстанскую область.", "Восточно-Казахстанской области")
    _expect_fix("Kazakhstan's membership of the Eurasian Economic Union has made it a transit hub.",
                "Членство Казахстана в Евразийский экономический союз превратило его в транзитный хаб.",
                "Евразийском экономическом союзе")
    # "the board of KazMunayGas": after компании (the company is the name) the quoted name stays nominative
    found = _wrong_inflections("The board of KazMunayGas approved a new strategy.",
                               "Совет директоров компании «КазМунайГаза» утвердил новую стратегию.")
    assert [(f.offending, f.suggestion) for f in found] == [("«КазМунайГаза»", "«КазМунайГаз»")]
    # … while «дочерней компании «КазМунайГаза»» is another company, KazMunayGas's
    _expect_fix("Workers at Ozenmunaigas, a subsidiary of KazMunayGas, walked out.",
                "Рабочие «Озенмунайгаза», дочерней компании «КазМунайГаза», прекратили работу.", None)


def test_a_possessed_noun_of_a_stem_in_t_is_no_accusative() -> None:
    # "Kyrgyzstan's parliament": парламенті is the possessive of парламент (no accusative has -ті after н)
    _expect_fix("Kyrgyzstan's parliament argued for days about sending troops.",
                "Қырғызстанға парламенті әскер жіберу туралы бірнеше күн бойы дауласты.", "Қырғызстанның", "kk")
    _expect_fix("Kyrgyzstan's parliament argued for days about sending troops.",
                "Қырғызстан парламенті әскер жіберу туралы бірнеше күн бойы дауласты.", None, "kk")


def test_a_person_named_by_the_last_word_of_the_english_name() -> None:
    # "Mason" of Paul Mason: «Мейсон» renders him, though the glossary gives Пол alone
    checker = checker_for_path(REPO / "glossary.tsv")
    found = checker.check_target_segment("d", 1, "Before turning freelance, Mason spent years at the BBC.",
                                         "Еркін журналистикаға ауысқанға дейін Мейсон көп жыл Би-би-си арнасында "
                                         "жұмыс істеді.", "kk")
    assert [f.check for f in found if f.severity != "info"] == []


def test_a_contrast_with_emes_goes_on_past_its_comma() -> None:
    # «Тоқаевтың басқаға емес, дәл ҰҚШҰ-ға жүгінгенін»: the genitive owns жүгінгенін past the comma
    _expect_fix("That triangle explains why Tokayev turned to the CSTO and to no one else.",
                "Тоқаевтың басқаға емес, дәл ҰҚШҰ-ға жүгінгенін осы үшбұрыш түсіндіреді.", None, "kk")


def test_kazakh_place_of_people_and_auxiliaries() -> None:
    # "In Taraz, protesters set fire to …": жіберді after a converb is an auxiliary ("burned down"), no moving
    _expect_fix("In Taraz, protesters set fire to the regional administration building.",
                "Таразға наразылық білдірушілер облыс әкімдігінің ғимаратын өртеп жіберді.", "Таразда", "kk")
    # "the protesters in Uralsk got concessions from the akim": an ablative source says nothing of a dative name
    _expect_fix("Did the protesters in Uralsk get any concessions from the akim?",
                "Оралға наразылық білдірушілер әкімнен қандай да бір жеңілдік алды ма?", "Оралдағы", "kk")
    # … while a real moving verb still asks for the dative: "sent troops to Taraz"
    _expect_fix("Troops were sent to Taraz.", "Таразға әскер жіберілді.", None, "kk")


def test_a_verbal_noun_of_moving_asks_for_the_dative() -> None:
    # "the order to bring CSTO troops into Kazakhstan": «Қазақстанға енгізу туралы бұйрық»
    source = "Who gave the order to bring CSTO troops into Kazakhstan?"
    _expect_fix(source, "ҰҚШҰ әскерін Қазақстанда енгізу туралы бұйрықты кім берді?", "Қазақстанға", "kk")
    _expect_fix(source, "ҰҚШҰ әскерін Қазақстанға енгізу туралы бұйрықты кім берді?", None, "kk")


def test_a_bare_place_after_in_is_no_subject_of_the_verb_after_it() -> None:
    # "The London picket ended in Trafalgar Square": «… Трафальгар алаңында аяқталды»
    _expect_fix("The London picket ended in Trafalgar Square.", "Лондондағы пикет Трафальгар алаңы аяқталды.",
                "Трафальгар алаңында", "kk")
    _expect_fix("The London picket ended in Trafalgar Square.", "Лондондағы пикет Трафальгар алаңында аяқталды.",
                None, "kk")
    # ... nor of a participle that ends the sentence as its predicate
    source = "The fields of PetroKazakhstan are located in Kyzylorda Region."
    _expect_fix(source, "«ПетроҚазақстан» кен орындары Қызылорда облысы орналасқан.", "Қызылорда облысында", "kk")
    _expect_fix(source, "«ПетроҚазақстан» кен орындары Қызылорда облысында орналасқан.", None, "kk")
    # ... nor anything before a word it cannot modify as the first half of a compound
    source = "In Uralsk, students joined the oil workers."
    _expect_fix(source, "Орал студенттер мұнайшыларға қосылды.", "Оралда", "kk")
    _expect_fix(source, "Оралда студенттер мұнайшыларға қосылды.", None, "kk")
    # (a plain adjective only looks possessed: «жалпы ереуіл» is no head the bare name modifies)
    source = "On 3 January a general strike began in Mangystau Region."
    _expect_fix(source, "3 қаңтарда Маңғыстау облысы жалпы ереуіл басталды.", "Маңғыстау облысында", "kk")
    _expect_fix(source, "3 қаңтарда Маңғыстау облысында жалпы ереуіл басталды.", None, "kk")
    # (a compound, two words long or with its own head: the bare name modifies it)
    _expect_fix("The court in Taldykorgan jailed him.", "Талдықорған қалалық соты оны қамады.", None, "kk")
    _expect_fix("Workers in Temirtau struck.", "Теміртау металлургия комбинатының жұмысшылары ереуілдеді.", None, "kk")
    # (nor before a figure, a word in an oblique case, or a participle made a noun: no compound opens there)
    source = "In Uralsk, police detained at least 30 people on the evening of 4 January."
    _expect_fix(source, "Орал 4 қаңтар күні кешке полиция кемінде 30 адамды ұстады.", "Оралда", "kk")
    _expect_fix(source, "Оралда 4 қаңтар күні кешке полиция кемінде 30 адамды ұстады.", None, "kk")
    _expect_fix("In Pavlodar, the protest was mainly workers from the aluminium smelter.",
                "Павлодар наразылыққа негізінен алюминий зауытының жұмысшылары шықты.", "Павлодарда", "kk")
    _expect_fix("We have no information about the fate of those detained in Taraz.",
                "Тараз ұсталғандардың тағдыры туралы бізде ақпарат жоқ.", "Таразда", "kk")
    _expect_fix("We have no information about the fate of those detained in Taraz.",
                "Таразда ұсталғандардың тағдыры туралы бізде ақпарат жоқ.", None, "kk")


def test_a_noun_by_its_author_after_any_determiner() -> None:
    # "any intervention by the United States": the author, «вмешательства Соединённых Штатов»
    _expect_fix("The protests were not the result of any intervention by the United States.",
                "Протесты не были результатом какого-либо вмешательства Соединённые Штаты.", "Соединённых Штатов")


def test_an_english_generic_noun_before_a_quoted_name() -> None:
    # "the movement 'Labor Russia'": the generic noun before the quote makes an apposition, «движения «Трудовая Россия»»
    _expect_fix("The statement was signed by the Executive Committee of the movement 'Labor Russia'.",
                "Заявление подписали исполком движения «Трудовой России».", "«Трудовая Россия»")


def test_false_alarms_of_corpora_412_and_419() -> None:
    # "sent Tokayev a message … opposed any attempt to stage a 'colour revolution' in Kazakhstan": the
    # place is the infinitive's, where, not where the message was sent
    _expect_fix("Xi Jinping sent Tokayev a message declaring that Beijing opposed any attempt by outside forces "
                "to stage a 'colour revolution' in Kazakhstan.",
                "Си Цзиньпин направил Токаеву послание, в котором заявил, что Пекин выступает против любых попыток "
                "внешних сил устроить в Казахстане «цветную революцию».", None)
    # … while "troops were sent to Uralsk to restore order" is still a direction for the place before the infinitive
    _expect_fix("Troops were sent to Uralsk to restore order.", "Войска направили в Уральске навести порядок.",
                "Уральск")
    # "turned to the CSTO for help": asked it of them, «… ұйымынан көмек сұрады»
    _expect_fix("The same day he turned to the Collective Security Treaty Organization for help.",
                "Сол күні ол Ұжымдық қауіпсіздік туралы шарт ұйымынан көмек сұрады.", None, "kk")


def test_the_owner_of_a_possessed_verbal_noun_in_a_case() -> None:
    # "demanding Nazarbayev's departure": «Назарбаевтың саясаттан кетуін талап етті», his departure
    _expect_fix("Protesters chanted 'Old man, go!', demanding Nazarbayev's departure from politics.",
                "Наразылар «Шал, кет!» деп ұран тастап, Назарбаевқа саясаттан кетуін талап етті.", "Назарбаевтың", "kk")
    # … while a word after the dative that asks for it keeps it: «Назарбаевқа адал топ», loyal to him
    _expect_fix("They feared a seizure of power by Nazarbayev's loyal group.",
                "Олар Назарбаевқа адал топ билікті басып алуынан қорықты.", None, "kk")


def test_a_sentence_initial_company_that_is_also_a_word_is_the_company_when_it_acts() -> None:
    # "Chevron, which owns half of Tengizchevroil, said …": the company, missing from «Американская компания …»
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "Chevron, which owns half of Tengizchevroil, said its operations were continuing."
    found = checker.check_target_segment("d", 1, source, "Американская компания, которой принадлежит половина "
                                         "«Тенгизшевройла», сообщила, что работа продолжается.", "ru")
    assert [f.check for f in found if f.severity != "info"] == ["target-missing-name"]


@pytest.mark.parametrize(("source", "target", "language", "missing"), [
    # a perfect, a form of "be" or the possessive after it makes it the company too
    ("Chevron has not answered my letter.", "Американдық компания менің хатыма жауап берген жоқ.", "kk", True),
    ("Chevron has been making profits here for decades.", "Эта компания десятилетиями извлекает здесь прибыль.",
     "ru", True),
    ("Chevron is the operator.", "Оператор — американская компания.", "ru", True),
    ("Chevron's offices in Atyrau stayed closed.", "Атыраудағы американдық компанияның кеңселері жабық тұрды.",
     "kk", True),
    # ... and so does a list it heads with a name that is no English word
    ("Chevron and ExxonMobil declined to comment.", "ExxonMobil отказалась от комментариев.", "ru", True),
    ("Chevron, ExxonMobil and Eni make record profits.", "ExxonMobil и Eni получают рекордные прибыли.", "ru",
     True),
    # (the ordinary word before a noun stays a word: "Total investment was high"; before a list of words too)
    ("Total investment was high.", "Общий объём вложений был высок.", "ru", False),
    ("Total, Direct and Indirect costs rose.", "Общие, прямые и косвенные расходы выросли.", "ru", False),
])
def test_a_sentence_initial_company_that_is_also_a_word_is_the_company_as_a_subject_or_owner(
        source: str, target: str, language: str, missing: bool) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    found = checker.check_target_segment("d", 1, source, target, language)
    assert [f.check for f in found if f.severity != "info"] == (["target-missing-name"] if missing else []), found


def test_a_name_only_in_the_nominative_after_an_infinitive_is_its_object() -> None:
    # "calls for the legalisation of the Communist Party": «призыв легализовать Коммунистическую партию …»
    source = "The statement calls for the legalisation of the Communist Party of Kazakhstan."
    _expect_fix(source, "В заявлении содержится призыв легализовать Коммунистическая партия Казахстана.",
                "Коммунистическую партию Казахстана")
    _expect_fix(source, "В заявлении содержится призыв легализовать Коммунистическую партию Казахстана.", None)


def test_appealing_to_a_body_is_v_with_the_accusative() -> None:
    # "appealed to the United Nations": «обратились в Организацию Объединённых Наций»
    _expect_fix("Relatives of the dead appealed to the United Nations.",
                "Родственники погибших обратились в Организации Объединённых Наций.", "Организацию Объединённых Наций")


def test_kazakh_cues_of_corpora_420_to_423() -> None:
    # "who chaired the CSTO": төрағалық ету is a compound whose object is a dative, «ҰҚШҰ-ға төрағалық еткен»
    _expect_fix("Armenia's prime minister, who chaired the CSTO at the time, approved the request.",
                "Сол кезде ҰҚШҰ-ны төрағалық еткен Армения премьер-министрі өтінішті мақұлдады.", "ҰҚШҰ-ға", "kk")
    # "CSTO troops": troops are the alliance's people, whose possessor is a genitive or bare
    _expect_fix("CSTO troops guarded airports and government buildings.",
                "ҰҚШҰ-ны әскерлері әуежайларды және үкімет ғимараттарын күзетті.", "ҰҚШҰ-ның", "kk")
    _expect_fix("CSTO troops guarded airports and government buildings.",
                "ҰҚШҰ әскерлері әуежайларды және үкімет ғимараттарын күзетті.", None, "kk")


def test_retinde_is_a_postposition() -> None:
    # "the recognition of the Council of Aksakals as a people's body": ретінде ("as") is no possessed noun
    _expect_fix("We demand the recognition of the Council of Aksakals as a people's body.",
                "Біз Ақсақалдар кеңесін халықтық орган ретінде мойындауды талап етеміз.", None, "kk")


def test_promising_someone_is_a_dative_compound() -> None:
    # "What did Putin promise Tokayev?": «Тоқаевқа не уәде етті?», past «не» too
    _expect_fix("What did Putin promise Tokayev during their phone call?",
                "Путин телефон арқылы сөйлескенде Тоқаевты не уәде етті?", "Тоқаевқа", "kk")
    _expect_fix("What did Putin promise Tokayev during their phone call?",
                "Путин телефон арқылы сөйлескенде Тоқаевқа не уәде етті?", None, "kk")


@pytest.mark.parametrize("source,target,offending,suggestion", [
    # the possessive's case ending without its -н-: the fix puts the -н- back in the same case,
    # not another case's ending one letter away (облысына for облысыда)
    ("Protests began in Mangystau Region.", "Наразылық Маңғыстау облысыда басталды.",
     "Маңғыстау облысыда", "Маңғыстау облысында"),
    ("Oil workers in Aktobe Region joined.", "Ақтөбе облысыдағы мұнайшылар қосылды.",
     "облысыдағы", "облысындағы"),
    ("Troops came from Mangystau Region.", "Әскер Маңғыстау облысыдан келді.",
     "Маңғыстау облысыдан", "Маңғыстау облысынан"),
    # a place name and the noun of its kind after it: the noun's own endings
    ("Workers in the city of Taraz walked off the job.", "Тараз қаласыдағы жұмысшылар жұмысты тастап шықты.",
     "Тараз қаласыдағы", "Тараз қаласындағы"),
    ("Workers in the city of Taraz walked off the job.", "Тараз қаласінда жұмысшылар жұмысты тастап шықты.",
     "Тараз қаласінда", "Тараз қаласында"),
])
def test_kazakh_possessive_head_loses_no_n(regions: NameChecker, source: str, target: str, offending: str,
                                           suggestion: str) -> None:
    found = [f for f in regions.check_target_segment("d", 1, source, target, "kk") if f.severity == "error"]
    assert [(f.check, f.offending, f.suggestion) for f in found] == [
        ("target-wrong-inflection", offending, suggestion)]


@pytest.mark.parametrize("source,target", [
    ("Protests began in Mangystau Region.", "Наразылық Маңғыстау облысында басталды."),
    ("Oil workers in Aktobe Region joined.", "Ақтөбе облысындағы мұнайшылар қосылды."),
    ("Workers in the city of Taraz walked off the job.", "Тараз қаласындағы жұмысшылар жұмысты тастап шықты."),
    ("The city of Taraz is quiet.", "Тараз қаласы тыныш."),
    ("Taraz and its district", "Тараз және оның ауданы"),
])
def test_kazakh_possessive_heads_spelt_right_pass(regions: NameChecker, source: str, target: str) -> None:
    assert [f for f in regions.check_target_segment("d", 1, source, target, "kk") if f.severity == "error"] == []


@pytest.mark.parametrize("source,target,suggestion", [
    # some words declined, the others left in the nominative: the case the declined ones show
    ("We spoke to Roza Tuletaeva.", "Мы говорили с Розой Тулетаева.", "Розой Тулетаевой"),
    ("They arrested Roza Tuletaeva.", "Они арестовали Розу Тулетаева.", "Розу Тулетаеву"),
    # every word declined, in different cases: the first word's (the surname's ending went astray)
    ("A letter to Kairat Abdrakhmanov.", "Письмо Кайрату Абдрахманова.", "Кайрату Абдрахманову"),
])
def test_a_russian_name_whose_words_disagree_is_fixed_in_the_case_its_declined_words_show(
        source: str, target: str, suggestion: str) -> None:
    checker = NameChecker(parse_glossary(
        "id\ttype\ten\ten_admitted\ten_deprecated\tru\tru_admitted\tru_wrong\tru_decl\tkk\tkk_admitted\tkk_wrong\t"
        "kk_decl\n"
        "tuletaeva\tperson\tRoza Tuletaeva\t\t\tРоза Тулетаева\t\t\tf\tРоза Төлетаева\t\t\t\n"
        "abdrakhmanov\tperson\tKairat Abdrakhmanov\t\t\tКайрат Абдрахманов\t\t\t\tҚайрат Абдрахманов\t\t\t\n",
        "people.tsv"))
    found = [f for f in checker.check_target_segment("d", 1, source, target, "ru") if f.severity == "error"]
    assert [(f.check, f.suggestion) for f in found] == [("target-wrong-inflection", suggestion)]


@pytest.mark.parametrize("source,target,suggestion", [
    # "the workers at Kashagan": the fix is the attribute of the noun that follows, -дағы
    ("The workers at Kashagan downed tools on 5 January.", "Қашағаннан жұмысшылар 5 қаңтарда жұмысты тоқтатты.",
     "Қашағандағы"),
])
def test_a_kazakh_place_of_a_noun_is_fixed_as_its_attribute(source: str, target: str, suggestion: str) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    found = [f for f in checker.check_target_segment("d", 1, source, target, "kk") if f.severity == "error"]
    assert [(f.check, f.suggestion) for f in found] == [("target-wrong-inflection", suggestion)]


def test_an_adjective_and_noun_name_is_fixed_in_the_case_the_declined_word_shows() -> None:
    """«В Европейский союзе»: the adjective left alike to the nominative went astray, the noun's
    locative is the case; «у Трафальгарской площадь»: the other way round."""
    checker = checker_for_path(REPO / "glossary.tsv")
    for source, target, suggestion in (
            ("In the European Union.", "В Европейский союзе.", "Европейском союзе"),
            ("A rally in Trafalgar Square.", "Митинг на Трафальгарской площадь.", "Трафальгарской площади")):
        found = [f for f in checker.check_target_segment("d", 1, source, target, "ru") if f.severity == "error"]
        assert [f.suggestion for f in found] == [suggestion], target


@pytest.mark.parametrize("source,target,offending,suggestion", [
    ("Troops flew out of Nur-Sultan.", "Әскерлер Нұр-Сұлтаннен ұшып кетті.", "Нұр-Сұлтаннен", "Нұр-Сұлтаннан"),
    ("The picket at Charing Cross.", "Чаринг-Кросстегі пикет.", "Чаринг-Кросстегі", "Чаринг-Кросстағы"),
])
def test_a_wrong_ending_on_the_last_word_of_a_hyphenated_name_is_fixed_once(
        source: str, target: str, offending: str, suggestion: str) -> None:
    """The fix of the whole name replaces the whole name: F6 gives «Нұр-Сұлтаннан», never
    «Нұр-Нұр-Сұлтаннан»."""
    checker = checker_for_path(REPO / "glossary.tsv")
    [found] = [f for f in checker.check_target_segment("d", 1, source, target, "kk") if f.severity == "error"]
    assert (found.offending, found.suggestion) == (offending, suggestion)
    assert target.replace(found.offending, found.suggestion) == target.replace(offending, suggestion)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of naming or deeming: the name it gives in the instrumental, the one it names in the accusative
    ("One placard called the CSTO 'the new tsar's Holy Alliance'.",
     "На одном плакате ОДКБ называли «Священным союзом нового царя».", None),
    ("The court declared the Socialist Movement of Kazakhstan extremist.",
     "Суд признал Социалистическое движение Казахстана экстремистским.", None),
    ("The court found Roza Tuletaeva guilty.", "Суд признал Розой Тулетаевой виновной.", "Розу Тулетаеву"),
    # celebrating a day: its accusative
    ("Many families refuse to celebrate Independence Day.",
     "Многие семьи отказываются отмечать Днём независимости.", "День независимости"),
    ("Many families refuse to celebrate Independence Day.",
     "Многие семьи отказываются отмечать День независимости.", None),
    # an English possessor after a Russian noun: the genitive, never an accusative only
    ("They saw Moscow's hand in everything.", "Они видели во всём руку Москву.", "Москвы"),
    ("They saw Moscow's hand in everything.", "Они видели во всём руку Москвы.", None),
    # "reaches Europe": where it arrives, в + accusative
    ("Most of the oil reaches Europe through a pipeline.", "Большая часть нефти попадает в Европе по трубопроводу.",
     "Европу"),
    ("Most of the oil reaches Europe through a pipeline.", "Большая часть нефти попадает в Европу по трубопроводу.",
     None),
])
def test_naming_verbs_celebrating_possessors_and_reaching(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "offending", "suggestion"), [
    # the noun a quoted name heads takes the third person's possessive before its case ending
    ("Tengizchevroil's workers struck.", "«Теңізшевройл» компанияның жұмысшылары ереуілге шықты.",
     "«Теңізшевройл» компанияның", "«Теңізшевройл» компаниясының"),
    ("The workers at Kazakhmys struck.", "«Қазақмыс» корпорациядағы жұмысшылар ереуілге шықты.",
     "«Қазақмыс» корпорациядағы", "«Қазақмыс» корпорациясындағы"),
    ("The Left Bloc's lawyers offered help.", "«Левый блок» коалицияның заңгерлері көмек ұсынды.",
     "«Левый блок» коалицияның", "«Левый блок» коалициясының"),
    ("Tengizchevroil's workers struck.", "«Теңізшевройл» компаниясының жұмысшылары ереуілге шықты.", None, None),
    # a place name before a noun that is no head of it: "Kazakhstan became a member of the organisation"
    ("Kazakhstan became a member in 1992.", "Қазақстан ұйымға 1992 жылы мүше болды.", None, None),
])
def test_kazakh_head_of_a_quoted_name_keeps_its_possessive(source: str, target: str, offending: str | None,
                                                           suggestion: str | None) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    found = [(f.offending, f.suggestion) for f in checker.check_target_segment("d", 1, source, target, "kk")
             if f.severity == "error"]
    assert found == ([(offending, suggestion)] if offending else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name right before the noun it names stays bare; the noun takes the case
    ("Workers Power activist Steve McSweney also spoke.",
     "«Жұмысшы билігінің» ұйымының белсендісі Стив Максуини да сөз сөйледі.", "«Жұмысшы билігі»"),
    ("Workers Power activist Steve McSweney also spoke.",
     "«Жұмысшы билігі» ұйымының белсендісі Стив Максуини да сөз сөйледі.", None),
    # (the English owner: the company's own company, a genitive)
    ("Tengizchevroil's subsidiary company was sold.", "«Теңізшевройлдың» компаниясы сатылды.", None),
    # a bare name right before a verb of publishing, where the English has "on": the locative
    ("Footage was posted on Facebook before the internet was cut off.",
     "Бейнежазбалар интернет өшірілгенге дейін Facebook жарияланды.", "Facebook-та"),
    ("Footage was posted on Facebook before the internet was cut off.",
     "Бейнежазбалар интернет өшірілгенге дейін Facebook-та жарияланды.", None),
])
def test_kazakh_quoted_name_before_its_noun_and_bare_place_of_publishing(source: str, target: str,
                                                                        expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "language", "missing"), [
    # the given name and the patronymic name a person formally, the surname left out
    ("— Tokayev, what happened in Almaty?", "— Касым-Жомарт Кемелевич, что произошло в Алматы?", "ru", False),
    ("We asked Tokayev about Almaty.", "Мы спросили Касым-Жомарта Кемелевича об Алматы.", "ru", False),
    ("Nazarbayev said nothing.", "Нурсултан Абишевич промолчал.", "ru", False),
    ("We asked Nazarbayev.", "Біз Нұрсұлтан Әбішұлынан сұрадық.", "kk", False),
    # the given name alone does not
    ("We asked Tokayev about Almaty.", "Мы спросили Касым-Жомарта об Алматы.", "ru", True),
    # nor another person's patronymic
    ("We asked Tokayev about Almaty.", "Мы спросили Нурсултана Абишевича об Алматы.", "ru", True),
])
def test_a_person_named_by_given_name_and_patronymic_is_not_missing(source: str, target: str, language: str,
                                                                      missing: bool) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, language)
    assert any(f.check == "target-missing-name" for f in findings) == missing


@pytest.mark.parametrize(("source", "target", "missing"), [
    # a place's demonym renders it ("Almaty residents": алматинцы)
    ("Almaty residents came out.", "Алматинцы вышли на улицы.", False),
    ("Zhanaozen residents came out.", "Жанаозенцы вышли на улицы.", False),
    ("Muscovites protested in Moscow.", "Москвичи протестовали.", False),
    # not a person's followers, nor a common noun
    ("Tokayev's supporters came out.", "Токаевцы вышли на улицы.", True),
    ("Almaty residents came out.", "Горожане вышли на улицы.", True),
])
def test_a_russian_demonym_renders_its_place(source: str, target: str, missing: bool) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "ru")
    assert any(f.check == "target-missing-name" for f in findings) == missing


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the source names a place by two spellings, the translation by its two forms in another order:
    # each form reads the English of the same standing ("from Astana", not "called Nur-Sultan")
    ("Lawyers from Astana, then still called Nur-Sultan, travelled to Almaty.",
     "Сол кезде әлі Нұр-Сұлтан деп аталған Астанаға келген адвокаттар Алматыға барды.", "Астанадан"),
    ("Lawyers from Astana, then still called Nur-Sultan, travelled to Almaty.",
     "Сол кезде әлі Нұр-Сұлтан деп аталған Астанадан келген адвокаттар Алматыға барды.", None),
])
def test_a_referents_spellings_pair_with_its_forms_of_the_same_standing(source: str, target: str,
                                                                         expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a second spelling of the same place is its second mention: "bore the name Nur-Sultan" is no "to"
    ("The capital was moved from Almaty to Astana; from 2019 the city bore the name Nur-Sultan.",
     "Столица была перенесена из Алматы в Астану; с 2019 года город носил название Нур-Султан.", None),
    # предъявить обвинение: the person charged is a dative
    ("Investigators charged Karim Massimov with high treason.",
     "Следователи предъявили Карима Масимова обвинение в государственной измене.", "Кариму Масимову"),
    ("Investigators charged Karim Massimov with high treason.",
     "Следователи предъявили Кариму Масимову обвинение в государственной измене.", None),
    # a name opening a title in quotes is named, not declined
    ("Tokayev attended the summit of the Central Asia–United States format.",
     "Токаев участвовал в саммите в формате «Центральная Азия — США».", None),
    ("The streets of Almaty were empty.", "Улицы Алма-Ата были пусты.", "Алма-Аты"),
])
def test_second_spellings_charges_and_quoted_titles(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "missing"), [
    # the source's old name licenses the old name's adjective (a name of its own)
    ("Nazarbayev closed the Semipalatinsk nuclear test site.", "Назарбаев закрыл Семипалатинский ядерный полигон.",
     False),
    ("Nazarbayev closed the Semey nuclear test site.", "Назарбаев закрыл Семипалатинский ядерный полигон.", True),
    # English words quoted as they were keep the source's spelling
    ("A protester altered the poster 'Kazakstan a great place to visit'.",
     "Участник акции переделал плакат «Kazakstan a great place to visit».", False),
    ("The poster said Kazakhstan.", "На плакате было написано Kazakhstan.", True),
    # a name inside a longer proper name the translation keeps in Latin letters is carried over
    ("The South China Morning Post reported that Sinopec was watching closely.",
     "South China Morning Post сообщила, что Sinopec внимательно следит за ситуацией.", False),
    ("China was watching closely.", "Пекин внимательно следил за ситуацией.", True),
])
def test_old_names_adjectives_and_quoted_originals_are_no_missing_names(source: str, target: str,
                                                                         missing: bool) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, "ru")
    assert any(f.check == "target-missing-name" for f in findings) == missing


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "X itself": өз- with the possessive, its owner a genitive; a bare өзі is the subject's emphasis
    ("In Almaty itself, the akimat was set on fire.", "Алматы өзінде әкімдік ғимараты өртелді.", "Алматының"),
    ("In Almaty itself, the akimat was set on fire.", "Алматының өзінде әкімдік ғимараты өртелді.", None),
    ("Tokayev himself announced it.", "Тоқаев өзі мұны жариялады.", None),
    # "the Kazakhstani city of Zhanaozen": the kind of place is the name's own noun, no owner of "of"
    ("Demonstrations broke out in the Kazakhstani city of Zhanaozen against a rise in the price of fuel.",
     "Қазақстандық Жаңаөзен қаласында жанармай бағасының өсуіне қарсы шерулер басталды.", None),
])
def test_kazakh_itself_and_the_kind_of_place_after_an_adjective(source: str, target: str,
                                                                expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize("source", [
    "The strike was started by workers in the city of Zhanaozen.",
    "The strike was started by workers in the industrial city of Zhanaozen.",
])
def test_a_russian_settlement_noun_before_its_own_name_is_an_apposition(source: str) -> None:
    """"workers in the (industrial) city of Zhanaozen": the city is the name's own noun, so
    «рабочие (промышленного) города Жанаозен» is an apposition, as «города Жанаозена» is a genitive."""
    _expect_fix(source, "Забастовку начали рабочие города Жанаозен.", None)
    _expect_fix(source, "Забастовку начали рабочие города Жанаозена.", None)


@pytest.mark.parametrize(("target", "expected"), [
    # the verb of giving before an auxiliary of aspect (сатып отыр) still makes the name its recipient
    ("Режим Қытайды барған сайын көбірек мұнай мен газ сатып отыр.", "Қытайға"),
    ("Режим Қытайға барған сайын көбірек мұнай мен газ сатып отыр.", None),
])
def test_kazakh_recipient_before_a_continuous_verb(target: str, expected: str | None) -> None:
    _expect_fix("The regime sells ever more oil and gas to China.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # қайтару, "to return (something)": its object is an accusative
    ("Жаңаөзен жұмысшылары 1993 жылғы Конституцияға қайтаруды талап етті.", "1993 жылғы Конституцияны"),
    ("Жаңаөзен жұмысшылары 1993 жылғы Конституцияны қайтаруды талап етті.", None),
])
def test_kazakh_return_takes_an_accusative_object(target: str, expected: str | None) -> None:
    _expect_fix("The workers of Zhanaozen demanded the return of the 1993 Constitution.", target, expected, "kk")


@pytest.mark.parametrize(("target", "flagged"), [
    # a given name two edits from the glossary's (a letter moved) before the right surname is misspelt
    ("Когда началось восстание, Касым-Жормат Токаев не пробыл у власти и трёх лет.", True),
    ("Когда началось восстание, Касым-Жомарт Токаев не пробыл у власти и трёх лет.", False),
])
def test_a_misspelt_given_name_before_the_surname(target: str, flagged: bool) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Kassym-Jomart Tokayev had been president for less than three years when the uprising began.",
        target, "ru")
    assert [f.suggestion for f in findings if f.check == "target-misspelt-name"] == (["Жомарт"] if flagged else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name whose Russian form keeps its last word in every case: that word declined is wrong
    ("The Government of the Republic of Kazakhstan announced an amnesty.",
     "Правительство Республики Казахстана объявило амнистию.", "Республики Казахстан"),
    ("The Government of the Republic of Kazakhstan announced an amnesty.",
     "Правительство Республики Казахстан объявило амнистию.", None),
    ("The Government of Kazakhstan announced an amnesty.", "Правительство Казахстана объявило амнистию.", None),
])
def test_the_fixed_last_word_of_a_russian_name_is_not_declined(source: str, target: str,
                                                                expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "to the neighbouring Atyrau Region", "to the whole of Mangystau Region": still where it goes, a dative
    ("The strike spread from Mangystau to the neighbouring Atyrau Region.",
     "Ереуіл Маңғыстаудан көрші Атырау облысында тарады.", "Атырау облысына"),
    ("The strike spread from Mangystau to the neighbouring Atyrau Region.",
     "Ереуіл Маңғыстаудан көрші Атырау облысына тарады.", None),
    ("The uprising spread from Zhanaozen to the whole of Mangystau Region.",
     "Көтеріліс Жаңаөзеннен бүкіл Маңғыстау облысы тарады.", "Маңғыстау облысына"),
])
def test_kazakh_direction_past_the_neighbouring_and_the_whole_of(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # after the noun of its kind (группа, партия, газета …), a quoted name is the thing itself: nominative
    ("На пикете зачитали заявление группы «Голоса рабочих Детройта».", "«Голос рабочих Детройта»"),
    ("На пикете зачитали заявление группы «Голос рабочих Детройта».", None),
])
def test_a_quoted_name_after_the_noun_of_its_kind_stays_nominative(target: str, expected: str | None) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    found = [f.suggestion for f in checker.check_target_segment(
        "d", 1, "The statement from Detroit Workers' Voice was read out at the picket.", target, "ru")
        if f.severity == "error"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "reached" a place: в + accusative after a Russian verb of arriving only (not where the translator
    # turned it into where something happened)
    ("By 5 January rallies had reached Petropavlovsk.", "К 5 января митинги прошли уже в Петропавловске.", None),
    ("Most of the oil reaches Europe through a pipeline.", "Большая часть нефти попадает в Европе по трубопроводу.",
     "Европу"),
    # с + genitive where a verb of beginning follows: where it began, whatever the English preposition
    ("It was at Ozenmunaigas, the KazMunayGas subsidiary, that the 2011 strike began.",
     "Именно с «Озенмунайгаза», дочерней компании «КазМунайГаза», началась забастовка 2011 года.", None),
    ("The talks with Tokayev went well.", "Переговоры с Токаева прошли хорошо.", "Токаевым"),
])
def test_reaching_and_beginning_with(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_right_before_reads_the_end_of_a_long_sentence() -> None:
    """right_before patterns search only the text's tail; a long sentence before changes nothing."""
    from workbench.checks.names.english_context import right_before

    into = right_before("into|onto")
    long = "word " * 200
    assert into.search(long + "spilled over into the ") is not None
    assert into.search(long + "spilled over into the whole of the ") is not None
    assert into.search("into the " + long) is None


@pytest.mark.parametrize(("target", "flagged"), [
    # adjectives sharing one plural head: a hyphenated adjective is one word too
    ("Забастовки перекинулись в Актюбинскую, Кызылординскую и Западно-Казахстанскую области.", False),
    ("Бастовали рабочие Западно-Казахстанскую области.", True),
])
def test_a_hyphenated_adjective_shares_a_plural_head(target: str, flagged: bool) -> None:
    findings = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "The strikes spread to Aktobe, Kyzylorda and West Kazakhstan regions.", target, "ru")
    assert any(f.check == "target-wrong-inflection" and "Западно" in (f.offending or "") for f in findings) == flagged


@pytest.mark.parametrize(("target", "expected"), [
    # the case said twice, on the name and on өз-: the name owns өз-, a genitive
    ("Әрқашан тыныш жүретін Семейде өзінде мыңдаған адам алаңға шықты.", "Семейдің"),
    ("Әрқашан тыныш жүретін Семейдің өзінде мыңдаған адам алаңға шықты.", None),
])
def test_kazakh_case_said_twice_before_own_self(target: str, expected: str | None) -> None:
    _expect_fix("Even in Semey, where people are always quiet, thousands came to the square.", target, expected, "kk")


def test_kazakh_another_case_on_own_self_is_the_subjects() -> None:
    _expect_fix("He bought himself a flat in Almaty.", "Ол Алматыда өзіне пәтер сатып алды.", None, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a name and a noun joined by және share one case; quotes around the noun change nothing
    ("Жұмысшыларды атқанға қол соққаны үшін Зюгановты және оның «коммунистеріне» ұят!", "Зюгановқа"),
    ("Жұмысшыларды атқанға қол соққаны үшін Зюгановқа және оның «коммунистеріне» ұят!", None),
])
def test_kazakh_pair_with_a_quoted_noun(target: str, expected: str | None) -> None:
    _expect_fix("Shame on Zyuganov and his 'communists' for applauding the shooting of workers!", target, expected, "kk")


def test_a_later_mention_misspelt_when_the_name_is_rendered_once() -> None:
    # the source names Zhanaozen twice; the translation renders it once right and once misspelt
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "Zhanaozen, 2 January – Residents of Zhanaozen took to the streets."
    found = checker.check_target_segment("d", 1, source, "Жаңаөзен, 2 қаңтар – Жанаөзен тұрғындары көшеге шықты.",
                                         "kk")
    assert [(f.check, f.offending, f.suggestion) for f in found] == [
        ("target-misspelt-name", "Жанаөзен", "Жаңаөзен")], found
    # (the second mention left out or said with a pronoun: nothing near the name to call misspelt)
    assert checker.check_target_segment("d", 1, source, "Жаңаөзен, 2 қаңтар – Қала тұрғындары көшеге шықты.",
                                        "kk") == []


@pytest.mark.parametrize(("source", "target", "language", "found"), [
    # a letter doubled where the name meets its ending: a misspelling with the form it slipped from
    ("Protests began in Kazakhstan.", "В Казахстанне начались протесты.", "ru",
     [("target-misspelt-name", "Казахстанне", "Казахстане")]),
    ("He was taken to Taldykorgan.", "Ол Талдықорғаннға жеткізілді.", "kk",
     [("target-misspelt-name", "Талдықорғаннға", "Талдықорғанға")]),
    # (a double the ending makes is a form: nothing to say)
    ("Kazakhstan's people.", "Қазақстанның халқы.", "kk", []),
    # (a derivation of the name with no double slipped in is no misspelling: the adjective is a word of its own)
    ("Protests began in Kazakhstan.", "Начались казахстанские протесты.", "ru", []),
    # a Kazakh place's short form, then its full form's common word one letter off
    ("Workers joined the strikers of Mangystau Region.", "Жұмысшылар Маңғыстау облсының ереуілшілеріне қосылды.",
     "kk", [("target-misspelt-name", "облсының", "облысының")]),
    # (a different word after the short form, two letters and more from the full form's, is a word of its own)
    ("Workers joined the strikers of Mangystau Region.", "Жұмысшылар Маңғыстау облыстық ереуілшілеріне қосылды.",
     "kk", []),
    ("Workers joined the strikers of Mangystau Region.", "Жұмысшылар Маңғыстау облсы ереуілшілеріне қосылды.",
     "kk", [("target-misspelt-name", "облсы", "облысы")]),
])
def test_a_slipped_letter_in_a_name_is_misspelt(source: str, target: str, language: str,
                                                found: list[tuple[str, str, str | None]]) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    findings = checker.check_target_segment("d", 1, source, target, language)
    assert [(f.check, f.offending, f.suggestion) for f in findings if f.check == "target-misspelt-name"] == found, \
        findings


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a man's surname (the glossary's -ов) with the woman's -а, bare or before a case ending, in Kazakh
    ("Ainur Kurmanov has lived in exile for years.", "Айнұр Құрманова көп жылдан бері қуғында жүр.", "Құрманов"),
    ("My husband talked to Ainur Kurmanov for an hour.", "Күйеуім Айнұр Құрмановамен бір сағат сөйлесті.",
     "Құрмановпен"),
    ("They wrote to Kurmanov.", "Олар Құрмановаға хат жазды.", "Құрмановқа"),
    ("My husband talked to Ainur Kurmanov for an hour.", "Күйеуім Айнұр Құрмановпен бір сағат сөйлесті.", None),
    # (a woman's surname is hers: Roza Tuletaeva)
    ("Roza Tuletaeva was jailed.", "Роза Төлетаева түрмеге жабылды.", None),
    ("They wrote to Roza Tuletaeva.", "Олар Роза Төлетаеваға хат жазды.", None),
])
def test_a_kazakh_man_s_surname_made_a_woman_s(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place after "in" in the genitive that owns nothing after it: the locative is meant
    ("Protesters in Aktau demanded that all officials resign.",
     "Ақтаудың наразылық білдірушілер барлық шенеуніктердің отставкаға кетуін талап етті.", "Ақтауда"),
    ("Protesters in Aktau demanded that all officials resign.",
     "Ақтаудағы наразылық білдірушілер барлық шенеуніктердің отставкаға кетуін талап етті.", None),
    # ... not a genitive that owns what follows, alone or with the others of a list that share it
    ("Workers in Atyrau Region and Aktobe Region demanded a pay rise.",
     "Атырау облысының және Ақтөбе облысының жұмысшылары жалақыны көтеруді талап етті.", None),
    ("Oil workers in Aktobe Region and the neighbouring West Kazakhstan Region joined them.",
     "Оларға Ақтөбе облысының және көршілес Батыс Қазақстан облысының мұнайшылары қосылды.", None),
    # ... a noun made with -ыш from a verb is owned as any noun («Мәскеудің … қорқынышы», the fear in Moscow)
    ("Same fear in Moscow of a regime falling next door.",
     "Мәскеудің көрші елде режим құлап қала ма деген қорқынышы сол баяғы.", None),
])
def test_a_kazakh_genitive_for_in_that_owns_nothing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive subject owns nothing: «оның» owns the noun after it, «жоғары» ("highly") is no possessed noun
    ("On 7 January, Xi Jinping sent Tokayev a message praising his 'decisive measures'.",
     "7 қаңтарда Си Цзиньпиннің Тоқаевқа оның «батыл шараларын» жоғары бағалаған хат жолдады.", "Си Цзиньпин"),
    ("On 7 January, Xi Jinping sent Tokayev a message praising his 'decisive measures'.",
     "7 қаңтарда Си Цзиньпин Тоқаевқа оның «батыл шараларын» жоғары бағалаған хат жолдады.", None),
])
def test_kazakh_pronoun_genitives_and_adverbs_that_look_possessed(source: str, target: str,
                                                                  expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the <noun> in <place>" as a verb's object: the place is the noun's attribute in -дағы, not the locative
    ("Speaking in Ireland, Paul Murphy praised the oil workers in Zhanaozen.",
     "Ирландияда сөйлеген Пол Мерфи Жаңаөзенде мұнайшыларды мақтады.", "Жаңаөзендегі"),
    ("Putin called the events in Kazakhstan a colour revolution.",
     "Путин Қазақстанда оқиғаларды түрлі-түсті революция деп атады.", "Қазақстандағы"),
    ("Speaking in Ireland, Paul Murphy praised the oil workers in Zhanaozen.",
     "Ирландияда сөйлеген Пол Мерфи Жаңаөзендегі мұнайшыларды мақтады.", None),
    # (only after a verb said of them from elsewhere: "shot the oil workers in Zhanaozen", "would restrict the
    # rights in Britain" happen there)
    ("McDonnell warned that the Bill would restrict the very same rights in Britain.",
     "Макдоннелл заң жобасы Ұлыбританияда дәл осындай құқықтарды шектейтінін ескертті.", None),
    ("On Independence Day 2011 they shot the oil workers in Zhanaozen.",
     "2011 жылы Тәуелсіздік күнінде Жаңаөзенде мұнайшыларды атып тастады.", None),
    # a place between a genitive and the noun it owns, where the English puts an owner's noun before "in"
    ("Russia's influence in Central Asia has never looked stronger.",
     "Ресейдің Орталық Азияда ықпалы ешқашан мұншалықты күшті көрінбеген.", "Орталық Азиядағы"),
    ("Russia's influence in Central Asia has never looked stronger.",
     "Ресейдің Орталық Азиядағы ықпалы ешқашан мұншалықты күшті көрінбеген.", None),
    # (not where the English has or does something there: the locative is the clause's)
    ("Companies such as CNPC and Sinopec have large assets in Kazakhstan.",
     "CNPC және Sinopec сияқты компаниялардың Қазақстанда ірі активтері бар.", None),
    # (a possessed plural object too: «ереуіл комитеттерін», "the strike committees")
    ("Ainur Kurmanov compared the strike committees in Zhanaozen to workers' councils.",
     "Айнұр Құрманов Жаңаөзенде ереуіл комитеттерін жұмысшы кеңестеріне теңеді.", "Жаңаөзендегі"),
    ("Ainur Kurmanov compared the strike committees in Zhanaozen to workers' councils.",
     "Айнұр Құрманов Жаңаөзендегі ереуіл комитеттерін жұмысшы кеңестеріне теңеді.", None),
    # ... or a genitive before a bare plural that ends the noun phrase («Ақтаудың наразылық білдірушілер»)
    ("Protesters in Aktau demanded that the gas price be brought back down.",
     "Ақтаудың наразылық білдірушілер газ бағасын қайта түсіруді талап етті.", "Ақтаудағы"),
    ("Protesters in Aktau demanded that the gas price be brought back down.",
     "Ақтаудағы наразылық білдірушілер газ бағасын қайта түсіруді талап етті.", None),
    # (a name or a postposition after the bare plural is nothing it heads)
    ("The rallies in Uralsk were smaller than those in Aktobe.",
     "Оралдың митингілер Ақтөбедегі митингілерден шағын болды.", "Оралдағы"),
    ("The report on the events in Taldykorgan must be heard.", "Талдықорғанның оқиғалар туралы баяндама тыңдалуы тиіс.",
     "Талдықорғандағы"),
    ("The report on the events in Taldykorgan must be heard.", "Талдықорғандағы оқиғалар туралы баяндама тыңдалуы тиіс.",
     None),
    # (a genitive before the possessed head of a longer compound owns it: «Қазақстанның мұнай кен орындары»)
    ("Chevron holds stakes in Kazakhstan oil fields.",
     "Chevron-ның Қазақстанның мұнай кен орындарындағы үлесі бар.", None),
    # (not a participle's own place: «Алматыда ұсталғандарды», those detained in Almaty)
    ("Lawyers visited the detainees in Almaty.", "Адвокаттар Алматыда ұсталғандарды барып көрді.", None),
])
def test_a_kazakh_place_that_says_which_ones_is_an_attribute(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_kazakh_name_made_a_predicate_with_a_personal_ending_is_present() -> None:
    # "I am in Nur-Sultan": «Нұр-Сұлтандамын», the locative and -мын ("I am")
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "'I am a pensioner, I am in Nur-Sultan, on a well-deserved rest.'"
    target = "«Мен зейнеткермін, Нұр-Сұлтандамын, лайықты демалыстамын»."
    assert [f.check for f in checker.check_target_segment("d", 1, source, target, "kk")] == []
    # (another word with the ending renders nothing)
    target = "«Мен зейнеткермін, елордадамын, лайықты демалыстамын»."
    assert [f.check for f in checker.check_target_segment("d", 1, source, target, "kk")] == ["target-missing-name"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the one spoken to, met or negotiated with: the instrumental partner of сөйлесу, кездесу, келісу
    ("We spoke to Ainur Kurmanov about the arrests.", "Біз Айнұр Құрмановты қамауға алулар туралы сөйлестік.",
     "Айнұр Құрмановпен"),
    ("When Biden spoke to Tokayev by phone, were labour rights mentioned?",
     "Байден Тоқаевқа телефон арқылы сөйлескенде еңбек құқықтары туралы сөз болды ма?", "Тоқаевпен"),
    ("We spoke to Ainur Kurmanov about the arrests.", "Біз Айнұр Құрмановпен қамауға алулар туралы сөйлестік.",
     None),
    # (not a name that modifies the one met)
    ("He met the Zhanaozen strikers in 2011.", "Ол 2011 жылы Жаңаөзен ереуілшілерімен кездесті.", None),
])
def test_a_kazakh_partner_of_talking_or_meeting_is_instrumental(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "a counterweight to NATO": қарсы takes the dative
    ("The CSTO was created as a counterweight to NATO.", "ҰҚШҰ НАТО-ның қарсы салмақ ретінде құрылды.", "НАТО-ға"),
    ("The CSTO was created as a counterweight to NATO.", "ҰҚШҰ НАТО-ға қарсы салмақ ретінде құрылды.", None),
])
def test_a_kazakh_counterweight_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative with nothing to govern it: the clause ends with a compound whose object is a dative
    ("Chinese companies have invested billions of dollars in Kazakhstan.",
     "Қытай компаниялары Қазақстанды миллиардтаған доллар инвестиция салды.", "Қазақстанға"),
    ("The protesters pinned no hopes on the European Union either.",
     "Наразылық білдірушілер Еуропалық Одақты да ешқандай үміт артпады.", "Еуропалық Одаққа"),
    ("The government made no direct accusation against the United States.",
     "Үкімет АҚШ-ты тікелей айып таққан жоқ.", "АҚШ-қа"),
    ("Chinese companies have invested billions of dollars in Kazakhstan.",
     "Қытай компаниялары Қазақстанға миллиардтаған доллар инвестиция салды.", None),
    # (not where a participle between may take it; not the one who signs, "signed by")
    ("He thanked those who had criticised Nazarbayev.", "Ол Назарбаевты сынағандарға алғыс айтты.", None),
    ("The appeal was signed by the Russian Socialist Movement.",
     "Үндеуге Ресей социалистік қозғалысы қол қойды.", None),
])
def test_a_kazakh_accusative_before_a_dative_compound_ending_its_clause(source: str, target: str,
                                                                       expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a date right before a name is no noun it depends on
    ("Questions are asked about Tony Blair's paid advisory work for Nazarbayev after 2011.",
     "Звучат вопросы о том, что после 2011 года Тони Блэр за вознаграждение консультировал Назарбаева.", None),
    ("Questions are asked about the advisory work of Tony Blair.",
     "Звучат вопросы о консультациях Тони Блэр.", "Тони Блэра"),
    # an English owner is no destination: «направление в Центральной Азии»
    ("Kazakhstan entered 2022 as Central Asia's most attractive destination for investment.",
     "Казахстан вступил в 2022 год как самое привлекательное для инвестиций направление в Центральной Азии.",
     None),
    # two names joined by a dash are a label in the nominative
    ("Operators on the China–Europe corridor rerouted some containers via Russia.",
     "Операторы на маршруте Китай — Европа перенаправили часть контейнеров через Россию.", None),
    # ", and" after the second of two names closes an aside: the two are no pair
    ("Petropavlovsk, on the border with Russia, and Ust-Kamenogorsk in the east were largely spared.",
     "Петропавловск на границе с Россией и Усть-Каменогорск на востоке страны практически не пострадали.", None),
    ("Tokayev met with Putin and Lukashenko.", "Токаев встретился с Путиным и Лукашенко.", None),
    ("Tokayev spoke with Putin and Xi Jinping.", "Токаев говорил с Путиным и Си Цзиньпин.", "Си Цзиньпином"),
])
def test_russian_dates_owners_labels_and_asides_are_read_as_such(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


def test_a_kazakh_pair_of_names_joined_by_a_dash_is_a_label() -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "Trade on the China–Europe corridor fell."
    assert checker.check_target_segment("d", 1, source, "Қытай — Еуропа дәлізіндегі сауда азайды.", "kk") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a possessed noun between the name and the verbal noun is that verb's subject: the name says where
    ("Green argues that the Soviet Union developed a state-capitalist system under Stalin.",
     "Грин Кеңес Одағында Сталин тұсында мемлекеттік капитализм жүйесі қалыптасқанын алға тартады.", None),
    # (nor a place's locative before a bare noun that is the clause's subject: "that Almaty Region was calm")
    ("The akim said that Almaty Region was calm.", "Әкім Алматы облысында тыныштық орнағанын айтты.", None),
    ("Rumours spread that Nazarbayev had left the country.",
     "Назарбаевқа елден кеткені туралы қауесет тарады.", "Назарбаевтың"),
    # the reflexive өз- after a genitive in a list carries the list's case («Ресейдің өзімен»)
    ("The left has to discuss solidarity with Kazakhstan, with Eastern Europe and with Russia itself.",
     "Солшылдар Қазақстанмен, Шығыс Еуропамен және Ресейдің өзімен ынтымақтастықты талқылауы керек.", None),
    # another name after the one a message is from is no noun it owns
    ("Ford read messages from Marko Bojcun and from the Ukrainian Socialist League.",
     "Форд Марко Бойцуннан және Украина социалистік лигасынан келген хаттарды оқып берді.", None),
])
def test_kazakh_subjects_reflexives_and_names_after_a_name_are_read_as_such(source: str, target: str,
                                                                            expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # fearing takes the ablative right before the verb too
    ("Were people afraid of the CSTO?", "Жұрт ҰҚШҰ-ны қорықты ма?", "ҰҚШҰ-дан"),
    ("Were people afraid of the CSTO?", "Жұрт ҰҚШҰ-дан қорықты ма?", None),
    # what is reached is a dative: not a locative or an ablative before a form of жету
    ("For several days foreign journalists were unable to reach Zhanaozen.",
     "Бірнеше күн бойы шетелдік журналистер Жаңаөзенде жете алмады.", "Жаңаөзенге"),
    ("For several days foreign journalists were unable to reach Zhanaozen.",
     "Бірнеше күн бойы шетелдік журналистер Жаңаөзенге жете алмады.", None),
    # where one goes: past a question particle, and a body too («елшілігіне барды»)
    ("Did you ever go to Astana to complain?", "Шағымдану үшін Астана барып көрдіңіз бе?", "Астанаға"),
    ("Did you ever go to Astana to complain?", "Шағымдану үшін Астанаға барып көрдіңіз бе?", None),
    ("Protesters then marched to the Embassy of Kazakhstan in London.",
     "Содан кейін наразылық білдірушілер шеру тартып, Лондондағы Қазақстан елшілігінде барды.",
     "Қазақстан елшілігіне"),
    ("Protesters then marched to the Embassy of Kazakhstan in London.",
     "Содан кейін наразылық білдірушілер шеру тартып, Лондондағы Қазақстан елшілігіне барды.", None),
])
def test_kazakh_fearing_reaching_and_going_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the government of": a body, not an action, so its owner is no object («Қырғызстанды үкіметі»)
    ("The government of Kyrgyzstan approved the dispatch of a small contingent.",
     "Қырғызстанды үкіметі шағын контингент жіберуді мақұлдады.", "Қырғызстанның"),
    ("The government of Kyrgyzstan approved the dispatch of a small contingent.",
     "Қырғызстан үкіметі шағын контингент жіберуді мақұлдады.", None),
    # another dative before the giving participle is its recipient: the first name owns the noun (хаты:
    # -ты after a vowel is the stem's т and the possessive)
    ("Xi Jinping's message to Tokayev was published on 7 January.",
     "Си Цзиньпинге Тоқаевқа жолдаған хаты 7 қаңтарда жарияланды.", "Си Цзиньпиннің"),
    ("Xi Jinping's message to Tokayev was published on 7 January.",
     "Си Цзиньпиннің Тоқаевқа жолдаған хаты 7 қаңтарда жарияланды.", None),
    # "to" and another accusative object in the clause: the name is the dative
    ("Protesters elected several elders to the Council of Aksakals.",
     "Наразылық білдірушілер Ақсақалдар кеңесін бірнеше қарияны сайлады.", "Ақсақалдар кеңесіне"),
    ("Protesters elected several elders to the Council of Aksakals.",
     "Наразылық білдірушілер Ақсақалдар кеңесіне бірнеше қарияны сайлады.", None),
    # allowing and banning (рұқсат беру, тыйым салу): the one allowed is a dative, past the verbal noun of what
    ("The authorities never allowed the Socialist Movement of Kazakhstan to register.",
     "Билік Қазақстан социалистік қозғалысын тіркелуге ешқашан рұқсат бермеді.", "Қазақстан социалистік қозғалысына"),
    ("The authorities never allowed the Socialist Movement of Kazakhstan to register.",
     "Билік Қазақстан социалистік қозғалысына тіркелуге ешқашан рұқсат бермеді.", None),
    # (not where the English makes the name the object of what is allowed: «Тоқаевты босатуға рұқсат берді»)
    ("The court allowed the dismissal of Tokayev.", "Сот Тоқаевты босатуға рұқсат берді.", None),
    # an accusative between a genitive and the noun it owns is that noun's complement, in the preposition's case
    ("Members are concerned about Russia's influence over Kazakhstan.",
     "Депутаттарды Ресейдің Қазақстанды ықпалы алаңдатады.", "Қазақстанға"),
    ("Members are concerned about Russia's influence over Kazakhstan.",
     "Депутаттарды Ресейдің Қазақстанға ықпалы алаңдатады.", None),
    # (not before a verbal noun with the possessive, whose object it may be)
    ("Russia's backing of Kazakhstan was open.", "Ресейдің Қазақстанды қолдауы ашық болды.", None),
    # ... or before it, a word's or another name's accusative, with no verb form between
    ("We put these questions to Ainur Kurmanov.", "Бұл сұрақтарды Айнұр Құрмановты қойдық.", "Айнұр Құрмановқа"),
    ("We did not sell Kashagan to ExxonMobil.", "Біз Қашағанды ExxonMobil-ді сатқан жоқпыз.", "ExxonMobil-ге"),
    ("We did not sell Kashagan to ExxonMobil.", "Біз Қашағанды ExxonMobil-ге сатқан жоқпыз.", None),
    # (not where a verb form between takes the first object: the sentence is «хатты» read, Kurmanov introduced)
    ("Having read the letter, they introduced Ainur Kurmanov to the press.",
     "Хатты оқығаннан кейін олар Айнұр Құрмановты баспасөзге таныстырды.", None),
    # compounds whose object is a dative: кінә тағу (accusing), есік ашу (opening up to)
    ("Protesters accused Tokayev of ignoring their demands.",
     "Наразылық білдірушілер Тоқаевты олардың талаптарын елемеді деп кінә тақты.", "Тоқаевқа"),
    ("He opened up to the US and Europe.", "Ол АҚШ пен Еуропаны есік ашты.", "Еуропаға"),
    # a bare verb after an auxiliary and a subject in small letters ("did the oil workers trust")
    ("Why did the oil workers trust the Council of Aksakals more than the akim?",
     "Неге мұнайшылар әкімнен гөрі Ақсақалдар кеңесін көбірек сенді?", "Ақсақалдар кеңесіне"),
])
def test_kazakh_owners_recipients_and_second_objects(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the last of an English list takes the "from" before the first
    ("The authorities claimed that some of the terrorists had arrived from Turkey and Syria.",
     "Билік кейбір «террористер» Түркия мен Сирияда келді деп мәлімдеді.", "Сириядан"),
    ("The authorities claimed that some of the terrorists had arrived from Turkey and Syria.",
     "Билік кейбір «террористер» Түркия мен Сириядан келді деп мәлімдеді.", None),
    # "lives in exile in Moscow": the noun "exile" is no verb of sending; where one lives is a locative
    ("Ainur Kurmanov now lives in exile in Moscow.", "Айнұр Құрманов қазір Мәскеуге эмиграцияда тұрады.",
     "Мәскеуде"),
    ("Ainur Kurmanov now lives in exile in Moscow.", "Айнұр Құрманов қазір Мәскеуде эмиграцияда тұрады.", None),
    # the subject of an English passive is the object of the Kazakh active verb
    ("The Security Council is now chaired by Tokayev.", "Қауіпсіздік кеңесіне енді Тоқаев басқарады.",
     "Қауіпсіздік кеңесін"),
    ("The Security Council is now chaired by Tokayev.", "Қауіпсіздік кеңесін енді Тоқаев басқарады.", None),
    ("The Security Council is now chaired by Tokayev.", "Қауіпсіздік кеңесі енді Тоқаев тарапынан басқарылады.",
     None),
])
def test_kazakh_lists_from_exile_and_passive_subjects(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # asking is read past the жоқ of the negative past
    ("Kazakhstan has not asked the UN to send observers.", "Қазақстан БҰҰ-ны бақылаушылар жіберуді сұраған жоқ.",
     "БҰҰ-дан"),
    ("Kazakhstan has not asked the UN to send observers.", "Қазақстан БҰҰ-дан бақылаушылар жіберуді сұраған жоқ.",
     None),
    # "after the USSR collapsed": a subject after "after"; кейін ("after") is no possessed noun
    ("Nazarbayev was one of the few leaders who stayed in power after the USSR collapsed.",
     "Назарбаев КСРО-ның ыдырағаннан кейін де билікте қалған санаулы басшылардың бірі болды.", "КСРО"),
    ("Nazarbayev was one of the few leaders who stayed in power after the USSR collapsed.",
     "Назарбаев КСРО ыдырағаннан кейін де билікте қалған санаулы басшылардың бірі болды.", None),
    # handing over (табыс ету) is a verb of giving
    ("Activists handed John McDonnell a letter for the Foreign Office.",
     "Белсенділер Джон Макдоннеллді Сыртқы істер министрлігіне арналған хат табыс етті.", "Джон Макдоннеллге"),
    # an agent noun (қарақшы) is no possessed noun a genitive could own
    ("Tokayev claimed that 20,000 bandits had attacked Almaty.",
     "Тоқаев Алматының 20 мың «қарақшы» шабуыл жасады деп мәлімдеді.", "Алматыға"),
    ("Tokayev claimed that 20,000 bandits had attacked Almaty.",
     "Тоқаев Алматыға 20 мың «қарақшы» шабуыл жасады деп мәлімдеді.", None),
])
def test_kazakh_asking_subjects_after_after_handing_and_agent_nouns(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_surname_alone_names_its_person_where_the_glossary_admits_it_alone() -> None:
    # "Green" after "Joseph Green": the glossary admits Грин alone, so the English surname names him too
    checker = checker_for_path(REPO / "glossary.tsv")
    assert [ref for _, ref in checker.source_referents("Then Green wrote that.")] == ["Green"]
    found = checker.check_target_segment("d", 1, "Then Green wrote that.", "Содан кейін Гринның жазуынша.", "kk")
    assert [(f.offending, f.suggestion) for f in found] == [("Гринның", "Гриннің")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive subject of a verb whose subject undergoes ("received") owns nothing either
    ("Boris Johnson received the foreign minister of Kazakhstan in London in November 2021.",
     "2021 жылғы қарашада Борис Джонсонның Лондонда Қазақстанның сыртқы істер министрін қабылдады.", "Борис Джонсон"),
    ("Boris Johnson received the foreign minister of Kazakhstan in London in November 2021.",
     "2021 жылғы қарашада Борис Джонсон Лондонда Қазақстанның сыртқы істер министрін қабылдады.", None),
])
def test_a_kazakh_genitive_subject_of_an_undergoing_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative owns nothing: before a possessed noun of four letters («ісін»), or right before the
    # noun the English name stands before ("the CSTO summit")
    ("The court heard Massimov's case behind closed doors.", "Сот Мәсімовті ісін жабық есік жағдайында қарады.",
     "Мәсімовтің"),
    ("Tokayev spoke at the CSTO summit.", "Тоқаев ҰҚШҰ-ны саммитінде сөйледі.", "ҰҚШҰ-ның"),
    ("Tokayev spoke at the CSTO summit.", "Тоқаев ҰҚШҰ саммитінде сөйледі.", None),
    # (not a participle whose object it is, nor a pronoun or кісі, "person")
    ("Eni and TotalEnergies, both partners in the Kashagan consortium, issued brief statements.",
     "Қашаған кен орнын игеретін консорциумға кіретін Eni мен TotalEnergies қысқа мәлімдемелер жасады.", None),
    ("Everyone supported Tokayev's decision.", "Тоқаевтың шешімін бәрі қолдады.", None),
    ("Paul Mason criticised Westminster for its silence about the killings.",
     "Пол Мейсон Вестминстерді кісі өлтірулер туралы үнсіздігі үшін сынады.", None),
])
def test_a_kazakh_accusative_owns_nothing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a locative right before a verb of going somewhere oneself is where one goes, a dative
    ("Paul Murphy had visited Zhanaozen ten years before the uprising.",
     "Пол Мерфи көтерілістен он жыл бұрын Жаңаөзенде барған.", "Жаңаөзенге"),
    ("On 5 January thousands of people from the surrounding villages poured into Almaty.",
     "5 қаңтарда маңайдағы ауылдардан мыңдаған адам Алматыда ағылды.", "Алматыға"),
    ("The United States expressed concern about the arrival of CSTO troops in Kazakhstan.",
     "АҚШ ҰҚШҰ әскерлерінің Қазақстанда келуіне алаңдаушылық білдірді.", "Қазақстанға"),
    ("Paul Murphy had visited Zhanaozen ten years before the uprising.",
     "Пол Мерфи көтерілістен он жыл бұрын Жаңаөзенге барған.", None),
    # ... and an accusative: a verb of going takes no object
    ("The Head of State visited Almaty on 13 January.", "Мемлекет басшысы 13 қаңтарда Алматыны барып, жұртпен кездесті.",
     "Алматыға"),
    # (not where the English says "in": where it all happens)
    ("In Almaty, thousands came out onto the streets.", "Алматыда мыңдаған адам көшеге шықты.", None),
])
def test_a_kazakh_locative_before_a_verb_of_going(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun of naming before a Russian name: the name is what it is called, in the nominative
    ("Tokayev gave the capital back its name of Astana.", "Токаев вернул столице название Астана.", None),
    # (not for an English owner: "Tony Blair's name")
    ("Why does Tony Blair's name come up so often?", "Почему имя Тони Блэр так часто всплывает?", "Тони Блэра"),
])
def test_a_russian_name_after_a_noun_of_naming(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # across a numeral in words and a noun of office ending in a vowel (төраға), only a genitive possesses
    ("The tenth anniversary of the Zhanaozen massacre fell on 16 December 2021.",
     "Жаңаөзен қырғынына он жылдығы 2021 жылғы 16 желтоқсанға тура келді.", "Жаңаөзен қырғынының"),
    ("The former deputy chairman of the National Security Committee was also arrested.",
     "Ұлттық қауіпсіздік комитетіне бұрынғы төраға орынбасары да қамауға алынды.",
     "Ұлттық қауіпсіздік комитетінің"),
    ("The former deputy chairman of the National Security Committee was also arrested.",
     "Ұлттық қауіпсіздік комитетінің бұрынғы төраға орынбасары да қамауға алынды.", None),
])
def test_a_kazakh_owner_across_numerals_and_offices(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a possessed noun ending a clause closed by a dash is a noun the name may own
    ("Tokayev's own word for the protesters, remember, was 'terrorists'.",
     "Есіңізде болсын, Тоқаевқа наразыларға берген атауы — «террористер».", "Тоқаевтың"),
    ("Tokayev's own word for the protesters, remember, was 'terrorists'.",
     "Есіңізде болсын, Тоқаевтың наразыларға берген атауы — «террористер».", None),
    # a particle between a locative and a verb of going («Алматыда да келді»)
    ("Troops also landed in Almaty.", "Әскерлер Алматыда да келді.", "Алматыға"),
    # the English double object with a subject before the bare name: the one it is sent to
    ("We have sent ExxonMobil a letter asking it to keep all local staff on the payroll.",
     "Біз ExxonMobil барлық жергілікті қызметкерлерді жұмыста сақтап қалуды сұрап хат жібердік.", "ExxonMobil-ге"),
    ("We have sent ExxonMobil a letter asking it to keep all local staff on the payroll.",
     "Біз ExxonMobil-ге барлық жергілікті қызметкерлерді жұмыста сақтап қалуды сұрап хат жібердік.", None),
    # (not where a noun after the name is the recipient: «ExxonMobil басшыларына хат жібердік»)
    ("We have sent ExxonMobil a letter.", "Біз ExxonMobil басшыларына хат жібердік.", None),
    # an accusative with a verbal noun a few words after it is that verb's object, not the clause's
    ("Has the ministry invited Paul Murphy to Kazakhstan so that he could see the situation for himself?",
     "Министрлік Пол Мерфиге жағдайды өз көзімен көруі үшін Қазақстанға шақырды ма?", "Пол Мерфиді"),
    ("Has the ministry invited Paul Murphy to Kazakhstan so that he could see the situation for himself?",
     "Министрлік Пол Мерфиді жағдайды өз көзімен көруі үшін Қазақстанға шақырды ма?", None),
])
def test_kazakh_clause_ends_particles_double_objects_and_far_objects(source: str, target: str,
                                                                    expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative inside a reported clause that деп closes is that clause's, not the main verb's object
    ("The court accused Roza Tuletaeva of leading the strike.",
     "Сот Роза Төлетаеваға ереуілді басқарды деп айыптады.", "Роза Төлетаеваны"),
    ("The court accused Roza Tuletaeva of leading the strike.",
     "Сот Роза Төлетаеваны ереуілді басқарды деп айыптады.", None),
    # calling someone something: деп атау takes the accusative
    ("Some foreign outlets call Ainur Kurmanov the leader of our workers.",
     "Кейбір шетелдік басылымдар Айнұр Құрмановқа жұмысшыларымыздың көшбасшысы деп атайды.", "Айнұр Құрмановты"),
    # (a participle after a determiner is an adjective, "the banned Socialist Movement": no verb acts on it)
    ("Kurmanov, co-chair of the banned Socialist Movement of Kazakhstan, called the trials 'a show'.",
     "Тыйым салынған Қазақстан социалистік қозғалысының тең төрағасы Құрманов бұл соттарды «қойылым» деп атады.",
     None),
    # (an English passive's subject only where the name opens its clause)
    ("Those who demanded a return to the 1993 Constitution were branded extremists.",
     "1993 жылғы Конституцияға оралуды талап еткендерді прокурор экстремистер деп атады.", None),
])
def test_kazakh_reported_clauses_and_calling(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun in -іл in the accusative (ереуілді, "the strike") is no passive verb
    ("The court accused Roza Tuletaeva of leading the strike.",
     "Сот Роза Төлетаеваны ереуілді басқарды деп айыптады.", None),
    # a reported clause closed by деген has verbs of its own, which do not govern the name
    ("In 2012 the prosecutor accused Roza Tuletaeva of organising the strike.",
     "2012 жылы прокурор Роза Төлетаеваны ереуілді ұйымдастырды деген айып тақты.", "Роза Төлетаеваға"),
    ("In 2012 the prosecutor accused Roza Tuletaeva of organising the strike.",
     "2012 жылы прокурор Роза Төлетаеваға ереуілді ұйымдастырды деген айып тақты.", None),
])
def test_kazakh_strikes_are_no_passives_and_reported_clauses_govern_nothing_outside(source: str, target: str,
                                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "elected a Council of Aksakals": the indefinite article between an English verb and its object
    ("In Zhanaozen the strikers elected a Council of Aksakals to negotiate with the authorities.",
     "Жаңаөзенде ереуілшілер билікпен келіссөз жүргізу үшін Ақсақалдар кеңесіне сайлады.", "Ақсақалдар кеңесін"),
    ("In Zhanaozen the strikers elected a Council of Aksakals to negotiate with the authorities.",
     "Жаңаөзенде ереуілшілер билікпен келіссөз жүргізу үшін Ақсақалдар кеңесін сайлады.", None),
])
def test_an_english_object_after_an_indefinite_article(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # strengthening, weakening, celebrating … take an accusative object wherever it stands; a verbal noun
    # of one with a case ending governs as the verb does
    ("Many analysts believe that the crisis strengthened Tokayev rather than weakening him.",
     "Көптеген сарапшылардың пікірінше, дағдарыс Тоқаевқа әлсіреткен жоқ, керісінше, күшейтті.", "Тоқаевты"),
    ("The shooting happened as the town was preparing to celebrate Independence Day.",
     "Атыс қала Тәуелсіздік күніне тойлауға дайындалып жатқан кезде болды.", "Тәуелсіздік күнін"),
    ("The shooting happened as the town was preparing to celebrate Independence Day.",
     "Атыс қала Тәуелсіздік күнін тойлауға дайындалып жатқан кезде болды.", None),
])
def test_kazakh_more_verbs_of_the_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_an_english_double_object_after_a_verb_in_any_tense_names_the_recipient() -> None:
    # "will send Ainur Kurmanov a copy": the base form of a verb of giving too
    _expect_fix("The committee will send Ainur Kurmanov a copy of the resolution.",
                "Комитет направит Айнура Курманова копию резолюции.", "Айнуру Курманову", "ru")
    _expect_fix("The committee will send Ainur Kurmanov a copy of the resolution.",
                "Комитет направит Айнуру Курманову копию резолюции.", None, "ru")


def test_the_english_present_of_fearing_and_trusting_makes_the_name_its_object() -> None:
    # "The regime fears X": the name is the object, not an inverted subject («боится … движения»)
    _expect_fix("The regime fears the Socialist Movement of Kazakhstan more than any liberal opposition.",
                "Режим боится Социалистическое движение Казахстана больше, чем любой либеральной оппозиции.",
                "Социалистического движения Казахстана", "ru")
    _expect_fix("The regime fears the Socialist Movement of Kazakhstan more than any liberal opposition.",
                "Режим боится Социалистического движения Казахстана больше, чем любой либеральной оппозиции.",
                None, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the object of an English verb after a Russian noun of action is its genitive, never an accusative
    ("The demand to restore the 1993 Constitution was among the first to be raised in Zhanaozen.",
     "Требование о восстановлении Конституцию 1993 года одним из первых прозвучало в Жанаозене.",
     "Конституции 1993 года"),
    ("The demand to restore the 1993 Constitution was among the first to be raised in Zhanaozen.",
     "Требование о восстановлении Конституции 1993 года одним из первых прозвучало в Жанаозене.", None),
    # (not where a verb before the noun's phrase takes it: «приговорили к заключению Розу Тулетаеву»)
    ("The courts later jailed Roza Tuletaeva and other strike leaders.",
     "Позднее суды приговорили к заключению Розу Тулетаеву и других лидеров забастовки.", None),
])
def test_a_russian_accusative_after_a_noun_of_action(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "from" before a title: the person is still where something comes from
    ("Many strikers expected nothing from the former president Nursultan Nazarbayev.",
     "Көптеген ереуілшілер бұрынғы президент Нұрсұлтан Назарбаевқа ештеңе күтпеді.", "Нұрсұлтан Назарбаевтан"),
    ("Many strikers expected nothing from the former president Nursultan Nazarbayev.",
     "Көптеген ереуілшілер бұрынғы президент Нұрсұлтан Назарбаевтан ештеңе күтпеді.", None),
    # the first of a pair («… да, … да»), whose verb is past the comma
    ("Don't expect help from the US or the EU: all they care about is oil.",
     "АҚШ-қа да, ЕО-дан да көмек күтпеңдер: оларды тек мұнай қызықтырады.", "АҚШ-тан"),
    # a reported clause's verb of taking, made a noun («қабылдайтынын»), takes its source in the ablative
    ("Tokayev announced that he was taking over the chairmanship from Nazarbayev.",
     "Тоқаев кеңес төрағасы лауазымын Назарбаевқа өзі қабылдайтынын жариялады.", "Назарбаевтан"),
    ("Tokayev announced that he was taking over the chairmanship from Nazarbayev.",
     "Тоқаев кеңес төрағасы лауазымын Назарбаевтан өзі қабылдайтынын жариялады.", None),
])
def test_kazakh_sources_past_titles_pairs_and_reported_verbs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "with": a verb of talking made a converb or noun inside the clause, or a noun of trade or a border
    # a few words on, makes the name a partner, an instrumental
    ("In a telephone call with Putin, Tokayev thanked the CSTO for its help.",
     "Тоқаев Путинге телефон арқылы сөйлескенде ҰҚШҰ-ға көмегі үшін алғыс айтты.", "Путинмен"),
    ("Kazakhstan shares a border of more than 1,700 kilometres with China.",
     "Қазақстанның Қытайға 1 700 шақырымнан астам ортақ шекарасы бар.", "Қытаймен"),
    ("Kazakhstan shares a border of more than 1,700 kilometres with China.",
     "Қазақстанның Қытаймен 1 700 шақырымнан астам ортақ шекарасы бар.", None),
    # (not a noun past a verb form: «RISE-ға берген сұхбатында», an interview given *to* RISE)
    ("In an interview with RISE, Kurmanov said that the regime had liquidated every opposition party.",
     "RISE-ға берген сұхбатында Құрманов режимнің барлық оппозициялық партияны жойып жібергенін айтты.", None),
])
def test_kazakh_partners_of_talks_trade_and_borders(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "from" with no verb of moving: a dative still says where something comes from (a locative may be
    # where someone lives or something happened, «Лондонда отырып хабарласты»: left alone)
    ("The crowd had been directed from Kyrgyzstan, the prosecutor said.",
     "Прокурордың айтуынша, тобыр Қырғызстанға басқарылған.", "Қырғызстаннан"),
    ("The crowd had been directed from Kyrgyzstan, the prosecutor said.",
     "Прокурордың айтуынша, тобыр Қырғызстаннан басқарылған.", None),
    ("Messages of solidarity came in from Ireland.", "Ирландияға ынтымақтастық хаттары түсті.", "Ирландиядан"),
    ("Journalists phoned the embassy from London.",
     "Журналистер елшілікке Лондонға телефон шалды.", "Лондоннан"),
    ("Journalists phoned the embassy from London.",
     "Журналистер елшілікке Лондонда отырып телефон шалды.", None),
])
def test_kazakh_from_without_a_verb_of_moving(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a kind word names the company itself where the English makes it no owner: the quoted name stays
    # in the nominative whatever the kind word's case
    ("In spring, Ozenmunaigas cut the bonuses of its drillers.",
     "Весной компания «Озенмунайгаза» урезала премии буровикам.", "«Озенмунайгаз»"),
    ("In spring, Ozenmunaigas cut the bonuses of its drillers.",
     "Весной компания «Озенмунайгаз» урезала премии буровикам.", None),
    # (an English modifier makes it the owner of what the kind word names: "a Labor Russia newspaper")
    ("He was carrying a Labor Russia newspaper.", "У него была газета «Трудовой России».", None),
])
def test_a_russian_quoted_name_after_its_own_kind_word(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "lang", "check"), [
    # the source gives the former name and says it is one: the translation's former name renders it
    ("In Semey, formerly Semipalatinsk, miners' families came to the rallies.",
     "В Семее, бывшем Семипалатинске, на митинги пришли семьи шахтёров.", "ru", "target-historical-name"),
    ("In 1989 Semipalatinsk was still a closed city.",
     "В 1989 году Семипалатинск ещё был закрытым городом.", "ru", "target-historical-name"),
    # ... not where the source says today's name, nor without a cue
    ("In Semey miners' families came to the rallies.",
     "В Семипалатинске на митинги пришли семьи шахтёров.", "ru", "target-wrong-form"),
    ("In Semipalatinsk miners' families came to the rallies.",
     "В Семипалатинске на митинги пришли семьи шахтёров.", "ru", "target-wrong-form"),
])
def test_a_former_name_the_source_gives_is_rendered_faithfully(source: str, target: str, lang: str,
                                                               check: str) -> None:
    found = [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, lang)
             if f.check in ("target-historical-name", "target-wrong-form")]
    assert [(f.check, f.severity, f.suggestion is None) for f in found] == [
        (check, CHECKS[check].severity, check == "target-historical-name")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the second side of «X емес, Y» is read past its determiners (өз, оның, бұл)
    ("The regime fears its own workers more than it fears Moscow.",
     "Режим Мәскеуді емес, өз жұмысшыларынан көбірек қорқады.", "Мәскеуден"),
    ("The regime fears its own workers more than it fears Moscow.",
     "Режим Мәскеуден емес, өз жұмысшыларынан көбірек қорқады.", None),
    # рахмет, "thanks to", takes the dative (a subject may stand before it: «Тоқаев рахмет айтты»)
    ("Thanks to Paul Mason for the interview.", "Сұхбат үшін Пол Мейсонды рахмет.", "Пол Мейсонға"),
    ("Thanks to Paul Mason for the interview.", "Сұхбат үшін Пол Мейсонға рахмет.", None),
    ("Tokayev thanked the troops.", "Тоқаев рахмет айтты әскерлерге.", None),
])
def test_kazakh_contrast_past_determiners_and_thanks(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name left undeclined right after a passive participle: the agent is an instrumental,
    # declined inside its quotes, as a quoted name with no generic word before it is
    ("The rally, organised by Ozenmunaigas, was peaceful.",
     "Митинг, организованный «Озенмунайгаз», прошёл мирно.", "«Озенмунайгазом»"),
    ("A picket organised by Anti-Capitalist Resistance was held in London.",
     "В Лондоне прошёл пикет, организованный «Антикапиталистическим сопротивлением».", None),
    # (after a generic word the quoted name is its apposition, and stays as written)
    ("A picket organised by Anti-Capitalist Resistance was held in London.",
     "В Лондоне прошёл пикет, организованный движением «Антикапиталистическое сопротивление».", None),
])
def test_a_russian_quoted_agent_after_a_passive_participle(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # inside its clause, after the word that governs it, a pair joined by «и» shares one case: a
    # nominative second name is one left undeclined
    ("The meeting between Putin and Tokayev lasted an hour.",
     "Встреча Путина и Токаев продолжалась час.", "Токаева"),
    ("The meeting between Putin and Tokayev lasted an hour.",
     "Встреча Путина и Токаева продолжалась час.", None),
    # (at the start of its clause the pair may be the subject, and a nominative is right there)
    ("Putin and Tokayev spoke for an hour.", "Путин и Токаев говорили час.", None),
])
def test_a_russian_pair_inside_its_clause_shares_one_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # buying, selling and taking over a company: its object is the accusative (the inanimate's, as the
    # nominative), or the dative of whom it is sold to
    ("In 2005 CNPC bought PetroKazakhstan.", "В 2005 году CNPC купила «ПетроКазахстана».", "«ПетроКазахстан»"),
    ("In 2005 CNPC bought PetroKazakhstan.", "В 2005 году CNPC приобрела «ПетроКазахстан».", None),
    ("Kazakhstan sells gas to China.", "Казахстан продаёт газ Китаю.", None),
    ("The state nationalised Kazakhmys.", "Государство национализировало «Казахмыса».", "«Казахмыс»"),
])
def test_russian_verbs_of_buying_and_taking_over(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # с after a noun of size says "as big as": the accusative only
    ("Kazakhstan is the size of Western Europe.", "Казахстан размером с Западной Европой.", "Западную Европу"),
    ("Kazakhstan is the size of Western Europe.", "Казахстан размером с Западную Европу.", None),
])
def test_a_russian_size_comparison_takes_the_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a desiderative before келу («қолдағысы келмейді», "does not want to support") is the clause's
    # verb, and governs its object as the verb does
    ("Nobody wants to support Tokayev with all their heart any more.",
     "Енді ешкім Тоқаевқа шын жүректен қолдағысы келмейді.", "Тоқаевты"),
    ("Nobody wants to support Tokayev with all their heart any more.",
     "Енді ешкім Тоқаевты шын жүректен қолдағысы келмейді.", None),
    # (and no possessed noun the name could own: «күнін тойлағысы» is no "the day's celebration")
    ("Nobody wants to celebrate Independence Day any more.",
     "Енді ешкім Тәуелсіздік күнін тойлағысы келмейді.", None),
])
def test_a_kazakh_desiderative_governs_as_its_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive before a possessed noun in the dative or ablative owns it, but the clause's verb still
    # wants its object: with no accusative in the clause, the English object is that accusative
    ("On 5 January Tokayev removed Nazarbayev from the Security Council.",
     "5 қаңтарда Тоқаев Назарбаевтың кеңестегі орнынан босатты.", "Назарбаевты"),
    ("On 5 January Tokayev removed Nazarbayev from the Security Council.",
     "5 қаңтарда Тоқаев Назарбаевты кеңестегі орнынан босатты.", None),
    # ... and a bare name before it: «Кәрім Мәсімов қызметінен босатты», no object left for the verb
    ("Tokayev dismissed Karim Massimov on 5 January.", "Тоқаев 5 қаңтарда Кәрім Мәсімов қызметінен босатты.",
     "Кәрім Мәсімовті"),
    ("Tokayev dismissed Karim Massimov on 5 January.", "Тоқаев 5 қаңтарда Кәрім Мәсімовті қызметінен босатты.",
     None),
    # a quoted company in an oblique case is checked as any name («Өзенмұнайгазға» сотқа берді: "took it to court")
    ("The dismissed oil workers took Ozenmunaigas to court.", "Мұнайшылар «Өзенмұнайгазға» сотқа берді.",
     "«Өзенмұнайгазды»"),
    ("The dismissed oil workers took Ozenmunaigas to court.", "Мұнайшылар «Өзенмұнайгазды» сотқа берді.", None),
    # a dative owns nothing: the possessed noun after it is no reason to leave it («мерейтойымен», "on the anniversary")
    ("Biden congratulated Tokayev on the anniversary of independence.",
     "Байден Тоқаевқа тәуелсіздік мерейтойымен құттықтады.", "Тоқаевты"),
    ("Biden congratulated Tokayev on the anniversary of independence.",
     "Байден Тоқаевты тәуелсіздік мерейтойымен құттықтады.", None),
    # (an accusative possessed noun is the object itself: «Назарбаевтың өкілеттігін тоқтатты»)
    ("Tokayev ended Nazarbayev's powers.", "Тоқаев Назарбаевтың өкілеттігін тоқтатты.", None),
])
def test_a_kazakh_genitive_owning_an_oblique_noun_leaves_the_object_missing(source: str, target: str,
                                                                             expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "out of" says where from, as "from" does
    ("The troops began pulling out of Kazakhstan on 13 January.",
     "Әскерлер 13 қаңтарда Қазақстанға шыға бастады.", "Қазақстаннан"),
    ("The troops began pulling out of Kazakhstan on 13 January.",
     "Әскерлер 13 қаңтарда Қазақстаннан шыға бастады.", None),
])
def test_kazakh_out_of_is_a_source(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "from X to Y": a bare X right before the dative Y is where from, an ablative
    ("The strike spread from Zhanaozen to Aktau within a day.",
     "Ереуіл бір күнде Жаңаөзен Ақтауға тарады.", "Жаңаөзеннен"),
    ("The strike spread from Zhanaozen to Aktau within a day.",
     "Ереуіл бір күнде Жаңаөзеннен Ақтауға тарады.", None),
    # (a route with a dash is no pair of cases)
    ("Buses from Zhanaozen to Aktau stopped running.", "Жаңаөзен – Ақтау автобустары тоқтады.", None),
])
def test_kazakh_from_x_to_y(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of putting later in the sentence with a dative of its own before it (past its object)
    # asks nothing of a place the English puts after "in"
    ("On 4 January the protests peaked in Almaty, where the akimat was set on fire.",
     "4 қаңтарда наразылықтар Алматыға ушықты, онда әкімдік ғимаратына өрт қойылды.", "Алматыда"),
    ("On 4 January the protests peaked in Almaty, where the akimat was set on fire.",
     "4 қаңтарда наразылықтар Алматыда ушықты, онда әкімдік ғимаратына өрт қойылды.", None),
])
def test_a_kazakh_verb_of_putting_with_its_own_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound whose object is a dative, in the passive too (алғыс айтылды, тыйым салынды)
    ("Thanks go to Paul Mason for the interview.", "Сұхбат үшін Пол Мейсонды алғыс айтылды.", "Пол Мейсонға"),
    ("Thanks go to Paul Mason for the interview.", "Сұхбат үшін Пол Мейсонға алғыс айтылды.", None),
    ("The Communist Party of Kazakhstan was banned in 2015.",
     "2015 жылы Қазақстан Коммунистік партиясын тыйым салынды.", "Қазақстан Коммунистік партиясына"),
])
def test_a_kazakh_dative_compound_in_the_passive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "kept out of" is "not let in": the dative of a negated verb of letting in is right
    ("TV crews were kept out of Zhanaozen.", "Телетүсірілім топтары Жаңаөзенге жіберілмеді.", None),
    # electing: the constituency is an ablative, where the English says "in"
    ("The deputy elected in West Kazakhstan Region spoke next.",
     "Келесі болып Батыс Қазақстан облысынан сайланған депутат сөйледі.", None),
])
def test_kazakh_kept_out_of_and_elected_in(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # past the particle «да» ("too"), the verb governs the name: fearing takes the ablative
    ("Frankly, they are afraid of China too.", "Шынын айтайық, олар Қытайға да қорқады.", "Қытайдан"),
    ("Frankly, they are afraid of China too.", "Шынын айтайық, олар Қытайдан да қорқады.", None),
    # the passive of a compound whose object is a dative, ending its clause, leaves no subject for a bare name
    ("The Communist Party of Kazakhstan has been banned since 2015.",
     "2015 жылдан бері Қазақстан Коммунистік партиясы тыйым салынған.", "Қазақстан Коммунистік партиясына"),
    ("The Communist Party of Kazakhstan has been banned since 2015.",
     "2015 жылдан бері Қазақстан Коммунистік партиясына тыйым салынған.", None),
    # (a passive participle before a noun modifies it: the bare name is a later verb's subject)
    ("The Socialist Movement defended the banned Communist Party of Kazakhstan.",
     "Қазақстан социалистік қозғалысы тыйым салынған Қазақстан Коммунистік партиясын қорғады.", None),
])
def test_kazakh_a_particle_before_the_verb_and_a_passive_dative_compound(source: str, target: str,
                                                                         expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the full adjectives of being answerable or grateful to someone take the dative, as the short ones do
    ("Firms controlled by the KNB won a third of the tenders.",
     "Фирмы, подконтрольные Комитета национальной безопасности, выиграли треть тендеров.",
     "Комитету национальной безопасности"),
    ("Firms controlled by the KNB won a third of the tenders.",
     "Фирмы, подконтрольные Комитету национальной безопасности, выиграли треть тендеров.", None),
])
def test_russian_full_adjectives_of_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an undeclined quoted agent past an insert after the passive («подписано также «…»»)
    ("The statement was also signed by the Left Bloc.", "Заявление подписано также «Левый блок».", "«Левым блоком»"),
    ("The statement was also signed by the Left Bloc.", "Заявление подписано также «Левым блоком».", None),
])
def test_a_russian_quoted_agent_past_an_insert(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the verbal noun of leaving before a word of duty («кетуі тиіс», must leave): its source is an ablative
    ("The troops must leave Kazakhstan at once.", "Әскерлер Қазақстанды дереу кетуі тиіс.", "Қазақстаннан"),
    ("The troops must leave Kazakhstan at once.", "Әскерлер Қазақстаннан дереу кетуі тиіс.", None),
])
def test_a_kazakh_verbal_noun_of_leaving_before_a_word_of_duty(source: str, target: str,
                                                               expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # meeting and talking: the one met is an instrumental wherever it stands in the clause (кемінде,
    # "at least", only looks possessed)
    ("Blair met Nazarbayev in Astana at least four times.",
     "Блэр Астанада Назарбаевқа кемінде төрт рет кездесті.", "Назарбаевпен"),
    ("Blair met Nazarbayev in Astana at least four times.",
     "Блэр Астанада Назарбаевпен кемінде төрт рет кездесті.", None),
])
def test_a_kazakh_verb_of_meeting_at_the_clause_end(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_an_acronym_with_an_english_ending_in_small_letters_is_an_ordinary_word() -> None:
    """"Kazakhstan Rises" (a headline) is no spelling of RISE; RISE in capitals still is."""
    checker = checker_for_path(REPO / "glossary.tsv")
    headline = checker.check_source_text("d", 1, "Room 3. January 2022: Kazakhstan Rises")
    assert [f.referent for f in headline if f.check != "source-name"] == []
    named = checker.check_source_text("d", 1, "Paul Murphy of RISE spoke.")
    assert "rise" in [f.referent for f in named if f.check == "source-name"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # ", and" before a name parts it from a list that "from" governs: a clause of its own
    ("In 2011 over a thousand people were fired from Ozenmunaigas, and KazMunayGas did not care.",
     "2011 жылы «Өзенмұнайгаздан» мыңнан астам адам жұмыстан шығарылды, «ҚазМұнайГазға» бәрібір болды.", None),
    ("Troops arrived from Russia, Belarus and Armenia.",
     "Әскерлер Ресейден, Беларусьтен және Арменияға келді.", "Армениядан"),
])
def test_kazakh_from_a_list_and_a_new_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an adjective in -ты/-ді (сәтті "successful") is no other accusative object in the clause
    ("Putin congratulated Tokayev on the successful completion of the operation.",
     "Путин Тоқаевқа операцияның сәтті аяқталуымен құттықтады.", "Тоқаевты"),
    ("Putin congratulated Tokayev on the successful completion of the operation.",
     "Путин Тоқаевты операцияның сәтті аяқталуымен құттықтады.", None),
])
def test_a_kazakh_adjective_that_looks_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_a_shorter_name_before_a_later_longer_one_still_counts() -> None:
    """«депутат парламента Ирландии»: "депутат парламента" (MP) loses to the later, longer "парламента
    Ирландии" (the Irish Parliament), but "депутат", an admitted Russian form of MP ending before it,
    still stands as the MP's rendering — not left to the Kazakh scan, which took it for the Kazakh form
    (a false alarm of the development half dev544)."""
    live = checker_for_path(REPO / "glossary.tsv")
    source = "Paul Murphy, an Irish MP for RISE, said he spoke to Ainur Kurmanov on Friday."
    for target in ("Пол Мёрфи, депутат парламента Ирландии от RISE, рассказал, что в пятницу поговорил с Айнуром "
                   "Курмановым.",
                   "Депутат парламента Ирландии от RISE Пол Мёрфи рассказал, что в пятницу поговорил с Айнуром "
                   "Курмановым."):
        assert live.check_target_segment("d", 1, source, target, "ru") == []
    # the scan itself: the later name that reaches further wins the overlap, the shorter one before it stands
    from workbench.checks.names.matcher import Tokens
    index = live.lexicon.index("ru")
    toks = Tokens.of("депутат парламента Ирландии")
    hits = index.scan(toks, lambda entry, words: True)
    assert [toks.words[hit.start:hit.end] for hit in hits] == [["депутат"], ["парламента", "Ирландии"]]


@pytest.mark.parametrize("target", [
    "«Реформа және революция» Пол Мерфидің есебін жариялады.",
    # a foreign name's final и taken as a vowel, as many write it: its ending with н, read as right too
    "«Реформа және революция» Пол Мерфинің есебін жариялады.",
])
def test_kazakh_endings_after_a_final_i_either_way(target: str) -> None:
    """Мерфидің (after the glide и is in Kazakh) and Мерфинің (after a vowel): both are written."""
    source = "Reform & Revolution published Paul Murphy's report."
    assert _kazakh_wrong_inflections(source, target) == []


def test_kazakh_final_i_variant_keeps_its_harmony() -> None:
    """The н variant is only the consonant: a back ending after a front name stays a wrong harmony."""
    found = _kazakh_wrong_inflections("Reform & Revolution published Paul Murphy's report.",
                                      "«Реформа және революция» Пол Мерфиның есебін жариялады.")
    assert found


@pytest.mark.parametrize(("word", "case"), [
    ("таныды", "acc"), ("таниды", "acc"), ("танитын", "acc"),     # таны + йды / йтын: the и of Kazakh spelling
    ("соттады", "acc"), ("соттайды", "acc"),
    ("тани", None),                                                 # no ending after the stem
])
def test_clause_verb_case_reads_the_written_i_of_a_stem_in_y(word: str, case: str | None) -> None:
    assert clause_verb_case(word) == case


def test_two_rules_that_find_the_same_problem_report_it_once() -> None:
    """«между ExxonMobil и «КазМунайГаза»»: both sides of между, and the list's agreement, find the same
    wrong genitive with the same fix — one finding."""
    source = "The oil was split between ExxonMobil and KazMunayGas."
    found = checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, source, "Нефть поделили между ExxonMobil и «КазМунайГаза».", "ru")
    assert [(f.offending, f.suggestion) for f in found] == [("«КазМунайГаза»", "«КазМунайГазом»")]


@pytest.mark.parametrize(("target", "flagged"), [
    # a short form (Маңғыстау), then the full form's last word without its possessive
    ("Маңғыстау облыс жұмысшылары бір ғана нәрсе сұрайды.", "Маңғыстау облыс"),
    ("Маңғыстау облысының жұмысшылары бір ғана нәрсе сұрайды.", None),
    ("Маңғыстау жұмысшылары бір ғана нәрсе сұрайды.", None),
])
def test_kazakh_short_form_then_the_last_word_without_its_possessive(target: str, flagged: str | None) -> None:
    source = "The workers of Mangystau Region are asking for one thing."
    found = [f.offending for f in checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, source, target, "kk") if f.check == "target-wrong-inflection"]
    assert found == ([flagged] if flagged else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a hyphenated noun of doing something with someone is one word: «Ресейге қарым-қатынасы»
    ("Kazakhstan's relations with Russia worsened after the war began.",
     "Соғыс басталғаннан кейін Қазақстанның Ресейге қарым-қатынасы нашарлады.", "Ресеймен"),
    ("Kazakhstan's relations with Russia worsened after the war began.",
     "Соғыс басталғаннан кейін Қазақстанның Ресеймен қарым-қатынасы нашарлады.", None),
    # "together with" a list: бірге takes the instrumental of its last name
    ("Russia sent paratroopers together with Belarus and Armenia.",
     "Ресей Беларусь және Арменияға бірге десантшыларын жіберді.", "Армениямен"),
    ("Russia sent paratroopers together with Belarus and Armenia.",
     "Ресей Беларусь және Армениямен бірге десантшыларын жіберді.", None),
    # (бірге as "together" after a destination, where the English has no "with": the dative is right)
    ("The two of us went to Almaty together.", "Екеуміз Алматыға бірге бардық.", None),
])
def test_kazakh_partners_of_hyphenated_nouns_and_of_birge(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # compound predicates whose object is a dative: referring to, leading, invading
    ("The lawyer referred to Tokayev in every speech.", "Адвокат әр сөзінде Тоқаевты сілтеме жасады.", "Тоқаевқа"),
    ("The lawyer referred to Tokayev in every speech.", "Адвокат әр сөзінде Тоқаевқа сілтеме жасады.", None),
    ("Massimov headed the KNB for years.", "Мәсімов ҰҚК-ны ұзақ жылдар басшылық етті.", "ҰҚК-ға"),
    ("In February 2022 Russian troops invaded Ukraine.", "2022 жылғы ақпанда ресей әскерлері Украинаны басып кірді.",
     "Украинаға"),
    ("In February 2022 Russian troops invaded Ukraine.", "2022 жылғы ақпанда ресей әскерлері Украинаға басып кірді.",
     None),
    # (a dative of its own right before the compound fills its place: «құқығымызға қауіп төндіреді»)
    ("The bill debated in Westminster threatens our right to strike.",
     "Вестминстерде талқыланып жатқан заң жобасы ереуіл құқығымызға қауіп төндіреді.", None),
])
def test_kazakh_dative_compounds_of_referring_leading_and_invading(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name joined by және to a noun its possessor shows: one phrase, one case
    ("The workers criticised Tokayev and his government.", "Жұмысшылар Тоқаевқа және оның үкіметін сынады.",
     "Тоқаевты"),
    ("The workers criticised Tokayev and his government.", "Жұмысшылар Тоқаевты және оның үкіметін сынады.", None),
    ("Aid was sent to Aktau and its villages.", "Көмек Ақтауды және оның ауылдарына жіберілді.", "Ақтауға"),
    # (not a word that begins a clause of its own, «түрмеге қамалған …», nor an adverb)
    ("We stand with Tokayev's critics and with all the imprisoned workers.",
     "Біз Тоқаевтың сыншыларымен және түрмеге қамалған барлық жұмысшылармен біргеміз.", None),
])
def test_kazakh_name_and_noun_joined_by_zhane_share_a_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of an English perfect, in the accusative in a clause with an object of its own
    ("The Security Council had never discussed the shootings.",
     "Қауіпсіздік кеңесін атыс мәселесін ешқашан талқылаған жоқ.", "Қауіпсіздік кеңесі"),
    ("The Security Council had never discussed the shootings.",
     "Қауіпсіздік кеңесі атыс мәселесін ешқашан талқылаған жоқ.", None),
])
def test_kazakh_subject_of_an_english_perfect(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # asking help *from* someone while turning *to* them (жүгіну takes a dative), past a bracketed short form
    ("The government requested help from the Collective Security Treaty Organization (CSTO) that night.",
     "Сол түні үкімет Ұжымдық қауіпсіздік туралы шарт ұйымына (ҰҚШҰ) көмек сұрап жүгінді.", None),
    ("The government requested help from the Collective Security Treaty Organization (CSTO) that night.",
     "Сол түні үкімет Ұжымдық қауіпсіздік туралы шарт ұйымына (ҰҚШҰ) көмек сұрады.",
     "Ұжымдық қауіпсіздік туралы шарт ұйымынан"),
    # (a dative of its own before such a verb fills its place: where from is still an ablative)
    ("Soldiers from Belarus reached Almaty airport on 7 January.",
     "7 қаңтарда Беларуське келген сарбаздар Алматы әуежайына жетті.", "Беларусьтен"),
])
def test_kazakh_turning_to_whom_help_is_asked_from(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # what one is a member of is the dative of мүше and мүшелік, past «да»
    ("Kyrgyzstan is also a member of the CSTO.", "Қырғызстан да ҰҚШҰ-да мүше.", "ҰҚШҰ-ға"),
    ("Kyrgyzstan is also a member of the CSTO.", "Қырғызстан да ҰҚШҰ-ға мүше.", None),
    ("Armenia has questioned its membership of the CSTO.", "Армения ҰҚШҰ-ны мүшелігіне күмән келтірді.", "ҰҚШҰ-ға"),
    # (the member *of* it with the possessive is a compound: «ҰҚШҰ мүшесі»)
    ("Kyrgyzstan, a member of the CSTO, sent troops.", "ҰҚШҰ мүшесі Қырғызстан әскер жіберді.", None),
])
def test_kazakh_member_of_takes_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "demanded that X leave": the one who is to act is the genitive subject of a possessed verbal noun
    ("The strikers demanded that Tokayev resign at once.", "Ереуілшілер Тоқаев дереу отставкаға кетуін талап етті.",
     "Тоқаевтың"),
    ("The strikers demanded that Tokayev resign at once.",
     "Ереуілшілер Тоқаевтың дереу отставкаға кетуін талап етті.", None),
    # (not a name that modifies the one who is to act: "the CSTO troops")
    ("The strikers demanded that the CSTO troops leave at once.",
     "Ереуілшілер ҰҚШҰ әскерлерінің дереу кетуін талап етті.", None),
])
def test_kazakh_subject_of_a_demanded_action(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # an adverb of manner between a verb and its object: the verb still governs the name
    ("Войска подчинялись непосредственно Токаева.", "Токаеву"),
    ("Войска подчинялись непосредственно Токаеву.", None),
    # (not a noun in -ство after the verb, which the name is the genitive of)
    ("Войска поддерживали правительство Токаева.", None),
])
def test_russian_verb_governs_past_an_adverb_of_manner(target: str, expected: str | None) -> None:
    _expect_fix("The troops reported directly to Tokayev.", target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # discussing something *with* someone: the topic is the accusative, the one talked with an instrumental
    ("Путин Тоқаевты ҰҚШҰ миссиясын талқылады.", "Тоқаевпен"),
    ("Путин Тоқаевпен ҰҚШҰ миссиясын талқылады.", None),
])
def test_kazakh_discussed_with(target: str, expected: str | None) -> None:
    _expect_fix("Putin discussed the CSTO mission with Tokayev.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a quoted company in the accusative before a compound whose object is a dative, like any other name
    ("ExxonMobil бірнеше жыл бойы «Теңізшевройлды» миллиардтаған доллар инвестиция салды.", "«Теңізшевройлға»"),
    ("ExxonMobil бірнеше жыл бойы «Теңізшевройлға» миллиардтаған доллар инвестиция салды.", None),
])
def test_kazakh_quoted_accusative_before_a_dative_compound(target: str, expected: str | None) -> None:
    _expect_fix("For years ExxonMobil invested billions of dollars in Tengizchevroil.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the N in X" inside the subject's "of" phrase: the place says which ones, an attribute in -дағы
    ("The demands of the oil workers in Zhanaozen were never met.",
     "Жаңаөзенде мұнайшылардың талаптары ешқашан орындалған жоқ.", "Жаңаөзендегі"),
    ("The demands of the oil workers in Zhanaozen were never met.",
     "Жаңаөзендегі мұнайшылардың талаптары ешқашан орындалған жоқ.", None),
    # ... and after "on"/"about", before a postposition of topic
    ("The minister spoke about the situation in Almaty.", "Министр Алматыда жағдай туралы айтты.", "Алматыдағы"),
    # (not a verbal noun owned: the detaining happened there)
    ("The arrests of journalists in Almaty shocked everyone.",
     "Алматыда журналистердің ұсталуы бәрін есеңгіретті.", None),
    # (nor an "of" phrase after a verb, where the place may be where it was done)
    ("He read out the names of the prisoners in Westminster.",
     "Ол Вестминстерде тұтқындардың есімдерін оқып берді.", None),
])
def test_kazakh_locative_inside_a_prepositional_phrase(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # the one instructed is given a task: a dative beside the task's accusative
    ("Президент ҰҚК-ны ұйымдастырушыларды ұстауды тапсырды.", "ҰҚК-ға"),
    ("Президент ҰҚК-ға ұйымдастырушыларды ұстауды тапсырды.", None),
])
def test_kazakh_the_one_instructed_is_a_dative(target: str, expected: str | None) -> None:
    _expect_fix("The President instructed the KNB to arrest the organisers.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a dative in a clause whose verb takes only an accusative object: that verb's object
    ("Митингке келгендер Айнұр Құрмановқа ұзақ тыңдады.", "Айнұр Құрмановты"),
    ("Митингке келгендер Айнұр Құрмановты ұзақ тыңдады.", None),
    # (not past a postposition that takes the dative: «Асадқа қарсы күресті қолдамады»)
    ("Митингке келгендер Айнұр Құрмановқа қарсы сөйлегендерді тыңдады.", None),
])
def test_kazakh_dative_in_a_clause_whose_verb_takes_an_accusative(target: str, expected: str | None) -> None:
    _expect_fix("Those at the rally listened to Ainur Kurmanov for a long time.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # where something appears, is shown or seen on a website: a locative
    ("The video of the shooting spread on Facebook within hours.", "Атыс бейнесі бірнеше сағатта Facebook-ты тарады.",
     "Facebook-та"),
    ("The video of the shooting spread on Facebook within hours.", "Атыс бейнесі бірнеше сағатта Facebook-та тарады.",
     None),
    ("I watched the footage on Facebook.", "Мен бейнежазбаны Facebook-ты көрдім.", "Facebook-та"),
    # (not "relied on": a dative is meant)
    ("I don't rely on Facebook for news.", "Мен жаңалық үшін Facebook-қа сүйенбеймін.", None),
])
def test_kazakh_where_something_appears_on_a_website(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a possessive on a name whose last word has none of its own, with no owner before it: misdeclined
    ("Еуропалық Одағының мәлімдемесі сынға ұшырады.", "Еуропалық Одақтың"),
    ("Еуропалық Одақтың мәлімдемесі сынға ұшырады.", None),
])
def test_kazakh_unowned_possessive_on_a_name(target: str, expected: str | None) -> None:
    _expect_fix("The European Union's statement was criticised.", target, expected, "kk")


def test_kazakh_owned_possessive_on_a_name_is_right() -> None:
    """An owner before it, past an adjective, makes sense of the possessive: "a new Holy Alliance of dictators"."""
    source = "What Putin is building is a new Holy Alliance of dictators."
    assert _kazakh_wrong_inflections(source, "Путиннің құрып жатқаны — диктаторлардың жаңа Қасиетті одағы.") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an organisation after "in", like one after "at": where something happens, a locative
    ("Murphy has sat in the Irish Parliament since 2014.", "Мерфи 2014 жылдан бері Ирландия парламентіне отыр.",
     "Ирландия парламентінде"),
    ("Murphy has sat in the Irish Parliament since 2014.", "Мерфи 2014 жылдан бері Ирландия парламентінде отыр.",
     None),
    # (not where the clause has a word that takes a dative: membership of, uniting into)
    ("Kazakhstan is in the Eurasian Economic Union.", "Қазақстан Еуразиялық экономикалық одаққа мүше.", None),
    ("Its supporters are organised in the Russian Socialist Movement.",
     "Оның жақтастары Ресей социалистік қозғалысына біріккен.", None),
])
def test_kazakh_organisation_after_in(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a dative before the possessed noun the English gives the name ("the Russian counterpart of NATO"): its owner
    ("Kurmanov called the CSTO the Russian counterpart of NATO.",
     "Құрманов ҰҚШҰ-ны НАТО-ға ресейлік баламасы деп атады.", "НАТО-ның"),
    ("Kurmanov called the CSTO the Russian counterpart of NATO.",
     "Құрманов ҰҚШҰ-ны НАТО-ның ресейлік баламасы деп атады.", None),
    # (not one that a word after it governs: «ҰҚШҰ-ға мүше мемлекеттердің басшылары», membership of)
    ("The leaders of the CSTO member states met online.", "ҰҚШҰ-ға мүше мемлекеттердің басшылары онлайн кездесті.",
     None),
])
def test_kazakh_dative_before_what_the_name_owns(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place after "on" with no verb of arrival or aiming: на + the locative
    ("The engineer worked on Kashagan for ten years.", "Инженер десять лет работал на Кашаган.", "Кашагане"),
    ("The engineer worked on Kashagan for ten years.", "Инженер десять лет работал на Кашагане.", None),
    # (not a stake or a target: "has too much riding on Kashagan", на + the accusative)
    ("TotalEnergies has too much riding on Kashagan.", "У TotalEnergies слишком многое поставлено на Кашаган.", None),
])
def test_russian_place_after_on(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # a place's one-word name after the noun of a site or a police station: its apposition, the nominative
    ("Задержанного доставили в полицейский участок Чаринг-Кросса.", "Чаринг-Кросс"),
    ("Задержанного доставили в полицейский участок Чаринг-Кросс.", None),
    ("Его продержали в полицейском участке Чаринг-Кросса до вечера.", "Чаринг-Кросс"),
])
def test_russian_place_after_the_noun_of_a_site(target: str, expected: str | None) -> None:
    _expect_fix("The detained protester was taken to Charing Cross police station.", target, expected)


def test_russian_region_after_the_noun_of_a_site_is_where_it_is() -> None:
    assert _wrong_inflections("Most oilfields in Kyzylorda Region stopped work.",
                              "Большинство месторождений Кызылординской области остановили работу.") == []


def test_russian_agent_of_a_present_passive_participle() -> None:
    """«издаваемый Организацией …», "published by": the present passive participle's agent is an instrumental,
    whatever "of" the English has."""
    source = "Communist Voice, the journal of the Communist Voice Organization, criticised the nostalgia."
    target = "Журнал Communist Voice, издаваемый Организацией «Коммунистический голос», подверг критике ностальгию."
    assert _wrong_inflections(source, target) == []


def test_kazakh_compound_inside_a_relative_clause_governs_nothing_outside() -> None:
    """«Қазақстанды … әсер еткен Алжирмен салыстырды»: a dative compound made a participle with a noun after it
    is a relative clause of its own; the name is the main verb's object."""
    source = "Analysts compared Kazakhstan with Algeria, where the protests barely touched oil output."
    target = "Сарапшылар Қазақстанды наразылықтар мұнай өндірісіне әрең әсер еткен Алжирмен салыстырды."
    assert _kazakh_wrong_inflections(source, target) == []


def test_kazakh_from_after_a_verb_with_back() -> None:
    """"got back from Aktau": "back" makes any verb one of motion, and where from is an ablative."""
    found = _kazakh_wrong_inflections("My brother got back from Aktau on Monday.", "Інім дүйсенбіде Ақтауда оралды.")
    assert [f.suggestion for f in found] == ["Ақтаудан"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a demonstrative between "since" and the name: бері still takes the ablative
    ("Since that Independence Day the town has mourned.", "Сол Тәуелсіздік күнінде бері қала аза тұтады.",
     "Тәуелсіздік күнінен"),
    # asking a company in quotes for something: from it, the ablative
    ("The workers asked Ozenmunaigas for higher wages.", "Жұмысшылар «Өзенмұнайгаз» компаниясына жалақыны көтеруді сұрады.",
     "«Өзенмұнайгаз» компаниясынан"),
])
def test_kazakh_since_that_and_asking_a_company(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # the English name's own common nouns rendered as the head after the bare Kazakh name: its ending is the case
    ("Ұсталған белсендіні Чаринг-Кросс полиция бөлімшесінде апарды.", "Чаринг-Кросс полиция бөлімшесіне"),
    ("Ұсталған белсендіні Чаринг-Кросс полиция бөлімшесіне апарды.", None),
])
def test_kazakh_head_after_a_bare_name_where_the_source_moves_to_it(target: str, expected: str | None) -> None:
    _expect_fix("The arrested activist was taken to Charing Cross police station.", target, expected, "kk")


def test_kazakh_place_alone_before_its_reflexive() -> None:
    """"in Almaty alone": the reflexive өз- with the possessive, owned by the place in the genitive."""
    found = _kazakh_wrong_inflections("In Aktau alone hundreds were detained.", "Ақтау өзінде жүздеген адам ұсталды.")
    assert [f.suggestion for f in found] == ["Ақтаудың"]


def test_kazakh_noun_in_nt_with_the_possessive_is_no_past_verb() -> None:
    """«АҚШ президенті»: after н the past is -ды/-ді, so -нті is a noun in -нт with the possessive, which the bare
    name before it modifies ("the administration in the US")."""
    assert _kazakh_wrong_inflections("The Biden administration in the US called for restraint.",
                                     "АҚШ президенті Джо Байденнің әкімшілігі ұстамдылыққа шақырды.") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive before мүше as the predicate: what one is a member of is a dative
    ("Kazakhstan became a member of the CSTO in 1994.", "Қазақстан 1994 жылы ҰҚШҰ-ның мүше болды.", "ҰҚШҰ-ға"),
    # (a genitive owning the possessed noun after a bare мүше is right: member states of the CSTO)
    ("The CSTO member states met.", "ҰҚШҰ-ның мүше мемлекеттері жиналды.", None),
    # "according to" an organisation: the genitive, or bare; never the accusative
    ("According to the UN, 160 people died.", "БҰҰ-ны мәліметінше, 160 адам қаза тапты.", "БҰҰ-ның"),
    ("According to the UN, 160 people died.", "БҰҰ мәліметінше, 160 адам қаза тапты.", None),
])
def test_kazakh_member_predicate_and_according_to_an_organisation(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a definite object left bare before an active verb the tables do not know: the accusative is offered
    ("Tokayev quietly sidelined Nazarbayev within a week.", "Тоқаев бір аптада Назарбаев білдірмей ығыстырды.",
     "Назарбаевты"),
    ("The union honoured Zhanaozen in silence.", "Кәсіподақ Жаңаөзен үнсіз құрметтеді.", "Жаңаөзенді"),
    ("The union honoured Zhanaozen in silence.", "Кәсіподақ Жаңаөзенді үнсіз құрметтеді.", None),
    # a passive makes the bare name its subject
    ("Tokayev quietly sidelined Nazarbayev within a week.", "Бір аптада Назарбаев білдірмей ығыстырылды.", None),
    # the particle да after it: "so did", a subject
    ("Paul Mason wrote about the picket, and so did Anti*Capitalist Resistance.",
     "Пикет туралы Пол Мейсон да, Антикапиталистік қарсылық да жазды.", None),
    # a reported clause with its own verb: the name is that verb's, in whatever case it has
    ("The ambassador threatened to report Paul Murphy.", "Елші Пол Мерфи туралы хабарлаймын деп қорқытты.", None),
    # an ending after a hyphen is the name's own (read by the hyphen's check, not taken as a bare name)
    ("The regime blamed the US for the unrest.", "Режим толқулар үшін кінәні АҚШ-қа жапты.", None),
])
def test_kazakh_bare_object_of_an_unknown_active_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # по takes a name in the dative: its accusative ("up to") is for dates and quantities
    ("Партнёры Казахстана по Евразийский экономический союз промолчали.", "Евразийскому экономическому союзу"),
    ("Партнёры Казахстана по Евразийскому экономическому союзу промолчали.", None),
])
def test_russian_po_takes_a_name_in_the_dative(target: str, expected: str | None) -> None:
    _expect_fix("Kazakhstan's partners in the Eurasian Economic Union said nothing.", target, expected)


@pytest.mark.parametrize(("source", "target", "language", "expected"), [
    # a gerund after a preposition takes its object as a verb does: Russian says it with an infinitive …
    ("The strikers insisted on reinstating the 1993 Constitution.",
     "Бастующие настаивали: надо вернуть Конституция 1993 года.", "ru", "Конституцию 1993 года"),
    ("The strikers insisted on reinstating the 1993 Constitution.",
     "Бастующие настаивали: надо вернуть Конституцию 1993 года.", "ru", None),
    # … Kazakh with a verbal noun, whose own case wants the object
    ("The party argued for strengthening the Eurasian Economic Union.",
     "Партия Еуразиялық экономикалық одаққа нығайтуды жақтады.", "kk", "Еуразиялық экономикалық одақты"),
    ("The party argued for strengthening the Eurasian Economic Union.",
     "Партия Еуразиялық экономикалық одақты нығайтуды жақтады.", "kk", None),
    # (a preposition in -ing is no gerund)
    ("Many, including Tokayev, spoke.", "Многие, включая Токаева, выступили.", "ru", None),
])
def test_a_gerund_after_a_preposition_takes_an_object(source: str, target: str, language: str,
                                                      expected: str | None) -> None:
    _expect_fix(source, target, expected, language)


def test_kazakh_noun_in_at_with_the_accusative_is_no_participle() -> None:
    """«бюджетін» is "its budget" (бюджет + -ін), not a present participle in -етін: an accusative name right
    before it is a possessor in the wrong case, not the participle's object."""
    assert [f.suggestion for f in _kazakh_wrong_inflections(
        "Banks, not oil, fill the Almaty budget.", "Банктер Алматыны бюджетін толтырады.")] == ["Алматының"]
    assert _kazakh_wrong_inflections("Banks, not oil, fill the Almaty budget.",
                                     "Банктер Алматының бюджетін толтырады.") == []
    # (a real participle in -етін after an accusative takes it as its object)
    assert _kazakh_wrong_inflections("The consortium developing Kashagan is led by Eni.",
                                     "Қашағанды игеретін консорциумды Eni басқарады.") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the separate "and" after a name sounds as its instrumental ending does
    ("Strikes reached Taraz and Kyzylorda.", "Ереуілдер Тараз мен Қызылордаға жетті.", "Тараз бен"),
    ("Strikes reached Taraz and Kyzylorda.", "Ереуілдер Тараз бен Қызылордаға жетті.", None),
    ("Strikes reached Shymkent and Kyzylorda.", "Ереуілдер Шымкент мен Қызылордаға жетті.", "Шымкент пен"),
    ("Strikes reached Atyrau and Kyzylorda.", "Ереуілдер Атырау бен Қызылордаға жетті.", "Атырау мен"),
    ("The US and Russia disagreed.", "АҚШ мен Ресей келіспеді.", "АҚШ пен"),
    ("The UN and Russia disagreed.", "БҰҰ мен Ресей келіспеді.", None),
    # (a name in Latin letters sounds as its reader says it)
    ("RISE and People Before Profit protested.", "RISE мен People Before Profit наразылық білдірді.", None),
    # glued on, it is "with": the fix is the separate word, in the same sound
    ("Shymkent and Taraz joined the strike.", "Шымкентпен Тараз ереуілге қосылды.", "Шымкент пен"),
])
def test_kazakh_separate_and_sounds_as_the_instrumental(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_kazakh_place_gone_round_is_no_place_of_event() -> None:
    """"worked all over western Kazakhstan": a verb of going round (аралау) in the clause takes the place as its
    object, an accusative, even before a verb of being or working."""
    source = "He had worked all over western Kazakhstan."
    assert _kazakh_wrong_inflections(source, "Ол бүкіл Батыс Қазақстанды аралап жұмыс істеген.") == []
    assert [f.suggestion for f in _kazakh_wrong_inflections(source, "Ол бүкіл Батыс Қазақстанды жұмыс істеген.")] \
        == ["Батыс Қазақстанда"]


def test_kazakh_genitive_owns_a_noun_in_ia_with_the_possessive_accusative() -> None:
    """"a delegation from the Council of Aksakals": «Ақсақалдар кеңесінің делегациясын» — the genitive owns
    делегациясын (a noun in -ия, whose -сын can be no imperative), a rendering of "from" as good as the ablative."""
    source = "The akim received a delegation from the Council of Aksakals."
    assert _kazakh_wrong_inflections(source, "Әкім Ақсақалдар кеңесінің делегациясын қабылдады.") == []
    assert _kazakh_wrong_inflections(source, "Әкім Ақсақалдар кеңесінен делегацияны қабылдады.") == []


@pytest.mark.parametrize(("source", "target", "language"), [
    # a name's words never span a colon, a stop or a bracket: "the West: Kazakhstan" names no West Kazakhstan
    ("Russia, China and the West: Kazakhstan's choice.", "Ресей, Қытай және Батыс: Қазақстанның таңдауы.", "kk"),
    ("Russia, China and the West: Kazakhstan's choice.", "Россия, Китай и Запад: выбор Казахстана.", "ru"),
    ("It looked to the West. Kazakhstan had no choice.", "Он смотрел на Запад. У Казахстана не было выбора.", "ru"),
])
def test_a_name_never_spans_a_colon_or_a_stop(source: str, target: str, language: str) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    found = checker.check_source_text("d", 1, source) + checker.check_target_segment("d", 1, source, target, language)
    assert [f for f in found if f.severity in ("error", "warning")] == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the present's first and second persons govern as the verb's other forms do
    ("I thank Steve Eason for the photos.", "Благодарю Стиву Изону за фотографии.", "Стива Изона"),
    ("I thank Steve Eason for the photos.", "Благодарю Стива Изона за фотографии.", None),
    ("We are proud of Roza Tuletaeva.", "Мы гордимся Розу Тулетаеву.", "Розой Тулетаевой"),
    ("We are proud of Roza Tuletaeva.", "Мы гордимся Розой Тулетаевой.", None),
])
def test_russian_present_persons_govern_like_the_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive right before қатысты is neither the verb's subject nor the postposition's dative
    ("The charges against Kurmanov were dropped.", "Құрмановтың қатысты айыптар алынып тасталды.", "Құрмановқа"),
    ("The charges against Kurmanov were dropped.", "Құрмановқа қатысты айыптар алынып тасталды.", None),
    # (the verb «қатысты», "took part", with its subject)
    ("Kurmanov took part in the picket.", "Құрманов пикетке қатысты.", None),
    # a list before the verbal noun whose subject it is: the genitive on its last member
    ("The strikers demanded that Nazarbayev and his family leave the oil business.",
     "Ереуілшілер Назарбаев пен оның отбасының мұнай бизнесінен кетуін талап етті.", None),
])
def test_kazakh_genitive_before_katysty_and_a_listed_subject(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a possessed noun in -ындағы is possessed: a bare name right before it is its possessor, as with "'s" …
    ("Ақтау көшелеріндегі наразылық күшейді.", None),
    # … and across a modifier only the genitive possesses
    ("Ақтау басты көшелеріндегі наразылық күшейді.", "Ақтаудың"),
])
def test_kazakh_possessed_place_adjective_after_of(target: str, expected: str | None) -> None:
    _expect_fix("Protests on the streets of Aktau grew.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a mention the translation adds (the source's "Oral" is no glossary spelling) has no English context: only
    # the mentions the source has are read against it
    ("Оралда ереуіл жалғасты. Көбі митингіге Оралға оралды.", None),
    ("Оралға ереуіл өтті. Көбі митингіге Оралға оралды.", "Оралда"),
])
def test_kazakh_mention_beyond_the_sources_is_not_read(target: str, expected: str | None) -> None:
    _expect_fix("In Uralsk the strike went on. Many came back to Oral for the rally.", target, expected, "kk")


def test_a_plural_head_after_one_name_is_no_shared_head() -> None:
    """"European unions" are trade unions, not the European Union: a plural head noun names a referent with
    each name before it only when it is shared by a list ("Aktobe and Kyzylorda regions")."""
    checker = checker_for_path(REPO / "glossary.tsv")
    source = "Murphy urged European unions to back the strikers."
    found = checker.check_target_segment("d", 1, source, "Мерфи еуропалық кәсіподақтарды ереуілшілерді қолдауға "
                                                          "шақырды.", "kk")
    assert [f.check for f in found if f.severity in ("error", "warning")] == []
    assert "european-union" not in {checker.lexicon.ids[ref] for ref in checker.wanted(source)}
    listed = checker.wanted("Oil workers of Aktobe and Kyzylorda regions struck.")
    assert {checker.lexicon.ids[ref] for ref in listed} >= {"aktobe-region", "kyzylorda-region"}


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English "'s" on the one who acts: a bare name with the verbal noun's own complements between is no subject
    ("Nazarbayev's flight to Moscow surprised nobody.", "Назарбаев Мәскеуге қашуы ешкімді таң қалдырмады.",
     "Назарбаевтың"),
    ("Nazarbayev's appeal to the CSTO came late.", "Назарбаев ҰҚШҰ-ға жүгінуі кеш болды.", "Назарбаевтың"),
    ("Nazarbayev's flight to Moscow surprised nobody.", "Назарбаевтың Мәскеуге қашуы ешкімді таң қалдырмады.", None),
    # (right before its noun a bare name may stand; and a word in no case of its own between may start another
    # phrase)
    ("Nazarbayev's resignation surprised nobody.", "Назарбаев кетуі ешкімді таң қалдырмады.", None),
])
def test_kazakh_bare_subject_of_a_possessed_verbal_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # the object of an English verb after a Russian noun of action is its genitive, not the noun's own dative
    ("КПРФ призвала к укреплению Евразийскому экономическому союзу.", "Евразийского экономического союза"),
    ("КПРФ призвала к укреплению Евразийского экономического союза.", None),
])
def test_russian_object_after_a_noun_of_action(target: str, expected: str | None) -> None:
    _expect_fix("The CPRF called for strengthening the Eurasian Economic Union.", target, expected)


def test_russian_dative_after_a_noun_of_action_where_the_source_says_to() -> None:
    assert _wrong_inflections("Russia sent aid to Kazakhstan.", "Россия направила помощь Казахстану.") == []


@pytest.mark.parametrize(("target", "expected"), [
    # bordering, like meeting and agreeing, is done *with* someone: the instrumental
    ("Қазақстан солтүстігінде Ресейді шектеседі.", "Ресеймен"),
    ("Қазақстан солтүстігінде Ресеймен шектеседі.", None),
])
def test_kazakh_bordering_takes_the_instrumental(target: str, expected: str | None) -> None:
    _expect_fix("Kazakhstan borders Russia in the north.", target, expected, "kk")


def test_a_questions_auxiliary_is_no_imperative() -> None:
    """"Did the Council of Aksakals play any part …?": the auxiliary opening a question has its subject after it,
    no object — the bare Kazakh subject before the verb is right."""
    assert _kazakh_wrong_inflections("Did the Council of Aksakals play any part in the talks?",
                                     "Ақсақалдар кеңесі келіссөздерде қандай да бір рөл атқарды ма?") == []


@pytest.mark.parametrize(("target", "expected"), [
    # a present participle made a noun reports a clause too: its verb governs the name
    ("Си Цзиньпин Қытайдың Тоқаевқа қолдайтынын айтты.", "Тоқаевты"),
    ("Си Цзиньпин Қытайдың Тоқаевты қолдайтынын айтты.", None),
])
def test_kazakh_nominalised_present_participle_governs(target: str, expected: str | None) -> None:
    _expect_fix("Xi Jinping said China supports Tokayev.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare name right before the accusative verbal noun whose object the English makes it
    ("The workers demanded the return of the 1993 Constitution.", "Жұмысшылар 1993 жылғы Конституция қайтаруды "
     "талап етті.", "1993 жылғы Конституцияны"),
    ("The workers demanded the return of the 1993 Constitution.", "Жұмысшылар 1993 жылғы Конституцияны қайтаруды "
     "талап етті.", None),
    # (a bare name before the noun of a compound whose passive it is the subject of)
    ("The arrest of Massimov raised questions.", "Мәсімов қамауға алынғаннан кейін сұрақтар туындады.", None),
    # membership with a personal ending takes the dative of what one is a member of
    ("I am a member of RISE myself.", "Мен өзім RISE-ға мүшемін.", None),
])
def test_kazakh_bare_object_of_a_verbal_noun_and_membership_predicate(source: str, target: str,
                                                                      expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a second genitive right after the owner's owns nothing of its own: "with" makes it a partner
    ("Тоқаевтың Путиннің телефон арқылы сөйлесуі бір сағатқа созылды.", "Путинмен"),
    ("Тоқаевтың Путинмен телефон арқылы сөйлесуі бір сағатқа созылды.", None),
])
def test_kazakh_second_genitive_where_the_source_says_with(target: str, expected: str | None) -> None:
    _expect_fix("Tokayev's phone call with Putin lasted an hour.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the passive's agent turned round into where something comes: «… елшілігіне хат келіп түсті»
    ("A letter has been received by the Embassy of Kazakhstan.", "Қазақстан елшілігіне хат келіп түсті.", None),
    # (with the English active, a sending subject in the dative is still wrong)
    ("Tajikistan sent two hundred soldiers.", "Тәжікстанға екі жүз әскер жіберді.", "Тәжікстан"),
])
def test_kazakh_passive_agent_as_where_something_comes(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # "in" after a noun says where the motion's own destination is: the locative, whatever moves
    ("Направьте копию в трудовую инспекцию в Жанаозен.", "Жанаозене"),
    ("Направьте копию в трудовую инспекцию в Жанаозене.", None),
])
def test_russian_place_of_the_destination(target: str, expected: str | None) -> None:
    _expect_fix("Send a copy to the labour inspectorate in Zhanaozen.", target, expected)


@pytest.mark.parametrize(("source", "target"), [
    # a verb made a noun is owned by its genitive subject, after a bare verbal noun that is its object too
    ("Stalin's socialism was state capitalism; what Nazarbayev built is naked capitalism.",
     "Сталиннің социализмі мемлекеттік капитализм болатын; Назарбаевтың құрғаны — жалаңаш капитализм."),
    ("The defence notes that the Shanghai Cooperation Organisation voiced its support for the authorities.",
     "Қорғау тарапы Шанхай ынтымақтастық ұйымының билікке қолдау білдіргенін атап өтеді."),
])
def test_kazakh_genitive_subject_of_a_verb_made_a_noun(source: str, target: str) -> None:
    assert _kazakh_wrong_inflections(source, target) == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle of happening between the name and the noun: the name is its complement, no possessor
    ("Massimov's arrest recalls the purges of 1986.", "Мәсімовпен болған оқиға 1986 жылғы тазалауларды еске "
     "түсіреді.", None),
    # (a dative before a participle of giving is still no possessor: Tokayev's own word)
    ("Tokayev's own word for the protesters was 'terrorists'.", "Тоқаевқа наразыларға берген атауы — «террористер».",
     "Тоқаевтың"),
])
def test_kazakh_oblique_name_as_a_participles_complement(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # concluding a deal (жасасу, the reciprocal of жасау) is done with someone: the instrumental
    ("Қазақстан келісімді 1993 жылы Chevron-ға жасасқан.", "Chevron-мен"),
    ("Қазақстан келісімді 1993 жылы Chevron-мен жасасқан.", None),
])
def test_kazakh_concluding_a_deal_takes_the_instrumental(target: str, expected: str | None) -> None:
    _expect_fix("Kazakhstan signed the deal with Chevron in 1993.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # being somewhere (был, была) is where, a locative, whatever the English moves ("been back to")
    ("I haven't been back to Ust-Kamenogorsk for years.", "Я не была в Усть-Каменогорск много лет.",
     "Усть-Каменогорске"),
    ("I haven't been back to Ust-Kamenogorsk for years.", "Я не была в Усть-Каменогорске много лет.", None),
    # (a day after в is a time: the accusative)
    ("He was in Almaty on Independence Day.", "Он был в День независимости в Алматы.", None),
])
def test_russian_being_somewhere_is_the_locative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # entrusting something to someone, as handing it: the one it goes to is a dative, past the noun between
    ("Жители доверили ведение переговоров Совета аксакалов.", "Совету аксакалов"),
    ("Жители доверили ведение переговоров Совету аксакалов.", None),
])
def test_russian_entrusted_to(target: str, expected: str | None) -> None:
    _expect_fix("Residents entrusted the negotiations to the Council of Aksakals.", target, expected)


def test_kazakh_dative_before_a_participle_of_entering_is_no_possessor() -> None:
    """"part of the KazMunayGas group": «ҚазМұнайГаз» тобына кіретін — entering into it, a dative, not the group's
    owner left in the wrong case."""
    assert _kazakh_wrong_inflections("Workers at Ozenmunaigas, part of the KazMunayGas group, won a pay rise.",
                                     "«ҚазМұнайГаз» тобына кіретін «Өзенмұнайгаз» кәсіпорнының жұмысшылары "
                                     "жалақыны өсіруге қол жеткізді.") == []


@pytest.mark.parametrize(("target", "expected"), [
    # "depends heavily on": an adverb of degree in both languages between the name and its postposition
    ("Қазақстан қауіпсіздік мәселесінде Ресейден қатты тәуелді.", "Ресейге"),
    ("Қазақстан қауіпсіздік мәселесінде Ресейге қатты тәуелді.", None),
])
def test_kazakh_postposition_past_an_adverb_of_degree(target: str, expected: str | None) -> None:
    _expect_fix("Kazakhstan depends heavily on Russia for its security.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # the hearsay past (converb + -ты: құттықтапты) is a finite verb, governing as the plain past does
    ("Байден өткен айда Тоқаевпен мерейтоймен құттықтапты.", "Тоқаевты"),
    ("Байден өткен айда Тоқаевты мерейтоймен құттықтапты.", None),
])
def test_kazakh_hearsay_past_governs(target: str, expected: str | None) -> None:
    _expect_fix("Biden congratulated Tokayev on the anniversary last month.", target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the floor went to Chris Ford" turned round: a singular past agreeing with the person makes it the subject
    ("Then the floor went to Chris Ford.", "Затем слово взял Крис Форд.", None),
    # (a plural past cannot agree with one person: the source's "to" is a dative)
    ("They handed the letter to Chris Ford.", "Письмо передали Крис Форд.", "Крису Форду"),
])
def test_russian_agreeing_past_makes_the_person_its_subject(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_kazakh_correlative_pair_of_subjects() -> None:
    """"neither in Washington nor in London" turned round: «не Вашингтон, не Лондон қолдамады» — the pair of the
    sentence's subjects, no place left bare before its verb."""
    assert _kazakh_wrong_inflections("Bachelet's appeal was taken up neither in Washington nor in London.",
                                     "Бачелеттің үндеуін не Вашингтон, не Лондон қолдамады.") == []
    assert [f.suggestion for f in _kazakh_wrong_inflections("The picket ended in London.", "Пикет Лондон аяқталды.")] \
        == ["Лондонда"]


def test_kazakh_genitive_subject_across_a_converb_clause() -> None:
    """A converb before a comma chains its clause to the next: the genitive is the subject of the verb made a noun
    past it («Назарбаевтың … билік құрып, … мұрасын қалдырғанын»)."""
    assert _kazakh_wrong_inflections(
        "The congress notes that Nazarbayev held power for thirty years and left a legacy of poverty.",
        "Съезд Назарбаевтың отыз жыл билік құрып, елге кедейлік мұрасын қалдырғанын атап өтеді.") == []


@pytest.mark.parametrize(("target", "expected"), [
    # an appeal made "on Facebook" is where it was made: в + the locative, not the accusative of appealing to
    ("Вскоре после его обращения в Фейсбуке мы поговорили с ним.", None),
    ("Вскоре после его обращения в Фейсбук мы поговорили с ним.", "Фейсбуке"),
])
def test_russian_appeal_on_a_medium_is_where_it_was_made(target: str, expected: str | None) -> None:
    _expect_fix("Shortly after his appeal on Facebook we spoke to him.", target, expected)


def _missing(source: str, target: str, language: str) -> list[str]:
    return [f.offending or "" for f in _findings(source, target, language) if f.check == "target-missing-name"]


def _findings(source: str, target: str, language: str) -> list[Finding]:
    """Every finding on one segment, with the bundled glossary."""
    return checker_for_path(REPO / "glossary.tsv").check_target_segment("d", 1, source, target, language)


def test_place_rendered_by_its_adjective_only_where_it_is_no_subject() -> None:
    """"US companies": «американские компании» names the United States by its adjective's row (American, linked
    through "United States of America"); "the US sent troops" rendered «американские войска» leaves the sender
    out."""
    assert _missing("Tengizchevroil is 75% owned by US companies.",
                    "«Тенгизшевройл» на 75% принадлежит американским компаниям.", "ru") == []
    assert _missing("Tengizchevroil is 75% owned by US companies.",
                    "«Теңізшевройлдың» 75 пайызы америкалық компанияларға тиесілі.", "kk") == []
    assert _missing("The US sent troops to the region.", "В регион были направлены американские войска.",
                    "ru") == ["US"]


@pytest.mark.parametrize(("target", "expected"), [
    # a dative before a postposition of that case is the postposition's, whatever "from" the English has
    ("Батыс Қазақстан Назарбаевқа қарағанда Тоқаевтан көбірек үміт күтті.", None),
])
def test_kazakh_postposition_takes_the_name_from_the_english_from(target: str, expected: str | None) -> None:
    _expect_fix("Western Kazakhstan expected more from Tokayev than from Nazarbayev.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a bare object before a compound whose object is a dative (ықпал ету, "affect"): the dative, not the accusative
    ("Дағдарыс бүкіл Орталық Азия ықпал етті.", "Орталық Азияға"),
    ("Дағдарыс бүкіл Орталық Азияға ықпал етті.", None),
    # (the compound's subject stays bare: "Central Asia affected the market")
])
def test_kazakh_bare_object_of_a_dative_compound(target: str, expected: str | None) -> None:
    _expect_fix("The crisis affected the whole of Central Asia.", target, expected, "kk")


def test_kazakh_subject_of_a_dative_compound_stays_bare() -> None:
    assert _kazakh_wrong_inflections("Central Asia affected the oil market.",
                                     "Орталық Азия мұнай нарығына ықпал етті.") == []


def test_kazakh_name_and_a_locative_noun_share_the_locative() -> None:
    """«Қарағанды облысында және шығыста ереуілге шықты»: the second member of the pair is the locative noun right
    after және, not the dative further on."""
    assert _kazakh_wrong_inflections(
        "They struck as well, in Karaganda Region and in the east.",
        "Олар да Қарағанды облысында және шығыста ереуілге шықты.") == []


@pytest.mark.parametrize(("target", "expected"), [
    # a voice comes from where one calls: "calling from Pavlodar" is the ablative, not where one is
    ("Қайырлы кеш, Павлодарда хабарласып тұрмын.", "Павлодардан"),
    ("Қайырлы кеш, Павлодардан хабарласып тұрмын.", None),
])
def test_kazakh_calling_from_a_place_is_its_ablative(target: str, expected: str | None) -> None:
    _expect_fix("Good evening, I'm calling from Pavlodar.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    ("Астанаға көшіп келдім, бірақ Ақтауға күнде сағынамын.", "Ақтауды"),     # сағыну, "miss", takes the accusative
    ("Астанаға көшіп келдім, бірақ Ақтауды күнде сағынамын.", None),
])
def test_kazakh_missing_a_place_takes_the_accusative(target: str, expected: str | None) -> None:
    _expect_fix("I moved to Astana, but I miss Aktau every day.", target, expected, "kk")


@pytest.mark.parametrize(("target", "expected"), [
    # the words before are the name's own, the head without the с of its possessive in -сы: the possessive is missing
    ("Қазақстан Республикада бейбіт жиналу құқығы Конституцияда жазылған.", "Республикасында"),
    ("Қазақстан Республикасында бейбіт жиналу құқығы Конституцияда жазылған.", None),
])
def test_kazakh_possessive_head_without_its_s(target: str, expected: str | None) -> None:
    _expect_fix("In the Republic of Kazakhstan the right to peaceful assembly is written into the Constitution.",
                target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "in connection with": the postposition байланысты takes the dative, whatever "with" says
    ("In connection with the Zhanaozen events of 2011, the governor was dismissed.",
     "2011 жылғы Жаңаөзен оқиғасына байланысты әкім қызметінен босатылды.", None),
    # (байланысты ending its clause is the verb "got in touch", a partner's instrumental)
    ("Kurmanov got in touch with RISE in Ireland, and they promised a statement.",
     "Құрманов Ирландиядағы RISE-ға байланысты, олар мәлімдеме жасауға уәде берді.", "RISE-бен"),
    # the Zhanaozen events are the massacre's admitted English name: a postposition after it governs its case
    ("After the Zhanaozen events the government promised an investigation.",
     "Жаңаөзен оқиғасы кейін үкімет тергеу жүргізуге уәде берді.", "Жаңаөзен оқиғасынан"),
])
def test_kazakh_postposition_or_verb_after_a_with(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_russian_events_in_zhanaozen_name_the_massacre() -> None:
    assert _missing("As early as 2012, the journal had written in detail about the Zhanaozen events.",
                    "Ещё в 2012 году о событиях в Жанаозене подробно писал журнал.", "ru") == []


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare object right before a participle made a noun of a verb whose object is a dative (сену, "trust")
    ("Several members said they no longer trust Tokayev.", "Бірнеше мүше енді Тоқаев сенбейтіндерін айтты.",
     "Тоқаевқа"),
    ("Several members said they no longer trust Tokayev.", "Бірнеше мүше енді Тоқаевқа сенбейтіндерін айтты.", None),
    # returning is a verb of moving: its dative says "to" where the English says "from"
    ("Our lads came back from Atyrau last night, all safe.", "Біздің жігіттер кеше түнде Атырауға аман-есен оралды.",
     "Атыраудан"),
    # "taken off" a place is taken from it
    ("The lads were taken off Kashagan by boat on Thursday.", "Жігіттерді бейсенбіде Қашағанға қайықпен алып шықты.",
     "Қашағаннан"),
    ("On 6 January troops sealed off Shymkent.", "6 қаңтарда әскерлер Шымкентті қоршауға алды.", None),
    # ашулы, "furious with", takes the dative, past an adverb of degree too
    ("The lads at Tengiz are furious with Chevron.", "Теңіздегі жігіттер Chevron-ды қатты ашулы.", "Chevron-ға"),
    # an adverb of manner between a name and its postposition: «Назарбаевқа ашық қарсы шыққан»
    ("Her son was the first to speak out openly against Nazarbayev.",
     "Назарбаевты ашық қарсы шыққан алғашқы адам — оның ұлы.", "Назарбаевқа"),
    # келу after a converb goes on with its verb: «тұрып келеміз», "have lived", says where
    ("We have lived in Zhanaozen for twenty years.", "Біз Жаңаөзенге жиырма жыл тұрып келеміз.", "Жаңаөзенде"),
    ("We have lived in Zhanaozen for twenty years.", "Біз Жаңаөзенде жиырма жыл тұрып келеміз.", None),
])
def test_kazakh_governments_from_the_twentieth_session(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_russian_organisation_kind_after_the_english_name_is_the_organisation_itself() -> None:
    """"The Left Bloc coalition": the coalition is the Left Bloc, its quoted name stays nominative after the generic
    word («Коалиция «Левый блок»»), no genitive."""
    _expect_fix("The Left Bloc coalition held a rally in Moscow.", "Коалиция «Левого блока» провела акцию в Москве.",
                "«Левый блок»")
    _expect_fix("The Left Bloc coalition held a rally in Moscow.", "Коалиция «Левый блок» провела акцию в Москве.",
                None)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # having been somewhere is where one was: «Қытайда … болмағанын», no "to" of a destination
    ("She said she had never been to China.", "Ол Қытайда ешқашан болмағанын айтты.", None),
    # the owner of the object, no object: "attacked Zyuganov's party", the party he leads
    ("He attacked Gennady Zyuganov's Communist Party of the Russian Federation.",
     "Ол Геннадий Зюганов басқаратын Ресей Федерациясының Коммунистік партиясын сынға алды.", None),
    # -нті is a noun in -нт with the possessive (парламенті), never an accusative or a past verb: the bare owner
    # right before it owns it
    ("Kyrgyzstan's parliament was split over sending troops to Kazakhstan.",
     "Қырғызстан парламенті Қазақстанға әскер жіберу мәселесінде екіге жарылды.", None),
    # a participle with a case and no possessive owns nothing: its subject is bare
    ("After the collapse of the USSR, Kazakh oil passed to Chevron.",
     "КСРО-ның ыдырағаннан кейін қазақстандық мұнай Chevron-ға өтті.", "КСРО"),
    ("After the collapse of the USSR, Kazakh oil passed to Chevron.",
     "КСРО ыдырағаннан кейін қазақстандық мұнай Chevron-ға өтті.", None),
    # ақыл айту ("lecture") takes the dative, across the words between
    ("Westminster is lecturing Kazakhstan on human rights.",
     "Вестминстер Қазақстанды адам құқықтары туралы ақыл айтады.", "Қазақстанға"),
    # "according to": the person's genitive before сөзіне қарағанда
    ("According to Kurmanov, strike committees were springing up everywhere.",
     "Құрманов сөзіне қарағанда, ереуіл комитеттері барлық жерде құрылып жатты.", "Құрмановтың"),
    # an English object before a compound whose object is a dative: «Алматыда қоңырау шалдым» is no "phoned Almaty"
    ("I phoned Almaty from London every day.", "Лондоннан күн сайын Алматыда қоңырау шалып тұрдым.", "Алматыға"),
    # exchanging letters with someone: the partner's instrumental
    ("I exchanged emails with Terry Conway.", "Мен Терри Конуэйге электрондық хат алмастым.", "Терри Конуэймен"),
    # a bare name before the means of moving (an instrumental) qualifies nothing: where to is a dative
    ("The CSTO paratroopers were flown to Almaty on the night of 6 January.",
     "ҰҚШҰ десантшылары 6 қаңтар түні Алматы ұшақпен жеткізілді.", "Алматыға"),
    # ұқсау ("be like") takes the dative
    ("The detention centre was like Guantanamo.", "Уақытша ұстау изоляторы Гуантанамоны ұқсаған.", "Гуантанамоға"),
    # a passive's doer is the bare name and тарапынан, never the instrumental
    ("The order to shoot without warning was given by Tokayev.",
     "Ескертусіз оқ ату туралы бұйрық Тоқаевпен берілді.", "Тоқаев тарапынан"),
    ("The order to shoot without warning was given by Tokayev.",
     "Ескертусіз оқ ату туралы бұйрық Тоқаев тарапынан берілді.", None),
])
def test_kazakh_rules_from_the_twentieth_sessions_second_writers(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the present of verbs of remembering, missing and running a field make the name their object
    ("Older emigrants still miss the Soviet Union.", "Егде жастағы эмигранттар әлі де Кеңес Одағы сағынады.",
     "Кеңес Одағын"),
    ("Everyone here remembers the Zhanaozen massacre.", "Мұнда Жаңаөзен қырғыны бәрі есінде сақтайды.",
     "Жаңаөзен қырғынын"),
    # "from … to": a locative right before the dative of where to is where from
    ("Are the roads from Shymkent to Turkestan open?", "Шымкентте Түркістанға баратын жолдар ашық па?",
     "Шымкенттен"),
    # asking something of someone: the locative is no "of" either
    ("Kazakhstan asked the CSTO for military assistance.", "Қазақстан ҰҚШҰ-да әскери көмекті сұрады.", "ҰҚШҰ-дан"),
    # a distance is measured from a place
    ("Zhanaozen lies some 150 kilometres from Aktau.", "Жаңаөзен Ақтауда шамамен 150 шақырым жерде орналасқан.",
     "Ақтаудан"),
    ("Zhanaozen lies some 150 kilometres from Aktau.", "Жаңаөзен Ақтаудан шамамен 150 шақырым жерде орналасқан.",
     None),
])
def test_kazakh_objects_and_sources_of_the_twentieth_session(source: str, target: str,
                                                             expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_russian_infinitive_with_no_verb_before_governs_its_object() -> None:
    """«требуют от властей легализовать Коммунистическая партия Казахстана»: no verb before the infinitive, which
    governs the name itself — the nominative is wrong, the accusative offered."""
    _expect_fix("The workers demanded that the authorities legalise the Communist Party of Kazakhstan.",
                "Рабочие требовали от властей легализовать Коммунистическая партия Казахстана.",
                "Коммунистическую партию Казахстана")
    _expect_fix("The workers demanded that the authorities legalise the Communist Party of Kazakhstan.",
                "Рабочие требовали от властей легализовать Коммунистическую партию Казахстана.", None)


def test_a_word_of_a_longer_name_alone_is_an_ordinary_word_where_the_name_is_rendered() -> None:
    """«А в Америке … Демократических социалистов Америки»: America said on its own is no misdeclined word of the
    DSA's name, which the sentence renders whole."""
    _expect_fix("And in America, the post was published by a caucus inside the Democratic Socialists of America.",
                "А в Америке пост опубликовала фракция внутри Демократических социалистов Америки.", None)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «… туралы» after a noun is what one lectures about, no reported clause the name is the object in
    ("Why do Western governments that kept Guantanamo open lecture anyone on human rights?",
     "Гуантанамоны жиырма жыл бойы ұстап келген Батыс үкіметтері неге адам құқықтары туралы ақыл айтады?", None),
    # a name in the dative after a genitive's title is the one appealed to
    ("The mother appealed to the UN High Commissioner for Human Rights, Michelle Bachelet.",
     "Ана БҰҰ-ның адам құқықтары жөніндегі жоғарғы комиссары Мишель Бачелетке жүгінді.", None),
    # past a focusing adverb, the second side of «X емес, Y» shows the case
    ("We grew up among people who feared not Nazarbayev but only forgetting.",
     "Біз Назарбаевқа емес, тек ұмытудан ғана қорқатын адамдардың арасында өстік.", "Назарбаевтан"),
    # сүйену ("rely on") takes the dative
    ("In those days Tokayev relied mostly on Putin.", "Ол күндері Тоқаев көбіне Путинді сүйенді.", "Путинге"),
])
def test_kazakh_rules_from_the_twentieth_sessions_fourth_writers(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a medium or company the English puts after no "to" is where something is: в + the locative
    ("The defendant's Facebook posts were read out in court.", "Записи подсудимого в Фейсбук зачитали в суде.",
     "Фейсбуке"),
    ("Her father had worked for KazMunayGas for twenty-six years.",
     "Её отец проработал в «КазМунайГаз» двадцать шесть лет.", "«КазМунайГазе»"),
    ("Her father had worked for KazMunayGas for twenty-six years.",
     "Её отец проработал в «КазМунайГазе» двадцать шесть лет.", None),
    # (after "to" it is where something goes: «написал в Фейсбук»)
    ("He wrote to Facebook about the ban.", "Он написал в Фейсбук о блокировке.", None),
])
def test_russian_medium_after_v_is_where_unless_the_english_says_to(source: str, target: str,
                                                                    expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # желать/пожелать: the person wished something is a dative
    ("Biden wished Tokayev success with his reforms.", "Байден пожелал Токаева успехов в реформах.", "Токаеву"),
    ("Biden wished Tokayev success with his reforms.", "Байден пожелал Токаеву успехов в реформах.", None),
    # support expressed or given "for" someone goes to them; «поддержка Асада» alone may be the objective genitive
    ("Turkey also expressed support for Tokayev.", "Турция также выразила поддержку Токаева.", "Токаеву"),
    ("Critics drew parallels with its military support for Bashar al-Assad.",
     "Критики проводили параллели с её военной поддержкой Башара Асада.", None),
    # обязан ("owes"): the one owed is a dative
    ("Tokayev owes Joe Biden nothing.", "Токаев ничем не обязан Джо Байден.", "Джо Байдену"),
])
def test_russian_datives_of_wishing_support_and_owing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a member of an organisation: its genitive, whatever case член is in
    ("In the 1990s my father was a member of the Communist Party of Kazakhstan.",
     "В 1990-е годы мой отец был членом Коммунистической партией Казахстана.", "Коммунистической партии Казахстана"),
    ("In the 1990s my father was a member of the Communist Party of Kazakhstan.",
     "В 1990-е годы мой отец был членом Коммунистической партии Казахстана.", None),
    # нацкомпания is a generic word: the quoted name after it stays nominative
    ("Representatives of the national company KazMunayGas said gas prices would be frozen.",
     "Представители нацкомпании «КазМунайГаза» заявили, что цены на газ будут заморожены.", "«КазМунайГаз»"),
])
def test_russian_member_of_and_the_national_company(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "Neither" opening a sentence is no imperative whose object the name would be
    ("Neither the Shanghai Cooperation Organisation nor the CIS will help.",
     "Не помогут ни Шанхайская организация сотрудничества, ни СНГ.", None),
    # a particle between the verb of arrival and в: the accusative of where to
    ("On 5 January troops also arrived in Mangystau Region.", "5 января войска прибыли и в Мангистауской области.",
     "Мангистаускую область"),
    # a person is forbidden something in the dative (a thing is banned in the accusative)
    ("The authorities barred Roza Tuletaeva from any trade union activity.",
     "Власти запретили Розу Тулетаеву заниматься профсоюзной деятельностью.", "Розе Тулетаевой"),
    # a quoted Russian phrase with small letters after its first word declines in its quotes
    ("Joseph Green of Detroit Workers' Voice sent us questions.",
     "Джозеф Грин из «Голос рабочих Детройта» прислал нам вопросы.", "«Голоса рабочих Детройта»"),
    ("Joseph Green of Detroit Workers' Voice sent us questions.",
     "Джозеф Грин из «Голоса рабочих Детройта» прислал нам вопросы.", None),
])
def test_russian_rules_from_the_twentieth_sessions_last_writers(source: str, target: str,
                                                                expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound of a dative noun and a verb (суретке түсіру, "photograph") takes its object in the accusative
    ("Steve Eason photographed John McDonnell at the picket.", "Стив Изон пикетте Джон Макдоннеллге суретке түсірді.",
     "Джон Макдоннеллді"),
    # қорлау (insult) and жою (destroy) take the accusative, қатысу (take part) the dative
    ("He was accused of insulting President Tokayev.", "Ол Президент Тоқаевқа қорлады деп айыпталды.", "Тоқаевты"),
    ("The defendant took part in the Zhanaozen events of 2011.", "Сотталушы 2011 жылғы Жаңаөзен оқиғасын қатысқан.",
     "Жаңаөзен оқиғасына"),
    # a day when something happens is a locative, as a place where it does
    ("The shooting in Zhanaozen took place on Independence Day.", "Жаңаөзендегі атыс Тәуелсіздік күніне болды.",
     "Тәуелсіздік күнінде"),
    ("The shooting in Zhanaozen took place on Independence Day.", "Жаңаөзендегі атыс Тәуелсіздік күнінде болды.", None),
])
def test_kazakh_rules_from_the_twentieth_sessions_last_writers(source: str, target: str,
                                                               expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_kazakh_ablative_before_the_passive_of_a_dative_compound() -> None:
    """«… партиясынан тыйым салынды» for "the party was banned": the passive of a compound whose object is a dative
    keeps it a dative — no "from" a ban is put on (a locative, where it was, may stand)."""
    _expect_fix("In 2015 the Communist Party of Kazakhstan was banned by a court decision.",
                "2015 жылы сот шешімімен Қазақстан Коммунистік партиясынан тыйым салынды.",
                "Қазақстан Коммунистік партиясына", "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a motion verb joined by «и» after the name is a predicate of its own: «провёл в Жанаозене … и вернулся»
    ("The author spent two weeks in Zhanaozen and came back with dozens of interviews.",
     "Автор провёл в Жанаозен две недели и вернулся с десятками интервью.", "Жанаозене"),
    # a thing an English verb acts on, after the Russian noun of action rendering it: its genitive
    ("Slogans about restoring the 1993 Constitution are not extremist.",
     "Лозунги о восстановлении Конституция 1993 года экстремистскими не являются.", "Конституции 1993 года"),
])
def test_russian_coordinated_motion_and_nominalised_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English present "sees" makes the name its object
    ("Whenever your grandfather sees Nazarbayev on the screen, he switches it off.",
     "Атаң экраннан Назарбаев көрсе болды, бірден өшіріп тастайды.", "Назарбаевты"),
    # a pair's second name inside a participle's clause with a preposition of its own in the English is no pair
    ("Many brokers learned of the strikes from International Viewpoint and from articles published on MR Online.",
     "Брокерлер ереуілдер туралы International Viewpoint-тан және MR Online-да жарияланған мақалалардан білді.", None),
    # (a participle after a pair the English joins with "and" is the pair's: both names share its case)
    ("Messages of solidarity from Marko Bojcun and the Ukrainian Socialist League were read out.",
     "Марко Бойцунның және Украина социалистік лигасынан келген ынтымақтастық хаттары оқылды.", "Марко Бойцуннан"),
])
def test_kazakh_present_objects_and_pairs_across_a_participle(source: str, target: str,
                                                              expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English arrival and a Russian verb of coming right after the name: в + the accusative of where to
    ("Troops arrived in Kyzylorda during the night.", "Ночью в Кызылорде прибыли военные.", "Кызылорду"),
    ("Troops arrived in Kyzylorda during the night.", "Ночью в Кызылорду прибыли военные.", None),
    ("In Kyzylorda, troops arrived during the night.", "В Кызылорде ночью прибыли военные.", None),
])
def test_russian_arrival_after_the_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_russian_seen_makes_the_name_an_object() -> None:
    """"had seen Tony Blair": the past participle "seen" is an object verb as "saw" is; «видел Тони Блэр» is no
    nominative (the verb decides the case: no fix offered)."""
    found = _wrong_inflections("The witness said he had seen Tony Blair in Astana in 2011.",
                               "Свидетель рассказал, что видел Тони Блэр в Астане в 2011 году.")
    assert [f.offending for f in found] == ["Тони Блэр"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the polite plural imperative (ұмытпаңыздар) is a verb form that governs
    ("Do not forget Roza Tuletaeva when you pray for the prisoners.",
     "Тұтқындар үшін дұға еткенде Роза Төлетаеваға ұмытпаңыздар.", "Роза Төлетаеваны"),
    # an instrumental before a verb of publishing says "with", not where
    ("The akim's answers were published on Facebook.", "Әкімнің жауаптары Facebook-пен жарияланды.", "Facebook-та"),
])
def test_kazakh_polite_imperative_and_publishing_instrumental(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the verbal noun of a verb with an object before туралы is the name's verb: «Пиранині шақыру туралы дауыс берді»
    ("The Council voted to invite Simon Pirani to speak at a teach-in.",
     "Кеңес оқу-семинарда сөз сөйлеуге Саймон Пиранині шақыру туралы дауыс берді.", None),
    # after "to", an instrumental is no partner of a verb whose object is a dative
    ("The Union has also appealed to the European Union.", "Одақ сондай-ақ Еуропалық Одақпен жүгінді.",
     "Еуропалық Одаққа"),
    # бірлесіп ("jointly") after the name makes it the partner of "with"
    ("The Union will hold the meeting jointly with the Labour Representation Committee.",
     "Одақ жиналысты Лейбористік өкілдік комитетіне бірлесіп өткізеді.", "Лейбористік өкілдік комитетімен"),
    ("Eni, which co-operates Karachaganak, said its employees were safe.",
     "Қарашығанақты бірлесіп игеретін Eni компаниясы қызметкерлерінің аман екенін мәлімдеді.", None),
    # ынтымақтасу, "cooperate with", "be in solidarity with": a partner's verb
    ("Kazakhstan cooperates with NATO.", "Қазақстан НАТО-ға ынтымақтасады.", "НАТО-мен"),
    ("We are in solidarity with Eastern Kazakhstan.", "Біз Шығыс Қазақстанға ынтымақтаспыз.", "Шығыс Қазақстанмен"),
    ("Kazakhstan cooperates with NATO.", "Қазақстан НАТО-мен ынтымақтасады.", None),
    # (not the noun ынтымақтастық, "solidarity", which is sent *to* someone)
    ("A message of solidarity was sent to Zhanaozen.", "Жаңаөзенге ынтымақтастық хаты жолданды.", None),
    ("We send our solidarity to Roza Tuletaeva.", "Біз Роза Төлетаеваға ынтымақтастық білдіреміз.", None),
])
def test_kazakh_rules_from_the_twentieth_sessions_final_writers(source: str, target: str,
                                                                expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a dative compound made a noun (хат жазғанын, "that he wrote to"): its object is a dative
    ("The defendant said he had written to Paul Murphy asking for help.",
     "Сотталушы көмек сұрап Пол Мерфиді хат жазғанын айтты.", "Пол Мерфиге"),
    # (another dative between is the compound's own: the name is what the clause's verb acts on)
    ("The press criticised Tony Blair for advising Nazarbayev.",
     "Баспасөз Тони Блэрге Назарбаевқа кеңес бергені үшін сынға алды.", "Тони Блэрді"),
])
def test_kazakh_dative_compound_made_a_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb that carries someone somewhere, the name right after it and where to after the name: the one
    # carried is the verb's object ("sent Roza Tuletaeva to prison")
    ("The judge sent Roza Tuletaeva to a prison colony for seven years.",
     "Судья Роза Төлетаеваға жеті жылға бас бостандығынан айырды.", "Роза Төлетаеваны"),
    ("The judge sent Roza Tuletaeva to a prison colony for seven years.",
     "Судья Роза Төлетаеваны жеті жылға бас бостандығынан айырды.", None),
    # "sent Kazakhstan troops": no where-to after the name, which is the one they go to
    ("In January Russia sent Kazakhstan paratroopers.", "Қаңтарда Ресей Қазақстанға десантшылар жіберді.", None),
])
def test_kazakh_object_of_a_carrying_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an English object after a preposition that the Kazakh verb takes as a direct object: listening to,
    # coming out in defence of (and the past's polite plural, -дыңыздар, is a verb form)
    ("Did your students listen to Paul Murphy last week?",
     "Студенттеріңіз өткен аптада Пол Мерфиге тыңдадыңыздар ма?", "Пол Мерфиді"),
    ("Did your students listen to Paul Murphy last week?",
     "Студенттеріңіз өткен аптада Пол Мерфиді тыңдадыңыздар ма?", None),
    ("Trade unionists abroad came out in defence of Roza Tuletaeva.",
     "Шетелдегі кәсіподақшылар Роза Төлетаеваға қорғап шықты.", "Роза Төлетаеваны"),
    ("Trade unionists abroad came out in defence of Roza Tuletaeva.",
     "Шетелдегі кәсіподақшылар Роза Төлетаеваны қорғап шықты.", None),
    # (past a postposition that takes the name's case — not an adverb making a compound verb: қарсы алу, welcome)
    ("Trade unionists abroad came out in defence of Roza Tuletaeva.",
     "Шетелдегі кәсіподақшылар Роза Төлетаеваға қарсы жала жапқандарға қарсы шықты.", None),
    ("The Prime Minister welcomed Kairat Abdrakhmanov in London.",
     "Премьер-министр Лондонда Қайрат Әбдірахмановқа қарсы алды.", "Қайрат Әбдірахмановты"),
    # a preposition after "does the …" is no bare verb: expecting something *from* someone is its ablative
    ("What do the oil workers expect from Tokayev now?", "Мұнайшылар енді Тоқаевтан не күтеді?", None),
])
def test_kazakh_object_after_an_english_preposition(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # на after a word of banning or pressing, the English "on" after one too: the target, an accusative
    ("Who lifted the ban on the Communist Party of Kazakhstan?",
     "Кто снял запрет на Коммунистической партии Казахстана?", "Коммунистическую партию Казахстана"),
    ("Who lifted the ban on the Communist Party of Kazakhstan?",
     "Кто снял запрет на Коммунистическую партию Казахстана?", None),
    # (where something is said or shown stays a locative: "replied on Facebook")
    ("Tokayev's office replied on Facebook.", "Администрация Токаева ответила на Фейсбуке.", None),
])
def test_russian_target_of_a_ban(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a clause verb that takes a dative object (believing, helping) or an instrumental (getting to know)
    ("The miners trusted the Council of Aksakals more than the akimat.",
     "Кеншілер Ақсақалдар кеңесін әкімдіктен гөрі көбірек сенді.", "Ақсақалдар кеңесіне"),
    ("The miners trusted the Council of Aksakals more than the akimat.",
     "Кеншілер Ақсақалдар кеңесіне әкімдіктен гөрі көбірек сенді.", None),
    ("My brother got to know Paul Murphy in Dublin in 2015.",
     "Ағам Пол Мерфиді 2015 жылы Дублинде таныстырды.", None),     # (introduced: another verb, its object)
    ("My brother got to know Paul Murphy in Dublin in 2015.",
     "Ағам Пол Мерфиді 2015 жылы Дублинде танысты.", "Пол Мерфимен"),
    # "remembered": еске алу, an accusative object like есіне алу
    ("Each year the town remembers the Zhanaozen massacre.",
     "Қала жыл сайын Жаңаөзен қырғынына еске алады.", "Жаңаөзен қырғынын"),
    ("Each year the town remembers the Zhanaozen massacre.", "Қала жыл сайын Жаңаөзен қырғынын еске алады.", None),
    # a passive in the hearsay past (-ыпты) takes no object: the name is its subject
    ("They arrested Karim Massimov, the KNB chairman!", "ҰҚК төрағасы Кәрім Мәсімов қамауға алыныпты!", None),
])
def test_kazakh_clause_verbs_of_trust_acquaintance_and_memory(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a degree adverb in -шалықты («соншалықты», "so") only looks like an accusative: no other object between
    ("Explain why Putin backed Tokayev so quickly.", "Путиннің Тоқаев неге соншалықты тез қолдағанын түсіндіріңіз.",
     "Тоқаевты"),
    ("Explain why Putin backed Tokayev so quickly.", "Путиннің Тоқаевты неге соншалықты тез қолдағанын түсіндіріңіз.",
     None),
])
def test_kazakh_degree_adverb_is_no_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "a letter to Bachelet", "a petition to the UN": the noun of what is sent makes the name its recipient, a
    # dative — the ablative says where it came from
    ("Our petition to Michelle Bachelet was never answered.", "Мишель Бачелеттен жолдаған өтінішімізге жауап келмеді.",
     "Мишель Бачелетке"),
    ("Our petition to Michelle Bachelet was never answered.", "Мишель Бачелетке жолдаған өтінішімізге жауап келмеді.",
     None),
])
def test_kazakh_recipient_of_a_letter(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # where something happens is read up to a comma and a conjunction that opens a clause of its own: what
    # that clause's verb takes («қамауда қалды») is none of the name's
    ("Life in Almaty returned to normal within a week, but dozens stayed in detention.",
     "Бір аптада Алматыға өмір қалпына келді, бірақ ондаған адам қамауда қалды.", "Алматыда"),
    ("Life in Almaty returned to normal within a week, but dozens stayed in detention.",
     "Бір аптада Алматыда өмір қалпына келді, бірақ ондаған адам қамауда қалды.", None),
    # (the first person's imperative is a verb form: «Жаңаөзеннен бастайық», let us begin from Zhanaozen)
    ("Let's begin in Zhanaozen, because that is where it started.",
     "Жаңаөзеннен бастайық, өйткені бәрі сонда басталды.", None),
    # (a postposition right after the name decides its case: "than in Almaty", «Алматыға қарағанда»)
    ("It was calmer in Taraz than in Almaty.", "Таразда Алматыдан қарағанда тынышырақ болды.", "Алматыға"),
])
def test_kazakh_where_read_to_the_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # куә болу, to witness, is a compound whose object is a dative
    ("As a young man he witnessed the Zhanaozen massacre.", "Ол жас кезінде Жаңаөзен қырғынын куә болды.",
     "Жаңаөзен қырғынына"),
    ("As a young man he witnessed the Zhanaozen massacre.", "Ол жас кезінде Жаңаөзен қырғынына куә болды.", None),
])
def test_kazakh_witnessing_takes_a_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "out of" says leaving whatever the English verb: never where something happens
    ("In 2022 Tokayev eased Nazarbayev out of the Security Council.",
     "2022 жылы Тоқаев Назарбаевты Қауіпсіздік кеңесінде біртіндеп ығыстырды.", "Қауіпсіздік кеңесінен"),
    ("In 2022 Tokayev eased Nazarbayev out of the Security Council.",
     "2022 жылы Тоқаев Назарбаевты Қауіпсіздік кеңесінен біртіндеп ығыстырды.", None),
    # ("from" with no verb of moving may say where someone is: a locative is left alone)
    ("Greetings from Almaty to all our readers!", "Алматыдағы барлық оқырмандарымызға сәлем!", None),
])
def test_kazakh_out_of_is_an_ablative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a company someone works for is where they work, a locative; a person worked for is a dative
    ("My cousin has worked for Tengizchevroil since 2015.", "Немере ағам 2015 жылдан бері «Теңізшевройлға» жұмыс істейді.",
     "«Теңізшевройлда»"),
    ("My cousin has worked for Tengizchevroil since 2015.", "Немере ағам 2015 жылдан бері «Теңізшевройлда» жұмыс істейді.",
     None),
    ("Tony Blair worked for Nazarbayev for years.", "Тони Блэр көп жыл Назарбаевқа жұмыс істеді.", None),
    # (taking a job there, "went to work for", is a dative of its own verb; so is serving one, қызмет көрсету)
    ("In 2015 my cousin went to work for Tengizchevroil.", "2015 жылы немере ағам «Теңізшевройлға» жұмысқа орналасты.",
     None),
    ("A drilling firm working for Tengizchevroil lost contact with its crews.",
     "«Теңізшевройлға» қызмет көрсететін бұрғылау фирмасы бригадаларымен байланысын жоғалтты.", None),
])
def test_kazakh_company_worked_for(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the arrest of Karim Massimov": the owner of a passive's verbal noun (алынуы: -ын- after a stem in -л), which
    # only the genitive reaches across the words between — not a bare name, nor an accusative (a passive has no
    # object)
    ("The arrest of Karim Massimov shocked the country.", "Кәрім Мәсімов қамауға алынуы елді дүрліктірді.",
     "Кәрім Мәсімовтің"),
    ("The arrest of Karim Massimov shocked the country.", "Кәрім Мәсімовті қамауға алынуы елді дүрліктірді.",
     "Кәрім Мәсімовтің"),
    ("The arrest of Karim Massimov shocked the country.", "Кәрім Мәсімовтің қамауға алынуы елді дүрліктірді.", None),
    # (an active verbal noun's object is an accusative: "the KNB's arrest of Massimov")
    ("The arrest of Karim Massimov by the KNB shocked the country.",
     "ҰҚК-ның Кәрім Мәсімовті қамауға алуы елді дүрліктірді.", None),
])
def test_kazakh_owner_of_a_passive_verbal_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the intervention of the CSTO": the English "of" makes a possessed verbal noun after a dative its owner's — an
    # intervention *in* it is said with "in"
    ("The intervention of the CSTO was approved within a day.", "ҰҚШҰ-ға араласуы бір күнде мақұлданды.", "ҰҚШҰ-ның"),
    ("The intervention of the CSTO was approved within a day.", "ҰҚШҰ-ның араласуы бір күнде мақұлданды.", None),
])
def test_kazakh_dative_before_the_verbal_noun_it_owns(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "a report written by Terry Conway": right before a passive participle the doer is no instrumental either
    ("A report written by Terry Conway describes the arrests.",
     "Терри Конуэймен жазылған баяндамада тұтқындаулар сипатталады.", "Терри Конуэй тарапынан"),
    ("A report written by Terry Conway describes the arrests.",
     "Терри Конуэй жазған баяндамада тұтқындаулар сипатталады.", None),
    ("A report written by Terry Conway describes the arrests.",
     "Терри Конуэй тарапынан жазылған баяндамада тұтқындаулар сипатталады.", None),
])
def test_kazakh_doer_before_a_passive_participle(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a nominative adjective before a name that closes a list ("both X and the American Workers World Party
    # backed"): the list's last subject, not a fronted object
    ("Both the CPRF and the American Workers World Party backed the intervention.",
     "И КПРФ, и американская Рабочая мировая партия поддержали вмешательство.", None),
])
def test_russian_list_subject_after_an_adjective(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of going somewhere oneself takes no object: a bare name before its possessed noun is no object left bare
    ("In 1994 Kazakhstan joined the CIS customs agreement.", "1994 жылы Қазақстан ТМД кеден келісіміне кірді.", None),
    # (an unknown active verb still wants a definite object in the accusative)
    ("Tokayev pushed Nazarbayev out of the Security Council.",
     "Тоқаев Назарбаев Қауіпсіздік кеңесінен ығыстырып шығарды.", "Назарбаевты"),
])
def test_kazakh_going_verb_takes_no_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a progressive's object ("were openly criticising Tokayev"), an adverb of time after the name ("long before")
    ("Students were openly criticising Tokayev long before the protests.",
     "Студенттер наразылықтардан көп бұрын Тоқаевқа ашық сынап жүрді.", "Тоқаевты"),
    ("Students were openly criticising Tokayev long before the protests.",
     "Студенттер наразылықтардан көп бұрын Тоқаевты ашық сынап жүрді.", None),
])
def test_kazakh_object_of_a_progressive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # есіне алу / еске алу, remembering, is a clause verb whose object is an accusative wherever it stands — a
    # genitive would own the «есіне», a bare name is left without its case
    ("Fans in Zhanaozen still remember Roza Tuletaeva.",
     "Жаңаөзендегі жанкүйерлер Роза Төлетаеваның әлі күнге дейін есіне алады.", "Роза Төлетаеваны"),
    ("Fans in Zhanaozen still remember Roza Tuletaeva.",
     "Жаңаөзендегі жанкүйерлер Роза Төлетаеваны әлі күнге дейін есіне алады.", None),
    ("Every year the town commemorates the Zhanaozen massacre.",
     "Жыл сайын қала Жаңаөзен қырғыны үнсіз еске алады.", "Жаңаөзен қырғынын"),
])
def test_kazakh_remembering_takes_an_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an English infinitive's object, bare right before a verbal noun with a case that no table knows: a definite
    # object is never bare
    ("Ask the class to locate Mangystau Region on the map.", "Сыныпқа картадан Маңғыстау облысы табуды тапсырыңыз.",
     "Маңғыстау облысын"),
    ("Ask the class to locate Mangystau Region on the map.", "Сыныпқа картадан Маңғыстау облысын табуды тапсырыңыз.",
     None),
])
def test_kazakh_bare_object_of_an_unknown_verbal_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a website or company one goes into, right before a verb of going (кіру, "access to Facebook"): a dative
    ("For a week nobody could get onto Facebook.", "Бір апта бойы ешкім Facebook-та кіре алмады.", "Facebook-қа"),
    ("For a week nobody could get onto Facebook.", "Бір апта бойы ешкім Facebook-қа кіре алмады.", None),
])
def test_kazakh_website_gone_into(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the one talked to or met with ("spoke to Roza Tuletaeva") takes the case the Kazakh verb says: сөйлесу, an
    # instrumental
    ("In December she spoke to Roza Tuletaeva by phone.", "Желтоқсанда ол Роза Төлетаеваға телефонмен сөйлесті.",
     "Роза Төлетаевамен"),
    ("In December she spoke to Roza Tuletaeva by phone.", "Желтоқсанда ол Роза Төлетаевамен телефонмен сөйлесті.",
     None),
    # (told: айту takes the dative)
    ("In December she spoke to Roza Tuletaeva about the trial.", "Желтоқсанда ол Роза Төлетаеваға сот туралы айтты.",
     None),
    # ("held talks with": a noun, not the verb)
    ("The ministry held talks with ExxonMobil on Kashagan.",
     "Министрлік Қашаған бойынша ExxonMobil келіссөздер жүргізді.", "ExxonMobil-мен"),
])
def test_kazakh_one_talked_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a word made of a name's last word is another word, no inflection of it: «облыстық» (regional), «-дай» (like)
    ("The East Kazakhstan Regional Court heard 11 appeals.", "Шығыс Қазақстан облыстық соты 11 шағымды қарады.", None),
    ("Kazakhstan is as large as Western Europe.", "Қазақстанның аумағы Батыс Еуропадай.", None),
])
def test_kazakh_word_made_of_a_name_is_no_inflection(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name before a generic noun of a movement's body (фракция, платформа, науқан …): the head takes the case
    ("We send greetings to the Reform & Revolution caucus.", "Біз «Реформа және революция» фракциясына сәлем жолдаймыз.",
     None),
])
def test_kazakh_quoted_name_before_a_caucus(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "recalled" with no quotation or comma before it takes an object ("recalled the Zhanaozen massacre")
    ("At the hearing the defendant recalled the Zhanaozen massacre.",
     "Сотталушы сот отырысында Жаңаөзен қырғыны еске алды.", "Жаңаөзен қырғынын"),
    # (its object's owner, "recalled Tony Blair's advice to Nazarbayev", is no object of the compound after it)
    ("He recalled Tony Blair's paid advice to Nazarbayev.", "Ол Тони Блэрдің Назарбаевқа ақылы кеңес бергенін еске салды.",
     None),
    # залал келтіру, causing damage, takes a dative like зиян келтіру
    ("The court found that the defendants had caused Kazakhmys damage.",
     "Сот сотталушылардың «Қазақмыс» корпорациясын залал келтіргенін анықтады.", "«Қазақмыс» корпорациясына"),
])
def test_kazakh_recalled_and_damage(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a polite request (-ңызшы) is a verb form: "please pass our greetings to Paul Murphy" gives to a dative
    ("Please pass our greetings to Paul Murphy.", "Пол Мерфиді біздің сәлемімізді жеткізіңізші.", "Пол Мерфиге"),
    ("Please pass our greetings to Paul Murphy.", "Пол Мерфиге біздің сәлемімізді жеткізіңізші.", None),
])
def test_kazakh_polite_request_is_a_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of sending after the name with a recipient of its own ("and sends us the news") asks nothing of it
    ("My son works in London and sends us money every month.", "Ұлым Лондонға жұмыс істейді, ай сайын бізге ақша жібереді.",
     "Лондонда"),
    ("My son works in London and sends us money every month.", "Ұлым Лондонда жұмыс істейді, ай сайын бізге ақша жібереді.",
     None),
])
def test_kazakh_sending_with_its_own_recipient(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "many thanks to Steve Eason": the one thanked, a dative of «алғыс айту» (an adjective between is no participle)
    ("Many thanks to Steve Eason for the photographs.", "Суреттер үшін Стив Изонды үлкен алғыс айтамыз.", "Стив Изонға"),
    ("Many thanks to Steve Eason for the photographs.", "Суреттер үшін Стив Изонға үлкен алғыс айтамыз.", None),
])
def test_kazakh_thanks_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a dative owns nothing: a possessed noun after it has another owner, and the clause verb still wants its object
    ("Biden congratulated Kazakhstan on the 30th anniversary of its independence.",
     "Байден Қазақстанға тәуелсіздігінің 30 жылдығымен құттықтады.", "Қазақстанды"),
    ("Biden congratulated Kazakhstan on the 30th anniversary of its independence.",
     "Байден Қазақстанды тәуелсіздігінің 30 жылдығымен құттықтады.", None),
    # (the one told, "told Abdrakhmanov that …", is a dative whatever the reported clause's verb takes)
    ("Johnson told Abdrakhmanov that he looked forward to working with him.",
     "Джонсон Әбдірахмановқа онымен бірге жұмыс істеуді асыға күтетінін айтты.", None),
])
def test_kazakh_dative_owns_nothing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # two or three words of degree between a name and its postposition, a comparison among them
    ("The regime now depends on Moscow more than ever.", "Режим енді Мәскеуден бұрынғыдан да қатты тәуелді.",
     "Мәскеуге"),
    ("The regime now depends on Moscow more than ever.", "Режим енді Мәскеуге бұрынғыдан да қатты тәуелді.", None),
])
def test_kazakh_postposition_past_words_of_degree(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # ал after the converb of a verb the tables know governs as that verb («қоршап алды», "surrounded")
    ("On 6 January the police surrounded the Council of Aksakals.", "6 қаңтарда полиция Ақсақалдар кеңесі қоршап алды.",
     "Ақсақалдар кеңесін"),
    ("On 6 January the police surrounded the Council of Aksakals.", "6 қаңтарда полиция Ақсақалдар кеңесін қоршап алды.",
     None),
])
def test_kazakh_converb_with_al(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "part of X" owns: an accusative before the possessed noun («құрамына») is no owner
    ("In 2019 RISE became part of People Before Profit.", "2019 жылы RISE People Before Profit-ты құрамына кірді.",
     "People Before Profit-тың"),
    ("In 2019 RISE became part of People Before Profit.", "2019 жылы RISE People Before Profit-тың құрамына кірді.",
     None),
])
def test_kazakh_part_of_owns(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the company's own generic noun after the English name ("the PetroKazakhstan company") is no noun it modifies
    ("In 2005 CNPC bought the PetroKazakhstan company.", "2005 жылы CNPC «ПетроҚазақстан» компаниясы сатып алды.",
     "«ПетроҚазақстан» компаниясын"),
    ("In 2005 CNPC bought the PetroKazakhstan company.", "2005 жылы CNPC «ПетроҚазақстан» компаниясын сатып алды.",
     None),
    # (one that modifies a noun after it: "backed the Tengizchevroil company workers")
    ("Activists backed the Tengizchevroil company workers.",
     "Белсенділер «Теңізшевройл» компаниясы жұмысшыларын қолдады.", None),
])
def test_kazakh_object_with_its_generic_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # legalising, restoring: verbs whose object is an accusative; an infinitive's nominative object is no subject
    # even where the verb's own case is known
    ("The workers demanded that the authorities legalise the Communist Party of Kazakhstan.",
     "Рабочие требовали, чтобы власти легализовали Коммунистической партии Казахстана.",
     "Коммунистическую партию Казахстана"),
    ("The protesters demand that the 1993 Constitution be restored.",
     "Протестующие требуют восстановить Конституции 1993 года.", "Конституцию 1993 года"),
    ("The statement calls for the legalisation of the Communist Party of Kazakhstan.",
     "В заявлении содержится призыв легализовать Коммунистическая партия Казахстана.",
     "Коммунистическую партию Казахстана"),
    ("The statement calls for the legalisation of the Communist Party of Kazakhstan.",
     "В заявлении содержится призыв легализовать Коммунистическую партию Казахстана.", None),
])
def test_russian_legalise_and_restore(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # names after «яғни» ("that is") repeat their head's genitive, an apposition: no genitive owning nothing
    ("It is the memory of the whole of Western Kazakhstan — Aktau, Atyrau, Uralsk.",
     "Бұл — бүкіл Батыс Қазақстанның, яғни Ақтаудың, Атыраудың, Оралдың ортақ жады.", None),
])
def test_kazakh_apposition_after_yagni(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare name right before a non-finite form of a verb whose object is an accusative: its object, left bare
    ("We are waiting for Kurmanov; he is on his way from Almaty.", "Біз Құрманов күтіп отырмыз, ол Алматыдан келе жатыр.",
     "Құрмановты"),
    ("We are waiting for Kurmanov; he is on his way from Almaty.", "Біз Құрмановты күтіп отырмыз, ол Алматыдан келе жатыр.",
     None),
    # (a compound in the passive makes the bare name its subject: «Роза Төлетаева еске алынады»)
    ("The thread remembers Roza Tuletaeva, jailed in 2012.", "Жазбада 2012 жылы түрмеге қамалған Роза Төлетаева еске алынады.",
     None),
])
def test_kazakh_bare_object_before_a_verb_form(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # напоминать: "resembles" takes an accusative, "reminds" a dative
    ("The CSTO today resembles the Holy Alliance.", "ОДКБ сегодня напоминает Священному союзу.", "Священный союз"),
    ("The CSTO today resembles the Holy Alliance.", "ОДКБ сегодня напоминает Священный союз.", None),
    ("Nazarbayev's men reminded Tokayev who was in charge.", "Люди Назарбаева напомнили Токаева, кто главный.",
     "Токаеву"),
    ("Nazarbayev's men reminded Tokayev who was in charge.", "Люди Назарбаева напомнили Токаеву, кто главный.", None),
    # изменить: "betrayed" a dative
    ("The general betrayed Nazarbayev.", "Генерал изменил Назарбаева.", "Назарбаеву"),
    ("The general betrayed Nazarbayev.", "Генерал изменил Назарбаеву.", None),
    # no sense in the English: no rule
    ("The general went over to Tokayev.", "Генерал изменил Назарбаева.", None),
])
def test_a_verb_whose_case_depends_on_its_sense_takes_the_case_the_english_verb_shows(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a city's own place after it in English ("Almaty airport"): the name owns it, bare or in the genitive
    ("Demonstrators briefly seized Almaty airport.", "Демонстранттар Алматыда әуежайын басып алды.", "Алматының"),
    ("Demonstrators briefly seized Almaty airport.", "Демонстранттар Алматы әуежайын басып алды.", None),
    ("Demonstrators briefly seized Almaty airport.", "Демонстранттар Алматының әуежайын басып алды.", None),
    # a noun in -л with the possessive (өкілі, "its representative") is the possessed noun, not an adjective in -лі
    ("The statement was coordinated by Paul Murphy of RISE.", "Мәлімдемені RISE-ды өкілі Пол Мерфи үйлестірді.",
     "RISE-дың"),
    ("The statement was coordinated by Paul Murphy of RISE.", "Мәлімдемені RISE өкілі Пол Мерфи үйлестірді.", None),
    # a noun in -ment that names a thing ("the statement of"): its owner, not the object of an action
    ("Simon Hannah read out part of the statement of the Socialist Movement of Kazakhstan.",
     "Саймон Ханна Қазақстан социалистік қозғалысын мәлімдемесінің бір бөлігін оқып берді.",
     "Қазақстан социалистік қозғалысының"),
    ("Simon Hannah read out part of the statement of the Socialist Movement of Kazakhstan.",
     "Саймон Ханна Қазақстан социалистік қозғалысының мәлімдемесінің бір бөлігін оқып берді.", None),
    # (an action's "of" stays an object: "the restoration of the Constitution")
    ("They demanded the restoration of the 1993 Constitution.",
     "Олар 1993 жылғы Конституцияны қалпына келтіруді талап етті.", None),
])
def test_a_kazakh_name_in_an_oblique_case_before_what_the_english_makes_it_own(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «арқасында», "thanks to": a possessed postposition, its person in the genitive
    ("Thanks to Steve Eason, we have photographs of the whole picket.",
     "Стив Изонға арқасында бізде бүкіл пикеттің суреттері бар.", "Стив Изонның"),
    ("Thanks to Steve Eason, we have photographs of the whole picket.",
     "Стив Изонның арқасында бізде бүкіл пикеттің суреттері бар.", None),
    # asking someone, in a reported clause: Kazakh asks from them, whatever the clause's own verb
    ("Tokayev admitted that he had asked Moscow for help.", "Тоқаев Мәскеуге көмек сұрағанын мойындады.", "Мәскеуден"),
    ("Tokayev admitted that he had asked Moscow for help.", "Тоқаев Мәскеуден көмек сұрағанын мойындады.", None),
    # ... but turning to someone to ask is a dative
    ("That night Tokayev asked the CSTO for help.", "Сол түні Тоқаев ҰҚШҰ-ға көмек сұрап жүгінді.", None),
    # a passive converb of taking right after the name: where from, an ablative
    ("The statement was reproduced from International Viewpoint.",
     "Мәлімдеме International Viewpoint-та алынып, қайта басылды.", "International Viewpoint-тан"),
    ("The statement was reproduced from International Viewpoint.",
     "Мәлімдеме International Viewpoint-тан алынып, қайта басылды.", None),
    # (further on, the passive's place is where it happened)
    ("As elsewhere, Lenin statues have gone from Aktau.", "Басқа жерлердегідей, Ақтауда да Ленин ескерткіштері "
     "алынып тасталған.", None),
    # a name in a case of place before a noun the English says it modifies, a genitive owner before it
    ("The first report appeared on Paul Murphy's Facebook page.",
     "Алғашқы хабарлама Пол Мерфидің Facebook-қа парақшасында жарияланды.", "Facebook-тың"),
    ("The first report appeared on Paul Murphy's Facebook page.",
     "Алғашқы хабарлама Пол Мерфидің Facebook парақшасында жарияланды.", None),
    # "not far from": жақын, with the dative
    ("Uralsk lies not far from Karachaganak.", "Орал Қарашығанаққа жақын орналасқан.", None),
    ("Uralsk lies not far from Karachaganak.", "Орал Қарашығанақтан жақын орналасқан.", "Қарашығанаққа"),
    # persecuting: an accusative object
    ("The authorities have persecuted the Socialist Movement of Kazakhstan for years.",
     "Билік көп жылдан бері Қазақстан социалистік қозғалысына қудалап келеді.", "Қазақстан социалистік қозғалысын"),
    # a genitive owns a possessed noun made an attribute and an equative across an adjective («басқа жерлеріндегідей»)
    ("In Aktau, as elsewhere in Mangystau, the soldiers refused.",
     "Маңғыстаудың басқа жерлеріндегідей, Ақтауда да сарбаздар бас тартты.", None),
])
def test_kazakh_cases_of_postpositions_asking_taking_and_owning(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_a_title_before_a_person_in_the_english_does_not_hide_the_verb_that_governs_the_person() -> None:
    # "sent Irish MP Paul Murphy a reply": the one it is sent to, past the title, a dative
    source = "The ministry sent Irish MP Paul Murphy a detailed reply."
    _expect_fix(source, "Министрлік Ирландия парламентінің депутаты Пол Мерфиді егжей-тегжейлі жауап жолдады.",
                "Пол Мерфиге", language="kk")
    _expect_fix(source, "Министрлік Ирландия парламентінің депутаты Пол Мерфиге егжей-тегжейлі жауап жолдады.",
                None, language="kk")


def test_an_adverb_of_emphasis_before_a_russian_name_is_no_noun_it_depends_on() -> None:
    # «прежде всего Атырауская область», "above all Atyrau Region": the subject, after an adverb
    source = "Nearly all the country's oil comes from Western Kazakhstan, above all from Atyrau Region."
    _expect_fix(source, "Почти всю нефть страны даёт Западный Казахстан, и прежде всего Атырауская область.", None)
    _expect_fix(source, "Почти вся нефть страны идёт из Западного Казахстана, и прежде всего из Атырауская область.",
                "Атырауской области")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verbal noun's dative before a verb of going says what for, no destination: the names' datives are it
    ("A group of our young people went to study in Almaty, Astana and Turkestan on state grants.",
     "Бір топ жас мемлекеттік грант бойынша Алматыға, Астанаға және Түркістанға оқуға аттанды.", None),
    # (and «және» is no dative: the last name of a list shares the verb of going with the others)
    ("Half of Kazakhstani uranium goes to China; the rest ends up in the US, Canada and Europe.",
     "Уранның жартысы Қытайға жөнелтіледі, қалғаны АҚШ-қа, Канадаға және Еуропаға барады.", None),
    # an organisation's site is its own, owned in the genitive; a body's generic noun is its name's head
    ("The report was published on the Anti*Capitalist Resistance website.",
     "Есеп «Антикапиталистік қарсылықтың» сайтында жарияланды.", None),
    ("A Workers Power activist spoke.", "«Жұмысшы билігінің» ұйымының белсендісі сөйледі.", "«Жұмысшы билігі»"),
    # "left X a Y": left to it, a dative; "left X" alone, leaving it, an ablative
    ("The USSR left Kazakhstan an economy built around Moscow's needs.",
     "КСРО Қазақстанға Мәскеудің мұқтажына бейімделген экономика қалдырды.", None),
    ("Tokayev left Almaty a day later.", "Тоқаев бір күннен кейін Алматыға кетті.", "Алматыдан"),
    # a noun in -ыш/-іш with the possessive (өтініші, "his request") is owned, no agent noun in -ші
    ("The CSTO forces came at Tokayev's request.", "ҰҚШҰ күштері Тоқаевқа өтініші бойынша келді.", "Тоқаевтың"),
    ("The CSTO forces came at Tokayev's request.", "ҰҚШҰ күштері Тоқаевтың өтініші бойынша келді.", None),
    # a person, a dash, and a body: the dash of "is", no label — the body owns what follows
    ("Ainur Kurmanov is a co-chair of the Socialist Movement of Kazakhstan.",
     "Айнұр Құрманов — Қазақстан социалистік қозғалысы тең төрағасы.", "Қазақстан социалистік қозғалысының"),
    ("Ainur Kurmanov is a co-chair of the Socialist Movement of Kazakhstan.",
     "Айнұр Құрманов — Қазақстан социалистік қозғалысының тең төрағасы.", None),
    # who signs is bare before «қол қойды», whose dative is the document
    ("Among the first to sign the statement was the Russian Socialist Movement.",
     "Мәлімдемеге алғашқылардың бірі болып Ресей социалистік қозғалысына қол қойды.", "Ресей социалистік қозғалысы"),
    ("The appeal was also signed by the Left Bloc.", "Үндеуге «Левый блок» коалициясын да қол қойды.",
     "«Левый блок» коалициясы"),
    ("The appeal was also signed by the Left Bloc.", "Үндеуге «Левый блок» коалициясы да қол қойды.", None),
    ("The crowd applauded Pete Firmin.", "Жиналғандар Пит Ферминге қол соқты.", None),
    # a bare verbal noun in the accusative owns nothing: the name before it is its object
    ("We demand the full rehabilitation of Roza Tuletaeva.", "Роза Төлетаеваның толық ақтауды талап етеміз.",
     "Роза Төлетаеваны"),
    ("We demand the full rehabilitation of Roza Tuletaeva.", "Роза Төлетаеваны толық ақтауды талап етеміз.", None),
    ("We demand the full rehabilitation of Roza Tuletaeva.", "Роза Төлетаеваның толық ақталуын талап етеміз.", None),
])
def test_kazakh_purpose_datives_owned_things_signers_and_bare_verbal_nouns(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_a_russian_noun_in_an_before_a_name_the_english_puts_after_an_article_noun_and_of_is_its_head() -> None:
    # "a veteran of the Labour Representation Committee": ветеран is no short participle (избран)
    source = "Firmin is a veteran of the Labour Representation Committee."
    _expect_fix(source, "Фёрмин — ветеран Комитет рабочего представительства.", "Комитета рабочего представительства")
    _expect_fix(source, "Фёрмин — ветеран Комитета рабочего представительства.", None)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # reporting to someone (баяндау) is giving to them: a dative
    ("The Prosecutor General reported to Tokayev on the investigations.",
     "Бас прокурор тергеу барысы туралы Тоқаевты баяндады.", "Тоқаевқа"),
    ("The Prosecutor General reported to Tokayev on the investigations.",
     "Бас прокурор тергеу барысы туралы Тоқаевқа баяндады.", None),
    # voting for someone: «дауыс беру» with the dative
    ("He had never voted for Nazarbayev.", "Ол ешқашан Назарбаевты дауыс бермеген.", "Назарбаевқа"),
    ("He had never once voted for Nazarbayev.", "Ол Назарбаевты бір рет те дауыс бермегенін айтты.", "Назарбаевқа"),
    ("He had never voted for Nazarbayev.", "Ол ешқашан Назарбаевқа дауыс бермеген.", None),
    # "anything to do with Stalin": қатысты, with the dative
    ("Old men still argue over anything to do with Stalin.",
     "Қариялар Сталин қатысты кез келген нәрсе туралы дауласады.", "Сталинге"),
    ("Old men still argue over anything to do with Stalin.",
     "Қариялар Сталинге қатысты кез келген нәрсе туралы дауласады.", None),
    # questioning someone: «жауап алу» from them, the ablative
    ("The prosecutors questioned Nazarbayev.", "Прокурорлар Назарбаевқа жауап алды.", "Назарбаевтан"),
    ("The prosecutors questioned Nazarbayev.", "Прокурорлар Назарбаевтан жауап алды.", None),
])
def test_kazakh_reporting_voting_questioning_and_to_do_with(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "instead of" a person: «орнына» owns its person, in the genitive
    ("Caller: And who came instead of Massimov?", "Тыңдарман: Ал Мәсімов орнына кім келді?", "Мәсімовтің"),
    ("Caller: And who came instead of Massimov?", "Тыңдарман: Ал Мәсімовтің орнына кім келді?", None),
    ("Tokayev now chairs the Security Council instead of Nazarbayev.",
     "Енді Қауіпсіздік кеңесін Назарбаев орнына Тоқаев басқарады.", "Назарбаевтың"),
    # (a body's seat may stand after where it is: "has seats in the Irish Parliament")
    ("RISE is part of People Before Profit, which has seats in the Irish Parliament.",
     "RISE партиясы Ирландия парламентінде орны бар People Before Profit-тың құрамына кіреді.", None),
])
def test_a_persons_place_instead_of_them_owns_them_in_the_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # өкілі ("its representative"), a noun in -л with the possessive, is what a name whose own last word is
    # possessed must own in the genitive
    ("Chris Ford, of the Ukraine Solidarity Campaign, spoke.", "Украинамен ынтымақтастық науқаны өкілі Крис Форд сөйледі.",
     "Украинамен ынтымақтастық науқанының"),
    ("Chris Ford, of the Ukraine Solidarity Campaign, spoke.",
     "Украинамен ынтымақтастық науқанының өкілі Крис Форд сөйледі.", None),
])
def test_a_noun_in_l_with_the_possessive_is_a_possessed_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an adjective that makes a fixed term with its noun (шикі мұнай, "crude oil") is no modifier a bare
    # possessor cannot reach across: «Қазақстан шикі мұнайының», "Kazakhstan's crude"
    ("More than half of Kazakhstan's crude is bought by the European Union.",
     "Қазақстан шикі мұнайының жартысынан астамын Еуропалық Одақ сатып алады.", None),
    ("More than half of Kazakhstan's crude is bought by the European Union.",
     "Қазақстанды шикі мұнайының жартысынан астамын Еуропалық Одақ сатып алады.", "Қазақстанның"),
    # (another adjective still is one: «Назарбаев бұрынғы кеңесшісі»)
    ("Nazarbayev's former adviser spoke.", "Назарбаев бұрынғы кеңесшісі сөйледі.", "Назарбаевтың"),
])
def test_an_adjective_of_a_fixed_term_is_no_modifier_between_a_bare_possessor_and_its_noun(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_a_head_office_in_a_place_is_where_it_is_not_a_heading_there() -> None:
    # "head office" is a noun ("head" no verb of going): the office in Atyrau is in the locative
    source = "Q: Tengizchevroil's head office is in Atyrau. Where should I file my claim?"
    _expect_fix(source, "Сұрақ: «Теңізшевройлдың» бас кеңсесі Атырауға орналасқан. Талап арызымды қайда беруім керек?",
                "Атырауда", language="kk")
    _expect_fix(source, "Сұрақ: «Теңізшевройлдың» бас кеңсесі Атырауда орналасқан. Талап арызымды қайда беруім керек?",
                None, language="kk")


def test_the_last_name_of_a_kazakh_list_takes_the_case_of_the_postposition_the_english_asks_for() -> None:
    # "depends heavily on Russia and China": the English past the list, and тәуелді past the adverb
    source = "Kazakhstan's economy depends heavily on Russia and China."
    _expect_fix(source, "Қазақстан экономикасы Ресей мен Қытайдан қатты тәуелді.", "Қытайға", language="kk")
    _expect_fix(source, "Қазақстан экономикасы Ресей мен Қытайға қатты тәуелді.", None, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # хабарласу: the partner in the instrumental, or the one contacted in the dative — never an accusative
    ("Q: Has the akim contacted Kurmanov? A: No.", "Сұрақ: Әкім Құрмановқа хабарласты ма? Жауап: Жоқ.", None),
    ("Q: Has the akim contacted Kurmanov? A: No.", "Сұрақ: Әкім Құрмановпен хабарласты ма? Жауап: Жоқ.", None),
    ("Q: Has the akim contacted Kurmanov? A: No.", "Сұрақ: Әкім Құрмановты хабарласты ма? Жауап: Жоқ.", "Құрмановпен"),
    # siding with someone (жақтау) takes the accusative
    ("The West sided with Nazarbayev for thirty years.", "Батыс отыз жыл бойы Назарбаевқа жақтады.", "Назарбаевты"),
    # "wants to help Zhanaozen" said with the desiderative: the desire's verb governs
    ("Our ultras want to help Zhanaozen.", "Ультрастарымыз Жаңаөзенді көмектескісі келеді.", "Жаңаөзенге"),
    ("Our ultras want to help Zhanaozen.", "Ультрастарымыз Жаңаөзенге көмектескісі келеді.", None),
])
def test_kazakh_verbs_of_contacting_siding_and_wanting(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name that opens a list whose last member is an accusative shares the verb's case, which it lacks
    ("The government blocked Facebook and other networks.", "Үкімет Facebook-қа және басқа желілерді бұғаттады.",
     "Facebook-ты"),
    ("The government blocked Facebook and other networks.", "Үкімет Facebook-ты және басқа желілерді бұғаттады.",
     None),
    # (genitives that open a list own the possessed noun after it)
    ("Police guarded the TotalEnergies and Sinopec offices in Atyrau.",
     "Полиция Атыраудағы TotalEnergies-дің және Sinopec-тің кеңселерін күзетті.", None),
])
def test_a_kazakh_list_shares_its_verbs_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a company worked at, in the accusative before a verb of taking place or being: a locative is meant
    ("My cousin has worked at Tengizchevroil for eight years.",
     "Немере ағам «Теңізшевройл» компаниясын сегіз жыл бойы жұмыс істеп келеді.", "«Теңізшевройл» компаниясында"),
    ("My cousin has worked at Tengizchevroil for eight years.",
     "Немере ағам «Теңізшевройл» компаниясында сегіз жыл бойы жұмыс істеп келеді.", None),
    # a genitive before the reflexive made an attribute («Ресейдің өзіндегі», "in Russia itself") owns it, whatever
    # the list's case
    ("The left must discuss how to help Kazakhstan, Eastern Europe and the people in Russia itself.",
     "Солшылдар Қазақстанға, Шығыс Еуропаға және Ресейдің өзіндегі адамдарға қалай көмектесуге болатынын "
     "талқылауы керек.", None),
])
def test_kazakh_a_company_worked_at_and_a_reflexive_owned_in_a_list(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_a_russian_noun_of_addressing_shaped_like_a_verb_takes_the_dative_the_english_to_asks_for() -> None:
    # «ответ» ends like a present verb; after "a simple answer to", it is the noun, and Zyuganov the one answered
    source = "“Congress has a simple answer to Zyuganov: solidarity recognises no empires,” the delegate said."
    _expect_fix(source, "«У съезда простой ответ Зюганова: солидарность не признаёт империй», — сказал делегат.",
                "Зюганову")
    _expect_fix(source, "«У съезда простой ответ Зюганову: солидарность не признаёт империй», — сказал делегат.", None)


def test_an_author_the_subject_of_an_active_participle_stays_bare() -> None:
    # "an article by Simon Pirani": «Саймон Пирани … жазған мақалаға», the author the participle's subject
    source = "The message also links to an article by Simon Pirani on forms of solidarity."
    _expect_fix(source, "Хабарда сондай-ақ Саймон Пирани ынтымақтастық түрлері туралы жазған мақалаға сілтеме бар.",
                None, language="kk")


def test_a_russian_name_in_the_accusative_right_after_a_short_passive_is_its_subject_declined() -> None:
    source = "Mangystau Region has been gripped by a general strike."
    _expect_fix(source, "Всеобщей забастовкой охвачена Мангистаускую область.", "Мангистауская область")
    _expect_fix(source, "Всеобщей забастовкой охвачена Мангистауская область.", None)
    # (a noun shaped like one, «страны», before an accusative the English makes no passive's subject)
    _expect_fix("The oil-rich west of the country, including Mangystau Region, is called Western Kazakhstan.",
                "Западным Казахстаном называют весь богатый нефтью запад страны, в том числе Мангистаускую область.",
                None)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle in the equative («айтқандай», "as … said") owns nothing: its subject is bare
    ("As Michelle Bachelet said, protesters should not resort to violence either.",
     "Мишель Бачелеттің айтқандай, наразылық білдірушілер де зорлық-зомбылыққа бармауы керек.", "Мишель Бачелет"),
    ("As Michelle Bachelet said, protesters should not resort to violence either.",
     "Мишель Бачелет айтқандай, наразылық білдірушілер де зорлық-зомбылыққа бармауы керек.", None),
    # (not «ешқандай», "none", which only ends like one)
    ("Despite the claims of the CPRF, NATO had no part in the events.",
     "КПРФ мәлімдемелеріне қарамастан, оқиғаларға НАТО-ның ешқандай қатысы болған жоқ.", None),
    # an accusative before a dative compound, past an adverb of manner («толық қолдау көрсету», "full support")
    ("Xi Jinping declared his full support for Tokayev.", "Си Цзиньпин Тоқаевты толық қолдау көрсететінін мәлімдеді.",
     "Тоқаевқа"),
    ("Xi Jinping declared his full support for Tokayev.", "Си Цзиньпин Тоқаевқа толық қолдау көрсететінін мәлімдеді.",
     None),
])
def test_kazakh_equative_participles_and_compounds_past_an_adverb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # turning to a body for help: «обратился за помощью в Организацию …», в with the accusative past «за помощью»
    ("On 5 January Tokayev turned to the Collective Security Treaty Organization for help.",
     "5 января Токаев обратился за помощью в Организации Договора о коллективной безопасности.",
     "Организацию Договора о коллективной безопасности"),
    ("On 5 January Tokayev turned to the Collective Security Treaty Organization for help.",
     "5 января Токаев обратился за помощью в Организацию Договора о коллективной безопасности.", None),
    # обращаться is also "circulate", "be traded": where the English says "in", the locative is where
    ("Oil companies listed in London invest in Kazakhstan.",
     "Нефтяные компании, акции которых обращаются в Лондоне, инвестируют в Казахстан.", None),
    ("Activists appealed to London for help.", "Активисты обращались в Лондоне за помощью.", "Лондон"),
    # возразить, the perfective of возражать: the one contradicted in the dative
    ("Nobody in the West dares to contradict Putin.", "Никто на Западе не решается возразить Путина.", "Путину"),
    # a body's summit: the name modifies it, a genitive
    ("At the Shanghai Cooperation Organisation summit, nobody mentioned the prisoners.",
     "На саммите Шанхайская организация сотрудничества о заключённых никто не вспомнил.",
     "Шанхайской организации сотрудничества"),
    ("At the Shanghai Cooperation Organisation summit, nobody mentioned the prisoners.",
     "На саммите Шанхайской организации сотрудничества о заключённых никто не вспомнил.", None),
])
def test_russian_appealing_for_help_contradicting_and_a_bodys_summit(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «жұмысқа» before a verb of going is what for, no destination: the field before it is where to
    ("Many of my former pupils went to work at the Kashagan field.",
     "Бұрынғы оқушыларымның көбі Қашаған кен орнына жұмысқа кетті.", None),
    # "starting with": бастап, with the ablative
    ("Starting with Zhanaozen, every town in the region stopped work.",
     "Жаңаөзен бастап облыстағы барлық қала жұмысты тоқтатты.", "Жаңаөзеннен"),
    ("Starting with Zhanaozen, every town in the region stopped work.",
     "Жаңаөзеннен бастап облыстағы барлық қала жұмысты тоқтатты.", None),
])
def test_kazakh_going_to_work_and_starting_with(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the days after": кейінгі, the adjective of кейін, with the ablative
    ("The days after Independence Day 2011 were the darkest the town had known.",
     "2011 жылғы Тәуелсіздік күніне кейінгі күндер қала үшін ең қараңғы күндер болды.", "Тәуелсіздік күнінен"),
    ("The days after Independence Day 2011 were the darkest the town had known.",
     "2011 жылғы Тәуелсіздік күнінен кейінгі күндер қала үшін ең қараңғы күндер болды.", None),
    # "since": бастап, with the ablative
    ("Since Independence Day 2011, Zhanaozen has lived under surveillance.",
     "2011 жылғы Тәуелсіздік күніне бастап Жаңаөзен бақылауда өмір сүріп келеді.", "Тәуелсіздік күнінен"),
    # игеру, developing a field, takes the accusative
    ("Eni and TotalEnergies are among the companies that operate the Kashagan field.",
     "Қашаған кен орны игеретін компаниялардың арасында Eni мен TotalEnergies бар.", "Қашаған кен орнын"),
])
def test_kazakh_after_since_and_developing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # үстінен ("against", over): a possessed postposition, its owner in the genitive
    ("The union filed a complaint against KazMunayGas.", "Кәсіподақ «ҚазМұнайГаз» компаниясына үстінен шағым түсірді.",
     "«ҚазМұнайГаз» компаниясының"),
    ("The union filed a complaint against KazMunayGas.", "Кәсіподақ «ҚазМұнайГаз» компаниясының үстінен шағым түсірді.",
     None),
    # сай ("in accordance with"), with the dative
    ("The protesters want elections held under the 1993 Constitution.",
     "Наразылық білдірушілер сайлауды 1993 жылғы Конституция сай өткізуді талап етеді.", "1993 жылғы Конституцияға"),
])
def test_kazakh_postpositions_ustinen_and_sai(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_the_name_of_an_english_passive_the_kazakh_keeps_passive_inside_its_clause_is_that_passives() -> None:
    # "Remember that the Communist Party was banned": «… партиясына тыйым салынғанын ұмытпаңыз», the ban's dative
    source = "Remember that the Communist Party of Kazakhstan was banned; do not describe it as a registered party."
    _expect_fix(source, "Қазақстан Коммунистік партиясына тыйым салынғанын ұмытпаңыз; оны тіркелген партия деп "
                "сипаттамаңыз.", None, language="kk")


def test_a_loanword_in_l_with_the_possessive_is_owned() -> None:
    # «филиалы», "its branch" (филиал + ы), is no adjective in -лы: the genitive owns it across the locative
    source = "The Communist Party of the Russian Federation led by Gennady Zyuganov has no branch in Kazakhstan."
    _expect_fix(source, "Геннадий Зюганов басқаратын Ресей Федерациясының Коммунистік партиясының Қазақстанда филиалы "
                "жоқ.", None, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a particle between a preposition and the name leaves the preposition's case to the name
    ("Many foreign investors came to the country thanks to Nazarbayev personally.",
     "Многие иностранные инвесторы пришли в страну благодаря лично Назарбаева.", "Назарбаеву"),
    ("Many foreign investors came to the country thanks to Nazarbayev personally.",
     "Многие иностранные инвесторы пришли в страну благодаря лично Назарбаеву.", None),
    # the English possessive before a noun the Russian puts first: the name after it, a genitive, even where the
    # noun ends like a verb (мандат)
    ("Tokayev's mandate was limited.", "Мандат Токаев был ограничен.", "Токаева"),
    ("Tokayev's mandate was limited.", "Мандат Токаева был ограничен.", None),
    # the direction "into" past a soft adjective: accusative for both
    ("The strike spilled over into neighbouring Atyrau Region.",
     "Забастовка перекинулась в соседней Атырауской области.", "Атыраускую область"),
    ("The strike spilled over into neighbouring Atyrau Region.",
     "Забастовка перекинулась в соседнюю Атыраускую область.", None),
    ("The strike continued in neighbouring Atyrau Region.",
     "Забастовка продолжилась в соседней Атырауской области.", None),
    # a verb of staying in the first person (состою) keeps в with the locative
    ("I am a member of the Fourth International.", "Я состою в Четвёртый интернационал.",
     "Четвёртом интернационале"),
    ("I am a member of the Fourth International.", "Я состою в Четвёртом интернационале.", None),
])
def test_russian_particle_after_a_preposition_a_possessor_after_its_noun_and_direction_past_an_adjective(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # қарсы with a predicate's personal ending (қарсымыз, "we are against") still takes the dative
    ("Resolution: we are against the CSTO, the troops must leave.",
     "Қарар: біз ҰҚШҰ-дан қарсымыз, әскерлер кетсін.", "ҰҚШҰ-ға"),
    ("Resolution: we are against the CSTO, the troops must leave.",
     "Қарар: біз ҰҚШҰ-ға қарсымыз, әскерлер кетсін.", None),
    # қол алысу, "shake hands with": the partner in the instrumental
    ("In London, Kairat Abdrakhmanov shook hands with Johnson.",
     "Лондонда Қайрат Әбдірахманов Джонсонды қол алысты.", "Джонсонмен"),
    ("In London, Kairat Abdrakhmanov shook hands with Johnson.",
     "Лондонда Қайрат Әбдірахманов Джонсонмен қол алысты.", None),
    # a passive participle closing a clause of time («алынғаннан бері») is the verb of the English passive's subject
    ("Since Karim Massimov was arrested, the National Security Committee has been silent.",
     "Кәрім Мәсімовті қамауға алынғаннан бері Ұлттық қауіпсіздік комитеті үнсіз.", "Кәрім Мәсімов"),
    ("Since Karim Massimov was arrested, the National Security Committee has been silent.",
     "Кәрім Мәсімов қамауға алынғаннан бері Ұлттық қауіпсіздік комитеті үнсіз.", None),
    # a medium inside a possessed noun phrase ("Murphy's post on Facebook"): an attribute in -тағы
    ("Thousands shared Murphy's post on Facebook.", "Мыңдаған адам Мерфидің Facebook-та жазбасымен бөлісті.",
     "Facebook-тағы"),
    ("Thousands shared Murphy's post on Facebook.", "Мыңдаған адам Мерфидің Facebook-тағы жазбасымен бөлісті.", None),
    # the subject of an English perfect ("has left") in the genitive owns nothing
    ("Nazarbayev has left the Security Council.", "Назарбаевтың Қауіпсіздік кеңесінен кетті.", "Назарбаев"),
    # ... while a possessed noun made an attribute of place (сөзіндегі) is something the genitive owns
    ("Prosecutors repeated the line Tokayev had used in his address to the CSTO leaders.",
     "Прокурорлар Тоқаевтың ҰҚШҰ басшыларына арнаған сөзіндегі тұжырымды қайталады.", None),
    # жеке ("personal") and бос ("empty") are modifiers only a genitive possesses across
    ("Tony Blair was once Nazarbayev's personal adviser.", "Тони Блэр бір кездері Назарбаев жеке кеңесшісі болған.",
     "Назарбаевтың"),
    ("Tony Blair was once Nazarbayev's personal adviser.",
     "Тони Блэр бір кездері Назарбаевтың жеке кеңесшісі болған.", None),
])
def test_kazakh_predicate_endings_partners_passive_clauses_of_time_and_owned_attributes(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an English passive turned round, its agent the Kazakh subject: the passive's subject is the object
    ("Kairat Abdrakhmanov was received by Boris Johnson in London.",
     "Қайрат Әбдірахманов Лондонда Борис Джонсон қабылдады.", "Қайрат Әбдірахмановты"),
    ("Kairat Abdrakhmanov was received by Boris Johnson in London.",
     "Қайрат Әбдірахмановты Лондонда Борис Джонсон қабылдады.", None),
    ("The KNB was headed by Massimov until January.",
     "Ұлттық қауіпсіздік комитеті қаңтарға дейін Мәсімов басқарды.", "Ұлттық қауіпсіздік комитетін"),
    # the passive kept: its subject stays bare
    ("The KNB was headed by Massimov until January.",
     "Ұлттық қауіпсіздік комитеті қаңтарға дейін Мәсімовтің басшылығымен басқарылды.", None),
])
def test_kazakh_an_english_passive_turned_round_makes_its_subject_the_object(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # мүше without the possessive and no noun after it: what one is a member of is a dative, no genitive
    ("Armenia, a member of the CSTO, sent its own contingent.", "ҰҚШҰ-ның мүше Армения өз контингентін жіберді.",
     "ҰҚШҰ-ға"),
    ("Armenia, a member of the CSTO, sent its own contingent.", "ҰҚШҰ-ға мүше Армения өз контингентін жіберді.", None),
    # a member state, and the genitive owning what comes further on
    ("It was the first time the CSTO had sent troops to a member state.",
     "ҰҚШҰ-ның мүше мемлекетке әскер жіберуі бірінші рет болды.", None),
])
def test_kazakh_a_genitive_before_a_bare_member(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a reported clause after a verb of saying is not the name's: its verb of arrival asks no dative of the name
    ("Berik's son works at Chevron in Atyrau and says the foreigners have been flown out.",
     "Беріктің ұлы Атыраудағы Chevron-ға жұмыс істейді, шетелдіктерді ұшақпен алып кетіпті дейді.", "Chevron-да"),
    # inviting someone to a place: the place is a dative
    ("The Council of Aksakals has invited Paul Murphy to Zhanaozen.",
     "Ақсақалдар кеңесі Пол Мерфиді Жаңаөзенді шақырды.", "Жаңаөзенге"),
    ("The Council of Aksakals has invited Paul Murphy to Zhanaozen.",
     "Ақсақалдар кеңесі Пол Мерфиді Жаңаөзенге шақырды.", None),
    # ... a body invited (appealed to) is the verb's object
    ("Tokayev appealed to the CSTO for help.", "Тоқаев ҰҚШҰ-ны көмекке шақырды.", None),
])
def test_kazakh_a_reported_clause_and_inviting_to_a_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a reflexive past makes the English object its subject, a nominative
    ("The same article mentioned the Communist Party of Ukraine.",
     "В той же статье упоминалась Коммунистическая партия Украины.", None),
])
def test_russian_a_reflexive_past_makes_the_english_object_its_subject(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "came to the rally in Trafalgar Square": the rally is where to, the square where the rally is (a noun in -ly
    # is no adverb)
    ("Later John McDonnell MP came to the Kazakh diaspora rally in Trafalgar Square.",
     "Позже на митинг казахской диаспоры на Трафальгарской площади пришёл депутат парламента Джон Макдоннелл.", None),
    ("Troops arrived in Kyzylorda.", "В Кызылорде прибыли военные.", "Кызылорду"),
])
def test_russian_a_place_after_a_noun_and_in_is_where_the_destination_is(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # seeing and heeding take the accusative
    ("The defendant said he had only ever seen Massimov on television.",
     "Сотталушы Мәсімовке тек теледидардан ғана көргенін айтты.", "Мәсімовті"),
    ("The authorities simply ignored the Council of Aksakals.", "Билік Ақсақалдар кеңесіне мүлдем елемеді.",
     "Ақсақалдар кеңесін"),
    # ... but көр after a converb is the auxiliary of having ever done, whose converb governs
    ("Q: Did you ever meet Kurmanov?", "Сұрақ: Құрмановпен кездесіп көрдіңіз бе?", None),
    # ... and with жөн a compound of deeming, whose object is the verbal noun before it
    ("The regime has always preferred talking to Moscow over talking to its own workers.",
     "Режим әрқашан өз жұмысшыларымен емес, Мәскеумен сөйлесуді жөн көрген.", None),
])
def test_kazakh_seeing_heeding_and_the_auxiliary_of_having_ever_done(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # coordinating *with* a partner: the instrumental
    ("We coordinated our response with the Fourth International.",
     "Біз жауап шараларымызды Төртінші Интернационалға үйлестірдік.", "Төртінші Интернационалмен"),
    # a name of several words in a case of its own between the bare subject and its verbal noun
    ("Nazarbayev’s leaving the Security Council surprised nobody here.",
     "Назарбаев Қауіпсіздік кеңесінен кетуі бізде ешкімді таң қалдырмады.", "Назарбаевтың"),
    ("Nazarbayev’s leaving the Security Council surprised nobody here.",
     "Назарбаевтың Қауіпсіздік кеңесінен кетуі бізде ешкімді таң қалдырмады.", None),
    # being on a website: where, a locative
    ("The whole family is on Facebook now, even Grandma.", "Қазір бүкіл отбасымыз Facebook-қа отыр, тіпті әжем де.",
     "Facebook-та"),
    # "outside" is a preposition, not a noun the name modifies: the name is the verb's object
    ("Saule saw Paul Mason outside the embassy.", "Сәуле елшіліктің алдында Пол Мейсонға көрді.", "Пол Мейсонды"),
])
def test_kazakh_coordinating_with_being_on_and_an_object_before_outside(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_called_in_makes_the_name_its_object() -> None:
    # "called in the CSTO": summoned it, the verb's object (not "in" a place)
    source = "Tokayev called in the CSTO to help on the night of the fifth."
    _expect_fix(source, "Бесінші қаңтардың түнінде Тоқаев ҰҚШҰ көмекке шақырды.", "ҰҚШҰ-ны", language="kk")
    _expect_fix(source, "Бесінші қаңтардың түнінде Тоқаев ҰҚШҰ-ны көмекке шақырды.", None, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # whom advice, a question or a letter is addressed to: a dative after the noun, not the giver's genitive
    ("Tony Blair's advice to Nazarbayev resurfaces.", "Советы Тони Блэра Назарбаева снова всплыли.", "Назарбаеву"),
    ("Tony Blair's advice to Nazarbayev resurfaces.", "Советы Тони Блэра Назарбаеву снова всплыли.", None),
    ("For several years Tony Blair gave Nazarbayev advice on his image in the West.",
     "Несколько лет Тони Блэр давал советы Назарбаева по поводу его имиджа на Западе.", "Назарбаеву"),
    ("A question for Joe Biden: why are US oil companies so quiet?",
     "Вопрос Джо Байдена: почему американские нефтяные компании так тихо себя ведут?", "Джо Байдену"),
    # the giver's advice: "'s" or "of" makes it a genitive
    ("Nazarbayev's advice was ignored.", "Советы Назарбаева проигнорировали.", None),
    ("The advice of Tony Blair was expensive.", "Советы Тони Блэра стоили дорого.", None),
])
def test_russian_the_addressee_of_advice_a_question_or_a_letter_is_a_dative(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # serving someone: the English present "serves" makes the name its object, a dative after служить
    ("The country's oil wealth serves the United States and China, not its own workers.",
     "Нефтяное богатство страны служит Соединённые Штаты и Китаю, а не собственным рабочим.", "Соединённым Штатам"),
    # refusing someone something: отказать + dative
    ("The judge refused Ainur Kurmanov permission to attend the trial.",
     "Судья отказал Айнура Курманова в допуске на процесс.", "Айнуру Курманову"),
    ("The judge refused Ainur Kurmanov permission to attend the trial.",
     "Судья отказал Айнуру Курманову в допуске на процесс.", None),
])
def test_russian_serving_and_refusing_take_a_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive before a bare noun of doing something with someone owns nothing: the partner, an instrumental
    ("The contract with ExxonMobil was signed in 1997.", "ExxonMobil-дің келісімшарт 1997 жылы жасалған.",
     "ExxonMobil-мен"),
    ("The contract with ExxonMobil was signed in 1997.", "ExxonMobil-мен келісімшарт 1997 жылы жасалған.", None),
    # ... while a possessed one is the genitive's own ("the interview with Kurmanov" as his interview)
    ("I read the interview with Ainur Kurmanov.", "Мен Айнұр Құрмановтың сұхбатын оқыдым.", None),
])
def test_kazakh_a_genitive_before_a_bare_noun_of_doing_with(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a pronoun object between (бәрін): the verb's accusative is taken, the name is whom it is forgiven
    ("They forgave Nazarbayev everything.", "Олар Назарбаевқа бәрін кешірді.", None),
    # finding or seeing something *in* a place: the ablative is asked for
    ("Did you see any evidence of that in Almaty or Taraz?",
     "Сіз Алматыдан немесе Тараздан соған қандай да бір дәлел таптыңыз ба?", None),
])
def test_kazakh_a_pronoun_object_and_finding_in_a_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # writing *to* someone: a dative, not "with" (a verb of corresponding or talking keeps its instrumental partner)
    ("I wrote to Paul Murphy to thank him for the solidarity statement.",
     "Ынтымақтастық мәлімдемесі үшін алғыс айтып, Пол Мерфимен хат жаздым.", "Пол Мерфиге"),
    ("I wrote to Paul Murphy to thank him for the solidarity statement.",
     "Ынтымақтастық мәлімдемесі үшін алғыс айтып, Пол Мерфиге хат жаздым.", None),
    ("I spoke to Simon Hannah yesterday.", "Кеше Саймон Ханнамен сөйлестім.", None),
])
def test_kazakh_writing_to_someone_is_a_dative_not_an_instrumental(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # ауызға алу ("mention"), a compound whose object is an accusative, past «тіпті» and a particle inside it
    ("Joe Biden didn't even mention Zhanaozen. Not once.", "Джо Байден Жаңаөзенге тіпті ауызға да алмады. Бір рет те.",
     "Жаңаөзенді"),
    ("Joe Biden didn't even mention Zhanaozen. Not once.", "Джо Байден Жаңаөзенді тіпті ауызға да алмады. Бір рет те.",
     None),
])
def test_kazakh_a_compound_of_mentioning_past_even_and_a_particle(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # believing someone: the English present "believes" and a verb after "don't" make the name the object; сену
    # takes the dative
    ("Who believes Zyuganov anyway?", "Зюгановты кім сенеді өзі?", "Зюгановқа"),
    ("Dad, I don’t believe Tokayev for a second.", "Әке, мен Тоқаевты бір сәтке де сенбеймін.", "Тоқаевқа"),
    ("Dad, I don’t believe Tokayev for a second.", "Әке, мен Тоқаевқа бір сәтке де сенбеймін.", None),
])
def test_kazakh_believing_someone_after_dont(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_put_forward_is_no_verb_of_placing() -> None:
    # "the demands the strikers put forward in Zhanaozen": proposed there, nothing put anywhere — в + locative
    source = "Lecturer: Today we focus on the demands that the strikers put forward in Zhanaozen."
    _expect_fix(source, "Преподаватель: Сегодня сосредоточимся на требованиях, которые выдвинули бастующие в Жанаозен.",
                "Жанаозене", language="ru")
    _expect_fix(source, "Преподаватель: Сегодня сосредоточимся на требованиях, которые выдвинули бастующие в "
                "Жанаозене.", None, language="ru")


def test_watching_after_someone_takes_za_with_the_instrumental() -> None:
    source = "For years the police kept watch on Roza Tuletaeva."
    _expect_fix(source, "Полиция годами следила за Розу Тулетаеву.", "Розой Тулетаевой", language="ru")
    _expect_fix(source, "Полиция годами следила за Розой Тулетаевой.", None, language="ru")


def test_a_seat_on_a_body_is_in_it() -> None:
    # "a seat on the Security Council": в + the locative, inside the body
    source = "Nazarbayev no longer has a seat on the Security Council."
    _expect_fix(source, "У Назарбаева больше нет места в Совет безопасности.", "Совете безопасности", language="ru")
    _expect_fix(source, "У Назарбаева больше нет места в Совете безопасности.", None, language="ru")


def test_an_accusative_before_a_passive_compound_made_a_noun_is_its_owner() -> None:
    source = "Many employees first learned of Massimov's arrest from the news."
    _expect_fix(source, "Көптеген қызметкер Мәсімовті қамауға алынғанын жаңалықтардан білді.", "Мәсімовтің",
                language="kk")
    _expect_fix(source, "Көптеген қызметкер Мәсімовтің қамауға алынғанын жаңалықтардан білді.", None, language="kk")


def test_a_first_person_genitive_between_opens_no_bracket() -> None:
    # «біздің ауылға» (a bare noun after a first person's genitive): қатысы is still the names' own
    _expect_fix("“What have Boris Johnson and Joe Biden got to do with our village?” asked Asel.",
                "«Борис Джонсон мен Джо Байденнің біздің ауылға қандай қатысы бар?» — деп сұрады Әсел.", None,
                language="kk")


def test_resembling_takes_a_dative_never_an_instrumental() -> None:
    source = "This situation resembles Syria, Bolat said."
    _expect_fix(source, "Болат бұл жағдай Сириямен ұқсайды деді.", "Сирияға", language="kk")
    _expect_fix(source, "Болат бұл жағдай Сирияға ұқсайды деді.", None, language="kk")


def test_a_name_joined_by_or_to_a_noun_shares_its_case() -> None:
    source = "If your name is on a blacklist, contact Kurmanov or our office."
    _expect_fix(source, "Егер есіміңіз қара тізімде болса, Құрмановты немесе біздің кеңсеге хабарласыңыз.", "Құрмановқа",
                language="kk")
    _expect_fix(source, "Егер есіміңіз қара тізімде болса, Құрмановқа немесе біздің кеңсеге хабарласыңыз.", None,
                language="kk")


def test_a_bare_destination_before_a_pair_particle_and_its_verb() -> None:
    source = "On 3 January the strike spread to neighbouring Atyrau Region as well."
    _expect_fix(source, "3 қаңтарда ереуіл көршілес Атырау облысы да тарады.", "Атырау облысына", language="kk")
    _expect_fix(source, "3 қаңтарда ереуіл көршілес Атырау облысына да тарады.", None, language="kk")


def test_a_verbs_own_where_to_between_it_and_its_object() -> None:
    source = "Today we have invited Yuliya Yurchenko onto the programme."
    _expect_fix(source, "Сегодня мы пригласили в эфир Юлия Юрченко.", "Юлию Юрченко", language="ru")
    _expect_fix(source, "Сегодня мы пригласили в эфир Юлию Юрченко.", None, language="ru")
    # (a longer phrase of its own too, two prepositions or a genitive, and an adverb before the name)
    source = "That winter every family blamed Tokayev for the price of gas."
    _expect_fix(source, "В ту зиму каждая семья винила в ценах на газ Токаеву.", "Токаева", language="ru")
    _expect_fix(source, "В ту зиму каждая семья винила в ценах на газ Токаева.", None, language="ru")
    source = "Many blamed Nazarbayev personally for the poverty of the western regions."
    _expect_fix(source, "Многие винили в бедности западных регионов лично Назарбаеву.", "Назарбаева", language="ru")
    _expect_fix(source, "Многие винили в бедности западных регионов лично Назарбаева.", None, language="ru")
    # (not where the name follows a preposition of its own, which governs it)
    _expect_fix("Workers in the city voted for Tokayev.", "Рабочие голосовали в городе за Токаева.", None,
                language="ru")


def test_a_name_after_a_title_and_a_headed_institution_agrees_with_the_title() -> None:
    # «с главой МИД Казахстана Кайратом Абдрахмановым»: the institution's own words, a glossary name among them
    source = "In November Johnson met Kazakhstan's foreign minister, Kairat Abdrakhmanov."
    _expect_fix(source, "В ноябре Джонсон встречался с главой МИД Казахстана Кайрат Абдрахманов.",
                "Кайратом Абдрахмановым", language="ru")
    _expect_fix(source, "В ноябре Джонсон встречался с главой МИД Казахстана Кайратом Абдрахмановым.", None,
                language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # going out of something (шығу) takes no object: a bare name before «құрамынан шықты» owns the noun
    ("Kazakhstan left the USSR in December 1991.", "Қазақстан 1991 жылғы желтоқсанда КСРО құрамынан шықты.", None),
    # "is often compared": a passive past a frequency adverb, its subject the Kazakh active verbal noun's object
    ("We explained that the CSTO is often compared with NATO.",
     "Біз ҰҚШҰ-ны көбіне НАТО-мен салыстыратынын түсіндірдік.", None),
])
def test_kazakh_leaving_takes_no_object_and_a_passive_past_often(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_spread_to_neighbouring_is_a_direction_past_the_adjective() -> None:
    source = "The strike spread to neighbouring Atyrau Region."
    _expect_fix(source, "Забастовка перекинулась на соседней Атырауской области.", "Атыраускую область", language="ru")
    _expect_fix(source, "Забастовка перекинулась на соседнюю Атыраускую область.", None, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # begging someone (жалыну) takes the dative, whatever the asking converb before it
    ("It was Tokayev who begged Putin for troops, not the people.",
     "Путинге әскер сұрап жалынған — Тоқаев, халық емес.", None),
    # the English "to" after a noun ("exports to the European Union"): a dative before the possessed noun is its own
    ("Kazakh oil exports to the European Union pass mainly through Novorossiysk.",
     "Қазақстан мұнайының Еуропалық Одаққа экспорты негізінен Новороссийск арқылы өтеді.", None),
])
def test_kazakh_begging_and_a_nouns_own_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name the translation gives fewer times than the source: read against each English mention in turn
    ("Our student from Uralsk returned to Uralsk on 4 January.", "Оралдық студентіміз 4 қаңтарда Оралға оралды.", None),
    ("Tokayev's letter reached Moscow, and the soldiers came back from Moscow.",
     "Тоқаевтың хаты жетті, ал сарбаздар Мәскеуден келді.", None),
    # ... and reported where no mention accepts it (with the first mention's fix)
    ("The letter reached Moscow, and the soldiers came back from Moscow.",
     "Хат жетті, ал сарбаздар Мәскеуде келді.", "Мәскеуге"),
])
def test_kazakh_a_name_given_fewer_times_than_the_source_is_read_against_each_mention(
        source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "and an MP": a phrase of its own with its article, joined to "a member", not to the name the member is of
    ("The statement was coordinated by Paul Murphy, a member of RISE and an MP in the Irish Parliament.",
     "Заявление координировал Пол Мёрфи — член RISE и депутат парламента Ирландии.", None),
])
def test_an_indefinite_article_after_and_opens_a_phrase_of_its_own(source: str, target: str,
                                                                    expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted title left bare right before the verb: no noun after it carries the case; a compound verb too
    ("In 2005 the Chinese CNPC bought PetroKazakhstan.", "2005 жылы қытайлық CNPC «ПетроҚазақстан» сатып алды.",
     "«ПетроҚазақстанды»"),
    ("In 2005 the company bought Tengizchevroil.", "2005 жылы компания Теңізшевройл сатып алды.", "Теңізшевройлды"),
    # ... the generic noun after it carries it
    ("In 2005 the company bought Tengizchevroil.", "2005 жылы компания «Теңізшевройл» компаниясын сатып алды.", None),
    ("In 2005 the Chinese CNPC bought PetroKazakhstan.", "2005 жылы қытайлық CNPC «ПетроҚазақстанды» сатып алды.",
     None),
])
def test_kazakh_a_quoted_object_right_before_its_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "heads" before a name with no "to" or "for" leads it: its object
    ("Now Tokayev himself heads the Security Council.", "Енді Қауіпсіздік кеңесіне Тоқаевтың өзі басқарады.",
     "Қауіпсіздік кеңесін"),
    ("Now Tokayev himself heads the Security Council.", "Енді Қауіпсіздік кеңесін Тоқаевтың өзі басқарады.", None),
])
def test_kazakh_heads_makes_an_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # where something goes is a dative whatever the name names: a document, a person, a company
    ("The protesters wanted to return to the 1993 Constitution.", "Наразылар 1993 жылғы Конституциядан оралғысы келді.",
     "1993 жылғы Конституцияға"),
    ("The protesters wanted to return to the 1993 Constitution.", "Наразылар 1993 жылғы Конституцияға оралғысы келді.",
     None),
])
def test_kazakh_destination_of_any_kind(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # what it is compared with, past a title or an apposition after "with"
    ("Joseph Green compared Tokayev with his mentor Nazarbayev.", "Джозеф Грин Тоқаевты ұстазы Назарбаевқа салыстырды.",
     "Назарбаевпен"),
    ("Joseph Green compared Tokayev with his mentor Nazarbayev.", "Джозеф Грин Тоқаевты ұстазы Назарбаевпен салыстырды.",
     None),
])
def test_kazakh_compared_with_past_an_apposition(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the land of sturgeon": a noun after the article, no verb of arrival asking for the dative of "in"
    ("My father was born in Atyrau Region and still calls it 'the land of sturgeon'.",
     "Әкем Атырау облысына туған, ол әлі күнге оны «бекіре өлкесі» деп атайды.", "Атырау облысында"),
    # ... while a noun of moving after the article still moves someone there (and a new subject after a comma
    # opens a clause of its own, whose verb is not the name's)
    ("The United States expressed concern about the arrival of CSTO troops in Kazakhstan.",
     "АҚШ ҰҚШҰ әскерлерінің Қазақстанға келуіне алаңдаушылық білдірді.", None),
])
def test_kazakh_in_past_a_noun_that_looks_like_a_verb_of_arrival(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name left undeclined with no generic word is a nominative, an accusative only where that is the
    # same word: a feminine one after a verb of the accusative is wrong
    ("The delegate quoted Socialist Alternative.", "Делегат процитировал «Социалистическая альтернатива».",
     "«Социалистическую альтернативу»"),
    ("The delegate quoted Socialist Alternative.", "Делегат процитировал «Социалистическую альтернативу».", None),
    ("The delegate criticised KazMunayGas.", "Делегат раскритиковал «КазМунайГаз».", None),
])
def test_russian_undeclined_quoted_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # dismissing and releasing *from* somewhere take the ablative, the verb in the passive too
    ("More than a thousand workers were dismissed from Ozenmunaigas in 2011.",
     "2011 жылы «Өзенмұнайгаз» компаниясын мыңнан астам жұмысшы жұмыстан шығарылды.",
     "«Өзенмұнайгаз» компаниясынан"),
    ("More than a thousand workers were dismissed from Ozenmunaigas in 2011.",
     "2011 жылы «Өзенмұнайгаз» компаниясынан мыңнан астам жұмысшы жұмыстан шығарылды.", None),
])
def test_kazakh_dismissed_from(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # атап өту, "celebrate", "mark": its object is an accusative
    ("Since 2011 we have not celebrated Independence Day.", "2011 жылдан бері біз Тәуелсіздік күніне атап өтпейміз.",
     "Тәуелсіздік күнін"),
    ("Since 2011 we have not celebrated Independence Day.", "2011 жылдан бері біз Тәуелсіздік күнін атап өтпейміз.",
     None),
    # ... while "noted that …" reports a clause whose own verb is the name's (an accusative verbal noun before it)
    ("Dana noted that Tokayev thanked Putin personally.", "Дана Тоқаевтың Путинге жеке алғыс айтқанын атап өтті.",
     None),
])
def test_kazakh_marking_a_day_and_noting_a_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verbal noun in the ablative before a comparative is the standard compared with, no reported clause
    ("Many people in Central Asia fear Russia more than they admit.",
     "Орталық Азияда көп адам Ресейді мойындағанынан да қаттырақ қорқады.", "Ресейден"),
    ("Many people in Central Asia fear Russia more than they admit.",
     "Орталық Азияда көп адам Ресейден мойындағанынан да қаттырақ қорқады.", None),
])
def test_kazakh_the_standard_of_a_comparison_is_no_reported_clause(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive before a compound of a possessed noun (қалпына келтіру) and a bare verbal noun owns nothing: the
    # compound's possessive is its own
    ("The workers demanded that the 1993 Constitution be restored.",
     "Жұмысшылар 1993 жылғы Конституцияның қалпына келтіруді талап етті.", "1993 жылғы Конституцияны"),
    ("The workers demanded that the 1993 Constitution be restored.",
     "Жұмысшылар 1993 жылғы Конституцияны қалпына келтіруді талап етті.", None),
])
def test_kazakh_genitive_before_a_possessed_compound(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of an English relative clause ("the advice Tony Blair gave") is the subject of the Kazakh
    # participle before the noun: bare, or the genitive where the noun has the possessive
    ("The meeting condemned the advice Tony Blair gave the regime.",
     "Жиналыс Тони Блэрді режимге берген кеңестерін айыптады.", "Тони Блэрдің"),
    ("Many in Moscow were ashamed of the troops Putin had sent.", "Мәскеудегі көп адам Путинді жіберген әскерлер үшін ұялды.",
     "Путин"),
    ("The meeting condemned the advice Tony Blair gave the regime.",
     "Жиналыс Тони Блэрдің режимге берген кеңестерін айыптады.", None),
    ("Many in Moscow were ashamed of the troops Putin had sent.", "Мәскеудегі көп адам Путин жіберген әскерлер үшін ұялды.",
     None),
])
def test_kazakh_subject_of_a_relative_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle made a clause of cause (-атындықтан, -ғандықтан) governs as its verb does
    ("The client is afraid of the KNB and does not want his name published.",
     "Клиент ҰҚК-ға қорқатындықтан, атының жариялануын қаламайды.", "ҰҚК-дан"),
    ("The client is afraid of the KNB and does not want his name published.",
     "Клиент ҰҚК-дан қорқатындықтан, атының жариялануын қаламайды.", None),
])
def test_kazakh_a_clause_of_cause_governs_as_its_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of naming acts on the name where the name it gives follows it ("called the CSTO '…'"): its object
    ("Some commentators called the CSTO ‘Putin's Holy Alliance’.",
     "Кейбір шолушылар ҰҚШҰ «Путиннің Қасиетті одағы» деп атады.", "ҰҚШҰ-ны"),
    ("Some commentators called the CSTO ‘Putin's Holy Alliance’.",
     "Кейбір шолушылар ҰҚШҰ-ны «Путиннің Қасиетті одағы» деп атады.", None),
])
def test_kazakh_the_object_of_a_verb_of_naming(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a comma that closes a phrase of circumstance with no verb in it does not end the object's clause: the verb
    # after it governs the name
    ("China supported Tokayev on 7 January, a few days after Moscow.",
     "Қытай Тоқаевқа 7 қаңтарда, Мәскеуден бірнеше күн кейін қолдады.", "Тоқаевты"),
    ("China supported Tokayev on 7 January, a few days after Moscow.",
     "Қытай Тоқаевты 7 қаңтарда, Мәскеуден бірнеше күн кейін қолдады.", None),
    # nor does a decimal comma
    ("CNPC bought PetroKazakhstan for 4.2 billion dollars in 2005.",
     "CNPC 2005 жылы «ПетроҚазақстанға» 4,2 миллиард долларға сатып алды.", "«ПетроҚазақстанды»"),
    # a comma after a verb form, or one of a pair's "де … де", still ends it
    ("Many of our older members knew Tuletaeva personally and still send parcels to her family.",
     "Аға буын мүшелеріміздің көбі Төлетаеваны жеке танитын, әлі күнге дейін оның отбасына сәлемдеме жіберіп тұрады.",
     None),
    ("The Communist Voice Organization opposes both US and Russian imperialism.",
     "«Коммунистік үн» ұйымы АҚШ империализміне де, Ресей империализміне де қарсы шығады.", None),
])
def test_kazakh_object_clause_past_a_verbless_comma(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "flagged"), [
    # a verb whose subject is the personal pronoun right before it has no subject after it: a nominative name there
    # is the English object's wrong case, whatever the verb governs
    ("I have known Marko Bojcun for twenty years.", "Я знаю Марко Бойцун двадцать лет.", "Марко Бойцун"),
    ("We do not support Tokayev.", "Мы не поддерживаем Токаев.", "Токаев"),
    ("I have known Marko Bojcun for twenty years.", "Я знаю Марко Бойцуна двадцать лет.", None),
    ("We do not support Tokayev.", "Мы не поддерживаем Токаева.", None),
    # a third person may have its subject after it
    ("Tokayev is supported by Putin.", "Токаева поддерживает Путин.", None),
])
def test_a_russian_verb_with_its_pronoun_subject_before_it(source: str, target: str, flagged: str | None) -> None:
    assert [f.offending for f in _wrong_inflections(source, target)] == ([flagged] if flagged else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "reach" is a verb of coming: what reaches someone "from" a place comes from it, an ablative
    ("A letter of solidarity reached us from London this week.", "Осы аптада бізге Лондонда ынтымақтастық хаты келді.",
     "Лондоннан"),
    ("A letter of solidarity reached us from London this week.", "Осы аптада бізге Лондоннан ынтымақтастық хаты келді.",
     None),
])
def test_kazakh_what_reaches_from_a_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle clause ("citing the BBC") makes the name its object, no subject: an accusative before a compound
    # whose object is a dative is wrong
    ("Citing the BBC, several outlets reported that soldiers had fired on unarmed people.",
     "Би-би-сиді сілтеме жасай отырып, бірқатар басылымдар әскерилердің қарусыз адамдарға оқ атқанын хабарлады.",
     "Би-би-сиге"),
    ("Citing the BBC, several outlets reported that soldiers had fired on unarmed people.",
     "Би-би-сиге сілтеме жасай отырып, бірқатар басылымдар әскерилердің қарусыз адамдарға оқ атқанын хабарлады.",
     None),
])
def test_kazakh_object_of_an_english_participle_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "demanded Tuletaeva's release" asks nothing of her: she owns what is asked for (the verbal noun's object in the
    # accusative is right; a possessor left in the accusative wants the genitive, not "from her")
    ("Human rights defenders in Europe demanded Tuletaeva's release.",
     "Еуропаның құқық қорғаушылары Төлетаеваны бостандыққа шығаруды талап етті.", None),
    ("The demonstrators demanded Nazarbayev's departure from politics.",
     "Демонстранттар Назарбаевты саясаттан кетуін талап етті.", "Назарбаевтың"),
    # asked of: the ablative
    ("The strikers demanded a pay rise from KazMunayGas.", "Ереуілшілер «ҚазМұнайГазды» жалақыны көтеруді талап етті.",
     "«ҚазМұнайГаздан»"),
])
def test_kazakh_a_demand_of_someone_and_of_something_theirs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # two names paired by «да/де … да/де» share one case: the one the verb (or participle) after the pair governs
    ("Kazakhstan borders both Russia and China.", "Қазақстан Ресейге де, Қытаймен де шектеседі.", "Ресеймен"),
    ("Kazakhstan, which borders both Russia and China, remains caught between two great powers.",
     "Ресейге де, Қытаймен де шектесетін Қазақстан екі алып державаның ықпал аймағында қалып отыр.", "Ресеймен"),
    ("Kazakhstan borders both Russia and China.", "Қазақстан Ресеймен де, Қытаймен де шектеседі.", None),
    # a verb whose case the tables do not know says nothing
    ("Both Russia and China watched Kazakhstan.", "Ресейге де, Қытаймен де қиын болды.", None),
])
def test_kazakh_a_pair_shares_the_case_its_verb_governs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a reflexive after the English object ("themselves") is no noun the name modifies, and the Kazakh reflexive in
    # the nominative after a bare name is the subject's, no noun the name owns: the name is still the object
    ("The workers set up the Council of Aksakals themselves.", "Жұмысшылар Ақсақалдар кеңесі өздері құрды.",
     "Ақсақалдар кеңесін"),
    ("The workers set up the Council of Aksakals themselves.", "Жұмысшылар Ақсақалдар кеңесін өздері құрды.", None),
    # the name's own reflexive, in the genitive that owns it, is no object
    ("The strikes spread to the towns of Almaty Region and then to Almaty itself.",
     "Ереуілдер Алматы облысының қалаларына, одан кейін Алматының өзіне тарады.", None),
])
def test_kazakh_object_with_a_reflexive_after_it(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "sent solidarity to journalists in Kazakhstan": the place says which recipients, an attribute in -дағы; a plain
    # locative right before their dative, with a verb of sending, puts the sender there
    ("Paul Mason sent solidarity to journalists in Kazakhstan.",
     "Пол Мейсон Қазақстанда журналистерге ерекше ынтымақтастық жолдады.", "Қазақстандағы"),
    ("Paul Mason sent solidarity to journalists in Kazakhstan.",
     "Пол Мейсон Қазақстандағы журналистерге ерекше ынтымақтастық жолдады.", None),
    # a dative verbal noun after the locative is the place's own action («Вестминстерде көтеруге», to raise it there)
    ("He has promised to raise Kazakhstan in Westminster.", "Ол Қазақстан мәселесін Вестминстерде көтеруге уәде берді.",
     None),
])
def test_kazakh_recipients_in_a_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a postposition's complement or the standard of a comparison between the name and its verb is no second object
    ("Some analysts say Tokayev feared Russia less than his own elite.",
     "Кейбір сарапшылардың айтуынша, Тоқаев Ресейге өз элитасынан гөрі аз қорықты.", "Ресейден"),
    ("Nur-Sultan fears Moscow more than it admits.", "Нұр-Сұлтан Мәскеуге мойындағысы келгеннен де көбірек қорқады.",
     "Мәскеуден"),
    ("Some analysts say Tokayev feared Russia less than his own elite.",
     "Кейбір сарапшылардың айтуынша, Тоқаев Ресейден өз элитасынан гөрі аз қорықты.", None),
])
def test_kazakh_object_past_a_comparison(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "called on Russia for help" asks something of it: Kazakh asks from someone, in the ablative
    ("Tokayev called on Russia for help.", "Тоқаев Ресейге көмек сұрады.", "Ресейден"),
    ("Tokayev called on Russia for help.", "Тоқаев Ресейден көмек сұрады.", None),
    # turned to it: a dative
    ("Tokayev called on the CSTO for help.", "Тоқаев ҰҚШҰ-ға көмек сұрап жүгінді.", None),
])
def test_kazakh_called_on_for_help(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the name after "than" is the standard of a comparison: an ablative, or a dative before қарағанда
    ("Tokayev has turned out to be even harsher than Nazarbayev.", "Тоқаев Назарбаевқа да қатал болып шықты.",
     "Назарбаевтан"),
    ("Some say the NATO countries are no better than the CSTO.", "Кейбіреулер НАТО елдері ҰҚШҰ-ға жақсы емес дейді.",
     "ҰҚШҰ-дан"),
    ("Tokayev has turned out to be even harsher than Nazarbayev.", "Тоқаев Назарбаевтан да қатал болып шықты.", None),
    ("Tokayev is harsher than Nazarbayev.", "Тоқаев Назарбаевқа қарағанда қатал.", None),
    ("Mangystau is less tied to Chinese money than Aktobe or Kyzylorda.",
     "Маңғыстау Ақтөбеге не Қызылордаға қарағанда қытай қаржысына азырақ тәуелді.", None),
    # "rather than" compares nothing
    ("Why were the slogans directed against Nazarbayev rather than Tokayev?",
     "Ұрандар неге Тоқаевқа емес, Назарбаевқа қарсы бағытталды?", None),
])
def test_kazakh_the_standard_after_than(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "succeeded Nazarbayev" comes after him: before кейін, the ablative
    ("Tokayev, who succeeded Nazarbayev in 2019, now faces the gravest crisis of his rule.",
     "2019 жылы Назарбаевқа кейін билікке келген Тоқаев қазір ең ауыр дағдарысқа тап болды.", "Назарбаевтан"),
    ("Tokayev, who succeeded Nazarbayev in 2019, now faces the gravest crisis of his rule.",
     "2019 жылы Назарбаевтан кейін билікке келген Тоқаев қазір ең ауыр дағдарысқа тап болды.", None),
])
def test_kazakh_who_succeeded_comes_after(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative right before a verb that takes no object is that verb's subject: bare, or a genitive before a
    # possessed verbal noun
    ("Kazakhstan became independent in 1991, when the Soviet Union collapsed.",
     "Қазақстан 1991 жылы, Кеңес Одағын ыдыраған кезде, тәуелсіздік алды.", "Кеңес Одағы"),
    ("The collapse of the Soviet Union changed everything.", "Кеңес Одағын ыдырауы бәрін өзгертті.", "Кеңес Одағының"),
    ("Kazakhstan became independent in 1991, when the Soviet Union collapsed.",
     "Қазақстан 1991 жылы, Кеңес Одағы ыдыраған кезде, тәуелсіздік алды.", None),
    # a verbal noun with no possessive has no subject: the name is the next verb's object
    ("Russia's intervention saved Bashar al-Assad.", "Ресейдің араласуы Башар Асадты құлаудан сақтап қалды.", None),
])
def test_kazakh_accusative_before_a_verb_without_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the mood of intent (-мақшы) and -мақ with its personal ending are forms of the verb, which governs its object
    ("Now they want to put the Council of Aksakals on trial.", "Енді олар Ақсақалдар кеңесіне соттамақшы.",
     "Ақсақалдар кеңесін"),
    ("Now they want to put the Council of Aksakals on trial.", "Енді олар Ақсақалдар кеңесін соттамақшы.", None),
])
def test_kazakh_the_mood_of_intent_governs(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «… байланысты» takes the dative ("in connection with", "because of") or the instrumental ("linked with"): the
    # English says which
    ("In connection with the Zhanaozen events, the prosecutor's office opened a criminal case.",
     "Жаңаөзен оқиғасымен байланысты прокуратура қылмыстық іс қозғады.", "Жаңаөзен оқиғасына"),
    ("In connection with the Zhanaozen events, the prosecutor's office opened a criminal case.",
     "Жаңаөзен оқиғасына байланысты прокуратура қылмыстық іс қозғады.", None),
    ("Massimov is linked with the KNB.", "Мәсімов ҰҚК-мен байланысты.", None),
])
def test_kazakh_a_postposition_whose_case_the_english_picks(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an adverb of how often between what is compared with and салыстыру
    ("In seminars, students often compare Tokayev with Nazarbayev.",
     "Семинарларда студенттер Тоқаевты Назарбаевқа жиі салыстырады.", "Назарбаевпен"),
    ("In seminars, students often compare Tokayev with Nazarbayev.",
     "Семинарларда студенттер Тоқаевты Назарбаевпен жиі салыстырады.", None),
])
def test_kazakh_compared_with_past_an_adverb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an interview given goes to its recipient's dative (taken, from the giver's ablative)
    ("Kurmanov gave an interview to the BBC from abroad.", "Құрманов шетелден Би-би-си сұхбат берді.", "Би-би-сиге"),
    ("Kurmanov gave an interview to the BBC from abroad.", "Құрманов шетелден Би-би-сиге сұхбат берді.", None),
    ("Paul Mason interviewed Kurmanov.", "Пол Мейсон Құрмановтан сұхбат алды.", None),
])
def test_kazakh_an_interview_given_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun whose complement is a dative (кеңесші, мүше) takes the dative bare; with the possessive it is owned
    ("From 2011 Tony Blair was an adviser to Nazarbayev.", "Тони Блэр 2011 жылдан бастап Назарбаевқа кеңесшісі болды.",
     "Назарбаевтың"),
    ("From 2011 Tony Blair was an adviser to Nazarbayev.", "Тони Блэр 2011 жылдан бастап Назарбаевтың кеңесшісі болды.",
     None),
    ("From 2011 Tony Blair was an adviser to Nazarbayev.", "Тони Блэр 2011 жылдан бастап Назарбаевқа кеңесші болды.",
     None),
])
def test_kazakh_dative_before_a_possessed_noun_of_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an irregular participle after "had" ("had run Kazakhstan") makes the name the verb's object, as the past does
    ("Nazarbayev had run Kazakhstan since Soviet times.", "Назарбаев Қазақстанмен кеңестік дәуірден бері басқарып келді.",
     "Қазақстанды"),
    ("Nazarbayev had run Kazakhstan since Soviet times.", "Назарбаев Қазақстанды кеңестік дәуірден бері басқарып келді.",
     None),
])
def test_kazakh_object_of_an_irregular_participle(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the other side of «X емес, Y» past a bare noun of a compound whose last word carries the case
    ("Zyuganov came out against the protesters, not against Tokayev.",
     "Зюганов Тоқаевты емес, наразылық білдірушілерге қарсы шықты.", "Тоқаевқа"),
    ("Zyuganov came out against the protesters, not against Tokayev.",
     "Зюганов Тоқаевқа емес, наразылық білдірушілерге қарсы шықты.", None),
])
def test_kazakh_contrast_past_a_compound_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the news from Petropavlovsk reached us": a locative in a clause that ends with a verb of coming or going says
    # where, not from where
    ("The news from Petropavlovsk reached us late at night.", "Петропавлда жаңалық бізге түн ортасында жетті.",
     "Петропавлдан"),
    ("The news from Petropavlovsk reached us late at night.", "Петропавлдан жаңалық бізге түн ортасында жетті.", None),
    # a locative that says where a verb of happening happens stays
    ("Reports from Almaty spoke of shooting.", "Алматыда атыс болғаны туралы хабарланды.", None),
])
def test_kazakh_from_a_place_before_a_verb_of_coming(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # what one is a member of is a dative before bare мүше; a locative there says nothing of the kind
    ("Kazakhstan joined the UN in 1992.", "Қазақстан 1992 жылы БҰҰ-да мүше болды.", "БҰҰ-ға"),
    ("Kazakhstan joined the UN in 1992.", "Қазақстан 1992 жылы БҰҰ-ға мүше болды.", None),
])
def test_kazakh_a_locative_before_member(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an adverbial phrase after the object ("any more", "at all") is no noun the name modifies
    ("Caller: In Zhanaozen nobody wants to celebrate Independence Day any more.",
     "Тыңдарман: Жаңаөзенде енді ешкім Тәуелсіздік күні тойлағысы келмейді.", "Тәуелсіздік күнін"),
    ("Caller: In Zhanaozen nobody wants to celebrate Independence Day any more.",
     "Тыңдарман: Жаңаөзенде енді ешкім Тәуелсіздік күнін тойлағысы келмейді.", None),
])
def test_kazakh_object_before_an_adverbial_phrase(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the one the English tells or informs is said to, a dative — never "with" them before a verb of saying
    ("Kurmanov told Paul Murphy about the strike committees in each district.",
     "Құрманов Пол Мерфимен әр аудандағы ереуіл комитеттері туралы айтып берді.", "Пол Мерфиге"),
    ("Kurmanov told Paul Murphy about the strike committees in each district.",
     "Құрманов Пол Мерфиге әр аудандағы ереуіл комитеттері туралы айтып берді.", None),
    # a verb of talking *with* keeps the instrumental
    ("Kurmanov told Paul Murphy about the strikes.", "Құрманов Пол Мерфимен ереуілдер туралы сөйлесті.", None),
])
def test_kazakh_the_one_told_is_no_partner(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a visit is being there: with болу, a locative
    ("Paul Murphy had visited Zhanaozen ten years before the uprising and met the oil workers.",
     "Пол Мерфи көтерілістен он жыл бұрын Жаңаөзенге болып, мұнайшылармен кездескен еді.", "Жаңаөзенде"),
    ("Paul Murphy had visited Zhanaozen ten years before the uprising and met the oil workers.",
     "Пол Мерфи көтерілістен он жыл бұрын Жаңаөзенде болып, мұнайшылармен кездескен еді.", None),
    # went there: the dative of a verb of going
    ("Paul Murphy visited Zhanaozen in 2011.", "Пол Мерфи 2011 жылы Жаңаөзенге барды.", None),
])
def test_kazakh_a_visit_is_being_there(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle that opens a clause of its own (", meaning Nazarbayev", "Citing MR Online, …") makes the name its
    # object: the Kazakh converb that renders it governs the name
    ("Protesters chanted 'Old man, out!', meaning Nazarbayev.",
     "Наразылық білдірушілер Назарбаев меңзеп, «Шал, кет!» деп ұран тастады.", "Назарбаевты"),
    ("Protesters chanted 'Old man, out!', meaning Nazarbayev.",
     "Наразылық білдірушілер Назарбаевты меңзеп, «Шал, кет!» деп ұран тастады.", None),
    # "including" is a preposition: «Chevron басқаратын» is led by Chevron
    ("Contracts were reviewed, including Chevron-led Tengizchevroil.",
     "Келісімшарттар, соның ішінде Chevron басқаратын «Теңізшевройл» компаниясымен жасалғандары қайта қаралды.", None),
])
def test_kazakh_object_of_a_participle_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "orders from Moscow" taken: an ablative before a participle of taking or coming is its source, owned by nothing
    ("In Soviet times the party took its orders from Moscow.", "Кеңес заманында партия нұсқауды Мәскеуден алатын.",
     None),
    ("They are waiting for orders from Massimov that never come.",
     "Олар Мәсімовтен ешқашан келмейтін бұйрықты күтіп отыр.", None),
    # ... while a dative before a possessed noun stays the owner the English says
    ("Tokayev's decree was published.", "Тоқаевқа жарлығы жарияланды.", "Тоқаевтың"),
    # "From Moscow it looked like …": where one looks from, an ablative before қарағанда as after "seen from"
    ("From Moscow the uprising looked like a threat.", "Мәскеуден қарағанда көтеріліс қауіп болып көрінді.", None),
    ("Compared with Moscow, Almaty is small.", "Мәскеуден қарағанда Алматы шағын.", "Мәскеуге"),
])
def test_kazakh_ablative_of_taking_and_looking_from(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # seeing or finding something *in* a place or someone: the ablative («Қазақстаннан … көретіндер»)
    ("We disagree with those who see only Western plots in Kazakhstan.",
     "Біз Қазақстаннан тек батыстың қастандығын ғана көретіндермен келіспейміз.", None),
    # writing from where one is: "readers in Ireland wrote to us", "a pensioner in Taraz asks"
    ("Readers in Ireland wrote to us.", "Бізге Ирландиядан оқырмандар хат жазды.", None),
    ("A pensioner in Taraz asks why prices rose.", "Тараздан жазған зейнеткер неге бағаның өскенін сұрайды.", None),
    # ... an ablative for "in" with neither stays wrong
    ("Clashes took place in Taldykorgan.", "Талдықорғаннан қатты қақтығыстар болды.", "Талдықорғанда"),
    ("A rally was held on Trafalgar Square.", "Трафальгар алаңынан ынтымақтастық білдіретін митинг өтті.",
     "Трафальгар алаңында"),
])
def test_kazakh_ablative_of_seeing_in_and_writing_from(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # competing *with*: a reciprocal verb, whose partner is an instrumental
    ("In the Caspian, CNPC competes with ExxonMobil for new acreage.",
     "Каспийде CNPC жаңа учаскелер үшін ExxonMobil-ге бәсекелеседі.", "ExxonMobil-мен"),
    ("In the Caspian, CNPC competes with ExxonMobil for new acreage.",
     "Каспийде CNPC жаңа учаскелер үшін ExxonMobil-мен бәсекелеседі.", None),
    # a loan adjective in -и (табиғи, әскери) and орасан зор are modifiers a bare owner cannot reach across ...
    ("Foreign companies have been exploiting Kazakhstan's vast natural resources for decades.",
     "Шетелдік компаниялар ондаған жыл бойы Қазақстан орасан зор табиғи ресурстарын игеріп келеді.", "Қазақстанның"),
    ("Foreign companies have been exploiting Kazakhstan's vast natural resources for decades.",
     "Шетелдік компаниялар ондаған жыл бойы Қазақстанның орасан зор табиғи ресурстарын игеріп келеді.", None),
    # ... and -ны after a vowel past one is an accusative (интервенцияны), owned by nothing: the verb's object
    ("Kurmanov criticised the CSTO for backing the military intervention.",
     "Құрманов ҰҚШҰ-ға әскери интервенцияны қолдағаны үшін қатаң сынады.", "ҰҚШҰ-ны"),
])
def test_kazakh_partners_of_competing_and_loan_adjectives(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English object of a compound whose object is a dative (алғыс айту, "thank"): no ablative or instrumental
    ("Tokayev thanked Putin for sending troops.", "Тоқаев әскер жібергені үшін Путиннен алғыс айтты.", "Путинге"),
    ("Tokayev thanked Putin for sending troops.", "Тоқаев әскер жібергені үшін Путинмен алғыс айтты.", "Путинге"),
    ("Tokayev thanked Putin for sending troops.", "Тоқаев әскер жібергені үшін Путинге алғыс айтты.", None),
])
def test_kazakh_object_of_a_dative_compound_in_any_other_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name that opens its sentence, no generic word before it, is the subject of the verb after it
    ("The Tendenza Internazionale Rivoluzionaria compared the insurgents with the Algerian protesters.",
     "«Интернациональной революционной тенденции» сравнила повстанцев с алжирскими протестующими.",
     "«Интернациональная революционная тенденция»"),
    ("The Tendenza Internazionale Rivoluzionaria compared the insurgents with the Algerian protesters.",
     "«Интернациональная революционная тенденция» сравнила повстанцев с алжирскими протестующими.", None),
])
def test_russian_quoted_name_opening_its_sentence_is_the_subject(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # -ды/-ті right before a converb is an accusative, not a past verb: the name after "to" with it is a dative
    ("Kurmanov described the situation to Paul Murphy in a phone call.",
     "Құрманов телефонмен сөйлескенде Пол Мерфиді жағдайды сипаттап берді.", "Пол Мерфиге"),
    ("Kurmanov described the situation to Paul Murphy in a phone call.",
     "Құрманов телефонмен сөйлескенде Пол Мерфиге жағдайды сипаттап берді.", None),
])
def test_kazakh_second_accusative_before_a_converb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # verbs of the independent government lexicon: a dative, an instrumental, a genitive, an accusative
    ("Moscow threatened Tokayev again.", "Москва снова пригрозила Токаева.", "Токаеву"),
    ("Moscow threatened Tokayev again.", "Москва снова пригрозила Токаеву.", None),
    ("Nazarbayev took control of Kazakhmys.", "Назарбаев овладел Казахмыса.", "Казахмысом"),
    ("The crowd welcomed John McDonnell warmly.", "Толпа тепло приветствовала Джону Макдоннеллу.",
     "Джона Макдоннелла"),
    ("The crowd welcomed John McDonnell warmly.", "Толпа тепло приветствовала Джона Макдоннелла.", None),
    # short adjectives govern as verbs do
    ("The treaty is advantageous to China.", "Договор выгоден Китая.", "Китаю"),
    ("The treaty is advantageous to China.", "Договор выгоден Китаю.", None),
    # a genitive right after a verb's о-phrase owns the phrase's noun: not the verb's object
    ("Bojcun warned about Moscow's appetite.", "Бойцун предупреждал об аппетитах Москвы.", None),
    ("Ukrainians know about Moscow's interventions.", "Украинцы знают о вмешательстве Москвы.", None),
    # killed: «убит» is the short passive participle, whose agent is an instrumental
    ("He was killed by Masimov's men.", "Он был убит Масимовым.", None),
])
def test_russian_verbs_of_the_independent_lexicon(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # verbs of the independent government lexicon right after the name: an ablative, an instrumental, an accusative,
    # a dative
    ("People were tired of Nazarbayev.", "Жұрт Назарбаевқа шаршады.", "Назарбаевтан"),
    ("People were tired of Nazarbayev.", "Жұрт Назарбаевтан шаршады.", None),
    ("Abdrakhmanov greeted Johnson in London.", "Әбдірахманов Лондонда Джонсонға амандасты.", "Джонсонмен"),
    ("Abdrakhmanov greeted Johnson in London.", "Әбдірахманов Лондонда Джонсонмен амандасты.", None),
    ("Kairat chose Shymkent for its home games.", "«Қайрат» үй ойындары үшін Шымкентке таңдады.", "Шымкентті"),
    ("The workers never obeyed Tokayev.", "Жұмысшылар Тоқаевқа ешқашан мойынсұнбады.", None),
    ("The workers obeyed Tokayev.", "Жұмысшылар Тоқаевты мойынсұнды.", "Тоқаевқа"),
    # solidarity (ынтымақтастық) is a noun, not the verb of cooperating with
    ("London sent a letter of solidarity to Zhanaozen.", "Лондоннан Жаңаөзенге ынтымақтастық хаты жолданды.", None),
    # a genitive before a reported clause owns the noun after it where the English name modifies a noun
    ("Putin hailed the CSTO mission as a success.", "Путин ҰҚШҰ-ның миссиясын сәтті деп бағалады.", None),
    ("The mothers accuse the National Security Committee of torturing their sons.",
     "Аналар Ұлттық қауіпсіздік комитетінің ұлдарын азаптады деп айыптайды.", "Ұлттық қауіпсіздік комитетін"),
])
def test_kazakh_verbs_of_the_independent_lexicon(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the independent lexicon's verbs end clauses too: the English object is their object wherever it stands
    ("In 2019 Nazarbayev chose Tokayev as his successor.", "2019 жылы Назарбаев Тоқаевқа өзінің мұрагері етіп таңдады.",
     "Тоқаевты"),
    ("In 2019 Nazarbayev chose Tokayev as his successor.", "2019 жылы Назарбаев Тоқаевты өзінің мұрагері етіп таңдады.",
     None),
    # ... but a verb before деп closes a reported clause, which a name the English object of "that …" or "to …" is in
    ("Locals insist that CSTO soldiers never reached Zhanaozen.",
     "Жергілікті тұрғындар ҰҚШҰ сарбаздары Жаңаөзенге мүлде жетпеді деп сендіреді.", None),
    ("A diplomat threatened to call Charing Cross police station.",
     "Бір дипломат Чаринг-Кросс полиция учаскесін шақырамын деп қорқытты.", None),
    # an ending after a hyphen is the name's own: one finding for «АҚШ-ды», none for the bare «АҚШ» before it
    ("The ministry assured the US that the troops would leave.",
     "Министрлік АҚШ-ды әскерлердің кететініне сендірді.", "АҚШ-ты"),
])
def test_kazakh_clause_verbs_of_the_independent_lexicon(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the independent lexicon's compounds whose object is a dative (жұмысқа орналасу, getting a job with)
    ("My nephew got a job with Eni.", "Жиенім Eni-ді жұмысқа орналасты.", "Eni-ге"),
    ("My nephew got a job with Eni.", "Жиенім Eni-ге жұмысқа орналасты.", None),
    # a compound inside a reported clause: the English decides whose the name is — the reported verb's after
    # "claimed that", the sentence's own verb's where the name is its object ("accused Massimov of treason")
    ("Tokayev claimed that 20,000 'terrorists' had attacked Almaty.",
     "Тоқаев Алматыны 20 мың «террорист» шабуыл жасады деп мәлімдеді.", "Алматыға"),
    ("Tokayev accused Massimov of high treason.", "Тоқаев Мәсімовті мемлекетке опасыздық жасады деп айыптады.", None),
    ("The opposition accuses Tokayev of lying about foreign terrorists.",
     "Оппозиция Тоқаевқа шетелдік террористер туралы өтірік айтты деп айыптайды.", "Тоқаевты"),
    ("Putin told the CSTO summit that the alliance would not allow colour revolutions.",
     "Путин ҰҚШҰ саммитінде одақ «түрлі түсті революцияларға» жол бермейтінін айтты.", None),
    ("A fisherman told me he had never once voted for Nazarbayev.",
     "Балықшы маған Назарбаевты бір рет те дауыс бермегенін айтты.", "Назарбаевқа"),
])
def test_kazakh_compounds_of_the_independent_lexicon(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the lexicon's compounds whose object is an accusative (жазаға тарту, "punish")
    ("The court punished Nazarbayev.", "Сот Назарбаевқа жазаға тартты.", "Назарбаевты"),
    ("The court punished Nazarbayev.", "Сот Назарбаевты жазаға тартты.", None),
    # ... or an ablative, which goes before the verb's own case (күту alone takes an accusative)
    ("Journalists awaited an answer from Tokayev.", "Журналистер Тоқаевтан жауап күтті.", None),
    # ... or whose partner is an instrumental (бітімге келу, "make a truce with")
    ("Kazakhstan made a truce with Russia.", "Қазақстан Ресеймен бітімге келді.", None),
])
def test_kazakh_compounds_of_other_cases_of_the_independent_lexicon(source: str, target: str,
                                                                    expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the <noun> in" a place opening the sentence is its subject: the place says which ones, -дағы
    ("The events in Almaty shook the whole country.", "Алматыда оқиғалар бүкіл елді дүр сілкіндірді.", "Алматыдағы"),
    ("The events in Almaty shook the whole country.", "Алматыдағы оқиғалар бүкіл елді дүр сілкіндірді.", None),
    # (not after a verb, where the locative may be where it was done: "shot the workers in Zhanaozen")
    ("Police shot the workers in Zhanaozen.", "Полиция Жаңаөзенде жұмысшыларды атты.", None),
    # (nor a plural that a possessed noun after it heads: «Алматыда жұмысшылар одағы»)
    ("The workers in Almaty formed a union.", "Алматыда жұмысшылар одағы құрылды.", None),
])
def test_kazakh_locative_in_the_subject_is_an_attribute(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_russian_arrival_in_another_english_clause_leaves_the_place_a_locative() -> None:
    # "while" opens a clause of its own: the flying into Almaty is not the holding out's
    _expect_fix("Paratroopers were flying into Almaty while the strikers were still holding out in Zhanaozen.",
                "Десантники прилетали в Алматы, пока бастующие ещё держались в Жанаозен.", "Жанаозене", "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "left Kazakhstan with" something is leaving it *to* Kazakhstan, unless a Kazakh verb of going says otherwise
    ("The collapse of the USSR left Kazakhstan with oil wealth and a weak tradition of trade unions.",
     "КСРО-ның ыдырауы Қазақстанға мұнай байлығын мұра етіп қалдырды.", None),
    ("Tokayev left Almaty with his family.", "Тоқаев отбасымен Алматыға кетті.", "Алматыдан"),
    # a name before "to" and a verb is that verb's subject, which a reported clause closed by деп makes its own
    ("We do not expect the National Security Committee to regain its autonomy.",
     "Ұлттық қауіпсіздік комитеті дербестігін қайта алады деп күтпейміз.", None),
])
def test_kazakh_left_with_and_a_subject_of_an_infinitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


def test_kazakh_the_means_a_source_uses_is_no_object() -> None:
    # "used Facebook to publicise": the means, which Kazakh may say where («Facebook-та таратты») or by what
    _expect_fix("Opposition groups abroad used Facebook to publicise the strikes.",
                "Шетелдегі оппозициялық топтар ереуілдер туралы ақпаратты Facebook-та таратты.", None, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # verbs of perceiving someone take the accusative
    ("The Kazakh community in London listened to John McDonnell in silence.",
     "Казахстанская община в Лондоне слушала Джону Макдоннеллу молча.", "Джона Макдоннелла"),
    ("The crowd listened closely to Yuliya Yurchenko.", "Собравшиеся внимательно слушали Юлия Юрченко.",
     "Юлию Юрченко"),
    ("The crowd listened closely to Yuliya Yurchenko.", "Собравшиеся внимательно слушали Юлию Юрченко.", None),
])
def test_russian_verbs_of_perceiving_take_the_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "to disperse the demonstrators in": an infinitive and its object, no recipients the place says which ones of
    ("Officials told us that the army had not been ordered to disperse the demonstrators in Mangystau Region.",
     "Шенеуніктер бізге Маңғыстау облысында әскерге демонстранттарды таратуға бұйрық берілмегенін айтты.", None),
    # ("sent solidarity to journalists in Kazakhstan": the recipients, which the place says which ones of)
    ("We sent our solidarity to journalists in Kazakhstan.", "Біз Қазақстанда журналистерге ынтымақтастық жолдадық.",
     "Қазақстандағы"),
])
def test_kazakh_recipients_there_not_an_infinitives_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected", "language"), [
    # "send greetings to the miners … at Kazakhmys": the destination is the people, the place says where they are
    ("We send greetings to the miners on strike at Kazakhmys.", "Мы шлём привет горнякам, бастующим на «Казахмыс».",
     "«Казахмысе»", "ru"),
    ("We send greetings to the miners on strike at Kazakhmys.", "Мы шлём привет горнякам, бастующим на «Казахмысе».",
     None, "ru"),
    # not a single place or institution the motion goes to, which may take the place's case of direction
    ("In 2012 we went to the ministry in Astana.", "2012 жылы біз министрлікке Астанаға бардық.", None, "kk"),
    ("We drove from Taldykorgan to my mother's in Almaty Region.",
     "Мы ехали из Талдыкоргана к маме в Алматинскую область.", None, "ru"),
])
def test_a_place_of_people_the_motion_goes_to(source: str, target: str, expected: str | None, language: str) -> None:
    _expect_fix(source, target, expected, language)


@pytest.mark.parametrize(("target", "expected"), [
    # "sent Yuliya Yurchenko a request": two objects after a verb of giving, the first the one it goes to
    ("Защита направила Юлия Юрченко запрос о письменном заключении.", "Юлии Юрченко"),
    ("Защита направила Юлии Юрченко запрос о письменном заключении.", None),
])
def test_russian_the_first_of_two_objects_is_a_dative(target: str, expected: str | None) -> None:
    _expect_fix("The defence has sent Yuliya Yurchenko a request for a written opinion.", target, expected, "ru")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of a clause reported after "that", which Kazakh makes a noun: its subject is a genitive
    ("Members recalled that in 2019 Nazarbayev handpicked Tokayev as his successor.",
     "Комитет мүшелері 2019 жылы Назарбаевқа Тоқаевты өз мұрагері етіп таңдағанын еске алды.", "Назарбаевтың"),
    ("Members recalled that in 2019 Nazarbayev handpicked Tokayev as his successor.",
     "Комитет мүшелері 2019 жылы Назарбаевтың Тоқаевты өз мұрагері етіп таңдағанын еске алды.", None),
    ("Will the Minister confirm that Simon Hannah read out the statement outside the embassy?",
     "Министр Саймон Ханнаға елшілік алдында мәлімдемені оқығанын растай ма?", "Саймон Ханнаның"),
    # a relative "that" after a noun opens no reported clause ("the left that forgave Assad": Assad its object)
    ("The same part of the left that forgave Assad in Syria forgave Tokayev on the steppe.",
     "Сириядағы Асадты кешірген солшылдардың сол бөлігі даладағы Тоқаевты да кешірді.", None),
    ("The member asks the Minister to comment on the message of support that Xi Jinping sent to Tokayev.",
     "Депутат министрден Си Цзиньпиннің Тоқаевқа жолдаған қолдау хатына түсініктеме беруді сұрайды.", None),
    # caring: Kazakh says what worries someone
    ("Nobody believed that the United States cared about anything but Chevron's oil.",
     "Ешкім Америка Құрама Штаттарын Chevron-ның мұнайынан басқа бірдеңе алаңдатады деп сенбеді.", None),
])
def test_kazakh_subject_of_a_reported_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a duration between the object and the verbal noun («өмір бойы», "for life") leaves it the verbal noun's object
    ("2018 жылдан бастап Назарбаев Қауіпсіздік кеңесіне өмір бойы басқару құқығына ие болды.", "Қауіпсіздік кеңесін"),
    ("2018 жылдан бастап Назарбаев Қауіпсіздік кеңесін өмір бойы басқару құқығына ие болды.", None),
])
def test_kazakh_verbal_noun_object_past_a_duration(target: str, expected: str | None) -> None:
    _expect_fix("From 2018 Nazarbayev had the right to lead the Security Council for life.", target, expected,
                language="kk")


@pytest.mark.parametrize("target", [
    # a clause reported after "that", made a noun at its end past a comma or a quotation inside: its genitive subject
    "Баяндамашы Тоқаевтың Мәскеумен байланысты үзбей, Батыспен қарым-қатынасты нығайтқанын атап өтті.",
    "Кеңес Тоқаевтың да «екі тарапты да ұстамдылыққа» шақырғанын атап өтті.",
])
def test_kazakh_genitive_subject_of_a_reported_clause_past_a_comma(target: str) -> None:
    _expect_fix("The Rapporteur observed that Tokayev strengthened ties with the West without breaking with Moscow.",
                target, None, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "in support of Tokayev" said with a verb made a noun: the accusative is its object
    ("Meanwhile, Xi Jinping came out in support of Tokayev as well.",
     "Осы кезде Си Цзиньпин де Тоқаевты қолдайтынын мәлімдеді.", None),
    # not where the English makes the name that verb's subject ("Moscow decides"): a genitive
    ("Everybody here knows that Moscow decides everything now.",
     "Қазір бәрін Мәскеуді шешетінін мұнда жұрттың бәрі біледі.", "Мәскеудің"),
])
def test_kazakh_accusative_object_of_a_verb_made_a_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a participle with a case ending of a verb whose object is an accusative («сынағаннан кейін», "after he criticised")
    ("Көршісінің ұлы Тоқаевқа сынағаннан кейін ұсталды.", "Тоқаевты"),
    ("Көршісінің ұлы Тоқаевты сынағаннан кейін ұсталды.", None),
])
def test_kazakh_dative_before_a_participle_taking_an_accusative(target: str, expected: str | None) -> None:
    _expect_fix("Her neighbour's son was detained after he criticised Tokayev.", target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English "'s", and the possessed noun further on in an oblique case (уәделеріне, "to his promises"): only the
    # genitive reaches it
    ("The member asks why the Government trusts Tokayev's promises of reform.",
     "Депутат Үкіметтің Тоқаевты реформа туралы уәделеріне неліктен сенетінін сұрайды.", "Тоқаевтың"),
    ("The member asks why the Government trusts Tokayev's promises of reform.",
     "Депутат Үкіметтің Тоқаевтың реформа туралы уәделеріне неліктен сенетінін сұрайды.", None),
    # not for "from", whose ablative a postpositional noun may follow (жөнінде, "about")
    ("The akim received an instruction from Kassym-Jomart Tokayev to create a new industrial zone in Zhanaozen.",
     "Облыс әкімі Қасым-Жомарт Тоқаевтан Жаңаөзенде жаңа индустриялық аймақ құру жөнінде тапсырма алды.", None),
])
def test_kazakh_possessor_of_a_noun_in_an_oblique_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # a longer noun in -л with the possessive (ықпалы, "its influence"), not an adjective in -лы
    ("2022 жылғы қаңтардан кейін Ресейге ықпалы күшейді.", "Ресейдің"),
    ("2022 жылғы қаңтардан кейін Ресейдің ықпалы күшейді.", None),
])
def test_kazakh_possessor_before_a_noun_in_l(target: str, expected: str | None) -> None:
    _expect_fix("Russia's influence grew after January 2022.", target, expected, language="kk")




@pytest.mark.parametrize(("target", "expected"), [
    # a hyphenated word after the dative is read by its last part: «зорлық-зомбылықтан» is an ablative, no bare abstract
    # noun whose complement the dative would be (as in «Тоқаевқа сенім», "trust in Tokayev")
    ("Мишель Бачелетке зорлық-зомбылықтан бас тарту туралы сөздерін жол дәптеріме көшіріп алдым.", "Мишель Бачелеттің"),
    ("Мишель Бачелеттің зорлық-зомбылықтан бас тарту туралы сөздерін жол дәптеріме көшіріп алдым.", None),
])
def test_kazakh_possessor_before_a_hyphenated_word(target: str, expected: str | None) -> None:
    _expect_fix("I copied Michelle Bachelet's words about non-violence into my travel notebook.", target, expected,
                language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of a future or conditional ("would punish") before a Russian present or future: a nominative
    ("Many hoped that Nazarbayev would punish the officers.", "Многие надеялись, что Назарбаева накажет офицеров.",
     "Назарбаев"),
    ("Many hoped that Nazarbayev would punish the officers.", "Многие надеялись, что Назарбаев накажет офицеров.",
     None),
    # not a passive's subject, which Russian may say without one («Назарбаева накажут»)
    ("Many hoped that Nazarbayev would be punished.", "Многие надеялись, что Назарбаева накажут.", None),
])
def test_russian_subject_of_a_future(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_kazakh_dative_for_the_subject_of_could() -> None:
    # "so that Tokayev could …" said by giving him the chance: «Тоқаевқа … мүмкіндік беру»
    _expect_fix("Your sons were sent so that Tokayev could turn his own police on the strikers.",
                "Сіздердің ұлдарыңыз Тоқаевқа өз полициясын ереуілшілерге қарсы салуға мүмкіндік беру үшін жіберілді.",
                None, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # the separate "and" (пен, бен, мен) joins bare words: a case right before it is wrong, the bare name the fix
    ("Наразылық білдірушілердің ашуы Назарбаевқа пен оның отбасына қарсы бағытталды.", "Назарбаев"),
    ("Наразылық білдірушілердің ашуы Назарбаев пен оның отбасына қарсы бағытталды.", None),
])
def test_kazakh_case_before_the_separate_and(target: str, expected: str | None) -> None:
    _expect_fix("The protesters' anger was directed against Nazarbayev and his family.", target, expected,
                language="kk")


def test_kazakh_men_after_a_name_may_be_the_pronoun() -> None:
    # мен is also "I": without "and" after the name in the English it is left alone
    _expect_fix("I wrote to Tokayev.", "Тоқаевқа мен хат жаздым.", None, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # әріптестік ("partnership"), a noun of doing something with someone: the partner is an instrumental
    ("Назарбаев Қытайға тығыз әріптестік орнатты.", "Қытаймен"),
    ("Назарбаев Қытаймен тығыз әріптестік орнатты.", None),
])
def test_kazakh_partner_of_a_partnership(target: str, expected: str | None) -> None:
    _expect_fix("Nazarbayev built a close partnership with China.", target, expected, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # verbs of founding a body take it as their object, an accusative (a masculine thing's is its nominative)
    ("Рабочие Жанаозена создали Совета аксакалов как собственный орган управления.", "Совет аксакалов"),
    ("Рабочие Жанаозена создали Совет аксакалов как собственный орган управления.", None),
])
def test_russian_verbs_of_founding_take_an_accusative(target: str, expected: str | None) -> None:
    _expect_fix("The workers of Zhanaozen set up a Council of Aksakals as their own governing body.", target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a participle with a case ending closes a clause of its own: the name is its verb's ("asked of Moscow"), not
    # the main verb's where-to
    ("Russia sent its troops to Kazakhstan after Tokayev appealed to Moscow for help.",
     "Тоқаев Мәскеуден көмек сұрағаннан кейін Ресей Қазақстанға өз әскерлерін жіберді.", None),
    # ... whose own verb may be one of moving
    ("The troops were flown to Almaty before the protests were crushed.",
     "Әскерлер Алматыда ұшақпен жеткізілгеннен кейін наразылықтар басып-жанышталды.", "Алматыға"),
])
def test_kazakh_destination_inside_a_participle_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("target", "expected"), [
    # an abstract noun after a dative qualifies the possessed noun after it where the English has "'s": no complement
    ("Қорғау тарапы Тони Блэрге кеңесшілік келісімшартын іске қатысы жоқ деп санайды.", "Тони Блэрдің"),
    ("Қорғау тарапы Тони Блэрдің кеңесшілік келісімшартын іске қатысы жоқ деп санайды.", None),
])
def test_kazakh_possessor_before_an_abstract_noun_qualifying_another(target: str, expected: str | None) -> None:
    _expect_fix("The defence regards Tony Blair's advisory contract as irrelevant to the case.", target, expected,
                language="kk")


def test_kazakh_dative_for_the_subject_of_a_verb_of_liking() -> None:
    # "that Moscow will not enjoy": what pleases someone takes them in the dative («Мәскеуге ұнамайтын»)
    _expect_fix("She drew a parallel that Moscow will not enjoy.",
                "Ол Мәскеуге ұнамайтын бір салыстыру жасайды.", None, language="kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an owner in "'s" between "of" and the name leaves the name the preposition's: a genitive in Russian
    ("Critics saw in the CSTO the role of the new tsar's Holy Alliance.",
     "Критики увидели в ОДКБ роль Священный союз нового царя.", "Священного союза"),
    ("Critics saw in the CSTO the role of the new tsar's Holy Alliance.",
     "Критики увидели в ОДКБ роль Священного союза нового царя.", None),
    ("They protested against the intervention of the president's CSTO.",
     "Они протестовали против вмешательства Организация Договора о коллективной безопасности.",
     "Организации Договора о коллективной безопасности"),
])
def test_russian_of_with_an_owner_before_the_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the owner the source names ("owned by", "X owns") is принадлежать's dative, before the verb or after it
    ("Workers of Tengizchevroil, half-owned by Chevron, joined the strike.",
     "К забастовке присоединились работники «Тенгизшевройла», половина которого принадлежит «Шеврон».", "«Шеврону»"),
    ("Tengizchevroil, in which Chevron owns half of the shares, cut jobs.",
     "«Тенгизшевройл», в котором «Шеврон» принадлежит половина акций, сократил рабочие места.", "«Шеврону»"),
    ("Tengizchevroil, in which Chevron owns half of the shares, cut jobs.",
     "«Тенгизшевройл», в котором «Шеврону» принадлежит половина акций, сократил рабочие места.", None),
    # ... not after a generic word, nor what belongs ("is owned by": the subject)
    ("Workers of Tengizchevroil, half-owned by Chevron, joined the strike.",
     "К забастовке присоединились работники «Тенгизшевройла», половина которого принадлежит компании «Шеврон».",
     None),
    ("Tengizchevroil is half-owned by Chevron.", "«Тенгизшевройл» наполовину принадлежит «Шеврону».", None),
])
def test_russian_owner_of_belonging_is_a_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a nominative right after the verb whose object the English makes it: the fix is the case the verb governs —
    # the accusative of most verbs ...
    ("Police detained Nazarbayev in Aktau.", "Полиция задержала Назарбаев в Актау.", "Назарбаева"),
    ("Police detained Roza Tuletaeva in Aktau.", "Полиция задержала Роза Тулетаева в Актау.", "Розу Тулетаеву"),
    # ... the dative of a person told, paid or promised something, or given it ("gave X copies")
    ("Kurmanov told Paul Murphy about the strike.", "Курманов рассказал Пол Мёрфи о забастовке.", "Полу Мёрфи"),
    ("For years Nazarbayev paid Tony Blair millions.", "Годами Назарбаев платил Тони Блэр миллионы.", "Тони Блэру"),
    ("Relatives gave Yuliya Yurchenko copies of the verdicts.",
     "Родственники передали Юлия Юрченко копии приговоров.", "Юлии Юрченко"),
])
def test_russian_object_in_the_nominative_gets_the_verbs_case_as_its_fix(source: str, target: str,
                                                                         expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("target", "expected"), [
    # the first part of a hyphenated first name stays as it is in every case: declined, its fix is that part
    ("Полиция задержала охранника Касыма-Жомарта Токаева.", "Касым"),
    ("Он писал Касыму-Жомарту Токаеву.", "Касым"),
    ("Он говорил с Касымом-Жомартом Токаевым.", "Касым"),
    ("Он писал Касым-Жомарту Токаеву.", None),
])
def test_russian_declined_first_part_of_a_hyphenated_name_has_its_fix(target: str, expected: str | None) -> None:
    _expect_fix("He spoke of Kassym-Jomart Tokayev.", target, expected)


@pytest.mark.parametrize(("source", "target", "language", "offending", "expected"), [
    # a name left as the source spells it: its fix is the target form in the case its place shows
    ("Workers at Tengizchevroil struck.", "Рабочие на Tengizchevroil бастовали.", "ru", "Tengizchevroil",
     "«Тенгизшевройле»"),
    ("The CSTO sent troops.", "CSTO направила войска.", "ru", "CSTO", "ОДКБ"),           # an acronym for an acronym
    ("Tokayev called them terrorists.", "Tokayev назвал их террористами.", "ru", "Tokayev", "Токаев"),
    ("Strikes began at Tengizchevroil.", "Tengizchevroil-да ереуілдер басталды.", "kk", "Tengizchevroil-да",
     "«Теңізшевройлда»"),                                                                  # the Kazakh ending kept
    # ... none where the case is not known («перешли на …»: на of motion or of place)
    ("Later we walked over to Trafalgar Square.", "Потом мы перешли на Trafalgar Square.", "ru", "Trafalgar Square",
     None),
])
def test_a_name_left_in_the_source_spelling_gets_the_target_form(source: str, target: str, language: str,
                                                                 offending: str, expected: str | None) -> None:
    found = [f for f in _findings(source, target, language) if f.check == "target-missing-name"]
    assert [(f.offending, f.suggestion) for f in found] == [(offending, expected)]


@pytest.mark.parametrize(("source", "target", "language"), [
    # a name in Latin letters takes no ending glued to it: a letter more is a slip, not an inflection
    ("ExxonMobil has a stake in Kashagan.", "ExxonMobile имеет долю в Кашагане.", "ru"),
    ("ExxonMobil's stake in Kashagan grew.", "ExxonMobile-дің Қашағандағы үлесі өсті.", "kk"),
])
def test_a_latin_name_with_a_letter_more_is_misspelt(source: str, target: str, language: str) -> None:
    found = [(f.check, f.offending, f.suggestion) for f in _findings(source, target, language)
             if f.severity != "info"]
    assert found == [("target-misspelt-name", "ExxonMobile", "ExxonMobil")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive that owns nothing, what the verb acts on: the English "from" or "with" gives its case
    ("On 5 January the chairmanship passed from Nazarbayev to the President.",
     "5 қаңтарда төрағалық Назарбаевтың Президентке өтті.", "Назарбаевтан"),
    ("The text of the decree was agreed with the Security Council.",
     "Жарлықтың мәтіні Қауіпсіздік кеңесінің келісілді.", "Қауіпсіздік кеңесімен"),
])
def test_kazakh_genitive_owning_nothing_takes_the_english_prepositions_case(source: str, target: str,
                                                                             expected: str) -> None:
    _expect_fix(source, target, expected, language="kk")


@pytest.mark.parametrize(("source", "target", "offending", "expected"), [
    # a Kazakh bare form in Russian says nothing of the case: what stands before it does
    ("The Mangystau Region akim came out to the strikers.", "Аким Маңғыстау облысы вышел к забастовщикам.",
     "Маңғыстау облысы", "Мангистауской области"),
    ("Unemployment in Mangystau Region is high.", "Безработица в Маңғыстау облысы высока.", "Маңғыстау облысы",
     "Мангистауской области"),
    # ... a name in Latin letters beside a generic word the English sets it beside is its apposition
    ("The Kazakhmys corporation is the largest copper producer.", "Корпорация Kazakhmys — крупнейший производитель меди.",
     "Kazakhmys", "«Казахмыс»"),
    ("KazMunayGas subsidiaries went on strike first.", "Первыми забастовали дочерние предприятия KazMunayGas.",
     "KazMunayGas", None),
    # ... a noun of a kind of place before its own name, "the town of": the apposition; a date's month owns nothing
    ("The town of Zhanaozen became a symbol.", "Город Жаңаөзен стал символом.", "Жаңаөзен", "Жанаозен"),
    ("In his speech of 11 January Tokayev's promises were vague.", "В речи 11 января Тоқаев обещания были туманны.",
     "Тоқаев", "Токаев"),
])
def test_the_russian_case_of_a_name_in_another_language_by_what_stands_before_it(source: str, target: str,
                                                                                  offending: str,
                                                                                  expected: str | None) -> None:
    found = [(f.offending, f.suggestion) for f in _findings(source, target, "ru") if f.severity != "info"]
    assert found == [(offending, expected)]


@pytest.mark.parametrize(("source", "target", "offending", "expected"), [
    # forms sharing a misspelling's skeleton are told apart by how close each is to it: the genitive for a misspelt
    # genitive (not the accusative Жаңаөзенін), the bare name for a bare one (not the possessive Пираниі)
    ("Zhanaozen's workers struck.", "Жанаөзеннің жұмысшылары ереуілге шықты.", "Жанаөзеннің", "Жаңаөзеннің"),
    ("Simon Pirani wrote about it.", "Саймон Пиррани бұл туралы жазды.", "Пиррани", "Пирани"),
])
def test_kazakh_misspelling_fix_is_the_closest_form(source: str, target: str, offending: str, expected: str) -> None:
    found = [(f.offending, f.suggestion) for f in _findings(source, target, "kk") if f.check == "target-misspelt-name"]
    assert found == [(offending, expected)]


@pytest.mark.parametrize(("source", "target", "language", "offending", "expected"), [
    # another language's spelling of a name is fixed by this language's form of the same name, not the preferred
    # one of another name (Нур-Султан was the capital's name, Астана is today's), its ending kept
    ("Protests in Nur-Sultan.", "Нур-Султанда наразылықтар.", "kk", "Нур-Султанда", "Нұр-Сұлтанда"),
    ("Protests in Nur-Sultan.", "Протесты в Нұр-Сұлтане.", "ru", "Нұр-Сұлтане", "Нур-Султане"),
    # ... a first name by the first name, not the surname
    ("Ainur Kurmanov spoke.", "Айнур Құрманов сөз сөйледі.", "kk", "Айнур", "Айнұр"),
])
def test_another_languages_spelling_is_fixed_by_the_same_name(source: str, target: str, language: str,
                                                              offending: str, expected: str) -> None:
    found = [(f.offending, f.suggestion) for f in _findings(source, target, language)
             if f.check == "target-other-language-form"]
    assert found == [(offending, expected)]


def test_a_wrong_form_of_several_words_is_replaced_whole() -> None:
    # «Усть-Каменогорск» is the Russian name, Kazakh says «Өскемен»: the fix replaces the whole hyphenated word
    found = [(f.offending, f.suggestion) for f in _findings("Protests in Ust-Kamenogorsk.",
                                                            "Усть-Каменогорскте наразылықтар.", "kk")
             if f.severity != "info"]
    assert found == [("Усть-Каменогорскте", "Өскеменде")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name whose words two rules fix apart (the first name by its preposition, the surname by its ending) gets one
    # fix for the whole name, in the case the preposition decided
    ("Yesterday I spoke with Ainur Kurmanov.", "Вчера я говорил с Айнур Курмановой.", "Айнуром Курмановым"),
    ("A message from Ainur Kurmanov was read out.", "Было зачитано послание от Айнур Курмановой.",
     "Айнура Курманова"),
])
def test_russian_name_fixed_apart_gets_one_fix(source: str, target: str, expected: str) -> None:
    found = [(f.offending, f.suggestion) for f in _wrong_inflections(source, target)]
    assert found == [("Айнур Курмановой", expected)]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # words of a name in different cases, the declined one genitive or accusative: the accusative right after the
    # verb whose object the English makes it, the genitive after a noun or the English "'s"
    ("The speakers thanked Simon Hannah for chairing the picket.",
     "Выступавшие поблагодарили Саймона Ханна за то, что он вёл пикет.", "Саймона Ханну"),
    ("I would like to know Simon Hannah's opinion.", "Я хотел бы узнать мнение Саймона Ханна.", "Саймона Ханны"),
])
def test_russian_disagreeing_name_after_a_verb_is_its_object(source: str, target: str, expected: str) -> None:
    _expect_fix(source, target, expected)


def test_a_misspellings_fix_is_the_preferred_of_forms_that_fold_alike() -> None:
    # Мёрфи (preferred) and Мерфи (admitted) fold alike: the fix for «Мэрфи» is the preferred one
    found = [(f.offending, f.suggestion) for f in _findings("Paul Murphy spoke.", "Пол Мэрфи выступил.", "ru")
             if f.check == "target-misspelt-name"]
    assert found == [("Мэрфи", "Мёрфи")]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # гөрі ("than") and ретінде ("as") only end like a possessed noun: a genitive before them owns nothing
    ("The 1993 Constitution gave parliament more power than the present one.",
     "1993 жылғы Конституцияның қазіргіден гөрі парламентке көбірек билік берді.", "1993 жылғы Конституция"),
    ("The 1993 Constitution gave parliament more power than the present one.",
     "1993 жылғы Конституция қазіргіден гөрі парламентке көбірек билік берді.", None),
    # a possessed noun after гөрі is still the genitive's own
    ("Tokayev's power is now greater than Nazarbayev's.",
     "Қазір Тоқаевтың Назарбаевтан гөрі билігі күштірек.", None),
])
def test_kazakh_postposition_that_only_looks_possessed(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a man's surname with a woman's ending is the name wrongly declined, not a missing name: the man's form in the
    # case the preposition before it takes
    ("We spoke with Tokayev on Monday.", "В понедельник мы говорили с Токаевой.", "Токаевым"),
    ("The article is about Putin.", "Статья о Путиной.", "Путине"),
    # a later mention too, where the first is right
    ("We met Ainur Kurmanov, and then Kurmanov again.",
     "Мы встретились с Айнуром Курмановым, а потом снова с Курмановой.", "Курмановым"),
    # after the first name, the case it shows; with it, one fix for the whole name
    ("Workers laid flowers at the monument to Nursultan Nazarbayev.",
     "Рабочие возложили цветы к памятнику Нурсултану Назарбаевой.", "Назарбаеву"),
    ("We spoke with Ainur Kurmanov. Later we spoke with Ainur Kurmanov again.",
     "Мы говорили с Айнуром Курмановым. Позже мы снова говорили с Айнур Курмановой.", "Айнуром Курмановым"),
    # a woman's surname takes these endings rightly
    ("We spoke with Roza Tuletaeva.", "Мы говорили с Розой Тулетаевой.", None),
])
def test_russian_mans_surname_with_a_womans_ending(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


def test_russian_mans_surname_with_a_womans_ending_is_no_missing_name() -> None:
    found = _findings("We spoke with Tokayev on Monday.", "В понедельник мы говорили с Токаевой.", "ru")
    assert [f.check for f in found if f.severity != "info"] == ["target-wrong-inflection"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a woman's surname in the family plural's ending (a form the index derives from her full name): fixed by the
    # surname alone, not the whole name in place of one word
    ("We spoke with Tuletaeva on Monday.", "В понедельник мы говорили с Тулетаевым.", "Тулетаевой"),
    ("We spoke with Roza Tuletaeva, then with Tuletaeva again.",
     "Мы говорили с Розой Тулетаевой, а потом снова с Тулетаевым.", "Тулетаевой"),
])
def test_russian_surname_alone_fixed_alone(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "language", "found"), [
    # a hyphenated name written as one word is misspelt (not missing): its fix is the hyphenated word in the same case
    ("Thousands rallied in Nur-Sultan.", "Тысячи людей вышли на митинг в Нурсултане.", "ru",
     [("target-misspelt-name", "Нурсултане", "Нур-Султане")]),
    ("A court in Ust-Kamenogorsk jailed a miner.", "Суд в Устькаменогорске посадил шахтёра.", "ru",
     [("target-misspelt-name", "Устькаменогорске", "Усть-Каменогорске")]),
    ("Thousands rallied in Nur-Sultan.", "Нұрсұлтанда мыңдаған адам митингке шықты.", "kk",
     [("target-misspelt-name", "Нұрсұлтанда", "Нұр-Сұлтанда")]),
    # a hyphenated first name before the surname, declined
    ("We listened to Kassym-Jomart Tokayev.", "Мы слушали Касымжомарта Токаева.", "ru",
     [("target-misspelt-name", "Касымжомарта", "Касым-Жомарта")]),
    # (the hyphenated forms are right; Nazarbayev's first name is no city)
    ("Thousands rallied in Nur-Sultan.", "Тысячи людей вышли на митинг в Нур-Султане.", "ru", []),
    ("Nursultan Nazarbayev resigned.", "Нурсултан Назарбаев ушёл в отставку.", "ru", []),
])
def test_a_hyphenated_name_written_as_one_word_is_misspelt(source: str, target: str, language: str,
                                                           found: list[tuple[str, str, str | None]]) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    findings = checker.check_target_segment("d", 1, source, target, language)
    assert [(f.check, f.offending, f.suggestion) for f in findings if f.severity != "info"] == found, findings


@pytest.mark.parametrize(("source", "target", "language", "found"), [
    # a one-word name written as two words, a space or a hyphen between: misspelt, with the one word as its fix
    ("Tengizchevroil workers struck.", "Рабочие «Тенгиз Шевройла» бастовали.", "ru",
     [("target-misspelt-name", "«Тенгиз Шевройла»", "«Тенгизшевройла»")]),
    ("Tengizchevroil workers struck.", "Рабочие Тенгиз-Шевройла бастовали.", "ru",
     [("target-misspelt-name", "Тенгиз-Шевройла", "Тенгизшевройла")]),
    ("Oil workers in Zhanaozen struck.", "Жаңа өзендегі мұнайшылар ереуілге шықты.", "kk",
     [("target-misspelt-name", "Жаңа өзендегі", "Жаңаөзендегі")]),
    # (two words that are each a word of their own stay so)
    ("Tengizchevroil workers struck.", "Рабочие «Тенгизшевройла» бастовали.", "ru", []),
])
def test_a_one_word_name_written_as_two_is_misspelt(source: str, target: str, language: str,
                                                     found: list[tuple[str, str, str | None]]) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    findings = checker.check_target_segment("d", 1, source, target, language)
    assert [(f.check, f.offending, f.suggestion) for f in findings if f.severity != "info"] == found, findings


@pytest.mark.parametrize(("target", "language", "found"), [
    # a soft hyphen or a zero-width character inside a name (typeset or pasted text) leaves it one word: no missing
    # name; a finding quotes, and its fix replaces, the text as it is
    ("Мы говорили с Тока\u00adевым.", "ru", []),
    ("Мы говорили с Тока\u200bевым.", "ru", []),
    ("Біз Тоқа\u00adевпен сөйлестік.", "kk", []),
    ("Мы говорили с Тока\u00adеву.", "ru", [("target-wrong-inflection", "Тока\u00adеву", "Токаевым")]),
])
def test_an_invisible_character_inside_a_name(target: str, language: str,
                                              found: list[tuple[str, str, str | None]]) -> None:
    checker = checker_for_path(REPO / "glossary.tsv")
    findings = checker.check_target_segment("d", 1, "We spoke with Tokayev.", target, language)
    assert [(f.check, f.offending, f.suggestion) for f in findings if f.severity != "info"] == found, findings


@pytest.mark.parametrize(("source", "target", "found"), [
    # a Kazakh name with a hyphen and an ending is judged once, as the name with that ending: no second finding on
    # the bare name before the hyphen, whose fix would leave the ending doubled («Тоқаевқа-қа»)
    ("We wrote to Tokayev.", "Біз Тоқаев-қа хат жаздық.", [("Тоқаев-қа", "Тоқаевқа")]),
    ("Chevron received a letter.", "Chevron-ге хат келді.", [("Chevron-ге", "Chevron-ға")]),
    ("We wrote to Tokayev.", "Біз Тоқаевқа хат жаздық.", []),
])
def test_a_kazakh_hyphened_ending_is_one_finding(source: str, target: str, found: list[tuple[str, str]]) -> None:
    findings = [f for f in _findings(source, target, "kk") if f.check == "target-wrong-inflection"]
    assert [(f.offending, f.suggestion) for f in findings] == found, findings


@pytest.mark.parametrize(("target", "found"), [
    # an ending glued to a Kazakh name with an apostrophe, typed or typographic: the hyphen where Kazakh writes one
    # (after Latin script and acronyms), none after a word — the ending kept, or put right for the stem's sounds
    ("Chevron'ға хат жазылды.", [("Chevron'ға", "Chevron-ға")]),
    ("Chevron\u2019ге хат жазылды.", [("Chevron\u2019ге", "Chevron-ға")]),
    ("Chevron\u2019ға хат жазылды.", [("Chevron\u2019ға", "Chevron-ға")]),
    ("Тоқаев'қа хат жазылды.", [("Тоқаев'қа", "Тоқаевқа")]),
    ("Chevron-ға хат жазылды.", []),
])
def test_a_kazakh_ending_after_an_apostrophe(target: str, found: list[tuple[str, str]]) -> None:
    findings = [f for f in _findings("A letter was written to Chevron and Tokayev.", target, "kk")
                if f.check == "target-wrong-inflection"]
    assert [(f.offending, f.suggestion) for f in findings] == found, findings


@pytest.mark.parametrize(("target", "language", "found"), [
    # a quoted name's ending written after the closing quote, glued or after a hyphen: it goes inside the quotes
    ("Рабочие «Тенгизшевройл»а бастовали.", "ru", [("«Тенгизшевройл»а", "«Тенгизшевройла»")]),
    ("Рабочие «Тенгизшевройл»-а бастовали.", "ru", [("«Тенгизшевройл»-а", "«Тенгизшевройла»")]),
    ("«Теңізшевройл»дың жұмысшылары ереуілге шықты.", "kk", [("«Теңізшевройл»дың", "«Теңізшевройлдың»")]),
    ("«Теңізшевройл»-дың жұмысшылары ереуілге шықты.", "kk", [("«Теңізшевройл»-дың", "«Теңізшевройлдың»")]),
    # (a word after the quote and a comma or a space is a word of its own: «а» "and", «да» "too")
    ("Рабочие «Тенгизшевройла», а также других компаний бастовали.", "ru", []),
    ("«Теңізшевройлдың» да жұмысшылары ереуілге шықты.", "kk", []),
])
def test_an_ending_after_the_closing_quote(target: str, language: str, found: list[tuple[str, str]]) -> None:
    findings = [f for f in _findings("Tengizchevroil workers struck.", target, language)
                if f.check == "target-wrong-inflection"]
    assert [(f.offending, f.suggestion) for f in findings] == found, findings


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a person after a title that opens the sentence and what the title heads agrees with the title: a nominative
    ("The president of Kazakhstan, Tokayev, spoke on television.",
     "Президент Казахстана Токаева выступил по телевидению.", "Токаев"),
    ("Russian President Vladimir Putin sent paratroopers.",
     "Президент России Владимира Путина направил десантников.", "Владимир Путин"),
    ("The president of Kazakhstan, Tokayev, spoke on television.",
     "Президент Казахстана Токаев выступил по телевидению.", None),
    # (a title in the instrumental opens a predicate, whose subject the name is; one in another case agrees itself)
    ("Nazarbayev was president of Kazakhstan until 2019.", "Президентом Казахстана Назарбаев был до 2019 года.", None),
    ("Putin backed Kazakh President Tokayev.", "Президента Казахстана Токаева поддержал Путин.", None),
])
def test_russian_name_after_a_title_opening_the_sentence(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "by <noun> in" a place, the agent of an English passive: the Kazakh active verb's subject, whose place says
    # which ones — an attribute in -дағы, not a plain locative before the bare plural
    ("The strike was supported by teachers in Aktobe Region.",
     "Ереуілді Ақтөбе облысында мұғалімдер қолдады.", "Ақтөбе облысындағы"),
    ("The strike was supported by teachers in Aktobe Region.",
     "Ереуілді Ақтөбе облысындағы мұғалімдер қолдады.", None),
    # not before a plural the verb's subject: the locative says where it happened
    ("The strike was supported by teachers in Aktobe Region.",
     "Ереуілді мұғалімдер Ақтөбе облысында қолдады.", None),
])
def test_kazakh_locative_before_the_agent_of_a_passive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a span of time that "ago" or "later" makes an adverb is no noun the English name modifies: the name is still the
    # verb's object, in the case the Kazakh compound verb governs
    ("The court banned the Communist Party of Kazakhstan many years ago.",
     "Сот Қазақстан Коммунистік партиясы көп жыл бұрын тыйым салды.", "Қазақстан Коммунистік партиясына"),
    ("The court banned the Communist Party of Kazakhstan many years ago.",
     "Сот Қазақстан Коммунистік партиясына көп жыл бұрын тыйым салды.", None),
])
def test_kazakh_object_before_a_span_of_time(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of an English passive said with the passive of a compound whose object is a dative (тыйым салынды):
    # that passive keeps the dative, past words of time between (a quantifier shaped like a converb among them)
    ("The Communist Party of Kazakhstan has been banned since 2015.",
     "Қазақстан Коммунистік партиясы 2015 жылдан бері тыйым салынған.", "Қазақстан Коммунистік партиясына"),
    ("The Communist Party of Kazakhstan has been banned for many years.",
     "Қазақстан Коммунистік партиясы көп жылдан бері тыйым салынған.", "Қазақстан Коммунистік партиясына"),
    ("The Communist Party of Kazakhstan has been banned since 2015.",
     "Қазақстан Коммунистік партиясына 2015 жылдан бері тыйым салынған.", None),
    # a passive that takes no dative: the bare name is its subject
    ("The Communist Party of Kazakhstan was dissolved in 2015.",
     "Қазақстан Коммунистік партиясы 2015 жылы таратылды.", None),
])
def test_kazakh_subject_of_a_dative_compounds_passive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the <noun> in" a place, the noun another name whose last word carries the case (Қазақстан елшілігі): a plain
    # locative right before that name, the subject or the recipient, says where — the source says which, -дағы
    ("The Kazakhstan Embassy in London issued a short statement.",
     "Лондонда Қазақстан елшілігі қысқа мәлімдеме жасады.", "Лондондағы"),
    ("The Kazakhstan Embassy in London issued a short statement.",
     "Лондондағы Қазақстан елшілігі қысқа мәлімдеме жасады.", None),
    ("Students sent letters to the Embassy of Kazakhstan in London.",
     "Студенттер Лондонда Қазақстан елшілігіне хаттар жіберді.", "Лондондағы"),
    ("Students sent letters to the Embassy of Kazakhstan in London.",
     "Студенттер Лондондағы Қазақстан елшілігіне хаттар жіберді.", None),
    # where the English says where it happened, the locative stands
    ("In London, the Kazakhstan Embassy issued a short statement.",
     "Лондонда Қазақстан елшілігі қысқа мәлімдеме жасады.", None),
])
def test_kazakh_locative_before_a_named_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # English "<name> has": Kazakh has the thing had in the possessive before бар, its owner a genitive — a dative
    # there owns nothing
    ("Eni also has an office in Aktau.", "Eni-ге Ақтауда кеңсесі бар.", "Eni-дің"),
    ("Eni also has an office in Aktau.", "Eni-дің Ақтауда кеңсесі бар.", None),
    # a dative with бар and no possessed noun: what there is for it, no having
    ("There is great demand for Eni gas in Aktau.", "Ақтауда Eni-ге үлкен сұраныс бар.", None),
])
def test_kazakh_owner_of_what_there_is(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an accusative, which modifies nothing, before modifiers and a possessed noun in the nominative that the English
    # name stands before ("the first CSTO units"): it owns that noun, a genitive
    ("On Thursday the first CSTO units reached Almaty.",
     "Бейсенбіде ҰҚШҰ-ны алғашқы бөлімшелері Алматыға жетті.", "ҰҚШҰ-ның"),
    ("On Thursday the first CSTO units reached Almaty.",
     "Бейсенбіде ҰҚШҰ-ның алғашқы бөлімшелері Алматыға жетті.", None),
    # the object of the clause's verb before its subject, which is possessed: left alone
    ("Tokayev was criticised by his former allies.", "Тоқаевты бұрынғы одақтастары сынады.", None),
])
def test_kazakh_accusative_before_modified_possessed_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a genitive with no word after it in its clause that it could own owns nothing: the case of the English
    # preposition before the name is meant
    ("A letter from Murphy has come to the strikers.", "Ереуілшілерге Мерфидің хат келді.", "Мерфиден"),
    ("A letter from Murphy has come to the strikers.", "Ереуілшілерге Мерфиден хат келді.", None),
    # a possessed word after it is what it owns
    ("Greetings from Murphy have come to the strikers.", "Ереуілшілерге Мерфидің сәлемі келді.", None),
])
def test_kazakh_genitive_owning_nothing(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a time phrase of "until" or "by" first in the sentence leaves the name after it its clause's subject: the
    # subject of an English passive, the object of the Kazakh active verb
    ("Until March the Security Council was chaired by Tokayev.",
     "Наурызға дейін Қауіпсіздік кеңесіне Тоқаев басқарды.", "Қауіпсіздік кеңесін"),
    ("Until March the Security Council was chaired by Tokayev.",
     "Наурызға дейін Қауіпсіздік кеңесін Тоқаев басқарды.", None),
])
def test_kazakh_passive_subject_after_a_time_of_until(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "on" a day is a time, bare in Kazakh: a dative there places nothing
    ("The miners stopped work on Independence Day.", "Кеншілер Тәуелсіздік күніне жұмысты тоқтатты.",
     "Тәуелсіздік күні"),
    ("The miners stopped work on Independence Day.", "Кеншілер Тәуелсіздік күні жұмысты тоқтатты.", None),
    # a verb of coming takes the dative ("fell on"); what one is congratulated on is an instrumental
    ("The protest fell on Independence Day.", "Наразылық Тәуелсіздік күніне тұспа-тұс келді.", None),
    ("The mayor congratulated the miners on Independence Day.", "Әкім кеншілерді Тәуелсіздік күніне құттықтады.",
     "Тәуелсіздік күнімен"),
])
def test_kazakh_day_after_on(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "from" like "of" in the sentence's subject ("A letter from the students in Aktau …"): the place says which ones,
    # an attribute in -дағы before the genitive that owns the letter
    ("A letter from the students in Aktau reached London.", "Ақтауда студенттердің хаты Лондонға жетті.",
     "Ақтаудағы"),
    ("A letter from the students in Aktau reached London.", "Ақтаудағы студенттердің хаты Лондонға жетті.", None),
    ("The letter from the students was read out in Aktau.", "Студенттердің хаты Ақтауда оқылды.", None),
])
def test_kazakh_locative_inside_a_from_phrase(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the complement of a predicative that takes the dative (тәуелді) and ends the clause, past words of degree: after
    # the English "on", an ablative is wrong
    ("Kazakhstan now depends on China to an unprecedented degree.",
     "Қазақстан енді Қытайдан бұрын-соңды болмаған дәрежеде тәуелді.", "Қытайға"),
    ("Kazakhstan now depends on China to an unprecedented degree.",
     "Қазақстан енді Қытайға бұрын-соңды болмаған дәрежеде тәуелді.", None),
    # another dative between is the complement; the ablative is a comparison's, before гөрі
    ("Kazakhstan depends more on Russia than on China.", "Қазақстан Қытайдан гөрі Ресейге көбірек тәуелді.", None),
])
def test_kazakh_complement_of_dative_predicative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "Armenian" begins with "Armenia" but names no place: the one Russian mention reads "to Armenia", a direction
    ("The Armenian delegation flew back to Armenia on Monday.",
     "Армянская делегация в понедельник вернулась в Армении.", "Армению"),
    ("The Armenian delegation flew back to Armenia on Monday.",
     "Армянская делегация в понедельник вернулась в Армению.", None),
    # where the translation names the place as often as the source seems to, each mention keeps its own English
    ("Armenian officials stayed in Armenia.", "Официальные лица Армении остались в Армении.", None),
])
def test_people_adjective_is_no_mention_of_its_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb whose person is its dative, then its object noun: the name the English gives "to" is the dative
    ("The organisers gave the floor to Simon Pirani.", "Организаторы предоставили слово Саймона Пирани.",
     "Саймону Пирани"),
    ("The organisers gave the floor to Simon Pirani.", "Организаторы предоставили слово Саймону Пирани.", None),
    ("Many strikers owe their freedom to Roza Tuletayeva.", "Многие забастовщики обязаны свободой Розы Тулетаевой.",
     "Розе Тулетаевой"),
    # no "to": the name owns the noun; a preposition between: the noun is the preposition's
    ("The organisers published Simon Pirani's speech.", "Организаторы опубликовали выступление Саймона Пирани.",
     None),
    ("The activists submitted a petition addressed to Simon Pirani.",
     "Активисты предоставили петицию на имя Саймона Пирани.", None),
    # a dative between is the one it goes to, the name its owner
    ("The activists gave the petition to Roza Tuletayeva's lawyer.",
     "Активисты предоставили петицию адвокату Розы Тулетаевой.", None),
])
def test_russian_dative_verb_object_noun_then_recipient(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a question's auxiliary, a plural noun with no article as its subject, the bare verb: the name is its object
    ("Why do journalists quote Paul Murphy?", "Почему журналисты цитируют Пол Мёрфи?", "Пола Мёрфи"),
    ("Why do journalists quote Paul Murphy?", "Почему журналисты цитируют Пола Мёрфи?", None),
    ("Did local activists really invite Simon Pirani?", "Местные активисты действительно пригласили Саймон Пирани?",
     "Саймона Пирани"),
    ("Did local activists really invite Simon Pirani?", "Местные активисты действительно пригласили Саймона Пирани?",
     None),
])
def test_question_with_bare_plural_subject_has_an_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the last name of a list the English lists too shares the case of the name before it
    ("The rally heard greetings from the Fourth International and Socialist Alternative.",
     "На митинге зачитали приветствия от Четвёртого интернационала и «Социалистическая альтернатива».",
     "«Социалистической альтернативы»"),
    ("The rally heard greetings from the Fourth International and Socialist Alternative.",
     "На митинге зачитали приветствия от Четвёртого интернационала и «Социалистической альтернативы».", None),
    # a person after an organisation is listed with something else: the speakers
    ("The rally heard speakers from Socialist Alternative and Chris Ford.",
     "На митинге выступили представители «Социалистической альтернативы» и Крис Форд.", None),
    # the list's first name in a case nothing before it governs is the wrong one, not the last
    ("The appeal was also signed by the Fourth International and Socialist Alternative.",
     "Обращение подписали также Четвёртым интернационалом и «Социалистическая альтернатива».",
     "Четвёртый интернационал"),
])
def test_russian_names_listed_together_share_a_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name with its own noun after «и» and a name with its noun: nothing shared, its words must agree
    ("Strikes began in Mangystau Region and Atyrau Region.",
     "Забастовки начались в Мангистауской области и Атырауская области.", "Атырауской области"),
    ("Strikes began in Mangystau Region and Atyrau Region.",
     "Забастовки начались в Мангистауской области и Атырауской области.", None),
    # coordinated adjectives share the plural noun after the last
    ("The Mangystau and Atyrau regions joined the strike.",
     "К забастовке присоединились Мангистауская и Атырауская области.", None),
])
def test_russian_name_with_its_own_noun_after_and_agrees(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an adjective of a name alone before a plural noun it shares with the adjectives after it takes its case
    ("Miners of the Karaganda and Mangystau regions went on strike.",
     "Бастовали шахтёры Карагандинская и Мангистауской областей.", "Карагандинской"),
    ("Miners of the Karaganda and Mangystau regions went on strike.",
     "Бастовали шахтёры Карагандинской и Мангистауской областей.", None),
    ("Strikes spread in the Karaganda and Mangystau regions.",
     "Забастовки ширились в Карагандинская и Мангистауской областях.", "Карагандинской"),
    ("The Karaganda and Mangystau regions joined the strike.",
     "К забастовке присоединились Карагандинская и Мангистауская области.", None),
])
def test_russian_adjective_sharing_a_plural_noun_takes_its_case(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the subject of an English passive subjunctive is what the Russian active infinitive acts on: its object
    ("The lawyers insisted that the 1993 Constitution be preserved.",
     "Юристы настаивали: надо сохранить Конституция 1993 года.", "Конституцию 1993 года"),
    ("The lawyers insisted that the 1993 Constitution be preserved.",
     "Юристы настаивали: надо сохранить Конституцию 1993 года.", None),
])
def test_russian_infinitive_object_of_english_passive_subjunctive(source: str, target: str,
                                                                  expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after an infinitive no table governs, a thing the English acts on directly is its accusative object
    ("The miners wanted to keep the 1993 Constitution.", "Шахтёры хотели сохранить Конституции 1993 года.",
     "Конституцию 1993 года"),
    ("The miners wanted to keep the 1993 Constitution.", "Шахтёры хотели сохранить Конституцию 1993 года.", None),
    # a dative one gives something to
    ("Beijing decided to offer Kyrgyzstan a loan.", "Пекин решил предложить Кыргызстану кредит.", None),
])
def test_russian_untabled_infinitive_object_is_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb whose object is an accusative, an adjective and the name in another case
    ("The strike soon gripped the whole of Karaganda Region.",
     "Забастовка вскоре охватила всей Карагандинской области.", "Карагандинскую область"),
    ("The strike soon gripped the whole of Karaganda Region.",
     "Забастовка вскоре охватила всю Карагандинскую область.", None),
    # the genitive of negation
    ("The strike never gripped the whole of Karaganda Region.",
     "Забастовка так и не охватила всей Карагандинской области.", None),
])
def test_russian_adjective_and_name_after_accusative_verb(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verbless slogan opened by a noun of praise, shame or freedom: the one it is for or against is a dative
    ("Glory to Zhanaozen!", "Слава Жанаозена!", "Жанаозену"),
    ("Free Simon Pirani!", "Свободу Саймона Пирани!", "Саймону Пирани"),
    ("Free Simon Pirani!", "Свободу Саймону Пирани!", None),
    # no slogan: the noun's genitive
    ("Nazarbayev's disgrace was plain to all.", "Позор Назарбаева был очевиден всем.", None),
])
def test_russian_slogan_gives_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «в сторону», «в направлении» ("towards") are compound prepositions with the genitive
    ("The column moved towards Taraz.", "Колонна двинулась в направлении Тараз.", "Тараза"),
    ("The column moved towards Shymkent.", "Колонна двинулась в сторону Шымкент.", "Шымкента"),
    ("The column moved towards Shymkent.", "Колонна двинулась в сторону Шымкента.", None),
])
def test_russian_compound_prepositions_of_direction(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun, a participle agreeing with the name, the name the English puts after "of (the) banned": a genitive
    ("Members of the banned Socialist Movement of Kazakhstan met in secret.",
     "Члены запрещённого Социалистическое движение Казахстана встречались тайно.",
     "Социалистического движения Казахстана"),
    ("Members of the banned Socialist Movement of Kazakhstan met in secret.",
     "Члены запрещённого Социалистического движения Казахстана встречались тайно.", None),
    # a short participle is the verb, the name its subject
    ("The Communist Party of Kazakhstan was banned in 2015.",
     "В 2015 году была запрещена Коммунистическая партия Казахстана.", None),
])
def test_russian_noun_participle_then_owner(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name opening its sentence before a neuter past that agrees with it, the English subject
    ("The Socialist Movement of Kazakhstan refused to comment.",
     "Социалистического движения Казахстана отказалось от комментариев.", "Социалистическое движение Казахстана"),
    ("The Socialist Movement of Kazakhstan refused to comment.",
     "Социалистическое движение Казахстана отказалось от комментариев.", None),
    # a dative before an impersonal verb
    ("The Socialist Movement of Kazakhstan managed to hold a rally.",
     "Социалистическому движению Казахстана удалось провести митинг.", None),
])
def test_russian_fronted_subject_of_neuter_past(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a past verb, a phrase of a preposition and another name, then the English object: no nominative
    ("Putin received Simon Pirani in Moscow.", "Путин принимал в Москве Саймон Пирани.", "Саймона Пирани"),
    ("Putin received Simon Pirani in Moscow.", "Путин принимал в Москве Саймона Пирани.", None),
    ("In Moscow Simon Pirani met journalists.", "В Москве Саймон Пирани встретился с журналистами.", None),
])
def test_russian_object_past_a_phrase_with_a_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an organisation "at" which something happens: в + the locative
    ("Activists were held for hours at the National Security Committee.",
     "Активистов часами держали в Комитет национальной безопасности.", "Комитете национальной безопасности"),
    ("Activists were held for hours at the National Security Committee.",
     "Активистов часами держали в Комитете национальной безопасности.", None),
    # "to" it: the accusative of direction
    ("Activists were summoned to the National Security Committee.",
     "Активистов вызвали в Комитет национальной безопасности.", None),
])
def test_russian_organisation_at_takes_the_locative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "with" a partner where the clause makes a compound of doing something with someone (хат жазысу, жұмыс істеу) a
    # verbal noun before another verb: the partner is still an instrumental
    ("The student said she had corresponded with Tokayev for years.",
     "Студент Тоқаевқа көп жыл хат жазысқанын айтты.", "Тоқаевпен"),
    ("The student said she had corresponded with Tokayev for years.",
     "Студент Тоқаевпен көп жыл хат жазысқанын айтты.", None),
    ("The engineers hoped to work with Kazakhstan on the new pipeline.",
     "Инженерлер Қазақстанға жаңа құбыр бойынша жұмыс істеуді көздеді.", "Қазақстанмен"),
    # a letter written *to* someone is no correspondence with them
    ("The student wrote a letter to Tokayev.", "Студент Тоқаевқа хат жазды.", None),
])
def test_kazakh_with_partner_compound_inside_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "borders" a country: шекаралас ("bordering") takes the instrumental of the neighbour, never the dative
    ("Mongolia borders Russia and has few other trade routes.",
     "Моңғолия Ресейге шекаралас және басқа сауда жолдары аз.", "Ресеймен"),
    ("Mongolia borders Russia and has few other trade routes.",
     "Моңғолия Ресеймен шекаралас және басқа сауда жолдары аз.", None),
    # the adjective without the English verb: a neighbouring country, no partner
    ("Russia sent troops to a neighbouring country.", "Ресей шекаралас елге әскер жіберді.", None),
])
def test_kazakh_bordering_takes_instrumental(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a bare name whose Kazakh form ends in its own possessed head (Қазақстан елшілігі) as the object of an active verb,
    # an English word after the name ("all night"): such a name modifies no noun unless it is a genitive, so it is the
    # object, and a definite object is never bare
    ("Police guarded the Embassy of Kazakhstan all night.", "Полиция Қазақстан елшілігі түні бойы күзетті.",
     "Қазақстан елшілігін"),
    ("Police guarded the Embassy of Kazakhstan all night.", "Полиция Қазақстан елшілігін түні бойы күзетті.", None),
    # the same name as the subject is a nominative
    ("The Embassy of Kazakhstan issued a short statement.", "Қазақстан елшілігі қысқа мәлімдеме жасады.", None),
])
def test_kazakh_possessed_name_as_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a paired word between the name and its verb (two halves with one ending joined by a hyphen, үзілді-кесілді,
    # "firmly") is an adverb, not another object that would free the name: the verb's accusative is still wanted
    ("The party said the workers still firmly back Paul Murphy.",
     "Партия жұмысшылардың Пол Мерфиге әлі де үзілді-кесілді қолдайтынын айтты.", "Пол Мерфиді"),
    ("The party said the workers still firmly back Paul Murphy.",
     "Партия жұмысшылардың Пол Мерфиді әлі де үзілді-кесілді қолдайтынын айтты.", None),
])
def test_kazakh_paired_adverb_is_no_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the genitive plural in -ий of a generic noun (компаний, предприятий) is an oblique plural: the owner's name
    ("Engineers at the KazMunayGas subsidiaries joined the walkout.",
     "К забастовке присоединились инженеры дочерних предприятий «КазМунайГаз».", "«КазМунайГаза»"),
    ("Engineers at the KazMunayGas subsidiaries joined the walkout.",
     "К забастовке присоединились инженеры дочерних предприятий «КазМунайГаза».", None),
    # "the KazMunayGas group" is the name of the group: «группы компаний «КазМунайГаз»», an apposition
    ("The board of the KazMunayGas group met on Monday.",
     "Совет директоров группы компаний «КазМунайГаз» собрался в понедельник.", None),
])
def test_russian_owner_after_genitive_plural_in_ij(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a place the English sets before a noun ("Shymkent court") is where that thing is: в + the locative when the
    # в-phrase hangs on a noun, no verb before it in its clause
    ("Shymkent court fines two activists.", "Суд в Шымкент оштрафовал двух активистов.", "Шымкенте"),
    ("Shymkent court fines two activists.", "Суд в Шымкенте оштрафовал двух активистов.", None),
    # a Russian verb before в may send someone there, whatever the English modifier
    ("Police drove the Shymkent strikers back home.", "Полиция отвезла бастующих обратно в Шымкент.", None),
])
def test_russian_place_modifying_a_noun_takes_the_locative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the first half of a paired word («үзілді-кесілді», "firmly") is an adverb, no passive verb after an accusative
    ("They firmly supported Paul Murphy.", "Олар Пол Мерфиді үзілді-кесілді қолдады.", None),
])
def test_kazakh_paired_word_is_no_passive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "John McDonnell MP": a member's letters after the name make the title his, as "Irish MP Paul Murphy" does
    # before it — the name after the title and its complement agrees with the title
    ("The picket thanked John McDonnell MP for his message.",
     "Участники пикета поблагодарили депутата парламента Джону Макдоннеллу за послание.", "Джона Макдоннелла"),
    ("The picket thanked John McDonnell MP for his message.",
     "Участники пикета поблагодарили депутата парламента Джона Макдоннелла за послание.", None),
    ("We met Paul Murphy TD in Dublin.", "Мы встретились с депутатом ирландского парламента Полом Мёрфи в Дублине.",
     None),
    ("A letter from John McDonnell MP was read out.", "Было зачитано письмо депутата парламента Джона Макдоннелла.",
     None),
])
def test_russian_title_after_the_english_name_is_the_persons(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the strike committee in Zhanaozen" sends greetings: the place says where the subject's people are, a
    # locative, however the verb after it moves something
    ("Members of the strike committee in Zhanaozen sent greetings to our union.",
     "Члены забастовочного комитета в Жанаозен направили приветствие нашему профсоюзу.", "Жанаозене"),
    ("Members of the strike committee in Zhanaozen sent greetings to our union.",
     "Члены забастовочного комитета в Жанаозене направили приветствие нашему профсоюзу.", None),
    # a noun of moving before it: the troops' arrival into the town, an accusative of direction
    ("After the arrival of troops in Zhanaozen, arrests began.", "После прибытия войск в Жанаозен начались аресты.",
     None),
])
def test_russian_place_of_the_subject_is_no_destination(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "for supporting Assad": the English gerund's object is the object of the participle right after the name,
    # before үшін — the accusative of қолдау, not the case of the verb after it
    ("The organisation criticised the party for supporting Assad.",
     "Ұйым партияны Асадқа қолдағаны үшін сынады.", "Асадты"),
    ("The organisation criticised the party for supporting Assad.", "Ұйым партияны Асадты қолдағаны үшін сынады.", None),
    # an owner the English gives "'s" to stays one
    ("They criticised the party for supporting Assad's regime.", "Олар партияны Асадтың режимін қолдағаны үшін сынады.",
     None),
])
def test_kazakh_object_of_the_participle_before_for(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_kazakh_accusative_before_a_passive_in_a_list_the_english_sends_to() -> None:
    # "sent to Tokayev and Nazarbayev": the English "to" governs the whole list, so the fix is the dative
    source = "Letters were sent to Tokayev and Nazarbayev."
    _expect_fix(source, "Хаттар Тоқаев пен Назарбаевты жіберілді.", "Назарбаевқа", "kk")
    _expect_fix(source, "Хаттар Тоқаев пен Назарбаевқа жіберілді.", None, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a span of time counted from an event: the verb or postposition that ends the span decides the event's case —
    # passing from it, after or before it (өткен соң, кейін, бұрын) an ablative
    ("Ten years after the Zhanaozen massacre, the oil workers struck once more.",
     "Жаңаөзен қырғыны он жыл өткен соң мұнайшылар тағы да ереуілге шықты.", "Жаңаөзен қырғынынан"),
    ("Ten years after the Zhanaozen massacre, the oil workers struck once more.",
     "Жаңаөзен қырғынынан он жыл өткен соң мұнайшылар тағы да ереуілге шықты.", None),
    # ... being filled or left to it (толды, қалғанда) a dative
    ("Next month it will be ten years since the Zhanaozen massacre.",
     "Келесі айда Жаңаөзен қырғынынан он жыл толады.", "Жаңаөзен қырғынына"),
    ("A week before Independence Day the miners downed tools.",
     "Тәуелсіздік күніне бір апта қалғанда кеншілер жұмысты тоқтатты.", None),
    # a place where something happened some years later is no event counted from
    ("In Zhanaozen, two years later, the strike began again.",
     "Жаңаөзенде екі жыл өткен соң ереуіл қайта басталды.", None),
])
def test_kazakh_event_a_span_of_time_is_counted_from(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a company's name in Latin letters or capitals stays bare before the generic noun it names: the noun carries the
    # case, and the two are checked as one name in it
    ("The lawyer recalled that the refinery belongs to CNPC.",
     "Адвокат зауыттың CNPC корпорациясынан тиесілі екенін еске салды.", "CNPC корпорациясына"),
    ("The lawyer recalled that the refinery belongs to CNPC.",
     "Адвокат зауыттың CNPC корпорациясына тиесілі екенін еске салды.", None),
    ("In his report he refers to KPMG twice.",
     "Баяндамасында ол KPMG компаниясын екі рет сілтеме жасайды.", "KPMG компаниясына"),
    # "according to KPMG" is no one anything is written to: the genitive owns the report
    ("According to KPMG, the richest families own half of the wealth, the Italians write.",
     "Италиялықтар KPMG компаниясының есебі бойынша ең бай отбасылар байлықтың жартысына иелік етеді деп жазады.", None),
    # a paper's head is not joined to it: written in it or to it, the English says which too loosely
    ("Joseph Green wrote in Communist Voice about the strike.",
     "Джозеф Грин ереуіл туралы Communist Voice журналына жазды.", None),
])
def test_kazakh_latin_name_before_its_generic_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # жауап алу ("questioned", took answers) has the one questioned in the ablative, who gives the answers: a dative
    # there, where the English questions the person, is wrong
    ("The prosecutors questioned former minister Kairat Abdrakhmanov.",
     "Прокурорлар бұрынғы министр Қайрат Әбдірахмановқа жауап алды.", "Қайрат Әбдірахмановтан"),
    ("The prosecutors questioned former minister Kairat Abdrakhmanov.",
     "Прокурорлар бұрынғы министр Қайрат Әбдірахмановтан жауап алды.", None),
    # questions put *to* someone are a dative
    ("Journalists put questions to Massimov.", "Журналистер Мәсімовке сұрақтар қойды.", None),
])
def test_kazakh_person_questioned_gives_the_answers(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a dative before the clause's own сұрау (asked) asks whatever the name is — a company in Latin letters too:
    # Kazakh asks *from* it, the ablative
    ("I asked Chevron for its safety figures.", "Мен Chevron-ға қауіпсіздік көрсеткіштерін сұрадым.", "Chevron-нан"),
    ("I asked Chevron for its safety figures.", "Мен Chevron-нан қауіпсіздік көрсеткіштерін сұрадым.", None),
    # a request sent to it is a dative
    ("I asked Chevron for its safety figures.", "Мен Chevron-ға деректер туралы сұрау жолдадым.", None),
])
def test_kazakh_company_asked_is_an_ablative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an agreement made or signed *with* someone (келісім жасады, келісімге қол қойды: the agreement the dative) has
    # the other side in the instrumental, where the English says "with"
    ("Kazakhstan made a transit deal with Eni last spring.",
     "Өткен көктемде Қазақстан Eni-ге транзит жөнінде келісім жасады.", "Eni-мен"),
    ("Kazakhstan made a transit deal with Eni last spring.",
     "Өткен көктемде Қазақстан Eni-мен транзит жөнінде келісім жасады.", None),
    ("Eni has signed a new agreement with Kazakhstan.", "Eni Қазақстанға жаңа келісімге қол қойды.", "Қазақстанмен"),
    ("Eni has signed a new agreement with Kazakhstan.", "Eni Қазақстанмен жаңа келісімге қол қойды.", None),
    # a petition signed that was sent to someone: the dative is the sending's
    ("The ministry signed the petition sent to Tokayev.", "Министрлік Тоқаевқа жолданған өтінішке қол қойды.", None),
    # "with" and an article or a year before the name; comparing with someone is an instrumental too
    ("The prosecutor called any comparison of Kazakhstan with a Syria at war groundless.",
     "Прокурор Қазақстанды соғыс жүріп жатқан Сирияға салыстырудың кез келгенін негізсіз деп атады.", "Сириямен"),
    ("He compared Kazakhstan with Syria.", "Ол Қазақстанды Сириямен салыстырды.", None),
    # "with Michelle Bachelet's office": the partner is what she owns, the instrumental of its own after her
    ("We shared the report with Michelle Bachelet's office.",
     "Біз баяндаманы Мишель Бачелетке кеңсесімен бөлістік.", "Мишель Бачелеттің"),
])
def test_kazakh_partner_of_an_agreement_or_comparison(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "from … to/towards": where from is an ablative, past words of where to («көрші Атырау облысына») too
    ("The marchers walked from Trafalgar Square towards the embassy.",
     "Шерушілер Трафальгар алаңы елшілікке қарай жаяу жүрді.", "Трафальгар алаңынан"),
    ("The marchers walked from Trafalgar Square towards the embassy.",
     "Шерушілер Трафальгар алаңынан елшілікке қарай жаяу жүрді.", None),
    ("The strike quickly spread from Mangystau Region to neighbouring Atyrau Region.",
     "Ереуіл Маңғыстау облысы көрші Атырау облысына тез тарады.", "Маңғыстау облысынан"),
    # a bare name modifying the noun after it is no where from: «Қазақстан мұнайы», "oil from Kazakhstan"
    ("The company ships oil from Kazakhstan to Europe.", "Компания Қазақстан мұнайын Еуропаға тасымалдайды.", None),
])
def test_kazakh_from_before_where_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # ұласу ("spread into", "grow into") says where something goes, a dative
    ("Within a week the strike had spilled over into Atyrau Region.",
     "Бір апта ішінде ереуіл Атырау облысы да ұласты.", "Атырау облысына"),
    ("Within a week the strike had spilled over into Atyrau Region.",
     "Бір апта ішінде ереуіл Атырау облысына да ұласты.", None),
    # where it did not grow into riots is a locative, and what it grew into the dative of its own
    ("In Atyrau Region the strike never turned into riots.",
     "Атырау облысында ереуіл ешқашан тәртіпсіздікке ұласқан жоқ.", None),
])
def test_kazakh_spreading_into_takes_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the one talked to is a partner, an instrumental, where the verb of talking ends the sentence past a comma
    ("Tokayev talked to Putin about oil, not about troops.",
     "Тоқаев Путинге әскер туралы емес, мұнай туралы сөйлесті.", "Путинмен"),
    ("Tokayev talked to Putin about oil, not about troops.",
     "Тоқаев Путинмен әскер туралы емес, мұнай туралы сөйлесті.", None),
    # ("late" after the name is an adverb, no noun the name modifies)
    ("I spoke to Ainur Kurmanov late on Friday, when the lines were already down.",
     "Мен Айнұр Құрмановқа жұма күні кеш, байланыс үзілген кезде сөйлестім.", "Айнұр Құрмановпен"),
    # a letter written to someone is a dative
    ("I wrote to Ainur Kurmanov late on Friday, when the lines were already down.",
     "Мен Айнұр Құрмановқа жұма күні кеш, байланыс үзілген кезде хат жаздым.", None),
])
def test_kazakh_partner_past_a_comma(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # кіру ("join", "enter") takes what is joined in the dative — its participle made a clause of time too
    # (кіргенге дейін, "before joining")
    ("Before Kyrgyzstan joined the EAEU, petrol was cheaper there.",
     "Қырғызстан ЕАЭО-ны кіргенге дейін ол жақта бензин арзанырақ еді.", "ЕАЭО-ға"),
    ("Before Kyrgyzstan joined the EAEU, petrol was cheaper there.",
     "Қырғызстан ЕАЭО-ға кіргенге дейін ол жақта бензин арзанырақ еді.", None),
    ("Armenia joined the CSTO long ago.", "Армения ҰҚШҰ-ны әлдеқашан кірді.", "ҰҚШҰ-ға"),
    # the participle's ablative is not read so: where one returns from is the English's
    ("Since he returned from London he has said nothing.", "Ол Лондоннан оралғаннан бері ештеңе айтпады.", None),
])
def test_kazakh_joining_takes_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # жетекшілік ету ("lead"), as басшылық ету, takes what is led in the dative
    ("Kurmanov has led the Socialist Movement of Kazakhstan for years.",
     "Құрманов көп жылдан бері Қазақстан социалистік қозғалысын жетекшілік етеді.", "Қазақстан социалистік қозғалысына"),
    ("Kurmanov has led the Socialist Movement of Kazakhstan for years.",
     "Құрманов көп жылдан бері Қазақстан социалистік қозғалысына жетекшілік етеді.", None),
    ("The leadership of the Socialist Movement of Kazakhstan met in Moscow.",
     "Қазақстан социалистік қозғалысының жетекшілігі Мәскеуде бас қосты.", None),
])
def test_kazakh_leading_takes_the_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the verb's own object before the name in the accusative with the possessive (тарауын, "its chapter") leaves the
    # one "to" names no accusative of its own: it is a dative
    ("The author dedicates the last chapter to Roza Tuletaeva.",
     "Автор соңғы тарауын Роза Төлетаеваны арнайды.", "Роза Төлетаеваға"),
    ("The author dedicates the last chapter to Roza Tuletaeva.",
     "Автор соңғы тарауын Роза Төлетаеваға арнайды.", None),
])
def test_kazakh_possessed_accusative_before_the_one_given_to(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "afraid of", "rid of": what one fears or gets rid of is the ablative of the clause's қорқу, құтылу
    ("Everyone in Aktau is a little afraid of Moscow.", "Ақтаудағылардың бәрі Мәскеуге сәл қорқады.", "Мәскеуден"),
    ("Everyone in Aktau is a little afraid of Moscow.", "Ақтаудағылардың бәрі Мәскеуден сәл қорқады.", None),
    ("We will soon be rid of Nazarbayev.", "Біз жақында Назарбаевқа құтыламыз.", "Назарбаевтан"),
    # the genitive owns what is feared
    ("They are afraid of Moscow's troops.", "Олар Мәскеудің әскерлерінен қорқады.", None),
])
def test_kazakh_feared_is_an_ablative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an English compound at the head of its clause ("The Tokayev government", a noun, then its verb) copied word for
    # word: a bare name before the noun, which Russian says with the noun first and the name in the genitive
    ("The Tokayev government has resigned.", "Токаев правительство ушло в отставку.", "Правительство Токаева"),
    ("Aktau workers have joined the strike.", "Актау рабочие присоединились к забастовке.", "Рабочие Актау"),
    ("The Tokayev government has resigned.", "Правительство Токаева ушло в отставку.", None),
    # an adverb or a particle after the subject is no noun it modifies
    ("Tokayev himself signed the decree.", "Токаев лично подписал указ.", None),
    ("Tokayev later announced a state of emergency.", "Токаев позже объявил чрезвычайное положение.", None),
])
def test_russian_name_before_its_noun_as_in_the_english_compound(source: str, target: str,
                                                                  expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after «, чем» / «, как» the English tells the compared name's part: a verb of its own after it ("than
    # KazMunayGas does") makes it the compared clause's subject, a nominative
    ("Chevron earns more than KazMunayGas does.", "Chevron зарабатывает больше, чем «КазМунайГазу».",
     "«КазМунайГаз»"),
    ("Chevron earns more than KazMunayGas does.", "Chevron зарабатывает больше, чем «КазМунайГаз».", None),
    # a verb right before it ("as he supported Assad") makes it the object, in the case of the sentence's other object
    ("Putin supported Tokayev as firmly as he supported Assad.",
     "Путин поддержал Токаева так же твёрдо, как Асад.", "Асада"),
    ("Putin trusts Tokayev more than he trusted Nazarbayev.",
     "Путин доверяет Токаеву больше, чем Назарбаев.", "Назарбаеву"),
    ("Putin trusts Tokayev more than he trusted Nazarbayev.",
     "Путин доверяет Токаеву больше, чем доверял Назарбаеву.", None),
    # a subject compared with a subject stays in the nominative; a preposition governs its own name
    ("Putin supported Tokayev as firmly as Lukashenko did.",
     "Путин поддержал Токаева так же твёрдо, как Лукашенко.", None),
    ("Kazakhstan exports more oil to China than to Russia.",
     "Казахстан экспортирует больше нефти в Китай, чем в Россию.", None),
])
def test_russian_compared_name_takes_the_part_the_english_gives_it(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English sets the name before a plural noun it modifies ("Karachaganak workers"): the Russian plural noun
    # right before the name owns it, a genitive — a nominative there calls the workers Karachaganak
    ("Karachaganak workers were laid off.", "Работники Карачаганак были уволены.", "Карачаганака"),
    ("Karachaganak workers were laid off.", "Работники Карачаганака были уволены.", None),
    # a verb in -s after the name ("sells"), the name the subject of the Russian singular verb after it
    ("Kazakhstan sells most of its gas to China.", "Большую часть газа Казахстан продаёт Китаю.", None),
    # an adverb of time that ends like a plural is no noun
    ("Yesterday Kazakhstan closes its borders.", "Вчера Казахстан закрыл свои границы.", None),
])
def test_russian_owner_of_the_plural_noun_the_english_name_modifies(source: str, target: str,
                                                                     expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English "to" right before the name and a Russian verb of giving, writing or likening in its clause make the
    # name the one it goes to, a dative with no preposition
    ("The delegation wrote to Paul Murphy.", "Делегация написала Пол Мёрфи.", "Полу Мёрфи"),
    ("The delegation wrote to Paul Murphy.", "Делегация написала Полу Мёрфи.", None),
    ("Analysts likened Tokayev to Assad.", "Аналитики уподобили Токаева Асад.", "Асаду"),
    # a preposition's own case; the station's "to"; an office held "to" someone, the noun's genitive
    ("Tokayev sent troops to Zhanaozen.", "Токаев направил войска в Жанаозен.", None),
    ("The protester was taken to Charing Cross police station and told he would be charged.",
     "Протестующего доставили в полицейский участок Чаринг-Кросс и сообщили, что ему предъявят обвинение.", None),
    ("Tony Blair wrote a letter as an adviser to Nazarbayev.",
     "Тони Блэр написал письмо как советник Назарбаева.", None),
    # past «, а не» only where the first of the two it goes to is a dative
    ("The delegate proposed referring the matter to the CIS rather than to the European Union.",
     "Делегат предложил передать вопрос на рассмотрение СНГ, а не Европейского союза.", None),
])
def test_russian_recipient_of_a_verb_of_giving_is_a_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb of naming, the named thing (another name), then the name it is given: what it is called, the
    # instrumental — and right after a passive of naming too
    ("Putin called the CSTO the Holy Alliance.", "Путин назвал ОДКБ Священный союз.", "Священным союзом"),
    ("The leaflet called the CSTO the new tsar's Holy Alliance.",
     "В листовке ОДКБ названа Священный союз нового царя.", "Священным союзом"),
    ("Putin called the CSTO the Holy Alliance.", "Путин назвал ОДКБ Священным союзом.", None),
    # the name right after the active verb is its object; a noun between that the name depends on; an owner
    ("The newspaper called Zhanaozen a symbol of resistance.", "Газета назвала Жанаозен символом сопротивления.",
     None),
    ("In Moscow they called it defending Kazakhstan.", "В Москве это называли защитой Казахстана.", None),
    ("One text called the CSTO “Russia's NATO”, another the new tsar's Holy Alliance.",
     "В одном тексте ОДКБ назвали «НАТО России», в другом — Священным союзом нового царя.", None),
])
def test_russian_name_a_verb_of_naming_gives_is_an_instrumental(source: str, target: str,
                                                                  expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # на or в after a word of aiming at something (влияние, полагаться, вторжение), the owner between or not: the
    # target, an accusative
    ("Moscow's influence over Central Asia grew.", "Влияние Москвы на Центральной Азии выросло.",
     "Центральную Азию"),
    ("Assad relies on Russia.", "Асад полагается на России.", "Россию"),
    ("Russia's invasion of Ukraine changed Almaty.", "Вторжение России в Украине изменило Алматы.", "Украину"),
    ("Moscow's influence over Central Asia grew.", "Влияние Москвы на Центральную Азию выросло.", None),
    # where it happens, the English "in": a locative; a medium the answer was given on
    ("Russia's influence in Central Asia grew.", "Влияние России в Центральной Азии выросло.", None),
    ("Tokayev's answer on Facebook was short.", "Ответ Токаева на Фейсбуке был коротким.", None),
])
def test_russian_target_of_a_word_of_aiming_is_an_accusative(source: str, target: str,
                                                              expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name the glossary declines in its quotes, in the nominative right after a noun the English makes it
    # own or have written ("of", "by", a noun after the name): the genitive, declined in its quotes
    ("The signature of the Left Bloc came fourth.", "Подпись «Левый блок» стояла четвёртой.", "«Левого блока»"),
    ("Kazakhmys workers went on strike.", "Рабочие «Казахмыс» объявили забастовку.", "«Казахмыса»"),
    ("The signature of the Left Bloc came fourth.", "Подпись «Левого блока» стояла четвёртой.", None),
    # a generic word or a noun of naming the name names; no English owner
    ("The company Kazakhmys cut wages.", "Компания «Казахмыс» сократила зарплаты.", None),
    ("The slogan 'Left Bloc' appeared on the banners.", "На транспарантах появился лозунг «Левый блок».", None),
    ("The article 'Reform and Revolution' was translated.", "Статья «Реформа и революция» была переведена.", None),
])
def test_russian_quoted_owner_after_its_noun_is_a_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun of a ban right before the name, no preposition, the English "on" between: what is banned, a genitive
    ("The ban on the Communist Party of Kazakhstan was lifted.",
     "Запрет Коммунистической партией Казахстана сняли.", "Коммунистической партии Казахстана"),
    ("The ban on the Communist Party of Kazakhstan was lifted.",
     "Запрет Коммунистической партии Казахстана сняли.", None),
    # pressure takes its target with на, never as a bare genitive: left alone
    ("Pressure on the Communist Party of Kazakhstan grew.",
     "Давление на Коммунистическую партию Казахстана росло.", None),
])
def test_russian_what_a_ban_bans_is_a_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English name after a plural noun and "of" or "in" ("the oil fields of", "petrol stations in"): the Russian
    # plural noun before the name owns it, a genitive — past a neuter verb that agrees with another noun
    ("The oil fields of Western Kazakhstan are old.", "Нефтяные месторождения Западный Казахстан стары.",
     "Западного Казахстана"),
    ("Petrol stations in Almaty ran out of fuel.", "На заправках Алма-Ата закончилось топливо.", "Алма-Аты"),
    ("The oil fields of Western Kazakhstan are old.", "Нефтяные месторождения Западного Казахстана стары.", None),
    # a noun of a kind of place before the English "in": where, not whose
    ("Strikes began in the towns of Mangystau Region.", "Забастовки начались в городах Мангистауской области.",
     None),
    # a generic noun names the name after it; "caucus" is no plural
    ("Reform & Revolution, a caucus in the Democratic Socialists of America, reprinted the post.",
     "«Реформа и революция», фракция в организации Демократические социалисты Америки, перепечатала пост.", None),
])
def test_russian_owner_after_a_plural_noun_and_of(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a verb whose person is its dative (оказывать, предъявить), right before the name or with its noun object
    # between, the English name the verb's object: the one it is done to, a dative
    ("Russia gave Tokayev support.", "Россия оказала поддержку Токаева.", "Токаеву"),
    ("Prosecutors charged Karim Massimov with treason.", "Прокуратура предъявила обвинение Карима Масимова в измене.",
     "Кариму Масимову"),
    ("Prosecutors charged Karim Massimov with treason.",
     "Прокуратура предъявила обвинение Кариму Масимову в измене.", None),
    # the English owner of a noun; the reflexive оказаться, "turn out"
    ("They paid Tony Blair's firm millions.", "Они заплатили фирме Тони Блэра миллионы.", None),
    ("Tokayev turned out to be Nazarbayev's heir.", "Токаев оказался преемником Назарбаева.", None),
])
def test_russian_dative_of_a_verb_and_its_noun_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name that ends in a possessive itself (кеңесі, партиясы) owns the next noun only in the genitive
    ("We read the statement of the Council of Aksakals aloud.",
     "Біз Ақсақалдар кеңесі мәлімдемесін дауыстап оқыдық.", "Ақсақалдар кеңесінің"),
    ("We read the statement of the Council of Aksakals aloud.",
     "Біз Ақсақалдар кеңесінің мәлімдемесін дауыстап оқыдық.", None),
    # its own subject, owning its own object, is bare; «атынан» ("on behalf of") is a postposition
    ("The Council of Aksakals read out its demands.", "Ақсақалдар кеңесі талаптарын оқып берді.", None),
    ("An elder spoke on behalf of the Council of Aksakals.", "Ақсақалдар кеңесі атынан бір ақсақал сөйледі.", None),
])
def test_kazakh_possessed_name_owns_only_in_the_genitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "'s" makes the name the owner of a noun its own modifiers come before: only a genitive reaches across them
    ("China's role in Central Asia is growing.", "Қытай Орталық Азиядағы рөлі артып келеді.", "Қытайдың"),
    ("China's role in Central Asia is growing.", "Қытайдың Орталық Азиядағы рөлі артып келеді.", None),
    # a participle between makes the bare name its subject; a plain adjective is the inner half of a compound
    ("China's decision surprised everyone.", "Қытай Алматыда қабылдаған шешімі бәрін таң қалдырды.", None),
    ("China's crude imports from Kazakhstan grew.", "Қытай шикі мұнай импорты өсті.", None),
])
def test_kazakh_bare_owner_across_modifiers(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the body whose people are "at" it owns them; a compound noun's bare first half (бас хатшысы) is the owned noun's
    ("Miners at ArcelorMittal Temirtau walked out.",
     "«АрселорМиттал Теміртау» компаниясы кеншілері жұмысты тастады.", "«АрселорМиттал Теміртау» компаниясының"),
    ("Miners at ArcelorMittal Temirtau walked out.",
     "«АрселорМиттал Теміртау» компаниясының кеншілері жұмысты тастады.", None),
    ("The secretary general of the Shanghai Cooperation Organisation arrived.",
     "Шанхай ынтымақтастық ұйымы бас хатшысы келді.", "Шанхай ынтымақтастық ұйымының"),
    ("The Shanghai Cooperation Organisation sent its secretary general.",
     "Шанхай ынтымақтастық ұйымы бас хатшысын жіберді.", None),
])
def test_kazakh_possessed_name_owns_its_people_and_compounds(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the possessed-compound owner past the English name's own modifiers ("of the banned …"), and one whose last word
    # only looks like an accusative (қырғыны)
    ("Two members of the banned Communist Party of Kazakhstan were detained.",
     "Тыйым салынған Қазақстан Коммунистік партиясы екі мүшесі ұсталды.", "Қазақстан Коммунистік партиясының"),
    ("The anniversary of the Zhanaozen massacre falls in December.",
     "Жаңаөзен қырғыны жылдығы желтоқсанға келеді.", "Жаңаөзен қырғынының"),
    # a postpositional noun of time after it («қарсаңында», "on the eve of") keeps it bare
    ("On the eve of Independence Day the president spoke.", "Тәуелсіздік күні қарсаңында президент сөз сөйледі.", None),
])
def test_kazakh_possessed_name_owner_past_modifiers(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted name with its head noun, the English owner across a postposition's phrase: only a genitive reaches
    ("Read the Communist Voice Organization's article on Aktau.",
     "«Коммунистік үн» ұйымы Ақтау туралы мақаласын оқыңыз.", "«Коммунистік үн» ұйымының"),
    ("Read the Communist Voice Organization's article on Aktau.",
     "«Коммунистік үн» ұйымының Ақтау туралы мақаласын оқыңыз.", None),
    # the organisation the subject of its own verb, no "'s": its own article
    ("The Communist Voice Organization wrote its article on Aktau.",
     "«Коммунистік үн» ұйымы Ақтау туралы мақаласын жазды.", None),
])
def test_kazakh_quoted_bare_owner_across_modifiers(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a dative owns nothing: the English "'s" owner across its noun's modifiers is a genitive
    ("After January Russia's influence in Central Asia grew.",
     "Қаңтардан кейін Ресейге Орталық Азиядағы ықпалы күшейді.", "Ресейдің"),
    ("After January Russia's influence in Central Asia grew.",
     "Қаңтардан кейін Ресейдің Орталық Азиядағы ықпалы күшейді.", None),
])
def test_kazakh_dative_owner_across_modifiers(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")



@pytest.mark.parametrize(("source", "target", "expected"), [
    # "relations with China": a relation both sides share is owned by one of them, so a genitive before it is no
    # partner — the instrumental is
    ("Nazarbayev carefully balanced his relations with China.",
     "Назарбаев Қытайдың қарым-қатынасын мұқият теңестіріп отырды.", "Қытаймен"),
    ("Nazarbayev carefully balanced his relations with China.",
     "Назарбаев Қытаймен қарым-қатынасын мұқият теңестіріп отырды.", None),
    # an interview is the partner's too ("the interview with Kurmanov", his interview)
    ("I read the interview with Ainur Kurmanov.", "Мен Айнұр Құрмановтың сұхбатын оқыдым.", None),
    # байланысты is a postposition ("in connection with"), which takes its own case
    ("Arrests were made in connection with the Zhanaozen massacre.",
     "Жаңаөзен қырғынына байланысты тұтқындаулар болды.", None),
])
def test_kazakh_genitive_before_a_shared_relation_is_no_partner(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the kind's noun a few words back, what it is of between: the quoted name is in apposition to it, as it stands
    ("Two articles were translated from the May 2012 issue of Class View, a journal of Ukrainian Marxist activists.",
     "Две статьи переведены из майского номера журнала украинских активистов-марксистов «Классовый взгляд».", None),
    # with no such noun the quoted owner is a genitive declined in its quotes
    ("The signature of the Left Bloc stood fourth.", "Подпись «Левый блок» стояла четвёртой.", "«Левого блока»"),
])
def test_russian_quoted_name_in_apposition_past_its_kinds_complement(source: str, target: str,
                                                                      expected: str | None) -> None:
    _expect_fix(source, target, expected)



@pytest.mark.parametrize(("source", "target", "expected"), [
    # the emphatic сам between «и» and the last name agrees with it: the name still shares the list's case
    ("Socialists must stand with the peoples of Kazakhstan, Eastern Europe and Russia itself.",
     "Социалисты должны быть с народами Казахстана, Восточной Европы и самой Россией.", "России"),
    ("Socialists must stand with the peoples of Kazakhstan, Eastern Europe and Russia itself.",
     "Социалисты должны быть с народами Казахстана, Восточной Европы и самой России.", None),
    # сам in none of the list's cases is wrong itself: no fix for the name alone
    ("The strike frightened Tokayev and Nazarbayev himself.", "Забастовка напугала Токаева и самому Назарбаеву.",
     None),
])
def test_a_name_after_the_emphatic_sam_shares_its_lists_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a noun of doing something with someone whose stem ends in қ, к or п voices before a vowel ending
    # (ынтымақтастық → ынтымақтастығын): it still makes the name its partner, an instrumental
    ("Workers abroad declared their solidarity with Kazakhstan.",
     "Шетелдегі жұмысшылар Қазақстанға ынтымақтастығын жариялады.", "Қазақстанмен"),
    ("Workers abroad declared their solidarity with Kazakhstan.",
     "Шетелдегі жұмысшылар Қазақстанмен ынтымақтастығын жариялады.", None),
    ("The party ended its partnership with KazMunayGas.",
     "Партия «ҚазМұнайГазды» серіктестігін тоқтатты.", "«ҚазМұнайГазбен»"),
])
def test_kazakh_partner_nouns_are_known_with_their_voiced_stems(source: str, target: str,
                                                                expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound whose object is a dative, its noun with the possessive (көмегін көрсетті, "gave its help to")
    ("Moscow gave its help to Tokayev within hours.", "Мәскеу бірнеше сағатта Тоқаевты көмегін көрсетті.",
     "Тоқаевқа"),
    ("Moscow gave its help to Tokayev within hours.", "Мәскеу бірнеше сағатта Тоқаевқа көмегін көрсетті.", None),
    ("The unions expressed their support for the Socialist Movement of Kazakhstan.",
     "Кәсіподақтар Қазақстан социалистік қозғалысын қолдауын білдірді.", "Қазақстан социалистік қозғалысына"),
    # a genitive before the possessed noun is its owner ("expressed Russia's support")
    ("The minister expressed Russia's support.", "Министр Ресейдің қолдауын білдірді.", None),
])
def test_kazakh_dative_compound_with_a_possessed_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "was not allowed to register": the English verb after "to" is the Kazakh verbal noun in the dative, what the
    # permission is for; the passive compound's subject stays its dative
    ("The Socialist Movement of Kazakhstan has never been allowed to register.",
     "Қазақстан социалистік қозғалысын ешқашан тіркелуге рұқсат берілмеді.", "Қазақстан социалистік қозғалысына"),
    ("The Socialist Movement of Kazakhstan has never been allowed to register.",
     "Қазақстан социалистік қозғалысына ешқашан тіркелуге рұқсат берілмеді.", None),
    # "was forced to close": no dative compound, the name is the subject
    ("The Socialist Movement of Kazakhstan was forced to close.",
     "Қазақстан социалистік қозғалысы жабылуға мәжбүр болды.", None),
])
def test_kazakh_passive_compound_before_a_purpose_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a quoted company's genitive, its ending inside the quotes, before a noun it cannot own: "the strike at" says
    # which strike, an attribute in -дағы (quotes kept)
    ("The strike at Tengizchevroil lasted a week.", "«Теңізшевройлдың» ереуіл бір аптаға созылды.",
     "«Теңізшевройлдағы»"),
    ("The strike at Tengizchevroil lasted a week.", "«Теңізшевройлдағы» ереуіл бір аптаға созылды.", None),
    # a possessed noun after it is the genitive's own
    ("Tengizchevroil's strike lasted a week.", "«Теңізшевройлдың» ереуілі бір аптаға созылды.", None),
])
def test_kazakh_quoted_genitive_owning_nothing_wants_the_attribute(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a capitalised noun before "of" in both languages ("the Constitution of") heads the name as a lower-case one does
    ("Residents ask what the Constitution of the Republic of Kazakhstan says about curfews.",
     "Жители спрашивают, что говорит о комендантском часе Конституция Республика Казахстан.", "Республики Казахстан"),
    ("Residents ask what the Constitution of the Republic of Kazakhstan says about curfews.",
     "Жители спрашивают, что говорит о комендантском часе Конституция Республики Казахстан.", None),
    # a title before a name with no "of" is its apposition
    ("Yesterday President Tokayev spoke.", "Вчера выступил Президент Токаев.", None),
])
def test_russian_capitalised_head_before_of(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English passive's subject with a relative clause of its own after it, fronted as the object of the plural
    # verb after the comma that closes the clause
    ("Nazarbayev, whose family owned half the banks, was never once named in the report.",
     "Назарбаеву, чья семья владела половиной банков, ни разу не назвали в докладе.", "Назарбаева"),
    ("Nazarbayev, whose family owned half the banks, was never once named in the report.",
     "Назарбаева, чья семья владела половиной банков, ни разу не назвали в докладе.", None),
    ("Massimov, who ran the KNB for years, was arrested on 6 January.",
     "Масимову, годами руководившему КНБ, арестовали 6 января.", "Масимова"),
    # an active English verb: the name is the subject
    ("Nazarbayev, whose family owned half the banks, named his successor.",
     "Назарбаев, чья семья владела половиной банков, назвал преемника.", None),
])
def test_russian_fronted_object_past_its_relative_clause(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "did not need": the verb is "need", whose subject Kazakh says as a dative with қажет/керек, and what is needed
    # is their subject, bare before the copula
    ("Tokayev did not need the CSTO.", "Тоқаевқа ҰҚШҰ қажет болмады.", None),
    ("Tokayev needed the CSTO.", "Тоқаевқа ҰҚШҰ қажет болды.", None),
    ("Tokayev did not need Moscow.", "Тоқаевқа Мәскеу керек емес еді.", None),
    # "did not" before a verb of doing: its subject is still a nominative
    ("Tokayev did not criticise Moscow.", "Тоқаевқа Мәскеуді сынамады.", "Тоқаев"),
])
def test_kazakh_need_construction_after_an_auxiliary(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "wanted Moscow to help": the English object is the infinitive's subject, a genitive before the verb made a noun
    ("Tokayev wanted Moscow to help.", "Тоқаев Мәскеудің көмектескенін қалады.", None),
    ("Tokayev expected the CSTO to leave.", "Тоқаев ҰҚШҰ-ның кететінін күтті.", None),
    # the object of the reported verb itself is no subject
    ("Tokayev said he had supported Nazarbayev.", "Тоқаев Назарбаевтың қолдағанын айтты.", "Назарбаевты"),
])
def test_kazakh_genitive_subject_of_an_english_infinitive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "looked at", "aimed at": what something is directed at is no place where something happens
    ("Kazakhstan looked at China with suspicion.", "Қазақстан Қытайға күдікпен қарады.", None),
    ("The protests were aimed squarely at Moscow.", "Наразылықтар тікелей Мәскеуге бағытталды.", None),
    # what one looks at is the dative of қарау, not its object
    ("Kazakhstan looked at China with suspicion.", "Қазақстан Қытайды күдікпен қарады.", "Қытайға"),
    # a place after "in" is still where it happens
    ("The strike began in Aktau.", "Ереуіл Ақтауға басталды.", "Ақтауда"),
])
def test_kazakh_name_directed_at_is_no_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


def test_kazakh_bare_noun_before_a_copula_is_no_broken_head() -> None:
    # «республика болды» is the predicate ("was a republic"), not «Қазақстан Республикасы» missing its possessive
    assert not _kazakh_wrong_inflections("In the Soviet Union, Kazakhstan was a republic.",
                                         "Кеңес Одағында Қазақстан республика болды.")
    assert not _kazakh_wrong_inflections("Kazakhstan as a republic is young.", "Қазақстан республика ретінде әлі жас.")
    found = _kazakh_wrong_inflections("Workers of Mangystau Region struck.",
                                      "Маңғыстау облыс жұмысшылары ереуілге шықты.")
    assert [f.offending for f in found] == ["Маңғыстау облыс"]


@pytest.mark.parametrize(("source", "target", "expected"), [
    # белгіледі, талқылады: the past of verbs made with -ла/-ле from a noun, no -ыл/-іл passive — they take an object
    ("Kazakhstan marked Independence Day with silence.", "Қазақстан Тәуелсіздік күнін үнсіз белгіледі.", None),
    ("The MPs discussed the CSTO.", "Депутаттар ҰҚШҰ-ны талқылады.", None),
    ("Experts analysed the Zhanaozen massacre.", "Сарапшылар Жаңаөзен қырғынын саралады.", None),
    # discussing *with* someone: the partner is an instrumental, the accusative the topic's
    ("Did the akimat discuss wages with Chevron?", "Әкімдік жалақыны Chevron-ды талқылады ма?", "Chevron-мен"),
    ("Did the akimat discuss wages with Chevron?", "Әкімдік жалақыны Chevron-мен талқылады ма?", None),
    # a real passive still takes no object
    ("The oil is shipped to Europe.", "Мұнай Еуропаны жөнелтіледі.", "Еуропаға"),
])
def test_kazakh_la_verbs_are_no_passives(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «айырмашылығы жоқ»: before a predicate of having or lacking that ends the sentence the noun is owned, the
    # genitive's — not the postposition of its shape ("unlike Nazarbayev", «Назарбаевтан айырмашылығы, …»)
    ("Tokayev is no different from Nazarbayev.", "Тоқаевтың Назарбаевтан еш айырмашылығы жоқ.", None),
    ("Tokayev differs greatly from Nazarbayev.", "Тоқаевтың Назарбаевтан айырмашылығы көп.", None),
    # the postposition itself owns nothing: the subject of "called" is a nominative
    ("Unlike Nazarbayev, Tokayev called Putin.", "Назарбаевтан айырмашылығы, Тоқаевтың Путинге қоңырау шалды.",
     "Тоқаев"),
])
def test_kazakh_possessed_noun_before_a_predicate_of_having(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # айырмашылығы with no comma after it is the noun "difference", which a genitive owns
    ("What is the difference between Tokayev and Nazarbayev?", "Тоқаев пен Назарбаевтың айырмашылығы неде?", None),
    ("What sets Tokayev apart is his caution.", "Тоқаевтың айырмашылығы — сақтығы.", None),
    # "unlike", the postposition a comma closes, takes the ablative
    ("Unlike the CSTO, the CIS played no role.", "ҰҚШҰ-ның айырмашылығы, ТМД ешқандай рөл атқарған жоқ.", "ҰҚШҰ-дан"),
])
def test_kazakh_genitive_owner_of_the_noun_difference(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "to and from Almaty": one English name after two prepositions, which Kazakh says twice, once in each case
    ("Flights to and from Almaty were cancelled.", "Алматыға және Алматыдан ұшатын рейстер тоқтатылды.", None),
    ("Trains from and to Astana stopped.", "Астанадан және Астанаға баратын пойыздар тоқтады.", None),
    # "from" alone is still where something leaves; two different names joined are one phrase, one case
    ("Flights from Almaty were cancelled.", "Алматыға ұшатын рейстер тоқтатылды.", "Алматыдан"),
    ("Troops came from Russia and Belarus.", "Әскерлер Ресейге және Беларусьтен келді.", "Ресейден"),
])
def test_kazakh_one_name_for_two_opposite_prepositions(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "Trusting Moscow, …": the participle right after the name governs it, not the clause's verb
    ("Trusting Moscow, Tokayev called the CSTO.", "Мәскеуге сенген Тоқаев ҰҚШҰ-ны шақырды.", None),
    ("Having relied on Moscow, Tokayev called the CSTO.", "Мәскеуге сүйенген Тоқаев ҰҚШҰ-ны шақырды.", None),
    # a participle whose object takes another case still asks for it
    ("The court that sentenced Tuletaeva was in Aktau.", "Төлетаеваға соттаған сот Ақтауда болды.", "Төлетаеваны"),
])
def test_kazakh_object_of_the_participle_after_it(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English "'s" before a noun of kinship: the person owns the relative, a genitive, not a bare compound's half
    ("Nazarbayev's eldest daughter left the party.", "Назарбаев үлкен қызы партиядан кетті.", "Назарбаевтың"),
    ("The court questioned Ainur Kurmanov's sister.", "Сот Айнұр Құрманов әпкесінен жауап алды.",
     "Айнұр Құрмановтың"),
    # no "'s": the bare subject before its own relative, the verb's object
    ("Nazarbayev appointed his daughter to a senior post.", "Назарбаев қызын жоғары лауазымға тағайындады.", None),
    # a relation *to* the person, a dative with the bare noun
    ("Kulibayev is Nazarbayev's son-in-law.", "Құлыбаев Назарбаевқа күйеу бала болып келеді.", None),
])
def test_kazakh_person_owning_a_relative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English "'s" or "of" makes the person the subject of a passive's verbal noun with the possessive: a
    # genitive, even right before it
    ("Massimov's detention shocked the capital.", "Мәсімов ұсталуы астананы дүр сілкіндірді.", "Мәсімовтің"),
    ("The detention of Karim Massimov shocked the capital.", "Кәрім Мәсімов ұсталуы астананы дүр сілкіндірді.",
     "Кәрім Мәсімовтің"),
    ("Massimov's detention shocked the capital.", "Мәсімовтің ұсталуы астананы дүр сілкіндірді.", None),
    # a dative before the verbal noun: the one thanked, no subject
    ("Tokayev thanked Putin for supporting him.", "Тоқаев Путинге қолдауы үшін алғыс айтты.", None),
])
def test_kazakh_person_subject_of_a_passive_verbal_noun_right_after_it(source: str, target: str,
                                                                expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # тастау ("leave", "abandon") takes what is left in the accusative, alone or before кету: not where from
    ("The observers left Aktau on Monday.", "Бақылаушылар дүйсенбіде Ақтаудан тастап кетті.", "Ақтауды"),
    ("The students left Almaty and went home.", "Студенттер Алматыдан тастап, үйлеріне қайтты.", "Алматыны"),
    # the place where something else is left, and a verb of going, keep their own cases
    ("The soldiers left their weapons in Almaty.", "Сарбаздар қаруларын Алматыда тастап кетті.", None),
    ("Tokayev left Almaty for Nur-Sultan.", "Тоқаев Алматыдан Нұр-Сұлтанға аттанды.", None),
])
def test_kazakh_what_is_left_is_an_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # заңдастыру ("legalise") and аралау ("tour") take their object in the accusative, also as a verbal noun
    ("We demand the legalisation of the Communist Party of Kazakhstan.",
     "Біз Қазақстан Коммунистік партиясына заңдастыруды талап етеміз.", "Қазақстан Коммунистік партиясын"),
    ("Last year the choir toured Eastern Europe.", "Өткен жылы хор Шығыс Еуропада аралады.", "Шығыс Еуропаны"),
    # walking around in a place: no object, the locative stands
    ("The delegation walked around Almaty all day.", "Делегация күні бойы Алматыда аралады.", None),
    ("Chris Ford toured Ukraine and then Kazakhstan.", "Крис Форд Украинаны, содан кейін Қазақстанды аралады.", None),
])
def test_kazakh_legalising_and_touring_take_an_accusative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English "'s" right before the name makes it what the genitive owns: it takes the possessive
    ("Some call the CSTO Moscow's NATO.", "Кейбіреулер ҰҚШҰ-ны Мәскеудің НАТО деп атайды.", "НАТО-сы"),
    ("The tsar's Holy Alliance failed.", "Патшаның Қасиетті одақ сәтсіздікке ұшырады.", "Қасиетті одағы"),
    # the possessive there, and a genitive whose possessed noun comes after the bare name, are right
    ("Some call the CSTO Moscow's NATO.", "Кейбіреулер ҰҚШҰ-ны Мәскеудің НАТО-сы деп атайды.", None),
    ("Kazakhstan's Zhanaozen oil workers went on strike.", "Қазақстанның Жаңаөзен мұнайшылары ереуілге шықты.",
     None),
])
def test_kazakh_owned_name_takes_the_possessive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the name's possessed last word written bare: the name broken, its form offered (it was reported missing)
    ("After the Soviet Union fell, prices rose.", "Кеңес Одақ құлағаннан кейін бағалар өсті.", "Кеңес Одағы"),
    ("After the Soviet Union fell, prices rose.", "Кеңес Одағы құлағаннан кейін бағалар өсті.", None),
    # the possessive kept before the attribute's ending
    ("Life in the Soviet Union was hard.", "Кеңес Одағындағы өмір ауыр болды.", None),
])
def test_kazakh_name_with_its_possessed_head_bare(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "according to" a name that is itself a possessed compound: it owns the account's noun only in the genitive
    ("According to the Council of Aksakals, the strike goes on.", "Ақсақалдар кеңесі айтуынша, ереуіл жалғасуда.",
     "Ақсақалдар кеңесінің"),
    ("According to the Council of Aksakals, the strike goes on.",
     "Ақсақалдар кеңесі мәліметі бойынша, ереуіл жалғасуда.", "Ақсақалдар кеңесінің"),
    ("According to the Council of Aksakals, the strike goes on.", "Ақсақалдар кеңесінің айтуынша, ереуіл жалғасуда.",
     None),
    # no "according to": the subject before a noun of its own
    ("The Council of Aksakals acted on its own decision.", "Ақсақалдар кеңесі шешімі бойынша әрекет етті.", None),
])
def test_kazakh_possessed_name_owning_an_account(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a body worked at is where the work is done: the locative before жұмыс істеу, whatever case was written
    ("My uncle worked at KazMunayGas for twenty years.",
     "Ағам «ҚазМұнайГазды» жиырма жыл бойы жұмыс істеді.", "«ҚазМұнайГазда»"),
    ("Her cousin works at Tengizchevroil.", "Немере ағасы «Теңізшевройлдан» жұмыс істейді.", "«Теңізшевройлда»"),
    # a person worked for is whom the work is for, a dative
    ("For a decade Blair worked for Nazarbayev.", "Он жыл бойы Блэр Назарбаевты жұмыс істеді.", "Назарбаевқа"),
    # left alone: the locative; a list, whose last name takes the case; a noun the name owns between
    ("My uncle worked at KazMunayGas for twenty years.",
     "Ағам «ҚазМұнайГазда» жиырма жыл бойы жұмыс істеді.", None),
    ("Her cousin worked at KazMunayGas and Tengizchevroil.",
     "Немере ағасы «ҚазМұнайГаз» бен «Теңізшевройлда» жұмыс істеді.", None),
    ("Her cousin works as a welder for KazMunayGas.",
     "Немере ағасы «ҚазМұнайГаздың» дәнекерлеушісі болып жұмыс істейді.", None),
    # nor a bare name that modifies the place worked at, nor one before a postposition
    ("Her cousin worked at the KazMunayGas office.", "Немере ағасы «ҚазМұнайГаз» кеңсесінде жұмыс істеді.", None),
    ("For a decade Blair worked for Nazarbayev.", "Он жыл бойы Блэр Назарбаев үшін жұмыс істеді.", None),
])
def test_kazakh_workplace_is_a_locative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "joined", "helped": the one joined or helped is the dative object of қосылу, көмектесу, not a partner
    ("Last spring my sister joined RISE.", "Өткен көктемде әпкем RISE-бен қосылды.", "RISE-ға"),
    ("Volunteers helped Paul Murphy collect the letters.", "Еріктілер Пол Мерфимен хаттарды жинауға көмектесті.",
     "Пол Мерфиге"),
    # left alone: a partner with бірге, and one beside the dative of what is joined
    ("Dockers joined Paul Murphy at the rally.", "Докерлер Пол Мерфимен бірге митингке қосылды.", None),
    ("Kazakhstan joined Russia in the customs union.", "Қазақстан Ресеймен кеден одағына қосылды.", None),
])
def test_kazakh_instrumental_for_a_dative_verb_object(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English double object, "sent Tengizchevroil a letter": the one it goes to is a dative, never a partner
    ("The union sent Tengizchevroil a list of demands.",
     "Кәсіподақ «Теңізшевройлмен» талаптар тізімін жіберді.", "«Теңізшевройлға»"),
    # left alone: a partner with бірге, and a partner of a verb of its own inside the clause
    ("The union sent Tengizchevroil a list of demands.",
     "Кәсіподақ Chevron-мен бірге «Теңізшевройлға» талаптар тізімін жіберді.", None),
    ("Tokayev showed Putin the letter he had exchanged with Xi Jinping.",
     "Тоқаев Путинге Си Цзиньпинмен алмасқан хатын көрсетті.", None),
])
def test_kazakh_instrumental_of_a_double_object_recipient(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a name answering a question on its own takes the case of the question word: «кіммен» the instrumental,
    # «қай ұйымға» the dative
    ("Whom did Ainur Kurmanov phone that night? — Paul Murphy.",
     "Сол түні Айнұр Құрманов кіммен хабарласты? — Пол Мерфиге.", "Пол Мерфимен"),
    ("Which body did Kazakhstan apply to? — The CSTO.", "Қазақстан қай ұйымға өтініш берді? — ҰҚШҰ-ны.", "ҰҚШҰ-ға"),
    # left alone: the answer in the question's case; a genitive owning a noun after it; a whose-question
    ("Which body did Kazakhstan apply to? — The CSTO.", "Қазақстан қай ұйымға өтініш берді? — ҰҚШҰ-ға.", None),
    ("Which body did Kazakhstan apply to? — The CSTO's secretariat.",
     "Қазақстан қай ұйымға өтініш берді? — ҰҚШҰ-ның хатшылығына.", None),
    ("Companies of which country own Tengizchevroil? — The United States.",
     "«Теңізшевройл» қай елдің компанияларына тиесілі? — АҚШ-тың.", None),
])
def test_kazakh_answer_takes_its_question_words_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # compound predicates whose object is a dative: телефон соғу with соқ voiced before a vowel, үндеу тастау
    ("Every evening Kurmanov phones Paul Murphy.", "Құрманов күн сайын кешке Пол Мерфиді телефон соғады.",
     "Пол Мерфиге"),
    ("We appeal to KazMunayGas: pay the workers!", "«ҚазМұнайГазды» үндеу тастаймыз: жұмысшыларға ақы төлеңдер!",
     "«ҚазМұнайГазға»"),
    # left alone: the dative, and an accusative a converb between takes
    ("Every evening Kurmanov phones Paul Murphy.", "Құрманов күн сайын кешке Пол Мерфиге телефон соғады.", None),
    ("The union issued an appeal criticising Tengizchevroil.", "Кәсіподақ «Теңізшевройлды» сынап үндеу тастады.",
     None),
])
def test_kazakh_dative_compounds_voiced_and_appeal(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # иелік ету, "to own": what is owned is its dative, never an accusative
    ("Since 2006 Sinopec has owned part of Tengizchevroil.",
     "2006 жылдан бері Sinopec «Теңізшевройлды» ішінара иелік етеді.", "«Теңізшевройлға»"),
    # left alone: the dative, and a genitive owning the part owned
    ("Since 2006 Sinopec has owned part of Tengizchevroil.",
     "2006 жылдан бері Sinopec «Теңізшевройлға» ішінара иелік етеді.", None),
    ("Chevron owns half of Tengizchevroil.", "Chevron «Теңізшевройлдың» жартысына иелік етеді.", None),
])
def test_kazakh_owning_takes_a_dative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "demanded X from Y": the one a demand is made of is the ablative of талап ету, past what is demanded
    ("The strikers demanded explanations from Tengizchevroil.",
     "Ереуілшілер «Теңізшевройлды» түсініктеме талап етті.", "«Теңізшевройлдан»"),
    # left alone: the ablative; and an accusative a verbal noun between takes («тастап кетуді»)
    ("The strikers demanded explanations from Tengizchevroil.",
     "Ереуілшілер «Теңізшевройлдан» түсініктеме талап етті.", None),
    ("They demanded a withdrawal from Kazakhstan.", "Олар Қазақстанды тастап кетуді талап етті.", None),
])
def test_kazakh_demanded_something_from(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a compound whose object is a dative in the imperative, its verb the bare stem: «… қоңырау шал», «алғыс айт»
    ("Ring Ainur Kurmanov tonight.", "Бүгін кешке Айнұр Құрмановты қоңырау шал.", "Айнұр Құрмановқа"),
    # left alone: the dative, and an accusative a participle between takes
    ("Ring Ainur Kurmanov tonight.", "Бүгін кешке Айнұр Құрмановқа қоңырау шал.", None),
    ("Write a letter supporting Tokayev.", "Тоқаевты қолдайтын хат жаз.", None),
])
def test_kazakh_dative_compound_in_the_imperative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the last name of a list the English verb makes its object, "thanked A and B": the list's case on it
    ("The strikers thanked Paul Murphy and Ainur Kurmanov.",
     "Ереуілшілер Пол Мерфи мен Айнұр Құрмановты алғыс айтты.", "Айнұр Құрмановқа"),
    # left alone: the dative on the last, and a list a converb of its own takes
    ("The strikers thanked Paul Murphy and Ainur Kurmanov.",
     "Ереуілшілер Пол Мерфи мен Айнұр Құрмановқа алғыс айтты.", None),
    ("Tokayev met Putin and Xi Jinping and thanked them.",
     "Тоқаев Путин мен Си Цзиньпинді қабылдап, оларға алғыс айтты.", None),
])
def test_kazakh_dative_compound_object_ending_a_list(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "an investigation into", "a split within": the English name after a preposition that never makes it a subject;
    # right after a Russian noun a nominative only is the noun's complement in the wrong case, a genitive
    ("Parliament demanded an investigation into the Zhanaozen massacre.",
     "Парламент потребовал провести расследование расстрел в Жанаозене.", "расстрела в Жанаозене"),
    ("The split within the Socialist Movement of Kazakhstan came in 2013.",
     "Раскол внутри партии Социалистическое движение Казахстана произошёл в 2013 году.", None),
    ("Rumours about the Security Council spread.", "Слухи о Совете безопасности распространились.", None),
    # a verb after it that agrees may make the name its subject, whatever the English says
    ("Questions about the Security Council went unanswered.",
     "На вопросы журналистов Совет безопасности не ответил.", None),
    # the ends of a route, after a dash
    ("The road from Zhanaozen to Aktau was closed.", "Трасса Жанаозен — Актау была закрыта.", None),
])
def test_russian_nominative_after_noun_for_english_preposition(source: str, target: str,
                                                                 expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a clause in commas about the name between it and its verb: a verb in the plural past still makes a singular
    # nominative its object
    ("Why was Karim Massimov, who had headed the KNB, arrested so late?",
     "Почему Карим Масимов, возглавлявший КНБ, арестовали так поздно?", "Карима Масимова"),
    ("Karim Massimov, who had headed the KNB, was detained in January.",
     "Карим Масимов, возглавлявший КНБ, был задержан в январе.", None),
    # the name inside another clause: the verb after the commas is that clause's head's
    ("The decree, which Tokayev, then in Astana, signed, was published in January.",
     "Указ, который подписал Токаев, находившийся тогда в Астане, опубликовали в январе.", None),
    # the clause's own verbs listed after its comma
    ("Roza Tuletaeva, who was arrested, tried and sentenced, wrote to us.",
     "Роза Тулетаева, которую арестовали, судили и приговорили, написала нам.", None),
])
def test_russian_singular_name_before_plural_verb_past_its_clause(source: str, target: str,
                                                                   expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the verb's own phrase between it and its object may hold a name of its own: the object is still the verb's
    ("In Astana Tokayev received Ainur Kurmanov.", "Токаев принял в Астане Айнуру Курманову.", "Айнура Курманова"),
    ("In Astana Tokayev received Ainur Kurmanov.", "Токаев принял в Астане Айнура Курманова.", None),
    # a verb whose person is its dative, with a thing after the name
    ("Putin promised Tokayev help in Moscow.", "Путин пообещал в Москве Токаеву помощь.", None),
])
def test_russian_verb_object_past_a_phrase_with_a_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "both … and": «и …, и …» lists the two names as «и» does, the comma before the second «и»
    ("The strikers criticised both Tokayev and Nazarbayev.", "Бастующие критиковали и Токаева, и Назарбаев.",
     "Назарбаева"),
    ("The strikers criticised both Tokayev and Nazarbayev.", "Бастующие критиковали и Токаева, и Назарбаева.", None),
    ("Both Russia and China backed Tokayev.", "И Россия, и Китай поддержали Токаева.", None),
])
def test_russian_correlative_pair_shares_its_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the passive's agent as the subject of the active verb, a particle between: a nominative still
    ("The appeal was also backed by Socialist Alternative.",
     "Обращение поддержала также «Социалистической альтернативой».", "«Социалистическая альтернатива»"),
    ("The appeal was also backed by Socialist Alternative.",
     "Обращение поддержала также «Социалистическая альтернатива».", None),
    # the passive kept: the agent's instrumental
    ("The appeal was also backed by Socialist Alternative.",
     "Обращение было поддержано также «Социалистической альтернативой».", None),
])
def test_russian_agent_made_subject_past_a_particle(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the English subject said as в + where it speaks, the plural verb past the place's own в-phrase: the locative
    ("The Embassy of Kazakhstan in London refused to comment.",
     "В посольство Казахстана в Лондоне отказались от комментариев.", "Посольстве Казахстана"),
    ("The Embassy of Kazakhstan in London refused to comment.",
     "В посольстве Казахстана в Лондоне отказались от комментариев.", None),
    # where something was sent: the accusative
    ("Letters were sent to the Embassy of Kazakhstan in London.", "В посольство Казахстана в Лондоне направили письма.",
     None),
])
def test_russian_speaking_body_past_its_place(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "than from …": the same preposition after «, чем» as before the name compared with, the same case
    ("Shell makes a larger profit from Kashagan than from Karachaganak.",
     "Shell получает на Кашагане большую прибыль, чем на Карачаганак.", "Карачаганаке"),
    ("Shell makes a larger profit from Kashagan than from Karachaganak.",
     "Shell получает на Кашагане большую прибыль, чем на Карачаганаке.", None),
    ("More people protested in Zhanaozen than in Aktau.", "В Жанаозене протестовало больше людей, чем в Актау.", None),
])
def test_russian_compared_after_the_same_preposition(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «и самой …», "and … itself": the emphatic pronoun between «и» and the last name of a list
    ("We stand with the workers of Kazakhstan, Eastern Europe and Russia itself.",
     "Мы с рабочими Казахстана, Восточной Европы и самой Россией.", "России"),
    ("We stand with the workers of Kazakhstan, Eastern Europe and Russia itself.",
     "Мы с рабочими Казахстана, Восточной Европы и самой России.", None),
    ("Tokayev and Putin himself attended.", "Присутствовали Токаев и сам Путин.", None),
])
def test_russian_list_past_an_emphatic_pronoun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the neuter predicative «выгодно» ("it serves", "benefits") takes whom it benefits in the dative, as выгоден does
    ("Critics say the crisis serves Russia.", "Критики говорят, что кризис выгодно России.", None),
    ("Critics say the crisis serves the United States.", "Критики говорят, что кризис выгодно Соединённых Штатов.",
     "Соединённым Штатам"),
    # the adverb "profitably" before a verb: no predicative
    ("Russia profitably sold its oil to Kazakhstan.", "Россия выгодно продала нефть Казахстану.", None),
])
def test_russian_dative_after_neuter_predicative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "Tokayev's decision to call in the CSTO": a name with its hyphened ending («ҰҚШҰ-ны») is one of the owned
    # noun's modifiers, and only a genitive reaches the noun across them
    ("Tokayev's decision to invite the CSTO angered the left.",
     "Тоқаев ҰҚШҰ-ны шақыру туралы шешімі солшылдардың ашуын туғызды.", "Тоқаевтың"),
    ("Tokayev's decision to invite the CSTO angered the left.",
     "Тоқаевтың ҰҚШҰ-ны шақыру туралы шешімі солшылдардың ашуын туғызды.", None),
    # the name the subject of its own verb, the hyphened name its object
    ("Tokayev invited the CSTO, a decision that angered the left.",
     "Тоқаев ҰҚШҰ-ны шақырды, бұл шешім солшылдардың ашуын туғызды.", None),
])
def test_kazakh_bare_owner_across_a_hyphened_name(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a clause quoted by «деп» and a verb of expecting or saying after it ends at the verb before «деп»: басқару
    # ("to run") takes its object in the accusative
    ("Everyone expected Nazarbayev to run the Security Council until his death.",
     "Барлығы Назарбаев Қауіпсіздік кеңесіне өле-өлгенше басқарады деп күткен.", "Қауіпсіздік кеңесін"),
    ("Everyone expected Nazarbayev to run the Security Council until his death.",
     "Барлығы Назарбаев Қауіпсіздік кеңесін өле-өлгенше басқарады деп күткен.", None),
    # the dative of one told or asked is the verb of saying's own
    ("The students asked Kurmanov who runs the movement.",
     "Студенттер Құрмановқа қозғалысты кім басқарады деп сұрақ қойды.", None),
])
def test_kazakh_dative_in_a_clause_quoted_by_dep(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «неге», "why", is shaped as a dative but fills no verb's place: басқару ("to run") still takes the name
    ("Why does Tokayev still run the National Security Committee?",
     "Тоқаев Ұлттық қауіпсіздік комитетіне неге әлі басқарады?", "Ұлттық қауіпсіздік комитетін"),
    ("Why does Tokayev still run the National Security Committee?",
     "Тоқаев Ұлттық қауіпсіздік комитетін неге әлі басқарады?", None),
    # a verb whose object is a dative: «неге» changes nothing
    ("Why did Tokayev turn to the CSTO?", "Тоқаев ҰҚШҰ-ға неге жүгінді?", None),
])
def test_kazakh_dative_in_an_accusative_clause_past_why(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the emphatic сам or a particle between «и» and the name: the name still closes a list that shares the plural verb
    ("Massimov and Nazarbayev himself kept quiet.", "Масимов и сам Назарбаев хранили молчание.", None),
    ("Russia, China and even Turkey kept quiet.", "Россия, Китай и даже Турция хранили молчание.", None),
    ("Massimov was arrested.", "Масимов арестовали.", "Масимова"),
])
def test_russian_plural_verb_past_emphatic_and_particle(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # after «, чем на» the compared name's case is right whatever the preposition alone would take
    ("Astana counts on Russia more than on China.", "Астана рассчитывает на Россию больше, чем на Китай.", None),
    ("The state earns more on Kashagan than on Karachaganak.",
     "Государство зарабатывает на Кашагане больше, чем на Карачаганак.", "Карачаганаке"),
])
def test_russian_compared_name_sharing_the_case(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)



@pytest.mark.parametrize(("source", "target", "expected"), [
    # the last word of an inserted phrase («в том числе», «в частности») is no noun a quoted name owns
    ("The rally was called, among others, by Socialist Alternative.",
     "Митинг созвала в том числе «Социалистическая альтернатива».", None),
    ("The appeal was backed, in particular, by KazMunayGas.", "Обращение поддержал в частности «КазМунайГаз».", None),
    # a noun under a preposition, the verb after the name agreeing with it: the name is the subject ("a letter from")
    ("A letter from the Socialist Movement of Kazakhstan demanded their release.",
     "В письме Социалистическое движение Казахстана потребовало их освобождения.", None),
    ("A letter from the Democratic Socialists of America demanded their release.",
     "В письме Демократические социалисты Америки потребовали их освобождения.", None),
    # … but the impersonal «говорится» has no subject: the name owns the letter
    ("A letter from the Socialist Movement of Kazakhstan says they must be released.",
     "В письме Социалистическое движение Казахстана говорится, что их нужно освободить.",
     "Социалистического движения Казахстана"),
    ("The leaflet of Socialist Alternative was handed out.", "Листовку «Социалистическая альтернатива» раздавали.",
     "«Социалистической альтернативы»"),
    # the emphatic само is no head noun either
    ("The rally was backed by the workers and by the Socialist Movement of Kazakhstan itself.",
     "Митинг поддержали рабочие и само Социалистическое движение Казахстана.", None),
    # a verb of relying or hoping governs both «на» of a pair: the accusative, not where something is
    ("Astana counts not on China but on Russia.", "Астана рассчитывает не на Китай, а на Россию.", None),
    ("Astana counts both on Russia and on China.", "Астана рассчитывает как на Россию, так и на Китай.", None),
])
def test_russian_false_heads(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a short adjective in -ен ("needed by", "known to") is no passive: whom it concerns is a dative
    ("Cheap gas is needed by China.", "Дешёвый газ нужен Китаю.", None),
    ("The plan was known by Russia.", "План был известен России.", None),
    # … a short passive participle still takes its agent in the instrumental
    ("The plan was approved by Russia.", "План был одобрен России.", "Россией"),
])
def test_russian_short_adjective_in_en_is_no_passive(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # an author's "by" too: a noun under a preposition, the verb after the name agreeing with it — its subject
    ("A column by Yuliya Yurchenko argues the strike must go on.",
     "В колонке Юлия Юрченко утверждает, что забастовка должна продолжаться.", None),
    ("A speech by Tokayev blamed foreign terrorists.", "В речи Токаев обвинил иностранных террористов.", None),
    # … no preposition before the noun: the name is its author, a genitive
    ("A speech by Tokayev was broadcast.", "Речь Токаев транслировали.", "Токаева"),
])
def test_russian_author_made_the_subject_under_a_preposition(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected)


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "demanded that X <act>": the one asked is the ablative of талап ету, even before the action's own object
    ("The miners demanded that Tokayev close the mine.", "Кеншілер Тоқаевты шахтаны жабуды талап етті.", "Тоқаевтан"),
    # the name the object of the action demanded, its one object («сотқа тарту», "to put on trial")
    ("Protesters demanded that Nazarbayev stand trial.", "Наразылар Назарбаевты сотқа тартуды талап етті.", None),
    # the name the recipient of what is demanded be done for it ("be allowed", "get")
    ("They demanded that Kurmanov be allowed to speak.", "Олар Құрмановқа сөз беруді талап етті.", None),
    ("They demanded that Kurmanov get a fair trial.", "Олар Құрмановқа әділ сот өткізуді талап етті.", None),
])
def test_kazakh_demand_names_the_object_of_the_action(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # a short answer takes its question word's case: «қай ұйымға» asks the dative
    ("Which organisation did Tokayev turn to? The CSTO.", "Тоқаев қай ұйымға жүгінді? ҰҚШҰ-ны.", "ҰҚШҰ-ға"),
    # the noun «қай» asks is before the name the verb takes («Ресейге қарсы»): the accusative asked
    ("Which organisation did they use against Russia? The CSTO.", "Олар қай ұйымды Ресейге қарсы пайдаланды? ҰҚШҰ-ны.",
     None),
    # an owner whose noun the answer leaves out, the English "Kazakhstan's."
    ("Which embassy in London did they picket? Kazakhstan's.", "Олар Лондондағы қай елшілікті пикетке алды? Қазақстанның.",
     None),
])
def test_kazakh_short_answer_reads_the_asked_noun(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # "the mayor of the city of Shymkent": the city is owned, and its name before a modifier wants the genitive
    ("The new mayor of the city of Shymkent resigned.", "Шымкент қаласында жаңа әкімі отставкаға кетті.",
     "Шымкент қаласының"),
    # "the city of X" alone names the city: no owner, the locative of where there is something
    ("The city of Shymkent has 100,000 residents.", "Шымкент қаласында 100 мың тұрғын бар.", None),
    ("The town of Zhanaozen has many unemployed residents.", "Жаңаөзен қаласында жұмыссыз тұрғындар көп.", None),
])
def test_kazakh_city_of_a_name_names_it(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "target", "expected"), [
    # «қай елмен», "with which country": a short stem's instrumental is the noun asked, not the verb's dative after it
    ("Which country did Kazakhstan sign with? China.", "Қазақстан қай елмен келісімге қол қойды? Қытайға.", "Қытаймен"),
    ("Which country did Kazakhstan sign with? China, in Beijing.",
     "Қазақстан қай елмен келісімге қол қойды? Бейжіңде Қытаймен.", None),
])
def test_kazakh_short_answer_to_a_short_instrumental(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")


@pytest.mark.parametrize(("source", "variant"), [
    # a misspelling of a glossary place is a variant to accept or correct
    ("Mangystau Region borders Turkistan.", "Turkestan"),
    # a country's own name is none, however like a glossary name it looks
    ("Mangystau Region borders Turkmenistan.", None),
    ("Kazakhstan exports grain to Austria and Iran.", None),
])
def test_world_country_is_no_variant_of_a_glossary_name(source: str, variant: str | None) -> None:
    found = [f.suggestion for f in checker_for_path(REPO / "glossary.tsv").check_source_text("d", 1, source)
             if f.check == "source-variant-spelling"]
    assert found == ([variant] if variant else [])


@pytest.mark.parametrize(("source", "target", "expected"), [
    # the action's own object between the name and the verbal noun: the name is the one asked, an ablative
    ("The miners demanded that Tokayev free the strikers.", "Кеншілер Тоқаевты ереуілшілерді босатуды талап етті.",
     "Тоқаевтан"),
    # an ablative between is no object: the name is the action's one object («түрмеден босату», "to free from prison")
    ("They demanded that Tuletaeva walk free.", "Олар Төлетаеваны түрмеден босатуды талап етті.", None),
])
def test_kazakh_demand_object_past_an_ablative(source: str, target: str, expected: str | None) -> None:
    _expect_fix(source, target, expected, "kk")
