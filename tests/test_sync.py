"""Incremental sync: add, modify, touch, delete, rename, bad files, rebuilds."""
from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from helpers import write_article

from telusur.index import BUSY_MESSAGE, IndexBusyError, Library, RebuildReason, is_under
from telusur.index.paths import folder_of


def _paths(lib: Library) -> set[str]:
    with lib.whoosh_index().searcher() as s:
        return {Path(d["path"]).name for d in s.all_stored_fields()}


@pytest.fixture
def lib(tmp_path: Path, news_folder: Path) -> Library:
    library = Library(tmp_path / "ix")
    library.add_folders([news_folder])
    return library


def test_first_sync_adds_everything_then_nothing(lib: Library, news_folder: Path) -> None:
    first = lib.sync()
    assert (first.added, first.updated, first.removed, first.unchanged) == (4, 0, 0, 0)
    second = lib.sync()
    assert (second.added, second.updated, second.removed, second.unchanged) == (0, 0, 0, 4)
    assert _paths(lib) == {"a.txt", "b.txt", "c.txt", "d.txt"}


def test_modify_touch_delete_rename(lib: Library, news_folder: Path) -> None:
    lib.sync()
    write_article(news_folder, "a.txt", "Polisi Menangkap Kurir Ganja", "12 Sep 2019", "Kurir ganja ditangkap.")
    b = news_folder / "b.txt"
    os.utime(b, ns=(b.stat().st_atime_ns, b.stat().st_mtime_ns + 5_000_000_000))  # touch: same bytes
    (news_folder / "d.txt").unlink()
    (news_folder / "sub" / "c.txt").rename(news_folder / "sub" / "c2.txt")
    report = lib.sync()
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 2, 1)
    assert _paths(lib) == {"a.txt", "b.txt", "c2.txt"}
    with lib.whoosh_index().searcher() as s:
        doc = s.document(key=str(news_folder / "a.txt"))
    assert doc["headline"] == "Polisi Menangkap Kurir Ganja"
    # The touch was recorded: the next sync does not hash b.txt again.
    again = lib.sync()
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 3)


def test_bad_file_is_skipped_and_the_rest_indexed(lib: Library, news_folder: Path) -> None:
    (news_folder / "empty.txt").write_bytes(b"")
    (news_folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    report = lib.sync()
    assert report.added == 4
    reasons = {Path(s.path).name: s.reason for s in report.skipped}
    assert "empty" in reasons["empty.txt"]
    assert "not text" in reasons["image.txt"]


def test_file_that_turns_bad_leaves_the_index(lib: Library, news_folder: Path) -> None:
    lib.sync()
    (news_folder / "b.txt").write_bytes(b"")
    report = lib.sync()
    assert report.removed == 1
    assert "b.txt" not in _paths(lib)


def test_undated_article_is_indexed_with_warning(lib: Library, news_folder: Path) -> None:
    write_article(news_folder, "e.txt", "Tanpa Tanggal", "kemarin sore", "Isi berita tanpa tanggal yang jelas.")
    report = lib.sync()
    assert report.added == 5
    assert any(Path(w.path).name == "e.txt" and "date" in w.message for w in report.warnings)


def test_files_are_never_modified(lib: Library, news_folder: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in news_folder.rglob("*") if p.is_file()}
    lib.sync()
    lib.sync()
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in news_folder.rglob("*") if p.is_file()}
    assert before == after


def test_remove_folder_drops_only_its_documents(tmp_path: Path, news_folder: Path, seed_folder: Path) -> None:
    lib = Library(tmp_path / "ix")
    lib.add_folders([news_folder, seed_folder])
    lib.sync()
    assert len(_paths(lib)) == 5
    removed = lib.remove_folder(news_folder)
    assert removed == 4
    assert _paths(lib) == {"000_2a54ab0cdfdf7b75.txt"}
    assert (news_folder / "a.txt").exists()
    assert lib.folders == [str(seed_folder.resolve())]


def test_outdated_index_is_rebuilt_from_the_library(lib: Library, tmp_path: Path) -> None:
    lib.sync()
    meta = lib.dir.meta_file
    meta.write_text(json.dumps({"schema_version": -1, "analysis": "old"}))
    fresh = Library(tmp_path / "ix")
    fresh.whoosh_index()
    assert "another version" in fresh.rebuilt_reason
    assert fresh.rebuilt_reason.reason is RebuildReason.OTHER_VERSION
    assert fresh.needs_rebuild
    report = fresh.sync()
    assert report.added == 4
    assert not fresh.needs_rebuild


def test_unreadable_index_is_rebuilt(lib: Library, tmp_path: Path) -> None:
    lib.sync()
    for toc in lib.dir.whoosh.glob("*.toc"):
        toc.write_bytes(b"garbage")
    fresh = Library(tmp_path / "ix")
    assert fresh.open() is fresh.rebuilt_reason
    assert "could not be opened" in fresh.rebuilt_reason
    assert fresh.rebuilt_reason.reason is RebuildReason.UNREADABLE
    assert fresh.rebuilt_reason.detail and fresh.rebuilt_reason.detail in fresh.rebuilt_reason
    assert fresh.sync().added == 4


def test_missing_folder_keeps_its_documents(lib: Library, news_folder: Path, tmp_path: Path) -> None:
    lib.sync()
    news_folder.rename(tmp_path / "unplugged")
    report = lib.sync()
    assert report.removed == 0
    assert any("not found" in s.reason for s in report.skipped)
    assert len(_paths(lib)) == 4


def test_cancel_keeps_what_was_done(lib: Library) -> None:
    calls = iter(range(100))
    report = lib.sync(should_cancel=lambda: next(calls) >= 2)
    assert report.cancelled
    assert report.added == 2
    assert lib.sync().added == 2


def test_first_open_says_there_was_no_index(tmp_path: Path) -> None:
    lib = Library(tmp_path / "ix")
    reason = lib.open()
    assert reason is not None and reason.reason is RebuildReason.NO_INDEX
    assert reason == "no index yet"  # still the message, for callers that show it
    assert pickle.loads(pickle.dumps(reason)).reason is RebuildReason.NO_INDEX
    assert Library(tmp_path / "ix").open() is None  # made now: opens as it is


def test_busy_index_says_so_in_one_message(lib: Library) -> None:
    from telusur.index.segments import AppendingWriter

    holder = AppendingWriter(lib.whoosh_index(), timeout=0)
    try:
        with pytest.raises(IndexBusyError, match="busy") as err:
            lib.sync(lock_timeout=0.1)
        assert str(err.value) == BUSY_MESSAGE
    finally:
        holder.cancel()
    assert lib.sync().added == 4


def test_folder_paths_match_whole_names_only() -> None:
    sep = os.sep
    root = f"{sep}news"
    assert is_under(root, root)
    assert is_under(f"{root}{sep}a.txt", root)
    assert is_under(f"{root}{sep}a.txt", root + sep)
    assert not is_under(f"{root}2{sep}a.txt", root)
    inner = f"{root}{sep}2024"
    assert folder_of(f"{inner}{sep}a.txt", [root, inner]) == inner
    assert folder_of(f"{sep}other{sep}a.txt", [root]) == ""
