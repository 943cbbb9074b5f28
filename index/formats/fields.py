"""From one data-set record (a JSON object, a CSV row) to an article.

Data sets name their fields in English or Indonesian and in any case;
``FIELD_ALIASES`` lists the names real ones use, best first. Matching ignores
case and treats spaces and hyphens as underscores.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..article_dates import ParsedDate
from ..messages import ArticleWarning, CoreMessage, DataSetProblem
from .cleanup import clean_body
from .pagedates import from_timestamp, parse_any
from .record import Extracted, Format, SkippedRecord

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "headline": ("title", "headline", "judul", "judul_berita"),
    "date": ("date", "published", "published_at", "tanggal", "waktu", "publish_date", "date_published",
             "pubdate", "datetime", "tanggal_terbit", "tgl"),
    "body": ("body", "content", "text", "isi", "article", "isi_berita", "konten", "full_text"),
    "url": ("url", "link", "tautan", "permalink"),
    "source": ("source", "publisher", "media", "portal", "site", "sumber", "outlet", "site_name"),
}
BODY_NAMES = "/".join(FIELD_ALIASES["body"][:5])
_HTML_TAG = re.compile(r"<(?:p|br|div|span|a|strong|em|b|i)\b[^>]*>", re.IGNORECASE)
_MAX_HEADLINE = 160


def normalise_key(key: str) -> str:
    return re.sub(r"[\s\-]+", "_", key.strip().lstrip("\ufeff").lower())


def field_map(keys: list[str]) -> dict[str, str]:
    """Our field name -> the record's own key, for the keys a record or header has."""
    by_norm: dict[str, str] = {}
    for key in keys:
        by_norm.setdefault(normalise_key(key), key)
    found: dict[str, str] = {}
    for field, aliases in FIELD_ALIASES.items():
        for alias in aliases:
            if alias in by_norm:
                found[field] = by_norm[alias]
                break
    return found


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "\n\n".join(_as_text(v) for v in value)
    if isinstance(value, dict):
        return _as_text(value.get("name") or value.get("text") or value.get("title") or "")
    return str(value)


def _html_to_text(text: str) -> str:
    """Bodies some scrapers store as HTML: paragraphs and line breaks kept."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return text
    for el in root.iter("br", "p", "div", "li", "h1", "h2", "h3"):
        el.tail = "\n" + (el.tail or "")
    return str(root.text_content())


def _date(value: Any) -> tuple[ParsedDate | None, str | None]:
    """(date, warning) for a record's date value."""
    if value is None or value == "":
        return None, None
    if isinstance(value, bool):
        return None, CoreMessage(ArticleWarning.UNREADABLE_DATE, value=value)
    if isinstance(value, int | float):
        parsed = from_timestamp(float(value))
    else:
        text = _as_text(value).strip()
        parsed = from_timestamp(float(text)) if re.fullmatch(r"\d{10}(?:\d{3})?(?:\.\d+)?", text) else parse_any(text)
    if parsed is None:
        return None, CoreMessage(ArticleWarning.UNREADABLE_DATE_UNDATED, value=_as_text(value)[:60])
    return parsed, None


def _first_words(text: str) -> str:
    line = text.strip().split("\n", 1)[0]
    if len(line) <= _MAX_HEADLINE:
        return line
    return line[:_MAX_HEADLINE].rsplit(" ", 1)[0] + " …"


def record_to_article(
    record: Mapping[str, Any], number: int, path: str, fmt: Format, fields: dict[str, str] | None = None
) -> Extracted | SkippedRecord:
    """The article in one record, or why record ``number`` has none."""
    fields = field_map(list(record)) if fields is None else fields
    if "body" not in fields:
        return SkippedRecord(path, CoreMessage(DataSetProblem.RECORD_NO_BODY, record=number, names=BODY_NAMES), number)
    body = _as_text(record.get(fields["body"])).replace("\x00", "")
    if _HTML_TAG.search(body):
        body = _html_to_text(body)
    headline = " ".join(_as_text(record.get(fields["headline"])).split()) if "headline" in fields else ""
    paragraphs = clean_body(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"), headline)
    if not paragraphs:
        return SkippedRecord(path, CoreMessage(DataSetProblem.RECORD_EMPTY_BODY, record=number), number)
    warnings: list[str] = []
    if not headline:
        headline = _first_words(paragraphs[0])
        warnings.append(CoreMessage(ArticleWarning.NO_HEADLINE_FIELD))
    date, warning = _date(record.get(fields["date"])) if "date" in fields else (None, None)
    if warning:
        warnings.append(warning)
    url = _as_text(record.get(fields["url"])).strip() if "url" in fields else ""
    source = " ".join(_as_text(record.get(fields["source"])).split()) if "source" in fields else ""
    return Extracted(
        headline=headline,
        body="\n\n".join(paragraphs),
        format=fmt,
        date=date.value if date else None,
        has_time=date.has_time if date else False,
        source=source or None,
        url=url or None,
        record=number,
        warnings=tuple(warnings),
    )
