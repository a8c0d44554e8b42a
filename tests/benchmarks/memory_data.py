"""Synthetic but realistic translation-memory data for the memory benchmarks.

How it is made (deterministic for a seed):

* a vocabulary of 40,000 pseudo-words built from syllables, the short ones the frequent
  ones, drawn with Zipf frequencies (rank r has weight 1/r^1.1, as word counts in English
  text roughly do), plus 3,000 capitalised names and numbers;
* sentences of 6–40 words (mean about 18, like the bundled statements), a name in 40 %
  and a number in 25 % of them, capitalised and closed with a full stop;
* a quarter of the sentences are *near-duplicates* of an earlier one: one to three edits
  (a word replaced, deleted or inserted, a name or a number changed), as a memory built
  from revised documents holds;
* the "translation" is the source run through a fixed letter mapping into Cyrillic, so
  targets have realistic length and alphabet;
* queries: 70 % are an existing sentence edited one to four times, 15 % an existing
  sentence unchanged, 15 % a fresh sentence (usually no match at cutoff 70).
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import numpy as np

CONSONANTS = "b c d f g h j k l m n p r s t v w z ch sh th st tr pr gr".split()
VOWELS = "a e i o u ai ea ou io".split()
LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абцдефгхийклмнопярстувщхыз"
TO_CYRILLIC = str.maketrans(LATIN + LATIN.upper(), CYRILLIC + CYRILLIC.upper())


class Corpus:
    """Sentence factory with its own random generator."""

    def __init__(self, seed: int = 7, vocabulary: int = 40_000, names: int = 3_000) -> None:
        self.rng = np.random.default_rng(seed)
        self.random = random.Random(seed)     # scalar decisions: much cheaper than numpy's per call
        words: list[str] = []
        seen: set[str] = set()
        while len(words) < vocabulary:
            syllables = 1 + min(3, int(self.random.expovariate(1 / (0.4 + 1.6 * len(words) / vocabulary))))
            word = "".join(self.random.choice(CONSONANTS) + self.random.choice(VOWELS) for _ in range(syllables))
            if self.random.random() < 0.4:
                word += self.random.choice("nsrtld")
            if word not in seen:
                seen.add(word)
                words.append(word)
        self.words = np.array(words, dtype=object)
        ranks = np.arange(1, vocabulary + 1, dtype=np.float64)
        weights = 1.0 / ranks ** 1.1
        self.cumulative = np.cumsum(weights / weights.sum())
        self.names = [w.capitalize() + ("ov" if i % 3 == 0 else "") for i, w in
                      enumerate(self.random.sample(words[2000:], names))]
        self._stream: list[str] = []

    def _draw_words(self, n: int) -> list[str]:
        """*n* words with Zipf frequencies, from a stream drawn a million at a time."""
        if len(self._stream) < n:
            index = np.searchsorted(self.cumulative, self.rng.random(1_000_000 + n))
            self._stream += list(self.words[np.minimum(index, len(self.words) - 1)])
        out = self._stream[-n:]
        del self._stream[-n:]
        return out

    def sentence_words(self) -> list[str]:
        n = int(min(40, max(6, self.random.gauss(18, 7))))
        words = self._draw_words(n)
        if self.random.random() < 0.4:
            words.insert(self.random.randrange(n), self.random.choice(self.names))
        if self.random.random() < 0.25:
            words.insert(self.random.randrange(n), str(self.random.randrange(2, 20000)))
        return words

    def edited(self, words: list[str], edits: int) -> list[str]:
        words = list(words)
        for _ in range(edits):
            kind = self.random.random()
            at = self.random.randrange(len(words))
            if kind < 0.35:
                words[at] = self._draw_words(1)[0]
            elif kind < 0.55 and len(words) > 4:
                del words[at]
            elif kind < 0.75:
                words.insert(at, self._draw_words(1)[0])
            elif kind < 0.9:
                words[at] = self.random.choice(self.names)
            else:
                words[at] = str(self.random.randrange(2, 20000))
        return words


def text_of(words: list[str]) -> str:
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:] + "."


def translate(source: str) -> str:
    return source.translate(TO_CYRILLIC)


def memory_units(n: int, seed: int = 7) -> Iterator[tuple[str, str]]:
    """*n* (source, target) pairs; a quarter are near-duplicates of earlier ones."""
    corpus = Corpus(seed)
    recent: list[list[str]] = []
    for _ in range(n):
        if recent and corpus.random.random() < 0.25:
            words = corpus.edited(recent[corpus.random.randrange(len(recent))], corpus.random.randint(1, 3))
        else:
            words = corpus.sentence_words()
        if len(recent) < 50_000:
            recent.append(words)
        else:
            recent[corpus.random.randrange(len(recent))] = words
        source = text_of(words)
        yield source, translate(source)


def queries(sources: list[str], n: int, seed: int = 11) -> list[str]:
    """*n* lookup queries against a memory holding *sources* (see the module docstring)."""
    corpus = Corpus(seed)
    out: list[str] = []
    for _ in range(n):
        kind = corpus.random.random()
        if kind < 0.15:
            out.append(text_of(corpus.sentence_words()))
            continue
        base = sources[corpus.random.randrange(len(sources))]
        if kind < 0.30:
            out.append(base)
            continue
        words = base.rstrip(".").split()
        out.append(text_of(corpus.edited(words, corpus.random.randint(1, 4))))
    return out
