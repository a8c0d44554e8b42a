"""What every QA check needs to know about a segment's text: the spans that must be copied
verbatim (URLs, e-mail addresses, @handles, #hashtags, file names and paths, inline code),
a masked copy without them, words, and small helpers for building fixes.

Pure functions over strings; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

#: Generic top-level domains recognised in bare domain names (``Altleft.org``); every
#: two-letter lower-case ending (country codes) counts as well.
GENERIC_TLDS = ("com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "io", "app", "dev", "news",
                "media", "online", "site", "xyz", "asia", "mobi", "name", "pro", "tech", "blog", "global")
FILE_EXTENSIONS = ("pdf", "docx", "doc", "odt", "rtf", "txt", "md", "html", "htm", "csv", "xlsx", "xls", "ods",
                   "pptx", "ppt", "odp", "zip", "rar", "7z", "gz", "tgz", "tar", "jpeg", "jpg", "png", "gif", "svg",
                   "webp", "mp4", "mp3", "avi", "mov", "mkv", "wav", "ogg", "json", "xml", "yaml", "yml", "po",
                   "pot", "mo", "epub", "tex", "py", "js", "css")

_URL = r"(?:(?:https?|ftp)://|www\.)[^\s<>«»\"“”‘’`]+"
_DOMAIN = (r"(?<![\w@./\\-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
           r"(?:" + "|".join(GENERIC_TLDS) + r"|[a-z]{2})(?![\w-])(?:/[^\s<>«»\"“”‘’`]*)?")
_EMAIL = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
_HANDLE = r"(?<![\w/@.\\])@[A-Za-z_][\w]*(?:\.[\w]+)*"
_HASHTAG = r"(?<![\w/#&\\])#(?=[\w]*[^\W\d_])[\w]+"
_FILE = (r"(?<![\w/.\\-])[\w][\w.-]*\.(?:" + "|".join(FILE_EXTENSIONS) + r")(?![\w])")
_PATH = r"(?<![\w/.:\\-])/(?:[\w.-]+/)+[\w.-]*"
_CODE = r"`[^`\n]+`"
#: the target of a Markdown link or image, whatever it is (img/rally.jpg, #anchor, ../notes)
_LINK_TARGET = r"(?<=\]\()[^)\s]+(?=\))"

#: One alternation: the first alternative that matches at a position wins (code before URLs).
PROTECTED_RE = re.compile("|".join(f"(?P<{name}>{rx})" for name, rx in (
    ("code", _CODE), ("email", _EMAIL), ("url", _URL), ("link", _LINK_TARGET), ("path", _PATH), ("domain", _DOMAIN),
    ("file", _FILE), ("handle", _HANDLE), ("hashtag", _HASHTAG))))
#: What any protected span needs somewhere: a quick test before the long alternation.
_MAYBE_PROTECTED = re.compile(r"[@#/`]|\]\(|[A-Za-z0-9]\.[A-Za-z]|\.(?:" + "|".join(FILE_EXTENSIONS) + r")\b")
#: Punctuation a URL does not end with in running text (the sentence's own).
_TRAILING = ".,;:!?)]}»\"'’”*"

LATIN = re.compile(r"[A-Za-z]")
CYRILLIC = re.compile(r"[\u0400-\u04FF]")
WORD_RE = re.compile(r"[^\W\d_]+")
#: Spaces that may separate digit groups without breaking the line.
NBSP_CHARS = "\u00a0\u202f\u2009"
KAZAKH_LETTERS = "әіңғүұқөһӘІҢҒҮҰҚӨҺ"


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str      # code, email, url, path, domain, file, handle, hashtag
    text: str


def _trim(text: str, start: int, end: int) -> int:
    """The end of a URL-like match without the sentence punctuation after it; a closing
    bracket stays when the URL itself opened one."""
    while end > start and text[end - 1] in _TRAILING:
        ch = text[end - 1]
        if ch == ")" and text.count("(", start, end) >= text.count(")", start, end):
            break
        end -= 1
    return end


@lru_cache(maxsize=4096)
def protected_spans(text: str) -> tuple[Span, ...]:
    """The verbatim spans of *text*, in order, not overlapping."""
    out: list[Span] = []
    if not _MAYBE_PROTECTED.search(text):
        return ()
    for m in PROTECTED_RE.finditer(text):
        kind = m.lastgroup or ""
        start, end = m.start(), m.end()
        if kind in ("url", "domain", "path", "email", "handle"):
            end = _trim(text, start, end)
        if kind == "domain" and text[start:end].count(".") == 1 and text[start:end].split(".")[0].isdigit():
            continue        # 2.7 and friends are numbers, not domains
        if end > start:
            out.append(Span(start, end, kind, text[start:end]))
    return tuple(out)


@lru_cache(maxsize=4096)
def masked(text: str, fill: str = " ") -> str:
    """*text* with every protected span replaced by *fill* characters (offsets unchanged)."""
    spans = protected_spans(text)
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for span in spans:
        parts.append(text[pos:span.start])
        parts.append(fill * (span.end - span.start))
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def sentence_start(text: str, pos: int) -> bool:
    """Whether *pos* begins a sentence: the text's start, or after final punctuation, a colon,
    an opening quote or bracket or a dash (spaces and emphasis marks between)."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0*_":
        i -= 1
    if i >= 0 and text[i] == "." and _DOTTED_ABBREVIATION.search(text, 0, i + 1):
        return False        # P.O. Box, U.S. Embassy: a dotted abbreviation ends no sentence
    return i < 0 or text[i] in ".!?…:;«„“\"([—–-"


#: An abbreviation of single letters with points (P.O., U.S., e.g.; not a sentence's last word).
_DOTTED_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:[A-Za-z]\.){2,}$")


def words(text: str) -> list[re.Match[str]]:
    return list(WORD_RE.finditer(text))


Trie = dict[str, "Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of *words* (longest first), factored by common prefixes
    so that the engine does not try every word at every position."""
    trie: Trie = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: Trie) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


#: ``rx(pattern).match(text)``: a compiled pattern from a cache that is faster than ``re``'s own
#: (the checks call a few dozen patterns per segment).
rx = lru_cache(maxsize=None)(re.compile)
