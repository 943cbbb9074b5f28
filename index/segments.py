"""Every use of Whoosh's private writer and segment machinery, behind two writers.

Whoosh's own ``MpWriter`` (``whoosh/multiproc.py``) is the model: sub-writers
build segments, and the main writer's commit lists them in its table of
contents. ``MpWriter`` forks and ships documents to its sub-writers; here the
workers are spawned and read their own files (see ``parallel.py``), so the two
sides are two small ``SegmentWriter`` subclasses:

- ``AppendingWriter`` (the indexing process) holds the index's write lock, and
  its commit also lists the segments the workers built; it can also cancel a
  run that changed nothing and delete the files earlier runs left behind.
- ``SegmentBuilder`` (a worker process) writes one segment without the lock.

The commit's merge policy (``merge_plan``) replaces Whoosh's ``MERGE_SMALL``,
which let ~14 segments pile up after many small syncs (each one a cost on
every query: bench/PROFILE.md, goal 5).

Reading: Whoosh's ``CompoundStorage`` maps each segment file into memory and
then hands out ``BufferFile``s, which copy their part of the map into a
``BytesIO``: the whole index ended up on the heap (84 % of a search process's
Python heap at 3x, issue 22). ``read_segments_in_place`` (called by
``telusur.startup.start``, as every entry point does first) makes them read the map itself.

The private calls (``_merge_segments``, ``_finalize_segment``, ``_close_segment``,
``_commit_toc``, ``_finish``, ``_added``, ``newsegment``, ``clean_files``) are
those ``MpWriter`` itself makes; a Whoosh upgrade that changes them breaks
tests/test_parallel.py and tests/test_sync.py, and only this module needs fixing.
"""
from __future__ import annotations

import bisect
import math
import pickle
import struct
import sys
import zlib
from array import array
from collections.abc import Collection, Iterable, Iterator, Sequence
from itertools import accumulate, groupby
from operator import itemgetter
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec.base import OutOfOrderError, Segment
from whoosh.codec.whoosh3 import (
    LENGTHS_COLUMN,
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PerDocReader,
    _lenfield,
)
from whoosh.columns import NumericColumn, VarBytesColumn
from whoosh.filedb.compound import CompoundStorage
from whoosh.filedb.filestore import FileStorage, StorageError
from whoosh.filedb.filetables import OrderedHashWriter
from whoosh.filedb.filetables import _lengths as _KEY_VALUE_LENGTHS
from whoosh.filedb.filetables import _pointer as _HASH_POINTER
from whoosh.filedb.structfile import BufferFile
from whoosh.index import TOC, Index, LockError, clean_files
from whoosh.query.spans import Span, SpanNear2
from whoosh.reading import SegmentReader
from whoosh.searching import Results
from whoosh.system import pack_int, pack_long, pack_uint, pack_ushort
from whoosh.util.filelock import try_for
from whoosh.util.numeric import length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from telusur import settings
from telusur.analysis.safe_write import fsync_dir, fsync_file

from .checksums import damaged_files, record_sums
from .messages import IndexBusyError

# Whoosh's default posting buffer for one writer.
DEFAULT_LIMIT_MB = 128
# Merge policy (``merge_plan``): segments are grouped in tiers whose sizes grow
# by this factor, and a tier holding this many segments is merged into one. A
# document is copied about log_F(N / n) times (n: a sync's size), and at most
# F - 1 segments a tier remain. Copying a document costs roughly half of indexing
# it (Whoosh re-sorts and re-encodes every posting), so F trades query speed
# (fewer segments) against sync time (bench/PROFILE.md, goal 5).
MERGE_FACTOR = 4
# Segments of at most this many live documents all count as the smallest tier.
MERGE_FLOOR_DOCS = 100


def _tier(docs: int) -> int:
    """The size tier of a segment of ``docs`` live documents (0: the smallest)."""
    return int(math.log(max(docs, MERGE_FLOOR_DOCS) / MERGE_FLOOR_DOCS, MERGE_FACTOR) + 1e-9)


def merge_plan(sizes: Sequence[int], new_docs: int) -> list[int]:
    """Which existing segments (by position in ``sizes``, their live documents) a commit
    adding ``new_docs`` documents merges into its new segment.

    Logarithmic merging, as Lucene's LogMergePolicy: the new segment and every
    segment of its tier or below are merged once MERGE_FACTOR of them exist,
    and the merged segment may in turn complete the next tier. A big segment
    is rewritten only when the small ones together have grown to its tier, so
    a small sync never copies the bulk of the index, and each merge at least
    multiplies the size of what it copies. Segments with no live documents are
    always dropped (copying them costs nothing). A commit that adds nothing
    merges nothing else: a removal stays cheap.
    """
    chosen = {i for i, docs in enumerate(sizes) if docs == 0}
    if new_docs <= 0:
        return sorted(chosen)
    merged = new_docs
    while True:
        top = _tier(merged)
        same = [i for i, docs in enumerate(sizes) if i not in chosen and _tier(docs) <= top]
        if len(same) + 1 < MERGE_FACTOR:
            return sorted(chosen)
        chosen.update(same)
        merged += sum(sizes[i] for i in same)


