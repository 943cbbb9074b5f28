"""The interface language: default, menu choice, Qt's own strings and the core's messages."""
from __future__ import annotations

import html
from datetime import datetime

import pytest
from helpers import use_settings, write_article


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


# ---------------------------------------------------------------- Indonesian interface


def test_language_defaults_to_indonesian_and_the_menu_choice_persists(qtbot, make_window, monkeypatch, tmp_path,
                                                                      isolated_settings):
    from PySide6.QtCore import QLocale

    from telusur.gui.app import build_window
    from telusur.gui.translations import LANGUAGE_KEY, choose_language

    use_settings(monkeypatch, lang="")
    assert choose_language(QLocale("C")) == "id"  # LANG=C.UTF-8: no choice made, so Indonesian
    assert choose_language(QLocale(QLocale.Language.English)) == "en"
    assert choose_language(QLocale(QLocale.Language.English), saved="id") == "id"  # the menu beats the system
    assert choose_language(QLocale("C"), saved="en") == "en"
    assert choose_language(QLocale("C"), saved="xx") == "id"
    use_settings(monkeypatch, lang="en")
    assert choose_language(QLocale(QLocale.Language.Indonesian), saved="id") == "en"  # the variable beats both
    use_settings(monkeypatch, lang="")

    window = make_window(seeds=False, lang="id")
    menu = window.language_menu
    assert [a.text() for a in menu.actions()] == ["Bahasa Indonesia", "English"]
    assert menu.language_actions["id"].isChecked()
    assert menu.menuAction() in window.menuBar().actions()
    menu.language_actions["en"].trigger()
    assert isolated_settings.value(LANGUAGE_KEY) == "en" and menu.language_actions["en"].isChecked()
    assert "English" in window.message_bar.text

    again = build_window(tmp_path / "index2")  # the next start reads the saved choice
    qtbot.addWidget(again)
    try:
        assert again.lang == "en"
        assert again.add_folder_action.text() == "Add archive folder…"
    finally:
        again.shutdown()


def test_qt_context_menus_and_folder_chooser_speak_indonesian(qtbot, make_window, indonesian):
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    window = make_window(seeds=False, lang="id")
    menu = window.search_input.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    for wanted in ("&Urungkan", "&Salin", "&Tempel", "Po&tong", "Hapus", "Pilih Semua"):
        assert wanted in texts, texts
    preview_menu = window.browser.createStandardContextMenu()
    assert "&Salin" in [a.text().split("\t")[0] for a in preview_menu.actions()]

    chooser = QFileDialog(window, "Pilih folder artikel")
    chooser.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, what a desktop without one shows
    chooser.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(chooser)
    labels = {label.text().replace("&", "") for label in chooser.findChildren(QLabel)}
    assert {"Lihat di:", "Direktori:"} <= labels, labels
    buttons = {button.text() for button in chooser.findChildren(QPushButton)}
    assert "&Pilih" in buttons and "Batal" in buttons, buttons


# Every message the core can send, as the core writes it, and the Indonesian the app must show.
# Every code's Indonesian and English text: tests/gui/test_core_message_catalogue.py.


def test_core_messages_from_real_queries_and_syncs_show_in_indonesian(qtbot, make_window, tmp_path, indonesian):
    from telusur.gui.usertypes import EmptyState

    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", None, "Banjir besar.")
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    window = make_window(seeds=False, lang="id")
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder))
    dialog = window.indexing.summary_dialog
    assert dialog.skipped_view.topLevelItem(0).text(1) == "berkas kosong"
    assert dialog.warnings_view.topLevelItem(0).text(1) == "tidak ada baris tanggal; artikel dibiarkan tanpa tanggal"
    dialog.close()
    for query, wanted in (("a*", "terlalu luas"), ("!!!", "Tidak ada lagi yang bisa dicari"),
                          ("banjir date:kemarin", "Tanggal 'kemarin' tidak terbaca")):
        _search(qtbot, window, query)
        assert window.empty_state.state == EmptyState.QUERY_ERROR
        assert window.preview.path is None
        shown = html.unescape(window.empty_state.text())
        assert wanted in shown, (query, shown)


@pytest.mark.parametrize("query", ["a*", "*", "!!!", "(", "banjir~ a~", "date:kemarin", "date:2019-13",
                                   "date:0000-01-01", "date:2020..2019", "date:2019-09 date:2018-01",
                                   "presiden^nan", "nonexist:x"])
def test_every_query_error_the_core_gives_today_is_in_the_table(query, tmp_path, indonesian):
    """Guards against the core's wording drifting away from the table's patterns."""
    from telusur.gui.core_messages import core_text
    from telusur.index import Library
    from telusur.searcher import SearchEngine, SearchRequest

    engine = SearchEngine(Library(tmp_path / "index"))
    try:
        message = engine.search(SearchRequest(query)).message
    finally:
        engine.close()
    assert message
    assert core_text(message) != message, message


def test_every_skip_reason_of_a_hostile_folder_is_in_the_table(qtbot, make_window, tmp_path, indonesian):
    """Guards the sync side: real skip reasons from the indexer, each shown translated."""
    folder = tmp_path / "campur"
    write_article(folder, "baik.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar.")
    (folder / "kosong.txt").write_text("", encoding="utf-8")
    (folder / "biner.txt").write_bytes(b"\x00\x01\x02biner\x00" * 50)
    (folder / "rusak.docx").write_bytes(b"ini bukan zip")
    (folder / "data.json").write_text("halo", encoding="utf-8")
    (folder / "baris.jsonl").write_text('{"title": "A", "body": "isi"}\n[1, 2]\n', encoding="utf-8")
    (folder / "rusak.pdf").write_bytes(b"%PDF-1.4 rusak")
    window = make_window(seeds=False, lang="id")
    with qtbot.waitSignal(window.syncFinished, timeout=20000) as finished:
        window.indexing.index_folder(str(folder))
    report = finished.args[1]
    dialog = window.indexing.summary_dialog
    shown = {dialog.skipped_view.topLevelItem(i).text(0): dialog.skipped_view.topLevelItem(i).text(1)
             for i in range(dialog.skipped_view.topLevelItemCount())}
    assert len(report.skipped) >= 2  # more once index/formats/ reads .docx/.json/.pdf in a sync
    for item in report.skipped:
        where = item.path + (f" #{item.record}" if item.record is not None else "")  # a data set's record
        assert shown[where] != item.reason, item.reason  # translated, not the core's English
