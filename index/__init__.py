"""From article files on disk to a Whoosh index: finding, parsing, analysing, syncing."""
from .articles import Article, parse_article
from .dates import ParsedDate, parse_date
from .files import Skipped
from .library import Library
from .messages import ArticleWarning, CoreMessage, MessageCode, SkipReason, message_code
from .paths import is_under
from .records import FileWarning, SyncPhase, SyncProgress, SyncReport
from .schema import EXACT_FIELD
from .store import BUSY_MESSAGE, IndexBusyError, IndexDirError, RebuildReason, Rebuilt, default_index_dir

__all__ = [
    "BUSY_MESSAGE",
    "EXACT_FIELD",
    "Article",
    "ArticleWarning",
    "CoreMessage",
    "FileWarning",
    "IndexBusyError",
    "IndexDirError",
    "Library",
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
    "is_under",
    "message_code",
    "parse_article",
    "parse_date",
]
