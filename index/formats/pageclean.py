"""Removing a page's boilerplate blocks by their markup before the main text is found.

Phrase rules (``cleanup``) miss every new wording of the same block: an ad
slot written "ADVERTISEMENT / SCROLL TO RESUME CONTENT" instead of "... WITH
CONTENT", a related link introduced by "Baca Lainnya:" instead of "Baca
juga:". The blocks themselves look alike on every site, so they are found by
structure here:

- ad slots, share and tag bars, related-article boxes, comment widgets: an
  element whose class or id names that role (``ad-slot``, ``div-gpt-ad-…``,
  ``social-share``, ``tag-list``, ``baca-juga``, ``related``…);
- ad labels: a short block written in capitals that names an ad or asks to
  scroll on, in any wording, or that repeats in several places of the page;
- inline related links: a short block that is mostly one link, with at most a
  short label ("Baca Selanjutnya:", "Artikel Pilihan:") before it;
- short hidden text (``hidden``, ``display:none``, ``class="hide"``): a summary
  the reader never sees is not the lead;
- credits: a small block of "Penulis : … Editor : …" pairs.

``blockify_inline_containers`` first turns a ``<span>`` that holds paragraphs
(text between ``<br><br>``) into a ``<div>``, as a browser lays it out.

Removal keeps an element's tail text (``drop_tree``): sites that write
paragraphs as text between ``<br>``s put the paragraph after an ad slot in the
slot's tail, and it must survive. A block holding a large share of the page's
text is never removed, so a misleading class name cannot take the article.
"""
from __future__ import annotations

import re
from collections import Counter

from lxml import html as lxml_html

# One segment of a class or id (split at spaces, "-" and "_") naming a boilerplate role.
_ROLE_SEGMENT = re.compile(
    r"ads?|adv|advert\w*|adsbygoogle|adslot|gpt|dfp|iklan|banner|sponsor\w*|parallax\w*|promo\w*|"
    r"related|terkait|bacajuga|readtoo|readalso|alsoread|rekomendasi|recommend\w*|"
    r"share\w*|sharing|sosmed|social\w*|tags?|tagging|topik|"
    r"outbrain|taboola|mgid|newsletter|subscribe|komentar|comments?|disqus",
    re.IGNORECASE,
)
# Two-segment roles ("baca-juga", "read-too", "also-read") after joining neighbours.
_ROLE_PAIRS = {("baca", "juga"), ("read", "too"), ("also", "read"), ("read", "also"), ("more", "news"),
               ("berita", "lainnya"), ("berita", "terkait"), ("artikel", "terkait")}
_SEGMENT_SPLIT = re.compile(r"[\s_\-]+")
# Never removed by role: the page's frame and text containers.
_KEEP_TAGS = {"html", "body", "main", "article", "p", "h1", "h2", "h3"}
# A block holding more than this share of the page's text is content, whatever its class says.
_MAX_SHARE = 0.3
_MAX_ROLE_CHARS = 3000
_HIDDEN_CLASSES = {"hide", "hidden", "sr-only", "visually-hidden", "d-none", "invisible", "is-hidden"}
_HIDDEN_MAX = 300
_INLINE_TAGS = {"a", "span", "strong", "em", "b", "i", "u", "small", "abbr", "mark", "font", "cite", "q"}
# Ad slots and share bars hold little text; related boxes and tag bars mostly link text.
_SHORT_BLOCK = 200
_LINKED_SHARE = 0.5
# Ad labels and prompts: short capitals naming an ad or asking to scroll on.
_AD_WORDS = re.compile(
    r"(?:advert\w*|ads?|iklan|sponsor\w*|promot\w*|scroll\w*|gulir\w*|swipe\w*|continu\w*|resum\w*|"
    r"lanjut\w*|konten|content)",
    re.IGNORECASE,
)
_LABEL_MAX = 80
# Words that join ad words in labels ("SCROLL DOWN TO CONTINUE", "LANJUTKAN MEMBACA DI BAWAH").
_FILLER = {"to", "down", "up", "keep", "for", "more", "with", "the", "by", "partner", "reading", "read", "here",
           "untuk", "ke", "di", "bawah", "atas", "membaca", "baca", "dengan", "dari", "artikel", "berita", "isi"}
_AD_SHARE = 0.6
_BLOCK_TAGS = {"div", "p", "span", "section", "aside", "li", "figure", "small", "strong", "em", "b", "i", "center"}
# Inline related links: at most this long, mostly link text, with a short label before the link.
_RELATED_MAX = 250
# A labelled list of related headlines ("Baca juga: <a>…</a> <a>…</a>") may hold several links.
_RELATED_LIST_MAX = 600
_RELATED_HEADLINE_MIN = 25
_RELATED_LINK_SHARE = 0.6
_RELATED_LABEL_MAX = 40
# A credits block: label-value pairs naming who wrote or edited the story, nothing else.
_CREDITS = re.compile(
    r"(?:(?:penulis|editor|reporter|pewarta|redaktur|penyunting|fotografer|kontributor|wartawan|writer|"
    r"author|editing)\s*:\s*[^:]{1,60}?\s*){1,5}",
    re.IGNORECASE,
)
_CREDITS_MAX = 200
_CREDITS_TAGS = {"table", "tbody", "dl", "div", "p", "ul"}
# An inline element holding paragraphs (text between <br><br>) is a block: trafilatura's quick pass
# drops the first of them when the container is a <span> ("<span><b>VIVA.co.id</b> - lead<br><br>…").
_PARAGRAPH_BREAKS = 2
_CONTAINER_MIN_CHARS = 200


