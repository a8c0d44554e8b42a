"""The command line: ``workbench [-C DIR] COMMAND`` (``main``), the check report and tables."""

from .main import main

__all__ = ["main"]
