"""Telusur's posting writer writes exactly the bytes of Whoosh's own."""
from __future__ import annotations

import random

import pytest
from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage, RamStorage

from telusur.index.postings import encode_postings, text_terms
from telusur.index.schema import EXACT_FIELD, build_schema
from telusur.index.segments import BatchedPostingPool, write_postings

WORDS = ("banjir rendam kota jakarta warga mengungsi pemerintah bantuan presiden menteri gempa "
         "bumi laut tsunami peringatan dini kerja sama wali kota yang dan di ke dari").split()


class _Lengths:
    """A per-document reader's field lengths: None (no length byte) for some documents."""

    def __init__(self, docs: int) -> None:
        self.docs = docs

    def doc_count_all(self) -> int:
        return self.docs

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        if fieldname == EXACT_FIELD:
            return default
        return None if docnum % 7 == 3 else 1 + (docnum * 37 + len(fieldname)) % 400


def _postings(docs: int, seed: int) -> list[tuple]:
    rng = random.Random(seed)
    schema = build_schema()
    items = []
    for docnum in range(docs):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 60)))
        if docnum % 5 == 0:
            text += " umum"  # a term in every fifth document: more than one block at 700 documents
        stems, exact = text_terms(text)
        for name, terms in (("body", stems), ("headline", stems[:5]), (EXACT_FIELD, exact)):
            for tbytes, _freq, weight, vbytes in encode_postings(terms, schema[name].format):
                items.append((name, tbytes, docnum, weight * (1.1 if docnum % 3 == 0 else 1.0), vbytes))
        items.append(("key", f"/arsip/{docnum}.txt".encode(), docnum, 1.0, None))
    items.append(("body", b"sama", -1, 1, None))  # Whoosh's spelling-word hack: not a posting
    return sorted(items, key=lambda p: (p[0], p[1], p[2]))


def _files(write, postings: list[tuple], docs: int) -> dict[str, bytes]:
    storage = RamStorage()
    codec = W3Codec()
    segment = codec.new_segment(storage, "MAIN")
    writer = codec.field_writer(storage, segment)
    write(writer, build_schema(), _Lengths(docs), iter(postings))
    writer.close()
    return {name.rsplit(".", 1)[1]: storage.open_file(name).read() for name in storage.list()}


@pytest.mark.parametrize(("docs", "seed"), [(1, 1), (40, 2), (700, 3)])
def test_the_same_files_as_whooshs_add_postings(docs: int, seed: int) -> None:
    postings = _postings(docs, seed)

    def whoosh(writer, schema, lengths, items):
        writer.add_postings(schema, lengths, items)

    ours, theirs = _files(write_postings, postings, docs), _files(whoosh, postings, docs)
    assert set(ours) == {"trm", "pst"}
    assert ours == theirs


def test_block_boundaries_and_no_lengths() -> None:
    schema = build_schema()
    value = encode_postings(["kata"], schema["body"].format)[0][3]
    postings = [  # one posting over a full block, a full block, two full blocks (blocks hold 128)
        ("body", term, d, 1.0, value) for term, n in ((b"a", 129), (b"b", 128), (b"c", 256)) for d in range(n)
    ]

    def whoosh(writer, schema, lengths, items):
        writer.add_postings(schema, None, items)

    def ours(writer, schema, lengths, items):
        write_postings(writer, schema, None, items)

    assert _files(ours, postings, 256) == _files(whoosh, postings, 256)


def _read_back(files: dict[str, bytes], schema) -> dict[tuple[str, bytes], list[tuple]]:
    storage = RamStorage()
    codec = W3Codec()
    segment = codec.new_segment(storage, "MAIN")
    for ext, data in files.items():
        with segment.create_file(storage, "." + ext) as out:
            out.write(data)
    reader = codec.terms_reader(storage, segment)
    out = {}
    for fieldname, tbytes in reader.terms():
        m = reader.matcher(fieldname, tbytes, schema[fieldname].format)
        out[fieldname, tbytes] = _all(m)
    reader.close()
    return out


def _all(matcher) -> list[tuple]:
    got = []
    while matcher.is_active():
        got.append((matcher.id(), matcher.weight(), matcher.value()))
        matcher.next()
    return got


def test_small_blocks_stored_uncompressed_read_back_the_same() -> None:
    docs = 700
    postings = _postings(docs, 4)
    schema = build_schema()

    def whoosh(writer, schema, lengths, items):
        writer.add_postings(schema, lengths, items)

    def ours(writer, schema, lengths, items):
        write_postings(writer, schema, lengths, items, small_block=4)

    mine, theirs = _files(ours, postings, docs), _files(whoosh, postings, docs)
    assert mine != theirs  # the small blocks really are written differently
    assert len(mine["pst"]) < len(theirs["pst"])  # and smaller: zlib only adds to a tiny pickle
    assert _read_back(mine, schema) == _read_back(theirs, schema)


def test_the_batched_pool_spills_and_gives_the_sorted_postings_back(tmp_path) -> None:
    storage = FileStorage(str(tmp_path))
    segment = W3Codec().new_segment(storage, "MAIN")
    pool = BatchedPostingPool(storage, segment, limitmb=0.02)  # about 100 postings a run
    pool.BATCH = 7  # several batches a run, and a short last one
    rng = random.Random(5)
    items = [
        (rng.choice(("body", "exact", "headline")), rng.choice(WORDS).encode(), d, 1.0, bytes([d % 256]) * (d % 3))
        for d in range(3000)
    ]
    for item in items:
        pool.add(item)
    assert len(pool.runs) > 3  # it really spilled
    assert list(pool.items(maxfiles=2)) == sorted(items)  # maxfiles=2: runs merged into runs first
    assert not [name for name in storage.list() if name.endswith(".run")]  # runs removed once read
