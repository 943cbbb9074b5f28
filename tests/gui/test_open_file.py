"""Opening an article's file in another program."""
from __future__ import annotations


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


def test_open_file_says_so_when_no_program_can_open_it(qtbot, make_window, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    window = make_window()
    _search(qtbot, window, "fotovoltaik")
    qtbot.waitUntil(lambda: window.preview.path is not None, timeout=5000)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or False)
    window.preview.open_button.click()
    assert opened and opened[0].toLocalFile() == window.preview.path
    assert "No program could open" in window.message_bar.text and window.preview.path in window.message_bar.text
    window.message_bar.hide()
    window.preview.folder_button.click()
    assert "No file manager could show" in window.message_bar.text
