"""MinHash signatures of word shingles and an LSH table over them: near-duplicates.

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
from bisect import bisect_left
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


_BAND_BYTES = ROWS * 4  # array("I") items are 4 bytes


def band_hashes(sig: Signature) -> list[int]:
    """One 64-bit hash per band (Python's bytes hash: the table lives in one process only).

    Slices of the signature's bytes: the same values as hashing each band's
    ``tobytes()``, at a third of the cost.
    """
    raw = sig.tobytes()
    return [hash(raw[i : i + _BAND_BYTES]) for i in range(0, BANDS * _BAND_BYTES, _BAND_BYTES)]


class LshTable:
    """Which stored signatures share a band with a new one.

    Built once per refresh from the stored signatures as one sorted array of
    band hashes per band (12 bytes per article and band: a dict of buckets
    took over 100 MB at 18,000 articles and pushed a build past its memory
    budget); articles added during the refresh go to a small dict.
    """

    def __init__(self, items: Iterable[tuple[str, Signature]] = (), probes: Iterable[Signature] | None = None) -> None:
        """``probes``: the only signatures ``candidates`` will be asked about, when known.

        Then only the stored signatures that share a band with one of them are
        kept, and the table is a fraction of the archive: a sync of 1,000 new
        articles to 17,000 no longer sorts 32 columns of every stored one.
        """
        wanted: set[tuple[int, int]] | None = None
        firsts: set[int] = set()
        if probes is not None:
            probes = list(probes)
            wanted = {pair for sig in probes for pair in enumerate(band_hashes(sig))}
            # A signature sharing a band shares that band's first value: a
            # C-level set test of each band's first value rules out almost
            # every stored signature before any band is hashed (testing all
            # 128 values let through most of an archive whose articles share
            # paragraphs: at 10x, 176,000 of 179,000).
            firsts = firsts.union(*(sig[::ROWS] for sig in probes))
        self._keys: list[str] = []
        columns: list[array] = [array("q") for _ in range(BANDS)]
        for key, sig in items:
            if wanted is not None and firsts.isdisjoint(sig[::ROWS]):
                continue
            hashes = band_hashes(sig)
            if wanted is not None and wanted.isdisjoint(enumerate(hashes)):
                continue
            self._keys.append(key)
            for band, h in enumerate(hashes):
                columns[band].append(h)
        self._bands: list[tuple[array, array]] = []
        for column in columns:
            order = sorted(range(len(column)), key=column.__getitem__)
            self._bands.append((array("q", (column[i] for i in order)), array("i", order)))
        self._recent: dict[tuple[int, int], list[int]] = {}

    def insert(self, key: str, sig: Signature) -> None:
        self._keys.append(key)
        ident = len(self._keys) - 1
        for band, h in enumerate(band_hashes(sig)):
            self._recent.setdefault((band, h), []).append(ident)

    def candidates(self, sig: Signature) -> set[str]:
        found: set[int] = set()
        for band, h in enumerate(band_hashes(sig)):
            hashes, idents = self._bands[band]
            i = bisect_left(hashes, h)
            while i < len(hashes) and hashes[i] == h:
                found.add(idents[i])
                i += 1
            found.update(self._recent.get((band, h), ()))
        return {self._keys[i] for i in found}
