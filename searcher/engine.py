"""The search engine: one library's snapshots, and one result set per request.

A search is a pipeline of functions, data in and data out:

1. ``plan``: the queries to try, in order, each with its reason (plan.py);
2. ``run``: each wanted attempt against the index, the best one kept (run.py);
3. the ``ResultSet`` (resultset.py) of the chosen attempt: pages (re-ranked,
   copies folded, highlighted), the match set, counts, facets and keys, each
   computed when first asked for;
4. ``did_you_mean``: a suggestion when the user's words found little (suggest.py).

``search``, ``every_hit`` (export), ``matching_keys`` (saved searches) and
``exact_total`` all read the same result set, so they cannot disagree. This
class holds only what outlives a search: the current snapshot, its refresh,
the lock and the lookups.
"""
from __future__ import annotations

import pickle
import struct
import threading
import time
import zlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import replace

from whoosh.searching import Searcher

from telusur.index import CoreMessage, IndexDamagedError, Library, doc_key, file_key, is_utf8_safe, stem_store
from telusur.index.messages import IndexDamage

from .date_column import MonthCount
from .day_ranges import DayRange
from .expand import Lookups
from .hits import highlight
from .lookups import LookupCache
from .messages import QueryError, QueryProblem
from .plan import plan
from .related import MAX_RELATED, related_docs
from .requests import (
    ArticleView,
    Hit,
    RelatedResult,
    SearchCancelled,
    SearchRequest,
    SearchResult,
    SortOrder,
    never,
)
from .resultset import EXPORT_PAGE, ResultSet, first_wanted, set_key
from .run import run_plan
from .snapshot import Snapshot
from .suggest import did_you_mean

# What undecodable index data raises deep inside Whoosh (compressed postings,
# packed numbers, pickled stored fields, a file cut short).
RECENT_SETS = 4  # result sets kept per engine: a query, its count and facets, an export
READ_ERRORS = (zlib.error, struct.error, EOFError, pickle.UnpicklingError)


def _stage(cancelled: Callable[[], bool]) -> None:
    """Between two stages of a search: stop if its caller no longer wants it."""
    if cancelled():
        raise SearchCancelled


