"""The GUI thread never stalls: a scripted session of typing, brushing, reading and cancelling.

A watchdog (gui/stall_watch.py) measures every gap in the event loop. Two
limits, so the test means the same on a quiet desktop and a loaded CI machine:
the GUI thread's own CPU time in one gap must stay under 50 ms (slow work on
the GUI thread: a column scan, a folder walk, parsing a file), and the
wall-clock gap under ``TELUSUR_STALL_WALL_MS`` (default 2,000 ms: a hang
guard for waiting on a lock or a file, which costs no CPU). The wall limit
cannot be tight in a test: on a loaded two-core machine the GUI thread waits
for the GIL and the scheduler for over 500 ms with 3 ms of its own CPU (seen
in CI at 250 ms, a flaky failure). bench/gui_bench.py reports the 50 ms
wall-clock figure on a real corpus; set TELUSUR_STALL_WALL_MS=250 to check it
locally on a quiet machine.
"""
from __future__ import annotations

import os
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import write_article
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from telusur.gui.stall_watch import StallWatch

CPU_LIMIT_MS = 50.0
WALL_LIMIT_MS = float(os.environ.get("TELUSUR_STALL_WALL_MS", "2000"))

QUERIES = ["banjir", "jakarta", "presiden", "harga beras", "gempa bumi", "korupsi", "timnas", "ekonomi",
           "kebakaran hutan", "pemilu", "sungai", "warga"]
WORDS = ["banjir", "jakarta", "presiden", "harga", "beras", "gempa", "bumi", "korupsi", "timnas", "ekonomi",
         "kebakaran", "hutan", "pemilu", "sungai", "warga", "pasar", "sekolah", "jalan", "kota", "desa"]
OUTLETS = ["kompas", "tempo", "okezone", "detik"]


def write_corpus(folder: Path, n: int = 240) -> Path:
    """``n`` short articles over four outlets and two years, mixing the query words."""
    start = datetime(2018, 1, 3, 8)
    for i in range(n):
        words = [WORDS[(i * k + k) % len(WORDS)] for k in (1, 3, 7, 11)]
        body = " ".join(words * 6) + f". Laporan nomor {i} dari lapangan."
        write_article(folder / OUTLETS[i % 4], f"a{i:03}.txt", f"{words[0].title()} {words[1]} {i}",
                      start + timedelta(days=3 * i), body, " ".join(reversed(words)) + ".")
    return folder


@pytest.fixture
def session(qtbot, make_window, tmp_path):
    folder = write_corpus(tmp_path / "arsip")
    window = make_window(seeds=False)
    window.resize(1366, 768)
    with qtbot.waitSignal(window.syncFinished, timeout=30000):
        window.indexing.index_folder(str(folder), user_started=False)
    return window


def _type(qtbot, window, watch: StallWatch, text: str) -> None:
    """Type ``text`` key by key, letting the loop turn between keys as a person's typing does."""
    box = window.search_input
    qtbot.keyClick(box, Qt.Key.Key_Escape)

    def answers(generation: int) -> bool:
        request = window.search.request
        return generation == window.runner.generation and request is not None and request.text == text

    with qtbot.waitSignal(window.searchSettled, timeout=10000, check_params_cb=answers):
        for ch in text:
            qtbot.keyClicks(box, ch)
            QApplication.processEvents()


def test_typing_brushing_reading_and_cancelling_never_stall(qtbot, session, tmp_path, gate) -> None:
    window = session
    views = window.archive_views
    watch = StallWatch()
    watch.start()

    watch.step = "typing"
    for query in QUERIES:
        _type(qtbot, window, watch, query)
    assert window.model.rowCount() > 0

    watch.step = "brushing"
    timeline = views.timeline
    for first in range(0, max(1, len(timeline.buckets) - 2), max(1, len(timeline.buckets) // 4)):
        x0, x1 = timeline.bar_rect(first).center(), timeline.bar_rect(first + 1).center()
        with qtbot.waitSignal(window.searchSettled, timeout=10000):
            qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=x0)
            qtbot.mouseMove(timeline, x1)
            qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=x1)
        with qtbot.waitSignal(window.searchSettled, timeout=10000):
            window.date_filter.clear()

    watch.step = "reading"
    _type(qtbot, window, watch, "warga")
    for row in range(1, 6):
        with qtbot.waitSignal(window.previewShown, timeout=10000):
            window.results_view.setCurrentIndex(window.model.index(row))
    with qtbot.waitSignal(views.related.loaded, timeout=10000):
        pass  # the reader settled on the fifth article: its related articles arrive

    watch.step = "cancelling"
    more = write_corpus(tmp_path / "lagi", 60)
    held = gate(after=3)
    job = window.indexing.index_folder(str(more), user_started=False)
    assert job is not None
    assert held.reached.wait(20)
    button = window.sync_status.cancel_button
    assert button.isEnabled()
    with qtbot.waitSignal(window.syncFinished, timeout=20000) as finished:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not button.isEnabled()  # pressed once: it cannot be pressed again
        held.release.set()
    assert finished.args[1].cancelled
    watch.stop()

    busy = watch.stalls(CPU_LIMIT_MS, cpu=True)
    blocked = watch.stalls(WALL_LIMIT_MS)
    assert not busy, f"the GUI thread worked over {CPU_LIMIT_MS} ms at once: {busy}"
    assert not blocked, f"the GUI thread was held over {WALL_LIMIT_MS} ms: {blocked}"
    assert watch.gaps  # the watchdog did run


def test_the_watchdog_catches_a_stalled_gui_thread(qtbot, session, monkeypatch) -> None:
    """Slow work on the GUI thread (here, a result shown after 120 ms of CPU) is reported."""
    window = session
    shown = window.search.on_result

    def slow(*args):
        import time

        end = time.thread_time() + 0.12
        while time.thread_time() < end:
            pass
        shown(*args)

    window.runner.resultReady.disconnect(window.search.on_result)
    window.runner.resultReady.connect(slow)
    watch = StallWatch()
    watch.start()
    _type(qtbot, window, watch, "banjir")
    watch.stop()
    assert watch.stalls(CPU_LIMIT_MS, cpu=True)


def test_related_articles_wait_for_the_reader_and_never_hold_the_search(qtbot, session, monkeypatch) -> None:
    """Typing starts no related lookup; one that is slow does not hold up the next search."""
    window = session
    related = window.archive_views.related
    related.settle.setInterval(600_000)  # the reader never settles during this test
    watch = StallWatch()
    for query in ("banjir", "jakarta", "harga beras"):
        with qtbot.waitSignal(window.previewShown, timeout=10000):
            _type(qtbot, window, watch, query)
    assert related.asked == 0  # never per keystroke

    # A related lookup that takes a long time (held here) runs beside the searches, not ahead of them.
    from telusur.searcher import engine as engine_module

    release, entered = threading.Event(), threading.Event()
    real = engine_module.related_docs

    def held(*args, **kwargs):
        entered.set()
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(engine_module, "related_docs", held)
    try:
        related.setFocus()  # on demand: tabbing to the list asks at once
        assert related.asked == 1
        assert entered.wait(10)
        _type(qtbot, window, watch, "korupsi")  # answered while the related lookup still holds its engine
        assert window.model.rowCount() > 0
    finally:
        release.set()
    assert related.background.wait(10000)
