"""Writing PO/POT files exactly as GNU gettext writes them.

Why our own parser and writer instead of polib or Babel
-------------------------------------------------------
* **Speed.**  The target is "load + save of a 10k-entry, 5 MB catalogue within
  2x ``msgfmt --statistics``".  polib alone needs ~1.6x for the load and ~3.3x
  for the save, so it cannot meet it.  :func:`parse_po` is an explicit
  line-based state machine (like polib's, and like polib it records 1-based line
  numbers), but it dispatches on the first character of each line, takes a
  fast path for strings without backslashes and joins continuation lines once
  per field.  :func:`format_po` wraps with regular expressions over a
  per-character *line-break class string* (built with ``str.translate``), so
  the per-character work happens in C.
* **Exact GNU output.**  polib and Babel wrap with :mod:`textwrap`, which is not
  what GNU gettext does; Babel's writer also adds ``python-format`` to any
  msgid containing ``%`` which makes ``msgfmt --check`` reject "He's 100%
  right".  We reproduce ``write-po.c`` (gettext 0.21) instead:

  - a string is split into portions after each ``\\n``; if there is more than
    one portion, or the first line would have to be wrapped, the keyword gets an
    empty string (``msgid ""``) and every portion starts a new line;
  - each portion (in its escaped form) is broken with libunistring's
    ``ulc_width_linebreaks``: Unicode line breaking (UAX #14 pair table: after
    spaces, after ``-`` before a letter, after ``/``, after ``–``/``—``, …, but
    never inside an escape sequence, nor before the final ``\\n``, nor inside a
    format directive of a ``c-format`` or ``python-format`` message, ``%%`` and
    ``%(name)s`` included (:mod:`.directives`)) and a greedy
    fill to 79 columns including the quotes, widths counted in *columns* (a
    Cyrillic letter is 1, a CJK ideograph 2, a combining mark 0);
  - ``#:`` references are filled up to 79 columns (UTF-8 bytes, as GNU counts);
  - flags are written in GNU's order: ``fuzzy`` (only when msgstr is not
    empty, as GNU does), format flags, ``range:``, ``wrap``/``no-wrap``;
    flags GNU does not know are kept and written last (``msgcat`` would drop
    them: the one known difference from GNU);
  - obsolete entries are written after the live ones with ``#~ `` / ``#~| ``;
    untranslated obsolete entries are dropped, as ``msgcat`` drops them.

The common case (letters, digits, ASCII and typographic punctuation, all one
column wide) uses the regular-expression fast path; anything else (combining
marks, wide characters, control characters, zero-width spaces) goes through a
straightforward Python port of libunistring's algorithm.  Both are tested
against ``msgcat`` byte for byte.
"""

from __future__ import annotations

from pathlib import Path

from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError

from .directives import inside_directives, message_format
from .linebreak import NOT_SIMPLE, TEXT_FIRST_BREAK, TEXT_LAST_BREAK, escape, greedy, wrap_portion
from .model import Catalogue, Message, canonical_flags, format_metadata

__all__ = ["PAGE_WIDTH", "IncrementalFormatter", "format_message", "format_po", "header_message", "write_po"]

PAGE_WIDTH = 79


_NO_WRAP_WIDTH = 1 << 30


