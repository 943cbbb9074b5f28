"""The wire-copy store grows by appending, and whatever happens to it converges (issue 22).

Each refresh appends one chunk (new entries, the keys that left, their
signatures and band index) instead of rewriting the store. A torn or damaged
chunk, an outdated store, a lost groups file: the store reads as it was at
an earlier generation (or empty) and the next refresh brings it back to the
groups a store built from scratch gives.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from archive_fixtures import write_archive, write_copy, write_story

from telusur.index import Library, copies
from telusur.index.copies import GROUPS_NAME, STORE_NAME, load_store, refresh_copies


@pytest.fixture
def archive(tmp_path: Path) -> tuple[Library, dict[str, Path]]:
    paths = write_archive(tmp_path / "arsip")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "arsip"])
    library.sync()
    return library, paths


def _chunks(store: Path) -> int:
    return len(load_store(store).chunks)


def _from_scratch(library: Library) -> dict[str, str]:
    """The groups a store rebuilt from the index alone gives (the reference every path must reach)."""
    scratch = library.index_dir.parent / "scratch-root"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    refresh_copies(library.whoosh_index(), scratch)
    return copies.copy_groups(scratch)


def _add_batch(folder: Path, n: int) -> Path:
    """Another copy of a1 and a new story: one joins a group, one founds none."""
    copy = write_copy(folder, "detik", f"a1more{n}", "Banjir rendam kota", 1, 3 + n)
    write_story(folder, "kompas", f"new{n}", "Berita baru", 40 + n, 4 + n)
    return copy


def test_a_sync_appends_a_chunk_and_keeps_the_file(archive, tmp_path: Path) -> None:
    library, paths = archive
    store = library.index_dir / STORE_NAME
    before = store.stat()
    assert _chunks(store) == 1
    copy = _add_batch(tmp_path / "arsip", 1)
    library.sync()
    after = store.stat()
    assert after.st_ino == before.st_ino and after.st_size > before.st_size  # appended, not replaced
    assert _chunks(store) == 2
    groups = library.copy_groups()
    assert groups[str(copy)] == groups[str(paths["a1"])]
    assert groups == _from_scratch(library)


def test_edits_and_removals_are_dropped_in_the_next_chunk(archive) -> None:
    library, paths = archive
    paths["a1copy"].unlink()
    library.sync()
    assert library.copy_groups() == {}
    paths["flood2"].write_text(paths["a1"].read_text(encoding="utf-8"), encoding="utf-8")
    library.sync()
    store = load_store(library.index_dir / STORE_NAME)
    assert str(paths["a1copy"]) not in store.entries
    assert library.copy_groups()[str(paths["flood2"])] == library.copy_groups()[str(paths["a1"])]
    assert library.copy_groups() == _from_scratch(library)
    assert len(store.chunks) == 3


@pytest.mark.parametrize("damage", ["torn", "flipped", "header", "groups-lost", "groups-foreign"])
def test_a_damaged_store_reads_as_an_earlier_one_and_catches_up(archive, tmp_path: Path, damage: str) -> None:
    library, _paths = archive
    store = library.index_dir / STORE_NAME
    one_chunk = store.stat().st_size
    _add_batch(tmp_path / "arsip", 1)
    library.sync()
    expected = library.copy_groups()
    raw = store.read_bytes()
    if damage == "torn":  # a crash in the middle of the append
        store.write_bytes(raw[: one_chunk + (len(raw) - one_chunk) // 2])
    elif damage == "flipped":  # a bad sector in the last chunk
        store.write_bytes(raw[:-5] + bytes([raw[-5] ^ 0xFF]) + raw[-4:])
    elif damage == "header":
        store.write_bytes(b"{}\n" + raw)
    elif damage == "groups-lost":
        (library.index_dir / GROUPS_NAME).unlink()
    else:
        (library.index_dir / GROUPS_NAME).write_text('{"params": [4], "stamp": [], "groups": {"x": "y"}}')
    if damage in ("torn", "flipped"):
        assert _chunks(store) == 1  # the store as it was one generation ago
    if damage == "header":
        assert load_store(store).entries == {}
    if damage == "flipped":
        # Only chunk headers are read to see whether the store is current, so the
        # groups written with it are still served (they match the index); the
        # damage is found and repaired when the next change loads the store.
        assert library.copy_groups() == expected
        copy = _add_batch(tmp_path / "arsip", 2)
        library.sync()
        assert library.copy_groups()[str(copy)] == expected[str(copy).replace("a1more2", "a1more1")]
    else:
        assert library.copy_groups() == {}  # groups that do not match the store are never shown
        library.sync()  # nothing changed on disk: the refresh alone repairs
        assert library.copy_groups() == expected
    assert library.copy_groups() == _from_scratch(library)
    assert refresh_copies(library.whoosh_index(), library.index_dir) is None  # and it stays repaired


def test_an_outdated_store_catches_up(archive, tmp_path: Path) -> None:
    """A store from two generations ago (restored from a backup): its missing chunks are made again."""
    library, paths = archive
    store = library.index_dir / STORE_NAME
    groups_file = library.index_dir / GROUPS_NAME
    old_store, old_groups = store.read_bytes(), groups_file.read_bytes()
    _add_batch(tmp_path / "arsip", 1)
    library.sync()
    _add_batch(tmp_path / "arsip", 2)
    paths["c1"].unlink()
    library.sync()
    expected = library.copy_groups()
    store.write_bytes(old_store)
    groups_file.write_bytes(old_groups)
    report = refresh_copies(library.whoosh_index(), library.index_dir)
    assert report is not None and report.signed == 4 and report.dropped == 1
    assert library.copy_groups() == expected == _from_scratch(library)


def test_many_chunks_are_compacted_into_one(archive, tmp_path: Path, monkeypatch) -> None:
    library, _paths = archive
    monkeypatch.setattr(copies, "MAX_CHUNKS", 3)
    store = library.index_dir / STORE_NAME
    for n in range(1, 5):
        _add_batch(tmp_path / "arsip", n)
        library.sync()
    assert _chunks(store) <= 3
    assert library.copy_groups() == _from_scratch(library)
    assert len(set(library.copy_groups().values())) == 1


def test_a_store_that_cannot_be_appended_to_is_replaced(archive, tmp_path: Path, monkeypatch) -> None:
    """Windows refuses to write a file another program holds locked: the store is written anew."""
    library, _paths = archive
    store = library.index_dir / STORE_NAME

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "locked by another program", str(store))

    monkeypatch.setattr(copies, "_append", refuse)
    _add_batch(tmp_path / "arsip", 1)
    library.sync()
    assert _chunks(store) == 1 and library.copy_groups() == _from_scratch(library)
