"""What an extractor hands back: one article, or one thing it could not read.

Every format yields the same two records so the sync can treat a saved web
page, a PDF and row 812 of a CSV file alike.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from ..messages import ArticleWarning, CoreMessage

if TYPE_CHECKING:
    from ..article_dates import ParsedDate


class Format(StrEnum):
    """The kind of file an article came from; the value is what the index stores."""

    TXT = "txt"
    MD = "md"
    HTML = "html"
    MHTML = "mhtml"
    PDF = "pdf"
    DOCX = "docx"
    IMAGE = "image"  # a scanned clipping read by OCR
    ODT = "odt"
    EPUB = "epub"
    RTF = "rtf"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"

    @property
    def is_data_set(self) -> bool:
        """Data-set files hold many articles, addressed by record number."""
        return self in (Format.JSONL, Format.JSON, Format.CSV)


@dataclass(frozen=True)
class Extracted:
    """One article read from a file (or from one record of a data-set file)."""

    headline: str
    body: str
    format: Format
    date: datetime | None = None  # naive, the article's own wall-clock time
    has_time: bool = False
    source: str | None = None  # the outlet, when the file names it
    url: str | None = None  # the article's own link, when known
    record: int | None = None  # 1-based record number in a data-set file
    warnings: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SkippedRecord:
    """A file, or one record of a data-set file, that yields no article, and why."""

    path: str
    reason: str
    record: int | None = None  # None: the whole file was skipped


def document_article(headline: str, body: str, fmt: Format, date: ParsedDate | None,
                     source: str | None = None) -> Extracted:
    """A document's one article (.odt, .rtf, .epub): no date found in its text is a warning, not a skip."""
    return Extracted(
        headline=headline,
        body=body,
        format=fmt,
        date=date.value if date else None,
        has_time=date.has_time if date else False,
        source=source,
        warnings=() if date else (CoreMessage(ArticleWarning.NO_DATE_FOUND),),
    )
