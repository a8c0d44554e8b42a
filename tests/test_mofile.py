"""MO compilation: byte-identical to msgfmt, readable by Python's gettext, linear."""

from __future__ import annotations

import gettext
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.gettext import Catalogue, Message, format_po, parse_po
from workbench.gettext.mo import format_mo, hash_string, write_mo

needs_gettext = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")

PO = '''#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: workbench 1.0\\n"
"POT-Creation-Date: 2024-01-01 00:00+0000\\n"
"Language: ru\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

msgid "He’s 100% right"
msgstr "Он прав на 100%"

#, fuzzy
msgid "fuzzy one"
msgstr "нечёткий"

msgid "untranslated"
msgstr ""

msgctxt "heading"
msgid "Report"
msgstr "Отчёт"

msgid "Report"
msgstr "Доклад"

msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d файлов"

#~ msgid "old"
#~ msgstr "старое"
'''


def msgfmt(text: str, tmp_path: Path) -> bytes:
    src, out = tmp_path / "x.po", tmp_path / "gnu.mo"
    src.write_text(text, encoding="utf-8")
    subprocess.run(["msgfmt", "-o", str(out), str(src)], check=True, capture_output=True)
    return out.read_bytes()


@needs_gettext
def test_byte_identical_to_msgfmt(tmp_path: Path) -> None:
    assert format_mo(parse_po(PO)) == msgfmt(PO, tmp_path)


@needs_gettext
@pytest.mark.parametrize("n", [0, 1, 2, 3, 7, 50, 1000])
def test_byte_identical_for_many_sizes(tmp_path: Path, n: int) -> None:
    cat = Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8"},
                    messages=[Message(f"Message number {i} — Алматы", f"Сообщение {i}") for i in range(n)])
    text = format_po(cat)
    assert format_mo(parse_po(text)) == msgfmt(text, tmp_path)


def test_python_gettext_reads_it(tmp_path: Path) -> None:
    data = format_mo(parse_po(PO))
    t = gettext.GNUTranslations(io.BytesIO(data))
    assert t.gettext("He’s 100% right") == "Он прав на 100%"
    assert t.gettext("fuzzy one") == "fuzzy one"  # fuzzy entries are left out
    assert t.gettext("untranslated") == "untranslated"
    assert t.gettext("old") == "old"
    assert t.pgettext("heading", "Report") == "Отчёт"
    assert t.gettext("Report") == "Доклад"
    assert [t.ngettext("%d file", "%d files", n) for n in (1, 3, 5, 21)] == [
        "%d файл", "%d файла", "%d файлов", "%d файл"]
    assert t.info()["language"] == "ru"
    assert "pot-creation-date" not in t.info()


def test_write_mo_skips_unchanged(tmp_path: Path) -> None:
    cat = parse_po(PO)
    target = tmp_path / "ru" / "LC_MESSAGES" / "x.mo"
    assert write_mo(cat, target) is True
    assert write_mo(cat, target) is False


def test_hash_string_matches_gettext() -> None:
    assert hash_string(b"") == 0
    assert hash_string(b"a") == 97
    assert hash_string(b"ab\0cd") == hash_string(b"ab")


# A key whose hash carries into bit 32, which msgfmt (unsigned long arithmetic
# truncated to 32 bits) drops; found by search, see workbench/mofile.py.
CARRY_KEY = "bcpxpqyyopletuptuoadurvankvyqghepptyt"


def test_hash_string_drops_the_carry_into_bit_32() -> None:
    assert hash_string(CARRY_KEY.encode()) == 4


def test_batched_hash_equals_hash_string() -> None:
    import random

    from workbench.gettext.mo import _hash_many

    rnd = random.Random(7)
    keys = [bytes(rnd.randrange(256) for _ in range(rnd.choice([0, 1, 3, 40, 200, 2500])))
            for _ in range(1500)]
    keys += [b"", b"\0x", b"ab\0cd", CARRY_KEY.encode(), "Алматы — Жаңаөзен".encode()]
    assert _hash_many(keys) == [hash_string(k) for k in keys]


@needs_gettext
def test_byte_identical_with_a_hash_carry(tmp_path: Path) -> None:
    for n in (1, 2, 3, 4, 100):
        cat = Catalogue(metadata={"Content-Type": "text/plain; charset=UTF-8"},
                        messages=[Message(CARRY_KEY, "x")] + [Message(f"m{i}", f"п{i}") for i in range(n)])
        text = format_po(cat)
        assert format_mo(parse_po(text)) == msgfmt(text, tmp_path)
