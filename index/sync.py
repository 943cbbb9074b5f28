"""Incremental sync: make the index hold exactly the article files of some folders.

Cheap checks first: a file whose size and mtime match what the index recorded
is not opened at all. Changed stats lead to a content hash, so a ``touch`` is
told apart from an edit. Everything happens in one Whoosh writer and one
commit, so a crash leaves the previous generation intact.

Turning a file into a document is ``documents.py``; building segments in
worker processes is ``parallel.py``; the writer itself is ``segments.py``.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable

from whoosh.index import Index

from .documents import Prepared, prepare
from .files import FileStat, Skipped, walk_articles
from .parallel import build_segments_in_parallel
from .paths import folder_of, normalize_folder, under_any
from .records import Built, FileWarning, Indexed, SyncPlan, SyncProgress, SyncReport
from .segments import AppendingWriter, clean_unused_files

# Whoosh's posting buffer, split between the segment workers: the largest
# that keeps a whole build (parent + workers) under its 500 MB memory budget
# (measurements: bench/PROFILE.md, "WRITER_LIMIT_MB").
WRITER_LIMIT_MB = 96
# Below this many files to (re)index, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 200


def indexed_files(ix: Index, folders: list[str]) -> dict[str, Indexed]:
    """Path -> recorded stats for the documents under ``folders``, read from columns."""
    state: dict[str, Indexed] = {}
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return state
        paths = reader.column_reader("path")
        syncs = reader.column_reader("sync")
        for docnum in reader.all_doc_ids():
            path = paths[docnum]
            if under_any(path, folders):
                rec = Indexed.decode(syncs[docnum])
                state[path] = rec if rec is not None else Indexed(-1, -1, "")
    return state


def plan_sync(on_disk: list[FileStat], indexed: dict[str, Indexed]) -> SyncPlan:
    new, changed = [], []
    unchanged = 0
    for fs in on_disk:
        rec = indexed.get(fs.path)
        if rec is None:
            new.append(fs)
        elif rec.size == fs.size and rec.mtime_ns == fs.mtime_ns:
            unchanged += 1
        else:
            changed.append(fs)
    present = {fs.path for fs in on_disk}
    deleted = sorted(p for p in indexed if p not in present)
    return SyncPlan(new, changed, deleted, unchanged)


def default_workers() -> int:
    configured = os.environ.get("TELUSUR_WORKERS")
    if configured and configured.isdigit():
        return int(configured)
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
        report.skipped.append(Skipped(missing, "folder not found; its articles stay in the index"))
    on_disk: list[FileStat] = []
    for folder in present:
        found, skipped = walk_articles(folder)
        on_disk.extend(found)
        report.skipped.extend(skipped)

    clean_unused_files(ix)  # a failed run's files first: the disk may be full
    writer = AppendingWriter(ix, timeout=lock_timeout, limitmb=WRITER_LIMIT_MB)
    try:
        indexed = indexed_files(ix, present)
        plan = plan_sync(on_disk, indexed)
        report.unchanged = plan.unchanged
        for path in plan.deleted:
            writer.delete_by_term("path", path)
            report.removed += 1
        kept = library_folders() if library_folders is not None else None
        if kept is not None:
            for path in outside_folders(ix, kept + folders):
                writer.delete_by_term("path", path)
                report.removed += 1
        todo = plan.new + plan.changed
        jobs = [(fs, folder_of(fs.path, present)) for fs in todo]
        n_workers = default_workers() if workers is None else workers
        if n_workers > 1 and len(jobs) >= PARALLEL_MIN_FILES:

            def tick(done: int) -> None:
                if progress is not None:
                    progress(SyncProgress(done, len(todo), "", time.monotonic() - started))

            build = build_segments_in_parallel(
                str(ix.storage.folder), jobs, n_workers, WRITER_LIMIT_MB, tick, should_cancel
            )
            report.cancelled = build.cancelled
            report.notes.extend(build.notes)
            writer.append_segments(build.segments)
            for outcome in build.outcomes:
                _record(outcome, writer, indexed, report, added_elsewhere=True)
        else:
            last_report = 0.0
            for done, (fs, folder) in enumerate(jobs):
                if should_cancel is not None and should_cancel():
                    report.cancelled = True
                    break
                now = time.monotonic()
                if progress is not None and (now - last_report > 0.1 or done == 0):
                    progress(SyncProgress(done, len(todo), fs.path, now - started))
                    last_report = now
                _record(prepare(fs, folder), writer, indexed, report, added_elsewhere=False)
        if progress is not None:
            progress(SyncProgress(len(todo), len(todo), "", time.monotonic() - started))
        if writer.appended_segments or report.changed or report.unchanged != plan.unchanged:
            writer.commit()
        else:
            writer.cancel_and_clean()
    except BaseException:
        if not writer.is_closed:
            writer.cancel_and_clean()  # frees what this run wrote (a full disk)
        raise
    report.elapsed_s = time.monotonic() - started
    return report


def outside_folders(ix: Index, folders: list[str]) -> list[str]:
    """Paths of documents under none of ``folders`` (their folder left the library)."""
    with ix.reader() as reader:
        if reader.doc_count() == 0:
            return []
        paths = reader.column_reader("path")
        return sorted(p for d in reader.all_doc_ids() if not under_any(p := paths[d], folders))


def _record(
    item: Prepared | Built | Skipped,
    writer: AppendingWriter,
    indexed: dict[str, Indexed],
    report: SyncReport,
    *,
    added_elsewhere: bool,
) -> None:
    """Apply one file's outcome to the writer and count it.

    ``added_elsewhere``: the document is already in a worker's segment, so
    only the old version (if any) is deleted here.
    """
    existed = item.path in indexed
    if isinstance(item, Skipped):
        report.skipped.append(item)
        if existed:  # it was indexed, but can no longer be read
            writer.delete_by_term("path", item.path)
            report.removed += 1
        return
    report.warnings.extend(FileWarning(item.path, w) for w in item.warnings)
    if existed:
        writer.delete_by_term("path", item.path)
        if indexed[item.path].digest == item.digest:
            report.unchanged += 1  # touched, not edited
        else:
            report.updated += 1
    else:
        report.added += 1
    if isinstance(item, Prepared) and not added_elsewhere:
        writer.add_document(**item.doc)


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
        for path in indexed_files(ix, [folder]):
            if not under_any(path, kept):
                removed += writer.delete_by_term("path", path)
        writer.commit()
    except BaseException:
        if not writer.is_closed:
            writer.cancel_and_clean()
        raise
    return removed
