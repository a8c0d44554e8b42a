"""Rich ``Text`` builders for the editor's panels.

Every piece of user text goes into a ``Text`` object as plain text, never
through content markup, so ``[Elders]`` or ``[/]`` show literally.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.style import Style
from rich.text import Text

from workbench.session import NameHit, Session


def literal(text: str, style: str = "") -> Text:
    """User text as displayable Text: control characters shown as '␣'-like symbols."""
    clean = "".join(ch if (ch >= " " or ch in "\n\t") and ch != "\x7f" else "\ufffd" for ch in text)
    return Text(clean, style=style, end="")


def highlighted_source(source: str, hits: Iterable[NameHit], style: str = "") -> Text:
    text = literal(source, style)
    for hit in hits:
        text.stylize("bold red underline" if hit.deprecated else "bold cyan underline", hit.start, hit.end)
    return text


def progress_bar(translated: int, fuzzy: int, untranslated: int, width: int = 12) -> Text:
    total = translated + fuzzy + untranslated
    text = Text(end="")
    if total == 0:
        text.append("─" * width, style="dim")
        text.append("   — ")
        return text
    t = round(width * translated / total)
    f = min(width - t, round(width * fuzzy / total))
    if fuzzy and f == 0 and t < width:
        f = 1
    u = width - t - f
    text.append("█" * t, style="green")
    text.append("▓" * f, style="yellow")
    text.append("░" * u, style="red dim")
    text.append(f" {100 * translated / total:3.0f}%")
    return text


NAME_META = "workbench-name"    # style meta of a names-panel entry: its number (1…9)


def names_panel(session: Session, hits: list[NameHit], language: str) -> Text:
    text = Text(end="")
    text.append("Names ", style="bold")
    text.append("(Alt+1…9 inserts, Ctrl+N all cases)\n", style="dim")
    if not hits:
        text.append("no glossary names here", style="dim")
        return text
    seen: list = []
    for hit in hits:
        if any(r is hit.referent for r in seen):
            continue
        seen.append(hit.referent)
    for n, referent in enumerate(seen[:9], 1):
        forms = referent.valid_forms(language)
        line_start = len(text)
        text.append(f"{n} ", style="bold reverse")
        text.append(" ")
        text.append_text(literal(referent.cell("en") or referent.cell("id"), "cyan"))
        text.append(" → ")
        text.append_text(literal(forms[0] if forms else "(no form)", "bold" if forms else "dim"))
        if len(forms) > 1:
            text.append_text(literal(" / " + " / ".join(forms[1:3]), "dim"))
        # a click anywhere on the entry inserts it, like Alt+N (EditorScreen.on_click reads the meta;
        # not "@click", which would restyle the entry as a link)
        text.stylize(Style(meta={NAME_META: n}), line_start, len(text))
        text.append("\n")
    text.rstrip()
    return text


def referents_in(hits: list[NameHit]) -> list:
    seen: list = []
    for hit in hits:
        if not any(r is hit.referent for r in seen):
            seen.append(hit.referent)
    return seen[:9]


SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def findings_panel(findings: list | None, pending: bool = False) -> Text:
    text = Text(end="")
    text.append("Checks", style="bold")
    if findings and any(getattr(f, "suggestion", None) and getattr(f, "language", None) for f in findings):
        text.append(" (F6 fixes)", style="dim")
    if pending:
        text.append(" …", style="dim")
    text.append("\n")
    if not findings:
        if findings is not None:
            text.append("no findings", style="dim green")
        else:
            text.append("—", style="dim")
        return text
    for finding in findings[:6]:
        severity = finding.severity
        text.append("● ", style=SEVERITY_STYLE.get(severity, "yellow"))
        text.append_text(literal(finding.message))
        suggestion = (finding.suggestion or "")
        if suggestion:
            text.append(" → ")
            text.append_text(literal(str(suggestion), "bold"))
        text.append("\n")
    if len(findings) > 6:
        text.append(f"… {len(findings) - 6} more", style="dim")
    text.rstrip()
    return text


def memory_panel(matches: list) -> Text:
    text = Text(end="")
    text.append("Memory ", style="bold")
    text.append("(Alt+M uses best)\n", style="dim")
    if not matches:
        text.append("no matches", style="dim")
        return text
    for match in matches[:3]:
        text.append(f"{match.score:3.0f}% ", style="bold green" if match.exact else "yellow")
        text.append_text(literal(match.target))
        text.append("\n")
    text.rstrip()
    return text
