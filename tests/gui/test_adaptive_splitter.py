"""The adaptive splitter: results beside the preview in the default Indonesian window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from telusur.gui.adaptive_splitter import MIN_LIST_WIDTH


def _settle(qtbot) -> None:
    """Deliver the pending layout requests and resizes: posted events, not a timed wait."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def test_default_indonesian_window_shows_results_beside_the_preview(qtbot, make_window, indonesian):
    """The preview's Indonesian buttons were wide enough to stack the default 1100 px window,
    leaving one and a half results visible; a search's "Kecocokan 1 dari N" widened them further."""
    window = make_window(lang="id")
    window.resize(1100, 720)
    _settle(qtbot)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    qtbot.keyClicks(window.search_input, "fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.results_view.setCurrentIndex(window.model.index(0))
    qtbot.waitUntil(lambda: window.preview.match_label.toolTip().startswith("Kecocokan 1 dari "), timeout=5000)
    _settle(qtbot)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal  # the first search does not flip it
    assert window.results_view.width() >= MIN_LIST_WIDTH
    assert window.results_view.height() >= 300  # several results, not one and a half
    assert window.preview.width() >= 400  # the article stays readable beside them
    assert "Kecocokan" in window.preview.prev_button.toolTip()
    label = window.preview.match_label
    assert label.text() == "1/1" and label.accessibleName() == label.toolTip()
    assert label.width() >= label.sizeHint().width()  # the counter is never cut
