"""msgmerge's logic: templates from documents, merging a catalogue with a new template.

* :func:`make_template` — one entry per distinct segment msgid, with every
  ``relpath:line`` reference in document order, and an xgettext-like header.
* :func:`merge` — ``msgmerge`` semantics: exact matches keep their translation,
  comments and fuzziness; new msgids get the translation of the closest old
  translated message (similarity >= :data:`FUZZY_THRESHOLD`, the same measure
  as GNU's ``fstrcmp``: 2*LCS/(len1+len2), computed by rapidfuzz) marked fuzzy
  with ``#| msgid "old"``; removed translated messages become obsolete
  (``#~``); obsolete messages whose msgid comes back are revived.
  A new catalogue's first header comment names its language ("Russian
  translation of seeds/x.txt."); an existing catalogue's header comments are
  the translator's and are kept (only a leftover copy of the template's
  "Translation template for ..." first line is replaced, once).
  The fuzzy search is indexed: candidates are the old messages sharing the
  rarest words of the new msgid (a few dozen at most), so updating 100k
  segments with thousands of changes takes seconds, not hours.
* Determinism: nothing time-dependent is written unless content changed.
  ``make_template(..., previous=old_pot)`` keeps the old POT-Creation-Date when
  the messages are the same, and :func:`merge` keeps the existing catalogue's
  POT-Creation-Date when the merged messages equal the existing ones, so
  running an update twice rewrites nothing.
"""

from __future__ import annotations

import heapq
import re
from datetime import UTC, datetime
from typing import Any

from rapidfuzz import fuzz, process

from workbench.gettext import Catalogue, Message
from workbench.gettext.plural import well_formed
from workbench.util.errors import WorkbenchError

__all__ = [
    "FUZZY_THRESHOLD",
    "format_date",
    "language_metadata",
    "language_name",
    "make_template",
    "merge",
    "set_translation",
]

FUZZY_THRESHOLD = 0.6
_POSTINGS_BUDGET = 1500       # old messages counted per lookup, at most
_MAX_CANDIDATES = 40
_RARE_WORDS = 6
_WORD_RE = re.compile(r"\w{2,}")


def format_date(now: datetime | None = None) -> str:
    """Gettext header date: ``2024-01-31 14:05+0000``."""
    if now is None:
        now = datetime.now(UTC)
    elif now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return now.strftime("%Y-%m-%d %H:%M%z")


# ---------------------------------------------------------------------------
# Header
# ---------------------------------------------------------------------------


def language_metadata(language: str) -> dict[str, str]:
    """Language, Plural-Forms (from Babel's CLDR data) and the UTF-8 fields."""
    from babel import Locale, UnknownLocaleError
    from babel.messages.plurals import get_plural

    try:
        locale = Locale.parse(language.replace("-", "_"))
        plural = get_plural(locale)
    except (UnknownLocaleError, ValueError) as exc:
        raise WorkbenchError(f"unknown language {language!r}: {exc}") from None
    return {
        "Language": language.replace("-", "_"),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural.plural_forms,
    }


