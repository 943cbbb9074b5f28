"""Messages from the core with a stable code and arguments besides the English text.

The GUI translates a message by its code (and fills in its arguments); the
command line and logs show the English text. A ``CoreMessage`` *is* that text
(a ``str``), so code that prints, compares or serialises messages as strings
keeps working, and ``.code`` / ``.params`` say what it means.

Each code is an enum member whose value is its English template; the member
name is the stable code. Codes are never renamed; a new message is a new member.
"""
from __future__ import annotations

from enum import Enum
from typing import Any


class MessageCode(Enum):
    """Base of the message-code enums: the value is the English template."""

    def text(self, **params: Any) -> str:
        return str(self.value).format(**params)


class SkipReason(MessageCode):
    """Why a file (or folder) was not indexed."""

    FOLDER_NOT_FOUND = "folder not found; its articles stay in the index"
    CANNOT_LIST = "cannot list folder: {error}"
    CANNOT_READ = "cannot read: {error}"
    DISAPPEARED = "file disappeared before it could be read"
    PERMISSION_DENIED = "permission denied"
    NOT_REGULAR = "not a regular file (a pipe, device or folder took its place)"
    TOO_LARGE = "file larger than {megabytes} MB"
    EMPTY = "empty file"
    UNDECODABLE = "not text (binary or unknown encoding)"
    BINARY = "not text (binary content)"
    LINK_OUTSIDE = "a link to a place outside the library folders (not followed)"


class ArticleWarning(MessageCode):
    """Something odd about a file that was indexed anyway."""

    NO_TEXT = "no text"
    UNREADABLE_DATE_LINE = "unreadable date line {line!r}; article left undated"
    NO_DATE_LINE = "no date line; article left undated"


def _restore(code: MessageCode, params: dict[str, Any]) -> CoreMessage:
    return CoreMessage(code, **params)


class CoreMessage(str):
    """The English text of ``code`` filled with ``params``; compare ``.code``, not the text."""

    code: MessageCode
    params: dict[str, Any]

    def __new__(cls, code: MessageCode, **params: Any) -> CoreMessage:
        self = super().__new__(cls, code.text(**params))
        self.code, self.params = code, params
        return self

    def __reduce__(self):  # worker processes send these back: pickle the code, not the text
        return (_restore, (self.code, self.params))


def message_code(message: str) -> MessageCode | None:
    """The code of ``message`` when it came from the core with one, else None."""
    return getattr(message, "code", None)
