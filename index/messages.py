"""Messages from the core with a stable code and arguments besides the English text.

The GUI translates a message by its code (and fills in its arguments); the
command line and logs show the English text. A ``CoreMessage`` *is* that text
(a ``str``), so code that prints, compares or serialises messages as strings
keeps working, and ``.code`` / ``.params`` say what it means.

Each code is an enum member whose value is its English template; the member
name is the stable code. Codes are never renamed; a new message is a new member.
"""
from __future__ import annotations

import errno
from enum import Enum
from typing import Any, Self

from telusur.analysis.safe_write import IN_USE_REASON, NO_TEMP_NAME_REASON


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
    IS_FOLDER = "is a folder, not a file"
    TOO_LARGE_FOR_FORMAT = "file larger than {megabytes} MB (the limit for .{suffix} files)"
    UNKNOWN_SUFFIX = "not an article file (unknown suffix)"
    NESTED_TOO_DEEP = "markup nested too deeply to read"
    TOO_LARGE_IN_MEMORY = "too large to read in memory"
    COULD_NOT_READ = "could not be read ({error})"
    TIMEOUT = "took longer than {seconds:g} s"
    NO_ARTICLES = "no articles in this file"
    LINK_OUTSIDE = "a link to a place outside the library folders (not followed)"


class ArticleWarning(MessageCode):
    """Something odd about a file that was indexed anyway."""

    NO_TEXT = "no text"
    UNREADABLE_DATE_LINE = "unreadable date line {line!r}; article left undated"
    NO_DATE_LINE = "no date line; article left undated"
    NO_DATE_FOUND = "no date found; article left undated"
    NO_DATE_ON_PAGE = "no date found on the page; article left undated"
    NO_HEADLINE_FIELD = "no headline field; first words of the body used"
    UNREADABLE_DATE_UNDATED = "unreadable date {value!r}; article left undated"
    UNREADABLE_DATE = "unreadable date {value!r}"
    ROW_FIELDS = "row has {fields} fields, the header {header}"
    PDF_PAGE_LIMIT = "only the first {read} of {pages} pages read (page limit)"
    PDF_TIME_LIMIT = "only the first {read} of {pages} pages read (time limit {seconds:g} s)"
    PDF_PAGE_UNREADABLE = "page {page} unreadable"
    PDF_DATE_FROM_PROPERTIES = "date taken from the PDF's properties, not its text"
    IN_RECORD = "record {record}: {warning}"
    OCR_UNSURE = "OCR unsure of the text (confidence {confidence:.0f}%): check the scan"
    NO_DATE_IN_SCAN = "no date in the scan; the file's date is used"
    SCAN_TIME_LIMIT = "only the first {read} pages read (time limit {seconds:g} s)"
    SCAN_PAGE_TIMEOUT = "page {page} took longer than {seconds:g} s to read and was left out"


class DocumentProblem(MessageCode):
    """Why a web page, PDF, Word or MHTML file yields no article."""

    MHTML_NO_MIME = "not an MHTML file (no MIME structure)"
    MHTML_NO_HTML = "not an MHTML page (no HTML part inside)"
    MHTML_EMPTY = "MHTML page is empty"
    PDF_CANNOT_OPEN = "cannot open the file"
    PDF_DAMAGED = "not a readable PDF (damaged or truncated)"
    PDF_PASSWORD = "password-protected"
    PDF_SECURITY_HANDLER = "encrypted with an unsupported security handler"
    PDF_PAGE_MISSING = "not a readable PDF (page not found)"
    PDF_UNREADABLE = "not a readable PDF"
    PDF_NO_TEXT = "no text layer (scanned PDF)"
    WEB_BINARY = "not a web page (binary content)"
    WEB_UNREADABLE = "not a readable web page"
    WEB_NO_ARTICLE = "no article text found on the page (a site index, or a page without text)"
    WEB_LINK_LIST = "the page is a list of links, not an article (a site index)"
    WORD_NOT_ZIP = "not a Word document (.docx is a zip file; this is not one)"
    WORD_DAMAGED_ZIP = "not a readable Word document (damaged or truncated zip)"
    WORD_NO_DOCUMENT_XML = "not a Word document (no word/document.xml inside)"
    WORD_UNPACKS_TOO_LARGE = "unpacks to {megabytes} MB, over the {limit} MB limit (zip bomb?)"
    WORD_ZIP_BOMB = "compressed {ratio}:1, a zip bomb; not opened"
    WORD_UNREADABLE = "not a readable Word document"
    WORD_UNREADABLE_ERROR = "not a readable Word document ({error})"
    WORD_NO_TEXT = "no text in the document"


