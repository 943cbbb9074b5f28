"""GUI speed: launch to searchable, and keystroke to painted results, on real widgets offscreen.

    .venv/bin/python -m bench.gui_bench INDEX_DIR                        # an index dir (has library.json)
    .venv/bin/python -m bench.gui_bench FOLDER --index-dir INDEX_DIR     # a folder of articles

Run it against an already-indexed library (a folder is indexed first, untimed, if
needed). Measured in one run:

* keystroke -> painted, debounce included: each prefix of each query is typed
  with a QTest key click into the real search box and left to the app (its
  debounce, its pipeline); the time runs from the key press until the results
  view is repainted with that prefix's answer. "settled" adds the side work
  (exact count, timeline, outlets) painted too.
* bursts: a whole query typed at ``--key-ms`` intervals (timer-driven key
  events, the loop turning between them): last key -> final answer painted.
* the same prefixes searched at once without the debounce (as on Enter), and
  the engine's own search time of each, for comparison.
* GUI-thread stalls (gui/stall_watch.py) over the whole scripted session:
  typing, brushing the timeline, opening articles.
* cancel: a second, temporary library indexes ``--cancel-folder`` (default:
  the TARGET folder when it is a folder, else skipped); Cancel is pressed once
  files are flowing; the time until the window reports the run finished.

Settings go to a temporary directory, never the user's.
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

IDLE_S = 10  # seconds of an idle window watched for stalls (the machine's baseline)

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
    parser.add_argument("--debounce-ms", type=int, help="the typing debounce for this run (default: the app's)")
    parser.add_argument("--switch-ms", type=float, help="sys.setswitchinterval for this run (GIL hand-over, ms)")
    parser.add_argument("--key-ms", type=int, default=120, help="interval between keys in the typing bursts")
    parser.add_argument("--cancel-folder", type=Path, help="a folder of articles to index and cancel (temporary index)")
    parser.add_argument("--launches", type=int, default=3,
                        help="whole-process launches to time (spawn -> first query painted, `gui --self-test`)")
    parser.add_argument("--compare-related", action="store_true",
                        help="type every query twice, with and without the related list's lookup, in one run")
    parser.add_argument("--compare-panels", action="store_true",
                        help="type every query twice, with and without the timeline and outlets, in one run")
    parser.add_argument("--no-mmap", action="store_true",
                        help="experiment: open segment files with reads, not mmap (a page fault holds the GIL)")
    parser.add_argument("--blame", action="store_true",
                        help="name the lines other threads ran when a sampler thread woke > 40 ms late "
                             "(bench/gil_blame.py; adds a thread, so not for the stall counts)")
    args = parser.parse_args()
    if not args.target.is_dir():
        print(f"bench.gui_bench: {args.target} is not a folder: pass an index dir (with library.json) "
              "or a folder of articles", file=sys.stderr)
        return 2

    if args.no_mmap:  # experiment: Whoosh reads segment files instead of mapping them
        import whoosh.filedb.filestore as filestore

        original = filestore.FileStorage.__init__

        def no_mmap(self, path, supports_mmap=True, readonly=False, debug=False):  # noqa: ANN001
            original(self, path, supports_mmap=False, readonly=readonly, debug=debug)

        filestore.FileStorage.__init__ = no_mmap
    if args.switch_ms:
        sys.setswitchinterval(args.switch_ms / 1000)
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.mkdtemp(prefix="telusur-bench-settings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)

    from telusur.index import Library
    from telusur.startup import start

    # What the app's entry point does first (settings, stemmer, segments read from their memory map in
    # place): without it Whoosh copied each segment file it opened onto the heap, holding the GIL for
    # 90-170 ms at every searcher opened during the session, a stall the app itself does not have.
    start()

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
    if args.debounce_ms is not None:
        window.search.debounce.setInterval(args.debounce_ms)

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

    # first query: launch to first painted answer
    window.search_input.setFocus()
    QTest.keyClicks(window.search_input, "banjir")
    gen = window.search.search_now()
    while wait_for(window.resultsShown)[0] != gen:
        pass
    window.results_stack.currentWidget().repaint()
    first_answer_s = time.perf_counter() - LAUNCH_T0
    docs = library.document_count()  # after the clock: it opens a searcher on the GUI thread (~0.1-0.2 s)

    DEBOUNCE_MS = window.search.debounce.interval()  # noqa: N806 - the app's constant, or --debounce-ms
    from telusur.gui.stall_watch import StallWatch

    watch = StallWatch(run_queue_clock=run_queue_clock())
    watch.start()
    blame = None
    if args.blame:
        from bench.gil_blame import GilBlame

        blame = GilBlame(gui_last_tick=lambda: watch._last_wall)
        blame.start()
    watch_t0 = time.perf_counter()

    def prefix_answered(text: str) -> None:
        """Wait until the results on show are those of ``text`` (the app searches on its own)."""
        while True:
            gen = wait_for(window.resultsShown)[0]
            request = window.search.request
            if gen == window.runner.generation and request is not None and request.text == text:
                return

    last_settled = {"gen": -1}
    window.searchSettled.connect(lambda g: last_settled.update(gen=g))

    def settled_for(gen: int) -> None:
        while last_settled["gen"] != gen:  # it may have come with the page itself (no side work)
            wait_for(window.searchSettled)

    # keystroke -> painted with the app's own debounce and pipeline
    debounced: list[float] = []
    debounced_settled: list[float] = []
    no_related: list[float] = []  # --compare-related: the same keys, the related lookup switched off
    related = window.archive_views.related
    settle_ms = related.settle.interval()
    watch.step = "typing (debounce)"
    for _ in range(args.rounds):
        for query, with_related in [(q, on) for q in QUERIES for on in ((True, False) if args.compare_related
                                                                          else (True,))]:
            related.settle.setInterval(settle_ms if with_related else 10**8)
            QTest.keyClick(window.search_input, Qt.Key.Key_Escape)
            for i, ch in enumerate(query):
                t0 = time.perf_counter()
                QTest.keyClicks(window.search_input, ch)
                prefix = query[: i + 1].strip()
                if not prefix or prefix == query[:i].strip():
                    continue  # a space: the query did not change
                prefix_answered(prefix)
                window.results_stack.currentWidget().repaint()
                (debounced if with_related else no_related).append((time.perf_counter() - t0) * 1000)
                gen = window.runner.generation
                settled_for(gen)
                archive_panels = window.archive_views
                archive_panels.timeline.repaint()
                archive_panels.outlets.viewport().repaint()
                if with_related:
                    debounced_settled.append((time.perf_counter() - t0) * 1000)
    related.settle.setInterval(settle_ms)

    # bursts: a whole query typed at --key-ms, last key -> final answer painted
    burst: list[float] = []
    watch.step = "typing bursts"
    for query in QUERIES:
        QTest.keyClick(window.search_input, Qt.Key.Key_Escape)
        keys = list(query)
        last_key: dict = {}

        def next_key(keys: list[str] = keys, last_key: dict = last_key) -> None:
            ch = keys.pop(0)
            if not keys:
                last_key["t"] = time.perf_counter()
            QTest.keyClicks(window.search_input, ch)
            if keys:
                QTimer.singleShot(args.key_ms, next_key)

        QTimer.singleShot(0, next_key)
        while "t" not in last_key:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        prefix_answered(query)
        window.results_stack.currentWidget().repaint()
        burst.append((time.perf_counter() - last_key["t"]) * 1000)

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

    watch.step = "typing (no debounce)"
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
    watch.step = "brushing"
    brush_ms: list[float] = []
    for query in ("banjir", "jakarta", "presiden jokowi", "korupsi"):
        window.search_input.setText(query)
        gen = window.search.search_now()
        while wait_for(window.resultsShown)[0] != gen:
            pass
        settled_for(gen)  # the timeline's bars come with the side work
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

    # opening articles: select five results in turn, the preview painted; the related list once settled
    watch.step = "opening articles"
    open_ms: list[float] = []
    window.search_input.setText("banjir jakarta")
    gen = window.search.search_now()
    while wait_for(window.resultsShown)[0] != gen:
        pass
    for row in range(1, min(6, window.model.rowCount())):
        t0 = time.perf_counter()
        window.results_view.setCurrentIndex(window.model.index(row))
        wait_for(window.previewShown)
        window.preview.repaint()
        open_ms.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    wait_for(window.archive_views.related.loaded)
    related_ms = (time.perf_counter() - t0) * 1000
    # The machine's own share: the same watch over an idle window (nothing searched), so the wall
    # stalls above can be told from the scheduler's and other processes' on this loaded machine.
    watched_s = time.perf_counter() - watch_t0
    watch.step = "idle (baseline)"
    idle_loop = QEventLoop()
    QTimer.singleShot(IDLE_S * 1000, idle_loop.quit)
    idle_loop.exec()
    watch.stop()
    if blame is not None:
        blame.stop()

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

    launches = [whole_process_launch(index_dir, lang) for _ in range(args.launches)]
    cancel = None
    cancel_folder = args.cancel_folder or (None if (args.target / "library.json").exists() else args.target)
    if cancel_folder is not None:
        cancel = measure_cancel(cancel_folder, wait_for)

    n = len(latencies)
    print(f"Telusur GUI benchmark · {docs:,} articles · index {index_dir} · Qt {app.platformName()} · "
          f"language {lang}")
    print(f"{'measure':<46}{'value':>14}")
    print("-" * 60)
    print(f"{'launch → window shown':<46}{shown_s * 1000:>11.0f} ms")
    print(f"{'launch → index open, searchable':<46}{searchable_s * 1000:>11.0f} ms")
    print(f"{'launch → first query painted':<46}{first_answer_s * 1000:>11.0f} ms")
    if launches:
        print(f"{'whole process: spawn → first query painted':<46}{statistics.median(launches):>11.0f} ms"
              f"  (median of {len(launches)}: {', '.join(f'{v:.0f}' for v in launches)})")
    n_d = len(debounced)
    print(f"{f'key → painted, {DEBOUNCE_MS} ms debounce, median (n={n_d})':<46}"
          f"{statistics.median(debounced):>11.1f} ms")
    print(f"{'key → painted, debounce included, p95':<46}{percentile(debounced, 0.95):>11.1f} ms")
    if no_related:
        print(f"{f'  same keys, related lookup off, median (n={len(no_related)})':<46}"
              f"{statistics.median(no_related):>11.1f} ms")
        print(f"{'  same keys, related lookup off, p95':<46}{percentile(no_related, 0.95):>11.1f} ms")
    print(f"{'key → settled (count+timeline+outlets), median':<46}{statistics.median(debounced_settled):>11.1f} ms")
    print(f"{'key → settled, p95':<46}{percentile(debounced_settled, 0.95):>11.1f} ms")
    print(f"{f'burst at {args.key_ms} ms/key: last key → painted, median':<46}{statistics.median(burst):>11.1f} ms")
    print(f"{f'  p95 (n={len(burst)})':<46}{percentile(burst, 0.95):>11.1f} ms")
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
    print(f"{'open an article → preview painted, median':<46}{statistics.median(open_ms):>11.1f} ms")
    print(f"{'  related list after the last one (300 ms settle)':<46}{related_ms:>11.1f} ms")
    busy = [g for g in watch.gaps if g.during != "idle (baseline)"]
    idle = [g for g in watch.gaps if g.during == "idle (baseline)"]
    watch.gaps = busy
    longest = watch.longest()
    print(f"{f'GUI-thread stalls > 50 ms (wall), {watched_s:.0f} s':<46}{len(watch.stalls(50)):>14}")
    print(f"{f'  idle window, same watch, {IDLE_S} s: > 50 ms (wall)':<46}"
          f"{sum(1 for g in idle if g.wall_ms > 50):>14}")
    print(f"{'GUI-thread stalls > 50 ms of GUI-thread CPU':<46}{len(watch.stalls(50, cpu=True)):>14}")
    for stall in sorted(watch.stalls(50, cpu=True), key=lambda g: -g.cpu_ms)[:3]:
        print(f"{'    CPU stall':<46}{stall.wall_ms:>8.1f} | {stall.cpu_ms:.1f} ms  ({stall.during})")
    if longest is not None:
        print(f"{'  longest stall: wall | GUI CPU':<46}{longest.wall_ms:>8.1f} | {longest.cpu_ms:.1f} ms"
              f"  ({longest.during})")
        for stall in sorted(watch.stalls(50), key=lambda g: -g.wall_ms)[:5]:
            print(f"{'    stall':<46}{stall.wall_ms:>8.1f} | {stall.cpu_ms:.1f} ms  ({stall.during})")
        big = watch.stalls(50)
        waiting = [g for g in big if g.wall_ms - g.cpu_ms - g.queued_ms > 0.5 * g.wall_ms]
        print(f"{'  > 50 ms stalls: GUI CPU | waiting for a CPU':<46}"
              f"{sum(g.cpu_ms for g in big):>8.0f} | {sum(g.queued_ms for g in big):.0f} ms of "
              f"{sum(g.wall_ms for g in big):.0f}")
        print(f"{'  > 50 ms stalls mostly asleep (GIL or a lock)':<46}{len(waiting):>14}"
              f"  ({', '.join(f'{g.wall_ms:.0f}/{g.queued_ms:.0f}q' for g in waiting[:8])})")
    print(f"{'scroll to bottom → next page painted':<46}{page_ms:>11.1f} ms")
    print(f"{'close (settings saved, workers stopped)':<46}{close_ms:>11.1f} ms")
    if cancel is not None:
        said_ms, stopped_ms, finished_ms, files_done = cancel
        print(f"{'cancel: press → button disabled, Cancelling…':<46}{said_ms:>11.1f} ms")
        print(f"{'cancel: press → reading stopped, window says so':<46}{stopped_ms:>11.1f} ms")
        print(f"{f'cancel: press → kept work saved, run finished ({files_done} files in)':<46}{finished_ms:>11.1f} ms")
    if blame is not None:
        print(blame.report())
    print("(the 'keystroke' rows below the debounce rows search each prefix at once, as on Enter)")
    return 0


def run_queue_clock():  # noqa: ANN201
    """Seconds the calling thread has been runnable but waiting for a CPU (Linux schedstat), or None.

    Read with one pread on a descriptor kept open: the watch calls it every 5 ms on the GUI thread.
    """
    try:
        fd = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
    except (OSError, AttributeError):
        return None

    def clock() -> float:
        return int(os.pread(fd, 128, 0).split()[1]) / 1e9

    return clock


def whole_process_launch(index_dir: Path, lang: str) -> float:
    """Milliseconds from spawning ``telusur gui --self-test banjir`` to its report: the first query's
    page is in the shown window and rendered (gui/self_test.py), as a user's launch and first search."""
    import json
    import subprocess

    home = tempfile.mkdtemp(prefix="telusur-bench-home-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=home, APPDATA=home, TELUSUR_LANG=lang)
    command = [sys.executable, "-m", "telusur", "--index-dir", str(index_dir), "gui", "--self-test", "banjir"]
    t0 = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        painted = (time.perf_counter() - t0) * 1000
        proc.wait(60)
    report = json.loads(line)
    if report.get("outcome") != "found":
        raise RuntimeError(f"the launched app did not show results: {line.strip()}")
    return painted


def measure_cancel(folder: Path, wait_for) -> tuple[float, float, float, int]:  # noqa: ANN001
    """Index ``folder`` into a temporary library from a second window; press Cancel mid-run.

    Returns ms from the press to: the button disabled with "Cancelling…"; the run reporting that no
    file is read any more ("Stopped; saving…" shown); the run's end (kept work committed); and files in.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from telusur.gui.main_window import MainWindow
    from telusur.index import Library, SyncPhase

    library = Library(Path(tempfile.mkdtemp(prefix="telusur-bench-cancel-")))
    window = MainWindow(library, seeds_dir=None, watch=False)
    window.show()
    if not window.indexing.opening_done:
        wait_for(window.ready)
    window.indexing.index_folder(str(folder), user_started=False)
    done = [0]
    while done[0] < 200:  # files are flowing (the workers have started)
        job, progress = wait_for(window.sync_queue.progress, 120000)
        done[0] = progress.done
    button = window.sync_status.cancel_button
    stopped: dict = {}

    def on_progress(_job, progress) -> None:  # noqa: ANN001
        if progress.phase is SyncPhase.STOPPED:  # the status bar (connected first) now says so
            stopped.setdefault("t", time.perf_counter())

    window.sync_queue.progress.connect(on_progress)
    t0 = time.perf_counter()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    said_ms = (time.perf_counter() - t0) * 1000 if not button.isEnabled() else float("nan")
    wait_for(window.syncFinished, 120000)
    finished_ms = (time.perf_counter() - t0) * 1000
    stopped_ms = (stopped["t"] - t0) * 1000 if "t" in stopped else float("nan")
    window.close()
    return said_ms, stopped_ms, finished_ms, done[0]


if __name__ == "__main__":
    sys.exit(main())
