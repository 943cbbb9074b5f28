"""The archive views, built into the main window and wired to the search.

Timeline above the results, outlets and saved searches in a sidebar, the
copy chooser and related articles with the preview; actions for folding
wire copies, export, citations and saving a search. It gets the window's
parts through a typed ``ArchiveHost`` (gui/archive_host.py); the window
places its widgets. The timeline and outlets are fed by the search's side
work (``SearchPresenter.sideShown``), after the result list is painted.
"""
from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from telusur.index.saved_searches import SavedSearch
from telusur.searcher import SearchEngine, SearchResult

from .archive_host import ArchiveHost
from .copies import CopyChooser
from .export_results import ExportController, citation_list
from .new_articles import NewArticleMarks
from .outlets import SourceFilter
from .related import RelatedView
from .results_model import ResultRow, ResultsModel
from .saved_searches import SavedSearches, SavedSearchesView
from .timeline import TimelineView
from .tray import TrayNotifier
from .usertypes import MessageLevel
from .workers import SideAnswer, SideStage

# Below this window width the sidebar folds away (F9 brings it back): at 1024 px it left the panes
# 772 px, so they stacked and a 1024x600 window showed no line of the article.
NARROW_PX = 1100
LOW_PX = 700  # below this window height the timeline keeps to its minimum height
QWIDGETSIZE_MAX = (1 << 24) - 1


def _column(parent: QWidget, *widgets: QWidget, stretch: QWidget | None = None) -> QWidget:
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    for w in widgets:
        layout.addWidget(w, 1 if w is stretch else 0)
    return box


