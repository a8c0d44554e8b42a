"""A virtualised list of segments: one line per segment, only visible lines rendered.

Tens of thousands of rows cost nothing until they scroll into view: the
widget keeps plain row tuples and renders each visible line on demand
(Textual's Line API), so no widget is created per segment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.segment import Segment as RichSegment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workbench.tui.safe_text import flat

MARKS = {"translated": ("✓", "green"), "fuzzy": ("~", "yellow"), "untranslated": ("·", "red")}
DRAFT_MARK = "✎"      # the segment has unconfirmed text (a draft): shown after the status and findings marks


@dataclass(slots=True)
class Row:
    index: int            # segment index in the document
    status: str           # translated | fuzzy | untranslated
    source: str
    translation: str
    findings: int = 0
    draft: bool = False   # unconfirmed text is kept for this segment


RowFilter = Callable[[Row], bool]


class SegmentList(ScrollView, can_focus=True):
    """Segments with status marks, source and translation; a cursor row."""

    DEFAULT_CSS = """
    SegmentList { height: 1fr; background: $surface; }
    SegmentList > .segment-list--cursor { background: $accent 40%; }
    SegmentList:focus > .segment-list--cursor { background: $accent; color: $text; }
    SegmentList > .segment-list--dim { color: $text-muted; }
    """
    COMPONENT_CLASSES = {"segment-list--cursor", "segment-list--dim"}
    BINDINGS = [
        Binding("up,k", "cursor_up", "Up", show=False),
        Binding("down,j", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Edit segment", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        def __init__(self, segment_list: SegmentList, index: int) -> None:
            super().__init__()
            self.segment_list = segment_list
            self.index = index          # segment index in the document

    class Selected(Highlighted):
        pass

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Row] = []
        self.shown: list[int] = []          # positions into rows (after filtering)
        self._position: dict[int, int] = {}   # segment index → position in visible

    # -- data -----------------------------------------------------------------------
    def set_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.set_filter(None)

    def set_filter(self, predicate: RowFilter | None) -> None:
        current = self.current_index
        self.shown = [i for i, row in enumerate(self.rows) if predicate is None or predicate(row)]
        self._position = {self.rows[pos].index: n for n, pos in enumerate(self.shown)}
        self.virtual_size = Size(self.size.width or 80, len(self.shown))
        if current is not None and current in self._position:
            self.cursor = self._position[current]
        else:
            self.cursor = 0
        self.refresh()

    def update_row(self, index: int, *, status: str | None = None, translation: str | None = None,
                   findings: int | None = None, draft: bool | None = None) -> None:
        """Change what row *index* shows (None: unchanged) and repaint that line only."""
        if 0 <= index < len(self.rows):
            row = self.rows[index]
            if status is not None:
                row.status = status
            if translation is not None:
                row.translation = translation
            if findings is not None:
                row.findings = findings
            if draft is not None:
                row.draft = draft
            pos = self._position.get(index)
            if pos is not None:
                self.refresh_line(pos)

    def refresh_line(self, pos: int) -> None:
        y = pos - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    @property
    def current_index(self) -> int | None:
        if not self.shown or not (0 <= self.cursor < len(self.shown)):
            return None
        return self.rows[self.shown[self.cursor]].index

    def move_to(self, index: int) -> bool:
        """Put the cursor on segment *index* if it is visible under the filter."""
        pos = self._position.get(index)
        if pos is None:
            return False
        self.cursor = pos
        return True

    # -- cursor ------------------------------------------------------------------------
    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.shown) - 1)) if self.shown else 0

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh_line(old)
        self.refresh_line(new)
        self.scroll_to_cursor()
        index = self.current_index
        if index is not None:
            self.post_message(self.Highlighted(self, index))

    def scroll_to_cursor(self) -> None:
        height = self.scrollable_content_region.height or 1
        top = self.scroll_offset.y
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + height:
            self.scroll_to(y=self.cursor - height + 1, animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_page_up(self) -> None:
        self.cursor -= max(1, self.scrollable_content_region.height - 1)

    def action_page_down(self) -> None:
        self.cursor += max(1, self.scrollable_content_region.height - 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.shown) - 1

    def action_select(self) -> None:
        index = self.current_index
        if index is not None:
            self.post_message(self.Selected(self, index))

    def on_click(self, event: events.Click) -> None:
        pos = event.y + self.scroll_offset.y
        if 0 <= pos < len(self.shown):
            self.cursor = pos
            if event.chain >= 2:
                self.action_select()

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.shown))

    # -- rendering -----------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        pos = y + self.scroll_offset.y
        base = self.rich_style
        if pos >= len(self.shown):
            return Strip.blank(width, base)
        row = self.rows[self.shown[pos]]
        mark, colour = MARKS.get(row.status, ("?", "white"))
        number = f"{row.index + 1:>5} "
        rest = max(10, width - len(number) - 4)
        src_w = rest // 2
        tr_w = rest - src_w
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(mark, style=colour)
        text.append("!" if row.findings else " ", style="bold magenta")
        text.append(DRAFT_MARK if row.draft else " ", style="bold yellow")
        text.append(number, style="dim")
        src = Text(flat(row.source), no_wrap=True, overflow="ellipsis", end="")
        src.truncate(src_w - 1, overflow="ellipsis", pad=True)
        text.append_text(src)
        text.append("│", style="dim")
        tr = Text(flat(row.translation) or "—", no_wrap=True, overflow="ellipsis", end="")
        if not row.translation:
            tr.stylize("dim")
        tr.truncate(tr_w, overflow="ellipsis", pad=True)
        text.append_text(tr)
        style = base
        if pos == self.cursor:
            style = base + self.get_component_rich_style("segment-list--cursor")
        segments = [RichSegment(s.text, style + s.style if s.style else style) for s in text.render(self.app.console)]
        return Strip(segments).crop_extend(0, width, style)
