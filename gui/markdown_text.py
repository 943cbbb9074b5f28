"""Markdown articles shown as text with emphasis, never as markup that does anything.

A ``.md`` article's ``**bold**`` and ``# heading`` would otherwise show as raw
signs. This works on text the searcher has ALREADY escaped (and marked with
``<mark>``), so nothing in the article can become a tag: it only adds ``<b>``,
``<i>`` and a heading level. Links, images and inline HTML stay literal text.
Written by hand because a Markdown library renders links, images and raw
HTML, which is exactly what must not happen here.
"""
from __future__ import annotations

import re

from telusur.searcher import Marked, marked_html

MARKDOWN_SUFFIXES = (".md", ".markdown")
HEADING_MAX_CHARS = 100

_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_HEADING = re.compile(r"(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*")


def is_markdown(path: str) -> bool:
    return path.lower().endswith(MARKDOWN_SUFFIXES)


def emphasis(escaped: str) -> str:
    """``**b**``/``__b__`` → ``<b>``, ``*i*``/``_i_`` → ``<i>`` in already-escaped text."""
    escaped = _STRONG.sub(r"<b>\2</b>", escaped)
    escaped = _EM_STAR.sub(r"<i>\1</i>", escaped)
    return _EM_UNDERSCORE.sub(r"<i>\1</i>", escaped)


def heading(escaped: str) -> tuple[int, str] | None:
    """(level, text) when the line is an ATX heading (``## Title``), else None."""
    match = _HEADING.fullmatch(escaped)
    return (len(match.group(1)), match.group(2)) if match else None


def without_heading_marks(escaped: str) -> str:
    """The text of a heading line without its ``#`` signs (a headline, a result row)."""
    found = heading(escaped)
    return found[1] if found else escaped


def paragraph_html(escaped: str) -> str:
    """One escaped paragraph of a Markdown article as Qt rich text: a heading or emphasised text.

    The indexer joins a paragraph's lines with spaces, so ``## Dampak`` with
    its text right below arrives as one long line: only a short one is shown
    as a heading; a long one loses its ``#`` signs and stays a paragraph.
    """
    found = heading(escaped)
    if found and len(found[1]) <= HEADING_MAX_CHARS:
        level = min(6, found[0] + 2)  # below the article's own <h2>
        return f"<h{level}>{emphasis(found[1])}</h{level}>"
    return f"<p>{emphasis(found[1] if found else escaped)}</p>"


def marked_line(marked: Marked, *, markdown: bool) -> str:
    """A headline or snippet from the searcher as escaped HTML with ``<mark>``s.

    The one place the list and the preview turn the searcher's text and match
    spans into HTML; a Markdown article's line loses its ``#`` signs and gets
    its emphasis.
    """
    escaped = marked_html(marked)
    return emphasis(without_heading_marks(escaped)) if markdown else escaped
