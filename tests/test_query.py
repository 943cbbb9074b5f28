"""Building queries from user text, separate from running them: a table of cases."""
from __future__ import annotations

from datetime import date

import pytest

from telusur.index.schema import build_schema
from telusur.searcher.dates import DayRange
from telusur.searcher.query import QueryError, build_query

SCHEMA = build_schema()

CASES = [
    ("fotovoltaik", "(headline:fotovoltaik^2.0 OR body:fotovoltaik)"),
    ("penangkapan", "(headline:tangkap^2.0 OR body:tangkap)"),
    ("bandar narkoba", "((headline:bandar^2.0 OR body:bandar) AND (headline:narkoba^2.0 OR body:narkoba))"),
    ("kerja sama", "(headline:kerjasama^2.0 OR body:kerjasama)"),
    ("bekerja sama", "(headline:kerjasama^2.0 OR body:kerjasama)"),
    ('"kerja sama energi"', '(headline:"kerjasama energi" OR body:"kerjasama energi")'),
    ('"Bandung"', "exact:bandung"),
    ("pembangun*", "exact:pembangun*"),
    ("Pemb?ngunan", "exact:pemb?ngunan"),
    ("fotovoltaic~", "exact:fotovoltaic~"),
    ("tokoh-tokoh", "(headline:tokoh^2.0 OR body:tokoh)"),
    ("tiongkok-kazakhstan", '(headline:"tiongkok kazakhstan" OR body:"tiongkok kazakhstan")'),
    ("xi'an", "(headline:xian^2.0 OR body:xian)"),
    ("korupsi -suap", "((headline:korupsi^2.0 OR body:korupsi) AND NOT (headline:suap^2.0 OR body:suap))"),
    ("korupsi OR suap", "(headline:korupsi^2.0 OR body:korupsi OR headline:suap^2.0 OR body:suap)"),
    ("judul:habibie", "headline:habibie"),
    ("isi:habibie", "body:habibie"),
    ("(korupsi OR suap", "(headline:korupsi^2.0 OR body:korupsi OR headline:suap^2.0 OR body:suap)"),
    ('"kabut asap', "((headline:kabut^2.0 OR body:kabut) AND (headline:asap^2.0 OR body:asap))"),
    ("yang kebakaran", "(headline:bakar^2.0 OR body:bakar)"),
    ("2.300", "(headline:2300^2.0 OR body:2300)"),
    ("habibie\x00\x07", "(headline:habibie^2.0 OR body:habibie)"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_query_table(text: str, expected: str) -> None:
    assert str(build_query(text, SCHEMA).query) == expected


REFUSED = [
    ("*", "lone *"),
    ("?", "too broad"),
    ("a*", "too broad"),
    ("'~", "before ~"),
    ("yang dan", "too common"),
    ('""', "nothing left"),
    ("date:kemarin", "cannot read the date"),
    ("date:2024-07-05..2024-07-01", "ends before it starts"),
]


@pytest.mark.parametrize("text,message", REFUSED)
def test_refused_queries_say_why(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        build_query(text, SCHEMA)


DATES = [
    ("kpk date:2019-09", DayRange(date(2019, 9, 1), date(2019, 9, 30))),
    ("kpk date:2019", DayRange(date(2019, 1, 1), date(2019, 12, 31))),
    ("kpk tanggal:2019-09-10..2019-09-12", DayRange(date(2019, 9, 10), date(2019, 9, 12))),
    ("kpk date:..2019-09-12", DayRange(None, date(2019, 9, 12))),
    ("kpk date:2019-09-10..", DayRange(date(2019, 9, 10), None)),
    ('kpk date:"10 September 2019"', DayRange(date(2019, 9, 10), date(2019, 9, 10))),
]


@pytest.mark.parametrize("text,days", DATES)
def test_date_ranges_in_query_text(text: str, days: DayRange) -> None:
    built = build_query(text, SCHEMA)
    assert built.days == days
    assert str(built.query) == "(headline:kpk^2.0 OR body:kpk)"


def test_date_parameters_combine_with_query_dates() -> None:
    built = build_query("kpk date:2019-09", SCHEMA, date_from=date(2019, 9, 15))
    assert built.days == DayRange(date(2019, 9, 15), date(2019, 9, 30))
    with pytest.raises(QueryError):
        build_query("kpk", SCHEMA, date_from=date(2019, 9, 15), date_to=date(2019, 9, 1))


def test_only_dates_means_browse_by_date() -> None:
    built = build_query("date:2019-09", SCHEMA)
    assert not built.has_words
    assert built.days.start == date(2019, 9, 1)


def test_long_input_is_cut_with_a_note() -> None:
    built = build_query("habibie " * 2000, SCHEMA)
    assert built.notes and "cut" in built.notes[0]


def test_relaxed_form_is_or() -> None:
    built = build_query("bandar narkoba", SCHEMA, all_words=False)
    assert " OR " in str(built.query) and " AND " not in str(built.query)
