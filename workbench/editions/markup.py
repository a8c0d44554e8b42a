"""Text into HTML that stays text: escaping, visible control characters, links.

Sources, translations and glossary entries are untrusted. Everything they hold
is escaped (``<script>`` prints as ``<script>``), and characters that would
be invisible or change how other text displays are shown as placeholders:
C0 controls as their Unicode control pictures (ESC as ␛), DEL as ␡, C1
controls, bidirectional overrides and isolates, and noncharacters as
``[U+XXXX]``. The output is also well-formed XML, so the same fragments go into
EPUB's XHTML.

URLs and e-mail addresses become links (found by linkify-it-py, the library
markdown-it-py uses); only ``http``, ``https``, ``ftp`` and ``mailto`` links
are made.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

from linkify_it import LinkifyIt

from workbench.util.visible import placeholder

__all__ = ["attribute", "escape_text", "link_text", "visible"]

#: Characters shown as placeholders instead of themselves.
_HIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]"
)
_SAFE_SCHEMES = ("http://", "https://", "ftp://", "mailto:")
#: Closing quotes linkify-it leaves at the end of a URL ("«https://x.kz/a»").
_TRAILING = "»”’›"


def visible(char: str) -> str:
    """The placeholder text for one hidden character (``[U+XXXX]``: ``<`` is markup here)."""
    return placeholder(char, "[]")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    return f'<span class="ctrl" title="U+{ord(char):04X}">{visible(char)}</span>'


def escape_text(text: str) -> str:
    """*text* as HTML text: escaped, hidden characters made visible."""
    escaped = html.escape(text, quote=True)
    if _HIDDEN.search(escaped) is None:
        return escaped
    return _HIDDEN.sub(_placeholder, escaped)


def attribute(value: str) -> str:
    """*value* for a double-quoted attribute (hidden characters dropped: there is no place to show them)."""
    return html.escape(_HIDDEN.sub("\ufffd", value), quote=True)


@lru_cache(maxsize=1)
def _linkify() -> LinkifyIt:
    return LinkifyIt()


#: Nothing can be a link without one of these (linkify-it's own pretest is a slow regular expression).
_MAYBE_LINK = re.compile(r"://|@|\bwww\.|mailto:|\w\.[^\W\d_]{2}", re.IGNORECASE)


@lru_cache(maxsize=8192)
def link_text(text: str) -> str:
    """*text* escaped, with every URL and e-mail address in it as a link."""
    if _MAYBE_LINK.search(text) is None or not _linkify().pretest(text):
        return escape_text(text)
    matches = _linkify().match(text) or []
    out: list[str] = []
    pos = 0
    for m in matches:
        start, end, url = m.index, m.last_index, m.url
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
            url = url[:-1] if url.endswith(text[end]) else url
        if end <= start or start < pos or not url.lower().startswith(_SAFE_SCHEMES):
            continue
        out.append(escape_text(text[pos:start]))
        out.append(f'<a href="{attribute(url)}">{escape_text(text[start:end])}</a>')
        pos = end
    out.append(escape_text(text[pos:]))
    return "".join(out)