class ScanProblem(MessageCode):
    """Why a scanned clipping (an image, or a PDF without a text layer) yields no article."""

    OCR_OFF = (
        "scanned image: OCR is off because Tesseract with its Indonesian model is not installed "
        "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
        "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)"
    )
    PDF_OCR_OFF = (
        "no text layer (scanned PDF); OCR is off because Tesseract with its Indonesian model is not installed "
        "(Debian/Ubuntu: apt install tesseract-ocr tesseract-ocr-ind; Windows: the UB Mannheim installer "
        "with 'Indonesian'; macOS: brew install tesseract tesseract-lang)"
    )
    IMAGE_TOO_LARGE = "image too large to read ({width} x {height} pixels)"
    IMAGE_OVER_LIMIT = "image too large to read (over 178 million pixels)"
    IMAGE_UNREADABLE = "not a readable image (damaged or not an image)"
    TOO_SLOW = "took longer than {seconds:g} s to read"
    NO_TEXT_PDF = "no text layer (scanned PDF) and OCR found no text"
    NO_TEXT_SCAN = "no text found in the scan"
    NO_TEXT_PDF_PAGES = "no text layer (scanned PDF) and OCR found none"
    PHOTO = "photo, not a clipping (OCR read only {words} words)"


class ZipKind(MessageCode):
    """A zip-based document format, as the zip check names it (an argument of ``ZipProblem``)."""

    AN_ODT = "an OpenDocument text"
    ODT = "OpenDocument text"
    AN_EPUB = "an EPUB e-book"
    EPUB = "EPUB e-book"


class ZipProblem(MessageCode):
    """Why an OpenDocument text, EPUB or RTF file yields no article (zip bombs: ``DocumentProblem``)."""

    NOT_ZIP = "not {kind} (it is a zip file; this is not one)"
    DAMAGED_ZIP = "not a readable {kind} (damaged or truncated zip)"
    MISSING_PART = "not {kind} (no {part} inside)"
    ODT_UNREADABLE = "not a readable OpenDocument text ({error})"
    EPUB_NO_PACKAGE = "not a readable EPUB e-book (no package file)"
    EPUB_NO_TEXT = "no text in the e-book"
    NOT_RTF = "not an RTF document (it does not start with {{\\rtf)"
    RTF_UNREADABLE = "not a readable RTF document ({error})"


class DataSetProblem(MessageCode):
    """Why a JSON, JSON Lines or CSV file (or one of its records) yields no article."""

    LINE_INVALID = "line {line} is not valid JSON ({error})"
    LINE_NOT_OBJECT = "line {line} is {kind}, not an article object"
    FIRST_ELEMENT = "not an array of article objects (its first element is {kind})"
    RECORD_NOT_OBJECT = "record {record} is {kind}, not an article object"
    UNREADABLE_JSON_AFTER = "unreadable JSON after record {record}: {error}; rest of file not read"
    UNREADABLE_JSON_START = "unreadable JSON at the start: {error}; rest of file not read"
    NOT_ARRAY = "not a JSON array"
    NOT_CLOSED = "the array is not closed (file truncated?)"
    EXPECTED_COMMA = "expected ',' or ']' but found {found!r}"
    ELEMENT_TOO_LARGE = "an element larger than {megabytes} MB or broken JSON"
    BROKEN_JSON = "broken JSON ({error})"
    NEITHER = "not a JSON array of articles or JSON Lines (the file starts with neither [ nor {{)"
    CSV_HEADER_UNREADABLE = "unreadable CSV header: {error}"
    CSV_NO_HEADER = "no header row"
    CSV_NO_BODY_COLUMN = "no column named {names} in the header ({header})"
    CSV_UNREADABLE_AFTER = "unreadable CSV after record {record}: {error}; rest of file not read"
    RECORD_TOO_LARGE = "record {record} is larger than {megabytes} MB"
    RECORD_NO_BODY = "record {record} has no body (no field named {names})"
    RECORD_EMPTY_BODY = "record {record} has an empty body"
    RECORD_TOO_DEEP = "record {record} is nested too deeply to read"
    LINE_TOO_DEEP = "line {line} is nested too deeply to read"
    ENDS_INSIDE = "the file ends inside an element (truncated?)"
    EXPECTED_COLON = "expected ':' after a key"
    OBJECT_NOT_CLOSED = "the object is not closed (file truncated?)"
    CSV_QUOTE_UNCLOSED = "record {record} opens a quote that is never closed; rest of file not read"
    CSV_RECORD_UNREADABLE = "record {record} is not readable CSV ({error})"
    CSV_HEADER_TOO_LARGE = "the header row is larger than {megabytes} MB"


class SavedSearchProblem(MessageCode):
    """Why a saved search cannot be saved, found or read."""

    BAD_NAME = "a saved search needs a name of 1 to {max_chars} characters on one line"
    UNREADABLE_FILE = "{path} cannot be read ({error}); fix or remove it"
    WRONG_VERSION = "{path} is not a saved-searches file of version {version}; fix or remove it"
    INVALID_ENTRY = "{path} has an invalid entry ({error}); fix or remove it"
    NOT_FOUND = "no saved search named {name!r} (saved: {known})"
    NONE_YET = "none yet"
    EXISTS = "a saved search named {name!r} exists; remove it first"
    ENTRY_SKIPPED = "{path}: entry {number} is skipped ({error}); fix or remove it"
    DUPLICATE_NAME = "a second search named {name!r}"
    TOO_DEEP = "nested too deeply"


