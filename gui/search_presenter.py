"""The search presenter: from the query widgets to a request, from a result to the widgets.

It numbers queries through the SearchRunner, pages further results in as the
list asks, and decides what the results area shows: the list, "nothing found",
the query's error, or the idle text that depends on the index's situation.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QStackedWidget

from telusur.searcher import ArticleView, MatchTerms, SearchRequest, SearchResult, SortOrder

from .core_messages import core_text
from .empty_state import EmptyStateView, idle_state
from .expansion import ExpansionLabel
from .filters import DateFilter
from .indexing import IndexingController
from .message_bar import MessageBar
from .preview import PreviewPanel
from .result_notes import ResultNotes
from .results_model import ResultsModel
from .statusbar import ResultCount
from .suggestion import SuggestionLabel
from .translations import with_args
from .usertypes import EmptyState, MessageLevel
from .workers import SearchRunner, SideAnswer, SideStage

# Typing pause before a search: none beyond the event loop's turn (keys delivered together, a paste,
# still make one search), because a newer query abandons an older one between stages (gui/workers.py)
# instead of queuing behind it. Measured in one pair of runs at load ~9.5 (bench/PROFILE.md): 0 ms gave
# key -> painted 131 ms median and 205 ms for bursts at 60 ms/key; 40 ms gave 202 and 833 ms.
DEBOUNCE_MS = 0
PAGE_SIZE = 25


class RequestFilters(Protocol):
    """Filters set outside the query widgets (the archive views): outlets, copy folding, facets."""

    def sources(self) -> tuple[str, ...]: ...

    def group_copies(self) -> bool: ...

    def facets_wanted(self) -> bool: ...


class NoFilters:
    """Before the archive views exist: every outlet, copies folded, no facets."""

    def sources(self) -> tuple[str, ...]:
        return ()

    def group_copies(self) -> bool:
        return True

    def facets_wanted(self) -> bool:
        return False


class SearchPresenter(QObject):
    """Runs the query the widgets describe and shows its answer; drops stale answers."""

    resultsShown = Signal(int)  # generation whose first page is now in the view
    previewShown = Signal(str)  # path ('' when the article is gone)
    firstPage = Signal(object)  # SearchResult of a new first page (its facets feed the timeline and outlets)
    articleShown = Signal(object)  # ArticleView | None, once the preview shows it
    sideShown = Signal(object)  # SideAnswer (facets, outlet counts) of the query on show, after its page

    def __init__(
        self,
        runner: SearchRunner,
        indexing: IndexingController,
        *,
        search_input: QLineEdit,
        sort_combo: QComboBox,
        date_filter: DateFilter,
        model: ResultsModel,
        results_stack: QStackedWidget,
        results_view: QListView,
        empty_state: EmptyStateView,
        suggestion: SuggestionLabel,
        result_count: ResultCount,
        notes: ResultNotes,
        preview: PreviewPanel,
        message_bar: MessageBar,
        parent: QObject | None = None,
        expansion: ExpansionLabel | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.indexing = indexing
        self.search_input = search_input
        self.sort_combo = sort_combo
        self.date_filter = date_filter
        self.model = model
        self.results_stack = results_stack
        self.results_view = results_view
        self.empty_state = empty_state
        self.suggestion = suggestion
        self.result_count = result_count
        self.notes = notes
        self.preview = preview
        self.message_bar = message_bar
        self.expansion = expansion
        self.no_expand: set[str] = set()  # expansions switched off, for the query in the box only
        self.as_typed_text = ""  # the text to search as typed only (its suggestion's results were refused)
        self._no_expand_for = ""
        self.request: SearchRequest | None = None  # the query on show (None: idle)
        # The query without its dates, asked when a dated query found nothing: are the dates the cause?
        self._probe: SearchRequest | None = None
        self.shown: SearchRequest | None = None  # the query whose first page the list holds
        self.match = MatchTerms()  # what the preview highlights
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.search_now)
        # Filters set by the archive views (gui/archive_views.py): ticked outlets, copies folded, facets.
        self.filters: RequestFilters = NoFilters()

    # ------------------------------------------------------------------ queries
    def current_request(self) -> SearchRequest:
        lo, hi = self.date_filter.date_range()
        text = self.search_input.text().strip()
        if text != self._no_expand_for:  # a new query expands everything again
            self.no_expand.clear()
            self._no_expand_for = text
        return SearchRequest(
            text, lo, hi, SortOrder.parse(str(self.sort_combo.currentData())) or SortOrder.RELEVANCE,
            page=1, page_size=PAGE_SIZE,
            no_expand=frozenset(self.no_expand), as_typed=bool(text) and text == self.as_typed_text,
            exact_total=False,  # the page first; the runner counts the rest after it (on_side, COUNT)
            sources=self.filters.sources(), facets=self.filters.facets_wanted(),
            group_copies=self.filters.group_copies(),
        )

    def set_filters(self, filters: RequestFilters) -> None:
        """Where the outlet, copy and facet choices come from from now on."""
        self.filters = filters

    def skip_expansion(self, source: str) -> None:
        """Search the query in the box again without expanding ``source``."""
        self.no_expand.add(source)
        self.search_now()

    def search_now(self) -> int:
        """Run the current query now (Enter, filter change, or the debounce firing); returns its number."""
        self.debounce.stop()
        request = self.current_request()
        if not request.text and request.date_from is None and request.date_to is None and not request.sources:
            self.runner.invalidate()
            self.request = None
            self.shown = None
            self.model.reset()
            self.preview.clear()  # Esc or an emptied field: no article from the old query stays
            self.suggestion.on_suggestion("")
            if self.expansion is not None:
                self.expansion.on_expanded(())
            self.notes.on_cleared()
            self.show_idle()
            self.firstPage.emit(None)
            return self.runner.generation
        self.request = request
        return self.runner.submit(request)

    def clear(self) -> None:
        """Empty the field and go back to the idle text."""
        self.search_input.clear()
        self.search_now()

    def use_suggestion(self, text: str) -> None:
        self.search_input.setText(text)
        self.search_now()

    def search_as_typed(self, text: str) -> None:
        """Search ``text`` as typed, not the suggestion shown in its place."""
        self.as_typed_text = text
        self.search_input.setText(text)
        self.search_now()

    def fetch_page(self, page: int) -> None:
        if self.request is not None:
            self.runner.submit(replace(self.request, page=page), new_query=False)
        else:
            self.model.fetch_failed()

    # ------------------------------------------------------------------ answers
    def on_result(self, generation: int, page: int, result: SearchResult) -> None:
        if page > 1:
            self.model.append_page(page, result.hits)
            return
        if self._probe is not None and result.request == self._probe:
            self._probe = None
            self._show_dated_miss(result)
            return
        self._probe = None
        self.firstPage.emit(result)
        keep = self.preview.key
        # The same query again (a commit changed the index) keeps the reader's place;
        # a new one starts at the top with its first result current.
        same_query = result.request == self.shown
        self.shown = result.request
        self.match = result.match
        self.suggestion.on_result(result.request.text, result.searched, result.suggestion)
        if self.expansion is not None:
            self.expansion.on_expanded(result.expanded)
        if result.message:
            self.model.reset()
            self.notes.on_cleared()
            self.preview.clear()  # the list is gone, so is the article it showed
            self._show_empty(EmptyState.QUERY_ERROR, core_text(result.message))
            self.result_count.on_cleared()
            self.resultsShown.emit(generation)
            return
        self.model.folders = self.indexing.folders
        self.model.reset(result.hits, result.groups or result.total, PAGE_SIZE)  # rows: copies folded
        self.result_count.on_result(result)
        self.notes.on_result(result)
        if result.total == 0:
            self._show_empty(EmptyState.NO_RESULTS, result.request.text)
            self.preview.clear()
            self._ask_other_dates(result.request)
        else:
            self.results_stack.setCurrentWidget(self.results_view)
            rows = [r.identity for r in self.model.rows]
            if not same_query:
                self.results_view.scrollToTop()
                self.results_view.setCurrentIndex(self.model.index(0))
            elif keep in rows:
                self.results_view.setCurrentIndex(self.model.index(rows.index(keep)))
            else:
                self.preview.clear()
        self.results_view.viewport().update()
        self.resultsShown.emit(generation)

    def on_side(self, answer: SideAnswer) -> None:
        """Side work of the query on show arrived (the runner already dropped older queries')."""
        if self.shown is None:
            return
        if answer.stage is SideStage.SUGGEST and answer.result is not None:
            result = answer.result
            self.suggestion.on_result(result.request.text, result.searched, result.suggestion)
        if answer.stage is SideStage.COUNT and answer.result is not None:  # the exact total of the page on show
            self.model.total = max(answer.result.total, len(self.model.rows))
            self.result_count.on_result(answer.result)
        self.sideShown.emit(answer)

    def on_failed(self, _generation: int, message: str) -> None:
        self.model.fetch_failed()
        self.message_bar.show_message(
            with_args(self.tr("The search could not run: %1. Rebuilding the index usually fixes this."), message),
            MessageLevel.ERROR,
            [(self.tr("Reindex all"), self.indexing.reindex_all)],
        )

    # ------------------------------------------------------------------ empty states
    def show_idle(self) -> None:
        """The text for no query: opening, indexing, empty library, or how to search."""
        state = idle_state(
            opened=self.indexing.opening_done,
            indexing=self.indexing.busy,
            doc_count=self.indexing.doc_count,
            has_folders=bool(self.indexing.folders),
            only_samples=self.indexing.only_samples,
        )
        self._show_empty(state)
        self.result_count.on_cleared()

    def _show_empty(self, state: EmptyState, detail: str = "", *, elsewhere: int = 0) -> None:
        dated = self.date_filter.date_range() != (None, None)
        self.empty_state.show_state(
            state, detail, doc_count=self.indexing.doc_count or 0, dated=dated,
            range_text=self.date_filter.describe_range(), elsewhere=elsewhere,
        )
        self.results_stack.setCurrentWidget(self.empty_state)

    def _ask_other_dates(self, request: SearchRequest) -> None:
        """A dated query found nothing: count its matches on any date, to say whether the dates are why."""
        if request.date_from is None and request.date_to is None:
            return
        if not request.text:  # only a date range: every article is "elsewhere"
            self._show_dated_miss(SearchResult(request, total=self.indexing.doc_count or 0))
            return
        self._probe = replace(request, date_from=None, date_to=None, page=1, page_size=1, snippets=False)
        self.runner.submit(self._probe, new_query=False)  # same number: a newer query drops it

    def _show_dated_miss(self, elsewhere: SearchResult) -> None:
        if elsewhere.total and not elsewhere.message:
            self._show_empty(EmptyState.NO_RESULTS_IN_DATES, elsewhere.request.text, elsewhere=elsewhere.total)
        else:  # no date has them either: the words are the problem
            self.empty_state.show_state(EmptyState.NO_RESULTS, elsewhere.request.text)

    # ------------------------------------------------------------------ index events
    def on_opened(self) -> None:
        """The index is open: run a query typed (or restored) meanwhile, else say how to start."""
        if self.search_input.text().strip() or self.date_filter.date_range() != (None, None):
            self.search_now()
        else:
            self.show_idle()

    def on_sync_started(self) -> None:
        if not self.search_input.text().strip() and self.indexing.opening_done:
            self.show_idle()

    def refresh(self) -> None:
        """Show what a commit changed: rerun the current query, or update the idle text."""
        if self.request is not None:
            self.search_now()
        elif self.indexing.opening_done:
            self.show_idle()

    # ------------------------------------------------------------------ preview
    def preview_row(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.runner.load_article(index.data(ResultsModel.PathRole))

    def on_article(self, _ticket: int, article: ArticleView | None) -> None:
        self.preview.show_article(article, self.match)
        self.previewShown.emit(article.path if article else "")
        self.articleShown.emit(article)
