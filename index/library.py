"""A library: the folders a user indexes, and the one index built from them.

This is the face ``searcher/``, ``gui/`` and the command line use; they never
handle Whoosh writers or index files themselves.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from pathlib import Path

from whoosh.index import Index
from whoosh.reading import IndexReader

from telusur.analysis.acronym_table import AcronymTable, Expansions

from .acronym_store import load_expansions, load_table, refresh_table
from .checksums import note_damage
from .copies import copies_stamp, copy_groups, refresh_copies
from .keys import file_key, path_of_key
from .messages import CoreMessage, IndexBusyError, IndexDamage, IndexProblem, os_reason
from .paths import folder_of, normalize_folder, same_folder
from .segments import clean_unused_files
from .store import (
    IndexDir,
    RebuildReason,
    Rebuilt,
    _read_json,
    _write_json,
    check_index,
    default_index_dir,
    open_or_create,
)
from .store import lock_timeout as _lock_timeout
from .sync import files_in_index, remove_folder_documents, sync_folders
from .sync_records import SyncProgress, SyncReport

SYNONYMS_FILE = "synonyms.txt"
# Beside library.json, not in it: when each folder's last sync completed.
# Derived and disposable (a lost file only blanks the times), written atomically.
SYNC_TIMES_FILE = "sync-times.json"


@dataclass(frozen=True)
class FolderStats:
    """One library folder as a library manager shows it."""

    folder: str
    articles: int  # documents in the index from this folder (innermost folder wins)
    last_sync: datetime | None  # local time the last complete sync of it ended; None: never


class SyncTimes:
    """Folder -> ISO time of its last complete sync, in ``sync-times.json``.

    Folders are written as file keys (keys.file_key), so a folder name that is
    not UTF-8 (surrogate-escaped) is kept losslessly in the JSON.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> dict[str, datetime]:
        data = _read_json(self.path)
        times: dict[str, datetime] = {}
        for key, text in (data.items() if isinstance(data, dict) else ()):
            try:
                times[path_of_key(key)] = datetime.fromisoformat(text)
            except (TypeError, ValueError):
                continue
        return times

    def record(self, folders: Sequence[str], when: datetime, *, keep: Sequence[str]) -> None:
        """Stamp ``folders`` with ``when``; entries of folders not in ``keep`` are dropped."""
        times = {f: t for f, t in self.read().items() if f in keep}
        times.update({f: when for f in folders if f in keep})
        _write_json(self.path, {file_key(f): t.isoformat(timespec="seconds") for f, t in sorted(times.items())})


@dataclass(frozen=True)
class IndexCheck:
    """What ``telusur check`` found: is there an index, and what is wrong with it."""

    exists: bool
    problems: list[str] = field(default_factory=list)
    articles: int = 0


class OpenState(Enum):
    """What opening the library's index came to (``Library.open_index``)."""

    READY = "ready"  # it can be read: it was fine, or was made empty with nothing (yet) to sync it from
    REBUILT = "rebuilt"  # it was started over and synced from the library's folders
    TO_REBUILD = "to_rebuild"  # it was started over; the caller syncs (``sync=False``)
    BUSY = "busy"  # it was started over, but another process is writing: what is there is read


@dataclass(frozen=True)
class Opened:
    """The outcome of ``Library.open_index``: the state, why it was started over, the sync's report."""

    state: OpenState
    reason: Rebuilt | None = None  # why it was started over when this library opened it (None: it was fine)
    report: SyncReport | None = None  # the rebuild's sync, when one ran

    @property
    def started_over(self) -> bool:
        """The index was started over for a reason worth telling (not a first run's new index)."""
        return self.reason is not None and self.reason.reason is not RebuildReason.NO_INDEX


