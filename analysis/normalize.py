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
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
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


# Unicode format characters (category Cf): soft hyphen, zero-width space and
# joiners, direction marks, BOM... Invisible, yet they split words. Listed
# rather than computed (a scan of all code points costs 0.5 s per process);
# a test checks the list against this Python's unicodedata.
_FORMAT_BMP = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
_FORMAT_ASTRAL = (
    "\U000110bd\U000110cd\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
FORMAT_CHARS = re.compile(f"[{_FORMAT_BMP}{_FORMAT_ASTRAL}]")
# A class with one astral range searches ten times faster than the exact one;
# it finds format characters or astral ones (emoji, rare in news), then checked.
_MAYBE_FORMAT = re.compile(f"[{_FORMAT_BMP}\U00010000-\U0010ffff]")


def _has_format_chars(text: str) -> bool:
    return bool(_MAYBE_FORMAT.search(text) and FORMAT_CHARS.search(text))


@dataclass(frozen=True)
class Canonical:
    """Text as the tokenizer sees it, and the way back to the original's offsets.

    ``starts[i]``/``ends[i]`` are where canonical character ``i`` begins and
    ends in the original text; both are None when the two texts are the same.
    """

    text: str
    length: int  # of the original text
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the canonical span ``[start, end)``."""
        if self.starts is None or self.ends is None:
            return start, end
        first = self.starts[start] if start < len(self.starts) else self.length
        last = self.ends[end - 1] if end > start else first
        return first, max(first, last)


def canonical(text: str) -> Canonical:
    """NFC, without format characters: one form for every way of writing a word.

    ``fotovol\u00adtaik`` (soft hyphen) reads as ``fotovoltaik`` and
    ``sen\u0303or`` (decomposed) as ``señor``. Composition is done per cluster
    (a character, its combining marks and format characters), so every
    canonical character maps back to a span of the original: highlights mark
    the text as written. ASCII and already-clean text pass through untouched.
    """
    if text.isascii() or (unicodedata.is_normalized("NFC", text) and not _has_format_chars(text)):
        return Canonical(text, len(text))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if _is_format(text[i]):
            i += 1
            continue
        j = i + 1
        while j < n and (unicodedata.combining(text[j]) or _is_format(text[j])):
            j += 1
        cluster = unicodedata.normalize("NFC", "".join(ch for ch in text[i:j] if not _is_format(ch)))
        out.append(cluster)
        starts.extend([i] * len(cluster))
        ends.extend([j] * len(cluster))
        i = j
    return Canonical("".join(out), n, tuple(starts), tuple(ends))


def _is_format(ch: str) -> bool:
    return unicodedata.category(ch) == "Cf"


class Word(NamedTuple):
    text: str
    start: int
    end: int
    stopped: bool = False
    # At the same position as the word before it: a compound's parts beside the compound.
    same_pos: bool = False


def fold(surface: str) -> str:
    """Canonical form, lowercase, no accents or apostrophes: the form every later step sees."""
    if not surface.isascii():
        surface = canonical(surface).text
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


def normalize(
    words: Iterable[tuple[str, int, int]], *, use_stemmer: bool = True, parts: bool = False
) -> Iterator[Word]:
    """Folded words in, index terms out (stopwords flagged, not dropped).

    ``use_stemmer=False`` gives the exact-form terms of the unstemmed field:
    no stemming and no compound joining, same splitting and stopwords.
    ``parts``: a joined compound is followed by its two parts' stems at its
    own position (``same_pos``), as Lucene's compound filters index them: then
    ``kota`` finds "ibu kota", and a phrase that ends inside the compound
    ("untuk pembahasan ibu") still matches, while a query, analysed without
    parts, keeps matching both spellings through the compound term.
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
                    if parts:
                        yield from _parts(pending, (text, start, end, root), stops)
                    pending = None
                    continue
            yield _finish(pending, stops, use_stemmer=use_stemmer)
        pending = (text, start, end, root)
    if pending is not None:
        yield _finish(pending, stops, use_stemmer=use_stemmer)


def _parts(
    first: tuple[str, int, int, str], second: tuple[str, int, int, str], stops: frozenset[str]
) -> Iterator[Word]:
    """A compound's parts, at the compound's position; a part that is a stopword is flagged."""
    for text, start, end, root in (first, second):
        yield Word(root, start, end, text in stops, same_pos=True)


@cache
def _compound_starters() -> frozenset[str]:
    return frozenset(first for first, _ in compounds())


def _finish(word: tuple[str, int, int, str], stops: frozenset[str], *, use_stemmer: bool) -> Word:
    text, start, end, root = word
    if text in stops:
        return Word(text, start, end, True)
    if use_stemmer:
        return Word(root, start, end)
    if "-" in text:  # reduplication: the exact form is its first part
        text = text.split("-", 1)[0]
    return Word(text, start, end)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Folded words with their character offsets in ``text`` as written."""
    canon = canonical(text)
    if canon.starts is None:
        return [(_fold_cached(m.group()), m.start(), m.end()) for m in WORD_RE.finditer(text)]
    return [(_fold_cached(m.group()), *canon.span(m.start(), m.end())) for m in WORD_RE.finditer(canon.text)]


_fold_cached = lru_cache(maxsize=1 << 17)(fold)


def index_terms(text: str) -> tuple[list[tuple[str, int]], list[str]]:
    """(stemmed terms with positions, stopwords dropped; exact-form terms, stopwords kept) of ``text``.

    The indexing hot path, in one pass: the same terms as ``normalize`` over
    ``tokenize`` in its two modes (stemmed with ``parts``: a joined compound's
    parts follow it at its position), a test checks, without offsets, ``Word``
    tuples or a second pass, each word stemmed once for both fields. About
    half the cost of the two ``normalize`` passes it replaces.
    """
    stops = stopwords()
    pairs = compounds()
    starters = _compound_starters()
    stemmed: list[tuple[str, int]] = []
    exact: list[str] = []
    pending_text: str | None = None
    pending_root = ""
    pos = 0
    folded = [_fold_cached(w) for w in WORD_RE.findall(canonical(text).text)]
    for word in _split_words(folded):
        if "-" in word:  # a reduplication kept whole: its root and exact form are its first part's
            first = word.split("-", 1)[0]
            root = stem(first)
            exact.append(word if word in stops else first)
        else:
            root = stem(word)
            exact.append(word)
        if pending_text is not None:
            if pending_root in starters:
                joined = pairs.get((pending_root, root))
                if joined is not None:
                    stemmed.append((joined, pos))
                    for part_text, part_root in ((pending_text, pending_root), (word, root)):
                        if part_text not in stops:  # the parts, at the compound's position
                            stemmed.append((part_root, pos))
                    pos += 1
                    pending_text = None
                    continue
            if pending_text not in stops:
                stemmed.append((pending_root, pos))
                pos += 1
        pending_text, pending_root = word, root
    if pending_text is not None and pending_text not in stops:
        stemmed.append((pending_root, pos))
    return stemmed, exact


def _split_words(words: list[str]) -> Iterator[str]:
    """``split_hyphens`` for words without offsets."""
    for text in words:
        if "-" not in text and "‐" not in text and "‑" not in text:
            yield text
            continue
        parts = _HYPHENS.split(text)
        if _is_reduplication(parts):
            yield "-".join(parts)
            continue
        yield from (part for part in parts if part)


def terms(text: str, *, use_stemmer: bool = True, keep_stopwords: bool = False, parts: bool = False) -> list[Word]:
    """Index terms of ``text`` with character offsets, stopwords removed unless ``keep_stopwords``.

    ``parts``: also each joined compound's parts, as the index holds them (see ``normalize``).
    """
    words = normalize(tokenize(text), use_stemmer=use_stemmer, parts=parts)
    return [w for w in words if keep_stopwords or not w.stopped]
