"""Scanned clippings: text from images and image-only PDF pages, by Tesseract.

Tesseract (Apache-2.0) with its Indonesian model reads newspaper scans well;
pytesseract (Apache-2.0) runs the ``tesseract`` program, so nothing is built
here. When the program or the Indonesian model is missing the file is skipped
with a reason that says how to enable OCR, never an error. Each page has a
time limit (Tesseract is killed when it passes), and a page whose words
Tesseract is unsure of gets a warning.

The headline is the first line set in the largest letters (when they stand
out from the body text); the date is the first Indonesian date in the text,
else the file's modification time, with a warning.
"""
from __future__ import annotations

import io
import os
import shutil
import statistics
import warnings as warnings_module
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from .limits import Deadline
from .pagedates import find_date
from .record import Extracted, Format, SkippedRecord

LANG = "ind"
HOW_TO_ENABLE = (
    "scanned image: OCR is off because Tesseract with its Indonesian model is not installed "
    "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
    "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)"
)
# Larger images are refused before decoding: a 20,000 x 20,000 scan is 1.2 GB of pixels.
MAX_PIXELS = 60_000_000
# Scans are read at this resolution; PDF pages are rendered at it.
DPI = 300
# Generous: a 300 dpi A4 page takes ~1.6 s of CPU, but a busy machine stretches that several times.
PAGE_SECONDS = 60.0
PARALLEL_PAGES = min(2, os.cpu_count() or 1)
# A scanned file has its own time budget (the 30 s of a text file is two or three scanned pages).
FILE_SECONDS = 600.0
LOW_CONFIDENCE = 70.0
_HEADLINE_RATIO = 1.3
_DATE_SEARCH_CHARS = 2000


@dataclass(frozen=True)
class PageText:
    lines: list[str]
    headline: str | None
    confidence: float  # mean word confidence, 0-100


@lru_cache(maxsize=1)
def ocr_missing() -> str | None:
    """Why OCR cannot run here (the reason to show), or None when it can."""
    if shutil.which("tesseract") is None and not os.environ.get("TESSERACT_CMD"):
        return HOW_TO_ENABLE
    try:
        import pytesseract

        if os.environ.get("TESSERACT_CMD"):
            pytesseract.pytesseract.tesseract_cmd = os.environ["TESSERACT_CMD"]
        if LANG not in pytesseract.get_languages(config=""):
            return HOW_TO_ENABLE
    except Exception:  # no wrapper, or a tesseract that does not start
        return HOW_TO_ENABLE
    return None


