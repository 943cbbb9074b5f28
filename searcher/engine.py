"""The search engine: one library's searcher, kept fresh, and the stages in order.

A search is a pipeline of functions, data in and data out:

1. ``plan``: the queries to try, in order, each with its reason (plan.py);
2. ``run``: each wanted attempt against the index, the best one kept (run.py);
3. ``rerank``: the ranking boosts on the top documents (ranking.py);
4. ``page`` and ``highlight``: the asked-for page as ``Hit`` records (hits.py);
5. ``did_you_mean``: a suggestion when the user's words found little (suggest.py).

This class holds only what outlives a search: the searcher, its refresh, the
lock, and the date column of the current index generation. A new stage
(facets, grouping of wire copies) goes between these calls.
"""
from __future__ import annotations

import pickle
import struct
import threading
import time
import zlib
from dataclasses import replace

from whoosh.searching import Searcher

from telusur.index import CoreMessage, IndexDamagedError, Library, file_key, is_utf8_safe

from .date_column import DateColumn, MonthCount
from .dates import DayRange
from .hits import highlight, page_of
from .lookups import LookupCache
from .messages import QueryError, QueryProblem
from .plan import plan
from .ranking import rerank
from .records import SORTS, ArticleView, SearchRequest, SearchResult, SortOrder
from .run import Outcome, run_plan
from .suggest import did_you_mean

# What undecodable index data raises deep inside Whoosh (compressed postings,
# packed numbers, pickled stored fields, a file cut short).
READ_ERRORS = (zlib.error, struct.error, EOFError, pickle.UnpicklingError)


