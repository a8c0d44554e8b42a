"""The UI's state of one open project, without any UI import: :class:`Session` (``facade``)
over its parts — ``catalogues``, ``drafts``, ``watcher``, ``glossary_store``, ``checks``,
``memory`` — and the records they report (``records``)."""

from workbench.gettext import FUZZY, TRANSLATED, UNTRANSLATED

from .facade import Session
from .records import Change, Conflict, Draft, Located, MessageState, NameHit, Progress

__all__ = ["FUZZY", "TRANSLATED", "UNTRANSLATED", "Change", "Conflict", "Draft", "Located", "MessageState",
           "NameHit", "Progress", "Session"]
