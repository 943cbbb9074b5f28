"""PDF files (e-papers, press releases, reports) through pypdfium2.

PDFium reads the text layer fast and copes with damaged files; PyMuPDF would
too but is AGPL. Pages are read one at a time against the page and time
limits, so a 2,000-page report yields its first pages with a warning instead
of stalling the sync.
"""
from __future__ import annotations

import re
from typing import Any

from ..article_dates import ParsedDate
from ..messages import ArticleWarning, CoreMessage, DocumentProblem
from .limits import Deadline, Limits
from .pagedates import find_date, from_pdf_date
from .record import Extracted, Format, SkippedRecord

_LOAD_ERRORS = {  # PDFium's error codes
    2: DocumentProblem.PDF_CANNOT_OPEN,
    3: DocumentProblem.PDF_DAMAGED,
    4: DocumentProblem.PDF_PASSWORD,
    5: DocumentProblem.PDF_SECURITY_HANDLER,
    6: DocumentProblem.PDF_PAGE_MISSING,
}
_MEANINGLESS_TITLE = re.compile(
    r"(?:untitled|tanpa\s+judul|document\d*|doc\d*|dokumen\d*|presentation\d*|slide\s*\d*|\d+|"
    r".*\.(?:docx?|pdf|indd|rtf|txt|odt|pptx?|xlsx?|qxd|tmp)|microsoft\s+word\s+-.*)",
    re.IGNORECASE,
)
_DATE_SEARCH_CHARS = 2000
_MAX_HEADLINE = 200
_SHORT_LINE_SHARE = 0.8
_FONT_SCAN_CHARS = 3000
_HEADLINE_SEARCH_LINES = 6
_HEADLINE_FONT_RATIO = 1.2


def _meaningful_title(title: str) -> str | None:
    title = " ".join(title.split())
    if len(title) < 4 or len(title) > 300 or _MEANINGLESS_TITLE.fullmatch(title):
        return None
    return title


def _page_lines(text: str) -> list[str]:
    """Non-empty lines; a word hyphenated across lines (PDFium marks it \\x02) is joined."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "")
    text = text.replace("\x02\n", "").replace("\x02", "")
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _paragraphs(lines: list[str]) -> list[str]:
    """A page's lines joined into paragraphs.

    PDFs keep no paragraphs, only lines. A line clearly shorter than the
    page's full lines ends a paragraph (a paragraph's last line, a heading,
    a dateline); full lines run on into the next.
    """
    if not lines:
        return []
    lengths = sorted(len(line) for line in lines)
    full = lengths[min(len(lengths) - 1, len(lengths) * 3 // 4)]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        current.append(line)
        if len(line) < _SHORT_LINE_SHARE * full:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _drop_headline_lines(lines: list[str], headline: str) -> None:
    """Remove the run of lines near the top of a page that spells ``headline``."""
    wanted = " ".join(headline.split()).lower()
    top = min(len(lines), _HEADLINE_SEARCH_LINES)
    for start in range(top):
        for end in range(start + 1, min(len(lines), start + _HEADLINE_SEARCH_LINES) + 1):
            joined = " ".join(lines[start:end]).lower()
            if joined == wanted:
                del lines[start:end]
                return
            if len(joined) >= len(wanted):
                break


def _largest_font_text(textpage: Any) -> str | None:
    """The first run of text set in the page's largest font, when that font stands out (a headline)."""
    import pypdfium2.raw as pdfium_c

    count = min(textpage.count_chars(), _FONT_SCAN_CHARS)
    sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, i) for i in range(count)]
    visible = sorted(size for size in sizes if size > 0)
    if not visible:
        return None
    top = visible[-1]
    if top < _HEADLINE_FONT_RATIO * visible[len(visible) // 2]:
        return None  # one size throughout: no headline font
    run: list[int] = []
    for i, size in enumerate(sizes):
        if size >= 0.95 * top:
            if run and i - run[-1] > 3:  # spaces and line breaks between words carry no size
                break
            run.append(i)
    text = " ".join(textpage.get_text_range(run[0], run[-1] - run[0] + 1).replace("\x02", "").split())
    return text[:_MAX_HEADLINE] or None


def _scanned(source: bytes | str, path: str, *, limits: Limits, deadline: Deadline,
             fallback_headline: str) -> Extracted | SkippedRecord:
    """A PDF with no text layer: its pages read by OCR (ocr.py), or skipped saying how to enable it."""
    import pypdfium2 as pdfium

    from .ocr import ocr_pdf_pages

    try:
        doc = pdfium.PdfDocument(source)
    except pdfium.PdfiumError:
        return SkippedRecord(path, CoreMessage(DocumentProblem.PDF_NO_TEXT))
    try:
        return ocr_pdf_pages(doc, path, max_pages=limits.pdf_pages, deadline=deadline,
                             fallback_headline=fallback_headline)
    finally:
        doc.close()


def extract_pdf(
    source: bytes | str, path: str, *, limits: Limits, deadline: Deadline, fallback_headline: str
) -> Extracted | SkippedRecord:
    """One article per PDF file; ``source`` is the file's bytes or its path (read lazily)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(source)
    except pdfium.PdfiumError as err:
        return SkippedRecord(path, CoreMessage(_LOAD_ERRORS.get(err.err_code or 0, DocumentProblem.PDF_UNREADABLE)))
    warnings: list[str] = []
    pages: list[list[str]] = []
    big_text: str | None = None
    try:
        metadata = doc.get_metadata_dict(skip_empty=True)
        count = len(doc)
        for index in range(count):
            if index >= limits.pdf_pages:
                warnings.append(CoreMessage(ArticleWarning.PDF_PAGE_LIMIT, read=index, pages=count))
                break
            if index and deadline.expired():  # the first page is always read
                warnings.append(CoreMessage(ArticleWarning.PDF_TIME_LIMIT, read=index, pages=count,
                                             seconds=deadline.seconds))
                break
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(_page_lines(textpage.get_text_range()))
                    if big_text is None and pages[-1]:
                        big_text = _largest_font_text(textpage) or ""
                finally:
                    textpage.close()
            except pdfium.PdfiumError:
                warnings.append(CoreMessage(ArticleWarning.PDF_PAGE_UNREADABLE, page=index + 1))
            finally:
                page.close()
    finally:
        doc.close()
    lines = [line for page_lines in pages for line in page_lines]
    if not lines:
        return _scanned(source, path, limits=limits, deadline=deadline, fallback_headline=fallback_headline)
    headline = _meaningful_title(metadata.get("Title", "")) or big_text or lines[0][:_MAX_HEADLINE]
    # Do not repeat the headline as the body's start: drop the lines it is made of.
    first_page = next(page_lines for page_lines in pages if page_lines)
    _drop_headline_lines(first_page, headline)
    body = "\n\n".join(p for page_lines in pages for p in _paragraphs(page_lines))
    if not body:  # a one-line document: its line is its text
        body = lines[0]
    date: ParsedDate | None = find_date("\n".join(lines)[:_DATE_SEARCH_CHARS])
    if date is None:
        for key in ("CreationDate", "ModDate"):
            date = from_pdf_date(metadata.get(key, ""))
            if date is not None:
                warnings.append(CoreMessage(ArticleWarning.PDF_DATE_FROM_PROPERTIES))
                break
    if date is None:
        warnings.append(CoreMessage(ArticleWarning.NO_DATE_FOUND))
    return Extracted(
        headline=headline or fallback_headline,
        body=body,
        format=Format.PDF,
        date=date.value if date else None,
        has_time=date.has_time if date else False,
        warnings=tuple(warnings),
    )
