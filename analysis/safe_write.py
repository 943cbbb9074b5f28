"""The one way Telusur writes a file: atomic where it can be, through where it must be.

Every file Telusur writes (library, schema, saved searches, checksums, stems,
copy groups, acronyms, exports) goes through ``write_atomic``:

- a new path or a regular file is replaced atomically: the data goes to a
  temporary file beside it (its name fits the file system's 255-byte limit
  and is never shown: errors name the target), is flushed to the disk, and is
  renamed over the target; on POSIX the folder is flushed too, so the rename
  survives a power cut;
- a device, FIFO or symlink the user named (``-o /dev/null``, ``-o fifo``,
  ``-o /dev/stdout``) is written through, never replaced, and every write
  error (``/dev/full``) is raised;
- a rename or delete that Windows refuses because another program holds the
  file open (Excel, an indexer, a virus scanner) is retried with growing
  pauses for a bounded time, then reported as ``FileInUseError``.

Flushing: ``fsync``, or ``F_FULLFSYNC`` on macOS where plain fsync only
reaches the drive's cache (SQLite does the same). Windows cannot open a
folder, so it has no folder flush; NTFS journals the rename itself.

It lives in the lowest layer because ``analysis/stem_cache.py`` writes too.
Written by hand: no maintained library (atomicwrites is archived) covers
write-through for devices, Windows' sharing violations and name limits.
"""
from __future__ import annotations

import errno
import io
import json
import os
import secrets
import stat
import time
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import BinaryIO, TextIO, TypeVar

T = TypeVar("T")

# What no library call reveals: st_ctime is the creation time, a folder cannot be
# opened. tests/windows_rules.py sets it to play Windows on Linux.
ON_WINDOWS = os.name == "nt"

NAME_MAX = 255  # bytes in one file name: ext4, APFS, NTFS (UTF-16 units), FAT32 long names
TEMP_SUFFIX = ".tmp"
_RANDOM_CHARS = 8
# What a temporary name adds around the target's name: ".", ".", random, ".tmp".
_TEMP_OVERHEAD = 2 + _RANDOM_CHARS + len(TEMP_SUFFIX)
# A temporary file older than this is a killed writer's leftover.
STALE_TEMP_S = 3600.0
# How long a rename or delete is retried while another program holds the file (s).
IN_USE_RETRY_S = 3.0
_FIRST_PAUSE_S = 0.01
_LONGEST_PAUSE_S = 0.5
# Windows errors for "another process has this file open": access denied,
# sharing violation, lock violation.
_IN_USE_WINERRORS = frozenset({5, 32, 33})

# The pause between retries; tests replace it so that no test sleeps.
pause: Callable[[float], None] = time.sleep


class FileInUseError(PermissionError):
    """Windows kept refusing to replace or delete a file another program holds open."""


class TargetKind(Enum):
    """How a path is written."""

    NEW = "new"  # nothing there yet: atomic
    REGULAR = "regular"  # a plain file: atomic replace
    THROUGH = "through"  # a device, FIFO, socket or symlink: written in place, never replaced


def target_kind(path: str | os.PathLike[str]) -> TargetKind:
    """What is at ``path``; a folder raises ``IsADirectoryError`` naming it."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return TargetKind.NEW
    except OSError:  # a parent that is not a folder, no permission: creating will say why
        return TargetKind.NEW
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), os.fspath(path))
    return TargetKind.REGULAR if stat.S_ISREG(st.st_mode) else TargetKind.THROUGH


# --- long paths (Windows) ----------------------------------------------------------

WINDOWS_MAX_PATH = 260
_EXTENDED = "\\\\?\\"


def extended_path(path: str, *, always: bool = False) -> str:
    """``path`` as Windows opens it past 260 characters (the ``\\\\?\\`` prefix), elsewhere as is.

    Without it, and without the LongPathsEnabled registry setting, every call on
    a longer path fails. ``always``: prefix a folder whose walk may go deeper.
    """
    if not ON_WINDOWS or path.startswith(_EXTENDED) or not (always or len(path) >= WINDOWS_MAX_PATH - 12):
        return path
    absolute = os.path.abspath(path)
    if absolute.startswith("\\\\"):  # \\server\share
        return _EXTENDED + "UNC\\" + absolute[2:]
    return _EXTENDED + absolute


def plain_path(path: str) -> str:
    """``path`` without the prefix ``extended_path`` added."""
    if path.startswith(_EXTENDED + "UNC\\"):
        return "\\\\" + path[len(_EXTENDED) + 4 :]
    return path.removeprefix(_EXTENDED)


# --- flushing -------------------------------------------------------------------


def fsync_fd(fd: int) -> None:
    """Flush a file's data to the disk: F_FULLFSYNC on macOS (else fsync)."""
    full = _full_fsync()
    if full is not None:
        import fcntl

        try:
            fcntl.fcntl(fd, full)
            return
        except OSError:  # a file system without it (network shares, FAT): plain fsync
            pass
    os.fsync(fd)


