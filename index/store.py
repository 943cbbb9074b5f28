"""Where the index lives, and opening it: a broken or outdated index is rebuilt.

Layout of an index directory (never inside the user's article folders):
``library.json`` (the folders to index), ``schema.json`` (version and analysis
fingerprint of the index), ``whoosh/`` (the Whoosh index itself). Everything
but ``library.json`` is derived data and may be deleted at any time.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index
from whoosh.util.filelock import FileLock, try_for

from telusur import settings
from telusur.analysis.safe_write import fsync_dir, remove, write_json_atomic

from .library_file import LibraryBusyError, LibraryContents, read_library, update_library
from .messages import CoreMessage, IndexBusyError, IndexProblem, MessageCode, error_message
from .schema import build_schema, index_fingerprint
from .segments import damaged_segment_files

APP_NAME = "telusur"


REBUILD_BUSY_MESSAGE = CoreMessage(IndexProblem.REBUILD_BUSY)
# How long a writer waits for another one before saying "busy" (seconds).
DEFAULT_LOCK_TIMEOUT_S = settings.DEFAULT_LOCK_TIMEOUT_S


def lock_timeout() -> float:
    """The bounded wait for a lock; ``TELUSUR_LOCK_TIMEOUT`` overrides it (seconds)."""
    return settings.current().lock_timeout_s


class RebuildReason(MessageCode):
    """Why an index was started over (empty) when it was opened."""

    NO_INDEX = "no index yet"
    OTHER_VERSION = "the index was built by another version of Telusur"
    UNREADABLE = "the index could not be opened"
    DAMAGED = "the index is damaged (its files differ from the checksums recorded when they were written)"


class RebuildDetail(MessageCode):
    """A rebuild reason with the detail that explains it (a checksum mismatch, an error's text)."""

    WITH_DETAIL = "{reason} ({detail})"


class Rebuilt(CoreMessage):
    """Why the index was started over: a ``reason`` to compare, and the message.

    A ``CoreMessage`` (the message, with any ``detail`` in brackets) so callers
    that show, log or translate the reason keep working; compare ``.reason``
    against ``RebuildReason`` members instead of matching the text.
    """

    reason: RebuildReason
    detail: str

    def __new__(cls, reason: RebuildReason, detail: str = "") -> Rebuilt:
        if detail:
            self = super().__new__(cls, RebuildDetail.WITH_DETAIL, reason=CoreMessage(reason), detail=detail)
        else:
            self = super().__new__(cls, reason)
        self.reason, self.detail = reason, detail
        return self

    def __reduce__(self):  # pickles as (reason, detail), not as the message
        return (Rebuilt, (self.reason, self.detail))


class IndexDirError(RuntimeError):
    """The index directory cannot be used (for example, it is a file)."""


class IndexDamagedError(RuntimeError):
    """Reading the index failed (a checksum mismatch, undecodable data): rebuild it."""


def ensure_root(root: Path) -> None:
    """Create the index directory, or say plainly why it cannot be one."""
    if root.exists() and not root.is_dir():
        raise IndexDirError(CoreMessage(IndexProblem.DIR_NOT_FOLDER, path=str(root)))
    root.mkdir(parents=True, exist_ok=True, mode=0o700)


def default_index_dir() -> Path:
    override = settings.current().index_dir  # TELUSUR_INDEX_DIR
    if override is not None:
        return override
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "index"


def _write_json(path: Path, data: object) -> None:
    """Atomic, durable replace (``analysis/safe_write.py``)."""
    write_json_atomic(path, data, make_parent=True, clean_stale=True)


def _read_json(path: Path) -> object | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # nested too deeply to read: treated as unreadable
        return None


@dataclass(frozen=True)
class IndexDir:
    root: Path

    @property
    def whoosh(self) -> Path:
        return self.root / "whoosh"

    @property
    def meta_file(self) -> Path:
        return self.root / "schema.json"

    @property
    def library_file(self) -> Path:
        return self.root / "library.json"

    def read_library(self) -> LibraryContents:
        """The folders and any problem with ``library.json`` (an invalid file reads as empty)."""
        if self.root.exists() and not self.root.is_dir():
            raise IndexDirError(CoreMessage(IndexProblem.DIR_NOT_FOLDER, path=str(self.root)))
        return read_library(self.library_file)

    def read_folders(self) -> list[str]:
        return self.read_library().folders

    def update_folders(self, change: Callable[[list[str]], list[str]]) -> LibraryContents:
        """Read-modify-write of the folder list under the library lock (see library_file)."""
        ensure_root(self.root)
        try:
            return update_library(self.library_file, change)
        except LibraryBusyError as err:
            raise IndexBusyError(error_message(err)) from None

    def write_folders(self, folders: list[str]) -> None:
        self.update_folders(lambda _current: folders)


@dataclass
class OpenedIndex:
    ix: Index
    # Why the index was (re)created empty, or None when it opened as it was.
    rebuilt_reason: Rebuilt | None


def _create(index_dir: IndexDir) -> Index:
    """Start an empty index. The order makes every interrupted step read as "no index yet":
    the old fingerprint goes first, then the old tables of contents, and the new
    fingerprint is written before the new table of contents exists, so a kill
    never leaves a new index beside an old fingerprint.

    The folder is emptied in place while its write lock is held, never deleted:
    Windows cannot delete the open lock file (nor its folder), and another
    program (or this one's old searcher) may hold old segment files open there;
    those are left for the next writer's orphan clean-up.
    """
    whoosh = index_dir.whoosh
    if whoosh.is_symlink() or (whoosh.exists() and not whoosh.is_dir()):
        remove(whoosh)  # something replaced the index folder: it is derived data
    # Never empty an index another process is writing to (its writer holds this lock).
    writelock = FileLock(str(whoosh / "MAIN_WRITELOCK"))
    if whoosh.is_dir() and not writelock.acquire():
        raise IndexBusyError()
    try:
        index_dir.meta_file.unlink(missing_ok=True)
        if whoosh.is_dir():
            _empty_index_folder(whoosh, keep=Path(writelock.filename).name)
        whoosh.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(index_dir.root, 0o700)
        _write_json(index_dir.meta_file, index_fingerprint())
        ix = whoosh_index.create_in(str(whoosh), build_schema())
        fsync_dir(whoosh)
    finally:
        if writelock.fd is not None:
            writelock.release()
    return ix


def _empty_index_folder(folder: Path, *, keep: str) -> None:
    """Delete everything in ``folder`` but the lock file ``keep``.

    Tables of contents go first and must go (else the old index would still
    open); any other file another program holds open is left behind.
    """
    entries = sorted(os.scandir(folder), key=lambda e: (not e.name.endswith(".toc"), e.name))
    for entry in entries:
        if entry.name == keep:
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
            continue
        try:
            remove(entry.path)
        except OSError:
            if entry.name.endswith(".toc") or entry.name.startswith("_"):
                raise  # the old index, or its checksums, would survive the start-over


def verify_index(ix: Index) -> list[str]:
    """What differs from the checksums recorded at commit (empty: nothing found)."""
    return damaged_segment_files(ix)


def check_index(index_dir: IndexDir, *, checksums: bool = True) -> tuple[Index | None, Rebuilt | None]:
    """The index if it is usable as it is, else None and the reason.

    ``checksums``: also compare every segment file with the checksum recorded
    when it was committed (a segment is verified before it is first read).
    """
    if not index_dir.whoosh.is_dir() or not any(index_dir.whoosh.glob("*.toc")):
        return None, Rebuilt(RebuildReason.NO_INDEX)
    meta = _read_json(index_dir.meta_file)
    if meta is None and not index_dir.meta_file.exists():
        # A fingerprint is written before an index is created: none means a
        # start-over was interrupted, not an index from another version.
        return None, Rebuilt(RebuildReason.NO_INDEX)
    if meta != index_fingerprint():
        return None, Rebuilt(RebuildReason.OTHER_VERSION)
    try:
        ix = whoosh_index.open_dir(str(index_dir.whoosh))
        if checksums and (problems := verify_index(ix)):
            return None, Rebuilt(RebuildReason.DAMAGED, "; ".join(problems[:3]))
        with ix.searcher() as searcher:  # touches every segment's files
            searcher.doc_count()
            for fieldname in ("headline", "exact"):
                next(iter(searcher.lexicon(fieldname)), None)
    except Exception as err:  # any failure to read derived data means: rebuild
        return None, Rebuilt(RebuildReason.UNREADABLE, f"{type(err).__name__}: {err}")
    return ix, None


def open_or_create(
    index_dir: IndexDir, *, wait: float | None = None, damaged: Rebuilt | None = None
) -> OpenedIndex:
    """Open the index, or start an empty one when it is missing, outdated or broken.

    ``wait``: how long to wait for another process that is starting the index
    over (default ``lock_timeout()``; 0 for a search, which never waits for a
    writer); after it, ``IndexBusyError``. ``damaged``: a reason found while
    reading (a decode error): start over even if the index now looks fine.
    """
    ix, reason = (None, damaged) if damaged is not None else check_index(index_dir)
    if ix is not None:
        return OpenedIndex(ix, None)
    # One process at a time starts the index over; the others then find it made.
    ensure_root(index_dir.root)
    lock = FileLock(str(index_dir.root / "rebuild.lock"))
    timeout = lock_timeout() if wait is None else wait
    if not try_for(lock.acquire, timeout=timeout, delay=0.05):
        raise IndexBusyError(REBUILD_BUSY_MESSAGE)
    try:
        ix = None if damaged is not None else check_index(index_dir)[0]
        return OpenedIndex(ix if ix is not None else _create(index_dir), reason)
    finally:
        lock.release()
