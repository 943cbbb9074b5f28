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
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from telusur.analysis.stemmer import take_fresh_stems
from telusur.settings import Settings, current
from telusur.startup import start

from . import stem_store
from .documents import prepare
from .files import FileStat, Skipped
from .formats import Format, article_kind
from .messages import CoreMessage, IndexProblem
from .segments import Segment, SegmentBuilder
from .sync_records import Built

_cancel = None
_progress = None
# Put on the progress queue by a worker whose file loop has ended (all read, or cancelled):
# once every worker has sent it after a cancel, the run reads nothing more and only writes.
READ_DONE = -1
POLL_S = 0.05  # how often the parent looks at progress, the cancel flag and the workers


def _init_worker(parent: int, cancel_event, progress_queue, settings: Settings) -> None:
    global _cancel, _progress
    start(settings)  # the parent's settings, not a re-read of the environment
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
    watched = multiprocessing.parent_process()
    if watched is not None and watched.pid == parent:
        # Portable: the parent's sentinel (a pipe on POSIX, the process handle
        # on Windows) signals when it exits. Windows never re-parents an
        # orphan, so polling os.getppid() alone would never notice there.
        watched.join()
    else:
        while os.getppid() == parent:
            time.sleep(0.5)
    os._exit(1)


def build_segment(
    index_dir: str, jobs: list[tuple[FileStat, str]], limitmb: int
) -> tuple[Segment | None, list[Built | Skipped], dict[str, str]]:
    """Worker: index ``jobs`` into a new segment.

    Returns (segment or None, outcomes, the stems this worker had to compute),
    the stems for the parent to save with the index (see analysis/stem_cache).
    """
    stem_store.warm(index_dir)
    writer = SegmentBuilder(index_dir, limitmb=limitmb)
    outcomes: list[Built | Skipped] = []
    pending = 0
    try:
        for fs, folder in jobs:
            if _cancel is not None and _cancel.is_set():
                break
            item = prepare(fs, folder, lambda doc: writer.add_document(**doc))
            if isinstance(item, Skipped):
                outcomes.append(item)
            else:
                outcomes.append(Built(item.path, item.warnings, item.digest, item.articles, item.skipped))
            pending += 1
            if pending == 8 and _progress is not None:
                _progress.put(pending)
                pending = 0
        if _progress is not None:
            if pending:
                _progress.put(pending)
            _progress.put(READ_DONE)
        return writer.finish(), outcomes, take_fresh_stems()
    except BaseException:
        writer.cancel()
        raise