class _MissingColumnsKnown(W3PerDocReader):
    """Whoosh's per-document reader, remembering which length columns do not exist.

    Whoosh asks the file system (a ``stat``) on every posting of a field with
    no length column (the presence-only ``exact`` field): a quarter of a
    merge's time and several percent of writing any segment.
    """

    def _cached_reader(self, fieldname, column):
        if fieldname not in self._readers:
            self._readers[fieldname] = super()._cached_reader(fieldname, column)
        return self._readers[fieldname]


def _per_document_reader(writer: SegmentWriter):
    """The finished segment's per-document reader, with missing columns remembered."""
    if type(writer.codec) is not W3Codec:
        return SegmentWriter.per_document_reader(writer)
    if not writer.perdocwriter.is_closed:
        raise RuntimeError("Per-doc writer is still open")
    return _MissingColumnsKnown(writer.storage, writer.get_segment())


def segment_files(storage: FileStorage, segments: Iterable[Segment]) -> list[str]:
    """The names of the files that hold ``segments`` (a compound ``.seg`` or several)."""
    prefixes = tuple(s.segment_id() + "." for s in segments)
    if not prefixes:
        return []
    return sorted(f for f in storage.list() if f.startswith(prefixes))


def _is_leftover(filename: str, indexname: str) -> bool:
    """A table of contents Whoosh never renamed, or a temporary copy of the checksum map."""
    own = filename.startswith((f"_{indexname}_", f"._{indexname}_"))
    return own and (".toc." in filename or filename.endswith(".tmp"))


def clean_orphans(ix: Index, *, keep: Iterable[Segment] = ()) -> None:
    """Delete files no generation uses (a killed or failed run's segments).

    Only call with the write lock held (or from a writer), so no running
    writer's new files are taken. Frees the space a failed run took, which
    matters most on a full disk.
    """
    toc = TOC.read(ix.storage, ix.indexname, schema=ix.schema)
    clean_files(ix.storage, ix.indexname, toc.generation, list(toc.segments) + list(keep))
    for name in ix.storage.list():  # never-renamed tables of contents and sums
        if _is_leftover(name, ix.indexname):
            try:
                ix.storage.delete_file(name)
            except OSError:
                pass


def clean_unused_files(ix: Index, *, timeout: float = 0.0) -> bool:
    """Delete orphans under the write lock, if it can be had within ``timeout``.

    Runs before anything is written (a removal, a new writer), so that space a
    killed or failed run took is back even when the disk is full. Needs no
    free space: the lock file exists already. False when another writer holds
    the lock (its files are never touched).
    """
    lock = ix.storage.lock(f"{ix.indexname}_WRITELOCK")
    if not try_for(lock.acquire, timeout=timeout, delay=0.05):
        return False
    try:
        clean_orphans(ix)
    except OSError:
        pass
    finally:
        lock.release()
    return True


# --- what other modules need of an index's files (kept here: Whoosh internals) ---


def index_folder(ix: Index) -> Path:
    """The folder an index's files are in (``FileStorage.folder``)."""
    return Path(str(ix.storage.folder))


def toc_file(ix: Index, generation: int) -> Path:
    """The table of contents a committed ``generation`` is read from."""
    return index_folder(ix) / f"_{ix.indexname}_{generation}.toc"


def committed_files(ix: Index) -> list[str]:
    """The files of the segments the newest table of contents lists."""
    toc = TOC.read(ix.storage, ix.indexname, schema=ix.schema)
    return segment_files(ix.storage, toc.segments)


def damaged_segment_files(ix: Index) -> list[str]:
    """The newest generation's files that differ from the checksums recorded at commit."""
    return damaged_files(index_folder(ix), ix.indexname, committed_files(ix))


def frequency_value(n: int) -> bytes:
    """A ``Frequency`` posting's stored value for ``n`` occurrences (Whoosh's ``pack_uint``)."""
    return pack_uint(n)


def collector_seen(results: Results) -> tuple[int | None, bool]:
    """How many matches the top-N collector saw, and whether it skipped none.

    A collector that never raised its minimum score (``skipped_times == 0``)
    walked every match, so what it saw is the exact total. ``(None, False)``
    when the collector does not count.
    """
    collector = results.collector
    seen = getattr(collector, "total", None)
    return seen, getattr(collector, "skipped_times", None) == 0


class _SyncedRenames:
    """A storage whose ``rename_file`` first flushes the file being renamed.

    Whoosh writes the table of contents to a temporary file and renames it;
    without an fsync in between, a power cut can leave the new name on an
    empty file. This is the order SQLite and Lucene use: data, then the name.
    """

    def __init__(self, storage: FileStorage) -> None:
        self._storage = storage

    def __getattr__(self, name: str):
        return getattr(self._storage, name)

    def rename_file(self, old: str, new: str, safe: bool = False) -> None:
        fsync_file(Path(self._storage.folder) / old)
        self._storage.rename_file(old, new, safe=safe)


def durable_sync_enabled() -> bool:
    """fsync at commit unless ``TELUSUR_FSYNC=0`` (tests, and measuring its cost)."""
    return settings.current().fsync