class SearchEngine:
    """Searches one library; thread-safe, refreshes when a sync commits."""

    def __init__(self, library: Library, *, expand: bool = True) -> None:
        self.library = library
        # Acronyms and synonyms also searched (expand.py); False searches only what was typed.
        self._lookups = LookupCache(library) if expand else None
        self._lock = threading.RLock()
        self._snapshot: Snapshot | None = None
        self._ix = None
        # The latest result sets of the current snapshot, by what decides them (``set_key``):
        # the next page, the count after a quick first page, the facets, an export or a saved
        # search of the same query read the same result set instead of running it again.
        # Each kept with the lookups it was planned with: a changed synonym file plans anew.
        self._recent: OrderedDict[SearchRequest, tuple[ResultSet, Lookups | None]] = OrderedDict()

    def snapshot(self) -> Snapshot:
        """The index's latest generation, with its columns; held by every result set made from it.

        Never ``Searcher.refresh()``: Whoosh reuses the open reader of every
        segment whose id is unchanged, so deletions committed into an existing
        segment (a removed folder, a changed file's old version) stayed
        visible until restart. A new generation gets a new snapshot instead;
        the old one closes when the last result set holding it is gone.
        """
        with self._lock:
            ix = self.library.whoosh_index(wait=0)  # a search never waits for a writer
            # Also covers an empty index, whose searcher Whoosh cannot refresh (no segments to reuse).
            current = self._snapshot
            if current is None or current.closed or self._ix is not ix or not current.is_current():
                searcher = ix.searcher()
                self._snapshot = Snapshot(searcher, self._lock, self.library.copy_groups, self.library.copies_stamp)
                self._ix = ix
                # The old generation's sets go: its files close once no export or view holds them
                # (Windows cannot delete a merged segment's files while they are open).
                self._recent.clear()
                # The stems the index has learnt: snippets analyse the shown articles'
                # sentences, and a word Sastrawi has not seen costs ~1 ms (bench/PROFILE.md).
                stem_store.warm(self.library.dir.whoosh)
            assert self._snapshot is not None
            return self._snapshot

    def warm(self) -> None:
        """Read what a first search needs (the snapshot, its learnt stems, the acronym and synonym
        lookups, the copy groups), so the first query typed does not pay for it (~150 ms at 1x)."""
        with self._lock:
            snapshot = self.snapshot()
            try:
                if self._lookups is not None:
                    self._lookups.get(snapshot.searcher.reader())
                snapshot.groups()
            except READ_ERRORS as err:
                raise self._read_failed(err) from err

    def _current(self) -> Searcher:
        """The latest generation's searcher (tests and ``related`` read it directly)."""
        return self.snapshot().searcher

    def _drop_searcher(self) -> None:
        """Forget a snapshot that met damaged data; the next search opens afresh."""
        if self._snapshot is not None:
            self._snapshot.close()
        self._snapshot, self._ix = None, None
        self._recent.clear()

    def close(self) -> None:
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.close()
                self._snapshot = None

    def document_count(self) -> int:
        with self._lock:
            return self._current().doc_count()

    def article_months(self) -> tuple[MonthCount, ...]:
        """The months that hold dated articles, newest first: a date filter's presets."""
        with self._lock:
            return self.snapshot().dates().months()

    def results(self, request: SearchRequest, *, cancelled: Callable[[], bool] = never) -> ResultSet:
        """The one result set of ``request`` on the latest snapshot: every caller's answer.

        Plans with this library's lookups (acronyms, synonyms) and runs the
        plan's attempts; the chosen attempt's first ``page`` is ranked, and the
        rest (deeper pages, counts, facets, keys) is computed when asked for.
        Raises ``QueryError`` for a query that cannot run and
        ``IndexDamagedError`` when the index cannot be decoded; ``SearchCancelled``
        when ``cancelled`` says so (asked during the suggestion's walk of the
        vocabulary for a query that found nothing).
        """
        order = request.sort
        with self._lock:
            snapshot = self.snapshot()
            try:
                lookups = self._lookups.get(snapshot.searcher.reader()) if self._lookups is not None else None
            except READ_ERRORS as err:
                raise self._read_failed(err) from err
            key = set_key(request)
            cached = self._recent.get(key)
            if cached is not None and cached[0].snapshot is snapshot and cached[1] is lookups:
                self._recent.move_to_end(key)
                return cached[0]
            results = self._results(request, order, lookups, cancelled)
            self._recent[key] = (results, lookups)
            while len(self._recent) > RECENT_SETS:
                self._recent.popitem(last=False)
            return results

    def _results(
        self, request: SearchRequest, order: SortOrder, lookups: Lookups | None, cancelled: Callable[[], bool]
    ) -> ResultSet:
        """``request``'s result set, or its suggestion's when the query as typed finds nothing."""
        with self._lock:
            try:
                results = self._run(request, order, lookups)
                best = results.best
                if best is None or best.found.total or request.as_typed:
                    return results
                # Nothing as typed: when the suggestion finds articles, they are the answer
                # (every path gets the same), and the result says which query ran.
                suggestion = did_you_mean(results.snapshot.searcher.reader(), request.text,
                                          results.planned.as_typed.words, 0, best.attempt.corrected,
                                          cancelled=cancelled)
                if suggestion is None or suggestion == request.text:
                    return results
                instead = self._run(replace(request, text=suggestion, as_typed=True), order, lookups)
                if instead.best is None or not instead.best.found.total:
                    return results
                return instead.instead_of(request.text)
            except READ_ERRORS as err:
                raise self._read_failed(err) from err

    def _run(self, request: SearchRequest, order: SortOrder, lookups: Lookups | None) -> ResultSet:
        """Plan ``request`` with ``lookups`` and run the plan on the latest snapshot."""
        snapshot = self.snapshot()
        searcher = snapshot.searcher
        planned = plan(request, searcher.schema, lookups)
        if not planned.steps:
            return ResultSet(snapshot, request, order, planned, None, None, wanted=0)
        only = snapshot.only(planned.days, request.sources)
        folding = request.group_copies and bool(snapshot.groups().group_of)
        wanted = first_wanted(request, folding)
        tried = run_plan(searcher, planned, order=order, wanted=wanted, only=only)
        return ResultSet(snapshot, request, order, planned, tried, only, wanted=wanted)

    def search(self, request: SearchRequest, *, cancelled: Callable[[], bool] = never) -> SearchResult:
        """One page of ``request``'s result set, with its counts; never raises for a bad query.

        Raises ``IndexDamagedError`` when the index's data cannot be decoded
        (the caller rebuilds: ``Library.start_over_damaged`` then a sync).
        ``cancelled`` is asked between the stages (the plan and its run, the
        page's ranking, its snippets, the suggestion) and inside the
        vocabulary walks: once it says True the search stops there and raises
        ``SearchCancelled``, so a newer query does not wait for this one to end.
        What was computed is kept: the same query asked again goes on from there.
        """
        started = time.perf_counter()
        try:
            with self._lock:
                results = self.results(request, cancelled=cancelled)
                if results.tried is None:
                    return SearchResult(request, notes=results.planned.notes)
                return self._answer(results, request, started, cancelled)
        except QueryError as err:
            return SearchResult(request, message=err.message, elapsed_ms=(time.perf_counter() - started) * 1000)
        except READ_ERRORS as err:
            raise self._read_failed(err) from err

    def _answer(
        self, results: ResultSet, request: SearchRequest, started: float, cancelled: Callable[[], bool] = never
    ) -> SearchResult:
        """``request``'s page and figures, read from its result set ``results``."""
        tried = results.tried
        assert tried is not None
        best = tried.best
        window = request.window()
        _stage(cancelled)
        results.ranked(window.stop)  # the page's order (kept): the snippets below are a stage of their own
        _stage(cancelled)
        hits = results.page(window, snippets=request.snippets)
        if request.exact_total or results.folding or request.facets:
            _stage(cancelled)
            total, exact = results.total(), True
        else:
            total, exact = results.estimate()
        facets = None
        if request.facets:
            _stage(cancelled)
            facets = results.facets(request.date_unit)
        suggestion = self._suggestion(results, cancelled) if request.suggest else None
        return SearchResult(
            request,
            total=total,
            total_exact=exact,
            hits=hits,
            elapsed_ms=(time.perf_counter() - started) * 1000,
            suggestion=suggestion,
            relaxed=best.attempt.relaxed,
            notes=best.attempt.notes,
            match=best.match,
            expanded=() if best.attempt.relaxed else results.planned.expanded,
            groups=results.group_count() if exact else total,
            facets=facets,
            searched=results.searched,
        )

    def suggestion(self, request: SearchRequest, *, cancelled: Callable[[], bool] = never) -> str | None:
        """The "did you mean" of ``request`` (asked with ``suggest=False``): the same as ``search`` gives.

        Reads the result set the page came from while the index is unchanged.
        """
        try:
            with self._lock:
                results = self.results(request, cancelled=cancelled)
                return None if results.tried is None else self._suggestion(results, cancelled)
        except QueryError:
            return None
        except READ_ERRORS as err:
            raise self._read_failed(err) from err

    @staticmethod
    def _suggestion(results: ResultSet, cancelled: Callable[[], bool]) -> str | None:
        tried, best = results.tried, results.best
        if tried is None or best is None or results.searched:
            return None
        return did_you_mean(
            results.snapshot.searcher.reader(), results.request.text, results.planned.as_typed.words,
            tried.found_as_typed, best.attempt.corrected, cancelled=cancelled,
        )

    def matching_keys(self, request: SearchRequest) -> frozenset[str]:
        """The unique keys of every article ``request`` matches (saved searches count these)."""
        return self.results(request).keys()

    def every_hit(
        self, request: SearchRequest, *, first: Callable[[str], bool] | None = None, page_size: int = EXPORT_PAGE
    ) -> Iterator[Hit]:
        """Every hit of ``request`` in the list's order (copies folded as in ``search``).

        The result set holds its snapshot, so searches and syncs go on
        meanwhile. ``first``: hits whose key it accepts come first (a saved
        search's new articles). Raises ``QueryError`` for a query that cannot run.
        """
        results = self.results(request)
        try:
            yield from results.hits(first=first, page_size=page_size, snippets=request.snippets)
        except READ_ERRORS as err:
            raise self._read_failed(err) from err

    def related(self, path: str, record: int | None = None, *, days: int | None = None,
                limit: int = MAX_RELATED) -> RelatedResult:
        """Up to ``limit`` articles on the same topic as the one at ``path`` (record ``record``
        of a data set), its own wire copies left out; ``days``: published within that many days of it."""
        with self._lock:
            snapshot = self.snapshot()
            searcher = snapshot.searcher
            docnum = self._docnum_of(searcher, path, record)
            if docnum is None:
                return RelatedResult(None, message=CoreMessage(QueryProblem.NOT_IN_INDEX, path=path))
            article = self._view(searcher.stored_fields(docnum))
            within = None
            if days is not None and article.date is not None:
                day = article.date.date()
                within = snapshot.within(DayRange.around(day, days))
            ranked, match = related_docs(searcher, docnum, snapshot.groups(), within=within, limit=limit)
            hits = highlight(searcher, ranked, match, snippets=True)
        return RelatedResult(article, hits)

    @staticmethod
    def _docnum_of(searcher: Searcher, path: str, record: int | None) -> int | None:
        """The document of the article at ``path`` (and ``record`` of a data set), or None."""
        return searcher.document_number(key=doc_key(path, record))

    @staticmethod
    def _view(stored: dict) -> ArticleView:
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

    def _read_failed(self, err: BaseException) -> IndexDamagedError:
        """Undecodable index data: drop the searcher, mark the library damaged, say why."""
        self._drop_searcher()
        detail = CoreMessage(IndexDamage.READ_FAILED, error=f"{type(err).__name__}: {err}")
        self.library.mark_damaged(detail)  # the next open starts over; a sync refills it
        return IndexDamagedError(detail)

    def exact_total(self, request: SearchRequest) -> int:
        """The exact number of articles ``request`` finds (after a first page that left it estimated).

        Counts the same result set the page came from while the index is unchanged.
        """
        try:
            return self.results(request).total()
        except READ_ERRORS as err:  # counting reads postings the first page skipped
            raise self._read_failed(err) from err

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
        return self._view(stored)
