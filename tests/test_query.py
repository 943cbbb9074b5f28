"""Building queries from user text, separate from running them: a table of cases."""
from __future__ import annotations

from datetime import date

import pytest

from telusur.index.schema import build_schema
from telusur.searcher import DateProblem, QueryProblem
from telusur.searcher.day_ranges import DayRange
from telusur.searcher.query import QueryError, build_query, clean_text

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
    ("!!! ...", "only punctuation"),
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


# Issue 15 item 4: a query of only stopwords searches them as written (exact field).
STOPWORDS_ONLY = [
    ("dalam", "exact:dalam"),
    ("sekali", "exact:sekali"),
    ("yang dan", "(exact:yang AND exact:dan)"),
    ('"yang dan"', "(exact:yang AND exact:dan)"),
    ('"dalam"', "exact:dalam"),
]


@pytest.mark.parametrize("text,expected", STOPWORDS_ONLY)
def test_stopword_only_queries_search_the_words_as_written(text: str, expected: str) -> None:
    assert str(build_query(text, SCHEMA).query) == expected


def test_mixed_queries_still_drop_stopwords() -> None:
    assert str(build_query("laut yang dalam", SCHEMA).query) == "(headline:laut^2.0 OR body:laut)"


# Issue 11 item 13: Indonesian upper-case operators; lower case stay words.
OPERATOR_CASES = [
    ("korupsi ATAU suap", "korupsi OR suap"),
    ("korupsi DAN suap", "korupsi AND suap"),
    ("korupsi BUKAN suap", "korupsi NOT suap"),
    ("(korupsi ATAU suap) BUKAN kpk", "(korupsi OR suap) NOT kpk"),
    ('"korupsi ATAU suap"', '"korupsi ATAU suap"'),
]


@pytest.mark.parametrize("indonesian,english", OPERATOR_CASES)
def test_indonesian_operators(indonesian: str, english: str) -> None:
    assert str(build_query(indonesian, SCHEMA).query) == str(build_query(english, SCHEMA).query)


def test_lower_case_indonesian_operators_are_words() -> None:
    # "atau" and "dan" are stopwords: dropped like any other, so no OR happens.
    assert str(build_query("korupsi atau suap", SCHEMA).query) == str(build_query("korupsi suap", SCHEMA).query)
    assert "NOT" not in str(build_query("korupsi bukan suap", SCHEMA).query)


# Issue 16 item 12: format characters vanish inside a word; other controls still split.
def test_format_characters_are_dropped_not_turned_into_spaces() -> None:
    assert clean_text("fotovol\u00adtaik").text == "fotovoltaik"
    assert clean_text("foto\u200bvoltaik\u200d").text == "fotovoltaik"
    assert clean_text("banjir\x00jakarta").text == "banjir jakarta"
    assert str(build_query("fotovol\u00adtaik", SCHEMA).query) == "(headline:fotovoltaik^2.0 OR body:fotovoltaik)"


# Issue 16 item 15: weights and fields Whoosh would silently misread are refused.
BAD_SYNTAX = [
    ("presiden^nan", QueryProblem.BAD_BOOST, {"boost": "nan"}),
    ("^1e308", QueryProblem.BAD_BOOST, {"boost": "1e308"}),
    ("presiden^-5", QueryProblem.BAD_BOOST, {"boost": "-5"}),
    ("^-5", QueryProblem.BAD_BOOST, {"boost": "-5"}),
    ("banjir^0", QueryProblem.BAD_BOOST, {"boost": "0"}),
    ("banjir^5000", QueryProblem.BAD_BOOST, {"boost": "5000"}),
    ("nonexist:x", QueryProblem.UNKNOWN_FIELD, {"field": "nonexist"}),
    ("banjir -nonexist:x", QueryProblem.UNKNOWN_FIELD, {"field": "nonexist"}),
    ("sync:x", QueryProblem.UNKNOWN_FIELD, {"field": "sync"}),
]


@pytest.mark.parametrize("text,code,params", BAD_SYNTAX)
def test_misread_syntax_is_refused_with_a_code(text: str, code: QueryProblem, params: dict) -> None:
    with pytest.raises(QueryError) as caught:
        build_query(text, SCHEMA)
    assert caught.value.code is code
    assert params.items() <= caught.value.params.items()
    assert str(caught.value) == code.text(**caught.value.params)


GOOD_SYNTAX = [
    "banjir^2", "judul:banjir^1.5", '"kabut asap"^3', "(banjir OR asap)^2", "banjir^", "judul:banjir isi:asap"
]


@pytest.mark.parametrize("text", GOOD_SYNTAX)
def test_valid_weights_and_fields_still_run(text: str) -> None:
    build_query(text, SCHEMA)


# Issue 11 item 6: core messages carry a code and arguments; the English text is unchanged.
def test_query_errors_carry_codes_with_the_same_english_text() -> None:
    with pytest.raises(QueryError) as caught:
        build_query("a*", SCHEMA)
    assert caught.value.code is QueryProblem.TOO_BROAD
    assert caught.value.params == {"pattern": "a*", "min_prefix": 2}
    assert str(caught.value) == "'a*' is too broad: put at least 2 letters before * or ?"
    with pytest.raises(QueryError) as caught:
        build_query("banjir date:kemarin", SCHEMA)
    assert caught.value.code is DateProblem.UNREADABLE_DATE
    assert str(caught.value) == "cannot read the date 'kemarin'; write it like 2024-07-03"
    assert QueryError("plain words").code is QueryProblem.OTHER
