"""Finding article files in a folder and reading them safely.

Every way a file can fail (gone, unreadable, empty, binary, oversized,
undecodable) becomes a ``Skipped`` record with a plain reason, so one bad file
never stops a folder. Files are only ever opened for reading.
"""
from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from typing import BinaryIO

from telusur.analysis import safe_write

from .formats.paths import ARTICLE_SUFFIXES, prune_asset_folders
from .formats.textcodec import CONTROL, decode, looks_binary
from .messages import CoreMessage, SkipReason, os_reason
from .paths import under_any

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


# One file as the walk saw it: (path, size, mtime_ns, ctime_ns, inode), a plain tuple so that a
# resync of 179,080 unchanged files makes no record object per file (issue 22).
ScannedFile = tuple[str, int, int, int, int]


def walk_articles(
    folder: str | bytes | os.PathLike[str], library: Sequence[str] | None = None
) -> tuple[list[FileStat], list[Skipped]]:
    """Article files under ``folder`` (``scan_articles`` as ``FileStat`` records)."""
    scanned, skipped = scan_articles(folder, library)
    return [FileStat(*item) for item in scanned], skipped


def scan_articles(
    folder: str | bytes | os.PathLike[str], library: Sequence[str] | None = None
) -> tuple[list[ScannedFile], list[Skipped]]:
    """Article files under ``folder``, with the stats a resync compares.

    A symbolic link (to a file or a folder) is followed only when its target
    lies inside one of the ``library`` folders (default: ``folder`` itself):
    a link to ``/etc/passwd``, a key elsewhere or ``/proc/self/environ``
    must not become a searchable article. Links to elsewhere are reported as
    skipped with the reason. Each real folder is entered once per walk, so a
    link loop, or a link to a folder the walk already covers, ends there.

    Every format ``telusur.index.formats`` reads is listed; the asset folders
    of saved pages (``NAME_files/`` beside ``NAME.html``) are not entered.
    Order: each folder's files by name, then its subfolders by name (linked
    folders after the whole walk), as ``os.walk`` gave them.

    One ``os.scandir`` per folder: its entries tell folders, files and links
    apart without a call per file, and on POSIX ``DirEntry.stat`` is the one
    system call per file (``os.walk`` plus ``islink`` and ``stat`` made three).
    On Windows the listing's own stat has no file index (``st_ino`` is 0), and
    the index is what tells a replaced file of the same size and time (Windows
    has no change time), so each file there is stat'ed by name as before.
    Folders are never skipped by their modification time: an edit inside a
    file changes only the file's own times, on NTFS, FAT and ext4 alike, and
    FAT and many network shares do not update a folder's time at all.

    Names that are not valid UTF-8 come back as ``str`` with surrogate escapes
    (``os.fsdecode``), which open and stat losslessly; show them with
    ``library_file.display_path``.
    """
    root = os.fsdecode(folder)
    allowed = [os.path.realpath(os.fsdecode(f)) for f in (library if library is not None else [root])]
    found: list[ScannedFile] = []
    skipped: list[Skipped] = []
    entered: set[tuple[int, int]] = set()  # (device, inode) of each folder walked
    on_windows = safe_write.ON_WINDOWS
    suffixes = ARTICLE_SUFFIXES
    is_regular = stat.S_ISREG

    def on_error(err: OSError) -> None:
        reason = CoreMessage(SkipReason.CANNOT_LIST, error=os_reason(err))
        skipped.append(Skipped(safe_write.plain_path(str(err.filename)), reason))

    def identity(walk_path: str) -> tuple[int, int] | None:
        """The folder ``walk_path`` leads to, links followed (None when it cannot be read)."""
        try:
            st = os.stat(walk_path)
        except OSError:
            return None
        return (st.st_dev, st.st_ino)

    def link_allowed(path: str, walk_path: str) -> bool:
        """A link whose target is inside the library; reports the others."""
        try:
            target = safe_write.plain_path(os.path.realpath(walk_path))
        except OSError:
            target = ""
        if target and under_any(target, allowed):
            return True
        skipped.append(Skipped(path, CoreMessage(SkipReason.LINK_OUTSIDE)))
        return False

    def listing(walk_dirpath: str) -> list[os.DirEntry[str]] | None:
        try:
            with os.scandir(walk_dirpath) as entries:
                return list(entries)
        except OSError as err:
            on_error(err)
            return None

    def visit(dirpath: str, walk_dirpath: str, todo: list[tuple[str, str]]) -> None:
        here = identity(walk_dirpath)
        if here in entered:
            return
        if here is not None:
            entered.add(here)
        entries = listing(walk_dirpath)
        if entries is None:
            return
        dirnames: list[str] = []
        files: dict[str, os.DirEntry[str]] = {}
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirnames.append(entry.name)
            else:
                files[entry.name] = entry
        prefix = dirpath if dirpath.endswith(os.sep) else dirpath + os.sep
        walk_prefix = walk_dirpath if walk_dirpath.endswith(os.sep) else walk_dirpath + os.sep
        subdirs, links = [], []
        for d in sorted(prune_asset_folders([d for d in dirnames if not d.startswith(".")], files)):
            if _is_link(walk_prefix + d):
                links.append(prefix + d)
            else:
                subdirs.append(d)
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(suffixes):
                continue
            entry = files[name]
            path = prefix + name
            try:
                if entry.is_symlink():
                    if not link_allowed(path, walk_prefix + name):
                        continue
                    st = os.stat(walk_prefix + name)
                elif on_windows:
                    st = os.stat(walk_prefix + name)  # the file index: see above
                else:
                    st = entry.stat()
            except OSError as err:
                skipped.append(Skipped(path, CoreMessage(SkipReason.CANNOT_READ, error=os_reason(err))))
                continue
            if not is_regular(st.st_mode):
                continue
            # The change time is 0 on Windows, where ``st_ctime`` is the creation time (deprecated
            # since Python 3.12 and due to change meaning): comparing it would re-read every file
            # after an upgrade and never tells an edit. Size, mtime and the file index remain.
            found.append((path, st.st_size, st.st_mtime_ns, 0 if on_windows else st.st_ctime_ns, st.st_ino))
        # Linked folders after the real ones, so a folder reached both ways
        # is listed under its real path when that is under ``dirpath``.
        pending.extend(reversed(links))
        todo.extend((prefix + d, walk_prefix + d) for d in reversed(subdirs))

    def walk(top: str) -> None:
        # On Windows the walk goes through the \\?\ form, so files past 260 characters are
        # found and read (their paths are reported without it).
        todo = [(top, safe_write.extended_path(top, always=True))]
        while todo:  # depth first, each folder before its subfolders (as os.walk goes)
            visit(*todo.pop(), todo)

    pending: list[str] = []
    walk(root)
    while pending:
        link = pending.pop()
        walk_link = safe_write.extended_path(link, always=True)
        if identity(walk_link) in entered:
            continue
        if link_allowed(link, walk_link):
            walk(link)
    return found, skipped


def _is_link(path: str) -> bool:
    """A symbolic link or (Windows) a junction: both can point anywhere."""
    return os.path.islink(path) or bool(getattr(os.path, "isjunction", lambda _p: False)(path))


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


class NotRegularFile(OSError):
    """A pipe, device or folder took the place of the file that was listed."""


def open_regular(path: str) -> BinaryIO:
    """``path`` opened for reading, if it is still a regular file: never waits on a named pipe.

    The check is made on the opened handle (a name can be swapped for a FIFO
    between the walk, the hash and the read). Raises ``NotRegularFile``.
    """
    fd = os.open(safe_write.extended_path(path), _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFile(0, CoreMessage(SkipReason.NOT_REGULAR), path)
        if getattr(os, "O_NONBLOCK", 0):  # POSIX: reads of the regular file block as usual
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


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