class BatchedPostingPool(PostingPool):
    """Whoosh's posting pool, spilling its sorted runs to disk in batches.

    Whoosh pickles (and later unpickles) each posting on its own when the
    pool passes its memory limit: in a 3,000-article build 787,000 dumps and
    loads, 12 % of the time. Pickling lists of postings gives the same sorted
    stream (a test checks) for a fraction of the calls.
    """

    # A merge holds one batch of every run (up to 128 runs) in memory: at 10x a
    # worker's segment spills ~140 runs, so 8,192 would hold 1,000,000 postings
    # (~200 MB); 1,024 keeps that near 25 MB and nearly all of the saving.
    BATCH = 1024

    def add(self, item: Posting) -> None:
        """``PostingPool.add`` without its type assertions and field-name set (read only by
        Whoosh's ``MpWriter``, which Telusur does not use): the same size estimate and spills,
        a third of the cost per posting (263,000 postings in a 1,000-article add)."""
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f, items) -> None:
        try:
            if isinstance(items, list):
                for start in range(0, len(items), self.BATCH):
                    pickle.dump(items[start : start + self.BATCH], f, pickle.HIGHEST_PROTOCOL)
            else:
                batch = []
                for item in items:
                    batch.append(item)
                    if len(batch) >= self.BATCH:
                        pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
                        batch = []
                if batch:
                    pickle.dump(batch, f, pickle.HIGHEST_PROTOCOL)
        finally:
            f.close()

    def _read_run(self, path):
        f = self._open_run(path)
        try:
            while True:
                try:
                    batch = pickle.load(f)
                except EOFError:
                    return
                yield from batch
        finally:
            f.close()
            self._remove_run(path)


class _Bucket:
    """One of the term index's 256 hash buckets: (hash, position) pairs in two arrays.

    ``append((hash, position))`` as Whoosh's lists take them, for code that
    fills the buckets itself (an inlined ``HashWriter.add``).
    """

    __slots__ = ("hashes", "positions")

    def __init__(self) -> None:
        self.hashes = array("I")
        self.positions = array("q")

    def append(self, entry: tuple[int, int]) -> None:
        self.hashes.append(entry[0])
        self.positions.append(entry[1])

    def __len__(self) -> int:
        return len(self.hashes)


class CompactTermIndex(OrderedHashWriter):
    """Whoosh's term index writer (``OrderedHashWriter``), its hash buckets kept as arrays.

    Whoosh remembers every term's hash and file position as a tuple in one of
    256 lists until the segment is closed: ~120 bytes a term, ~110 MB for the
    900,000 terms of a worker's segment at 10x, the last rise of a build's
    peak memory (issue 22). Two arrays a bucket hold the same in 12 bytes.
    The file is byte for byte Whoosh's: the same entries, in the same order,
    in the same open-addressed tables (a test compares them).
    """

    lastkey: bytes
    buckets: list[_Bucket]

    def add(self, key: bytes, value: bytes) -> None:
        if key <= self.lastkey:
            raise ValueError(f"Keys must increase: {self.lastkey!r}..{key!r}")
        dbfile = self.dbfile
        pos = dbfile.tell()
        self.index.append(pos)
        dbfile.write(_KEY_VALUE_LENGTHS.pack(len(key), len(value)))
        dbfile.write(key)
        dbfile.write(value)
        h = self.hashfn(key)
        bucket = self.buckets[h & 255]
        bucket.hashes.append(h)
        bucket.positions.append(pos)
        self.lastkey = key

    def _write_hashes(self) -> None:
        """``HashWriter._write_hashes``: each bucket's table, linear probing; an empty slot is (0, 0)."""
        dbfile = self.dbfile
        for bucket in self.buckets:
            hashes, positions = bucket.hashes, bucket.positions
            start = dbfile.tell()
            numslots = 2 * len(hashes)
            self.directory.append((start, numslots))
            slot_hashes = array("I", bytes(4 * numslots))
            slot_positions = array("q", bytes(8 * numslots))  # no key is at 0 (the header): 0 is empty
            for hashval, position in zip(hashes, positions, strict=True):
                slot = (hashval >> 8) % numslots
                while slot_positions[slot]:
                    slot = (slot + 1) % numslots
                slot_hashes[slot] = hashval
                slot_positions[slot] = position
            pack = _HASH_POINTER.pack
            dbfile.write(b"".join(pack(h, p) for h, p in zip(slot_hashes, slot_positions, strict=True)))


def compact_term_index(fieldwriter) -> None:
    """Make a just-created field writer's term index a ``CompactTermIndex`` (nothing added yet)."""
    tindex: Any = getattr(fieldwriter, "_tindex", None)
    if type(tindex) is OrderedHashWriter and not any(tindex.buckets) and not len(tindex.index):
        tindex.__class__ = CompactTermIndex
        tindex.buckets = [_Bucket() for _ in range(256)]


def _use_batched_pool(writer: SegmentWriter, limitmb: float) -> None:
    """Give a just-opened writer the batched pool (Whoosh's ignores its ``poolclass``) and the
    compact term index."""
    writer.pool = BatchedPostingPool(writer._tempstorage, writer.newsegment, limitmb=limitmb)
    compact_term_index(writer.fieldwriter)


Posting = tuple[str, bytes, int, float, bytes | None]


# Blocks of at most this many postings are stored uncompressed (see write_postings).
UNCOMPRESSED_BLOCK_POSTINGS = 4


