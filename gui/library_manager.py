"""The library manager: the folders Telusur indexes, with their article counts and last sync.

Reindexing or removing one folder happens here; removing asks first, because
the folder's articles leave the index (its files are never touched).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telusur.index import FolderStats

from .background import Background
from .date_display import format_datetime
from .indexing import IndexingController
from .translations import with_args


def confirm_remove(parent: QWidget | None, folder: str, articles: int | None, locale: QLocale) -> bool:
    """Ask before a folder leaves the library; the default answer is Keep."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setObjectName("confirmRemove")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LibraryManager", "Remove folder from library"))
    count = locale.toString(articles) if articles is not None else "?"
    box.setText(with_args(translate("LibraryManager", "Remove %1 from the library?"), folder))
    box.setInformativeText(with_args(
        translate("LibraryManager", "Its %1 articles leave the index. The files themselves stay where "
                              "they are; you can add the folder again later."), count))
    remove = box.addButton(translate("LibraryManager", "Remove"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("LibraryManager", "Keep"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is remove


class LibraryManager(QDialog):
    """Non-modal: it refreshes itself whenever the index changes."""

    COLUMNS = 3
    counted = Signal()  # the table shows fresh counts (tests wait on it)

    def __init__(self, indexing: IndexingController, locale: QLocale, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryManager")
        self.setWindowTitle(self.tr("Library"))
        self.indexing = indexing
        self._locale = locale
        self._lang = lang
        self.stats: list[FolderStats] = []
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The folders Telusur indexes. Removing a folder never touches its files."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("libraryFolders")
        self.table.setAccessibleName(self.tr("Library folders"))
        self.table.setHorizontalHeaderLabels([self.tr("Folder"), self.tr("Articles"), self.tr("Last synced")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("The library has no folders yet."), self)
        layout.addWidget(self.empty_label)

        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(self.tr("Add archive folder…"), self)
        self.add_button.setObjectName("managerAdd")
        self.reindex_button = QPushButton(self.tr("Reindex"), self)
        self.reindex_button.setObjectName("managerReindex")
        self.reindex_button.setToolTip(self.tr("Bring the index up to date with the selected folder"))
        self.remove_button = QPushButton(self.tr("Remove…"), self)
        self.remove_button.setObjectName("managerRemove")
        self.remove_button.setToolTip(self.tr("Remove the selected folder from the library (asks first)"))
        for button in (self.add_button, self.reindex_button, self.remove_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(indexing.choose_folder)
        self.reindex_button.clicked.connect(self.reindex_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        indexing.indexChanged.connect(self.refresh)
        indexing.failed.connect(lambda *_: self.refresh())
        self.resize(720, 320)
        # Counting a folder's articles scans the index's file column (and may wait for its lock):
        # off the GUI thread, the table shows the folders with "?" meanwhile.
        self.background = Background(self)
        self.background.done.connect(self._counted)
        self._ticket = 0
        self.refresh()

    def refresh(self) -> None:
        """Read the folders' counts and sync times again (in the background), keeping the selection."""
        library = self.indexing.library

        def count() -> list[FolderStats]:
            try:
                return library.folder_stats()
            except Exception:  # an unreadable index: still list the folders, counts unknown
                return [FolderStats(f, -1, None) for f in library.folders]

        if not self.stats:
            self._show([FolderStats(f, -1, None) for f in self.indexing.folders])
        self._ticket = self.background.run(count)

    def _counted(self, ticket: int, stats: list[FolderStats]) -> None:
        if ticket == self._ticket:
            self._show(stats)
            self.counted.emit()

    def _show(self, stats: list[FolderStats]) -> None:
        selected = self.selected_folder()
        self.stats = stats
        self.table.setRowCount(len(self.stats))
        for row, stat in enumerate(self.stats):
            folder = QTableWidgetItem(stat.folder)
            folder.setToolTip(stat.folder)
            count = QTableWidgetItem(self._locale.toString(stat.articles) if stat.articles >= 0 else "?")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            when = format_datetime(stat.last_sync, lang=self._lang) if stat.last_sync else self.tr("never")
            for column, item in enumerate((folder, count, QTableWidgetItem(when))):
                self.table.setItem(row, column, item)
            if stat.folder == selected:
                self.table.selectRow(row)
        if selected is None and self.stats:
            self.table.selectRow(0)
        self.empty_label.setVisible(not self.stats)
        self._update_buttons()

    def selected_folder(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.stats):
            return None
        return self.stats[rows[0].row()].folder

    def reindex_selected(self) -> None:
        folder = self.selected_folder()
        if folder is not None:
            self.indexing.reindex_folders([folder])

    def remove_selected(self) -> None:
        folder = self.selected_folder()
        if folder is None:
            return
        articles = next((s.articles for s in self.stats if s.folder == folder), None)
        if confirm_remove(self, folder, articles, self._locale):
            self.indexing.remove_folder(folder)

    def _update_buttons(self) -> None:
        chosen = self.selected_folder() is not None
        self.reindex_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
