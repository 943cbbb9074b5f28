"""Which months the index holds articles in, read off the GUI thread after each index change.

The date filter's presets and its calendars' opening month come from here;
the engine computes the months from its cached date column, but the first
call after a commit rebuilds that copy, so it runs in the background.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from telusur.searcher import MonthCount, SearchEngine

log = logging.getLogger(__name__)


class _Signals(QObject):
    done = Signal(int, object)  # ticket, tuple[MonthCount, ...]


class _MonthsTask(QRunnable):
    def __init__(self, engine: SearchEngine, ticket: int, signals: _Signals) -> None:
        super().__init__()
        self.engine, self.ticket, self.signals = engine, ticket, signals

    def run(self) -> None:  # noqa: D401 - QRunnable API
        try:
            months = self.engine.article_months()
        except Exception:  # a broken index shows up in the search; the filter just keeps its presets
            log.exception("reading the archive's months failed")
            return
        self.signals.done.emit(self.ticket, months)


class ArchiveMonths(QObject):
    """``refresh()`` after the index changes; ``loaded`` brings the months, newest first."""

    loaded = Signal(object)  # tuple[MonthCount, ...]

    def __init__(self, engine: SearchEngine, parent: QObject | None = None, *, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.months: tuple[MonthCount, ...] = ()
        self._ticket = 0
        # ``pool``: the search thread's own (SearchRunner.pool), where a page typed meanwhile goes
        # first; on a pool of its own the date column's first read (0.2-0.3 s) held the engine's
        # lock while the first query after launch waited for it.
        self._pool = pool if pool is not None else QThreadPool(self)
        if pool is None:
            self._pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)

    def refresh(self) -> None:
        self._ticket += 1
        self._pool.start(_MonthsTask(self.engine, self._ticket, self._signals))

    def _done(self, ticket: int, months: Iterable[MonthCount]) -> None:
        if ticket == self._ticket:  # an older answer may describe an older index
            self.months = tuple(months)
            self.loaded.emit(self.months)

    def wait(self, msecs: int = 5000) -> bool:
        return self._pool.waitForDone(msecs)
