"""Headline, site name, link and date of a saved web page, from its markup.

Structured data first, because sites write it for machines and it keeps the
time: meta tags (Open Graph, article:published_time, detik's publishdate ...)
and JSON-LD. Then the date the page shows its readers, found in Indonesian
text near the headline; then htmldate's reading of the URL and markup; then
any Indonesian date in the page. Reading only: the tree is not modified.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ..article_dates import ParsedDate
from .cleanup import clean_title, split_title
from .pagedates import DATE_IN_TEXT, find_date, parse_any

# Meta names (property=, name= or itemprop=, lower case) that carry the
# publication time, best first.
DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "published_time",
    "published-date",
    "pubdate",
    "dtk:publishdate",
    "content_publisheddate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "date",
    "article:modified_time",
)
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "webpage"}
_DATE_HINT = re.compile(r"date|time|tanggal|tgl|waktu|publish|posted|jam|dateline", re.IGNORECASE)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_NEAR_HEADLINE_CHARS = 3000
_KICKER_CHARS = 20
_SECOND_LEVEL = {"co", "or", "go", "ac", "web", "my", "sch", "mil", "net", "com", "org", "biz", "desa", "ponpes"}


@dataclass(frozen=True)
class PageMeta:
    headline: str | None
    site_name: str | None
    url: str | None
    date: ParsedDate | None
    date_origin: str  # "meta", "json-ld", "byline", "htmldate", "text" or "" (none)


def _text(el: lxml_html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _metas(tree: lxml_html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = meta.get(attr)
            if key:
                found.setdefault(key.strip().lower(), content.strip())
    return found


def _json_ld(tree: lxml_html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON-LD object on the page, @graph members included; bad JSON ignored."""
    objects: list[dict[str, Any]] = []

    def walk(node: Any, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                walk(node["@graph"], depth + 1)

    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            walk(json.loads(script.text.strip().rstrip(";")))
        except (ValueError, RecursionError):  # one broken or too deep block: the page's others still count
            continue
    return objects


def _ld_types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.lower() for k in kinds if isinstance(k, str)}


