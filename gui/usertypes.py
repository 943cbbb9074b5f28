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
    NO_RESULTS = "no-results"
    QUERY_ERROR = "query-error"


class DatePreset(StrEnum):
    """The date filter's choices; the value is what the settings file keeps."""

    ALL = "all"
    TODAY = "today"
    LAST_7_DAYS = "7d"
    LAST_30_DAYS = "30d"
    THIS_YEAR = "year"
    CUSTOM = "custom"


class MessageLevel(StrEnum):
    """How serious a message-bar message is (sets its colour)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"
