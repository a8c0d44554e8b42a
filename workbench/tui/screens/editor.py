"""The editor: one document in one target language."""

from __future__ import annotations

import time
from collections.abc import Callable

from babel import Locale, UnknownLocaleError
from rich.console import RenderableType
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widgets import Footer, Header, Input, Static, TextArea
from textual.worker import get_current_worker

from workbench.checks import Finding
from workbench.gettext import message_status
from workbench.memory import Match
from workbench.session import FUZZY, TRANSLATED, UNTRANSLATED, MessageState, NameHit, Progress
from workbench.session.records import short
from workbench.text.documents import Document, Segment
from workbench.tui.base import WorkbenchScreen
from workbench.tui.fixes import changed_span, first_fix
from workbench.tui.messages import DocumentFindings, MemoryMatches, SegmentChecked
from workbench.tui.safe_text import has_controls, visible
from workbench.tui.widgets.memory_matches import memory_matches_panel
from workbench.tui.widgets.panels import (
    NAME_META,
    findings_panel,
    highlighted_source,
    literal,
    memory_panel,
    names_panel,
    referents_in,
)
from workbench.tui.widgets.safe_input import SafeInput
from workbench.tui.widgets.segment_list import Row, SegmentList
from workbench.tui.widgets.translation_area import TranslationArea
from workbench.util.errors import WorkbenchError

CHECK_DELAY = 0.15  # seconds of typing pause before the live checks run


def _location(text: str, offset: int) -> tuple[int, int]:
    """(row, column) of a character offset, for TextArea edits."""
    before = text[:offset]
    row = before.count("\n")
    return row, offset - (before.rfind("\n") + 1)


def language_name(code: str) -> str:
    """"Russian (ru)" for "ru": the translation box says which language is being written."""
    try:
        name = Locale.parse(code).get_display_name("en")
    except (ValueError, UnknownLocaleError):
        name = None
    return f"{name} ({code})" if name else code


def update_panel(panel: Static, content: RenderableType) -> None:
    """``Static.update`` that asks for a layout pass only if the panel's height changes.

    The panels are ``height: auto``; a layout of the whole editor costs a few milliseconds
    on every segment move, and most moves keep every panel's line count.
    """
    width = panel.content_size.width
    if not width or not panel.is_mounted:
        panel.update(content)
        return
    before = panel.get_content_height(panel.size, panel.app.size, width)
    panel.update(content, layout=False)
    if panel.get_content_height(panel.size, panel.app.size, width) != before:
        panel.refresh(layout=True)