def _emit_string(out: list[str], prefix: str, name: str, value: str, wrap: bool, fmt: str | None = None) -> None:
    """GNU write-po.c wrap(): append the lines of ``name "value"``; *fmt* is the message's
    format ("c", "python"), whose directives are never broken."""
    keep = inside_directives(value, fmt, translated=name.startswith("msgstr")) if wrap and fmt else set()
    nl = value.find("\n")
    if not keep and (nl < 0 or nl == len(value) - 1) and NOT_SIMPLE.search(value) is None:
        # Fast path, the common shape: one portion of simple characters (one
        # column each), wrapped once at column 0 with the text regexes.  It
        # goes on the keyword line when it fits there, or when it has no
        # break opportunity at all (then every wrap attempt leaves it whole).
        after_break = len(prefix) + 1
        width = (PAGE_WIDTH if wrap else _NO_WRAP_WIDTH) - 1 - after_break
        esc = escape(value)
        n = len(esc)
        if len(name) + 1 + n <= width:  # first_startcol + n <= width
            out.append(f'{prefix}{name} "{esc}"')
            return
        end = n if nl < 0 else n - 2
        if n <= width:
            if TEXT_FIRST_BREAK.search(esc, 0, end) is None:
                out.append(f'{prefix}{name} "{esc}"')
            else:
                out.append(f'{prefix}{name} ""')
                out.append(f'{prefix}"{esc}"')
            return
        starts = greedy(esc, end, width, 0, TEXT_LAST_BREAK, TEXT_FIRST_BREAK)
        if not starts:
            out.append(f'{prefix}{name} "{esc}"')
            return
        out.append(f'{prefix}{name} ""')
        prev = 0
        for b in starts:
            out.append(f'{prefix}"{esc[prev:b]}"')
            prev = b
        out.append(f'{prefix}"{esc[prev:]}"')
        return
    if "\0" in value or "\x04" in value:
        # a NUL would end the string for every gettext reader, U+0004 separates msgctxt from msgid
        raise WorkbenchError(f"cannot write {name} {value[:40]!r}: it holds "
                             f"{'a NUL character' if chr(0) in value else 'U+0004'}, which a catalogue cannot store")
    if "\n" in value[:-1]:
        parts = value.split("\n")
        portions = [p + "\n" for p in parts[:-1]]
        if parts[-1]:
            portions.append(parts[-1])
    else:
        portions = [value]
    after_break = len(prefix) + 1
    width = (PAGE_WIDTH if wrap else _NO_WRAP_WIDTH) - 1 - after_break
    first_startcol = len(prefix) + len(name) + 2 - after_break
    offsets = [0]
    for portion in portions[:-1]:
        offsets.append(offsets[-1] + len(portion))
    keeps = [{k - at for k in keep if at <= k < at + len(portion)} if keep else set()
             for at, portion in zip(offsets, portions)]
    if len(portions) == 1:
        esc, starts = wrap_portion(portions[0], width, first_startcol, keeps[0])
        if not starts:
            out.append(f'{prefix}{name} "{esc}"')
            return
    out.append(f'{prefix}{name} ""')
    for portion, kept in zip(portions, keeps):
        esc, starts = wrap_portion(portion, width, 0, kept)
        prev = 0
        for s in starts:
            out.append(f'{prefix}"{esc[prev:s]}"')
            prev = s
        out.append(f'{prefix}"{esc[prev:]}"')


# ---------------------------------------------------------------------------
# Writer
# ---------------------------------------------------------------------------


def _format_refs(out: list[str], refs: list[tuple[str, int | None]]) -> None:
    if len(refs) == 1:  # common case: one reference, always on the "#:" line
        fname, num = refs[0]
        if " " in fname:
            fname = f"\u2068{fname}\u2069"
        out.append(f"#: {fname}" if num is None else f"#: {fname}:{num}")
        return
    line = "#:"
    column = 2
    seen: set[tuple[str, int | None]] = set()
    for ref in refs:
        if ref in seen:  # GNU keeps one of identical references
            continue
        seen.add(ref)
        fname, num = ref
        if " " in fname:
            fname = f"\u2068{fname}\u2069"
        tok = fname if num is None else f"{fname}:{num}"
        ln = len(tok.encode("utf-8")) + 1
        if column > 2 and column + ln > PAGE_WIDTH:
            out.append(line)
            line = "#:"
            column = 2
        line += " " + tok
        column += ln
    out.append(line)


def _bad_comment(comment: str) -> WorkbenchError:
    return WorkbenchError(f"cannot write the comment {comment[:40]!r}: a comment is one line, "
                          "without line breaks or NUL characters")


