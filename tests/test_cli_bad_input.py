"""Command-line rough edges a newcomer met (issue 25.10): pipes, bad numbers, missing folders, empty library."""
from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from telusur.cli import main


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def indexed(tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture) -> str:
    ix = str(tmp_path / "ix")
    assert run(capsys, "index", str(seed_folder), "--index-dir", ix)[0] == 0
    return ix


class _ClosedPipe(io.StringIO):
    """Standard output whose reader went away, as `| head -1` leaves it."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_ends_quietly_with_exit_0(indexed: str, monkeypatch, capsys) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main(["search", "fotovoltaik", "--index-dir", indexed])
    monkeypatch.undo()
    _, err = capsys.readouterr()
    assert code == 0 and err == ""


@pytest.mark.parametrize("argv", [("--limit", "0"), ("--limit", "-5"), ("--page", "0"), ("--limit", "ten")])
def test_limit_and_page_below_one_are_refused(indexed: str, capsys, argv: tuple[str, str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search", "fotovoltaik", "--index-dir", indexed, *argv])
    _, err = capsys.readouterr()
    assert exited.value.code == 2
    assert argv[0] in err and "Traceback" not in err


def test_related_limit_zero_is_refused(indexed: str, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["related", "x.txt", "--limit", "0", "--index-dir", indexed])
    assert exited.value.code == 2


def test_export_to_a_missing_folder_names_the_folder_not_a_temporary_file(indexed: str, tmp_path, capsys) -> None:
    target = tmp_path / "no" / "such" / "out.csv"
    code, _, err = run(capsys, "export", "fotovoltaik", "-o", str(target), "--index-dir", indexed)
    assert code == 1
    assert ".part" not in err and str(target.parent) in err and "does not exist" in err
    assert not target.parent.exists()


def test_export_on_an_empty_library_fails_like_search(tmp_path, capsys) -> None:
    ix = str(tmp_path / "empty-ix")
    out_file = tmp_path / "out.csv"
    search_code, _, search_err = run(capsys, "search", "banjir", "--index-dir", ix)
    export_code, _, export_err = run(capsys, "export", "banjir", "-o", str(out_file), "--index-dir", ix)
    assert search_code == export_code == 1
    assert "nothing indexed yet" in export_err and export_err == search_err
    assert not out_file.exists()


def test_folders_on_an_empty_library_says_so(tmp_path, capsys) -> None:
    code, out, err = run(capsys, "folders", "--index-dir", str(tmp_path / "empty-ix"))
    assert code == 0 and out == ""
    assert "no folders" in err and "telusur index" in err


def test_export_sorted_by_date_leaves_the_score_empty(indexed: str, tmp_path, capsys) -> None:
    """Issue 25.8: under date sorting the score column was the date as a number (63704740633000000.0000)."""
    import csv
    import json

    by_date, by_relevance = tmp_path / "date.csv", tmp_path / "rel.csv"
    assert run(capsys, "export", "fotovoltaik", "--sort", "newest", "-o", str(by_date), "--index-dir", indexed)[0] == 0
    assert run(capsys, "export", "fotovoltaik", "-o", str(by_relevance), "--index-dir", indexed)[0] == 0
    dated = list(csv.DictReader(by_date.open(encoding="utf-8-sig")))
    ranked = list(csv.DictReader(by_relevance.open(encoding="utf-8-sig")))
    assert dated[0]["score"] == ""
    assert 0 < float(ranked[0]["score"]) < 1000
    code, out, _ = run(capsys, "search", "fotovoltaik", "--sort", "oldest", "--json", "--index-dir", indexed)
    assert json.loads(out)["hits"][0]["score"] is None
