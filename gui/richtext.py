"""Turning the searcher's escaped ``<mark>`` HTML into what Qt's rich text draws.

Qt's HTML subset has no ``<mark>``; the only markup we ever add is a span with
a background colour, and the text between tags is already escaped upstream.
"""
from __future__ import annotations

import html

MARK_BG = "#ffe066"
MARK_FG = "#000000"
_OPEN = f'<span style="background-color:{MARK_BG}; color:{MARK_FG};">'


def qt_html(marked: str) -> str:
    """Escaped HTML with <mark> → Qt-renderable highlight spans (nothing else is added)."""
    return marked.replace("<mark>", _OPEN).replace("</mark>", "</span>")


def escape(text: str) -> str:
    """Escape plain text (file names, paths, messages) for rich-text labels."""
    return html.escape(text, quote=True)