def write_postings(
    fieldwriter: W3FieldWriter, schema, lengths, items: Iterator[Posting], *, small_block: int = 0
) -> None:
    """``FieldWriter.add_postings`` for Whoosh 3 segments: the same bytes, with less work per posting.

    Whoosh calls four methods per posting (with type assertions) and looks up
    the field length of every posting, scorable or not: 40 % of a 1,000-article
    commit. Here each term's postings are gathered in plain lists, field
    lengths are read once per field and document, and each block's buffers
    are handed to Whoosh's own block writer (``_write_block``,
    ``finish_postings``), so the files stay exactly Whoosh's (a test compares
    them byte for byte).

    ``small_block``: blocks of at most this many postings are not compressed.
    Whoosh means to skip zlib for pickles under 20 bytes but overwrites that
    decision, so every block of a term in one or two documents (most terms of
    a sync) pays zlib and comes out larger than its pickle. Each block records
    its compression, so readers need nothing new.
    """
    codec = fieldwriter._codec
    one_block = codec._blocklimit if codec._inlinelimit <= 1 else 0  # Whoosh never inlines at 1

    def finish_term(btext: bytes, ids: Sequence[int], weights: Sequence[float], values: Sequence[bytes | None],
                    lens: Sequence[int | None]) -> None:
        if len(ids) <= one_block:
            _write_one_block(fieldwriter, btext, ids, weights, values, lens, small_block)
            return
        fieldwriter.start_term(btext)
        postwriter = fieldwriter._postwriter
        limit = postwriter._blocklimit
        compression = postwriter._compression
        for start in range(0, len(ids), limit):
            end = start + limit
            postwriter._compression = 0 if len(ids) - start <= small_block else compression
            postwriter._ids = array("I", ids[start:end])
            postwriter._weights = array("f", weights[start:end])
            postwriter._values = [v for v in values[start:end] if v]
            block_lens = [n for n in lens[start:end] if n]
            postwriter._minlength = min(block_lens) if block_lens else None
            postwriter._maxlength = max(block_lens) if block_lens else 0
            top = max(weights[start:end])
            postwriter._maxweight = top if top > 0 else 0
            if end < len(ids):  # Whoosh writes a full block when the next posting arrives
                postwriter._write_block()
        fieldwriter.finish_term()
        postwriter._compression = compression

    # Each term's postings are split into columns by ``zip`` (in C), not appended one by one.
    lastfn: str | None = None
    for fieldname, field_items in groupby(items, key=_FIELD):
        if lastfn is not None:
            if fieldname < lastfn:
                raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
            fieldwriter.finish_field()
        fieldwriter.start_field(fieldname, schema[fieldname])
        lastfn, lasttext = fieldname, None
        field_lengths = _field_lengths(lengths, fieldname)
        no_lengths = field_lengths is None or not any(field_lengths)
        for btext, group in groupby(field_items, key=_TERM):
            _, _, ids, weights, values = zip(*group, strict=True)
            if -1 in ids:  # a spelling word (Whoosh's hack), not a posting
                rows = [row for row in zip(ids, weights, values, strict=True) if row[0] != -1]
                if not rows:
                    continue
                ids, weights, values = zip(*rows, strict=True)
            if lasttext is not None and btext < lasttext:
                raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
            lasttext = btext
            lens = () if no_lengths else [field_lengths[d] for d in ids]  # type: ignore[index]
            finish_term(btext, ids, weights, values, lens)
    if lastfn is not None:
        fieldwriter.finish_field()


_FIELD = itemgetter(0)
_TERM = itemgetter(1)
_TERM_INFO = struct.Struct("!BfIBBfII")  # W3TermInfo's fixed part
_HASH_LENGTHS = struct.Struct("!ii")  # an on-disk hash entry's key and value lengths (filetables._lengths)
_POSTING_HEAD = struct.Struct("!i")
_LENGTH_BYTE: dict[int | None, int] = {}  # length -> Whoosh's one-byte length (a bisect each otherwise)


def _length_byte(length: int | None) -> int:
    byte = _LENGTH_BYTE.get(length)
    if byte is None:
        byte = _LENGTH_BYTE[length] = length_to_byte(length)
    return byte


