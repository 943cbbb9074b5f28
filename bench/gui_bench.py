"""GUI speed: launch to searchable, and keystroke to painted results, on real widgets offscreen.

    .venv/bin/python -m bench.gui_bench INDEX_DIR                        # an index dir (has library.json)
    .venv/bin/python -m bench.gui_bench FOLDER --index-dir INDEX_DIR     # a folder of articles

Run it against an already-indexed library (a folder is indexed first, untimed, if
needed). Each prefix of each query is typed with QTest key clicks and searched at
once (as Enter does: the 250 ms debounce is left out, it is a deliberate wait);
the time is from the key press until the results view has been repainted with
that prefix's answer. Settings go to a temporary directory, never the user's.
"""
from __future__ import annotations

import time

LAUNCH_T0 = time.perf_counter()  # before Qt and Telusur are imported: a cold launch

import argparse  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

QUERIES = [
    "banjir",
    "jakarta",
    "presiden jokowi",
    "harga beras",
    "pemilu 2024",
    "gempa bumi",
    '"energi baru"',
    "korupsi",
    "timnas indonesia",
    "ekonomi digital",
    "fotovoltaik",
    "kebakaran hutan",
]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path, help="an index dir (with library.json) or a folder of articles")
    parser.add_argument("--index-dir", type=Path, help="index dir to use when TARGET is a folder")
    parser.add_argument("--rounds", type=int, default=2, help="times to type the whole query list")
    parser.add_argument("--compare-panels", action="store_true",
                        help="type every query twice, with and without the timeline and outlets, in one run")
    args = parser.parse_args()
    if not args.target.is_dir():
        print(f"bench.gui_bench: {args.target} is not a folder: pass an index dir (with library.json) "
              "or a folder of articles", file=sys.stderr)
        return 2

    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.mkdtemp(prefix="telusur-bench-settings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    from telusur.index import Library

    if (args.target / "library.json").exists():
        index_dir = args.target
    else:
        index_dir = args.index_dir or Path(tempfile.mkdtemp(prefix="telusur-bench-ix-"))
        lib = Library(index_dir)
        if str(args.target.resolve()) not in lib.folders:
            print(f"indexing {args.target} into {index_dir} (not timed)…", file=sys.stderr)
            lib.add_folders([args.target])
            lib.sync([args.target])
        del lib
    from telusur.gui.app import create_app
    from telusur.gui.main_window import MainWindow
    from telusur.gui.translations import choose_language, install_translator

    app = create_app()
    lang = choose_language()
    install_translator(app, lang)
    library = Library(index_dir)
    window = MainWindow(library, lang=lang)
    window.resize(1180, 760)

    def wait_for(signal, timeout_ms: int = 30000) -> list:
        loop = QEventLoop()
        got: list = []

        def done(*a):
            got.append(a)
            loop.quit()

        signal.connect(done)
        QTimer.singleShot(timeout_ms, loop.quit)
        if not got:
            loop.exec()
        signal.disconnect(done)
        if not got:
            raise TimeoutError(f"no {signal} within {timeout_ms} ms")
        return got[0]

    window.show()
    QTest.qWaitForWindowExposed(window)
    shown_s = time.perf_counter() - LAUNCH_T0
    if not window.indexing.opening_done:
        wait_for(window.ready)
    searchable_s = time.perf_counter() - LAUNCH_T0
    docs = library.document_count()

    # first query: launch to first painted answer
    window.search_input.setFocus()
    QTest.keyClicks(window.search_input, "banjir")
    gen = window.search.search_now()
    while wait_for(window.resultsShown)[0] != gen:
        pass
    window.results_stack.currentWidget().repaint()
    first_answer_s = time.perf_counter() - LAUNCH_T0

    latencies: list[float] = []
    engine_ms: list[float] = []
    last_result: dict = {}
    window.runner.resultReady.connect(lambda g, p, r: last_result.update(result=r))
    archive = window.archive_views
    bare: list[float] = []  # --compare-panels: the same keystrokes without the timeline and outlets
    bare_engine: list[float] = []

    def paint() -> None:
        window.results_stack.currentWidget().repaint()
        if archive.panels:
            archive.timeline.repaint()
            archive.outlets.viewport().repaint()

    modes = [True, False] if args.compare_panels else [True]
    for _ in range(args.rounds):
        for query in QUERIES:
            for panels in modes:  # interleaved, so the machine's load falls on both alike
                archive.set_panels(panels)
                times, engines = (latencies, engine_ms) if panels else (bare, bare_engine)
                QTest.keyClick(window.search_input, Qt.Key.Key_Escape)  # clears (and idles)
                for ch in query:
                    t0 = time.perf_counter()
                    QTest.keyClicks(window.search_input, ch)
                    gen = window.search.search_now()
                    while wait_for(window.resultsShown)[0] != gen:
                        pass
                    paint()
                    times.append((time.perf_counter() - t0) * 1000)
                    engines.append(last_result["result"].elapsed_ms)
    archive.set_panels(True)

    # brushing: a bar of the timeline -> results (and timeline, outlets) painted
    brush_ms: list[float] = []
    for query in ("banjir", "jakarta", "presiden jokowi", "korupsi"):
        window.search_input.setText(query)
        gen = window.search.search_now()
        while wait_for(window.resultsShown)[0] != gen:
            pass
        n_buckets = len(archive.timeline.buckets)
        ranges = [archive.timeline.bucket_range(i, i) for i in range(0, n_buckets, max(1, n_buckets // 6))]
        for lo, hi in ranges:  # each from the whole query's timeline, as a click on its bar
            t0 = time.perf_counter()
            archive.timeline.rangeChosen.emit(lo, hi)
            gen = window.runner.generation
            while wait_for(window.resultsShown)[0] != gen:
                pass
            paint()
            brush_ms.append((time.perf_counter() - t0) * 1000)
            window.date_filter.set_range(None, None, notify=False)
    window.date_filter.clear()

    # paging: a broad query, scroll to the bottom, time until the next page is in
    window.search_input.setText("indonesia")
    gen = window.search.search_now()
    while wait_for(window.resultsShown)[0] != gen:
        pass
    rows = window.model.rowCount()
    t0 = time.perf_counter()
    window.results_view.scrollToBottom()
    QApplication.processEvents()
    while window.model.rowCount() == rows and window.model.total > rows:
        wait_for(window.model.rowsInserted)
    window.results_view.viewport().repaint()
    page_ms = (time.perf_counter() - t0) * 1000

    t0 = time.perf_counter()
    window.close()
    close_ms = (time.perf_counter() - t0) * 1000

    n = len(latencies)
    print(f"Telusur GUI benchmark · {docs:,} articles · index {index_dir} · Qt offscreen · language {lang}")
    print(f"{'measure':<46}{'value':>14}")
    print("-" * 60)
    print(f"{'launch → window shown':<46}{shown_s * 1000:>11.0f} ms")
    print(f"{'launch → index open, searchable':<46}{searchable_s * 1000:>11.0f} ms")
    print(f"{'launch → first query painted':<46}{first_answer_s * 1000:>11.0f} ms")
    print(f"{f'keystroke → results+timeline+outlets, median (n={n})':<46}{statistics.median(latencies):>11.1f} ms")
    print(f"{'keystroke → results painted, p95':<46}{percentile(latencies, 0.95):>11.1f} ms")
    print(f"{'keystroke → results painted, max':<46}{max(latencies):>11.1f} ms")
    print(f"{'  of which engine search, median':<46}{statistics.median(engine_ms):>11.1f} ms")
    print(f"{'  of which engine search, p95':<46}{percentile(engine_ms, 0.95):>11.1f} ms")
    if bare:
        print(f"{f'  without timeline+outlets, median (n={len(bare)})':<46}{statistics.median(bare):>11.1f} ms")
        print(f"{'  without timeline+outlets, p95':<46}{percentile(bare, 0.95):>11.1f} ms")
        print(f"{'  without: engine search, median':<46}{statistics.median(bare_engine):>11.1f} ms")
        ratio_med = statistics.median(latencies) / statistics.median(bare)
        ratio_p95 = percentile(latencies, 0.95) / percentile(bare, 0.95)
        print(f"{'  with / without panels, median | p95':<46}{ratio_med:>8.2f} | {ratio_p95:.2f}")
    if brush_ms:
        label = f"brush a bar → results painted, median (n={len(brush_ms)})"
        print(f"{label:<46}{statistics.median(brush_ms):>11.1f} ms")
        print(f"{'brush a bar → results painted, p95':<46}{percentile(brush_ms, 0.95):>11.1f} ms")
    print(f"{'scroll to bottom → next page painted':<46}{page_ms:>11.1f} ms")
    print(f"{'close (settings saved, workers stopped)':<46}{close_ms:>11.1f} ms")
    print("(keystroke times leave out the 250 ms typing debounce; each prefix is searched as on Enter)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
