"""The compact term index writes exactly Whoosh's term index file, with its buckets in arrays."""
from __future__ import annotations

import random

from whoosh.filedb.filestore import RamStorage
from whoosh.filedb.filetables import OrderedHashReader, OrderedHashWriter

from telusur.index.segments import CompactTermIndex, compact_term_index


def _keys(n: int, seed: int) -> list[tuple[bytes, bytes]]:
    rng = random.Random(seed)
    letters = "abcdeghikmnprstuy"
    words = {bytes([0, rng.randrange(3)]) + "".join(rng.choice(letters) for _ in range(rng.randrange(1, 12))).encode()
             for _ in range(n)}
    return [(k, rng.randbytes(rng.randrange(1, 30))) for k in sorted(words)]


def _written(items: list[tuple[bytes, bytes]], compact: bool) -> bytes:
    storage = RamStorage()
    writer = OrderedHashWriter(storage.create_file("t"))
    if compact:
        compact_term_index(type("FieldWriter", (), {"_tindex": writer})())
        assert type(writer) is CompactTermIndex
    for key, value in items:
        writer.add(key, value)
    writer.close()
    return storage.open_file("t").read()


def test_the_same_bytes_as_whooshs_writer() -> None:
    for n, seed in ((0, 1), (1, 2), (50, 3), (5000, 4)):  # 5,000: buckets with collisions and wrap-around
        items = _keys(n, seed)
        assert _written(items, compact=True) == _written(items, compact=False)


def test_keys_are_found_again() -> None:
    items = _keys(3000, 5)
    storage = RamStorage()
    writer = OrderedHashWriter(storage.create_file("t"))
    compact_term_index(type("FieldWriter", (), {"_tindex": writer})())
    for key, value in items:
        writer.add(key, value)
    writer.close()
    reader = OrderedHashReader.open(storage, "t")
    assert all(reader[key] == value for key, value in items)
    assert list(reader.keys()) == [k for k, _ in items]


def test_a_term_index_already_written_to_is_left_alone() -> None:
    storage = RamStorage()
    writer = OrderedHashWriter(storage.create_file("t"))
    writer.add(b"a", b"1")
    compact_term_index(type("FieldWriter", (), {"_tindex": writer})())
    assert type(writer) is OrderedHashWriter


def test_telusurs_writers_use_it(tmp_path) -> None:
    from whoosh import index as whoosh_index

    from telusur.index.schema import build_schema
    from telusur.index.segments import AppendingWriter

    ix = whoosh_index.create_in(str(tmp_path), build_schema())
    writer = AppendingWriter(ix, timeout=1.0)
    try:
        assert type(writer.fieldwriter._tindex) is CompactTermIndex
    finally:
        writer.cancel_and_clean()


def test_buckets_take_whooshs_pairs_from_code_that_fills_them_itself() -> None:
    items = _keys(500, 6)
    storage = RamStorage()
    writer = OrderedHashWriter(storage.create_file("t"))
    compact_term_index(type("FieldWriter", (), {"_tindex": writer})())
    for key, value in items:  # HashWriter.add, step by step, as an inlined copy of it does
        pos = writer.dbfile.tell()
        writer.index.append(pos)
        writer.dbfile.write(len(key).to_bytes(4, "big") + len(value).to_bytes(4, "big") + key + value)
        h = writer.hashfn(key)
        writer.buckets[h & 255].append((h, pos))
        writer.lastkey = key
    writer.close()
    assert storage.open_file("t").read() == _written(items, compact=False)
