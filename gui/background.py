"""Side work off the GUI thread (related articles, saved-search badges, export).

Its own one-thread pool, apart from the SearchRunner's, so this work queues
behind itself and never ahead of a keystroke's search. Each call gets a
ticket; the owner keeps only the newest answer of a kind.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from telusur.index import error_message

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object)  # ticket, value
    failed = Signal(int, object)  # ticket, message (str; a CoreMessage keeps its code)


class _Task(QRunnable):
    def __init__(self, ticket: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.ticket, self.work, self.signals = ticket, work, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        try:
            value = self.work()
        except Exception as err:  # a broken index must not kill the thread
            log.exception("background work failed")
            self.signals.failed.emit(self.ticket, error_message(err))
            return
        self.signals.done.emit(self.ticket, value)


class Background(QObject):
    """Runs callables one at a time; ``done``/``failed`` arrive in the GUI thread."""

    done = Signal(int, object)
    failed = Signal(int, object)  # ticket, message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self.done)
        self._signals.failed.connect(self.failed)
        self.ticket = 0

    def run(self, work: Callable[[], Any]) -> int:
        self.ticket += 1
        self._pool.start(_Task(self.ticket, work, self._signals))
        return self.ticket

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
