"""Ranking boosts on top of BM25F, each measured by the evaluation in bench/eval/.

Both boosts are optional clauses (``AndMaybe``): they never change which
articles match, only their order.

- Exact form: an article that contains the very word typed ranks above one
  that only has another inflection of it. Words with a possessive or
  emphatic clitic (``rumahnya``, ``ibunya``) name one thing and get a
  stronger boost (2.0 measured 0.436 on clitic queries with proximity on,
  4.0 gives 0.450; 3.0 0.442, 6.0 0.449). Measured by the helper's
  prototype: nDCG@10 clitic queries 0.394 -> 0.448, inflection 0.943 -> 0.954.
- Proximity: for two or more plain words, articles with them within a few
  words of each other, in order, rank higher. Kept weak on purpose: a strong
  boost (slop 4, boost 1.0) cost topic queries about 0.03. Measured:
  reduplication queries 0.813 -> 0.832, names 0.977 -> 0.979.
"""
from __future__ import annotations

import re

from whoosh import query as Q

from telusur.analysis import terms

from .query import EXACT_FIELD, HEADLINE_BOOST, BuiltQuery

EXACT_BOOST = 0.5
CLITIC_BOOST = 4.0
CLITICS = ("nya", "ku", "mu", "lah", "kah")
PROXIMITY_SLOP = 8
PROXIMITY_BOOST = 0.5
# Proximity only for plain word lists: no operators, fields, quotes or groups.
_NOT_PLAIN = re.compile(r'["():]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')


def exact_forms(words: tuple[str, ...]) -> list[str]:
    """The query words as the exact-form field holds them (no stopwords, no repeats)."""
    return list(dict.fromkeys(w.text for w in terms(" ".join(words), use_stemmer=False)))


def _exact_boost(form: str) -> float:
    return CLITIC_BOOST if len(form) > 5 and form.endswith(CLITICS) else EXACT_BOOST


def ranked_query(built: BuiltQuery) -> Q.Query:
    """``built.query`` with the optional exact-form and proximity clauses."""
    q = built.query
    forms = exact_forms(built.words)
    if forms:
        q = Q.AndMaybe(q, Q.Or([Q.Term(EXACT_FIELD, f, boost=_exact_boost(f)) for f in forms]))
    if not _NOT_PLAIN.search(built.text):
        stems = [w.text for w in terms(" ".join(built.words))]
        if len(stems) >= 2:
            near = Q.Or(
                [
                    Q.Phrase("headline", stems, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST * HEADLINE_BOOST),
                    Q.Phrase("body", stems, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST),
                ]
            )
            q = Q.AndMaybe(q, near)
    return q
