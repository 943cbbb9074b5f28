"""The open app's results after a sync removes a folder or changes a file."""
from __future__ import annotations

from datetime import datetime

from helpers import write_article


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


def _paths(window) -> set[str]:
    return {row.path for row in window.model.rows}


def test_removed_folder_and_changed_file_leave_the_open_apps_results(qtbot, make_window, tmp_path):
    """Whoosh's Searcher.refresh kept deleted documents visible; the app showed them until restart."""
    jakarta, riau = tmp_path / "jakarta", tmp_path / "riau"
    write_article(jakarta, "j.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar melanda Jakarta.")
    changed = write_article(riau, "r.txt", "Banjir Riau", datetime(2019, 9, 2), "Banjir datang ke Riau.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder([str(jakarta), str(riau)], user_started=False)
    _search(qtbot, window, "banjir")
    assert _paths(window) == {str(jakarta / "j.txt"), str(riau / "r.txt")}

    with qtbot.waitSignal(window.resultsShown, timeout=10000):  # the app reruns the query itself
        window.indexing.remove_folder(str(jakarta))
    assert _paths(window) == {str(riau / "r.txt")}
    _search(qtbot, window, "banjir")  # and Enter again does not bring it back
    assert _paths(window) == {str(riau / "r.txt")}

    write_article(riau, "r.txt", "Asap Riau", datetime(2019, 9, 2), "Asap kebakaran hutan di Riau.")
    assert changed.exists()
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.reindex_all()
    window.indexing.summary_dialog.close()
    _search(qtbot, window, "banjir")
    assert window.model.rowCount() == 0  # the file's old version is gone too
    _search(qtbot, window, "asap")
    assert _paths(window) == {str(riau / "r.txt")}
