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

The private calls (``_merge_segments``, ``_finalize_segment``, ``_close_segment``,
``_commit_toc``, ``_finish``, ``_added``, ``newsegment``, ``clean_files``) are
those ``MpWriter`` itself makes; a Whoosh upgrade that changes them breaks
tests/test_parallel.py and tests/test_sync.py, and only this module needs fixing.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.codec.base import Segment
from whoosh.codec.whoosh3 import W3Codec, W3PerDocReader
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, Index, LockError, clean_files
from whoosh.reading import SegmentReader
from whoosh.searching import Results
from whoosh.system import pack_uint
from whoosh.util.filelock import try_for
from whoosh.writing import SegmentWriter

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


class AppendingWriter(SegmentWriter):
    """The index's one writer: commits its own documents plus segments built elsewhere."""

    def __init__(self, ix: Index, *, timeout: float, limitmb: int = DEFAULT_LIMIT_MB) -> None:
        try:
            super().__init__(ix, timeout=timeout, limitmb=limitmb)
        except LockError as err:
            raise IndexBusyError() from err
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

    def per_document_reader(self):
        return _per_document_reader(self)

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
