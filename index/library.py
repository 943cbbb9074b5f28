"""A library: the folders a user indexes, and the one index built from them.

This is the face ``searcher/``, ``gui/`` and the command line use; they never
handle Whoosh writers or index files themselves.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from whoosh.index import Index

from .copies import copies_stamp, copy_groups, refresh_copies
from .keys import file_key, path_of_key
from .paths import folder_of, normalize_folder
from .records import SyncProgress, SyncReport
from .store import IndexDir, Rebuilt, _read_json, _write_json, default_index_dir, open_or_create
from .sync import remove_folder_documents, sync_folders

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


class Library:
    def __init__(self, index_dir: str | Path | None = None) -> None:
        self.dir = IndexDir(Path(index_dir) if index_dir else default_index_dir())
        self._ix: Index | None = None
        self._open_lock = threading.Lock()
        # Why the index was started over when it was last opened (None: it was fine);
        # ``rebuilt_reason.reason`` is a ``RebuildReason``.
        self.rebuilt_reason: Rebuilt | None = None
        self.needs_rebuild = False
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

    def whoosh_index(self) -> Index:
        """The open index; a missing, outdated or unreadable one is started over."""
        with self._open_lock:
            if self._ix is None:
                opened = open_or_create(self.dir)
                self._ix = opened.ix
                self.rebuilt_reason = opened.rebuilt_reason
                self.needs_rebuild = opened.rebuilt_reason is not None and bool(self.folders)
            return self._ix

    def open(self) -> Rebuilt | None:
        """Open (or start over) the index; returns why it was started over, if it was.

        The result is the message (a ``str``) with a ``.reason`` to compare,
        e.g. ``library.open().reason is RebuildReason.NO_INDEX`` on a first run.
        """
        self.whoosh_index()
        return self.rebuilt_reason

    def add_folders(self, folders: Sequence[str | os.PathLike[str]]) -> list[str]:
        """Add folders to the library; safe against other processes adding at the same time."""
        added = [normalize_folder(f) for f in folders]
        self.dir.update_folders(lambda current: current + added)
        return added

    def remove_folder(self, folder: str | os.PathLike[str]) -> int:
        """Forget a folder and drop its documents from the index (never its files)."""
        folder = normalize_folder(folder)
        remaining = self.dir.update_folders(lambda current: [f for f in current if f != folder]).folders
        try:
            self.sync_times.record([], datetime.now(), keep=remaining)
        except (OSError, ValueError):
            pass
        removed = remove_folder_documents(self.whoosh_index(), folder, keep=remaining)
        self.refresh_copies()
        return removed

    def sync(
        self,
        folders: Sequence[str | os.PathLike[str]] | None = None,
        progress: Callable[[SyncProgress], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
        lock_timeout: float = 10.0,
    ) -> SyncReport:
        """Sync ``folders`` (default: the whole library) into the index."""
        ix = self.whoosh_index()
        targets = [normalize_folder(f) for f in folders] if folders is not None else self.folders
        if self.needs_rebuild:
            targets = sorted(set(targets) | set(self.folders))
        report = sync_folders(ix, targets, progress=progress, should_cancel=should_cancel, lock_timeout=lock_timeout)
        if not report.cancelled:
            self.needs_rebuild = False
            self._stamp_synced(targets)
        self.refresh_copies()
        return report

    def refresh_copies(self) -> None:
        """Group the wire copies among articles added since the last refresh (copies.py)."""
        refresh_copies(self.whoosh_index(), self.dir.root)

    def copies_stamp(self) -> tuple[int, int] | None:
        """Changes whenever the copies store is rewritten (None: there is none yet)."""
        return copies_stamp(self.dir.root)

    def copy_groups(self) -> dict[str, str]:
        """Article key -> wire-copy group id, for every article that has a copy."""
        return copy_groups(self.dir.root)

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
        per_file: dict[str, int] = {}
        with self.whoosh_index().reader() as reader:
            if reader.doc_count():
                files = reader.column_reader("file")
                for docnum in reader.all_doc_ids():
                    key = files[docnum]
                    per_file[key] = per_file.get(key, 0) + 1
        for key, articles in per_file.items():
            owner = folder_of(path_of_key(key), folders)
            if owner:
                counts[owner] += articles
        times = self.sync_times.read()
        return [FolderStats(f, counts[f], times.get(f)) for f in folders]

    def document_count(self) -> int:
        with self.whoosh_index().searcher() as searcher:
            return searcher.doc_count()
