"""A search a caller abandons stops between its stages; the suggestion can come after the page.

The app asks the first page with ``suggest=False`` and ``cancelled=`` "a newer
query exists" (gui/workers.py), so a keystroke never waits for an older query's
snippets or its "did you mean" walk of the vocabulary.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from archive_fixtures import write_typo_archive

from telusur.index import Library
from telusur.index.schema import EXACT_FIELD
from telusur.searcher import SearchCancelled, SearchEngine, SearchRequest
from telusur.searcher import suggest as suggest_module


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    monkeypatch.setattr(suggest_module, "TYPO_FULL_SCALE_DOCS", 10)
    folder = tmp_path / "arsip"
    write_typo_archive(folder)
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    return library


def test_a_deferred_suggestion_is_the_one_the_search_gives(library: Library) -> None:
    engine = SearchEngine(library)
    asked = SearchRequest("fotovoltaic", as_typed=True)
    whole = engine.search(asked)
    assert whole.suggestion == "fotovoltaik"
    page = SearchEngine(library).search(SearchRequest("fotovoltaic", as_typed=True, suggest=False))
    assert page.suggestion is None
    assert (page.total, page.hits) == (whole.total, whole.hits)
    assert engine.suggestion(SearchRequest("fotovoltaic", as_typed=True, suggest=False)) == "fotovoltaik"
    assert engine.suggestion(SearchRequest("desa")) is None  # found enough: nothing to suggest


def test_a_query_that_cannot_run_has_no_suggestion(library: Library) -> None:
    engine = SearchEngine(library)
    assert engine.suggestion(SearchRequest("judul:(")) is None


@pytest.mark.parametrize("stage", range(1, 5))  # ranking, snippets, count, facets
def test_a_cancelled_search_stops_at_a_stage_and_the_engine_goes_on(library: Library, stage: int) -> None:
    """Cancelled after ``stage`` looks: raises, and the same query afterwards is answered in full."""
    engine = SearchEngine(library)
    expected = SearchEngine(library).search(SearchRequest("desa berita", exact_total=True))
    looks = [0]

    def cancelled() -> bool:
        looks[0] += 1
        return looks[0] >= stage

    with pytest.raises(SearchCancelled):
        engine.search(SearchRequest("desa berita", exact_total=True, facets=True), cancelled=cancelled)
    again = engine.search(SearchRequest("desa berita", exact_total=True))
    assert (again.total, again.hits) == (expected.total, expected.hits)


def test_the_suggestion_walk_is_cancelled_inside(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """A thorough suggestion walks the vocabulary: ``cancelled`` is asked during the walk."""
    monkeypatch.setattr(suggest_module, "CHECK_EVERY", 1)
    engine = SearchEngine(library)
    engine.search(SearchRequest("fotovoltaic", as_typed=True, suggest=False))
    with pytest.raises(SearchCancelled):
        engine.suggestion(SearchRequest("fotovoltaic", as_typed=True), cancelled=lambda: True)


def test_the_walk_finds_what_whoosh_finds(library: Library) -> None:
    engine = SearchEngine(library)
    reader = engine.snapshot().searcher.reader()
    for word in ("fotovoltaic", "berita", "desaa", "listrk", "xyz"):
        for maxdist, prefix in ((1, 1), (2, 1), (2, 3)):
            ours = suggest_module._words_within(reader, word, maxdist, prefix, lambda: False)
            whoosh = list(reader.terms_within(EXACT_FIELD, word, maxdist, prefix=prefix))
            assert sorted(ours) == sorted(whoosh), (word, maxdist, prefix)
