"""TMX and XLIFF files that real tools wrote (Trados Studio, Memsource, Okapi, Angular, Symfony,
Matecat, PASSOLO, the LISA TMX compliance kit, the OASIS XLIFF 2 test suite): each reads without
a traceback, and what it holds comes out as its own reader expected it.

The files and ``EXPECTED.tsv`` were gathered by a helper who had not read the workbench's code:
for each file the number of units, its languages and up to two (source, target) pairs as plain
text, inline codes dropped (``tests/data/exchange/real/SOURCES.tsv`` names each file's
repository, commit and licence; only MIT, Apache-2.0 and public-domain files are kept here).
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench.exchange.xliff import read_xliff
from workbench.memory.tmx import ReadReport, read_tmx
from workbench.util.errors import WorkbenchError
from workbench.util.languages import SOURCE_LANGUAGE, map_language

REAL = Path(__file__).parent / "data" / "exchange" / "real"
#: files whose reading deliberately differs from the expectation, and why
DIFFERENT = {
    # an English → English "translation" is no unit of an English → ru/kk memory
    "lisa-compliancekit-ImportTest1E.tmx": "en-gb",
    "lisa-compliancekit-ImportTest1J.tmx": "en-gb",
}


def _expected() -> list[list[str]]:
    with (REAL / "EXPECTED.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    return [row + [""] * (8 - len(row)) for row in rows]


def _plain(text: str | None) -> str:
    return " ".join((text or "").replace("\\n", "\n").split())


@pytest.mark.parametrize("row", _expected(), ids=lambda row: row[0])
def test_a_real_file_reads_as_expected(row: list[str]) -> None:
    name, units, _source_languages, target_languages = row[:4]
    examples = [(source, target) for source, target in (row[4:6], row[6:8]) if source]
    path = REAL / name
    languages = [code for code in target_languages.split(",") if code]
    if name.endswith(".tmx"):
        wanted = [code for code in languages if map_language(code, [SOURCE_LANGUAGE]) is None]
        pairs = [(unit.source, unit.target) for unit in read_tmx(path, wanted, ReadReport())]
    else:
        try:
            files = read_xliff(path, language=(languages or ["fr"])[0])
        except WorkbenchError as exc:
            # Angular's hello-world fixture: a <target> and no <source>, which no reader can use
            assert units == "0" and "has no <source>" in str(exc)
            return
        pairs = [(unit.source, unit.target or "") for xfile in files for unit in xfile.units]
        assert len(pairs) + sum(xfile.plurals for xfile in files) == int(units)
    read = {(_plain(source), _plain(target)) for source, target in pairs}
    if name in DIFFERENT:
        assert not pairs
        return
    for source, target in examples:
        if target:
            assert (_plain(source), _plain(target)) in read
        else:
            assert _plain(source) in {source for source, _ in read}


def test_every_file_has_its_source_named() -> None:
    with (REAL / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        named = {row[0] for row in list(csv.reader(fh, delimiter="\t"))[1:]}
    files = {path.name for path in REAL.iterdir() if path.suffix not in (".tsv", ".md")}
    assert files == named == {row[0] for row in _expected()}


def test_the_memory_import_takes_each_real_file_or_says_why_in_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Into a ru/kk project, where most of these files' languages are not: every file imports
    (its languages reported as skipped) or is refused with one ``file:line: what`` line."""
    from tests.helpers import copy_project
    from workbench.cli.main import main

    project = copy_project(tmp_path / "p")
    for path in sorted(REAL.iterdir()):
        if path.suffix == ".tsv":
            continue
        code = main(["-C", str(project), "memory", "import", str(path)])
        err = capsys.readouterr().err
        assert "Traceback" not in err
        if code:
            assert code == 1 and err.split(":")[0].endswith(path.name) and len(err.strip().splitlines()) == 1, err
