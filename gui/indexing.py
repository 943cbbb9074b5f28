"""The indexing controller: every change to the index the app makes, and what the user hears of it.

It owns the sync queue and the folder watcher, checks folders before adding
them, runs the first-run seeds, and turns a finished or failed job into a
notice, a message with a way forward (in the message bar it is given), or the
summary dialog. The status widgets and the search presenter learn of its work
only through its signals, so the window just wires them up.
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from telusur.index import Library, Opened, OpenState, SyncReport
from telusur.index.paths import normalize_folder

from .core_messages import core_text
from .message_bar import MessageBar
from .sync_dialog import AutomaticUpdates, SyncSummaryDialog
from .translations import with_args
from .usertypes import FailureKind, JobKind, MessageLevel
from .watcher import FolderWatcher
from .workers import FolderRemoved, JobOutcome, SyncJob, SyncQueue

NOTICE_MS = 8000
# A job that met "busy" (a CLI run holds the index) is tried again after
# 2, 4, 8, … seconds, at most this many times, before the user is asked.
RETRY_FIRST_MS = 2000
RETRY_MAX_MS = 60_000
RETRY_ATTEMPTS = 8
# How often the app looks whether its index folder was deleted under it.
INDEX_CHECK_MS = 5000
SEEDS_OFFERED = "seedsOffered"  # settings key: the bundled seeds were indexed once


class IndexingController(QObject):
    """Queues opens, syncs and removals, one at a time, and reports how they went."""

    opened = Signal()  # the index is open and searchable (first-run work queued)
    openFailed = Signal()  # the index could not be opened; the app stays usable
    syncStarted = Signal(object)  # SyncJob (not the opening job)
    indexChanged = Signal()  # a sync or removal committed: results may be stale
    finished = Signal(object, object)  # SyncJob, JobOutcome (Opened, SyncReport or FolderRemoved)
    failed = Signal(object, str, str)  # SyncJob, FailureKind, message
    notice = Signal(str, int)  # passing remark, milliseconds to show it

    def __init__(
        self,
        library: Library,
        settings: QSettings,
        message_bar: MessageBar,
        parent: QWidget,
        *,
        seeds_dir: Path | None,
        start_folders: list[str],
        watch: bool,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.message_bar = message_bar
        self.seeds_dir = seeds_dir
        self.start_folders = list(start_folders)
        self.watch = watch
        self.sync_queue = SyncQueue(library, self)
        self.watcher = FolderWatcher(self)
        self.opening_done = False  # the opening job has ended, well or not
        self.doc_count: int | None = None
        # The library's folders as of the last job or change: read off the GUI thread by the jobs,
        # so the window never reads library.json while the user types.
        self.folders: list[str] = []
        self.summary_dialog: SyncSummaryDialog | None = None  # the latest one shown (non-modal)
        self.automatic = AutomaticUpdates()  # what the folder watcher's syncs did since the last summary
        self._window = parent
        self.watcher.folderChanged.connect(self._folder_changed)
        self.sync_queue.started.connect(self._on_started)
        self.sync_queue.finished.connect(self._on_finished)
        self.sync_queue.failed.connect(self._on_failed)
        self.retry_first_ms = RETRY_FIRST_MS
        self._index_check = QTimer(self)
        self._index_check.setInterval(INDEX_CHECK_MS)
        self._index_check.timeout.connect(self.check_index_present)

    @property
    def busy(self) -> bool:
        return self.sync_queue.busy

    @property
    def only_samples(self) -> bool:
        """The library's one folder is the bundled seeds: the user has not added an archive yet."""
        if self.seeds_dir is None:
            return False
        return self.folders == [os.path.realpath(self.seeds_dir)]

    # ------------------------------------------------------------------ start-up
    def start(self) -> None:
        """Open the index off the GUI thread; the first run then indexes the bundled seeds."""
        self.sync_queue.enqueue(SyncJob(JobKind.OPEN, user_started=False))

    def _after_open(self, opened: Opened) -> None:
        self.opening_done = True
        if self.start_folders:
            self.index_folder(self.start_folders, user_started=False)
        elif self._first_run() and self.seeds_dir is not None:
            self.settings.setValue(SEEDS_OFFERED, True)
            if self.seeds_dir.is_dir():
                self._add_and_sync([str(self.seeds_dir)], user_started=False)
        elif opened.state is OpenState.TO_REBUILD:
            self.message_bar.show_message(
                with_args(self.tr("The index could not be used (%1), so it is being rebuilt from your folders. "
                                  "Searches will find more as it fills."), core_text(opened.reason or "")),
                MessageLevel.WARNING,
            )
            self.sync_queue.enqueue(SyncJob(JobKind.SYNC, None, user_started=False))
        self._watch_folders()
        self._index_check.start()
        self.opened.emit()

    def check_index_present(self) -> bool:
        """Rebuild an index deleted while the app is open, or found damaged by a search; True if so."""
        if self.sync_queue.busy or not self.opening_done:
            return False
        if self.library.damaged:
            text = self.tr("The index is damaged; it is being rebuilt from your folders.")
        elif self.library.index_missing():
            text = self.tr("The index was deleted while Telusur was open; it is being rebuilt from your folders.")
        else:
            return False
        self.message_bar.show_message(text, MessageLevel.WARNING)
        self.sync_queue.enqueue(SyncJob(JobKind.SYNC, None, user_started=False))
        return True

    def _first_run(self) -> bool:
        return not self.folders and not self.settings.value(SEEDS_OFFERED, False, bool)

    # ------------------------------------------------------------------ user actions
    def choose_folder(self) -> None:
        """Ask for a folder, then index it.

        The platform's native chooser when the desktop offers one (GTK through
        Qt's gtk3 theme, the XDG portal, Windows, macOS): never
        DontUseNativeDialog. Elsewhere Qt's own, translated via qt_strings.
        """
        folder = QFileDialog.getExistingDirectory(
            self._window, self.tr("Choose a folder of articles"), os.path.expanduser("~"),
            QFileDialog.Option.ShowDirsOnly,
        )
        if folder:
            self.index_folder([folder])

    def index_folder(self, folders: list[str] | str, *, user_started: bool = True) -> SyncJob | None:
        """Add folders to the library and sync them in the background."""
        folders = [folders] if isinstance(folders, str) else list(folders)
        for folder in folders:
            problem = self._folder_problem(folder)
            if problem:
                self.message_bar.show_message(
                    with_args(self.tr("Cannot index %1: %2. Choose another folder."), folder, problem),
                    MessageLevel.ERROR,
                    [(self.tr("Choose another folder…"), self.choose_folder)],
                )
                return None
        return self._add_and_sync(folders, user_started=user_started)

    def _folder_problem(self, folder: str) -> str:
        """Why ``folder`` cannot be indexed, or '' when it can."""
        if not os.path.isdir(folder):
            return self.tr("it is not a folder")
        try:
            with os.scandir(folder) as entries:
                next(entries, None)
        except OSError as err:
            return err.strerror or str(err)
        return ""

    def _add_and_sync(self, folders: list[str], *, user_started: bool) -> SyncJob | None:
        """Add ``folders`` and sync them, both in the background: saving the library file may wait
        for its lock (another Telusur process), which must never freeze the window."""
        added = [normalize_folder(f) for f in folders]
        if self.watch:  # watched from now: files copied in while the first sync runs are not missed
            self.watcher.set_folders(list(dict.fromkeys(self.folders + added)))
        return self.sync_queue.enqueue(SyncJob(JobKind.SYNC, added, user_started=user_started, add_first=True))

    def reindex_all(self) -> SyncJob | None:
        if not self.folders:
            self.message_bar.show_message(
                self.tr("The library has no folders yet."), MessageLevel.INFO,
                [(self.tr("Add archive folder…"), self.choose_folder)],
            )
            return None
        return self.sync_queue.enqueue(SyncJob(JobKind.SYNC, None, user_started=True))

    def reindex_folders(self, folders: list[str]) -> SyncJob:
        """Bring some library folders up to date (the summary dialog shows at the end)."""
        return self.sync_queue.enqueue(SyncJob(JobKind.SYNC, list(folders), user_started=True))

    def remove_folder(self, folder: str) -> SyncJob:
        """Forget a folder; its documents leave the index, its files stay on disk."""
        return self.sync_queue.enqueue(SyncJob(JobKind.REMOVE, [folder], user_started=False))

    def cancel(self) -> None:
        """Stop the running job (what it did is kept) and drop the queued ones."""
        self.sync_queue.cancel()

    # ------------------------------------------------------------------ queue events
    def _watch_folders(self) -> None:
        if self.watch:
            self.watcher.set_folders(self.folders)

    def _folder_changed(self, folder: str) -> None:
        if folder in self.folders:
            self.sync_queue.enqueue(SyncJob(JobKind.SYNC, [folder], user_started=False, from_watcher=True))

    def _on_started(self, job: SyncJob) -> None:
        if job.kind != JobKind.OPEN:
            self.syncStarted.emit(job)

    def _on_finished(self, job: SyncJob, outcome: JobOutcome) -> None:
        if job.doc_count is not None:
            self.doc_count = job.doc_count
        if job.library_folders is not None:
            changed = job.library_folders != self.folders
            self.folders = job.library_folders
            if changed and job.kind != JobKind.OPEN:
                self._watch_folders()  # a folder was added by this job
        if isinstance(outcome, Opened):
            self._after_open(outcome)
            self.finished.emit(job, outcome)
            return
        if isinstance(outcome, FolderRemoved):
            self.notice.emit(with_args(
                self.tr("Folder removed from the library; %1 articles left the index (files untouched)."),
                self._window.locale().toString(outcome.documents),
            ), NOTICE_MS)
            self._watch_folders()
        else:
            self._report_sync(job, outcome)
        self.indexChanged.emit()
        self.finished.emit(job, outcome)

    def _report_sync(self, job: SyncJob, report: SyncReport) -> None:
        found = report.added + report.updated + report.unchanged + report.removed
        if not report.cancelled and found == 0 and job.folders:
            self.message_bar.show_message(
                with_args(self.tr("No article files were found in %1. Choose another folder."),
                          ", ".join(job.folders)),
                MessageLevel.WARNING,
                [(self.tr("Choose another folder…"), self.choose_folder)],
            )
        if job.user_started or report.cancelled:
            earlier = None
            if job.user_started:  # the user reads this summary: it reports the automatic updates too
                earlier, self.automatic = self.automatic, AutomaticUpdates()
            self.summary_dialog = SyncSummaryDialog(
                report, job.folders or [], self._window,
                manage_library=getattr(self._window, "show_library_manager", None), automatic=earlier,
            )
            self.summary_dialog.setModal(False)
            self.summary_dialog.show()
        elif report.added or report.updated or report.removed:  # a watcher's no-op sync says nothing
            if job.from_watcher:
                self.automatic.add(report)
            locale = self._window.locale()
            self.notice.emit(with_args(self.tr("Index updated: %1 added, %2 updated, %3 removed."),
                                       *(locale.toString(n) for n in (report.added, report.updated, report.removed))),
                             NOTICE_MS)

    def _on_failed(self, job: SyncJob, kind: FailureKind, message: str) -> None:
        message = core_text(message)
        if job.library_folders is not None:
            self.folders = job.library_folders
        if kind == FailureKind.BUSY and job.kind != JobKind.OPEN and job.attempt < RETRY_ATTEMPTS:
            delay = min(RETRY_MAX_MS, self.retry_first_ms * 2**job.attempt)
            self.notice.emit(with_args(
                self.tr("Another indexing run is using the index; trying again in %1 s."), max(1, delay // 1000)
            ), min(delay, NOTICE_MS))
            again = SyncJob(job.kind, job.folders, user_started=job.user_started, attempt=job.attempt + 1,
                            from_watcher=job.from_watcher)
            # ``self`` as context: a retry never fires after the window (and its queue) is gone.
            QTimer.singleShot(delay, self, lambda: self.sync_queue.enqueue(again))
            self.failed.emit(job, str(kind), message)
            return
        if kind == FailureKind.BUSY:
            self.message_bar.show_message(
                self.tr("Another indexing run is using the index (perhaps the telusur command). "
                        "Try again when it has finished."),
                MessageLevel.WARNING,
                [(self.tr("Try again"), lambda: self._retry(job))],
            )
        elif kind == FailureKind.OS:
            self.message_bar.show_message(
                with_args(self.tr("Indexing stopped: %1. Check the folder, or choose another one."), message),
                MessageLevel.ERROR,
                [(self.tr("Choose another folder…"), self.choose_folder)],
            )
        else:
            self.message_bar.show_message(
                with_args(self.tr("Indexing stopped: %1. Reindexing everything rebuilds the index."), message),
                MessageLevel.ERROR,
                [(self.tr("Reindex all"), self.reindex_all)],
            )
        if job.kind == JobKind.OPEN:
            self.opening_done = True
            self.openFailed.emit()
        self.failed.emit(job, str(kind), message)

    def _retry(self, job: SyncJob) -> None:
        self.sync_queue.enqueue(SyncJob(job.kind, job.folders))
