"""Files a sync skipped, remembered beside the index so an unchanged one is not read again.

A skipped file has no document, so the index's own records cannot tell the
next sync that it was already tried: a folder of photos was OCR'd again on
every reindex (~1 s each), a damaged PDF or an oversized file re-opened each
time. This file keeps, per skipped file, the stats the sync compares (size,
mtime, change time, file index: ``Indexed.same_stats``) and the coded reason
(``CoreMessage`` code and params), so the next sync reports it skipped with
the same reason without opening it.

It never hides a file that could now be read:
- only reasons decided by the file's bytes and the readers are remembered
  (``REMEMBERED``); a file locked or gone, a time-out under load, a reader
  that ran out of memory or crashed are tried again next time, as is a file
  that changed while it was read or within ``SETTLE_S`` of the sync (still
  being written);
- the header names what decides readability besides the file: the readers'
  code and the versions of the libraries they use (``reader_identity``), and
  for images and PDFs the Tesseract program, version and languages
  (``ocr.ocr_identity``). Installing Tesseract or upgrading Telusur re-reads;
- it is bound to one index (the stats of ``schema.json``, written anew by a
  full rebuild), so a rebuild forgets it.

Derived data like the stem cache (``analysis/stem_cache.py``): a checksum
covers the body, it is written atomically, and a missing, damaged or foreign
file is ignored and written again. Two syncs writing at once can only lose
each other's entries (re-read once more), never make a wrong one.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import telusur
from telusur.analysis import safe_write

from .files import FileStat, Skipped
from .formats import Format, article_kind
from .keys import file_key, path_of_key
from .messages import (
    CoreMessage,
    DataSetProblem,
    DocumentProblem,
    MessageCode,
    ScanProblem,
    SkipReason,
    ZipProblem,
    message_code,
)

FILE_NAME = "telusur-skipped.json"
MAGIC = "telusur-skipped"
FORMAT = 1
# A file changed this recently may still be being written (FAT keeps times to 2 s): not remembered.
SETTLE_S = 5.0

# Reasons the file's bytes decide (with the readers). Everything else (a lock, a vanished file,
# permissions, a time-out, a reader out of memory or crashed, an unreadable listing) is tried again.
REMEMBERED: frozenset[MessageCode] = frozenset(
    {
        SkipReason.TOO_LARGE,
        SkipReason.EMPTY,
        SkipReason.UNDECODABLE,
        SkipReason.BINARY,
        SkipReason.TOO_LARGE_FOR_FORMAT,
        SkipReason.UNKNOWN_SUFFIX,
        SkipReason.NESTED_TOO_DEEP,
        SkipReason.NO_ARTICLES,
        *(p for p in DocumentProblem if p is not DocumentProblem.PDF_CANNOT_OPEN),
        *(p for p in ScanProblem if p is not ScanProblem.TOO_SLOW),
        *ZipProblem,
        *DataSetProblem,
    }
)
_OCR_OFF = frozenset({ScanProblem.OCR_OFF, ScanProblem.PDF_OCR_OFF})
_OCR_READ = frozenset(
    {ScanProblem.PHOTO, ScanProblem.NO_TEXT_SCAN, ScanProblem.NO_TEXT_PDF, ScanProblem.NO_TEXT_PDF_PAGES}
)
# Formats whose outcome depends on Tesseract (scans; PDFs without a text layer).
_OCR_FORMATS = frozenset({Format.IMAGE, Format.PDF})
# The codes a reason (or an argument of it) may have: every enum of messages.py.
_CODES: dict[str, type[MessageCode]] = {cls.__name__: cls for cls in MessageCode.__subclasses__()}
# The libraries the readers use: a new version may read what the old one could not.
_READER_LIBRARIES = (
    "pypdfium2", "Pillow", "python-docx", "pytesseract", "trafilatura", "htmldate", "lxml",
    "lxml_html_clean", "charset-normalizer", "odfpy", "striprtf",
)


def memory_path(root: Path) -> Path:
    """Beside the index's Whoosh folder (which holds only index generations)."""
    return root / FILE_NAME


