"""Dates as people read them: ``Rabu, 3 Juli 2024 20.17`` (or English when the UI is English).

Kept as plain tables rather than QLocale so the form is exactly the one Indonesian
newspapers use (``20.17`` with a dot) whatever CLDR version Qt ships.
"""
from __future__ import annotations

from datetime import date, datetime

_DAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_MONTHS = {
    "id": ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
           "Agustus", "September", "Oktober", "November", "Desember"),
    "en": ("January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"),
}


def _lang(lang: str) -> str:
    return "id" if lang.lower().startswith("id") else "en"


def format_day(day: date, lang: str = "id") -> str:
    """``Rabu, 3 Juli 2024``."""
    key = _lang(lang)
    return f"{_DAYS[key][day.weekday()]}, {day.day} {_MONTHS[key][day.month - 1]} {day.year}"


def format_datetime(when: datetime | date | None, *, has_time: bool = True, lang: str = "id") -> str:
    """``Rabu, 3 Juli 2024 20.17`` (id) / ``Wednesday, 3 July 2024 20:17`` (en); '' for None."""
    if when is None:
        return ""
    text = format_day(when, lang)
    if has_time and isinstance(when, datetime):
        sep = "." if _lang(lang) == "id" else ":"
        text += f" {when.hour:02d}{sep}{when.minute:02d}"
    return text


def format_short_day(day: date, lang: str = "id") -> str:
    """``15 Agu 2019``: short, and the date reader reads it back in either language."""
    return f"{day.day} {_MONTHS[_lang(lang)][day.month - 1][:3]} {day.year}"


def format_month(year: int, month: int, lang: str = "id") -> str:
    """``Agustus 2019``."""
    return f"{_MONTHS[_lang(lang)][month - 1]} {year}"


_UNITS = {"id": ("dtk", "mnt", "j"), "en": ("s", "min", "h")}


def format_duration(seconds: float, lang: str = "id") -> str:
    """``18 dtk``, ``1 mnt 54 dtk``, ``2 j 05 mnt`` (``s``, ``min``, ``h`` in English): whole seconds."""
    sec_unit, min_unit, hour_unit = _UNITS[_lang(lang)]
    total = int(round(seconds))
    if total < 60:
        return f"{total} {sec_unit}"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes} {min_unit} {secs:02d} {sec_unit}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} {hour_unit} {minutes:02d} {min_unit}"
