"""Date ranges for filtering: inclusive whole days, built in code.

Whoosh's own date plugin widens ranges and does not know Indonesian month
names, so ranges are parsed here (ISO first, then the Indonesian date reader).
The engine applies a range by bisecting a sorted copy of the index's date
column (date_column.py), not with a Whoosh ``DateRange`` query.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NamedTuple

from telusur.index import parse_date

from .messages import DateError, DateProblem


class DayBounds(NamedTuple):
    first: date
    last: date


class Instants(NamedTuple):
    """A day range as datetimes: the first and the last instant (None: open)."""

    lo: datetime | None
    hi: datetime | None


@dataclass(frozen=True)
class DayRange:
    """Inclusive range of whole days; either end may be open."""

    start: date | None = None
    end: date | None = None

    @property
    def is_open(self) -> bool:
        return self.start is None and self.end is None

    def intersect(self, other: DayRange) -> DayRange:
        starts = [d for d in (self.start, other.start) if d]
        ends = [d for d in (self.end, other.end) if d]
        return DayRange(max(starts) if starts else None, min(ends) if ends else None)

    @classmethod
    def around(cls, day: date, days: int) -> DayRange:
        """The days within ``days`` of ``day``, kept within the calendar (0001-01-01 to 9999-12-31)."""
        first, last = day.toordinal() - days, day.toordinal() + days
        return cls(date.fromordinal(max(1, first)), date.fromordinal(min(date.max.toordinal(), last)))

    def bounds(self) -> Instants:
        lo = datetime.combine(self.start, time.min) if self.start else None
        hi = datetime.combine(self.end, time.max) if self.end else None
        return Instants(lo, hi)


_YEAR = re.compile(r"(\d{4})$")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})$")
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})$")
_MONTH_NAME_YEAR = re.compile(r"[^\W\d]+\.?\s+\d{4}$")  # "Sep 2019", "September 2019": no day
# Two or three dots, or the ellipsis character, separate the ends of a range;
# longer runs of dots are refused rather than guessed at.
_RANGE_SEPARATOR = re.compile(r"\.{2,}|…")


def _day(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(DateProblem.NO_SUCH_DATE, date=text) from None


def parse_day_bounds(text: str) -> DayBounds:
    """First and last day meant by ``2024``, ``2024-07``, ``Juli 2024``, ``2024-07-03``, ``3 Juli 2024``.

    One period only: a range here (``--from "A..B"``) is refused with a message
    rather than misread as some other single day.
    """
    text = text.strip()
    if _RANGE_SEPARATOR.search(text):
        raise DateError(DateProblem.RANGE_NOT_ALLOWED, date=text)
    if m := _YEAR.match(text):
        year = int(m.group(1))
        return DayBounds(_day(year, 1, 1, text), _day(year, 12, 31, text))
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            first = _day(year, month, 1, text)
            return DayBounds(first, _day(year, month, calendar.monthrange(year, month)[1], text))
        raise DateError(DateProblem.NO_SUCH_MONTH, month=month, date=text)
    if m := _DAY.match(text):
        day = _day(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
        return DayBounds(day, day)
    parsed = parse_date(text)
    if parsed is None:
        raise DateError(DateProblem.UNREADABLE_DATE, date=text)
    if _MONTH_NAME_YEAR.match(text):  # "Sep 2019": the whole month, not its first day
        year, month = parsed.value.year, parsed.value.month
        return DayBounds(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
    return DayBounds(parsed.value.date(), parsed.value.date())


def parse_range(text: str) -> DayRange:
    """``A..B`` (or ``A...B``), ``A..``, ``..B`` or a single period (a day, month or year)."""
    parts = _RANGE_SEPARATOR.split(text)
    if len(parts) > 2 or any(len(sep) > 3 for sep in _RANGE_SEPARATOR.findall(text)):
        raise DateError(DateProblem.UNREADABLE_RANGE, date=text)
    if len(parts) == 2:
        lo, hi = parts
        start = parse_day_bounds(lo).first if lo.strip() else None
        end = parse_day_bounds(hi).last if hi.strip() else None
        if start and end and start > end:
            raise DateError(DateProblem.RANGE_REVERSED, date=text)
        return DayRange(start, end)
    first, last = parse_day_bounds(text)
    return DayRange(first, last)
