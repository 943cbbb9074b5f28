"""Finding article files in a folder and reading them safely.

Every way a file can fail (gone, unreadable, empty, binary, oversized,
undecodable) becomes a ``Skipped`` record with a plain reason, so one bad file
never stops a folder. Files are only ever opened for reading.
"""
from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass

from telusur.analysis import safe_write

from .formats.paths import ARTICLE_SUFFIXES, prune_asset_folders
from .formats.textcodec import CONTROL, decode, looks_binary
from .messages import CoreMessage, SkipReason, os_reason

MAX_FILE_BYTES = 10 * 1024 * 1024
_CHUNK = 1 << 20


@dataclass(frozen=True)
class FileStat:
    path: str  # absolute
    size: int
    mtime_ns: int
    # An edit can keep size and mtime (``cp -p`` of a corrected copy), never
    # the change time or, when the file was replaced, the inode.
    ctime_ns: int = 0
    inode: int = 0


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str
    record: int | None = None  # the record of a data-set file; None: the whole file


@dataclass(frozen=True)
class FileText:
    path: str
    text: str
    digest: str  # sha1 of the raw bytes: tells a touch from an edit


def walk_articles(folder: str | bytes | os.PathLike[str]) -> tuple[list[FileStat], list[Skipped]]:
    """Article files under ``folder`` (symlinked folders are not followed: no loops).

    Every format ``telusur.index.formats`` reads is listed; the asset folders
    of saved pages (``NAME_files/`` beside ``NAME.html``) are not entered.

    Names that are not valid UTF-8 come back as ``str`` with surrogate escapes
    (``os.fsdecode``), which open and stat losslessly; show them with
    ``library_file.display_path``.
    """
    root = os.fsdecode(folder)
    # On Windows the walk goes through the \\?\ form, so files past 260 characters are
    # found and read (their paths are reported without it).
    walk_root = safe_write.extended_path(root, always=True)
    found: list[FileStat] = []
    skipped: list[Skipped] = []

    def on_error(err: OSError) -> None:
        reason = CoreMessage(SkipReason.CANNOT_LIST, error=os_reason(err))
        skipped.append(Skipped(safe_write.plain_path(str(err.filename)), reason))

    for walk_dirpath, dirnames, filenames in os.walk(walk_root, onerror=on_error, followlinks=False):
        dirpath = root + walk_dirpath[len(walk_root) :]
        dirnames[:] = sorted(prune_asset_folders([d for d in dirnames if not d.startswith(".")], filenames))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(os.path.join(walk_dirpath, name))
            except OSError as err:
                skipped.append(Skipped(path, CoreMessage(SkipReason.CANNOT_READ, error=os_reason(err))))
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            found.append(FileStat(path, st.st_size, st.st_mtime_ns, change_time_ns(st), st.st_ino))
    return found, skipped


def change_time_ns(st: os.stat_result) -> int:
    """The inode change time on POSIX; 0 on Windows, where ``st_ctime`` is the creation time
    (deprecated since Python 3.12 and due to change meaning): comparing it would re-read
    every file after an upgrade and never tells an edit. Size, mtime and the file index
    (``st_ino``) remain."""
    return 0 if safe_write.ON_WINDOWS else st.st_ctime_ns


# O_NONBLOCK: opening a named pipe that replaced a file must not wait for a writer.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def _read_regular(path: str, limit: int | None = None) -> bytes | str:
    """Up to ``limit + 1`` bytes of a regular file (default ``MAX_FILE_BYTES``), or why it is not one.

    The walk saw a regular file, but it may have been swapped since (for a pipe,
    a device, a folder): the check is made on the opened handle, so nothing can
    change between it and the read, and no read ever waits for a writer.
    """
    fd = os.open(safe_write.extended_path(path), _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return CoreMessage(SkipReason.NOT_REGULAR)
        chunks, left = [], (MAX_FILE_BYTES if limit is None else limit) + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _hash_regular(path: str) -> str:
    """sha1 of a whole regular file, read in chunks (a data set may be gigabytes), or why not."""
    fd = os.open(safe_write.extended_path(path), _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return CoreMessage(SkipReason.NOT_REGULAR)
        digest = hashlib.sha1()
        while chunk := os.read(fd, _CHUNK):
            digest.update(chunk)
        return "sha1:" + digest.hexdigest()
    finally:
        os.close(fd)


def _failure(path: str, err: OSError) -> Skipped:
    if isinstance(err, FileNotFoundError):
        return Skipped(path, CoreMessage(SkipReason.DISAPPEARED))
    if isinstance(err, PermissionError):
        return Skipped(path, CoreMessage(SkipReason.PERMISSION_DENIED))
    return Skipped(path, CoreMessage(SkipReason.CANNOT_READ, error=os_reason(err)))


def read_bytes(path: str, limit: int) -> bytes | Skipped:
    """The bytes of a regular file of at most ``limit`` bytes, or why it cannot be read."""
    try:
        raw = _read_regular(path, limit)
    except OSError as err:
        return _failure(path, err)
    if isinstance(raw, str):
        return Skipped(path, raw)
    if len(raw) > limit:
        return Skipped(path, CoreMessage(SkipReason.TOO_LARGE, megabytes=limit // (1024 * 1024)))
    return raw


def file_digest(path: str) -> str | Skipped:
    """The content hash of a file too large to hold in memory (data sets, PDFs)."""
    try:
        digest = _hash_regular(path)
    except OSError as err:
        return _failure(path, err)
    if not digest.startswith("sha1:"):
        return Skipped(path, digest)
    return digest.removeprefix("sha1:")


def read_text(path: str) -> FileText | Skipped:
    """Decoded text of one article file, or the reason it cannot be indexed.

    Control characters in accepted text become spaces (same length, so offsets
    hold): a stray NUL must not reach the index, the GUI or JSON output.
    """
    try:
        raw = _read_regular(path)
    except OSError as err:
        return _failure(path, err)
    if isinstance(raw, str):
        return Skipped(path, raw)
    if len(raw) > MAX_FILE_BYTES:
        return Skipped(path, CoreMessage(SkipReason.TOO_LARGE, megabytes=MAX_FILE_BYTES // (1024 * 1024)))
    if not raw.strip():
        return Skipped(path, CoreMessage(SkipReason.EMPTY))
    text = decode(raw)
    if text is None:
        return Skipped(path, CoreMessage(SkipReason.UNDECODABLE))
    if looks_binary(text):
        return Skipped(path, CoreMessage(SkipReason.BINARY))
    return FileText(path, CONTROL.sub(" ", text), hashlib.sha1(raw).hexdigest())
