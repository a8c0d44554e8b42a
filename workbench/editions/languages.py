"""The languages an edition can be in, with the words the editions print in each.

An edition language is a catalogue language (``ru``, ``kk``) or a script
variant of one that is computed from its catalogues: ``kk-Latn`` is the Kazakh
translation transliterated into the 2021 Latin alphabet. Labels — colophon
headings, the note on an untranslated segment, navigation — are in the
edition's language: Russian and Kazakh are written out here, a variant
transliterates its base language's labels, and any other language gets English.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_percent

from workbench.text.kazakh_latin import OverrideTable, transliterate

__all__ = [
    "SCRIPT_VARIANTS",
    "EditionLanguage",
    "Labels",
    "catalogue_language",
    "edition_language",
    "edition_languages",
]


@dataclass(frozen=True)
class Labels:
    """Every word an edition prints that is not the document's own text."""

    contents: str = "Contents"
    colophon: str = "About this edition"
    source: str = "Source"
    origin: str = "Origin"
    no_origin: str = "not stated in the source"
    translation: str = "Translation"
    completeness: str = "segments translated: {translated} of {total} ({percent})"
    awaiting_review: str = "awaiting review: {count}"
    not_translated: str = "untranslated: {count}"
    status: str = "Status"
    draft: str = "draft translation, for review"
    date: str = "Date"
    licence: str = "Licence"
    translators: str = "Translators"
    untranslated_note: str = "not translated"
    fuzzy_note: str = "translation awaiting review"
    marking: str = "Passages not yet translated are shown in the English original and marked."
    bilingual: str = "Bilingual edition"
    reading: str = "Reading edition"
    all_editions: str = "All editions"
    other_languages: str = "Other languages"
    english_source: str = "English source"
    made_with: str = "Compiled with workbench from the source and its gettext catalogue."
    source_digest: str = "SHA-256 of the source file"
    derived_title: str = "The source has no heading: this title is its first sentence."
    previous: str = "Previous"
    next: str = "Next"
    ebook: str = "E-book (EPUB)"
    plain_text: str = "Text"
    transliterated: str = ""
    book_title: str = "{project} — {language}"
    catalogue: str = "Catalogue"


_RUSSIAN = Labels(
    contents="Содержание",
    colophon="Об этом издании",
    source="Оригинал",
    origin="Происхождение",
    no_origin="в оригинале не указано",
    translation="Перевод",
    completeness="переведено сегментов: {translated} из {total} ({percent})",
    awaiting_review="ждут проверки: {count}",
    not_translated="не переведено: {count}",
    status="Статус",
    draft="черновик перевода для рецензирования",
    date="Дата",
    licence="Лицензия",
    translators="Переводчики",
    untranslated_note="не переведено",
    fuzzy_note="перевод ждёт проверки",
    marking="Ещё не переведённые места даны на английском языке и отмечены.",
    bilingual="Двуязычное издание",
    reading="Издание для чтения",
    all_editions="Все издания",
    other_languages="Другие языки",
    english_source="Английский оригинал",
    made_with="Собрано программой workbench из оригинала и его каталога gettext.",
    source_digest="SHA-256 исходного файла",
    derived_title="У оригинала нет заголовка: заголовком служит его первое предложение.",
    previous="Предыдущий",
    next="Следующий",
    ebook="Электронная книга (EPUB)",
    plain_text="Текст",
    book_title="{project} — {language}",
    catalogue="Каталог",
)

_KAZAKH = Labels(
    contents="Мазмұны",
    colophon="Басылым туралы",
    source="Түпнұсқа",
    origin="Дереккөзі",
    no_origin="түпнұсқада көрсетілмеген",
    translation="Аударма",
    completeness="аударылған сегменттер: {translated} / {total} ({percent})",
    awaiting_review="тексеруді күтуде: {count}",
    not_translated="аударылмаған: {count}",
    status="Мәртебесі",
    draft="рецензиялауға арналған аударма жобасы",
    date="Күні",
    licence="Лицензия",
    translators="Аудармашылар",
    untranslated_note="аударылмаған",
    fuzzy_note="аударма тексеруді күтуде",
    marking="Әлі аударылмаған жерлер ағылшын тілінде берілген және белгіленген.",
    bilingual="Екі тілді басылым",
    reading="Оқуға арналған басылым",
    all_editions="Барлық басылымдар",
    other_languages="Басқа тілдер",
    english_source="Ағылшын тіліндегі түпнұсқа",
    made_with="workbench бағдарламасы түпнұсқа мен оның gettext каталогынан құрастырды.",
    source_digest="Бастапқы файлдың SHA-256 хэші",
    derived_title="Түпнұсқада тақырып жоқ: тақырып ретінде оның бірінші сөйлемі алынды.",
    previous="Алдыңғы",
    next="Келесі",
    ebook="Электрондық кітап (EPUB)",
    plain_text="Мәтін",
    book_title="{project} — {language}",
    catalogue="Каталог",
)

