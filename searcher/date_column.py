"""Which documents fall within a range of days, from the index's date column.

Whoosh's own ``DateRange`` query unions one posting list per numeric trie
term (hundreds of ms on a large archive); a sorted copy of the date column,
made once per index generation, answers by bisection.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

from whoosh.searching import Searcher

from .dates import DayRange

DATE_FIELD = "date"
# What the numeric column holds for an undated document (Whoosh's default for a missing value).
UNDATED = (1 << 64) - 1


@dataclass(frozen=True)
class DateColumn:
    """The dated documents of one searcher, sorted by date."""

    searcher: Searcher  # the generation this copy belongs to
    values: list[int]
    docnums: list[int]

    @classmethod
    def read(cls, searcher: Searcher) -> DateColumn:
        column = searcher.reader().column_reader(DATE_FIELD, translate=False)
        pairs = sorted((value, docnum) for docnum, value in enumerate(column) if value and value != UNDATED)
        return cls(searcher, [v for v, _ in pairs], [d for _, d in pairs])

    def within(self, days: DayRange) -> set[int]:
        """Documents dated within ``days`` (undated ones never are)."""
        field = self.searcher.schema[DATE_FIELD]
        lo, hi = days.bounds()
        start = bisect.bisect_left(self.values, field.to_column_value(lo)) if lo else 0
        end = bisect.bisect_right(self.values, field.to_column_value(hi)) if hi else len(self.values)
        return set(self.docnums[start:end])
