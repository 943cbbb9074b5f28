"""Printing helpers the commands share: counts in words and marked text for a terminal."""
from __future__ import annotations

import html
import re

_MARK = re.compile(r"</?mark>")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def plain(snippet_html: str, *, tty: bool) -> str:
    """Marked HTML as terminal text: matches in bold yellow on a terminal."""
    text = _MARK.sub(lambda m: ("\033[1;33m" if m.group() == "<mark>" else "\033[0m") if tty else "", snippet_html)
    return html.unescape(text)
