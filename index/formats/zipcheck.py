"""The zip-bomb check that every zip-based document (.odt, .epub) passes before it is opened.

The sizes checked are the ones the zip's directory declares; ``zipfile``
refuses to unpack more than an entry declares, and members are read with
``read_member`` under the same limit, so a bomb cannot fill memory.
"""
from __future__ import annotations

import io
import zipfile

from ..messages import CoreMessage, DocumentProblem, ZipKind, ZipProblem
from .limits import Limits
from .record import SkippedRecord

_MB = 1024 * 1024
_MAX_RATIO = 200  # deflate rarely beats 1:100 on real XML; bombs reach 1:1000
_BARE = {ZipKind.AN_ODT: ZipKind.ODT, ZipKind.AN_EPUB: ZipKind.EPUB}  # "not a readable OpenDocument text"


def open_zip(raw: bytes, path: str, limits: Limits, *, kind: ZipKind, required: str) -> zipfile.ZipFile | SkippedRecord:
    """The archive, or why it is not opened: not a zip, damaged, missing ``required``, or a bomb."""
    if not raw.startswith(b"PK"):
        return SkippedRecord(path, CoreMessage(ZipProblem.NOT_ZIP, kind=CoreMessage(kind)))
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return SkippedRecord(path, CoreMessage(ZipProblem.DAMAGED_ZIP, kind=CoreMessage(_BARE[kind])))
    if required not in {info.filename for info in infos}:
        archive.close()
        return SkippedRecord(path, CoreMessage(ZipProblem.MISSING_PART, kind=CoreMessage(kind), part=required))
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > limits.docx_unzipped_bytes:
        archive.close()
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_UNPACKS_TOO_LARGE, megabytes=unpacked // _MB,
                                               limit=limits.docx_unzipped_bytes // _MB))
    if unpacked > 10 * _MB and unpacked / packed > _MAX_RATIO:
        archive.close()
        return SkippedRecord(path, CoreMessage(DocumentProblem.WORD_ZIP_BOMB, ratio=unpacked // packed))
    return archive
