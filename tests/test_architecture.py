"""The domain core must not depend on the UI: importing it pulls in no Textual or Rich."""

from __future__ import annotations

import subprocess
import sys

DOMAIN_MODULES = [
    "workbench.atomic",
    "workbench.catalogue",
    "workbench.checks",
    "workbench.cli",
    "workbench.documents",
    "workbench.editions",
    "workbench.errors",
    "workbench.glossary",
    "workbench.inflection",
    "workbench.memory",
    "workbench.mofile",
    "workbench.pofile",
    "workbench.project",
    "workbench.segmentation",
    "workbench.session",
    "workbench.stats",
    "workbench.termbase_formats",
    "workbench.update",
]


def test_domain_imports_no_ui_library():
    code = (
        "import sys\n"
        f"for name in {DOMAIN_MODULES!r}:\n"
        "    __import__(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"domain modules import UI libraries: {result.stdout}"
