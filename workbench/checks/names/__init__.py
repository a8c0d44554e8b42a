"""Name checks: glossary names in the English sources and, inflected, in the translations.

``matcher`` holds the name index and tokens, ``checker`` the :class:`NameChecker`
(index building and source checks), ``target`` the per-segment translation checks,
``source`` the unknown-name heuristics, ``variants`` transliteration variants,
``project`` the whole-project run and ``cache`` the per-glossary checker cache.
"""

from .cache import checker_for, checker_for_path, glossary_fingerprint
from .checker import NameChecker
from .project import run_project
from .source import Vocabulary
from .variants import accept_variant

__all__ = ["NameChecker", "Vocabulary", "accept_variant", "checker_for", "checker_for_path",
           "glossary_fingerprint", "run_project"]
