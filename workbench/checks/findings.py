"""The one record every check produces (for the CLI report, the JSON output and the UI),
and the registry of check ids with their severities."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from typing import Any

SEVERITIES: tuple[str, ...] = ("info", "warning", "error")
SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or observation) about a name in a source or a translation.

    ``path``/``line`` always point into the SOURCE document (project-relative posix
    path, 1-based line of the segment); for a target finding ``catalogue`` is the
    ``.po`` file's relpath, ``catalogue_line`` the line of its entry there (when the
    catalogue was read from a file) and ``language`` the target language. ``offending`` is the
    exact text found (may be empty for a missing name); ``suggestion`` the fix, when
    the checker knows it; ``referent`` the glossary id the finding concerns.
    """

    check: str
    severity: str
    message: str
    path: str = ""
    line: int | None = None
    language: str | None = None
    source: str = ""
    offending: str = ""
    suggestion: str | None = None
    referent: str | None = None
    catalogue: str | None = None
    target: str | None = None       # the translation checked (target findings)
    catalogue_line: int | None = None   # line of the entry in the catalogue (target findings)
    offset: int | None = None       # where ``offending`` starts in ``target`` (characters), when known

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict with stable field names (every field, in declaration order)."""
        return {name: getattr(self, name) for name in FIELD_NAMES}    # flat: no deep copy needed

    @property
    def rank(self) -> int:
        return SEVERITY_RANK.get(self.severity, 0)

    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line is not None else self.path


FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Finding))


def at_least(findings: Iterable[Finding], severity: str) -> list[Finding]:
    """The findings of *severity* or worse."""
    floor = SEVERITY_RANK[severity]
    return [f for f in findings if SEVERITY_RANK.get(f.severity, 0) >= floor]


@dataclass(frozen=True, slots=True)
class CheckInfo:
    id: str
    severity: str           # default severity
    scope: str              # "source" | "target"
    description: str


#: The registry: stable check ids, their severities and what they mean.
CHECKS: dict[str, CheckInfo] = {c.id: c for c in (
    CheckInfo("source-name", "info", "source", "a glossary name as spelled in the source (the spelling report)"),
    CheckInfo("source-deprecated-spelling", "warning", "source",
              "a deprecated English spelling; use the preferred one"),
    # info: the place's name at the time the sentence speaks of is no fault of the source
    CheckInfo("source-historical-name", "info", "source",
              "a place's former name (deprecated today) in a sentence about the Soviet years, when it was in "
              "use, or that says it is the former name"),
    CheckInfo("source-variant-spelling", "warning", "source",
              "an unknown name that looks like a transliteration variant of a glossary entry "
              "(or differs only in inner capitals); accept it as a variant or correct it"),
    # info: a name the glossary lacks is no fault of the text; the report lists them to add
    CheckInfo("source-unknown-name", "info", "source",
              "a capitalised name or acronym no glossary row knows (add it to the glossary or leave it)"),
    CheckInfo("target-missing-name", "warning", "target",
              "a name of the source is not in the translation in any grammatical case (a pronoun may be intended)"),
    CheckInfo("target-wrong-form", "error", "target", "a form the glossary lists as wrong (in any case)"),
    # info: the translation renders the former name the source itself gives (see source-historical-name)
    CheckInfo("target-historical-name", "info", "target",
              "a place's former name where the source gives the former name too and says it is one, or speaks "
              "of the Soviet years"),
    CheckInfo("target-other-language-form", "error", "target",
              "the other target language's form (Russian spelling in Kazakh text, Kazakh letters in Russian)"),
    CheckInfo("target-misspelt-name", "error", "target", "a word a letter or two away from the name's forms"),
    CheckInfo("target-wrong-inflection", "error", "target",
              "a known name with an ending its paradigm does not produce (wrong vowel harmony, wrong consonant)"),
    CheckInfo("target-inconsistent-rendering", "info", "target",
              "a name rendered with different (non-abbreviated) forms in different segments"),
    CheckInfo("target-no-glossary-form", "info", "target", "the glossary has no form of the name in this language"),
    CheckInfo("target-uninflectable", "info", "target",
              "the name's forms could not be inflected (check the decl cell)"),
    CheckInfo("catalogue-unreadable", "error", "target",
              "a catalogue could not be read (syntax error, not UTF-8...): its translations were not checked"),
    # -- QA checks (workbench/checks/qa/): one family per module --------------------------------------
    CheckInfo("number-missing", "error", "target",
              "a number of the source (digits or words) is not in the translation, or lost its percent sign"),
    CheckInfo("number-extra", "warning", "target", "a number in the translation that the source does not have"),
    CheckInfo("number-decimal-separator", "warning", "target", "a decimal point where the language writes a comma"),
    CheckInfo("number-grouping", "warning", "target",
              "thousands not grouped the style's way (3,000 for 3 000; 15000; 4 000 or 4000 per style)"),
    CheckInfo("number-percent", "warning", "target", "percent not spaced the style's way (75 % or 75%)"),
    CheckInfo("number-range-dash", "warning", "target", "a hyphen between the numbers of a range (2011–2012)"),
    CheckInfo("date-month", "error", "target",
              "a month of the source is missing, wrong or left in English in the translation"),
    CheckInfo("date-day", "error", "target", "the day numbers of a date differ from the source"),
    CheckInfo("date-year", "error", "target", "the year of a date of the source is not in the translation"),
    CheckInfo("url-changed", "error", "target",
              "a URL, e-mail address, file name, @handle or #hashtag of the source is altered in the translation"),
    CheckInfo("url-missing", "warning", "target",
              "a URL, e-mail address, file name, @handle or #hashtag of the source is not in the translation"),
    CheckInfo("quote-style", "warning", "target",
              "straight or English quotation marks, or «» inside «», where the style wants «…» and „…“"),
    CheckInfo("quote-unbalanced", "error", "target",
              "a quotation mark or bracket without its partner (a quotation the source also leaves open is fine)"),
    CheckInfo("markup-emphasis", "error", "target", "Markdown emphasis of the source lost, changed or unclosed"),
    CheckInfo("markup-link", "error", "target", "a Markdown link of the source lost or broken"),
    CheckInfo("markup-code", "error", "target", "an inline code span of the source lost or changed"),
    CheckInfo("markup-escape", "error", "target", "a backslash escape of the source lost (\\$ → $)"),
    CheckInfo("markup-tag", "error", "target", "an HTML/XML tag of the source missing"),
    CheckInfo("markup-block", "error", "target",
              "the source's heading, list or quote marker (#, -, 1., >) missing at the target's start"),
    CheckInfo("markup-gloss-dropped", "info", "target", "a bracketed gloss of the source ([Elders]) was dropped"),
    CheckInfo("untranslated-words", "warning", "target",
              "English words left in the translation (not glossary names, acronyms or addresses)"),
    CheckInfo("untranslated-identical", "warning", "target", "the translation is the English source unchanged"),
    CheckInfo("typo-double-space", "warning", "target", "two or more spaces between words"),
    CheckInfo("typo-space-before-punctuation", "warning", "target",
              "a space before , . ; : ! ? or a closing quote or bracket, or after an opening one"),
    CheckInfo("typo-space-after-punctuation", "warning", "target",
              "no space after a comma, colon or semicolon, or between two sentences"),
    CheckInfo("typo-ellipsis", "warning", "target", "three dots for the ellipsis character …"),
    CheckInfo("typo-double-punctuation", "warning", "target", "a doubled comma, colon, semicolon or full stop"),
    CheckInfo("typo-dash", "warning", "target", "a hyphen, two hyphens or an en dash between words for the dash —"),
    CheckInfo("typo-nbsp", "warning", "target",
              "an ordinary space where the style wants a no-break one (8 000, 75 %, before a dash)"),
    CheckInfo("typo-edge-whitespace", "warning", "target", "spaces at the start or end the source does not have"),
    CheckInfo("typo-invisible", "warning", "target", "characters that show nothing (soft hyphen, zero-width, "
              "direction controls) the source does not have"),
    CheckInfo("script-mixed", "error", "target",
              "Latin look-alike letters inside a Cyrillic word, or Cyrillic ones inside a Latin word"),
    CheckInfo("script-roman-numeral", "error", "target", "a Roman numeral typed in Cyrillic letters (ХХ for XX)"),
    CheckInfo("script-kazakh-letter", "warning", "target", "a Kazakh letter inside a Russian word"),
    CheckInfo("script-russian-letter", "warning", "target",
              "a Kazakh word typed with a Russian letter for the Kazakh one (каласында for қаласында)"),
    CheckInfo("length-ratio", "info", "target", "the translation is far shorter or longer than the source"),
    CheckInfo("sentence-count", "info", "target", "the translation has a different number of sentences"),
)}


def apply_fix(finding: Finding, text: str) -> str | None:
    """The translation *text* with *finding*'s fix applied, or None (no fix here, or a stale one).

    * A fix computed on the whole translation (``offending`` is the text checked, as the QA
      checks give theirs): ``suggestion`` is the whole corrected text, valid only while the
      translation is still that text.
    * A fix of a part (a misspelt name): ``offending`` is replaced where the check found it
      (``offset``) while it still stands there, else where it stands as whole words — the
      same one of those places as where the check found it, or the first. «Жанаозен» inside
      «Жанаозена» is another word, never touched; if the part is gone (typed over since the
      check), there is nothing to apply.
    * No ``suggestion``, no ``offending`` (a missing name: the form, not the place) or a
      source finding (``language`` None, about the English): nothing to apply.
    """
    suggestion, offending = finding.suggestion, finding.offending
    if suggestion is None or not offending or finding.language is None:
        return None
    if offending == text or (finding.target is not None and offending == finding.target):
        return suggestion if text == offending else None
    at = finding.offset
    if at is None or text[at:at + len(offending)] != offending:
        at = whole_words_at(text, offending, _nth_place(finding))
    if at < 0:
        return None
    return text[:at] + suggestion + text[at + len(offending):]


def _nth_place(finding: Finding) -> int:
    """Which of the places where ``offending`` stands as whole words in the checked text the
    finding is about (0: the first, also when that is not known)."""
    if finding.offset is None or finding.target is None:
        return 0
    places = _whole_word_places(finding.target, finding.offending)
    return places.index(finding.offset) if finding.offset in places else 0


def _whole_word_places(text: str, part: str) -> list[int]:
    out: list[int] = []
    start = 0
    while (at := text.find(part, start)) >= 0:
        end = at + len(part)
        glued_before = at > 0 and part[0].isalnum() and text[at - 1].isalnum()
        glued_after = end < len(text) and part[-1].isalnum() and text[end].isalnum()
        if not glued_before and not glued_after:
            out.append(at)
        start = at + 1
    return out


def whole_words_at(text: str, part: str, nth: int = 0) -> int:
    """Where *part* stands in *text* as whole words (no letter or digit glued to either end
    that is one) for the *nth* time — or the first time, when it stands there fewer times —,
    or -1."""
    places = _whole_word_places(text, part)
    if not places:
        return -1
    return places[nth] if nth < len(places) else places[0]
