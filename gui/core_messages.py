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

import errno
import os
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
    nested: bool = False  # its arguments are core messages or terms too ("an array")


def _entry(code: str, pattern: str, template: str, *, nested: bool = False) -> CoreMessage:
    return CoreMessage(code, re.compile(pattern, re.DOTALL), template, nested)


def _os_error(number: int, template: str) -> CoreMessage:
    """An OS error text as this system words it (``os.strerror``), translated like ``template``.

    The template is the glibc wording, which is what lupdate sees; the pattern
    is the running system's own, so another C library's wording still matches.
    """
    return CoreMessage(f"os.{errno.errorcode[number]}", re.compile(re.escape(os.strerror(number))), template)


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
    _entry("query.bad_boost", r"'\^(.+)' is not a weight: write a positive number like judul:banjir\^2",
           QT_TRANSLATE_NOOP("CoreMessages", "'^%1' is not a weight: write a positive number like judul:banjir^2")),
    _entry("query.unknown_field", r"there is no field '(.+):'; use (.+)",
           QT_TRANSLATE_NOOP("CoreMessages", "there is no field '%1:'; use %2")),
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
           QT_TRANSLATE_NOOP("CoreMessages", "cannot list folder: %1"), nested=True),
    _entry("skip.cannot_read", r"cannot read: (.*)",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot read: %1"), nested=True),
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
    _entry("skip.link_outside", r"a link to a place outside the library folders \(not followed\)",
           QT_TRANSLATE_NOOP("CoreMessages", "a link to a place outside the library folders (not followed)")),
    # index/articles.py: indexed, with a warning
    _entry("warn.date_unreadable", r"unreadable date line (.+); article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable date line %1; article left undated")),
    _entry("warn.no_date", r"no date line; article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "no date line; article left undated")),
    # index/formats/: other article formats (web pages, PDF, Word, MHTML, JSON/CSV datasets)
    _entry("skip.is_folder", r"is a folder, not a file",
           QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a file")),
    _entry("skip.too_large_format", r"file larger than (\d+) MB \(the limit for \.(\w+) files\)",
           QT_TRANSLATE_NOOP("CoreMessages", "file larger than %1 MB (the limit for .%2 files)")),
    _entry("skip.unknown_suffix", r"not an article file \(unknown suffix\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not an article file (unknown suffix)")),
    _entry("skip.nested_markup", r"markup nested too deeply to read",
           QT_TRANSLATE_NOOP("CoreMessages", "markup nested too deeply to read")),
    _entry("skip.too_large_memory", r"too large to read in memory",
           QT_TRANSLATE_NOOP("CoreMessages", "too large to read in memory")),
    _entry("skip.could_not_read", r"could not be read \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "could not be read (%1)")),
    _entry("skip.timeout", r"took longer than (\S+) s",
           QT_TRANSLATE_NOOP("CoreMessages", "took longer than %1 s")),
    _entry("json.line_invalid", r"line (\d+) is not valid JSON \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "line %1 is not valid JSON (%2)")),
    _entry("json.line_not_object", r"line (\d+) is (.+), not an article object",
           QT_TRANSLATE_NOOP("CoreMessages", "line %1 is %2, not an article object"), nested=True),
    _entry("json.first_element", r"not an array of article objects \(its first element is (.+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not an array of article objects (its first element is %1)"), nested=True),
    _entry("json.record_not_object", r"record (\d+) is (.+), not an article object",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 is %2, not an article object"), nested=True),
    _entry("json.unreadable_after", r"unreadable JSON after record (\d+): (.*); rest of file not read",
           QT_TRANSLATE_NOOP("CoreMessages",
                             "unreadable JSON after record %1: %2; rest of file not read"), nested=True),
    _entry("json.unreadable_start", r"unreadable JSON at the start: (.*); rest of file not read",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable JSON at the start: %1; rest of file not read"), nested=True),
    _entry("json.not_array", r"not a JSON array",
           QT_TRANSLATE_NOOP("CoreMessages", "not a JSON array")),
    _entry("json.not_closed", r"the array is not closed \(file truncated\?\)",
           QT_TRANSLATE_NOOP("CoreMessages", "the array is not closed (file truncated?)")),
    _entry("json.expected_comma", r"expected ',' or '\]' but found (.+)",
           QT_TRANSLATE_NOOP("CoreMessages", "expected ',' or ']' but found %1")),
    _entry("json.element_too_large", r"an element larger than (\d+) MB or broken JSON",
           QT_TRANSLATE_NOOP("CoreMessages", "an element larger than %1 MB or broken JSON")),
    _entry("json.broken", r"broken JSON \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "broken JSON (%1)")),
    _entry("json.neither", r"not a JSON array of articles or JSON Lines \(the file starts with neither \[ nor \{\)",
           QT_TRANSLATE_NOOP("CoreMessages",
                             "not a JSON array of articles or JSON Lines (the file starts with neither [ nor {)")),
    _entry("csv.header_unreadable", r"unreadable CSV header: (.*)",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable CSV header: %1")),
    _entry("csv.no_header", r"no header row",
           QT_TRANSLATE_NOOP("CoreMessages", "no header row")),
    _entry("csv.no_body_column", r"no column named (\S+) in the header \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "no column named %1 in the header (%2)")),
    _entry("csv.unreadable_after", r"unreadable CSV after record (\d+): (.*); rest of file not read",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable CSV after record %1: %2; rest of file not read")),
    _entry("csv.row_fields", r"row has (\d+) fields, the header (\d+)",
           QT_TRANSLATE_NOOP("CoreMessages", "row has %1 fields, the header %2")),
    _entry("record.too_large", r"record (\d+) is larger than (\d+) MB",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 is larger than %2 MB")),
    _entry("record.too_deep", r"record (\d+) is nested too deeply to read",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 is nested too deeply to read")),
    _entry("json.line_too_deep", r"line (\d+) is nested too deeply to read",
           QT_TRANSLATE_NOOP("CoreMessages", "line %1 is nested too deeply to read")),
    _entry("csv.quote_unclosed", r"record (\d+) opens a quote that is never closed; rest of file not read",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 opens a quote that is never closed; rest of file not read")),
    _entry("csv.record_unreadable", r"record (\d+) is not readable CSV \((.*)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 is not readable CSV (%2)")),
    _entry("csv.header_too_large", r"the header row is larger than (\d+) MB",
           QT_TRANSLATE_NOOP("CoreMessages", "the header row is larger than %1 MB")),
    _entry("record.no_body", r"record (\d+) has no body \(no field named (\S+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 has no body (no field named %2)")),
    _entry("record.empty_body", r"record (\d+) has an empty body",
           QT_TRANSLATE_NOOP("CoreMessages", "record %1 has an empty body")),
    _entry("warn.no_headline_field", r"no headline field; first words of the body used",
           QT_TRANSLATE_NOOP("CoreMessages", "no headline field; first words of the body used")),
    _entry("warn.date_field_undated", r"unreadable date (.+); article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable date %1; article left undated")),
    _entry("warn.date_field", r"unreadable date (.+)",
           QT_TRANSLATE_NOOP("CoreMessages", "unreadable date %1")),
    _entry("mhtml.no_mime", r"not an MHTML file \(no MIME structure\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not an MHTML file (no MIME structure)")),
    _entry("mhtml.no_html", r"not an MHTML page \(no HTML part inside\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not an MHTML page (no HTML part inside)")),
    _entry("mhtml.empty", r"MHTML page is empty",
           QT_TRANSLATE_NOOP("CoreMessages", "MHTML page is empty")),
    _entry("pdf.cannot_open", r"cannot open the file",
           QT_TRANSLATE_NOOP("CoreMessages", "cannot open the file")),
    _entry("pdf.damaged", r"not a readable PDF \(damaged or truncated\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable PDF (damaged or truncated)")),
    _entry("pdf.password", r"password-protected",
           QT_TRANSLATE_NOOP("CoreMessages", "password-protected")),
    _entry("pdf.security_handler", r"encrypted with an unsupported security handler",
           QT_TRANSLATE_NOOP("CoreMessages", "encrypted with an unsupported security handler")),
    _entry("pdf.page_missing", r"not a readable PDF \(page not found\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable PDF (page not found)")),
    _entry("pdf.unreadable", r"not a readable PDF",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable PDF")),
    _entry("pdf.page_limit", r"only the first (\d+) of (\d+) pages read \(page limit\)",
           QT_TRANSLATE_NOOP("CoreMessages", "only the first %1 of %2 pages read (page limit)")),
    _entry("pdf.time_limit", r"only the first (\d+) of (\d+) pages read \(time limit (\S+) s\)",
           QT_TRANSLATE_NOOP("CoreMessages", "only the first %1 of %2 pages read (time limit %3 s)")),
    _entry("pdf.page_unreadable", r"page (\d+) unreadable",
           QT_TRANSLATE_NOOP("CoreMessages", "page %1 unreadable")),
    _entry("pdf.date_from_properties", r"date taken from the PDF's properties, not its text",
           QT_TRANSLATE_NOOP("CoreMessages", "date taken from the PDF's properties, not its text")),
    _entry("warn.no_date_found", r"no date found; article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "no date found; article left undated")),
    _entry("web.no_date", r"no date found on the page; article left undated",
           QT_TRANSLATE_NOOP("CoreMessages", "no date found on the page; article left undated")),
    _entry("web.binary", r"not a web page \(binary content\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a web page (binary content)")),
    _entry("web.unreadable", r"not a readable web page",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable web page")),
    _entry("word.not_zip", r"not a Word document \(\.docx is a zip file; this is not one\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a Word document (.docx is a zip file; this is not one)")),
    _entry("word.damaged_zip", r"not a readable Word document \(damaged or truncated zip\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word document (damaged or truncated zip)")),
    _entry("word.no_document_xml", r"not a Word document \(no word/document\.xml inside\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a Word document (no word/document.xml inside)")),
    _entry("word.unpacks_too_large", r"unpacks to (\d+) MB, over the (\d+) MB limit \(zip bomb\?\)",
           QT_TRANSLATE_NOOP("CoreMessages", "unpacks to %1 MB, over the %2 MB limit (zip bomb?)")),
    _entry("word.zip_bomb", r"compressed (\d+):1, a zip bomb; not opened",
           QT_TRANSLATE_NOOP("CoreMessages", "compressed %1:1, a zip bomb; not opened")),
    _entry("word.unreadable", r"not a readable Word document",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word document")),
    _entry("word.unreadable_error", r"not a readable Word document \((\w+)\)",
           QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word document (%1)")),
    _entry("word.no_text", r"no text in the document",
           QT_TRANSLATE_NOOP("CoreMessages", "no text in the document")),
    _entry("term.an_object", r"an object",
           QT_TRANSLATE_NOOP("CoreMessages", "an object")),
    _entry("term.an_array", r"an array",
           QT_TRANSLATE_NOOP("CoreMessages", "an array")),
    _entry("term.a_string", r"a string",
           QT_TRANSLATE_NOOP("CoreMessages", "a string")),
    _entry("term.a_number", r"a number",
           QT_TRANSLATE_NOOP("CoreMessages", "a number")),
    # The operating system's reason (``strerror``) after "cannot read: ", e.g. a link to a file that is gone.
    _os_error(errno.ENOENT, QT_TRANSLATE_NOOP("CoreMessages", "No such file or directory")),
    _os_error(errno.EACCES, QT_TRANSLATE_NOOP("CoreMessages", "Permission denied")),
    _os_error(errno.EPERM, QT_TRANSLATE_NOOP("CoreMessages", "Operation not permitted")),
    _os_error(errno.ELOOP, QT_TRANSLATE_NOOP("CoreMessages", "Too many levels of symbolic links")),
    _os_error(errno.EIO, QT_TRANSLATE_NOOP("CoreMessages", "Input/output error")),
    _os_error(errno.EISDIR, QT_TRANSLATE_NOOP("CoreMessages", "Is a directory")),
    _os_error(errno.ENOTDIR, QT_TRANSLATE_NOOP("CoreMessages", "Not a directory")),
    _os_error(errno.ENAMETOOLONG, QT_TRANSLATE_NOOP("CoreMessages", "File name too long")),
    _os_error(errno.ESTALE, QT_TRANSLATE_NOOP("CoreMessages", "Stale file handle")),
    # index/store.py RebuildReason: why the index was started over
    _entry("rebuild.no_index", r"no index yet",
           QT_TRANSLATE_NOOP("CoreMessages", "no index yet")),
    _entry("rebuild.other_version", r"the index was built by another version of Telusur",
           QT_TRANSLATE_NOOP("CoreMessages", "the index was built by another version of Telusur")),
    _entry("rebuild.damaged", r"the index is damaged \(its files differ from the checksums recorded when they "
           r"were written\)",
           QT_TRANSLATE_NOOP("CoreMessages", "the index is damaged (its files differ from the checksums recorded "
                                             "when they were written)")),
    _entry("rebuild.busy", r"another Telusur process is rebuilding this index; try again when it ends",
           QT_TRANSLATE_NOOP("CoreMessages",
                             "another Telusur process is rebuilding this index; try again when it ends")),
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
            args = match.groups()
            if entry.nested:
                args = tuple(core_text(arg) if arg else arg for arg in args)
            return translate_code(entry.code, *args)
    return message
