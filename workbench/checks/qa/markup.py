"""Markup kept: Markdown emphasis, links, inline code, backslash escapes and HTML tags of the
source survive in the target; bracketed glosses (``[Elders]``) are reported when dropped.

- ``markup-emphasis`` (error) — the source's ``**``/``*``/``__``/``_`` spans are lost, changed
  (bold → italic) or left unclosed;
- ``markup-link`` (error) — a ``[text](url)`` link is lost or broken (``[text] (url)``,
  ``(text)[url]``);
- ``markup-code`` (error) — an inline code span is lost or changed;
- ``markup-escape`` (error) — a backslash escape is lost where the escaped character is still
  there (``\\$5`` → ``$5``; ``\\$20 billion`` → ``20 млрд долларов`` drops it legitimately);
- ``markup-tag`` (error) — an HTML/XML tag of the source is missing;
- ``markup-block`` (error) — the source starts with a heading, list or block-quote marker
  (``## ``, ``- ``, ``1. ``, ``> ``) and the target does not start with the same one;
- ``markup-gloss-dropped`` (info) — a bracketed gloss of the source is not in the target.
"""

from __future__ import annotations

import re
from collections import Counter

from .base import Hit, Pair
from .text import PROTECTED_RE, replace_span, rx

_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]+)\)")
_CODE = re.compile(r"`[^`\n]+`")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\(([^)\s]+)\)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>|~])")
_TAG = re.compile(r"</?([A-Za-z][\w-]*)(?:\s[^<>]*)?/?>")
_EMPHASIS = re.compile(r"(?<!\\)(\*{1,3}|_{1,3})")
_GLOSS = re.compile(r"\[([^\]\n]+)\](?!\()")
#: An escape is needed only where the character means something: at a line's start for list
#: and heading markers, anywhere for the rest.
_LINE_START = {".": r"^\s*\d+\\?\.", ")": r"^\s*\d+\\?\)", "#": r"^\s*\\?#", "+": r"^\s*\\?\+\s",
               "-": r"^\s*\\?-\s", ">": r"^\s*\\?>"}


def _unprotected(text: str) -> str:
    """*text* with URLs, code and the like blanked, but link syntax kept (brackets stay)."""
    return PROTECTED_RE.sub(lambda m: " " * len(m.group(0)), text)


def _delimiters(text: str) -> Counter[str]:
    """Emphasis delimiters of *text*: runs of * or _ that open or close a span (not inside words
    for _, not a lone * between spaces)."""
    counts: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    clean = _unprotected(_LINK.sub(lambda m: "[" + m.group(1) + "]" + " " * (len(m.group(2)) + 2), text))
    for m in _EMPHASIS.finditer(clean):
        run = m.group(1)
        before = clean[m.start() - 1] if m.start() else " "
        after = clean[m.end()] if m.end() < len(clean) else " "
        if run[0] == "_" and before.isalnum() and after.isalnum():
            continue            # snake_case
        if before.isspace() and after.isspace():
            continue            # a lone * between spaces is not emphasis
        counts[run] += 1
        if before.isalnum() and after.isalnum():
            inside[run] += 1
    for run in inside:
        if counts[run] % 2:
            counts[run] -= 1    # an unpaired * inside a word is a letter of it (Anti*Capitalist)
    return +counts


def check(pair: Pair) -> list[Hit]:
    source, target = pair.source, pair.target
    hits: list[Hit] = _block(source, target)
    if not any(ch in source + target for ch in "*_[`\\<"):
        return hits
    hits += _emphasis(source, target)
    hits += _links(source, target)
    hits += _code(source, target)
    hits += _escapes(source, target)
    hits += _tags(source, target)
    hits += _glosses(source, target)
    return hits


_BLOCK = re.compile(r"^[ \t]*(#{1,6}[ \t]+|[-*+][ \t]+|\d{1,3}[.)][ \t]+|>[ \t]?)")


def _block(source: str, target: str) -> list[Hit]:
    """A heading, list item or quote marker at the source's start is at the target's start too
    (a list item may change its bullet, and an ordered one its number's punctuation never)."""
    m = _BLOCK.match(source)
    if m is None:
        return []
    marker = m.group(1)
    t = _BLOCK.match(target)
    if t is not None and _block_kind(t.group(1)) == _block_kind(marker):
        return []
    if t is not None:
        fixed = marker + target[t.end():]
    else:
        fixed = marker + target.lstrip(" \t")
    kind = _block_kind(marker)
    names = {"-": "list item", ">": "block quote", "1": "numbered list item"}
    what = "heading" if kind.startswith("#") else names[kind]
    return [Hit("markup-block", f"the source is a {what} ({marker.strip()!r}); the translation has no "
                f"{marker.strip()!r} at its start", marker.strip(), fixed)]


