"""One index generation as searches see it: the searcher and the columns read from it.

Every result set of a generation shares one snapshot, so the per-document
columns (dates, sources, keys and copy groups) are read once per generation
whatever asks for them: the list, an export, a saved search or the timeline.
A snapshot stays open while anything still holds it (an export running over
a sync that committed a new generation) and closes when the last holder lets
go, so a long read never meets a searcher closed under it.
"""
from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

from whoosh.searching import Searcher

from .date_column import DateColumn
from .day_ranges import DayRange
from .facets import ArticleColumns
from .grouping import GroupColumn


def _close_quietly(searcher: Searcher) -> None:
    try:
        searcher.close()
    except Exception:  # closing damaged files may fail again; nothing to keep
        pass


class Snapshot:
    """One generation's searcher, its lock, and its columns (each read when first needed)."""

    def __init__(
        self,
        searcher: Searcher,
        lock: threading.RLock,
        copy_groups: Callable[[], dict[str, str]],
        copies_stamp: Callable[[], object],
    ) -> None:
        self.searcher = searcher
        # Whoosh readers share file positions: every read of this searcher holds the lock.
        self.lock = lock
        self._copy_groups, self._copies_stamp = copy_groups, copies_stamp
        self._dates: DateColumn | None = None
        self._columns: ArticleColumns | None = None
        self._groups: GroupColumn | None = None
        self._groups_stamp: object = None
        self._close = weakref.finalize(self, _close_quietly, searcher)

    @property
    def generation(self) -> int:
        return int(self.searcher.reader().generation())

    def is_current(self) -> bool:
        """True while no commit has made a newer generation."""
        return bool(self.searcher.up_to_date())

    def close(self) -> None:
        """Close now (the engine drops a damaged or replaced snapshot nobody reads)."""
        self._close()

    @property
    def closed(self) -> bool:
        return not self._close.alive

    def dates(self) -> DateColumn:
        if self._dates is None:
            self._dates = DateColumn.read(self.searcher)
        return self._dates

    def columns(self) -> ArticleColumns:
        """Source and day of every document."""
        if self._columns is None:
            self._columns = ArticleColumns.read(self.searcher)
        return self._columns

    def groups(self) -> GroupColumn:
        """Each document's key and wire-copy group (re-read when the copies store changes)."""
        stamp = self._copies_stamp()
        if self._groups is None or self._groups_stamp != stamp:
            self._groups = GroupColumn.read(self.searcher, self._copy_groups())
            self._groups_stamp = stamp
        return self._groups

    def within(self, days: DayRange) -> set[int] | None:
        """Documents dated within ``days``, or None when the range is open."""
        if days.is_open:
            return None
        return self.dates().within(days)

    def only(self, days: DayRange, sources: tuple[str, ...]) -> set[int] | None:
        """Documents within the date range and from the sources, or None for no filter."""
        only = self.within(days)
        if sources:
            from_sources = self.columns().with_sources(sources)
            only = from_sources if only is None else only & from_sources
        return only
