"""Printing helpers the commands share: counts in words, JSON, marked text for a terminal."""
from __future__ import annotations

import html
import json
import re
from typing import Any

from telusur.index.library_file import display_path
from telusur.searcher.printable import printable, printable_prose
from telusur.searcher.records import Hit

_MARK = re.compile(r"</?mark>")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def print_json(data: Any) -> None:
    """--json output: indented, non-ASCII letters as they are."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def plain(snippet_html: str, *, tty: bool) -> str:
    """Marked HTML as one terminal line: matches in bold yellow on a terminal.

    The article's own text is decoded and its control characters shown as
    escapes piece by piece, so only the marks' colour codes reach the terminal
    (an entity such as ``&#27;`` decodes to ESC too).
    """
    pieces = _MARK.split(snippet_html)
    marks = _MARK.findall(snippet_html)
    out = [printable_prose(html.unescape(pieces[0]))]
    for mark, piece in zip(marks, pieces[1:], strict=True):
        if tty:
            out.append("\033[1;33m" if mark == "<mark>" else "\033[0m")
        out.append(printable_prose(html.unescape(piece)))
    return "".join(out)


def shown(text: str | None) -> str:
    """A string from an article or a file name, safe on one terminal line."""
    return printable(text or "")


def shown_path(path: str) -> str:
    return printable(display_path(path))


def print_short_hit(prefix: str, hit: Hit, *, tty: bool) -> None:
    """A hit as related and watch show list it: headline, day, path."""
    when = hit.date.date().isoformat() if hit.date else "no date"  # year 1 as 0001, not strftime's 1
    print(f"\n{prefix}{plain(hit.headline_html, tty=tty)}  ({when})\n   {shown_path(hit.path)}")