def _block_kind(marker: str) -> str:
    """What a marker makes: a numbered or bulleted item (any bullet), a quote, or a heading of
    its level (## is not #)."""
    head = marker.strip()[:1]
    if head.isdigit():
        return "1"
    if head == "#":
        return marker.strip()
    return {"*": "-", "+": "-"}.get(head, head)


def _emphasis(source: str, target: str) -> list[Hit]:
    src, tgt = _delimiters(source), _delimiters(target)
    if src == tgt and all(n % 2 == 0 for n in tgt.values()):
        return []
    if not src and not tgt:
        return []
    if not tgt and _as_quotes(source, target, src):
        return []
    problems = []
    for run in sorted(set(src) | set(tgt)):
        if src[run] != tgt[run]:
            problems.append(f"{run} ×{src[run]} in the source, ×{tgt[run]} here")
    odd = [run for run, n in tgt.items() if n % 2]
    if odd and not problems:
        problems.append(f"{odd[0]} is not closed")
    if not problems:
        return []
    fix = _emphasis_fix(source, target)
    return [Hit("markup-emphasis", "emphasis differs from the source: " + "; ".join(problems),
                _emphasis_offending(target), fix if fix != target else None)]


def _as_quotes(source: str, target: str, src: Counter[str]) -> bool:
    """Italics for a title (*Zhanaozen 2011*) become quotation marks in Russian and Kazakh
    («Жанаозен-2011»): every italic span of the source dropped, and as many more «…» in the
    target than the source has quotations."""
    if any(run not in ("*", "_") for run in src):
        return False
    spans = sum(src.values()) // 2
    quotations = (source.count("“") + source.count("«") + source.count('"') // 2
                  + len(rx(r"(?:^|[\s(])['‘](?=\w)").findall(source)))
    return spans > 0 and target.count("«") >= quotations + spans


def _emphasis_offending(target: str) -> str:
    m = rx(r"[*_]+[^*_]{0,40}").search(target)
    return m.group(0) if m else target[:60]


def _emphasis_fix(source: str, target: str) -> str | None:
    """The obvious fixes: a whole-segment span (re)wrapped, a leading label span (``**Demands:**``),
    or an emphasised token that the target has verbatim (``**100%**``)."""
    s = source.strip()
    lead = target[:len(target) - len(target.lstrip())]
    trail = target[len(target.rstrip()):]
    body = target.strip()
    whole = rx(r"(\*{1,3}|_{1,3})(.+?)\1").fullmatch(s)
    if whole:
        d = whole.group(1)
        inner = body.strip("*_")
        if inner:
            return lead + d + inner + d + trail
    label = rx(r"(\*{1,3}|_{1,3})([^*_]+?:)\1").match(s)
    if label:
        d = label.group(1)
        stripped = body.lstrip("*_")
        colon = stripped.find(":")
        if colon > 0:
            head, rest = stripped[:colon + 1].rstrip("*_").strip(), stripped[colon + 1:].lstrip("*_")
            return lead + d + head + d + rest + trail
    for m in rx(r"(\*{1,3}|_{1,3})([^*_\s](?:[^*_]*[^*_\s])?)\1").finditer(source):
        d, content = m.group(1), m.group(2)
        if target.count(content) == 1 and d + content + d not in target:
            i = target.index(content)
            return replace_span(target, i, i + len(content), d + content + d)
    return None


