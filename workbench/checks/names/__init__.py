"""Name checks: glossary names in the English sources and, inflected, in the translations.

Modules, each importing only those before it: ``matcher`` (tokens, the English index, the
glossary adapter), ``suffixes`` (what endings look like), ``forms`` (the form index of a target
language), ``variants`` (transliteration variants), ``lexicon`` (everything the checks know
about one glossary, read-only), ``diskcache`` (the form indexes on disk), ``russian_context``
(prepositions and generic words), ``kazakh_words`` (the shapes of Kazakh words), ``kazakh_context``
(postpositions, verb government), ``english_context`` (the name's role in the English: doer, object, modifier),
``source`` (unknown English names), ``target`` (the
per-segment translation checks), ``checker`` (:class:`NameChecker` and :class:`CheckContext`),
``cache`` (checkers cached per glossary) and ``project`` (the whole-project run).
"""

from .cache import checker_for, checker_for_path, glossary_fingerprint
from .checker import CheckContext, NameChecker
from .project import run_project
from .source import Vocabulary
from .variants import accept_variant

__all__ = ["CheckContext", "NameChecker", "Vocabulary", "accept_variant", "checker_for", "checker_for_path",
           "glossary_fingerprint", "run_project"]
