"""What the reliability work of issue 16 costs, and what giant articles cost.

    .venv/bin/python -m bench.reliability_costs [--articles 3000] [--part all|commit|giant]

``commit``: a full build of ``--articles`` generated articles with and
without fsync (``TELUSUR_FSYNC=0``), then the cost of checksumming every
segment file at commit and of verifying them on open (``check_index`` with
and without checksums). ``giant``: a search with snippets that matches a
9 MB single-line article and a 100,000-line article, and the preview's
whole-text highlight of each. Ratios in one run are what to compare (the
machine is shared); every figure is the best of ``--repeat`` runs.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from telusur import settings
from telusur.analysis.safe_write import fsync_dir, fsync_file
from telusur.index import Library
from telusur.index.checksums import file_sum
from telusur.index.store import IndexDir, check_index
from telusur.searcher.engine import SearchEngine, SearchRequest
from telusur.searcher.highlight import MatchTerms
from telusur.searcher.requests import ArticleView
from tests.reliability.rel_helpers import make_folder


def best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def commit_costs(articles: int, repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "artikel"
        make_folder(folder, articles, seed=11)
        times: dict[str, list[float]] = {"0": [], "1": []}
        for run in range(repeat):  # interleaved, so a change in the machine's load hits both alike
            for fsync in ("0", "1"):
                settings.use(settings.current().but(fsync=fsync == "1"))  # as TELUSUR_FSYNC would
                lib = Library(Path(tmp) / f"ix{fsync}{run}")
                lib.add_folders([folder])
                started = time.perf_counter()
                lib.sync()
                times[fsync].append(time.perf_counter() - started)
        settings.use(settings.Settings.from_environ())
        results = {k: min(v) for k, v in times.items()}
        print(f"full build of {articles} articles: {results['0']:.2f} s without fsync, "
              f"{results['1']:.2f} s with fsync (+{(results['1'] / results['0'] - 1) * 100:.1f} %); "
              f"all runs: {times}")
        # The fsyncs alone, on freshly copied (so not yet flushed) segment files.
        copy = Path(tmp) / "fsync-copy"
        shutil.copytree(Path(tmp) / "ix00" / "whoosh", copy)
        started = time.perf_counter()
        for path in copy.iterdir():
            fsync_file(path)
        fsync_dir(copy)
        print(f"fsync of a commit's files ({sum(p.stat().st_size for p in copy.iterdir()) / 1e6:.1f} MB, "
              f"not yet flushed) and its folder: {(time.perf_counter() - started) * 1000:.0f} ms")
        whoosh = Path(tmp) / "ix10" / "whoosh"
        files = [p for p in whoosh.glob("MAIN_*.*")]
        size = sum(p.stat().st_size for p in files)
        summing = best(lambda: [file_sum(p) for p in files], repeat)
        print(f"checksumming {len(files)} segment files ({size / 1e6:.1f} MB): {summing * 1000:.1f} ms")
        index_dir = IndexDir(Path(tmp) / "ix10")
        plain = best(lambda: check_index(index_dir, checksums=False), repeat)
        verified = best(lambda: check_index(index_dir, checksums=True), repeat)
        print(f"opening the index: {plain * 1000:.1f} ms without checksums, {verified * 1000:.1f} ms with")


def giant_costs(repeat: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "raksasa"
        folder.mkdir()
        sentence = "Presiden meresmikan jalan tol baru di kota itu bersama menteri dan gubernur. "
        one_line = "Berita raksasa satu baris " + sentence * (9_000_000 // len(sentence))
        (folder / "satu_baris.txt").write_text(one_line, encoding="utf-8")
        lines = "\n".join(f"baris {i} harga beras naik di pasar" for i in range(100_000))
        (folder / "banyak_baris.txt").write_text(f"Berita banyak baris\n\n1 Juli 2024\n\n{lines}\n", encoding="utf-8")
        lib = Library(Path(tmp) / "ix")
        lib.add_folders([folder])
        lib.sync()
        engine = SearchEngine(lib)
        for query in ("presiden", "beras"):
            with_snippets = best(lambda q=query: engine.search(SearchRequest(q)), repeat)
            without = best(lambda q=query: engine.search(SearchRequest(q, snippets=False)), repeat)
            print(f"search {query!r}: {with_snippets * 1000:.0f} ms with snippets, {without * 1000:.0f} ms without")
        for name, word in (("satu_baris.txt", "presiden"), ("banyak_baris.txt", "beras")):
            view = engine.article(os.path.realpath(folder / name))
            assert view is not None
            match = MatchTerms(stems=frozenset({word}), exact=frozenset({word}))
            preview_costs(name, view, match)


def preview_costs(name: str, view: ArticleView, match: MatchTerms) -> None:
    """How long the preview holds the GUI thread: showing the article, and the longest append."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer
    from PySide6.QtWidgets import QApplication

    from telusur.gui.preview import PreviewPanel

    app = QApplication.instance() or QApplication([])
    panel = PreviewPanel(lang="en")
    started = time.perf_counter()
    panel.show_article(view, match)
    shown = time.perf_counter() - started
    longest = 0.0
    clock = QElapsedTimer()
    clock.start()
    while panel.loading:
        tick = time.perf_counter()
        app.processEvents()
        longest = max(longest, time.perf_counter() - tick)
        time.sleep(0.001)
    total = clock.elapsed() / 1000 + shown
    print(f"preview of {name}: GUI thread blocked {shown:.2f} s to show it, longest later stall "
          f"{longest:.2f} s, complete after {total:.1f} s ({panel.match_count} matches)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--part", choices=("all", "commit", "giant"), default="all")
    args = parser.parse_args()
    if args.part in ("all", "commit"):
        commit_costs(args.articles, args.repeat)
    if args.part in ("all", "giant"):
        giant_costs(args.repeat)


if __name__ == "__main__":
    main()
