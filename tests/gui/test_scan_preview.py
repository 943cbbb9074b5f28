"""A scanned clipping's picture is shown beside its OCR text in the preview; other formats show text only."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PIL import Image

from telusur.gui.preview import PreviewPanel
from telusur.searcher import ArticleView, MatchTerms

NO_MATCH = MatchTerms(stems=frozenset(), exact=frozenset())


def _article(path: Path, fmt: str) -> ArticleView:
    return ArticleView(path=str(path), headline="Banjir Rendam Bekasi", body="Hujan deras membuat kali meluap.",
                       date=datetime(2020, 1, 14), has_time=False, format=fmt)


def test_scan_shows_beside_the_text_scaled_down(qtbot, tmp_path: Path) -> None:
    scan = tmp_path / "kliping.png"
    Image.new("L", (2480, 3508), 255).save(scan)  # an A4 page at 300 dpi
    panel = PreviewPanel(lang="en")
    qtbot.addWidget(panel)
    panel.show()
    panel.show_article(_article(scan, "image"), NO_MATCH)
    assert panel.scan.isVisible()
    pixmap = panel.scan.label.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= 480
    assert "Hujan deras" in panel.browser.toPlainText()

    text = tmp_path / "berita.txt"
    text.write_text("x")
    panel.show_article(_article(text, "txt"), NO_MATCH)
    assert not panel.scan.isVisible()


def test_missing_or_broken_scan_shows_text_only(qtbot, tmp_path: Path) -> None:
    panel = PreviewPanel(lang="en")
    qtbot.addWidget(panel)
    panel.show()
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"\xff\xd8\xff bukan gambar")
    for path in (broken, tmp_path / "hilang.png"):
        panel.show_article(_article(path, "image"), NO_MATCH)
        assert not panel.scan.isVisible()
        assert "Hujan deras" in panel.browser.toPlainText()
