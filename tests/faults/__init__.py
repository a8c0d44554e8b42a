"""The fault-injection suite (issue 12, item 4).

* :mod:`.corpus` — a generated corpus of malformed inputs (catalogues, templates, the glossary,
  sources, settings and imported termbases), each applied to a fresh copy of a small project
  and run through the command that reads it;
* :mod:`.runner` — runs every case in a worker process (a hang is caught by a timer, a crash
  by the worker's death) and sorts the outcome: clean error, handled, crash, hang, wrong, lost;
* :mod:`.kill` — ``kill -9`` at random points of ``update``, ``compile``, ``glossary import`` and
  the terminal UI's save (through the Session API): every file must be the old or the new
  version, and no translation may be lost;
* :mod:`.race` — an outside editor saving catalogues while ``update`` runs and while the
  session saves: no save of either may be lost.

``tests/test_faults.py`` runs a fast subset; ``tests/benchmarks/bench_faults.py`` the whole
thing, printing the counts.
"""
