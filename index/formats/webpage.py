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
import re
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ..messages import ArticleWarning, CoreMessage, DocumentProblem, SkipReason
from .cleanup import clean_body
from .limits import Deadline
from .pageclean import blockify_inline_containers, strip_boilerplate
from .pagekind import is_teaser_list, text_elements
from .pagemeta import read_page_meta
from .record import Extracted, Format, SkippedRecord
from .textcodec import BINARY_SAMPLE

# Below this many characters the quick pass probably missed the article.
QUICK_PASS_MIN_CHARS = 250
# A page whose cleaned text is shorter has no article (a site's index page,
# a login wall): it is skipped with a reason rather than indexed as noise.
MIN_ARTICLE_CHARS = 150
NO_ARTICLE = DocumentProblem.WEB_NO_ARTICLE
LINK_LIST = DocumentProblem.WEB_LINK_LIST
# A page whose text is mostly the texts of its own links (teaser headlines) is
# an index, judged by structure: the share of the extracted text that the
# page shows as link text. An article's own lists and short lines are not links.
_LINK_SHARE = 0.5
_LINK_MIN_ITEMS = 5
_LINK_MIN_CHARS = 15
# Or: many short lines and under a fifth of the text in sentences of prose.
_LIST_MIN_ITEMS = 8
_SHORT_LINE = 120
_PROSE_MIN = 40
_PROSE_SHARE = 0.2
_SENTENCE_END = (".", "!", "?", '"', "\u201d", "'")
# "Jakarta -", "JAKARTA, KOMPAS.com -": a dateline written as its own line opens the lead.
_DATELINE = re.compile(r"^[A-Z][\w.,'’ ]{1,60}\s*[-–—]+$")
# A kicker above the lead ("TRAVEL NEWS"): a short line in capitals that is not a sentence.
_KICKER_MAX = 30
_DUPLICATE_MIN = 40
_CAPTION_MIN = 60
# A sentence ends somewhere in it ("... semalaman. (oke)" still has one).
_SENTENCE = re.compile(r"\w[.!?]['\"\u201d\u2019)]*(?:\s|$)")
# Several lines and not one sentence among them: headlines only, no article.
_FEW_LINES = 2
# A page whose own link is the site's root with this little text is its front page.
_FRONT_PAGE_MAX_CHARS = 1000

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


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def link_texts(tree: lxml_html.HtmlElement) -> set[str]:
    """The normalised texts of the page's links that are long enough to be headlines."""
    found = set()
    for a in tree.iter("a"):
        key = _key(a.text_content())
        if len(key) >= _LINK_MIN_CHARS:
            found.add(key)
    return found


def _is_prose(paragraph: str) -> bool:
    return len(paragraph) >= _PROSE_MIN and paragraph.endswith(_SENTENCE_END)


def is_link_list(paragraphs: list[str], links: set[str]) -> bool:
    """A site index, teaser list or gallery of links rather than an article.

    Judged by structure: most of the text is the page's own link texts, or
    the text is many short headline-like lines with hardly any prose (an
    article's lists and line-ups sit between paragraphs of sentences).
    """
    total = max(sum(len(p) for p in paragraphs), 1)
    linked = [p for p in paragraphs if _key(p.lstrip("-•* ")) in links]
    if len(linked) >= _LINK_MIN_ITEMS and sum(len(p) for p in linked) >= _LINK_SHARE * total:
        return True
    short = sum(not _is_prose(p) and len(p) < _SHORT_LINE for p in paragraphs)
    prose = sum(len(p) for p in paragraphs if _is_prose(p))
    return short >= _LIST_MIN_ITEMS and prose < _PROSE_SHARE * total


def _is_front_page(url: str | None) -> bool:
    """The page says it is the site's root (a widget's verse or a ticker is not an article)."""
    if not url:
        return False
    return urlsplit(url).path.lower() in ("", "/", "/index.html", "/index.php", "/index.htm")


def _has_sentence(paragraphs: list[str]) -> bool:
    """A photo or video page's caption: short, but a real sentence under a real headline."""
    return any(len(p) >= _CAPTION_MIN and _SENTENCE.search(p) for p in paragraphs)


def _is_kicker(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return (len(line) <= _KICKER_MAX and bool(letters) and all(c.isupper() for c in letters)
            and not line.endswith((".", "!", "?", '"')))


def tidy_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a dateline line to the lead, drop a kicker above it and repeated paragraphs."""
    out: list[str] = []
    seen: set[str] = set()
    pending = ""
    for para in paragraphs:
        if not out and not pending and _is_kicker(para) and not _DATELINE.match(para):
            continue
        if not out and not pending and _DATELINE.match(para):
            pending = para + " "
            continue
        key = _key(para)
        if len(para) >= _DUPLICATE_MIN and key in seen:
            continue
        seen.add(key)
        out.append(pending + para)
        pending = ""
    if pending:
        out.append(pending.strip())
    return out


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
    links = link_texts(tree)
    anchors = sum(1 for a in tree.iter("a") if a.text_content().strip())
    blockify_inline_containers(tree)
    strip_boilerplate(tree)
    elements = text_elements(tree)  # before trafilatura, which prunes the tree it is given
    deadline.check()
    text = _main_text(tree, fast=True)
    warnings: list[str] = []
    if len(text) < QUICK_PASS_MIN_CHARS and not deadline.expired():
        fuller = _main_text(tree, fast=False)
        if len(fuller) > len(text):
            text = fuller
    headline = meta.headline or fallback_headline
    paragraphs = tidy_paragraphs(clean_body(text.split("\n"), headline))
    body = "\n\n".join(paragraphs)
    if (is_link_list(paragraphs, links) or is_teaser_list(paragraphs, elements)
            or len(paragraphs) >= _FEW_LINES and not _has_sentence(paragraphs)
            or _is_front_page(meta.url) and len(body) < _FRONT_PAGE_MAX_CHARS):
        return SkippedRecord(path, CoreMessage(LINK_LIST))
    if not _has_sentence(paragraphs) or len(body) < MIN_ARTICLE_CHARS and not meta.headline:
        # No sentence left once link blocks are gone: an index if the page is made of links.
        return SkippedRecord(path, CoreMessage(LINK_LIST if anchors >= _LIST_MIN_ITEMS else NO_ARTICLE))
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
