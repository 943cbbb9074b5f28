"""Checksums of segment files, written at commit and verified on open.

Why: Whoosh stores no checksum, so bytes overwritten inside a segment (a bad
disk sector, a stray write) pass its own checks and surface later as
``zlib.error`` in the middle of a query, while a resync reports every file
unchanged and never heals the index. Segment files are immutable once a
commit lists them, so one map ``file name -> (size, crc32)`` for the whole
folder is enough: a commit adds the new files' sums (computed once, kept
after) before it writes the table of contents, and drops the sums of files
no longer present. A file with no recorded sum (an index written before
checksums existed) is not judged.

CRC-32 (zlib, several GB/s) is enough to detect accidental damage; nothing
here defends against deliberate tampering.
"""
from __future__ import annotations

import json
import os
import tempfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .library_file import fsync_dir

_CHUNK = 1 << 20


def sums_file(folder: Path, indexname: str) -> Path:
    # Starts with "_" and does not end in ".toc": Whoosh's clean-up never matches it.
    return folder / f"_{indexname}_checksums.json"


@dataclass(frozen=True)
class FileSum:
    size: int
    crc32: int


def file_sum(path: Path) -> FileSum:
    crc = 0
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return FileSum(size, crc)


def read_sums(folder: Path, indexname: str) -> dict[str, FileSum]:
    """The recorded sums; a missing or unreadable map records nothing."""
    try:
        data = json.loads(sums_file(folder, indexname).read_text(encoding="utf-8"))
        return {name: FileSum(int(v["size"]), int(v["crc32"])) for name, v in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return {}


def fsync_file(path: Path) -> None:
    """Flush one file's data to the disk (a read-only descriptor is enough on POSIX;
    Windows' ``_commit`` needs one opened for writing)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0) if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def record_sums(folder: Path, indexname: str, files: Iterable[str], *, sync: bool = True) -> dict[str, FileSum]:
    """Sum the files not yet recorded, fsync them, and write the map (fsynced) atomically.

    Called before the table of contents is written, so a new generation's
    files are durable and summed before any reader can see them.
    """
    old = read_sums(folder, indexname)
    sums: dict[str, FileSum] = {}
    for name in files:
        path = folder / name
        if name in old and old[name].size == path.stat().st_size:
            sums[name] = old[name]
            continue
        if sync:
            fsync_file(path)
        sums[name] = file_sum(path)
    # Files of the generation still current (before this commit) keep their sums.
    for name, recorded in old.items():
        if name not in sums and (folder / name).exists():
            sums[name] = recorded
    data = {"files": {n: {"size": s.size, "crc32": s.crc32} for n, s in sorted(sums.items())}}
    target = sums_file(folder, indexname)
    fd, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sync:
        fsync_dir(folder)
    return sums


def damaged_files(folder: Path, indexname: str, files: Iterable[str]) -> list[str]:
    """Sentences naming each file whose size or checksum differs from the recorded one."""
    recorded = read_sums(folder, indexname)
    problems = []
    for name in files:
        expected = recorded.get(name)
        if expected is None:
            continue
        path = folder / name
        try:
            actual = file_sum(path)
        except OSError as err:
            problems.append(f"{name} cannot be read ({err.strerror or err})")
            continue
        if actual.size != expected.size:
            problems.append(f"{name} has {actual.size} bytes instead of {expected.size}")
        elif actual.crc32 != expected.crc32:
            problems.append(f"{name} does not match its checksum")
    return problems
