"""Indonesian word normalisation shared by the Whoosh analyzer and the highlighter.

One generator decides what a run of words becomes in the index: hyphenated
reduplication collapses (``tokoh-tokoh`` -> tokoh), other hyphenated words
split into their parts (``Tiongkok-Kazakhstan`` -> tiongkok, kazakhstan),
two-word compounds join (``kerja sama`` -> kerjasama), stopwords drop and the
rest is stemmed. Both the analyzer (index and query time) and the snippet
highlighter call it, so a highlighted word is always a word that matched.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from whoosh.support.charset import accent_map

from .resources import compounds, stopwords
from .stemmer import stem

# A number with Indonesian separators ("2.300", "5,6"), or a word that may
# contain apostrophes ("Xi'an") and hyphens ("tokoh-tokoh", "Covid-19").
WORD_PATTERN = r"\d+(?:[.,]\d+)+|\w+(?:['’`]\w+)*(?:[-‐‑]\w+(?:['’`]\w+)*)*"
WORD_RE = re.compile(WORD_PATTERN)
_HYPHENS = re.compile(r"[-‐‑]")
_APOSTROPHES = str.maketrans("", "", "'’`")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


class Word(NamedTuple):
    text: str
    start: int
    end: int
    stopped: bool = False


def fold(surface: str) -> str:
    """Lowercase, strip accents and apostrophes: the form every later step sees."""
    text = surface.lower().translate(accent_map).translate(_APOSTROPHES)
    if _THOUSANDS.fullmatch(text):
        text = text.replace(".", "")
    return text


def _is_reduplication(parts: list[str]) -> bool:
    return len(parts) == 2 and bool(parts[0]) and stem(parts[0]) == stem(parts[1])


def split_hyphens(words: Iterable[tuple[str, int, int]]) -> Iterator[tuple[str, int, int]]:
    """Keeps reduplications whole, splits other hyphenated words into parts."""
    for text, start, end in words:
        if "-" not in text and "‐" not in text and "‑" not in text:
            yield text, start, end
            continue
        parts = _HYPHENS.split(text)
        if _is_reduplication(parts):
            yield "-".join(parts), start, end
            continue
        offset = start
        for part in parts:
            if part:
                yield part, offset, offset + len(part)
            offset += len(part) + 1


def normalize(words: Iterable[tuple[str, int, int]], use_stemmer: bool = True) -> Iterator[Word]:
    """Folded words in, index terms out (stopwords flagged, not dropped).

    ``use_stemmer=False`` gives the exact-form terms of the unstemmed field:
    no stemming and no compound joining, same splitting and stopwords.
    This is the indexing hot path: each word is stemmed once (cached) and
    compounds are only looked up after a word that can start one.
    """
    stops = stopwords()
    pairs = compounds() if use_stemmer else {}
    starters = _compound_starters() if use_stemmer else frozenset()
    pending: tuple[str, int, int, str] | None = None  # (text, start, end, root)
    for text, start, end in split_hyphens(words):
        if not use_stemmer:
            root = text
        elif "-" in text:  # a reduplication kept whole: its root is its first part's
            root = stem(text.split("-", 1)[0])
        else:
            root = stem(text)
        if pending is not None:
            if pending[3] in starters:
                joined = pairs.get((pending[3], root))
                if joined is not None:
                    yield Word(joined, pending[1], end)
                    pending = None
                    continue
            yield _finish(pending, stops, use_stemmer)
        pending = (text, start, end, root)
    if pending is not None:
        yield _finish(pending, stops, use_stemmer)


@cache
def _compound_starters() -> frozenset[str]:
    return frozenset(first for first, _ in compounds())


def _finish(word: tuple[str, int, int, str], stops: frozenset[str], use_stemmer: bool) -> Word:
    text, start, end, root = word
    if text in stops:
        return Word(text, start, end, True)
    if use_stemmer:
        return Word(root, start, end)
    if "-" in text:  # reduplication: the exact form is its first part
        text = text.split("-", 1)[0]
    return Word(text, start, end)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Folded words with their character offsets."""
    return [(_fold_cached(m.group()), m.start(), m.end()) for m in WORD_RE.finditer(text)]


_fold_cached = lru_cache(maxsize=1 << 17)(fold)


def terms(text: str, use_stemmer: bool = True) -> list[Word]:
    """Index terms of ``text`` with character offsets, stopwords removed."""
    return [w for w in normalize(tokenize(text), use_stemmer) if not w.stopped]
