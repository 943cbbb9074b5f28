"""The command line of issue 12: facets and copies in search JSON, related, export, watch."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from archive_fixtures import write_archive, write_story

from telusur.cli import main

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def indexed(tmp_path: Path, capsys: pytest.CaptureFixture) -> tuple[str, dict[str, Path]]:
    paths = write_archive(tmp_path / "arsip")
    ix = str(tmp_path / "ix")
    code, _, _ = run(capsys, "index", str(tmp_path / "arsip"), "--index-dir", ix)
    assert code == 0
    return ix, paths


def test_search_json_has_groups_copies_and_facets(indexed, capsys) -> None:
    ix, paths = indexed
    code, out, _ = run(capsys, "search", "berita", "--json", "--facets", "--limit", "50", "--index-dir", ix)
    assert code == 0
    result = json.loads(out)
    assert result["total"] == 10 and result["groups"] == 9 and len(result["hits"]) == 9
    grouped = [h for h in result["hits"] if h["group"]]
    assert len(grouped) == 1 and len(grouped[0]["copies"]) == 1
    assert set(grouped[0]["copies"][0]) == {"path", "record", "source", "date"}
    assert all(h["copies"] == [] and h["group"] is None for h in result["hits"] if h not in grouped)
    facets = result["facets"]
    assert sum(f["count"] for f in facets["source"]) == 10
    assert facets["date"]["unit"] == "day" and facets["date"]["undated"] == 1
    assert sum(b["count"] for b in facets["date"]["buckets"]) + 1 == 10
    code, out, _ = run(capsys, "search", "berita", "--json", "--no-group", "--limit", "50", "--index-dir", ix)
    flat = json.loads(out)
    assert flat["groups"] == 10 and len(flat["hits"]) == 10 and "facets" not in flat


def test_a_bad_date_unit_is_a_usage_error(indexed, capsys) -> None:
    ix, _ = indexed
    with pytest.raises(SystemExit) as exc:
        main(["search", "berita", "--facets", "--date-unit", "decade", "--index-dir", ix])
    assert exc.value.code == 2


def test_related_json(indexed, capsys) -> None:
    ix, paths = indexed
    code, out, _ = run(capsys, "related", str(paths["flood2"]), "--json", "--days", "30", "--index-dir", ix)
    assert code == 0
    result = json.loads(out)
    assert result["article"]["path"] == str(paths["flood2"])
    assert all(h["path"] != str(paths["flood2"]) for h in result["hits"])
    code, _, err = run(capsys, "related", str(paths["flood2"]) + ".nope", "--index-dir", ix)
    assert code == 1 and "not in the index" in err


def test_export_writes_every_match_as_displayed(indexed, capsys, tmp_path: Path) -> None:
    ix, _ = indexed
    target = tmp_path / "out.csv"
    code, _, err = run(capsys, "export", "berita", "--format", "csv", "-o", str(target), "--index-dir", ix)
    assert code == 0 and "exported 9" in err
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["headline", "date", "source", "url", "path", "record", "score", "snippet"]
    assert len(rows) == 10  # header + 9 results (the wire copy folded)
    code, out, _ = run(capsys, "export", "berita", "--no-group", "--format", "json", "-o", "-", "--index-dir", ix)
    assert code == 0 and len(json.loads(out)) == 10
    code, out, _ = run(capsys, "export", "berita", "--format", "ris", "-o", "-", "--index-dir", ix)
    assert out.count("TY  - NEWS") == 9
    code, _, err = run(capsys, "export", "*", "-o", str(tmp_path / "bad.csv"), "--index-dir", ix)
    assert code == 2 and not (tmp_path / "bad.csv").exists()


def test_watch_add_list_show_remove_and_index_reports_news(indexed, capsys, tmp_path: Path) -> None:
    ix, _ = indexed
    code, out, _ = run(capsys, "watch", "add", "semua berita", "berita", "--index-dir", ix)
    assert code == 0 and "10 articles match now" in out
    code, out, _ = run(capsys, "watch", "list", "--json", "--index-dir", ix)
    assert json.loads(out) == [{"name": "semua berita", "query": "berita", "total": 10, "new": 0}]
    new = write_story(tmp_path / "arsip", "kompas", "baru", "Berita terbaru", 77, 2)
    code, out, _ = run(capsys, "index", "--index-dir", ix)
    assert code == 0 and "Saved searches with new articles:" in out and "semua berita: 1 new" in out
    code, out, _ = run(capsys, "watch", "show", "semua berita", "--json", "--index-dir", ix)
    shown = json.loads(out)
    assert shown["new"] == 1 and shown["hits"][0]["path"] == str(new) and shown["hits"][0]["new"] is True
    assert not any(h["new"] for h in shown["hits"][1:])
    code, out, _ = run(capsys, "watch", "list", "--json", "--index-dir", ix)
    assert json.loads(out)[0]["new"] == 0  # showing marked them seen
    code, out, _ = run(capsys, "index", "--index-dir", ix)
    assert "Saved searches with new articles" not in out
    code, out, _ = run(capsys, "watch", "remove", "semua berita", "--index-dir", ix)
    assert code == 0
    code, _, err = run(capsys, "watch", "show", "semua berita", "--index-dir", ix)
    assert code == 1 and "no saved search" in err


def test_watch_add_of_a_bad_query_or_date_saves_nothing(indexed, capsys) -> None:
    """A query or date that cannot be read is a usage error (exit 2) before anything is saved."""
    ix, _ = indexed
    code, _, err = run(capsys, "watch", "add", "alles", "*", "--index-dir", ix)
    assert code == 2 and "lone *" in err
    code, _, err = run(capsys, "watch", "add", "alles", "berita", "--from", "kemarin lusa", "--index-dir", ix)
    assert code == 2 and "cannot read the date" in err
    code, out, _ = run(capsys, "watch", "list", "--json", "--index-dir", ix)
    assert json.loads(out) == []
