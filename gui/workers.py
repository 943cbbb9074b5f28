"""Background work: searches and index syncs run off the GUI thread.

Workers never touch widgets; they only emit signals from a QObject that lives
in the GUI thread, so Qt delivers every answer through the event loop.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from telusur.index import IndexBusyError, Library, Opened, SyncReport, error_message
from telusur.index.messages import os_error_message
from telusur.searcher import SearchCancelled, SearchEngine, SearchRequest, SearchResult

from .core_messages import core_text
from .usertypes import FailureKind, JobKind

log = logging.getLogger(__name__)

# A page or an article jumps ahead of queued side work (QThreadPool runs higher priorities first).
PAGE_PRIORITY = 10
# A first page's side work (count, timeline, outlets) waits this long for the next keystroke.
SIDE_DELAY_MS = 120


class _SearchSignals(QObject):
    # generation, page, SearchResult
    finished = Signal(int, int, object)
    # generation, page, readable message
    failed = Signal(int, int, object)  # a CoreMessage keeps its code
    # ticket, ArticleView | None
    article = Signal(int, object)
    side = Signal(object)  # SideAnswer


class ArticleTask(QRunnable):
    """Reads one stored article for the preview (the engine lock may be busy)."""

    def __init__(self, engine: SearchEngine, path: str, ticket: int, signals: _SearchSignals) -> None:
        super().__init__()
        self.engine, self.path, self.ticket, self.signals = engine, path, ticket, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        try:
            article = self.engine.article(self.path)
        except Exception:
            log.exception("reading an article failed")
            article = None
        self.signals.article.emit(self.ticket, article)


class WarmTask(QRunnable):
    """Reads what the first search needs once the index is open, before the user has typed."""

    def __init__(self, engine: SearchEngine) -> None:
        super().__init__()
        self.engine = engine

    def run(self) -> None:  # noqa: D401 - QRunnable API
        try:
            self.engine.warm()
        except Exception:  # a broken index shows up in the first search, with its message
            log.exception("warming the search engine failed")


class PreviewPieces(QObject):
    """Carries a long article's marked HTML from the worker to the preview (GUI thread)."""

    # ticket, HTML batch, last
    piece = Signal(int, str, bool)


class PreviewTask(QRunnable):
    """Marks the rest of a long article off the GUI thread, one batch at a time.

    Stops as soon as the preview shows another article (``current_ticket``
    changed), so scrolling through results never queues work.
    """

    def __init__(
        self, pieces: Iterator[str], ticket: int, current_ticket: Callable[[], int], signals: PreviewPieces
    ) -> None:
        super().__init__()
        self.pieces, self.ticket, self.current_ticket, self.signals = pieces, ticket, current_ticket, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        try:
            for html in self.pieces:
                if self.current_ticket() != self.ticket:
                    return
                self.signals.piece.emit(self.ticket, html, False)
        except Exception:
            log.exception("marking an article failed")
        self.signals.piece.emit(self.ticket, "", True)


class SearchTask(QRunnable):
    """One page of one query; skipped before starting if a newer query exists."""

    def __init__(
        self,
        engine: SearchEngine,
        request: SearchRequest,
        generation: int,
        is_current: Callable[[int], bool],
        signals: _SearchSignals,
    ) -> None:
        super().__init__()
        self.engine, self.request, self.generation = engine, request, generation
        self.is_current, self.signals = is_current, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        if not self.is_current(self.generation):
            return  # the user typed on: this answer would be dropped anyway
        try:
            # Abandoned between stages (ranking, snippets, ...) the moment a newer query exists.
            result = self.engine.search(self.request, cancelled=self.abandoned)
        except SearchCancelled:
            return
        except Exception as err:  # a broken index must not kill the thread
            log.exception("search failed")
            self.signals.failed.emit(self.generation, self.request.page, error_message(err))
            return
        self.signals.finished.emit(self.generation, self.request.page, result)

    def abandoned(self) -> bool:
        return not self.is_current(self.generation)


