"""Which article each document number holds, by the index's unique key.

Document numbers change whenever segments merge; the unique key (the path,
or the path and record number of a data set's article) does not, so anything
kept beside the index (wire-copy groups, saved searches' seen articles) is
keyed by it and mapped to document numbers once per index generation.
"""
from __future__ import annotations

from whoosh.reading import IndexReader

from .columns import column_values
from .sync_records import Indexed


def key_field(reader: IndexReader) -> str:
    """The schema's unique field: ``key`` where articles can share a file, else ``path``."""
    return "key" if "key" in reader.schema else "path"


def document_keys(reader: IndexReader) -> dict[int, str]:
    """Docnum -> unique key of every live document.

    Read from the key field's column when it has one, else from its terms,
    never from stored fields (which hold the bodies). A unique key's term has
    one posting per segment, which its term info already names (its lowest
    document): reading that instead of opening a posting reader per term
    makes this ten times cheaper (0.44 -> 0.05 s for 16,908 articles), and
    every sync's wire-copy refresh and every grouped search calls it.
    """
    field = key_field(reader)
    keys: dict[int, str] = {}
    if reader.doc_count() == 0:
        return keys
    if field in reader.schema and reader.has_column(field):
        column = column_values(reader, field)
        for docnum in reader.all_doc_ids():
            keys[docnum] = column[docnum]
        return keys
    if field not in reader.schema:
        return keys
    for sub, offset in reader.leaf_readers():
        deleted = sub.is_deleted if sub.has_deletions() else None
        for term, info in sub.iter_field(field):
            text = term.decode("utf-8", "surrogatepass") if isinstance(term, bytes) else term
            if info.doc_frequency() == 1:
                docnums = [info.min_id()]
            else:  # the same key twice in one segment: read its postings
                docnums = list(sub.postings(field, term).all_ids())
            for docnum in docnums:
                if deleted is None or not deleted(docnum):
                    keys[offset + docnum] = text
    return keys


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
