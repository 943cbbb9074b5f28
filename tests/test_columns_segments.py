"""Columns read across segments of which some lack the column (undated syncs, first syncs).

Whoosh writes a column into a segment only when one of its documents has a
value, and its multi-segment column reader skips segments without it: by
index the later documents land in the wrong segment, by iteration every
number after the gap shifts. Telusur reads its columns through
``telusur.index.columns.column_values``, segment by segment.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from helpers import write_article

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest, SortOrder


def _three_syncs(tmp_path: Path) -> Library:
    first, undated, last = tmp_path / "awal", tmp_path / "tanpa-tanggal", tmp_path / "akhir"
    write_article(first, "a.txt", "Banjir pertama", datetime(2019, 9, 10, 8), "Banjir melanda desa.")
    write_article(undated, "b.txt", "Banjir tanpa tanggal", None, "Banjir merendam rumah warga.")
    write_article(last, "c.txt", "Banjir terakhir", datetime(2021, 3, 5, 8), "Banjir susulan datang lagi.")
    library = Library(tmp_path / "index")
    for folder in (undated, first, last):  # one sync each: one segment each, the undated one first
        library.add_folders([folder])
        library.sync()
    return library


def test_date_filter_and_sort_with_an_undated_segment(tmp_path: Path) -> None:
    engine = SearchEngine(_three_syncs(tmp_path))
    in_2021 = engine.search(SearchRequest("banjir", date(2021, 1, 1), date(2021, 12, 31), group_copies=False))
    assert [h.headline for h in in_2021.hits] == ["Banjir terakhir"]
    in_2019 = engine.search(SearchRequest("banjir", date(2019, 1, 1), date(2019, 12, 31), group_copies=False))
    assert [h.headline for h in in_2019.hits] == ["Banjir pertama"]
    newest = engine.search(SearchRequest("banjir", sort=SortOrder.NEWEST, group_copies=False))
    dated = [h.headline for h in newest.hits if h.headline != "Banjir tanpa tanggal"]
    assert dated == ["Banjir terakhir", "Banjir pertama"]


def test_column_values_align_with_document_numbers(tmp_path: Path) -> None:
    from telusur.index.columns import column_values

    library = _three_syncs(tmp_path)
    with library.whoosh_index().searcher() as searcher:
        reader = searcher.reader()
        dates = column_values(reader, "date", translate=False)
        field = searcher.schema["date"]
        headlines = [reader.stored_fields(d)["headline"] for d in range(reader.doc_count_all())]
    assert len(dates) == len(headlines) == 3
    by_headline = dict(zip(headlines, dates, strict=True))
    assert field.from_column_value(by_headline["Banjir pertama"]).year == 2019
    assert field.from_column_value(by_headline["Banjir terakhir"]).year == 2021
    assert by_headline["Banjir tanpa tanggal"] > by_headline["Banjir terakhir"]  # the column's default
