"""Reindexing in the background: progress, cancel, counts, searching meanwhile, removal, watching."""
from __future__ import annotations

from datetime import datetime

from helpers import use_settings, write_article
from PySide6.QtWidgets import QFileDialog, QPushButton

from telusur.gui.indexing import RETRY_ATTEMPTS
from telusur.gui.usertypes import FailureKind, JobKind, MessageLevel
from telusur.gui.workers import FolderRemoved, SyncJob
from telusur.index import SyncReport

N = 40


def _folder(tmp_path, n: int = N):
    folder = tmp_path / "berita"
    for i in range(n):
        write_article(folder, f"b{i:03d}.txt", f"Panen padi di desa {i}", datetime(2024, 5, 1 + i % 28, 9, 0),
                      f"Petani memanen padi di desa nomor {i}. Hasil panen meningkat.")
    return folder


def test_reindex_progress_cancel_then_finish_with_right_counts(qtbot, make_window, tmp_path, gate, monkeypatch):
    folder = _folder(tmp_path)
    window = make_window()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(folder))
    progress = []
    window.sync_queue.progress.connect(lambda job, p: progress.append(p))

    held = gate(after=5)
    window.reindex_action.trigger()  # the toolbar/menu action, with the chooser answered
    qtbot.waitUntil(lambda: held.reached.is_set() and bool(progress), timeout=10000)
    assert window.sync_status.progress_bar.isVisible() and window.sync_status.cancel_button.isEnabled()
    assert progress[0].total == N

    # a search while the sync is busy still answers
    assert window.sync_queue.busy
    window.search_input.setText("fotovoltaik")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()
    assert window.model.rowCount() == 1
    assert window.sync_queue.busy

    with qtbot.waitSignal(window.syncFinished, timeout=10000) as finished:
        window.sync_status.cancel_button.click()
        held.release.set()
    first: SyncReport = finished.args[1]
    assert first.cancelled
    assert 0 < first.added < N
    assert window.indexing.summary_dialog is not None and window.indexing.summary_dialog.isVisible()
    window.indexing.summary_dialog.close()

    with qtbot.waitSignal(window.syncFinished, timeout=10000) as finished:
        window.indexing.index_folder(str(folder))
    second: SyncReport = finished.args[1]
    assert not second.cancelled
    assert second.added == N - first.added
    assert second.unchanged == first.added
    assert second.removed == 0 and not second.skipped
    assert progress[-1].done == progress[-1].total
    assert "0 removed" in window.indexing.summary_dialog.findChild(object, "syncCounts").text()
    assert not window.sync_status.progress_bar.isVisible()

    # results refreshed after the commit: a word from the new folder is found
    window.search_input.setText("padi")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()
    assert window.model.total == N


def test_summary_lists_skipped_files_with_reasons(qtbot, make_window, tmp_path):
    folder = _folder(tmp_path, 3)
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    (folder / "biner.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000) as finished:
        window.indexing.index_folder(str(folder))
    report = finished.args[1]
    assert report.added == 3 and len(report.skipped) == 2
    tree = window.indexing.summary_dialog.skipped_view
    assert tree.isVisibleTo(window.indexing.summary_dialog)
    listed = {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}
    assert str(folder / "kosong.txt") in listed and all(listed.values())


def test_remove_folder_drops_documents_not_files(qtbot, make_window, tmp_path):
    folder = _folder(tmp_path, 5)
    window = make_window()
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    assert window.library.document_count() == 6
    with qtbot.waitSignal(window.syncFinished, timeout=10000) as removed:
        window.indexing.remove_folder(str(folder))
    assert removed.args[1] == FolderRemoved(5)
    assert window.library.document_count() == 1
    assert len(list(folder.iterdir())) == 5
    assert str(folder) not in window.library.folders


def test_unreadable_folder_and_empty_folder_give_a_way_forward(qtbot, make_window, tmp_path):
    window = make_window(seeds=False)
    assert window.indexing.index_folder(str(tmp_path / "nope")) is None
    assert "Choose another folder" in window.message_bar.text
    assert window.message_bar.action_labels == ["Choose another folder…"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(empty), user_started=False)
    assert "No article files" in window.message_bar.text
    assert window.empty_state.state in ("empty-library", "start")


def test_new_file_in_watched_folder_is_indexed(qtbot, make_window, tmp_path):
    folder = _folder(tmp_path, 2)
    window = make_window(seeds=False, watch=True)
    window.watcher._timer.setInterval(100)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    with qtbot.waitSignal(window.syncFinished, timeout=15000) as done:
        write_article(folder, "baru.txt", "Gempa di Sulawesi", datetime(2024, 8, 1, 10, 0), "Gempa mengguncang.")
    assert done.args[1].added == 1
    window.search_input.setText("gempa")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()
    assert window.model.rowCount() == 1


def test_broken_index_is_rebuilt_with_a_message(qtbot, make_window, tmp_path):
    index_dir = tmp_path / "index"
    window = make_window(index_dir=index_dir)
    window.close()
    for f in (index_dir / "whoosh").iterdir():
        if f.suffix == ".seg" or f.name.endswith(".toc"):
            f.write_bytes(b"garbage")
    again = make_window(index_dir=index_dir)
    assert "rebuilt" in again.message_bar.text
    assert again.library.document_count() == 1


def test_reindex_with_worker_processes_from_the_app(qtbot, make_window, tmp_path, monkeypatch):
    """Large folders are indexed by spawned worker processes; that must work from a Qt thread."""
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=2)
    folder = _folder(tmp_path)
    window = make_window()
    with qtbot.waitSignal(window.syncFinished, timeout=60000) as finished:
        window.indexing.index_folder(str(folder))
    report: SyncReport = finished.args[1]
    assert (report.added, report.cancelled) == (N, False)
    with window.library.whoosh_index().searcher() as searcher:  # test-only peek: two segments were built
        assert len(searcher.reader().leaf_readers()) >= 2
    window.search_input.setText("panen padi")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()
    assert window.model.rowCount() >= 1


def test_each_failure_kind_gets_its_own_way_forward(qtbot, make_window):
    window = make_window(seeds=False)
    # A busy index is first retried by itself (test_index_recovery.py); the message comes when retries run out.
    job = SyncJob(JobKind.SYNC, ["/arsip"], attempt=RETRY_ATTEMPTS)
    expected = {
        FailureKind.BUSY: (MessageLevel.WARNING, "Another indexing run", ["Try again"]),
        FailureKind.OS: (MessageLevel.ERROR, "Indexing stopped: denied. Check the folder", ["Choose another folder…"]),
        FailureKind.ERROR: (MessageLevel.ERROR, "Indexing stopped: denied. Reindexing", ["Reindex all"]),
    }
    for kind, (level, start, actions) in expected.items():
        with qtbot.waitSignal(window.syncFailed, timeout=1000) as failed:
            window.sync_queue.failed.emit(job, kind, "denied")  # as the worker reports it
        assert failed.args == [job, kind, "denied"] and failed.args[1] == kind.value
        assert window.message_bar.level == level
        assert window.message_bar.text.startswith(start)
        assert window.message_bar.action_labels == actions
    with qtbot.waitSignal(window.syncFinished, timeout=10000) as retried:  # "Try again" re-queues the same job
        window.sync_queue.failed.emit(job, FailureKind.BUSY, "locked")
        buttons = window.message_bar.findChildren(QPushButton)
        next(b for b in buttons if b.text() == "Try again" and b.isVisible()).click()
    assert retried.args[0].kind == JobKind.SYNC and retried.args[0].folders == ["/arsip"]
