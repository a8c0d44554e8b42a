"""A project: a folder with source documents, gettext catalogues and a glossary.

Settings come from ``[tool.workbench]`` in the folder's ``pyproject.toml`` or
from a ``workbench.toml`` (which wins); every setting has a default, so a
folder with just a ``seeds/`` directory is already a project::

    [tool.workbench]
    source = "seeds"          # folder of .txt / .md source documents
    locale = "locale"         # catalogues: locale/<doc>.pot, locale/<lang>/LC_MESSAGES/<doc>.po
    glossary = "glossary.tsv"
    languages = ["ru", "kk"]
    editions = "editions"     # compiled editions and .mo files (``build`` is its old name)
    name = "workbench-seeds"  # Project-Id-Version in the catalogues
    title = "Kazakhstan 2022"  # the editions' title (default: the name); or one per language:
    # title = { en = "Kazakhstan 2022", ru = "Казахстан-2022", kk = "Қазақстан-2022" }

    [tool.workbench.style.ru]   # typographic conventions the QA checks expect (see Style)
    four_digits = "either"

    memory = ".workbench/memory.sqlite"   # or "postgresql://host/db": a team's shared memory
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.util.errors import WorkbenchError
from workbench.util.files import read_input
from workbench.util.visible import has_controls, visible

if TYPE_CHECKING:
    from workbench.text.documents import Document

CONFIG_FILE = "workbench.toml"
DEFAULT_MEMORY = ".workbench/memory.sqlite"
DEFAULTS: dict[str, Any] = {
    "source": "seeds",
    "locale": "locale",
    "glossary": "glossary.tsv",
    "languages": ["ru", "kk"],
    "editions": "editions",
    "memory": DEFAULT_MEMORY,
}
#: The settings that name a path; each must lead to a place inside the project folder.
PATH_SETTINGS = ("source", "locale", "glossary", "editions")
#: Old names of settings, still read from existing configurations.
ALIASES = {"build": "editions"}
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?$")
#: a ``title`` key: a language code, or an edition language such as ``kk-Latn``
_TITLE_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}([_-][A-Za-z]{2,4})?(@[a-z]+)?$")


@dataclass(frozen=True)
class Style:
    """The typographic conventions of one target language, as the QA checks expect them.

    Set in ``[tool.workbench.style]`` (every language) or ``[tool.workbench.style.<lang>]``:

    - ``decimal``: the decimal separator, ``","`` (3,5) or ``"."``;
    - ``thousands``: how digits are grouped: ``"nbsp"`` (8 000 with a no-break space; U+202F
      and U+2009 are accepted too) or ``"none"`` (8000);
    - ``four_digits``: four-digit numbers ``"grouped"`` (4 000), ``"plain"`` (4000) or ``"either"``;
    - ``percent``: ``"space"`` (75 %, with a no-break space), ``"nospace"`` (75%) or ``"either"``;
    - ``quotes``: four characters, outer opening and closing, inner opening and closing (``«»„“``);
    - ``dash_nbsp``: whether a dash between words wants a no-break space before it (``слово —``).
    """

    decimal: str = ","
    thousands: str = "nbsp"
    four_digits: str = "either"
    percent: str = "either"
    quotes: str = "«»„“"
    dash_nbsp: bool = False


#: Defaults per language (Russian and Kazakh share the conventions: «ёлочки», „лапки“ inside,
#: decimal comma, no-break space in thousands; both four-digit forms and both percent forms are
#: in the reviewed catalogues and in the evaluation corpus, so neither is imposed).
DEFAULT_STYLES: dict[str, Style] = {"ru": Style(), "kk": Style()}
STYLE_CHOICES: dict[str, tuple[object, ...]] = {
    "decimal": (",", "."), "thousands": ("nbsp", "none"), "four_digits": ("grouped", "plain", "either"),
    "percent": ("space", "nospace", "either"), "dash_nbsp": (True, False),
}


def _style_of(values: dict[str, Any], base: Style, path: Path, where: str) -> Style:
    """*base* with the keys of a ``[style]`` table applied (a bad key or value is a WorkbenchError)."""
    from dataclasses import fields, replace

    known = {f.name for f in fields(Style)}
    for key, value in values.items():
        if key not in known:
            raise WorkbenchError(f"unknown {where} setting {key!r} (known: {', '.join(sorted(known))})", path)
        if key == "quotes":
            if not isinstance(value, str) or len(value) != 4:
                raise WorkbenchError(f"{where}.quotes must be four characters (outer and inner pair), "
                                     f"like \"«»„“\"", path)
        elif value not in STYLE_CHOICES[key] or type(value) is not type(STYLE_CHOICES[key][0]):
            choices = ", ".join(repr(c).lower() if isinstance(c, bool) else repr(c) for c in STYLE_CHOICES[key])
            raise WorkbenchError(f"{where}.{key} must be one of {choices}", path)
    return replace(base, **values)


def parse_styles(table: object, path: Path, languages: list[str]) -> dict[str, Style]:
    """The per-language styles of a ``style`` table: plain keys apply to every language,
    ``style.<lang>`` sub-tables to one."""
    if not isinstance(table, dict):
        raise WorkbenchError("style must be a table", path)
    common = {k: v for k, v in table.items() if not isinstance(v, dict)}
    per_language = {k: v for k, v in table.items() if isinstance(v, dict)}
    out: dict[str, Style] = {}
    for lang in sorted(set(languages) | set(DEFAULT_STYLES) | set(per_language)):
        style = _style_of(common, DEFAULT_STYLES.get(lang, Style()), path, "style")
        out[lang] = _style_of(per_language.get(lang, {}), style, path, f"style.{lang}")
    return out


@dataclass
class Project:
    """Where a project's files are and which languages it translates into."""

    root: Path
    source_dir: Path
    locale_dir: Path
    glossary_path: Path
    editions_dir: Path
    languages: list[str]
    name: str
    config_path: Path | None = None
    styles: dict[str, Style] = field(default_factory=dict)
    memory: str = DEFAULT_MEMORY      # a SQLite file (relative to root) or a postgresql:// URL
    titles: dict[str, str] = field(default_factory=dict)   # language code ("" for all) → title
    _documents: list[Document] | None = field(default=None, repr=False, compare=False)

    # -- paths ------------------------------------------------------------
    def title(self, language: str = "", fallback: str = "") -> str:
        """The editions' title in *language*: its own ``title`` entry, else *fallback*'s (the
        catalogue a script variant is made from), else the one title for all, else the name."""
        for key in (language, fallback, ""):
            if key in self.titles:
                return self.titles[key]
        return self.name

    def relpath(self, path: Path) -> str:
        """*path* relative to the project root, with forward slashes."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def template_path(self, domain: str) -> Path:
        return self.locale_dir / f"{domain}.pot"

    def po_path(self, domain: str, language: str) -> Path:
        return self.locale_dir / language / "LC_MESSAGES" / f"{domain}.po"

    def mo_path(self, domain: str, language: str) -> Path:
        return self.editions_dir / "locale" / language / "LC_MESSAGES" / f"{domain}.mo"

    def edition_path(self, relpath: str, language: str) -> Path:
        return self.editions_dir / language / Path(relpath).name

    def confined(self, path: Path) -> Path:
        """*path*, once it proves to lead to a place inside the project (links followed).

        Every file a command writes or deletes goes through this: a folder or a file
        replaced by a symbolic link to somewhere else must not take the write with it.
        """
        inside(self.root, path, what=self.relpath(path))
        return path

    def confine_build(self, languages: list[str]) -> None:
        """Before ``compile`` writes or deletes anything: the build folder, its language folders
        and every file already in them must lead to places inside the project (a link out of
        it once made ``compile --min-percent`` delete a file elsewhere)."""
        folders = [self.editions_dir, self.editions_dir / "locale"]
        for language in languages:
            folders += [self.editions_dir / language, self.editions_dir / "locale" / language,
                        self.editions_dir / "locale" / language / "LC_MESSAGES"]
        for folder in folders:
            self.confined(folder)
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.is_symlink():
                    self.confined(Path(entry.path))

    def folders_written(self) -> list[tuple[Path, bool]]:
        """The folders where commands write, and whether their subfolders too."""
        return [(self.locale_dir, True), (self.editions_dir, True), (self.root / ".workbench", False),
                (self.glossary_path.parent, False)]

    @contextlib.contextmanager
    def writing(self, command: str, *, wait: float = 5.0) -> Iterator[None]:
        """Hold the project lock for a command that writes (see :mod:`workbench.util.lock`), and
        first remove the temporary files an interrupted write left behind."""
        from workbench.util.atomic import remove_stale_temps
        from workbench.util.lock import project_lock

        with project_lock(self.root, command, wait=wait):
            for folder, recursive in self.folders_written():
                remove_stale_temps(folder, recursive=recursive)
            yield

    def style(self, language: str) -> Style:
        """The typographic conventions of *language* (the project's, else the default)."""
        return self.styles.get(language) or DEFAULT_STYLES.get(language.split("_")[0], Style())

    # -- documents --------------------------------------------------------
    def document_paths(self) -> list[Path]:
        from workbench.text.documents import find_documents

        paths = find_documents(self.source_dir)
        for path in paths:
            check_file_name(path, self.relpath(path.parent))
        return paths

    def load_documents(self) -> list[Document]:
        """Parse every source document (raises WorkbenchError on the first bad one)."""
        from workbench.text.documents import load_document

        documents = [load_document(path, self.root) for path in self.document_paths()]
        names: dict[str, str] = {}
        for document in documents:
            other = names.setdefault(document.name, document.relpath)
            if other != document.relpath:
                raise WorkbenchError(
                    f"two documents would share the catalogue {document.name}.po ({other})",
                    document.relpath,
                )
        return documents


def check_file_name(path: Path, folder: str) -> None:
    """A document's name goes into every catalogue (``#: seeds/name.txt:3``): it must be
    UTF-8 and free of control characters, or the catalogue cannot be read back."""
    name = path.name
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raise WorkbenchError(f"the file name {visible(name)!r} is not UTF-8; rename the file",
                             f"{folder}/{visible(name)}") from None
    if has_controls(name):
        raise WorkbenchError(f"the file name {visible(name)!r} holds a control character (a line break, "
                             "tab or escape); rename the file", f"{folder}/{visible(name)}")


def inside(root: Path, path: Path, *, what: str) -> None:
    """Raise unless *path* (its symbolic links followed) is *root* or inside it."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(path)
    if real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep):
        return
    links = [p for p in (path, *path.parents) if p.is_symlink() and (p == root or root in p.parents)]
    how = f" (through the symbolic link {links[-1]} -> {os.readlink(links[-1])})" if links else ""
    raise WorkbenchError(f"{what} leads outside the project folder{how}: refusing to write or delete there",
                         path)


def find_project_root(start: Path) -> Path:
    """The nearest folder at or above *start* that holds a project configuration.

    Falls back to *start* itself, so that a plain folder with ``seeds/`` works.
    """
    start = start.resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file():
            return folder
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_workbench_table(pyproject):
            return folder
    return start


def _has_workbench_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(read_input(pyproject).decode("utf-8"))
    except (WorkbenchError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = data.get("tool", {})
    return isinstance(tool, dict) and "workbench" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    data = read_input(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise WorkbenchError("not valid UTF-8", path, data.count(b"\n", 0, exc.start) + 1) from exc
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")   # CR alone: a classic Mac OS editor
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r" \(at line (\d+), column \d+\)| \(at end of document\)", str(exc))
        line = getattr(exc, "lineno", None)
        if line is None and found is not None:
            line = int(found.group(1)) if found.group(1) else text.count("\n") + 1
        message = str(exc)[:found.start()] if found is not None else str(exc)
        raise WorkbenchError(f"invalid TOML: {message}", path, line) from exc


def _setting_line(path: Path, key: str) -> int | None:
    try:
        text = read_input(path).decode("utf-8", "replace")
    except WorkbenchError:
        return None
    match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else None


def load_project(root: Path | str | None = None) -> Project:
    """Read the project whose folder is *root* (default: found from the current folder)."""
    root = find_project_root(Path.cwd()) if root is None else Path(root).resolve()
    if not root.is_dir():
        raise WorkbenchError("no such project folder", root)
    settings: dict[str, Any] = dict(DEFAULTS)
    where: dict[str, Path] = {}
    config_path: Path | None = None
    pyproject = root / "pyproject.toml"
    if os.path.lexists(pyproject):
        tool = _read_toml(pyproject).get("tool", {})
        table = tool.get("workbench") if isinstance(tool, dict) else None
        if table is not None:
            checked = _check_table(table, pyproject)
            settings.update(checked)
            where.update(dict.fromkeys(checked, pyproject))
            config_path = pyproject
    own = root / CONFIG_FILE
    if os.path.lexists(own):
        data = _read_toml(own)
        checked = _check_table(data.get("workbench", data), own)
        settings.update(checked)
        where.update(dict.fromkeys(checked, own))
        config_path = own
    for key in PATH_SETTINGS:
        value = settings[key]
        setting_file = where.get(key)
        shown: str | Path = setting_file or config_path or root
        line = _setting_line(setting_file, key) if setting_file is not None else None
        try:
            inside(root, root / value, what=f"{key} = {value!r}")
        except WorkbenchError as exc:
            raise WorkbenchError(exc.message, shown, line) from None
    return Project(
        root=root,
        source_dir=root / settings["source"],
        locale_dir=root / settings["locale"],
        glossary_path=root / settings["glossary"],
        editions_dir=root / settings["editions"],
        languages=list(settings["languages"]),
        name=str(settings.get("name") or default_name(root)),
        config_path=config_path,
        styles=parse_styles(settings.get("style", {}), config_path or root, list(settings["languages"])),
        memory=str(settings["memory"]),
        titles=_titles(settings.get("title")),
    )


def _titles(value: object) -> dict[str, str]:
    """The checked ``title`` setting as language → title ("" for the one title of all)."""
    if value is None:
        return {}
    if isinstance(value, str):
        return {"": value}
    assert isinstance(value, dict)
    return {str(k): str(v) for k, v in value.items()}


def default_name(root: Path) -> str:
    """The project name when the settings give none: the folder's name, made printable."""
    name = "".join(ch for ch in root.name if not has_controls(ch)).strip()
    return name or "workbench-project"


def _path_problem(key: str, value: str) -> str | None:
    if os.path.isabs(value) or value.startswith("~"):
        return f"{key} must be a path inside the project folder, not an absolute one ({value!r})"
    parts = Path(value).parts
    if ".." in parts:
        return f"{key} must be a path inside the project folder, without '..' ({value!r})"
    if has_controls(value):
        return f"{key} holds a control character ({visible(value)!r})"
    if key == "editions" and Path(value) == Path("."):
        return "editions cannot be the project folder itself (compile replaces and removes editions there)"
    return None


def _check_table(table: object, path: Path) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise WorkbenchError("[tool.workbench] must be a table", path)
    known = set(DEFAULTS) | {"name", "style", "title"}
    for old, new in ALIASES.items():
        if old in table and new in table:
            raise WorkbenchError(f"{old!r} is the old name of {new!r}: give only {new!r}", path)
    settings: dict[str, Any] = {ALIASES.get(str(key), str(key)): value for key, value in table.items()}
    for key, value in settings.items():
        line = _setting_line(path, key)
        if key not in known:
            raise WorkbenchError(f"unknown setting {key!r} (known: {', '.join(sorted(known))})", path, line)
        if key == "style":
            parse_styles(value, path, [])
        elif key == "title":
            _check_title(value, path, line)
        elif key == "languages":
            if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
                raise WorkbenchError("languages must be a non-empty list of language codes", path, line)
            for code in value:
                if not _LANGUAGE_RE.match(code):
                    raise WorkbenchError(f"not a language code: {visible(code)!r}", path, line)
            if len(set(value)) != len(value):
                raise WorkbenchError("languages names a language twice", path, line)
        elif not isinstance(value, str) or not value:
            raise WorkbenchError(f"{key} must be a non-empty string", path, line)
        elif key == "name":
            if has_controls(value) or value != value.strip():
                raise WorkbenchError(f"name must be one line without control characters or spaces around it "
                                     f"({visible(value)!r}): it goes into every catalogue's header", path, line)
        elif not (key == "memory" and value.startswith(("postgresql://", "postgres://"))):
            problem = _path_problem(key, value)
            if problem is not None:
                raise WorkbenchError(problem, path, line)
    return settings


def _check_title(value: object, path: Path, line: int | None) -> None:
    titles = {"": value} if isinstance(value, str) else value
    if not isinstance(titles, dict) or not titles:
        raise WorkbenchError("title must be a string or a table of language = title", path, line)
    for code, title in titles.items():
        if code and not _TITLE_LANGUAGE_RE.match(code):
            raise WorkbenchError(f"title: not a language code: {visible(code)!r}", path, line)
        if not isinstance(title, str) or not title.strip() or has_controls(title) or title != title.strip():
            raise WorkbenchError(f"title{'.' + code if code else ''} must be a non-empty line without control "
                                 f"characters or spaces around it ({visible(str(title))!r})", path, line)


def check_language_codes(languages: list[str]) -> None:
    """Every code must look like a language code and be one CLDR (Babel) knows, at once."""
    if not languages:
        raise WorkbenchError("--languages needs at least one language code (e.g. ru,kk)")
    for code in languages:
        if not _LANGUAGE_RE.match(code):
            raise WorkbenchError(f"not a language code: {visible(code)!r} (e.g. ru, kk, pt_BR)")
        from babel import Locale, UnknownLocaleError

        try:
            Locale.parse(code)
        except (UnknownLocaleError, ValueError):
            raise WorkbenchError(f"unknown language {code!r} (not in the CLDR data; e.g. ru, kk, pt_BR)") from None
    if len(set(languages)) != len(languages):
        raise WorkbenchError("--languages names a language twice")


def _toml_string(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(unicodedata.normalize("NFC", value), ensure_ascii=False)


def init_project(root: Path, *, languages: list[str], source: str = "seeds") -> list[Path]:
    """Create a new project in *root*; return the files and folders created.

    Existing files are never overwritten. Every setting is checked before the first write.
    """
    from workbench.util.atomic import atomic_write_text

    check_language_codes(languages)
    problem = _path_problem("source", source)
    if problem is not None:
        raise WorkbenchError(f"--{problem}")
    root = root.resolve()
    created: list[Path] = []
    if os.path.lexists(root / CONFIG_FILE):
        raise WorkbenchError("a project already exists here", root / CONFIG_FILE)
    try:
        root.mkdir(parents=True, exist_ok=True)
        for folder in (root / source, root / "locale"):
            inside(root, folder, what=folder.name)
            if not folder.exists():
                folder.mkdir(parents=True)
                created.append(folder)
    except OSError as exc:
        raise WorkbenchError(f"cannot create folder: {exc.strerror}", root) from exc
    langs = ", ".join(_toml_string(code) for code in languages)
    config = (
        "# workbench project settings (see README: Project settings)\n"
        "[workbench]\n"
        f"name = {_toml_string(default_name(root))}   # Project-Id-Version of the catalogues\n"
        f"source = {_toml_string(source)}\n"
        'locale = "locale"\n'
        'glossary = "glossary.tsv"\n'
        f"languages = [{langs}]\n"
        'editions = "editions"\n'
    )
    atomic_write_text(root / CONFIG_FILE, config)
    created.append(root / CONFIG_FILE)
    glossary = root / "glossary.tsv"
    if not os.path.lexists(glossary):
        from workbench.glossary import COLUMNS

        atomic_write_text(glossary, "\t".join(COLUMNS) + "\n")
        created.append(glossary)
    gitignore = root / ".gitignore"
    if not os.path.lexists(gitignore):
        atomic_write_text(gitignore, "/editions/\n.workbench/\n")
        created.append(gitignore)
    return created
