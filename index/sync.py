"""Incremental sync: make the index hold exactly the article files of some folders.

Cheap checks first: a file whose size and mtime match what the index recorded
is not opened at all. Changed stats lead to a content hash, so a ``touch`` is
told apart from an edit. Everything happens in one Whoosh writer and one
commit, so a crash leaves the previous generation intact.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from whoosh.index import Index, LockError, clean_files

from .articles import parse_article
from .files import FileStat, FileText, Skipped, read_text, walk_articles
from .parallel import Built, build_segments_in_parallel, commit_with_segments
from .postings import encode_postings, text_terms
from .schema import build_schema
from .store import IndexBusyError

# Whoosh's posting buffer, split between the segment workers. Its own size
# estimate undercounts Python objects: at 160 a worker peaked at 164 MB on the
# 17,908-article corpus but ~230 MB at 4x, over the 500 MB budget for the
# whole build (parent + workers); 128 still gave 220 MB a worker at 4x.
WRITER_LIMIT_MB = 96
# Below this many files to (re)index, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 200


@dataclass(frozen=True)
class Indexed:
    """What the index recorded about a file when it last read it."""

    size: int
    mtime_ns: int
    digest: str

    def encode(self) -> bytes:
        return f"{self.size}:{self.mtime_ns}:{self.digest}".encode()

    @classmethod
    def decode(cls, raw: bytes) -> Indexed | None:
        try:
            size, mtime, digest = raw.decode().split(":")
            return cls(int(size), int(mtime), digest)
        except ValueError:
            return None


@dataclass(frozen=True)
class SyncProgress:
    done: int
    total: int
    path: str
    elapsed_s: float


@dataclass(frozen=True)
class FileWarning:
    path: str
    message: str


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    elapsed_s: float = 0.0
    cancelled: bool = False

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class SyncPlan:
    new: list[FileStat]
    changed: list[FileStat]  # stats differ: read and hash to decide
    deleted: list[str]
    unchanged: int


def normalize_folder(folder: str | os.PathLike) -> str:
    return os.path.realpath(os.path.expanduser(str(folder)))


def _under(path: str, folders: Iterable[str]) -> bool:
    return any(path == f or path.startswith(f.rstrip(os.sep) + os.sep) for f in folders)


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
            if _under(path, folders):
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


@dataclass(frozen=True)
class Prepared:
    """One article file turned into Whoosh fields, ready for the writer."""

    path: str
    doc: dict
    warnings: tuple[str, ...]
    digest: str


@lru_cache(maxsize=1)
def _formats() -> dict:
    schema = build_schema()
    return {name: schema[name].format for name in ("headline", "body", "exact")}


def make_document(fs: FileStat, folder: str, text: FileText) -> Prepared:
    """Whoosh fields for one article file, with postings already computed."""
    article = parse_article(text.text, fallback_headline=Path(fs.path).stem)
    formats = _formats()
    head_stems, head_exact = text_terms(article.headline)
    body_stems, body_exact = text_terms(article.body)
    doc = {
        "path": fs.path,
        "folder": folder,
        "headline": encode_postings(head_stems, formats["headline"]),
        "_stored_headline": article.headline,
        "body": encode_postings(body_stems, formats["body"]),
        "_stored_body": article.body,
        "exact": encode_postings(head_exact + body_exact, formats["exact"]),
        "has_time": article.has_time,
        "sync": Indexed(fs.size, fs.mtime_ns, text.digest).encode(),
    }
    if article.date is not None:
        doc["date"] = article.date
    return Prepared(fs.path, doc, article.warnings, text.digest)


def prepare(fs: FileStat, folder: str) -> Prepared | Skipped:
    """Read, parse and analyse one file; runs in worker processes (picklable in and out)."""
    text = read_text(fs.path)
    if isinstance(text, Skipped):
        return text
    return make_document(fs, folder, text)


def default_workers() -> int:
    configured = os.environ.get("TELUSUR_WORKERS")
    if configured and configured.isdigit():
        return int(configured)
    return max(1, min(4, os.cpu_count() or 1))


def _folder_of(path: str, folders: list[str]) -> str:
    return max((f for f in folders if _under(path, [f])), key=len, default="")


def sync_folders(
    ix: Index,
    folders: list[str],
    *,
    progress: Callable[[SyncProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    lock_timeout: float = 10.0,
    workers: int | None = None,
) -> SyncReport:
    """Bring the documents of ``folders`` in line with the files on disk.

    ``workers``: processes that each build a segment of new documents
    (default: one per core, up to 4; ``TELUSUR_WORKERS`` overrides). Small
    batches are indexed in this process.
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

    try:
        writer = ix.writer(timeout=lock_timeout, limitmb=WRITER_LIMIT_MB)
    except LockError as err:
        raise IndexBusyError("another indexing run is busy with this index; try again when it ends") from err
    try:
        indexed = indexed_files(ix, present)
        plan = plan_sync(on_disk, indexed)
        report.unchanged = plan.unchanged
        for path in plan.deleted:
            writer.delete_by_term("path", path)
            report.removed += 1
        todo = plan.new + plan.changed
        jobs = [(fs, _folder_of(fs.path, present)) for fs in todo]
        n_workers = default_workers() if workers is None else workers
        segments: list = []
        if n_workers > 1 and len(jobs) >= PARALLEL_MIN_FILES:

            def tick(done: int) -> None:
                if progress is not None:
                    progress(SyncProgress(done, len(todo), "", time.monotonic() - started))

            segments, outcomes, report.cancelled = build_segments_in_parallel(
                str(ix.storage.folder), jobs, n_workers, WRITER_LIMIT_MB, tick, should_cancel
            )
            for outcome in outcomes:
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
        if segments:
            commit_with_segments(writer, segments)
        elif report.changed or report.unchanged != plan.unchanged:
            writer.commit()
        else:
            _cancel_and_clean(writer)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    report.elapsed_s = time.monotonic() - started
    return report


