"""Test options: ``--slow`` also runs the long tests (marked ``slow``), as CI does."""

from __future__ import annotations

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False,
                     help="also run the tests marked slow (long property runs, 100k-message merges)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow (CI does)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def kazakh_lexicon():
    """Hunspell's Kazakh dictionary (Debian: hunspell-kk), or skip with the reason."""
    from workbench.checks.qa.lexicon import kazakh_lexicon, lexicon_status

    lexicon = kazakh_lexicon()
    if lexicon is None:
        pytest.skip(lexicon_status())
    return lexicon


@pytest.fixture(autouse=True)
def _own_user_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read the developer's own settings (translator identity): each run gets an empty one."""
    monkeypatch.setenv("WORKBENCH_CONFIG", str(tmp_path_factory.getbasetemp() / "no-user-settings.toml"))
