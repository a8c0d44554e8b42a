"""The pure-Python parts of the UI: applying a finding's fix (F6) and the user's settings file."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.checks import Finding, checker_for_path
from workbench.tui.fixes import apply_fix, changed_span, first_fix
from workbench.tui.settings import UISettings, load_ui_settings, save_ui_settings, settings_path
from workbench.util.errors import WorkbenchError

REPO = Path(__file__).resolve().parents[2]


def finding(offending: str = "", suggestion: str | None = None, *, target: str | None = None,
            language: str | None = "ru") -> Finding:
    return Finding(check="target-wrong-form", severity="error", message="m", language=language,
                   offending=offending, suggestion=suggestion, target=target)


def test_offending_is_replaced_by_the_suggestion() -> None:
    text = "Рабочие в Жанаозэн бастуют, Жанаозэн стоит"
    assert apply_fix(text, finding("Жанаозэн", "Жанаозене")) == "Рабочие в Жанаозене бастуют, Жанаозэн стоит"


def test_no_fix_without_a_suggestion_or_when_the_text_moved_on() -> None:
    assert apply_fix("в Жанаозэн", finding("Жанаозэн", None)) is None
    assert apply_fix("в Жанаозене", finding("Жанаозэн", "Жанаозене")) is None     # typed over since


def test_whole_text_only_when_the_finding_says_so() -> None:
    text = "Он  сказал ."
    # the finding names the whole translation as offending: its suggestion is the corrected text
    whole = finding(text, "Он сказал.", target=text)
    assert apply_fix(text, whole) == "Он сказал."
    assert apply_fix("Он сказал !", whole) is None          # computed on another text
    # an empty offending is never a fix, even with a suggestion (a missing name: where would it go?)
    assert apply_fix(text, finding("", "Токаев", target=text)) is None
    assert apply_fix(text, finding("", "Он сказал.", target=text)) is None


def test_source_findings_are_never_applied_to_the_translation() -> None:
    assert apply_fix("Nazarabayev said", finding("Nazarabayev", "Nazarbayev", language=None)) is None


def test_first_fix_skips_findings_without_one() -> None:
    text = "в Жанаозэн"
    found = first_fix(text, [finding("", None), finding("Алматы", "Алма-Ата"), finding("Жанаозэн", "Жанаозене")])
    assert found is not None and found[1] == "в Жанаозене"
    assert first_fix(text, [finding("", None)]) is None
    assert first_fix(text, [finding("Жанаозэн", "Жанаозэн")]) is None      # a "fix" that changes nothing


@given(st.text(max_size=30), st.text(max_size=30))
def test_changed_span_turns_old_into_new(old: str, new: str) -> None:
    start, end, replacement = changed_span(old, new)
    assert old[:start] + replacement + old[end:] == new
    assert 0 <= start <= end <= len(old)


def test_settings_round_trip_keeps_unknown_keys(tmp_path: Path) -> None:
    path = tmp_path / "workbench" / "ui.toml"
    assert load_ui_settings(path) == UISettings()            # no file: the defaults
    path.parent.mkdir()
    path.write_text('future = "kept"\nsize = 3\ntheme = "nord"\n', encoding="utf-8")
    settings = load_ui_settings(path)
    assert settings.theme == "nord" and settings.other == {"future": "kept", "size": 3}
    settings.theme = 'gruvbox "x" \\ ␛'
    save_ui_settings(path, settings)
    again = load_ui_settings(path)
    assert again.theme == 'gruvbox "x" \\ ␛' and again.other == {"future": "kept", "size": 3}
    before = path.read_bytes()
    save_ui_settings(path, again)
    assert path.read_bytes() == before                         # deterministic


@pytest.mark.parametrize("content, message", [
    ('theme = "nord\n', "not valid TOML"),
    ("theme = 3\n", "theme must be a string"),
    (b"\xff\xfe", "not UTF-8"),
])
def test_bad_settings_are_a_clear_error(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = tmp_path / "ui.toml"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(WorkbenchError) as error:
        load_ui_settings(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)


def test_settings_path_follows_xdg() -> None:
    assert settings_path({"XDG_CONFIG_HOME": "/cfg"}) == Path("/cfg/workbench/ui.toml")
    assert settings_path({}) == Path.home() / ".config" / "workbench" / "ui.toml"
    assert settings_path({"XDG_CONFIG_HOME": "relative"}) == Path.home() / ".config" / "workbench" / "ui.toml"


def test_a_fix_replaces_whole_words_only() -> None:
    """Found in tmux: F6 for 'в Жанаозен' → 'в Жанаозене' changed «Жанаозена» earlier in the
    text into «Жанаозенеа». A part fix now replaces the offending text where it is whole words."""
    text = "нефтяники Жанаозена и рабочие в Жанаозен."
    assert apply_fix(text, finding("Жанаозен", "Жанаозене", target=text)) == \
        "нефтяники Жанаозена и рабочие в Жанаозене."
    assert apply_fix("нефтяники Жанаозена", finding("Жанаозен", "Жанаозене")) is None   # only inside a word
    assert apply_fix("«Тенгизшевройла»,", finding("«Тенгизшевройла»", "«Тенгизшевройл»")) == "«Тенгизшевройл»,"
    assert apply_fix("ҰҚШҰ-нің әскері", finding("ҰҚШҰ-нің", "ҰҚШҰ-ның")) == "ҰҚШҰ-ның әскері"


def test_a_part_fix_goes_where_the_check_found_it() -> None:
    """«Казахстан: … по словам Казахстан»: the finding is about the second «Казахстан»; F6 fixed
    the first (found trying the editor in tmux). A finding now says where its text starts."""
    text = "Казахстан: первое сообщение по словам Казахстан"
    found = [f for f in checker_for_path(REPO / "glossary.tsv").check_target_segment(
        "d", 1, "Kazakhstan: Initial Report", text, "ru") if f.suggestion]
    assert [(f.offset, f.offending) for f in found] == [(38, "Казахстан")]
    assert apply_fix(text, found[0]) == "Казахстан: первое сообщение по словам Казахстана"
    # typed over since the check: the same place among those where it stands as whole words
    assert apply_fix("Казахстан: по словам Казахстан", found[0]) == "Казахстан: по словам Казахстана"
    assert apply_fix("Казахстан: сообщение", found[0]) == "Казахстана: сообщение"   # only one place left


@given(st.text(alphabet="аеЖжнозё -.", max_size=30), st.text(alphabet="аеЖжнозё", min_size=1, max_size=6),
       st.text(alphabet="аеЖжнозё", max_size=6))
def test_a_part_fix_never_changes_a_longer_word(text: str, part: str, new: str) -> None:
    fixed = apply_fix(text, finding(part, new, target=text + "!"))
    if fixed is not None and new != part:       # (a fix that changes nothing has no place to find)
        # the replaced span was whole words: its neighbours are not letters glued to it
        at = next(i for i in range(len(text) + 1) if text[:i] + new + text[i + len(part):] == fixed
                  and text[i:i + len(part)] == part)
        assert at == 0 or not text[at - 1].isalnum()
        assert at + len(part) == len(text) or not text[at + len(part)].isalnum()
