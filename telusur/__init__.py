"""Telusur: desktop full-text search for archives of Indonesian news.

One import name for the whole distribution. The layers live in folders of
their own at the project root and are mapped under this name by
``pyproject.toml`` (``package-dir``): ``telusur.analysis`` (Indonesian
analysis) <- ``telusur.index`` (files to index) <- ``telusur.searcher``
(queries to hits) <- ``telusur.gui`` and ``telusur.cli``.
"""

__version__ = "0.1.0"
