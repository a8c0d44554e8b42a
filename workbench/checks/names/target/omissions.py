"""Why a name the source mentions and the translation lacks may be no omission: a person named by the
given name and the patronymic, the source's words kept in quotes as they were, a longer proper name
carried over in Latin letters. Read by :meth:`~.segment._Segment.report_missing` before it reports
``target-missing-name``."""

from __future__ import annotations

import re

from ..matcher import fold
from .english import SourceReading, occurrences
from .state import CLOSE, OPEN

#: A patronymic, in any case: Russian -ович/-евич/-ич, -овна/-евна/-ична; Kazakh -ұлы/-қызы (folded)
_PATRONYMIC = re.compile(r"\w{2,}(?:ович|евич|ьич|овн|евн|ичн)\w{0,3}|\w{2,}(?:ұлы|қызы|улы|кызы)\w{0,4}")
#: text in quotes («…», “…”, „…“, "…")
_QUOTED = re.compile(f"[{re.escape(OPEN)}]([^{re.escape(OPEN + CLOSE)}]*)[{re.escape(CLOSE)}]")
#: The capitalised words of a proper name right before and right after a mention in the source
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w'\u2019&.-]*\s+)+)$")
_CAPITALISED_AFTER = re.compile(r"((?:\s+[A-Z][\w'\u2019&.-]*)+)")


class Omissions(SourceReading):
    """The excuses a missing name may have (see the module docstring)."""

    def named_with_patronymic(self, ref: int, forms: list[str]) -> bool:
        """«Касым-Жомарт Кемелевич, что произошло?», «Нұрсұлтан Әбішұлы»: a person named by the
        given name and the patronymic, the surname left out, as Russian and Kazakh address and
        refer to people formally — no missing name. The given name (its last part, any case
        ending) right before a patronymic-shaped word."""
        if self.lx.kinds[ref] != "person":
            return False
        given = {fold(re.split(r"[-\u2010\u2011]", form.split()[-2])[-1]) for form in forms if len(form.split()) > 1}
        stems = {name[:-1] if len(name) > 4 else name for name in given if len(name) > 2}
        return any(_PATRONYMIC.fullmatch(self.toks.folded[i]) and self.toks.words[i][:1].isupper()
                   and not self.toks.gap(i).strip(" \u00a0")
                   and any(self.toks.folded[i - 1].startswith(stem) for stem in stems)
                   for i in range(1, self.n))

    def kept_in_quoted_original(self, written: str) -> bool:
        """«Kazakstan a great place to visit», a poster's English words quoted as they were: the
        source's spelling inside quotes in the translation, among words in Latin letters, is the
        original kept, not a name left out."""
        for quoted in _QUOTED.finditer(self.toks.text):
            inside = quoted.group(1)
            letters = [c for c in inside if c.isalpha()]
            latin = sum(1 for c in letters if c.isascii())
            if written and latin * 2 > len(letters) and occurrences(inside, written, words=True):
                return True
        return False

    def kept_in_latin_title(self, ref: int, written: str) -> bool:
        """"The South China Morning Post reported …": a name inside a longer proper name of the
        source (its capitalised words around it) that the translation keeps as it is, in Latin
        letters («South China Morning Post газетінің хабарлауынша»), is carried over, not left out."""
        before, after = self.source_around(ref)
        if before is None:
            return False
        left = _CAPITALISED_BEFORE.search(before)
        right = _CAPITALISED_AFTER.match(after)
        phrase = f"{left.group(1) if left else ''}{written}{right.group(1) if right else ''}".strip()
        phrase = re.sub(r"^(?:The|A|An)\s+", "", phrase)
        return phrase != written and bool(occurrences(self.toks.text, phrase, words=True))
