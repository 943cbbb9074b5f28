"""The core's messages in the interface's language: one table, English text -> translated template.

searcher/ and index/ speak English and know nothing of Qt. Query errors,
notes, skip reasons, date warnings and rebuild reasons reach the GUI as
English text; this table recognises each by a pattern, takes its arguments
out, and puts them into the translated template (context ``CoreMessages`` in
``i18n/telusur_id.ts``). Every entry already has a stable code: when the core
sends ``(code, args)`` instead of text, ``translate_code`` is the lookup and
the patterns can go. A message the table does not know is shown as it came.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from .translations import QT_TRANSLATE_NOOP, with_args

CONTEXT = "CoreMessages"


@dataclass(frozen=True)
class CoreMessage:
    """One core message: its code, the English text as a pattern, the template to translate."""

    code: str
    pattern: re.Pattern[str]  # fullmatch of the English text; groups are %1, %2, ...
    template: str  # English source string with %1..%9, translated in CONTEXT


def _entry(code: str, pattern: str, template: str) -> CoreMessage:
    return CoreMessage(code, re.compile(pattern, re.DOTALL), template)


MESSAGES: tuple[CoreMessage, ...] = (
    # searcher/query.py, searcher/dates.py, searcher/engine.py: a query that cannot run
    _entry("query.lone_star", r"a lone \* would match every article; put at least 2 letters before it",
           QT_TRANSLATE_NOOP("CoreMessages", "a lone * would match every article; put at least 2 letters before it")),
    _entry("query.too_broad", r"(.+) is too broad: put at least (\d+) letters before \* or \?",
           QT_TRANSLATE_NOOP("CoreMessages", "%1 is too broad: put at least %2 letters before * or ?")),
    _entry("query.fuzzy_short", r"put a word of at least 2 letters before ~ \(for example fotovoltaic~\)",
           QT_TRANSLATE_NOOP("CoreMessages", "put a word of at least 2 letters before ~ (for example fotovoltaic~)")),
    _entry("query.dates_reversed", r"the start date is after the end date",
           QT_TRANSLATE_NOOP("CoreMessages", "the start date is after the end date")),
    _entry("query.dates_disjoint", r"no day is in both the date filter and the dates in the query",
           QT_TRANSLATE_NOOP("CoreMessages", "no day is in both the date filter and the dates in the query")),
    _entry("query.unparsable", r"cannot understand the query \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot understand the query (%1)")),
    _entry("query.nothing_left", r"nothing left to search for: .*",
           QT_TRANSLATE_NOOP("CoreMessages", "nothing left to search for: the words are too common "
                                             "(like 'yang' or 'dan') or only punctuation")),
    _entry("query.too_many_words", r"(.+) matches too many words; make it longer",
           QT_TRANSLATE_NOOP("CoreMessages", "%1 matches too many words; make it longer")),
    _entry("query.unknown_sort", r"unknown sort (.+); use one of (.+)",
           QT_TRANSLATE_NOOP("CoreMessages", "unknown sort %1; use one of %2")),
    _entry("date.unreadable", r"cannot read the date (.+); write it like 2024-07-03",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot read the date %1; write it like 2024-07-03")),
    _entry("date.range_reversed", r"the date range (.+) ends before it starts",
           QT_TRANSLATE_NOOP("CoreMessages", "the date range %1 ends before it starts")),
    _entry("date.no_such_date", r"there is no date (.+) \(years run from 0001 to 9999\); write it like 2024-07-03",
           QT_TRANSLATE_NOOP("CoreMessages",
                             "there is no date %1 (years run from 0001 to 9999); write it like 2024-07-03")),
    _entry("date.is_range", r"(.+) is a range; give one date here \(a range goes in the query: date:A\.\.B\)",
           QT_TRANSLATE_NOOP("CoreMessages",
                             "%1 is a range; give one date here (a range goes in the query: date:A..B)")),
    _entry("date.no_such_month", r"there is no month (\S+) in (.+); write it like 2024-07-03",
           QT_TRANSLATE_NOOP("CoreMessages", "there is no month %1 in %2; write it like 2024-07-03")),
    _entry("date.range_unreadable", r"cannot read the date range (.+); write it like 2024-07-01\.\.2024-07-31",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot read the date range %1; write it like 2024-07-01..2024-07-31")),
    # notes beside a result
    _entry("note.cut", r"the query was cut to its first (\d+) characters",
           QT_TRANSLATE_NOOP("CoreMessages", "the query was cut to its first %1 characters")),
    _entry("note.typo_widened", r"also showing articles with '(.+)'",
           QT_TRANSLATE_NOOP("CoreMessages", "also showing articles with '%1'")),
    # index/files.py, index/sync.py: why a file was skipped
    _entry("skip.folder_missing", r"folder not found; its articles stay in the index",
           QT_TRANSLATE_NOOP("CoreMessages", "folder not found; its articles stay in the index")),
    _entry("skip.cannot_list", r"cannot list folder: (.*)",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot list folder: %1")),
    _entry("skip.cannot_read", r"cannot read: (.*)",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot read: %1")),
    _entry("skip.vanished", r"file disappeared before it could be read",
           QT_TRANSLATE_NOOP("CoreMessages", "file disappeared before it could be read")),
    _entry("skip.permission", r"permission denied",
           QT_TRANSLATE_NOOP("CoreMessages", "permission denied")),
    _entry("skip.too_large", r"file larger than (\d+) MB",
           QT_TRANSLATE_NOOP("CoreMessages", "file larger than %1 MB")),
    _entry("skip.empty", r"empty file",
           QT_TRANSLATE_NOOP("CoreMessages", "empty file")),
    _entry("skip.undecodable", r"not text \(binary or unknown encoding\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not text (binary or unknown encoding)")),
    _entry("skip.binary", r"not text \(binary content\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not text (binary content)")),
    _entry("skip.not_regular", r"not a regular file \(a pipe, device or folder took its place\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a regular file (a pipe, device or folder took its place)")),
    # index/articles.py: indexed, with a warning
    _entry("warn.date_unreadable", r"unreadable date line (.+); article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable date line %1; article left undated")),
    _entry("warn.no_date", r"no date line; article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "no date line; article left undated")),
    # index/store.py RebuildReason: why the index was started over
    _entry("rebuild.no_index", r"no index yet",
           QT_TRANSLATE_NOOP("CoreMessages", "no index yet")),
    _entry("rebuild.other_version", r"the index was built by another version of Telusur",
           QT_TRANSLATE_NOOP("CoreMessages", "the index was built by another version of Telusur")),
    _entry("rebuild.unreadable_detail", r"the index could not be opened \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "the index could not be opened (%1)")),
    _entry("rebuild.unreadable", r"the index could not be opened",
           QT_TRANSLATE_NOOP("CoreMessages", "the index could not be opened")),
    # index/store.py IndexDirError: the index cannot live where it was pointed
    _entry("index.dir_not_folder", r"the index location (.+) is not a folder; give a folder or remove that file",
           QT_TRANSLATE_NOOP("CoreMessages",
                             "the index location %1 is not a folder; give a folder or remove that file")),
)
_BY_CODE = {entry.code: entry for entry in MESSAGES}


def translate_code(code: str, *args: object) -> str:
    """The message ``code`` with ``args``, in the interface's language ('' for an unknown code)."""
    entry = _BY_CODE.get(code)
    if entry is None:
        return ""
    return with_args(QCoreApplication.translate(CONTEXT, entry.template), *args)


def core_text(message: str) -> str:
    """A core message in the interface's language; unknown messages come back unchanged."""
    for entry in MESSAGES:
        match = entry.pattern.fullmatch(message)
        if match:
            return translate_code(entry.code, *match.groups())
    return message
