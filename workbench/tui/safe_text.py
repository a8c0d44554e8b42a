"""User text made safe to show in a terminal.

Sources, translations, glossary cells, file names and findings are data. Two things
could turn data into commands if it reached the terminal as it is:

* control characters — ``ESC ] 0 ; title BEL`` retitles the window, ``ESC [ 31 m`` colours
  everything after it, ``ESC [ 2 J`` clears the screen (Rich's ``Text`` keeps ESC);
* content markup — ``[bold]`` or ``[/]`` read by Textual as styles.

:func:`visible` maps every C0 and C1 control character and DEL to a visible placeholder
(the Unicode control pictures ``␛ ␇ ␀``… for C0 and DEL, ``⟨9B⟩``-style hex for C1), and so
the controls of writing direction (``⟨202E⟩``), which could show text in another order;
:func:`literal` wraps the result in a ``rich.text.Text`` so that no markup is parsed.
Every piece of user text the UI shows goes through one of them.
"""

from __future__ import annotations

from rich.text import Text

from workbench.util.visible import BIDI_CONTROLS

#: C0 controls and DEL → the Unicode "control pictures" block (U+2400–U+2421)
_C0_PICTURES: dict[int, str] = {code: chr(0x2400 + code) for code in range(0x20)}
_C0_PICTURES[0x7F] = "\u2421"     # ␡
#: C1 controls (U+0080–U+009F, e.g. CSI U+009B) have no pictures: shown as their hex code
_C1_SHOWN: dict[int, str] = {code: f"⟨{code:02X}⟩" for code in range(0x80, 0xA0)}

#: the controls of writing direction (:data:`workbench.util.visible.BIDI_CONTROLS`, as the command line shows them): a
#: terminal that honours them shows text in another order than it is stored («Trojan Source»), so they are shown
#: as codes too
_DIRECTION_SHOWN: dict[int, str] = {code: f"⟨{code:04X}⟩" for code in BIDI_CONTROLS}

_ALL = {**_C0_PICTURES, **_C1_SHOWN, **_DIRECTION_SHOWN}
_KEEP_LAYOUT = {**_ALL}
del _KEEP_LAYOUT[0x0A], _KEEP_LAYOUT[0x09]      # newline and tab keep their meaning in multi-line text

_ONE_LINE = str.maketrans(_ALL)
_MULTI_LINE = str.maketrans(_KEEP_LAYOUT)
#: one character for one character (same length, one cell each): for the translation editor,
#: whose cursor positions are character offsets
_SAME_LENGTH = str.maketrans({**{code: chr(0x2400 + code) for code in range(0x20) if code not in (0x09, 0x0A)},
                              0x7F: "\u2421", **dict.fromkeys(range(128, 160), "�"),
                              **dict.fromkeys(BIDI_CONTROLS, "�")})


_BIDI = frozenset(BIDI_CONTROLS)


def is_control(ch: str) -> bool:
    """A C0 or C1 control character, DEL or a control of writing direction."""
    code = ord(ch)
    return code < 0x20 or 0x7F <= code < 0xA0 or code in _BIDI


def has_controls(text: str) -> bool:
    """Does *text* hold a control character other than a newline or a tab?"""
    return any(is_control(ch) and ch not in "\n\t" for ch in text)


def visible(text: str, *, one_line: bool = False) -> str:
    """*text* with every control character shown as a visible placeholder.

    Newlines and tabs are kept unless *one_line*, which shows them as ``␊`` and ``␉`` too.
    """
    return text.translate(_ONE_LINE if one_line else _MULTI_LINE)


def visible_same_length(text: str) -> str:
    """Like :func:`visible` but one character per character (newlines and tabs kept)."""
    return text.translate(_SAME_LENGTH)


def literal(text: str, style: str = "", *, one_line: bool = False) -> Text:
    """User text as a ``Text`` that shows it literally: no markup, no control sequence."""
    return Text(visible(text, one_line=one_line), style=style, end="")


def flat(text: str) -> str:
    """One display line: line breaks and tabs as spaces, other controls as placeholders."""
    return visible(text.replace("\r\n", " ").replace("\n", " ").replace("\t", " "))
