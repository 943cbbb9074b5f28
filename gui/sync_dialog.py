"""The summary after a reindex: counts, the skipped files and the files indexed with a warning.

Numbers follow the window's locale (``1.500``, ``43,1 dtk`` in Indonesian),
and the core's English reasons go through ``core_messages``. Skipped files
(not in the index) and warned ones (in the index, e.g. undated) are two lists
because they ask different things of the user. A library folder that no
longer exists is skipped on every reindex: the dialog says so and offers the
library manager, where it can be removed.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from telusur.index import Skipped, SkipReason, SyncReport, display_path, message_code

from .core_messages import core_text
from .translations import with_args

MAX_LISTED = 500  # rows per list; a 20,000-file folder of undated articles must not freeze the dialog



def is_missing_folder(item: Skipped) -> bool:
    """A library folder that is not there (moved, deleted, or its drive unplugged)."""
    code = message_code(item.reason)
    if code is not None:
        return code is SkipReason.FOLDER_NOT_FOUND
    return str(item.reason) == SkipReason.FOLDER_NOT_FOUND.value  # the text, if a copy lost its code


def _where(item: Skipped) -> str:
    """The skipped file, readably, with the record number of a data-set record."""
    return display_path(item.path) + (f" #{item.record}" if item.record is not None else "")


@dataclass
class AutomaticUpdates:
    """What the folder watcher's syncs changed since the last summary the user saw."""

    added: int = 0
    updated: int = 0
    removed: int = 0

    def add(self, report: SyncReport) -> None:
        self.added += report.added
        self.updated += report.updated
        self.removed += report.removed

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


class SyncSummaryDialog(QDialog):
    def __init__(self, report: SyncReport, folders: list[str], parent: QWidget | None = None, *,
                 manage_library: Callable[[], object] | None = None,
                 automatic: AutomaticUpdates | None = None) -> None:
        """``manage_library``: opens the library manager (a missing folder is removed there).
        ``automatic``: what automatic updates did since the last summary (Ctrl+R right after adding
        files found nothing new, because the watcher had indexed them: the summary says so)."""
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
        self.automatic = QLabel(self)
        self.automatic.setObjectName("syncAutomatic")
        self.automatic.setWordWrap(True)
        if automatic:
            self.automatic.setText(with_args(
                self.tr("Before this run, automatic updates (new or changed files in the library's folders) "
                        "had already added %1, updated %2 and removed %3 articles."),
                *(locale.toString(n) for n in (automatic.added, automatic.updated, automatic.removed))))
        self.automatic.setVisible(bool(automatic))
        layout.addWidget(self.automatic)
        # What happened to the run itself (a worker process killed, …): the CLI prints these too.
        self.run_notes = QLabel(self)
        self.run_notes.setObjectName("syncNotes")
        self.run_notes.setWordWrap(True)
        self.run_notes.setText("\n".join(core_text(note) for note in report.notes))
        self.run_notes.setVisible(bool(report.notes))
        layout.addWidget(self.run_notes)
        missing = [display_path(item.path) for item in report.skipped if is_missing_folder(item)]
        self.missing_hint = QLabel(self)
        self.missing_hint.setObjectName("missingFolders")
        self.missing_hint.setWordWrap(True)
        self.missing_hint.setText(self._missing_text(missing))
        self.missing_hint.setVisible(bool(missing))
        layout.addWidget(self.missing_hint)
        missing_reason = self.tr("folder no longer exists (moved or deleted); its articles stay in the index")
        self.skipped_view = self._list(
            "skippedFiles", self.tr("Skipped files and reasons"), [self.tr("Skipped file"), self.tr("Reason")],
            ((_where(item), missing_reason if is_missing_folder(item) else core_text(item.reason))
             for item in report.skipped),
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
        self.manage_button = None
        if missing and manage_library is not None:
            self.manage_button = buttons.addButton(self.tr("Manage library…"), QDialogButtonBox.ButtonRole.ActionRole)
            self.manage_button.setObjectName("manageLibraryButton")
            self.manage_button.clicked.connect(self.accept)
            self.manage_button.clicked.connect(manage_library)
        layout.addWidget(buttons)
        lists = bool(report.skipped) + bool(report.warnings)
        self.resize(640, 160 + 220 * lists)

    def _missing_text(self, missing: list[str]) -> str:
        if not missing:
            return ""
        if len(missing) == 1:
            text = with_args(self.tr("The library folder %1 no longer exists, so it is skipped on every reindex."),
                             missing[0])
        else:
            text = with_args(self.tr("%1 library folders no longer exist, so they are skipped on every reindex: %2."),
                             self.locale().toString(len(missing)), ", ".join(missing))
        return text + " " + self.tr(
            "Their articles stay in the index. To remove a folder from the library, open "
            "Library ▸ Manage library…; or put the folder back where it was."
        )

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
