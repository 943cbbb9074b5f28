"""Common laptop window sizes show enough to work with, and messages never move what is under the pointer.

Issue 25.2: at 1024x600 the results stacked above the preview, the preview
showed no line of the body and the list 1.5 rows. Each size here must show at
least five result rows and eight lines of the article's body (measured on the
widgets' geometry). Issue 25.4: a message pushed the window's contents down.
"""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers import write_article
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from .typing_helpers import type_query

SIZES = [(1366, 768), (1280, 720), (1024, 600), (800, 600)]
BODY = ("Banjir merendam ratusan rumah warga di bantaran sungai sejak dini hari, dan petugas "
        "mengevakuasi warga lanjut usia ke posko pengungsian terdekat. ") * 3


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    folder = tmp_path / "arsip"
    for i in range(30):
        write_article(folder / ("kompas" if i % 2 else "tempo"), f"b{i:02}.txt", f"Banjir rendam kampung nomor {i}",
                      datetime(2020, 1, 5) + timedelta(days=i), *([BODY] * 6))
    win = make_window(seeds=False)
    with qtbot.waitSignal(win.syncFinished, timeout=20000):
        win.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, win, "banjir")
    return win


def _settle(qtbot, window) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.preview.browser.document().toPlainText().count("Banjir merendam") > 0)


def rows_visible(window) -> float:
    view = window.results_view
    return view.viewport().height() / max(1, view.sizeHintForRow(0))


def body_lines_visible(window) -> float:
    """Lines of the article's body in the preview's viewport (below the headline and source lines)."""
    browser = window.preview.browser
    browser.verticalScrollBar().setValue(0)
    doc = browser.document()
    cursor = doc.find("Banjir merendam")
    top = doc.documentLayout().blockBoundingRect(cursor.block()).top()
    return (browser.viewport().height() - top) / browser.fontMetrics().lineSpacing()


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_common_sizes_show_five_rows_and_eight_lines(qtbot, window, width, height) -> None:
    window.resize(width, height)
    _settle(qtbot, window)
    rows, lines = rows_visible(window), body_lines_visible(window)
    assert rows >= 5, f"{width}x{height}: {rows:.1f} result rows visible"
    assert lines >= 8, f"{width}x{height}: {lines:.1f} lines of the article visible"


def _where(widget: QWidget) -> QPoint:
    return widget.mapToGlobal(QPoint(0, 0))


def test_a_message_does_not_move_what_the_user_is_about_to_click(qtbot, window) -> None:
    window.resize(1366, 768)
    _settle(qtbot, window)
    watched = [window.search_input, window.archive_views.timeline, window.preview.folder_button,
               window.preview.link_button, window.results_view]
    before = [_where(w) for w in watched]
    window.message_bar.show_message("Sesuatu gagal; coba lagi.", actions=[("Coba lagi", lambda: None)])
    for _ in range(3):
        QApplication.processEvents()
    assert window.message_bar.isVisible()
    assert [_where(w) for w in watched] == before
