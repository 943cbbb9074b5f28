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

from typing import Any

from whoosh.reading import IndexReader


def column_values(reader: IndexReader, field: str, *, translate: bool = True) -> list[Any]:
    """Every document's ``field`` column value (deleted ones too), indexed by document number."""
    values: list[Any] = []
    for sub, offset in sorted(reader.leaf_readers(), key=lambda pair: pair[1]):
        assert offset == len(values), "leaf readers must cover the document numbers without gaps"
        values.extend(sub.column_reader(field, translate=translate))
    return values
