"""One answer per query: everything a request finds on one snapshot, from one plan.

The list, its pages, the total, the folded group count, the facets and the
timeline, an export and a saved search's new articles are all read from a
``ResultSet``, so no two of them can disagree about what the query matches.
Each part is computed when first asked for and kept: the first page ranks
only as deep as it needs (``ranked``), the match set is read only when copies,
counts or facets need it (``matching``), and a later page or an export ranks
deeper from the same chosen attempt instead of planning again.
"""
from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from dataclasses import replace

from .facets import count_facets
from .grouping import GroupColumn, count_groups, fold, with_copies
from .hits import highlight
from .plan import Plan
from .ranking import rerank
from .requests import DateUnit, Facets, Found, Hit, PageWindow, Scored, SearchRequest, SortOrder
from .run import Outcome, Tried, all_matches, run_attempt
from .snapshot import Snapshot

FOLD_MARGIN = 3  # with copies folded, the top 3 x page end are ranked at first
EXPORT_PAGE = 200  # articles highlighted per step of ``hits``


def set_key(request: SearchRequest) -> SearchRequest:
    """What decides a result set: the request without its page, what it shows and what it counts."""
    return replace(request, page=1, page_size=1, snippets=False, exact_total=True, facets=False, date_unit=None,
                   suggest=True)


def first_wanted(request: SearchRequest, folding: bool) -> int:
    """How many articles the first run ranks for the request's page."""
    stop = request.window().stop
    return stop * FOLD_MARGIN if folding else stop


