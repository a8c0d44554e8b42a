"""Merging catalogues changed on two git branches, message by message (the git merge driver).

git merges PO files line by line, so two translators who touch neighbouring messages, or
an ``update`` on one branch and translations on the other, end in conflict markers inside
the catalogue, which no gettext tool can read. ``workbench merge-po %O %A %B`` merges the
three versions the way the terminal UI merges an outside edit:

* for each message (its msgctxt and msgid), a change made on one side only is taken; the
  same change on both sides is taken once;
* a message translated differently on both sides keeps *our* translation (the branch being
  merged into), marked fuzzy, with *theirs* in a translator comment
  (``# merge-po: other version: "…"``) — both are in the file, neither is lost, and the
  fuzzy flag sends a translator to choose;
* a message one side removed (made obsolete by ``update``) and the other translated stays,
  obsolete, with the translation; a message only one side has is kept, in that side's place;
* header fields follow the same rule (dates: the later one), translator comments are joined.

The result is written as GNU gettext writes it (``msgcat`` changes no byte), so the merged
file never holds a conflict marker. :func:`setup_merge_driver` registers the driver for
``*.po`` and ``*.pot`` in ``.gitattributes`` and the repository's git config.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from workbench.gettext import Catalogue, Message
from workbench.services.merge import _ordered
from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError
from workbench.util.files import read_input

__all__ = ["ATTRIBUTES", "CONFLICT_COMMENT", "DRIVER", "MergeResult", "merge_catalogues", "setup_merge_driver"]

#: The git config name of the driver and the command git runs.
DRIVER = "workbench-po"
COMMAND = "workbench merge-po %O %A %B %P"
ATTRIBUTES = (f"*.po merge={DRIVER}", f"*.pot merge={DRIVER}")
#: The start of the translator comment that holds the other side's translation.
CONFLICT_COMMENT = "merge-po: other version: "

Key = tuple[str | None, str]
T = TypeVar("T")


@dataclass
class MergeResult:
    catalogue: Catalogue
    conflicts: list[Key] = field(default_factory=list)     # messages translated differently on both sides


def _translation(m: Message) -> tuple[str, tuple[tuple[int, str], ...]]:
    return m.msgstr, tuple(sorted(m.msgstr_plural.items()))


def _state(m: Message | None) -> tuple[object, ...] | None:
    """Everything of a message a merge compares (its line in the file aside)."""
    if m is None:
        return None
    return (_translation(m), m.fuzzy, tuple(f for f in m.flags if f != "fuzzy"), tuple(m.references),
            tuple(m.translator_comments), tuple(m.extracted_comments), m.previous_msgctxt, m.previous_msgid,
            m.previous_msgid_plural, m.obsolete, m.msgid_plural)


def _pick(base: T, ours: T, theirs: T) -> T:
    """The three-way rule for one value: a change on one side wins; ours when both changed."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    return ours


def _quote(m: Message) -> str:
    """A translation as one line of a comment: escaped as in a PO string, plural forms joined."""
    forms = [m.msgstr] if m.msgid_plural is None else [m.msgstr_plural[k] for k in sorted(m.msgstr_plural)]
    escaped = [f.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
               .replace("\t", "\\t").replace("\0", "") for f in forms]
    return " | ".join(f'"{e}"' for e in escaped)


def _copy(m: Message) -> Message:
    return Message(m.msgid, m.msgstr, m.msgctxt, m.msgid_plural, dict(m.msgstr_plural), list(m.flags),
                   list(m.references), list(m.translator_comments), list(m.extracted_comments),
                   m.previous_msgctxt, m.previous_msgid, m.obsolete, None, m.previous_msgid_plural)


def _union(*lists: list[str]) -> list[str]:
    return list(dict.fromkeys(item for items in lists for item in items))


