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
    memory = ".workbench/memory.sqlite"   # or "postgresql://host/db": a team's shared memory
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from workbench.util.errors import WorkbenchError

CONFIG_FILE = "workbench.toml"
DEFAULT_MEMORY = ".workbench/memory.sqlite"
DEFAULTS = {
    "source": "seeds",
    "locale": "locale",
    "glossary": "glossary.tsv",
    "languages": ["ru", "kk"],
    "build": "build",
    "memory": DEFAULT_MEMORY,
}
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?(@[a-z]+)?$")


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
    memory: str = DEFAULT_MEMORY      # a SQLite file (relative to root) or a postgresql:// URL
    _documents: list | None = field(default=None, repr=False, compare=False)

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

    # -- documents --------------------------------------------------------
    def document_paths(self) -> list[Path]:
        from workbench.text.documents import find_documents

        return find_documents(self.source_dir)

    def load_documents(self) -> list:
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


def _read_toml(path: Path) -> dict:
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
    settings = dict(DEFAULTS)
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
        memory=str(settings["memory"]),
    )


def _check_table(table: object, path: Path) -> dict:
    if not isinstance(table, dict):
        raise WorkbenchError("[tool.workbench] must be a table", path)
    known = set(DEFAULTS) | {"name"}
    for key, value in table.items():
        if key not in known:
            raise WorkbenchError(f"unknown setting {key!r} (known: {', '.join(sorted(known))})", path)
        if key == "languages":
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