def _write_one_block(
    fieldwriter: W3FieldWriter,
    btext: bytes | None,
    ids: Sequence[int],
    weights: Sequence[float],
    values: Sequence[bytes | None],
    lens: Sequence[int | None],
    small_block: int,
) -> None:
    """A term whose postings fit one block (most terms): the bytes of Whoosh's
    ``start_term``/``add_posting``/``finish_term``, without its term info and
    block objects (``W3PostingsWriter._write_block`` and ``W3TermInfo.to_bytes``,
    step by step), each file written once per term.

    The term index entry is ``OrderedHashWriter.add`` step by step (order
    check, position, lengths, key, value, hash bucket), in one write.
    """
    assert btext is not None
    n = len(ids)
    stored_weights = array("f", weights)
    first = stored_weights[0]
    if first == 1.0 and stored_weights.count(1.0) == n:
        mini_weights: object = None
    elif stored_weights.count(first) == n:
        mini_weights = first
    else:
        mini_weights = tuple(stored_weights)
    fixed = fieldwriter._format.fixed_value_size()
    if fixed is None or fixed < 0:
        mini_values: object = tuple([v for v in values if v])
    elif fixed == 0:
        mini_values = None
    else:
        mini_values = b"".join([v for v in values if v])
    if n == 1:
        deltas: tuple[int, ...] = (ids[0],)
    else:
        deltas = (ids[0], *[b - a for a, b in zip(ids, ids[1:], strict=False)])
    data = pickle.dumps((deltas, mini_weights, mini_values), 2)
    compression = 0 if n <= small_block else fieldwriter._codec._compression
    if compression:
        data = zlib.compress(data, compression)
    present_lens = [x for x in lens if x]
    minlength = min(present_lens) if present_lens else None
    maxlength = max(present_lens) if present_lens else 0
    top = max(weights)
    maxweight = top if top > 0 else 0
    min_byte, max_byte = _length_byte(minlength), _length_byte(maxlength)
    info = pickle.dumps((n, ids[-1], maxweight, compression, min_byte, max_byte), 2)
    postfile = fieldwriter._postfile
    offset = postfile.tell()
    block = WHOOSH3_HEADER_MAGIC + _POSTING_HEAD.pack(-(len(info) + len(data))) + info + data
    postfile.write(block)  # negative length: the term's last block
    terminfo = _TERM_INFO.pack(
        False, sum(stored_weights), n, 0 if minlength is None else min_byte, max_byte, maxweight, ids[0], ids[-1],
    )
    value = terminfo + pack_long(offset) + pack_int(len(block))
    key = pack_ushort(fieldwriter._fieldid) + btext
    tindex = fieldwriter._tindex
    if key <= tindex.lastkey:
        raise ValueError(f"Keys must increase: {tindex.lastkey!r}..{key!r}")
    dbfile = tindex.dbfile
    pos = dbfile.tell()
    tindex.index.append(pos)
    dbfile.write(_HASH_LENGTHS.pack(len(key), len(value)) + key + value)
    h = tindex.hashfn(key)
    tindex.buckets[h & 255].append((h, pos))
    tindex.lastkey = key


def _field_lengths(lengths, fieldname: str) -> list[int | None] | None:
    """Every document's length of ``fieldname``, as ``doc_field_length`` answers (None: no reader)."""
    if lengths is None:
        return None
    return [lengths.doc_field_length(d, fieldname) for d in range(lengths.doc_count_all())]


def _flush_with_fast_postings(writer: SegmentWriter) -> None:
    """``SegmentWriter._flush_segment``, writing the postings with ``write_postings``."""
    writer.perdocwriter.close()
    pdr = writer.per_document_reader() if writer.codec.length_stats else None
    postings = writer.pool.iter_postings()
    if type(writer.fieldwriter) is W3FieldWriter:
        write_postings(writer.fieldwriter, writer.schema, pdr, postings, small_block=UNCOMPRESSED_BLOCK_POSTINGS)
    else:
        writer.fieldwriter.add_postings(writer.schema, pdr, postings)
    writer.fieldwriter.close()
    if pdr:
        pdr.close()