def _merge_message(base: Message | None, ours: Message, theirs: Message) -> tuple[Message, bool]:
    """Both sides have the message and changed it differently; (merged, translated differently)."""
    empty = Message(ours.msgid, msgctxt=ours.msgctxt)
    b = base if base is not None else empty
    result = _copy(ours)
    conflict = False
    ours_t, theirs_t, base_t = (_translation(ours), ours.fuzzy), (_translation(theirs), theirs.fuzzy), \
        (_translation(b), b.fuzzy)
    if theirs_t != ours_t:
        if ours_t == base_t or not ours.first_msgstr:
            source = theirs               # only theirs changed the translation (or ours cleared it)
        elif theirs_t == base_t or not theirs.first_msgstr:
            source = ours
        else:
            source = ours
            conflict = _translation(ours) != _translation(theirs)
        result.msgstr, result.msgstr_plural = source.msgstr, dict(source.msgstr_plural)
        result.fuzzy = source.fuzzy
        result.previous_msgctxt, result.previous_msgid = source.previous_msgctxt, source.previous_msgid
        result.previous_msgid_plural = source.previous_msgid_plural
        if conflict:
            result.fuzzy = True
    result.msgid_plural = ours.msgid_plural if ours.msgid_plural is not None else theirs.msgid_plural
    result.references = list(_pick(b.references, ours.references, theirs.references))
    result.extracted_comments = list(_pick(b.extracted_comments, ours.extracted_comments,
                                           theirs.extracted_comments))
    other_flags = _pick([f for f in b.flags if f != "fuzzy"], [f for f in ours.flags if f != "fuzzy"],
                        [f for f in theirs.flags if f != "fuzzy"])
    result.flags = (["fuzzy"] if result.fuzzy else []) + other_flags
    result.obsolete = bool(_pick(b.obsolete if base is not None else ours.obsolete, ours.obsolete, theirs.obsolete))
    result.translator_comments = _union(ours.translator_comments,
                                        [c for c in theirs.translator_comments if c not in b.translator_comments])
    if conflict:
        note = CONFLICT_COMMENT + _quote(theirs)
        if note not in result.translator_comments:
            result.translator_comments.append(note)
    return result, conflict


def _merge_header(base: Catalogue | None, ours: Catalogue, theirs: Catalogue, out: Catalogue) -> None:
    base_meta = base.metadata if base is not None else {}
    meta: dict[str, str] = {}
    for key in dict.fromkeys([*ours.metadata, *theirs.metadata]):
        o, t, b = ours.metadata.get(key), theirs.metadata.get(key), base_meta.get(key)
        if key.endswith("-Date") and o is not None and t is not None and o != t:
            value: str | None = max(o, t)      # "2024-01-31 14:05+0000": the later one
        else:
            value = _pick(b, o, t)
        if value is not None:
            meta[key] = value
    out.metadata = meta if base is None and not ours.metadata else _keep_order(ours.metadata, meta)
    base_comments = base.header_comments if base is not None else []
    out.header_comments = _union(ours.header_comments,
                                 [c for c in theirs.header_comments if c not in base_comments])
    out.header_flags = list(_pick(base.header_flags if base is not None else ours.header_flags,
                                  ours.header_flags, theirs.header_flags))
    out.has_header = ours.has_header or theirs.has_header


def _keep_order(old: dict[str, str], new: dict[str, str]) -> dict[str, str]:
    out = {k: new[k] for k in old if k in new}
    out.update(_ordered({k: v for k, v in new.items() if k not in out}))
    return out


def merge_catalogues(base: Catalogue | None, ours: Catalogue, theirs: Catalogue) -> MergeResult:
    """The three-way merge of one catalogue (see the module docstring)."""
    base_by_key: dict[Key, Message] = {m.key: m for m in base.messages} if base is not None else {}
    ours_by_key = {m.key: m for m in ours.messages}
    theirs_by_key = {m.key: m for m in theirs.messages}
    out = Catalogue(path=ours.path)
    result = MergeResult(out)
    _merge_header(base, ours, theirs, out)

    merged: dict[Key, Message] = {}
    for key in dict.fromkeys([*ours_by_key, *theirs_by_key]):
        b, o, t = base_by_key.get(key), ours_by_key.get(key), theirs_by_key.get(key)
        sb, so, st = _state(b), _state(o), _state(t)
        if so == st or st == sb:
            chosen = o
        elif so == sb:
            chosen = t
        elif o is None or t is None:
            chosen = o if o is not None else t       # removed on one side, changed on the other: kept
        else:
            message, conflict = _merge_message(b, o, t)
            merged[key] = message
            if conflict:
                result.conflicts.append(key)
            continue
        if chosen is not None:
            merged[key] = _copy(chosen)

    # our order; a message only theirs has goes after the message it follows there
    order = [m.key for m in ours.messages if m.key in merged]
    placed = set(order)
    previous: Key | None = None
    for m in theirs.messages:
        if m.key in merged and m.key not in placed:
            at = order.index(previous) + 1 if previous is not None else 0
            order.insert(at, m.key)
            placed.add(m.key)
        if m.key in placed:
            previous = m.key
    out.messages = [merged[key] for key in order]
    return result


