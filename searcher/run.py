"""Running a plan: each attempt's query against the index, keeping the best.

An attempt replaces the best so far only when it finds more articles, so a
fallback never hides what the query as typed found. Only the count decides;
re-ranking and highlighting happen once, for the attempt that is shown.
"""
from __future__ import annotations

from dataclasses import dataclass

from whoosh import query as Q
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from telusur.index.schema import EXACT_FIELD

from . import ranking
from .highlight import MatchTerms
from .matchset import match_set
from .messages import QueryError, QueryProblem
from .plan import Attempt, Plan, Reason, attempt_for
from .query import positive_leaves
from .records import Found, Scored, SortOrder

MAX_PATTERN_TERMS = 2000  # a wildcard matching more words than this is refused


@dataclass(frozen=True)
class Outcome:
    """What one attempt found, and the terms its hits are highlighted with."""

    attempt: Attempt
    found: Found
    match: MatchTerms
    # Every matching document, when asked for (``keep_matches``): facets and copy folding count these.
    matching: frozenset[int] | None = None


@dataclass(frozen=True)
class Tried:
    """Every attempt that ran, in order, and the best of them."""

    outcomes: tuple[Outcome, ...]
    best: Outcome

    @property
    def found_as_typed(self) -> int:
        """Articles with every word as the user typed it (no corrections, not relaxed).

        "Did you mean" follows this: a query whose words only matched one at a
        time (relaxed) still gets a suggestion for the words the index lacks.
        """
        return max(o.found.total for o in self.outcomes if o.attempt.reason is Reason.AS_TYPED)


def _text(term: str | bytes) -> str:
    return term.decode("utf-8") if isinstance(term, bytes) else term


def match_terms(query: Q.Query, reader: IndexReader) -> MatchTerms:
    """Terms to highlight; wildcards and fuzzy words are expanded (and capped)."""
    stems: set[str] = set()
    exact: set[str] = set()
    for leaf in positive_leaves(query):
        if isinstance(leaf, Q.Phrase):
            stems.update(leaf.words)
        elif isinstance(leaf, (Q.Wildcard, Q.Prefix, Q.FuzzyTerm)):
            words = []
            for _, word in leaf.expanded_terms(reader):
                words.append(_text(word))
                if len(words) > MAX_PATTERN_TERMS:
                    raise QueryError(QueryProblem.TOO_MANY_WORDS, pattern=leaf.text)
            exact.update(words)
        elif isinstance(leaf, Q.Term):
            (exact if leaf.fieldname == EXACT_FIELD else stems).add(_text(leaf.text))
    return MatchTerms(frozenset(stems), frozenset(exact))


def run_attempt(
    searcher: Searcher,
    attempt: Attempt,
    *,
    order: SortOrder,
    wanted: int,
    only: set[int] | None,
    keep_matches: bool = False,
) -> Outcome:
    """The articles ``attempt`` matches among ``only`` (None: all), the top ``wanted`` in order.

    By relevance, at least the top ``ranking.RERANK_DEPTH``, for the re-rank.
    ``keep_matches``: also the set of every match, which then gives the total
    (Whoosh counts by walking the matches too, so the set costs no extra pass).
    """
    built = attempt.built
    match = match_terms(built.query, searcher.reader()) if built.has_words else MatchTerms()
    if only is not None and not only:  # Whoosh reads an empty filter set as "no filter"
        return Outcome(attempt, Found(0, ()), match, frozenset() if keep_matches else None)
    if order is SortOrder.RELEVANCE and built.has_words:
        results = searcher.search(built.query, limit=max(wanted, ranking.RERANK_DEPTH), filter=only)
    else:
        q = built.query if built.has_words else Q.Every()
        results = searcher.search(
            q, limit=wanted, filter=only, sortedby="date", reverse=order is not SortOrder.OLDEST
        )
    ranked = tuple(Scored(hit.docnum, float(hit.score or 0.0)) for hit in results)
    if keep_matches:
        matching = frozenset(all_matches(searcher, attempt, only))
        return Outcome(attempt, Found(len(matching), ranked), match, matching)
    return Outcome(attempt, Found(len(results), ranked), match)


def run_plan(
    searcher: Searcher,
    planned: Plan,
    *,
    order: SortOrder,
    wanted: int,
    only: set[int] | None,
    keep_matches: bool = False,
) -> Tried:
    """Each step of ``planned`` that is still wanted, in order; the best outcome wins."""
    outcomes: list[Outcome] = []
    best: Outcome | None = None
    for step in planned.steps:
        if not step.runs_after(best.found.total if best else None):
            continue
        attempt = attempt_for(step, planned, searcher.schema, searcher.reader(), best.attempt if best else None)
        if attempt is None:
            continue
        outcome = run_attempt(searcher, attempt, order=order, wanted=wanted, only=only, keep_matches=keep_matches)
        outcomes.append(outcome)
        if best is None or outcome.found.total > best.found.total:
            best = outcome
    if best is None:
        raise ValueError("a plan with steps always runs its first")
    return Tried(tuple(outcomes), best)


def all_matches(searcher: Searcher, attempt: Attempt, only: set[int] | None) -> set[int]:
    """Every document ``attempt`` matches among ``only`` (None: all), unscored: for facets and groups."""
    if only is not None and not only:
        return set()
    q = attempt.built.query if attempt.built.has_words else Q.Every()
    docs = match_set(searcher, q)
    return docs & only if only is not None else docs
