"""Word documents (``.docx``) through python-docx.

A .docx is a zip; before python-docx opens it, its directory is checked so a
file that is not a zip, or a zip bomb (small on disk, gigabytes unpacked), is
skipped with a reason instead of filling memory. The sizes checked are the
ones the zip declares; ``zipfile`` refuses to unpack more than declared.
"""
from __future__ import annotations

import io
import zipfile

from ..messages import ArticleWarning, CoreMessage, DocumentProblem
from .limits import Deadline, Limits
from .pagedates import find_date
from .record import Extracted, Format, SkippedRecord

_MB = 1024 * 1024
_MAX_RATIO = 200  # deflate rarely beats 1:100 on real XML; bombs reach 1:1000
_DATE_SEARCH_PARAGRAPHS = 8
_MAX_HEADLINE = 200


def _check_zip(raw: bytes, path: str, limits: Limits) -> SkippedRecord | None:
    if not raw.startswith(b"PK"):
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_NOT_ZIP))
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_DAMAGED_ZIP))
    names = {info.filename for info in infos}
    if "word/document.xml" not in names:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_NO_DOCUMENT_XML))
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > limits.docx_unzipped_bytes:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_UNPACKS_TOO_LARGE, megabytes=unpacked // _MB,
                                               limit=limits.docx_unzipped_bytes // _MB))
    if unpacked > 10 * _MB and unpacked / packed > _MAX_RATIO:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_ZIP_BOMB, ratio=unpacked // packed))
    return None


def _style_name(paragraph: object) -> str:
    try:
        style = paragraph.style  # type: ignore[attr-defined]
        return (style.name or "") if style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return ""


def extract_docx(
    raw: bytes, path: str, *, limits: Limits, deadline: Deadline, fallback_headline: str
) -> Extracted | SkippedRecord:
    problem = _check_zip(raw, path, limits)
    if problem is not None:
        return problem
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(raw))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_UNREADABLE))
    except Exception as err:  # lxml's XMLSyntaxError and relatives: a damaged document part
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_UNREADABLE_ERROR, error=type(err).__name__))
    paragraphs: list[tuple[str, str]] = []  # (style name, text)
    for paragraph in document.paragraphs:
        text = " ".join(paragraph.text.split())
        if text:
            paragraphs.append((_style_name(paragraph), text))
    deadline.check()
    for table in document.tables:
        for row in table.rows:
            cells = " | ".join(dict.fromkeys(" ".join(c.text.split()) for c in row.cells if c.text.strip()))
            if cells:
                paragraphs.append(("table", cells))
        deadline.check()
    if not paragraphs:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_NO_TEXT))
    # Headline: the Title style, else the first heading, else the first paragraph.
    pick = next((i for i, (style, _) in enumerate(paragraphs) if style.lower() == "title"), None)
    if pick is None:
        pick = next((i for i, (style, _) in enumerate(paragraphs) if style.lower().startswith("heading")), None)
    if pick is None or pick > 5:
        pick = 0
    headline = paragraphs[pick][1][:_MAX_HEADLINE]
    rest = [text for i, (_, text) in enumerate(paragraphs) if i != pick]
    warnings: list[str] = []
    date = find_date("\n".join(rest[:_DATE_SEARCH_PARAGRAPHS]))
    if date is None:
        warnings.append(CoreMessage(ArticleWarning.NO_DATE_FOUND))
    return Extracted(
        headline=headline or fallback_headline,
        body="\n\n".join(rest),
        format=Format.DOCX,
        date=date.value if date else None,
        has_time=date.has_time if date else False,
        warnings=tuple(warnings),
    )
