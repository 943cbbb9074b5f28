"""Searching from the window: typing, highlights, preview, date filter, sort, keyboard."""
from __future__ import annotations

from datetime import date, datetime

from helpers import write_article
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QTextBrowser

from telusur.gui.richtext import MARK_BG

from .typing_helpers import type_query

SEED_NAME = "000_2a54ab0cdfdf7b75.txt"


def _type_and_wait(qtbot, window, text: str, rows: int | None = None) -> None:
    """Type ``text`` and wait until the answer to THIS query is shown (not a prefix's, not the old one's)."""
    box = window.findChild(QLineEdit, "searchInput")
    box.clear()

    def answers_text(generation: int) -> bool:
        request = window.search.request
        return generation == window.runner.generation and request is not None and request.text == text.strip()

    with qtbot.waitSignal(window.resultsShown, timeout=5000, check_params_cb=answers_text):
        qtbot.keyClicks(box, text)
    if rows is None:
        assert window.model.rowCount() > 0
    else:
        assert window.model.rowCount() == rows


def _shows_colour(widget, rect, colour: str) -> bool:
    """Whether any pixel of ``widget`` painted inside ``rect`` has exactly ``colour``."""
    image = widget.grab(rect).toImage()
    wanted = QColor(colour).rgb()
    return any(image.pixel(x, y) == wanted for y in range(image.height()) for x in range(image.width()))


def test_typing_fotovoltaik_finds_seed_highlighted_and_previews(qtbot, make_window):
    window = make_window()
    view = window.findChild(QListView, "resultsView")
    _type_and_wait(qtbot, window, "fotovoltaik", rows=1)
    assert view.model() is window.model
    row = window.model.row(0)
    assert row.file_name == SEED_NAME
    assert "<mark>fotovoltaik</mark>" in row.snippet_html.lower()
    assert row.date_text == "Wednesday, 3 July 2024 20:17"
    assert window.status_label.text().startswith("1 result · ")
    assert window.results_stack.currentWidget() is view
    # the delegate paints the row with the snippet's highlight, not just without error
    assert _shows_colour(view.viewport(), view.visualRect(window.model.index(0)), MARK_BG)

    pane = window.findChild(QTextBrowser, "previewPane")
    with qtbot.waitSignal(window.previewShown, timeout=5000):
        view.setCurrentIndex(window.model.index(0))
    text = pane.toPlainText()
    assert "Xi Jinping Adakan Pembicaraan" in text
    assert "fotovoltaik" in text
    assert window.preview.match_count >= 1
    assert window.preview.current_match == 0
    assert pane.textCursor().position() > 0  # scrolled to the first match


def _type_date(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_date_from_after_article_hides_it_and_clearing_brings_it_back(qtbot, make_window):
    window = make_window()
    _type_and_wait(qtbot, window, "fotovoltaik", rows=1)
    date_from = window.findChild(QLineEdit, "dateFrom")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        _type_date(qtbot, date_from, "4/7/2024")
    assert window.model.rowCount() == 0
    assert window.empty_state.state in ("no-results", "no-results-in-dates")
    assert window.date_filter.preset == "custom"
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        _type_date(qtbot, date_from, "3 Juli 2024")  # the article's own day is inside the range
    assert window.model.rowCount() == 1
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        _type_date(qtbot, date_from, "2024-07-04")
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.date_filter.clear_button.click()
    assert window.model.rowCount() == 1
    assert window.date_filter.date_range() == (None, None)
    assert window.date_filter.preset == "all"


def test_sort_newest_and_oldest_order_fixture_folder(qtbot, make_window, tmp_path):
    folder = tmp_path / "articles"
    dates = [datetime(2023, 1, 5, 8, 0), datetime(2024, 6, 1, 9, 30), datetime(2022, 3, 9, 10, 0),
             datetime(2024, 1, 20, 7, 15)]
    for i, when in enumerate(dates):
        write_article(folder, f"a{i}.txt", f"Banjir melanda kota {i}", when,
                      f"Banjir besar melanda kota nomor {i}. " + "Warga mengungsi. " * (i + 1))
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    _type_and_wait(qtbot, window, "banjir", rows=4)
    combo = window.findChild(QComboBox, "sortCombo")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        combo.setCurrentIndex(combo.findData("newest"))
    got = [r.date for r in window.model.rows]
    assert got == sorted(dates, reverse=True)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        combo.setCurrentIndex(combo.findData("oldest"))
    assert [r.date for r in window.model.rows] == sorted(dates)


def test_results_page_in_on_scroll(qtbot, make_window, tmp_path):
    folder = tmp_path / "many"
    for i in range(60):
        write_article(folder, f"m{i:03d}.txt", f"Harga beras naik {i}", datetime(2024, 1, 1 + i % 28, 8, 0),
                      f"Harga beras naik lagi di pasar {i}.")
    window = make_window(seeds=False)
    window.archive_views.group_copies_action.setChecked(False)  # near-identical articles: one row each
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    _type_and_wait(qtbot, window, "beras")
    assert window.model.total == 60
    assert window.model.rowCount() == 25
    view = window.results_view
    for expected in (50, 60):
        view.scrollToBottom()
        qtbot.waitUntil(lambda n=expected: window.model.rowCount() == n, timeout=5000)
    assert len({r.path for r in window.model.rows}) == 60
    assert not window.model.canFetchMore()


def test_keyboard_focus_navigate_open_and_escape(qtbot, make_window):
    window = make_window()
    _type_and_wait(qtbot, window, "fotovoltaik", rows=1)
    window.results_view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.search_input.hasFocus())
    qtbot.keyClick(window.search_input, Qt.Key.Key_Down)
    assert window.results_view.hasFocus()
    assert window.results_view.currentIndex().row() == 0
    with qtbot.waitSignal(window.previewShown, timeout=5000):
        qtbot.keyClick(window.results_view, Qt.Key.Key_Return)
    assert window.preview.path and window.preview.path.endswith(SEED_NAME)
    qtbot.keyClick(window.results_view, Qt.Key.Key_Escape)
    assert window.search_input.hasFocus()
    qtbot.keyClick(window.search_input, Qt.Key.Key_Escape)
    assert window.search_input.text() == ""
    assert window.model.rowCount() == 0
    for name in ("searchInput", "resultsView", "previewPane", "sortCombo", "dateFrom", "dateTo"):
        assert window.findChild(object, name).accessibleName(), name


def test_did_you_mean_is_clickable(qtbot, make_window):
    window = make_window()
    # Widened with its correction; the "did you mean" comes as side work after the page (settled).
    type_query(qtbot, window, "fotovoltaek")
    assert window.model.rowCount() == 1
    assert window.suggestion_label.isVisible()
    assert "fotovoltaik" in window.suggestion_label.text()
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.suggestion_label.linkActivated.emit("suggest")
    assert window.search_input.text() == "fotovoltaik"
    assert window.model.rowCount() == 1


def test_filter_and_geometry_persist(qtbot, make_window, isolated_settings):
    window = make_window()
    window.sort_combo.setCurrentIndex(window.sort_combo.findData("newest"))
    window.date_filter.apply_preset("month:2024-07")  # the seed's month
    window.resize(700, 500)
    window.close()
    again = make_window()
    assert again.sort_combo.currentData() == "newest"
    assert again.date_filter.date_range() == (date(2024, 7, 1), date(2024, 7, 31))
    qtbot.waitUntil(lambda: again.date_filter.preset == "month:2024-07", timeout=5000)  # once the months are read
    assert again.size().width() == 700
