"""Export: the save dialog's language, the proposed name and the new file's permissions."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication


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
