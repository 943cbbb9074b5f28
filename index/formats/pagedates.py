"""Finding dates in text the way Indonesian pages and files print them.

``parse_date`` (telusur.index.article_dates) reads one date string; this module finds
such strings inside longer text (a byline "Kontributor - Selasa, 10 Sep 2019
21:48 WIB", the first lines of a PDF) and smooths the spellings it does not
take (``2019/09/10``, a ``|`` between date and time).
"""
from __future__ import annotations

import re
from datetime import UTC, datetime

from ..article_dates import ParsedDate, parse_date

_DAY = r"(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*"
_MONTH = (
    r"(?:Jan(?:uari|uary)?|Feb(?:ruari|ruary)?|Pebruari|Mar(?:et|ch)?|Apr(?:il)?|Mei|May|Jun[ie]?|Jul[iy]?"
    r"|Agu(?:stus)?|Agt|Ags|Aug(?:ust)?|Sep(?:t|tember)?|Okt(?:ober)?|Oct(?:ober)?|No[vp](?:ember)?|Nopember"
    r"|Des(?:ember)?|Dec(?:ember)?)"
)
_TIME = r"(?:\s*[,|\-–]?\s*(?:(?:pukul|pkl\.?|jam)\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:WIB|WITA|WIT))?)?"
DATE_IN_TEXT = re.compile(
    rf"(?:{_DAY}\s*,?\s*)?(?:"
    rf"\d{{1,2}}\s+{_MONTH}\.?\s+\d{{4}}"  # 10 Sep 2019
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}"  # 10/09/2019
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"  # ISO
    rf"){_TIME}",
    re.IGNORECASE,
)
_YEAR_FIRST_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})")
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def parse_any(text: str) -> ParsedDate | None:
    """``parse_date`` after smoothing what machine-written fields use."""
    text = text.strip()
    text = _YEAR_FIRST_SLASH.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
    return parse_date(text.replace("|", " "))


def find_date(text: str) -> ParsedDate | None:
    """The first readable date written inside ``text``."""
    for match in DATE_IN_TEXT.finditer(text):
        parsed = parse_any(match.group(0))
        if parsed is not None:
            return parsed
    return None


def from_timestamp(value: float) -> ParsedDate | None:
    """A Unix time in seconds or milliseconds (data sets store them), as UTC."""
    if value > 1e11:  # milliseconds
        value /= 1000
    if not 0 < value < 4.2e9:
        return None
    moment = datetime.fromtimestamp(value, tz=UTC)
    return ParsedDate(value=moment.replace(tzinfo=None), has_time=True, utc_offset_s=0)


def from_pdf_date(value: str) -> ParsedDate | None:
    """A PDF metadata date (``D:20190910214800+07'00'``); the zone is left aside."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second = (int(g) if g else None for g in match.groups())
    try:
        moment = datetime(year or 1, month or 1, day or 1, hour or 0, minute or 0, second or 0)
    except ValueError:
        return None
    return ParsedDate(value=moment, has_time=hour is not None, utc_offset_s=None)
