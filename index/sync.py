"""Incremental sync: make the index hold exactly the article files of some folders.

Cheap checks first: a file whose size and mtime match what the index recorded
is not opened at all. Changed stats lead to a content hash, so a ``touch`` is
told apart from an edit. Everything happens in one Whoosh writer and one
commit, so a crash leaves the previous generation intact.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from whoosh.index import Index, LockError, clean_files

from .articles import parse_article
from .files import FileStat, FileText, Skipped, read_text, walk_articles
from .store import IndexBusyError

WRITER_LIMIT_MB = 256


@dataclass(frozen=True)
class Indexed:
    """What the index recorded about a file when it last read it."""

    size: int
    mtime_ns: int
    digest: str

    def encode(self) -> bytes:
        return f"{self.size}:{self.mtime_ns}:{self.digest}".encode()

    @classmethod
    def decode(cls, raw: bytes) -> "Indexed | None":
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


def make_document(fs: FileStat, folder: str, text: FileText) -> tuple[dict, tuple[str, ...]]:
    """Whoosh fields for one article file, and the parser's warnings."""
    article = parse_article(text.text, fallback_headline=Path(fs.path).stem)
    doc = {
        "path": fs.path,
        "folder": folder,
        "headline": article.headline,
        "body": article.body,
        "exact": article.headline + "\n\n" + article.body,
        "has_time": article.has_time,
        "sync": Indexed(fs.size, fs.mtime_ns, text.digest).encode(),
    }
    if article.date is not None:
        doc["date"] = article.date
    return doc, article.warnings


def _folder_of(path: str, folders: list[str]) -> str:
    return max((f for f in folders if _under(path, [f])), key=len, default="")


def sync_folders(
    ix: Index,
    folders: list[str],
    *,
    progress: Callable[[SyncProgress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    lock_timeout: float = 10.0,
) -> SyncReport:
    """Bring the documents of ``folders`` in line with the files on disk."""
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
        todo = [(fs, False) for fs in plan.new] + [(fs, True) for fs in plan.changed]
        last_report = 0.0
        for done, (fs, existed) in enumerate(todo):
            if should_cancel is not None and should_cancel():
                report.cancelled = True
                break
            now = time.monotonic()
            if progress is not None and (now - last_report > 0.1 or done == 0):
                progress(SyncProgress(done, len(todo), fs.path, now - started))
                last_report = now
            text = read_text(fs.path)
            if isinstance(text, Skipped):
                report.skipped.append(text)
                if existed:  # it was indexed, but can no longer be read
                    writer.delete_by_term("path", fs.path)
                    report.removed += 1
                continue
            doc, warnings = make_document(fs, _folder_of(fs.path, present), text)
            report.warnings.extend(FileWarning(fs.path, w) for w in warnings)
            if existed:
                writer.update_document(**doc)
                if indexed[fs.path].digest == text.digest:
                    report.unchanged += 1  # touched, not edited
                else:
                    report.updated += 1
            else:
                writer.add_document(**doc)
                report.added += 1
        if progress is not None:
            progress(SyncProgress(len(todo), len(todo), "", time.monotonic() - started))
        if report.changed or report.unchanged != plan.unchanged:
            writer.commit()
        else:
            _cancel_and_clean(writer)
    except BaseException:
        writer.cancel()
        raise
    report.elapsed_s = time.monotonic() - started
    return report


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
