"""The result count: an estimate ("±") may come with the first page, the exact count follows."""
from __future__ import annotations

from datetime import datetime

from helpers import write_article
from PySide6.QtWidgets import QLineEdit

from telusur.searcher import SearchRequest, SearchResult


def test_the_exact_count_replaces_the_estimate(qtbot, make_window, tmp_path):
    folder = tmp_path / "many"
    for i in range(130):
        # Different weights, so ranking the top 50 skips blocks and leaves the count open.
        write_article(folder, f"b{i:03d}.txt", f"Banjir {i}" if i % 4 == 0 else f"Kabar {i}",
                      datetime(2024, 2, 1 + i % 28, 8, 0), "Banjir melanda. " * (1 + i % 11) + f"Nomor {i}.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    box = window.findChild(QLineEdit, "searchInput")
    qtbot.keyClicks(box, "banjir")
    window.search.search_now()
    qtbot.waitUntil(lambda: window.status_label.text().startswith("130 results"), timeout=10000)
    assert window.model.total == 130
    assert window.model.rowCount() == 25


def test_an_estimate_is_marked(make_window):
    window = make_window(seeds=False)
    window.status_label.on_result(SearchResult(SearchRequest("x"), total=1234, total_exact=False))
    assert window.status_label.text().startswith("±1")
    window.status_label.on_result(SearchResult(SearchRequest("x"), total=1234))
    assert window.status_label.text()[0].isdigit()


def test_folded_copies_count_the_rows_and_name_the_articles(make_window):
    window = make_window(seeds=False)
    label = window.status_label
    label.on_result(SearchResult(SearchRequest("x"), total=350, groups=120, elapsed_ms=9))
    assert label.text() == "120 results (350 articles including copies) · 9 ms"
    label.on_result(SearchResult(SearchRequest("x"), total=2, groups=1, elapsed_ms=9))
    assert label.text() == "1 result (2 articles including copies) · 9 ms"
    label.on_result(SearchResult(SearchRequest("x"), total=350, groups=350, elapsed_ms=9))
    assert label.text() == "350 results · 9 ms"  # no article had a copy among the matches
    label.on_result(SearchResult(SearchRequest("x", group_copies=False), total=350, groups=120, elapsed_ms=9))
    assert label.text() == "350 results · 9 ms"
    # An estimate is never folded (folding counts at once): its group figure is not a row count.
    label.on_result(SearchResult(SearchRequest("x"), total=350, groups=25, total_exact=False, elapsed_ms=9))
    assert label.text() == "±350 results · 9 ms"
