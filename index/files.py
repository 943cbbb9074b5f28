"""Finding article files in a folder and reading them safely.

Every way a file can fail (gone, unreadable, empty, binary, oversized,
undecodable) becomes a ``Skipped`` record with a plain reason, so one bad file
never stops a folder. Files are only ever opened for reading.
"""
from __future__ import annotations

import hashlib
import os
import re
import stat
from dataclasses import dataclass

from .messages import CoreMessage, SkipReason

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_FILE_BYTES = 10 * 1024 * 1024
_BINARY_SAMPLE = 8192


@dataclass(frozen=True)
class FileStat:
    path: str  # absolute
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class FileText:
    path: str
    text: str
    digest: str  # sha1 of the raw bytes: tells a touch from an edit


def walk_articles(folder: str | bytes | os.PathLike[str]) -> tuple[list[FileStat], list[Skipped]]:
    """Article files under ``folder`` (symlinked folders are not followed: no loops).

    Names that are not valid UTF-8 come back as ``str`` with surrogate escapes
    (``os.fsdecode``), which open and stat losslessly; show them with
    ``library_file.display_path``.
    """
    root = os.fsdecode(folder)
    found: list[FileStat] = []
    skipped: list[Skipped] = []

    def on_error(err: OSError) -> None:
        skipped.append(Skipped(str(err.filename), CoreMessage(SkipReason.CANNOT_LIST, error=err.strerror or str(err))))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError as err:
                skipped.append(Skipped(path, CoreMessage(SkipReason.CANNOT_READ, error=err.strerror or str(err))))
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            found.append(FileStat(path, st.st_size, st.st_mtime_ns))
    return found, skipped


# Byte order marks, longest first: UTF-32's little-endian mark starts with UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return, plus DEL.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Text may carry a stray NUL or escape; binary files are full of them (a PNG: 40 %).
_MAX_CONTROL_SHARE = 0.05
# Legacy-encoded Indonesian is mostly ASCII: above this share of high bytes among
# the non-space bytes, the file is likely in a multi-byte or non-Latin encoding.
_MAX_HIGH_SHARE_FOR_CP1252 = 0.3


def _too_many_controls(count: int, length: int) -> bool:
    return count > max(2, length * _MAX_CONTROL_SHARE)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM, told by its zero bytes: mostly-ASCII text has one in every pair."""
    sample = raw[:_BINARY_SAMPLE]
    if len(raw) % 2 or len(sample) < 4:
        return None
    pairs = len(sample) // 2
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    if zeros_odd >= 0.3 * pairs and zeros_even <= 0.02 * pairs:
        encoding = "utf-16-le"
    elif zeros_even >= 0.3 * pairs and zeros_odd <= 0.02 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError:
        return None


def _legacy(raw: bytes) -> str | None:
    """Text that is not UTF-8: cp1252 (or Latin-1) when it reads as mostly-ASCII Latin text.

    Why not trust the detector first: on short Latin-1 texts charset-normalizer
    picks cp1257, cp1006 or even UTF-16 (``Kafé`` -> ``Kafķ``), while Indonesian
    archives saved on Windows are cp1252 in practice.
    """
    sample = raw[:_BINARY_SAMPLE]
    visible = len(sample) - sum(sample.count(ch) for ch in b" \t\r\n")
    high = len(sample.translate(None, bytes(range(0x80))))
    if visible and high <= _MAX_HIGH_SHARE_FOR_CP1252 * visible:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:  # one of cp1252's five unassigned bytes
            return raw.decode("latin-1")
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return None if best is None else str(best)


def _decode(raw: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return utf16
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    sample = raw[:_BINARY_SAMPLE]
    if _too_many_controls(len(_CONTROL_BYTES.findall(sample)), len(sample)):
        return None
    return _legacy(raw)


def _looks_binary(text: str) -> bool:
    sample = text[:_BINARY_SAMPLE]
    return _too_many_controls(len(_CONTROL.findall(sample)), len(sample))


# O_NONBLOCK: opening a named pipe that replaced a file must not wait for a writer.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def _read_regular(path: str) -> bytes | str:
    """Up to ``MAX_FILE_BYTES + 1`` bytes of a regular file, or why it is not one.

    The walk saw a regular file, but it may have been swapped since (for a pipe,
    a device, a folder): the check is made on the opened handle, so nothing can
    change between it and the read, and no read ever waits for a writer.
    """
    fd = os.open(path, _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return CoreMessage(SkipReason.NOT_REGULAR)
        chunks, left = [], MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_text(path: str) -> FileText | Skipped:
    """Decoded text of one article file, or the reason it cannot be indexed.

    Control characters in accepted text become spaces (same length, so offsets
    hold): a stray NUL must not reach the index, the GUI or JSON output.
    """
    try:
        raw = _read_regular(path)
    except FileNotFoundError:
        return Skipped(path, CoreMessage(SkipReason.DISAPPEARED))
    except PermissionError:
        return Skipped(path, CoreMessage(SkipReason.PERMISSION_DENIED))
    except OSError as err:
        return Skipped(path, CoreMessage(SkipReason.CANNOT_READ, error=err.strerror or str(err)))
    if isinstance(raw, str):
        return Skipped(path, raw)
    if len(raw) > MAX_FILE_BYTES:
        return Skipped(path, CoreMessage(SkipReason.TOO_LARGE, megabytes=MAX_FILE_BYTES // (1024 * 1024)))
    if not raw.strip():
        return Skipped(path, CoreMessage(SkipReason.EMPTY))
    text = _decode(raw)
    if text is None:
        return Skipped(path, CoreMessage(SkipReason.UNDECODABLE))
    if _looks_binary(text):
        return Skipped(path, CoreMessage(SkipReason.BINARY))
    return FileText(path, _CONTROL.sub(" ", text), hashlib.sha1(raw).hexdigest())