class ResultSet:
    """What one request finds on one snapshot; parts computed on first use, then kept.

    Thread-safe: every read of the index holds the snapshot's lock. ``tried``
    is None when the plan had nothing to run (a query of only notes), and the
    result set is then empty.
    """

    def __init__(
        self,
        snapshot: Snapshot,
        request: SearchRequest,
        order: SortOrder,
        planned: Plan,
        tried: Tried | None,
        only: set[int] | None,
        *,
        wanted: int,
    ) -> None:
        self.snapshot, self.request, self.order, self.planned = snapshot, request, order, planned
        self.tried, self.only = tried, only
        groups = snapshot.groups() if request.group_copies and tried is not None else None
        # No article has a copy: nothing to fold.
        self.groups: GroupColumn | None = groups if groups is not None and groups.group_of else None
        # The text the user typed, when this is its suggestion's result set (``instead_of``).
        self.typed_text: str | None = None
        self._matching: frozenset[int] | None = None
        self._found = Found(0, ())
        self._asked = 0
        self._folded: tuple[Scored, ...] = ()
        if tried is not None:
            best = tried.best
            self._matching = best.matching
            self._use(best.found, asked=wanted)

    def instead_of(self, typed_text: str) -> ResultSet:
        """This result set shown for ``typed_text``, whose own words found nothing."""
        self.typed_text = typed_text
        return self

    @property
    def searched(self) -> str | None:
        """The query run instead of the typed one, or None."""
        return self.request.text if self.typed_text is not None else None

    # -- what was run -------------------------------------------------------

    @property
    def best(self) -> Outcome | None:
        return self.tried.best if self.tried is not None else None

    @property
    def folding(self) -> bool:
        return self.groups is not None

    def _use(self, found: Found, *, asked: int) -> None:
        best = self.best
        assert best is not None
        if self.order is SortOrder.RELEVANCE and best.attempt.built.has_words and found.ranked:
            found = rerank(self.snapshot.searcher, best.attempt.built, found)
        self._found, self._asked = found, asked
        self._folded = fold(found.ranked, self.groups) if self.groups is not None else found.ranked

    def _exhausted(self) -> bool:
        """Every match is ranked already."""
        ranked = len(self._found.ranked)
        return ranked < self._asked or (self._found.exact and ranked >= self._found.total)

    # -- the ranked list ----------------------------------------------------

    def ranked(self, stop: int) -> tuple[Scored, ...]:
        """The first ``stop`` results in order (copies folded), ranking deeper when needed.

        Deeper runs rank the same attempt's top N for a larger N: Whoosh breaks
        score ties by document number and the re-rank touches only the top
        ``RERANK_DEPTH``, so a shallow ranking is always a prefix of a deep one
        and pages never overlap or skip.
        """
        best = self.best
        if best is None:
            return ()
        with self.snapshot.lock:
            while len(self._folded) < stop and not self._exhausted():
                before = len(self._found.ranked)
                wanted = max(2 * before, stop * (FOLD_MARGIN if self.folding else 1))
                if self._total_known() is not None:
                    wanted = min(wanted, max(self._total_known() or 0, 1))
                outcome = run_attempt(self.snapshot.searcher, best.attempt, order=self.order, wanted=wanted,
                                      only=self.only)
                self._use(outcome.found, asked=wanted)
                if len(self._found.ranked) <= before:
                    break  # nothing more to rank
            return self._folded[:stop]

    def page(self, window: PageWindow, *, snippets: bool = True) -> tuple[Hit, ...]:
        """The hits of ``window``, highlighted, each with its copies that also match."""
        page = self.ranked(window.stop)[window.first : window.stop]
        return self._hits_of(page, snippets=snippets)

    def _hits_of(self, page: tuple[Scored, ...], *, snippets: bool) -> tuple[Hit, ...]:
        best = self.best
        if best is None or not page:
            return ()
        with self.snapshot.lock:
            hits = highlight(self.snapshot.searcher, page, best.match, snippets=snippets)
            if self.groups is not None:
                hits = with_copies(self.snapshot.searcher, page, hits, self.groups, self.matching())
        return hits

    def hits(
        self, *, first: Callable[[str], bool] | None = None, page_size: int = EXPORT_PAGE, snippets: bool = True
    ) -> Iterator[Hit]:
        """Every result in order (copies folded as in the list), highlighted a page at a time.

        Memory stays bounded: the order is kept as two arrays of numbers and
        only ``page_size`` articles' text is held at once. ``first``: results
        whose key it accepts come first, in their order (a saved search's new
        articles).
        """
        ranked = self.ranked(self.total())
        if first is not None and self.best is not None:
            keys = self.snapshot.groups().keys
            ranked = tuple(sorted(ranked, key=lambda s: not first(keys.get(s.docnum, ""))))
        docnums = array("q", (s.docnum for s in ranked))
        scores = array("d", (s.score for s in ranked))
        del ranked
        for start in range(0, len(docnums), page_size):
            stop = start + page_size
            page = tuple(Scored(d, sc) for d, sc in zip(docnums[start:stop], scores[start:stop], strict=True))
            yield from self._hits_of(page, snippets=snippets)

    # -- counts ---------------------------------------------------------------

    def matching(self) -> frozenset[int]:
        """Every matching document (unfolded): copies, counts and facets derive from it."""
        best = self.best
        if best is None:
            return frozenset()
        if self._matching is None:
            with self.snapshot.lock:
                self._matching = frozenset(all_matches(self.snapshot.searcher, best.attempt, self.only))
        return self._matching

    def _total_known(self) -> int | None:
        if self._matching is not None:
            return len(self._matching)
        best = self.best
        if best is not None and best.found.exact:
            return best.found.total
        return None

    def total(self) -> int:
        """Articles found, copies included: exact (reads the match set if not yet known)."""
        known = self._total_known()
        return known if known is not None else len(self.matching())

    def estimate(self) -> tuple[int, bool]:
        """The total as known without another pass: (articles, exact)."""
        known = self._total_known()
        if known is not None:
            return known, True
        best = self.best
        assert best is not None  # an empty result set knows its total (0)
        return (best.estimate if best.estimate is not None else best.found.total), False

    def group_count(self) -> int:
        """Results once copies are folded (the total when nothing is folded)."""
        if self.groups is None:
            return self.total()
        return count_groups(self.groups, self.matching())

    def facets(self, unit: DateUnit | None = None) -> Facets:
        """Counts by source and date bucket over every match; each adds up to ``total``."""
        matching = self.matching()
        with self.snapshot.lock:
            return count_facets(self.snapshot.columns(), matching, unit)

    def keys(self) -> frozenset[str]:
        """The unique key of every matching article (saved searches compare these)."""
        keys = self.snapshot.groups().keys if self.best is not None else {}
        return frozenset(keys[d] for d in self.matching() if d in keys)