class AppendingWriter(SegmentWriter):
    """The index's one writer: commits its own documents plus segments built elsewhere."""

    def __init__(self, ix: Index, *, timeout: float, limitmb: int = DEFAULT_LIMIT_MB) -> None:
        try:
            super().__init__(ix, timeout=timeout, limitmb=limitmb)
        except LockError as err:
            raise IndexBusyError() from err
        _use_batched_pool(self, limitmb)
        self._appended: list[Segment] = []
        self._toc_written = False
        try:
            # A killed or failed earlier run's files: free their space first,
            # so a full disk left by a failed run does not stop this one.
            clean_orphans(ix, keep=[self.newsegment])
        except OSError:
            pass

    def _commit_toc(self, segments: list[Segment]) -> None:
        """Make the new generation durable, in order: segment files and their
        checksums, then the table of contents, then the folder entry."""
        folder = Path(self.storage.folder)
        sync = durable_sync_enabled()
        record_sums(folder, self.indexname, segment_files(self.storage, segments), sync=sync)
        toc = TOC(self.schema, segments, self.generation)
        toc.write(_SyncedRenames(self.storage) if sync else self.storage, self.indexname)
        self._toc_written = True
        if sync:
            fsync_dir(folder)
        clean_files(self.storage, self.indexname, self.generation, segments)

    def append_segments(self, segments: Iterable[Segment]) -> None:
        """List worker-built segments in the next commit; no reader sees them before it."""
        self._check_state()
        self._appended.extend(segments)

    @property
    def appended_segments(self) -> tuple[Segment, ...]:
        return tuple(self._appended)

    def per_document_reader(self):
        return _per_document_reader(self)

    def _flush_segment(self) -> None:
        _flush_with_fast_postings(self)

    def _merge_segments(self, mergetype, optimize, merge) -> list[Segment]:
        """The segments the new generation keeps; the rest are copied into this writer's.

        An explicit ``mergetype`` or ``optimize`` is Whoosh's; by default the
        commit follows ``merge_plan``, counting the worker-built segments as new.
        """
        if mergetype is not None or optimize or merge is False:
            return super()._merge_segments(mergetype, optimize, merge)
        new_docs = self.doc_count() + sum(s.doc_count() for s in self._appended)
        chosen = set(merge_plan([s.doc_count() for s in self.segments], new_docs))
        for i in sorted(chosen):  # merged documents keep their order, after this writer's own
            segment = self.segments[i]
            if segment.doc_count() == 0:
                continue
            reader = SegmentReader(self.storage, self.schema, segment)
            try:
                self._copy_exactly(reader, segment)
            finally:
                reader.close()
        return [s for i, s in enumerate(self.segments) if i not in chosen]

    def _copy_exactly(self, reader: SegmentReader, segment: Segment) -> None:
        """``add_reader``, keeping the exact field-length totals BM25F averages.

        Whoosh re-adds each copied document's length from its one-byte encoding,
        so a merge would shift every score a little (0.3 % in tests). The exact
        total is the segment's, minus its deleted documents (those only as encoded).
        """
        totals = getattr(self.perdocwriter, "_fieldlengths", None)
        before = dict(totals) if totals is not None else {}
        self.add_reader(reader)
        if totals is None:
            return
        deleted = list(segment.deleted_docs()) if segment.has_deletions() else []
        for name in self.schema.scorable_names():
            exact = reader.field_length(name) - sum(reader.doc_field_length(d, name) for d in deleted)
            totals[name] = before.get(name, 0) + exact

    def commit(self, mergetype=None, optimize=None, merge=None) -> None:
        """``SegmentWriter.commit``, with the appended segments in the new table of contents.

        A commit that fails before its table of contents is written (a full
        disk) deletes the files it wrote while it still holds the lock, so a
        failed run leaves no orphan segments taking the disk's last space.
        """
        self._check_state()
        try:
            final = self._merge_segments(mergetype, optimize, merge)
            final += self._appended
            if self._added:
                final.append(self._finalize_segment())
            else:
                self._close_segment()
            self._commit_toc(final)
        except BaseException:
            if not self._toc_written:
                self._delete_uncommitted()
            raise
        finally:
            self._finish()

    def _delete_uncommitted(self) -> None:
        """Delete every segment file the generation this writer started from does not use."""
        try:
            clean_files(self.storage, self.indexname, self.generation - 1, self.segments)
        except OSError:
            pass

    def cancel_and_clean(self) -> None:
        """Cancel a writer that changed nothing, deleting files no generation uses.

        Whoosh removes unreferenced files only when it commits, so a run killed
        mid-write (and every cancelled writer) leaves segment files behind until
        the next change. Old leftovers go while the write lock is held, so no live
        writer's files are touched; this writer's own go after it closes them.
        Also used after a failure (a full disk, a lost worker): each step may
        fail again on a full disk, and the lock is released whatever happens.
        """
        storage, name = self.storage, self.indexname
        try:
            clean_files(storage, name, self.generation - 1, self.segments)
        except OSError:
            pass
        stale = [f for f in storage.list() if _is_leftover(f, name)]
        own = self.newsegment.segment_id() + "."
        try:
            self.cancel()  # closing still writes this writer's (unused) segment files
        except OSError:
            self._finish_after_error()
        for filename in stale + [f for f in storage.list() if f.startswith(own)]:
            try:
                storage.delete_file(filename)
            except OSError:
                pass

    def _finish_after_error(self) -> None:
        try:
            self._finish()
        except OSError:
            pass
        finally:
            if self.writelock and self.writelock.fd is not None:
                self.writelock.release()


class SegmentBuilder(SegmentWriter):
    """A worker process's writer: builds one segment without the write lock.

    The parent's ``AppendingWriter`` holds the lock and commits the segment.
    Never commit or cancel this writer: cancelling deletes the temporary
    folder the parent's writer shares, so ``cancel`` only closes this one's files.
    """

    def __init__(self, index_dir: str, *, limitmb: int) -> None:
        super().__init__(whoosh_index.open_dir(index_dir), _lk=False, limitmb=limitmb)
        _use_batched_pool(self, limitmb)

    def per_document_reader(self):
        return _per_document_reader(self)

    def _flush_segment(self) -> None:
        _flush_with_fast_postings(self)

    def finish(self) -> Segment | None:
        """The finished segment, or None when no document was added.

        An unused segment's files are left to the parent's commit, which
        deletes every file no generation refers to.
        """
        if not self._added:
            self.cancel()
            return None
        segment = self._finalize_segment()
        # The temporary folder is shared with the parent's writer, which
        # removes it when it finishes; only this writer's state is closed.
        self.is_closed = True
        return segment

    def cancel(self) -> None:
        if not self.is_closed:
            self._close_segment()
            self.is_closed = True

    def commit(self, *args, **kwargs) -> None:
        raise TypeError("a worker's segment is committed by the parent's AppendingWriter")


def segment_id(reader: SegmentReader) -> str:
    """The id of the one segment ``reader`` reads: its files never change once written."""
    return reader.segment().segment_id()


def segment_folder(reader: SegmentReader) -> str | None:
    """The Whoosh folder a segment reader's files are in (None: not a folder on disk)."""
    storage = reader.storage()
    storage = getattr(storage, "b", storage)  # a compound segment's overlay: (its file, the folder)
    folder = getattr(storage, "folder", None)
    return folder if isinstance(folder, str) else None


