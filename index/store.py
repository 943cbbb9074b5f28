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
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index
from whoosh.util.filelock import FileLock

from .library_file import LibraryBusyError, LibraryContents, read_library, update_library
from .schema import build_schema, index_fingerprint

APP_NAME = "telusur"


BUSY_MESSAGE = "another indexing run is busy with this index; try again when it ends"


class IndexBusyError(RuntimeError):
    """Another process (or thread) is writing to this index."""

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


class RebuildReason(Enum):
    """Why an index was started over (empty) when it was opened."""

    NO_INDEX = "no index yet"
    OTHER_VERSION = "the index was built by another version of Telusur"
    UNREADABLE = "the index could not be opened"


class Rebuilt(str):
    """Why the index was started over: a ``reason`` to compare, and the message.

    A ``str`` (the message, with any ``detail`` in brackets) so callers that
    show, log or search the reason as text keep working; compare ``.reason``
    against ``RebuildReason`` members instead of matching the text.
    """

    reason: RebuildReason
    detail: str

    def __new__(cls, reason: RebuildReason, detail: str = "") -> Rebuilt:
        self = super().__new__(cls, f"{reason.value} ({detail})" if detail else reason.value)
        self.reason, self.detail = reason, detail
        return self

    def __reduce__(self):  # pickles as (reason, detail), not as the message
        return (Rebuilt, (self.reason, self.detail))


class IndexDirError(RuntimeError):
    """The index directory cannot be used (for example, it is a file)."""


def ensure_root(root: Path) -> None:
    """Create the index directory, or say plainly why it cannot be one."""
    if root.exists() and not root.is_dir():
        raise IndexDirError(f"the index location {root} is not a folder; give a folder or remove that file")
    root.mkdir(parents=True, exist_ok=True, mode=0o700)


def default_index_dir() -> Path:
    override = os.environ.get("TELUSUR_INDEX_DIR")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "index"


def _write_json(path: Path, data: object) -> None:
    """Atomic replace, so a crash leaves the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=path.name, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _read_json(path: Path) -> object | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
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
            raise IndexDirError(f"the index location {self.root} is not a folder; give a folder or remove that file")
        return read_library(self.library_file)

    def read_folders(self) -> list[str]:
        return self.read_library().folders

    def update_folders(self, change: Callable[[list[str]], list[str]]) -> LibraryContents:
        """Read-modify-write of the folder list under the library lock (see library_file)."""
        ensure_root(self.root)
        try:
            return update_library(self.library_file, change)
        except LibraryBusyError as err:
            raise IndexBusyError(str(err)) from None

    def write_folders(self, folders: list[str]) -> None:
        self.update_folders(lambda _current: folders)


@dataclass
class OpenedIndex:
    ix: Index
    # Why the index was (re)created empty, or None when it opened as it was.
    rebuilt_reason: Rebuilt | None


def _create(index_dir: IndexDir) -> Index:
    # Never delete an index another process is writing to (its writer holds this lock).
    writelock = FileLock(str(index_dir.whoosh / "MAIN_WRITELOCK"))
    if index_dir.whoosh.is_dir() and not writelock.acquire():
        raise IndexBusyError()
    if index_dir.whoosh.is_symlink() or index_dir.whoosh.is_file():
        index_dir.whoosh.unlink()  # something replaced the index folder: it is derived data
    shutil.rmtree(index_dir.whoosh, ignore_errors=True)
    if writelock.fd is not None:
        writelock.release()
    index_dir.whoosh.mkdir(parents=True, mode=0o700)
    os.chmod(index_dir.root, 0o700)
    ix = whoosh_index.create_in(str(index_dir.whoosh), build_schema())
    _write_json(index_dir.meta_file, index_fingerprint())
    return ix


def check_index(index_dir: IndexDir) -> tuple[Index | None, Rebuilt | None]:
    """The index if it is usable as it is, else None and the reason."""
    if not index_dir.whoosh.is_dir() or not any(index_dir.whoosh.glob("*.toc")):
        return None, Rebuilt(RebuildReason.NO_INDEX)
    meta = _read_json(index_dir.meta_file)
    if meta != index_fingerprint():
        return None, Rebuilt(RebuildReason.OTHER_VERSION)
    try:
        ix = whoosh_index.open_dir(str(index_dir.whoosh))
        with ix.searcher() as searcher:  # touches every segment's files
            searcher.doc_count()
            for fieldname in ("headline", "exact"):
                next(iter(searcher.lexicon(fieldname)), None)
    except Exception as err:  # any failure to read derived data means: rebuild
        return None, Rebuilt(RebuildReason.UNREADABLE, f"{type(err).__name__}: {err}")
    return ix, None


def open_or_create(index_dir: IndexDir) -> OpenedIndex:
    """Open the index, or start an empty one when it is missing, outdated or broken."""
    ix, reason = check_index(index_dir)
    if ix is not None:
        return OpenedIndex(ix, None)
    # One process at a time starts the index over; the others then find it made.
    ensure_root(index_dir.root)
    lock = FileLock(str(index_dir.root / "rebuild.lock"))
    lock.acquire(blocking=True)
    try:
        ix, _ = check_index(index_dir)
        return OpenedIndex(ix if ix is not None else _create(index_dir), reason)
    finally:
        lock.release()
