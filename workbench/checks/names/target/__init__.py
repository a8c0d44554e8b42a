"""Target checks: is every name of the source rendered in the translation, in the glossary's
form, in whatever grammatical case the sentence needs?

One translated segment in language L, given the referents the source names (*wanted*):

1. one scan of the translation with L's form index (every surface of every valid, wrong and
   other-language form of every referent; letter case checked per candidate). A valid form
   of a wanted referent renders it — and is then checked in its context (Russian: the case a
   preposition before it governs, a quoted name declined after a generic word; Kazakh: a
   hyphen after a quoted word). A wrong form is an error (``target-wrong-form``, or
   ``target-other-language-form`` for the other language's form) with the right form in the
   same case. A name the source does not mention is never compared by similarity: only an
   exact, capitalised wrong form of it is reported;
2. the other language's index over what is left (Russian Токаева inside Kazakh text);
3. Russian: the words of a multiword name in cases that do not agree («В Европейский союзе»,
   «Розой Тулетаевым»);
4. a capitalised word glued to a wanted referent's stem with an ending its paradigm does not
   make, and that is no correct form of that word either (Тоқаевтің, Жаңаөзенда, Путином)
   → ``target-wrong-inflection``;
5. presence: a wanted referent's form inside a longer name, with a small first letter, or as
   the name's relational adjective (казахстанской, қазақстандық) renders it too;
6. a wanted referent still missing: a capitalised word a letter or two away from its forms
   → ``target-misspelt-name`` (Kazakh letters in a Russian name: other-language form);
7. still missing → ``target-missing-name`` (warning: a pronoun is legitimate), or
   ``target-no-glossary-form`` (info) when the glossary has no form in L. Terms (type
   ``term``: adjectives, demonyms, currents) are never missing.

Every finding whose ``suggestion`` is set can be fixed by replacing ``offending`` with it.
"""

from .segment import TargetResult, check_target
from .state import make, strict_accept

__all__ = ["TargetResult", "check_target", "make", "strict_accept"]
