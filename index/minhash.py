"""MinHash signatures of word shingles, banded for LSH (the band index is copies.py's): near-duplicates.

Written by hand rather than with datasketch (MIT) because datasketch needs
numpy and scipy (about 60 MB) in a desktop app that has neither, and the part
needed is small. The signature is one-permutation MinHash with densification
(Shrivastava and Li, "Densifying One Permutation Hashing", ICML 2014): every
shingle is hashed once and lands in one of ``BINS`` bins, keeping each bin's
minimum, so signing costs one hash per shingle instead of one per shingle and
permutation. Empty bins borrow the next non-empty bin's value (a fixed
rotation), which keeps two signatures' agreement an estimate of Jaccard
similarity. Banding (``BANDS`` x ``ROWS``) finds candidates; the estimate
confirms them.
"""
from __future__ import annotations

import re
from array import array
from collections.abc import Iterable
from zlib import crc32

SHINGLE_WORDS = 3
BINS = 128
assert BINS == 1 << 7
# Candidates from about (1/32) ** (1/4) = 0.42; copies are confirmed at 0.8 (copies.py).
BANDS, ROWS = 32, 4
assert BANDS * ROWS == BINS
_VALUE_MASK = (1 << 32) - 1
_EMPTY = _VALUE_MASK + 1  # above any 32-bit value
_MIX = 0x9E3779B97F4A7C15  # Fibonacci hashing (Knuth): the odd 64-bit multiplier nearest 2**64 / phi
_MASK64 = (1 << 64) - 1
_BIN_SHIFT = 64 - 7  # the top 7 bits choose one of the 128 bins
_WORD = re.compile(r"\w+")

Signature = array  # array("I") of BINS values


def words_of(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingles(words: list[str], size: int = SHINGLE_WORDS) -> set[str]:
    """Runs of ``size`` words (the whole text when shorter)."""
    if len(words) <= size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(items: Iterable[str]) -> Signature | None:
    """The densified one-permutation MinHash of ``items``; None for no items."""
    mins = [_EMPTY] * BINS
    seen = False
    for item in items:
        data = item.encode("utf-8", "surrogatepass")
        # CRC-32 is stable across processes (unlike hash()) and far cheaper than blake2b.
        h = (crc32(data) * _MIX) & _MASK64  # multiplicative mixing spreads CRC's linear structure
        b = h >> _BIN_SHIFT
        v = (h >> 16) & _VALUE_MASK
        if v < mins[b]:
            mins[b] = v
        seen = True
    if not seen:
        return None
    # Densify: an empty bin takes the value of the next non-empty bin to its
    # right (wrapping), offset by the distance so borrowed values differ from own.
    if _EMPTY in mins:
        out = list(mins)
        for i in range(BINS):
            if mins[i] == _EMPTY:
                dist = next(d for d in range(1, BINS + 1) if mins[(i + d) % BINS] != _EMPTY)
                out[i] = (mins[(i + dist) % BINS] + dist * 0x9E3779B1) & _VALUE_MASK
        mins = out
    return array("I", mins)


def text_signature(text: str) -> Signature | None:
    return signature(shingles(words_of(text)))


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / BINS
