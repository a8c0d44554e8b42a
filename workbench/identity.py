"""The translator's identity: a user-level setting, outside every project, as Poedit keeps it.

``$XDG_CONFIG_HOME/workbench/config.toml`` (``~/.config/workbench/config.toml`` by default;
``$WORKBENCH_CONFIG`` names another file)::

    [translator]
    name = "Aigerim Nurlanovna"
    email = "aigerim@example.org"
    team = "Kazakh <kk@example.org>"     # optional: Language-Team

Confirming a translation writes ``Last-Translator: NAME <EMAIL>`` and ``PO-Revision-Date``
into the catalogue's header (so ``msgfmt -c`` stops warning about the defaults), and the
memory records the same name as the unit's creator or changer.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError

ENVIRONMENT = "WORKBENCH_CONFIG"


@dataclass(frozen=True, slots=True)
class Identity:
    name: str
    email: str = ""
    team: str = ""

    def __str__(self) -> str:
        """As gettext headers write it: ``Name <email>``."""
        return f"{self.name} <{self.email}>" if self.email else self.name


def config_path() -> Path:
    """Where the user's settings live (the file need not exist)."""
    explicit = os.environ.get(ENVIRONMENT)
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "workbench" / "config.toml"


def _read(path: Path) -> dict[str, object]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        raise WorkbenchError("not valid UTF-8", path) from None
    except OSError as exc:
        raise WorkbenchError(f"cannot read: {exc.strerror}", path) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise WorkbenchError(f"invalid TOML: {str(exc).split(' (at line')[0]}", path,
                             getattr(exc, "lineno", None)) from None


def load_identity(path: Path | None = None) -> Identity | None:
    """The translator set in the user's settings, or None (a bad file raises WorkbenchError)."""
    path = path or config_path()
    table = _read(path).get("translator")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise WorkbenchError("[translator] must be a table", path)
    values = {}
    for key in ("name", "email", "team"):
        value = table.get(key, "")
        if not isinstance(value, str):
            raise WorkbenchError(f"translator {key} must be a string", path)
        values[key] = value.strip()
    if not values["name"]:
        return None
    return Identity(values["name"], values["email"], values["team"])


def _quoted(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c >= " " else f"\\u{ord(c):04x}" for c in escaped) + '"'


def save_identity(identity: Identity, path: Path | None = None) -> Path:
    """Write the ``[translator]`` table (atomically), keeping every other line of the file."""
    path = path or config_path()
    if not identity.name.strip():
        raise WorkbenchError("the translator's name cannot be empty")
    if any(c in identity.email for c in "<> \t\n"):
        raise WorkbenchError(f"not an e-mail address: {identity.email!r}")
    _read(path)                      # a broken file is reported, never overwritten
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    kept: list[str] = []
    skipping = False
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("["):
            skipping = stripped == "[translator]"
        if not skipping:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    table = ["[translator]", f"name = {_quoted(identity.name.strip())}"]
    if identity.email:
        table.append(f"email = {_quoted(identity.email.strip())}")
    if identity.team:
        table.append(f"team = {_quoted(identity.team.strip())}")
    text = "\n".join(([*kept, ""] if kept else []) + table) + "\n"
    atomic_write_text(path, text)
    return path
