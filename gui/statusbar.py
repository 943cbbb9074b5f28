"""The status bar's parts, each a small widget that only displays what it is told.

Like qutebrowser's statusbar widgets: the window connects signals to their
``on_*`` slots and they keep no knowledge of where the news came from.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from telusur.index import SyncPhase, SyncProgress
from telusur.searcher import SearchResult

from .date_display import format_duration
from .translations import with_args
from .usertypes import JobKind
from .workers import SyncJob


def fmt_duration(seconds: float, lang: str = "en") -> str:
    """The app's one way to write a duration: ``45 s``, ``3 min 07 s``, ``1 h 02 min`` (``dtk``, ``mnt``,
    ``j`` in Indonesian). The ETA said "1:54" and "18 s" while the summary said "49,4 dtk"."""
    return format_duration(seconds, lang)


class EtaEstimator:
    """Time left from the throughput so far (files per second since the first report).

    The whole run's average, not the last burst: parallel workers report in
    bursts, and a recent rate promised "about 11 s left" with 30 s to go.
    Writing the index (``SyncPhase.COMMITTING``) has no files to count: no estimate.
    """

    def __init__(self) -> None:
        self._first: tuple[int, float] | None = None

    def update(self, progress: SyncProgress, now: float | None = None) -> float | None:
        now = time.monotonic() if now is None else now
        if self._first is None:
            self._first = (progress.done, now)
        if progress.phase is SyncPhase.COMMITTING or progress.total <= progress.done:
            return None
        done, seconds = progress.done - self._first[0], now - self._first[1]
        if done <= 0 or seconds <= 0:
            return None
        return (progress.total - progress.done) * seconds / done


class ResultCount(QLabel):
    """``25 results · 12 ms``; with wire copies folded ``5 results (7 articles including copies) · 12 ms``.

    How to read them is said above the list (``result_notes``). With copies
    folded the list has one row per story, so the count is of those rows
    (``SearchResult.groups``, counted by the engine with the folding itself)
    and the articles behind them follow in brackets.
    """

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusLabel")
        self._locale = locale

    def on_result(self, result: SearchResult) -> None:
        count = self._locale.toString(result.total)
        if not result.total_exact:
            count = "±" + count  # an estimate until the count arrives
        if folded_away(result):
            text = with_args(
                self.tr("%1 result (%2 articles including copies)") if result.groups == 1
                else self.tr("%1 results (%2 articles including copies)"),
                self._locale.toString(result.groups), count,
            )
        else:
            text = with_args(self.tr("%1 result") if result.total == 1 else self.tr("%1 results"), count)
        text += f" · {result.elapsed_ms:.0f} ms"
        self.setText(text)

    def on_cleared(self) -> None:
        self.setText("")


def folded_away(result: SearchResult) -> bool:
    """Whether folding wire copies left fewer rows than articles (a folded search is always counted exactly)."""
    return result.request.group_copies and result.total_exact and 0 < result.groups < result.total


class Notice(QLabel):
    """A passing remark that clears itself and leaves the result count visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeLabel")
        self.setStyleSheet("color: #555555; margin-left: 16px;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear)

    def on_notice(self, text: str, msecs: int) -> None:
        self.setText(text)
        self._timer.start(msecs)


class SyncStatus(QWidget):
    """What the background indexing is doing: label, progress, time left, cancel.

    Hidden while the queue is idle; ``cancelRequested`` asks the owner to stop.
    """

    cancelRequested = Signal()

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._locale = locale
        self._lang = "id" if locale.language() == QLocale.Language.Indonesian else "en"
        self._eta = EtaEstimator()
        self.label = QLabel(self)
        self.label.setObjectName("syncLabel")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("syncProgress")
        self.progress_bar.setAccessibleName(self.tr("Indexing progress"))
        self.progress_bar.setMaximumWidth(220)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("cancelSync")
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel indexing"))
        self.cancel_button.clicked.connect(self._cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.progress_bar, self.cancel_button):
            layout.addWidget(widget)
        self.hide()

    def on_started(self, job: SyncJob) -> None:
        if job.kind == JobKind.OPEN:
            return
        self._eta = EtaEstimator()
        self.label.setText(self.tr("Indexing…") if job.kind == JobKind.SYNC else self.tr("Removing folder…"))
        self.progress_bar.setRange(0, 0)
        self.cancel_button.setEnabled(job.kind == JobKind.SYNC)
        self.show()

    def on_progress(self, job: SyncJob, progress: SyncProgress) -> None:
        if job.cancel.is_set():
            if progress.phase is SyncPhase.STOPPED:  # no file is read any more; the kept work is being saved
                self.progress_bar.setRange(0, 0)
                self.label.setText(with_args(
                    self.tr("Stopped; saving the %1 files indexed so far…"), self._locale.toString(progress.done)))
            return
        if progress.phase is SyncPhase.COMMITTING:
            self.progress_bar.setRange(0, 0)  # writing the index: busy, not stuck at 100 %
        else:
            self.progress_bar.setRange(0, max(progress.total, 1))
            self.progress_bar.setValue(progress.done)
        left = self._eta.update(progress)
        text = with_args(
            self.tr("%1 of %2 files"), self._locale.toString(progress.done), self._locale.toString(progress.total)
        )
        if left is not None and progress.done < progress.total:
            text += " · " + with_args(self.tr("about %1 left"), fmt_duration(left, self._lang))
        self.label.setText(text)

    def on_idle(self) -> None:
        self.hide()

    def _cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)  # pressed once is enough: a second press would do nothing
        self.cancelRequested.emit()
        self.label.setText(self.tr("Cancelling…"))
