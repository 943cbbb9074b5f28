"""What the app's date filter and library manager read from the core: months with articles, folder stats."""
from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from helpers import write_article

from telusur.index import FolderStats, Library
from telusur.searcher import DateError, MonthCount, SearchEngine, SearchRequest, parse_day_bounds


@pytest.fixture
def archive(tmp_path):
    days = [datetime(2019, 9, 15, 8), datetime(2019, 9, 1, 9), datetime(2019, 8, 3, 10), datetime(2018, 1, 5, 11)]
    for i, when in enumerate(days):
        write_article(tmp_path / "a", f"a{i}.txt", f"Banjir {i}", when, "Banjir melanda kota.")
    write_article(tmp_path / "b", "undated.txt", "Banjir tanpa tanggal", None, "Banjir lagi.")
    write_article(tmp_path / "a" / "sub", "s.txt", "Banjir di sub", datetime(2019, 9, 2), "Banjir juga.")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "a", tmp_path / "b"])
    library.sync()
    return library


def test_article_months_newest_first_with_counts_and_no_undated(archive):
    engine = SearchEngine(archive)
    assert engine.article_months() == (
        MonthCount(2019, 9, 3), MonthCount(2019, 8, 1), MonthCount(2018, 1, 1),
    )
    archive.remove_folder(archive.folders[0])  # only the undated article is left
    assert engine.article_months() == ()  # the same engine sees the deletions


def test_open_ended_date_range_leaves_out_undated_articles(archive):
    engine = SearchEngine(archive)
    assert engine.search(SearchRequest("banjir")).total == 6
    assert engine.search(SearchRequest("banjir", date(2019, 9, 1))).total == 3  # not the undated one


@pytest.mark.parametrize("text, expected", [
    ("Sep 2019", (date(2019, 9, 1), date(2019, 9, 30))),
    ("September 2019", (date(2019, 9, 1), date(2019, 9, 30))),
    ("Februari 2024", (date(2024, 2, 1), date(2024, 2, 29))),
    ("Agu 2019", (date(2019, 8, 1), date(2019, 8, 31))),
    ("15 Sep 2019", (date(2019, 9, 15), date(2019, 9, 15))),
    ("15/09/2019", (date(2019, 9, 15), date(2019, 9, 15))),
    ("2019", (date(2019, 1, 1), date(2019, 12, 31))),
])
def test_month_names_with_a_year_mean_the_whole_month(text, expected):
    assert parse_day_bounds(text) == expected


def test_unreadable_date_is_a_date_error():
    with pytest.raises(DateError):
        parse_day_bounds("kapan saja15092019")


def test_folder_stats_counts_articles_and_records_the_last_sync(archive, tmp_path):
    before = datetime.now().replace(microsecond=0)
    stats = {s.folder: s for s in archive.folder_stats()}
    a, b = str((tmp_path / "a").resolve()), str((tmp_path / "b").resolve())
    assert stats[a].articles == 5 and stats[b].articles == 1
    assert isinstance(stats[a], FolderStats)
    assert stats[a].last_sync is not None and (before - stats[a].last_sync).total_seconds() < 60
    times = json.loads((tmp_path / "index" / "sync-times.json").read_text())
    assert set(times) == {a, b}
    assert json.loads((tmp_path / "index" / "library.json").read_text()) == {"folders": [a, b]}  # untouched


def test_folder_stats_of_a_folder_never_synced_and_after_removal(archive, tmp_path):
    c = tmp_path / "c"
    c.mkdir()
    archive.add_folders([c])
    stats = {s.folder: s for s in archive.folder_stats()}
    assert stats[str(c.resolve())] == FolderStats(str(c.resolve()), 0, None)
    archive.remove_folder(tmp_path / "b")
    assert [s.folder for s in archive.folder_stats()] == [str((tmp_path / "a").resolve()), str(c.resolve())]
    assert str((tmp_path / "b").resolve()) not in json.loads((tmp_path / "index" / "sync-times.json").read_text())


def test_cancelled_sync_does_not_stamp(tmp_path):
    write_article(tmp_path / "a", "a.txt", "Banjir", datetime(2019, 9, 1), "Banjir.")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "a"])
    report = library.sync(should_cancel=lambda: True)
    assert report.cancelled
    assert library.folder_stats()[0].last_sync is None


def test_folder_stats_count_each_record_of_a_data_set(tmp_path):
    folder = tmp_path / "dataset"
    folder.mkdir()
    body = "Banjir melanda kota dan ratusan rumah terendam air setinggi satu meter sejak pagi hari."
    rows = [{"title": f"Banjir {n}", "date": f"2019-09-1{n}", "content": body} for n in range(3)]
    (folder / "kompas.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    write_article(folder, "satu.txt", "Banjir lagi", datetime(2019, 9, 20), body)
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    assert library.folder_stats()[0].articles == 4  # three records and one text file
    assert SearchEngine(library).article_months() == (MonthCount(2019, 9, 4),)


def test_a_folder_name_that_is_not_utf8_keeps_its_sync_time(tmp_path):
    import os

    folder = tmp_path / os.fsdecode(b"arsip-caf\xe9")  # Latin-1 bytes, as unzipped Windows archives give
    write_article(folder, "a.txt", "Banjir", datetime(2019, 9, 1), "Banjir melanda.")
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    (stats,) = library.folder_stats()
    assert stats.folder == str(folder) and stats.articles == 1 and stats.last_sync is not None
