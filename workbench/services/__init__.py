"""What the commands do, over the project's files: msgmerge-style merging (``merge``),
``update``, ``stats``, ``compile`` (the editions) and the translation ``memory``."""
