"""Scoring sentence segmenters on the development set (``tests/data/segmentation/dev.jsonl``).

Shared by ``tests/test_segmentation.py`` (a floor on our own score) and
``tests/benchmarks/bench_segmentation.py`` (ours against pySBD, sentencex, syntok
and blingfire in the same run).

How a case is scored — the same for every segmenter:

* **Whitespace does not count.** Every segmenter gets the case's ``text`` unchanged;
  each sentence it returns and each expected sentence is compared with its whitespace
  removed, and empty pieces are dropped.  The upstream harnesses strip (pySBD) or
  strip and collapse (sentencex) for all but 9 cases; the few exact upstream
  comparisons (``strip: false``) differ only in where the whitespace between sentences
  goes, which a span-based segmenter leaves to the skeleton; and pySBD's cleaner joins
  wrapped lines without a space (``pricing\n.`` becomes ``pricing.``).  Where the
  sentences break is all that is compared.
* **Cleaner-rewritten cases are left out.** pySBD's ``clean=True`` tests expect the
  output of its text cleaner.  Where that output still has the same characters as the
  text apart from whitespace (wrapped lines joined), the case is scored like any other;
  where the cleaner rewrote characters (HTML removed, dot leaders dropped, backquotes
  turned into apostrophes, ``\\ r \\ n`` removed: 9 cases, listed by
  :func:`is_rewritten`), neither metric can be computed fairly and the case is
  skipped for every segmenter.
* **Exact match**: the normalised sentence lists are equal.
* **Boundary F1**: a boundary is the position of a sentence end, counted in
  non-whitespace characters from the start of the text (the end of the text is not a
  boundary).  Each returned or expected sentence is located in the text in order;
  true and false positives and negatives are summed over all cases (micro average).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "segmentation"
DEV = DATA / "dev.jsonl"

_WS = re.compile(r"\s+")

Segmenter = Callable[[str], list[str]]


def load_cases(path: Path = DEV) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def normalise(sentences: Iterable[str]) -> list[str]:
    out = []
    for s in sentences:
        s = _WS.sub(" ", s).strip()
        if s:
            out.append(s)
    return out


def _squeeze(s: str) -> str:
    return _WS.sub("", s)


def is_rewritten(case: dict) -> bool:
    """Whether the expected sentences are not the text's own characters (pySBD's cleaner)."""
    return _squeeze("".join(case["sentences"])) != _squeeze(case["text"])


def scored_cases(cases: list[dict]) -> list[dict]:
    return [c for c in cases if not is_rewritten(c)]


def boundaries(text: str, sentences: list[str]) -> set[int]:
    """Sentence ends as offsets into ``text`` with all whitespace removed (text end excluded)."""
    flat = _squeeze(text)
    out: set[int] = set()
    pos = 0
    for s in sentences:
        piece = _squeeze(s)
        if not piece:
            continue
        at = flat.find(piece, pos)
        if at < 0:  # not a substring: count characters instead of locating
            at = pos
        pos = at + len(piece)
        out.add(pos)
    out.discard(len(flat))
    out.discard(0)
    return out


@dataclass
class Score:
    cases: int = 0
    exact: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    failures: list[tuple[dict, list[str]]] = field(default_factory=list)

    @property
    def exact_rate(self) -> float:
        return self.exact / self.cases if self.cases else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(segment: Segmenter, cases: list[dict]) -> Score:
    result = Score()
    for case in scored_cases(cases):
        text = case["text"]
        got = normalise(segment(text))
        want = normalise(case["sentences"])
        result.cases += 1
        if [_squeeze(s) for s in got] == [_squeeze(s) for s in want]:
            result.exact += 1
        else:
            result.failures.append((case, got))
        b_got, b_want = boundaries(text, got), boundaries(text, want)
        result.tp += len(b_got & b_want)
        result.fp += len(b_got - b_want)
        result.fn += len(b_want - b_got)
    return result


# --------------------------------------------------------------------------
# The segmenters, each as text -> list of sentence strings


def ours() -> Segmenter:
    from workbench.text.segmentation import split_sentences

    def run(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    return run


def peers() -> dict[str, Segmenter]:
    """The installed peers (``pip install -e '.[bench]'``), by display name."""
    found: dict[str, Segmenter] = {}
    try:
        import pysbd
    except ImportError:
        pass
    else:
        seg = pysbd.Segmenter(language="en", clean=False)
        found[f"pysbd {_version('pysbd')}"] = seg.segment
    try:
        from sentencex import segment as sx_segment
    except ImportError:
        pass
    else:
        found[f"sentencex {_version('sentencex')}"] = lambda text: list(sx_segment("en", text))
    try:
        from syntok import segmenter as syntok_segmenter
    except ImportError:
        pass
    else:
        def run_syntok(text: str) -> list[str]:
            out = []
            for paragraph in syntok_segmenter.analyze(text):
                for sentence in paragraph:
                    first, last = sentence[0], sentence[-1]
                    out.append(text[first.offset:last.offset + len(last.value)])
            return out

        found[f"syntok {_version('syntok')}"] = run_syntok
    try:
        import blingfire
    except ImportError:
        pass
    else:
        def run_blingfire(text: str) -> list[str]:
            if not text.strip():
                return []
            _, offsets = blingfire.text_to_sentences_and_offsets(text)
            return [text[a:b] for a, b in offsets]

        found[f"blingfire {_version('blingfire')}"] = run_blingfire
    return found


def _version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"
