"""A library: the folders a user indexes, and the one index built from them.

This is the face ``searcher/``, ``gui/`` and the command line use; they never
handle Whoosh writers or index files themselves.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from whoosh.index import Index

from .copies import copies_stamp, copy_groups, refresh_copies
from .paths import normalize_folder
from .records import SyncProgress, SyncReport
from .store import IndexDir, Rebuilt, default_index_dir, open_or_create
from .sync import remove_folder_documents, sync_folders


class Library:
    def __init__(self, index_dir: str | Path | None = None) -> None:
        self.dir = IndexDir(Path(index_dir) if index_dir else default_index_dir())
        self._ix: Index | None = None
        self._open_lock = threading.Lock()
        # Why the index was started over when it was last opened (None: it was fine);
        # ``rebuilt_reason.reason`` is a ``RebuildReason``.
        self.rebuilt_reason: Rebuilt | None = None
        self.needs_rebuild = False

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

    def document_count(self) -> int:
        with self.whoosh_index().searcher() as searcher:
            return searcher.doc_count()
