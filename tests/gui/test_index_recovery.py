"""The app heals what a CLI run or a user does to its index (issue 16, item 18).

A watched folder changing during a CLI run used to end in "Another indexing
run is using the index… Try again" and no retry; deleting ``whoosh/`` under
an open app left "Index 'MAIN' does not exist" until a manual rebuild.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from telusur.gui.usertypes import JobKind
from telusur.gui.workers import SyncJob
from telusur.index import SyncReport
from telusur.searcher import SearchEngine, SearchRequest

# Also under Windows' file rules (tests/windows_rules.py): a rebuild under the app.
pytestmark = pytest.mark.windows_too

# Holds the index's write lock until the test closes its stdin (no timed hold).
HOLD_LOCK = """
import sys
from telusur.index import Library

w = Library(sys.argv[1]).whoosh_index().writer()
print("locked", flush=True)
sys.stdin.read()
w.cancel()
"""


def test_deleting_the_index_under_the_app_rebuilds_it(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    before = library.document_count()
    assert before >= 1
    shutil.rmtree(library.index_dir / "whoosh", ignore_errors=True)  # Windows keeps the files the app holds open
    assert window.indexing.check_index_present()
    qtbot.waitUntil(lambda: not window.sync_queue.busy, timeout=30_000)
    assert library.document_count() == before
    assert SearchEngine(library).search(SearchRequest("presiden")).message is None
    assert "deleted" in window.message_bar.text


def test_a_busy_index_is_retried_with_backoff(make_window, qtbot) -> None:
    window = make_window()
    window.indexing.retry_first_ms = 300
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(window.library.index_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        outcomes: list[object] = []
        failures: list[str] = []
        window.indexing.finished.connect(lambda job, outcome: outcomes.append(outcome))
        window.indexing.failed.connect(lambda job, kind, message: failures.append(kind))
        window.sync_queue.enqueue(SyncJob(JobKind.SYNC, None, user_started=False))
        # The lock is released only once the app has met it, so the retry is what succeeds.
        qtbot.waitUntil(lambda: bool(failures), timeout=60_000)
        assert holder.stdin is not None
        holder.stdin.close()
        assert holder.wait(timeout=60) == 0
        qtbot.waitUntil(lambda: any(isinstance(o, SyncReport) for o in outcomes), timeout=60_000)
    finally:
        holder.kill()
        holder.wait()
    assert failures, "the first attempt should have met the busy index"
    assert "Try again" not in window.message_bar.action_labels


def test_a_read_error_in_a_search_leads_to_a_rebuild(make_window, qtbot, monkeypatch) -> None:
    """A search that meets undecodable data marks the library damaged; the app rebuilds it."""
    import zlib

    from telusur.searcher import engine as engine_module

    window = make_window()
    library = window.library
    before = library.document_count()

    def broken(*args, **kwargs):
        raise zlib.error("Error -3 while decompressing data")

    engine = SearchEngine(library)
    with monkeypatch.context() as patch:
        patch.setattr(engine_module, "run_plan", broken)
        try:
            engine.search(SearchRequest("presiden"))
        except Exception as err:  # noqa: BLE001 - the type is checked below
            assert type(err).__name__ == "IndexDamagedError"
    assert library.damaged
    assert window.indexing.check_index_present()
    qtbot.waitUntil(lambda: not window.sync_queue.busy, timeout=30_000)
    assert not library.damaged and library.document_count() == before
    assert "damaged" in window.message_bar.text
