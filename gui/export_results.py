"""Export every match of the current query, and copy selected results as citations.

The export runs the engine's ``every_hit`` (all matches, not just the rows
loaded in the list) through its CSV/JSON/RIS writers on a thread of its own,
with progress and cancel. It writes through ``safe_write``: to a temporary
file beside the target, renamed at the end, so a cancelled or failed export
leaves no half file and never touches an existing one.
"""
from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QStandardPaths, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from telusur.analysis.safe_write import write_text_atomic
from telusur.searcher import ExportFormat, Hit, SearchEngine, SearchRequest, export

from .results_model import ResultRow
from .translations import with_args

log = logging.getLogger(__name__)
PROGRESS_EVERY = 100  # hits between progress signals
NAME_CHARS = 60  # longest file name proposed from a query


def default_export_path(query: str, folder: str) -> str:
    """``folder``/``revisi-uu-kpk.csv`` for the query "revisi uu kpk" (``telusur.csv`` when nothing is left).

    The dialog used to propose "telusur.csv" in the current directory: for an
    app started from a terminal that was the program's own folder, and every
    export had the same name.
    """
    slug = re.sub(r"[^\w]+", "-", query.casefold()).strip("-_")[:NAME_CHARS].strip("-_")
    return str(Path(folder) / f"{slug or 'telusur'}.csv")


def documents_folder() -> str:
    """Where exports go by default: the user's documents folder, else the home folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and os.path.isdir(docs) else str(Path.home())


class ExportCancelled(Exception):
    pass


def citation(row: ResultRow) -> str:
    """One result as a citation line: headline, outlet, date, link (or file)."""
    parts = [row.headline, row.source or row.folder, row.date_text, row.url or row.path]
    return ". ".join(p.strip() for p in parts if p and p.strip())


def citation_list(rows: Sequence[ResultRow]) -> str:
    return "\n".join(citation(r) for r in rows) + ("\n" if rows else "")


def format_of(path: str) -> ExportFormat:
    """The format a file name asks for (CSV when the suffix says nothing)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    return ExportFormat(suffix) if suffix in ExportFormat.__members__.values() else ExportFormat.CSV


class _Signals(QObject):
    progress = Signal(int)  # hits written so far
    finished = Signal(str, int)  # path, hits written
    failed = Signal(str)  # readable message ('' when cancelled)


class ExportTask(QRunnable):
    def __init__(self, engine: SearchEngine, request: SearchRequest, path: str, fmt: ExportFormat,
                 signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self.engine, self.request, self.path, self.fmt = engine, request, path, fmt
        self.signals, self.cancel = signals, cancel

    def _counted(self, hits: Iterator[Hit]) -> Iterator[Hit]:
        for n, hit in enumerate(hits, 1):
            if self.cancel.is_set():
                raise ExportCancelled
            yield hit
            if n % PROGRESS_EVERY == 0:
                self.signals.progress.emit(n)

    def run(self) -> None:  # noqa: D401 - QRunnable API
        # safe_write: atomic for a regular or new file (a cancel or failure leaves the old
        # one), the permissions a new file gets (colleagues may read an export), a file
        # Excel holds open retried, a device or symlink written through.
        newline = "" if self.fmt is ExportFormat.CSV else None  # the csv module writes its own line ends
        try:
            written = write_text_atomic(
                self.path, lambda out: export(self._counted(self.engine.every_hit(self.request)), self.fmt, out),
                newline=newline, shared=True,
            )
        except ExportCancelled:
            self.signals.failed.emit("")
            return
        except OSError as err:  # a full disk, a folder that is gone, a file held open: say so
            log.warning("export failed: %s", err)
            self.signals.failed.emit(f"{err.strerror or err}: {err.filename}" if err.filename else str(err))
            return
        except Exception as err:  # a query the index cannot run: say so, keep the app
            log.exception("export failed")
            self.signals.failed.emit(str(err) or type(err).__name__)
            return
        self.signals.finished.emit(str(Path(self.path)), written)


class ExportController(QObject):
    """Asks where, runs the export in the background, shows progress, offers the folder."""

    finished = Signal(str, int)  # path, hits written
    failed = Signal(str)  # message; '' when cancelled

    def __init__(self, engine: SearchEngine, parent: QWidget) -> None:
        super().__init__(parent)
        self.engine, self.window = engine, parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.cancel_event = threading.Event()
        self.progress: QProgressDialog | None = None
        self.ask_open_folder = True  # tests turn the closing question off
        self.last_folder: str | None = None  # the folder of the previous export, proposed again

    def choose_and_export(self, request: SearchRequest | None, total: int) -> None:
        if request is None:
            return
        filters = ";;".join((self.tr("CSV table (*.csv)"), self.tr("JSON (*.json)"),
                             self.tr("RIS for Zotero or Mendeley (*.ris)")))
        proposed = default_export_path(request.text, self.last_folder or documents_folder())
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export results"), proposed, filters)
        if path:
            self.last_folder = str(Path(path).parent)
            if not Path(path).suffix:
                path += "." + ("json" if "json" in chosen else "ris" if "ris" in chosen else "csv")
            self.start(request, path, total)

    def start(self, request: SearchRequest, path: str, total: int) -> None:
        """Export every match of ``request`` to ``path`` (format by suffix)."""
        self.cancel_event = threading.Event()
        label = with_args(self.tr("Exporting %1 results…"), self.window.locale().toString(total))
        self.progress = QProgressDialog(label, self.tr("Cancel"), 0, max(total, 1), self.window)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowTitle(self.tr("Export results"))
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.cancel_event.set)
        full = SearchRequest(request.text, request.date_from, request.date_to, request.sort,
                             snippets=True, sources=request.sources, group_copies=request.group_copies)
        self._pool.start(ExportTask(self.engine, full, path, format_of(path), self._signals, self.cancel_event))

    def cancel(self) -> None:
        self.cancel_event.set()

    def wait(self, msecs: int = 10000) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_progress(self, n: int) -> None:
        if self.progress is not None:
            self.progress.setValue(min(n, self.progress.maximum()))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _on_finished(self, path: str, written: int) -> None:
        self._close_progress()
        self.finished.emit(path, written)
        if not self.ask_open_folder:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Export results"),
            with_args(self.tr("%1 results written to %2. Open the folder?"), self.window.locale().toString(written),
                      path))
        if answer == QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    def _on_failed(self, message: str) -> None:
        self._close_progress()
        self.failed.emit(message)
        if message and self.ask_open_folder:
            QMessageBox.warning(self.window, self.tr("Export results"),
                                with_args(self.tr("The export failed: %1. Nothing was written."), message))