@lru_cache(maxsize=1)
def reader_identity() -> str:
    """A digest of what reads files: the readers' code and their libraries' versions.

    From source, the code of ``index/formats``, ``files.py`` and ``documents.py``
    (any change to a reader or a limit re-reads the skipped files); in the
    frozen app, the executable's size and time (an upgrade replaces it).
    """
    digest = hashlib.sha256(telusur.__version__.encode())
    try:
        if getattr(sys, "frozen", False):
            st = os.stat(sys.executable)
            digest.update(f"{sys.executable}:{st.st_size}:{st.st_mtime_ns}".encode())
        else:
            here = Path(__file__).parent
            for path in sorted((here / "formats").glob("*.py")) + [here / "files.py", here / "documents.py"]:
                digest.update(path.name.encode() + b"\0" + path.read_bytes())
    except OSError:  # readers of unknown version: what this process remembers, no other one trusts
        digest.update(os.urandom(16))
    for name in _READER_LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}".encode())
    return digest.hexdigest()


def _ocr_identity() -> str:
    from .formats.ocr import ocr_identity

    return ocr_identity()


def stats_of(fs: FileStat) -> str:
    return f"{fs.size}:{fs.mtime_ns}:{fs.ctime_ns}:{fs.inode}"


def _stat_now(path: str) -> str | None:
    """The file's stats as the walk (``files.scan_articles``) takes them, or None."""
    try:
        st = os.stat(safe_write.extended_path(path))
    except OSError:
        return None
    ctime = 0 if safe_write.ON_WINDOWS else st.st_ctime_ns
    return stats_of(FileStat(path, st.st_size, st.st_mtime_ns, ctime, st.st_ino))


def _birth(root: Path) -> str:
    """The index's identity: its ``schema.json`` is written anew (new time and file) by every rebuild."""
    try:
        st = os.stat(root / "schema.json")
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ino}"


def encode_reason(message: str) -> dict | None:
    """A reason as JSON (its code and params, coded arguments nested), or None when it has no code."""
    code = message_code(message)
    if code is None or type(code).__name__ not in _CODES:
        return None
    params: dict[str, Any] = {}
    for name, value in getattr(message, "params", {}).items():
        if message_code(value) is not None:
            nested = encode_reason(value)
            if nested is None:
                return None
            params[name] = nested
        elif value is None or isinstance(value, (str, int, float)):
            params[name] = value
        else:
            return None
    return {"code": f"{type(code).__name__}.{code.name}", "params": params}


def decode_reason(data: Any) -> CoreMessage | None:
    """The reason ``encode_reason`` wrote, or None when it names no known code (an older Telusur's)."""
    try:
        enum_name, _, member = data["code"].partition(".")
        code = _CODES[enum_name][member]
        params = {
            name: decode_reason(value) if isinstance(value, dict) else value for name, value in data["params"].items()
        }
        if any(value is None and isinstance(data["params"][name], dict) for name, value in params.items()):
            return None
        return CoreMessage(code, **params)
    except (KeyError, TypeError, AttributeError, ValueError, IndexError):
        return None


@dataclass(frozen=True)
class Remembered:
    """One skipped file: its stats when it was read, and what was skipped (the file, or its records)."""

    stats: str
    skips: tuple[tuple[int | None, str], ...]  # (record or None, its coded reason)
    ocr: bool  # the outcome depends on Tesseract (an image or a PDF)

    def to_json(self) -> dict:
        return {
            "stats": self.stats,
            "ocr": self.ocr,
            "skips": [[record, encode_reason(reason)] for record, reason in self.skips],
        }

    @classmethod
    def from_json(cls, data: Any) -> Remembered | None:
        try:
            skips: list[tuple[int | None, str]] = []
            for record, raw in data["skips"]:
                reason = decode_reason(raw)
                if reason is None or not (record is None or isinstance(record, int)):
                    return None
                skips.append((record, reason))
            if not isinstance(data["stats"], str) or not skips:
                return None
            return cls(data["stats"], tuple(skips), bool(data["ocr"]))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass
