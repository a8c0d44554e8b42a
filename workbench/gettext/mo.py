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

from workbench.util.atomic import atomic_write_bytes

from .model import Catalogue, format_metadata

__all__ = ["format_mo", "hash_string", "mo_entries", "write_mo"]


def hash_string(data: bytes) -> int:
    """gettext's hashpjw over the bytes up to the first NUL.

    gettext folds only bits 28-31 (``g = hval & (15UL << 28)``) of an
    ``unsigned long`` and msgfmt keeps the low 32 bits of the result, so the
    rare carry into bit 32 is simply lost: the state always fits in 28 bits.
    """
    nul = data.find(b"\0")
    if nul >= 0:
        data = data[:nul]
    h = 0
    for b in data:
        h = (h << 4) + b
        if h > 0xFFFFFFF:
            h = (h & 0xFFFFFFF) ^ ((h >> 24) & 0xF0)
    return h


_LANES = 512  # keys hashed together (one 2.5 KiB integer: stays in cache)


def _hash_many(keys: list[bytes]) -> list[int]:
    """hash_string of every key, computed for many keys at once.

    SWAR with Python integers: the state of each key lives in its own 64-bit
    lane of one big integer, and each step of the hash (shift, add the next
    byte, fold bits 28 and up) is a handful of big-integer operations over all
    lanes, so the per-byte work runs in C.  Keys are right-aligned (padded
    with leading zero bytes, which leave the hash at 0) and processed in
    groups of similar length, so padding costs little.  The lanes cannot
    interfere: before the fold a lane holds less than 2**33.
    """
    n = len(keys)
    result = [0] * n
    if n < 64:
        return [hash_string(k) for k in keys]
    keys = [k[:k.find(b"\0")] if b"\0" in k else k for k in keys]
    order = sorted(range(n), key=lambda i: len(keys[i]))
    from_bytes = int.from_bytes
    for first in range(0, n, _LANES):
        group = order[first:first + _LANES]
        k = len(group)
        width = len(keys[group[-1]])
        if width == 0:
            continue
        # 5-byte lanes: a lane holds less than 2**33 (the state is < 2**28 after each fold)
        stride = 5 * k
        columns = bytearray(width * stride)  # column j of the padded keys, one byte per lane
        for lane, i in enumerate(group):
            key = keys[i]
            columns[5 * lane + (width - len(key)) * stride::stride] = key
        view = memoryview(columns)
        low28 = from_bytes(b"\xff\xff\xff\x0f\0" * k, "little")
        fold = from_bytes(b"\xf0\0\0\0\0" * k, "little")
        h = 0
        for start in range(0, width * stride, stride):
            h = (h << 4) + from_bytes(view[start:start + stride], "little")
            h = (h & low28) ^ ((h >> 24) & fold)
        lanes = h.to_bytes(stride, "little")
        packed = bytearray(4 * k)  # drop the fifth (always zero) byte of every lane
        for b in range(4):
            packed[b::4] = lanes[b::5]
        for i, value in zip(group, struct.unpack(f"<{k}I", packed)):
            result[i] = value
    return result


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
        hashes = _hash_many([key for key, _ in entries])
        for j, hv in enumerate(hashes):
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
