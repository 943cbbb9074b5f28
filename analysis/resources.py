"""Loads the word lists that sit beside this module in ``resources/``.

Kept apart from the analyzer so the lists are data, reviewable and testable,
and so their checksum can be part of the index's analysis fingerprint.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

RESOURCE_DIR = Path(__file__).with_name("resources")
# Lists that decide index terms: their bytes are the fingerprint. Every file in
# resources/ must be in exactly one of these two tuples (a test checks), so a
# new index-time list cannot be left out of the fingerprint by mistake.
INDEX_TIME_FILES = ("compounds.tsv", "stem_overrides.tsv", "stopword_keep.txt")
# Lists read only when a query is expanded: editing them must not rebuild an index.
QUERY_TIME_FILES = ("synonyms.txt",)


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (RESOURCE_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t") if "\t" in line else [line])
    return rows


@cache
def compounds() -> dict[tuple[str, str], str]:
    """(stem, stem) -> joined term, e.g. ("kerja", "sama") -> "kerjasama"."""
    return {(a, b): joined for a, b, joined in _rows("compounds.tsv")}


@cache
def stem_overrides() -> dict[str, str]:
    table = {word: term for word, term in _rows("stem_overrides.tsv")}
    # A joined compound is its own stem; never let the stemmer cut it.
    table.update({joined: joined for joined in compounds().values()})
    return table


@cache
def stopwords() -> frozenset[str]:
    """PySastrawi's Indonesian stopword list minus the words kept on purpose."""
    from Sastrawi.StopWordRemover.StopWordRemoverFactory import StopWordRemoverFactory

    keep = {row[0] for row in _rows("stopword_keep.txt")}
    return frozenset(StopWordRemoverFactory().get_stop_words()) - keep


def fingerprint() -> str:
    """Changes whenever an index-time list changes, so the index is rebuilt.

    Hashes the same names and bytes, in the same order, as the earlier
    every-file version did when these were the only files, so existing
    indexes keep their fingerprint.
    """
    digest = hashlib.sha256()
    for name in sorted(INDEX_TIME_FILES):
        digest.update(name.encode())
        digest.update((RESOURCE_DIR / name).read_bytes())
    return digest.hexdigest()[:16]
