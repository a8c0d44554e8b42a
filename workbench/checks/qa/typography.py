"""Typography of Russian and Kazakh text (outside URLs, addresses and code):

- ``typo-double-space`` — two or more spaces between words;
- ``typo-space-before-punctuation`` — a space before , . ; : ! ? or a closing quote or
  bracket, or after an opening one;
- ``typo-space-after-punctuation`` — no space after , ; : between words, or after . ! ?
  before the next sentence (``т.б.``, ``т. е.`` and initials are left alone), or between a
  word and a quotation mark or bracket (``слово«``, ``»слово``);
- ``typo-ellipsis`` — ``...`` for ``…``;
- ``typo-double-punctuation`` — a doubled comma, colon, semicolon or full stop (``,,``, ``..``);
- ``typo-dash`` — a hyphen, two hyphens or an en dash between words for the em dash ``—``, or
  an em dash without its spaces;
- ``typo-nbsp`` — an ordinary space where the style wants a no-break one (inside a number and
  before % — reported by the number check —, before a dash when ``dash_nbsp`` is set);
- ``typo-edge-whitespace`` — spaces at the start or end that the source does not have;
- ``typo-invisible`` — characters that show nothing (a soft hyphen, a zero-width space or joiner, a byte-order
  mark, a bidirectional control) that the source does not have: pasted or typeset text leaves them, they break
  search and line breaking, and a bidirectional control can reorder what a reader sees.

All are warnings, each with its fix.
"""

from __future__ import annotations

import re

from workbench.util.visible import INVISIBLE

from .base import Hit, Pair
from .text import masked, replace_span, rx

_LOWER = "a-zа-яёәіңғүұқөһ"
_UPPER = "A-ZА-ЯЁӘІҢҒҮҰҚӨҺ"
_LIST_ITEM = re.compile(r"[ \t]*[-*+][ \t]")
#: characters that show nothing (soft hyphen, zero-width, direction controls …: workbench.util.visible.INVISIBLE)
_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def _hit(check: str, message: str, target: str, start: int, end: int, new: str) -> Hit:
    return Hit(check, message, target[max(0, start - 12):end + 12].strip() or target[start:end],
               replace_span(target, start, end, new))


