"""Segments built by worker processes must give the same index as one process."""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import use_settings, write_article

from telusur.index import Library
from telusur.searcher import SearchEngine, SearchRequest

TOPICS = ["kebakaran hutan riau", "revisi uu kpk", "bandar sabu medan", "gempa maluku", "habibie meninggal"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    for i in range(40):
        topic = TOPICS[i % len(TOPICS)]
        write_article(
            root, f"{i:03d}.txt", f"Berita {i} tentang {topic}", f"{1 + i % 28} September 2019",
            f"Laporan ke-{i} mengenai {topic}. " * (1 + i % 4), "Penangkapan dan pembangunan terus berlanjut.",
        )
    return root


def _build(tmp_path: Path, folder: Path, name: str, workers: int, monkeypatch) -> Library:
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=workers)
    lib = Library(tmp_path / name)
    lib.add_folders([folder])
    report = lib.sync()
    assert report.added == 40
    return lib


def test_parallel_build_matches_single_process(tmp_path: Path, folder: Path, monkeypatch) -> None:
    one = _build(tmp_path, folder, "one", 1, monkeypatch)
    two = _build(tmp_path, folder, "two", 2, monkeypatch)
    with two.whoosh_index().searcher() as s:
        assert len(s.reader().leaf_readers()) >= 2  # really built by two workers
    for query in ["kebakaran", "kpk", "menangkap", "pembangun*", '"bandar sabu"', "kpk date:2019-09-05..2019-09-20"]:
        # Not folded: these templated articles are near-copies, and which of a
        # group's equally scored members is shown depends on document order.
        a = SearchEngine(one).search(SearchRequest(query, page_size=50, group_copies=False))
        b = SearchEngine(two).search(SearchRequest(query, page_size=50, group_copies=False))
        assert a.total == b.total > 0
        # One index or several segments: the same scores (statistics are index-wide).
        assert sorted((Path(h.path).name, round(h.score, 6)) for h in a.hits) == sorted(
            (Path(h.path).name, round(h.score, 6)) for h in b.hits
        )
    assert two.sync().unchanged == 40


def test_parallel_resync_updates_and_cancel(tmp_path: Path, folder: Path, monkeypatch) -> None:
    lib = _build(tmp_path, folder, "ix", 2, monkeypatch)
    for i in range(5):
        write_article(folder, f"{i:03d}.txt", f"Diperbarui {i}", "30 September 2019", "Isi baru tentang tsunami.")
    report = lib.sync()
    assert (report.updated, report.unchanged) == (5, 35)
    assert SearchEngine(lib).search(SearchRequest("tsunami")).total == 5
    for i in range(40, 80):
        write_article(folder, f"{i:03d}.txt", f"Baru {i}", "1 Oktober 2019", "Banjir bandang.")
    cancelled = lib.sync(should_cancel=lambda: True)
    assert cancelled.cancelled
    rest = lib.sync()
    assert cancelled.added + rest.added == 40
    assert SearchEngine(lib).search(SearchRequest("banjir")).total == 40


def test_workers_exit_when_the_indexer_is_killed(tmp_path: Path, folder: Path) -> None:
    """SIGKILL of the indexing process must not leave its worker processes behind."""
    import os
    import signal
    import subprocess
    import sys
    import time

    for i in range(40, 400):  # enough work that the workers are busy when the kill lands
        write_article(folder, f"{i:03d}.txt", f"Berita {i}", "2 September 2019", "Kata ulang kata. " * 200)
    code = (
        "import sys; from index import Library, sync; sync.PARALLEL_MIN_FILES = 2; lib = Library(sys.argv[1]); "
        "lib.add_folders([sys.argv[2]]); lib.sync()"
    )
    env = {**os.environ, "TELUSUR_WORKERS": "2"}
    proc = subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "ix"), str(folder)], env=env)

    def children() -> list[int]:
        out = subprocess.run(["ps", "-eo", "pid,ppid"], capture_output=True, text=True).stdout.split("\n")[1:]
        pids = [int(p) for p, pp in (line.split() for line in out if line.strip()) if int(pp) == proc.pid]
        return [p for p in pids if b"spawn_main" in Path(f"/proc/{p}/cmdline").read_bytes()]

    deadline = time.monotonic() + 30
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        workers = children()
        time.sleep(0.1)
    assert len(workers) >= 2, "the workers never started"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while time.monotonic() < deadline and alive:
        time.sleep(0.2)
        alive = [pid for pid in workers if _running(pid)]
    assert alive == [], f"workers outlived the indexer: {alive}"


def _running(pid: int) -> bool:
    """The process exists and is not a zombie (Linux: reads /proc)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return "Z" not in stat.read().split()[2]
    except FileNotFoundError:
        return False


def test_a_worker_segment_is_committed_only_by_the_parent(tmp_path: Path, folder: Path) -> None:
    from telusur.index.segments import SegmentBuilder

    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    lib.open()
    builder = SegmentBuilder(str(lib.dir.whoosh), limitmb=8)
    with pytest.raises(TypeError):
        builder.commit()
    assert builder.finish() is None  # nothing added: no segment, files closed
    assert lib.sync().added == 40  # the abandoned builder held no lock