class Library:
    def __init__(self, index_dir: str | Path | None = None) -> None:
        self.dir = IndexDir(Path(index_dir) if index_dir else default_index_dir())
        self._ix: Index | None = None
        self._open_lock = threading.Lock()
        # Why the index was started over when it was last opened (None: it was fine);
        # ``rebuilt_reason.reason`` is a ``RebuildReason``.
        self.rebuilt_reason: Rebuilt | None = None
        self.needs_rebuild = False
        self._damaged: Rebuilt | None = None  # a read error's reason, until the start-over
        self.sync_times = SyncTimes(self.dir.root / SYNC_TIMES_FILE)

    @property
    def index_dir(self) -> Path:
        return self.dir.root

    @property
    def folders(self) -> list[str]:
        """The library's folders; an invalid ``library.json`` reads as none (see ``library_problem``)."""
        return self.dir.read_folders()

    @property
    def library_problem(self) -> str | None:
        """What is wrong with ``library.json``, as a sentence, or None when it is fine."""
        contents = self.dir.read_library()
        if contents.valid:
            return None
        return f"{self.dir.library_file} is not a valid library: {'; '.join(contents.problems)}"

    def whoosh_index(self, *, wait: float | None = None) -> Index:
        """The open index; a missing, outdated, unreadable or damaged one is started over.

        ``wait``: the bounded wait for another process starting the index over
        (default: ``lock_timeout()``; a search passes 0: it never waits for a
        writer). An index folder deleted while open is noticed here and rebuilt.
        """
        with self._open_lock:
            if self._damaged is not None:
                self._ix = None
                self._open(wait, damaged=self._damaged)
                self._damaged = None
            if self._ix is not None and self.index_missing():
                self._ix = None  # deleted under us (by hand, or a cleaner): start over
            if self._ix is None:
                self._open(wait, damaged=None)
            assert self._ix is not None
            return self._ix

    def index_missing(self) -> bool:
        """The index folder or its table of contents is gone (deleted while in use)."""
        try:
            return not any(n.endswith(".toc") for n in os.listdir(self.dir.whoosh))
        except OSError:
            return True

    def _open(self, wait: float | None, damaged: Rebuilt | None) -> None:
        opened = open_or_create(self.dir, wait=wait, damaged=damaged)
        self._ix = opened.ix
        self.rebuilt_reason = opened.rebuilt_reason
        self.needs_rebuild = opened.rebuilt_reason is not None and bool(self.folders)

    def open(self, *, wait: float | None = None) -> Rebuilt | None:
        """Open (or start over) the index; returns why it was started over, if it was.

        The result is the message (a ``str``) with a ``.reason`` to compare,
        e.g. ``library.open().reason is RebuildReason.NO_INDEX`` on a first run.
        """
        self.whoosh_index(wait=wait)
        return self.rebuilt_reason

    def open_index(
        self,
        *,
        wait: float | None = None,
        sync: bool = True,
        sync_new: bool = True,
        sync_wait: float | None = None,
        damaged: str | None = None,
        before_sync: Callable[[Rebuilt], None] | None = None,
    ) -> Opened:
        """Open the index, syncing it from the library's folders when it had to be started over.

        The one open -> check -> sync sequence every command and the app use.
        ``wait``: the bounded wait to open (``whoosh_index``; a search passes 0).
        ``sync=False``: only report ``TO_REBUILD``, the caller syncs (the app,
        in its queue, with progress). ``sync_new=False``: a missing index is
        left to the first indexing run (it may be starting now) rather than
        synced here. ``sync_wait``: the sync's lock timeout; when another
        process holds the writer the outcome is ``BUSY``. ``damaged``: a read
        error's detail; the index is started over first. ``before_sync`` is
        told the reason just before a rebuild's sync starts.
        """
        if damaged is not None:
            self.mark_damaged(damaged)
        self.whoosh_index(wait=wait)
        reason = self.rebuilt_reason
        if reason is None or not self.needs_rebuild:  # fine, or nothing to sync it from
            return Opened(OpenState.READY, reason)
        if not sync_new and reason.reason is RebuildReason.NO_INDEX:
            return Opened(OpenState.READY, reason)
        if not sync:
            return Opened(OpenState.TO_REBUILD, reason)
        if before_sync is not None:
            before_sync(reason)
        try:
            report = self.sync(lock_timeout=sync_wait)
        except IndexBusyError:
            return Opened(OpenState.BUSY, reason)
        return Opened(OpenState.REBUILT, reason, report)

    def mark_damaged(self, detail: str) -> Rebuilt:
        """Note a read error: the next open starts the index over (``damaged`` until then)."""
        reason = Rebuilt(RebuildReason.DAMAGED, detail)
        with self._open_lock:
            self._damaged = reason
        return reason

    @property
    def damaged(self) -> bool:
        """A read error was met and the index has not been started over yet."""
        return self._damaged is not None

    def start_over_damaged(self, detail: str) -> Rebuilt:
        """Start the index over after a read error; the caller then syncs (``needs_rebuild``)."""
        reason = self.mark_damaged(detail)
        self.whoosh_index()
        return reason

    def check(self) -> IndexCheck:
        """Everything wrong with the index, read in full.

        Verifies every segment file against its checksum, then reads every
        stored article and every term list, as a search eventually would.
        """
        ix, reason = check_index(self.dir)  # checksums, as every open does
        if ix is None:
            exists = reason is not None and reason.reason is not RebuildReason.NO_INDEX
            return IndexCheck(exists=exists, problems=[str(reason)] if exists else [])
        problems: list[str] = []
        articles = 0
        try:
            with ix.searcher() as searcher:
                reader = searcher.reader()
                articles = reader.doc_count()
                for _ in reader.iter_docs():
                    pass
                for fieldname in ("headline", "body", "exact", "file"):
                    for _term in reader.lexicon(fieldname):
                        pass
                for fieldname in ("headline", "body"):
                    for term in reader.lexicon(fieldname):
                        for _ in reader.postings(fieldname, term).all_ids():
                            pass
                if articles:  # an empty index (a search made it before any sync) has no columns
                    columns = (reader.column_reader("file"), reader.column_reader("sync"))
                    for docnum in reader.all_doc_ids():
                        for column in columns:
                            column[docnum]
        except Exception as err:  # any decode failure of derived data
            problems.append(f"{type(err).__name__}: {err}")
        if problems:  # what the checksums missed: the next open (``telusur index``) rebuilds
            try:
                note_damage(self.dir.whoosh, ix.indexname, problems[0])
            except OSError as err:
                problems.append(CoreMessage(IndexDamage.NOT_NOTED, error=os_reason(err) if err.strerror else str(err)))
        return IndexCheck(exists=True, problems=problems, articles=articles)

    def add_folders(self, folders: Sequence[str | os.PathLike[str]]) -> list[str]:
        """Add folders to the library; safe against other processes adding at the same time."""
        added = [normalize_folder(f) for f in folders]
        self.dir.update_folders(lambda current: current + added)
        return added

    def remove_folder(self, folder: str | os.PathLike[str]) -> int:
        """Forget a folder and drop its documents from the index (never its files)."""
        folder = normalize_folder(folder)
        if self.dir.whoosh.is_dir():
            # A full disk left by a failed run must not stop the removal that frees space.
            clean_unused_files(self.whoosh_index())
        remaining = self.dir.update_folders(lambda current: [f for f in current if not same_folder(f, folder)]).folders
        try:
            self.sync_times.record([], datetime.now(), keep=remaining)
        except (OSError, ValueError):
            pass
        try:
            removed = remove_folder_documents(self.whoosh_index(), folder, keep=remaining, lock_timeout=_lock_timeout())
        except IndexBusyError:
            # The library no longer lists the folder: the next sync drops its articles.
            raise IndexBusyError(CoreMessage(IndexProblem.BUSY_REMOVED, folder=folder)) from None
        self._refresh_acronyms()
        self.refresh_copies()
        return removed

    def sync(
        self,
        folders: Sequence[str | os.PathLike[str]] | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
        lock_timeout: float | None = None,
    ) -> SyncReport:
        """Sync ``folders`` (default: the whole library) into the index.

        Every sync also drops the articles of folders the library no longer
        lists (a removal that was interrupted, or lost to a race), so the index
        converges on the library whatever happened before.
        """
        ix = self.whoosh_index()
        generation = ix.latest_generation()
        targets = [normalize_folder(f) for f in folders] if folders is not None else self.folders
        if self.needs_rebuild:
            targets = sorted(set(targets) | set(self.folders))
        report = sync_folders(
            ix, targets, progress=progress, should_cancel=should_cancel,
            lock_timeout=_lock_timeout() if lock_timeout is None else lock_timeout,
            library_folders=self._valid_folders,
        )
        if not report.cancelled:
            self.needs_rebuild = False
            self._stamp_synced(targets)
        if ix.latest_generation() != generation:  # a sync that committed nothing leaves the table as it was
            self._refresh_acronyms()
        self.refresh_copies()  # also cheap when nothing changed, and repairs a damaged store
        return report

    def refresh_copies(self) -> None:
        """Group the wire copies among articles added since the last refresh (copies.py)."""
        refresh_copies(self.whoosh_index(), self.dir.root)

    def copies_stamp(self) -> tuple[int, ...] | None:
        """Changes whenever the copies store is rewritten (None: there is none yet)."""
        return copies_stamp(self.dir.root)

    def copy_groups(self) -> dict[str, str]:
        """Article key -> wire-copy group id, for every article that has a copy."""
        return copy_groups(self.dir.root)

    def _valid_folders(self) -> list[str] | None:
        """The library's folders, or None when ``library.json`` is invalid (then nothing is dropped)."""
        contents = self.dir.read_library()
        return contents.folders if contents.valid else None

    def _stamp_synced(self, folders: Sequence[str]) -> None:
        try:
            synced = [f for f in folders if os.path.isdir(f)]  # a missing folder was not read
            self.sync_times.record(synced, datetime.now().replace(microsecond=0), keep=self.folders)
        except (OSError, ValueError):
            pass  # the times are a courtesy; the sync itself succeeded

    def folder_stats(self) -> list[FolderStats]:
        """Each library folder with its article count and last sync time, in library order.

        Counts come from the file column (one pass over live documents; a data
        set's records count one each), each file going to the innermost library
        folder that holds it.
        """
        folders = self.folders
        counts = dict.fromkeys(folders, 0)
        for key, indexed in files_in_index(self.whoosh_index()).items():
            owner = folder_of(path_of_key(key), folders)
            if owner:
                counts[owner] += indexed.articles
        times = self.sync_times.read()
        return [FolderStats(f, counts[f], times.get(f)) for f in folders]

    def _refresh_acronyms(self) -> None:
        """After a commit: write the acronym table beside the index (derived data).

        A failure here must not fail the sync that committed: the next search
        computes the table again from the index.
        """
        try:
            refresh_table(self.whoosh_index(), self.index_dir)
        except Exception:  # noqa: BLE001 - derived data, rebuilt on the next read
            pass

    @property
    def synonyms_file(self) -> Path:
        """The user's synonym file (it may not exist): beside the index, read at query time."""
        return self.index_dir / SYNONYMS_FILE

    def acronym_table(self, reader: IndexReader | None = None) -> AcronymTable:
        """Acronyms learnt from the archive, for ``reader``'s generation (default: the newest)."""
        if reader is not None:
            return load_table(reader, self.index_dir)
        return refresh_table(self.whoosh_index(), self.index_dir)

    def acronym_expansions(self, reader: IndexReader) -> Expansions:
        """The acronyms that expand queries, decided for ``reader``'s generation (cached beside the index)."""
        return load_expansions(reader, self.index_dir)

    def document_count(self) -> int:
        with self.whoosh_index().searcher() as searcher:
            return searcher.doc_count()
