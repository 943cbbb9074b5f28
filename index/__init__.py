"""From article files on disk to a Whoosh index: finding, parsing, analysing, syncing."""
from .articles import Article, parse_article
from .dates import ParsedDate, parse_date
from .files import Skipped
from .library import Library
from .paths import is_under
from .records import FileWarning, SyncProgress, SyncReport
from .schema import EXACT_FIELD
from .store import (
    BUSY_MESSAGE,
    IndexBusyError,
    IndexDamagedError,
    IndexDirError,
    RebuildReason,
    Rebuilt,
    default_index_dir,
)

__all__ = [
    "BUSY_MESSAGE",
    "EXACT_FIELD",
    "Article",
    "FileWarning",
    "IndexBusyError",
    "IndexDamagedError",
    "IndexDirError",
    "Library",
    "ParsedDate",
    "RebuildReason",
    "Rebuilt",
    "Skipped",
    "SyncProgress",
    "SyncReport",
    "default_index_dir",
    "is_under",
    "parse_article",
    "parse_date",
]
