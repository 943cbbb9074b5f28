"""Readers during a sync, and two writers meeting on one index."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

import pytest
from rel_helpers import PYTHON, ROOT, fresh_records, lock_is_free, make_folder, records, run_cli, start_sync

from telusur.index import IndexBusyError, Library
from telusur.searcher.engine import SearchEngine, SearchRequest

HOLD_LOCK = """
import sys
from telusur.index import Library
ix = Library(sys.argv[1]).whoosh_index()
writer = ix.writer()
print("locked", flush=True)
sys.stdin.read()
writer.cancel()
"""


def _hold_lock(index_dir: Path) -> subprocess.Popen:
    """A child process that holds the index's write lock until it is killed (or its stdin closes)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [PYTHON, "-c", HOLD_LOCK, str(index_dir)], cwd=ROOT, env=env,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """A library of 150 indexed articles; 150 more are added to its folder later."""
    folder = tmp_path / "artikel"
    make_folder(folder, 150, seed=5)
    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    lib.sync()
    return lib


def _grow(library: Library) -> Path:
    folder = Path(library.folders[0])
    extra = folder / "tambahan"
    make_folder(extra, 150, seed=6, version=3)
    return extra


def test_searches_answer_during_a_threaded_sync(library: Library) -> None:
    """A search thread never fails or sees half a commit, and sees the new generation after."""
    _grow(library)
    engine = SearchEngine(library)
    totals: list[int] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def search_loop() -> None:
        try:
            while not done.is_set():
                result = engine.search(SearchRequest("berita", page_size=5))
                assert result.message is None, result.message
                totals.append(result.total)
        except BaseException as err:  # noqa: BLE001 - reported below
            errors.append(err)

    reader = threading.Thread(target=search_loop)
    reader.start()
    try:
        report = Library(library.index_dir).sync()  # a second Library, as the CLI would be
    finally:
        done.set()
        reader.join(timeout=30)
    assert not errors, errors
    assert report.added == 150
    assert len(totals) >= 3
    assert set(totals) <= {150, 300}, "a reader saw a partly committed generation"
    assert engine.search(SearchRequest("berita")).total == 300


def test_searches_answer_while_another_process_syncs(library: Library) -> None:
    """The app's reader keeps answering while ``sync`` runs in another process, then refreshes."""
    _grow(library)
    engine = SearchEngine(library)
    assert engine.search(SearchRequest("berita")).total == 150
    proc = start_sync(library.index_dir)
    seen: set[int] = set()
    while proc.poll() is None:
        result = engine.search(SearchRequest("berita", page_size=3))
        assert result.message is None
        seen.add(result.total)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    assert seen <= {150, 300}
    assert engine.search(SearchRequest("berita")).total == 300
    assert engine.document_count() == 300


def test_second_writer_waits_a_bounded_time_then_says_busy(library: Library) -> None:
    """Library API: lock_timeout bounds the wait; the error is plain; nothing is damaged."""
    before = records(library)
    _grow(library)
    holder = _hold_lock(library.index_dir)
    try:
        started = time.monotonic()
        with pytest.raises(IndexBusyError, match="another indexing run is busy"):
            Library(library.index_dir).sync(lock_timeout=0.5)
        waited = time.monotonic() - started
        assert 0.4 <= waited < 30, "the wait honours lock_timeout and is bounded"
        assert records(Library(library.index_dir)) == before  # readers unaffected
    finally:
        holder.kill()
        holder.wait()
    assert lock_is_free(library.index_dir)
    report = Library(library.index_dir).sync(lock_timeout=0.5)
    assert report.added == 150 and len(records(Library(library.index_dir))) == 300


def test_cli_index_while_busy_exits_1_with_a_plain_line(library: Library) -> None:
    """``telusur index`` beside a running writer: waits (bounded), exit 1, one plain stderr line."""
    _grow(library)
    holder = _hold_lock(library.index_dir)
    try:
        started = time.monotonic()
        proc = run_cli("--index-dir", str(library.index_dir), "index", timeout=40)
        waited = time.monotonic() - started
    finally:
        holder.kill()
        holder.wait()
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "telusur: another indexing run is busy with this index; try again when it ends"
    ]
    assert "Traceback" not in proc.stderr
    assert waited < 25, "the wait for the lock must be bounded"
    assert len(records(Library(library.index_dir))) == 150


def test_two_writers_started_together_on_a_fresh_index(tmp_path: Path) -> None:
    """Two full builds racing on an empty index dir: no crash beyond 'busy', a correct index."""
    folder = tmp_path / "artikel"
    make_folder(folder, 150, seed=8)
    reference = fresh_records([folder], tmp_path / "reference")
    for attempt in range(3):
        index_dir = tmp_path / f"race{attempt}"
        Library(index_dir).add_folders([folder])
        procs = [start_sync(index_dir) for _ in range(2)]
        outcomes = [p.communicate(timeout=60) + (p.returncode,) for p in procs]
        for _out, err, code in outcomes:
            assert code == 0 or "IndexBusyError" in err, err
        assert any(code == 0 for *_, code in outcomes)
        lib = Library(index_dir)
        lib.whoosh_index()
        assert lib.rebuilt_reason is None
        assert records(lib) == reference
