"""The main window: search field, filters, results, preview, and the indexing controls.

It wires the parts together and owns the user-visible state; the work itself
(searching, reading articles, syncing) happens in ``workers`` off the GUI thread.
"""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from telusur.bundled import seeds_dir
from telusur.index import Library, SyncProgress, SyncReport
from telusur.searcher import ArticleView, MatchTerms, SearchEngine, SearchRequest, SearchResult

from . import pyside_fix  # noqa: F401  (must run before any view asks the model for data)
from .delegate import ResultDelegate
from .filters import DateFilter
from .message_bar import MessageBar
from .preview import PreviewPanel
from .results_model import ResultsModel
from .richtext import escape
from .settings import open_settings
from .sync_dialog import SyncSummaryDialog
from .watcher import FolderWatcher
from .workers import EtaEstimator, SearchRunner, SyncJob, SyncQueue

DEBOUNCE_MS = 250
PAGE_SIZE = 25
SEEDS_DIR = seeds_dir()


def _fmt_duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}:{seconds:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


class MainWindow(QMainWindow):
    """Telusur's one window. Signals exist so tests and the benchmark can wait on them."""

    resultsShown = Signal(int)  # generation whose first page is now in the view
    syncFinished = Signal(object, object)  # SyncJob, SyncReport | int | str | None
    syncFailed = Signal(object, str, str)
    previewShown = Signal(str)  # path
    ready = Signal()  # the index is open and searchable

    def __init__(
        self,
        library: Library,
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
        self.seeds_dir = seeds_dir
        self._start_folders = list(start_folders or [])
        self.engine = SearchEngine(library)
        self.runner = SearchRunner(self.engine, self)
        self.sync_queue = SyncQueue(library, self)
        self.watcher = FolderWatcher(self)
        self.watcher.folderChanged.connect(self._folder_changed)
        self._watch = watch
        self._request: SearchRequest | None = None
        self._match = MatchTerms()
        self._doc_count: int | None = None
        self._opened = False
        self._eta = EtaEstimator()
        self.summary_dialog: SyncSummaryDialog | None = None
        self._locale = QLocale(QLocale.Language.Indonesian if lang == "id" else QLocale.Language.English)

        self.setWindowTitle("Telusur")
        self.setObjectName("mainWindow")
        self._build_actions()
        self._build_ui()
        self._connect()
        self._restore_settings()
        self._set_empty_state("opening")
        QTimer.singleShot(0, self._start)

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        self.reindex_action = QAction(self.tr("Reindex folder…"), self)
        self.reindex_action.setObjectName("reindexAction")
        self.reindex_action.setShortcut(QKeySequence("Ctrl+O"))
        self.reindex_action.setToolTip(self.tr("Choose a folder of articles, add it to the library and index it"))
        self.reindex_action.triggered.connect(self.choose_folder)
        self.reindex_all_action = QAction(self.tr("Reindex all"), self)
        self.reindex_all_action.setObjectName("reindexAllAction")
        self.reindex_all_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reindex_all_action.setToolTip(self.tr("Bring the index up to date with every library folder"))
        self.reindex_all_action.triggered.connect(self.reindex_all)
        self.remove_menu = QMenu(self.tr("Remove folder from library"), self)
        self.remove_menu.setObjectName("removeFolderMenu")
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        menu = self.menuBar().addMenu(self.tr("&Library"))
        menu.addAction(self.reindex_action)
        menu.addAction(self.reindex_all_action)
        menu.addMenu(self.remove_menu)
        menu.addSeparator()
        menu.addAction(self.quit_action)

        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.reindex_action)
        toolbar.addAction(self.reindex_all_action)
        remove_button = QToolButton(self)
        remove_button.setText(self.tr("Remove folder"))
        remove_button.setMenu(self.remove_menu)
        remove_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        remove_button.setAccessibleName(self.tr("Remove a folder from the library"))
        toolbar.addWidget(remove_button)

    def _build_ui(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)

        top = QHBoxLayout()
        self.search_input = QLineEdit(central)
        self.search_input.setObjectName("searchInput")
        self.search_input.setPlaceholderText(self.tr("Search articles… (e.g. banjir jakarta, \"energi baru\", -politik)"))
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

        self.date_filter = DateFilter(central)
        layout.addWidget(self.date_filter)

        self.message_bar = MessageBar(central)
        layout.addWidget(self.message_bar)

        self.suggestion_label = QLabel(central)
        self.suggestion_label.setObjectName("suggestionLabel")
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setAccessibleName(self.tr("Spelling suggestion"))
        self.suggestion_label.hide()
        layout.addWidget(self.suggestion_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setObjectName("mainSplitter")
        self.results_stack = QStackedWidget(self.splitter)
        self.model = ResultsModel(self, lang=self.lang)
        self.results_view = QListView(self.results_stack)
        self.results_view.setObjectName("resultsView")
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setModel(self.model)
        self.results_view.setItemDelegate(ResultDelegate(self.results_view))
        self.results_view.setUniformItemSizes(True)
        self.results_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.results_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_stack.addWidget(self.results_view)
        self.empty_state = QLabel(self.results_stack)
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAccessibleName(self.tr("Search status"))
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)
        self.empty_state.setMargin(24)
        self.results_stack.addWidget(self.empty_state)
        self.preview = PreviewPanel(self.splitter, lang=self.lang)
        self.splitter.addWidget(self.results_stack)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([460, 540])
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        status = self.statusBar()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        status.addWidget(self.status_label)
        self.notice_label = QLabel(self)
        self.notice_label.setObjectName("noticeLabel")
        self.notice_label.setStyleSheet("color: #555555; margin-left: 16px;")
        status.addWidget(self.notice_label, 1)
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(self.notice_label.clear)
        self.sync_label = QLabel(self)
        self.sync_label.setObjectName("syncLabel")
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setObjectName("syncProgress")
        self.sync_progress.setAccessibleName(self.tr("Indexing progress"))
        self.sync_progress.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_button.clicked.connect(self.cancel_sync)
        for widget in (self.sync_label, self.sync_progress, self.cancel_button):
            status.addPermanentWidget(widget)
            widget.hide()

        self.browser = self.preview.browser
        QWidget.setTabOrder(self.search_input, self.sort_combo)
        QWidget.setTabOrder(self.sort_combo, self.date_filter.preset_combo)
        QWidget.setTabOrder(self.date_filter.preset_combo, self.date_filter.date_from)
        QWidget.setTabOrder(self.date_filter.date_from, self.date_filter.date_to)
        QWidget.setTabOrder(self.date_filter.date_to, self.date_filter.clear_button)
        QWidget.setTabOrder(self.date_filter.clear_button, self.results_view)
        QWidget.setTabOrder(self.results_view, self.browser)
        self.resize(1100, 720)

    def _connect(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self.search_input.textChanged.connect(lambda _t: self._debounce.start())
        self.search_input.returnPressed.connect(self.search_now)
        self.search_input.installEventFilter(self)
        self.results_view.installEventFilter(self)
        self.browser.installEventFilter(self)
        self.sort_combo.currentIndexChanged.connect(lambda _i: self.search_now())
        self.date_filter.changed.connect(self.search_now)
        self.model.moreRequested.connect(self._fetch_page)
        self.runner.resultReady.connect(self._on_result)
        self.runner.searchFailed.connect(self._on_search_failed)
        self.runner.articleReady.connect(self._on_article)
        self.results_view.selectionModel().currentChanged.connect(lambda cur, _prev: self._preview_index(cur))
        self.results_view.activated.connect(self._open_preview)
        self.suggestion_label.linkActivated.connect(self._use_suggestion)
        self.empty_state.linkActivated.connect(self._empty_link)
        self.preview.message.connect(lambda text: self.message_bar.show_message(text, "warning"))
        self.sync_queue.started.connect(self._sync_started)
        self.sync_queue.progress.connect(self._sync_progress)
        self.sync_queue.finished.connect(self._sync_finished)
        self.sync_queue.failed.connect(self._sync_failed)
        self.sync_queue.idle.connect(self._sync_idle)
        for keys in ("Ctrl+L", "Ctrl+F"):
            QShortcut(QKeySequence(keys), self, activated=self.focus_search)

    # ------------------------------------------------------------------ start-up
    def _start(self) -> None:
        """Open the index off the GUI thread; first run indexes the bundled seeds."""
        self.sync_queue.enqueue(SyncJob("open", user_started=False))

    def _after_open(self, job: SyncJob, rebuilt_reason: str | None) -> None:
        self._opened = True
        self._doc_count = job.doc_count
        folders = self.library.folders
        if self._start_folders:
            self.index_folder(self._start_folders, user_started=False)
        elif not folders and self.seeds_dir is not None and not self.settings.value("seedsOffered", False, bool):
            self.settings.setValue("seedsOffered", True)
            if self.seeds_dir.is_dir():
                self._add_and_sync([str(self.seeds_dir)], user_started=False)
        elif self.library.needs_rebuild:
            self.message_bar.show_message(
                self.tr("The index could not be used (%1), so it is being rebuilt from your folders. "
                        "Searches will find more as it fills.").replace("%1", rebuilt_reason or ""),
                "warning",
            )
            self.sync_queue.enqueue(SyncJob("sync", None, user_started=False))
        if self._watch:
            self.watcher.set_folders(self.library.folders)
        self.ready.emit()
        if self.search_input.text().strip() or self.date_filter.date_range() != (None, None):
            self.search_now()
        else:
            self._show_idle_state()

    # ------------------------------------------------------------------ searching
    def focus_search(self) -> None:
        self.search_input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_input.selectAll()

    def current_request(self) -> SearchRequest:
        lo, hi = self.date_filter.date_range()
        return SearchRequest(
            self.search_input.text().strip(), lo, hi, self.sort_combo.currentData(), page=1, page_size=PAGE_SIZE
        )

    def search_now(self) -> int:
        """Run the current query now (Enter, filter change, or the debounce firing)."""
        self._debounce.stop()
        request = self.current_request()
        if not request.text and request.date_from is None and request.date_to is None:
            self.runner.invalidate()
            self._request = None
            self.model.reset()
            self.suggestion_label.hide()
            self._show_idle_state()
            return self.runner.generation
        self._request = request
        return self.runner.submit(request)

    def _fetch_page(self, page: int) -> None:
        if self._request is not None:
            self.runner.submit(replace(self._request, page=page), new_query=False)
        else:
            self.model.fetch_failed()

    def _on_result(self, generation: int, page: int, result: SearchResult) -> None:
        if page > 1:
            self.model.append_page(page, result.hits)
            return
        keep = self.preview.path
        self._match = result.match
        self.suggestion_label.setVisible(bool(result.suggestion))
        if result.suggestion:
            self.suggestion_label.setText(
                self.tr("Did you mean %1?").replace(
                    "%1", f'<a href="suggest"><b>{escape(result.suggestion)}</b></a>'
                )
            )
            self._suggestion = result.suggestion
        if result.message:
            self.model.reset()
            self._set_empty_state("query-error", result.message)
            self.status_label.setText("")
            self.resultsShown.emit(generation)
            return
        self.model.reset(result.hits, result.total, PAGE_SIZE)
        self.status_label.setText(self._status_text(result))
        if result.total == 0:
            self._set_empty_state("no-results", result.request.text)
            self.preview.clear()
        else:
            self.results_stack.setCurrentWidget(self.results_view)
            rows = [r.path for r in self.model.rows]
            if keep in rows:
                self.results_view.setCurrentIndex(self.model.index(rows.index(keep)))
            else:
                self.preview.clear()
        self.results_view.viewport().update()
        self.resultsShown.emit(generation)

    def _status_text(self, result: SearchResult) -> str:
        count = self._locale.toString(result.total)
        text = (self.tr("%1 result") if result.total == 1 else self.tr("%1 results")).replace("%1", count)
        text += f" · {result.elapsed_ms:.0f} ms"
        if result.relaxed:
            text += " · " + self.tr("no article has every word; showing articles with some of them")
        return text

    def _on_search_failed(self, generation: int, message: str) -> None:
        self.model.fetch_failed()
        self.message_bar.show_message(
            self.tr("The search could not run: %1. Rebuilding the index usually fixes this.").replace("%1", message),
            "error",
            [(self.tr("Reindex all"), self.reindex_all)],
        )

    def _use_suggestion(self, _link: str) -> None:
        self.search_input.setText(getattr(self, "_suggestion", ""))
        self.search_now()

    # ------------------------------------------------------------------ empty states
    def _show_idle_state(self) -> None:
        if not self._opened:
            self._set_empty_state("opening")
        elif self.sync_queue.busy and not self._doc_count:
            self._set_empty_state("indexing")
        elif not self.library.folders and not self._doc_count:
            self._set_empty_state("empty-library")
        else:
            self._set_empty_state("start")
        self.status_label.setText("")

    def _set_empty_state(self, state: str, detail: str = "") -> None:
        self.empty_state_kind = state
        if state == "opening":
            text = self.tr("Opening the library…")
        elif state == "indexing":
            text = self.tr("Indexing articles… You can already search; results appear as they are indexed.")
        elif state == "empty-library":
            text = self.tr("The library is empty.") + "<br/><br/>" + '<a href="reindex">' + self.tr(
                "Choose a folder of articles to index…") + "</a>"
        elif state == "start":
            count = self._locale.toString(self._doc_count or 0)
            text = (
                "<p style='font-size:large'>" + self.tr("Type to search %1 articles.").replace("%1", count) + "</p>"
                + "<p style='color:#666666'>" + escape(self.tr(
                    'Tips: "exact phrase" · -exclude · word* · judul:word searches headlines · OR between alternatives'
                )) + "</p>"
            )
        elif state == "no-results":
            text = "<p>" + self.tr("No articles match “%1”.").replace("%1", escape(detail)) + "</p><p>" + self.tr(
                "Try fewer or different words.") + "</p>"
            if self.date_filter.date_range() != (None, None):
                text += '<p><a href="alldates">' + self.tr("Search all dates") + "</a></p>"
        else:  # query-error
            text = "<p>" + escape(detail) + "</p>"
        self.empty_state.setText(text)
        self.results_stack.setCurrentWidget(self.empty_state)

    def _empty_link(self, link: str) -> None:
        if link == "reindex":
            self.choose_folder()
        elif link == "alldates":
            self.date_filter.clear()

    # ------------------------------------------------------------------ preview
    def _preview_index(self, index) -> None:
        if index.isValid():
            self.runner.load_article(index.data(ResultsModel.PathRole))

    def _open_preview(self, index) -> None:
        self._preview_index(index)
        self.browser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_article(self, _ticket: int, article: ArticleView | None) -> None:
        self.preview.show_article(article, self._match)
        self.previewShown.emit(article.path if article else "")

    # ------------------------------------------------------------------ keyboard
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.search_input:
                if key == Qt.Key.Key_Escape:
                    self.search_input.clear()
                    self.search_now()
                    return True
                if key == Qt.Key.Key_Down and self.model.rowCount():
                    self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
                    if not self.results_view.currentIndex().isValid():
                        self.results_view.setCurrentIndex(self.model.index(0))
                    return True
            elif obj is self.results_view:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self._open_preview(self.results_view.currentIndex())
                    return True
                if key == Qt.Key.Key_Escape:
                    self.focus_search()
                    return True
                if key == Qt.Key.Key_Up and self.results_view.currentIndex().row() == 0:
                    self.focus_search()
                    return True
            elif obj is self.browser and key == Qt.Key.Key_Escape:
                self.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(obj, event)

    # ------------------------------------------------------------------ indexing
    def choose_folder(self) -> None:
        """Ask for a folder, then index it (the chooser is a method so tests can replace it)."""
        folder = self._ask_folder()
        if folder:
            self.index_folder([folder])

    def _ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of articles"), os.path.expanduser("~"))

    def index_folder(self, folders: list[str] | str, user_started: bool = True) -> SyncJob | None:
        """Add folders to the library and sync them in the background."""
        folders = [folders] if isinstance(folders, str) else list(folders)
        for folder in folders:
            problem = self._folder_problem(folder)
            if problem:
                self.message_bar.show_message(
                    self.tr("Cannot index %1: %2. Choose another folder.").replace("%1", folder).replace("%2", problem),
                    "error",
                    [(self.tr("Choose another folder…"), self.choose_folder)],
                )
                return None
        return self._add_and_sync(folders, user_started)

    def _folder_problem(self, folder: str) -> str:
        if not os.path.isdir(folder):
            return self.tr("it is not a folder")
        try:
            with os.scandir(folder) as entries:
                next(entries, None)
        except OSError as err:
            return err.strerror or str(err)
        return ""

    def _add_and_sync(self, folders: list[str], user_started: bool) -> SyncJob | None:
        try:
            added = self.library.add_folders(folders)
        except OSError as err:
            self.message_bar.show_message(
                self.tr("The library could not be saved (%1). Check that the index folder is writable.").replace(
                    "%1", err.strerror or str(err)),
                "error",
            )
            return None
        if self._watch:
            self.watcher.set_folders(self.library.folders)
        return self.sync_queue.enqueue(SyncJob("sync", added, user_started=user_started))

    def reindex_all(self) -> SyncJob | None:
        if not self.library.folders:
            self.message_bar.show_message(
                self.tr("The library has no folders yet."), "info",
                [(self.tr("Reindex folder…"), self.choose_folder)],
            )
            return None
        return self.sync_queue.enqueue(SyncJob("sync", None, user_started=True))

    def remove_folder(self, folder: str) -> SyncJob:
        """Forget a folder; its documents leave the index, its files stay on disk."""
        return self.sync_queue.enqueue(SyncJob("remove", [folder], user_started=False))

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        folders = self.library.folders
        if not folders:
            action = self.remove_menu.addAction(self.tr("(no folders)"))
            action.setEnabled(False)
        for folder in folders:
            action = self.remove_menu.addAction(folder)
            action.triggered.connect(lambda _=False, f=folder: self.remove_folder(f))

    def cancel_sync(self) -> None:
        self.sync_queue.cancel()
        self.sync_label.setText(self.tr("Cancelling…"))

    def _folder_changed(self, folder: str) -> None:
        if folder in self.library.folders:
            self.sync_queue.enqueue(SyncJob("sync", [folder], user_started=False))

    def _sync_started(self, job: SyncJob) -> None:
        if job.kind == "open":
            return
        self._eta = EtaEstimator()
        self.sync_label.setText(self.tr("Indexing…") if job.kind == "sync" else self.tr("Removing folder…"))
        self.sync_progress.setRange(0, 0)
        self.cancel_button.setEnabled(job.kind == "sync")
        for widget in (self.sync_label, self.sync_progress, self.cancel_button):
            widget.show()
        if not self.search_input.text().strip() and self._opened:
            self._show_idle_state()

    def _sync_progress(self, job: SyncJob, progress: SyncProgress) -> None:
        if job.cancel.is_set():
            return
        self.sync_progress.setRange(0, max(progress.total, 1))
        self.sync_progress.setValue(progress.done)
        left = self._eta.update(progress)
        text = self.tr("%1 of %2 files").replace("%1", self._locale.toString(progress.done)).replace(
            "%2", self._locale.toString(progress.total))
        if left is not None and progress.done < progress.total:
            text += " · " + self.tr("about %1 left").replace("%1", _fmt_duration(left))
        self.sync_label.setText(text)

    def _sync_finished(self, job: SyncJob, outcome: object) -> None:
        if job.doc_count is not None:
            self._doc_count = job.doc_count
        if job.kind == "open":
            self._after_open(job, outcome if isinstance(outcome, str) else None)
            self.syncFinished.emit(job, outcome)
            return
        if job.kind == "remove":
            self._notice(
                self.tr("Folder removed from the library; %1 articles left the index (files untouched).").replace(
                    "%1", str(outcome)), 8000)
            if self._watch:
                self.watcher.set_folders(self.library.folders)
        elif isinstance(outcome, SyncReport):
            self._report_sync(job, outcome)
        self._refresh_results()
        self.syncFinished.emit(job, outcome)

    def _report_sync(self, job: SyncJob, report: SyncReport) -> None:
        found = report.added + report.updated + report.unchanged + report.removed
        if not report.cancelled and found == 0 and job.folders:
            self.message_bar.show_message(
                self.tr("No article files (.txt or .md) were found in %1. Choose another folder.").replace(
                    "%1", ", ".join(job.folders)),
                "warning",
                [(self.tr("Choose another folder…"), self.choose_folder)],
            )
        if job.user_started or report.cancelled:
            self.summary_dialog = SyncSummaryDialog(report, job.folders or [], self)
            self.summary_dialog.setModal(False)
            self.summary_dialog.show()
        else:
            self._notice(
                self.tr("Index updated: %1 added, %2 updated, %3 removed.").replace("%1", str(report.added)).replace(
                    "%2", str(report.updated)).replace("%3", str(report.removed)), 8000)

    def _notice(self, text: str, msecs: int = 8000) -> None:
        """A passing remark in the status bar that leaves the result count visible."""
        self.notice_label.setText(text)
        self._notice_timer.start(msecs)

    def _sync_failed(self, job: SyncJob, kind: str, message: str) -> None:
        if kind == "busy":
            self.message_bar.show_message(
                self.tr("Another indexing run is using the index (perhaps the telusur command). "
                        "Try again when it has finished."),
                "warning",
                [(self.tr("Try again"), lambda: self.sync_queue.enqueue(SyncJob(job.kind, job.folders)))],
            )
        elif kind == "os":
            self.message_bar.show_message(
                self.tr("Indexing stopped: %1. Check the folder, or choose another one.").replace("%1", message),
                "error",
                [(self.tr("Choose another folder…"), self.choose_folder)],
            )
        else:
            self.message_bar.show_message(
                self.tr("Indexing stopped: %1. Reindexing everything rebuilds the index.").replace("%1", message),
                "error",
                [(self.tr("Reindex all"), self.reindex_all)],
            )
        if job.kind == "open":
            self._opened = True
            self._show_idle_state()
        self.syncFailed.emit(job, kind, message)

    def _sync_idle(self) -> None:
        for widget in (self.sync_label, self.sync_progress, self.cancel_button):
            widget.hide()

    def _refresh_results(self) -> None:
        """Show what the commit changed: rerun the current query, or update the idle text."""
        if self._request is not None:
            self.search_now()
        elif self._opened:
            self._show_idle_state()

    # ------------------------------------------------------------------ settings
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        splitter = s.value("window/splitter")
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        sort = s.value("filter/sort", "relevance")
        index = self.sort_combo.findData(sort)
        self.sort_combo.blockSignals(True)
        self.sort_combo.setCurrentIndex(max(0, index))
        self.sort_combo.blockSignals(False)
        self.date_filter.restore({
            "preset": s.value("filter/preset", "all"),
            "from": s.value("filter/from", ""),
            "to": s.value("filter/to", ""),
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

    def shutdown(self, wait_ms: int = 15000) -> None:
        """Stop background work cleanly: a running sync is cancelled and keeps what it did."""
        self._debounce.stop()
        self.sync_queue.cancel()
        self.runner.invalidate()
        self.sync_queue.wait(wait_ms)
        self.runner.wait(wait_ms)
        self.engine.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)
