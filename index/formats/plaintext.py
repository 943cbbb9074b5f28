"""``.txt`` and ``.md`` articles: decoded, then parsed in the seed layout."""
from __future__ import annotations

import re

from ..articles import parse_article
from ..messages import CoreMessage, SkipReason
from .record import Extracted, Format, SkippedRecord
from .textcodec import CONTROL, decode, looks_binary

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def text_article(text: str, fmt: Format, fallback_headline: str) -> Extracted:
    """The article in decoded text (the sync's reader decodes it: ``files.read_text``)."""
    article = parse_article(text, fallback_headline=fallback_headline)
    headline = article.headline
    if fmt is Format.MD:  # "# Judul" is a headline, not "# Judul"
        headline = _MD_HEADING.sub("", headline).strip() or fallback_headline
    return Extracted(
        headline=headline,
        body=article.body,
        format=fmt,
        date=article.date,
        has_time=article.has_time,
        warnings=article.warnings,
    )


def extract_text(raw: bytes, path: str, fmt: Format, fallback_headline: str) -> Extracted | SkippedRecord:
    if not raw.strip():
        return SkippedRecord(path, CoreMessage(SkipReason.EMPTY))
    text = decode(raw)
    if text is None:
        return SkippedRecord(path, CoreMessage(SkipReason.UNDECODABLE))
    if looks_binary(text):
        return SkippedRecord(path, CoreMessage(SkipReason.BINARY))
    return text_article(CONTROL.sub(" ", text), fmt, fallback_headline)
