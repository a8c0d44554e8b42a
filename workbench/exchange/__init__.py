"""Catalogues exchanged with CAT tools in formats other than PO (``xliff``: XLIFF 1.2)."""
