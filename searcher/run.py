"""Running a plan: each attempt's query against the index, keeping the best.

An attempt replaces the best so far only when it finds more articles, so a
fallback never hides what the query as typed found. Only the count decides;
re-ranking and highlighting happen once, for the attempt that is shown.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace

from whoosh import query as Q
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from telusur.index.schema import EXACT_FIELD
from telusur.index.segments import collector_seen

from . import ranking
from .date_order import DateOrder, newest_or_oldest
from .highlight import MatchTerms
from .matchset import match_set
from .messages import QueryError, QueryProblem
from .plan import Attempt, Plan, Reason, attempt_for
from .query import positive_leaves
from .requests import NO_SCORE, Found, Scored, SortOrder
from .scores import ScoredMatches, score_all

MAX_PATTERN_TERMS = 2000  # a wildcard matching more words than this is refused


@dataclass(frozen=True)
class Outcome:
    """What one attempt found, and the terms its hits are highlighted with."""

    attempt: Attempt
    found: Found
    match: MatchTerms
    # When ``found.total`` is a lower bound: counts every match (a second pass
    # over the postings), and Whoosh's upper estimate of that count.
    counter: Callable[[], int] | None = field(default=None, compare=False, repr=False)
    estimate: int | None = None
    # Every matching document, when asked for (``keep_matches``): facets and copy folding count these.
    matching: frozenset[int] | None = None

    def exactly(self) -> Outcome:
        """This outcome with its total counted exactly (the same one if it already is)."""
        if self.found.exact or self.counter is None:
            return self
        return replace(self, found=replace(self.found, total=self.counter(), exact=True), counter=None, estimate=None)


@dataclass(frozen=True)
class Tried:
    """Every attempt that ran, in order, and the best of them."""

    outcomes: tuple[Outcome, ...]
    best: Outcome

    @property
    def found_as_typed(self) -> int:
        """Articles with every word as the user typed it (no corrections, not relaxed);
        a lower bound when the first page came back before the exact count.

        "Did you mean" follows this: a query whose words only matched one at a
        time (relaxed) still gets a suggestion for the words the index lacks.
        """
        return max(o.found.total for o in self.outcomes if o.attempt.reason is Reason.AS_TYPED)

    def exactly(self) -> Tried:
        """The same attempts with the best one's total counted exactly."""
        if self.best.found.exact:
            return self
        best = self.best.exactly()
        return Tried(tuple(best if o is self.best else o for o in self.outcomes), best)


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
        return Outcome(attempt, Found(0, ()), match, matching=frozenset() if keep_matches else None)
    if order is SortOrder.RELEVANCE and built.has_words:
        limit = max(wanted, ranking.RERANK_DEPTH)
        scored = score_all(searcher, built.query)
        if scored is not None:  # one pass: the exact count, the match set and the top, Whoosh's scores
            if only is not None:
                scored = scored.within(only)
            matching = frozenset(scored.docs) if keep_matches else None
            return Outcome(attempt, Found(scored.total, scored.top(limit)), match, matching=matching)
        results = searcher.search(built.query, limit=limit, filter=only)
    else:
        limit = wanted
        q = built.query if built.has_words else Q.Every()
        newest = order is not SortOrder.OLDEST
        scored = score_all(searcher, built.query) if built.has_words else None
        if scored is not None:  # every match at once: sorted by the date column, counted exactly
            if only is not None:
                scored = scored.within(only)
            matching = frozenset(scored.docs) if keep_matches else None
            ordered = newest_or_oldest(searcher, scored.docs, newest=newest, limit=wanted)
            ranked = tuple(Scored(s.docnum, NO_SCORE) for s in ordered)  # a date is no relevance
            return Outcome(attempt, Found(scored.total, ranked), match, matching=matching)
        results = searcher.search(q, limit=wanted, filter=only, sortedby=DateOrder(newest=newest), reverse=newest)
    if order is SortOrder.RELEVANCE and built.has_words:
        ranked = tuple(Scored(hit.docnum, float(hit.score or 0.0)) for hit in results)
    else:  # Whoosh's "score" of a sorted search is the sort key (a date as a number): no relevance
        ranked = tuple(Scored(hit.docnum, NO_SCORE) for hit in results)
    if keep_matches:
        matching = frozenset(all_matches(searcher, attempt, only))
        return Outcome(attempt, Found(len(matching), ranked), match, matching=matching)
    seen, skipped_none = collector_seen(results)
    if results.has_exact_length() or seen is None:
        return Outcome(attempt, Found(len(results), ranked), match)
    if seen < limit and skipped_none:
        # The top-N heap never filled, so no block was skipped: every match was seen.
        return Outcome(attempt, Found(seen, ranked), match)
    cap = len(only) if only is not None else searcher.doc_count()
    estimate = max(seen, min(results.estimated_length(), cap))
    return Outcome(attempt, Found(seen, ranked, exact=False), match, counter=results.__len__, estimate=estimate)


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
        if best is not None and not best.found.exact and step.below is not None and best.found.total < step.below:
            best = _exact_in(outcomes, best)  # a lower bound cannot decide this step: count
        if not step.runs_after(best.found.total if best else None):
            continue
        attempt = attempt_for(step, planned, searcher.schema, searcher.reader(), best.attempt if best else None)
        if attempt is None:
            continue
        outcome = run_attempt(searcher, attempt, order=order, wanted=wanted, only=only, keep_matches=keep_matches)
        outcomes.append(outcome)
        if best is not None and not (outcome.found.exact and best.found.exact):
            # Comparing two counts needs both exact (a later step only runs after few finds: cheap).
            best = _exact_in(outcomes, best)
            outcome = outcomes[-1] = outcome.exactly()
        if best is None or outcome.found.total > best.found.total:
            best = outcome
    if best is None:
        raise ValueError("a plan with steps always runs its first")
    return Tried(tuple(outcomes), best)


def _exact_in(outcomes: list[Outcome], outcome: Outcome) -> Outcome:
    """``outcome`` counted exactly, also in ``outcomes`` (where it is replaced)."""
    counted = outcome.exactly()
    if counted is not outcome:
        outcomes[:] = [counted if o is outcome else o for o in outcomes]
    return counted


def scored_matches(searcher: Searcher, attempt: Attempt, only: Collection[int] | None) -> ScoredMatches | None:
    """Every document ``attempt`` matches among ``only`` (None: all) with its BM25F score, as
    two arrays (document numbers ascending, scores): the exact count, the match set and any
    top k (``ScoredMatches.top``) from one pass. None when the query has a part whose scores
    only Whoosh's collector reproduces (then ``run_attempt`` lets it run)."""
    if not attempt.built.has_words:
        return None
    scored = score_all(searcher, attempt.built.query)
    if scored is None or only is None:
        return scored
    return scored.within(only)


def match_array(searcher: Searcher, attempt: Attempt, only: Collection[int] | None) -> array:
    """Every document ``attempt`` matches among ``only``, ascending, as a compact array ("q")."""
    scored = scored_matches(searcher, attempt, only)
    if scored is not None:
        return scored.docs
    return array("q", sorted(all_matches(searcher, attempt, set(only) if only is not None else None)))


def all_matches(searcher: Searcher, attempt: Attempt, only: set[int] | None) -> set[int]:
    """Every document ``attempt`` matches among ``only`` (None: all), unscored: for facets and groups."""
    if only is not None and not only:
        return set()
    q = attempt.built.query if attempt.built.has_words else Q.Every()
    docs = match_set(searcher, q)
    return docs & only if only is not None else docs
