"""The user's own UI settings, kept between runs: ``$XDG_CONFIG_HOME/workbench/ui.toml``
(``~/.config/workbench/ui.toml`` when ``XDG_CONFIG_HOME`` is not set).

Only what is the user's taste and not the project's lives here (today: the theme), so
it follows the user across projects and stays out of the project's git. The file is a
small TOML table written atomically; unknown keys with plain values are kept. A file that cannot be read
is reported (``path:line: message``) and ignored: the UI opens with the defaults and
does not overwrite it until a setting is changed.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from workbench.util.atomic import atomic_write_text
from workbench.util.errors import WorkbenchError

FILE_NAME = "ui.toml"


def settings_path(environ: dict[str, str] | None = None) -> Path:
    """Where the UI settings live for this user."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or ""
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "workbench" / FILE_NAME


@dataclass(slots=True)
class UISettings:
    theme: str | None = None
    other: dict[str, object] = field(default_factory=dict)    # keys of newer versions, kept as read


def load_ui_settings(path: Path) -> UISettings:
    """The settings in *path*; defaults if it does not exist. Raises WorkbenchError if unreadable."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return UISettings()
    except OSError as exc:
        raise WorkbenchError(f"cannot read the UI settings: {exc.strerror or exc}", path) from exc
    try:
        table = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise WorkbenchError("the UI settings are not UTF-8", path) from exc
    except tomllib.TOMLDecodeError as exc:
        raise WorkbenchError(f"not valid TOML: {exc}", path) from exc
    theme = table.pop("theme", None)
    if theme is not None and not isinstance(theme, str):
        raise WorkbenchError("theme must be a string, the name of a theme", path)
    return UISettings(theme=theme, other=table)


def _toml_value(value: object) -> str:
    """A TOML value for the simple types kept here (JSON string escapes are valid TOML)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"cannot keep a {type(value).__name__} in ui.toml")


def save_ui_settings(path: Path, settings: UISettings) -> None:
    """Write *settings* to *path* atomically (the folder is created)."""
    lines = ["# workbench terminal UI: your settings (written by the UI; edit freely)"]
    if settings.theme is not None:
        lines.append(f"theme = {_toml_value(settings.theme)}")
    for key, value in settings.other.items():
        try:
            lines.append(f"{json.dumps(key, ensure_ascii=False)} = {_toml_value(value)}")
        except TypeError:
            continue        # a table or array of a newer version: not kept (we do not write them)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, "\n".join(lines) + "\n")
