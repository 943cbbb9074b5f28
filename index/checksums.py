"""Checksums of segment files, written at commit and verified on open.

Why: Whoosh stores no checksum, so bytes overwritten inside a segment (a bad
disk sector, a stray write) pass its own checks and surface later as
``zlib.error`` in the middle of a query, while a resync reports every file
unchanged and never heals the index. Segment files are immutable once a
commit lists them, so one map ``file name -> (size, crc32)`` for the whole
folder is enough: a commit adds the new files' sums (computed once, kept
after) before it writes the table of contents, and drops the sums of files
no longer present.

The map guards the index, so it is guarded too (issue 29): it carries a
CRC-32 of its own entries, and every file of the current generation must be
listed. A missing, unreadable or damaged map, or a file it does not list,
makes the index damaged (rebuilt from the folders): damage to the map must
never mean "trust everything". A map from before this format (no
``format`` key) is read, and judged by the same rule.

A full read (``telusur check``) that finds damage the sums did not catch
leaves a note beside the map (``damage_note``), so the next open rebuilds.

CRC-32 (zlib, several GB/s) is enough to detect accidental damage; nothing
here defends against deliberate tampering.
"""
from __future__ import annotations

import json
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from telusur.analysis.safe_write import fsync_file, write_bytes_atomic, write_json_atomic

_CHUNK = 1 << 20
FORMAT = 2


def sums_file(folder: Path, indexname: str) -> Path:
    # Starts with "_" and does not end in ".toc": Whoosh's clean-up never matches it.
    return folder / f"_{indexname}_checksums.json"


def damage_note(folder: Path, indexname: str) -> Path:
    """Where a full read's finding waits for the next open (cleared with the index)."""
    return folder / f"_{indexname}_damaged.txt"


@dataclass(frozen=True)
class FileSum:
    size: int
    crc32: int


@dataclass(frozen=True)
class SumMap:
    """The recorded sums, and what is wrong with the map itself (None: sound, or absent)."""

    sums: dict[str, FileSum] = field(default_factory=dict)
    exists: bool = False
    problem: str | None = None


def _entries_crc(files: dict[str, dict[str, int]]) -> int:
    canonical = json.dumps(files, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return zlib.crc32(canonical.encode("ascii"))


def file_sum(path: Path) -> FileSum:
    crc = 0
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
            size += len(chunk)
    return FileSum(size, crc)


def load_sums(folder: Path, indexname: str) -> SumMap:
    """The map, checked against its own checksum."""
    path = sums_file(folder, indexname)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SumMap()
    except OSError as err:
        return SumMap(exists=True, problem=f"{path.name} cannot be read ({err.strerror or err})")
    try:
        data = json.loads(raw.decode("utf-8"))
        files = data["files"]
        sums = {name: FileSum(int(v["size"]), int(v["crc32"])) for name, v in files.items()}
        if "format" in data and (data["format"] != FORMAT or data["crc32"] != _entries_crc(files)):
            raise ValueError("its own checksum does not match")
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return SumMap(exists=True, problem=f"{path.name} (the checksum map) is damaged")
    return SumMap(sums, exists=True)


def read_sums(folder: Path, indexname: str) -> dict[str, FileSum]:
    """The recorded sums; a missing or damaged map records nothing."""
    loaded = load_sums(folder, indexname)
    return {} if loaded.problem else loaded.sums


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
    files = {n: {"size": s.size, "crc32": s.crc32} for n, s in sorted(sums.items())}
    data = {"format": FORMAT, "files": files, "crc32": _entries_crc(files)}
    write_json_atomic(sums_file(folder, indexname), data, indent=None, sync=sync)
    return sums


def damaged_files(folder: Path, indexname: str, files: Iterable[str]) -> list[str]:
    """Sentences naming each damaged file: a damaged or missing map, a file it does not
    list, or one whose size or checksum differs from the recorded one."""
    files = list(files)
    note = read_damage_note(folder, indexname)
    problems = [note] if note else []
    loaded = load_sums(folder, indexname)
    if loaded.problem:
        return problems + [loaded.problem]
    if files and not loaded.exists:
        return problems + [f"{sums_file(folder, indexname).name} (the checksum map) is missing"]
    for name in files:
        expected = loaded.sums.get(name)
        if expected is None:
            problems.append(f"{name} has no recorded checksum")
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


def read_damage_note(folder: Path, indexname: str) -> str | None:
    """What a full read found wrong, or None."""
    try:
        text = damage_note(folder, indexname).read_text(encoding="utf-8", errors="replace").strip()
    except FileNotFoundError:
        return None
    except OSError as err:
        return f"a full read found damage ({err.strerror or err})"
    return f"a full read found damage: {text[:300]}" if text else "a full read found damage"


def note_damage(folder: Path, indexname: str, detail: str) -> None:
    """Leave a full read's finding for the next open, which then rebuilds the index."""
    write_bytes_atomic(damage_note(folder, indexname), detail.encode("utf-8", "replace"))
