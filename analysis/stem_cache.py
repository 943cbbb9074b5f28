"""What the stemmer has learnt, kept with an index so no word is stemmed twice.

Sastrawi needs ~0.3-1.4 ms for a word it has not seen, and a folder of new
articles is mostly words the index already holds: without this file every
sync (and every worker process) stemmed them all again. The file lives in the
index's own folder, so starting the index over deletes it too.

Safe by construction rather than by locking:
- the header names the analysis fingerprint; a file from other analysis
  settings is ignored (a cold cache), never used;
- a checksum covers the body; a truncated or damaged file is ignored;
- it is written atomically (``safe_write``) after the index commit, so a
  crash leaves the old file or the new one;
- stems are a pure function of the word under one fingerprint, so two
  processes writing at once can only lose each other's additions, never
  store a wrong stem.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from .safe_write import write_bytes_atomic
from .stemmer import known_stems, teach_stems

FILE_NAME = "telusur-stems.tsv"
MAGIC = "telusur-stems"
FORMAT = 1


@dataclass(frozen=True)
class _Seen:
    """A version of the file this process has read or written (to skip re-reading it)."""

    mtime_ns: int
    size: int
    count: int


_seen: dict[str, _Seen] = {}


def _fingerprint() -> str:
    from . import fingerprint  # the package's, which covers stemmer backend and word lists

    return fingerprint()


def cache_path(folder: str | os.PathLike[str]) -> Path:
    return Path(folder) / FILE_NAME


def encode(table: dict[str, str], fingerprint: str) -> bytes:
    """Header line, then ``word`` (its own root) or ``word<TAB>root`` per line, sorted."""
    lines = [word if root == word else f"{word}\t{root}" for word, root in sorted(table.items())]
    body = "\n".join(lines).encode("utf-8")
    header = f"{MAGIC}\t{FORMAT}\t{fingerprint}\t{hashlib.sha256(body).hexdigest()}\t{len(lines)}\n"
    return header.encode("utf-8") + body


def decode(raw: bytes, fingerprint: str) -> dict[str, str] | None:
    """The table, or None when the file is of another fingerprint, format, or damaged."""
    header, _, body = raw.partition(b"\n")
    parts = header.decode("utf-8", "replace").split("\t")
    if len(parts) != 5 or parts[0] != MAGIC or parts[1] != str(FORMAT) or parts[2] != fingerprint:
        return None
    if hashlib.sha256(body).hexdigest() != parts[3]:
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    table: dict[str, str] = {}
    if text:
        for line in text.split("\n"):
            word, tab, root = line.partition("\t")
            if not word or (tab and not root):
                return None
            table[word] = root if tab else word
    if str(len(table)) != parts[4]:
        return None
    return table


def load(folder: str | os.PathLike[str]) -> dict[str, str] | None:
    """The saved table of ``folder`` for this analysis, or None (missing, other settings, damaged)."""
    try:
        raw = cache_path(folder).read_bytes()
    except OSError:
        return None
    return decode(raw, _fingerprint())


def warm(folder: str | os.PathLike[str]) -> int:
    """Teach the stemmer the stems saved in ``folder``; returns how many it did not know.

    Re-reads the file only when it changed since this process last read or
    wrote it, so a resync in a long-running process costs one ``stat``.
    """
    path = cache_path(folder)
    try:
        st = path.stat()
    except OSError:
        return 0
    key = str(path)
    seen = _seen.get(key)
    if seen is not None and (seen.mtime_ns, seen.size) == (st.st_mtime_ns, st.st_size):
        return 0
    table = load(folder)
    if table is None:
        return 0
    _seen[key] = _Seen(st.st_mtime_ns, st.st_size, len(table))
    return teach_stems(table)


def persist(folder: str | os.PathLike[str], learnt_elsewhere: dict[str, str] | None = None) -> bool:
    """Save what this process knows (plus ``learnt_elsewhere``) when the file lacks some of it.

    Call after the index commit. Never raises for I/O trouble: the file is an
    optimisation, and a sync that committed must not fail because of it.
    Returns whether a file was written.
    """
    if learnt_elsewhere:
        teach_stems(learnt_elsewhere)
    try:
        warm(folder)  # keep what another process saved meanwhile
        table = known_stems()
        seen = _seen.get(str(cache_path(folder)))
        if not table or (seen is not None and seen.count >= len(table)):
            return False
        write_bytes_atomic(cache_path(folder), encode(table, _fingerprint()), clean_stale=True)
        st = cache_path(folder).stat()
        _seen[str(cache_path(folder))] = _Seen(st.st_mtime_ns, st.st_size, len(table))
        return True
    except OSError:
        return False
