"""SIGKILL mid-sync, then resync: wire-copy groups and saved-search counts converge.

The copies store and the saved searches' "new" counts are kept beside the
index; after a kill at any moment of a sync (before, during or after its
commit, or while the copies store is refreshed), one more sync must leave
exactly the groups a fresh build finds and count exactly the articles added.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from archive_fixtures import write_archive, write_copy, write_story  # tests/ is on the path (its conftest)
from rel_crash import kill_during_sync, timed_sync

from telusur.index import Library
from telusur.index.saved_searches import SavedSearch, add_search, find, mark_seen, read_saved
from telusur.searcher import SearchEngine, watch

ADDED_STORIES, ADDED_COPIES = 30, 10


def _partition(library: Library) -> set[frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for key, group in library.copy_groups().items():
        groups.setdefault(group, set()).add(key)
    return {frozenset(members) for members in groups.values()}


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, set[frozenset[str]]]:
    root = tmp_path_factory.mktemp("archive_crash")
    folder = root / "arsip"
    write_archive(folder)
    before = root / "before"
    library = Library(before)
    library.add_folders([folder])
    library.sync()
    engine = SearchEngine(library)
    saved = SavedSearch("semua", "berita")
    add_search(before, saved)
    mark_seen(before, "semua", engine.matching_keys(watch.request_of(saved)))
    engine.close()
    for i in range(ADDED_STORIES):
        write_story(folder, "antara", f"s{i}", f"Cerita {i}", 1000 + i, i % 30)
    for i in range(ADDED_COPIES):
        write_copy(folder, "tempo" if i % 2 else "detik", f"s{i}copy", f"Cerita {i}", 1000 + i, i % 30 + 1)
    fresh = Library(root / "fresh")
    fresh.add_folders([folder])
    fresh.sync()
    expected = _partition(fresh)
    assert len(expected) == 1 + ADDED_COPIES
    return root, before, expected


def test_kills_at_any_moment_converge_on_resync(setup) -> None:
    root, before, expected = setup
    probe = root / "probe"
    shutil.copytree(before, probe)
    duration = timed_sync(probe)
    killed = 0
    for n, fraction in enumerate((0.2, 0.5, 0.8, 0.97)):
        index_dir = root / f"trial{n}"
        shutil.copytree(before, index_dir)
        killed += kill_during_sync(index_dir, duration * fraction)
        library = Library(index_dir)
        library.sync()
        assert _partition(library) == expected, f"groups after a kill at {fraction:.0%} of the sync"
        engine = SearchEngine(library)
        status = watch.status(engine, find(read_saved(index_dir), "semua"))
        assert (status.total, status.new) == (10 + ADDED_STORIES + ADDED_COPIES, ADDED_STORIES + ADDED_COPIES)
        engine.close()
    assert killed >= 2