class EditorScreen(WorkbenchScreen):
    """Segment list, source with context, translation, names, checks and memory."""

    BINDINGS = [
        Binding("ctrl+s", "confirm", "Confirm", key_display="^s/F2",
                tooltip="save the translation now, clear fuzzy, go to the next untranslated segment", priority=True),
        Binding("f2", "confirm", "Confirm", show=False, priority=True),
        # in the footer only while a finding has a fix for the text (check_action)
        Binding("f6,alt+f", "apply_fix", "Fix", priority=True,
                tooltip="apply the first check finding's fix (replace the flagged text with the suggestion)"),
        Binding("alt+enter", "confirm", "Confirm", show=False, priority=True),
        Binding("ctrl+n", "pick_name", "Names", tooltip="choose a glossary form to insert", priority=True),
        Binding("f3", "toggle_fuzzy", "Fuzzy",
                tooltip="save the translation marked fuzzy (or clear the mark)", priority=True),
        Binding("f5", "next_untranslated", "Next untr.",
                tooltip="jump to the next untranslated segment", priority=True),
        Binding("ctrl+l", "switch_language", "Language",
                tooltip="the same segment in the next target language", priority=True),
        Binding("ctrl+f", "filter", "Filter",
                tooltip="show only segments whose source or translation contains a text", priority=True),
        Binding("ctrl+g", "add_to_glossary", "To glossary",
                tooltip="add the selected text to the glossary (new name or variant)", priority=True),
        Binding("f4", "copy_source", "Copy src", tooltip="replace the translation with the source text", priority=True),
        Binding("f8", "next_fuzzy", "Next fuzzy", tooltip="jump to the next fuzzy segment", priority=True),
        Binding("f9", "next_finding", "Next issue",
                tooltip="jump to the next segment with check findings", priority=True),
        Binding("ctrl+z", "undo", "Undo", tooltip="undo the last edit in the translation"),
        Binding("escape", "back", "Back", tooltip="back to the previous screen"),
        Binding("alt+u", "undo_confirm", "Undo confirm", show=False, priority=True,
                tooltip="restore the segment as it was before the last confirm"),
        Binding("alt+m", "use_memory", "Use memory", show=False, priority=True,
                tooltip="put the best translation-memory match in the editor"),
        Binding("f7", "concordance", "Concordance", show=False, priority=True,
                tooltip="find the selected text (or any phrase) in the memory and every catalogue; replace"),
        Binding("alt+up", "previous_segment", "Previous segment", show=False, priority=True),
        Binding("alt+down", "next_segment", "Next segment", show=False, priority=True),
        *[Binding(f"alt+{n}", f"insert_name({n})", f"Insert glossary name {n}", show=False, priority=True)
          for n in range(1, 10)],
    ]

    def __init__(self, doc_name: str, language: str, index: int | None = None) -> None:
        super().__init__()
        self.doc_name = doc_name
        self.language = language
        self.current: int | None = None
        self._start = index
        self._loaded_text = ""
        self._hits: list[NameHit] = []
        self._matches: list[Match] = []
        self._check_timer: Timer | None = None
        self._segment_findings: dict[int, list[Finding]] = {}
        self._undo: list[tuple[int, MessageState]] = []   # (segment, message) before each confirm
        self._msgid_rows: dict[str, list[int]] = {}
        self._filling = False
        self._counts: Progress | None = None   # progress figures, recomputed after a status change only
        self._shown_edited = False
        self._live_findings: list[Finding] = []
        self._fix_available = False      # a live finding has a fix for the text (F6 in the footer)
        self._confirmed_any = False
        self._doc: Document | None = None   # the document shown: replaced only in refresh_data (source changed)

    # -- shortcuts -------------------------------------------------------------------------
    @property
    def document(self) -> Document:
        if self._doc is None:
            self._doc = self.session.document(self.doc_name)
        return self._doc

    @property
    def segments(self) -> list[Segment]:
        return self.document.segments

    # -- layout ---------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="list-pane"):
            yield SafeInput(placeholder="filter: text in source or translation (Esc closes)", id="filter")
            yield SegmentList(id="segments")
        with Horizontal(id="work"):
            with Vertical(id="main"):
                yield Static(id="prev", classes="neighbour")
                yield Static(id="context")
                yield Static(id="next", classes="neighbour")
                area = TranslationArea(id="translation", soft_wrap=True, tab_behavior="focus", show_line_numbers=False)
                area.cursor_blink = self.workbench.cursor_blink
                area.border_title = language_name(self.language)
                area.name_form = self.name_form
                yield area
                yield Static(id="status")
            with VerticalScroll(id="side", can_focus=False):
                yield Static(id="names")
                yield Static(id="findings")
                yield Static(id="memory")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#filter", Input).display = False
        self._set_titles()
        self._build_rows()
        start = self._start
        if start is None:
            start = self._next_with(lambda i: self._status(i) != TRANSLATED, -1)
        self.go_to(start if start is not None else 0)
        self.query_one("#translation", TextArea).focus()
        # background passes start once the editor is on the terminal
        self.call_after_refresh(self._fill_findings)

    def _set_titles(self) -> None:
        # the language first: a long title is cut at the end, never the language
        self.title = visible(f"{self.language} · {self.document.title or self.doc_name}", one_line=True)
        self.sub_title = visible(self.document.relpath, one_line=True)

    def _status(self, index: int) -> str:
        return self.session.status(self.doc_name, self.language, self.segments[index].msgid)

    def _next_with_status(self, status: str) -> int | None:
        """The next segment after the current one (wrapping) whose list row has *status*.

        One pass over the row list, no query or catalogue lookup per segment: a confirm at the
        end of a long run of translated segments stays cheap.
        """
        rows = self.query_one(SegmentList).rows
        n = len(rows)
        if n != len(self.segments):
            return self._next_with(lambda i: self._status(i) == status)
        origin = -1 if self.current is None else self.current
        for i in range(origin + 1, n):
            if rows[i].status == status:
                return i
        for i in range(min(origin + 1, n)):
            if rows[i].status == status:
                return i
        return None

    def _build_rows(self) -> None:
        rows: list[Row] = []
        self._msgid_rows = {}
        catalogue = self.session.catalogue(self.doc_name, self.language)
        drafted = {d.msgid for d in self.session.drafts()
                   if d.document == self.doc_name and d.language == self.language}
        counts = Progress()
        for segment in self.segments:
            message = catalogue.get(segment.msgid)
            status = message_status(message)
            text = message.msgstr if message is not None and status != UNTRANSLATED else ""
            setattr(counts, status, getattr(counts, status) + 1)
            rows.append(Row(segment.index, status, segment.source, text,
                            len(self._segment_findings.get(segment.index, ())), segment.msgid in drafted))
            self._msgid_rows.setdefault(segment.msgid, []).append(segment.index)
        self._counts = counts
        self.query_one(SegmentList).set_rows(rows)

    def _set_rows_status(self, index: int, status: str, translation: str) -> None:
        """Segment *index* (and its repeats) now has *status*: update those rows and the counts only."""
        seg_list = self.query_one(SegmentList)
        rows = seg_list.rows
        counts = self._counts
        for other in self._msgid_rows.get(self.segments[index].msgid, [index]):
            if counts is not None and other < len(rows):
                old = rows[other].status
                if old != status:
                    setattr(counts, old, getattr(counts, old) - 1)
                    setattr(counts, status, getattr(counts, status) + 1)
            seg_list.update_row(other, status=status, translation=translation)

    def refresh_data(self, findings_only: bool = False) -> None:
        """The catalogue or glossary may have changed on disk: show what is there now."""
        if findings_only:
            return
        if self.session.document(self.doc_name) is not self._doc:
            self._reload_document()
            return
        seg_list = self.query_one(SegmentList)
        for row in seg_list.rows:
            segment = self.segments[row.index]
            row.status = self._status(row.index)
            row.translation = self.session.translation(self.doc_name, self.language, segment.msgid)
            row.draft = self.session.draft(self.doc_name, self.language, segment.msgid) is not None
        seg_list.refresh()
        self._counts = None
        if self.current is not None:
            area = self.query_one("#translation", TextArea)
            msgid = self.segments[self.current].msgid
            saved = self.session.translation(self.doc_name, self.language, msgid)
            if saved != self._loaded_text:
                if area.text == self._loaded_text:
                    # not typing here: show what is saved now, under a draft if a conflict left one
                    self._load_translation(saved, self.session.draft(self.doc_name, self.language, msgid))
                else:
                    # keep the typing ("edited" is now against the new text), but say so: a confirm
                    # from here replaces a version someone else wrote while this one was typed
                    self._loaded_text = saved
                    self.notify(f"segment {self.current + 1} changed on disk while you were editing it; "
                                f"theirs: {short(saved, 160)!r}. Your text is kept: Ctrl+S "
                                "replaces theirs, Ctrl+Z undoes your typing",
                                title="Edited elsewhere too", severity="warning", timeout=30)
            self._show_segment(self.current, reload_text=False)
        self._fill_findings()

    def _reload_document(self) -> None:
        """The source was re-parsed: rebuild the list and stay on the same segment if it still exists."""
        old_msgid = self.segments[self.current].msgid if self.current is not None and self.segments else None
        old_index = self.current or 0
        self.keep_draft()
        self._doc = self.session.document(self.doc_name)
        self._undo.clear()                 # indices of the old document
        self._segment_findings = {}
        self._counts = None
        self._set_titles()
        self._build_rows()
        index = next((s.index for s in self.segments if s.msgid == old_msgid), None)
        if index is None:
            index = min(old_index, max(len(self.segments) - 1, 0))
        self.current = None
        self.go_to(index)
        self._fill_findings()

    def drafts_restored(self) -> None:
        """Drafts from a crashed run were restored: mark them in the list, and show the current
        segment's unless typing here."""
        if self.current is None or not self.segments:
            return
        seg_list = self.query_one(SegmentList)
        for row in seg_list.rows:
            row.draft = self.session.draft(self.doc_name, self.language, self.segments[row.index].msgid) is not None
        seg_list.refresh()
        area = self.query_one("#translation", TextArea)
        draft = self.session.draft(self.doc_name, self.language, self.segments[self.current].msgid)
        if draft is not None and area.text == self._loaded_text:
            self._load_translation(self._loaded_text, draft)
            self._update_status()

    # -- showing a segment ------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.segments:
            self._show_empty()
            return
        index = max(0, min(index, len(self.segments) - 1))
        seg_list = self.query_one(SegmentList)
        if not seg_list.move_to(index):
            self._close_filter(clear=True)
            seg_list.move_to(index)
        if self.current != index:
            self._show_segment(index)

    def _show_empty(self) -> None:
        self.query_one("#context", Static).update(Text("This document has no segments.", style="dim"))

    def on_segment_list_highlighted(self, message: SegmentList.Highlighted) -> None:
        if message.index != self.current:
            self._show_segment(message.index)

    def on_segment_list_selected(self, message: SegmentList.Selected) -> None:
        self.query_one("#translation", TextArea).focus()

    def keep_draft(self) -> None:
        """Hand the text being edited to the session's drafts (journalled against crashes)."""
        if self.current is None or self.current >= len(self.segments):
            return
        area = self.query_one("#translation", TextArea)
        msgid = self.segments[self.current].msgid
        drafted = area.text != self._loaded_text
        if drafted:
            self.session.set_draft(self.doc_name, self.language, msgid, area.text)
        else:
            self.session.discard_draft(self.doc_name, self.language, msgid)
        self._mark_draft(self.current, drafted)

    def _mark_draft(self, index: int, drafted: bool) -> None:
        """The list's draft mark of segment *index* and its repeats (same msgid): one line repainted."""
        seg_list = self.query_one(SegmentList)
        rows = seg_list.rows
        if index >= len(rows) or rows[index].draft == drafted:
            return
        for other in self._msgid_rows.get(self.segments[index].msgid, [index]):
            seg_list.update_row(other, draft=drafted)

    def _show_segment(self, index: int, reload_text: bool = True) -> None:
        if reload_text:
            self.keep_draft()
        self.current = index
        segment = self.segments[index]
        self._hits = self.session.find_names(segment.source)
        self.query_one("#translation", TranslationArea).names_available = len(referents_in(self._hits))
        context = Text(end="")
        context.append(f"{index + 1}/{len(self.segments)}", style="bold reverse")
        context.append(" ")
        context.append_text(highlighted_source(segment.source, self._hits))
        update_panel(self.query_one("#context", Static), context)
        prev = self.segments[index - 1].source.replace("\n", " ") if index > 0 else ""
        following = self.segments[index + 1].source.replace("\n", " ") if index + 1 < len(self.segments) else ""
        # one-line panels (fixed height): a repaint, no layout pass
        self.query_one("#prev", Static).update(literal("↑ " + prev if prev else "", "dim"), layout=False)
        self.query_one("#next", Static).update(literal("↓ " + following if following else "", "dim"), layout=False)
        update_panel(self.query_one("#names", Static), names_panel(self._hits, self.language))
        if reload_text:
            saved = self.session.translation(self.doc_name, self.language, segment.msgid)
            draft = self.session.draft(self.doc_name, self.language, segment.msgid)
            self._load_translation(saved, draft)
        status = self._status(index)
        self._matches = []
        if status == TRANSLATED:
            update_panel(self.query_one("#memory", Static), memory_panel([]))
        else:
            self._memory_worker(index, segment.msgid)
        self._update_status()
        self._schedule_check(immediate=True)

    def _load_translation(self, saved: str, draft: str | None = None) -> None:
        area = self.query_one("#translation", TextArea)
        self._loaded_text = saved
        self._filling = True
        area.load_text(draft if draft is not None else saved)
        area.move_cursor(area.document.end)
        self._filling = False

    def _update_status(self, note: str = "", recount: bool = False) -> None:
        if self.current is None:
            return
        if recount:
            self._counts = None
        status = self._status(self.current)
        area = self.query_one("#translation", TextArea)
        text = Text(end="")
        style = {"translated": "green", "fuzzy": "yellow", "untranslated": "red"}[status]
        text.append(f" {status} ", style=f"bold reverse {style}")
        self._shown_edited = area.text != self._loaded_text
        if self._shown_edited:
            text.append(" edited — Ctrl+S/F2 confirms ", style="bold yellow")
        if has_controls(area.text):
            text.append(" control characters shown as ␛… ", style="bold magenta")
        repeats = len(self._msgid_rows.get(self.segments[self.current].msgid, ()))
        if repeats > 1:
            text.append(f" ×{repeats} in this document ", style="cyan")
        counts = self._counts
        if counts is None:
            counts = self._counts = self.session.progress(self.doc_name, self.language)
        text.append(f" {counts.translated}/{counts.total} done, {counts.fuzzy} fuzzy ", style="dim")
        if note:
            text.append(" ")
            text.append_text(literal(note, "italic"))
        self.query_one("#status", Static).update(text, layout=False)    # one line: no layout pass

    @work(thread=True, exclusive=True, group="memory", exit_on_error=False)
    def _memory_worker(self, index: int, msgid: str) -> None:
        self.post_message(MemoryMatches(index, self.session.suggestions(self.language, msgid)))

    def on_memory_matches(self, message: MemoryMatches) -> None:
        error = self.session.take_memory_error()
        if error:
            self.notify(error, title="Memory", severity="warning", timeout=10, markup=False)
        if message.index == self.current:
            self._matches = message.matches
            panel = self.query_one("#memory", Static)
            panel.styles.max_height = 10          # a match and what differs: two lines each
            update_panel(panel, memory_matches_panel(message.matches, self.segments[message.index].source,
                                                     self.session.memory_notice))

    # -- live checks -----------------------------------------------------------------------------
    @on(TextArea.Changed, "#translation")
    def _translation_changed(self, event: TextArea.Changed) -> None:
        if self._filling:
            return
        self._schedule_check()
        self.keep_draft()       # a dict update; the journal is written by a worker (WorkbenchApp.drafts_worker)
        edited = event.text_area.text != self._loaded_text
        if edited != self._shown_edited:
            self._update_status()

    def _schedule_check(self, immediate: bool = False) -> None:
        if self._check_timer is not None:
            self._check_timer.stop()
        if immediate:
            self._start_check()
        else:
            self._check_timer = self.set_timer(CHECK_DELAY, self._start_check)

    def _start_check(self) -> None:
        if self.current is None:
            return
        text = self.query_one("#translation", TextArea).text
        update_panel(self.query_one("#findings", Static),
                     findings_panel(self._segment_findings.get(self.current), text, pending=True))
        self._check_worker(self.current, text)

    @work(thread=True, exclusive=True, group="live-check", exit_on_error=False)
    def _check_worker(self, index: int, text: str) -> None:
        self._run_check(index, text)

    @work(thread=True, group="saved-check", exit_on_error=False)
    def _saved_check_worker(self, index: int, text: str) -> None:
        """The text just confirmed on a segment the editor has left: for that row's mark."""
        self._run_check(index, text)

    def _run_check(self, index: int, text: str) -> None:
        worker = get_current_worker()
        findings = self.session.check_segment(self.doc_name, self.language, self.segments[index], text,
                                              source_findings=True)
        if not worker.is_cancelled:
            self.post_message(SegmentChecked(index, text, findings))

    def on_segment_checked(self, message: SegmentChecked) -> None:
        self.workbench.report_check_error()
        if message.index != self.current:
            # a segment confirmed and left: its list mark follows the saved text
            rows = self.query_one(SegmentList).rows
            if message.index < len(rows) and rows[message.index].translation == message.text:
                self._set_findings(message.index, message.findings)
            return
        if message.text != self.query_one("#translation", TextArea).text:
            return
        self._live_findings = message.findings
        update_panel(self.query_one("#findings", Static), findings_panel(message.findings, message.text))
        fixable = first_fix(message.text, message.findings) is not None
        if fixable != self._fix_available:
            self._fix_available = fixable
            self.refresh_bindings()       # F6 appears in the footer only while there is a fix
        if message.text == self._loaded_text:
            self._set_findings(message.index, message.findings)

    def _set_findings(self, index: int, findings: list[Finding]) -> None:
        before = len(self._segment_findings.get(index, ()))
        self._segment_findings[index] = findings
        if len(findings) != before:
            self.query_one(SegmentList).update_row(index, findings=len(findings))

    @work(thread=True, exclusive=True, group="doc-check", exit_on_error=False)
    def _fill_findings(self) -> None:
        worker = get_current_worker()
        self.session.warm(self.doc_name, self.language)   # the first save then formats only one message
        catalogue = self.session.catalogue(self.doc_name, self.language)
        result: dict[int, list[Finding]] = {}
        for segment in self.segments:
            if worker.is_cancelled:
                return
            if segment.index % 200 == 199:
                time.sleep(0.002)      # let the UI thread have the GIL
            message = catalogue.get(segment.msgid)
            if message is not None and message.msgstr:
                found = self.session.check_segment(self.doc_name, self.language, segment, message.msgstr)
                if found:
                    result[segment.index] = found
        if not worker.is_cancelled:
            self.post_message(DocumentFindings(result))

    def on_document_findings(self, message: DocumentFindings) -> None:
        result = self._segment_findings = message.findings
        seg_list = self.query_one(SegmentList)
        for row in seg_list.rows:
            row.findings = len(result.get(row.index, ()))
        seg_list.refresh()

    # -- actions --------------------------------------------------------------------------------
    def action_confirm(self) -> None:
        if self.current is None:
            return
        # the screen moves on at once: only the changed rows, the counts and the new segment's
        # panels are updated here; the confirmed text is checked in a worker (its list mark)
        index = self.current
        saved = self._save_current(fuzzy=False, moving=True)
        self.action_next_untranslated(quiet=True)
        if saved and self.current == index:
            # nowhere to move (the last segment, or the only untranslated one): refresh it in place
            self._update_status()
            self._schedule_check(immediate=True)

    def _save_current(self, *, fuzzy: bool, moving: bool = False) -> bool:
        index = self.current
        assert index is not None
        segment = self.segments[index]
        text = self.query_one("#translation", TextArea).text
        # the whole message (text, fuzzy, the "#|" previous msgid a confirm clears): undo restores it
        before = self.session.message_state(self.doc_name, self.language, segment.msgid)
        try:
            self.session.set_translation(self.doc_name, self.language, segment.msgid, text, fuzzy=fuzzy)
        except WorkbenchError as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False)
            return False
        if before is not None:
            self._undo.append((index, before))
        self._confirmed_any = True
        self._loaded_text = text
        self.workbench.save_worker()
        self._set_rows_status(index, self._status(index), text)
        self._mark_draft(index, False)
        if moving:
            self._saved_check_worker(index, text)
        else:
            self._update_status()
            self._schedule_check(immediate=True)
        return True

    def _next_with(self, predicate: Callable[[int], bool], start: int | None = None) -> int | None:
        n = len(self.segments)
        if not n:
            return None
        origin = self.current if start is None else start
        origin = -1 if origin is None else origin
        for step in range(1, n + 1):
            i = (origin + step) % n
            if predicate(i):
                return i
        return None

    def action_next_untranslated(self, quiet: bool = False) -> None:
        target = self._next_with_status(UNTRANSLATED)
        if target is None:
            target = self._next_with_status(FUZZY)
        if target is None:
            if not quiet:
                self.notify("Everything in this document is translated", timeout=3)
            elif self.current is not None and self.current + 1 < len(self.segments):
                self.go_to(self.current + 1)
            return
        self.go_to(target)

    def action_next_fuzzy(self) -> None:
        target = self._next_with_status(FUZZY)
        if target is None:
            self.notify("No fuzzy segments", timeout=3)
        else:
            self.go_to(target)

    def action_next_finding(self) -> None:
        target = self._next_with(lambda i: bool(self._segment_findings.get(i)))
        if target is None:
            self.notify("No findings in this document", timeout=3)
        else:
            self.go_to(target)

    def action_previous_segment(self) -> None:
        seg_list = self.query_one(SegmentList)
        seg_list.action_cursor_up()

    def action_next_segment(self) -> None:
        self.query_one(SegmentList).action_cursor_down()

    def action_toggle_fuzzy(self) -> None:
        if self.current is None:
            return
        area = self.query_one("#translation", TextArea)
        if not area.text:
            self.notify("Nothing to mark: the translation is empty", severity="warning", timeout=3)
            return
        fuzzy = self._status(self.current) != FUZZY or area.text != self._loaded_text
        if self._save_current(fuzzy=fuzzy):
            self._update_status("marked fuzzy" if fuzzy else "fuzzy cleared")

    def action_copy_source(self) -> None:
        if self.current is None:
            return
        area = self.query_one("#translation", TextArea)
        area.replace(self.segments[self.current].source, area.document.start, area.document.end)
        area.focus()

    def action_undo(self) -> None:
        area = self.query_one("#translation", TextArea)
        area.undo()

    def action_undo_confirm(self) -> None:
        if not self._undo:
            self.notify("Nothing to undo", timeout=2)
            return
        index, state = self._undo.pop()
        segment = self.segments[index]
        try:
            self.session.restore_message(self.doc_name, self.language, segment.msgid, state)
        except WorkbenchError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.workbench.save_worker()
        self._set_rows_status(index, self._status(index), state.msgstr)
        self.current = None
        self.go_to(index)
        self.notify(f"Segment {index + 1} restored", timeout=2)

    def action_use_memory(self) -> None:
        if not self._matches:
            self.notify("No translation memory match for this segment", timeout=2)
            return
        area = self.query_one("#translation", TextArea)
        area.replace(self._matches[0].target, area.document.start, area.document.end)
        area.focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """F6 is offered (in the footer, and as a key) only while a finding has a fix."""
        if action == "apply_fix":
            return self._fix_available
        return True

    def action_concordance(self) -> None:
        area = self.query_one("#translation", TextArea)
        self.workbench.open_concordance(area.selected_text.strip() or (self.get_selected_text() or "").strip(),
                                  self.language)

    def action_apply_fix(self) -> None:
        area = self.query_one("#translation", TextArea)
        text = area.text
        found = first_fix(text, self._live_findings)
        if found is None:
            self.notify("No finding has a fix for this text", timeout=2)
            return
        _finding, fixed = found
        start, end, replacement = changed_span(text, fixed)
        area.replace(replacement, _location(text, start), _location(text, end))    # one undo step
        area.focus()

    def name_form(self, n: int) -> str | None:
        """The form Alt+N inserts (glossary name N of the segment, preferred form), or None with a notice."""
        referents = referents_in(self._hits)
        if not 1 <= n <= len(referents):
            self.notify(f"No glossary name {n} in this segment", timeout=2)
            return None
        forms = referents[n - 1].valid_forms(self.language)
        if not forms:
            self.notify(f"The glossary has no {self.language} form for this name", severity="warning", timeout=3)
            return None
        form: str = forms[0]
        return form

    def action_insert_name(self, n: int) -> None:
        form = self.name_form(n)
        if form:
            area = self.query_one("#translation", TranslationArea)
            # Through the area's own queue, so that keys typed before Alt+N
            # and not yet handled land before the name, and later keys after it.
            area.post_message(TranslationArea.InsertText(form))
            area.focus()

    def on_click(self, event: events.Click) -> None:
        """A click on an entry of the names panel inserts that name (like Alt+N)."""
        widget = event.widget
        if widget is None or widget.id != "names":
            return
        number = event.style.meta.get(NAME_META) if event.style else None
        if isinstance(number, int):
            event.stop()
            self.action_insert_name(number)

    def action_pick_name(self) -> None:
        from workbench.tui.dialogs.pick_name import PickNameDialog

        referents = referents_in(self._hits)
        if not referents:
            self.notify("No glossary names in this segment", timeout=2)
            return
        choices = []
        for referent in referents:
            name = referent.cell("en") or referent.cell("id")
            for case, form in self.session.case_forms(referent, self.language):
                choices.append((f"{name}, {case}", form))
        if not choices:
            self.notify(f"The glossary has no {self.language} forms for these names", severity="warning")
            return
        self.app.push_screen(PickNameDialog(choices), self._insert_picked)

    def _insert_picked(self, form: str | None) -> None:
        area = self.query_one("#translation", TextArea)
        if form:
            area.insert(form)
        area.focus()

    def action_switch_language(self) -> None:
        languages = self.session.languages
        if len(languages) < 2:
            return
        self.keep_draft()
        language = languages[(languages.index(self.language) + 1) % len(languages)]
        index = self.current
        self.workbench.pop_screen()
        self.workbench.open_editor(self.doc_name, language, index)

    def action_back(self) -> None:
        if self.query_one("#filter", Input).has_focus:
            self._close_filter(clear=False)
            return
        self.keep_draft()
        if self._confirmed_any:
            self.workbench.run_checks()     # the report and the overview's counts follow the new translations
        self.workbench.pop_screen()

    def action_add_to_glossary(self) -> None:
        from workbench.tui.dialogs.add_name import AddNameDialog

        area = self.query_one("#translation", TextArea)
        selected = area.selected_text.strip()
        column_language = self.language
        # the source's names the glossary lacks: the English of a form selected in the translation, or,
        # with nothing selected, the name to add
        unknown = [] if self.current is None else self.session.unknown_names(self.doc_name,
                                                                             self.segments[self.current])
        if not selected:
            selected = (self.get_selected_text() or "").strip() or (unknown[0] if unknown else "")
            column_language = "en"
        if not selected:
            self.notify("Select a name first (in the translation, or with the mouse in the source)",
                        severity="warning", timeout=4)
            return
        self.app.push_screen(AddNameDialog(selected, column_language, unknown), self._after_add_name)

    def _after_add_name(self, result: bool | None) -> None:
        if result:
            self.workbench.glossary_changed()

    # -- filter --------------------------------------------------------------------------------
    def action_filter(self) -> None:
        box = self.query_one("#filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        needle = event.value.casefold().strip()
        seg_list = self.query_one(SegmentList)
        if not needle:
            seg_list.set_filter(None)
        else:
            seg_list.set_filter(lambda row: needle in row.source.casefold() or needle in row.translation.casefold())
        index = seg_list.current_index
        if index is not None and index != self.current:
            self._show_segment(index)

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.query_one(SegmentList).focus()

    def _close_filter(self, clear: bool) -> None:
        box = self.query_one("#filter", Input)
        if clear and box.value:
            box.value = ""
            self.query_one(SegmentList).set_filter(None)
        if not box.value:
            box.display = False
        self.query_one("#translation", TextArea).focus()
