"""Parsing one article's text in the seed layout into a record.

Layout: headline line, empty line, date line, empty line, body paragraphs.
Real folders bend it (BOM, CRLF, non-breaking and trailing spaces, extra blank
lines, no date line, a headline alone), so parsing works on blocks of
non-empty lines rather than on line numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from .article_dates import parse_date
from .messages import ArticleWarning, CoreMessage

_BLANK_LINES = re.compile(r"\n[ \t]*\n+")
# Zero-width space is not here: it is a format character that the analysis
# drops (``foto\u200bvoltaik`` is one word), like the soft hyphen.
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f]+")
_INVISIBLE_EDGES = "\u200b\u200c\u200d\u2060\ufeff"  # a line of only these is blank
# A date line is short and does not read like a sentence.
_MAX_DATE_LINE = 80


@dataclass(frozen=True)
class Article:
    headline: str
    body: str
    date: datetime | None = None
    has_time: bool = False
    warnings: tuple[str, ...] = field(default_factory=tuple)


def _clean(text: str) -> str:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = (_SPACES.sub(" ", line).strip().strip(_INVISIBLE_EDGES).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def _looks_like_date_line(block: str) -> bool:
    return "\n" not in block and len(block) <= _MAX_DATE_LINE and not block.endswith((".", "?", "!", '"'))


def parse_article(text: str, fallback_headline: str = "") -> Article:
    """Article record from decoded file text; never raises on odd layouts."""
    blocks = [b for b in _BLANK_LINES.split(_clean(text)) if b.strip()]
    if not blocks:
        return Article(headline=fallback_headline, body="", warnings=(CoreMessage(ArticleWarning.NO_TEXT),))
    head_lines = blocks[0].split("\n")
    headline = head_lines[0]
    # A headline block that runs on (no blank line after it) keeps its rest as body.
    rest = (["\n".join(head_lines[1:])] if len(head_lines) > 1 else []) + blocks[1:]
    warnings: list[str] = []
    date = None
    has_time = False
    if rest and _looks_like_date_line(rest[0]):
        parsed = parse_date(rest[0])
        if parsed is not None:
            date, has_time = parsed.value, parsed.has_time
            rest = rest[1:]
        elif len(rest) > 1:
            warnings.append(CoreMessage(ArticleWarning.UNREADABLE_DATE_LINE, line=rest[0]))
    elif rest:
        warnings.append(CoreMessage(ArticleWarning.NO_DATE_LINE))
    paragraphs = [" ".join(block.split("\n")) for block in rest]
    return Article(
        headline=headline,
        body="\n\n".join(paragraphs),
        date=date,
        has_time=has_time,
        warnings=tuple(warnings),
    )
