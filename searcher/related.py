"""Related articles: the same topic as one article, ranked, its own copies left out.

Whoosh's ``more_like`` picks an article's key terms with the Bo1 model (terms
far more frequent in the article than in the archive) and ORs them; here the
headline counts ``HEADLINE_WEIGHT`` times, since it names the topic, and the
key terms are searched in headline and body. Wire copies of the article are
masked out, and copies among the results are folded to one per group.
"""
from __future__ import annotations

from whoosh import classify
from whoosh import query as Q
from whoosh.searching import Searcher

from .grouping import GroupColumn, fold
from .highlight import MatchTerms
from .query import HEADLINE_BOOST
from .requests import Scored

KEY_TERMS = 12
HEADLINE_WEIGHT = 3
MAX_RELATED = 10


def key_terms(searcher: Searcher, headline: str, body: str, numterms: int = KEY_TERMS) -> list[tuple[str, float]]:
    """The article's most telling stemmed terms, with weights (Bo1, as Whoosh's ``more_like``)."""
    expander = classify.Expander(searcher.reader(), "body", model=classify.Bo1Model)
    for _ in range(HEADLINE_WEIGHT):
        expander.add_text(headline)
    expander.add_text(body)
    return expander.expanded_terms(numterms, normalize=True)


def related_query(terms: list[tuple[str, float]]) -> Q.Query:
    body = [Q.Term("body", t, boost=w) for t, w in terms]
    return Q.Or(body + [Q.Term("headline", t, boost=w * HEADLINE_BOOST) for t, w in terms])


def related_docs(
    searcher: Searcher,
    docnum: int,
    groups: GroupColumn,
    *,
    within: set[int] | None = None,
    limit: int = MAX_RELATED,
) -> tuple[tuple[Scored, ...], MatchTerms]:
    """Up to ``limit`` articles like ``docnum`` (among ``within``; None: all), best first."""
    stored = searcher.stored_fields(docnum)
    terms = key_terms(searcher, stored.get("headline", ""), stored.get("body", ""))
    if not terms or (within is not None and not within):
        return (), MatchTerms()
    group = groups.group_of.get(docnum)
    own = {docnum, *(groups.members.get(group, ()) if group else ())}
    results = searcher.search(related_query(terms), limit=limit * 3 + len(own), filter=within, mask=own)
    ranked = fold(tuple(Scored(hit.docnum, float(hit.score or 0.0)) for hit in results), groups)
    return ranked[:limit], MatchTerms(stems=frozenset(t for t, _ in terms))
