"""Incremental sync: make the index hold exactly the article files of some folders.

Cheap checks first: a file whose size, mtime, change time and inode match what
the index recorded is not opened at all. Changed stats lead to a content hash,
so a ``touch`` is told apart from an edit. A file is the unit: a data set's
records are deleted and re-added together, and the report counts articles.
Everything happens in one Whoosh writer and one commit, so a crash leaves the
previous generation intact.

Turning a file into a document is ``documents.py``; building segments in
worker processes is ``parallel.py``; the writer itself is ``segments.py``.
"""
from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from whoosh.index import Index

from telusur import settings

from . import stem_store
from .documents import Prepared, prepare
from .files import FileStat, ScannedFile, Skipped, scan_articles
from .keys import file_key, path_of_key
from .messages import CoreMessage, SkipReason
from .parallel import build_segments_in_parallel, job_weight
from .paths import folder_of, is_under, normalize_folder, under_any, under_any_test
from .segments import AppendingWriter, clean_unused_files, index_folder, varbytes_values
from .sync_records import Built, FileWarning, Indexed, IndexedFile, SyncPhase, SyncPlan, SyncProgress, SyncReport

# Whoosh's posting buffer, split between the segment workers: the largest
# that keeps a whole build (parent + workers) under its 500 MB memory budget
# (measurements: bench/PROFILE.md, "WRITER_LIMIT_MB").
WRITER_LIMIT_MB = 96
# Below this much work to (re)index (in plain-text articles, see
# parallel.job_weight), the sync runs in this process. Two spawned workers
# cost ~1 CPU s more than one process for a 1,000-article add (start-up,
# imports and stems each worker learns again, two segments): 5.0 vs 3.9 CPU s,
# and on the loaded test machine they were slower in wall time too (8.8-12.9
# vs 5.2-12.9 s). On two idle cores they would save ~1 s of ~4 s; adding a
# day's articles is the daily flow, and its CPU is the goal (issue 22), so
# workers start only for a few thousand articles (bench/PROFILE.md).
PARALLEL_MIN_FILES = 2000


@dataclass(frozen=True)
class SyncRecords:
    """What the index recorded about every indexed file, read in one pass over two columns.

    ``raw``: file key -> its ``sync`` column value (``Indexed.encode``), compared as bytes with
    what the walk sees, so an unchanged file costs no decoding and no record object.
    ``counts``: file key -> articles, only for files that gave more than one (data sets).
    """

    raw: dict[str, bytes]
    counts: dict[str, int]

    def articles(self, key: str) -> int:
        return self.counts.get(key, 1)

    def indexed(self, key: str) -> IndexedFile:
        rec = Indexed.decode(self.raw[key])
        return IndexedFile(rec if rec is not None else Indexed(-1, -1, ""), self.articles(key))


def _segment_values(sub, field: str) -> list:
    values = varbytes_values(sub, field)
    return values if values is not None else list(sub.column_reader(field, translate=False))


def sync_records(ix: Index) -> SyncRecords:
    """The ``file`` and ``sync`` columns of every live document, one read of each per segment."""
    keys: list[bytes] = []
    syncs: list[bytes] = []
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return SyncRecords({}, {})
        for sub, _offset in sorted(reader.leaf_readers(), key=lambda pair: pair[1]):
            if not (sub.has_column("file") and sub.has_column("sync")):
                continue
            part_keys, part_syncs = _segment_values(sub, "file"), _segment_values(sub, "sync")
            if sub.has_deletions():
                deleted = sub.is_deleted
                live = [d for d in range(len(part_keys)) if not deleted(d)]
                part_keys = [part_keys[d] for d in live]
                part_syncs = [part_syncs[d] for d in live]
            keys.extend(part_keys)
            syncs.extend(part_syncs)
    texts = [key.decode("utf-8") for key in keys if key]
    raw = dict(zip(texts, (sync for key, sync in zip(keys, syncs, strict=True) if key), strict=True))
    counts = {} if len(raw) == len(texts) else {k: n for k, n in Counter(texts).items() if n > 1}
    return SyncRecords(raw, counts)


def files_in_index(ix: Index) -> dict[str, IndexedFile]:
    """File key -> recorded stats and article count of every indexed file, in one pass over the columns."""
    records = sync_records(ix)
    return {key: records.indexed(key) for key in records.raw}