class SideStage(Enum):
    """The work after a first page, in the order it runs; each is dropped when a newer query exists."""

    SUGGEST = "suggest"  # "did you mean" (the result: the page with its suggestion); may walk the vocabulary
    COUNT = "count"  # the exact total of a page that came with an estimate (the result: the page, counted)
    FACETS = "facets"  # dates and outlets of the query (the timeline and the outlet list)
    OUTLETS = "outlets"  # outlet counts without the outlet filter (ticking one must not hide the others)


@dataclass(frozen=True)
class SideAnswer:
    """What one side stage found for the query numbered ``generation``."""

    generation: int
    stage: SideStage
    result: SearchResult | None  # None: the stage failed (logged); the page stays without it


class SideTask(QRunnable):
    """One side stage of a query; returns at once if the user typed on meanwhile."""

    def __init__(
        self, engine: SearchEngine, stage: SideStage, page: SearchResult, generation: int,
        is_current: Callable[[int], bool], signals: _SearchSignals,
    ) -> None:
        super().__init__()
        self.engine, self.stage, self.page, self.generation = engine, stage, page, generation
        self.is_current, self.signals = is_current, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        if not self.is_current(self.generation):
            return
        asked = self.page.request
        try:
            if self.stage is SideStage.SUGGEST:
                suggestion = self.engine.suggestion(asked, cancelled=self.abandoned)
                result = replace(self.page, suggestion=suggestion)
            elif self.stage is SideStage.COUNT:
                total = self.engine.exact_total(asked)
                # A search counted afterwards folded no copies (folding counts at once), so its rows
                # are its articles.
                result = replace(self.page, total=total, total_exact=True, groups=total)
            else:
                sources = asked.sources if self.stage is SideStage.FACETS else ()
                # One row, no snippets, no folding: only the match set's counts are wanted.
                result = self.engine.search(replace(
                    asked, sources=sources, page=1, page_size=1, snippets=False, facets=True,
                    exact_total=False, group_copies=False,
                ), cancelled=self.abandoned)
        except SearchCancelled:
            return  # a newer query exists: its own side work follows its page
        except Exception:  # the page stays on show without its side work
            log.exception("side work (%s) failed", self.stage.value)
            result = None
        self.signals.side.emit(SideAnswer(self.generation, self.stage, result))

    def abandoned(self) -> bool:
        return not self.is_current(self.generation)