def _record(
    item: Prepared | Built | Skipped,
    writer,
    indexed: dict[str, Indexed],
    report: SyncReport,
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
    if not added_elsewhere:
        writer.add_document(**item.doc)


def _cancel_and_clean(writer) -> None:
    """Cancel a writer that changed nothing, deleting files no generation uses.

    Whoosh removes unreferenced files only when it commits, so a run killed
    mid-write (and every cancelled writer) leaves segment files behind until
    the next change. Old leftovers go while the write lock is held, so no live
    writer's files are touched; this writer's own go after it closes them.
    """
    storage, name = writer.storage, writer.indexname
    clean_files(storage, name, writer.generation - 1, writer.segments)
    stale_tocs = [f for f in storage.list() if f.startswith(f"_{name}_") and ".toc." in f]  # never renamed
    own = writer.newsegment.segment_id() + "."
    writer.cancel()  # closing still writes this writer's (unused) segment files
    for filename in stale_tocs + [f for f in storage.list() if f.startswith(own)]:
        try:
            storage.delete_file(filename)
        except OSError:
            pass


def remove_folder_documents(
    ix: Index, folder: str, keep: list[str] = (), lock_timeout: float = 10.0
) -> int:
    """Delete the documents under ``folder`` (but not under the ``keep`` folders).

    Only the index changes; the files themselves are never touched.
    """
    folder = normalize_folder(folder)
    keep = [normalize_folder(f) for f in keep]
    try:
        writer = ix.writer(timeout=lock_timeout)
    except LockError as err:
        raise IndexBusyError("another indexing run is busy with this index; try again when it ends") from err
    try:
        removed = 0
        for path in indexed_files(ix, [folder]):
            if not _under(path, keep):
                removed += writer.delete_by_term("path", path)
        writer.commit()
    except BaseException:
        writer.cancel()
        raise
    return removed
