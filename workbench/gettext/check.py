"""What ``msgfmt --check`` rejects in a parsed catalogue, found when it is read.

The syntax (keywords, strings, escapes, plural indexes, duplicates) is checked by the parser;
this module checks what GNU checks after parsing, with GNU's words:

* the header's ``Plural-Forms`` (:mod:`.plural`: the formula, evaluated for n = 0…1000);
* translated plural messages need a ``Plural-Forms`` with ``nplurals`` and ``plural``, and
  exactly ``nplurals`` forms;
* in a translated message, ``msgid`` and every ``msgstr`` (and ``msgid_plural``) either all
  begin with ``\\n`` or none does, and the same for the end.

Like msgfmt, these look only at translated messages: fuzzy, untranslated and obsolete ones
are not compiled. :func:`translation_problem` is the same rule for one new translation, so
that the UI never writes what the reader would then refuse.
"""

from __future__ import annotations

from pathlib import Path

from workbench.util.errors import Problem

from .model import Catalogue, Message
from .plural import parse_plural_forms, plural_forms_problem

__all__ = ["catalogue_problems", "translation_problem"]


def _ends_problem(first_name: str, first: str, name: str, value: str) -> str | None:
    if first.startswith("\n") != value.startswith("\n"):
        return f"'{first_name}' and '{name}' entries do not both begin with '\\n'"
    if first.endswith("\n") != value.endswith("\n"):
        return f"'{first_name}' and '{name}' entries do not both end with '\\n'"
    return None


def translation_problem(msgid: str, msgstr: str) -> str | None:
    """Why *msgstr* cannot be the translation of *msgid* in a catalogue msgfmt accepts, or None."""
    if "\0" in msgstr:
        return "the translation holds a NUL character, which a catalogue cannot store"
    if "\x04" in msgstr:
        return "the translation holds the character U+0004, gettext's context separator"
    if msgstr:
        problem = _ends_problem("msgid", msgid, "msgstr", msgstr)
        if problem is not None:
            return problem.replace("entries do not both", "do not both") + " (remove the line break)"
    return None


def _message_problems(m: Message, nplurals: int | None) -> list[str]:
    problems: list[str] = []
    if m.msgid_plural is not None:
        problem = _ends_problem("msgid", m.msgid, "msgid_plural", m.msgid_plural)
        if problem is not None:
            problems.append(problem)
        for index in sorted(m.msgstr_plural):
            problem = _ends_problem("msgid", m.msgid, f"msgstr[{index}]", m.msgstr_plural[index])
            if problem is not None:
                problems.append(problem)
        if nplurals is not None and len(m.msgstr_plural) != nplurals:
            count = len(m.msgstr_plural)
            have = "only one plural form" if count == 1 else f"{count} plural forms"
            problems.append(f"nplurals = {nplurals} (Plural-Forms header) but this message has {have}")
    else:
        problem = _ends_problem("msgid", m.msgid, "msgstr", m.msgstr)
        if problem is not None:
            problems.append(problem)
    return problems


def catalogue_problems(catalogue: Catalogue, path: str | Path, header_line: int | None = None) -> list[Problem]:
    """Every problem ``msgfmt --check`` would report as fatal after parsing, as :class:`Problem`."""
    where = str(path)
    problems: list[Problem] = []
    plural_forms = catalogue.metadata.get("Plural-Forms")
    nplurals: int | None = None
    usable = False
    if plural_forms is not None and plural_forms.strip() and "INTEGER" not in plural_forms:
        # (INTEGER: an unfilled template's placeholder.) GNU checks the formula only when both
        # parts are there; a field with a part missing or garbled is rejected here as well,
        # since gettext would silently fall back to English plurals
        problem = plural_forms_problem(plural_forms)
        if problem is None and ("nplurals=" not in plural_forms or "plural=" not in plural_forms):
            problem = "lacks nplurals=INTEGER or plural=EXPRESSION"
        if problem is not None:
            problems.append(Problem(where, header_line, f"malformed Plural-Forms header: {problem}"))
        else:
            nplurals = parse_plural_forms(plural_forms).nplurals
            usable = True
    plural_reported = False
    for m in catalogue.messages:
        if m.obsolete or not m.translated:
            continue
        if m.msgid_plural is not None and not usable and not plural_reported and not problems:
            plural_reported = True
            problems.append(Problem(where, m.lineno,
                                    'message catalog has plural form translations, but lacks a header entry '
                                    'with "Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;"'))
        for text in _message_problems(m, nplurals):
            problems.append(Problem(where, m.lineno, text))
    return problems
