"""The Kazakh word list behind ``script-russian-letter``: Hunspell's Kazakh dictionary
(Debian/Ubuntu ``hunspell-kk``, LibreOffice's ``kk_KZ``), read by Hunspell itself through
*chunspell* (a wheel with libhunspell inside: 0.25 s to load, a few µs a word).

A Kazakh word typed with a Russian letter for a Kazakh one (``каласында`` for ``қаласында``,
``онын`` for ``оның``, ``Мунайшылар``) is a word the dictionary does not know while the word with
that letter made Kazakh (к→қ, н→ң, у→ұ/ү, о→ө, а→ә, и→і, г→ғ, х→һ; one or two of them) is known.
Words the dictionary knows are never flagged, so a correct word is never "corrected".

The dictionary is looked for in ``$WORKBENCH_HUNSPELL_PATH`` (folders, ``:``-separated) and the
usual system folders. Without it the check is off (:func:`kazakh_lexicon` returns None) and
says so once through :func:`lexicon_status`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from functools import lru_cache
from itertools import combinations
from pathlib import Path
from typing import Any

SEARCH_PATH = ("/usr/share/hunspell", "/usr/share/myspell", "/usr/share/myspell/dicts", "/usr/local/share/hunspell",
               "/opt/homebrew/share/hunspell", "~/Library/Spelling", "~/.local/share/hunspell")
#: Russian letters a Kazakh letter is mistyped as, and the Kazakh letters they stand for.
KAZAKH_FOR = {"к": "қ", "н": "ң", "у": "ұү", "о": "ө", "а": "ә", "и": "і", "г": "ғ", "х": "һ"}
MAX_CANDIDATES = 160
#: Endings a Kazakh word may stack that the dictionary's single level of affixes does not cover
#: (облыс+ын, бостандығы+нан, берген+ін, билік+ті): a word that splits into a known word and
#: these is known.
KK_ENDINGS = tuple(sorted(set("""
ның нің дың дің тың тің ға ге қа ке на не а е ны ні ды ді ты ті да де та те нда нде
дан ден тан тен нан нен мен бен пен ымен імен ым ім м ың ің ң ыңыз іңіз ымыз іміз мыз міз
ы і сы сі ын ін сын сін н лар лер дар дер тар тер ғы гі қы кі дағы дегі тағы тегі нағы негі
лық лік дық дік тық тік шы ші сыз сіз дай дей тай тей ша ше ған ген қан кен атын етін йтын йтін
ып іп п у ю уы уі уға уге уда уде удан уден мақ мек бақ бек пақ пек ар ер р с ыс іс
""".split()), key=len, reverse=True))
_ENDING_SET = frozenset(KK_ENDINGS)
_LONGEST_ENDING = max(map(len, KK_ENDINGS))
#: Kazakh voicing before a vowel (кітап → кітабы, бостандық → бостандығы): the dictionary form.
_DEVOICE = {"ғ": "қ", "г": "к", "б": "п"}
#: Frequent Kazakh words with Kazakh letters: a word that differs from one of them only by
#: Russian letters for Kazakh ones is that word mistyped, even where the mistyped form happens
#: to split into other words (онын = он+ы+н, but it is оның).
FREQUENT = tuple("""
оның мұның соның бұның осының менің сенің біздің сіздің олардың өзінің өзі өз бұл мұнда сонда осында
үшін бірақ және қазір қандай қалай қашан қайда қанша көп көптеген бүкіл барлық кейін дейін бойынша
арқылы қарсы сияқты бірге өте әр әрбір әлі әсіресе дәл тағы ғана ғой қана бұрын соң жөнінде қатысты
үкімет халық қала қаласы ереуіл ереуілшілер мұнайшылар жұмысшылар көтеріліс наразылық тұтқындар
әскер әскерлер күш күштер саяси бостандық әділдік талап қолдау қолдап тоқтату мыңдаған жүздеген
ондаған көше көшеге бұйрық сот үкім қақтығыс өлтірілді қаза біз сіз сөз сөйлеу бүгін ертең кеше
""".split())
_FOLD = str.maketrans("қңұүөәіғһ", "кнууоаигх")
FREQUENT_BY_FOLD = {w.translate(_FOLD): w for w in FREQUENT}


def find_dictionary(name: str = "kk_KZ") -> Path | None:
    """The path (without extension) of the Hunspell dictionary *name*, or None."""
    extra = [p for p in os.environ.get("WORKBENCH_HUNSPELL_PATH", "").split(os.pathsep) if p]
    for folder in (*extra, *SEARCH_PATH):
        base = Path(folder).expanduser() / name
        if base.with_suffix(".dic").is_file() and base.with_suffix(".aff").is_file():
            return base
    return None


class HunspellLexicon:
    """A Hunspell dictionary with a cache of the words looked up, and Kazakh-letter corrections."""

    def __init__(self, base: Path) -> None:
        import hunspell

        self.path = base
        self._dictionary: Any = hunspell.Hunspell(base.name, hunspell_data_dir=str(base.parent))
        self._known: dict[str, bool] = {}
        self._lock = threading.Lock()

    def known(self, word: str) -> bool:
        w = word.lower()
        hit = self._known.get(w)
        if hit is None:
            with self._lock:
                try:
                    hit = bool(self._dictionary.spell(w))
                except UnicodeError:
                    hit = False
            if len(self._known) > 500_000:
                self._known.clear()
            self._known[w] = hit
        return hit

    def analysable(self, word: str, depth: int = 3) -> bool:
        """Known, or a known word with endings from :data:`KK_ENDINGS` stacked on it."""
        if self.known(word):
            return True
        if depth == 0:
            return False
        for size in range(min(_LONGEST_ENDING, len(word) - 2), 0, -1):
            ending = word[-size:]
            if ending in _ENDING_SET:
                base = word[:-size]
                if not _harmonic(base, ending):
                    continue
                if self.analysable(base, depth - 1):
                    return True
                if base[-1] in _DEVOICE and self.known(base[:-1] + _DEVOICE[base[-1]]):
                    return True
        return False

    def correction(self, word: str, known_words: frozenset[str] = frozenset()) -> str | None:
        """*word* with Russian letters made Kazakh so that the dictionary knows it, or None
        (also for a word the dictionary knows, or a form of a glossary name in *known_words*)."""
        return _verdict(self, known_words, word)


@lru_cache(maxsize=200_000)
def _verdict(lexicon: HunspellLexicon, known_words: frozenset[str], word: str) -> str | None:
    lw = word.lower()
    if known_words and any(lw[:n] in known_words for n in range(len(lw), 2, -1)):
        return None         # a glossary name, inflected
    return _cached(lexicon, word)


@lru_cache(maxsize=200_000)
def _cached(lexicon: HunspellLexicon, word: str) -> str | None:
    lw = word.lower()
    if lexicon.known(lw):
        return None
    frequent = FREQUENT_BY_FOLD.get(lw.translate(_FOLD))
    if frequent is not None and frequent != lw:
        return _case_like(word, frequent)
    if lexicon.analysable(lw):
        return None
    singles = list(_candidates(lw, 1))
    for candidate in singles:
        if lexicon.known(candidate):
            return _case_like(word, candidate)
    for candidate in singles:
        if lexicon.analysable(candidate, 1):
            return _case_like(word, candidate)
    for candidate in _candidates(lw, 2):
        if lexicon.known(candidate):
            return _case_like(word, candidate)
    return None


_BACK = set("аоұы")
_FRONT = set("әеіөү")


def _harmonic(base: str, ending: str) -> bool:
    """Vowel harmony: a back-vowel word takes back endings (облыс+ын), a front one front endings
    (күш+тер). Neutral endings (н, м) and bases without a decisive vowel pass."""
    kind = "back" if _BACK & set(ending) else "front" if _FRONT & set(ending) else ""
    if not kind:
        return True
    for ch in reversed(base):
        if ch in _BACK:
            return kind == "back"
        if ch in _FRONT:
            return kind == "front"
    return True


def _candidates(word: str, n: int) -> Iterator[str]:
    """*word* with *n* of its Russian letters made Kazakh, every way (at most MAX_CANDIDATES)."""
    positions = [i for i, ch in enumerate(word) if ch in KAZAKH_FOR]
    count = 0
    if n:
        for chosen in combinations(positions, n):
            options: list[list[str]] = [[]]
            for i in chosen:
                options = [o + [k] for o in options for k in KAZAKH_FOR[word[i]]]
            for letters in options:
                chars = list(word)
                for i, k in zip(chosen, letters):
                    chars[i] = k
                count += 1
                if count > MAX_CANDIDATES:
                    return
                yield "".join(chars)


def _case_like(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


_LOCK = threading.Lock()
_LEXICONS: dict[str, HunspellLexicon | None] = {}


def kazakh_lexicon() -> HunspellLexicon | None:
    """The Kazakh lexicon (loaded once, about a second), or None when the dictionary or spylls is missing."""
    with _LOCK:
        if "kk" not in _LEXICONS:
            base = find_dictionary("kk_KZ")
            lexicon = None
            if base is not None:
                try:
                    lexicon = HunspellLexicon(base)
                except (ImportError, OSError, ValueError, UnicodeDecodeError, RuntimeError):
                    lexicon = None
            _LEXICONS["kk"] = lexicon
        return _LEXICONS["kk"]


class EnglishWords:
    """Hunspell's en_US word list (shipped inside chunspell): is a word an English common word?"""

    def __init__(self) -> None:
        import hunspell

        self._dictionary: Any = hunspell.Hunspell("en_US")
        self._lock = threading.Lock()

    @lru_cache(maxsize=50_000)  # noqa: B019 - one instance for the process
    def common(self, word: str) -> bool:
        """Whether the lower-case *word* is an English word (names are capitalised in the list)."""
        if not word.isascii():
            return False        # the list is Latin-1; an English common word is plain ASCII
        with self._lock:
            return bool(self._dictionary.spell(word.lower()))


def english_words() -> EnglishWords | None:
    """The English word list, or None without chunspell."""
    with _LOCK:
        if "en" not in _ENGLISH:
            try:
                _ENGLISH["en"] = EnglishWords()
            except (ImportError, OSError, RuntimeError, ValueError):
                _ENGLISH["en"] = None
        return _ENGLISH["en"]


_ENGLISH: dict[str, EnglishWords | None] = {}


def lexicon_status() -> str:
    """One line for reports: where the Kazakh dictionary is, or how to get it."""
    base = find_dictionary("kk_KZ")
    if base is None:
        return ("Kazakh dictionary not found: script-russian-letter is off (install hunspell-kk, or set "
                "WORKBENCH_HUNSPELL_PATH to the folder of kk_KZ.dic and kk_KZ.aff)")
    try:
        import hunspell  # noqa: F401
    except ImportError:
        return "chunspell is not installed: script-russian-letter is off"
    return f"Kazakh dictionary: {base}.dic"