class ValueKind(MessageCode):
    """What a data set held where an article object was expected (an argument of other messages)."""

    AN_OBJECT = "an object"
    AN_ARRAY = "an array"
    A_STRING = "a string"
    A_NUMBER = "a number"
    TRUE_FALSE = "true/false"
    NULL = "null"


class OsReason(MessageCode):
    """The operating system's reason for a failed read, worded as glibc does (``os.strerror``)."""

    ENOENT = "No such file or directory"
    EACCES = "Permission denied"
    EPERM = "Operation not permitted"
    ELOOP = "Too many levels of symbolic links"
    EIO = "Input/output error"
    EISDIR = "Is a directory"
    ENOTDIR = "Not a directory"
    ENAMETOOLONG = "File name too long"
    ESTALE = "Stale file handle"


class IndexProblem(MessageCode):
    """Why the index cannot be used or written just now."""

    BUSY = "another indexing run is busy with this index; try again when it ends"
    REBUILD_BUSY = "another Telusur process is rebuilding this index; try again when it ends"
    DIR_NOT_FOLDER = "the index location {path} is not a folder; give a folder or remove that file"
    BUSY_REMOVED = (
        "another indexing run is busy with this index; {folder} is out of the library and its articles "
        "leave the index on the next indexing run"
    )
    LIBRARY_BUSY = "another Telusur process has been changing the library for over {seconds:.0f} s; try again"
    LOST_WORKER = (
        "a worker process was killed (out of memory?); the {files} files it had not finished "
        "were indexed again in the main process"
    )


class IndexDamage(MessageCode):
    """What a check of the index found wrong (the detail of ``RebuildReason.DAMAGED``)."""

    UNREADABLE = "{name} cannot be read ({error})"
    MAP_DAMAGED = "{name} (the checksum map) is damaged"
    MAP_MISSING = "{name} (the checksum map) is missing"
    NO_CHECKSUM = "{name} has no recorded checksum"
    WRONG_SIZE = "{name} has {size} bytes instead of {expected}"
    MISMATCH = "{name} does not match its checksum"
    FULL_READ = "a full read found damage"
    FULL_READ_NOTE = "a full read found damage: {note}"
    FULL_READ_UNREADABLE = "a full read found damage ({error})"
    NOT_NOTED = "the finding could not be noted for `telusur index` ({error})"
    READ_FAILED = "reading the index failed ({error})"


class WriteProblem(MessageCode):
    """Why a file Telusur writes (an export, the library, an index file) could not be written."""

    IN_USE = IN_USE_REASON
    NO_TEMP_NAME = NO_TEMP_NAME_REASON


class Joined(MessageCode):
    """Messages shown one after another (each translated on its own)."""

    SEMICOLON = "{first}; {rest}"
    WITH_FILE = "{error}: {path}"


def _restore(code: MessageCode, params: dict[str, Any]) -> CoreMessage:
    return CoreMessage(code, **params)


class CoreMessage(str):
    """The English text of ``code`` filled with ``params``; compare ``.code``, not the text."""

    code: MessageCode
    params: dict[str, Any]

    def __new__(cls, code: MessageCode, **params: Any) -> Self:
        self = super().__new__(cls, code.text(**params))
        self.code, self.params = code, params
        return self

    def __reduce__(self):  # worker processes send these back: pickle the code, not the text
        return (_restore, (self.code, self.params))


BUSY_MESSAGE = CoreMessage(IndexProblem.BUSY)


class IndexBusyError(RuntimeError):
    """Another process (or thread) is writing to this index."""

    def __init__(self, message: str = BUSY_MESSAGE) -> None:
        super().__init__(message)


def os_reason(err: OSError) -> str:
    """The reason of ``err`` as a coded message when it is a common one, else the system's own words."""
    if isinstance(err.strerror, CoreMessage):
        return err.strerror
    for problem in WriteProblem:  # safe_write's own reasons (analysis/ knows no codes)
        if err.strerror == problem.value:
            return CoreMessage(problem)
    name = errno.errorcode.get(err.errno or 0, "")
    if name in OsReason.__members__:
        return CoreMessage(OsReason[name])
    return err.strerror or str(err)


def os_error_message(err: OSError) -> str:
    """``err``'s reason and the file it names (``reason: path``), as the command line shows it."""
    reason = os_reason(err) if err.strerror else str(err)
    return CoreMessage(Joined.WITH_FILE, error=reason, path=str(err.filename)) if err.filename else reason


def join_messages(messages: list[str]) -> str:
    """``messages`` joined by "; ", each keeping its code (the GUI translates each one)."""
    if not messages:
        return ""
    if len(messages) == 1:
        return messages[0]
    return CoreMessage(Joined.SEMICOLON, first=messages[0], rest=join_messages(messages[1:]))


def error_message(err: BaseException) -> str:
    """What ``err`` says: its ``CoreMessage`` when it was raised with one (``str(err)`` drops the code)."""
    first = err.args[0] if len(err.args) == 1 else None
    if isinstance(first, CoreMessage):
        return first
    return str(err) or type(err).__name__


def message_code(message: str) -> MessageCode | None:
    """The code of ``message`` when it came from the core with one, else None."""
    return getattr(message, "code", None)
