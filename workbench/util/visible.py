"""Untrusted text made inert for a terminal: control characters shown as visible placeholders.

Sources, translations, glossary cells and file names are data. Printed as they are, an
``ESC ] 0 ; title BEL`` in a sentence retitles the translator's terminal, an SGR sequence
recolours it, a carriage return overwrites the line before, and a bidi override reorders
what is shown. :func:`visible` replaces every such character with a placeholder that shows
what was there:

* C0 controls (U+0000–U+001F) by their Unicode *control pictures* (ESC → ␛, BEL → ␇,
  CR → ␍, TAB → ␉ …), except those the caller keeps (a line break between lines);
* DEL by ␡; C1 controls (U+0080–U+009F, which some terminals take as CSI and OSC) and the
  bidi embedding, override and isolate controls as ``<U+009B>``;
* a file-name byte that is not UTF-8 (a lone surrogate from ``os.fsdecode``) as ``<0xFF>``.

Everything else, Cyrillic, typographic quotes, emoji, is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["BIDI_CONTROLS", "INVISIBLE", "ZERO_WIDTH", "has_controls", "placeholder", "visible"]

#: the marks and controls of writing direction: the Arabic letter mark, LRM and RLM, the embeddings and overrides
#: (U+202A–U+202E) and the isolates (U+2066–U+2069)
BIDI_CONTROLS: tuple[int, ...] = (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
_BIDI = "".join(chr(code) for code in BIDI_CONTROLS)
#: characters that show nothing and join what stands around them: soft hyphen, zero-width space, non-joiner and
#: joiner, word joiner, the byte-order mark (typesetting and pasted text leave them inside words)
ZERO_WIDTH = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: every character that shows nothing: those, the invisible operators (U+2061–U+2064) and the direction controls
INVISIBLE = ZERO_WIDTH + "\u2061\u2062\u2063\u2064" + _BIDI


def _unsafe_class(c0: str) -> re.Pattern[str]:
    """The characters :func:`visible` replaces, with the C0 controls *c0* (a character-class range)."""
    return re.compile(f"[{c0}\x7f-\x9f{_BIDI}\ud800-\udfff]")


_UNSAFE = _unsafe_class("\x00-\x1f")


def placeholder(char: str, brackets: str = "<>") -> str:
    """The visible stand-in for one hidden character: a control picture (␛, ␇, ␡) for the C0
    controls and DEL, ``<0xNN>`` for an undecodable byte of a file name, ``<U+XXXX>`` for the
    rest (*brackets* ``"[]"`` where ``<`` would be markup, as in the HTML editions)."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    opening, closing = brackets[0], brackets[1]
    if 0xDC80 <= code <= 0xDCFF:         # os.fsdecode's escape of an undecodable byte
        return f"{opening}0x{code - 0xDC00:02X}{closing}"
    return f"{opening}U+{code:04X}{closing}"


def visible(text: str, keep: str = "") -> str:
    """*text* with every terminal control character replaced by a visible placeholder.

    Characters in *keep* (e.g. ``"\\n"`` for multi-line output) are left as they are.
    """
    pattern = _unsafe_but(keep) if keep else _UNSAFE
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: placeholder(m.group()), text)


@lru_cache(maxsize=16)
def _unsafe_but(keep: str) -> re.Pattern[str]:
    """:data:`_UNSAFE` without the characters of *keep* (a report's many line breaks are no match): one
    character class, so a search over a long text with nothing to replace is one scan."""
    if any(ord(char) >= 0x20 for char in keep):
        return re.compile(f"(?![{re.escape(keep)}]){_UNSAFE.pattern}")
    return _unsafe_class("".join(f"\\x{code:02x}" for code in range(0x20) if chr(code) not in keep))


def has_controls(text: str) -> bool:
    """Whether :func:`visible` would change *text*."""
    return _UNSAFE.search(text) is not None
