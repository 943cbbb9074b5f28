"""The one stemming function the analyzer calls, behind a bounded cache.

Whoosh pickles the analyzer into the index, so the stemmer object must never
live on a filter: it stays here, module-level, reached by import path.
Backends: ``sastrawi`` (default, dictionary based) or ``snowball`` (PyStemmer's
Indonesian Snowball stemmer, no dictionary, permissive licence). Pick one with
the ``TELUSUR_STEMMER`` environment variable; the choice is part of the index
fingerprint, so switching rebuilds the index.
"""
from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

from .resources import stem_overrides

BACKENDS = ("sastrawi", "snowball", "none")
BACKEND = os.environ.get("TELUSUR_STEMMER", "sastrawi").strip().lower() or "sastrawi"
if BACKEND not in BACKENDS:
    raise ValueError(f"TELUSUR_STEMMER must be one of {', '.join(BACKENDS)}, not {BACKEND!r}")


def _load_backend(name: str) -> Callable[[str], str]:
    if name == "sastrawi":
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

        # The factory wraps the stemmer in an unbounded cache; take the inner
        # stemmer and bound the cache ourselves (see stem()).
        return StemmerFactory().create_stemmer().delegatedStemmer.stem
    if name == "snowball":
        import Stemmer  # PyStemmer

        return Stemmer.Stemmer("indonesian").stemWord
    return lambda word: word


_backend = _load_backend(BACKEND)
_overrides = stem_overrides()


@lru_cache(maxsize=1 << 18)
def stem(word: str) -> str:
    """Root of one lowercased word; words with digits and odd results pass through."""
    term = _overrides.get(word)
    if term is not None:
        return term
    if not word.isalpha():
        return word
    root = _backend(word)
    # Sastrawi returns "" or several words for inputs it cannot handle.
    if not root or " " in root or len(root) < 2:
        return word
    return root
