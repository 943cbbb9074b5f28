"""SIGKILL trials against an indexer subprocess, shared by the tests and the bench script.

A trial starts ``Library(dir).sync()`` in a child process, kills it with
SIGKILL at a random moment of the sync, then checks what a user would see:
the index opens, searches answer, every document is the old or the new
version of its file, no lock is left behind, and one more sync converges to
exactly what a fresh build of the folder holds.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from telusur.index import Library
from telusur.searcher.engine import SearchEngine, SearchRequest

# Package-qualified (the project root is on sys.path under pytest and for
# `python -m bench.crash_trials`), so the crash bench can import this module too.
from tests.reliability.rel_helpers import (
    Record,
    fresh_records,
    leftover_files,
    lock_is_free,
    make_folder,
    mutate_folder,
    records,
    start_sync,
)


@dataclass
class TrialResult:
    kind: str  # "full" or "incremental"
    seed: int
    delay_s: float
    killed: bool  # False when the child had already finished
    state: str  # what the kill left: "old", "new", "empty", "mixed" (documents from both)
    rebuilt: str | None  # why the index was started over after the kill, if it was
    recover_s: float


def timed_sync(index_dir: Path) -> float:
    """Seconds from the child's "ready" to its "done" for an uninterrupted run."""
    proc = start_sync(index_dir)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
    started = time.monotonic()
    line = proc.stdout.readline().strip()
    elapsed = time.monotonic() - started
    proc.wait(timeout=60)
    assert line == "done" and proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    return elapsed


def kill_during_sync(index_dir: Path, delay_s: float) -> bool:
    """Run a sync in a child and SIGKILL it ``delay_s`` after it is ready; True if it was killed."""
    proc = start_sync(index_dir)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(delay_s)
    alive = proc.poll() is None
    if alive:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    if proc.stderr is not None:
        proc.stderr.close()
    return alive and proc.returncode == -signal.SIGKILL


def check_after_kill(index_dir: Path, old: set[Record], new: set[Record]) -> tuple[str, str | None]:
    """The guarantees right after a kill; returns the state left and any rebuild reason."""
    assert lock_is_free(index_dir), "the killed writer left the write lock held"
    lib = Library(index_dir)
    lib.whoosh_index()  # opens (or is rebuilt from the folders): never raises
    found = records(lib)
    by_path_old = {r[0]: r for r in old}
    by_path_new = {r[0]: r for r in new}
    for rec in found:
        assert rec in (by_path_old.get(rec[0]), by_path_new.get(rec[0])), f"half-written document {rec[0]}"
    assert len({r[0] for r in found}) == len(found), "a path is indexed twice"
    result = SearchEngine(lib).search(SearchRequest("artikel1 OR berita"))
    assert result.message is None, result.message
    # Every fixture headline starts with "Berita": the search must find every document.
    assert result.total == len(found), f"search found {result.total} of {len(found)} documents"
    if found == new:
        state = "new"
    elif not found:
        state = "empty"
    elif found == old:
        state = "old"
    else:
        state = "mixed"
    return state, lib.rebuilt_reason


def recover(index_dir: Path, new: set[Record]) -> float:
    """The next run must not be blocked and must converge to the fresh build."""
    started = time.monotonic()
    lib = Library(index_dir)
    lib.sync(lock_timeout=0.5)  # a stale lock would raise IndexBusyError here
    elapsed = time.monotonic() - started
    assert records(lib) == new, "the sync after a crash did not converge to the folder's state"
    assert Library(index_dir).sync(lock_timeout=0.5).changed is False, "a second sync still found work"
    # Whatever the killed run half-wrote is gone once a sync has held the lock.
    assert leftover_files(index_dir) == [], "orphaned index files survive the next sync"
    return elapsed


class CrashBench:
    """Fixture folder, reference builds and trial runner for one size of folder."""

    def __init__(self, workdir: Path, count: int, seed: int = 7) -> None:
        self.workdir = workdir
        self.seed = seed
        self.count = count
        self.folder = workdir / "artikel"
        self.snapshot = workdir / "snapshot"
        make_folder(self.snapshot, count, seed)
        self._restore_folder()
        self.full = fresh_records([self.folder], workdir / "ref-full")
        # The incremental start point: an index of the snapshot, kept aside.
        self.base_index = workdir / "base-index"
        shutil.copytree(workdir / "ref-full", self.base_index, symlinks=True)
        mutate_folder(self.folder, seed, edits=count // 6, deletes=count // 12, adds=count // 12)
        self.changed = fresh_records([self.folder], workdir / "ref-changed")
        self._restore_folder()
        self.full_s = timed_sync(self._empty_index(workdir / "timing-full"))
        self.incr_s = timed_sync(self._incremental_index(workdir / "timing-incr", seed))

    def _restore_folder(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
        shutil.copytree(self.snapshot, self.folder)  # copy2 keeps mtimes: the base index still matches

    def _empty_index(self, index_dir: Path) -> Path:
        shutil.rmtree(index_dir, ignore_errors=True)
        Library(index_dir).add_folders([self.folder])
        return index_dir

    def _incremental_index(self, index_dir: Path, seed: int) -> Path:
        shutil.rmtree(index_dir, ignore_errors=True)
        self._restore_folder()
        shutil.copytree(self.base_index, index_dir, symlinks=True)
        mutate_folder(self.folder, seed, edits=self.count // 6, deletes=self.count // 12, adds=self.count // 12)
        return index_dir

    def trial(self, kind: str, trial_seed: int) -> TrialResult:
        rng = random.Random(trial_seed)
        index_dir = self.workdir / f"trial-{kind}-{trial_seed}"
        if kind == "full":
            self._restore_folder()
            self._empty_index(index_dir)
            old, new, window = set(), self.full, self.full_s
        else:
            self._incremental_index(index_dir, self.seed)
            old, new, window = self.full, self.changed, self.incr_s
        delay = rng.uniform(0.0, window * 1.1)
        killed = kill_during_sync(index_dir, delay)
        state, rebuilt = check_after_kill(index_dir, old, new)
        if kind == "incremental":
            assert rebuilt is None, f"an interrupted incremental sync forced a rebuild: {rebuilt}"
        recover_s = recover(index_dir, new)
        shutil.rmtree(index_dir)
        return TrialResult(kind, trial_seed, delay, killed, state, rebuilt, recover_s)
