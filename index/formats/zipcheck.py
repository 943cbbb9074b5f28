"""The zip-bomb check that every zip-based document (.odt, .epub) passes before it is opened.

The sizes checked are the ones the zip's directory declares; ``zipfile``
refuses to unpack more than an entry declares, and members are read with
``read_member`` under the same limit, so a bomb cannot fill memory.
"""
from __future__ import annotations

import io
import zipfile

from .limits import Limits
from .record import SkippedRecord

_MB = 1024 * 1024
_MAX_RATIO = 200  # deflate rarely beats 1:100 on real XML; bombs reach 1:1000


def open_zip(raw: bytes, path: str, limits: Limits, *, kind: str, required: str) -> zipfile.ZipFile | SkippedRecord:
    """The archive, or why it is not opened: not a zip, damaged, missing ``required``, or a bomb."""
    if not raw.startswith(b"PK"):
        return SkippedRecord(path, f"not {kind} (it is a zip file; this is not one)")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return SkippedRecord(path, f"not a readable {kind.removeprefix('an ').removeprefix('a ')} "
                                   "(damaged or truncated zip)")
    if required not in {info.filename for info in infos}:
        archive.close()
        return SkippedRecord(path, f"not {kind} (no {required} inside)")
    unpacked = sum(info.file_size for info in infos)
    packed = sum(info.compress_size for info in infos) or 1
    if unpacked > limits.docx_unzipped_bytes:
        archive.close()
        return SkippedRecord(
            path, f"unpacks to {unpacked // _MB} MB, over the {limits.docx_unzipped_bytes // _MB} MB limit (zip bomb?)"
        )
    if unpacked > 10 * _MB and unpacked / packed > _MAX_RATIO:
        archive.close()
        return SkippedRecord(path, f"compressed {unpacked // packed}:1, a zip bomb; not opened")
    return archive
