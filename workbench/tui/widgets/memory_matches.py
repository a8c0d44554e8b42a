"""The editor's memory panel: each match with what differs from the current source.

Under every fuzzy match its stored source is shown word by word against the segment being
translated: words the stored sentence has and the current one does not are struck through
in red, words the current one has instead follow in green — the translator sees at once
what to change in the offered translation. A name-aware match shows its replaced names in
bold magenta (Кызылорду) and the stored form it replaced. All text goes in as data.
"""

from __future__ import annotations

import difflib
import re

from rich.text import Text

from workbench.memory import Match
from workbench.tui.widgets.panels import literal

_TOKEN = re.compile(r"\w+|[^\w\s]+|\s+")
SHOWN = 3


def source_diff(stored: str, current: str) -> Text:
    """*stored* with the differences to *current* marked (deleted: red struck; inserted: green)."""
    old, new = _TOKEN.findall(stored), _TOKEN.findall(current)
    text = Text(end="")
    for op, a1, a2, b1, b2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            text.append_text(literal("".join(old[a1:a2]), "dim"))
            continue
        if a2 > a1:
            text.append_text(literal("".join(old[a1:a2]), "strike red"))
        if b2 > b1:
            text.append_text(literal("".join(new[b1:b2]), "bold green"))
    return text


def adapted_target(match: Match) -> Text:
    """The offered translation with the names and numbers the memory replaced highlighted."""
    text = literal(match.target)
    at = 0
    for replacement in match.replacements:
        found = match.target.find(replacement.new, at)
        if found >= 0:
            text.stylize("bold magenta", found, found + len(replacement.new))
            at = found + len(replacement.new)
    return text


def memory_matches_panel(matches: list[Match], source: str, notice: str = "") -> Text:
    text = Text(end="")
    text.append("Memory ", style="bold")
    text.append("(Alt+M uses best)", style="dim")
    if notice:
        text.append(f" — {notice}", style="yellow" if "unreachable" in notice else "dim")
    text.append("\n")
    if not matches:
        text.append("no matches", style="dim")
        return text
    for match in matches[:SHOWN]:
        style = "bold green" if match.exact else "bold magenta" if match.adapted else "yellow"
        text.append(f"{match.score:3.0f}% ", style=style)
        text.append_text(adapted_target(match) if match.adapted else literal(match.target))
        text.append("\n")
        if match.adapted:
            changes = ", ".join(f"{r.old} → {r.new}" for r in match.replacements)
            text.append("     names: ", style="dim")
            text.append_text(literal(changes, "magenta"))
            text.append("\n")
        elif not match.exact:
            text.append("     ")
            text.append_text(source_diff(match.source, source))
            text.append("\n")
    text.rstrip()
    return text