def _full_fsync() -> int | None:
    try:
        import fcntl
    except ImportError:  # Windows
        return None
    value = getattr(fcntl, "F_FULLFSYNC", None)
    return value if isinstance(value, int) else None


def fsync_file(path: str | os.PathLike[str]) -> None:
    """Flush one file (POSIX needs only a read descriptor; Windows' ``_commit`` one for writing)."""
    flags = os.O_RDWR | getattr(os, "O_BINARY", 0) if ON_WINDOWS else os.O_RDONLY
    fd = os.open(path, flags)
    try:
        fsync_fd(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: str | os.PathLike[str]) -> bool:
    """Make a rename in ``folder`` durable where the system allows it; False where it cannot.

    POSIX flushes a folder through a descriptor; Windows cannot open a folder
    (``PermissionError``) and needs not: NTFS journals the rename.
    """
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return False
    try:
        try:
            fsync_fd(fd)
        except OSError as err:  # some file systems refuse a folder fsync (EINVAL): nothing more to do
            if err.errno not in (errno.EINVAL, errno.EBADF, errno.ENOTSUP):
                raise
            return False
    finally:
        os.close(fd)
    return True


# --- retries for files held open (Windows) ---------------------------------------


def held_open(err: BaseException) -> bool:
    """The error is Windows refusing because another program has the file open."""
    return isinstance(err, PermissionError) and getattr(err, "winerror", None) in _IN_USE_WINERRORS


def _retry(op: Callable[[], T], path: str | os.PathLike[str]) -> T:
    waited, delay = 0.0, _FIRST_PAUSE_S
    while True:
        try:
            return op()
        except PermissionError as err:
            if not held_open(err):
                raise
            if waited >= IN_USE_RETRY_S:
                raise FileInUseError(
                    err.errno, "the file is open in another program; close it and try again", os.fspath(path)
                ) from err
        pause(delay)
        waited += delay
        delay = min(delay * 2, _LONGEST_PAUSE_S)


def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
    """``os.replace``, retried while another program holds either file open (Windows)."""
    _retry(lambda: os.replace(src, dst), dst)


def remove(path: str | os.PathLike[str], *, missing_ok: bool = True) -> None:
    """Delete a file, retried while another program holds it open (Windows)."""

    def unlink() -> None:
        try:
            os.unlink(path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    _retry(unlink, path)


# --- temporary names ---------------------------------------------------------------


def name_limit(folder: str | os.PathLike[str]) -> int:
    """The longest file name ``folder``'s file system takes, in bytes (255 where unknown)."""
    try:
        limit = os.pathconf(folder, "PC_NAME_MAX")
    except (AttributeError, OSError, ValueError):  # Windows has no pathconf
        return NAME_MAX
    return limit if isinstance(limit, int) and limit > _TEMP_OVERHEAD else NAME_MAX


def _temp_stem(name: str, limit: int) -> str:
    """``name`` cut (by whole characters) so that a temporary name made from it fits ``limit`` bytes."""
    budget = limit - _TEMP_OVERHEAD
    stem = name
    while stem and len(os.fsencode(stem)) > budget:
        stem = stem[:-1]
    return stem


def temp_name(name: str, limit: int = NAME_MAX) -> str:
    """A hidden, unique name for the temporary copy of ``name``: ``.NAME.RANDOM.tmp``, at most ``limit`` bytes."""
    return f".{_temp_stem(name, limit)}.{secrets.token_hex(_RANDOM_CHARS // 2)}{TEMP_SUFFIX}"


def is_temp_of(candidate: str, name: str, limit: int = NAME_MAX) -> bool:
    """``candidate`` is a temporary name ``temp_name(name)`` could have made."""
    prefix = f".{_temp_stem(name, limit)}."
    random = candidate[len(prefix) : -len(TEMP_SUFFIX)]
    return (
        candidate.startswith(prefix)
        and candidate.endswith(TEMP_SUFFIX)
        and len(random) == _RANDOM_CHARS
        and all(c in "0123456789abcdef" for c in random)
    )


def remove_stale_temps(path: str | os.PathLike[str], older_than_s: float = STALE_TEMP_S) -> int:
    """Delete the temporary copies of ``path`` a killed writer left (a live writer's are recent)."""
    target = Path(path)
    limit = name_limit(target.parent)
    cutoff = time.time() - older_than_s
    removed = 0
    try:
        entries = list(os.scandir(target.parent))
    except OSError:
        return 0
    for entry in entries:
        if not is_temp_of(entry.name, target.name, limit):
            continue
        try:
            if entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)
                removed += 1
        except OSError:
            pass
    return removed


