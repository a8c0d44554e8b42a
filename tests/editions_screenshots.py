"""Screenshots of the bundled editions for the README, taken with headless Chromium.

    python -m tests.editions_screenshots [OUTPUT_FOLDER]     # default: docs/editions

Compiles a copy of the bundled project into a temporary folder and shoots one page
of each edition: the Russian, Kazakh and Latin-script Kazakh reading editions, a
colophon, the bilingual edition on a desktop and on a phone, and an EPUB chapter.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path

from tests.browser import Chromium, find_chromium
from tests.helpers import REPO, copy_project
from workbench.cli import main

#: (file name, page under editions/, viewport width, height shot, scroll to this CSS selector or None)
SHOTS = [
    ("ru-reading.png", "ru/04-detroit-workers-voice.html", 960, 1100, None),
    ("kk-reading.png", "kk/02-russian-socialist-movement.html", 960, 1100, None),
    ("kk-Latn-reading.png", "kk-Latn/05-tendenza-internazionale.html", 960, 1100, None),
    ("ru-colophon.png", "ru/02-russian-socialist-movement.html", 960, 760, "nav.sequence"),
    ("ru-bilingual.png", "ru/bilingual/04-detroit-workers-voice.html", 1280, 1000, None),
    ("kk-bilingual-phone.png", "kk/bilingual/05-tendenza-internazionale.html", 390, 1100, None),
    ("kk-epub-chapter.png", "unpacked/kk/EPUB/c01.xhtml", 720, 1000, None),
]


def main_screenshots(output: Path) -> None:
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("Chromium is not installed (Debian: apt-get install chromium)")
    output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        root = copy_project(Path(tmp) / "p", with_locale=True)
        shutil.copy(REPO / "LICENSE", root / "LICENSE")
        (root / "workbench.toml").write_text(
            '[workbench]\nsource = "seeds"\nlanguages = ["ru", "kk"]\nname = "workbench-seeds"\n', encoding="utf-8")
        if main(["--project", str(root), "compile"]) != 0:
            raise SystemExit("compile failed")
        editions = root / "editions"
        with zipfile.ZipFile(editions / "kk/workbench-seeds-kk.epub") as book:
            book.extractall(editions / "unpacked/kk")
        with Chromium(chromium) as browser:
            for name, page, width, height, anchor in SHOTS:
                browser.open(editions / page, width, height)
                if anchor:
                    browser.evaluate(f"document.querySelector({anchor!r}).scrollIntoView()")
                    top = browser.evaluate("window.scrollY")
                else:
                    top = 0
                browser.screenshot(output / name, height, top=top)
                print(f"{output / name}")


if __name__ == "__main__":
    main_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "editions")
