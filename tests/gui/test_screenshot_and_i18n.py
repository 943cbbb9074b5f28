"""Indonesian interface through QTranslator, and the README screenshot."""
from __future__ import annotations

from datetime import datetime

from helpers import use_settings, write_article
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from telusur.gui.translations import choose_language

from .screenshots import screenshot_dir

ARTICLES = [
    ("PLTS Atap Makin Diminati Industri", datetime(2024, 6, 18, 9, 45),
     "Pemasangan panel surya fotovoltaik di atap pabrik meningkat tajam tahun ini. Kementerian ESDM mencatat "
     "kapasitas energi surya terpasang naik dua kali lipat. Pelaku industri menilai energi baru lebih murah."),
    ("Pemerintah Siapkan Insentif Energi Baru Terbarukan", datetime(2024, 5, 2, 14, 5),
     "Pemerintah menyiapkan insentif pajak untuk proyek energi baru terbarukan. Skema ini mencakup pembangkit "
     "tenaga angin, panas bumi, dan fotovoltaik skala besar di Nusa Tenggara."),
    ("Desa di Sumba Terang Berkat Listrik Tenaga Surya", datetime(2024, 3, 11, 7, 30),
     "Warga desa kini menikmati listrik 24 jam dari pembangkit energi surya komunal. Sebelumnya mereka "
     "bergantung pada genset. Kepala desa berharap energi bersih ini menjangkau dusun lain."),
]


def test_language_follows_locale(monkeypatch):
    use_settings(monkeypatch, lang="")
    assert choose_language(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)) == "id"
    assert choose_language(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "en"
    assert choose_language(QLocale(QLocale.Language.German)) == "id"  # a language Telusur lacks: Indonesian
    use_settings(monkeypatch, lang="id")
    assert choose_language(QLocale(QLocale.Language.English)) == "id"


def test_indonesian_interface_and_screenshot(qtbot, make_window, tmp_path, indonesian):
    assert QCoreApplication.translate("MainWindow", "Add archive folder…") == "Tambah folder arsip…"
    folder = tmp_path / "energi"
    for i, (headline, when, body) in enumerate(ARTICLES):
        write_article(folder, f"energi_{i}.txt", headline, when, body)
    window = make_window(lang="id")
    assert window.add_folder_action.text() == "Tambah folder arsip…"
    assert window.reindex_all_action.text() == "Indeks ulang semua"
    assert window.sort_combo.itemText(0) == "Paling relevan"
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    window.resize(1180, 760)
    qtbot.keyClicks(window.search_input, "energi fotovoltaik")
    qtbot.waitUntil(lambda: window.model.rowCount() >= 3, timeout=5000)
    assert " hasil · " in window.status_label.text()
    seed = next(i for i, r in enumerate(window.model.rows) if r.file_name.startswith("000_"))
    assert window.model.row(seed).date_text == "Rabu, 3 Juli 2024 20.17"
    with qtbot.waitSignal(window.previewShown, timeout=5000):
        window.results_view.setCurrentIndex(window.model.index(seed))
    assert window.preview.match_label.toolTip().startswith("Kecocokan 1 dari ")
    window.notice_label.clear()
    QApplication.processEvents()  # let pending layout requests settle before grabbing
    image = window.grab()
    assert image.width() >= 1000
    assert image.save(str(screenshot_dir(tmp_path) / "screenshot.png"))


def test_screenshots_go_to_docs_only_when_asked(tmp_path, monkeypatch):
    """A plain test run leaves the tracked docs/*.png alone (a fresh clone stays clean)."""
    from .screenshots import DOCS

    monkeypatch.delenv("TELUSUR_WRITE_SCREENSHOTS", raising=False)
    assert screenshot_dir(tmp_path) == tmp_path
    monkeypatch.setenv("TELUSUR_WRITE_SCREENSHOTS", "1")
    assert screenshot_dir(tmp_path) == DOCS
