"""Turning bytes into text: the one decoder every reader uses.

UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one (told by
its zero bytes), else Windows-1252 for mostly-ASCII Latin text, else what
charset-normalizer picks. Binary is judged by the share of control bytes, so
one stray NUL does not make an article "binary".

``decode`` is for a whole file in memory; ``stream_encoding`` picks one
encoding from the head of a large file so data sets can be read as a stream.
"""
from __future__ import annotations

import codecs
import re

BINARY_SAMPLE = 8192

# Byte order marks, longest first: UTF-32's little-endian mark starts with UTF-16's.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# C0 controls other than tab, newline, form feed and carriage return, plus DEL.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Text may carry a stray NUL or escape; binary files are full of them (a PNG: 40 %).
_MAX_CONTROL_SHARE = 0.05
# Legacy-encoded Indonesian is mostly ASCII: above this share of high bytes among
# the non-space bytes, the file is likely in a multi-byte or non-Latin encoding.
_MAX_HIGH_SHARE_FOR_CP1252 = 0.3


def _too_many_controls(count: int, length: int) -> bool:
    return count > max(2, length * _MAX_CONTROL_SHARE)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM, told by its zero bytes: mostly-ASCII text has one in every pair."""
    sample = raw[:BINARY_SAMPLE]
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


def _mostly_ascii(raw: bytes) -> bool:
    sample = raw[:BINARY_SAMPLE]
    visible = len(sample) - sum(sample.count(ch) for ch in b" \t\r\n")
    high = len(sample.translate(None, bytes(range(0x80))))
    return bool(visible) and high <= _MAX_HIGH_SHARE_FOR_CP1252 * visible


def _detected(raw: bytes) -> tuple[str, str] | None:
    """(encoding, text) from charset-normalizer, or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    return None if best is None else (best.encoding, str(best))


def _legacy(raw: bytes) -> str | None:
    """Text that is not UTF-8: cp1252 (or Latin-1) when it reads as mostly-ASCII Latin text.

    Why not trust the detector first: on short Latin-1 texts charset-normalizer
    picks cp1257, cp1006 or even UTF-16 (``Kafé`` -> ``Kafķ``), while Indonesian
    archives saved on Windows are cp1252 in practice.
    """
    if _mostly_ascii(raw):
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:  # one of cp1252's five unassigned bytes
            return raw.decode("latin-1")
    found = _detected(raw)
    return None if found is None else found[1]


def decode(raw: bytes) -> str | None:
    """Text of ``raw``, or None when it is binary or in no encoding we can tell."""
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
    sample = raw[:BINARY_SAMPLE]
    if _too_many_controls(len(_CONTROL_BYTES.findall(sample)), len(sample)):
        return None
    return _legacy(raw)


def looks_binary(text: str) -> bool:
    """True when decoded text is full of control characters: a binary file."""
    sample = text[:BINARY_SAMPLE]
    return _too_many_controls(len(CONTROL.findall(sample)), len(sample))


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
    cleaned = head.replace(b"\x00", b"")
    if _mostly_ascii(cleaned):
        return "cp1252"
    found = _detected(cleaned)
    return found[0] if found else "cp1252"