def _stats_prefix(size: int, mtime_ns: int, ctime_ns: int, inode: int) -> bytes:
    """The start of ``Indexed.encode`` for these stats: an unchanged file's record starts with it."""
    return b"%d:%d:%d:%d:" % (size, mtime_ns, ctime_ns, inode)


def plan_scan(
    scanned: list[ScannedFile], records: SyncRecords, present: list[str], library: list[str] | None
) -> tuple[SyncPlan, dict[str, IndexedFile], dict[str, int]]:
    """The plan for the files the walk found, compared with the index's records without decoding them.

    Returns the plan, the recorded state of each changed or deleted file (the
    only ones the sync looks up again), and the files under none of ``library``
    (their folder left the library; None: drop nothing) with their articles.
    """
    by_path = dict(records.raw)
    if any("%" in key for key in by_path):  # keys that are not their path (keys.file_key)
        by_path = {path_of_key(key) if "%" in key else key: raw for key, raw in by_path.items()}
    key_of = {path_of_key(key): key for key in records.raw if "%" in key}
    new, changed = [], []
    unchanged = 0
    counts = records.counts
    take = by_path.pop
    for path, size, mtime, ctime, inode in scanned:
        raw = take(path, None)
        if raw is None:
            new.append(FileStat(path, size, mtime, ctime, inode))
        elif raw.startswith(b"%d:%d:%d:%d:" % (size, mtime, ctime, inode)):
            unchanged += counts.get(key_of.get(path, path), 1) if counts else 1
        else:
            changed.append(FileStat(path, size, mtime, ctime, inode))
    state = {fs.path: records.indexed(key_of.get(fs.path, fs.path)) for fs in changed}
    deleted = []
    outside: dict[str, int] = {}
    in_present = under_any_test(present)
    in_library = under_any_test(library) if library is not None else None
    for path in by_path:  # the indexed files the walk did not find
        key = key_of.get(path, path)
        if in_present(path):
            deleted.append(path)
            state[path] = records.indexed(key)
        elif in_library is not None and not in_library(path):
            outside[key] = records.articles(key)
    return SyncPlan(new, changed, sorted(deleted), unchanged), state, outside


def default_workers() -> int:
    configured = settings.current().workers  # TELUSUR_WORKERS
    if configured is not None:
        return configured
    return max(1, min(4, os.cpu_count() or 1))


