"""docs/archive-timeline-brushing.png and docs/archive-copies-related-saved.png (the README's archive part).

An Indonesian window over the archive views' small archive plus a year of
flood reports from five outlets, so the timeline has a shape and the related
list has neighbours. Written into docs/ only with TELUSUR_WRITE_SCREENSHOTS=1.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from archive_views_corpus import add_new_floods, write_archive
from helpers import write_article
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from telusur.searcher import SearchRequest

from .screenshots import screenshot_dir
from .typing_helpers import type_query

OUTLETS = ("kompas", "antara", "okezone", "detik", "tempo")
PLACES = ("kawasan", "kampung", "perumahan", "desa", "pasar")


def _write_year(folder: Path, n: int = 110) -> None:
    """``n`` flood reports over 2019, most of them in September (the rainy season of the story)."""
    rng = random.Random(7)
    for i in range(n):
        outlet = OUTLETS[i % len(OUTLETS)]
        day = rng.randint(244, 273) if i % 3 else rng.randint(0, 364)  # two in three in September
        when = datetime(2019, 1, 1, 9) + timedelta(days=day)
        place = PLACES[i % len(PLACES)]
        write_article(folder / outlet, f"y{i}.txt", f"Banjir melanda {place} {i} setelah hujan", when,
                      f"Banjir melanda {place} nomor {i} setelah hujan deras; warga mengungsi ke posko terdekat.")


def _save_small(image: QImage, path: Path, rect: QRect | None = None) -> None:
    """An indexed-colour PNG (a third of the size of the grab; the UI has few colours)."""
    if rect is not None:
        image = image.copy(rect)
    image = image.convertToFormat(QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither)
    assert image.save(str(path), "PNG", 0)


@pytest.fixture
def year_window(qtbot, make_window, tmp_path, indonesian):
    folder = write_archive(tmp_path)
    _write_year(folder)
    window = make_window(seeds=False, lang="id")
    window.resize(1180, 760)
    with qtbot.waitSignal(window.syncFinished, timeout=30000):
        window.indexing.index_folder(str(folder), user_started=False)
    window.notice_label.clear()
    return window, folder


def test_timeline_brushing_screenshot(qtbot, year_window, tmp_path) -> None:
    window, _ = year_window
    type_query(qtbot, window, "banjir")
    timeline = window.archive_views.timeline
    buckets = timeline.buckets
    first = next(i for i, b in enumerate(buckets) if b.start.month == 9 and b.start.day <= 7)
    last = max(i for i, b in enumerate(buckets) if b.start.month == 9)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect(first).center())
    qtbot.mouseMove(timeline, timeline.bar_rect(last).center())  # mid-brush: the bars light up
    label = window.preview.match_label
    QApplication.processEvents()
    # The preview of the first row, its "1/2" laid out.
    qtbot.waitUntil(lambda: label.text() == "1/2" and label.width() >= label.sizeHint().width(), timeout=5000)
    counts = {c.value: c.count for c in window.archive_views.outlets_counts()}
    assert set(OUTLETS) <= set(counts)
    assert window.preview.prev_button.text() == "◀" and window.preview.next_button.text() == "▶"
    _save_small(window.grab().toImage(), screenshot_dir(tmp_path) / "archive-timeline-brushing.png",
                QRect(0, 50, 1180, 260))
    with qtbot.waitSignal(window.searchSettled, timeout=8000):
        qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=timeline.bar_rect(last).center())
    assert window.date_filter.date_range()[0] == buckets[first].start


def test_copies_related_and_saved_screenshot(qtbot, year_window, tmp_path) -> None:
    window, folder = year_window
    saved = window.archive_views.saved
    for name, text in (("Banjir Ciliwung", "banjir ciliwung"), ("Banjir", "banjir")):
        with qtbot.waitSignal(saved.badgesShown, timeout=20000):
            saved.save(name, SearchRequest(text))
    add_new_floods(folder, 3)
    with qtbot.waitSignal(saved.badgesShown, timeout=30000):
        window.indexing.index_folder(str(folder), user_started=False)
    assert window.archive_views.saved_view.badge("Banjir") == 3
    related = window.archive_views.related
    with qtbot.waitSignal(related.loaded, timeout=15000):
        type_query(qtbot, window, "banjir ciliwung")
    first = window.model.rows[0]
    assert len(first.copies) == 2
    qtbot.waitUntil(lambda: related.count() > 3, timeout=10000)
    window.notice_label.clear()
    QApplication.processEvents()
    _save_small(window.grab().toImage(), screenshot_dir(tmp_path) / "archive-copies-related-saved.png")
