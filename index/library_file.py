"""``library.json``: the list of folders a user indexes, read strictly and changed safely.

Why a module of its own: this is the one file in the index directory that is
not derived data, so every change is serialized (a cross-process lock with a
bounded wait), atomic (write to a temporary file, fsync, rename, fsync the
folder) and a read-modify-write under that lock, so two runs adding different
folders at once both keep theirs (``analysis/safe_write.py`` writes). Reading
validates the file: a hand-edited
``{"folders": "/path"}`` must never be taken character by character.

Folder names that are not valid UTF-8 (a Latin-1 ``café`` unzipped on Linux)
reach Python as strings with surrogate escapes, which no UTF-8 JSON can hold;
they are stored losslessly as the hex of their ``os.fsencode`` bytes.
"""
from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.util.filelock import FileLock, try_for

from telusur.analysis.safe_write import replace, write_json_atomic

from .keys import is_utf8_safe
from .messages import CoreMessage, IndexProblem

LOCK_NAME = "library.lock"
LOCK_TIMEOUT_S = 10.0
_BYTES_KEY = "path_bytes_hex"


class LibraryBusyError(RuntimeError):
    """Another process held the library lock for longer than the bounded wait."""


@dataclass(frozen=True)
class LibraryContents:
    folders: list[str]
    # Plain sentences about what was wrong with the file; empty when it was fine.
    problems: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


def display_path(path: str) -> str:
    """A printable form of any path: undecodable bytes shown as U+FFFD."""
    return path if is_utf8_safe(path) else os.fsencode(path).decode("utf-8", "replace")


def encode_folder(path: str) -> str | dict[str, str]:
    """JSON-safe and lossless: a plain string, or the path's bytes in hex."""
    if is_utf8_safe(path):
        return path
    return {_BYTES_KEY: os.fsencode(path).hex(), "shown": display_path(path)}


def decode_folder(entry: object) -> str | None:
    """The folder an entry names, or None when the entry is not a folder path."""
    if isinstance(entry, dict) and isinstance(entry.get(_BYTES_KEY), str):
        try:
            path = os.fsdecode(bytes.fromhex(entry[_BYTES_KEY]))
        except ValueError:
            return None
    elif isinstance(entry, str):
        path = entry
    else:
        return None
    return path if path and "\x00" not in path and os.path.isabs(path) else None


def parse_library(data: object) -> LibraryContents:
    """Folders in parsed JSON; anything else becomes a problem, never a folder."""
    if not isinstance(data, dict):
        return LibraryContents([], ["it is not a JSON object with a \"folders\" list"])
    entries = data.get("folders", [])
    if not isinstance(entries, list):
        kind = type(entries).__name__
        return LibraryContents([], [f"\"folders\" must be a list of absolute folder paths, not a {kind}"])
    folders, dropped = [], []
    for entry in entries:
        folder = decode_folder(entry)
        if folder is None:
            dropped.append(entry)
        elif folder not in folders:
            folders.append(folder)
    if dropped:
        shown = repr(dropped[:3])
        return LibraryContents(folders, [f"ignored {len(dropped)} entries that are not absolute paths: {shown}"])
    return LibraryContents(folders)


def read_library(path: Path) -> LibraryContents:
    """The library in ``path``; a missing file is an empty library."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return LibraryContents([])
    except OSError as err:
        return LibraryContents([], [f"it cannot be read ({err.strerror or err})"])
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as err:
        return LibraryContents([], [f"it is not valid JSON ({err})"])
    return parse_library(data)


def write_library(path: Path, folders: list[str]) -> None:
    """Write the library's folders (non-UTF-8 names losslessly encoded)."""
    data = {"folders": [encode_folder(f) for f in sorted(set(folders))]}
    write_json_atomic(path, data, make_parent=True, clean_stale=True)


@contextlib.contextmanager
def library_lock(root: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the library lock (fcntl or msvcrt, freed by the OS if the holder dies)."""
    timeout = LOCK_TIMEOUT_S if timeout is None else timeout
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = FileLock(str(root / LOCK_NAME))
    if not try_for(lock.acquire, timeout=timeout, delay=0.05):
        raise LibraryBusyError(CoreMessage(IndexProblem.LIBRARY_BUSY, seconds=timeout))
    try:
        yield
    finally:
        lock.release()


def update_library(
    path: Path, change: Callable[[list[str]], list[str]], timeout: float | None = None
) -> LibraryContents:
    """Read, change and write the folder list as one step no other process can interleave.

    An invalid file is kept beside the new one as ``library.json.invalid``
    rather than silently overwritten: it was probably edited by hand.
    """
    with library_lock(path.parent, timeout):
        current = read_library(path)
        folders = change(list(current.folders))
        if not current.valid and path.exists():
            replace(path, path.with_name(path.name + ".invalid"))
        write_library(path, folders)
        return LibraryContents(sorted(set(folders)), current.problems)