class SearchRunner(QObject):
    """The search pipeline: numbers every query, answers only the latest, side work after the page.

    One search thread: the engine serialises searches anyway. A new query's
    page jumps ahead of queued side work (thread-pool priority), and every
    queued task of an older query returns at once, so the newest keystroke is
    answered first. Side stages (count, facets, outlet counts) are queued only
    once the first page is delivered, and dropped as soon as a newer query exists.
    """

    resultReady = Signal(int, int, object)  # generation, page (1 and up), SearchResult
    searchFailed = Signal(int, str)
    articleReady = Signal(int, object)  # ticket, ArticleView | None
    sideReady = Signal(object)  # SideAnswer of the query on show
    settled = Signal(int)  # generation whose page and side work are all delivered

    def __init__(self, engine: SearchEngine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _SearchSignals(self)
        self._signals.finished.connect(self.deliver)
        self._signals.failed.connect(self._on_failed)
        self._signals.article.connect(self._on_article)
        self._signals.side.connect(self._on_side)
        self.article_ticket = 0
        self._main: SearchRequest | None = None  # the latest query's own request (side work is for it)
        self._wanted: tuple[SideStage, ...] = ()
        self._left: set[SideStage] = set()  # side stages of the latest query not yet delivered
        # Side work starts once the typing pauses: a keystroke within SIDE_DELAY_MS of a page drops
        # it before it costs anything, so the search thread is free for the next page.
        self._side_timer = QTimer(self)
        self._side_timer.setSingleShot(True)
        self._side_timer.setInterval(SIDE_DELAY_MS)
        self._side_timer.timeout.connect(self._start_side)
        self._side_for: SearchResult | None = None

    @property
    def pool(self) -> QThreadPool:
        """The one search thread: other engine work queued here waits behind pages, never ahead."""
        return self._pool

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def submit(self, request: SearchRequest, *, new_query: bool = True) -> int:
        """Queue ``request``; a new query gets a new number, a further page keeps it.

        A new query's facets are not computed with its page: they come later as
        side work (``sideReady``), so the page is painted first.
        """
        if new_query:
            self.generation += 1
            self._side_timer.stop()
            self._wanted = ()
            if request.facets:
                self._wanted = (SideStage.FACETS, SideStage.OUTLETS) if request.sources else (SideStage.FACETS,)
            # The page first: its facets and its "did you mean" (a walk of the vocabulary, up to
            # hundreds of milliseconds after one letter) come as side work once it is painted.
            request = replace(request, facets=False, suggest=False)
            self._main = request
        task = SearchTask(self.engine, request, self.generation, self.is_current, self._signals)
        self._pool.start(task, PAGE_PRIORITY)
        return self.generation

    def deliver(self, generation: int, page: int, result: SearchResult) -> None:
        """Pass on an answer only if it belongs to the newest query; then queue its side work."""
        if generation != self.generation:
            return
        self.resultReady.emit(generation, page, result)
        if page != 1 or result.request != self._main:
            return  # a further page, or the presenter's own probe: no side work
        if result.message:
            self.settled.emit(generation)
            return
        stages: tuple[SideStage, ...] = (SideStage.SUGGEST,)  # cheap unless the query found little
        stages += () if result.total_exact else (SideStage.COUNT,)
        # Nothing found: no dates to draw, but the outlet counts still say where the query does match.
        stages += tuple(s for s in self._wanted if result.total or s is SideStage.OUTLETS)
        self._left = set(stages)
        if not stages:
            self.settled.emit(generation)
            return
        self._side_for = result
        self._side_timer.start()

    def _start_side(self) -> None:
        result, generation = self._side_for, self.generation
        if result is None or result.request != self._main:
            return
        for stage in sorted(self._left, key=list(SideStage).index):
            self._pool.start(SideTask(self.engine, stage, result, generation, self.is_current, self._signals))

    def _on_side(self, answer: SideAnswer) -> None:
        if answer.generation != self.generation:
            return
        if answer.result is not None:
            self.sideReady.emit(answer)
        self._left.discard(answer.stage)
        if not self._left:
            self.settled.emit(answer.generation)

    def warm(self) -> None:
        """Read the engine's snapshot ahead of the first query (a query typed meanwhile goes first)."""
        self._pool.start(WarmTask(self.engine), PAGE_PRIORITY - 1)

    def load_article(self, path: str) -> int:
        """Fetch an article in the background; only the newest ticket is answered."""
        self.article_ticket += 1
        self._pool.start(ArticleTask(self.engine, path, self.article_ticket, self._signals), PAGE_PRIORITY)
        return self.article_ticket

    def _on_article(self, ticket: int, article: object) -> None:
        if ticket == self.article_ticket:
            self.articleReady.emit(ticket, article)

    def invalidate(self) -> None:
        """No query is current any more (the field was cleared): drop what is in flight."""
        self.generation += 1
        self._main = None
        self._side_timer.stop()

    def _on_failed(self, generation: int, page: int, message: str) -> None:
        if generation == self.generation:
            self.searchFailed.emit(generation, core_text(message))

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)


@dataclass
class SyncJob:
    """What to do with the index: sync some folders (None: all) or drop one folder."""

    kind: JobKind
    folders: list[str] | None = None
    user_started: bool = field(default=True, kw_only=True)  # show the summary dialog at the end
    cancel: threading.Event = field(default_factory=threading.Event, kw_only=True)
    doc_count: int | None = field(default=None, kw_only=True)  # documents in the index after the job
    attempt: int = field(default=0, kw_only=True)  # retries after "busy" so far
    from_watcher: bool = field(default=False, kw_only=True)  # started by the folder watcher (tray notices)
    library_folders: list[str] | None = field(default=None, kw_only=True)  # read after the job, off the GUI thread
    # Add ``folders`` to the library first (in the worker: saving library.json may wait for its lock).
    add_first: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class FolderRemoved:
    """A finished ``JobKind.REMOVE``: how many documents left the index (files are never touched)."""

    documents: int


