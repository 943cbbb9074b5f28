"""MHTML (``.mhtml``/``.mht``): a web page with its assets in one MIME message.

The stdlib ``email`` parser reads it; the first text/html part is the page,
read as a saved web page. Chrome writes the page's address in the top-level
``Snapshot-Content-Location`` header, others in the part's ``Content-Location``.
"""
from __future__ import annotations

import email
import email.policy
from email.message import Message

from ..messages import CoreMessage, DocumentProblem, SkipReason
from .limits import Deadline
from .record import Extracted, Format, SkippedRecord
from .webpage import extract_html


def _html_part(message: Message) -> Message | None:
    for part in message.walk():
        if part.get_content_type() in ("text/html", "application/xhtml+xml") and not part.is_multipart():
            return part
    return None


def extract_mhtml(raw: bytes, path: str, *, deadline: Deadline, fallback_headline: str) -> Extracted | SkippedRecord:
    if not raw.strip():
        return SkippedRecord(path, CoreMessage(SkipReason.EMPTY))
    try:
        message = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # the parser is lenient; anything it still raises means "not MIME"
        return SkippedRecord(path, CoreMessage(DocumentProblem.MHTML_NO_MIME))
    part = _html_part(message)
    if part is None:
        return SkippedRecord(path, CoreMessage(DocumentProblem.MHTML_NO_HTML))
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        return SkippedRecord(path, CoreMessage(DocumentProblem.MHTML_EMPTY))
    page: bytes | str = payload
    charset = part.get_content_charset()
    if charset:
        try:  # the MIME header's charset is the one the browser decoded with
            page = payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            page = payload
    page_url = message.get("Snapshot-Content-Location") or part.get("Content-Location") or None
    return extract_html(
        page, path, deadline=deadline, fallback_headline=fallback_headline,
        page_url=str(page_url).strip() if page_url else None, fmt=Format.MHTML,
    )