def _read(path: Path, shown: str) -> Catalogue | None:
    """One side of the merge; an empty file (git's stand-in for "no such file") is None."""
    from workbench.gettext.parse import catalogue_from_bytes

    data = read_input(path, shown)
    if not data.strip():
        return None
    catalogue = catalogue_from_bytes(data, shown)
    catalogue.path = path
    return catalogue


def merge_files(base: Path, ours: Path, theirs: Path, name: str | None = None) -> MergeResult:
    """git's merge driver: merge *base*, *ours* and *theirs*, write the result over *ours*.

    Every file is read and checked before *ours* is written; a file that cannot be read
    leaves *ours* as it was (and git reports the conflict).
    """
    from workbench.gettext import format_po

    label = name or str(ours)
    base_cat = _read(base, f"{label} (common ancestor)")
    ours_cat = _read(ours, f"{label} (ours)")
    theirs_cat = _read(theirs, f"{label} (theirs)")
    if ours_cat is None and theirs_cat is None:
        return MergeResult(Catalogue(has_header=False))
    if ours_cat is None or theirs_cat is None:
        # one side deleted the file: keep the other (a deletion of translations is not merged in)
        kept = ours_cat if ours_cat is not None else theirs_cat
        assert kept is not None
        atomic_write_text(ours, format_po(kept))
        return MergeResult(kept)
    result = merge_catalogues(base_cat, ours_cat, theirs_cat)
    atomic_write_text(ours, format_po(result.catalogue))
    return result


# -- setting the driver up ---------------------------------------------------------------------------
def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str] | None:
    git = shutil.which("git")
    if git is None:
        return None
    return subprocess.run([git, "-C", str(root), *args], capture_output=True, text=True, check=False)


def setup_merge_driver(root: Path) -> list[str]:
    """Register ``workbench merge-po`` for the project in *root*; return what was done, in words.

    ``.gitattributes`` gets ``*.po merge=workbench-po`` (and ``*.pot``), kept if already there;
    when *root* is inside a git work tree its local config gets the driver's command. Outside
    a repository only ``.gitattributes`` is written, and the message says how to finish.
    """
    done: list[str] = []
    attributes = root / ".gitattributes"
    try:
        current = read_input(attributes).decode("utf-8") if attributes.exists() else ""
    except (WorkbenchError, UnicodeDecodeError):
        return [f"{attributes}: cannot be read; the merge driver is not set up (see README: merging with git)"]
    missing = [line for line in ATTRIBUTES if line not in current.splitlines()]
    if missing:
        text = current + ("" if not current or current.endswith("\n") else "\n") + "\n".join(missing) + "\n"
        atomic_write_text(attributes, text)
        verb = "created" if not current else "updated"
        done.append(f"{verb} {attributes} (catalogues merge with workbench merge-po)")
    inside = _git(root, "rev-parse", "--is-inside-work-tree")
    if inside is None or inside.returncode != 0 or inside.stdout.strip() != "true":
        done.append("not a git repository yet: after `git init`, run `workbench merge-po --setup` to register "
                    "the merge driver")
        return done
    for key, value in ((f"merge.{DRIVER}.name", "gettext catalogues, message by message (workbench)"),
                       (f"merge.{DRIVER}.driver", COMMAND)):
        result = _git(root, "config", "--local", key, value)
        if result is None or result.returncode != 0:
            return done + [f"git config {key} failed: {(result.stderr if result else '').strip()}"]
    done.append(f"registered the git merge driver {DRIVER!r}: {COMMAND}")
    return done
