"""Column values by document number, read segment by segment.

Whoosh writes a column into a segment only when one of its documents has a
value (a sync of undated files writes no ``date`` column, a folder without
outlets no ``source``), and its multi-segment ``column_reader`` skips the
segments without it: indexing sends later document numbers to the wrong
segment, iterating shifts every value after the gap. A segment's own reader
answers the column's default for a column it lacks, so reading leaf by leaf
keeps the values aligned with the document numbers.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from whoosh.reading import IndexReader


def column_values(reader: IndexReader, field: str, *, translate: bool = True) -> list[Any]:
    """Every document's ``field`` column value (deleted ones too), indexed by document number."""
    values: list[Any] = []
    for sub, offset in sorted(reader.leaf_readers(), key=lambda pair: pair[1]):
        assert offset == len(values), "leaf readers must cover the document numbers without gaps"
        values.extend(sub.column_reader(field, translate=translate))
    return values


def live_column_values(reader: IndexReader, field: str, *, translate: bool = True) -> Iterator[tuple[int, Any]]:
    """(document number, value) of every live document, segment by segment.

    Iterating a segment's column is several times faster than indexing the
    multi-segment reader per document (a no-op resync of 179,080 articles
    spent 2.8 s in ``MultiColumnReader.__getitem__``).
    """
    for sub, offset in sorted(reader.leaf_readers(), key=lambda pair: pair[1]):
        column = sub.column_reader(field, translate=translate)
        if sub.has_deletions():
            deleted = sub.is_deleted
            for i, value in enumerate(column):
                if not deleted(i):
                    yield offset + i, value
        else:
            for i, value in enumerate(column):
                yield offset + i, value
