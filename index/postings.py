"""A document's postings, computed ahead of the Whoosh writer.

Whoosh normally analyses each field inside ``writer.add_document``, in the
writing process, through a generator of token objects. Telusur computes the
postings itself instead: the text is tokenised once for both the stemmed and
the exact-form field, no token objects are made, and the work can run in
worker processes while the main process only writes. The encoding is
Whoosh's own (``Format.encode``), and a test checks the result is identical
to what Whoosh's analyzer path produces.
"""
from __future__ import annotations

from collections import defaultdict

from whoosh.fields import TEXT
from whoosh.formats import Existence, Format, Frequency, Positions

from telusur.analysis.normalize import index_terms

from .segments import frequency_value


class Postings(tuple):
    """A field value that is already analysed: a tuple of Whoosh postings."""


class PreanalyzedText(TEXT):
    """A TEXT field that also accepts ``Postings`` made ahead of time.

    Plain strings still go through the analyzer, so queries, highlighting
    and any caller passing text behave exactly like TEXT.
    """

    def index(self, value, **kwargs):
        if isinstance(value, Postings):
            return iter(value)
        return super().index(value, **kwargs)


def encode_postings(terms: list[str] | list[tuple[str, int]], fmt: Format) -> Postings:
    """Postings for a field whose terms, in order, are ``terms``: plain terms at
    positions 0, 1, 2, ... or (term, position) pairs (a compound's parts share its position)."""
    pairs = [t if isinstance(t, tuple) else (t, i) for i, t in enumerate(terms)]
    if isinstance(fmt, Positions):
        positions: dict[str, list[int]] = defaultdict(list)
        for term, pos in pairs:
            positions[term].append(pos)
        boost = fmt.field_boost
        return Postings(
            (term.encode("utf-8"), len(p), len(p) * boost, fmt.encode(p)) for term, p in positions.items()
        )
    if isinstance(fmt, Existence):
        return Postings((term.encode("utf-8"), 1, fmt.field_boost, b"") for term in dict.fromkeys(t for t, _ in pairs))
    if not isinstance(fmt, Frequency):
        raise TypeError(f"no ahead-of-time encoding for {type(fmt).__name__}")
    counts: dict[str, int] = defaultdict(int)
    for term, _ in pairs:
        counts[term] += 1
    boost = fmt.field_boost
    return Postings((term.encode("utf-8"), n, n * boost, frequency_value(n)) for term, n in counts.items())


def text_terms(text: str) -> tuple[list[tuple[str, int]], list[str]]:
    """(stemmed terms with positions, exact-form terms with stopwords) of one text, tokenised once.

    The stemmed field holds each joined compound's parts at the compound's
    position, as the analyzer gives them at index time (analysis/normalize.py:
    ``index_terms``, one pass for both fields).
    """
    return index_terms(text)
