"""Article and file-name text made safe to print on a terminal or open in a spreadsheet.

Headlines, sources, URLs, snippets and file names come from files anyone
could have written. Printed raw, an escape sequence retitles or clears the
terminal, or (OSC 52) writes the user's clipboard; a newline in a file name
forges an extra result line; bidirectional overrides reorder what is shown.
Those characters are shown as Python-style escapes (``\\x1b``, ``\\n``,
``\\u202e``) instead. A CSV cell that starts with ``=``, ``+``, ``-`` or ``@``
is a formula to Excel and LibreOffice; it gets a leading apostrophe (the
OWASP advice), which they show as text.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, line and paragraph separators, bidirectional marks, overrides and isolates.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile("[\t\n\r\x0b\x0c\u2028\u2029]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape").decode("ascii")


def printable(text: str) -> str:
    """``text`` with every control or direction character shown as an escape: one safe line."""
    return _UNSAFE.sub(_escape, text)


def printable_prose(text: str) -> str:
    """Like ``printable``, for article text: line breaks and tabs become spaces first."""
    return printable(_SPACES.sub(" ", text))


def inert_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: controls escaped, a formula start quoted."""
    text = printable(text)
    return "'" + text if text.startswith(_FORMULA_START) else text
