"""Rich Text Format (``.rtf``) through striprtf (BSD-3-Clause).

RTF is 7-bit text with ``\\'xx`` escapes in the document's code page; striprtf
removes the control words and decodes the escapes. The first line is the
headline, the first date in the text the date.
"""
from __future__ import annotations

from .pagedates import find_date
from .record import Extracted, Format, SkippedRecord

_MAX_HEADLINE = 200
_DATE_SEARCH_CHARS = 2000


def extract_rtf(raw: bytes, path: str, *, fallback_headline: str) -> Extracted | SkippedRecord:
    from striprtf.striprtf import rtf_to_text

    if not raw.lstrip().startswith(b"{\\rtf"):
        return SkippedRecord(path, "not an RTF document (it does not start with {\\rtf)")
    try:
        text = rtf_to_text(raw.decode("latin-1"), encoding="cp1252", errors="replace")
    except (ValueError, LookupError, RecursionError) as err:
        return SkippedRecord(path, f"not a readable RTF document ({type(err).__name__})")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return SkippedRecord(path, "no text in the document")
    headline, body = lines[0][:_MAX_HEADLINE], lines[1:]
    date = find_date("\n".join(body)[:_DATE_SEARCH_CHARS])
    return Extracted(
        headline=headline or fallback_headline,
        body="\n\n".join(body) or headline,
        format=Format.RTF,
        date=date.value if date else None,
        has_time=date.has_time if date else False,
        warnings=() if date else ("no date found; article left undated",),
    )
