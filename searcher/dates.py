"""Date ranges for filtering: inclusive whole days, built in code.

Whoosh's own date plugin widens ranges and does not know Indonesian month
names, so ranges are parsed here (ISO first, then the Indonesian date reader)
and handed to Whoosh as a ready ``DateRange`` query.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, time

from telusur.index import parse_date


class DateError(ValueError):
    pass


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

    def bounds(self) -> tuple[datetime | None, datetime | None]:
        lo = datetime.combine(self.start, time.min) if self.start else None
        hi = datetime.combine(self.end, time.max) if self.end else None
        return lo, hi


_YEAR = re.compile(r"(\d{4})$")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})$")
_MONTH_NAME_YEAR = re.compile(r"[^\W\d]+\.?\s+\d{4}$")  # "Sep 2019", "September 2019": no day


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def parse_day_bounds(text: str) -> tuple[date, date]:
    """First and last day meant by ``2024``, ``2024-07``, ``Juli 2024``, ``2024-07-03``, ``3 Juli 2024``."""
    text = text.strip()
    if m := _YEAR.match(text):
        year = int(m.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return _month_bounds(year, month)
    parsed = parse_date(text)
    if parsed is None:
        raise DateError(f"cannot read the date {text!r}; write it like 2024-07-03")
    if _MONTH_NAME_YEAR.match(text):
        return _month_bounds(parsed.value.year, parsed.value.month)
    return parsed.value.date(), parsed.value.date()


def parse_range(text: str) -> DayRange:
    """``A..B``, ``A..``, ``..B`` or a single period (a day, month or year)."""
    if ".." in text:
        lo, hi = text.split("..", 1)
        start = parse_day_bounds(lo)[0] if lo.strip() else None
        end = parse_day_bounds(hi)[1] if hi.strip() else None
        if start and end and start > end:
            raise DateError(f"the date range {text!r} ends before it starts")
        return DayRange(start, end)
    first, last = parse_day_bounds(text)
    return DayRange(first, last)
