"""Catalogue headers that would make the workbench misread or miscompile a file are errors."""

from __future__ import annotations

import pytest

from workbench.gettext import read_po
from workbench.util.errors import WorkbenchError

HEADER = 'msgid ""\nmsgstr ""\n"Language: ru\\n"\n"Content-Type: text/plain; charset={charset}\\n"\n{plural}\nmsgid "a"\nmsgstr "б"\n'
GOOD_PLURAL = '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'


def write(tmp_path, charset="UTF-8", plural=GOOD_PLURAL):
    path = tmp_path / "x.po"
    path.write_text(HEADER.format(charset=charset, plural=plural), encoding="utf-8")
    return path


@pytest.mark.parametrize("charset", ["UTF-8", "utf-8", "utf8", "CHARSET"])
def test_utf8_and_template_placeholder_are_accepted(tmp_path, charset):
    assert read_po(write(tmp_path, charset)).get("a").msgstr == "б"


@pytest.mark.parametrize("charset", ["ISO-8859-1", "KOI8-R", "bogus"])
def test_other_charsets_are_reported_on_their_line(tmp_path, charset):
    with pytest.raises(WorkbenchError) as info:
        read_po(write(tmp_path, charset))
    assert info.value.line == 4
    assert f"charset={charset}" in str(info.value) and "x.po:4:" in str(info.value)


@pytest.mark.parametrize("plural", ['"Plural-Forms: nplurals=x;\\n"\n', '"Plural-Forms: plural=n;\\n"\n'])
def test_malformed_plural_forms_is_reported(tmp_path, plural):
    with pytest.raises(WorkbenchError, match="malformed Plural-Forms") as info:
        read_po(write(tmp_path, plural=plural))
    assert info.value.line == 5


def test_template_plural_placeholder_is_accepted(tmp_path):
    path = write(tmp_path, plural='"Plural-Forms: nplurals=INTEGER; plural=EXPRESSION;\\n"\n')
    assert read_po(path).get("a") is not None
