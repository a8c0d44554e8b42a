"""The architecture the folder names promise: the core imports no UI library, and the
layers depend downwards only (util ← text, gettext, glossary, inflection ← checks,
services ← session ← cli, tui)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import workbench

PACKAGE = Path(workbench.__file__).parent
#: Modules of the domain core: everything but the two front ends.
CORE = sorted(
    m.name for m in pkgutil.walk_packages([str(PACKAGE)], "workbench.")
    if not m.name.startswith(("workbench.tui", "workbench.cli", "workbench.__main__"))
)

#: What each layer may import from the workbench (besides itself and ``workbench`` top level).
ALLOWED = {
    "util": set(),
    "text": {"util"},
    "gettext": {"util"},
    "inflection": set(),
    "glossary": {"util", "inflection"},
    "project": {"util", "text", "glossary"},
    "checks": {"util", "text", "gettext", "glossary", "inflection", "project"},
    "editions": {"util", "text", "gettext"},
    "services": {"util", "text", "gettext", "glossary", "inflection", "project", "checks", "editions"},
    "session": {"util", "text", "gettext", "glossary", "inflection", "project", "checks", "services", "editions",
                "memory", "identity", "exchange"},
    "identity": {"util"},
    "memory": {"util", "text", "gettext", "glossary", "inflection", "project", "checks", "exchange"},
    "exchange": {"util", "text", "gettext", "project", "services"},
}


def test_core_modules_are_found():
    assert "workbench.gettext.parse" in CORE and "workbench.session.facade" in CORE


def test_core_imports_no_ui_library():
    code = (
        "import sys\n"
        f"for name in {CORE!r}:\n"
        "    __import__(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core modules import UI libraries: {result.stdout}"


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _imports(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            found.add(name)
    return {name for name in found if name.startswith("workbench.")}


def test_layers_depend_downwards_only():
    wrong = []
    for info in pkgutil.walk_packages([str(PACKAGE)], "workbench."):
        layer = _layer(info.name)
        if layer not in ALLOWED:
            continue
        spec = info.module_finder.find_spec(info.name)  # type: ignore[union-attr]
        assert spec is not None and spec.origin is not None
        for name in _imports(Path(spec.origin), info.name):
            target = _layer(name)
            if target and target != layer and target not in ALLOWED[layer]:
                wrong.append(f"{info.name} imports {name}")
    assert not wrong, "layering broken:\n" + "\n".join(wrong)


#: The longest a module may grow before it is split by what its parts do.
MODULE_LINES = 1600


def test_no_module_is_too_long_to_read() -> None:
    long = {str(path.relative_to(PACKAGE)): lines for path in sorted(PACKAGE.rglob("*.py"))
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES}
    assert not long, f"modules over {MODULE_LINES} lines, split them by what their parts do: {long}"
