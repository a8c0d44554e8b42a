"""Fixtures for the UI tests: the app on a throw-away copy of the project."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import copy_project


@pytest.fixture(autouse=True)
def user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every UI test gets its own empty $XDG_CONFIG_HOME: the user's ui.toml is never read or written."""
    config = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return config


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


#: terminal control in data: retitle the window, colour everything red, ring the bell, a C1 CSI
HOSTILE = "\x1b]0;PWNED\x07"
SGR_RED = "\x1b[31m"
SGR_RESET = "\x1b[0m"
C1_CSI = "\x9b2J"


@pytest.fixture
def hostile_project(tmp_path: Path) -> Path:
    """A project whose sources, translation, glossary and file name carry escape sequences and markup."""
    root = tmp_path / "hostile"
    (root / "seeds").mkdir(parents=True)
    (root / "workbench.toml").write_text(
        '[workbench]\nsource = "seeds"\nlanguages = ["ru", "kk"]\nname = "hostile-test"\n', encoding="utf-8")
    (root / "seeds" / "evil.txt").write_text(
        f"Title {HOSTILE} with {SGR_RED}red{SGR_RESET} and [bold]x[/] text.\n\n"
        f"Protests in Almaty {C1_CSI} and \x07 here.\n", encoding="utf-8")
    glossary = (Path(__file__).parent / "fixtures" / "glossary.tsv").read_text(encoding="utf-8")
    glossary += "evilcorp\tother\tEvil Corp\t\t\tЗлая корпорация\t\t\t\tЗұлым корпорация\t\t\t\tnote [bold]not bold[/] [link=x]y[/link]\n"
    # (control characters are refused in glossary.tsv: `glossary.tsv:LINE: ...`, tested in test_hardening_*)
    (root / "glossary.tsv").write_text(glossary, encoding="utf-8")
    from workbench.gettext import read_po, write_po
    from workbench.project import load_project
    from workbench.services.update import update_project

    update_project(load_project(root))
    po = root / "locale" / "ru" / "LC_MESSAGES" / "evil.po"
    catalogue = read_po(po)
    first = next(m for m in catalogue.messages if m.msgid.startswith("Title"))
    first.msgstr = f"Перевод {HOSTILE} и {SGR_RED}фон{SGR_RESET} [bold]Ж[/]"
    write_po(catalogue, po)
    # a file name no catalogue can hold (the commands refuse it; the UI leaves it out and says so)
    (root / "seeds" / f"file{SGR_RED}name.txt").write_text("Almaty is in Kazakhstan.\n", encoding="utf-8")
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