def sync_folders(
    ix: Index,
    folders: list[str],
    *,
    progress: Callable[[SyncProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    lock_timeout: float = 10.0,
    workers: int | None = None,
    library_folders: Callable[[], list[str] | None] | None = None,
) -> SyncReport:
    """Bring the documents of ``folders`` in line with the files on disk.

    ``workers``: processes that each build a segment of new documents
    (default: one per core, up to 4; ``TELUSUR_WORKERS`` overrides). Small
    batches are indexed in this process. ``library_folders``: read once the
    write lock is held (so no run's add or removal slips between the read and
    this commit); documents under none of them are dropped. None (or a None
    result, for an invalid library file) drops nothing.
    """
    started = time.monotonic()
    report = SyncReport()
    folders = [normalize_folder(f) for f in folders]
    present = [f for f in folders if os.path.isdir(f)]
    for missing in sorted(set(folders) - set(present)):
        report.skipped.append(Skipped(missing, CoreMessage(SkipReason.FOLDER_NOT_FOUND)))
    on_disk: list[ScannedFile] = []
    # Links are followed only into library folders (the listed ones, or the synced ones).
    listed = library_folders() if library_folders is not None else None
    library = present + [normalize_folder(f) for f in listed or []]
    for folder in present:
        found, skipped = scan_articles(folder, library)
        on_disk.extend(found)
        report.skipped.extend(skipped)

    clean_unused_files(ix)  # a failed run's files first: the disk may be full
    writer = AppendingWriter(ix, timeout=lock_timeout, limitmb=WRITER_LIMIT_MB)
    try:
        kept = library_folders() if library_folders is not None else None
        plan, indexed, outside = plan_scan(
            on_disk, sync_records(ix), present, None if kept is None else kept + folders
        )
        report.unchanged = plan.unchanged
        for path in plan.deleted:
            writer.delete_by_term("file", file_key(path))
            report.removed += indexed[path].articles
        for key, articles in outside.items():
            writer.delete_by_term("file", key)
            report.removed += articles
        todo = plan.new + plan.changed
        jobs = [(fs, folder_of(fs.path, present)) for fs in todo]
        n_workers = default_workers() if workers is None else workers
        learnt: dict[str, str] = {}  # stems the worker processes computed
        if n_workers > 1 and sum(job_weight(fs) for fs in todo) >= PARALLEL_MIN_FILES:

            files_done = [0]

            def tick(done: int) -> None:
                files_done[0] = done
                if progress is not None:
                    progress(SyncProgress(done, len(todo), "", time.monotonic() - started))

            def stopped() -> None:  # cancelled: the workers read no more, they write what they indexed
                if progress is not None:
                    progress(SyncProgress(files_done[0], len(todo), "", time.monotonic() - started, SyncPhase.STOPPED))

            build = build_segments_in_parallel(
                str(index_folder(ix)), jobs, n_workers, WRITER_LIMIT_MB, tick, should_cancel, stopped
            )
            report.cancelled = build.cancelled
            report.notes.extend(build.notes)
            learnt = build.stems
            writer.append_segments(build.segments)
            for outcome in build.outcomes:
                _record(outcome, writer, indexed, report)
        else:
            if jobs:
                stem_store.warm(index_folder(ix))
            last_report = 0.0
            for done, (fs, folder) in enumerate(jobs):
                if should_cancel is not None and should_cancel():
                    report.cancelled = True
                    if progress is not None:
                        progress(SyncProgress(done, len(todo), "", time.monotonic() - started, SyncPhase.STOPPED))
                    break
                now = time.monotonic()
                if progress is not None and (now - last_report > 0.1 or done == 0):
                    progress(SyncProgress(done, len(todo), fs.path, now - started))
                    last_report = now
                added = prepare(fs, folder, lambda doc: writer.add_document(**doc))
                _record(added, writer, indexed, report)
        if progress is not None and not report.cancelled:
            progress(SyncProgress(len(todo), len(todo), "", time.monotonic() - started))
        if writer.appended_segments or report.changed or report.unchanged != plan.unchanged:
            if progress is not None:
                progress(SyncProgress(len(todo), len(todo), "", time.monotonic() - started, SyncPhase.COMMITTING))
            writer.commit()
            # After the commit: the saved stems never describe a generation that did not happen.
            stem_store.persist(index_folder(ix), learnt)
        else:
            writer.cancel_and_clean()
    except BaseException:
        if not writer.is_closed:
            writer.cancel_and_clean()  # frees what this run wrote (a full disk)
        raise
    report.elapsed_s = time.monotonic() - started
    return report


def _record(
    item: Prepared | Built | Skipped,
    writer: AppendingWriter,
    indexed: dict[str, IndexedFile],
    report: SyncReport,
) -> None:
    """Apply one file's outcome to the writer and count its articles.

    Its new documents are already added (to this writer or to a worker's
    segment); here the old version's documents, if any, are deleted. A
    writer's deletes only reach the segments committed before it opened, so
    the order does not matter.
    """
    old = indexed.get(item.path)
    if isinstance(item, Skipped):
        report.skipped.append(item)
        if old is not None:  # it was indexed, but can no longer be read
            writer.delete_by_term("file", file_key(item.path))
            report.removed += old.articles
        return
    report.skipped.extend(item.skipped)
    report.warnings.extend(FileWarning(item.path, w) for w in item.warnings)
    articles = item.articles
    if old is None:
        report.added += articles
        return
    writer.delete_by_term("file", file_key(item.path))
    if old.indexed.digest == item.digest:
        report.unchanged += articles  # touched, not edited
    else:
        report.updated += min(articles, old.articles)
        report.added += max(0, articles - old.articles)
        report.removed += max(0, old.articles - articles)


def remove_folder_documents(
    ix: Index, folder: str, keep: Iterable[str] = (), lock_timeout: float = 10.0
) -> int:
    """Delete the documents under ``folder`` (but not under the ``keep`` folders).

    Only the index changes; the files themselves are never touched.
    """
    folder = normalize_folder(folder)
    kept = [normalize_folder(f) for f in keep]
    clean_unused_files(ix)
    writer = AppendingWriter(ix, timeout=lock_timeout)
    try:
        removed = 0
        for key in sync_records(ix).raw:
            path = path_of_key(key)
            if is_under(path, folder) and not under_any(path, kept):
                removed += writer.delete_by_term("file", key)
        writer.commit()
    except BaseException:
        if not writer.is_closed:
            writer.cancel_and_clean()
        raise
    return removed
