"""The UI's state of one open project, without any UI import (see :mod:`.facade`)."""

from .facade import (
    FUZZY,
    TRANSLATED,
    UNTRANSLATED,
    Change,
    Located,
    MessageState,
    NameHit,
    Progress,
    Session,
    finding_field,
)

__all__ = ["FUZZY", "TRANSLATED", "UNTRANSLATED", "Change", "Located", "MessageState", "NameHit",
           "Progress", "Session", "finding_field"]
