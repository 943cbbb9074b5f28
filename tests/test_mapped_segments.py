"""Segments read from their memory map without copying (index/segments.py, issue 22).

Whoosh's ``CompoundStorage`` handed out ``BufferFile``s that copied their part
of the map into a ``BytesIO``, so a search process held the whole index on its
heap. ``MappedFile`` reads the map itself; these tests check that it is what a
compound segment hands out, that it reads as a file over the same bytes would,
and that searching a compound index still works.
"""
from __future__ import annotations

import io
import pickle
from datetime import datetime
from pathlib import Path

import pytest
from helpers import write_article
from hypothesis import given, settings
from hypothesis import strategies as st

from telusur.index import Library
from telusur.index.segments import MappedFile
from telusur.searcher import SearchEngine, SearchRequest

_DATA = bytes(range(256)) * 4 + b"line one\nline two\n" + pickle.dumps({"a": [1, 2, 3]}, 2)


def test_compound_segments_hand_out_mapped_files(tmp_path: Path) -> None:
    folder = tmp_path / "berita"
    write_article(folder, "a.txt", "Banjir di Jakarta", datetime(2020, 1, 2), "Banjir merendam rumah warga.")
    library = Library(tmp_path / "index")
    library.add_folders([folder])
    library.sync()
    ix = library.whoosh_index()
    writer = ix.writer()
    writer.commit(optimize=True)  # Whoosh's own commit writes one compound .seg file
    ix = library.whoosh_index()
    with ix.reader() as reader:
        (sub, _), = reader.leaf_readers()
        files = sub.storage().a  # the compound file's storage
        name = files.list()[0]
        opened = files.open_file(name)
        assert isinstance(opened, MappedFile)
        assert not isinstance(opened.file, io.BytesIO)
        assert opened.read() == bytes(opened._buf)
    hits = SearchEngine(library).search(SearchRequest("banjir")).hits
    assert [h.headline for h in hits] == ["Banjir di Jakarta"]


def _pair() -> tuple[MappedFile, io.BytesIO]:
    return MappedFile(memoryview(_DATA)), io.BytesIO(_DATA)


@settings(derandomize=True, max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["read", "seek", "seek1", "seek2", "readline"]),
                          st.integers(-5, len(_DATA) + 10)), max_size=12))
def test_reads_as_a_file_over_the_same_bytes(steps: list[tuple[str, int]]) -> None:
    mapped, plain = _pair()
    for op, n in steps:
        if op == "read":
            assert mapped.read(n) == plain.read(n)
        elif op == "readline":
            assert mapped.file.readline(n) == plain.readline(n)
        elif op == "seek" and n >= 0:
            assert mapped.seek(n) == plain.seek(n)
        elif op == "seek1":
            target = plain.tell() + n
            if target >= 0:
                assert mapped.seek(n, 1) == plain.seek(n, 1)
        elif op == "seek2":
            target = len(_DATA) + min(n, 0)
            assert mapped.seek(min(n, 0), 2) == plain.seek(min(n, 0), 2) == target
        assert mapped.tell() == plain.tell()


def test_structured_reads_and_subsets() -> None:
    mapped, _ = _pair()
    mapped.seek(len(_DATA) - len(pickle.dumps({"a": [1, 2, 3]}, 2)))
    assert mapped.read_pickle() == {"a": [1, 2, 3]}
    assert mapped.get(1, 3) == bytes([1, 2, 3])
    part = mapped.subset(10, 20)
    assert isinstance(part, MappedFile) and part.read() == _DATA[10:30]
    assert mapped.get_int(0) == int.from_bytes(_DATA[:4], "big", signed=True)
    mapped.seek(0)
    assert list(mapped.file) == list(io.BytesIO(_DATA))
    with pytest.raises(ValueError):
        mapped.seek(-1)
