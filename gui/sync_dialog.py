"""The summary after a reindex: counts, the skipped files and the files indexed with a warning.

Numbers follow the window's locale (``1.500``, ``43,1 dtk`` in Indonesian),
and the core's English reasons go through ``core_messages``. Skipped files
(not in the index) and warned ones (in the index, e.g. undated) are two lists
because they ask different things of the user.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telusur.index import Skipped, SyncReport, display_path

from .core_messages import core_text
from .translations import with_args

MAX_LISTED = 500  # rows per list; a 20,000-file folder of undated articles must not freeze the dialog



def _where(item: Skipped) -> str:
    """The skipped file, readably, with the record number of a data-set record."""
    return display_path(item.path) + (f" #{item.record}" if item.record is not None else "")


class SyncSummaryDialog(QDialog):
    def __init__(self, report: SyncReport, folders: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSummary")
        self.report = report
        self.setWindowTitle(self.tr("Indexing finished") if not report.cancelled else self.tr("Indexing cancelled"))
        # The window's locale (Indonesian or English); a dialog is a top-level window, so it does not inherit it.
        locale = parent.locale() if parent is not None else self.locale()
        self.setLocale(locale)
        layout = QVBoxLayout(self)
        where = ", ".join(folders) if folders else self.tr("all library folders")
        head = QLabel(self)
        head.setWordWrap(True)
        head.setText(
            (self.tr("Indexing was cancelled; the articles read so far are kept.") + "\n" if report.cancelled else "")
            + with_args(self.tr("Folders: %1"), where)
        )
        layout.addWidget(head)
        self.counts = QLabel(self)
        self.counts.setObjectName("syncCounts")
        self.counts.setText(with_args(
            self.tr("%1 added · %2 updated · %3 removed · %4 unchanged · %5 skipped · %6 with a warning · %7 s"),
            *(locale.toString(n) for n in (report.added, report.updated, report.removed, report.unchanged,
                                           len(report.skipped), len(report.warnings))),
            locale.toString(float(report.elapsed_s), "f", 1),
        ))
        layout.addWidget(self.counts)
        self.skipped_view = self._list(
            "skippedFiles", self.tr("Skipped files and reasons"), [self.tr("Skipped file"), self.tr("Reason")],
            ((_where(item), core_text(item.reason)) for item in report.skipped),
        )
        layout.addWidget(self.skipped_view)
        self.warnings_view = self._list(
            "warningFiles", self.tr("Files indexed with a warning"),
            [self.tr("Indexed with a warning"), self.tr("Warning")],
            ((display_path(warning.path), core_text(warning.message)) for warning in report.warnings),
        )
        layout.addWidget(self.warnings_view)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        lists = bool(report.skipped) + bool(report.warnings)
        self.resize(640, 160 + 220 * lists)

    def _list(self, name: str, accessible: str, headers: list[str], rows: Iterable[tuple[str, str]]) -> QTreeWidget:
        view = QTreeWidget(self)
        view.setObjectName(name)
        view.setAccessibleName(accessible)
        view.setHeaderLabels(headers)
        view.setRootIsDecorated(False)
        for i, (path, reason) in enumerate(rows):
            if i >= MAX_LISTED:
                break
            view.addTopLevelItem(QTreeWidgetItem([path, reason]))
        view.resizeColumnToContents(0)
        view.setVisible(view.topLevelItemCount() > 0)
        return view
