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
from array import array
from collections.abc import Callable, Iterator
from dataclasses import replace

from whoosh.searching import Searcher

from telusur.index import CoreMessage, IndexDamagedError, Library, doc_key, file_key, is_utf8_safe, stem_store

from .date_column import DateColumn, MonthCount
from .dates import DayRange
from .facets import ArticleColumns, count_facets
from .grouping import GroupColumn, count_groups, fold, fold_found, with_copies
from .hits import highlight, page_of
from .lookups import LookupCache
from .messages import QueryError, QueryProblem
from .plan import plan
from .ranking import rerank
from .records import (
    SORTS,
    ArticleView,
    DateUnit,
    Found,
    Hit,
    RelatedResult,
    Scored,
    SearchRequest,
    SearchResult,
    SortOrder,
)
from .related import MAX_RELATED, related_docs
from .run import Outcome, all_matches, run_attempt, run_plan
from .suggest import did_you_mean

EXPORT_PAGE = 200  # articles read per step of ``every_hit``
FOLD_MARGIN = 3  # with copies folded, the top 3 x page end are ranked at first
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
        self._columns: ArticleColumns | None = None  # likewise
        self._groups: GroupColumn | None = None  # likewise, and of one copies store
        self._groups_stamp: object = None

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
            # The stems the index has learnt: snippets analyse the shown articles'
            # sentences, and a word Sastrawi has not seen costs ~1 ms (bench/PROFILE.md).
            stem_store.warm(ix.storage.folder)
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

    def article_columns(self, searcher: Searcher) -> ArticleColumns:
        """Source and day of every document of ``searcher``, read once per generation."""
        if self._columns is None or self._columns.searcher is not searcher:
            self._columns = ArticleColumns.read(searcher)
        return self._columns

    def group_column(self, searcher: Searcher) -> GroupColumn:
        """Wire-copy groups by document number, read once per generation and copies store."""
        stamp = self.library.copies_stamp()
        if self._groups is None or self._groups.searcher is not searcher or self._groups_stamp != stamp:
            self._groups = GroupColumn.read(searcher, self.library.copy_groups())
            self._groups_stamp = stamp
        return self._groups

    def _only(self, searcher: Searcher, days: DayRange, sources: tuple[str, ...]) -> set[int] | None:
        """Documents within the date range and from the sources, or None for no filter."""
        only = self._within(searcher, days)
        if sources:
            from_sources = self.article_columns(searcher).with_sources(sources)
            only = from_sources if only is None else only & from_sources
        return only

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
        if request.date_unit and request.date_unit not in DateUnit.__members__.values():
            units = ", ".join(u.value for u in DateUnit)
            text = f"unknown date unit {request.date_unit!r}; use one of {units}"
            return SearchResult(request, message=CoreMessage(QueryProblem.OTHER, text=text))
        window = request.window()
        with self._lock:
            searcher = self._current()
            try:
                lookups = self._lookups.get(searcher.reader()) if self._lookups is not None else None
                planned = plan(request, searcher.schema, lookups)
                if not planned.steps:
                    return SearchResult(request, notes=planned.notes)
                only = self._only(searcher, planned.days, request.sources)
                groups = self.group_column(searcher) if request.group_copies else None
                if groups is not None and not groups.group_of:
                    groups = None  # no article has a copy: nothing to fold
                keep = request.facets or groups is not None
                # Folding copies shortens the list: ask for more up front, so a page
                # rarely needs the query run again (fold_found) to be filled.
                wanted = window.stop * FOLD_MARGIN if groups is not None else window.stop
                tried = run_plan(searcher, planned, order=order, wanted=wanted, only=only, keep_matches=keep)
                if request.exact_total:
                    tried = tried.exactly()
                best = tried.best

                def ranked(outcome: Outcome) -> Found:
                    if order is SortOrder.RELEVANCE and outcome.attempt.built.has_words and outcome.found.ranked:
                        return rerank(searcher, outcome.attempt.built, outcome.found)
                    return outcome.found

                def more(wanted: int) -> Found:
                    return ranked(run_attempt(searcher, best.attempt, order=order, wanted=wanted, only=only))

                found = ranked(best)
                matching = best.matching
                if groups is not None:
                    found = fold_found(found, groups, window.stop, more)
                page = page_of(found, window)
                hits = highlight(searcher, page, best.match, snippets=request.snippets)
                if groups is not None and matching is not None:
                    hits = with_copies(searcher, page, hits, groups, matching)
                n_groups = found.total
                if groups is not None and matching is not None:
                    n_groups = count_groups(groups, matching)
                facets = None
                if request.facets and matching is not None:
                    unit = DateUnit(request.date_unit) if request.date_unit else None
                    facets = count_facets(self.article_columns(searcher), matching, unit)
                words = planned.as_typed.words
                suggestion = did_you_mean(
                    searcher.reader(), request.text, words, tried.found_as_typed, best.attempt.corrected
                )
            except QueryError as err:
                return SearchResult(request, message=err.message, elapsed_ms=(time.perf_counter() - started) * 1000)
            except READ_ERRORS as err:
                raise self._read_failed(err) from err
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
            groups=n_groups,
            facets=facets,
        )

    def matching_keys(self, request: SearchRequest) -> set[str]:
        """The unique keys of every article ``request`` matches (saved searches count these)."""
        with self._lock:
            searcher = self._current()
            planned = plan(request, searcher.schema)
            if not planned.steps:
                return set()
            only = self._only(searcher, planned.days, request.sources)
            best = run_plan(searcher, planned, order=SortOrder.NEWEST, wanted=1, only=only).best
            keys = self.group_column(searcher).keys
            return {keys[d] for d in all_matches(searcher, best.attempt, only) if d in keys}

    def every_hit(
        self, request: SearchRequest, *, first: Callable[[str], bool] | None = None, page_size: int = EXPORT_PAGE
    ) -> Iterator[Hit]:
        """Every hit of ``request`` in order (copies folded as in ``search``), read a page at a time.

        Memory stays bounded: the ranking is kept as two arrays of numbers,
        and only ``page_size`` articles' text is held at once. ``first``:
        hits whose key it accepts come first (a saved search's new articles).
        Raises ``QueryError`` for a query that cannot run.
        """
        order = SortOrder.parse(request.sort)
        if order is None:
            raise QueryError(QueryProblem.UNKNOWN_SORT, sort=request.sort, choices=", ".join(SORTS))
        searcher = self.library.whoosh_index().searcher()  # a snapshot of its own: searches go on meanwhile
        try:
            with self._lock:
                planned = plan(request, searcher.schema)
                if not planned.steps:
                    return
                only = self._only(searcher, planned.days, request.sources)
                best = run_plan(searcher, planned, order=order, wanted=1, only=only).best
                outcome = run_attempt(searcher, best.attempt, order=order, wanted=max(1, best.found.total), only=only)
                found = outcome.found
                if order is SortOrder.RELEVANCE and best.attempt.built.has_words and found.ranked:
                    found = rerank(searcher, best.attempt.built, found)
                groups = self.group_column(searcher)
                folding = request.group_copies and bool(groups.group_of)
                ranked = fold(found.ranked, groups) if folding else found.ranked
                matching = all_matches(searcher, best.attempt, only) if folding else set()
                if first is not None:
                    keys = groups.keys
                    ranked = tuple(sorted(ranked, key=lambda s: not first(keys.get(s.docnum, ""))))
                docnums = array("q", (s.docnum for s in ranked))
                scores = array("d", (s.score for s in ranked))
                del found, ranked, outcome
            for start in range(0, len(docnums), page_size):
                stop = start + page_size
                page = tuple(Scored(d, sc) for d, sc in zip(docnums[start:stop], scores[start:stop], strict=True))
                hits = highlight(searcher, page, best.match, snippets=request.snippets)
                if folding:
                    hits = with_copies(searcher, page, hits, groups, matching)
                yield from hits
        finally:
            searcher.close()

    def related(self, path: str, record: int | None = None, *, days: int | None = None,
                limit: int = MAX_RELATED) -> RelatedResult:
        """Up to ``limit`` articles on the same topic as the one at ``path`` (record ``record``
        of a data set), its own wire copies left out; ``days``: published within that many days of it."""
        with self._lock:
            searcher = self._current()
            docnum = self._docnum_of(searcher, path, record)
            if docnum is None:
                return RelatedResult(None, message=f"{path} is not in the index")
            article = self._view(searcher.stored_fields(docnum))
            within = None
            if days is not None and article.date is not None:
                day = article.date.date()
                within = self._within(searcher, DayRange.around(day, days))
            ranked, match = related_docs(searcher, docnum, self.group_column(searcher), within=within, limit=limit)
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
        detail = f"reading the index failed ({type(err).__name__}: {err})"
        self.library.mark_damaged(detail)  # the next open starts over; a sync refills it
        return IndexDamagedError(detail)

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
                    try:
                        return outcome.exactly().found.total
                    except READ_ERRORS as err:  # counting reads postings the first page skipped
                        raise self._read_failed(err) from err
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
        return self._view(stored)


def _page_free(request: SearchRequest) -> SearchRequest:
    """What decides a total: the request without its page, page size and snippets."""
    return replace(request, page=1, page_size=1, snippets=False, exact_total=True)
