"""Issue 11 items 9, 11 and 17: a narrow window, the first run, and the library manager."""
from __future__ import annotations

from datetime import datetime

import pytest
from helpers import write_article
from PySide6.QtCore import QLocale, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QTableWidget, QToolBar

from telusur.gui import library_manager
from telusur.gui.adaptive_splitter import MIN_LIST_WIDTH
from telusur.gui.usertypes import EmptyState

from .screenshots import screenshot_dir


def _settle(qtbot) -> None:
    """Deliver the pending layout requests and resizes: posted events, not a timed wait."""
    for _ in range(5):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _rect_in(widget, ancestor) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(683, 768), (640, 480)])
def test_narrow_window_keeps_the_list_wide_and_the_filter_row_apart(qtbot, make_window, tmp_path, size):
    window = make_window()
    qtbot.keyClicks(window.search_input, "fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.results_view.setCurrentIndex(window.model.index(0))
    qtbot.waitUntil(lambda: bool(window.preview.path), timeout=5000)  # the article is in the preview
    window.resize(*size)
    _settle(qtbot)
    assert window.width() <= size[0] and window.height() <= size[1]
    assert window.splitter.orientation() == Qt.Orientation.Vertical  # results above the preview
    assert window.results_view.width() >= MIN_LIST_WIDTH
    assert window.results_view.height() >= 100 and window.preview.height() >= 90
    row = window.date_filter
    parts = [row.preset_combo, row.from_label, row.date_from, row.from_calendar, row.to_label, row.date_to,
             row.to_calendar, row.clear_button]
    rects = [_rect_in(p, window) for p in parts]
    for i, a in enumerate(rects):
        assert a.width() >= min(parts[i].minimumSizeHint().width(), parts[i].sizeHint().width())
        assert window.rect().contains(a), (parts[i].objectName(), a)
        for j in range(i + 1, len(rects)):
            assert not a.intersects(rects[j]), (parts[i].objectName(), parts[j].objectName())
    if size == (640, 480):
        window.notice_label.clear()
        _settle(qtbot)
        assert window.grab().save(str(screenshot_dir(tmp_path) / "narrow-window.png"))


def test_wide_window_is_side_by_side_and_the_list_never_a_sliver(qtbot, make_window):
    window = make_window()
    window.resize(1100, 700)
    _settle(qtbot)
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    window.splitter.setSizes([60, 1000])  # as a split restored from a narrower screen
    window.splitter.splitterMoved.emit(60, 1)  # as the user dragging the handle
    _settle(qtbot)
    assert window.results_stack.width() >= MIN_LIST_WIDTH
    window.resize(480, 360)  # smaller than the window allows: it stops at its minimum, nothing overlaps
    _settle(qtbot)
    assert window.date_filter.date_from.x() > window.date_filter.from_label.geometry().right()
    assert window.date_filter.date_to.x() > window.date_filter.to_label.geometry().right()


def test_first_run_says_the_article_is_a_sample_and_offers_to_add_an_archive(qtbot, make_window, tmp_path,
                                                                              monkeypatch):
    window = make_window()
    qtbot.waitUntil(lambda: window.empty_state.state == EmptyState.FIRST_RUN, timeout=5000)
    text = window.empty_state.text()
    assert "sample article" in text and "Add archive folder…" in text
    toolbar = window.findChild(QToolBar, "mainToolbar")
    labels = [a.text() for a in toolbar.actions()]
    assert labels[:3] == ["Add archive folder…", "Reindex all", "Manage library…"]
    assert not any("Reindex folder" in label for label in labels)
    window.resize(1000, 640)
    _settle(qtbot)
    assert window.grab().save(str(screenshot_dir(tmp_path) / "first-run.png"))
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.empty_state.linkActivated.emit("sample")  # "search fotovoltaik to see it" is a link
    assert window.search_input.text() == "fotovoltaik" and window.model.rowCount() == 1
    window.search.clear()

    archive = tmp_path / "arsip"
    write_article(archive, "a.txt", "Harga beras naik", datetime(2019, 9, 1, 8), "Harga beras naik lagi.")
    monkeypatch.setattr("telusur.gui.indexing.QFileDialog.getExistingDirectory", lambda *a, **k: str(archive))
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.empty_state.linkActivated.emit("reindex")  # the link in the first-run text
    assert str(archive.resolve()) in window.library.folders
    qtbot.waitUntil(lambda: window.empty_state.state == EmptyState.START, timeout=5000)


@pytest.fixture
def two_folders(make_window, tmp_path, qtbot):
    folder = tmp_path / "kliping"
    for i in range(2):
        write_article(folder, f"k{i}.txt", f"Kliping {i}", datetime(2019, 9, 1 + i, 8), "Isi kliping.")
    window = make_window()
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    return window, str(folder.resolve())


def test_library_manager_lists_folders_counts_and_last_sync(qtbot, two_folders, tmp_path):
    window, kliping = two_folders
    manager = window.show_library_manager()
    assert manager.objectName() == "libraryManager" and manager.isVisible()
    with qtbot.waitSignal(manager.counted, timeout=10000):
        pass  # the counts are read off the GUI thread
    table = manager.findChild(QTableWidget, "libraryFolders")
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    assert rows[kliping][0] == "2" and len(rows) == 2
    seeds = next(f for f in rows if f != kliping)
    assert rows[seeds][0] == "1"
    assert all(when != "never" and str(datetime.now().year) in when for _, when in rows.values())
    manager.resize(760, 300)
    _settle(qtbot)
    assert manager.grab().save(str(screenshot_dir(tmp_path) / "library-manager.png"))

    table.selectRow(list(rows).index(kliping))
    with qtbot.waitSignal(window.syncFinished, timeout=10000) as done:
        manager.reindex_button.click()
    assert done.args[0].folders == [kliping]
    manager.findChild(type(manager.reindex_button), "managerAdd")  # the add button is there too


def test_removing_a_folder_asks_first(qtbot, two_folders, monkeypatch):
    window, kliping = two_folders
    asked = []
    answer = {"value": False}

    def fake_confirm(parent, folder, articles, locale):
        asked.append((folder, articles))
        return answer["value"]

    monkeypatch.setattr(library_manager, "confirm_remove", fake_confirm)
    manager = window.show_library_manager()
    with qtbot.waitSignal(manager.counted, timeout=10000):
        pass  # the counts are read off the GUI thread
    row = [s.folder for s in manager.stats].index(kliping)
    manager.table.selectRow(row)
    manager.remove_button.click()
    assert asked == [(kliping, 2)]
    assert kliping in window.library.folders and not window.sync_queue.busy  # "Keep" changes nothing
    answer["value"] = True
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        manager.remove_button.click()
    assert kliping not in window.library.folders
    qtbot.waitUntil(lambda: manager.table.rowCount() == 1, timeout=5000)  # the manager follows the index
    # The menu's "Remove folder from library" asks too.
    seeds = window.library.folders[0]
    answer["value"] = False
    window.remove_folder_asking(seeds)
    assert asked[-1] == (seeds, 1) and window.library.folders == [seeds]


def test_the_real_confirmation_defaults_to_keep(qtbot):
    def press_default():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "confirmRemove"
        assert box.defaultButton().text() == "Keep"
        box.defaultButton().click()

    QTimer.singleShot(50, press_default)
    assert library_manager.confirm_remove(None, "/data/arsip", 1234, QLocale(QLocale.Language.English)) is False


def test_new_texts_are_in_indonesian(qtbot):
    from telusur.gui.empty_state import EmptyStateView
    from telusur.gui.translations import install_translator

    app = QApplication.instance()
    translator = install_translator(app, "id")
    assert translator is not None
    try:
        view = EmptyStateView(QLocale(QLocale.Language.Indonesian))
        qtbot.addWidget(view)
        view.show_state(EmptyState.FIRST_RUN)
        assert "artikel contoh" in view.text() and "Tambah folder arsip…" in view.text()
        view.show_state(EmptyState.NO_RESULTS_IN_DATES, "asap", range_text="2018", elsewhere=2)
        assert "pada tanggal yang dipilih (2018)" in view.text() and "Cari di semua tanggal" in view.text()
    finally:
        app.removeTranslator(translator)
