"""Cancelling a sync: the run says when it has stopped reading, then saves what it indexed.

Workers look at the cancel flag before every file; once each has left its
file loop the run reports ``SyncPhase.STOPPED`` (the window says so), then
writes and commits the articles already indexed, so nothing done is lost and
the next sync goes on from there.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from helpers import use_settings, write_article

from telusur.index import Library
from telusur.index.sync_records import SyncPhase, SyncProgress
from telusur.searcher import SearchEngine, SearchRequest

N = 60


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "articles"
    for i in range(N):
        write_article(root, f"{i:03d}.txt", f"Banjir {i}", f"{1 + i % 28} September 2019",
                      f"Banjir bandang ke-{i} melanda desa. " * (1 + i % 3))
    return root


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cancelled_sync_says_it_stopped_then_keeps_its_work(tmp_path: Path, folder: Path, monkeypatch,
                                                              workers: int) -> None:
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=workers)
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    seen: list[SyncProgress] = []
    asked = [0]

    def should_cancel() -> bool:
        asked[0] += 1
        return asked[0] > 3  # after a few files (one process) or polls (workers)

    report = lib.sync(progress=seen.append, should_cancel=should_cancel)
    assert report.cancelled
    phases = [p.phase for p in seen]
    assert phases.count(SyncPhase.STOPPED) == 1
    stopped_at = phases.index(SyncPhase.STOPPED)
    assert SyncPhase.READING not in phases[stopped_at + 1:]  # nothing read after it said it stopped
    assert seen[stopped_at].done <= N
    # What was indexed before the cancel is committed: the next sync adds only the rest.
    rest = lib.sync()
    assert not rest.cancelled
    assert report.added + rest.added == N and rest.unchanged == report.added
    assert SearchEngine(lib).search(SearchRequest("banjir", exact_total=True)).total == N


def test_a_finished_sync_never_says_stopped(tmp_path: Path, folder: Path, monkeypatch) -> None:
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=2)
    lib = Library(tmp_path / "ix")
    lib.add_folders([folder])
    seen: list[SyncProgress] = []
    report = lib.sync(progress=seen.append)
    assert report.added == N and not report.cancelled
    assert SyncPhase.STOPPED not in [p.phase for p in seen]
    assert seen[-1].done == N
