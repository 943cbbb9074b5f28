"""The save-search dialog: wide enough for its Indonesian title."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from telusur.gui.saved_searches import NAME_ROLE
from telusur.searcher import SearchRequest


@pytest.fixture
def indonesian(indonesian, app_title):
    """The shared Indonesian catalogue (conftest), with the title bar the app sets."""
    yield


def test_save_search_dialog_is_wide_enough_for_its_indonesian_title(qtbot, make_window, indonesian) -> None:
    window = make_window(seeds=False, lang="id")
    saved = window.archive_views.saved
    seen: dict[str, object] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        seen.update(title=dialog.windowTitle(), width=dialog.width(), font=dialog.fontMetrics())
        dialog.setTextValue("Banjir Jakarta")
        dialog.accept()

    QTimer.singleShot(0, answer)
    saved.ask_and_save(SearchRequest("banjir"))
    assert seen["title"] == "Simpan pencarian"
    # The title bar shows "Simpan pencarian — Telusur" in a bold font beside its buttons.
    shown = seen["font"].horizontalAdvance("Simpan pencarian — Telusur")
    assert seen["width"] >= shown * 1.2 + 120
    view = window.archive_views.saved_view
    qtbot.waitUntil(lambda: view.count() == 1, timeout=20000)
    assert [view.item(i).data(NAME_ROLE) for i in range(view.count())] == ["Banjir Jakarta"]