# What a finished SyncJob hands on, one record per job kind: OPEN gives the
# index's ``Opened``, SYNC its ``SyncReport``, REMOVE a ``FolderRemoved``.
JobOutcome = Opened | SyncReport | FolderRemoved


class _SyncSignals(QObject):
    progress = Signal(object, object)  # SyncJob, SyncProgress
    finished = Signal(object, object)  # SyncJob, JobOutcome
    failed = Signal(object, object, object)  # SyncJob, FailureKind, message (a CoreMessage keeps its code)


class SyncTask(QRunnable):
    """Runs one SyncJob against the library, reporting through signals."""

    def __init__(self, library: Library, job: SyncJob, signals: _SyncSignals) -> None:
        super().__init__()
        self.library, self.job, self.signals = library, job, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        job = self.job
        outcome: JobOutcome
        try:
            if job.kind == JobKind.OPEN:
                outcome = self.library.open_index(sync=False)  # may start over a broken index: off the GUI thread
            elif job.kind == JobKind.REMOVE:
                outcome = FolderRemoved(sum(self.library.remove_folder(f) for f in job.folders or []))
            else:
                folders: list[str | Path] | None = None if job.folders is None else [*job.folders]
                if job.add_first and folders:
                    self.library.add_folders(folders)
                outcome = self.library.sync(
                    folders,
                    progress=lambda p: self.signals.progress.emit(job, p),
                    should_cancel=job.cancel.is_set,
                    lock_timeout=5.0,
                )
        except IndexBusyError as err:
            job.library_folders = self._folders()
            self.signals.failed.emit(job, FailureKind.BUSY, error_message(err))
        except OSError as err:
            message = os_error_message(err)
            job.library_folders = self._folders()
            self.signals.failed.emit(job, FailureKind.OS, message)
        except Exception as err:
            log.exception("sync failed")
            job.library_folders = self._folders()
            self.signals.failed.emit(job, FailureKind.ERROR, error_message(err))
        else:
            try:
                job.doc_count = self.library.document_count()
            except Exception:
                job.doc_count = None
            job.library_folders = self._folders()
            self.signals.finished.emit(job, outcome)

    def _folders(self) -> list[str] | None:
        try:
            return self.library.folders
        except Exception:  # an unreadable library file: the window keeps the folders it knew
            log.exception("reading the library's folders failed")
            return None


class SyncQueue(QObject):
    """Index changes one at a time (the index has a single writer), in order."""

    started = Signal(object)  # SyncJob
    progress = Signal(object, object)
    finished = Signal(object, object)
    failed = Signal(object, object, object)  # SyncJob, FailureKind, message (a CoreMessage keeps its code)
    idle = Signal()

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.current: SyncJob | None = None
        self._queue: list[SyncJob] = []
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _SyncSignals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self.current is not None

    def enqueue(self, job: SyncJob) -> SyncJob:
        # A pending job that would do the same is not queued twice (watcher bursts).
        for queued in self._queue:
            if queued.kind == job.kind and queued.folders == job.folders:
                queued.user_started = queued.user_started or job.user_started
                queued.from_watcher = queued.from_watcher or job.from_watcher
                return queued
        self._queue.append(job)
        self._next()
        return job

    def cancel(self) -> None:
        """Stop the running job (its finished work is kept) and drop queued ones."""
        self._queue.clear()
        if self.current is not None:
            self.current.cancel.set()

    def _next(self) -> None:
        if self.current is not None or not self._queue:
            return
        self.current = self._queue.pop(0)
        self.started.emit(self.current)
        self._pool.start(SyncTask(self.library, self.current, self._signals))

    def _advance(self) -> None:
        if self.current is not None:
            return  # a listener already started the next job
        if self._queue:
            self._next()
        else:
            self.idle.emit()

    def _on_finished(self, job: SyncJob, outcome: JobOutcome) -> None:
        self.current = None  # listeners see the queue as it is after this job
        self.finished.emit(job, outcome)
        self._advance()

    def _on_failed(self, job: SyncJob, kind: FailureKind, message: str) -> None:
        self.current = None
        self.failed.emit(job, kind, message)
        self._advance()

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)
