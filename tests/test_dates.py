"""Dates: four-digit years read as written, ranges with two or three dots, and no tracebacks."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from telusur.cli import main
from telusur.index.article_dates import ParsedDate, parse_date
from telusur.searcher.day_ranges import DateError, DayRange, parse_day_bounds, parse_range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0050", datetime(50, 1, 1)),
        ("17 Agustus 0050", datetime(50, 8, 17)),
        ("10 Mei 0999", datetime(999, 5, 10)),
        ("29 Februari 0004", datetime(4, 2, 29)),
        ("31 Des 9999", datetime(9999, 12, 31)),
        # Year 1 written out is a date (issue 26.12: date:0001 found nothing); undated is not 0001-01-01.
        ("1 Januari 0001", datetime(1, 1, 1)),
        ("0001-01-01", datetime(1, 1, 1)),
        ("Selasa, 10 September 2019 20.17 WIB", datetime(2019, 9, 10, 20, 17)),
        ("01/02/03", datetime(2003, 2, 1)),
    ],
)
def test_article_dates_keep_the_written_year(text: str, expected: datetime) -> None:
    parsed = parse_date(text)
    assert parsed is not None and parsed.value == expected


@pytest.mark.parametrize(
    "text",
    [
        "0000", "1 Januari 0000", "29 Februari 0100",
        "2019-09-10...2019-09-12", "2019-09-10..2019-09-12", "12 Mei 2020 - 13 Mei 2021",
    ],
)
def test_not_one_date_is_no_date(text: str) -> None:
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-09-10..2019-09-12", DayRange(date(2019, 9, 10), date(2019, 9, 12))),
        ("2019-09-10...2019-09-12", DayRange(date(2019, 9, 10), date(2019, 9, 12))),
        ("2019-09-10…2019-09-12", DayRange(date(2019, 9, 10), date(2019, 9, 12))),
        ("2019-09-10...", DayRange(date(2019, 9, 10), None)),
        ("...2019-09", DayRange(None, date(2019, 9, 30))),
        ("0050", DayRange(date(50, 1, 1), date(50, 12, 31))),
        ("0001-01-01", DayRange(date(1, 1, 1), date(1, 1, 1))),
        ("9999", DayRange(date(9999, 1, 1), date(9999, 12, 31))),
    ],
)
def test_ranges_are_read_right(text: str, expected: DayRange) -> None:
    assert parse_range(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("0000", "0001 to 9999"),
        ("0000-01", "0001 to 9999"),
        ("0000-01-01", "0001 to 9999"),
        ("2019-02-30", "no date"),
        ("2019-13", "no month 13"),
        ("2019....2020", "cannot read the date range"),
        ("2019..2020..2021", "cannot read the date range"),
    ],
)
def test_impossible_dates_are_refused_with_a_message(text: str, message: str) -> None:
    with pytest.raises(DateError, match=message):
        parse_range(text)


def test_a_range_where_one_date_is_expected_is_refused() -> None:
    with pytest.raises(DateError, match="is a range"):
        parse_day_bounds("2019-09-10..2019-09-12")


DATEISH = st.text(alphabet="0123456789-./: …JanuriMeSptWIBbo,", max_size=40)


@settings(max_examples=1500, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(DATEISH, st.text(max_size=40)))
@example("0000")
@example("0000-00")
@example(".2019-09-12")
def test_fuzzed_text_gives_a_date_none_or_a_date_error(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is None or (isinstance(parsed, ParsedDate) and 2 <= parsed.value.year <= 9999)
    for reader in (parse_range, parse_day_bounds):
        try:
            result = reader(text)
        except DateError:
            continue
        if isinstance(result, DayRange):
            assert all(d is None or isinstance(d, date) for d in (result.start, result.end))
            result.bounds()
        else:
            assert all(isinstance(d, date) for d in result) and result[0] <= result[1]


@pytest.fixture
def dated_index(tmp_path: Path) -> str:
    folder = tmp_path / "artikel"
    folder.mkdir()
    for name, day in (("a", "11 September 2019"), ("b", "5 Desember 2019"), ("c", "1 Januari 0050")):
        (folder / f"{name}.txt").write_text(f"Berita Banjir {name}\n\n{day}\n\nBanjir melanda kota.\n")
    ix = str(tmp_path / "ix")
    assert main(["index", str(folder), "--index-dir", ix]) == 0
    return ix


@pytest.mark.parametrize(
    "argv",
    [
        ["date:0000 banjir"],
        ['tanggal:"0000" banjir'],
        ["banjir", "--to", "0000"],
        ["banjir", "--from", "0000-13"],
        ["banjir", "--from", "2019-09-10..2019-09-12"],
        ["date:2019....2020 banjir"],
    ],
)
def test_cli_refuses_bad_dates_plainly(dated_index: str, argv: list[str], capsys: pytest.CaptureFixture) -> None:
    code = main(["search", *argv, "--index-dir", dated_index])
    out, err = capsys.readouterr()
    assert code == 2 and err.strip() and "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "headlines"),
    [
        (["date:2019-09-10...2019-09-12 banjir"], {"Berita Banjir a"}),
        (["date:0050 banjir"], {"Berita Banjir c"}),
        (["date:0001 banjir"], set()),
        (["banjir", "--from", "2019-09-01", "--to", "2019-12"], {"Berita Banjir a", "Berita Banjir b"}),
    ],
)
def test_cli_reads_date_filters_right(dated_index: str, argv: list[str], headlines: set[str],
                                     capsys: pytest.CaptureFixture) -> None:
    code = main(["search", *argv, "--index-dir", dated_index, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert {hit["headline"] for hit in json.loads(out)["hits"]} == headlines