def job_weight(fs: FileStat) -> int:
    """Rough cost of indexing a file, in plain-text articles.

    Saved pages and documents cost several times a text file (extraction
    dominates); a data set costs about one article per few kilobytes.
    """
    kind = article_kind(fs.path)
    if kind is None or kind in (Format.TXT, Format.MD):
        return 1
    if kind.is_data_set:
        return max(1, fs.size // 3000)
    if kind is Format.PDF:
        return max(4, fs.size // 20000)
    if kind is Format.IMAGE:  # OCR: seconds a page; three scans are worth starting the workers for
        return 100
    return 4


def balanced_shares(jobs: list[tuple[FileStat, str]], workers: int) -> list[list[tuple[FileStat, str]]]:
    """``jobs`` split into ``workers`` lists of similar total weight (largest first, to the lightest)."""
    shares: list[list[tuple[FileStat, str]]] = [[] for _ in range(workers)]
    loads = [0] * workers
    for job in sorted(jobs, key=lambda j: job_weight(j[0]), reverse=True):
        lightest = loads.index(min(loads))
        shares[lightest].append(job)
        loads[lightest] += job_weight(job[0])
    return shares




@dataclass
class ParallelBuild:
    segments: list[Segment] = field(default_factory=list)
    outcomes: list[Built | Skipped] = field(default_factory=list)
    cancelled: bool = False
    # Sentences for the report (a worker that died), coded messages.
    notes: list[str] = field(default_factory=list)
    # Stems the builders computed (workers and any retry here), for stem_store.persist.
    stems: dict[str, str] = field(default_factory=dict)


def build_segments_in_parallel(
    index_dir: str,
    jobs: list[tuple[FileStat, str]],
    workers: int,
    limitmb: int,
    on_progress: Callable[[int], None],
    should_cancel: Callable[[], bool] | None,
    on_stopped: Callable[[], None] | None = None,
) -> ParallelBuild:
    """Run ``workers`` segment builders.

    ``on_stopped``: called once after a cancel, when every worker has left its
    file loop (each then writes what it indexed, which can take seconds).

    A worker killed from outside (the OOM killer) breaks the whole pool:
    the shares that finished are kept, the lost ones are built again here,
    in this process, one after the other, and a note says so.
    """
    shares = [share for share in balanced_shares(jobs, workers) if share]
    results, cancelled = _run_pool(index_dir, shares, workers, limitmb, on_progress, should_cancel, on_stopped)
    build = ParallelBuild(cancelled=cancelled)
    lost = 0
    for share, result in zip(shares, results, strict=True):
        if result is None:  # its worker died, or the pool broke before it finished
            if cancelled:
                continue
            lost += len(share)
            result = build_segment(index_dir, share, limitmb)
        segment, outcomes, stems = result
        if segment is not None:
            build.segments.append(segment)
        build.outcomes.extend(outcomes)
        build.stems.update(stems)
    if lost:
        build.notes.append(CoreMessage(IndexProblem.LOST_WORKER, files=lost))
    return build


Result = tuple[Segment | None, list[Built | Skipped], dict[str, str]]


def _result(future: Future) -> Result | None:
    try:
        return future.result()
    except BrokenProcessPool:
        return None


def _run_pool(
    index_dir: str,
    shares: list[list[tuple[FileStat, str]]],
    workers: int,
    limitmb: int,
    on_progress: Callable[[int], None],
    should_cancel: Callable[[], bool] | None,
    on_stopped: Callable[[], None] | None = None,
) -> tuple[list[Result | None], bool]:
    """Each share's (segment, outcomes, stems), or None where its worker was lost; and cancelled."""
    context = multiprocessing.get_context("spawn")
    cancel_event = context.Event()
    progress_queue = context.Queue()
    cancelled = False
    done = 0
    read_done = 0  # workers whose file loop has ended
    stopped_told = False
    # One share per worker, and a worker ends once its share is done: the pool kept
    # a finished worker (~320 MB at 10x) alive until the last one finished, while
    # this process took in the results, the top of a build's peak (issue 22).
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(os.getpid(), cancel_event, progress_queue, current()),
        max_tasks_per_child=1,
    )
    delivered = False
    try:
        futures = [pool.submit(build_segment, index_dir, share, limitmb // workers) for share in shares]
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=POLL_S)
            try:
                while True:
                    count = progress_queue.get_nowait()
                    if count == READ_DONE:
                        read_done += 1
                    else:
                        done += count
            except queue.Empty:
                pass
            if not stopped_told:  # every count came before the workers' READ_DONE
                on_progress(done)
            if not cancelled and should_cancel is not None and should_cancel():
                cancelled = True
                cancel_event.set()
            # A lost worker sends nothing: its ended future counts as read.
            lost = sum(1 for f in futures if f.done() and f.exception() is not None)
            if cancelled and not stopped_told and (read_done + lost >= len(futures) or not pending):
                stopped_told = True
                if on_stopped is not None:
                    on_stopped()
        results = [_result(f) for f in futures]
        delivered = True
    finally:
        if delivered:
            # Every worker has handed back its segment (files closed): their exit is waited for
            # on a thread, not here (0.1-0.3 s of every run's end, a cancel's too). That thread
            # keeps the event and queue alive meanwhile: a replacement worker the pool starts
            # (max_tasks_per_child) unpickles them, and freeing them first unlinked their
            # semaphore, so the late worker died printing a FileNotFoundError traceback.
            threading.Thread(target=_finish_pool, args=(pool, cancel_event, progress_queue),
                             name="telusur-pool-exit").start()
        else:
            pool.shutdown(wait=True)
    return results, cancelled


def _finish_pool(pool: ProcessPoolExecutor, *keep_alive: object) -> None:
    """Wait for the pool's processes to end; ``keep_alive`` holds what they still unpickle."""
    pool.shutdown(wait=True)