def language_name(language: str) -> str:
    """The language's English name from Babel's CLDR data ("ru" -> "Russian")."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language.replace("-", "_")).english_name or language
    except (UnknownLocaleError, ValueError) as exc:
        raise WorkbenchError(f"unknown language {language!r}: {exc}") from None


_TEMPLATE_COMMENT_RE = re.compile(r"Translation template for (.+)\.")


def _header_comments(template: Catalogue, existing: Catalogue | None, language: str) -> list[str]:
    """Header comments of the merged catalogue.

    A new catalogue gets the template's comments with the first line
    "Translation template for <relpath>." replaced by "<Language> translation
    of <relpath>.".  An existing catalogue's comments belong to the translator
    and are kept as they are, except for that same template line when it is
    still the first one (catalogues created before merge() wrote the language
    line): it is replaced once, and never again after that.
    """
    tcomments = template.header_comments
    first = tcomments[0] if tcomments else None
    match = _TEMPLATE_COMMENT_RE.fullmatch(first) if first is not None else None
    if existing is not None and existing.has_header:
        comments = list(existing.header_comments)
        if match is not None and comments and comments[0] == first:
            comments[0] = f"{language_name(language)} translation of {match.group(1)}."
        return comments
    comments = list(tcomments)
    if match is not None:
        comments[0] = f"{language_name(language)} translation of {match.group(1)}."
    return comments


_HEADER_ORDER = [
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
    "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
    "Content-Transfer-Encoding", "Plural-Forms",
]


def _ordered(meta: dict[str, str]) -> dict[str, str]:
    out = {k: meta[k] for k in _HEADER_ORDER if k in meta}
    out.update((k, v) for k, v in meta.items() if k not in out)
    return out


# ---------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------


_TemplateKey = tuple[str | None, str, str | None, list[tuple[str, int | None]], list[str], list[str]]


def _template_key(cat: Catalogue) -> list[_TemplateKey]:
    return [(m.msgctxt, m.msgid, m.msgid_plural, m.references, m.extracted_comments, m.flags)
            for m in cat.messages if not m.obsolete]


def make_template(document: Any, *, project: str, version: str,
                  previous: Catalogue | None = None, now: datetime | None = None) -> Catalogue:
    """A POT catalogue for *document*: one entry per distinct segment msgid.

    *previous* (the POT written last time, if any) keeps its POT-Creation-Date
    when the messages did not change, so regenerating is a no-op.
    """
    relpath = document.relpath
    by_id: dict[str, Message] = {}
    for seg in document.segments:
        msgid = seg.msgid
        if not msgid:
            continue
        if "\x04" in msgid:
            raise WorkbenchError("the text holds U+0004, gettext's context separator, which a catalogue "
                                 "cannot store; remove it", relpath, seg.line)
        ref = (relpath, seg.line)
        m = by_id.get(msgid)
        if m is None:
            by_id[msgid] = Message(msgid, references=[ref])
        elif ref not in m.references:
            m.references.append(ref)
    cat = Catalogue(
        path=None,
        header_comments=[
            f"Translation template for {relpath}.",
            f"This file is distributed under the same license as the {project} package.",
        ],
        header_flags=["fuzzy"],
        metadata={
            "Project-Id-Version": f"{project} {version}".strip(),
            "Report-Msgid-Bugs-To": "",
            "POT-Creation-Date": "",
            "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
            "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
            "Language-Team": "LANGUAGE <LL@li.org>",
            "Language": "",
            "MIME-Version": "1.0",
            "Content-Type": "text/plain; charset=UTF-8",
            "Content-Transfer-Encoding": "8bit",
        },
        messages=list(by_id.values()),
    )
    date = None
    if previous is not None and _template_key(previous) == _template_key(cat):
        date = previous.metadata.get("POT-Creation-Date")
    cat.metadata["POT-Creation-Date"] = date or format_date(now)
    return cat


# ---------------------------------------------------------------------------
# Merge
# ---------------------------------------------------------------------------


class _FuzzyIndex:
    """Old translated messages indexed by word, for bounded fuzzy lookups."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = messages
        self.texts = [m.msgid for m in messages]
        self.postings: dict[str, list[int]] = {}
        self.wordless: list[int] = []
        for i, m in enumerate(messages):
            words = set(_WORD_RE.findall(m.msgid.lower()))
            if not words:
                self.wordless.append(i)
            for w in words:
                self.postings.setdefault(w, []).append(i)

    def best(self, msgid: str) -> Message | None:
        n = len(msgid)
        words = set(_WORD_RE.findall(msgid.lower()))
        if words:
            lists = sorted((self.postings[w] for w in words if w in self.postings), key=len)
            counts: dict[int, int] = {}
            # Walk the rarest words first and stop before a common word floods
            # the candidates: a changed sentence keeps most of its rare words,
            # and counting every message that shares "the" is what made fuzzy
            # matching grow with the square of the catalogue.
            budget = _POSTINGS_BUDGET
            for lst in lists[:_RARE_WORDS]:
                if len(lst) > budget and counts:
                    break
                for i in lst[:budget]:
                    counts[i] = counts.get(i, 0) + 1
                budget -= min(len(lst), budget)
                if budget <= 0:
                    break
            if not counts:
                return None
            ranked = heapq.nlargest(_MAX_CANDIDATES, counts, key=lambda i: (counts[i], -i))
        else:
            ranked = self.wordless[:_MAX_CANDIDATES * 50]
        choices = []
        for i in ranked:
            length = len(self.texts[i])
            if 2 * min(n, length) >= FUZZY_THRESHOLD * (n + length):  # else ratio can't reach it
                choices.append(i)
        if not choices:
            return None
        choices.sort()  # ties go to the earliest old message, deterministically
        found = process.extractOne(msgid, [self.texts[i] for i in choices], scorer=fuzz.ratio,
                                   score_cutoff=FUZZY_THRESHOLD * 100)
        if found is None:
            return None
        return self.messages[choices[found[2]]]


