"""Notices new or changed files in the library's folders, so the app can sync them.

QFileSystemWatcher watches single directories, so every subfolder is added (up
to a cap); bursts of events (a whole folder copied in) collapse into one sync
per library folder after a quiet moment.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from telusur.index import is_under

MAX_WATCHED_DIRS = 4000
QUIET_MS = 1500


class FolderWatcher(QObject):
    folderChanged = Signal(str)  # a library folder whose contents changed

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

    def set_folders(self, folders: list[str]) -> None:
        """Watch exactly these library folders (and their subfolders)."""
        dirs = self._watcher.directories()
        if dirs:
            self._watcher.removePaths(dirs)
        self._folders = list(folders)
        wanted: list[str] = []
        for folder in self._folders:
            for dirpath, dirnames, _ in os.walk(folder):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                wanted.append(dirpath)
                if len(wanted) >= MAX_WATCHED_DIRS:
                    break
        if wanted:
            self._watcher.addPaths(wanted)

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