def format_message(out: list[str], m: Message) -> None:
    for c in m.translator_comments:
        if "\n" in c or "\0" in c:
            raise _bad_comment(c)
        out.append(f"# {c}" if c else "#")
    for c in m.extracted_comments:
        if "\n" in c or "\0" in c:
            raise _bad_comment(c)
        out.append(f"#. {c}" if c else "#.")
    if m.references:
        _format_refs(out, m.references)
    flags = m.flags
    if flags == ["fuzzy"]:  # common case
        if m.first_msgstr:
            out.append("#, fuzzy")
    elif flags:
        if not m.first_msgstr and "fuzzy" in flags:
            flags = [f for f in flags if f != "fuzzy"]
        flags = canonical_flags(flags)
        if flags:
            out.append("#, " + ", ".join(flags))
    wrap = "no-wrap" not in m.flags
    fmt = message_format(m.flags)
    if m.obsolete:
        prev_prefix, prefix = "#~| ", "#~ "
    else:
        prev_prefix, prefix = "#| ", ""
    if m.previous_msgctxt is not None:
        _emit_string(out, prev_prefix, "msgctxt", m.previous_msgctxt, wrap, fmt)
    if m.previous_msgid is not None:
        _emit_string(out, prev_prefix, "msgid", m.previous_msgid, wrap, fmt)
    if m.previous_msgid_plural is not None:
        _emit_string(out, prev_prefix, "msgid_plural", m.previous_msgid_plural, wrap, fmt)
    if m.msgctxt is not None:
        _emit_string(out, prefix, "msgctxt", m.msgctxt, wrap, fmt)
    _emit_string(out, prefix, "msgid", m.msgid, wrap, fmt)
    if m.msgid_plural is not None:
        _emit_string(out, prefix, "msgid_plural", m.msgid_plural, wrap, fmt)
        plural = m.msgstr_plural or {0: ""}
        for k in sorted(plural):
            _emit_string(out, prefix, f"msgstr[{k}]", plural[k], wrap, fmt)
    else:
        _emit_string(out, prefix, "msgstr", m.msgstr, wrap, fmt)


def header_message(catalogue: Catalogue) -> Message:
    """The header entry (``msgid ""``) of *catalogue*, as it is written."""
    return Message("", format_metadata(catalogue.metadata), flags=list(catalogue.header_flags),
                   translator_comments=list(catalogue.header_comments))


def format_po(catalogue: Catalogue) -> str:
    """Serialise exactly as GNU ``msgcat`` would write the same catalogue."""
    out: list[str] = []
    if catalogue.has_header:
        format_message(out, header_message(catalogue))
    obsolete: list[Message] = []
    for m in catalogue.messages:
        if m.obsolete:
            if m.first_msgstr:  # GNU drops untranslated obsolete entries
                obsolete.append(m)
            continue
        if out:
            out.append("")
        format_message(out, m)
    for m in obsolete:
        if out:
            out.append("")
        format_message(out, m)
    if not out:
        return ""
    out.append("")
    return "\n".join(out)


def write_po(catalogue: Catalogue, path: Path | str) -> bool:
    """Write atomically; False (and the file untouched) if the content is unchanged."""
    return atomic_write_text(path, format_po(catalogue))


class IncrementalFormatter:
    """:func:`format_po` that re-formats only the messages changed since the last call.

    A catalogue of 10k messages formats in a few milliseconds after the first
    time, so a save in a worker thread barely holds the GIL and typing never
    waits. The output is byte-identical to :func:`format_po` (tested).
    """

    def __init__(self) -> None:
        self.catalogue: Catalogue | None = None
        self.blocks: dict[int, str] = {}

    def format(self, catalogue: Catalogue, changed: set[int]) -> str:
        """The text of *catalogue*; *changed* holds ``id()`` of the messages edited since the last call."""
        if catalogue is not self.catalogue:
            self.catalogue = catalogue
            self.blocks = {}
        blocks: list[str] = []
        if catalogue.has_header:
            out: list[str] = []
            format_message(out, header_message(catalogue))
            blocks.append("\n".join(out))
        live = [m for m in catalogue.messages if not m.obsolete]
        dead = [m for m in catalogue.messages if m.obsolete and m.first_msgstr]
        cache = self.blocks
        for m in live + dead:
            key = id(m)
            block = None if key in changed else cache.get(key)
            if block is None:
                out = []
                format_message(out, m)
                block = cache[key] = "\n".join(out)
            blocks.append(block)
        if not blocks:
            return ""
        return "\n\n".join(blocks) + "\n"