def _copy(m: Message) -> Message:
    return Message(m.msgid, m.msgstr, m.msgctxt, m.msgid_plural, dict(m.msgstr_plural),
                   list(m.flags), list(m.references), list(m.translator_comments),
                   list(m.extracted_comments), m.previous_msgctxt, m.previous_msgid,
                   m.obsolete, m.lineno, m.previous_msgid_plural)


def merge(template: Catalogue, existing: Catalogue | None, language: str,
          *, now: datetime | None = None, fuzzy_matching: bool = True) -> Catalogue:
    """Update *existing* (a PO catalogue, or None for a new one) to *template*."""
    lang_meta = language_metadata(language)
    old_live: dict[tuple[str | None, str], Message] = {}
    old_obsolete: dict[tuple[str | None, str], Message] = {}
    old_messages: list[Message] = existing.messages if existing is not None else []
    for m in old_messages:
        (old_obsolete if m.obsolete else old_live).setdefault((m.msgctxt, m.msgid), m)

    used: set[int] = set()
    result: list[Message] = []
    pending: list[tuple[int, Message]] = []
    for t in template.messages:
        if t.obsolete:
            continue
        key = (t.msgctxt, t.msgid)
        old = old_live.get(key) or old_obsolete.get(key)
        if old is not None:
            used.add(id(old))
            m = _copy(t)
            m.obsolete = False
            m.lineno = None
            force_fuzzy = False
            if m.msgid_plural is not None and old.msgid_plural is not None:
                m.msgstr_plural = dict(old.msgstr_plural)
            elif m.msgid_plural is None and old.msgid_plural is None:
                m.msgstr = old.msgstr
            else:  # singular <-> plural change: carry the first form, fuzzy
                first = old.first_msgstr
                if m.msgid_plural is not None:
                    m.msgstr_plural = {0: first} if first else {}
                else:
                    m.msgstr = first
                force_fuzzy = bool(first)
            m.translator_comments = list(old.translator_comments)
            m.flags = [f for f in t.flags if f != "fuzzy"]
            if (old.fuzzy or force_fuzzy) and old.first_msgstr:
                m.flags.insert(0, "fuzzy")
                m.previous_msgctxt = old.previous_msgctxt
                m.previous_msgid = old.previous_msgid
                m.previous_msgid_plural = old.previous_msgid_plural
            else:
                m.previous_msgctxt = m.previous_msgid = m.previous_msgid_plural = None
            result.append(m)
        else:
            m = _copy(t)
            m.obsolete = False
            m.lineno = None
            m.flags = [f for f in t.flags if f != "fuzzy"]
            m.previous_msgctxt = m.previous_msgid = m.previous_msgid_plural = None
            m.msgstr = ""
            m.msgstr_plural = {}
            pending.append((len(result), m))
            result.append(m)

    if pending and fuzzy_matching:
        pool = [m for m in old_messages if m.first_msgstr]
        if pool:
            index = _FuzzyIndex(pool)
            for _, m in pending:
                old = index.best(m.msgid)
                if old is None:
                    continue
                used.add(id(old))
                if m.msgid_plural is not None:
                    if old.msgid_plural is not None:
                        m.msgstr_plural = dict(old.msgstr_plural)
                    else:
                        m.msgstr_plural = {0: old.msgstr}
                else:
                    m.msgstr = old.first_msgstr
                m.translator_comments = list(old.translator_comments)
                m.flags.insert(0, "fuzzy")
                m.previous_msgctxt = old.msgctxt
                m.previous_msgid = old.msgid
                m.previous_msgid_plural = old.msgid_plural

    # removed / still-obsolete messages: kept as obsolete when they hold a translation
    template_keys = {(t.msgctxt, t.msgid) for t in template.messages if not t.obsolete}
    obsolete: list[Message] = []
    seen_obsolete: set[tuple[str | None, str]] = set()
    for m in old_messages:
        key = (m.msgctxt, m.msgid)
        if key in template_keys or key in seen_obsolete:
            continue
        if id(m) in used and not m.obsolete:
            continue  # its translation lives on in a fuzzy entry (msgmerge does the same)
        if not m.first_msgstr:
            continue  # nothing to keep (and GNU tools drop untranslated obsolete entries)
        seen_obsolete.add(key)
        o = _copy(m)
        o.obsolete = True
        o.lineno = None
        o.references = []            # msgmerge drops where an obsolete message was, and its
        o.extracted_comments = []    # extracted comments; the translator's comments stay
        obsolete.append(o)

    out = Catalogue(path=existing.path if existing is not None else None)
    out.messages = result + obsolete
    tmeta = template.metadata
    if existing is not None and existing.has_header:
        meta = dict(existing.metadata)
        out.header_flags = list(existing.header_flags)
    else:
        meta = {
            "Project-Id-Version": tmeta.get("Project-Id-Version", "PACKAGE VERSION"),
            "Report-Msgid-Bugs-To": tmeta.get("Report-Msgid-Bugs-To", ""),
            "POT-Creation-Date": "",
            "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
            "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
            "Language-Team": "none",
        }
        out.header_flags = []
    out.header_comments = _header_comments(template, existing, language)
    if "Project-Id-Version" in tmeta:
        meta["Project-Id-Version"] = tmeta["Project-Id-Version"]
    kept_plural = meta.get("Plural-Forms") if existing is not None and existing.has_header else None
    meta.update(lang_meta)
    if well_formed(kept_plural):
        # as msgmerge keeps the catalogue's header: a translator's (or another CLDR version's)
        # formula that works is theirs; only a missing or broken one is replaced
        assert kept_plural is not None
        meta["Plural-Forms"] = kept_plural
    # POT-Creation-Date follows the template unless nothing changed at all
    pot_date = tmeta.get("POT-Creation-Date") or meta.get("POT-Creation-Date") or format_date(now)
    if existing is not None and _messages_equal(existing.messages, out.messages):
        pot_date = existing.metadata.get("POT-Creation-Date") or pot_date
    meta["POT-Creation-Date"] = pot_date
    out.metadata = _ordered(meta) if existing is None else _keep_order(existing.metadata, meta)
    return out


