"""Every HTML edition checked as a reader sees it: rendered in headless Chromium (the
distribution's package) on a desktop and a phone width, with no layout overflow and
no tofu for the Kazakh letters (ә ғ қ ң ө ұ ү һ і, and ä ğ ñ ö ş ū ü ı in Latin).

The checks themselves are tested first, on pages built to fail them, so that a
pass means something. Skipped, with the reason, where Chromium is not installed
(Debian: ``apt-get install chromium fonts-dejavu-core fonts-noto-core``).
"""

from __future__ import annotations

import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser import Chromium, find_chromium
from tests.helpers import copy_project
from workbench.cli import main

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="Chromium not installed (Debian: apt-get install chromium)")
WIDTHS = (1280, 360)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    assert CHROMIUM is not None
    with Chromium(CHROMIUM) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def editions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("browser") / "p", with_locale=True)
    shutil.copy(Path(__file__).resolve().parent.parent / "LICENSE", root / "LICENSE")
    assert main(["--project", str(root), "compile"]) == 0
    folder = root / "editions"
    for book in folder.glob("*/*.epub"):   # the EPUB chapters are checked too, as XHTML files
        with zipfile.ZipFile(book) as archive:
            archive.extractall(folder / "unpacked" / book.parent.name)
    return folder


def _problems(browser: Chromium, page: Path, letters: str | None = None) -> list[str]:
    found: list[str] = []
    for width in WIDTHS:
        browser.open(page, width)
        report = browser.check() if letters is None else browser.check(letters)
        found += [f"{width}px {p['kind']}: {p['where']}: {p['detail']}" for p in report["problems"]]
    return found


# -- the checks catch what they are meant to catch ---------------------------------------------

def test_check_reports_overflow(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "wide.html"
    page.write_text('<!DOCTYPE html><html lang="en"><body><pre style="white-space:pre">'
                    + "x" * 400 + "</pre><p>fine</p></body></html>", encoding="utf-8")
    problems = _problems(browser, page)
    assert any("overflow" in p and "pre" in p for p in problems), problems


def test_check_reports_a_letter_without_glyph(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "tofu.html"
    # U+F0041 (supplementary private use): no installed font draws it
    page.write_text('<!DOCTYPE html><html lang="kk"><body><p>Жаңаөзен \U000F0041</p></body></html>',
                    encoding="utf-8")
    problems = _problems(browser, page, letters="әң\U000F0041")
    assert len(problems) == len(WIDTHS), problems
    assert all("U+F0041" in p for p in problems), problems


def test_check_counts_the_letters_it_looked_at(browser: Chromium, tmp_path: Path) -> None:
    page = tmp_path / "kk.html"
    page.write_text('<!DOCTYPE html><html lang="kk"><body><p>әғқңөұүһі ӘҒҚҢӨҰҮҺІ</p></body></html>',
                    encoding="utf-8")
    browser.open(page, 800)
    report = browser.check()
    assert report["problems"] == [] and report["checked"] == 18


# -- every page of the editions ----------------------------------------------------------------

def test_every_page_renders_without_overflow_or_tofu(browser: Chromium, editions: Path) -> None:
    pages = sorted(editions.glob("*.html")) + sorted(editions.glob("*/*.html")) \
        + sorted(editions.glob("*/bilingual/*.html")) + sorted(editions.glob("unpacked/*/EPUB/*.xhtml"))
    assert len(pages) == 4 + 15 + 15 + 3 * 7
    problems = {page.relative_to(editions).as_posix(): _problems(browser, page) for page in pages}
    assert {page: found for page, found in problems.items() if found} == {}


def test_kazakh_pages_really_draw_kazakh_letters(browser: Chromium, editions: Path) -> None:
    for page, minimum in (("kk/02-russian-socialist-movement.html", 9),
                          ("kk-Latn/02-russian-socialist-movement.html", 8),
                          ("kk/bilingual/04-detroit-workers-voice.html", 9)):
        browser.open(editions / page, 1280)
        report = browser.check()
        assert report["checked"] >= minimum, (page, report)
