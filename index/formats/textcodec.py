"""Turning bytes into text the way the plain-text reader does: UTF-8 (with or
without BOM), UTF-16 with BOM, else the legacy encoding charset-normalizer
picks, preferring Windows-1252 on a tie because archives saved on Windows are.

``decode`` is for a whole file in memory; ``stream_encoding`` picks one
encoding from the head of a large file so data sets can be read as a stream.
"""
from __future__ import annotations

import codecs
import re

BINARY_SAMPLE = 8192
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _legacy(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) from charset-normalizer, or None."""
    from charset_normalizer import from_bytes

    matches = from_bytes(raw)
    best = matches.best()
    if best is None:
        return None
    for match in matches:
        if match.encoding == "cp1252" and match.chaos <= best.chaos and match.coherence >= best.coherence:
            return "cp1252", str(match)
    return best.encoding, str(best)


def decode(raw: bytes) -> str | None:
    """Text of ``raw``, or None when it is binary or in no encoding we can tell."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:BINARY_SAMPLE]:
        return None
    found = _legacy(raw)
    return found[1] if found else None


def looks_binary(text: str) -> bool:
    """True when decoded text is full of control characters: a binary file."""
    sample = text[:BINARY_SAMPLE]
    return "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) // 100 + 1


def stream_encoding(head: bytes) -> str:
    """The encoding to read a large file with, judged from its first bytes."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as err:
        if err.start >= len(head) - 3:  # a character cut by the end of the sample
            return "utf-8"
    found = _legacy(head.replace(b"\x00", b""))
    return found[0] if found else "cp1252"
