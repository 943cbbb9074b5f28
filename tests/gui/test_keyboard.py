"""Keyboard use: Escape, menu mnemonics, Tab order and shortcuts while typing."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


def test_escape_clears_the_query_and_the_preview(qtbot, make_window):
    from PySide6.QtCore import Qt

    window = make_window()
    _search(qtbot, window, "fotovoltaik")
    qtbot.waitUntil(lambda: window.preview.path is not None, timeout=5000)
    assert window.browser.toPlainText()
    window.search_input.setFocus()
    qtbot.keyClick(window.search_input, Qt.Key.Key_Escape)
    assert window.search_input.text() == ""
    assert window.preview.path is None and window.browser.toPlainText() == ""
    assert not window.preview.open_button.isEnabled()


def _settle(qtbot) -> None:
    """Deliver the pending layout requests and resizes: posted events, not a timed wait."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_menu_has_its_own_alt_key(qtbot, make_window, lang, request):
    """The Bahasa menu had no mnemonic: Alt+P and Alt+A opened the others, nothing opened it."""
    if lang == "id":
        request.getfixturevalue("indonesian")
    window = make_window(seeds=False, lang=lang)
    titles = [a.text() for a in window.menuBar().actions() if a.menu() is not None]
    keys = []
    for title in titles:
        assert "&" in title, titles
        keys.append(title[title.index("&") + 1].lower())
    assert len(set(keys)) == len(keys), titles
    if lang == "id":
        assert "&Bahasa" in titles


def _seed_found_search_focused(qtbot, make_window):
    """A window that found the seed for "fotovoltaik", with the focus back in the search field."""
    window = make_window()
    with qtbot.waitSignal(window.searchSettled, timeout=5000):  # the timeline comes after the list
        qtbot.keyClicks(window.search_input, "fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.activateWindow()
    # On a real X server activation is asynchronous: shortcuts and focus wait for the window manager's
    # (or Xvfb's) answer, so wait for it rather than for a moment.
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    window.search_input.setFocus()
    qtbot.waitUntil(window.search_input.hasFocus, timeout=5000)
    _settle(qtbot)
    return window


def test_tab_reaches_the_timeline_between_the_dates_and_the_results(qtbot, make_window):
    """The timeline, outlets and saved searches came after the preview's buttons in the Tab order."""
    window = _seed_found_search_focused(qtbot, make_window)
    names = []
    for _ in range(8):
        focused = QApplication.focusWidget()
        names.append(focused.objectName() if focused is not None else "")
        qtbot.keyClick(focused or window, Qt.Key.Key_Tab)
        _settle(qtbot)
    assert names[:7] == ["searchInput", "sortCombo", "datePreset", "dateFrom", "dateTo", "timelineView",
                         "resultsView"], names


def test_ctrl_e_exports_while_typing_in_the_search_field(qtbot, make_window, monkeypatch):
    """On X11 a line edit takes Ctrl+E as "end of line", so Arsip → Ekspor hasil… (Ctrl+E) did
    nothing while the search field had the focus: right after typing the query."""
    from PySide6.QtWidgets import QFileDialog

    window = _seed_found_search_focused(qtbot, make_window)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or ("", ""))
    qtbot.keyClick(window.search_input, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1
    assert window.search_input.text() == "fotovoltaik"
