"""Every lock wait is bounded, and a search never waits for a writer (issue 16, item 5).

The case that hung: an indexer paused with Ctrl+Z (SIGSTOP) while it holds
``rebuild.lock``, starting over an index from another version. Both
``telusur search`` and ``telusur index`` waited forever, with no message.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from rel_helpers import PYTHON, ROOT, make_folder

from telusur.index import Library

HOLD_REBUILD_LOCK = """
import sys
from whoosh.util.filelock import FileLock
lock = FileLock(sys.argv[1])
assert lock.acquire()
print("locked", flush=True)
sys.stdin.read()
"""


def _cli(*args: str, timeout: float = 60) -> tuple[subprocess.CompletedProcess, float]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), TELUSUR_LOCK_TIMEOUT="1")
    started = time.monotonic()
    proc = subprocess.run(
        [PYTHON, "-m", "telusur", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )
    return proc, time.monotonic() - started


@pytest.fixture
def paused_rebuilder(tmp_path: Path):
    """An index from "another version" and a stopped process holding its rebuild lock."""
    folder = tmp_path / "artikel"
    make_folder(folder, 10, seed=31)
    index_dir = tmp_path / "index"
    lib = Library(index_dir)
    lib.add_folders([folder])
    lib.sync()
    meta = json.loads((index_dir / "schema.json").read_text())
    meta["schema_version"] += 100
    (index_dir / "schema.json").write_text(json.dumps(meta))
    holder = subprocess.Popen(
        [PYTHON, "-c", HOLD_REBUILD_LOCK, str(index_dir / "rebuild.lock")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.send_signal(signal.SIGSTOP)  # Ctrl+Z
    try:
        yield index_dir
    finally:
        holder.send_signal(signal.SIGCONT)
        holder.kill()
        holder.wait()


def test_search_does_not_wait_for_a_paused_rebuild(paused_rebuilder: Path) -> None:
    proc, took = _cli("--index-dir", str(paused_rebuilder), "search", "berita", timeout=30)
    assert proc.returncode == 1
    assert "rebuilding this index" in proc.stderr and "Traceback" not in proc.stderr
    assert took < 15  # start-up only: no lock wait at all


def test_index_waits_a_bounded_time_for_a_paused_rebuild(paused_rebuilder: Path) -> None:
    proc, took = _cli("--index-dir", str(paused_rebuilder), "index", timeout=30)
    assert proc.returncode == 1
    assert "try again" in proc.stderr and "Traceback" not in proc.stderr
    assert took < 20
