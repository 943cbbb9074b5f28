"""The preview lays out at most PREVIEW_MAX_CHARS of an article and says so (issue 26.8).

A 9 MB one-line article showed its preview only after 60 s: Qt laid out all
of it. Now the start is shown and a note says the rest is in the file.
"""
from __future__ import annotations

from telusur.gui import preview
from telusur.gui.preview import PreviewPanel
from telusur.searcher import ArticleView, MatchTerms

WORDS = "harga beras di pasar induk naik lagi pekan ini menurut pedagang setempat "


def test_a_giant_one_line_article_is_cut_with_a_note(qtbot, monkeypatch) -> None:
    monkeypatch.setattr(preview, "PREVIEW_MAX_CHARS", 300_000)
    body = (WORDS * 40_000)[:2_500_000] + " penutup"  # one line, no paragraph breaks
    article = ArticleView(path="/tmp/satu_baris.txt", headline="Satu baris", body=body, date=None, has_time=False)
    panel = PreviewPanel(lang="en")
    qtbot.addWidget(panel)
    panel.show_article(article, MatchTerms(stems=frozenset({"beras"}), exact=frozenset({"beras"})))
    qtbot.waitUntil(lambda: not panel.loading, timeout=60_000)
    text = panel.browser.toPlainText()
    assert len(text) < 310_000
    assert "penutup" not in text
    assert text.rstrip().endswith("The preview shows the first 300,000 of 2,500,008 characters; "
                                  "open the file to read it all.")
    assert 0 < panel.match_count < 300_000 // len(WORDS) + 2
