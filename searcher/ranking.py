"""Ranking boosts on top of BM25F, and the re-rank stage that applies them.

Both boosts are optional clauses (``AndMaybe``): they never change which
articles match, only their order. Each was kept because the judged
evaluation in bench/eval/ measured it better (figures: bench/eval/README.md,
"History of the ranking").

- Exact form: an article that contains the very word typed ranks above one
  that only has another inflection of it; words with a possessive or emphatic
  clitic (``rumahnya``, ``ibunya``) name one thing and get a stronger boost.
- Proximity: for two or more plain words, articles with them within a few
  words of each other, in order, rank higher. Weak on purpose: a strong one
  pushes topic queries down.
"""
from __future__ import annotations

import re

from whoosh import query as Q
from whoosh.searching import Searcher

from telusur.analysis import terms
from telusur.index.schema import EXACT_FIELD

from .query import HEADLINE_BOOST, OPERATORS, BuiltQuery
from .requests import Found, Scored
from .scores import score_among

EXACT_BOOST = 0.5
CLITIC_BOOST = 4.0  # clitic forms name one thing; the best of 2, 3, 4, 6 on clitic queries
CLITICS = ("nya", "ku", "mu", "lah", "kah")
PROXIMITY_SLOP = 8
PROXIMITY_BOOST = 0.5  # stronger (or slop 4, boost 1.0) cost topic queries
# Boosting every match stops Whoosh skipping blocks (3-8x slower); re-ranking
# this many BM25F top documents gives the same nDCG@10.
RERANK_DEPTH = 50
# Proximity only for plain word lists: no operators (-word too), fields, quotes, groups or patterns.
_NOT_PLAIN = re.compile(r'["():*?~]|(?:^|(?<=[\s(]))-(?=[\w"(])|\b(?:' + "|".join(sorted(OPERATORS)) + r")\b")


def exact_forms(words: tuple[str, ...]) -> list[str]:
    """The query words as the exact-form field holds them (no stopwords, no repeats)."""
    return list(dict.fromkeys(w.text for w in terms(" ".join(words), use_stemmer=False)))


def _exact_boost(form: str) -> float:
    return CLITIC_BOOST if len(form) > 5 and form.endswith(CLITICS) else EXACT_BOOST


def boost_clauses(built: BuiltQuery) -> list[Q.Query]:
    """The optional clauses ``ranked_query`` adds to ``built.query``, in order."""
    clauses: list[Q.Query] = []
    forms = exact_forms(built.words)
    if forms:
        clauses.append(Q.Or([Q.Term(EXACT_FIELD, f, boost=_exact_boost(f)) for f in forms]))
    if not _NOT_PLAIN.search(built.text):
        stems = [w.text for w in terms(" ".join(built.words))]
        if len(stems) >= 2:
            clauses.append(
                Q.Or(
                    [
                        Q.Phrase("headline", stems, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST * HEADLINE_BOOST),
                        Q.Phrase("body", stems, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST),
                    ]
                )
            )
    return clauses


def ranked_query(built: BuiltQuery) -> Q.Query:
    """``built.query`` with the optional exact-form and proximity clauses."""
    q = built.query
    for clause in boost_clauses(built):
        q = Q.AndMaybe(q, clause)
    return q


def _scores_of(searcher: Searcher, clauses: list[Q.Query], base: dict[int, float]) -> dict[int, float]:
    """The scores ``AndMaybe(AndMaybe(query, c1), c2)...`` gives the documents of ``base``.

    ``base`` holds each document's score under the query alone (BM25F's, from
    the first pass), so only the optional clauses are matched again: the sum
    is made in ``AndMaybeMatcher.score``'s order, giving the very same floats,
    without re-reading the query's own postings for each document.
    """
    docnums = sorted(base)
    scores = dict(base)
    for clause in clauses:
        added = score_among(searcher, clause, docnums)
        if added is None:
            return _stepped_scores_of(searcher, clauses, base)
        for docnum in docnums:  # in AndMaybeMatcher.score's order: the query's, then each clause's
            if docnum in added:
                scores[docnum] = scores[docnum] + added[docnum]
    return scores


def _stepped_scores_of(searcher: Searcher, clauses: list[Q.Query], base: dict[int, float]) -> dict[int, float]:
    """``_scores_of`` by stepping Whoosh's matchers (for a clause ``scores.score_among`` declines)."""
    docnums = sorted(base)
    scores = dict(base)
    context = searcher.context()
    for sub, offset in searcher.leaf_searchers():
        local = [d - offset for d in docnums if offset <= d < offset + sub.doc_count_all()]
        if not local:
            continue
        for clause in clauses:
            matcher = clause.matcher(sub, context)
            for docnum in local:
                if not matcher.is_active():
                    break
                if matcher.id() < docnum:
                    matcher.skip_to(docnum)
                if matcher.is_active() and matcher.id() == docnum:
                    scores[docnum + offset] = scores[docnum + offset] + float(matcher.score())
    return scores


def rerank(searcher: Searcher, built: BuiltQuery, found: Found) -> Found:
    """The top RERANK_DEPTH of ``found`` re-scored with the boosts; the rest keep BM25F order.

    The head is the same whatever page is asked for, so pages never overlap.
    """
    head, tail = found.ranked[:RERANK_DEPTH], found.ranked[RERANK_DEPTH:]
    scores = _scores_of(searcher, boost_clauses(built), {hit.docnum: hit.score for hit in head})
    ordered = sorted(head, key=lambda hit: (-scores.get(hit.docnum, hit.score), hit.docnum))
    head = tuple(Scored(hit.docnum, scores.get(hit.docnum, hit.score)) for hit in ordered)
    return Found(found.total, head + tail)
