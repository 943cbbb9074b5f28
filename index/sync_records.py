"""The records a sync reads and produces, shared by the sync, its workers and callers.

Kept apart from the code that makes them so the worker processes, the sync and
the GUI or command line can all import them without importing each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .files import FileStat, Skipped


@dataclass(frozen=True)
class Indexed:
    """What the index recorded about a file when it last read it."""

    size: int
    mtime_ns: int
    digest: str
    ctime_ns: int = 0
    inode: int = 0

    def encode(self) -> bytes:
        """The ``sync`` column's value (the index's format: changing it means a rebuild)."""
        return f"{self.size}:{self.mtime_ns}:{self.ctime_ns}:{self.inode}:{self.digest}".encode()

    @classmethod
    def decode(cls, raw: bytes) -> Indexed | None:
        try:
            size, mtime, ctime, inode, digest = raw.decode().split(":")
            return cls(int(size), int(mtime), digest, int(ctime), int(inode))
        except ValueError:
            return None

    @classmethod
    def of(cls, fs: FileStat, digest: str) -> Indexed:
        return cls(fs.size, fs.mtime_ns, digest, fs.ctime_ns, fs.inode)

    def same_stats(self, fs: FileStat) -> bool:
        """True when the file looks untouched: it is then not opened at all.

        Size and mtime alone miss an edit that keeps both (``cp -p`` of a
        corrected copy, a tool restoring mtimes); the change time cannot be
        set by a user, and a replaced file has a new inode.
        """
        return (self.size, self.mtime_ns, self.ctime_ns, self.inode) == (
            fs.size,
            fs.mtime_ns,
            fs.ctime_ns,
            fs.inode,
        )


@dataclass(frozen=True)
class IndexedFile:
    """One file as the index holds it: its recorded stats and how many articles it gave."""

    indexed: Indexed
    articles: int = 1


@dataclass(frozen=True)
class Built:
    """A file that a worker process added to its own segment (its articles, not the documents)."""

    path: str
    warnings: tuple[str, ...]
    digest: str
    articles: int = 1
    skipped: tuple[Skipped, ...] = ()  # records of a data set that gave no article


class SyncPhase(Enum):
    """What a sync is doing: reading files, then writing the index (commit and segment merge).

    The commit can take a good part of a large run with no file to count, so
    it is reported as its own step rather than as a progress bar stuck near 100 %.
    """

    READING = "reading"
    COMMITTING = "committing"
    # Cancelled: no file is read any more; what was indexed so far is being written and committed.
    STOPPED = "stopped"


@dataclass(frozen=True)
class SyncProgress:
    done: int
    total: int
    path: str
    elapsed_s: float
    phase: SyncPhase = SyncPhase.READING


@dataclass(frozen=True)
class FileWarning:
    path: str
    message: str


@dataclass
class SyncReport:
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[FileWarning] = field(default_factory=list)
    elapsed_s: float = 0.0
    cancelled: bool = False
    # Plain sentences about the run itself (a worker process that was killed, …).
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(frozen=True)
class SyncPlan:
    new: list[FileStat]
    changed: list[FileStat]  # stats differ: read and hash to decide
    deleted: list[str]
    unchanged: int
