"""Translation memory for the open project: one memory per target language, filled from the
catalogues as they are read and kept current on every confirm."""

from __future__ import annotations

from workbench.gettext import Catalogue
from workbench.services.memory import Match, TranslationMemory


class MemoryService:
    """Per-language translation memories of the open project. Thread-safe."""

    def __init__(self, languages: list[str]) -> None:
        self.memories: dict[str, TranslationMemory] = {language: TranslationMemory() for language in languages}

    def catalogue_read(self, origin: str, language: str, catalogue: Catalogue) -> None:
        """Replace what *origin* (a document) contributed with the catalogue as now read."""
        memory = self.memories.get(language)
        if memory is None:
            return
        memory.clear_origin(origin)
        for message in catalogue.messages:
            if not message.obsolete and message.msgstr and not message.fuzzy:
                memory.set(message.msgid, message.msgstr, origin)

    def message_changed(self, origin: str, language: str, source: str, text: str, fuzzy: bool) -> None:
        memory = self.memories.get(language)
        if memory is not None:
            memory.set(source, text if text and not fuzzy else "", origin)

    def suggestions(self, language: str, source: str, limit: int = 3) -> list[Match]:
        memory = self.memories.get(language)
        return memory.lookup(source, limit=limit) if memory is not None else []
