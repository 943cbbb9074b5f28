"""The command line: the JSON contract, messages and exit codes."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from telusur.cli import main


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_index_then_search_json(tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    code, out, _ = run(capsys, "index", str(seed_folder), "--index-dir", ix, "--json")
    assert code == 0
    report = json.loads(out)
    assert {k: report[k] for k in ("added", "updated", "removed", "unchanged")} == {
        "added": 1, "updated": 0, "removed": 0, "unchanged": 0,
    }
    assert report["skipped"] == [] and report["elapsed_s"] >= 0

    code, out, _ = run(capsys, "search", "fotovoltaik", "--index-dir", ix, "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) >= {"query", "total", "elapsed_ms", "suggestion", "hits"}
    assert result["query"] == "fotovoltaik" and result["total"] == 1 and result["suggestion"] is None
    hit = result["hits"][0]
    assert set(hit) >= {"path", "headline", "date", "score", "snippet"}
    assert hit["date"] == "2024-07-03T20:17:40"
    assert "<mark>fotovoltaik</mark>" in hit["snippet"]

    for query in ("kazakhstan", "memperkuat"):
        code, out, _ = run(capsys, "search", query, "--index-dir", ix, "--json")
        assert json.loads(out)["total"] == 1

    code, out, _ = run(capsys, "search", "fotovoltaik", "--from", "2024-07-04", "--index-dir", ix, "--json")
    assert json.loads(out)["total"] == 0

    code, out, _ = run(capsys, "index", str(seed_folder), "--index-dir", ix, "--json")
    assert json.loads(out)["unchanged"] == 1


def test_text_output_and_sort(tmp_path: Path, news_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    run(capsys, "--index-dir", ix, "index", str(news_folder))
    code, out, _ = run(capsys, "--index-dir", ix, "search", "date:2019", "--sort", "newest", "--limit", "2")
    assert code == 0
    assert out.startswith("4 hits")
    assert out.index("DPR Sahkan") < out.index("Habibie Meninggal")
    assert "Kebakaran" not in out  # limit 2


def test_errors_are_plain_words_with_exit_codes(
    tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture
) -> None:
    ix = str(tmp_path / "ix")
    code, _, err = run(capsys, "index", str(tmp_path / "nope"), "--index-dir", ix)
    assert code == 1 and "is not a folder" in err
    run(capsys, "index", str(seed_folder), "--index-dir", ix)
    code, _, err = run(capsys, "search", "*", "--index-dir", ix)
    assert code == 2 and "*" in err and "Traceback" not in err
    code, _, err = run(capsys, "search", "kpk", "--from", "kemarin", "--index-dir", ix)
    assert code == 2 and "cannot read the date" in err


def test_suggestion_in_json(tmp_path: Path, seed_folder: Path, capsys: pytest.CaptureFixture) -> None:
    ix = str(tmp_path / "ix")
    run(capsys, "index", str(seed_folder), "--index-dir", ix)
    code, out, _ = run(capsys, "search", "fotovoltaic", "--index-dir", ix, "--json")
    assert json.loads(out)["suggestion"] == "fotovoltaik"


def test_console_script_runs_without_a_display(tmp_path: Path, seed_folder: Path) -> None:
    """The installed entry point, in a fresh process with no Qt imported."""
    ix = str(tmp_path / "ix")
    cmd = [sys.executable, "-m", "telusur", "--index-dir", ix]
    subprocess.run(cmd + ["index", str(seed_folder)], check=True, capture_output=True)
    done = subprocess.run(cmd + ["search", "kazakhstan", "--json"], check=True, capture_output=True, text=True)
    assert json.loads(done.stdout)["total"] == 1


def test_search_on_a_new_empty_index_says_so(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    """A first search before anything was indexed: a plain word, no traceback (Whoosh cannot
    refresh a searcher over an empty index, so the engine opens a new one)."""
    code, out, err = run(capsys, "--index-dir", str(tmp_path / "ix"), "search", "polisi")
    assert code == 0 and out.startswith("0 hits")
    assert "the index is empty" in err and "Traceback" not in err
