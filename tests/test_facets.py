"""Facets: every match counted by source and date; the counts add up to the total."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from archive_fixtures import write_archive

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest
from telusur.searcher.facets import ArticleColumns, bucket_start, choose_unit, count_facets, source_matches
from telusur.searcher.messages import QueryError, QueryProblem
from telusur.searcher.requests import DateUnit, SortOrder


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> SearchEngine:
    root = tmp_path_factory.mktemp("facets")
    write_archive(root / "arsip")
    library = Library(root / "index")
    library.add_folders([root / "arsip"])
    library.sync()
    return SearchEngine(library)


def _sums(result) -> tuple[int, int]:
    facets = result.facets
    return sum(f.count for f in facets.source), sum(b.count for b in facets.date.buckets) + facets.date.undated


@pytest.mark.parametrize(
    "request_",
    [
        SearchRequest("berita", facets=True),
        SearchRequest("berita", facets=True, group_copies=False),
        SearchRequest("banjir", facets=True),
        SearchRequest("berita", date(2019, 9, 11), date(2019, 9, 30), facets=True),
        SearchRequest("berita", facets=True, sources=("kompas", "TEMPO")),
        SearchRequest("date:2019-09", facets=True, sort=SortOrder.NEWEST),
        SearchRequest("tidakadakatasepertiini", facets=True),
    ],
    ids=["all", "ungrouped", "word", "dates", "sources", "date-only", "nothing"],
)
def test_each_facet_adds_up_to_the_total(engine: SearchEngine, request_: SearchRequest) -> None:
    result = engine.search(request_)
    assert result.message is None and result.facets is not None
    assert _sums(result) == (result.total, result.total)


def test_counts_by_source_and_date_over_every_match_not_the_page(engine: SearchEngine) -> None:
    result = engine.search(SearchRequest("berita", page_size=1, facets=True, group_copies=False))
    assert result.total == 10 and len(result.hits) == 1
    assert [(f.value, f.count) for f in result.facets.source] == [("tempo", 4), ("detik", 3), ("kompas", 3)]
    dates = result.facets.date
    assert dates.undated == 1
    assert dates.unit is DateUnit.DAY  # 40 days: one bucket a day
    assert dates.buckets[0].start == date(2019, 9, 10) and dates.buckets[-1].start == date(2019, 10, 19)
    assert len(dates.buckets) == 40  # contiguous, empty days included
    by_day = {b.start: b.count for b in dates.buckets}
    assert by_day[date(2019, 9, 11)] == 3  # a2, b1 and the copy of a1


def test_source_filter_takes_several_sources_and_combines_with_dates(engine: SearchEngine) -> None:
    both = engine.search(SearchRequest("berita", facets=True, group_copies=False, sources=("kompas", "detik")))
    assert both.total == 6 and {f.value for f in both.facets.source} == {"kompas", "detik"}
    dated = engine.search(SearchRequest("berita", date(2019, 9, 12), None, sources=("kompas", "detik"), facets=True))
    assert dated.total == 3  # a3 (day 5), c1 (day 20), c2 (day 39); the undated u1 is outside any range
    assert engine.search(SearchRequest("berita", sources=("antara",))).total == 0


def test_date_unit_as_asked_and_a_bad_unit_named_is_refused(engine: SearchEngine) -> None:
    weekly = engine.search(SearchRequest("berita", facets=True, date_unit=DateUnit.WEEK))
    assert weekly.facets.date.unit is DateUnit.WEEK
    assert all(b.start.weekday() == 0 for b in weekly.facets.date.buckets)
    assert _sums(weekly) == (weekly.total, weekly.total)
    with pytest.raises(QueryError) as bad:
        DateUnit.named("decade")
    assert "decade" in str(bad.value) and bad.value.code is QueryProblem.UNKNOWN_DATE_UNIT


def test_unit_is_chosen_from_the_span() -> None:
    first = date(2019, 1, 1).toordinal()
    assert choose_unit(first, first) is DateUnit.DAY
    assert choose_unit(first, first + 59) is DateUnit.DAY
    assert choose_unit(first, first + 200) is DateUnit.WEEK
    assert choose_unit(first, first + 3 * 365) is DateUnit.MONTH
    assert choose_unit(first, first + 30 * 365) is DateUnit.YEAR
    day = date(2019, 9, 12).toordinal()  # a Thursday
    assert date.fromordinal(bucket_start(day, DateUnit.WEEK)) == date(2019, 9, 9)
    assert date.fromordinal(bucket_start(day, DateUnit.MONTH)) == date(2019, 9, 1)
    assert date.fromordinal(bucket_start(day, DateUnit.YEAR)) == date(2019, 1, 1)


def test_source_names_match_without_case_or_domain() -> None:
    assert source_matches("Kompas.com", "kompas") and source_matches("kompas", "KOMPAS")
    assert not source_matches("kompasiana.com", "kompas")


def test_monthly_buckets_run_across_a_year_end(tmp_path: Path, engine: SearchEngine) -> None:
    searcher = engine._current()
    columns = ArticleColumns.read(searcher)
    days = [date(2019, 11, 30), date(2020, 2, 1)]
    fake = ArticleColumns(searcher, columns.source_names, [0, 0], [d.toordinal() for d in days])
    facets = count_facets(fake, [0, 1], DateUnit.MONTH)
    starts = [date(2019, 11, 1), date(2019, 12, 1), date(2020, 1, 1), date(2020, 2, 1)]
    assert [b.start for b in facets.date.buckets] == starts
    assert [b.count for b in facets.date.buckets] == [1, 0, 0, 1]


def test_an_open_ended_range_leaves_undated_articles_out(engine: SearchEngine) -> None:
    # Whoosh stores "no date" as the column's largest value: it is no date after any day.
    result = engine.search(SearchRequest("berita", date(2019, 9, 12), None, group_copies=False, page_size=20))
    assert sorted(Path(h.path).stem for h in result.hits) == ["a3", "b2", "c1", "c2", "flood2"]


def test_outlet_spellings_fold_into_one_facet_entry(tmp_path: Path) -> None:
    from archive_fixtures import write_story

    root = tmp_path / "arsip"
    spellings = {"kompas": 2, "Kompas.com": 1, "Okezone": 1, "okezone": 2, "okezone.com": 1, "kompasiana.com": 1}
    seed = 0
    for outlet, n in spellings.items():
        for _ in range(n):
            seed += 1
            write_story(root, outlet, f"s{seed}", f"Berita nomor {seed}", seed, seed)
    library = Library(tmp_path / "index")
    library.add_folders([root])
    library.sync()
    engine = SearchEngine(library)
    result = engine.search(SearchRequest("berita", facets=True, group_copies=False))
    # Named by searcher/outlets.py's rule: a capitalised spelling first, then the most articles.
    assert [(f.value, f.count) for f in result.facets.source] == [
        ("Okezone", 4), ("Kompas.com", 3), ("kompasiana.com", 1)]
    assert set(result.facets.source[0].spellings) == {"okezone", "Okezone", "okezone.com"}
    for label in ("kompas", "Kompas.com", "KOMPAS.co.id"):  # ticking the entry takes every spelling
        assert engine.search(SearchRequest("berita", sources=(label,), group_copies=False)).total == 3
    assert engine.search(SearchRequest("berita", sources=("Okezone",), group_copies=False)).total == 4


def test_fold_labels_an_outlet_with_its_most_frequent_spelling() -> None:
    from telusur.searcher.facets import fold_sources, source_key

    assert source_key("Kompas.com") == source_key("kompas") == source_key("www.KOMPAS.co.id") == "kompas"
    assert source_key("tempo.co") == "tempo" and source_key("jateng.tribunnews.com") == "jateng.tribunnews"
    folded = fold_sources({"Kompas.com": 5, "kompas": 2, None: 4, "Tempo": 1, "tempo.co": 1})
    assert [(f.value, f.count) for f in folded] == [("Kompas.com", 7), (None, 4), ("Tempo", 2)]
    assert folded[0].spellings == ("Kompas.com", "kompas") and folded[1].spellings == ()
