"""A saved search's new articles come first and keep their tags under filters (issue 25.9)."""
from __future__ import annotations

from datetime import datetime

from archive_views_corpus import write_archive
from helpers import write_article
from PySide6.QtCore import Qt

from telusur.searcher import SearchRequest

from .typing_helpers import type_query


def test_new_articles_first_and_their_tags_survive_an_outlet_tick(qtbot, make_window, tmp_path) -> None:
    folder = write_archive(tmp_path)
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, window, "banjir")
    views = window.archive_views
    saved = views.saved
    with qtbot.waitSignal(saved.badgesShown, timeout=10000):
        saved.save("Banjir", SearchRequest("banjir"))
    # An old date: sorted by relevance or date, it would not come first by itself.
    write_article(folder / "tempo", "baru.txt", "Banjir kecil di gang sempit", datetime(2019, 1, 2, 9),
                  "Air setinggi mata kaki sempat menggenangi gang sempit; warga menyebut banjir kecil.")
    with qtbot.waitSignal(saved.badgesShown, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    item = next(views.saved_view.item(i) for i in range(views.saved_view.count())
                if views.saved_view.item(i).data(Qt.ItemDataRole.UserRole + 1) == "Banjir")
    with qtbot.waitSignals([saved.newFound, window.searchSettled], timeout=10000):
        views.saved_view.itemActivated.emit(item)
    qtbot.waitUntil(lambda: window.model.new_rows() == [0], timeout=5000)
    assert window.model.row(0).file_name == "baru.txt"
    assert window.results_view.currentIndex().row() == 0  # the new article is the one selected

    with qtbot.waitSignal(window.searchSettled, timeout=10000):
        views.outlets.tick(window.model.row(0).source)  # narrowing to its outlet keeps the tag
    assert [window.model.row(i).file_name for i in window.model.new_rows()] == ["baru.txt"]
