"""Templates, msgmerge-style update, determinism, statistics (checked against msgfmt)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workbench.gettext import Catalogue, Message, format_po, parse_po
from workbench.services.merge import (
    language_metadata,
    make_template,
    merge,
    set_translation,
)
from workbench.services.stats import statistics
from workbench.util.errors import WorkbenchError

needs_gettext = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext not installed")
T0 = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)
T1 = datetime(2024, 2, 2, 13, 30, tzinfo=UTC)


@dataclass
class FakeSegment:
    msgid: str
    line: int


@dataclass
class FakeDocument:
    relpath: str
    segments: list


def doc(*pairs: tuple[str, int], relpath: str = "seeds/01-initial-report.txt") -> FakeDocument:
    return FakeDocument(relpath, [FakeSegment(m, line) for m, line in pairs])


SENTENCES = [
    ("Kazakhstan: Initial Report", 1),
    ("Just had a call with one of the leaders of the Socialist Movement of Kazakhstan.", 5),
    ("The uprising has been under way since 2 January.", 7),
    ("More reports and initiatives to follow.", 9),
    ("Kazakhstan: Initial Report", 12),
]


def test_make_template_one_entry_per_msgid_with_all_references() -> None:
    pot = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T0)
    assert [m.msgid for m in pot.messages] == [s for s, _ in SENTENCES[:4]]
    assert pot.messages[0].references == [("seeds/01-initial-report.txt", 1), ("seeds/01-initial-report.txt", 12)]
    meta = pot.metadata
    assert meta["Project-Id-Version"] == "workbench 0.1"
    assert meta["Report-Msgid-Bugs-To"] == ""
    assert meta["POT-Creation-Date"] == "2024-01-01 12:00+0000"
    assert meta["MIME-Version"] == "1.0"
    assert meta["Content-Type"] == "text/plain; charset=UTF-8"
    assert meta["Content-Transfer-Encoding"] == "8bit"
    assert "#: seeds/01-initial-report.txt:1 seeds/01-initial-report.txt:12\n" in format_po(pot)


def test_template_date_only_changes_with_content() -> None:
    first = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T0)
    again = make_template(doc(*SENTENCES), project="workbench", version="0.1", previous=first, now=T1)
    assert format_po(again) == format_po(first)
    changed = make_template(doc(*SENTENCES, ("A new sentence.", 20)), project="workbench", version="0.1",
                            previous=first, now=T1)
    assert changed.metadata["POT-Creation-Date"] == "2024-02-02 13:30+0000"


def test_language_metadata_from_babel() -> None:
    ru = language_metadata("ru")
    assert ru["Language"] == "ru"
    assert ru["Plural-Forms"].startswith("nplurals=3;")
    assert language_metadata("kk")["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert ru["Content-Type"] == "text/plain; charset=UTF-8"
    with pytest.raises(WorkbenchError):
        language_metadata("xx_YY")


def translated_po() -> Catalogue:
    pot = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T0)
    po = merge(pot, None, "ru", now=T0)
    set_translation(po, "Kazakhstan: Initial Report", "Казахстан: первый отчёт", translator="Анна <a@x.kz>", now=T0)
    set_translation(po, "The uprising has been under way since 2 January.",
                    "Восстание продолжается со 2 января.", now=T0)
    po.get("The uprising has been under way since 2 January.").translator_comments.append("checked")
    set_translation(po, "More reports and initiatives to follow.", "Новые сообщения последуют.",
                    fuzzy=True, now=T0)
    return po


def test_new_catalogue_header() -> None:
    po = translated_po()
    assert po.metadata["Language"] == "ru"
    assert po.metadata["Last-Translator"] == "Анна <a@x.kz>"
    assert po.metadata["PO-Revision-Date"] == "2024-01-01 12:00+0000"
    assert po.metadata["Plural-Forms"].startswith("nplurals=3")


def test_merge_is_idempotent() -> None:
    po = translated_po()
    pot = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T1)  # new date, same content
    once = merge(pot, po, "ru", now=T1)
    assert format_po(once) == format_po(po)
    twice = merge(pot, parse_po(format_po(once)), "ru", now=T1)
    assert format_po(twice) == format_po(once)


def test_merge_fuzzy_obsolete_and_revival() -> None:
    po = translated_po()
    edited = list(SENTENCES)
    edited[2] = ("The uprising has been under way since 3 January.", 7)  # changed
    del edited[3]  # removed (its fuzzy translation becomes obsolete)
    edited.append(("A completely different sentence about oil workers in Zhanaozen.", 30))
    pot = make_template(doc(*edited), project="workbench", version="0.1", now=T1)
    new = merge(pot, po, "ru", now=T1)
    m = new.get("The uprising has been under way since 3 January.")
    assert m.fuzzy and m.msgstr == "Восстание продолжается со 2 января."
    assert m.previous_msgid == "The uprising has been under way since 2 January."
    assert m.translator_comments == ["checked"]
    assert new.get("A completely different sentence about oil workers in Zhanaozen.").msgstr == ""
    gone = new.get("More reports and initiatives to follow.")
    assert gone.obsolete and gone.msgstr == "Новые сообщения последуют." and gone.fuzzy
    assert new.get("Kazakhstan: Initial Report").msgstr == "Казахстан: первый отчёт"
    assert new.metadata["POT-Creation-Date"] == "2024-02-02 13:30+0000"
    assert new.metadata["Last-Translator"] == "Анна <a@x.kz>"
    text = format_po(new)
    assert '#~ msgid "More reports and initiatives to follow."' in text
    assert '#| msgid "The uprising has been under way since 2 January."' in text
    # the sentence comes back: revived with its translation
    back = merge(make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T1),
                 parse_po(text), "ru", now=T1)
    revived = back.get("More reports and initiatives to follow.")
    assert not revived.obsolete and revived.msgstr == "Новые сообщения последуют."
    assert not any(m.obsolete for m in back.messages if m.msgid == revived.msgid)


def test_dissimilar_messages_are_not_matched() -> None:
    po = translated_po()
    pot = make_template(doc(("Completely unrelated words here.", 1)), project="w", version="1", now=T1)
    new = merge(pot, po, "ru", now=T1)
    assert new.get("Completely unrelated words here.").msgstr == ""


def test_set_translation_unchanged_touches_nothing() -> None:
    po = translated_po()
    before = format_po(po)
    set_translation(po, "Kazakhstan: Initial Report", "Казахстан: первый отчёт", translator="X <x@y>", now=T1)
    assert format_po(po) == before
    with pytest.raises(WorkbenchError):
        set_translation(po, "no such message", "x")


def test_confirming_a_fuzzy_drops_previous() -> None:
    po = translated_po()
    m = po.get("More reports and initiatives to follow.")
    m.previous_msgid = "More reports to follow."
    set_translation(po, m.msgid, m.msgstr, fuzzy=False, now=T1)
    assert not m.fuzzy and m.previous_msgid is None and m.translated


@needs_gettext
def test_statistics_agree_with_msgfmt(tmp_path: Path) -> None:
    po = translated_po()
    po.messages.append(Message("one", msgid_plural="many", msgstr_plural={0: "", 1: "x", 2: "y"}))
    po.messages.append(Message("plural ok", msgid_plural="plurals", msgstr_plural={0: "a", 1: "", 2: "c"}))
    po.messages.append(Message("fuzzy but empty", flags=["fuzzy"]))
    po.messages.append(Message("gone", "ушло", obsolete=True))
    path = tmp_path / "ru.po"
    path.write_text(format_po(po), encoding="utf-8")
    out = subprocess.run(["msgfmt", "--statistics", "-o", "/dev/null", str(path)],
                         capture_output=True, text=True, check=True).stderr.strip()
    s = statistics(po)
    assert s.msgfmt_line() == out
    assert (s.translated, s.fuzzy, s.untranslated, s.obsolete) == (3, 1, 3, 1)
    assert s.words == sum(len(m.msgid.split()) for m in po.live())
    assert s.translated_words == 3 + 9 + 2


@needs_gettext
def test_merged_files_pass_msgfmt_check(tmp_path: Path) -> None:
    po = translated_po()
    path = tmp_path / "ru.po"
    path.write_text(format_po(po), encoding="utf-8")
    result = subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def _synthetic(n: int, seed_words: int = 5000) -> list[str]:
    import random

    rnd = random.Random(7)
    vocab = [f"w{i}x" for i in range(seed_words)]
    return [" ".join(rnd.choice(vocab) for _ in range(14)) + f" {i}." for i in range(n)]


@pytest.mark.slow
def test_merge_100k_with_changes_matches_every_change() -> None:
    """At scale every changed msgid finds its old translation (speed: bench_catalogue.py)."""
    import random

    rnd = random.Random(3)
    texts = _synthetic(100_000)
    pot = Catalogue(metadata={"POT-Creation-Date": "2024-01-01 00:00+0000"},
                    messages=[Message(t, references=[("a.txt", i + 1)]) for i, t in enumerate(texts)])
    po = merge(pot, None, "ru", now=T0)
    for m in po.messages:
        m.msgstr = "перевод " + m.msgid
    changed = list(texts)
    for i in rnd.sample(range(len(changed)), 5_000):
        words = changed[i].split()
        words[rnd.randrange(len(words) - 1)] = "changed"
        changed[i] = " ".join(words)
    pot2 = Catalogue(metadata={"POT-Creation-Date": "2024-02-01 00:00+0000"},
                     messages=[Message(t, references=[("a.txt", i + 1)]) for i, t in enumerate(changed)])
    new = merge(pot2, po, "ru", now=T1)
    fuzzy = [m for m in new.messages if m.fuzzy]
    assert len(fuzzy) >= 4_900
    assert all(m.msgstr == "перевод " + m.previous_msgid for m in fuzzy)


def test_new_catalogue_names_its_language_in_the_header_comment() -> None:
    pot = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T0)
    assert pot.header_comments[0] == "Translation template for seeds/01-initial-report.txt."
    ru = merge(pot, None, "ru", now=T0)
    kk = merge(pot, None, "kk", now=T0)
    assert ru.header_comments == [
        "Russian translation of seeds/01-initial-report.txt.",
        "This file is distributed under the same license as the workbench package.",
    ]
    assert kk.header_comments[0] == "Kazakh translation of seeds/01-initial-report.txt."
    assert kk.header_comments[1:] == pot.header_comments[1:]
    assert format_po(ru).startswith("# Russian translation of seeds/01-initial-report.txt.\n# This file")
    assert pot.header_comments[0].startswith("Translation template")  # the template is not modified


def test_existing_catalogue_keeps_its_header_comments() -> None:
    pot = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T0)
    po = merge(pot, None, "ru", now=T0)
    po.header_comments = ["Перевод на русский: Анна, 2024.", "", "Russian translation of something else."]
    again = merge(pot, parse_po(format_po(po)), "ru", now=T1)
    assert again.header_comments == po.header_comments
    # the translator's own first line is kept even if it mentions the template
    po.header_comments = ["Translation template for seeds/other.txt.", "mine"]
    assert merge(pot, po, "ru", now=T1).header_comments == po.header_comments


def test_template_first_line_in_existing_catalogue_is_replaced_once() -> None:
    pot = make_template(doc(*SENTENCES), project="workbench", version="0.1", now=T0)
    old = merge(pot, None, "kk", now=T0)
    # as catalogues were created before merge() wrote the language line
    old.header_comments = list(pot.header_comments) + ["Аударған: Айгүл."]
    fixed = merge(pot, parse_po(format_po(old)), "kk", now=T0)
    assert fixed.header_comments == [
        "Kazakh translation of seeds/01-initial-report.txt.",
        "This file is distributed under the same license as the workbench package.",
        "Аударған: Айгүл.",
    ]
    assert fixed.messages == old.messages
    assert fixed.metadata == old.metadata
    # from then on the catalogue is stable
    again = merge(pot, parse_po(format_po(fixed)), "kk", now=T1)
    assert format_po(again) == format_po(fixed)
