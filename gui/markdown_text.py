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

MARKDOWN_SUFFIXES = (".md", ".markdown")

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
