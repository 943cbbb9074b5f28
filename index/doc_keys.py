"""Which article each document number holds, by the index's unique key.

Document numbers change whenever segments merge; the unique key (the path,
or the path and record number of a data set's article) does not, so anything
kept beside the index (wire-copy groups, saved searches' seen articles) is
keyed by it and mapped to document numbers once per index generation.

A segment's files never change once written, so its keys are read from the
term list once (``segments.unique_terms_by_document``) and kept in a small
file per segment beside the index (``keys/<segment id>.keys``): a fresh
process reads those instead of walking the term list (issue 20: the walk was
80 % of a fresh process's first query). A missing, damaged or foreign file is
rebuilt from the term list; files of segments no longer in the index go when
a new one is written. The keys are held as one string and an array of
offsets, not one Python object per document (issue 22).
"""
from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path

from whoosh.reading import IndexReader

from telusur.analysis.safe_write import write_bytes_atomic

from .columns import column_values
from .segments import segment_folder, segment_id, unique_terms_by_document
from .sync_records import Indexed

KEYS_FOLDER = "keys"  # beside the Whoosh folder, in the index root
_MAGIC = b"telusur-keys 1"
_SEP = "\0"  # never in a key: no file path holds NUL


def key_field(reader: IndexReader) -> str:
    """The schema's unique field: ``key`` where articles can share a file, else ``path``."""
    return "key" if "key" in reader.schema else "path"


class DocKeys(Mapping[int, str]):
    """Docnum -> unique key of every live document, compactly: one string and its offsets.

    A deleted document, or one without a key, has the empty span; the mapping
    holds only live, keyed documents (``d in keys``, ``keys.get(d)`` as a dict).
    """

    __slots__ = ("_text", "_starts", "_size")

    def __init__(self, text: str, starts: array) -> None:
        self._text = text
        self._starts = starts  # len = documents + 1; document d is text[starts[d]:starts[d + 1]]
        self._size = sum(1 for d in range(len(starts) - 1) if starts[d + 1] > starts[d])

    @classmethod
    def from_parts(cls, parts: list[list[str]]) -> DocKeys:
        """From each segment's keys in document order ("" for none), segments in docnum order."""
        starts = array("q", [0])
        chunks: list[str] = []
        end = 0
        for keys in parts:
            for key in keys:
                end += len(key)
                starts.append(end)
            chunks.extend(keys)
        return cls("".join(chunks), starts)

    def __getitem__(self, docnum: int) -> str:
        if not 0 <= docnum < len(self._starts) - 1:
            raise KeyError(docnum)
        start, stop = self._starts[docnum], self._starts[docnum + 1]
        if start == stop:
            raise KeyError(docnum)
        return self._text[start:stop]

    def __contains__(self, docnum: object) -> bool:
        if not isinstance(docnum, int) or not 0 <= docnum < len(self._starts) - 1:
            return False
        return self._starts[docnum + 1] > self._starts[docnum]

    def __iter__(self) -> Iterator[int]:
        starts = self._starts
        return (d for d in range(len(starts) - 1) if starts[d + 1] > starts[d])

    def __len__(self) -> int:
        return self._size

    def items(self) -> Iterator[tuple[int, str]]:  # type: ignore[override]
        text, starts = self._text, self._starts
        for d in range(len(starts) - 1):
            start, stop = starts[d], starts[d + 1]
            if stop > start:
                yield d, text[start:stop]


def cache_path(whoosh_folder: str, segid: str) -> Path:
    return Path(whoosh_folder).parent / KEYS_FOLDER / f"{segid}.keys"


def _encode(segid: str, keys: list[str]) -> bytes:
    body = _SEP.join(keys).encode("utf-8", "surrogatepass")
    header = b"%s %s %d %d\n" % (_MAGIC, segid.encode("ascii"), len(keys), zlib.crc32(body))
    return header + body


def _decode(data: bytes, segid: str, docs: int) -> list[str] | None:
    """The keys in ``data``, or None when it is not this segment's intact file."""
    header, newline, body = data.partition(b"\n")
    fields = header.split(b" ")
    if not newline or len(fields) != 5 or b" ".join(fields[:2]) != _MAGIC:
        return None
    if fields[2] != segid.encode("ascii") or fields[3] != b"%d" % docs or fields[4] != b"%d" % zlib.crc32(body):
        return None
    keys = body.decode("utf-8", "surrogatepass").split(_SEP) if docs else []
    return keys if len(keys) == docs else None


def _read_cached(folder: str, segid: str, docs: int) -> list[str] | None:
    try:
        data = cache_path(folder, segid).read_bytes()
    except OSError:
        return None
    return _decode(data, segid, docs)


def _write_cached(folder: str, segid: str, keys: list[str], live: set[str]) -> None:
    """Save one segment's keys, and drop files of segments not in ``live``; a failure only costs a walk later."""
    path = cache_path(folder, segid)
    data = _encode(segid, keys)
    try:
        # Derived data, checked by its checksum when read: no fsync needed.
        write_bytes_atomic(path, data, make_parent=True, sync=False, clean_stale=True)
        for other in path.parent.iterdir():
            if other.suffix == ".keys" and other.stem not in live:
                other.unlink(missing_ok=True)
    except OSError:
        pass


def segment_keys(sub: IndexReader, field: str, live: set[str]) -> list[str]:
    """One segment's keys by its document numbers: from its cache file, else its term list (then cached)."""
    if sub.has_column(field):
        return [value or "" for value in sub.column_reader(field, translate=True)]
    folder = segment_folder(sub)
    segid = segment_id(sub)
    docs = sub.doc_count_all()
    if folder is not None:
        cached = _read_cached(folder, segid, docs)
        if cached is not None:
            return cached
    keys = unique_terms_by_document(sub, field)
    if folder is not None:
        _write_cached(folder, segid, keys, live)
    return keys


def document_keys(reader: IndexReader) -> DocKeys:
    """Docnum -> unique key of every live document (a read-only mapping).

    Read from the key field's column when it has one, else from each
    segment's key file or its terms, never from stored fields (which hold
    the bodies).
    """
    field = key_field(reader)
    if reader.doc_count() == 0 or field not in reader.schema:
        return DocKeys("", array("q", [0] * (reader.doc_count_all() + 1)))
    leaves = sorted(reader.leaf_readers(), key=lambda pair: pair[1])
    live = {segment_id(sub) for sub, _ in leaves}
    parts: list[list[str]] = []
    for sub, offset in leaves:
        assert offset == sum(len(p) for p in parts), "leaf readers must cover the document numbers without gaps"
        keys = segment_keys(sub, field, live)
        if sub.has_deletions():
            deleted = sub.is_deleted
            keys = ["" if deleted(d) else k for d, k in enumerate(keys)]
        parts.append(keys)
    return DocKeys.from_parts(parts)


def document_versions(reader: IndexReader) -> dict[int, str]:
    """Docnum -> content digest (from the sync column): tells an edited article."""
    versions: dict[int, str] = {}
    if reader.doc_count() == 0 or "sync" not in reader.schema or not reader.has_column("sync"):
        return versions
    column = column_values(reader, "sync")
    for docnum in reader.all_doc_ids():
        raw = column[docnum]
        decoded = Indexed.decode(raw) if raw else None
        versions[docnum] = decoded.digest if decoded is not None else (raw or b"").hex()
    return versions
