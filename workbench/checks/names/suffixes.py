"""What the checks know about endings: the Kazakh ending chains the generator produces (to
tell a wrong ending from an unrelated word) and the Russian case endings."""

from __future__ import annotations

from functools import lru_cache

from workbench.inflection import EMPTY_SPEC, kazakh_surface_forms, parse_spec

_KK_FRONT = str.maketrans("ыағқұо", "іегкүө")
_KK_BACK = str.maketrans("іегкүө", "ыағқұо")
_KK_SIG = str.maketrans({"і": "ы", "е": "а", "ә": "а", "ө": "о", "ү": "ұ", "г": "ғ", "к": "ғ", "қ": "ғ",
                         "т": "д", "н": "д", "л": "д", "б": "м", "п": "м", "-": None})
#: Names whose paradigms cover every ending chain: each vowel harmony, each final sound.
_KK_MODELS = ("Алматы", "Шымкент", "Ақтау", "Тараз", "Орал", "Ресей", "Қытай", "Астана", "Жаңаөзен", "Өскемен",
              "Мәскеу", "Семей", "Ақтөбе", "Түркістан", "Екібастұз", "Павлодар", "Тоқаев", "Әлиев", "Петропавл",
              "Кітап", "Сирия", "Еуропа", "Кеңес Одағы", "Біріккен Ұлттар Ұйымы", "Путин", "Мерфи", "Тбилиси",
              "Қараж", "Бейбіт", "Жібек")

#: Russian case endings of nouns, adjectives and surnames.
RU_ENDINGS = frozenset("а я у ю ом ем ём ой ей ою ею е и ы ым им ам ям ами ями ах ях ов ев ых их".split())
#: ... and of nouns only (for a shared head noun: «Актюбинской и Кызылординской областей»).
RU_NOUN_ENDINGS = RU_ENDINGS | frozenset(("", "ь", "ью", "ей", "ям", "ями", "ях", "ии", "ию", "ия", "ией"))
#: Russian adjective endings: a name's stem + one of these is an adjective derived from the
#: name (Актюбинск → Актюбинской), not a misinflected noun.
RU_ADJ_ENDINGS = frozenset("ий ый ой ая яя ое ее ые ие ого его ому ему ым им ом ем ую юю ых их ыми ими".split())


def harmony_fold(suffix: str) -> str:
    """An ending with its vowel harmony erased (тің, тың → тың): membership ignores harmony."""
    return suffix.translate(_KK_BACK)


def kazakh_signature(suffix: str) -> str:
    """An ending with harmony and assimilation erased: the case it marks (тің, дың, ның → дыд)."""
    sig = suffix.lower().translate(_KK_SIG)
    if sig.startswith("сы"):
        sig = sig[1:]
    return sig


@lru_cache(maxsize=1)
def kazakh_suffixes() -> frozenset[str]:
    """Every inflectional ending chain the generator produces, harmony-folded."""
    out: set[str] = set()
    for model in _KK_MODELS:
        word = model.split()[-1]
        for surface in kazakh_surface_forms(model, "place", EMPTY_SPEC):
            last = surface.split()[-1]
            if last.startswith(word) and len(last) > len(word):
                out.add(last[len(word):].lstrip("-"))
    for acro in ("НАТО", "АҚШ", "ТМД", "ІІМ", "ҰҚШҰ"):
        for reading in ("word", "letters"):
            for surface in kazakh_surface_forms(acro, "organisation", parse_spec(f"acronym; {reading}", "kk")):
                if surface.startswith(acro + "-"):
                    out.add(surface[len(acro) + 1:])
    both = set(out)
    for s in out:
        both.add(s.translate(_KK_FRONT))
        both.add(s.translate(_KK_BACK))
    return frozenset(harmony_fold(s) for s in both if s)
