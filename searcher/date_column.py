"""Which documents fall within a range of days, from the index's date column.

Whoosh's own ``DateRange`` query unions one posting list per numeric trie
term (hundreds of ms on a large archive); a sorted copy of the date column,
made once per index generation, answers by bisection.
"""
from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass
from datetime import datetime

from whoosh.searching import Searcher

from telusur.index.columns import column_values

from .day_ranges import DayRange

DATE_FIELD = "date"
# What the numeric column holds for an undated document (Whoosh's default for a missing value).
UNDATED = (1 << 64) - 1


@dataclass(frozen=True)
class MonthCount:
    """How many dated articles the index holds in one calendar month."""

    year: int
    month: int
    articles: int


@dataclass(frozen=True)
class DateColumn:
    """The dated documents of one searcher, sorted by date."""

    searcher: Searcher  # the generation this copy belongs to
    values: array  # sorted column values ("Q"): compact, and bisect reads arrays
    docnums: array  # ("q") the document of each value

    @classmethod
    def read(cls, searcher: Searcher) -> DateColumn:
        reader = searcher.reader()
        if not reader.doc_count_all() or not reader.has_column(DATE_FIELD):  # an empty index has no columns
            return cls(searcher, array("Q"), array("q"))
        column = column_values(reader, DATE_FIELD, translate=False)
        deleted = reader.is_deleted if reader.has_deletions() else (lambda _docnum: False)
        # An undated document holds the column's default (2**64 - 1), past any real date;
        # 0 is 0001-01-01 00:00, a real date (it found nothing when 0 was read as undated).
        latest = searcher.schema[DATE_FIELD].to_column_value(datetime.max)
        pairs = sorted(
            (value, docnum) for docnum, value in enumerate(column) if 0 <= value <= latest and not deleted(docnum)
        )
        return cls(searcher, array("Q", [v for v, _ in pairs]), array("q", [d for _, d in pairs]))

    def within(self, days: DayRange) -> set[int]:
        """Documents dated within ``days`` (undated ones never are)."""
        field = self.searcher.schema[DATE_FIELD]
        lo, hi = days.bounds()
        start = bisect.bisect_left(self.values, field.to_column_value(lo)) if lo else 0
        end = bisect.bisect_right(self.values, field.to_column_value(hi)) if hi else len(self.values)
        return set(self.docnums[start:end])

    def months(self) -> tuple[MonthCount, ...]:
        """The months that hold dated documents, newest first, with their counts.

        Bisects once per month between the oldest and the newest document, so
        it costs little beyond the sorted copy itself.
        """
        if not self.values:
            return ()
        field = self.searcher.schema[DATE_FIELD]
        first, last = field.from_column_value(self.values[0]), field.from_column_value(self.values[-1])
        months: list[MonthCount] = []
        year, month, start = first.year, first.month, 0
        while (year, month) <= (last.year, last.month):
            year_after, month_after = (year + 1, 1) if month == 12 else (year, month + 1)
            if year_after > datetime.max.year:  # December 9999: the rest of the list
                end = len(self.values)
            else:
                after = field.to_column_value(datetime(year_after, month_after, 1))
                end = bisect.bisect_left(self.values, after, start)
            if end > start:
                months.append(MonthCount(year, month, end - start))
            start, year, month = end, year_after, month_after
        return tuple(reversed(months))
