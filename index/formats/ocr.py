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

from ..messages import ArticleWarning, CoreMessage, ScanProblem
from .limits import Deadline
from .pagedates import find_date
from .record import Extracted, Format, SkippedRecord

LANG = "ind"
HOW_TO_ENABLE = CoreMessage(ScanProblem.OCR_OFF)
# Larger images are refused before decoding: a 20,000 x 20,000 scan is 1.2 GB of pixels.
MAX_PIXELS = 60_000_000
# Image-only PDF pages are rendered at this resolution. Tesseract's LSTM scales every text line to a
# fixed height, so more pixels only add layout work: on A4 pages of 7-9.6 pt body text (bench/PROFILE.md)
# 200 dpi read as many words right as 300 dpi (0.990-1.000) for 15 % less Tesseract CPU and less than
# half the rendering. Images (.png .jpg .tif) are read at the resolution they were scanned at.
PDF_DPI = 200
# Generous: an A4 page takes ~1.3-1.6 s of CPU, but a busy machine stretches that several times.
PAGE_SECONDS = 60.0
# Pages of one PDF are read by this many Tesseract processes at once (one thread each): both cores.
PARALLEL_PAGES = max(1, min(2, os.cpu_count() or 1))
# A scanned file has its own time budget (the 30 s of a text file is two or three scanned pages).
FILE_SECONDS = 600.0
LOW_CONFIDENCE = 70.0
# An image in which Tesseract is sure of fewer words than this is a photo, not a clipping: skipped with a
# reason rather than indexed as an empty article. A clipping's headline and one paragraph hold 20+ words;
# a photo gives a few unsure fragments (a sign, a caption, texture read as letters).
MIN_CLIPPING_WORDS = 12
SURE_WORD = 60.0  # Tesseract's confidence (0-100) for a word to count
_BLANK_STDDEV = 8.0  # grey levels: below this an image with no text found is blank, not a photo
_HEADLINE_RATIO = 1.3
_DATE_SEARCH_CHARS = 2000


@dataclass(frozen=True)
class PageText:
    lines: list[str]
    headline: str | None
    confidence: float  # mean word confidence, 0-100
    sure_words: int = 0  # words of two or more letters read with confidence >= SURE_WORD


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


def _sure(word: str, conf: float) -> bool:
    return conf >= SURE_WORD and sum(ch.isalpha() for ch in word) >= 2


def _lines(data: dict[str, list[Any]]) -> tuple[list[tuple[str, float]], list[float], int]:
    """(text, letter height) per line in reading order, the confidences of its words, and how many are sure."""
    lines: dict[tuple[int, int, int], list[int]] = {}
    confidences: list[float] = []
    sure = 0
    for i, word in enumerate(data["text"]):
        if not str(word).strip():
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(i)
        conf = float(data["conf"][i])
        if conf >= 0:
            confidences.append(conf)
        sure += _sure(str(word), conf)
    out = []
    for indexes in lines.values():
        text = " ".join(str(data["text"][i]) for i in indexes)
        height = statistics.median(float(data["height"][i]) for i in indexes)
        out.append((text, height))
    return out, confidences, sure


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
    lines, confidences, sure = _lines(data)
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
    return PageText([t for t, _ in lines], headline, statistics.fmean(confidences) if confidences else 0.0, sure)


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
        what = ScanProblem.NO_TEXT_PDF if fmt is Format.PDF else ScanProblem.NO_TEXT_SCAN
        return SkippedRecord(path, CoreMessage(what))
    headline = next((p.headline for p in pages if p.headline), None) or lines[0]
    first = pages[0].lines
    if headline and first and " ".join(first[: headline.count(" ") + 1]).startswith(headline[:20]):
        words = len(headline.split())
        while first and words > 0:  # the headline's lines are not repeated as body
            words -= len(first.pop(0).split())
    body = "\n\n".join(p for page in pages for p in _paragraphs(page.lines)) or lines[0]
    confidence = statistics.fmean(p.confidence for p in pages)
    if confidence < LOW_CONFIDENCE:
        warnings.append(CoreMessage(ArticleWarning.OCR_UNSURE, confidence=confidence))
    date = find_date("\n".join(lines)[:_DATE_SEARCH_CHARS])
    value, has_time = (date.value, date.has_time) if date else (None, False)
    if date is None:
        try:
            value = datetime.fromtimestamp(os.path.getmtime(path)).replace(microsecond=0)
            warnings.append(CoreMessage(ArticleWarning.NO_DATE_IN_SCAN))
        except OSError:
            warnings.append(CoreMessage(ArticleWarning.NO_DATE_FOUND))
    return Extracted(headline=headline[:200] or fallback, body=body, format=fmt, date=value, has_time=has_time,
                     warnings=tuple(warnings))


