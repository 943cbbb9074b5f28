"""Rich Text Format (``.rtf``) through striprtf (BSD-3-Clause).

RTF is 7-bit text with ``\\'xx`` escapes in the document's code page; striprtf
removes the control words and decodes the escapes. The first line is the
headline, the first date in the text the date.
"""
from __future__ import annotations

from ..messages import CoreMessage, DocumentProblem, ZipProblem
from .pagedates import find_date
from .record import Extracted, Format, SkippedRecord, document_article

_MAX_HEADLINE = 200
_DATE_SEARCH_CHARS = 2000


def extract_rtf(raw: bytes, path: str, *, fallback_headline: str) -> Extracted | SkippedRecord:
    from striprtf.striprtf import rtf_to_text

    if not raw.lstrip().startswith(b"{\\rtf"):
        return SkippedRecord(path, CoreMessage(ZipProblem.NOT_RTF))
    try:
        text = rtf_to_text(raw.decode("latin-1"), encoding="cp1252", errors="replace")
    except (ValueError, LookupError, RecursionError) as err:
        return SkippedRecord(path, CoreMessage(ZipProblem.RTF_UNREADABLE, error=type(err).__name__))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_NO_TEXT))
    headline, body = lines[0][:_MAX_HEADLINE], lines[1:]
    date = find_date("\n".join(body)[:_DATE_SEARCH_CHARS])
    return document_article(headline or fallback_headline, "\n\n".join(body) or headline, Format.RTF, date)
