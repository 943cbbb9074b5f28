"""Printing helpers the commands share: counts in words, JSON, marked text for a terminal."""
from __future__ import annotations

import codecs
import json
import sys
from typing import Any

from telusur.index.library_file import display_path
from telusur.searcher.highlight import Marked
from telusur.searcher.printable import printable, printable_prose
from telusur.searcher.requests import Hit


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _utf(stream: Any) -> bool:
    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def never_fail_to_encode() -> None:
    """Output that the terminal's encoding cannot hold is replaced, never a traceback.

    Redirected on Windows, standard output encodes cp1252 (the locale's code
    page), which has no U+FFFD, emoji or CJK: one such headline ended the
    command in UnicodeEncodeError. ``--json`` stays lossless (``print_json``).
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or _utf(stream) or getattr(stream, "errors", "strict") != "strict":
            continue
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            pass


def print_json(data: Any) -> None:
    """--json output: indented, non-ASCII letters as they are (as \\u escapes when
    standard output is not UTF-8, so no character is lost)."""
    print(json.dumps(data, ensure_ascii=not _utf(sys.stdout), indent=2))


def plain(marked: Marked, *, tty: bool) -> str:
    """Marked text as one terminal line: matches in bold yellow on a terminal, as they are elsewhere.

    The article's own text has its control characters shown as escapes piece
    by piece, so only the marks' colour codes reach the terminal.
    """
    if not tty:
        return printable_prose(marked.text)
    out, pos = [], 0
    for start, end in marked.spans:
        out += [printable_prose(marked.text[pos:start]), "\033[1;33m", printable_prose(marked.text[start:end]),
                "\033[0m"]
        pos = end
    out.append(printable_prose(marked.text[pos:]))
    return "".join(out)


def shown(text: str | None) -> str:
    """A string from an article or a file name, safe on one terminal line."""
    return printable(text or "")


def shown_path(path: str) -> str:
    return printable(display_path(path))


def print_short_hit(prefix: str, hit: Hit, *, tty: bool) -> None:
    """A hit as related and watch show list it: headline, day, path."""
    when = hit.date.date().isoformat() if hit.date else "no date"  # year 1 as 0001, not strftime's 1
    print(f"\n{prefix}{plain(hit.headline_marked, tty=tty)}  ({when})\n   {shown_path(hit.path)}")
