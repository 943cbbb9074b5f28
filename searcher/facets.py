"""Facets: every matching article counted by source and by date.

Counted from per-generation copies of the index's columns (``ArticleColumns``:
one source number and one day number per document), never from stored
fields, so a facet costs one pass over the matching document numbers.
"""
from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from datetime import date

from whoosh.searching import Searcher

from telusur.index.columns import column_values

from .date_column import UNDATED
from .outlets import SOURCE_FIELD, outlet_names, source_key
from .requests import DateBucket, DateFacet, DateUnit, FacetCount, Facets

DATE_FIELD = "date"
MAX_BUCKETS = 60  # the finest unit that gives at most this many buckets is chosen
_ORDINAL_MONDAY = 1  # date(1, 1, 1) was a Monday


@dataclass(frozen=True)
class ArticleColumns:
    """Source and day of every document of one searcher, by document number."""

    searcher: Searcher  # the generation these copies belong to
    source_names: tuple[str | None, ...]  # index 0 is "no source"
    # Arrays, not lists: 4 bytes a document instead of a Python object each (issue 22).
    sources: array  # docnum -> index into source_names
    days: array  # docnum -> date.toordinal() of its date, 0 when undated

    @classmethod
    def read(cls, searcher: Searcher) -> ArticleColumns:
        reader = searcher.reader()
        size = reader.doc_count_all()
        names: dict[str | None, int] = {None: 0}
        sources = array("i", [0]) * size
        if SOURCE_FIELD in reader.schema and reader.has_column(SOURCE_FIELD):
            for docnum, value in enumerate(column_values(reader, SOURCE_FIELD, translate=True)):
                sources[docnum] = names.setdefault(value or None, len(names))
        days = array("i", [0]) * size
        if DATE_FIELD in reader.schema and reader.has_column(DATE_FIELD):
            field = searcher.schema[DATE_FIELD]
            for docnum, value in enumerate(column_values(reader, DATE_FIELD, translate=False)):
                if value != UNDATED:  # 0 is 0001-01-01, whose ordinal (1) is never the "undated" 0
                    days[docnum] = field.from_column_value(value).toordinal()
        return cls(searcher, tuple(names), sources, days)

    def with_sources(self, wanted: Iterable[str]) -> set[int]:
        """Documents whose source is one of ``wanted`` (see ``source_matches``)."""
        keys = {source_key(w) for w in wanted}
        ids = {i for i, name in enumerate(self.source_names) if name and source_key(name) in keys}
        return {docnum for docnum, i in enumerate(self.sources) if i in ids}


def source_matches(name: str, wanted: str) -> bool:
    """``kompas`` names ``Kompas``, ``kompas.com`` and ``Kompas.com``: the same ``source_key``."""
    return source_key(name) == source_key(wanted)


def fold_sources(
    by_spelling: dict[str | None, int], name_of: Callable[[str], str | None] | None = None
) -> tuple[FacetCount, ...]:
    """One count per outlet, its spellings ("kompas", "Kompas.com") added up, most first.

    Each outlet is labelled ``name_of`` its spelling (the library-wide rule of
    searcher/outlets.py), or without it its most frequent spelling here;
    filtering by that label takes every spelling (``source_matches``). None
    (no known source) stays apart: its own entry, so the counts add up.
    """
    spellings: dict[str | None, list[tuple[int, str]]] = {}
    for name, n in by_spelling.items():
        spellings.setdefault(source_key(name) if name else None, []).append((-n, name or ""))
    counts = []
    for key, named in spellings.items():
        named.sort()
        label = named[0][1] if key is not None else None
        if label is not None and name_of is not None:  # the library-wide name (searcher/outlets.py)
            label = name_of(label) or label
        spellings_of = tuple(name for _, name in named) if key is not None else ()
        counts.append(FacetCount(label, -sum(n for n, _ in named), spellings_of))
    return tuple(sorted(counts, key=lambda c: (-c.count, c.value is None, c.value or "")))


def bucket_start(ordinal: int, unit: DateUnit) -> int:
    """The ordinal of the first day of the bucket holding day ``ordinal``."""
    if unit is DateUnit.DAY:
        return ordinal
    if unit is DateUnit.WEEK:
        return ordinal - (ordinal - _ORDINAL_MONDAY) % 7
    day = date.fromordinal(ordinal)
    if unit is DateUnit.MONTH:
        return day.replace(day=1).toordinal()
    return day.replace(month=1, day=1).toordinal()


def _next_start(ordinal: int, unit: DateUnit) -> int:
    if unit is DateUnit.DAY:
        return ordinal + 1
    if unit is DateUnit.WEEK:
        return ordinal + 7
    day = date.fromordinal(ordinal)
    if day.year == date.max.year and (unit is DateUnit.YEAR or day.month == 12):
        return date.max.toordinal() + 1  # past 9999-12-31: the last bucket
    if unit is DateUnit.MONTH:
        following = day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1)
        return following.toordinal()
    return day.replace(year=day.year + 1).toordinal()


def choose_unit(first: int, last: int) -> DateUnit:
    """The finest unit giving at most MAX_BUCKETS buckets over ``first``..``last``."""
    span = last - first + 1
    for unit, days in ((DateUnit.DAY, 1), (DateUnit.WEEK, 7), (DateUnit.MONTH, 30.44)):
        if span / days <= MAX_BUCKETS:
            return unit
    return DateUnit.YEAR


def count_facets(columns: ArticleColumns, matching: Collection[int], unit: DateUnit | None = None) -> Facets:
    """Counts over ``matching``: sources by count (then name), dates in contiguous buckets."""
    by_spelling = Counter(columns.sources[d] for d in matching)
    names = outlet_names(columns.searcher)
    source = fold_sources({columns.source_names[i]: n for i, n in by_spelling.items()}, names.name)
    by_day = Counter(columns.days[d] for d in matching)
    undated = by_day.pop(0, 0)
    if not by_day:
        return Facets(source, DateFacet(unit or DateUnit.DAY, (), undated))
    unit = unit or choose_unit(min(by_day), max(by_day))
    by_bucket: Counter[int] = Counter()
    for day, n in by_day.items():
        by_bucket[bucket_start(day, unit)] += n
    buckets = []
    start, last = min(by_bucket), max(by_bucket)
    while start <= last:
        buckets.append(DateBucket(date.fromordinal(start), by_bucket.get(start, 0)))
        start = _next_start(start, unit)
    return Facets(source, DateFacet(unit, tuple(buckets), undated))
