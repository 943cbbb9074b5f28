"""Surprises found walking through the app in a real X window, in Indonesian (wave 3)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from telusur.gui.adaptive_splitter import MIN_LIST_WIDTH
from telusur.gui.translations import install_translator


@pytest.fixture
def indonesian():
    """The Indonesian catalogue installed, as `telusur` does under LANG=C.UTF-8."""
    app = QApplication.instance()
    translator = install_translator(app, "id")
    assert translator is not None
    yield
    app.removeTranslator(translator)


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


def test_a_narrow_result_row_keeps_the_outlet_and_cuts_the_file_name(qtbot):
    from PySide6.QtGui import QFont, QFontMetrics

    from telusur.gui.delegate import META_SEP, fit_meta

    fm = QFontMetrics(QFont())
    parts = ["Selasa, 10 September 2019 16.12", "Tribunnews.com", "clickid-tribunnews-00061.html"]
    full = META_SEP.join(parts)
    assert fit_meta(parts, fm, fm.horizontalAdvance(full)) == full
    head = META_SEP.join(parts[:2])
    cut = fit_meta(parts, fm, fm.horizontalAdvance(head) + fm.horizontalAdvance(META_SEP + "clickid-…html"))
    # Cut at the end (issue 25.11): "clickid-…" names the file, "clic…html" did not.
    assert cut.startswith(head + META_SEP + "clickid") and cut.endswith("…")
    assert fm.horizontalAdvance(cut) <= fm.horizontalAdvance(head) + fm.horizontalAdvance(META_SEP + "clickid-…html")
    assert fit_meta(parts, fm, fm.horizontalAdvance(head) + 5) == head  # no room for a file name: dropped
    tiny = fit_meta(parts, fm, 60)
    assert fm.horizontalAdvance(tiny) <= 60 and "…" in tiny


def test_after_a_related_article_a_click_on_the_result_brings_it_back(qtbot, make_window, tmp_path):
    """Reading a related article left the copy list of the previous story on show, and clicking
    the highlighted result did nothing: only another row and back showed it again."""
    from archive_views_corpus import write_archive
    from PySide6.QtCore import QPoint

    from .typing_helpers import type_query

    folder = write_archive(tmp_path)
    window = make_window(seeds=False)
    window.resize(1100, 720)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, window, "banjir")
    related = window.archive_views.related
    chooser = window.archive_views.copy_chooser
    i = next(n for n, r in enumerate(window.model.rows) if r.copies)
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        window.results_view.setCurrentIndex(window.model.index(i))
    own = shown.args[0]
    qtbot.waitUntil(lambda: related.count() > 0, timeout=8000)
    assert chooser.isVisible()
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        related.itemClicked.emit(related.item(0))
    assert shown.args[0] != own
    assert not chooser.isVisible()  # the copies were the previous story's
    rect = window.results_view.visualRect(window.model.index(i))
    with qtbot.waitSignal(window.previewShown, timeout=5000) as shown:
        qtbot.mouseClick(window.results_view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center()))
    assert shown.args[0] == own
    assert chooser.isVisible()


def test_the_export_save_dialog_speaks_indonesian(qtbot, make_window, indonesian):
    """Qt's save dialog (Arsip → Ekspor hasil…) showed an English "Save" button."""
    from PySide6.QtWidgets import QFileDialog, QPushButton

    window = make_window(seeds=False, lang="id")
    dialog = QFileDialog(window, "Ekspor hasil")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, what a desktop without one shows
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert "&Simpan" in buttons and "Batal" in buttons, buttons
    replace = QApplication.translate("QFileDialog", "%1 already exists.\nDo you want to replace it?")
    assert replace.startswith("%1 sudah ada.")


def test_export_proposes_a_name_from_the_query_in_the_documents_folder(qtbot, make_window, monkeypatch, tmp_path):
    """It proposed "telusur.csv" in the current directory: the program's own folder from a terminal."""
    from PySide6.QtWidgets import QFileDialog

    from telusur.gui import export_results
    from telusur.gui.export_results import default_export_path

    assert default_export_path("revisi uu kpk", "/d") == "/d/revisi-uu-kpk.csv"
    assert default_export_path('"energi baru" -politik', "/d") == "/d/energi-baru-politik.csv"
    assert default_export_path("?!", "/d") == "/d/telusur.csv"
    assert len(default_export_path("kata " * 40, "/d")) <= len("/d/") + 60 + len(".csv")

    window = make_window()
    qtbot.keyClicks(window.search_input, "fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    docs = tmp_path / "Dokumen"
    docs.mkdir()
    monkeypatch.setattr(export_results, "documents_folder", lambda: str(docs))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: asked.append(args) or ("", ""))
    window.archive_views.export_action.trigger()
    assert asked[0][2] == str(docs / "fotovoltaik.csv")
    monkeypatch.undo()
    assert Path(export_results.documents_folder()).is_dir()


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


def test_os_reasons_for_a_skipped_file_are_translated(qtbot, indonesian):
    """A broken link was skipped as "tidak dapat dibaca: No such file or directory"."""
    import errno
    import os

    from telusur.gui.core_messages import core_text
    from telusur.index import CoreMessage, SkipReason
    from telusur.index.messages import os_reason

    def reason(number: int) -> str:
        return core_text(CoreMessage(SkipReason.CANNOT_READ, error=os_reason(OSError(number, os.strerror(number)))))

    assert reason(errno.ENOENT) == "tidak dapat dibaca: berkas atau folder tidak ada"
    assert reason(errno.EACCES) == "tidak dapat dibaca: izin ditolak"
    # A reason without a code keeps the system's words.
    assert core_text(CoreMessage(SkipReason.CANNOT_READ, error="something new")) == "tidak dapat dibaca: something new"


def _seed_found_search_focused(qtbot, make_window):
    """A window that found the seed for "fotovoltaik", with the focus back in the search field."""
    window = make_window()
    with qtbot.waitSignal(window.searchSettled, timeout=5000):  # the timeline comes after the list
        qtbot.keyClicks(window.search_input, "fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    window.activateWindow()
    window.search_input.setFocus()
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


@pytest.mark.windows_too
def test_an_export_gets_the_permissions_of_any_new_file(qtbot, make_window, tmp_path):
    """The export was written through mkstemp and kept its 0600: readable by nobody else."""
    import stat

    window = make_window()
    qtbot.keyClicks(window.search_input, "fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)
    controller = window.archive_views.export
    controller.ask_open_folder = False
    target = tmp_path / "hasil.csv"
    with qtbot.waitSignal(controller.finished, timeout=10000):
        controller.start(window.search.shown, str(target), window.model.total)
    plain = tmp_path / "biasa.txt"
    plain.write_text("x", encoding="utf-8")
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(plain.stat().st_mode)


def test_a_search_with_no_results_clears_the_related_articles(qtbot, make_window, tmp_path):
    """The preview emptied, but "Artikel terkait" kept listing the previous article's related ones."""
    from archive_views_corpus import write_archive

    from .typing_helpers import type_query

    folder = write_archive(tmp_path)
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=15000):
        window.indexing.index_folder(str(folder), user_started=False)
    type_query(qtbot, window, "banjir")
    related = window.archive_views.related
    i = next(n for n, r in enumerate(window.model.rows) if r.copies)
    window.results_view.setCurrentIndex(window.model.index(i))
    qtbot.waitUntil(lambda: related.count() > 0, timeout=8000)
    type_query(qtbot, window, "tidakadakatasepertiini")
    assert window.model.rowCount() == 0 and window.preview.path is None
    assert related.count() == 0
    assert not window.archive_views.copy_chooser.isVisible()
