"""The searcher's messages to the user, each with a stable code (see index/messages.py).

``QueryError`` and ``DateError`` carry ``.code`` (a member of the enums here)
and ``.params``; ``str()`` is the English text. ``.message`` is the same text
as a ``CoreMessage``, which is what ``SearchResult.message`` and
``SearchResult.notes`` hold, so the GUI can translate them by code.
"""
from __future__ import annotations

from typing import Any

from telusur.index.messages import CoreMessage, MessageCode

DATE_EXAMPLE = "write it like 2024-07-03"


class QueryProblem(MessageCode):
    """Why a query cannot run."""

    LONE_STAR = "a lone * would match every article; put at least 2 letters before it"
    TOO_BROAD = "'{pattern}' is too broad: put at least {min_prefix} letters before * or ?"
    FUZZY_TOO_SHORT = "put a word of at least 2 letters before ~ (for example fotovoltaic~)"
    TOO_MANY_WORDS = "'{pattern}' matches too many words; make it longer"
    DATES_REVERSED = "the start date is after the end date"
    NO_COMMON_DAY = "no day is in both the date filter and the dates in the query"
    UNREADABLE = "cannot understand the query ({detail})"
    NOTHING_TO_SEARCH = (
        "nothing left to search for: the words are too common (like 'yang' or 'dan') or only punctuation"
    )
    UNKNOWN_SORT = "unknown sort {sort!r}; use one of {choices}"
    BAD_BOOST = "'^{boost}' is not a weight: write a positive number like judul:banjir^2"
    # The field names are the query language's own, so each language's text names them itself.
    UNKNOWN_FIELD = "there is no field '{field}:'; use judul:, isi: or date:"
    UNKNOWN_DATE_UNIT = "unknown date unit {unit!r}; use one of {choices}"
    NOT_IN_INDEX = "{path} is not in the index"
    OTHER = "{text}"  # a QueryError raised with plain text (older callers)


class DateProblem(MessageCode):
    """Why a date or date range cannot be read."""

    NO_SUCH_DATE = "there is no date {date!r} (years run from 0001 to 9999); " + DATE_EXAMPLE
    RANGE_NOT_ALLOWED = "{date!r} is a range; give one date here (a range goes in the query: date:A..B)"
    NO_SUCH_MONTH = "there is no month {month} in {date!r}; " + DATE_EXAMPLE
    UNREADABLE_DATE = "cannot read the date {date!r}; " + DATE_EXAMPLE
    UNREADABLE_RANGE = "cannot read the date range {date!r}; write it like 2024-07-01..2024-07-31"
    RANGE_REVERSED = "the date range {date!r} ends before it starts"
    OTHER = "{text}"


class QueryNote(MessageCode):
    """Something the search changed or added, for the user to know."""

    CUT = "the query was cut to its first {max_chars} characters"
    ALSO_SHOWING = "also showing articles with '{word}'"


MAX_QUOTED_CHARS = 60  # of the user's text quoted back in a message


def clip(text: str, limit: int = MAX_QUOTED_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis: a message quotes the query, never all of it.

    ``tanggal:`` followed by 300 letters made a 541-character message.
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


class CodedError(ValueError):
    """An error whose ``str()`` is a ``CoreMessage``: English text plus code and arguments.

    Text parameters are clipped (``clip``): they quote what the user typed.
    """

    plain_code: MessageCode

    def __init__(self, code: MessageCode | str, **params: Any) -> None:
        if isinstance(code, str):  # plain text, as QueryError("...") was raised before codes
            code, params = self.plain_code, {"text": code}
        params = {k: clip(v) if isinstance(v, str) and k != "text" else v for k, v in params.items()}
        self.message = CoreMessage(code, **params)
        super().__init__(self.message)

    @property
    def code(self) -> MessageCode:
        return self.message.code

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params


class QueryError(CodedError):
    """A query that cannot be run; ``str()`` is a message for the user, ``.code`` says which."""

    plain_code = QueryProblem.OTHER


class DateError(CodedError):
    """A date the user gave that cannot be read; ``.code`` is a ``DateProblem``."""

    plain_code = DateProblem.OTHER