class SearchEngine:
    """Searches one library; thread-safe, refreshes when a sync commits."""

    def __init__(self, library: Library, *, expand: bool = True) -> None:
        self.library = library
        # Acronyms and synonyms also searched (expand.py); False searches only what was typed.
        self._lookups = LookupCache(library) if expand else None
        self._lock = threading.RLock()
        self._searcher: Searcher | None = None
        self._ix = None
        self._dates: DateColumn | None = None  # of the current searcher only
        # The last search whose total was left uncounted (request, searcher, outcome).
        self._uncounted: tuple[SearchRequest, Searcher, Outcome] | None = None

    def _current(self) -> Searcher:
        """A searcher on the index's latest generation.

        Never ``Searcher.refresh()``: Whoosh reuses the open reader of every
        segment whose id is unchanged, so deletions committed into an existing
        segment (a removed folder, a changed file's old version) stayed
        visible until restart. A new generation gets a new searcher instead.
        """
        ix = self.library.whoosh_index(wait=0)  # a search never waits for a writer
        # Also covers an empty index, whose searcher Whoosh cannot refresh (no segments to reuse).
        if self._searcher is None or self._ix is not ix or not self._searcher.up_to_date():
            if self._searcher is not None:
                self._searcher.close()
            self._searcher, self._ix = ix.searcher(), ix
        return self._searcher

    def _drop_searcher(self) -> None:
        """Forget a searcher that met damaged data; the next search opens afresh."""
        if self._searcher is not None:
            try:
                self._searcher.close()
            except Exception:  # closing damaged files may fail again; nothing to keep
                pass
        self._searcher, self._ix, self._dates = None, None, None

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def document_count(self) -> int:
        with self._lock:
            return self._current().doc_count()

    def _date_column(self, searcher: Searcher) -> DateColumn:
        if self._dates is None or self._dates.searcher is not searcher:
            self._dates = DateColumn.read(searcher)
        return self._dates

    def _within(self, searcher: Searcher, days: DayRange) -> set[int] | None:
        """Documents dated within ``days``, or None when the range is open."""
        if days.is_open:
            return None
        return self._date_column(searcher).within(days)

    def article_months(self) -> tuple[MonthCount, ...]:
        """The months that hold dated articles, newest first: a date filter's presets."""
        with self._lock:
            return self._date_column(self._current()).months()

    def search(self, request: SearchRequest) -> SearchResult:
        """Never raises for a bad query: the result carries a readable message.

        Raises ``IndexDamagedError`` when the index's data cannot be decoded
        (the caller rebuilds: ``Library.start_over_damaged`` then a sync).
        """
        started = time.perf_counter()
        order = SortOrder.parse(request.sort)
        if order is None:
            message = CoreMessage(QueryProblem.UNKNOWN_SORT, sort=request.sort, choices=", ".join(SORTS))
            return SearchResult(request, message=message)
        window = request.window()
        with self._lock:
            searcher = self._current()
            try:
                lookups = self._lookups.get(searcher.reader()) if self._lookups is not None else None
                planned = plan(request, searcher.schema, lookups)
                if not planned.steps:
                    return SearchResult(request, notes=planned.notes)
                only = self._within(searcher, planned.days)
                tried = run_plan(searcher, planned, order=order, wanted=window.stop, only=only)
                if request.exact_total:
                    tried = tried.exactly()
                best = tried.best
                found = best.found
                if order is SortOrder.RELEVANCE and best.attempt.built.has_words and found.ranked:
                    found = rerank(searcher, best.attempt.built, found)
                hits = highlight(searcher, page_of(found, window), best.match, snippets=request.snippets)
                words = planned.as_typed.words
                suggestion = did_you_mean(
                    searcher.reader(), request.text, words, tried.found_as_typed, best.attempt.corrected
                )
            except QueryError as err:
                return SearchResult(request, message=err.message, elapsed_ms=(time.perf_counter() - started) * 1000)
            except READ_ERRORS as err:
                self._drop_searcher()
                detail = f"reading the index failed ({type(err).__name__}: {err})"
                self.library.mark_damaged(detail)  # the next open starts over; a sync refills it
                raise IndexDamagedError(detail) from err
            exact = best.found.exact
            self._uncounted = None if exact else (_page_free(request), searcher, best)
        return SearchResult(
            request,
            total=found.total if exact or best.estimate is None else best.estimate,
            total_exact=exact,
            hits=hits,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            suggestion=suggestion,
            relaxed=best.attempt.relaxed,
            notes=best.attempt.notes,
            match=best.match,
            expanded=() if best.attempt.relaxed else planned.expanded,
        )

    def exact_total(self, request: SearchRequest) -> int:
        """The exact number of articles ``request`` finds (after a search that left it estimated).

        Counts the remembered last search's matches when the index has not
        changed since; otherwise runs the search again, counting.
        """
        with self._lock:
            searcher = self._current()
            if self._uncounted is not None:
                asked, counted_in, outcome = self._uncounted
                if asked == _page_free(request) and counted_in is searcher:
                    return outcome.exactly().found.total
        return self.search(replace(request, page=1, page_size=1, snippets=False, exact_total=True)).total

    def article(self, key: str) -> ArticleView | None:
        """The stored article for the preview (by ``Hit.key``, or a single-article file's path), or None."""
        candidates = [key] if is_utf8_safe(key) else []
        candidates.append(file_key(key))  # a real path, possibly not UTF-8
        stored = None
        with self._lock:
            searcher = self._current()
            for candidate in dict.fromkeys(candidates):
                stored = searcher.document(key=candidate)
                if stored is not None:
                    break
        if stored is None:
            return None
        return ArticleView(
            path=stored["path"],
            headline=stored.get("headline", ""),
            body=stored.get("body", ""),
            date=stored.get("date"),
            has_time=bool(stored.get("has_time")),
            key=stored.get("key", ""),
            source=stored.get("source") or None,
            url=stored.get("url") or None,
            format=stored.get("format", ""),
            record=stored.get("record"),
        )


def _page_free(request: SearchRequest) -> SearchRequest:
    """What decides a total: the request without its page, page size and snippets."""
    return replace(request, page=1, page_size=1, snippets=False, exact_total=True)
