"""What the window says when something fails or is out of range (issue 25.3, 25.5, 25.7)."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from helpers import write_article
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QDesktopServices, QGuiApplication, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from telusur.gui.usertypes import EmptyState

from .typing_helpers import type_query


@pytest.fixture
def window(qtbot, make_window, tmp_path):
    folder = tmp_path / "arsip"
    for day in (2, 9, 16, 23):
        write_article(folder / "kompas", f"b{day}.txt", f"Banjir pekan {day}", datetime(2019, 9, day, 8),
                      "Banjir merendam rumah warga.")
    win = make_window(seeds=False)
    with qtbot.waitSignal(win.syncFinished, timeout=20000):
        win.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, win, "banjir")
    return win


def test_open_link_without_a_browser_says_so_and_copies_the_link(qtbot, window, monkeypatch) -> None:
    window.preview.url = "https://example.org/berita/banjir"
    window.preview.open_link_action.setEnabled(True)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.preview.open_link_action.trigger()
    assert "https://example.org/berita/banjir" in window.message_bar.text
    assert "browser" in window.message_bar.text
    assert QGuiApplication.clipboard().text() == "https://example.org/berita/banjir"


def test_the_bar_tooltip_stays_and_the_status_bar_keeps_the_count(qtbot, window) -> None:
    timeline = window.archive_views.timeline
    assert timeline.buckets
    bar = next(i for i, b in enumerate(timeline.buckets) if b.count)
    pos = timeline.bar_rect(bar).center()
    qtbot.mouseMove(timeline, pos)
    # The tooltip event Qt sends after the pointer rests: it must keep the bar's text.
    event = QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos))
    QApplication.sendEvent(timeline, event)
    assert QToolTip.text() == timeline.bar_text(bar)
    assert timeline.statusTip() == ""  # nothing left in the status bar in place of the result count
    assert window.statusBar().currentMessage() == ""
    outside = QPoint(timeline.width() + 5, 5)
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, QPoint(2, 2), timeline.mapToGlobal(outside)))


def test_an_inverted_date_range_is_refused_as_on_the_command_line(qtbot, window) -> None:
    with qtbot.waitSignal(window.resultsShown, timeout=8000):
        window.date_filter.set_range(date(2019, 9, 15), date(2019, 8, 31))
    assert window.date_filter.date_range() == (date(2019, 9, 15), date(2019, 8, 31))  # the fields as typed
    assert window.empty_state.state == EmptyState.QUERY_ERROR
    assert "start date is after the end date" in window.empty_state.text()
    assert window.model.rowCount() == 0
    with qtbot.waitSignal(window.resultsShown, timeout=8000):
        window.date_filter.set_range(date(2019, 8, 31), date(2019, 9, 15))
    assert window.model.rowCount() == 2
