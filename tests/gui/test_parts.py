"""The window's small parts on their own: string filling, idle choice, status widgets, empty states."""
from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from telusur.gui.empty_state import EmptyStateView, idle_state
from telusur.gui.statusbar import EtaEstimator, SyncStatus, fmt_duration
from telusur.gui.suggestion import SuggestionLabel
from telusur.gui.translations import install_translator, with_args
from telusur.gui.usertypes import EmptyState, JobKind
from telusur.gui.workers import SyncJob
from telusur.index import SyncPhase, SyncProgress

ENGLISH = QLocale(QLocale.Language.English)


def _progress(done: int, total: int) -> SyncProgress:
    return SyncProgress(done=done, total=total, path="", elapsed_s=0.0)


def test_with_args_fills_once_in_any_order():
    assert with_args("%1 of %2 files", 3, 10) == "3 of 10 files"
    assert with_args("%2 dari %1", "a", "b") == "b dari a"  # a translation may reorder
    assert with_args("Cannot index %1: %2.", "/data/%2 arsip", "denied") == "Cannot index /data/%2 arsip: denied."
    assert with_args("%1 and %3", "x") == "x and %3"  # a missing value leaves the marker visible


def test_idle_state_follows_the_index_situation():
    def state(**kw):
        base = {"opened": True, "indexing": False, "doc_count": 5, "has_folders": True}
        return idle_state(**{**base, **kw})

    assert state(opened=False) == EmptyState.OPENING
    assert state(indexing=True, doc_count=0) == EmptyState.INDEXING
    assert state(indexing=True, doc_count=5) == EmptyState.START  # searchable while it syncs
    assert state(has_folders=False, doc_count=None) == EmptyState.EMPTY_LIBRARY
    assert state() == EmptyState.START == "start"


def test_durations_and_time_left():
    assert [fmt_duration(s) for s in (4.6, 187, 3723)] == ["5 s", "3 min 07 s", "1 h 02 min"]
    assert [fmt_duration(s, "id") for s in (18, 114)] == ["18 dtk", "1 mnt 54 dtk"]  # one style (25.11)
    eta = EtaEstimator()
    assert eta.update(_progress(0, 100), now=0.0) is None  # no rate yet
    assert eta.update(_progress(10, 100), now=1.0) == 9.0  # 90 files at 10 a second
    assert eta.update(_progress(40, 100), now=2.0) == 60 / 20  # throughput so far: 40 files in 2 s
    writing = SyncProgress(done=100, total=100, path="", elapsed_s=2.5, phase=SyncPhase.COMMITTING)
    assert eta.update(writing, now=2.5) is None  # writing the index: no file count to go by
    assert eta.update(_progress(100, 100), now=3.0) is None  # done


def test_sync_status_slots(qtbot):
    status = SyncStatus(ENGLISH)
    qtbot.addWidget(status)
    cancelled = []
    status.cancelRequested.connect(lambda: cancelled.append(True))
    status.on_started(SyncJob(JobKind.OPEN))
    assert status.isHidden()  # opening the index is not shown as indexing
    job = SyncJob(JobKind.SYNC, ["/x"])
    status.on_started(job)
    assert not status.isHidden() and status.cancel_button.isEnabled()
    assert status.label.text() == "Indexing…"
    status.on_progress(job, _progress(1500, 2000))
    assert status.label.text().startswith("1,500 of 2,000 files")
    assert (status.progress_bar.value(), status.progress_bar.maximum()) == (1500, 2000)
    status.on_progress(job, SyncProgress(2000, 2000, "", 3.0, SyncPhase.COMMITTING))
    assert status.progress_bar.maximum() == 0  # busy while the index is written
    status.cancel_button.click()
    assert cancelled == [True] and status.label.text() == "Cancelling…"
    job.cancel.set()
    status.on_progress(job, _progress(1600, 2000))  # late progress of a cancelled job is ignored
    assert status.label.text() == "Cancelling…"
    status.on_started(SyncJob(JobKind.REMOVE, ["/x"]))
    assert status.label.text() == "Removing folder…" and not status.cancel_button.isEnabled()
    status.on_idle()
    assert status.isHidden()


def test_empty_state_texts_and_links(qtbot):
    view = EmptyStateView(ENGLISH)
    qtbot.addWidget(view)
    view.show_state(EmptyState.START, doc_count=12345)
    assert "Type to search 12,345 articles." in view.text() and view.state == EmptyState.START
    view.show_state(EmptyState.NO_RESULTS, "<b>banjir</b>", dated=False)
    assert "&lt;b&gt;banjir&lt;/b&gt;" in view.text() and "alldates" not in view.text()
    view.show_state(EmptyState.NO_RESULTS, "banjir", dated=True)
    with qtbot.waitSignal(view.allDatesRequested, timeout=1000):
        view.linkActivated.emit("alldates")
    view.show_state(EmptyState.EMPTY_LIBRARY)
    with qtbot.waitSignal(view.chooseFolderRequested, timeout=1000):
        view.linkActivated.emit("reindex")
    view.show_state(EmptyState.QUERY_ERROR, "unbalanced quote <")
    assert view.text() == "<p>Unbalanced quote &lt;</p>"  # alone, the core's message opens a sentence


def test_suggestion_label_emits_the_word_it_shows(qtbot):
    label = SuggestionLabel()
    qtbot.addWidget(label)
    label.on_suggestion("fotovoltaik")
    assert not label.isHidden() and "fotovoltaik" in label.text()
    with qtbot.waitSignal(label.chosen, timeout=1000) as chosen:
        label.linkActivated.emit("suggest")
    assert chosen.args == ["fotovoltaik"]
    label.on_suggestion("")
    assert label.isHidden()


def test_moved_strings_are_still_translated(qtbot):
    """tr() contexts follow the class; the catalogue was regenerated for the new classes."""
    app = QApplication.instance()
    translator = install_translator(app, "id")
    assert translator is not None
    try:
        status = SyncStatus(QLocale(QLocale.Language.Indonesian))
        view = EmptyStateView(QLocale(QLocale.Language.Indonesian))
        qtbot.addWidget(status)
        qtbot.addWidget(view)
        assert status.cancel_button.text() == "Batal"
        view.show_state(EmptyState.START, doc_count=3)
        assert "Ketik untuk mencari di 3 artikel." in view.text()
        view.show_state(EmptyState.OPENING)
        assert view.text() == "Membuka pustaka…"
    finally:
        app.removeTranslator(translator)
