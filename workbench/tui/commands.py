"""Command palette: every action of the current screen, plus opening documents."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from rich.text import Text
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from workbench.tui.base import workbench_app
from workbench.tui.safe_text import visible

Command = tuple[str, str, Callable[[], object]]     # (title, help, what it runs)


class WorkbenchCommands(Provider):
    """Lists the current screen's key actions and the project's places."""

    def _key_help(self, binding: Binding) -> str:
        """What the palette says under a key action: its tooltip and the key, as the footer shows it."""
        key = self.app.get_key_display(binding)
        if binding.key_display is None:
            key = self.app.get_key_display(Binding(binding.key.split(",")[0].strip(), binding.action))
        return f"{binding.tooltip} — key: {key}" if binding.tooltip else f"key: {key}"

    def _commands(self) -> list[Command]:
        app = workbench_app(self.screen)
        screen = self.screen
        commands: list[Command] = []
        seen: set[str] = set()
        for binding in type(screen).BINDINGS:
            if not isinstance(binding, Binding) or not binding.description or binding.action in seen:
                continue
            seen.add(binding.action)
            commands.append((binding.description, self._key_help(binding), partial(screen.run_action, binding.action)))
        shown = {title for title, _, _ in commands}
        commands += [c for c in [
            ("Glossary", "open the termbase", app.open_glossary),
            ("Checks", "the names and quality report", app.open_checks),
            ("Compile", "build the editions", app.open_compile),
            ("Concordance", "find a phrase in the memory and every catalogue; replace in translations — F7",
             app.open_concordance),
            ("Re-run checks", "check every translation again", app.run_checks),
            ("Update catalogues", "workbench update: merge the catalogues with changed sources — key: u "
             "in the overview", app.run_update),
        ] if c[0] not in shown]
        session = app.session
        for name, info in session.docs.items():
            for language in session.languages:
                commands.append((f"Open {name} in {language}", info.title, partial(app.open_editor, name, language)))
        return commands

    async def discover(self) -> Hits:
        for title, help_text, command in self._commands():
            yield DiscoveryHit(Text(visible(title, one_line=True)), command, text=title,
                               help=escape(visible(help_text, one_line=True)))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, command in self._commands():
            score = matcher.match(title)
            if score > 0:
                # plain Text: titles may contain brackets that must not be read as markup
                yield Hit(score, Text(visible(title, one_line=True)), command, text=title,
                          help=escape(visible(help_text, one_line=True)))
