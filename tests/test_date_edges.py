"""Dates at the calendar's edges: 0001-01-01 and 9999-12-31 (issue 26.12)."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from telusur.cli import main
from telusur.gui.timeline import bucket_end
from telusur.index import Library
from telusur.searcher import SearchEngine
from telusur.searcher.day_ranges import DayRange
from telusur.searcher.requests import DateUnit

RECORDS = [
    ("Akhir Zaman", "9999-12-31"),
    ("Akhir November", "9999-11-30"),
    ("Awal Zaman", "0001-01-01"),
    ("Biasa", "2024-07-04"),
]


@pytest.fixture
def edge_index(tmp_path: Path) -> tuple[str, Path]:
    folder = tmp_path / "berita"
    folder.mkdir()
    lines = [json.dumps({"title": t, "content": f"Banjir besar di {t.lower()} melanda kota.", "date": d})
             for t, d in RECORDS]
    data = folder / "data.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ix = str(tmp_path / "ix")
    assert main(["index", str(folder), "--index-dir", ix]) == 0
    return ix, data


def _json(capsys: pytest.CaptureFixture, *argv: str) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("unit", ["day", "week", "month", "year"])
def test_facets_reach_the_last_day(edge_index: tuple[str, Path], capsys: pytest.CaptureFixture, unit: str) -> None:
    ix, _ = edge_index
    query = "banjir date:9999" if unit in ("day", "week") else "banjir"
    result = _json(capsys, "search", query, "--facets", "--date-unit", unit, "--index-dir", ix, "--json")
    buckets = [b for b in result["facets"]["date"]["buckets"] if b["count"]]
    assert buckets[-1]["start"].startswith("9999-")
    assert result["facets"]["date"]["undated"] == 0


@pytest.mark.parametrize("days", ["7", "99999999999"])
def test_related_within_days_near_the_edges(edge_index: tuple[str, Path], capsys: pytest.CaptureFixture,
                                            days: str) -> None:
    ix, data = edge_index
    for record in ("1", "3"):
        assert main(["related", str(data), "--record", record, "--days", days, "--index-dir", ix]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_year_one_is_a_date_found_and_sorted(edge_index: tuple[str, Path], capsys: pytest.CaptureFixture) -> None:
    ix, _ = edge_index
    found = _json(capsys, "search", "banjir date:0001", "--index-dir", ix, "--json")
    assert [h["headline"] for h in found["hits"]] == ["Awal Zaman"]
    oldest = _json(capsys, "search", "banjir", "--sort", "oldest", "--index-dir", ix, "--json")
    assert [h["headline"] for h in oldest["hits"]] == ["Awal Zaman", "Biasa", "Akhir November", "Akhir Zaman"]


def test_the_app_presets_and_timeline_reach_december_9999(edge_index: tuple[str, Path]) -> None:
    ix, _ = edge_index
    months = SearchEngine(Library(ix)).article_months()
    assert (months[0].year, months[0].month) == (9999, 12) and (months[-1].year, months[-1].month) == (1, 1)
    assert bucket_end(date(9999, 12, 1), DateUnit.MONTH) == date(9999, 12, 31)
    assert DayRange.around(date(9999, 12, 31), 99999999999) == DayRange(date.min, date.max)
