"""Size and time limits, so one pathological file cannot stall a sync.

Extraction runs in worker processes on every platform, Windows included, so
the time limit is a deadline that the extractors' loops check (per PDF page,
per data-set record, between HTML passes) rather than a signal or a thread.
Work that happens in one library call (parsing one HTML page, one PDF page)
cannot be interrupted that way; the size limits bound it instead.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

_MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Per-file limits. Sizes are bytes on disk, except where said."""

    text_bytes: int = 10 * _MB  # .txt/.md, as the plain-text reader always had
    html_bytes: int = 10 * _MB  # saved pages (images live in NAME_files/, not in the page)
    mhtml_bytes: int = 50 * _MB  # one file with every image inside
    pdf_bytes: int = 200 * _MB  # e-papers are large
    pdf_pages: int = 1000
    docx_bytes: int = 50 * _MB
    docx_unzipped_bytes: int = 200 * _MB  # sum of the sizes the zip directory declares
    record_bytes: int = 10 * _MB  # one line / element / row of a data-set file
    seconds: float = 30.0  # one single-article file (data sets: see datasets.py)


DEFAULT_LIMITS = Limits()


class ExtractionTimeout(Exception):
    """The file took longer than its time limit (``seconds``)."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


class Deadline:
    """A point in time that loops compare against; cheap to check often."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def expired(self) -> bool:
        return time.monotonic() > self._end

    def check(self) -> None:
        if self.expired():
            raise ExtractionTimeout(self.seconds)