def _ld_str(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _ld_str(value.get("name") or value.get("@id") or value.get("url"))
    if isinstance(value, list) and value:
        return _ld_str(value[0])
    return None


def _absolute_url(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    return value if parts.scheme in ("http", "https") and parts.netloc else None


def _headline(tree: lxml_html.HtmlElement, metas: dict[str, str], ld: list[dict[str, Any]],
              site_names: tuple[str, ...]) -> tuple[str | None, lxml_html.HtmlElement | None]:
    """Best headline and the <h1> that shows it (dates are looked for after it)."""
    candidates = [metas.get("og:title"), metas.get("twitter:title")]
    candidates += [_ld_str(obj.get("headline")) for obj in ld if _ld_types(obj) & _ARTICLE_TYPES]
    title_el = tree.find(".//title")
    if title_el is not None:
        candidates.append(_text(title_el))
    cleaned = [clean_title(c, site_names) for c in candidates if c]
    cleaned = [c for c in cleaned if c]
    h1s = [h for h in tree.iter("h1") if _text(h)]
    wanted = {re.sub(r"\W+", "", c.lower()) for c in cleaned}
    for h1 in h1s:
        if re.sub(r"\W+", "", _text(h1).lower()) in wanted:
            return _text(h1), h1
    for h1 in h1s:  # "Foto : Judul" in the title, "Judul" on the page: the kicker is no part of it
        key = re.sub(r"\W+", "", _text(h1).lower())
        for c in cleaned:
            head, sep, tail = c.partition(":")
            if sep and len(head) <= _KICKER_CHARS and re.sub(r"\W+", "", tail.lower()) == key:
                return _text(h1), h1
    if cleaned:
        return cleaned[0], h1s[0] if h1s else None
    if h1s:
        return clean_title(_text(h1s[0]), site_names), h1s[0]
    return None, None


def _structured_date(tree: lxml_html.HtmlElement, metas: dict[str, str],
                     ld: list[dict[str, Any]]) -> tuple[ParsedDate | None, str]:
    for key in DATE_META:
        if key in metas:
            parsed = parse_any(metas[key])
            if parsed is not None:
                return parsed, "meta"
    ordered = sorted(ld, key=lambda obj: not (_ld_types(obj) & _ARTICLE_TYPES))
    for field in ("datePublished", "dateCreated", "uploadDate"):
        for obj in ordered:
            value = _ld_str(obj.get(field))
            parsed = parse_any(value) if value else None
            if parsed is not None:
                return parsed, "json-ld"
    for el in tree.iter("time"):
        value = el.get("datetime")
        if value and (el.get("itemprop") == "datePublished" or el.get("pubdate") is not None):
            parsed = parse_any(value)
            if parsed is not None:
                return parsed, "meta"
    return None, ""


def _visible_chunks(tree: lxml_html.HtmlElement, h1: lxml_html.HtmlElement | None) -> Iterator[tuple[bool, str]]:
    """(is_date_hinted_element, text) in document order, starting at ``h1`` when given."""
    started = h1 is None
    for el in tree.iter():
        if el is h1:
            started = True
        if not started or not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        hint = f"{el.get('class', '')} {el.get('id', '')} {el.get('itemprop', '')}"
        if _DATE_HINT.search(hint):
            text = _text(el)
            if len(text) <= 200:
                yield True, text
        for piece in (el.text, el.tail):
            if piece and piece.strip():
                yield False, piece


def _byline_date(tree: lxml_html.HtmlElement, h1: lxml_html.HtmlElement | None) -> ParsedDate | None:
    """The date shown near the headline: a date-classed element, else the first date in the text."""
    seen = 0
    first_in_text: ParsedDate | None = None
    for hinted, text in _visible_chunks(tree, h1):
        if hinted:
            parsed = find_date(text)
            if parsed is not None:
                return parsed
            continue
        if first_in_text is None and DATE_IN_TEXT.search(text):
            first_in_text = find_date(text)
        seen += len(text)
        if seen > _NEAR_HEADLINE_CHARS:
            break
    return first_in_text


def _htmldate(tree: lxml_html.HtmlElement, url: str | None) -> ParsedDate | None:
    """htmldate's quick reading (URL, markup it knows); it gives days, not times."""
    from htmldate import find_date as htmldate_find

    try:
        found = htmldate_find(tree, url=url, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")
    except Exception:  # a third-party heuristic; a page it chokes on just has no date from it
        return None
    return parse_any(found) if found else None


def site_of_host(host: str | None) -> str | None:
    """A host's registered name: ``regional.kompas.com`` -> ``kompas.com``; ``a.b.co.id`` -> ``b.co.id``."""
    if not host:
        return None
    labels = host.lower().rstrip(".").split(".")
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def read_page_meta(tree: lxml_html.HtmlElement, *, page_url: str | None = None) -> PageMeta:
    """What the page says about itself; ``page_url`` is where it was saved from, if known."""
    metas = _metas(tree)
    ld = _json_ld(tree)
    site_name = metas.get("og:site_name") or next(
        (_ld_str(obj.get("publisher")) for obj in ld if obj.get("publisher")), None
    ) or metas.get("application-name")
    url = (
        _absolute_url(next((link.get("href") for link in tree.iter("link")
                            if (link.get("rel") or "").lower() == "canonical"), None))
        or _absolute_url(metas.get("og:url"))
        or next((u for obj in ld if _ld_types(obj) & _ARTICLE_TYPES
                 for u in (_absolute_url(_ld_str(obj.get("mainEntityOfPage"))), _absolute_url(_ld_str(obj.get("url"))))
                 if u), None)
        or _absolute_url(page_url)
    )
    host = site_of_host(urlsplit(url).hostname) if url else None
    names = tuple(n for n in (site_name, host) if n)
    headline, h1 = _headline(tree, metas, ld, names)
    date, origin = _structured_date(tree, metas, ld)
    if date is None and h1 is not None:
        date, origin = _byline_date(tree, h1), "byline"
    if date is None:
        date, origin = _htmldate(tree, url), "htmldate"
    if date is None:
        date, origin = _byline_date(tree, None), "text"
    if not site_name:  # "Judul | Kompas.com": the title names the site better than its host does
        title_el = tree.find(".//title")
        site_name = split_title(_text(title_el), names)[1] if title_el is not None else None
    return PageMeta(
        headline=headline,
        site_name=" ".join(site_name.split()) if site_name else host,
        url=url,
        date=date,
        date_origin=origin if date is not None else "",
    )
