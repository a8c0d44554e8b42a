"""The check report: grouped, human-readable text, and JSON (a list of findings)."""

from __future__ import annotations

from collections import Counter, defaultdict

from workbench.checks.findings import SEVERITIES, Finding

from .output import json_text

MAX_LOCATIONS = 6
_LANG = {"ru": "Russian", "kk": "Kazakh"}


def format_json(findings: list[Finding]) -> str:
    """A JSON list of findings with stable field names (UTF-8 text; control characters escaped)."""
    return json_text([f.to_dict() for f in findings]) + "\n"


def changed_window(old: str, new: str, context: int = 15) -> tuple[str, str]:
    """The part of *old* that *new* changes, and what it becomes, with a little context either side."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    lo = max(0, start - context)
    head = "…" if lo else ""
    tail_old = "…" if end_old + context < len(old) else ""
    tail_new = "…" if end_new + context < len(new) else ""
    return (head + old[lo:end_old + context] + tail_old, head + new[lo:end_new + context] + tail_new)


def _locations(items: list[Finding]) -> str:
    locs = list(dict.fromkeys(f.location() for f in items))
    shown = ", ".join(locs[:MAX_LOCATIONS])
    if len(locs) > MAX_LOCATIONS:
        shown += f", +{len(locs) - MAX_LOCATIONS} more"
    return shown


def _where(f: Finding) -> str:
    """Whose line is which: the segment's line in the source, the entry's line in the catalogue."""
    where = f"source line {f.line}" if f.line is not None else "source"
    if f.catalogue_line is not None:
        where += f" · catalogue line {f.catalogue_line}"
    return where


def summary_line(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    parts = [f"{counts.get(s, 0)} {s}{'s' if counts.get(s, 0) != 1 and s != 'info' else ''}"
             for s in reversed(SEVERITIES)]
    return ", ".join(parts)


def format_text(findings: list[Finding], *, preferred: dict[str, str] | None = None) -> str:
    """Sources: per referent its spellings with counts and locations (deprecated flagged),
    unknown names with suggestions; targets: per language, per document, each finding with
    its line, the offending text and the fix. ``preferred`` maps referent id → preferred
    English spelling (for the headings)."""
    preferred = preferred or {}
    lines: list[str] = []
    source = [f for f in findings if f.language is None]
    target = [f for f in findings if f.language is not None]

    spellings = ("source-name", "source-deprecated-spelling", "source-historical-name")
    named = [f for f in source if (f.referent and f.check in spellings)
             or (f.check == "source-variant-spelling" and f.referent and f.offending)]
    if named:
        lines.append("Sources — names and their spellings")
        by_ref: dict[str, list[Finding]] = defaultdict(list)
        for f in named:
            by_ref[f.referent or ""].append(f)
        for rid in sorted(by_ref, key=lambda r: (-len(by_ref[r]), r)):
            items = by_ref[rid]
            title = f"{rid} ({preferred[rid]})" if rid in preferred else rid
            flags = " [!]" if any(f.check != "source-name" for f in items) else ""
            lines.append(f"  {title}: {len(items)} mention(s){flags}")
            by_spelling: dict[tuple[str, str], list[Finding]] = defaultdict(list)
            for f in items:
                by_spelling[(f.offending, f.check)].append(f)
            for (spelling, check), group in by_spelling.items():
                mark = ""
                if check == "source-deprecated-spelling":
                    mark = f"  DEPRECATED → {group[0].suggestion}"
                elif check == "source-historical-name":
                    mark = "  FORMER NAME, right in its sentence (about the Soviet years, or named as the old name)"
                elif check == "source-variant-spelling":
                    mark = f"  VARIANT of {group[0].suggestion!r} (not in the glossary; accept or correct)"
                lines.append(f"    {spelling!r} ×{len(group)}{mark}: {_locations(group)}")
        lines.append("")

    unknown = [f for f in source if f.check == "source-unknown-name"]
    if unknown:
        lines.append("Sources — capitalised names not in the glossary")
        by_text: dict[str, list[Finding]] = defaultdict(list)
        for f in unknown:
            by_text[f.offending].append(f)
        for text in sorted(by_text, key=lambda t: (-len(by_text[t]), t)):
            group = by_text[text]
            hint = f"  → {group[0].suggestion!r}" if group[0].suggestion else ""
            lines.append(f"  {text!r} ×{len(group)}{hint}: {_locations(group)}")
        lines.append("")

    reported = ("source-name", "source-deprecated-spelling", "source-historical-name", "source-unknown-name",
                "source-variant-spelling")
    other_source = [f for f in source if f.check not in reported]
    for f in other_source:
        lines.append(f"  {f.location()}: {f.severity}: {f.check}: {f.message}")

    if target:
        by_lang: dict[str, list[Finding]] = defaultdict(list)
        for f in target:
            by_lang[f.language or ""].append(f)
        for lang in sorted(by_lang):
            items = by_lang[lang]
            lines.append(f"Translations — {_LANG.get(lang, lang)} ({lang}): {summary_line(items)}")
            by_doc: dict[str, list[Finding]] = defaultdict(list)
            for f in items:
                by_doc[f.path].append(f)
            for path in sorted(by_doc):
                group = sorted(by_doc[path], key=lambda f: (f.line or 0, -f.rank, f.check))
                catalogue = group[0].catalogue
                lines.append(f"  source {path}" + (f" · catalogue {catalogue}" if catalogue else ""))
                for f in group:
                    fix = f" → {f.suggestion!r}" if f.suggestion else ""
                    found = f"{f.offending!r}" if f.offending else ""
                    if f.suggestion and f.target and f.offending == f.target:
                        old, new = changed_window(f.target, f.suggestion)      # a whole-text fix (QA)
                        found, fix = repr(old), f" → {new!r}"
                    lines.append(f"    {_where(f)}: {f.severity}: {f.check}: {found}{fix}")
                    lines.append(f"      {f.message}")
            lines.append("")

    if not findings:
        lines.append("No findings.")
    else:
        lines.append(f"{len(findings)} finding(s): {summary_line(findings)}")
    return "\n".join(lines) + "\n"
