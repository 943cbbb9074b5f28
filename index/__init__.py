"""From article files on disk to a Whoosh index: finding, parsing, analysing, syncing."""
from .articles import Article, parse_article
from .dates import ParsedDate, parse_date
from .files import Skipped
from .library import Library
from .store import IndexBusyError, IndexDirError, default_index_dir
from .sync import FileWarning, SyncProgress, SyncReport

__all__ = [
    "Article",
    "FileWarning",
    "IndexBusyError",
    "IndexDirError",
    "Library",
    "ParsedDate",
    "Skipped",
    "SyncProgress",
    "SyncReport",
    "default_index_dir",
    "parse_article",
    "parse_date",
]
