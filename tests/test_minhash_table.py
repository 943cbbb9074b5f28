"""The LSH table: a table told its probes finds what the full table finds for them."""
from __future__ import annotations

import random

from telusur.index.minhash import BANDS, ROWS, LshTable, band_hashes, text_signature


def _texts(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    vocab = [f"kata{i}" for i in range(300)]
    base = [" ".join(rng.choice(vocab) for _ in range(60)) for _ in range(n // 3)]
    out = []
    for i in range(n):
        words = base[i % len(base)].split()
        for _ in range(rng.randrange(0, 30)):  # edits: near-copies and strangers alike
            words[rng.randrange(len(words))] = rng.choice(vocab)
        out.append(" ".join(words))
    return out


def test_band_hashes_hash_each_bands_values() -> None:
    sig = text_signature("satu dua tiga empat lima enam tujuh delapan sembilan sepuluh")
    assert sig is not None
    assert band_hashes(sig) == [hash(sig[b * ROWS : (b + 1) * ROWS].tobytes()) for b in range(BANDS)]


def test_a_table_told_its_probes_gives_the_full_tables_candidates() -> None:
    texts = _texts(7, 240)
    sigs = [text_signature(t) for t in texts]
    stored = [(f"s{i}", s) for i, s in enumerate(sigs[:200]) if s is not None]
    probes = [s for s in sigs[200:] if s is not None]
    full, narrow = LshTable(stored), LshTable(stored, probes=probes)
    found = 0
    for i, sig in enumerate(probes):
        expected = full.candidates(sig)
        assert narrow.candidates(sig) == expected
        found += len(expected)
        full.insert(f"n{i}", sig)
        narrow.insert(f"n{i}", sig)
    assert found > 0  # near-copies exist, so the comparison is not of empty sets
    assert len(narrow._keys) < len(full._keys)  # and the narrow table really is smaller
