"""The newest keystroke wins: an older query is abandoned between its stages, not waited for.

The runner's one search thread asks the engine to stop an older query at its
next stage (``SearchEngine.search(..., cancelled=)``); its "did you mean" comes
as side work after the page. The engine is held at a stage by events, so the
order is forced, never timed.
"""
from __future__ import annotations

import threading
from pathlib import Path

from helpers import write_article

from telusur.gui.workers import SearchRunner, SideStage
from telusur.index import Library
from telusur.searcher import SearchCancelled, SearchEngine, SearchRequest


def _library(tmp_path: Path) -> Library:
    folder = tmp_path / "arsip"
    write_article(folder, "a.txt", "Banjir di Jakarta", "4 Sep 2019", "Banjir merendam Jakarta utara.")
    write_article(folder, "b.txt", "Panel surya", "5 Sep 2019", "Listrik fotovoltaik menerangi desa.")
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    return library


class HeldEngine(SearchEngine):
    """A real engine whose searches of ``held`` wait at their first stage until ``release`` is set."""

    def __init__(self, library: Library, held: str) -> None:
        super().__init__(library)
        self.held = held
        self.reached = threading.Event()
        self.release = threading.Event()
        self.cancelled_texts: list[str] = []

    def search(self, request, *, cancelled=lambda: False):  # noqa: ANN001, ANN201 - the engine's own signature
        if request.text != self.held:
            return super().search(request, cancelled=cancelled)

        def at_stage() -> bool:
            self.reached.set()
            self.release.wait(10)
            return cancelled()

        try:
            return super().search(request, cancelled=at_stage)
        except SearchCancelled:
            self.cancelled_texts.append(request.text)
            raise


def test_a_newer_query_abandons_the_older_one_between_stages(qtbot, tmp_path: Path) -> None:
    engine = HeldEngine(_library(tmp_path), held="banjir")
    runner = SearchRunner(engine)
    answered: list[tuple[int, str]] = []
    runner.resultReady.connect(lambda gen, _page, result: answered.append((gen, result.request.text)))
    first = runner.submit(SearchRequest("banjir"))
    qtbot.waitUntil(engine.reached.is_set, timeout=10000)  # the older query is inside the engine
    second = runner.submit(SearchRequest("fotovoltaik"))
    engine.release.set()
    with qtbot.waitSignal(runner.resultReady, timeout=10000, check_params_cb=lambda gen, *_: gen == second):
        pass
    assert engine.cancelled_texts == ["banjir"]  # stopped at its stage: no snippets made, nothing emitted
    assert first not in [gen for gen, _ in answered]
    assert answered == [(second, "fotovoltaik")]
    runner.wait()
    engine.close()


def test_the_page_comes_without_its_suggestion_and_the_suggestion_follows(qtbot, tmp_path: Path) -> None:
    engine = SearchEngine(_library(tmp_path))
    runner = SearchRunner(engine)
    pages, sides = [], []
    runner.resultReady.connect(lambda _gen, _page, result: pages.append(result))
    runner.sideReady.connect(sides.append)
    with qtbot.waitSignal(runner.settled, timeout=10000):
        gen = runner.submit(SearchRequest("fotovoltaek", as_typed=True))
    assert [p.suggestion for p in pages] == [None]  # the page did not wait for the vocabulary walk
    suggested = [s for s in sides if s.stage is SideStage.SUGGEST]
    assert [(s.generation, s.result.suggestion) for s in suggested] == [(gen, "fotovoltaik")]
    assert engine.search(SearchRequest("fotovoltaek", as_typed=True)).suggestion == "fotovoltaik"
    runner.wait()
    engine.close()
