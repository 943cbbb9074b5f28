"""Fixes from a walkthrough in a real window: the save-search dialog's title, a missing library folder."""
from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from helpers import write_article
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from telusur.gui.saved_searches import NAME_ROLE
from telusur.searcher import SearchRequest


@pytest.fixture
def indonesian(qapp):
    from telusur.gui.translations import install_translator

    translator = install_translator(qapp, "id")
    assert translator is not None
    name = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Telusur")  # as gui/app.py sets it: title bars show "… — Telusur"
    yield
    qapp.setApplicationDisplayName(name)
    qapp.removeTranslator(translator)


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


def test_a_missing_library_folder_points_to_the_library_manager(qtbot, make_window, tmp_path, indonesian) -> None:
    folder = tmp_path / "arsip-lama"
    write_article(folder, "a.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar melanda.")
    window = make_window(seeds=False, lang="id")
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    shutil.rmtree(folder)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.reindex_all()
    dialog = window.indexing.summary_dialog
    assert dialog is not None
    hint = dialog.missing_hint.text()
    assert dialog.missing_hint.isVisibleTo(dialog)
    assert str(folder) in hint and "sudah tidak ada" in hint and "Kelola pustaka" in hint
    reasons = [dialog.skipped_view.topLevelItem(i).text(1) for i in range(dialog.skipped_view.topLevelItemCount())]
    assert reasons == ["folder sudah tidak ada (dipindah atau dihapus); artikelnya tetap di indeks"]
    assert dialog.manage_button is not None and dialog.manage_button.text() == "Kelola pustaka…"
    dialog.manage_button.click()
    assert window.library_manager is not None and window.library_manager.isVisible()
    assert not dialog.isVisible()


def test_a_summary_without_missing_folders_shows_no_hint(qtbot) -> None:
    from telusur.gui.sync_dialog import SyncSummaryDialog
    from telusur.index import Skipped, SyncReport

    report = SyncReport(added=1, skipped=[Skipped("/b/kosong.txt", "empty file")])
    dialog = SyncSummaryDialog(report, ["/b"], manage_library=lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.missing_hint.isVisibleTo(dialog) and dialog.manage_button is None
