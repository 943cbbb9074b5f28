"""Notices new or changed files in the library's folders, so the app can sync them.

QFileSystemWatcher watches single directories, so every subfolder is added (up
to a cap); bursts of events (a whole folder copied in) collapse into one sync
per library folder after a quiet moment. Listing the subfolders (up to 4,000)
runs off the GUI thread; only adding them to the watcher happens on it.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from telusur.index import is_under

from .background import Background

MAX_WATCHED_DIRS = 4000
QUIET_MS = 1500


def subfolders(folders: list[str], cap: int = MAX_WATCHED_DIRS) -> list[str]:
    """``folders`` and their subfolders (hidden ones left out), at most ``cap`` in all."""
    wanted: list[str] = []
    for folder in folders:
        for dirpath, dirnames, _ in os.walk(folder):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            wanted.append(dirpath)
            if len(wanted) >= cap:
                return wanted
    return wanted


class FolderWatcher(QObject):
    folderChanged = Signal(str)  # a library folder whose contents changed
    watching = Signal(int)  # how many folders are now watched (after a set_folders)

    def __init__(self, parent: QObject | None = None, quiet_ms: int = QUIET_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_change)
        self._folders: list[str] = []
        self._pending: set[str] = set()
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(quiet_ms)
        self._timer.timeout.connect(self._flush)
        self._walker = Background(self)
        self._walker.done.connect(self._walked)
        self._ticket = 0

    def set_folders(self, folders: list[str]) -> None:
        """Watch exactly these library folders (and their subfolders, listed in the background)."""
        self._folders = list(folders)
        listed = list(folders)
        self._ticket = self._walker.run(lambda: subfolders(listed))

    def _walked(self, ticket: int, wanted: list[str]) -> None:
        if ticket != self._ticket:
            return  # the folders changed again meanwhile
        # Only the difference: a folder watched before and after keeps its watch, so a file written
        # while the subfolders were listed again is not missed.
        watched, keep = set(self._watcher.directories()), set(wanted)
        gone = [d for d in watched if d not in keep]
        new = [d for d in wanted if d not in watched]
        if gone:
            self._watcher.removePaths(gone)
        if new:
            self._watcher.addPaths(new)
        self.watching.emit(len(wanted))

    def wait(self, msecs: int = 5000) -> bool:
        return self._walker.wait(msecs)

    def _on_change(self, path: str) -> None:
        for folder in self._folders:
            if is_under(path, folder):
                self._pending.add(folder)
        self._timer.start()

    def _flush(self) -> None:
        if self.paused:
            self._timer.start()
            return
        pending, self._pending = sorted(self._pending), set()
        for folder in pending:
            self.folderChanged.emit(folder)
        if pending:  # new subfolders may have appeared
            self.set_folders(self._folders)
