"""One entry point from a file to its articles, whatever the format.

``extract`` picks the reader by suffix, applies the size limit before reading
anything, and turns every failure into a ``SkippedRecord`` with a plain reason:
it never raises for a bad file, so one file cannot stop a folder. Files are
only opened for reading.
"""
from __future__ import annotations

import os
from collections.abc import Iterator

from telusur.analysis.safe_write import extended_path

from ..messages import CoreMessage, SkipReason, os_reason
from .limits import DEFAULT_LIMITS, Deadline, ExtractionTimeout, Limits
from .paths import article_kind
from .record import Extracted, Format, SkippedRecord

_MB = 1024 * 1024


def size_limit(fmt: Format, limits: Limits = DEFAULT_LIMITS) -> int | None:
    """Largest file of ``fmt`` that is read; None for data sets, which are streamed."""
    return {
        Format.TXT: limits.text_bytes,
        Format.MD: limits.text_bytes,
        Format.HTML: limits.html_bytes,
        Format.MHTML: limits.mhtml_bytes,
        Format.PDF: limits.pdf_bytes,
        Format.DOCX: limits.docx_bytes,
        Format.ODT: limits.docx_bytes,
        Format.EPUB: limits.docx_bytes,
        Format.RTF: limits.docx_bytes,  # embedded pictures are hex text: RTFs run large
        Format.IMAGE: limits.pdf_bytes // 4,  # 50 MB: a 600 dpi A3 scan; pixels are checked before decoding
    }.get(fmt)


def _read(path: str, limit: int) -> bytes | SkippedRecord:
    try:
        with open(extended_path(path), "rb") as handle:
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        return SkippedRecord(path, CoreMessage(SkipReason.DISAPPEARED))
    except PermissionError:
        return SkippedRecord(path, CoreMessage(SkipReason.PERMISSION_DENIED))
    except IsADirectoryError:
        return SkippedRecord(path, CoreMessage(SkipReason.IS_FOLDER))
    except OSError as err:
        return SkippedRecord(path, CoreMessage(SkipReason.CANNOT_READ, error=os_reason(err)))
    return raw


def _too_large(path: str, fmt: Format, limit: int) -> SkippedRecord:
    return SkippedRecord(path, CoreMessage(SkipReason.TOO_LARGE_FOR_FORMAT, megabytes=limit // _MB, suffix=fmt.value))


def _single(path: str, raw: bytes | None, fmt: Format, limits: Limits, fallback: str) -> Extracted | SkippedRecord:
    limit = size_limit(fmt, limits)
    assert limit is not None
    deadline = Deadline(limits.seconds)
    if fmt is Format.PDF and raw is None:
        try:  # PDFium reads the file lazily: no need to load an e-paper into memory
            if os.path.getsize(extended_path(path)) > limit:
                return _too_large(path, fmt, limit)
        except OSError as err:
            return SkippedRecord(path, CoreMessage(SkipReason.CANNOT_READ, error=os_reason(err)))
        from .pdf import extract_pdf

        return extract_pdf(path, path, limits=limits, deadline=deadline, fallback_headline=fallback)
    if raw is None:
        read = _read(path, limit)
        if isinstance(read, SkippedRecord):
            return read
        raw = read
    if len(raw) > limit:
        return _too_large(path, fmt, limit)
    # Each extractor is imported on first use: lxml, pypdfium2 and the mail parser cost
    # ~0.3 s of start-up that a search, or a sync of .txt files, never needs.
    if fmt in (Format.TXT, Format.MD):
        from .plaintext import extract_text

        return extract_text(raw, path, fmt, fallback)
    if fmt is Format.HTML:
        from .webpage import extract_html

        return extract_html(raw, path, deadline=deadline, fallback_headline=fallback)
    if fmt is Format.MHTML:
        from .mhtml import extract_mhtml

        return extract_mhtml(raw, path, deadline=deadline, fallback_headline=fallback)
    if fmt is Format.PDF:
        from .pdf import extract_pdf

        return extract_pdf(raw, path, limits=limits, deadline=deadline, fallback_headline=fallback)
    if fmt is Format.ODT:
        from .odt import extract_odt

        return extract_odt(raw, path, limits=limits, deadline=deadline, fallback_headline=fallback)
    if fmt is Format.EPUB:
        from .epub import extract_epub

        return extract_epub(raw, path, limits=limits, deadline=deadline, fallback_headline=fallback)
    if fmt is Format.RTF:
        from .rtf import extract_rtf

        return extract_rtf(raw, path, fallback_headline=fallback)
    if fmt is Format.IMAGE:
        from .ocr import extract_image

        return extract_image(raw, path, deadline=deadline, fallback_headline=fallback)
    from .word import extract_docx

    return extract_docx(raw, path, limits=limits, deadline=deadline, fallback_headline=fallback)


def _data_set(path: str, raw: bytes | None, fmt: Format, limits: Limits) -> Iterator[Extracted | SkippedRecord]:
    from .datasets import extract_csv, extract_json, extract_jsonl

    source: str | bytes = path if raw is None else raw
    if fmt is Format.JSONL:
        return extract_jsonl(source, path, limits)
    if fmt is Format.JSON:
        return extract_json(source, path, limits)
    return extract_csv(source, path, limits)


def extract(
    path: str,
    raw: bytes | None = None,
    *,
    fmt: Format | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Extracted | SkippedRecord]:
    """The articles in the file at ``path`` (or in ``raw``, its bytes, when given).

    Single-article formats yield exactly one item; data sets yield one per
    record, streamed. ``fmt`` overrides the suffix. Never raises for bad input.
    """
    kind = fmt or article_kind(path)
    if kind is None:
        yield SkippedRecord(path, CoreMessage(SkipReason.UNKNOWN_SUFFIX))
        return
    fallback = os.path.splitext(os.path.basename(path))[0]
    try:
        if kind.is_data_set:
            yield from _data_set(path, raw, kind, limits)
        else:
            yield _single(path, raw, kind, limits, fallback)
    except ExtractionTimeout as err:
        yield SkippedRecord(path, CoreMessage(SkipReason.TIMEOUT, seconds=err.seconds))
    except FileNotFoundError:
        yield SkippedRecord(path, CoreMessage(SkipReason.DISAPPEARED))
    except PermissionError:
        yield SkippedRecord(path, CoreMessage(SkipReason.PERMISSION_DENIED))
    except RecursionError:
        yield SkippedRecord(path, CoreMessage(SkipReason.NESTED_TOO_DEEP))
    except MemoryError:
        yield SkippedRecord(path, CoreMessage(SkipReason.TOO_LARGE_IN_MEMORY))
    except Exception as err:  # a library's bug on a strange file must not stop the folder
        error = f"{type(err).__name__}: {str(err)[:200]}"
        yield SkippedRecord(path, CoreMessage(SkipReason.COULD_NOT_READ, error=error))
