"""The status bar after Cancel: "Cancelling…" at once, "Stopped; saving…" when no file is read any more."""
from __future__ import annotations

from PySide6.QtCore import QLocale

from telusur.gui.statusbar import SyncStatus
from telusur.gui.usertypes import JobKind
from telusur.gui.workers import SyncJob
from telusur.index import SyncPhase, SyncProgress


def _run_to_cancel(status: SyncStatus) -> SyncJob:
    job = SyncJob(JobKind.SYNC, ["/x"])
    status.on_started(job)
    status.on_progress(job, SyncProgress(400, 2000, "", 1.0))
    status.cancel_button.click()
    job.cancel.set()  # as SyncQueue.cancel does
    return job


def test_the_bar_says_the_run_stopped_and_the_button_stays_disabled(qtbot) -> None:
    status = SyncStatus(QLocale(QLocale.Language.English))
    qtbot.addWidget(status)
    job = _run_to_cancel(status)
    assert status.label.text() == "Cancelling…" and not status.cancel_button.isEnabled()
    status.on_progress(job, SyncProgress(412, 2000, "", 1.2))  # a count still on its way: ignored
    assert status.label.text() == "Cancelling…"
    status.on_progress(job, SyncProgress(416, 2000, "", 1.3, SyncPhase.STOPPED))
    assert status.label.text() == "Stopped; saving the 416 files indexed so far…"
    assert status.progress_bar.maximum() == 0  # busy, not a count: the kept work is being written
    assert not status.cancel_button.isEnabled()


def test_the_stopped_text_is_in_indonesian(qtbot, indonesian) -> None:
    status = SyncStatus(QLocale(QLocale.Language.Indonesian))
    qtbot.addWidget(status)
    job = _run_to_cancel(status)
    status.on_progress(job, SyncProgress(1416, 2000, "", 1.3, SyncPhase.STOPPED))
    assert status.label.text() == "Dihentikan; menyimpan 1.416 berkas yang sudah diindeks…"
