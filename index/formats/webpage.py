"""Saved web pages (``.html``/``.htm``, and the page inside an MHTML file).

trafilatura finds the main text. Its quick pass (``fast=True``: no
readability/jusText fallbacks, with ``favor_precision``) is about twice as
fast as the full one and gives the same text on news pages; the fallbacks run
only when the quick pass finds too little. What it leaves of Indonesian
boilerplate goes through ``cleanup``; headline, site, link and date come from
``pagemeta``.
"""
from __future__ import annotations

import codecs
import logging

from lxml import html as lxml_html

from ..messages import ArticleWarning, CoreMessage, DocumentProblem, SkipReason
from .cleanup import clean_body
from .limits import Deadline
from .pagemeta import read_page_meta
from .record import Extracted, Format, SkippedRecord
from .textcodec import BINARY_SAMPLE

# Below this many characters the quick pass probably missed the article.
QUICK_PASS_MIN_CHARS = 250
# A page whose cleaned text is shorter has no article (a site's index page,
# a login wall): it is skipped with a reason rather than indexed as noise.
MIN_ARTICLE_CHARS = 150
# A page whose text is mostly short lines that are not sentences (headlines,
# menu items) is an index; trafilatura writes it as "- item" or as bare lines.
_LIST_SHARE = 0.7
_LIST_MIN_ITEMS = 8
_SHORT_LINE = 100
_SENTENCE_END = (".", "!", "?", '"', "\u201d", ")", ":")

# trafilatura logs every page it finds little in; the reason reaches the user through SkippedRecord.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)


def _load(raw: bytes | str) -> lxml_html.HtmlElement | None:
    from trafilatura import load_html

    if isinstance(raw, bytes) and raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return load_html(raw.decode("utf-16"))
        except (UnicodeDecodeError, ValueError):
            return None
    return load_html(raw)


def _main_text(tree: lxml_html.HtmlElement, *, fast: bool) -> str:
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree,
        fast=fast,
        favor_precision=fast,
        include_comments=False,
        include_tables=True,
        with_metadata=False,
        deduplicate=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    return text or ""


def _is_link_list(paragraphs: list[str]) -> bool:
    items = sum(len(p) < _SHORT_LINE and not p.endswith(_SENTENCE_END) for p in paragraphs)
    return items >= _LIST_MIN_ITEMS and items >= _LIST_SHARE * len(paragraphs)


def extract_html(
    raw: bytes | str,
    path: str,
    *,
    deadline: Deadline,
    fallback_headline: str,
    page_url: str | None = None,
    fmt: Format = Format.HTML,
) -> Extracted | SkippedRecord:
    """One article from a saved page (bytes as on disk, or text already decoded), or why there is none."""
    if not raw.strip():
        return SkippedRecord(path, CoreMessage(SkipReason.EMPTY))
    if isinstance(raw, bytes):
        head = raw[:BINARY_SAMPLE]
        if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return SkippedRecord(path, CoreMessage(DocumentProblem.WEB_BINARY))
    elif "\x00" in raw[:BINARY_SAMPLE]:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WEB_BINARY))
    tree = _load(raw)
    if tree is None:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WEB_UNREADABLE))
    meta = read_page_meta(tree, page_url=page_url)
    deadline.check()
    text = _main_text(tree, fast=True)
    warnings: list[str] = []
    if len(text) < QUICK_PASS_MIN_CHARS and not deadline.expired():
        fuller = _main_text(tree, fast=False)
        if len(fuller) > len(text):
            text = fuller
    headline = meta.headline or fallback_headline
    paragraphs = clean_body(text.split("\n"), headline)
    body = "\n\n".join(paragraphs)
    if len(body) < MIN_ARTICLE_CHARS:
        return SkippedRecord(path, CoreMessage(DocumentProblem.WEB_NO_ARTICLE))
    if _is_link_list(paragraphs):
        return SkippedRecord(path, CoreMessage(DocumentProblem.WEB_LINK_LIST))
    if meta.date is None:
        warnings.append(CoreMessage(ArticleWarning.NO_DATE_ON_PAGE))
    return Extracted(
        headline=headline,
        body=body,
        format=fmt,
        date=meta.date.value if meta.date else None,
        has_time=meta.date.has_time if meta.date else False,
        source=meta.site_name,
        url=meta.url,
        warnings=tuple(warnings),
    )
