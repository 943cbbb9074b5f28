"""What a newcomer met in the first hour (issue 11): each test failed before its fix."""
from __future__ import annotations

import html
import os
import shutil
import subprocess
import sys
from datetime import datetime

import pytest
from helpers import use_settings, write_article


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


def _paths(window) -> set[str]:
    return {row.path for row in window.model.rows}


def test_removed_folder_and_changed_file_leave_the_open_apps_results(qtbot, make_window, tmp_path):
    """Whoosh's Searcher.refresh kept deleted documents visible; the app showed them until restart."""
    jakarta, riau = tmp_path / "jakarta", tmp_path / "riau"
    write_article(jakarta, "j.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar melanda Jakarta.")
    changed = write_article(riau, "r.txt", "Banjir Riau", datetime(2019, 9, 2), "Banjir datang ke Riau.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder([str(jakarta), str(riau)], user_started=False)
    _search(qtbot, window, "banjir")
    assert _paths(window) == {str(jakarta / "j.txt"), str(riau / "r.txt")}

    with qtbot.waitSignal(window.resultsShown, timeout=10000):  # the app reruns the query itself
        window.indexing.remove_folder(str(jakarta))
    assert _paths(window) == {str(riau / "r.txt")}
    _search(qtbot, window, "banjir")  # and Enter again does not bring it back
    assert _paths(window) == {str(riau / "r.txt")}

    write_article(riau, "r.txt", "Asap Riau", datetime(2019, 9, 2), "Asap kebakaran hutan di Riau.")
    assert changed.exists()
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.reindex_all()
    window.indexing.summary_dialog.close()
    _search(qtbot, window, "banjir")
    assert window.model.rowCount() == 0  # the file's old version is gone too
    _search(qtbot, window, "asap")
    assert _paths(window) == {str(riau / "r.txt")}


def _many(folder, n: int, headline: str, body: str) -> None:
    for i in range(n):
        write_article(folder, f"{headline.split()[0].lower()}{i:03d}.txt", f"{headline} {i}",
                      datetime(2019, 9, 1 + i % 28), f"{body} Nomor {i}.")


def test_a_new_query_opens_at_the_top_with_its_first_result_current(qtbot, make_window, tmp_path):
    folder = tmp_path / "berita"
    _many(folder, 30, "Banjir Jakarta", "Banjir merendam Jakarta lagi.")
    _many(folder, 30, "Asap Riau", "Asap kebakaran hutan menyelimuti Riau.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=20000):
        window.indexing.index_folder(str(folder), user_started=False)
    _search(qtbot, window, "jakarta")
    view, bar = window.results_view, window.results_view.verticalScrollBar()
    view.setCurrentIndex(window.model.index(window.model.rowCount() - 1))
    view.scrollToBottom()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3000)

    _search(qtbot, window, "asap riau")
    assert bar.value() == 0
    assert view.currentIndex().row() == 0
    qtbot.waitUntil(lambda: window.preview.path == window.model.row(0).path, timeout=5000)


def test_no_article_has_every_word_is_said_above_the_results(qtbot, make_window, tmp_path):
    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir merendam Jakarta.")
    write_article(folder, "b.txt", "Asap Riau", datetime(2019, 9, 2), "Asap menyelimuti Riau.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    _search(qtbot, window, "banjir riau")
    notes = window.result_notes
    assert notes.isVisible() and "every word" in notes.text()
    assert "every word" not in window.status_label.text()
    notes_bottom = notes.mapTo(window, notes.rect().bottomLeft()).y()
    assert notes_bottom <= window.splitter.mapTo(window, window.splitter.rect().topLeft()).y()
    _search(qtbot, window, "banjir jakarta")  # every word found: nothing to explain
    assert not notes.isVisible()


def test_a_long_headline_is_cut_between_letters_with_an_ellipsis_keeping_highlights(qtbot):
    from PySide6.QtGui import QFont, QTextDocument

    from telusur.gui.delegate import ELLIPSIS, elide_document
    from telusur.gui.richtext import MARK_BG, qt_html

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    doc.setHtml(qt_html("<mark>Banjir</mark> besar melanda Jakarta dan sekitarnya sejak Senin malam hingga Rabu pagi"))
    doc.setTextWidth(100000)
    assert elide_document(doc, 200)
    text = doc.toPlainText()
    assert text.endswith(ELLIPSIS) and not text[:-1].endswith(" ")
    assert "Banjir besar melanda Jakarta dan sekitarnya".startswith(text[:-1])
    assert doc.idealWidth() <= 200
    first = doc.begin().begin().fragment()
    assert first.text() == "Banjir" and first.charFormat().background().color().name() == MARK_BG
    short = QTextDocument()
    short.setPlainText("Banjir")
    short.setTextWidth(100000)
    assert not elide_document(short, 200) and short.toPlainText() == "Banjir"


def test_rows_name_the_outlet_folder_below_the_library_folder(qtbot, make_window, tmp_path):
    from telusur.gui.results_model import outlet_of

    library = tmp_path / "berita"
    assert outlet_of(str(library / "kompas" / "2019" / "a.txt"), [str(library)]) == "kompas"
    assert outlet_of(str(library / "a.txt"), [str(library)]) == "berita"
    assert outlet_of(str(library / "tempo" / "a.txt"), [str(tmp_path), str(library)]) == "tempo"  # nearest folder
    assert outlet_of("/elsewhere/detik/a.txt", [str(library)]) == "detik"

    write_article(library / "kompas" / "2019", "k.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar.")
    write_article(library, "lepas.txt", "Banjir Bekasi", datetime(2019, 9, 2), "Banjir lagi.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(library), user_started=False)
    _search(qtbot, window, "banjir")
    folders = {row.file_name: row.folder for row in window.model.rows}
    assert folders == {"k.txt": "kompas", "lepas.txt": "berita"}


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


def test_markdown_article_shows_emphasis_never_markup(qtbot, make_window, tmp_path):
    folder = tmp_path / "md"
    folder.mkdir()
    (folder / "catatan.md").write_text(
        "# Banjir di Jakarta\n\n2019-09-01\n\n"
        "Hujan **sangat deras** turun, kata *petugas* _BPBD_.\n\n"
        "## Dampak\n\nRibuan warga mengungsi.\n\n"
        "### Baris judul yang menyambung langsung ke teks di bawahnya tanpa baris kosong sehingga menjadi satu "
        "paragraf panjang\nyang harus tetap paragraf.\n\n"
        'Teks <b>bukan tebal</b> dan [tautan](http://contoh.id) serta ![gambar](http://contoh.id/a.png) '
        '<a href="http://x">x</a>.\n',
        encoding="utf-8",
    )
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    _search(qtbot, window, "banjir")
    qtbot.waitUntil(lambda: window.preview.path is not None, timeout=5000)
    text = window.browser.toPlainText()
    assert "**" not in text and "sangat deras" in text and "#" not in text
    assert "Banjir di Jakarta" in text and "Dampak" in text
    assert "<b>bukan tebal</b>" in text and "[tautan](http://contoh.id)" in text and '<a href="http://x">' in text

    def weight_of(word: str) -> tuple[int, bool]:
        doc = window.browser.document()
        cursor = doc.find(word)
        assert not cursor.isNull(), word
        return cursor.charFormat().fontWeight(), cursor.charFormat().fontItalic()

    assert weight_of("sangat deras")[0] >= 700
    assert weight_of("petugas")[1] and weight_of("BPBD")[1]
    assert weight_of("bukan tebal")[0] < 700
    doc = window.browser.document()
    assert doc.find("Dampak").blockFormat().headingLevel() > 0
    assert doc.find("Baris judul yang menyambung").blockFormat().headingLevel() == 0  # too long for a heading
    row = window.model.row(0)
    assert row.headline == "Banjir di Jakarta" and "**" not in row.snippet_html and "<b>" in row.snippet_html
    html = window.browser.toHtml()
    assert "<a " not in html and "<img" not in html  # the article's own signs stay escaped text


# ---------------------------------------------------------------- Indonesian interface

@pytest.fixture
def indonesian(qapp):

    from telusur.gui.translations import install_translator

    app = qapp
    translator = install_translator(app, "id")
    assert translator is not None
    yield
    app.removeTranslator(translator)


def test_sync_summary_in_indonesian_numbers_with_warnings_apart(qtbot, indonesian):
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QWidget

    from telusur.gui.sync_dialog import SyncSummaryDialog
    from telusur.index import ArticleWarning, CoreMessage, FileWarning, Skipped, SkipReason, SyncReport

    parent = QWidget()
    parent.setLocale(QLocale(QLocale.Language.Indonesian))
    qtbot.addWidget(parent)
    report = SyncReport(added=1500, unchanged=12000, elapsed_s=43.1,
                        skipped=[Skipped("/b/kosong.txt", CoreMessage(SkipReason.EMPTY))],
                        warnings=[FileWarning("/b/tanpa.txt", CoreMessage(ArticleWarning.NO_DATE_LINE))])
    dialog = SyncSummaryDialog(report, ["/b"], parent)
    counts = dialog.counts.text()
    assert "1.500 ditambah" in counts and "12.000 tetap" in counts and "43,1 dtk" in counts
    assert "1 dengan peringatan" in counts

    def listed(tree) -> dict[str, str]:
        return {tree.topLevelItem(i).text(0): tree.topLevelItem(i).text(1) for i in range(tree.topLevelItemCount())}

    assert listed(dialog.skipped_view) == {"/b/kosong.txt": "berkas kosong"}
    assert listed(dialog.warnings_view) == {"/b/tanpa.txt": "tidak ada baris tanggal; artikel dibiarkan tanpa tanggal"}
    assert dialog.skipped_view.headerItem().text(0) == "Berkas dilewati"
    assert dialog.warnings_view.headerItem().text(0) == "Diindeks dengan peringatan"


def test_an_automatic_sync_that_changed_nothing_says_nothing(qtbot, make_window, tmp_path):
    from telusur.gui.usertypes import JobKind
    from telusur.gui.workers import SyncJob

    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir Jakarta", datetime(2019, 9, 1), "Banjir besar.")
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    window.notice_label.clear()
    notices = []
    window.indexing.notice.connect(lambda text, _ms: notices.append(text))
    with qtbot.waitSignal(window.syncFinished, timeout=10000):  # what the folder watcher queues
        window.sync_queue.enqueue(SyncJob(JobKind.SYNC, [str(folder)], user_started=False))
    assert notices == [] and window.notice_label.text() == ""
    write_article(folder, "b.txt", "Asap Riau", datetime(2019, 9, 2), "Asap tebal.")
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.sync_queue.enqueue(SyncJob(JobKind.SYNC, [str(folder)], user_started=False))
    assert notices == ["Index updated: 1 added, 0 updated, 0 removed."]


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


# ---------------------------------------------------------------- opening a window at all

def test_display_problem_names_the_real_cause():
    from telusur.gui.display import DisplayIssue, display_problem

    def missing(_name: str) -> None:
        return None

    def present(name: str) -> str:
        return f"lib{name}.so.0"

    none = display_problem({}, "linux", present)
    assert none is not None and none.issue is DisplayIssue.NO_DISPLAY
    assert "no display found" in none.message and "telusur search" in none.message
    assert "Reinstalling" not in none.message
    cursor = display_problem({"DISPLAY": ":0"}, "linux", missing)
    assert cursor is not None and cursor.issue is DisplayIssue.NO_XCB_CURSOR
    assert "libxcb-cursor0" in cursor.message and "apt-get install" in cursor.message
    assert display_problem({"DISPLAY": ":0"}, "linux", present) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", missing) is None  # not the xcb plugin
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", missing) is None  # the user's explicit choice
    assert display_problem({}, "win32", missing) is None


def _env_without_display(tmp_path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(TELUSUR_INDEX_DIR=str(tmp_path / "index"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the X11/Wayland check is Linux's")
def test_telusur_without_a_display_says_so_and_points_to_the_command_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "telusur"], env=_env_without_display(tmp_path),
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "no display found" in done.stderr and "telusur search" in done.stderr
    assert "xcb-cursor0" not in done.stderr and "Reinstalling" not in done.stderr
    assert "Traceback" not in done.stderr


XVFB_SCRIPT = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from telusur.gui import app as gui_app

build = gui_app.build_window

def build_and_check(*args, **kwargs):
    window = build(*args, **kwargs)
    asked = []

    def poll():
        if window.indexing.opening_done and not window.sync_queue.busy and window.indexing.doc_count and not asked:
            asked.append(True)
            window.search_input.setText("fotovoltaik")
            window.search.search_now()

    def shown(_generation):
        app = QApplication.instance()
        print("PLATFORM", app.platformName(), "VISIBLE", window.isVisible(), "EXPOSED",
              window.windowHandle().isExposed(), "ROWS", window.model.rowCount(), "LANG", window.lang, flush=True)
        window.close()

    timer = QTimer(window)
    timer.timeout.connect(poll)
    timer.start(100)
    window.resultsShown.connect(shown)
    QTimer.singleShot(60000, lambda: QApplication.instance().exit(3))
    return window

gui_app.build_window = build_and_check
sys.exit(gui_app.run())
"""


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed")
def test_the_app_opens_a_real_x11_window_under_xvfb_and_finds_the_seed(tmp_path):
    """The README's first command on a desktop: Qt picks its platform itself (xcb), the seeds index."""
    env = {k: v for k, v in _env_without_display(tmp_path).items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "TELUSUR_LANG")}
    env["LANG"] = "C.UTF-8"  # the usual container default: no language chosen, so Indonesian
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", XVFB_SCRIPT], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PLATFORM xcb VISIBLE True EXPOSED True ROWS 1 LANG id" in done.stdout, done.stdout + done.stderr


def test_the_folder_chooser_is_the_native_one_where_there_is_one(qtbot, make_window, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: asked.append(args) or "")
    window = make_window(seeds=False)
    window.reindex_action.trigger()
    (_parent, _caption, _start, options), = asked
    assert not options & QFileDialog.Option.DontUseNativeDialog
    assert options & QFileDialog.Option.ShowDirsOnly


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
