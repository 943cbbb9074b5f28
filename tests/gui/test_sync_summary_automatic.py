"""Ctrl+R right after adding files: the summary says what the automatic update already did (issue 25.1)."""
from __future__ import annotations

from datetime import datetime

from helpers import write_article


def test_reindex_after_the_watcher_indexed_new_files_reports_them(qtbot, make_window, tmp_path) -> None:
    folder = tmp_path / "arsip"
    write_article(folder, "a.txt", "Harga beras naik", datetime(2019, 9, 1, 8), "Harga beras naik lagi.")
    window = make_window(seeds=False, lang="en")
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    for i in range(3):  # new files the folder watcher's sync indexes (a sync nobody asked for)
        write_article(folder, f"n{i}.txt", f"Banjir ke-{i}", datetime(2019, 9, 2 + i, 8), "Banjir lagi.")
    with qtbot.waitSignal(window.syncFinished, timeout=15000) as watched:
        window.watcher.folderChanged.emit(str(folder.resolve()))  # as the watcher does after a quiet moment
    assert watched.args[1].added == 3
    with qtbot.waitSignal(window.syncFinished, timeout=15000) as reindexed:
        window.reindex_all_action.trigger()
    assert reindexed.args[1].added == 0  # this run itself found nothing new…
    dialog = window.indexing.summary_dialog
    assert dialog is not None and dialog.automatic.isVisible()
    assert "already added 3" in dialog.automatic.text()  # …and the summary says the watcher did
    dialog.close()
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.reindex_all_action.trigger()
    assert not window.indexing.summary_dialog.automatic.isVisible()  # said once, then counted afresh

