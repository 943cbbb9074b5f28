"""Building new segments in worker processes, one per core.

Whoosh's own ``MpWriter`` forks (unsafe in a process running Qt threads) and
pickles every document through temporary files. Here each worker process is
*spawned*, reads, parses and analyses its share of the files itself, and
writes a complete Whoosh segment; the parent, which holds the index's write
lock, only adds those segments to its next table of contents. Until that
commit no reader sees them, and a crash leaves only unreferenced files,
which the next sync deletes. Scoring is unaffected: Whoosh computes BM25F
statistics over all segments of an index together.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, wait
from dataclasses import dataclass

from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from .files import FileStat, Skipped

_cancel = None
_progress = None


@dataclass(frozen=True)
class Built:
    """A file that a worker added to its segment."""

    path: str
    warnings: tuple[str, ...]
    digest: str


def _init_worker(parent: int, cancel_event, progress_queue) -> None:
    global _cancel, _progress
    _cancel, _progress = cancel_event, progress_queue
    # The parent's pid comes from the parent: a worker that finishes starting
    # after its parent died already has a different parent (init).
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """End this worker when the indexing process dies (killed, crashed).

    Pool workers hold both ends of their queues' pipes, so they never see
    end-of-file when the parent is gone and would wait forever, each holding
    its memory, if nothing watched for it.
    """
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def build_segment(index_dir: str, jobs: list[tuple[FileStat, str]], limitmb: int):
    """Worker: index ``jobs`` into a new segment; returns (segment or None, outcomes)."""
    from .sync import prepare  # here, not at import: sync imports this module

    ix = whoosh_index.open_dir(index_dir)
    writer = SegmentWriter(ix, _lk=False, limitmb=limitmb)
    outcomes: list[Built | Skipped] = []
    pending = 0
    try:
        for fs, folder in jobs:
            if _cancel is not None and _cancel.is_set():
                break
            item = prepare(fs, folder)
            if isinstance(item, Skipped):
                outcomes.append(item)
            else:
                writer.add_document(**item.doc)
                outcomes.append(Built(item.path, item.warnings, item.digest))
            pending += 1
            if pending == 8 and _progress is not None:
                _progress.put(pending)
                pending = 0
        if _progress is not None and pending:
            _progress.put(pending)
        # Never writer.cancel() here: it deletes the temporary folder that the
        # parent's writer shares. Files of an unused segment are left to the
        # parent's commit, which deletes every file no generation refers to.
        if not writer._added:
            writer._close_segment()
            writer.is_closed = True
            return None, outcomes
        segment = writer._finalize_segment()
        # The temporary folder is shared with the parent's writer, which
        # removes it when it finishes; only this writer's state is closed.
        writer.is_closed = True
        return segment, outcomes
    except BaseException:
        if not writer.is_closed:
            writer._close_segment()
            writer.is_closed = True
        raise


def build_segments_in_parallel(
    index_dir: str,
    jobs: list[tuple[FileStat, str]],
    workers: int,
    limitmb: int,
    on_progress: Callable[[int], None],
    should_cancel: Callable[[], bool] | None,
) -> tuple[list, list[Built | Skipped], bool]:
    """Run ``workers`` segment builders; returns (segments, outcomes, cancelled)."""
    context = multiprocessing.get_context("spawn")
    cancel_event = context.Event()
    progress_queue = context.Queue()
    # Interleave so each worker gets a similar mix of file sizes.
    shares = [jobs[i::workers] for i in range(workers)]
    cancelled = False
    done = 0
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(os.getpid(), cancel_event, progress_queue),
    ) as pool:
        futures = [pool.submit(build_segment, index_dir, share, limitmb // workers) for share in shares if share]
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=0.1)
            try:
                while True:
                    done += progress_queue.get_nowait()
            except queue.Empty:
                pass
            on_progress(done)
            if not cancelled and should_cancel is not None and should_cancel():
                cancelled = True
                cancel_event.set()
        results = [f.result() for f in futures]
    segments = [segment for segment, _ in results if segment is not None]
    outcomes = [outcome for _, share in results for outcome in share]
    return segments, outcomes, cancelled


def commit_with_segments(writer: SegmentWriter, segments: list) -> None:
    """``writer.commit()``, plus segments built elsewhere (as Whoosh's MpWriter does)."""
    writer._check_state()
    try:
        final = writer._merge_segments(None, None, None)
        final += segments
        if writer._added:
            final.append(writer._finalize_segment())
        else:
            writer._close_segment()
        writer._commit_toc(final)
    finally:
        writer._finish()