_LABELS = {"ru": _RUSSIAN, "kk": _KAZAKH}


@dataclass(frozen=True)
class EditionLanguage:
    """One language (or script) editions are made in."""

    #: Folder name and ``compile -l`` value: ``ru``, ``kk``, ``kk-Latn``.
    code: str
    #: The catalogues it is made from: ``locale/<catalogue>/LC_MESSAGES``.
    catalogue: str
    #: BCP 47 tag for ``lang`` attributes and EPUB metadata.
    tag: str
    #: The language's name in itself, capitalised ("Русский").
    name: str
    labels: Labels
    #: Turns the catalogue's text into this edition's script (None: unchanged).
    convert: Callable[[str], str] | None = None

    @property
    def is_variant(self) -> bool:
        return self.code != self.catalogue

    def text(self, value: str) -> str:
        """*value* (a translation from the catalogue) in this edition's script."""
        return value if self.convert is None else self.convert(value)

    def format_date(self, moment: datetime) -> str:
        """A date as this language writes it ("23 ноября 2026 г.")."""
        try:
            text = format_date(moment.date(), format="long", locale=self.catalogue)
        except (UnknownLocaleError, ValueError):
            text = moment.date().isoformat()
        return self.text(text)

    def format_percent(self, done: int, total: int) -> str:
        """Rounded down, so that 99.6 % never shows as 100 %."""
        share = 1.0 if total == 0 else math.floor(100 * done / total) / 100
        try:
            return format_percent(share, locale=self.catalogue)
        except (UnknownLocaleError, ValueError):
            return f"{round(share * 100)}%"


def _babel_name(code: str) -> str:
    try:
        locale = Locale.parse(code)
        name = locale.get_display_name(locale) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def _tag(code: str) -> str:
    """gettext's ``pt_BR`` / ``sr@latin`` as a BCP 47 tag."""
    base, _, modifier = code.partition("@")
    tag = base.replace("_", "-")
    if modifier == "latin":
        tag += "-Latn"
    elif modifier == "cyrillic":
        tag += "-Cyrl"
    return tag


def _transliterate_labels(labels: Labels, convert: Callable[[str], str]) -> Labels:
    return replace(labels, **{f.name: convert(getattr(labels, f.name)) for f in fields(labels)})


@lru_cache(maxsize=1)
def _kazakh_latin_labels() -> Labels:
    plain = _transliterate_labels(_KAZAKH, lambda text: transliterate(text))
    return replace(
        plain,
        transliterated=transliterate(
            "Қазақ тіліндегі аударма 2021 жылғы латын әліпбиіне әріп бойынша транслитерацияланды; "
            "шетелдік есімдердің латынша жазылуы глоссарийден алынды."
        ),
    )


def _kazakh_latin(overrides: OverrideTable | None) -> EditionLanguage:
    def convert(text: str) -> str:
        return transliterate(text, overrides)

    labels = _kazakh_latin_labels()
    return EditionLanguage(
        code="kk-Latn",
        catalogue="kk",
        tag="kk-Latn",
        name=transliterate("Қазақ тілі") + " (" + transliterate("латын жазуы") + ")",
        labels=labels,
        convert=convert,
    )


#: Script variants computed from a catalogue language: base language -> variant codes.
SCRIPT_VARIANTS: dict[str, tuple[str, ...]] = {"kk": ("kk-Latn",)}


def edition_language(code: str, overrides: OverrideTable | None = None) -> EditionLanguage:
    """The edition language for ``compile -l`` *code* (a catalogue language or a variant).

    *overrides* are the glossary's Latin spellings of names, for ``kk-Latn``.
    """
    if code == "kk-Latn":
        return _kazakh_latin(overrides)
    return EditionLanguage(
        code=code,
        catalogue=code,
        tag=_tag(code),
        name=_babel_name(code),
        labels=_LABELS.get(code.partition("_")[0].partition("@")[0], Labels()),
    )


def catalogue_language(code: str) -> str:
    """The catalogue language an edition language is made from (``kk-Latn`` -> ``kk``)."""
    for base, variants in SCRIPT_VARIANTS.items():
        if code in variants:
            return base
    return code


def edition_languages(catalogue_languages: list[str]) -> list[str]:
    """Every edition language code for these catalogue languages, each followed by its variants."""
    codes: list[str] = []
    for code in catalogue_languages:
        codes.append(code)
        codes.extend(SCRIPT_VARIANTS.get(code, ()))
    return codes
