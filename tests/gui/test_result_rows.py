"""Result rows: headlines cut between letters, outlet folder and file name in narrow rows."""
from __future__ import annotations

from datetime import datetime

from helpers import write_article


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


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
