"""Fixtures for the UI tests: the app on a throw-away copy of the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def markup_project(tmp_path: Path) -> Path:
    """A one-document project whose text looks like content markup."""
    root = tmp_path / "markup"
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text(
        '[workbench]\nsource = "seeds"\nlanguages = ["ru", "kk"]\nname = "markup-test"\n', encoding="utf-8"
    )
    (root / "seeds" / "tricky.txt").write_text(
        "Notes [Elders] and [2012]\n\n"
        "The [/] closes nothing and [bold]this is not bold[/bold] <b>either</b>.\n\n"
        "Plain third sentence about Almaty.\n",
        encoding="utf-8",
    )
    return root


async def settle(app, pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def segment_with_a_name(session, language: str = "ru"):
    """(document name, segment, first target form) of the first segment naming a glossary referent."""
    for name, info in session.docs.items():
        for segment in info.document.segments:
            hits = session.find_names(segment.source)
            if hits and hits[0].referent.valid_forms(language):
                return name, segment, hits[0].referent.valid_forms(language)[0]
    raise AssertionError("the glossary should name something in the seeds")


def change_on_disk(project: Path, doc: str, language: str, msgid: str, msgstr: str) -> None:
    """Someone else's edit of one message, written straight to the catalogue file."""
    from workbench.gettext import read_po, write_po

    path = project / "locale" / language / "LC_MESSAGES" / f"{doc}.po"
    catalogue = read_po(path)
    catalogue.get(msgid).msgstr = msgstr
    write_po(catalogue, path)
