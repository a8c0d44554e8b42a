"""Files exchanged with CAT tools: ``xliff`` (catalogues as XLIFF 1.2) and ``languages`` (their
language codes mapped to the project's)."""
