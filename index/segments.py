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

The private calls (``_merge_segments``, ``_finalize_segment``, ``_close_segment``,
``_commit_toc``, ``_finish``, ``_added``, ``newsegment``, ``clean_files``) are
those ``MpWriter`` itself makes; a Whoosh upgrade that changes them breaks
tests/test_parallel.py and tests/test_sync.py, and only this module needs fixing.
"""
from __future__ import annotations

from collections.abc import Iterable

from whoosh import index as whoosh_index
from whoosh.codec.base import Segment
from whoosh.index import Index, LockError, clean_files
from whoosh.writing import SegmentWriter

from .store import IndexBusyError

# Whoosh's default posting buffer for one writer.
DEFAULT_LIMIT_MB = 128


class AppendingWriter(SegmentWriter):
    """The index's one writer: commits its own documents plus segments built elsewhere."""

    def __init__(self, ix: Index, *, timeout: float, limitmb: int = DEFAULT_LIMIT_MB) -> None:
        try:
            super().__init__(ix, timeout=timeout, limitmb=limitmb)
        except LockError as err:
            raise IndexBusyError() from err
        self._appended: list[Segment] = []

    def append_segments(self, segments: Iterable[Segment]) -> None:
        """List worker-built segments in the next commit; no reader sees them before it."""
        self._check_state()
        self._appended.extend(segments)

    @property
    def appended_segments(self) -> tuple[Segment, ...]:
        return tuple(self._appended)

    def commit(self, mergetype=None, optimize=None, merge=None) -> None:
        """``SegmentWriter.commit``, with the appended segments in the new table of contents."""
        if not self._appended:
            super().commit(mergetype=mergetype, optimize=optimize, merge=merge)
            return
        self._check_state()
        try:
            final = self._merge_segments(mergetype, optimize, merge)
            final += self._appended
            if self._added:
                final.append(self._finalize_segment())
            else:
                self._close_segment()
            self._commit_toc(final)
        finally:
            self._finish()

    def cancel_and_clean(self) -> None:
        """Cancel a writer that changed nothing, deleting files no generation uses.

        Whoosh removes unreferenced files only when it commits, so a run killed
        mid-write (and every cancelled writer) leaves segment files behind until
        the next change. Old leftovers go while the write lock is held, so no live
        writer's files are touched; this writer's own go after it closes them.
        """
        storage, name = self.storage, self.indexname
        clean_files(storage, name, self.generation - 1, self.segments)
        stale_tocs = [f for f in storage.list() if f.startswith(f"_{name}_") and ".toc." in f]  # never renamed
        own = self.newsegment.segment_id() + "."
        self.cancel()  # closing still writes this writer's (unused) segment files
        for filename in stale_tocs + [f for f in storage.list() if f.startswith(own)]:
            try:
                storage.delete_file(filename)
            except OSError:
                pass


class SegmentBuilder(SegmentWriter):
    """A worker process's writer: builds one segment without the write lock.

    The parent's ``AppendingWriter`` holds the lock and commits the segment.
    Never commit or cancel this writer: cancelling deletes the temporary
    folder the parent's writer shares, so ``cancel`` only closes this one's files.
    """

    def __init__(self, index_dir: str, *, limitmb: int) -> None:
        super().__init__(whoosh_index.open_dir(index_dir), _lk=False, limitmb=limitmb)

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
