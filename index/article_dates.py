"""Reading the dates Indonesian news sites print, through python-dateutil.

dateutil does the parsing; this module only teaches it Indonesian month and
day names, day-first numbers and the WIB/WITA/WIT zones, and normalises the
few spellings it cannot take (``20.17`` for a time, ``Jum'at``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from dateutil import parser as _dateutil


class IndonesianParserInfo(_dateutil.parserinfo):
    JUMP = _dateutil.parserinfo.JUMP + ["pukul", "pkl", "jam", "tanggal", "tgl", "hari"]
    WEEKDAYS = [
        ("Sen", "Senin", "Mon", "Monday"),
        ("Sel", "Selasa", "Tue", "Tuesday"),
        ("Rab", "Rabu", "Wed", "Wednesday"),
        ("Kam", "Kamis", "Thu", "Thursday"),
        ("Jum", "Jumat", "Fri", "Friday"),
        ("Sab", "Sabtu", "Sat", "Saturday"),
        ("Min", "Minggu", "Ahad", "Sun", "Sunday"),
    ]
    MONTHS = [
        ("Jan", "Januari", "January"),
        ("Feb", "Februari", "Pebruari", "February"),
        ("Mar", "Maret", "March"),
        ("Apr", "April"),
        ("Mei", "May"),
        ("Jun", "Juni", "June"),
        ("Jul", "Juli", "July"),
        ("Agu", "Agt", "Ags", "Agus", "Agustus", "Aug", "August"),
        ("Sep", "Sept", "September"),
        ("Okt", "Oktober", "Oct", "October"),
        ("Nov", "Nop", "November", "Nopember"),
        ("Des", "Desember", "Dec", "December"),
    ]

    def __init__(self) -> None:
        super().__init__(dayfirst=True, yearfirst=False)


_INFO = IndonesianParserInfo()
ZONES = {"WIB": 7 * 3600, "WITA": 8 * 3600, "WIT": 9 * 3600}
_DOTTED_TIME = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})(?![\d.])")
_HAS_YEAR = re.compile(r"\b\d{4}\b|\b\d{1,2}[/-]\d{1,2}[/-]\d{2}\b")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_SENTINEL = datetime(1, 1, 1)
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


@dataclass(frozen=True)
class ParsedDate:
    """A date as written in the article: local wall time, zone kept aside."""

    value: datetime  # naive, in the article's own zone
    has_time: bool
    utc_offset_s: int | None


def _written_year(value: datetime, years: list[int]) -> datetime | None:
    """``value`` with the year the text wrote, which dateutil may have moved.

    dateutil reads a four-digit ``0050`` as 2050 and ``0001`` as 2001, as if
    they were two-digit years; a year written with four digits is meant as is.
    """
    if value.year in years:
        return value
    small = [y for y in years if y < 100 and value.year % 100 == y]
    if not small:
        return value
    try:
        return value.replace(year=small[0])
    except ValueError:  # 29 February in a year that has none
        return None


def parse_date(text: str) -> ParsedDate | None:
    """The date in ``text``, or None when it is not one full date with a year (2 to 9999)."""
    cleaned = text.replace("\u00a0", " ").replace("Jum'at", "Jumat").strip(" \t-–|,")
    if not cleaned or len(cleaned) > 80 or not _HAS_YEAR.search(cleaned):
        return None
    cleaned = _DOTTED_TIME.sub(r"\1:\2", cleaned)
    years = [int(y) for y in _FOUR_DIGITS.findall(cleaned)]
    if len(set(years)) > 1 or ".." in cleaned:  # a range or two dates: not one date
        return None
    try:
        if _ISO.match(cleaned):  # year first: day-first rules must not apply
            value = _dateutil.isoparse(cleaned)
        else:
            value = _dateutil.parse(cleaned, parserinfo=_INFO, tzinfos=ZONES, default=_SENTINEL)
    except (ValueError, OverflowError, TypeError):
        return None
    fixed = _written_year(value, years)
    # Year 1 is refused unless written (``0001-01-01``): it is dateutil's "no
    # year" default here. Written, it is a date like any other: the date column
    # marks "undated" with its own default (2**64 - 1), not with 0001-01-01.
    if fixed is None or (fixed.year == 1 and 1 not in years):
        return None
    value = fixed
    has_time = any(ch == ":" for ch in cleaned) or value.hour or value.minute
    offset = value.utcoffset()
    return ParsedDate(
        value=value.replace(tzinfo=None),
        has_time=bool(has_time),
        utc_offset_s=int(offset.total_seconds()) if offset is not None else None,
    )
