"""A worker process killed from outside (the OOM killer) costs time, not the run (issue 16, item 9).

It used to end ``telusur index`` with a raw ``BrokenProcessPool`` traceback
and lose the whole run. Now the finished shares are kept, the lost ones are
built again in the main process, and the report says so plainly.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from pathlib import Path

from helpers import use_settings
from rel_helpers import fresh_records, leftover_files, make_folder, records

from telusur.index import Library, SyncProgress


def test_a_killed_worker_is_retried_in_the_main_process(tmp_path: Path, monkeypatch) -> None:
    folder = tmp_path / "artikel"
    make_folder(folder, 240, seed=61)
    expected = fresh_records([folder], tmp_path / "fresh")
    # Worker processes regardless of where the threshold stands (i14 raised it to 300).
    monkeypatch.setattr("telusur.index.sync.PARALLEL_MIN_FILES", 2)
    use_settings(monkeypatch, workers=2)
    killed: list[int] = []

    def kill_a_worker(_progress: SyncProgress) -> None:
        if killed:
            return
        # Not this process's file-reader helper (index/formats/isolated.py), a pool worker.
        workers = [p for p in multiprocessing.active_children() if p.name != "telusur-reader"]
        if workers:
            os.kill(workers[0].pid, signal.SIGKILL)
            killed.append(workers[0].pid)

    lib = Library(tmp_path / "index")
    lib.add_folders([folder])
    report = lib.sync(progress=kill_a_worker)
    assert killed, "no worker was started"
    assert report.added == 240
    assert any("worker process was killed" in note for note in report.notes), report.notes
    assert records(lib) == expected
    assert leftover_files(tmp_path / "index") == []
    assert Library(tmp_path / "index").sync().changed is False
