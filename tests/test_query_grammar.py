"""The query grammar as Whoosh parser plugins (issue 28, item 3): quoting is parsed once.

The text used to be rewritten by regular expressions and four split-on-quote
passes before the parser saw it; an unmatched quote then flipped which parts
counted as "inside quotes" for every later pass.
"""
from __future__ import annotations

import pytest
from whoosh import query as Q

from telusur.index.schema import build_schema
from telusur.searcher.expand import _runs
from telusur.searcher.query import QueryError, QueryProblem, build_query
from telusur.searcher.ranking import boost_clauses

SCHEMA = build_schema()


def _q(text: str) -> str:
    return str(build_query(text, SCHEMA).query)


SAME = [
    ("+kpk banjir", "kpk banjir"),
    ("banjir -suap", "banjir NOT suap"),
    ("banjir BUKAN suap", "banjir NOT suap"),
    ('banjir -"kabut asap"', 'banjir NOT "kabut asap"'),
    ('banjir +"kabut asap"', 'banjir "kabut asap"'),
    ("judul:ba*", "ba*"),  # a pattern searches the exact forms, whatever field was named
    ("(korupsi ATAU suap) DAN kpk", "(korupsi OR suap) AND kpk"),
]


@pytest.mark.parametrize("text,same_as", SAME)
def test_spellings_of_the_same_query(text: str, same_as: str) -> None:
    assert _q(text) == _q(same_as)


def test_a_quoted_phrase_then_a_quoted_word() -> None:
    """Two quoted parts: the old passes glued them into one nonsense phrase."""
    assert _q('"kabut asap" NOT "Bandung"') == (
        '((headline:"kabut asap" OR body:"kabut asap") AND NOT exact:bandung)'
    )


def test_an_unmatched_quote_does_not_hide_what_follows() -> None:
    """After a stray quote, a pattern is still a pattern (it was searched in the stemmed fields)."""
    assert _q('" ba* presiden') == "(exact:ba* AND (headline:presiden^2.0 OR body:presiden))"
    assert "exact:fotovoltaic~" in _q('" +kpk fotovoltaic~')


def test_operators_inside_quotes_are_words() -> None:
    assert _q('"korupsi ATAU suap" -"banjir DAN asap"') == (
        '((headline:"korupsi suap" OR body:"korupsi suap") AND NOT (headline:"banjir asap" OR body:"banjir asap"))'
    )


def test_weights_are_read_by_the_parser() -> None:
    boosted = build_query("banjir^2.5 asap", SCHEMA).query
    assert [part.boost for part in boosted.children()] == [2.5, 1.0]
    with pytest.raises(QueryError) as caught:
        build_query("(banjir OR asap)^0", SCHEMA)
    assert caught.value.code is QueryProblem.BAD_BOOST


def test_a_field_needs_its_value_next_to_it() -> None:
    assert _q("judul:banjir") == "headline:banjir"
    with pytest.raises(QueryError) as caught:
        build_query("(hujan +foo:bar)", SCHEMA)
    assert caught.value.code is QueryProblem.UNKNOWN_FIELD and caught.value.params["field"] == "foo"
    assert "x.y:z" not in _q("banjir")  # a colon inside a word is no field
    build_query("waktu 10:30", SCHEMA)  # digits before a colon are not a field name


def test_the_kept_text_is_what_was_typed_without_dates() -> None:
    built = build_query("korupsi BUKAN suap -kpk date:2019", SCHEMA)
    assert built.text == "korupsi BUKAN suap -kpk"
    assert built.words == ("korupsi", "suap")  # -kpk is excluded; did-you-mean and boosts use these


def test_expansion_runs_read_plus_and_bukan() -> None:
    runs = _runs("banjir +kpk BUKAN korupsi presiden")
    assert [[t.text for t in run] for run in runs] == [["banjir", "kpk"], ["presiden"]]


@pytest.mark.parametrize("text", ["banjir -suap", "banjir ba*", "banjir asap~", '"banjir" asap', "banjir BUKAN asap"])
def test_no_proximity_boost_for_queries_with_syntax(text: str) -> None:
    clauses = boost_clauses(build_query(text, SCHEMA))
    assert not any(isinstance(q, Q.Phrase) for c in clauses for q in c.leaves())


def test_proximity_boost_for_plain_words() -> None:
    clauses = boost_clauses(build_query("banjir bandang", SCHEMA))
    assert any(isinstance(q, Q.Phrase) for c in clauses for q in c.leaves())


def test_dates_are_read_by_the_parser_and_cut_from_the_kept_text() -> None:
    from datetime import date

    built = build_query('"kabut asap" tanggal:"10 September 2019" (riau OR jambi) TGL:2019', SCHEMA)
    assert (built.days.start, built.days.end) == (date(2019, 9, 10), date(2019, 9, 10))
    assert built.text == '"kabut asap" (riau OR jambi)'
    assert "date" not in str(built.query) and "tanggal" not in str(built.query)
    inside = build_query("(banjir date:2019-09)", SCHEMA)
    assert inside.days.start == date(2019, 9, 1) and str(inside.query) == "(headline:banjir^2.0 OR body:banjir)"


def test_a_bad_date_is_a_date_error_wherever_it_stands() -> None:
    with pytest.raises(QueryError, match="cannot read the date 'kemarin'"):
        build_query("(banjir OR tgl:kemarin)", SCHEMA)
