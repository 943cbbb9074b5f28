"""The core's messages in the interface's language, by code.

index/ and searcher/ know nothing of Qt: they make each message as a
``CoreMessage`` (English text plus ``.code``, a ``MessageCode`` member, and
``.params``). Here each code has the English template in Qt's ``%1`` form,
translated in context ``CoreMessages`` of ``i18n/telusur_id.ts``; its
arguments are filled in from ``.params`` in the order the core's template
names them, and an argument that is itself a coded message is translated too.
tests/gui/test_core_message_catalogue.py checks that every code has an entry
here that matches the core's template, and an Indonesian text.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from telusur.index import message_code
from telusur.index.messages import (
    ArticleWarning,
    DataSetProblem,
    DocumentProblem,
    IndexDamage,
    IndexProblem,
    Joined,
    MessageCode,
    OsReason,
    SavedSearchProblem,
    ScanProblem,
    SkipReason,
    ValueKind,
    WriteProblem,
    ZipKind,
    ZipProblem,
)
from telusur.index.store import RebuildDetail, RebuildReason
from telusur.searcher.messages import DateProblem, QueryNote, QueryProblem

from .translations import QT_TRANSLATE_NOOP, with_args

CONTEXT = "CoreMessages"

# Codes whose whole text came from elsewhere (older callers' plain text): shown as they came.
FREE_TEXT: frozenset[MessageCode] = frozenset({QueryProblem.OTHER, DateProblem.OTHER})

TEMPLATES: dict[MessageCode, str] = {
    # index/messages.py SkipReason
    SkipReason.FOLDER_NOT_FOUND: QT_TRANSLATE_NOOP("CoreMessages", "folder not found; its articles stay in the index"),
    SkipReason.CANNOT_LIST: QT_TRANSLATE_NOOP("CoreMessages", "cannot list folder: %1"),
    SkipReason.CANNOT_READ: QT_TRANSLATE_NOOP("CoreMessages", "cannot read: %1"),
    SkipReason.DISAPPEARED: QT_TRANSLATE_NOOP("CoreMessages", "file disappeared before it could be read"),
    SkipReason.PERMISSION_DENIED: QT_TRANSLATE_NOOP("CoreMessages", "permission denied"),
    SkipReason.NOT_REGULAR: QT_TRANSLATE_NOOP(
        "CoreMessages", "not a regular file (a pipe, device or folder took its place)"
    ),
    SkipReason.TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "file larger than %1 MB"),
    SkipReason.EMPTY: QT_TRANSLATE_NOOP("CoreMessages", "empty file"),
    SkipReason.UNDECODABLE: QT_TRANSLATE_NOOP("CoreMessages", "not text (binary or unknown encoding)"),
    SkipReason.BINARY: QT_TRANSLATE_NOOP("CoreMessages", "not text (binary content)"),
    SkipReason.IS_FOLDER: QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a file"),
    SkipReason.TOO_LARGE_FOR_FORMAT: QT_TRANSLATE_NOOP(
        "CoreMessages", "file larger than %1 MB (the limit for .%2 files)"
    ),
    SkipReason.UNKNOWN_SUFFIX: QT_TRANSLATE_NOOP("CoreMessages", "not an article file (unknown suffix)"),
    SkipReason.NESTED_TOO_DEEP: QT_TRANSLATE_NOOP("CoreMessages", "markup nested too deeply to read"),
    SkipReason.TOO_LARGE_IN_MEMORY: QT_TRANSLATE_NOOP("CoreMessages", "too large to read in memory"),
    SkipReason.COULD_NOT_READ: QT_TRANSLATE_NOOP("CoreMessages", "could not be read (%1)"),
    SkipReason.TIMEOUT: QT_TRANSLATE_NOOP("CoreMessages", "took longer than %1 s"),
    SkipReason.NO_ARTICLES: QT_TRANSLATE_NOOP("CoreMessages", "no articles in this file"),
    SkipReason.LINK_OUTSIDE: QT_TRANSLATE_NOOP(
        "CoreMessages", "a link to a place outside the library folders (not followed)"
    ),
    # index/messages.py ArticleWarning
    ArticleWarning.NO_TEXT: QT_TRANSLATE_NOOP("CoreMessages", "no text"),
    ArticleWarning.UNREADABLE_DATE_LINE: QT_TRANSLATE_NOOP(
        "CoreMessages", "unreadable date line %1; article left undated"
    ),
    ArticleWarning.NO_DATE_LINE: QT_TRANSLATE_NOOP("CoreMessages", "no date line; article left undated"),
    ArticleWarning.NO_DATE_FOUND: QT_TRANSLATE_NOOP("CoreMessages", "no date found; article left undated"),
    ArticleWarning.NO_DATE_ON_PAGE: QT_TRANSLATE_NOOP(
        "CoreMessages", "no date found on the page; article left undated"
    ),
    ArticleWarning.NO_HEADLINE_FIELD: QT_TRANSLATE_NOOP(
        "CoreMessages", "no headline field; first words of the body used"
    ),
    ArticleWarning.UNREADABLE_DATE_UNDATED: QT_TRANSLATE_NOOP(
        "CoreMessages", "unreadable date %1; article left undated"
    ),
    ArticleWarning.UNREADABLE_DATE: QT_TRANSLATE_NOOP("CoreMessages", "unreadable date %1"),
    ArticleWarning.ROW_FIELDS: QT_TRANSLATE_NOOP("CoreMessages", "row has %1 fields, the header %2"),
    ArticleWarning.PDF_PAGE_LIMIT: QT_TRANSLATE_NOOP("CoreMessages", "only the first %1 of %2 pages read (page limit)"),
    ArticleWarning.PDF_TIME_LIMIT: QT_TRANSLATE_NOOP(
        "CoreMessages", "only the first %1 of %2 pages read (time limit %3 s)"
    ),
    ArticleWarning.PDF_PAGE_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "page %1 unreadable"),
    ArticleWarning.PDF_DATE_FROM_PROPERTIES: QT_TRANSLATE_NOOP(
        "CoreMessages", "date taken from the PDF's properties, not its text"
    ),
    ArticleWarning.IN_RECORD: QT_TRANSLATE_NOOP("CoreMessages", "record %1: %2"),
    ArticleWarning.OCR_UNSURE: QT_TRANSLATE_NOOP(
        "CoreMessages", "OCR unsure of the text (confidence %1%): check the scan"
    ),
    ArticleWarning.NO_DATE_IN_SCAN: QT_TRANSLATE_NOOP("CoreMessages", "no date in the scan; the file's date is used"),
    ArticleWarning.SCAN_TIME_LIMIT: QT_TRANSLATE_NOOP("CoreMessages", "only the first %1 pages read (time limit %2 s)"),
    ArticleWarning.SCAN_PAGE_TIMEOUT: QT_TRANSLATE_NOOP(
        "CoreMessages", "page %1 took longer than %2 s to read and was left out"
    ),
    # index/messages.py DocumentProblem
    DocumentProblem.MHTML_NO_MIME: QT_TRANSLATE_NOOP("CoreMessages", "not an MHTML file (no MIME structure)"),
    DocumentProblem.MHTML_NO_HTML: QT_TRANSLATE_NOOP("CoreMessages", "not an MHTML page (no HTML part inside)"),
    DocumentProblem.MHTML_EMPTY: QT_TRANSLATE_NOOP("CoreMessages", "MHTML page is empty"),
    DocumentProblem.PDF_CANNOT_OPEN: QT_TRANSLATE_NOOP("CoreMessages", "cannot open the file"),
    DocumentProblem.PDF_DAMAGED: QT_TRANSLATE_NOOP("CoreMessages", "not a readable PDF (damaged or truncated)"),
    DocumentProblem.PDF_PASSWORD: QT_TRANSLATE_NOOP("CoreMessages", "password-protected"),
    DocumentProblem.PDF_SECURITY_HANDLER: QT_TRANSLATE_NOOP(
        "CoreMessages", "encrypted with an unsupported security handler"
    ),
    DocumentProblem.PDF_PAGE_MISSING: QT_TRANSLATE_NOOP("CoreMessages", "not a readable PDF (page not found)"),
    DocumentProblem.PDF_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable PDF"),
    DocumentProblem.PDF_NO_TEXT: QT_TRANSLATE_NOOP("CoreMessages", "no text layer (scanned PDF)"),
    DocumentProblem.WEB_BINARY: QT_TRANSLATE_NOOP("CoreMessages", "not a web page (binary content)"),
    DocumentProblem.WEB_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable web page"),
    DocumentProblem.WEB_NO_ARTICLE: QT_TRANSLATE_NOOP(
        "CoreMessages", "no article text found on the page (a site index, or a page without text)"
    ),
    DocumentProblem.WEB_LINK_LIST: QT_TRANSLATE_NOOP(
        "CoreMessages", "the page is a list of links, not an article (a site index)"
    ),
    DocumentProblem.WORD_NOT_ZIP: QT_TRANSLATE_NOOP(
        "CoreMessages", "not a Word document (.docx is a zip file; this is not one)"
    ),
    DocumentProblem.WORD_DAMAGED_ZIP: QT_TRANSLATE_NOOP(
        "CoreMessages", "not a readable Word document (damaged or truncated zip)"
    ),
    DocumentProblem.WORD_NO_DOCUMENT_XML: QT_TRANSLATE_NOOP(
        "CoreMessages", "not a Word document (no word/document.xml inside)"
    ),
    DocumentProblem.WORD_UNPACKS_TOO_LARGE: QT_TRANSLATE_NOOP(
        "CoreMessages", "unpacks to %1 MB, over the %2 MB limit (zip bomb?)"
    ),
    DocumentProblem.WORD_ZIP_BOMB: QT_TRANSLATE_NOOP("CoreMessages", "compressed %1:1, a zip bomb; not opened"),
    DocumentProblem.WORD_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word document"),
    DocumentProblem.WORD_UNREADABLE_ERROR: QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word document (%1)"),
    DocumentProblem.WORD_NO_TEXT: QT_TRANSLATE_NOOP("CoreMessages", "no text in the document"),
    # index/messages.py DataSetProblem
    DataSetProblem.LINE_INVALID: QT_TRANSLATE_NOOP("CoreMessages", "line %1 is not valid JSON (%2)"),
    DataSetProblem.LINE_NOT_OBJECT: QT_TRANSLATE_NOOP("CoreMessages", "line %1 is %2, not an article object"),
    DataSetProblem.FIRST_ELEMENT: QT_TRANSLATE_NOOP(
        "CoreMessages", "not an array of article objects (its first element is %1)"
    ),
    DataSetProblem.RECORD_NOT_OBJECT: QT_TRANSLATE_NOOP("CoreMessages", "record %1 is %2, not an article object"),
    DataSetProblem.UNREADABLE_JSON_AFTER: QT_TRANSLATE_NOOP(
        "CoreMessages", "unreadable JSON after record %1: %2; rest of file not read"
    ),
    DataSetProblem.UNREADABLE_JSON_START: QT_TRANSLATE_NOOP(
        "CoreMessages", "unreadable JSON at the start: %1; rest of file not read"
    ),
    DataSetProblem.NOT_ARRAY: QT_TRANSLATE_NOOP("CoreMessages", "not a JSON array"),
    DataSetProblem.NOT_CLOSED: QT_TRANSLATE_NOOP("CoreMessages", "the array is not closed (file truncated?)"),
    DataSetProblem.EXPECTED_COMMA: QT_TRANSLATE_NOOP("CoreMessages", "expected ',' or ']' but found %1"),
    DataSetProblem.ELEMENT_TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "an element larger than %1 MB or broken JSON"),
    DataSetProblem.BROKEN_JSON: QT_TRANSLATE_NOOP("CoreMessages", "broken JSON (%1)"),
    DataSetProblem.NEITHER: QT_TRANSLATE_NOOP(
        "CoreMessages", "not a JSON array of articles or JSON Lines (the file starts with neither [ nor {)"
    ),
    DataSetProblem.CSV_HEADER_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "unreadable CSV header: %1"),
    DataSetProblem.CSV_NO_HEADER: QT_TRANSLATE_NOOP("CoreMessages", "no header row"),
    DataSetProblem.CSV_NO_BODY_COLUMN: QT_TRANSLATE_NOOP("CoreMessages", "no column named %1 in the header (%2)"),
    DataSetProblem.CSV_UNREADABLE_AFTER: QT_TRANSLATE_NOOP(
        "CoreMessages", "unreadable CSV after record %1: %2; rest of file not read"
    ),
    DataSetProblem.RECORD_TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "record %1 is larger than %2 MB"),
    DataSetProblem.RECORD_NO_BODY: QT_TRANSLATE_NOOP("CoreMessages", "record %1 has no body (no field named %2)"),
    DataSetProblem.RECORD_EMPTY_BODY: QT_TRANSLATE_NOOP("CoreMessages", "record %1 has an empty body"),
    DataSetProblem.RECORD_TOO_DEEP: QT_TRANSLATE_NOOP("CoreMessages", "record %1 is nested too deeply to read"),
    DataSetProblem.LINE_TOO_DEEP: QT_TRANSLATE_NOOP("CoreMessages", "line %1 is nested too deeply to read"),
    DataSetProblem.ENDS_INSIDE: QT_TRANSLATE_NOOP("CoreMessages", "the file ends inside an element (truncated?)"),
    DataSetProblem.EXPECTED_COLON: QT_TRANSLATE_NOOP("CoreMessages", "expected ':' after a key"),
    DataSetProblem.OBJECT_NOT_CLOSED: QT_TRANSLATE_NOOP("CoreMessages", "the object is not closed (file truncated?)"),
    DataSetProblem.CSV_QUOTE_UNCLOSED: QT_TRANSLATE_NOOP(
        "CoreMessages", "record %1 opens a quote that is never closed; rest of file not read"
    ),
    DataSetProblem.CSV_RECORD_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "record %1 is not readable CSV (%2)"),
    DataSetProblem.CSV_HEADER_TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "the header row is larger than %1 MB"),
    # index/messages.py SavedSearchProblem
    SavedSearchProblem.BAD_NAME: QT_TRANSLATE_NOOP(
        "CoreMessages", "a saved search needs a name of 1 to %1 characters on one line"
    ),
    SavedSearchProblem.UNREADABLE_FILE: QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be read (%2); fix or remove it"),
    SavedSearchProblem.WRONG_VERSION: QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is not a saved-searches file of version %2; fix or remove it"
    ),
    SavedSearchProblem.INVALID_ENTRY: QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 has an invalid entry (%2); fix or remove it"
    ),
    SavedSearchProblem.NOT_FOUND: QT_TRANSLATE_NOOP("CoreMessages", "no saved search named %1 (saved: %2)"),
    SavedSearchProblem.NONE_YET: QT_TRANSLATE_NOOP("CoreMessages", "none yet"),
    SavedSearchProblem.EXISTS: QT_TRANSLATE_NOOP("CoreMessages", "a saved search named %1 exists; remove it first"),
    SavedSearchProblem.ENTRY_SKIPPED: QT_TRANSLATE_NOOP(
        "CoreMessages", "%1: entry %2 is skipped (%3); fix or remove it"
    ),
    SavedSearchProblem.DUPLICATE_NAME: QT_TRANSLATE_NOOP("CoreMessages", "a second search named %1"),
    SavedSearchProblem.TOO_DEEP: QT_TRANSLATE_NOOP("CoreMessages", "nested too deeply"),
    # index/messages.py ValueKind
    ValueKind.AN_OBJECT: QT_TRANSLATE_NOOP("CoreMessages", "an object"),
    ValueKind.AN_ARRAY: QT_TRANSLATE_NOOP("CoreMessages", "an array"),
    ValueKind.A_STRING: QT_TRANSLATE_NOOP("CoreMessages", "a string"),
    ValueKind.A_NUMBER: QT_TRANSLATE_NOOP("CoreMessages", "a number"),
    ValueKind.TRUE_FALSE: QT_TRANSLATE_NOOP("CoreMessages", "true/false"),
    ValueKind.NULL: QT_TRANSLATE_NOOP("CoreMessages", "null"),
    # index/messages.py OsReason
    OsReason.ENOENT: QT_TRANSLATE_NOOP("CoreMessages", "No such file or directory"),
    OsReason.EACCES: QT_TRANSLATE_NOOP("CoreMessages", "Permission denied"),
    OsReason.EPERM: QT_TRANSLATE_NOOP("CoreMessages", "Operation not permitted"),
    OsReason.ELOOP: QT_TRANSLATE_NOOP("CoreMessages", "Too many levels of symbolic links"),
    OsReason.EIO: QT_TRANSLATE_NOOP("CoreMessages", "Input/output error"),
    OsReason.EISDIR: QT_TRANSLATE_NOOP("CoreMessages", "Is a directory"),
    OsReason.ENOTDIR: QT_TRANSLATE_NOOP("CoreMessages", "Not a directory"),
    OsReason.ENAMETOOLONG: QT_TRANSLATE_NOOP("CoreMessages", "File name too long"),
    OsReason.ESTALE: QT_TRANSLATE_NOOP("CoreMessages", "Stale file handle"),
    # index/messages.py IndexProblem
    IndexProblem.BUSY: QT_TRANSLATE_NOOP(
        "CoreMessages", "another indexing run is busy with this index; try again when it ends"
    ),
    IndexProblem.REBUILD_BUSY: QT_TRANSLATE_NOOP(
        "CoreMessages", "another Telusur process is rebuilding this index; try again when it ends"
    ),
    IndexProblem.DIR_NOT_FOLDER: QT_TRANSLATE_NOOP(
        "CoreMessages", "the index location %1 is not a folder; give a folder or remove that file"
    ),
    IndexProblem.BUSY_REMOVED: QT_TRANSLATE_NOOP(
        "CoreMessages",
        "another indexing run is busy with this index; %1 is out of the library and its articles "
        "leave the index on the next indexing run",
    ),
    IndexProblem.LIBRARY_BUSY: QT_TRANSLATE_NOOP(
        "CoreMessages", "another Telusur process has been changing the library for over %1 s; try again"
    ),
    IndexProblem.LOST_WORKER: QT_TRANSLATE_NOOP(
        "CoreMessages",
        "a worker process was killed (out of memory?); the %1 files it had not finished "
        "were indexed again in the main process",
    ),
    # index/messages.py ScanProblem
    ScanProblem.OCR_OFF: QT_TRANSLATE_NOOP(
        "CoreMessages",
        "scanned image: OCR is off because Tesseract with its Indonesian model is not installed "
        "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
        "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)",
    ),
    ScanProblem.PDF_OCR_OFF: QT_TRANSLATE_NOOP(
        "CoreMessages",
        "no text layer (scanned PDF); OCR is off because Tesseract with its Indonesian model is not installed "
        "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
        "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)",
    ),
    ScanProblem.IMAGE_TOO_LARGE: QT_TRANSLATE_NOOP("CoreMessages", "image too large to read (%1 x %2 pixels)"),
    ScanProblem.IMAGE_OVER_LIMIT: QT_TRANSLATE_NOOP(
        "CoreMessages", "image too large to read (over 178 million pixels)"
    ),
    ScanProblem.IMAGE_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable image (damaged or not an image)"),
    ScanProblem.TOO_SLOW: QT_TRANSLATE_NOOP("CoreMessages", "took longer than %1 s to read"),
    ScanProblem.NO_TEXT_PDF: QT_TRANSLATE_NOOP("CoreMessages", "no text layer (scanned PDF) and OCR found no text"),
    ScanProblem.NO_TEXT_SCAN: QT_TRANSLATE_NOOP("CoreMessages", "no text found in the scan"),
    ScanProblem.PHOTO: QT_TRANSLATE_NOOP("CoreMessages", "photo, not a clipping (OCR read only %1 words)"),
    ScanProblem.NO_TEXT_PDF_PAGES: QT_TRANSLATE_NOOP("CoreMessages", "no text layer (scanned PDF) and OCR found none"),
    # index/messages.py ZipKind
    ZipKind.AN_ODT: QT_TRANSLATE_NOOP("CoreMessages", "an OpenDocument text"),
    ZipKind.ODT: QT_TRANSLATE_NOOP("CoreMessages", "OpenDocument text"),
    ZipKind.AN_EPUB: QT_TRANSLATE_NOOP("CoreMessages", "an EPUB e-book"),
    ZipKind.EPUB: QT_TRANSLATE_NOOP("CoreMessages", "EPUB e-book"),
    # index/messages.py ZipProblem
    ZipProblem.NOT_ZIP: QT_TRANSLATE_NOOP("CoreMessages", "not %1 (it is a zip file; this is not one)"),
    ZipProblem.DAMAGED_ZIP: QT_TRANSLATE_NOOP("CoreMessages", "not a readable %1 (damaged or truncated zip)"),
    ZipProblem.MISSING_PART: QT_TRANSLATE_NOOP("CoreMessages", "not %1 (no %2 inside)"),
    ZipProblem.ODT_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable OpenDocument text (%1)"),
    ZipProblem.EPUB_NO_PACKAGE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable EPUB e-book (no package file)"),
    ZipProblem.EPUB_NO_TEXT: QT_TRANSLATE_NOOP("CoreMessages", "no text in the e-book"),
    ZipProblem.NOT_RTF: QT_TRANSLATE_NOOP("CoreMessages", "not an RTF document (it does not start with {\\rtf)"),
    ZipProblem.RTF_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "not a readable RTF document (%1)"),
    # index/messages.py IndexDamage
    IndexDamage.UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "%1 cannot be read (%2)"),
    IndexDamage.MAP_DAMAGED: QT_TRANSLATE_NOOP("CoreMessages", "%1 (the checksum map) is damaged"),
    IndexDamage.MAP_MISSING: QT_TRANSLATE_NOOP("CoreMessages", "%1 (the checksum map) is missing"),
    IndexDamage.NO_CHECKSUM: QT_TRANSLATE_NOOP("CoreMessages", "%1 has no recorded checksum"),
    IndexDamage.WRONG_SIZE: QT_TRANSLATE_NOOP("CoreMessages", "%1 has %2 bytes instead of %3"),
    IndexDamage.MISMATCH: QT_TRANSLATE_NOOP("CoreMessages", "%1 does not match its checksum"),
    IndexDamage.FULL_READ: QT_TRANSLATE_NOOP("CoreMessages", "a full read found damage"),
    IndexDamage.FULL_READ_NOTE: QT_TRANSLATE_NOOP("CoreMessages", "a full read found damage: %1"),
    IndexDamage.FULL_READ_UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "a full read found damage (%1)"),
    IndexDamage.NOT_NOTED: QT_TRANSLATE_NOOP("CoreMessages", "the finding could not be noted for `telusur index` (%1)"),
    IndexDamage.READ_FAILED: QT_TRANSLATE_NOOP("CoreMessages", "reading the index failed (%1)"),
    # index/messages.py WriteProblem
    WriteProblem.IN_USE: QT_TRANSLATE_NOOP(
        "CoreMessages", "the file is open in another program; close it and try again"
    ),
    WriteProblem.NO_TEMP_NAME: QT_TRANSLATE_NOOP("CoreMessages", "no free temporary name"),
    # index/messages.py Joined
    Joined.SEMICOLON: QT_TRANSLATE_NOOP("CoreMessages", "%1; %2"),
    Joined.WITH_FILE: QT_TRANSLATE_NOOP("CoreMessages", "%1: %2"),
    # index/store.py RebuildReason
    RebuildReason.NO_INDEX: QT_TRANSLATE_NOOP("CoreMessages", "no index yet"),
    RebuildReason.OTHER_VERSION: QT_TRANSLATE_NOOP("CoreMessages", "the index was built by another version of Telusur"),
    RebuildReason.UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "the index could not be opened"),
    RebuildReason.DAMAGED: QT_TRANSLATE_NOOP(
        "CoreMessages", "the index is damaged (its files differ from the checksums recorded when they were written)"
    ),
    # index/store.py RebuildDetail
    RebuildDetail.WITH_DETAIL: QT_TRANSLATE_NOOP("CoreMessages", "%1 (%2)"),
    # searcher/messages.py QueryProblem
    QueryProblem.LONE_STAR: QT_TRANSLATE_NOOP(
        "CoreMessages", "a lone * would match every article; put at least 2 letters before it"
    ),
    QueryProblem.TOO_BROAD: QT_TRANSLATE_NOOP(
        "CoreMessages", "'%1' is too broad: put at least %2 letters before * or ?"
    ),
    QueryProblem.FUZZY_TOO_SHORT: QT_TRANSLATE_NOOP(
        "CoreMessages", "put a word of at least 2 letters before ~ (for example fotovoltaic~)"
    ),
    QueryProblem.TOO_MANY_WORDS: QT_TRANSLATE_NOOP("CoreMessages", "'%1' matches too many words; make it longer"),
    QueryProblem.DATES_REVERSED: QT_TRANSLATE_NOOP("CoreMessages", "the start date is after the end date"),
    QueryProblem.NO_COMMON_DAY: QT_TRANSLATE_NOOP(
        "CoreMessages", "no day is in both the date filter and the dates in the query"
    ),
    QueryProblem.UNREADABLE: QT_TRANSLATE_NOOP("CoreMessages", "cannot understand the query (%1)"),
    QueryProblem.NOTHING_TO_SEARCH: QT_TRANSLATE_NOOP(
        "CoreMessages",
        "nothing left to search for: the words are too common (like 'yang' or 'dan') or only "
        "punctuation",
    ),
    QueryProblem.UNKNOWN_SORT: QT_TRANSLATE_NOOP("CoreMessages", "unknown sort %1; use one of %2"),
    QueryProblem.BAD_BOOST: QT_TRANSLATE_NOOP(
        "CoreMessages", "'^%1' is not a weight: write a positive number like judul:banjir^2"
    ),
    QueryProblem.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("CoreMessages", "there is no field '%1:'; use judul:, isi: or date:"),
    QueryProblem.UNKNOWN_DATE_UNIT: QT_TRANSLATE_NOOP("CoreMessages", "unknown date unit %1; use one of %2"),
    QueryProblem.NOT_IN_INDEX: QT_TRANSLATE_NOOP("CoreMessages", "%1 is not in the index"),
    # searcher/messages.py DateProblem
    DateProblem.NO_SUCH_DATE: QT_TRANSLATE_NOOP(
        "CoreMessages", "there is no date %1 (years run from 0001 to 9999); write it like 2024-07-03"
    ),
    DateProblem.RANGE_NOT_ALLOWED: QT_TRANSLATE_NOOP(
        "CoreMessages", "%1 is a range; give one date here (a range goes in the query: date:A..B)"
    ),
    DateProblem.NO_SUCH_MONTH: QT_TRANSLATE_NOOP(
        "CoreMessages", "there is no month %1 in %2; write it like 2024-07-03"
    ),
    DateProblem.UNREADABLE_DATE: QT_TRANSLATE_NOOP("CoreMessages", "cannot read the date %1; write it like 2024-07-03"),
    DateProblem.UNREADABLE_RANGE: QT_TRANSLATE_NOOP(
        "CoreMessages", "cannot read the date range %1; write it like 2024-07-01..2024-07-31"
    ),
    DateProblem.RANGE_REVERSED: QT_TRANSLATE_NOOP("CoreMessages", "the date range %1 ends before it starts"),
    # searcher/messages.py QueryNote
    QueryNote.CUT: QT_TRANSLATE_NOOP("CoreMessages", "the query was cut to its first %1 characters"),
    QueryNote.ALSO_SHOWING: QT_TRANSLATE_NOOP("CoreMessages", "also showing articles with '%1'"),
}


@dataclass(frozen=True)
class Field:
    """One argument of a core template: its name and how the core formats it (``!r``, ``:g``)."""

    name: str
    conversion: str | None
    spec: str

    def shown(self, value: object) -> object:
        if isinstance(value, str) and message_code(value) is not None:
            return core_text(value)
        if self.conversion == "r":
            return repr(value)
        return format(value, self.spec) if self.spec else value


@cache
def fields(code: MessageCode) -> tuple[Field, ...]:
    """The arguments of ``code``'s English template, in order of first appearance (= %1, %2, ...)."""
    seen: dict[str, Field] = {}
    for _, name, spec, conversion in string.Formatter().parse(str(code.value)):
        if name is not None and name not in seen:
            seen[name] = Field(name, conversion, spec or "")
    return tuple(seen.values())


def qt_template(code: MessageCode) -> str:
    """The core's English template in Qt's ``%1`` form (what ``TEMPLATES`` must hold)."""
    numbers = {f.name: i for i, f in enumerate(fields(code), 1)}
    return "".join(
        literal + (f"%{numbers[name]}" if name is not None else "")
        for literal, name, _, _ in string.Formatter().parse(str(code.value))
    )


def core_text(message: str) -> str:
    """A core message in the interface's language; text without a code is shown as it came."""
    code = message_code(message)
    if code is None or code in FREE_TEXT or code not in TEMPLATES:
        return str(message)
    params = getattr(message, "params", {})
    args = [f.shown(params.get(f.name, "")) for f in fields(code)]
    return with_args(QCoreApplication.translate(CONTEXT, TEMPLATES[code]), *args)