def check(pair: Pair) -> list[Hit]:
    target = pair.target
    text = masked(target, "\u25a0")
    hits: list[Hit] = []
    for m in rx(r"(?<=\S)  +(?=\S)").finditer(text) if "  " in text else ():
        hits.append(_hit("typo-double-space", "two spaces between words", target, m.start(), m.end(), " "))
        break
    for m in rx(r"[ \u00a0]+(?:([,.;:!?]+|»|\))(?=[\s»)\"”]|$)|([,;])(?=[^\W\d_]))").finditer(text):
        if not m.start() or text[m.start() - 1] in " \u00a0\t—–-":
            continue
        if m.group(2):
            fixed = m.group(2) + " "
            hits.append(_hit("typo-space-before-punctuation", f"a space before {m.group(2)!r} instead of after it",
                             target, m.start(), m.end(), fixed))
            continue
        if m.group(1) == "." and text[m.end():m.end() + 1].isalnum():
            continue
        hits.append(_hit("typo-space-before-punctuation", f"a space before {m.group(1)!r}", target,
                         m.start(), m.start(1), ""))
    for m in rx(r"(«|\()[ \u00a0]+(?=\S)").finditer(text) if "« " in text or "( " in text else ():
        hits.append(_hit("typo-space-before-punctuation", f"a space after {m.group(1)!r}", target,
                         m.end(1), m.end(), ""))
    for m in rx(rf"([,;:])(?=[{_LOWER}{_UPPER}])", re.I).finditer(text):
        if not rx(rf"[{_LOWER}]{{2}}$", re.I).search(text, max(0, m.start() - 2), m.start()):
            continue
        hits.append(_hit("typo-space-after-punctuation", f"no space after {m.group(1)!r}", target,
                         m.end(), m.end(), " "))
    for m in rx(rf"([.!?])(?=[{_UPPER}][{_LOWER}])").finditer(text):
        if not rx(rf"[{_LOWER}]{{2}}$").search(text, max(0, m.start() - 2), m.start()):
            continue
        hits.append(_hit("typo-space-after-punctuation", f"no space after {m.group(1)!r} before the next sentence",
                         target, m.end(), m.end(), " "))
    for m in rx(r"\.\.\.+").finditer(text) if "..." in text else ():
        if len(m.group(0)) != 3:
            continue
        hits.append(Hit("typo-ellipsis", "three dots for the ellipsis character …",
                        target[max(0, m.start() - 12):m.end() + 3].strip(),
                        replace_span(target, m.start(), m.end(), "…")))
        break
    doubled = any(mark in text for mark in (",,", "::", ";;", ".."))
    for m in rx(r"([,;:])\1+|(?<![.…])\.\.(?![.…])").finditer(text) if doubled else ():
        hits.append(_hit("typo-double-punctuation", f"{m.group(0)!r}: the mark is doubled", target,
                         m.start(), m.end(), m.group(0)[0]))
    for m in rx(r"[»)](?=[^\W\d_])").finditer(text) if "»" in text or ")" in text else ():
        hits.append(_hit("typo-space-after-punctuation", f"no space after {m.group(0)!r}", target,
                         m.end(), m.end(), " "))
    for m in rx("«").finditer(text) if "«" in text else ():
        if m.start() and text[m.start() - 1].isalpha():
            hits.append(_hit("typo-space-after-punctuation", "no space before '«'", target,
                             m.start(), m.start(), " "))
    for m in rx(r"(?<=[^\W\d_])—(?=[^\W\d_])").finditer(text) if "—" in text else ():
        hits.append(_hit("typo-dash", "a dash between words is spaced ( — )", target, m.start(), m.end(),
                         ("\u00a0" if pair.style.dash_nbsp else " ") + "— "))
    dash = "\u00a0—" if pair.style.dash_nbsp else " —"
    dashy = " - " in text or "--" in text or " – " in text or text[:1] in "-–"
    for m in rx(r"( - | ?-- ?| – )(?=\S)|^(- |-- |– )").finditer(text) if dashy else ():
        if m.group(1) and (not m.start() or text[m.start() - 1].isspace()):
            continue
        if m.group(1) and text[m.start() - 1].isdigit() and text[m.end()].isdigit():
            continue        # 10 - 20: a range, the number check's
        if m.group(2) and _LIST_ITEM.match(pair.source):
            continue        # the source is a Markdown list item: "- " is its bullet, not a dash
        what = (m.group(1) or m.group(2)).strip()
        new = dash + " " if m.group(1) else "— "
        hits.append(_hit("typo-dash", f"{what!r} between words: the dash is an em dash (—)", target,
                         m.start(), m.end(), new))
    if pair.style.dash_nbsp:
        for m in rx(r"(?<=\S) (?=— )").finditer(text):
            hits.append(_hit("typo-nbsp", "the style wants a no-break space before a dash", target,
                             m.start(), m.end(), "\u00a0"))
    src_lead = pair.source[:len(pair.source) - len(pair.source.lstrip())]
    src_trail = pair.source[len(pair.source.rstrip()):]
    lead = target[:len(target) - len(target.lstrip())]
    trail = target[len(target.rstrip()):]
    if (lead and lead != src_lead) or (trail and trail != src_trail):
        fixed = src_lead + target.strip() + src_trail
        hits.append(Hit("typo-edge-whitespace", "spaces at the start or end that the source does not have",
                        repr(lead or trail), fixed))
    invisible = sorted({m.group() for m in _INVISIBLE.finditer(target)} - set(pair.source))
    if invisible:
        codes = ", ".join(f"U+{ord(c):04X}" for c in invisible)
        first = min(target.index(c) for c in invisible)
        hits.append(Hit("typo-invisible", f"characters that show nothing ({codes}), which the source does not have",
                        repr(target[max(0, first - 12):first + 12]), "".join(c for c in target if c not in invisible)))
    return hits