def _heading(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    return label


class ArchiveViews(QWidget):
    """Owns the archive widgets; ``QWidget`` only so ``self.tr`` has a context."""

    countsShown = Signal()  # the outlet counts on show changed (tests wait on it)

    def __init__(self, host: ArchiveHost) -> None:
        super().__init__(host.frame)
        self.hide()
        self.host = host
        frame = host.frame
        self.timeline = TimelineView(frame, lang=host.lang)
        self.outlets = SourceFilter(frame)
        self.saved_view = SavedSearchesView(frame)
        self.copy_chooser = CopyChooser(frame)
        # Its own engine (searcher and lock): looking up related articles never holds up a search.
        self.related_engine = SearchEngine(host.library)
        self.related = RelatedView(self.related_engine, frame, lang=host.lang)
        self.related_label = _heading(self.tr("&Related articles"), self.related, frame)
        self.sidebar = _column(
            frame,
            _heading(self.tr("&Outlets"), self.outlets, frame), self.outlets,
            _heading(self.tr("Sa&ved searches"), self.saved_view, frame), self.saved_view,
            stretch=self.outlets,
        )
        self.sidebar.setMaximumWidth(230)
        # 1 px, not its lists' minimum: a window made narrow in one step must not be held wide by the
        # sidebar before the resize that folds it away arrives.
        self.sidebar.setMinimumWidth(1)
        self.related.setMinimumHeight(1)  # likewise for a window made low: the related list folds away then
        # At most about seven rows: the article being read keeps the pane's height.
        self.related.setMaximumHeight(self.related.fontMetrics().height() * 7 + 8)
        self.related_label.setMinimumHeight(1)

        self._counts: tuple = ()
        self._away = False  # a related article, not the selected result, is in the preview
        self._narrow = False
        self.panels = True  # the timeline and outlets are wanted (bench/gui_bench.py compares without)
        self.saved = SavedSearches(host.library, host.engine, self.saved_view, frame)
        self.new_marks = NewArticleMarks(host.model, self, frame.locale())
        self.tray = TrayNotifier(host.settings, frame)
        self.export = ExportController(host.engine, frame)
        self._build_actions()
        self._connect()
        frame.installEventFilter(self)  # its width folds the sidebar away
        host.search_input.installEventFilter(self)

    @property
    def preview_above(self) -> tuple[QWidget, ...]:
        """What the window puts above the preview (the copy chooser)."""
        return (self.copy_chooser,)

    @property
    def preview_below(self) -> tuple[QWidget, ...]:
        """What the window puts below the preview (related articles and their heading)."""
        return (self.related_label, self.related)

    # -- RequestFilters (the search asks these for every query) -------------------------
    def sources(self) -> tuple[str, ...]:
        return self.outlets.selected()

    def group_copies(self) -> bool:
        return self.group_copies_action.isChecked()

    def facets_wanted(self) -> bool:
        return self.panels

    def order_tab_keys(self) -> None:
        self._order_tab_keys()

    def _order_tab_keys(self) -> None:
        """Tab follows the screen: the timeline after the date fields it filters like, then the results.

        Added last, the timeline, outlets and saved searches came after the
        preview's buttons, so reaching the timeline from the dates took seven
        presses through the results and the article.
        """
        w = self.host
        chain = [w.date_filter.clear_button, self.timeline, w.results_view, w.preview.browser, self.copy_chooser,
                 w.preview.prev_button, w.preview.next_button, w.preview.open_button, w.preview.link_button,
                 w.preview.folder_button, self.related, self.outlets, self.saved_view]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """A narrow window hides the sidebar (F9 brings it back) so the results keep their width.

        In the search field, Ctrl+E is the export's: on X11 a line edit claims it
        as "end of line", so the export did nothing right after typing a query.
        """
        if (watched is self.host.search_input and event.type() == QEvent.Type.ShortcutOverride
                and QKeySequence(cast(QKeyEvent, event).keyCombination()) == self.export_action.shortcut()):
            event.ignore()  # not the field's: the window's shortcut runs
            return True
        if watched is self.host.frame and event.type() == QEvent.Type.Resize:
            # A low window (600 px netbooks) keeps the timeline at its minimum: its height goes to the rows.
            low = cast(QWidget, watched).height() < LOW_PX
            self.timeline.setMaximumHeight(self.timeline.minimumHeight() if low else QWIDGETSIZE_MAX)
            narrow = cast(QWidget, watched).width() < NARROW_PX
            if narrow != self._narrow:
                self._narrow = narrow
                self.sidebar_action.setChecked(not narrow)
                # Stacked panes have no height to spare: related articles wait for a wider window.
                self.related.setVisible(not narrow)
                self.related_label.setVisible(not narrow)
        return False

    def _build_actions(self) -> None:
        w = self.host.frame
        self.group_copies_action = QAction(self.tr("Fold wire copies"), w)
        self.group_copies_action.setObjectName("groupCopiesAction")
        self.group_copies_action.setCheckable(True)
        self.group_copies_action.setChecked(True)
        self.group_copies_action.setShortcut(QKeySequence("Ctrl+G"))
        self.group_copies_action.setToolTip(
            self.tr("One row per story, its copies from other outlets listed with it (Ctrl+G)"))
        self.export_action = QAction(self.tr("Export results…"), w)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.setToolTip(self.tr("Write every match of the query as CSV, JSON or RIS (Ctrl+E)"))
        self.copy_citations_action = QAction(self.tr("Copy as citations"), w)
        self.copy_citations_action.setObjectName("copyCitationsAction")
        self.copy_citations_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_citations_action.setToolTip(
            self.tr("Copy the selected results as a citation list: headline, outlet, date, link"))
        self.save_search_action = self.saved.save_action
        self.sidebar_action = QAction(self.tr("Outlets and saved searches"), w)
        self.sidebar_action.setObjectName("sidebarAction")
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(True)
        self.sidebar_action.setShortcut(QKeySequence("F9"))
        self.sidebar_action.setToolTip(self.tr("Show or hide the outlets and saved searches (F9)"))
        self.sidebar_action.toggled.connect(self.sidebar.setVisible)
        w.addAction(self.copy_citations_action)  # works wherever the focus is

        menu = w.menuBar().addMenu(self.tr("&Archive"))
        for action in (self.group_copies_action, self.export_action, self.copy_citations_action,
                       self.save_search_action, self.sidebar_action):
            menu.addAction(action)
        menu.addSeparator()
        self.tray_action = self.tray.action
        menu.addAction(self.tray_action)
        # Menu and shortcuts only: more toolbar buttons would hold the window wider than 640 px.

    def _connect(self) -> None:
        w = self.host
        search = w.search
        search.set_filters(self)
        search.firstPage.connect(self.on_first_page)
        search.sideShown.connect(self.on_side)
        search.articleShown.connect(self.related.load_for)
        self.timeline.rangeChosen.connect(lambda lo, hi: w.date_filter.set_range(lo, hi))
        self.timeline.cleared.connect(w.date_filter.clear)
        self.outlets.changed.connect(search.search_now)
        self.group_copies_action.toggled.connect(lambda _on: search.search_now())
        w.results_view.selectionModel().currentChanged.connect(lambda cur, _prev: self._show_copies(cur))
        self.copy_chooser.chosen.connect(w.load_article)
        self.related.chosen.connect(w.load_article)
        self.related.chosen.connect(self._left_the_row)
        w.results_view.clicked.connect(self._back_to_row)
        self.export_action.triggered.connect(lambda: self.export.choose_and_export(search.shown, w.model.total))
        self.copy_citations_action.triggered.connect(self.copy_citations)
        self.save_search_action.triggered.connect(lambda: self.saved.ask_and_save(search.current_request()))
        self.saved.opened.connect(self.new_marks.on_opened)
        self.saved.opened.connect(self.apply_saved)
        self.saved.newFound.connect(self.new_marks.on_new_found)
        self.new_marks.notice.connect(w.notice)
        search.firstPage.connect(self.new_marks.on_first_page)
        search.resultsShown.connect(lambda _generation: self.new_marks.on_rows_shown())
        self.new_marks.movedUp.connect(self._select_first_row)
        self.saved.problem.connect(lambda text: w.message_bar.show_message(text, MessageLevel.WARNING))
        w.indexing.indexChanged.connect(self.saved.refresh)
        w.indexing.finished.connect(self.tray.on_sync_finished)  # after indexChanged: armed before the recount
        self.saved.badgesCounted.connect(self.tray.on_badges)
        self.tray.openRequested.connect(self.saved.open)
        w.indexing.opened.connect(self.saved.refresh)

    # -- reactions ------------------------------------------------------------------
    def set_panels(self, on: bool) -> None:
        """Show or leave out the timeline and outlets; without them searches skip the facets."""
        self.panels = on
        self.sidebar_action.setChecked(on)
        if not on:
            self.timeline.set_facet(None)

    def on_first_page(self, result: SearchResult | None) -> None:
        """A new first page: clear what no longer applies; its facets follow as side work (``on_side``)."""
        if result is None or result.message or not result.hits:
            # No row to preview: the related list and copies of the article shown before would stay.
            self.related.load_for(None)
            self._show_copies(QModelIndex())
        if result is None or result.message or (not result.total and not result.request.sources):
            self.timeline.set_facet(None, self.host.date_filter.date_range())
            self._show_counts(())
        elif not result.total:  # nothing with these outlets: the outlet counts (side work) still come
            self.timeline.set_facet(None, self.host.date_filter.date_range())
        elif self.panels:  # its dates come as side work: their place now, so the list does not jump then
            self.timeline.hold_place()

    def on_side(self, answer: SideAnswer) -> None:
        """The query's dates and outlets arrived after its page: the timeline and outlet list show them."""
        facets = answer.result.facets if answer.result is not None else None
        if answer.result is None or facets is None:
            return
        if answer.stage is SideStage.FACETS:
            self.timeline.set_facet(facets.date, self.host.date_filter.date_range())
            if not answer.result.request.sources:
                self._show_counts(facets.source)
        elif answer.stage is SideStage.OUTLETS:
            # Counted without the outlet filter itself, or ticking one would hide the others.
            self._show_counts(facets.source)

    def _show_counts(self, counts: tuple) -> None:  # noqa: ANN001 - tuple[FacetCount, ...]
        self._counts = counts
        self.outlets.set_counts(counts)
        self.countsShown.emit()

    def outlets_counts(self):  # noqa: ANN201 - tuple[FacetCount, ...]
        """The outlet counts on show (tests read them)."""
        return self._counts

    def _select_first_row(self) -> None:
        view = self.host.results_view
        view.scrollToTop()
        view.setCurrentIndex(self.host.model.index(0))

    def _left_the_row(self, _key: str) -> None:
        """A related article is in the preview: the copy list of the result row no longer applies."""
        self._away = True
        self.copy_chooser.show_group("", "", "", ())

    def _back_to_row(self, index) -> None:  # noqa: ANN001 - QModelIndex
        """A click on the selected result brings it back after a related article was read.

        Selecting a row previews it, but clicking the row already selected
        changed nothing, so the related article stayed with the result highlighted.
        """
        if self._away and index.isValid() and index == self.host.results_view.currentIndex():
            self._away = False
            self.host.search.preview_row(index)
            self._show_copies(index)

    def _show_copies(self, index) -> None:  # noqa: ANN001 - QModelIndex
        self._away = False
        row: ResultRow | None = index.data(ResultsModel.RowRole) if index.isValid() else None
        if row is None:
            self.copy_chooser.show_group("", "", "", ())
        else:
            self.copy_chooser.show_group(row.identity, row.source or row.folder, row.date_text, row.copies)

    def selected_rows(self) -> list[ResultRow]:
        view = self.host.results_view
        indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
        rows = [i.data(ResultsModel.RowRole) for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        return [r for r in rows if r is not None]

    def copy_citations(self) -> str:
        text = citation_list(self.selected_rows())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def apply_saved(self, saved: SavedSearch) -> None:
        """Put a saved search's query and filters in the widgets and run it."""
        w = self.host
        w.search_input.blockSignals(True)
        w.search_input.setText(saved.query)
        w.search_input.blockSignals(False)
        w.date_filter.set_range(saved.date_from, saved.date_to, notify=False)
        self.outlets.set_ticked(saved.sources)
        w.search.search_now()
        w.results_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def shutdown(self, wait_ms: int) -> None:
        self.export.cancel()
        self.export.wait(wait_ms)
        self.related.settle.stop()
        self.related.background.wait(wait_ms)
        self.related_engine.close()
        self.saved.background.wait(wait_ms)
