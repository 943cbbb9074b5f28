"""'Did you mean': corrections drawn from the index's own vocabulary."""
from __future__ import annotations

import re

from whoosh.reading import IndexReader
from whoosh.support.levenshtein import distance

from index.analysis import fold

EXACT_FIELD = "exact"


def correct_word(reader: IndexReader, word: str) -> str | None:
    """The most frequent indexed word closest to ``word``, if ``word`` is unknown."""
    folded = fold(word)
    if len(folded) < 3 or not folded.isalpha():
        return None
    if reader.doc_frequency(EXACT_FIELD, folded) > 0:
        return None
    for maxdist in (1, 2):
        if maxdist == 2 and len(folded) < 6:
            break
        candidates = [c for c in reader.terms_within(EXACT_FIELD, folded, maxdist, prefix=1) if c != folded]
        if candidates:
            return max(
                candidates,
                key=lambda c: (-distance(folded, c), reader.doc_frequency(EXACT_FIELD, c), c),
            )
    return None


def suggest(reader: IndexReader, text: str, words: tuple[str, ...]) -> str | None:
    """``text`` with each unknown word replaced by its correction, or None."""
    suggestion = text
    for word in dict.fromkeys(words):
        fixed = correct_word(reader, word)
        if fixed:
            suggestion = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", fixed, suggestion)
    return suggestion if suggestion != text else None