def _blank(image: Any) -> bool:
    """A page of one tone (an empty scan, a placeholder pixel): nothing on it, not a photo."""
    from PIL import ImageStat

    image.seek(0)
    gray = image.convert("L")
    gray.thumbnail((512, 512))
    return bool(ImageStat.Stat(gray).stddev[0] < _BLANK_STDDEV)


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
            return SkippedRecord(path, CoreMessage(ScanProblem.IMAGE_TOO_LARGE, width=width, height=height))
        pages: list[PageText] = []
        warnings: list[str] = []
        for index, frame in enumerate(ImageSequence.Iterator(image)):
            if index and deadline.expired():
                warnings.append(CoreMessage(ArticleWarning.SCAN_TIME_LIMIT, read=index, seconds=deadline.seconds))
                break
            try:
                pages.append(read_page(frame.convert("L"), min(PAGE_SECONDS, deadline.seconds)))
            except RuntimeError:
                warnings.append(CoreMessage(ArticleWarning.SCAN_PAGE_TIMEOUT, page=index + 1, seconds=PAGE_SECONDS))
    except Image.DecompressionBombError:
        return SkippedRecord(path, CoreMessage(ScanProblem.IMAGE_OVER_LIMIT))
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return SkippedRecord(path, CoreMessage(ScanProblem.IMAGE_UNREADABLE))
    if not pages:
        return SkippedRecord(path, CoreMessage(ScanProblem.TOO_SLOW, seconds=PAGE_SECONDS))
    sure = sum(p.sure_words for p in pages)
    if sure < MIN_CLIPPING_WORDS:  # no text at all, or a few unsure fragments
        if not any(p.lines for p in pages) and _blank(image):
            return SkippedRecord(path, CoreMessage(ScanProblem.NO_TEXT_SCAN))
        return SkippedRecord(path, CoreMessage(ScanProblem.PHOTO, words=sure))
    return article_from_pages(pages, path, Format.IMAGE, fallback_headline, warnings)


def ocr_pdf_pages(doc: Any, path: str, *, max_pages: int, deadline: Deadline,
                  fallback_headline: str) -> Extracted | SkippedRecord:
    """A PDF without a text layer: each page rendered at ``PDF_DPI`` and read by OCR."""
    missing = ocr_missing()
    if missing:
        return SkippedRecord(path, CoreMessage(ScanProblem.PDF_OCR_OFF))
    from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

    warnings: list[str] = []
    deadline = Deadline(max(deadline.seconds, FILE_SECONDS))
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # before the threads start Tesseract (see read_page)
    count = len(doc)
    futures: list[tuple[int, Future[PageText]]] = []
    # Pages are rendered here (PDFium is not thread-safe) and read by up to PARALLEL_PAGES
    # Tesseract processes at once: a long scanned PDF is one file, and would otherwise use one core.
    with ThreadPoolExecutor(max_workers=PARALLEL_PAGES) as pool:
        for index in range(min(count, max_pages)):
            if index and deadline.expired():
                warnings.append(CoreMessage(ArticleWarning.PDF_TIME_LIMIT, read=index, pages=count,
                                            seconds=deadline.seconds))
                break
            running = [f for _, f in futures if not f.done()]
            if len(running) >= 2 * PARALLEL_PAGES:  # at most a few rendered pages wait in memory
                wait(running, return_when=FIRST_COMPLETED)
            page = doc[index]
            try:
                image = page.render(scale=PDF_DPI / 72, grayscale=True).to_pil()
            finally:
                page.close()
            futures.append((index, pool.submit(read_page, image)))
        pages: list[PageText] = []
        for index, future in futures:
            try:
                pages.append(future.result())
            except RuntimeError:
                warnings.append(CoreMessage(ArticleWarning.SCAN_PAGE_TIMEOUT, page=index + 1, seconds=PAGE_SECONDS))
    if not pages:
        return SkippedRecord(path, CoreMessage(ScanProblem.NO_TEXT_PDF_PAGES))
    return article_from_pages(pages, path, Format.PDF, fallback_headline, warnings)
