"""The summary after a reindex: counts, and the skipped files with their reasons."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telusur.index import SyncReport, display_path

from .translations import with_args


class SyncSummaryDialog(QDialog):
    def __init__(self, report: SyncReport, folders: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncSummary")
        self.report = report
        self.setWindowTitle(self.tr("Indexing finished") if not report.cancelled else self.tr("Indexing cancelled"))
        layout = QVBoxLayout(self)
        where = ", ".join(folders) if folders else self.tr("all library folders")
        head = QLabel(self)
        head.setWordWrap(True)
        head.setText(
            (self.tr("Indexing was cancelled; the articles read so far are kept.") + "\n" if report.cancelled else "")
            + with_args(self.tr("Folders: %1"), where)
        )
        layout.addWidget(head)
        counts = QLabel(self)
        counts.setObjectName("syncCounts")
        counts.setText(with_args(
            self.tr("%1 added · %2 updated · %3 removed · %4 unchanged · %5 skipped · %6 s"),
            report.added, report.updated, report.removed, report.unchanged, len(report.skipped),
            f"{report.elapsed_s:.1f}",
        ))
        layout.addWidget(counts)
        self.skipped_view = QTreeWidget(self)
        self.skipped_view.setObjectName("skippedFiles")
        self.skipped_view.setAccessibleName(self.tr("Skipped files and reasons"))
        self.skipped_view.setHeaderLabels([self.tr("Skipped file"), self.tr("Reason")])
        self.skipped_view.setRootIsDecorated(False)
        for item in report.skipped:
            where = display_path(item.path) + (f" #{item.record}" if item.record is not None else "")
            self.skipped_view.addTopLevelItem(QTreeWidgetItem([where, item.reason]))
        for warning in report.warnings[:500]:
            self.skipped_view.addTopLevelItem(
                QTreeWidgetItem(
                    [display_path(warning.path), with_args(self.tr("indexed with a warning: %1"), warning.message)]
                )
            )
        self.skipped_view.resizeColumnToContents(0)
        self.skipped_view.setVisible(bool(report.skipped or report.warnings))
        layout.addWidget(self.skipped_view)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 380 if self.skipped_view.isVisible() else 160)
