"""The main window: builds the widgets and the controllers, then wires them together.

The jobs live elsewhere: ``search_presenter`` runs queries and shows answers,
``indexing`` changes the index and reports on it, ``statusbar``,
``empty_state`` and ``suggestion`` display what they are told, ``keyboard``
moves focus, ``workers`` does the slow work off the GUI thread.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from telusur.bundled import seeds_dir
from telusur.index import Library
from telusur.searcher import SearchEngine

from . import library_manager
from .adaptive_splitter import AdaptiveSplitter
from .archive_host import ArchiveHost
from .archive_views import ArchiveViews
from .delegate import CompactRows, ResultDelegate
from .empty_state import EmptyStateView
from .expansion import ExpansionLabel
from .filters import DateFilter
from .indexing import IndexingController
from .keyboard import KeyNavigation
from .language_menu import LANGUAGE_NAMES, LanguageMenu
from .message_bar import MessageBar
from .months_with_articles import ArchiveMonths
from .preview import PreviewPanel
from .result_notes import ResultNotes
from .results_model import ResultsModel
from .search_presenter import SearchPresenter
from .settings import open_settings
from .statusbar import Notice, ResultCount, SyncStatus
from .suggestion import SuggestionLabel
from .translations import with_args
from .usertypes import MessageLevel
from .workers import SearchRunner

SEEDS_DIR = seeds_dir()


class MainWindow(QMainWindow):
    """Telusur's one window. Its signals let tests and bench/gui_bench.py wait for the app."""

    resultsShown = Signal(int)  # generation whose first page is now in the view
    syncFinished = Signal(object, object)  # SyncJob, JobOutcome (workers.py: Opened, SyncReport or FolderRemoved)
    syncFailed = Signal(object, str, str)  # SyncJob, FailureKind, message
    previewShown = Signal(str)  # path
    ready = Signal()  # the index is open and searchable
    searchSettled = Signal(int)  # generation whose page and side work (count, timeline, outlets) are shown

    def __init__(
        self,
        library: Library,
        *,
        settings: QSettings | None = None,
        lang: str = "id",
        seeds_dir: Path | None = SEEDS_DIR,
        start_folders: list[str] | None = None,
        watch: bool = True,
    ) -> None:
        super().__init__()
        self.library = library
        self.settings = settings if settings is not None else open_settings()
        self.lang = lang
        self._locale = QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)
        self.setWindowTitle("Telusur")
        self.setObjectName("mainWindow")
        self.setLocale(self._locale)  # children and dialogs format numbers like the interface (1.500)
        self._build_ui()
        self._build_status_bar()
        self.engine = SearchEngine(library)
        self.runner = SearchRunner(self.engine, self)
        self.archive = ArchiveMonths(self.engine, self, pool=self.runner.pool)
        self.library_manager: library_manager.LibraryManager | None = None
        self.indexing = IndexingController(
            library, self.settings, self.message_bar, self,
            seeds_dir=seeds_dir, start_folders=list(start_folders or []), watch=watch,
        )
        self.sync_queue = self.indexing.sync_queue  # shortcuts the tests and the benchmark wait on
        self.watcher = self.indexing.watcher
        self.search = SearchPresenter(
            self.runner, self.indexing,
            search_input=self.search_input, sort_combo=self.sort_combo, date_filter=self.date_filter,
            model=self.model, results_stack=self.results_stack, results_view=self.results_view,
            empty_state=self.empty_state, suggestion=self.suggestion_label, result_count=self.status_label,
            notes=self.result_notes,
            preview=self.preview, message_bar=self.message_bar, parent=self, expansion=self.expansion_label,
        )
        self.keys = KeyNavigation(self.search_input, self.results_view, self.browser, self)
        self._build_actions()
        # Timeline, outlets, copies, related, export, saved searches: given the window's parts, not the window.
        self.archive_views = ArchiveViews(ArchiveHost(
            frame=self, lang=self.lang, library=library, engine=self.engine, settings=self.settings,
            search=self.search, search_input=self.search_input, date_filter=self.date_filter,
            results_view=self.results_view, model=self.model, preview=self.preview, message_bar=self.message_bar,
            indexing=self.indexing, notice=self.notice_label.on_notice, load_article=self.runner.load_article,
        ))
        self._place_archive()
        self._connect_signals()
        self._restore_settings()
        self.search.show_idle()  # "Opening the library…" until the index is open
        QTimer.singleShot(0, self.indexing.start)

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        self.add_folder_action = QAction(self.tr("Add archive folder…"), self)
        self.add_folder_action.setObjectName("addFolderAction")
        self.add_folder_action.setShortcut(QKeySequence("Ctrl+O"))
        self.add_folder_action.setToolTip(self.tr("Choose a folder of articles, add it to the library and index it"))
        self.reindex_action = self.add_folder_action  # the name it had when it was labelled "Reindex folder…"
        self.manage_action = QAction(self.tr("Manage library…"), self)
        self.manage_action.setObjectName("manageLibraryAction")
        self.manage_action.setToolTip(self.tr("The library's folders, their articles and last sync"))
        self.reindex_all_action = QAction(self.tr("Reindex all"), self)
        self.reindex_all_action.setObjectName("reindexAllAction")
        self.reindex_all_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reindex_all_action.setToolTip(self.tr("Bring the index up to date with every library folder"))
        self.remove_menu = QMenu(self.tr("Remove folder from library"), self)
        self.remove_menu.setObjectName("removeFolderMenu")
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        menu = self.menuBar().addMenu(self.tr("&Library"))
        menu.addAction(self.add_folder_action)
        menu.addAction(self.reindex_all_action)
        menu.addAction(self.manage_action)
        menu.addMenu(self.remove_menu)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self.language_menu = LanguageMenu(self.settings, self.lang, self)
        self.menuBar().addMenu(self.language_menu)

        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.add_folder_action)
        toolbar.addAction(self.reindex_all_action)
        toolbar.addAction(self.manage_action)

    def _build_ui(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)

        top = QHBoxLayout()
        self.search_input = QLineEdit(central)
        self.search_input.setObjectName("searchInput")
        self.search_input.setPlaceholderText(
            self.tr("Search articles… (e.g. banjir jakarta, \"energi baru\", -politik)"))
        self.search_input.setAccessibleName(self.tr("Search"))
        self.search_input.setToolTip(self.tr("Ctrl+L or Ctrl+F to come here; Esc clears; Down goes to the results"))
        self.search_input.setClearButtonEnabled(True)
        font = self.search_input.font()
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.2)
        self.search_input.setFont(font)
        top.addWidget(self.search_input, 3)
        self.sort_combo = QComboBox(central)
        self.sort_combo.setObjectName("sortCombo")
        self.sort_combo.setAccessibleName(self.tr("Sort results"))
        self.sort_combo.addItem(self.tr("Most relevant"), "relevance")
        self.sort_combo.addItem(self.tr("Newest first"), "newest")
        self.sort_combo.addItem(self.tr("Oldest first"), "oldest")
        top.addWidget(self.sort_combo)
        layout.addLayout(top)

        self.date_filter = DateFilter(central, lang=self.lang)
        layout.addWidget(self.date_filter)
        self.message_bar = MessageBar(central)  # below the panes (added last): see the note there
        self.suggestion_label = SuggestionLabel(central)
        layout.addWidget(self.suggestion_label)
        self.expansion_label = ExpansionLabel(central)
        layout.addWidget(self.expansion_label)
        self.result_notes = ResultNotes(central)
        layout.addWidget(self.result_notes)

        self.splitter = AdaptiveSplitter(central)  # stacks results over the preview when narrow
        self.splitter.setObjectName("mainSplitter")
        self.results_stack = QStackedWidget(self.splitter)
        self.model = ResultsModel(self, lang=self.lang)
        self.results_view = QListView(self.results_stack)
        self.results_view.setObjectName("resultsView")
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setModel(self.model)
        delegate = ResultDelegate(self.results_view)
        self.results_view.setItemDelegate(delegate)
        self._compact_rows = CompactRows(self.results_view, delegate)
        self.results_view.setUniformItemSizes(True)
        self.results_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_stack.addWidget(self.results_view)
        self.empty_state = EmptyStateView(self._locale, self.results_stack)
        self.results_stack.addWidget(self.empty_state)
        self.preview = PreviewPanel(self.splitter, lang=self.lang)
        self.browser = self.preview.browser
        self.splitter.addWidget(self.results_stack)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 540])
        layout.addWidget(self.splitter, 1)
        # Below everything: a message that appears shrinks the panes from the bottom, so the field,
        # the timeline, the list's top rows and the preview's buttons stay under the pointer (above
        # the panes it pushed them 44 px down, and a click meant for a button hit the timeline).
        layout.addWidget(self.message_bar)
        self.setCentralWidget(central)

        QWidget.setTabOrder(self.search_input, self.sort_combo)
        QWidget.setTabOrder(self.sort_combo, self.date_filter.preset_combo)
        QWidget.setTabOrder(self.date_filter.preset_combo, self.date_filter.date_from)
        QWidget.setTabOrder(self.date_filter.date_from, self.date_filter.date_to)
        QWidget.setTabOrder(self.date_filter.date_to, self.date_filter.clear_button)
        QWidget.setTabOrder(self.date_filter.clear_button, self.results_view)
        QWidget.setTabOrder(self.results_view, self.browser)
        self.resize(1100, 720)

    def _place_archive(self) -> None:
        """The archive widgets in the layout: the timeline spans the window above the panes, the sidebar
        sits left of the splitter (AdaptiveSplitter stacks its two panes when narrow), and the preview
        pane holds the copy chooser above the article and related articles below it."""
        views = self.archive_views
        central = self.centralWidget()
        layout = central.layout() if central is not None else None
        assert isinstance(layout, QVBoxLayout)
        at = layout.indexOf(self.splitter)
        layout.insertWidget(at, views.timeline)  # full width: readable at 640 px
        column = QWidget(self.splitter)
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.setSpacing(4)
        for widget in views.preview_above:
            column_layout.addWidget(widget)
        column_layout.addWidget(self.preview, 1)
        for widget in views.preview_below:
            column_layout.addWidget(widget)
        self.splitter.insertWidget(1, column)  # in the preview's place, the preview inside it
        # The new pane starts with stretch 0: without this the list took every extra pixel and the
        # preview stayed at its minimum width (about 400 px at 1280), too narrow to read an article.
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 540])
        row = QWidget(central)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        layout.removeWidget(self.splitter)
        row_layout.addWidget(views.sidebar)
        row_layout.addWidget(self.splitter, 1)
        layout.insertWidget(at + 1, row, 1)
        views.order_tab_keys()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.status_label = ResultCount(self._locale, self)
        status.addWidget(self.status_label)
        self.notice_label = Notice(self)
        status.addWidget(self.notice_label, 1)
        self.sync_status = SyncStatus(self._locale, self)
        status.addPermanentWidget(self.sync_status)

    # ------------------------------------------------------------------ wiring
    def _connect_signals(self) -> None:
        self._connect_search()
        self._connect_results()
        self._connect_indexing()
        self._connect_keyboard()

    def _connect_search(self) -> None:
        search = self.search
        self.search_input.textChanged.connect(lambda _t: search.debounce.start())
        self.search_input.returnPressed.connect(search.search_now)
        self.sort_combo.currentIndexChanged.connect(lambda _i: search.search_now())
        self.date_filter.changed.connect(search.search_now)
        self.suggestion_label.chosen.connect(search.use_suggestion)
        self.suggestion_label.asTyped.connect(search.search_as_typed)
        self.expansion_label.switchedOff.connect(search.skip_expansion)
        self.runner.resultReady.connect(search.on_result)
        self.runner.searchFailed.connect(search.on_failed)
        self.runner.sideReady.connect(search.on_side)
        search.resultsShown.connect(self.resultsShown)
        self.runner.settled.connect(self.searchSettled)

    def _connect_results(self) -> None:
        search = self.search
        self.model.moreRequested.connect(search.fetch_page)
        self.results_view.selectionModel().currentChanged.connect(lambda cur, _prev: search.preview_row(cur))
        self.results_view.activated.connect(self._open_preview)
        self.runner.articleReady.connect(search.on_article)
        search.previewShown.connect(self.previewShown)
        self.empty_state.allDatesRequested.connect(self.date_filter.clear)
        self.empty_state.searchRequested.connect(search.use_suggestion)
        self.preview.message.connect(lambda text: self.message_bar.show_message(text, MessageLevel.WARNING))

    def _connect_indexing(self) -> None:
        indexing = self.indexing
        self.add_folder_action.triggered.connect(indexing.choose_folder)
        self.manage_action.triggered.connect(self.show_library_manager)
        self.date_filter.unreadable.connect(lambda text: self.message_bar.show_message(text, MessageLevel.WARNING))
        self.archive.loaded.connect(self.date_filter.set_archive_months)
        # The engine's snapshot first (the search thread starts it at once), the date filter's months
        # after it; a query typed meanwhile jumps ahead of the months (pool priority).
        indexing.opened.connect(self.runner.warm)
        indexing.opened.connect(self.archive.refresh)
        indexing.indexChanged.connect(self.archive.refresh)
        self.reindex_all_action.triggered.connect(indexing.reindex_all)
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        self.empty_state.chooseFolderRequested.connect(indexing.choose_folder)
        self.language_menu.chosen.connect(self._language_chosen)
        self.sync_status.cancelRequested.connect(indexing.cancel)
        self.sync_queue.progress.connect(self.sync_status.on_progress)
        self.sync_queue.idle.connect(self.sync_status.on_idle)
        indexing.syncStarted.connect(self.sync_status.on_started)
        indexing.syncStarted.connect(self.search.on_sync_started)
        indexing.notice.connect(self.notice_label.on_notice)
        indexing.opened.connect(self.ready)
        indexing.opened.connect(self.search.on_opened)
        indexing.openFailed.connect(self.search.show_idle)
        indexing.indexChanged.connect(self.search.refresh)
        indexing.finished.connect(self.syncFinished)
        indexing.failed.connect(self.syncFailed)

    def _connect_keyboard(self) -> None:
        self.quit_action.triggered.connect(self.close)
        for keys in ("Ctrl+L", "Ctrl+F"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(self.keys.focus_search)
        self.keys.clearRequested.connect(self.search.clear)
        self.keys.openRequested.connect(self._open_preview)

    def _open_preview(self, index: QModelIndex) -> None:
        self.search.preview_row(index)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _language_chosen(self, code: str) -> None:
        self.message_bar.show_message(
            with_args(self.tr("The interface will be in %1 the next time Telusur starts."), LANGUAGE_NAMES[code]),
            MessageLevel.INFO,
        )

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        folders = self.indexing.folders
        if not folders:
            action = self.remove_menu.addAction(self.tr("(no folders)"))
            action.setEnabled(False)
        for folder in folders:
            action = self.remove_menu.addAction(folder)
            action.triggered.connect(lambda _=False, f=folder: self.remove_folder_asking(f))

    def remove_folder_asking(self, folder: str) -> None:
        """Remove a folder from the library once the user confirms."""
        stats = self.library_manager.stats if self.library_manager is not None else []
        counts = {s.folder: s.articles for s in stats if s.articles >= 0}  # no index scan on the GUI thread
        if library_manager.confirm_remove(self, folder, counts.get(folder), self._locale):
            self.indexing.remove_folder(folder)

    def show_library_manager(self) -> library_manager.LibraryManager:
        if self.library_manager is None:
            self.library_manager = library_manager.LibraryManager(self.indexing, self._locale, self.lang, self)
        self.library_manager.refresh()
        self.library_manager.show()
        self.library_manager.raise_()
        return self.library_manager

    # ------------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        elif (screen := QGuiApplication.primaryScreen()) is not None:
            # A first start on a netbook (1024x600): the default 1100x720 was larger than the screen,
            # so the sidebar stayed and the preview's buttons hung off the right edge.
            # Less a margin for the frame the window manager adds (title bar, borders).
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width() - 16), min(self.height(), room.height() - 48))
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        sort = s.value("filter/sort", "relevance")
        index = self.sort_combo.findData(sort)
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(max(0, index))
        self.sort_combo.blockSignals(False)
        self.date_filter.restore({
            "preset": str(s.value("filter/preset", "all")),
            "from": str(s.value("filter/from", "")),
            "to": str(s.value("filter/to", "")),
        })

    def save_settings(self) -> None:
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/splitter", self.splitter.saveState())
        s.setValue("filter/sort", self.sort_combo.currentData())
        state = self.date_filter.state()
        s.setValue("filter/preset", state["preset"])
        s.setValue("filter/from", state["from"])
        s.setValue("filter/to", state["to"])
        s.sync()

    # ------------------------------------------------------------------ closing
    def shutdown(self, wait_ms: int = 15000) -> None:
        """Stop background work cleanly: a running sync is cancelled and keeps what it did."""
        self.search.debounce.stop()
        self.indexing.cancel()
        self.runner.invalidate()
        self.archive_views.shutdown(wait_ms)
        self.sync_queue.wait(wait_ms)
        self.runner.wait(wait_ms)
        self.archive.wait(wait_ms)
        self.watcher.wait(wait_ms)
        self.engine.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
