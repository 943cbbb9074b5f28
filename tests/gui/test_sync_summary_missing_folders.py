"""The sync summary's hint about a missing library folder."""
from __future__ import annotations

import shutil
from datetime import datetime

import pytest
from helpers import write_article


@pytest.fixture
def indonesian(indonesian, app_title):
    """The shared Indonesian catalogue (conftest), with the title bar the app sets."""
    yield


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
