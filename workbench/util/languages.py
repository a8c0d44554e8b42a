"""Language codes of exchange files mapped to the project's (``ru-RU``, ``RU``, ``ru_RU`` → ``ru``)."""

from __future__ import annotations

from collections.abc import Iterable

#: the language every project translates from
SOURCE_LANGUAGE = "en"


def _parts(code: str) -> tuple[str, str]:
    code = code.strip().replace("_", "-")
    language, _, region = code.partition("-")
    return language.lower(), region.lower()


def map_language(code: str, known: Iterable[str]) -> str | None:
    """The project language *code* names: the same code, else the same language without the
    region (``kk-KZ`` → ``kk``); None when the project has no such language."""
    language, region = _parts(code)
    if not language:
        return None
    candidates = list(known)
    for candidate in candidates:
        if _parts(candidate) == (language, region):
            return candidate
    for candidate in candidates:
        if _parts(candidate)[0] == language:
            return candidate
    return None


def tmx_code(language: str) -> str:
    """The code written in exchange files (BCP 47 with a hyphen: ``pt_BR`` → ``pt-BR``)."""
    return language.replace("_", "-")
