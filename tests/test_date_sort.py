"""Sorting by date: dated articles in date order, undated ones last in both orders.

An undated document holds the date column's default (2**64 - 1), so a plain
sort on the column would list undated articles first when newest comes first.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest, SortOrder

DATED = ["Banjir 2021", "Banjir 2020", "Banjir 2019"]  # newest first
UNDATED = ["Banjir tanpa tanggal satu", "Banjir tanpa tanggal dua"]


def _library(tmp_path: Path, *, one_sync: bool) -> Library:
    folders = [tmp_path / "a", tmp_path / "b", tmp_path / "c"]
    write_article(folders[0], "u1.txt", UNDATED[0], None, "Banjir merendam rumah warga.")
    write_article(folders[1], "d2019.txt", DATED[2], datetime(2019, 9, 10, 8), "Banjir melanda desa.")
    write_article(folders[1], "d2021.txt", DATED[0], datetime(2021, 3, 5, 8), "Banjir susulan datang.")
    write_article(folders[2], "u2.txt", UNDATED[1], None, "Banjir lagi di kota.")
    write_article(folders[2], "d2020.txt", DATED[1], datetime(2020, 1, 2, 8), "Banjir awal tahun.")
    library = Library(tmp_path / "index")
    if one_sync:
        library.add_folders(folders)
        library.sync()
    else:
        for folder in folders:  # one segment each, the first undated only
            library.add_folders([folder])
            library.sync()
    return library


@pytest.mark.parametrize("one_sync", [True, False], ids=["one-segment", "segments"])
def test_undated_articles_come_last_in_both_orders(tmp_path: Path, one_sync: bool) -> None:
    engine = SearchEngine(_library(tmp_path, one_sync=one_sync))
    for order, dated in ((SortOrder.NEWEST, DATED), (SortOrder.OLDEST, DATED[::-1])):
        request = SearchRequest("banjir", sort=order, group_copies=False)
        headlines = [h.headline for h in engine.search(request).hits]
        assert headlines[:3] == dated, order
        assert sorted(headlines[3:]) == sorted(UNDATED), order
        exported = [h.headline for h in engine.every_hit(request)]
        assert exported == headlines, order


def test_undated_last_on_every_page(tmp_path: Path) -> None:
    engine = SearchEngine(_library(tmp_path, one_sync=True))
    pages = [
        [h.headline for h in engine.search(SearchRequest("banjir", sort=SortOrder.NEWEST, page=p, page_size=2)).hits]
        for p in (1, 2, 3)
    ]
    assert pages[0] == DATED[:2] and pages[1][0] == DATED[2]
    assert sorted(pages[1][1:] + pages[2]) == sorted(UNDATED)
