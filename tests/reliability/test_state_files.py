"""State files nested too deeply, or holding entries that cannot run, end no command (issue 26.10).

Derived files (acronyms.json, schema.json, sync-times.json, the checksum map)
are read as missing and rebuilt; the user's saved searches keep their good
entries, report the bad ones, and write them back untouched.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from telusur.cli import main

DEEP = "[" * 200_000 + "]" * 200_000
ARTICLE = "Banjir Melanda Jakarta\n\n4 Juli 2024\n\nBanjir besar melanda Jakarta pagi ini, warga mengungsi.\n"


@pytest.fixture
def indexed(tmp_path: Path) -> Path:
    folder = tmp_path / "berita"
    folder.mkdir()
    (folder / "banjir.txt").write_text(ARTICLE, encoding="utf-8")
    ix = tmp_path / "ix"
    assert main(["index", str(folder), "--index-dir", str(ix)]) == 0
    return ix


@pytest.mark.parametrize("name", ["acronyms.json", "schema.json", "sync-times.json", "whoosh/_MAIN_checksums.json",
                                  "acronyms.decided.json"])
def test_a_deeply_nested_derived_file_is_rebuilt(indexed: Path, name: str, capsys: pytest.CaptureFixture) -> None:
    path = indexed / name
    assert path.exists() or name.startswith("acronyms."), name
    path.write_text(DEEP)
    assert main(["search", "banjir", "--index-dir", str(indexed)]) == 0
    assert main(["index", "--index-dir", str(indexed)]) == 0
    assert main(["folders", "--index-dir", str(indexed)]) == 0
    capsys.readouterr()
    assert main(["search", "banjir", "--index-dir", str(indexed)]) == 0
    assert "1 hit" in capsys.readouterr().out


def test_a_deeply_nested_saved_searches_file_is_a_message(indexed: Path, capsys: pytest.CaptureFixture) -> None:
    (indexed / "saved_searches.json").write_text(DEEP)
    assert main(["index", "--index-dir", str(indexed)]) == 0
    assert main(["watch", "list", "--index-dir", str(indexed)]) == 1
    err = capsys.readouterr().err
    assert "nested too deeply" in err and "Traceback" not in err


def test_saved_searches_keep_good_entries_and_the_bad_ones(indexed: Path, capsys: pytest.CaptureFixture) -> None:
    good = {"name": "banjir", "query": "banjir", "sources": [], "seen": []}
    star = {"name": "semua", "query": "*", "sources": [], "seen": []}
    broken = {"name": "rusak", "query": "x", "date_from": "bukan tanggal", "deep": json.loads("[" * 500 + "]" * 500)}
    path = indexed / "saved_searches.json"
    path.write_text(json.dumps({"version": 1, "searches": [good, star, broken, "bukan objek"]}))
    assert main(["index", "--index-dir", str(indexed)]) == 0
    capsys.readouterr()
    assert main(["watch", "list", "--index-dir", str(indexed)]) == 0
    out, err = capsys.readouterr()
    assert "banjir: 1 new of 1" in out
    assert "semua: cannot run (a lone * would match every article" in out
    assert "entry 3 is skipped" in err and "entry 4 is skipped" in err
    assert main(["watch", "show", "banjir", "--index-dir", str(indexed)]) == 0
    assert main(["watch", "show", "semua", "--index-dir", str(indexed)]) == 2
    assert "Traceback" not in capsys.readouterr().err
    searches = json.loads(path.read_text())["searches"]
    assert [s if isinstance(s, str) else s["name"] for s in searches] == ["banjir", "semua", "rusak", "bukan objek"]
    assert searches[2] == broken  # written back as it was
