"""Saved searches: stored safely in the library, counting exactly the articles syncs add."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from archive_fixtures import write_archive, write_story

from telusur.index import Library
from telusur.index.saved_searches import (
    FILE_NAME,
    SavedSearch,
    SavedSearchError,
    add_search,
    find,
    key_hash,
    mark_seen,
    read_saved,
    remove_search,
)
from telusur.searcher import SearchEngine, watch

# Also under Windows' file rules (tests/windows_rules.py): these write the index, the library or files.
pytestmark = pytest.mark.windows_too


@pytest.fixture
def library(tmp_path: Path) -> Library:
    write_archive(tmp_path / "arsip")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "arsip"])
    library.sync()
    return library


def _save(library: Library, engine: SearchEngine, saved: SavedSearch) -> None:
    add_search(library.index_dir, saved)
    mark_seen(library.index_dir, saved.name, engine.matching_keys(watch.request_of(saved)))


def _status(library: Library, engine: SearchEngine, name: str) -> watch.WatchStatus:
    return watch.status(engine, find(read_saved(library.index_dir), name))


def test_the_file_is_versioned_and_changes_are_atomic(library: Library) -> None:
    add_search(library.index_dir, SavedSearch("banjir", "banjir", sources=("kompas",)))
    data = json.loads((library.index_dir / FILE_NAME).read_text(encoding="utf-8"))
    assert data["version"] == 1 and data["searches"][0]["name"] == "banjir"
    assert data["searches"][0]["sources"] == ["kompas"]
    assert not [p for p in library.index_dir.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(SavedSearchError, match="exists"):
        add_search(library.index_dir, SavedSearch("banjir", "lain"))
    with pytest.raises(SavedSearchError, match="name"):
        add_search(library.index_dir, SavedSearch("  ", "x"))
    remove_search(library.index_dir, "banjir")
    assert read_saved(library.index_dir) == []
    with pytest.raises(SavedSearchError, match="no saved search"):
        remove_search(library.index_dir, "banjir")


def test_a_broken_file_is_an_error_and_is_not_overwritten(library: Library) -> None:
    path = library.index_dir / FILE_NAME
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(SavedSearchError, match="cannot be read"):
        add_search(library.index_dir, SavedSearch("a", "b"))
    assert path.read_text(encoding="utf-8") == "{not json"


def test_counts_exactly_what_a_sync_added_then_looking_marks_them_seen(library: Library, tmp_path: Path) -> None:
    engine = SearchEngine(library)
    _save(library, engine, SavedSearch("semua", "berita"))
    _save(library, engine, SavedSearch("kompas", "berita", sources=("kompas",)))
    assert _status(library, engine, "semua").new == 0
    before = _status(library, engine, "semua").total
    folder = tmp_path / "arsip"
    added = [write_story(folder, "kompas", f"n{i}", f"Baru {i}", 100 + i, 3) for i in range(3)]
    added.append(write_story(folder, "tempo", "n3", "Baru tempo", 103, 3))
    library.sync()
    status = _status(library, engine, "semua")
    assert (status.total, status.new) == (before + 4, 4)
    assert _status(library, engine, "kompas").new == 3  # the filters apply to the count
    view = watch.look(engine, find(read_saved(library.index_dir), "semua"), limit=20)
    assert {h.path for h in view.hits[:4]} == {str(p) for p in added}  # new first
    assert view.new_shown == 4
    mark_seen(library.index_dir, "semua", view.keys)
    assert _status(library, engine, "semua").new == 0
    assert _status(library, engine, "kompas").new == 3  # looking at one search leaves the others


def test_removing_a_folder_forgets_its_articles(library: Library, tmp_path: Path) -> None:
    engine = SearchEngine(library)
    _save(library, engine, SavedSearch("semua", "berita"))
    extra = tmp_path / "tambahan"
    write_story(extra, "antara", "x1", "Tambahan satu", 201, 2)
    write_story(extra, "antara", "x2", "Tambahan dua", 202, 2)
    library.add_folders([extra])
    library.sync()
    assert _status(library, engine, "semua").new == 2
    library.remove_folder(extra)
    status = _status(library, engine, "semua")
    assert status.new == 0 and status.total == 10


def test_seen_articles_are_stored_as_short_hashes(library: Library) -> None:
    engine = SearchEngine(library)
    _save(library, engine, SavedSearch("semua", "berita"))
    saved = find(read_saved(library.index_dir), "semua")
    keys = engine.matching_keys(watch.request_of(saved))
    assert saved.seen == {key_hash(k) for k in keys} and all(len(h) == 16 for h in saved.seen)


def test_an_open_engine_stops_finding_deleted_articles(library: Library, tmp_path: Path) -> None:
    """Whoosh's searcher.refresh() kept a segment's old deletions; the engine opens a new searcher."""
    engine = SearchEngine(library)
    from telusur.searcher import SearchRequest

    assert engine.search(SearchRequest("berita", group_copies=False)).total == 10
    (tmp_path / "arsip" / "detik" / "c1.txt").unlink()
    library.sync()
    assert engine.search(SearchRequest("berita", group_copies=False)).total == 9
    assert engine.document_count() == 9
