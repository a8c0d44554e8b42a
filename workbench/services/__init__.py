"""What the commands do, over the project's files: msgmerge-style merging (``merge``),
``update``, ``stats`` and ``compile`` (the editions); the translation memory is ``workbench.memory``."""