def unique_terms_by_document(reader: SegmentReader, field: str) -> list[str]:
    """Each document's term of a unique ``ID`` field, by the segment's own document numbers.

    A unique field's term has one posting, whose document number Whoosh keeps
    in the term's information (its lowest and highest id): reading the term
    list alone gives every document's key, ~30x faster than opening each
    term's posting list (1.4 s of a fresh process's first query at 17,908
    articles). A term with several postings (a replaced article's old,
    deleted copy in the same segment) has its postings read. Documents
    without a term get "".
    """
    keys = [""] * reader.doc_count_all()
    for text, info in reader.iter_field(field):
        word = text.decode("utf-8", "surrogatepass") if isinstance(text, bytes) else text
        if info.doc_frequency() == 1:
            keys[info.min_id()] = word
            continue
        for docnum in reader.postings(field, text).all_ids():
            keys[docnum] = word
    return keys


class _ViewReader:
    """A read-only, seekable file over a ``memoryview``: reads copy only the bytes asked for."""

    __slots__ = ("_view", "_pos", "_end")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self._end = len(view)

    def read(self, n: int | None = -1) -> bytes:
        pos = self._pos
        end = self._end if n is None or n < 0 else min(pos + n, self._end)
        if end <= pos:
            return b""
        self._pos = end
        return self._view[pos:end].tobytes()

    def readinto(self, buffer) -> int:
        data = self.read(len(memoryview(buffer).cast("B")))
        memoryview(buffer).cast("B")[: len(data)] = data
        return len(data)

    def readline(self, limit: int | None = -1) -> bytes:
        pos, end = self._pos, self._end
        if limit is not None and limit >= 0:
            end = min(end, pos + limit)
        stop = pos
        while stop < end:  # pickle protocol 2 (Whoosh's) rarely asks for a line: no need for speed
            chunk = self._view[stop : min(stop + 256, end)].tobytes()
            found = chunk.find(b"\n")
            if found >= 0:
                stop += found + 1
                break
            stop += len(chunk)
        self._pos = stop
        return self._view[pos:stop].tobytes()

    def seek(self, offset: int, whence: int = 0) -> int:
        if whence == 1:
            offset += self._pos
        elif whence == 2:
            offset += self._end
        if offset < 0:
            raise ValueError("negative seek position")
        self._pos = offset
        return offset

    def tell(self) -> int:
        return self._pos

    def seekable(self) -> bool:
        return True

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        pass

    def __iter__(self):
        while line := self.readline():
            yield line


class MappedFile(BufferFile):
    """Whoosh's ``BufferFile`` without its copy: reads come from the memory map.

    Pages of the segment file are read from disk when touched and may be
    dropped again by the system, so a search process holds the parts of the
    index it uses, not all of it.
    """

    def __init__(self, buf: memoryview, name: str | None = None) -> None:
        self._buf = buf
        self._name = name
        self.file = _ViewReader(buf)
        self.onclose = None
        self.is_real = False
        self.is_closed = False
        # StructFile delegates each call to ``self.file``: bind the reader's own methods.
        self.read = self.file.read
        self.seek = self.file.seek
        self.tell = self.file.tell

    def subset(self, position: int, length: int, name: str | None = None) -> MappedFile:
        return MappedFile(self._buf[position : position + length], name=name or self._name)


_whoosh_open_file = CompoundStorage.open_file


def _open_in_place(self: CompoundStorage, name: str, *args, **kwargs):
    """``CompoundStorage.open_file``, handing out a ``MappedFile`` where Whoosh copied."""
    if getattr(self, "_source", None) is None:  # no map (it failed): Whoosh reads the file itself
        return _whoosh_open_file(self, name, *args, **kwargs)
    if self.is_closed:
        raise StorageError("Storage was closed")
    offset, length = self.range(name)
    return MappedFile(memoryview(self._source)[offset : offset + length], name=name)


def read_segments_in_place() -> None:
    """Make every compound segment read from its memory map without copying (idempotent)."""
    CompoundStorage.open_file = _open_in_place



# ------------------------------------------------------------------ whole posting lists, read block by block

def whole_postings(
    matcher: Any, among: Sequence[int] | None = None, *, values: bool = False
) -> tuple[str, list[int], list[float], list[bytes] | None] | None:
    """(field, segment document numbers, weights, encoded values or None) of a fresh W3 leaf
    matcher's whole posting list.

    Reads the blocks' arrays directly instead of stepping the matcher one
    posting at a time (several Python calls a posting); deleted documents
    are included (the caller applies the segment's deletions). ``among``
    (sorted document numbers): only blocks that may hold one of them are
    decoded, from each block's highest id in its header: an intersection
    with a rare word decodes a few blocks of a frequent one. ``values``: also
    each posting's encoded value (positions; ``position_decoder`` reads them).
    None when ``matcher`` is not a W3 leaf matcher at its start: the caller steps it.
    """
    if type(matcher) is not W3LeafMatcher or matcher._i != 0 or matcher._atend or not matcher._term:
        return None
    ids: list[int] = []
    weights: list[float] = []
    kept: list[bytes] | None = [] if values else None
    byteids = matcher._byteids
    previous_max = -1
    while not matcher._atend:
        if among is not None:
            k = bisect.bisect_right(among, previous_max)
            if k == len(among):
                break
            previous_max = matcher._maxid
            if among[k] > previous_max:  # no wanted document in this block
                matcher._next_block()
                continue
        if matcher._data is None:
            matcher._read_data()
        raw = matcher._data[0]
        ids.extend(raw if byteids else accumulate(raw))  # Whoosh's delta_decode, in C
        matcher._read_weights()
        weights.extend(matcher._weights)
        if kept is not None:
            matcher._read_values()
            kept.extend(matcher._values)
        matcher._next_block()
    return matcher._term[0], ids, weights, kept