def _text(el: lxml_html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _has_role(el: lxml_html.HtmlElement) -> bool:
    names = f"{el.get('class', '')} {el.get('id', '')}".lower()
    if not names.strip():
        return False
    segments = [s for s in _SEGMENT_SPLIT.split(names) if s]
    if any(_ROLE_SEGMENT.fullmatch(s) for s in segments):
        return True
    return any((a, b) in _ROLE_PAIRS for a, b in zip(segments, segments[1:], strict=False))


def _is_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _is_ad_label(text: str, repeats: int) -> bool:
    """A short block in capitals made of ad and scroll words (any wording), or repeated across the page.

    "IKLAN POLITIK DILARANG", a subhead about ads, is mostly other words and stays.
    """
    if not text or len(text) > _LABEL_MAX or text.endswith((".", "?", "!", '"', "\u201d")):
        return False
    if not _is_capitals(text):
        return False
    if repeats >= 3:
        return True
    words = re.findall(r"[^\W\d_]+", text)
    ad = sum(bool(_AD_WORDS.fullmatch(w)) for w in words)
    filler = sum(w.lower() in _FILLER for w in words)
    return ad >= 1 and ad + filler >= _AD_SHARE * len(words)


def _is_inline_related(el: lxml_html.HtmlElement, text: str) -> bool:
    """One link with at most a short label, or a labelled run of headline links ("Baca juga: A B")."""
    if not text or len(text) > _RELATED_LIST_MAX:
        return False
    links = [_text(a) for a in el.iter("a") if _text(a)]
    if not links or sum(len(t) for t in links) < _RELATED_LINK_SHARE * len(text):
        return False
    label = text
    for linked in links:
        label = label.replace(linked, "", 1)
    label = label.strip(" ,;|\u00b7-")
    labelled = len(label) <= _RELATED_LABEL_MAX and label.endswith(":")
    if len(links) == 1:
        return len(text) <= _RELATED_MAX and (not label or labelled)
    headlines = all(len(t) >= _RELATED_HEADLINE_MIN for t in links)
    return headlines and (labelled or not label)


def _is_credits(el: lxml_html.HtmlElement, text: str) -> bool:
    """A small block of "Penulis : … Editor : …" pairs after the story (kompas.com's credits table)."""
    return el.tag in _CREDITS_TAGS and 0 < len(text) <= _CREDITS_MAX and bool(_CREDITS.fullmatch(text))


def blockify_inline_containers(tree: lxml_html.HtmlElement) -> int:
    """Retag inline elements that hold paragraphs as ``div``; the number retagged."""
    changed = 0
    for el in list(tree.iter(*(_INLINE_TAGS - {"a"}))):
        breaks = sum(1 for child in el if child.tag == "br")
        if breaks >= _PARAGRAPH_BREAKS and len(_text(el)) >= _CONTAINER_MIN_CHARS:
            el.tag = "div"
            changed += 1
    return changed


def _looks_like_boilerplate(el: lxml_html.HtmlElement, total: int) -> bool:
    """Its role class is believed only for what such blocks hold: little text, or mostly links."""
    size = len(_text(el))
    if size > _MAX_ROLE_CHARS or size > _MAX_SHARE * total:
        return False
    if size <= _SHORT_BLOCK:
        return True
    linked = sum(len(_text(a)) for a in el.iter("a"))
    return linked >= _LINKED_SHARE * size


def _is_hidden(el: lxml_html.HtmlElement) -> bool:
    """Short text the reader never sees (a summary in ``<h4 class="hide">``); long hidden text may be
    a collapsed rest of the article, and stays."""
    names = f"{el.get('class', '')}".lower()
    style = (el.get("style") or "").replace(" ", "").lower()
    hidden = (el.get("hidden") is not None or "display:none" in style or "visibility:hidden" in style
              or any(s in _HIDDEN_CLASSES for s in names.split()))
    return hidden and len(_text(el)) <= _HIDDEN_MAX


def _in_running_text(el: lxml_html.HtmlElement) -> bool:
    """An inline element with text around it in the same paragraph: part of a sentence, not a block."""
    if el.tag not in _INLINE_TAGS:
        return False
    if (el.tail or "").strip():
        return True
    parent = el.getparent()
    if parent is None:
        return False
    previous = el.getprevious()
    before = previous.tail if previous is not None else parent.text
    return bool((before or "").strip())


def _holds_headline(el: lxml_html.HtmlElement) -> bool:
    return next(el.iter("h1"), None) is not None


def _drop(el: lxml_html.HtmlElement) -> None:
    if el.getparent() is not None:
        el.drop_tree()  # keeps the tail: the paragraph after an ad slot


def strip_boilerplate(tree: lxml_html.HtmlElement) -> int:
    """Remove boilerplate blocks from ``tree`` in place; the number removed (for tests and profiling)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    total = max(len(_text(root)), 1)
    removed = 0
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.tag in _KEEP_TAGS or el.getparent() is None:
            continue
        if _in_running_text(el):
            continue  # a linked name inside a sentence ("kata <a class=tag>Bima Sakti</a>") is text
        if (_has_role(el) and _looks_like_boilerplate(el, total) or _is_hidden(el)) and not _holds_headline(el):
            _drop(el)
            removed += 1
    leaves = [el for el in root.iter() if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS]
    texts = {id(el): _text(el) for el in leaves}
    counts = Counter(t for t in texts.values() if t and len(t) <= _LABEL_MAX)
    for el in leaves:
        if el.getparent() is None:
            continue
        text = texts[id(el)]
        if _in_running_text(el):
            continue
        if _is_ad_label(text, counts[text]) or (el.tag in {"p", "div", "li"} and _is_inline_related(el, text)):
            _drop(el)
            removed += 1
    for el in list(root.iter(*_CREDITS_TAGS)):
        if el.getparent() is not None and _is_credits(el, _text(el)) and not _holds_headline(el):
            _drop(el)
            removed += 1
    return removed
