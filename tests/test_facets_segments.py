"""Facets over segments of which some have no outlet column (found walking through the app)."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from helpers import write_article

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest


def test_a_folder_without_outlets_breaks_neither_facets_nor_other_outlets(tmp_path: Path) -> None:
    """Articles at the top of an added folder have no outlet, so their segment has no source column.

    Whoosh's multi-segment column reader skipped that segment: a search with
    facets failed ("array index out of range") once such a segment came last,
    and an article in one that came first was counted under another's outlet.
    """
    loose, outlets, more = tmp_path / "lepas", tmp_path / "arsip", tmp_path / "kliping"
    write_article(loose, "a.txt", "Banjir di hulu", datetime(2019, 9, 10, 8), "Banjir melanda desa di hulu.")
    write_article(outlets / "kompas", "b.txt", "Banjir di hilir", datetime(2019, 9, 11, 8),
                  "Banjir merendam rumah di hilir.")
    write_article(more, "c.txt", "Banjir susulan", datetime(2019, 9, 12, 8), "Banjir susulan datang lagi.")
    library = Library(tmp_path / "index")
    for folder in (loose, outlets, more):  # one sync each: one segment each, in this order
        library.add_folders([folder])
        library.sync()
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("banjir", facets=True, group_copies=False))
    assert result.message is None and result.total == 3
    assert result.facets is not None
    assert sorted((f.value or "", f.count) for f in result.facets.source) == [("", 2), ("kompas", 1)]
    by_source = {hit.headline: hit.source for hit in result.hits}
    assert by_source == {"Banjir di hulu": None, "Banjir di hilir": "kompas", "Banjir susulan": None}
    ticked = engine.search(SearchRequest("banjir", facets=True, group_copies=False, sources=("kompas",)))
    assert [hit.headline for hit in ticked.hits] == ["Banjir di hilir"]
    assert sum(b.count for b in result.facets.date.buckets) == 3
