"""workbench: a terminal-first translation and glossary workbench.

The package is split into a domain core (plain Python, no UI imports) and two
thin front ends over it: :mod:`workbench.cli` and :mod:`workbench.tui`.
"""

__version__ = "0.1.0"
