"""What the app's background jobs hand on: one record per job kind, and the count as side work."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from helpers import write_article
from PySide6.QtWidgets import QLineEdit

from telusur.gui.usertypes import JobKind
from telusur.gui.workers import FolderRemoved, SideStage, SyncJob, SyncQueue
from telusur.index import Library, Opened, OpenState, RebuildReason, SyncReport


def _folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "news"
    for i in range(n):
        write_article(folder, f"a{i}.txt", f"Banjir {i}", datetime(2024, 2, 1 + i, 8, 0), f"Hujan deras {i}.")
    return folder


def _run(qtbot, queue: SyncQueue, job: SyncJob) -> object:
    with qtbot.waitSignal(queue.finished, timeout=20000) as done:
        queue.enqueue(job)
    assert done.args[0] is job
    return done.args[1]


def test_each_job_kind_finishes_with_its_record(qtbot, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 3)
    library = Library(tmp_path / "ix")
    library.add_folders([folder])
    queue = SyncQueue(library)
    opened = _run(qtbot, queue, SyncJob(JobKind.OPEN, user_started=False))
    assert isinstance(opened, Opened) and opened.state is OpenState.TO_REBUILD  # listed, never indexed
    assert opened.reason is not None and opened.reason.reason is RebuildReason.NO_INDEX
    report = _run(qtbot, queue, SyncJob(JobKind.SYNC, None, user_started=False))
    assert isinstance(report, SyncReport) and report.added == 3
    removed = _run(qtbot, queue, SyncJob(JobKind.REMOVE, [str(folder)], user_started=False))
    assert removed == FolderRemoved(3)
    assert queue.wait()


def test_an_outdated_index_is_said_and_rebuilt_on_opening(qtbot, make_window, tmp_path: Path) -> None:
    folder = _folder(tmp_path, 4)
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    library.dir.meta_file.write_text(json.dumps({"schema_version": -1, "analysis": "old"}))
    window = make_window(seeds=False)
    assert "could not be used" in window.message_bar.text
    qtbot.waitUntil(lambda: window.library.document_count() == 4, timeout=20000)


def test_the_exact_count_arrives_as_side_work_not_as_a_page(qtbot, make_window, tmp_path: Path, monkeypatch) -> None:
    # By relevance the count now comes with the first page (searcher/scores.py); a query only
    # Whoosh's collector can score still leaves it open: that path is what this checks.
    from telusur.searcher import run

    monkeypatch.setattr(run, "score_all", lambda *args: None)
    folder = tmp_path / "many"
    for i in range(130):
        # Different weights, so ranking the top 50 skips blocks and leaves the count open.
        write_article(folder, f"b{i:03d}.txt", f"Banjir {i}" if i % 4 == 0 else f"Kabar {i}",
                      datetime(2024, 2, 1 + i % 28, 8, 0), "Banjir melanda. " * (1 + i % 11) + f"Nomor {i}.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    pages: list[int] = []
    stages: list[SideStage] = []
    window.runner.resultReady.connect(lambda _g, page, _r: pages.append(page))
    window.runner.sideReady.connect(lambda answer: stages.append(answer.stage))
    qtbot.keyClicks(window.findChild(QLineEdit, "searchInput"), "banjir")
    window.search.search_now()
    qtbot.waitUntil(lambda: window.status_label.text().startswith("130 results"), timeout=10000)
    assert SideStage.COUNT in stages and all(page >= 1 for page in pages)
    assert window.model.total == 130
