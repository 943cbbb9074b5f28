"""A broken or outdated index is detected and rebuilt from the library's folders."""
from __future__ import annotations

import json
import os
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from rel_helpers import fresh_records, make_folder, records, run_cli

from telusur import cli
from telusur.index import Library
from telusur.searcher.engine import SearchEngine, SearchRequest

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too


def _segment(index_dir: Path) -> Path:
    segs = sorted((index_dir / "whoosh").glob("*.seg"))
    assert segs, "the fixture index should hold a compound segment"
    return segs[0]


def _toc(index_dir: Path) -> Path:
    return sorted((index_dir / "whoosh").glob("_MAIN_*.toc"))[-1]


def truncate_segment(d: Path) -> None:
    seg = _segment(d)
    os.truncate(seg, seg.stat().st_size // 2)


def empty_segment(d: Path) -> None:
    os.truncate(_segment(d), 0)


def delete_segment(d: Path) -> None:
    _segment(d).unlink()


def garbage_toc(d: Path) -> None:
    toc = _toc(d)
    toc.write_bytes(random.Random(1).randbytes(toc.stat().st_size))


def truncated_toc(d: Path) -> None:
    toc = _toc(d)
    os.truncate(toc, 20)


def other_schema_version(d: Path) -> None:
    meta = json.loads((d / "schema.json").read_text())
    meta["schema_version"] = meta["schema_version"] + 100
    (d / "schema.json").write_text(json.dumps(meta))


def garbage_schema_json(d: Path) -> None:
    (d / "schema.json").write_bytes(b"\x00\xffnot json")


def deleted_whoosh_folder(d: Path) -> None:
    shutil.rmtree(d / "whoosh")


CORRUPTIONS: dict[str, Callable[[Path], None]] = {
    f.__name__: f
    for f in (
        truncate_segment, empty_segment, delete_segment, garbage_toc, truncated_toc,
        other_schema_version, garbage_schema_json, deleted_whoosh_folder,
    )
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, set]:
    """(articles folder, a good index of it, the records a fresh build holds)."""
    root = tmp_path_factory.mktemp("corrupt")
    folder = root / "artikel"
    make_folder(folder, 60, seed=3)
    reference = fresh_records([folder], root / "good")
    return folder, root / "good", reference


def _broken_copy(built: tuple[Path, Path, set], tmp_path: Path, corruption: str) -> Path:
    index_dir = tmp_path / "index"
    shutil.copytree(built[1], index_dir)
    CORRUPTIONS[corruption](index_dir)
    return index_dir


@pytest.mark.parametrize("corruption", sorted(CORRUPTIONS))
def test_library_detects_and_rebuilds(built, tmp_path: Path, corruption: str) -> None:
    """The Library says why it started over and the next sync restores every document."""
    index_dir = _broken_copy(built, tmp_path, corruption)
    lib = Library(index_dir)
    lib.whoosh_index()  # must not raise
    assert lib.rebuilt_reason, "a broken index was opened as if it were fine"
    assert "Traceback" not in lib.rebuilt_reason and len(lib.rebuilt_reason) < 300
    assert lib.needs_rebuild
    lib.sync()
    assert records(lib) == built[2]
    assert not lib.needs_rebuild
    result = SearchEngine(lib).search(SearchRequest("artikel7"))
    assert result.message is None and result.total >= 1


@pytest.mark.parametrize("corruption", sorted(set(CORRUPTIONS) - {"deleted_whoosh_folder"}))
def test_cli_search_says_so_and_answers(
    built, tmp_path: Path, corruption: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``telusur search`` on a broken index: a stderr line, exit 0, correct hits."""
    index_dir = _broken_copy(built, tmp_path, corruption)
    code = cli.main(["--index-dir", str(index_dir), "search", "artikel7", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "rebuilding it from the library's folders" in err
    hits = json.loads(out)["hits"]
    assert any(h["path"].endswith("artikel_0007.txt") for h in hits)
    assert records(Library(index_dir)) == built[2]


def test_cli_index_rebuilds_broken_index(built, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``telusur index`` (no folders: the whole library) rebuilds a broken index."""
    index_dir = _broken_copy(built, tmp_path, "garbage_toc")
    code = cli.main(["--index-dir", str(index_dir), "index"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "could not be opened" in err and "rebuilding" in err
    assert out.startswith("60 added")
    assert records(Library(index_dir)) == built[2]


def test_cli_subprocess_on_truncated_segment(built, tmp_path: Path) -> None:
    """The same through a real ``telusur`` process."""
    index_dir = _broken_copy(built, tmp_path, "truncate_segment")
    proc = run_cli("--index-dir", str(index_dir), "search", "artikel7", "--json")
    assert proc.returncode == 0, proc.stderr
    assert "rebuilding" in proc.stderr and "Traceback" not in proc.stderr
    assert json.loads(proc.stdout)["total"] >= 1
