"""Document keys: how an article is addressed in the index, losslessly.

A file name need not be valid UTF-8 (unzipping a Windows archive gives
Latin-1 bytes, which ``os.fsdecode`` turns into surrogate escapes), but index
terms must be. The key is the file's bytes as UTF-8 text, with the bytes that
are not UTF-8 and the two characters the key itself uses (``%`` and ``#``)
percent-escaped; a data-set record adds ``#`` and its number. Ordinary paths
keep their spelling, and ``path_of_key`` gives the exact path back.
"""
from __future__ import annotations

import os
from urllib.parse import unquote_to_bytes

_SPECIAL = {"%": "%25", "#": "%23"}


def is_utf8_safe(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def file_key(path: str) -> str:
    """The index's name for the file at ``path``: valid UTF-8, reversible."""
    if "%" not in path and "#" not in path and is_utf8_safe(path):
        return path
    text = os.fsencode(path).decode("utf-8", "surrogateescape")
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append(_SPECIAL[ch])
        elif "\udc80" <= ch <= "\udcff":  # a byte that is not UTF-8
            out.append(f"%{ord(ch) - 0xDC00:02X}")
        else:
            out.append(ch)
    return "".join(out)


def doc_key(path: str, record: int | None = None) -> str:
    """The unique key of one article: the file's key, plus ``#N`` for record N of a data set."""
    key = file_key(path)
    return key if record is None else f"{key}#{record}"


def split_key(key: str) -> tuple[str, int | None]:
    """(file key, record number or None) of a document key."""
    base, sep, record = key.rpartition("#")
    if sep and record.isdigit():
        return base, int(record)
    return key, None


def path_of_key(key: str) -> str:
    """The exact file path (surrogate-escaped like ``os.fsdecode``) a file or document key names."""
    base, _ = split_key(key)
    if "%" not in base:
        return base
    return os.fsdecode(unquote_to_bytes(base))


def safe_text(text: str) -> str:
    """``text`` with anything that is not encodable as UTF-8 replaced (U+FFFD).

    File names with undecodable bytes reach headlines (the fallback) and
    sources (the folder rule); a data set may hold lone surrogates
    (``"\\ud83d"`` in JSON). Terms and JSON output must be valid UTF-8.
    """
    if is_utf8_safe(text):
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