def _keep_order(old: dict[str, str], new: dict[str, str]) -> dict[str, str]:
    out = {k: new[k] for k in old if k in new}
    for k in _HEADER_ORDER:
        if k in new and k not in out:
            out[k] = new[k]
    out.update((k, v) for k, v in new.items() if k not in out)
    return out


def _messages_equal(a: list[Message], b: list[Message]) -> bool:
    if len(a) != len(b):
        return False
    return all(x == y for x, y in zip(a, b))


# ---------------------------------------------------------------------------
# Editing
# ---------------------------------------------------------------------------


def set_translation(catalogue: Catalogue, msgid: str, msgstr: str | dict[int, str], *,
                    fuzzy: bool = False, translator: str | None = None,
                    msgctxt: str | None = None, now: datetime | None = None) -> Message:
    """Set a message's translation (the UI's save). Returns the message.

    Confirming a message (fuzzy=False) drops its ``#|`` previous msgid. When
    something changed, PO-Revision-Date is set to now and, if *translator* is
    given, Last-Translator to it; when nothing changed the header is untouched.
    """
    m = catalogue.get(msgid, msgctxt)
    if m is None or m.obsolete:
        raise WorkbenchError(f"no message {msgid!r} in this catalogue", catalogue.path)
    changed = False
    if isinstance(msgstr, dict):
        if m.msgid_plural is None:
            raise WorkbenchError(f"message {msgid!r} has no plural forms", catalogue.path)
        if m.msgstr_plural != msgstr:
            m.msgstr_plural = dict(msgstr)
            changed = True
    elif m.msgid_plural is not None:
        if m.msgstr_plural.get(0, "") != msgstr:
            m.msgstr_plural = {**m.msgstr_plural, 0: msgstr}
            changed = True
    elif m.msgstr != msgstr:
        m.msgstr = msgstr
        changed = True
    if m.fuzzy != fuzzy:
        m.fuzzy = fuzzy
        changed = True
    if not fuzzy and (m.previous_msgid is not None or m.previous_msgctxt is not None):
        m.previous_msgid = m.previous_msgctxt = m.previous_msgid_plural = None
        changed = True
    if changed:
        meta = catalogue.metadata
        if translator:
            meta["Last-Translator"] = translator
        meta["PO-Revision-Date"] = format_date(now)
    return m
