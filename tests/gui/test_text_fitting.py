"""Text that has to fit: cut headlines, related rows, the date presets, durations, the preview's top (25.11)."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument

from telusur.gui.delegate import elide_document
from telusur.gui.filters import DateFilter
from telusur.gui.preview import PreviewPanel
from telusur.gui.related import RelatedView
from telusur.searcher import ArticleView, MatchTerms
from telusur.searcher.date_column import MonthCount


def test_a_cut_headline_ends_in_a_plain_ellipsis_not_a_highlighted_one(qtbot) -> None:
    doc = QTextDocument()
    doc.setDefaultFont(QFont())
    doc.setHtml('Banjir <span style="background-color:#ffe08a">bandang menerjang kampung nelayan</span>')
    doc.setTextWidth(100000)
    assert elide_document(doc, QFontMetrics(QFont()).horizontalAdvance("Banjir bandang men"))
    text = doc.toPlainText()
    assert text.endswith("…")
    cursor = doc.find("…")
    assert cursor.charFormat().background().style() == Qt.BrushStyle.NoBrush


def test_related_rows_elide_instead_of_scrolling_sideways(qtbot) -> None:
    view = RelatedView(engine=None)  # type: ignore[arg-type]  # nothing is looked up here
    qtbot.addWidget(view)
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not view.wordWrap()


def test_the_date_presets_show_their_longest_entry_whole(qtbot) -> None:
    filt = DateFilter(lang="id")
    qtbot.addWidget(filt)
    filt.set_archive_months([MonthCount(2019, 8, 16), MonthCount(2019, 9, 12_345)])
    combo = filt.preset_combo
    longest = max((combo.itemText(i).strip() for i in range(combo.count())), key=len)
    assert "Agustus 2019 (16)" in [combo.itemText(i).strip() for i in range(combo.count())]
    room = combo.minimumContentsLength() * combo.fontMetrics().horizontalAdvance("x")
    assert combo.minimumContentsLength() >= len(longest) and room > 0


def test_the_preview_opens_at_the_headline_with_the_first_match_marked(qtbot) -> None:
    panel = PreviewPanel(lang="id")
    qtbot.addWidget(panel)
    panel.resize(500, 300)
    panel.show()
    filler = "Paragraf pembuka tanpa kata yang dicari sama sekali di sini. " * 6
    body = "\n\n".join([filler] * 12 + ["Akhirnya banjir datang ke kampung."])
    article = ArticleView("/arsip/a.txt", "Kabar dari kampung", body, datetime(2019, 9, 1, 8), True)
    panel.show_article(article, MatchTerms(exact=frozenset({"banjir"})))
    assert panel.browser.verticalScrollBar().maximum() > 0  # the match is below the first screen
    assert panel.browser.verticalScrollBar().value() == 0  # yet the headline and source line show
    assert panel.match_label.text().startswith("1/")


def test_a_cut_headline_keeps_its_match_in_view_by_cutting_the_start_too(qtbot) -> None:
    """25.11: a match past the row's width was cut away with the end; now the start goes instead."""
    from telusur.gui.delegate import ELLIPSIS
    from telusur.gui.richtext import MARK_BG, qt_html

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    doc.setHtml(qt_html("Presiden meresmikan bendungan baru di Kabupaten Bandung Barat untuk mengairi sawah "
                        "petani di tiga kecamatan, kata <mark>gubernur</mark> dalam sambutannya di lokasi"))
    doc.setTextWidth(100000)
    assert elide_document(doc, 260)
    text = doc.toPlainText()
    assert text.startswith(ELLIPSIS) and text.endswith(ELLIPSIS) and "gubernur" in text
    assert doc.idealWidth() <= 260
    words = ("Presiden meresmikan bendungan baru di Kabupaten Bandung Barat untuk mengairi sawah "
             "petani di tiga kecamatan, kata").split()
    assert text[1:].split()[0] in words  # it starts at a whole word
    fragments = []
    it = doc.begin().begin()
    while not it.atEnd():
        fragments.append(it.fragment())
        it += 1
    marked = [f.text() for f in fragments if f.charFormat().background().style() != Qt.BrushStyle.NoBrush]
    assert marked == ["gubernur"] and fragments[0].charFormat().background().style() == Qt.BrushStyle.NoBrush
    assert any(f.charFormat().background().color().name() == MARK_BG for f in fragments)


def test_a_match_that_fits_leaves_the_start_alone(qtbot) -> None:
    from telusur.gui.richtext import qt_html

    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    doc.setHtml(qt_html("Kata <mark>gubernur</mark> soal bendungan baru di Kabupaten Bandung Barat untuk sawah"))
    doc.setTextWidth(100000)
    assert elide_document(doc, 200)
    assert doc.toPlainText().startswith("Kata gubernur")
