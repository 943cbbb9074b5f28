"""Articles from data sets and web pages in the app: the source beside the date,
one row per record, "Open file" opens the original file, "Open link" the URL."""
from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtGui import QAction, QDesktopServices

from telusur.gui.preview import PreviewPanel
from telusur.gui.results_model import ResultRow, ResultsModel
from telusur.searcher import ArticleView, Hit, Marked, MatchTerms


def _hit(record: int, source: str | None = "Antara") -> Hit:
    return Hit("/arsip/data/berita.jsonl", f"Judul {record}", Marked(f"Judul {record}"), datetime(2019, 9, 12),
               False, 1.0, Marked(), key=f"/arsip/data/berita.jsonl#{record}", source=source, url=None,
               format="jsonl", record=record)


def test_rows_show_the_source_and_keep_every_record_of_a_data_set(qtbot) -> None:
    row = ResultRow.from_hit(_hit(3))
    assert row.source == "Antara" and row.file_name == "berita.jsonl #3"
    model = ResultsModel()
    model.reset([_hit(1), _hit(2)], total=3, page_size=2)
    model.append_page(2, [_hit(3, source=None)])
    assert model.rowCount() == 3  # three articles of one file, not one
    assert [model.index(i).data(ResultsModel.PathRole) for i in range(3)] == [
        f"/arsip/data/berita.jsonl#{i}" for i in (1, 2, 3)
    ]
    assert model.row(2).source == ""


def test_open_file_and_open_link(qtbot, monkeypatch, tmp_path) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    page = tmp_path / "pompa.html"
    page.write_text("<html></html>")
    panel = PreviewPanel(lang="en")
    qtbot.addWidget(panel)
    action = panel.findChild(QAction, "openLinkAction")
    assert action is not None and not action.isEnabled()

    article = ArticleView(str(page), "DKI Siapkan Pompa", "Isi berita.", datetime(2019, 9, 10, 21, 48), True,
                          key=str(page), source="detikNews", url="https://news.detik.com/d-1", format="html")
    panel.show_article(article, MatchTerms())
    assert "detikNews" in panel.browser.toPlainText() and "https://news.detik.com/d-1" in panel.browser.toPlainText()
    assert action.isEnabled()
    action.trigger()
    panel.open_file()
    assert opened == ["https://news.detik.com/d-1", page.as_uri()]  # the saved page itself, not the text

    for url in (None, "javascript:alert(1)", "file:///etc/passwd"):
        panel.show_article(ArticleView(str(page), "J", "I", None, False, key=str(page), url=url), MatchTerms())
        assert not action.isEnabled()


def test_a_data_set_record_previews_from_the_index(qtbot, make_window, tmp_path) -> None:
    folder = tmp_path / "arsip"
    (folder / "data").mkdir(parents=True)
    rows = [{"judul": f"Berita {i}", "tanggal": "2019-09-12", "isi": f"Laporan nomor {i} tentang tsunami.",
             "tautan": f"https://antara.id/{i}", "media": "Antara"} for i in (1, 2)]
    (folder / "data" / "antara.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    window = make_window(seeds=False)
    with qtbot.waitSignal(window.syncFinished, timeout=10000):
        window.indexing.index_folder(str(folder), user_started=False)
    window.search_input.setText("tsunami")
    with qtbot.waitSignal(window.resultsShown, timeout=5000):
        window.search.search_now()
    assert window.model.rowCount() == 2
    with qtbot.waitSignal(window.previewShown, timeout=5000):
        window.results_view.setCurrentIndex(window.model.index(1))
    record = window.model.row(1).record
    assert f"Laporan nomor {record}" in window.preview.browser.toPlainText()
    assert window.preview.url == f"https://antara.id/{record}"
    assert window.preview.path == str((folder / "data" / "antara.jsonl").resolve())
