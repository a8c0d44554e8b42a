"""Month names of the three languages: the table the date checks and the name checks share.

Pure data, imported by :mod:`workbench.checks.qa.dates` (dates compared across languages) and
:mod:`workbench.checks.names.target` (a month before a name ends a date, no noun the name
depends on), so that neither loads the other.
"""

from __future__ import annotations

#: English month names and abbreviations → the month's number.
EN_MONTHS = {name: i for i, names in enumerate((
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
    ("november", "nov"), ("december", "dec"))) for name in names}

#: Russian month forms: nominative, genitive, prepositional, dative, instrumental.
RU_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("январь", "января", "январе", "январю", "январём"), 2: ("февраль", "февраля", "феврале", "февралю", "февралём"),
    3: ("март", "марта", "марте", "марту", "мартом"), 4: ("апрель", "апреля", "апреле", "апрелю", "апрелем"),
    5: ("май", "мая", "мае", "маю", "маем"), 6: ("июнь", "июня", "июне", "июню", "июнем"),
    7: ("июль", "июля", "июле", "июлю", "июлем"), 8: ("август", "августа", "августе", "августу", "августом"),
    9: ("сентябрь", "сентября", "сентябре", "сентябрю", "сентябрём"),
    10: ("октябрь", "октября", "октябре", "октябрю", "октябрём"),
    11: ("ноябрь", "ноября", "ноябре", "ноябрю", "ноябрём"),
    12: ("декабрь", "декабря", "декабре", "декабрю", "декабрём"),
}
#: Kazakh month stems (they take every ending: қаңтарда, қаңтардың).
KK_MONTHS: dict[int, str] = {1: "қаңтар", 2: "ақпан", 3: "наурыз", 4: "сәуір", 5: "мамыр", 6: "маусым", 7: "шілде",
                             8: "тамыз", 9: "қыркүйек", 10: "қазан", 11: "қараша", 12: "желтоқсан"}
