"""Compile a catalogue to a GNU MO file, byte for byte what ``msgfmt`` writes.

Linear time (plus one sort): polib's ``save_as_mofile`` and Babel's
``write_mo`` build their string tables with repeated concatenation and are
quadratic (0.45 s at 10k entries, 4.7 s at 30k).  Here every table is built in
a list and joined once.

Layout (as msgfmt 0.21 writes it, little-endian):

* 28-byte header: magic, revision 0, N, offset of the original-strings table,
  offset of the translations table, hash table size S, hash table offset;
* the two (length, offset) tables, N entries each, sorted by key bytes;
* the hash table: S = next odd prime >= 4N/3 slots of 1-based indexes, filled
  with gettext's ``hash_string`` (hashpjw) and double hashing;
* original strings then translations, each NUL-terminated, no padding.

Keys are ``msgctxt\\x04msgid`` for messages with a context; plural keys are
``msgid\\0msgid_plural`` and plural translations ``form0\\0form1...``.  Like
msgfmt we leave out fuzzy and untranslated messages (first msgstr empty) and
obsolete ones; the header is kept even when it is marked fuzzy, minus its
``POT-Creation-Date`` line (msgfmt drops it for reproducible builds).
"""

from __future__ import annotations

import struct
from pathlib import Path

from workbench.atomic import atomic_write_bytes
from workbench.pofile import Catalogue, format_metadata

__all__ = ["format_mo", "write_mo", "mo_entries", "hash_string"]


def hash_string(data: bytes) -> int:
    """gettext's hashpjw over the bytes up to the first NUL."""
    h = 0
    for b in data:
        if b == 0:
            break
        h = (h << 4) + b
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
            h ^= g
    return h


def _is_prime(candidate: int) -> bool:
    """gettext's is_prime (odd candidates only; note that it rejects 3)."""
    divn = 3
    sq = divn * divn
    while sq < candidate and candidate % divn != 0:
        divn += 1
        sq += 4 * divn
        divn += 1
    return candidate % divn != 0


def _next_prime(seed: int) -> int:
    seed |= 1
    while not _is_prime(seed):
        seed += 2
    return seed


def mo_entries(catalogue: Catalogue) -> list[tuple[bytes, bytes]]:
    """The (key, value) byte pairs msgfmt would compile, sorted by key."""
    entries: list[tuple[bytes, bytes]] = []
    if catalogue.has_header:
        # msgfmt leaves POT-Creation-Date out of the compiled header
        meta = {k: v for k, v in catalogue.metadata.items() if k != "POT-Creation-Date"}
        entries.append((b"", format_metadata(meta).encode("utf-8")))
    for m in catalogue.messages:
        if m.obsolete or "fuzzy" in m.flags:
            continue
        if m.msgid_plural is not None:
            forms = m.msgstr_plural
            if not forms.get(0):
                continue
            n = max(forms) + 1 if forms else 1
            value = "\0".join(forms.get(i, "") for i in range(n))
            key = m.msgid + "\0" + m.msgid_plural
        else:
            if not m.msgstr:
                continue
            value = m.msgstr
            key = m.msgid
        if m.msgctxt is not None:
            key = m.msgctxt + "\x04" + key
        entries.append((key.encode("utf-8"), value.encode("utf-8")))
    entries.sort(key=lambda kv: kv[0])
    return entries


def format_mo(catalogue: Catalogue, *, hash_table: bool = True) -> bytes:
    entries = mo_entries(catalogue)
    n = len(entries)
    size = 0
    if hash_table:
        size = _next_prime((n * 4) // 3)
        if size <= 2:
            size = 3
    orig_tab = 28
    trans_tab = orig_tab + 8 * n
    hash_off = trans_tab + 8 * n
    offset = hash_off + 4 * size

    orig_table: list[int] = []
    strings: list[bytes] = []
    for key, _ in entries:
        orig_table += (len(key), offset)
        strings.append(key)
        offset += len(key) + 1
    trans_table: list[int] = []
    for _, value in entries:
        trans_table += (len(value), offset)
        strings.append(value)
        offset += len(value) + 1

    table = [0] * size
    if size:
        for j, (key, _) in enumerate(entries):
            hv = hash_string(key)
            idx = hv % size
            incr = 1 + (hv % (size - 2))
            while table[idx]:
                idx = idx - size + incr if idx >= size - incr else idx + incr
            table[idx] = j + 1

    head = struct.pack("<7I", 0x950412DE, 0, n, orig_tab, trans_tab, size, hash_off)
    return b"".join([
        head,
        struct.pack(f"<{2 * n}I", *orig_table),
        struct.pack(f"<{2 * n}I", *trans_table),
        struct.pack(f"<{size}I", *table),
        b"\0".join(strings),
        b"\0" if strings else b"",
    ])


def write_mo(catalogue: Catalogue, path: Path | str, *, hash_table: bool = True) -> bool:
    """Write atomically; False if the file already had this content."""
    return atomic_write_bytes(path, format_mo(catalogue, hash_table=hash_table))
