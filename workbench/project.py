"""A project: a folder with source documents, gettext catalogues and a glossary.

Settings come from ``[tool.workbench]`` in the folder's ``pyproject.toml`` or
from a ``workbench.toml`` (which wins); every setting has a default, so a
folder with just a ``seeds/`` directory is already a project::

    [tool.workbench]
    source = "seeds"          # folder of .txt / .md source documents
    locale = "locale"         # catalogues: locale/<doc>.pot, locale/<lang>/LC_MESSAGES/<doc>.po
    glossary = "glossary.tsv"
    languages = ["ru", "kk"]
    build = "build"           # compiled editions
    name = "workbench-seeds"  # Project-Id-Version in the catalogues

    [tool.workbench.style.ru]   # typographic conventions the QA checks expect (see Style)
    four_digits = "either"
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.util.errors import WorkbenchError

CONFIG_FILE = "workbench.toml"
DEFAULTS = {
    "source": "seeds",
    "locale": "locale",
    "glossary": "glossary.tsv",
    "languages": ["ru", "kk"],
    "build": "build",
}
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?$")


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
    build_dir: Path
    languages: list[str]
    name: str
    config_path: Path | None = None
    styles: dict[str, Style] = field(default_factory=dict)
    _documents: list[Any] | None = field(default=None, repr=False, compare=False)

    # -- paths ------------------------------------------------------------
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
        return self.build_dir / "locale" / language / "LC_MESSAGES" / f"{domain}.mo"

    def edition_path(self, relpath: str, language: str) -> Path:
        return self.build_dir / language / Path(relpath).name

    def style(self, language: str) -> Style:
        """The typographic conventions of *language* (the project's, else the default)."""
        return self.styles.get(language) or DEFAULT_STYLES.get(language.split("_")[0], Style())

    # -- documents --------------------------------------------------------
    def document_paths(self) -> list[Path]:
        from workbench.text.documents import find_documents

        return find_documents(self.source_dir)

    def load_documents(self) -> list[Any]:
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
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "workbench" in data.get("tool", {})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise WorkbenchError("not valid UTF-8", path) from exc
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror}", path) from exc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        message = str(exc).split(" (at line")[0]
        raise WorkbenchError(f"invalid TOML: {message}", path, line) from exc


def load_project(root: Path | str | None = None) -> Project:
    """Read the project whose folder is *root* (default: found from the current folder)."""
    root = find_project_root(Path.cwd()) if root is None else Path(root).resolve()
    if not root.is_dir():
        raise WorkbenchError("no such project folder", root)
    settings: dict[str, Any] = dict(DEFAULTS)
    config_path: Path | None = None
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        table = _read_toml(pyproject).get("tool", {}).get("workbench")
        if table is not None:
            settings.update(_check_table(table, pyproject))
            config_path = pyproject
    own = root / CONFIG_FILE
    if own.is_file():
        data = _read_toml(own)
        settings.update(_check_table(data.get("workbench", data), own))
        config_path = own
    return Project(
        root=root,
        source_dir=root / settings["source"],
        locale_dir=root / settings["locale"],
        glossary_path=root / settings["glossary"],
        build_dir=root / settings["build"],
        languages=list(settings["languages"]),
        name=str(settings.get("name") or root.name),
        config_path=config_path,
        styles=parse_styles(settings.get("style", {}), config_path or root, list(settings["languages"])),
    )


def _check_table(table: object, path: Path) -> dict[str, Any]:
    if not isinstance(table, dict):
        raise WorkbenchError("[tool.workbench] must be a table", path)
    known = set(DEFAULTS) | {"name", "style"}
    for key, value in table.items():
        if key not in known:
            raise WorkbenchError(f"unknown setting {key!r} (known: {', '.join(sorted(known))})", path)
        if key == "style":
            parse_styles(value, path, [])
        elif key == "languages":
            if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
                raise WorkbenchError("languages must be a non-empty list of language codes", path)
            for code in value:
                if not _LANGUAGE_RE.match(code):
                    raise WorkbenchError(f"not a language code: {code!r}", path)
        elif not isinstance(value, str) or not value:
            raise WorkbenchError(f"{key} must be a non-empty string", path)
    return dict(table)


def init_project(root: Path, *, languages: list[str], source: str = "seeds") -> list[Path]:
    """Create a new project in *root*; return the files and folders created.

    Existing files are never overwritten.
    """
    from workbench.util.atomic import atomic_write_text

    for code in languages:
        if not _LANGUAGE_RE.match(code):
            raise WorkbenchError(f"not a language code: {code!r}")
    root = root.resolve()
    created: list[Path] = []
    if (root / CONFIG_FILE).exists():
        raise WorkbenchError("a project already exists here", root / CONFIG_FILE)
    try:
        root.mkdir(parents=True, exist_ok=True)
        for folder in (root / source, root / "locale"):
            if not folder.exists():
                folder.mkdir(parents=True)
                created.append(folder)
    except OSError as exc:
        raise WorkbenchError(f"cannot create folder: {exc.strerror}", root) from exc
    langs = ", ".join(f'"{code}"' for code in languages)
    config = (
        "# workbench project settings (see README: Project settings)\n"
        "[workbench]\n"
        f'source = "{source}"\n'
        'locale = "locale"\n'
        'glossary = "glossary.tsv"\n'
        f"languages = [{langs}]\n"
        'build = "build"\n'
    )
    atomic_write_text(root / CONFIG_FILE, config)
    created.append(root / CONFIG_FILE)
    glossary = root / "glossary.tsv"
    if not glossary.exists():
        from workbench.glossary import COLUMNS

        atomic_write_text(glossary, "\t".join(COLUMNS) + "\n")
        created.append(glossary)
    gitignore = root / ".gitignore"
    if not gitignore.exists():
        atomic_write_text(gitignore, "build/\n.workbench/\n")
        created.append(gitignore)
    return created
