"""Document keys without walking the term list: per-segment key files beside the index.

A fresh process used to walk the ``key`` field's terms, opening one posting
list per article (80 % of its first query). Now each segment's keys are read
from its term information once and kept in ``keys/<segment id>.keys``; these
tests check that the file gives the walk's answer, that a damaged or foreign
file is ignored and rebuilt, that deleted articles are left out, and that
files of merged-away segments go.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

from helpers import write_article

from telusur.index import Library, doc_key
from telusur.index.doc_keys import KEYS_FOLDER, DocKeys, cache_path, document_keys
from telusur.index.segments import segment_id


def _walked(reader) -> dict[int, str]:
    """The old way: every term's posting list."""
    keys = {}
    for term in reader.lexicon("key"):
        for docnum in reader.postings("key", term).all_ids():
            keys[docnum] = term.decode("utf-8")
    return keys


def _library(tmp_path: Path, *folders: tuple[str, int]) -> Library:
    library = Library(tmp_path / "index")
    for name, n in folders:
        folder = tmp_path / name
        for i in range(n):
            write_article(folder, f"a{i}#%.txt", f"Berita {name} {i}", datetime(2020, 1, 1 + i), f"Isi berita {i}.")
        library.add_folders([folder])
        library.sync()
    return library


def test_cached_keys_equal_the_walk_and_come_from_the_files(tmp_path: Path) -> None:
    library = _library(tmp_path, ("satu", 3), ("dua", 2))
    root = tmp_path / "index"
    with library.whoosh_index().reader() as reader:
        first = document_keys(reader)
        assert dict(first.items()) == _walked(reader)
        segids = [segment_id(sub) for sub, _ in reader.leaf_readers()]
        folder = library.whoosh_index().storage.folder
        assert all(cache_path(folder, s).exists() for s in segids)
        # Poison the term walk: a second read must come from the files alone.
        import telusur.index.doc_keys as module

        saved = module.unique_terms_by_document
        module.unique_terms_by_document = lambda *a: (_ for _ in ()).throw(AssertionError("walked"))
        try:
            assert dict(document_keys(reader).items()) == dict(first.items())
        finally:
            module.unique_terms_by_document = saved
    assert (root / KEYS_FOLDER).is_dir()
    keys = set(dict(first.items()).values())
    assert doc_key(str(tmp_path / "satu" / "a0#%.txt")) in keys


def test_damaged_or_foreign_key_file_is_rebuilt(tmp_path: Path) -> None:
    library = _library(tmp_path, ("satu", 3))
    with library.whoosh_index().reader() as reader:
        right = dict(document_keys(reader).items())
        (sub, _), = reader.leaf_readers()
        path = cache_path(library.whoosh_index().storage.folder, segment_id(sub))
        data = path.read_bytes()
        path.write_bytes(data[:-3] + b"xyz")  # body changed: the checksum differs
        assert dict(document_keys(reader).items()) == right
        assert path.read_bytes() == data  # rewritten
        path.write_bytes(data.replace(segment_id(sub).encode(), b"OTHER_segment_id0000"[: len(segment_id(sub))]))
        assert dict(document_keys(reader).items()) == right
        path.write_bytes(b"")
        assert dict(document_keys(reader).items()) == right


def test_deleted_articles_are_left_out(tmp_path: Path) -> None:
    library = _library(tmp_path, ("satu", 3))
    with library.whoosh_index().reader() as reader:
        document_keys(reader)  # the file is written with all three
    (tmp_path / "satu" / "a1#%.txt").unlink()
    library.sync()
    with library.whoosh_index().reader() as reader:
        keys = document_keys(reader)
        assert len(keys) == 2 == reader.doc_count()
        assert dict(keys.items()) == {d: k for d, k in _walked(reader).items() if not reader.is_deleted(d)}
        assert all(not reader.is_deleted(d) for d in keys)


def test_files_of_merged_segments_go(tmp_path: Path) -> None:
    library = _library(tmp_path, ("satu", 2), ("dua", 2))
    folder = library.whoosh_index().storage.folder
    with library.whoosh_index().reader() as reader:
        document_keys(reader)
        old = {segment_id(sub) for sub, _ in reader.leaf_readers()}
    ix = library.whoosh_index()
    writer = ix.writer()
    writer.commit(optimize=True)  # one segment now
    with library.whoosh_index().reader() as reader:
        keys = document_keys(reader)
        (sub, _), = reader.leaf_readers()
        assert len(keys) == 4
    files = {p.stem for p in (Path(folder).parent / KEYS_FOLDER).iterdir()}
    assert files == {segment_id(sub)} and not files & old


def test_doc_keys_mapping_behaves_as_the_dict_it_replaced() -> None:
    keys = DocKeys.from_parts([["a", "", "ccc"], ["dd"]])
    assert dict(keys.items()) == {0: "a", 2: "ccc", 3: "dd"}
    assert len(keys) == 3 and list(keys) == [0, 2, 3]
    assert 1 not in keys and 4 not in keys and -1 not in keys and "a" not in keys
    assert keys.get(1, "") == "" and keys[2] == "ccc"
