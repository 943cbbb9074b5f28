"""Library.open_index: the one open -> check -> sync sequence, and its typed outcome."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import Library, OpenState, RebuildReason, Rebuilt
from telusur.index.segments import AppendingWriter


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    for i in range(3):
        write_article(folder, f"a{i}.txt", f"Banjir {i}", "3 Sep 2019", "Hujan deras di Jakarta.")
    return folder


def _outdated(tmp_path: Path, news: Path) -> Path:
    """An index of ``news`` written by 'another version' (its fingerprint changed)."""
    ix = tmp_path / "ix"
    lib = Library(ix)
    lib.add_folders([news])
    lib.sync()
    lib.dir.meta_file.write_text(json.dumps({"schema_version": -1, "analysis": "old"}))
    return ix


def test_a_sound_index_is_ready_and_nothing_is_synced(tmp_path: Path, news: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news])
    lib.sync()
    told: list[Rebuilt] = []
    opened = Library(tmp_path / "ix").open_index(before_sync=told.append)
    assert opened.state is OpenState.READY and opened.reason is None and opened.report is None
    assert told == [] and not opened.started_over


def test_an_outdated_index_is_rebuilt_once_with_its_reason(tmp_path: Path, news: Path) -> None:
    lib = Library(_outdated(tmp_path, news))
    told: list[Rebuilt] = []
    opened = lib.open_index(before_sync=told.append)
    assert opened.state is OpenState.REBUILT and opened.started_over
    assert opened.reason is not None and opened.reason.reason is RebuildReason.OTHER_VERSION
    assert told == [opened.reason]
    assert opened.report is not None and opened.report.added == 3
    assert lib.document_count() == 3
    assert lib.open_index(before_sync=told.append).state is OpenState.READY  # synced: not again
    assert len(told) == 1


def test_the_caller_may_sync_itself(tmp_path: Path, news: Path) -> None:
    lib = Library(_outdated(tmp_path, news))
    opened = lib.open_index(sync=False)
    assert opened.state is OpenState.TO_REBUILD and opened.report is None
    assert lib.document_count() == 0  # started over, not yet filled
    lib.sync()
    assert lib.document_count() == 3 and lib.open_index().state is OpenState.READY


def test_a_missing_index_is_left_to_the_first_run_when_asked(tmp_path: Path, news: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news])
    opened = lib.open_index(sync_new=False)
    assert opened.state is OpenState.READY and not opened.started_over
    assert opened.reason is not None and opened.reason.reason is RebuildReason.NO_INDEX
    assert lib.document_count() == 0
    rebuilt = Library(tmp_path / "ix2")
    rebuilt.add_folders([news])
    assert rebuilt.open_index().state is OpenState.REBUILT and rebuilt.document_count() == 3


def test_a_rebuild_another_writer_holds_up_is_busy(tmp_path: Path, news: Path) -> None:
    ix = _outdated(tmp_path, news)
    lib = Library(ix)
    assert lib.open_index(sync=False).state is OpenState.TO_REBUILD
    writer = AppendingWriter(Library(ix).whoosh_index(), timeout=0)  # another run's writer
    try:
        opened = lib.open_index(sync_wait=0)
    finally:
        writer.cancel()
    assert opened.state is OpenState.BUSY and opened.report is None
    assert lib.open_index().state is OpenState.REBUILT  # the writer gone, the rebuild goes on


def test_a_read_error_starts_over_and_rebuilds(tmp_path: Path, news: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news])
    lib.sync()
    opened = lib.open_index(damaged="bad posting block")
    assert opened.state is OpenState.REBUILT
    assert opened.reason is not None and opened.reason.reason is RebuildReason.DAMAGED
    assert "bad posting block" in opened.reason and not lib.damaged
    assert lib.document_count() == 3


def test_an_empty_library_has_nothing_to_rebuild(tmp_path: Path) -> None:
    opened = Library(tmp_path / "ix").open_index()
    assert opened.state is OpenState.READY and opened.report is None