class SkipMemory:
    """The remembered skips of one index, as one sync uses them: ``recall``, ``learn``, ``save``."""

    root: Path
    entries: dict[str, Remembered]  # path -> entry
    ocr_written: str | None  # the Tesseract identity the OCR-dependent entries were made under
    dirty: bool = False  # the file is missing, damaged, foreign or out of date: write it
    recalled: set[str] = field(default_factory=set)
    learnt: dict[str, Remembered] = field(default_factory=dict)
    _ocr_now: str | None = None

    def ocr_now(self) -> str:
        if self._ocr_now is None:
            self._ocr_now = _ocr_identity()
        return self._ocr_now

    def recall(self, fs: FileStat) -> list[Skipped] | None:
        """What skipping ``fs`` gave last time, if it is unchanged and nothing else that decides has changed."""
        entry = self.entries.get(fs.path)
        if entry is None or entry.stats != stats_of(fs):
            return None
        if entry.ocr and self.ocr_written != self.ocr_now():
            return None
        self.recalled.add(fs.path)
        return [Skipped(fs.path, reason, record) for record, reason in entry.skips]

    def learn(self, fs: FileStat, skips: Iterable[Skipped], now_ns: int | None = None) -> bool:
        """Remember a file the readers gave no article, when every reason is one the file decides."""
        items = tuple((s.record, s.reason) for s in skips)
        codes = [message_code(reason) for _record, reason in items]
        if not items or any(code not in REMEMBERED for code in codes):
            return False
        if any(encode_reason(reason) is None for _record, reason in items):
            return False
        changed_ns = max(fs.mtime_ns, fs.ctime_ns)
        if (time.time_ns() if now_ns is None else now_ns) - changed_ns < SETTLE_S * 1e9:
            return False  # may still be being written
        if _stat_now(fs.path) != stats_of(fs):
            return False  # it changed while it was read
        ocr = article_kind(fs.path) in _OCR_FORMATS
        if ocr:
            off = self.ocr_now() == "off"
            # A reader that still saw Tesseract missing (or present) when it no longer is: not remembered.
            if any(code in (_OCR_READ if off else _OCR_OFF) for code in codes):
                return False
        self.learnt[fs.path] = Remembered(stats_of(fs), items, ocr)
        return True

    def save(self, synced: Callable[[str], bool], in_library: Callable[[str], bool] | None) -> bool:
        """Write what this sync found: entries under ``synced`` folders are kept only if recalled or learnt.

        Entries elsewhere stay (another folder's), unless outside the library
        (``in_library``; None: keep). Never raises: the file only saves time.
        """
        kept = {
            path: entry
            for path, entry in self.entries.items()
            if (path in self.recalled or not synced(path)) and (in_library is None or in_library(path))
        }
        kept.update(self.learnt)
        if not self.dirty and kept == self.entries:
            return False  # (entries made under another Tesseract stay until a sync of their folder)
        if not kept and not memory_path(self.root).exists():
            return False
        uses_ocr = any(entry.ocr for entry in kept.values())
        ocr = self.ocr_now() if uses_ocr else None
        if uses_ocr and ocr != self.ocr_written:  # entries made under another Tesseract are dropped
            kept = {path: entry for path, entry in kept.items() if not entry.ocr or path in self.learnt}
        try:
            safe_write.write_bytes_atomic(memory_path(self.root), _encode(self.root, kept, ocr), clean_stale=True)
        except OSError:
            return False
        self.entries, self.ocr_written, self.dirty = kept, ocr, False
        return True


def _encode(root: Path, entries: dict[str, Remembered], ocr: str | None) -> bytes:
    body = json.dumps(
        {file_key(path): entry.to_json() for path, entry in sorted(entries.items())}, separators=(",", ":")
    ).encode("ascii")
    header = {
        "magic": MAGIC,
        "format": FORMAT,
        "index": _birth(root),
        "readers": reader_identity(),
        "ocr": ocr,
        "sha256": hashlib.sha256(body).hexdigest(),
    }
    return json.dumps(header, separators=(",", ":")).encode("ascii") + b"\n" + body


def load(root: Path) -> SkipMemory:
    """The skips remembered for the index at ``root``; empty (to be written again) when the file
    is missing, damaged, of another index, another format or other readers."""
    empty = SkipMemory(root, {}, None, dirty=True)
    try:
        raw = memory_path(root).read_bytes()
    except OSError:
        return empty
    head, _, body = raw.partition(b"\n")
    try:
        header = json.loads(head)
        if (
            header.get("magic") != MAGIC
            or header.get("format") != FORMAT
            or header.get("index") != _birth(root)
            or header.get("readers") != reader_identity()
            or header.get("sha256") != hashlib.sha256(body).hexdigest()
        ):
            return empty
        data = json.loads(body)
        ocr = header.get("ocr")
        if not isinstance(data, dict) or not (ocr is None or isinstance(ocr, str)):
            return empty
    except (ValueError, AttributeError, RecursionError):
        return empty
    entries: dict[str, Remembered] = {}
    dirty = False
    for key, value in data.items():
        entry = Remembered.from_json(value)
        try:
            path = path_of_key(key)
        except ValueError:
            entry = None
        if entry is None:
            dirty = True  # a reason this Telusur does not know: read the file again
            continue
        entries[path] = entry
    return SkipMemory(root, entries, ocr, dirty=dirty)
