"""The Textual front end. ``make_app(project_root)`` (in :mod:`.app`) builds the application.

The app holds a :class:`workbench.session.Session` (plain Python) and never
touches files itself. Screens: overview, editor, glossary, checks, compile;
the command palette (Ctrl+P) lists every action of the current screen, F1
shows the keys.

Editor keys (all work in tmux/xterm; Ctrl+Enter does not, so it is not used):

=================  ==============================================================
Ctrl+S / F2        confirm: save now (atomic, in a worker), clear fuzzy, next untranslated
F3                 save as fuzzy / clear the fuzzy mark
F4                 copy the source into the translation
F5 / F8 / F9       next untranslated / next fuzzy / next segment with findings
Alt+Up / Alt+Down  previous / next segment (also the list: arrows, PgUp/PgDn, mouse)
Alt+1 … Alt+9      insert glossary name N (preferred form, nominative)
Ctrl+N             pick any form of the segment's names, in every grammatical case
Alt+M              use the best translation-memory match
F6 (Alt+F)         apply the first finding's fix (workbench.tui.fixes); shown only while one applies
Ctrl+Z / Alt+U     undo typing / undo the last confirm
Ctrl+F             filter the segment list (source or translation); Esc closes
Ctrl+L             the same segment in the next target language
Ctrl+G             add the selected text to the glossary (new name or variant)
Esc                back (unconfirmed edits are kept as drafts, journalled in .workbench/drafts.json, ✎ in the list)
=================  ==============================================================

Drafts survive a crash: they are written to ``<project>/.workbench/drafts.json``
(atomically, at most once a second, from a worker) and restored when the project
is opened again. A source document changed on disk is re-parsed (the same poll as
the catalogues); ``u`` in the overview runs ``workbench update`` in a worker.
Names in the editor's names panel can be clicked to insert them (like Alt+N).

Every piece of user text is shown through :mod:`workbench.tui.safe_text` — ``rich.text.Text``
objects, never content markup, with control characters as visible placeholders — so
``[Elders]``, ``[/]`` or ``<b>`` appear literally and ``ESC ] 0 ; title BEL`` never reaches the
terminal. Screens reach the app through the typed :class:`workbench.tui.base.WorkbenchAppAPI`.
The theme is kept in ``$XDG_CONFIG_HOME/workbench/ui.toml`` (:mod:`workbench.tui.settings`).
"""
