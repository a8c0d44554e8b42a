"""Command palette: every action of the current screen, plus opening documents."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape


class WorkbenchCommands(Provider):
    """Lists the current screen's key actions and the project's places."""

    def _commands(self) -> list[tuple[str, str, object]]:
        app = self.app
        screen = self.screen
        commands: list[tuple[str, str, object]] = []
        seen: set[str] = set()
        for binding in getattr(screen, "BINDINGS", []):
            description = getattr(binding, "description", "")
            action = getattr(binding, "action", "")
            if not description or action in seen:
                continue
            seen.add(action)
            key = binding.key.split(",")[0]
            tooltip = getattr(binding, "tooltip", "")
            help_text = f"{tooltip} — {key}" if tooltip else f"key {key}"
            commands.append((description, help_text, partial(screen.run_action, action)))
        shown = {title for title, _, _ in commands}
        commands += [c for c in [
            ("Glossary", "open the termbase", app.open_glossary),
            ("Checks", "name-consistency report", app.open_checks),
            ("Compile", "build the editions", app.open_compile),
            ("Concordance", "find a phrase in the memory and every catalogue; replace in translations — F7 in "
             "the editor", app.open_concordance),
            ("Re-run checks", "check every translation again", app.run_checks),
            ("Update catalogues", "workbench update: merge the catalogues with changed sources — key u "
             "in the overview", app.run_update),
        ] if c[0] not in shown]
        session = app.session
        for name, info in session.docs.items():
            for language in session.languages:
                title = info.title
                commands.append((f"Open {name} in {language}", title, partial(app.open_editor, name, language)))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            yield DiscoveryHit(Text(title), command, text=title, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                # plain Text: titles may contain brackets that must not be read as markup
                yield Hit(score, Text(title), command, text=title, help=escape(help_text))
