"""The GUI's closed sets: what a sync job does, how it failed, which empty state shows.

StrEnums, so their values are the strings the code used before (and tests or
settings that compare against ``"sync"`` keep working).
"""
from __future__ import annotations

from enum import StrEnum


class JobKind(StrEnum):
    """What a SyncJob does to the index."""

    OPEN = "open"  # open (or rebuild) the index at start-up
    SYNC = "sync"  # bring some folders (or all) up to date
    REMOVE = "remove"  # forget a folder: its documents leave the index


class FailureKind(StrEnum):
    """Why a SyncJob stopped; each gets its own message and way forward."""

    BUSY = "busy"  # another writer holds the index lock
    OS = "os"  # a file or folder could not be read or written
    ERROR = "error"  # anything else (a broken index, a bug)


class EmptyState(StrEnum):
    """What the results area says when it has no list to show."""

    OPENING = "opening"
    INDEXING = "indexing"
    EMPTY_LIBRARY = "empty-library"
    START = "start"
    FIRST_RUN = "first-run"  # only the bundled sample is indexed: say so, and how to add an archive
    NO_RESULTS = "no-results"
    NO_RESULTS_IN_DATES = "no-results-in-dates"  # the words match, only outside the date range
    QUERY_ERROR = "query-error"


class DatePreset(StrEnum):
    """Kinds of date-filter choice; a preset's key is the kind, plus ``:2019`` or ``:2019-09``.

    Presets follow the archive (its years and months), not today: an archive
    of 2019 news gets "2019" and "September 2019", never an empty "last 7 days".
    """

    ALL = "all"
    YEAR = "year"
    MONTH = "month"
    CUSTOM = "custom"


class MessageLevel(StrEnum):
    """How serious a message-bar message is (sets its colour)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
