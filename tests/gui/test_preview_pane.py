"""The preview pane: Markdown emphasis shown, never markup."""
from __future__ import annotations


def _search(qtbot, window, text: str) -> None:
    window.search_input.setText(text)
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()


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
