"""SearchRequest's order and date unit are enums; text is parsed where users type it."""
from __future__ import annotations

import pytest

from telusur.cli import main
from telusur.searcher import DateUnit, QueryError, QueryProblem, SearchRequest, SortOrder


def test_the_request_takes_members_not_strings() -> None:
    assert SearchRequest("x", sort=SortOrder.NEWEST, date_unit=DateUnit.WEEK).sort is SortOrder.NEWEST
    with pytest.raises(TypeError, match="SortOrder.named"):
        SearchRequest("x", sort="newest")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="DateUnit.named"):
        SearchRequest("x", date_unit="week")  # type: ignore[arg-type]


def test_text_is_named_with_a_readable_refusal() -> None:
    assert SortOrder.named("oldest") is SortOrder.OLDEST and DateUnit.named("year") is DateUnit.YEAR
    with pytest.raises(QueryError) as sort:
        SortOrder.named("acak")
    assert sort.value.code is QueryProblem.UNKNOWN_SORT and sort.value.params["sort"] == "acak"
    with pytest.raises(QueryError) as unit:
        DateUnit.named("decade")
    assert str(unit.value) == "unknown date unit 'decade'; use one of day, week, month, year"


@pytest.mark.parametrize(("option", "value", "said"), [
    ("--sort", "acak", "unknown sort 'acak'; use one of relevance, newest, oldest"),
    ("--date-unit", "decade", "unknown date unit 'decade'; use one of day, week, month, year"),
])
def test_the_command_line_refuses_an_unknown_value_readably(
    tmp_path, capsys: pytest.CaptureFixture, option: str, value: str, said: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["search", "banjir", "--facets", option, value, "--index-dir", str(tmp_path / "ix")])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and said in err and "Traceback" not in err
    assert not (tmp_path / "ix").exists()  # refused before anything was opened
