"""Sorting hits by date with undated articles last, newest or oldest first.

An undated document holds the date column's default (2**64 - 1, see
``date_column.UNDATED``), so Whoosh's own sort on the column puts undated
articles first when newest comes first. This facet reads the same column
segment by segment (as Whoosh's does, at the same cost per hit) and gives an
undated document the key that sorts it after every dated one in either order.
"""
from __future__ import annotations

import heapq
import weakref
from array import array
from collections.abc import Iterable
from datetime import datetime

from whoosh import sorting
from whoosh.searching import Searcher

from telusur.index.columns import column_values
from telusur.index.segments import column_array

from .date_column import DATE_FIELD, UNDATED
from .requests import Scored

# searcher -> each document's raw date column value, read once per generation
_COLUMNS: weakref.WeakKeyDictionary[Searcher, array] = weakref.WeakKeyDictionary()


def _date_values(searcher: Searcher) -> array:
    values = _COLUMNS.get(searcher)
    if values is None:
        values = array("Q")
        for sub, offset in sorted(searcher.reader().leaf_readers(), key=lambda pair: pair[1]):
            assert offset == len(values), "leaf readers must cover the document numbers without gaps"
            part = column_array(sub, DATE_FIELD)
            if part is None or part.typecode != "Q":  # no column in this segment (all undated), or another kind
                part = array("Q", column_values(sub, DATE_FIELD, translate=False) if sub.has_column(DATE_FIELD)
                             else [UNDATED] * sub.doc_count_all())
            values.extend(part)
        _COLUMNS[searcher] = values
    return values


def newest_or_oldest(searcher: Searcher, docs: Iterable[int], *, newest: bool, limit: int) -> tuple[Scored, ...]:
    """The first ``limit`` of ``docs`` by date, undated last, exactly as Whoosh's sorting collector
    with ``DateOrder`` orders them (ties by document number, reversed when newest first; the
    sort key is the hit's score), from a per-generation copy of the date column."""
    values = _date_values(searcher)
    latest = searcher.schema[DATE_FIELD].to_column_value(datetime.max)
    undated = -1 if newest else UNDATED
    items = []
    for d in docs:
        value = values[d]
        items.append((value if 0 <= value <= latest else undated, d))
    top = heapq.nlargest(limit, items) if newest else heapq.nsmallest(limit, items)
    return tuple(Scored(d, float(key)) for key, d in top)


class DateOrder(sorting.FacetType):
    """The date column as a sort key; ``newest``: the search is reversed, so undated keys go low."""

    def __init__(self, *, newest: bool) -> None:
        self.newest = newest

    def categorizer(self, global_searcher: Searcher) -> sorting.Categorizer:
        latest = global_searcher.schema[DATE_FIELD].to_column_value(datetime.max)
        return _DateCategorizer(latest, undated_key=-1 if self.newest else UNDATED)


class _DateCategorizer(sorting.Categorizer):
    def __init__(self, latest: int, *, undated_key: int) -> None:
        self._latest = latest
        self._undated_key = undated_key
        self._column = None

    def set_searcher(self, segment_searcher: Searcher, docoffset: int) -> None:
        reader = segment_searcher.reader()
        # A segment whose documents are all undated has no date column (Whoosh writes none).
        self._column = reader.column_reader(DATE_FIELD, translate=False) if reader.has_column(DATE_FIELD) else None

    def key_for(self, matcher: object, segment_docnum: int) -> int:
        if self._column is None:
            return self._undated_key
        value = self._column[segment_docnum]
        return value if 0 <= value <= self._latest else self._undated_key  # 0: 0001-01-01 00:00
