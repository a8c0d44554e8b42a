"""The editions: HTML reading edition, bilingual edition, EPUB, kk-Latn, the folder.

Pages are parsed as XML (every page is well-formed XML as well as HTML5), so the
assertions look at elements and attributes, not at strings that happen to match.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from tests.helpers import copy_project
from workbench.cli import main
from workbench.gettext import read_po, write_po
from workbench.project import load_project
from workbench.services.compile import compile_project

EPUBCHECK = shutil.which("epubcheck")
JAVA = shutil.which("java")
XHTML = "{http://www.w3.org/1999/xhtml}"


def run(project: Path, *args: str) -> int:
    return main(["--project", str(project), *args])


def make_project(root: Path, documents: dict[str, str], *, languages: str = '"ru", "kk"',
                 licence: str | None = "MIT License\n\nCopyright (c) 2026 Test Translators\n") -> Path:
    (root / "seeds").mkdir(parents=True)
    for name, text in documents.items():
        (root / "seeds" / name).write_text(text, encoding="utf-8")
    (root / "workbench.toml").write_text(
        f'[workbench]\nsource = "seeds"\nlanguages = [{languages}]\nname = "test-book"\n', encoding="utf-8")
    if licence is not None:
        (root / "LICENSE").write_text(licence, encoding="utf-8")
    assert run(root, "update") == 0
    return root


def translate(root: Path, doc: str, language: str, translations: dict[str, str], *,
              fuzzy: tuple[str, ...] = (), header: dict[str, str] | None = None) -> None:
    path = root / "locale" / language / "LC_MESSAGES" / f"{doc}.po"
    catalogue = read_po(path)
    for message in catalogue.live():
        if message.msgid in translations:
            message.msgstr = translations[message.msgid]
            message.fuzzy = message.msgid in fuzzy
    for key, value in (header or {}).items():
        catalogue.metadata[key] = value
    write_po(catalogue, path)


def parse(path: Path) -> ET.Element:
    return ET.fromstring(path.read_bytes())


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def by_class(root: ET.Element, css: str) -> list[ET.Element]:
    return [e for e in root.iter() if css in (e.get("class") or "").split()]


# -- the bundled project -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("bundled") / "p", with_locale=True)
    shutil.copy(Path(__file__).resolve().parent.parent / "LICENSE", root / "LICENSE")
    assert run(root, "compile") == 0
    return root


def test_every_format_and_language_is_written(bundled: Path) -> None:
    editions = bundled / "editions"
    for code in ("ru", "kk", "kk-Latn"):
        for name in ("01-initial-report", "04-detroit-workers-voice", "05-tendenza-internazionale"):
            assert (editions / code / f"{name}.html").is_file()
            assert (editions / code / "bilingual" / f"{name}.html").is_file()
        assert (editions / code / "01-initial-report.txt").is_file()
        assert (editions / code / "05-tendenza-internazionale.md").is_file()
        assert (editions / code / f"seeds-test-{code}.epub").is_file()
        assert (editions / f"index-{code}.html").is_file()
    assert (editions / "index.html").is_file() and (editions / "style.css").is_file()
    assert (editions / "locale/kk/LC_MESSAGES/01-initial-report.mo").is_file()
    assert not (editions / "locale/kk-Latn").exists()
    assert not (bundled / "build").exists()


def test_title_is_the_documents_heading_not_its_first_line(bundled: Path) -> None:
    page = parse(bundled / "editions/ru/04-detroit-workers-voice.html")
    title = page.find("head/title")
    h1 = page.findall(".//h1")
    assert title is not None and title.text == "Солидарность с борющимися рабочими Казахстана!"
    assert len(h1) == 1 and text_of(h1[0]) == title.text
    assert page.get("lang") == "ru"


def test_web_page_leftovers_are_not_headings(bundled: Path) -> None:
    page = parse(bundled / "editions/ru/04-detroit-workers-voice.html")
    headings = [text_of(h) for h in page.iter() if h.tag in ("h1", "h2", "h3")]
    assert not any(h.startswith(("Фото", "Назад")) for h in headings), headings
    assert [text_of(p) for p in by_class(page, "caption")] == ["Фото: во время протестов"]
    assert text_of(by_class(page, "leftover")[0]).startswith("Назад на главную")
    assert len(by_class(page, "byline")) == 5


def test_a_document_without_heading_gets_a_title_from_its_first_sentence(bundled: Path) -> None:
    page = parse(bundled / "editions/kk/03-international-solidarity.html")
    derived = by_class(page, "derived-title")
    assert len(derived) == 1 and derived[0].tag == "h1"
    assert page.findtext("head/title") == text_of(derived[0])
    assert text_of(derived[0]).startswith("Республикалық социалистік платформа")
    assert "first sentence" not in text_of(page) and "бірінші сөйлемі" in text_of(page)


def test_markdown_is_rendered(bundled: Path) -> None:
    page = parse(bundled / "editions/ru/05-tendenza-internazionale.html")
    h1 = page.find(".//article/h1")
    assert h1 is not None and h1.find("strong") is not None   # ## **…** is the title, bold
    paragraphs = [text_of(p) for p in page.iter("p")]
    assert any(p.startswith("«Интернациональная революционная тенденция»") for p in paragraphs)
    last = [p for p in page.iter("p") if p.find("strong") is not None]
    assert last, "the bold byline is bold"
    # the paragraph broken by a page break (seed 05, line 13-15) is one paragraph
    assert not any(p.startswith("утверждение") for p in paragraphs)


def test_untranslated_markdown_keeps_no_backslash(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"doc.md": "# Title\n\nInvestments totalling \\$20 billion.\n"})
    assert run(root, "compile", "-l", "ru", "--format", "html") == 0
    page = parse(root / "editions/ru/doc.html")
    marked = by_class(page, "untranslated")
    assert [text_of(e) for e in marked] == ["Title", "Investments totalling $20 billion."]
    assert all(e.get("lang") == "en" for e in marked)
    assert len(by_class(page, "untranslated-note")) == 2
    assert "\\" not in text_of(page.find(".//article"))


def test_markdown_title_is_plain_text(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"atx.md": "## Plain *Title* with [a link](https://x.org) ##\n\nBody text here.\n",
                                   "none.md": "A **long** first sentence that goes on and on and on about the "
                                              "uprising and the strikes in the west of the country.\n"})
    assert run(root, "compile", "-l", "ru", "--format", "html") == 0
    atx = parse(root / "editions/ru/atx.html")
    assert atx.findtext("head/title") == "Plain Title with a link" and len(atx.findall(".//h1")) == 1
    none = parse(root / "editions/ru/none.html")
    assert none.findtext("head/title") == "A long first sentence that goes on and on and on about the uprising and the…"
    assert [h.get("class") for h in none.findall(".//h1")] == ["derived-title"]


def test_urls_and_email_addresses_are_links(bundled: Path) -> None:
    page = parse(bundled / "editions/kk/04-detroit-workers-voice.html")
    hrefs = {a.get("href") for a in page.iter("a")}
    assert "http://www.communistvoice.org/47cJanaozen.html" in hrefs
    assert "mailto:mail@communistvoice.org" in hrefs


def test_colophon_says_what_the_edition_is(bundled: Path) -> None:
    page = parse(bundled / "editions/ru/02-russian-socialist-movement.html")
    colophon = by_class(page, "colophon")[0]
    terms = [text_of(dt) for dt in colophon.iter("dt")]
    assert terms == ["Оригинал", "Происхождение", "Перевод", "Статус", "Переводчики", "Дата", "Лицензия"]
    text = text_of(colophon)
    assert "seeds/02-russian-socialist-movement.txt" in text
    digest = hashlib.sha256((bundled / "seeds/02-russian-socialist-movement.txt").read_bytes()).hexdigest()
    assert digest in text
    assert "Reproduced from Fourth International/International Viewpoint" in text
    assert "переведено сегментов: 90 из 90 (100\xa0%)" in text
    assert "черновик перевода для рецензирования" in text
    assert "23 ноября 2026\u202fг." in text           # PO-Revision-Date, not the clock
    assert "MIT License, Copyright (c) 2026 The workbench project contributors" in text


def test_bilingual_edition_aligns_every_segment_with_its_source_line(bundled: Path) -> None:
    from workbench.text.documents import load_document

    document = load_document(bundled / "seeds/02-russian-socialist-movement.txt", bundled)
    page = parse(bundled / "editions/kk/bilingual/02-russian-socialist-movement.html")
    pairs = [p for p in by_class(page, "pair") if "pair-head" not in p.get("class", "")]
    assert len(pairs) == len(document.segments)
    for pair, segment in zip(pairs, document.segments):
        source, target, ref = list(pair)
        assert source.get("lang") == "en" and target.get("lang") == "kk"
        assert " ".join(text_of(source).split()) == " ".join(segment.msgid.split())
        links = list(ref.iter("a"))
        assert text_of(links[0]) == f"seeds/02-russian-socialist-movement.txt:{segment.line}"
        assert links[0].get("href") == "../../../seeds/02-russian-socialist-movement.txt"
        assert text_of(links[1]).startswith("locale/kk/LC_MESSAGES/02-russian-socialist-movement.po:")


def test_kazakh_latin_edition_has_no_cyrillic_and_glossary_names(bundled: Path) -> None:
    folder = bundled / "editions/kk-Latn"
    article = parse(folder / "02-russian-socialist-movement.html").find(".//article")
    assert article is not None and article.get("lang") == "kk-Latn"
    words = text_of(article)
    assert not re.search("[\u0400-\u04ff]", words)
    assert "Qasym-Jomart Toqaev" in words                 # Kazakh names: the 2021 alphabet
    assert "Michelle Bachelet" in words and "Xi Jinping" in words   # kk_latn column
    assert "Joe Biden" not in words and "Biden" in words    # only the surname is in this text
    text = (folder / "05-tendenza-internazionale.md").read_text(encoding="utf-8")
    assert "Bidennıñ" in text and not re.search("[\u0400-\u04ff]", text)


def test_compiling_twice_gives_identical_files(bundled: Path, tmp_path: Path) -> None:
    other = copy_project(tmp_path / "again", with_locale=True)
    shutil.copy(bundled / "LICENSE", other / "LICENSE")
    assert run(other, "compile") == 0
    first = {p.relative_to(other / "editions"): p.read_bytes() for p in (other / "editions").rglob("*") if p.is_file()}
    assert run(other, "compile") == 0
    second = {p.relative_to(other / "editions"): p.read_bytes() for p in (other / "editions").rglob("*") if p.is_file()}
    assert first == second
    theirs = {p.relative_to(bundled / "editions"): p.read_bytes() for p in (bundled / "editions").rglob("*")
              if p.is_file()}
    assert first == theirs   # another folder, another time: the same bytes


def test_epub_container_is_reproducible_and_well_formed(bundled: Path) -> None:
    path = bundled / "editions/ru/seeds-test-ru.epub"
    with zipfile.ZipFile(path) as book:
        infos = book.infolist()
        assert infos[0].filename == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED
        assert book.read("mimetype") == b"application/epub+zip"
        assert {i.date_time for i in infos} == {(2026, 11, 23, 12, 45, 0)}
        names = [i.filename for i in infos]
        assert names[1:] == ["META-INF/container.xml", "EPUB/package.opf", "EPUB/nav.xhtml", "EPUB/style.css",
                             "EPUB/title.xhtml", "EPUB/c01.xhtml", "EPUB/c02.xhtml", "EPUB/c03.xhtml",
                             "EPUB/c04.xhtml", "EPUB/c05.xhtml"]
        package = ET.fromstring(book.read("EPUB/package.opf"))
        dc = "{http://purl.org/dc/elements/1.1/}"
        assert package.findtext(f".//{dc}language") == "ru"
        assert package.findtext(f".//{dc}date") == "2026-11-23"
        assert package.findtext(f".//{dc}contributor") == "Russian, workbench project translators"
        modified = [m.text for m in package.iter("{http://www.idpf.org/2007/opf}meta")
                    if m.get("property") == "dcterms:modified"]
        assert modified == ["2026-11-23T12:45:00Z"]
        nav = ET.fromstring(book.read("EPUB/nav.xhtml"))
        toc = [text_of(a) for a in nav.iter(f"{XHTML}a")]
        assert "Солидарность с борющимися рабочими Казахстана!" in toc
        chapter = ET.fromstring(book.read("EPUB/c04.xhtml"))
        assert chapter.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
        assert book.read("EPUB/style.css") == (bundled / "editions/style.css").read_bytes()


def _epubcheck(*paths: Path) -> list[tuple[int, str]]:
    """Run epubcheck on every book at once (one JVM each); (exit code, report) per book."""
    # Debian's /usr/bin/epubcheck is the jar itself (run through binfmt_misc where configured).
    jar = Path(EPUBCHECK or "").resolve()
    prefix = [JAVA, "-jar", str(jar)] if JAVA and jar.suffix == ".jar" else [str(EPUBCHECK)]
    running = [subprocess.Popen([*prefix, str(path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
               for path in paths]
    return [(process.wait(timeout=600), process.communicate()[0]) for process in running]


@pytest.mark.skipif(not EPUBCHECK, reason="epubcheck not installed (Debian: apt-get install epubcheck)")
def test_bundled_books_pass_epubcheck(bundled: Path) -> None:
    books = [bundled / "editions" / code / f"seeds-test-{code}.epub" for code in ("ru", "kk", "kk-Latn")]
    for code, report in _epubcheck(*books):
        assert code == 0, report
        assert "0 fatals / 0 errors / 0 warnings" in report, report


# -- hostile text ------------------------------------------------------------------------------

HOSTILE_TXT = (
    "Title <script>alert('t')</script>\n\n"
    "First <img src=x onerror=alert(1)> sentence. Bell\x07 and escape\x1b[31m here. "
    "Reverse \u202eevil\u202c text. Marker \ufdd0 here.\n"
)
HOSTILE_MD = (
    "# Head <b>bold</b>\n\n"
    "A [link](javascript:alert(1)) and <script>alert(2)</script> raw. "
    "Entity &#xFDD0;&#xFDE1;&#xFDD1; spoof and [ok](https://example.org/a).\n\n"
    "*Emphasis across. Two sentences.*\n"
)


def _assert_inert(page: ET.Element) -> None:
    for element in page.iter():
        tag = element.tag.replace(XHTML, "")
        assert tag not in ("script", "img", "iframe", "object", "b"), tag
        for name, value in element.attrib.items():
            assert not name.startswith("on"), (tag, name)
            assert not value.strip().lower().startswith("javascript:"), (tag, value)


def test_hostile_source_and_translation_stay_inert(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"a.txt": HOSTILE_TXT, "b.md": HOSTILE_MD})
    translate(root, "a", "ru", {"First <img src=x onerror=alert(1)> sentence.":
                                "Первое <svg onload=alert(3)> предложение \x1b]0;title\x07."})
    translate(root, "b", "ru", {"Head <b>bold</b>": "Заголовок <iframe src=evil></iframe> \u202e"})
    assert run(root, "compile", "-l", "ru") == 0
    pages = [root / "editions/ru/a.html", root / "editions/ru/b.html",
             root / "editions/ru/bilingual/a.html", root / "editions/ru/bilingual/b.html",
             root / "editions/index-ru.html"]
    for path in pages:
        page = parse(path)            # well-formed: nothing broke out of its element
        _assert_inert(page)
        assert "\x1b" not in path.read_text(encoding="utf-8") and "\x07" not in path.read_text(encoding="utf-8")
    a = parse(root / "editions/ru/a.html")
    words = text_of(a.find(".//article"))
    assert "<script>alert('t')</script>" in words and "<svg onload=alert(3)>" in words
    shown = {e.get("title"): text_of(e) for e in by_class(a, "ctrl")}
    assert shown == {"U+001B": "␛", "U+0007": "␇", "U+202E": "[U+202E]", "U+202C": "[U+202C]",
                     "U+FDD0": "[U+FDD0]"}
    b = parse(root / "editions/ru/b.html")
    assert "<iframe src=evil></iframe>" in text_of(b.find(".//h1"))
    assert {a.get("href") for a in b.iter("a")} == {"https://example.org/a", "../index-ru.html",
                                                     "bilingual/b.html", "b.md", "test-book-ru.epub", "a.html",
                                                     "../../seeds/b.md", "../../locale/ru/LC_MESSAGES/b.po"}
    # the spoofed marker prints as U+FFFD and breaks nothing; the real ones still mark
    assert "\ufffd" in text_of(b.find(".//article"))
    # emphasis over two sentences is one <em>, with each untranslated sentence marked inside it
    emphasis = b.find(".//article//em")
    assert emphasis is not None and [e.get("id") for e in by_class(emphasis, "untranslated")] == ["s3", "s4"]
    assert len(b.findall(".//article//em")) == 1
    with zipfile.ZipFile(root / "editions/ru/test-book-ru.epub") as book:
        for name in book.namelist():
            if name.endswith(".xhtml"):
                _assert_inert(ET.fromstring(book.read(name)))


@pytest.mark.skipif(not EPUBCHECK, reason="epubcheck not installed (Debian: apt-get install epubcheck)")
def test_hostile_book_passes_epubcheck(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"a.txt": HOSTILE_TXT, "b.md": HOSTILE_MD}, languages='"kk"')
    translate(root, "a", "kk", {"First <img src=x onerror=alert(1)> sentence.": "Бірінші <svg> сөйлем \x1b."},
              fuzzy=("First <img src=x onerror=alert(1)> sentence.",))
    assert run(root, "compile", "--format", "epub") == 0
    for code, report in _epubcheck(*(root / "editions" / code / f"test-book-{code}.epub" for code in ("kk", "kk-Latn"))):
        assert code == 0, report


# -- status, dates, counts ---------------------------------------------------------------------

def test_fuzzy_segment_keeps_the_source_in_reading_and_shows_the_draft_to_reviewers(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n\nOne sentence. Two sentence.\n"})
    translate(root, "d", "ru", {"Heading": "Заголовок", "One sentence.": "Черновик.", "Two sentence.": "Два."},
              fuzzy=("One sentence.",), header={"PO-Revision-Date": "2025-03-04 23:30-0500"})
    assert run(root, "compile", "-l", "ru") == 0
    reading = parse(root / "editions/ru/d.html")
    fuzzy = by_class(reading, "fuzzy")
    assert [text_of(e) for e in fuzzy] == ["One sentence."] and "Черновик" not in text_of(reading)
    colophon = text_of(by_class(reading, "colophon")[0])
    assert "ждут проверки: 1" in colophon and "переведено сегментов: 2 из 3 (66\xa0%)" in colophon
    assert "5 марта 2025\u202fг." in colophon     # 23:30 at UTC-5 is the 5th in UTC
    assert "черновик" not in colophon         # the header does not say draft
    bilingual = parse(root / "editions/ru/bilingual/d.html")
    assert "Черновик." in text_of(by_class(bilingual, "tgt")[2])


def test_header_fuzzy_or_draft_marks_the_edition_as_draft(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    translate(root, "d", "ru", {"Heading": "Заголовок"},
              header={"Last-Translator": "A. Translator (DRAFT)"})
    assert run(root, "compile", "-l", "ru", "--format", "html") == 0
    assert "черновик перевода" in text_of(parse(root / "editions/ru/d.html"))


# -- formats and languages ---------------------------------------------------------------------

def test_format_selects_what_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    assert run(root, "compile", "--format", "epub,txt") == 0
    files = sorted(p.relative_to(root / "editions").as_posix() for p in (root / "editions").rglob("*")
                   if p.is_file())
    assert files == ["kk-Latn/d.txt", "kk-Latn/test-book-kk-Latn.epub", "kk/d.txt", "kk/test-book-kk.epub",
                     "locale/kk/LC_MESSAGES/d.mo", "locale/ru/LC_MESSAGES/d.mo", "ru/d.txt",
                     "ru/test-book-ru.epub"]
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_code:
        run(root, "compile", "--format", "html,pdf")
    assert exit_code.value.code == 2
    assert "unknown format pdf" in capsys.readouterr().err


def test_language_selection(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    assert run(root, "compile", "-l", "kk-Latn") == 0
    assert sorted(p.name for p in (root / "editions").iterdir()) == [
        "index-kk-Latn.html", "index.html", "kk-Latn", "style.css"]
    assert run(root, "compile", "-l", "kk", "--format", "html") == 0
    assert (root / "editions/kk/d.html").is_file() and (root / "editions/kk-Latn/d.html").is_file()
    index = parse(root / "editions/index.html")
    assert [a.get("href") for a in index.iter("a")] == ["index-kk.html", "index-kk-Latn.html"]
    capsys.readouterr()
    assert run(root, "compile", "-l", "de") == 1
    assert "not a target language of this project: de" in capsys.readouterr().err


def test_no_html_keeps_the_old_option(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    assert run(root, "compile", "-l", "ru", "--no-html") == 0
    assert not list((root / "editions").rglob("*.html"))
    assert (root / "editions/ru/d.txt").is_file()


# -- the output folder -------------------------------------------------------------------------

def test_editions_folder_setting_and_its_old_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    assert load_project(root).editions_dir == root / "editions"
    config = root / "workbench.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'build = "out"\n', encoding="utf-8")
    assert load_project(root).editions_dir == root / "out"
    assert run(root, "compile", "-l", "ru", "--format", "txt") == 0
    assert (root / "out/ru/d.txt").is_file()
    config.write_text(config.read_text(encoding="utf-8") + 'editions = "pub"\n', encoding="utf-8")
    capsys.readouterr()
    assert run(root, "compile") == 1
    assert "'build' is the old name of 'editions'" in capsys.readouterr().err


def test_editions_folder_outside_the_project_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path / "p", {"d.txt": "Heading\n"})
    config = root / "workbench.toml"
    config.write_text(config.read_text(encoding="utf-8") + 'editions = "../outside"\n', encoding="utf-8")
    capsys.readouterr()
    assert run(root, "compile") == 1
    assert "editions must be a path inside the project folder" in capsys.readouterr().err
    assert not (tmp_path / "outside").exists()


@pytest.mark.parametrize("setting", [".", "seeds", "seeds/out", "locale", "locale/ru"])
def test_editions_folder_apart_from_sources_and_catalogues(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                            setting: str) -> None:
    root = make_project(tmp_path / "p", {"d.txt": "Heading\n"})
    config = root / "workbench.toml"
    config.write_text(config.read_text(encoding="utf-8") + f'editions = "{setting}"\n', encoding="utf-8")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    capsys.readouterr()
    assert run(root, "compile") == 1
    err = capsys.readouterr().err
    assert "the editions folder cannot" in err or "editions cannot be the project folder" in err, err
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_left_out_and_removed_documents_lose_every_output(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"a.txt": "Alpha heading\n", "b.md": "# Beta\n"})
    translate(root, "a", "ru", {"Alpha heading": "Альфа"})
    assert run(root, "compile", "-l", "ru") == 0
    ru = root / "editions/ru"
    assert {p.name for p in ru.iterdir()} == {"a.html", "a.txt", "b.html", "b.md", "bilingual", "test-book-ru.epub"}
    assert run(root, "compile", "-l", "ru", "--min-percent", "50") == 0
    assert {p.name for p in ru.iterdir()} == {"a.html", "a.txt", "bilingual", "test-book-ru.epub"}
    assert {p.name for p in (ru / "bilingual").iterdir()} == {"a.html"}
    (root / "seeds/a.txt").unlink()
    assert run(root, "compile", "-l", "ru", "--min-percent", "50") == 0
    assert {p.name for p in ru.iterdir()} == {"bilingual"}
    assert not (root / "editions/index-ru.html").exists()
    assert not (root / "editions/locale/ru/LC_MESSAGES/a.mo").exists()


def test_removal_never_follows_a_symbolic_link(tmp_path: Path) -> None:
    """Outputs that are links: refused when they lead out, removed (the link, not its target) when not."""
    root = make_project(tmp_path / "p", {"a.txt": "Alpha heading\n"})
    outside = tmp_path / "precious"
    outside.mkdir()
    (outside / "keep.html").write_text("mine", encoding="utf-8")
    assert run(root, "compile", "-l", "ru") == 0
    (root / "editions/ru/old.html").symlink_to(outside / "keep.html")
    (root / "editions/ru/folder.html").symlink_to(outside, target_is_directory=True)
    # a link out of the project among the outputs: compile refuses before writing or deleting
    # anything (a write would go through the link), and says which link
    assert run(root, "compile", "-l", "ru") == 1
    assert (root / "editions/ru/old.html").is_symlink() and (root / "editions/ru/folder.html").is_symlink()
    assert (outside / "keep.html").read_text(encoding="utf-8") == "mine"
    # links inside the project are left alone by the check and removed as stale outputs
    (root / "editions/ru/old.html").unlink()
    (root / "editions/ru/folder.html").unlink()
    (root / "editions/ru/stale.html").symlink_to(root / "seeds" / "a.txt")
    assert run(root, "compile", "-l", "ru") == 0
    assert not (root / "editions/ru/stale.html").exists() and (root / "seeds" / "a.txt").is_file()


def test_a_language_folder_that_is_a_link_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path / "p", {"a.txt": "Alpha heading\n"})
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (root / "editions").mkdir()
    (root / "editions/ru").symlink_to(outside, target_is_directory=True)
    capsys.readouterr()
    assert run(root, "compile", "-l", "ru") == 1
    err = capsys.readouterr().err
    assert "is a symbolic link" in err or "leads outside the project folder" in err, err
    assert list(outside.iterdir()) == []


# -- kk-Latn names from the glossary -----------------------------------------------------------

GLOSSARY_HEAD = ("id\ttype\ten\ten_admitted\ten_deprecated\tru\tru_admitted\tru_wrong\tru_decl\tkk\tkk_admitted"
                 "\tkk_wrong\tkk_decl\tnote\tkk_latn\n")


def _row(ident: str, en: str, kk: str, latin: str) -> str:
    return f"{ident}\tperson\t{en}\t\t\t\t\t\t\t{kk}\t\t\t\t\t{latin}\n"


def test_glossary_latin_spellings_and_their_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"d.txt": "Biden met Nur.\n"}, languages='"kk"')
    translate(root, "d", "kk", {"Biden met Nur.": "Байденнің нұры Нұрға жетті."})
    glossary = root / "glossary.tsv"
    glossary.write_text(GLOSSARY_HEAD + _row("biden", "Joe Biden", "Джо Байден", "Joe Biden")
                        + _row("nur", "Nur", "Нұр", "Noor"), encoding="utf-8")
    assert run(root, "compile", "-l", "kk-Latn", "--format", "txt") == 0
    assert (root / "editions/kk-Latn/d.txt").read_text(encoding="utf-8") == "Bidennıñ nūry Noorğa jettı.\n"
    glossary.write_text(GLOSSARY_HEAD + _row("biden", "Joe Biden", "Джо Байден", "Biden")
                        + _row("other", "Other", "Байден", "Bayden"), encoding="utf-8")
    capsys.readouterr()
    assert run(root, "compile", "-l", "kk-Latn") == 1
    err = capsys.readouterr().err
    assert "glossary.tsv:2: kk_latn 'Biden' has 1 word(s) but kk 'Джо Байден' has 2" in err
    assert "glossary.tsv:3" not in err           # its only word is not taken by the bad row
    glossary.write_text(GLOSSARY_HEAD + _row("biden", "Joe Biden", "Джо Байден", "Joe Biden")
                        + _row("other", "Other", "Байден", "Bayden"), encoding="utf-8")
    assert run(root, "compile", "-l", "kk-Latn") == 1
    assert "glossary.tsv:3: kk_latn spells 'Байден' 'Bayden', but line 2 spells it 'Biden'" in \
        capsys.readouterr().err


def test_glossary_latin_spelling_must_be_latin(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = make_project(tmp_path, {"d.txt": "Biden.\n"}, languages='"kk"')
    (root / "glossary.tsv").write_text(GLOSSARY_HEAD + _row("biden", "Joe Biden", "Джо Байден", "Джо Biden"),
                                       encoding="utf-8")
    capsys.readouterr()
    assert run(root, "compile") == 1
    assert "glossary.tsv:2: kk_latn 'Джо Biden' has Cyrillic letters" in capsys.readouterr().err


def test_a_ru_only_compile_does_not_read_the_glossary(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    (root / "glossary.tsv").write_text("not a glossary\n", encoding="utf-8")
    assert run(root, "compile", "-l", "ru") == 0


def test_result_api_lists_books_and_removed_files(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"d.txt": "Heading\n"})
    result = compile_project(load_project(root), ["ru"], formats=["epub"])
    assert [(b.language, b.path.name if b.path else None, b.chapters) for b in result.books] == [
        ("ru", "test-book-ru.epub", 1)]
    assert result.index is None and result.removed == []
    assert [r.outputs for r in result.editions] == [{"epub": root / "editions/ru/test-book-ru.epub"}]


def test_stylesheet_has_print_rules_hyphens_and_cyrillic_fonts() -> None:
    from importlib import resources

    css = resources.files("workbench.editions").joinpath("style.css").read_text(encoding="utf-8")
    assert "@media print" in css and "hyphens: auto" in css
    assert '"Noto Serif"' in css and '"DejaVu Serif"' in css and '"PT Serif"' in css


# -- the small pieces --------------------------------------------------------------------------

def test_links_are_trimmed_of_closing_quotes_and_only_safe_schemes_are_made() -> None:
    from workbench.editions.markup import link_text

    assert link_text("«https://y.kz/б»") == '«<a href="https://y.kz/б">https://y.kz/б</a>»'
    assert link_text("mail@communistvoice.org.") == \
        '<a href="mailto:mail@communistvoice.org">mail@communistvoice.org</a>.'
    assert link_text("see Altleft.org") == 'see <a href="http://Altleft.org">Altleft.org</a>'
    assert link_text("0.12 euros, U.S. troops, e.g. this") == "0.12 euros, U.S. troops, e.g. this"
    assert "href" not in link_text("javascript:alert(1) data:text/html,x")


def test_control_characters_become_visible_placeholders() -> None:
    from workbench.editions.markup import attribute, escape_text, visible

    assert visible("\x00") == "␀" and visible("\x1b") == "␛" and visible("\x7f") == "␡"
    assert visible("\x85") == "[U+0085]" and visible("\u2066") == "[U+2066]"
    assert escape_text("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#x27;"
    assert escape_text("x\x1by") == 'x<span class="ctrl" title="U+001B">␛</span>y'
    assert attribute('a"\x1b') == "a&quot;\ufffd"


def test_derived_title_is_cut_at_a_word() -> None:
    from workbench.editions.structure import derived_title

    assert derived_title("Short and sweet.") == "Short and sweet"
    long = "The Republican Socialist Platform is a signatory to this international statement of solidarity"
    assert derived_title(long) == "The Republican Socialist Platform is a signatory to this international statement…"
    assert derived_title("x" * 200).endswith("…") and len(derived_title("x" * 200)) == 90


def test_language_tags_and_names() -> None:
    from workbench.editions.languages import catalogue_language, edition_language, edition_languages

    assert edition_languages(["ru", "kk", "de"]) == ["ru", "kk", "kk-Latn", "de"]
    assert catalogue_language("kk-Latn") == "kk" and catalogue_language("ru") == "ru"
    assert edition_language("pt_BR").tag == "pt-BR" and edition_language("sr@latin").tag == "sr-Latn"
    assert edition_language("ru").name == "Русский" and edition_language("kk").name == "Қазақ тілі"
    latin = edition_language("kk-Latn")
    assert latin.name == "Qazaq tılı (latyn jazuy)" and latin.labels.contents == "Mazmūny"
    assert edition_language("de").labels.contents == "Contents"   # no labels written: English


def test_the_title_setting_names_the_books_and_indexes(tmp_path: Path) -> None:
    """``title`` per language; kk-Latn writes the Kazakh title in Latin script."""
    root = copy_project(tmp_path / "p", with_locale=True)
    with (root / "workbench.toml").open("a", encoding="utf-8") as config:
        config.write('title = { en = "Kazakhstan 2022", ru = "Казахстан-2022", kk = "Қазақстан-2022" }\n')
    assert run(root, "compile", "--format", "html,epub") == 0
    editions = root / "editions"
    assert "<h1>Казахстан-2022</h1>" in (editions / "index-ru.html").read_text(encoding="utf-8")
    assert "<h1>Qazaqstan-2022</h1>" in (editions / "index-kk-Latn.html").read_text(encoding="utf-8")
    assert "<h1>Kazakhstan 2022: editions</h1>" in (editions / "index.html").read_text(encoding="utf-8")
    with zipfile.ZipFile(editions / "kk" / "seeds-test-kk.epub") as book:
        package = ET.fromstring(book.read("EPUB/package.opf"))
    assert package.findtext(".//{http://purl.org/dc/elements/1.1/}title") == "Қазақстан-2022"
