"""Is a saved page an article, or a list of other articles? Judged by the page's structure.

A front page, a section index or a "more news" block shows many teasers:
each a linked headline with a one-line summary in its own small box (a
"card"). Extracted text from such a page reads like short paragraphs, so
length rules misjudge it both ways (a real article of short paragraphs was
skipped; a teaser list was indexed). What differs is where the text sits:
an article's paragraphs share one container, a teaser list's summaries each
sit in a different card next to a link.
"""
from __future__ import annotations

import re

from lxml import html as lxml_html

# Tags whose text can be one extracted paragraph.
_TEXT_TAGS = {"p", "li", "div", "span", "td", "dd", "h2", "h3", "h4"}
_MAX_PARAGRAPH = 2000
# A card: the nearest ancestor (within a few levels) that holds a headline link and little text.
_CARD_LEVELS = 3
_CARD_MAX_CHARS = 800
_HEADLINE_LINK_CHARS = 15
# Enough paragraphs to judge, most of them in cards, and nearly every card different.
_MIN_PARAGRAPHS = 5
_IN_CARD_SHARE = 0.6
_DISTINCT_SHARE = 0.8


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def text_elements(tree: lxml_html.HtmlElement) -> dict[str, lxml_html.HtmlElement]:
    """Normalised text -> the innermost element showing exactly that text (for paragraphs up to 2,000 chars)."""
    found: dict[str, lxml_html.HtmlElement] = {}
    for el in tree.iter(*_TEXT_TAGS):
        text = el.text_content()
        if len(text) > _MAX_PARAGRAPH * 2:
            continue
        key = _key(text)
        if len(key) >= _HEADLINE_LINK_CHARS:
            found[key] = el  # later (inner) elements overwrite their containers of the same text
    return found


def _card(el: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    node = el.getparent()
    for _ in range(_CARD_LEVELS):
        if node is None or len(node.text_content()) > _CARD_MAX_CHARS:
            return None
        if any(len(_key(a.text_content())) >= _HEADLINE_LINK_CHARS for a in node.iter("a")):
            return node
        node = node.getparent()
    return None


def is_teaser_list(paragraphs: list[str], elements: dict[str, lxml_html.HtmlElement]) -> bool:
    """Most extracted paragraphs are summaries, each in its own card beside a headline link."""
    matched = [elements[k] for k in (_key(p) for p in paragraphs) if k in elements]
    if len(matched) < _MIN_PARAGRAPHS:
        return False
    cards = [c for c in (_card(el) for el in matched) if c is not None]
    if len(cards) < _IN_CARD_SHARE * len(matched):
        return False
    return len({id(c) for c in cards}) >= _DISTINCT_SHARE * len(cards)
