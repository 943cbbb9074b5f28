"""Printing helpers the commands share: counts in words, JSON, marked text for a terminal."""
from __future__ import annotations

import html
import json
import re
from typing import Any

from telusur.searcher.records import Hit

_MARK = re.compile(r"</?mark>")


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def print_json(data: Any) -> None:
    """--json output: indented, non-ASCII letters as they are."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def plain(snippet_html: str, *, tty: bool) -> str:
    """Marked HTML as terminal text: matches in bold yellow on a terminal."""
    text = _MARK.sub(lambda m: ("\033[1;33m" if m.group() == "<mark>" else "\033[0m") if tty else "", snippet_html)
    return html.unescape(text)


def print_short_hit(prefix: str, hit: Hit, *, tty: bool) -> None:
    """A hit as related and watch show list it: headline, day, path."""
    when = hit.date.strftime("%Y-%m-%d") if hit.date else "no date"
    print(f"\n{prefix}{plain(hit.headline_html, tty=tty)}  ({when})\n   {hit.path}")
