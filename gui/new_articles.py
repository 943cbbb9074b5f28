"""Marks a just-opened saved search's new articles in the results list, until another query runs.

Opening a saved search (gui/saved_searches.py) runs its query at once and,
on the side pool, works out which of its matches were new before marking them
seen. The two answers arrive in either order; this class keeps the marks while
the list shows that search (reruns after a sync, further pages, another sort
included) and drops them when the list shows any other query.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale, QObject, Signal

from telusur.index.saved_searches import SavedSearch
from telusur.searcher import SearchRequest, SearchResult

from .results_model import ResultsModel
from .translations import with_args

NOTICE_MS = 8000


@dataclass(frozen=True)
class QueryFilters:
    """What makes two searches the same query for the marks: the words only.

    Ticking an outlet, brushing the timeline or sorting narrows the same search:
    the "New" tags stay (they were cleared by any outlet tick).
    """

    text: str

    @classmethod
    def of_saved(cls, saved: SavedSearch) -> QueryFilters:
        return cls(saved.query.strip())

    @classmethod
    def of_request(cls, request: SearchRequest) -> QueryFilters:
        return cls(request.text.strip())


class NewArticleMarks(QObject):
    """Feeds ``ResultsModel.mark_new`` from the saved searches and the search's first pages.

    ``notice`` says how many are marked: they may sit further down the list,
    or on pages not loaded yet, and a screen reader hears it at once.
    """

    notice = Signal(str, int)  # text, milliseconds to show it
    movedUp = Signal()  # the new articles now head the list (the owner selects the first row)

    def __init__(self, model: ResultsModel, parent: QObject | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.locale = locale or QLocale()
        self._name: str | None = None  # the saved search whose marks are wanted
        self._filters: QueryFilters | None = None

    def on_opened(self, saved: SavedSearch) -> None:
        """A saved search is being opened: old marks go, its own follow (``on_new_found``)."""
        self._name = saved.name
        self._filters = QueryFilters.of_saved(saved)
        self.model.clear_new()

    def on_new_found(self, name: str, keys: frozenset[str]) -> None:
        if name != self._name:
            return
        self.model.mark_new(keys)
        self._new_first()
        if keys:
            text = (self.tr("1 article new since you last looked is marked “New”") if len(keys) == 1
                    else with_args(self.tr("%1 articles new since you last looked are marked “New”"),
                                   self.locale.toString(len(keys))))
            self.notice.emit(text, NOTICE_MS)

    def on_first_page(self, result: SearchResult | None) -> None:
        """Another query on show (or none): the marks are over."""
        if self._filters is None:
            return
        if result is None or QueryFilters.of_request(result.request) != self._filters:
            self._name = None
            self._filters = None
            self.model.clear_new()

    def on_rows_shown(self) -> None:
        """A first page is in the list: the saved search's new articles move to its top."""
        if self._filters is not None:
            self._new_first()

    def _new_first(self) -> None:
        """Opening a saved search shows its new articles first (of the rows loaded)."""
        if self.model.new_first():
            self.movedUp.emit()
