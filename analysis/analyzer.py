"""The Whoosh analyzers: one factory, used at index time and query time alike.

Whoosh pickles the analyzer into the index's table of contents. Everything
here is module-level and holds no stemmer or word list on its instances (those
are looked up through ``normalize``), so the pickle is a few hundred bytes and
stays loadable as long as this module path is stable.
"""
from __future__ import annotations

from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer
from whoosh.analysis.analyzers import CompositeAnalyzer

from .normalize import WORD_PATTERN, canonical, fold, normalize


class CanonicalTokenizer(RegexTokenizer):
    """Words of the canonical text (see ``normalize.canonical``), offsets into the original.

    The same canonical form as ``normalize.tokenize``, so query words, index
    terms and highlights agree whatever invisible characters the text holds.
    """

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        canon = canonical(value)
        tokens = super().__call__(canon.text, positions, chars, keeporiginal, removestops, start_pos, 0,
                                  tokenize, mode, **kwargs)
        for t in tokens:
            if chars:
                start, end = canon.span(t.startchar, t.endchar)
                t.startchar, t.endchar = start_char + start, start_char + end
            yield t


class IndonesianFilter(Filter):
    """Hyphens, compounds, stopwords and stemming in one pass over the tokens.

    One filter rather than four because compound joining needs the stems of
    two neighbouring words and because each Whoosh filter layer costs time
    per token on the indexing hot path.
    """

    is_morph = True

    def __init__(self, *, use_stemmer: bool = True, keep_stopwords: bool = False) -> None:
        self.use_stemmer = use_stemmer
        # The exact-form field keeps stopwords, so a query of only stopwords can be searched.
        self.keep_stopwords = keep_stopwords

    def __eq__(self, other: object) -> bool:
        return (
            type(other) is type(self)
            and other.use_stemmer == self.use_stemmer
            and getattr(other, "keep_stopwords", False) == getattr(self, "keep_stopwords", False)
        )

    def __call__(self, tokens):
        first = None
        pos = 0
        words = []
        for t in tokens:
            if first is None:
                first = t
                pos = t.pos if t.positions else 0
            words.append((fold(t.text), getattr(t, "startchar", 0), getattr(t, "endchar", 0)))
        if first is None:
            return
        t = first
        keep = getattr(self, "keep_stopwords", False)  # older pickles lack it
        # The index holds each compound's parts beside it; a query asks for the compound only.
        parts = getattr(first, "mode", "") == "index"
        for word in normalize(words, use_stemmer=self.use_stemmer, parts=parts):
            if word.stopped and not keep:
                if t.removestops:
                    continue
                t.stopped = True
            else:
                t.stopped = False
            t.text = word.text
            if t.chars:
                t.startchar, t.endchar = word.start, word.end
            if t.positions:
                t.pos = pos - 1 if word.same_pos else pos
            if not word.same_pos:
                pos += 1
            t.boost = 1.0
            yield t


def indonesian_analyzer(*, use_stemmer: bool = True, keep_stopwords: bool = False) -> CompositeAnalyzer:
    """Canonical tokenizer | lowercase | Indonesian filter; ``use_stemmer=False`` for exact forms."""
    return (
        CanonicalTokenizer(WORD_PATTERN)
        | LowercaseFilter()
        | IndonesianFilter(use_stemmer=use_stemmer, keep_stopwords=keep_stopwords)
    )
