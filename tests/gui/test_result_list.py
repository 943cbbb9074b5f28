"""The result list: where a new query opens, and the note when no article has every word."""
from __future__ import annotations

from datetime import datetime

from helpers import write_article


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


def _many(folder, n: int, headline: str, body: str) -> None:
    for i in range(n):
        write_article(folder, f"{headline.split()[0].lower()}{i:03d}.txt", f"{headline} {i}",
                      datetime(2019, 9, 1 + i % 28), f"{body} Nomor {i}.")


def test_a_new_query_opens_at_the_top_with_its_first_result_current(qtbot, make_window, tmp_path):
    folder = tmp_path / "berita"
    _many(folder, 30, "Banjir Jakarta", "Banjir merendam Jakarta lagi.")
    _many(folder, 30, "Asap Riau", "Asap kebakaran hutan menyelimuti Riau.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    _search(qtbot, window, "jakarta")
    view, bar = window.results_view, window.results_view.verticalScrollBar()
    view.setCurrentIndex(window.model.index(window.model.rowCount() - 1))
    view.scrollToBottom()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)

    _search(qtbot, window, "asap riau")
    assert bar.value() == 0
    assert view.currentIndex().row() == 0
    qtbot.waitUntil(lambda: window.preview.path == window.model.row(0).path, timeout=5000)


def test_no_article_has_every_word_is_said_above_the_results(qtbot, make_window, tmp_path):
    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir merendam Jakarta.")
    write_article(folder, "b.txt", "Asap Riau", datetime(2019, 9, 2), "Asap menyelimuti Riau.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    _search(qtbot, window, "banjir riau")
    notes = window.result_notes
    assert notes.isVisible() and "every word" in notes.text()
    assert "every word" not in window.status_label.text()
    notes_bottom = notes.mapTo(window, notes.rect().bottomLeft()).y()
    assert notes_bottom <= window.splitter.mapTo(window, window.splitter.rect().topLeft()).y()
    _search(qtbot, window, "banjir jakarta")  # every word found: nothing to explain
    assert not notes.isVisible()
