"""Loads the word lists that sit beside this module in ``resources/``.

Kept apart from the analyzer so the lists are data, reviewable and testable,
and so their checksum can be part of the index's analysis fingerprint.
"""
from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

RESOURCE_DIR = Path(__file__).with_name("resources")


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
    """Changes whenever a resource file changes, so the index is rebuilt."""
    digest = hashlib.sha256()
    for path in sorted(RESOURCE_DIR.iterdir()):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
