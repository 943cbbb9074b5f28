"""Size, memory and time limits, so one pathological file cannot stall a sync.

Single-article files other than plain text (web pages, MHTML, PDF, Word) are
read in a helper process (``isolated.py``) whose address space is capped
(``memory_bytes``) and which is stopped when it takes longer than ``seconds``
plus ``kill_grace``: a parser stuck inside one library call cannot be
interrupted any other way. Inside it, the extractors' loops also check a
cooperative deadline (per PDF page, between HTML passes) so most slow files
end with a clean message before the hard stop. Data sets are streamed in
bounded pieces instead (``record_bytes``).

``TELUSUR_MEMORY_MB`` and ``TELUSUR_FILE_SECONDS`` override the defaults
(tests use small values; spawned workers inherit them).
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace

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
    # Memory the helper process that reads one single-article file may take
    # beyond its own size with the readers loaded (isolated.py).
    memory_bytes: int = 1536 * _MB
    kill_grace: float = 5.0  # past ``seconds``, before the helper is stopped


def _from_env(limits: Limits) -> Limits:
    """``limits`` with the environment's overrides (invalid values are ignored)."""
    memory = os.environ.get("TELUSUR_MEMORY_MB", "")
    seconds = os.environ.get("TELUSUR_FILE_SECONDS", "")
    if memory.isdigit() and int(memory) > 0:
        limits = replace(limits, memory_bytes=int(memory) * _MB)
    try:
        if seconds and float(seconds) > 0:
            limits = replace(limits, seconds=float(seconds), kill_grace=min(limits.kill_grace, float(seconds)))
    except ValueError:
        pass
    return limits


DEFAULT_LIMITS = _from_env(Limits())


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