def _links(source: str, target: str) -> list[Hit]:
    src = _LINK.findall(source)
    if not src:
        return []
    tgt = _LINK.findall(target)
    if len(tgt) >= len(src):
        return _images(source, target)
    fix = None
    spaced = rx(r"\]\s+\((?=[^)\s]+\))").sub("](", target)
    if len(_LINK.findall(spaced)) == len(src):
        fix = spaced
    swapped = rx(r"\(([^()\n]+)\)\[([^\]\s]+)\]").sub(r"[\1](\2)", target)
    if fix is None and len(_LINK.findall(swapped)) == len(src):
        fix = swapped
    lost = [url for _, url in src if f"]({url})" not in target]
    broken = rx(r"\[[^\]]*\]\s+\([^)]*\)|\([^()]*\)\[[^\]]*\]").search(target)
    what = "broken (no space between ] and (, text in [ ], address in ( ))" if broken else "lost"
    return [Hit("markup-link", f"the Markdown link to {lost[0] if lost else src[0][1]} is {what}",
                broken.group(0) if broken else (lost[0] if lost else ""), fix)]


def _images(source: str, target: str) -> list[Hit]:
    """``![alt](src)`` is an image: without its ``!`` it is a link to the picture's file."""
    kept = set(_IMAGE.findall(target))
    lost = sorted(url for url in set(_IMAGE.findall(source)) if f"]({url})" in target and url not in kept)
    if not lost:
        return []
    fixed = target
    for url in lost:
        fixed = rx(r"(?<!!)\[([^\]\n]*)\]\(" + re.escape(url) + r"\)").sub(lambda m: "!" + m.group(0), fixed, count=1)
    return [Hit("markup-link", f"the image {lost[0]!r} of the source is a plain link here: the '!' is lost",
                lost[0], fixed if fixed != target else None)]


def _code(source: str, target: str) -> list[Hit]:
    hits = []
    for m in _CODE.finditer(source):
        span = m.group(0)
        if span in target:
            continue
        inner = span[1:-1]
        fix = None
        if target.count(inner) == 1:
            i = target.index(inner)
            fix = replace_span(target, i, i + len(inner), span)
        hits.append(Hit("markup-code", f"the inline code {span} of the source is not in the translation "
                        "(code is copied unchanged, in backticks)", inner if fix else span, fix))
    return hits


def _escapes(source: str, target: str) -> list[Hit]:
    src = Counter(m.group(1) for m in _ESCAPE.finditer(source))
    if not src:
        return []
    hits = []
    tgt = Counter(m.group(1) for m in _ESCAPE.finditer(target))
    clean = _unprotected(target)
    for ch, n in src.items():
        if tgt[ch] >= n:
            continue
        pattern = _LINE_START.get(ch)
        if pattern is not None:
            m = rx(pattern).match(clean)
            if not m or "\\" in m.group(0):
                continue
            i = target.index(ch, m.start(), m.end() + 1)
            hits.append(Hit("markup-escape", f"the escape \\{ch} of the source is lost: without it the line "
                            "is read as Markdown markup", m.group(0), replace_span(target, i, i, "\\")))
            continue
        raw = [m.start() for m in rx(re.escape(ch)).finditer(clean) if not (m.start() and clean[m.start() - 1] == "\\")]
        if not raw:
            continue        # the escaped character itself is gone ($20 → 20 долларов): nothing to escape
        fixed = target
        for i in reversed(raw):
            fixed = replace_span(fixed, i, i, "\\")
        context = target[raw[0]:raw[0] + 6]
        hits.append(Hit("markup-escape", f"the escape \\{ch} of the source is lost: an unescaped {ch} is read "
                        "as Markdown markup", context, fixed))
    return hits


def _tags(source: str, target: str) -> list[Hit]:
    if "<" not in source:
        return []
    src = Counter(m.group(0).split()[0].rstrip(">").lower() for m in _TAG.finditer(source))
    tgt = Counter(m.group(0).split()[0].rstrip(">").lower() for m in _TAG.finditer(target))
    lost = src - tgt
    if not lost:
        return []
    return [Hit("markup-tag", f"tag(s) of the source missing here: {', '.join(sorted(lost))}",
                next(iter(lost)) + ">")]


def _glosses(source: str, target: str) -> list[Hit]:
    hits = []
    glosses = [m for m in _GLOSS.finditer(source)
               if not (m.start() == 0 and m.end() >= len(source.rstrip()) - 1)]
    if not glosses:
        return []
    tgt_brackets = len(_GLOSS.findall(target))
    if tgt_brackets >= len(glosses):
        return []
    for m in glosses[tgt_brackets:] if tgt_brackets else glosses:
        hits.append(Hit("markup-gloss-dropped", f"the bracketed gloss {m.group(0)} of the source is not in the "
                        "translation (fine if dropped on purpose)", m.group(0)))
    return hits