def position_decoder(matcher: Any) -> Any:
    """The function that turns a W3 leaf matcher's encoded value into word positions."""
    return matcher.format.decoder("positions")


def filter_of(matcher: Any) -> tuple[Collection[int], bool]:
    """A ``FilterMatcher``'s document numbers and whether it excludes them (a segment's deletions)."""
    return matcher._ids, matcher._exclude


def array_union_of(matcher: Any) -> tuple[list[Any], float]:
    """An ``ArrayUnionMatcher``'s sub-matchers (in the order it adds their scores) and its boost."""
    return list(matcher._submatchers), matcher._boost


class _Positions:
    """One term's spans in one document, as the span code asks a term matcher for them."""

    __slots__ = ("_spans",)

    def __init__(self, positions: list[int]) -> None:
        self._spans = [Span(p) for p in positions]

    def spans(self) -> list[Span]:
        return self._spans


class _NearCheck:
    """What ``SpanNear2Matcher._get_spans`` reads: its settings and its terms' spans in one document."""

    def __init__(self, near: Any, positions: list[list[int]]) -> None:
        self.slop, self.ordered, self.mindist = near.slop, near.ordered, near.mindist
        self.ms = [_Positions(p) for p in positions]


def near_matches(near: Any, positions: list[list[int]]) -> bool:
    """Whether words at ``positions`` (one list a term) satisfy a ``SpanNear2Matcher``'s slop
    and order, by Whoosh's own span code."""
    return bool(SpanNear2.SpanNear2Matcher._get_spans(_NearCheck(near, positions)))


def posting_bytes(matcher: Any) -> int | None:
    """The size on disk of a W3 leaf matcher's posting list: a cheap measure of its length."""
    if type(matcher) is not W3LeafMatcher:
        return None
    length = matcher._length  # Whoosh keeps it as a 1-tuple (W3TermInfo.extent)
    return int(length[0] if isinstance(length, tuple) else length)


_LENGTHS: dict[tuple[str, str], bytes | None] = {}  # (segment id, field) -> encoded lengths; segments never change
_LENGTHS_KEPT = 256


def numeric_column_array(column: Any) -> array | None:
    """A numeric column reader's values for every document as one array, read in one slice
    of the file instead of a Python call per document (None: not a plain numeric column)."""
    if type(column) is not NumericColumn.Reader:
        return None
    count, doccount = column._count, column._doccount
    values = array(column._typecode)
    if values.itemsize != column._fixedlen:
        return None
    values.frombytes(column._dbfile.get(column._basepos, count * column._fixedlen))
    if sys.byteorder == "little":
        values.byteswap()  # Whoosh writes them big-endian ("!")
    if doccount > count:
        values.extend([column._default] * (doccount - count))
    return values


def varbytes_values(reader: SegmentReader, field: str) -> list[bytes] | None:
    """Every document's value of one segment's ``VarBytesColumn`` (untranslated), cut from one
    read of the column's data instead of a read per document (None: not such a column).

    A resync reads the ``file`` and ``sync`` columns of every document: at 179,080 articles the
    per-document reads were ~1.2 s of a no-op resync (issue 22).
    """
    column = reader.column_reader(field, translate=False)
    if type(column) is not VarBytesColumn.Reader:
        return None
    lengths = column._lengths
    data = column._dbfile.get(column._basepos, sum(lengths))
    ends = list(accumulate(lengths))
    return [data[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def column_array(reader: SegmentReader, field: str) -> array | None:
    """``numeric_column_array`` of one segment's column of ``field`` (None: no such plain column)."""
    if not reader.has_column(field):
        return None
    return numeric_column_array(reader.column_reader(field, translate=False))


def field_length_bytes(reader: SegmentReader, field: str) -> bytes | None:
    """Each document's encoded length of ``field`` in one segment (Whoosh's one-byte form), or None.

    Whoosh's BM25F scorer decodes ``byte_to_length`` of this byte per posting
    (``doc_field_length``); reading the column once per segment and field lets
    a caller score a whole posting list with the very same numbers.
    """
    key = (segment_id(reader), field)
    if key in _LENGTHS:
        return _LENGTHS[key]
    perdoc = reader._perdoc
    column = perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN) if isinstance(perdoc, W3PerDocReader) else None
    values = numeric_column_array(column) if column is not None else None
    data = bytes(values) if values is not None else (bytes(column) if column is not None else None)
    if len(_LENGTHS) >= _LENGTHS_KEPT:
        _LENGTHS.clear()
    _LENGTHS[key] = data
    return data
