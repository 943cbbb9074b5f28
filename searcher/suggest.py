"""'Did you mean': corrections drawn from the index's own vocabulary."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from whoosh.reading import IndexReader
from whoosh.support.levenshtein import distance

from telusur.analysis import fold
from telusur.index.schema import EXACT_FIELD

from .requests import SearchCancelled, never

SUGGEST_BELOW = 3  # offer "did you mean" when fewer hits than this


def correct_word(
    reader: IndexReader,
    word: str,
    *,
    rare_df: int = 0,
    ratio: float = 1.0,
    min_df: int = 1,
    prefix: int = 1,
    unknown_needs: int | None = None,
    cancelled: Callable[[], bool] = never,
) -> str | None:
    """The closest, most frequent indexed word for ``word``, if ``word`` looks mistyped.

    ``word`` qualifies when it is in at most ``rare_df`` articles (0: unknown);
    the correction must be in at least ``min_df`` articles and ``ratio`` times
    as many as ``word`` (``unknown_needs`` articles, when given, for a word in
    no article at all). Edits: 1, or 2 for words of 6+ letters; the first
    ``prefix`` letters are kept. Whoosh walks the term list with an automaton
    after the prefix, so a longer prefix is much faster (3: ~1 ms, 1: up to
    ~80 ms on 90,000 words). ``cancelled`` is asked every ``CHECK_EVERY`` words of the walk
    (raises ``SearchCancelled``): a walk after one letter can take hundreds of milliseconds.
    """
    folded = fold(word)
    if len(folded) < 3 or not folded.isalpha():
        return None
    df = reader.doc_frequency(EXACT_FIELD, folded)
    if df > rare_df:
        return None
    needed = max(min_df, ratio * max(df, 1))
    if df == 0 and unknown_needs is not None:
        needed = unknown_needs
    maxdist = 2 if len(folded) >= 6 else 1
    candidates = []
    base = _without_clitic(folded)
    if base and reader.doc_frequency(EXACT_FIELD, base) >= needed:
        # The stemmer keeps the clitic on words its dictionary lacks (startupnya):
        # the word without it, one edit away however long the clitic.
        candidates.append((1, -reader.doc_frequency(EXACT_FIELD, base), base))
    for candidate in _words_within(reader, folded, maxdist, min(prefix, len(folded) - 1), cancelled):
        if candidate != folded:
            n = reader.doc_frequency(EXACT_FIELD, candidate)
            if n >= needed:
                candidates.append((distance(folded, candidate), -n, candidate))
    return min(candidates)[2] if candidates else None


CHECK_EVERY = 256  # words of the vocabulary walk between two looks at ``cancelled``


def _words_within(
    reader: IndexReader, word: str, maxdist: int, prefix: int, cancelled: Callable[[], bool]
) -> list[str]:
    """Whoosh's ``terms_within`` (the same words), skipping words whose length alone puts them too far.

    Whoosh computes the edit distance of every word after the prefix in
    Python; a length difference over ``maxdist`` already rules a word out,
    which spares most of them.
    """
    found = []
    size = len(word)
    for i, raw in enumerate(reader.expand_prefix(EXACT_FIELD, word[:prefix])):
        if i % CHECK_EVERY == 0 and cancelled():
            raise SearchCancelled
        candidate = raw.decode("utf-8")
        if abs(len(candidate) - size) <= maxdist and distance(candidate, word, limit=maxdist) <= maxdist:
            found.append(candidate)
    return found


# Possessive and emphatic clitics, longest first (as ranking.CLITICS).
CLITICS = ("nya", "lah", "kah", "ku", "mu")


def _without_clitic(word: str) -> str | None:
    """``word`` without a trailing clitic, when at least three letters remain."""
    for clitic in CLITICS:
        if word.endswith(clitic) and len(word) - len(clitic) >= 3:
            return word[: -len(clitic)]
    return None


def _replace_word(text: str, word: str, replacement: str) -> str:
    return re.sub(rf"(?<![\w:]){re.escape(word)}(?![\w:])", replacement, text)


def suggest(
    reader: IndexReader, text: str, words: tuple[str, ...], *, thorough: bool, cancelled: Callable[[], bool] = never
) -> str | None:
    """``text`` with each unknown word replaced by its correction, or None.

    ``thorough`` (when nothing was found) also tries typos in the second and
    third letter, at a cost of tens of milliseconds.
    """
    suggestion = text
    for word in dict.fromkeys(words):
        fixed = correct_word(reader, word, prefix=1 if thorough else 3, cancelled=cancelled)
        if fixed:
            suggestion = _replace_word(suggestion, word, fixed)
    return suggestion if suggestion != text else None


def did_you_mean(
    reader: IndexReader,
    text: str,
    words: tuple[str, ...],
    found: int,
    corrected: tuple[tuple[str, str], ...] = (),
    cancelled: Callable[[], bool] = never,
) -> str | None:
    """A suggestion when the user's own words (``found`` articles) found little.

    ``corrected``: (typo, correction) pairs the search already widened with;
    they make the suggestion when the index's own words offer none (a typo
    that a few articles share, like the user, is not unknown to the index).
    """
    if found >= SUGGEST_BELOW or not words:
        return None
    suggestion = suggest(reader, text, words, thorough=found == 0, cancelled=cancelled)
    if suggestion is None and corrected:
        fixed = text
        for typo, correction in corrected:
            fixed = _replace_word(fixed, typo, correction)
        suggestion = fixed if fixed != text else None
    return suggestion


# The typo fallback: a query that finds almost nothing is widened with
# corrections of its rare words (its effect: bench/eval/README.md).
TYPO_BELOW = 5  # widen only when the query found fewer articles than this
TYPO_RARE_DF = 5  # a word in at most this many articles may be a typo
TYPO_RATIO = 20  # ... of a word in at least 20 times as many
TYPO_MIN_DF = 5
TYPO_PREFIX = 3  # it runs on every query that finds little: keep it cheap
# A word in no article at all needs a correction in TYPO_RATIO articles, scaled
# down on a library smaller than this (to 1 article on a handful): a new
# library or the seed has no word in 20 articles, and a word the index lacks
# entirely is a typo whatever the library's size.
TYPO_FULL_SCALE_DOCS = 1000


class Widened(NamedTuple):
    text: str  # the query with each likely typo as ``(word OR correction)``
    fixes: list[str]  # the corrections, in query order
    typos: list[str]  # the words they correct, in the same order


def unknown_word_needs(doc_count: int) -> int:
    """Articles a correction of a word the index lacks must be in, for an index of ``doc_count``."""
    scaled = TYPO_RATIO * doc_count // TYPO_FULL_SCALE_DOCS
    return max(1, min(TYPO_RATIO, scaled))


def widen_typos(reader: IndexReader, text: str, words: tuple[str, ...]) -> Widened | None:
    """``text`` with each likely typo as ``(word OR correction)``, or None without typos."""
    fixes, typos = [], []
    unknown_needs = unknown_word_needs(reader.doc_count())
    for word in dict.fromkeys(words):
        fixed = correct_word(
            reader, word, rare_df=TYPO_RARE_DF, ratio=TYPO_RATIO, min_df=TYPO_MIN_DF, prefix=TYPO_PREFIX,
            unknown_needs=unknown_needs,
        )
        if fixed:
            text = _replace_word(text, word, f"({word} OR {fixed})")
            fixes.append(fixed)
            typos.append(word)
    return Widened(text, fixes, typos) if fixes else None
