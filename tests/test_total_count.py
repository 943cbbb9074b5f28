"""A first page may come before its total is counted; the page and the final count never change."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.highlight import marked_html


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> SearchEngine:
    root = tmp_path_factory.mktemp("count")
    folder = root / "articles"
    for i in range(260):
        # "banjir" in every article, more often in some: block-max skipping has something to skip.
        body = ("Banjir melanda kota. " * (1 + i % 9)) + f"Warga nomor {i} mengungsi. " + (
            "Hujan deras turun sejak pagi. " * (i % 4))
        write_article(folder, f"{i:03d}.txt", f"Laporan {i} banjir" if i % 3 == 0 else f"Laporan {i}",
                      f"{1 + i % 28} Januari 2020", body)
    lib = Library(root / "ix")
    lib.add_folders([folder])
    assert lib.sync().added == 260
    # A few more syncs: several segments, as a real index has.
    for j in range(3):
        write_article(folder, f"extra{j}.txt", "Tambahan", "1 Februari 2020", "Banjir lagi. Hujan deras.")
        lib.sync()
    return SearchEngine(lib)


QUERIES = ["banjir", "banjir hujan", "hujan", "warga mengungsi", '"hujan deras"', "laporan", "nomor 17",
           "tidakadasamasekali", "banjr", "banjir date:2020-01-03..2020-01-09"]


@pytest.mark.parametrize("text", QUERIES)
def test_the_first_page_is_the_same_and_the_count_comes_exact(engine: SearchEngine, text: str) -> None:
    exact = engine.search(SearchRequest(text, page_size=20))
    quick = engine.search(SearchRequest(text, page_size=20, exact_total=False))
    assert exact.total_exact
    assert [(h.path, h.score, marked_html(h.snippet)) for h in quick.hits] == [
        (h.path, h.score, marked_html(h.snippet)) for h in exact.hits]
    assert (quick.suggestion, quick.relaxed, quick.notes) == (exact.suggestion, exact.relaxed, exact.notes)
    if quick.total_exact:
        assert quick.total == exact.total
    else:
        assert len(quick.hits) <= quick.total  # an estimate, never below what was seen
    assert engine.exact_total(quick.request) == exact.total
    # A later page, and a count asked for again from scratch, agree too.
    assert engine.exact_total(replace(quick.request, page=3)) == exact.total


def test_a_large_result_is_counted_with_its_first_page(engine: SearchEngine) -> None:
    # By relevance every match is scored in one pass (searcher/scores.py), so the
    # first page comes with the exact count even when it was not asked for.
    quick = engine.search(SearchRequest("banjir", page_size=10, exact_total=False, group_copies=False))
    exact = engine.search(SearchRequest("banjir", page_size=10, group_copies=False))
    assert exact.total == 263
    assert quick.total_exact and quick.total == 263
    assert engine.exact_total(quick.request) == 263


def test_the_count_follows_a_changed_index(tmp_path: Path) -> None:
    folder = tmp_path / "a"
    for i in range(80):
        write_article(folder, f"{i}.txt", f"Kabar {i}", "2 Maret 2021", "Gempa terasa. " * (1 + i % 7))
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    lib.sync()
    engine = SearchEngine(lib)
    quick = engine.search(SearchRequest("gempa", exact_total=False))
    for i in range(80, 90):
        write_article(folder, f"{i}.txt", f"Kabar {i}", "2 Maret 2021", "Gempa lagi.")
    lib.sync()
    assert engine.exact_total(quick.request) == 90  # not the count of the older index


def test_a_read_error_while_counting_marks_the_index_damaged(engine: SearchEngine, monkeypatch) -> None:
    """The count after the first page reads postings the page skipped: damage there is no traceback."""
    import zlib

    from telusur.index import IndexDamagedError
    from telusur.searcher import resultset

    engine = SearchEngine(engine.library)  # no result set of this query counted yet
    # A query only Whoosh's collector scores (searcher/scores.py declines it) leaves its count for later.
    from telusur.searcher import run as run_module

    monkeypatch.setattr(run_module, "score_all", lambda *args: None)
    quick = engine.search(SearchRequest("banjir", page_size=10, exact_total=False, group_copies=False))
    assert not quick.total_exact

    def damaged(*_args):
        raise zlib.error("Error -3 while decompressing data")

    monkeypatch.setattr(resultset, "all_matches", damaged)
    with pytest.raises(IndexDamagedError):
        engine.exact_total(quick.request)
    assert engine.library.damaged
