"""Rich renderables for the editor's panels.

Every piece of user text goes in through :func:`~workbench.tui.safe_text.literal`, never
through content markup, so ``[Elders]`` or ``[/]`` show literally and control characters
as visible placeholders.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text

from workbench.checks import Finding
from workbench.glossary import Referent
from workbench.memory import Match
from workbench.session import NameHit
from workbench.tui.fixes import apply_fix
from workbench.tui.safe_text import literal

__all__ = ["NAME_META", "SEVERITY_STYLE", "findings_panel", "highlighted_source", "literal", "memory_panel",
           "names_panel", "progress_bar", "referents_in"]


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
MAX_NAMES = 9                   # Alt+1…9


def referents_in(hits: Iterable[NameHit]) -> list[Referent]:
    """The referents the hits name, in order of first mention, each once (at most nine: Alt+1…9)."""
    seen: list[Referent] = []
    for hit in hits:
        if not any(r is hit.referent for r in seen):
            seen.append(hit.referent)
    return seen[:MAX_NAMES]


def names_panel(hits: list[NameHit], language: str) -> Group:
    """The segment's glossary names: number, English name → target forms.

    Every entry is shown whole: a long one wraps under itself (a hanging indent after its
    number), never cut; the editor's side column scrolls if the entries outgrow it.
    """
    title = Text()
    title.append("Names ", style="bold")
    title.append("Alt+1…9 · Ctrl+N cases", style="dim")
    referents = referents_in(hits)
    if not referents:
        return Group(title, Text("no glossary names here", style="dim"))
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column(ratio=1, overflow="fold")
    for n, referent in enumerate(referents, 1):
        forms = referent.valid_forms(language)
        entry = Text(end="")
        entry.append_text(literal(referent.cell("en") or referent.cell("id"), "cyan", one_line=True))
        entry.append(" → ")
        entry.append_text(literal(forms[0] if forms else "(no form)", "bold" if forms else "dim", one_line=True))
        if len(forms) > 1:
            entry.append_text(literal(" / " + " / ".join(forms[1:3]), "dim", one_line=True))
        # a click anywhere on the entry inserts it, like Alt+N (EditorScreen.on_click reads the meta;
        # not "@click", which would restyle the entry as a link)
        meta = Style(meta={NAME_META: n})
        number = Text(str(n), style="bold reverse", end="")
        number.stylize(meta)
        entry.stylize(meta)
        grid.add_row(number, entry)
    return Group(title, grid)


SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
MAX_FINDINGS = 6


def findings_panel(findings: list[Finding] | None, text: str = "", pending: bool = False) -> Text:
    """The checks of the segment; "F6 fixes" only when a finding has a fix for *text*."""
    out = Text(end="")
    out.append("Checks", style="bold")
    if findings and any(apply_fix(text, f) is not None for f in findings):
        out.append(" F6 fixes", style="dim")
    if pending:
        out.append(" …", style="dim")
    out.append("\n")
    if not findings:
        if findings is not None:
            out.append("no findings", style="dim green")
        else:
            out.append("—", style="dim")
        return out
    for finding in findings[:MAX_FINDINGS]:
        out.append("● ", style=SEVERITY_STYLE.get(finding.severity, "yellow"))
        out.append_text(literal(finding.message, one_line=True))
        if finding.suggestion:
            out.append(" → ")
            out.append_text(literal(finding.suggestion, "bold", one_line=True))
        out.append("\n")
    if len(findings) > MAX_FINDINGS:
        out.append(f"… {len(findings) - MAX_FINDINGS} more", style="dim")
    out.rstrip()
    return out


def memory_panel(matches: list[Match]) -> Text:
    text = Text(end="")
    text.append("Memory ", style="bold")
    text.append("Alt+M uses the best\n", style="dim")
    if not matches:
        text.append("no matches", style="dim")
        return text
    for match in matches[:3]:
        text.append(f"{match.score:3.0f}% ", style="bold green" if match.exact else "yellow")
        text.append_text(literal(match.target, one_line=True))
        text.append("\n")
    text.rstrip()
    return text
