"""From article files on disk to a Whoosh index: finding, parsing, analysing, syncing."""
from .article_dates import ParsedDate, parse_date
from .articles import Article, parse_article
from .files import Skipped
from .formats import Format
from .keys import doc_key, file_key, is_utf8_safe, path_of_key
from .library import FolderStats, Library, Opened, OpenState
from .library_file import display_path
from .messages import (
    BUSY_MESSAGE,
    ArticleWarning,
    CoreMessage,
    IndexBusyError,
    MessageCode,
    SkipReason,
    error_message,
    message_code,
)
from .paths import is_under
from .schema import EXACT_FIELD
from .store import (
    IndexDamagedError,
    IndexDirError,
    RebuildReason,
    Rebuilt,
    default_index_dir,
)
from .sync_records import FileWarning, SyncPhase, SyncProgress, SyncReport

__all__ = [
    "BUSY_MESSAGE",
    "EXACT_FIELD",
    "Article",
    "ArticleWarning",
    "CoreMessage",
    "FileWarning",
    "FolderStats",
    "Format",
    "IndexBusyError",
    "IndexDamagedError",
    "IndexDirError",
    "Library",
    "OpenState",
    "Opened",
    "MessageCode",
    "ParsedDate",
    "RebuildReason",
    "Rebuilt",
    "SkipReason",
    "Skipped",
    "SyncPhase",
    "SyncProgress",
    "SyncReport",
    "default_index_dir",
    "display_path",
    "doc_key",
    "file_key",
    "is_under",
    "is_utf8_safe",
    "message_code",
    "error_message",
    "parse_article",
    "parse_date",
    "path_of_key",
]
