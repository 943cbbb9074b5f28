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


def walk_articles(folder: str | os.PathLike[str]) -> tuple[list[FileStat], list[Skipped]]:
    """Article files under ``folder`` (symlinked folders are not followed: no loops)."""
    top = os.fspath(folder)
    found: list[FileStat] = []
    skipped: list[Skipped] = []

    def on_error(err: OSError) -> None:
        skipped.append(Skipped(str(err.filename), f"cannot list folder: {err.strerror or err}"))

    for dirpath, dirnames, filenames in os.walk(top, onerror=on_error, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(ARTICLE_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError as err:
                skipped.append(Skipped(path, f"cannot read: {err.strerror or err}"))
                continue
            if not stat.S_ISREG(st.st_mode):
                continue
            found.append(FileStat(path, st.st_size, st.st_mtime_ns))
    return found, skipped


def _decode(raw: bytes) -> str | None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:_BINARY_SAMPLE]:
        return None
    # Not UTF-8: let a maintained detector pick the legacy encoding.
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    # Short texts often tie (cp1250 vs cp1252); archives saved on Windows are cp1252.
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos and match.coherence >= best.coherence:
            return str(match)
    return str(best)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str) -> bool:
    sample = text[:_BINARY_SAMPLE]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 100 + 1


def read_text(path: str) -> FileText | Skipped:
    """Decoded text of one article file, or the reason it cannot be indexed."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        return Skipped(path, "file disappeared before it could be read")
    except PermissionError:
        return Skipped(path, "permission denied")
    except OSError as err:
        return Skipped(path, f"cannot read: {err.strerror or err}")
    if len(raw) > MAX_FILE_BYTES:
        return Skipped(path, f"file larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if not raw.strip():
        return Skipped(path, "empty file")
    text = _decode(raw)
    if text is None:
        return Skipped(path, "not text (binary or unknown encoding)")
    if _looks_binary(text):
        return Skipped(path, "not text (binary content)")
    return FileText(path, text, hashlib.sha1(raw).hexdigest())