def _open_temp(folder: Path, name: str, mode: int) -> tuple[int, Path]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    limit = name_limit(folder)
    for _ in range(100):
        tmp = folder / temp_name(name, limit)
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder / name))


def _naming(err: OSError, target: Path, shown: Path) -> OSError:
    """The same error, naming the target as the user gave it, never a temporary file."""
    limit = name_limit(target.parent)

    def temporary(name: object) -> bool:
        if name is None or os.fspath(name) == str(target):  # type: ignore[call-overload]
            return True
        return is_temp_of(os.path.basename(os.fsdecode(name)), target.name, limit)  # type: ignore[arg-type]

    if temporary(err.filename) or (err.filename2 is not None and temporary(err.filename2)):
        kind = FileInUseError if isinstance(err, FileInUseError) else OSError
        return kind(err.errno, err.strerror or str(err), str(shown))
    return err


# --- writing ------------------------------------------------------------------------


def write_atomic(
    path: str | os.PathLike[str],
    fill: Callable[[BinaryIO], T],
    *,
    shared: bool = False,
    sync: bool = True,
    make_parent: bool = False,
    clean_stale: bool = False,
) -> T:
    """Write ``path`` with what ``fill`` writes into a binary handle; returns ``fill``'s result.

    A new path or regular file is replaced atomically (a crash leaves the old
    file or the new one); a device, FIFO, socket or symlink is written through.
    ``shared``: the file gets the permissions a new file would (an export
    colleagues may read; an existing file keeps its own), else only the owner's.
    ``sync``: flush to the disk (tests of speed turn it off). ``make_parent``:
    create a missing folder (private). ``clean_stale``: delete temporary copies
    killed writers left. Errors name ``path``, never a temporary file.
    """
    shown = Path(path)
    target = Path(extended_path(os.fspath(shown)))  # Windows: past 260 characters too
    kind = target_kind(target)
    if kind is TargetKind.THROUGH:
        return _write_through(target, fill, sync=sync, shown=shown)
    if make_parent:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if clean_stale:
        remove_stale_temps(target)
    keep_mode = None
    if kind is TargetKind.REGULAR and shared:
        try:
            keep_mode = stat.S_IMODE(os.stat(target).st_mode)
        except OSError:
            keep_mode = None
    tmp: Path | None = None
    try:
        # A new file's mode, as open() gives it (0666 less the umask), or the owner's only.
        fd, tmp = _open_temp(target.parent, target.name, 0o666 if shared else 0o600)
        with os.fdopen(fd, "wb") as handle:
            result = fill(handle)
            handle.flush()
            if sync:
                fsync_fd(handle.fileno())
        if keep_mode is not None:
            os.chmod(tmp, keep_mode)  # by name: Windows takes a descriptor only from Python 3.13
        replace(tmp, target)
        tmp = None
    except OSError as err:
        raise _naming(err, target, shown) from err
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    if sync:
        fsync_dir(target.parent)
    return result


def _write_through(target: Path, fill: Callable[[BinaryIO], T], *, sync: bool, shown: Path) -> T:
    """Write into what is there (following a symlink), never replacing it; write errors are raised."""
    try:
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as handle:
            result = fill(handle)
            handle.flush()
            if sync and stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                fsync_fd(handle.fileno())
    except OSError as err:
        raise _naming(err, target, shown) from err
    return result


def write_text_atomic(
    path: str | os.PathLike[str],
    fill: Callable[[TextIO], T],
    *,
    encoding: str = "utf-8",
    newline: str | None = None,
    **options: bool,
) -> T:
    """``write_atomic`` for a writer of text (``newline=""``: the writer makes its own line ends)."""

    def fill_text(handle: BinaryIO) -> T:
        text = io.TextIOWrapper(handle, encoding=encoding, newline=newline)
        try:
            return fill(text)
        finally:
            text.flush()
            text.detach()

    return write_atomic(path, fill_text, **options)


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, **options: bool) -> None:
    write_atomic(path, lambda handle: handle.write(data), **options)


def write_json_atomic(path: str | os.PathLike[str], data: object, *, indent: int | None = 2, **options: bool) -> None:
    """``data`` as UTF-8 JSON through ``write_atomic`` (``indent=None``: compact)."""
    separators = (",", ":") if indent is None else None
    text = json.dumps(data, ensure_ascii=False, indent=indent, separators=separators)
    write_bytes_atomic(path, text.encode("utf-8"), **options)