def _lines(data: dict[str, list[Any]]) -> tuple[list[tuple[str, float]], list[float]]:
    """(text, letter height) per line in reading order, and the confidences of its words."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        if not str(word).strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(i)
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
    out = []
    for indexes in lines.values():
        text = " ".join(str(data["text"][i]) for i in indexes)
        height = statistics.median(float(data["height"][i]) for i in indexes)
        out.append((text, height))
    return out, confidences


def read_page(image: Any, seconds: float = PAGE_SECONDS) -> PageText:
    """OCR one page image (a PIL image); raises RuntimeError when Tesseract passes ``seconds``."""
    import pytesseract

    # One thread per Tesseract: the sync already runs a worker per core, and Tesseract's own
    # OpenMP threads fighting them made a page 2.5x slower (13.9 s against 5.7 s, measured).
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    if image.format is None:
        image.format = "BMP"  # pytesseract hands Tesseract a temporary file: BMP is written 20x faster than PNG

    data = pytesseract.image_to_data(image, lang=LANG, config="--psm 3", timeout=seconds,
                                     output_type=pytesseract.Output.DICT)
    lines, confidences = _lines(data)
    headline = None
    if lines:
        median = statistics.median(h for _, h in lines)
        top = max(h for _, h in lines)
        if top >= _HEADLINE_RATIO * median:
            run: list[str] = []
            for text, height in lines:
                if height >= 0.85 * top:
                    run.append(text)
                elif run:
                    break
            headline = " ".join(run)
    return PageText([t for t, _ in lines], headline, statistics.fmean(confidences) if confidences else 0.0)


def _join_hyphenated(left: str, right: str) -> str:
    """Join a line ending in "-" to the next: "pemerin-" + "tah" is one word, but "anak-" + "anak" is
    Indonesian reduplication and keeps its hyphen."""
    stem = left[:-1].rsplit(" ", 1)[-1].lower()
    first = right.split(" ", 1)[0].lower()
    if stem and (first.startswith(stem) or stem.startswith(first.rstrip(".,;:"))):
        return left + right
    return left[:-1] + right


def _paragraphs(lines: list[str]) -> list[str]:
    """Lines joined into paragraphs; a line ending a sentence well short of the others ends one."""
    if not lines:
        return []
    full = sorted(len(line) for line in lines)[len(lines) * 3 // 4]
    paras: list[str] = []
    current: list[str] = []
    for line in lines:
        if current and current[-1].endswith("-") and line:
            current[-1] = _join_hyphenated(current[-1], line)
        else:
            current.append(line)
        if len(line) < 0.8 * full:
            paras.append(" ".join(current))
            current = []
    if current:
        paras.append(" ".join(current))
    return paras


def article_from_pages(pages: list[PageText], path: str, fmt: Format, fallback: str,
                       warnings: list[str]) -> Extracted | SkippedRecord:
    lines = [line for page in pages for line in page.lines]
    if not lines:
        what = "no text layer (scanned PDF) and OCR found no text" if fmt is Format.PDF else "no text found in the scan"
        return SkippedRecord(path, what)
    headline = next((p.headline for p in pages if p.headline), None) or lines[0]
    first = pages[0].lines
    if headline and first and " ".join(first[: headline.count(" ") + 1]).startswith(headline[:20]):
        words = len(headline.split())
        while first and words > 0:  # the headline's lines are not repeated as body
            words -= len(first.pop(0).split())
    body = "\n\n".join(p for page in pages for p in _paragraphs(page.lines)) or lines[0]
    confidence = statistics.fmean(p.confidence for p in pages)
    if confidence < LOW_CONFIDENCE:
        warnings.append(f"OCR unsure of the text (confidence {confidence:.0f}%): check the scan")
    date = find_date("\n".join(lines)[:_DATE_SEARCH_CHARS])
    value, has_time = (date.value, date.has_time) if date else (None, False)
    if date is None:
        try:
            value = datetime.fromtimestamp(os.path.getmtime(path)).replace(microsecond=0)
            warnings.append("no date in the scan; the file's date is used")
        except OSError:
            warnings.append("no date found; article left undated")
    return Extracted(headline=headline[:200] or fallback, body=body, format=fmt, date=value, has_time=has_time,
                     warnings=tuple(warnings))


def extract_image(raw: bytes, path: str, *, deadline: Deadline, fallback_headline: str) -> Extracted | SkippedRecord:
    """One article from a scanned clipping (.jpg .png .tif); multi-page TIFFs give one article."""
    missing = ocr_missing()
    if missing:
        return SkippedRecord(path, missing)
    from PIL import Image, ImageSequence, UnidentifiedImageError

    deadline = Deadline(max(deadline.seconds, FILE_SECONDS))
    try:
        with warnings_module.catch_warnings():  # Pillow warns of large images; the pixel limit below decides
            warnings_module.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw))
        width, height = image.size
        if width * height > MAX_PIXELS:
            return SkippedRecord(path, f"image too large to read ({width} x {height} pixels)")
        pages: list[PageText] = []
        warnings: list[str] = []
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index and deadline.expired():
                warnings.append(f"only the first {index} pages read (time limit {deadline.seconds:g} s)")
                break
            try:
                pages.append(read_page(frame.convert("L"), min(PAGE_SECONDS, deadline.seconds)))
            except RuntimeError:
                warnings.append(f"page {index + 1} took longer than {PAGE_SECONDS:g} s to read and was left out")
    except Image.DecompressionBombError:
        return SkippedRecord(path, "image too large to read (over 178 million pixels)")
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return SkippedRecord(path, "not a readable image (damaged or not an image)")
    if not pages:
        return SkippedRecord(path, f"took longer than {PAGE_SECONDS:g} s to read")
    return article_from_pages(pages, path, Format.IMAGE, fallback_headline, warnings)


def ocr_pdf_pages(doc: Any, path: str, *, max_pages: int, deadline: Deadline,
                  fallback_headline: str) -> Extracted | SkippedRecord:
    """A PDF without a text layer: each page rendered at ``DPI`` and read by OCR."""
    missing = ocr_missing()
    if missing:
        return SkippedRecord(path, "no text layer (scanned PDF); " + missing.split(": ", 1)[1])
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    warnings: list[str] = []
    deadline = Deadline(max(deadline.seconds, FILE_SECONDS))
    count = len(doc)
    futures: list[tuple[int, Future[PageText]]] = []
    # Pages are rendered here (PDFium is not thread-safe) and read by up to PARALLEL_PAGES
    # Tesseract processes at once: a long scanned PDF is one file, and would otherwise use one core.
    with ThreadPoolExecutor(max_workers=PARALLEL_PAGES) as pool:
        for index in range(min(count, max_pages)):
            if index and deadline.expired():
                warnings.append(f"only the first {index} of {count} pages read (time limit {deadline.seconds:g} s)")
                break
            running = [f for _, f in futures if not f.done()]
            if len(running) >= 2 * PARALLEL_PAGES:  # at most a few rendered pages wait in memory
                wait(running, return_when=FIRST_COMPLETED)
            page = doc[index]
            try:
                image = page.render(scale=DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()
            futures.append((index, pool.submit(read_page, image)))
        pages: list[PageText] = []
        for index, future in futures:
            try:
                pages.append(future.result())
            except RuntimeError:
                warnings.append(f"page {index + 1} took longer than {PAGE_SECONDS:g} s to read and was left out")
    if not pages:
        return SkippedRecord(path, "no text layer (scanned PDF) and OCR found none")
    return article_from_pages(pages, path, Format.PDF, fallback_headline, warnings)
