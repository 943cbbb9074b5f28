"""The copy-group store and the acronym cache are data, never code (issue 26.4, 26.10).

A pickle in the index folder ran whatever anyone who could write there put
in it. The stores are JSON (and an array of signatures); a damaged one, a
wrong-typed one or a folder in its place is rebuilt.
"""
from __future__ import annotations

import json
import os
import pickle
from pathlib import Path

import pytest
from archive_fixtures import write_archive

from telusur.index import Library
from telusur.index.acronym_store import DECIDED_FILE, OLD_DECIDED_FILE
from telusur.index.copies import OLD_STORE_NAMES, STORE_NAME, load_store
from telusur.searcher import SearchEngine, SearchRequest


class _Payload:
    """Unpickling this creates a marker file: proof that code ran."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


@pytest.fixture
def archive(tmp_path: Path) -> Library:
    write_archive(tmp_path / "arsip")
    library = Library(tmp_path / "index")
    library.add_folders([tmp_path / "arsip"])
    library.sync()
    return library


def test_a_planted_pickle_is_never_loaded(archive: Library, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    groups = archive.copy_groups()
    assert groups
    for name in (*OLD_STORE_NAMES, OLD_DECIDED_FILE, STORE_NAME, DECIDED_FILE):
        (archive.index_dir / name).write_bytes(pickle.dumps(_Payload(marker)))
    archive.sync()  # nothing changed on disk: the stores are rebuilt from the index
    SearchEngine(Library(archive.index_dir)).search(SearchRequest("banjir"))
    assert not marker.exists()
    assert archive.copy_groups() == groups
    assert not any((archive.index_dir / name).exists() for name in (*OLD_STORE_NAMES,))


def test_a_folder_in_place_of_the_store_heals(archive: Library) -> None:
    groups = archive.copy_groups()
    store = archive.index_dir / STORE_NAME
    store.unlink()
    store.mkdir()
    (store / "x").write_text("x")
    assert archive.copy_groups() == {}
    archive.sync()
    archive.sync()
    assert store.is_file() and archive.copy_groups() == groups


@pytest.mark.parametrize("damage", ["types", "count", "short", "deep"])
def test_a_wrong_typed_store_reads_as_empty_and_is_rebuilt(archive: Library, damage: str) -> None:
    store = archive.index_dir / STORE_NAME
    groups = archive.copy_groups()
    lines = store.read_bytes().split(b"\n", 3)
    if damage == "types":
        lines[2] = json.dumps([[1, 2, 3, True]]).encode()
    elif damage == "count":
        lines[2] = b"[]"
    elif damage == "short":
        lines[3] = lines[3][:-10]
    else:
        lines[1] = b"[" * 100_000 + b"]" * 100_000
    store.write_bytes(b"\n".join(lines))
    assert load_store(store).entries == {}
    archive.sync()
    assert archive.copy_groups() == groups
