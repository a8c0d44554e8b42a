"""The UI-free session: loading, saving at once, noticing changes on disk."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from tests.helpers import copy_project
from workbench.gettext import read_po, write_po
from workbench.session import FUZZY, TRANSLATED, UNTRANSLATED, Session
from workbench.util.errors import WorkbenchError


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session(copy_project(tmp_path / "project")).load()


def _doc(session: Session):
    name = next(iter(session.docs))
    return name, session.document(name)


def _bump(path: Path) -> None:
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))


def test_load_and_progress(session: Session) -> None:
    assert session.docs and session.languages == ["ru", "kk"]
    name, doc = _doc(session)
    p = session.progress(name, "ru")
    assert p.total == len(doc.segments) and p.translated + p.fuzzy + p.untranslated == p.total


def test_save_is_atomic_and_immediate(session: Session) -> None:
    name, doc = _doc(session)
    seg = doc.segments[0]
    path = session.save_translation(name, "ru", seg.msgid, "Перевод")
    assert read_po(path).get(seg.msgid).msgstr == "Перевод"
    assert session.status(name, "ru", seg.msgid) == TRANSLATED
    session.save_translation(name, "ru", seg.msgid, "Перевод", fuzzy=True)
    assert read_po(path).get(seg.msgid).fuzzy and session.status(name, "ru", seg.msgid) == FUZZY
    session.save_translation(name, "ru", seg.msgid, "")
    assert session.status(name, "ru", seg.msgid) == UNTRANSLATED
    assert not list(path.parent.glob(".*.tmp"))
    assert session.poll() == []          # our own writes are not "changes on disk"


def test_other_writer_changes_other_message(session: Session) -> None:
    name, doc = _doc(session)
    a, b = doc.segments[0].msgid, doc.segments[3].msgid
    path = session.save_translation(name, "ru", a, "Наше")
    cat = read_po(path)
    cat.get(b).msgstr = "Их"
    write_po(cat, path)
    _bump(path)
    changes = session.poll()
    assert [c.kind for c in changes] == ["catalogue"]
    assert session.translation(name, "ru", a) == "Наше" and session.translation(name, "ru", b) == "Их"
    assert not session.dirty


def test_stale_writer_does_not_lose_our_edit(session: Session) -> None:
    name, doc = _doc(session)
    a, b = doc.segments[0].msgid, doc.segments[3].msgid
    path = session.save_translation(name, "ru", b, "старое")
    stale = read_po(path)                       # someone loads the file...
    session.save_translation(name, "ru", a, "Наше")   # ...we confirm a segment...
    stale.get(b).msgstr = "Их"                  # ...they change another one and save their old copy
    write_po(stale, path)
    _bump(path)
    changes = session.poll()
    assert "kept your 1 edit" in changes[0].message
    assert session.dirty
    session.flush()
    on_disk = read_po(path)
    assert on_disk.get(a).msgstr == "Наше" and on_disk.get(b).msgstr == "Их"


def test_outside_edit_after_our_save_is_the_newer_version(session: Session) -> None:
    """Once our confirm is on disk, someone else's later change of that message wins: it is
    not turned into a conflict, and no draft of ours is left to write back over theirs."""
    name, doc = _doc(session)
    a, b = doc.segments[0].msgid, doc.segments[1].msgid
    path = session.save_translation(name, "ru", a, "Наше")
    cat = read_po(path)
    cat.get(a).msgstr = "Их вариант"
    write_po(cat, path)
    _bump(path)
    changes = session.poll()
    assert changes[0].conflicts == () and "theirs is newer" in changes[0].message
    assert session.translation(name, "ru", a) == "Их вариант"
    assert session.draft(name, "ru", a) is None
    session.save_translation(name, "ru", b, "Другое")        # a later confirm elsewhere...
    assert read_po(path).get(a).msgstr == "Их вариант"       # ...keeps theirs


def test_broken_catalogue_on_disk_is_reported_not_overwritten(session: Session) -> None:
    name, doc = _doc(session)
    path = session.save_translation(name, "ru", doc.segments[0].msgid, "Наше")
    path.write_text('msgid "x"\nmsgstr broken\n', encoding="utf-8")
    changes = session.poll()
    assert changes[0].kind == "error"
    assert path.read_text(encoding="utf-8") == 'msgid "x"\nmsgstr broken\n'


def test_flush_from_thread_while_reading(session: Session) -> None:
    name, doc = _doc(session)
    for seg in doc.segments[:5]:
        session.set_translation(name, "kk", seg.msgid, "аударма")
    t = threading.Thread(target=session.flush)
    t.start()
    _ = session.progress(name, "kk")
    t.join()
    assert read_po(session.catalogue(name, "kk").path).get(doc.segments[4].msgid).msgstr == "аударма"


def test_memory_offers_translation_of_repeated_source(session: Session) -> None:
    names = list(session.docs)
    seg = session.document(names[0]).segments[0]
    session.save_translation(names[0], "ru", seg.msgid, "Готовый перевод")
    matches = session.suggestions("ru", seg.msgid)
    assert matches and matches[0].exact and matches[0].target == "Готовый перевод"


def test_no_save_into_a_catalogue_broken_on_disk(session: Session) -> None:
    name, doc = _doc(session)
    path = session.save_translation(name, "ru", doc.segments[0].msgid, "Наше")
    path.write_text('msgid "x"\nmsgstr broken\n', encoding="utf-8")
    session.poll()
    with pytest.raises(WorkbenchError, match="fix it on disk"):
        session.save_translation(name, "ru", doc.segments[1].msgid, "Ещё")
    assert "broken" in path.read_text(encoding="utf-8")


def test_incremental_formatter_matches_format_po(session: Session) -> None:
    from workbench.gettext import IncrementalFormatter as PoFormatter
    from workbench.gettext import format_po

    for name in session.docs:
        doc = session.document(name)
        catalogue = session.catalogue(name, "ru")
        formatter = PoFormatter()
        assert formatter.format(catalogue, set()) == format_po(catalogue)
        changed = set()
        for i, seg in enumerate(doc.segments[:12]):
            session.set_translation(name, "ru", seg.msgid, f"Перевод {i} \"кавычки\" \\ {'x' * (i * 9)}",
                                    fuzzy=i % 3 == 0)
            changed.add(id(catalogue.get(seg.msgid)))
        assert formatter.format(catalogue, changed) == format_po(catalogue)
        session.flush(name, "ru")
        assert Path(catalogue.path).read_text(encoding="utf-8") == format_po(catalogue)


def test_save_right_after_someone_else_merges_instead_of_overwriting(session: Session) -> None:
    name, doc = _doc(session)
    a, b = doc.segments[0].msgid, doc.segments[3].msgid
    path = session.save_translation(name, "ru", a, "Наше")
    cat = read_po(path)
    cat.get(b).msgstr = "Их"
    write_po(cat, path)
    _bump(path)
    # no poll in between: the save itself notices the other writer
    session.save_translation(name, "ru", doc.segments[5].msgid, "Ещё наше")
    on_disk = read_po(path)
    assert on_disk.get(a).msgstr == "Наше" and on_disk.get(b).msgstr == "Их"
    assert on_disk.get(doc.segments[5].msgid).msgstr == "Ещё наше"
    assert [c.kind for c in session.poll()] == ["catalogue"]


def test_glossary_edit_applies_to_the_file_on_disk(session: Session) -> None:
    path = session.project.glossary_path
    text = path.read_text(encoding="utf-8")
    header = next(l for l in text.splitlines() if l.startswith("id\t")).split("\t")
    row = dict.fromkeys(header, "")
    row.update(id="someone-else", type="person", en="Someone Else")
    path.write_text(text + "\t".join(row[c] for c in header) + "\n", encoding="utf-8")
    _bump(path)
    session.upsert_referent({"id": "ours", "type": "person", "en": "Our Name"})
    saved = path.read_text(encoding="utf-8")
    assert "someone-else\t" in saved and "ours\t" in saved


# -- drafts journal ----------------------------------------------------------------------

def test_drafts_journal_survives_a_crash(tmp_path: Path) -> None:
    import json

    root = copy_project(tmp_path / "project")
    first = Session(root).load()
    name, document = _doc(first)
    a, b, c = (s.msgid for s in document.segments[:3])
    first.set_draft(name, "ru", a, "Черновик А")
    first.set_draft(name, "kk", b, "Жоба Б")
    first.set_draft(name, "ru", c, "пока ничего")
    assert first.drafts_pending and first.flush_drafts() and not first.drafts_pending
    journal = root / ".workbench" / "drafts.json"
    entries = json.loads(journal.read_text(encoding="utf-8"))["drafts"]
    assert {(e["document"], e["language"], e["msgid"], e["text"]) for e in entries} == {
        (name, "ru", a, "Черновик А"), (name, "kk", b, "Жоба Б"), (name, "ru", c, "пока ничего")}
    assert all(isinstance(e["timestamp"], float) for e in entries)
    assert (root / ".workbench" / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    # confirming removes the entry; text equal to the saved translation is no draft
    first.save_translation(name, "ru", a, "Черновик А")
    first.set_draft(name, "ru", c, "")
    first.flush_drafts()
    assert [(e["language"], e["msgid"]) for e in json.loads(journal.read_text(encoding="utf-8"))["drafts"]] == [
        ("kk", b)]
    # a "crash": no quit, a new session on the same project
    second = Session(root).load(lazy=True)
    assert second.draft(name, "kk", b) == "Жоба Б"
    restored, orphaned = second.restore_drafts()
    assert [(d.document, d.language, d.msgid, d.text) for d in restored] == [(name, "kk", b, "Жоба Б")]
    assert orphaned == [] and second.draft(name, "ru", a) is None
    # discarding the last draft removes the journal
    second.discard_draft(name, "kk", b)
    second.flush_drafts()
    assert not journal.exists()


def test_drafts_of_vanished_segments_are_kept_not_dropped(tmp_path: Path) -> None:
    import json

    root = copy_project(tmp_path / "project")
    first = Session(root).load()
    name, document = _doc(first)
    segment = document.segments[0]
    first.set_draft(name, "ru", segment.msgid, "Текст, который нельзя терять")
    first.flush_drafts()
    journal = root / ".workbench" / "drafts.json"
    data = json.loads(journal.read_text(encoding="utf-8"))
    data["drafts"].append({"document": "renamed-since", "language": "ru", "msgid": "x", "text": "тоже",
                           "timestamp": 1.0})
    journal.write_text(json.dumps(data), encoding="utf-8")
    # the source changes: the segment no longer exists
    source = first.docs[name].path
    source.write_text(source.read_text(encoding="utf-8").replace(segment.source.split("\n")[0], "Rewritten.", 1),
                      encoding="utf-8")
    second = Session(root).load(lazy=True)
    restored, orphaned = second.restore_drafts()
    assert restored == []
    assert {d.text for d in orphaned} == {"Текст, который нельзя терять", "тоже"}
    kept = (root / ".workbench" / "orphaned-drafts.txt").read_text(encoding="utf-8")
    assert "Текст, который нельзя терять" in kept and "тоже" in kept
    assert not (root / ".workbench" / "drafts.json").exists()     # moved out of the journal


def test_unreadable_drafts_journal_is_moved_aside(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    (root / ".workbench").mkdir()
    (root / ".workbench" / "drafts.json").write_text("{not json", encoding="utf-8")
    session = Session(root).load(lazy=True)
    assert any("drafts journal cannot be read" in p for p in session.problems)
    aside = list((root / ".workbench").glob("drafts.unreadable-*.json"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{not json"


# -- sources changed on disk ----------------------------------------------------------------

def test_source_changed_on_disk_is_reparsed_and_update_merges(session: Session) -> None:
    name, document = _doc(session)
    before = len(document.segments)
    source = session.docs[name].path
    source.write_text(source.read_text(encoding="utf-8") + "\n\nA brand new closing paragraph.\n",
                      encoding="utf-8")
    _bump(source)
    changes = session.poll()
    change = next(c for c in changes if c.kind == "source")
    assert change.document == name and "the catalogues need `workbench update`" in change.message
    assert "1 new or changed segment" in change.message
    new = session.document(name).segments
    assert len(new) == before + 1 and new[-1].source == "A brand new closing paragraph."
    assert session.status(name, "ru", new[-1].msgid) == UNTRANSLATED
    assert session.message(name, "ru", new[-1].msgid) is None
    assert session.poll() == []          # noticed once
    report, _ = session.update()
    assert report.written
    assert session.message(name, "ru", new[-1].msgid) is not None
    session.save_translation(name, "ru", new[-1].msgid, "Новый абзац.")
    po = read_po(session.project.po_path(name, "ru"))
    assert po.get(new[-1].msgid).msgstr == "Новый абзац."


# -- conflicts: the translator's text is never dropped --------------------------------------

def _write_outside(path: Path, msgid: str, text: str) -> None:
    """Another program changes one message (an atomic write, like ours)."""
    cat = read_po(path)
    cat.get(msgid).msgstr = text
    write_po(cat, path)
    _bump(path)


def test_conflict_on_flush_keeps_ours_as_a_journalled_draft(session: Session) -> None:
    import json

    name, doc = _doc(session)
    a = doc.segments[0].msgid
    path = session.save_translation(name, "ru", doc.segments[1].msgid, "Другое")   # the file exists
    session.set_translation(name, "ru", a, "МОЙ ПЕРЕВОД")
    _write_outside(path, a, "ИХ ПЕРЕВОД")
    session.flush()
    # theirs is what the file and the catalogue say...
    assert read_po(path).get(a).msgstr == "ИХ ПЕРЕВОД"
    assert session.translation(name, "ru", a) == "ИХ ПЕРЕВОД"
    # ...ours is a draft over it, already in the crash-safe journal
    assert session.draft(name, "ru", a) == "МОЙ ПЕРЕВОД"
    journal = json.loads(session.drafts_path.read_text(encoding="utf-8"))["drafts"]
    assert [(d["msgid"], d["text"]) for d in journal] == [(a, "МОЙ ПЕРЕВОД")]
    # the conflict is reported with both texts
    changes = session.take_changes()
    assert [c.conflicts for c in changes] == [(a,)]
    (kept,) = changes[0].kept
    assert (kept.msgid, kept.yours, kept.theirs) == (a, "МОЙ ПЕРЕВОД", "ИХ ПЕРЕВОД")
    assert "МОЙ ПЕРЕВОД" in changes[0].message and "ИХ ПЕРЕВОД" in changes[0].message
    assert "kept as a draft" in changes[0].message
    # confirming the draft makes ours the translation again, without a second conflict
    session.save_translation(name, "ru", a, "МОЙ ПЕРЕВОД")
    assert read_po(path).get(a).msgstr == "МОЙ ПЕРЕВОД" and session.draft(name, "ru", a) is None
    assert session.poll() == []


def test_conflict_on_poll_keeps_ours_as_a_draft(session: Session) -> None:
    name, doc = _doc(session)
    a = doc.segments[0].msgid
    path = session.save_translation(name, "ru", doc.segments[1].msgid, "Другое")   # the file exists
    session.set_translation(name, "ru", a, "МОЙ ПЕРЕВОД")         # confirmed, not saved yet
    _write_outside(path, a, "ИХ ПЕРЕВОД")
    changes = session.poll()
    assert changes[0].conflicts == (a,) and changes[0].kept[0].yours == "МОЙ ПЕРЕВОД"
    assert session.translation(name, "ru", a) == "ИХ ПЕРЕВОД"
    assert session.draft(name, "ru", a) == "МОЙ ПЕРЕВОД"
    # a later outside change of the same message is no new conflict: the edit was handed over
    _write_outside(path, a, "ИХ ВТОРОЙ")
    assert session.poll()[0].conflicts == ()
    assert session.draft(name, "ru", a) == "МОЙ ПЕРЕВОД"


# -- glossary edits: reload, change, save as one step -------------------------------------------

def _add_outside_row(path: Path, ident: str) -> None:
    text = path.read_text(encoding="utf-8")
    header = next(l for l in text.splitlines() if l.startswith("id\t")).split("\t")
    row = dict.fromkeys(header, "")
    row.update(id=ident, type="person", en=ident.replace("-", " ").title())
    path.write_text(text + "\t".join(row[c] for c in header) + "\n", encoding="utf-8")
    _bump(path)


def test_glossary_save_never_reloads_after_the_edit(session: Session, monkeypatch) -> None:
    from workbench.glossary import Glossary

    path = session.project.glossary_path
    real_add = Glossary.add

    writes = []

    def add_then_someone_writes(self, referent):
        result = real_add(self, referent)
        if not writes:
            _add_outside_row(path, "late-writer")     # lands between our change and our save
            writes.append(1)
        return result

    monkeypatch.setattr(Glossary, "add", add_then_someone_writes)
    session.upsert_referent({"id": "ours", "type": "person", "en": "Our Name"})
    text = path.read_text(encoding="utf-8")
    assert "ours\t" in text                                          # reported saved, and it is
    assert "late-writer\t" in text                                   # and their row was not written over
    assert {"ours", "late-writer"} <= {r.id for r in session.referents()}


def test_poll_cannot_swap_the_glossary_during_an_edit(session: Session, monkeypatch) -> None:
    import time

    from workbench.glossary import Glossary

    path = session.project.glossary_path
    _add_outside_row(path, "someone-else")
    real_add = Glossary.add
    polled: list = []

    def add_while_polling(self, referent):
        t = threading.Thread(target=lambda: polled.append(session.poll()))
        t.start()
        time.sleep(0.3)                 # the poll would reload (and replace self.glossary) now
        result = real_add(self, referent)
        polled.append(t)
        return result

    monkeypatch.setattr(Glossary, "add", add_while_polling)
    session.upsert_referent({"id": "ours", "type": "person", "en": "Our Name"})
    polled[0].join(5)
    saved = path.read_text(encoding="utf-8")
    assert "someone-else\t" in saved and "ours\t" in saved
    ids = {r.id for r in session.referents()}
    assert {"ours", "someone-else"} <= ids
    session.poll()
    assert session.poll() == []          # our own save is no change on disk


# -- the lock: confirming never waits for disk I/O ---------------------------------------------

def _blocking(monkeypatch, target, attribute: str):
    """Make target.attribute block until released; return (entered, release) events."""
    entered, release = threading.Event(), threading.Event()
    real = getattr(target, attribute)

    def blocked(*args, **kwargs):
        entered.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(target, attribute, blocked)
    return entered, release


def _confirm_returns_promptly(session: Session, name: str, msgid: str, text: str) -> None:
    done = threading.Event()

    def confirm() -> None:
        session.set_translation(name, "ru", msgid, text)
        done.set()

    threading.Thread(target=confirm, daemon=True).start()
    assert done.wait(2), "set_translation waited for disk I/O in a worker"


@pytest.mark.parametrize("where", ["write", "format"])
def test_confirm_does_not_wait_for_a_save(session: Session, monkeypatch, where: str) -> None:
    import workbench.util.atomic
    from workbench.gettext import IncrementalFormatter as PoFormatter

    name, doc = _doc(session)
    a, b = doc.segments[0].msgid, doc.segments[1].msgid
    session.set_translation(name, "ru", a, "Первое")
    if where == "write":
        entered, release = _blocking(monkeypatch, workbench.util.atomic, "atomic_write_bytes")
    else:
        entered, release = _blocking(monkeypatch, PoFormatter, "format")
    saver = threading.Thread(target=session.flush)
    saver.start()
    assert entered.wait(5)
    try:
        _confirm_returns_promptly(session, name, b, "Второе")     # the save is stuck in I/O meanwhile
    finally:
        release.set()
        saver.join(10)
    session.flush()
    on_disk = read_po(session.catalogue(name, "ru").path)
    assert on_disk.get(a).msgstr == "Первое" and on_disk.get(b).msgstr == "Второе"
    assert not session.dirty and session.poll() == []


def test_confirm_does_not_wait_for_warm_or_loading(tmp_path: Path, monkeypatch) -> None:
    import workbench.text.documents
    from workbench.gettext import IncrementalFormatter as PoFormatter

    session = Session(copy_project(tmp_path / "project")).load(lazy=True)
    first, second = list(session.docs)[:2]
    msgid = session.document(first).segments[0].msgid
    entered, release = _blocking(monkeypatch, PoFormatter, "format")
    warm = threading.Thread(target=session.warm, args=(first, "ru"))
    warm.start()
    assert entered.wait(5)
    try:
        _confirm_returns_promptly(session, first, msgid, "Тёплый")
    finally:
        release.set()
        warm.join(10)
    monkeypatch.undo()
    entered, release = _blocking(monkeypatch, workbench.text.documents, "load_document")
    loader = threading.Thread(target=session.ensure_loaded, args=(second,))
    loader.start()
    assert entered.wait(5)
    try:
        _confirm_returns_promptly(session, first, msgid, "Пока грузится")
    finally:
        release.set()
        loader.join(10)
    assert session.docs[second].loaded


def test_two_flushes_never_write_at_once(session: Session, monkeypatch) -> None:
    import time

    import workbench.util.atomic

    real = workbench.util.atomic.atomic_write_bytes
    active, most = [0], [0]
    guard = threading.Lock()

    def slow_write(*args, **kwargs):
        with guard:
            active[0] += 1
            most[0] = max(most[0], active[0])
        time.sleep(0.05)
        try:
            return real(*args, **kwargs)
        finally:
            with guard:
                active[0] -= 1

    monkeypatch.setattr(workbench.util.atomic, "atomic_write_bytes", slow_write)
    name, doc = _doc(session)
    threads = []
    for i, seg in enumerate(doc.segments[:4]):
        session.set_translation(name, "ru", seg.msgid, f"Перевод {i}")
        session.set_translation(name, "kk", seg.msgid, f"Аударма {i}")
        t = threading.Thread(target=session.flush)
        t.start()
        threads.append(t)
    for t in threads:
        t.join(10)
    session.flush()
    assert most[0] == 1
    for lang, word in (("ru", "Перевод"), ("kk", "Аударма")):
        on_disk = read_po(session.catalogue(name, lang).path)
        assert [on_disk.get(s.msgid).msgstr for s in doc.segments[:4]] == [f"{word} {i}" for i in range(4)]


def test_undo_state_restores_the_previous_msgid(session: Session) -> None:
    name, doc = _doc(session)
    a = doc.segments[0].msgid
    path = session.save_translation(name, "ru", a, "Старое", fuzzy=True)
    cat = read_po(path)
    cat.get(a).previous_msgid = "Old source."
    write_po(cat, path)
    _bump(path)
    session.poll()
    before = session.message_state(name, "ru", a)
    session.save_translation(name, "ru", a, "Новое")
    assert session.message(name, "ru", a).previous_msgid is None
    session.restore_message(name, "ru", a, before)
    session.flush()
    message = read_po(path).get(a)
    assert (message.msgstr, message.fuzzy, message.previous_msgid) == ("Старое", True, "Old source.")


def test_problems_are_taken_not_iterated(tmp_path: Path) -> None:
    root = copy_project(tmp_path / "project")
    (root / ".workbench").mkdir()
    (root / ".workbench" / "drafts.json").write_text("{not json", encoding="utf-8")
    session = Session(root).load(lazy=True)
    taken = session.take_problems()
    assert any("drafts journal" in p for p in taken) and session.problems == []
    session._problem("found while loading")          # e.g. by the load worker, meanwhile
    assert any("drafts journal" in p for p in taken) and len(taken) == 1
    assert session.take_problems() == ["found while loading"]


def test_checker_never_cached_for_a_glossary_it_was_not_built_from(session: Session, monkeypatch) -> None:
    """The glossary and its version change together: a checker built while glossary.tsv is
    being reloaded belongs to the old glossary and is rebuilt for the new one (a version bumped
    before the new glossary was in place used to cache the old checker under the new version)."""
    import workbench.session.glossary_store as glossary_store

    store = session.glossary_store
    old = store.glossary
    assert store.checker() is not None
    reading, release = threading.Event(), threading.Event()
    real_load = glossary_store.load_glossary

    def slow_load(path):
        reading.set()
        assert release.wait(5)
        return real_load(path)

    monkeypatch.setattr(glossary_store, "load_glossary", slow_load)
    _add_outside_row(session.project.glossary_path, "someone-new")
    reloader = threading.Thread(target=store.reload_if_changed)
    reloader.start()
    assert reading.wait(5)
    during = store.checker()            # asked for while the new glossary is being read
    release.set()
    reloader.join(5)
    assert during is not None and during.glossary is old
    after = store.checker()
    assert store.glossary is not old and after is not None and after.glossary is store.glossary
    assert any(r.id == "someone-new" for r in after.referents)


def test_check_all_includes_the_spelling_report_only_when_asked(session: Session) -> None:
    """The checks screen's Info shows every glossary name as the sources spell it
    (``source-name``); the default report leaves that info out."""
    default = session.check_all()
    with_info = session.check_all(source_info=True)
    source_default = [l for (_, language), found in default.items() if language is None for l in found]
    source_info = [l for (_, language), found in with_info.items() if language is None for l in found]
    assert not any(l.finding.check == "source-name" for l in source_default)
    spelled = [l for l in source_info if l.finding.check == "source-name"]
    assert spelled and all(l.finding.severity == "info" for l in spelled)
    # everything else is the same report
    rest = sorted((l.document, l.index, l.finding.check, l.finding.offending) for l in source_info
                  if l.finding.check != "source-name")
    assert rest == sorted((l.document, l.index, l.finding.check, l.finding.offending) for l in source_default)
    name, segment = next((l.document, l.index) for l in spelled)
    assert spelled[0].finding.offending in session.document(name).segments[segment].source


# -- issue 12: compare before rename, text a catalogue cannot hold, the project lock ---------------------
def test_outside_save_between_check_and_rename_is_merged(session: Session, monkeypatch) -> None:
    """An editor saving while our save formats (after the last look, before the rename) is
    never overwritten: the rename is refused, theirs is merged message by message, ours rewritten."""
    from workbench.gettext import IncrementalFormatter

    name, doc = _doc(session)
    a, b = doc.segments[0].msgid, doc.segments[3].msgid
    path = session.save_translation(name, "ru", a, "Первое")
    real_format = IncrementalFormatter.format
    calls = []

    def format_while_someone_saves(self, catalogue, changed):
        if not calls:
            cat = read_po(path)
            cat.get(b).msgstr = "Их перевод"
            write_po(cat, path)                      # same second, same size or not: the content differs
        calls.append(1)
        return real_format(self, catalogue, changed)

    monkeypatch.setattr(IncrementalFormatter, "format", format_while_someone_saves)
    session.save_translation(name, "ru", a, "Первое, исправленное")
    on_disk = read_po(path)
    assert on_disk.get(a).msgstr == "Первое, исправленное"
    assert on_disk.get(b).msgstr == "Их перевод"
    assert len(calls) == 2
    assert any("reloaded from disk" in change.message for change in session.take_changes())


@pytest.mark.parametrize(("text", "problem"), [("Перевод\n", "end with"), ("\nПеревод", "begin with"),
                                               ("Пере\0вод", "NUL")])
def test_text_a_catalogue_cannot_hold_is_refused_before_anything_changes(session: Session, text: str,
                                                                         problem: str) -> None:
    name, doc = _doc(session)
    msgid = doc.segments[0].msgid
    with pytest.raises(WorkbenchError, match=problem):
        session.save_translation(name, "ru", msgid, text)
    assert session.translation(name, "ru", msgid) == "" and not session.dirty


def test_a_save_waits_for_another_writer_and_then_merges(session: Session) -> None:
    import subprocess
    import sys
    import time

    name, doc = _doc(session)
    a = doc.segments[0].msgid
    path = session.save_translation(name, "ru", a, "Первое")
    hold = ("import sys, time; from pathlib import Path; from workbench.gettext import read_po, write_po\n"
            "from workbench.util.lock import project_lock\n"
            "with project_lock(Path(sys.argv[1]), 'workbench update'):\n"
            "    print('held', flush=True); time.sleep(0.5)\n"
            "    cat = read_po(sys.argv[2]); cat.messages[5].msgstr = 'Их'; write_po(cat, sys.argv[2])\n")
    proc = subprocess.Popen([sys.executable, "-c", hold, str(session.root), str(path)], stdout=subprocess.PIPE,
                            text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        started = time.monotonic()
        session.save_translation(name, "ru", a, "Первое, второй раз")
        assert time.monotonic() - started >= 0.3           # it waited for the lock
    finally:
        proc.wait()
    on_disk = read_po(path)
    assert on_disk.get(a).msgstr == "Первое, второй раз" and on_disk.messages[5].msgstr == "Их"
